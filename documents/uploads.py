"""The checks every upload form makes before a file is read: one file, within the size limit; and the one rule
for a CV file, shared by the profile's CV prefill and the documents attached to an application."""

from __future__ import annotations

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from .errors import DocumentError
from .extraction import CV_KINDS, check_file

# The names a CV may have; what it is, is decided by its bytes (``CV_KINDS``).
CV_EXTENSIONS = (".pdf", ".docx", ".txt")
# A CV read to fill in a profile may also be a JSON Resume or a Europass XML file: text by its bytes, read
# by its schema (``candidates.cv.structured``). Only read, never stored or served, unlike an application's
# documents.
CV_READ_EXTENSIONS = (*CV_EXTENSIONS, ".json", ".xml")


def check_upload(form: forms.Form, field: str, upload, *, max_bytes: int) -> None:
    """Raise a ValidationError for several files in one field or a file over ``max_bytes``.

    The sizes are written so that a file one byte over the limit does not read as equal to it.
    """
    if len(form.files.getlist(form.add_prefix(field))) > 1:
        raise forms.ValidationError(_("Upload one file at a time."), code="too_many")
    if upload is not None and upload.size > max_bytes:
        size = filesizeformat(upload.size) if upload.size >= max_bytes + 1024 else f"{upload.size:,} bytes"
        limit = filesizeformat(max_bytes) if upload.size >= max_bytes + 1024 else f"{max_bytes:,} bytes"
        raise forms.ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.") % {"size": size, "limit": limit},
            code="too_large",
        )


def check_cv_upload(
    form: forms.Form, field: str, upload, *, max_bytes: int, extensions: tuple[str, ...] = CV_EXTENSIONS
) -> str:
    """The kind ("pdf", "docx" or "txt") of an uploaded CV or application document, or a ValidationError:
    one file, at most ``max_bytes``, named .pdf, .docx or .txt, and by its bytes a PDF, a Word .docx or
    text (a renamed program or image is refused, whatever its name); ``extensions``: ``CV_READ_EXTENSIONS``
    for a CV only read, which may be a .json or .xml file (text by its bytes, within the same size)."""
    check_upload(form, field, upload, max_bytes=max_bytes)
    if not upload.name.lower().endswith(extensions):
        if ".json" in extensions:
            message = _(
                "Upload a PDF, a Word .docx, a .txt file, or a JSON Resume (.json) or Europass (.xml) file."
            )
        else:
            message = _("Upload a PDF, a Word .docx or a .txt file.")
        raise forms.ValidationError(message, code="extension")
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    try:
        return check_file(data, filename=upload.name, kinds=CV_KINDS, max_bytes=max_bytes)
    except DocumentError as refusal:  # its message is meant for the person who uploaded the file
        raise forms.ValidationError(str(refusal), code="kind") from refusal
