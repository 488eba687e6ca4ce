"""A recruiter's decisions laid over the engine's essentials (matching.decisions): pure, no database."""

from matching.decisions import Decision, applies, engine_result, settle, settled_criteria

AT = "2025-03-01T09:30:00+00:00"
LOGISTICS = "Experience in logistics planning for deployed forces"
NATIONALITY = "Be a national of a NATO member state"
INTERVIEW = "Be able to communicate clearly"


def line(text, status, *, criterion="", checkable=True, evidence=""):
    return {
        "text": text,
        "status": status,
        "evidence": evidence,
        "checkable": checkable,
        "criterion": criterion,
    }


def decided(outcome, by=7):
    return Decision(outcome, by, AT)


DEGREE = line("A university degree", "met", criterion="degree", evidence="Master's in Law")
OPEN = line(LOGISTICS, "to_assess")


def test_a_line_decided_met_makes_the_candidate_eligible_when_every_other_line_is_met():
    eligible, lines = settle(None, [DEGREE, OPEN], {LOGISTICS: decided("met")})
    assert eligible is True
    assert lines[1] == {**OPEN, "status": "met", "engine_status": "to_assess", "decision": "met",
                        "decided_by": 7, "decided_at": AT}  # fmt: skip
    assert lines[0] == DEGREE  # untouched, and a copy
    assert lines[0] is not DEGREE


def test_a_line_decided_not_met_makes_the_candidate_not_eligible():
    other = line("Knowledge of NDPP", "to_assess")
    eligible, lines = settle(None, [OPEN, other], {LOGISTICS: decided("not_met")})
    assert eligible is False
    assert [item["status"] for item in lines] == ["not_met", "to_assess"]


def test_the_verdict_stays_open_while_another_line_is_to_be_assessed():
    other = line("Knowledge of NDPP", "to_assess")
    assert settle(None, [OPEN, other], {LOGISTICS: decided("met")})[0] is None


def test_an_unmet_criterion_keeps_the_candidate_not_eligible_whatever_is_decided():
    unmet = line("Two years' experience", "not_met", criterion="experience")
    eligible, lines = settle(False, [unmet, OPEN], {LOGISTICS: decided("met")})
    assert eligible is False
    assert lines[1]["decision"] == "met"  # the decision is still shown


def test_a_decision_applies_only_to_a_line_the_engine_leaves_to_be_assessed():
    met = line(LOGISTICS, "met", evidence="Logistics Officer, KFOR")
    eligible, lines = settle(True, [met], {LOGISTICS: decided("not_met")})
    assert eligible is True and lines == [met]  # the profile settles it: the engine's status wins


def test_a_decision_keyed_to_other_words_does_not_apply():
    reworded = line("Experience in logistics planning for deployed operations", "to_assess")
    eligible, lines = settle(None, [reworded], {LOGISTICS: decided("met")})
    assert eligible is None and "decision" not in lines[0]


def test_a_line_assessed_at_interview_is_not_decided_and_does_not_hold_the_verdict():
    interview = line(INTERVIEW, "to_assess", checkable=False)
    assert not applies(interview)
    eligible, lines = settle(
        None, [OPEN, interview], {LOGISTICS: decided("met"), INTERVIEW: decided("not_met")}
    )
    assert eligible is True
    assert lines[1] == interview


def test_a_reason_to_assess_is_answered_by_deciding_its_line():
    nationality = line(NATIONALITY, "to_assess", criterion="nationality", evidence="Nationality not stated")
    eligible, _ = settle(None, [DEGREE, nationality], {NATIONALITY: decided("met")}, {"nationality"})
    assert eligible is True


def test_a_reason_to_assess_that_no_line_was_open_for_keeps_the_verdict_open():
    # An experience condition left to a person while the experience line itself reads as met: no decision
    # on another line can answer it.
    experience = line(
        "Six years' experience, three in an operational headquarters", "met", criterion="experience"
    )
    eligible, _ = settle(None, [experience, OPEN], {LOGISTICS: decided("met")}, {"experience"})
    assert eligible is None


def test_without_decisions_the_engine_result_is_returned_unchanged():
    assert settle(None, [DEGREE, OPEN], {}) == (None, [DEGREE, OPEN])
    assert settle(None, [DEGREE, OPEN], None) == (None, [DEGREE, OPEN])


def test_the_engine_result_is_recovered_from_a_stored_decided_one():
    eligible, lines = settle(None, [DEGREE, OPEN], {LOGISTICS: decided("met")})
    assert engine_result(eligible, False, lines) == (None, [DEGREE, OPEN])
    assert engine_result(False, True, lines) == (False, [DEGREE, OPEN])
    assert engine_result(True, False, [DEGREE]) == (True, [DEGREE])  # nothing decided: as stored


def test_deciding_again_over_a_stored_result_gives_the_same_as_deciding_once():
    once = settle(None, [DEGREE, OPEN], {LOGISTICS: decided("met")})
    again = settle(*engine_result(once[0], False, once[1]), {LOGISTICS: decided("met")})
    assert again == once
    undone = settle(*engine_result(once[0], False, once[1]), {})
    assert undone == (None, [DEGREE, OPEN])


def test_a_criterion_is_settled_once_every_open_line_of_it_is_decided():
    english = line("English SLP 3333", "to_assess", criterion="languages")
    french = line("French SLP 2222", "to_assess", criterion="languages")
    _, lines = settle(None, [english, french], {"English SLP 3333": decided("met")})
    assert settled_criteria(lines) == set()
    _, lines = settle(
        None, [english, french], {"English SLP 3333": decided("met"), "French SLP 2222": decided("met")}
    )
    assert settled_criteria(lines) == {"languages"}
    _, lines = settle(None, [OPEN], {LOGISTICS: decided("met")})
    assert settled_criteria(lines) == set()  # a line of no criterion answers no reason
