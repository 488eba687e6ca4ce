"""A CV's text as lines and sections, the way a person scans it.

- A wide blank inside a line (a tab, or three spaces or more: columns typed in a text file) separates
  cells, written " | " as the document readers write table cells. Words set letter by letter ("J o n a s
  P E T R A I T I S") are written whole.
- A line that goes on from the one before (it starts in lower case or is a bracket, or the one before ends
  with a comma, a hyphen joining a word, a word such as "of" or an open bracket) is joined to it: PDF and
  typed CVs wrap long lines. A line that starts with a date starts something new.
- Sections start at headings in the languages of the member nations ("Education", "Formation",
  "Ausbildung", "Berufserfahrung", "Langues / Languages"); a heading may carry content after a colon.
"""

from __future__ import annotations

import re
import unicodedata

from .dates import is_date, periods, starts_with_date
from .languages import language_name_at

EDUCATION = "education"
EXPERIENCE = "experience"
LANGUAGES = "languages"
SKILLS = "skills"
COMPETENCIES = "competencies"
PERSONAL = "personal"
SUMMARY = "summary"
TRAINING = "training"  # courses and military education, where a staff course may award a degree
OTHER = "other"
# Sections whose lines are never posts.
NOT_POSTS = (EDUCATION, TRAINING, LANGUAGES, SKILLS, COMPETENCIES, PERSONAL, OTHER)

