"""The duties ("accountabilities"): one whole sentence or bullet of what the post holder does, however the
notice lays them out. One test per cause of a missed or mangled duty; each notice is written here.
Pure: no database."""

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import Line
from vacancies.parsing.sections import join_wrapped

HEADER = """Title: Programme Officer
Organisation: NATO Liaison Office
Location: Tbilisi, Georgia
Grade: A-1
Closing date: 30 November 2026
"""
REQUIREMENTS = """
ESSENTIAL
The incumbent must:
- possess a university degree in political science;
- have at least 5 years' experience in defence reform.
"""


def duties(body: str, header: str = HEADER) -> tuple[str, ...]:
    return parse_notice(header + "\n" + body + "\n" + REQUIREMENTS).accountabilities


def test_a_duty_wrapped_over_lines_by_a_column_is_one_duty_and_its_opener_none():
    found = duties(
        """2. PRINCIPAL DUTIES
The incumbent will:
- manage a portfolio of Substantial NATO-
Georgia Package (SNGP) initiatives, from
concept note to final report;
- liaise with the Ministry of Defence, the
Defence Forces and the Office of the National
Security Council;
- organise visits, training events and expert
missions.
"""
    )
    assert found == (
        "manage a portfolio of Substantial NATO-Georgia Package (SNGP) initiatives, from concept note to final report",
        "liaise with the Ministry of Defence, the Defence Forces and the Office of the National Security Council",
        "organise visits, training events and expert missions.",
    )


def test_a_hyphen_before_a_capitalised_word_is_a_compound_of_names():
    assert join_wrapped("the Substantial NATO-", "Georgia Package") == "the Substantial NATO-Georgia Package"
    assert join_wrapped("experience in materiel manage-", "ment") == "experience in materiel management"


def test_a_longer_sentence_opening_the_list_is_no_duty():
    found = duties(
        """DUTIES
Under the supervision of the Materiel Section Supervisor, the incumbent will:
- receive, inspect and issue aircraft spare parts;
- carry out periodic inventories.
"""
    )
    assert found == ("receive, inspect and issue aircraft spare parts", "carry out periodic inventories.")


def test_a_prose_duty_wrapped_by_a_pdf_is_one_duty_with_its_split_word_whole():
    found = duties(
        """DUTIES
Maintains the continuing airworthiness management exposition; reviews maintenance progr-
ammes and reliability data; represents the programme in airworthiness review
meetings with the national military airworthiness authorities.
"""
    )
    assert found == (
        "Maintains the continuing airworthiness management exposition; reviews maintenance programmes and "
        "reliability data; represents the programme in airworthiness review meetings with the national military "
        "airworthiness authorities.",
    )


def test_numbered_duties_lose_their_numbers_and_numbered_duties_in_one_sentence_are_split():
    assert duties(
        """PRINCIPAL DUTIES
1. Leads the analysis team.
2. Drafts assessments and briefs the leadership.
"""
    ) == ("Leads the analysis team.", "Drafts assessments and briefs the leadership.")
    assert duties(
        """2. PRINCIPAL DUTIES
The incumbent's duties are: (1) to draft and negotiate HNS technical arrangements and joint implementation
arrangements; (2) to maintain HNS data in LOGFS; (3) to advise the J4 on host nation capabilities during
exercises.
"""
    ) == (
        "to draft and negotiate HNS technical arrangements and joint implementation arrangements",
        "to maintain HNS data in LOGFS",
        "to advise the J4 on host nation capabilities during exercises.",
    )


def test_a_duties_heading_the_sections_do_not_know_opens_the_duties():
    found = duties(
        """What you'll do
- Run a cohort of start-ups through the accelerator phase
- Shape the next Challenge calls with Allied experts

You will need

Great if you also have
- An MBA
"""
    )
    assert found == (
        "Run a cohort of start-ups through the accelerator phase",
        "Shape the next Challenge calls with Allied experts",
    )


def test_a_bilingual_duties_heading_opens_the_duties_and_s_he_opens_the_list():
    found = duties(
        """PRINCIPALES RESPONSABILITÉS / MAIN RESPONSIBILITIES

The Panel Executive is the senior staff officer supporting the Panel. S/he:
- manages the Panel's programme of work;
- supervises one Panel Assistant.

QUALIFICATIONS ET EXPÉRIENCE / QUALIFICATIONS AND EXPERIENCE
"""
    )
    assert found == ("manages the Panel's programme of work", "supervises one Panel Assistant.")


def test_a_list_led_by_what_you_will_do_in_the_role_paragraph_gives_the_duties():
    found = duties(
        """THE ROLE
Reporting to the Head of Support Contracts, you will prepare, negotiate and administer the
in-service support contracts placed with Eurojet and their suppliers:
- draft requests for proposal, contract terms and amendments;
- monitor contractual performance, payments and claims.

WHAT YOU NEED (essential)
- A university degree in law.
"""
    )
    assert found == (
        "draft requests for proposal, contract terms and amendments",
        "monitor contractual performance, payments and claims.",
    )


def test_without_a_duties_section_the_summary_sentence_on_what_the_holder_does_is_the_duty():
    found = duties(
        """SUMMARY

The NATO Standardization Office administers NATO standardization activities. The Programme
Officer researches, drafts and validates terminology and advises the Tasking Authorities. The
incumbent is a member of the Section.
"""
    )
    assert found == (
        "The Programme Officer researches, drafts and validates terminology and advises the Tasking Authorities.",
    )


def test_a_duty_area_heading_is_no_duty():
    found = duties(
        """What you will do

Campaign management
- Agree the profile with hiring managers.
- Screen applications against the essential requirements.

Outreach
- Contribute to outreach events with national delegations.
"""
    )
    assert found == (
        "Agree the profile with hiring managers.",
        "Screen applications against the essential requirements.",
        "Outreach: Contribute to outreach events with national delegations.",
    )


def test_page_furniture_and_the_next_glued_heading_end_no_duty():
    found = duties(
        """3. MAIN ACCOUNTABILITIES
- Project Management: plans and delivers multi-platform campaigns.
NATO UNCLASSIFIED: Page 1 of 2
- Knowledge Management: maintains the content archive.

SPECIAL REQUIREMENTS AND ADDITIONAL DUTIES The employee may be required to perform a similar range of duties.
"""
    )
    assert found == (
        "Project Management: plans and delivers multi-platform campaigns.",
        "Knowledge Management: maintains the content archive.",
    )


def test_a_duties_heading_after_the_role_paragraph_goes_on_with_the_duties():
    found = duties(
        """Your role
The Senior Engineer leads the engineering of security controls.

Main responsibilities
- Design and maintain boundary protection;
- Analyse vulnerabilities.
"""
    )
    assert found == (
        "The Senior Engineer leads the engineering of security controls.",
        "Design and maintain boundary protection",
        "Analyse vulnerabilities.",
    )


def test_a_page_s_links_and_who_may_apply_after_the_requirements_are_no_duties():
    text = (
        HEADER
        + REQUIREMENTS
        + (
            "\nThis post is open only to nationals of the participating nations.\n\n"
            "Similar vacancies\nLogistics Assistant - Izmir - Closing: 05.03.2027\n"
        )
    )
    assert parse_notice(text).accountabilities == ()


def test_duty_items_keeps_a_bullet_that_is_no_wrapped_line():
    from vacancies.parsing.duties import duty_items

    lines = [
        Line("Lead investigations of major incidents.", bullet=True),
        Line("Develop playbooks", bullet=True),
    ]
    assert duty_items(lines) == ["Lead investigations of major incidents.", "Develop playbooks"]
