"""The checks every upload form shares: one file at a time, and a size message that never reads 'equal'."""

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.datastructures import MultiValueDict

from documents.uploads import check_upload


class UploadForm(forms.Form):
    file = forms.FileField()


def errors_for(*sizes: int, max_bytes: int) -> list[str]:
    files = [SimpleUploadedFile(f"f{i}.txt", b"x" * size) for i, size in enumerate(sizes)]
    form = UploadForm(data={}, files=MultiValueDict({"file": files}))
    try:
        check_upload(form, "file", files[-1], max_bytes=max_bytes)
    except forms.ValidationError as error:
        return error.messages
    return []


def test_a_file_within_the_limit_passes():
    assert errors_for(1024, max_bytes=1024) == []


@pytest.mark.parametrize(
    ("size", "message"),
    [
        (1025, "The file is too large (1,025 bytes); the limit is 1,024 bytes."),
        (5 * 1024 * 1024, "The file is too large (5.0\xa0MB); the limit is 1.0\xa0KB."),
    ],
)
def test_a_file_over_the_limit_says_by_how_much(size, message):
    assert errors_for(size, max_bytes=1024) == [message]


def test_two_files_in_one_field_are_refused():
    assert errors_for(10, 10, max_bytes=1024) == ["Upload one file at a time."]
