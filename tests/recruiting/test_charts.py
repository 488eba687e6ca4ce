"""The SVG charts: pure functions, no database."""

from recruiting.charts import missed_essentials, score_histogram


def test_the_histogram_stacks_eligible_under_the_others():
    svg = score_histogram([(0, 0)] * 8 + [(3, 1), (5, 0)], title="Scores of 9 candidates")
    assert svg.startswith('<svg class="chart"') and 'role="img"' in svg
    assert "<title>Score 80-89: 3 eligible, 1 not (yet) eligible</title>" in svg
    assert "<title>Score 90-100: 5 eligible, 0 not (yet) eligible</title>" in svg
    assert svg.count("<rect") == 3  # empty bins draw nothing
    assert ">5</text>" in svg  # the axis maximum


def test_the_missed_essentials_are_horizontal_bars_with_escaped_labels():
    svg = missed_essentials([("Languages", 7), ("<script>alert(1)</script>", 2)], total=10, title="Missed")
    assert "<title>Languages: 7 of 10 candidates miss it</title>" in svg
    assert "<script>" not in svg and "&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_nothing_missed_is_said_in_words():
    assert "No candidate misses" in missed_essentials([], total=3)


def test_an_empty_vacancy_still_draws_an_axis():
    svg = score_histogram([(0, 0)] * 10)
    assert "<rect" not in svg and "<line" in svg
