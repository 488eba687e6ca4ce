"""Posts held, read around their dates as a person reads a CV.

Each period (``dates.periods``) starts an entry. Its title and organisation are, in this order of trust:

1. the values of labelled rows ("Occupation or position held | ...", "Name of employer | ...", Europass);
2. the columns of a table whose header names them ("Organisation | Title | Dates", "From | To | Position |
   Employer");
3. the rest of the period's line ("Nov 2022 – Present | SO1 Plans, Headquarters ARRC, Innsworth"), with
   the line after it as the organisation when the line holds the title alone;
4. for a period alone on its line, the one or two short lines next to it: above it when the section's first
   post is written that way (title, organisation, then dates), else below it.

Title or organisation: the line or part that names a body ("Ministry", "Agency", "Command", "GmbH",
"Ministère", "Bundesamt", ...) is the organisation, the other the title; by default the title comes first.
The organisation is the body alone: its first comma part, without the unit after a comma or the town after
a dash ("European Defence Agency, Capability Directorate, Brussels" -> "European Defence Agency"). A title
is kept whole ("Staff Officer, Joint Exercise Division"), or up to the organisation on a shared line.
Lines that are neither (bullets, sentences) are the description. An entry without a title is dropped.
"""

from __future__ import annotations

import re

from .dates import Period, periods
from .lines import heading, unbulleted
from .proposal import ProposedExperience

_STRONG_ORG = (
    r"ministry|minist[èe]re|ministerium|ministerio|ministero|ministério|ministerstvo|ministerstwo|agency|agence"
    r"|agentur|agencia|agenzia|command|commandement|kommando|comando|mando|headquarters|hq|cuartel|quartier"
    r"|centre|center|zentrum|centro|university|université|universität|universidad|università|universidade"
    r"|college|institute|institut|instituto|istituto|forces?|army|armée|armee|ejército|esercito|navy|marine"
    r"|marina|corps|korps|regiment|régiment|reggimento|regimiento|brigade|brigada|brigata|battalion|bataillon"
    r"|batallón|battaglione|wing|squadron|escadron|fleet|bundeswehr|bundesamt|bundesministerium|amt"
    r"|delegation|délégation|mission|embassy|ambassade|botschaft|council|conseil|commission|parliament"
    r"|government|gouvernement|authority|autorité|bank|banque|group|groupe|gmbh|ag|s\.?a\.?|s\.?p\.?a\.?"
    r"|s\.?r\.?l\.?|ltd|limited|inc|llc|plc|d\.o\.o\.?|s\.r\.o\.?|a\.s\.?|as|oy|ab|nv|bv|kg|foundation"
    r"|stiftung|fondation|fundación|company|corporation|nato|otan|osce|cabinet|tv|television|radio|police"
    r"|polizei|gendarmerie|court|tribunal|school|academy|académie|akademie|laboratory|laboratoire|hospital"
    r"|airlines|état-major|estado mayor|stato maggiore|general staff|international staff|services|presence"
    r"|représentation|representation|division|directorate|direction|dirección|direzione|direktion"
    r"|department|département|departamento|office|bureau|staff|branch|section|unit"
)
_TITLE = (
    r"officer|officier|oficial|ufficiale|offizier|analyst|analyste|analista|engineer|ingénieur|ingenieur"
    r"|ingeniero|ingegnere|manager|head|chief|chef|jefe|jefa|capo|leiter|leiterin|adviser|advisor|conseiller"
    r"|conseillère|berater|beraterin|asesor|asesora|consigliere|director|directeur|directrice|direktor"
    r"|assistant|assistante|assistent|assistentin|asistente|assistente|specialist|spécialiste|spezialist"
    r"|especialista|researcher|chercheur|chercheuse|forscher|investigador|ricercatore|planner|commander"
    r"|commandant|kommandeur|comandante|coordinator|coordinateur|coordinatrice|koordinator|coordinador"
    r"|secretary|secrétaire|sekretär|secretario|editor|rédacteur|rédactrice|redakteur|accountant|comptable"
    r"|consultant|auditor|auditeur|auditrice|fellow|journalist|journaliste|intern|stagiaire|praktikant"
    r"|trainee|expert|experte|lead|deputy|adjoint|adjointe|juriste|jurist|lawyer|avocat|avocate|abogado"
    r"|abogada|avvocato|referent|referentin|mitarbeiter|mitarbeiterin|controller|attaché|counsellor|clerk"
    r"|professor|lecturer|instructor|pilot|developer|architect|administrator|representative|spokesperson"
    r"|programmer|scientist|so[123]|stabsoffizier|kompaniechef|commanding|coordinating|associate|partner"
    r"|programmleiter|teamleiter|sachbearbeiter|officer in charge|manager"
)
_ORG_WORD = re.compile(rf"(?<![\w-])(?:{_STRONG_ORG})(?![\w-])", re.IGNORECASE)
_TITLE_WORD = re.compile(rf"(?<![\w-])(?:{_TITLE})(?![\w-])", re.IGNORECASE)
_WEAK_ORG = re.compile(
    r"(?<![\w-])(?:division|directorate|direction|dirección|direzione|direktion|department|département"
    r"|departamento|office|bureau|staff|branch|section|unit|services)(?![\w-])",
    re.IGNORECASE,
)

