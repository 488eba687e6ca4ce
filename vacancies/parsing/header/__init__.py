"""Header facts: title, organisation, location, grade, deadline, contract, clearance, nationality,
one module per field.

Every reader returns ``(value, source line)`` or ``(None, None)``; none of them guesses. Choices:

- organisation: a "Division:"/"NATO Body:"/"Organisation:" label (its value may be on the next line), else
  a header line naming a body (capitals rewritten as the text writes them elsewhere: "SUPREME
  HEADQUARTERS ALLIED POWERS EUROPE" -> "Supreme Headquarters Allied Powers Europe (SHAPE)"), else a body
  introducing itself at the start of a sentence ("NATO Support and Procurement Agency (NSPA) brings ...",
  "ACT contributes ..."), else the first NATO division named before the requirements ("Operations
  Division", "Defence Investment Division (DI)", "Political Affairs and Security Policy (PASP) Division"),
  else "NATO" from a job board's "NATO : Title", else the first NATO body named anywhere.
- title: a "Title:" label, else the first short line naming a job (Officer, Assistant, Head, ...), else a
  Title Case first line; chrome, field names and their values, places, dates and headings are skipped;
  "NATO : " and post codes ("H-4: ") before it, a requisition number, "NATO" or a duty station after it
  are dropped.
- location: the "Location"/"Primary Location"/"Country" label's value, else a header line that is only a
  place ("Brussels, Belgium", "Belgium, Brussels", "Luxembourg"), else a duty station after the title.
  Job boards' forms are rewritten as "City, Country": "Belgium-Brussels", "LU-Capellen"; a region after
  the city without a comma is dropped ("Brussels Brussels Capital", "Mons Hainaut" -> the city).
- grade: normalised to "A.2/G15" (category.grade, then NATO grades); ranges keep "-" ("G15-G17"),
  sets "/" ("A.2/A.3"); "NATO Grade: 24" -> "G24".
- deadline: only after a deadline/closing-date label; numeric dates are read day first (European), unless
  the first number cannot be a month's day order (13-31 in second place means US month-first).
- clearance: the level named near "clearance"/"security" (NS -> NATO SECRET, CTS -> COSMIC TOP SECRET).
  "subject to receipt of a security clearance" without a level gives None; the sentence still goes to
  ``sources["clearance"]`` so a recruiter can see it.
"""

from __future__ import annotations

from .clearance import find_clearance
from .contract import find_contract
from .deadline import day_month_ambiguous, find_deadline, parse_date
from .found import Found
from .grade import find_grade
from .location import city_region, find_location, place_in
from .nationality import find_nationalities, find_nationality, states_restriction
from .organisation import find_organisation, plausible_body
from .reference import find_reference, reference_key
from .title import JOB_NOUN, find_title

__all__ = [
    "JOB_NOUN",
    "Found",
    "city_region",
    "day_month_ambiguous",
    "find_clearance",
    "find_contract",
    "find_deadline",
    "find_grade",
    "find_location",
    "place_in",
    "find_nationalities",
    "find_nationality",
    "find_organisation",
    "plausible_body",
    "find_reference",
    "reference_key",
    "find_title",
    "states_restriction",
    "parse_date",
]
