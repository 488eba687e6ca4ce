"""Degrees and staff colleges in a CV.

An education entry is a line (or table row) naming a degree (``reference.degrees``: "MSc", "Master 2",
"Diplom-Ingenieur", "Mestrado", "Licenciatura", "Laurea triennale", "Magister", a Québec "baccalauréat"
awarded by a university...). Its parts are split at commas, cells and spaced dashes, never inside
brackets: the part with the degree gives the field of study ("MSc in Defence Studies", "Master 2 Droit
international public", "Diplom-Kaufmann (Betriebswirtschaftslehre)"), or the part after it when the degree
stands alone ("MSc, Defence Studies, King's College London"), or a row of its own under it ("Smjer /
Field: International Relations"), or a line above it that says what was studied and where ("Study of
computer science at the University of Bonn" over "Degree: Diplom-Informatiker"); a bracket after the field
stays when it is an English gloss ("Politikos mokslai (Political Science)") and goes when it names the
degree, the school, a grade or the subject in the national language; a part naming a university, school
or college is the institution; the last year is the year of award. Courses that award no degree are not
entries. A line without a degree that follows one gives it the institution or year it lacks.

The staff college flag is set by any national or NATO command and staff college or course, under its
many names ("Advanced Command and Staff Course", "Führungsakademie der Bundeswehr", "École de guerre",
"Curso de Estado Mayor", "Joint Command and Staff Programme").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from reference.degrees import DEGREE_KINDS, DEGREE_NAMES, UNIVERSITY_WORDS
from reference.patterns import any_of

from .dates import periods
from .lines import unbulleted
from .proposal import ProposedEducation
from .words import common_english

_INSTITUTION = re.compile(
    r"\b(?:\w*(?:gymnasium|gymnasiet|gymnasie|schule|universität|hochschule|akademie|lyceum|skole|skolen"
    r"|skola|skolan|skóli|skólinn|koulu)"
    r"|universit[yéàeäa]\w*|universidad\w*|universidade|università|uniwersytet\w*|univerzit\w*"
    r"|college|institute|institut\w*|instituto|istituto|school|academy|acad[ée]mi[ea]|akademi\w*"
    r"|polytechnic|politecnico|polytechnique|hochschule|fachhochschule|sciences po|[ée]cole|escuela|escola"
    r"|scuola|lyc[ée]e|gymnasium|faculty|facult[éy]|fakult\w*|facultad|faculdade|tu|eth|epfl"
    r"|h[øo]gskole\w*|h[øo]yskole\w*|högskola\w*|universitet\w*|universiteit|hogeschool|akademi\w*"
    r"|egyetem\w*|politechnika|szkoła|škola|univerza|sveučilište|üniversitesi|ülikool|universitāte"
    r"|universitetas|akademija|yliopisto|korkeakoulu|okulu|akademisi|enstitüsü|fakültesi|университет\w*"
    r"|академия|колеж|универзитет\w*|факултет\w*|πανεπιστήμιο\w*|σχολή|kolegij|veleučilište|fakulteta?|ülikool\w*|augstskola|kolegija"
    r"|ath[ée]n[ée]e|atheneum|liceo|colegio|coll[èe]ge|gimnazija|gimnazjum|lisesi|гимназия|гимназија|училище"
    r"|училиште|gimnazi|gjimnazi|colegiul|liceul|gimnázium|gimnaasium|gümnaasium|ģimnāzija|gimnazija)\b",
    re.IGNORECASE,
)
# National and NATO command and staff colleges and courses, as CVs name them (lower case, read in any case).
STAFF_COLLEGES = (
    "staff college", "command and staff", "command & staff", "staff course", "staff officer course",
    "staff programme", "staff program", "war college", "general staff course", "joint services command",
    "führungsakademie", "generalstabsdienst", "generalstabslehrgang", "lehrgang generalstab", "école de guerre",
    "ecole de guerre", "école supérieure de guerre", "ecole superieure de guerre", "cours supérieur d'état-major",
    "cours superieur d'etat-major", "curso de estado mayor", "curso estado mayor", "curso de comando y estado mayor",
    "corso di stato maggiore", "corso stato maggiore", "istituto superiore di stato maggiore", "harp akademi",
    "nato defence college", "nato defense college", "canadian forces college", "baltic defence college",
    "curso de estado-maior", "estado-maior conjunto", "hogere defensievorming", "hogere stafcursus",
    "stafschool", "stabsskole", "stabsutbildning", "stabskurs", "videregående uddannelsestrin ii",
    "yleisesikuntaupseerikurssi", "esiupseerikurssi", "kurz generálního štábu", "dowódczo-sztabow",
    "zapovjedno-stožern", "curs de stat major", "cursul de stat major", "vezérkari tanfolyam", "rakovski",
    "silahlı kuvvetler akademisi", "scuola di guerra", "kursi i shtabit", "shtabit të komandës", "corso normale di stato maggiore", "collège interarmées de défense",
    "college interarmees de defense", "enseignement militaire supérieur du second degré", "stabsofficersutbildning",
)  # fmt: skip
# Their abbreviations, read as whole words.
STAFF_COLLEGE_ABBREVIATIONS = (
    "lgan", "cemfas", "esfas", "issmi", "jcsp", "jcsc", "acsc", "hcsc", "csem", "cemc", "hdv", "vut ii",
)  # fmt: skip
_STAFF_COLLEGE = re.compile(
    rf"{any_of(list(STAFF_COLLEGES))}|\b{any_of(list(STAFF_COLLEGE_ABBREVIATIONS))}\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SPLIT = re.compile(r"\s*[,;|]\s+|\s+[–—-]\s+|\s*\|\s*")


@cache
def _degree_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for level, words, abbreviations in DEGREE_NAMES:
        parts = [rf"(?i:\b(?:{words})(?![\w-]))"]
        if abbreviations:
            parts.append(rf"(?<![\w.])(?:{abbreviations})(?![\w])")
        patterns.append((level, re.compile("|".join(parts))))
    return tuple(patterns)


# Romanian written with the cedilla letters of older keyboards ("licenţă", "Bucureşti") for the comma-below
# ones the degree names use ("licență"): one code point for another, so where a match falls is unchanged.
_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def degree_in(text: str) -> tuple[str, re.Match[str]] | None:
    """(level, where) of the highest degree named in ``text``.

    >>> degree_in("Diplomă de licenţă, specializarea Relaţii internaţionale")[0]
    'bachelor'
    """
    text = text.translate(_COMMA_BELOW)
    for level, pattern in _degree_patterns():
        match = pattern.search(text)
        if match:
            if level == "secondary" and re.search(UNIVERSITY_WORDS, text, re.I):
                return "bachelor", match  # a Québec baccalauréat
            return level, match
    return None


def attended_staff_college(lines: list[str]) -> bool:
    """Whether a line names a staff college or course the person attended: not one they are selected or
    waiting for ("Selected for the Joint Staff Course ... starts August 2027 (not yet attended)"), nor one
    where they teach or spoke ("Guest lecturer at the NATO Defense College", "Directing Staff, Joint
    Services Command and Staff College"), nor a functional course for staff officers ("NATO Logistics
    Staff Officer Course", "Staff Officer Orientation Course"): when unsure, the applicant says so."""
    return any(
        names_staff_college(line)
        and not _NOT_ATTENDED.search(line)
        # A staff course "(no degree)" was attended all the same: the words say only that it awards none.
        and not _UNFINISHED.search(_NO_DEGREE.sub(" ", _student_then(line)))
        and not _TAUGHT_THERE.search(line)
        and not _ANSWERED_NO.search(line)
        and not _SHORT_STAY.search(line)
        and not _PART_OF_COURSE.search(line)
        and not _DENIED.search(line)
        for line in lines
    )


# A period that ended ("Aug 2019 – Jul 2021", "2018-2019"): its last year.
_CLOSED_PERIOD = re.compile(
    r"\b(?:19|20)\d\d\s*[–—-]\s*(?:[^\W\d_]{3,10}\.?\s+|\d{1,2}[./])?(?P<end>(?:19|20)\d\d)\b"
)


def _student_then(line: str) -> str:
    """The line without "student" when the period it gives has ended: a student of a staff course in a
    table of posts ("Aug 2019 – Jul 2021 | Student, Senior Staff Course") attended it; a student now may not
    finish.

    >>> _student_then("2019 – 2021 | Student, Senior Staff Course"), _student_then("2026 – 2099 | Student")
    ('2019 – 2021 | , Senior Staff Course', '2026 – 2099 | Student')
    """
    ended = [int(m["end"]) for m in _CLOSED_PERIOD.finditer(line)]
    if ended and max(ended) < dt.date.today().year:
        return re.sub(r"\bstudent\b", "", line, flags=re.IGNORECASE)
    return line


# A course the CV itself says is none: "Career course for majors, 2016 - no degree; not a staff college",
# "ikke stabsskole", "kein Generalstabslehrgang".
_DENIED = re.compile(
    r"\b(?:not|no|kein\w*|geen|niet|pas|nie|non|nem|ikke|inte|ei|nu)\s+"
    r"(?:(?:a|an|un|une|una|uno|einen?|eine|een|en|ett)\s+)?"
    rf"(?:{_STAFF_COLLEGE.pattern})",
    re.IGNORECASE,
)
_NO_DEGREE = re.compile(r"\b(?:no degree|without degree|non-degree)\b", re.IGNORECASE)
# A form's question answered "No" ("Have you attended a national or NATO command and staff college?: No").
_ANSWERED_NO = re.compile(r"\?\s*[:|]?\s*(?:no|non|nein|nee|nej|ne|nie|não|jo)\.?\s*$", re.IGNORECASE)


# The preparation for a staff course, or a course at the NATO School, is no staff college: "Command and
# Staff Course preparatory module", "NATO Staff Officer Course, NATO School Oberammergau" (the NATO School's
# courses last one or two weeks). A staff course by distance learning, completed, is one.
_PART_OF_COURSE = re.compile(
    r"\b(?:preparatory|pre-course|precourse|préparatoire|vorbereitungs\w*|nato school|oberammergau)\b",
    re.IGNORECASE,
)


# A few days or weeks there: a short course or a visit at a staff college, not its staff course
# ("Crisis Communication Course – Baltic Defence College (5 days)"); a staff course lasts months.
_SHORT_STAY = re.compile(
    r"\b\d{1,2}[- ](?:days?|weeks?|wks|jours|semaines|tage|wochen|días|semanas|giorni|settimane|dni"
    r"|tygodni|dnů|týdnů|napos|hetes|päeva|nädalat|dienas|nedēļas|dienų|savaičių|дни|седмици|ημέρες"
    r"|εβδομάδες)\b",
    re.IGNORECASE,
)


# Teaching or speaking at a college is no attendance ("Instructor at the Baltic Defence College").
_TAUGHT_THERE = re.compile(
    r"\b(?:(?:guest |visiting |senior |associate )?(?:lecturer|lecturing|lectured|lectures|professor|speaker"
    r"|instructor|instructeur|instruktør|instruktor|dozent(?:in)?|docente|enseignant(?:e)?|teacher|tutor"
    r"|faculty member|directing staff)|teach(?:es|ing)?|taught|spoke|gave (?:a )?(?:talk|lecture)s?"
    r"|chargée? de cours|intervenante?|conférencier|conférencière|profesor(?:a)?|lehrgangsleiter(?:in)?"
    r"|lehrbeauftragte[rn]?|visiting (?:researcher|fellow|scholar)|research fellow(?:ship)?|fellowship"
    r"|research division)\b",
    re.IGNORECASE,
)


_NOT_ATTENDED = re.compile(
    r"\b(?:selected for|nominated for|not yet attended|will attend|to attend|applied for|starts|starting"
    r"|planned for|sélectionnée? pour|désignée? pour|ausgewählt für|vorgesehen für|seleccionad[oa] para"
    r"|selezionat[oa] per|udtaget til|uttatt til|uttagen till)\b",
    re.IGNORECASE,
)


def names_staff_college(text: str) -> bool:
    named = list(_STAFF_COLLEGE.finditer(text))
    if not named:
        return False
    functional = [(f.start(), f.end()) for f in _FUNCTIONAL_COURSE.finditer(text)]
    return any(not any(start <= m.start() < end for start, end in functional) for m in named)


# A course for staff officers of one trade or at the start of staff work is no staff college: "NATO
# Logistics Staff Officer Course", "Basic Staff Course", "Intelligence Staff Course" (a word before it),
# "Staff Officer Orientation Course".
_FUNCTIONAL_COURSE = re.compile(
    r"\b(?:basic|junior|introductory|initial|orientation|logistics?|intelligence|cimic|targeting|medical"
    r"|legal|finance|financial|budget|cis|communications?|signals?|public affairs|personnel|movements?"
    r"|exercise|training|nbc|cbrn|engineer|information|psyops|gender)\s+staff\s+(?:officers?\s+)?course"
    r"|staff\s+officers?\s+(?:orientation|induction|introduction|familiari[sz]ation)\s+course",
    re.IGNORECASE,
)


def education(lines: list[str]) -> tuple[ProposedEducation, ...]:
    lines, entries = _form_records(lines)
    studied: dict | None = None  # "Study of computer science at the University of Bonn" over its degree
    # Dates on a line of their own above each degree ("2014" / "Master's degree in ...", Europass "Dates:
    # 2005 – 2010" / "Title of qualification awarded: ...") are that degree's, not the one before's: so
    # when the section starts with such a line, each one waits for the degree under it.
    dates_above = _dates_come_first(lines)
    waiting_year: int | None = None
    # So are schools named on a line of their own above each degree.
    school_above = _institutions_come_first(lines)
    waiting_school = ""
    for raw in lines:
        if dates_above and _dates_only(unbulleted(raw)):
            years = _YEAR.findall(raw)
            waiting_year = int(years[-1]) if years else None
            continue
        if school_above and _school_alone(raw):
            waiting_school = _institution(unbulleted(raw).strip())
            continue
        if _PART_OF_DEGREE.search(raw):
            continue  # modules or courses of a degree are not the degree ("MBA modules (Finance), INSEAD")
        if _HONORARY.search(raw):
            continue  # an honorary degree is an honour, not studies ("Doctor honoris causa")
        thesis = _THESIS.match(unbulleted(raw))
        if thesis and not degree_in(unbulleted(raw)[thesis.end() :]):
            continue  # a note on the degree above ("Master's thesis: ...", "Bachelor thesis on ...")
        for line in one_degree_each(unbulleted(raw)):
            if _UNFINISHED.search(line):
                # A degree in progress, abandoned or only begun is no entry; a note under a degree that says
                # so ("(tesi in preparazione)", "Thesis ... submission expected 2027") takes its degree out,
                # not an item of its own ("- Doctoranda en ...", "Propedeuse ..., Universiteit Leiden").
                if degree_in(line):
                    entries.append(
                        {"level": "", "field": "", "institution": "", "year": None, "unfinished": True}
                    )
                elif entries and not (
                    _BULLETED.match(raw) or _INSTITUTION.search(line) or _STUDENT_NOUN.match(line)
                ):
                    entries[-1]["unfinished"] = True
                studied = None
                continue
            study = _STUDY.search(line)
            if study and not degree_in(line):
                years = _YEAR.findall(line)
                studied = {
                    "field": _clean_field(study["field"]),
                    "institution": _institution(study["institution"] or ""),
                    "year": int(years[-1]) if years else None,
                }
                continue
            subjects = _SUBJECTS_LABEL.match(line)
            if subjects:  # Europass: "Principal subjects/occupational skills covered | ..."
                # A field named as such ("Major:", "pääaine:", "smjer:") says the subject better than the
                # degree's own domain ("Valtiotieteiden maisteri", a master of social sciences); a list of
                # subjects only fills an empty field.
                named = not _SUBJECTS_LIST.match(line)
                if entries and (named or not entries[-1]["field"]) and entries[-1]["level"] != "secondary":
                    entries[-1]["field"] = _clean_field(line[subjects.end() :]) or entries[-1]["field"]
                continue
            line = _plain_dates(_ROW_LABEL.sub("", line))
            parts = [_first_language(part) for part in _parts(line)]
            labelled = _degree_label(parts)
            found = next(((i, d) for i, part in enumerate(parts) if (d := degree_in(part))), None)
            if found:
                index, (level, match) = found
                if _named_twice(parts[index]):
                    # "Master of Economics (mag. oec.), Accounting and Auditing": the part is the degree's
                    # name in two forms, and a field after it is the subject.
                    field = _field_beside(parts, index, after_only=True) or _field(parts[index], match)
                else:
                    field = _field(parts[index], match)
                    if field and f"({field})" in parts[index]:
                        # "Master of Science (Technology), Geoinformatics": the bracket qualifies the degree
                        # when a field follows it; alone, it is the field ("Bachelor of Laws (Law)").
                        field = _field_beside(parts, index, after_only=True) or field
                    if field and not any(_INSTITUTION.search(part) for part in parts):
                        field = _field_goes_on(field, parts[index + 1 :])
                    field = field or _field_beside(
                        parts, index, marked_only=not _stands_alone(parts[index], match)
                    )
                    if labelled:
                        # The degree's whole name as the label, the field its value: "Μεταπτυχιακό Δίπλωμα
                        # Ειδίκευσης (ΜΔΕ): Διεθνείς Σπουδές" (not "Ειδίκευσης", a word of the name).
                        field = _field_beside(parts, index, after_only=True) or field
                    if not field and labelled:
                        field = _field_after_institution(parts, index)
                marked = next(
                    (
                        p
                        for k, p in enumerate(parts)
                        if k != index
                        and (
                            _FIELD_LABEL.match(_YEAR_LEAD.sub("", p))
                            or _FIELD_WORD_LEAD.match(_YEAR_LEAD.sub("", p).strip())
                        )
                    ),
                    None,
                )
                if marked and _clean_field(marked):
                    # A field under its label beside the degree is the field: "magistar ekonomije, smjer:
                    # Marketing" (the degree's own domain, "ekonomije", is not).
                    field = _clean_field(marked)
                # The institution nearest after the degree, else before it.
                rest = parts[index + 1 :] + parts[:index][::-1]
                if level == "secondary" and re.search(UNIVERSITY_WORDS, line, re.I):
                    level = "bachelor"  # a Québec baccalauréat, awarded by a university
                elif level == "secondary":
                    field = ""  # a school-leaving diploma has no field of study
                aside = not field and not degree_in(re.sub(r"\([^()]*\)", " ", line))
                entries.append(
                    {
                        "level": level,
                        "field": field,
                        "institution": waiting_school,
                        "year": waiting_year,
                        "aside": aside,
                    }
                )
                waiting_year, waiting_school = None, ""
                if studied and level != "secondary":
                    # A study line above gives what the degree's own line lacks: not a year or a school when
                    # the line has its own ("2017 Postgraduate studies in ..." over "2006 Master of ...").
                    own = {
                        "year": bool(_YEAR.search(line)),
                        "institution": any(_INSTITUTION.search(p) and not degree_in(p) for p in parts),
                    }
                    for key, value in studied.items():
                        if not own.get(key):
                            entries[-1][key] = entries[-1][key] or value
                studied = None
            elif (
                entries
                and not entries[-1]["field"]
                and entries[-1]["level"] != "secondary"
                and _FIELD_WORD_LEAD.match(_YEAR_LEAD.sub("", line).strip())
            ):
                # The field on the line under its degree, after its word: "študijný odbor medzinárodné
                # ekonomické vzťahy (2012)" under "Ing. – Ekonomická univerzita v Bratislave, Fakulta ...".
                entries[-1]["field"] = _clean_field(_YEAR_LEAD.sub("", line))
                continue
            elif (
                entries
                and not entries[-1].get("unfinished")
                and (not entries[-1]["institution"] or entries[-1]["year"] is None)
                and not _course(line)
            ):
                rest = parts
            else:
                continue
            entry = entries[-1]
            for part in rest:
                if not entry["institution"] and _INSTITUTION.search(part) and not degree_in(part):
                    entry["institution"] = _institution(part)
            years = _YEAR.findall(line)
            if years and entry["year"] is None:
                entry["year"] = int(years[-1])
    kept: dict[tuple, ProposedEducation] = {}
    for entry in entries:
        if entry.get("unfinished") or (
            # A degree named only in a bracket, with no field, institution or year, describes another line:
            # "Five-year integrated programme (Integrated Master, 300 ECTS)" under the diploma it describes.
            entry.get("aside") and not (entry["field"] or entry["institution"] or entry["year"])
        ):
            continue
        proposed = ProposedEducation(**{k: v for k, v in entry.items() if k not in ("unfinished", "aside")})
        # The same degree written twice (a summary and the section, two languages) is one entry, the
        # first written, given what the second adds.
        key = (proposed.level, proposed.field.casefold(), proposed.year)
        first = kept.get(key)
        if first is None:
            kept[key] = proposed
        elif not first.institution and proposed.institution:
            kept[key] = ProposedEducation(first.level, first.field, proposed.institution, first.year)
    degrees = list(kept.values())
    # A CV written twice in two languages, one after the other: the second half repeats the first's levels
    # and years in the same order; the first version is kept.
    half = len(degrees) // 2
    shape = [(degree.level, degree.year) for degree in degrees]
    if half >= 2 and len(degrees) % 2 == 0 and shape[:half] == shape[half:]:
        degrees = degrees[:half]
    return tuple(degrees)


# A form's rows about one school (a Personal History Form): "2.1 Institution: ...", "From: 10/2006 To:
# 07/2009", "Degree/diploma obtained: ...", "Main field of study: ...".
_FORM_LABEL = re.compile(
    r"^(?:[\d.]+\s*\|?\s*)?(?:(?P<institution>(?:name of (?:the )?)?(?:institution|university|school|college)"
    r"|établissement|einrichtung|institución|istituto)"
    # A web form's rows about a degree before its institution's: "Level (ISCED): ...", "Degree title: ...".
    r"|(?P<degree_first>level \(isced\)|isced level|degree title|title of (?:the )?degree)"
    r"|(?P<degree>(?:degree|diploma|qualification)"
    r"(?:\s*/\s*(?:degree|diploma|qualification))?(?: obtained| awarded)?|diplôme obtenu|abschluss)"
    r"|(?P<field>(?:main )?(?:field|course|subject)s? of stud(?:y|ies)|main subjects?|major|spécialité"
    r"|studienfach)|(?P<dates>from|dates?|period|start date|end date|graduated|graduation(?: date| year)?"
    r"|(?:date|year) of graduation|year(?: (?:obtained|awarded|completed))?|completed|awarded))"
    r"\s*(?:\([^()]*\))?\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def _form_records(lines: list[str]) -> tuple[list[str], list[dict]]:
    """A form's labelled rows of each school read as one entry each (its degree, field, institution and the
    year its dates end); the other lines, to be read as usual."""
    rest: list[str] = []
    entries: list[dict] = []
    record: dict[str, str] | None = None
    # A record that starts with another row than the institution's ("Level (ISCED): ...", "Degree title:
    # ...", then "Institution: ..."): its rows go back to the other lines when they hold no degree.
    held: list[str] = []

    def close() -> None:
        degree = degree_in(record.get("degree", "")) if record else None
        if held and not degree:
            rest.extend(held)
        held.clear()
        if record and degree:
            level = degree[0]
            years = _YEAR.findall(record.get("dates", ""))
            field = "" if level == "secondary" else _clean_field(record.get("field", ""))
            if not field and level != "secondary":
                # "Degree: Master of Science (magister) – Cyber Security": the field in the degree's row.
                field = next((e.field for e in education([record["degree"]]) if e.level == level), "")
            entries.append(
                {
                    "level": level,
                    "field": field,
                    "institution": _institution(record.get("institution", "")),
                    "year": int(years[-1]) if years else None,
                }
            )

    for line in lines:
        label = _FORM_LABEL.match(line.strip())
        if label and label["institution"] and (record is None or "institution" in record or not held):
            close()
            record = {"institution": label["value"]}
        elif label and label["institution"] and record is not None:
            record["institution"] = label["value"]
            held.append(line)
        elif label and label["degree_first"] and (record is None or "institution" in record):
            close()  # the next record's first row
            record = {"degree": label["value"]}
            held.append(line)
        elif label and record is not None:
            kind = next(k for k in ("degree_first", "degree", "field", "dates") if label[k])
            kind = "degree" if kind == "degree_first" else kind
            record[kind] = f"{record.get(kind, '')} {label['value']}".strip()
            if held:
                held.append(line)
        else:
            close()
            record = None
            rest.append(line)
    close()
    return rest, entries


# An academic year ("2012/13", "2012/2013"): the degree is awarded at its end.
_ACADEMIC_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d/.-])")


