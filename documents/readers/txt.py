"""Plain text: bytes in any common encoding decoded to a string, binary data refused."""

from __future__ import annotations

import re
import unicodedata

from ..errors import DocumentError, gettext_noop

# Share of control characters above which "text" is taken to be binary.
MAX_CONTROL_SHARE = 0.02

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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
                raise DocumentError(
                    gettext_noop("This file claims to be Unicode text but is not valid text.")
                ) from None
            break
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise DocumentError(gettext_noop("This file contains binary data (NUL bytes), not text."))
    if text is None:
        for codec in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(codec)
                break
            except UnicodeDecodeError:
                continue
    assert text is not None  # latin-1 decodes anything
    if "\x00" in text:
        raise DocumentError(gettext_noop("This file contains binary data (NUL bytes), not text."))
    controls = sum(1 for c in _CONTROL_CHARS.findall(text) if c not in _ALLOWED_CONTROLS)
    if text and controls > MAX_CONTROL_SHARE * len(text):
        raise DocumentError(gettext_noop("This file contains binary data, not text."))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    return unicodedata.normalize("NFC", _CONTROL_CHARS.sub("", text))
