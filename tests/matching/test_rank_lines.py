"""The rank command's JSON lines written fast (``_Lines``: parts encoded once per outcome, essentials once
per distinct item, reasons worded once per reason) are the lines worded and encoded afresh
(``careful_line``), byte for byte (issue 18 point 4): on the graded sets' notices and candidates and a
synthetic pool, in English and in French; and the command writes them."""

import datetime as dt
import gc
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from candidates.import_lines import read_line
from candidates.synthetic import synthetic_profiles
from matching.criteria import Sentence
from matching.essentials import Essential
from matching.management.commands.rank import _Lines, careful_line, read_vacancy
from matching.pool import TermPool
from matching.scoring import essential_json, prepare_profile, prepare_vacancy, rank, score_many
from reference.data import DEFAULT_REFERENCE

DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


def ranked_pool(notice: Path, lines: list[str]):
    profiles = [prepare_profile(read_line(line, DEFAULT_REFERENCE)) for line in lines]
    vacancy = prepare_vacancy(read_vacancy(notice), pool=TermPool.of(profiles))
    names = {p.id: p.profile.name for p in profiles}
    return rank(score_many(vacancy, profiles, dt.date(2025, 12, 1))), names


def pools():
    synthetic = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(600, seed=11)]
    for candidates in sorted(DATA.glob("quality*/candidates/*.jsonl"))[:6]:
        notice = candidates.parent.parent / "notices" / f"{candidates.stem}.txt"
        if notice.exists():
            yield (
                notice,
                [line for line in candidates.read_text(encoding="utf-8").splitlines() if line.strip()],
            )
    yield DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt", synthetic


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_fast_lines_are_the_careful_lines(language):
    checked = 0
    with translation.override(language):
        for notice, lines in pools():
            # Ranked twice, so that each result's essentials are worked out by each path.
            ranked, names = ranked_pool(notice, lines)
            again, _ = ranked_pool(notice, lines)
            fast = _Lines().line
            for position, ((candidate_id, result), (_, same)) in enumerate(zip(ranked, again), start=1):
                line = fast(position, candidate_id, names[candidate_id], result)
                assert line == careful_line(position, candidate_id, names[candidate_id], same)
                checked += 1
    assert checked > 700


def test_the_command_writes_the_careful_lines(tmp_path):
    notice = DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"
    lines = [json.dumps(p, ensure_ascii=False) for p in synthetic_profiles(300, seed=12)]
    people = tmp_path / "people.jsonl"
    people.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = StringIO()
    call_command("rank", "--vacancy", str(notice), "--candidates", str(people), "--as-of", "2025-12-01", "--json",
                 stdout=out)  # fmt: skip
    ranked, names = ranked_pool(notice, lines)
    expected = [careful_line(i, c, names[c], r) for i, (c, r) in enumerate(ranked, start=1)]
    assert out.getvalue().splitlines() == expected
    assert gc.isenabled()  # the collector, paused for the run, runs again


def test_the_command_leaves_a_paused_collector_paused(files_for_gc):
    gc.disable()
    try:
        call_command(
            "rank", "--vacancy", files_for_gc[0], "--candidates", files_for_gc[1], "--json", stdout=StringIO()
        )
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.fixture
def files_for_gc(tmp_path):
    people = tmp_path / "people.jsonl"
    people.write_text(json.dumps(synthetic_profiles(3, seed=14)[0]) + "\n", encoding="utf-8")
    return str(DATA / "quality" / "notices" / "is-dpp-capability-targets-officer.txt"), str(people)


def test_an_essential_item_is_kept_only_when_its_values_are_texts():
    lines = _Lines()
    items = [Essential("a", "met", 1), Essential("a", "met", True)]
    assert lines._essentials(items) == json.dumps([essential_json(e) for e in items], ensure_ascii=False)
    assert lines._essentials(items[::-1]) == json.dumps(
        [essential_json(e) for e in items[::-1]], ensure_ascii=False
    )
    texts = [Essential('é \\ " \n \u2028 \x7f', "met", "English VI")]
    expected = json.dumps([essential_json(e) for e in texts], ensure_ascii=False)
    assert lines._essentials(texts) == lines._essentials(texts) == expected


@pytest.mark.parametrize("language", ["en", "fr"])
def test_sentences_worded_once_per_message_and_values_read_as_worded_afresh(language):
    """``Sentence.worded`` keeps the words by message and values: each sentence of the outcomes of a pool
    reads as its message translated and filled afresh."""
    from django.utils.translation import gettext

    with translation.override(language):
        checked = set()
        for notice, lines in pools():
            ranked, _ = ranked_pool(notice, lines[:200])
            for _, result in ranked:
                for outcome in result.breakdown.values():
                    sentence = outcome.reason
                    if isinstance(sentence, Sentence) and id(sentence) not in checked:
                        checked.add(id(sentence))
                        fresh = gettext(sentence.message)
                        if sentence.values:
                            fresh %= {k: str(v) for k, v in sentence.values.items()}
                        assert sentence.worded(language) == fresh
        assert len(checked) > 200


@pytest.mark.parametrize("language", ["en", "fr"])
def test_durations_kept_per_language_read_as_worded_afresh(language):
    from django.utils.translation import ngettext

    from matching.criteria import _duration_now

    def afresh(months: int) -> str:
        years, rest = divmod(months, 12)
        parts = [ngettext("%(n)d year", "%(n)d years", years) % {"n": years}] if years else []
        if rest or not years:
            parts.append(ngettext("%(n)d month", "%(n)d months", rest) % {"n": rest})
        return " ".join(parts)

    with translation.override("en" if language == "fr" else "fr"):
        [_duration_now(months) for months in range(0, 400, 7)]  # kept in the other language first
    with translation.override(language):
        for months in range(400):
            assert _duration_now(months) == _duration_now(months) == afresh(months)
