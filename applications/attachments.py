"""Documents attached to an application: the applicant's CV and up to three others, for the recruiters of its
vacancy.

Stored privately: in ``DOCUMENTS_ROOT``, a folder no URL serves, under names that say nothing and cannot be
guessed; read only through views that check who asks (the applicant, the vacancy's recruiters, admins), and
sent as an attachment. A file goes when its row goes, however the row goes (the applicant removes it,
erasure, retention, an admin, a cascade from the application, the candidate or the vacancy).
"""

from __future__ import annotations

import os
import secrets
from functools import partial
from pathlib import PurePath

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.http import FileResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from documents.extraction import display_name

MAX_CVS = 1
MAX_OTHER_DOCUMENTS = 3
NAME_LENGTH = 150
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain",
}


class DocumentStorage(FileSystemStorage):
    """Files without a URL, in ``settings.DOCUMENTS_ROOT`` (read when used, so a test may move it),
    readable by the app's own user only."""

    def __init__(self):
        super().__init__(file_permissions_mode=0o600, directory_permissions_mode=0o700)

    @property
    def base_location(self):
        return str(settings.DOCUMENTS_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Documents have no URL: they are served by views that check who asks.")


_storage = DocumentStorage()


def document_storage() -> DocumentStorage:
    return _storage


def stored_name(instance, filename: str) -> str:
    """A name that says nothing about the file or its owner and cannot be guessed (the original name is
    kept in the row, for display)."""
    return secrets.token_urlsafe(24)


class DocumentRefused(Exception):
    """Why a document cannot be attached or removed, in words for the applicant."""


CANNOT_CHANGE = gettext_lazy("The documents of this application can no longer change: they stay as they are.")


class ApplicationDocument(models.Model):
    class Kind(models.TextChoices):
        CV = "cv", gettext_lazy("CV")
        OTHER = "other", gettext_lazy("Other document")

    application = models.ForeignKey(
        "applications.Application",
        verbose_name=gettext_lazy("application"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    kind = models.CharField(gettext_lazy("kind"), max_length=8, choices=Kind.choices)
    file = models.FileField(
        gettext_lazy("file"), storage=document_storage, upload_to=stored_name, max_length=100
    )
    name = models.CharField(
        gettext_lazy("file name"),
        max_length=NAME_LENGTH,
        help_text=gettext_lazy("As the applicant named it."),
    )
    size = models.PositiveIntegerField(gettext_lazy("size"), help_text=gettext_lazy("Bytes."))
    file_type = models.CharField(
        gettext_lazy("file type"),
        max_length=8,
        help_text=gettext_lazy("pdf, docx or txt: what its bytes are."),
    )
    uploaded_at = models.DateTimeField(gettext_lazy("uploaded at"), auto_now_add=True)

    class Meta:
        verbose_name = gettext_lazy("application document")
        verbose_name_plural = gettext_lazy("application documents")
        ordering = ["application", "kind", "uploaded_at", "id"]  # the CV first

    def __str__(self) -> str:
        return _("Document #%(id)s") % {
            "id": self.pk
        }  # ids only, like Application's (the admin's history keeps it)

    @property
    def download_name(self) -> str:
        """The name it is downloaded under: the applicant's, ending as what the file is.

        >>> ApplicationDocument(name="Ana CV.PDF", file_type="pdf").download_name
        'Ana CV.PDF'
        >>> ApplicationDocument(name="cv.pdf", file_type="txt").download_name
        'cv.txt'
        """
        path = PurePath(self.name)
        if path.suffix.lower() == f".{self.file_type}":
            return self.name
        return f"{path.stem or 'document'}.{self.file_type}"


def serve(document: ApplicationDocument) -> FileResponse:
    """The file as a download: never shown in the browser, never sniffed into another type, never cached."""
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.download_name,
        content_type=CONTENT_TYPES.get(document.file_type, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def room_for(documents, kind: str) -> bool:
    """Whether an application holding ``documents`` takes one more of this kind: one CV, three others.

    >>> room_for([], "cv"), room_for([ApplicationDocument(kind="cv")], "cv")
    (True, False)
    """
    held = sum(1 for document in documents if document.kind == kind)
    return held < (MAX_CVS if kind == ApplicationDocument.Kind.CV else MAX_OTHER_DOCUMENTS)


@transaction.atomic
def attach(application, upload, *, kind: str, file_type: str) -> ApplicationDocument:
    """Store an uploaded file (already checked: ``documents.uploads.check_cv_upload``) on the application."""
    from .models import Application

    locked = Application.objects.select_for_update().select_related("vacancy").get(pk=application.pk)
    if not locked.documents_can_change:
        raise DocumentRefused(str(CANNOT_CHANGE))
    if not room_for(list(locked.documents.all()), kind):
        raise DocumentRefused(
            _("You have attached a CV already: remove it to attach another.")
            if kind == ApplicationDocument.Kind.CV
            else _("You have attached %(n)d other documents already: remove one to attach another.")
            % {"n": MAX_OTHER_DOCUMENTS}
        )
    document = ApplicationDocument(
        application=locked,
        kind=kind,
        name=display_name(upload.name, max_length=NAME_LENGTH),
        size=upload.size,
        file_type=file_type,
    )
    document.file.save(upload.name, upload, save=False)
    try:
        document.save()
    except BaseException:
        document.file.storage.delete(document.file.name)
        raise
    return document


@transaction.atomic
def remove(document: ApplicationDocument) -> None:
    from .models import Application

    locked = Application.objects.select_for_update().select_related("vacancy").get(pk=document.application_id)
    if not locked.documents_can_change:
        raise DocumentRefused(str(CANNOT_CHANGE))
    document.delete()


@receiver(post_delete, sender=ApplicationDocument)
def _delete_file(sender, instance: ApplicationDocument, **kwargs) -> None:
    # Once the deletion is committed: a rolled-back deletion keeps its file.
    if instance.file.name:
        transaction.on_commit(partial(instance.file.storage.delete, instance.file.name))
