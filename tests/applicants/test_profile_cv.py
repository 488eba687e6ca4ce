"""Filling the profile from a CV: upload (real DOCX, PDF and text files; hostile ones), review, confirm."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from applicants.profile_views import CV_SESSION_KEY
from candidates.models import Education, Experience, LanguageSkill

pytestmark = pytest.mark.django_db

CV_TEXT = [
    "Bob Jansen",
    "Nationality: Dutch",
    "Education",
    "2012 Master of Science in Logistics, Delft University of Technology",
    "Experience",
    "05/2020 - 12/2023 Logistics Officer, Royal Netherlands Army",
    "Languages",
    "English: V (Advanced); French: III (Intermediate)",
    "Skills",
    "logistics, supply chain, planning",
]
PROPOSAL = {
    "education": [{"level": "master", "field": "Logistics", "institution": "TU Delft", "year": 2012}],
    "experience": [
        {
            "title": "Logistics Officer",
            "organisation": "Royal Netherlands Army",
            "start": "2020-05",
            "end": "2023-12",
            "description": "Ran the depot.",
        },
        {"title": "Planner", "organisation": "DHL", "start": "2016-01", "end": "2020-04", "description": ""},
    ],  # fmt: skip
    "languages": [{"language": "English", "level": "V"}, {"language": "French", "level": "III"}],
    "skills": ["logistics", "supply chain"],
    "nationality": "Netherlands",
    "military_staff_college": False,
}


# Uploading


def docx_bytes(lines) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines, *, password: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in lines:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    if password is None:
        return data
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bomb_docx() -> bytes:
    """A DOCX whose document.xml inflates from about 200 KB to 200 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        with archive.open("word/document.xml", "w") as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
            chunk = b" " * (1024 * 1024)
            for _ in range(200):
                member.write(chunk)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return buffer.getvalue()


def upload(client, name: str, data: bytes, content_type: str = "application/octet-stream"):
    return client.post("/profile/cv/", {"file": SimpleUploadedFile(name, data, content_type=content_type)})


def file_error(response) -> str:
    content = response.content.decode()
    marker = 'id="id_file-errors" class="field-error">'
    assert marker in content, "no error on the file field"
    return content.split(marker, 1)[1].split("</small>", 1)[0]


def assert_nothing_saved(user, client, version):
    user.candidate.refresh_from_db()
    assert user.candidate.profile_version == version
    assert not Education.objects.filter(candidate__user=user).exists()
    assert not Experience.objects.filter(candidate__user=user).exists()
    assert CV_SESSION_KEY not in client.session


@pytest.fixture
def extraction():
    return pytest.importorskip("documents.extraction")


@pytest.fixture
def proposing(extraction):
    return pytest.importorskip("candidates.cv")


def test_it_shows_the_upload_form(bob, client_for):
    content = client_for(bob).get("/profile/cv/").content.decode()
    assert 'enctype="multipart/form-data"' in content
    assert 'accept=".pdf,.docx,.txt,.json,.xml"' in content
    assert "The file itself is not kept." in content


@pytest.mark.parametrize(
    "name,make",
    [
        ("cv.docx", lambda: docx_bytes(CV_TEXT)),
        ("cv.pdf", lambda: pdf_bytes(CV_TEXT)),
        ("cv.txt", lambda: "\n".join(CV_TEXT).encode()),
    ],
)
def test_it_reads_a_cv_and_proposes_entries_without_saving_them(bob, client_for, proposing, name, make):
    client = client_for(bob)
    version = bob.candidate.profile_version
    response = upload(client, name, make())
    assert response.status_code == 302
    assert response["Location"] == "/profile/cv/review/"
    proposal = client.session[CV_SESSION_KEY]
    assert isinstance(proposal, dict)
    review = client.get("/profile/cv/review/").content.decode()
    assert "Review what we read in your CV" in review
    assert "Logistics" in review
    bob.candidate.refresh_from_db()
    assert bob.candidate.profile_version == version
    assert not Experience.objects.filter(candidate__user=bob).exists()


