"""Stored reasons become data: each unmet, to-assess and hint line becomes a Reason's JSON.

The lines were written by engine version 2, whose sentences are known exactly, so they are read back
here once, with the labels as they were, and every result keeps being shown (and fresh) without a
rescore of every pair: the engine's scores and verdicts did not change, only how reasons are stored.
A line that is not one of those sentences keeps its words as a ``text`` reason (criterion from its
"Criterion:" prefix when it has one). Going back writes the sentences again with ``describe``.
"""

import re

from django.db import migrations

BATCH = 2000

# The labels of engine version 2, frozen here: later changes to the wording must not change this.
REQUIREMENT = {
    "no degree": "none", "secondary education": "secondary", "bachelor's degree": "bachelor",
    "master's degree": "master", "doctorate": "doctorate", "university degree": "university",
}  # fmt: skip
HIGHEST = {"none stated": "none", "secondary": "secondary", "bachelor's": "bachelor", "master's": "master",
           "doctorate": "doctorate"}  # fmt: skip
EQUIVALENT = {
    "an equivalent level of qualification": "equivalent_qualification",
    "equivalent relevant professional experience": "equivalent_experience",
}
PREFIXES = {"Degree": "degree", "Experience": "experience", "Languages": "languages", "Nationality": "nationality"}

_MISSING = r"Degree: no (?P<required>.+?) \(highest: (?P<highest>[^)]+)\)"
_LEVEL = r"(?:I|II|III|IV|V|VI)"
# (criterion, kind, pattern), tried in this order: the first that matches the whole line wins.
PATTERNS = [
    ("degree", "equivalent_to_assess", _MISSING + r"; (?P<equivalents>.+) may replace it, to be assessed"),
    ("degree", "below_required", _MISSING),
    ("degree", "obtain_degree",
     r"Obtain a (?P<required>.+?)(?: \(bachelor or above\))?"
     r"(?P<staff_college> or attend a NATO or national military staff college)?"),
    ("degree", "add_equivalent",
     r"Add the details of (?P<equivalents>.+) to your profile so that a recruiter can assess it"),
    ("experience", "below_minimum", r"Experience: (?P<months>.+), at least (?P<required_months>.+) required"),
    ("experience", "more_experience", r"You need (?P<years>\d+) more years? of experience"),
    ("experience", "more_experience", r"You need (?P<months>.+) more experience"),
    ("languages", "below_slp",
     r"Languages: (?P<language>.+) below SLP (?P<required>\S+) \((?:SLP (?P<stated>\S+) stated|not stated)\)"),
    ("languages", "below_level",
     rf"Languages: (?P<language>.+) below (?P<required>{_LEVEL}) \((?:(?P<stated>{_LEVEL}) stated|not stated)\)"),
    ("languages", "slp_to_assess",
     rf"Languages: (?P<language>.+) SLP (?P<required>\S+) required, only NATO level (?P<stated>{_LEVEL}) stated"
     r" \(approximately SLP (?P<approximate>\d+) per skill by an unofficial bridge\)"),
    ("languages", "raise_level", rf"Raise your (?P<language>.+) to level (?P<required>{_LEVEL})"),
    ("languages", "raise_slp", r"Raise your (?P<language>.+) to SLP (?P<required>\S+)"),
    ("languages", "add_slp", r"Add your (?P<language>.+) STANAG 6001 profile \(SLP\)"),
    ("nationality", "not_stated", r"Nationality: not stated; only nationals of NATO member states may apply"),
    ("nationality", "not_member", r"Nationality: (?P<nationality>.+) is not a NATO member state"),
    ("nationality", "member_only", r"Only nationals of NATO member states may apply"),
]  # fmt: skip
COMPILED = [(criterion, kind, re.compile(pattern)) for criterion, kind, pattern in PATTERNS]
_DURATION = re.compile(r"(?:(?P<years>\d+) years?)?\s*(?:(?P<months>\d+) months?)?")


def _months(text: str) -> int:
    """ "1 year 4 months" -> 16; "none" -> 0."""
    if text == "none":
        return 0
    match = _DURATION.fullmatch(text)
    if not match or not text:
        raise ValueError(text)
    return 12 * int(match["years"] or 0) + int(match["months"] or 0)


def _values(kind: str, found: dict) -> dict:
    if kind in ("below_required", "equivalent_to_assess"):
        values = {"required": REQUIREMENT[found["required"]], "highest": HIGHEST[found["highest"]]}
        if kind == "equivalent_to_assess":
            values["equivalents"] = [EQUIVALENT[e] for e in found["equivalents"].split(" or ")]
        return values
    if kind == "obtain_degree":
        return {"required": REQUIREMENT[found["required"]], "staff_college": bool(found["staff_college"])}
    if kind == "add_equivalent":
        return {"equivalents": [EQUIVALENT[e] for e in found["equivalents"].split(" or ")]}
    if kind == "below_minimum":
        return {"months": _months(found["months"]), "required_months": _months(found["required_months"])}
    if kind == "more_experience":
        return {"months": 12 * int(found["years"]) if found.get("years") else _months(found["months"])}
    if kind == "slp_to_assess":
        return {**found, "approximate": int(found["approximate"])}
    return found


def reason_of_line(line):
    """One stored line as a Reason's JSON; a dict (already converted) is returned as it is."""
    if not isinstance(line, str):
        return line
    for criterion, kind, pattern in COMPILED:
        match = pattern.fullmatch(line)
        if match:
            try:
                return {"criterion": criterion, "kind": kind, "values": _values(kind, match.groupdict())}
            except (KeyError, ValueError):
                continue
    prefix = line.split(":", 1)[0] if ":" in line else ""
    return {"criterion": PREFIXES.get(prefix, prefix.lower()), "kind": "text", "values": {"text": line}}


def _convert(apps, convert_line):
    MatchResult = apps.get_model("matching", "MatchResult")
    rows = MatchResult.objects.exclude(unmet=[], to_assess=[], hints=[]).only("unmet", "to_assess", "hints")
    batch = []
    for row in rows.iterator(chunk_size=BATCH):
        row.unmet = [convert_line(line) for line in row.unmet]
        row.to_assess = [convert_line(line) for line in row.to_assess]
        row.hints = [convert_line(line) for line in row.hints]
        batch.append(row)
        if len(batch) >= BATCH:
            MatchResult.objects.bulk_update(batch, ["unmet", "to_assess", "hints"])
            batch = []
    MatchResult.objects.bulk_update(batch, ["unmet", "to_assess", "hints"])


def to_data(apps, schema_editor):
    _convert(apps, reason_of_line)


def to_words(apps, schema_editor):
    from matching.reasons import Reason, describe

    _convert(apps, lambda item: item if isinstance(item, str) else describe(Reason.from_json(item)))


class Migration(migrations.Migration):
    dependencies = [
        ("matching", "0003_match_freshness_index"),
    ]

    operations = [
        migrations.RunPython(to_data, to_words),
    ]
