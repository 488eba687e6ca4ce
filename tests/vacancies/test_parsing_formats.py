"""Formats a notice arrives in as plain text: a Markdown wiki export, a quoted e-mail, a text browser's dump,
a newsletter, a PDF in two columns. Each notice is written here, in the test. Pure: no database."""

from vacancies.parsing import parse_notice
from vacancies.parsing.cleaning import clean_lines, join_hanging, unmark
from vacancies.parsing.degree import degree_alternatives, parse_degree
from vacancies.parsing.sections import Line, heading_kind
from vacancies.parsing.tables import side_by_side


def test_it_reads_a_markdown_export_with_front_matter_bold_labels_and_wrapped_bullets():
    parsed = parse_notice(
        """---
title: "Logistics Officer (Fuel)"
exported: 2027-01-04T10:00:00Z
---

[Home](https://wiki.example.org/) / [Jobs](https://wiki.example.org/jobs)

# Logistics Officer (Fuel)

> **Headquarters Allied Land Command (LANDCOM)**, Izmir, Türkiye

| Field | Value |
|---|---|
| NATO Grade | A-2 |
| Closing date | **12 March 2027** |

## Essential qualifications

- **Professional/Experience:** Minimum 4 years' experience in military fuel logistics, of which at
  least 1 year in a multinational headquarters.
- **Education/Training:** University degree, preferably in engineering or logistics. Graduation
  from a national or NATO staff college is accepted in lieu of a degree.
- **Language:** English – SLP 3333 (Listening, Speaking, Reading, Writing).

## Desirable qualifications

- **Language:** French – SLP 2222.

<!-- exported with md-export -->
"""
    )
    assert parsed.title == "Logistics Officer (Fuel)"
    assert parsed.deadline.isoformat() == "2027-03-12"
    assert len(parsed.essential) == 3
    assert parsed.essential[0].endswith("of which at least 1 year in a multinational headquarters")
    assert parsed.desirable == ("Language: French - SLP 2222",)
    assert parsed.degree.level == "university"
    assert parsed.degree.alternatives == ("military_staff_college",)
    assert parsed.min_years_experience == 4
    assert [c.years for c in parsed.experience_conditions] == [4, 1]
    assert [s.slp for s in parsed.languages.stanag] == ["3333"]


def test_front_matter_keeps_its_title_and_a_text_between_rules_stays():
    assert unmark(["---", 'title: "Staff Officer"', "exported: 2026-10-21", "---", "", "Text"]) == [
        "Title: Staff Officer",
        "",
        "Text",
    ]
    assert unmark(["---", "Title: Finance Officer", "Grade: A-2", "---"]) == [
        "---",
        "Title: Finance Officer",
        "Grade: A-2",
        "---",
    ]


def test_markdown_marks_links_and_comments_go_and_indentation_stays():
    assert unmark(
        ["## Essential", "  - **Language:** see [the page](https://x.org/a) <https://x.org/b>", "<!-- c -->"]
    ) == ["Essential", "  - Language: see the page"]
    assert unmark(["*** Open only to nationals of Norway. ***", "* a bullet *stays*"]) == [
        "Open only to nationals of Norway.",
        "* a bullet stays",
    ]


def test_it_reads_a_notice_quoted_in_a_forwarded_email():
    parsed = parse_notice(
        """From: Recruitment Cell <hr@example.org>
Sent: Monday, 11 January 2027 09:14
Subject: FW: Vacancy notice 27-0042

Please circulate the vacancy below.

-----Original Message-----
> VACANCY NOTICE 27-0042
> Post title: Budget Officer
> Organisation: NATO Support and Procurement Agency (NSPA)
> Grade: A.2
> Closing date: 05/02/2027
>
> ESSENTIAL QUALIFICATIONS
> * Bachelor's degree in economics or accounting.
> * Minimum 4 years' experience in public budgeting, of which 2 years in a
>   multinational organisation.
> * Proficiency in English (NATO level IV) and French (NATO level II).
>
> DESIRABLE QUALIFICATIONS
> * Master's degree in public finance.
"""
    )
    assert parsed.title == "Budget Officer"
    assert parsed.essential[0] == "Bachelor's degree in economics or accounting"
    assert parsed.desirable == ("Master's degree in public finance",)
    assert parsed.degree.level == "bachelor"
    assert [(c.years, c.context) for c in parsed.experience_conditions] == [
        (4, "public budgeting"),
        (2, "a multinational organisation"),
    ]
    assert {(r.language, r.level) for r in parsed.languages.requirements} == {
        ("English", "IV"),
        ("French", "II"),
    }