PERIOD_HEAD = 80
PERIOD_MARGIN = 12


def _plain_dates(line: str) -> str:
    """A line's leading period as the year it ends ("X.2009 – VII.2011 Diplomă de master – ..." -> "2011 |
    Diplomă de master – ..."), so that its dash is no separator between parts; an academic year as its
    second year ("2012/13" -> "2013")."""

    def second(match: re.Match[str]) -> str:
        first, end = int(match[1]), match[2]
        year = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
        return str(year) if year == first + 1 else match[0]

    if "/" in line:
        line = _ACADEMIC_YEAR.sub(second, line)
    # Only the line's head is read for its period (linear time on long lines); a period cut by the head's
    # end is left alone.
    head = line[:PERIOD_HEAD]
    found = [p for p in periods(head) if len(head) == len(line) or p.stop < len(head) - PERIOD_MARGIN]
    if found and not line[: found[0].begin].strip(" •-*·(") and " " in line[found[0].begin : found[0].stop]:
        period = found[0]
        year = (period.end or period.start)[:4]
        line = f"{year} | {line[period.stop :].lstrip(' |,')}"
    return line


_DATES_LABEL = re.compile(
    r"^\s*(?:dates?|period|période|periode|zeitraum|periodo|período|years?|année|jahr|anno|año|ano)\s*[:|]?\s*",
    re.IGNORECASE,
)


