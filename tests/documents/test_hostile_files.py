"""Every hostile file is refused with a clear reason, without a crash, in bounded time and memory."""

from __future__ import annotations

import time
import tracemalloc

import pytest
from docx import Document

from documents import sandbox
from documents.extraction import CV_KINDS, NOTICE_KINDS, DocumentError, extract_text
from tests.documents import hostile_files as hostile

# (builder, filename it arrives under, words the refusal must contain)
CORPUS = [
    (hostile.pdf_decompression_bomb, "notice.pdf", "possible decompression bomb"),
    (hostile.pdf_with_many_pages, "notice.pdf", "5,000 pages; the limit is 50"),
    (hostile.pdf_with_page_tree_loop, "notice.pdf", "damaged or incomplete"),
    (hostile.encrypted_pdf, "notice.pdf", "This PDF is encrypted; please upload an unprotected copy."),
    (hostile.truncated_pdf, "notice.pdf", "This PDF is damaged or incomplete and could not be read."),
    (hostile.pdf_header_only, "notice.pdf", "This PDF is damaged or incomplete and could not be read."),
    (hostile.pdf_zip_polyglot, "notice.pdf", "a PDF and a ZIP archive at once"),
    (hostile.html_pdf_polyglot, "notice.html", "a PDF and an HTML page at once"),
    (hostile.gif_javascript_polyglot, "notice.js", "this file is a GIF image"),
    (hostile.docx_zip_bomb, "cv.docx", "expands to more than 50 MB when unpacked"),
    (lambda: hostile.docx_zip_bomb(unpacked_mb=20), "cv.docx", "times larger than it is packed"),
    (hostile.docx_with_many_parts, "cv.docx", "parts; the limit is 1,000"),
    (hostile.docx_xxe, "cv.docx", "This document contains a DTD, which is not allowed."),
    (hostile.docx_billion_laughs, "cv.docx", "This document contains a DTD, which is not allowed."),
    (hostile.docx_with_broken_xml, "cv.docx", "This .docx is damaged or incomplete"),
    (hostile.docx_missing_document_xml, "cv.docx", "a ZIP archive, not a Word document"),
    (hostile.zip_that_is_not_a_docx, "cv.docx", "a ZIP archive, not a Word document"),
    (hostile.windows_program, "cv.pdf", '"cv.pdf" is named .pdf but it is a Windows program'),
    (hostile.windows_program, "", "This looks like a Windows program, not a document."),
    (hostile.linux_program, "cv.docx", '"cv.docx" is named .docx but it is a Linux program'),
    (hostile.png_image, "notes.txt", "this file is a PNG image (although it is named .txt)"),
    (hostile.old_word_document, "cv.docx", "an old-format Office file"),
    (hostile.random_binary, "notes.txt", "binary data, not a document"),
    (hostile.nul_laden_text, "notes.txt", "binary data, not a document"),
    (hostile.html_tag_flood, "notice.html", "more than 100,000 tags"),
    (hostile.oversized_text, "notice.txt", "This file is 6 MB; the limit is 5 MB."),
    (lambda: b"", "empty.txt", "This file is empty."),
    (lambda: b" \r\n\t \n" * 100, "blank.txt", "only blank space"),
]


@pytest.mark.parametrize(
    ("build", "filename", "reason"), CORPUS, ids=[f"{b.__name__}-{n}" for b, n, _ in CORPUS]
)
def test_it_refuses_each_hostile_file_with_a_clear_reason(build, filename, reason):
    data = build()
    started = time.monotonic()
    with pytest.raises(DocumentError) as refusal:
        extract_text(data, filename=filename)
    assert reason in str(refusal.value)
    assert time.monotonic() - started < sandbox.WORKER_TIMEOUT_SECONDS
    assert len(str(refusal.value)) < 300


def test_it_keeps_the_readers_memory_out_of_this_process_for_bombs():
    bombs = [hostile.pdf_decompression_bomb(), hostile.docx_zip_bomb(), hostile.docx_billion_laughs()]
    tracemalloc.start()
    try:
        for bomb in bombs:
            with pytest.raises(DocumentError):
                extract_text(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024


def test_it_refuses_a_file_whose_reader_runs_out_of_memory(monkeypatch):
    # Below pypdf's own 75 MB decompression limit: the address-space limit of the worker stops it.
    monkeypatch.setattr(sandbox, "WORKER_MEMORY_BYTES", 100 * 1024 * 1024)
    assert extract_text(hostile.text_pdf(["Harmless"])) == "Harmless"
    with pytest.raises(DocumentError, match="This PDF needs too much memory to read"):
        extract_text(hostile.pdf_decompression_bomb())


def test_it_refuses_a_file_whose_reader_runs_out_of_time(monkeypatch):
    monkeypatch.setattr(sandbox, "WORKER_TIMEOUT_SECONDS", 0.01)
    with pytest.raises(DocumentError, match="took too long to read"):
        extract_text(hostile.text_pdf(["Harmless"]))


def test_it_never_shows_the_contents_of_an_external_entity():
    with pytest.raises(DocumentError) as refusal:
        extract_text(hostile.docx_xxe())
    assert "root:" not in str(refusal.value)


def test_python_docx_alone_does_not_resolve_external_entities_either():
    # The second line of defence, should the DTD check ever be removed.
    import io

    document = Document(io.BytesIO(hostile.docx_xxe()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "root:" not in text


def test_it_refuses_the_same_hostile_files_as_cvs():
    for data in (hostile.windows_program(), hostile.encrypted_pdf(), hostile.docx_zip_bomb()):
        with pytest.raises(DocumentError):
            extract_text(data, filename="cv.pdf", kinds=CV_KINDS)


def test_it_does_not_echo_a_huge_or_crafted_file_name():
    for filename in ("../../etc/passwd", "A" * 5000 + ".pdf", "/" * 300, "cv\u202efdp.exe", "\x00\n.pdf"):
        with pytest.raises(DocumentError) as refusal:
            extract_text(hostile.windows_program(), filename=filename, kinds=NOTICE_KINDS)
        message = str(refusal.value)
        assert len(message) < 200
        assert "../" not in message and "\u202e" not in message and "\x00" not in message


def test_it_names_only_the_last_part_of_a_path():
    with pytest.raises(DocumentError, match='^"cv.pdf" is named .pdf'):
        extract_text(hostile.windows_program(), filename="../../home/alice/cv.pdf")
