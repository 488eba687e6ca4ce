"""What search engines read of a vacancy: its page's description and its schema.org ``JobPosting``."""

from __future__ import annotations

import datetime as dt
import json

from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext


def meta_description(
    *, title: str, organisation: str, location: str, grade: str, deadline: dt.date | None
) -> str:
    """One sentence of at most 160 characters.

    >>> meta_description(title="Policy Officer", organisation="NATO IS", location="Brussels, Belgium",
    ...                  grade="A-2", deadline=dt.date(2027, 1, 31))
    'Policy Officer at NATO IS, Brussels, Belgium. Grade A-2. Apply by 2027-01-31.'
    """
    post = gettext("%(title)s at %(organisation)s") % {"title": title, "organisation": organisation}
    parts = [(post if organisation else title) + (f", {location}" if location else "")]
    if grade:
        parts.append(gettext("Grade %(grade)s") % {"grade": grade})
    if deadline:
        parts.append(gettext("Apply by %(day)s") % {"day": deadline.isoformat()})
    return Truncator(". ".join(parts) + ".").chars(160)


def job_posting(
    *,
    title: str,
    description_html: str,
    organisation: str,
    location: str,
    grade: str,
    date_posted: dt.date,
    deadline: dt.date | None,
    url: str,
    identifier: str,
) -> dict:
    """A schema.org JobPosting (https://schema.org/JobPosting): the place split as "City, Country"."""
    city, _, country = (part.strip() for part in location.partition(","))
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": title,
        "description": description_html,
        "datePosted": date_posted.isoformat(),
        "url": url,
        "identifier": {"@type": "PropertyValue", "name": organisation or title, "value": identifier},
        "hiringOrganization": {"@type": "Organization", "name": organisation or gettext("Not stated")},
    }
    if deadline:
        posting["validThrough"] = f"{deadline.isoformat()}T23:59:59"
    if city:
        address = {"@type": "PostalAddress", "addressLocality": city}
        if country:
            address["addressCountry"] = country
        posting["jobLocation"] = {"@type": "Place", "address": address}
    if grade:
        posting["occupationalCategory"] = grade
    return posting


def as_script(data: dict) -> SafeString:
    """The JSON for a ``<script type="application/ld+json">``: "<", ">" and "&" escaped as Django's
    ``json_script`` does, so that no text of a notice can close the script element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_json_script_escapes))  # noqa: S308
