import datetime as dt
from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from applications.attachments import attach
from applications.models import Note, OutcomeEmail, Rating
from applications.services import apply
from audit.models import AuditEntry
from board.alerts import CONFIRM_SALT, UNSUBSCRIBE_SALT
from board.models import JobAlert
from candidates.models import CompetencyAssessment
from matching.models import EssentialDecision, ScoringRun, TermPoolSnapshot
from tests.factories import CandidateFactory, VacancyFactory
from tests.security.support import scored
from vacancies.models import Vacancy


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """The personas' passwords get a fast hasher: these tests are about access, not about hashing."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# alice's essential line that a recruiter may decide (recruiting:essential).
OPEN_LINE = {
    "text": "Experience of NATO defence planning",
    "status": "to_assess",
    "evidence": "",
    "checkable": True,
}


@pytest.fixture
def world(alice, bob, rita, sam, ada, vacancy):
    """Every persona and an object of each kind: rita's published vacancy (alice applied; alice and hanna
    are scored for it), sam's vacancy (both scored too), a draft of rita's, a closed vacancy of rita's, and
    one of alice's profile rows in each section."""
    alice.email_verified_at = timezone.now()
    alice.save(update_fields=["email_verified_at"])
    CompetencyAssessment.objects.create(candidate=alice.candidate, name="Teamwork", rung=3, evidence="")
    hanna = CandidateFactory(name="Hanna Berg")
    sams_vacancy = VacancyFactory(title="Logistics Officer")
    sams_vacancy.recruiters.add(sam)
    draft = VacancyFactory(title="Draft Notice", status=Vacancy.Status.DRAFT, published_at=None,
                           deadline=timezone.localdate() + dt.timedelta(days=60))  # fmt: skip
    draft.recruiters.add(rita)
    closed = VacancyFactory(title="Closed Notice", status=Vacancy.Status.CLOSED, closed_at=timezone.now())
    closed.recruiters.add(rita)
    # hanna applied to both vacancies (stages are for applicants); alice applies to rita's through the service.
    for each in (vacancy, sams_vacancy):
        # The notice asks for it and alice's profile does not show it: the engine leaves it open when read.
        Vacancy.objects.filter(pk=each.pk).update(essential=[*each.essential, OPEN_LINE["text"]])
        scored(each, alice.candidate, score=88.0, verdict=1, essentials=[OPEN_LINE])
        scored(each, hanna, score=64.0, applied=True)
    application = apply(alice.candidate, vacancy, motivation="I know the job.")
    cv = SimpleUploadedFile("alice-cv.pdf", b"%PDF-1.4\nAlice Martin, policy officer\n%%EOF\n")
    document = attach(application, cv, kind="cv", file_type="pdf")
    # alice's job alert, and a visitor's waiting for its address to confirm it; the links of their emails.
    alert = JobAlert.objects.create(user=alice, email=alice.email, search={"text": "officer"},
                                    confirmed_at=timezone.now())  # fmt: skip
    visitors_alert = JobAlert.objects.create(email="vera@example.org", search={"grade": "A-2"})
    return SimpleNamespace(
        unsubscribe_token=signing.dumps(alert.pk, salt=UNSUBSCRIBE_SALT),
        confirm_token=signing.dumps(visitors_alert.pk, salt=CONFIRM_SALT),
        users={"anonymous": None, "alice": alice, "bob": bob, "rita": rita, "sam": sam, "ada": ada},
        alice=alice, bob=bob, rita=rita, sam=sam, ada=ada, hanna=hanna,
        vacancy=vacancy, sams_vacancy=sams_vacancy, draft=draft, closed=closed, application=application,
        document=document,
        rows={
            "education": alice.candidate.education.get(),
            "experience": alice.candidate.experience.get(),
            "languages": alice.candidate.languages.get(language="English"),
            "competencies": alice.candidate.competencies.get(),
        },
    )  # fmt: skip


@pytest.fixture
def admin_objects(world):
    """A row of each model the admin lists, so that every change, history and delete page has one."""
    Group.objects.create(name="Reviewers")
    AccessAttempt.objects.create(username="x@example.org", ip_address="10.0.0.1", failures_since_start=1)
    AccessLog.objects.create(username="x@example.org", ip_address="10.0.0.1")
    AccessFailureLog.objects.create(username="x@example.org", ip_address="10.0.0.1", locked_out=False)
    AuditEntry.objects.create(actor=world.rita, action=AuditEntry.Action.VIEWED, vacancy_id=world.vacancy.pk)
    Note.objects.create(vacancy=world.vacancy, candidate=world.alice.candidate, author=world.rita, text="n")
    Rating.objects.create(
        vacancy=world.vacancy, candidate=world.alice.candidate, recruiter=world.rita, stars=3
    )
    ScoringRun.objects.create(reason="seed", vacancy=world.vacancy, total_pairs=0)
    EssentialDecision.objects.create(
        vacancy=world.vacancy, candidate=world.alice.candidate, line=OPEN_LINE["text"], outcome="met",
        reason="r", decided_by=world.rita, decided_at=timezone.now(),
    )  # fmt: skip
    OutcomeEmail.objects.get_or_create(vacancy=None)  # its migration made it; a transactional test emptied it
    TermPoolSnapshot.objects.create(candidates=2, frequencies={"plann": 2})
    return world
