"""Issue 16: a notice or CV is parsed in the request, so the text a page accepts is capped
(UPLOAD_MAX_TEXT_CHARS, 100,000 characters: real notices hold under 20,000). A million characters, uploaded
or pasted, took 1.1 s (CV) to 4.2 s (notice) of a web process; now they are refused at once, with a clear
message, and nothing is saved."""

import time

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.security.support import changed_tables, client_as, database_state

pytestmark = pytest.mark.django_db

# Words on one line: the slowest shape found for the notice parser (4.8 s for a million characters).
MILLION = ("word " * 200_000).encode()
SENT = {  # the page, who sends it, the form data
    "notice-upload": ("/vacancies/new/", "rita", lambda: {"file": SimpleUploadedFile("n.txt", MILLION)}),
    "notice-paste": ("/vacancies/new/", "rita", lambda: {"text": MILLION.decode()}),
    "cv-upload": ("/profile/cv/", "bob", lambda: {"file": SimpleUploadedFile("cv.txt", MILLION)}),
}


@pytest.mark.parametrize("sent", SENT)
def test_a_million_characters_are_refused_at_once_and_nothing_is_saved(request, sent):
    url, persona, data = SENT[sent]
    client = client_as(request.getfixturevalue(persona))
    before = database_state()
    started = time.perf_counter()
    response = client.post(url, data())
    elapsed = time.perf_counter() - started
    html = response.content.decode()
    assert response.status_code == 200
    assert "100,000 characters" in html
    assert changed_tables(before, database_state()) == []
    assert elapsed < 1.0, f"{elapsed:.2f} s"  # 1.1-4.8 s when it was parsed


def test_the_cap_is_a_setting_and_text_within_it_is_read(rita, settings):
    settings.UPLOAD_MAX_TEXT_CHARS = 120
    notice = "Policy Officer\nLocation: Brussels\nThe incumbent must:\n- hold a university degree;\n"
    client = client_as(rita)
    assert client.post("/vacancies/new/", {"text": notice}).status_code == 302  # a draft, for review
    refused = client.post("/vacancies/new/", {"file": SimpleUploadedFile("n.txt", (notice * 2).encode())})
    assert "more than 120 characters of text, the limit" in refused.content.decode()


def test_the_paste_box_does_not_cut_a_long_paste_short_in_the_browser(rita):
    html = client_as(rita).get("/vacancies/new/").content.decode()
    assert 'name="text"' in html and "maxlength" not in html


def test_the_default_cap_is_five_times_the_longest_real_notice():
    assert settings.UPLOAD_MAX_TEXT_CHARS == 100_000
