"""Skills and summary: what the CV's own Skills (Compétences, Kenntnisse, Digital skills) and Profile
sections say, as written."""

from __future__ import annotations

import re

from .lines import unbulleted

# An item longer than this is a sentence, not a skill.
MAX_SKILL_LENGTH = 80
MAX_SUMMARY_LENGTH = 1000


def skills(lines: list[str]) -> tuple[str, ...]:
    """Items split on commas, semicolons, bullets and lines; a "Label | items" row gives its items."""
    found: dict[str, str] = {}
    for line in lines:
        line = unbulleted(line)
        label, bar, items = line.partition(" | ")
        if bar and len(label) < 40 and re.search(r"skills|compétences|kenntnisse|competenc", label, re.I):
            line = items
        for item in re.split(r"[,;|•·▪]\s*|\s+-\s+", line):
            item = item.strip(" .:-")
            if item and len(item) <= MAX_SKILL_LENGTH:
                found.setdefault(item.casefold(), item)
    return tuple(found.values())


_SKILLS_LABEL = re.compile(
    r"^(?:(?:job-related|digital|computer|it|technical|organisational|communication|other) skills"
    r"|compétences (?:informatiques|numériques|techniques)|edv-kenntnisse)\s*(?:\||:)\s*",
    re.IGNORECASE,
)


def labelled_skills(lines: list[str]) -> list[str]:
    """Skills given on a labelled row outside a Skills section ("Job-related skills | ...", Europass)."""
    return [_SKILLS_LABEL.sub("", line) for line in lines if _SKILLS_LABEL.match(line)]


def summary(lines: list[str]) -> str | None:
    text = " ".join(unbulleted(line) for line in lines).strip()
    return text[:MAX_SUMMARY_LENGTH] or None
