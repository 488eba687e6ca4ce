"""CSV and XLSX exports of the filtered shortlist, with the breakdown, safe to open in a spreadsheet."""

import csv
import io
import zipfile

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from audit.exports import defuse
from candidates.models import Candidate
from recruiting import services

pytestmark = pytest.mark.django_db


def test_the_csv_holds_the_filtered_rows_with_their_breakdown(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.csv?verdict=eligible_or_assess")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="shortlist-{vacancy.pk}-policy-officer'
    )
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [r["Name"] for r in rows] == ["Hanna Berg", "Jonas Weber"]
    # The points as stored (what the list sorts by); the weight and the words are the engine's, when read.
    assert rows[0]["Experience points"] == "22.0" and rows[0]["Experience weight"] == "15"
    assert "years of experience, 2 years required" in rows[0]["Experience reason"]
    assert rows[1]["Verdict"] == "To be assessed"


def test_the_xlsx_holds_the_same_with_its_header_frozen_and_filtered(client_for, rita, vacancy, candidates):
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.xlsx")
    assert response["Content-Disposition"].endswith('.xlsx"')
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    values = list(sheet.values)
    assert values[0][:3] == ("Rank", "Candidate ID", "Name")  # the header on row 1
    assert [row[2] for row in values[1:]] == ["Hanna Berg", "Jonas Weber", "Lena Novak"]
    assert (
        sheet.freeze_panes == "A2"
        and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(values[0])).column_letter}4"
    )
    assert sheet.column_dimensions["A"].width < sheet.column_dimensions["C"].width  # Rank narrow, Name wider
    assert workbook.properties.title == vacancy.title


def test_exports_hold_the_pipeline_rating_and_notes(client_for, rita, sam, vacancy, candidates):
    hanna = candidates["hanna"].pk
    services.move_candidates(vacancy, [hanna], "screened", by=rita)
    services.rate(vacancy, hanna, 4, by=rita)
    services.add_note(vacancy, hanna, "Strong on planning", by=rita)
    services.add_note(vacancy, hanna, "Call back", by=rita)
    rows = list(
        csv.DictReader(
            io.StringIO(client_for(rita).get(f"/recruiting/{vacancy.pk}/export.csv").content.decode())
        )
    )
    today = timezone.localdate().isoformat()
    assert {k: rows[0][k] for k in ("Stage", "Applied", "Stage history", "Rating", "Notes")} == {
        "Stage": "Screened",
        "Applied": today,
        "Stage history": f"New {today} → Screened {today}",
        "Rating": "4.0",
        "Notes": "2",
    }
    assert (rows[1]["Rating"], rows[1]["Notes"], rows[1]["Stage"]) == ("", "0", "New")


EVIL = '=HYPERLINK("http://evil.example","x")'


def test_csv_cells_that_look_like_formulas_are_defused(client_for, rita, vacancy, candidates):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(name=EVIL)
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.csv")
    names = [r["Name"] for r in csv.DictReader(io.StringIO(response.content.decode()))]
    assert names[0] == "'" + EVIL


def test_xlsx_keeps_formula_looking_text_as_text_without_an_apostrophe(client_for, rita, vacancy, candidates):
    Candidate.objects.filter(pk=candidates["hanna"].pk).update(name=EVIL)
    response = client_for(rita).get(f"/recruiting/{vacancy.pk}/export.xlsx")
    cell = load_workbook(io.BytesIO(response.content)).active["C2"]
    assert (cell.value, cell.data_type) == (EVIL, "s")
    assert b"<f>" not in _sheet_xml(response.content)  # no formula anywhere in the sheet


def _sheet_xml(content: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1"])
def test_defuse_prefixes_a_quote(value):
    assert defuse(value) == "'" + value


def test_defuse_leaves_plain_values_alone():
    assert [defuse(v) for v in ("Ada", 3, -2.5, None, "")] == ["Ada", 3, -2.5, None, ""]
