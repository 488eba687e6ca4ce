"""Throughput of the notice parser on one core: notices per second, milliseconds per notice.

    .venv/bin/python bench/parser.py [--count 1000] [--seed 7]

Generates noisy variants of the seed and test notices (noise lines inserted, sections repeated, bullet
marks changed or dropped, Windows line ends, curly quotes) and parses each once. No database.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vacancies.parsing import NotANoticeError, parse_notice  # noqa: E402

SOURCES = sorted((ROOT / "vacancies" / "fixtures" / "notices").glob("*.txt")) + sorted(
    (ROOT / "tests" / "vacancies" / "notices").glob("*.txt")
)
NOISE = [
    "Loading ...", "View: 130", "Ver: 12", "Visualizza: 40", "Update day: 16-11-2025", "Click to apply",
    "Report job", "Share this job", "Requisition # 4411", "cover image", "🚀", "⏰ 29-12-2025🌏 Evere, Brussels Capital",
]  # fmt: skip
BULLETS = ["- ", "• ", "* ", "    ", ""]


def noisy(text: str, rng: random.Random) -> str:
    """One synthetic variant of a notice."""
    lines = text.replace("\r\n", "\n").split("\n")
    bullet = rng.choice(BULLETS)
    out = []
    for line in lines:
        stripped = line.lstrip()
        if stripped[:2] in ("- ", "• ", "* "):
            line = bullet + stripped[2:]
        out.append(line)
        if rng.random() < 0.05:
            out.append(rng.choice(NOISE))
    if rng.random() < 0.5 and len(out) > 20:
        start = rng.randrange(len(out) // 2)
        out[start:start] = out[start : start + rng.randint(5, 15)]  # a section repeated by the scraper
    if rng.random() < 0.3:
        out += ["SIMILAR JOBS"] + [rng.choice(NOISE[-1:]) for _ in range(6)]
    text = "\n".join(out)
    if rng.random() < 0.3:
        text = text.replace("'", "’")
    if rng.random() < 0.3:
        text = text.replace("\n", "\r\n")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bases = [path.read_bytes().decode("utf-8") for path in SOURCES]
    notices = [noisy(rng.choice(bases), rng) for _ in range(args.count)]
    parse_notice(bases[0])  # warm the regex and ladder caches
    refused = 0
    started = time.perf_counter()
    for text in notices:
        try:
            parse_notice(text)
        except NotANoticeError:
            refused += 1
    elapsed = time.perf_counter() - started
    size = sum(len(t) for t in notices) / len(notices)
    print(f"{args.count} notices (mean {size / 1000:.1f} kB, from {len(bases)} sources), {refused} refused")
    print(f"{args.count / elapsed:,.0f} notices/s, {elapsed / args.count * 1000:.2f} ms per notice")


if __name__ == "__main__":
    main()
