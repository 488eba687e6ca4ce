"""Posts held, read around their dates as a person reads a CV.

Each period (``dates.periods``) starts an entry. Its title and organisation are, in this order of trust:

1. the values of labelled rows ("Occupation or position held | ...", "Name of employer | ...", Europass);
2. the columns of a table whose header names them ("Organisation | Title | Dates", "From | To | Position |
   Employer");
3. the rest of the period's line ("Nov 2022 – Present | SO1 Plans, Headquarters ARRC, Innsworth"), with
   the line after it as the organisation when the line holds the title alone, or as the title when the
   line holds the employer alone (a town between them is passed over: "DSCA | 05/2016 - Present" /
   "Arlington, VA" / "Country Program Director"); an employer heading above such lines is the employer
   of every post under it, until the next one ("Leidos, Inc. — San Diego, CA", "United States Navy");
4. for a period alone on its line (or beside a town only), the one or two short lines next to it: above it
   when the section's first post is written that way (title, organisation, then dates), else below it.

Title or organisation: the line or part that names a body ("Ministry", "Agency", "Command", "GmbH",
"Ministère", "Bundesamt", ... in ``words``) is the organisation, the other the title; by default the title
comes first. The organisation is the body alone: its first comma part (a legal form after a comma stays:
"Leidos, Inc."), without the unit after a comma or the town after a dash ("European Defence Agency,
Capability Directorate, Brussels" -> "European Defence Agency"); a unit named in common words before its
body gives way to it ("Capability Development, European Defence Agency"). A title is kept whole ("Staff
Officer, Joint Exercise Division"), or up to the organisation on a shared line: after a spaced dash
("Commanding Officer, NRP Viana do Castelo (P360) – Portuguese Navy"), or the last of several units
("Chief, Plans and Policy Section (J5), Multinational Division South-East (MND-SE)"); a subject that
names NATO ("Policy Adviser, NATO and Europe") is no body. Under an employer heading (also "Booz Allen
Hamilton — McLean, VA"), a numbered unit stays in the title ("Operations Officer, 613th Air Operations
Center"). A course whose name holds a post's word ("General Staff Officer Course") is no post. Lines that are neither (bullets,
sentences) are the description. An entry without a title is dropped, and so are courses, degrees and
being a student, written with dates among the posts.

Where the words say nothing (a title or a body in no word list), the layout decides: a section that leads
each post with a short line above its dates' line (``_led_from_above``), and the order the section's posts
known by their words are written in (``_title_below``, ``_oriented_like_the_others``,
``_split_like_the_others``). ``bench/cv_layouts.py`` measures this on labelled posts laid out anew.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reference.companies import has_legal_form
from reference.dates import duration_words
from reference.nations import MEMBER_NATIONS
from reference.patterns import any_of
from reference.places import COUNTRY_NAMES, DUTY_STATIONS

from .dates import Period, is_date, periods
from .education import degree_in, names_staff_college
from .lines import heading, unbulleted
from .proposal import ProposedExperience
from .prose_posts import prose_rows
from .records import RECORD_HEADER, record_rows
from .words import ORG_WORD, TITLE_WORD, WEAK_ORG, common_english

_TITLE_LABEL = re.compile(
    r"^(?:occupation or position held|position held|position|job title|title|post|role|appointment|function"
    r"|poste(?: occupé)?|fonction|intitulé du poste|funktion|position/funktion|cargo|puesto|ruolo|posizione"
    r"|função|stanowisko|(?:exact |official )?title of (?:your |the )?post(?: held)?"
    # The Europass of 2005 in the member languages: "Lavoro o posizione ricoperti", "Empleo o cargo ocupado".
    r"|lavoro o posizione ricoperti|empleo o cargo ocupado|função ou cargo ocupado|fonction ou poste occupé"
    r"|beruf oder funktion|functie of plaats"
    # ... and the European CV of 2002: "Tipo di impiego", "Type of employment", "Puesto o cargo ocupados".
    r"|tipo di impiego|type of employment|puesto o cargo ocupados?|tipo de empleo|type d'emploi|art der tätigkeit"
    # A post's own label in the other member languages (a form's "Position:", the Europass of each nation):
    # Bulgarian, Macedonian, Czech, Slovak, Slovene, Croatian/Serbian, Romanian, Hungarian, Greek, Lithuanian,
    # Latvian, Estonian, Finnish, Swedish, Danish/Norwegian, Icelandic, Turkish, Albanian, Dutch.
    r"|длъжност|заемана длъжност|позиция|позиција|работно место|функција|funkce|funkcia|pozice|pozícia"
    r"|pracovní pozice|pracovná pozícia|delovno mesto|radno mjesto|radno mesto|funkcija|funcția|funcţia"
    r"|funcția sau postul ocupat|postul ocupat|beosztás|munkakör|θέση|θέση εργασίας|pareigos|amats"
    r"|ametikoht|ametinimetus|tehtävä|tehtävänimike|befattning|tjänst|stilling|stillingstittel|starf"
    r"|starfsheiti|görev|unvan|pozicioni|detyra|functie|functietitel)"
    # "Position: | Senior Expert": a text page's wide gap after the colon is read as a cell's edge.
    r"\s*(?::\s*\|?|\|)\s*",
    re.IGNORECASE,
)
_ORG_LABEL = re.compile(
    r"^(?:name (?:and address )?of employer|employer|employeur|organisation|organization|company|unit"
    r"|arbeitgeber|empresa|empleador|datore di lavoro|entidade empregadora|pracodawca"
    r"|nome e indirizzo del datore di lavoro|nombre y dirección de la empresa|nom et adresse de l'employeur"
    r"|name und adresse des arbeitgebers|nome e morada do empregador|naam en adres van de werkgever"
    # The employer's label in the other member languages (as ``_TITLE_LABEL``).
    r"|работодател|работодавач|zaměstnavatel|zamestnávateľ|delodajalec|poslodavac|angajator|angajatorul"
    r"|numele angajatorului|munkáltató|εργοδότης|darbdavys|darba devējs|tööandja|työnantaja|arbetsgivare"
    r"|arbejdsgiver|arbeidsgiver|vinnuveitandi|işveren|punëdhënësi|werkgever|organizácia|organizace"
    r"|instituce|institucija|kurum)"
    r"\s*(?::\s*\|?|\|)\s*",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    # The European CV of 2002 writes the range in a bracket: "Dates (from – to)", "Date (da – a)", "Fechas (de – a)".
    r"^(?:dates?|datas?|fechas?|period|periode|période|zeitraum|periodo|período|from|to|von|bis|de|du|au|years?"
    r"|année)(?:\s*\([^()]{1,20}\))?$",
    re.IGNORECASE,
)
_COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # A row's number and the holder's rank are no part of the post: "NR | DATA ÎNCEPUT | ... | GRAD | ...".
        "other",
        re.compile(
            # ("no" alone is Latvian "from": a number's "No." has its dot)
            r"nr\.?(?: crt\.?)?|no\.|#|lp\.?|grad|grade|rang|dienstgrad|rütbe|stopień|hodnost|hodnosť",
            re.I,
        ),
    ),
    (
        "date",
        re.compile(
            # A date word with "start" or "end" around it: "Start date", "start_date", "Data început", "Date de fin".
            r"(?:(?:start|end|begin|beginning)[ _])?(?:dates?|data|datum|fecha)(?:[ _](?:start|end|început|inceput"
            r"|sfârșit|sfârşit|sfarsit|de début|de fin|d'entrée|de sortie|inizio|fine|início|fim|von|bis|od|do))?"
            r"|start|end|period|période|zeitraum|periodo|período|from|to|von|bis|du|au|years?|anno|anni|jahr"
            r"|lata|okres|obdobie|období|időszak|periode|od|do|de|à|dal|al|desde|hasta|vanaf|tot|fra|til|från"
            r"|till|nuo|iki|no|līdz|alates|kuni|tól|ig|başlangıç|bitiş",
            re.I,
        ),
    ),
    (
        "title",
        re.compile(
            r"title|job title|position|post|role|appointment|function|poste|fonction|funktion|verwendung"
            r"|dienstposten|tätigkeit|cargo|puesto|ruolo|incarico|mansione|função|stanowisko|funkce|pozice"
            r"|funkcia|pozícia|beosztás|functie|rank|funcție|funcţie|funcția|görev|unvan|pozisyon",
            re.I,
        ),
    ),  # fmt: skip
    (
        "organisation",
        re.compile(
            r"organi[sz]ation|employer|employeur|company|unit|headquarters|unité|einheit|arbeitgeber|dienststelle"
            r"|behörde|empresa|organismo|institution|entreprise|body|ente|datore di lavoro|azienda"
            r"|entidade|pracodawca|zaměstnavatel|zamestnávateľ|munkáltató|werkgever|unitate|unitatea|instituția"
            r"|kurum|kuruluş|işveren|birim|entidade empregadora|empresa empregadora|entidad empleadora"
            r"|employing (?:body|organi[sz]ation|entity)|organisme employeur",
            re.I,
        ),
    ),  # fmt: skip
)
_SEPARATORS = re.compile(r"\s+\|\s+|\s*\|\s*|\s+—\s+|\s+·\s+")
# "Title at Body": the body starts with a capital or a unit's number ("at 3rd Battalion", "chez 1er RHC",
# "presso 9° Reggimento"). "at", "chez", "auprès de", "bei", "presso" join a post to its employer whatever
# the words; "en", "na", "w" also start a subject or a place, so they need a body's word or form after them.
_AT = re.compile(
    # "at the Department of ...", "bei der Bundeswehr", "chez l'OTAN": an article before the body's name only
    # after a word that always joins a post to its body (not after "en", "na", "w").
    r"\s+(?:(?P<word>at|chez|auprès d[eu]|bei|bij|hos|presso|@)(?P<article>\s+(?:the|der|dem|het|la|le)(?=\s)|\s+l['’])?"
    r"|en|na|w)\s*(?<=\s|['’])"
    r"(?=[A-ZÀ-Þ]|\d{1,3}(?:st|nd|rd|th|e|er|re|ème|°|\.)?\s+[^\W\d_])"
)
_JOINING = frozenset({"at", "chez", "auprès de", "auprès du", "bei", "bij", "hos", "presso", "@"})
# A unit written before its body is named in common words ("Capability Development", "Strategy Unit");
# a company's own name is not ("Booz Allen Hamilton"). Zipf scale, as ``words.common_english``.
UNIT_ZIPF = 3.5
# A line longer than this is a sentence, not a title or an organisation; a line with its period, a title
# and an organisation may be longer.
MAX_HEADER_LENGTH = 160
MAX_POST_LENGTH = 320


def experience(lines: list[str]) -> tuple[ProposedExperience, ...]:
    lines = [line for line in lines if line and not heading(line)]
    lines = prose_rows(lines, RECORD_HEADER) or _unwrap_date_column(_ungrid(record_rows(lines)))
    lines = _months_from_below(_without_axis_years(_empty_end_cells(lines)))
    anchors = _anchors(lines)
    if not anchors:
        return ()
    lines = _listed_posts(lines, anchors)
    used = {i for i, _ in anchors}
    columns = _column_roles(lines, anchors)
    above = _titles_above(lines, anchors)
    lead = _led_from_above(lines, anchors)
    below_title = _title_below(lines, anchors)
    body_below = _body_below(lines, anchors)
    labels_above = _labels_above(lines, anchors)
    entries = []
    employer = ""  # the employer heading the posts below it, until the next one
    for n, (i, period) in enumerate(anchors):
        limit_before = anchors[n - 1][0] if n else -1
        limit_after = anchors[n + 1][0] if n + 1 < len(anchors) else len(lines)
        heading_line = _employer_heading(lines, i, period, limit_before, used)
        if heading_line is None and above:
            heading_line = _profile_site_group(lines, i, limit_before, used)
        if heading_line is not None:
            employer = _body(lines[heading_line])
            used.add(heading_line)
        title, organisation, taken = _post(
            lines,
            i,
            period,
            columns,
            above,
            (limit_before, limit_after),
            used,
            employer,
            lead,
            below_title,
            body_below,
            labels_above,
        )
        used |= taken
        if _studies(title) or (
            organisation and _studies(f"{title}, {organisation}") and not _studies(organisation)
        ):
            title = ""  # a course or a degree written with its dates among the posts: no post
        elif _MEMBERSHIP.search(title) and not TITLE_WORD.search(title):
            title = ""  # a seat on a committee or board ("Programme committee, CyCon"): no employment
        elif re.fullmatch(r"\([^()]*\)\.?", title.strip()):
            title = (
                ""  # a note in brackets after dates ("2019 – present (part of the current post)."): no post
            )
        elif _bracketed_note(lines[i]):
            # "(Service as a fixed-term soldier 2005 – 2019, officer training 2005 – 2011)": a note, no post
            title = ""
        elif _BREAK.match(title) or _prose(title):
            title = ""  # time out of work ("Career break", "Parental leave") or a sentence: no post
        title = _PAY_GRADE.sub("", title) or title
        title = _POSTING_KIND.sub("", title) or title
        entries.append((i, period, title, organisation))
    entries = _split_like_the_others(lines, entries, employer_seen=bool(employer))
    entries = _oriented_like_the_others(lines, entries)
    entries = _titles_among_fields(lines, entries, used)
    proposals = []
    group: tuple[Period, str] | None = None  # the employer heading posts with its own dates, and its span
    for n, (i, period, title, organisation) in enumerate(entries):
        following = next(((later, t) for _, later, t, _ in entries[n + 1 :] if t), None)
        if (
            _kind(title) == "organisation"
            and any(_within(later, period) for _, later, later_title, _ in entries[n + 1 :] if later_title)
        ) or (
            # "Global Affairs Canada, Ottawa   2008 – 2011" over "Foreign Service Officer   July 2008 – May
            # 2011": a line naming no post whose dates hold the post below it heads that employer's posts.
            not organisation
            and not TITLE_WORD.search(title)
            and following
            and TITLE_WORD.search(following[1])
            and _within(following[0], period)
        ):
            # An employer with its own dates over the posts held there ("United States Navy   1997 – 2019"
            # over "Executive Officer, USS Mahan, 2015 – 2017"): a heading, not a post.
            group = (period, _body(title))
            continue
        if (
            group
            and _within(period, group[0])
            and organisation != group[1]
            and not _names_a_body(organisation)
        ):
            # A post within its employer's span is held there: a unit its own line names after the title is
            # part of the title as written ("Defence Policy Officer, Directorate of Defence Policy"); a body
            # of its own ("HMS Example") stays its organisation.
            if organisation and _a_unit(organisation) and f"{title}, {organisation}" in lines[i]:
                title = f"{title}, {organisation}"
            if not organisation or title.endswith(f", {organisation}"):
                organisation = group[1]
        stop = entries[n + 1][0] if n + 1 < len(entries) else len(lines)
        description = [unbulleted(lines[k]) for k in range(i + 1, stop) if k not in used]
        title = unbulleted(title).strip()  # "• Adviser (2019 – 2021), NATO HQ": the bullet is no part of it
        cells = title.split(" | ")
        if len(cells) > 1 and _town(cells[-1].strip()):
            title = " | ".join(cells[:-1])  # "Cyber Range Engineer | Tallinn, Estonia": the town is the place
        # "Receptionist (part-time)": how long the week, not the post nor the body.
        title, organisation = _HOURS.sub("", title).strip(), _HOURS.sub("", organisation).strip()
        title = _TERMS_NOTE.sub("", title).strip() or title
        # "Plans Officer (Major, OF-3)", "Kapitein (OF-2) – Compagniescommandant": the rank held, not the post.
        title = _RANK_CODE_BEFORE.sub("", _RANK_CODE_AFTER.sub("", title)).strip() or title
        if title:
            proposals.append(
                ProposedExperience(title, organisation, period.start, period.end, "\n".join(description))
            )
    proposals = _without_translation(proposals)
    # The same post written twice (a career summary above the detailed posts): one entry, the one with
    # the longer description.
    kept: dict[tuple[str, str, str | None], ProposedExperience] = {}
    for post in proposals:
        key = (post.title.casefold(), post.start, post.end)
        if key not in kept or len(post.description) > len(kept[key].description):
            kept[key] = post
    return tuple(kept.values())


_AXIS_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s*(?:\||$)")
AXIS_REACH = 4  # lines from a timeline's year label down to the post's own dates


def _without_axis_years(lines: list[str]) -> list[str]:
    """A timeline's year labels ("2020 | Senior Geospatial Analyst", a "2016" alone beside a dot): a year
    that the post's own dates a few lines below start in again ("since May 2020") is the axis, not a
    period; the label goes and the rest of its line stays."""
    out = list(lines)
    for i, line in enumerate(lines):
        label = _AXIS_YEAR.match(line)
        if not label or periods(line):
            continue  # (a bare year is no period: alone, it never made a post)
        for k in range(i + 1, min(len(lines), i + 1 + AXIS_REACH)):
            if _AXIS_YEAR.match(lines[k]):
                break
            found = periods(lines[k])
            if found:
                if found[0].start[:4] == label["year"]:
                    out[i] = line[label.end() :].strip()
                break
    return [line for line in out if line]


# A period of years alone: "2006 – 2010", "2018 – to date" (the end a year or words, no month).
_YEARS_ALONE = re.compile(r"\s*(?:19|20)\d\d\s*(?:[–—-]\s*(?:(?:19|20)\d\d|[^\W\d_][^\d]*))?\s*")


def _months_from_below(lines: list[str]) -> list[str]:
    """A post dated by its years in a left column ("2006 – 2010 | Network Engineer, Vivacom"), the line under
    it giving the same span to the month ("July 2006 – December 2010", "September 2018 onwards; ..."): the
    months are the post's dates; the years go, and what the line under says besides is the description."""
    out = list(lines)
    for i in range(len(lines) - 1):
        above, below = periods(lines[i]), periods(lines[i + 1])
        if len(above) != 1 or not below or lines[i + 1][: below[0].begin].strip():
            continue
        years, months = above[0], below[0]
        if lines[i][: years.begin].strip() or not _YEARS_ALONE.fullmatch(lines[i][years.begin : years.stop]):
            continue  # not a period of years alone leading the line
        same_span = years.start[:4] == months.start[:4] and (years.end or "")[:4] == (months.end or "")[:4]
        if same_span and (months.start, months.end) != (years.start, years.end):
            rest = lines[i + 1][months.stop :].strip(" ;,|")
            out[i] = f"{lines[i + 1][months.begin : months.stop]} {lines[i][years.stop :].strip()}"
            out[i + 1] = f"- {rest}" if rest else ""  # a note on the post: its description's first line
    return [line for line in out if line]


