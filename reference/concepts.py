"""The domain's vocabulary: concepts a recruiter recognises under other words.

A notice asks for "experience with an enterprise resource planning (ERP) system"; a CV says "SAP FI/CO".
A notice asks for "a military or international environment"; a CV says "U.S. Navy" or "NATO Support and
Procurement Agency". Each concept here has

- ``general``: the words that *ask* for it (the category: "ERP system", "international organisation"),
  read in notices and in profiles;
- ``instances``: the words that *show* it (members of the category: SAP, Oracle Financials; NATO, the
  UN), read in profiles, and in notices too, but there they never stand for the whole category: a notice
  asking for "knowledge of NATO" is not met by the UN.

``kind`` says what a concept is about: ``where`` an organisation or environment (judged from an
entry's organisation, like the "gained in ..." experience conditions), ``what`` an activity, subject
or tool.

The text layer (``matching.text``) turns a concept found in a text into a tag term (``~erp``), which
the scorer matches exactly, never by spelling similarity. The patterns are applied to case-folded text
with the spellings ``matching.text`` normalises ("defence", "organisation"). Keep entries broad and
general to the field (NATO and national defence, international organisations, public administration):
they are domain knowledge, not fitted to particular notices.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .nations import DEMONYMS
from .partners import partner_places
from .patterns import any_of
from .posts import LEADERSHIP_ASKED, LEADERSHIP_SHOWN

# A concept is where the work was done, what it was about, or the role held in it (how senior: it says
# nothing of a post's subject, so it weighs nothing in how relevant a profile is to the duties).
WHERE, WHAT, ROLE = "where", "what", "role"
# A national public body by its name: "Norwegian Defence Estates Agency", "Federal Office for ...".
_NATIONAL_BODY = (
    r"(?:defen[cs]e|state|federal|national|public|government|" + "|".join(sorted(DEMONYMS)) + r")"
    r"(?: [\w'-]+){0,3} (?:agency|authority|directorate|administration|inspectorate|office|service|board)"
)


@dataclass(frozen=True, slots=True)
class Concept:
    tag: str
    kind: str
    general: str  # regex alternatives (no groups needed), words that ask for the concept
    instances: str = ""  # regex alternatives, words that show it


_NATO_BODIES = (
    r"nato|otan|shape|nspa|ncia|nci agency|nato hq|nato headquarters|allied command (operations|transformation)|"
    r"aco|act|hq sact|jfc\w*|joint force command|marcom|aircom|landcom|nrdc\w*|nfiu|ccoe|coe|centre of excellence|"
    r"nato defen[cs]e college|ndc|cmre|sto|naew\w*|nahema|nameadsma|ims|international staff|"
    r"international military staff|arrc|multinational corps|mnc\w*|eurocorps|kfor|isaf|resolute support|"
    # The NATO Force Structure and multinational bodies beside it.
    r"german[- ]netherlands corps|1 \(?ge/nl\)? corps|multinational (division|brigade|corps|headquarters)|"
    r"mnd[- ]?\w*|hq mnd\w*|efp|enhanced forward presence|mcce|movement coordination centre europe|eatc|"
    r"european air transport command|sealift coordination|combined joint|cjtf|nmiotc|jwc|joint warfare centre|"
    r"jftc|jallc|nato school|nrf|vjtf|kfor hq|hq kfor|"
    # The high readiness corps headquarters of the Force Structure by their own names ("Rapid Reaction Corps -
    # France", "Corps de réaction rapide - France").
    r"rapid reaction corps|rrc[- ]?fr|corps de r[ée]action rapide|nato force structure|high readiness forces?"
)
_INTERNATIONAL_BODIES = (
    # "un" is the UN, not the French article before a noun ("un centre des opérations", "un environnement
    # international"): a French preposition within the next two words says it is the article.
    r"united nations|un(?!\s+(?:[\w'-]+\s+)?(?:de|des|du|d'|à|au|aux|et|ou|en|dans|pour)\b)|unhcr|undp|unicef|unops|unfpa|wfp|who|unesco|dpko|european union|eu|"
    r"european commission|european parliament|european council|european defen[cs]e agency|eda|eeas|"
    r"european external action service|frontex|europol|eurojust|osce|oecd|world bank|imf|interpol|icrc|"
    r"council of europe|african union|asean|iaea|opcw|wto|nato|occar|eurocontrol|european space agency|esa|"
    r"wassenaar|ctbto|international criminal court|icc|icty|"
    # EU and UN missions and operations.
    r"eufor|eutm|eunavfor|eucap|eulex|eubam|csdp missions?|unifil|minusma|monusco|unmik|unmiss|unficyp|untso|"
    r"unmas|unama|minusca|undof|un peacekeeping"
)

# Supreme audit institutions by their names in member nations (courts of audit, audit offices): working at
# one is audit work, and a public body (``~government``).
_AUDIT_BODIES = (
    r"supreme audit|state audit|audit office|auditor[- ]general|accountability office|(?:bundes|landes)?rechnungsh[oö]f\w*|"
    r"rekenkamer|cour des comptes|chambres? régionales? des comptes|corte dei conti|tribunal de (cuentas|contas)|"
    r"sayıştay|riigikontroll|valsts kontrole|valstybės kontrolė|kontrolní úřad|izba kontroli|számvevőszék|"
    r"curtea de conturi|rigsrevision\w*|riksrevisjon\w*|ríkisendurskoðun|državna revizija|"
    r"državni ured za reviziju|ελεγκτικό συνέδριο|сметна палата|finanzkontrolle"
)

# National intelligence and security services and national security authorities of member nations, by their
# names and initials (initials that are also words, "MAD", "MIT", "FE", "MUST", are left out): a public body
# (``~government``), where intelligence work is done.
_SECURITY_SERVICES = (
    r"aivd|mivd|nctv|algemene inlichtingen- en veiligheidsdienst|militaire inlichtingen- en veiligheidsdienst|"
    r"vsse|sgrs|adiv|veiligheid van de staat|sûreté de l'état|dgse|dgsi|drsd|sgdsn|anssi|"
    r"direction (générale )?du renseignement\w*|bnd|bfv|bamad|bundesnachrichtendienst|verfassungsschutz\w*|"
    r"militärischer abschirmdienst|aise|aisi|ucse|ufficio centrale per la segretezza|"
    r"dipartimento (delle )?informazioni per la sicurezza|centro nacional de inteligencia|cifas|sied|"
    r"serviço de informações\w*|abw|skw|sww|agencja bezpieczeństwa wewnętrznego|agencja wywiadu|"
    r"służb\w* (kontr)?wywiadu\w*|bezpečnostní informační služb\w*|vojensk\w* (zpravodajstv\w*|spravodajstv\w*)|"
    r"národní bezpečnostní úřad|národný bezpečnostný úrad|alkotmányvédelmi hivatal|információs hivatal|"
    r"nemzetbiztonsági\w*|serviciul român de informații|serviciul de informații externe|orniss|"
    r"държавна агенция (\"?)национална сигурност\w*|εθνική υπηρεσία πληροφοριών|"
    r"sigurnosno-obavještajn\w*|valstybės saugumo departament\w*|satversmes aizsardzības birojs|"
    r"kaitsepolitsei\w*|välisluureamet|politiets efterretningstjeneste|forsvarets efterretningstjeneste|"
    r"politiets sikkerhetstjeneste|nasjonal sikkerhetsmyndighet|etterretningstjenesten|säkerhetspolisen|säpo|"
    r"försvarets radioanstalt|suojelupoliisi|supo|milli istihbarat teşkilatı|mi5|mi6|gchq|security service|"
    r"secret intelligence service|defen[cs]e intelligence( organi[sz]ation| agency| staff)?|csis|"
    r"communications security establishment|national security agency|central intelligence agency|cia|"
    r"dgpi|shërbimi informativ\w*|national security authorit(y|ies)|nationale sicherheitsbehörde|"
    r"autorité nationale de sécurité|autoridad nacional de seguridad"
)
# News media by their kind and by member nations' public broadcasters and news agencies (initials that are
# also words, or too short to tell, are left out).
_NEWS_MEDIA = (
    r"newspapers?|broadcast\w*|news agenc(y|ies)|news (desk|room|channel)|newsroom|radio|television|tv|"
    r"daily|magazine|journal de|zeitung|dagblad|gazzetta|quotidien|periódico|diario|gazeta|dziennik|"
    r"bbc|reuters|agence france-presse|afp|associated press|deutsche presse-agentur|ansa|agencia efe|lusa|"
    r"polska agencja prasowa|česká tisková kancelář|agerpres|yle|svt|sveriges radio|nrk|danmarks radio|"
    r"rtbf|vrt|ard|zdf|deutsche welle|rai|rtve|rtp|tvp|polskie radio|česká televize|rtvs|bnt|ert|hrt|"
    r"cbc|radio-canada|cnn|npr|pbs|france télévisions|radio france|france 24|rfi|euronews|politico"
)


def _partner_places() -> str:
    """The partner nations' names and their cities (``reference.partners``): work "in a partner country" is
    shown by the country or the city an entry names."""
    return any_of(sorted(partner_places()))


CONCEPTS: tuple[Concept, ...] = (
    # Where: organisations and environments.
    Concept(
        "~io",
        WHERE,
        r"international organi[sz]ations?|intergovernmental organi[sz]ations?|international institutions?|"
        # A body of an international organisation the line names: "a NATO body", "an EU agency".
        r"(nato|eu|un) (bod(y|ies)|agenc(y|ies)|entit(y|ies)|institutions?|structures?)",
        _INTERNATIONAL_BODIES + "|" + _NATO_BODIES,
    ),
    Concept(
        "~international",
        WHERE,
        r"international (environment|setting|context|work environment|organi[sz]ations?)|multinational "
        r"(environment|setting|context|staff|headquarters|organi[sz]ations?)|multicultural (environment|setting)|"
        r"diplomatic (environment|setting|context|service|missions?|posts?)",
        r"multinational|international|embassy|embassies|attach[eé]|diplomatic mission|permanent "
        r"(representation|delegation|mission)|delegation to|" + _INTERNATIONAL_BODIES + "|" + _NATO_BODIES,
    ),
    Concept(
        "~military",
        WHERE,
        r"military( (environment|setting|organi[sz]ations?|headquarters|staff))?|armed forces|defen[cs]e "
        r"(environment|organi[sz]ations?|establishment)|"
        # "a defence or security organisation": the place, not two subjects and the word "organisation".
        r"defen[cs]e( or| and|/) ?security (organi[sz]ations?|establishments?)|"
        # A defence ministry, a military headquarters or unit: the place, as "a military organisation" is.
        r"defen[cs]e ministr(y|ies)|ministr(y|ies) of defen[cs]e|military (command|units?|bod(y|ies)|institutions?)",
        r"army|navy|naval|air force|marine corps|marines|armed forces|bundeswehr|land forces|air component|"
        r"brigade|battalion|regiment|squadron|fleet|garrison|military|defen[cs]e staff|"
        r"general staff|ministry of defen[cs]e|mod|j[1-9]|g[1-9]|s[1-6]|staff officer|officer cadet|"
        r"lieutenant|colonel|commander|sergeant|warrant officer|platoon|"
        # Armed forces by their names in English and in member nations' languages.
        r"defen[cs]e forces?|(joint|special|land|air|naval|maritime|territorial) forces|national guard|"
        r"forces armées|armée( de terre| de l'air)?|marine nationale|gendarmerie|streitkräfte|heer|luftwaffe|"
        r"deutsche marine|krijgsmacht|landmacht|luchtmacht|koninklijke marine|forze armate|esercito|"
        r"aeronautica militare|marina militare|carabinieri|fuerzas armadas|ejército|armada|siły zbrojne|"
        r"wojsk\w*|forças armadas|exército|força aérea|honvéd\w*|türk silahlı kuvvetleri|kara kuvvetleri|"
        r"armata|forțele|ozbrojené síly|armáda|hellenic (army|navy|air force)|"
        # Defence in the Nordic languages ("Forsvarskommandoen", "Försvarsmakten", "Puolustusvoimat").
        r"\w*forsvar\w*|\w*försvar\w*|puolustusvoim\w*|"
        # Defence ministries and forces by the word "defence" in member nations' languages ("Ministerie van
        # Defensie", "Ministerio de Defensa", "Ministerstvo obrany", "Υπουργείο Εθνικής Άμυνας"); not where
        # the word also names protection of something else (Estonian "andmekaitse") or an industry.
        r"defensie|\w*verteidigung\w*|difesa|interforze|d[ée]fense nationale|ministère de la défense|"
        r"ministère des armées|des armées|defensa|defesa|obrony narodowej|obrany|ačr|apărării|отбран\w*|"
        r"[εέ]θνικ[ηή][σς] [αά]μυνα[σς]|[αά]μυνα[σς]|obrambo|obrambn\w*|obrane|odbrane|krašto apsaugos|aizsardzības|"
        r"kaitseministeerium\w*|kaitsevä\w*|mbrojtjes|milli savunma|savunma bakanl\w*|"
        # "Military" and the armed forces, staffs and headquarters in member nations' languages ("Militaire
        # Luchtvaart Autoriteit", "Lietuvos kariuomenė", "Statul Major al Forțelor Terestre", "Generalstab").
        r"milit[aäæā]r\w*|militair\w*|vojensk\w*|katonai|военн\w*|στρατιωτικ\w*|askeri|sotilas\w*|sõjaväe\w*|"
        r"kariuomen\w*|karin(is|ė|ės|io|ių|iai)|bruņot\w* spēk\w*|oružan\w* snag\w*|(slovensk|hrvatsk)\w* vojsk\w*|"
        r"forț\w* (armate|terestre|aeriene|navale)|stat(ul)? major\w*|estado[- ]mayor|stato maggiore|"
        r"\w*generalstab\w*|führungsstab\w*|štab\w*|štáb\w*|sztab\w*|vezérkar\w*|esikun\w*|genelkurmay\w*|"
        r"επιτελε\w*|щаб\w*|hoofdkwartier|hæren|flyvevåbnet|søværnet|sjøforsvaret|armén|flygvapnet|maavoimat|"
        r"ilmavoimat|merivoimat|marinha|сухопътн\w* войск\w*|" + _NATO_BODIES,
    ),
    Concept(
        "~government",
        WHERE,
        # A public body by its kind: "a public institution", "a public-sector body", "a national government
        # body", "a state authority" (before the shorter words these begin with).
        r"(public|state|governmental|national government|government|public[- ]sector) (institutions?|bod(y|ies)|"
        r"authorit(y|ies)|entit(y|ies)|organi[sz]ations?|agenc(y|ies))|national (public )?authorit(y|ies)|"
        r"government( departments?| agency| agencies| service)?|national administrations?|public[- ]"
        r"(sector|administration|service)|civil service|state administration",
        # Ministries in member nations' languages, compounds included ("Verteidigungsministerium",
        # "Utenriksdepartementet", "Ministrstvo za obrambo", "Savunma Bakanlığı"); not "administer".
        r"\w*(?<!ad)minist[eèéë]r\w*|ministr\w*|\w*miniszt\w*|\w*ministeer\w*|ministarstv\w*|\w*bakanl\w*|"
        # Ministries in Cyrillic and Greek script ("Министерство на отбраната", "Υπουργείο Εξωτερικών").
        r"министерств\w*|υπουργ\w*|"
        r"\w+departementet|auswärtiges amt|bundesamt\w*|diplomats?|diplomate|"
        # "Government" and the head of government's office in member nations' languages.
        r"úrad vlády|vláda|vlády|vlade|vlada|rząd\w*|kancelaria prezesa|kormány\w*|guvernul\w*|hükümet\w*|"
        r"regering\w*|regjering\w*|valitsus\w*|vyriausyb\w*|valdība\w*|правителств\w*|κυβέρνησ\w*|"
        r"governo|gobierno|gouvernement|bundesregierung|bundeskanzleramt|staatskanzlei|statsministeriet|"
        r"department of|federal|treasury|court of "
        r"(audit|auditors)|national audit|prime minister'?s office|cabinet office|parliament|municipality|"
        r"city council|county council|regional government|government|ministry of defen[cs]e|mod|"
        r"defen[cs]e staff|armed forces|army|navy|air force|joint staff|general staff|[ée]tat-major|police|"
        r"customs|embassy|embassies|diplomatic service|foreign service|(agency|authority|directorate|"
        r"inspectorate) (for|of)|" + _AUDIT_BODIES + "|" + _SECURITY_SERVICES + "|" + _NATIONAL_BODY,
        # Supreme audit institutions by their names in member nations (courts of audit, audit offices).
    ),
    Concept(
        "~operational_hq",
        WHERE,
        r"operational (headquarters|hq|command)",
        r"joint force command|jfc\w*|shape|(component|joint|force|corps|deployed|operational|theatre|"
        r"divisional?|task force) (hq|headquarters|command)|(hq|headquarters) (arrc|isaf|kfor|resolute "
        r"support|eufor)|(arrc|isaf|kfor|resolute support|eufor|unifil|minusma) (hq|headquarters)|"
        r"marcom|aircom|landcom|nrdc\w*|rapid (deployable|reaction) corps|pjhq|allied (land|air|maritime) "
        r"command|multinational corps|mnc\w*|eurocorps|corps (hq|headquarters)",
    ),
    Concept(
        "~security_service",
        WHERE,
        r"(national )?security authorit(y|ies)|(national )?(intelligence|counter-?intelligence)( and security)? "
        r"(services?|agenc(y|ies)|organi[sz]ations?|community|bod(y|ies))|security and intelligence "
        r"(services?|agenc(y|ies))",
        _SECURITY_SERVICES,
    ),
    Concept(
        "~media",
        WHERE,
        r"(news )?media (organi[sz]ations?|outlets?|houses?|compan(y|ies)|groups?)|news (organi[sz]ations?|"
        r"agenc(y|ies)|outlets?|media)|broadcasters?|press agenc(y|ies)",
        _NEWS_MEDIA,
    ),
    # Where: a location, not a kind of organisation (``LOCATIONS``): NATO's partner nations, by their names and
    # cities. Work "in a partner country" is where the entry's title or organisation places it, not what it was
    # about (a post in London on Ukraine's defence reform was not in a partner country).
    Concept("~partner_country", WHERE, r"partner (countr(y|ies)|nations?)", _partner_places()),
    # What: activities, subjects and tools.
    Concept(
        "~erp",
        WHAT,
        r"enterprise resource planning( \(erp\))?( systems?| software| solutions?)?|erp( systems?| software| "
        r"solutions?)?",
        r"sap( \w+)?|oracle (e-?business|financials|ebs|fusion|erp)|navision|dynamics (nav|ax|365)|agresso|"
        r"unit4|peoplesoft|workday|jd edwards|sage x3|odoo|infor",
    ),
    Concept(
        "~finance",
        WHAT,
        r"financial management|finance|financial (administration|control|planning|reporting|operations)|"
        r"budget(ary)? management|public finance",
        r"budgets?|budgeting|budgetary|accounting|accountant|accounts|ipsas|ifrs|treasury|fiscal|"
        r"financial|financ\w+|comptroller|controller|controlling|cost control|expenditure|funding|"
        r"chartered accountant|acca|cima|cpa",
    ),
    Concept(
        "~audit",
        WHAT,
        r"audit(ing)?|internal control",
        r"auditor|audits|audited|issai|intosai|iban|internal controls?|assurance|"
        # Auditors and audits in member nations' languages ("Prüferin", "Revisor", "Vanemaudiitor").
        r"prüfer(in)?|rechnungsprüf\w*|ordnungsmäßigkeitsprüf\w*|wirtschaftlichkeitsprüf\w*|revisor\w*|"
        r"revisore|revisione contabile|(vanem)?audiitor\w*|auditor[ií]a\w*|auditeur|audyt\w*|denet[çc]i\w*|"
        r"denetim\w*|vérificat(eur|rice)s?|contrôle des comptes|könyvvizsgál\w*|" + _AUDIT_BODIES,
    ),
    Concept(
        "~performance_audit",
        WHAT,
        # Performance audit is also called value-for-money (UK) or efficiency audit: one activity.
        r"performance audit(s|ing)?|value[- ]for[- ]money (audits?|studies|examinations?)|vfm (audits?|studies)|"
        r"efficiency audits?",
        r"performance auditor|value[- ]for[- ](the )?money|vfm|wirtschaftlichkeitsprüf\w*|"
        r"wirtschaftlichkeits- und|audits? de (la )?performance|auditori(a|as) de (desempenho|resultados)|"
        r"auditor[ií]as? (de desempeño|operativas?|de gestión)|doelmatigheids\w*|forvaltningsrevisjon\w*|"
        r"effektivitetsrevision\w*|juhtimisaudit\w*|audyt\w* wykonania|teljesítmény-?ellenőrzés\w*|"
        r"performans denetim\w*|controllo (sulla|di) gestione|"
        r"efficien\w+ (and|et|e|y) (l')?(effective\w*|efficacit\w*|efficacia|eficacia)",
    ),
    Concept(
        "~procurement",
        WHAT,
        r"procurement|acquisition|contracting|purchasing|contract management|(international )?competitive "
        r"bidding|tendering|(open |public )?tenders?",
        r"tenders?|tendering|invitations? (for|to) bids?|contract award|procured|purchase requisitions?|"
        r"sourcing|buyer|contracting officer|acquisitions?|icb|competitive bidding|"
        # Public procurement in member nations' languages.
        r"marchés publics|appels? d'offres|achats publics|vergabe\w*|beschaffung\w*|ausschreibung\w*|"
        r"aanbesteding\w*|inkoop|appalti|gare d'appalto|approvvigionament\w*|contratación pública|"
        r"licitaci\w+|compras públicas|contratação pública|zamówie\w* publiczn\w*|przetarg\w*|"
        r"veřejn\w* zakázk\w*|verejn\w* obstarávan\w*|közbeszerz\w*|achiziți\w* publice|ihale\w*|"
        r"satın alma|udbud\w*|anskaffelse\w*|upphandling\w*|hankin\w*|riigihange\w*|iepirkum\w*|"
        r"viešųjų pirkimų|javna nabava|javno naročanje|δημόσιες συμβάσεις|обществени поръчки",
    ),
    # A driving licence, as member nations' CVs name it ("Patente B", "Führerschein Klasse B", "Rijbewijs B").
    Concept(
        "~driving_licence",
        WHAT,
        r"driv(ing|ers?|er's) licen[cs]es?|driving permits?",
        r"driv(ing|ers?|er's) licen[cs]es?|driving permits?|permis (de conduire|b)|führerschein\w*|fahrerlaubnis|"
        r"rijbewijs|patente (di guida|[a-e])|carnet de conducir|permiso de conducir|carta de condução|"
        r"prawo jazdy|řidičsk\w* (průkaz|oprávnění)|vodičsk\w* (preukaz|oprávnenie)|jogosítvány|"
        r"vezetői engedély|permis (auto|de conducere)|ehliyet|sürücü belgesi|kørekort|førerkort|körkort|"
        r"ajokortti|juhiluba|juhiload|autovadītāja apliecība|vairuotojo pažymėjimas|vozačk\w* dozvol\w*|"
        r"vozniško dovoljenje|δίπλωμα οδήγησης|шофьорска книжка|ökuskírteini|leje drejtimi|возачка дозвола",
    ),
    Concept(
        "~project",
        WHAT,
        r"project management|programme management|program management|project or programme management|"
        r"management of (projects|programmes)",
        r"project (manager|officer|lead|leader|coordinator|management)|programme (manager|officer|"
        r"coordinator|management)|program (manager|officer)|prince2|pmp|msp|ipma|agile|scrum",
    ),
    # Leading people: "with 2 years leading a team", "at managerial level", "of which 2 in a supervisory
    # role", shown by a post that heads or leads something, in the words of any member nation (reference.posts).
    Concept("~leadership", ROLE, LEADERSHIP_ASKED, LEADERSHIP_SHOWN.pattern),
    Concept(
        "~logistics",
        WHAT,
        r"logistics?|logistic support|supply chain( management)?",
        r"logfas|j4|g4|s4|supply|supplies|materiel|movement and transportation|movements|transportation|"
        r"sustainment|warehous\w+|inventory|host nation support|ammunition|quartermaster",
    ),
    Concept(
        "~operations_planning",
        WHAT,
        r"operations planning|operational planning|military planning|planning of (military )?operations|"
        r"operational level planning|campaign planning",
        r"copd|operations planning|operational planning|oplans?|opords?|operation(al)? orders?|j5|j3|j35|g3|"
        r"g5|s3|plans officer|planner|planning process|military decision[- ]making process|mdmp|"
        r"operations officer|operations staff",
    ),
    Concept(
        "~defence_planning",
        WHAT,
        r"defen[cs]e planning|force planning|capability planning|capability development",
        r"ndpp|nato defen[cs]e planning process|capability targets?|force structure|force goals?|"
        r"capability requirements?|dotmlpf\w*|capability development|defen[cs]e planning|force planning",
    ),
    Concept(
        "~security_policy",
        WHAT,
        r"(foreign|security|defen[cs]e)( and| or|/|,)? ?(foreign|security|defen[cs]e)? (affairs|policy|policies)|"
        r"international (affairs|relations|security)|political[- ]military",
        r"foreign affairs|foreign policy|security policy|defen[cs]e policy|diplomat\w*|embassy|political "
        r"(adviser|advisor|officer|affairs)|international relations|international security|arms control|"
        r"non-proliferation|ministry of foreign affairs|mfa|think tank|strategic studies",
    ),
    Concept(
        "~cyber",
        WHAT,
        r"cyber ?security|information security|information assurance|cyber defen[cs]e|network security|"
        r"communication and information systems? security|cis security|secure (cis|networks?|systems?)",
        r"firewalls?|ids|ips|siem|soc|penetration test\w*|vulnerabilit\w+|hardening|hardened|cissp|cism|"
        r"ceh|oscp|security operations|incident response|intrusion|encryption|crypto\w*|infosec|"
        r"security accreditation|zero trust|malware",
    ),
    Concept(
        "~cis",
        WHAT,
        r"communication and information systems?|\bcis\b|information technology|ict|it systems?|"
        r"information systems?",
        r"networks?|network engineer\w*|system administrat\w+|sysadmin|servers?|infrastructure|"
        r"telecommunications?|satcom|radio|data cent(re|er)s?|cloud|virtuali[sz]ation|active directory|"
        r"linux|windows server|cisco|ccna|ccnp",
    ),
    Concept(
        "~itsm",
        WHAT,
        r"it service management|service management|itil",
        r"itil|service desk|help ?desk|incident management|change management|problem management|"
        r"service level agreements?|slas?|servicenow|remedy",
    ),
    Concept(
        "~office_tools",
        WHAT,
        r"microsoft office|ms office|office (suite|applications|tools)|office 365|microsoft 365",
        r"excel|word|powerpoint|outlook|sharepoint|access|teams|ms project|office 365|microsoft 365",
    ),
    Concept(
        "~hr",
        WHAT,
        r"human resources?|hr|personnel management|people management|talent management",
        r"recruitment|recruiting|recruiter|talent acquisition|staffing|workforce|payroll|compensation|"
        r"j1|g1|s1|personnel|onboarding|job classification|performance management|hr",
    ),
    Concept(
        "~training",
        WHAT,
        r"training|education|courses?|curriculum|professional military education|pme|academic "
        r"(courses|programmes)",
        r"trainer|instructor|lecturer|teach\w*|taught|tutor|faculty|course (director|officer|manager)|"
        r"curricul\w+|e-?learning|syllabus|seminars?|workshops?|exercises?|training",
    ),
    # Military exercises as a line asks for them ("the NATO exercise process", "collective training and exercise
    # directive", "exercise planning") and as posts show them, in member nations' words ("Übungen",
    # "esercitazioni", "øving", "CPX", "MEL/MIL").
    Concept(
        "~exercises",
        WHAT,
        r"(nato |national |military )?exercise (process|planning|design|programmes?|directive|management|"
        r"scenarios?)|(planning|design|conduct|delivery) of (military )?exercises|collective training( and "
        r"exercises?)?|command post exercises?|computer[- ]assisted exercises?",
        r"exercises?|cpx|cax|lvex|ftx|livex|mel/mil|exspec|jemm|jems|jcats|bi-sc 075-003|075-003|"
        r"esercitazion\w*|übung\w*|oefening\w*|øving\w*|øvelse\w*|övning\w*|exercices?|ćwicze\w*|"
        r"cvičen\w*|gyakorlat\w*|exerci[tț]i\w*|tatbikat\w*|ejercicios?|exerc[íi]cios?|harjoitu\w*|"
        r"õppus\w*|mācīb\w*|pratyb\w*|vježb\w*|vaj[ae]\w*|άσκησ\w*|учени[ея]\w*",
    ),
    Concept(
        "~events",
        WHAT,
        r"events?|conferences?|high[- ]level (meetings|events|visits)|seminars?|summits?",
        r"conferences?|seminars?|summits?|symposi\w+|workshops?|visits?|protocol|ministerial|events?",
    ),
    Concept(
        "~communications",
        WHAT,
        r"communications?|public diplomacy|public affairs|media relations|press|strategic communications?|"
        r"stratcom|outreach",
        r"press (officer|releases?)|spokes\w+|journalis\w+|social media|media|public affairs|"
        r"public information|communications? (officer|adviser|advisor|specialist)|editor|outreach",
    ),
    Concept(
        "~legal",
        WHAT,
        r"legal|law|lawyer|legal adviser|legal advisor",
        r"lawyer|attorney|counsel|solicitor|barrister|jurist|legal (adviser|advisor|officer)|"
        r"juriste|avocat|law",
    ),
    Concept(
        "~intelligence",
        WHAT,
        r"intelligence",
        r"j2|g2|s2|intelligence|analyst|osint|imint|sigint|humint|geoint|all-source|" + _SECURITY_SERVICES,
    ),
    Concept(
        "~data_analysis",
        WHAT,
        r"data analy\w+|analytics|statistic\w*|business intelligence",
        r"data analy\w+|analytics|statistic\w*|power bi|tableau|python|sql|r studio|spss|stata|qlik|"
        r"dashboards?|business intelligence",
    ),
    Concept(
        "~administration",
        WHAT,
        r"administrative (support|assistance|work|duties)|office administration|secretarial|clerical",
        r"administrative|administration|administrator|secretary|secretariat|clerk|clerical|"
        r"office manager|yeoman|filing|correspondence|travel (arrangements|claims|orders)|agendas?",
    ),
    Concept(
        "~isr",
        WHAT,
        r"isr|jisr|intelligence,? surveillance(,)? and reconnaissance|collection management|"
        r"(intelligence )?collection (planning|requirements)|ccirm",
        r"isr|jisr|collection manag\w*|ccirm|sensor tasking|tasking of (sensors|assets|platforms)|"
        r"(sensor|platform|asset) (tasking|allocation)|reconnaissance|surveillance|uav|uas|rpas|awacs|"
        r"imint|sigint|geoint|masint|elint|air intelligence|targeting",
    ),
    Concept(
        "~translation",
        WHAT,
        r"translation|translating|terminology|interpretation|interpreting",
        r"translat\w+|terminolog\w+|interpret(er|ers|ing)|revis(er|ion) of translations|proofread\w*|"
        r"termbases?|translation memor\w+|cat tools?|trados|memoq|multiterm|iate|natoterm|termium|"
        r"localisation|traduct\w+|traduc\w+|übersetz\w+",
    ),
    Concept(
        "~hybrid",
        WHAT,
        r"hybrid (threats?|warfare|activities|campaigns?)|resilience|disinformation|"
        r"foreign information manipulation( and interference)?|fimi|information (warfare|operations)",
        r"hybrid|disinformation|misinformation|propaganda|information manipulation|hostile influence|"
        r"influence operations?|information operations?|strategic communications?|stratcom|"
        r"critical infrastructure|subsea (cables?|infrastructure)|energy security|coercion|sabotage|"
        r"election interference|cyber ?attacks?|resilience|civil preparedness|counter-hybrid",
    ),
    Concept(
        "~senior_advice",
        WHAT,
        r"(advis\w+|brief\w+|support\w*) (to )?senior (leaders(hip)?|decision[- ]makers|management|officials)|"
        r"senior decision[- ]makers|senior leadership",
        r"advis\w+ (the )?(minister|ministers|secretary general|chief of defen[cs]e|chiefs of defen[cs]e|"
        r"ambassadors?|commander|deputy minister|state secretary|director general|board)|"
        r"brief\w+ (the )?(minister|ministers|ambassadors?|commander|chief of defen[cs]e|"
        r"secretary general|north atlantic council|nac|senior leadership)|speaking notes|"
        r"speeches|ministerial (briefings?|submissions?|notes)|cabinet|chief of staff|"
        r"permanent representative|special adviser|political adviser|polad|military adviser|milad",
    ),
    Concept(
        "~records",
        WHAT,
        r"records management|document management|registry|archiv\w+|information management|"
        r"(electronic )?(document|records) (management )?systems?|edms|erms",
        r"registry|registries|records (management|office|officer|clerk|system)|record[- ]keeping|archiv\w+|"
        r"document control|documents? management|filing system|"
        r"edms|erms|sharepoint|trim|content manager|opentext|documentum|corsa|doris|"
        r"information management|classified (material|documents|registry)|cosmic (registry|control)",
    ),
    Concept(
        "~research",
        WHAT,
        r"research|publications?|peer[- ]reviewed|(reports|studies|articles|papers) (writing|drafting)|"
        r"(research and|academic) writing",
        r"research\w*|publish\w*|publications?|peer[- ]reviewed|journal articles?|articles?|"
        r"(policy|research|working|discussion) papers?|monographs?|book chapters?|authored|co-authored|"
        r"studies|think tank|fellow|phd|doctoral|thesis",
    ),
    Concept(
        "~operational_law",
        WHAT,
        r"operational law|law of armed conflict|loac|international humanitarian law|ihl|"
        r"rules of engagement|roe|targeting|use of force",
        r"operational law|law of armed conflict|loac|international humanitarian law|ihl|rules of engagement|"
        r"roe|targeting|target (review|validation|vetting)|use of force|lawfulness of (strikes|attacks|"
        r"targets)|legal review of (plans|operations|targets)|status of forces|sofa|geneva conventions",
    ),
    Concept(
        "~simulation",
        WHAT,
        r"modell?ing and simulation|m&s|simulation|constructive simulations?|wargaming|"
        r"computer[- ]assisted exercises?|cax",
        r"simulat\w+|m&s|jtls\w*|jcats|vbs\d?|onesaf|mssaas|msaas|hla|dis|wargam\w+|"
        r"computer[- ]assisted exercises?|cax|synthetic (environment|training)|constructive models?",
    ),
    Concept(
        "~crisis",
        WHAT,
        r"crisis management|civil emergency planning|emergency (management|planning)|civil protection|"
        r"civil preparedness|disaster (response|management)|consequence management",
        r"crisis (management|response|cell|centre|center)|emergency (management|planning|response|"
        r"services?)|civil (protection|defen[cs]e|preparedness|emergency planning)|disaster\w*|"
        r"consequence management|contingency planning|business continuity|resilience",
    ),
    Concept(
        "~budget",
        WHAT,
        r"budget(ing|ary)?( planning| preparation| execution| management| control)?",
        r"budget\w*|financial planning|cost estimat\w+|expenditure|appropriations|"
        r"financial (management|control|reporting)|forecasting|spending|allotments?",
    ),
    Concept(
        "~lessons_learned",
        WHAT,
        r"lessons?[- ]learn(ed|t)|lessons[- ]identified|after[- ]action (reviews?|reports?)",
        r"lessons?[- ]learn\w*|lessons[- ]identified|after[- ]action (reviews?|reports?|interviews?)|aars?|"
        r"jllis|ll portal|jallc|jcoa|"
        # The same process in member nations' words ("retour d'expérience", "lições aprendidas").
        r"retex|retour d'exp[ée]rience|li[çc][õo]es aprendidas|lecciones aprendidas|lezioni (apprese|identificate)|"
        r"lec[țţt]ii [îi]nv[ăa][țţt]ate|al[ıi]nan dersler|erfahrungs(auswertung|sicherung)|geleerde lessen|"
        r"wnioski z do[śs]wiadcze[ńn]|erfaringsl[æa]ring|erfarenhetsåterföring|poučen\w*",
    ),
    Concept(
        "~data_collection",
        WHAT,
        r"data collection|(structured )?interviews|surveys|questionnaires|focus groups",
        r"interviews?|surveys?|questionnaires?|focus groups?|data collection|collection (plans?|teams?)|"
        r"observer (forms|questionnaires)|"
        # Interviews and surveys in member nations' languages.
        r"entrevistas?|question[áa]rios?|cuestionarios?|encuestas?|inquéritos?|entretiens?|enquêtes?|"
        r"interviuri|chestionare|intervjuer?|spørreunders[øo]k\w*|spørreskjema\w*|enkät\w*|anket\w*|"
        r"mülakat\w*|befragung\w*|umfragen?|fragebögen?|interviste|questionari|ankiet\w*|wywiad\w*|"
        r"datainnsamling\w*|datainsamling\w*|dataverzameling|recueil",
    ),
    Concept(
        "~ils",
        WHAT,
        # Not "integrated logistics support" itself: a line spelling it out is met by its words or by
        # "ILS" (matching.essentials.spelled_out), and its three telling words would weigh as one concept.
        # Nor "logistics support analysis": one task of ILS, asked for itself (with its standards).
        r"logistics? engineering|supportability( engineering| analysis)?|product support",
        r"ils|lsa|lsar|s3000l|s2000m|mil-std-1388\w*|1388-2b|geia-std-0007|supportability|product support|"
        r"logistics? support (analysis|engineering)|logistic support|provisioning|maintenance task analysis|"
        # In member nations' languages ("Logistikkingeniør", "logistieke ondersteuningsanalyse").
        r"logistieke ondersteuning\w*|logistik\w*ingeni\w*|ingenieur(in)? logistik|suport(ul)? logistic|"
        r"versorgbarkeit|soutien logistique intégré|supporto logistico integrato|apoyo logístico integrado",
    ),
    Concept(
        "~military_aircraft",
        WHAT,
        r"military (aircraft|helicopters?|aviation)|combat aircraft|weapon[- ]systems?( programmes)?|"
        r"defen[cs]e aircraft",
        r"military (aircraft|helicopters?|aviation)|combat aircraft|fighter (jets?|aircraft)|weapon[- ]systems?|"
        r"missile systems?|military (transport|tanker) aircraft|maritime patrol aircraft|"
        # Military aircraft and weapon systems by their names.
        r"eurofighter|tornado|f-?16|f-?35|f/?a-?18|gripen|rafale|a400m|c-?130\w*|c-?17|kc-?46|kc-?135|"
        r"a330 mrtt|mrtt|p-?8a?|e-?3a?|e-?7|awacs|nh-?90|ch-?47\w*|chinook|ah-?64|black ?hawk|uh-?60|"
        r"l-?159|l-?39\w*|c-?295|c-?27j|iar-?330|mi-?\d+\w*|patriot|nasams|naval strike missile|iris-t",
    ),
    # Aircraft by kind, as notices ask ("experience on helicopters", "on large multi-engine aircraft") and as
    # CVs show them: by type, in any language ("NH90", "Hubschrauber", "hélicoptère", "C-130").
    Concept(
        "~helicopter",
        WHAT,
        r"helicopters?|rotary[- ]wing( aircraft)?|rotorcraft",
        r"helicopters?|rotary[- ]wing|rotorcraft|hubschrauber\w*|helikopter\w*|hélicoptères?|elicotter\w*|"
        r"helic[óo]pter\w*|śmigłow\w*|vrtuln\w*|vrtuľn\w*|ελικόπτερ\w*|хеликоптер\w*|"
        r"nh-?90|ch-?47\w*|chinook|ch-?53\w*|aw-?101|aw-?139|aw-?149|aw-?159|sea ?king|super puma|"
        # Types by designation, not by a name that is also a word or a program ("Apache", "Tiger", "Lynx").
        r"h-?225m?|as-?332|as-?532|ec-?135|ec-?145|h-?145m?|a-?109|a-?129|ah-?64|ah-?1z|uh-?1[a-z]?|uh-?60|"
        r"black ?hawk|mh-?60\w*|sh-?60|alouette|bell 4\d\d|mi-?(8|17|24|35|171)\w*|w-?3 sok[óo]ł|iar-?330",
    ),
    Concept(
        "~transport_aircraft",
        WHAT,
        r"(military |commercial |large |heavy )?(multi-engine |transport |tanker |airlift )aircraft|"
        r"airlifters?|tanker aircraft|air-to-air refuell?ing aircraft|maritime patrol aircraft|airborne early "
        r"warning( aircraft)?",
        r"transport aircraft|airlifters?|tanker aircraft|multi-engine aircraft|c-?130\w*|a-?400m|c-?17|"
        r"globemaster|c-?160|transall|c-?5 galaxy|kc-?135|kc-?46|kc-?10|kc-?390|a330 mrtt|mrtt|"
        # Not "E-3", "E-7", "P-3" alone: enlisted ranks and UN grades in CVs.
        r"c-?295|cn-?235|c-?27j|e-?3a|e-3 (sentry|awacs)|awacs|wedgetail|p-?8a?|p-?3c|p-3 orion|atlantique 2|"
        r"boeing 7[0-8]7|airbus a3[0-8]0|an-?26|an-?124|il-?76|saab 340|erieye|globaleye|transportflugzeug\w*|"
        r"avion de transport|aereo da trasporto|avión de transporte|samolot transportow\w*",
    ),
    Concept(
        "~host_nation_support",
        WHAT,
        r"host[- ]nation support",
        r"hns|host[- ]nation (support|agreements?|arrangements?)|rsoi|rsom|reception staging (and )?onward "
        r"(movement|integration)|stationing agreements?|"
        # In member nations' languages ("Gastlandunterstützung", "podpora hostitelské země").
        r"gastlandunterst[üu]tzung|soutien (de la )?nation h[ôo]te|podpora hostitelsk\w+ zem\w*|"
        r"wsparci\w+ (przez )?pa[ńn]stw\w*[- ]gospodarz\w*|apoyo (de la )?naci[óo]n anfitriona|"
        r"sostegno della nazione ospite|apoio (da )?na[çc][ãa]o hospedeira|ev sahibi [üu]lke deste[ğg]i|"
        r"gastheerland\w*|vertsnasjonsst[øo]tte|v[æa]rtsnationsst[øo]tte|värdlandsstöd",
    ),
)

_BY_TAG = {concept.tag: concept for concept in CONCEPTS}
WHERE_TAGS = frozenset(c.tag for c in CONCEPTS if c.kind == WHERE)
ROLE_TAGS = frozenset(c.tag for c in CONCEPTS if c.kind == ROLE)


def _combined(alternatives: list[tuple[str, str]]) -> re.Pattern:
    return re.compile(
        "|".join(rf"(?P<g{i}>\b(?:{pattern})\b)" for i, (_, pattern) in enumerate(alternatives))
    )


# The general words in French, as French notices ask for a concept (issue 19, point 4): an experience context
# or a requirement is kept in the notice's language, and must still ask for the same concept.
GENERAL_FR: dict[str, str] = {
    "~io": r"organisations? (internationales?|intergouvernementales?)|institutions? internationales?",
    "~international": r"(environnement|contexte|cadre|milieu) (international|multinational|multiculturel)|"
    r"organisations? internationales?|[ée]tat-major multinational",
    "~military": r"(environnement|contexte|milieu|organisation|quartier g[ée]n[ée]ral) militaires?|forces arm[ée]es|"
    r"d[ée]fense nationale",
    "~government": r"administrations? (nationales?|publiques?)|fonction publique|secteur public|service public|"
    r"minist[èe]res?( de la d[ée]fense| des affaires [ée]trang[èe]res)?|gouvernement\w*",
    "~operational_hq": r"quartier g[ée]n[ée]ral op[ée]rationnel|commandement op[ée]rationnel",
    "~finance": r"gestion financi[èe]re|finances?( publiques)?|gestion budg[ée]taire|comptabilit[ée]|"
    r"contr[ôo]le financier",
    "~audit": r"audit|contr[ôo]le interne|v[ée]rification",
    "~procurement": r"passation (des|de) march[ée]s|march[ée]s publics|achats?|approvisionnements?|acquisitions?|"
    r"gestion (des|de) contrats",
    "~project": r"gestion (de|des) (projets?|programmes?)|conduite de projets?|gestion de projet ou de programme",
    "~logistics": r"logistique|soutien logistique|cha[îi]ne d'approvisionnement",
    "~operations_planning": r"planification (des op[ée]rations|op[ée]rationnelle|militaire)",
    "~defence_planning": r"planification (de (la )?d[ée]fense|des forces|capacitaire|des capacit[ée]s)|"
    r"d[ée]veloppement (des|de) capacit[ée]s",
    "~security_policy": r"affaires ([ée]trang[èe]res|internationales|de s[ée]curit[ée]|de d[ée]fense)|"
    r"politique (([ée]trang[èe]re|de s[ée]curit[ée]|de d[ée]fense)( et| ou|,)? ?)+|relations internationales|"
    r"s[ée]curit[ée] internationale|politico-militaire",
    "~cyber": r"cybers[ée]curit[ée]|cyberd[ée]fense|s[ée]curit[ée] (informatique|des syst[èe]mes d'information)",
    "~hr": r"ressources humaines|gestion du personnel|recrutement",
    "~legal": r"droit|juridique|affaires juridiques",
    "~communications": r"communication( strat[ée]gique)?|relations (publiques|avec les m[ée]dias)|diplomatie publique",
    "~training": r"formations?|entra[îi]nements?|exercices?",
    "~intelligence": r"renseignement",
    "~translation": r"traduction|r[ée]vision|interpr[ée]tation",
    "~crisis": r"gestion (des|de) crises?",
    "~research": r"recherche( scientifique)?",
    "~data_analysis": r"analyse (des|de) donn[ée]es",
}
_GENERAL = [
    (c.tag, f"{c.general}|{GENERAL_FR[c.tag]}" if c.tag in GENERAL_FR else c.general) for c in CONCEPTS
]
_ANY = [
    (tag, f"{general}|{c.instances}" if c.instances else general)
    for (tag, general), c in zip(_GENERAL, CONCEPTS, strict=True)
]
# One pattern per concept (a text may hold several concepts at once, and overlapping ones).
_GENERAL_PATTERNS = tuple((tag, re.compile(rf"\b(?:{p})\b")) for tag, p in _GENERAL)
_ANY_PATTERNS = tuple((tag, re.compile(rf"\b(?:{p})\b")) for tag, p in _ANY)


# A mention denied is no evidence: "no supervisory responsibilities", "without a budget", "never deployed".
# "non-proliferation", "non-commissioned", "not only ... but also", "no less than" deny nothing.
NEGATED = re.compile(
    r"\b(no|not|without|never|non|\w+n't)\b(?!-|\s+(?:only|least|less|limited)\b)[^.;:,()]{0,60}",
    re.IGNORECASE,
)
# A clause that the next one disowns by a pronoun: "host-nation agreements are handled by the plans branch;
# I do not work with them", "budgets are set by the ministry, which I have never been involved in".
_DISOWNED = re.compile(
    r"[^.;:]*[;,]\s*(?:but\s+)?(?:i|he|she|we|they|which(?:\s+(?:i|he|she|we|they))?)\s+"
    r"(?:(?:do|does|did|have|has|had|am|is|was|were)\s+)?(?:not|never|no longer|\w+n't)\b[^.;:]{0,40}?"
    r"\b(?:them|it|these|those|this|that|involved in)\b[^.;:]*",
    re.IGNORECASE,
)


# A qualification stated as no longer held: "CISSP (expired 2019)", "PRINCE2 Practitioner - lapsed", "PMP (not
# renewed)", in the member nations' main languages too ("abgelaufen", "expiré", "scaduto", "caducado", "verlopen",
# "wygasł").
_LAPSED = re.compile(
    r"\b(?:expired|lapsed|no longer (?:valid|current|held)|not renewed|abgelaufen|expirée?s?|scadut[ao]|"
    r"caducad[ao]|vencid[ao]|verlopen|wygas[łl][aoy]?|lej[áa]rt)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=10_000)  # many profiles list the same skills
def lapsed(text: str) -> bool:
    """Whether a skill or qualification is stated as no longer held: no evidence that the person holds it.

    >>> lapsed("CISSP (expired 2019)"), lapsed("Certified Information Systems Auditor (CISA)")
    (True, False)
    """
    return bool(_LAPSED.search(text))


def affirmed(folded: str) -> str:
    """The text without the phrases it denies.

    >>> affirmed("individual contributor with no supervisory responsibilities: firewall hardening")
    'individual contributor with : firewall hardening'
    """
    if folded.isascii():
        # Every denial holds "no", "never", "without" or "n't", in any case: most texts hold none, and the
        # pattern tries every word of them (some 3 µs a summary). Only in ASCII, where its case-blind match
        # is lower(): beyond it "ı" matches "i", "ſ" "s"...
        lowered = folded.lower()
        if (
            "no" not in lowered
            and "never" not in lowered
            and "without" not in lowered
            and "n't" not in lowered
        ):
            return folded
    return NEGATED.sub("", folded)


def disowned(text: str) -> str:
    """The text without the clauses a later clause of its sentence disowns (an entry's description, read
    whole: a denial of that kind spans a semicolon, so it is removed before the text is read in pieces).

    >>> disowned("Tracks lift schedules. Host-nation agreements are handled by J4; I do not work with them.")
    'Tracks lift schedules..'
    """
    return _DISOWNED.sub("", text) if "n" in text and _DISOWNING.search(text) else text


# What every clause ``_DISOWNED`` removes holds: a comma or semicolon, then a pronoun or "which". Most texts
# have none, and ``_DISOWNED`` tries every start of them (some 60 µs a description); this finds it in a few.
_DISOWNING = re.compile(r"[;,]\s*(?:but\s+)?(?:i|he|she|we|they|which)\s", re.IGNORECASE)


@functools.lru_cache(maxsize=50_000)
def concept_tags(folded: str) -> tuple[str, ...]:
    """The concepts a (case-folded) text shows, by their general words or their instances.

    >>> concept_tags("finance officer, sap fi/co, nato support and procurement agency")
    ('~io', '~international', '~military', '~erp', '~finance', '~procurement')

    Read piece by piece: each pattern over the pieces between the characters it can never match (a comma,
    a full stop, a bracket: ``_SEPARATORS``, less those it can). Neither its match nor a denial (``NEGATED``)
    spans one, and where a piece starts or ends a word boundary is what it is in the whole text, so the tags
    are the same (a test compares them with ``concept_tags_whole`` on varied texts); and a piece seen
    before, as most are in a pool of profiles ("4 posts in defence and security"), is not read again.
    """
    found: list[str] = []
    for split, patterns, seen in _GROUPS:
        for piece in split(folded):
            tags = seen.get(piece)
            if tags is None:
                tags = _piece_tags(patterns, seen, piece)
            if tags:
                found += tags
    if not found:
        return ()
    return tuple(sorted(set(found), key=_ORDER.__getitem__)) if len(found) > 1 else tuple(found)


PIECES_KEPT = 50_000  # per group of patterns


def _piece_tags(patterns: tuple, seen: dict, piece: str) -> tuple[str, ...]:
    """The tags of one group of patterns (``_GROUPS``) a piece of text shows, kept in ``seen``."""
    if len(seen) >= PIECES_KEPT:
        seen.clear()
    if not piece or piece.isspace():
        seen[piece] = ()
        return ()
    said = affirmed(piece)
    tags = seen[piece] = tuple([tag for tag, pattern in patterns if pattern.search(said)])
    return tags


def concept_tags_whole(folded: str) -> tuple[str, ...]:
    """``concept_tags`` read in one piece, every pattern over the whole text."""
    folded = affirmed(folded)
    return tuple(tag for tag, pattern in _ANY_PATTERNS if pattern.search(folded))


def _matchable(pattern: str) -> set[str] | None:
    """Every character a pattern can match or look at (lookarounds too); None: any character."""
    from re import _constants as c
    from re import _parser

    chars: set[str] = set()

    def walk(items) -> bool:  # False: any character
        for op, value in items:
            if op is c.LITERAL:
                chars.add(chr(value))
            elif op is c.IN:
                for kind, item in value:
                    if kind is c.LITERAL:
                        chars.add(chr(item))
                    elif kind is c.RANGE:
                        chars.update(map(chr, range(item[0], item[1] + 1)))
                    elif not (
                        kind is c.CATEGORY and item in (c.CATEGORY_DIGIT, c.CATEGORY_WORD, c.CATEGORY_SPACE)
                    ):
                        return False  # a negated class, a negated category
            elif op is c.SUBPATTERN:
                if not walk(value[-1]):
                    return False
            elif op is c.BRANCH:
                if not all(walk(branch) for branch in value[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not walk(value[2]):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not walk(value[1]):
                    return False
            elif not (op is c.AT and value in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY)):
                return False  # ANY, NOT_LITERAL, a back reference, the start or the end of the text...
        return True

    return chars if walk(_parser.parse(pattern)) else None


# Where a denial ends (NEGATED) and a text may be cut into pieces for a pattern that can match none of them.
_SEPARATORS = ".,;:()"


def _groups() -> tuple[tuple, ...]:
    """The patterns grouped by the separators they never match: (how a text is split for them, the group's
    (tag, pattern) pairs). A pattern that can match any character is read over the whole text."""
    groups: dict[str, list] = {}
    for (tag, compiled), (_, pattern) in zip(_ANY_PATTERNS, _ANY):
        chars = _matchable(rf"\b(?:{pattern})\b")
        separators = "" if chars is None else "".join(c for c in _SEPARATORS if c not in chars)
        groups.setdefault(separators, []).append((tag, compiled))
    return tuple(
        ((re.compile(f"[{re.escape(separators)}]").split if separators else _whole), tuple(patterns), {})
        for separators, patterns in groups.items()
    )


def _whole(text: str) -> list[str]:
    return [text]


_GROUPS = _groups()
_ORDER = {tag: position for position, (tag, _) in enumerate(_ANY_PATTERNS)}


def shows(tag: str, folded: str) -> bool:
    """Whether a (case-folded) text shows one concept."""
    return tag in concept_tags(folded)


def asked_concepts(folded: str) -> tuple[tuple[str, tuple[int, int]], ...]:
    """The concepts a (case-folded) requirement asks for by their general words, with the span of
    the words that ask (the words the concept stands for in that requirement).

    >>> asked_concepts("experience of working with an erp system")
    (('~erp', (30, 40)),)
    """
    found = []
    for tag, pattern in _GENERAL_PATTERNS:
        for match in pattern.finditer(folded):
            found.append((tag, match.span()))
    # Words within a longer concept's words belong to it: "communication" within "communication and
    # information systems" asks for CIS, not for communications.
    return tuple(
        (tag, (start, end))
        for tag, (start, end) in found
        if not any(s <= start and end <= e and (s, e) != (start, end) for _, (s, e) in found)
    )


def evidence_pattern(tag: str) -> re.Pattern:
    """The pattern of the words that show a concept (its general words and its instances)."""
    return dict(_ANY_PATTERNS)[tag]


# Places within places: an armed force is part of its nation's government (the public sector), an
# operational headquarters is military. An entry at the smaller place is at the larger one too.
PART_OF = {
    "~military": "~government",
    "~operational_hq": "~military",
    "~security_service": "~government",
    "~io": "~international",
}
# Where concepts that say where an entry was, not what kind of body it was at: no other place refuses them.
LOCATIONS = frozenset({"~partner_country"})


def narrowest(asked: tuple[tuple[str, tuple[int, int]], ...]) -> tuple[str, ...]:
    """The places asked (``asked_concepts``), less those asked by the same words as a place within them: "an
    international organisation" asks for an international organisation, not for any international setting."""
    by_span: dict[tuple[int, int], set[str]] = {}
    for tag, span in asked:
        by_span.setdefault(span, set()).add(tag)
    return tuple(
        dict.fromkeys(
            tag for tag, span in asked if not any(PART_OF.get(other) == tag for other in by_span[span])
        )
    )


