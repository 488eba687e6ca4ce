"""Notices on the causes of the fifteenth blind set's misses (issue 15): a covering letter or memo before the
notice, whose signature names a job, and the notice under an annex's heading that says what it is. Each notice
is written for the cause, in words no labelled set uses, and read as an upload is (the page's text, then the
parser)."""

import pytest

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice


def _notice(text: str):
    return parse_notice(extract_text(text.encode(), filename="notice.txt", kinds=NOTICE_KINDS))


MEMO = """MEMORANDUM                                              Brunssum, 4 February 2027
From: Chief, Civilian Human Resources
To: Permanent Representations
Re: circulation of a post
Kindly circulate the attached post description among your national candidates.
Deputy Chief of Staff Support

{heading}
Logistics Plans Analyst (Host Nation Support)
Grade: A-2
Location: Brunssum, Netherlands
Closing date: 15 March 2027
Essential requirements
A university degree in logistics or business administration.
At least 5 years' experience in host nation support planning.
"""


@pytest.mark.parametrize(
    "heading",
    [
        "APPENDIX 1 – JOB DESCRIPTION",
        "Enclosure B: Vacancy announcement",
        "Annexe 2 : avis de vacance de poste",
    ],
)
def test_a_covering_memo_before_the_notice_gives_no_title(heading):
    notice = _notice(MEMO.format(heading=heading))
    assert notice.title == "Logistics Plans Analyst (Host Nation Support)"


def test_an_annex_heading_over_something_else_than_a_post_is_passed_over():
    # Under the annex's heading, a line naming no job: the title is found as before.
    text = MEMO.format(heading="ANNEX A – VACANCY NOTICE\nNATO Joint Force Command Brunssum")
    assert _notice(text).title != "NATO Joint Force Command Brunssum"
