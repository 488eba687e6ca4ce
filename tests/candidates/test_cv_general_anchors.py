"""Causes that carry across layouts (issue 15, the tenth blind set's misses grouped by cause): text a DOCX
keeps in content controls and tracked insertions, date styles (the longest "present" phrase, "Mar '20",
"01-JUL-2021" and a 9999 end, "→ …" after a year axis, "onwards", declined month names, "até ao presente"),
a table header with a row number and a rank beside the post's columns, a spaced hyphen before a body known
by its form, a heading followed by a word for "information", a title among a federal résumé's labelled
fields, a sentence in the cell after the dates, a name whose commas make a series, and a dated sentence
within a post. Each is read through ``read_cv``, with CVs written for the test (invented people and bodies)."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml import parse_xml

from candidates.cv import read_cv
from candidates.cv.dates import periods

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _posts(text: str, filename: str = "cv.txt") -> list[tuple]:
    data = text.encode() if isinstance(text, str) else text
    return [(p.title, p.organisation, p.start, p.end) for p in read_cv(data, filename=filename).experience]


def _docx(*paragraphs_xml: str) -> bytes:
    document = Document()
    body = document.element.body
    for xml in paragraphs_xml:
        body.insert(len(body) - 1, parse_xml(xml))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _p(text: str) -> str:
    return f"<w:p {_W}><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def test_a_docx_reads_tracked_insertions_and_not_deletions():
    changed = (
        f"<w:p {_W}><w:del w:id='1' w:author='x'><w:r><w:delText>03/2017 – present</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'><w:r><w:t>03/2017 – 05/2022</w:t></w:r></w:ins></w:p>"
    )
    inserted = f"<w:p {_W}><w:ins w:id='3' w:author='x'><w:r><w:t>06/2022 – present</w:t></w:r></w:ins></w:p>"
    data = _docx(
        _p("Ilse Varga"),
        _p("Experience"),
        inserted,
        _p("Chief Surveyor, Lindqvist Hydrographic Agency"),
        changed,
        _p("Surveyor, Lindqvist Hydrographic Agency"),
    )
    assert _posts(data, "cv.docx") == [
        ("Chief Surveyor", "Lindqvist Hydrographic Agency", "2022-06", None),
        ("Surveyor", "Lindqvist Hydrographic Agency", "2017-03", "2022-05"),
    ]


def test_a_docx_template_filled_in_content_controls_is_read():
    field = (
        f"<w:sdt {_W}><w:sdtPr><w:alias w:val='Post'/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>2015 – actualidad</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Jefa de Sección</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Agencia de Cartografía Militar</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    inline = (
        f"<w:p {_W}><w:r><w:t xml:space='preserve'>Nombre: </w:t></w:r><w:sdt><w:sdtContent>"
        "<w:r><w:t>Lucía Ortega</w:t></w:r></w:sdtContent></w:sdt></w:p>"
    )
    data = _docx(inline, _p("Experiencia profesional"), field)
    assert _posts(data, "cv.docx") == [("Jefa de Sección", "Agencia de Cartografía Militar", "2015-01", None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("05.2018 - devam ediyor", [("2018-05", None, "05.2018 - devam ediyor")]),
        ("Apr '18 – today", [("2018-04", None, "Apr '18 – today")]),
        ("Nov '09 – Jan '13", [("2009-11", "2013-01", "Nov '09 – Jan '13")]),
        ("3 | 12-FEB-2019 | 31-DEC-9999 | Cpt", [("2019-02", None, "12-FEB-2019 | 31-DEC-9999")]),
        ("2018 | 04/2018 → …", [("2018-04", None, "04/2018 → …")]),
        ("May 2017 onwards | ...", [("2017-05", None, "May 2017 onwards")]),
        ("od avgusta 2016 dalje — x", [("2016-08", None, "od avgusta 2016 dalje")]),
        ("od januarja 2011 do aprila 2013", [("2011-01", "2013-04", "od januarja 2011 do aprila 2013")]),
        ("05/2016 – até ao presente", [("2016-05", None, "05/2016 – até ao presente")]),
        ("zënter 03/2021", [("2021-03", None, "zënter 03/2021")]),
        ("da aprile 2018 a tutt'oggi", [("2018-04", None, "da aprile 2018 a tutt'oggi")]),
    ],
)
def test_date_styles(line, expected):
    assert [(p.start, p.end, line[p.begin : p.stop]) for p in periods(line)] == expected


def test_the_longest_present_phrase_is_taken_so_the_title_is_not_its_last_word():
    cv = "Tecrübe\nİŞ DENEYİMİ\n05.2018 - devam ediyor\nProje Yöneticisi - KARAKUM A.Ş., Ankara\nGüdümlü sistemler."
    assert _posts(cv) == [("Proje Yöneticisi", "KARAKUM A.Ş.", "2018-05", None)]


def test_a_year_axis_beside_the_posts_is_no_period():
    cv = (
        "Experience\n2024\n2023\n2022 | 04/2022 → …\nChief Archivist\nHollin Record Office\n2021\n"
        "2020 | 02/2020 → 03/2022\nArchivist\nMarsh County Council\n"
    )
    assert _posts(cv) == [
        ("Chief Archivist", "Hollin Record Office", "2022-04", None),
        ("Archivist", "Marsh County Council", "2020-02", "2022-03"),
    ]


def test_a_table_with_row_numbers_and_ranks_beside_the_post_columns():
    cv = (
        "SERVICE RECORD EXTRACT\n"
        "No. | START DATE | END DATE | GRADE | POSITION | UNIT\n"
        "1 | 01-MAR-2020 | 31-DEC-9999 | Maj | Chief of Logistics Cell | 7th Signal Regiment\n"
        "2 | 15-JUN-2016 | 28-FEB-2020 | Cpt | Platoon Leader | 3rd Engineer Battalion\n"
    )
    assert _posts(cv) == [
        ("Chief of Logistics Cell", "7th Signal Regiment", "2020-03", None),
        ("Platoon Leader", "3rd Engineer Battalion", "2016-06", "2020-02"),
    ]


def test_a_heading_with_a_word_for_information_after_it_ends_the_posts():
    cv = (
        "İŞ DENEYİMİ\n07.2012 - 08.2012\nStajyer Analist - DORUKSAN A.Ş.\n"
        "EĞİTİM BİLGİLERİ\n2008 - 2012 | Lisans, İktisat\n"
    )
    assert _posts(cv) == [("Stajyer Analist", "DORUKSAN A.Ş.", "2012-07", "2012-08")]


def test_a_federal_resume_title_below_its_dates_among_labelled_fields():
    cv = (
        "WORK EXPERIENCE\n"
        "Bureau of Coastal Surveys\n"
        "1200 Harbor Street, Norfolk, VA 23510 United States\n"
        "From: 04/2016 To: Present\nHours per week: 40\nSeries: 1370 | Grade: 12\n"
        "Cartographic Analyst\nDuties, Accomplishments and Related Skills:\n- Compiles nautical charts.\n"
        "Tidewater Mapping Inc.\n55 Quarry Road, Richmond, VA 23220 United States\n"
        "From: 01/2012 To: 03/2016\nHours per week: 40\n"
        "GIS Technician\nDuties, Accomplishments and Related Skills:\n- Digitised survey plates.\n"
    )
    assert _posts(cv) == [
        ("Cartographic Analyst", "Bureau of Coastal Surveys", "2016-04", None),
        ("GIS Technician", "Tidewater Mapping Inc.", "2012-01", "2016-03"),
    ]


def test_a_sentence_in_the_cell_after_the_dates_leaves_the_post_on_the_row_above():
    cv = (
        "Employment\n"
        "Head of Audit, Northern Region | Treasury, Audit & Assurance Office\n"
        "March 2018 onwards | Leads eleven auditors across the region and reports to the audit committee.\n"
        "Auditor | Fenwick Water Board\n"
        "May 2013 to February 2018 | Audited capital projects and procurement of the utility.\n"
    )
    assert _posts(cv) == [
        ("Head of Audit, Northern Region", "Treasury, Audit & Assurance Office", "2018-03", None),
        ("Auditor", "Fenwick Water Board", "2013-05", "2018-02"),
    ]


def test_a_dated_sentence_within_a_post_is_a_duty():
    cv = (
        "Experience\n"
        "2016-02 – present | Harbour Engineer\nPort Authority of Kessel\n"
        "Quay wall renewal and dredging works. Seconded 2019-04 – 2019-09 (flood recovery).\n"
        "Mar '10 – Jan '16\nSite Engineer\nBrandt Civil Works\nSurvey of the northern dyke (2012-2013).\n"
    )
    assert [p[:2] for p in _posts(cv)] == [
        ("Harbour Engineer", "Port Authority of Kessel"),
        ("Site Engineer", "Brandt Civil Works"),
    ]


def test_posts_written_as_records_of_named_fields():
    cv = (
        "cv:\n  name: Pia Lund\n  sections:\n    experience:\n"
        "      - company: Harrow Optics Ltd\n        position: Lens Designer\n        location: York\n"
        "        start_date: 2019-02\n        end_date: present\n        highlights:\n"
        '          - "Designed the periscope optics"\n'
        "      - company: Quarry Lane Glassworks\n        position: Glass Technician\n"
        "        start_date: 2014-09\n        end_date: 2019-01\n"
    )
    assert _posts(cv) == [
        ("Lens Designer", "Harrow Optics Ltd", "2019-02", None),
        ("Glass Technician", "Quarry Lane Glassworks", "2014-09", "2019-01"),
    ]


def test_a_grid_table_row_wrapped_over_several_lines_is_one_row():
    cv = (
        "EXPERIÊNCIA PROFISSIONAL\n"
        "+------------------+--------------------------+----------------------------+\n"
        "| Período          | Função                   | Entidade empregadora       |\n"
        "+==================+==========================+============================+\n"
        "| 05/2016 – até ao | Chefe de Divisão de      | Autoridade Marítima        |\n"
        "| presente         | Cartografia              | Nacional (AMN)             |\n"
        "+------------------+--------------------------+----------------------------+\n"
        "| 02/2011 – 04/2016 | Cartógrafa              | Instituto Hidrográfico     |\n"
        "+------------------+--------------------------+----------------------------+\n"
    )
    assert _posts(cv) == [
        ("Chefe de Divisão de Cartografia", "Autoridade Marítima Nacional (AMN)", "2016-05", None),
        ("Cartógrafa", "Instituto Hidrográfico", "2011-02", "2016-04"),
    ]


def test_a_period_wrapped_over_two_lines_of_a_narrow_date_column():
    cv = (
        "Expérience professionnelle\n"
        "De mars 2017 | Responsable des achats, Agence régionale de\n"
        "à ce jour | santé Bretagne, Rennes\n"
        "Pilotage des marchés publics de la région.\n"
        "De mai | Stagiaire, Chambre régionale des comptes, Nantes\n"
        "à juillet 2016 | Contrôle des comptes des communes.\n"
    )
    assert _posts(cv) == [
        ("Responsable des achats", "Agence régionale de santé Bretagne", "2017-03", None),
        ("Stagiaire", "Chambre régionale des comptes", "2016-05", "2016-07"),
    ]


def test_a_note_in_brackets_on_the_dates_line_leaves_the_post_to_its_own_lines():
    cv = (
        "Experiencia profesional\n"
        "2012 – actualidad\nJefe de Servicio\nAgencia Estatal de Meteorología\n"
        "Desde 2018 (a tiempo parcial, compatible con el anterior)\nProfesor asociado\nUniversidad de Zaragoza\n"
    )
    assert _posts(cv) == [
        ("Jefe de Servicio", "Agencia Estatal de Meteorología", "2012-01", None),
        ("Profesor asociado", "Universidad de Zaragoza", "2018-01", None),
    ]


def test_posts_told_in_a_biographys_sentences():
    cv = (
        "Commander Ada Pryce\nBiography\n"
        "Commander Pryce was born in 1980 in Leeds. From June 2004 until May 2008 he served as Navigating\n"
        "Officer in HMS Sentinel in Portsmouth. In June 2008 he became Executive Officer in the same\n"
        "ship, a post he held until April 2011. From May 2011 to July 2015 he was Staff Officer Plans at Fleet\n"
        "Headquarters in Northwood, England. Since August 2015 she has been Head of Training at the Maritime\n"
        "Warfare School in Gosport. He was promoted to commander in 2016.\n"
    )
    assert _posts(cv) == [
        ("Navigating Officer", "HMS Sentinel", "2004-06", "2008-05"),
        ("Executive Officer", "HMS Sentinel", "2008-06", "2011-04"),
        ("Staff Officer Plans", "Fleet Headquarters", "2011-05", "2015-07"),
        ("Head of Training", "Maritime Warfare School", "2015-08", None),
    ]


def test_a_bracketed_note_ending_a_sentence_on_its_dates_line_is_no_post():
    cv = (
        "Experience\n"
        "Senior Adviser, Flood Planning – Ministry of Transport of the Republic of | 05/2019 – present\n"
        "Estonia\n"
        "Adviser, Ports – Ministry of Transport of the Republic of | 09/2014 – 04/2019\n"
        "Estonia\n"
        "Hydrologist – Tartu Water Research Centre (Veeuuringute | 10/2011 – 08/2014\n"
        "keskus), Tartu\n"
        "National representative to the Regional Flood Committee (Reinforced) working level,\n"
        "2019–present (part of the current post).\n"
        "Education\nMSc Hydrology, University of Tartu, 2014\n"
    )
    assert [(p[0], p[2]) for p in _posts(cv)] == [
        ("Senior Adviser, Flood Planning", "2019-05"),
        ("Adviser, Ports", "2014-09"),
        ("Hydrologist", "2011-10"),
    ]


def test_a_title_and_body_after_the_dates_ending_in_a_legal_forms_dot_is_no_sentence():
    wide = " " * 8
    cv = (
        "PROFESSIONAL EXPERIENCE\n\n"
        f"2019-03 – Present{wide}Lead Radar Engineer, Kessel Systems a.s.\n• Planned the trials.\n\n"
        f"2015-01 – 2019-02{wide}Junior Radar Test Technician, Brandt s.r.o.\n• Prepared the test benches.\n"
    )
    assert [(p[0], p[2]) for p in _posts(cv)] == [
        ("Lead Radar Engineer", "2019-03"),
        ("Junior Radar Test Technician", "2015-01"),
    ]


def test_a_data_files_fields_are_lines_of_their_own_and_a_list_items_fields_one_record():
    cv = (
        'cv:\n  name: Pia Lund\n  email: pia.lund@example.se\n  phone: "+46 70 555 0101"\n'
        "  citizenship: Swedish\n  sections:\n    languages:\n"
        "      - language: English\n        fluency: C1\n"
    )
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert proposal.nationality == "Sweden"
    assert [(x.language, x.level) for x in proposal.languages if x.language == "English"] == [
        ("English", "V")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Staatsangehörigkeit: deutsch geboren am 02.03.1990 in Trier", "Germany"),
        ("Státní občanství | Česká republika", "Czechia"),
        ("Cetățenie | ROU", "Romania"),
        ("Jurist · Svensk medborgare · Malmö", "Sweden"),
        ("Nationalitéit: lëtzebuergesch", "Luxembourg"),
    ],
)
def test_nationality_styles(line, expected):
    cv = f"Anna Muster\n{line}\nExperience\n2019 – present\nAnalyst, Ministry of Finance\n"
    assert read_cv(cv.encode(), filename="cv.txt").nationality == expected