def _without_translation(posts: list[ProposedExperience]) -> list[ProposedExperience]:
    """A CV written twice, in two languages one after the other (an English page, then the French one):
    the second half of the posts repeats the first half's periods in the same order. The first version is
    kept; its twins in the other language are no further posts."""
    half = len(posts) // 2
    dates = [(post.start, post.end) for post in posts]
    if half >= 2 and len(posts) % 2 == 0 and dates[:half] == dates[half:]:
        return posts[:half]
    return posts


def _titles_among_fields(lines, entries, used):
    """A post whose lines near its dates name only bodies (a federal résumé: employer, street, "From: 06/2015
    To: Present", "Hours per week: 40", then "Management and Program Analyst"): its title is the first short
    line below the dates, before the next post, that names a post and is no labelled field, bullet or
    sentence. The body taken for the title is the organisation, unless another body (not an address) was
    found beside it ("353rd Civil Affairs Command" over "U.S. Army Reserve")."""
    found = []
    for n, (i, period, title, organisation) in enumerate(entries):
        address = bool(organisation) and bool(_ADDRESS.search(organisation))
        # A body above an address ("Bureau of ..." names a body by a weak word only), or only bodies.
        if title and (
            (address and _kind(title) != "title")
            or (
                _kind(title) == "organisation" and (not organisation or _kind(organisation) == "organisation")
            )
        ):
            stop = entries[n + 1][0] if n + 1 < len(entries) else len(lines)
            below = next((k for k in range(i + 1, stop) if k not in used and _a_title_alone(lines[k])), None)
            if below is not None:
                used.add(below)
                title, organisation = (
                    lines[below].strip(),
                    organisation if organisation and not address else _body(title),
                )
        found.append((i, period, title, organisation))
    return found


def _a_title_alone(line: str) -> bool:
    """A short line that names a post by its words, or by its form: a few capitalised words with no body's
    word, number, colon or full stop ("GIS Technician")."""
    line = line.strip()
    if (
        ":" in line
        or unbulleted(line) != line
        or line.endswith(".")
        or len(line.split()) > MAX_FIELD_TITLE_WORDS
    ):
        return False
    return _kind(line) == "title" or bool(
        _CAPITALISED_WORDS.fullmatch(line) and not ORG_WORD.search(line) and len(line.split()) <= 5
    )


_CAPITALISED_WORDS = re.compile(r"[A-ZÀ-Þ][\w'-]*(?:\s+(?:[A-ZÀ-Þ][\w'-]*|of|and|for|de|du|des|et))*")


# A street address or a US state and ZIP code: where a body is, never a post or a body's name
# ("8725 John J. Kingman Road, Fort Belvoir, VA 22060").
_ADDRESS = re.compile(
    r"^\d{1,5}[a-z]?\s+(?:[^\W\d_][\w.'-]*\s+){0,5}(?i:road|street|avenue|drive|boulevard|lane|place|court"
    r"|highway|pike|rd|st|ave|dr|blvd|rue|straße|strasse|via|calle|rua)\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b"
)
MAX_FIELD_TITLE_WORDS = 8


# A bracket after a title that says how much of the week the post took ("(part-time, 0.5 FTE)",
# "(Teilzeit, parallel zur Promotion)", "(nebenberuflich)", "(temps partiel)").
_HOURS = re.compile(
    r"\s*\((?:part[- ]?time|full[- ]?time|teilzeit|vollzeit|nebenberuflich|hauptberuflich|temps partiel"
    r"|temps plein|mi-temps|\d+(?:[.,]\d+)?\s*%|\d?[.,]?\d+\s*FTE"
    r"|yarı zamanlı|tam zamanlı|tiempo parcial|tempo parziale|tempo parcial|deeltijd|deltid|deltid|osa-aikainen"
    r"|niepełny etat|részmunkaidő|částečný úvazek)\b[^()]*\)\s*$",
    re.IGNORECASE,
)


# A rank given with its NATO code (STANAG 2116: OF-1 to OF-10, OR-1 to OR-9) beside the post: the rank,
# not the post. After the title in a bracket ("(Major, OF-3)", "(Kaptajn, OF-2)"), or before it with a dash
# ("Teniente (OF-1) / Capitán (OF-2) – Jefe de Compañía"). A rank without its code is left as written.
_RANK_CODE = r"\b(?-i:OF|OR)[- ]?\d{1,2}\b"  # in capitals: "(... or 2)" is no rank
_RANK_CODE_AFTER = re.compile(rf"\s*[,(]\s*\(?[^()]{{0,40}}{_RANK_CODE}\s*\)\s*$", re.IGNORECASE)
_RANK_CODE_BEFORE = re.compile(
    rf"^(?:[^()–—|]{{1,40}}\(\s*{_RANK_CODE}\s*\)\s*(?:/\s*)?)+[–—-]\s+", re.IGNORECASE
)


# A date cell; its dash may close the cell before the rule ("maalisk. 2016 – | Tutkija") or open the next.
_DATE_CELL = re.compile(
    r"^(?P<date>[^|]{4,30}?)(?:\s*(?P<dash_before>[–—-]))?\s*\|\s*(?P<dash>[–—-])?\s*(?P<rest>.*)$"
)


def _grid_row(line: str) -> list[str] | None:
    """The periods of a row of cards side by side ("Sep 2019 – now | Feb 2016 – Aug 2019"): every cell one
    period and nothing else; None for any other line."""
    cells = [cell.strip() for cell in line.split("|")]
    if len(cells) < 2:
        return None
    for cell in cells:
        found = periods(cell)
        if len(found) != 1 or found[0].begin > 0 or found[0].stop < len(cell.rstrip(" .")):
            return None
    return cells


