"""Nationality: whether the notice restricts the post to nationals of member (or participating) nations."""

from __future__ import annotations

import re

_I = re.IGNORECASE

_NATIONALITY = re.compile(
    r"\bonly\b[^.]{0,80}\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?(?:NATO|member|participating|"
    r"allied|contributing)"
    r"|\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?NATO\s+member\s+(?:states|countries|nations)\s+only"
    r"|\bopen\s+(?:only\s+)?to\s+(?:the\s+)?(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:\d+\s+)?"
    r"(?:NATO|member|participating)"
    r"|\bmust\s+(?:be\s+)?(?:a\s+)?(?:nationals?|citizens?)\s+of\s+(?:a|one of the)\s+(?:\d+\s+)?(?:NATO|member|participating)"
    r"|\bmust\s+(?:hold|have)\s+(?:the\s+)?(?:citizenship|nationality)\s+of\s+(?:a|one of the)\s+(?:NATO|member)"
    r"|\brestricted\s+to\s+(?:the\s+)?(?:nationals?|citizens?)"
    r"|\b(?:nationality|citizenship)\s*:\s*(?:NATO|member)"
    r"|\beligib\w*\b[^.]{0,40}\b(?:nationals?|citizens?)\s+of\s+(?:the\s+)?(?:NATO|member|participating)"
    # "applications will only be accepted from nationals of the following countries which contribute ..."
    r"|\bonly\b[^.]{0,60}\b(?:nationals?|citizens?)\s+of\s+the\s+following\s+(?:countries|nations|states)",
    _I,
)


def find_nationality(lines: list[str]) -> tuple[bool, str | None]:
    for line in lines:
        if _NATIONALITY.search(line):
            return True, line
    return False, None
