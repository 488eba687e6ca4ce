"""Location: the labelled place, a header line that is only a place, or a duty station after the title."""

from __future__ import annotations

import re

from reference.places import COUNTRY_CODES, COUNTRY_NAMES, DUTY_STATIONS

from .found import LABEL, Found

_I = re.IGNORECASE
_LOCATION_LABEL = re.compile(
    r"^(?:location|duty location|work location|job location|place of work|duty station|lieu(?: de travail)?|"
    r"localisation|city|based in|primary location|country|ubicaci[oó]n|localiza[çc][ãa]o|localit[àa]|"
    r"localidad)\s*:?\s*(?P<v>.*)$",
    _I,
)
_LOCATION_TEXT = re.compile(
    r"\b(?:located|based|stationed|duty station is|post is)\s+(?:in|at)\s+(?:the\s+)?(?:NATO\s+)?"
    r"(?:Headquarters\s+(?:in|at)\s+)?(?P<v>[A-Z][\w'-]+(?:[ -][A-Z][\w'-]+)?(?:,\s*[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)?)"
)
# Regions a job board writes after the city, without a comma ("Mons Hainaut", "Brussels Capital").
_REGION = re.compile(
    r"\s+(?:Brussels[- ]Capital(?: Region)?|Bruxelles[- ]Capitale|Brussel Hoofdstad|Capital Region|Hainaut|"
    r"Walloon Brabant|Brabant wallon|Flemish Brabant|Vlaams[- ]Brabant|Antwerpen|Antwerp|Li[èe]ge|Namur|"
    r"Limburg|Oost-Vlaanderen|West-Vlaanderen|East Flanders|West Flanders|Noord-Brabant|Zuid-Holland|"
    r"Campania|Liguria|Emilia-Romagna|Nordrhein-Westfalen|North Rhine-Westphalia|Rogaland)$",
    _I,
)

_NOT_PLACE = re.compile(
    r"\b(?:NATO|Agency|Staff|Command|Organi[sz]ation|Headquarters|Division|Directorate|Office|Centre|Center)\b"
)


def is_country(text: str) -> bool:
    return text.strip().casefold() in COUNTRY_NAMES


def is_city(text: str) -> bool:
    return text.strip().casefold() in DUTY_STATIONS


def location_line(line: str) -> str | None:
    """A header line that is only a place: "Brussels, Belgium", "Belgium, Brussels", "Shape, Mons, Belgium"."""
    parts = [p.strip() for p in line.split(",")]
    if not 2 <= len(parts) <= 3 or any(
        not re.fullmatch(r"[A-Z][\w'.-]*(?: [\w'.-]+){0,2}", p) for p in parts
    ):
        return None
    if is_country(parts[-1]):
        return ", ".join(parts)
    if len(parts) == 2 and is_country(parts[0]):
        return f"{parts[1]}, {parts[0]}"
    return None


def find_location(lines: list[str], title_line: str | None = None) -> Found:
    for i, line in enumerate(lines):
        match = _LOCATION_LABEL.match(line)
        if not match:
            continue
        value = match.group("v").strip(" :-")
        if not value and i + 1 < len(lines) and len(lines[i + 1]) <= 60:
            line = lines[i + 1]
            value = line.strip(" :-")
            if line.rstrip().endswith(":") or LABEL.match(line) or _NOT_PLACE.search(line):
                continue  # the next line is another field or a body, not a place
        if value and not _NOT_PLACE.search(value):
            return city_region(value), line
    for line in lines[:15]:
        place = location_line(line) or (line.strip() if is_country(line) else None)
        if place:
            return place, line
    if title_line:
        city = re.search(r"\s+[-–]\s+(?P<city>[A-Z][\w' -]+)$", title_line)
        if city and is_city(city.group("city")):
            return city.group("city").strip(), title_line
    for line in lines:
        match = _LOCATION_TEXT.search(line)
        if match:
            return match.group("v"), line
    return None, None


def city_region(value: str) -> str:
    """A job board's place as "City, Country".

    >>> [city_region(v) for v in ("Brussels Brussels Capital", "Mons Hainaut", "Belgium-Brussels", "LU-Capellen")]
    ['Brussels', 'Mons', 'Brussels, Belgium', 'Capellen, Luxembourg']
    """
    words = value.split()
    for size in (1, 2, 3):
        if len(words) > size and words[:size] == words[size : 2 * size]:
            return " ".join(words[:size])
    if "," not in value:
        value = _REGION.sub("", value).strip() or value
    # Taleo's "Country-City" ("Belgium-Brussels", "Belgium – Brussels", "LU-Capellen").
    match = re.fullmatch(r"(?P<country>[A-Za-z][A-Za-z ]*?)\s*[-–]\s*(?P<city>[A-Z][\w' -]*)", value)
    if match:
        country = match.group("country")
        name = COUNTRY_CODES.get(country.casefold()) if len(country) == 2 else country
        if name and is_country(name):
            return f"{match.group('city').strip()}, {name}"
    return location_line(value) or value
