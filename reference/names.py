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
    "rear admiral", "vice admiral", "sgt", "cwo", "wo", "oberst", "oberstleutnant", "oberstlt",
    "hauptmann", "korvettenkapitän", "fregattenkapitän", "kapitän zur see", "colonnello", "tenente colonnello",
    "maggiore", "capitano", "coronel", "teniente coronel", "comandante", "capitán", "commandant", "capitaine",
    "chef de bataillon", "chef d'escadron", "capitaine de frégate", "capitaine de corvette",
    "capitaine de vaisseau", "général", "pułkownik", "ppłk", "płk", "mjr", "i.g", "i. g", "lt. col",
    # More forms of address and academic titles: Polish, Czech and Slovak, Italian, Dutch, German.
    "inż", "mgr inż", "dr inż", "dr hab", "dr hab inż", "lic", "phdr", "judr", "rndr", "mudr", "paeddr",
    "doc", "sig", "sigra", "avv", "arch", "dottssa", "drs", "dipl-ing", "dipl-kfm", "ir", "ing-dipl",
    "me", "maître", "sir", "dame", "the hon", "rt hon",
    # More ranks, written out and abbreviated, in the member nations' languages.
    "ltc", "lt-col", "lcol", "lcdr", "lt cmdr", "cmdr", "brig", "brig-gen", "bg", "mg", "ltg",
    "gp capt", "air cdre", "fg off", "ret",
    "ten col", "tcol", "t col", "tenente", "magg", "cap", "cap freg", "cf", "cv", "cc", "gen b", "gen d",
    "contrammiraglio", "capitano di fregata", "capitano di corvetta", "capitano di vascello",
    "lcl", "cdt", "cne", "gal", "gbr", "gdi", "lieutenant de vaisseau",
    "otl", "hptm", "fkpt", "kkpt", "kzs", "brigadegeneral", "generalmajor",
    "flottillenadmiral", "kapitänleutnant", "oberleutnant", "leutnant", "stabsfeldwebel",
    "cte", "tte", "tte col", "teniente", "alférez", "capitán de fragata",
    "capitán de corbeta", "capitán de navío", "general de brigada",
    "tenente-coronel", "tcor", "cap-ten", "capitão", "capitão-de-fragata", "capitão-tenente",
    "kpt", "kpt mar", "kmdr", "kmdr por", "kmdr ppor", "kmdr dypl", "gen bryg", "płk dypl", "ppłk dypl", "kapitan",
    "pplk", "plk", "npor", "por", "gšt", "nadporučík", "kapitán", "podplukovník", "plukovník",
    "podpolkovník", "plukovnik", "pukovnik", "bojnik", "satnik", "brigadir", "podpolkovnik", "polkovnik",
    "stotnik", "nënkolonel", "kolonel", "kapiten", "luitenant-kolonel", "luitenant kolonel", "lkol", "kol",
    "majoor", "kapitein", "kltz", "ltz", "ktz", "kapitein-luitenant ter zee", "kapitein ter zee",
    "luitenant ter zee", "commandeur", "oberstløjtnant", "oberstløytnant", "orlogskaptajn", "orlogskaptein",
    "kommandørkaptajn", "kommandørkaptein", "kaptajn", "kaptein", "premierløjtnant", "överstelöjtnant",
    "kommendörkapten", "örlogskapten", "kapten", "överste", "everstiluutnantti", "eversti", "majuri",
    "kapteeni", "komentaja", "komentajakapteeni", "kolonelleitnant", "kapten-leitnant",
    "leitnant", "pulkvedis", "pulkvežleitnants", "majors", "kapteinis", "pulkininkas",
    "pulkininkas leitenantas", "majoras", "kapitonas", "komandoras", "locotenent-colonel",
    "maior", "căpitan", "comandor", "alezredes", "ezredes", "őrnagy", "százados", "dandártábornok",
    "yarbay", "albay", "binbaşı", "yüzbaşı", "kurmay albay", "kurmay yarbay", "tuğgeneral",
    "sminagos", "episminagos", "antisminarchos", "sminarchos", "taxiarchos", "ypolochagos", "lochagos",
    "yposminagos", "anthyposminagos", "plotarchis", "antiploiarchos", "ploiarchos",
    "őrnagy / major", "locotenent colonel", "maior / major",
    "antisyntagmatarchis", "syntagmatarchis", "tagmatarchis",
    # British and Commonwealth air-force and naval ranks written out, and the other two-word ranks.
    "wing commander", "squadron leader", "flight lieutenant", "group captain", "air commodore",
    "flying officer", "pilot officer", "air vice-marshal", "air vice marshal", "air marshal",
    "air chief marshal", "lieutenant commander", "sub-lieutenant", "sub lieutenant", "second lieutenant",
    "first lieutenant", "warrant officer", "major general", "lieutenant general", "brigadier general",
    "vice-admiral", "rear-admiral", "lieutenant-commander", "major-general", "lieutenant-general",
)  # fmt: skip

# After the name: German general-staff mark, honours and degrees written as letters.
NAME_SUFFIXES: tuple[str, ...] = (
    "i.g", "i. g", "mbe", "obe", "cbe", "cd", "phd", "ph.d", "msc", "m.sc", "ma", "mba", "ba", "bsc", "jr",
    "sr", "ii", "iii", "rn", "psc", "ndc", "pmp", "cpa", "acca", "cfa",
    "dso", "mc", "qgm", "rcds", "hcsc", "jssc", "mphil", "dphil", "llm", "ll.m", "meng", "mpa",
    "cissp", "cism", "cisa", "peng", "csc", "drsc", "ret", "usn", "usaf", "usmc", "usa",
    "esq", "frsa", "fcca", "mcips", "cips", "ceng", "mice", "mimeche", "miet",
    # The service after an officer's name: Royal Air Force, Royal Navy, Royal Marines, Canadian services.
    "raf", "rm", "rcaf", "rcn", "ran", "raaf", "rnlaf", "rnln",
    # Czech and Slovak academic titles, also written after the name and a comma: "Peter Horváth, PhDr.".
    "phdr", "judr", "rndr", "mudr", "paeddr", "thdr", "artd", "ing", "mgr", "bc",
)  # fmt: skip
