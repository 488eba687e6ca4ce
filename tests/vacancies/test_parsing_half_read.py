"""Notices of layouts the reader was not written against (issue 15): list headings known by what they mean,
commentary that is no requirement, a slide deck's outline, a table whose columns are the two lists; and the
safety net: a notice whose years of experience or essential list could not be read says so in ``unsure``.
Each notice is written here, in the test. Pure: no database."""

import json

from documents.extraction import extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import Line
from vacancies.parsing.experience import asks_years
from vacancies.parsing.sections import heading_kind

SLIDES = """NATO Careers Day 2026 - Command.pptx  (Outline view, exported 2026-11-03)

Slide 1 of 6
JOIN JFC NORFOLK
Allied Joint Force Command Norfolk - Norfolk, Virginia, USA
Notes: welcome, 2 min.

Slide 2 of 6
NOW HIRING: Logistics Plans Officer (J4)
- Grade: A-3
- Closing date: 18 December 2026
- Open to nationals of NATO member nations

Slide 3 of 6
What you MUST bring (essential)
- Bachelor's degree or higher, in any discipline
- 7+ years' experience in logistics planning
- English: SLP 3333
Notes: people ask if a staff college counts instead of a degree - NO, a degree is required.

Slide 4 of 6
Bonus points (desirable)
- Experience of reinforcement planning
- French SLP 2222
Speaker notes: must be ready to deploy for exercises.
"""


def test_a_heading_that_names_its_list_in_any_phrasing_opens_that_list():
    essential = ("What you MUST bring (essential)", "Non-negotiables", "Unverzichtbar", "Indispensable",
                 "You must have", "Requisiti essenziali")  # fmt: skip
    desirable = ("Bonus points (desirable)", "Nice if you also have", "Wünschenswert", "Un plus",
                 "Would help (optional)")  # fmt: skip
    assert [heading_kind(Line(text)) for text in essential] == ["essential"] * len(essential)
    assert [heading_kind(Line(text)) for text in desirable] == ["desirable"] * len(desirable)
    # A requirement that says "essential" is an item, not a heading; nor is a bullet.
    assert heading_kind(Line("Experience of budgeting is essential")) is None
    assert heading_kind(Line("Non-negotiables", bullet=True)) is None


def test_a_slide_outline_is_read_as_a_notice_and_its_speaker_notes_are_no_requirement():
    notice = parse_notice(SLIDES)
    assert notice.essential == (
        "Bachelor's degree or higher, in any discipline",
        "7+ years' experience in logistics planning",
        "English: SLP 3333",
    )
    assert notice.desirable == ("Experience of reinforcement planning", "French SLP 2222")
    assert notice.min_years_experience == 7
    assert notice.degree.level == "bachelor" and notice.degree.alternatives == ()
    # The export's own line and the slide numbers are furniture; "JOIN ..." is a slogan, not the body.
    assert notice.title == "Logistics Plans Officer (J4)"
    assert notice.organisation == "Allied Joint Force Command Norfolk"
    assert notice.location == "Norfolk, Virginia, United States"
    assert "min_years_experience" not in notice.unsure and "essential" not in notice.unsure


def test_the_years_a_notice_asks_for_are_told_from_wishes_and_contracts():
    assert asks_years("at least five years of relevant professional experience in procurement")
    assert asks_years("Experience of at least 36 months in a registry")
    assert asks_years("cinq ans d'expérience dans le domaine des finances")
    assert not asks_years("3 years' experience in NATO would be an asset")
    assert not asks_years("Preferably 2 years of experience with SAP")
    assert not asks_years("The contract is for 3 years, renewable")
    assert not asks_years(
        "NATO has gained 75 years of experience in collective defence"
    )  # no sentence asking


ASKED_OUTSIDE = """Contracts Officer
Organisation: NATO Support and Procurement Agency
Closing date: 10 January 2027

About the role
The Contracts Officer manages the Agency's support contracts. You will bring at least six years' experience
in public procurement, gained in a national administration or an international organisation.

Essential
- A university degree in law or business administration.
- English: V ("Advanced").

Desirable
- Three years' experience of NATO procurement would be an advantage.
"""


