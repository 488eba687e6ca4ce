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
import unicodedata

from anyascii import anyascii
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

# One discipline, several names: English with the spellings CVs use, and the names member nations' degrees
# give it, one line per language or group of languages. Stems start a word (``\b``); German, Dutch and Nordic
# compounds put the discipline last ("Volkswirtschaftslehre", "bedrijfseconomie", "Humanmedizin"), so a stem
# that ends such compounds is written ``\w*stem`` where no other field ends the same way (not "wirtschaft":
# Landwirtschaft is agriculture), else the compounds are listed. Greek is written without accents (the field
# is read without them, ``_readable``). A field may belong to several.
_NAMES: dict[str, tuple[str, ...]] = {
    "computing": (
        r"\bcomput|\w*informati[ckq]|\binformation (?:technolog|system|science)|\bsoftware|\bict\b|\bit\b",
        r"\bc[iy]ber ?(?:security|sécurité|sicherheit|bezpiecz|seguridad|segurança|veiligheid|güvenlik)",
        r"\bdata science|\binformation security|\bdipl\.?\s?-?\s?inf\b|\blogiciel",
        r"\bartificial intelligence|\bmachine learning|\bkünstliche intelligenz|\bkunstmatige intelligentie",
        r"\bintelligen(?:ce|za) artificiel?l|\binteligen(?:cia|ța) artificial",
        r"\binformática|\binformatyk|\bbilgisayar|\bbilişim|\byazılım|\bcalculatoar|\bpočítač|"
        r"\bszámítástechn",
        r"\bdatateknik|\bdatavetenskap|\bdatalogi|\bdatavidenskab|\bmérnökinformatik|\bteleinformaty",
        r"\binformasjonssikkerhet|\binformationssäkerhet|\binformationssicherheit|\bkyber(?:bezpe|turva)",
        r"\btietojenkäsittel|\btietotekn|\bohjelmisto|\binformaatik|\barvutiteadus|\binfotehnoloog",
        r"\bdatorzinātn|\binformācij\w* (?:tehnolog|sistēm)|\bkompiuter|\binformacin\w* (?:technolog|sistem)",
        r"\btölvunarfræð|\bračunarstv|\bračunal|\bračunar|\bkompjuter|\bπληροφορικ|\bυπολογιστ",
        r"\bинформати|\bкомпют|\bкомпјутер|\bрачунар",
    ),
    "electrical": (
        r"\belectrical|\belectronic|\btele(?:com|kom)|\bcommunications? engineer|\bavionic|\bélectr|\belektr",
        r"\belettr|\belectr[oó]nica|\belectrotehn|\belectrotécn|\belectricidad|\bel[eé]tri[ck]|\beletr[oô]n|"
        r"\beletrot",
        r"\baviónica|\bavionique|\bautomati[ckq]|\bautomatyk|\bcontrol engineering|\bregelungstechnik",
        r"\bnachrichtentechnik|\bsähkö|\btietoliikenne|\bvillamos|\brafmagns|\brafeinda|\bηλεκτρ|\bелектр",
    ),
    "political": (
        r"\bpolitic|\bpolitique|\bpolitik|\bpolític|\bpolityk|\bpolitolog|\bpolitoloog|\bpolitičk|\bpolitičn",
        r"\bpolitiek|\bdipl\.?\s?-?\s?pol\b|\bpoliitik|\bpolitiik|\bsiyaset|\bsciences[- ]po\b|"
        r"\bscient\.?\s?pol\b",
        r"\brelations internationales|\brelazioni internazionali|\brelaciones internacionales",
        r"\brelações internacionais|\brela[țţt]ii interna[țţt]ionale|\binternationale (?:beziehungen|"
        r"betrekkingen|relaties|politik)",
        r"\bstosunki międzynarodowe|\bstosunk\w* międzynarodow|\bmezinárodn\w* (?:vztah|politi|bezpečnost|"
        r"studi|teritori)",
        r"\bmedzinárodn\w* (?:vzťah|politi|bezpečnos|štúdi)|\buluslararası (?:ilişki|güvenlik|politik)",
        r"\bnemzetközi (?:kapcsolat|tanulmány|biztonság)|\bmeđunarodn\w* (?:odnos|politi|studij)",
        r"\bmednarodn\w* (?:odnos|politi)|\bstarptautisk\w* (?:attiecīb|politik)|\btarptautin\w* (?:santyk|"
        r"politik)",
        r"\brahvusvahelis\w* (?:suhted|suhete|poliitik)|\briigiteadus|\bkansainväl\w* (?:suhte|politiik)",
        r"\bvaltiotie|\bstjórnmálafræð|\balþjóðasamskipt|\binternasjonal\w* (?:politikk|studier|relasjon)",
        r"\binternationell\w* (?:relation|politik|studier)|\bmarr[eë]dh[eë]nie\w* nd[eë]rkomb",
        r"\binternational (?:relations|affairs|studies|security|politics)",
        r"\b(?:security|strategic|war|defen[cs]e|peace(?: and conflict)?|conflict) studies|\bdiplomacy",
        r"\bgovernment\b|\bsecurity policy|\bétudes (?:de sécurité|stratégiques)|\bsicherheitspolitik",
        r"\bstatsvetenskap|\bstatsvitenskap|\bstatskundskab|\bstaatswissenschaft",
        r"\bstudii de securitate|\bbezpečnos[tť](?!\w* (?:informac|práce|a ochrana zdraví))",
        r"\bbezpieczeństw(?!\w* (?:i higien|informac|pracy|system|sieci|komputer|cyber))",
        r"\bsicherheitsstudien|\bestudios de seguridad|\bstudi strategici|\bbiztonságpolitik",
        r"\bnacionaln\w* (?:sigurnost|bezbjednost)|\bπολιτικ\w* επιστημ|"
        r"\bδιεθν\w* (?:και ευρωπαικ\w* )?(?:σχεσ|σπουδ)",
        r"\bполитолог|\bполитическ\w* наук|\bполитичк\w* наук|\bмеждународн\w* отношени|"
        r"\bмеѓународн\w* (?:односи|политик)",
        r"\bнационалн\w* сигурност|\bбезбедност|\bбезбједност|\bмеђународн\w* (?:односи|политик)",
        r"\bpolitológ|\bfreds-? (?:och|og) konflikt",
    ),
    "economics": (
        r"\w*econom|\w*[eéøö]konom|\bfinan[cçzsšț]|\baccount|\bcomptab|\bbusiness|\bcommerce\b",
        r"\bbanking\b|\be?mba\b|\bbba\b|\bb\.?\s?com\b|\bmanagement science",
        r"\bsciences? de (?:la )?gestion|\bgestion (?:des |d')?(?:entreprises?|affaires)|"
        r"\bcontrôle de gestion",
        r"\bgestion financière|\bexpertise comptable|\bdscg\b|\bdcg\b|\bsciences commerciales",
        r"\b(?:administration|management) des (?:entreprises|affaires)",
        r"\bwirtschaft|\b(?:volks|betriebs)wirt|\b[bv]wl\b|\brechnungswesen|\bcontrolling\b",
        r"\bdipl\.?\s?-?\s?(?:kf[mr]|kaufm|volksw|oec|ök|betriebsw)|\bkfm\b|\brer\.?\s?(?:soc\.?\s?)?oec\b",
        r"\bbedrijfskunde|\bhandelswetenschap|\bhandelsingenieur",
        r"\baziendal|\bcommercio\b|\bragioneri|\bcontabil|\bcontadu|\bempresarial|\bcomercio\b|\bcomércio\b",
        r"\b(?:administraci[óo]n|administra[çc][ãa]o|direcci[óo]n|gesti[óo]n|gestão|organizaci[óo]n)"
        r" (?:y dirección |e gestão )?(?:de |das )?(?:empresas|negocios|negócios)",
        r"(?-i:\bADE\b)|\badministrarea afacerilor|\bafaceri interna[țţt]ionale",
        r"\brachunkow|\bbiznes|\bbiznis|\búčetn|\búčtovn|\bpodnikov\w* hospod|\bnárodní hospodář|"
        r"\bnárodné hospodár",
        r"\bračunovod|\bposlovn\w* (?:ekonom|administr|upravlj|menad)",
        r"\bközgazdas|\bgazdas[aá]g|\bgazdálkod|\bpénzügy|\bszámvitel|\bkereskedelem",
        r"\bkauppatie|\b(?:kansan|yritys)?taloustie|\bliiketalo|\blaskentatoi|\brahoitu|\btradenom|"
        r"\btaloushallin",
        r"\bmajandus|\brahvamajandus|\bärijuhtim|\braamatupid|\brahandus|\bärindus",
        r"\buzņēmējdarbīb|\bgrāmatved|\bversl|\bapskait",
        r"\bcand\.?\s?(?:oecon|merc)\b|\bregnska[bp]|\bredovisning",
        r"\bhagfræð|\bviðskipta|\breikningshald|\bfjármál",
        r"\biktisat|\bişletme|\bmuhasebe|\bmaliye\b|\bbankacılık|\bkontabilitet",
        r"\bοικονομ|\bχρηματοοικονομ|\bλογιστικ|\bτραπεζικ|\bδιοικησ\w* (?:\w+ )?επιχειρησ",
        r"\bрачуновод|\bekonóm|\bdiplom-?\s?kauf|\bközgazd|\bикономи|\bеконом|\bсчетовод|\bсметковод|"
        r"\bфинанс|\bбизн[ие]с|\bстопанск",
    ),
    "public administration": (
        r"\bpublic (?:administration|policy|management|affairs)|\bgovernment\b|\badministrative sciences?",
        r"\badministration publique|\bverwaltungs(?:wissenschaft|wirt|management)|"
        r"\böffentliche\w* verwaltung",
        r"\bbestuurs(?:kunde|wetenschap)|\bamministrazione pubblica|\bpubblica amministrazione",
        r"\bscienze dell['’]amministrazione|\badministración pública|\bgestión pública|"
        r"\bciencias? de la administración",
        r"\badministração pública|\bgestão pública|\badministra[țţt]i\w* public",
        r"\badministracj\w*|\bveřejn\w* správ|\bverejn\w* správ|\bjavn\w* uprav|\bupravn\w* (?:ved|znanost|"
        r"študij|studij)",
        r"\bközigazgatás|\bhallintotie|\bjulkis(?:hallinto|johtaminen)|\bavalik\w* haldus|\bhaldusjuht",
        r"\b(?:valsts|publisk\w*) pārvald|\bvieš\w* administr|\bkamu yönetimi|\badministrat[eë] publike",
        r"\boffentlig\w* (?:forvaltning|förvaltning|administration|administrasjon)|\bscient\.?\s?adm\b",
        r"\bopinber\w* stjórnsýsl|\bδημοσι\w* διοικησ|\bпублична администрац|\bдържавно управление",
        r"\bјавна администрациј|\bјавн\w* управ|\badministrim\w* publik",
    ),
    "logistics": (
        r"\blogisti|\blogístic|\blojisti|\blogisty|\blogiszt|\bloģisti|\blogjisti|\bsupply chain|"
        r"\btransport(?:ation)? management|\bpurchasing",
        r"\bprocurement|\bεφοδιαστικ|\bлогисти",
    ),
    "communication": (
        r"\bcommunications?\b(?! engineer)|\bjournalis|\bmedia\b|\bpublic relations|\bmarketing|\bмаркетинг",
        r"\bpublizistik|\bgiornalismo|\bperiodismo|\bjornalis|\bjurnalis|\bgazetecilik|\bgazetari",
        r"\bkommunikation(?!stechnik)|\bmedienwiss|\bcommunicatie|\bmedia(?:studies|wetenschap)",
        r"\bcomunicazion|\bcomunicare\b|\bkomunikolog|\bcomunicación|\bcomunicação|"
        r"\b[șşs]tiin[țţt]e ale comunic|\brela[țţt]ii publice",
        r"\bdziennikarst|\bkomunikacj\w* społeczn|\bmediáln|\bžurnalisti|\bžurnālist|\bnovinarstv",
        r"\bkommunikáció|\bmédiatudomány|\bviestin|\bajakirjand|\bkomunikācij|\bfjölmiðla",
        r"\bileti[şs]im|\bhalkla ilişki|\bkomunikim|\bδημοσιογραφ|\bεπικοινωνι|\bжурналист|\bновинарств",
    ),
    "law": (
        r"\blaw\b|\blegal\b|\bjurisprud|\blaws\b|\bllb\b|\bllm\b|\bll\.?\s?[bm]\b|\bjuris doctor",
        r"\bdroit\b|\bjur[ií]di|\bjurist|\brecht|\w+recht\b|\bjura\b|\bjus\b|\bjuris\b",
        r"\b(?:cand|dr|mag|lic|mgr|dipl)\.?\s?-?\s?[ij]ur\b|\bjudr\b|\biuris\b",
        r"\bderecho\b|\bdiritto\b|\bgiurisprud|\bgiuridic|\bdireito\b|\bdrept\b",
        r"\bprawo\b|\bprawa\b|\bprawn|\bpráv|\bpravo\b|\bprava\b|\bpravn|\bhukuk",
        r"\bjog(?:ász\w*|tudomány\w*|i)?\b|\boikeus(?:tie|notaari)|\bõigus|\btiesīb|\bteis(?:ė|ės)\b",
        r"\bretsvidenskab|\brettsvit|\brättsvet|\blögfræð|\bdrejt[eë]si",
        r"\bνομικ|\bправо\b|\bправа\b|\bправн|\bюрид",
    ),
    "criminology": (
        r"\bcriminolog|\brendész|\bcriminal justice|\bkriminolog|\bkriminoloog|\bkriminológ|\bkriminoloj|"
        r"\bkryminolog",
        r"\bpolice (?:science|studies)|\bsciences criminelles|\bkriminalisti|\bcriminalisti|\bpolizeiwiss",
        r"\bεγκληματολογ|\bкриминолог",
    ),
    "human resources": (
        r"\bhuman resource|\bpersonnel management|\bhrm?\b|\borgani[sz]ational psycholog",
        r"\bressources humaines|\bgrh\b|\bpersonalwesen|\bpersonal(?:management|wirtschaft|führung|"
        r"entwicklung)",
        r"\bpersoneels(?:beleid|wetenschap|management)|\brisorse umane|\brecursos humanos|"
        r"\bresurse(?:lor)? umane",
        r"\bzasob\w* ludzki|\bpersonáln|\blidsk\w* zdroj|\bľudsk\w* zdroj|\bčlovešk\w* vir|\bkadrovsk",
        r"\bljudsk\w* (?:potencijal|resurs)|\bemberi erőforrás|\bhenkilöstö|\bpersonalijuht",
        r"\bpersonāl\w* vadīb|\bžmogišk\w* ištekl|\bpersonalo vadyb",
        r"\bpersonale(?:ledelse|administration)|\bpersonal(?:ledelse|administrasjon|vetenskap)|\bmannauð",
        r"\binsan kaynak|\bburime(?:ve)? njer[eë]zore|\bανθρωπιν\w* δυναμικ|\bчовешк\w* ресурс|"
        r"\bчовечк\w* ресурс",
    ),
    "mechanical": (
        r"\bmechanical|\baero(?:space|nautic|spa[cz]|spa[țţ]i)|\baeroespacial|\baérospatial|"
        r"\baircraft engineer",
        r"\bmécanique|\bmaschinenbau|\bmeccanic|\bmecánic|\bmecanic|\bmecânic|\bmechani[ck]|\bmekanik",
        r"\bbudowa maszyn|\bstrojírenstv|\bstrojn\w* inženýr|\bstrojárstv|\bstrojništv|\bstrojarstv|"
        r"\bmašinstv",
        r"\bgépész|\bmakine|\bkonetekn|\bmehaanik|\bmasinaehitus|\bmašīnbūv|\bmehānik|\bvélaverk",
        r"\bmaskin(?:tekn|ingeni|ingenj)|\bwerktuigkunde|\bwerktuigbouw|\bluft- und raumfahrt|"
        r"\braumfahrttechnik",
        r"\baeron[aá]utic|\baéronautique|\bluchtvaart|\bletecká|\blotnictw|\bhavacılık|\buçak mühendis|"
        r"\brepülő",
        r"\bμηχανολογ|\bαεροναυπηγ|\bмашинств|\bмашинн",
    ),
    "civil engineering": (
        r"\bcivil engineer|\bstructural engineer|\bconstruction engineer|\bgénie civil|\bbauingenieur|"
        r"\bbauwesen",
        r"\bciviele techniek|\bbouwkunde|\bingegneria (?:civile|edile)|\bingenier[ií]a civil|"
        r"\bengenharia civil",
        r"\binginerie civil|\bconstruc[țţt]ii civile|\bbudownictw|\bstavební|\bstavitelstv|\bstavebn|"
        r"\bstaviteľstv",
        r"\bgradbeništv|\bgrađevin|\bépítőmérnök|\brakennustekn|\bbūvniecīb|\bbūvinženier|\bstatybos inžiner",
        r"\bbygningsingeniør|\bbygg(?:ingeniør|teknik)|\bväg- och vattenbyggnad|\bsamhällsbyggnad",
        r"\bbyggingarverkfræð|\bграђевин|\btsiviilehitus|\behitusinsener|\bcaminos,? canales|"
        r"\binşaat mühendis|\bnd[eë]rtim|\bπολιτικ\w* μηχανικ|\bстроител|\bградежн",
    ),
    "physics": (
        r"\bphysic(?!al (?:education|therapy|training|culture|activity|geography))|\bacoustic|\boceanograph",
        r"\bgeophysic|\bphysique|\bphysik|\bfisica|\bfísica|\bfizyk|\bnatuurkunde|\bfyzik|\bfizik(?! tedavi)",
        r"\bfizic[aă]|\bdipl\.?\s?-?\s?phys\b|\bfysi[kc]|\bfyysik|\bfüüsik|\beðlisfræð|\bφυσικ(?:η|"
        r"ης)\b(?! αγωγ)|\bфизик",
    ),
    "mathematics": (
        r"\bmathemat|\bstatistic|\boperations? research|\bapplied math|\bmatemati|\bmatematy|\bmatemát|"
        r"\bmatemāt|\bmatemaatik",
        r"\bwiskunde|\bdipl\.?\s?-?\s?math\b|\bstatisti|\bestad[ií]stic|\bestat[ií]stic|\bstatysty|\btilasto|"
        r"\bstatiszt|\bistatisti",
        r"\bstærðfræð|\bμαθηματικ|\bστατιστικ|\bматемати|\bстатисти",
        # Operational research under its names in member nations' degrees.
        r"\boperational research|\binvestiga[çc][ãa]o operacional|\binvestigaci[óo]n (?:operativa|"
        r"de operaciones)",
        r"\brecherche opérationnelle|\bricerca operativa|\bbadania operacyjne|\boperasjonsanalyse",
        r"\boperationsanalys|\byöneylem",
    ),
    "geography": (
        r"\bgeograph|\bgjeograf|\bgéograph|\bgeograf|\bgeograaf",
        r"\bgeodes|\bgeodez|\bgeodéz|\bgeodä|\bgeospatial|\bgeomatic",
        r"\bcartograph|\bremote sensing|\bgis\b|\bgeoinformati|\bcoğrafya|\bföldrajz|\blandfræð|\bmaantie",
        r"\bģeogrāf|\baardrijkskunde|\bγεωγραφ|\bгеограф",
    ),
    "education": (
        r"\beducat|\béducat|\beduca[cçz]|\beducați|\bpedagog|\bpädagog|\bpédagog|\bpedagóg|\bpedagoog|"
        r"\bpedagoģ",
        r"\bpædagog|\bcand\.?\s?pæd|\bdipl\.?\s?-?\s?päd\b|\bpaeddr\b|\bteaching\b|\berziehungswiss|"
        r"\bbildungswiss|\blehramt|\bonderwijs|\bleraren",
        r"\bscienze della formazione|\bučitelstv|\bučiteľstv|\bneveléstud|\bkasvatustie|\bopettaj",
        r"\bharidusteadus|\bizglītīb|\bedukolog|\buddannelsesvidenskab|\blärar|\bmenntunarfræð|\bkennara",
        r"\bedukim|\beğitim bilim|\böğretmenli|\bπαιδαγωγ|\bεπιστημ\w* της αγωγ|\bпедагог",
    ),
    "history": (
        r"\bhistor|\bhistór|\w*geschicht|\bstoria\b|\bgeschiedenis|\bhistoria\b|\bhistorie|\btarih|\bdějin|"
        r"\bdejin",
        r"\bpovijest|\bzgodovin|\btörténel|\bajalugu|\bajaloo|\bvēstur|\bistorij|\bistori[ea]\b|\bsagnfræð",
        r"\bιστορι|\bистори",
    ),
    # Translation, terminology, interpreting.
    "translation": (
        r"\btranslat|\bmediazione linguistica|\btradu[cçz]|\bübersetz|\bdolmetsch|\binterpret(?:ing|ation)\b|"
        r"\bvertal|\btłumacz",
        r"\bpřeklad|\bpreklad|\bterminolog|\bçeviri|\bmütercim|\bprevođ|\bprevaj|\bprevodoslov|\bfordít",
        r"\bkäänt|\bkäänn|\btõlk|\btulko|\bvertim|\boversætt|\boversett|\böversätt|\bþýðing|\bp[eë]rkthim",
        r"\bμεταφρασ|\bпревод|\bпревед|\bпревођ",
    ),
    # Languages and linguistics: philology, modern languages, "langues étrangères appliquées" (LEA).
    "languages": (
        r"\blinguisti|\blingvisti|\blingwisty|\blanguages?\b|\blangues?\b|\blangage|\blingue\b|\blenguas?\b|"
        r"\bl[ií]nguas\b",
        r"\blimbi\b|\bsprachen\b|\bsprachwiss|\btaalkunde|\btaalwetenschap|\btalen\b|\bphilolog|\bfilolog",
        r"\bfilológ|\bcand\.?\s?philol|\bfiloloj|\blea\b|\banglisti|\bromanisti|\bgermanisti|\bliteratur|"
        r"\bnyelvész|\bkielitie",
        r"\bkeeleteadus|\bvalodniecīb|\bkalbotyr|\bsprogvidenskab|\bspråkv|\bmálvísind|\bdilbilim",
        r"\bγλωσσολογ|\bφιλολογ|\bлингвисти|\bфилолог|\bgjuh|\bedebiyat|\banglisztik|\bgermanisztik",
        r"\blettres (?:modernes|classiques)",
    ),
    # Area studies: the Middle East and the Islamic world, Africa, Russia and Eastern Europe, Asia.
    "middle east studies": (
        r"\bmiddle east|\bmoyen[- ]orient|\bnaher osten|\bmedio oriente|\boriente medio|\bisl[aá]m|\b[aá]rab",
        r"\bnear east|\boriental|\borientalist",
    ),
    "african studies": (r"\bafrica|\bafrique|\bafrika|\bafrican",),
    "eastern european studies": (
        r"\bslavic|\bslavonic|\bslavistik|\bslave\b|\brussian|\beast european|\beastern europe|\bosteuropa",
        r"\bsoviet|\bpost-soviet|\bbalkan",
    ),
    # Emergency management and civil protection, as member nations name the degree.
    "civil protection": (
        r"\bemergency (?:management|planning|services)|\bdisaster (?:management|risk|studies)|\bcrisis management|"
        r"\bcivil protection|\bcivil defen[cs]e|\bresilience studies",
        r"\bprotection civile|\bgestion des (?:crises|risques|urgences)|\bzivilschutz|\bbevölkerungsschutz|"
        r"\bkatastrophenschutz|\bkrisenmanagement|\brettungsingenieur",
        r"\bprotezione civile|\bgestione delle emergenze|\bprotección civil|\bgestión de emergencias|"
        r"\bproteção civil|\bgestão de emergências",
        r"\bobrona cywilna|\bzarządzani\w* kryzysow|\bochran\w* obyvatel|\bkrizov\w* (?:řízení|riadeni|manaž|"
        r"menadžment|upravljanj)|\bkatasztrófavéd|\bprotec[țţt]i\w* civil|\bsitua[țţt]ii de urgen[țţt]",
        r"\bcrisisbeheersing|\brampenbestrijding|\bveiligheidskunde|\bcivil beskyttelse|\bsamfunnssikkerhet|"
        r"\bkrisberedskap|\bsamhällsskydd|\bpelastus|\bvalmiussuunnittel|\bkriisireguleeri|\bcivilin\w* saug|"
        r"\bcivil\w* aizsardzīb|\bcivilna zaš[cč]it|\bπολιτικ\w* προστασ|\bгражданска защита|\bsivil savunma|"
        r"\bacil durum|\bmbrojtje civile|\bemergjenc",
    ),
    "military science": (
        r"\bmilitary (?:science|studies|leadership|history|art)|\bdefen[cs]e studies|\bwar studies",
        r"\bstrategic studies|\bsciences militaires|\bmilitärwiss|\bkrijgswetenschap|"
        r"\bmilitaire (?:wetenschap|studies)",
        r"\bscienze militari|\bscienze strategiche|\bciencias militares|\bci[eê]ncias militares",
        r"\b[șşs]tiin[țţt]e militare|\bnauk[ai] wojskow|\bsztuk\w* wojenn|\bdowodzeni",
        r"\bvojensk\w* (?:věd|vied|manaž|management|leadership|uměn|umen)|\bobramboslov|\bvojašk\w* ved",
        r"\bvojn[aoie]\w* (?:vođenj|nauk|znanost)|\bhadtudomány|\bkatonai (?:vezet|műveleti)|\bsotatie",
        r"\bsõjateadus|\bsõjaväeli\w* juhtim|\bmilitār\w* (?:zinātn|vadīb)|\bkaryb|\bkaro moksl",
        r"\bmilitær\w* (?:studier|ledelse|vitenskap|videnskab)|\bkrigsvitenskap|\bkrigsvetenskap",
        r"\bofficersprogram|\bsavunma bilim|\bστρατιωτικ\w* επιστημ|\bвоенн\w* (?:дело|наук)",
        r"\bвоен\w* наук|\bвојн\w* наук|\bushtarak|\bhonvéd",
    ),
    "intelligence": (r"\bintelligence (?:studies|analysis)|\brenseignement",),
    "psychology": (
        r"\bpsycholog|\bpsicolog|\bpsiholog|\bpsikolog|\bpsikoloj|\bpszichológ|\bpsykolog|\bpsühholoog|"
        r"\bpsiholo",
        r"\bpsicholog|\bpsycholó|\bsálfræð|\bcand\.?\s?psych|\bdipl\.?\s?-?\s?psych|\bψυχολογ|\bпсихолог",
    ),
    "sociology": (
        r"\bsociolog|\bsociológ|\bsoziolog|\bsocjolog|\bsosyoloj|\bsosiolog|\bsotsioloog|\bsocioloģ|"
        r"\bszociológ",
        r"\bfélagsfræð|\bdipl\.?\s?-?\s?soz\b|\banthropolog|\bantropolog|\bκοινωνιολογ|\bανθρωπολογ|"
        r"\bсоциолог|\bантрополог",
    ),
    "chemistry": (
        r"\bchemi|\bchimi|\bquímic|\bkemi|\bkémi|\bķīmij|\bkeemi|\befnafræð|\bscheikund|\bkimya|\bkimi\b",
        r"\bdipl\.?\s?-?\s?chem\b|\bchémi|\bhemij|\bχημ|\bхими|\bхемиј",
    ),
    "social sciences": (
        r"\bsocial sciences?|\bsciences sociales|\bsciences humaines et sociales|\bsozialwissenschaft",
        r"\bscienze sociali|\bciencias sociales|\bciências sociais|\b[șşs]tiin[țţt]e sociale|"
        r"\bsociale wetenschap",
        r"\bnauki społeczne|\bsamfunnsvitenskap|\bsamhällsvetenskap|\bsamfundsvidenskab|\bsosyal bilimler",
        r"\bspolečensk\w* vědy|\bspoločensk\w* ved|\bdruštven\w* (?:znanost|nauk)|\bdružben\w* ved",
        r"\btársadalomtudomány|\byhteiskuntatie|\bsotsiaalteadus|\bsociāl\w* zinātn|\bsocialini\w* moksl",
        r"\bfélagsvísind|\bshkenca sociale|\bcand\.?\s?(?:polit|soc)\b|\brer\.?\s?pol\b",
        r"\bκοινωνικ\w* επιστημ|\bсоциалн\w* наук|\bопштествен\w* наук",
    ),
    # Medicine as a physician's degree: not dentistry or veterinary medicine (``_NEIGHBOURS``).
    "medicine": (
        r"\bmedicine\b|\bmbbs\b|\bmbchb\b|\bmedical (?:degree|studies|school|doctor)|\bmédecine\b",
        r"\bmedizin\b|\bmedicin\b|\bhumanmedizin|\bdr\.?\s?med\b|\bgeneeskunde|\bmedicin[aeă]\b|\bmedicină|"
        r"\bmedycyn",
        r"\blekarski|\blek\.\s?med|\blékařstv|\blekárstv|\bmudr\b|\borvos(?:tudomány|doktor)?\b|"
        r"\báltalános orvos",
        r"\bcand\.?\s?med\b|\bmedisin\b|\bläkar(?:programmet|examen|utbildning)|\blääketie|\barstiteadus",
        r"\bmedicīn|\bārstniecīb|\blæknisfræð|\bmjek[eë]si|(?-i:\b(?:Tıp|TIP|tıp)\b)|\bιατρικ|\bмедицина\b",
    ),
    # Veterinary medicine, a discipline of its own, in member nations' words and degrees ("DVM", "Dr. med. vet.").
    "veterinary medicine": (
        r"\bveterinar|\bvétérinaire|\bveterinär|\btiermedizin|\btier[aä]rzt|\bdiergeneeskunde|\bweteryn|"
        r"\bveterinář|\bveterinárn|\bállatorvos|\bállatorvoslás|\beläinlääket|\bdyrlæg|\bveterinær",
        r"(?-i:\b(?:DVM|VMD|BVSc|BVMS|MRCVS)\b)|\bdr\.?\s?med\.?\s?vet\b|\bκτηνιατρ|\bветеринар",
    ),
    "nursing": (
        r"\bnursing\b|\bnurse\b|\bbsn\b|\bbscn\b|\bsoins infirmiers|\bsciences infirmi|\binfirmi[eè]r",
        r"\bpflegewiss|\w*krankenpflege|\bpflege(?:management|pädagogik)?\b|\bverpleeg|\binfermier|"
        r"\benfermer",
        r"\benfermag|\basisten[țţt][aă] medical|\bpielęgniar|\bošetřovatel|\bvšeobecn\w* sestr|\bošetrovateľ",
        r"\bzdravstven\w* (?:neg|njeg)|\bsestrinstv|\bápol[áó]|\bhoitotie|\bsairaanhoit|\bhoitotyö|\bõendus",
        r"\bmāszin|\bslaug|\bsygepleje|\bsykepleie|\bomvårdnad|\bsjuksköterske|\bhjúkrun|\bhemşire",
        r"\bmedicinsk\w* sestr|\bνοσηλευτ|\bздравствен\w* њег|\bсестринств|\bмедицинска сестра|"
        r"\bздравни грижи|\bздравствена нега",
    ),
    "public health": (
        r"\bpublic health|\bmph\b|\bsanté publique|\böffentliche gesundheit|\bvolksgezondheid",
        r"\bsanità pubblica|\bsalute pubblica|\bsalud pública|\bsaúde pública|\bsănătat\w* public",
        r"\bzdrowi\w* publiczn|\bveřejn\w* zdrav|\bverejn\w* zdravotníctv|\bjavn\w* zdrav|\bnépegészség",
        r"\bkansanterveys|\brahvatervis|\bsabiedrības veselīb|\bvisuomenės sveikat|\bfolkesundhed",
        r"\bfolkehelse|\bfolkhäls|\blýðheils|\bhalk sağlığı|\bsh[eë]ndet\w* publik|\bδημοσι\w* υγει",
        r"\bобществено здраве|\bјавно здравје|\bјавно здрављ",
    ),
    # Broad fields (BROAD): a notice asking for "engineering" or "a natural science" is met by any of
    # them, in the words member nations' degrees use (Engenharia, Ingeniería, Inżynieria, Mühendislik).
    "engineering": (
        r"\bengineer|\bingénieur|\w*ingenieur|\bingegner|\bingenier|\bengenh|\binżynier|\bmühendis",
        r"\w*ingeniør|\w*ingenjör|\w*mérnök|\binženýr|\binžinier|\binžen[ij]er|\binženir|\binženier",
        r"\binžinerij|\binžinieri|\bgénie\b|\binginer|\binsinöö|\binsener|\w*verkfræð|\binxhinier",
        r"\b(?:dipl|dr)\.?-ing|\bcand\.?\s?polyt|\bμηχανικ|\bинженер",
    ),
    "natural sciences": (
        r"\bnatural sciences?|\bphysic(?!al (?:education|therapy|training|culture|activity|geography))",
        r"\bchemi|\bbiolog|\bbiológ|\bbioloģ|\bbioloo|\bgeológ|\bbiyoloj|\bgeolog|\bastronom|\boceanograph|"
        r"\bearth sciences?",
        r"\bsciences naturelles|\bnaturwissenschaft|\bscienze naturali|\bciencias naturales|"
        r"\bnatuurwetenschap",
        r"\bphysique|\bphysik|\bfisica|\bfísica|\bchimi|\bquímic|\bpřírodn\w* věd|\bprzyrodnicz",
        r"\btermészettudomány|\bluonnontie|\bnatur(?:videnskab|vitenskap|vetenskap)|\bβιολογ|\bбиолог",
    ),
    "health sciences": (
        r"\bhealth sciences?|\bhealth studies|\bsciences de la santé|\bgesundheitswiss|"
        r"\bgezondheidswetenschap",
        r"\bscienze (?:della salute|sanitarie)|\bciencias de la salud|\bciências da saúde|\bnauki o zdrowiu",
    ),
}
DISCIPLINES: dict[str, re.Pattern[str]] = {
    name: re.compile("|".join(alternatives), re.I) for name, alternatives in _NAMES.items()
}
# A field that names a discipline beside one of these words is a neighbour of it, not it: "veterinary
# medicine", "Zahnmedizin", "Educación Física", "ingénieur commercial".
_PHYSICAL_EDUCATION = r"\beduca\w* (?:f[ií]sic|fizic)|\béducation physique|\bφυσικ\w* αγωγ|\bphysiotherap"
_NEIGHBOURS: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "medicine": r"\bvet|\bvét|\bweteryn|\bállatorv|\bdent|\bzahn|\btier|\btand|\bdiergenee|\bstomatolog|\bodont"
        r"|\bκτην|\bветеринар|\bдентал|\bстоматолог|\bchinese|\btradi[cz]ional|\btraditionnelle|\balternativ",
        "physics": _PHYSICAL_EDUCATION + r"|\bfizik tedavi",
        "natural sciences": _PHYSICAL_EDUCATION,
        "engineering": r"\bhandelsingenieur|\bingénieur (?:commercial|de gestion)|\bbusiness engineer",
    }.items()
}
# Words that name a discipline only when they are the whole field: "Master en Gestion", "MSc Management",
# "Zarządzanie" are business degrees; "gestion de l'environnement", "crisis management" are not.
_WHOLE_FIELD_NAMES: dict[str, re.Pattern[str]] = {
    "economics": re.compile(
        r"(?:management|gestion|gestión|gestão|gestione|zarządzanie|men[aа]d[žz]ment|menedžment|menedzsment"
        r"|manažment|vadyba|vadība|менаџмент|мениджмънт|administración|administração|menaxhim)",
        re.I,
    ),
}