def _dates_only(line: str) -> bool:
    """A line of nothing but a year or a period, maybe after a label ("2014", "Dates: 2005 – 2010")."""
    text = _DATES_LABEL.sub("", line)
    if not _YEAR.search(text):
        return False
    for period in reversed(periods(text)):
        text = text[: period.begin] + " " + text[period.stop :]
    return not re.search(r"[^\W\d_]", _YEAR.sub(" ", text))


FIRST_ENTRY_LINES = 6


def _dates_come_first(lines: list[str]) -> bool:
    """Whether the first education line that holds a date or a degree holds only dates (among the
    section's first lines: its first entry starts there)."""
    for raw in [line for line in lines if line][:FIRST_ENTRY_LINES]:
        line = unbulleted(raw)
        if _dates_only(line):
            return True
        if degree_in(line) or _YEAR.search(line):
            return False
    return False


def _institutions_come_first(lines: list[str]) -> bool:
    """Whether the section names each school on a line of its own above its degree (LinkedIn's export:
    "Universidad Complutense de Madrid" over "Máster, Análisis de Inteligencia · (2012 - 2013)"): the first
    line naming a school or a degree names a school alone, and the line under it a degree without one."""
    shown = [unbulleted(line) for line in lines if line.strip()][:FIRST_ENTRY_LINES]
    for n, line in enumerate(shown):
        if degree_in(line):
            return False
        if _INSTITUTION.search(line):
            below = shown[n + 1] if n + 1 < len(shown) else ""
            return _school_alone(line) and bool(degree_in(below)) and not _has_institution(below)
    return False


