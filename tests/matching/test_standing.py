"""Each competency a notice asks for, against a candidate's claim (matching.standing): the compare page's lines,
read as the competencies criterion reads them."""

import datetime as dt

from candidates.profile import profile_from_import_json
from matching.scoring import prepare_profile, prepare_vacancy, score
from matching.standing import CompetencyStanding, competency_standings

ASKED = [
    ("Analytical Thinking", 3),
    ("Teamwork", 3),
    ("Initiative", 2),
    ("Achievement", 2),
    ("Change Leadership", 1),
]
NOTICE = {"competencies": [{"name": name, "level_text": "", "rung": rung} for name, rung in ASKED]}


def person(*claims: dict):
    return prepare_profile(profile_from_import_json({"id": "p", "name": "P", "competencies": list(claims)}))


def test_it_lists_every_competency_asked_in_the_notices_order_not_only_three():
    vacancy = prepare_vacancy(NOTICE)
    nobody = person()
    assert [(s.name, s.asked, s.claimed, s.meets) for s in competency_standings(vacancy, nobody)] == [
        (name, rung, 0, False) for name, rung in ASKED
    ]
    reason = score(vacancy, nobody, dt.date(2026, 1, 1)).breakdown["competencies"].reason
    assert reason.endswith(", ...")  # the criterion's one line names three of the five


def test_it_reads_names_and_behaviours_as_the_engine_does():
    notice = {"competencies": [{"name": "Organizational Awareness", "level_text": "Understands organizational climate and culture", "rung": None}]}  # fmt: skip
    [standing] = competency_standings(
        prepare_vacancy(notice), person({"name": "Organisational Awareness", "rung": 4})
    )
    assert (standing.name, standing.asked, standing.claimed, standing.meets) == (
        "Organisational Awareness",
        3,
        4,
        True,
    )


def test_it_says_how_much_of_a_claim_evidence_backs():
    vacancy = prepare_vacancy(NOTICE)
    standings = competency_standings(
        vacancy,
        person(
            {
                "name": "Teamwork",
                "rung": 4,
                "evidence": "Chaired the 12-nation movement working group in 2022",
            },
            {"name": "Initiative", "rung": 2},
        ),
    )
    by_name = {s.name: s for s in standings}
    assert by_name["Teamwork"].evidence == "full" and by_name["Teamwork"].meets
    assert by_name["Initiative"].evidence == "none" and by_name["Initiative"].meets
    assert by_name["Analytical Thinking"].evidence == ""


def test_evidence_counts_up_to_the_rung_asked():
    assert CompetencyStanding("Teamwork", asked=2, claimed=5, backed=2).evidence == "full"
    assert CompetencyStanding("Teamwork", asked=4, claimed=5, backed=2).evidence == "part"
    assert not CompetencyStanding("Teamwork", asked=4, claimed=3, backed=3).meets
