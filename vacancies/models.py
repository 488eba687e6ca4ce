from __future__ import annotations

import copy
import datetime as dt

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reference.scales import DEGREE_REQUIREMENT_CHOICES as DEGREE_LEVELS
from reference.scales import ROMAN_CHOICES

DEGREE_ALTERNATIVES = [
    ("equivalent_qualification", _("An equivalent level of qualification")),
    ("military_staff_college", _("Attendance of a NATO or national military staff college")),
    ("equivalent_experience", _("Equivalent relevant professional experience")),
]
LANGUAGE_RULES = [
    ("one_high_other_low", _("One official language at the higher level, the other at the lower")),
    ("each", _("A level in each language")),
    ("none", _("No level stated")),
]


class VacancyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Vacancy.Status.PUBLISHED)

    def open(self, today: dt.date | None = None):
        """Published and still accepting applications."""
        today = today or timezone.localdate()
        return self.published().filter(Q(deadline__isnull=True) | Q(deadline__gte=today))

    def search(
        self,
        *,
        text: str = "",
        organisation: str = "",
        location: str = "",
        grade: str = "",
        deadline_by: dt.date | None = None,
    ):
        """The public board's search, and what a job alert looks for: every word of ``text`` in the title,
        organisation, location, grade or notice; the other filters equal to the field (case aside)."""
        found = self
        for word in text.split()[:10]:
            # The notice in each language too: a French reader searches in French (issue 19).
            in_notices = NoticeText.objects.filter(cleaned_text__icontains=word).values("vacancy_id")
            found = found.filter(
                Q(title__icontains=word)
                | Q(organisation__icontains=word)
                | Q(location__icontains=word)
                | Q(grade__icontains=word)
                | Q(cleaned_text__icontains=word)
                | Q(pk__in=in_notices)
            )
        for field, value in (("organisation", organisation), ("location", location), ("grade", grade)):
            if value:
                found = found.filter(**{f"{field}__iexact": value})
        if deadline_by:
            found = found.filter(deadline__lte=deadline_by)
        return found

    def look_alikes(self, vacancy: Vacancy):
        """Other vacancies with the same title, organisation and deadline: the same notice entered twice?"""
        return self.exclude(pk=vacancy.pk).filter(
            title__iexact=vacancy.title, organisation__iexact=vacancy.organisation, deadline=vacancy.deadline
        )

    def for_recruiter(self, user):
        """What a recruiter may see: admins see all, recruiters their assigned vacancies."""
        if user.is_staff:
            return self
        if getattr(user, "role", None) == "recruiter":
            return self.filter(recruiters=user)
        return self.none()

    def past_deadline(self, today: dt.date | None = None):
        today = today or timezone.localdate()
        return self.published().filter(deadline__lt=today)


