"""What a file is, decided by its bytes alone (never by its name): "pdf", "docx", "html", "txt" or the
refused kind ("exe", "png", "zip", "polyglot", ...), with words for it that a refusal can use."""

from __future__ import annotations

import io
import re
import zipfile

import filetype

from .errors import DocumentError, gettext_noop
from .readers.txt import decode_text

# How the accepted kinds are named in messages.
KIND_LABELS = {
    "pdf": gettext_noop("PDF"),
    "docx": gettext_noop(".docx"),
    "html": gettext_noop("HTML page"),
    "txt": gettext_noop("text file"),
}
# What filetype's extension names are, in words, for refusals.
_DESCRIPTIONS = {
    "exe": gettext_noop("a Windows program"),
    "elf": gettext_noop("a Linux program"),
    "macho": gettext_noop("a macOS program"),
    "wasm": gettext_noop("a WebAssembly program"),
    "class": gettext_noop("a Java program"),
    "png": gettext_noop("a PNG image"),
    "jpeg": gettext_noop("a JPEG image"),
    "gif": gettext_noop("a GIF image"),
    "webp": gettext_noop("a WebP image"),
    "bmp": gettext_noop("a BMP image"),
    "tif": gettext_noop("a TIFF image"),
    "heic": gettext_noop("a HEIC photo"),
    "ole": gettext_noop("an old-format Office file (.doc, .xls, .ppt) or a password-protected Word document"),
    "rtf": gettext_noop("an RTF document"),
    "zip": gettext_noop("a ZIP archive, not a Word document"),
    "xlsx": gettext_noop("an Excel workbook"),
    "pptx": gettext_noop("a PowerPoint presentation"),
    "odt": gettext_noop("an OpenDocument file"),
    "epub": gettext_noop("an e-book (EPUB)"),
    "html": gettext_noop("an HTML page"),
    "txt": gettext_noop("a plain text file"),
    "pdf": gettext_noop("a PDF"),
    "docx": gettext_noop("a Word document (.docx)"),
    "binary": gettext_noop("binary data, not a document"),
}
_FILETYPE_KINDS = {"jpg": "jpeg", "doc": "ole", "xls": "ole", "ppt": "ole", "ods": "odt", "odp": "odt"}
_STRONG_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"MZ", "exe"),
    (b"\x7fELF", "elf"),
    (b"\xcf\xfa\xed\xfe", "macho"),
    (b"\xce\xfa\xed\xfe", "macho"),
    (b"\xfe\xed\xfa\xcf", "macho"),
    (b"\xca\xfe\xba\xbe", "class"),
    (b"\x00asm", "wasm"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"{\\rtf", "rtf"),
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|div|p|table|h[1-6]|ul|ol|section|article|main|meta|title"
    r"|span|br|header|nav|link|form|a"
    # A job feed (RSS, Atom): its items carry HTML in their descriptions.
    r"|rss|feed)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|script|body)\b", re.IGNORECASE)


def _is_text(data: bytes) -> bool:
    try:
        decode_text(data)
    except DocumentError:
        return False
    return True


def _looks_like_html(text: str) -> bool:
    head = text[:2048]
    return bool(_HTML_START.match(head) or _HTML_ANYWHERE.search(head[:1024]))


def _zip_kind(data: bytes) -> tuple[str, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "binary", gettext_noop("a damaged ZIP archive")
    if not data.startswith(b"PK\x03\x04"):
        return "polyglot", gettext_noop("a ZIP archive hidden behind other content (a polyglot file)")
    if "word/document.xml" in names and "[Content_Types].xml" in names:
        return "docx", _DESCRIPTIONS["docx"]
    if "xl/workbook.xml" in names:
        return "xlsx", _DESCRIPTIONS["xlsx"]
    if "ppt/presentation.xml" in names:
        return "pptx", _DESCRIPTIONS["pptx"]
    if "mimetype" in names and "META-INF/manifest.xml" in names:
        return (
            ("epub", _DESCRIPTIONS["epub"])
            if "META-INF/container.xml" in names
            else ("odt", _DESCRIPTIONS["odt"])
        )
    return "zip", _DESCRIPTIONS["zip"]


def sniff(data: bytes) -> tuple[str, str]:
    """(kind, what it is in words), from the content alone."""
    if not data:
        return "empty", gettext_noop("an empty file")
    head = data[:1024]
    if b"%PDF-" in head:
        if data.startswith(b"PK\x03\x04") or (
            zipfile.is_zipfile(io.BytesIO(data)) and _zip_kind(data)[0] != "binary"
        ):
            return "polyglot", gettext_noop("a PDF and a ZIP archive at once (a polyglot file)")
        if _looks_like_html(head.decode("latin-1")):
            return "polyglot", gettext_noop("a PDF and an HTML page at once (a polyglot file)")
        return "pdf", _DESCRIPTIONS["pdf"]
    for magic, kind in _STRONG_MAGIC:
        if data.startswith(magic):
            return _zip_kind(data) if kind == "zip" else (kind, _DESCRIPTIONS[kind])
    if _is_text(data):
        return (
            ("html", _DESCRIPTIONS["html"]) if _looks_like_html(decode_text(data[:4096])) else ("txt", "text")
        )
    guess = filetype.guess(data)
    if guess is not None and guess.extension not in {"zip", "docx", "xlsx", "pptx", "odt", "epub"}:
        kind = _FILETYPE_KINDS.get(guess.extension, guess.extension)
        return kind, _DESCRIPTIONS.get(kind, f"a {guess.extension.upper()} file ({guess.mime})")
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _zip_kind(data)
    return "binary", _DESCRIPTIONS["binary"]


def detect_kind(data: bytes) -> str:
    """What a file is, by its content: "pdf", "docx", "html", "txt", or what else it is.

    Other answers name the refused kind: "exe", "elf", "png", "jpeg", "gif", "zip", "ole",
    "polyglot", "binary", "empty", ...

    >>> detect_kind(b"%PDF-1.7 ..."), detect_kind(b"<!DOCTYPE html><p>Hi"), detect_kind(b"MZ\\x90\\x00")
    ('pdf', 'html', 'exe')
    """
    return sniff(bytes(data))[0]
