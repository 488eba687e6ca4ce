"""What every header reader shares: the ``(value, source line)`` it returns and the "Label: value" line."""

from __future__ import annotations

import re

_I = re.IGNORECASE
Found = tuple[str | None, str | None]

# Any "Label: value" line ("Sector: Non Profit"): a field of the page, not a title, body or place.
LABEL = re.compile(r"^[A-Z][\w /'-]{1,30}:\s*\S")
