"""Plain text out of an uploaded notice or CV, refusing anything hostile with a reason a person can read.

Pure: no Django. The kind of a file is decided by its content, never by its name; the name only
makes a refusal clearer ("named .pdf but it is a Windows program").

Plain text is decoded in this process. PDF, DOCX and HTML are parsed in a short-lived child
Python process with an address-space limit (``WORKER_MEMORY_BYTES``), a CPU limit and a wall-clock
timeout (``WORKER_TIMEOUT_SECONDS``): a crafted file can then cost at most that much, whatever
pypdf, lxml or BeautifulSoup do with it. Starting the child costs about 0.25 s, fine for an upload.

Policies:

- PDFs encrypted with an empty user password (an "owner password" that only restricts copying or
  printing, common in official PDFs) are opened, as any PDF reader would; other encrypted PDFs are
  refused. AES-encrypted PDFs are refused too unless the ``cryptography`` package is installed.
- A PDF with more than ``MAX_PDF_PAGES`` pages is refused, not cut short.
- Text longer than ``MAX_TEXT_CHARS`` is refused, not truncated: a truncated CV would silently
  lose entries.

>>> extract_text(b"Hello\\r\\nworld")
'Hello\\nworld'
"""

from __future__ import annotations

import io
import json
import logging
import re
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import filetype

logger = logging.getLogger(__name__)

NOTICE_KINDS = frozenset({"txt", "html", "pdf", "docx"})
CV_KINDS = frozenset({"txt", "pdf", "docx"})

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 5 * MB
MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 50
MAX_DOCX_UNPACKED_BYTES = 50 * MB
MAX_DOCX_MEMBERS = 1000
# Members larger than this must not shrink more than MAX_COMPRESSION_RATIO times when packed.
COMPRESSION_CHECK_BYTES = 1 * MB
MAX_COMPRESSION_RATIO = 100
MAX_HTML_TAGS = 100_000
WORKER_TIMEOUT_SECONDS = 10.0
WORKER_MEMORY_BYTES = 768 * MB
WORKER_CPU_SECONDS = 12
# Share of control characters above which "text" is taken to be binary.
MAX_CONTROL_SHARE = 0.02
NAME_LENGTH_IN_MESSAGES = 80

