"""The fast reader of import lines (candidates.import_lines) gives what the careful path gives: the same
profile, or the same error with the same message, on ordinary, odd and broken lines."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from candidates import import_lines
from candidates.import_lines import read_line
from candidates.profile import profile_from_import_json
from candidates.synthetic import synthetic_profiles
from reference.data import DEFAULT_REFERENCE, ReferenceData


def careful(line: str, reference: ReferenceData = DEFAULT_REFERENCE):
    """What the slower path gives: ("ok", profile) or (the exception's type, its message)."""
    try:
        return "ok", profile_from_import_json(json.loads(line), reference)
    except ValueError as error:  # ProfileError and json.JSONDecodeError
        return type(error), str(error)


def fast(line: str, reference: ReferenceData = DEFAULT_REFERENCE):
    try:
        return "ok", read_line(line, reference)
    except ValueError as error:
        return type(error), str(error)


def test_ordinary_lines_take_the_fast_path_and_give_the_same_profiles():
    for profile in synthetic_profiles(2000, seed=11):
        line = json.dumps(profile, ensure_ascii=False)
        # The typed path itself, without the fallback: it must read every ordinary line.
        taken = import_lines._profile(import_lines._decode(line), DEFAULT_REFERENCE)
        assert taken == careful(line)[1]
        assert fast(line) == careful(line)


@pytest.mark.parametrize(
    "line",
    [
        "", "   ", "{", "[1, 2]", '"text"', "null", "{} x", "\ufeff{}", "{'id': 1}",
        '{"id": "a", "nationality": NaN}', '{"id": "a", "summary": "\\ud800"}',
        '{"id": "a", "id": "b"}', '{"id": 1, "id": ""}', '{"id": "", "id": 7}',
        '{"id": 123456789012345678901234567890}', '{"id": 1.0}', '{"id": true}', '{"id": "  "}',
        '{"id": "a", "skills": ["x", 1]}', '{"id": "a", "skills": "x"}', '{"id": "a", "skills": [" ", " y "]}',
        '{"id": "a", "military_staff_college": null}', '{"id": "a", "military_staff_college": 1}',
        '{"id": "a", "education": [{"level": "master", "year": 2020.0}]}',
        '{"id": "a", "education": [{"level": "master", "year": true}]}',
        '{"id": "a", "education": [{"level": "master", "year": 1899}]}',
        '{"id": "a", "education": [{"level": "Master"}]}', '{"id": "a", "education": [{}]}',
        '{"id": "a", "education": {"level": "master"}}', '{"id": "a", "education": ["master"]}',
        '{"id": "a", "experience": [{"title": "T", "start": "2020-13"}]}',
        '{"id": "a", "experience": [{"title": "T", "start": "2020-01\\n"}]}',
        '{"id": "a", "experience": [{"title": "T", "start": "2020-05", "end": "2020-04"}]}',
        '{"id": "a", "experience": [{"title": " ", "start": "2020-05"}]}',
        '{"id": "a", "experience": [{"title": "T", "start": 202005}]}',
        '{"id": "a", "languages": [{"language": "english", "level": "V"}, {"language": "ENGLISH ", "level": "I"}]}',
        '{"id": "a", "languages": [{"language": "  old   church slavonic ", "level": "II"}]}',
        '{"id": "a", "languages": [{"language": "English", "stanag": "3322"}]}',
        '{"id": "a", "languages": [{"language": "English", "level": "", "stanag": "4443"}]}',
        '{"id": "a", "languages": [{"language": "English", "stanag": 3322}]}',
        '{"id": "a", "languages": [{"language": "English", "level": "V", "stanag": "99"}]}',
        '{"id": "a", "languages": [{"language": "English", "level": 5}]}',
        '{"id": "a", "languages": [{"language": "", "level": "V"}]}',
        '{"id": "a", "competencies": [{"name": "teamwork", "level_text": "Solicits inputs"}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork", "level_text": "gardening on Sundays"}]}',
        '{"id": "a", "competencies": [{"name": "Juggling", "level_text": "three balls"}]}',
        '{"id": "a", "competencies": [{"name": "Juggling", "rung": 9}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork", "rung": 99}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork", "rung": 0}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork", "rung": true}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork"}]}',
        '{"id": "a", "competencies": [{"name": "Teamwork", "rung": 2, "evidence": "' + "x" * 1001 + '"}]}',
        '{"id": "a", "nationality": " turkey ", "unknown": {"deep": [1, 2, NaN]}}',
    ],
)  # fmt: skip
def test_odd_and_broken_lines_give_the_same_profile_or_the_same_message(line):
    assert fast(line) == careful(line)


TEXT = st.one_of(
    st.sampled_from(["", " ", "  x  ", "Teamwork", "teamwork ", "Analytical thinking", "Juggling", "turkey",
                     "Belgium", "BELGIUM", "Ukraine", "English", "french", "V", "II", "vi", "3322", "4443",
                     "2020-01", "2019-12", "2020-13", "1999-07", "master", "bachelor", "secondary",
                     "Solicits inputs", "Sees multiple relationships", "Checks own work"]),
    st.text(max_size=12),
)  # fmt: skip
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-3, 2200), st.floats(allow_nan=False), TEXT)


