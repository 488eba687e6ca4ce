"""Notices on the causes of the fifteenth and sixteenth blind quality sets' misses (issue 14): a heading with a note in
brackets ("Essential requirements (ALL must be met)"); requirements coded in brackets ("[E1]") and wrapped;
a NATO level named with the STANAG ("English: NATO STANAG 6001 level III"); a chat's italics ("_Essential:_")
and stamped messages; a transcript's slides and a list read out ("One. ...", "Two. ..."); levels in words
("level four in one ... level two in the other"); "Who can apply? Nationals of ..."; nations by their ISO
codes; a newspaper's classified ad hard-wrapped at its column with a list on the heading's line. Each notice is
written for the cause, in words no labelled set uses, and read as an upload is (the text, then the parser)."""

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import hard_wrapped, message_stamps


def _notice(text: str):
    return parse_notice(extract_text(text.encode(), filename="notice.txt", kinds=NOTICE_KINDS))


SERVICE_DESK = """Request Item REQ0031337  |  State: Published
Post title ........................ Range Safety Officer
Organisation ...................... NATO Missile Firing Installation
Grade ............................. B-5
Closing date ...................... 2027-02-12

Summary of duties
  Runs the range safety plan during live firings and keeps the danger areas clear.

Essential requirements (ALL must be met)
  [E1] Completed secondary education
  [E2] Minimum 5 years of experience as an artillery or air defence range safety officer, of
       which at least 2 years as a range safety supervisor
  [E3] English: NATO STANAG 6001 level III

Desirable requirements
  [D1] A national explosives safety course
  [D2] Greek at level II
"""


def test_a_heading_with_a_note_in_brackets_opens_its_list_and_bracketed_codes_are_items():
    notice = _notice(SERVICE_DESK)
    assert notice.essential == (
        "Completed secondary education",
        "Minimum 5 years of experience as an artillery or air defence range safety officer, of which at least "
        "2 years as a range safety supervisor",
        "English: NATO STANAG 6001 level III",
    )
    assert notice.desirable == ("A national explosives safety course", "Greek at level II")
    assert notice.degree.level == "secondary"
    assert [(c.years, c.context) for c in notice.experience_conditions] == [
        (5, "an artillery or air defence range safety officer"),
        (2, "a range safety supervisor"),
    ]


def test_a_nato_level_named_with_the_stanag_is_a_nato_level():
    notice = _notice(SERVICE_DESK)
    assert [(r.language, r.level) for r in notice.languages.requirements] == [("English", "III")]
    assert notice.languages.stanag == ()


CHAT = """WhatsApp Chat with Reservists NL
02.12.2026, 09:14 - Messages and calls are end-to-end encrypted.
02.12.2026, 09:15 - Pieter V.: Doorgestuurd uit de nieuwsbrief 👇
02.12.2026, 09:15 - Pieter V.: *Harbour Security Instructor*
JFC Brunssum, Force Protection Branch, Brunssum, Netherlands
Deadline for applications: 20 January 2027

_Essential:_
- Nationality of a NATO member nation
- At least 6 years of experience in harbour protection or port security
- English: NATO level IV

_Desirable:_
- Dutch or German at level II
02.12.2026, 09:20 - Anna K.: Geldt marechaussee ook als port security?
02.12.2026, 09:22 - Pieter V.: Denk het wel, gewoon solliciteren
02.12.2026, 09:40 - Anna K.: Dank je!
"""


def test_a_chats_italic_headings_open_the_lists_and_later_messages_are_no_items():
    notice = _notice(CHAT)
    assert notice.essential == (
        "Nationality of a NATO member nation",
        "At least 6 years of experience in harbour protection or port security",
        "English: NATO level IV",
    )
    assert notice.desirable == ("Dutch or German at level II",)


TRANSCRIPT = """Careers webinar - automatic transcript
[00:00:05] Host: Welcome, everyone. Let me share the first slide.
[00:00:20] [SLIDE 1: Vacancy CIS-27-03 | Satellite Communications Engineer | Salary equivalent to NATO A-2]
[00:00:31] Host: The engineer plans the satellite links of the deployable headquarters and runs their tests.
[00:01:02] [SLIDE 2: What you must have]
[00:01:05] Host: Right, the question everybody asks. What do you need?
[00:01:12] Host: One. A university degree in electrical engineering or telecommunications.
[00:01:30] Panel: Any engineering degree with a telecom major is fine.
[00:01:41] Host: Two. At least six years of experience in satellite communications.
[00:02:03] Host: Three. Languages: level five in one of the two official languages and level one in the other.
[00:02:30] [SLIDE 3: Nice to have]
[00:02:33] Host: Nice to have: experience with SATCOM ground terminals; a master's degree.
[00:03:10] Host: Thanks for joining, bye.
"""


def test_a_transcripts_slides_and_a_list_read_out_are_read_as_a_notice():
    notice = _notice(TRANSCRIPT)
    assert notice.essential == (
        "A university degree in electrical engineering or telecommunications",
        "At least six years of experience in satellite communications",
        "Languages: level five in one of the two official languages and level one in the other",
    )
    assert notice.min_years_experience == 6
    assert notice.degree.fields == ("electrical engineering", "telecommunications")
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "V",
        "I",
    )


def test_stamps_and_speakers_go_and_remarks_between_the_items_are_comments():
    lines = message_stamps(TRANSCRIPT.splitlines())
    assert "What you must have" in lines
    assert "- A university degree in electrical engineering or telecommunications." in lines
    assert "Comment: Any engineering degree with a telecom major is fine." in lines
    # A page's printed header, stamped on a few lines of many, is no chat.
    page = ["12/1/26, 9:42 AM    Logistics Officer | Careers", *["A line of the notice."] * 20] * 3
    assert message_stamps(page) == page


