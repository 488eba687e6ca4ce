"""The shortlist page: ranking, filters, sorting, paging, stale rows, the chart, and its query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from applications.models import Application
from applications.services import add_to_pipeline, move_to_stage
from candidates.models import Candidate, Experience, LanguageSkill
from candidates.services import profile_changed
from matching.models import MatchResult
from recruiting import generations
from recruiting.queries import ShortlistCounts, criterion_chips

from .conftest import scored_candidates

pytestmark = pytest.mark.django_db


def names_in(response) -> list[str]:
    return [row.label for row in response.context_data["rows"]]


def test_it_ranks_eligible_first_then_to_assess_then_the_rest(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/")
    assert response.status_code == 200
    assert names_in(response) == ["Hanna Berg", "Jonas Weber", "Lena Novak"]
    page = response.content.decode()
    assert "<html" in page and 'id="shortlist-table"' in page
    assert "Languages: French below I (not stated)" in page  # Lena's unmet essential, in her row
    assert 'class="chip chip-ok" title="Master&#x27;s in International Relations' in page


def test_htmx_answers_the_table_only(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/?verdict=eligible", HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "<html" not in page and page.lstrip().startswith('<section id="shortlist-table"')
    assert names_in(response) == ["Hanna Berg"]
    assert 'id="shortlist-filters"' not in page


def test_a_history_restore_gets_the_whole_page(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(
        f"/recruiting/{vacancy.pk}/?verdict=eligible",
        HTTP_HX_REQUEST="true",
        HTTP_HX_HISTORY_RESTORE_REQUEST="true",
    )
    assert "<html" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("verdict=eligible", ["Hanna Berg"]),
        ("verdict=eligible_or_assess", ["Hanna Berg", "Jonas Weber"]),
        ("min_score=60", ["Hanna Berg", "Jonas Weber"]),
        ("language=french&language_level=V", ["Jonas Weber"]),
        ("language=English&language_level=IV", ["Hanna Berg", "Jonas Weber", "Lena Novak"]),
        ("language=english&language_level=V", ["Hanna Berg", "Jonas Weber"]),
        ("nationality=slovenia", ["Lena Novak"]),
        ("nationality=SI", ["Lena Novak"]),  # stored as a code: the code finds her too
        ("q=jonas", ["Jonas Weber"]),
        ("q=defence planning", ["Hanna Berg"]),  # a skill
        ("q=policy officer", ["Hanna Berg", "Jonas Weber"]),  # an experience title
        ("sort=name", ["Hanna Berg", "Jonas Weber", "Lena Novak"]),
        ("sort=-score", ["Lena Novak", "Jonas Weber", "Hanna Berg"]),
        ("stage=screened", ["Hanna Berg"]),
        ("min_score=500", ["Hanna Berg", "Jonas Weber", "Lena Novak"]),  # invalid: ignored, shown as an error
    ],
)
def test_the_filters(client_for, rita, vacancy, candidates, query, expected):
    move_to_stage(Application.objects.filter(candidate=candidates["hanna"]), "screened", by=rita)
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/?{query}")
    assert names_in(response) == expected


def test_sorting_by_experience_points(client_for, rita, vacancy, candidates):
    from matching.models import MatchResult

    MatchResult.objects.filter(candidate=candidates["lena"]).update(experience_points=250)  # 25.0
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/?sort=points:experience")
    assert names_in(response) == ["Lena Novak", "Hanna Berg", "Jonas Weber"]


def test_the_filter_form_keeps_its_values_and_links_keep_the_filters(client_for, rita, vacancy, candidates):
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/?verdict=eligible&min_score=50").content.decode()
    assert 'name="min_score" value="50"' in page
    assert f'href="/recruiting/{vacancy.pk}/export.csv?verdict=eligible&amp;min_score=50"' in page
    assert 'hx-push-url="true"' in page and 'method="get"' in page


def test_it_pages_fifty_at_a_time(client_for, rita, vacancy):
    scored_candidates(vacancy, 60)
    client = client_for(rita)
    first = client.get(f"/recruiting/{vacancy.pk}/?sort=name")
    assert len(first.context_data["rows"]) == 50 and "page 1 of 2" in first.content.decode()
    second = client.get(f"/recruiting/{vacancy.pk}/?sort=name&page=2", HTTP_HX_REQUEST="true")
    assert names_in(second)[0] == "Candidate 050" and len(second.context_data["rows"]) == 10
    assert "?sort=name&amp;page=1" in second.content.decode()
    assert client.get(f"/recruiting/{vacancy.pk}/?page=99").status_code == 200  # the last page


def test_stale_rows_are_marked_updating(client_for, rita, vacancy, candidates):
    candidates["jonas"].bump_profile_version()
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/")
    stale = {row.label: row.stale for row in response.context_data["rows"]}
    assert stale == {"Hanna Berg": False, "Jonas Weber": True, "Lena Novak": False}
    assert response.content.decode().count(">updating</span>") == 1
    assert response.context_data["counts"].stale == 1


def test_the_chart_counts_every_scored_candidate(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/?verdict=eligible")
    page = response.content.decode()
    assert "<svg" in page and "Scores of 3 candidates" in page
    assert "Score 80-89: 1 eligible, 0 not (yet) eligible" in page
    assert "Languages: 1 of 3 candidates miss it" in page
    assert "the filters below do not apply to them" in page


def test_the_figures_follow_new_rescored_and_removed_results(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    url = f"/recruiting/{vacancy.pk}/"
    assert client.get(url).context_data["counts"] == ShortlistCounts(
        scored=3, eligible=1, to_assess=1, stale=0
    )
    scored_candidates(vacancy, 2, start=1)  # two more, eligible
    assert client.get(url).context_data["counts"].scored == 5
    MatchResult.objects.filter(candidate=candidates["lena"]).update(verdict=2, computed_at=timezone.now())
    generations.bump([vacancy.pk])  # as every writer does (a raw update stands for one here)
    assert client.get(url).context_data["counts"].eligible == 4
    candidates["jonas"].delete()  # erased: his score goes with him
    assert client.get(url).context_data["counts"] == ShortlistCounts(
        scored=4, eligible=4, to_assess=0, stale=0
    )


def test_a_changed_profile_counts_as_updating_before_it_is_rescored(client_for, rita, vacancy, candidates):
    client = client_for(rita)
    url = f"/recruiting/{vacancy.pk}/"
    assert client.get(url).context_data["counts"].stale == 0
    profile_changed(candidates["jonas"])  # bumps the version and plans a rescoring
    assert client.get(url).context_data["counts"].stale == 1


def test_the_chart_refreshes_on_its_own(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(
        f"/recruiting/{vacancy.pk}/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="score-chart"
    )
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="score-chart"') and "<html" not in page


def test_a_vacancy_without_scores_says_so(client_for, rita, vacancy):
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "Nobody has applied for this vacancy yet." in page


def _queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "query", ["", "?verdict=eligible&q=policy&language=English&language_level=III&sort=name"]
)
def test_the_number_of_queries_does_not_grow_with_the_rows(client_for, rita, vacancy, query):
    client = client_for(rita)
    url = f"/recruiting/{vacancy.pk}/{query}"
    scored_candidates(vacancy, 5)
    few = _queries_for(client, url)
    for candidate in scored_candidates(vacancy, 45, start=5)[:10]:
        add_to_pipeline(vacancy, [candidate], by=rita)
    many = _queries_for(client, url)
    assert few == many
    # The page's fixed cost: the tabs' counts add one each, and whether a rescoring runs (the counts and the
    # charts are then read every few seconds) one for the charts and one for the tabs.
    assert _queries_for(client, url.replace("/?", "/?x=1&")) <= 14


def test_the_htmx_table_costs_a_handful_of_queries(client_for, rita, vacancy, django_assert_max_num_queries):
    scored_candidates(vacancy, 50)
    client = client_for(rita)
    # The rows, then their words worked out again in one batch (matching.services.explain_results), with the
    # term pool snapshot in use (one query: its id).
    with django_assert_max_num_queries(21):
        client.get(f"/recruiting/{vacancy.pk}/?verdict=eligible", HTTP_HX_REQUEST="true")


def test_hostile_names_are_escaped_in_the_table(client_for, rita, vacancy, candidates):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(name="<script>alert(1)</script>")
    Experience.objects.filter(candidate=candidates["hanna"]).update(title="<img src=x onerror=alert(2)>")
    LanguageSkill.objects.filter(candidate=candidates["hanna"], language="French").update(
        language="<b>French</b>"
    )
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_failed_essential_is_red_and_equal_points_look_alike(client_for, rita, vacancy):
    breakdown = {
        "experience": {
            "points": 14.0,
            "weight": 25,
            "reason": "4 years of experience, at least 5 years required",
        },
        "competencies": {"points": 5.6, "weight": 15, "reason": "a"},
        "degree": {"points": 6.4, "weight": 15, "reason": "b"},
    }
    chips = {c.criterion: c.css for c in criterion_chips(breakdown, ["experience"])}
    # 14/25 alone would be amber; 5.6 and 6.4 both show as "6/15", so they get the same colour.
    assert chips == {"experience": "chip-bad", "competencies": "chip-warn", "degree": "chip-warn"}

    [lena] = scored_candidates(
        vacancy, 1, start=36
    )  # 36 % 3 == 0: not eligible, unmet experience and languages
    row = client_for(rita).get(f"/recruiting/{vacancy.pk}/").context_data["rows"][0]
    assert row.candidate_id == lena.pk and row.verdict == 0
    assert {c.criterion: c.css for c in row.chips}["experience"] == "chip-bad"


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ("", "3 candidates."),
        ("verdict=eligible", "1 candidate matches the filters."),
        ("min_score=60", "2 candidates match the filters."),
    ],
)
def test_it_counts_the_rows_in_words_that_agree(client_for, rita, vacancy, candidates, query, count):
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/?{query}").content.decode()
    assert count in " ".join(page.split())