def _school_alone(line: str) -> bool:
    """A line that names a school and nothing else: no date, no degree, no study ("Study of ... at ...")."""
    line = unbulleted(line).strip()
    return bool(
        _INSTITUTION.search(line)
        and not re.search(r"\d", line)
        and not degree_in(line)
        and not _STUDY.search(line)
        and "|" not in line
        and len(_parts(line)) <= 2
    )


def _has_institution(line: str) -> bool:
    """Whether a part of the line other than the degree's names a school."""
    return any(_INSTITUTION.search(part) and not degree_in(part) for part in _parts(line))


# Words that say a degree is being studied for, was abandoned or is not yet awarded, in the member
# nations' languages ("PhD candidate", "in corso", "tesis en curso", "abgebrochen", "devam ediyor").
_UNFINISHED = re.compile(
    r"\b(?:candidate(?! of sciences)|in progress|ongoing|on-going|expected|not (?:yet )?(?:completed|finished"
    r"|awarded)|incomplete|uncompleted|withdrawn|interrupted|discontinued|abandoned|no degree|without degree|non-degree"
    r"|(?:phd|doctoral|master'?s?|graduate) student|student(?! \((?:stx|hhx|htx|hf)\))|pending|currently (?:enrolled|studying|pursuing)"
    r"|enrolled|pursuing|in corso|în curs|in curs|non (?:ancora )?conseguit[oa]|in preparazione|dottorand[oa]|iscritt[oa]"
    r"|en curso|cursando|sin finalizar|no finalizad[oa]|doctorand[oa]|prevista|em curso|em elaboração"
    r"|em andamento|não conclu[íi]d[oa]|doutorand[oa]|en cours|en préparation|doctorant(?:e)?|non (?:terminée?"
    r"|achevée?|validée?)|abandonnée?|soutenance (?:envisagée|prévue)|abgebrochen|ohne abschluss|laufend"
    r"|doktorand(?:in)?|nicht abgeschlossen|voraussichtlich|niet voortgezet|niet afgerond|lopend"
    r"|promovend(?:us)?|devam ediyor|devam etmekte|tez aşaması|pågående|påbegynt|ikke fullført"
    r"|ikke afsluttet|pågår|avbruten|ej avslutad|w trakcie|nieukończon[ey]|doktorant(?:ka)?|nedokončen[éáy]?"
    r"|probíhá|prebieha|u tijeku|v teku|nezavršen[oa]?|(?:since|depuis|seit|desde|sinds|siden|sedan)"
    r"\s+(?:[^\W\d_]+\.?\s+)?(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_BULLETED = re.compile(r"\s*(?:[-•*·▪◦‣–—]|\d+[.)])\s+")
# A person studying: "Doctoranda en ...", "PhD candidate", "Doktorand": an item, not a note on the one before.
_STUDENT_NOUN = re.compile(
    r"\W*(?:\w+\s+)?(?:doctorand[oa]?|doctorant(?:e)?|doktorand(?:in)?|doutorand[oa]|dottorand[oa]|doktorant"
    # ... not Denmark's upper-secondary exam, "Student (stx)".
    r"|promovendus|student(?! \((?:stx|hhx|htx|hf)\))|candidate)\b",
    re.IGNORECASE,
)


# Several degrees named on one line share what follows them: "Ph.D. (2016), M.Sc. (2011) and B.Sc. (2009)
# in Computer Science, University of Tartu", "B.S. & M.S., Electrical Engineering — Georgia Tech (2009,
# 2010)", "Bc. 2011 · Ing. 2013 – Finance"; degrees in parts after semicolons are read apart.
_JOINER = re.compile(
    r"\s*(?:\(\s*(?P<year>(?:19|20)\d\d)\s*\)|(?P<bare>(?:19|20)\d\d))?\s*(?:,|&|·|;|\+|\band\b|\bund\b"
    r"|\bet\b|\bog\b|\boch\b|\bve\b|\ba\b|\by\b|\be\b|\bi\b|\ben\b)\s*"
)
_OWN_YEAR = re.compile(r"\s*(?:\(\s*((?:19|20)\d\d)\s*\)|((?:19|20)\d\d)(?![\d/.-]))")
_YEARS_LIST = re.compile(r"\(\s*((?:19|20)\d\d(?:\s*[,;]\s*(?:19|20)\d\d)+)\s*\)")


MAX_DEGREES_IN_ROW = 4
MAX_DEGREE_ROW = 400  # characters: a row of degrees is shorter (and crafted text stays cheap)


def one_degree_each(line: str) -> list[str]:
    """The line written once for each degree it names in a row, each with its own year.

    >>> one_degree_each("Bc. (2010) and Ing. (2012) in Robotics, Czech Technical University")
    ['Bc. in Robotics, Czech Technical University, 2010', 'Ing. in Robotics, Czech Technical University, 2012']
    """
    if len(line) > MAX_DEGREE_ROW:
        return [line]
    if ";" in line:
        halves = [half for half in re.split(r"\s*;\s+", line) if half.strip()]
        if len(halves) > 1 and all(degree_in(half) for half in halves):
            return [one for half in halves for one in one_degree_each(half)]
    found = _degree_matches(line)
    for first in range(len(found)):
        chain = [found[first]]
        years: list[str | None] = []
        end = found[first].end()
        for match in found[first + 1 :]:
            joiner = _JOINER.fullmatch(line, end, match.start())
            if not joiner:
                break
            years.append(joiner["year"] or joiner["bare"])
            chain.append(match)
            end = match.end()
            if len(chain) > MAX_DEGREES_IN_ROW:
                break
        if len(chain) < 2:
            continue
        if len(chain) > MAX_DEGREES_IN_ROW:
            return [line]  # a list of that many is no person's degrees (and crafted text stays linear)
        own = _OWN_YEAR.match(line, end)
        years.append(own and (own[1] or own[2]))
        if own:
            end = own.end()
        rest = re.sub(r"^\s*(?:degrees?|diplomas?)\b", "", line[end:], flags=re.I)
        if not any(years):
            listed = _YEARS_LIST.search(rest)
            if listed and len(found_years := re.findall(r"\d{4}", listed[1])) == len(chain):
                years = list(found_years)
                rest = (rest[: listed.start()] + rest[listed.end() :]).rstrip()
        prefix = line[: chain[0].start()]
        return [
            f"{prefix}{match[0]}{rest}" + (f", {year}" if year else "") for match, year in zip(chain, years)
        ]
    return [line]


