"""Essentials read as a recruiter reads them (issue 14): the same discipline under another name, years
stated in months, acronyms and examples, places listed as alternatives. Pure, no database."""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, NOT_MET, TO_ASSESS, classify
from matching.scoring import prepare_vacancy, score
from reference.concepts import shows
from reference.disciplines import asked_disciplines, close_disciplines

AS_OF = date(2026, 6, 1)
EVERY = frozenset({"degree", "experience", "languages", "nationality"})


def notice(*essential: str, **changes) -> dict:
    vacancy = {
        "title": "Officer",
        "degree": {"level": "university", "fields": [], "alternatives": []},
        "min_years_experience": 3,
        "languages": {"rule": "none", "requirements": [], "stanag": [], "raw": [], "pair": []},
        "nationality_restricted": True,
        "essential": list(essential),
        "desirable": [],
        "accountabilities": ["Plan the movement of forces"],
    }
    vacancy.update(changes)
    return vacancy


def person(*experience: dict, field: str = "Logistics", **changes) -> dict:
    candidate = {
        "id": "p", "name": "P", "nationality": "Romania",
        "education": [{"level": "master", "field": field, "institution": "A university"}],
        "experience": list(experience) or [
            {"title": "Clerk", "organisation": "A shop", "start": "2015-01", "end": None, "description": "Sales."}
        ],
        "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "II"}],
    }  # fmt: skip
    candidate.update(changes)
    return candidate


def entry(title: str, organisation: str, start: str, end: str | None, description: str) -> dict:
    return {
        "title": title,
        "organisation": organisation,
        "start": start,
        "end": end,
        "description": description,
    }


