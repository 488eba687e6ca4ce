"""How well the product reads notices and CVs, against blind labels: fields right, precision, recall, F1.

    .venv/bin/python bench/readers.py [--json]

Notices: ``python manage.py parse_vacancy --json`` (a subprocess: the public command) over
``bench/data/readers/notices/*`` and ``bench/data/quality/notices/*``, compared with their labels field by
field (right or wrong). A file the command does not parse counts every field wrong.

CVs: ``python manage.py parse_cv FILE... --json`` (a subprocess: the public command; the CV upload page
reads through the same ``candidates.cv.read_cv``). Per field, true positives, false positives and false
negatives; a wrong value is one false positive and one false negative. Overall: micro precision, recall
and F1. Speed: the CV upload path (``candidates.services.propose_from_cv``: the sandboxed reader, then the
proposer) on a two-page PDF made of two of the set's PDFs, median of 5 after one warm-up, as a web
process that has served a CV before.

Normalisations, the only ones made (labels are never bent to the output):
- text (title, organisation, location, clearance, fields, names, skills): Unicode NFKC, case folded,
  curly quotes and dashes made straight, runs of white space made one space, leading and trailing
  `` .,;:|`` removed. Nothing else: "Brussels" does not match "Brussels, Belgium", an abbreviation in
  brackets is not dropped, "NCI Agency" is not "NATO Communications and Information Agency".
- ``""`` and ``[]`` count as "not stated", like ``null``.
- grade: the set of grade codes in the string, written one way: "A.2", "A-2", "A 2" -> A-2;
  "G-15", "G15" -> G15; "G15-G17" -> {G15, G17}. So "A.2/G15" matches the label "A-2 / G15", not
  the label "A-2". Compared with the label's own ``grade`` (the quality set's ``grade_set`` extra, which
  adds inferred codes, is not used).
- degree.fields, degree.alternatives, nationalities, competencies (by name): compared as sets;
  languages.stanag as a list of 4 digits (order of appearance; an entry may be a string or an object
  with an "slp" key); languages.requirements as a set of (language, level); languages.high/low upper-cased;
  min_years_experience as a number (5 == 5.0).
- CVs: phone compared by its digits; e-mail and nationality case folded; an education entry matches when
  the level is equal and the fields (text-normalised) have rapidfuzz ``ratio`` >= 85 (both absent counts as
  equal); an experience entry when the titles have ratio >= 85 and the start months are equal; a language
  when the language names are equal and the levels are equal (both null counts as equal); a skill when
  ratio >= 85; a competency by name. Entries pair one to one, best pairs first. The staff college flag:
  true is the positive class.

Per style: the readers set's README gives each file's format (TXT/HTML/PDF/DOCX) and style; figures are
given per format, per document (with its style), and for the quality set's notices as a group.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
READERS = DEFAULT_READERS = ROOT / "bench" / "data" / "readers"
QUALITY = ROOT / "bench" / "data" / "quality"
QUALITY_SETS: list[Path] | None = None  # --quality: graded sets whose notices are read too
SPEED = True  # --no-speed: leave out the CV upload timing
WRONG = False  # --wrong: list each CV's wrong values, field by field

NOTICE_FIELDS = (
    "title", "organisation", "location", "grade", "deadline", "degree.level", "degree.fields",
    "degree.alternatives", "min_years_experience", "languages.rule", "languages.high", "languages.low",
    "languages.requirements", "languages.stanag", "competencies", "nationality_restricted", "clearance",
)  # fmt: skip
COMING_NOTICE_FIELDS = ("nationalities", "degree.fields_required", "experience_conditions")
CV_FIELDS = (
    "name", "email", "phone", "nationality", "education", "experience", "languages",
    "military_staff_college", "competencies", "skills",
)  # fmt: skip
FUZZY = 85


# Normalising ----------------------------------------------------------------------------------------


def text(value: Any) -> str | None:
    """A string as compared: see the module docstring. None for null or blank."""
    if value is None:
        return None
    value = unicodedata.normalize("NFKC", str(value)).casefold()
    value = value.translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"}))
    value = " ".join(value.split()).strip(" .,;:|")
    return value or None


def grade_codes(value: str | None) -> frozenset[str] | None:
    """{"A-2", "G15"} from "A.2 / NATO Grade G15"; None when no code is found.

    >>> sorted(grade_codes("A.2/A.3 (G15-G17)"))
    ['A-2', 'A-3', 'G15', 'G17']
    """
    if not value:
        return None
    upper = value.upper()
    codes = {f"{m[1]}-{m[2]}" for m in re.finditer(r"\b([ABLC])\s*[.\-]?\s*(\d)\b", upper)}
    codes |= {f"G{int(m[1])}" for m in re.finditer(r"\bG\s*-?\s*(\d{1,2})\b", upper)}
    return frozenset(codes) or None


def dig(record: dict, path: str) -> Any:
    for key in path.split("."):
        record = record.get(key) if isinstance(record, dict) else None
    return record


def _names(items) -> frozenset[str]:
    return frozenset(text(i.get("name") if isinstance(i, dict) else i) for i in items or () if i)


def _slp(entry: Any) -> str:
    """An SLP as written: "3333", or today's output shape {"language": "English", "slp": "3333"}."""
    return str(entry.get("slp") or entry.get("stanag") or "") if isinstance(entry, dict) else str(entry)