_KIND_ORDER = ("txt", "html", "pdf", "docx")
_LABELS = {"pdf": "PDF", "docx": ".docx", "html": "HTML page", "txt": "text file"}
_PROGRAM_KINDS = frozenset({"exe", "elf", "macho", "wasm", "class"})
# What filetype's extension names are, in words, for refusals.
_DESCRIPTIONS = {
    "exe": "a Windows program",
    "elf": "a Linux program",
    "macho": "a macOS program",
    "wasm": "a WebAssembly program",
    "class": "a Java program",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "webp": "a WebP image",
    "bmp": "a BMP image",
    "tif": "a TIFF image",
    "heic": "a HEIC photo",
    "ole": "an old-format Office file (.doc, .xls, .ppt) or a password-protected Word document",
    "rtf": "an RTF document",
    "zip": "a ZIP archive, not a Word document",
    "xlsx": "an Excel workbook",
    "pptx": "a PowerPoint presentation",
    "odt": "an OpenDocument file",
    "epub": "an e-book (EPUB)",
    "html": "an HTML page",
    "txt": "a plain text file",
    "pdf": "a PDF",
    "docx": "a Word document (.docx)",
    "binary": "binary data, not a document",
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
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|div|p|table|h[1-6]|ul|ol|section|article|main|meta|title"
    r"|span|br|header|nav|link|form|a)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(r"<(?:!doctype\s+html|html|script|body)\b", re.IGNORECASE)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class DocumentError(ValueError):
    """A file refused, with a reason meant for the person who uploaded it."""


def _megabytes(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f}".removesuffix(".0") + " MB"
    if size >= 1024:
        return f"{size / 1024:.1f}".removesuffix(".0") + " KB"
    return f"{size:,} bytes"


def _display_name(filename: str) -> str:
    """The last part of an uploaded name, without invisible characters, at most 80 characters."""
    name = re.split(r"[/\\]", filename or "")[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in {"Cc", "Cf"})
    name = " ".join(name.split())
    if len(name) > NAME_LENGTH_IN_MESSAGES:
        name = name[: NAME_LENGTH_IN_MESSAGES - 1] + "…"
    return name


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
        return "binary", "a damaged ZIP archive"
    if not data.startswith(b"PK\x03\x04"):
        return "polyglot", "a ZIP archive hidden behind other content (a polyglot file)"
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


def _sniff(data: bytes) -> tuple[str, str]:
    """(kind, what it is in words), from the content alone."""
    if not data:
        return "empty", "an empty file"
    head = data[:1024]
    if b"%PDF-" in head:
        if data.startswith(b"PK\x03\x04") or (
            zipfile.is_zipfile(io.BytesIO(data)) and _zip_kind(data)[0] != "binary"
        ):
            return "polyglot", "a PDF and a ZIP archive at once (a polyglot file)"
        if _looks_like_html(head.decode("latin-1")):
            return "polyglot", "a PDF and an HTML page at once (a polyglot file)"
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
    return _sniff(bytes(data))[0]


def _utf16_without_bom(data: bytes) -> str | None:
    """Text written as UTF-16 without a byte-order mark: every other byte is a zero for Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    half = len(data) // 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * half and other.count(0) == 0:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def decode_text(data: bytes) -> str:
    """Bytes of a text file as a string with LF line ends; ``DocumentError`` if it is binary.

    Tries a byte-order mark (UTF-8/16/32), UTF-16 without one, UTF-8, then Windows-1252, then
    Latin-1.

    >>> decode_text(b"caf\\xe9\\r\\nna\\xefve")
    'café\\nnaïve'
    """
    data = bytes(data)
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError:
                raise DocumentError("This file claims to be Unicode text but is not valid text.") from None
            break
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise DocumentError("This file contains binary data (NUL bytes), not text.")
    if text is None:
        for codec in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    assert text is not None  # latin-1 decodes anything
    if "\x00" in text:
        raise DocumentError("This file contains binary data (NUL bytes), not text.")
    controls = sum(1 for c in _CONTROL_CHARS.findall(text) if c not in _ALLOWED_CONTROLS)
    if text and controls > MAX_CONTROL_SHARE * len(text):
        raise DocumentError("This file contains binary data, not text.")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return unicodedata.normalize("NFC", _CONTROL_CHARS.sub("", text))


def _accepted(kinds: frozenset[str]) -> str:
    names = [f".{kind}" for kind in _KIND_ORDER if kind in kinds]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _refusal(kind: str, what: str, filename: str, kinds: frozenset[str]) -> str:
    name = _display_name(filename)
    extension = Path(name).suffix.lower() if "." in name else ""
    if kind in _PROGRAM_KINDS:
        if extension:
            return f'"{name}" is named {extension} but it is {what}, not a document.'
        return f"This looks like {what}, not a document."
    if kind == "polyglot":
        return f"This file is {what}, which is not accepted; please upload a plain copy of the document."
    message = f"Only {_accepted(kinds)} files are accepted; this file is {what}"
    if extension and extension.lstrip(".") != kind:
        message += f" (although it is named {extension})"
    return message + "."


def extract_text(
    data: bytes,
    *,
    filename: str = "",
    kinds: frozenset[str] = NOTICE_KINDS,
    max_bytes: int | None = None,
) -> str:
    """The plain text of an uploaded file, or ``DocumentError`` saying why it was refused.

    ``filename`` is used only to word refusals; the kind is decided from the content.

    >>> extract_text(b"<html><body><p>Post&nbsp;A</p><script>x()</script><li>one</li></body></html>")
    'Post A\\n- one'
    """
    data = bytes(data)
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if not data:
        raise DocumentError("This file is empty.")
    if len(data) > limit:
        raise DocumentError(f"This file is {_megabytes(len(data))}; the limit is {_megabytes(limit)}.")
    kind, what = _sniff(data)
    if kind not in kinds:
        raise DocumentError(_refusal(kind, what, filename, kinds))
    text = decode_text(data) if kind == "txt" else _in_worker(kind, data)
    text = _tidy(text)
    if not text:
        if kind == "pdf":
            raise DocumentError(
                "This PDF has no text that could be read; it may be a scanned image. "
                "Please upload a PDF with selectable text, or a .docx."
            )
        if kind == "txt":
            raise DocumentError("This file holds only blank space; there is no text to read.")
        raise DocumentError(f"This {_LABELS[kind]} contains no text.")
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(
            f"This document holds more than {MAX_TEXT_CHARS:,} characters of text, the limit."
        )
    return text


def _tidy(text: str) -> str:
    """Trailing blanks off every line, at most one empty line in a row, no blank start or end."""
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# The isolated worker ------------------------------------------------------------------------------

_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)
_WORKER_CODE = "import sys; sys.path.insert(0, sys.argv[1]); from documents.extraction import _worker_main; _worker_main(*sys.argv[2:])"


def _in_worker(kind: str, data: bytes) -> str:
    """Parse ``data`` in a child process bounded in memory, CPU and wall-clock time."""
    label = _LABELS[kind]
    try:
        completed = subprocess.run(
            [
                *(sys.executable, "-I", "-c", _WORKER_CODE, _PROJECT_ROOT, kind),
                *(str(WORKER_MEMORY_BYTES), str(WORKER_CPU_SECONDS), str(WORKER_TIMEOUT_SECONDS - 2)),
            ],
            input=data,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            timeout=WORKER_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise DocumentError(
            f"This {label} took too long to read (over {WORKER_TIMEOUT_SECONDS:g} seconds); "
            "it may be damaged or built to overload the reader."
        ) from None
    try:
        answer = json.loads(completed.stdout)
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        logger.info("document worker for %s exited with %s", kind, completed.returncode)
        raise DocumentError(
            f"This {label} needs too much memory or time to read; it was refused as possibly hostile."
        )
    if "detail" in answer:
        logger.info("document worker refused a %s: %s", kind, answer["detail"])
    if "error" in answer:
        raise DocumentError(answer["error"])
    return answer["text"]


def _worker_main(kind: str, memory_bytes: str, cpu_seconds: str, budget_seconds: str) -> None:
    """Entry point of the child: limits first, then bytes on stdin, a JSON answer on stdout.

    The limits come from the parent's arguments so that they can be changed (and tested) there.
    """
    import resource
    import warnings

    memory, cpu = int(memory_bytes), int(cpu_seconds)
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    data = sys.stdin.buffer.read()
    readers = {"pdf": _pdf_text, "docx": _docx_text, "html": _html_text}
    budget = float(budget_seconds)
    damaged = {
        "pdf": "This PDF is damaged or incomplete and could not be read.",
        "docx": "This .docx is damaged or incomplete and could not be read.",
        "html": "This HTML page could not be read.",
    }
    try:
        answer = {"text": readers[kind](data, budget)}
    except DocumentError as error:
        answer = {"error": str(error)}
    except MemoryError:
        answer = {
            "error": f"This {_LABELS[kind]} needs too much memory to read; it was refused as possibly hostile.",
            "detail": "MemoryError",
        }
    except Exception as error:  # any parser failure on a crafted file is "damaged" to the user
        answer = {"error": damaged[kind], "detail": f"{type(error).__name__}: {str(error)[:300]}"}
    sys.stdout.buffer.write(json.dumps(answer).encode())


def _pdf_text(data: bytes, budget: float) -> str:
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


def _docx_text(data: bytes, budget: float) -> str:
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


_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "head", "svg", "object", "embed")
_BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav",
    "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "title",
    "caption", "summary", "details",
)  # fmt: skip
# A character decode_text never lets through, to mark line breaks while HTML whitespace collapses.
_BREAK = "\x00"


def _html_text(data: bytes, budget: float) -> str:
    from bs4 import BeautifulSoup, NavigableString

    text = decode_text(data)
    if text.count("<") > MAX_HTML_TAGS:
        raise DocumentError(f"This HTML page has more than {MAX_HTML_TAGS:,} tags; it was refused.")
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.extract()
    for tag in soup.find_all("br"):
        tag.replace_with(_BREAK)
    for tag in soup.find_all("li"):
        tag.insert_before(_BREAK + "- ")
        tag.insert_after(_BREAK)
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_before(_BREAK)
        tag.insert_after(_BREAK)
    # Only plain strings: comments, doctypes and CDATA are NavigableString subclasses.
    pieces = [str(node) for node in soup.descendants if type(node) is NavigableString]
    lines = [" ".join(line.split()) for line in "".join(pieces).split(_BREAK)]
    lines = [line for line in lines if line]
    # A bullet whose item starts with a block (<li><p>...) is joined back to its text.
    for i in range(len(lines) - 1):
        if lines[i] == "-":
            lines[i], lines[i + 1] = "", "- " + lines[i + 1]
    return "\n".join(line for line in lines if line)