_TOOLS = (
    "tools|outils|werkzeuge|herramientas|strumenti|ferramentas|narzędzia|nástroje|eszközök|araçlar|tööriistad"
    "|rīki|įrankiai|instrumente|alati|orodja|værktøjer|verktyg|verktøy|työkalut|εργαλεία|инструменти|mjete"
)
_DIGITAL = (
    "digital|digitale|digitali|digitais|digitales|digitaux|digitální|digitálne|cyfrowe|digitaalsed|digitālās"
    "|skaitmeniniai|digitális|dijital|dixhitale|ψηφιακές|дигитални|digitalne|računalniške|računalne"
    "|computer|kompiuteriniai|komputerowe|počítačové|počítačové|számítógépes|informatiche|informáticas"
    "|informatiques|informáticos|informáticas|informatice|arvuti|datora|bilgisayar|kompjuterike"
    "|it|ikt|ict|research|software"
    # More forms: Bulgarian, Macedonian, Serbian, Russian "computer"; Slovene and Croatian inflections.
    "|компютърни|компјутерски|компјутерски|рачунарске|компьютерные|računalniška|računalna|računarske"
    "|informatické|informatikai|edb|edv|atk"
    # Icelandic "tölvu-" (computer), written joined to its noun as Icelandic and Estonian compounds are.
    "|tölvu"
)
_SKILL_NOUNS = (
    f"skills|{_TOOLS}|competențe|competențele|competente|abilități|abilitati|įgūdžiai|gebėjimai|umiejętności"
    "|kompetencje|dovednosti|zručnosti|készségek|ismeretek|beceriler|becerileri|oskused|prasmes|aftësi|aftësitë"
    "|veščine|vještine|kompetencije|spretnosti|δεξιότητες|умения|компетенции|kompetenzen|fähigkeiten"
    "|kenntnisse|compétences|competencias|competenze|competências|vaardigheden|färdigheter|ferdigheter"
    "|færdigheder|kompetencer|taidot|znalosti|znanja"
    "|aptitudes|aptitudini|habilidades|destrezas|vještine|veštine|вештини"
    # Singular and other forms: Estonian "oskus", Icelandic "kunnátta", "færni", "þekking", Luxembourgish
    # "Kenntnisser".
    "|oskus|kunnátta|færni|þekking|kenntnisser"
)
# A skills section named by its kind alone, on a line of its own; else a row's label ("IT: SAP MM, Power
# BI", read by ``skills.labelled_skills``).
KINDS_ALONE = r"it|ict|ikt|systems|it systems|software|technical|computing|computers?"
_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        EDUCATION,
        r"(?:academic|civilian|university|higher) (?:background|record|qualifications|education|degrees)"
        r"|(?:education|qualifications|studies)(?: (?:and|&) (?:\w+ )?(?:training|qualifications))?"
        r"|education and (?:professional |military )?(?:training|schooling)|training and education|degrees"
        r"|(?:degrees|diplomas) (?:and|&) (?:diplomas|certificates)|diplômes|formation(?: académique| universitaire)?"
        r"|éducation et formation|études(?: supérieures)?|ausbildung|aus- und weiterbildung|studium"
        r"|akademische ausbildung|hochschulausbildung|schul- und berufsbildung|bildungsweg"
        r"|formación(?: académica)?|educación(?: y formación)?|istruzione(?: e formazione)?|formazione"
        r"|educação e formação|formação académica e profissional"
        r"|titoli di studio|formação(?: académica)?|educação|wykształcenie(?: i szkolenia)?|vzdělání"
        # Europass's "Education and training" in Slovene and its neighbours: "Izobraževanje (in usposabljanje)".
        r"|vzdelanie|izobrazba|izobraževanje(?: in usposabljanje)?|obrazovanje(?: i osposobljavanje)?|uddannelse|utbildning|utdanning|utdannelse|koulutus|opleiding(?:en)?"
        r"|onderwijs(?: en opleiding)?|tanulmányok|végzettség|eğitim|haridus|izglītība|išsilavinimas|studii"
        r"|educa[țţ]ie [șş]i formare|educație|arsimi|arsimimi|menntun|εκπαίδευση|образование|study|school and (?:study|studies|university)"
        r"|schooling|school (?:and|&) (?:education|training)|studies and training|studie|studier|opleiding en studie|studien|ausbildung a studien",
    ),
    (
        EXPERIENCE,
        r"(?:professional |work |relevant |employment |career |military |previous |operational )?experience"
        r"|(?:work|employment|career|professional|service|military) (?:history|record|background)"
        # An academic CV's one list of appointments, degrees and papers by year: the posts are among them.
        r"|chronology|career chronology|chronologie|career timeline"
        r"|employment(?: record)?|career(?: summary| history| record| timeline| path)?|military (?:career|service)"
        r"|(?:work|professional|employment) timeline"
        r"|(?:positions?|appointments|posts) held|positions|(?:key )?appointments|postings"
        # A contractor's or consultant's posts: "Engagements", "Contract history", "Assignments".
        r"|(?:(?:recent|selected|key|client|consulting|contract) )?(?:engagements|assignments)|contract history"
        r"|expérience(?:s)? professionnelle(?:s)?|expérience|parcours(?: professionnel| militaire)?"
        r"|carrière(?: militaire)?|berufserfahrung|berufliche tätigkeiten|(?:beruflicher|militärischer) werdegang"
        r"|werdegang|verwendungen|experiencia(?: profesional| laboral)?|trayectoria profesional"
        r"|esperienz[ae](?: professionali| professionale| lavorative| lavorativa)?|carriera"
        r"|experiência profissional|percurso profissional|doświadczenie zawodowe|przebieg służby"
        r"|pracovní zkušenosti|pracovné skúsenosti|delovne izkušnje|radno iskustvo|erhvervserfaring"
        r"|arbetslivserfarenhet|yrkeserfarenhet|arbeidserfaring|yrkeserfaring|tjenesteerfaring"
        r"|tjenestesteder|ansættelser|työkokemus|työhistoria|werkervaring|loopbaan|szakmai tapasztalat"
        r"|iş deneyimi|mesleki deneyim|töökogemus|darba pieredze|darbo patirtis|experiență profesională"
        # Romanian with its article, in either spelling of ț: "Experiența profesională" (Europass).
        r"|experien[țţ][aă] profesional[aă]"
        r"|përvoja profesionale|starfsreynsla|επαγγελματική εμπειρία|професионален опит|работен опит|work"
        r"|jobs|service|service history|career history|werk|werkervaring|loopbaan en ervaring"
        r"|postes occupés|fonctions occupées|(?:academic )?appointments|academic positions|employment history"
        # More member languages: Swedish, Danish, Finnish, Czech, Slovak, Turkish, Portuguese, French.
        r"|anställningar|tjänstgöring|arbetserfarenhet|arbejdserfaring|beskæftigelse|työura|työpaikat"
        r"|zaměstnání|zamestnanie|görevler|görev yerleri|experiência|historique d'emploi|historique de carrière"
        # Luxembourgish (Luxembourg's own language beside French and German).
        r"|beruffserfarung|aarbechtserfarung|beruffleche wierdegang"
        # "Work experience" worded with "work" in more member languages (Macedonian, Serbian, Albanian,
        # Hungarian, Romanian, Greek).
        r"|работно искуство|професионално искуство|радно искуство|përvoja e punës|përvojë pune"
        r"|përvoja e punes|munkatapasztalat|"
        # Two tracks of posts held at the same time: "Civilian employment", "Reserve service".
        r"(?:civilian|reserve|reservist|military reserve|army reserve|naval reserve|air force reserve) (?:employment"
        r"|service|career|posts|appointments|experience)|experiență de muncă|experien[țţ]a de munc[ăa]|εργασιακή εμπειρία",
    ),
    (
        LANGUAGES,
        r"(?:foreign )?languages?(?: skills| proficiency| knowledge)?|linguistic (?:skills|profile)"
        r"|language (?:skills|proficiency)|langues?(?: étrangères)?|compétences linguistiques|sprachen"
        r"|sprachkenntnisse|fremdsprachen|idiomas|lingue(?: straniere)?|conoscenze linguistiche"
        r"|competenze linguistiche|línguas|języki(?: obce)?|znajomość języków|jazyky|jazykové znalosti"
        r"|(?:strani |tuji )?jezi(?:ci|ki)|sprog|språk|språkkunskaper|kielet|kielitaito|talen|talenkennis|nyelvtudás|nyelvismeret"
        r"|yabancı dil(?:ler)?|keeleoskus|valodas|valodu zināšanas|kalbos|kalbų mokėjimas|limbi(?: străine)?"
        r"|gjuhët|tungumál|ξένες γλώσσες|γλώσσες|езици|competências linguísticas|competencias lingüísticas"
        r"|conhecimentos linguísticos|jezične kompetencije|taalvaardigheid|språkkunnskaper|sprogkundskaber"
        r"|profil linguistique|language profile|kielitaito ja kansainvälisyys|jazykové (?:znalosti|dovednosti)|sproochen|sproochkenntnisser",
    ),
    (
        COMPETENCIES,
        r"(?:nato |core |behavioural |key )?competenc(?:ies|es)(?: profile)?|competency profile"
        r"|compétences (?:otan|comportementales|clés)|kompetenzen|competenze chiave|competencias clave"
        r"|competenties|kerncompetenties|kompetencer|kompetanser|kompetenser|kompetence|kompetencie"
        # More member languages: Albanian, Croatian/Serbian, Hungarian, Lithuanian, Estonian, Finnish, Turkish.
        r"|kompetencat|kompetencije|kompetenciák|kompetencijos|pädevused|kompetenssit|yetkinlikler",
    ),
    (
        SKILLS,
        r"(?:key |core |technical |computer |it[ -]|professional |digital |job-related |other )?skills"
        r"(?: (?:and|&) (?:competences|abilities|expertise|certifications|tools))?"
        r"|(?:certifications|tools|qualifications) (?:and|&) skills|compétences(?: techniques| informatiques)?"
        r"|informatique|kenntnisse|edv-kenntnisse|it-kenntnisse|fähigkeiten|competencias(?: técnicas"
        r"| informáticas| digitales)?|habilidades|competenze(?: tecniche| informatiche| digitali)?"
        r"|conoscenze informatiche|competências(?: técnicas| informáticas| digitais)?|umiejętności"
        # A Norwegian or Swedish portal's "Kompetanse" / "Kompetens" (what one can do: tools, systems).
        r"|dovednosti|expertise|areas of expertise|vaardigheden|färdigheter|ferdigheter|færdigheder|taidot"
        r"|kompetanse|kompetens"
        r"|készségek|beceriler|įgūdžiai|prasmes|oskused|aftësi|abilități|veščine|vještine|zručnosti|умения"
        r"|δεξιότητες|capacidades|skills (?:and|&) tools|tools|savoir-faire|informática|informatica"
        r"|teknik beceriler|top skills|skills? (?:matrix|grid|profile)|(?:research|methodological|analytical)"
        r" skills|(?:research )?methods and (?:tools|software)"
        # Computer and other skills in more member languages: "IT-kompetencer", "Atk-taidot", "KUNSKAPER",
        # "Počítačové dovednosti", "Digitálne zručnosti", "Capacità e competenze informatiche" (Europass).
        r"|(?:it|ikt|ict|edb|edv|atk|data)-?(?:kompetencer|kompetanse|kompetens|kunskaper|kundskaber"
        r"|kunnskaper|færdigheder|ferdigheter|färdigheter|taidot|vaardigheden)|kunskaper|kundskaber"
        r"|datorkunskaper|tietotekniikka(?:taidot)?|digitale vaardigheden|computervaardigheden"
        r"|(?:počítačové|digitální|digitálne|technické|odborné|it) (?:dovednosti|zručnosti|znalosti)"
        r"|bilgisayar(?: becerileri| bilgisi)?|capacità e competenze (?:informatiche|tecniche)"
        # "Tools" and "digital" or "computer skills" in every member language, in either order ("Competențe
        # digitale", "Kompiuteriniai įgūdžiai", "Research tools"), as Europass names the section in each.
        rf"|{_TOOLS}|(?:{_DIGITAL}) (?:{_SKILL_NOUNS})|(?:{_SKILL_NOUNS}) (?:{_DIGITAL})"
        # ... and joined into one word, as Estonian, Icelandic, German and Luxembourgish write them
        # ("Arvutioskus", "Tölvukunnátta", "IT-Kenntnisser", "EDV-Kenntnisse").
        rf"|(?:{_DIGITAL})-?(?:{_SKILL_NOUNS})"
        # A skills section named by its kind alone ("IT", "Systems", "Software", "Technical"), and LinkedIn's
        # "Top skills" in its interface languages ("Aptitudes principales", "Principales compétences").
        rf"|edv|edb|atk|{KINDS_ALONE}"
        r"|(?:top|main|key|principales?|principais|principali|belangrijkste|najważniejsze|hlavní|főbb|vigtigste"
        rf"|viktigaste|viktigste|tärkeimmät) (?:{_SKILL_NOUNS})|(?:{_SKILL_NOUNS}) (?:principales?|principais"
        r"|principali|clave)|top-kenntnisse|topvaardigheden",
    ),
    (
        PERSONAL,
        r"personal (?:details|information|data|particulars)|contact(?: details| information)?"
        r"|persönliche daten|persönliche angaben|données personnelles|informations personnelles|état civil"
        r"|datos personales|dati personali|dados pessoais|about me|personal|angaben zur person"
        r"|informazioni personali|información personal|dane osobowe|osobní údaje|osobné údaje"
        # Europass: "Informații personale", and the post applied for, which is no post held.
        r"|informa[țţ]ii personale|locul de munc[ăa] pentru care se candideaz[ăa]|job applied for"
        r"|position applied for|poste vis[ée]"
        # "Personal data" in the other member languages (Luxembourgish also without its accent).
        r"|pers[ée]inlech (?:daten|donnéeën|informatiounen)|persoonlijke gegevens|personalia|personuppgifter"
        r"|personlige (?:oplysninger|opplysninger|data)|henkilötiedot|isikuandmed|personas dati"
        r"|asmeninė informacija|asmens duomenys|személyes adatok|osobni podaci|osebni podatki|lični podaci"
        r"|date personale|лични данни|лични податоци|προσωπικά στοιχεία|t[ëe] dh[ëe]na personale"
        r"|kişisel bilgiler|persónuupplýsingar|dades personals",
    ),
    (
        SUMMARY,
        r"(?:professional )?(?:profile|summary)|profil(?: professionnel)?|résumé|kurzprofil|perfil"
        r"|profilo|objective|about",
    ),
    (
        TRAINING,
        r"training|courses|(?:military|professional military|staff) (?:education|training)"
        r"|professional (?:military )?(?:education|development|training)|(?:military|career) courses"
        r"|formation militaire|formation continue|weiterbildung|fortbildung|lehrgänge|militärische ausbildung"
        r"|formazione militare|formación militar|cursos|corsi|kursy|kurzy",
    ),
    (
        OTHER,
        r"references|interests|hobbies|publications|certifications?|awards|honou?rs"
        r"|volunteering|additional information|security clearance|clearance"
        # Europass's "Driving licence" in the member languages: its categories ("B, C") are no skills.
        r"|driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|führerschein|patente(?: di guida)?"
        r"|permiso de conducir|carta de condução|prawo jazdy|řidičský průkaz|vodičský preukaz"
        r"|vozniško dovoljenje|vozačka dozvola|permis de conducere|jogosítvány|ajokortti|körkort|kørekort"
        r"|førerkort|sürücü belgesi|rijbewijs|juhiluba|vadītāja apliecība|vairuotojo pažymėjimas"
        r"|ökuskírteini|patentë shoferi|шофьорска книжка|άδεια οδήγησης"
        r"|loisirs|centres d'intérêt|divers|sonstiges|otros|altro|memberships|declaration"
        r"|(?:personal|other) skills|compétences personnelles|persönliche fähigkeiten|competenze personali"
        r"|competencias personales|(?:operational |overseas |foreign |military )?deployments"
        r"|(?:operational|overseas|foreign|military) (?:tours(?: of duty)?|missions)"
        r"|(?:operations|missions) (?:and|&) deployments|deployments (?:and|&) (?:operations|missions)"
        r"|tours of duty|auslandseinsätze|opérations extérieures|missions opérationnelles"
        r"|misiones internacionales|missioni (?:all'estero|internazionali)|missões internacionais|distinctions"
        r"|decorations|médailles|auszeichnungen"
        # What CVs add after their fields, in the member nations' languages: references, publications,
        # projects, grants, teaching, interests, volunteering (a skills list above them ends there).
        r"|(?:selected |recent |key |main )?(?:publications|projects|grants|conferences|talks|presentations)"
        r"(?: (?:and|&) \w+)?"
        # "Selected publications" in the other member languages ("Ausgewählte Publikationen", "Wybrane
        # publikacje"), either order.
        r"|(?:ausgewählte|wybrane|vybrané|vybraté|válogatott|valitut|utvalda|udvalgte|utvalgte|geselecteerde"
        r"|izbrane|izabrane|odabrane|избрани|seçilmiş|selectate|atrinktos|izvēlētās|valitud) (?:publikationen"
        r"|veröffentlichungen|publikacje|publikace|publikácie|publikációk|julkaisut|publikationer"
        r"|publikasjoner|publicaties|publikacije|публикации|yayınlar|publicații|publikacijos|publikācijas"
        r"|publikatsioonid)|(?:pubblicazioni|publicaciones|publicações) (?:selezionate|seleccionadas"
        r"|selecionadas)|publications choisies|communications|research interests|teaching(?: (?:and|&) \w+)?"
        r"|referees|références|referenze|referencias|referências|referenzen|referenties|referanslar|referanser|referencer"
        r"|referenser|reference|referencje|reference|referencie|pubblicazioni|publicaciones|publicações"
        r"|veröffentlichungen|publikationen|publicaties|publikasjoner|publikationer|yayınlar|publikace|publikacje"
        r"|projets|projekte|proyectos|projetos|progetti|projecten|projeler|projekty|prosjekter|projekt"
        # Research projects: "Proyectos de I+D+i" (the Spanish CVN), "projets de R&D".
        r"|(?:proyectos|projets|projetos|progetti) (?:de |di )?(?:i\+d(?:\+i)?|r&d|r\+s)"
        r"|hobbies and interests|hobby's|hobbys|hobby|hobiler|interessi|intereses|interesses|interessen"
        r"|aficiones|passatempos|tempo livre|fritid|fritidsinteresser|leisure|merits|meriter"
        r"|voluntariado|volontariato|bénévolat|ehrenamt|ehrenamtliches engagement|vrijwilligerswerk"
        r"|nevenactiviteiten|frivillig arbeid|volunteer work|memberships and \w+|encadrement(?: et [\w ]+)?"
        r"|engagement associatif|sertifikalar(?: ve kurslar)?|certificates|certificaten|zertifikate"
        r"|certificados|certificazioni|certificações|sertifikater"
        # More of what a CV adds: prizes, further information.
        r"|prix(?: et distinctions)?|informations? complémentaires?|autres informations|weitere angaben"
        r"|ulteriori informazioni|informaci[óo]n adicional|informações adicionais|aanvullende informatie"
        # Further information, interests and positions of trust in more member languages.
        r"|övrigt|øvrigt|øvrige oplysninger|annat|muuta|muut tiedot|harrastukset|luottamustehtävät|ostatní"
        r"|ostatné|iné|zájmy|záujmy|koníčky|záľuby|interesser|fritidsintresser|overige|overig"
        r"|capacità e competenze (?:sociali|organizzative|personali|artistiche)"
        r"|déploiements|yurt dışı görevler"
        # "Other" alone as a section's name, in the member languages ("6. Drugo", "Ostalo", "Inne", "Egyéb").
        r"|drugo|ostalo|остало|друго|други|inne|jiné|iné|egyéb|diğer|altele|altro|otro|outros|overig|andet|annet"
        r"|annat|muuta|muu|citi|kita|tjetër|άλλα|annað|sonstige[ns]?"
        # "Additional information" in more member languages.
        r"|допълнителна информация|дополнителни информации|dodatne informacije|dodatni podatki|další informace"
        r"|ďalšie informácie|dodatkowe informacje|további információk?|lisainfo|lisätiedot|papildoma informacija"
        r"|papildu informācija|ek bilgiler|informacion shtesë|πρόσθετες πληροφορίες|viðbótarupplýsingar"
        r"|yderligere oplysninger|tilleggsinformasjon|ytterligare information|informații suplimentare"
        # Memberships and positions of trust (a board seat, a society), no employment, in the member languages.
        r"|verv|tillitsverv|förtroendeuppdrag|tillidshverv|trúnaðarstörf|félagsstörf|medlemskap|medlemskaber?"
        r"|medlemskab|mitgliedschaften|adhésions|affiliations|membresías|afiliaciones|appartenenze|filiações"
        r"|lidmaatschappen|nevenfuncties|członkostwo(?: w organizacjach)?|członkostwa|členství|členstvo"
        r"|članstvo|članstva|tagságok?|jäsenyydet|liikmesus|narystės?|dalība organizācijās|üyelikler"
        r"|членства|членство|членувања|anëtarësime|anëtarësia|afilieri|ιδιότητα μέλους",
    ),
)
# A heading of what a CV adds after its fields, in words of its own ("Personal interests", "Leadership &
# Activities", "Sports and Other Interests", "Volunteer experience", "Honours & Prizes"): a short phrase
# that ends with such a word. Its lines are no posts, skills or degrees.
_OTHER_TOPIC = re.compile(
    r"(?:(?:personal|other|outside|main|extra-?curricular|leisure|special|selected|professional|academic"
    r"|military|key|additional|further|sporting|cultural|general|civic|community|my|hobbies|interests|sports?"
    r"|awards|honou?rs|prizes|publications|references|memberships?|affiliations|decorations|medals"
    r"|volunteering|centres d'|centres d’|autres)\s*(?:(?:and|&|et)\s+)?){0,3}(?:interests?|hobbies|hobbys|leisure|pastimes|sports?|references"
    r"|referees|publications|awards|honou?rs|prizes|affiliations|memberships?|volunteering|volunteer work"
    r"|voluntary work|volunteer experience|voluntary experience|miscellaneous|decorations|medals|intérêts?"
    r"|other|others|other information|additional information|divers|sonstiges|otros|altro|outros|overig|inne"
    r"|recognition|recognitions|distinctions"
    r"|loisirs|passe-temps|freizeit|freizeitaktivitäten|hobbies and interests"
    r"|(?:leadership|extra-?curricular|social|other|leisure|community|outside|sporting|sports|voluntary"
    r"|volunteer|civic|associative|student)\s+(?:(?:and|&)\s+)?activities|community (?:service|involvement|engagement))",
    re.IGNORECASE,
)
# ... unless it names a field the reader reads ("Skills and interests").
_FIELD_WORD = re.compile(r"skill|language|langue|sprach|competenc|compétence", re.IGNORECASE)


