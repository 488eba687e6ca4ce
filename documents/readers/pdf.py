"""PDF text (run in the sandbox): pypdf checks the file (page and stream limits, empty-password encryption
opened), pdfplumber lays each page's words out in reading order (``pdf_layout``); a page pdfplumber cannot
lay out is read by pypdf as drawn."""

from __future__ import annotations

import io
import time

from ..errors import DocumentError, gettext_noop
from ..limits import MAX_PDF_PAGES, MAX_TEXT_CHARS
from .pdf_layout import page_lines
from .txt import decode_text


def pdf_text(data: bytes, budget: float) -> str:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    started = time.monotonic()
    encrypted = gettext_noop("This PDF is encrypted; please upload an unprotected copy.")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception:  # unsupported algorithm or a missing crypto library
                opened = 0
            if not opened:
                raise DocumentError(encrypted)
        page_count = len(reader.pages)
        if page_count > MAX_PDF_PAGES:
            raise DocumentError(
                gettext_noop("This PDF has %(pages)s pages; the limit is %(limit)s."),
                pages=page_count,
                limit=MAX_PDF_PAGES,
            )
        if page_count == 0:
            raise DocumentError(gettext_noop("This PDF is damaged or incomplete and could not be read."))
        too_long = DocumentError(
            gettext_noop(
                "This PDF took too long to read (over %(seconds)s seconds); "
                "it may be damaged or built to overload the reader."
            ),
            seconds=f"{budget:g}",
        )
        for page in reader.pages:
            if time.monotonic() - started > budget:
                raise too_long
            # pypdf meets its decompression limit here, before pdfminer (which has none) unpacks a stream.
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
        layout = _layout_pages(data, budget - (time.monotonic() - started))
        parts, total = [], 0
        for number, page in enumerate(reader.pages):
            if time.monotonic() - started > budget:
                raise too_long
            text = layout[number] if number < len(layout) else None
            if text is None:
                text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise DocumentError(
                    gettext_noop("This document holds more than %(limit)s characters of text, the limit."),
                    limit=MAX_TEXT_CHARS,
                )
            parts.append(text)
    except LimitReachedError:
        raise DocumentError(
            gettext_noop(
                "This PDF holds a stream that expands to an enormous size; it was refused as a possible "
                "decompression bomb."
            )
        ) from None
    return decode_text("\n\n".join(parts).encode("utf-8", "replace"))


def _layout_pages(data: bytes, budget: float) -> list[str | None]:
    """Each page's text in reading order, None for a page that could not be laid out (or past the budget)."""
    import pdfplumber

    started = time.monotonic()
    pages: list[str | None] = []
    try:
        with pdfplumber.open(io.BytesIO(data), password="") as pdf:
            for page in pdf.pages:
                if time.monotonic() - started > budget / 2:
                    break
                try:
                    pages.append(_page_text(page))
                except Exception:  # a page pdfminer cannot lay out is read as drawn
                    pages.append(None)
    except Exception:
        return []
    return pages


def _page_text(page) -> str:
    tables = [(table.bbox, table.extract()) for table in page.find_tables()]
    words = page.extract_words(x_tolerance=1.5, y_tolerance=3, use_text_flow=True)
    return "\n".join(page_lines(words, tables, float(page.width)))