_TITLE_LABEL = re.compile(
    r"^(?:occupation or position held|position held|position|job title|title|post|role|appointment|function"
    r"|poste(?: occupé)?|fonction|intitulé du poste|funktion|position/funktion|cargo|puesto|ruolo|posizione"
    r"|função|stanowisko)\s*(?::|\|)\s*",
    re.IGNORECASE,
)
_ORG_LABEL = re.compile(
    r"^(?:name (?:and address )?of employer|employer|employeur|organisation|organization|company|unit"
    r"|arbeitgeber|empresa|empleador|datore di lavoro|entidade empregadora|pracodawca)\s*(?::|\|)\s*",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^(?:dates?|period|periode|période|zeitraum|periodo|período|from|to|von|bis|de|du|au|years?|année)$",
    re.IGNORECASE,
)
_COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "date",
        re.compile(r"dates?|period|période|zeitraum|periodo|período|from|to|von|bis|du|au|years?", re.I),
    ),
    (
        "title",
        re.compile(
            r"title|position|post|role|appointment|function|poste|fonction|funktion|cargo|puesto"
            r"|ruolo|rank",
            re.I,
        ),
    ),  # fmt: skip
    (
        "organisation",
        re.compile(
            r"organi[sz]ation|employer|employeur|company|unit|unité|einheit|arbeitgeber"
            r"|empresa|organismo|institution|entreprise|body",
            re.I,
        ),
    ),  # fmt: skip
)
_SEPARATORS = re.compile(r"\s+\|\s+|\s*\|\s*|\s+—\s+")
_AT = re.compile(r"\s+(?:at|chez|auprès d[eu]|bei|en|presso|na|w)\s+(?=[A-ZÀ-Þ])")
# A line longer than this is a sentence, not a title or an organisation; a line with its period, a title
# and an organisation may be longer.
MAX_HEADER_LENGTH = 160
MAX_POST_LENGTH = 320


def experience(lines: list[str]) -> tuple[ProposedExperience, ...]:
    lines = _unwrap_date_column([line for line in lines if line and not heading(line)])
    anchors = _anchors(lines)
    if not anchors:
        return ()
    used = {i for i, _ in anchors}
    columns = _column_roles(lines, anchors)
    above = _titles_above(lines, anchors)
    entries = []
    for n, (i, period) in enumerate(anchors):
        limit_before = anchors[n - 1][0] if n else -1
        limit_after = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        title, organisation, taken = _post(lines, i, period, columns, above, limit_before, limit_after, used)
        used |= taken
        entries.append((i, period, title, organisation))
    proposals = []
    for n, (i, period, title, organisation) in enumerate(entries):
        stop = entries[n + 1][0] if n + 1 < len(entries) else len(lines)
        description = [unbulleted(lines[k]) for k in range(i + 1, stop) if k not in used]
        if title:
            proposals.append(
                ProposedExperience(title, organisation, period.start, period.end, "\n".join(description))
            )
    return tuple(proposals)


_DATE_CELL = re.compile(r"^(?P<date>[^|]{4,30}?)\s*\|\s*(?P<dash>[–—-])?\s*(?P<rest>.*)$")


def _unwrap_date_column(lines: list[str]) -> list[str]:
    """A period wrapped in a narrow date column ("03/2018 | – Officer" over "present | Ministry ...") is
    put back on one line: "03/2018 – present | Officer", then "Ministry ..."."""
    joined = list(lines)
    for i in range(len(joined) - 1):
        first, second = _DATE_CELL.match(joined[i]), _DATE_CELL.match(joined[i + 1])
        if not (first and second and first["dash"] and not second["dash"]) or periods(joined[i]):
            continue
        candidate = f"{first['date']} – {second['date']}"
        found = periods(candidate)
        if found and found[0].begin == 0 and found[0].stop >= len(candidate) - 1:
            joined[i], joined[i + 1] = f"{candidate} | {first['rest']}", second["rest"]
    return [line for line in joined if line]


