"""CSV and XLSX exports of the filtered shortlist, with the breakdown, safe to open in a spreadsheet."""

import csv
import io

import pytest
from openpyxl import load_workbook

from audit.exports import defuse
from candidates.models import Candidate

pytestmark = pytest.mark.django_db


def test_the_csv_holds_the_filtered_rows_with_their_breakdown(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.csv?verdict=eligible_or_assess")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="shortlist-{vacancy.pk}-policy-officer'
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["Name"] for r in rows] == ["Hanna Berg", "Jonas Weber"]
    assert rows[0]["Experience points"] == "22.0" and rows[0]["Experience weight"] == "25"
    assert rows[0]["Experience reason"] == "6 years 2 months of experience, 2 years required"
    assert rows[1]["Verdict"] == "To be assessed" and rows[1]["To assess"].startswith(
        "Nationality: not stated"
    )


def test_the_xlsx_holds_the_same(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.xlsx")
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[1][:3] == ("Rank", "Candidate ID", "Name")
    assert [row[2] for row in values[2:]] == ["Hanna Berg", "Jonas Weber", "Lena Novak"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_cells_that_look_like_formulas_are_defused(client_for, rita, vacancy, candidates, fmt):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(name='=HYPERLINK("http://evil.example","x")')
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.{fmt}")
    if fmt == "csv":
        names = [r["Name"] for r in csv.DictReader(io.StringIO(response.content.decode()))]
    else:
        names = [row[2] for row in list(load_workbook(io.BytesIO(response.content)).active.values)[2:]]
    assert names[0] == '\'=HYPERLINK("http://evil.example","x")'


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
def test_defuse_prefixes_a_quote(value):
    assert defuse(value) == "'" + value


def test_defuse_leaves_plain_values_alone():
    assert [defuse(v) for v in ("Ada", 3, -2.5, None, "")] == ["Ada", 3, -2.5, None, ""]
