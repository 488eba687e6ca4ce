import datetime as dt

import factory
from django.utils import timezone

from accounts.models import User
from candidates.models import Candidate, Education, Experience, LanguageSkill
from vacancies.models import Vacancy

PASSWORD = "correct-horse-battery-staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ["email"]
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    full_name = factory.Faker("name")
    role = User.Role.APPLICANT
    password = factory.django.Password(PASSWORD)


class VacancyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vacancy
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Policy Officer {n}")
    organisation = "Operations Division"
    location = "Brussels, Belgium"
    raw_text = "Policy Officer\nThe incumbent must:\n- hold a university degree;"
    status = Vacancy.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    deadline = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=30))
    degree_level = "university"
    min_years_experience = 2
    language_rule = "one_high_other_low"
    language_high = "V"
    language_low = "I"
    language_pair = ["English", "French"]
    essential = ["hold a university degree", "have at least 2 years' experience"]


class CandidateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Candidate
        skip_postgeneration_save = True

    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"candidate{n}@example.org")
    nationality = "Belgium"
    consent_at = factory.LazyFunction(timezone.now)
    consent_version = "1"

    @factory.post_generation
    def with_profile(self, create, extracted, **kwargs):
        if not create or extracted is False:
            return
        Education.objects.create(candidate=self, level="master", field="International Relations")
        Experience.objects.create(
            candidate=self,
            title="Policy Officer",
            organisation="Ministry of Defence",
            start=dt.date(2018, 1, 1),
            end=None,
        )
        LanguageSkill.objects.create(candidate=self, language="English", level="V")
        LanguageSkill.objects.create(candidate=self, language="French", level="II")


def as_stored(fields: dict) -> dict:
    """A result's fields as the table keeps them (matching.compact): a test describes a result the way the
    engine words it (``breakdown``, ``unmet``, ``to_assess``, ``hints``, ``essentials``), the table keeps
    only its figures and statuses; the words a page shows are the engine's, worked out again when read."""
    from matching.compact import ESSENTIAL_CRITERIA, criteria_flags, from_lines, tenths
    from reference.scales import CRITERIA

    fields = dict(fields)
    breakdown = fields.pop("breakdown", None) or {}
    unmet, to_assess = fields.pop("unmet", None) or [], fields.pop("to_assess", None) or []
    fields.pop("hints", None)
    essentials = fields.pop("essentials", None)
    for criterion in CRITERIA:
        part = breakdown.get(criterion)
        if isinstance(part, dict) and f"{criterion}_points" not in fields:
            fields[f"{criterion}_points"] = tenths(float(part.get("points") or 0))

    def criteria(reasons):
        return [
            r.get("criterion")
            for r in reasons
            if isinstance(r, dict) and r.get("criterion") in ESSENTIAL_CRITERIA
        ]

    if "criteria" not in fields:
        fields["criteria"] = criteria_flags(criteria(unmet), criteria(to_assess))
    if essentials is not None and "line_statuses" not in fields:
        fields["line_statuses"], fields["decided_lines"] = from_lines(essentials)
    return fields