def _degree_matches(line: str) -> list[re.Match[str]]:
    """Every degree named in the line, in order, none inside another."""
    matches = sorted(
        (m for _, pattern in _degree_patterns() for m in pattern.finditer(line)),
        key=lambda m: (m.start(), -m.end()),
    )
    kept: list[re.Match[str]] = []
    for match in matches:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


# A line that says what was studied, and where, without naming the degree (given on the line after it).
_STUDY = re.compile(
    r"\b(?:study|studies|studium|studied|études|studi|estudios|studia|studie)\s+(?:of|in|der|de|en|di|z)\s+"
    r"(?P<field>[^,|]+?)(?:\s+(?:at|an der|an|à|a|at the|in)\s+(?:the\s+|der\s+|l['’]\s*)?"
    r"(?P<institution>[^,|]*(?:universit|college|school|hochschule|école|academy|institut)[^,|]*))?\s*(?:[,|]|$)",
    re.IGNORECASE,
)
# Europass rows: the label before the value, in the languages of its templates.
_ROW_LABEL = re.compile(
    r"^(?:title of (?:the )?qualification(?: awarded)?|qualification(?: awarded)?|degree|diploma"
    r"|name and type of (?:the )?organisation providing education and training|intitulé du certificat ou"
    r" diplôme délivré|titre du diplôme|nom et type de l'établissement d'enseignement ou de formation"
    r"|bezeichnung der erworbenen qualifikation|name und art der bildungs- oder ausbildungseinrichtung"
    r"|titolo della qualifica rilasciata|nome e tipo d'organizzazione erogatrice dell'istruzione e formazione"
    r"|título de la cualificación obtenida|nombre y tipo del centro de estudios"
    r"|name (?:and (?:type|address) )?of (?:the )?(?:organi[sz]ation|institution|establishment|school|university)"
    r"(?: providing (?:education|training|education and training))?|awarding body|institution)\s*[|:]\s*",
    re.IGNORECASE,
)
_SUBJECTS_LIST = re.compile(
    r"(?:principal subjects|main subjects|principales matières|hauptfächer|principali tematiche"
    r"|principales materias)",
    re.IGNORECASE,
)
_SUBJECTS_LABEL = re.compile(
    r"^(?:principal subjects(?:\s*/\s*occupational skills covered)?|main subjects|principales matières"
    r"(?:\s*/\s*compétences professionnelles couvertes)?|hauptfächer(?:\s*/\s*berufliche fähigkeiten)?"
    r"|principali tematiche(?:\s*/\s*competenze professionali possedute)?|principales materias"
    r"(?:\s*/\s*competencias profesionales adquiridas)?"
    # A field of study on a row of its own, under its degree: "Smjer / Field: International Relations".
    r"|(?:[^\W\d_]+\s*/\s*)?(?:field(?: of study)?|major|speciali[sz]ation|study programme|programme|spécialité"
    r"|filière|fachrichtung|studienfach|studiengang|specializzazione|indirizzo|especialidad|especialização"
    r"|kierunek|specjalność|obor|studijní program|smjer|smer|studijski program|szak|bölüm|alan|specializare"
    r"|specialitate|studierretning|studieretning|inriktning|pääaine|richting|afstudeerrichting))\s*[|:]\s*",
    re.IGNORECASE,
)


def _first_language(part: str) -> str:
    """A degree written again in a second language after a slash is the same degree: the first is kept.

    >>> _first_language("Maîtrise en génie logiciel / Master's in Software Engineering")
    'Maîtrise en génie logiciel'
    """
    if "/" not in part:
        return part
    for slash in re.finditer(r"\s+/\s+", part):
        again = degree_in(part[slash.end() :])
        if again and again[1].start() == 0 and degree_in(part[: slash.start()]):
            return part[: slash.start()]
    return part


def _field_goes_on(field: str, after: list[str]) -> str:
    """A field with a comma in it, on a line whose institution is written on the next one: "MSc Systems
    Engineering, Policy Analysis and Management". The part after the comma goes on with the field when it is
    a capitalised phrase of subjects joined by a word such as "and" (no year, degree, grade or bracket)."""
    if not after:
        return field
    part = after[0]
    words = part.split()
    if (
        len(words) < 2
        or not part[:1].isupper()
        or _year_only(part)
        or degree_in(part)
        or _GRADE_WORDS.search(part)
        or _FIELD_MARK.match(part)
        or re.search(r"\d|\(", part)
        or _MINOR.match(part)
        or not re.search(r"\s(?:and|&|of|for|in|et|und|y|e|i|en|og|och|ja|és)\s", part)
    ):
        return field
    return f"{field}, {part}"


_MINOR = re.compile(r"(?:nebenf[äa]ch(?:er)?|bifag|minors?|mineures?|biämne)\b", re.IGNORECASE)


def _degree_label(parts: list[str]) -> bool:
    """A degree written as a row's label, its institution, field and year after it ("Yüksek Lisans:
    Bilkent Üniversitesi, Elektrik Mühendisliği, 2016"): the part is split at the colon (in place)."""
    for i, part in enumerate(parts):
        if i + 1 < len(parts) and parts[i + 1].startswith(":") and degree_in(part):
            parts[i + 1] = parts[i + 1].lstrip(": ")  # "Lisans | : Orta Doğu Teknik Üniversitesi"
            return True
        label = re.fullmatch(r"([^:]{2,40}?)\s*(?:\|\s*)?:\s*(.+)", part)
        if label and degree_in(label[1]) and not degree_in(label[2]):
            parts[i : i + 1] = [label[1], label[2]]
            return True
        if label and (kind := degree_in(label[1])) and (named := degree_in(label[2])) and kind[0] == named[0]:
            # The label names the degree that its value names again ("Doctorado: Programa de Doctorado en
            # Relaciones Internacionales", a Spanish CVN): the value alone.
            parts[i] = label[2]
    return False


def _field_after_institution(parts: list[str], index: int) -> str:
    """After a degree label, the part after the institution when only years follow it and it reads as a
    subject (two words or more, no institution, degree or grade)."""
    k = index + 1
    if k >= len(parts) or not _INSTITUTION.search(parts[k]):
        return ""
    k += 1
    if k >= len(parts) or not all(_year_only(part) for part in parts[k + 1 :]):
        return ""
    part = parts[k]
    if (
        len(part.split()) < 2
        or _INSTITUTION.search(part)
        or degree_in(part)
        or _GRADE_WORDS.search(part)
        or _year_only(part)
    ):
        return ""
    return _clean_field(part)


# Where a field written with its degree ends and the institution begins: "Licenciada en Ciencias
# Políticas por la Universidad Complutense", "MSc Physics at the University of Oslo".
_BEFORE_INSTITUTION = re.compile(
    r"\s+(?:(?:por|at|from|à|an|von|presso|dalla|na|ved|vid|aan|bij|op|w|na|pri)\s+(?:(?:la|el|the|l'|der|dem"
    r"|die|de|het|o|a)\s+)?(?:[^\W\d_]+\s+){0,2}|(?:de|di|da|del|della|do|da|des|du)\s+(?:(?:la|l'|el|o|a)\s*)?)$",
    re.IGNORECASE,
)


MAX_FIELD_TEXT = 300


def _cut_at_institution(field: str) -> str:
    """The field without an institution written after it with a linking word; unchanged otherwise."""
    if len(field) > MAX_FIELD_TEXT:
        return field  # no field is that long (``_clean_field`` leaves it out)
    institution = _INSTITUTION.search(field)
    if not institution:
        return field
    start = max(0, institution.start() - 80)  # the link is a few words before it
    link = _BEFORE_INSTITUTION.search(field, start, institution.start())
    return field[: link.start()] if link and link.start() > 0 else field


