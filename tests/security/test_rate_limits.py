"""Expensive or abusable requests are rate limited (access.ratelimits): per person, or per address for a
visitor who is not logged in; the request past the limit answers 429 with a page that says so and does
nothing. Sign-up and the verification email are tried at their configured limits; the others at a small
limit set here, so that the test stays quick."""

import pytest
import time_machine
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import timezone

from accounts.models import User
from audit.models import AuditEntry
from tests.security.routes import CV, NOTICE
from tests.security.support import client_as, scored
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db
TOO_MANY = "Too many requests"


@pytest.fixture(autouse=True)
def _the_clock_stands_still():
    """Counts are kept per time window: a test that crossed a window's end would start counting afresh."""
    with time_machine.travel(timezone.now(), tick=False):
        yield


def limit(group: str) -> int:
    return int(settings.RATE_LIMITS[group].split("/")[0])


def small_limit(group: str, count: int = 2):
    return override_settings(RATE_LIMITS={**settings.RATE_LIMITS, group: f"{count}/h"})


def refused(response) -> bool:
    return response.status_code == 429 and TOO_MANY in response.content.decode()


def sign_up(n: int, address: str = "127.0.0.1"):
    form = {"email": f"person{n}@example.org", "full_name": f"Person {n}", "nationality": "",
            "password1": "a-long-and-unusual-passphrase", "password2": "a-long-and-unusual-passphrase",
            "consent": "on"}  # fmt: skip
    return Client(REMOTE_ADDR=address).post("/me/signup/", form)


def test_sign_ups_from_one_address_are_limited():
    allowed = limit("signup")
    assert [sign_up(n).status_code for n in range(allowed)] == [302] * allowed
    assert refused(sign_up(allowed))
    assert not User.objects.filter(email=f"person{allowed}@example.org").exists()
    assert sign_up(allowed, address="192.0.2.7").status_code == 302  # another address
    assert Client().get("/me/signup/").status_code == 200  # showing the form is not counted


def test_verification_emails_are_limited_per_applicant(alice, bob):
    alices, bobs = client_as(alice), client_as(bob)
    allowed = limit("resend_verification")
    assert [alices.post("/me/verify/resend/").status_code for _ in range(allowed)] == [302] * allowed
    assert len(mail.outbox) == allowed
    assert refused(alices.post("/me/verify/resend/"))
    assert len(mail.outbox) == allowed
    assert bobs.post("/me/verify/resend/").status_code == 302


def upload_cv(client: Client):
    return client.post("/profile/cv/", {"file": SimpleUploadedFile("cv.txt", CV, content_type="text/plain")})


def test_cv_uploads_are_limited_per_applicant(alice, bob):
    alices = client_as(alice)
    with small_limit("cv_upload"):
        assert [upload_cv(alices).status_code for _ in range(2)] == [302, 302]
        assert refused(upload_cv(alices))
        assert upload_cv(client_as(bob)).status_code == 302


def test_notice_uploads_are_limited_per_recruiter(rita, sam):
    ritas = client_as(rita)
    with small_limit("notice_upload"):
        for _ in range(2):
            assert ritas.post("/vacancies/new/", {"text": NOTICE}).status_code == 302
        assert refused(ritas.post("/vacancies/new/", {"text": NOTICE}))
        assert Vacancy.objects.filter(recruiters=rita, status=Vacancy.Status.DRAFT).count() == 2
        assert ritas.get("/vacancies/new/").status_code == 200  # the form itself is not counted
        assert client_as(sam).post("/vacancies/new/", {"text": NOTICE}).status_code == 302


def test_exports_are_limited_per_recruiter(rita, ada, vacancy):
    ritas = client_as(rita)
    csv, xlsx = f"/recruiting/{vacancy.pk}/export.csv", f"/recruiting/{vacancy.pk}/export.xlsx"
    with small_limit("export"):
        assert [ritas.get(url).status_code for url in (csv, xlsx)] == [200, 200]
        assert refused(ritas.get(csv))
        assert client_as(ada).get(csv).status_code == 200


def test_exports_in_the_admin_count_against_the_same_limit(rita, ada, alice, vacancy):
    scored(vacancy, alice.candidate, applied=True)
    admins = client_as(ada)
    export = {"action": "export_as_csv", "_selected_action": [alice.candidate.pk]}
    with small_limit("export", 3):
        assert admins.get(f"/recruiting/{vacancy.pk}/export.csv").status_code == 200
        assert [admins.post("/admin/candidates/candidate/", export).status_code for _ in range(2)] == [
            200,
            200,
        ]
        assert refused(admins.post("/admin/candidates/candidate/", export))
        assert refused(admins.get(f"/recruiting/{vacancy.pk}/export.csv"))
        assert client_as(rita).get(f"/recruiting/{vacancy.pk}/export.csv").status_code == 200
    assert AuditEntry.objects.filter(action="exported").count() == 4  # refused exports leave no entry


def test_the_limit_is_a_window_not_a_ban(alice):
    alices = client_as(alice)
    with small_limit("resend_verification", 1):
        assert alices.post("/me/verify/resend/").status_code == 302
        assert refused(alices.post("/me/verify/resend/"))
        with time_machine.travel(timezone.now() + timezone.timedelta(hours=1, minutes=1), tick=False):
            assert alices.post("/me/verify/resend/").status_code == 302
