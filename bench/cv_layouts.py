"""How well the CV reader reads posts in layouts it was not written against.

Every labelled set in ``bench/data`` has been read to tune the reader, so its figures there are upper
bounds. This bench takes only the *labels* of the posts (title, organisation, start, end) of a set and writes
them again, CV by CV, in each of a dozen structural layouts that CVs use (dates first or last, on the post's
line or a line of their own, above or below the title, the organisation first, a table with named columns,
dates aligned right with wide blanks, a DOCX table, several date styles), then reads each CV through the
real reader (``candidates.cv.read_cv``) and scores the experience field as ``bench/readers.py`` does (title
fuzzy >= 85 and the same start month).

The layouts use no word of the reader's rules: a layout the reader gets wrong shows a structural cause, not
a missing word. Run it on sets you did not look at when designing a change::

    .venv/bin/python bench/cv_layouts.py --data bench/data/readers6 bench/data/readers7 [--layout L3] [--wrong]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
import django  # noqa: E402

django.setup()
from rapidfuzz import fuzz  # noqa: E402

from candidates.cv import read_cv  # noqa: E402

FUZZY = 85
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DUTIES = (
    "• Planned and coordinated the work of a team of twelve across three locations.",
    "• Prepared briefings and reports for senior leadership; maintained the budget and risk register.",
)


def _date(value: str | None, style: int) -> str:
    if value is None:
        return ("Present", "present", "to date", "aujourd'hui", "Present", "now")[style % 6]
    year, month = value.split("-")[:2] if "-" in value else (value, "")
    if not month:
        return year
    m = int(month)
    return (
        f"{month}/{year}",
        f"{MONTHS_EN[m - 1]} {year}",
        f"{year}-{month}",
        f"{MONTHS_EN[m - 1][:3]} {year}",
        f"{MONTHS_FR[m - 1]} {year}",
        f"{month}.{year}",
    )[style % 6]


def _period(post: dict, style: int) -> str:
    dash = (" – ", " - ", " to ", " – ", " au " if style % 6 == 4 else " – ", " - ")[style % 6]
    return f"{_date(post['start'], style)}{dash}{_date(post['end'], style)}"


def _entry(layout: str, post: dict, style: int) -> list[str]:
    t, o, p = post["title"], post.get("organisation") or "", _period(post, style)
    duty = [DUTIES[style % 2]]
    wide = " " * 8
    return {
        # dates first, then the post on the same line
        "L1": [f"{p} | {t} | {o}", *duty],
        "L2": [f"{p}{wide}{t}, {o}", *duty],
        # the post on one line, its dates under it
        "L3": [f"{t}, {o}", p, *duty],
        # dates alone, then title, then organisation
        "L4": [p, t, o, *duty],
        # title, organisation, then the dates (title first, dates after)
        "L5": [t, o, p, *duty],
        # the organisation, then the title with its dates aligned right
        "L6": [o, f"{t}{wide}{p}", *duty],
        # the title with the organisation after a dash, dates aligned right
        "L7": [f"{t} — {o}{wide}{p}", *duty],
        # title alone, then "organisation | dates"
        "L8": [t, f"{o} | {p}", *duty],
        # the organisation with the dates, the title under it
        "L9": [f"{o}{wide}{p}", t, *duty],
        # dates in brackets after the post
        "L10": [f"{t}, {o} ({p})", *duty],
        # "Title at Organisation" under the dates
        "L11": [p, f"{t} at {o}", *duty],
        # Layouts added after the first changes (L8-L11's causes) and measured before any change for them: L13
        # and L15 were then left alone; L12 and L14 were worked on afterwards (L12 after reading its misses on
        # readers6), so their figures are no longer held out.
        # the organisation in brackets after the title, dates under it
        "L12": [f"{t} ({o})", p, *duty],
        # the title in capitals, then "organisation, dates"
        "L13": [t.upper(), f"{o}, {p}", *duty],
        # "Organisation — Title", the dates alone under it
        "L14": [f"{o} — {t}", p, *duty],
        # the dates, then "Title | Organisation" with a blank line before the duties
        "L15": [p, f"{t} | {o}", "", *duty],
    }[layout]


TEXT_LAYOUTS = (
    "L1",
    "L2",
    "L3",
    "L4",
    "L5",
    "L6",
    "L7",
    "L8",
    "L9",
    "L10",
    "L11",
    "L12",
    "L13",
    "L14",
    "L15",
)
TABLE_LAYOUTS = ("T1", "T2")  # a DOCX table: Period | Position | Employer; Employer | Position | From | To
LAYOUTS = TEXT_LAYOUTS + TABLE_LAYOUTS


def _document(layout: str, name: str, posts: list[dict], style: int) -> tuple[bytes, str]:
    if layout in TEXT_LAYOUTS:
        lines = [name, "", "PROFESSIONAL EXPERIENCE", ""]
        for n, post in enumerate(posts):
            lines += [*_entry(layout, post, style + n * 0), ""]
        lines += ["LANGUAGES", "English: fluent"]
        return "\n".join(lines).encode(), "cv.txt"
    from docx import Document

    document = Document()
    document.add_paragraph(name)
    document.add_paragraph("Professional experience")
    if layout == "T1":
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Period", "Position", "Employer")):
            cell.text = text
        for post in posts:
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text = (
                _period(post, style),
                post["title"],
                post.get("organisation") or "",
            )
    else:
        table = document.add_table(rows=1, cols=4)
        for cell, text in zip(table.rows[0].cells, ("Employer", "Position", "From", "To")):
            cell.text = text
        for post in posts:
            row = table.add_row().cells
            row[0].text, row[1].text = post.get("organisation") or "", post["title"]
            row[2].text, row[3].text = _date(post["start"], style), _date(post["end"], style)
    document.add_paragraph("Languages")
    document.add_paragraph("English: fluent")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), "cv.docx"


def _match(label: list[dict], ours: list[dict]) -> int:
    left = list(ours)
    tp = 0
    for post in label:
        for n, candidate in enumerate(left):
            if (
                candidate.get("start") == post["start"]
                and fuzz.ratio((post["title"] or "").casefold(), (candidate.get("title") or "").casefold())
                >= FUZZY
            ):
                tp += 1
                del left[n]
                break
    return tp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", nargs="+", type=Path, default=[Path("bench/data/readers6")])
    parser.add_argument("--layout", action="append", choices=LAYOUTS)
    parser.add_argument("--wrong", action="store_true", help="list the posts missed or invented")
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    layouts = arguments.layout or LAYOUTS
    labels = []
    for folder in arguments.data:
        for path in sorted((folder / "cvs" / "labels").glob("*.json")):
            label = json.loads(path.read_text(encoding="utf-8"))
            posts = [p for p in label.get("experience") or [] if p.get("title") and p.get("start")]
            if len(posts) >= 2:
                labels.append((label.get("name") or "Alex Morgan", posts))
    results = {}
    for layout in layouts:
        tp = fp = fn = 0
        for n, (name, posts) in enumerate(labels):
            data, filename = _document(layout, name, posts, n)
            ours = read_cv(data, filename=filename).to_json()["experience"]
            right = _match(posts, ours)
            tp, fp, fn = tp + right, fp + len(ours) - right, fn + len(posts) - right
            if arguments.wrong and (right < len(posts) or right < len(ours)):
                print(f"{layout} {name}: {right}/{len(posts)} right, {len(ours)} proposed")
                for post in posts:
                    print("   label", post["title"], "|", post.get("organisation"), "|", post["start"])
                for post in ours:
                    print("   ours ", post["title"], "|", post.get("organisation"), "|", post["start"])
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        results[layout] = {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}
    total = {k: sum(r[k] for r in results.values()) for k in ("tp", "fp", "fn")}
    p = total["tp"] / max(1, total["tp"] + total["fp"])
    r = total["tp"] / max(1, total["tp"] + total["fn"])
    total |= {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    if arguments.json:
        print(json.dumps({"layouts": results, "all": total}, indent=1))
        return
    print(
        f"{len(labels)} CVs, {sum(len(p) for _, p in labels)} posts a layout ({', '.join(map(str, arguments.data))})"
    )
    for layout, result in [*results.items(), ("all", total)]:
        print(
            f"{layout:4} P {result['precision']:.2f}  R {result['recall']:.2f}  F1 {result['f1']:.2f}"
            f"  (tp {result['tp']}, fp {result['fp']}, fn {result['fn']})"
        )


if __name__ == "__main__":
    main()
