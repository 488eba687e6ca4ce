"""The CV reader on layouts the seventh blind set showed it missing (issue 15): words for "present" and
section headings in more member languages, a heading in a table's first column, Markdown CVs, profile-site
furniture. One cause each, on small CVs written for the test (never copies of the bench CVs)."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile
from candidates.cv.dates import periods


@pytest.mark.parametrize(
    "line",
    [
        "03/2017 – doteraz",  # Slovak
        "maj 2016 – pågående",  # Swedish
        "nov. 2018 — atual",  # Portuguese
        "(feb. 2020 – í dag)",  # Icelandic
        "2015 – tot op heden",  # Dutch
        "2019 – günümüze",  # Turkish
    ],
)
def test_a_post_still_held_in_more_member_languages_has_no_end(line):
    found = periods(line)
    assert len(found) == 1 and found[0].end is None


def _skills_of(cv: str) -> tuple[str, ...]:
    return propose_profile(cv).skills


@pytest.mark.parametrize(
    "heading",
    ["IT-KOMPETENCER", "Počítačové dovednosti", "Digitálne zručnosti", "Atk-taidot", "KUNSKAPER"],
)
def test_computer_skills_headings_of_member_languages_end_the_languages_list(heading):
    cv = (
        "Jana Horáková\nLanguages\nEnglish – C1\nGerman – B2\n"
        f"{heading}\nExcel, QGIS, Jira\nZÁJMY\nTuristika, šachy.\n"
    )
    profile = propose_profile(cv)
    assert profile.skills == ("Excel", "QGIS", "Jira")
    assert {lang.language for lang in profile.languages} == {"English", "German"}


@pytest.mark.parametrize("heading", ["ÖVRIGT", "Zájmy", "Harrastukset", "Luottamustehtävät", "Overige"])
def test_further_information_headings_end_a_skills_list(heading):
    cv = f"Erik Holm\nSkills\nSAP, Power BI\n{heading}\nKörkort B, orientering och körsång i kyrkokör.\n"
    assert _skills_of(cv) == ("SAP", "Power BI")


def test_a_swedish_employment_heading_after_a_profile_starts_the_posts():
    cv = (
        "Karin Lund\nPROFIL\nIngenjör med lång erfarenhet av ledningssystem.\nANSTÄLLNINGAR\n"
        "mar 2019 – pågående\nSystemingenjör, Saab AB\n"
    )
    posts = propose_profile(cv).experience
    assert [(p.title, p.organisation, p.start, p.end) for p in posts] == [
        ("Systemingenjör", "Saab AB", "2019-03", None)
    ]


def test_a_heading_in_a_tables_first_column_with_its_content_beside_it():
    cv = (
        "Luc Weber\nEXPÉRIENCE / EXPERIENCE\n2016 – 2020 | Analyst\nBanque de Luxembourg\n"
        "LANGUES / LANGUAGES | français C2, anglais C1, allemand B2\n"
        "COMPÉTENCES / SKILLS | Gestion budgétaire; MS Project; SAP\n"
        "DIVERS | Membre d'un club d'aviron depuis dix ans, permis B.\n"
    )
    profile = propose_profile(cv)
    assert profile.skills == ("Gestion budgétaire", "MS Project", "SAP")
    assert {(lang.language, lang.level) for lang in profile.languages} == {
        ("French", "VI"),
        ("English", "V"),
        ("German", "IV"),
    }


def test_a_europass_2005_row_of_computer_skills_and_a_licence_row():
    cv = (
        "Giulia Bianchi\nIstruzione e formazione\nDate | 2012\nTitolo della qualifica rilasciata | Laurea in Economia\n"
        "Capacità e competenze sociali | Ottima capacità di lavorare in gruppo, maturata all'estero.\n"
        "Capacità e competenze informatiche | SAP, Excel avanzato, Stata\nPatente | B\n"
    )
    assert _skills_of(cv) == ("SAP", "Excel avanzato", "Stata")


def test_a_row_of_column_names_is_no_heading_with_content():
    cv = "Erik Holm\nSkills\nSkills | Level | Years\nSAP MM | 4 | 8\nPython | 3 | 5\n"
    assert _skills_of(cv) == ("SAP MM", "Python")


MARKDOWN_CV = """# Liis Tamm
**Data Engineer** · Tartu, Estonia

