from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from reference.fields import LanguageField, NationalityField
from reference.languages import displayed_language, language_name
from reference.nations import displayed_nation, nation_name
from reference.scales import EDUCATION_CHOICES as EDUCATION_LEVELS
from reference.scales import ROMAN_CHOICES as NATO_LEVELS
from reference.scales import level_label

from .profile import EVIDENCE_MAX_LENGTH


class CandidateQuerySet(models.QuerySet):
    def matchable(self):
        """Candidates who consented to be matched (imported ones are matched by the importer's consent)."""
        return self.filter(consent_at__isnull=False)

    def profiles_json(self) -> list[tuple[int, int, dict]]:
        """(pk, profile version, ``Candidate.profile_json()``) of each candidate, read with one query a table
        and no model instances: what every scoring chunk reads (``matching.services``), several times quicker
        than prefetching. The same dicts as ``profile_json`` (a test compares them), in the queryset's order,
        lists in the same order."""
        rows = list(
            self.values_list(
                "pk", "profile_version", "external_id", "name", "email", "nationality",
                "military_staff_college", "skills", "summary",
            )
        )  # fmt: skip
        pks = [row[0] for row in rows]
        education, experience, languages, competencies = ({pk: [] for pk in pks} for _ in range(4))
        # Each model's own ordering, as the related managers that profile_json reads give them.
        for pk, level, field, institution, year in Education.objects.filter(candidate_id__in=pks).values_list(
            "candidate_id", "level", "field", "institution", "year"
        ):
            education[pk].append({"level": level, "field": field, "institution": institution, "year": year})
        for pk, title, organisation, start, end, description in Experience.objects.filter(
            candidate_id__in=pks
        ).values_list("candidate_id", "title", "organisation", "start", "end", "description"):
            experience[pk].append({
                "title": title, "organisation": organisation, "start": start.strftime("%Y-%m"),
                "end": end.strftime("%Y-%m") if end else None, "description": description,
            })  # fmt: skip
        for pk, language, level, stanag in LanguageSkill.objects.filter(candidate_id__in=pks).values_list(
            "candidate_id", "language", "level", "stanag"
        ):
            languages[pk].append(
                {
                    "language": language_name(language),
                    "level": level,
                    **({"stanag": stanag} if stanag else {}),
                }
            )
        for pk, name, rung, evidence in CompetencyAssessment.objects.filter(candidate_id__in=pks).values_list(
            "candidate_id", "name", "rung", "evidence"
        ):
            competencies[pk].append({"name": name, "rung": rung, "evidence": evidence[:EVIDENCE_MAX_LENGTH]})
        return [
            (pk, version, {
                "id": external_id or str(pk), "name": name, "email": email, "nationality": nation_name(nationality),
                "education": education[pk], "military_staff_college": staff_college,
                "experience": experience[pk], "languages": languages[pk], "competencies": competencies[pk],
                "skills": list(skills), "summary": summary,
            })
            for pk, version, external_id, name, email, nationality, staff_college, skills, summary in rows
        ]  # fmt: skip


