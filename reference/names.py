"""What stands around a person's name in a CV and is not part of it: ranks, titles and letters after it.

Removed by the CV reader when it proposes a name ("Lt Col", "Oberstleutnant i.G.", "Dr.", "Dipl.-Kfm.",
"MBE"); lower case, each a whole word or words.
"""

from __future__ import annotations

# Before the name: forms of address, academic titles, military ranks in member nations' languages.
NAME_PREFIXES: tuple[str, ...] = (
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "ing", "mag", "mgr", "bc", "dipl.-ing", "dipl.-kfm",
    "dipl.-kffr", "dipl.-vw", "dipl.-pol", "m", "mme", "herr", "frau", "sr", "sra", "dott", "dott.ssa",
    "gen", "general", "lt gen", "maj gen", "brig gen", "brigadier", "col", "colonel", "lt col", "ltcol",
    "lieutenant colonel", "lieutenant-colonel", "maj", "major", "capt", "captain", "cpt", "lt", "lieutenant",
    "cdr", "commander", "ltcdr", "lt cdr", "cdre", "commodore", "wg cdr", "sqn ldr", "flt lt", "adm", "admiral",
    "rear admiral", "vice admiral", "sgt", "cwo", "wo", "oberst", "oberstleutnant", "oberstlt", "major",
    "hauptmann", "korvettenkapitän", "fregattenkapitän", "kapitän zur see", "colonnello", "tenente colonnello",
    "maggiore", "capitano", "coronel", "teniente coronel", "comandante", "capitán", "commandant", "capitaine",
    "chef de bataillon", "chef d'escadron", "capitaine de frégate", "capitaine de corvette",
    "capitaine de vaisseau", "général", "pułkownik", "ppłk", "płk", "mjr", "i.g", "i. g", "lt. col",
)  # fmt: skip

# After the name: German general-staff mark, honours and degrees written as letters.
NAME_SUFFIXES: tuple[str, ...] = (
    "i.g", "i. g", "mbe", "obe", "cbe", "cd", "phd", "ph.d", "msc", "m.sc", "ma", "mba", "ba", "bsc", "jr",
    "sr", "ii", "iii", "rn", "psc", "ndc", "pmp", "cpa", "acca", "cfa",
)  # fmt: skip
