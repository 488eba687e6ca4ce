"""The competency ladders in French: the names and rung statements as French NATO notices write them.

Same ladders and rung order as ``data.COMPETENCY_LADDERS`` (rung 1 first); each rung may have several
wordings (a notice translates freely: "Coopère" / "Collabore"). The parser (``vacancies.parsing.competencies``)
matches a French behavioural text against these, and a French competency name against ``COMPETENCY_NAMES_FR``,
so a French notice gives the same canonical name and rung as its English twin. Plain data: correct or add
wordings here.
"""

from __future__ import annotations

# French name (lower case) -> canonical (English) competency name.
COMPETENCY_NAMES_FR: dict[str, str] = {
    "réflexion analytique": "Analytical Thinking",
    "pensée analytique": "Analytical Thinking",
    "esprit d'analyse": "Analytical Thinking",
    "capacité d'analyse": "Analytical Thinking",
    "recherche de l'excellence": "Achievement",
    "sens de l'accomplissement": "Achievement",
    "esprit d'accomplissement": "Achievement",
    "volonté de réussir": "Achievement",
    "orientation résultats": "Achievement",
    "orientation vers les résultats": "Achievement",
    "réalisation": "Achievement",
    "accomplissement": "Achievement",
    "conduite du changement": "Change Leadership",
    "gestion du changement": "Change Leadership",
    "leadership du changement": "Change Leadership",
    "clarté et précision": "Clarity and Accuracy",
    "précision et clarté": "Clarity and Accuracy",
    "souci de l'ordre": "Clarity and Accuracy",
    "réflexion conceptuelle": "Conceptual Thinking",
    "pensée conceptuelle": "Conceptual Thinking",
    "flexibilité": "Flexibility",
    "souplesse": "Flexibility",
    "adaptabilité": "Flexibility",
    "impact et influence": "Impact and Influence",
    "influence et impact": "Impact and Influence",
    "initiative": "Initiative",
    "esprit d'initiative": "Initiative",
    "sens de l'initiative": "Initiative",
    "leadership": "Leadership",
    "direction d'équipe": "Leadership",
    "conduite d'équipe": "Leadership",
    "capacité à diriger": "Leadership",
    "connaissance de l'organisation": "Organisational Awareness",
    "compréhension de l'organisation": "Organisational Awareness",
    "sensibilité organisationnelle": "Organisational Awareness",
    "conscience organisationnelle": "Organisational Awareness",
    "sens de l'organisation": "Organisational Awareness",
    "travail en équipe": "Teamwork",
    "esprit d'équipe": "Teamwork",
    "travail d'équipe": "Teamwork",
    "travail en équipe et coopération": "Teamwork",
    "orientation service": "Customer Service Orientation",
    "sens du service": "Customer Service Orientation",
    "orientation client": "Customer Service Orientation",
    "orientation vers le service": "Customer Service Orientation",
    "orientation service client": "Customer Service Orientation",
    "développement des autres": "Developing Others",
    "développement des collaborateurs": "Developing Others",
    "développement d'autrui": "Developing Others",
    "empathie": "Empathy",
    "compréhension interpersonnelle": "Empathy",
    "engagement envers l'organisation": "Organisational Commitment",
    "engagement organisationnel": "Organisational Commitment",
    "loyauté envers l'organisation": "Organisational Commitment",
    "maîtrise de soi": "Self-Control",
    "contrôle de soi": "Self-Control",
    "sang-froid": "Self-Control",
}

