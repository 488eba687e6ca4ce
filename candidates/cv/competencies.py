"""NATO competencies a CV names explicitly, with the behaviour written beside each, matched to a rung.

A competency is proposed only where the CV names it by a ladder's name or alias ("Analytical Thinking:
sees multiple relationships", a bullet, a sidebar, a run-on paragraph "Teamwork – solicits inputs;
Initiative – acts up to 2 months ahead"): in the competencies section, or on a line that starts with the
name followed by ":", "–" or "(". The text after the name, up to the next name, is matched to the ladder's
rungs (``candidates.profile.resolve_rung``); when it matches none, the text is kept as ``level_text`` and
no rung is given. The line is the evidence. Nothing is inferred from prose.
"""

from __future__ import annotations

import re

from reference.data import ReferenceData

from ..profile import resolve_rung
from .proposal import ProposedCompetency


def _name_pattern(reference: ReferenceData) -> re.Pattern[str]:
    names = [*reference.competency_ladders, *reference.competency_aliases]
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)


def competencies(
    section: list[str], everything: list[str], reference: ReferenceData
) -> tuple[ProposedCompetency, ...]:
    pattern = _name_pattern(reference)
    starts = re.compile(rf"^\W*{pattern.pattern}\s*(?::|–|—|-|\()", re.IGNORECASE)
    in_section = set(section)
    lines = section + [line for line in everything if line not in in_section and starts.match(line)]
    found: dict[str, ProposedCompetency] = {}
    for line in lines:
        matches = list(pattern.finditer(line))
        for n, match in enumerate(matches):
            stop = matches[n + 1].start() if n + 1 < len(matches) else len(line)
            text = line[match.end() : stop].strip(" :–—-()|;,.")
            name = reference.canonical_competency(" ".join(match[1].split()))
            if not name or name in found:
                continue
            ladder = reference.competency_ladders.get(name, ())
            rung = resolve_rung(ladder, text) if text and ladder else None
            if rung is None and not text:
                continue
            found[name] = ProposedCompetency(name, rung, text, line)
    return tuple(found.values())
