"""Fields of study as a recruiter reads them: one discipline under several names, and families of them.

A notice that asks for "a degree in computer science, information technology or a closely related
discipline" is met by a degree in computer engineering or informatics: the same discipline under
another name (``DISCIPLINES``). A degree of the same broad family (physics for an IT post) is only
plausibly related, which a person assesses (``FAMILIES``). Pure data and two look-ups, no database.

>>> close_disciplines("Computer Engineering") & close_disciplines("computer science")
frozenset({'computing'})
>>> close_disciplines("Tourism")
frozenset()
"""

from __future__ import annotations

import re

from anyascii import anyascii
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

# One discipline, several names: English with the spellings CVs use, and the names member nations' degrees
# give it (French, German, Dutch, Italian, Spanish, Portuguese, Polish, Czech, Turkish...). A field may
# belong to several.
DISCIPLINES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "computing": r"\bcomput|\binformati[ckq]|\binformation (?:technolog|system|science)|\bsoftware engineer|"
        r"\bict\b|\bit\b|\bcyber ?security|\bdata science|\binformática|\binformatyk|\bbilgisayar|\bcalculatoar|"
        r"\bpočítač|\bszámítástechn|\bdatateknik|\bdatavetenskap|\bmérnökinformatik|\bteleinformaty|"
        r"\binformation security|\binformasjonssikkerhet|\binformationssäkerhet|\binformationssicherheit",
        "electrical": r"\belectrical|\belectronic|\btelecom|\bcommunications? engineer|\bavionic|\bélectr|"
        r"\belektr|\belettr|\belectr[oó]nica|\baviónica|\bavionique|\bautomati[ckq]|\bautomatyk|"
        r"\bcontrol engineering|\bregelungstechnik",
        "political": r"\bpolitic|\bpolitique|\bpolitik|\bpolític|\bpolityk|\bpolitolog|\bpolitičk|\bsiyaset|"
        r"\brelations internationales|\brelazioni internazionali|\brelaciones internacionales|"
        r"\brelações internacionais|\binternationale (?:beziehungen|betrekkingen|politik)|"
        r"\bstosunki międzynarodowe|\bmezinárodní|\bmedzinárodn|\buluslararası|\bnemzetközi|"
        r"\binternational (?:relations|affairs|studies|security|politics)|"
        r"\b(?:security|strategic|war|defen[cs]e|peace(?: and conflict)?|conflict) studies|\bdiplomacy|"
        r"\bgovernment\b|\bsecurity policy|\bétudes (?:de sécurité|stratégiques)|\bsicherheitspolitik|"
        r"\bstatsvetenskap|\bstatsvitenskap|\bstatskundskab|\bstaatswissenschaft|\bstosunk\w* międzynarodow|"
        r"\bstudii de securitate|\bbezpečnost|\bbezpieczeństw|\bsicherheitsstudien|\bestudios de seguridad|"
        r"\bstudi strategici|\bbiztonságpolitik",
        "economics": r"\becon|\béconom|\bökonom|\bwirtschaft|\bfinanc|\bfinanz|\baccount|\bcomptab|"
        r"\bbusiness|\bcommerce|\bgestion\b|\bbetriebswirt|\bmanagement science|\bbedrijfskunde|"
        r"\bekonom|\bi̇ktisat|\biktisat|\bscienze economiche|\bciencias económicas",
        "public administration": r"\bpublic (?:administration|policy|management|affairs)|\bgovernment\b|"
        r"\badministrative sciences?|"
        r"\badministration publique|\bverwaltungswissenschaft|\bbestuurskunde|\bamministrazione pubblica|"
        r"\badministración pública|\badministração pública|\badministracj\w*|\bkamu yönetimi|\bveřejn\w* správ",
        "logistics": r"\blogisti|\blogístic|\bsupply chain|\btransport(?:ation)? management|\bpurchasing|"
        r"\bprocurement",
        "communication": r"\bcommunications?\b(?! engineer)|\bjournalism|\bmedia\b|"
        r"\bpublic relations|\bmarketing|\bjournalisme|\bpublizistik|\bgiornalismo|\bperiodismo",
        # Law in the languages of member nations' degrees: droit, Rechtswissenschaft/Jura, derecho,
        # diritto/giurisprudenza, direito, prawo, rechten/rechtsgeleerdheid, hukuk.
        "law": r"\blaw\b|\blegal\b|\bjurisprud|\blaws\b|\bllb\b|\bllm\b|\bdroit\b|\brecht|\bjura\b|"
        r"\bderecho\b|\bdiritto\b|\bgiurisprud|\bdireito\b|\bprawo\b|\bhukuk|\bpráv",
        "criminology": r"\bcriminolog|\bcriminal justice|\bkriminolog|\bcriminologi|\bpolice (?:science|studies)",
        "human resources": r"\bhuman resource|\bpersonnel management|\bhrm\b|\borgani[sz]ational psycholog|"
        r"\bressources humaines|\bpersonalwesen|\brisorse umane|\brecursos humanos",
        "mechanical": r"\bmechanical|\baero(?:space|nautic)|\baircraft engineer|\bmécanique|\bmaschinenbau|"
        r"\bmeccanic|\bmecánic|\bmechani[ck]|\bbudowa maszyn|\bstrojírenstv|\bgépész|\bmakine|"
        # Mechanical and aeronautical engineering in member nations' degrees.
        r"\bmecânic|\bwerktuigkunde|\bwerktuigbouw|\bluft- und raumfahrt|\braumfahrttechnik|\baeron[aá]utic|"
        r"\baéronautique|\bletecká|\blotnictw|\bhavacılık|\buçak mühendis",
        "physics": r"\bphysic|\bacoustic|\boceanograph|\bgeophysic|\bphysique|\bphysik|\bfisica|\bfísica|"
        r"\bfizyk|\bnatuurkunde",
        "mathematics": r"\bmathemat|\bstatistic|\boperations? research|\bapplied math|\bmatematic|\bmatemát|"
        r"\bwiskunde|\bstatisti|"
        # Operational research under its names in member nations' degrees.
        r"\boperational research|\binvestiga[çc][ãa]o operacional|\binvestigaci[óo]n (?:operativa|de operaciones)|"
        r"\brecherche opérationnelle|\bricerca operativa|\bbadania operacyjne|\boperasjonsanalyse|"
        r"\boperationsanalys|\byöneylem",
        "geography": r"\bgeograph|\bgeodes|\bgeospatial|\bgeomatic|\bgéograph|\bgeograf|\bcartograph|"
        r"\bremote sensing|\bgis\b",
        "education": r"\beducat|\bpedagog|\bteaching\b|\bsciences de l'éducation|\berziehungswiss|\bpédagog",
        "history": r"\bhistor|\bgeschichte|\bstoria\b|\bgeschiedenis|\bhistoria\b|\bhistorie|\btarih",
        # Translation, terminology, interpreting.
        "translation": r"\btranslat|\btradu[cçz]|\bübersetz|\bdolmetsch|\binterpret(?:ing|ation)\b|\bvertal|"
        r"\btłumacz|\bpřeklad|\bterminolog|\bçeviri",
        # Languages and linguistics: philology, modern languages, "langues étrangères appliquées" (LEA).
        "languages": r"\blinguisti|\blanguages?\b|\blangues?\b|\blangage|\blingue\b|\blenguas?\b|"
        r"\bsprachen\b|\bsprachwiss|\btaalkunde|\btalen\b|\bphilolog|\bfilolog|\blea\b|"
        r"\banglistik|\bromanistik|\bgermanistik|\bliteratur",
        # Area studies: the Middle East and the Islamic world, Africa, Russia and Eastern Europe, Asia.
        "middle east studies": r"\bmiddle east|\bmoyen[- ]orient|\bnaher osten|\bmedio oriente|\boriente medio|"
        r"\bisl[aá]m|\b[aá]rab|\bnear east|\boriental|\borientalist",
        "african studies": r"\bafrica|\bafrique|\bafrika|\bafrican",
        "eastern european studies": r"\bslavic|\bslavonic|\bslavistik|\bslave\b|\brussian|\beast european|"
        r"\beastern europe|\bosteuropa|\bsoviet|\bpost-soviet|\bbalkan",
        "military science": r"\bmilitary (?:science|studies|leadership|history|art)|\bdefen[cs]e studies|"
        r"\bsciences militaires|\bmilitärwiss|\bkrijgswetenschap|\bscienze militari|\bciencias militares|"
        r"\bnauk[ai] wojskow|\bwar studies|\bstrategic studies",
        "intelligence": r"\bintelligence (?:studies|analysis)|\brenseignement",
        "psychology": r"\bpsycholog|\bpsychologie|\bpsicolog",
        "sociology": r"\bsociolog|\bsoziolog|\bsocjolog|\banthropolog|\bantropolog",
        "chemistry": r"\bchemi|\bchimi|\bquímic|\bkemi",
        "social sciences": r"\bsocial sciences?|\bsciences sociales|\bsciences humaines et sociales|"
        r"\bsozialwissenschaft|\bscienze sociali|\bciencias sociales|\bciências sociais|\bsociale wetenschap|"
        r"\bnauki społeczne|\bsamfunnsvitenskap|\bsamhällsvetenskap|\bsamfundsvidenskab|\bsosyal bilimler|"
        r"\bspolečensk\w* vědy|\btársadalomtudomány",
        # Broad fields (BROAD): a notice asking for "engineering" or "a natural science" is met by any of
        # them, in the words member nations' degrees use (Engenharia, Ingeniería, Inżynieria, Mühendislik).
        "engineering": r"\bengineer|\bingénieur|\bingenieur|\bingegner|\bingenier|\bengenh|\binżynier|"
        r"\bmühendis|\bingeniør|\bingenjör|\bmérnök|\binženýr|\bgénie\b|\binginer|\b(?:dipl|dr)\.?-ing",
        "natural sciences": r"\bnatural sciences?|\bphysic|\bchemi|\bbiolog|\bgeolog|\bastronom|"
        r"\boceanograph|\bearth sciences?|\bsciences naturelles|\bnaturwissenschaft|\bscienze naturali|"
        r"\bciencias naturales|\bnatuurwetenschap|\bphysique|\bphysik|\bfisica|\bfísica|\bchimi|\bquímic",
    }.items()
}
# Disciplines that hold others: asked beside a narrower one ("electrical engineering") they add nothing, so a
# civil engineer does not meet it. Asked alone they are met by any discipline they hold, whatever its name
# ("Dr.-Ing. Maschinenbau", "Mechanika i budowa maszyn" are engineering).
BROAD: dict[str, frozenset[str]] = {
    "engineering": frozenset({"mechanical", "electrical"}),
    "natural sciences": frozenset({"physics", "chemistry"}),
    # The social sciences as the OECD Fields of Science list them (5.1-5.8).
    "social sciences": frozenset(
        {
            "psychology",
            "economics",
            "education",
            "sociology",
            "law",
            "political",
            "communication",
            "public administration",
            "criminology",
        }
    ),  # fmt: skip
}