def test_it_reads_a_text_browser_dump_with_items_wrapped_under_their_text():
    parsed = parse_notice(
        """   [1]Skip to content  [2]Vacancies

                              Translator (German)

   Grade: L-2
   Closing date: 27 November 2027

QUALIFICATIONS AND EXPERIENCE

   ESSENTIAL

   The incumbent must:
     * possess a university degree in translation or modern languages; a
       degree in another discipline is acceptable if combined with a post-graduate qualification in
       translation;
     * have at least three years' full-time experience as a translator, of which at
       least one year in the field of defence;
     * be able to work to strict deadlines.

   DESIRABLE

   The following would be considered an advantage:
     * knowledge of a third NATO language.

References

   1. https://example.org/skip
"""
    )
    assert len(parsed.essential) == 3
    assert parsed.essential[1] == (
        "have at least three years' full-time experience as a translator, of which at least one year in the "
        "field of defence"
    )
    assert parsed.desirable == ("knowledge of a third NATO language",)
    assert [c.years for c in parsed.experience_conditions] == [3, 1]


def test_a_line_indented_under_an_item_joins_it_only_while_the_item_goes_on():
    assert join_hanging(["- Degree in law.", "  Knowledge of French is an asset."]) == [
        "- Degree in law.",
        "  Knowledge of French is an asset.",
    ]
    assert join_hanging(["1. Education", "   University degree in law."]) == [
        "1. Education",
        "   University degree in law.",
    ]
    assert join_hanging(["- A degree in law or", "  NATO staff college."]) == [
        "- A degree in law or NATO staff college."
    ]
    assert join_hanging(["- NATO ISR Course (NATO School);", "  knowledge of AJP-2.7."]) == [
        "- NATO ISR Course (NATO School); knowledge of AJP-2.7."
    ]
    # Columns padded with spaces are the table reader's.
    assert join_hanging(["- a degree in law", "  and economics        - knowledge of"]) == [
        "- a degree in law",
        "  and economics        - knowledge of",
    ]


def test_it_reads_a_job_alert_email_with_its_lists_headed_by_a_status_in_brackets():
    parsed = parse_notice(
        """From: Careers Digest <digest@example.org>
Subject: Your weekly job alert: 2 new vacancies
View this email in your browser <https://news.example.org/v/1?utm_source=newsletter>

==============================================================
FEATURED VACANCY
==============================================================

Finance Officer (Programme Budgets)
NATO Helicopter Management Agency (NAHEMA)
Location: Aix-en-Provence, France
Grade: A-2
Closing date: 22 November 2027

WHAT YOU NEED (essential)
- A university degree in economics, finance or a
  related discipline.
- At least five years' experience in public budgeting,
  of which at least two years in a multinational programme.
- English at NATO level V (Advanced).

NICE TO HAVE
- Working knowledge of French or German.

>> Read the full notice and apply:
<https://news.example.org/c/nahema?utm_source=newsletter>
"""
    )
    assert parsed.essential == (
        "A university degree in economics, finance or a related discipline",
        "At least five years' experience in public budgeting, of which at least two years in a multinational "
        "programme",
        "English at NATO level V (Advanced)",
    )
    assert parsed.desirable == ("Working knowledge of French or German",)
    assert [c.years for c in parsed.experience_conditions] == [5, 2]


def test_a_status_in_brackets_after_a_heading_names_its_list():
    assert heading_kind(Line("WHAT YOU NEED (essential)")) == "essential"
    assert heading_kind(Line("Qualifications (an asset)")) == "desirable"
    assert heading_kind(Line("Your profile (required)")) == "essential"
    assert heading_kind(Line("the work is done in English (mandatory)")) is None


def test_a_staff_college_in_lieu_of_a_degree_is_no_equivalent_experience():
    assert degree_alternatives(
        "University degree. Graduation from a national or NATO staff college is accepted in lieu of a degree."
    ) == ("military_staff_college",)
    assert degree_alternatives("A degree, or 2 additional years of experience in lieu of a degree.") == (
        "equivalent_experience",
    )


def test_menus_breadcrumbs_and_related_pages_of_links_are_no_text():
    assert unmark(
        [
            "   #[1]NATO Standardization Office - Vacancies [2]RSS",
            "   [4]Home   [5]About   [6]Standards   [7]Vacancies",
            "[Staff Officer (closed 30 Sep 2026)](./a) · [Budget Assistant (closing 2 Dec 2026)](./b)",
            "   [14]Apply via the NATO Talent Acquisition Platform",
            "  12. https://nso.example.org/vacancies",
        ]
    ) == ["   Apply via the NATO Talent Acquisition Platform"]
    # Items and sentences that name pages keep their words.
    assert unmark(
        [
            "     * knowledge of [5]AJP-2.7 and [6]AJP-3;",
            "- knowledge of [AJP-2.7](https://x.org/a) and [AJP-3](https://x.org/b)",
            "See [the rules](https://x.org/r) and [the form](https://x.org/f) before applying.",
        ]
    ) == [
        "     * knowledge of AJP-2.7 and AJP-3;",
        "- knowledge of AJP-2.7 and AJP-3",
        "See the rules and the form before applying.",
    ]


def test_a_second_route_to_the_degree_does_not_set_its_level():
    degree = parse_degree(
        [
            "possess a university degree in translation or linguistics; a degree in another discipline is "
            "acceptable if combined with a post-graduate qualification in translation"
        ]
    )
    assert degree.level == "university"
    assert degree.fields == ("translation", "linguistics")


