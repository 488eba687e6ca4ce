"""What an applicant sees of their stages (applications.stages): plain Python, no database (issue 17, point 8)."""

import datetime as dt

from applications.stages import Change, applicant_label, as_applicant_sees, timeline


def at(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=dt.UTC)


def applied(day: int) -> Change:
    return Change("new", at(day), by_applicant=True, notified=True)


def moved(stage: str, when: dt.datetime, *, emailed: bool = False) -> Change:
    return Change(stage, when, by_applicant=False, notified=emailed)


def seen(changes, *, show_internal=False, now=None) -> list[tuple[str, int]]:
    steps = timeline(changes, show_internal=show_internal, settled_before=now or at(28))
    return [(s.stage, s.on.day) for s in steps]


def test_it_shows_the_internal_stages_as_under_review():
    for stage in ("screened", "shortlisted", "interview"):
        assert as_applicant_sees(stage, show_internal=False) == "under_review"
        assert applicant_label(stage, show_internal=False) == "Under review"
        assert as_applicant_sees(stage, show_internal=True) == stage


def test_it_names_the_other_stages_for_the_applicant():
    labels = {
        stage: applicant_label(stage, show_internal=False)
        for stage in ("new", "offer", "rejected", "withdrawn")
    }
    assert labels == {
        "new": "Received",
        "offer": "Offer",
        "rejected": "Not selected",
        "withdrawn": "Withdrawn",
    }


def test_it_keeps_one_step_per_stage_the_applicant_saw_with_its_day():
    changes = [
        applied(2),
        moved("screened", at(3), emailed=True),
        moved("shortlisted", at(5)),  # no news: still "Under review"
        moved("interview", at(9)),
        moved("rejected", at(12, 16, 45), emailed=True),
    ]
    assert seen(changes) == [("new", 2), ("under_review", 3), ("rejected", 12)]


def test_it_names_each_stage_when_the_vacancy_shows_them():
    changes = [applied(2), moved("screened", at(3), emailed=True), moved("interview", at(9), emailed=True)]
    assert seen(changes, show_internal=True) == [("new", 2), ("screened", 3), ("interview", 9)]


def test_it_leaves_out_a_move_undone_within_its_window():
    changes = [applied(2), moved("rejected", at(3, 10, 0)), moved("new", at(3, 10, 1))]
    assert seen(changes) == [("new", 2)]


def test_it_leaves_out_the_latest_move_until_it_settles():
    changes = [applied(2), moved("rejected", at(3, 10, 0))]
    assert seen(changes, now=at(3, 9, 59)) == [("new", 2)]
    assert seen(changes, now=at(3, 10, 0)) == [("new", 2), ("rejected", 3)]


def test_it_shows_the_applicants_own_withdrawal_and_a_new_application():
    changes = [applied(2), Change("withdrawn", at(4), True, False), Change("new", at(6), True, True)]
    assert seen(changes) == [("new", 2), ("withdrawn", 4), ("new", 6)]


def test_it_days_each_step_in_the_given_time_zone():
    late = [Change("new", dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC), True, True)]
    brussels = dt.timezone(dt.timedelta(hours=1))
    [step] = timeline(late, show_internal=False, settled_before=at(28), tz=brussels)
    assert step.on == dt.date(2026, 3, 3) and step.label == "Received"
