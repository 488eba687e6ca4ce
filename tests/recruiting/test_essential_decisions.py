"""The essentials checklist on a candidate's detail, and a recruiter settling the lines "to be assessed":
the checklist and the verdicts come back in place (HTMX) or after a redirect (no JavaScript)."""

import pytest

from audit.models import AuditEntry
from matching.models import EssentialDecision, MatchResult, ScoringRun
from matching.services import score_rows
from matching.storage import upsert_results

pytestmark = pytest.mark.django_db

LOGISTICS = "Experience in logistics planning for deployed forces"
NATIONALITY = "Be a national of a NATO member state"
INTERVIEW = "Be able to communicate clearly"
DEGREE = "Hold a university degree"
JONAS_ESSENTIALS = [
    {"text": DEGREE, "status": "met", "evidence": "Master's in International Relations", "checkable": True,
     "criterion": "degree"},
    {"text": NATIONALITY, "status": "to_assess", "evidence": "Nationality: not stated", "checkable": True,
     "criterion": "nationality"},
    {"text": LOGISTICS, "status": "to_assess", "evidence": "", "checkable": True, "criterion": ""},
    {"text": INTERVIEW, "status": "met", "evidence": "Summary", "checkable": False, "criterion": ""},
]  # fmt: skip


@pytest.fixture
def jonas(vacancy, candidates):
    """Jonas, to be assessed: his nationality is not stated and his profile says nothing of logistics. The
    notice's lines are JONAS_ESSENTIALS' and his result is the engine's (its words worked out when read)."""
    vacancy.essential = [DEGREE, NATIONALITY, LOGISTICS, INTERVIEW]
    vacancy.nationality_restricted = True
    vacancy.save()
    rescore(vacancy, candidates["jonas"])
    return candidates["jonas"]


def rescore(vacancy, candidate):
    """The pair scored again in-process, as the pipeline would store it."""
    vacancy.refresh_from_db()
    MatchResult.objects.filter(vacancy=vacancy, candidate=candidate).update(
        vacancy_version=0, profile_version=0
    )
    upsert_results(score_rows([vacancy.pk], [candidate.pk]))


def url(vacancy, candidate, suffix=""):
    return f"/recruiting/{vacancy.pk}/candidates/{candidate.pk}/{suffix}"


def decide(client, vacancy, candidate, line, outcome, reason="", **headers):
    return client.post(
        url(vacancy, candidate, "essentials/"),
        {"line": line, "outcome": outcome, "reason": reason},
        **headers,
    )


def row_of(page: str, candidate) -> str:
    """A shortlist row's criteria cell: what is missing or open."""
    start = page.index(f'<div id="row-criteria-{candidate.pk}"')
    return page[start : page.index("</div>", start)]


def match_of(vacancy, candidate) -> MatchResult:
    return MatchResult.objects.get(vacancy=vacancy, candidate=candidate)


def test_the_detail_lists_every_essential_with_its_status_in_words(client_for, rita, vacancy, jonas):
    for headers in ({}, {"HTTP_HX_REQUEST": "true"}):
        page = client_for(rita).get(url(vacancy, jonas), **headers).content.decode()
        assert f'<section id="essentials-{jonas.pk}"' in page
        assert "2 lines to assess" in page
        assert 'chip-ok">Met</span>' in page and 'chip-warn">To be assessed</span>' in page
        assert "Shown by: Master&#x27;s in International Relations" in page  # the evidence
        assert "Why: Nationality: not stated" in page
        assert "Nothing in the profile speaks to it" in page  # the logistics line
        assert "Assessed at interview or test: it does not decide eligibility." in page
        # A form per line to assess, none for the others.
        assert page.count('name="outcome" value="met"') == 2
        assert f'<input type="hidden" name="line" value="{LOGISTICS}">' in page


def test_rita_settles_a_line_in_place_and_the_verdict_follows(client_for, rita, vacancy, jonas):
    client = client_for(rita)
    decide(
        client,
        vacancy,
        jonas,
        NATIONALITY,
        "met",
        "Belgian passport seen at interview",
        HTTP_HX_REQUEST="true",
    )
    response = decide(
        client, vacancy, jonas, LOGISTICS, "met", "Ran the port logistics of Split", HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver/recruiting/{vacancy.pk}/?verdict=eligible_or_assess",
    )  # fmt: skip

    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page
    assert page.lstrip().startswith(f'<section id="essentials-{jonas.pk}"')
    assert "Decided met by Rita Recruiter" in page and "<q>Ran the port logistics of Split</q>" in page
    assert "Undo the decision" in page and "lines to assess" not in page
    # The verdict, in the detail's head and in the shortlist's row, swapped out of band.
    assert (
        f'<span id="detail-verdict-{jonas.pk}" hx-swap-oob="true"><span class="chip chip-ok">Eligible' in page
    )
    assert f'<span id="row-verdict-{jonas.pk}" class="block" hx-swap-oob="true">' in page
    assert f'<div id="row-criteria-{jonas.pk}" hx-swap-oob="true">' in page
    assert "essentials-decided" in response["HX-Trigger"]  # the counts and charts refresh

    match = match_of(vacancy, jonas)
    assert match.verdict == MatchResult.Verdict.ELIGIBLE
    assert {e["status"] for e in match.essentials if e["checkable"]} == {"met"}
    assert match.open_to_assess_reasons == ()  # the nationality reason is answered