class Vacancy(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")

    # What the notice says, as parsed and then corrected by a recruiter.
    title = models.CharField(_("title"), max_length=300)
    organisation = models.CharField(_("organisation"), max_length=300, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    grade = models.CharField(_("grade"), max_length=100, blank=True)
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    contract = models.TextField(_("contract"), blank=True)
    nationality_restricted = models.BooleanField(_("nationality restricted"), default=False)
    # The nations named when only they may apply (English country names); [] for NATO member nations.
    nationalities = models.JSONField(_("nationalities"), default=list, blank=True)
    clearance = models.CharField(_("clearance"), max_length=100, blank=True)
    degree_level = models.CharField(_("degree level"), max_length=20, choices=DEGREE_LEVELS, default="none")
    degree_fields = models.JSONField(_("degree fields"), default=list, blank=True)
    degree_alternatives = models.JSONField(_("degree alternatives"), default=list, blank=True)
    # True when the fields of study are part of the essential, False when only preferred.
    degree_fields_required = models.BooleanField(_("degree fields required"), default=False)
    min_years_experience = models.PositiveSmallIntegerField(_("min years experience"), null=True, blank=True)
    # Every essential experience requirement: [{"years": 6, "context": "financial management"}, ...].
    experience_conditions = models.JSONField(_("experience conditions"), default=list, blank=True)
    language_rule = models.CharField(
        _("language rule"), max_length=24, choices=LANGUAGE_RULES, default="none"
    )
    language_high = models.CharField(_("language high"), max_length=4, choices=ROMAN_CHOICES, blank=True)
    language_low = models.CharField(_("language low"), max_length=4, choices=ROMAN_CHOICES, blank=True)
    language_pair = models.JSONField(_("language pair"), default=list, blank=True)
    language_raw = models.JSONField(_("language raw"), default=list, blank=True)
    essential = models.JSONField(_("essential"), default=list, blank=True)
    desirable = models.JSONField(_("desirable"), default=list, blank=True)
    accountabilities = models.JSONField(_("accountabilities"), default=list, blank=True)

    # Where it came from.
    raw_text = models.TextField(_("raw text"))
    cleaned_text = models.TextField(_("cleaned text"), blank=True)
    sources = models.JSONField(
        _("sources"), default=dict, blank=True, help_text=_("Field name -> source sentence.")
    )
    missing = models.JSONField(_("missing"), default=list, blank=True)
    # Field -> why the parser is not sure of it (vacancies.parsing.UNSURE_REASONS); the review page asks
    # the recruiter to check it, and saving the field clears it.
    unsure = models.JSONField(_("unsure"), default=dict, blank=True)
    # Field group (the parser's key) -> who last corrected it on the review page and when:
    # {"by": user id, "at": ISO time}. The page says "Corrected by ..." instead of pointing at the notice;
    # a re-parse replaces the corrections and empties it. Ids only: an erased account leaves no name here.
    corrections = models.JSONField(_("corrections"), default=dict, blank=True)
    parser_version = models.CharField(_("parser version"), max_length=20, blank=True)
    source_filename = models.CharField(_("source filename"), max_length=255, blank=True)

    # Workflow.
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recruiters = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("recruiters"), blank=True, related_name="assigned_vacancies"
    )
    weights = models.JSONField(
        _("weights"), default=dict, blank=True, help_text=_("Criterion -> weight; empty = defaults.")
    )
    # Blind review hides who a candidate is until the chosen stage, to reduce bias.
    blind_review = models.BooleanField(_("blind review"), default=False)
    reveal_stage = models.CharField(
        _("reveal stage"), max_length=12, default="interview", help_text=_("Stage from which names show.")
    )
    # Applicants see the internal stages (screened, shortlisted, interview) as "Under review" unless this is set.
    show_stages_to_applicants = models.BooleanField(
        _("show the internal stages to applicants"), default=False,
        help_text=_("Applicants see Screened, Shortlisted and Interview by name rather than as 'Under review'."),
    )  # fmt: skip
    # Bumped on every change that affects scores, so a stored score knows whether it is stale.
    requirements_version = models.PositiveIntegerField(_("requirements version"), default=1)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)

    objects = VacancyQuerySet.as_manager()

    class Meta:
        verbose_name = _("vacancy")
        ordering = ["-created_at"]
        verbose_name_plural = _("vacancies")
        indexes = [models.Index(fields=["status", "deadline"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.PUBLISHED and (
            self.deadline is None or self.deadline >= timezone.localdate()
        )

    @property
    def closed_on(self) -> dt.date | None:
        """The day it stopped taking applications: when it was closed, or its deadline if that came first;
        None while it is open (or a draft).

        >>> Vacancy(status="published", deadline=dt.date(2020, 1, 31)).closed_on
        datetime.date(2020, 1, 31)
        """
        if self.status == self.Status.DRAFT or self.is_open:
            return None
        days = [day for day in (self.deadline, self.closed_at and timezone.localdate(self.closed_at)) if day]
        return min(days, default=None)

    def publish(self) -> None:
        self.status = self.Status.PUBLISHED
        self.published_at = timezone.now()
        self.save(update_fields=["status", "published_at", "updated_at"])

    def close(self) -> None:
        self.status = self.Status.CLOSED
        self.closed_at = timezone.now()
        self.save(update_fields=["status", "closed_at", "updated_at"])

    def bump_requirements_version(self) -> None:
        Vacancy.objects.filter(pk=self.pk).update(requirements_version=F("requirements_version") + 1)
        self.refresh_from_db(fields=["requirements_version"])

    def effective_weights(self, defaults: dict[str, int]) -> dict[str, int]:
        return {**defaults, **{k: int(v) for k, v in (self.weights or {}).items() if k in defaults}}

    def notice_in(self, language: str) -> NoticeText | None:
        """The notice text in ``language`` ("fr", "fr-be"), else the first one stored; None for a vacancy made
        before notices had languages (its ``raw_text`` is its only notice)."""
        texts = list(self.notice_texts.all())
        wanted = (language or "en").split("-")[0].lower()
        return next((t for t in texts if t.language == wanted), texts[0] if texts else None)

    def shown_in(self, language: str) -> Vacancy:
        """A copy of this vacancy to show a reader of ``language``: title, requirement lists, duties, contract
        and notice text from the notice in that language when there is one (else as stored). Never saved.

        The structured requirements (levels, years, codes) stay the vacancy's own: they are the same in
        both notices, and the scorer reads them once."""
        notice = self.notice_in(language)
        shown = copy.copy(self)
        shown.notice_language = notice.language if notice else "en"
        parsed = notice.parsed if notice is not None else {}
        if parsed.get("location") and (parsed.get("place") or parsed["location"]) == self.location:
            shown.location = parsed["location"]  # "Bruxelles, Belgique", unless a recruiter changed the place
        if notice is None or not notice.parsed or notice.raw_text == self.raw_text:
            return shown
        shown.title = parsed.get("title") or self.title
        shown.organisation = parsed.get("organisation") or self.organisation
        shown.contract = parsed.get("contract") or ""
        for name in ("essential", "desirable", "accountabilities"):
            setattr(shown, name, list(parsed.get(name) or []))
        shown.cleaned_text = notice.cleaned_text
        shown.competencies_shown = [
            {"name": c.get("name"), "level_text": c.get("level_text")}
            for c in parsed.get("competencies") or []
        ]
        return shown

    def requirements_json(self) -> dict:
        """The structured requirements in the ``parse_vacancy --json`` format, for the scorer."""
        languages = list(self.language_requirements.all())
        return {
            "title": self.title,
            "organisation": self.organisation or None,
            "location": self.location or None,
            "grade": self.grade or None,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "degree": {
                "level": self.degree_level,
                "fields": list(self.degree_fields),
                "alternatives": list(self.degree_alternatives),
                "fields_required": self.degree_fields_required,
            },
            "min_years_experience": self.min_years_experience,
            "experience_conditions": [dict(c) for c in self.experience_conditions],
            "languages": {
                "rule": self.language_rule,
                "high": self.language_high or None,
                "low": self.language_low or None,
                "pair": list(self.language_pair),
                "requirements": [
                    {"language": lr.language, "level": lr.level} for lr in languages if lr.level
                ],
                "stanag": [{"language": lr.language, "slp": lr.slp} for lr in languages if lr.slp],
                "raw": list(self.language_raw),
            },
            "competencies": [
                {"name": c.name, "level_text": c.level_text, "rung": c.rung}
                for c in self.competency_requirements.all()
            ],
            "nationality_restricted": self.nationality_restricted,
            "nationalities": list(self.nationalities),
            "clearance": self.clearance or None,
            "essential": list(self.essential),
            "desirable": list(self.desirable),
            "accountabilities": list(self.accountabilities),
            # Which line states which criterion, so that the engine places a line as the parser read it.
            "sources": dict(self.sources),
        }

    @transaction.atomic
    def apply_parse(self, parsed: dict) -> None:
        """Fill the structured fields (and their rows) from a parser result in the JSON format."""
        degree = parsed.get("degree") or {}
        languages = parsed.get("languages") or {}
        self.title = (parsed.get("title") or self.title or "Untitled notice")[:300]
        self.organisation = (parsed.get("organisation") or "")[:300]
        # The place in English whatever the notice's language, so that the board's filter and the search
        # hold one name per place; a reader sees it as their notice writes it (``shown_in``).
        self.location = (parsed.get("place") or parsed.get("location") or "")[:200]
        self.grade = (parsed.get("grade") or "")[:100]
        deadline = parsed.get("deadline")
        self.deadline = dt.date.fromisoformat(deadline) if deadline else None
        self.contract = parsed.get("contract") or ""
        self.nationality_restricted = bool(parsed.get("nationality_restricted"))
        self.nationalities = list(parsed.get("nationalities") or [])
        self.clearance = (parsed.get("clearance") or "")[:100]
        self.degree_level = degree.get("level") or "none"
        self.degree_fields = list(degree.get("fields") or [])
        self.degree_alternatives = list(degree.get("alternatives") or [])
        self.degree_fields_required = bool(degree.get("fields_required"))
        self.min_years_experience = parsed.get("min_years_experience")
        self.experience_conditions = [dict(c) for c in parsed.get("experience_conditions") or []]
        self.language_rule = languages.get("rule") or "none"
        self.language_high = languages.get("high") or ""
        self.language_low = languages.get("low") or ""
        self.language_pair = list(languages.get("pair") or [])
        self.language_raw = list(languages.get("raw") or [])
        self.essential = list(parsed.get("essential") or [])
        self.desirable = list(parsed.get("desirable") or [])
        self.accountabilities = list(parsed.get("accountabilities") or [])
        self.sources = dict(parsed.get("sources") or {})
        self.missing = list(parsed.get("missing") or [])
        self.unsure = dict(parsed.get("unsure") or {})
        self.corrections = {}
        self.save()
        self.language_requirements.all().delete()
        LanguageRequirement.objects.bulk_create(
            [
                LanguageRequirement(vacancy=self, language=r["language"], level=r.get("level") or "")
                for r in languages.get("requirements") or []
            ]
            + [
                LanguageRequirement(vacancy=self, language=s["language"], slp=s.get("slp") or "")
                for s in languages.get("stanag") or []
            ]
        )
        self.competency_requirements.all().delete()
        CompetencyRequirement.objects.bulk_create(
            [
                CompetencyRequirement(
                    vacancy=self,
                    order=i,
                    name=c["name"][:100],
                    level_text=(c.get("level_text") or "")[:300],
                    rung=c.get("rung"),
                )
                for i, c in enumerate(parsed.get("competencies") or [])
            ]
        )


def shown_in_reader_language(vacancies, language: str | None = None) -> list[Vacancy]:
    """Each vacancy as a reader of ``language`` (default: the active one) sees it (``Vacancy.shown_in``),
    their notice texts read in one query."""
    from django.db.models import prefetch_related_objects
    from django.utils.translation import get_language

    vacancies = list(vacancies)
    prefetch_related_objects(vacancies, "notice_texts")
    language = language or get_language() or "en"
    return [vacancy.shown_in(language) for vacancy in vacancies]


class NoticeText(models.Model):
    """One language's text of a vacancy's notice (issue 19, point 4): NATO publishes a notice in English and
    in French; both are one vacancy, with one set of requirements (the vacancy's fields, read from the first
    notice and corrected by the recruiter), one matching run and one shortlist. Each text keeps what the
    parser read from it (``parsed``, the ``parse_vacancy --json`` format), so the review page can show both
    and where they disagree, and readers see the notice in their language."""

    LANGUAGES = [("en", "English"), ("fr", "Français")]

    vacancy = models.ForeignKey(
        "Vacancy", verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="notice_texts"
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGES)
    raw_text = models.TextField(_("raw text"))
    cleaned_text = models.TextField(_("cleaned text"), blank=True)
    parsed = models.JSONField(_("parsed"), default=dict, blank=True)
    # The notice's reference number as written ("IS 123/26"): what pairs the two languages first.
    reference = models.CharField(_("reference"), max_length=60, blank=True)
    source_filename = models.CharField(_("source filename"), max_length=255, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("notice text")
        verbose_name_plural = _("notice texts")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["vacancy", "language"], name="one_notice_text_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.vacancy_id} ({self.language})"


class LanguageRequirement(models.Model):
    """A language other than the official pair (or each language, with rule 'each'), or a STANAG profile."""

    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="language_requirements"
    )
    language = models.CharField(_("language"), max_length=60)
    level = models.CharField(_("level"), max_length=4, choices=ROMAN_CHOICES, blank=True)
    slp = models.CharField(_("STANAG 6001 profile"), max_length=12, blank=True)

    class Meta:
        verbose_name = _("language requirement")
        verbose_name_plural = _("language requirements")
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.language} {self.level or 'SLP ' + self.slp}"


class CompetencyRequirement(models.Model):
    vacancy = models.ForeignKey(
        Vacancy, verbose_name=_("vacancy"), on_delete=models.CASCADE, related_name="competency_requirements"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    name = models.CharField(_("name"), max_length=100)
    level_text = models.CharField(_("level text"), max_length=300, blank=True)
    rung = models.PositiveSmallIntegerField(_("rung"), null=True, blank=True)

    class Meta:
        verbose_name = _("competency requirement")
        verbose_name_plural = _("competency requirements")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return f"{self.name}: {self.level_text}"
