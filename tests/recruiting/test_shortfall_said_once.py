"""An experience shortfall is said once: where the notice asks for the years in a given place and the
candidate's years all count there, the condition's sentence says it all, and the detail's checklist is the
one place that lists what is unmet."""

import pytest

from matching.models import MatchResult
from matching.services import score_rows
from matching.storage import upsert_results

pytestmark = pytest.mark.django_db

EXPERIENCE = "Have at least 12 years' experience in defence policy in a national administration"


@pytest.fixture
def hanna(vacancy, candidates):
    """Hanna, a policy officer at a Ministry of Defence since 2018, for a post asking for twelve years of
    defence policy in a national administration: she is short of them, and all her years count there."""
    vacancy.essential = [EXPERIENCE]
    vacancy.min_years_experience = 12
    vacancy.experience_conditions = [
        {"years": 12, "context": "defence policy", "where": "a national administration"}
    ]
    vacancy.save()
    MatchResult.objects.filter(vacancy=vacancy).update(vacancy_version=0, profile_version=0)
    upsert_results(score_rows([vacancy.pk], [candidates["hanna"].pk]))
    return candidates["hanna"]


def test_the_shortfall_is_said_once_on_the_candidates_detail(client_for, rita, vacancy, hanna):
    match = MatchResult.objects.get(vacancy=vacancy, candidate=hanna)
    assert [reason.kind for reason in match.unmet_reasons] == ["condition_below"]
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/candidates/{hanna.pk}/").content.decode()
    assert page.count("at least 12 years required") == 2  # the checklist's line, and the score's breakdown
    assert "Why: Experience (a national administration): 9 years, at least 12 years required" in page
    assert "Unmet essentials" not in page  # the checklist says it, line by line


def test_the_shortfall_is_said_once_in_the_shortlists_row(client_for, rita, vacancy, hanna):
    page = client_for(rita).get(f"/recruiting/{vacancy.pk}/").content.decode()
    row = page[page.index(f'id="row-{hanna.pk}"') :]
    row = row[: row.index("</tr>")]
    assert row.count("at least 12 years required") == 2  # the list of unmet essentials, and the chip's title
