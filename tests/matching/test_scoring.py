from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.reasons import Reason, describe_all
from matching.requirements import RequirementsError, VacancyRequirements
from matching.scoring import (
    CRITERIA,
    MatchResult,
    prepare_profile,
    prepare_vacancy,
    rank,
    score,
    score_all,
    score_many,
)
from reference.data import DEFAULT_WEIGHTS

AS_OF = date(2025, 11, 1)


def words(reasons) -> tuple[str, ...]:
    return tuple(describe_all(reasons))


def notice(**changes) -> dict:
    """A DICB-like notice: university degree or staff college, 2 years, V/I in English/French."""
    vacancy = {
        "title": "Officer, Country Coordinator",
        "degree": {
            "level": "university",
            "fields": ["political science", "international relations", "another relevant discipline"],
            "alternatives": ["military_staff_college"],
        },
        "min_years_experience": 2,
        "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"],
                      "requirements": [], "stanag": [], "raw": []},
        "competencies": [
            {"name": "Teamwork", "level_text": "Solicits inputs", "rung": 3},
            {"name": "Initiative", "level_text": "Is decisive in a time-sensitive situation", "rung": 3},
        ],
        "nationality_restricted": True,
        "essential": ["have considerable knowledge and experience in defence planning and force plans"],
        "desirable": [
            "higher level of the NATO's second official language",
            "knowledge of and experience with the NATO Defence Planning Process",
            "knowledge of other NATO or partner languages",
        ],
        "accountabilities": ["Prepare reports on defence transformation and partnership programmes"],
    }  # fmt: skip
    vacancy.update(changes)
    return vacancy


def person(**changes) -> dict:
    """alice: eligible for notice() with some margin."""
    alice = {
        "id": "alice",
        "name": "Alice Martin",
        "nationality": "Belgium",
        "education": [{"level": "master", "field": "International Relations"}],
        "experience": [{"title": "Defence Planner", "organisation": "Ministry of Defence", "start": "2022-01",
                        "end": None, "description": "Defence planning and force plans for the NATO Defence Planning Process"}],
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
        "competencies": [{"name": "Teamwork", "rung": 3}, {"name": "Initiative", "rung": 4}],
        "skills": ["report writing"],
        "summary": "",
    }  # fmt: skip
    alice.update(changes)
    return alice


def result_for(vacancy: dict, candidate: dict, *, weights=None, as_of=AS_OF) -> MatchResult:
    return score(prepare_vacancy(vacancy, weights), profile_from_import_json(candidate), as_of)


def test_it_finds_alice_eligible_with_a_sentence_per_criterion():
    result = result_for(notice(), person())
    assert result.eligible is True
    assert result.unmet == result.to_assess == result.hints == ()
    assert set(result.breakdown) == set(CRITERIA)
    assert result.breakdown["degree"].reason.startswith(
        "Master's in International Relations meets 'university degree'"
    )
    assert result.breakdown["experience"].reason == "3 years 11 months of experience, 2 years required"
    assert result.breakdown["languages"].reason == "English V and French II meet 'V in one, I in the other'"
    assert 0 < result.score <= 100


def test_it_keeps_points_within_their_weights():
    result = result_for(notice(), person())
    for criterion in result.breakdown.values():
        assert 0 <= criterion.points <= criterion.weight


# Degree


def test_it_rejects_secondary_education_for_a_university_degree():
    result = result_for(notice(degree={"level": "university"}), person(education=[{"level": "secondary"}]))
    assert result.eligible is False
    assert result.unmet == (
        Reason("degree", "below_required", {"required": "university", "highest": "secondary"}),
    )
    assert words(result.unmet) == ("Degree: no university degree (highest: secondary)",)
    assert words(result.hints) == ("Obtain a university degree (bachelor or above)",)


def test_it_accepts_a_bachelor_for_a_university_degree():
    result = result_for(notice(degree={"level": "university"}), person(education=[{"level": "bachelor"}]))
    assert result.eligible is True


def test_it_wants_a_master_where_a_master_is_required():
    vacancy = notice(degree={"level": "master"})
    assert result_for(vacancy, person(education=[{"level": "bachelor"}])).eligible is False
    assert result_for(vacancy, person(education=[{"level": "doctorate"}])).eligible is True


def test_it_accepts_a_staff_college_where_the_notice_does():
    staff_college = person(education=[{"level": "secondary"}], military_staff_college=True)
    assert result_for(notice(), staff_college).eligible is True
    assert "staff college" in result_for(notice(), staff_college).breakdown["degree"].reason


