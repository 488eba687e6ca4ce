"""The checks every upload form makes before a file is read: one file, within the size limit."""

from __future__ import annotations

from django import forms
from django.template.defaultfilters import filesizeformat


def check_upload(form: forms.Form, field: str, upload, *, max_bytes: int) -> None:
    """Raise a ValidationError for several files in one field or a file over ``max_bytes``.

    The sizes are written so that a file one byte over the limit does not read as equal to it.
    """
    if len(form.files.getlist(form.add_prefix(field))) > 1:
        raise forms.ValidationError("Upload one file at a time.", code="too_many")
    if upload is not None and upload.size > max_bytes:
        size = filesizeformat(upload.size) if upload.size >= max_bytes + 1024 else f"{upload.size:,} bytes"
        limit = filesizeformat(max_bytes) if upload.size >= max_bytes + 1024 else f"{max_bytes:,} bytes"
        raise forms.ValidationError(
            f"The file is too large ({size}); the limit is {limit}.", code="too_large"
        )
