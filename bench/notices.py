"""Notices only, against the labels of any set: fields right, and essential/desirable items where labelled.

    .venv/bin/python bench/notices.py [--data DIR ...] [--wrong] [--json]

A set is either laid out like ``bench/data/quality*`` (``notices/<slug>.txt`` with ``labels/<slug>.json``) or
like ``bench/data/readers*`` (``notices/<file>`` with ``notices/labels/<file>.json``). Fields are compared
exactly as ``bench/readers.py`` compares them (same normalisations), for its fields and for the issue-14
fields (``nationalities``, ``degree.fields_required``, ``experience_conditions``) that every quality label
holds. Default: the six quality sets and readers4.

Items: where a label lists ``essential`` / ``desirable`` (readers4), the items pair one to one when their
texts (normalised as in readers.py, then a leading ``> `` quote mark and bullet mark removed) have a
rapidfuzz ``ratio`` >= 85; true positives, false positives and false negatives per list. Where a quality
set's ``grades/<slug>.essentials.json`` gives the author's essential lines (written in the author's own
words, not the notice's), an informational count: lines with some parsed essential item of ``token_set_ratio``
>= 80, and how many essential and desirable items were parsed at all.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import readers  # noqa: E402

DATA = ROOT / "bench" / "data"
DEFAULT_SETS = [DATA / f"quality{n}" for n in ("", "2", "3", "4", "5", "6")] + [DATA / "readers4"]
FIELDS = readers.NOTICE_FIELDS + readers.COMING_NOTICE_FIELDS
ITEMS = ("essential", "desirable")


def labelled(folder: Path) -> list[tuple[Path, Path]]:
    """(notice, label) pairs of one set, in either layout."""
    notices = folder / "notices"
    if (notices / "labels").is_dir():
        # A file without a label is none of the set's notices (readers5fr's "twins.json", the pairs' map).
        pairs = [(p, notices / "labels" / f"{p.name}.json") for p in readers._files(notices)]
        return [(p, label) for p, label in pairs if label.is_file()]
    return [(p, folder / "labels" / f"{p.stem}.json") for p in readers._files(notices)]


def _item(value: Any) -> str:
    value = readers.text(value) or ""
    return re.sub(r"^(?:>\s*)+|^[-*•·▪●o]\s+", "", value).strip()


def _item_score(label: Any, ours: Any) -> float | None:
    from rapidfuzz import fuzz

    score = fuzz.ratio(_item(label), _item(ours))
    return score if score >= readers.FUZZY else None


def _author_lines(notice: Path) -> list[str]:
    path = notice.parent.parent / "grades" / f"{notice.stem}.essentials.json"
    if not path.is_file():
        return []
    return [e["text"] for e in json.loads(path.read_text(encoding="utf-8"))["essentials"]]


def score(folder: Path) -> list[dict]:
    pairs = labelled(folder)
    done = readers.manage("parse_vacancy", *(str(p) for p, _ in pairs), "--json")
    parsed = {Path(r["file"]).name: r for r in map(json.loads, done.stdout.splitlines()) if r}
    results = []
    for path, label_path in pairs:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        ours = parsed.get(path.name) or {}
        fields = {
            f: readers.notice_field_right(f, readers.dig(label, f), readers.dig(ours, f))
            for f in FIELDS
            if f in readers.NOTICE_FIELDS or readers._has(label, f)
        }
        items = {}
        for key in ITEMS:
            if key in label:
                theirs, mine = label[key] or [], ours.get(key) or []
                tp = readers.paired(theirs, mine, _item_score)
                items[key] = (tp, len(mine) - tp, len(theirs) - tp)
        author = _author_lines(path)
        found = None
        if author:
            from rapidfuzz import fuzz

            found = sum(
                any(
                    fuzz.token_set_ratio(readers.text(a), _item(m)) >= 80 for m in ours.get("essential") or []
                )
                for a in author
            )
        results.append(
            {
                "set": folder.name,
                "file": path.name,
                "parsed": bool(ours),
                "language": ours.get("language"),
                "fields": fields,
                "items": items,
                "author_essentials": None if found is None else (found, len(author)),
                "counts": {k: len(ours.get(k) or []) for k in ITEMS},
                "wrong": {
                    f: {"label": readers.dig(label, f), "got": readers.dig(ours, f)}
                    for f, ok in fields.items()
                    if not ok
                },
            }
        )
    return results


def print_set(name: str, results: list[dict], *, wrong: bool) -> tuple[int, int]:
    right = sum(sum(r["fields"].values()) for r in results)
    total = sum(len(r["fields"]) for r in results)
    print(f"\n{name}: {right} / {total} fields right ({100 * right / max(total, 1):.1f}%)")
    items = [0, 0, 0]
    for r in results:
        for numbers in r["items"].values():
            items = [a + b for a, b in zip(items, numbers)]
        extra = ""
        if r["author_essentials"]:
            extra = f"  author's essentials found {r['author_essentials'][0]}/{r['author_essentials'][1]}"
        extra += f"  items {r['counts']['essential']}E/{r['counts']['desirable']}D"
        missed = [f for f, ok in r["fields"].items() if not ok]
        print(
            f"  {r['file']:<52} {sum(r['fields'].values()):>2}/{len(r['fields']):<2} {', '.join(missed) or '-'}"
        )
        print(f"  {'':<52} {extra.strip()}")
        if wrong:
            for f, pair in r["wrong"].items():
                print(f"      {f}: label {json.dumps(pair['label'], ensure_ascii=False)}")
                print(f"      {'':<{len(f)}}  got   {json.dumps(pair['got'], ensure_ascii=False)}")
    if any(items):
        m = readers.prf(*items)
        print(
            f"  items (essential + desirable): TP {m['tp']} FP {m['fp']} FN {m['fn']} "
            f"P {readers._f(m['precision'])} R {readers._f(m['recall'])} F1 {readers._f(m['f1'])}"
        )
    return right, total


# A file's language marker: "notice_fr01.txt", "x.fr.txt", "x-en.html", "x_FR.pdf", "fr/x.txt".
_LANGUAGE_MARK = re.compile(r"(?:^|[._-])(?P<lang>fr|en)(?=[._-]|\d|$)", re.IGNORECASE)


def twin_key(file: str) -> tuple[str, str | None]:
    """(the file's name without its language marker, the marker's language) so twins share the key."""
    stem = Path(file).name
    for suffix in Path(file).suffixes:
        stem = stem.removesuffix(suffix)
    marks = list(_LANGUAGE_MARK.finditer(stem))
    if not marks:
        return stem, None
    last = marks[-1]
    return stem[: last.start()] + stem[last.end() :], last["lang"].lower()


def print_twins(name: str, results: list[dict]) -> dict[str, tuple[int, int]]:
    """Fields right per file for each French notice beside its English twin (issue 19, point 4), and the
    totals per language. A file's language is its name's marker, else the language the reader found."""
    pairs: dict[str, dict[str, dict]] = {}
    for r in results:
        key, mark = twin_key(r["file"])
        pairs.setdefault(key, {})[mark or r.get("language") or "en"] = r
    totals = {"fr": [0, 0], "en": [0, 0]}
    print(f"\n{name}: French notices beside their English twins (fields right)")
    print(f"  {'notice':<44} {'French':>8} {'English':>8}  fields wrong in French only")
    for key in sorted(pairs):
        by_language = pairs[key]
        cells = []
        for language in ("fr", "en"):
            r = by_language.get(language)
            if r is None:
                cells.append("-")
                continue
            right, total = sum(r["fields"].values()), len(r["fields"])
            totals[language][0] += right
            totals[language][1] += total
            cells.append(f"{right}/{total}")
        fr, en = by_language.get("fr"), by_language.get("en")
        only = sorted(
            f for f, ok in (fr or {}).get("fields", {}).items() if not ok and en and en["fields"].get(f)
        )
        print(f"  {key:<44} {cells[0]:>8} {cells[1]:>8}  {', '.join(only) or '-'}")
    for language, (right, total) in totals.items():
        if total:
            label = "French" if language == "fr" else "English"
            print(f"  {label}: {right} / {total} fields right ({100 * right / total:.1f}%)")
    return {language: (right, total) for language, (right, total) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, nargs="+", default=DEFAULT_SETS, help="set folders")
    parser.add_argument("--wrong", action="store_true", help="show label and output of each wrong field")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument(
        "--twins", action="store_true", help="pair each French notice with its English twin and compare them"
    )
    args = parser.parse_args()
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    results = {folder.name: score(folder.resolve()) for folder in args.data}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    right = total = 0
    for name, rows in results.items():
        r, t = print_set(name, rows, wrong=args.wrong)
        right, total = right + r, total + t
    print(f"\nall sets: {right} / {total} fields right ({100 * right / max(total, 1):.1f}%)")
    if args.twins:
        for name, rows in results.items():
            print_twins(name, rows)


if __name__ == "__main__":
    main()
