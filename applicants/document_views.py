"""The documents an applicant attaches to one of their applications: their CV and up to three others."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from access.decorators import applicant_required
from access.ratelimits import rate_limited
from applications.attachments import (
    MAX_OTHER_DOCUMENTS,
    ApplicationDocument,
    DocumentRefused,
    attach,
    remove,
    room_for,
    serve,
)
from applications.models import Application
from documents.uploads import CV_EXTENSIONS, check_cv_upload

from .profile_forms import DescribedErrorsMixin


class DocumentForm(DescribedErrorsMixin, forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What it is"), choices=ApplicationDocument.Kind.choices, widget=forms.RadioSelect
    )
    file = forms.FileField(
        label=gettext_lazy("File"), widget=forms.ClearableFileInput(attrs={"accept": ",".join(CV_EXTENSIONS)})
    )

    def __init__(self, *args, kinds: list[str], **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)
        # Only the kinds there is room for are offered; another (a page left open) is refused by ``attach``,
        # which says why.
        self.fields["kind"].widget.choices = [
            (k, label) for k, label in ApplicationDocument.Kind.choices if k in kinds
        ]
        # The first kind offered is chosen already: a file attached without a choice was not sent, and only
        # the browser's tooltip said why.
        offered = [k for k, _label in ApplicationDocument.Kind.choices if k in kinds]
        if offered:
            self.fields["kind"].initial = offered[0]
        self.fields["file"].help_text = _("PDF, Word .docx or plain text, at most %(size)s.") % {
            "size": filesizeformat(settings.UPLOAD_MAX_BYTES)
        }

    def clean_file(self):
        upload = self.cleaned_data["file"]
        self.file_type = check_cv_upload(self, "file", upload, max_bytes=settings.UPLOAD_MAX_BYTES)
        return upload


def _own_application(request, pk: int) -> Application:
    """One of the applications this applicant made (404 for anyone else's)."""
    applications = Application.objects.for_applicant(request.user).applied().select_related("vacancy")
    return get_object_or_404(applications, pk=pk)


def _kinds_with_room(documents: list[ApplicationDocument]) -> list[str]:
    return [kind for kind in ApplicationDocument.Kind.values if room_for(documents, kind)]


def _documents_page(request, application: Application, form: DocumentForm | None, *, status: int = 200):
    documents = list(application.documents.all())
    kinds = _kinds_with_room(documents)
    if form is None:
        form = DocumentForm(kinds=kinds)
    context = {
        "application": application,
        "vacancy": application.vacancy,
        "documents": documents,
        "form": form if form.is_bound or (kinds and application.documents_can_change) else None,
        "max_other": MAX_OTHER_DOCUMENTS,
    }
    return TemplateResponse(request, "applicants/documents.html", context, status=status)


@require_http_methods(["GET", "POST"])
@applicant_required
@rate_limited("document_upload")
def documents(request, pk: int):
    application = _own_application(request, pk)
    if request.method == "GET":
        return _documents_page(request, application, None)
    form = DocumentForm(
        request.POST, request.FILES, kinds=_kinds_with_room(list(application.documents.all()))
    )
    if form.is_valid():
        try:
            document = attach(
                application,
                form.cleaned_data["file"],
                kind=form.cleaned_data["kind"],
                file_type=form.file_type,
            )
        except DocumentRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("“%(name)s” is attached to your application.") % {"name": document.name}
            )
            return redirect("applicants:documents", pk=application.pk)
    return _documents_page(request, application, form, status=400)


@require_safe
@applicant_required
def document(request, pk: int, document_id: int):
    application = _own_application(request, pk)
    return serve(get_object_or_404(application.documents, pk=document_id))


@require_POST
@applicant_required
def remove_document(request, pk: int, document_id: int):
    application = _own_application(request, pk)
    document = get_object_or_404(application.documents, pk=document_id)
    try:
        remove(document)
    except DocumentRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("“%(name)s” is removed from your application.") % {"name": document.name})
    return redirect("applicants:documents", pk=application.pk)
