"""TXT CVs of corpus 7 (t44-t49). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t44: Icelandic, dates at line ends in brackets,
# Icelandic month abbreviations, "í dag", stúdentspróf
F = "cv_t44_is_dates_lineend_icelandic_einarsdottir.txt"
add(F, """Sigrún Björk Einarsdóttir
Hringbraut 58, 101 Reykjavík, Iceland
sigrun.einarsdottir@example.is  ·  +354 862 5510
Ríkisfang / Nationality: íslenskt (Icelandic)

Security and defence policy officer with ten years in Iceland's foreign service and coast guard. Worked on
Iceland's contribution to NATO air policing and on the Keflavík host-nation support arrangements.

STARFSREYNSLA / EXPERIENCE

Security and Defence Policy Officer — Ministry for Foreign Affairs of Iceland (Utanríkisráðuneytið)   (jan. 2019 – í dag)
  Iceland's desk officer for NATO defence planning; drafts national positions for the Defence Policy and
  Planning Committee; coordinates with the Icelandic Coast Guard on host-nation support.

Analyst — Icelandic Coast Guard (Landhelgisgæslan)   (sept. 2014 – des. 2018)
  Maritime surveillance analysis for the Iceland Air Defence System; liaison with allied maritime patrol
  detachments at Keflavík.

Research Assistant — Institute of International Affairs (Alþjóðamálastofnun)   (jún. 2011 – ág. 2014)
  Small-state security research; organised the annual Arctic security seminar.

MENNTUN / EDUCATION

MA in International Relations — University of Iceland (Háskóli Íslands)   (2014)
BA in Political Science — University of Iceland (Háskóli Íslands)   (2011)
Stúdentspróf (matriculation examination) — Menntaskólinn í Reykjavík   (2008)

TUNGUMÁL / LANGUAGES
Icelandic: native · English: C2 · Danish: B2 · Norwegian: good · French: basic

SKILLS
policy drafting; Arctic security; maritime surveillance data analysis; MS Office; Power BI

Interests: mountain running, choir singing.
""", cv_label(
    F, "Sigrún Björk Einarsdóttir", "sigrun.einarsdottir@example.is", "+354 862 5510", "Iceland",
    [("master", "International Relations", "University of Iceland (Háskóli Íslands)", 2014),
     ("bachelor", "Political Science", "University of Iceland (Háskóli Íslands)", 2011),
     ("secondary", None, "Menntaskólinn í Reykjavík", 2008)],
    False,
    [("Security and Defence Policy Officer", "Ministry for Foreign Affairs of Iceland (Utanríkisráðuneytið)",
      "2019-01", None),
     ("Analyst", "Icelandic Coast Guard (Landhelgisgæslan)", "2014-09", "2018-12"),
     ("Research Assistant", "Institute of International Affairs (Alþjóðamálastofnun)", "2011-06", "2014-08")],
    [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None), ("Norwegian", None, None),
     ("French", None, None)],
    [],
    ["policy drafting", "Arctic security", "maritime surveillance data analysis", "MS Office", "Power BI"]))


# ------------------------------------------------------------------ t45: Swedish CV in Swedish, "pågående",
# civilingenjörsexamen, "KUNSKAPER"
F = "cv_t45_se_svenska_pagaende_sjoberg.txt"
add(F, """CURRICULUM VITAE

Elin Sjöberg
Systemarkitekt
Sveavägen 112, 113 50 Stockholm
Telefon: 070-555 43 21
E-post: elin.sjoberg@example.se
Född: 1986
Medborgarskap: svenskt

PROFIL
Systemarkitekt med tolv års erfarenhet av ledningssystem för Försvarsmakten och av internationella
samarbetsprojekt inom NATO och EU (bl.a. Federated Mission Networking).

ANSTÄLLNINGAR

aug 2020 – pågående
Systemarkitekt, Försvarets materielverk (FMV)
Ansvarig arkitekt för ledningssystemprojekt; svensk representant i en arbetsgrupp inom NATO C3 Board.

