"""Shortlist rows are rendered once per state and reused: what a row shows must never be out of date."""

import pytest
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.utils.html import escape

from candidates.models import Candidate
from candidates.services import profile_changed
from matching.models import MatchResult
from matching.reasons import describe_all
from matching.services import score_pairs, upsert_results
from recruiting import generations, services
from tests.recruiting.shortlist_html import row_of, table

pytestmark = pytest.mark.django_db


def test_a_rendered_row_is_kept_and_reused_across_filters(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    hanna = candidates["hanna"]
    [row] = [r for r in everyone_rows(client, vacancy) if r.candidate_id == hanna.pk]
    everyone = table(client, vacancy)  # the same table again: kept whole (recruiting.generations)
    # The row is kept per state and language.
    kept = cache.get(make_template_fragment_key("shortlist-row", [row.fingerprint, "en-gb"]))
    assert kept and "Hanna Berg" in kept and kept in everyone
    # The same row under a filter, at another rank: the kept cells, with the rank drawn fresh around them.
    eligible = table(client, vacancy, "verdict=eligible&sort=-score")
    assert kept in row_of(eligible, hanna)


def everyone_rows(client, vacancy):
    return client.get(f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true").context_data["rows"]


def test_a_stage_a_rating_and_blind_review_show_at_once(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    hanna = candidates["hanna"]
    assert '<option value="new" selected>' in row_of(table(client, vacancy), hanna)
    services.move_candidates(vacancy, [hanna.pk], "interview", by=rita)
    row = row_of(table(client, vacancy), hanna)
    assert '<option value="interview" selected>' in row and '<option value="new" selected>' not in row
    services.rate(vacancy, hanna.pk, 4, by=rita)
    assert "4.0★" in row_of(table(client, vacancy), hanna)
    services.rate(vacancy, hanna.pk, 2, by=rita)  # the same rating changed: same row count, new average
    assert "2.0★" in row_of(table(client, vacancy), hanna)
    jonas = candidates["jonas"]
    assert "Jonas Weber" in row_of(table(client, vacancy), jonas)
    services.set_blind_review(vacancy, blind_review=True, reveal_stage="interview")
    vacancy.refresh_from_db()
    page = table(client, vacancy)
    assert "Jonas Weber" not in row_of(page, jonas) and f"Candidate #{jonas.pk}" in row_of(page, jonas)
    assert "Hanna Berg" in row_of(page, hanna)  # at interview: revealed


def test_a_new_score_and_a_new_name_show_at_once(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    lena = candidates["lena"]
    before = row_of(table(client, vacancy), lena)
    assert "<strong>31</strong>" in before  # the fixture's score, not the engine's
    Candidate.objects.filter(pk=lena.pk).update(name="Lena Kovač")
    profile_changed(Candidate.objects.get(pk=lena.pk))
    stale = row_of(table(client, vacancy), lena)
    assert "Lena Kovač" in stale and ">updating</span>" in stale
    upsert_results(score_pairs([vacancy.pk], [lena.pk]))  # what the worker does: the engine's result
    result = MatchResult.objects.get(vacancy=vacancy, candidate=lena)
    fresh = row_of(table(client, vacancy), lena)
    assert ">updating</span>" not in fresh and result.score != 31
    assert f"<strong>{result.score:.0f}</strong>" in fresh
    for part in result.breakdown.values():
        if part["weight"]:
            assert escape(part["reason"]) in fresh
    for line in describe_all(result.unmet_reasons):
        assert escape(line) in fresh


def test_a_row_rescored_to_the_same_result_keeps_its_rendering_and_a_changed_one_does_not(
    client_for, rita, vacancy, candidates
):
    """A rescoring rewrites every result (new ``computed_at``); most come out the same, and their rows are not
    rendered again, so that pages under a rescoring stay cheap (issue 16, point 10)."""
    client = client_for(rita)
    hanna = candidates["hanna"]
    [before] = [r for r in everyone_rows(client, vacancy) if r.candidate_id == hanna.pk]
    upsert_results(score_pairs([vacancy.pk], [hanna.pk]))
    [scored] = [r for r in everyone_rows(client, vacancy) if r.candidate_id == hanna.pk]
    upsert_results(score_pairs([vacancy.pk], [hanna.pk]))  # the same profile and notice: the same result
    [again] = [r for r in everyone_rows(client, vacancy) if r.candidate_id == hanna.pk]
    assert again.computed_at > scored.computed_at and again.fingerprint == scored.fingerprint
    assert scored.fingerprint != before.fingerprint  # the engine's result differs from the fixture's
    # Any change the row shows makes a new one: a criterion's points, an essential's status, a line a
    # recruiter settled, a new notice or profile version (the words are worked out from these).
    for change in (
        {"relevance_points": again.relevance_points + 1},
        {"criteria": again.criteria ^ 1},
        {"line_statuses": again.line_statuses ^ 1},
        {"decided_lines": again.decided_lines ^ 1},
        {"profile_version": again.profile_version + 1},
    ):
        MatchResult.objects.filter(pk=again.pk).update(**change)
        generations.bump([vacancy.pk])  # as every writer does (a raw update stands for one here)
        [changed] = [r for r in everyone_rows(client, vacancy) if r.candidate_id == hanna.pk]
        assert changed.fingerprint != again.fingerprint
