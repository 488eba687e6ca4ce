"""The rank command needs neither database nor Celery: no django_db mark here."""

import datetime as dt
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

NOTICES = Path(__file__).resolve().parents[2] / "vacancies" / "fixtures" / "notices"

VACANCY = {
    "file": "officer.txt",
    "title": "Officer",
    "degree": {"level": "university", "fields": ["international relations"], "alternatives": []},
    "min_years_experience": 2,
    "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"],
                  "requirements": [], "stanag": [], "raw": []},
    "competencies": [{"name": "Teamwork", "level_text": "Co-operates", "rung": 1}],
    "nationality_restricted": True,
    "essential": [],
    "desirable": ["knowledge of the NATO Defence Planning Process"],
    "missing": [],
}  # fmt: skip


def candidate(
    cid: str, *, degree="master", start="2015-01", english="V", french="II", nationality="Belgium"
) -> dict:
    return {
        "id": cid, "name": f"Person {cid}", "email": f"{cid}@example.org", "nationality": nationality,
        "education": [{"level": degree, "field": "International Relations", "institution": "", "year": 2010}],
        "military_staff_college": False,
        "experience": [{"title": "Defence Planner", "organisation": "MoD", "start": start, "end": None,
                        "description": "NATO Defence Planning Process: military force plans, financial, staffing and procurement planning; foreign and defence policy, security sector transformation and reform; international affairs"}],
        "languages": [{"language": "English", "level": english}, {"language": "French", "level": french}],
        "competencies": [{"name": "Teamwork", "rung": 2}], "skills": [], "summary": "",
    }  # fmt: skip


@pytest.fixture
def files(tmp_path):
    def write(vacancy, lines: list, name="vacancy.json"):
        vacancy_path = tmp_path / name
        vacancy_path.write_text(
            vacancy if isinstance(vacancy, str) else json.dumps(vacancy), encoding="utf-8"
        )
        people = tmp_path / "people.jsonl"
        people.write_text(
            "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n",
            encoding="utf-8",
        )
        return str(vacancy_path), str(people)

    return write


def run(vacancy: str, people: str, *extra: str) -> tuple[list[dict], str]:
    out, err = StringIO(), StringIO()
    call_command("rank", "--vacancy", vacancy, "--candidates", people, "--as-of", "2025-11-01", "--json", *extra,
                 stdout=out, stderr=err)  # fmt: skip
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_it_ranks_eligible_then_to_assess_then_not_eligible(files):
    lines = [
        candidate("carol", nationality="Switzerland"),  # not eligible
        candidate("alice"),  # eligible, long experience
        candidate("bob", start="2023-06"),  # eligible, less experience
        candidate("dave", nationality=""),  # to be assessed
    ]
    ranked, err = run(*files(VACANCY, lines))
    assert err == ""
    assert [r["id"] for r in ranked] == ["alice", "bob", "dave", "carol"]
    assert [r["rank"] for r in ranked] == [1, 2, 3, 4]
    assert [r["eligible"] for r in ranked] == [True, True, None, False]
    assert ranked[3]["unmet"] == ["Nationality: Switzerland is not a NATO member state"]


def test_it_writes_the_documented_keys(files):
    (first,), _ = run(*files(VACANCY, [candidate("alice")]))
    assert {"id", "rank", "eligible", "score", "unmet", "breakdown"} <= set(first)
    assert set(first["breakdown"]) == {
        "degree",
        "experience",
        "languages",
        "competencies",
        "desirable",
        "relevance",
    }
    assert set(first["breakdown"]["degree"]) == {"points", "weight", "reason"}
    assert 0 <= first["score"] <= 100


def test_it_reports_a_broken_line_and_ranks_the_rest(files):
    broken = candidate("bob")
    broken["experience"][0]["start"] = "2020-13"
    lines = [candidate("alice"), broken, "{not json", "", candidate("carol")]
    ranked, err = run(*files(VACANCY, lines))
    assert [r["id"] for r in ranked] == ["alice", "carol"]
    assert "line 2: experience[0].start: '2020-13' is not a YYYY-MM month" in err
    assert "line 3: not valid JSON" in err


def test_it_reports_a_repeated_id(files):
    ranked, err = run(*files(VACANCY, [candidate("alice"), candidate("alice")]))
    assert len(ranked) == 1
    assert "line 2: id 'alice' already used on line 1" in err


def test_it_breaks_ties_by_id(files):
    ranked, _ = run(*files(VACANCY, [candidate("b"), candidate("a"), candidate("c")]))
    assert [r["id"] for r in ranked] == ["a", "b", "c"]


def test_it_reads_the_first_line_of_a_json_lines_vacancy(files):
    text = json.dumps(VACANCY) + "\n" + json.dumps({**VACANCY, "min_years_experience": 30}) + "\n"
    ranked, _ = run(*files(text, [candidate("alice")], name="vacancies.jsonl"))
    assert ranked[0]["eligible"] is True