liis.tamm@example.ee · [Homepage](https://liis.example.ee)

---

## Experience
### Data Engineer · [Bolt Technology OÜ](https://bolt.example)
*2020-05 → now* — Tallinn
- Runs the streaming platform for fraud signals; on-call lead 2021–2023.
### Analyst · Statistics Estonia
*2016-09 → 2020-04*
- Census data quality.

## Languages
| Language | Level |
|----------|-------|
| Estonian | native |
| English | C1 |

## Skills
`Kafka` `dbt` `PostgreSQL`
"""


def test_a_cv_written_in_markdown_is_read_without_its_marks():
    profile = propose_profile(MARKDOWN_CV)
    assert profile.name == "Liis Tamm"
    assert profile.skills == ("Kafka", "dbt", "PostgreSQL")
    assert [(p.title, p.organisation, p.start, p.end) for p in profile.experience] == [
        ("Data Engineer", "Bolt Technology OÜ", "2020-05", None),
        ("Analyst", "Statistics Estonia", "2016-09", "2020-04"),
    ]
    assert {lang.language for lang in profile.languages} == {"Estonian", "English"}


def test_a_profile_sites_endorsement_count_is_no_skill():
    cv = (
        "Erik Holm\nSkills\nStakeholder Management\nEndorsed by 7 colleagues\nLogistics Planning\n"
        "3 endorsements\nContract Law\n"
    )
    assert _skills_of(cv) == ("Stakeholder Management", "Logistics Planning", "Contract Law")


def test_an_empty_end_cell_after_the_start_leaves_the_post_open():
    cv = (
        "Start | End | Position | Unit\n2020-08-03 | — | Staff Officer | 1st Canadian Division\n"
        "2017-07-10 | 2020-07-31 | Battery Commander | 2nd Regiment\n"
    )
    assert [(p.start, p.end) for p in propose_profile(f"Experience\n{cv}").experience] == [
        ("2020-08", None),
        ("2017-07", "2020-07"),
    ]


@pytest.mark.parametrize(
    ("line", "title", "organisation"),
    [
        ("4/2019– | Erikoistutkija, Puolustusministeriö", "Erikoistutkija", "Puolustusministeriö"),
        ("1/2014–3/2019 | Opettaja, Maanpuolustuskorkeakoulu", "Opettaja", "Maanpuolustuskorkeakoulu"),
        ("5/2010–12/2013 | Tutkija, Ulkopoliittinen instituutti", "Tutkija", "Ulkopoliittinen instituutti"),
        ("2015 – 2019 | Projektledare, Försvarets materielverk", "Projektledare", "Försvarets materielverk"),
    ],
)
def test_finnish_and_swedish_bodies_after_a_title(line, title, organisation):
    posts = propose_profile(f"Työkokemus\n{line}\n").experience
    assert [(p.title, p.organisation) for p in posts] == [(title, organisation)]


def test_a_field_named_under_its_label_beats_the_degrees_own_domain():
    cv = (
        "Koulutus\n2016 | Hallintotieteiden maisteri (HTM), Tampereen yliopisto\npääaine: julkisoikeus\n"
        "2013 | Hallintotieteiden kandidaatti (HTK), Tampereen yliopisto\npääaine: julkisoikeus\n"
    )
    assert [(e.level, e.field, e.year) for e in propose_profile(cv).education] == [
        ("master", "julkisoikeus", 2016),
        ("bachelor", "julkisoikeus", 2013),
    ]


def test_nordic_degrees_and_school_leaving_exams():
    cv = (
        "Uddannelse\n2005 | Student (hhx), Odense Tekniske Gymnasium\n"
        "2011 | Kandidat (cand.polit.) i økonomi, Københavns Universitet\n"
        "Utbildning\n2014 Civilingenjörsexamen i maskinteknik, Chalmers tekniska högskola\n"
        "Menntun\nStúdentspróf — Menntaskólinn á Akureyri (2004)\n"
    )
    found = {(e.level, e.field, e.year) for e in propose_profile(cv).education}
    assert found == {
        ("secondary", "", 2005),
        ("master", "økonomi", 2011),
        ("master", "maskinteknik", 2014),
        ("secondary", "", 2004),
    }


@pytest.mark.parametrize(
    ("cv", "nation"),
    [
        ("Erik Holm\nFödd: 1990\nMedborgarskap: svenskt\n", "Sweden"),
        ("Ole Berg\nStatsborgerskap: norskt\n", "Norway"),
        ("Anna Vos\nSkills\nSAP\nCONTACT\nanna@example.be\nNATIONALITY\nBelgian\n", "Belgium"),
        ("Ana Silva\nNacionalidade:\nportuguesa\n", "Portugal"),
    ],
)
def test_nationality_as_a_neuter_adjective_or_under_its_label(cv, nation):
    assert propose_profile(cv).nationality == nation


def test_czech_and_slovak_languages_named_by_adjective():
    cv = (
        "Jana Kováčová\nJazykové znalosti\nJazyk | Úroveň\nslovenský jazyk | materinský\n"
        "anglický jazyk | C1\nnemecký jazyk | B2\nfrancouzský jazyk | SLP 3222\n"
    )
    found = {(lang.language, lang.level, lang.stanag) for lang in propose_profile(cv).languages}
    assert found == {
        ("Slovak", None, None),
        ("English", "V", None),
        ("German", "IV", None),
        ("French", None, "3222"),
    }


LINKEDIN_PAGE = """Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications

Helen Marsh  · 3rd
Maritime Security | Royal Navy veteran
Portsmouth, England, United Kingdom · Contact info
500+ connections
Message  Follow  More
Experience
Programme Manager
BAE Systems · Full-time
Jan 2020 - Present · 6 yrs
Portsmouth, England, United Kingdom
Royal Navy
Full-time · 12 yrs 2 mos
Fleet Operations Officer
Mar 2015 - Dec 2019 · 4 yrs 10 mos
Northwood, England, United Kingdom
Show all 5 experiences →
Skills
Maritime Operations
Endorsed by 9 colleagues
Programme Management
"""


def test_a_linkedin_page_copied_as_text():
    profile = propose_profile(LINKEDIN_PAGE)
    assert profile.name == "Helen Marsh"
    posts = [(p.title, p.organisation, p.start, p.end) for p in profile.experience]
    assert posts == [
        ("Programme Manager", "BAE Systems", "2020-01", None),
        ("Fleet Operations Officer", "Royal Navy", "2015-03", "2019-12"),
    ]
    assert profile.skills == ("Maritime Operations", "Programme Management")


def test_a_given_names_row_and_a_surnames_row_give_the_whole_name():
    cv = "Datos de identificación\nNombre | Ana Belén\nApellidos | Ruiz Gil\nNacionalidad | España\n"
    assert propose_profile(cv).name == "Ana Belén Ruiz Gil"


def test_europass_2005_rows_of_a_post_still_held():
    cv = (
        "Giulia Bianchi\nEsperienza professionale\nDate | 01/02/2019 – in corso\n"
        "Lavoro o posizione ricoperti | Funzionaria contabile\n"
        "Principali attività e responsabilità | Bilancio e rendiconto.\n"
        "Nome e indirizzo del datore di lavoro | Agenzia delle Entrate, Via Cristoforo Colombo 426, Roma\n"
        "Date | 10/2014 – 01/2019\nLavoro o posizione ricoperti | Analista\n"
        "Nome e indirizzo del datore di lavoro | Banca d'Italia, Via Nazionale 91, Roma\n"
    )
    posts = [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]
    assert posts == [
        ("Funzionaria contabile", "Agenzia delle Entrate", "2019-02", None),
        ("Analista", "Banca d'Italia", "2014-10", "2019-01"),
    ]


@pytest.mark.parametrize(
    "row",
    [
        "08/2017 | 06/2018 | Elev, stabsstudiet | Forsvarets høgskole",
        "2014–2016 | Harp Akademileri | Kurmay subay eğitimi | —",
    ],
)
def test_a_course_attended_in_a_service_table_is_no_post(row):
    cv = f"Tjeneste\n09/2018 | 07/2021 | Kompanisjef | Telemark bataljon\n{row}\n"
    titles = [p.title for p in propose_profile(cv).experience]
    assert titles == ["Kompanisjef"]


def test_a_title_naming_its_unit_above_the_body_and_dates():
    cv = (
        "Professional experience\nHead of Section for EU Integration\n"
        "Ministry of Interior of Albania | Jan 2019 – present\nDrafted the national accession programme.\n"
        "Adviser\nMinistry of Justice of Albania | Mar 2014 – Dec 2018\n"
    )
    posts = [(p.title, p.organisation, p.start) for p in propose_profile(cv).experience]
    assert posts == [
        ("Head of Section for EU Integration", "Ministry of Interior of Albania", "2019-01"),
        ("Adviser", "Ministry of Justice of Albania", "2014-03"),
    ]


def test_title_and_body_after_an_en_dash_over_a_sentence_ending_in_an_abbreviation():
    cv = (
        "Pracovní zkušenosti\nbřezen 2020 – dosud\nAnalytik – Ministerstvo zahraničních věcí ČR\n"
        "Analýzy pro jednání Severoatlantické rady (NAC), spolupráce s Generálním štábem AČR.\n"
    )
    posts = [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]
    assert posts == [("Analytik", "Ministerstvo zahraničních věcí ČR", "2020-03", None)]


def test_an_end_year_wrapped_under_its_month_in_a_narrow_date_column():
    cv = (
        "Experiência profissional\nnov. 2019 — atual | Assessora\nMinistério da Defesa Nacional\n"
        "fev. 2014 — out. Investigadora\n2019 | Instituto da Defesa Nacional (IDN)\nEstudos de segurança.\n"
    )
    posts = [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]
    assert posts == [
        ("Assessora", "Ministério da Defesa Nacional", "2019-11", None),
        ("Investigadora", "Instituto da Defesa Nacional (IDN)", "2014-02", "2019-10"),
    ]


def test_a_degree_label_whose_value_names_the_degree_again():
    cv = (
        "Formación académica\n"
        "Doctorado: Programa de Doctorado en Ciencia Política | Universidad de Salamanca | 12/05/2016\n"
    )
    assert [(e.level, e.field, e.institution, e.year) for e in propose_profile(cv).education] == [
        ("doctorate", "Ciencia Política", "Universidad de Salamanca", 2016)
    ]