def _stands_alone(part: str, match: re.Match[str]) -> bool:
    """Whether the part names the degree and nothing else ("MSc", "Bachelor of Arts (Honours)",
    "Abschluss Diplom-Kaufmann (Univ.)"), so that its field may be the part beside it; "Diplôme
    d'ingénieur de l'École de l'air" names where it was awarded instead. A degree named in a closing bracket
    glosses the national name before it ("Diploma osnovnih studija (Bachelor)", "Mg.sc.pol. (master's
    degree)"): the part names the degree alone."""
    before, after = part[: match.start()], _without_domain(part, match)
    if before.count("(") > before.count(")") and re.fullmatch(r"[^()]*\)\s*", after):
        return True
    rest = re.sub(r"\([^()]*\)", " ", before + " " + after)
    rest = re.sub(
        rf"\b(?:of\s+)?(?:{DEGREE_KINDS})\b|\b(?:abschluss|awarded|degree|diploma)\b"
        rf"|\b(?:{_STUDIES_WORD.pattern})\b",  # "Master studije", "Osnovne studije": the degree's kind
        " ",
        rest,
        flags=re.I,
    )
    return not re.search(r"[^\W\d_]{2,}", _QUALIFIERS.sub(" ", rest))


# Words before a degree's name that say what kind of degree it is, not its subject: "Executive MBA",
# "Integrated Master", "Filosofie magisterexamen" (Swedish: a degree of the faculty of philosophy).
_QUALIFIERS = re.compile(
    r"\b(?:executive|joint|integrated|dual|double|professional|postgraduate|graduate|undergraduate|research"
    r"|taught|advanced|filosofie|teknologie|politices|juris|erasmus mundus|european|international|part-time"
    r"|full-time|part time|full time|one year|two years?|distance|online|evening|extramural|external"
    r"|recherche|professionnel|deltid|heltid|teilzeit|berufsbegleitend)\b",
    re.IGNORECASE,
)


def _named_twice(part: str) -> bool:
    """Whether the part ends with a bracket that names its degree again: "Master of Economics (mag. oec.)"."""
    bracket = re.search(r"\(([^()]*)\)\s*$", part)
    if not (bracket and bracket.start() > 0 and degree_in(part[: bracket.start()])):
        return False
    letters = bracket[1].strip()
    # The degree's initials, as nations abbreviate their own degrees ("Valtiotieteiden maisteri (VTM)",
    # "Filosofie magister (FM)"): capitals, the first the name's own first letter.
    initials = bool(
        re.fullmatch(r"[^\W\d_][^\W\d_.]{0,6}\.?", letters)
        and sum(char.isupper() for char in letters) >= 2
        and letters[0].casefold() == part.strip()[0].casefold()
    )
    return initials or bool(degree_in(letters))


def _field_beside(
    parts: list[str], index: int, *, marked_only: bool = False, after_only: bool = False
) -> str:
    """A degree named alone takes its field from the part next to it: after it ("MSc, Defence Studies,
    King's College London"), or before it when that part says it is a study ("Studium
    Wirtschaftswissenschaften, Abschluss Diplom-Kaufmann", not "Saint-Cyr, diplôme d'ingénieur"); dates
    in between are passed over, an institution is not a field. A degree named with more (where it was
    awarded) takes only a part that says it is the field ("spécialité ...")."""
    for step in (1,) if after_only else (1, -1):
        k = index + step
        while 0 <= k < len(parts) and _year_only(parts[k]):
            k += step
        # The degree's abbreviation beside its name is passed over too: "Master of Arts - MA, EU Studies".
        while (
            0 <= k < len(parts)
            and step == 1
            and re.fullmatch(r"[A-Z][A-Za-z.]{0,5}", parts[k].strip())
            and _abbreviation(parts[k].strip())
        ):
            k += step
        # (a degree named again in a closing bracket leaves the part a field: "međunarodni odnosi (MA)")
        if (
            not 0 <= k < len(parts)
            or _INSTITUTION.search(parts[k])
            or degree_in(re.sub(r"\([^()]*\)\s*$", "", parts[k]))
        ):
            continue
        if _GRADE_WORDS.search(parts[k]):
            continue  # "final grade 1.7", "cum laude": how the degree was passed, not in what
        if re.fullmatch(r"[A-Z][A-Z&.-]{1,9}", parts[k].strip()):
            continue  # an acronym alone names a school ("INSEAD", "SNSPA"), not a subject
        if (marked_only or step == -1) and not _FIELD_MARK.match(_YEAR_LEAD.sub("", parts[k])):
            continue
        field = _clean_field(parts[k])
        if field and step == 1 and not any(_INSTITUTION.search(part) for part in parts):
            field = _field_goes_on(field, parts[k + 1 :])  # "Bc. – Finance, Banking and Investment"
        if field:
            return field
    return ""


# The word that says "field of study" or "speciality" before the subject, in the member languages
# ("специалност Международни отношения", "študijný odbor medzinárodné vzťahy", "kierunek stosunki
# międzynarodowe", "specializarea relații internaționale", "smjer politologija", "ειδίκευση ...").
FIELD_WORDS = (
    r"специалност|специалность|специјалност|насока|smjer|smer|(?:študijný |studijní |studijni )?(?:odbor|obor)"
    r"|kierunek(?: studiów)?|specjalność|specializarea|specializare|specializacija|specijalizacija"
    r"|specializācija|specialybė|studijų programa|studiju programma|studijski program|študijski program"
    r"|студиска програма|студијска програма|студијски програм"
    r"|szakirány|õppekava|eriala|pääaine|koulutusohjelma|ειδίκευση|κατεύθυνση|studieretning|studieinriktning"
    r"|afstudeerrichting|richting|profili|dega|bölümü|anabilim dalı|especialidade|especialidad|especialização"
    r"|indirizzo|fachrichtung|studienrichtung|spécialité|specialit[éy]|speciali[sz]ation"
)
_FIELD_MARK = re.compile(
    rf"(?:{FIELD_WORDS}|major|option|mention|schwerpunkt|field"
    r"|specializace|szak|studium|studies|study"
    r"|hauptfach|hovedfag|huvudämne|studiengang|studienfach"
    r"|études|estudios|studi|studia|studie|studier)\b",
    re.IGNORECASE,
)
_YEAR_LEAD = re.compile(r"^[\d\s–—./:-]*")
# A part or line that opens with the word for "field of study" and goes on with the subject.
_FIELD_WORD_LEAD = re.compile(rf"(?:{FIELD_WORDS})\s+[^\W\d_]", re.IGNORECASE)


def _course(line: str) -> bool:
    """A course, or a stay abroad during studies ("Semester abroad, University of Edinburgh (Erasmus)"):
    it gives the degree above no institution or year."""
    return bool(_COURSE_OR_STAY.search(line))


_COURSE_OR_STAY = re.compile(
    r"\bcourse\b|\bcours\b|\blehrgang\b|\bcurso\b|\bcorso\b|\berasmus\b|\bexchange\b|semester abroad"
    r"|study abroad|summer school|visiting (?:student|scholar|researcher)|auslandssemester|séjour d'études"
    r"|semestre (?:à l'étranger|de intercambio|all'estero)|\bintercambio\b|\bscambio\b|échange",
    re.IGNORECASE,
)
_PART_OF_DEGREE = re.compile(
    r"\b(?:mba|msc|ma|master(?:'s|’s)?|bachelor(?:'s|’s)?|ba|bsc|phd|degree)\s+(?:modules?|courses?|coursework"
    r"|credits|units|classes|subjects)\b(?!\s+(?:in|of)\b)|\b(?:modules?|courses?|coursework|credits|units)\s+"
    r"(?:of|from|towards|toward)\s+(?:an?\s+|the\s+)?(?:mba|msc|ma|master|bachelor|ba|bsc|phd|degree)",
    re.IGNORECASE,
)
_HONORARY = re.compile(
    r"\bhonorary (?:degree|doctorate|doctor|master|fellow\w*)|\bhonoris causa\b|\bdr\.? h\.\s?c\.|\bh\.\s?c\.\s*mult"
    r"|\behrendoktor\w*|\bdoctorat honorifique|\bhonorary\b(?=.*\b(?:phd|doctor|master|ll\.?d|d\.?litt))",
    re.IGNORECASE,
)
# A line about the thesis or dissertation of a degree named above: "Master's thesis: ...", "Bachelor
# thesis on ...", "PhD dissertation", "Masterarbeit: ...", "Mémoire de master", "Tesi di laurea".
_THESIS = re.compile(
    r"\W*(?:(?:(?:master|bachelor|doctoral|phd|ph\.d\.|diploma|licence|undergraduate|graduate|final|senior"
    r"|honou?rs|ma|msc|ba|bsc)(?:'s|’s)?\s+)?(?:thesis|dissertation|research project|capstone)"
    r"|(?:master|bachelor|diplom|magister|doktor)arbeit|abschlussarbeit|dissertation|mémoire(?: de [\w-]+)?"
    r"|th[èe]se(?: de [\w-]+)?|tesi(?: di [\w-]+)?|tesis(?: de [\w-]+)?|tese|tesina|scriptie|afstudeerscriptie"
    r"|masteroppgave|bacheloroppgave|examensarbete|uppsats|praca (?:magisterska|licencjacka|dyplomowa)"
    r"|diplomová práce|bakalářská práce|diplomski rad|završni rad|szakdolgozat|diplomamunka|lopputyö"
    r"|pro gradu|tez|lõputöö|magistritöö)\b(?!\s+(?:in|en|of)\s+[A-ZÀ-Þ]\w+\s*(?:,|\(|$))",
    re.IGNORECASE,
)