# The class a concept's members belong to, in the words a notice asks for it by: an NH90 or a CH-47 is a
# helicopter and an aircraft, a C-130 an aircraft. A text showing the concept shows these words too
# (``matching.text.terms``), so "airworthiness of military or civil aircraft" is spoken to by an NH90 type
# certification.
CLASS_WORDS: dict[str, tuple[str, ...]] = {
    "~helicopter": ("helicopter", "aircraft"),
    "~transport_aircraft": ("aircraft",),
}


def class_words(tags: tuple[str, ...]) -> tuple[str, ...]:
    """The class words (``CLASS_WORDS``) of the concepts a text shows."""
    return tuple(word for tag in tags for word in CLASS_WORDS.get(tag, ()))


def places_shown(folded: str) -> frozenset[str]:
    """The places (``where`` concepts) a case-folded title and organisation show, with the places they
    are part of: "regnskapssjef forsvarsbygg" is military, so at a government body."""
    found = set()
    for tag in concept_tags(folded):
        while tag in WHERE_TAGS and tag not in found:
            found.add(tag)
            tag = PART_OF.get(tag, tag)
    return frozenset(found)


def is_where(tag: str) -> bool:
    return tag in WHERE_TAGS


def concept(tag: str) -> Concept:
    return _BY_TAG[tag]