def test_a_notice_that_asks_for_years_the_parse_did_not_read_says_so():
    notice = parse_notice(ASKED_OUTSIDE)
    assert notice.min_years_experience is None
    assert notice.unsure["min_years_experience"] == "years_not_read"
    assert notice.to_json()["unsure"]["min_years_experience"] == "years_not_read"
    # Once the list holds the years, nothing is left unread; years wished for under Desirable never count.
    read = ASKED_OUTSIDE.replace(
        "- English:", "- At least six years' experience in public procurement.\n- English:"
    )
    assert parse_notice(read).min_years_experience == 6
    assert "min_years_experience" not in parse_notice(read).unsure
    assert (
        "min_years_experience"
        not in parse_notice(ASKED_OUTSIDE.replace("You will bring", "Ideally, you bring")).unsure
    )


def test_an_essential_heading_followed_at_once_by_the_desirable_one_is_not_delimited():
    text = (
        "Budget Officer\nOrganisation: NATO Office of Resources\nClosing date: 10 January 2027\n\n"
        "Qualifications\nEssential\nDesirable\n- A university degree in finance.\n"
        "- At least 4 years' experience in budgeting.\n- Knowledge of SAP.\n"
    )
    notice = parse_notice(text)
    assert notice.unsure["essential"] == "not_delimited"


COLUMNS = """<html><body><h1>Standardization Officer (Land)</h1>
<p>Organisation: NATO Standardization Office</p><p>Closing date: 9 February 2027</p>
<table><tr><th>Name</th><th>Role</th></tr><tr><td>Ana</td><td>Chair</td></tr></table>
<h2>Qualifications</h2>
<table><tr><th>Essential</th><th>Desirable</th></tr>
<tr><td><ul><li>A university degree in engineering.</li><li>At least 3 years' experience in land forces
standardization.</li></ul></td><td><ul><li>Knowledge of German.</li></ul></td></tr></table>
</body></html>"""


def test_a_table_whose_two_columns_are_the_lists_is_read_column_by_column():
    text = extract_text(COLUMNS.encode(), filename="notice.html")
    assert text.index("Essential") < text.index("A university degree") < text.index("Desirable")
    assert text.index("Desirable") < text.index("Knowledge of German")
    # A table of records keeps its rows.
    assert text.index("Name") < text.index("Role") < text.index("Ana") < text.index("Chair")
    notice = parse_notice(text)
    assert notice.min_years_experience == 3 and notice.desirable == ("Knowledge of German",)
    assert "essential" not in notice.unsure


TALEO = """Job Description - Imagery Analyst (Radar) (Req ID 260418)

Job Title: Imagery Analyst (Radar)
Primary Location: Italy-Sicily-Sigonella
Organization: NATO Alliance Ground Surveillance Force
Unposting Date: Dec 12, 2026, 11:59:00 PM

Qualifications
Required:
1. University degree in geography or remote sensing.
2. At least four years' experience in imagery exploitation.
3. Knowledge of NATO ISR standards (STANAG 4607, STANAG 4545 / NSIF, STANAG 4559).
4. English: SLP 3333.

Competencies:
Analytical Thinking: Sees multiple relationships
Teamwork: Expresses positive expectations of the team

Apply Online
Add to My Job Cart
Job Field: Intelligence - Last Updated: Nov 20, 2026
"""


def test_an_ats_export_gives_its_place_profiles_and_competencies_without_the_page_around_them():
    notice = parse_notice(TALEO)
    # "Country-Region-City" with a city the reference does not know: the last name.
    assert notice.location == "Sigonella, Italy"
    # STANAG 4545 is an imagery standard in a sentence naming no language; the SLP line is a profile.
    assert [(p.language, p.slp) for p in notice.languages.stanag] == [("English", "3333")]
    # The page's buttons after a blank line end the competencies; its "Job Field:" is none.
    assert [(c.name, c.level_text) for c in notice.competencies] == [
        ("Analytical Thinking", "Sees multiple relationships"),
        ("Teamwork", "Expresses positive expectations of the team"),
    ]


