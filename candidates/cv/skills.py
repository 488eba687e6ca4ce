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


def summary(lines: list[str]) -> str | None:
    text = " ".join(unbulleted(line) for line in lines).strip()
    return text[:MAX_SUMMARY_LENGTH] or None