def mostly(usual, *odd):
    """Usually a value of the usual kind (most lines are read), now and then another (the careful path)."""
    return st.integers(0, 24).flatmap(lambda n: usual if n else st.one_of(*odd, SCALAR))


def entry(required=(), **fields):
    """An object with the fields named in required (missing ones are among the odd lines above), and
    any of the others."""
    return st.fixed_dictionaries({name: fields.pop(name) for name in required}, optional=fields)


def some(strategy):
    return mostly(st.lists(strategy, max_size=3))


def pick(*values):
    return st.sampled_from(values)


NAME = mostly(pick("Anna Novak", " Jo ", "", "Zoë Ødegård"), TEXT)
EDUCATION = entry(
    ["level"],
    level=mostly(pick("secondary", "bachelor", "master", "doctorate"), TEXT),
    field=mostly(pick("Law", " Political Science ", ""), TEXT), institution=NAME,
    year=mostly(st.integers(1900, 2100), st.integers(1890, 2110)),
)  # fmt: skip
EXPERIENCE = entry(
    ["title", "start"],
    title=mostly(pick("Analyst", " Officer "), pick("", " ")),
    start=mostly(pick("2010-01", "2015-06", "2020-12"), pick("2020-13", "2020-1", "2020-01\n")),
    end=mostly(st.one_of(st.none(), pick("2021-01", "2024-03")), pick("2009-12", "2021-1")),
    organisation=NAME, description=NAME,
)  # fmt: skip
LANGUAGE = entry(
    ["language", "level"],
    language=mostly(pick("English", "french", "german", "Old  Church Slavonic"), pick(" FRENCH ", "", " ")),
    level=mostly(pick("I", "II", "III", "IV", "V", "VI"), pick("", "vi", "7")),
    stanag=mostly(st.one_of(st.none(), pick("", "3322", "4443")), pick("2+2+11", "99"), st.integers(1000, 5555)),
)  # fmt: skip
COMPETENCY = entry(
    ["name"],
    name=mostly(pick("Teamwork", "teamwork", "Analytical Thinking", "Initiative"), pick("Juggling", "", " ")),
    rung=mostly(st.one_of(st.none(), st.integers(1, 5)), st.integers(-1, 9)),
    level_text=mostly(pick("", "Solicits inputs", "Sees multiple relationships"), pick("gardening", " ")),
    evidence=mostly(pick("", "Ran the PARP working group"), pick("x" * 1001)),
)  # fmt: skip
LINE = entry(
    ["id"],
    id=mostly(st.one_of(pick("c1", " c2 "), st.integers()), pick("", " "), st.booleans()),
    name=NAME, email=NAME, summary=NAME,
    nationality=mostly(pick("Belgium", " turkey ", "UKRAINE", "Türkiye", ""), TEXT),
    military_staff_college=mostly(st.booleans()),
    education=some(EDUCATION), experience=some(EXPERIENCE), languages=some(LANGUAGE),
    competencies=some(COMPETENCY), skills=some(mostly(pick("PARP", " budget ", " "), TEXT)),
)  # fmt: skip


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINE, st.booleans())
def test_generated_lines_give_the_same_profile_or_the_same_message(obj, ascii_only):
    line = json.dumps(obj, ensure_ascii=ascii_only)
    assert fast(line) == careful(line)


def test_another_reference_is_read_with_its_own_names():
    reference = ReferenceData(
        nation_aliases={"flanders": "Belgium"}, competency_aliases={"team work": "Teamwork"}
    )
    line = '{"id": "a", "nationality": "Flanders", "competencies": [{"name": "Team work", "rung": 2}]}'
    assert fast(line, reference) == careful(line, reference)
    assert fast(line, reference)[1].nationality == "Belgium"
    assert fast(line)[1].nationality == careful(line)[1].nationality == "Flanders"