def _ungrid(lines: list[str]) -> list[str]:
    """Posts laid out as cards in a grid, read across by the PDF's text (a row of periods, then a row of
    titles, of bodies...): each card's lines put one after the other, the first card of the row first. A line
    with one cell goes on with the first card; a line with more cells than the row ends the grid."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        row = _grid_row(lines[i])
        if row is None:
            out.append(lines[i])
            i += 1
            continue
        cards: list[list[str]] = [[cell] for cell in row]
        i += 1
        while i < len(lines) and _grid_row(lines[i]) is None:
            cells = [cell.strip() for cell in lines[i].split("|")]
            if len(cells) > len(cards) or heading(lines[i]):
                break
            for card, cell in zip(cards, cells, strict=False):
                if cell:
                    card.append(cell)
            i += 1
        out.extend(line for card in cards for line in card)
    return out


# A form's labelled dates: "From (mm/yyyy): 03/2020 | To (mm/yyyy): present", "Od: 2015 Do: 2018".
_LABELLED_PERIOD = re.compile(
    r"\b(?:from|start(?:ed)?|od|von|de|du|dal|desde|van)\s*(?:\([^()|]{0,20}\))?\s*:\s*(?P<start>[^|:]{4,30}?)"
    r"\s*(?:\|\s*)?\b(?:to|until|end(?:ed)?|do|bis|à|au|al|hasta|tot)\s*(?:\([^()|]{0,20}\))?\s*:\s*"
    r"(?P<end>[^|:]{3,30}?)\s*(?=$|\|)",
    re.IGNORECASE,
)


def _unwrap_date_column(lines: list[str]) -> list[str]:
    """A period wrapped in a narrow date column ("03/2018 | – Officer" over "present | Ministry ...") is
    put back on one line: "03/2018 – present | Officer", then "Ministry ..."; a form's labelled dates
    ("From: 03/2020 | To: present") are written as one period."""
    joined = [_LABELLED_PERIOD.sub(lambda m: f"{m['start']} – {m['end']}", line) for line in lines]
    joined = _form_dates(joined)
    for i in range(len(joined) - 1):
        first, second = _DATE_CELL.match(joined[i]), _DATE_CELL.match(joined[i + 1])
        if not (first and second and (first["dash"] or first["dash_before"])):
            continue
        if second["dash"] or second["dash_before"] or (periods(joined[i]) and not first["dash_before"]):
            continue  # an open start that dangles before the rule is the one period read on the line
        candidate = f"{first['date']} – {second['date']}"
        found = periods(candidate)
        if found and found[0].begin == 0 and found[0].stop >= len(candidate) - 1:
            joined[i], joined[i + 1] = f"{candidate} | {first['rest']}", second["rest"]
    for i in range(len(joined) - 1):
        # The end's month on the line, its year wrapped under it in the date column: "mar. 2015 — set.
        # Investigadora" over "2019 | Instituto ...".
        cut = _MONTH_LEFT.match(joined[i])
        year = re.match(r"((?:19|20)\d\d)\s*\|\s*(.+)", joined[i + 1])
        if cut and year and not periods(joined[i]):
            candidate = f"{cut['period']} {year[1]}"
            found = periods(candidate)
            if found and found[0].end and found[0].stop >= len(candidate) - 1:
                joined[i], joined[i + 1] = f"{candidate} | {cut['rest']}", year[2]
    for i in range(len(joined) - 1):
        wrapped = _period_over_two_lines(joined[i], joined[i + 1]) or _period_end_wrapped(
            joined[i], joined[i + 1]
        )
        if wrapped:
            joined[i], joined[i + 1] = wrapped
    return [line for line in joined if line]


def _period_end_wrapped(line: str, below: str) -> tuple[str, str] | None:
    """A period read on the line whose last words wrapped under it in a narrow date column: the end's month
    ("2014 m. spalio – 2019 m. | Projektų vadovė" over "rugpjūčio"), or "now" after its preposition ("nuo 2019
    m. rugsėjo iki Vyriausioji specialistė" over "dabar | ministerija"). Joined only when the line below
    starts with a cell (or is a line) that the period takes whole."""
    found = periods(line)
    if not found or found[0].begin != 0 or not below.strip():
        return None
    piece, _, more = below.partition("|")
    piece = piece.strip()
    if not piece or len(piece) > 20 or re.search(r"\d", piece):
        return None
    if "|" in line:
        cells = [line.partition("|")[0].rstrip()]
        rests = [line.partition("|")[2].strip()]
    else:
        words = line[found[0].stop :].split()
        cells = [line[: found[0].stop] + "".join(f" {w}" for w in words[:k]) for k in range(3)]
        rests = [" ".join(words[k:]) for k in range(3)]
    for cell, rest in zip(cells, rests, strict=True):
        candidate = f"{cell} {piece}"
        taken = periods(candidate)
        if taken and taken[0].begin == 0 and taken[0].stop >= len(candidate) - 1:
            more = more.strip()
            # The post's text wrapped too ("... krašto apsaugos" over "ministerija, ..."), as above.
            if rest and more and (re.search(r"(?:,|\b[a-zà-ÿ']{1,3})$", rest) or more[:1].islower()):
                return f"{candidate} | {rest} {more}", ""
            return (f"{candidate} | {rest}" if rest else candidate), more
    if found[0].end is None and piece.islower() and len(piece.split()) <= 3 and "|" in line:
        # An open start whose words for "still" wrapped under it in the date column, in words no list here
        # holds ("od 1. 9. 2020." over "i dalje | Zapovjedništvo ..."): the cell is the period's.
        return line, more.strip()
    return None


def _period_over_two_lines(line: str, below: str) -> tuple[str, str] | None:
    """A period whose start ends one line and whose end, led by its connecting word, starts the next (a
    narrow date column: "De janvier 2016 | Chargée d'affaires ..., Direction générale de" over "à ce jour |
    l'armement (DGA), Paris"): the period on the first line, then the post's text, joined when it wraps
    (the first part ends with a comma or a small word, or the next starts in small letters). A start with
    its month only takes the end's year ("De juillet" over "à août 2010")."""
    end = _WRAPPED_END.match(below)
    if not end:
        return None
    found = periods(line)
    cell = line.split("|")[0].rstrip()
    if found and not (
        len(found) == 1 and found[0].end is None and "|" in line and found[0].stop >= len(cell)
    ):
        return (
            None  # a period of its own; an open start alone in its cell ("od 15. 9. 2016.") waits for its end
        )
    words = line.split("|")[0].split() if "|" in line else line.split()[:MAX_START_WORDS]
    for k in range(min(len(words), MAX_START_WORDS), 0, -1):
        start = " ".join(words[:k])
        year = re.search(r"(?:19|20)\d\d", end["end"])
        candidates = [f"{start} {end['end']}"]
        if year and not re.search(r"\d\d", start):
            candidates.append(f"{start} {year[0]} {end['end']}")
        for candidate in candidates:
            found = periods(candidate)
            if found and found[0].begin == 0 and found[0].stop >= len(candidate) - 1:
                rest = line[line.index("|") + 1 :].strip() if "|" in line else " ".join(line.split()[k:])
                more = (end["rest"] or "").strip()
                if more and (re.search(r"(?:,|\b[a-zà-ÿ']{1,3})$", rest) or more[:1].islower()):
                    return f"{candidate} | {rest} {more}", ""
                return f"{candidate} | {rest}", more
    return None


MAX_START_WORDS = 4
# The end of a period starting a line, led by its connecting word: "à ce jour | ...", "to May 2019 | ...".
_WRAPPED_END = re.compile(
    r"(?P<end>(?:à|au|to|until|till|bis|hasta|a|al|fino a|até|do|tot|jusqu'à|jusqu'en|[–—-])\s+[^|]{2,30}?)"
    r"\s*(?:\|\s*(?P<rest>.*))?$",
    re.IGNORECASE,
)


# A web form's dates on rows of their own: "Start date (MM/YYYY): 09/2017", "End date (MM/YYYY):" (empty)
# and "I currently work here: [x] Yes".
_FORM_START = re.compile(
    r"^(?:start(?:ing)? date|date (?:of )?start|from|date from|date de début|début|beginn|fecha de inicio"
    r"|data (?:di )?inizio|data de início|data rozpoczęcia)\s*(?:\([^()]{0,20}\))?\s*:\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_FORM_END = re.compile(
    r"^(?:end(?:ing)? date|date (?:of )?end|to|date to|date de fin|fin|ende|fecha de (?:fin|término)"
    r"|data (?:di )?fine|data de (?:fim|término)|data zakończenia)\s*(?:\([^()]{0,20}\))?\s*:\s*(?P<date>.*)$",
    re.IGNORECASE,
)
_STILL_THERE = re.compile(
    r"^(?:i (?:currently|still) work here|current(?:ly employed| (?:post|position|job|employer))?|still employed"
    r"|emploi actuel|poste actuel|j'occupe (?:actuellement )?ce poste|aktuelle stelle|empleo actual)\s*\??\s*:"
    r"\s*(?:\[\s*[x✓✔]\s*\]\s*)?(?:yes|oui|ja|sí|si|sim|tak|true)\b",
    re.IGNORECASE,
)


def _form_dates(lines: list[str]) -> list[str]:
    """A form's start and end rows written as one period on the start's row ("09/2017 – present" when the
    end is empty and the form says the post is still held); the end's row is emptied."""
    lines = list(lines)
    for i in range(len(lines) - 1):
        start, end = _FORM_START.match(lines[i]), _FORM_END.match(lines[i + 1])
        if not (start and end and is_date(start["date"])):
            continue
        if end["date"].strip() and is_date(end["date"]):
            lines[i], lines[i + 1] = f"{start['date'].strip()} – {end['date'].strip()}", ""
        elif not end["date"].strip() and any(_STILL_THERE.match(line) for line in lines[i + 2 : i + 4]):
            lines[i], lines[i + 1] = f"{start['date'].strip()} – present", ""
    return lines


# A period whose end has its month but not its year, then the post: "mar. 2015 — set. Investigadora".
_MONTH_LEFT = re.compile(r"(?P<period>.{4,20}?\s[–—-]\s*[^\W\d_]{3,10}\.?)\s+(?P<rest>[^\W\d_].*)")


def _bracketed_note(line: str) -> bool:
    """Whether the line is a note in brackets that names periods among its words ("(Dienstzeit als Soldatin
    auf Zeit 2005 – 2019, Offizierausbildung 2005 – 2011)"), a summary of posts given elsewhere; a post's
    own dates in brackets ("(Jan 2019 – present)", "(since 2019; part-time)") are no such note.

    >>> _bracketed_note("(Service as a fixed-term soldier 2005 – 2019, officer training 2005 – 2011)")
    True
    >>> _bracketed_note("(Jan 2019 – present)"), _bracketed_note("Analyst (2019 – 2021, seconded)")
    (False, False)
    """
    text = unbulleted(line).strip()
    if not re.fullmatch(r"\([^()]*\)\.?", text):
        return False
    found = periods(text)
    rest = text
    for period in reversed(found):
        rest = rest[: period.begin] + " " + rest[period.stop :]
    return len(found) >= 2 and len(re.findall(r"[^\W\d_]{3,}", rest)) >= 3


def _anchors(lines: list[str]) -> list[tuple[int, Period]]:
    """(line, its first period) for every line with a period; a bilingual line's second period is the same."""
    anchors: list[tuple[int, Period]] = []
    for i, line in enumerate(lines):
        found = periods(line)
        if found and _RANK_LINE.match(unbulleted(line)):
            continue  # "Rank: Major (until 08/2021) → Lieutenant Colonel": a promotion within the post above
        if found and not _is_sentence(line, found[0]):
            if anchors and _duty(line, found[0], anchors[-1][1]):
                continue
            anchors.append((i, found[0]))
    return anchors


# A rank's label in the member languages: a line it leads tells the holder's rank in a post, never a post.
_RANK_LINE = re.compile(
    r"(?:rank|grade|rank on appointment|dienstgrad|rang|grado|posto|graduação|rütbe|stopień(?: wojskowy)?"
    r"|hodnost|hodnosť|čin|čín|чин|звание|βαθμός|rendfokozat|laipsnis|pakāpe|auaste|sotilasarvo|grad(?:ul)?"
    r"|tjenestegrad|gradering|tjänstegrad|militær grad|rangur|grada)\s*:",
    re.IGNORECASE,
)


def _listed_posts(lines: list[str], anchors: list[tuple[int, Period]]) -> list[str]:
    """Posts written as list items, their duties as items too (a Markdown CV: "- Specialkonsulent,
    Forsvarsministeriet" over "(siden aug. 2020)", then "- Koordinering af ..."): where two periods or more
    stand alone on their line right under a short item, those items are the posts' own lines, not duties,
    and lose their bullets. Known by the section's repeated layout, whatever its language."""
    anchor_lines = {i for i, _ in anchors}
    heads = {
        i - 1
        for i, period in anchors
        if i > 0
        and i - 1 not in anchor_lines
        and not _post_text(lines[i], period)
        and unbulleted(lines[i - 1]) != lines[i - 1]
        and _header_like(unbulleted(lines[i - 1]))
        and _short(unbulleted(lines[i - 1]))
    }
    if len(heads) < 2:
        return lines
    return [unbulleted(line) if k in heads else line for k, line in enumerate(lines)]


def _duty(line: str, period: Period, post: Period) -> bool:
    """A bullet under a post telling what was done within its time, its dates inside the sentence ("•
    Deployed to Afghanistan (2012–2013) as S6 of a brigade combat team"): part of that post, no post.
    When unsure, the applicant adds it."""
    text = unbulleted(line)
    if text == line and not line.rstrip().endswith("."):
        return False  # a line neither a bullet nor a sentence: a post's own line
    shift = len(line) - len(text)
    before, after = text[: period.begin - shift].strip(" (["), text[period.stop - shift :].strip(" )]")
    # Words on both sides of the dates, or a phrase before dates that end the bullet ("• Leads the
    # national CERT's detection engineering; blue team lead 2022–2024.").
    if not before or not (re.search(r"[^\W\d_]{2,}", after) or len(before.split()) >= 4):
        return False
    if before.endswith("|") and not after:
        return False  # "• Desk Officer, Directorate X      2011 to 2013": the dates in a column of their own
    # Within the post's years: "(2015-2016)" under "Jun '14 – Sep '16" (a bare year ends in December).
    return post.start[:4] <= period.start[:4] and (
        post.end is None or (period.end is not None and period.end[:4] <= post.end[:4])
    )


def _within(period: Period, outer: Period) -> bool:
    """Whether ``period`` lies inside ``outer``."""
    return outer.start <= period.start and (
        outer.end is None or (period.end is not None and period.end <= outer.end)
    )


def _is_sentence(line: str, period: Period) -> bool:
    """A period inside prose ("... the 2015 – 2017 review.") starts no entry."""
    rest = _without(line, period)
    return len(rest) > MAX_POST_LENGTH or (rest.endswith(".") and len(rest.split()) > 12)


def _without(line: str, period: Period) -> str:
    rest = line[: period.begin] + " " + line[period.stop :]
    for other in periods(rest):
        rest = rest[: other.begin] + " " + rest[other.stop :]
    rest = _DURATION.sub(" ", rest)
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    rest = " ".join(rest.split()).strip(" ,|:–—-/·.")
    pieces = _FULL_STOP.split(rest)
    if 1 < len(pieces) <= 4 and all(len(piece.split()) <= 12 for piece in pieces):
        rest = " | ".join(pieces)  # "Jefa de Área. Dirección General de Política de Defensa, Madrid."
    return rest


# A full stop after a word (not an abbreviation such as "U.S." or "Dr.") before a capital.
_FULL_STOP = re.compile(r"(?<=[a-zà-ÿ)][a-zà-ÿ)][a-zà-ÿ)])\.\s+(?=[A-ZÀ-Þ])")


# How long a post lasted, written after its dates or on a line of its own, in the member nations' languages
# (LinkedIn: "(5 years 1 month)", "· 4 yrs 2 mos", "Full-time · 8 yrs 7 mos", "3 ans 2 mois", "2 Jahre").
# One pattern for both uses: a second, English-only definition further down once shadowed this one.
# The words of every member language, in every plural form, come from CLDR (``reference.dates.duration_words``:
# "1 año 11 meses", "2 roky 3 mesiace"); the abbreviations LinkedIn writes are added here.
_DURATION_MONTHS = any_of(sorted(duration_words()[1])) + r"|mos?|mths?"
_DURATION_UNIT = any_of(sorted(duration_words()[0])) + r"|yrs?|mesos|" + _DURATION_MONTHS
_DURATION = re.compile(
    # The kind of employment may come first: "Full-time · 8 yrs 7 mos", "Temps plein · 3 ans".
    r"(?:(?:full-time|part-time|self-employed|freelance|contract|permanent|temporary|internship"
    r"|apprenticeship|seasonal|temps plein|temps partiel|vollzeit|teilzeit|tiempo completo|jornada completa"
    r"|tempo pieno)\s*·\s*)?"
    rf"[(·]?\s*\b\d{{1,2}}\s*(?:{_DURATION_UNIT})\b(?:,?\s*(?:and\s+|et\s+|und\s+|y\s+|e\s+|en\s+)?\d{{1,2}}\s*"
    rf"(?:{_DURATION_MONTHS})\b)?\s*\)?",
    re.IGNORECASE,
)


@lru_cache(
    maxsize=1024
)  # asked again for the same line by the layout's votes (lines are <= 2,000 characters)
def _post_text(line: str, period: Period) -> str:
    """What the period's line says of the post besides its dates: nothing when that is a label
    ("Dates") or a town (Europass: "01/09/2016 – CURRENT – Brussels, Belgium")."""
    rest = _without(line, period)
    if (
        not line[: period.begin].strip()
        and _DESCRIBED.match(line, period.stop)
        and line.rstrip().endswith(".")
    ):
        return (
            ""  # "since March 2018 — registry of incoming correspondence, ...": what was done, not the post
        )
    if not line[: period.begin].strip() and _sentence_cell(line[period.stop :]):
        # "June 2019 onwards | UK policy on NATO adaptation ...; drafts ministerial submissions.": the dates'
        # cell, then a sentence in the next: what was done; the post is on the line above.
        return ""
    if (
        re.fullmatch(r"\([^()]*\)", rest)
        and not line[: period.begin].strip()
        and "(" in line[period.stop :]
        and not line.rstrip().endswith(".")  # "2019–present (part of the current post).": a sentence's end
    ):
        # "Desde 2019 (compatible con el puesto anterior)": a note on the dates; the post is on its own line.
        return ""
    if re.fullmatch(r"(?:(?:19|20)\d\d\W*)+", rest):
        return ""  # "2022 | 04/2022 → …": a year axis's cell beside the dates
    if _WORKING_TIME.fullmatch(rest.strip(" |,;()")):
        return ""  # "May 2020 - Present | 40 hours per week" (a US federal résumé): the hours, no post
    return "" if _DATE_LABEL.fullmatch(rest) or _town(rest) else rest


# A civil service's pay grade after the title: the post's grade, not its name ("Management Analyst,
# GS-0343-12", "GS-0346-09/11", "Conseillère principale (EC-06)", "Policy Officer (A-2)", "Analyst, NATO
# grade G15"). A staff branch in a bracket is part of the title ("Operations Officer (G3)", "(J5)", "(A3)"): NATO
# grades have a hyphen or a dot, G codes two digits.
# The kind of posting written as the post's label ("Deployment: J3 Operations Officer", "Secondment: ..."), in
# the member languages: the post is the title after it.
_POSTING_KIND = re.compile(
    r"^(?:deployment|deployed|secondment|seconded|detachment|attachment|tour|operational tour|mission"
    r"|einsatz|auslandseinsatz|abordnung|déploiement|détachement|opex|despliegue|comisión de servicio|missione"
    r"|distacco|destacamento|uitzending|detachering|udsendelse|utsendelse|utlandsmission|misja|nasazení"
    r"|misiune|detașare|görev|αποστολή)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
_PAY_GRADE = re.compile(
    r"(?:(?:\s*,\s*|\s+[–—-]\s+|\s+)(?:GS|GG|WG|GM|FS)-\d{2,4}(?:-\d{2}(?:/\d{2})?)?"  # US series and grade
    r"|(?:\s*,\s*|\s+)\(\s*(?:[A-Z]{2}-\d{2}|[ABCL][-.]\d|NG\s?\d{2}|G-?(?:1\d|2[0-4]))\s*\)"  # "(EC-06)", "(A-2)"
    r"|(?:\s*,\s*|\s+)(?:nato )?grade\s+(?:[ABCL][-.]?\d|G-?(?:1\d|2[0-4])))\s*$",
    re.IGNORECASE,
)
# The hours or kind of working time written beside a post's dates, in the member languages: "40 hours per
# week", "50+ hrs/wk", "35 heures par semaine", "38,5 Stunden pro Woche", "Full-time", "Teilzeit (80 %)".
_WORKING_TIME = re.compile(
    r"\d{1,2}(?:[.,]\d)?\+?\s*(?:hours?|hrs?|h|heures|stunden|std\.?|horas|ore|uur|timer|tuntia|órák|godzin"
    r"|hodin|ore)\s*(?:per|a|an|/|par|pro|por|alla|la|in de|i|w|na)?\s*(?:week|wk|semaine|woche|wo\.?|semana"
    r"|settimana|uke|vecka|uge|viikossa|tydzień|tygodniu|týden|hét)"
    r"|full[- ]time|part[- ]time|temps (?:plein|partiel)|vollzeit|teilzeit|tiempo (?:completo|parcial)"
    r"|tempo (?:pieno|parziale|integral)|voltijd|deeltijd|heltid|deltid|heltid|deltid|kokoaikainen|osa-aikainen"
    r"|pe[łl]ny etat|niepe[łl]ny etat|plný úväzok|plný úvazek|teljes munkaidő",
    re.IGNORECASE,
)


# A bracket after a title on the terms of the post, not its name: the hours it took ("(20 Std./Woche)",
# "(parttime, 0,2 fte)", "(30 hours per week)"), a temporary posting ("(temporary cover)", "(en comisión)",
# "(en détachement)", "(abgeordnet)", "(in comando)") or the staff category it was held in.
_TERMS_NOTE = re.compile(
    rf"\s*\((?:[^()]*?(?:{_WORKING_TIME.pattern})|temporary cover|interim cover|on secondment|on loan"
    r"|en comisi[oó]n(?: de servicio)?|en d[ée]tachement|d[ée]tach[ée]e?|abgeordnet|in comando|comandat[oa]"
    r"|gedetacheerd|uitgeleend|udl[åa]nt|utl[åa]nt|oddelegowan[ya]"
    # the staff category of an EU or international body ("(temporary agent AST)", "(agent contractuel GFIV)")
    r"|temporary agent|contract agent|seconded national expert|agent temporaire|agent contractuel"
    r"|expert national d[ée]tach[ée]|zeitbedienstete[r]?|vertragsbedienstete[r]?|agente temporaneo"
    r"|agente contrattuale|agente temporal|agente contractual)\b[^()]*\)\s*$",
    re.IGNORECASE,
)


def _sentence_cell(after: str) -> bool:
    """The cell after the dates is a sentence: six words or more ending in a full stop, with a content word
    in small letters ("analysis", "drafts") and no post named first, as a title's or a body's name has
    ("Junior Network Administrator, Tatra banka, a.s.": its full stop is the legal form's)."""
    cell = re.match(r"\s*\|\s*([^|]+)$", after)
    if not cell or not cell[1].rstrip().endswith(".") or len(cell[1].split()) < MIN_SENTENCE_WORDS:
        return False
    small = [w for w in re.findall(r"(?<![\w.])[a-zà-ÿ]{3,}(?![\w.])", cell[1]) if w not in _LINKING_WORDS]
    return bool(small) and _kind(_first_comma_part(cell[1])) != "title"


MIN_SENTENCE_WORDS = 6
_LINKING_WORDS = frozenset(
    ("and", "the", "for", "with", "from", "into", "over", "under", "des", "les", "pour", "avec", "dans", "sur",
     "und", "der", "die", "das", "für", "mit", "von", "del", "las", "los", "per", "con", "della")
)  # fmt: skip


# The dates followed by a dash and a sentence in small letters: the post's duties, its title on the line above.
_DESCRIBED = re.compile(r"\s*[–—-]\s+[a-zà-ÿ]")


def _column_roles(lines: list[str], anchors: list[tuple[int, Period]]) -> dict[int, tuple[str, ...]]:
    """Anchor line -> the roles of its cells, from the nearest table header above it."""
    roles: dict[int, tuple[str, ...]] = {}
    header: tuple[str, ...] | None = None
    anchor_lines = {i for i, _ in anchors}
    for i, line in enumerate(lines):
        cells = [c.strip() for c in line.split("|")]
        named = [_role(cell) for cell in cells]
        if (
            len(cells) >= 2
            and i not in anchor_lines
            and (all(named) or ("date" in named and {"title", "organisation"} & set(named)))
        ):
            # A header names every column, or the dates and the post's columns among others ("From | To |
            # Employer | Exact title of post | Supervisor | Reason for leaving", "No | Start | End | ...").
            header = tuple(role or "other" for role in named)
        elif i in anchor_lines and header and len(cells) == len(header):
            roles[i] = header
    return roles


def _header_row(line: str) -> bool:
    """A table's header: three cells or more, each naming a column's role."""
    cells = [c.strip() for c in line.split("|")]
    return len(cells) >= 3 and all(_role(cell) for cell in cells)


def _empty_end_cells(lines: list[str]) -> list[str]:
    """A table with a start and an end column ("Position | Employer | From | To") whose row leaves the end
    empty: the post is still held, as such tables say in a note. The row's start is written as an open
    period ("08/2021 –")."""
    out = []
    dates: list[int] = []  # the header's date columns
    for line in lines:
        cells = [c.strip() for c in line.split("|")]
        named = [_role(cell) for cell in cells]
        if len(cells) >= 3 and named.count("date") >= 2 and ({"title", "organisation"} & set(named)):
            dates = [n for n, role in enumerate(named) if role == "date"]
        elif dates and len(cells) >= 2:
            start, end = dates[0], dates[-1]
            if (
                start < len(cells)
                and (end >= len(cells) or not cells[end])
                and is_date(cells[start])
                and not periods(line)
            ):
                cells[start] = f"{cells[start]} –"
                line = " | ".join(cells + [""] * (end + 1 - len(cells)))  # a row as wide as its header
        else:
            dates = []
        out.append(line)
    return out


def table_of_posts(lines: list[str]) -> list[str]:
    """A table of posts under no heading of its own (a CV written as grid tables): from a header row whose
    cells name dates, a title and an organisation ("From | To | Months | Employer | Position"; a cell for
    the months is allowed) down to the first row of another width."""
    for i, line in enumerate(lines):
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) < 3 or len(line) > MAX_HEADER_LENGTH:
            continue
        roles = [_role(cell) or ("length" if _LENGTH_HEAD.fullmatch(cell) else None) for cell in cells]
        if None not in roles and {"date", "title", "organisation"} <= set(roles):
            rows = [line]
            for row in lines[i + 1 :]:
                if len(row.split("|")) != len(cells):
                    break
                rows.append(row)
            return rows
    return []


_LENGTH_HEAD = re.compile(r"months|duration|length|mois|durée|monate|dauer|meses|duración|mesi|durata", re.I)


def _role(cell: str) -> str | None:
    """The role of a table's header cell; a cell naming two things ("Unit / Headquarters", "Title of post",
    "Role and responsibilities", "Funktion und Aufgaben") takes it from the first it knows."""
    cell = cell.strip(" :")
    for part in [cell, *re.split(r"\s*/\s*|\s+(?:and|&|und|et|y|e|en|og|och|és|ve|in|ja)\s+", cell)]:
        for role, pattern in _COLUMN_ROLES:
            if pattern.fullmatch(part) or (role != "date" and pattern.fullmatch(_HEAD_WORDS.sub("", part))):
                return role
    return None


# Words around a header cell's role: "Exact title of post", "Name of employer", "Post held".
_HEAD_WORDS = re.compile(
    r"^(?:exact |official |full )?(?:name of (?:the )?|(?=title of))|(?<=title) of (?:your )?post$|\s+held$",
    re.I,
)


def _labels_above(lines: list[str], anchors: list[tuple[int, Period]]) -> bool:
    """Whether the section's first post has its labelled rows ("Position: ...") just above its dates."""
    first = anchors[0][0]
    return any(_TITLE_LABEL.match(unbulleted(lines[k])) for k in range(max(0, first - 3), first))


def _titles_above(lines: list[str], anchors: list[tuple[int, Period]]) -> bool:
    """Whether posts are written title (and organisation) first, dates after: read from the first post whose
    dates stand alone on their line."""
    for i, period in anchors:
        if _post_text(lines[i], period):
            continue
        return i > 0 and _header_like(lines[i - 1]) and (i - 1) not in {a for a, _ in anchors}
    return False


def _led_from_above(lines: list[str], anchors: list[tuple[int, Period]]) -> bool | None:
    """Whether every post starts with a line of its own above its dates' line, that line holding text too
    ("Company Commander" over "1st Infantry Battalion | 2017 – 2019"), known by the layout alone: the first
    period has a short line above it (nothing else comes before the first post), each later one a short line
    after the post before's description, and the last period has no short line under it (where the title is
    written under the dates, the last one is). None when not; else which of the two lines is the title: True
    for the line above, the way most of the section's lines are known by their words (the line above when
    none is)."""
    if len(anchors) < 2 or anchors[0][0] == 0:
        return None
    anchor_lines = {i for i, _ in anchors}
    previous = -1
    for i, period in anchors:
        rest = _post_text(lines[i], period)
        if not rest or i - 1 <= previous or not _header_like(lines[i - 1]) or _town(lines[i - 1].strip()):
            return None
        if previous >= 0 and (i - 2 <= previous or _header_like(lines[i - 2])):
            return None  # no description between the posts: the short line may be the post before's
        previous = i
    last = anchors[-1][0]
    if last + 1 < len(lines) and last + 1 not in anchor_lines and _header_like(lines[last + 1]):
        return None
    votes = 0
    for i, period in anchors:
        first, second = _form_kind(lines[i - 1]), _form_kind(_post_text(lines[i], period))
        votes += (first == "title" or second == "organisation") - (
            first == "organisation" or second == "title"
        )
    return votes >= 0


def _split_like_the_others(lines, entries, employer_seen):
    """Posts written "Title, Body" on one line are split the same way through the section: where most such
    lines were split by their words (the part after the comma names a body), one whose words say nothing
    ("Softwareentwicklerin, Fraunhofer FKIE", "Forsker, Forsvarets forskningsinstitutt (FFI)") is split
    too. Not under employer headings, where the part after a comma is the post's unit."""
    if employer_seen:
        return entries
    split = whole = in_brackets = whole_brackets = 0
    for i, _, title, organisation in entries:
        window = lines[max(0, i - 3) : i + 4]
        if title and organisation and any(f"{title}, {organisation}" in line for line in window):
            split += 1
        elif title and not organisation and len(_comma_parts(title)) == 2:
            whole += 1
        if title and organisation and any(f"{title} ({organisation}" in line for line in window):
            in_brackets += 1
        elif title and not organisation and _BRACKETED.fullmatch(title):
            whole_brackets += 1
    by_commas = split >= 2 and split > whole
    by_brackets = in_brackets >= 2 and in_brackets > whole_brackets
    if not (by_commas or by_brackets):
        return entries
    kept = []
    for i, period, title, organisation in entries:
        parts = _comma_parts(title) if title and not organisation and by_commas else []
        bracket = _BRACKETED.fullmatch(title) if title and not organisation and by_brackets else None
        if bracket and len(bracket["body"].split()) >= 2 and _kind(bracket["body"]) != "title":
            # "Softwareentwicklerin (Fraunhofer FKIE)" among posts whose bracket names their body.
            title, organisation = bracket["title"].strip(" ,"), _body(bracket["body"])
        elif (
            len(parts) == 2
            and _kind(parts[0]) != "organisation"
            and not TITLE_WORD.search(parts[1])
            and not _town(parts[1])
            and not re.match(r"\d", parts[1])
        ):
            title, organisation = parts[0], _body(parts[1])
        kept.append((i, period, title, organisation))
    return kept


def _oriented_like_the_others(lines, entries):
    """A section writes its posts one way: the title and the body in the same places. Where a post's words
    say nothing of which part is which ("Fraunhofer FKIE — Softwareentwicklerin", "ASELSAN — Sistem
    Mühendisi"), it is read in the order the section's posts known by their words are written in: the body
    first when at least two of them put it first and fewer put the title first."""
    placed = []
    for n, (i, _, title, organisation) in enumerate(entries):
        if not (title and organisation):
            placed.append(None)
            continue
        start = entries[n - 1][0] + 1 if n else max(0, i - 3)
        window = range(max(start, i - 3), min(len(lines), i + 4))
        where_title = next(((k, lines[k].find(title)) for k in window if title in lines[k]), None)
        where_body = next(
            ((k, lines[k].find(organisation)) for k in window if organisation in lines[k]), None
        )
        if where_title is None or where_body is None or where_title == where_body:
            placed.append(None)
            continue
        shape = "line" if where_title[0] == where_body[0] else "lines"
        words = (_form_kind(title) == "title" or _form_kind(organisation) == "organisation") - (
            _form_kind(title) == "organisation" or _form_kind(organisation) == "title"
        )
        placed.append((shape, where_body < where_title, words))
    votes: dict[tuple[str, bool], int] = {}
    for place in placed:
        if place and place[2]:
            shape, body_first, words = place
            key = (shape, body_first if words > 0 else not body_first)
            votes[key] = votes.get(key, 0) + 1
    kept = []
    for (i, period, title, organisation), place in zip(entries, placed, strict=True):
        if place and not place[2]:
            shape, body_first, _ = place
            layout_first = votes.get((shape, True), 0)
            title_first = votes.get((shape, False), 0)
            if not body_first and layout_first >= 2 and layout_first > title_first:
                title, organisation = organisation, _body(title)
        kept.append((i, period, title, organisation))
    return kept


def _body_below(lines: list[str], anchors: list[tuple[int, Period]]) -> bool:
    """Whether every post of the section (two or more) is its dates' line with text, then a short line of
    its own naming a body by its words or its form ("08.2021 – p.t. | Sjef planavdeling (J5)" over
    "Forsvarets operative hovedkvarter (FOH), Reitan"), the other lines being the post's title: known by
    the layout, the same for each post, and the words of most of them."""
    anchor_lines = {i for i, _ in anchors}
    named = 0
    for i, period in anchors:
        rest = _post_text(lines[i], period)
        k = i + 1
        if (
            not rest
            or k >= len(lines)
            or k in anchor_lines
            or not _header_like(lines[k])
            or not _short(lines[k])
        ):
            return False
        if _town(lines[k].strip()) or _kind(lines[k]) == "title" or _kind(rest) == "organisation":
            return False
        named += _form_kind(_first_comma_part(lines[k])) == "organisation" or bool(
            _BODY_FORM.search(lines[k])
        )
    return len(anchors) >= 2 and named * 2 > len(anchors)


def _title_below(lines: list[str], anchors: list[tuple[int, Period]]) -> bool:
    """Whether the section writes the employer on the dates' line and the title on the line under it
    ("Fraunhofer FKIE   2011 – 2015" over "Software developer"), known from the posts whose words tell which
    is which: more of them say so than say the opposite."""
    anchor_lines = {i for i, _ in anchors}
    votes = 0
    for i, period in anchors:
        rest = _post_text(lines[i], period)
        if not rest or i + 1 >= len(lines) or i + 1 in anchor_lines or not _header_like(lines[i + 1]):
            continue
        if _split_post(rest)[1]:
            continue  # title and body both on the dates' line
        top, below = _form_kind(rest), _form_kind(lines[i + 1])
        votes += (top == "organisation" or below == "title") - (top == "title" or below == "organisation")
    return votes > 0


def _with_line_above(lines, i, rest, limit_before, used, title_above) -> tuple[str, str, set[int]] | None:
    """(title, organisation, lines used) of a post led by a line above its dates' line (``_led_from_above``):
    the two lines' words decide which is the title; when they do not, the section's layout does."""
    k = i - 1
    if k <= limit_before or k in used or not _header_like(lines[k]):
        return None
    title, organisation = _split_post(rest)
    if organisation and _names_a_body(organisation) or _SEPARATORS.search(rest) or _AT.search(rest):
        return None  # the post is on the dates' line: the line above is something else (an employer)
    top = lines[k].strip(" ,|")
    first, second = _form_kind(top), _form_kind(rest)
    if first == "organisation" or (second == "title" and first != "title"):
        return rest.strip(" ,|"), _body(top), {k}
    if first == "title" or second == "organisation" or title_above:
        return top, _body(rest), {k}
    return rest.strip(" ,|"), _body(top), {k}


def _wrapped_from_above(lines, i, rest, limit_before, used) -> str | None:
    """The post's line when it wrapped before its dates: "Funzionaria presso Segretariato Generale della
    Difesa e Direzione" over "Nazionale degli Armamenti, dal 2015 ad oggi". The line above joins a post to its
    body ("presso", "at the", "@") and runs on with no stop; what precedes the dates names neither a post nor
    a body of its own: it ends the body's name."""
    k = i - 1
    if k <= limit_before or k in used or not _header_like(lines[k]):
        return None
    above = lines[k].strip()
    at = _AT.search(above)
    if (
        not at
        or at["word"] not in _JOINING
        or above.endswith((".", ",", ";", ":", ")", "]"))
        or periods(above)
        or not rest.strip()[:1].isupper()
        or _kind(rest) != ""
        or _AT.search(rest)
        or _SEPARATORS.search(rest)
        or len(rest.split()) > MAX_DASHED_TITLE_WORDS
    ):
        return None
    return f"{above} {rest.strip(' ,')}"


@lru_cache(
    maxsize=1024
)  # asked again for the same line by the layout's votes (lines are <= 2,000 characters)
def _header_like(line: str) -> bool:
    text = unbulleted(line)
    return (
        text == line
        and not _DURATION.fullmatch(
            line.strip()
        )  # LinkedIn's time at an employer: "4 years", "1 year 7 months"
        and 0 < len(line) <= MAX_HEADER_LENGTH
        # A line of symbols alone ("💼", "🎓", "* * *") is an icon's heading or a rule: no title, no body.
        and re.search(r"[^\W_]", line) is not None
        and not _ends_a_sentence(line)
        and not heading(line)
        and not periods(line)
        and not _YEAR_FIRST.match(line)  # "2019 Exercise TRIDENT JUNCTURE, planner": an entry of its own
        and not _studies(line)  # a degree or a course under a post is no part of it
        # A labelled field of the CV's head ("Υπηκοότητα: Ελληνική", "Født: 02.11.1979"), in any language:
        # no post's title or body (the post's own labels are read first, ``_TITLE_LABEL``).
        and not (_FIELD_LINE.match(line) and not _TITLE_LABEL.match(line) and not _ORG_LABEL.match(line))
    )


_FIELD_LINE = re.compile(r"[^\W\d_][^\W\d_-]*(?:\s[^\W\d_]+){0,2}\s?:\s+\S")
_YEAR_FIRST = re.compile(r"\W*(?:19|20)\d\d\b(?![./-]\d)")


def _employer_heading(lines, i, period, limit_before, used) -> int | None:
    """The line above a post that names its employer alone, when the post's own line holds its title
    ("Leidos, Inc. — San Diego, CA" over "Senior Systems Engineer | Sept. 2020 – Present"): several posts
    may follow under it (US résumés)."""
    k = i - 1
    rest = _post_text(lines[i], period)
    if k <= limit_before or k in used or not rest or _kind(rest) == "organisation":
        return None
    if _header_like(lines[k]) and _kind(lines[k]) == "organisation" and len(lines[k].split()) <= 12:
        return k
    # A US résumé's employer and its town: "Booz Allen Hamilton — McLean, VA".
    employer, dash, town = lines[k].partition(" — ")
    if dash and _town(town.strip()) and _header_like(lines[k]) and not TITLE_WORD.search(employer):
        return k
    return None


def _profile_site_group(lines, i, limit_before, used) -> int | None:
    """A profile site's employer over several posts held there: its name, then the kind of employment and
    the time there ("British Army" / "Full-time · 8 yrs 7 mos"), then each post's title over its dates."""
    k = i - 3  # the employer; i - 2 its time, i - 1 the first post's title
    if k <= limit_before or {k, k + 1} & used or not _DURATION.fullmatch(lines[k + 1].strip()):
        return None
    if not (_header_like(lines[k]) and _header_like(lines[i - 1])):
        return None
    used.add(k + 1)  # the time at the employer belongs to no post's description
    return k


_SENTENCE_WORDS = 8


def _ends_a_sentence(line: str) -> bool:
    """A full stop ends a sentence, not an abbreviation ("Indra Sistemas S.A.", "Leidos, Inc.")."""
    words = line.rstrip().split()
    if not words or not words[-1].endswith("."):
        return False
    last = words[-1].rstrip(".")
    if len(words) > _SENTENCE_WORDS and not _LEGAL_FORM.fullmatch(words[-1]):
        return True  # "... the ministers' meetings of NATO.": a long line is a sentence, whatever ends it
    return not ("." in last or (len(last) <= 4 and last[:1].isupper()) or _LEGAL_FORM.fullmatch(words[-1]))


def _post(
    lines,
    i,
    period,
    columns,
    above,
    limits,
    used,
    employer="",
    lead=None,
    below_title=False,
    body_below=False,
    labels_above=False,
):
    """(title, organisation, lines used) of the entry whose period is on line ``i``."""
    limit_before, limit_after = limits
    line = lines[i]
    taken: set[int] = set()
    title = organisation = ""
    # 1. Labelled rows near the period (Europass), above it when the section's first post has them there
    # ("Employer: ..." / "Position: ..." / "Period: ..."): the rows below are the next post's.
    for k in range(max(limit_before + 1, i - 3), i if labels_above else min(limit_after, i + 4)):
        if k in used or k == i or _header_row(lines[k]):
            continue  # a table's header ("Position | Employer | From | To") labels columns, not one post
        row = unbulleted(lines[k])  # a table's rows exported as a list: "• Tipo di impiego | Ingegnere"
        if match := _TITLE_LABEL.match(row):
            title, taken = row[match.end() :].strip(), taken | {k}
        elif match := _ORG_LABEL.match(row):
            organisation, taken = _body(row[match.end() :]), taken | {k}
    if title:
        return title, organisation, taken
    # 2. A table with named columns.
    if i in columns:
        cells = [c.strip() for c in line.split("|")]
        by_role = {role: cell for role, cell in zip(columns[i], cells) if role not in ("date", "other")}
        if by_role.get("title"):
            return by_role["title"], _body(by_role.get("organisation", "")), taken
    if organisation and not _role(organisation):
        # An employer's row without a title's row: the title is the rest of the period's line.
        title = _post_text(line, period).strip(" ,|")
        if title:
            return title, organisation, taken
    # 3. The period's own line.
    rest = _post_text(line, period)
    if rest and lead is not None and (paired := _with_line_above(lines, i, rest, limit_before, used, lead)):
        return paired
    if rest and (wrapped := _wrapped_from_above(lines, i, rest, limit_before, used)) is not None:
        rest, taken = wrapped, taken | {i - 1}
    if rest:
        after = _next_header(lines, i, limit_after, used)
        below = lines[after] if after is not None else ""
        if after is not None and rest.count("(") > rest.count(")") and below.count(")") > below.count("("):
            # A bracket wrapped onto the next line: "Researcher – Defence Research Centre (Obramboslovni
            # raziskovalni | 10/2012 – 08/2014" over "center), Ljubljana".
            rest, taken, after, below = f"{rest} {below}", taken | {after}, None, ""
        if re.fullmatch(r"(?:\([^()]*\)\s*)+", below):
            # Brackets alone under the post ("(Croatian Navy)", "(posting)"): a gloss or a note, no body.
            after, below = None, ""
        if _kind(rest) == "organisation":
            # The employer on the period's line and the title on its own line, below (a US federal résumé,
            # after the town) or above.
            before = (
                i - 1 if i - 1 > limit_before and i - 1 not in used and _header_like(lines[i - 1]) else None
            )
            order = (after, before)
            if after is not None and after + 1 == limit_after and before is not None:
                # The line below sits right above the next post's dates: it leads that post, and this post's
                # title is the line above (each post "Title" over "Body, Town · dates").
                order = (before, after)
            for k in order:
                if k is not None and _kind(lines[k]) == "title":
                    return lines[k].strip(" ,|"), _body(rest), {k}
            if after is not None and _kind(below) == "" and _short(below) and not _split_post(rest)[1]:
                # The employer alone on the period's line: the line under it is the post ("BWI GmbH,
                # Meckenheim" over "Team leader network operation").
                return below.strip(" ,|"), _body(rest), {after}
        if body_below and after is not None and _kind(below) != "title" and _kind(rest) != "organisation":
            # Every post of the section writes its body on the line under its dates' line: this one too,
            # and its dates' line is the title whole ("Stabsoffiser, NATO-seksjonen" over "Forsvarsstaben,
            # Oslo").
            return rest.strip(" ,|"), _body(below), {after}
        split_here = _SEPARATORS.search(rest) and _names_a_body(_split_post(rest)[1])
        if below and _kind(below) == "organisation" and _kind(rest) != "organisation" and not split_here:
            return rest.strip(" ,|"), _body(below), {after}  # the title on the period's line, the body below
        if below and _kind(below) == "title" and _kind(rest) not in ("title", "organisation"):
            return below.strip(" ,|"), _body(rest), {after}  # the body on the period's line, the title below
        title, organisation = _split_post(rest)
        below_body = _first_comma_part(below)
        named = _named_with_commas(below)
        if (
            below
            and not _names_a_body(organisation)
            and _kind(below) != "title"
            and ((ORG_WORD.search(below_body) and not _nato_subject(below_body)) or named)
        ):
            # What follows the title's comma names no body, the line below does: "Policy Adviser, NATO and
            # Europe" over "Foreign and Commonwealth Office (FCO), London"; "Stabilisation Adviser,
            # Stabilisation Unit" over "Foreign, Commonwealth & Development Office (FCDO), London".
            return rest.strip(" ,|"), named or _body(below), {after}
        if employer and (not _names_a_body(organisation) or re.match(r"\d", organisation)):
            # Under an employer's heading, a ship or unit after a comma stays in the title.
            return rest.strip(" ,|"), employer, taken
        if (
            below_title
            and after is not None
            and not organisation
            and _kind(below) != "organisation"
            and _kind(rest) != "title"
            and _short(below)
        ):
            # Undecided by its words, the pair is read the way the section's other posts are: the body on
            # the dates' line, the title under it.
            return below.strip(" ,|"), _body(rest), {after}
        if not organisation and below and after is not None:
            organisation, taken = _body(below), {after}
        if not organisation and not employer:
            title, organisation = _title_comma_name(title)
        return title, organisation, taken
    # 4. Lines next to a period alone.
    if above:
        near = []
        for k in range(i - 1, max(limit_before, i - 4), -1):
            if k in used or not _header_like(lines[k]):
                break
            if not _town(lines[k].strip()):  # "The Hague, Netherlands" under the post before
                near.insert(0, k)
        if len(near) == 3 and (
            (_kind(lines[near[1]]) == "title" and _kind(lines[near[0]]) != "title")
            or {_kind(lines[near[1]]), _kind(lines[near[2]])} == {"title", "organisation"}
        ):
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
    title, organisation = _split_post(texts[0])
    if above and employer and len(texts) == 1 and not organisation:
        return title, employer, set(near)  # a post under its employer's heading (a profile site's group)
    if (
        len(texts) == 1
        and organisation
        and not _names_a_body(organisation)
        and not re.search(r"\s[–—|·-]\s|\s+at\s", texts[0])  # no "Title – Body" known by its form
        and _a_unit(organisation)
    ):
        # "Head of Section, NATO Affairs" alone beside its dates: the unit or subject after the comma is part
        # of the title, the employer is the heading above the posts (or unknown), not the unit.
        return texts[0].strip(" ,|"), employer, set(near)
    spaced = _SEPARATORS.search(texts[0]) or " – " in texts[0]
    if (
        len(texts) > 1
        and _names_a_body(organisation)
        and not above
        and (spaced or _ends_a_sentence(texts[1]))
    ):
        # "Title — Body, unit" (or "Title, Body" over a sentence) on the line under the dates: the line
        # after it is the post's description.
        return title, organisation, {near[0]}
    if len(texts) > 1 and not above and texts[0].count(" | ") == 1 and title and organisation:
        # "Title | Body, Town" under the dates: two cells say which is which, whatever the body's words; the
        # line after it is the post's description.
        return title, organisation, {near[0]}
    if len(texts) > 1:
        first, second = texts[:2]  # a third line goes on with the organisation's unit and town
        if _kind(second) == "title" and _kind(first) != "title":
            first, second = second, first  # the line recognised as the title is the title, above or below
        title, organisation = first, _body(second)
    return title, organisation, set(near)


def _title_comma_name(text: str) -> tuple[str, str]:
    """(title, organisation) of "Title, Name" beside its dates when nothing else names the employer (no line
    under it, no heading above): the name after the comma is the employer, whatever its language
    ("Analiste Politike, Instituti për Demokraci dhe Ndërmjetësim (IDM)"), unless it is a unit or subject in
    common words ("Head of Section, NATO Affairs"), a town, or the title's own words go on ("Officer, then
    Head"). The whole text as title and no organisation when unsure."""
    parts = _comma_parts(text)
    if len(parts) != 2:
        return text, ""
    title, name = parts
    if (
        _kind(title) == "organisation"
        or _kind(name) == "title"
        or _a_unit(name)
        or _town(name)
        or re.match(r"\d", name)
        or len(name.split()) < 2
        and not _BODY_FORM.search(name)
    ):
        return text, ""
    return title, _body(name)


def _named_with_commas(line: str) -> str:
    """A body whose name holds a comma, known by its abbreviation in a bracket, its town after it:
    "Foreign, Commonwealth & Development Office (FCDO), London" -> "Foreign, Commonwealth & Development
    Office (FCDO)"; "" otherwise."""
    match = re.fullmatch(
        r"([^()|]+,[^()|]+?\s\([A-Z][A-Za-z&]{1,9}\))(?:,\s*([^,()|]+(?:,[^,()|]+)?))?", line.strip()
    )
    place = (match[2] or "").strip() if match else ""
    if not match or (place and not (_town(place) or _place_name(place))):
        return ""
    return match[1] if ORG_WORD.search(match[1]) else ""


def _a_unit(text: str) -> bool:
    """A unit or a subject of work in common words ("Security Policy Directorate", "NATO Affairs"), not a
    body's own name ("SHAPE", "Telecom Italia")."""
    if ORG_WORD.search(text) and _nato_subject(text):
        return True
    return bool(WEAK_ORG.search(text) or common_english(text, at_least=UNIT_ZIPF)) and not _BODY_FORM.search(
        text
    )


def _place_name(text: str) -> bool:
    """One to three capitalised words naming no body and no post: a town after a body ("London")."""
    return bool(re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){0,2}", text)) and not (
        ORG_WORD.search(text) or TITLE_WORD.search(text)
    )


def _short(line: str) -> bool:
    """A line that may be a post's title: a few words, no sentence."""
    return len(line.split()) <= 12 and not _ends_a_sentence(line) and not line.rstrip().endswith(".")


def _next_header(lines, i, limit_after, used) -> int | None:
    """The line after the period's line that may hold its title or organisation; a town alone
    ("Arlington, VA", "Mons (BEL)") is passed over."""
    for k in range(i + 1, min(limit_after, i + 3)):
        if k in used or not _header_like(lines[k]) or _TITLE_LABEL.match(lines[k]):
            return None
        if not _town(lines[k].strip()):
            return k
    return None


# A town alone on its line: "Arlington, VA", "Den Helder (NLD)", "Brussels, Belgium".
_COUNTRIES = "|".join(sorted({*MEMBER_NATIONS, "USA", "UK", "Belgique", "Deutschland", "Italia", "España"}))
_PLACE = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){0,2}"
    # A region between the town and its country: "Brussels, Brussels Region, Belgium".
    rf"(?:,\s*[A-ZÀ-Þ][\w'’.-]+(?:[ -][A-ZÀ-Þ][\w'’.-]+){{0,2}}(?=,\s*(?:{_COUNTRIES})$))?"
    rf"(?:,\s*[A-Z]{{2}}(?:\s+\d{{5}})?|\s*\([A-Z]{{2,3}}\)|,\s*(?:{_COUNTRIES}))"
)