def test_it_does_not_accept_a_staff_college_where_the_notice_does_not():
    staff_college = person(education=[{"level": "secondary"}], military_staff_college=True)
    assert result_for(notice(degree={"level": "university"}), staff_college).eligible is False


def test_it_leaves_an_equivalent_qualification_to_be_assessed():
    vacancy = notice(degree={"level": "university", "alternatives": ["equivalent_qualification"]})
    result = result_for(vacancy, person(education=[{"level": "secondary"}]))
    assert result.eligible is None
    assert words(result.unmet) == ()
    assert words(result.to_assess)[0].startswith(
        "Degree: no university degree (highest: secondary); an equivalent level"
    )


def test_it_leaves_equivalent_experience_to_be_assessed():
    vacancy = notice(degree={"level": "bachelor", "alternatives": ["equivalent_experience"]})
    assert result_for(vacancy, person(education=[])).eligible is None


def test_it_rejects_despite_an_equivalent_when_another_essential_is_unmet():
    vacancy = notice(degree={"level": "university", "alternatives": ["equivalent_qualification"]})
    result = result_for(vacancy, person(education=[{"level": "secondary"}], experience=[]))
    assert result.eligible is False
    assert result.to_assess and words(result.unmet) == ("Experience: none, at least 2 years required",)


def test_it_needs_no_degree_where_none_is_asked():
    assert result_for(notice(degree={"level": "none"}), person(education=[])).eligible is True


def test_it_gives_more_degree_points_for_a_preferred_field():
    preferred = result_for(notice(), person())
    other = result_for(notice(), person(education=[{"level": "master", "field": "Chemistry"}]))
    assert preferred.breakdown["degree"].points > other.breakdown["degree"].points


# Experience


def test_it_rejects_too_little_experience_with_the_shortfall():
    short = person(experience=[{"title": "Analyst", "start": "2024-08", "end": "2025-11"}])
    result = result_for(notice(), short)
    assert result.eligible is False
    assert result.unmet == (Reason("experience", "below_minimum", {"months": 16, "required_months": 24}),)
    assert result.hints == (Reason("experience", "more_experience", {"months": 8}),)
    assert words(result.unmet) == ("Experience: 1 year 4 months, at least 2 years required",)
    assert words(result.hints) == ("You need 8 months more experience",)


def test_it_says_how_many_whole_years_are_missing():
    result = result_for(
        notice(min_years_experience=3),
        person(experience=[{"title": "A", "start": "2023-12", "end": "2025-11"}]),
    )
    assert words(result.hints) == ("You need 1 more year of experience",)


def test_it_accepts_exactly_the_minimum():
    # The notice's essential line on defence planning needs evidence in the profile (matching.essentials).
    exact = person(experience=[{"title": "Defence planning analyst", "start": "2023-12", "end": None}])
    assert result_for(notice(), exact).eligible is True


def test_it_counts_experience_only_up_to_the_as_of_date():
    exact = person(experience=[{"title": "Analyst", "start": "2023-12", "end": None}])
    assert result_for(notice(), exact, as_of=date(2025, 10, 31)).eligible is False


def test_it_rewards_experience_beyond_the_minimum_up_to_a_cap():
    on_duties = "Reports on defence transformation and partnership programmes"

    def points(start, description=on_duties):
        candidate = person(
            experience=[{"title": "Analyst", "start": start, "end": None, "description": description}]
        )
        return result_for(notice(), candidate).breakdown["experience"].points

    full = result_for(notice(), person()).breakdown["experience"].weight
    assert points("2023-12") < points("2022-12") < points("2020-01") == points("2010-01") == full
    # Beyond the minimum, only months on the post's duties earn more.
    assert points("2010-01", description="Surgery") == points("2023-12", description="Surgery") < full


# Languages


@pytest.mark.parametrize(("english", "french"), [("V", "I"), ("I", "V"), ("VI", "III"), ("II", "VI")])
def test_it_accepts_the_official_languages_either_way_round(english, french):
    languages = [{"language": "English", "level": english}, {"language": "French", "level": french}]
    assert result_for(notice(), person(languages=languages)).eligible is True


def test_it_treats_a_missing_language_as_below_level_one():
    result = result_for(notice(), person(languages=[{"language": "English", "level": "VI"}]))
    assert result.eligible is False
    assert words(result.unmet) == ("Languages: French below I (not stated)",)
    assert words(result.hints) == ("Raise your French to level I",)


def test_it_advises_the_nearest_way_round():
    languages = [{"language": "English", "level": "IV"}, {"language": "French", "level": "I"}]
    result = result_for(notice(), person(languages=languages))
    assert words(result.unmet) == ("Languages: English below V (IV stated)",)
    assert words(result.hints) == ("Raise your English to level V",)