TWO_COLUMNS = """NATO UNCLASSIFIED                                                        NLO-X/VN/2027/01

                                         VACANCY NOTICE

 Post title:  Project Officer (Defence                  Grade:        A-2 / NATO Grade G15
              Capacity Building)                        Location:     Chisinau, Moldova
 Division:    Political Affairs and Security            Clearance:    NATO SECRET
              Policy Division (PASP)                    Closing date: 15/03/2027

 1. SUMMARY                                             2. PRINCIPAL DUTIES
 The NATO Liaison Office supports the defence           The incumbent will:
 reform of the host country and reports to the          - manage a portfolio of projects, from
 Head of Office.                                        concept note to final report;
                                                        - organise visits and expert missions.

 3. QUALIFICATIONS AND EXPERIENCE

 ESSENTIAL                                              DESIRABLE
 The incumbent must:                                    The following would be considered an
 - possess a university degree in political             advantage:
 science or international relations;                    - a master's degree in a relevant field;
 - have at least 4 years' experience in defence         - a project management certification
 reform, of which at least 1 year in a partner          (PRINCE2, PMP);
 country;                                               - knowledge of Romanian.
 - possess the following minimum levels of NATO's
 official languages (English/French): V
 ("Advanced") in one; II ("Elementary") in the other;
 - possess a good working level of Russian (IV:
 "Upper Intermediate").

 4. COMPETENCIES                                        5. NATIONALITY
 The incumbent must demonstrate:                        This post is open to nationals of NATO
 - Achievement: Improves performance;                   member states only.
 - Teamwork: Solicits inputs.                           6. HOW TO APPLY
 - Flexibility: Adapts strategy;                        Applications must be submitted through the
                                                        NATO Talent Acquisition Platform.
"""


def test_it_reads_a_pdf_laid_out_in_two_columns_side_by_side():
    parsed = parse_notice(TWO_COLUMNS)
    assert parsed.title == "Project Officer (Defence Capacity Building)"
    assert parsed.location == "Chisinau, Moldova"
    assert parsed.deadline.isoformat() == "2027-03-15"
    assert parsed.essential[-2:] == (
        "possess the following minimum levels of NATO's official languages (English/French): V "
        '("Advanced") in one; II ("Elementary") in the other',
        'possess a good working level of Russian (IV: "Upper Intermediate")',
    )
    assert parsed.desirable == (
        "a master's degree in a relevant field",
        "a project management certification (PRINCE2, PMP)",
        "knowledge of Romanian",
    )
    assert (parsed.languages.rule, parsed.languages.high, parsed.languages.low) == (
        "one_high_other_low",
        "V",
        "II",
    )
    assert [c.years for c in parsed.experience_conditions] == [4, 1]
    assert [c.name for c in parsed.competencies] == ["Achievement", "Teamwork", "Flexibility"]
    assert "manage a portfolio of projects, from concept note to final report" in " ".join(
        parsed.accountabilities
    )


def test_a_table_of_fields_padded_with_spaces_is_no_two_columns():
    lines = [
        "Job Requisition ID   270214",
        "Title                Service Delivery Manager",
        "Primary Location     Netherlands-Zuid-Holland-The Hague",
        "Grade                A-2",
    ]
    assert side_by_side(lines, 0) == ([], 0)


def test_of_a_notice_in_full_in_english_and_in_french_only_the_english_version_is_read():
    parsed = parse_notice(
        """NORTH ATLANTIC TREATY ORGANIZATION / ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD

======================= ENGLISH VERSION =======================

ASSISTANT (REGISTRY)
Grade: B.3
Closing date: 15 February 2027

QUALIFICATIONS AND EXPERIENCE
ESSENTIAL
The incumbent must:
- have at least two years' experience in a registry;
- be proficient in MS Office.

======================= VERSION FRANÇAISE =======================

ASSISTANT(E) (ENREGISTREMENT)
QUALIFICATIONS ET EXPÉRIENCE
ESSENTIELLES
Le/la titulaire doit :
- avoir au moins deux années d'expérience dans un service d'enregistrement ;
- maîtriser MS Office.
"""
    )
    assert parsed.essential == (
        "have at least two years' experience in a registry",
        "be proficient in MS Office",
    )
    assert [c.years for c in parsed.experience_conditions] == [2]


def test_setext_headings_underlined_with_rules_are_headings():
    parsed = parse_notice(
        """Finance Officer
===============

Grade: A-2
Closing date: 1 March 2027

Essential qualifications
------------------------

* A university degree in finance.
* At least 3 years' experience in budgeting.

Desirable qualifications
========================

* Knowledge of SAP.
"""
    )
    assert parsed.title == "Finance Officer"
    assert parsed.essential == ("A university degree in finance", "At least 3 years' experience in budgeting")
    assert parsed.desirable == ("Knowledge of SAP",)


def test_a_plus_sign_marks_a_markdown_item_not_a_telephone_number():
    assert [
        line.render()
        for line in clean_lines("+ a degree in law\n+32 2 707 1111\n  + knowledge of\n    French")
    ] == [
        "- a degree in law",
        "+32 2 707 1111",
        "- knowledge of French",
    ]