def _town(text: str) -> bool:
    """A town alone ("Arlington, VA", "Brussels, Belgium", "Brussels, Brussels Region, Belgium", a duty
    station or a country named alone), not a body in a country ("NATO HQ, Belgium")."""
    if text.casefold() in DUTY_STATIONS or text.casefold() in COUNTRY_NAMES:
        return True
    return bool(_PLACE.fullmatch(text)) and not ORG_WORD.search(text) and not TITLE_WORD.search(text)


_MEMBERSHIP = re.compile(
    r"\b(?:committee|board|jury|panel|comité|commission|ausschuss|vorstand|beirat|comitato|comisión|comissão"
    r"|bestuur|styre|styrelse|komitet|výbor)\b",
    re.IGNORECASE,
)


# Time between posts, written with its dates among them, in the member nations' languages.
_BREAK = re.compile(
    r"\W*(?:career break|career gap|gap year|sabbatical(?: leave| year)?|(?:parental|maternity|paternity"
    r"|family|sick|unpaid|extended) leave|leave of absence|job ?seeking|job search|unemployed|between (?:jobs"
    r"|positions)|travel(?:l)?ing|full-time (?:parent|carer)|caring for|family reasons|congé (?:parental"
    r"|maternité|sabbatique|de maternité)|année sabbatique|sans emploi|elternzeit|mutterschutz|sabbatjahr"
    r"|arbeitssuchend|auszeit|excedencia|baja (?:maternal|por maternidad)|congedo (?:parentale|di maternità)"
    r"|licença (?:parental|de maternidade)|ouderschapsverlof|zwangerschapsverlof|foreldrepermisjon"
    r"|föräldraledig(?:het)?|forældreorlov|urlop (?:macierzyński|wychowawczy|rodzicielski)"
    r"|rodičovská dovolená|materská dovolenka|gyes|ebeveyn izni|doğum izni)\b",
    re.IGNORECASE,
)
# A title written as a sentence about oneself ("I am a lecturer in ...") is prose, not a post's title.
_FIRST_PERSON = re.compile(
    r"\bI (?:am|was|have|had|worked|served|led|managed|hold|held|joined|work|serve)\b|\bI['’]m\b"
    r"|\b(?:[Mm]y|[Ww]e|[Oo]ur|[Jj]e|[Jj]['’]ai|[Ii]ch|[Mm]eine?|[Ii]k|[Mm]ijn|[Jj]eg|[Jj]ag)\b"
)
MAX_TITLE_WORDS = 20


