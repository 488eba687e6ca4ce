"""Issue 8, hostile text: the four classic payloads in every text field a person controls, on every page that
shows it. Each field's payload starts with its name (``=summary:<script>…``), so each page can be held to
show the fields it should, escaped; the leading ``=`` is a spreadsheet formula for the CSV export."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.html import escape
from playwright.sync_api import expect

from applications.models import ApplicationDocument, Note
from candidates.models import Candidate, Education, Experience
from tests.security.support import client_as
from vacancies.models import CompetencyRequirement, Vacancy

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '" onmouseover="alert(1)'
URL = "javascript:alert(1)"
IMAGE = "<img src=x onerror=alert(1)>"
RAW = (SCRIPT, ATTRIBUTE, IMAGE)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile(field: str) -> str:
    return f"={field}:{SCRIPT}{ATTRIBUTE} {URL} {IMAGE}"


def shown(html: str, field: str) -> bool:
    """Whether the page shows the field's payload, escaped."""
    return escape(f"={field}:<script>") in html


@pytest.fixture
def hostile_world(world):
    """alice's profile, rita's vacancy, alice's score, application and a note: every text field hostile."""
    alice, rita, vacancy = world.alice, world.rita, world.vacancy
    for user, field in ((alice, "alice"), (rita, "rita")):
        user.full_name = hostile(field)
        user.save(update_fields=["full_name"])
    Candidate.objects.filter(pk=alice.candidate.pk).update(
        name=hostile("name"), summary=hostile("summary"), skills=[hostile("skill")]
    )
    Education.objects.filter(candidate=alice.candidate).update(
        field=hostile("field"), institution=hostile("institution")
    )
    Experience.objects.filter(candidate=alice.candidate).update(
        title=hostile("title"), organisation=hostile("employer"), description=hostile("description")
    )
    alice.candidate.competencies.update(evidence=hostile("evidence"))
    notice = f"{hostile('notice')}\nThe incumbent must:\n- {hostile('essential')}\n"
    Vacancy.objects.filter(pk=vacancy.pk).update(
        title=hostile("vacancy"), organisation=hostile("organisation"), location=hostile("location"),
        raw_text=notice, cleaned_text=notice, sources={"essential": f"- {hostile('essential')}"},
        essential=[hostile("essential")], desirable=[hostile("desirable")], accountabilities=[hostile("duty")],
        degree_fields=[hostile("degree")], contract=hostile("contract"),
    )  # fmt: skip
    CompetencyRequirement.objects.create(
        vacancy=vacancy, name="Teamwork", level_text=hostile("level"), rung=3
    )
    # alice's score is explained when read, by the engine: her hostile field of study comes back in the
    # degree's reason, her hostile entries as the evidence of the hostile essential line.
    Note.objects.create(vacancy=vacancy, candidate=alice.candidate, author=rita, text=hostile("note"))
    ApplicationDocument.objects.filter(pk=world.document.pk).update(name=hostile("document"))
    return world


def _vacancy(w):
    return w.vacancy.pk


def _alice(w):
    return w.alice.candidate.pk


PROFILE = {"name", "summary", "skill", "field", "institution", "title", "employer", "description", "evidence"}
NOTICE = {"vacancy", "organisation", "location", "notice", "essential", "desirable", "duty", "degree", "contract",
          "level"}  # fmt: skip
SCORE = {"field"}
HTMX = {"HTTP_HX_REQUEST": "true"}