def _anchors(lines: list[str]) -> list[tuple[int, Period]]:
    """(line, its first period) for every line with a period; a bilingual line's second period is the same."""
    anchors = []
    for i, line in enumerate(lines):
        found = periods(line)
        if found and not _is_sentence(line, found[0]):
            anchors.append((i, found[0]))
    return anchors


def _is_sentence(line: str, period: Period) -> bool:
    """A period inside prose ("... the 2015 – 2017 review.") starts no entry."""
    rest = _without(line, period)
    return len(rest) > MAX_POST_LENGTH or (rest.endswith(".") and len(rest.split()) > 12)


def _without(line: str, period: Period) -> str:
    rest = line[: period.begin] + " " + line[period.stop :]
    for other in periods(rest):
        rest = rest[: other.begin] + " " + rest[other.stop :]
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    return " ".join(rest.split()).strip(" ,|:–—-/")


def _column_roles(lines: list[str], anchors: list[tuple[int, Period]]) -> dict[int, tuple[str, ...]]:
    """Anchor line -> the roles of its cells, from the nearest table header above it."""
    roles: dict[int, tuple[str, ...]] = {}
    header: tuple[str, ...] | None = None
    anchor_lines = {i for i, _ in anchors}
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.split("|")]
        named = [_role(cell) for cell in cells]
        if len(cells) >= 2 and all(named) and i not in anchor_lines:
            header = tuple(named)  # type: ignore[arg-type]
        elif i in anchor_lines and header and len(cells) == len(header):
            roles[i] = header
    return roles


def _role(cell: str) -> str | None:
    for role, pattern in _COLUMN_ROLES:
        if pattern.fullmatch(cell.strip(" :")):
            return role
    return None


def _titles_above(lines: list[str], anchors: list[tuple[int, Period]]) -> bool:
    """Whether posts are written title (and organisation) first, dates after: read from the first post whose
    dates stand alone on their line."""
    for i, period in anchors:
        if _without(lines[i], period) and not _DATE_LABEL.fullmatch(_without(lines[i], period)):
            continue
        return i > 0 and _header_like(lines[i - 1]) and (i - 1) not in {a for a, _ in anchors}
    return False


def _header_like(line: str) -> bool:
    text = unbulleted(line)
    return (
        text == line
        and 0 < len(line) <= MAX_HEADER_LENGTH
        and not line.rstrip().endswith(".")
        and not heading(line)
        and not periods(line)
    )


def _post(lines, i, period, columns, above, limit_before, limit_after, used):
    """(title, organisation, lines used) of the entry whose period is on line ``i``."""
    line = lines[i]
    taken: set[int] = set()
    title = organisation = ""
    # 1. Labelled rows near the period (Europass).
    for k in range(max(limit_before + 1, i - 3), min(limit_after, i + 4)):
        if k in used or k == i:
            continue
        if match := _TITLE_LABEL.match(lines[k]):
            title, taken = lines[k][match.end() :].strip(), taken | {k}
        elif match := _ORG_LABEL.match(lines[k]):
            organisation, taken = _body(lines[k][match.end() :]), taken | {k}
    if title:
        return title, organisation, taken
    # 2. A table with named columns.
    if i in columns:
        cells = [c.strip() for c in line.split("|")]
        by_role = {role: cell for role, cell in zip(columns[i], cells) if role != "date"}
        if by_role.get("title"):
            return by_role["title"], _body(by_role.get("organisation", "")), taken
    # 3. The period's own line.
    rest = _without(line, period)
    if rest and not _DATE_LABEL.fullmatch(rest):
        after = i + 1
        below = (
            lines[after]
            if after < limit_after
            and after not in used
            and _header_like(lines[after])
            and not _TITLE_LABEL.match(lines[after])
            else ""
        )
        if below and _kind(below) == "organisation" and _kind(rest) != "organisation":
            return rest.strip(" ,|"), _body(below), {after}  # the title on the period's line, the body below
        title, organisation = _split_post(rest)
        if not organisation and below:
            organisation, taken = _body(below), {after}
        return title, organisation, taken
    # 4. Lines next to a period alone.
    if above:
        near = []
        for k in range(i - 1, max(limit_before, i - 4), -1):
            if k in used or not _header_like(lines[k]):
                break
            near.insert(0, k)
        if len(near) == 3 and _kind(lines[near[1]]) == "title" and _kind(lines[near[0]]) != "title":
            near = near[1:]  # the line above the title ends the post before
    else:
        near = [k for k in (i + 1, i + 2) if k < limit_after and k not in used]
        header = []
        for k in near:
            if not _header_like(lines[k]):
                break
            header.append(k)
        near = header
    if not near:
        return "", "", taken
    texts = [lines[k] for k in near]
    if len(texts) == 1:
        title, organisation = _split_post(texts[0])
    else:
        first, second = texts[:2]  # a third line goes on with the organisation's unit and town
        if _kind(first) == "organisation" and _kind(second) == "title":
            first, second = second, first
        title, organisation = first, _body(second)
    return title, organisation, set(near)


