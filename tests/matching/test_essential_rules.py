"""Issue 14's rules for the essentials: SLP by the bridge, STANAG-only profiles, no language points where
none is asked, named nations, required fields of study, experience conditions."""

from datetime import date

from candidates.profile import profile_from_import_json
from matching.reasons import describe
from matching.requirements import (
    DegreeRequirement,
    ExperienceCondition,
    LanguageRequirements,
    VacancyRequirements,
)
from matching.scoring import prepare_vacancy, score

AS_OF = date(2026, 6, 1)


def person(**changes) -> dict:
    candidate = {
        "id": "c1",
        "nationality": "Belgium",
        "education": [{"level": "master", "field": "Computer Science"}],
        "experience": [
            {"title": "Engineer", "organisation": "Acme", "start": "2016-01", "end": None,
             "description": "Network engineering"},
        ],
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
    }  # fmt: skip
    return {**candidate, **changes}


def result(requirements: VacancyRequirements, candidate: dict):
    return score(prepare_vacancy(requirements), profile_from_import_json(candidate), AS_OF)


def words(reasons) -> list[str]:
    return [describe(r) for r in reasons]


# STANAG 6001 only


def test_a_stanag_profile_alone_is_read_and_compared_skill_by_skill():
    profile = profile_from_import_json(person(languages=[{"language": "English", "stanag": "3333"}]))
    assert profile.languages[0].roman == "IV"  # implied by the bridge from the weakest skill
    stanag = LanguageRequirements(rule="none", stanag=(_slp("English", "3333"),))
    assert result(VacancyRequirements(languages=stanag), person(languages=[{"language": "English", "stanag": "3333"}])).eligible is True  # fmt: skip
    low = result(
        VacancyRequirements(languages=stanag), person(languages=[{"language": "English", "stanag": "3322"}])
    )
    assert low.eligible is False


def _slp(language, text):
    from matching.requirements import StanagRequirement
    from reference.stanag import StanagProfile

    return StanagRequirement(language, StanagProfile.parse(text))


# Languages not asked


def test_languages_earn_nothing_where_the_notice_asks_for_none():
    vacancy = VacancyRequirements(min_years_experience=2, languages=LanguageRequirements(rule="none"))
    plain = result(vacancy, person(languages=[{"language": "English", "level": "III"}]))
    fluent = result(vacancy, person(languages=[{"language": "English", "level": "VI"}, {"language": "French", "level": "VI"}]))  # fmt: skip
    assert fluent.breakdown["languages"].weight == 0
    assert fluent.score == plain.score


# Named nations


def test_only_the_named_nations_are_eligible():
    vacancy = VacancyRequirements(
        nationality_restricted=True, nationalities=("Belgium", "Denmark", "Norway", "Poland")
    )
    assert result(vacancy, person(nationality="BE")).eligible is True  # a code compares too
    assert result(vacancy, person(nationality="Belgium")).eligible is True
    other = result(vacancy, person(nationality="France"))
    assert other.eligible is False
    assert words(other.unmet) == [
        "Nationality: France is not among the nations named (Belgium, Denmark, Norway, Poland)"
    ]
    assert result(vacancy, person(nationality="")).eligible is None


# Required fields of study

ENGINEERING = VacancyRequirements(
    degree=DegreeRequirement(
        "university", ("electrical engineering", "computer science", "a closely related discipline"), (), True
    )
)


def test_a_required_field_is_met_by_a_close_field_assessed_for_a_related_one_not_met_otherwise():
    assert result(ENGINEERING, person()).eligible is True
    related = result(ENGINEERING, person(education=[{"level": "master", "field": "Mathematics and Data"}]))
    assert related.eligible is None
    assert "may be related" in words(related.to_assess)[0]
    unrelated = result(
        ENGINEERING, person(education=[{"level": "master", "field": "Business Administration"}])
    )
    assert unrelated.eligible is False
    assert words(unrelated.unmet)[0].startswith("Degree: Business Administration is not a field asked")


def test_a_preferred_field_decides_nothing():
    preferred = VacancyRequirements(
        degree=DegreeRequirement("university", ("electrical engineering",), (), False)
    )
    assert result(preferred, person(education=[{"level": "master", "field": "Business Administration"}])).eligible is True  # fmt: skip


# Experience conditions

HQ = VacancyRequirements(
    min_years_experience=6,
    experience_conditions=(ExperienceCondition(6, "operational planning"), ExperienceCondition(3, "an operational headquarters")),
)  # fmt: skip


def test_only_entries_meeting_a_condition_count_toward_it():
    in_hq = person(experience=[
        {"title": "Planner", "organisation": "Ministry of Defence", "start": "2014-01", "end": "2020-12", "description": "Plans"},
        {"title": "Planner", "organisation": "Joint Force Command Brunssum", "start": "2021-01", "end": None, "description": "Plans"},
    ])  # fmt: skip
    assert result(HQ, in_hq).eligible is True
    nowhere = person(experience=[
        {"title": "Planner", "organisation": "Ministry of Defence", "start": "2014-01", "end": None, "description": "Plans"},
    ])  # fmt: skip
    outcome = result(HQ, nowhere)
    assert outcome.eligible is False
    assert words(outcome.unmet) == [
        "Experience (an operational headquarters): none, at least 3 years required"
    ]


def test_a_condition_is_to_be_assessed_where_the_entries_say_too_little():
    silent = person(experience=[{"title": "Officer", "start": "2014-01", "end": None}])
    outcome = result(HQ, silent)
    assert outcome.eligible is None
    assert "to be assessed" in words(outcome.to_assess)[0]