# fmt: off
PAGES = [  # who, the URL, the fields it must show (escaped), HTMX or not
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/", {"vacancy", "organisation", "name"} | SCORE, {}),
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/", {"name"} | SCORE, HTMX),  # the table alone
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/candidates/{_alice(w)}/",
     PROFILE - {"summary"} | SCORE | {"vacancy", "note", "rita", "document"}, {}),
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/candidates/{_alice(w)}/",
     PROFILE - {"summary"} | SCORE | {"note", "rita", "document"}, HTMX),  # the row expanded in place
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/compare/?c={_alice(w)}&c={w.hanna.pk}",
     {"vacancy", "name", "title", "employer"} | SCORE, {}),
    ("rita", lambda w: "/recruiting/", {"vacancy", "organisation"}, {}),
    ("rita", lambda w: f"/recruiting/{_vacancy(w)}/weights/", {"vacancy"}, {}),
    ("rita", lambda w: "/vacancies/", {"vacancy", "organisation", "location"}, {}),
    ("rita", lambda w: f"/vacancies/{_vacancy(w)}/", NOTICE, {}),
    ("rita", lambda w: f"/vacancies/{_vacancy(w)}/fields/essential/edit/", {"essential"}, HTMX),
    ("alice", lambda w: "/me/matches/", {"vacancy", "organisation", "location", "field"}, {}),
    ("alice", lambda w: f"/me/vacancies/{_vacancy(w)}/", NOTICE - {"duty"} | {"skill", "title"}, {}),
    ("alice", lambda w: "/me/applications/", {"vacancy", "organisation", "location", "document"}, {}),
    ("alice", lambda w: f"/me/applications/{w.application.pk}/documents/", {"vacancy", "document"}, {}),
    ("alice", lambda w: "/accounts/privacy/", {"vacancy", "document"}, {}),
    ("alice", lambda w: f"/me/applications/{w.application.pk}/withdraw/", {"vacancy"}, {}),
    ("alice", lambda w: "/profile/preview/", PROFILE, {}),
    ("alice", lambda w: "/profile/", PROFILE, {}),
    ("alice", lambda w: f"/profile/experience/{w.rows['experience'].pk}/edit/", {"title", "employer"}, HTMX),
    ("ada", lambda w: f"/admin/candidates/candidate/{_alice(w)}/change/", PROFILE, {}),
    ("ada", lambda w: f"/admin/vacancies/vacancy/{_vacancy(w)}/change/", NOTICE, {}),
    ("ada", lambda w: f"/admin/accounts/user/{w.alice.pk}/change/", {"alice"}, {}),
    ("ada", lambda w: "/admin/accounts/user/", {"alice", "rita"}, {}),
    ("ada", lambda w: "/admin/candidates/candidate/", {"name"}, {}),
    ("ada", lambda w: f"/admin/applications/application/{w.application.pk}/change/", {"document"}, {}),
    ("ada", lambda w: "/admin/vacancies/vacancy/", {"vacancy", "organisation"}, {}),
]
# fmt: on


def unsafe_parts(html: str) -> list[str]:
    found = [payload for payload in RAW if payload in html]
    return found + ['href="javascript:'] * ('href="javascript:' in html.lower())


pytestmark = pytest.mark.django_db


def test_hostile_text_is_escaped_on_every_page(hostile_world):
    clients = {persona: client_as(hostile_world.users[persona]) for persona in ("rita", "alice", "ada")}
    wrong = []
    for persona, url, fields, headers in PAGES:
        url = url(hostile_world)
        response = clients[persona].get(url, **headers)
        html = response.content.decode()
        if response.status_code != 200:
            wrong.append(f"{persona} {url} {headers}: {response.status_code}")
        if unsafe := unsafe_parts(html):
            wrong.append(f"{persona} {url} {headers}: unescaped {unsafe}")
        if missing := sorted(field for field in fields if not shown(html, field)):
            wrong.append(f"{persona} {url} {headers}: does not show {missing}")
    assert not wrong, "\n".join(wrong)


