"""Throughput of the matching engine on one core: candidate-vacancy pairs per second.

    .venv/bin/python bench/engine.py [--sizes 1000 10000 100000]

Synthetic, realistic candidates (candidates.synthetic) against three seed-like vacancies built from
dicts (no parser needed). Reported separately: reading and preparing the profiles (once per
candidate, reused across vacancies) and scoring the pairs, text similarity included. Peak memory is
the process's maximum resident set size.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from candidates.profile import profile_from_import_json  # noqa: E402
from candidates.synthetic import synthetic_profiles  # noqa: E402
from matching.scoring import prepare_profile, prepare_vacancy, rank, score, score_many  # noqa: E402

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


def bench(size: int) -> None:
    people = synthetic_profiles(size, seed=size)
    gc.collect()
    started = time.perf_counter()
    profiles = [profile_from_import_json(p) for p in people]
    read = time.perf_counter() - started
    started = time.perf_counter()
    prepared_profiles = [prepare_profile(p) for p in profiles]
    prepared_time = time.perf_counter() - started
    del people
    print(f"\n{size:,} candidates: read {size / read:,.0f}/s, prepared {size / prepared_time:,.0f}/s")
    total_pairs, total_time = 0, 0.0
    for name, vacancy in VACANCIES.items():
        prepared = prepare_vacancy(vacancy)
        # A cold pass (the vacancy learns the candidates' words), then a warm one, as a worker
        # scoring chunk after chunk would see them.
        for label in ("cold", "warm"):
            started = time.perf_counter()
            results = score_many(prepared, prepared_profiles, AS_OF)
            elapsed = time.perf_counter() - started
            print(f"  {name:<5} {label}: {size / elapsed:>10,.0f} pairs/s", end="")
            if label == "cold":
                total_pairs += size
                total_time += elapsed
        started = time.perf_counter()
        ranked = rank(results)
        eligible = sum(1 for _, r in ranked if r.eligible)
        print(f"   rank {time.perf_counter() - started:.2f}s, eligible {eligible:,}")
    print(f"  all vacancies, cold: {total_pairs / total_time:,.0f} pairs/s; peak RSS {peak_rss_mb():,.0f} MB")
    # One pair at a time through score() with the collector running, as services.score_pairs does.
    prepared = prepare_vacancy(MCC)
    started = time.perf_counter()
    for p in prepared_profiles:
        score(prepared, p, AS_OF)
    print(f"  mcc one by one, collector on: {size / (time.perf_counter() - started):,.0f} pairs/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, one core; as of {AS_OF}")
    for size in args.sizes:
        bench(size)


if __name__ == "__main__":
    main()
