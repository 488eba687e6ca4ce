"""Pages as recruitment platforms, PDFs and job boards give them: fields on their own lines or run
together, titles with chrome around them, lists without headings, text cut off. Pure: no database."""

import datetime as dt
from pathlib import Path

import pytest

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import split_fields
from vacancies.parsing.degree import degree_fields
from vacancies.parsing.header import city_region, parse_date

NOTICES = Path(__file__).parent / "notices"


def parse_file(name: str):
    return parse_notice((NOTICES / name).read_text(encoding="utf-8"))


def test_it_reads_a_taleo_page_whose_labels_stand_alone_and_that_is_cut_off():
    notice = parse_file("taleo-fields-cut-off.txt")
    assert notice.title is None  # "Job Specifications", "Primary Location" are no titles
    assert notice.organisation == "Emerging Security Challenges Division"  # not "NATO International Staff"
    assert notice.location == "Brussels, Belgium"  # "Belgium-Brussels"
    assert notice.grade == "G11-G15"
    assert notice.deadline == dt.date(2026, 2, 9)  # "09-Feb-2026, 11:59:00 PM"
    assert notice.degree.fields == ("economics", "energy policy")  # "with an emphasis on"
    assert notice.min_years_experience == 3  # "at least 3 years' exper" cut mid-word
    assert notice.essential[-1] == "have at least 3 years' exper"


def test_it_splits_header_fields_a_pdf_ran_together():
    notice = parse_file("pdf-fields-run-together.txt")
    assert notice.title == "Exercise Scenario Developer"
    assert notice.grade == "G15"
    assert notice.deadline == dt.date(2026, 3, 2)  # "Monday 2 March 2026POST CONTEXT"
    # The capitals at the top, as the text writes them elsewhere.
    assert notice.organisation == "Joint Warfare Centre"
    assert notice.nationality_restricted is True  # "nationals of the following countries which fund"


def test_it_reads_a_notice_whose_header_is_one_line():
    notice = parse_file("pdf-fields-one-line.txt")
    assert notice.title == "Technician (Radar Maintenance)"
    assert notice.organisation == "NATO Airborne Early Warning and Control Force"
    assert notice.location == "Germany"
    assert notice.grade == "B.5"
    assert notice.deadline == dt.date(2026, 4, 30)
    assert notice.nationality_restricted is True


def test_it_reads_a_job_board_in_portuguese_chrome_and_a_minimum_stated_in_the_intro():
    notice = parse_file("jobboard-portuguese-chrome.txt")
    assert notice.title == "Head of Section (Civilian Training)"
    assert notice.location == "Mons, Belgium"  # "Localização: Mons Hainaut": the duty station's country added
    assert notice.organisation == "Supreme Headquarters Allied Powers Europe"  # not "J7 Division"
    assert notice.min_years_experience == 7  # no requirement list: "If you have minimum 7 years of ..."
    assert notice.deadline is None  # "Dia de atualização" is no deadline
    assert "Ver: 91" not in notice.cleaned_text


def test_it_takes_a_list_of_requirements_that_lost_its_heading_as_essential():
    notice = parse_file("nspa-requirements-without-heading.txt")
    assert notice.title == "Senior Logistics Officer"  # "K-3: Senior Logistics Officer"
    assert len(notice.essential) == 5
    assert notice.degree.level == "university"
    # "Public or Business Administration" is two fields sharing a noun; the list sits in brackets after
    # "field of study".
    assert notice.degree.fields == (
        "Engineering",
        "Public Administration",
        "Business Administration",
        "Logistics",
    )
    assert notice.unsure["essential"] == "no_list_heading"  # the review page asks a person to check
    assert notice.degree.alternatives == ("equivalent_experience",)
    assert notice.min_years_experience == 7


def test_it_splits_taleo_fields_glued_to_the_previous_value():
    notice = parse_file("jobboard-glued-taleo-fields.txt")
    assert notice.title == "Senior Assistant (Travel)"
    assert notice.location == "Brussels, Belgium"  # "Belgium-BrusselsNATO Body"
    assert notice.organisation == "International Military Staff"
    assert notice.deadline == dt.date(2026, 9, 14)
    assert notice.grade == "B.4"  # the category grade, from the line that gives it, not "NATO Grade G10"
    assert notice.nationality_restricted is True