def test_the_csv_export_defuses_formulas(hostile_world):
    response = client_as(hostile_world.rita).get(f"/recruiting/{hostile_world.vacancy.pk}/export.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    cells = [cell for row in rows for cell in row]
    assert "'" + hostile("name") in cells and any(hostile("field") in cell for cell in cells)
    assert [cell for cell in cells if cell.startswith(FORMULA_STARTS)] == []


def test_a_motivation_letter_comes_back_escaped_and_leaves_only_as_json(hostile_world):
    client = client_as(hostile_world.alice)
    url = f"/me/vacancies/{hostile_world.sams_vacancy.pk}/apply/"
    too_long = client.post(url, {"motivation": hostile("motivation") + "x" * 5000})
    assert too_long.status_code == 400
    assert shown(too_long.content.decode(), "motivation") and not unsafe_parts(too_long.content.decode())
    assert client.post(url, {"motivation": hostile("motivation")}).status_code == 302
    # Recruiters' pages do not show the letter; the applicant's own data download is JSON, never sniffed as HTML.
    download = client.get("/accounts/my-data/")
    assert download["Content-Type"] == "application/json"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert hostile("motivation").replace('"', '\\"') in download.content.decode()


def test_a_hostile_notice_is_parsed_and_shown_escaped(world):
    client = client_as(world.rita)
    text = "\n".join([hostile("vacancy"), f"Location: {hostile('location')}", "ESSENTIAL", "The incumbent must:",
                      f"- hold a degree in {hostile('degree')};", f"- {hostile('essential')};",
                      "DESIRABLE", f"- {hostile('desirable')}."])  # fmt: skip
    response = client.post("/vacancies/new/", {"text": text}, follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and not unsafe_parts(html)
    assert {"vacancy", "essential", "desirable"} <= {field for field in NOTICE if shown(html, field)}


def test_a_hostile_cv_is_shown_escaped_for_review(world):
    """A Word file (a .txt with tags is refused as HTML): its entries come back as form values, escaped."""
    import docx

    document = docx.Document()
    for line in [
        hostile("name"),
        "Education",
        f"2012 Master of Laws, {hostile('institution')}",
        "Experience",
        f"05/2020 - 12/2023 {hostile('title')}, {hostile('employer')}",
        "Skills",
        hostile("skill"),
    ]:
        document.add_paragraph(line)  # fmt: skip
    buffer = io.BytesIO()
    document.save(buffer)
    upload = SimpleUploadedFile("cv.docx", buffer.getvalue())
    response = client_as(world.bob).post("/profile/cv/", {"file": upload}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain == [("/profile/cv/review/", 302)]
    assert not unsafe_parts(html)
    assert {"institution", "title", "employer"} <= {field for field in PROFILE if shown(html, field)}


# In a real browser: no dialog, no content security policy violation, nothing executable injected.

FIND_INJECTED = """() => {
  const found = [];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const value = attribute.value.trim().toLowerCase();
      if (attribute.name.startsWith("on")) found.push(`${element.tagName} ${attribute.name}`);
      if (["href", "src", "action", "formaction"].includes(attribute.name) && value.startsWith("javascript:"))
        found.push(`${element.tagName} ${attribute.name}=${value}`);
    }
  }
  for (const script of document.scripts) if (!script.src) found.push("an inline <script>");
  return found;
}"""


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_nothing_runs_in_chromium(hostile_world, page_for):
    w = hostile_world
    events = []

    def watch(page):
        def on_console(message):
            if "Content Security Policy" in message.text or "Refused to" in message.text:
                events.append(f"{page.url}: {message.text}")

        page.on(
            "dialog", lambda dialog: (events.append(f"{page.url}: dialog {dialog.message}"), dialog.dismiss())
        )
        page.on("console", on_console)
        page.on("pageerror", lambda error: events.append(f"{page.url}: {error}"))
        return page

    rita, alice = watch(page_for(w.rita)), watch(page_for(w.alice))
    visits = [
        (rita, f"/recruiting/{w.vacancy.pk}/"),
        (rita, f"/recruiting/{w.vacancy.pk}/compare/?c={_alice(w)}&c={w.hanna.pk}"),
        (rita, f"/vacancies/{w.vacancy.pk}/"),
        (rita, "/recruiting/"),
        (alice, "/me/matches/"),
        (alice, f"/me/vacancies/{w.vacancy.pk}/"),
        (alice, "/me/applications/"),
        (alice, "/profile/preview/"),
        (alice, "/profile/"),
    ]
    for page, url in visits:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        events.extend(f"{url}: {found}" for found in page.evaluate(FIND_INJECTED))
    # alice's row expanded in place on the shortlist, as rita would: the HTMX fragment, swapped in.
    rita.goto(f"/recruiting/{w.vacancy.pk}/")
    rita.locator(f"#row-{_alice(w)} .who a").click()
    expect(rita.locator(f"#detail-{_alice(w)}")).to_contain_text("Why this score")
    events.extend(f"expanded row: {found}" for found in rita.evaluate(FIND_INJECTED))
    assert events == []