# Families of disciplines: a field of one family is plausibly related to a required field of the same one.
FAMILIES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"engineer|comput|software|informati|electr|telecom|cyber|network|physics|mathemat|data|"
        r"systems|technolog|\bict\b|\bit\b|geograph|geodes|geospatial|ingénieur|ingenieur|ingegner|ingenier|"
        r"engenh|inżynier|mühendis|ingeniør|ingenjör|inginer",
        re.I,
    ),
    re.compile(r"econom|financ|account|audit|business|commerce|management|administration|statistic", re.I),
    re.compile(
        r"politic|international relations|law\b|legal|public administration|history|security|defen[cs]e|"
        r"strateg|war studies|diplomacy|government|criminolog|criminal|military|intelligence|"
        r"middle east|islam|arab|africa|slavic|russian|east european|area studies",
        re.I,
    ),
    re.compile(r"logistic|supply chain|transport|operations research|industrial", re.I),
    re.compile(r"educat|pedagog|training|teaching|learning", re.I),
    re.compile(r"human resources|psycholog|sociolog|anthropolog|organi[sz]ational", re.I),
    re.compile(
        r"communicat|journalism|media|public relations|linguistic|languages|translat|terminolog|philolog|"
        r"interpret",
        re.I,
    ),
    # Health: medicine, nursing, public health and the running of health services, in member nations' words.
    re.compile(
        r"medic|health|epidemiolog|pharma|clinical|hospital|nursing|surgery|dentist|veterinar|physiotherap|"
        r"médecine|medizin|geneeskunde|medycyn|\btıp\b|santé|gesundheit|sanità|salud|saúde|zdrowi|"
        r"pielęgniar|krankenpfleg|infirmi|verpleeg|infermier|enfermer|enfermag",
        re.I,
    ),
)