def test_it_takes_no_field_value_for_a_title():
    notice = parse_file("jobboard-field-values-no-title.txt")
    assert notice.title is None  # not "Location", not "Non Profit"
    assert notice.location == "Brussels, Belgium"
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "V",
        "III",
    )
    assert len(notice.essential) == 3 and len(notice.desirable) == 2


def test_it_reads_a_referral_page_with_a_country_line_and_repeated_grades():
    notice = parse_file("referral-page-country-line.txt")
    assert notice.title == "Head, Acquisition Policy, NATO Support and Procurement Agency (NSPA)"
    assert notice.organisation == "NATO Support and Procurement Agency"
    assert notice.location == "Luxembourg"  # "🔍 Luxembourg"
    assert notice.grade == "G17/G20/G22"  # each grade once


def test_it_opens_a_list_at_any_short_subject_that_should_and_reads_a_body_acronym():
    notice = parse_file("act-post-context-should.txt")
    assert notice.title is None  # "Post Context" is a heading
    assert notice.organisation == "Allied Command Transformation"  # "ACT contributes to ..."
    assert notice.essential == (
        "Have a thorough understanding of the NATO Common Funded Capability Delivery processes",
        "Have experience in programme management of infrastructure capabilities",
    )


def test_it_reads_a_title_between_an_employer_and_a_city():
    notice = parse_file("jobboard-title-prefix-city.txt")
    assert notice.title == "Senior Translator (French)"
    assert notice.organisation == "NATO"  # and not a body named in the duties
    assert notice.location == "Mons, Belgium"  # "Location:" is empty and "Salary:" no place
    assert notice.deadline == dt.date(2026, 5, 15)
    assert notice.languages.rule == "none" and not notice.languages.stanag  # STANAG in a duty


def test_it_drops_a_requisition_number_and_the_employer_from_the_title():
    notice = parse_file("blog-title-with-org-and-requisition.txt")
    assert notice.title == "Security Agent, Protective Security Unit"
    assert notice.location == "Brussels, Belgium"  # "Belgium, Brussels"
    assert notice.grade == "C.3"
    assert notice.clearance == "COSMIC TOP SECRET"


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("Belgium-Brussels", "Brussels, Belgium"),
        ("Belgium – Brussels", "Brussels, Belgium"),
        ("LU-Capellen", "Capellen, Luxembourg"),
        ("Mons Hainaut", "Mons"),
        ("Brussels Brussels Capital", "Brussels"),
        ("Norfolk, Virginia, United States", "Norfolk, Virginia, United States"),
    ],
)
def test_it_writes_a_job_boards_place_as_city_and_country(value, place):
    assert city_region(value) == place


def test_it_reads_a_day_month_abbreviation_year_date():
    assert parse_date("12-Jan-2026, 12:59:00 AM") == dt.date(2026, 1, 12)


def test_it_leaves_prose_naming_one_field_on_its_line():
    assert split_fields("The post is graded A.2. Grade: see below; location: Brussels") == [
        "The post is graded A.2. Grade: see below; location: Brussels"
    ]


def test_a_military_education_given_as_equivalent_is_no_field():
    assert degree_fields(
        "possess a university degree, or an equivalent level of qualification such as a high-level military "
        "education, preferably with a specialisation in political science or defence policy"
    ) == ("political science", "defence policy")


def test_fields_of_study_after_the_institution_are_read():
    from vacancies.parsing.degree import degree_fields

    text = "possess a university degree from an institute of recognised standing in political science, international relations or law;"
    assert degree_fields(text) == ("political science", "international relations", "law")
    assert degree_fields("hold a master degree at a recognised university in engineering or physics") == (
        "engineering",
        "physics",
    )
    assert degree_fields("a university degree from a recognised institution") == ()
