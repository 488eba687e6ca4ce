"""Corpus readers5fr: 12 NATO vacancy notices in French (frNN) and their English twins (enNN), NN = 60..71.

Each pair is written by hand: one block of shared structured facts (S) and, per language, the text facts and the
document blocks. The essential/desirable lists and the competency texts are written once and used both in the
document and in the label, so the label holds them exactly as the document states them. Every other label field
(title, organisation, location, fields, experience contexts, structured values) is set by hand.
"""
from common import notice_label, write, write_label

PAIRS = []


def pair(nn, slug, fmt, S, FR, EN):
    PAIRS.append((nn, slug, fmt, S, FR, EN))


def lis(items):
    return [("li", i) for i in items]


def comps_fr(names, texts, brackets=None, end=" ;", last="."):
    out = []
    for k, (n, t) in enumerate(zip(names, texts)):
        en = f" ({brackets[k]})" if brackets and brackets[k] != n else ""
        out.append(("li", f"{n}{en} : {t}{last if k == len(names) - 1 else end}"))
    return out


def comps_en(names, texts, end=";", last="."):
    return [("li", f"{n}: {t}{last if k == len(names) - 1 else end}") for k, (n, t) in enumerate(zip(names, texts))]


SECURITE_FR = ("La nomination sera subordonnée à l'obtention d'une habilitation de sécurité délivrée par les autorités "
               "nationales du/de la candidat(e) retenu(e) et à l'approbation de son dossier médical par le médecin-conseil "
               "de l'OTAN.")
SECURITY_EN = ("Appointment will be subject to receipt of a security clearance (provided by the national Authorities of "
               "the selected candidate) and approval of the candidate's medical file by the NATO Medical Adviser.")
CONTRAT_FR = ("Contrat de durée déterminée de trois ans, pouvant être renouvelé pour une période de trois ans au plus. "
              "Les six premiers mois constituent une période probatoire.")
CONTRACT_EN = ("Definite duration contract of three years, which may be renewed for a further period of up to three "
               "years. The first six months are a probationary period.")