# A field's words that name the degree, not the discipline ("Master i statsvitenskap", "Laurea in ...").
_DEGREE_WORDS = frozenset(
    """master masters magister bachelor bachelors laurea magistrale triennale mgr msc mba phd doctor doctorate
    diplom diploma degree licence licenciatura licenciado licentiate mestrado maitrise maîtrise dess dea
    fil kand mag rer nat hons honours bsc bcom llb llm""".split()  # noqa: SIM905
)
_FIELD_WORD = re.compile(r"[^\W\d_]+")
# wordfreq's Zipf scale: a word used at least once per million words of English.
_ENGLISH_ZIPF = 3.0


def close_disciplines(field: str) -> frozenset[str]:
    """The disciplines a field of study is a name of (empty when it names none of ``DISCIPLINES``)."""
    found = {name for name, pattern in DISCIPLINES.items() if pattern.search(field)}
    return frozenset(found | {broad for broad, held in BROAD.items() if found & held})


def asked_disciplines(field: str) -> frozenset[str]:
    """The disciplines a notice's field of study asks for: a broad one only when it names no narrower one.

    >>> sorted(asked_disciplines("electrical engineering")), sorted(asked_disciplines("engineering"))
    (['electrical'], ['engineering'])
    """
    found = close_disciplines(field)
    return found - BROAD.keys() if found - BROAD.keys() else found