JSON_RESUME = (
    b'{"basics": {"name": "Ana Lopes"}, "work": [{"name": "NATO Support and Procurement Agency",'
    b' "position": "Logistics Officer", "startDate": "2018-02"}]}'
)
EUROPASS = (
    b'<?xml version="1.0" encoding="UTF-8"?><SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass">'
    b'<LearnerInfo><WorkExperienceList><WorkExperience><Period><From year="2018" month="--02"/>'
    b"<Current>true</Current></Period><Position><Label>Logistics Officer</Label></Position><Employer><Name>"
    b"NATO Support and Procurement Agency</Name></Employer></WorkExperience></WorkExperienceList></LearnerInfo>"
    b"</SkillsPassport>"
)


@pytest.mark.parametrize("name,data", [("cv.json", JSON_RESUME), ("europass.xml", EUROPASS)])
def test_it_reads_a_json_resume_or_europass_xml_upload_by_its_schema(bob, client_for, proposing, name, data):
    client = client_for(bob)
    response = upload(client, name, data)
    assert response.status_code == 302
    [post] = client.session[CV_SESSION_KEY]["experience"]
    assert (post["title"], post["organisation"], post["start"], post["end"]) == (
        "Logistics Officer",
        "NATO Support and Procurement Agency",
        "2018-02",
        None,
    )


def test_it_refuses_an_encrypted_pdf(bob, client_for, extraction):
    client = client_for(bob)
    version = bob.candidate.profile_version
    response = upload(client, "cv.pdf", pdf_bytes(CV_TEXT, password="secret"), "application/pdf")
    assert response.status_code == 200
    assert file_error(response).strip()
    assert_nothing_saved(bob, client, version)


def test_it_refuses_a_zip_bomb_docx(bob, client_for, extraction):
    client = client_for(bob)
    version = bob.candidate.profile_version
    response = upload(client, "cv.docx", zip_bomb_docx())
    assert response.status_code == 200
    assert file_error(response).strip()
    assert_nothing_saved(bob, client, version)


def test_it_refuses_a_program_renamed_pdf(bob, client_for, extraction):
    client = client_for(bob)
    version = bob.candidate.profile_version
    program = (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 50 + b"PE\x00\x00" + b"\x00" * 500
    )
    response = upload(client, "cv.pdf", program, "application/pdf")
    assert response.status_code == 200
    assert file_error(response).strip()
    assert_nothing_saved(bob, client, version)


def test_it_refuses_a_file_type_it_does_not_read(bob, client_for):
    client = client_for(bob)
    response = upload(client, "cv.exe", b"MZ" + b"\x00" * 100)
    assert "Upload a PDF, a Word .docx, a .txt file, or a JSON Resume (.json) or Europass (.xml) file." in (
        file_error(response)
    )
    assert CV_SESSION_KEY not in client.session


@override_settings(UPLOAD_MAX_BYTES=1000)
def test_it_refuses_a_file_over_the_size_limit(bob, client_for):
    client = client_for(bob)
    response = upload(client, "cv.txt", b"x" * 1001)
    assert "The file is too large" in file_error(response)
    assert CV_SESSION_KEY not in client.session


def test_it_forbids_recruiters_the_cv_pages(rita, client_for):
    client = client_for(rita)
    assert client.get("/profile/cv/").status_code == 403
    assert client.post("/profile/cv/review/", {}).status_code == 403


# Reviewing and confirming


def with_proposal(client, proposal=PROPOSAL):
    session = client.session
    session[CV_SESSION_KEY] = proposal
    session.save()
    return client


