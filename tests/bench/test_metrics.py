"""The ranking metrics of bench/quality.py on examples worked by hand. No database."""

import math

import pytest

from bench.quality import (
    compare_essentials,
    graders_agreement,
    kendall_tau_b,
    ndcg_at,
    ndcg_of_grades,
    order_by_expert_verdicts,
)


def test_ndcg_divides_by_the_dcg_of_the_grades_sorted():
    # DCG = 3/log2(2) + 2/log2(3) + 3/log2(4) + 0 + 1/log2(6) = 3 + 1.261860 + 1.5 + 0.386853 = 6.148713
    # ideal (3, 3, 2, 1, 0): 3 + 1.892789 + 1 + 1/log2(5) = 3 + 1.892789 + 1 + 0.430677 = 6.323466
    assert ndcg_at([3, 2, 3, 0, 1], [3, 2, 3, 0, 1]) == pytest.approx(6.148713 / 6.323466, abs=1e-6)


def test_ndcg_counts_only_the_first_k_and_takes_the_ideal_from_all_grades():
    # top 1 of (0, 3) against the ideal top 1 (3): 0; top 2: (0 + 3/log2(3)) / (3 + 0)
    assert ndcg_at([0, 3], [0, 3], k=1) == 0
    assert ndcg_at([0, 3], [0, 3], k=2) == pytest.approx(3 / math.log2(3) / 3)
    assert ndcg_at([2, 1], [2, 1, 3], k=2) == pytest.approx((2 + 1 / math.log2(3)) / (3 + 2 / math.log2(3)))


def test_ndcg_is_undefined_when_every_grade_is_zero():
    assert ndcg_at([0, 0], [0, 0]) is None


def test_tau_b_is_one_for_the_same_order_and_minus_one_for_the_reverse():
    assert kendall_tau_b([1, 2, 3, 4], [10, 20, 30, 40]) == 1
    assert kendall_tau_b([1, 2, 3, 4], [4, 3, 2, 1]) == -1


def test_tau_b_corrects_for_ties_in_one_variable():
    # 6 pairs: 5 concordant, 0 discordant, 1 tied in x only -> 5 / sqrt((6 - 1) * (6 - 0))
    assert kendall_tau_b([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(5 / math.sqrt(30))


def test_tau_b_counts_a_pair_tied_in_both_in_neither():
    # (0,1) tied in both; (0,2) and (1,2) concordant: 2 / sqrt((3 - 1) * (3 - 1))
    assert kendall_tau_b([1, 1, 2], [5, 5, 6]) == 1


def test_tau_b_is_zero_when_concordant_and_discordant_pairs_balance():
    # 1 concordant (0,3), 1 discordant (1,2), two pairs tied in x, two tied in y: 0 / sqrt(4 * 4)
    assert kendall_tau_b([1, 1, 2, 2], [1, 2, 1, 2]) == 0


def test_tau_b_is_undefined_when_one_side_is_constant():
    assert kendall_tau_b([2, 2, 2], [1, 2, 3]) is None


def test_essentials_are_paired_by_text_and_their_statuses_compared():
    expert = {
        "essentials": [
            {"id": "E1", "text": "University degree in law", "screening": True},
            {"id": "E2", "text": "At least 5 years' experience in finance", "screening": True},
        ],
        "candidates": {"c1": {"E1": "met", "E2": "not_met"}},
    }
    ranked = [
        {
            "id": "c1",
            "essentials": [
                {"text": "at least 5 years experience in finance", "status": "not_met", "evidence": ""},
                {"text": "a university degree in law", "status": "to_assess", "evidence": ""},
            ],
        }
    ]
    compared = compare_essentials(expert, ranked)
    assert compared["paired"] == 2
    assert compared["agreement_paired"] == 0.5
    assert compared["table"]["met"]["to_assess"] == 1
    assert compare_essentials(expert, [{"id": "c1"}]) is None


def test_the_expert_verdicts_order_keeps_the_scores_within_the_experts_groups():
    ranked = [
        {"id": "a", "eligible": True, "score": 40.0},
        {"id": "b", "eligible": None, "score": 90.0},
        {"id": "c", "eligible": None, "score": 70.0},
        {"id": "d", "eligible": False, "score": 95.0},
        {"id": "e", "eligible": None, "score": 70.0},
    ]
    grades = {
        "a": {"grade": 1, "eligible": True},
        "b": {"grade": 3, "eligible": True},  # the engine left it to be assessed; the expert keeps it
        "c": {"grade": 0, "eligible": False},
        "d": {"grade": 2, "eligible": None},
        "e": {"grade": 2, "eligible": True},
    }
    assert order_by_expert_verdicts(ranked, grades) == ["b", "e", "a", "d", "c"]


def test_a_second_graders_ties_count_at_their_expected_place():
    # The second grader gives 2 to both: in either order the first's gains are (3, 1) or (1, 3); the
    # expected DCG is the mean gain 2 at both places: 2 + 2/log2(3), over the ideal 3 + 1/log2(3).
    assert ndcg_of_grades([(2, 3), (2, 1)], [3, 1]) == pytest.approx(
        (2 + 2 / math.log2(3)) / (3 + 1 / math.log2(3))
    )
    # Told apart the right way round: the ideal; the wrong way round: less.
    assert ndcg_of_grades([(3, 3), (2, 1)], [3, 1]) == 1
    assert ndcg_of_grades([(2, 3), (3, 1)], [3, 1]) < ndcg_of_grades([(2, 3), (2, 1)], [3, 1])
    assert ndcg_of_grades([(1, 0), (2, 0)], [0, 0]) is None


def test_the_engine_is_judged_only_where_both_graders_agree():
    first = {
        "a": {"grade": 3, "eligible": True},
        "b": {"grade": 0, "eligible": False},
        "c": {"grade": 2, "eligible": True},
        "d": {"grade": 1, "eligible": None},
        "e": {"grade": 0, "eligible": False},
    }
    second = {
        "a": {"grade": 3, "eligible": True},
        "b": {"grade": 0, "eligible": False},
        "c": {"grade": 1, "eligible": None},  # the graders differ: c does not count for the engine
        "d": {"grade": 1, "eligible": None},
        "e": {"grade": 1, "eligible": False},
    }
    engine = {"a": None, "b": True, "c": False, "d": None, "e": False}
    found = graders_agreement(first, second, engine)
    assert (found["n"], found["agreed"], found["agreed_decided"]) == (5, 4, 3)
    assert found["engine_right_of_agreed"] == 2  # d (both defer) and e (both exclude)
    assert found["engine_right_of_decided"] == 1  # e; a deferred, b passed
    assert (found["wrongly_eligible"], found["wrongly_excluded"]) == (1, 0)  # b; c is not agreed on
    assert found["eligibility"]["table"]["True"]["None"] == 1
    # The grades of the candidates the first grader keeps (a, c, d): (3, 2, 1) against (3, 1, 1).
    assert found["tau_b"] == pytest.approx(kendall_tau_b([3, 2, 1], [3, 1, 1]))
