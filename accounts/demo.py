"""The demo data set: five accounts, the two seed notices, alice's and bob's profiles, synthetic candidates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from applications.models import Application, Stage, StageChange
from applications.services import apply, move_to_stage
from candidates.importing import import_profiles
from candidates.models import Candidate, CompetencyAssessment, Education, Experience, LanguageSkill
from candidates.synthetic import synthetic_profiles
from vacancies.models import Vacancy
from vacancies.services import create_vacancy_from_text

NOTICES_DIR = Path(__file__).resolve().parent.parent / "vacancies" / "fixtures" / "notices"
DEMO_ACCOUNTS = [
    # (email, full name, role, is_staff)
    ("alice@example.org", "Alice Martin", User.Role.APPLICANT, False),
    ("bob@example.org", "Bob Jansen", User.Role.APPLICANT, False),
    ("rita@example.org", "Rita Recruiter", User.Role.RECRUITER, False),
    ("sam@example.org", "Sam Other", User.Role.RECRUITER, False),
    ("ada@example.org", "Ada Admin", User.Role.ADMIN, True),
]
# Seed notices whose deadline has passed are kept open in the demo for this many days from today.
DEMO_DEADLINE_DAYS = 45


@dataclass
class DemoReport:
    accounts: list[str] = field(default_factory=list)
    vacancies: list[str] = field(default_factory=list)
    candidates_created: int = 0
    candidates_updated: int = 0
    notes: list[str] = field(default_factory=list)


def ensure_accounts(password: str) -> dict[str, User]:
    users = {}
    for email, full_name, role, is_staff in DEMO_ACCOUNTS:
        user, _ = User.objects.get_or_create(email=email)
        user.full_name, user.role = full_name, role
        user.is_staff = user.is_superuser = is_staff
        user.email_verified_at = user.email_verified_at or timezone.now()
        user.set_password(password)
        user.save()
        users[email.split("@")[0]] = user
    return users


def ensure_seed_vacancies(rita: User, report: DemoReport) -> list[Vacancy]:
    vacancies = []
    for path in sorted(NOTICES_DIR.glob("*.txt")):
        source = f"demo:{path.name}"
        vacancy = Vacancy.objects.filter(source_filename=source).first()
        if vacancy is None:
            vacancy = create_vacancy_from_text(path.read_text(encoding="utf-8"), source_filename=source)
            if vacancy.deadline and vacancy.deadline < timezone.localdate():
                report.notes.append(
                    f"'{vacancy.title}': deadline {vacancy.deadline} has passed; kept open in the demo "
                    f"for {DEMO_DEADLINE_DAYS} days."
                )
                vacancy.deadline = timezone.localdate() + dt.timedelta(days=DEMO_DEADLINE_DAYS)
                vacancy.save(update_fields=["deadline"])
            vacancy.publish()
        vacancy.recruiters.add(rita)
        vacancies.append(vacancy)
        report.vacancies.append(f"{vacancy.title} ({vacancy.get_status_display()})")
    return vacancies


def ensure_applicant_profiles(alice: User, bob: User) -> None:
    """alice has a complete profile; bob has only started his. Left alone once they exist."""
    now = timezone.now()
    alice_candidate, created = Candidate.objects.get_or_create(
        user=alice,
        defaults={
            "name": alice.full_name, "email": alice.email, "nationality": "Belgium",
            "summary": "Defence policy officer with eight years in national and NATO defence planning.",
            "skills": ["defence planning", "PARP", "policy analysis", "stakeholder management", "report writing"],
            "consent_at": now, "consent_version": "1",
        },
    )  # fmt: skip
    if created:
        Education.objects.bulk_create([
            Education(candidate=alice_candidate, level="master", field="International Relations",
                      institution="KU Leuven", year=2015),
            Education(candidate=alice_candidate, level="bachelor", field="Political Science",
                      institution="Ghent University", year=2013),
        ])  # fmt: skip
        Experience.objects.bulk_create([
            Experience(candidate=alice_candidate, title="Defence Policy Officer", organisation="Belgian Ministry of Defence",
                       start=dt.date(2016, 9, 1), end=dt.date(2021, 8, 1),
                       description="Defence planning, force plans and capability development with partner nations."),
            Experience(candidate=alice_candidate, title="Programme Officer", organisation="NATO International Staff",
                       start=dt.date(2021, 9, 1), end=None,
                       description="Defence capacity building (DCB) packages and PARP assessments for partners."),
        ])  # fmt: skip
        LanguageSkill.objects.bulk_create([
            LanguageSkill(candidate=alice_candidate, language="English", level="V"),
            LanguageSkill(candidate=alice_candidate, language="French", level="IV"),
            LanguageSkill(candidate=alice_candidate, language="Dutch", level="VI"),
        ])  # fmt: skip
        CompetencyAssessment.objects.bulk_create([
            CompetencyAssessment(candidate=alice_candidate, name="Analytical Thinking", rung=4,
                                 evidence="Built the multi-year capability plan for three partner nations."),
            CompetencyAssessment(candidate=alice_candidate, name="Teamwork", rung=4,
                                 evidence="Ran the cross-division PARP working group."),
            CompetencyAssessment(candidate=alice_candidate, name="Initiative", rung=3,
                                 evidence="Led the response cell during a partner crisis."),
        ])  # fmt: skip
    bob_candidate, created = Candidate.objects.get_or_create(
        user=bob, defaults={"name": bob.full_name, "email": bob.email, "nationality": "Netherlands"}
    )
    if created:
        LanguageSkill.objects.create(candidate=bob_candidate, language="English", level="IV")


def ensure_demo_pipeline(rita: User, alice: User, vacancies: list[Vacancy]) -> None:
    """A pipeline to look at: alice applied to the first vacancy and is screened; a few imported
    candidates applied to each, at several stages. Created once: a second load finds them and changes
    nothing."""
    if not vacancies or Application.objects.filter(vacancy__in=vacancies).exists():
        return
    first = vacancies[0]
    application = apply(alice.candidate, first, motivation="I coordinated capability packages for partners.")
    move_to_stage([application], Stage.SCREENED, by=rita)
    imported = list(Candidate.objects.filter(user=None).exclude(external_id="").order_by("external_id")[:12])
    stages = [
        Stage.NEW,
        Stage.SCREENED,
        Stage.SHORTLISTED,
        Stage.INTERVIEW,
        Stage.REJECTED,
        Stage.SHORTLISTED,
    ]
    for offset, vacancy in enumerate(vacancies):
        chosen = imported[offset * 6 : offset * 6 + 6]
        # They applied themselves: stages are for applicants only (the rest of the pool is invited, not moved).
        applications = [apply(candidate, vacancy) for candidate in chosen]
        for candidate, application in zip(chosen, applications, strict=True):
            stage = stages[chosen.index(candidate)]
            if stage != Stage.NEW:
                move_to_stage([application], stage, by=rita)
    # The demo's pipeline is history: its applicants heard of it then, so starting the app emails nobody (the
    # receipts and stage emails queued above find their change claimed and send nothing).
    StageChange.objects.filter(application__vacancy__in=vacancies, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )


@transaction.atomic
def load_demo(*, candidates: int, password: str) -> DemoReport:
    report = DemoReport()
    users = ensure_accounts(password)
    report.accounts = [email for email, *_ in DEMO_ACCOUNTS]
    vacancies = ensure_seed_vacancies(users["rita"], report)
    ensure_applicant_profiles(users["alice"], users["bob"])
    outcome = import_profiles(synthetic_profiles(candidates))
    report.candidates_created, report.candidates_updated = outcome.created, outcome.updated
    ensure_demo_pipeline(users["rita"], users["alice"], vacancies)
    return report