def status_of(vacancy: dict, candidate: dict, line: str) -> str:
    result = score(prepare_vacancy(vacancy), profile_from_import_json(candidate), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


# The same discipline under another name -------------------------------------------------------------

IT_DEGREE = "A university degree in computer science, information technology or a closely related discipline"
LAW_DEGREE = "A university degree in law"
IR_DEGREE = "A university degree in political science, international relations or Middle Eastern studies"
IR_FIELDS = ["political science", "international relations", "Middle Eastern studies"]
TRANSLATION_DEGREE = "A university degree in translation, terminology or linguistics"


@pytest.mark.parametrize(
    ("line", "fields", "field", "expected"),
    [
        (IT_DEGREE, ["computer science", "information technology"], "Computer Engineering", MET),
        (IT_DEGREE, ["computer science", "information technology"], "Applied Informatics", MET),
        (IT_DEGREE, ["computer science", "information technology"], "Informatique de gestion", MET),
        (IT_DEGREE, ["computer science", "information technology"], "Medieval History", NOT_MET),
        (LAW_DEGREE, ["law"], "Droit public", MET),
        (LAW_DEGREE, ["law"], "Rechtswissenschaften", MET),
        (LAW_DEGREE, ["law"], "Giurisprudenza", MET),
        (LAW_DEGREE, ["law"], "Chemistry", NOT_MET),
        (LAW_DEGREE, ["law"], "Dr. rer. nat. Chemie", NOT_MET),
        (IR_DEGREE, IR_FIELDS, "Bc. Mezinárodní vztahy", MET),
        (IR_DEGREE, IR_FIELDS, "Magister stosunków międzynarodowych", MET),
        (IR_DEGREE, IR_FIELDS, "Fil.kand. Statsvetenskap", MET),
        (IR_DEGREE, IR_FIELDS, "MA Études islamiques", MET),
        (IR_DEGREE, IR_FIELDS, "Master Moyen-Orient - Méditerranée", MET),
        (IR_DEGREE, IR_FIELDS, "Criminal Justice", TO_ASSESS),
        (IR_DEGREE, IR_FIELDS, "Philosophy", NOT_MET),
        (TRANSLATION_DEGREE, ["translation", "terminology", "linguistics"], "Maîtrise en terminologie", MET),
        (TRANSLATION_DEGREE, ["translation", "terminology", "linguistics"], "Laurea in Traduzione", MET),
        (
            TRANSLATION_DEGREE,
            ["translation", "terminology", "linguistics"],
            "Master LEA anglais-allemand",
            MET,
        ),
        (TRANSLATION_DEGREE, ["translation", "terminology", "linguistics"], "Marine Biology", NOT_MET),
        # A field the engine cannot place is no proof of an unrelated one: a person reads it.
        (TRANSLATION_DEGREE, ["translation", "terminology", "linguistics"], "Laurea in Enologia", TO_ASSESS),
    ],
)
def test_a_required_field_is_met_by_the_same_discipline_under_another_name(line, fields, field, expected):
    vacancy = notice(line, degree={"level": "university", "fields": fields, "alternatives": [],
                                   "fields_required": True})  # fmt: skip
    assert status_of(vacancy, person(field=field), line) == expected


def test_a_close_discipline_earns_what_the_preferred_field_earns():
    vacancy = prepare_vacancy(
        notice("A university degree", degree={"level": "university", "fields": ["political science"],
                                              "alternatives": [], "fields_required": False})
    )  # fmt: skip

    def degree_points(field: str) -> float:
        return score(vacancy, profile_from_import_json(person(field=field)), AS_OF).breakdown["degree"].points

    assert (
        degree_points("Sciences politiques")
        == degree_points("Political Science")
        > degree_points("Chemistry")
    )


def test_the_disciplines_are_names_not_families():
    assert close_disciplines("Computer Engineering") == {"computing", "engineering"}
    assert close_disciplines("Particle Physics") == {"physics", "natural sciences"}  # not computing
    assert not close_disciplines("Tourism")
    assert close_disciplines("Mechanical Engineering") == {"mechanical", "engineering"}
    # A notice asks for the broad field only where it names no narrower one.
    assert asked_disciplines("electrical engineering") == {"electrical"}
    assert asked_disciplines("engineering") == {"engineering"}


@pytest.mark.parametrize(
    ("asked", "field", "expected"),
    [
        ("engineering", "Engenharia e Gestão Industrial", "met"),  # any engineering, in Portuguese too
        ("engineering", "Civil Engineering", "met"),
        ("electrical engineering", "Civil Engineering", "to_assess"),  # the same family, not the field
        ("computer science", "Inginer, Automatică și Calculatoare", "met"),  # Romanian: computers
        ("natural science", "Physik", "met"),
    ],
)
def test_a_broad_field_is_met_by_any_field_it_holds(asked, field, expected):
    vacancy = notice(
        "A master's degree",
        degree={"level": "master", "fields": [asked], "alternatives": [], "fields_required": True},
    )
    line = "A master's degree"
    assert status_of(vacancy, person(field=field), line) == expected


@pytest.mark.parametrize(
    "organisation",
    ["Ministrstvo za obrambo RS", "Utenriksdepartementet", "Ministerul Afacerilor Externe",
     "Bundesministerium der Verteidigung", "Savunma Bakanlığı", "Kaitseministeerium"],
)  # fmt: skip
def test_a_ministry_in_a_member_nation_s_language_is_a_national_administration(organisation):
    assert shows("~government", organisation.casefold())
    assert not shows("~government", "administered the payroll of a retail bank")


# Years stated in months -----------------------------------------------------------------------------


def test_a_minimum_in_months_is_an_experience_line():
    line = "have a minimum of 36 months' experience in movement planning"
    assert classify(line, EVERY) == ("experience", True)


# Acronyms and examples ------------------------------------------------------------------------------

SLA_LINE = "Experience in defining and monitoring service level agreements (SLAs) and key performance indicators (KPIs)"
TOOL_LINE = "Hands-on experience with a service management tool (e.g. ServiceNow, BMC Remedy, Jira Service Management)"
DESK = "Clerk"


@pytest.mark.parametrize(
    ("line", "description", "expected"),
    [
        (SLA_LINE, "Defined and monitored the SLAs and KPIs of the service desk.", MET),
        (SLA_LINE, "Defined and monitored service level agreements and performance indicators.", MET),
        (SLA_LINE, "Answered the telephone.", TO_ASSESS),
        (TOOL_LINE, "Ran the tickets in BMC Remedy for 400 users.", MET),
        (TOOL_LINE, "Ran the tickets for 400 users.", TO_ASSESS),
    ],
)
def test_an_acronym_stands_for_its_words_and_an_example_for_the_list(line, description, expected):
    work = entry(DESK, "Ministry of Finance", "2015-01", None, description)
    assert status_of(notice(line), person(work), line) == expected


# Places listed as alternatives ----------------------------------------------------------------------

MOVEMENTS = (
    "have a minimum of 36 months' experience in military or multinational movement and transportation planning, "
    "of which at least 12 months in a NATO or multinational headquarters or an international organisation"
)
MOVEMENTS_NOTICE = notice(
    MOVEMENTS,
    experience_conditions=[
        {"years": 3, "context": "military or multinational movement and transportation planning", "where": ""},
        {"years": 1, "context": "a NATO or multinational headquarters or an international organisation",
         "where": ""},
    ],
)  # fmt: skip


def test_a_place_listed_beside_another_is_a_place_and_a_multinational_headquarters_meets_the_list():
    national = entry("Movement officer", "Romanian Land Forces Staff", "2014-09", "2020-08",
                     "Planned rail and road movements of units to exercises.")  # fmt: skip
    multinational = entry("G4 movement staff officer", "Headquarters Multinational Division South-East",
                          "2020-09", None, "Planned the reception and onward movement of arriving forces.")  # fmt: skip
    assert status_of(MOVEMENTS_NOTICE, person(national, multinational), MOVEMENTS) == MET
    # The same years all in a national staff: the 12 months in a multinational headquarters are missing.
    only_national = {**national, "end": None}
    assert status_of(MOVEMENTS_NOTICE, person(only_national), MOVEMENTS) == NOT_MET


@pytest.mark.parametrize(
    "organisation",
    ["1 German-Netherlands Corps", "Movement Coordination Centre Europe (MCCE)", "EUFOR Althea", "UNIFIL"],
)
def test_multinational_bodies_show_somewhere_international(organisation):
    assert shows("~international", organisation.casefold())


# Conditions of appointment --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Able to obtain a NATO SECRET security clearance",
        "Ability to obtain and maintain a NATO SECRET clearance",
        "Eligible for a NATO COSMIC TOP SECRET security clearance",
        "The successful candidate will be required to obtain a security clearance",
    ],
)
def test_a_clearance_still_to_obtain_is_met_after_selection_not_from_a_profile(line):
    assert classify(line, EVERY) == (None, False)