def _prose(title: str) -> bool:
    words = title.split()
    return (
        bool(_FIRST_PERSON.search(title))
        or len(words) > MAX_TITLE_WORDS
        or (bool(_FULL_STOP.search(title)) and len(words) > 12)
        # A note starting with a verb in lower case: "2010–11: deployed with ISAF as platoon commander".
        or bool(
            re.match(r"(?:deployed|seconded|attached|assigned|detached|posted|sent|served|studied)\b", title)
        )
    )


def _studies(title: str) -> bool:
    """A course, a staff college or a degree is not a post, unless its title names one ("Instructor,
    Command and Staff College"); nor is being a student ("Student | Army War College")."""
    named = names_staff_college(title) or degree_in(title) or _COURSE.search(title)
    # A post's word inside a course's name is no post: "General Staff Officer Course", "Staff Officer
    # Course (Stat Major)"; "Course Director" and "Instructor, Staff Course" are posts.
    posts = [m for m in TITLE_WORD.finditer(title) if not _COURSE.match(title, _course_after(title, m.end()))]
    return (
        (bool(named) and not posts)
        or bool(_STUDENT.fullmatch(title.strip(" .,")))
        # "Elev, stabsstudiet": a student of the course named after the comma.
        or bool(_STUDENT.fullmatch(_first_comma_part(title).strip(" .,|")) and _COURSE.search(title))
        # not "Head of Training", a post over the training
        or bool(
            _EVENT.fullmatch(first := _first_comma_part(title).strip(" .,|"))
            # a post's word that says whose training it is stays an event ("Pilot training"), one that says
            # who is over it makes a post ("Head of Training")
            and (not TITLE_WORD.search(first) or not _OVER_IT.search(first))
        )
    )


