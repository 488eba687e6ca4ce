"""Skills as the CV's own Skills section lists them (candidates.cv.skills), on CVs written for the test."""

from __future__ import annotations

from candidates.cv import propose_profile


def test_it_does_not_split_an_item_inside_its_bracket():
    cv = "COMPÉTENCES\nDroit des contrats publics ; Contrôle des exportations (ITAR, EAR) ; Négociation"
    assert propose_profile(cv).skills == (
        "Droit des contrats publics",
        "Contrôle des exportations (ITAR, EAR)",
        "Négociation",
    )


def test_prose_and_a_signature_after_the_list_are_no_skills():
    cv = (
        "KENNTNISSE\nISO 27001, IT-Grundschutz, Python\n"
        "Infantry officer with 22 years' service, including planning at a NATO strategic headquarters.\n"
        "Bonn, im Januar 2027"
    )
    assert propose_profile(cv).skills == ("ISO 27001", "IT-Grundschutz", "Python")


def test_a_list_ending_with_a_full_stop_is_still_a_list():
    assert propose_profile("Skills\nPython, SQL, Power BI, Excel.").skills == (
        "Python",
        "SQL",
        "Power BI",
        "Excel",
    )


def test_it_reads_skills_under_headings_in_other_languages():
    cv = "Lingue\nItaliano | madrelingua\nCompetenze informatiche\nTOPFAS, Microsoft Office"
    assert propose_profile(cv).skills == ("TOPFAS", "Microsoft Office")