# ============================================================== 60: IS DPP, TXT, A-2, preferred fields + staff college
S = dict(grade="A-2", deadline="2027-01-15", level="university", required=False, alts=["military_staff_college"],
         years=[5, 2], lang=("one_high_other_low", "V", "I", [], []),
         comps=[("Analytical Thinking", 3), ("Achievement", 4), ("Flexibility", 3), ("Impact and Influence", 3),
                ("Organisational Awareness", 3), ("Teamwork", 1)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "être titulaire d'un diplôme universitaire, de préférence en sciences politiques, en relations internationales ou "
    "en économie, ou avoir suivi les cours d'un collège de défense de l'OTAN ou d'un collège d'état-major national ;",
    "avoir au moins cinq années d'expérience en planification de défense, dont deux au sein d'une administration "
    "nationale de défense ou d'une organisation internationale ;",
    "avoir une bonne connaissance du processus OTAN de planification de défense (NDPP) et des structures de "
    "l'Alliance ;",
    "savoir rédiger rapidement, clairement et avec concision ;",
    "avoir au minimum le niveau de compétence suivant dans les langues officielles de l'OTAN (anglais/français) : "
    "V (« Avancé ») dans l'une ; I (« Débutant ») dans l'autre.",
]
D = [
    "une expérience au sein d'un quartier général militaire ou d'une délégation nationale auprès de l'OTAN ;",
    "une connaissance des méthodes quantitatives d'analyse des capacités ;",
    "un diplôme universitaire de niveau master en études de sécurité.",
]
CN = ["Réflexion analytique", "Sens de l'accomplissement", "Flexibilité", "Impact et influence",
      "Connaissance de l'organisation", "Travail en équipe"]
CT = ["voit des relations multiples", "crée ses propres critères d'excellence et améliore les performances",
      "s'adapte aux situations imprévues", "entreprend des actions multiples pour persuader",
      "comprend le climat et la culture de l'organisation", "coopère"]
FR = dict(title="Administrateur/Administratrice (Planification de défense)",
          org="Division Politique de défense et planification", loc="Bruxelles, Belgique",
          fields=["sciences politiques", "relations internationales", "économie"],
          contexts=["planification de défense",
                    "une administration nationale de défense ou d'une organisation internationale"],
          ctexts=CT, E=E, D=D, kw=dict(kv_sep=" : "),
          blocks=[("p", "ORGANISATION DU TRAITÉ DE L'ATLANTIQUE NORD"), ("p", "SECRÉTARIAT INTERNATIONAL"),
                  ("title", "AVIS DE VACANCE"),
                  ("kv", ("Intitulé du poste", "Administrateur/Administratrice (Planification de défense)")),
                  ("kv", ("Référence", "DPP 0127/2026")),
                  ("kv", ("Division", "Division Politique de défense et planification")),
                  ("kv", ("Lieu d'affectation", "Siège de l'OTAN, Bruxelles (Belgique)")),
                  ("kv", ("Grade", "A-2")),
                  ("kv", ("Habilitation de sécurité", "OTAN SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "15 janvier 2027")),
                  ("sep", None),
                  ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN"),
                  ("h", "1. RÉSUMÉ"),
                  ("p", "La Division Politique de défense et planification (DPP) est chargée des aspects de défense "
                        "de la transformation de l'OTAN. Le/La titulaire contribue à l'établissement des objectifs "
                        "capacitaires et à l'examen des plans de défense des pays membres."),
                  ("h", "2. QUALIFICATIONS ET EXPÉRIENCE"), ("p", "ESSENTIELLES"), ("p", "Le/La titulaire doit :"),
                  *lis(E),
                  ("p", "SOUHAITABLES"), ("p", "Les éléments suivants seraient un atout :"), *lis(D),
                  ("h", "3. RESPONSABILITÉS PRINCIPALES"),
                  ("p", "Analyser les plans nationaux de défense et rédiger les évaluations correspondantes. Apporter "
                        "un soutien aux réunions du Comité des politiques et plans de défense. Exécuter toute autre "
                        "tâche connexe qui lui est confiée."),
                  ("h", "4. LIAISONS"),
                  ("p", "Le/La titulaire relève du chef de la Section Planification de défense. Subordonnés directs : "
                        "néant."),
                  ("h", "5. COMPÉTENCES"), ("p", "Le/La titulaire doit faire preuve des compétences suivantes :"),
                  *comps_fr(CN, CT),
                  ("h", "6. CONTRAT"), ("p", CONTRAT_FR),
                  ("h", "7. PROCESSUS DE RECRUTEMENT"),
                  ("p", "Veuillez noter que seules les candidatures de ressortissants des pays membres de l'OTAN "
                        "peuvent être acceptées. Les candidatures doivent être soumises au moyen du système de "
                        "recrutement en ligne."),
                  ("p", SECURITE_FR)])
E = [
    "possess a university degree, preferably in political science, international relations or economics, or have "
    "attended a NATO Defense College or a national staff college;",
    "have at least five years' experience in defence planning, of which two in a national defence administration or "
    "an international organisation;",
    "have a good knowledge of the NATO Defence Planning Process (NDPP) and of the Alliance's structures;",
    "be able to draft quickly, clearly and concisely;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "I (\"Beginner\") in the other.",
]
D = [
    "experience in a military headquarters or in a national delegation to NATO;",
    "knowledge of quantitative methods of capability analysis;",
    "a master's degree in security studies.",
]
CN = ["Analytical Thinking", "Achievement", "Flexibility", "Impact and Influence", "Organisational Awareness",
      "Teamwork"]
CT = ["Sees multiple relationships", "Creates own measures of excellence and improves performance",
      "Adapts to unforeseen situations", "Takes multiple actions to persuade",
      "Understands organisational climate and culture", "Co-operates"]
EN = dict(title="Officer (Defence Planning)", org="Defence Policy and Planning Division", loc="Brussels, Belgium",
          fields=["political science", "international relations", "economics"],
          contexts=["defence planning", "a national defence administration or an international organisation"],
          ctexts=CT, E=E, D=D, kw={},
          blocks=[("p", "NORTH ATLANTIC TREATY ORGANIZATION"), ("p", "INTERNATIONAL STAFF"),
                  ("title", "VACANCY NOTICE"),
                  ("kv", ("Post title", "Officer (Defence Planning)")),
                  ("kv", ("Reference", "DPP 0127/2026")),
                  ("kv", ("Division", "Defence Policy and Planning Division")),
                  ("kv", ("Location", "NATO Headquarters, Brussels (Belgium)")),
                  ("kv", ("Grade", "A-2")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date for applications", "15 January 2027")),
                  ("sep", None),
                  ("p", "Open to nationals of NATO member countries only"),
                  ("h", "1. SUMMARY"),
                  ("p", "The Defence Policy and Planning Division (DPP) is responsible for the defence aspects of "
                        "NATO's transformation. The incumbent contributes to the setting of capability targets and "
                        "to the review of Allies' defence plans."),
                  ("h", "2. QUALIFICATIONS AND EXPERIENCE"), ("p", "ESSENTIAL"), ("p", "The incumbent must:"),
                  *lis(E),
                  ("p", "DESIRABLE"), ("p", "The following would be considered an advantage:"), *lis(D),
                  ("h", "3. MAIN ACCOUNTABILITIES"),
                  ("p", "Analyse national defence plans and draft the related assessments. Support the meetings of "
                        "the Defence Policy and Planning Committee. Perform any other related duty as assigned."),
                  ("h", "4. INTERRELATIONSHIPS"),
                  ("p", "The incumbent reports to the Head, Defence Planning Section. Direct reports: N/a."),
                  ("h", "5. COMPETENCIES"), ("p", "The incumbent must demonstrate:"), *comps_en(CN, CT),
                  ("h", "6. CONTRACT"), ("p", CONTRACT_EN),
                  ("h", "7. RECRUITMENT PROCESS"),
                  ("p", "Please note that we can only accept applications from nationals of NATO member countries. "
                        "Applications must be submitted using the e-recruitment system."),
                  ("p", SECURITY_EN)])
pair(60, "is-dpp-planification-defense", "txt", S, FR, EN)

# ============================================================== 61: IMS, HTML, A-3, I/V reversed, CTS in French
S = dict(grade="A-3", deadline="2027-01-29", level="university", required=True, alts=["equivalent_qualification"],
         years=[7, 3], lang=("one_high_other_low", "V", "I", [], []),
         comps=[("Analytical Thinking", 4), ("Conceptual Thinking", 3), ("Impact and Influence", 5),
                ("Initiative", 3), ("Teamwork", 4)],
         restricted=True, nations=[], clearance="COSMIC TOP SECRET")
E = [
    "être titulaire d'un diplôme universitaire en informatique, en ingénierie des systèmes d'information ou dans une "
    "discipline connexe, ou posséder un niveau de qualification équivalent (par exemple une formation militaire de "
    "haut niveau) ;",
    "justifier d'au moins sept années d'expérience dans le domaine de la cyberdéfense, dont trois dans un quartier "
    "général militaire national ou de l'OTAN ;",
    "avoir une connaissance approfondie des politiques de l'OTAN en matière de cyberdéfense et du cyberespace en tant "
    "que domaine d'opérations ;",
    "posséder au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : "
    "I\u00a0(«\u00a0Débutant\u00a0») dans l'une\u00a0; V\u00a0(«\u00a0Avancé\u00a0») dans l'autre.",
]
D = [
    "une expérience de la planification opérationnelle dans le cyberespace ;",
    "la connaissance du cadre juridique international applicable aux cyberopérations ;",
    "une certification professionnelle en sécurité de l'information (CISSP, CISM ou équivalent).",
]
CN = ["Réflexion analytique", "Pensée conceptuelle", "Impact et influence", "Initiative", "Travail en équipe"]
CT = ["effectue des analyses ou des plans complexes", "applique des concepts complexes",
      "exerce une influence indirecte", "fait preuve de décision dans les situations où le temps est compté",
      "sollicite les contributions et encourage les autres"]
FR = dict(title="Administrateur principal/Administratrice principale (Politique de cyberdéfense)",
          org="État-major militaire international", loc="Bruxelles, Belgique",
          fields=["informatique", "ingénierie des systèmes d'information"],
          contexts=["la cyberdéfense", "un quartier général militaire national ou de l'OTAN"],
          ctexts=CT, E=E, D=D,
          kw=dict(lang="fr", page_title="Avis de vacance – EMI – Politique de cyberdéfense",
                  chrome_top='<nav class="breadcrumb">Accueil &gt; Recrutement &gt; Offres d\'emploi &gt; EMI</nav>\n'
                             '<p class="meta">Publiée le 4 décembre 2026 · Réf. IMS 26/0412</p>',
                  chrome_bottom='<footer><a href="#">Postuler en ligne</a> · <a href="#">Mentions légales</a> · '
                                '© OTAN 2026</footer>'),
          blocks=[("title", "Administrateur principal/Administratrice principale (Politique de cyberdéfense)"),
                  ("kv", ("Organisme", "État-major militaire international (EMI)")),
                  ("kv", ("Lieu d'affectation", "Siège de l'OTAN, Bruxelles (Belgique)")),
                  ("kv", ("Grade", "A-3 / grade OTAN G17")),
                  ("kv", ("Habilitation de sécurité", "COSMIC TRÈS SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "29/01/2027")),
                  ("p", "Seuls les ressortissants des pays membres de l'OTAN peuvent faire acte de candidature."),
                  ("h", "Résumé"),
                  ("p", "L'État-major militaire international (EMI) est l'organe exécutif du Comité militaire. "
                        "Le/La titulaire conseille le Comité militaire sur les questions de politique de cyberdéfense "
                        "et coordonne les contributions des commandements stratégiques."),
                  ("h", "Qualifications et expérience essentielles"), ("p", "Le/La titulaire doit :"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"),
                  ("p", "Les éléments suivants seraient considérés comme un atout :"), *lis(D),
                  ("h", "Responsabilités principales"),
                  ("p", "Rédiger des avis militaires sur la cyberdéfense ; représenter l'EMI dans les groupes de "
                        "travail du Comité ; suivre l'évolution des menaces dans le cyberespace."),
                  ("h", "Compétences"), ("p", "Le/La titulaire doit faire preuve des compétences suivantes :"),
                  *comps_fr(CN, CT),
                  ("h", "Contrat"), ("p", CONTRAT_FR),
                  ("h", "Processus de recrutement"), ("p", SECURITE_FR)])
E = [
    "possess a university degree in computer science, information systems engineering or a related discipline, or an "
    "equivalent level of qualification (such as a high-level military education);",
    "have at least seven years' experience in cyber defence, including three in a national or NATO military "
    "headquarters;",
    "have a thorough knowledge of NATO's cyber defence policies and of cyberspace as a domain of operations;",
    "possess the following minimum levels of NATO's official languages (English/French): I (\u201cBeginner\u201d) in "
    "one; V (\u201cAdvanced\u201d) in the other.",
]
D = [
    "experience of operational planning in cyberspace;",
    "knowledge of the international legal framework applicable to cyber operations;",
    "a professional certification in information security (CISSP, CISM or equivalent).",
]
CN = ["Analytical Thinking", "Conceptual Thinking", "Impact and Influence", "Initiative", "Teamwork"]
CT = ["Makes complex plans or analyses", "Applies complex concepts", "Uses indirect influence",
      "Is decisive in a time-sensitive situation", "Solicits inputs and encourages others"]
EN = dict(title="Senior Officer (Cyber Defence Policy)", org="International Military Staff", loc="Brussels, Belgium",
          fields=["computer science", "information systems engineering"],
          contexts=["cyber defence", "a national or NATO military headquarters"],
          ctexts=CT, E=E, D=D,
          kw=dict(lang="en", page_title="Vacancy – IMS – Cyber Defence Policy",
                  chrome_top='<nav class="breadcrumb">Home &gt; Careers &gt; Vacancies &gt; IMS</nav>\n'
                             '<p class="meta">Published on 4 December 2026 · Ref. IMS 26/0412</p>',
                  chrome_bottom='<footer><a href="#">Apply online</a> · <a href="#">Legal notice</a> · '
                                '© NATO 2026</footer>'),
          blocks=[("title", "Senior Officer (Cyber Defence Policy)"),
                  ("kv", ("Organisation", "International Military Staff (IMS)")),
                  ("kv", ("Location", "NATO Headquarters, Brussels (Belgium)")),
                  ("kv", ("Grade", "A-3 / NATO Grade G17")),
                  ("kv", ("Security clearance", "COSMIC TOP SECRET")),
                  ("kv", ("Closing date for applications", "29 January 2027")),
                  ("p", "Only nationals of NATO member countries may apply."),
                  ("h", "Summary"),
                  ("p", "The International Military Staff (IMS) is the executive body of the Military Committee. The "
                        "incumbent advises the Military Committee on cyber defence policy matters and coordinates "
                        "the input of the Strategic Commands."),
                  ("h", "Essential qualifications and experience"), ("p", "The incumbent must:"), *lis(E),
                  ("h", "Desirable qualifications and experience"),
                  ("p", "The following would be considered an advantage:"), *lis(D),
                  ("h", "Main accountabilities"),
                  ("p", "Draft military advice on cyber defence; represent the IMS in Committee working groups; "
                        "follow the evolution of threats in cyberspace."),
                  ("h", "Competencies"), ("p", "The incumbent must demonstrate:"), *comps_en(CN, CT),
                  ("h", "Contract"), ("p", CONTRACT_EN),
                  ("h", "Recruitment process"), ("p", SECURITY_EN)])
pair(61, "ems-cyberdefense", "html", S, FR, EN)

# ============================================================== 62: NCIA, TXT, A-3, master required, PLS 3333, no competencies
S = dict(grade="A-3", deadline="2027-02-02", level="master", required=True, alts=["equivalent_experience"],
         years=[6, 2], lang=("none", None, None, [], ["3333"]), comps=[],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "Diplôme universitaire de niveau master en génie électrique, en informatique ou dans une discipline apparentée, "
    "ou expérience professionnelle équivalente.",
    "Au moins six ans d'expérience en sécurité des réseaux, dont deux ans dans la conception d'architectures de "
    "sécurité pour des réseaux classifiés.",
    "Expérience pratique des pare-feu de nouvelle génération, des systèmes de détection d'intrusion et des passerelles "
    "de sécurité transfrontalières.",
    "Anglais : profil linguistique standardisé (PLS) 3333 selon le STANAG 6001 (compréhension de l'oral, expression "
    "orale, compréhension de l'écrit, expression écrite).",
]
D = ["Certification CISSP ou équivalente.", "Connaissance du français (PLS 2222)."]
FR = dict(title="Ingénieur(e) principal(e) – Sécurité des réseaux",
          org="Agence OTAN d'information et de communication", loc="Mons, Belgique",
          fields=["génie électrique", "informatique"],
          contexts=["sécurité des réseaux", "la conception d'architectures de sécurité pour des réseaux classifiés"],
          ctexts=[], E=E, D=D, kw=dict(kv_sep=" : ", bullet="•"),
          blocks=[("p", "NCIA – Agence OTAN d'information et de communication"),
                  ("title", "Avis de vacance n° NCIA-26-318"),
                  ("kv", ("Intitulé du poste", "Ingénieur(e) principal(e) – Sécurité des réseaux")),
                  ("kv", ("Lieu", "Mons (Belgique)")),
                  ("kv", ("Grade", "A-3 (grade OTAN G17)")),
                  ("kv", ("Habilitation de sécurité requise", "NATO SECRET")),
                  ("kv", ("Date de clôture", "2 février 2027")),
                  ("h", "Contexte"),
                  ("p", "Le Centre OTAN de cybersécurité (NCSC) de la NCIA assure la protection des réseaux de "
                        "l'OTAN. Le/La titulaire conçoit et fait évoluer les architectures de sécurité des réseaux "
                        "classifiés de l'Alliance."),
                  ("h", "Fonctions principales"),
                  ("li", "Concevoir les architectures de sécurité des réseaux et en valider la mise en œuvre."),
                  ("li", "Conseiller les responsables de services sur la gestion des risques."),
                  ("h", "Qualifications essentielles"), *lis(E),
                  ("h", "Qualifications souhaitables"), *lis(D),
                  ("h", "Admissibilité"),
                  ("p", "Ce poste est ouvert uniquement aux ressortissants des pays membres de l'OTAN. " + SECURITE_FR)])
E = [
    "A university degree at Master level in electrical engineering, computer science or a related discipline, or "
    "equivalent professional experience.",
    "At least six years' experience in network security, including two years in designing security architectures for "
    "classified networks.",
    "Hands-on experience with next-generation firewalls, intrusion detection systems and cross-domain security "
    "gateways.",
    "English: Standardised Language Profile (SLP) 3333 in accordance with STANAG 6001 (listening, speaking, reading, "
    "writing).",
]
D = ["CISSP or equivalent certification.", "Knowledge of French (SLP 2222)."]
EN = dict(title="Senior Engineer – Network Security", org="NATO Communications and Information Agency",
          loc="Mons, Belgium", fields=["electrical engineering", "computer science"],
          contexts=["network security", "designing security architectures for classified networks"],
          ctexts=[], E=E, D=D, kw=dict(bullet="•"),
          blocks=[("p", "NCIA – NATO Communications and Information Agency"),
                  ("title", "Vacancy Notice No. NCIA-26-318"),
                  ("kv", ("Post title", "Senior Engineer – Network Security")),
                  ("kv", ("Location", "Mons (Belgium)")),
                  ("kv", ("Grade", "A-3 (NATO Grade G17)")),
                  ("kv", ("Security clearance required", "NATO SECRET")),
                  ("kv", ("Closing date", "2 February 2027")),
                  ("h", "Background"),
                  ("p", "The NATO Cyber Security Centre (NCSC) of the NCIA protects NATO's networks. The incumbent "
                        "designs and evolves the security architectures of the Alliance's classified networks."),
                  ("h", "Principal duties"),
                  ("li", "Design network security architectures and validate their implementation."),
                  ("li", "Advise service owners on risk management."),
                  ("h", "Essential qualifications"), *lis(E),
                  ("h", "Desirable qualifications"), *lis(D),
                  ("h", "Eligibility"),
                  ("p", "This post is open only to nationals of NATO member countries. " + SECURITY_EN)])
pair(62, "ncia-securite-reseaux", "txt", S, FR, EN)

# ============================================================== 63: NSPA, DOCX, A-2, required fields, each EN V / FR III
S = dict(grade="A-2", deadline="2027-01-31", level="university", required=True, alts=[],
         years=[5, 2], lang=("each", None, None, [("English", "V"), ("French", "III")], []),
         comps=[("Achievement", 3), ("Clarity and Accuracy", 3), ("Impact and Influence", 4), ("Teamwork", 3)],
         restricted=True, nations=[], clearance="NATO CONFIDENTIAL")
E = [
    "Être titulaire d'un diplôme universitaire en administration des affaires, en droit ou en gestion de la chaîne "
    "d'approvisionnement.",
    "Au moins cinq années d'expérience en achats publics, dont deux dans l'acquisition de matériel de défense.",
    "Connaissance approfondie des procédures d'appel d'offres international.",
    "Langues : anglais V (« Avancé ») ; français III (« Intermédiaire »).",
]
D = ["Expérience dans le domaine des munitions et des explosifs.", "Qualification CIPS ou équivalente."]
CN = ["Sens de l'accomplissement", "Clarté et précision", "Impact et influence", "Travail en équipe"]
CT = ["crée ses propres critères d'excellence", "vérifie son propre travail et celui des autres",
      "calcule l'impact de ses actions ou de ses paroles", "sollicite les contributions"]
FR = dict(title="Acheteur principal/Acheteuse principale (Munitions)",
          org="Agence OTAN de soutien et d'acquisition", loc="Capellen, Luxembourg",
          fields=["administration des affaires", "droit", "gestion de la chaîne d'approvisionnement"],
          contexts=["achats publics", "l'acquisition de matériel de défense"],
          ctexts=CT, E=E, D=D,
          kw=dict(header_text="NSPA – Avis de vacance – Réf. 26/NSPA/145",
                  footer_text="Agence OTAN de soutien et d'acquisition – 11, rue de la Gare, L-8325 Capellen"),
          blocks=[("title", "AVIS DE VACANCE"),
                  ("kv", ("Intitulé du poste", "Acheteur principal/Acheteuse principale (Munitions)")),
                  ("kv", ("Organisme", "Agence OTAN de soutien et d'acquisition (NSPA)")),
                  ("kv", ("Direction", "Direction des achats")),
                  ("kv", ("Lieu d'affectation", "Capellen (Luxembourg)")),
                  ("kv", ("Grade", "A.2")),
                  ("kv", ("Habilitation de sécurité", "OTAN CONFIDENTIEL")),
                  ("kv", ("Date limite de dépôt des candidatures", "31/01/2027")),
                  ("h", "Description du poste"),
                  ("p", "Le/La titulaire conduit des procédures d'achat complexes de munitions pour le compte des "
                        "pays clients de la NSPA, de l'expression du besoin à l'attribution du contrat."),
                  ("h", "Qualifications et expérience essentielles"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"), *lis(D),
                  ("h", "Compétences"), *comps_fr(CN, CT, end=".", last="."),
                  ("h", "Conditions d'admissibilité"),
                  ("p", "Les candidats doivent être ressortissants d'un pays membre de l'OTAN. " + SECURITE_FR)])
E = [
    "A university degree in business administration, law or supply chain management.",
    "At least five years' experience in public procurement, of which two in the acquisition of defence materiel.",
    "Thorough knowledge of international competitive bidding procedures.",
    "Languages: English V (\"Advanced\"); French III (\"Intermediate\").",
]
D = ["Experience in the field of ammunition and explosives.", "CIPS or equivalent qualification."]
CN = ["Achievement", "Clarity and Accuracy", "Impact and Influence", "Teamwork"]
CT = ["Creates own measures of excellence", "Checks own and others' work",
      "Calculates the impact of one's actions or words", "Solicits inputs"]
EN = dict(title="Senior Procurement Officer (Ammunition)", org="NATO Support and Procurement Agency",
          loc="Capellen, Luxembourg", fields=["business administration", "law", "supply chain management"],
          contexts=["public procurement", "the acquisition of defence materiel"],
          ctexts=CT, E=E, D=D,
          kw=dict(header_text="NSPA – Vacancy Notice – Ref. 26/NSPA/145",
                  footer_text="NATO Support and Procurement Agency – 11, rue de la Gare, L-8325 Capellen"),
          blocks=[("title", "VACANCY NOTICE"),
                  ("kv", ("Post title", "Senior Procurement Officer (Ammunition)")),
                  ("kv", ("Organisation", "NATO Support and Procurement Agency (NSPA)")),
                  ("kv", ("Directorate", "Procurement Directorate")),
                  ("kv", ("Location", "Capellen (Luxembourg)")),
                  ("kv", ("Grade", "A.2")),
                  ("kv", ("Security clearance", "NATO CONFIDENTIAL")),
                  ("kv", ("Closing date", "31 January 2027")),
                  ("h", "Post description"),
                  ("p", "The incumbent conducts complex ammunition procurements on behalf of NSPA customer nations, "
                        "from the statement of requirement to contract award."),
                  ("h", "Essential qualifications and experience"), *lis(E),
                  ("h", "Desirable qualifications and experience"), *lis(D),
                  ("h", "Competencies"), *comps_en(CN, CT, end=".", last="."),
                  ("h", "Eligibility"),
                  ("p", "Candidates must be nationals of a NATO member country. " + SECURITY_EN)])
pair(63, "nspa-achats-munitions", "docx", S, FR, EN)

# ============================================================== 64: SHAPE, PDF, A-3, PLS 3333, names with English in brackets
S = dict(grade="A-3", deadline="2027-02-19", level="university", required=True, alts=[],
         years=[8, 3], lang=("none", None, None, [], ["3333"]),
         comps=[("Analytical Thinking", 4), ("Clarity and Accuracy", 4), ("Leadership", 4), ("Initiative", 4)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "Diplôme universitaire en génie civil ou en architecture.",
    "Au moins huit années d'expérience en gestion de projets d'infrastructure, dont trois dans un quartier général "
    "militaire.",
    "Connaissance du Programme OTAN d'investissement au service de la sécurité (NSIP).",
    "Anglais : PLS 3333 (STANAG 6001).",
]
D = ["Français : PLS 2222.", "Titre d'ingénieur agréé ou qualification professionnelle équivalente."]
CN = ["Réflexion analytique", "Clarté et précision", "Leadership", "Initiative"]
CB = ["Analytical Thinking", "Clarity and Accuracy", "Leadership", "Initiative"]
CT = ["effectue des analyses ou des plans complexes", "contrôle et corrige les systèmes existants",
      "conduit l'équipe vers les résultats", "agit jusqu'à deux mois à l'avance"]
FR = dict(title="Ingénieur(e) infrastructure",
          org="Grand Quartier général des puissances alliées en Europe", loc="Mons, Belgique",
          fields=["génie civil", "architecture"],
          contexts=["gestion de projets d'infrastructure", "un quartier général militaire"],
          ctexts=CT, E=E, D=D,
          kw=dict(header_text="SHAPE – Description de poste civil – Ouvert uniquement aux ressortissants des pays "
                              "membres de l'OTAN",
                  footer_text="Page {p}"),
          blocks=[("title", "GRAND QUARTIER GÉNÉRAL DES PUISSANCES ALLIÉES EN EUROPE (SHAPE)"),
                  ("p", "Avis de vacance – poste civil"),
                  ("kv", ("Intitulé du poste", "Ingénieur(e) infrastructure")),
                  ("kv", ("Numéro de poste", "SHJ ENG 0210")),
                  ("kv", ("Lieu d'affectation", "SHAPE, Casteau, Mons (Belgique)")),
                  ("kv", ("Grade", "A-3 / Grade OTAN G17")),
                  ("kv", ("Habilitation de sécurité", "OTAN SECRET")),
                  ("kv", ("Date limite", "19 février 2027")),
                  ("h", "Attributions"),
                  ("p", "Au sein de la Division J-Ingénierie, le/la titulaire gère des projets d'infrastructure "
                        "financés par le NSIP, de la définition des besoins à la réception des travaux."),
                  ("h", "Qualifications et expérience essentielles"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"), *lis(D),
                  ("h", "Compétences"), *comps_fr(CN, CT, brackets=CB),
                  ("h", "Conditions"),
                  ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN. " + CONTRAT_FR),
                  ("p", SECURITE_FR)])
E = [
    "University degree in civil engineering or architecture.",
    "Minimum eight years' experience in infrastructure project management, including three in a military "
    "headquarters.",
    "Knowledge of the NATO Security Investment Programme (NSIP).",
    "English: SLP 3333 (STANAG 6001).",
]
D = ["French: SLP 2222.", "Chartered engineer status or an equivalent professional qualification."]
CN = ["Analytical Thinking", "Clarity and Accuracy", "Leadership", "Initiative"]
CT = ["Makes complex plans or analyses", "Monitors and corrects existing systems", "Leads the team to results",
      "Acts up to 2 months ahead"]
EN = dict(title="Infrastructure Engineer", org="Supreme Headquarters Allied Powers Europe", loc="Mons, Belgium",
          fields=["civil engineering", "architecture"],
          contexts=["infrastructure project management", "a military headquarters"],
          ctexts=CT, E=E, D=D,
          kw=dict(header_text="SHAPE – Civilian Post Description – Open to nationals of NATO member nations only",
                  footer_text="Page {p}"),
          blocks=[("title", "SUPREME HEADQUARTERS ALLIED POWERS EUROPE (SHAPE)"),
                  ("p", "Vacancy notice – civilian post"),
                  ("kv", ("Post title", "Infrastructure Engineer")),
                  ("kv", ("Post number", "SHJ ENG 0210")),
                  ("kv", ("Location", "SHAPE, Casteau, Mons (Belgium)")),
                  ("kv", ("Grade", "A-3 / NATO Grade G17")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date", "19 February 2027")),
                  ("h", "Duties"),
                  ("p", "Within the J-Engineering Division, the incumbent manages NSIP-funded infrastructure "
                        "projects, from the definition of requirements to the acceptance of works."),
                  ("h", "Essential qualifications and experience"), *lis(E),
                  ("h", "Desirable qualifications and experience"), *lis(D),
                  ("h", "Competencies"), *comps_en(CN, CT),
                  ("h", "Conditions"),
                  ("p", "Open to nationals of NATO member nations only. " + CONTRACT_EN),
                  ("p", SECURITY_EN)])
pair(64, "shape-ingenieur-infrastructure", "pdf", S, FR, EN)

# ============================================================== 65: JFC Brunssum, TXT, B-5, secondary, PLS 3322
S = dict(grade="B-5", deadline="2027-02-08", level="secondary", required=False, alts=[],
         years=[4], lang=("none", None, None, [], ["3322"]),
         comps=[("Clarity and Accuracy", 2), ("Customer Service Orientation", 2), ("Teamwork", 1)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "Avoir suivi un enseignement secondaire supérieur complet, complété par une formation professionnelle en "
    "comptabilité.",
    "Au moins quatre années d'expérience professionnelle en gestion budgétaire.",
    "Maîtrise des outils bureautiques, notamment des tableurs.",
    "Anglais : PLS 3322 (compréhension de l'oral 3, expression orale 3, compréhension de l'écrit 2, expression "
    "écrite 2).",
]
D = ["Connaissance du système financier de l'OTAN (SAP).", "Connaissance du néerlandais ou de l'allemand."]
CN = ["Clarté et précision", "Orientation service", "Travail en équipe"]
CT = ["vérifie son propre travail", "maintient une communication claire", "coopère"]
FR = dict(title="Assistant(e) budgétaire",
          org="Commandement de forces interarmées alliées de Brunssum", loc="Brunssum, Pays-Bas",
          fields=[], contexts=["gestion budgétaire"], ctexts=CT, E=E, D=D, kw=dict(kv_sep=" : ", bullet="*"),
          blocks=[("p", "COMMANDEMENT DE FORCES INTERARMÉES ALLIÉES DE BRUNSSUM (JFCBS)"),
                  ("title", "AVIS DE VACANCE D'EMPLOI CIVIL"),
                  ("kv", ("Intitulé du poste", "Assistant(e) budgétaire")),
                  ("kv", ("Numéro de poste", "JFCBS FIN 0040")),
                  ("kv", ("Grade", "B-5 (grade OTAN G12)")),
                  ("kv", ("Lieu d'affectation", "Brunssum (Pays-Bas)")),
                  ("kv", ("Habilitation de sécurité", "NATO SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "08/02/2027")),
                  ("kv", ("Admissibilité", "Seuls les ressortissants des nations membres de l'OTAN peuvent postuler.")),
                  ("h", "RÔLE DU POSTE"),
                  ("p", "Le/La titulaire prépare les engagements budgétaires de la Division J8 (Finances), "
                        "enregistre les dépenses et suit l'exécution du budget."),
                  ("h", "QUALIFICATIONS ESSENTIELLES"), *lis(E),
                  ("h", "QUALIFICATIONS SOUHAITABLES"), *lis(D),
                  ("h", "COMPÉTENCES COMPORTEMENTALES"), *comps_fr(CN, CT),
                  ("h", "REMARQUES"), ("p", CONTRAT_FR), ("p", SECURITE_FR)])
E = [
    "Completed higher secondary education, supplemented by vocational training in accounting.",
    "At least four years' professional experience in budget management.",
    "Proficiency in office software, in particular spreadsheets.",
    "English: SLP 3322 (Listening 3, Speaking 3, Reading 2, Writing 2).",
]
D = ["Knowledge of NATO's financial system (SAP).", "Knowledge of Dutch or German."]
CN = ["Clarity and Accuracy", "Customer Service Orientation", "Teamwork"]
CT = ["Checks own work", "Maintains clear communication", "Co-operates"]
EN = dict(title="Budget Assistant", org="Allied Joint Force Command Brunssum", loc="Brunssum, Netherlands",
          fields=[], contexts=["budget management"], ctexts=CT, E=E, D=D, kw=dict(bullet="*"),
          blocks=[("p", "ALLIED JOINT FORCE COMMAND BRUNSSUM (JFCBS)"),
                  ("title", "CIVILIAN VACANCY NOTICE"),
                  ("kv", ("Post title", "Budget Assistant")),
                  ("kv", ("Post number", "JFCBS FIN 0040")),
                  ("kv", ("Grade", "B-5 (NATO Grade G12)")),
                  ("kv", ("Location", "Brunssum (The Netherlands)")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date for applications", "8 February 2027")),
                  ("kv", ("Eligibility", "Only nationals of NATO member nations may apply.")),
                  ("h", "POST CONTEXT"),
                  ("p", "The incumbent prepares the budget commitments of the J8 (Finance) Division, records "
                        "expenditure and monitors budget execution."),
                  ("h", "ESSENTIAL QUALIFICATIONS"), *lis(E),
                  ("h", "DESIRABLE QUALIFICATIONS"), *lis(D),
                  ("h", "BEHAVIOURAL COMPETENCIES"), *comps_en(CN, CT),
                  ("h", "REMARKS"), ("p", CONTRACT_EN), ("p", SECURITY_EN)])
pair(65, "jfcbs-assistant-budgetaire", "txt", S, FR, EN)

# ============================================================== 66: JFC Naples, HTML, A-4, master in law, English V only
S = dict(grade="A-4", deadline="2027-03-01", level="master", required=True, alts=[],
         years=[10, 5], lang=("each", None, None, [("English", "V")], []),
         comps=[("Analytical Thinking", 5), ("Impact and Influence", 6), ("Organisational Awareness", 4),
                ("Self-Control", 3)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "Être titulaire d'un diplôme universitaire de niveau master en droit et être habilité(e) à exercer la profession "
    "d'avocat ou de juriste dans l'un des pays membres de l'OTAN.",
    "Justifier d'au moins dix années d'expérience professionnelle dans le domaine juridique, dont cinq en droit "
    "opérationnel ou en droit international humanitaire.",
    "Connaissance approfondie des accords sur le statut des forces (SOFA) et des accords de soutien de la nation hôte.",
    "Anglais : niveau V (« Avancé ») de l'OTAN.",
]
D = ["Connaissance de l'italien ou du français.", "Expérience au sein d'un quartier général déployé."]
CN = ["Réflexion analytique", "Impact et influence", "Connaissance de l'organisation", "Maîtrise de soi"]
CB = ["Analytical Thinking", "Impact and Influence", "Organisational Awareness", "Self-Control"]
CT = ["effectue des analyses ou des plans très complexes", "recourt à des stratégies d'influence complexes",
      "comprend les enjeux politiques de l'organisation", "gère efficacement le stress"]
FR = dict(title="Conseiller juridique/Conseillère juridique",
          org="Commandement de forces interarmées alliées de Naples", loc="Naples, Italie",
          fields=["droit"],
          contexts=["le domaine juridique", "droit opérationnel ou en droit international humanitaire"],
          ctexts=CT, E=E, D=D,
          kw=dict(lang="fr", page_title="Emplois OTAN – JFC Naples – Conseiller juridique",
                  chrome_top='<header><strong>Emplois OTAN</strong> · Rechercher · Mes alertes · Connexion</header>\n'
                             '<p class="meta">Mise à jour : 2 décembre 2026 · Vues : 412</p>',
                  chrome_bottom='<aside><h3>Offres similaires</h3><ul><li>Juriste adjoint(e) – Brunssum – '
                                'clôture 15/03/2027</li><li>Traducteur/Traductrice – Naples – clôture 20/03/2027</li>'
                                '</ul></aside>'),
          blocks=[("title", "Conseiller juridique/Conseillère juridique"),
                  ("kv", ("Organisme", "Commandement de forces interarmées alliées de Naples (JFC Naples)")),
                  ("kv", ("Lieu d'affectation", "Lago Patria, Naples (Italie)")),
                  ("kv", ("Grade", "A-4 (G20)")),
                  ("kv", ("Habilitation de sécurité", "OTAN SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "1er mars 2027, 23 h 59 (heure de Naples)")),
                  ("h", "Mission"),
                  ("p", "Le/La titulaire dirige le Bureau du conseiller juridique et conseille le commandant sur "
                        "toutes les questions de droit international et de droit opérationnel."),
                  ("h", "Qualifications et expérience essentielles"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"), *lis(D),
                  ("h", "Compétences"), *comps_fr(CN, CT, brackets=CB),
                  ("h", "Admissibilité et conditions"),
                  ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN."), ("p", CONTRAT_FR),
                  ("p", SECURITE_FR)])
E = [
    "Hold a university degree at Master level in law and be qualified to practise as a lawyer or legal counsel in a "
    "NATO member country.",
    "Have at least ten years' professional experience in the legal field, of which five in operational law or "
    "international humanitarian law.",
    "Thorough knowledge of status of forces agreements (SOFA) and host nation support agreements.",
    "English: NATO level V (\"Advanced\").",
]
D = ["Knowledge of Italian or French.", "Experience in a deployed headquarters."]
CN = ["Analytical Thinking", "Impact and Influence", "Organisational Awareness", "Self-Control"]
CT = ["Makes very complex plans or analyses", "Uses complex influence strategies",
      "Understands organisational politics", "Manages stress effectively"]
EN = dict(title="Legal Adviser", org="Allied Joint Force Command Naples", loc="Naples, Italy", fields=["law"],
          contexts=["the legal field", "operational law or international humanitarian law"],
          ctexts=CT, E=E, D=D,
          kw=dict(lang="en", page_title="NATO Jobs – JFC Naples – Legal Adviser",
                  chrome_top='<header><strong>NATO Jobs</strong> · Search · My alerts · Sign in</header>\n'
                             '<p class="meta">Updated: 2 December 2026 · Views: 412</p>',
                  chrome_bottom='<aside><h3>Similar jobs</h3><ul><li>Assistant Legal Adviser – Brunssum – '
                                'closing 15/03/2027</li><li>Translator – Naples – closing 20/03/2027</li>'
                                '</ul></aside>'),
          blocks=[("title", "Legal Adviser"),
                  ("kv", ("Organisation", "Allied Joint Force Command Naples (JFC Naples)")),
                  ("kv", ("Location", "Lago Patria, Naples (Italy)")),
                  ("kv", ("Grade", "A-4 (G20)")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date for applications", "1 March 2027, 23:59 (Naples time)")),
                  ("h", "Mission"),
                  ("p", "The incumbent heads the Office of the Legal Adviser and advises the Commander on all "
                        "matters of international and operational law."),
                  ("h", "Essential qualifications and experience"), *lis(E),
                  ("h", "Desirable qualifications and experience"), *lis(D),
                  ("h", "Competencies"), *comps_en(CN, CT),
                  ("h", "Eligibility and conditions"),
                  ("p", "Open to nationals of NATO member nations only."), ("p", CONTRACT_EN), ("p", SECURITY_EN)])
pair(66, "jfcnp-conseiller-juridique", "html", S, FR, EN)

# ============================================================== 67: NETMA, TXT, A-3, four named nations, equivalent experience
S = dict(grade="A-3", deadline="2027-02-27", level="university", required=True, alts=["equivalent_experience"],
         years=[6], lang=("each", None, None, [("English", "V")], []),
         comps=[("Achievement", 5), ("Clarity and Accuracy", 5), ("Teamwork", 5)],
         restricted=True, nations=["Germany", "Italy", "Spain", "United Kingdom"], clearance="NATO SECRET")
E = [
    "être titulaire d'un diplôme universitaire en droit, en économie ou en administration des affaires, ou justifier "
    "d'une expérience équivalente ;",
    "avoir au moins six années d'expérience dans la gestion de contrats industriels complexes ;",
    "avoir une connaissance pratique des procédures de contrôle des coûts et de fixation des prix ;",
    "posséder une connaissance de l'anglais correspondant au moins au niveau V (« Avancé »).",
]
D = ["une expérience des programmes aéronautiques multinationaux ;",
     "une connaissance de l'allemand, de l'espagnol ou de l'italien."]
CN = ["Sens de l'accomplissement", "Clarté et précision", "Travail en équipe"]
CT = ["se fixe des objectifs ambitieux", "élabore des systèmes", "constitue l'équipe et résout les conflits"]
FR = dict(title="Administrateur/Administratrice des contrats",
          org="Agence OTAN de gestion pour l'Eurofighter et le Tornado", loc="Unterschleißheim, Allemagne",
          fields=["droit", "économie", "administration des affaires"],
          contexts=["la gestion de contrats industriels complexes"], ctexts=CT, E=E, D=D, kw=dict(kv_sep=" : "),
          blocks=[("p", "AGENCE OTAN DE GESTION POUR L'EUROFIGHTER ET LE TORNADO (NETMA)"),
                  ("title", "Avis de vacance NETMA 03/27"),
                  ("kv", ("Poste", "Administrateur/Administratrice des contrats")),
                  ("kv", ("Division", "Contrats")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Lieu d'affectation", "Unterschleißheim, près de Munich (Allemagne)")),
                  ("kv", ("Date limite de dépôt des candidatures", "27 février 2027")),
                  ("p", "Ce poste est ouvert uniquement aux ressortissants des nations participantes de la NETMA : "
                        "Allemagne, Espagne, Italie et Royaume-Uni."),
                  ("h", "Tâches"),
                  ("p", "Le/La titulaire négocie et administre les contrats de soutien en service de l'Eurofighter "
                        "avec l'industrie et veille au respect des dispositions contractuelles."),
                  ("h", "Qualifications et expérience essentielles"), ("p", "Le/La candidat(e) doit :"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"), ("p", "Seraient un atout :"), *lis(D),
                  ("h", "Compétences"), *comps_fr(CN, CT),
                  ("h", "Habilitation de sécurité"),
                  ("p", "Le/La candidat(e) retenu(e) devra obtenir une habilitation de sécurité OTAN SECRET avant sa "
                        "prise de fonctions."),
                  ("h", "Contrat"), ("p", CONTRAT_FR)])
E = [
    "hold a university degree in law, economics or business administration, or have equivalent experience;",
    "have at least six years' experience in the management of complex industrial contracts;",
    "have a working knowledge of cost control and pricing procedures;",
    "have a knowledge of English at least at level V (\"Advanced\").",
]
D = ["experience of multinational aeronautical programmes;", "knowledge of German, Spanish or Italian."]
CN = ["Achievement", "Clarity and Accuracy", "Teamwork"]
CT = ["Sets challenging goals", "Develops systems", "Builds the team and resolves conflicts"]
EN = dict(title="Contracts Officer", org="NATO Eurofighter and Tornado Management Agency",
          loc="Unterschleißheim, Germany", fields=["law", "economics", "business administration"],
          contexts=["the management of complex industrial contracts"], ctexts=CT, E=E, D=D, kw={},
          blocks=[("p", "NATO EUROFIGHTER AND TORNADO MANAGEMENT AGENCY (NETMA)"),
                  ("title", "Vacancy Notice NETMA 03/27"),
                  ("kv", ("Post", "Contracts Officer")),
                  ("kv", ("Division", "Contracts")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Duty location", "Unterschleißheim, near Munich (Germany)")),
                  ("kv", ("Closing date for applications", "27 February 2027")),
                  ("p", "This post is open only to nationals of the NETMA participating nations: Germany, Italy, "
                        "Spain and the United Kingdom."),
                  ("h", "Tasks"),
                  ("p", "The incumbent negotiates and administers Eurofighter in-service support contracts with "
                        "industry and ensures compliance with the contractual provisions."),
                  ("h", "Essential qualifications and experience"), ("p", "The candidate must:"), *lis(E),
                  ("h", "Desirable qualifications and experience"),
                  ("p", "The following would be an advantage:"), *lis(D),
                  ("h", "Competencies"), *comps_en(CN, CT),
                  ("h", "Security clearance"),
                  ("p", "The successful candidate will be required to obtain a NATO SECRET security clearance before "
                        "taking up the post."),
                  ("h", "Contract"), ("p", CONTRACT_EN)])
pair(67, "netma-contrats", "txt", S, FR, EN)

# ============================================================== 68: NAHEMA, PDF, A-3, seven named nations, preferred fields
S = dict(grade="A-3", deadline="2027-03-12", level="university", required=False, alts=[],
         years=[5], lang=("each", None, None, [("English", "V"), ("French", "IV")], []),
         comps=[("Analytical Thinking", 3), ("Initiative", 2), ("Teamwork", 4)],
         restricted=True, nations=["Belgium", "France", "Germany", "Italy", "Netherlands", "Portugal", "Spain"],
         clearance="NATO SECRET")
E = [
    "Diplôme universitaire, de préférence en ingénierie ou en logistique.",
    "Au moins cinq ans d'expérience en soutien logistique intégré d'aéronefs militaires.",
    "Connaissance des normes S1000D et S3000L.",
    "Langues : anglais V (« Avancé ») et français IV (« Intermédiaire supérieur »).",
]
D = ["Expérience de la flotte NH90.", "Connaissance de l'allemand ou de l'italien."]
CN = ["Réflexion analytique", "Initiative", "Travail en équipe"]
CT = ["voit des relations multiples", "saisit les occasions ou traite les problèmes actuels",
      "sollicite les contributions et encourage les autres"]
FR = dict(title="Gestionnaire de soutien logistique (NH90)",
          org="Agence OTAN de gestion pour la conception, le développement, la production et la logistique de "
              "l'hélicoptère OTAN",
          loc="Aix-en-Provence, France", fields=["ingénierie", "logistique"],
          contexts=["soutien logistique intégré d'aéronefs militaires"], ctexts=CT, E=E, D=D,
          kw=dict(header_text="NAHEMA – Avis de vacance 27/004", footer_text="Page {p}"),
          blocks=[("title", "AVIS DE VACANCE"),
                  ("p", "Agence OTAN de gestion pour la conception, le développement, la production et la logistique "
                        "de l'hélicoptère OTAN (NAHEMA)"),
                  ("kv", ("Intitulé du poste", "Gestionnaire de soutien logistique (NH90)")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Lieu d'affectation", "Aix-en-Provence (France)")),
                  ("kv", ("Habilitation", "OTAN SECRET")),
                  ("kv", ("Date limite de dépôt", "12/03/2027")),
                  ("h", "Nationalité"),
                  ("p", "Ouvert uniquement aux ressortissants des nations participantes au programme NH90 : "
                        "Allemagne, Belgique, Espagne, France, Italie, Pays-Bas et Portugal."),
                  ("h", "Fonctions"),
                  ("p", "Le/La titulaire pilote les activités de soutien logistique intégré de la flotte NH90 et "
                        "coordonne les données techniques avec l'industriel."),
                  ("h", "Qualifications et expérience essentielles"), *lis(E),
                  ("h", "Qualifications et expérience souhaitables"), *lis(D),
                  ("h", "Compétences"), *comps_fr(CN, CT),
                  ("h", "Conditions d'emploi"), ("p", CONTRAT_FR), ("p", SECURITE_FR)])
E = [
    "University degree, preferably in engineering or logistics.",
    "At least five years' experience in integrated logistic support of military aircraft.",
    "Knowledge of the S1000D and S3000L standards.",
    "Languages: English V (\"Advanced\") and French IV (\"Upper Intermediate\").",
]
D = ["Experience of the NH90 fleet.", "Knowledge of German or Italian."]
CN = ["Analytical Thinking", "Initiative", "Teamwork"]
CT = ["Sees multiple relationships", "Addresses current opportunities or problems",
      "Solicits inputs and encourages others"]
EN = dict(title="Logistic Support Manager (NH90)",
          org="NATO Helicopter Design and Development Production and Logistics Management Agency",
          loc="Aix-en-Provence, France", fields=["engineering", "logistics"],
          contexts=["integrated logistic support of military aircraft"], ctexts=CT, E=E, D=D,
          kw=dict(header_text="NAHEMA – Vacancy Notice 27/004", footer_text="Page {p}"),
          blocks=[("title", "VACANCY NOTICE"),
                  ("p", "NATO Helicopter Design and Development Production and Logistics Management Agency (NAHEMA)"),
                  ("kv", ("Post title", "Logistic Support Manager (NH90)")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Duty station", "Aix-en-Provence (France)")),
                  ("kv", ("Clearance", "NATO SECRET")),
                  ("kv", ("Closing date", "12 March 2027")),
                  ("h", "Nationality"),
                  ("p", "Open only to nationals of the NH90 programme participating nations: Belgium, France, "
                        "Germany, Italy, the Netherlands, Portugal and Spain."),
                  ("h", "Duties"),
                  ("p", "The incumbent steers the integrated logistic support activities of the NH90 fleet and "
                        "coordinates technical data with industry."),
                  ("h", "Essential qualifications and experience"), *lis(E),
                  ("h", "Desirable qualifications and experience"), *lis(D),
                  ("h", "Competencies"), *comps_en(CN, CT),
                  ("h", "Conditions of employment"), ("p", CONTRACT_EN), ("p", SECURITY_EN)])
pair(68, "nahema-soutien-logistique", "pdf", S, FR, EN)

# ============================================================== 69: IS Executive Management, DOCX, B-4, secondary, IV/II
S = dict(grade="B-4", deadline="2027-01-22", level="secondary", required=False, alts=[],
         years=[3], lang=("one_high_other_low", "IV", "II", [], []),
         comps=[("Clarity and Accuracy", 2), ("Customer Service Orientation", 3), ("Empathy", 2),
                ("Flexibility", 2), ("Teamwork", 3)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "avoir suivi un enseignement général de bon niveau, au moins jusqu'au niveau secondaire supérieur ;",
    "avoir au moins trois années d'expérience dans un service des ressources humaines ;",
    "maîtriser les applications MS Office et les systèmes d'information RH ;",
    "avoir au minimum le niveau de compétence suivant dans les langues officielles de l'OTAN (anglais/français) : "
    "IV (« Intermédiaire supérieur ») dans l'une ; II (« Élémentaire ») dans l'autre.",
]
D = ["une expérience au sein d'une organisation internationale ;",
     "une formation complémentaire en gestion des ressources humaines."]
CN = ["Clarté et précision", "Orientation service", "Empathie", "Flexibilité", "Travail en équipe"]
CT = ["vérifie son propre travail", "assume personnellement la responsabilité de la correction des problèmes",
      "comprend à la fois le sens et les émotions", "applique les règles avec souplesse",
      "sollicite les contributions"]
FR = dict(title="Assistant(e) (Ressources humaines)", org="Direction exécutive", loc="Bruxelles, Belgique",
          fields=[], contexts=["un service des ressources humaines"], ctexts=CT, E=E, D=D,
          kw=dict(header_text="OTAN – Secrétariat international – Avis de vacance EM 0211/2026",
                  footer_text="Ouvert uniquement aux ressortissants des pays membres de l'OTAN"),
          blocks=[("title", "Assistant(e) (Ressources humaines)"),
                  ("kv", ("Division", "Direction exécutive")),
                  ("kv", ("Service", "Ressources humaines – Section Recrutement")),
                  ("kv", ("Lieu d'affectation", "Siège de l'OTAN, Bruxelles (Belgique)")),
                  ("kv", ("Grade", "B-4")),
                  ("kv", ("Habilitation de sécurité", "OTAN SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "22 janvier 2027")),
                  ("h", "1. Résumé"),
                  ("p", "Le/La titulaire apporte un soutien administratif aux campagnes de recrutement du "
                        "Secrétariat international : publication des avis, organisation des épreuves et suivi des "
                        "candidatures."),
                  ("h", "2. Qualifications et expérience"), ("p", "Essentielles – Le/La titulaire doit :"), *lis(E),
                  ("p", "Souhaitables – Les éléments suivants seraient un atout :"), *lis(D),
                  ("h", "3. Compétences"), ("p", "Le/La titulaire doit faire preuve des compétences suivantes :"),
                  *comps_fr(CN, CT),
                  ("h", "4. Processus de recrutement"),
                  ("p", "Veuillez noter que seules les candidatures de ressortissants des pays membres de l'OTAN "
                        "peuvent être acceptées."), ("p", SECURITE_FR)])
E = [
    "have a good general education at least to higher secondary level;",
    "have at least three years' experience in a human resources department;",
    "be proficient in MS Office applications and HR information systems;",
    "possess the following minimum levels of NATO's official languages (English/French): IV (\"Upper Intermediate\") "
    "in one; II (\"Elementary\") in the other.",
]
D = ["experience in an international organisation;", "additional training in human resources management."]
CN = ["Clarity and Accuracy", "Customer Service Orientation", "Empathy", "Flexibility", "Teamwork"]
CT = ["Checks own work", "Takes personal responsibility for correcting problems",
      "Understands both meaning and emotion", "Applies rules flexibly", "Solicits inputs"]
EN = dict(title="Assistant (Human Resources)", org="Executive Management", loc="Brussels, Belgium",
          fields=[], contexts=["a human resources department"], ctexts=CT, E=E, D=D,
          kw=dict(header_text="NATO – International Staff – Vacancy Notice EM 0211/2026",
                  footer_text="Open to nationals of NATO member countries only"),
          blocks=[("title", "Assistant (Human Resources)"),
                  ("kv", ("Division", "Executive Management")),
                  ("kv", ("Service", "Human Resources – Recruitment Section")),
                  ("kv", ("Location", "NATO Headquarters, Brussels (Belgium)")),
                  ("kv", ("Grade", "B-4")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date for applications", "22 January 2027")),
                  ("h", "1. Summary"),
                  ("p", "The incumbent provides administrative support to the International Staff recruitment "
                        "campaigns: publication of notices, organisation of tests and follow-up of applications."),
                  ("h", "2. Qualifications and experience"), ("p", "Essential – The incumbent must:"), *lis(E),
                  ("p", "Desirable – The following would be considered an advantage:"), *lis(D),
                  ("h", "3. Competencies"), ("p", "The incumbent must demonstrate:"), *comps_en(CN, CT),
                  ("h", "4. Recruitment process"),
                  ("p", "Please note that we can only accept applications from nationals of NATO member countries."),
                  ("p", SECURITY_EN)])
pair(69, "is-em-assistant-rh", "docx", S, FR, EN)

# ============================================================== 70: IS JISD, HTML, A-3, war college, V/III + Arabic IV, CTS
S = dict(grade="A-3", deadline="2027-02-05", level="university", required=True, alts=["military_staff_college"],
         years=[7, 3], lang=("one_high_other_low", "V", "III", [("Arabic", "IV")], []),
         comps=[("Analytical Thinking", 5), ("Conceptual Thinking", 4), ("Initiative", 3),
                ("Organisational Awareness", 3), ("Teamwork", 3)],
         restricted=True, nations=[], clearance="COSMIC TOP SECRET")
E = [
    "être titulaire d'un diplôme universitaire en relations internationales, en études de sécurité ou dans une "
    "discipline apparentée, ou être diplômé(e) d'une école de guerre ou d'un collège d'état-major ;",
    "avoir au moins sept années d'expérience en analyse du renseignement, dont trois dans un environnement "
    "multinational ;",
    "avoir une connaissance approfondie des groupes terroristes actifs dans la région Moyen-Orient et Afrique du "
    "Nord ;",
    "posséder au minimum les niveaux suivants dans les langues officielles de l'OTAN (anglais/français) : "
    "V (« Avancé ») dans l'une ; III (« Intermédiaire ») dans l'autre ;",
    "avoir une connaissance de l'arabe correspondant au moins au niveau IV (« Intermédiaire supérieur »).",
]
D = ["une expérience au sein d'un service de renseignement national ;",
     "un diplôme universitaire de niveau master dans un domaine pertinent."]
CN = ["Réflexion analytique", "Pensée conceptuelle", "Initiative", "Connaissance de l'organisation",
      "Travail en équipe"]
CT = ["effectue des analyses ou des plans très complexes", "clarifie des données ou des situations complexes",
      "fait preuve de décision dans les situations où le temps est compté",
      "comprend le climat et la culture de l'organisation", "sollicite les contributions"]
FR = dict(title="Analyste principal(e) (Terrorisme)", org="Division Renseignement et sécurité",
          loc="Bruxelles, Belgique", fields=["relations internationales", "études de sécurité"],
          contexts=["analyse du renseignement", "un environnement multinational"], ctexts=CT, E=E, D=D,
          kw=dict(lang="fr", page_title="OTAN – Avis de vacance – Analyste principal(e) (Terrorisme)",
                  chrome_top='<div class="lang">FR | <a href="#">EN</a></div>\n'
                             '<nav>OTAN &gt; Carrières &gt; Secrétariat international</nav>',
                  chrome_bottom='<footer>Dernière mise à jour : 3 décembre 2026</footer>'),
          blocks=[("title", "Analyste principal(e) (Terrorisme)"),
                  ("p", "Division Renseignement et sécurité (JISD) – Secrétariat international"),
                  ("kv", ("Lieu d'affectation", "Bruxelles (Belgique)")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Date limite de dépôt des candidatures",
                          "vendredi 5 février 2027 à minuit (heure de Bruxelles)")),
                  ("h", "1. Résumé"),
                  ("p", "La Division Renseignement et sécurité fournit au Conseil de l'Atlantique Nord et au Comité "
                        "militaire des évaluations stratégiques du renseignement. Le/La titulaire rédige des "
                        "évaluations sur la menace terroriste."),
                  ("h", "2. Qualifications et expérience"), ("p", "ESSENTIELLES"), ("p", "Le/La titulaire doit :"),
                  *lis(E),
                  ("p", "SOUHAITABLES"), ("p", "Les éléments suivants seraient un atout :"), *lis(D),
                  ("h", "3. Compétences"), ("p", "Le/La titulaire doit faire preuve des compétences suivantes :"),
                  *comps_fr(CN, CT),
                  ("h", "4. Processus de recrutement"),
                  ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN. Le/La candidat(e) "
                        "retenu(e) devra obtenir une habilitation de sécurité COSMIC TRÈS SECRET."),
                  ("p", SECURITE_FR)])
E = [
    "possess a university degree in international relations, security studies or a related discipline, or be a "
    "graduate of a war college or a staff college;",
    "have at least seven years' experience in intelligence analysis, of which three in a multinational environment;",
    "have an in-depth knowledge of terrorist groups active in the Middle East and North Africa region;",
    "possess the following minimum levels of NATO's official languages (English/French): V (\"Advanced\") in one; "
    "III (\"Intermediate\") in the other;",
    "possess a knowledge of Arabic at least at level IV (\"Upper Intermediate\").",
]
D = ["experience in a national intelligence service;", "a master's degree in a relevant field."]
CN = ["Analytical Thinking", "Conceptual Thinking", "Initiative", "Organisational Awareness", "Teamwork"]
CT = ["Makes very complex plans or analyses", "Clarifies complex data or situations",
      "Is decisive in a time-sensitive situation", "Understands organisational climate and culture",
      "Solicits inputs"]
EN = dict(title="Senior Analyst (Terrorism)", org="Joint Intelligence and Security Division",
          loc="Brussels, Belgium", fields=["international relations", "security studies"],
          contexts=["intelligence analysis", "a multinational environment"], ctexts=CT, E=E, D=D,
          kw=dict(lang="en", page_title="NATO – Vacancy – Senior Analyst (Terrorism)",
                  chrome_top='<div class="lang"><a href="#">FR</a> | EN</div>\n'
                             '<nav>NATO &gt; Careers &gt; International Staff</nav>',
                  chrome_bottom='<footer>Last updated: 3 December 2026</footer>'),
          blocks=[("title", "Senior Analyst (Terrorism)"),
                  ("p", "Joint Intelligence and Security Division (JISD) – International Staff"),
                  ("kv", ("Location", "Brussels (Belgium)")),
                  ("kv", ("Grade", "A-3")),
                  ("kv", ("Closing date for applications", "Friday, 5 February 2027 at midnight (Brussels time)")),
                  ("h", "1. Summary"),
                  ("p", "The Joint Intelligence and Security Division provides the North Atlantic Council and the "
                        "Military Committee with strategic intelligence assessments. The incumbent drafts "
                        "assessments of the terrorist threat."),
                  ("h", "2. Qualifications and experience"), ("p", "ESSENTIAL"), ("p", "The incumbent must:"),
                  *lis(E),
                  ("p", "DESIRABLE"), ("p", "The following would be considered an advantage:"), *lis(D),
                  ("h", "3. Competencies"), ("p", "The incumbent must demonstrate:"), *comps_en(CN, CT),
                  ("h", "4. Recruitment process"),
                  ("p", "Open to nationals of NATO member countries only. The successful candidate will be required "
                        "to obtain a COSMIC TOP SECRET security clearance."),
                  ("p", SECURITY_EN)])
pair(70, "is-jisd-analyste-terrorisme", "html", S, FR, EN)

# ============================================================== 71: IS IHC, TXT, A-2, master preferably in, "Connaissances linguistiques"
S = dict(grade="A-2", deadline="2027-03-15", level="master", required=False, alts=[],
         years=[3], lang=("one_high_other_low", "V", "I", [], []),
         comps=[("Change Leadership", 2), ("Conceptual Thinking", 5), ("Impact and Influence", 3),
                ("Initiative", 5), ("Teamwork", 2)],
         restricted=True, nations=[], clearance="NATO SECRET")
E = [
    "être titulaire d'un diplôme universitaire de niveau master, de préférence en sciences de l'ingénieur, en économie "
    "de l'innovation ou en politique technologique ;",
    "avoir au moins trois ans d'expérience en innovation technologique ou en capital-risque ;",
    "avoir une bonne connaissance de l'écosystème des jeunes entreprises de défense en Europe et en Amérique du Nord ;",
    "Connaissances linguistiques : V (« Avancé ») dans l'une des langues officielles de l'OTAN (anglais/français) ; "
    "I (« Débutant ») dans l'autre.",
]
D = ["une expérience de la gestion de programmes d'accélération ou d'incubation ;",
     "une connaissance de l'Accélérateur d'innovation de défense pour l'Atlantique Nord (DIANA)."]
CN = ["Conduite du changement", "Pensée conceptuelle", "Impact et influence", "Initiative", "Travail en équipe"]
CT = ["exprime une vision du changement", "crée de nouveaux concepts",
      "entreprend des actions multiples pour persuader", "agit de trois à douze mois à l'avance",
      "exprime des attentes positives à l'égard de l'équipe"]
FR = dict(title="Administrateur/Administratrice (Innovation)", org="Division Innovation, hybride et cyber",
          loc="Bruxelles, Belgique",
          fields=["sciences de l'ingénieur", "économie de l'innovation", "politique technologique"],
          contexts=["innovation technologique ou en capital-risque"], ctexts=CT, E=E, D=D,
          kw=dict(kv_sep=" : ",
                  pre="Objet : Avis de vacance IHC 0305/2026 – diffusion aux délégations\n"
                      "Date de diffusion : 1er décembre 2026\n\n"),
          blocks=[("title", "AVIS DE VACANCE – SECRÉTARIAT INTERNATIONAL DE L'OTAN"),
                  ("kv", ("Intitulé du poste", "Administrateur/Administratrice (Innovation)")),
                  ("kv", ("Division", "Division Innovation, hybride et cyber (IHC)")),
                  ("kv", ("Lieu d'affectation", "Bruxelles (Belgique)")),
                  ("kv", ("Grade", "A-2")),
                  ("kv", ("Habilitation de sécurité", "OTAN SECRET")),
                  ("kv", ("Date limite de dépôt des candidatures", "15 mars 2027")),
                  ("h", "1. RÉSUMÉ"),
                  ("p", "La Division Innovation, hybride et cyber fait progresser l'adoption des technologies "
                        "émergentes et de rupture au sein de l'Alliance. Le/La titulaire suit les programmes "
                        "d'innovation et entretient les relations avec les jeunes entreprises et les investisseurs."),
                  ("h", "2. QUALIFICATIONS ET EXPÉRIENCE"), ("p", "ESSENTIELLES"), ("p", "Le/La titulaire doit :"),
                  *lis(E),
                  ("p", "SOUHAITABLES"), ("p", "Les éléments suivants seraient un atout :"), *lis(D),
                  ("h", "3. COMPÉTENCES"), ("p", "Le/La titulaire doit faire preuve des compétences suivantes :"),
                  *comps_fr(CN, CT),
                  ("h", "4. PROCESSUS DE RECRUTEMENT"),
                  ("p", "Ouvert uniquement aux ressortissants des pays membres de l'OTAN."), ("p", CONTRAT_FR),
                  ("p", SECURITE_FR)])
E = [
    "hold a university degree at Master level, preferably in engineering sciences, innovation economics or technology "
    "policy;",
    "have at least three years' experience in technology innovation or venture capital;",
    "have a good knowledge of the defence start-up ecosystem in Europe and North America;",
    "Language skills: V (\"Advanced\") in one of NATO's official languages (English/French); I (\"Beginner\") in the "
    "other.",
]
D = ["experience in managing accelerator or incubation programmes;",
     "knowledge of the Defence Innovation Accelerator for the North Atlantic (DIANA)."]
CN = ["Change Leadership", "Conceptual Thinking", "Impact and Influence", "Initiative", "Teamwork"]
CT = ["Expresses vision for change", "Creates new concepts", "Takes multiple actions to persuade",
      "Acts 3-12 months ahead", "Expresses positive expectations of the team"]
EN = dict(title="Officer (Innovation)", org="Innovation, Hybrid and Cyber Division", loc="Brussels, Belgium",
          fields=["engineering sciences", "innovation economics", "technology policy"],
          contexts=["technology innovation or venture capital"], ctexts=CT, E=E, D=D,
          kw=dict(pre="Subject: Vacancy Notice IHC 0305/2026 – circulation to delegations\n"
                      "Date of circulation: 1 December 2026\n\n"),
          blocks=[("title", "VACANCY NOTICE – NATO INTERNATIONAL STAFF"),
                  ("kv", ("Post title", "Officer (Innovation)")),
                  ("kv", ("Division", "Innovation, Hybrid and Cyber Division (IHC)")),
                  ("kv", ("Location", "Brussels (Belgium)")),
                  ("kv", ("Grade", "A-2")),
                  ("kv", ("Security clearance", "NATO SECRET")),
                  ("kv", ("Closing date for applications", "15 March 2027")),
                  ("h", "1. SUMMARY"),
                  ("p", "The Innovation, Hybrid and Cyber Division advances the adoption of emerging and disruptive "
                        "technologies across the Alliance. The incumbent follows innovation programmes and maintains "
                        "relations with start-ups and investors."),
                  ("h", "2. QUALIFICATIONS AND EXPERIENCE"), ("p", "ESSENTIAL"), ("p", "The incumbent must:"),
                  *lis(E),
                  ("p", "DESIRABLE"), ("p", "The following would be considered an advantage:"), *lis(D),
                  ("h", "3. COMPETENCIES"), ("p", "The incumbent must demonstrate:"), *comps_en(CN, CT),
                  ("h", "4. RECRUITMENT PROCESS"),
                  ("p", "Open to nationals of NATO member countries only."), ("p", CONTRACT_EN), ("p", SECURITY_EN)])
pair(71, "is-ihc-innovation", "txt", S, FR, EN)


# ============================================================== build
def label_for(file, S, L):
    assert len(L["contexts"]) == len(S["years"]), file
    assert len(L["ctexts"]) == len(S["comps"]), file
    rule, high, low, reqs, stanag = S["lang"]
    return notice_label(
        file, L["title"], L["org"], L["loc"], S["grade"], S["deadline"],
        (S["level"], L["fields"], S["required"], S["alts"]),
        list(zip(S["years"], L["contexts"])),
        (rule, high, low, reqs, stanag),
        [(n, t, r) for (n, r), t in zip(S["comps"], L["ctexts"])],
        S["restricted"], S["nations"], S["clearance"], L["E"], L["D"])


def build():
    twins = {}
    for nn, slug, fmt, S, FR, EN in PAIRS:
        ff = f"fr{nn}-{slug}.{fmt}"
        fe = f"en{nn}-{slug}.{fmt}"
        for f, L in ((ff, FR), (fe, EN)):
            write(f, fmt, L["blocks"], **L["kw"])
            write_label(label_for(f, S, L))
        twins[ff] = fe
    return twins