jan 2016 – jul 2020
Utvecklingsingenjör, Saab AB, Järfälla
Utveckling av programvara för stridsledningssystem; teknisk kontaktperson mot kund.

sep 2012 – dec 2015
Konsult, Combitech AB
Systemintegration och verifiering i försvars- och säkerhetsprojekt.

UTBILDNING

2012  Civilingenjörsexamen i datateknik, Kungliga Tekniska högskolan (KTH)
2005  Gymnasieexamen, naturvetenskapsprogrammet, Norra Real

Kurser: TOGAF 9 certifiering (2018); Försvarsmaktens grundläggande säkerhetsskyddsutbildning (2020).

SPRÅK
svenska – modersmål
engelska – C1
tyska – B2
finska – grundläggande

KUNSKAPER
Java, Kubernetes, TOGAF, SysML, Linux

ÖVRIGT
Körkort B. Referenser lämnas på begäran.
""", cv_label(
    F, "Elin Sjöberg", "elin.sjoberg@example.se", "070-555 43 21", "Sweden",
    [("master", "datateknik", "Kungliga Tekniska högskolan (KTH)", 2012),
     ("secondary", None, "Norra Real", 2005)],
    False,
    [("Systemarkitekt", "Försvarets materielverk (FMV)", "2020-08", None),
     ("Utvecklingsingenjör", "Saab AB", "2016-01", "2020-07"),
     ("Konsult", "Combitech AB", "2012-09", "2015-12")],
    [("Swedish", None, None), ("English", "V", None), ("German", "IV", None), ("Finnish", None, None)],
    [],
    ["Java", "Kubernetes", "TOGAF", "SysML", "Linux"]))


# ------------------------------------------------------------------ t46: Estonian developer, Markdown CV (README-like)
F = "cv_t46_ee_markdown_readme_oja.txt"
add(F, """# Kristjan Oja