@pytest.mark.parametrize(
    "line",
    ["National of a NATO member nation", "Be a national of a NATO member state", "Citizenship: NATO nations"],
)
def test_a_nationality_line_is_the_nationality_essential(line):
    assert classify(line, EVERY) == ("nationality", True)


def test_a_condition_about_what_the_work_was_is_not_judged_from_the_organisation():
    """ "2 years in direct support of the flying operations of military transport aircraft" names a
    military place in passing: entries that do not say it are left to a person, never refused."""
    line = (
        "A minimum of five years of experience in aircraft supply, of which two years in direct support of the "
        "flying operations of military or commercial transport aircraft"
    )
    vacancy = notice(
        line,
        min_years_experience=5,
        experience_conditions=[
            {"years": 5, "context": "aircraft supply", "where": ""},
            {"years": 2, "context": "direct support of the flying operations of military or commercial transport "
             "aircraft", "where": ""},
        ],
    )  # fmt: skip
    supply = entry("Supply technician", "Acme Air Services", "2015-01", None, "Aircraft spare parts supply.")
    assert status_of(vacancy, person(supply), line) != NOT_MET


@pytest.mark.parametrize(
    "organisation",
    ["Georgian Defence Forces", "Estonian Defence Forces", "Forze Armate, Stato Maggiore", "Armée de terre",
     "Streitkräfte der Bundeswehr", "Koninklijke Landmacht", "Siły Zbrojne RP", "Türk Silahlı Kuvvetleri"],
)  # fmt: skip
def test_armed_forces_under_their_own_names_are_a_military_environment(organisation):
    assert shows("~military", organisation.casefold())


