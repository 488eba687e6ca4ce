"""Editable reference data: the language scale, competency ladders, member nations, default weights."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageLevel(models.Model):
    code = models.CharField(_("code"), max_length=4, unique=True, help_text=_("I to VI"))
    rank = models.PositiveSmallIntegerField(_("rank"), unique=True)
    name = models.CharField(_("name"), max_length=60)
    cefr = models.CharField(_("CEFR"), max_length=4, blank=True)

    class Meta:
        verbose_name = _("language level")
        verbose_name_plural = _("language levels")
        ordering = ["rank"]

    def __str__(self) -> str:
        return f"{self.code} ({self.name})"


class CompetencyLadder(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    aliases = models.TextField(_("aliases"), blank=True, help_text=_("Other names, one per line."))
    verified = models.BooleanField(
        _("verified"), default=True, help_text=_("Off for ladders recalled, not checked.")
    )

    class Meta:
        verbose_name = _("competency ladder")
        verbose_name_plural = _("competency ladders")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CompetencyRung(models.Model):
    ladder = models.ForeignKey(
        CompetencyLadder, verbose_name=_("ladder"), on_delete=models.CASCADE, related_name="rungs"
    )
    rung = models.PositiveSmallIntegerField(_("rung"))
    text = models.CharField(_("text"), max_length=200)

    class Meta:
        verbose_name = _("competency rung")
        verbose_name_plural = _("competency rungs")
        ordering = ["ladder", "rung"]
        constraints = [models.UniqueConstraint(fields=["ladder", "rung"], name="unique_rung_per_ladder")]

    def __str__(self) -> str:
        return f"{self.ladder.name} {self.rung}: {self.text}"


class MemberNation(models.Model):
    name = models.CharField(_("name"), max_length=100, unique=True)
    aliases = models.TextField(_("aliases"), blank=True, help_text=_("Other spellings, one per line."))

    class Meta:
        verbose_name = _("member nation")
        verbose_name_plural = _("member nations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class DefaultWeight(models.Model):
    criterion = models.CharField(_("criterion"), max_length=30, unique=True)
    weight = models.PositiveSmallIntegerField(_("weight"))

    class Meta:
        verbose_name = _("default weight")
        verbose_name_plural = _("default weights")
        ordering = ["criterion"]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.weight}"