def confirm_data(proposal=PROPOSAL, **changes) -> dict:
    """What the review form posts when every entry is ticked and left as proposed."""
    data = {}
    for section in ("education", "experience", "languages"):
        for i, entry in enumerate(proposal[section]):
            prefix = f"cv-{section}-{i}"
            data[f"{prefix}-include"] = "on"
            data.update({f"{prefix}-{key}": "" if value is None else value for key, value in entry.items()})
    data.update({"cv-nationality": proposal["nationality"], "cv-include_nationality": "on"})
    data["cv-skills"] = proposal["skills"]
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_it_sends_the_review_back_to_the_upload_without_a_proposal(bob, client_for):
    response = client_for(bob).get("/profile/cv/review/")
    assert response.status_code == 302
    assert response["Location"] == "/profile/cv/"


def test_it_lists_every_proposed_entry_ticked_and_editable(bob, client_for):
    content = with_proposal(client_for(bob)).get("/profile/cv/review/").content.decode()
    for prefix in (
        "cv-education-0",
        "cv-experience-0",
        "cv-experience-1",
        "cv-languages-0",
        "cv-languages-1",
    ):
        assert re.search(rf'<input type="checkbox" name="{prefix}-include"[^>]* checked>', content)
    assert 'value="Royal Netherlands Army"' in content
    assert 'value="2020-05"' in content
    assert 'value="supply chain"' in content


def test_it_saves_only_the_ticked_entries(bob, client_for):
    client = with_proposal(client_for(bob))
    version = bob.candidate.profile_version
    data = confirm_data(**{"cv-experience-1-include": None, "cv-languages-1-include": None})
    data["cv-skills"] = ["logistics"]
    response = client.post("/profile/cv/review/", data)
    assert response.status_code == 302
    candidate = bob.candidate
    candidate.refresh_from_db()
    assert [x.title for x in candidate.experience.all()] == ["Logistics Officer"]
    assert [(s.language_name, s.level) for s in candidate.languages.all()] == [("English", "V")]
    assert candidate.education.get().institution == "TU Delft"
    assert candidate.skills == ["logistics"]
    assert candidate.nationality_name == "Netherlands"
    assert candidate.profile_version == version + 1
    assert CV_SESSION_KEY not in client.session


def test_it_saves_the_applicants_corrections(bob, client_for):
    client = with_proposal(client_for(bob))
    client.post("/profile/cv/review/", confirm_data(**{"cv-experience-0-title": "Senior Logistics Officer"}))
    assert bob.candidate.experience.filter(title="Senior Logistics Officer").exists()


def test_it_saves_nothing_when_a_ticked_entry_is_invalid(bob, client_for):
    client = with_proposal(client_for(bob))
    version = bob.candidate.profile_version
    response = client.post("/profile/cv/review/", confirm_data(**{"cv-experience-1-end": "2015-01"}))
    assert response.status_code == 200
    assert "The end month is before the start month." in response.content.decode()
    bob.candidate.refresh_from_db()
    assert bob.candidate.profile_version == version
    assert not bob.candidate.experience.exists()
    assert not bob.candidate.education.exists()
    assert not bob.candidate.languages.exists()
    assert CV_SESSION_KEY in client.session


def test_the_entries_to_correct_are_listed_at_the_top_with_links(bob, client_for):
    """A long review with an error far down says so at its top, each entry a link to where it is."""
    client = with_proposal(client_for(bob))
    data = confirm_data(**{"cv-experience-1-end": "2015-01", "cv-languages-1-level": ""})
    content = client.post("/profile/cv/review/", data).content.decode()
    summary = content[content.index('role="alert"') : content.index("</ul>", content.index('role="alert"'))]
    assert "2 ticked entries need a correction before they can be added:" in summary
    assert '<a href="#cv-experience-1">Experience: Planner</a>' in summary
    assert '<a href="#cv-languages-1">Languages: French</a>' in summary
    assert '<fieldset id="cv-experience-1" class="cv-entry cv-entry-invalid">' in content
    assert summary.index("Experience: Planner") < summary.index("Languages: French")
    assert "need a correction" not in client.get("/profile/cv/review/").content.decode()


