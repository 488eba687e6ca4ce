"""Throughput of the matching engine on one core: candidate-vacancy pairs per second.

    .venv/bin/python bench/engine.py [--sizes 1000 10000 100000]

Synthetic, realistic candidates (candidates.synthetic) against three seed-like vacancies built from
dicts (no parser needed). Each size runs in its own process, so that its peak memory (maximum
resident set size) is its own. The engine is single-threaded; rates are per CPU-second of this
process (wall-clock rates in brackets: on a shared machine they also count time spent waiting).
Each timed block starts after a full garbage collection, so that it does not pay for the objects
left by the block before it.

Reported per size:
- read, prepare: candidates per second turned from the import format into profiles, and prepared
  (text terms, months, signatures: once per candidate, reused across vacancies);
- all three vacancies at once (``score_all``, as a pipeline chunk does), cold (fresh vacancies:
  every word and every case seen for the first time) then warm (a worker's next chunk);
- each vacancy alone (``score_many``, as a rescoring of one vacancy and the rank command do);
- end to end: preparing plus scoring the three vacancies, text similarity included.
Target (issues 5 and 9): at least 100,000 pairs per second.
"""

from __future__ import annotations

import argparse
import gc
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from candidates.profile import profile_from_import_json  # noqa: E402
from candidates.synthetic import synthetic_profiles  # noqa: E402
from matching.scoring import prepare_profile, prepare_vacancy, rank, score_all, score_many  # noqa: E402

AS_OF = date(2025, 11, 1)

DICB = {
    "title": "Officer, Country Coordinator",
    "degree": {"level": "university", "alternatives": ["military_staff_college"],
               "fields": ["political science", "international relations", "security studies", "another relevant discipline"]},
    "min_years_experience": 5,
    "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"]},
    "competencies": [
        {"name": "Achievement", "level_text": "Creates own measures of excellence and improves performance", "rung": 4},
        {"name": "Analytical Thinking", "level_text": "Sees multiple relationships", "rung": 3},
        {"name": "Change Leadership", "level_text": "Expresses vision for change", "rung": 2},
        {"name": "Impact and Influence", "level_text": "Uses indirect influence", "rung": 5},
        {"name": "Initiative", "level_text": "Is decisive in a time-sensitive situation", "rung": 3},
        {"name": "Organisational Awareness", "level_text": "Understands organisational politics", "rung": 4},
        {"name": "Teamwork", "level_text": "Solicits inputs and encourages others", "rung": 4},
    ],
    "nationality_restricted": True,
    "essential": [
        "possess a University degree from an institute of recognised standing, preferably in the field of political science",
        "have at least 5 years' experience in the field foreign/security/defence affairs from an International Organisation",
        "have in-depth knowledge of international affairs and defence policy issues",
        "have considerable knowledge and experience in defence planning, the preparation of military force plans and "
        "associated financial, staffing, and procurement planning",
        "be able to communicate concisely, clearly, logically and persuasively, orally and in writing",
        "possess cultural awareness enabling her/him to work and collaborate effectively in a multinational environment",
    ],
    "desirable": [
        "higher level of the NATO's second official language",
        "experience in security or defence related cooperation with Bosnia Herzegovina, Moldova and/or Georgia",
        "knowledge of and experience with the NATO Defence Planning Process and/or national defence planning processes",
        "knowledge or experience related to NATO's partnership programmes and tools, in particular PARP, DCB, and ITPP",
        "knowledge of other NATO or partner languages",
        "experience in transformation, reform and defence institution building processes in the post-Soviet space",
        "knowledge and experience in all aspects of capability development, encompassing doctrine and policies, "
        "organisation, training, materiel, leadership/education, personnel, facilities, and interoperability",
    ],
    "accountabilities": [
        "Follow and advise on the different steps of PARP, DCB, and ITPP. Keep abreast of the NATO Defence Planning Process.",
        "Support the development and implementation of the Tailored Support Packages for Bosnia and Herzegovina.",
        "Contribute to the development and reform of NATO's partnership policies and security cooperation programmes.",
        "Regularly represent the Directorate in meetings with national authorities of NATO and partner nations.",
        "Prepare reports, briefing material, press statements and other material on partnership programmes.",
        "Develop relations with national defence transformation experts in Allied and partner capitals.",
    ],
}  # fmt: skip

