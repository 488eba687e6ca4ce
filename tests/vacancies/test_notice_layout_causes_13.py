"""Notices on the causes of the thirteenth blind set's misses (issue 15): a careers page's facts shown as badges
side by side, and years of work written "N+ years doing ...". Each notice is written for the cause, in words no
labelled set uses, and read as an upload is (the page's text, then the parser)."""

from documents.extraction import NOTICE_KINDS, extract_text
from vacancies.parsing import parse_notice
from vacancies.parsing.experience import experience_conditions, years_in

BADGES = b"""<!DOCTYPE html><html><head><title>Careers</title></head><body>
<h1>Electronic Warfare Analyst</h1>
<p class="lead">NATO Communications and Information Agency</p>
<p><span class="chip">Mons, Belgium</span> <span class="chip">A-2</span>
<span class="chip">COSMIC TOP SECRET</span> <span class="chip">Apply by 9 May 2027</span></p>
<h2>What we ask</h2>
<ul><li>A master's degree in electrical engineering.</li><li>English: SLP 3333.</li></ul>
</body></html>"""


def _notice(data: bytes):
    return parse_notice(extract_text(data, filename="notice.html", kinds=NOTICE_KINDS))


def test_badges_side_by_side_are_read_as_the_cells_of_a_strip_of_facts():
    text = extract_text(BADGES, filename="notice.html", kinds=NOTICE_KINDS)
    assert "Mons, Belgium | A-2 | COSMIC TOP SECRET | Apply by 9 May 2027" in text.splitlines()
    notice = _notice(BADGES)
    assert notice.grade == "A.2"
    assert notice.clearance == "COSMIC TOP SECRET"


def test_spans_of_a_sentence_stay_one_line():
    page = b'<p>We work with <span class="term">NATO</span> <span class="term">partners</span> daily.</p>'
    assert extract_text(page, filename="p.html", kinds=NOTICE_KINDS) == "We work with NATO partners daily."


def test_a_level_alone_with_no_grade_beside_it_is_a_page_marking():
    page = b"""<html><body><p>NATO SECRET</p><h1>Budget Clerk</h1><p>Grade: B-3</p>
<h2>Requirements</h2><ul><li>Secondary education.</li></ul></body></html>"""
    assert _notice(page).clearance is None


def test_years_with_a_plus_and_the_work_as_a_gerund_are_a_minimum_of_experience():
    item = "5+ years operating satellite ground stations, preferably in a military setting"
    assert years_in(item) == 5
    assert experience_conditions([item]) == ((5, "operating satellite ground stations", ""),)
    # Not the years of a contract or of age, nor a figure without its plus.
    assert years_in("Contract: 3+ years, renewable") is None
    assert years_in("3 years leading teams") is None
