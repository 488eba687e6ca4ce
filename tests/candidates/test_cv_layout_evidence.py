"""The CV reader on layouts it was not written against (issue 15, the twelfth blind set's kinds of miss), read
through ``read_cv`` as an upload is, on small CVs written for the test. Each case is told by evidence that
holds in any language: headings in capitals without their accents, an end of a period in words no list
holds, the section's own repeated layout (posts as list items, bodies on the line under the dates, an
employer's span over its posts), table columns, a page typed in two columns, a CV written twice."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv
from candidates.cv.dates import periods
from candidates.cv.lines import heading


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    proposal = read_cv(text.encode(), filename="cv.txt")
    return [(e.title, e.organisation, e.start, e.end) for e in proposal.experience]


def test_a_greek_heading_in_capitals_without_its_accents_starts_the_posts():
    # Greek drops the tonos in capitals: "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ" is "Επαγγελματική εμπειρία".
    assert heading("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ") == ("experience", "")
    assert heading("ΞΕΝΕΣ ΓΛΩΣΣΕΣ") == ("languages", "")
    cv = (
        "ΠΑΠΑΔΟΠΟΥΛΟΣ Νίκος\nE-mail: n.papadopoulos@example.gr\nΥπηκοότητα: Ελληνική\n\n"
        "ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ\n\n"
        "Μάρτιος 2019 – Φεβρουάριος 2023\nΑναλυτής Πολιτικής\nΥπουργείο Εξωτερικών\n"
    )
    assert _posts(cv) == [("Αναλυτής Πολιτικής", "Υπουργείο Εξωτερικών", "2019-03", "2023-02")]


def test_a_heading_that_joins_two_names_of_the_section_with_and():
    assert heading("Service and employment") == ("experience", "")
    assert heading("Skills and interests") is None  # two sections: no heading


def test_a_labelled_field_of_the_cvs_head_is_no_title():
    # No experience heading the reader knows: the posts are looked for among all lines, and the line above
    # the first dates is the nationality's field.
    cv = (
        "Jonas Vik\njonas.vik@example.no\nStatsborgerskap: norsk\n"
        "04.2016 – 03.2020\nRådgiver\nForsvarsdepartementet\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Rådgiver"]


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("06.2021 – p.t. | Seksjonssjef", "2021-06"),  # Norwegian "pro tempore"
        ("от 03.2019 г. до момента", "2019-03"),  # Bulgarian "from ... to the moment"
        ("4/2018 →", "2018-04"),  # an arrow with nothing after it
        ("(03/2020 – i.d.)", "2020-03"),
    ],
)
def test_an_open_end_in_words_no_list_holds_ends_nothing(line, start):
    found = periods(line)
    assert [(p.start, p.end) for p in found] == [(start, None)]
    # The words are the period's, not the post's title.
    assert found[0].stop >= len(line.split(" | ")[0].rstrip(")"))


@pytest.mark.parametrize(
    "line",
    [
        "2017 | kpt. | student of the staff course",  # a rank's abbreviation in the next cell
        "Born in Turin on 03/05/1980 – cittadinanza italiana",  # words after a birth date
        "2019 – Oslo",  # a place is capitalised
        "Mar 2019 – jun",  # a month without its year
    ],
)
def test_words_after_a_date_that_are_no_open_end(line):
    assert periods(line) == []


def test_a_day_date_written_with_spaces_and_its_still_wrapped_in_the_date_column():
    cv = (
        "Ana Kos\nana.kos@example.si\n\nDELOVNE IZKUŠNJE\n"
        "od 1. 3. 2021. | Vodja oddelka za načrtovanje\n"
        "še vedno | Poveljstvo sil, Slovenska vojska\n"
        "od 15. 9. 2016. | Štabni častnik\n"
        "do 28. 2. 2021. | Generalštab Slovenske vojske\n"
    )
    assert [(title, start, end) for title, _, start, end in _posts(cv)] == [
        ("Vodja oddelka za načrtovanje", "2021-03", None),
        ("Štabni častnik", "2016-09", "2021-02"),
    ]


def test_posts_written_as_list_items_over_their_dates_with_duties_as_items_too():
    cv = (
        "# Ingrid Holm\ningrid.holm@example.se\n\n## Arbetslivserfarenhet\n"
        "- Handläggare, Försvarsdepartementet, Enheten för säkerhetspolitik\n"
        "(från okt. 2019)\n"
        "- Samordning av svenska bidrag till Natos planering\n"
        "- Utredare, Totalförsvarets forskningsinstitut (FOI)\n"
        "(mar. 2015 – sep. 2019)\n"
        "- Analyser av Östersjöregionens säkerhet\n"
    )
    assert [(title, start) for title, _, start, _ in _posts(cv)] == [
        ("Handläggare", "2019-10"),
        ("Utredare", "2015-03"),
    ]


def test_an_empty_to_cell_of_a_table_of_posts_is_a_post_still_held():
    cv = (
        "Mari Saar\nmari.saar@example.ee\n\nWORK EXPERIENCE\n"
        "Position | Employer | From | To\n"
        "Senior Adviser | Ministry of Defence | 05/2022 |\n"
        "Analyst | Estonian Foreign Policy Institute | 09/2018 | 04/2022\n"
    )
    assert _posts(cv) == [
        ("Senior Adviser", "Ministry of Defence", "2022-05", None),
        ("Analyst", "Estonian Foreign Policy Institute", "2018-09", "2022-04"),
    ]


def test_title_comma_name_beside_its_dates_names_the_employer_in_any_language():
    cv = (
        "Elira Hoxha\nelira.hoxha@example.al\n\nPËRVOJA PROFESIONALE\n"
        "Këshilltare e Lartë, Drejtoria e Politikave të Sigurisë (mars 2020 – deri më sot)\n"
        "Hartimi i strategjive kombëtare.\n"
        "Zyrtare Projekti, Qendra për Studime Rajonale (janar 2016 – shkurt 2020)\n"
        "Projekte mbi qeverisjen e sektorit.\n"
    )
    assert [(title, organisation) for title, organisation, *_ in _posts(cv)] == [
        ("Këshilltare e Lartë", "Drejtoria e Politikave të Sigurisë"),
        ("Zyrtare Projekti", "Qendra për Studime Rajonale"),
    ]


def test_every_post_with_its_body_on_the_line_under_the_dates_reads_the_same_way():
    # The second post's words alone would split "Stabsoffiser, NATO-avdelingen" at its comma.
    cv = (
        "Ola Berg\nola.berg@example.no\n\nARBEIDSERFARING\n"
        "09.2020 – 08.2023 | Avdelingssjef (J3)\nForsvarets operative hovedkvarter (FOH), Bodø\n"
        "08.2017 – 08.2020 Stabsoffiser, NATO-avdelingen\nForsvarsstaben, Oslo\n"
        "08.2014 – 07.2017 Kompanisjef\nBrigade Nord, Bardufoss\n"
    )
    assert [(title, organisation) for title, organisation, *_ in _posts(cv)] == [
        ("Avdelingssjef (J3)", "Forsvarets operative hovedkvarter (FOH)"),
        ("Stabsoffiser, NATO-avdelingen", "Forsvarsstaben"),
        ("Kompanisjef", "Brigade Nord"),
    ]


def test_posts_within_an_employers_span_keep_their_unit_and_take_the_employer():
    cv = (
        "Eleni Kosta\neleni.kosta@example.gr\n\nEXPERIENCE\n"
        "Ministry of Foreign Affairs, Athens — 2014 to present\n"
        "Deputy Head, Directorate of Security Policy (Jan 2021 – present)\n"
        "Desk Officer, Directorate of NATO Affairs (Mar 2014 – Dec 2020)\n"
    )
    assert [(title, organisation) for title, organisation, *_ in _posts(cv)] == [
        ("Deputy Head, Directorate of Security Policy", "Ministry of Foreign Affairs"),
        ("Desk Officer, Directorate of NATO Affairs", "Ministry of Foreign Affairs"),
    ]


def test_a_page_typed_in_two_languages_side_by_side_is_read_column_by_column_once():
    rows = [
        ("CURRICULUM VITAE", "LEBENSLAUF"),
        ("", ""),
        ("Luc Weber", "Luc Weber"),
        ("luc.weber@example.lu", "luc.weber@example.lu"),
        ("", ""),
        ("EXPÉRIENCE PROFESSIONNELLE", "BERUFSERFAHRUNG"),
        ("03/2018 – 12/2022", "03/2018 – 12/2022"),
        ("  Chef de projet", "  Projektleiter"),
        ("  Ministère de la Défense", "  Verteidigungsministerium"),
        ("01/2012 – 02/2018", "01/2012 – 02/2018"),
        ("  Officier de liaison", "  Verbindungsoffizier"),
        ("  Armée luxembourgeoise", "  Luxemburger Armee"),
        ("", ""),
        ("FORMATION", "AUSBILDUNG"),
        ("2011 Master en relations", "2011 Master in Internationalen"),
        ("internationales, Université", "Beziehungen, Universität"),
        ("de Strasbourg", "Straßburg"),
        ("2009 Bachelor en droit,", "2009 Bachelor in Rechtswissenschaft,"),
        ("Université de Liège", "Universität Lüttich"),
    ]
    cv = "\n".join(f"{left:<40}|   {right}" for left, right in rows)
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert [(e.title, e.organisation, e.start) for e in proposal.experience] == [
        ("Chef de projet", "Ministère de la Défense", "2018-03"),
        ("Officier de liaison", "Armée luxembourgeoise", "2012-01"),
    ]
    assert [(e.level, e.year) for e in proposal.education] == [("master", 2011), ("bachelor", 2009)]


def test_a_cv_written_twice_in_two_languages_gives_its_posts_once():
    cv = (
        "Marie Roy\nmarie.roy@example.ca\n\nEXPERIENCE\n"
        "Senior Policy Analyst, Department of National Defence (since May 2019)\n"
        "Policy Analyst, Global Affairs Canada (Sep 2015 – Apr 2019)\n\n"
        "EXPÉRIENCE\n"
        "Analyste principale des politiques, Ministère de la Défense nationale (depuis mai 2019)\n"
        "Analyste des politiques, Affaires mondiales Canada (sept. 2015 – avr. 2019)\n"
    )
    assert [(title, start) for title, _, start, _ in _posts(cv)] == [
        ("Senior Policy Analyst", "2019-05"),
        ("Policy Analyst", "2015-09"),
    ]


def test_a_town_in_the_cell_after_a_title_is_no_part_of_it():
    cv = (
        "Kadri Tamm\nkadri.tamm@example.ee\n\nEXPERIENCE\n"
        "Network Engineer | Tartu, Estonia\n"
        "ESTONIAN DEFENCE FORCES | Mar. 2018 – Present\n"
        "• Runs the deployable networks of the brigade.\n"
        "Systems Administrator | Tartu, Estonia\n"
        "UNIVERSITY OF TARTU | Jan. 2014 – Feb. 2018\n"
        "• Kept the faculty's servers running.\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Network Engineer", "Systems Administrator"]


def test_a_company_known_by_its_legal_form_alone_is_the_organisation_and_orients_the_section():
    # "UAB" is in no word list of bodies: cleanco's table of legal forms tells it; the third post, known by
    # nothing, is read the way the first two are written.
    cv = (
        "Tomas Petraitis\ntomas.petraitis@example.lt\n\nEXPERIENCE\n"
        "Baltic Data UAB — Programuotojas | 2019 – 2022\n"
        "Vilniaus Sprendimai UAB — Analitikas | 2016 – 2019\n"
        "Kauno Žinios — Praktikantas | 2015 – 2016\n"
    )
    assert [(title, organisation) for title, organisation, *_ in _posts(cv)] == [
        ("Programuotojas", "Baltic Data UAB"),
        ("Analitikas", "Vilniaus Sprendimai UAB"),
        ("Praktikantas", "Kauno Žinios"),
    ]
