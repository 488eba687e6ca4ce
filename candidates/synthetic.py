"""Realistic synthetic candidates in the bulk-import format, for the demo and the benchmarks.

Deterministic for a given seed, so that ``load_demo`` run twice produces the same people.
"""

from __future__ import annotations

import random

from reference.data import COMPETENCY_LADDERS, MEMBER_NATIONS

FIRST_NAMES = (
    "Anna", "Lukas", "Sofia", "Mateo", "Emma", "Jonas", "Elena", "Piotr", "Ines", "Tomas", "Marta", "Henrik",
    "Clara", "Andrei", "Laura", "Nikos", "Eva", "Jakub", "Chloe", "Mihai", "Sara", "Oskar", "Lea", "Dimitar",
    "Julia", "Matteo", "Ana", "Karel", "Ingrid", "Luca", "Zeynep", "Rui", "Agnieszka", "Pierre", "Hanna",
)  # fmt: skip
LAST_NAMES = (
    "Peeters", "Novak", "Rossi", "Dubois", "Kowalski", "Jensen", "Popescu", "Silva", "Schmidt", "Horvat",
    "Nielsen", "Garcia", "Papadopoulos", "Smith", "Virtanen", "Kovacs", "Berzins", "Yilmaz", "Andersen",
    "Martin", "Ivanova", "Janssens", "Moreau", "Bianchi", "Fischer", "Lopes", "Dvorak", "Larsen", "Brown",
)  # fmt: skip
NON_MEMBER_NATIONS = ("Ukraine", "Georgia", "Republic of Moldova", "Switzerland", "Austria", "Ireland")
FIELDS = (
    "International Relations", "Political Science", "Security Studies", "Economics", "Law",
    "Public Administration", "Engineering", "Computer Science", "History", "Business Administration",
    "Defence Studies", "Strategic Studies",
)  # fmt: skip
INSTITUTIONS = (
    "KU Leuven", "Sciences Po", "King's College London", "University of Warsaw", "Charles University",
    "Georgetown University", "University of Bologna", "Utrecht University", "University of Tartu",
    "Universidad Complutense de Madrid", "Stockholm University", "Royal Military Academy",
)  # fmt: skip
ROLES = (
    ("Defence Policy Officer", "Ministry of Defence", "Drafted defence policy papers and advised on defence planning and capability development."),
    ("Programme Officer", "NATO International Staff", "Managed capacity building programmes with partner nations and reported to Allies."),
    ("Staff Officer, Plans", "Joint Force Command", "Prepared military force plans, exercises and crisis response planning."),
    ("Security Analyst", "Ministry of Foreign Affairs", "Analysed international affairs and security policy issues for senior leadership."),
    ("Project Manager", "European Defence Agency", "Coordinated multinational capability cooperation projects and armaments procurement."),
    ("Capability Planner", "Allied Command Transformation", "Led capability development across DOTMLPFI and the NATO Defence Planning Process."),
    ("Research Fellow", "Centre for Strategic Studies", "Published studies on defence institution building and reform in the post-Soviet space."),
    ("Liaison Officer", "National Delegation to NATO", "Represented the delegation in committees and liaised with national authorities."),
    ("Procurement Officer", "NATO Support and Procurement Agency", "Ran procurement and contract management for logistics programmes."),
    ("Communications Officer", "Public Diplomacy Division", "Drafted press statements, briefing material and public diplomacy campaigns."),
    ("Software Engineer", "Tech Startup", "Built web applications and data pipelines."),
    ("Teacher", "Secondary School", "Taught history and civic education."),
)  # fmt: skip
SKILLS = (
    "defence planning", "policy analysis", "project management", "stakeholder management", "report writing",
    "capability development", "NATO Defence Planning Process", "procurement", "risk management",
    "negotiation", "public diplomacy", "data analysis", "budget planning", "crisis management", "PARP",
    "defence institution building", "partnership programmes", "customer service",
)  # fmt: skip
OTHER_LANGUAGES = ("German", "Spanish", "Italian", "Polish", "Russian", "Romanian", "Turkish", "Dutch")
LEVELS = ("I", "II", "III", "IV", "V", "VI")


def synthetic_profile(index: int, rng: random.Random) -> dict:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    nationality = rng.choice(MEMBER_NATIONS) if rng.random() < 0.9 else rng.choice(NON_MEMBER_NATIONS)
    graduation = rng.randint(1990, 2021)
    education = []
    level = rng.choices(["secondary", "bachelor", "master", "doctorate"], weights=[8, 30, 52, 10])[0]
    if level != "secondary":
        education.append(
            {"level": "bachelor", "field": rng.choice(FIELDS), "institution": rng.choice(INSTITUTIONS),
             "year": graduation - (2 if level != "bachelor" else 0)}
        )  # fmt: skip
    if level in {"master", "doctorate"}:
        education.append(
            {
                "level": level,
                "field": rng.choice(FIELDS),
                "institution": rng.choice(INSTITUTIONS),
                "year": graduation,
            }
        )
    if level == "secondary":
        education.append({"level": "secondary", "field": "", "institution": "Lycée", "year": graduation})

    experience, year = [], graduation
    for _ in range(rng.randint(0, 4)):
        start_year, start_month = year + rng.randint(0, 1), rng.randint(1, 12)
        if start_year > 2026:
            break
        length = rng.randint(8, 60)
        end_total = start_year * 12 + start_month - 1 + length
        end_year, end_month = divmod(end_total, 12)
        end = None if end_year >= 2026 else f"{end_year:04d}-{end_month + 1:02d}"
        title, organisation, description = rng.choice(ROLES)
        experience.append(
            {"title": title, "organisation": organisation, "start": f"{start_year:04d}-{start_month:02d}",
             "end": end, "description": description}
        )  # fmt: skip
        if end is None:
            break
        year = end_year

    strong, weak = rng.sample(["English", "French"], 2)
    languages = [
        {"language": strong, "level": rng.choices(LEVELS[3:], weights=[2, 5, 3])[0]},
    ]
    if rng.random() < 0.85:
        languages.append({"language": weak, "level": rng.choice(LEVELS[:5])})
    if rng.random() < 0.4:
        languages.append({"language": rng.choice(OTHER_LANGUAGES), "level": rng.choice(LEVELS)})

    competencies = [
        {"name": name, "rung": rng.randint(1, len(rungs))}
        for name, rungs in rng.sample(sorted(COMPETENCY_LADDERS.items())[:11], rng.randint(0, 7))
    ]
    # About half the claims say what the person did (chosen without the generator, so that adding evidence
    # left every other field of the people as it was).
    for n, claim in enumerate(competencies):
        if experience and (index + n) % 2 == 0:
            post = experience[(index + n) % len(experience)]
            claim["evidence"] = f"As {post['title']}, {post['organisation']}: {post['description']}"
    return {
        "id": f"demo-{index:05d}",
        "name": f"{first} {last}",
        "email": f"{first}.{last}.{index}@example.net".lower(),
        "nationality": nationality,
        "education": education,
        "military_staff_college": rng.random() < 0.12,
        "experience": experience,
        "languages": languages,
        "competencies": competencies,
        "skills": rng.sample(SKILLS, rng.randint(0, 6)),
        "summary": f"{first} {last}, {education[-1]['field'] or 'general'} background, "
        f"{len(experience)} posts in defence and security.",
    }


def synthetic_profiles(count: int, *, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    return [synthetic_profile(index, rng) for index in range(1, count + 1)]
