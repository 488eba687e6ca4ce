"""PDF text with pypdf (run in the sandbox): page and text limits, empty-password encryption opened."""

from __future__ import annotations

import io
import time

from ..errors import DocumentError
from ..limits import MAX_PDF_PAGES, MAX_TEXT_CHARS
from .txt import decode_text


def pdf_text(data: bytes, budget: float) -> str:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    started = time.monotonic()
    encrypted = "This PDF is encrypted; please upload an unprotected copy."
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
            raise DocumentError(f"This PDF has {page_count:,} pages; the limit is {MAX_PDF_PAGES}.")
        if page_count == 0:
            raise DocumentError("This PDF is damaged or incomplete and could not be read.")
        parts, total = [], 0
        for page in reader.pages:
            if time.monotonic() - started > budget:
                raise DocumentError(
                    f"This PDF took too long to read (over {budget:g} seconds); "
                    "it may be damaged or built to overload the reader."
                )
            # extract_text() swallows pypdf's decompression limit and returns "", so meet it here.
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise DocumentError(
                    f"This document holds more than {MAX_TEXT_CHARS:,} characters of text, the limit."
                )
            parts.append(text)
    except LimitReachedError:
        raise DocumentError(
            "This PDF holds a stream that expands to an enormous size; it was refused as a possible "
            "decompression bomb."
        ) from None
    return decode_text("\n\n".join(parts).encode("utf-8", "replace"))