NOTICE_COMPARE: dict[str, Callable[[Any], Any]] = {
    "grade": grade_codes,
    "degree.fields": lambda v: frozenset(text(f) for f in v or ()),
    "degree.alternatives": lambda v: frozenset(v or ()),
    "min_years_experience": lambda v: None if v is None else float(v),
    "languages.high": lambda v: (v or "").strip().upper() or None,
    "languages.low": lambda v: (v or "").strip().upper() or None,
    "languages.requirements": lambda v: frozenset(
        (text(r.get("language")), (r.get("level") or "").upper()) for r in v or ()
    ),
    "languages.stanag": lambda v: tuple(re.sub(r"\D", "", _slp(s)) for s in v or ()),
    "competencies": _names,
    "nationality_restricted": lambda v: v,
    "degree.fields_required": lambda v: v,
    "nationalities": lambda v: frozenset(text(n) for n in v or ()),
}


def notice_field_right(field: str, label: Any, ours: Any) -> bool:
    if field == "experience_conditions":
        return _conditions_match(label or [], ours or [])
    normalise = NOTICE_COMPARE.get(field, text)
    return normalise(label) == normalise(ours)


def _conditions_match(label: list[dict], ours: list[dict]) -> bool:
    """Same number of conditions, in order, each with equal years and a context of ratio >= 85."""
    from rapidfuzz import fuzz

    return len(label) == len(ours) and all(
        float(a.get("years") or 0) == float(b.get("years") or 0)
        and fuzz.ratio(text(a.get("context")) or "", text(b.get("context")) or "") >= FUZZY
        for a, b in zip(label, ours)
    )


# Notices ----------------------------------------------------------------------------------------------