# Disciplines that hold others: asked beside a narrower one ("electrical engineering") they add nothing, so a
# civil engineer does not meet it. Asked alone they are met by any discipline they hold, whatever its name
# ("Dr.-Ing. Maschinenbau", "Mechanika i budowa maszyn" are engineering).
BROAD: dict[str, frozenset[str]] = {
    "engineering": frozenset({"mechanical", "electrical", "civil engineering"}),
    "health sciences": frozenset({"medicine", "nursing", "public health"}),
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
        r"middle east|islam|arab|africa|slavic|russian|east(?:ern)? european|area studies|emergency|crisis|"
        r"disaster|civil protection",
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


# Words beside a field's name that name no discipline: the degree, its level, joining words ("Master of Arts
# in Management", "Licence en gestion", "Magister, Zarządzanie").
_NOT_THE_FIELD = _DEGREE_WORDS | frozenset(
    """of in en em de di da du des del della der the and et und arts science sciences studies grado graduado
    bachelors licencjat magisterskie studia inż inz ing bc lic dipl mestre maestría máster master diplôme
    bakalář magistr tutkinto maisteri kandidaatti bakalaurs bakalauras magistras lisans
    yüksek""".split()  # noqa: SIM905
)
# Greek accents and diaeresis, which a field may carry or not ("Νομική", "ΝΟΜΙΚΗ"): the names above have none.
_GREEK_MARKS = re.compile(r"(?<=[\u0370-\u03ff\u1f00-\u1fff])[\u0300-\u036f]+")


def _readable(field: str) -> str:
    """A field as the names above are written: composed letters (a PDF may give "e" and an accent apart),
    Greek without its accents.

    >>> _readable("Τμήμα Νομικής"), _readable("Mécanique") == "Mécanique"
    ('Τμημα Νομικης', True)
    """
    return unicodedata.normalize("NFC", _GREEK_MARKS.sub("", unicodedata.normalize("NFD", field)))


def close_disciplines(field: str) -> frozenset[str]:
    """The disciplines a field of study is a name of (empty when it names none of ``DISCIPLINES``).

    >>> sorted(close_disciplines("Volkswirtschaftslehre")), sorted(close_disciplines("Zahnmedizin"))
    (['economics', 'social sciences'], [])
    >>> sorted(close_disciplines("Licence en gestion")), close_disciplines("Gestion de l'environnement")
    (['economics', 'social sciences'], frozenset())
    """
    readable = _readable(field)
    found = {
        name
        for name, pattern in DISCIPLINES.items()
        if pattern.search(readable) and not (name in _NEIGHBOURS and _NEIGHBOURS[name].search(readable))
    }
    core = " ".join(
        w for w in _FIELD_WORD.findall(readable.casefold()) if w not in _NOT_THE_FIELD and len(w) > 1
    )
    found |= {name for name, pattern in _WHOLE_FIELD_NAMES.items() if pattern.fullmatch(core)}
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