def test_a_competencies_heading_with_its_opening_sentence_opens_the_competencies():
    text = (
        "Airworthiness Engineer\nOrganisation: NATO Helicopter Management Agency\nClosing date: 21 December 2026\n\n"
        "ESSENTIAL - the incumbent must:\n- hold a university degree in aeronautical engineering;\n"
        "- have at least eight years' experience in airworthiness.\n"
        "COMPETENCIES - the incumbent must demonstrate:\nAnalytical Thinking: Makes complex plans or analyses;\n"
        "Teamwork: Solicits inputs and encourages others.\n"
    )
    notice = parse_notice(text)
    assert [c.name for c in notice.competencies] == ["Analytical Thinking", "Teamwork"]
    assert len(notice.essential) == 2


def test_a_job_feeds_json_record_pasted_as_text_is_read_as_the_page_it_describes():
    record = {
        "status": 200,
        "results": [
            {
                "id": "ncia-1",
                "title": "Senior Software Engineer (Cloud Platforms)",
                "company": {
                    "name": "NATO Communications and Information Agency (NCIA)",
                    "logo": "https://x/l.png",
                },
                "location": {"city": "The Hague", "region": "Zuid-Holland", "country": "NL"},
                "views": 412,
                "description": "The role\nYou will build the cloud.\n\nEssential requirements\n"
                "- A university degree in computer science.\n- At least 5 years' experience in software development.\n"
                "\nClosing date: 29 January 2027",
            }
        ],
    }
    notice = parse_notice(json.dumps(record))
    assert notice.title == "Senior Software Engineer (Cloud Platforms)"
    assert notice.organisation == "NATO Communications and Information Agency"
    assert notice.location == "The Hague, Netherlands"
    assert notice.min_years_experience == 5 and notice.degree.fields == ("computer science",)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>NATO careers - new vacancies</title><link>https://example.org/c</link>