def _unaccented(text: str) -> str:
    """The text without its accents: headings in capitals drop them in Greek ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ" for
    "Επαγγελματική εμπειρία") and often elsewhere ("EXPERIENCE PROFESSIONNELLE")."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


# Heading names are matched as written, then without accents, as headings in capitals are often written
# ("EXPERIENCE PROFESSIONNELLE"); both forms of each name are in the pattern.
_HEADING_NAME = re.compile(
    "|".join(
        f"(?P<{section}>{pattern}|{_unaccented(pattern)})"
        if _unaccented(pattern) != pattern
        else f"(?P<{section}>{pattern})"
        for section, pattern in _HEADINGS
    ),
    re.I,
)
_WIDE_BLANK = re.compile(r"\t+| {3,}")
_BULLET = re.compile(r"^\s*(?:[-•*·▪◦‣–—]|\d+[.)])\s+")


def clean_lines(text: str) -> list[str]:
    """The CV's lines with cells marked and wrapped lines joined; blank lines kept (as ""). A line longer
    than any a CV holds is cut at blanks, so that no reader spends more than linear time on crafted text."""
    lines = []
    raws = _columns_read_down(_grid_rows_joined(_bounded(text.splitlines())))
    # Headings set sideways in a margin come out of a PDF one letter a line ("E", "I R | Research Intern"):
    # when many lines are such letters, they are dropped, alone or as a line's first cell.
    margin = sum(bool(_MARGIN_LETTERS.fullmatch(raw.strip())) for raw in raws) >= MIN_MARGIN_LETTERS
    for raw in raws:
        if margin and _MARGIN_LETTERS.fullmatch(raw.strip()):
            continue
        if margin:
            raw = _MARGIN_CELL.sub("", raw)
        raw = "" if _SITE_FURNITURE.fullmatch(" ".join(raw.split())) else _markdown_plain(raw)
        cells = [" ".join(cell.split()) for cell in _WIDE_BLANK.split(raw.strip())]
        line = _letter_spaced(" | ".join(cell for cell in cells if cell))
        if lines and lines[-1] and line and len(lines[-1]) < MAX_LINE and _continues(lines[-1], line):
            joiner = "" if lines[-1].endswith("-") and not lines[-1].endswith(" -") else " "
            lines[-1] = lines[-1] + joiner + line
        else:
            lines.append(line)
    return lines


def _grid_rows_joined(raws: list[str]) -> list[str]:
    """A grid table's row (text tables drawn with "+----+" rules, as reStructuredText, pandoc and database
    consoles write them) is every line between two rules: a cell wrapped over several lines is joined
    column by column into one line ("| 03/2018 – até ao |" over "| presente |": "03/2018 – até ao presente")."""
    out: list[str] = []
    row: list[list[str]] = []

    def flush():
        if row:
            out.append(
                "| "
                + " | ".join(" ".join(" ".join(parts).split()) for parts in zip(*row, strict=True))
                + " |"
            )
            row.clear()

    in_grid = False  # the line before was a rule or a row of the grid
    for raw in raws:
        text = raw.strip()
        if _GRID_RULE.fullmatch(text):
            flush()
            out.append(raw)
            in_grid = True
            continue
        cells = (
            [cell.strip() for cell in text[1:-1].split("|")]
            if len(text) > 1 and text[0] == text[-1] == "|"
            else []
        )
        if in_grid and cells and (not row or len(cells) == len(row[0])):
            row.append(cells)
            continue
        flush()
        out.append(raw)
        in_grid = False
    flush()
    return out


_GRID_RULE = re.compile(r"\+(?:[-=]+\+)+")
_MARGIN_LETTERS = re.compile(r"[A-ZÀ-Þ](?: [A-ZÀ-Þ])?")
_MARGIN_CELL = re.compile(r"^\s*[A-ZÀ-Þ](?: [A-ZÀ-Þ])?(?:\s*\|\s*|\s{2,})")
MIN_MARGIN_LETTERS = 6


# A profile page copied from a site as text brings the site's own controls: no part of the CV.
_SITE_FURNITURE = re.compile(
    r"skip to (?:main )?content|linkedin|home my network jobs messaging notifications(?: me)?(?: for business)?"
    r"|(?:connect|follow|message)(?: (?:connect|follow|message|more))+|show all(?: \d+)? [\w ]+ →?|[….]*\s*see more|"
    r"show (?:more|less)|people also viewed|people you may know|\d+\+? (?:connections|followers)"
    r"|contact info|open to work|endorse",
    re.IGNORECASE,
)
# A CV written in Markdown (a README, a site's source): its marks are no part of the text.
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_QUOTE = re.compile(r"^\s{0,3}>\s+")
_MD_RULE = re.compile(r"\s*(?:-{3,}|\*{3,}|_{3,}|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?)\s*")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|mailto:|www\.)[^()\s]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")
_MD_CODE_ROW = re.compile(r"`[^`]+`(?:\s+`[^`]+`)+")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_TABLE_ROW = re.compile(r"\s*\|(.+)\|\s*")


def _markdown_plain(line: str) -> str:
    """The line without Markdown's marks: "# Name" -> "Name", "**MSc**" -> "MSc", "[Nortal AS](https://...)"
    -> "Nortal AS", "`Python` `Splunk`" -> "Python, Splunk", "| English | C1 |" -> "English | C1"; a rule
    ("---", a table's "|---|---|") is no line.

    >>> _markdown_plain("### Security Analyst · [Swedbank AS](https://swedbank.example)")
    'Security Analyst · Swedbank AS'
    >>> _markdown_plain("`Python` `Splunk`"), _markdown_plain("*2021-03 → now* — Tallinn")
    ('Python, Splunk', '2021-03 → now — Tallinn')
    """
    if _MD_RULE.fullmatch(line):
        return ""
    line = _MD_QUOTE.sub("", _MD_HEADING.sub("", line))
    line = _MD_LINK.sub(r"\1", line)
    line = _MD_CODE_ROW.sub(lambda m: ", ".join(_MD_CODE.findall(m[0])), line)
    line = _MD_CODE.sub(r"\1", line)
    line = _MD_EMPHASIS.sub(r"\1", _MD_STRONG.sub(r"\2", line))
    table = _MD_TABLE_ROW.fullmatch(line)
    if table:
        line = " | ".join(cell.strip() for cell in table[1].split("|"))
    return line


# Words set letter by letter ("J o n a s | P E T R A I T I S", headings and names of a typed or scanned
# CV): each written whole, and the cells between such words read as blanks.
_SPACED_WORD = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_SPACED_GAP = re.compile(r"(?<=\w)(?: \| | \| / \| )(?=\w)")


def _letter_spaced(line: str) -> str:
    """
    >>> _letter_spaced("Vardas / Name : | J o n a s | P E T R A I T I S")
    'Vardas / Name : | Jonas PETRAITIS'
    """
    if not _SPACED_WORD.search(line):
        return line
    marked = _SPACED_WORD.sub(lambda m: "\x00" + m[0].replace(" ", "") + "\x00", line)
    # Two spaced words next to each other were one phrase: "\x00CURRICULUM\x00 | \x00VITAE\x00".
    marked = re.sub(r"\x00 \| (/ \| )?\x00", lambda m: " / " if m[1] else " ", marked)
    return marked.replace("\x00", "")


# No line of a CV is longer than this (a long paragraph of a profile is about 1,000 characters).
MAX_LINE = 2000


def _columns_read_down(raws: list[str]) -> list[str]:
    """A text page typed in two columns with a rule between them ("Chef de service Logistique   |   Leiter
    Logistikdienst"): the left column, then the right one, as a person reads them. Known by the rule alone:
    a "|" at the same place on most lines, also on lines with nothing else (the gap between paragraphs), on
    lines that do not start with one (a table's rows do)."""
    written = [raw for raw in raws if raw.strip()]
    if len(written) < MIN_COLUMN_LINES:
        return raws
    places: dict[int, int] = {}
    for raw in written:
        for n, char in enumerate(raw):
            if char == "|" and raw[:n].strip() != "" or (char == "|" and raw.strip() == "|"):
                places[n] = places.get(n, 0) + 1
    if not places:
        return raws
    place, count = max(places.items(), key=lambda item: item[1])
    rule_only = sum(raw.strip() == "|" and raw.index("|") == place for raw in written)
    if place == 0 or count < COLUMN_RULE_SHARE * len(written) or rule_only < 2:
        return raws
    if any(raw.lstrip().startswith("|") and raw.strip() != "|" for raw in written):
        return raws  # a table's rows
    left = [raw[:place].rstrip() if len(raw) > place and raw[place] == "|" else raw for raw in raws]
    right = [raw[place + 1 :].strip() if len(raw) > place and raw[place] == "|" else "" for raw in raws]
    return left + [""] + right


MIN_COLUMN_LINES = 8
COLUMN_RULE_SHARE = 0.6


def _bounded(raw_lines: list[str]) -> list[str]:
    bounded = []
    for line in raw_lines:
        while len(line) > MAX_LINE:
            cut = line.rfind(" ", 0, MAX_LINE)
            cut = cut if cut > 0 else MAX_LINE
            bounded.append(line[:cut])
            line = line[cut:]
        bounded.append(line)
    return bounded


def _continues(previous: str, line: str) -> bool:
    wrapped = (
        previous.endswith(",")
        or (previous.endswith("-") and previous[-2:-1].isalpha())
        or bool(_OPEN_END.search(previous))
        or (
            previous.endswith(":") and ";" in previous
        )  # a run-on list: "...; Teamwork:" / "Co-operates; ..."
        or (line[0].islower() and not _ABBREVIATED_START.match(line) and not _language_row(line))
        or (line[0] == "(" and line[1:2].islower())
        or previous.count("(") > previous.count(")")  # "Pensée analytique (Analytical" / "Thinking) – ..."
        or bool(_BRACKET_ALONE.fullmatch(line))  # "(MND-N)" under the unit it names
    )
    if not wrapped or _BULLET.match(line) or "|" in line or "|" in previous:
        return False
    if _DATA_FIELD.match(line) and not previous.lstrip().startswith("-"):
        # "citizenship: Finnish" under "email: ...": a data file's field, a line of its own; the fields of a
        # list item ("- language: Swedish" / "fluency: C1") stay one record's line.
        return False
    # Headings, contacts, a line starting with a date and a name's line stand alone however they start.
    return not (
        "@" in line or _name_like(previous) or heading(previous) or heading(line) or starts_with_date(line)
    )


_BRACKET_ALONE = re.compile(r"\([^()]{1,40}\)")
# A language's name, then its level: "angol – felsőfokú (C1)", "anglais : courant". Languages that write the
# names in small letters (Hungarian, French, Czech, Polish ...) start such a row in lower case.
_NAME_THEN = re.compile(r"(?P<name>[^\W\d_]+(?: [^\W\d_]+)?)\s*(?:[–—:(|,]|\s-\s)")


def _language_row(line: str) -> bool:
    """Whether the line starts with a language's name before its level: a row of its own, no wrapped text."""
    match = _NAME_THEN.match(line)
    return bool(match) and language_name_at(match["name"])


# A field of a data file (YAML, a form's export): a key in small letters, words joined by "_", then ": ".
_DATA_FIELD = re.compile(r"-?\s*[a-z]+(?:_[a-z]+)*:(?:\s|$)")
# A line may start in lower case with an abbreviated title or degree and still start something new:
# "univ. bacc. oec., University of Zagreb", "dr. Maja Novak", "mgr inż. ..." ("e.g." and "i.e." go on).
_ABBREVIATED_START = re.compile(r"(?!e\.g\.|i\.e\.|etc\.)[^\W\d_A-Z]{1,6}\.(?:\s?[^\W\d_]{1,6}\.)*\s+\S")


_OPEN_END = re.compile(r"\s(?:and|of|for|in|to|the|with|on|at|et|de|des|du|und|für|der|y|e|di|del)$", re.I)


def _name_like(line: str) -> bool:
    words = line.split()
    return len(words) <= 4 and all(
        w[:1].isupper() or w in {"van", "von", "de", "der", "da", "di"} for w in words
    )


# A form's numbering before a heading: "B. Education", "4) Languages", "IV. Skills", "SECTION 2 - EDUCATION".
_ENUMERATOR = re.compile(
    r"^(?:(?i:section|part|partie|teil|sección|sezione|część|oddíl|secțiunea|seksioni)\s+)?"
    r"(?:[A-H]|[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})?)(?:[.)]|\s+[-–—:])\s+(?=[^\W\d_])"
)


# A section headed by a pictograph alone, as CV templates draw them (no word in any language): the briefcase
# for work, the mortarboard for studies, the speaking head for languages, tools for skills, a medal for awards.
_ICON_HEADINGS = {
    "💼": EXPERIENCE,
    "🎓": EDUCATION,
    "🗣": LANGUAGES,
    "🛠": SKILLS,
    "🔧": SKILLS,
    "🏅": OTHER,
    "🏆": OTHER,
}


def heading(line: str) -> tuple[str, str] | None:
    """(section, content after a colon) when the line is a section heading.

    >>> heading("LANGUES / LANGUAGES"), heading("Skills: Python, SQL"), heading("Policy Officer")
    (('languages', ''), ('skills', 'Python, SQL'), None)
    """
    icon = _ICON_HEADINGS.get(line.strip().replace("\ufe0f", ""))
    if icon:
        return icon, ""
    text = line.strip()
    if framed := _FRAMED.fullmatch(text):
        text = framed["text"]  # "=== EDUCATION ===", "[ Languages ]", "*** SKILLS ***"
    text = _ENUMERATOR.sub("", text.lstrip("#◆◇■□●○▶►▸★☆✦✧❖").strip())
    first, _, content = text.partition(" | ")
    if content and ":" not in first and (re.search(r"[,;]", content) or len(content.split()) > 4):
        # A table's first column holding the heading, its content in the next cell ("COMPÉTENCES / SKILLS |
        # Gestion de projet; SAP", a Europass 2005 row "Capacità e competenze informatiche | SAP, Stata"); a
        # row of column names ("Skills | Level | Years") is no heading.
        found = _heading_of(first.strip())
        if found:
            return found, content.strip()
    if not text or len(text) > 80:
        return None
    name, colon, rest = text.partition(":")
    if colon and len(name) > 40:
        return None
    if _decorated_heading(line) and not _HEADING_NAME.fullmatch(text) and not _OTHER_TOPIC.fullmatch(text):
        return OTHER, ""
    name = name.strip().rstrip(":").strip()
    found = _heading_of(name)
    noted = re.fullmatch(r"([^()]+?)\s*\([^()]+\)", name)
    if not found and noted and noted[1].isupper():
        # A heading in capitals with a note in brackets: "RESERVE SERVICE (concurrent with civilian employment)".
        found = _heading_of(noted[1])
    if found and rest.strip() and _ALONE_ONLY.fullmatch(name):
        return None  # "IT: SAP MM, Power BI" is a labelled line of skills, no section that runs on
    return (found, rest.strip()) if found else None


# A heading framed by marks on both sides, as plain-text CVs draw them.
_FRAMED = re.compile(r"(?:[=*~#_]{2,}|-{2,}|\[)\s*(?P<text>[^\[\]=*~#_|]{2,60}?)\s*(?:[=*~#_]{2,}|-{2,}|\])")


# Sections named by their kind alone ("IT", "Systems"): headings only on a line of their own.
_ALONE_ONLY = re.compile(KINDS_ALONE, re.IGNORECASE)


_ALLIANCE = re.compile(r"^(?:NATO|OTAN|NAVO)\s+(?=\S)|(?<=\S)\s+(?:NATO|OTAN|NAVO)$", re.I)


def _heading_of(name: str) -> str | None:
    """The section a heading's name (without content) starts, one name or the same in two languages."""
    sections = set()
    # Side-by-side columns leave empty cells between the two languages' names: "FORMATION | | AUSBILDUNG".
    for part in filter(None, re.split(r"\s+/\s+|\s*(?:\|\s*)+", name)):
        # A bracket says more about the section: "CAREER (POSTINGS)", "KEY COMPETENCIES (NATO framework)".
        part = re.sub(r"\s*\([^()]*\)$", "", part.strip())
        # A word for "information" or "details" after the section's name says nothing more: Turkish "Eğitim
        # Bilgileri", "Yabancı Dil Bilgisi", "Education details".
        part = _FILLER.sub("", part) or part
        match = _HEADING_NAME.fullmatch(part) or _HEADING_NAME.fullmatch(_unaccented(part))
        if not match and _ALLIANCE.search(part):
            # The Alliance's name before or after the section's ("kompetence NATO"), when the whole is none.
            part = _ALLIANCE.sub("", part)
            match = _HEADING_NAME.fullmatch(part) or _HEADING_NAME.fullmatch(_unaccented(part))
        if match:
            sections.add(match.lastgroup)
        elif _OTHER_TOPIC.fullmatch(part) and not _FIELD_WORD.search(part):
            sections.add(OTHER)
        elif found := _named_twice(part):
            sections.add(found)
        else:
            return None
    if len(sections) != 1:
        return None
    return sections.pop()


def _named_twice(name: str) -> str | None:
    """The section of a name made of two of its names joined by "and" ("Service and employment", "Werdegang
    und Verwendungen"): both must name the same section."""
    pieces = _CONJUNCTION.split(name)
    if len(pieces) < 2:
        return None
    found = {
        match.lastgroup if match else None
        for p in pieces
        for match in [_HEADING_NAME.fullmatch(_unaccented(p))]
    }
    return found.pop() if len(found) == 1 else None


_CONJUNCTION = re.compile(r"\s+(?:and|&|et|und|y|e|i|og|och|en|ja|és|ve|și|a|и|και|oraz|ir|un)\s+", re.I)
_FILLER = re.compile(r"(?<=\w)\s+(?:bilgileri|bilgisi|details|information|data|údaje|podatki|adatok)$", re.I)


# A line set off by a heading's symbol: "◆ IN NUMBERS", "■ I LIKE".
_DECORATED = re.compile(r"[◆◇■□▶►▸★☆✦✧❖]\s*(?P<name>[^\W\d_][^\W\d_ &'/-]*(?:[ &'/-]+[^\W\d_]+){0,3})")


def _decorated_heading(line: str) -> bool:
    """A few words in capitals after a heading's symbol (an infographic CV): the heading of a section the
    reader does not read."""
    match = _DECORATED.fullmatch(line.strip())
    return bool(match and match["name"].isupper())


def sections(lines: list[str]) -> dict[str, list[str]]:
    """Section -> its lines (without the heading, with the heading's content after a colon). Lines above
    the first heading are under "top"."""
    found: dict[str, list[str]] = {"top": []}
    current = "top"
    for line in lines:
        if not line or signature(line) or page_footer(line):
            continue
        head = heading(line)
        if head:
            current, rest = head
            found.setdefault(current, [])
            if rest:
                found[current].append(rest)
        else:
            found.setdefault(current, []).append(line)
    return found


# The headings of referees' details, in the member nations' languages.
_REFEREES = re.compile(
    r"(?:professional |personal |character )?(?:references?|referees?)(?: (?:and|&) \w+)?|références|referenze"
    r"|referencias|referências|referenzen|referenties|referanslar|referanser|referencer|referenser|referencje"
    r"|referencie|reference",
    re.IGNORECASE,
)


# The headings of pastimes: interests, hobbies, leisure, sports and activities.
_PASTIMES = re.compile(
    r".*(?:interest|intérêt|interess|hobb|leisure|loisir|freizeit|aficion|passatemp|tempo livre|fritid|pastime"
    r"|sport|activities|hobi|zájm|záujm|harrast|koníč|záľub).*",
    re.IGNORECASE,
)


def referee_lines(lines: list[str]) -> set[str]:
    """The lines that give referees' details: under a references heading until the next heading, or after
    a "References:" label. Their phone numbers and e-mail addresses are someone else's."""
    return _lines_under(lines, _REFEREES)


def pastime_lines(lines: list[str]) -> set[str]:
    """The lines under a heading of interests, hobbies or activities: "German language and culture" there
    is a pastime, not a language spoken."""
    return _lines_under(lines, _PASTIMES)


def _lines_under(lines: list[str], names: re.Pattern[str]) -> set[str]:
    found: set[str] = set()
    inside = False
    for line in lines:
        if not line:
            continue
        head = heading(line)
        name = _ENUMERATOR.sub("", line.strip().lstrip("#◆◇■□●○▶►▸★☆✦✧❖").strip()).partition(":")[0].strip()
        if head:
            inside = head[0] == OTHER and bool(names.fullmatch(re.sub(r"\s*\([^()]*\)$", "", name)))
            if inside and head[1]:
                found.add(line)
        elif inside:
            found.add(line)
    return found


_SIGNATURE = re.compile(
    # "v Praze dne 3. 1. 2027", "W Warszawie, dnia ...": a preposition of place may come first, and the
    # word for "on the day" may follow the town without a comma.
    r"(?:(?-i:[a-zà-þ]{1,2}|[A-ZÀ-Þ][a-zà-þ]?)\s+)?"
    r"[A-ZÀ-Þ][^\W\d_]+(?:[ -](?:[A-ZÀ-Þ][^\W\d_]+|am|an|der|de|sur|upon)){0,2}"
    r"(?:,\s*|\s+(?=(?:le|den|dne|dnia|dňa)\s))"
    r"(?:(?P<article>le|den|im|am|on|the|il|el|dia|dne|dnia|dňa)\s+)?(?P<date>[^,]{4,30})"
)


def signature(line: str) -> bool:
    """Whether the line is where and when the CV was signed ("Bonn, im Januar 2027", "Paris, le 3 mars
    2027", "Brussels, 12 March 2027"): a town, then a date with its day or after "le", "im", "den".
    It belongs to no section.

    >>> signature("Bonn, 10.01.2027"), signature("MSc Defence Studies, June 2012")
    (True, False)
    """
    match = _SIGNATURE.fullmatch(line.strip(" ."))
    if not match or not is_date(match["date"]):
        return False
    return bool(match["article"] or re.match(r"\d{1,2}\b", match["date"]))


_PAGE_FOOTER = re.compile(
    # The page's number alone, or after the footer's other cells or a spaced dash ("... finn.no – side 1").
    r"(?:^|.*\|\s*|.{0,70}\s[–—-]\s*)(?:page|seite|página|pagina|strona|side|sida|sivu|strana|stránka|stran|sayfa)\s+\d+"
    r"(?:\s*(?:/|of|von|de|di|z|av|af|van|/|sur)\s*\d+)?\s*|©.*"
    # The number before the word, as Hungarian, Latvian, Estonian and Lithuanian write it: "1. oldal", "2. lapa".
    r"|(?:.*\|\s*|.{0,70}\s[–—-]\s*)?\d+\.?\s*(?:oldal|lapa|leht|puslapis)(?:\s*(?:/|of)\s*\d+)?\s*"
    # When the CV was last brought up to date: "Last updated: 01/2027", "Stand: Januar 2027".
    r"|(?:last\s+)?(?:updated|update|revised|stand|mis à jour|mise à jour|actualizado|aggiornato|atualizado"
    r"|bijgewerkt|oppdatert|uppdaterad|zaktualizowano|aktualizováno)\b(?:\s+(?:on|le|am|el|il|em|op|den))?"
    r"\s*:?\s*[\w./ -]{0,20}\d{4}[\d./-]*",
    re.IGNORECASE,
)


def page_footer(line: str) -> bool:
    """Whether the line is a page's footer ("Page 1 of 2", "Page 2", "© European Union, 2002-2024 | ... |
    Page 2 / 2"): it belongs to no section.

    >>> page_footer("Page 1 of 1"), page_footer("© European Union | europass.europa.eu | Page 2 / 2")
    (True, True)
    >>> page_footer("Page 2"), page_footer("Page 2 of the report"), page_footer("Exported from a portal – side 1")
    (True, False, True)
    """
    return bool(_PAGE_FOOTER.fullmatch(line.strip()))


def names_the_person(line: str, name: str | None) -> bool:
    """Whether the line names the person among other things, as a page's header or footer or a signature
    does ("Curriculum Vitae – Jan Novák – 1/2", "Signed: Tomás García, 15/01/2027"): it holds no entry of any
    section. Their given name and surname as whole words, in either order; not a dated post that holds the
    name in its body's ("2015 – 2018  Founder, Jan Novák Consulting").

    >>> names_the_person("Jan Novák | CV | March 2027", "Jan Novák"), names_the_person("MS Office, SAP", "Jan Novák")
    (True, False)
    >>> names_the_person("P. de Vries – CV – 2", "Pieter de Vries"), names_the_person("Vries, SAP", "Pieter de Vries")
    (True, False)
    """
    words = (name or "").split()
    if len(words) < 2 or periods(line):
        return False
    folded = line.casefold()
    first, last = re.escape(words[0].casefold()), re.escape(words[-1].casefold())
    either_order = rf"(?<!\w){first}(?!\w).*(?<!\w){last}(?!\w)|(?<!\w){last}(?!\w).*(?<!\w){first}(?!\w)"
    if re.search(either_order, folded):
        return True
    # The surname alone, after an initial ("P. de Vries", "E. Lindqvist") or beside "CV" or a page's number.
    surname = rf"(?<!\w){last}(?!\w)"
    return bool(
        re.search(rf"(?<!\w)\w\.\s*(?:\w+\s+){{0,2}}{surname}", folded)
        or (re.search(surname, folded) and _CV_WORD.search(line))
    )


# Words of a CV's page furniture: "CV", "Curriculum vitae", "page 2", "Lebenslauf".
_CV_WORD = re.compile(
    r"\b(?:cv|c\.v\.|curriculum|vitae|résumé|lebenslauf|životopis|życiorys|önéletrajz|page|seite|strona"
    r"|página|pagina)\b",
    re.IGNORECASE,
)


def contact_line(line: str) -> bool:
    """Whether the line gives an e-mail or web address (a header repeated on each page, a profile's link):
    contact details hold no entry of a section, unless the line is a dated post."""
    return bool(_CONTACT.search(line)) and not periods(line)


_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.|https?://|linkedin\.com/", re.IGNORECASE)


def unbulleted(line: str) -> str:
    return _BULLET.sub("", line)
