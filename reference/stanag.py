"""STANAG 6001 standardised language profiles (SLP), read by candidates, vacancies and the matcher alike.

Pure: no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .scales import SLP_PROFILE

_SLP = re.compile(rf"^\s*(?:SLP\s*)?{SLP_PROFILE}\s*$", re.I)


@dataclass(frozen=True, slots=True)
class StanagProfile:
    """An SLP in the order listening, speaking, reading, writing; "+" counts as half a level."""

    listening: float
    speaking: float
    reading: float
    writing: float

    @classmethod
    def parse(cls, text: str) -> StanagProfile:
        match = _SLP.match(text or "")
        if not match:
            raise ValueError(f"{text!r} is not an SLP profile such as 3333 or 3+3+2+2")
        values = [int(g[0]) + (0.5 if g.endswith("+") else 0.0) for g in match.groups()]
        return cls(*values)

    @property
    def skills(self) -> tuple[float, float, float, float]:
        return (self.listening, self.speaking, self.reading, self.writing)

    def __str__(self) -> str:
        return "".join(f"{int(v)}{'+' if v % 1 else ''}" for v in self.skills)
