"""Words that name an employing body or a post, in the member nations' languages: how the experience reader
tells a title from an organisation, and the name reader a person's name from a sidebar's items."""

from __future__ import annotations

import re

STRONG_ORG = (
    r"ministry|minist[èe]re|ministerium|ministerio|ministero|ministério|ministerstvo|ministerstwo|agency|agence"
    r"|agentur|agencia|agenzia|command|commandement|kommando|comando|mando|headquarters|hq|cuartel|quartier"
    r"|centre|center|zentrum|centro|university|université|universität|universidad|università|universidade"
    r"|college|institute|institut|instituto|istituto|forces?|army|armée|armee|ejército|esercito|navy|marine"
    r"|marina|corps|korps|regiment|régiment|reggimento|regimiento|brigade|brigada|brigata|battalion|bataillon"
    r"|batallón|battaglione|wing|squadron|escadron|fleet|bundeswehr|bundesamt|bundesministerium|amt"
    r"|delegation|délégation|mission|embassy|ambassade|botschaft|council|conseil|commission|parliament"
    r"|government|gouvernement|authority|autorité|bank|banque|group|groupe|gmbh|ag|s\.?a\.?|s\.?p\.?a\.?"
    r"|s\.?r\.?l\.?|ltd|limited|inc|llc|llp|plc|corp|d\.o\.o\.?|s\.r\.o\.?|a\.s\.?|as|oy|oyj|ab|nv|bv|kg"
    r"|kft|zrt|nyrt|š\.p\.?|sp\. z o\.o\.?|sarl|asa|ehf|ltda|foundation"
    r"|stiftung|fondation|fundación|company|corporation|nato|otan|osce|cabinet|tv|television|radio|police"
    r"|polizei|gendarmerie|court|tribunal|school|academy|académie|akademie|laboratory|laboratoire|hospital"
    r"|airlines|état-major|estado mayor|stato maggiore|general staff|international staff|services|presence"
    r"|représentation|representation|service|division|directorate|direction|dirección|direzione|direktion"
    r"|department|département|departamento|office|bureau|staff|branch|section|unit"
    r"|direção|direcção|direção-geral|dirección general|direzione generale|direction générale|ministerie"
    r"|instituut|universiteit|hogeschool|gemeente|defensie|directie|afdeling|krijgsmacht|landmacht"
    r"|forsvaret|försvarsmakten|forsvarsdepartementet|forsvarsministeriet|hovedkvarter|högkvarteret"
    r"|bataljon|bataljonen|departement|direktorat|direktoratet|styrelse|myndighet|universitet|høgskole"
    r"|högskola|akademi|ministerstwo|ministerstvo|ministère|wojsko|sztab|dowództwo|inspektorat|urząd"
    r"|úřad|úrad|velitelství|honvédség|minisztérium|parancsnokság|bakanlığı|genelkurmay|komutanlığı"
    r"|ministerul|statul major|armata|ministarstvo|ministrstvo|zapovjedništvo|štab|štáb|ministeerium|kaitsevägi"
    r"|vezérkar|armáda|armády|ozbrojené sily|siły zbrojne|sztab generalny|forsvarskommandoen"
    r"|aizsardzības|ministrija|kariuomenė|ministerija|υπουργείο|γενικό επιτελείο"
    r"|ministeriö|instituutti|yliopisto|korkeakoulu|puolustusvoimat|pääesikunta|virasto"
    # Croatian, Serbian, Bosnian, Montenegrin and Slovene armed forces and bodies.
    r"|mornarica|mornarice|vojska|vojske|zrakoplovstvo|učilište|sveučilište|univerza|univerzitet|fakultet"
    r"|bojna|pukovnija|postrojba|poveljstvo|agencija|zavod"
    # Bulgarian and Macedonian (Cyrillic), Greek.
    r"|министерство|агенция|агенција|институт|университет|универзитет|академия|академија|командване"
    r"|команда|щаб|генерален щаб|генералштаб|армия|армија|дирекция|дирекција|служба|сили|посолство"
    r"|амбасада|банка|фонд|организация|организација|υπηρεσία|διεύθυνση|πανεπιστήμιο|ινστιτούτο"
    r"|υπουργείο|ίδρυμα"
    # Polish, Hungarian and Romanian bodies (institute, academy, university).
    r"|instytut|akademia|uniwersytet|politechnika|intézet|egyetem|akadémia|minisztérium|hivatal"
    r"|institutul|universitatea|academia|ministerul|agenția|statul major"
    # Turkish bodies ("TOBB Ekonomi ve Teknoloji Üniversitesi", "Savunma Sanayii Başkanlığı").
    r"|üniversitesi|üniversite|enstitüsü|başkanlığı|müdürlüğü|kurumu|şirketi|sanayii|komutanlığı"
    # Albanian bodies with their article ("Ministria e Mbrojtjes", "Instituti për ...", "Universiteti i
    # Tiranës").
    r"|ministria|instituti|universiteti|akademia|agjencia|drejtoria|komanda|shtabi|forcat"
    # "Office" and "bureau" in the member languages ("Biuro Bezpieczeństwa Narodowego", "Ured predsjednika").
    r"|biuro|biuras|birojs|büroo|büro|kancelář|kancelária|iroda|birou|ured|urad|toimisto|oficina"
    r"|gabinete|kontor|byrå|skrifstofa|zyra|бюро|γραφείο"
    # A hotel, shop or chain store employs too: "Receptionist, Radisson Blu Hotel Lietuva".
    r"|hotel|hôtel|hotels"
)
# Compound words ending in a body: "Verteidigungsministerium", "Forsvarsministeriet", "Heereskommando".
COMPOUND_ORG = (
    r"[^\W\d_]+(?:ministerium|ministeriet|departementet|kommando|kommandoen|verket|styrelsen|direktoratet"
    r"|hochschule|universität|akademie|bataljon|regiment|amt"
    # Finnish and Swedish bodies: "Puolustusministeriö", "Maanpuolustuskorkeakoulu", "materielverk".
    r"|ministeriö|korkeakoulu|yliopisto|instituutti|virasto|laitos|esikunta|verk|myndigheten|högskolan)"
)
TITLE = (
    r"officer|officier|oficial|ufficiale|offizier|analyst|analyste|analista|engineer|ingénieur|ingenieur"
    r"|ingeniero|ingegnere|manager|head|chief|chef|jefe|jefa|capo|leiter|leiterin|adviser|advisor|conseiller"
    r"|conseillère|berater|beraterin|asesor|asesora|consigliere|director|directeur|directrice|direktor"
    r"|assistant|assistante|assistent|assistentin|asistente|assistente|specialist|spécialiste|spezialist"
    r"|especialista|researcher|chercheur|chercheuse|forscher|investigador|ricercatore|planner|commander"
    r"|commandant|kommandeur|comandante|coordinator|coordinateur|coordinatrice|koordinator|coordinador"
    r"|secretary|secrétaire|sekretär|secretario|editor|rédacteur|rédactrice|redakteur|accountant|comptable"
    r"|consultant|auditor|auditeur|auditrice|fellow|journalist|journaliste|intern|stagiaire|praktikant"
    r"|trainee|expert|experte|lead|deputy|adjoint|adjointe|juriste|jurist|lawyer|avocat|avocate|abogado"
    r"|abogada|avvocato|referent|referentin|mitarbeiter|mitarbeiterin|controller|attaché|counsellor|clerk"
    r"|professor|lecturer|instructor|pilot|developer|architect|administrator|representative|spokesperson"
    r"|programmer|scientist|so[123]|stabsoffizier|kompaniechef|commanding|coordinating|associate|partner"
    r"|programmleiter|teamleiter|sachbearbeiter|officer in charge|manager|chargée?|gestionnaire|responsable"
    r"|dezernatsleiter|referatsleiter|abteilungsleiter|gruppenleiter|kommandant|befehlshaber"
    r"|capo|comandante|addetto|funzionario|dirigente|técnico|técnica|jefe|jefa|funcionario|funcionaria"
    r"|técnico superior|kierownik|dyrektor|specjalista|starszy specjalista|inspektor|referent|vedoucí"
    r"|ředitel|riaditeľ|referát|osztályvezető|főosztályvezető|szakértő|tanácsadó|kutató|mérnök"
    r"|medewerker|beleidsmedewerker|hoofd|adviseur|projectleider|rådgiver|rådgivare|konsulent|chef"
    r"|päällikkö|asiantuntija|neuvonantaja|uzman|müdür|şube müdürü|danışman|mühendis|assessor|assessora"
    r"|analist|analityk|analytik|elemző|sjef|leder|seniorrådgiver|fuldmægtig|handläggare|utredare"
    r"|specialkonsulent|avdelingsdirektør|kontorchef|chefe|coordenador|coordenadora|adjunto|adjunta"
    r"|técnica superior|oficer|ofițer|consilier|şef|šef|načelnik|referent|poradce|poradca|doradca"
    r"|starszy|specjalista|główny specjalista|naczelnik|zastępca|dowódca|velitel|veliteľ|parancsnok"
    r"|komutan|subay|kurmay subayı|ohvitser|virsnieks|karininkas|σύμβουλος|αξιωματικός|leader|team leader"
    r"|co-worker|coworker|employee|ingénieure|cheffe|officière|déléguée|attachée|architecte|consultante"
    r"|inspectrice|coordonnatrice|conseillère|analyste|chargé|associate|observer|mentor|monitor|inspector"
    r"|translator|interpreter|negotiator|observateur|observatrice|traducteur|traductrice|interprète"
    # Bulgarian and Macedonian (Cyrillic), Greek.
    r"|експерт|главен експерт|старши експерт|анализатор|аналитик|директор|началник|съветник|советник"
    r"|командир|офицер|специалист|сътрудник|соработник|референт|заместник|ръководител|раководител"
    r"|инженер|инженер|асистент|секретар|преводач|διευθυντής|αναλυτής|μηχανικός|προϊστάμενος"
    r"|ερευνητής|ερευνήτρια"
    # Polish, Hungarian and Romanian posts.
    r"|asystent|asystentka|analityczka|specjalistka|referens|munkatárs|segédmunkatárs|asistent|cercetător"
    # An engineer in more member languages (also a degree's name in some: "magister inżynier"; beside a post's
    # dates it is the post), and an Albanian, Croatian and Slovene commander.
    r"|inżynier|inženýr|inžinier|inženir|inženjer|inžinierius|inženieris|insinööri|inginer|inxhinier"
    r"|engenheiro|engenheira|komandant|komandir|zapovjednik"
)
# Compound words ending in a post: "Kompanisjef", "Referatsleiter", "Stabsoffizier", "Fachreferentin".
COMPOUND_TITLE = (
    r"[^\W\d_]+(?:leiter|leiterin|chef|sjef|führer|führerin|offizier|offiser|officier|referent|referentin"
    r"|berater|beraterin|rådgiver|rådgivare|ingenieur|ingenieurin|ingeniør|ingenjör|analytiker|medewerker)"
)
ORG_WORD = re.compile(rf"(?<![\w-])(?:{STRONG_ORG}|{COMPOUND_ORG})(?![\w-])", re.IGNORECASE)
TITLE_WORD = re.compile(rf"(?<![\w-])(?:{TITLE}|{COMPOUND_TITLE})(?![\w-])", re.IGNORECASE)
WEAK_ORG = re.compile(
    r"(?<![\w-])(?:division|directorate|direction|dirección|direzione|direktion|department|département"
    r"|departamento|office|bureau|staff|branch|section|unit|services"
    # Turkish units: a presidency or directorate within a body ("... Sektör Başkanlığı", "... Müdürlüğü").
    r"|başkanlığı|müdürlüğü)(?![\w-])",
    re.IGNORECASE,
)


def common_english(text: str, *, at_least: float) -> bool:
    """Whether every word of three letters or more in the text is at least this common in English
    (wordfreq's Zipf scale: "development" 5.2, "electronics" 4.2; "luft" 2.3, "booz" below 2).

    >>> common_english("Capability Development", at_least=3.5), common_english("Booz Allen Hamilton", at_least=3.5)
    (True, False)
    """
    from wordfreq import zipf_frequency

    words = [w for w in re.findall(r"[^\W\d_]+", text.casefold()) if len(w) >= 3]
    return bool(words) and all(zipf_frequency(w, "en") >= at_least for w in words)
