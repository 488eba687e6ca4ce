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

# The bodies' French names, as NATO's French notices and site write them: a French notice names its body in
# French ("Agence OTAN de soutien et d'acquisition (NSPA)"), and the parser gives it so.
BODY_NAMES_FR: dict[str, str] = {
    "NATO Communications and Information Agency": "Agence OTAN d'information et de communication",
    "NATO Support and Procurement Agency": "Agence OTAN de soutien et d'acquisition",
    "Supreme Headquarters Allied Powers Europe": "Grand Quartier général des puissances alliées en Europe",
    "Allied Command Operations": "Commandement allié Opérations",
    "Allied Command Transformation": "Commandement allié Transformation",
    "NATO Science and Technology Organization": "Organisation OTAN pour la science et la technologie",
    "Centre for Maritime Research and Experimentation": "Centre pour la recherche et l'expérimentation maritimes",
    "NATO Helicopter Management Agency": (
        "Agence OTAN de gestion pour la conception, le développement, la production et la logistique de "
        "l'hélicoptère OTAN"
    ),
    "NATO Eurofighter and Tornado Management Agency": "Agence OTAN de gestion pour l'Eurofighter et le Tornado",
    "Allied Joint Force Command Brunssum": "Commandement de forces interarmées alliées de Brunssum",
    "Allied Joint Force Command Naples": "Commandement de forces interarmées alliées de Naples",
    "Joint Force Training Centre": "Centre d'entraînement de forces interarmées",
    "Joint Warfare Centre": "Centre de guerre interarmées",
    "NATO Defense College": "Collège de défense de l'OTAN",
    "NATO Standardization Office": "Bureau OTAN de normalisation",
    "International Military Staff": "État-major militaire international",
    "International Staff": "Secrétariat international",
    "Defence Innovation Accelerator for the North Atlantic": "Accélérateur d'innovation de défense pour l'Atlantique Nord",
    "Allied Maritime Command": "Commandement maritime allié",
    "Allied Land Command": "Commandement terrestre allié",
    "Allied Air Command": "Commandement aérien allié",
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
        "siège de l'otan",
        "organisation du traité de l'atlantique nord",
        "north atlantic treaty organization",
        "north atlantic treaty organisation",
        "the north atlantic treaty organization",
    }
)


def _key(name: str) -> str:
    return " ".join(name.replace("&", " and ").casefold().split())


_BY_KEY: dict[str, str] = (
    {_key(n): n for n in BODY_NAMES}
    | {_key(french): n for n, french in BODY_NAMES_FR.items()}
    | {_key(f"{french} de l'OTAN"): n for n, french in BODY_NAMES_FR.items()}
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


def body_name_in(name: str, language: str) -> str:
    """``name`` as a notice in ``language`` names its body: a known body by its French name in French, any
    other name (a division, an unknown body) as it is.

    >>> [body_name_in(n, "fr") for n in ("NSPA", "AGENCE OTAN DE GESTION POUR L'EUROFIGHTER ET LE TORNADO",
    ...                                  "Division Innovation, hybride et cyber")]
    ["Agence OTAN de soutien et d'acquisition", "Agence OTAN de gestion pour l'Eurofighter et le Tornado", 'Division Innovation, hybride et cyber']
    >>> body_name_in("NSPA", "en")
    'NSPA'
    """
    if not language.startswith("fr"):
        return name
    known = body_named(name)
    return BODY_NAMES_FR.get(known, name) if known else name


def is_parent_body(name: str) -> bool:
    """A body that holds the one offering the post ("NATO Headquarters", "International Staff", "STO")."""
    key = _key(name)
    # also by another name ("Secrétariat international", "Organisation OTAN pour la science et la technologie")
    return key in PARENT_BODIES or _BY_KEY.get(key) in _PARENT_NAMES


_PARENT_NAMES = frozenset(
    {"NATO Science and Technology Organization", "International Staff", "Allied Command Operations"}
)
