"""NATO competencies a CV names explicitly, with the behaviour written beside each, matched to a rung.

A competency is proposed only where the CV names it by a ladder's name or alias ("Analytical Thinking:
sees multiple relationships", a bullet, a sidebar, a run-on paragraph "Teamwork – solicits inputs;
Initiative – acts up to 2 months ahead"): in the competencies section, or on a line that starts with the
name followed by ":", "–" or "(". The text after the name, up to the next name, is matched to the ladder's
rungs (``candidates.profile.resolve_rung``); when it matches none, the text is kept as ``level_text`` and
no rung is given. The line is the evidence. Nothing is inferred from prose.

Under a competencies heading, a line may give the behaviours alone ("Sees multiple relationships ·
Solicits inputs and encourages others"): a behaviour written as one ladder's rung (or two rungs of one
ladder joined by "and"), nearly word for word, names that ladder. A behaviour that two ladders share, or
that is only like a rung, names none.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, utils

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
    # The name first, or in a bracket after the CV's own words for it ("Mendim analitik (Analytical
    # Thinking): ...", "Pensée analytique (Analytical Thinking) –").
    starts = re.compile(
        rf"^\W*(?:[^\W\d_][^():|]{{0,40}}\(\s*{pattern.pattern}\s*\)|{pattern.pattern})\s*(?::|–|—|-|\()",
        re.IGNORECASE,
    )
    in_section = set(section)
    lines = section + [line for line in everything if line not in in_section and starts.match(line)]
    found: dict[str, ProposedCompetency] = {}
    for line in lines:
        matches = list(pattern.finditer(line))
        for n, match in enumerate(matches):
            stop = matches[n + 1].start() if n + 1 < len(matches) else len(line)
            text = line[match.end() : stop].strip(" :–—-()|;,.·•▪")
            name = reference.canonical_competency(" ".join(match[1].split()))
            if not name or name in found:
                continue
            if re.match(r"\s+[^\W\d_A-Z]", line[match.end() :]):
                continue  # the words of a phrase run on ("Team leadership in deployed headquarters"): no name
            ladder = reference.competency_ladders.get(name, ())
            rung = resolve_rung(ladder, text) if text and ladder else None
            if rung is None and not text and (line not in in_section or len(matches) < 2):
                continue
            # Under its heading a list of names alone ("Analytical Thinking; Teamwork; Initiative") gives
            # competencies the CV names, with no behaviour to give them a rung; one name alone on its line
            # may head a functional résumé's part ("Leadership").
            found[name] = ProposedCompetency(name, rung, text, line)
        if not matches and line in in_section:
            for behaviour in _ITEM_SPLIT.split(line):
                named = _ladder_of(behaviour.strip(" .-–—"), reference)
                if named and named[0] not in found:
                    found[named[0]] = ProposedCompetency(named[0], named[1], behaviour.strip(" .-–—"), line)
    return tuple(found.values())


_ITEM_SPLIT = re.compile(r"\s*[·•;|▪]\s*|\s+[–—]\s+")
# How close a behaviour must be to a rung's words to name its ladder (rapidfuzz ratio, 0-100).
BEHAVIOUR_SIMILARITY = 90
MAX_BEHAVIOUR_WORDS = 12


def _ladder_of(behaviour: str, reference: ReferenceData) -> tuple[str, int] | None:
    """(ladder, rung) that a behaviour written alone names; None when none or several do.

    >>> from reference.data import DEFAULT_REFERENCE as R
    >>> _ladder_of("Solicits inputs and encourages others", R), _ladder_of("Good team player", R)
    (('Teamwork', 4), None)
    """
    if not behaviour or len(behaviour.split()) > MAX_BEHAVIOUR_WORDS:
        return None
    whole = utils.default_process(behaviour)
    halves = [utils.default_process(h) for h in re.split(r"\s+(?:and|&|et|und)\s+|,\s*", behaviour)]
    named = []
    for ladder, rungs in reference.competency_ladders.items():
        processed = [utils.default_process(rung) for rung in rungs]
        rung = _rung(whole, processed)
        found = [_rung(half, processed) for half in halves if half]
        if rung is None and found and None not in found:
            rung = max(found)  # two rungs joined: the higher one counts
        if rung is not None:
            named.append((ladder, rung))
    return named[0] if len(named) == 1 else None


def _rung(text: str, rungs: list[str]) -> int | None:
    scores = [fuzz.ratio(text, rung) for rung in rungs]
    best = max(scores, default=0.0)
    return scores.index(best) + 1 if best >= BEHAVIOUR_SIMILARITY else None