def styles() -> dict[str, tuple[str, str]]:
    """File name -> (format or set, style), from the two READMEs' file tables."""
    found = {}
    readme = READERS / "README.md"
    for line in (readme.read_text(encoding="utf-8") if readme.is_file() else "").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("| `notices/") or line.startswith("| `cvs/"):
            found[cells[0].strip("`").split("/", 1)[1]] = (cells[1], cells[-1])
    for line in (QUALITY / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        slug = re.match(r"`([a-z0-9-]+)`", cells[0])
        if slug and len(cells) == 4:
            found[f"{slug[1]}.txt"] = ("quality set", cells[2])
    return found


def manage(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )


def notice_results() -> list[dict]:
    # A file in notices/ without a label is no notice (readers5fr's twins.json pairs its notices).
    labelled = [
        (path, label)
        for path in (_files(READERS / "notices") if (READERS / "notices").is_dir() else ())
        if (label := READERS / "notices" / "labels" / f"{path.name}.json").exists()
    ]
    if (
        QUALITY_SETS is None and READERS == DEFAULT_READERS
    ):  # by default the quality set counts with the first
        labelled += [(path, QUALITY / "labels" / f"{path.stem}.json") for path in _files(QUALITY / "notices")]
    for quality in QUALITY_SETS or ():
        labelled += [(path, quality / "labels" / f"{path.stem}.json") for path in _files(quality / "notices")]
    done = manage("parse_vacancy", *(str(path) for path, _ in labelled), "--json")
    parsed = {Path(line["file"]).name: line for line in map(json.loads, done.stdout.splitlines()) if line}
    kinds = styles()
    results = []
    for path, label_path in labelled:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        ours = parsed.get(path.name)
        fields = {
            f: ours is not None and notice_field_right(f, dig(label, f), dig(ours, f)) for f in NOTICE_FIELDS
        }
        coming = {
            f: (notice_field_right(f, dig(label, f), dig(ours, f)) if ours and _has(ours, f) else None)
            for f in COMING_NOTICE_FIELDS
        }
        group, style = kinds.get(path.name, ("?", ""))
        if label_path.parent.name == "labels" and label_path.parent.parent.name.startswith("quality"):
            group = label_path.parent.parent.name  # quality, quality2, ...: one group per graded set
        results.append(
            {"file": path.name, "group": group, "style": style, "parsed": ours is not None, "fields": fields}
            | {"coming": coming}
            | {
                "wrong": {
                    f: {"label": dig(label, f), "got": dig(ours or {}, f)}
                    for f, ok in fields.items()
                    if not ok
                }
            }
        )
    return results


def _has(record: dict, path: str) -> bool:
    *parents, last = path.split(".")
    for key in parents:
        record = record.get(key) or {}
    return last in record


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def notice_summary(results: list[dict]) -> dict:
    per_field = {f: sum(r["fields"][f] for r in results) for f in NOTICE_FIELDS}
    coming = {
        f: (
            None
            if all(r["coming"][f] is None for r in results)
            else sum(bool(r["coming"][f]) for r in results)
        )
        for f in COMING_NOTICE_FIELDS
    }
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        groups[r["group"]][0] += sum(r["fields"].values())
        groups[r["group"]][1] += len(NOTICE_FIELDS)
    # Informational: grade misses where the output only adds NATO Grade codes (G15) that the label leaves out.
    extra_g = 0
    for r in results:
        if "grade" in r["wrong"]:
            label, got = (grade_codes(r["wrong"]["grade"][k]) for k in ("label", "got"))
            extra_g += bool(label and got and label < got and all(c.startswith("G") for c in got - label))
    right = sum(per_field.values())
    total = len(results) * len(NOTICE_FIELDS)
    return {
        "documents": len(results),
        "parsed": sum(r["parsed"] for r in results),
        "per_field": per_field,
        "grade_wrong_only_by_added_g_code": extra_g,
        "coming": coming,
        "right": right,
        "total": total,
        "share": right / total if total else None,
        "per_group": {g: {"right": a, "total": b, "share": a / b} for g, (a, b) in sorted(groups.items())},
    }


# CVs --------------------------------------------------------------------------------------------------


def read_cvs(paths: Sequence[Path]) -> tuple[str, dict[str, dict | None]]:
    """File name -> parse_cv record (None when unreadable), and which reader was used."""
    done = manage("parse_cv", *(str(p) for p in paths), "--json")
    records = {Path(r["file"]).name: r for r in map(json.loads, done.stdout.splitlines()) if r}
    return "parse_cv --json", {p.name: records.get(p.name) for p in paths}


def upload_seconds(paths: Sequence[Path]) -> dict:
    """Seconds the CV upload path takes for a two-page PDF (two of the set's PDFs one after the other)."""
    import io
    import statistics
    import time

    from pypdf import PdfWriter

    from bench._django import setup

    setup("vacancy_matcher_bench_readers")
    from django.core.files.uploadedfile import SimpleUploadedFile

    from candidates.services import propose_from_cv

    writer, buffer = PdfWriter(), io.BytesIO()
    pdfs = [p for p in paths if p.suffix == ".pdf"][:2]
    for pdf in pdfs:
        writer.append(str(pdf))
    writer.write(buffer)
    data = buffer.getvalue()
    timings = []
    for _ in range(6):
        started = time.perf_counter()
        propose_from_cv(SimpleUploadedFile("two-pages.pdf", data))
        timings.append(time.perf_counter() - started)
    # Crafted text (a million characters of repeats): the CV reader must stay linear on it.
    from candidates.cv import propose_profile

    crafted = []
    for text in ("Languages: " + "English French " * 60_000, "Education\n" + "MSc, " * 200_000):
        started = time.perf_counter()
        propose_profile(text)
        crafted.append(time.perf_counter() - started)
    return {
        "pages": len(writer.pages),
        "files": [p.name for p in pdfs],
        "median": statistics.median(timings[1:]),
        "crafted_seconds": max(crafted),
    }


def _ratio(a: Any, b: Any) -> float:
    from rapidfuzz import fuzz

    a, b = text(a), text(b)
    if a is None or b is None:
        return 100.0 if a == b else 0.0
    return fuzz.ratio(a, b)


def _education_score(label: dict, ours: dict) -> float | None:
    if label.get("level") != ours.get("level"):
        return None
    score = _ratio(label.get("field"), ours.get("field"))
    return score if score >= FUZZY else None


def _experience_score(label: dict, ours: dict) -> float | None:
    score = _ratio(label.get("title"), ours.get("title"))
    return score if score >= FUZZY and label.get("start") == ours.get("start") else None


def _language_score(label: dict, ours: dict) -> float | None:
    same = text(label.get("language")) == text(ours.get("language")) and label.get("level") == ours.get(
        "level"
    )
    return 100.0 if same else None


def _language_name_score(label: dict, ours: dict) -> float | None:
    return 100.0 if text(label.get("language")) == text(ours.get("language")) else None


def _skill_score(label: Any, ours: Any) -> float | None:
    score = _ratio(label, ours)
    return score if score >= FUZZY else None


def _competency_score(label: Any, ours: Any) -> float | None:
    return 100.0 if _names([label]) == _names([ours]) else None


LIST_MATCHERS = {
    "education": _education_score,
    "experience": _experience_score,
    "languages": _language_score,
    "skills": _skill_score,
    "competencies": _competency_score,
}
SCALARS = {
    "name": text,
    "email": text,
    "phone": lambda v: re.sub(r"\D", "", v or "") or None,
    "nationality": text,
}


def paired(label: Sequence, ours: Sequence, score: Callable[[Any, Any], float | None]) -> int:
    """How many label entries pair one to one with an entry of ours, best pairs first."""
    return len(pairs(label, ours, score)[0])


def pairs(
    label: Sequence, ours: Sequence, score: Callable[[Any, Any], float | None]
) -> tuple[set[int], set[int]]:
    """The label entries and our entries that pair one to one, best pairs first (their indexes)."""
    candidates = sorted(
        (
            (s, i, j)
            for i, a in enumerate(label)
            for j, b in enumerate(ours)
            if (s := score(a, b)) is not None
        ),
        reverse=True,
    )
    used_label, used_ours = set(), set()
    for _, i, j in candidates:
        if i not in used_label and j not in used_ours:
            used_label.add(i)
            used_ours.add(j)
    return used_label, used_ours


def cv_wrong(label: dict, ours: dict | None) -> dict[str, dict[str, list]]:
    """Field -> the values we proposed that the label lacks ("extra") and the label's we lack ("missed")."""
    ours = ours or {}
    wrong: dict[str, dict[str, list]] = {}
    for field, normalise in SCALARS.items():
        a, b = normalise(label.get(field)), normalise(ours.get(field))
        if a != b:
            wrong[field] = {
                "extra": [ours.get(field)] if b else [],
                "missed": [label.get(field)] if a else [],
            }
    a, b = bool(label.get("military_staff_college")), bool(ours.get("military_staff_college"))
    if a != b:
        wrong["military_staff_college"] = {"extra": [True] if b else [], "missed": [True] if a else []}
    for field, score in LIST_MATCHERS.items():
        theirs, mine = label.get(field) or [], ours.get(field) or []
        used_label, used_ours = pairs(theirs, mine, score)
        extra = [m for j, m in enumerate(mine) if j not in used_ours]
        missed = [t for i, t in enumerate(theirs) if i not in used_label]
        if extra or missed:
            wrong[field] = {"extra": extra, "missed": missed}
    return wrong


def cv_counts(label: dict, ours: dict | None) -> dict[str, tuple[int, int, int]]:
    """Field -> (true positives, false positives, false negatives) for one CV."""
    ours = ours or {}
    counts = {}
    for field, normalise in SCALARS.items():
        a, b = normalise(label.get(field)), normalise(ours.get(field))
        right = a is not None and a == b
        counts[field] = (int(right), int(b is not None and not right), int(a is not None and not right))
    a, b = bool(label.get("military_staff_college")), bool(ours.get("military_staff_college"))
    counts["military_staff_college"] = (int(a and b), int(b and not a), int(a and not b))
    for field, score in LIST_MATCHERS.items():
        theirs, mine = label.get(field) or [], ours.get(field) or []
        tp = paired(theirs, mine, score)
        counts[field] = (tp, len(mine) - tp, len(theirs) - tp)
    return counts


def prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}