def test_it_prints_a_table_without_json(files):
    vacancy, people = files(VACANCY, [candidate("alice"), candidate("carol", english="II")])
    out = StringIO()
    call_command("rank", "--vacancy", vacancy, "--candidates", people, stdout=out, stderr=StringIO())
    table = out.getvalue().splitlines()
    assert "alice" in table[1] and "eligible" in table[1]
    assert "carol" in table[2] and "not eligible" in table[2]


def test_it_refuses_an_unreadable_vacancy(files):
    with pytest.raises(CommandError, match="degree.level"):
        run(*files({**VACANCY, "degree": {"level": "phd"}}, [candidate("alice")]))


def test_it_ranks_against_a_seed_notice(files, tmp_path):
    notice = NOTICES / "nato-dicb-country-coordinator.txt"
    _, people = files(VACANCY, [candidate("alice", start="2015-01"), candidate("bob", start="2024-01")])
    ranked, err = run(str(notice), people)
    assert err == ""
    assert [r["id"] for r in ranked] == ["alice", "bob"]
    # The DICB notice asks for 5 years from an international organisation or a national administration: bob's
    # 1 year 11 months fall short, said once (the condition's sentence says where they count).
    assert ranked[0]["eligible"] is True
    shortfalls = [u for u in ranked[1]["unmet"] if u.startswith("Experience")]
    assert len(shortfalls) == 1 and shortfalls[0].endswith("at least 5 years required")


def test_it_writes_every_essential_with_its_status_and_evidence(files):
    vacancy = {
        **VACANCY,
        "essential": ["have experience in maritime search and rescue coordination", "be available to travel"],
    }
    (first,), _ = run(*files(vacancy, [candidate("alice")]))
    essentials = {e["text"]: e for e in first["essentials"]}
    assert all(set(e) == {"text", "status", "evidence"} for e in first["essentials"])
    logistics = essentials["have experience in maritime search and rescue coordination"]
    assert (logistics["status"], logistics["evidence"]) == (
        "to_assess",
        "Nothing in the profile speaks to it",
    )
    assert essentials["be available to travel"]["status"] == "to_assess"
    # Criteria the notice sets in its fields but in no essential line are accounted for too.
    statuses = {
        e["text"].split(":")[0]: e["status"]
        for e in first["essentials"]
        if e["text"].startswith("Nationality")
    }
    assert statuses == {"Nationality": "met"}


def test_an_essential_without_evidence_leaves_the_verdict_to_be_assessed(files):
    vacancy = {**VACANCY, "essential": ["have experience in maritime search and rescue coordination"]}
    logistician = candidate("bob")
    logistician["experience"][0]["description"] = "Coordinated maritime search and rescue operations"
    ranked, _ = run(*files(vacancy, [candidate("alice"), logistician]))
    assert [(r["id"], r["eligible"]) for r in ranked] == [("bob", True), ("alice", None)]
    assert ranked[0]["essentials"][0]["status"] == "met"
    assert ranked[0]["essentials"][0]["evidence"] == "Defence Planner, MoD"