class Candidate(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="candidate",
    )
    external_id = models.CharField(_("external id"), max_length=100, unique=True, null=True, blank=True)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), blank=True)
    # A code, not a name: see reference.nations (names and aliases given to it are turned into the code).
    nationality = NationalityField(_("nationality"), max_length=100, blank=True)
    military_staff_college = models.BooleanField(
        _("attended a NATO or national military staff college"), default=False
    )
    skills = models.JSONField(_("skills"), default=list, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    consent_at = models.DateTimeField(_("consented to matching at"), null=True, blank=True)
    consent_version = models.CharField(_("consent version"), max_length=20, blank=True)
    # Bumped on every change that affects scores, so a stored score knows whether it is stale.
    profile_version = models.PositiveIntegerField(_("profile version"), default=1)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = CandidateQuerySet.as_manager()

    class Meta:
        verbose_name = _("candidate")
        verbose_name_plural = _("candidates")
        ordering = ["name", "id"]
        # A shortlist sorted by name reads candidates in this order and stops after a page.
        indexes = [models.Index(fields=["name", "id"], name="candidate_name_idx")]

    def __str__(self) -> str:
        return self.name

    def bump_profile_version(self) -> None:
        Candidate.objects.filter(pk=self.pk).update(profile_version=F("profile_version") + 1)
        self.refresh_from_db(fields=["profile_version"])

    @property
    def nationality_name(self) -> str:
        """The nationality as a person reads it ("Türkiye"), or as written when it names no country."""
        return nation_name(self.nationality)

    @property
    def nationality_display(self) -> str:
        """The nationality in the active language ("Turquie" in French); ``nationality_name`` stays English
        (the scorer reads it)."""
        return displayed_nation(self.nationality) if self.nationality else ""

    def profile_json(self) -> dict:
        """The profile in the bulk-import format, which the scorer reads."""
        return {
            "id": self.external_id or str(self.pk),
            "name": self.name,
            "email": self.email,
            "nationality": self.nationality_name,
            "education": [
                {"level": e.level, "field": e.field, "institution": e.institution, "year": e.year}
                for e in self.education.all()
            ],
            "military_staff_college": self.military_staff_college,
            "experience": [
                {
                    "title": x.title,
                    "organisation": x.organisation,
                    "start": x.start.strftime("%Y-%m"),
                    "end": x.end.strftime("%Y-%m") if x.end else None,
                    "description": x.description,
                }
                for x in self.experience.all()
            ],
            "languages": [
                {
                    "language": lang.language_name,
                    "level": lang.level,
                    **({"stanag": lang.stanag} if lang.stanag else {}),
                }
                for lang in self.languages.all()
            ],
            # Evidence written before its length was limited is cut for the scorer, never in the row.
            "competencies": [
                {"name": c.name, "rung": c.rung, "evidence": c.evidence[:EVIDENCE_MAX_LENGTH]}
                for c in self.competencies.all()
            ],
            "skills": list(self.skills),
            "summary": self.summary,
        }


class Education(models.Model):
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="education"
    )
    level = models.CharField(_("level"), max_length=12, choices=EDUCATION_LEVELS)
    field = models.CharField(_("field of study"), max_length=200, blank=True)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    class Meta:
        verbose_name = _("education")
        ordering = ["-year", "id"]
        verbose_name_plural = _("education")

    def __str__(self) -> str:
        return f"{self.get_level_display()} {self.field}".strip()


class Experience(models.Model):
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="experience"
    )
    title = models.CharField(_("title"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    start = models.DateField(_("start"), help_text=_("The first day of the start month."))
    end = models.DateField(_("end"), null=True, blank=True, help_text=_("Empty while current."))
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("experience")
        ordering = ["-start", "id"]
        verbose_name_plural = _("experience")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__isnull=True) | models.Q(end__gte=models.F("start")),
                name="experience_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title}, {self.organisation}"


class LanguageSkill(models.Model):
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="languages"
    )
    # A key of reference.languages ("french"), not a name: language_name is what people read.
    language = LanguageField(_("language"), max_length=60)
    level = models.CharField(_("NATO level"), max_length=4, choices=NATO_LEVELS)
    stanag = models.CharField(_("STANAG 6001 profile"), max_length=12, blank=True)

    class Meta:
        verbose_name = _("language skill")
        verbose_name_plural = _("language skills")
        ordering = [Lower("language")]  # keys and names written as-is, alphabetically
        constraints = [
            models.UniqueConstraint(fields=["candidate", "language"], name="one_level_per_language")
        ]
        # The shortlist's "speaks French at III or above" filter compares the stored key.
        indexes = [
            models.Index(fields=["language", "level", "candidate"], name="languageskill_lang_level_idx")
        ]

    def __str__(self) -> str:
        return f"{self.language_name} {self.level}"

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def language_display(self) -> str:
        """The language in the active language ("français" in French); ``language_name`` stays English."""
        return displayed_language(self.language)

    @property
    def level_display(self) -> str:
        """The level as people read it: "V (Advanced)", "V (Avancé)" in French."""
        return level_label(self.level)


class CompetencyAssessment(models.Model):
    candidate = models.ForeignKey(
        Candidate, verbose_name=_("candidate"), on_delete=models.CASCADE, related_name="competencies"
    )
    name = models.CharField(_("name"), max_length=100)
    rung = models.PositiveSmallIntegerField(_("rung"))
    # What the person did that shows the rung; a claim without it counts for less (matching.claims).
    evidence = models.TextField(
        _("evidence"),
        blank=True,
        max_length=EVIDENCE_MAX_LENGTH,
        help_text=_("What the person did that shows this level: a sentence or two."),
    )

    class Meta:
        verbose_name = _("competency assessment")
        verbose_name_plural = _("competency assessments")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["candidate", "name"], name="one_assessment_per_competency")
        ]

    def __str__(self) -> str:
        return f"{self.name} {self.rung}"