def test_on_the_candidates_own_page_only_its_verdict_is_swapped(client_for, rita, vacancy, jonas):
    page = decide(
        client_for(rita), vacancy, jonas, LOGISTICS, "met", "Seen", HTTP_HX_REQUEST="true",
        HTTP_HX_CURRENT_URL=f"http://testserver{url(vacancy, jonas)}",
    ).content.decode()  # fmt: skip
    assert f'id="detail-verdict-{jonas.pk}" hx-swap-oob="true"' in page
    assert "row-verdict" not in page and "row-criteria" not in page


def test_without_javascript_the_form_posts_and_comes_back_to_the_candidate(client_for, rita, vacancy, jonas):
    response = decide(client_for(rita), vacancy, jonas, LOGISTICS, "not_met", "No deployment at all")
    assert (
        response.status_code == 302
        and response["Location"] == url(vacancy, jonas) + f"#essentials-{jonas.pk}"
    )
    assert match_of(vacancy, jonas).verdict == MatchResult.Verdict.NOT_ELIGIBLE
    page = client_for(rita).get(url(vacancy, jonas)).content.decode()
    assert "Decided not met by Rita Recruiter" in page
    assert 'value="not_met" checked' in page  # the Change form starts from the decision


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
def test_a_decision_needs_a_reason_and_loses_nothing(client_for, rita, vacancy, jonas, htmx):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = decide(client_for(rita), vacancy, jonas, LOGISTICS, "met", "   ", **headers)
    assert response.status_code == (200 if htmx else 400)
    page = response.content.decode()
    assert (
        "Say in a few words why." in page and 'value="met" checked' in page and 'aria-invalid="true"' in page
    )
    assert not EssentialDecision.objects.exists()
    assert match_of(vacancy, jonas).verdict == MatchResult.Verdict.TO_ASSESS
    assert ("<html" in page) is not htmx

    response = decide(client_for(rita), vacancy, jonas, LOGISTICS, "", "Seen in the CV", **headers)
    page = response.content.decode()
    assert "Choose met or not met." in page and 'value="Seen in the CV"' in page


def test_a_line_the_engine_does_not_leave_open_cannot_be_decided(client_for, rita, vacancy, jonas):
    for line in (DEGREE, INTERVIEW, "A line the notice never had"):
        page = decide(
            client_for(rita), vacancy, jonas, line, "not_met", "x", HTTP_HX_REQUEST="true"
        ).content.decode()
        assert "This line is no longer to be assessed" in page
    assert not EssentialDecision.objects.exists()
    assert match_of(vacancy, jonas).verdict == MatchResult.Verdict.TO_ASSESS


def test_a_decision_is_audited_by_line_never_by_reason(client_for, rita, vacancy, jonas):
    decide(client_for(rita), vacancy, jonas, LOGISTICS, "met", "Knows Ms Berg's team")
    entry = AuditEntry.objects.get(action=AuditEntry.Action.DECIDED)
    assert (entry.actor, entry.actor_role, entry.vacancy_id, entry.candidate_id) == (
        rita,
        "recruiter",
        vacancy.pk,
        jonas.pk,
    )
    assert entry.detail == f"met: {LOGISTICS}" and "Berg" not in entry.detail

    decide(client_for(rita), vacancy, jonas, LOGISTICS, "undo")
    assert AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED, detail=f"undo: {LOGISTICS}").exists()


def test_undoing_gives_the_line_back_to_be_assessed(client_for, rita, vacancy, jonas):
    client = client_for(rita)
    decide(client, vacancy, jonas, LOGISTICS, "not_met", "No deployment")
    page = decide(client, vacancy, jonas, LOGISTICS, "undo", HTTP_HX_REQUEST="true").content.decode()
    assert "Decided" not in page and "2 lines to assess" in page
    assert not EssentialDecision.objects.exists()
    assert match_of(vacancy, jonas).verdict == MatchResult.Verdict.TO_ASSESS


def test_undoing_nothing_changes_nothing(client_for, rita, vacancy, jonas):
    decide(client_for(rita), vacancy, jonas, LOGISTICS, "undo")
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.DECIDED).exists()


