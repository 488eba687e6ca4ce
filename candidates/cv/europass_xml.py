"""A Europass CV in XML (the Europass XML schema v3: a "SkillsPassport" or "Europass" root holding
"LearnerInfo"), parsed with defusedxml: a document type declaration is refused, so no entity can expand
(a "billion laughs") nor fetch a file.

Its fields: Identification (PersonName, ContactInfo, Demographics/NationalityList), Headline (a
"personal_statement" is the summary), WorkExperienceList (Period From/To year and "--MM" month or Current,
Position/Label, Employer/Name, Activities), EducationList (Period, Title, Organisation/Name, Level: an EQF
level), Skills (Linguistic: MotherTongue and ForeignLanguage with a CEFR level per skill and certificates;
Computer and JobRelated: descriptions, rich text allowed).
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree  # types only: parsing is defusedxml's

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from reference.data import ReferenceData

from .proposal import CvProposal
from .structured import degree, listed, month, post, proposal, spoken

# EQF levels (the schema's Education/Level/Code) as the levels of education proposed.
_EQF_LEVELS = {"3": "secondary", "4": "secondary", "6": "bachelor", "7": "master", "8": "doctorate"}


def profile(text: str, reference: ReferenceData) -> CvProposal | None:
    """The proposal for a Europass XML CV; None for text that is not one (not XML, a declaration of
    entities, or another document)."""
    try:
        root = fromstring(text, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rpartition("}")[2]  # the Europass namespace, whichever version
    learner = root if root.tag == "LearnerInfo" else root.find("LearnerInfo")
    if root.tag not in {"SkillsPassport", "Europass", "LearnerInfo"} or learner is None:
        return None
    person = learner.find("Identification")
    schools = learner.findall("EducationList/Education")
    linguistic = "Skills/Linguistic/"
    headline = learner.find("Headline")
    statement = (
        _text(headline, "Description/Label")
        if headline is not None and _text(headline, "Type/Code") == "personal_statement"
        else ""
    )
    return proposal(
        name=" ".join(_text(person, f"PersonName/{part}") for part in ("FirstName", "Surname")),
        email=_text(person, "ContactInfo/Email/Contact"),
        phone=_text(person, "ContactInfo/TelephoneList/Telephone/Contact"),
        nationality_lines=[
            f"Nationality: {_text(each, 'Label') or _text(each, 'Code')}"
            for each in _all(person, "Demographics/NationalityList/Nationality")
        ],
        education_entries=[
            degree(
                _text(school, "Title"),
                _text(school, "Field/Label"),
                _text(school, "Organisation/Name"),
                _year(school.find("Period/To")),
                level=_EQF_LEVELS.get(_text(school, "Level/Code")),
            )
            for school in schools
        ],
        education_lines=[f"{_text(s, 'Title')}, {_text(s, 'Organisation/Name')}" for s in schools],
        posts=[
            post(
                _text(work, "Position/Label"),
                _text(work, "Employer/Name"),
                _month(work.find("Period/From"), end=False),
                None if _text(work, "Period/Current") == "true" else _month(work.find("Period/To"), end=True),
                _plain(_text(work, "Activities")),
            )
            for work in learner.findall("WorkExperienceList/WorkExperience")
        ],
        spoken_languages=spoken(
            [
                (_language(each), "mother tongue")
                for each in learner.findall(linguistic + "MotherTongueList/MotherTongue")
            ]
            + [
                (
                    _language(each),
                    # A CEFR level per skill, then the certificates ("STANAG 6001 SLP 3333").
                    " ".join(
                        [(level.text or "").strip() for level in _all(each, "ProficiencyLevel/*")]
                        + [_text(c, "Title") for c in _all(each, "VerifiedBy/Certificate")]
                    ),
                )
                for each in learner.findall(linguistic + "ForeignLanguageList/ForeignLanguage")
            ],
            reference,
        ),
        skill_items=listed(
            line
            for kind in ("Computer", "JobRelated")
            for line in _plain(_text(learner, f"Skills/{kind}/Description")).splitlines()
        ),
        about=_plain(statement),
        reference=reference,
    )


def _text(element: ElementTree.Element | None, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "").strip() if found is not None else ""


def _all(element: ElementTree.Element | None, path: str) -> list[ElementTree.Element]:
    return element.findall(path) if element is not None else []


def _year(date: ElementTree.Element | None) -> int | None:
    year = date.get("year", "") if date is not None else ""
    return int(year) if re.fullmatch(r"\d{4}", year) else None


def _month(date: ElementTree.Element | None, *, end: bool) -> str | None:
    """YYYY-MM of a Period's From or To: year="2018" month="--05" (the month may be left out)."""
    year = _year(date)
    if year is None:
        return None
    number = re.fullmatch(r"--(\d{2})", date.get("month", ""))
    if number and 1 <= int(number[1]) <= 12:
        return f"{year}-{number[1]}"
    return month(str(year), end=end)


def _language(element: ElementTree.Element) -> str:
    """A language's label, or its ISO 639-1 code's English name ("de" -> "German")."""
    label = _text(element, "Description/Label")
    code = _text(element, "Description/Code")
    if label or not code:
        return label
    from babel import Locale

    return Locale.parse("en").languages.get(code.lower(), "")


def _plain(text: str) -> str:
    """A description's rich text (HTML paragraphs and list items, escaped in the XML) as lines of text."""
    return "\n".join(
        line.strip() for line in html.unescape(re.sub(r"<[^>]*>", "\n", text)).splitlines() if line.strip()
    )
