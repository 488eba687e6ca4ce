"""Location: the labelled place, a header line that is only a place, or a duty station after the title."""

from __future__ import annotations

import re

from reference.nations import NATION_ALIASES, nation_in, nation_named
from reference.places import (
    COUNTRY_CODES,
    COUNTRY_CODES_3,
    COUNTRY_NAMES,
    DUTY_STATION_PLACES,
    DUTY_STATIONS,
)

from .found import LABEL, Found

_I = re.IGNORECASE
_LOCATION_LABEL = re.compile(
    r"^(?:locations?|duty location|work location|job locations?|place of work|place of duty|duty place|"
    # a contract's or a statement of work's "Place of performance", "Work site", "Office location"
    r"place of (?:performance|assignment|employment)|work ?site|office location|workplace|"
    r"posting location|duty station|lieu d'affectation|lieu(?: de travail)?|standort|arbeitsort|sede(?: di lavoro)?|"
    r"localisation|city|based in|primary location|country|ubicaci[oó]n|localiza[çc][ãa]o|localit[àa]|"
    r"localidad"
    # The member nations' words for a duty station: Dutch, German, Italian, Spanish, Portuguese, Polish, Nordic.
    r"|standplaats|werkplek|dienstort|einsatzort|luogo di lavoro|lugar de trabajo|local de trabalho|miejsce pracy"
    r"|tj[äa]nsteort|tjenestested|arbejdssted)\b\s*:?\s*(?P<v>.*)$",
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
    r"\b(?:NATO|OTAN|Agency|Staff|Command|Organi[sz]ation|Headquarters|Division|Directorate|Office|Centre|"
    r"Center|Si[èe]ge|Quartier g[ée]n[ée]ral)\b"
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


def _in_nation_list(lines: list[str], i: int) -> bool:
    """Whether the country on line ``i`` is one of a list of countries, one a line (the nations whose
    citizens may apply): a list names who may apply, not where the post is."""
    return any(0 <= j < len(lines) and is_country(lines[j]) for j in (i - 1, i + 1))


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
        place = place_name(value) if value else None
        if place and not _NOT_PLACE.search(place):
            return place, line
    for i, line in enumerate(lines[:25]):
        # "Siège de l'OTAN, Bruxelles (Belgique)": the country in brackets, as French notices write it.
        country = re.search(r"\s*\((?P<c>[^()]+)\)$", line)
        source = line
        if country and "," in line and is_country(country["c"].strip()):
            line = f"{line[: country.start()]}, {country['c'].strip()}"
        bare = re.sub(r"\s*\([^()]*\)$", "", line)  # "Gdynia, Poland (on site, with travel ...)"
        place = location_line(bare) or (
            line.strip() if is_country(line) and not _in_nation_list(lines, i) else None
        )
        if not place and i < 15 and line.strip().casefold() in DUTY_STATION_PLACES:
            place = line.strip()  # a header strip's cell "Capellen"
        if not place and line.count(",") >= 2 and len(line) <= 60 and _NOT_PLACE.match(line):
            place = location_line(line.split(",", 1)[1].strip())  # "NATO Headquarters, Brussels, Belgium"
        if not place and i < 15 and line.count(",") == 1 and len(line) <= 60 and _NOT_PLACE.match(line):
            city = line.split(",", 1)[
                1
            ].strip()  # "NATO Headquarters, Brussels", "SHAPE, Mons": a body, its city
            place = city if is_city(city) else None
        if not place and i < 15:
            place = _after_body(line) or _postal_address(line)
        if place:
            return place_name(place), source
    for line in lines[:15]:
        place = _place_in_cells(line)
        if place:
            return place, line
    if title_line:
        city = re.search(r"\s+[-–]\s+(?P<city>[A-Z][\w'-]*(?: [\w'][\w'-]*)*)$", title_line)
        if city and is_city(city.group("city")):
            return place_name(city.group("city").strip()), title_line
    for line in lines:
        match = _LOCATION_TEXT.search(line)
        if match:
            return place_name(match.group("v")), line
    return None, None


# "JOINT WARFARE CENTRE | Stavanger, Norway", "Allied Joint Force Command Norfolk - Norfolk, Virginia, USA".
_BODY_THEN_PLACE = re.compile(
    r"^(?P<body>.{3,80}?)\s*(?:,|:|\s[|·–-])\s*(?P<place>[^,:|]+(?:,[^,:|]+){1,2})$"
)


def _after_body(line: str) -> str | None:
    """The place after the body a header line names, in capitals or not: "COLLABORATION SUPPORT OFFICE (CSO),
    Neuilly-sur-Seine, France", "JOINT WARFARE CENTRE | Stavanger, Norway"."""
    match = _BODY_THEN_PLACE.match(line.strip())
    if not match or not (
        re.search(_NOT_PLACE.pattern, match.group("body"), _I)
        or re.search(r"\([A-Z]{2,8}\)", match.group("body"))
    ):
        return None
    return location_line(match.group("place").strip())


# A postal address's last parts: its postcode before the town ("1110 Brussels", "B-1110 Brussels", "D-47546
# Kalkar"), then the country.
_POSTAL = re.compile(
    r"(?:^|,)\s*(?:[A-Z]{1,2}-?\s?)?\d{4,5}\s+(?P<city>[A-Z][\w'.-]*(?: [\w'.-]+){0,2})"
    r"(?:,\s*(?P<country>[A-Z][\w'.-]*(?: [\w'.-]+){0,2}))?$"
)


def _postal_address(line: str) -> str | None:
    """The town and country of a postal address ("NATO Headquarters, Boulevard Léopold III, 1110 Brussels,
    Belgium" -> "Brussels, Belgium"); a town without its country must be a duty station."""
    match = _POSTAL.search(line.strip()) if len(line) <= 140 else None
    if not match:
        return None
    if match["country"]:
        return f"{match['city']}, {match['country']}" if is_country(match["country"]) else None
    return match["city"] if is_city(match["city"]) else None


def _duty_station(part: str) -> tuple[str, str] | None:
    """The duty station a part names, also at the end of a base's name ("NATO Air Base Geilenkirchen")."""
    words = part.casefold().split()
    for start in range(len(words)):
        place = DUTY_STATION_PLACES.get(" ".join(words[start:]))
        if place and (
            start == 0 or _NOT_PLACE.search(part) or re.search(r"\b(?:base|camp|barracks)\b", part, _I)
        ):
            return place
    return None


def _country(part: str) -> str | None:
    key = part.strip().casefold()
    if key in COUNTRY_CODES and part.isupper():
        return COUNTRY_CODES[key]
    if key in COUNTRY_CODES_3 and part.strip().isupper():
        return COUNTRY_CODES_3[key]  # "Mons (BEL)"
    return NATION_ALIASES.get(key) or nation_named(part) or (part.strip() if is_country(part) else None)


# A place named only to say where the duty station is: "Hallbergmoos (near Munich)".
_NEAR = re.compile(r"^(?:near|close to|next to|outside|nahe|bei|près de|pr[eè]s d')\s", _I)
# A header strip's cells: "NCIA · Mons, BEL · Grade: A3", "NATO · Brussels, Brussels Region, Belgium (On-site)".
_CELL = re.compile(r"\s+[·|]\s+|\s+[-–]\s+(?=[A-Z])")


def _place_in_cells(line: str) -> str | None:
    if len(line) > 160 or not _CELL.search(line):
        return None
    for cell in _CELL.split(line):
        cell = re.sub(r"\s*\((?:on-?site|remote|hybrid)\)$", "", cell.strip(), flags=_I)
        if LABEL.match(cell):
            continue
        if _NOT_PLACE.search(cell):
            # "NATO Headquarters, Brussels, Belgium": the body's seat, as its place says
            place = place_name(cell) if "," in cell and _NOT_PLACE.match(cell) else None
            if place and location_line(place) and not _NOT_PLACE.search(place):
                return place
            continue
        if "," not in cell:
            if cell.casefold() in DUTY_STATION_PLACES:  # "Position: Officer | NSPA | Capellen"
                return place_name(cell)
            continue
        place = place_name(cell)
        if location_line(place):
            return place
    return None


def place_name(value: str) -> str:
    """A place as "City, Country" in English, whatever the notice put around it; a duty station named
    alone gets its country. Anything else is returned as the job board's form allows (``city_region``).

    >>> [place_name(v) for v in ("NATO Headquarters, Brussels, Belgium", "Siège de l'OTAN, Bruxelles (Belgique)",
    ...                          "Capellen, Luxembourg (Grand-Duché)", "Brussels", "Mons Hainaut", "Remote",
    ...                          "Hallbergmoos (near Munich), Germany", "SHAPE, Mons (BEL)",
    ...                          "NATO Air Base Geilenkirchen, Germany")]
    ['Brussels, Belgium', 'Brussels, Belgium', 'Capellen, Luxembourg', 'Brussels, Belgium', 'Mons, Belgium', 'Remote', 'Hallbergmoos, Germany', 'Mons, Belgium', 'Geilenkirchen, Germany']
    """
    value = city_region(
        re.sub(r"^\d{4,5}\s+(?=[A-Z])", "", " ".join(value.split()).strip(" .;"))
    )  # "52511 Geilenkirchen"
    parts = [p.strip() for p in re.split(r"\s*[,()]\s*", value) if p.strip()]
    countries = [(i, country) for i, part in enumerate(parts) if (country := _country(part))]
    cities = [(i, place) for i, part in enumerate(parts) if (place := _duty_station(part))]
    if countries:
        at, country = countries[0]
        known = [place for i, place in cities if i < at]
        if known:
            # An address runs from the smaller place to the larger: "SHAPE, Casteau, Mons (Belgium)" -> Mons
            return f"{known[-1][0]}, {country}"
        before = [p for p in parts[:at] if not _NOT_PLACE.search(p) and not _NEAR.match(p)]
        return f"{before[-1]}, {country}" if before else country
    if cities:
        city, country = cities[0][1]
        return f"{city}, {country}"
    return value


def city_region(value: str) -> str:
    """A job board's place as "City, Country".

    >>> [city_region(v) for v in ("Brussels Brussels Capital", "Mons Hainaut", "Belgium-Brussels", "LU-Capellen",
    ...                           "Netherlands-Zuid-Holland-The Hague")]
    ['Brussels', 'Mons', 'Brussels, Belgium', 'Capellen, Luxembourg', 'The Hague, Netherlands']
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
            city = match.group("city").strip()
            # Taleo's "Country-Region-City" ("Netherlands-Zuid-Holland-The Hague"): the city is last.
            for cut in (m.end() for m in re.finditer(r"-", city)):
                if city[cut:].strip().casefold() in DUTY_STATION_PLACES:
                    city = city[cut:].strip()
                    break
            else:
                # A city the reference does not know ("Italy-Sicily-Sigonella"): the last of the names the
                # hyphens join between two capitals ("Ile-de-France-Neuilly-sur-Seine" -> Neuilly-sur-Seine).
                city = _hyphenated_names(city)[-1]
            return f"{city}, {name}"
    return location_line(value) or value


def _hyphenated_names(text: str) -> list[str]:
    """The names hyphens join in a Taleo place, a name's own lower-case links kept ("Aix-en-Provence").

    >>> _hyphenated_names("Ile-de-France-Neuilly-sur-Seine"), _hyphenated_names("Sicily-Sigonella")
    (['Ile-de-France', 'Neuilly-sur-Seine'], ['Sicily', 'Sigonella'])
    """
    names: list[str] = []
    for part in text.split("-"):
        if names and (part[:1].islower() or names[-1].rsplit("-", 1)[-1][:1].islower()):
            names[-1] += f"-{part}"
        else:
            names.append(part)
    return names


def place_in(place: str | None, source: str | None, language: str) -> str | None:
    """A place read as "City, Country" in English (``place_name``), as a notice in ``language`` writes it:
    the city as its source line writes it, the country's name in that language (CLDR). English unchanged.

    >>> place_in("Brussels, Belgium", "Lieu d'affectation : Siège de l'OTAN, Bruxelles (Belgique)", "fr")
    'Bruxelles, Belgique'
    >>> place_in("The Hague, Netherlands", "Lieu : La Haye", "fr"), place_in("Mons, Belgium", "SHAPE, Mons", "en")
    ('La Haye, Pays-Bas', 'Mons, Belgium')
    """
    if not place or not language.startswith("fr"):
        return place
    city, comma, country = place.rpartition(", ")
    if not comma:
        return nation_in(place, "fr") if is_country(place) else place
    for written, (english, _) in DUTY_STATION_PLACES.items():
        found = english == city and re.search(rf"(?<!\w){re.escape(written)}(?!\w)", source or "", _I)
        if found:
            city = found.group(0)
            break
    return f"{city}, {nation_in(country, 'fr')}"
