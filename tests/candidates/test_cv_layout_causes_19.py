"""The CV reader on the causes of the nineteenth blind set's misses (issue 15), each on a small CV written for
the test in other words than the set's: an HR system's key=value export; a page's number written before its
word ("2. oldal") and language rows starting in lower case ("olasz – C1"); a name written surname first that the
e-mail address spells given name first; posts led by their title over a "Body, Town · dates" line; an open end
whose word stands in a cell of its own ("– | Ongoing"); a degree's name in Romanian cedilla letters and a
"magistar nauka"; a post dated by its years in a left column and to the month on the line under it; "Title |
Body, Town" under a period alone, over a line of what was done. Read
through ``read_cv`` as an upload is."""

from __future__ import annotations

from candidates.cv import read_cv


def _read(text: str):
    return read_cv(text.encode(), filename="cv.txt")


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in _read(text).experience]


EXPORT = """; exported from the applicant tracking system
candidate.full_name=Ilze Bērziņa
candidate.email=ilze.berzina@example.lv
candidate.mobile=+371 2000 0000
candidate.nationality=Latvia
employment.1.title=Procurement Officer
employment.1.company=State Defence Logistics and Procurement Centre
employment.1.start_date=2020-02
employment.1.end_date=present
employment.2.title=Contracts Assistant
employment.2.company=Riga City Council
employment.2.start_date=2016-05
employment.2.end_date=2020-01
studies.1.qualification=Master of Laws
studies.1.subject=Public Procurement Law
studies.1.school=Riga Stradiņš University
studies.1.graduated=2016
languages.1=English|C1
languages.2=French|STANAG 6001 2-2-2-1
skills.list=SAP SRM; MS Excel
"""


def test_an_hr_systems_key_value_export_is_read_by_its_keys():
    cv = _read(EXPORT)
    assert (cv.name, cv.email, cv.nationality) == ("Ilze Bērziņa", "ilze.berzina@example.lv", "Latvia")
    assert [(e.title, e.organisation, e.start, e.end) for e in cv.experience] == [
        ("Procurement Officer", "State Defence Logistics and Procurement Centre", "2020-02", None),
        ("Contracts Assistant", "Riga City Council", "2016-05", "2020-01"),
    ]
    assert [(e.level, e.field, e.institution, e.year) for e in cv.education] == [
        ("master", "Public Procurement Law", "Riga Stradiņš University", 2016)
    ]
    assert [(x.language, x.level, x.stanag) for x in cv.languages] == [
        ("English", "V", None),
        ("French", None, "2221"),
    ]
    assert cv.skills == ("SAP SRM", "MS Excel")


def test_a_text_with_a_few_key_value_rows_is_read_by_its_layout():
    text = "Anna Berg\nanna.berg@example.se\nExperience\n2019 – present  Analyst, Swedish Defence Research Agency\n"
    text += "Skills\nansible.inventory=staging\nterraform.backend=s3\n"
    assert _posts(text) == [("Analyst", "Swedish Defence Research Agency", "2019-01", None)]


def test_a_page_number_before_its_word_and_language_rows_in_lower_case():
    text = """Tóth Anna
anna.toth@example.hu
Nyelvismeret
2. oldal

Tóth Anna – szakmai önéletrajz
magyar – anyanyelv
olasz – felsőfokú (C1)
spanyol – középfokú (B2)
"""
    cv = _read(text)
    assert [(x.language, x.level) for x in cv.languages] == [
        ("Hungarian", None),
        ("Italian", "V"),
        ("Spanish", "IV"),
    ]


def test_foreign_languages_under_a_croatian_heading_one_a_row_in_lower_case():
    text = (
        "Marko Kovač\nStrani jezici\nfrancuski – B2\nruski – osnovno znanje\nRačunalne vještine\nMS Office\n"
    )
    assert [(x.language, x.level) for x in _read(text).languages] == [("French", "IV"), ("Russian", None)]


def test_a_name_written_surname_first_is_given_in_the_order_the_email_spells():
    assert _read("Ionescu Mihaela\nmihaela.ionescu@example.ro\nBucharest\n").name == "Mihaela Ionescu"
    # An address that spells the name as written leaves it as written, and a surname in capitals says which
    # word it is whatever the address.
    assert _read("Mihaela Ionescu\nmihaela.ionescu@example.ro\n").name == "Mihaela Ionescu"
    assert _read("Mihaela IONESCU\nionescu.mihaela@example.ro\n").name == "Mihaela Ionescu"


def test_posts_led_by_their_title_over_a_body_town_and_dates_line():
    text = """Experience
Deputy Branch Head
Austrian Armed Forces Command, Graz  ·  2020.05 – current
Staff Officer
Military Command Styria, Graz  ·  2015.01 – 2020.04
"""
    assert _posts(text) == [
        ("Deputy Branch Head", "Austrian Armed Forces Command", "2020-05", None),
        ("Staff Officer", "Military Command Styria", "2015-01", "2020-04"),
    ]


def test_an_open_end_whose_word_stands_in_a_cell_of_its_own():
    text = """EXPERIENCE
Test Engineer | Mar 2022 – | Ongoing
Airbus Defence and Space, Manching
Avionics Engineer | Feb 2017 – Feb 2022
Hensoldt Sensors GmbH, Ulm
"""
    assert _posts(text)[0] == ("Test Engineer", "Airbus Defence and Space", "2022-03", None)


def test_degrees_in_romanian_cedilla_letters_and_a_magistar_nauka():
    text = """Educaţie
2012 – Diplomă de licenţă, specializarea Ştiinţe politice, Universitatea din Iaşi
2016 – Magistar nauka (Master of Science) in Security Studies, University of Belgrade
"""
    assert [(e.level, e.field, e.year) for e in _read(text).education] == [
        ("bachelor", "Ştiinţe politice", 2012),
        ("master", "Security Studies", 2016),
    ]


def test_a_post_dated_by_its_years_then_to_the_month_on_the_line_under_it():
    text = """Experience
2019 – to date | Signals Officer, Land Forces Command, Plovdiv
May 2019 onwards; radio networks for brigade exercises
2012 – 2018 | Radio Technician, Bulgarian Telecommunications Company, Sofia
March 2012 – November 2018
"""
    assert _posts(text) == [
        ("Signals Officer", "Land Forces Command", "2019-05", None),
        ("Radio Technician", "Bulgarian Telecommunications Company", "2012-03", "2018-11"),
    ]
    # Two posts each dated to the month, the second begun in the same year, are two posts.
    text = """Experience
Period | Post | Employer
May 2020 – present | Logistics Adviser | Ministry of Defence, Sofia
Sep. 2020 – present | Lecturer in Logistics (part-time) | University of National and World Economy
"""
    assert [(title, start) for title, _, start, _ in _posts(text)] == [
        ("Logistics Adviser", "2020-05"),
        ("Lecturer in Logistics", "2020-09"),
    ]


def test_a_title_and_body_in_two_cells_under_the_dates_over_a_line_of_what_was_done():
    text = """Radno iskustvo
od veljače 2020. – trenutno
Voditeljica odjela za nabavu | Središnjica za logistiku, Zagreb
nabava opreme, ugovori s dobavljačima
svibanj 2014. – siječanj 2020.
Referentica za ugovore | Ministarstvo obrane, Zagreb
"""
    assert _posts(text) == [
        ("Voditeljica odjela za nabavu", "Središnjica za logistiku", "2020-02", None),
        ("Referentica za ugovore", "Ministarstvo obrane", "2014-05", "2020-01"),
    ]
