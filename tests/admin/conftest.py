from types import SimpleNamespace

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.auth.models import Group
from django.utils import timezone

from applications.models import Note, OutcomeEmail, Rating
from applications.services import apply
from audit.models import AuditEntry
from matching.models import EssentialDecision
from matching.rescoring import rescore_vacancy
from matching.services import take_term_pool
from tests.factories import CandidateFactory
from tests.security.support import scored


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def back_office(alice, bob, rita, sam, ada, vacancy):
    """A row of every model the admin lists (the reference data comes from its migration): alice applied
    to rita's vacancy and has a note, a rating and a decision on an essential there; alice and hanna are
    scored; a run is under way."""
    hanna = CandidateFactory(name="Hanna Berg", external_id="hr-7")
    match = scored(vacancy, alice.candidate, score=88.0)
    scored(vacancy, hanna, score=64.0)
    application = apply(alice.candidate, vacancy, motivation="I know the job.")
    note = Note.objects.create(
        vacancy=vacancy, candidate=alice.candidate, author=rita, text="Strong drafting."
    )
    rating = Rating.objects.create(vacancy=vacancy, candidate=alice.candidate, recruiter=rita, stars=4)
    EssentialDecision.objects.create(
        vacancy=vacancy, candidate=alice.candidate, line="Knowledge of NATO defence planning", outcome="met",
        reason="Drafted the 2023 capability targets", decided_by=rita, decided_at=timezone.now(),
    )  # fmt: skip
    OutcomeEmail.objects.get_or_create(vacancy=None)  # its migration made it; a transactional test emptied it
    run = rescore_vacancy(vacancy, reason="seed")
    AuditEntry.objects.create(actor=rita, action=AuditEntry.Action.VIEWED, vacancy_id=vacancy.pk)
    Group.objects.create(name="Reviewers")
    AccessAttempt.objects.create(username="x@example.org", ip_address="10.0.0.1", failures_since_start=1)
    AccessLog.objects.create(username="x@example.org", ip_address="10.0.0.1")
    AccessFailureLog.objects.create(username="x@example.org", ip_address="10.0.0.1", locked_out=False)
    take_term_pool()
    return SimpleNamespace(
        alice=alice, bob=bob, rita=rita, sam=sam, ada=ada, hanna=hanna, vacancy=vacancy, match=match,
        application=application, note=note, rating=rating, run=run,
    )  # fmt: skip
