"""A search of the public board, as a value: what the filters say, what a job alert keeps, and its words."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from django.utils.translation import gettext


@dataclass(frozen=True)
class VacancySearch:
    """The filters a job alert keeps (the board's deadline filter is for today's reading only).

    >>> VacancySearch.from_json({"text": " policy ", "grade": "A-2", "other": 1})
    VacancySearch(text='policy', organisation='', location='', grade='A-2')
    """

    text: str = ""
    organisation: str = ""
    location: str = ""
    grade: str = ""

    @classmethod
    def from_json(cls, data: dict) -> VacancySearch:
        return cls(**{f.name: str(data.get(f.name) or "").strip()[:200] for f in fields(cls)})

    def to_json(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value}

    def is_empty(self) -> bool:
        return not self.to_json()

    def describe(self) -> str:
        """The search in words, for the alert's list and emails.

        >>> VacancySearch(text="policy", location="Brussels, Belgium").describe()
        '“policy” · location: Brussels, Belgium'
        """
        parts = [f"“{self.text}”"] if self.text else []
        labels = {
            "organisation": gettext("organisation"),
            "location": gettext("location"),
            "grade": gettext("grade"),
        }
        parts += [f"{label}: {getattr(self, name)}" for name, label in labels.items() if getattr(self, name)]
        return " · ".join(parts) or gettext("every new vacancy")
