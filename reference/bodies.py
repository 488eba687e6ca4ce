"""NATO bodies as notices name them: plain data for the notice parser, no database.

A notice may name its body by an acronym ("NCI Agency - Vacancy", "NSPA - ... Partnership"), in capitals,
with "NATO" in front or an acronym in brackets behind; the parser gives the body's full name as the body
writes it, without the acronym.
"""

from __future__ import annotations

# Full names of agencies, commands, headquarters and centres that offer posts.
BODY_NAMES: tuple[str, ...] = (
    "NATO Communications and Information Agency",
    "NATO Support and Procurement Agency",
    "Supreme Headquarters Allied Powers Europe",
    "Allied Command Operations",
    "Allied Command Transformation",
    "NATO Science and Technology Organization",
    "Centre for Maritime Research and Experimentation",
    "Collaboration Support Office",
    "NATO Helicopter Management Agency",
    "NATO Eurofighter and Tornado Management Agency",
    "NATO Alliance Ground Surveillance Management Agency",
    "Allied Joint Force Command Brunssum",
    "Allied Joint Force Command Naples",
    "Joint Force Command Norfolk",
    "Joint Force Training Centre",
    "Joint Warfare Centre",
    "Joint Analysis and Lessons Learned Centre",
    "NATO Defense College",
    "NATO Standardization Office",
    "International Military Staff",
    "International Staff",
    "Defence Innovation Accelerator for the North Atlantic",
    "NATO Airborne Early Warning and Control Force",
    "Allied Maritime Command",
    "Allied Land Command",
    "Allied Air Command",
    "NATO Programming Centre",
    "NATO Shared Services Centre",
)

# Acronyms (as written, case kept) -> full name. Left out: acronyms that name two bodies ("NSO": the
# Standardization Office and the NATO School Oberammergau).
BODY_ACRONYMS: dict[str, str] = {
    "NCIA": "NATO Communications and Information Agency",
    "NCI Agency": "NATO Communications and Information Agency",
    "NSPA": "NATO Support and Procurement Agency",
    "SHAPE": "Supreme Headquarters Allied Powers Europe",
    "ACO": "Allied Command Operations",
    "ACT": "Allied Command Transformation",
    "HQ SACT": "Allied Command Transformation",
    "SACT": "Allied Command Transformation",
    "STO": "NATO Science and Technology Organization",
    "NATO STO": "NATO Science and Technology Organization",
    "CMRE": "Centre for Maritime Research and Experimentation",
    "STO CMRE": "Centre for Maritime Research and Experimentation",
    "CSO": "Collaboration Support Office",
    "STO CSO": "Collaboration Support Office",
    "NAHEMA": "NATO Helicopter Management Agency",
    "NETMA": "NATO Eurofighter and Tornado Management Agency",
    "NAGSMA": "NATO Alliance Ground Surveillance Management Agency",
    "JFCBS": "Allied Joint Force Command Brunssum",
    "JFC Brunssum": "Allied Joint Force Command Brunssum",
    "JFCNP": "Allied Joint Force Command Naples",
    "JFC Naples": "Allied Joint Force Command Naples",
    "JFC Norfolk": "Joint Force Command Norfolk",
    "JFTC": "Joint Force Training Centre",
    "JWC": "Joint Warfare Centre",
    "JALLC": "Joint Analysis and Lessons Learned Centre",
    "NDC": "NATO Defense College",
    "IMS": "International Military Staff",
    "NATO IMS": "International Military Staff",
    "DIANA": "Defence Innovation Accelerator for the North Atlantic",
    "NAEW&C Force": "NATO Airborne Early Warning and Control Force",
    "MARCOM": "Allied Maritime Command",
    "LANDCOM": "Allied Land Command",
    "AIRCOM": "Allied Air Command",
}

# Other names of a body: its headquarters ("HQ SACT" is the headquarters of Allied Command Transformation).
BODY_ALIASES: dict[str, str] = {
    "Headquarters Supreme Allied Commander Transformation": "Allied Command Transformation",
    "Headquarters Allied Command Transformation": "Allied Command Transformation",
    "NATO Science and Technology Organisation": "NATO Science and Technology Organization",
    "NATO Airborne Early Warning & Control Force": "NATO Airborne Early Warning and Control Force",
}

# Bodies that hold others: a notice naming one of these and a body inside it is the inner body's notice.
PARENT_BODIES: frozenset[str] = frozenset(
    {
        "nato",
        "otan",
        "nato headquarters",
        "nato hq",
        "international staff",
        "nato international staff",
        "nato is",
        "nato science and technology organization",
        "nato science and technology organisation",
        "allied command operations",
    }
)


def _key(name: str) -> str:
    return " ".join(name.replace("&", " and ").casefold().split())


_BY_KEY: dict[str, str] = (
    {_key(n): n for n in BODY_NAMES}
    | {_key(a): n for a, n in BODY_ACRONYMS.items()}
    | {_key(a): n for a, n in BODY_ALIASES.items()}
)


def body_named(name: str) -> str | None:
    """The full name of the body ``name`` names, whatever the case or a "NATO" in front; None if unknown.

    >>> [body_named(n) for n in ("NCI Agency", "SUPREME HEADQUARTERS ALLIED POWERS EUROPE",
    ...                          "NATO Joint Force Training Centre", "Operations Division",
    ...                          "HEADQUARTERS ALLIED JOINT FORCE COMMAND BRUNSSUM", "HQ SACT")]
    ['NATO Communications and Information Agency', 'Supreme Headquarters Allied Powers Europe', 'Joint Force Training Centre', None, 'Allied Joint Force Command Brunssum', 'Allied Command Transformation']
    """
    key = _key(name)
    found = _BY_KEY.get(key)
    # "NATO Joint Force Training Centre", "HEADQUARTERS ALLIED JOINT FORCE COMMAND BRUNSSUM", "HQ JFC Naples"
    for prefix in ("nato ", "the ", "headquarters ", "hq "):
        if found is None and key.startswith(prefix):
            found = _BY_KEY.get(key.removeprefix(prefix))
    return found


def is_parent_body(name: str) -> bool:
    """A body that holds the one offering the post ("NATO Headquarters", "International Staff", "STO")."""
    key = _key(name)
    return key in PARENT_BODIES or _BY_KEY.get(key) == "NATO Science and Technology Organization"