def _parts(line: str) -> list[str]:
    """Parts of a line split at commas, cells and spaced dashes, never inside brackets or quotation marks."""
    parts, depth, current = [], 0, ""
    # A name in quotation marks is one part too: "Master 2 « Relations internationales – sécurité et défense »".
    pieces = re.split(r"(\(|\)|«|»|\s*[,;|]\s+|\s+[–—-]\s+|\s*\|\s*)", line)
    for piece in pieces:
        if piece in ("(", "«"):
            depth += 1
        elif piece in (")", "»"):
            depth = max(depth - 1, 0)
        if depth == 0 and piece and _SPLIT.fullmatch(piece):
            parts.append(current)
            current = ""
        else:
            current += piece
    parts.append(current)
    return [part.strip() for part in parts if part.strip(" ()")]


def _year_only(part: str) -> bool:
    """A part of nothing but years or a period: not "Análisis de Inteligencia · (2012 - 2013)", a field with
    the dates LinkedIn writes after it."""
    if re.fullmatch(r"[\d\s–—/.-]*(?:19|20)\d\d[\d\s–—/.-]*", part):
        return True
    found = periods(part)
    for period in reversed(found):
        part = part[: period.begin] + " " + part[period.stop :]
    return bool(found) and len(re.findall(r"[^\W\d_]", part)) < 3


# The domain a degree is awarded in, written as part of its name: "doktor nauk społecznych", "doktor
# habilitowany nauk humanistycznych" (Polish): the degree's name, not its field.
_DEGREE_DOMAIN = re.compile(
    r"^(\s*(?:habilitowany\s+)?nauk)?\s+[^\W\d_]+(?:ych|ich)\b(?:\s+w\s+zakresie)?", re.I
)


def _without_domain(part: str, match: re.Match[str]) -> str:
    """What follows the degree's name, without the domain that belongs to it ("doktor nauk | społecznych")."""
    after = part[match.end() :]
    domain = _DEGREE_DOMAIN.match(after)
    if domain and (domain[1] or match[0].casefold().endswith("nauk")):
        return after[domain.end() :]
    return after


def _field(part: str, match: re.Match[str]) -> str:
    """The field of study written with the degree: what is left of the part without the degree's name."""
    before, after = part[: match.start()], _without_domain(part, match)
    colon = _colon_after(part, match.start())
    if colon is not None and _clean_field(_cut_at_institution(part[colon + 1 :])):
        # "Μεταπτυχιακό Δίπλωμα Ειδίκευσης (ΜΔΕ): Διεθνείς Σπουδές", "Diploma (1. bolonjska stopnja, UN):
        # strojništvo": the degree's whole name, then its field after a colon.
        return _clean_field(_cut_at_institution(part[colon + 1 :]))
    if re.fullmatch(r"\s*(?:[^\W\d_]{1,5}\.\s*)+", after):
        after = ""  # the field abbreviated as the degree's letters: "univ. bacc. pol.", "mag. ing. comp."
    opened = before.rfind("(")
    if before.count("(") > before.count(")") and degree_in(before[:opened]) and ")" in after:
        # The degree's name, then another name of it in a bracket: "mgr (MA) International Relations".
        return _clean_field(after.split(")", 1)[1])
    if before.count("(") > before.count(")"):
        # A degree named in a bracket ("Advanced Command and Staff Course (VUT II / Master of Military
        # Studies)"): its field is in the bracket too, or after it ("Kandidat (cand.scient.pol.) i
        # statskundskab").
        inside, _, beyond = after.partition(")")
        found = _clean_field(inside) or _clean_field(_cut_at_institution(beyond))
        lead = before[:opened]
        if (
            not found
            and not degree_in(lead)
            and _PROGRAMME_WORD.search(lead)
            and not _INSTITUTION.search(lead)
        ):
            # The field, the programme's word, then the degree's letters: Hungarian "nemzetközi tanulmányok
            # alapszak (BA)" (international studies, bachelor's programme).
            found = _clean_field(_PROGRAMME_WORD.sub("", lead))
        return found
    # A bracket right after the degree names the degree again ("Ing. (Master's degree) in ...",
    # "PhD (philosophiae doctor)", "Diplom-Kaufmann (Univ.)") or is the field ("Diplom-Kaufmann
    # (Betriebswirtschaftslehre)").
    # The field abbreviated as the degree's letters, then the degree in full in a bracket: "univ. bacc.
    # pol. (Bachelor of Political Science)".
    after = re.sub(r"^\s*(?:[^\W\d_]{1,5}\.\s*)+(?=\()", " ", after)
    bracket = re.match(r"\s*\(([^)]*)\)", after)
    if bracket:
        inner = bracket[1]
        after = after[bracket.end() :]
        if not _names_the_degree(inner) and not after.strip():
            after = inner
        elif not after.strip() and (named := degree_in(inner)) and named[1].start() == 0:
            # The degree's national abbreviation, then its name in full with the field: "mag. pol. (Master
            # of Political Science)", "Bc. (Bachelor of Laws)".
            after = _field(inner, named[1])
    after = _cut_at_institution(after)
    field = after if after.strip(" ,.:") else before
    if field is before and not _QUALIFIERS.sub(" ", before).strip(" ,.:-–"):
        return ""
    return _clean_field(field)


# The word after a field that says it was a degree programme (Hungarian: "mesterszak", "alapszak",
# "mesterképzés").
_PROGRAMME_WORD = re.compile(r"\s+(?:mester|alap|osztatlan |doktori )?(?:szak|képzés)\s*$", re.IGNORECASE)


# "Studies" in the member languages, as a degree's kind says it ("Master studije", "studii de licență").
_STUDIES_WORD = re.compile(
    r"stud(?:ies|y|ije|iji|ij|ii|ia|ium|ier|ien|ijos|iju|ies programme)|études|estudios|estudos|studi|tanulmányok"
    r"|opinnot|õpingud|çalışmalar|σπουδές|студии|студије|studimet",
    re.IGNORECASE,
)
# A label before the field on a degree's line or row, in the member languages: "smjer: Financije" (Croatian),
# "studij: Nautika", "kierunek: Ekonomia", "obor: Právo", "szak: Jog", "Main field of study: Finance".
_FIELD_LABEL = re.compile(
    r"^(?:smjer|smer|studij|studijski (?:program|smjer)|kierunek|obor|studijní obor|študijný odbor|szak"
    r"|specijalizacija|specializacija|(?:main )?(?:field|course|area|subject)s? of stud(?:y|ies)|major"
    r"|study programme|programme|program|specialty|speciality"
    r"|студиска програма|студијска програма|студијски програм)\s*:\s*",
    re.IGNORECASE,
)
# How a degree was studied, in a bracket after its field: "(Command and Staff programme, full-time resident)".
_STUDY_MODE = re.compile(
    r"\b(?:programme|program|full-time|part-time|resident|residential|distance|online)\b", re.I
)


def _colon_after(part: str, start: int) -> int | None:
    """Where a colon after the degree's name, outside brackets, ends the name: None when there is none."""
    depth = 0
    for n in range(start, len(part)):
        depth += part[n] == "("
        depth -= part[n] == ")" and depth > 0
        if part[n] == ":" and depth == 0:
            return n
    return None


