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
- Where a set has a second recruiter's blind grades of the same candidates (``second_grader/<slug>.json``,
  or ``--second DIR``):
  how far the two graders agree (NDCG@10 of the second grader's order against the first's grades, ties
  counted at their expected place; tau-b between the two grades; the eligibility table between them),
  and the engine judged where both agree, as issue 14 asks: nobody called eligible whom both exclude,
  nobody excluded whom both keep, and the share of the verdicts both give that the engine gives too.
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
# A set's second grader, when it has one: <slug>.json each, graded blind beside the first.
SECOND_GRADER = "second_grader"
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


def ndcg_of_grades(order_grades: Sequence[float], all_gains: Sequence[float], k: int = 10) -> float | None:
    """NDCG@k of ranking by a grade (another grader's), where candidates of the same grade come in no
    particular order: each tied group is counted at its expected DCG (its mean gain at each of its places),
    so ties neither help nor hurt. ``order_grades``: per candidate (the ranking grade, the gain).

    >>> ndcg_of_grades([(3, 3), (2, 2)], [3, 2]), round(ndcg_of_grades([(1, 3), (1, 0)], [3, 0]), 3)
    (1.0, 0.815)
    """
    ideal = dcg(sorted(all_gains, reverse=True)[:k])
    if not ideal:
        return None
    ranked = sorted(order_grades, key=lambda pair: -pair[0])
    total, start = 0.0, 0
    while start < len(ranked):
        end = start
        while end < len(ranked) and ranked[end][0] == ranked[start][0]:
            end += 1
        mean_gain = sum(gain for _, gain in ranked[start:end]) / (end - start)
        total += sum(mean_gain / math.log2(position + 2) for position in range(start, min(end, k)))
        start = end
    return total / ideal


def graders_agreement(first: dict, second: dict, engine: dict) -> dict:
    """Two graders' grades of the same candidates (id -> {"grade", "eligible"}) and the engine's verdicts
    (id -> True/False/None/"refused"): how far the graders agree, and the engine where they agree."""
    ids = sorted(set(first) & set(second))
    all_gains = [first[c]["grade"] for c in ids]
    kept = [c for c in ids if first[c]["grade"] >= 1 and first[c]["eligible"] is not False]
    table = eligibility_confusion([(first[c]["eligible"], second[c]["eligible"]) for c in ids])
    agreed = [c for c in ids if first[c]["eligible"] is second[c]["eligible"]]
    decided = [c for c in agreed if first[c]["eligible"] is not None]
    return {
        "n": len(ids),
        "ndcg10": ndcg_of_grades([(second[c]["grade"], first[c]["grade"]) for c in ids], all_gains),
        "tau_b": kendall_tau_b([first[c]["grade"] for c in kept], [second[c]["grade"] for c in kept]),
        "eligibility": table,
        "agreed": len(agreed),
        "agreed_decided": len(decided),
        "engine_right_of_agreed": sum(1 for c in agreed if engine.get(c) is first[c]["eligible"]),
        "engine_right_of_decided": sum(1 for c in decided if engine.get(c) is first[c]["eligible"]),
        "wrongly_eligible": sum(
            1 for c in decided if first[c]["eligible"] is False and engine.get(c) is True
        ),
        "wrongly_excluded": sum(
            1 for c in decided if first[c]["eligible"] is True and engine.get(c) is False
        ),
    }


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


def evaluate(slug: str, data: Path = DATA, second: Path | None = None) -> dict:
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
    graders = None
    if second is not None and (second / f"{slug}.json").exists():
        other = json.loads((second / f"{slug}.json").read_text(encoding="utf-8"))["grades"]
        verdicts = {line["id"]: line["eligible"] for line in ranked} | dict.fromkeys(refused, "refused")
        graders = graders_agreement(grades, other, verdicts)
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
        "graders": graders,
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
        "graders": _graders_summary([r["graders"] for r in results if r.get("graders")]),
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


def _graders_summary(graded: list[dict]) -> dict | None:
    """The second grader's comparison over the notices that have one: means of the rank figures, sums of
    the counts."""
    if not graded:
        return None
    table = eligibility_confusion([])
    for g in graded:
        for first, row in g["eligibility"]["table"].items():
            for second, count in row.items():
                table["table"][first][second] += count
    n = sum(g["n"] for g in graded)
    agreed = sum(g["agreed"] for g in graded)
    decided = sum(g["agreed_decided"] for g in graded)
    right, right_decided = (
        sum(g[key] for g in graded) for key in ("engine_right_of_agreed", "engine_right_of_decided")
    )
    return {
        "notices": len(graded),
        "n": n,
        "ndcg10": _mean(g["ndcg10"] for g in graded),
        "tau_b": _mean(g["tau_b"] for g in graded),
        "eligibility_table": table["table"],
        "eligibility_agreement": agreed / n if n else None,
        "agreed": agreed,
        "agreed_decided": decided,
        "engine_right_of_agreed": right,
        "engine_right_share": right / agreed if agreed else None,
        "engine_right_of_decided": right_decided,
        "engine_right_decided_share": right_decided / decided if decided else None,
        "wrongly_eligible": sum(g["wrongly_eligible"] for g in graded),
        "wrongly_excluded": sum(g["wrongly_excluded"] for g in graded),
    }


def print_graders(summary: dict | None) -> None:
    if not summary:
        return
    g = summary
    print(
        f"\nsecond grader, {g['notices']} notices, {g['n']} candidates: their order against the first's grades "
        f"NDCG@10 {_f(g['ndcg10'])}, tau-b between the grades {_f(g['tau_b'])}, same eligibility "
        f"{_f(g['eligibility_agreement'], 3)} ({g['agreed']} of {g['n']}; rows: first, columns: second)"
    )
    for first in ("True", "False", "None"):
        row = g["eligibility_table"][first]
        print(f"{first:<8}" + "".join(f"{row[v]:>6}" for v in ("True", "False", "None")))
    print(
        f"where both agree: the engine gives the same verdict to {g['engine_right_of_agreed']} of {g['agreed']} "
        f"({_f(g['engine_right_share'], 3)}); of the {g['agreed_decided']} both decide, "
        f"{g['engine_right_of_decided']} ({_f(g['engine_right_decided_share'], 3)}) decided the same, "
        f"wrongly eligible {g['wrongly_eligible']}, wrongly excluded {g['wrongly_excluded']}"
    )


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
    print_graders(summary["graders"])
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
    parser.add_argument(
        "--second",
        type=Path,
        help="a second grader's blind grades of the same set, <slug>.json each (default: the set's second_grader/)",
    )
    args = parser.parse_args()
    data = args.data.resolve()
    second = args.second.resolve() if args.second else data / SECOND_GRADER
    if not second.is_dir():
        second = None
    results = [evaluate(path.stem, data, second) for path in sorted((data / "notices").glob("*.txt"))]
    summary = summarise(results)
    if args.json:
        print(json.dumps({"notices": results, **summary}, ensure_ascii=False, indent=1))
    else:
        print_report(results, summary)


if __name__ == "__main__":
    main()
