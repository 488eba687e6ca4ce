"""Why a candidate is not (yet) eligible, as data, and the one place that puts it into words.

The engine says what is unmet, what a person must assess and the smallest changes that would help
(hints) as ``Reason`` items: the criterion, the kind of reason and the values it is about, e.g.
``Reason("experience", "below_minimum", {"months": 36, "required_months": 60})``. Stored results keep
them as JSON (``to_json``); pages, exports, charts and the rank command read the criterion and the
kind, and only ``describe`` writes the words, through gettext, so that another language or an
essentials checklist build on the same items.

>>> describe(Reason("experience", "below_minimum", {"months": 36, "required_months": 60}))
'Experience: 3 years, at least 5 years required'

No Django but its translation functions, which need no settings until a sentence is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from reference.languages import displayed_language
from reference.nations import displayed_nation
from reference.scales import HIGHEST_EDUCATION_LABELS as _HIGHEST_LABEL
from reference.scales import REQUIREMENT_LABELS as _REQUIREMENT_LABEL
from reference.scales import gettext_noop

# The criteria that decide eligibility, whose reasons these are.
ESSENTIAL_CRITERIA = ("degree", "experience", "languages", "nationality")

_ALTERNATIVE_LABEL = {
    "equivalent_qualification": gettext_noop("an equivalent level of qualification"),
    "equivalent_experience": gettext_noop("equivalent relevant professional experience"),
}


# Not hashable (values is a dict); made once per distinct case by the engine and shared by the pairs.
@dataclass(frozen=True, slots=True)
class Reason:
    """One reason about one essential criterion (degree, experience, languages, nationality).

    Kinds and their values (levels are NATO levels "I".."VI", SLPs STANAG 6001 profiles "3322"):

    - degree: ``below_required`` (required: a degree level or "university", highest: the highest level
      stated or "none"), ``equivalent_to_assess`` (the same, and equivalents: the notice's alternatives
      that a person must judge), hints ``obtain_degree`` (required, staff_college: whether a military
      staff college would also do) and ``add_equivalent`` (equivalents); a profile that states no education:
      ``education_not_stated`` (required: to be assessed), hint ``add_education`` (required, staff_college);
    - experience: ``below_minimum`` (months, required_months), hint ``more_experience`` (months lacking);
      ``training_to_assess`` (months: as a professional, training_months: as an intern or a student,
      required_months), the minimum met only with the internships;
    - languages: ``below_level`` (language, required, stated: a level or None), ``below_slp`` (language,
      required, stated: an SLP or None), ``slp_to_assess`` (language, required: an SLP, stated: a level,
      approximate: the STANAG level the level suggests), ``level_below_slp`` (the same values: the level
      is clearly below the SLP by that bridge), note ``slp_by_bridge`` (the same values: clearly above
      it, so met; a breakdown's ``notes``), hints ``raise_level`` and ``raise_slp`` (language, required)
      and ``add_slp`` (language);
    - degree, a required field of study (fields: the notice's): ``field_unrelated`` (field: the
      closest stated), ``field_to_assess`` (field: a related one stated), ``field_unread`` (field: one
      the engine cannot place), ``field_not_stated``, hint
      ``obtain_field``;
    - experience, a condition (context, months: those in entries meeting it, required_months):
      ``condition_below``, ``condition_to_assess`` (entries that say too little could meet it), hint
      ``more_condition`` (context, months lacking, required_months);
    - nationality: ``not_member`` (nationality), ``not_stated``, hint ``member_only``; for a notice open
      only to the nations it names (nations: their names) ``not_named`` (nationality, nations),
      ``not_stated_named``, hint ``named_only``;
    - any criterion: ``text`` (text), a line stored before reasons were data that could not be read back.
    """

    criterion: str
    kind: str
    values: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"criterion": self.criterion, "kind": self.kind, "values": dict(self.values)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str) -> Reason:
        if isinstance(data, str):  # a line written by a worker still running the engine before this one
            return cls("", "text", {"text": data})
        return cls(data["criterion"], data["kind"], data.get("values") or {})


def reasons_json(reasons: Iterable[Reason]) -> list[dict[str, Any]]:
    """As stored: a list of ``Reason.to_json()``."""
    return [reason.to_json() for reason in reasons]


def reasons_from_json(items: Iterable[Mapping[str, Any]] | None) -> tuple[Reason, ...]:
    return tuple([Reason.from_json(item) for item in items or ()])


def describe(reason: Reason, language: str | None = None) -> str:
    """The reason in words, in the active language (the languages and nations it names too); pass
    ``language`` (``get_language()``) when describing many: asking Django for it costs more than the rest.

    Remembered per language: putting a reason into words (several gettext calls) costs more than finding
    it again, and many pairs share one. First by the reason object (the engine makes one per distinct
    case and shares it between the pairs of that case; ``Reason`` is frozen and its values only read; the
    entry holds the reason, so that its id is not reused while kept), then by its kind and values (equal
    only for equal values of the same types; values other than numbers and texts are described every time).
    """
    language = language or get_language()
    kept = _DESCRIBED.get((id(reason), language))
    if kept is not None and kept[0] is reason:
        return kept[1]
    values = reason.values
    if all(type(v) in _SCALARS for v in values.values()):
        key = (language, reason.kind, tuple([(name, type(v), v) for name, v in values.items()]))
        text = _DESCRIBED_VALUES.get(key)
    else:  # a list among the values
        key, text = None, None
    if text is None:
        text = _worded(reason)
        if key is not None:
            if len(_DESCRIBED_VALUES) >= DESCRIBED_KEPT:
                _DESCRIBED_VALUES.clear()
            _DESCRIBED_VALUES[key] = text
    if len(_DESCRIBED) >= DESCRIBED_KEPT:
        _DESCRIBED.clear()
    _DESCRIBED[(id(reason), language)] = (reason, text)
    return text


DESCRIBED_KEPT = 20_000
_SCALARS = frozenset([str, int, float, bool, type(None)])
_DESCRIBED: dict[tuple[int, str | None], tuple[Reason, str]] = {}
_DESCRIBED_VALUES: dict[tuple, str] = {}


def _worded(reason: Reason) -> str:
    values = reason.values
    # In English the values stay as the engine gave them (the rank command's output is checked as is).
    if not _english() and ("language" in values or "nationality" in values or "nations" in values):
        values = {**values}
        if isinstance(values.get("language"), str):
            values["language"] = displayed_language(values["language"])
        if isinstance(values.get("nationality"), str):
            values["nationality"] = displayed_nation(values["nationality"])
        if isinstance(values.get("nations"), list):
            values["nations"] = [displayed_nation(n) for n in values["nations"]]
    return _SENTENCES[reason.kind](values)


def _english() -> bool:
    return (get_language() or "en").startswith("en")


def describe_all(reasons: Iterable[Reason]) -> list[str]:
    return [describe(reason) for reason in reasons]


def criterion_label(criterion: str) -> str:
    """The name of a criterion as a line, a chart or an export shows it: "Degree", "Languages"..."""
    return _CRITERION_LABELS[criterion]() if criterion in _CRITERION_LABELS else criterion.capitalize()


_CRITERION_LABELS = {
    "degree": lambda: _("Degree"),
    "experience": lambda: _("Experience"),
    "languages": lambda: _("Languages"),
    "nationality": lambda: _("Nationality"),
    "competencies": lambda: _("Competencies"),
    "desirable": lambda: _("Desirable"),
    "relevance": lambda: _("Relevance"),
}


def duration(months: int) -> str:
    """
    >>> duration(16), duration(36), duration(1)
    ('1 year 4 months', '3 years', '1 month')
    """
    years, rest = divmod(months, 12)
    parts = [ngettext("%(n)d year", "%(n)d years", years) % {"n": years}] if years else []
    if rest or not years:
        parts.append(ngettext("%(n)d month", "%(n)d months", rest) % {"n": rest})
    return " ".join(parts)


def _either(labels: Iterable[str]) -> str:
    """ "a", "a or b", "a or b or c"."""
    text = ""
    for label in labels:
        text = _("%(first)s or %(second)s") % {"first": text, "second": label} if text else label
    return text


def _missing_degree(values: Mapping[str, Any]) -> str:
    return _("Degree: no %(required)s (highest: %(highest)s)") % {
        "required": _(_REQUIREMENT_LABEL[values["required"]]),
        "highest": _(_HIGHEST_LABEL[values["highest"]]),
    }


def _equivalents(values: Mapping[str, Any]) -> str:
    return _either(_(_ALTERNATIVE_LABEL[a]) for a in values["equivalents"])


def _equivalent_to_assess(values: Mapping[str, Any]) -> str:
    return _("%(missing)s; %(equivalents)s may replace it, to be assessed") % {
        "missing": _missing_degree(values),
        "equivalents": _equivalents(values),
    }


def _obtain_degree(values: Mapping[str, Any]) -> str:
    degree = _(_REQUIREMENT_LABEL[values["required"]])
    if values["required"] == "university":
        degree = _("%(degree)s (bachelor or above)") % {"degree": degree}
    if values.get("staff_college"):
        return _("Obtain a %(degree)s or attend a NATO or national military staff college") % {
            "degree": degree
        }
    return _("Obtain a %(degree)s") % {"degree": degree}


def _education_not_stated(values: Mapping[str, Any]) -> str:
    return _("Degree: no education stated (%(required)s required), to be assessed") % {
        "required": _(_REQUIREMENT_LABEL[values["required"]]),
    }


def _add_education(values: Mapping[str, Any]) -> str:
    degree = _(_REQUIREMENT_LABEL[values["required"]])
    if values.get("staff_college"):
        return _(
            "Add your education to your profile: a %(degree)s or a NATO or national military staff college"
            " is required"
        ) % {"degree": degree}
    return _("Add your education to your profile: a %(degree)s is required") % {"degree": degree}


def _below_minimum(values: Mapping[str, Any]) -> str:
    return _("Experience: %(have)s, at least %(required)s required") % {
        "have": duration(values["months"]) if values["months"] else _("none"),
        "required": duration(values["required_months"]),
    }


def _more_experience(values: Mapping[str, Any]) -> str:
    months = values["months"]
    if months % 12 == 0:
        years = months // 12
        return ngettext(
            "You need %(years)d more year of experience", "You need %(years)d more years of experience", years
        ) % {"years": years}
    return _("You need %(duration)s more experience") % {"duration": duration(months)}


def _below(values: Mapping[str, Any], required: str, stated: str) -> str:
    if values["stated"]:
        return _("Languages: %(language)s below %(required)s (%(stated)s stated)") % {
            "language": values["language"], "required": required, "stated": stated,
        }  # fmt: skip
    return _("Languages: %(language)s below %(required)s (not stated)") % {
        "language": values["language"], "required": required,
    }  # fmt: skip


def _below_slp(values: Mapping[str, Any]) -> str:
    return _below(
        values,
        _("SLP %(slp)s") % {"slp": values["required"]},
        _("SLP %(slp)s") % {"slp": values["stated"]},
    )


def _slp_to_assess(values: Mapping[str, Any]) -> str:
    return _(
        "Languages: %(language)s SLP %(required)s required, only NATO level %(stated)s stated"
        " (approximately SLP %(approximate)s per skill by an unofficial bridge)"
    ) % dict(values)


def _bridge(values: Mapping[str, Any], sentence: str) -> str:
    return sentence % dict(values)


def _nations(values: Mapping[str, Any]) -> str:
    return ", ".join(values["nations"])


def _fields(values: Mapping[str, Any]) -> str:
    return _either(values["fields"])


def _condition(values: Mapping[str, Any], sentence: str) -> str:
    return sentence % {
        "context": values["context"],
        "have": duration(values["months"]) if values["months"] else _("none"),
        "required": duration(values["required_months"]),
    }


_SENTENCES = {
    "below_required": _missing_degree,
    "equivalent_to_assess": _equivalent_to_assess,
    "obtain_degree": _obtain_degree,
    "education_not_stated": _education_not_stated,
    "add_education": _add_education,
    "add_equivalent": lambda v: (
        _("Add the details of %(equivalents)s to your profile so that a recruiter can assess it")
        % {"equivalents": _equivalents(v)}
    ),
    "below_minimum": _below_minimum,
    "more_experience": _more_experience,
    "below_level": lambda v: _below(v, v["required"], v["stated"]),
    "below_slp": _below_slp,
    "slp_to_assess": _slp_to_assess,
    "raise_level": lambda v: _("Raise your %(language)s to level %(required)s") % dict(v),
    "raise_slp": lambda v: _("Raise your %(language)s to SLP %(required)s") % dict(v),
    "add_slp": lambda v: _("Add your %(language)s STANAG 6001 profile (SLP)") % dict(v),
    "not_member": lambda v: _("Nationality: %(nationality)s is not a NATO member state") % dict(v),
    "not_stated": lambda v: _("Nationality: not stated; only nationals of NATO member states may apply"),
    "member_only": lambda v: _("Only nationals of NATO member states may apply"),
    "level_below_slp": lambda v: _bridge(
        v,
        _(
            "Languages: %(language)s SLP %(required)s required, NATO level %(stated)s stated"
            " (approximately SLP %(approximate)s per skill by an unofficial bridge: clearly below)"
        ),
    ),
    "slp_by_bridge": lambda v: _bridge(
        v,
        _(
            "Languages: %(language)s NATO level %(stated)s meets SLP %(required)s by the approximate bridge"
            " (about SLP %(approximate)s per skill)"
        ),
    ),
    "field_unrelated": lambda v: (
        _("Degree: %(field)s is not a field asked (%(fields)s)") % {"field": v["field"], "fields": _fields(v)}
    ),
    "field_to_assess": lambda v: (
        _("Degree: %(field)s may be related to the field asked (%(fields)s), to be assessed")
        % {"field": v["field"], "fields": _fields(v)}
    ),
    "field_unread": lambda v: (
        _("Degree: %(field)s, to be read against the field asked (%(fields)s)")
        % {"field": v["field"], "fields": _fields(v)}
    ),
    "field_not_stated": lambda v: (
        _("Degree: field of study not stated; the notice asks for %(fields)s") % {"fields": _fields(v)}
    ),
    "obtain_field": lambda v: _("Obtain a degree in %(fields)s") % {"fields": _fields(v)},
    "training_to_assess": lambda v: (
        _(
            "Experience: %(have)s as a professional and %(training)s as an intern or a student,"
            " %(required)s required; whether the internships count, to be assessed"
        )
        % {
            "have": duration(v["months"]) if v["months"] else _("none"),
            "training": duration(v["training_months"]),
            "required": duration(v["required_months"]),
        }
    ),
    "condition_below": lambda v: _condition(
        v, _("Experience (%(context)s): %(have)s, at least %(required)s required")
    ),
    "condition_to_assess": lambda v: _condition(
        v,
        _(
            "Experience (%(context)s): %(have)s shown, %(required)s required; entries that say too little"
            " could meet it, to be assessed"
        ),
    ),
    "more_condition": lambda v: (
        _("You need %(duration)s more experience (%(context)s)")
        % {"duration": duration(v["months"]), "context": v["context"]}
    ),
    "not_named": lambda v: (
        _("Nationality: %(nationality)s is not among the nations named (%(nations)s)")
        % {"nationality": v["nationality"], "nations": _nations(v)}
    ),
    "not_stated_named": lambda v: (
        _("Nationality: not stated; only nationals of %(nations)s may apply") % {"nations": _nations(v)}
    ),
    "named_only": lambda v: _("Only nationals of %(nations)s may apply") % {"nations": _nations(v)},
    "text": lambda v: v["text"],
}
