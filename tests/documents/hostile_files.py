"""Builders of hostile and good files, in memory, for the extraction tests.

Each function returns the bytes of one file. Bombs are built by streaming, so building them needs
little memory although they claim hundreds of megabytes.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from docx import Document
from fpdf import FPDF
from pypdf import PdfWriter

MB = 1024 * 1024


# Good files ---------------------------------------------------------------------------------------


def text_pdf(lines: list[str], *, lines_per_page: int = 40) -> bytes:
    """A real PDF with selectable text, one line per cell."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for start in range(0, max(len(lines), 1), lines_per_page):
        pdf.add_page()
        for line in lines[start : start + lines_per_page]:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def simple_docx(paragraphs: list[str], *, table: list[list[str]] | None = None) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    document.add_paragraph("The end.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_docx_member(docx: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, content if item.filename == name else source.read(item.filename))
    return buffer.getvalue()


def _minimal_pdf(objects: list[bytes]) -> bytes:
    """A PDF from numbered object bodies (object 1 is the catalog), with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


# Hostile PDFs -------------------------------------------------------------------------------------


def pdf_decompression_bomb(unpacked_mb: int = 200) -> bytes:
    """One page whose content stream is hundreds of MB of zeros, packed to a few hundred KB."""
    packer = zlib.compressobj(9)
    chunk = b"\x00" * MB
    stream = b"".join(packer.compress(chunk) for _ in range(unpacked_mb)) + packer.flush()
    return _minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def pdf_with_many_pages(pages: int = 5000) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_page_tree_loop() -> bytes:
    """A page tree whose node lists itself as its own child."""
    return _minimal_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        ]
    )


def encrypted_pdf(password: str = "s3cret") -> bytes:  # noqa: S107 - a test fixture's password
    reader_source = text_pdf(["Confidential notice"])
    writer = PdfWriter(clone_from=io.BytesIO(reader_source))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def owner_only_encrypted_pdf() -> bytes:
    """Encrypted with an empty user password: any reader opens it; only copying is restricted."""
    return encrypted_pdf(password="")


def truncated_pdf() -> bytes:
    whole = text_pdf([f"Line {i} of a notice" for i in range(30)])
    return whole[: len(whole) // 3]


def pdf_header_only() -> bytes:
    return b"%PDF-1.7\n"


def pdf_zip_polyglot() -> bytes:
    """Starts as a PDF and ends as a ZIP archive: readers of either format accept it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.js", "alert(1)")
    return text_pdf(["An innocent notice"]) + buffer.getvalue()


def html_pdf_polyglot() -> bytes:
    return b"<html><body><script>alert(document.cookie)</script>\n%PDF-1.4\n" + text_pdf(["x"])[9:]


# Hostile DOCX -------------------------------------------------------------------------------------


def docx_zip_bomb(unpacked_mb: int = 100) -> bytes:
    """A valid .docx plus one member of zeros, streamed so that building it stays small."""
    buffer = io.BytesIO(simple_docx(["Cover letter"]))
    with (
        zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/media/zeros.bin", "w", force_zip64=True) as member,
    ):
        for _ in range(unpacked_mb):
            member.write(b"\x00" * MB)
    return buffer.getvalue()


def docx_with_many_parts(parts: int = 2000) -> bytes:
    buffer = io.BytesIO(simple_docx(["Many parts"]))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        for i in range(parts):
            archive.writestr(f"customXml/item{i}.bin", b"x")
    return buffer.getvalue()


_BODY = (
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    b"<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>"
)


def docx_xxe(target: str = "file:///etc/passwd") -> bytes:
    xml = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<!DOCTYPE x [<!ENTITY e SYSTEM "' + target.encode() + b'">]>\n' + _BODY % b"Name: &e;"
    )
    return _replace_docx_member(simple_docx(["placeholder"]), "word/document.xml", xml)


def docx_billion_laughs() -> bytes:
    entities = [b'<!ENTITY lol0 "lol">']
    entities += [b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10)]
    xml = b'<?xml version="1.0"?>\n<!DOCTYPE x [' + b"".join(entities) + b"]>\n" + _BODY % b"&lol9;"
    return _replace_docx_member(simple_docx(["placeholder"]), "word/document.xml", xml)


def docx_with_broken_xml() -> bytes:
    return _replace_docx_member(simple_docx(["placeholder"]), "word/document.xml", b"<w:document><w:body>")


def zip_that_is_not_a_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "Just an archive")
        archive.writestr("photos/a.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    return buffer.getvalue()


def docx_missing_document_xml() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(simple_docx(["gone"])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item.filename, source.read(item.filename))
    return buffer.getvalue()


# Programs, images and other binaries ---------------------------------------------------------------


def windows_program() -> bytes:
    """The start of a PE executable: DOS header, stub and PE signature."""
    header = bytearray(b"MZ" + b"\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 46)
    header[0x3C:0x40] = (0x80).to_bytes(4, "little")
    stub = b"This program cannot be run in DOS mode.\r\r\n$".ljust(0x80 - len(header), b"\x00")
    return bytes(header) + stub + b"PE\x00\x00\x4c\x01\x03\x00" + b"\x00" * 400


def linux_program() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00\x01\x00\x00\x00" + b"\x00" * 300


def png_image() -> bytes:
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
        b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
        b"\x00\x00IEND\xaeB`\x82"
    )


def gif_javascript_polyglot() -> bytes:
    """Valid as a GIF header and as JavaScript: the screen width bytes open a comment."""
    return b"GIF89a/*\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00*/=alert(1);//;"


def old_word_document() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def random_binary(size: int = 4096) -> bytes:
    return bytes((i * 7919 + (i >> 3) * 104729) % 256 for i in range(size))


# Text traps ----------------------------------------------------------------------------------------


def nul_laden_text() -> bytes:
    return b"Name: Alice\x00\x00\x00 Skills: \x00Python\x00" * 20


def html_tag_flood(tags: int = 300_000) -> bytes:
    return b"<html><body>" + b"<a>" * tags + b"</body></html>"


def oversized_text(size: int = 6 * MB) -> bytes:
    return (b"A perfectly ordinary line of text.\n" * (size // 35 + 1))[:size]


def shell_script() -> bytes:
    return b"#!/bin/sh\nrm -rf / --no-preserve-root\necho 'I am only text'\n"


def utf16_text_with_bom() -> bytes:
    return "Nom : Zoë Müller\r\nLangue : français\r\n".encode("utf-16")


def utf16_text_without_bom() -> bytes:
    return "Name: Łukasz Nowak\nCity: Brussels\n".encode("utf-16-le")