def test_it_requires_another_language_as_well():
    vacancy = notice(
        languages={**notice()["languages"], "requirements": [{"language": "Russian", "level": "IV"}]}
    )
    assert words(result_for(vacancy, person()).unmet) == ("Languages: Russian below IV (not stated)",)
    with_russian = person(languages=[*person()["languages"], {"language": "russian", "level": "IV"}])
    assert result_for(vacancy, with_russian).eligible is True


def test_it_requires_each_language_at_its_level():
    vacancy = notice(
        languages={
            "rule": "each",
            "requirements": [{"language": "English", "level": "IV"}, {"language": "French", "level": "III"}],
        }
    )
    assert words(result_for(vacancy, person()).unmet) == ("Languages: French below III (II stated)",)
    both = person(languages=[{"language": "English", "level": "IV"}, {"language": "French", "level": "III"}])
    assert result_for(vacancy, both).eligible is True


def test_it_compares_a_stanag_profile_skill_by_skill():
    vacancy = notice(languages={"rule": "none", "stanag": [{"language": "English", "slp": "3333"}]})
    good = person(languages=[{"language": "English", "level": "V", "stanag": "3343"}])
    weak = person(languages=[{"language": "English", "level": "V", "stanag": "3332"}])
    assert result_for(vacancy, good).eligible is True
    assert words(result_for(vacancy, weak).unmet) == ("Languages: English below SLP 3333 (SLP 3332 stated)",)


def test_it_bridges_a_nato_level_to_a_stanag_requirement_only_when_clearly_apart():
    vacancy = notice(languages={"rule": "none", "stanag": [{"language": "English", "slp": "3333"}]})
    native = result_for(vacancy, person())  # English V: about SLP 4 per skill, clearly above 3333
    assert native.eligible is True
    assert words(native.breakdown["languages"].notes) == (
        "Languages: English NATO level V meets SLP 3333 by the approximate bridge (about SLP 4 per skill)",
    )
    near = result_for(vacancy, person(languages=[{"language": "English", "level": "IV"}]))
    assert near.eligible is None
    assert "approximately SLP 3" in words(near.to_assess)[0]
    far = result_for(vacancy, person(languages=[{"language": "English", "level": "I"}]))
    assert far.eligible is False
    assert "clearly below" in words(far.unmet)[0]


def test_it_gives_more_language_points_above_the_minimum():
    def points(french):
        languages = [{"language": "English", "level": "V"}, {"language": "French", "level": french}]
        return result_for(notice(), person(languages=languages)).breakdown["languages"].points

    full = result_for(notice(), person()).breakdown["languages"].weight
    assert points("I") < points("III") < points("IV") == full


# Nationality


def test_it_rejects_a_non_member_nation_where_the_notice_is_restricted():
    result = result_for(notice(), person(nationality="Switzerland"))
    assert result.eligible is False
    assert words(result.unmet) == ("Nationality: Switzerland is not a NATO member state",)


def test_it_accepts_a_member_nation_by_alias():
    assert result_for(notice(), person(nationality="Turkey")).eligible is True


def test_it_ignores_nationality_where_the_notice_is_not_restricted():
    assert (
        result_for(notice(nationality_restricted=False), person(nationality="Switzerland")).eligible is True
    )


def test_it_leaves_an_unstated_nationality_to_be_assessed():
    assert result_for(notice(), person(nationality="")).eligible is None


# Criteria that only score


def test_it_never_decides_eligibility_on_competencies_or_desirables():
    result = result_for(notice(), person(competencies=[], skills=[], summary=""))
    assert result.eligible is True
    assert result.breakdown["competencies"].points == 0


def test_it_credits_competencies_by_rung():
    evidence = "Ran the joint logistics cell of 12 people from 5 nations in 2023"
    low = result_for(notice(), person(competencies=[{"name": "Teamwork", "rung": 1, "evidence": evidence}]))
    high = result_for(
        notice(),
        person(competencies=[{"name": "Teamwork and co-operation", "rung": 5, "evidence": evidence}]),
    )
    # Two competencies asked, one met in full: half the weight.
    half = high.breakdown["competencies"].weight / 2
    assert low.breakdown["competencies"].points < high.breakdown["competencies"].points == half


def test_it_matches_desirables_by_text_similarity():
    planner = result_for(notice(), person(skills=["NATO defence planning process"]))
    other = result_for(
        notice(), person(skills=["gardening"], experience=[{"title": "Gardener", "start": "2020-01"}])
    )
    assert planner.breakdown["desirable"].points > other.breakdown["desirable"].points