def cv_results() -> dict:
    paths = _files(READERS / "cvs")
    reader, records = read_cvs(paths)
    kinds = styles()
    totals = {f: [0, 0, 0] for f in CV_FIELDS}
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    documents = []
    by_name = [0, 0, 0]  # informational: languages paired by name alone, level ignored
    for path in paths:
        label = json.loads((READERS / "cvs" / "labels" / f"{path.name}.json").read_text(encoding="utf-8"))
        counts = cv_counts(label, records[path.name])
        group = kinds.get(path.name, ("?", ""))[0]
        for field, numbers in counts.items():
            for k in range(3):
                totals[field][k] += numbers[k]
                groups[group][k] += numbers[k]
        theirs, mine = label.get("languages") or [], (records[path.name] or {}).get("languages") or []
        tp = paired(theirs, mine, _language_name_score)
        for k, number in enumerate((tp, len(mine) - tp, len(theirs) - tp)):
            by_name[k] += number
        all_counts = [sum(c[k] for c in counts.values()) for k in range(3)]
        documents.append(
            {
                "file": path.name,
                "read": records[path.name] is not None,
                **prf(*all_counts),
                "wrong": cv_wrong(label, records[path.name]),
            }
        )
    overall = [sum(t[k] for t in totals.values()) for k in range(3)]
    output_now = [f for f in CV_FIELDS if sum(totals[f][:2]) > 0]
    return {
        "reader": reader,
        "documents": documents,
        "per_field": {f: prf(*totals[f]) for f in CV_FIELDS},
        "overall": prf(*overall),
        "fields_output": output_now,
        "overall_output_fields": prf(*[sum(totals[f][k] for f in output_now) for k in range(3)]),
        "per_group": {g: prf(*c) for g, c in sorted(groups.items())},
        "languages_by_name_only": prf(*by_name),
        "upload_two_page_pdf": upload_seconds(paths) if SPEED else None,
    }


