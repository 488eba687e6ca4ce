from django.urls import NoReverseMatch, reverse

# (label, url name) per role; the base template renders whichever list applies.
NAVIGATION = {
    "anonymous": [("Home", "home")],
    "applicant": [
        ("My matches", "applicants:matches"),
        ("My profile", "applicants:profile"),
        ("My applications", "applicants:applications"),
    ],
    "recruiter": [("My vacancies", "recruiting:vacancies"), ("Notices", "vacancies:list")],
    "admin": [
        ("All vacancies", "recruiting:vacancies"),
        ("Notices", "vacancies:list"),
        ("Admin", "admin:index"),
    ],
}


def navigation(request) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        role = "anonymous"
    elif user.is_staff:
        role = "admin"
    else:
        role = user.role
    links = []
    for label, name in NAVIGATION.get(role, []):
        try:
            links.append((label, reverse(name)))
        except NoReverseMatch:
            continue  # a section not built yet is simply not shown
    return {"nav_links": links, "nav_role": role}