def test_it_credits_the_second_official_language_and_other_languages():
    more = person(languages=[{"language": "English", "level": "V"}, {"language": "French", "level": "IV"},
                             {"language": "German", "level": "IV"}])  # fmt: skip
    assert (
        result_for(notice(), more).breakdown["desirable"].points
        > result_for(notice(), person()).breakdown["desirable"].points
    )


def test_it_scores_relevance_from_experience_against_duties():
    relevant = result_for(notice(), person())
    chef = [{"title": "Chef", "start": "2020-01", "description": "Cooking"}]
    unrelated = result_for(notice(), person(experience=chef))
    nothing_in_common = result_for(
        notice(), person(experience=chef, education=[{"level": "master", "field": "Gastronomy"}], skills=[])
    )
    assert relevant.breakdown["relevance"].points > unrelated.breakdown["relevance"].points
    assert nothing_in_common.breakdown["relevance"].points == 0


def test_relevance_counts_keywords_in_skills_less_than_the_same_words_in_experience():
    duties = "Defence planning and force plans for the NATO Defence Planning Process"
    chef = [{"title": "Chef", "start": "2020-01", "description": "Cooking"}]
    listed = result_for(notice(), person(experience=chef, skills=[duties]))
    done = result_for(notice(), person(experience=[{**chef[0], "description": duties}], skills=[]))
    assert 0 < listed.breakdown["relevance"].points < done.breakdown["relevance"].points


def test_relevance_weighs_a_term_few_candidates_use_above_one_everyone_uses():
    """With a pool where everyone has done "planning" and few "NDPP"-like force planning, covering the rare
    term earns more than covering the common one (matching.pool)."""
    from matching.pool import TermPool
    from matching.text import terms

    vacancy = notice(accountabilities=["Budget planning", "Capability targets apportionment"], desirable=[])
    pool = TermPool(
        100, dict.fromkeys(terms("budget planning"), 95) | dict.fromkeys(terms("apportionment"), 3)
    )
    prepared = prepare_vacancy(vacancy, pool=pool)

    def relevance(description: str) -> float:
        profile = profile_from_import_json(person(experience=[{"title": "Officer", "start": "2015-01",
                                                               "description": description}], skills=[]))  # fmt: skip
        return score(prepared, profile, AS_OF).breakdown["relevance"].points

    assert relevance("Capability targets apportionment") > relevance("Budget planning") > 0


def test_it_leaves_out_a_criterion_the_notice_gives_nothing_for():
    result = result_for(notice(competencies=[], desirable=[]), person())
    assert result.breakdown["competencies"].weight == result.breakdown["desirable"].weight == 0


# Weights


def test_it_applies_weights_per_vacancy():
    weights = {
        "degree": 0,
        "experience": 100,
        "languages": 0,
        "competencies": 0,
        "desirable": 0,
        "relevance": 0,
    }
    long_experience = person(
        experience=[{"title": "A", "start": "2000-01", "description": "Reports on defence transformation"}]
    )
    assert result_for(notice(), long_experience, weights=weights).score == 100.0
    assert result_for(notice(), person(), weights=weights).score == pytest.approx(
        100 * (0.7 + 0.3 * 23 / 24), abs=0.1
    )


def test_it_keeps_default_weights_not_overridden():
    result = result_for(notice(), person(), weights={"experience": 50})
    assert result.breakdown["experience"].weight == 50
    assert result.breakdown["degree"].weight == DEFAULT_WEIGHTS["degree"]


@pytest.mark.parametrize("weights", [{"experience": -1}, {"luck": 5}, {"degree": 1.5}])
def test_it_rejects_bad_weights(weights):
    with pytest.raises(ValueError, match="weights"):
        prepare_vacancy(notice(), weights)


def test_it_scores_zero_when_every_weight_is_zero():
    assert result_for(notice(), person(), weights=dict.fromkeys(CRITERIA, 0)).score == 0.0


# Requirements


def test_it_tolerates_missing_optional_keys():
    requirements = VacancyRequirements.from_parse_json({"title": "Clerk"})
    assert requirements.degree.level == "none"
    assert result_for({"title": "Clerk"}, person()).eligible is True


def test_it_rejects_unreadable_requirements():
    with pytest.raises(RequirementsError, match="languages.high: 'VII'"):
        VacancyRequirements.from_parse_json(
            notice(languages={"rule": "one_high_other_low", "high": "VII", "low": "I"})
        )


