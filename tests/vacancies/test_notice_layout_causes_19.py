"""Notices on the causes of the nineteenth blind set's misses (issue 15): a Markdown table whose delimiter row
has cells of one or two dashes ("|--:|:-:|") and a numbered list drawn as a two-column table; competencies
given with their rung as a number (a table's cell, a bracket, a row of their own); ARIA tab panels, each read
under its tab's label; a post's reference code before or after the title; a language rule ending a paragraph
of "must" sentences; a postal address as the only place; a grade named only with the pay; a social-media
post that names the post in the sentence under "We're hiring!". Each notice is written for the cause, in
words no labelled set uses, and read as an upload is (the page's text, then the parser)."""

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice


def _notice(text: str, filename: str = "notice.txt"):
    return parse_notice(extract_text(text.encode(), filename=filename, kinds=NOTICE_KINDS))


MARKDOWN = """# Geospatial Data Officer

| Field | Value |
|:-|-:|
| Grade | A-2 |
| Duty station | Mons, Belgium |

## Essential

| No. | Requirement |
|--:|:-|
| 1 | A university degree in geography or surveying. |
| 2 | At least 6 years' experience in geospatial data management. |
| 3 | English: NATO level IV. |

## Desirable

| No. | Requirement |
|--:|:-|
| 1 | Experience of NATO geospatial standards. |

## Competencies

| Competency | Rung | What it looks like |
|:-|:-:|:-|
| Initiative | 2 | Acts on opportunities |
| Teamwork | 3 | Solicits inputs and encourages others |
"""


def test_a_markdown_notice_with_short_delimiter_rows_and_numbered_tables_gives_its_requirements():
    notice = _notice(MARKDOWN)
    assert notice.degree.level == "university"
    assert notice.degree.fields == ("geography", "surveying")
    assert notice.min_years_experience == 6
    assert [(r.language, r.level) for r in notice.languages.requirements] == [("English", "IV")]
    assert notice.desirable == ("Experience of NATO geospatial standards",)
    assert [(c.name, c.rung) for c in notice.competencies] == [("Initiative", 2), ("Teamwork", 3)]


def test_competencies_with_their_rung_in_brackets_on_one_line():
    text = (
        MARKDOWN.split("## Competencies")[0]
        + "\nCompetencies\nInitiative (3) · Achievement (2) · Teamwork (4)\n"
        + "Benefits\nA tax-free salary and 30 days of leave.\n"
    )
    notice = _notice(text)
    # The rung in brackets is each one's whole text: the page's next part is no behaviour.
    assert [(c.name, c.rung, c.level_text) for c in notice.competencies] == [
        ("Initiative", 3, "(3)"),
        ("Achievement", 2, "(2)"),
        ("Teamwork", 4, "(4)"),
    ]


TABS = """<html><body><h1>Budget Assistant</h1>
<div role="tablist"><button role="tab" id="a">About</button><button role="tab" id="b">Profile</button>
<button role="tab" id="c">Core competencies</button></div>
<section role="tabpanel" aria-labelledby="a"><p>Grade: B-5. Location: Naples, Italy.</p></section>
<section role="tabpanel" aria-labelledby="b" hidden><h3>Essential</h3><ul><li>Higher secondary education.</li>
<li>At least 3 years' experience in budget support.</li></ul></section>
<section role="tabpanel" aria-labelledby="c" hidden><table><tr><th>Competency</th><th>Level</th></tr>
<tr><td>Achievement</td><td>2</td></tr><tr><td>Flexibility</td><td>3</td></tr></table></section>
</body></html>"""


def test_aria_tab_panels_are_read_under_their_tabs_labels():
    notice = _notice(TABS, "notice.html")
    assert [(c.name, c.rung) for c in notice.competencies] == [("Achievement", 2), ("Flexibility", 3)]
    assert notice.min_years_experience == 3


def test_a_reference_code_before_or_after_the_title_is_no_part_of_it():
    for heading in (
        "ACT/CAP/0412 Modelling and Simulation Engineer",
        "26/NSPA/117 - Modelling and Simulation Engineer",
        "Modelling and Simulation Engineer (NSPA/LOG/26/117)",
        "Modelling and Simulation Engineer (Requisition 261190)",
    ):
        assert (
            _notice(f"{heading}\n\nGrade: A-2\n\n{ESSENTIALS}").title == "Modelling and Simulation Engineer"
        )
    # Letters and one figure name a post's field ("C4ISR"), not its reference.
    assert _notice(f"C4ISR Engineer\n\nGrade: A-2\n\n{ESSENTIALS}").title == "C4ISR Engineer"


ESSENTIALS = """Essential
- A university degree in engineering.
- At least 4 years' experience in simulation.
"""


def test_a_language_rule_at_the_end_of_a_paragraph_of_must_sentences():
    text = (
        "<html><body><h1>Audit Officer</h1><h2>Your profile</h2><p>The successful candidate must hold a university"
        " degree in accounting. He or she must have at least 6 years' experience in public audit. The candidate"
        " must have the following minimum levels of NATO's official languages (English/French): IV (\"Upper"
        ' Intermediate") in one; II ("Elementary") in the other.</p></body></html>'
    )
    notice = _notice(text, "notice.html")
    assert (notice.languages.rule, notice.languages.high, notice.languages.low) == (
        "one_high_other_low",
        "IV",
        "II",
    )


def test_a_postal_address_gives_the_town_and_country():
    text = "Audit Officer\nNATO Support and Procurement Agency\nRue de la Gare 11, L-8325 Capellen, Luxembourg\n\n"
    assert _notice(text + ESSENTIALS).location == "Capellen, Luxembourg"


def test_a_grade_named_only_with_the_pay():
    text = f"Audit Officer\n\n{ESSENTIALS}\nSalary: the basic monthly salary of this B-4 post is EUR 5,100.\n"
    assert _notice(text).grade == "B.4"


def test_a_social_media_post_names_the_post_in_its_sentence():
    text = (
        "Jana Novak • 1st\nTalent Acquisition Officer at NATO Support and Procurement Agency\n2d •\n"
        "We're hiring!\nNSPA in Capellen is looking for a Warehouse Supervisor (G8) to join our depot team.\n"
        f"\n{ESSENTIALS}"
    )
    notice = _notice(text)
    assert notice.title == "Warehouse Supervisor"
    # The author's own job on the post's header names the body after "at".
    assert notice.organisation == "NATO Support and Procurement Agency"