# Canonical name -> one tuple of French wordings per rung, rung 1 first.
COMPETENCY_LADDERS_FR: dict[str, tuple[tuple[str, ...], ...]] = {
    "Analytical Thinking": (
        ("Décompose les problèmes", "Fractionne les problèmes"),
        ("Voit des relations de base", "Perçoit les relations de base", "Établit des liens simples"),
        ("Voit des relations multiples", "Perçoit des relations multiples", "Établit des liens multiples"),
        ("Élabore des plans ou des analyses complexes", "Établit des plans ou des analyses complexes"),
        (
            "Élabore des plans ou des analyses très complexes",
            "Établit des plans ou des analyses très complexes",
        ),
        ("Élabore des plans ou des analyses extrêmement complexes",),
    ),
    "Achievement": (
        ("Veut faire du bon travail", "Souhaite bien faire son travail"),
        (
            "S'efforce de respecter les normes fixées par d'autres",
            "Travaille pour satisfaire aux normes des autres",
        ),
        (
            "Crée ses propres critères d'excellence",
            "Définit ses propres critères d'excellence",
            "Fixe ses propres normes d'excellence",
        ),
        ("Améliore les résultats", "Améliore la performance", "Améliore les performances"),
        ("Fixe des objectifs ambitieux", "Se fixe des objectifs ambitieux", "Fixe des objectifs stimulants"),
        (
            "Procède à des analyses coûts-avantages",
            "Fait des analyses coûts-bénéfices",
            "Effectue des analyses coûts-avantages",
        ),
        ("Prend des risques entrepreneuriaux calculés", "Prend des risques calculés"),
    ),
    "Change Leadership": (
        ("Identifie les domaines à changer", "Définit les domaines où un changement s'impose"),
        ("Exprime une vision du changement", "Formule une vision du changement"),
        (
            "Veille à ce que les messages relatifs au changement soient entendus",
            "S'assure que les messages sur le changement sont entendus",
        ),
        ("Remet en question le statu quo", "Remet en cause le statu quo"),
        ("Renforce visiblement la vision du changement",),
        ("Gère la détresse liée au processus de changement", "Gère le désarroi pendant le changement"),
    ),
    "Clarity and Accuracy": (
        (
            "Recherche l'ordre et la clarté",
            "Œuvre pour l'ordre et la clarté",
            "Travaille à l'ordre et à la clarté",
        ),
        ("Vérifie son propre travail",),
        ("Vérifie son propre travail et celui des autres", "Vérifie son travail et celui des autres"),
        ("Surveille et corrige les systèmes existants", "Contrôle et corrige les systèmes existants"),
        ("Élabore des systèmes", "Met au point des systèmes", "Développe des systèmes"),
    ),
    "Conceptual Thinking": (
        ("Applique des règles de base", "Utilise des règles de base"),
        ("Reconnaît des schémas", "Voit des schémas", "Discerne des tendances"),
        ("Applique des concepts complexes",),
        (
            "Clarifie des données ou des situations complexes",
            "Éclaircit des données ou des situations complexes",
        ),
        ("Crée de nouveaux concepts", "Élabore de nouveaux concepts"),
    ),
    "Flexibility": (
        ("Voit les situations de manière objective", "Considère les situations objectivement"),
        ("Applique les règles avec souplesse", "Applique les règles de manière flexible"),
        ("S'adapte aux situations imprévues", "S'adapte à des situations imprévues"),
        ("Adapte sa stratégie", "Adapte la stratégie"),
        (
            "Procède à des adaptations organisationnelles",
            "Adapte l'organisation",
            "Opère des adaptations organisationnelles",
        ),
    ),
    "Impact and Influence": (
        (
            "Exprime une intention mais ne prend aucune mesure précise",
            "Affiche une intention sans agir concrètement",
        ),
        ("Prend une seule mesure pour persuader", "Entreprend une seule action pour persuader"),
        (
            "Prend plusieurs mesures pour persuader",
            "Entreprend plusieurs actions pour persuader",
            "Mène plusieurs actions pour convaincre",
        ),
        (
            "Calcule l'incidence de ses actes ou de ses paroles",
            "Mesure l'impact de ses actions ou de ses paroles",
            "Calcule l'impact de ses actions ou de ses propos",
        ),
        (
            "Exerce une influence indirecte",
            "Utilise une influence indirecte",
            "Recourt à l'influence indirecte",
        ),
        ("Utilise des stratégies d'influence complexes", "Recourt à des stratégies d'influence complexes"),
    ),
    "Initiative": (
        ("Fait preuve de persévérance", "Fait preuve de ténacité"),
        (
            "Saisit les occasions ou traite les problèmes actuels",
            "Traite les opportunités ou les problèmes actuels",
            "Aborde les possibilités ou les problèmes du moment",
        ),
        (
            "Fait preuve de décision dans une situation urgente",
            "Est décisif dans une situation urgente",
            "Sait trancher dans l'urgence",
            "Se montre décisif lorsque le temps presse",
        ),
        ("Anticipe jusqu'à deux mois à l'avance", "Agit jusqu'à 2 mois à l'avance"),
        ("Anticipe de 3 à 12 mois à l'avance", "Agit 3 à 12 mois à l'avance"),
        ("Anticipe plus d'un an à l'avance", "Agit plus d'un an à l'avance"),
    ),
    "Leadership": (
        ("Gère la logistique et tient les personnes informées", "Gère la logistique et informe les autres"),
        ("Agit pour rendre l'équipe efficace", "Œuvre à l'efficacité de l'équipe"),
        (
            "Veille à ce que l'équipe ait la possibilité de donner sa pleine mesure",
            "Donne à l'équipe la possibilité de réussir",
        ),
        ("Mène l'équipe vers les résultats", "Conduit l'équipe vers des résultats"),
        ("Communique une vision convaincante", "Transmet une vision mobilisatrice"),
    ),
    "Organisational Awareness": (
        ("Comprend la structure formelle",),
        ("Comprend la structure informelle",),
        (
            "Comprend le climat et la culture de l'organisation",
            "Comprend le climat et la culture organisationnels",
        ),
        (
            "Comprend les enjeux politiques de l'organisation",
            "Comprend la politique de l'organisation",
            "Comprend les jeux de pouvoir au sein de l'organisation",
        ),
        (
            "Comprend les problèmes sous-jacents de l'organisation",
            "Comprend les enjeux organisationnels sous-jacents",
        ),
    ),
    "Teamwork": (
        ("Coopère", "Collabore"),
        (
            "Exprime des attentes positives à l'égard de l'équipe",
            "Manifeste des attentes positives envers l'équipe",
        ),
        ("Sollicite les contributions", "Sollicite l'avis des autres", "Recueille les contributions"),
        ("Encourage les autres", "Encourage autrui"),
        (
            "Forge l'esprit d'équipe et résout les conflits",
            "Développe l'équipe et règle les conflits",
            "Consolide l'équipe et résout les conflits",
        ),
    ),
    "Customer Service Orientation": (
        ("Assure le suivi", "Effectue un suivi"),
        ("Maintient une communication claire", "Entretient une communication claire"),
        (
            "Assume personnellement la correction des problèmes",
            "Prend personnellement en charge la résolution des problèmes",
        ),
        ("Se rend entièrement disponible", "Se montre pleinement disponible"),
        ("Répond aux besoins sous-jacents", "Traite les besoins sous-jacents"),
        ("Agit en conseiller de confiance", "Agit comme un conseiller de confiance"),
    ),
    "Developing Others": (
        ("Exprime des attentes positives",),
        ("Donne des instructions détaillées",),
        ("Donne des explications et un soutien", "Explique ses raisons et apporte son soutien"),
        ("Donne un retour d'information précis", "Fournit des commentaires précis"),
        ("Organise un développement à plus long terme", "Prévoit un perfectionnement à long terme"),
    ),
    "Empathy": (
        ("Comprend le sens ou l'émotion",),
        ("Comprend à la fois le sens et l'émotion", "Comprend le sens et l'émotion"),
        ("Comprend les sens non exprimés", "Comprend ce qui n'est pas exprimé"),
        ("Comprend les problèmes sous-jacents",),
        ("Comprend des problèmes sous-jacents complexes",),
    ),
    "Organisational Commitment": (
        ("S'efforce de s'intégrer", "Fait un effort pour s'intégrer"),
        ("Fait preuve de loyauté", "Témoigne de sa loyauté"),
        ("Fait preuve d'engagement envers l'organisation", "Montre son attachement à l'organisation"),
        ("Fait des sacrifices", "Consent des sacrifices"),
        ("Prend des décisions impopulaires dans l'intérêt de l'organisation",),
    ),
    "Self-Control": (
        ("Reste calme", "Garde son calme", "Reste posé"),
        ("Réagit calmement", "Répond calmement"),
        ("Gère efficacement le stress", "Gère le stress de manière efficace"),
        ("Réagit de manière constructive", "Répond de façon constructive"),
        ("Calme les autres", "Apaise les autres"),
    ),
}
