"""What the admin tests share: the admin's URLs, running an action, posting a change form back as shown."""

from __future__ import annotations

import csv
import io

from django.contrib import admin
from django.forms import CheckboxInput, FileField, MultiWidget

from audit.models import AuditEntry

# Our apps; the other registered models (auth groups, axes' login records) come from libraries.
OUR_APPS = {
    "accounts", "reference", "vacancies", "candidates", "matching", "applications", "recruiting",
    "applicants", "audit", "documents",
}  # fmt: skip


def changelist_url(model) -> str:
    return f"/admin/{model._meta.app_label}/{model._meta.model_name}/"


def act(client, model, action: str, *objects, follow: bool = True):
    data = {"action": action, "_selected_action": [obj.pk for obj in objects]}
    return client.post(changelist_url(model), data, follow=follow)


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def _field_data(form, name: str, field) -> dict:
    """What the browser would send back for one untouched field of a rendered form."""
    key, value = form.add_prefix(name), form[name].value()
    if isinstance(field, FileField):
        return {}
    if isinstance(field.widget, CheckboxInput):
        return {key: "on"} if value else {}
    if isinstance(field.widget, MultiWidget):
        parts = value if isinstance(value, list | tuple) else field.widget.decompress(value)
        return {f"{key}_{i}": "" if part is None else part for i, part in enumerate(parts)}
    sent = {key: "" if value is None else value}
    if field.show_hidden_initial:  # fields with a callable default: Django compares against this copy
        sent[form.add_initial_prefix(name)] = sent[key]
    return sent


def change_form_data(response) -> dict:
    """The change page's form and inline formsets as POST data, unchanged: tests then edit what they test."""
    data = {}
    form = response.context["adminform"].form
    for name, field in form.fields.items():
        data.update(_field_data(form, name, field))
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name, field in management.fields.items():
            data.update(_field_data(management, name, field))
        for each in formset.forms:
            for name, field in each.fields.items():
                data.update(_field_data(each, name, field))
    return data


def assert_no_personal_data(*words: str) -> None:
    """No audit entry keeps any of these names or email addresses, in any text it stores."""
    words = {word.casefold() for word in words if word}
    assert AuditEntry.objects.exists(), "nothing was recorded, so nothing was checked"
    for entry in AuditEntry.objects.all():
        text = f"{entry.detail} {entry.actor_role} {entry.action} {entry}".casefold()
        assert not [word for word in words if word in text], (
            f"the {entry.action} entry keeps {entry.detail!r}"
        )


def registered_models(*, ours: bool | None = None) -> list:
    models = sorted(admin.site._registry, key=lambda model: model._meta.label)
    if ours is None:
        return models
    return [model for model in models if (model._meta.app_label in OUR_APPS) == ours]