# Report -----------------------------------------------------------------------------------------------


def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_report(notices: list[dict], summary: dict, cvs: dict | None) -> None:
    if notices:
        print_notices(notices, summary)
    if cvs:
        print_cvs(cvs)


def print_notices(notices: list[dict], summary: dict) -> None:
    print(f"notices: {summary['documents']} ({summary['parsed']} parsed)")
    print(f"{'field':<26} {'right':>9} {'%':>6}")
    n = summary["documents"]
    for field, right in summary["per_field"].items():
        print(f"{field:<26} {right:>4} / {n:<2} {100 * right / n:>5.0f}")
    print(f"{'all fields':<26} {summary['right']:>4} / {summary['total']:<3} {100 * summary['share']:>4.1f}")
    print(
        f"  (grade: {summary['grade_wrong_only_by_added_g_code']} of the misses only add a G code the label omits)"
    )
    for field, right in summary["coming"].items():
        shown = "not yet output" if right is None else f"{right} / {n}"
        print(f"{field:<26} {shown}")
    print(f"\n{'group':<14} {'right':>11} {'%':>6}")
    for group, g in summary["per_group"].items():
        print(f"{group:<14} {g['right']:>4} / {g['total']:<4} {100 * g['share']:>5.1f}")
    print(f"\n{'document':<44} {'right':>6}  style; wrong fields")
    for r in notices:
        wrong = [f for f, ok in r["fields"].items() if not ok]
        print(
            f"{r['file']:<44} {sum(r['fields'].values()):>2}/{len(r['fields']):<3}  {r['style']}; "
            f"{', '.join(wrong) or '-'}{'' if r['parsed'] else ' (not parsed)'}"
        )