<description>Latest vacancies published by NATO bodies</description>
<item><title>Assistant (Budget and Finance) - NATO International Staff - Brussels</title>
<link>https://example.org/c/270402</link><guid>270402</guid>
<description><![CDATA[<p><b>Assistant (Budget and Finance)</b><br/>Office of Resources<br/>Closing date: 22 January 2027</p>
<p>ESSENTIAL<br/>The incumbent must:</p><ul><li>have a good general education at least to higher secondary level;</li>
<li>have at least 4 years' experience in budget execution.</li></ul>]]></description></item></channel></rss>"""


def test_a_job_feeds_item_is_read_with_the_html_its_description_holds():
    text = extract_text(RSS.encode(), filename="feed.txt")
    assert "Latest vacancies" not in text and "https://" not in text and "<li>" not in text
    notice = parse_notice(text)
    # The feed's title names the body and the city after the post: the title is the post's.
    assert notice.title == "Assistant (Budget and Finance)"
    assert notice.degree.level == "secondary" and notice.min_years_experience == 4


def test_a_digests_other_jobs_do_not_give_the_featured_notice_its_grade_or_deadline():
    text = (
        "Subject: Your weekly digest: 3 new jobs\n\n"
        "1) Communications Assistant - NATO Support and Procurement Agency - Capellen, Luxembourg\n"
        "   Grade B-4 · Closing date 15 January 2027 · View job: https://example.org/j/51\n\n"
        "2) FEATURED VACANCY - full text below\n\nPublic Affairs Officer\n"
        "Allied Joint Force Command Naples (JFC Naples)\nGrade: A-2 (NATO Grade G15)\n"
        "Closing date: 31 January 2027\n\nEssential qualifications:\n"
        "* University degree in journalism or communication.\n* At least 3 years' experience in media relations.\n"
    )
    notice = parse_notice(text)
    assert (notice.grade, notice.deadline.isoformat()) == ("A.2", "2027-01-31")


def test_a_date_wrapped_by_a_narrow_column_and_a_marking_run_into_the_body_are_read_whole():
    text = (
        "SUPREME HEADQUARTERS ALLIED POWERS EUROPE NATO UNCLASSIFIED\nCivilian Vacancy Notice\n\n"
        "Post Title: Staff Officer (Logistics Plans)\nNATO Grade: G15\nClosing date: 18 February\n"
        "2027. Vacancy number 270377.\n\nQUALIFICATIONS\nESSENTIAL\n"
        "1. University degree in logistics.\n2. Minimum 5 years' experience in military logistics planning.\n"
    )
    notice = parse_notice(text)
    assert notice.organisation == "Supreme Headquarters Allied Powers Europe"
    assert notice.deadline.isoformat() == "2027-02-18"


def test_a_footnote_below_the_list_is_read_with_the_item_that_marks_it():
    text = (
        "NATO Intelligence Fusion Centre (NIFC)\n\nAT A GLANCE\nPost: Intelligence Analyst\n(Russia and Eurasia)\n"
        "Closing date: 9 December 2026\n\n3. ESSENTIAL QUALIFICATIONS\na. Be a national of a NATO member nation (1).\n"
        "b. University degree in international relations or a related discipline (2).\n"
        "c. At least five years' experience in all-source intelligence analysis.\n\n_________\n"
        "(1) Open to nationals of the NATO member nations only.\n"
        "(2) Completion of a national or NATO staff college is accepted in lieu of a university degree.\n"
    )
    notice = parse_notice(text)
    assert notice.degree.alternatives == ("military_staff_college",)
    assert any("staff college is accepted in lieu" in item for item in notice.essential)
    # The sidebar's title wrapped its bracketed part onto the next line.
    assert notice.title == "Intelligence Analyst (Russia and Eurasia)"


def test_education_named_among_the_fields_of_study_is_a_field():
    text = (
        "Training Support Officer\nOrganisation: Joint Force Training Centre\nClosing date: 20 December 2026\n\n"
        "ESSENTIAL\n- University degree, preferably in education, training management or international relations.\n"
        "- At least 6 years' experience in collective training.\n"
    )
    assert parse_notice(text).degree.fields == ("education", "training management", "international relations")
    # A degree named as education is still no field: "higher education in law" gives law alone.
    text = text.replace(
        "University degree, preferably in education, training", "Higher education in law, training"
    )
    assert "education" not in " ".join(parse_notice(text).degree.fields)


def test_requirements_given_again_in_an_english_copy_are_read_once_in_english():
    text = (
        "INGÉNIEUR NAVIGABILITÉ (Airworthiness Engineer)\nLieu d'affectation : Aix-en-Provence (France)\n"
        "Date limite de dépôt des candidatures : 21 décembre 2026\n\nESSENTIELLES\nLe/la titulaire doit :\n"
        "- être titulaire d'un diplôme universitaire en génie aéronautique ou mécanique ;\n"
        "- justifier d'au moins huit années d'expérience en navigabilité.\n\n"
        "ENGLISH VERSION (essentials only - the French text prevails)\nESSENTIAL - the incumbent must:\n"
        "- hold a university degree in aeronautical or mechanical engineering or a closely related discipline;\n"
        "- have at least eight years' experience in airworthiness.\n"
    )
    notice = parse_notice(text)
    assert notice.essential == (
        "hold a university degree in aeronautical or mechanical engineering or a closely related discipline",
        "have at least eight years' experience in airworthiness",
    )
    # "aeronautical or mechanical engineering": both share the noun.
    assert notice.degree.fields == ("aeronautical engineering", "mechanical engineering")
    assert notice.min_years_experience == 8


def test_a_title_is_read_from_a_bilingual_label_a_tabbed_form_and_a_reference_cell():
    from vacancies.parsing.header import find_title

    assert (
        find_title(["Intitulé du poste / Post title : Panel Executive, SAS Panel"])[0]
        == "Panel Executive, SAS Panel"
    )
    assert find_title(["Post Title\tSenior Staff Officer (Maritime Situational Awareness)"])[0] == (
        "Senior Staff Officer (Maritime Situational Awareness)"
    )
    assert find_title(["NATO School Oberammergau", "NSO-CIV-26-09: Course Director (Resilience)"])[0] == (
        "Course Director (Resilience)"
    )


def test_a_duty_station_labelled_in_a_member_nations_language_is_the_location():
    from vacancies.parsing.header import find_location

    assert find_location(["Standplaats:        Brunssum (Limburg)"])[0] == "Brunssum, Netherlands"
    assert find_location(["Dienstort: Ulm"])[0] == "Ulm, Germany"
