"""The CV reader on styles of member nations' CVs that the sixth blind set showed it missing (issue 15), one
cause each, on small CVs written for the test (never copies of the bench CVs)."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile
from candidates.cv.dates import periods


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # Abbreviated month names of languages whose short forms are no English words: Croatian, Polish,
        # Greek, Czech, Turkish, Albanian, Bulgarian.
        ("stu. 2016 – danas", "2016-11", None),
        ("velj. 2010 – ožu. 2014", "2010-02", "2014-03"),
        ("kwi 2018 – gru 2020", "2018-04", "2020-12"),
        ("Οκτ 2015 – Δεκ 2019", "2015-10", "2019-12"),
        ("Analyst | Απρ 2012 – σήμερα", "2012-04", None),
        ("úno 2011 – zář 2015", "2011-02", "2015-09"),
        ("Eyl 2014 – Haz 2017", "2014-09", "2017-06"),
        ("shk 2013 – dhj 2016", "2013-02", "2016-12"),
        ("фев 2014 – ное 2018", "2014-02", "2018-11"),
        # "lip" is June in Croatian and July in Polish, "lis" October and November, "srp" July in Croatian
        # and August in Czech: the period's other date tells the language.
        ("lip. 2010 – ruj. 2013", "2010-06", "2013-09"),
        ("lip 2010 – wrz 2013", "2010-07", "2013-09"),
        ("lis. 2012 – stu. 2015", "2012-10", "2015-11"),
        ("lis 2012 – zář 2015", "2012-11", "2015-09"),
        # Both halves ambiguous in every language they share (Czech or Croatian): the year alone, not a guess.
        ("lis 2012 – srp 2015", "2012-01", "2015-12"),
    ],
)
def test_abbreviated_months_of_member_languages(line, start, end):
    assert [(p.start, p.end) for p in periods(line)] == [(start, end)]


def test_posts_dated_with_abbreviated_month_names_are_read():
    cv = (
        "Radno iskustvo\n"
        "ruj. 2019 – danas\n"
        "Savjetnik za nabavu — Ministarstvo financija, Zagreb\n"
        "Izrada planova nabave.\n"
        "velj. 2014 – kol. 2019\n"
        "Analitičar — Hrvatska narodna banka, Zagreb\n"
    )
    posts = [(e.title, e.start, e.end) for e in propose_profile(cv).experience]
    assert posts == [
        ("Savjetnik za nabavu", "2019-09", None),
        ("Analitičar", "2014-02", "2019-08"),
    ]


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # The year first and the month after it, as Hungarian and Lithuanian CVs write dates.
        ("2012. okt. – 2016. márc.", "2012-10", "2016-03"),
        ("2019. febr. – jelenleg", "2019-02", None),
        ("2014 m. kov. – 2019 m. liep.", "2014-03", "2019-07"),
        ("2020 m. saus. – dabar", "2020-01", None),
        # A month name cut short with a dot beyond CLDR's abbreviations, and Bulgarian "to this day".
        ("септ. 2016 – до момента", "2016-09", None),
        ("ноем. 2011 – февр. 2014", "2011-11", "2014-02"),
    ],
)
def test_year_first_dates_and_months_cut_short(line, start, end):
    assert [(p.start, p.end) for p in periods(line)] == [(start, end)]


def test_a_year_before_a_word_that_starts_like_a_month_is_no_date():
    assert periods("2012 magister – Uniwersytet Warszawski") == []


def _posts(cv: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.title, e.organisation, e.start, e.end) for e in propose_profile(cv).experience]


def test_a_postings_table_whose_header_names_a_column_two_ways():
    cv = (
        "Career\n"
        "From | To | Appointment | Unit / Formation\n"
        "08/2006 | 07/2010 | Troop Commander | 21 Engineer Regiment\n"
        "08/2010 | present | Squadron Second-in-Command | 21 Engineer Regiment\n"
    )
    assert _posts(cv) == [
        ("Troop Commander", "21 Engineer Regiment", "2006-08", "2010-07"),
        ("Squadron Second-in-Command", "21 Engineer Regiment", "2010-08", None),
    ]


def test_a_form_table_with_columns_that_are_no_part_of_the_post():
    cv = (
        "Employment record\n"
        "From | To | Employer | Exact title of post | Supervisor | Reason for leaving\n"
        "03/2016 | present | Ministry of Interior | Policy Officer | J. Berg, Director | –\n"
        "01/2012 | 02/2016 | City of Tallinn | Analyst | K. Tamm, Head of Unit | promotion\n"
    )
    assert _posts(cv) == [
        ("Policy Officer", "Ministry of Interior", "2016-03", None),
        ("Analyst", "City of Tallinn", "2012-01", "2016-02"),
    ]


def test_headings_numbered_by_a_form_start_their_sections():
    cv = (
        "A. Personal particulars\n"
        "E-mail | j.berg@example.org\n"
        "B. Education\n"
        "From | To | Institution | Degree obtained\n"
        "09/2005 | 06/2008 | University of Tartu | Bachelor of Arts in History\n"
        "SECTION 4 - EMPLOYMENT RECORD (most recent first)\n"
        "05/2010 – present | Archivist | National Archives of Estonia\n"
    )
    profile = propose_profile(cv)
    assert [(e.title, e.start) for e in profile.experience] == [("Archivist", "2010-05")]
    assert [e.level for e in profile.education] == ["bachelor"]


def test_a_forms_labelled_dates_and_rows():
    cv = (
        "Employment record\n"
        "1.  From (mm/yyyy): 04/2018     To (mm/yyyy): present\n"
        "    Exact title of your post: Logistics Officer\n"
        "    Name of employer: Port of Riga Authority\n"
        "2.  From: 09/2014     To: 03/2018\n"
        "    Exact title of your post: Warehouse Supervisor\n"
        "    Name of employer: Baltic Freight Ltd\n"
    )
    assert _posts(cv) == [
        ("Logistics Officer", "Port of Riga Authority", "2018-04", None),
        ("Warehouse Supervisor", "Baltic Freight Ltd", "2014-09", "2018-03"),
    ]


def test_posts_in_cyrillic_with_the_body_after_a_dash_and_a_sentence_under_it():
    cv = (
        "Work experience\n"
        "окт. 2018 – до момента\n"
        "Старши експерт — Министерство на финансите, дирекция „Бюджет“\n"
        "Изготвяне на бюджетни прогнози за НАТО.\n"
        "2014 – 2018\n"
        "Анализатор — Агенция за икономически анализи\n"
        "Анализи на разходите.\n"
    )
    assert _posts(cv) == [
        ("Старши експерт", "Министерство на финансите", "2018-10", None),
        ("Анализатор", "Агенция за икономически анализи", "2014-01", "2018-12"),
    ]


def test_a_body_named_in_croatian_after_a_dash_and_a_gloss_in_brackets_under_it():
    cv = (
        "Career\n"
        'Zapovjednik broda / Commanding Officer, OB-02 "Šolta" – Hrvatska ratna mornarica | 2019 – danas\n'
        "(Croatian Navy)\n"
        "Časnik / Officer – Hrvatska kopnena vojska | 2012 – 2019\n"
        "(Croatian Army)\n"
    )
    assert [(t, s) for t, _, s, _ in _posts(cv)] == [
        ('Zapovjednik broda / Commanding Officer, OB-02 "Šolta"', "2019-01"),
        ("Časnik / Officer", "2012-01"),
    ]


def test_a_bracket_wrapped_onto_the_next_line_stays_with_the_body():
    cv = (
        "Work experience\n"
        "Analyst – Institute for Strategic Studies (Institut za strateške | 03/2015 – 06/2019\n"
        "studije), Belgrade\n"
    )
    assert _posts(cv) == [
        ("Analyst", "Institute for Strategic Studies (Institut za strateške studije)", "2015-03", "2019-06")
    ]


def test_a_note_in_brackets_after_dates_is_no_post():
    cv = (
        "Work experience\n"
        "04/2017 – present | Planner | Ministry of Defence\n"
        "Member of the national delegation to the NATO Logistics Committee, working level,\n"
        "2020–present (within the current post).\n"
    )
    assert [(t, s) for t, _, s, _ in _posts(cv)] == [("Planner", "2017-04")]


def test_an_infographic_timeline_with_arrows_and_decorated_headings():
    cv = (
        "Jana Novak\n"
        "◆ SKILLS\n"
        "Final Cut Pro\n"
        "◆ IN FIGURES\n"
        "+120 % subscribers (2019–2023)\n"
        "WORK TIMELINE\n"
        "2019 ▸ now\n"
        "Video Producer\n"
        "National Broadcasting Company\n"
        "2015 ► 2019\n"
        "Press Officer\n"
        "Ministry of Culture\n"
    )
    profile = propose_profile(cv)
    assert [(e.title, e.organisation, e.start, e.end) for e in profile.experience] == [
        ("Video Producer", "National Broadcasting Company", "2019-01", None),
        ("Press Officer", "Ministry of Culture", "2015-01", "2019-12"),
    ]
    assert profile.skills == ("Final Cut Pro",)


def _skills(cv: str) -> tuple[str, ...]:
    return propose_profile(cv).skills


def test_a_skills_matrix_gives_the_skills_not_their_levels_or_years():
    cv = (
        "Jana Novak\n"
        "Skills matrix\n"
        "Tool | Level (1-5) | Years of use\n"
        "ArcGIS Pro | 4 | 7\n"
        "QGIS | 3 | 2\n"
        "Other\n"
        "Choir singing.\n"
    )
    assert _skills(cv) == ("ArcGIS Pro", "QGIS")


def test_a_skills_matrix_drawn_in_a_text_file():
    cv = (
        "SKILLS MATRIX\n"
        "Skill              | Rating | Years\n"
        "-------------------+--------+------\n"
        "Jira               |   4    |   5\n"
        "Confluence         |   3    |   5\n"
    )
    assert _skills(cv) == ("Jira", "Confluence")


def test_skill_rows_with_a_level_beside_each_skill():
    assert _skills("Skills\nTableau | advanced\nSQL | intermediate\n") == ("Tableau", "SQL")


def test_a_research_skills_heading_and_a_bare_other_heading():
    cv = "Research skills\ndiscourse analysis; expert interviews; MAXQDA\nOTHER\nVolunteer firefighter.\n"
    assert _skills(cv) == ("discourse analysis", "expert interviews", "MAXQDA")


def _degrees(cv: str) -> list[tuple[str, str, str, int | None]]:
    return [(e.level, e.field, e.institution, e.year) for e in propose_profile(cv).education]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        # A label before the field, in the member languages.
        ("2014 — magistar ekonomije, smjer: Marketing — Sveučilište u Rijeci", "master", "Marketing"),
        ("2010 magistar inženjer, studij: Brodogradnja – Sveučilište u Zagrebu", "master", "Brodogradnja"),
        (
            "Master's degree, Main field of study: Public Law, University of Vienna, 2012",
            "master",
            "Public Law",
        ),
        # The national name of a degree glossed in a bracket, the field after it.
        (
            "2015 – Diploma osnovnih studija (Bachelor), Ekonomija – Univerzitet u Beogradu",
            "bachelor",
            "Ekonomija",
        ),
        ("2017 – Mg.oec. (master's degree), Finance – University of Latvia", "master", "Finance"),
        # A Polish doctorate named with its domain: the field is the subject after it.
        ("2020 doktor nauk humanistycznych – Historia – Uniwersytet Wrocławski", "doctorate", "Historia"),
        # How the degree was studied is no part of its field.
        (
            "2016 Master's degree in Logistics (staff programme, full-time resident), Defence University",
            "master",
            "Logistics",
        ),
    ],
)
def test_fields_written_the_ways_member_nations_write_them(line, level, field):
    assert [(lv, f) for lv, f, _, _ in _degrees(f"Education\n{line}")] == [(level, field)]


def test_a_forms_labelled_rows_for_each_school():
    cv = (
        "SECTION 2 - EDUCATION\n"
        "2.1  Institution: University of Ljubljana\n"
        "     From: 10/2004   To: 07/2008\n"
        "     Degree/diploma obtained: Bachelor (Diplomirani ekonomist)\n"
        "     Main field of study: Economics\n"
        "2.2  Institution: Gimnazija Bežigrad\n"
        "     From: 09/2000   To: 06/2004\n"
        "     Degree/diploma obtained: Matura\n"
        "     Main field of study: -\n"
    )
    assert _degrees(cv) == [
        ("bachelor", "Economics", "University of Ljubljana", 2008),
        ("secondary", "", "Gimnazija Bežigrad", 2004),
    ]


def test_school_leaving_diplomas_and_schools_in_cyrillic():
    assert _degrees("Education\n2004 — Диплома за средно образование — Математическа гимназия, Варна") == [
        ("secondary", "", "Математическа гимназия", 2004)
    ]


@pytest.mark.parametrize(
    ("cv", "name"),
    [
        ("Име | Петър Иванов Георгиев\nТелефон | +359 88 555 0000\n", "Петър Иванов Георгиев"),
        ("Major (Eng) Tomasz KOWALCZYK, OF-3\nPolish Land Forces\n", "Tomasz Kowalczyk"),
        (
            "PERSONAL HISTORY FORM\nFamily name ............ NOVAK\nGiven name(s) .......... Petra\n",
            "Petra Novak",
        ),
        ("Surname | HORVAT\nFirst name(s) | Ana-Marija\n", "Ana-Marija Horvat"),
        ("MARI\nTAMM\nvideo · design\nmari.tamm@example.ee\n", "Mari Tamm"),
    ],
)
def test_names_written_the_ways_member_nations_and_forms_write_them(cv, name):
    assert propose_profile(cv).name == name


@pytest.mark.parametrize(
    ("line", "nation"),
    [
        ("Current nationality(ies) | Slovak", "Slovakia"),
        ("Present nationality(ies) ....... Latvian", "Latvia"),
        ("Passport: Portuguese Republic, no. CB123456", "Portugal"),
        ("Travel document: Italian passport, valid until 2031", "Italy"),
        ("Born 1985 in Brno. Citizenship: SK", "Slovakia"),
    ],
)
def test_nationality_from_forms_passports_and_country_codes(line, nation):
    assert propose_profile(f"Jana Horváthová\n{line}\n").nationality == nation


def test_a_passport_that_names_no_country_states_no_nationality():
    assert propose_profile("Jana Horváthová\nPassport: valid until 2030\n").nationality is None


@pytest.mark.parametrize(
    ("line", "attended"),
    [
        ("2017 Media Operations Course – Baltic Defence College (4 days)", False),
        ("Strategic Communication Seminar, NATO Defense College, Rome (2 weeks)", False),
        ("Visiting researcher, NATO Defense College, Rome (fellowship, 2020)", False),
        ("2019 Higher Command Studies Course, Baltic Defence College, Tartu", True),
    ],
)
def test_a_short_course_or_a_fellowship_at_a_staff_college_is_no_attendance(line, attended):
    assert propose_profile(f"Jana Horváthová\nTraining\n{line}\n").military_staff_college is attended


def test_languages_given_by_their_codes_with_dot_ratings():
    cv = "Jana Horváthová\n◆ LANGUAGES\nSK ●●●●● native\nEN ●●●●○ C1\nDE ●●○○○ A2\n"
    assert [(lang.language, lang.level) for lang in propose_profile(cv).languages] == [
        ("Slovak", None),
        ("English", "V"),
        ("German", None),  # A2: a basic user, no level proposed
    ]


def test_a_level_after_a_list_of_languages_is_the_lists_not_the_last_languages_of_the_line():
    cv = "Languages\nCzech and Slovak – native (bilingual); English – C1; German – B2\n"
    assert [(lang.language, lang.level) for lang in propose_profile(cv).languages] == [
        ("Czech", None),
        ("Slovak", None),
        ("English", "V"),
        ("German", "IV"),
    ]


def test_a_note_between_postings_that_starts_with_a_verb_is_no_post():
    cv = (
        "Postings\n"
        "Years | Post | Unit\n"
        "2016– | Company Commander | 2nd Engineer Battalion\n"
        "2009–14 | Platoon Commander | 2nd Engineer Battalion\n"
        "2014–15: deployed with KFOR as liaison officer, from the battalion. 2015–16: studies (no posting).\n"
    )
    assert [t for t, _, _, _ in _posts(cv)] == ["Company Commander", "Platoon Commander"]
