"""Rebuild every readers5fr document and write twins.json. Labels are fixed: write_label() refuses to change one."""
import json
import os

import notices5fr
from common import NOTICES

if __name__ == "__main__":
    twins = notices5fr.build()
    path = os.path.join(NOTICES, "twins.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(twins, ensure_ascii=False, indent=2) + "\n")
    print("pairs", len(twins))