def print_cvs(cvs: dict) -> None:
    print(f"\nCVs: {len(cvs['documents'])}, read through {cvs['reader']}")
    print(f"{'field':<24} {'TP':>4} {'FP':>4} {'FN':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for field, m in cvs["per_field"].items():
        print(
            f"{field:<24} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {_f(m['precision']):>6} "
            f"{_f(m['recall']):>6} {_f(m['f1']):>6}"
        )
    for name, m in (
        ("micro, all fields", cvs["overall"]),
        ("micro, fields output", cvs["overall_output_fields"]),
    ):
        print(
            f"{name:<24} {m['tp']:>4} {m['fp']:>4} {m['fn']:>4} {_f(m['precision']):>6} "
            f"{_f(m['recall']):>6} {_f(m['f1']):>6}"
        )
    m = cvs["languages_by_name_only"]
    print(
        f"(not counted above: languages by name alone, level ignored: P {_f(m['precision'])} "
        f"R {_f(m['recall'])} F1 {_f(m['f1'])})"
    )
    print(
        "per format: "
        + "; ".join(f"{g} F1 {_f(m['f1'])} P {_f(m['precision'])}" for g, m in cvs["per_group"].items())
    )
    speed = cvs["upload_two_page_pdf"]
    if speed:
        print(
            f"CV upload of a {speed['pages']}-page PDF: {speed['median']:.2f} s (median of 5; target under 1 s)"
        )
        print(f"CV reader on a million crafted characters: {speed['crafted_seconds']:.2f} s (bound: 5 s)")
    if WRONG:
        print("\nwrong values (+ proposed, not in the label; - in the label, not proposed):")
        for d in cvs["documents"]:
            for field, w in d["wrong"].items():
                for sign, key in (("+", "extra"), ("-", "missed")):
                    for value in w[key]:
                        print(f"{d['file']:<44} {field:<14} {sign} {json.dumps(value, ensure_ascii=False)}")
    unread = [d["file"] for d in cvs["documents"] if not d["read"]]
    if unread:
        print(f"not read: {', '.join(unread)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_READERS,
        help="a corpus laid out like bench/data/readers (default)",
    )
    parser.add_argument(
        "--quality",
        type=Path,
        action="append",
        help="a graded set laid out like bench/data/quality whose notices count too (repeatable; "
        "default: bench/data/quality with the default corpus only)",
    )
    parser.add_argument("--notices-only", action="store_true", help="read the notices, not the CVs")
    parser.add_argument("--cvs-only", action="store_true", help="read the CVs, not the notices")
    parser.add_argument("--no-speed", action="store_true", help="leave out the CV upload timing")
    parser.add_argument("--wrong", action="store_true", help="list each CV's wrong values field by field")
    args = parser.parse_args()
    global READERS, QUALITY_SETS, SPEED, WRONG
    SPEED, WRONG = not args.no_speed, args.wrong
    READERS = args.data.resolve()
    QUALITY_SETS = [q.resolve() for q in args.quality] if args.quality else None
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    cvs = None if args.notices_only or not (READERS / "cvs").is_dir() else cv_results()
    notices = [] if args.cvs_only else notice_results()
    summary = notice_summary(notices)
    if args.json:
        print(
            json.dumps(
                {"notices": notices, "notice_summary": summary, "cvs": cvs},
                ensure_ascii=False,
                indent=1,
                default=sorted,
            )
        )
    else:
        print_report(notices, summary, cvs)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