def test_it_scores_a_prepared_profile_like_a_raw_one():
    prepared = prepare_vacancy(notice())
    profile = profile_from_import_json(person())
    assert score(prepared, profile, AS_OF) == score(prepared, prepare_profile(profile), AS_OF)


def test_it_scores_many_pairs_at_once_like_one_by_one():
    vacancies = [
        notice(),
        notice(languages={"rule": "each", "requirements": [{"language": "German", "level": "III"}],
                          "stanag": [{"language": "English", "slp": "3333"}]}, desirable=[]),
        notice(languages={"rule": "one_high_other_low", "high": "IV", "low": "II", "pair": ["English", "German"]}),
    ]  # fmt: skip
    people = [
        person(),
        person(id="bob", nationality="", languages=[{"language": "English", "level": "IV", "stanag": "3+332"},
                                                     {"language": "German", "level": "III"}]),
        person(id="carol", nationality="Austria", education=[], experience=[], competencies=[], skills=[]),
    ]  # fmt: skip
    one_by_one = [
        [score(prepare_vacancy(v), profile_from_import_json(p), AS_OF) for p in people] for v in vacancies
    ]
    profiles = [prepare_profile(profile_from_import_json(p)) for p in people]
    assert score_all([prepare_vacancy(v) for v in vacancies], profiles, AS_OF) == one_by_one
    assert score_many(prepare_vacancy(vacancies[0]), profiles, AS_OF) == list(
        zip(["alice", "bob", "carol"], one_by_one[0])
    )


# Ranking


def verdict(eligible, value) -> MatchResult:
    return MatchResult(eligible, value, (), (), (), {})


def test_it_ranks_eligible_then_to_be_assessed_then_not_eligible():
    ranked = rank([("a", verdict(False, 99)), ("b", verdict(None, 80)), ("c", verdict(True, 10))])
    assert [cid for cid, _ in ranked] == ["c", "b", "a"]


def test_it_ranks_by_score_within_a_verdict():
    ranked = rank([("a", verdict(True, 50)), ("b", verdict(True, 70.5)), ("c", verdict(True, 60))])
    assert [cid for cid, _ in ranked] == ["b", "c", "a"]


def test_it_breaks_ties_by_candidate_id_as_text():
    ranked = rank(
        [
            ("b", verdict(True, 50)),
            ("10", verdict(True, 50)),
            ("a", verdict(True, 50)),
            ("9", verdict(True, 50)),
        ]
    )
    assert [cid for cid, _ in ranked] == ["10", "9", "a", "b"]


def test_experience_written_in_another_language_than_the_notice_earns_half_the_relevance_to_be_judged():
    """Words of Polish cannot show what an English notice asks: neither shown nor refuted, half the points
    and a reason that says so; an English profile is judged by its words, a French notice reads French."""
    from matching.prepared import written_in

    polish = [{"title": "Starszy referent", "organisation": "Ministerstwo", "start": "2012-01",
               "description": "Przygotowywanie stanowisk na posiedzenia komitetów i udział w pracach nad celami "
                              "dla Polski."}]  # fmt: skip
    assert written_in(polish[0]["description"]) == "other"
    found = result_for(notice(), person(experience=polish, skills=[]))
    relevance = found.breakdown["relevance"]
    assert relevance.points == relevance.weight / 2
    assert "another language" in str(relevance.reason)
    # Words of the domain's work vocabulary are read in their language (reference.work_words): defence
    # planning and capabilities in Polish show what the notice asks, and earn by it.
    planning = [{**polish[0], "description": "Planowanie obronne i cele zdolności dla Polski."}]
    read = result_for(notice(), person(experience=planning, skills=[])).breakdown["relevance"]
    assert read.points > relevance.points and "another language" not in str(read.reason)
    # English words that have nothing to do with the post still earn what they show.
    cooking = [{"title": "Chef", "start": "2012-01",
                "description": "Cooking lunches and dinners for guests of the restaurant every day of the week."}]  # fmt: skip
    chef = result_for(notice(), person(experience=cooking, skills=[])).breakdown["relevance"]
    assert chef.points < relevance.points and "another language" not in str(chef.reason)
    # The same English cooking profile against a notice written in French: its words cannot show either.
    french = notice(
        essential=[
            "être titulaire d'un diplôme universitaire",
            "avoir au moins deux ans d'expérience en planification",
        ],
        accountabilities=[
            "Planifier les capacités de défense et préparer les réunions des comités de l'OTAN."
        ],
    )
    assert result_for(french, person(experience=cooking, skills=[])).breakdown["relevance"].points >= 17.5
