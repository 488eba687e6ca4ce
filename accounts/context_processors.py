from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# (label, url name) per role; the base template renders whichever list applies.
NAVIGATION = {
    "anonymous": [(_("Home"), "home"), (_("Vacancies"), "board:list")],
    "applicant": [
        (_("Vacancies"), "board:list"),
        (_("My matches"), "applicants:matches"),
        (_("My profile"), "applicants:profile"),
        (_("My applications"), "applicants:applications"),
    ],
    "recruiter": [(_("My vacancies"), "recruiting:vacancies"), (_("Notices"), "vacancies:list")],
    "admin": [
        (_("All vacancies"), "recruiting:vacancies"),
        (_("Notices"), "vacancies:list"),
        (_("Admin"), "admin:index"),
    ],
}


# Where each role lands after logging in (unless the log-in page was given a ``next``).
HOME_PAGES = {
    "applicant": "applicants:matches",
    "recruiter": "recruiting:vacancies",
    "admin": "admin:index",
}


def role_of(user) -> str:
    """anonymous, applicant, recruiter or admin (staff, whatever their role field says)."""
    if user is None or not user.is_authenticated:
        return "anonymous"
    return "admin" if user.is_staff else user.role


def home_url(user) -> str:
    """The role's home page: My matches, My vacancies, the admin; the site's home page otherwise."""
    return reverse(HOME_PAGES.get(role_of(user), "home"))


def navigation(request) -> dict:
    role = role_of(getattr(request, "user", None))
    links = []
    for label, name in NAVIGATION.get(role, []):
        try:
            links.append((label, reverse(name)))
        except NoReverseMatch:
            continue  # a section not built yet is simply not shown
    return {"nav_links": links, "nav_role": role}