def the_slower_path(vacancy_path: str, people_path: str) -> tuple[str, str]:
    """What rank --json wrote before its lines were read by candidates.import_lines and its reasons put
    into words once each: every line by json.loads and profile_from_import_json, every reason described."""
    from candidates.profile import ProfileError, profile_from_import_json
    from matching.management.commands.rank import read_vacancy
    from matching.pool import TermPool
    from matching.reasons import describe_all
    from matching.scoring import prepare_profile, prepare_vacancy, rank, score_many
    from reference.data import DEFAULT_REFERENCE

    out, err, seen, profiles = [], [], {}, []
    for number, line in enumerate(Path(people_path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            profile = profile_from_import_json(json.loads(line), DEFAULT_REFERENCE)
        except json.JSONDecodeError as error:
            err.append(f"line {number}: not valid JSON ({error.msg} at column {error.colno})")
            continue
        except ProfileError as error:
            err.append(f"line {number}: {error}")
            continue
        if profile.id in seen:
            err.append(f"line {number}: id {profile.id!r} already used on line {seen[profile.id]}")
            continue
        seen[profile.id] = number
        profiles.append(prepare_profile(profile, DEFAULT_REFERENCE))
    # The pool counted the plain way: per term, the candidates whose words hold it, kept from two.
    used = {term: sum(term in p.experience_terms | p.other_terms for p in profiles)
            for term in set().union(*(p.experience_terms | p.other_terms for p in profiles))}  # fmt: skip
    pool = TermPool(len(profiles), {term: n for term, n in used.items() if n >= 2})
    prepared = prepare_vacancy(read_vacancy(Path(vacancy_path)), reference=DEFAULT_REFERENCE, pool=pool)
    names = {p.id: p.profile.name for p in profiles}
    for position, (candidate_id, result) in enumerate(
        rank(score_many(prepared, profiles, dt.date(2025, 11, 1))), start=1
    ):
        line = {
            "id": candidate_id, "rank": position, "name": names[candidate_id], "eligible": result.eligible,
            "score": result.score, "unmet": describe_all(result.unmet), "to_assess": describe_all(result.to_assess),
            "hints": describe_all(result.hints), "breakdown": result.breakdown_json(),
            "essentials": result.essentials_json(),
        }  # fmt: skip
        out.append(json.dumps(line, ensure_ascii=False))
    return "".join(f"{line}\n" for line in out), "".join(f"{line}\n" for line in err)


def test_its_output_is_the_slower_paths_byte_for_byte(files, tmp_path):
    """Varied people (the synthetic pool, the seed notice's candidates) and broken lines among them."""
    from candidates.synthetic import synthetic_profiles

    seeded = (Path(__file__).resolve().parents[2] / "bench" / "data" / "quality" / "candidates").glob(
        "*.jsonl"
    )
    lines = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(400, seed=7)]
    lines += [line for path in sorted(seeded) for line in path.read_text(encoding="utf-8").splitlines()]
    broken = ["{not json", '{"id": "x", "languages": [{"language": "English", "level": "VII"}]}', "[1]",
              '{"id": "demo-00001"}', '{"id": "y", "competencies": [{"name": "Teamwork", "level_text": "Solicits inputs"}]}',
              '{"id": " z ", "nationality": " turkey ", "languages": [{"language": " english ", "stanag": "3322"}]}', "NaN"]  # fmt: skip
    for n, line in enumerate(broken):
        lines.insert(37 * n + 5, line)
    notice = Path(__file__).resolve().parents[2] / "bench" / "data" / "quality" / "notices"
    for vacancy in [VACANCY, (notice / "is-dpp-capability-targets-officer.txt").read_text(encoding="utf-8")]:
        name = "vacancy.json" if isinstance(vacancy, dict) else "notice.txt"
        vacancy_path, people_path = files(vacancy, lines, name=name)
        out, err = StringIO(), StringIO()
        call_command("rank", "--vacancy", vacancy_path, "--candidates", people_path, "--as-of", "2025-11-01",
                     "--json", stdout=out, stderr=err)  # fmt: skip

        assert (out.getvalue(), err.getvalue()) == the_slower_path(vacancy_path, people_path)
        assert out.getvalue().count("\n") > 400 and err.getvalue().count("\n") >= 5


def test_it_words_a_post_asking_no_degree_for_a_person_who_states_none(files):
    # The breakdown lower-cases the person's education label, a translatable word itself.
    no_degree = {**VACANCY, "degree": {"level": "none", "fields": [], "alternatives": []}}
    person = {**candidate("a"), "education": []}
    ranked, _ = run(*files(no_degree, [person]))
    assert ranked[0]["breakdown"]["degree"]["reason"] == "No degree required; no education stated"


def test_a_notice_whose_requirements_cannot_be_read_leaves_everyone_to_be_assessed(files, tmp_path):
    # Nothing a parser can take for a requirement: no one may be called eligible on it unread.
    notice = tmp_path / "unread.txt"
    notice.write_text(
        "Operational Analyst\nJoint Centre, Lisbon\n\nThe post holder analyses operations and exercises.\n"
        "Closing date: 20 December 2026\n",
        encoding="utf-8",
    )
    _, people = files(VACANCY, [candidate("a")])
    ranked, _ = run(str(notice), people)
    assert ranked[0]["eligible"] is None
    unread = [e for e in ranked[0]["essentials"] if e["status"] == "to_assess"]
    assert unread[0]["text"] == "The notice's essential requirements: none could be read from it"
    # The same notice with a requirement the parser reads is judged as usual.
    notice.write_text(
        notice.read_text(encoding="utf-8") + "\nEssential:\n- A university degree\n", encoding="utf-8"
    )
    ranked, _ = run(str(notice), people)
    assert ranked[0]["eligible"] is True


def test_a_notice_read_only_in_part_leaves_everyone_to_be_assessed(files, tmp_path):
    # The notice asks for six years of experience in a paragraph the parser does not take for a requirement:
    # its parse says so ("years_not_read") and no one is called eligible on the degree and languages alone.
    notice = tmp_path / "half.txt"
    notice.write_text(
        "Officer, Defence Planning\nOrganisation: Defence Policy and Planning Division\n"
        "Closing date: 20 December 2026\n\nAbout the role\nThe Officer supports the planning process. You "
        "will bring at least six years' experience in defence planning.\n\nEssential\n"
        "- A university degree in international relations.\n- English: V (Advanced).\n",
        encoding="utf-8",
    )
    _, people = files(VACANCY, [candidate("a", start="2024-06")])
    ranked, _ = run(str(notice), people)
    assert ranked[0]["eligible"] is None
    lines = [e["text"] for e in ranked[0]["essentials"] if e["status"] == "to_assess"]
    assert "The notice's essential requirements: only part of them could be read from it" in lines
    # The same requirements read whole: the candidate's short experience makes them not eligible, as it should.
    notice.write_text(
        notice.read_text(encoding="utf-8").replace(
            "- English:", "- At least six years' experience in defence planning.\n- English:"
        ),
        encoding="utf-8",
    )
    ranked, _ = run(str(notice), people)
    assert ranked[0]["eligible"] is False
