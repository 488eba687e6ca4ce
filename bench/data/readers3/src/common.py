"""Shared helpers for corpus 3: output folders and label construction.

Each CV is written next to its label; the label is the careful human reading of that CV and is
fixed when the document is written.
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CVS = ROOT / "cvs"
LABELS = CVS / "labels"

KEYS = [
    "file", "name", "email", "phone", "nationality", "education", "military_staff_college",
    "experience", "languages", "competencies", "skills",
]


def edu(level, field, institution, year):
    return {"level": level, "field": field, "institution": institution, "year": year}


def job(title, organisation, start, end):
    return {"title": title, "organisation": organisation, "start": start, "end": end}


def lang(language, level=None, stanag=None):
    return {"language": language, "level": level, "stanag": stanag}


def comps(*names):
    return [{"name": n} for n in names]


def label(file, name, email, phone, nationality, education, msc, experience, languages,
          competencies=(), skills=()):
    return {
        "file": file, "name": name, "email": email, "phone": phone, "nationality": nationality,
        "education": list(education), "military_staff_college": msc, "experience": list(experience),
        "languages": list(languages), "competencies": list(competencies), "skills": list(skills),
    }


def write_label(lab):
    assert list(lab) == KEYS, list(lab)
    LABELS.mkdir(parents=True, exist_ok=True)
    path = LABELS / (lab["file"] + ".json")
    body = json.dumps(lab, ensure_ascii=False, indent=2) + "\n"
    if path.exists():
        # labels are final once written: a rebuild may only reproduce them
        if path.read_text(encoding="utf-8") != body:
            raise SystemExit(f"label {path.name} differs from the written one; labels are final")
        return
    path.write_text(body, encoding="utf-8")