def test_deciding_rescores_the_pair_through_the_pipeline(
    client_for, rita, vacancy, jonas, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        decide(client_for(rita), vacancy, jonas, LOGISTICS, "met", "Seen")
    run = ScoringRun.objects.get()
    assert (run.reason, run.vacancy, run.candidate, run.total_pairs) == (
        "essential decided",
        vacancy,
        jonas,
        1,
    )
    assert [chunk.candidate_ids for chunk in run.chunks.all()] == [[jonas.pk]]
    assert len(callbacks) == 1  # its chunk is sent once the decision commits


def test_the_recruiters_reason_is_escaped(client_for, rita, vacancy, jonas):
    decide(client_for(rita), vacancy, jonas, LOGISTICS, "met", "<script>alert(1)</script>")
    for page_url in (
        url(vacancy, jonas),
        f"/recruiting/{vacancy.pk}/compare/?c={jonas.pk}&c={vacancy.matches.first().candidate_id}",
    ):
        page = client_for(rita).get(page_url).content.decode()
        assert "<script>alert(1)" not in page
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt;" in client_for(rita).get(url(vacancy, jonas)).content.decode()
    )


def test_earlier_decisions_that_no_longer_apply_say_why(client_for, rita, vacancy, jonas):
    client = client_for(rita)
    decide(client, vacancy, jonas, LOGISTICS, "met", "Seen at interview")
    decide(client, vacancy, jonas, NATIONALITY, "met", "Passport")
    # The notice rewords the logistics line; the profile now states a nationality: the engine settles it.
    vacancy.essential = [
        DEGREE,
        NATIONALITY,
        "Experience in logistics planning for deployed operations",
        INTERVIEW,
    ]
    vacancy.save()
    jonas.nationality = "Belgium"
    jonas.save()
    rescore(vacancy, jonas)

    page = client.get(url(vacancy, jonas)).content.decode()
    assert "2 earlier decisions no longer apply" in page
    assert (
        f"“{LOGISTICS}”: decided met by Rita Recruiter" in page
        and "The notice no longer has this line." in page
    )
    assert "The profile now settles it: met by the engine." in page
    assert EssentialDecision.objects.count() == 2


def test_the_shortlist_row_says_what_is_open_and_what_was_decided_not_met(client_for, rita, vacancy, jonas):
    client = client_for(rita)
    row = row_of(client.get(f"/recruiting/{vacancy.pk}/").content.decode(), jonas)
    assert "Nationality: not stated" in row and "1 essential line to assess" in row

    decide(client, vacancy, jonas, LOGISTICS, "not_met", "No deployment")
    row = row_of(client.get(f"/recruiting/{vacancy.pk}/").content.decode(), jonas)
    assert f"Decided not met: “{LOGISTICS}”" in row and "essential line to assess" not in row
    csv = client.get(f"/recruiting/{vacancy.pk}/export.csv").content.decode()
    assert f"Decided not met: “{LOGISTICS}”" in csv


def test_the_eligible_only_filter_finds_a_candidate_made_eligible_by_decisions(
    client_for, rita, vacancy, jonas
):
    client = client_for(rita)
    assert "Jonas Weber" not in client.get(f"/recruiting/{vacancy.pk}/?verdict=eligible").content.decode()
    decide(client, vacancy, jonas, NATIONALITY, "met", "Passport")
    decide(client, vacancy, jonas, LOGISTICS, "met", "Port of Split")
    assert "Jonas Weber" in client.get(f"/recruiting/{vacancy.pk}/?verdict=eligible").content.decode()


def test_under_blind_review_the_evidence_keeps_back_nationality_and_place_of_study(
    client_for, rita, vacancy, jonas
):
    vacancy.blind_review = True
    vacancy.save()
    jonas.education.update(institution="Université de Liège")
    jonas.nationality = "Belgium"
    jonas.save()
    rescore(vacancy, jonas)

    page = client_for(rita).get(url(vacancy, jonas)).content.decode()
    assert "Shown by: Master&#x27;s in International Relations, …" in page and "Liège" not in page
    assert "Hidden during blind review." in page and "Belgium" not in page


def test_a_line_with_a_line_break_is_found_as_the_browser_sends_it(client_for, rita, vacancy, jonas):
    vacancy.essential = [
        DEGREE,
        NATIONALITY,
        "Experience in logistics planning\nfor deployed forces",
        INTERVIEW,
    ]
    vacancy.save()
    rescore(vacancy, jonas)
    decide(
        client_for(rita),
        vacancy,
        jonas,
        "Experience in logistics planning\r\nfor deployed forces",
        "met",
        "Seen",
    )
    assert EssentialDecision.objects.get().line == "Experience in logistics planning\nfor deployed forces"
