"""A CV's nationality (candidates.cv.nationality): more ways CVs state it, on lines written for the test."""

from __future__ import annotations

import pytest

from candidates.cv import propose_profile


@pytest.mark.parametrize(
    ("line", "nation"),
    [
        # A label and its value in two cells.
        ("Nationality: | Dutch", "Netherlands"),
        # Contacts after the value on the same line, set apart by a middle dot.
        ("Citizenship: Slovak Republic · peter.kovac@example.sk · +421 905 555 321", "Slovakia"),
        ("Nazionalità: italiana · marco.desantis@example.it", "Italy"),
        # A state's formal name.
        ("Citizenship: Republic of Estonia", "Estonia"),
        ("Nationality: Hellenic Republic", "Greece"),
        # The nation's own word, after a label in its language.
        ("Nationalitet: dansk", "Denmark"),
        ("Obywatelstwo: polskie", "Poland"),
        ("Állampolgárság: magyar", "Hungary"),
        ("Pilsonība: Latvijas", "Latvia"),
    ],
)
def test_it_reads_more_ways_of_stating_a_nationality(line, nation):
    assert propose_profile(f"Jana Nováková\n{line}").nationality == nation


def test_a_language_named_in_its_own_language_is_no_nationality():
    assert propose_profile("Jana Nováková\nMagyar\nSvenska").nationality is None
