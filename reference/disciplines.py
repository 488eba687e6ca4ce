"""Fields of study as a recruiter reads them: one discipline under several names, and families of them.

A notice that asks for "a degree in computer science, information technology or a closely related
discipline" is met by a degree in computer engineering or informatics: the same discipline under
another name (``DISCIPLINES``). A degree of the same broad family (physics for an IT post) is only
plausibly related, which a person assesses (``FAMILIES``). Pure data and two look-ups, no database.

>>> close_disciplines("Computer Engineering") & close_disciplines("computer science")
frozenset({'computing'})
>>> close_disciplines("History")
frozenset()
"""

from __future__ import annotations

import re

# One discipline, several names (English, with the spellings CVs use). A field may belong to several.
DISCIPLINES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "computing": r"\bcomput|\binformati[ckq]|\binformation (?:technolog|system|science)|\bsoftware engineer|"
        r"\bict\b|\bit\b|\bcyber ?security|\bdata science|\binformática|\binformatyk",
        "electrical": r"\belectrical|\belectronic|\btelecom|\bcommunications? engineer|\bavionic|\bélectr|"
        r"\belektr|\belettr|\belectr[oó]nica|\baviónica|\bavionique",
        "political": r"\bpolitic|\bpolitique|\bpolitik|\bpolític|\bpolityk|\brelations internationales|"
        r"\binternational (?:relations|affairs|studies|security|politics)|"
        r"\b(?:security|strategic|war|defen[cs]e|peace(?: and conflict)?|conflict) studies|\bdiplomacy|"
        r"\bgovernment\b",
        "economics": r"\becon|\béconom|\bökonom|\bwirtschaft|\bfinanc|\bfinanz|\baccount|\bcomptab|"
        r"\bbusiness|\bcommerce|\bgestion\b|\bbetriebswirt|\bmanagement science",
        "public administration": r"\bpublic (?:administration|policy|management|affairs)|\bgovernment\b",
        "logistics": r"\blogisti|\blogístic|\bsupply chain|\btransport(?:ation)? management|\bpurchasing|"
        r"\bprocurement",
        "communication": r"\bcommunications?\b(?! engineer)|\bjournalism|\bmedia\b|"
        r"\bpublic relations|\bmarketing",
        # Law in the languages of member nations' degrees: droit, Rechtswissenschaft/Jura, derecho,
        # diritto/giurisprudenza, direito, prawo, rechten/rechtsgeleerdheid, hukuk.
        "law": r"\blaw\b|\blegal\b|\bjurisprud|\blaws\b|\bllb\b|\bllm\b|\bdroit\b|\brecht|\bjura\b|"
        r"\bderecho\b|\bdiritto\b|\bgiurisprud|\bdireito\b|\bprawo\b|\bhukuk",
        "human resources": r"\bhuman resource|\bpersonnel management|\bhrm\b|\borgani[sz]ational psycholog",
        "mechanical": r"\bmechanical|\baero(?:space|nautic)|\baircraft engineer",
        "physics": r"\bphysic|\bacoustic|\boceanograph|\bgeophysic",
        "mathematics": r"\bmathemat|\bstatistic|\boperations? research|\bapplied math",
        "education": r"\beducat|\bpedagog|\bteaching\b",
        "history": r"\bhistor|\bgeschichte|\bstoria\b",
    }.items()
}

# Families of disciplines: a field of one family is plausibly related to a required field of the same one.
FAMILIES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"engineer|comput|software|informati|electr|telecom|cyber|network|physics|mathemat|data|"
        r"systems|technolog|\bict\b|\bit\b",
        re.I,
    ),
    re.compile(r"econom|financ|account|audit|business|commerce|management|administration|statistic", re.I),
    re.compile(
        r"politic|international relations|law\b|legal|public administration|history|security|defen[cs]e|"
        r"strateg|war studies|diplomacy|government",
        re.I,
    ),
    re.compile(r"logistic|supply chain|transport|operations research|industrial", re.I),
    re.compile(r"educat|pedagog|training|teaching|learning", re.I),
    re.compile(r"human resources|psycholog|sociolog|organi[sz]ational", re.I),
    re.compile(r"communicat|journalism|media|public relations|linguistic|languages", re.I),
)


def close_disciplines(field: str) -> frozenset[str]:
    """The disciplines a field of study is a name of (empty when it names none of ``DISCIPLINES``)."""
    return frozenset(name for name, pattern in DISCIPLINES.items() if pattern.search(field))
