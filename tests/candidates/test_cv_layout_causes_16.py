"""The CV reader on the causes of the sixteenth blind set's misses (issue 15), each on a small CV written for
the test in other languages and with other words than the set's: a rank given with its NATO code beside the
post (after it in a bracket, or before it with a dash); a bracket on the terms of the post (its hours, a
part-time share, a temporary posting); the European CV of 2002 with its labels as a bulleted list and the
range of its dates in a bracket. Read through ``read_cv`` as an upload is."""

from __future__ import annotations

import pytest

from candidates.cv import read_cv


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (e.title, e.organisation, e.start, e.end)
        for e in read_cv(text.encode(), filename="cv.txt").experience
    ]


CV = "Piet Janssens\npiet.janssens@example.be\n\nBEROEPSERVARING\n{posts}\n"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("09/2019 – heden | Stafofficier J3 Operaties (Majoor, OF-3) | Defensiestaf", "Stafofficier J3 Operaties"),
        ("09/2019 – present | Battalion Operations Officer (Captain, OF-2) | 1st Armoured Brigade",
         "Battalion Operations Officer"),
        ("09/2019 – oggi | Capitano (OF-2) – Comandante di compagnia | Comando Forze Operative Nord",
         "Comandante di compagnia"),
        ("09/2019 – heute | Oberleutnant (OF-1) / Hauptmann (OF-2) – Zugführer | Panzergrenadierbataillon 122",
         "Zugführer"),
    ],
)  # fmt: skip
def test_a_rank_with_its_nato_code_is_no_part_of_the_post(line, title):
    assert [post[0] for post in _posts(CV.format(posts=line))] == [title]


def test_a_rank_without_its_code_is_left_as_written():
    posts = _posts(CV.format(posts="09/2019 – present | Logistics Officer (Captain) | 2nd Signal Regiment"))
    assert [post[0] for post in posts] == ["Logistics Officer (Captain)"]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "01/2015 – 06/2018 | Beleidsmedewerker (32 uur per week) | Ministerie van Defensie",
            "Beleidsmedewerker",
        ),
        (
            "01/2015 – 06/2018 | Chargée d'études (parttime, 0,5 fte) | Ministère des Armées",
            "Chargée d'études",
        ),
        ("01/2015 – 06/2018 | Liaison Officer (on secondment) | Ministry of Defence", "Liaison Officer"),
        ("01/2015 – 06/2018 | Analista (en comisión de servicio) | Ministerio de Defensa", "Analista"),
        ("01/2015 – 06/2018 | Referent (abgeordnet) | Bundesministerium der Verteidigung", "Referent"),
    ],
)
def test_a_bracket_on_the_terms_of_the_post_is_no_part_of_its_title(line, title):
    assert [post[0] for post in _posts(CV.format(posts=line))] == [title]


def test_the_european_cv_of_2002_as_a_bulleted_list_in_another_language():
    cv = (
        "CURRICULUM VITAE EUROPEO\nNom | MARCHAND, Claire\nCourriel | claire.marchand@example.fr\n\n"
        "EXPÉRIENCE PROFESSIONNELLE\n"
        "• Dates (de – à) | Mars 2019 – aujourd'hui\n"
        "• Nom et adresse de l'employeur | Naval Group, 40-42 rue du Docteur Finlay, Paris\n"
        "• Type ou secteur d'activité | Construction navale\n"
        "• Fonction ou poste occupé | Ingénieure systèmes de combat\n"
        "• Dates (de – à) | Septembre 2014 – Février 2019\n"
        "• Nom et adresse de l'employeur | Direction générale de l'armement, Balard\n"
        "• Fonction ou poste occupé | Architecte de systèmes\n"
    )
    assert _posts(cv) == [
        ("Ingénieure systèmes de combat", "Naval Group", "2019-03", None),
        ("Architecte de systèmes", "Direction générale de l'armement", "2014-09", "2019-02"),
    ]


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Capitaine de frégate Jean Morel Marine nationale", "Jean Morel"),
        ("Major Thomas Weir British Army", "Thomas Weir"),
        ("Oberstleutnant Katrin Vogel Bundeswehr", "Katrin Vogel"),
    ],
)
def test_the_service_after_the_name_without_a_comma_is_no_part_of_it(head, name):
    cv = f"{head}\nj.doe@example.org | +33 6 55 55 12 12\n\nEXPERIENCE\n09/2019 – present | Staff Officer | SHAPE\n"
    assert read_cv(cv.encode(), filename="cv.txt").name == name


@pytest.mark.parametrize("label", ["Nume și prenume", "Nafn"])
def test_the_name_label_in_more_member_languages(label):
    cv = f"CURRICULUM VITAE\n\n{label}: Mihai Popescu\nE-mail: mihai.popescu@example.ro\n"
    assert read_cv(cv.encode(), filename="cv.txt").name == "Mihai Popescu"
