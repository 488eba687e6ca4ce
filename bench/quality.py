"""Ranking quality against an expert's blind grades: NDCG@10, Kendall tau-b, eligibility agreement.

    .venv/bin/python bench/quality.py [--json] [--data bench/data/quality2]

For each notice in ``bench/data/quality/notices`` the product ranks that notice's 20 candidates through
its public command, ``python manage.py rank --vacancy NOTICE --candidates candidates/<slug>.jsonl
--as-of <as_of> --json`` (a subprocess, so exactly what a user runs), and the ranking is compared with
``grades/<slug>.json``, written by a recruiter who never read the code (see that folder's README.md):

- NDCG@10: gain = the expert's grade (0-3), discount 1/log2(position + 1), ideal = the grades sorted.
- Kendall tau-b between the expert's grade and the rank position, among the candidates the expert keeps
  (grade >= 1 and eligible is not false). Tau-b because grades tie; pairs tied in both count in neither.
- Eligibility: the expert's verdict (true/false/null) against the engine's, a 3x3 table; "agreement" is
  the share on the diagonal, "wrongly eligible" the candidates the engine passes and the expert fails.
- The same scores with the expert's verdicts in place of the engine's: what the ranking would be if every
  verdict were the expert's (the headroom in the verdicts, apart from the scores).
- A keyword baseline: Okapi BM25 (k1=1.2, b=0.75, idf = ln(1 + (N - n + 0.5) / (n + 0.5))) of the
  notice's whole text against each candidate's titles, descriptions, skills, summary and education
  fields; words are ``\\w+`` runs, case-folded, no stop list, each query word counted once. Ties by id.
- Per-essential statuses (``grades/<slug>.essentials.json``) are compared when ``rank --json`` gives an
  ``essentials`` list: each expert line is paired with the engine's most similar line (rapidfuzz
  token_set_ratio >= 60, one to one), then met/not_met/to_assess are compared.
No database is used.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "quality"
VERDICTS = (True, False, None)
ENGINE_VERDICTS = (*VERDICTS, "refused")  # "refused": the command rejected the candidate's line
STATUSES = ("met", "not_met", "to_assess")
ESSENTIAL_MATCH = 60  # token_set_ratio: the same line reworded still pairs, another line does not


# Metrics --------------------------------------------------------------------------------------------


def dcg(gains: Sequence[float]) -> float:
    """Discounted cumulative gain with the log2 discount.

    >>> round(dcg([3, 2]), 4)  # 3/log2(2) + 2/log2(3)
    4.2619
    """
    return sum(gain / math.log2(position + 2) for position, gain in enumerate(gains))


def ndcg_at(ranked_gains: Sequence[float], all_gains: Sequence[float], k: int = 10) -> float | None:
    """DCG of the first k of a ranking over the best possible DCG of k; None when every gain is 0."""
    ideal = dcg(sorted(all_gains, reverse=True)[:k])
    return dcg(list(ranked_gains)[:k]) / ideal if ideal else None


def kendall_tau_b(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Kendall's tau-b: (concordant - discordant) / sqrt((n0 - ties in x) (n0 - ties in y)).

    None when either side is constant (the coefficient is undefined). O(n^2): n is 20 here.

    >>> kendall_tau_b([1, 2, 3], [1, 2, 3]), kendall_tau_b([1, 2, 3], [3, 2, 1])
    (1.0, -1.0)
    """
    if len(x) != len(y):
        raise ValueError("x and y differ in length")
    concordant = discordant = ties_x = ties_y = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                ties_x += 1
                ties_y += 1
            elif dx == 0:
                ties_x += 1
            elif dy == 0:
                ties_y += 1
            elif (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    pairs = len(x) * (len(x) - 1) // 2
    denominator = math.sqrt((pairs - ties_x) * (pairs - ties_y))
    return (concordant - discordant) / denominator if denominator else None


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def bm25_scores(query: Sequence[str], documents: Sequence[Sequence[str]], k1=1.2, b=0.75) -> list[float]:
    """Okapi BM25 of one query against each document (lists of words); each query word counted once."""
    n = len(documents)
    average = sum(len(d) for d in documents) / n if n else 0.0
    containing = Counter(word for d in documents for word in set(d))
    idf = {w: math.log(1 + (n - containing[w] + 0.5) / (containing[w] + 0.5)) for w in set(query)}
    scores = []
    for document in documents:
        counts = Counter(document)
        norm = k1 * (1 - b + b * len(document) / average) if average else k1
        scores.append(sum(idf[w] * counts[w] * (k1 + 1) / (counts[w] + norm) for w in idf if counts[w]))
    return scores


def candidate_text(candidate: dict) -> str:
    """The words a keyword search sees: titles, descriptions, skills, summary, education fields."""
    parts = [candidate.get("summary") or ""]
    for post in candidate.get("experience") or []:
        parts += [post.get("title") or "", post.get("description") or ""]
    parts += [str(skill) for skill in candidate.get("skills") or []]
    for degree in candidate.get("education") or []:
        parts += [str(degree.get(key) or "") for key in ("level", "field", "institution")]
    return "\n".join(parts)


def eligibility_confusion(pairs: Sequence[tuple[bool | None, bool | str | None]]) -> dict:
    """(expert, engine) verdict pairs -> a 3x3 table (plus "refused"), agreement and the wrong passes."""
    table = {str(e): {str(g): 0 for g in ENGINE_VERDICTS} for e in VERDICTS}
    for expert, engine in pairs:
        table[str(expert)][str(engine)] += 1
    agree = sum(table[str(v)][str(v)] for v in VERDICTS)
    return {
        "table": table,
        "n": len(pairs),
        "agreement": agree / len(pairs) if pairs else None,
        "wrongly_eligible": table["False"]["True"],
        "wrongly_excluded": table["True"]["False"],
    }


def compare_essentials(expert: dict, ranked: Sequence[dict]) -> dict | None:
    """Per-essential statuses, expert against engine; None while rank gives no "essentials"."""
    if not any("essentials" in line for line in ranked):
        return None
    from rapidfuzz import fuzz

    lines = {e["id"]: e for e in expert["essentials"]}
    table = {e: dict.fromkeys((*STATUSES, "unmatched"), 0) for e in STATUSES}
    for line in ranked:
        statuses = expert["candidates"].get(line["id"])
        if statuses is None:
            continue
        scored = sorted(
            (
                (
                    fuzz.token_set_ratio(lines[eid]["text"].casefold(), (ours.get("text") or "").casefold()),
                    eid,
                    i,
                )
                for eid in statuses
                for i, ours in enumerate(line.get("essentials") or [])
            ),
            reverse=True,
        )
        paired: dict[str, int] = {}
        for similarity, eid, i in scored:
            if similarity >= ESSENTIAL_MATCH and eid not in paired and i not in paired.values():
                paired[eid] = i
        for eid, status in statuses.items():
            ours = line["essentials"][paired[eid]]["status"] if eid in paired else "unmatched"
            table[status][ours if ours in table[status] else "unmatched"] += 1
    total = sum(sum(row.values()) for row in table.values())
    matched = total - sum(row["unmatched"] for row in table.values())
    agree = sum(table[s][s] for s in STATUSES)
    return {
        "table": table,
        "expert_lines": total,
        "paired": matched,
        "agreement_paired": agree / matched if matched else None,
        "agreement_all": agree / total if total else None,
    }


# One notice ---------------------------------------------------------------------------------------


def run_rank(notice: Path, candidates: Path, as_of: str) -> tuple[list[dict], list[str]]:
    """The rank command's JSON lines, and its stderr lines (candidate lines it refused)."""
    command = [sys.executable, "manage.py", "rank", "--vacancy", str(notice), "--candidates", str(candidates)]
    command += ["--as-of", as_of, "--json"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    ranked = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    return ranked, [line for line in done.stderr.splitlines() if line.strip()]


def order_by_expert_verdicts(ranked: Sequence[dict], grades: dict) -> list[str]:
    """The candidates ordered as the engine orders them (eligible, to be assessed, not eligible; by score;
    ties by id) but with the expert's verdicts in place of the engine's: what the ranking would be with
    every verdict right and the same scores (the headroom in the verdicts alone)."""
    group = {True: 0, None: 1, False: 2}
    return [
        line["id"]
        for line in sorted(
            ranked, key=lambda line: (group[grades[line["id"]]["eligible"]], -line["score"], line["id"])
        )
    ]


def _kept_tau(order: Sequence[str], grades: dict, refused: Sequence[str] = ()) -> float | None:
    """Tau-b of grade against position; candidates the command refused share the last place."""
    position = {cid: -i for i, cid in enumerate(order)} | {cid: -len(order) for cid in refused}
    kept = [cid for cid in position if grades[cid]["grade"] >= 1 and grades[cid]["eligible"] is not False]
    return kendall_tau_b([grades[c]["grade"] for c in kept], [position[c] for c in kept])


def evaluate(slug: str, data: Path = DATA) -> dict:
    DATA = data  # noqa: N806 (the set read: bench/data/quality by default)
    graded = json.loads((DATA / "grades" / f"{slug}.json").read_text(encoding="utf-8"))
    grades, as_of = graded["grades"], graded["as_of"]
    notice = DATA / "notices" / f"{slug}.txt"
    candidates_file = DATA / "candidates" / f"{slug}.jsonl"
    ranked, complaints = run_rank(notice, candidates_file, as_of)
    order = [line["id"] for line in ranked]
    if set(order) - set(grades):
        raise SystemExit(f"{slug}: ranked ids without a grade: {sorted(set(order) - set(grades))}")
    # A candidate line the command refuses is not ranked at all: it is shown below everyone (beyond the
    # first 10 here, so NDCG@10 is as if it were last) and its verdict is "refused".
    refused = sorted(set(grades) - set(order))
    all_gains = [g["grade"] for g in grades.values()]

    candidates = [
        json.loads(line) for line in candidates_file.read_text(encoding="utf-8").splitlines() if line
    ]
    query = words(notice.read_bytes().decode("utf-8", errors="replace"))
    scores = bm25_scores(query, [words(candidate_text(c)) for c in candidates])
    baseline = [c["id"] for _, c in sorted(zip(scores, candidates), key=lambda sc: (-sc[0], sc[1]["id"]))]

    by_expert = order_by_expert_verdicts(ranked, grades)

    essentials_file = DATA / "grades" / f"{slug}.essentials.json"
    essentials = None
    if essentials_file.exists():
        essentials = compare_essentials(json.loads(essentials_file.read_text(encoding="utf-8")), ranked)
    return {
        "notice": slug,
        "candidates": len(order),
        "kept": sum(1 for g in grades.values() if g["grade"] >= 1 and g["eligible"] is not False),
        "ndcg10": ndcg_at([grades[c]["grade"] for c in order], all_gains),
        "tau_b": _kept_tau(order, grades, refused),
        "expert_verdicts_ndcg10": ndcg_at([grades[c]["grade"] for c in by_expert], all_gains),
        "expert_verdicts_tau_b": _kept_tau(by_expert, grades, refused),
        "bm25_ndcg10": ndcg_at([grades[c]["grade"] for c in baseline], all_gains),
        "bm25_tau_b": _kept_tau(baseline, grades),
        "eligibility": eligibility_confusion(
            [(grades[line["id"]]["eligible"], line["eligible"]) for line in ranked]
            + [(grades[cid]["eligible"], "refused") for cid in refused]
        ),
        "refused": {"ids": refused, "messages": complaints},
        "essentials": essentials,
        "essentials_available": essentials_file.exists(),
    }


# Report ---------------------------------------------------------------------------------------------


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return sum(values) / len(values) if values else None


def _f(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def summarise(results: list[dict]) -> dict:
    pairs_total = eligibility_confusion([])
    for result in results:
        for expert, row in result["eligibility"]["table"].items():
            for engine, count in row.items():
                pairs_total["table"][expert][engine] += count
    n = sum(r["eligibility"]["n"] for r in results)
    agree = sum(pairs_total["table"][str(v)][str(v)] for v in VERDICTS)
    pairs_total.update(
        n=n,
        agreement=agree / n if n else None,
        wrongly_eligible=pairs_total["table"]["False"]["True"],
        wrongly_excluded=pairs_total["table"]["True"]["False"],
    )
    comparable = [r for r in results if r["ndcg10"] is not None and r["bm25_ndcg10"] is not None]
    return {
        "mean": {
            key: _mean(r[key] for r in results)
            for key in (
                "ndcg10",
                "tau_b",
                "bm25_ndcg10",
                "bm25_tau_b",
                "expert_verdicts_ndcg10",
                "expert_verdicts_tau_b",
            )
        },
        "mean_agreement": _mean(r["eligibility"]["agreement"] for r in results),
        "beats_baseline_ndcg": sum(1 for r in comparable if r["ndcg10"] > r["bm25_ndcg10"]),
        "beats_baseline_tau": sum(
            1 for r in results if None not in (r["tau_b"], r["bm25_tau_b"]) and r["tau_b"] > r["bm25_tau_b"]
        ),
        "notice_count": len(results),
        "eligibility": pairs_total,
    }


def print_report(results: list[dict], summary: dict) -> None:
    print(
        f"{'notice':<36} {'kept':>4} {'NDCG@10':>8} {'BM25':>6} {'tau-b':>6} {'BM25':>6} {'agree':>6} {'wrong+':>6}"
    )
    for r in results:
        e = r["eligibility"]
        print(
            f"{r['notice']:<36} {r['kept']:>4} {_f(r['ndcg10']):>8} {_f(r['bm25_ndcg10']):>6} "
            f"{_f(r['tau_b']):>6} {_f(r['bm25_tau_b']):>6} {_f(e['agreement'], 2):>6} {e['wrongly_eligible']:>6}"
        )
    m = summary["mean"]
    print(
        f"{'mean':<36} {'':>4} {_f(m['ndcg10']):>8} {_f(m['bm25_ndcg10']):>6} {_f(m['tau_b']):>6} "
        f"{_f(m['bm25_tau_b']):>6} {_f(summary['mean_agreement'], 2):>6}"
    )
    print(
        f"beats baseline on {summary['beats_baseline_ndcg']} of {summary['notice_count']} notices (NDCG@10); "
        f"on {summary['beats_baseline_tau']} of {summary['notice_count']} (tau-b)"
    )
    print(
        f"with the expert's verdicts in place of the engine's (same scores): NDCG@10 "
        f"{_f(m['expert_verdicts_ndcg10'])}, tau-b {_f(m['expert_verdicts_tau_b'])}"
    )
    e = summary["eligibility"]
    print(f"\neligibility, all {e['n']} candidates (rows: expert, columns: engine)")
    print(f"{'expert/engine':<16}" + "".join(f"{v:>8}" for v in ("true", "false", "null", "refused")))
    for expert in ("True", "False", "None"):
        row = e["table"][expert]
        name = {"True": "true", "False": "false", "None": "null"}[expert]
        print(f"{name:<16}" + "".join(f"{row[g]:>8}" for g in ("True", "False", "None", "refused")))
    print(
        f"agreement {_f(e['agreement'], 3)}; wrongly eligible (engine true, expert false) {e['wrongly_eligible']}; "
        f"wrongly excluded (engine false, expert true) {e['wrongly_excluded']}"
    )
    with_statuses = [r for r in results if r["essentials"] is not None]
    if not with_statuses:
        if any(r["essentials_available"] for r in results):
            print("\nper-essential statuses: n/a (rank has no essentials yet)")
        return
    print("\nper-essential statuses (expert lines paired with the engine's by text)")
    for r in with_statuses:
        s = r["essentials"]
        print(
            f"{r['notice']:<36} paired {s['paired']}/{s['expert_lines']}, "
            f"agreement {_f(s['agreement_paired'], 2)} of paired, {_f(s['agreement_all'], 2)} of all"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument(
        "--data", type=Path, default=DATA, help="a graded set laid out like bench/data/quality (default)"
    )
    args = parser.parse_args()
    data = args.data.resolve()
    results = [evaluate(path.stem, data) for path in sorted((data / "notices").glob("*.txt"))]
    summary = summarise(results)
    if args.json:
        print(json.dumps({"notices": results, **summary}, ensure_ascii=False, indent=1))
    else:
        print_report(results, summary)


if __name__ == "__main__":
    main()
