"""Adding to a profile never lowers the score nor worsens the verdict (eligible > to assess > not)."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from candidates.profile import profile_from_import_json
from matching.scoring import prepare_vacancy, score

AS_OF = date(2025, 11, 1)
LEVELS = ("I", "II", "III", "IV", "V", "VI")
DEGREES = ("none", "secondary", "bachelor", "master", "doctorate")
LANGUAGES = ("English", "French", "German", "Russian")
COMPETENCIES = ("Teamwork", "Initiative", "Analytical Thinking", "Achievement")
FIELDS = ("International Relations", "Political Science", "Chemistry", "Law", "")
WORDS = ("defence planning", "NATO Defence Planning Process", "procurement", "policy analysis", "reports",
         "partnership programmes", "gardening", "capability development", "customer service",
         "Joint Force Command operational headquarters",
         # Experience that shows a rung's behaviour (matching.claims): Analytical Thinking 4, Achievement 4.
         "complex plans and analyses", "improved the performance of the unit")  # fmt: skip
# A competency's evidence: none, a restatement of the rung (not evidence), what the person did.
EVIDENCE = ("", "Teamwork: solicits inputs", "Ran the PARP working group of 9 nations through the 2024 cycle")

BASE = {
    "degree": {"level": "university", "fields": ["political science", "international relations"],
               "alternatives": ["military_staff_college"]},
    "min_years_experience": 3,
    "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"]},
    "competencies": [{"name": "Teamwork", "rung": 3}, {"name": "Initiative", "rung": 3},
                     {"name": "Achievement", "level_text": "Creates own measures of excellence and improves performance"},
                     {"name": "Analytical Thinking", "rung": 5}],
    "nationality_restricted": True,
    "essential": ["experience in defence planning and capability development"],
    "desirable": ["higher level of the NATO's second official language", "knowledge of other NATO languages",
                  "knowledge of the NATO Defence Planning Process", "customer service mindset"],
    "accountabilities": ["Prepare reports on partnership programmes and procurement policy"],
}  # fmt: skip
VACANCIES = [
    prepare_vacancy(BASE),
    prepare_vacancy({**BASE, "degree": {"level": "master", "alternatives": ["equivalent_qualification"]}}),
    prepare_vacancy(
        {
            **BASE,
            "languages": {
                "rule": "each",
                "requirements": [
                    {"language": "English", "level": "IV"},
                    {"language": "Russian", "level": "III"},
                ],
                "stanag": [{"language": "French", "slp": "2222"}],
            },
        }
    ),  # fmt: skip
    prepare_vacancy(
        {**BASE, "languages": {"rule": "none"}, "min_years_experience": None, "desirable": []},
        weights={"relevance": 40},
    ),  # fmt: skip
    # Issue 14: a required field, named nations, an experience condition, an SLP against NATO levels.
    prepare_vacancy(
        {
            **BASE,
            "degree": {
                "level": "university",
                "fields": ["political science", "law"],
                "fields_required": True,
            },
            "nationalities": ["Belgium", "Norway"],
            "min_years_experience": 3,
            "experience_conditions": [
                {"years": 3, "context": "defence planning"},
                {"years": 1, "context": "an operational headquarters"},
            ],
            "languages": {"rule": "none", "stanag": [{"language": "English", "slp": "3333"}]},
        }
    ),  # fmt: skip
]


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


@st.composite
def experiences(draw):
    start_year, start_month = draw(st.integers(2000, 2026)), draw(st.integers(1, 12))
    length = draw(st.none() | st.integers(0, 120))
    end = None
    if length is not None:
        end_index = start_year * 12 + start_month - 1 + length
        end = month(end_index // 12, end_index % 12 + 1)
    return {"title": draw(st.sampled_from(WORDS)), "start": month(start_year, start_month), "end": end,
            "description": draw(st.sampled_from(WORDS))}  # fmt: skip


@st.composite
def candidates(draw):
    languages = draw(st.lists(st.sampled_from(LANGUAGES), unique=True, max_size=4))
    return {
        "id": "c",
        "nationality": draw(st.sampled_from(["Belgium", "Switzerland", "", "turkey", "NO"])),
        "education": draw(
            st.lists(
                st.fixed_dictionaries({"level": st.sampled_from(DEGREES), "field": st.sampled_from(FIELDS)}),
                max_size=2,
            )
        ),
        "military_staff_college": draw(st.booleans()),
        "experience": draw(st.lists(experiences(), max_size=3)),
        "languages": [
            {
                "language": name,
                "level": draw(st.sampled_from(LEVELS)),
                **(
                    {"stanag": draw(st.sampled_from(["1111", "2222", "3+3+2+2+"]))}
                    if draw(st.booleans())
                    else {}
                ),
            }
            for name in languages
        ],  # fmt: skip
        "competencies": [
            {"name": name, "rung": draw(st.integers(1, 5)), "evidence": draw(st.sampled_from(EVIDENCE))}
            for name in draw(st.lists(st.sampled_from(COMPETENCIES), unique=True, max_size=3))
        ],
        "skills": draw(st.lists(st.sampled_from(WORDS), max_size=3)),
        "summary": draw(st.sampled_from(["", "defence policy", "cooking"])),
    }


VERDICT_ORDER = {True: 0, None: 1, False: 2}


def assert_never_worse(before: dict, after: dict) -> None:
    # The first education a profile states may decide a degree that silence left to be assessed (a
    # secondary school for a university post: not met); it never turns eligible into anything else.
    deciding = not before["education"] and bool(after["education"])
    for prepared in VACANCIES:
        old = score(prepared, profile_from_import_json(before), AS_OF)
        new = score(prepared, profile_from_import_json(after), AS_OF)
        assert new.score >= old.score, (old, new)
        if deciding:
            assert old.eligible is not True or new.eligible is True, (old, new)
        else:
            assert VERDICT_ORDER[new.eligible] <= VERDICT_ORDER[old.eligible], (old, new)
        for name, criterion in new.breakdown.items():
            assert criterion.points >= old.breakdown[name].points - 1e-9, name


@settings(max_examples=150, deadline=None)
@given(candidates(), st.sampled_from(DEGREES), st.sampled_from(FIELDS))
def test_it_never_penalises_an_added_degree(candidate, level, field):
    after = {**candidate, "education": [*candidate["education"], {"level": level, "field": field}]}
    assert_never_worse(candidate, after)


@settings(max_examples=150, deadline=None)
@given(candidates())
def test_it_never_penalises_attending_a_staff_college(candidate):
    assert_never_worse(
        {**candidate, "military_staff_college": False}, {**candidate, "military_staff_college": True}
    )


@settings(max_examples=150, deadline=None)
@given(candidates(), experiences())
def test_it_never_penalises_an_added_experience_entry(candidate, entry):
    assert_never_worse(candidate, {**candidate, "experience": [*candidate["experience"], entry]})


@settings(max_examples=150, deadline=None)
@given(candidates(), st.integers(0, 2), st.integers(1, 60), st.booleans())
def test_it_never_penalises_more_months_in_a_post(candidate, which, months, to_current):
    if not candidate["experience"]:
        return
    entries = [dict(x) for x in candidate["experience"]]
    entry = entries[which % len(entries)]
    if entry["end"] is None:
        return
    if to_current:
        entry["end"] = None
    else:
        year, m = map(int, entry["end"].split("-"))
        index = year * 12 + m - 1 + months
        entry["end"] = month(index // 12, index % 12 + 1)
    assert_never_worse(candidate, {**candidate, "experience": entries})


@settings(max_examples=200, deadline=None)
@given(candidates(), st.sampled_from(LANGUAGES), st.integers(1, 5))
def test_it_never_penalises_a_higher_or_added_language_level(candidate, language, steps):
    languages = [dict(x) for x in candidate["languages"]]
    existing = next((x for x in languages if x["language"] == language), None)
    if existing is None:
        languages.append({"language": language, "level": LEVELS[min(5, steps - 1)]})
    else:
        existing["level"] = LEVELS[min(5, LEVELS.index(existing["level"]) + steps)]
    assert_never_worse(candidate, {**candidate, "languages": languages})


@settings(max_examples=150, deadline=None)
@given(candidates(), st.sampled_from(COMPETENCIES), st.integers(1, 4))
def test_it_never_penalises_a_higher_or_added_competency_rung(candidate, name, steps):
    claims = [dict(x) for x in candidate["competencies"]]
    existing = next((x for x in claims if x["name"] == name), None)
    if existing is None:
        claims.append({"name": name, "rung": min(5, steps)})
    else:
        existing["rung"] = min(5, existing["rung"] + steps)
    assert_never_worse(candidate, {**candidate, "competencies": claims})


@settings(max_examples=150, deadline=None)
@given(candidates(), st.sampled_from(COMPETENCIES), st.sampled_from(EVIDENCE[1:]))
def test_it_never_penalises_evidence_given_for_a_competency(candidate, name, evidence):
    claims = [dict(x) for x in candidate["competencies"]]
    existing = next((x for x in claims if x["name"] == name), None)
    if existing is None:
        return
    existing["evidence"] = " ".join([existing["evidence"], evidence]).strip()  # more words, never fewer
    assert_never_worse(candidate, {**candidate, "competencies": claims})


@settings(max_examples=100, deadline=None)
@given(candidates(), st.integers(1, 5), st.integers(1, 3))
def test_it_never_penalises_a_rung_claimed_above_the_one_experience_shows(candidate, rung, steps):
    # The entry shows Analytical Thinking's rung 4, "Makes complex plans or analyses" (matching.claims).
    shows = {
        "title": "Planner",
        "start": "2015-01",
        "end": "2020-12",
        "description": "complex plans and analyses",
    }
    others = [x for x in candidate["competencies"] if x["name"] != "Analytical Thinking"]
    before = {**candidate, "experience": [*candidate["experience"], shows],
              "competencies": [*others, {"name": "Analytical Thinking", "rung": rung}]}  # fmt: skip
    after = {
        **before,
        "competencies": [*others, {"name": "Analytical Thinking", "rung": min(6, rung + steps)}],
    }
    assert_never_worse(before, after)


@settings(max_examples=150, deadline=None)
@given(candidates(), st.sampled_from(COMPETENCIES), st.integers(1, 5))
def test_it_never_penalises_an_added_claim_with_or_without_evidence(candidate, name, rung):
    if any(x["name"] == name for x in candidate["competencies"]):
        return
    for evidence in EVIDENCE:
        claims = [*candidate["competencies"], {"name": name, "rung": rung, "evidence": evidence}]
        assert_never_worse(candidate, {**candidate, "competencies": claims})


@settings(max_examples=150, deadline=None)
@given(candidates(), st.sampled_from(WORDS) | st.text(min_size=1, max_size=30))
def test_it_never_penalises_an_added_skill(candidate, skill):
    assert_never_worse(candidate, {**candidate, "skills": [*candidate["skills"], skill]})
