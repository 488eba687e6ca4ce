"""Periods of CV entries in every shape CVs write them (candidates.cv.dates), on lines written for the test."""

from __future__ import annotations

import pytest

from candidates.cv.dates import periods


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        # Year first: ISO and Hungarian dates, with a final dot, and year/month with a slash.
        ("2018.09. – jelenleg | Researcher", "2018-09", None),
        ("2015.02. – 2018.08. | Research Fellow", "2015-02", "2018-08"),
        ("2017-06-15 – 2019-03-01 | Analyst", "2017-06", "2019-03"),
        ("2018.09.15. – 2020.01.31. | Analyst", "2018-09", "2020-01"),
        ("2016/09 – now Head of Department", "2016-09", None),
        # Month and a two-digit year, read only inside a period.
        ("08/19 – 07/22", "2019-08", "2022-07"),
        ("08/22 – present", "2022-08", None),
        # "Present" written twice in a bilingual CV, or in another member nation's language.
        ("03.2019 → présent / present", "2019-03", None),
        ("Mar. 2019 – actualidad / present", "2019-03", None),
        ("2018.09. – jelenleg (present)", "2018-09", None),
        ("2017-04 à ce jour / to date", "2017-04", None),
        ("01/2020 – obecnie", "2020-01", None),
        ("05/2019 – halen", "2019-05", None),
        # The connecting word in two languages, and words around a closed period.
        ("2012-09 à / to 2017-03", "2012-09", "2017-03"),
        ("from 2015 to 2018", "2015-01", "2018-12"),
        ("Von 2015 bis 2018", "2015-01", "2018-12"),
        ("da settembre 2021 ad oggi", "2021-09", None),
        ("dal marzo 2016 al giugno 2019", "2016-03", "2019-06"),
        # Norwegian "dags dato", and an end year without its century after an en dash.
        ("2019 – d.d.    Sjef for planavdelingen", "2019-01", None),
        ("Battalion Commander\t2013–16", "2013-01", "2016-12"),
        ("2013 - 16 | Analyst", "2013-01", "2016-12"),
        # US dates with the day after the month, and months joined to their year by a hyphen.
        ("Sept. 1, 2016 – Aug. 31, 2019", "2016-09", "2019-08"),
        ("March 3rd, 2018 - present", "2018-03", None),
        ("Jan-2018 – Mar-2020", "2018-01", "2020-03"),
        # An open start followed by a dash and the post.
        ("Depuis septembre 2020 – Chef de projet, Thales, Paris", "2020-09", None),
        ("Seit 03/2018 – Referent, BMVg", "2018-03", None),
    ],
)
def test_it_reads_periods_written_in_many_shapes(line, start, end):
    (period,) = periods(line)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("da settembre 2021 ad oggi | Capo Sezione", " | Capo Sezione"),
        ("2017-04 à ce jour / to date", ""),
        ("Mar. 2019 – actualidad / present", ""),
        ("from 2015 to 2018: Analyst", ": Analyst"),
    ],
)
def test_a_period_takes_its_words_with_it_so_that_they_are_not_read_as_a_title(line, rest):
    (period,) = periods(line)
    assert line[: period.begin] + line[period.stop :] == rest


@pytest.mark.parametrize(
    "line", ["24/7 support", "3/4 of the budget", "Grade 12/14", "1/2 – 3/4 time", "2010-12", "2019-04 audit"]
)
def test_it_reads_no_period_in_fractions_or_short_numbers(line):
    assert periods(line) == []
