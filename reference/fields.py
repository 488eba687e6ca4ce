"""Model fields that store a reference code whatever name they are given.

Every way a row is written (a form, the importer, ``bulk_create``, ``update()``, the demo data) and every
exact lookup passes through ``get_prep_value``, so "Turkey", "türkiye" and "TR" are stored and found as
"TR", and "French" as "french"; forms start from the name (``value_from_object``), so what people type
and read stays a name. Text that names nothing in the lists is stored as written (see
``reference.nations`` and ``reference.languages``).
"""

from __future__ import annotations

from django.db import models

from .languages import language_name, stored_language
from .nations import nation_name, stored_nationality


class NationalityField(models.CharField):
    """An ISO 3166-1 alpha-2 code ("BE"), or the text as written when it names no country."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return stored_nationality(value) if value else value

    def pre_save(self, model_instance, add):
        value = self.get_prep_value(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)  # the instance holds what the row holds
        return value

    def value_from_object(self, obj):
        # What forms (the admin's too) start from: the name, which they give back to be stored as the code.
        return nation_name(super().value_from_object(obj) or "")


class LanguageField(models.CharField):
    """A key of ``reference.languages`` ("french"), or the text as written for a language not listed."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        return stored_language(value) if value else value

    def pre_save(self, model_instance, add):
        value = self.get_prep_value(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def value_from_object(self, obj):
        return language_name(super().value_from_object(obj) or "")
