""".docx text with python-docx (run in the sandbox): zip bombs and DTDs refused before parsing."""

from __future__ import annotations

import io
import zipfile

from ..errors import DocumentError
from ..limits import (
    COMPRESSION_CHECK_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_DOCX_MEMBERS,
    MAX_DOCX_UNPACKED_BYTES,
    MB,
)


def _check_docx_archive(archive: zipfile.ZipFile) -> None:
    """Refuse zip bombs before anything is unpacked: sizes come from the central directory.

    zipfile never returns more than a member's declared size, so a member that lies about its
    size cannot unpack to more than it declared.
    """
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocumentError(f"This .docx holds {len(members):,} parts; the limit is {MAX_DOCX_MEMBERS:,}.")
    bomb = (
        f"This .docx expands to more than {MAX_DOCX_UNPACKED_BYTES // MB} MB when unpacked; "
        "it was refused as a possible zip bomb."
    )
    if sum(member.file_size for member in members) > MAX_DOCX_UNPACKED_BYTES:
        raise DocumentError(bomb)
    for member in members:
        if member.flag_bits & 0x1:
            raise DocumentError("This .docx is password-protected; please upload an unprotected copy.")
        if member.file_size > COMPRESSION_CHECK_BYTES and member.file_size > MAX_COMPRESSION_RATIO * max(
            member.compress_size, 1
        ):
            raise DocumentError(
                f"This .docx holds a part that unpacks {member.file_size // max(member.compress_size, 1):,} "
                "times larger than it is packed; it was refused as a possible zip bomb."
            )


def docx_text(data: bytes, budget: float) -> str:
    import defusedxml.ElementTree
    from defusedxml import DefusedXmlException
    from docx import Document
    from docx.table import Table

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        _check_docx_archive(archive)
        # python-docx's parser does not resolve entities; refusing any DTD also stops
        # entity-expansion ("billion laughs") and external-entity (XXE) tricks outright.
        for name in archive.namelist():
            if name.lower().endswith((".xml", ".rels")):
                try:
                    defusedxml.ElementTree.fromstring(archive.read(name), forbid_dtd=True)
                except DefusedXmlException:
                    raise DocumentError("This document contains a DTD, which is not allowed.") from None

    document = Document(io.BytesIO(data))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return "\n".join(lines)


def _table_lines(table) -> list[str]:
    """One line per row, cells joined by " | "; a merged cell is read once."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))
    return lines
