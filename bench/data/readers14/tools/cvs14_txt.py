"""TXT CVs of corpus 14 (t86-t91). Each builder writes its document; the label beside it is hand-written."""
import os
from common import CVS, cv_label, write_label, write_text

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


# ------------------------------------------------------------------ t86 Denmark: application e-mail, CV pasted below
# the letter, apostrophe dates "Jan'19 – Present", nationality only in the letter's prose
F = "cv_t86_dk_email_pastedcv_apostropheyears_lund.txt"


@doc(F, cv_label(F, "Mette Kjærgaard Lund", "mette.k.lund@example.dk", "+45 55 55 21 87", "Denmark",
                 [("master", "Economics", "University of Copenhagen", 2013),
                  ("bachelor", "Economics", "University of Copenhagen", 2011)],
                 False,
                 [("Senior Advisor, Budget and Controlling",
                   "Danish Ministry of Defence Acquisition and Logistics Organisation (DALO)", "2019-01", None),
                  ("Financial Controller", "Danish Defence Estates and Infrastructure Organisation", "2014-08",
                   "2018-12"),
                  ("Graduate Analyst", "Danske Bank", "2013-09", "2014-07")],
                 [("Danish", None, None), ("English", "V", None), ("German", "IV", None), ("French", None, None)],
                 [], ["SAP S/4HANA", "Power BI", "R", "Excel (Power Query)"]))
def t86(path):
    write_text(CVS, os.path.basename(path), """From: Mette Lund <mette.k.lund@example.dk>
To: recruitment@ncia.example.int
Date: Tue, 12 Jan 2027 21:14:05 +0100
Subject: Application - Budget Officer (vacancy 27/014) - CV in the mail body

Dear Recruitment Team,

I would like to apply for the post of Budget Officer. The upload on the portal failed twice with my PDF, so
I have pasted my CV below this letter; I hope that is acceptable. I am a Danish national and hold a national
security clearance at SECRET level.

Kind regards,
Mette

--------------------------- CV ---------------------------

METTE KJÆRGAARD LUND
Copenhagen | mette.k.lund@example.dk | +45 55 55 21 87

PROFILE
Public-finance economist, 12 years in defence budgeting, controlling and investment appraisal.

EXPERIENCE
Jan'19 – Present    Senior Advisor, Budget and Controlling
                    Danish Ministry of Defence Acquisition and Logistics Organisation (DALO)
                    - Multi-year budget of the land materiel programmes (DKK 4 bn)
                    - Danish member of a NATO common-funding working group (2022-2024)

Aug'14 – Dec'18     Financial Controller
                    Danish Defence Estates and Infrastructure Organisation
                    - Quarterly forecasts, NSIP pre-financing claims

Sep'13 – Jul'14     Graduate Analyst
                    Danske Bank

EDUCATION
'11 – '13           MSc in Economics (cand.polit.), University of Copenhagen, 2013
'08 – '11           BSc in Economics, University of Copenhagen, 2011

LANGUAGES
Danish (native) · English C1 · German B2 · French (basic)

IT
SAP S/4HANA, Power BI, R, Excel (Power Query)

References on request.
""")


# ------------------------------------------------------------------ t87 Bulgaria: CV wholly in Bulgarian Cyrillic, posts as
# labelled blocks (Период / Длъжност / Работодател), "03/2016 - 11/2019", "от 12/2019 г. досега"
F = "cv_t87_bg_balgarski_periodblocks_dosega_georgieva.txt"


@doc(F, cv_label(F, "Десислава Николова Георгиева", "d.georgieva@example.bg", "+359 88 555 3410", "Bulgaria",
                 [("master", "Международни отношения", "Софийски университет „Св. Климент Охридски“", 2010),
                  ("bachelor", "Политология", "Университет за национално и световно стопанство", 2008)],
                 False,
                 [("Държавен експерт", "Министерство на отбраната", "2019-12", None),
                  ("Старши експерт", "Министерство на външните работи", "2016-03", "2019-11"),
                  ("Младши експерт", "Държавна агенция „Национална сигурност“", "2010-09", "2016-02")],
                 [("English", "V", None), ("French", "IV", None), ("Russian", None, None)],
                 [], ["MS Office", "SharePoint", "ArcGIS"]))
def t87(path):
    write_text(CVS, os.path.basename(path), """АВТОБИОГРАФИЯ

Десислава Николова Георгиева
гр. София
Тел.: +359 88 555 3410
Ел. поща: d.georgieva@example.bg
Гражданство: българско
Дата на раждане: 14.05.1986

ПРОФЕСИОНАЛЕН ОПИТ

Период:       от 12/2019 г. досега
Длъжност:     Държавен експерт
Работодател:  Министерство на отбраната
Дейности:     дирекция „Отбранителна политика“; подготовка на позиции за заседания на
              Северноатлантическия съвет и Комитета за планиране на отбраната

Период:       03/2016 - 11/2019
Длъжност:     Старши експерт
Работодател:  Министерство на външните работи
Дейности:     дирекция „Политика за сигурност“, НАТО и ОССЕ

Период:       09/2010 - 02/2016
Длъжност:     Младши експерт
Работодател:  Държавна агенция „Национална сигурност“
Дейности:     анализ на открити източници

ОБРАЗОВАНИЕ

2008 - 2010   Магистър, специалност Международни отношения
              Софийски университет „Св. Климент Охридски“ (2010)
2004 - 2008   Бакалавър, специалност Политология
              Университет за национално и световно стопанство (2008)

ЕЗИЦИ

Майчин език: български
Английски език – C1
Френски език – B2
Руски език – A2

КОМПЮТЪРНИ УМЕНИЯ
MS Office, SharePoint, ArcGIS

Свидетелство за управление на МПС – категория B
""")