def test_it_ignores_an_invalid_entry_that_is_not_ticked(bob, client_for):
    client = with_proposal(client_for(bob))
    data = confirm_data(**{"cv-experience-1-end": "2015-01", "cv-experience-1-include": None})
    assert client.post("/profile/cv/review/", data).status_code == 302
    assert bob.candidate.experience.count() == 1


def test_it_updates_an_existing_language_instead_of_duplicating_it(bob, client_for):
    LanguageSkill.objects.create(candidate=bob.candidate, language="English", level="III")
    client = with_proposal(client_for(bob))
    client.post("/profile/cv/review/", confirm_data())
    assert [(s.language_name, s.level) for s in bob.candidate.languages.order_by("language")] == [
        ("English", "V"),
        ("French", "III"),
    ]


def test_it_updates_an_existing_post_instead_of_duplicating_it(bob, client_for):
    import datetime as dt

    Experience.objects.create(
        candidate=bob.candidate,
        title="Logistics Officer",
        organisation="Royal Netherlands Army",
        start=dt.date(2020, 5, 1),
        end=None,
    )
    client = with_proposal(client_for(bob))
    client.post("/profile/cv/review/", confirm_data())
    post = bob.candidate.experience.get(title="Logistics Officer")
    assert post.end == dt.date(2023, 12, 1)
    assert bob.candidate.experience.count() == 2


def test_it_skips_an_education_entry_already_there(bob, client_for):
    Education.objects.create(
        candidate=bob.candidate, level="master", field="Logistics", institution="TU Delft", year=2012
    )
    client = with_proposal(client_for(bob))
    client.post("/profile/cv/review/", confirm_data())
    assert bob.candidate.education.count() == 1


def test_it_discards_the_proposal(bob, client_for):
    client = with_proposal(client_for(bob))
    response = client.post("/profile/cv/review/", {"discard": "1"})
    assert response.status_code == 302
    assert CV_SESSION_KEY not in client.session
    assert not bob.candidate.experience.exists()


def test_it_never_mixes_proposals_between_applicants(alice, bob, client_for):
    with_proposal(client_for(bob))
    response = client_for(alice).get("/profile/cv/review/")
    assert response.status_code == 302


def test_it_proposes_what_the_profile_already_holds_unticked(bob, client_for):
    import datetime as dt

    Education.objects.create(candidate=bob.candidate, level="master", field="logistics", institution="Delft")
    LanguageSkill.objects.create(candidate=bob.candidate, language="English", level="V")
    LanguageSkill.objects.create(candidate=bob.candidate, language="French", level="II")
    Experience.objects.create(
        candidate=bob.candidate, title="Planner", organisation="DHL", start=dt.date(2016, 1, 1),
        end=dt.date(2020, 4, 1),
    )  # fmt: skip
    content = with_proposal(client_for(bob)).get("/profile/cv/review/").content.decode()

    def ticked(prefix: str) -> bool:
        return bool(re.search(rf'<input type="checkbox" name="{prefix}-include"[^>]* checked>', content))

    assert not ticked("cv-education-0") and not ticked("cv-experience-1") and not ticked("cv-languages-0")
    assert ticked("cv-experience-0")  # a new post
    assert ticked("cv-languages-1")  # French III replaces II
    assert content.count("Already in your profile") == 3
    assert content.count("Updates the matching entry") == 1


def test_a_post_with_another_organisation_updates_the_post_with_the_same_title_and_start(bob, client_for):
    import datetime as dt

    Experience.objects.create(
        candidate=bob.candidate,
        title="logistics officer",
        organisation="The Hague",
        start=dt.date(2020, 5, 1),
    )
    with_proposal(client_for(bob)).post("/profile/cv/review/", confirm_data())

    post = bob.candidate.experience.get(start=dt.date(2020, 5, 1))
    assert (post.title, post.organisation, post.end) == (
        "Logistics Officer",
        "Royal Netherlands Army",
        dt.date(2023, 12, 1),
    )
