"""Plain text out of an uploaded notice or CV, refusing anything hostile with a reason a person can read.

Pure: no Django. The kind of a file is decided by its content, never by its name; the name only
makes a refusal clearer ("named .pdf but it is a Windows program").

The kind comes from ``sniffing``; plain text is decoded in this process (``readers.txt``). PDF, DOCX
and HTML are parsed by their ``readers`` in a short-lived child Python process (``sandbox``) with an
address-space limit (``WORKER_MEMORY_BYTES``), a CPU limit and a wall-clock timeout
(``WORKER_TIMEOUT_SECONDS``): a crafted file can then cost at most that much, whatever pypdf, lxml or
BeautifulSoup do with it. The sizes a file may reach are in ``limits``.

Policies:

- PDFs encrypted with an empty user password (an "owner password" that only restricts copying or
  printing, common in official PDFs) are opened, as any PDF reader would; other encrypted PDFs are
  refused. AES-encrypted PDFs are refused too unless the ``cryptography`` package is installed.
- A PDF with more than ``MAX_PDF_PAGES`` pages is refused, not cut short.
- Text longer than ``MAX_TEXT_CHARS`` (or the smaller ``max_chars`` a caller asks for, e.g. the web
  uploads, whose parse runs in the request) is refused, not truncated: a truncated CV would silently
  lose entries.

>>> extract_text(b"Hello\\r\\nworld")
'Hello\\nworld'
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import DocumentError, gettext_noop
from .limits import DEFAULT_MAX_BYTES, MAX_TEXT_CHARS, MB
from .readers.txt import decode_text
from .sandbox import read_in_sandbox
from .sniffing import KIND_LABELS, detect_kind, sniff

__all__ = [
    "CV_KINDS",
    "DEFAULT_MAX_BYTES",
    "NOTICE_KINDS",
    "DocumentError",
    "check_file",
    "decode_text",
    "detect_kind",
    "display_name",
    "extract_text",
]

NOTICE_KINDS = frozenset({"txt", "html", "pdf", "docx"})
CV_KINDS = frozenset({"txt", "pdf", "docx"})
NAME_LENGTH_IN_MESSAGES = 80

_KIND_ORDER = ("txt", "html", "pdf", "docx")
_PROGRAM_KINDS = frozenset({"exe", "elf", "macho", "wasm", "class"})


def _megabytes(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{size / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{size:,} bytes"


def display_name(filename: str, *, max_length: int = NAME_LENGTH_IN_MESSAGES) -> str:
    """The last part of an uploaded name, without invisible characters, at most ``max_length`` characters.

    >>> display_name("C:/Users/ana/CV\\u202e  fdp.exe"), display_name("a" * 90, max_length=5)
    ('CV fdp.exe', 'aaaa…')
    """
    name = re.split(r"[/\\]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in {"Cc", "Cf"})
    name = " ".join(name.split())
    if len(name) > max_length:
        name = name[: max_length - 1] + "…"
    return name


def _accepted(kinds: frozenset[str]) -> str:
    names = [f".{kind}" for kind in _KIND_ORDER if kind in kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# The lists _accepted writes, for the catalogue: DocumentError translates its values too.
_ACCEPTED_LISTS = (gettext_noop(".txt, .html, .pdf and .docx"), gettext_noop(".txt, .pdf and .docx"))


def _refusal(kind: str, what: str, filename: str, kinds: frozenset[str]) -> DocumentError:
    name = display_name(filename)
    extension = Path(name).suffix.lower() if "." in name else ""
    if kind in _PROGRAM_KINDS:
        if extension:
            return DocumentError(
                gettext_noop('"%(name)s" is named %(extension)s but it is %(what)s, not a document.'),
                name=name,
                extension=extension,
                what=what,
            )
        return DocumentError(gettext_noop("This looks like %(what)s, not a document."), what=what)
    if kind == "polyglot":
        return DocumentError(
            gettext_noop(
                "This file is %(what)s, which is not accepted; please upload a plain copy of the document."
            ),
            what=what,
        )
    if extension and extension.lstrip(".") != kind:
        return DocumentError(
            gettext_noop(
                "Only %(accepted)s files are accepted; this file is %(what)s (although it is named %(extension)s)."
            ),
            accepted=_accepted(kinds),
            what=what,
            extension=extension,
        )
    return DocumentError(
        gettext_noop("Only %(accepted)s files are accepted; this file is %(what)s."),
        accepted=_accepted(kinds),
        what=what,
    )


def check_file(
    data: bytes, *, filename: str = "", kinds: frozenset[str] = NOTICE_KINDS, max_bytes: int | None = None
) -> str:
    """The kind of a file that may be accepted, or ``DocumentError`` saying why not: not empty, within
    ``max_bytes``, and by its bytes one of ``kinds`` (the name only words the refusal).

    >>> check_file(b"%PDF-1.7 ...", kinds=CV_KINDS)
    'pdf'
    """
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if not data:
        raise DocumentError(gettext_noop("This file is empty."))
    if len(data) > limit:
        raise DocumentError(
            gettext_noop("This file is %(size)s; the limit is %(limit)s."),
            size=_megabytes(len(data)),
            limit=_megabytes(limit),
        )
    kind, what = sniff(bytes(data))
    if kind not in kinds:
        raise _refusal(kind, what, filename, kinds)
    return kind


def extract_text(
    data: bytes,
    *,
    filename: str = "",
    kinds: frozenset[str] = NOTICE_KINDS,
    max_bytes: int | None = None,
    max_chars: int = MAX_TEXT_CHARS,
) -> str:
    """The plain text of an uploaded file, or ``DocumentError`` saying why it was refused.

    ``filename`` is used only to word refusals; the kind is decided from the content.

    >>> extract_text(b"<html><body><p>Post&nbsp;A</p><script>x()</script><li>one</li></body></html>")
    'Post A\\n- one'
    """
    data = bytes(data)
    kind = check_file(data, filename=filename, kinds=kinds, max_bytes=max_bytes)
    text = decode_text(data) if kind == "txt" else read_in_sandbox(kind, data)
    text = _tidy(text)
    if not text:
        if kind == "pdf":
            raise DocumentError(
                gettext_noop(
                    "This PDF has no text that could be read; it may be a scanned image. "
                    "Please upload a PDF with selectable text, or a .docx."
                )
            )
        if kind == "txt":
            raise DocumentError(gettext_noop("This file holds only blank space; there is no text to read."))
        raise DocumentError(gettext_noop("This %(label)s contains no text."), label=KIND_LABELS[kind])
    if len(text) > max_chars:
        raise DocumentError(
            gettext_noop("This document holds more than %(limit)s characters of text, the limit."),
            limit=max_chars,
        )
    return text


def _tidy(text: str) -> str:
    """Trailing blanks off every line, at most one empty line in a row, no blank start or end."""
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
