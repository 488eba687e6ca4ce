"""Competencies a CV names by their behaviours alone (candidates.cv.competencies), under a competencies
heading, on CVs written for the test."""

from __future__ import annotations

from candidates.cv import ProposedCompetency, propose_profile


def test_behaviours_alone_under_a_competencies_heading_name_their_ladders():
    line = (
        "Sees multiple relationships · Creates own measures of excellence · Understands organisational politics"
        " · Solicits inputs and encourages others"
    )
    cv = f"Élodie Claes\nCOMPÉTENCES CLÉS (référentiel OTAN) / KEY COMPETENCIES (NATO framework)\n{line}"
    assert propose_profile(cv).competencies == (
        ProposedCompetency("Analytical Thinking", 3, "Sees multiple relationships", line),
        ProposedCompetency("Achievement", 3, "Creates own measures of excellence", line),
        ProposedCompetency("Organisational Awareness", 4, "Understands organisational politics", line),
        # Two rungs of one ladder joined: the higher one counts.
        ProposedCompetency("Teamwork", 4, "Solicits inputs and encourages others", line),
    )


def test_a_behaviour_only_like_a_rung_or_outside_the_heading_names_no_ladder():
    cv = (
        "Key competencies\nGood team player · Sees many relationships between things\n"
        "Profile\nSees multiple relationships in complex data."
    )
    assert propose_profile(cv).competencies == ()


def test_a_competency_named_in_another_language_with_the_english_name_in_a_wrapped_bracket():
    cv = (
        "COMPÉTENCES OTAN\nPensée analytique (Analytical\nThinking) – voit des relations multiples\n"
        "Orientation client (Customer Service\nOrientation) – assume personnellement la correction des problèmes"
    )
    assert [c.name for c in propose_profile(cv).competencies] == [
        "Analytical Thinking",
        "Customer Service Orientation",
    ]