# ------------------------------------------------------------------ t88 Norway: CV in Norwegian Bokmål, education BEFORE
# experience, sentence-case headings, "fra 2014 og frem til i dag", honorary role not a post
F = "cv_t88_no_norsk_utdanningforst_fremtilidag_vik.txt"


@doc(F, cv_label(F, "Sindre Aasheim Vik", "sindre.vik@example.no", "+47 555 18 240", "Norway",
                 [("master", "statsvitenskap", "Universitetet i Oslo", 2012),
                  ("bachelor", "samfunnsøkonomi", "Universitetet i Bergen", 2009),
                  ("secondary", None, "Kongsberg videregående skole", 2006)],
                 False,
                 [("Seniorrådgiver", "Forsvarsmateriell", "2014-01", None),
                  ("Rådgiver", "Direktoratet for samfunnssikkerhet og beredskap (DSB)", "2012-08", "2013-12")],
                 [("Norwegian", None, None), ("English", "V", None), ("German", None, None)],
                 [], ["SAP", "MS Project", "Power BI"]))
def t88(path):
    write_text(CVS, os.path.basename(path), """Sindre Aasheim Vik
Lillestrøm
Telefon +47 555 18 240 - e-post sindre.vik@example.no
Statsborgerskap: norsk

Utdanning
  Master i statsvitenskap, Universitetet i Oslo (2010-2012)
  Bachelor i samfunnsøkonomi, Universitetet i Bergen (2006-2009)
  Studiespesialisering, Kongsberg videregående skole (2003-2006)

Arbeidserfaring
  Seniorrådgiver, Forsvarsmateriell
  fra 2014 og frem til i dag
  Kontraktsoppfølging og kostnadsanalyse i kapasitetsområde luft; norsk representant i en NSPA-brukergruppe.

  Rådgiver, Direktoratet for samfunnssikkerhet og beredskap (DSB)
  aug. 2012 - des. 2013
  Øvelsesplanlegging og evaluering.

Verv
  Styremedlem, Oslo Militære Samfund (2019-2022)

Språk
  norsk - morsmål; engelsk - flytende (C1); tysk - grunnleggende

Digitale ferdigheter
  SAP, MS Project, Power BI
""")


# ------------------------------------------------------------------ t89 United Kingdom: RAF officer's record as plain text,
# rank changes inside one post, "2018–" open end, ACSC
F = "cv_t89_uk_raf_record_rankchanges_openyear_pendry.txt"


@doc(F, cv_label(F, "Alistair James Pendry", "a.pendry@example.co.uk", "+44 20 5550 1934", "United Kingdom",
                 [("master", "Defence Studies", "King's College London", 2018),
                  ("bachelor", "Aerospace Engineering", "University of Bristol", 2008)],
                 True,
                 [("SO1 Air Plans", "Headquarters Air Command", "2018-01", None),
                  ("Flight Commander", "No. 1 (Fighter) Squadron", "2014-01", "2017-06"),
                  ("Pilot", "No. 6 Squadron", "2010-01", "2013-12")],
                 [("English", None, None), ("French", None, "3222")],
                 [], ["JTLS", "ICC", "MS Office"]))
def t89(path):
    write_text(CVS, os.path.basename(path), """WING COMMANDER ALISTAIR JAMES PENDRY RAF
British citizen | a.pendry@example.co.uk | +44 20 5550 1934 | High Wycombe, Bucks

RECORD OF APPOINTMENTS
=====================

2018–      SO1 Air Plans
           Headquarters Air Command
           Rank on appointment: Squadron Leader. Promoted Wing Commander 1 Jul 2020 in post.
           Lead planner for UK air contributions to NATO Air Policing and enhanced Forward Presence.

2017–2018  Advanced Command and Staff Course (ACSC 21), Defence Academy of the United Kingdom
           (full-time course; MA awarded by King's College London)

2014–2017  Flight Commander
           No. 1 (Fighter) Squadron
           Flight Lieutenant until Jan 2015, then Squadron Leader.
           Left the squadron June 2017 for ACSC.
           Baltic Air Policing detachment, Ämari, 2016 (4 months).

2010–2013  Pilot
           No. 6 Squadron
           Typhoon FGR4, QRA(North).

2008–2010  Flying training (Elementary, Basic Fast Jet, OCU).

EDUCATION
MA Defence Studies, King's College London, 2018
BEng (Hons) Aerospace Engineering, University of Bristol, 2008

LANGUAGES
English: mother tongue
French: STANAG 6001 SLP 3-2-2-2 (tested 2019)

SYSTEMS
JTLS, ICC, MS Office

Security clearance: DV (UK), NATO COSMIC TOP SECRET
""")


