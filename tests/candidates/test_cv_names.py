"""The person's name, on small CVs written for the test: where CVs write it, and what is not a name."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile


@pytest.mark.parametrize(
    ("cv", "name"),
    [
        # Europass writes the name on its "Personal information" row.
        ("Europass\nCurriculum Vitae\nPERSONAL INFORMATION | Giulia Ferraro\nVia Roma 25", "Giulia Ferraro"),
        # A label and its value in two table cells.
        (
            "CURRICULUM VITAE - CDR R.J. DE VRIES\nName: | Ruben Jan de Vries\nRank: | Commander",
            "Ruben Jan de Vries",
        ),
        # Academic titles and ranks of the member nations, abbreviated.
        ("mgr inż. Anna Wiśniewska\nE-mail | anna@example.pl", "Anna Wiśniewska"),
        ("Ten. Col. Marco De Santis\nNazionalità: italiana", "Marco De Santis"),
        ("Ing. Peter Kováč, PhD.\nCitizenship: Slovak Republic", "Peter Kováč"),
        ("Katrin Hoffmann, M.Sc.\nFriedrichstraße 12, 53111 Bonn", "Katrin Hoffmann"),
        ("Oberstlt i.G. Jan Becker\nBonn", "Jan Becker"),
        ("Kpt. mar. Tomasz Nowak\nGdynia", "Tomasz Nowak"),
        # Initials stay in capitals.
        ("R.J. DE VRIES\nDen Helder", "R.J. De Vries"),
        # A retired officer's mark.
        ("COL (Ret.) MICHAEL T. BRENNAN\nNorfolk, VA 23511", "Michael T. Brennan"),
        # A surname in capitals written first goes after the given names.
        ("Surname(s) / First name(s) | MÜLLER Andreas\nNationality | German", "Andreas Müller"),
        ("DUPONT Jean-Pierre\nParis", "Jean-Pierre Dupont"),
        # Particles, and long Spanish names.
        ("Jean-Luc d'Arcy\nLyon", "Jean-Luc d'Arcy"),
        ("María de los Ángeles García López\nMadrid", "María de los Ángeles García López"),
    ],
)
def test_it_reads_the_name_where_cvs_write_it(cv, name):
    assert propose_profile(cv).name == name


def test_it_finds_the_name_after_a_sidebar_by_the_email_address_it_spells():
    cv = (
        "CONTACT\nalistair.maxwell@example.co.uk\n+44 7700 900461\nAndover, Hampshire\nLANGUAGES\n"
        "English – mother tongue\nKEY SKILLS\nForce Generation\nCrisis Management\nAlistair J. Maxwell\n"
        "MBE\nInfantry officer with 22 years' service, including planning at a NATO strategic headquarters."
    )
    proposal = propose_profile(cv)
    assert proposal.name == "Alistair J. Maxwell"
    # The name, the letters under it and the profile after the sidebar are not the sidebar's skills.
    assert proposal.skills == ("Force Generation", "Crisis Management")


def test_it_finds_a_name_that_a_rank_announces_after_a_sidebar():
    cv = (
        "CONTACT\nr.k@example.ee\nCitizenship: Estonia\nLANGUAGES\nEstonian – native\nEnglish – SLP 3333\n"
        "COMPETENCIES\nInitiative: Acts up to 2 months ahead\nMajor Rasmus Kask\nEstonian Defence Forces"
    )
    assert propose_profile(cv).name == "Rasmus Kask"


@pytest.mark.parametrize(
    "cv",
    [
        # A town, a company, a post, a skill: two capitalised words that are no name.
        "CONTACT\nAndover, Hampshire\nNationality: British",
        "Dates | Employer | Position\n10.2019 – present | Polska Grupa Zbrojeniowa S.A. | Programme Manager",
        "Junior Researcher\nClingendael Institute\nOctober 2011 – August 2017",
        "KEY SKILLS\nForce Generation\nStakeholder Engagement",
        "Experience\nJan 2015 – Present\nSenior Logistics Analyst\nBooz Allen Hamilton — Arlington, VA",
    ],
)
def test_it_proposes_no_name_rather_than_a_place_a_body_a_post_or_a_skill(cv):
    assert propose_profile(cv).name is None


def test_an_employer_in_the_experience_section_is_not_taken_for_the_name_and_keeps_its_post():
    cv = "Experience\nJan 2015 – Present\nSenior Logistics Analyst\nBooz Allen Hamilton — Arlington, VA"
    (post,) = propose_profile(cv).experience
    assert (post.title, post.organisation) == ("Senior Logistics Analyst", "Booz Allen Hamilton")


def test_a_postcode_or_a_period_is_no_phone_number():
    cv = (
        "Surname(s) / First name(s) | MÜLLER Andreas\nAddress(es) | Hauptstraße 5, 10115 Berlin, Germany\n"
        "Nationality | German\nWork experience\nDates | 03/2015 - 12/2019"
    )
    assert propose_profile(cv).phone is None


def test_it_takes_the_name_in_latin_letters_from_a_name_written_in_two_scripts():
    cv = "Γεώργιος Παπαδόπουλος / Georgios Papadopoulos\nNationality: Greek"
    assert propose_profile(cv).name == "Georgios Papadopoulos"


def test_a_referee_is_not_taken_for_the_person():
    cv = "CURRICULUM VITAE\nExperience\n2019 – present | Analyst, NATO\nReferences\nDr. Jane Roe\nUniversity of Kent"
    assert propose_profile(cv).name is None
