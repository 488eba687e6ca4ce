"""Posts as a CV shows them: a holder who led people, a post on a headquarters' staff, in the titles and
words of member nations' languages. What an experience condition such as "3 years leading a team" or "2 years
in a staff post" is met by (``matching.criteria.CONTEXT_CONCEPTS``). Pure data, no database.
"""

from __future__ import annotations

import re

# Leading people as a notice asks for it ("with 2 years leading a team", "at managerial level", "in a
# supervisory role", "leadership of a team"), in English and French.
LEADERSHIP_ASKED = (
    r"lead(?:ing)? (?:an? |the )?(?:teams?|sections?|units?|branch(?:es)?|divisions?|groups?|staff|people|"
    r"personnel)|team lead\w*|(?:team|staff|people) (?:leadership|management)|leadership of (?:an? |the )?"
    r"(?:teams?|sections?|units?|staff|people)|(?:managerial|supervisory|leadership) (?:level|roles?|"
    r"positions?|posts?|capacit(?:y|ies)|responsibilit(?:y|ies)|experience|functions?)|line management|"
    r"(?:managing|management of|supervising|supervision of) (?:an? |the )?(?:teams?|staff|people|personnel|"
    r"sections?|units?)|supervis\w+|encadrement (?:d'une|d'[ée]quipe|du personnel)|direction d'(?:une|l') ?"
    r"[ée]quipe|(?:fonctions?|niveau|poste) d'encadrement"
)
# An entry that shows its holder leading people: a leader's title or a team led, in English and in member
# nations' languages ("Group Lead", "leads a group of eight", "Responsable d'équipe", "Referatsleiter",
# "Leder et team på 8", "Capo sezione", "Kierownik zespołu"). Whether the team was led long enough is the
# condition's months; a title alone ("Director") is evidence, as a recruiter reads it.
LEADERSHIP_SHOWN = re.compile(
    r"\b(?:team|group|section|unit|branch|cell|project|technical|tech|workstream|squad|shift|desk|office) "
    r"lead(?:er|ership)?\b|"
    r"\b(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?|manag(?:e|es|ed|ing)|runs?|ran|direct(?:s|ed|ing)?|"
    r"supervis(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|command(?:s|ed|ing)?) (?:a |an |the |my |our )?"
    r"(?:[\w-]+ ){0,2}(?:teams?|sections?|units?|groups?|cells?|branch(?:es)?|divisions?|departments?|offices?|"
    r"staff|people|personnel|employees|analysts|engineers|officers|specialists|scientists|workstreams?|"
    r"platoons?|compan(?:y|ies)|squadrons?|battalions?|crews?)\b|"
    r"head of|chief|supervis\w*|manag(?:er|ed|ing) (?:a |the )?(?:team|staff|section|unit)|"
    r"section head|branch head|department head|director|commander|commanding|line manag\w*|manager|"
    r"\d+ (?:direct )?reports|"
    # French, German, Dutch, Nordic, Italian, Spanish, Portuguese.
    r"chef(?:fe)?s? (?:d'[ée]quipe|de (?:section|bureau|service|division|groupe|projet|cellule|d[ée]partement|"
    r"branche|p[ôo]le|unit[ée]))|responsable (?:d'[ée]quipe|de l'[ée]quipe|d'unit[ée]|du (?:service|bureau|"
    r"p[ôo]le|groupe|d[ée]partement)|de (?:la )?(?:section|cellule|division|branche))|"
    r"direction d'(?:une|l') [ée]quipe|dirige\w* (?:une|l'|les) [ée]quipe|encadr\w*|"
    r"\w*leiter(?:in)?\b|leitung|leitet|f[üu]hrungskraft|vorgesetzte\w*|"
    r"teamleider|leidinggevend\w*|leidt|hoofd|"
    r"leder(?:e)? (?:et|av|for)\b|\w*leder\b|\w*sjef\b|\w*chef\b|ledare|esimies|johtaja|p[äa][äa]llikk[öo]|"
    r"capo\w*|responsabile|coordinatore|coordinatrice|direttore|direttrice|"
    r"jef[ea]s? de|jef[ea]\b|director[a]?|l[íi]der|chefe|coordenador[a]?|diretor[a]?|"
    # Polish, Czech, Slovak, Hungarian, Romanian, Turkish, Baltic, South Slavic, Greek, Bulgarian.
    r"kierowni\w*|szef\w*|naczelni\w*|dow[óo]dc\w*|dyrektor\w*|vedouc[íi]\w*|velitel\w*|veliteľ\w*|"
    r"vezet[őo]\w*|parancsnok\w*|[șşs]ef(?:ul|a)?\b|coordonator\w*|m[üu]d[üu]r\w*|[şs]efi?\b|"
    r"ba[şs]kan\w*|komutan\w*|ekip lideri|tak[ıi]m lideri|vadov\w*|vad[īi]t[āa]j\w*|juhataja|juht\b|"
    r"voditelj\w*|n[aá][čc]eln[ií]\w*|vodja|zapovjedni\w*|poveljni\w*|προϊστ[άα]μεν\w*|διευθυντ\w*|"
    r"διοικητ\w*|началник\w*|ръководител\w*",
    re.I,
)
# An entry that shows a post on a headquarters' staff: a staff officer or a staff branch (J3, G5, SO2), or a
# headquarters or command by name, in English and member nations' languages ("Stabsoffizier", "officier
# d'état-major", "Velitelství pozemních sil", "Comando Operativo di Vertice Interforze").
STAFF_POST_SHOWN = re.compile(
    r"\b(?:staff|so[123]|[jgsna][1-9](?:/[1-9])?|headquarters|hq|chief of staff|"
    r"[ée]tat[- ]major|stato maggiore|estado[- ]mayor|estado[- ]maior|\w*stab(?:s\w*|en\w*|\b)|\w*štáb\w*|"
    r"sztab\w*|kurmay\w*|vezérkar\w*|statul major|stožer\w*|štab\w*|generalštab\w*|"
    r"velitelstv\w*|veliteľstv\w*|dowództw\w*|kommando\w*|comando\w*|commandement\w*|mando\w*|"
    r"επιτελ\w*|αρχηγε[ίι]\w*|щаб\w*|штаб\w*|командван\w*)\b",
    re.I,
)
