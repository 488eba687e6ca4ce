""".docx text with python-docx (run in the sandbox): zip bombs and DTDs refused before parsing."""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import DocumentError, gettext_noop
from ..limits import (
    COMPRESSION_CHECK_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_UNPACKED_BYTES,
    MB,
)

# A table cell with more paragraphs than this holds a column of a page, not a value.
LAYOUT_CELL_PARAGRAPHS = 3


def _check_docx_archive(archive: zipfile.ZipFile) -> None:
    """Refuse zip bombs before anything is unpacked: sizes come from the central directory.

    zipfile never returns more than a member's declared size, so a member that lies about its
    size cannot unpack to more than it declared.
    """
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocumentError(
            gettext_noop("This .docx holds %(parts)s parts; the limit is %(limit)s."),
            parts=len(members),
            limit=MAX_DOCX_MEMBERS,
        )
    bomb = DocumentError(
        gettext_noop(
            "This .docx expands to more than %(megabytes)s MB when unpacked; it was refused as a possible zip bomb."
        ),
        megabytes=MAX_DOCX_UNPACKED_BYTES // MB,
    )
    if sum(member.file_size for member in members) > MAX_DOCX_UNPACKED_BYTES:
        raise bomb
    for member in members:
        if member.flag_bits & 0x1:
            raise DocumentError(
                gettext_noop("This .docx is password-protected; please upload an unprotected copy.")
            )
        if member.file_size > COMPRESSION_CHECK_BYTES and member.file_size > MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise DocumentError(
                gettext_noop(
                    "This .docx holds a part that unpacks %(ratio)s times larger than it is packed; "
                    "it was refused as a possible zip bomb."
                ),
                ratio=member.file_size // max(member.compress_size, 1),
            )


def docx_text(data: bytes, budget: float) -> str:
    import defusedxml.ElementTree
    from defusedxml import DefusedXmlException
    from docx import Document

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        _check_docx_archive(archive)
        # python-docx's parser does not resolve entities; refusing any DTD also stops
        # entity-expansion ("billion laughs") and external-entity (XXE) tricks outright.
        for name in archive.namelist():
            if name.lower().endswith((".xml", ".rels")):
                try:
                    defusedxml.ElementTree.fromstring(archive.read(name), forbid_dtd=True)
                except DefusedXmlException:
                    raise DocumentError(
                        gettext_noop("This document contains a DTD, which is not allowed.")
                    ) from None

    document = Document(io.BytesIO(data))
    lines = _header_lines(document)
    # Footers go with the headers, above the body: page chrome that belongs to no section of the CV.
    lines += [line for line in _footer_lines(document) if line not in lines]
    lines += _block_lines(document)
    return "\n".join(lines)


def _header_lines(document) -> list[str]:
    """The first section's page header: CVs often put the name and contacts there."""
    seen: list[str] = []
    for section in document.sections[:1]:
        for part in (section.first_page_header, section.header):
            if part.is_linked_to_previous and part is not section.header:
                continue
            for line in _block_lines(part):
                if line.strip() and line not in seen:
                    seen.append(line)
    return seen


def _footer_lines(document) -> list[str]:
    """The page footers: some CVs give the name only there ("Claire Wagner – CV")."""
    seen: list[str] = []
    for section in document.sections:
        for part in (section.first_page_footer, section.footer):
            if part.is_linked_to_previous:
                continue
            for line in _block_lines(part):
                if line.strip() and line not in seen:
                    seen.append(line)
    return seen


def _block_lines(container) -> list[str]:
    """Paragraphs and tables in document order, with the text boxes anchored in each paragraph after it."""
    from docx.table import Table

    lines: list[str] = []
    for block in _blocks(container):
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(_paragraph_text(block._p))
            lines.extend(_text_box_lines(block._p))
    return lines


def _blocks(container):
    """The container's paragraphs and tables, also those inside a content control (a form's or template's
    field, ``w:sdt``), which python-docx's own walk skips: a template filled in keeps all its text there."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    element = container._body._element if hasattr(container, "_body") else container._element

    def walk(parent):
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, container)
            elif child.tag == qn("w:tbl"):
                yield Table(child, container)
            elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:ins")):
                yield from walk(child)

    return walk(element)


def _paragraph_text(paragraph) -> str:
    """A paragraph's text as the document now reads: runs inside content controls, tracked insertions,
    hyperlinks, fields and smart tags too (python-docx reads only a paragraph's own runs and hyperlinks);
    not deleted or moved-away text, nor the text boxes anchored in it (read after it)."""
    from docx.oxml.ns import qn

    skipped = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr")}
    parts: list[str] = []

    def walk(parent):
        for child in parent.iterchildren():
            if child.tag == qn("w:r"):
                parts.append(child.text)
            elif child.tag not in skipped:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _text_box_lines(element) -> list[str]:
    """Paragraphs of text boxes (shapes, frames) anchored in a paragraph; Word writes each box twice (a
    DrawingML one and a VML fallback), the fallback is skipped."""
    from docx.oxml.ns import qn

    lines = []
    for box in element.iter(qn("w:txbxContent")):
        if any(parent.tag.endswith("}Fallback") for parent in box.iterancestors()):
            continue
        for paragraph in box.iter(qn("w:p")):
            text = "".join(node.text or "" for node in paragraph.iter(qn("w:t")))
            if text.strip():
                lines.append(text)
    return lines


def _table_lines(table) -> list[str]:
    """A table as a person reads it. A table used for layout (a cell holding several paragraphs or a
    table: columns of a page) is read cell after cell; a table of values one line per row, cells joined by
    " | ", a cell's further paragraphs on lines of their own after its row; a merged cell is read once."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell)
        rows.append(cells)
    layout = any(len(cell.paragraphs) > LAYOUT_CELL_PARAGRAPHS or cell.tables for row in rows for cell in row)
    lines: list[str] = []
    for cells in rows:
        if layout:
            for cell in cells:
                lines.extend(_block_lines(cell))
            continue
        texts = [_cell_paragraphs(cell) for cell in cells]
        first = [t[0] for t in texts if t]
        if any(len(t) == 1 and _MARK.fullmatch(t[0]) for t in texts) and len(first) < len(texts):
            # A grid of ticks ("Requirement | Essential | Desirable" with a ✓ in one column): the empty
            # cells stay, so the mark keeps the column that gives its meaning.
            first = [t[0] if t else "" for t in texts]
        if first:
            lines.append(" | ".join(first))
        lines.extend(line for t in texts for line in t[1:])
    return lines


# A cell that only marks its column: a tick, a cross, a dot.
_MARK = re.compile(r"[✓✔☑☒✗✘×xX●•○◯+*]")


def _cell_paragraphs(cell) -> list[str]:
    """A table cell's non-empty paragraphs, content controls' and tracked insertions' text included."""
    from docx.text.paragraph import Paragraph

    found = []
    for block in _blocks(cell):
        if isinstance(block, Paragraph) and (text := " ".join(_paragraph_text(block._p).split())):
            found.append(text)
    return found
