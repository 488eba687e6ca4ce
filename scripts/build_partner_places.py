"""Write reference/partner_places.txt, the partner nations' names and cities, from CLDR (babel).

    .venv/bin/python scripts/build_partner_places.py

Run it again when babel (CLDR) or ``reference.partners.PARTNER_NATIONS`` changes; the test
``tests/reference/test_partner_places.py`` fails until then.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reference.partners import DATA, places_from_cldr  # noqa: E402

if __name__ == "__main__":
    places = places_from_cldr()
    DATA.write_text("\n".join(places) + "\n", encoding="utf-8")
    print(f"{len(places)} names written to {DATA}")
