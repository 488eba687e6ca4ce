"""An English and a French notice of one vacancy: what both must say, compared in one form (issue 19, point 4).

Pure functions on the ``parse_vacancy --json`` form; ``vacancies.services.find_twin`` uses them to recognise
a notice's twin, the review page to show where the two disagree.

>>> twin_disagreements({"grade": "A.2", "degree": {"level": "master"}}, {"grade": "A.2", "degree": {"level": "university"}})
['degree.level']
"""

from __future__ import annotations

# What the two notices of one vacancy must both say when no reference number pairs them, and what the
# review page compares between them: the fields that do not depend on the notice's language.
TWIN_KEYS = ("grade", "deadline", "location")
COMPARED_FIELDS = (
    "grade", "deadline", "location", "clearance", "nationality_restricted", "nationalities", "degree.level",
    "degree.alternatives", "degree.fields_required", "min_years_experience", "experience_years",
    "languages.rule", "languages.high", "languages.low", "languages.requirements", "languages.stanag",
    "competencies",
)  # fmt: skip


def compared(parsed: dict, name: str):
    """A field of a parse in the form two languages' parses are compared in."""
    degree, languages = parsed.get("degree") or {}, parsed.get("languages") or {}
    values = {
        "degree.level": degree.get("level"),
        "degree.alternatives": sorted(degree.get("alternatives") or []),
        "degree.fields_required": bool(degree.get("fields_required")),
        "experience_years": sorted(c.get("years") for c in parsed.get("experience_conditions") or []),
        "languages.rule": languages.get("rule"),
        "languages.high": languages.get("high"),
        "languages.low": languages.get("low"),
        "languages.requirements": sorted(
            (r.get("language"), r.get("level")) for r in languages.get("requirements") or []
        ),
        "languages.stanag": sorted((s.get("language"), s.get("slp")) for s in languages.get("stanag") or []),
        "competencies": sorted((c.get("name"), c.get("rung")) for c in parsed.get("competencies") or []),
        "nationalities": sorted(parsed.get("nationalities") or []),
        # The place in English: "Bruxelles, Belgique" and "Brussels, Belgium" are one place (parses made
        # before ``place`` have only ``location``, in English).
        "location": parsed.get("place") or parsed.get("location"),
    }
    return values[name] if name in values else parsed.get(name)


def twin_disagreements(first: dict, second: dict) -> list[str]:
    """The fields (``COMPARED_FIELDS`` names) on which two languages' parses of one notice differ."""
    return [name for name in COMPARED_FIELDS if compared(first, name) != compared(second, name)]