MCC = {
    "title": "Programme Officer, Multinational Capability Cooperation (MCC)",
    "degree": {"level": "university", "fields": [], "alternatives": ["equivalent_qualification"]},
    "min_years_experience": 2,
    "languages": {"rule": "one_high_other_low", "high": "V", "low": "I", "pair": ["English", "French"]},
    "competencies": [
        {"name": "Analytical Thinking", "level_text": "Sees multiple relationships", "rung": 3},
        {"name": "Flexibility", "level_text": "Adapts to unforeseen situations", "rung": 3},
        {"name": "Impact and Influence", "level_text": "Takes multiple actions to persuade", "rung": 3},
        {"name": "Initiative", "level_text": "Is decisive in a time-sensitive situation", "rung": 3},
        {"name": "Organisational Awareness", "level_text": "Understands organisational climate and culture", "rung": 3},
        {"name": "Teamwork", "level_text": "Co-operates", "rung": 1},
    ],
    "nationality_restricted": True,
    "essential": [
        "have at least 2 years' of relevant experience and a good knowledge of international capability development",
        "possess a good knowledge of NATO's methods and structures to develop requirements and related planning processes",
        "have excellent analytical and communication skills and be able to draft quickly, clearly and concisely",
        "have the ability to effectively advocate for multinational capability cooperation efforts amongst stakeholders",
        "have experience working in an international work environment",
    ],
    "desirable": [
        "demonstrable customer service mindset and an associated high degree of attention to detail",
        "be driven to continuously seek opportunities for improvement and reduce organizational stovepipes",
        "relevant professional experience with international armaments co-operation, including procurement policies",
    ],
    "accountabilities": [
        "Contribute to the development of concepts, policies and procedures for multinational capability delivery.",
        "Develop specific proposals for multinational capability delivery across the full DOTMLPFI spectrum.",
        "Enhance and manage internal networks, develop contacts with NATO Military Authorities and national delegations.",
        "Co-ordinate and manage NATO staff facilitation efforts for multinational capability delivery projects.",
        "Independently lead the planning and execution of strategies and work plans for High Visibility Projects.",
        "Engage regularly with the private sector to identify innovative ideas for capability delivery.",
    ],
}  # fmt: skip

# A military-style post: STANAG profile, other language, no desirables.
ACO = {
    "title": "Staff Officer (Plans)",
    "degree": {"level": "bachelor", "fields": ["engineering"], "alternatives": ["military_staff_college"]},
    "min_years_experience": 3,
    "languages": {"rule": "none", "requirements": [{"language": "German", "level": "III"}],
                  "stanag": [{"language": "English", "slp": "3333"}]},
    "competencies": [],
    "nationality_restricted": True,
    "essential": ["experience in operational planning and crisis management in a multinational headquarters"],
    "desirable": [],
    "accountabilities": ["Draft operation plans and coordinate logistics programmes with national authorities."],
}  # fmt: skip

VACANCIES = {"dicb": DICB, "mcc": MCC, "aco": ACO}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


class Timer:
    """CPU and wall time of a block.

    A full collection first, outside the times: a block should not pay for the collector's pass
    over the garbage and the many objects left by the block before.
    """

    def __enter__(self) -> Timer:
        gc.collect()
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall

    def rate(self, count: int) -> str:
        return f"{count / self.cpu:>9,.0f}/s ({count / self.wall:,.0f})"


def bench(size: int) -> None:
    people = synthetic_profiles(size, seed=size)
    gc.collect()
    with Timer() as read:
        profiles = [profile_from_import_json(p) for p in people]
    del people
    with Timer() as prepare:
        prepared_profiles = [prepare_profile(p) for p in profiles]
    print(f"\n{size:,} candidates: read {read.rate(size)}, prepared {prepare.rate(size)}")
    pairs = size * len(VACANCIES)
    for label in ("cold", "warm"):
        if label == "cold":
            vacancies = [prepare_vacancy(v) for v in VACANCIES.values()]
        with Timer() as scoring:
            grid = score_all(vacancies, prepared_profiles, AS_OF)
        if label == "cold":
            cold = scoring
        print(f"  all {len(VACANCIES)} vacancies, {label}: {scoring.rate(pairs)} pairs")
    del grid
    for name, vacancy in VACANCIES.items():
        prepared = prepare_vacancy(vacancy)
        rates = []
        for _ in ("cold", "warm"):
            with Timer() as scoring:
                results = score_many(prepared, prepared_profiles, AS_OF)
            rates.append(scoring.rate(size))
        with Timer() as ranking:
            ranked = rank(results)
        eligible = sum(1 for _, r in ranked if r.eligible)
        print(
            f"  {name:<5} alone, cold: {rates[0]}, warm: {rates[1]} pairs; rank {ranking.cpu:.2f}s, {eligible:,} eligible"
        )
    end_to_end = pairs / (prepare.cpu + cold.cpu)
    print(
        f"  end to end (prepare + all vacancies, cold): {end_to_end:,.0f} pairs/s; peak RSS {peak_rss_mb():,.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--in-process", action="store_true", help="Run the sizes in this process.")
    args = parser.parse_args()
    if args.in_process:
        for size in args.sizes:
            bench(size)
        return
    print(f"Python {sys.version.split()[0]}, one core; as of {AS_OF}", flush=True)
    for size in args.sizes:
        subprocess.run([sys.executable, __file__, "--in-process", "--sizes", str(size)], check=True)


if __name__ == "__main__":
    main()