def _kind(text: str) -> str:
    has_org = bool(_ORG_WORD.search(text)) and not _only_weak(text)
    has_title = bool(_TITLE_WORD.search(text))
    if has_org and not has_title:
        return "organisation"
    if has_title and not has_org:
        return "title"
    return ""


def _only_weak(text: str) -> bool:
    return all(_WEAK_ORG.fullmatch(m[0]) for m in _ORG_WORD.finditer(text))


def _split_post(text: str) -> tuple[str, str]:
    """Title and organisation from one line.

    >>> _split_post("Senior Policy Officer, NATO Headquarters, Brussels")
    ('Senior Policy Officer', 'NATO Headquarters')
    >>> _split_post("Defence Analyst at Ministry of Defence")
    ('Defence Analyst', 'Ministry of Defence')
    """
    text = text.strip(" ,|:–—-")
    cells = [c for c in _SEPARATORS.split(text) if c.strip(" ,")]
    if len(cells) >= 2:
        if _kind(cells[0]) == "organisation" and _kind(cells[1]) != "organisation":
            return cells[1].strip(" ,"), _body(cells[0])
        return cells[0].strip(" ,"), _body(cells[1])
    at = _AT.search(text)
    if at and _ORG_WORD.search(text[at.end() :]):
        return text[: at.start()].strip(" ,"), _body(text[at.end() :])
    parts = [p.strip() for p in re.split(r",\s+", text) if p.strip()]
    for n, part in enumerate(parts[1:], start=1):
        if _ORG_WORD.search(part) and not _only_weak(part):
            return ", ".join(parts[:n]), _body(", ".join(parts[n:]))
    # " – " between a title and a body ("Policy Officer – European Defence Agency, Directorate").
    dashed = re.split(r"\s+[–—-]\s+", parts[0], maxsplit=1)
    if len(dashed) == 2 and _ORG_WORD.search(dashed[1]) and not _only_weak(dashed[1]):
        return dashed[0], _body(dashed[1])
    for n, part in enumerate(parts[1:], start=1):
        if _ORG_WORD.search(part):
            return ", ".join(parts[:n]), _body(", ".join(parts[n:]))
    # "Network Security Analyst, Telecom Italia, Milan": a title, then a name that is no title.
    if len(parts) >= 2 and _TITLE_WORD.search(parts[0]) and not _TITLE_WORD.search(parts[1]):
        return parts[0], _body(parts[1])
    return text, ""


def _body(text: str) -> str:
    """The employing body alone: no unit after a comma, no town after a dash.

    >>> _body("Booz Allen Hamilton, Defense & Intelligence Group — Arlington, VA")
    'Booz Allen Hamilton'
    """
    text = text.strip(" ,|")
    text = re.split(r"\s+—\s+|\s+\|\s+", text)[0]
    first = _first_comma_part(text)
    dashed = re.split(r"\s+[–-]\s+", first)
    if (
        len(dashed) > 1
        and "(" not in dashed[-1]
        and not _ORG_WORD.search(dashed[-1])
        and len(dashed[-1].split()) <= 3
    ):
        first = " – ".join(dashed[:-1]) if len(dashed) > 2 else dashed[0]
    return first.strip(" ,")


def _first_comma_part(text: str) -> str:
    """Up to the first comma outside brackets."""
    depth = 0
    for n, char in enumerate(text):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char == "," and depth == 0:
            return text[:n]
    return text