**Cyber Security Engineer** · Tallinn, Estonia
📧 kristjan.oja@example.ee · ☎ +372 5123 4477 · Citizenship: Estonian
[GitHub](https://github.example/koja) · [Blog](https://koja.example.ee)

> Blue-team engineer who has run national incident response for NATO's Locked Shields exercise three times.

---

## Experience

### Senior Security Engineer · Estonian Information System Authority (RIA)
*2021-03 → now* — Tallinn

- Leads detection engineering for the national CERT (CERT-EE); Locked Shields blue team lead 2022–2024.
- Built the Suricata/Splunk pipeline used by 40+ state agencies.

### Security Analyst · [Swedbank AS](https://swedbank.example)
*2017-06 → 2021-02* — Tallinn

- SOC tier 2/3 analyst; phishing and fraud investigations.

### Junior Developer · [Nortal AS](https://nortal.example)
*2014-09 → 2017-05*

- Back-end development for e-government services (X-Road).

## Education

- **MSc, Cyber Security** — Tallinn University of Technology (TalTech), 2016
- **BSc, Informatics** — University of Tartu, 2014

## Languages

| Language | Level |
|----------|-------|
| Estonian | native |
| English  | C1 |
| Russian  | B2 |
| Finnish  | basic |

## NATO competencies

- **Analytical Thinking** – makes complex analyses of incident data across many sensors
- **Initiative** – acts ahead: built the agencies' log pipeline before it was requested

## Skills

`Python` `Splunk` `Suricata` `Ghidra` `Terraform`

## Certifications

- OSCP (2019)
- GIAC GCIH (2021)
""", cv_label(
    F, "Kristjan Oja", "kristjan.oja@example.ee", "+372 5123 4477", "Estonia",
    [("master", "Cyber Security", "Tallinn University of Technology (TalTech)", 2016),
     ("bachelor", "Informatics", "University of Tartu", 2014)],
    False,
    [("Senior Security Engineer", "Estonian Information System Authority (RIA)", "2021-03", None),
     ("Security Analyst", "Swedbank AS", "2017-06", "2021-02"),
     ("Junior Developer", "Nortal AS", "2014-09", "2017-05")],
    [("Estonian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Finnish", None, None)],
    ["Analytical Thinking", "Initiative"],
    ["Python", "Splunk", "Suricata", "Ghidra", "Terraform"]))


# ------------------------------------------------------------------ t47: Danish CV in Danish, everything oldest first
F = "cv_t47_dk_dansk_oldestfirst_rasmussen.txt"
add(F, """CV – Mette Holm Rasmussen

Adresse: Østerbrogade 74, 3. th., 2100 København Ø
Mobil: +45 28 55 41 90
E-mail: mette.h.rasmussen@example.dk
Født: 14. marts 1987
Statsborgerskab: dansk

UDDANNELSE (kronologisk)
2006        Student (stx), Aarhus Katedralskole
2010        Bachelor (BSc) i statskundskab, Aarhus Universitet
2012        Kandidat (cand.scient.pol.) i statskundskab, Aarhus Universitet

ERHVERVSERFARING (kronologisk)
09/2012 – 07/2015   Fuldmægtig, Forsvarsministeriet
                    Sagsbehandling om internationale operationer og forsvarsforlig.
08/2015 – 12/2019   Specialkonsulent, Forsvarsministeriets Materiel- og Indkøbsstyrelse (FMI)
                    Kontraktstyring og internationale materielsamarbejder (bl.a. NSPA).
01/2020 – nu        Chefkonsulent, Udenrigsministeriet, Sikkerhedspolitisk kontor
                    Dansk repræsentant i NATO-udvalg om forsvarsplanlægning; forberedelse af ministermøder.

SPROG
Dansk: modersmål. Engelsk: C1. Fransk: B2. Tysk: læse/forstå.

IT-KOMPETENCER
Excel (avanceret), SAP, Workzone, Power BI

FRITID
Roning og frivillig i Dansk Flygtningehjælp.
""", cv_label(
    F, "Mette Holm Rasmussen", "mette.h.rasmussen@example.dk", "+45 28 55 41 90", "Denmark",
    [("secondary", None, "Aarhus Katedralskole", 2006),
     ("bachelor", "statskundskab", "Aarhus Universitet", 2010),
     ("master", "statskundskab", "Aarhus Universitet", 2012)],
    False,
    [("Fuldmægtig", "Forsvarsministeriet", "2012-09", "2015-07"),
     ("Specialkonsulent", "Forsvarsministeriets Materiel- og Indkøbsstyrelse (FMI)", "2015-08", "2019-12"),
     ("Chefkonsulent", "Udenrigsministeriet", "2020-01", None)],
    [("Danish", None, None), ("English", "V", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["Excel (avanceret)", "SAP", "Workzone", "Power BI"]))


# ------------------------------------------------------------------ t48: British, LinkedIn *web page* copied as text
F = "cv_t48_uk_linkedin_webcopy_pemberton.txt"
add(F, """Skip to main content
LinkedIn
Home  My Network  Jobs  Messaging  Notifications

Oliver Pemberton  · 2nd
Defence Logistics | Supply Chain Assurance | Ex-Royal Logistic Corps
Bristol, England, United Kingdom · Contact info
500+ connections

Contact info
Email
oliver.pemberton@example.co.uk
Phone
+44 7700 900431 (Mobile)

Message  Follow  More

About
Former Army logistician, now leading supply chain assurance for the UK's defence equipment programmes. British
national; DV cleared. Interested in NATO logistics roles in Mons, Brunssum or Capellen.

Activity
Oliver reposted this • 2w
NSPA is hiring! Procurement Officer, NATO Grade G15 ...show more

Experience
Head of Supply Chain Assurance
Defence Equipment & Support (DE&S) · Full-time
Apr 2021 - Present · 5 yrs 9 mos
Bristol, England, United Kingdom · On-site
Assurance of spares and sustainment contracts for land equipment. …see more

British Army
Full-time · 8 yrs 7 mos
Staff Officer Grade 2 (SO2) Logistics Plans
Apr 2018 - Mar 2021 · 3 yrs
Andover, England, United Kingdom
Troop Commander
Sep 2012 - Mar 2018 · 5 yrs 7 mos
Gütersloh, North Rhine-Westphalia, Germany

Show all 4 experiences →

Education
University of Warwick
Master of Science - MSc, Supply Chain Management
2015 - 2017
Loughborough University
Bachelor of Science - BSc, Economics
2008 - 2011

Licenses & certifications
Chartered Member (MCILT)
The Chartered Institute of Logistics and Transport
Issued Jun 2019

Skills
Logistics Management
Endorsed by 12 colleagues
Supply Chain Management
NATO Logistics
Contract Management

Languages
English
Native or bilingual proficiency
German
Professional working proficiency

People also viewed
Harriet Cole · 2nd
Commercial Manager at DE&S
""", cv_label(
    F, "Oliver Pemberton", "oliver.pemberton@example.co.uk", "+44 7700 900431", "United Kingdom",
    [("master", "Supply Chain Management", "University of Warwick", 2017),
     ("bachelor", "Economics", "Loughborough University", 2011)],
    False,
    [("Head of Supply Chain Assurance", "Defence Equipment & Support (DE&S)", "2021-04", None),
     ("Staff Officer Grade 2 (SO2) Logistics Plans", "British Army", "2018-04", "2021-03"),
     ("Troop Commander", "British Army", "2012-09", "2018-03")],
    [("English", None, None), ("German", None, None)],
    [],
    ["Logistics Management", "Supply Chain Management", "NATO Logistics", "Contract Management"]))


# ------------------------------------------------------------------ t49: Czech CV in Czech, Czech month names, "dosud"
F = "cv_t49_cz_cesky_mesice_svobodova.txt"
add(F, """ŽIVOTOPIS

Jméno a příjmení: Ing. Petra Svobodová
Adresa: Korunní 88, 120 00 Praha 2
Telefon: +420 737 555 214
E-mail: petra.svobodova@example.cz
Datum narození: 3. 5. 1988
Státní občanství: české

PRACOVNÍ ZKUŠENOSTI

září 2019 – dosud
Referentka pro obranné plánování – Ministerstvo obrany ČR
Příprava podkladů pro proces obranného plánování NATO (NDPP), koordinace s Generálním štábem AČR.

říjen 2014 – srpen 2019
Analytička – Ústav mezinárodních vztahů (ÚMV)
Analýzy bezpečnostní politiky střední Evropy, publikace a semináře.

červenec 2012 – září 2014
Asistentka projektového manažera – VOP CZ, s.p.
Řízení zakázek pro zahraniční zákazníky.

VZDĚLÁNÍ

2012   Ing. – obor Mezinárodní obchod, Vysoká škola ekonomická v Praze
2010   Bc. – obor Mezinárodní obchod, Vysoká škola ekonomická v Praze
2007   maturita – Gymnázium Jana Nerudy

Kurzy: Kurz obranného plánování, NATO School Oberammergau (2021) – osvědčení.

JAZYKOVÉ ZNALOSTI
čeština – rodilá mluvčí
angličtina – C1 (Cambridge CAE)
francouzština – B2
ruština – základy

POČÍTAČOVÉ DOVEDNOSTI
MS Office, SAP, ArcGIS

ZÁJMY
Horská turistika, sborový zpěv.
""", cv_label(
    F, "Petra Svobodová", "petra.svobodova@example.cz", "+420 737 555 214", "Czechia",
    [("master", "Mezinárodní obchod", "Vysoká škola ekonomická v Praze", 2012),
     ("bachelor", "Mezinárodní obchod", "Vysoká škola ekonomická v Praze", 2010),
     ("secondary", None, "Gymnázium Jana Nerudy", 2007)],
    False,
    [("Referentka pro obranné plánování", "Ministerstvo obrany ČR", "2019-09", None),
     ("Analytička", "Ústav mezinárodních vztahů (ÚMV)", "2014-10", "2019-08"),
     ("Asistentka projektového manažera", "VOP CZ, s.p.", "2012-07", "2014-09")],
    [("Czech", None, None), ("English", "V", None), ("French", "IV", None), ("Russian", None, None)],
    [],
    ["MS Office", "SAP", "ArcGIS"]))


def build():
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print(build())