# ------------------------------------------------------------------ t90 Iceland: posts grouped under each employer with
# their own dates, "from 2014 until now" on the group, "citizenship: Icelandic"
F = "cv_t90_is_grouped_employer_untilnow_hallsdottir.txt"


@doc(F, cv_label(F, "Guðrún Hallsdóttir", "gudrun.hallsdottir@example.is", "+354 555 4821", "Iceland",
                 [("master", "International Relations", "University of Iceland", 2010),
                  ("bachelor", "Political Science", "University of Iceland", 2008)],
                 False,
                 [("Head of Section, Defence Operations", "Icelandic Coast Guard (Landhelgisgæslan)", "2020-03", None),
                  ("Operations Officer, Keflavík Control and Reporting Centre", "Icelandic Coast Guard (Landhelgisgæslan)",
                   "2014-01",
                   "2020-02"),
                  ("Desk Officer, Directorate for Defence", "Ministry for Foreign Affairs (Utanríkisráðuneytið)", "2011-01",
                   "2013-12")],
                 [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None),
                  ("Norwegian", None, None)],
                 [], ["ICC", "ArcGIS", "MS Office"]))
def t90(path):
    write_text(CVS, os.path.basename(path), """Guðrún Hallsdóttir
Reykjanesbær, Iceland
gudrun.hallsdottir@example.is  /  +354 555 4821
citizenship: Icelandic

Summary
Defence operations specialist with twelve years at the Iceland Air Defence System and in the foreign ministry.

Work history

ICELANDIC COAST GUARD (Landhelgisgæslan)                 from 2014 until now
  * Head of Section, Defence Operations                  March 2020 until now
      Host-nation support for NATO Air Policing rotations; Keflavík air base security zone.
  * Operations Officer, Keflavík Control and Reporting Centre     2014 to February 2020
      Surveillance picture, liaison with the CAOC Uedem.

MINISTRY FOR FOREIGN AFFAIRS (Utanríkisráðuneytið)      2011 to 2013
  * Desk Officer, Directorate for Defence                2011 to 2013
      Preparation of NATO ministerial meetings.

Education
  MA in International Relations, University of Iceland, 2010
  BA in Political Science, University of Iceland, 2008

Languages
  Icelandic - native
  English - fluent (C2)
  Danish - good (B2)
  Norwegian - understand well

Tools: ICC, ArcGIS, MS Office
""")


# ------------------------------------------------------------------ t91 Slovakia: CV in Slovak, one line per post
# "MM/YYYY – doteraz  funkcia, organizácia", CEFR + SLP on one language
F = "cv_t91_sk_slovensky_jedenriadok_doteraz_kovacik.txt"


@doc(F, cv_label(F, "Miroslav Kováčik", "m.kovacik@example.sk", "+421 905 555 714", "Slovakia",
                 [("master", "medzinárodné ekonomické vzťahy", "Ekonomická univerzita v Bratislave", 2012),
                  ("bachelor", "medzinárodné ekonomické vzťahy", "Ekonomická univerzita v Bratislave", 2010)],
                 False,
                 [("hlavný radca", "Ministerstvo obrany Slovenskej republiky", "2017-03", None),
                  ("odborný radca", "Úrad vlády Slovenskej republiky", "2012-09", "2017-02")],
                 [("English", "V", "3333"), ("German", "IV", None), ("French", None, None)],
                 [], ["MS Office", "SAP", "Python"]))
def t91(path):
    write_text(CVS, os.path.basename(path), """ŽIVOTOPIS

Ing. Miroslav Kováčik
Bratislava, Slovenská republika
mobil: +421 905 555 714   e-mail: m.kovacik@example.sk
Štátna príslušnosť: slovenská

PRACOVNÉ SKÚSENOSTI
03/2017 – doteraz     hlavný radca, Ministerstvo obrany Slovenskej republiky
                      (sekcia politiky obrany; rozpočet NATO, spoločné financovanie)
09/2012 – 02/2017     odborný radca, Úrad vlády Slovenskej republiky

VZDELANIE
2010 – 2012   Ing. – Ekonomická univerzita v Bratislave, Fakulta medzinárodných vzťahov,
              študijný odbor medzinárodné ekonomické vzťahy (2012)
2007 – 2010   Bc. – Ekonomická univerzita v Bratislave, študijný odbor medzinárodné ekonomické vzťahy (2010)

JAZYKOVÉ ZNALOSTI
anglický jazyk – C1 (STANAG 6001 SLP 3333)
nemecký jazyk – B2
francúzsky jazyk – A2

POČÍTAČOVÉ ZRUČNOSTI
MS Office, SAP, Python

Vodičský preukaz sk. B
""")


def build():
    out = []
    for file, fn, label in DOCS:
        fn(CVS + "/" + file)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
