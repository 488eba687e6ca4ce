"""The admin's bulk import form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from documents.uploads import check_upload


class CandidateImportForm(forms.Form):
    file = forms.FileField(label=_("Candidates file (JSON Lines: one JSON object per line)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        check_upload(self, "file", upload, max_bytes=settings.CANDIDATE_IMPORT_MAX_BYTES)
        return upload