_OVER_IT = re.compile(r"\b(?:of|for|de|des|du|der|für|di|del|della|do|da)\b", re.IGNORECASE)
# Training or an event attended, named first on its line ("Pre-deployment training, Multinational Joint
# Headquarters Ulm", "NATO seminar, Riga"): its dates are no post's (a unit named with the word stays:
# "Training and Doctrine Command").
_EVENT = re.compile(
    r"(?:[\w'’-]+\s+){0,3}(?:training|seminar|workshop|conference|symposium|summer school|study visit"
    r"|formation|séminaire|colloque|ausbildung|seminar|schulung|tagung|formación|seminario|formazione"
    r"|convegno|formação"
    # Training in the other member languages.
    r"|opleiding|szkolenie|výcvik|eğitimi?|koulutus|utbildning|uddannelse|opplæring|obuka|usposabljanje"
    r"|pregătire|képzés|mokymai|apmācība|koolitus|обучение|обука|εκπαίδευση)"
    # a bracket naming its parts, and a full stop: "Flying training (Elementary, Basic Fast Jet, OCU)."
    r"(?:\s*\([^()]*\))?\.?",
    re.IGNORECASE,
)


def _course_after(text: str, position: int) -> int:
    """Where the next word after ``position`` starts when it follows in the same part (no comma between)."""
    match = re.compile(r"[^,;|()]*?\s(?=\w)").match(text, position)
    return match.end() if match else len(text)