def _restates(bracket: str) -> bool:
    """Whether a bracket after a subject names the degree, an abbreviation, the school, a course or a
    grade rather than the subject: "(M.A.P.)", "(okleveles villamosmérnök)", "(Doctoral School of ...)",
    "(General Staff Officer Course)", "(cum laude)"."""
    return bool(
        _names_the_degree(bracket)
        or _INSTITUTION.search(bracket)
        or _course(bracket)
        or _GRADE_WORDS.search(bracket)
        or _STUDY_MODE.search(bracket)
        or not re.search(r"[^\W\d_]{3,}", _QUALIFIERS.sub(" ", bracket))
        or _abbreviation(bracket.strip())
        or not _english(bracket)  # the subject in the national language: "(Luft- und Raumfahrttechnik)"
    )


def _abbreviation(text: str) -> bool:
    """ "IR", "MSS", "M.A.P.", "TU Delft"-free letters: one word with two capitals, digits or dots."""
    return bool(re.fullmatch(r"[A-Z0-9][\w.&/-]*", text)) and sum(not c.islower() for c in text) >= 2


def _english(text: str) -> bool:
    """Whether the text is an English gloss of a subject written in another language ("Politikos mokslai
    (Political Science)"): every word a common English word."""
    return common_english(text, at_least=ENGLISH_ZIPF)


# How common in English (wordfreq's Zipf scale) a word of a gloss is at least: "electronics" 4.2,
# "leadership" 4.8; "luft" 2.3, "istorija" 1.2.
ENGLISH_ZIPF = 3.0


_GRADE_WORDS = re.compile(
    r"\b(?:cum laude|laude|distinction|merit|honou?rs|first class|grade|gpa|note|voto|nota|summa"
    r"|magna|with|avec|mit|thesis|mémoire|tesi|tesis|dissertation|okleveles|mérnök\w*|graduated|awarded"
    r"|equivalent|équivalent|valedictorian|top|ranked|class)\b",
    re.IGNORECASE,
)
_DEGREE_WORDS = re.compile(
    r"\b(?:hons|honours|doctor|doctoris|engineer|ingénieur|ingenieur|degree|diploma|cycle|univ|fh|uni"
    r"|tu|th|eqf|nqf|level|niveau|bac\s*\+\s*\d)\b|\d",
    re.IGNORECASE,
)


def _names_the_degree(text: str) -> bool:
    """'Master's degree', 'philosophiae doctor', 'Univ.', 'M.A.P.', 'Hons': a bracket that names the degree."""
    text = text.strip()
    return bool(
        degree_in(text)
        or _DEGREE_WORDS.search(text)
        or re.fullmatch(r"[A-Z][A-Z.\s]{1,12}", text)
        or re.fullmatch(r"(?:[^\W\d_]{1,6}\.\s?)+", text)  # "mag.", "univ. bacc.", "dipl. oec."
    )


def _clean_field(text: str) -> str:
    """The subject alone: no years, no second name of the degree ("... / Master in Management"), no
    "of Arts in", "spécialité", and no bracket after it that names a degree, a course or a grade.

    >>> _clean_field(" of Military Sciences (General Staff Officer Course)"), _clean_field("en sciences de gestion / Master in Management")
    ('Military Sciences', 'sciences de gestion / Management')
    """
    if len(text) > MAX_FIELD_TEXT:
        return ""  # no field of study is that long: a run-on line (and crafted text stays cheap)
    text = _YEAR.sub("", text)
    text = re.sub(r"[«»“”„\"]", " ", text).replace(" ·", " ")
    # A bracket after the subject that restates the degree goes before the degree's names are taken out of
    # the text: "krigsvetenskap (Bachelor of Science in War Studies)".
    text = re.sub(
        r"(?<=\S)\s*\(([^()]*)\)[\s,;.]*$", lambda m: "" if _names_the_degree(m[1]) else m[0], text.strip()
    )
    # A bracket inside that names the degree: "of Arts (Hons) in Politics".
    text = re.sub(r"\s*\(([^()]*)\)(?=\s+\S)", lambda m: " " if _names_the_degree(m[1]) else m[0], text)
    for _, pattern in _degree_patterns():
        text = pattern.sub(lambda m: "" if m.start() else m[0], text) if pattern.search(text, 1) else text
    # A level of a qualifications framework is no subject: "Political Science EQF level 6".
    text = re.sub(
        r"\b(?:EQF|NQF|QF|ISCED|CITE|EKR|DQR|NKR|NKO|HKO|EKV)[\s-]*(?:level|niveau|nivel|nível|livello|stufe"
        r"|szint|taso|úroveň|úroveň|poziom|razina|raven|nivå|niveauet|lygis|līmenis|tase)?\s*\d\b",
        "",
        text,
        flags=re.I,
    )
    # A bracket after the subject restates it (an abbreviation, the degree in the national language, the
    # school, the grade): "administration publique (M.A.P.)", "Computer Science (Doctoral School ...)".
    # A bracket that glosses the subject ("Politikos mokslai (Political Science)") or names its speciality
    # is part of it and stays.
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"(?<=\S)\s*\(([^()]*)\)\s*$", lambda m: "" if _restates(m[1]) else m[0], text.strip())
    text = re.sub(r"\(\s*\)|\bdegree\b", "", text, flags=re.I)
    lead = rf"(?:of(?:\s+(?:[^\W\d_]+\s+)?(?:{DEGREE_KINDS})\s+in|\s+(?:arts|science|sciences|laws)(?=\s+\S))?|in|en|em|de|d'|di|in der|im|w zakresie|z|i|în|по|në|iz|v oboru|v odbore|u|na|op het gebied van|specialit[éy]|spécialité|specialisation|specialization|major in|option|mention|schwerpunkt|studium(?: der)?|studies in|(?:[^\W\d_]{{2,4}}\.\s*)+in|(?:level|equivalent)(?:\s+(?:education|studies|degree|qualification|programme|program))?(?:\s+in)?|abschluss|awarded|hauptfach|hovedfag|huvudämne|huvudområde|studiengang|studienfach|fachrichtung|recherche|degrees? in|diplomas? in|{FIELD_WORDS})"
    text = _FIELD_LABEL.sub("", text.strip())  # "smjer: Financije", "Main field of study: Law"
    previous = None
    while previous != text:
        previous = text
        text = re.sub(rf"^[\s:,.'’/-]*(?:{lead}(?:\s*:\s*|\s+|$)|d['’]\s*)", "", text.strip(), flags=re.I)
        text = re.sub(rf"(?<=/)\s*{lead}\s+", " ", text, flags=re.I)
    # Minor subjects after the main one are not the field: "Hauptfach Politikwissenschaft, Nebenfächer ...".
    text = re.split(r"(?:[,;|]\s*|\s+)(?=" + _MINOR.pattern + ")", text, flags=re.I)[0]
    # Credits and framework levels are no subject: "300 ECTS", "120 studiepoeng".
    text = re.sub(r"\b\d+\s*(?:ECTS|credits|studiepoeng|hp|op|sp|CFU|KP)\b", "", text, flags=re.I)
    text = " ".join(text.split()).strip(" ,.:-–/·|")
    # The subject again in the national language, in small letters after a slash: "Defence Studies /
    # obramboslovje". The first name is kept.
    text = re.sub(r"^([A-ZÀ-Þ][^/]*?)\s+/\s+[a-zà-ÿ][^\W\d_]*(?:[\s-]+[a-zà-ÿ][^\W\d_]*)*$", r"\1", text)
    # The programme's word after the subject (Hungarian "katonai vezető alapszak": the military leadership
    # bachelor's programme), and a word for "studies" left alone ("Master studije"): no part of the subject.
    text = _PROGRAMME_WORD.sub("", text).strip()
    if _STUDIES_WORD.fullmatch(text):
        return ""
    if bracketed := re.fullmatch(r"\(([^()]*)\)", text):
        text = bracketed[1].strip()  # "Bachelor of Laws (Law)": the subject in the bracket
    if re.fullmatch(r"arts|science|sciences|laws", text, re.I):
        return ""  # "Bachelor of Arts": the degree's kind, not its subject
    if _INSTITUTION.search(text) or len(text) > 100 or not re.search(r"[^\W\d_]", text):
        return ""
    return text


def _institution(part: str) -> str:
    text = _YEAR.sub("", part)
    for period in periods(part):
        text = text.replace(part[period.begin : period.stop], "")
    text = re.sub(r"\(\s*\)", "", text)
    text = " ".join(text.split()).strip(" ,.:;-–")
    # Brackets stay when they close: "École nationale d'administration publique (ENAP)".
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(" ,.-–")
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip(" ,.-–")
    return text