@pytest.mark.parametrize(
    ("tag", "shown", "not_shown"),
    [
        ("~isr", "ran sensor tasking at the national air operations centre", "ran the sales team"),
        ("~translation", "keeps the termbase and translation memories in trados", "kept the accounts"),
        ("~records", "registers classified documents in the registry", "sold records at a music shop"),
        ("~operational_law", "legal review of targets and rules of engagement", "reviewed leases"),
        ("~hybrid", "exposed disinformation campaigns against critical infrastructure", "ran a bakery"),
        ("~senior_advice", "drafted speaking notes and advised the minister", "advised customers"),
    ],
)
def test_the_domain_s_activities_under_the_words_people_use(tag, shown, not_shown):
    assert shows(tag, shown)
    assert not shows(tag, not_shown)


def test_what_a_description_denies_is_no_evidence():
    line = "Experience of working in a multinational environment (NATO, coalition or combined headquarters)"
    vacancy = notice(line)
    denied = entry("ISR tasking officer", "Air Operations Centre", "2015-01", None,
                   "National tasks only: no deployments or NATO posts.")  # fmt: skip
    stated = entry("ISR tasking officer", "Air Operations Centre", "2015-01", None,
                   "Two deployments with NATO, in a combined headquarters.")  # fmt: skip
    assert status_of(vacancy, person(denied), line) == TO_ASSESS
    assert status_of(vacancy, person(stated), line) == MET


@pytest.mark.parametrize("text", ["non-proliferation adviser", "not only arms control but also diplomacy"])
def test_words_that_look_like_a_denial_deny_nothing(text):
    assert shows("~security_policy", text)


# A language named with a level is a language line, however it is worded ------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("English at NATO level V (Advanced)", ("languages", True)),
        ('Possess good working level of Russian (IV: "Upper Intermediate")', ("languages", True)),
        ("Fluent Italian", ("languages", True)),
        ("Experience of English common law", (None, True)),  # a language's name without a level
        ("I am able to travel", (None, False)),
    ],
)
def test_a_language_with_a_level_is_a_language_line(line, expected):
    assert classify(line, EVERY, ["English", "French", "Russian", "Italian"]) == expected


# What an experience condition asks, in the words an entry uses -----------------------------------------

CT_LINE = "At least 5 years' experience in intelligence analysis, of which 2 years focused on terrorism or counter-terrorism"
FIELD_LINE = (
    "At least 3 years' experience as a translator, of which 1 year translating or working on terminology "
    "in the fields of defence, security or military affairs"
)


def conditions_notice(line: str, *conditions: tuple[int, str]) -> dict:
    return notice(
        line,
        min_years_experience=conditions[0][0],
        experience_conditions=[{"years": y, "context": c, "where": ""} for y, c in conditions],
    )


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Terrorist threat to deployed forces.", MET),  # another form of the word
        ("Analisi del terrorismo jihadista.", MET),  # and in another language
        ("Economic and energy security analysis.", TO_ASSESS),  # says nothing of terrorism
    ],
)
def test_a_condition_is_met_by_its_words_in_another_form(description, expected):
    vacancy = conditions_notice(
        CT_LINE, (5, "intelligence analysis"), (2, "focused on terrorism or counter-terrorism")
    )
    analyst = person(entry("Intelligence analyst", "Defence Intelligence", "2014-01", None, description))
    assert status_of(vacancy, analyst, CT_LINE) == expected


@pytest.mark.parametrize(
    ("title", "organisation", "expected"),
    [
        ("Translator", "Ministry of Defence", MET),  # translating, in defence
        ("Translator", "Ministry of Finance", TO_ASSESS),  # translating, not in the fields asked
        ("Security guard", "Ministry of Defence", TO_ASSESS),  # the field, not the work
    ],
)
def test_every_part_of_a_condition_must_be_met(title, organisation, expected):
    vacancy = conditions_notice(
        FIELD_LINE,
        (3, "a translator"),
        (1, "translating or working on terminology in the fields of defence, security or military affairs"),
    )
    candidate = person(entry(title, organisation, "2018-01", None, "Daily work."))
    assert status_of(vacancy, candidate, FIELD_LINE) == expected


