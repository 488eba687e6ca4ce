"""Editable reference data: the language scale, competency ladders, member nations, default weights."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageLevel(models.Model):
    code = models.CharField(max_length=4, unique=True, help_text=_("I to VI"))
    rank = models.PositiveSmallIntegerField(unique=True)
    name = models.CharField(max_length=60)
    cefr = models.CharField(_("CEFR"), max_length=4, blank=True)

    class Meta:
        ordering = ["rank"]

    def __str__(self) -> str:
        return f"{self.code} ({self.name})"


class CompetencyLadder(models.Model):
    name = models.CharField(max_length=100, unique=True)
    aliases = models.TextField(blank=True, help_text=_("Other names, one per line."))
    verified = models.BooleanField(default=True, help_text=_("Off for ladders recalled, not checked."))

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CompetencyRung(models.Model):
    ladder = models.ForeignKey(CompetencyLadder, on_delete=models.CASCADE, related_name="rungs")
    rung = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=200)

    class Meta:
        ordering = ["ladder", "rung"]
        constraints = [models.UniqueConstraint(fields=["ladder", "rung"], name="unique_rung_per_ladder")]

    def __str__(self) -> str:
        return f"{self.ladder.name} {self.rung}: {self.text}"


class MemberNation(models.Model):
    name = models.CharField(max_length=100, unique=True)
    aliases = models.TextField(blank=True, help_text=_("Other spellings, one per line."))

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DefaultWeight(models.Model):
    criterion = models.CharField(max_length=30, unique=True)
    weight = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["criterion"]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.weight}"
