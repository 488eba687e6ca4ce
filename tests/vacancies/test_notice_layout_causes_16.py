"""Notices on the causes of the sixteenth blind set's misses (issue 15): numbered paragraphs whose headings
are written in capitals with a full stop and the text run on after them; a requirements table whose header
names the status of its rows; a notice written in French and English line by line. Each notice is written for
the cause, in words no labelled set uses, and read as an upload is (the page's text, then the parser)."""

import pytest

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice


def _notice(text: str):
    return parse_notice(extract_text(text.encode(), filename="notice.txt", kinds=NOTICE_KINDS))


NUMBERED = """ALLIED LAND COMMAND
VACANCY NOTICE LC/27-004
Post title: Engineer Staff Officer
Location: Izmir, Türkiye
Grade: A-3
1. GENERAL. The post sits in the Engineer Branch. The incumbent advises on mobility support.
2. MAIN TASKS. 2.1 Prepares engineer estimates. 2.2 Reviews national contributions.
3. REQUIRED QUALIFICATIONS.
3.1 A university degree in civil engineering or geology.
3.2 At least 6 years' experience in military engineering.
4. DESIRABLE QUALIFICATIONS.
4.1 Experience in a multinational headquarters.
"""


def test_numbered_paragraphs_with_capital_headings_and_run_on_text():
    notice = _notice(NUMBERED)
    assert notice.degree.level == "university"
    assert set(notice.degree.fields) == {"civil engineering", "geology"}
    assert notice.min_years_experience == 6


TABLE = """NATO Communications and Information Agency – Vacancy
Post title | Cyber Security Analyst
Location | The Hague, Netherlands
Grade | A-2

Profile
{header}
Education | A university degree in computer science or information security.
Experience | At least 5 years' experience in security operations.

Desirable:
CISSP or an equivalent certification.
"""


@pytest.mark.parametrize(
    "header", ["Criterion | Essential", "Qualification | Required", "Exigences | Essentielles"]
)
def test_a_requirements_table_whose_header_names_the_status(header):
    notice = _notice(TABLE.format(header=header))
    assert notice.degree.level == "university"
    assert set(notice.degree.fields) == {"computer science", "information security"}
    assert notice.min_years_experience == 5


BILINGUAL = """Secrétariat international / International Staff

Conseiller juridique – Bureau des affaires juridiques
Legal Adviser – Office of Legal Affairs

Lieu / Location : Bruxelles, Belgique / Brussels, Belgium
Date limite / Closing date : 3 mars 2027 / 3 March 2027
Habilitation / Clearance : OTAN SECRET / NATO SECRET

QUALIFICATIONS
A university degree in law.
"""


def test_a_notice_written_in_french_and_english_line_by_line_is_read_in_english():
    notice = _notice(BILINGUAL)
    assert notice.title.startswith("Legal Adviser")  # the English line, not "Conseiller juridique"
    assert notice.deadline.isoformat() == "2027-03-03"
