"""Shared helpers: label writers (same key order as the first corpus) and output paths."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTICES = os.path.join(ROOT, "notices")
CVS = os.path.join(ROOT, "cvs")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _dump(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def notice_label(file, *, title, organisation, location, grade, deadline,
                 degree_level, fields, alternatives, fields_required,
                 min_years, rule, high=None, low=None, pair=None, requirements=(),
                 stanag=(), competencies=(), nationality_restricted=True,
                 nationalities=(), clearance=None, conditions=()):
    lab = {
        "file": file,
        "title": title,
        "organisation": organisation,
        "location": location,
        "grade": grade,
        "deadline": deadline,
        "degree": {
            "level": degree_level,
            "fields": list(fields),
            "alternatives": list(alternatives),
            "fields_required": fields_required,
        },
        "min_years_experience": min_years,
        "languages": {
            "rule": rule,
            "high": high,
            "low": low,
            "pair": list(pair) if pair else None,
            "requirements": [{"language": l, "level": v} for l, v in requirements],
            "stanag": list(stanag),
        },
        "competencies": list(competencies),
        "nationality_restricted": nationality_restricted,
        "nationalities": list(nationalities),
        "clearance": clearance,
        "experience_conditions": [{"years": y, "context": c} for y, c in conditions],
    }
    return lab


def cv_label(file, *, name, email, phone, nationality, education=(),
             military_staff_college=False, experience=(), languages=(),
             competencies=(), skills=()):
    return {
        "file": file,
        "name": name,
        "email": email,
        "phone": phone,
        "nationality": nationality,
        "education": [{"level": l, "field": f, "institution": i, "year": y}
                      for l, f, i, y in education],
        "military_staff_college": military_staff_college,
        "experience": [{"title": t, "organisation": o, "start": s, "end": e}
                       for t, o, s, e in experience],
        "languages": [{"language": l, "level": v, "stanag": s} for l, v, s in languages],
        "competencies": [{"name": c} for c in competencies],
        "skills": list(skills),
    }


def write_notice_label(lab):
    _dump(os.path.join(NOTICES, "labels", lab["file"] + ".json"), lab)


def write_cv_label(lab):
    _dump(os.path.join(CVS, "labels", lab["file"] + ".json"), lab)


def write_text(folder, name, text, encoding="utf-8"):
    with open(os.path.join(folder, name), "w", encoding=encoding, newline="\n") as fh:
        fh.write(text)