def kindred_disciplines(held: frozenset[str], asked: frozenset[str]) -> bool:
    """Whether a degree's disciplines and those a notice asks for are under one broad discipline (BROAD):
    the broad one itself ("Ingegneria Aerospaziale" is engineering) or two it holds (an electrical engineer
    for "mechanical engineering or a closely related discipline"). Plausibly related: a person decides.

    >>> kindred_disciplines(close_disciplines("Ingegneria Aerospaziale"), asked_disciplines("mechanical engineering"))
    True
    >>> kindred_disciplines(close_disciplines("Business administration"), asked_disciplines("mechanical engineering"))
    False
    """
    return any(held & ({broad} | kin) and asked & ({broad} | kin) for broad, kin in BROAD.items())


def families_of(field: str) -> frozenset[int]:
    """The families (``FAMILIES``, by index) a field of study belongs to: those of the disciplines it is a
    name of, whose names are English ("Laurea magistrale in Fisica" is physics, of the technical family a
    notice asking for mathematics names; "information security" is computing, not security policy), or of
    its own words when it names none.

    >>> families_of("Laurea magistrale in Fisica") == families_of("Physics") == frozenset({0})
    True
    >>> families_of("information security") == families_of("Informatica")
    True
    """
    names = close_disciplines(field) or (field,)
    return frozenset(i for i, family in enumerate(FAMILIES) if any(family.search(name) for name in names))


# Spellings that differ between European languages' names of one science (physics, Physik, fysica,
# física; meteorology, meteorologie, meteorologia), written one way to compare them.
_SPELLINGS = (("ph", "f"), ("th", "t"), ("y", "i"), ("k", "c"), ("z", "s"))
# Words that name no discipline of their own: a field asked is named by its other words.
_GENERIC_FIELD_WORDS = frozenset(["science", "sciences", "studies", "study", "and", "the", "for", "with"])
# A field's words in Latin letters, whatever its script (Greek and Cyrillic degrees: anyascii, ISC licence).
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def _cognate_words(field: str) -> list[str]:
    folded = anyascii(field).casefold()
    for written, said in _SPELLINGS:
        folded = folded.replace(written, said)
    return [w for w in _LATIN_WORD.findall(folded) if w not in _DEGREE_WORDS]


def _cognates(asked: str, written: str) -> bool:
    """Two words are one science's name in two languages: a long shared start (meteorolog-i, matematic-a).
    A short word is only itself ("law" is not "lawn", "internal" not "international")."""
    if min(len(asked), len(written)) < 6:
        return asked == written
    shared = 0
    for a, b in zip(asked, written):
        if a != b:
            break
        shared += 1
    return shared >= 5 and (shared >= 0.8 * min(len(asked), len(written)) or fuzz.ratio(asked, written) >= 80)


def cognate_field(written: str, asked: str) -> bool:
    """Whether a degree's field names the field a notice asks for in another European language: every word
    of the field asked (but "science", "studies") has a cognate in it. Scientific names are mostly shared
    across member nations' languages, so this reads degrees that no list names.

    >>> cognate_field("Magister meteorologii", "meteorology"), cognate_field("Πτυχίο Φυσικής", "physics")
    (True, True)
    >>> cognate_field("Master i meteorologi", "atmospheric science"), cognate_field("Internal medicine", "international relations")
    (False, False)
    """
    held = _cognate_words(written)
    wanted = [w for w in _cognate_words(asked) if w not in _GENERIC_FIELD_WORDS] or _cognate_words(asked)
    return bool(wanted) and all(any(_cognates(w, h) for h in held) for w in wanted)


def known_field(field: str) -> bool:
    """Whether a field of study can be read here: a discipline or a family above, or a field written in
    English words ("Philosophy", "Marine Biology"). Only a field that can be read can be called unrelated;
    another ("Mezinárodní vztahy", "Laurea in Viticoltura") is for a person to read.

    >>> known_field("Philosophy"), known_field("Bc. Mezinárodní vztahy"), known_field("Laurea in Enologia")
    (True, True, False)
    """
    if close_disciplines(field) or any(family.search(field) for family in FAMILIES):
        return True
    words = [w for w in _FIELD_WORD.findall(field.casefold()) if len(w) > 2 and w not in _DEGREE_WORDS]
    english = [w for w in words if zipf_frequency(w, "en") >= _ENGLISH_ZIPF]
    return bool(words) and len(english) > len(words) / 2
