"""The CV reader on causes found with a fifth blind set (issue 15), one cause each, on small CVs written for
the test: degrees in progress or abandoned, several degrees on one line, fields written with a label word
or before the institution, sections that end a skills list, skill bars, staff courses not yet attended,
names after a sidebar, nationality written as the state's formal name, a body known by its form."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile
from candidates.cv.experience import _split_post
from candidates.cv.lines import page_footer


def _degrees(lines: str) -> list[tuple[str, str, int | None]]:
    return [(e.level, e.field, e.year) for e in propose_profile(f"Education\n{lines}").education]


@pytest.mark.parametrize(
    "line",
    [
        "PhD candidate in Economics, University of Vienna (since 2023)",
        "2019 – 2021 | MA War Studies, University of Leeds – withdrawn after the first year",
        "Dottorato di ricerca in Storia (in corso), Università di Padova",
        "Doctorado en Derecho, Universidad de Sevilla (tesis en curso)",
        "Promotionsstudium Geschichte, Universität Bonn (abgebrochen)",
        "Doktora, Ege Üniversitesi, İktisat (devam ediyor)",
        "MBA, Vlerick Business School (expected June 2028)",
    ],
)
def test_a_degree_in_progress_or_abandoned_is_no_entry(line):
    assert _degrees(f"{line}\nBSc Economics, University of Ghent, 2009") == [("bachelor", "Economics", 2009)]


def test_a_note_under_a_degree_that_it_is_unfinished_takes_it_out_but_a_new_item_does_not():
    cv = (
        "- Master en Histoire, Université de Liège, 2010\n"
        "- Doctorant en Histoire, Université de Namur (thèse en cours)\n"
        "Doctorat en Histoire, Université de Namur\n"
        "(thèse en préparation, soutenance prévue 2028)"
    )
    assert _degrees(cv) == [("master", "Histoire", 2010)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Ph.D. (2018), M.A. (2012) and B.A. (2010) in History, University of Oslo",
            [("doctorate", "History", 2018), ("master", "History", 2012), ("bachelor", "History", 2010)],
        ),
        (
            "B.A. & M.A., Political Science — Yale University (2004, 2006)",
            [("bachelor", "Political Science", 2004), ("master", "Political Science", 2006)],
        ),
        (
            "Bachelor's (2011) and Master's (2013) degrees in Physics",
            [("bachelor", "Physics", 2011), ("master", "Physics", 2013)],
        ),
        (
            "Bc. 2008 · Ing. 2010 – Economics, Trade and Logistics",
            [
                ("bachelor", "Economics, Trade and Logistics", 2008),
                ("master", "Economics, Trade and Logistics", 2010),
            ],
        ),
        (
            "mgr (MA) Sociology – University of Gdańsk, 2012; lic. (BA) Philosophy – University of Gdańsk, 2010",
            [("master", "Sociology", 2012), ("bachelor", "Philosophy", 2010)],
        ),
    ],
)
def test_several_degrees_on_one_line_are_one_entry_each(line, expected):
    assert _degrees(line) == expected


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "Magister Artium (M.A.), Hauptfach Soziologie, Nebenfächer Geschichte und Philosophie",
            "master",
            "Soziologie",
        ),
        ("2009 | cand.polit. (hovedfag sosiologi), Universitetet i Bergen", "master", "sosiologi"),
        ("2005 | cand.mag., Universitetet i Bergen", "bachelor", ""),
        ("Diplom-Betriebswirt (FH), Studiengang Logistik, Hochschule Bremen", "bachelor", "Logistik"),
        ("MSc in Geography (cand.scient., part-time), Aarhus University", "master", "Geography"),
        (
            "Kandidatexamen i statsvetenskap (Bachelor of Science in Political Science), 2008",
            "bachelor",
            "statsvetenskap",
        ),
        (
            "Master 2 Recherche « Histoire contemporaine », Université de Lyon",
            "master",
            "Histoire contemporaine",
        ),
        ("Master of Science - MS, Data Science · (2015 - 2016)", "master", "Data Science"),
        ("Licenciado en Derecho por la Universidad de Salamanca (2004)", "bachelor", "Derecho"),
        (
            "Yüksek Lisans: Hacettepe Üniversitesi, Uluslararası İlişkiler, 2014",
            "master",
            "Uluslararası İlişkiler",
        ),
        ("Lisans | : Ankara Üniversitesi, Kamu Yönetimi, 2011", "bachelor", "Kamu Yönetimi"),
        ("Lise | : Izmir Fen Lisesi, 2007", "secondary", ""),
        ("Videregående skole (studiespesialisering), Bergen katedralskole, 2001", "secondary", ""),
    ],
)
def test_fields_and_levels_written_in_other_ways(line, level, field):
    assert [(lv, f) for lv, f, _ in _degrees(line)] == [(level, field)]


def test_sections_after_the_skills_end_the_skills_list():
    cv = (
        "Informática\nExcel, Stata\nProyectos\n2020: Estudio de mercado\nAficiones\nAjedrez\n"
        "Referencias\nDra. Ana Ruiz – ana.ruiz@example.es\n© European Union, 2002-2024 | Page 2 / 2"
    )
    assert propose_profile(cv).skills == ("Excel", "Stata")
    assert page_footer("Page 1 of 3")


def test_skill_bars_and_dots_are_not_part_of_the_skill():
    cv = "Skills\nPython | ████████░░ | 80%\nExcel ●●●○○\nSQL ███░░ 60%"
    assert propose_profile(cv).skills == ("Python", "Excel", "SQL")


def test_a_staff_course_selected_for_or_named_in_publications_is_not_attended():
    selected = "Education\nSelected for the Joint Command and Staff Course, starts 2028 (not yet attended)"
    publication = "Publications\nKeynote at the NATO Defense College, Rome, 2022"
    attended = "Education\n2015 | Collège interarmées de défense (CID), Paris"
    assert not propose_profile(selected).military_staff_college
    assert not propose_profile(publication).military_staff_college
    assert propose_profile(attended).military_staff_college


def test_names_labelled_in_turkish_in_accented_capitals_or_after_a_sidebar():
    assert propose_profile("ÖZGEÇMİŞ\nAd Soyad | : Ayşe YILDIRIM\nUyruğu | : T.C.").name == "Ayşe Yildirim"
    assert (
        propose_profile("CURRÍCULUM VÍTAE\nMarta GIL ROMERO\nmarta.gil@example.es").name == "Marta Gil Romero"
    )
    sidebar = "Contact\npeter.novak@example.sk\nInterests\nHiking\nIng. Peter Novák\nBudget analyst"
    assert propose_profile(sidebar).name == "Peter Novák"


@pytest.mark.parametrize(
    ("line", "nation"),
    [
        ("Uyruğu | : T.C. (Türkiye Cumhuriyeti)", "Türkiye"),
        ("Citizen of the Republic of Croatia · born 1980, Split", "Croatia"),
    ],
)
def test_nationality_as_the_states_formal_name(line, nation):
    assert propose_profile(f"Jan Novak\n{line}").nationality == nation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Araştırmacı – TUSAŞ A.Ş., Ankara", ("Araştırmacı", "TUSAŞ A.Ş.")),
        (
            "Forsker – Norsk Utenrikspolitisk Institutt (NUPI), Oslo",
            ("Forsker", "Norsk Utenrikspolitisk Institutt (NUPI)"),
        ),
        ("Policy Officer – Plans (J5)", ("Policy Officer – Plans (J5)", "")),
    ],
)
def test_a_body_known_by_its_form_after_a_spaced_dash(text, expected):
    assert _split_post(text) == expected


def test_a_degree_named_only_in_a_bracket_with_nothing_else_is_no_entry():
    cv = "MA History, University of Turin, 2012\nFour-year programme (Integrated Master, 240 ECTS)\nMaturità, 2006"
    assert _degrees(cv) == [("master", "History", 2012), ("secondary", "", 2006)]


def test_linkedin_posts_with_towns_regions_and_durations_between_them():
    cv = (
        "Experience\nNorwegian Ministry of Defence\nProject Engineer\nMarch 2019 - Present (7 years)\n"
        "Stavanger, Rogaland, Norway\nNorwegian Space Agency\nGraduate Engineer\nAugust 2016 - February 2019 (2 years 7 months)\n"
        "Oslo\nMinistry of Petroleum\n3 years\nAdviser\nMay 2013 - July 2016 (3 years 3 months)"
    )
    posts = [(e.title, e.organisation, e.start) for e in propose_profile(cv).experience]
    assert posts[:2] == [
        ("Project Engineer", "Norwegian Ministry of Defence", "2019-03"),
        ("Graduate Engineer", "Norwegian Space Agency", "2016-08"),
    ]
    assert posts[2][0] == "Adviser"


def test_a_seat_on_a_committee_is_no_post():
    cv = "Appointments\n2020–present | Lecturer, University of Malta\nProgramme committee, Malta Security Forum, 2019–2024."
    assert [e.title for e in propose_profile(cv).experience] == ["Lecturer"]


def test_languages_under_a_portuguese_heading_and_in_turkish_capitals():
    portuguese = "Competências linguísticas\nInglês – C1\nEspanhol – utilizador independente"
    turkish = "Yabancı Dil\nİngilizce : İleri (CEFR C1)"
    assert [(x.language, x.level) for x in propose_profile(portuguese).languages] == [
        ("English", "V"),
        ("Spanish", None),
    ]
    assert [(x.language, x.level) for x in propose_profile(turkish).languages] == [("English", "V")]