_COURSE = re.compile(
    r"\b(?:course|cours|lehrgang|curso|corso|kurs|studium|curs|kursas|kurzus|tanfolyam|kurssi|kursus|kurz"
    # Turkish "eğitimi" (training) and "kursu", the Norwegian "stabsstudiet" (staff studies).
    r"|eğitimi|kursu|\w+studiet)\b",
    re.I,
)
_STUDENT = re.compile(
    r"(?:student|course member|course participant|participant|élève(?:-officier)?|étudiante?"
    r"|lehrgangsteilnehmer(?:in)?|studentin|allievo|frequentatore|alumno|alumna|estudiante|aluno"
    r"|kursant|słuchacz|posluchač|hallgató|öğrenci|cadet|kadett|officer cadet|elev|studerende|kursdeltaker"
    r"|kursdeltager|kursdeltagare|opiskelija)"
    # "Student officer", "élève-officier", "öğrenci subay": a student who is an officer is still a student.
    r"(?:[ -](?:officer|officier|offizier|ufficiale|oficial|oficer|subay|důstojník|dôstojník|tiszt))?"
    r"|(?:officer|staff|course) student",
    re.IGNORECASE,
)


@lru_cache(
    maxsize=1024
)  # asked again for the same line by the layout's votes (lines are <= 2,000 characters)
def _form_kind(text: str) -> str:
    """``_kind``, or a body known by its form when its words say nothing: a legal form at its end or start
    in any member nation's company law ("ASELSAN A.Ş.", "Síminn hf.", "Konštrukta-Defence a.s.", "UAB
    Baltic Systems"; cleanco's table, ``reference.companies``)."""
    return _kind(text) or ("organisation" if _LEGAL_END.search(text.strip()) or has_legal_form(text) else "")


# A company's legal form ending a name (as ``_LEGAL_FORM``, which is written after a comma).
_LEGAL_END = re.compile(
    r"(?<=\s)(?:A\.Ş|S\.A|S\.p\.A|SpA|a\.s|AB|ASA|A/S|AS|GmbH|AG|KG|SE|SAS|SARL|Ltd|Inc|LLC|plc|Oy|Oyj|N\.V|B\.V"
    r"|S\.r\.l|Srl|sp\. z o\.o|d\.o\.o|d\.d|s\.r\.o|š\.p|hf|ehf|Kft|Zrt|Nyrt|Lda|Ltda|S\.L)\.?$"
)


@lru_cache(
    maxsize=1024
)  # asked again for the same line by the layout's votes (lines are <= 2,000 characters)
def _kind(text: str) -> str:
    has_org = bool(ORG_WORD.search(text)) and not _only_weak(text)
    has_title = bool(TITLE_WORD.search(text))
    if has_org and not has_title:
        return "organisation"
    if has_title and not has_org:
        return "title"
    if has_title and _TITLE_OF.match(text) and not _names_a_body(text):
        return "title"  # "Head of Section for NATO Integration": a unit and a subject, no body
    return ""


_TITLE_OF = re.compile(r"\W*(?:head|chief|director|deputy head|deputy director|officer)\s+(?:of|for)\s", re.I)


def _names_a_body(text: str) -> bool:
    """Whether the text names an employing body of its own: "NATO Maritime Command", not a unit or a
    subject ("Capability Planning", "NATO Policy", "Maritime C5ISR")."""
    return any(
        not WEAK_ORG.fullmatch(m[0]) and m[0].casefold() not in {"nato", "otan"}
        for m in ORG_WORD.finditer(text)
    )


def _nato_subject(text: str) -> bool:
    """A subject of work that names NATO without being it: "NATO and Europe", "NATO Policy"."""
    words = {m[0].casefold() for m in ORG_WORD.finditer(text)}
    return words <= {"nato", "otan"} and text.strip().casefold() not in {"nato", "otan"}


