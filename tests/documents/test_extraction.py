"""Reading good documents: kinds by content, decodings, HTML to text, real PDF and DOCX."""

from __future__ import annotations

import pytest

from documents.extraction import (
    CV_KINDS,
    DEFAULT_MAX_BYTES,
    NOTICE_KINDS,
    DocumentError,
    decode_text,
    detect_kind,
    extract_text,
)
from tests.documents import hostile_files as files


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\n\n   %PDF-1.4 after some junk", "pdf"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        (b"  <div class='notice'>Post</div>", "html"),
        (b"<p>One paragraph</p>", "html"),
        (b"Dear recruiter, <p> is a tag I like.", "txt"),
        (b"Plain notice text", "txt"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "exe"),
        (b"\x7fELF\x02\x01\x01", "elf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"", "empty"),
    ],
)
def test_it_detects_the_kind_from_the_content(data, kind):
    assert detect_kind(data) == kind


def test_it_detects_a_docx_from_its_parts_not_its_name():
    assert detect_kind(files.simple_docx(["Hello"])) == "docx"
    assert detect_kind(files.zip_that_is_not_a_docx()) == "zip"


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"caf\xc3\xa9", "café"),
        ("Zoë, naïve, Ærø".encode("latin-1"), "Zoë, naïve, Ærø"),
        ("“Quoted” – €5".encode("cp1252"), "“Quoted” – €5"),
        ("\ufeffBOM first".encode(), "BOM first"),
        ("Nom : Zoë".encode("utf-16"), "Nom : Zoë"),
        ("Nom : Zoë".encode("utf-32"), "Nom : Zoë"),
        ("Name: Łukasz".encode("utf-16-le"), "Name: Łukasz"),
        (b"one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
    ],
)
def test_it_decodes_text_in_common_encodings(data, text):
    assert decode_text(data) == text


def test_it_refuses_text_with_nul_bytes_as_binary():
    with pytest.raises(DocumentError, match="binary"):
        decode_text(b"Name\x00: Alice")


def test_it_reads_a_plain_text_file_with_crlf_line_ends():
    assert extract_text(b"Post: Analyst\r\n\r\n\r\n\r\nGrade: G15\r\n") == "Post: Analyst\n\nGrade: G15"


def test_it_reads_a_shell_script_as_the_text_it_is():
    assert extract_text(files.shell_script(), filename="notes.txt").startswith("#!/bin/sh")


def test_it_turns_html_into_plain_text():
    page = b"""<!DOCTYPE html><html><head><title>Ignored</title><style>p {color: red}</style></head>
    <body><script>alert("x")</script><noscript>Enable JS</noscript>
    <h1>Senior   Analyst</h1><p>Salary &euro;5,000 &amp; benefits &lt;tax free&gt;</p>
    <ul><li>Degree</li><li><p>Five years</p></li></ul><!-- a comment --><div>Apply<br>now</div>
    <table><tr><td>Grade</td><td>G15</td></tr></table></body></html>"""
    assert extract_text(page) == (
        "Senior Analyst\nSalary €5,000 & benefits <tax free>\n- Degree\n- Five years\nApply\nnow\nGrade\nG15"
    )


def test_it_reads_a_real_pdf():
    pdf = files.text_pdf(["Vacancy: Policy Officer", "Grade: A.2 / NATO Grade G15"] * 30)
    text = extract_text(pdf, filename="notice.pdf")
    assert text.startswith("Vacancy: Policy Officer\nGrade: A.2 / NATO Grade G15")
    assert text.count("Policy Officer") == 30


def test_it_opens_a_pdf_protected_only_by_an_empty_password():
    assert extract_text(files.owner_only_encrypted_pdf()) == "Confidential notice"


def test_it_reads_a_real_docx_with_a_table_in_order():
    docx = files.simple_docx(
        ["Curriculum vitae", "Jane Doe"], table=[["Language", "Level"], ["French", "III"]]
    )
    assert extract_text(docx, kinds=CV_KINDS) == (
        "Curriculum vitae\nJane Doe\nLanguage | Level\nFrench | III\nThe end."
    )


def test_it_refuses_html_where_only_cv_kinds_are_accepted():
    with pytest.raises(DocumentError, match=r"^Only \.txt, \.pdf and \.docx files are accepted; .*HTML page"):
        extract_text(b"<html><body>CV</body></html>", filename="cv.html", kinds=CV_KINDS)


def test_it_applies_a_smaller_size_limit_when_asked():
    with pytest.raises(DocumentError, match="This file is 2 KB; the limit is 1 KB."):
        extract_text(b"x" * 2048, max_bytes=1024)
    assert DEFAULT_MAX_BYTES == 5 * 1024 * 1024
    assert {"txt", "html", "pdf", "docx"} == NOTICE_KINDS


def test_it_refuses_a_pdf_without_text_as_a_possible_scan():
    with pytest.raises(DocumentError, match="scanned image"):
        extract_text(files.pdf_with_many_pages(pages=2))


def test_it_refuses_more_text_than_the_limit():
    with pytest.raises(DocumentError, match="more than 1,000,000 characters"):
        extract_text(b"word " * 210_000)