POST = """NATO Centre of Excellence for Military Engineering
Who can apply? Nationals of our Sponsoring Nations: Belgium, Czechia and Germany.

Essential:
- At least 4 years of experience in bridging or gap crossing
"""


def test_a_question_heading_ends_a_sentence_before_the_nations_named():
    notice = _notice(POST)
    assert notice.nationalities == ("Belgium", "Czechia", "Germany")
    assert notice.nationality_restricted


CLASSIFIED = """GAZETA LOCALA  *  Luni, 14 decembrie 2026  *  Pag. 9
-------------------------------------------------------------
MICA PUBLICITATE                    Rubrica: LOCURI DE MUNCA
-------------------------------------------------------------
VAND autoturism, stare buna, 120.000 km. Tel. 0755 555 111.
-------------------------------------------------------------
NATO FORCE INTEGRATION UNIT (NFIU) ROMANIA, BUCHAREST
is recruiting a CIVIL-MILITARY COOPERATION ADVISER
(civilian post, Bucharest). Apps by 8 Jan. 2027 to the
NFIU registry. Only nat. of the hosting Sponsoring Nations:
DE, PL, RO, US.
ESSENTIAL: univ. degree in pol. sci. or law; min. 5 yrs
CIMIC exp. in a military HQ; English at NATO level IV; a
valid driving licence; willing to travel in the region.
DESIRABLE: Romanian; exp. of a NATO exercise; French at NATO
level II; knowledge of the NATO CIMIC doctrine AJP-3.19.
Contract 3 yrs, renewable. Interviews in Bucharest in Feb.
-------------------------------------------------------------
INCHIRIEZ apartament 2 camere, zona centrala. Tel.
0755 555 222.
-------------------------------------------------------------
"""


def test_a_classified_ad_hard_wrapped_at_its_column_is_read_item_by_item():
    notice = _notice(CLASSIFIED)
    assert notice.essential == (
        "univ. degree in pol. sci. or law",
        "min. 5 yrs CIMIC exp. in a military HQ",
        "English at NATO level IV",
        "a valid driving licence",
        "willing to travel in the region",
    )
    assert notice.min_years_experience == 5
    assert [(r.language, r.level) for r in notice.languages.requirements] == [("English", "IV")]
    assert notice.desirable[:4] == (
        "Romanian",
        "exp. of a NATO exercise",
        "French at NATO level II",
        "knowledge of the NATO CIMIC doctrine AJP-3.19",
    )


def test_nations_are_read_by_their_iso_codes_in_a_list_of_them():
    assert _notice(CLASSIFIED).nationalities == ("Germany", "Poland", "Romania", "United States")


def test_only_a_text_that_shows_its_wrap_is_joined():
    # Short lines of a notice whose sentences end on their lines: nothing is joined.
    plain = ["Legal Adviser – Office of Legal Affairs", "Location: Brussels, Belgium", "A degree in law."] * 5
    assert hard_wrapped(plain) == plain
    # A table's rows stay rows however full they are.
    rows = ["COMP 1 | Achievement | Creates own measures of excellence and more", "and so on", ""] * 6
    assert hard_wrapped(rows) == rows


CHECKLIST = """Force Health Protection Officer
Multinational Medical Coordination Centre, Koblenz, Germany

BEFORE YOU APPLY - MAKE SURE YOU MEET EVERY ONE OF THE ESSENTIAL REQUIREMENTS
(Applications that do not show each of the following will not be considered.)

  [ ] I have completed secondary education.
  [ ] I hold a state registration as an environmental health officer.
  [x] I have at least 5 years of experience in force health protection.
  [ ] My English is at least NATO SLP level IV and my German at least level II.

NICE TO HAVE
  [ ] Deployment experience.
"""


def test_a_checklist_under_a_long_heading_in_capitals_is_the_essential_list():
    notice = _notice(CHECKLIST)
    assert notice.essential == (
        "I have completed secondary education",
        "I hold a state registration as an environmental health officer",
        "I have at least 5 years of experience in force health protection",
        "My English is at least NATO SLP level IV and my German at least level II",
    )
    assert notice.desirable == ("Deployment experience",)
    assert [(r.language, r.level) for r in notice.languages.requirements] == [
        ("English", "IV"),
        ("German", "II"),
    ]


EXPORT = """International posts - open vacancies (export)
Exported: 2026.11.20. 09:14  |  Rows: 1  |  Separator: ";"

"Ref";"Post title";"Location";"Grade";"Closing date";"Essential requirements";"Desirable"
"GEO-26-04";"Geospatial Analyst";"Mons, Belgium";"A-2";"2027-01-15";"ESSENTIAL
a) Hold a university degree in geography or geodesy.
b) Have a minimum of 5 years of experience in geospatial analysis.
c) English: NATO level IV.";"- Experience of NATO geospatial standards.
- French at level II."

(End of export - 1 row)
"""


def test_a_spreadsheet_export_is_read_field_by_field():
    notice = _notice(EXPORT)
    assert (notice.title, notice.location, notice.grade) == ("Geospatial Analyst", "Mons, Belgium", "A.2")
    assert notice.deadline.isoformat() == "2027-01-15"
    assert notice.min_years_experience == 5
    assert notice.degree.fields == ("geography", "geodesy")
    assert notice.desirable == ("Experience of NATO geospatial standards", "French at level II")
