"""Self-claimed competency rungs count in full only with evidence (issue 14, point 8). Pure: no database."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.claims import ExperienceWords, backed_rung, experience_words, is_evidence
from matching.criteria import BARE_CLAIM_SHARE
from matching.scoring import prepare_profile, prepare_vacancy, score
from reference.data import COMPETENCY_LADDERS

AS_OF = date(2025, 11, 1)
LADDERS = COMPETENCY_LADDERS
EVIDENCE = "Built the readiness model linking budget and basing for three nations in 2023"
# A CV's line that names the competency and its rung, and says nothing of what the person did.
RESTATED = "Analytical Thinking: sees multiple relationships"
NOTICE = {
    "degree": {"level": "none"},
    "competencies": [{"name": "Analytical Thinking", "rung": 3}, {"name": "Teamwork", "rung": 2}],
}


def entries(*texts: str) -> ExperienceWords:
    """Experience entries titled "Officer", described by the texts."""
    return experience_words([("Officer", text) for text in texts])


def competencies_of(*claims: dict, experience=(), notice=NOTICE):
    person = {
        "id": "alice",
        "competencies": list(claims),
        "experience": [{"title": "Officer", "start": "2015-01", "end": "2020-12", "description": d} for d in experience],
    }  # fmt: skip
    return score(prepare_vacancy(notice), profile_from_import_json(person), AS_OF).breakdown["competencies"]


# What counts as evidence


@pytest.mark.parametrize("text", [EVIDENCE, "Led the team that delivered results on time"])
def test_a_sentence_of_what_the_person_did_is_evidence(text):
    assert is_evidence(text, "Analytical Thinking", LADDERS)


@pytest.mark.parametrize(
    "text",
    [
        "",
        RESTATED,
        "Analytical thinking: makes complex plans",
        "Analytical Thinking, yes, very much",
        # A CV's run-on line: the words after the claim's own rung are another competency and its rung.
        "Analytical Thinking: sees multiple relationships; Initiative – acts up to 2 months ahead",
    ],
)
def test_restating_competencies_or_their_rungs_is_not_evidence(text):
    assert not is_evidence(text, "Analytical Thinking", LADDERS)


def test_written_evidence_backs_the_whole_rung_claimed():
    assert backed_rung("Analytical Thinking", 5, EVIDENCE, LADDERS, entries()) == 5


def test_experience_backs_the_highest_rung_it_shows_up_to_the_one_claimed():
    shown = entries("Drafted notes", "Prepared complex plans and analyses for multinational exercises")
    assert backed_rung("Analytical Thinking", 6, "", LADDERS, shown) == 4
    assert backed_rung("Analytical Thinking", 3, "", LADDERS, shown) == 0  # rung 4 was not claimed


def test_experience_shows_a_rung_only_with_every_one_of_its_terms_in_one_entry():
    apart = entries("Prepared complex plans", "Wrote analyses")
    assert backed_rung("Analytical Thinking", 4, "", LADDERS, apart) == 0


def test_a_rung_told_from_a_lower_one_by_no_word_of_its_own_is_not_shown():
    # "Makes very complex plans or analyses" has the words of rung 4 ("very" says nothing to the words).
    shown = entries("Prepared very complex plans and analyses")
    assert backed_rung("Analytical Thinking", 5, "", LADDERS, shown) == 4


def test_the_competencys_own_name_shows_nothing():
    committees = entries("Secretary of two NATO committees; organisational reform of the secretariat")
    assert backed_rung("Organisational Commitment", 3, "", LADDERS, committees) == 0


def test_an_unknown_competency_is_backed_only_by_written_evidence():
    assert backed_rung("Stakeholder Wrangling", 2, EVIDENCE, LADDERS, entries()) == 2
    assert backed_rung("Stakeholder Wrangling", 2, "Stakeholder wrangling, a lot", LADDERS, entries()) == 0
    assert backed_rung("Stakeholder Wrangling", 2, "", LADDERS, entries("wrangled stakeholders")) == 0


def test_a_profile_is_prepared_with_its_backed_rungs():
    profile = profile_from_import_json(
        {
            "id": "a",
            "competencies": [
                {"name": "Analytical Thinking", "rung": 4, "evidence": EVIDENCE},
                {"name": "Teamwork", "rung": 2},
            ],
        }  # fmt: skip
    )
    assert prepare_profile(profile).backed == {"Analytical Thinking": 4}


# What it earns


def test_a_bare_claim_earns_the_bare_share_of_an_evidenced_one():
    evidenced = competencies_of({"name": "Analytical Thinking", "rung": 3, "evidence": EVIDENCE})
    bare = competencies_of({"name": "Analytical Thinking", "rung": 3})
    assert evidenced.points == pytest.approx(evidenced.weight / 2)  # one of two competencies, in full
    assert bare.points == pytest.approx(BARE_CLAIM_SHARE * evidenced.points)


def test_a_cv_line_restating_the_claim_earns_what_a_bare_claim_earns():
    restated = competencies_of({"name": "Analytical Thinking", "rung": 3, "evidence": RESTATED})
    assert restated.points == competencies_of({"name": "Analytical Thinking", "rung": 3}).points


def test_rungs_above_the_one_experience_shows_earn_the_bare_share():
    notice = {"degree": {"level": "none"}, "competencies": [{"name": "Analytical Thinking", "rung": 6}]}
    result = competencies_of(
        {"name": "Analytical Thinking", "rung": 6},
        experience=["Prepared complex plans and analyses for multinational exercises"],
        notice=notice,
    )
    assert result.points == pytest.approx(result.weight * (4 + BARE_CLAIM_SHARE * 2) / 6)
    assert "0 of 1 claims with evidence, 1 in part" in result.reason


def test_the_reason_says_how_many_claims_had_evidence():
    result = competencies_of(
        {"name": "Analytical Thinking", "rung": 3, "evidence": EVIDENCE}, {"name": "Teamwork", "rung": 1}
    )
    assert result.reason == (
        "1 of 2 competencies at the level asked; 1 of 2 claims with evidence; below: Teamwork at level 1, 2 asked"
    )


def test_the_reason_says_nothing_of_evidence_without_claims():
    assert competencies_of().reason.startswith("0 of 2 competencies at the level asked; below:")