def test_a_main_requirement_gained_somewhere_counts_only_there():
    vacancy = VacancyRequirements(
        min_years_experience=6,
        experience_conditions=(
            ExperienceCondition(6, "financial management, gained in a government department or an international organisation"),
        ),
    )  # fmt: skip
    private = person(
        experience=[{"title": "Accountant", "organisation": "Deloitte", "start": "2014-01", "end": None}]
    )
    assert result(vacancy, private).eligible is False
    public = person(experience=[{"title": "Accountant", "organisation": "Ministry of Finance", "start": "2014-01", "end": None}])  # fmt: skip
    assert result(vacancy, public).eligible is True
    # A main context that says nothing of where counts every month, as before.
    plain = VacancyRequirements(min_years_experience=6, experience_conditions=(ExperienceCondition(6, "financial management"),))  # fmt: skip
    assert result(plain, private).eligible is True


def test_a_broad_field_is_met_by_any_discipline_it_holds_in_a_member_nations_words():
    broad = VacancyRequirements(degree=DegreeRequirement("university", ("engineering",), (), True))
    for field in ("Dr.-Ing. Maschinenbau", "Mechanika i budowa maszyn", "Electronics", "Civil Engineering"):
        assert result(broad, person(education=[{"level": "master", "field": field}])).eligible is True, field
    # Asked beside a narrower one, the broad word adds nothing: a civil engineer is not an electrical one.
    narrow = VacancyRequirements(
        degree=DegreeRequirement("university", ("electrical engineering",), (), True)
    )
    civil = result(narrow, person(education=[{"level": "master", "field": "Civil Engineering"}]))
    assert civil.eligible is not True


def test_a_degree_under_the_same_broad_discipline_as_the_field_asked_is_assessed_not_refused():
    """A civil engineer (in Italian) or an electrical one for "mechanical engineering or a closely related
    discipline" is plausibly related: a person decides. A business degree stays unrelated. (An aerospace
    engineer is read as mechanical, in Italian as in English: ``reference.disciplines``.)"""
    mechanical = VacancyRequirements(
        degree=DegreeRequirement(
            "university", ("mechanical engineering", "a closely related discipline"), (), True
        )
    )
    for field in ("Laurea magistrale in Ingegneria Civile", "Electrical Engineering"):
        found = result(mechanical, person(education=[{"level": "master", "field": field}]))
        assert found.eligible is None, field
        assert any(r.kind == "field_to_assess" for r in found.to_assess), field
    business = result(mechanical, person(education=[{"level": "master", "field": "Business Administration"}]))
    assert business.eligible is False


def test_a_field_the_notice_names_in_words_the_engine_cannot_place_is_assessed():
    unplaced = VacancyRequirements(degree=DegreeRequirement("university", ("zoötechnics",), (), True))
    found = result(unplaced, person(education=[{"level": "master", "field": "Business Administration"}]))
    assert found.eligible is None


def test_a_main_requirement_in_public_sector_work_counts_only_public_sector_months():
    vacancy = VacancyRequirements(
        min_years_experience=7,
        experience_conditions=(ExperienceCondition(7, "external public-sector audit (financial, compliance or performance)"),),
    )  # fmt: skip
    firm = person(experience=[{"title": "Senior auditor", "organisation": "Deloitte", "start": "2010-01", "end": None,
                               "description": "Audits of listed companies"}])  # fmt: skip
    assert result(vacancy, firm).eligible is False
    # Supreme audit institutions are public bodies under their own names.
    for office in (
        "Bundesrechnungshof",
        "Cour des comptes",
        "Najwyższa Izba Kontroli",
        "Algemene Rekenkamer",
    ):
        auditor = person(experience=[{"title": "Auditor", "organisation": office, "start": "2010-01", "end": None,
                                      "description": "Performance audits of ministries"}])  # fmt: skip
        assert result(vacancy, auditor).eligible is True, office


def test_government_and_defence_bodies_are_known_by_their_names_in_member_nations():
    vacancy = VacancyRequirements(
        min_years_experience=4,
        experience_conditions=(
            ExperienceCondition(4, "analysis of the information environment"),
            ExperienceCondition(2, "a government, military or international organisation"),
        ),
    )
    for body in (
        "Úrad vlády SR",
        "Forsvarskommandoen",
        "Kancelaria Prezesa Rady Ministrów",
        "Försvarsmakten",
    ):
        analyst = person(experience=[{"title": "Analyst", "organisation": body, "start": "2015-01", "end": None,
                                      "description": "Analysis of the information environment"}])  # fmt: skip
        assert result(vacancy, analyst).eligible is not False, body


def test_a_line_is_asked_by_its_core_not_by_the_particulars_it_dwells_on():
    """ "Knowledge of ITIL (v3 or 4), in particular incident, problem ... management": an ITIL certificate of any
    version shows it; a profile with nothing of ITIL does not."""
    line = "Knowledge of ITIL (v3 or 4), in particular incident, problem, request fulfilment and change management"
    vacancy = VacancyRequirements(essential=(line,))

    def status(**changes) -> str:
        essentials = result(vacancy, person(**changes)).essentials
        return next(e.status for e in essentials if e.text == line)

    assert status(skills=["ITIL 4 Foundation", "ServiceNow"]) == "met"
    assert status(skills=["ITIL v3 Expert"]) == "met"
    assert status(skills=["Excel"]) == "to_assess"