def _only_weak(text: str) -> bool:
    return all(WEAK_ORG.fullmatch(m[0]) for m in ORG_WORD.finditer(text))


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
        first, second = _form_kind(cells[0]), _form_kind(cells[1])
        # "Employer — Title": the body first when it names one (by its words or its legal form: "Põhjala
        # Tarkvara OÜ — Arendaja"), or when only the other names a post.
        if (first == "organisation" and second != "organisation") or (second == "title" and first != "title"):
            return cells[1].strip(" ,"), _body(cells[0])
        return cells[0].strip(" ,"), _body(cells[1])
    slashed = text.split(" / ")
    if (
        len(slashed) == 2
        and TITLE_WORD.search(slashed[0])
        and _names_a_body(slashed[1])
        and not TITLE_WORD.search(slashed[1])
    ):
        # "Staff Officer J7 / Joint Forces of the Slovak Armed Forces": a post, a slash, then its body (a
        # title given in two languages, "Chef de section / Section Head", names no body after the slash).
        return slashed[0].strip(" ,"), _body(slashed[1])
    at = _AT.search(text)
    if (
        at
        # "Analyst at the Ministry": a post starts in a capital; "he studied at the Academy" is prose.
        and not (at["article"] and text[0].islower())
        and (
            (at["word"] in _JOINING and len(text[: at.start()].split()) <= MAX_AT_TITLE_WORDS)
            or ORG_WORD.search(text[at.end() :])
            or re.match(r"[A-Z]{3,}\b", text[at.end() :])
            # "Research assistant at Fraunhofer FKIE, Wachtberg": a post, then a name that is none.
            or (TITLE_WORD.search(text[: at.start()]) and not TITLE_WORD.search(text[at.end() :]))
        )
    ):
        return text[: at.start()].strip(" ,"), _body(text[at.end() :])
    parts = _comma_parts(text)
    if not parts:  # a line of nothing but separators ("| |", ", ,"): no post in it
        return "", ""
    # "Title, unit – Body, town": the body after the last spaced dash ("Commanding Officer, NRP Viana do
    # Castelo (P360) – Portuguese Navy").
    dashed = re.split(r"\s+[–—]\s+", text)
    if len(dashed) >= 2 and TITLE_WORD.search(dashed[0]) and _names_a_body(_first_comma_part(dashed[-1])):
        return " – ".join(dashed[:-1]).strip(" ,"), _body(dashed[-1])
    if (
        len(dashed) == 2
        and TITLE_WORD.search(dashed[1])
        and not TITLE_WORD.search(dashed[0])
        and len(dashed[1].split()) <= MAX_DASHED_TITLE_WORDS
    ):
        # "ISAF, Regional Command North – Mentor": where the body or mission comes first, the post after
        # the dash is the title.
        return dashed[1].strip(" ,"), _body(dashed[0])
    if (
        len(dashed) == 2
        and _capitalised_name(dashed[0])
        and not TITLE_WORD.search(dashed[0])
        and all(word[0].islower() for word in dashed[1].split())
        and len(dashed[1].split()) <= MAX_DASHED_TITLE_WORDS
    ):
        # "Ministerstvo obrany – odborná referentka": a name in capitals, then common words in small letters
        # after the dash; as languages that write a post in small letters put the body first.
        return dashed[1].strip(" ,"), _body(dashed[0])
    # "Senior Policy Analyst, Department of National Defence, Policy Group": a body named in full ("X of
    # Y") before units in common words is the body, the units after it its own.
    for n, part in enumerate(parts[1:-1], start=1):
        if _FULL_NAME.match(part) and ORG_WORD.search(part) and all(_a_unit(p) for p in parts[n + 1 :]):
            return ", ".join(parts[:n]), _body(", ".join(parts[n:]))
    for n, part in enumerate(parts[1:], start=1):
        if ORG_WORD.search(part) and not _only_weak(part) and not _nato_subject(part):
            return ", ".join(parts[:n]), _body(", ".join(parts[n:]))
    # " – " between a title and a body ("Policy Officer – European Defence Agency, Directorate").
    dashed = re.split(r"\s+[–—-]\s+", parts[0], maxsplit=1)
    if len(dashed) == 2 and ORG_WORD.search(dashed[1]) and not _only_weak(dashed[1]):
        return dashed[0], _body(dashed[1])
    # "Title – Body, town" where the body is known by its form rather than its words: an acronym in
    # capitals ("ASELSAN A.Ş."), a legal form, or its abbreviation in a bracket ("Intracom Defense (IDE)").
    # A hyphen between spaces is the dash as a keyboard types it ("Sistem Mühendisi - ROKETSAN A.Ş.").
    dashed = re.split(r"\s+[–—-]\s+", parts[0], maxsplit=1)
    if (
        len(dashed) == 2
        and len(dashed[0].split()) <= MAX_DASHED_TITLE_WORDS
        and _kind(dashed[0]) != "organisation"
        and _BODY_FORM.search(dashed[1])
    ):
        return dashed[0], _body(dashed[1])
    # Units only: the last one is the body, those before it belong to the title ("Chief, Plans and Policy
    # Section (J5), Multinational Division South-East (MND-SE), Bucharest").
    units = [
        n for n, part in enumerate(parts[1:], start=1) if ORG_WORD.search(part) and not _nato_subject(part)
    ]
    if units:
        n = units[-1]
        return ", ".join(parts[:n]), _body(", ".join(parts[n:]))
    if len(parts) == 2 and _LEGAL_END.search(parts[1]) and _kind(parts[0]) != "organisation":
        # "Kıdemli Sistem Mühendisi, ASELSAN A.Ş.": a company known by its legal form after the comma.
        return parts[0], _body(parts[1])
    # "Network Security Analyst, Telecom Italia, Milan": a title, then a name that is no title.
    if len(parts) >= 2 and TITLE_WORD.search(parts[0]) and not TITLE_WORD.search(parts[1]):
        return parts[0], _body(parts[1])
    # "Budget Analyst – State Treasury of Latvia": the same with a spaced dash, the name in capitals.
    dashed = re.split(r"\s+[–—]\s+", parts[0])
    if (
        len(dashed) == 2
        and TITLE_WORD.search(dashed[0])
        and not TITLE_WORD.search(dashed[1])
        and _capitalised_name(dashed[1])
        and all(word[:1].isupper() or word in _NAME_JOINERS for word in dashed[1].split())
    ):
        return dashed[0].strip(" ,"), _body(dashed[1])
    # "Revizorica (Državni ured za reviziju)": a body in the bracket that ends the line, the post before it
    # (a bracket that is a unit, a branch or a note stays: "Operations Officer (G3)", "J5 (plans)").
    bracket = _BRACKETED.fullmatch(text)
    if (
        bracket
        and len(bracket["body"].split()) >= 2
        and (_names_a_body(bracket["body"]) or _LEGAL_END.search(bracket["body"].split(" (")[0]))
        and not _names_a_body(bracket["title"])
        and _kind(bracket["body"]) != "title"
    ):
        return bracket["title"].strip(" ,"), _body(bracket["body"])
    return text, ""


# A body's name in full: its kind, then whose it is ("Department of National Defence", "Ministry of Defence").
_FULL_NAME = re.compile(r"^[A-Z][\w-]+ of (?:the )?[A-Z]")
# Small words inside a body's name ("State Treasury of Latvia", "Agenzia per la Cybersicurezza").
_NAME_JOINERS = frozenset(
    ["of", "and", "for", "the", "de", "du", "des", "la", "le", "per", "di", "del", "der", "für", "und"]
)


def _capitalised_name(text: str) -> bool:
    """A proper name of two words or more that starts in a capital letter ("Lietuvos Respublikos krašto
    apsaugos ministerija", "Ministerstvo obrany"), not a sentence: no full stop or colon in it."""
    words = text.split()
    return len(words) >= 2 and words[0][0].isupper() and not re.search(r"[.:;]\s", text)


def _comma_parts(text: str) -> list[str]:
    """The parts of a line between commas, a part that goes on with the one before kept with it: one that
    starts in small letters ("Platoon Leader, then Company Commander", "Officier programmes, systèmes
    sol-air") or is a legal form ("Telia Lietuva, AB", "VOP Trenčín, š.p."). By their form, not their words."""
    parts: list[str] = []
    for part in (p.strip() for p in re.split(r",\s+", text)):
        if not part:
            continue
        if parts and (part[0].islower() or _LEGAL_FORM.fullmatch(part)):
            parts[-1] = f"{parts[-1]}, {part}"
        else:
            parts.append(part)
    return parts


MAX_DASHED_TITLE_WORDS = 6
# A post, then a bracket ending the line (which may hold a bracket of its own: "Računovođa (Hrvatska
# elektroprivreda d.d. (HEP))").
_BRACKETED = re.compile(r"(?P<title>[^()]+?)\s+\((?P<body>[^()]+(?:\([^()]*\)[^()]*)?)\)")
MAX_AT_TITLE_WORDS = 8
_BODY_FORM = re.compile(
    r"^[A-ZÀ-ÞĞŞİ]{3,}\b|\([A-ZÀ-Þ][\w&.\- ]{0,12}[A-Z)]\)\s*$|\([A-ZÀ-Þ]{2,}[\w&.\- ]{0,10}\s\d{1,3}\)\s*$|(?<!\w)(?:A\.Ş\.|S\.A\.|S\.p\.A\.|a\.s\.|AB|ASA"
    r"|GmbH|AG|Ltd\.?|Inc\.?|plc|Oy|N\.V\.|B\.V\.|S\.r\.l\.|sp\. z o\.o\.|d\.o\.o\.|s\.r\.o\.)(?!\w)"
)


def _body(text: str) -> str:
    """The employing body alone: no unit after a comma, no town after a dash.

    >>> _body("Booz Allen Hamilton, Defense & Intelligence Group — Arlington, VA")
    'Booz Allen Hamilton'
    """
    text = _EMPLOYMENT_KIND.sub("", text.strip(" ,|"))  # LinkedIn: "BAE Systems · Full-time"
    text = re.split(r"\s+—\s+|\s+\|\s+", text)[0]
    first = _first_comma_part(text)
    series = _SERIES.match(text)
    if series:
        first = series[0]  # "Foreign, Commonwealth & Development Office": one name, its commas a series'
    elif not _names_a_body(first) and (WEAK_ORG.search(first) or common_english(first, at_least=UNIT_ZIPF)):
        # A unit written before its body ("Capability Development, European Defence Agency"): the body.
        rest = text[len(first) :].lstrip(" ,")
        while rest:
            part = _first_comma_part(rest)
            if _names_a_body(part):
                first = part
                break
            rest = rest[len(part) :].lstrip(" ,")
    dashed = re.split(r"\s+[–-]\s+", first)
    if (
        len(dashed) > 1
        and "(" not in dashed[-1]
        and not ORG_WORD.search(dashed[-1])
        and len(dashed[-1].split()) <= 3
    ):
        first = " – ".join(dashed[:-1]) if len(dashed) > 2 else dashed[0]
    return first.strip(" ,")


# Single words joined by commas and a last "&" or "and": one name ("Foreign, Commonwealth & Development Office").
_SERIES = re.compile(r"(?:[A-ZÀ-Þ][\w'-]*,\s+)+[A-ZÀ-Þ][\w'-]*\s+(?:&|and|et|und|y|e|i|og|och|en)\s+[^,]+")
_EMPLOYMENT_KIND = re.compile(
    r"\s*·\s*(?:full-time|part-time|self-employed|freelance|contract|permanent|temporary|internship"
    r"|apprenticeship|seasonal)\s*$",
    re.IGNORECASE,
)


def _first_comma_part(text: str) -> str:
    """Up to the first comma outside brackets that is not followed by a legal form ("Leidos, Inc.",
    "VOP Trenčín, š.p.").

    >>> _first_comma_part("Leidos, Inc., Reston"), _first_comma_part("Royal Netherlands Navy, frigate squadron")
    ('Leidos, Inc.', 'Royal Netherlands Navy')
    """
    depth = 0
    for n, char in enumerate(text):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char == "," and depth == 0 and not _LEGAL_FORM.match(text, n + 1):
            return text[:n]
    return text


# Legal forms written after a comma, as part of the company's name.
_LEGAL_FORM = re.compile(
    r"\s*(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|kg|se|sa|s\.a|nv|n\.v|bv|b\.v|spa|s\.p\.a|srl|s\.r\.l|sas"
    r"|sarl|s\.à r\.l|as|a\.s|a/s|ab|oy|oyj|asa|s\.r\.o|spol\. s r\.o|d\.o\.o|d\.d|š\.p|s\.p|sp\. z o\.o"
    r"|zrt|nyrt|kft|a\.ş|ehf|ltda|lda|s\.l)\.?(?=,|\s|$)",
    re.IGNORECASE,
)
