"""Match results and scoring runs in the admin: readable, filterable, and never editable."""

import pytest

from candidates.models import Education, LanguageSkill
from matching.models import MatchResult, ScoringChunk, ScoringRun
from matching.rescoring import plan_run
from tests.factories import CandidateFactory
from tests.security.support import scored

pytestmark = pytest.mark.django_db

MATCHES = "/admin/matching/matchresultrecord/"  # the results, keyed vacancy-candidate (a view)
RUNS = "/admin/matching/scoringrun/"


def test_a_match_result_cannot_be_changed_added_or_deleted(ada, alice, vacancy, client_for):
    match = scored(vacancy, alice.candidate, score=70.0)
    client = client_for(ada)
    page_url = f"{MATCHES}{match.vacancy_id}-{match.candidate_id}/"
    page = client.get(f"{page_url}change/").content.decode()
    assert 'name="_save"' not in page
    response = client.post(f"{page_url}change/", {"score": "100", "verdict": "0"})
    assert response.status_code == 403
    assert client.get(f"{MATCHES}add/").status_code == 403
    assert client.post(f"{page_url}delete/", {"post": "yes"}).status_code == 403
    match.refresh_from_db()
    assert (match.score, match.verdict) == (70.0, MatchResult.Verdict.ELIGIBLE)


def test_its_breakdown_is_a_table_with_the_reasons_escaped(ada, alice, vacancy, client_for):
    # The words are the engine's, worked out when read: alice's field of study comes back in the degree's
    # reason, her French (not stated) as an unmet reason and a hint.
    Education.objects.filter(candidate=alice.candidate).update(field="<script>alert(1)</script>")
    LanguageSkill.objects.filter(candidate=alice.candidate, language="French").delete()
    match = scored(vacancy, alice.candidate, score=80.0)
    page = client_for(ada).get(f"{MATCHES}{match.vacancy_id}-{match.candidate_id}/change/").content.decode()
    assert "<th>Criterion</th><th>Points</th><th>Weight</th><th>Reason</th>" in page
    assert "<tr><td>experience</td><td>" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    assert "<li>Languages: French below I (not stated)</li>" in page
    assert "<li>Raise your French to level I</li>" in page


def test_it_lists_fresh_and_stale_scores_by_verdict(ada, alice, vacancy, client_for):
    hanna = CandidateFactory(name="Hanna Berg", external_id="hr-7")
    scored(vacancy, alice.candidate, score=88.0)
    scored(vacancy, hanna, score=40.0)
    MatchResult.objects.filter(candidate=hanna).update(verdict=MatchResult.Verdict.NOT_ELIGIBLE)
    hanna.bump_profile_version()
    client = client_for(ada)

    def names(**params) -> set[str]:
        return {str(match.candidate) for match in client.get(MATCHES, params).context["cl"].result_list}

    assert names() == {"Alice Martin", "Hanna Berg"}
    assert names(fresh="no") == {"Hanna Berg"}
    assert names(fresh="yes") == {"Alice Martin"}
    assert names(verdict__exact=MatchResult.Verdict.ELIGIBLE) == {"Alice Martin"}
    assert names(vacancy__id__exact=vacancy.pk) == {"Alice Martin", "Hanna Berg"}
    assert names(q="hr-7") == {"Hanna Berg"}
    assert names(q="martin") == {"Alice Martin"}
    page = client.get(MATCHES).content.decode()
    assert 'alt="False"' in page and 'alt="True"' in page  # the fresh column


def test_a_scoring_run_shows_its_progress_and_chunks_read_only(settings, ada, vacancy, client_for):
    settings.SCORING_CHUNK_SIZE = 1
    candidates = [CandidateFactory(), CandidateFactory()]
    run = plan_run(reason="test", blocks=[([vacancy.pk], [c.pk for c in candidates])])
    ScoringChunk.objects.filter(pk=run.chunks.order_by("pk").first().pk).update(status="done")
    client = client_for(ada)
    assert "1 of 2 pairs (50%)" in client.get(RUNS).content.decode()
    page = client.get(f"{RUNS}{run.pk}/change/")
    assert "1 of 2 pairs (50%)" in page.content.decode()
    [chunks] = page.context["inline_admin_formsets"]
    assert len(chunks.formset.forms) == 2 and not chunks.has_add_permission
    assert client.post(f"{RUNS}{run.pk}/change/", {"reason": "changed"}).status_code == 403
    assert ScoringRun.objects.get().reason == "test"
