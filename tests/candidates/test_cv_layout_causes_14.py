"""The CV reader on the causes of the fourteenth blind set's misses (issue 15), each on a small CV written for
the test in other languages and with other words than the set's: posts as labelled records in a member
language, dated roles under a grouped employer, "and up to today" after an open start, board seats under a
memberships heading, rank and training lines among posts, CLDR's duration words, a timeline's year labels, a
header cell naming two things; fields of study after their member-language word, Bologna cycles, a degree's
whole name as a label, schools above their degrees; names in Greek or Cyrillic letters, salutations and
written-out ranks; nationality in noun-first prose and in small letters; skills headings by kind and
competencies named in a list. Read through ``read_cv`` as an upload is."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv
from candidates.cv.dates import periods
from candidates.cv.education import degree_in
from candidates.cv.lines import heading


def _read(text: str):
    return read_cv(text.encode(), filename="cv.txt")


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in _read(text).experience]


def _degrees(text: str) -> list[tuple[str, str, str, int | None]]:
    return [(e.level, e.field, e.institution, e.year) for e in _read(text).education]


# Posts --------------------------------------------------------------------------------------------------


def test_posts_written_as_labelled_records_in_a_member_language():
    # Czech labels for the period, the post and the employer, the values after a wide gap.
    cv = (
        "Jana Dvořáková\njana.dvorakova@example.cz\n\nPRACOVNÍ ZKUŠENOSTI\n\n"
        "Období:        04/2018 – dosud\nPozice:        Referentka\nZaměstnavatel: Ministerstvo obrany\n"
        "Náplň:         rozpočet a plánování\n\n"
        "Období:        09/2012 – 03/2018\nPozice:        Analytička\nZaměstnavatel: Český statistický úřad\n"
    )
    assert _posts(cv) == [
        ("Referentka", "Ministerstvo obrany", "2018-04", None),
        ("Analytička", "Český statistický úřad", "2012-09", "2018-03"),
    ]


def test_hungarian_record_labels():
    cv = (
        "Kovács Éva\neva.kovacs@example.hu\n\nSZAKMAI TAPASZTALAT\n"
        "Időszak: 2016. 03. – 2020. 11.\nBeosztás: főreferens\nMunkáltató: Honvédelmi Minisztérium\n"
    )
    assert _posts(cv) == [("főreferens", "Honvédelmi Minisztérium", "2016-03", "2020-11")]


def test_dated_roles_as_bullets_under_a_grouped_employer_are_posts():
    cv = (
        "Pieter de Vries\npieter@example.nl\n\nCareer\n\n"
        "ROYAL NETHERLANDS NAVY                              2006 to now\n"
        "  * Staff Officer, Maritime Plans                   since 2018\n"
        "      Plans for the Standing NATO Maritime Group.\n"
        "  * Navigation Officer, HNLMS Tromp                 2006 to 2017\n"
        "      Watchkeeping and navigation.\n"
    )
    # The employer's unit stays in the title; a ship is a body of its own.
    assert _posts(cv) == [
        ("Staff Officer, Maritime Plans", "ROYAL NETHERLANDS NAVY", "2018-01", None),
        ("Navigation Officer", "HNLMS Tromp", "2006-01", "2017-12"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "seit 2016 und bis heute",  # German
        "od 2016. pa sve do danas",  # Croatian
        "din 2016 și până în prezent",  # Romanian
        "från 2016 och fram till idag",  # Swedish
    ],
)
def test_and_up_to_today_after_an_open_start_is_the_whole_period(line):
    assert [(p.start, p.end, p.stop) for p in periods(line)] == [("2016-01", None, len(line))]


def test_romanian_until_with_its_preposition_ends_a_period():
    assert [(p.start, p.end) for p in periods("din mai 2014 până în iulie 2018")] == [("2014-05", "2018-07")]
    assert [(p.start, p.end) for p in periods("2012 – până la zi")] == [("2012-01", None)]


def test_a_title_above_dates_in_words_keeps_the_title():
    cv = (
        "Anna Lindqvist\nanna@example.se\n\nArbetslivserfarenhet\n"
        "  Handläggare, Försvarets materielverk\n  från 2015 och fram till idag\n  Upphandling av reservdelar.\n"
    )
    assert _posts(cv) == [("Handläggare", "Försvarets materielverk", "2015-01", None)]


def test_a_board_seat_under_a_memberships_heading_is_no_post():
    cv = (
        "Lukas Bauer\nlukas@example.de\n\nBerufserfahrung\n"
        "Referent, Bundesministerium der Verteidigung (2017 - 2023)\n\n"
        "Mitgliedschaften\nVorstandsmitglied, Clausewitz-Gesellschaft (2019 - 2022)\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Referent"]


def test_rank_lines_and_training_rows_among_posts_are_no_posts():
    cv = (
        "Marco Bianchi\nmarco@example.it\n\nMilitary career\n"
        "Operations Officer\tMar 2019 – Present\nItalian Joint Operations Headquarters\n"
        "Grado: Capitano (until 06/2021) → Maggiore (since 06/2021)\n"
        "Student officer\tSep 2017 – Jul 2018\nScuola di Applicazione, Torino\n"
        "Platoon Commander\tSep 2013 – Aug 2017\n1st Alpini Regiment\n"
        "2011 – 2013  Pilot training (basic and advanced phases).\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Operations Officer", "Platoon Commander"]


def test_a_profile_exports_durations_in_any_member_language():
    # LinkedIn in Italian: the employer over its total time, each role over its dates and length.
    cv = (
        "Esperienza\nLeonardo S.p.A.\n6 anni 1 mese\n"
        "Ingegnera di sistema\ngennaio 2021 - Present (2 anni 1 mese)\nRoma, Lazio, Italia\n"
        "Analista\ngennaio 2017 - dicembre 2020 (4 anni)\nRoma, Lazio, Italia\n"
    )
    assert [(t, o, s) for t, o, s, _ in _posts(cv)] == [
        ("Ingegnera di sistema", "Leonardo S.p.A.", "2021-01"),
        ("Analista", "Leonardo S.p.A.", "2017-01"),
    ]


def test_a_timelines_year_labels_are_no_part_of_the_posts():
    cv = (
        "Ola Berg\nola@example.no\n\nCareer\n"
        "2019 | Data Engineer\nStatistics Norway\nsince March 2019\nData pipelines.\n"
        "Statistician\n2013\nNorwegian Defence Research Establishment\nAug 2013 – Feb 2019\nSurveys.\n"
    )
    assert [(t, o, s) for t, o, s, _ in _posts(cv)] == [
        ("Data Engineer", "Statistics Norway", "2019-03"),
        ("Statistician", "Norwegian Defence Research Establishment", "2013-08"),
    ]


def test_a_header_cell_naming_two_things_gives_its_column_a_role():
    cv = (
        "Eva Novak\neva@example.si\n\nExperience\n"
        "Organisation and place | Position and duties | Dates\n"
        "Slovenian Armed Forces, Ljubljana | Logistics Officer | 05/2016 – present\n"
    )
    assert [(t, s) for t, _, s, _ in _posts(cv)] == [("Logistics Officer", "2016-05")]


# Education -----------------------------------------------------------------------------------------------


def test_a_field_after_its_member_language_word():
    cv = (
        "Education\n2009 – 2011  magister, kierunek stosunki międzynarodowe, Uniwersytet Jagielloński, 2011\n"
        "2005 – 2009  Licență, specializarea Relații Internaționale, Universitatea din București, 2009\n"
    )
    assert _degrees(cv) == [
        ("master", "stosunki międzynarodowe", "Uniwersytet Jagielloński", 2011),
        ("bachelor", "Relații Internaționale", "Universitatea din București", 2009),
    ]


def test_a_field_on_the_line_under_its_degree_after_its_word():
    cv = (
        "VZDĚLÁNÍ\n2008 – 2013  Mgr. – Masarykova univerzita, Fakulta sociálních studií, 2013\n"
        "             studijní obor Bezpečnostní a strategická studia\n"
    )
    assert _degrees(cv) == [("master", "Bezpečnostní a strategická studia", "Masarykova univerzita", 2013)]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("studia II stopnia", "master"),
        ("studia I stopnia", "bachelor"),
        ("drugi ciklus", "master"),
        ("antroji pakopa", "master"),
        ("first Bologna cycle", "bachelor"),
    ],
)
def test_bologna_cycles_name_the_level(text, level):
    assert degree_in(text)[0] == level


def test_cycles_that_also_name_other_things_are_no_degree():
    assert degree_in("Certificat de premier cycle en gestion") is None
    assert degree_in("ZŠ, 1. stupeň") is None


def test_a_degrees_whole_name_as_a_label_and_its_field_as_the_value():
    cv = (
        "Education\n2012 Magistro laipsnis (antroji pakopa): Tarptautiniai santykiai — Vilniaus universitetas\n"
        "2010 Diploma (prvi ciklus, VS): ekonomija — Univerza v Ljubljani\n"
    )
    assert _degrees(cv) == [
        ("master", "Tarptautiniai santykiai", "Vilniaus universitetas", 2012),
        ("bachelor", "ekonomija", "Univerza v Ljubljani", 2010),
    ]


def test_a_degrees_national_letters_then_its_name_in_full_with_the_field():
    cv = "Education\nuniv. bacc. oec. (Bachelor of Economics), University of Split, 2010\n"
    assert _degrees(cv) == [("bachelor", "Economics", "University of Split", 2010)]


def test_a_bracket_qualifying_the_degree_gives_way_to_the_field_after_it():
    cv = (
        "Education\nMaster of Science (Economics), Logistics Management, Aalborg University, 2014\n"
        "Bachelor of Arts (History), University of Malta, 2011\n"
    )
    assert _degrees(cv) == [
        ("master", "Logistics Management", "Aalborg University", 2014),
        ("bachelor", "History", "University of Malta", 2011),
    ]


def test_schools_named_above_their_degrees():
    cv = (
        "Educação\nUniversidade de Lisboa\nMestrado, Relações Internacionais · (2010 - 2012)\n"
        "Universidad de Salamanca\nGrado, Derecho · (2005 - 2009)\n"
    )
    assert _degrees(cv) == [
        ("master", "Relações Internacionais", "Universidade de Lisboa", 2012),
        ("bachelor", "Derecho", "Universidad de Salamanca", 2009),
    ]


# The head ------------------------------------------------------------------------------------------------


def test_a_name_in_greek_letters_when_the_cv_gives_no_latin_spelling():
    cv = "ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ\nΓιώργος Παπαδόπουλος\nΘεσσαλονίκη\ng.papadopoulos@example.gr\n"
    assert _read(cv).name == "Γιώργος Παπαδόπουλος"


def test_a_name_in_cyrillic_letters_under_the_documents_name():
    cv = "БИОГРАФИЈА\nМарија Петровска\nСкопје\nm.petrovska@example.mk\n"
    assert _read(cv).name == "Марија Петровска"


def test_a_heading_in_capitals_gives_way_to_a_name_in_mixed_case():
    cv = "ΠΡΟΣΩΠΙΚΑ ΣΤΟΙΧΕΙΑ\nΕλένη Γεωργίου\ne.georgiou@example.gr\n"
    assert _read(cv).name == "Ελένη Γεωργίου"


def test_a_latin_name_is_still_preferred():
    cv = "Georgios Papadopoulos\nΓιώργος Παπαδόπουλος\ng.papadopoulos@example.gr\n"
    assert _read(cv).name == "Georgios Papadopoulos"


def test_a_letters_salutation_is_no_name():
    cv = (
        "Sehr geehrte Damen und Herren,\n\nanbei mein Lebenslauf.\n\nMit freundlichen Grüßen\n\n"
        "LEBENSLAUF\nKATHARINA MEYER\nBerlin | k.meyer@example.de\n"
    )
    assert _read(cv).name == "Katharina Meyer"


def test_a_written_out_air_force_rank_and_the_service_after_the_name():
    cv = "GROUP CAPTAIN FIONA ELIZABETH GRANT RAF\nf.grant@example.co.uk\n\nCAREER HISTORY\n"
    assert _read(cv).name == "Fiona Elizabeth Grant"


@pytest.mark.parametrize(
    ("line", "nation"),
    [
        ("Sono cittadina italiana e vivo a Napoli.", "Italy"),
        ("Analista, cidadão português, com dez anos de experiência.", "Portugal"),
        ("obywatel polski, analityk", "Poland"),
    ],
)
def test_nationality_in_prose_with_the_noun_first(line, nation):
    assert _read(f"Name Surname\nname@example.org\n\nProfile\n{line}\n").nationality == nation


def test_a_nationality_in_small_letters_is_an_adjective_not_a_countrys_name():
    # Slovene "slovensko" (Slovenian) is spelt as Slovak "Slovensko" (Slovakia).
    assert _read("Tina Kranjc\ntina@example.si\nDržavljanstvo – slovensko\n").nationality == "Slovenia"
    assert _read("Peter Horváth\npeter@example.sk\nŠtátna príslušnosť: Slovensko\n").nationality == "Slovakia"


# Skills and competencies -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Principales compétences", "Top-Kenntnisse", "Systems", "IT"])
def test_skills_sections_named_by_their_kind(name):
    assert heading(name)[0] == "skills"


def test_a_labelled_line_of_it_skills_opens_no_section_that_runs_on():
    assert heading("IT: SAP, Excel") is None
    cv = (
        "Lena Vogel\nlena@example.at\n\nSprachen\nDeutsch, Englisch C1\n"
        "IT: SAP, Excel\n\nLiebe Grüße an das ganze Team!\n"
    )
    assert set(_read(cv).skills) == {"SAP", "Excel"}


def test_a_driving_licence_and_references_on_request_are_no_skills():
    cv = (
        "Иван Петров\nivan@example.bg\n\nКОМПЮТЪРНИ УМЕНИЯ\nMS Excel, QGIS\n"
        "Шофьорска книжка категория B\nReferenzen auf Anfrage\n"
    )
    assert _read(cv).skills == ("MS Excel", "QGIS")


def test_competencies_named_in_a_list_without_their_behaviours():
    cv = "Nora Lie\nnora@example.no\n\nKey competencies\nChange Leadership · Flexibility · Initiative\n"
    assert [(c.name, c.rung) for c in _read(cv).competencies] == [
        ("Change Leadership", None),
        ("Flexibility", None),
        ("Initiative", None),
    ]


def test_one_name_alone_heading_a_part_of_a_functional_resume_is_no_competency():
    cv = "Sam Reid\nsam@example.com\n\nCompetencies\nLeadership\nLed a team of twelve analysts.\n"
    assert _read(cv).competencies == ()


# Degree names and fields of more national systems (found on the earlier sets' misses, tested in other words).


def test_a_german_diplom_of_any_subject_and_the_study_before_it():
    cv = "Ausbildung\n10/2004 bis 07/2010 | Studium der Volkswirtschaftslehre, Abschluss: Diplom-Ökonomin\n"
    assert _degrees(cv) == [("master", "Volkswirtschaftslehre", "", 2010)]


def test_swedish_professional_degrees():
    assert degree_in("Civilekonomexamen, Handelshögskolan i Stockholm")[0] == "master"
    assert degree_in("Officersexamen, Försvarshögskolan")[0] == "bachelor"


def test_a_macedonian_master_at_a_university_in_cyrillic():
    cv = "Образование\n2016 — Магистер по меѓународни односи, Универзитет „Гоце Делчев“ – Штип\n"
    assert _degrees(cv) == [("master", "меѓународни односи", "Универзитет „Гоце Делчев“", 2016)]


def test_a_minor_a_framework_level_and_a_programme_word_are_no_part_of_the_field():
    cv = (
        "Education\nBachelor of Arts, History Minor: German, University of Vermont, 2009\n"
        "Master in Bestuurskunde | EQF-niveau 7, Universiteit Twente, 2012\n"
        "2010 BA, nemzetközi kapcsolatok alapszak, Corvinus Egyetem\n"
    )
    assert [(level, field) for level, field, _, _ in _degrees(cv)] == [
        ("bachelor", "History"),
        ("master", "Bestuurskunde"),
        ("bachelor", "nemzetközi kapcsolatok"),
    ]


def test_a_word_for_studies_after_the_degree_leaves_the_field_to_the_next_part():
    cv = "Obrazovanje\n2014 Master studije – evropske studije (MA), Univerzitet u Beogradu\n"
    assert _degrees(cv) == [("master", "evropske studije", "Univerzitet u Beogradu", 2014)]