# Where an experience was gained: refused only from what an entry shows ------------------------------

PUBLIC_LINE = (
    "At least 6 years of professional experience in accounting, of which at least 3 years in a public-sector "
    "body or an international organisation"
)
PUBLIC_NOTICE = notice(
    PUBLIC_LINE,
    min_years_experience=6,
    experience_conditions=[
        {"years": 6, "context": "accounting", "where": ""},
        {"years": 3, "context": "", "where": "a public-sector body or an international organisation"},
    ],
)


@pytest.mark.parametrize(
    ("organisation", "expected"),
    [
        ("Ministry of Finance", MET),  # a national administration
        ("Forsvarsbygg", MET),  # Norwegian for defence: an armed force's body is a public one
        ("OECD", MET),  # an international organisation
        ("Bundesanstalt für Immobilienaufgaben", TO_ASSESS),  # not known: a person reads it
        ("Vilniaus miesto savivaldybės administracija", TO_ASSESS),
        ("PricewaterhouseCoopers GmbH WPG", NOT_MET),  # a company by its legal form
        ("UAB Maxima LT", NOT_MET),
        ("Big Four audit firm (Brussels)", NOT_MET),  # a business by its trade
        ("Hotel chain", NOT_MET),
    ],
)
def test_an_organisation_is_refused_only_when_it_shows_another_kind_of_place(organisation, expected):
    work = entry("Head of accounts", organisation, "2010-01", None, "Year-end accounts, IPSAS statements.")
    assert status_of(PUBLIC_NOTICE, person(work), PUBLIC_LINE) == expected


@pytest.mark.parametrize(
    ("organisation", "company"),
    [
        ("Leonardo S.p.A.", True),
        ("Kongsberg Defence & Aerospace AS", True),
        ("Asseco Poland S.A.", True),
        ("University of Hamburg", True),  # not an administration either
        ("European Defence Agency", False),
        ("Private Office of the Secretary General", False),
        ("Norwegian Defence Estates Agency", False),
        ("NATO Defense College", False),
    ],
)
def test_companies_by_their_legal_form_or_trade(organisation, company):
    from reference.companies import is_company

    assert is_company(organisation) is company


def test_a_health_degree_beside_the_fields_asked_is_assessed_not_refused():
    line = "A university degree in medicine, nursing or public health"
    vacancy = notice(line, degree={"level": "university", "fields": ["medicine", "nursing", "public health"],
                                   "alternatives": [], "fields_required": True})  # fmt: skip
    work = entry("Health services planner", "Ministry of Defence", "2010-01", None, "Medical support plans.")
    assert status_of(vacancy, person(work, field="Health Administration"), line) == TO_ASSESS
    assert status_of(vacancy, person(work, field="Mechanical Engineering"), line) == NOT_MET


@pytest.mark.parametrize(
    ("where", "organisation", "expected"),
    [
        # A body of the international organisation a context names is one of its places ("a NATO body" is
        # read as the international organisation it is a body of).
        ("a military organisation, a defence ministry or a NATO body", "NATO Support and Procurement Agency",
         MET),
        # A place the context names in general words (a government): a defence research institute of one is a
        # military body, so a government one.
        ("a government defence laboratory or a defence research establishment", "Forsvarets forskningsinstitutt",
         MET),
        # Neither, nor a company: a person reads it.
        ("a government defence laboratory or a defence research establishment", "Stiftelsen Sintef", TO_ASSESS),
        # Another kind of place than any the context names is refused.
        ("an operational headquarters", "Ministry of Defence", NOT_MET),
    ],
)  # fmt: skip
def test_a_place_is_refused_only_when_it_is_none_the_context_names(where, organisation, expected):
    line = f"At least 6 years of experience in planning, of which at least 3 years in {where}"
    vacancy = notice(
        line,
        min_years_experience=6,
        experience_conditions=[
            {"years": 6, "context": "planning", "where": ""},
            {"years": 3, "context": where, "where": ""},
        ],
    )
    work = entry("Planner", organisation, "2010-01", None, "Planning of programmes.")
    assert status_of(vacancy, person(work), line) == expected
