"""readers12 TXT CVs (t74-t79). Each document is written next to its hand-fixed label."""
from common import cv_label, write_label, write_text

def t74():
    f = "cv_t74_sk_emailreply_interleavedquotes_since_bartos.txt"
    write_text(f, """From: Peter Bartoš <peter.bartos@example.sk>
To: Recruitment NCIA <recruitment-ncia@example.int>
Subject: RE: Your application VN NCIA 27/014 - missing CV details
Date: Tue, 12 Jan 2027 08:41:07 +0100

Dear Ms Verhoeven,

thank you, please find my answers below your questions (I have no access to
Word on this laptop, so I paste my CV as text).

> 1. Please confirm your nationality and contact details.

Slovak citizen (no other citizenship).
Mobile: +421 905 123 487
E-mail: peter.bartos@example.sk

> 2. Please list your employment history, most recent first, with
>    month and year of start and end.

Since 03/2020   Senior Cyber Security Engineer
                NATO Communications and Information Agency (NCIA), Mons
                - incident response for the NATO enterprise, SOC tuning

05/2016 - 02/2020   Security Architect
                    Slovak Telekom, a.s., Bratislava

09/2012 - 04/2016   Network Engineer
                    National Security Authority (NBÚ), Bratislava

> 3. Education (degree, field, institution, year).

Ing. (MSc) in Applied Informatics - Slovak University of Technology in
Bratislava (STU), 2012
Bc. in Informatics - Slovak University of Technology in Bratislava (STU), 2010

> 4. Languages: please use the NATO scale (I-VI) where you can.

Slovak - native
English - NATO level V (Advanced)
German - NATO level III (Intermediate)
Czech - fluent (passive and active)

> 5. Technical skills / certifications.

Skills: Splunk, Suricata, Python, Cisco ASA, Zeek
Certifications: CISSP (2018), GIAC GCIH (2021)

> Have you attended a staff college? (yes/no)

No.

Kind regards,
Peter Bartoš

>> -----Original message-----
>> From: Anneke Verhoeven <anneke.verhoeven@example.int>
>> Sent: Monday, 11 January 2027 16:02
>> Subject: Your application VN NCIA 27/014 - missing CV details
>>
>> Dear Mr Bartoš,
>> your application arrived without an attached CV. Please answer the
>> questions below by 15 January 2027.
>>
>> Anneke Verhoeven
>> Talent Acquisition Officer, NCIA
>> Tel. +32 65 44 7712
""")
    write_label(cv_label(f, "Peter Bartoš", "peter.bartos@example.sk", "+421 905 123 487", "Slovakia",
        [("master", "Applied Informatics", "Slovak University of Technology in Bratislava (STU)", 2012),
         ("bachelor", "Informatics", "Slovak University of Technology in Bratislava (STU)", 2010)],
        False,
        [("Senior Cyber Security Engineer", "NATO Communications and Information Agency (NCIA)", "2020-03", None),
         ("Security Architect", "Slovak Telekom, a.s.", "2016-05", "2020-02"),
         ("Network Engineer", "National Security Authority (NBÚ)", "2012-09", "2016-04")],
        [("Slovak", None, None), ("English", "V", None), ("German", "III", None), ("Czech", None, None)],
        [], ["Splunk", "Suricata", "Python", "Cisco ASA", "Zeek"]))


def t75():
    f = "cv_t75_dk_markdown_dansk_siden_kompetencer_mikkelsen.txt"
    write_text(f, """---
title: CV – Line Bech Mikkelsen
lang: da
---

# Line Bech Mikkelsen

📧 <line.mikkelsen@example.dk> · 📞 +45 28 41 77 09 · København
**Statsborgerskab:** dansk

## Profil

Specialkonsulent med ti års erfaring i forsvarspolitik, NATO-planlægning og
internationalt samarbejde. Søger stillingen som *Officer, Defence Policy* i NATO IS.

## Erhvervserfaring

- **Specialkonsulent**, [Forsvarsministeriet](https://example.dk/fmn), NATO-kontoret
  *(siden aug. 2020)*
  - Koordinering af danske bidrag til NATO's forsvarsplanlægning (NDPP)
- **Fuldmægtig**, Udenrigsministeriet, Sikkerhedspolitisk kontor
  *(feb. 2017 – jul. 2020)*
- **Analytiker**, Dansk Institut for Internationale Studier (DIIS)
  *(sep. 2014 – jan. 2017)*
- **Studentermedhjælper**, Forsvarsakademiet *(2012 – 2014)*

## Uddannelse

| År   | Uddannelse                                   | Institution              |
|------|----------------------------------------------|--------------------------|
| 2014 | Cand.scient.pol. (kandidat i statskundskab)  | Københavns Universitet   |
| 2012 | BSc i statskundskab                          | Københavns Universitet   |
| 2009 | Studentereksamen (STX)                       | Aurehøj Gymnasium        |

## Sprog

- Dansk: modersmål
- Engelsk: C2
- Fransk: B2
- Tysk: grundlæggende

## NATO-kompetencer

- **Analytical Thinking** – sees multiple relationships (analyse af NDPP-mål på tværs af kapabiliteter)
- **Teamwork** – solicits inputs and encourages others
- **Organisational Awareness** – understands organisational politics

## IT

`Excel` `Power BI` `SharePoint` `NVivo`
""")
    write_label(cv_label(f, "Line Bech Mikkelsen", "line.mikkelsen@example.dk", "+45 28 41 77 09", "Denmark",
        [("master", "statskundskab", "Københavns Universitet", 2014),
         ("bachelor", "statskundskab", "Københavns Universitet", 2012),
         ("secondary", None, "Aurehøj Gymnasium", 2009)],
        False,
        [("Specialkonsulent", "Forsvarsministeriet", "2020-08", None),
         ("Fuldmægtig", "Udenrigsministeriet", "2017-02", "2020-07"),
         ("Analytiker", "Dansk Institut for Internationale Studier (DIIS)", "2014-09", "2017-01"),
         ("Studentermedhjælper", "Forsvarsakademiet", "2012-01", "2014-12")],
        [("Danish", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
        ["Analytical Thinking", "Teamwork", "Organisational Awareness"],
        ["Excel", "Power BI", "SharePoint", "NVivo"]))


def t76():
    f = "cv_t76_gr_ellinika_eossimera_mde_karamanli.txt"
    write_text(f, """ΒΙΟΓΡΑΦΙΚΟ ΣΗΜΕΙΩΜΑ

ΚΑΡΑΜΑΝΛΗ Ευαγγελία
Διεύθυνση: Λεωφ. Μεσογείων 227, 15451 Αθήνα
Κινητό: +30 697 412 3380
E-mail: e.karamanli@example.gr
Υπηκοότητα: Ελληνική
Ημερομηνία γέννησης: 14/03/1986

ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ

Ιούνιος 2021 – έως σήμερα
Προϊσταμένη Τμήματος Διεθνών Συμβάσεων
Γενική Διεύθυνση Αμυντικών Εξοπλισμών και Επενδύσεων (ΓΔΑΕΕ), Υπουργείο Εθνικής Άμυνας
• Διαχείριση συμβάσεων προμηθειών μέσω NSPA και ΕΟΑ

Σεπτέμβριος 2015 – Μάιος 2021
Νομική Σύμβουλος
Ελληνική Αεροπορική Βιομηχανία Α.Ε. (ΕΑΒ)

Ιανουάριος 2012 – Αύγουστος 2015
Δικηγόρος
Δικηγορική Εταιρεία Παπαδόπουλος & Συνεργάτες

ΕΚΠΑΙΔΕΥΣΗ

2011  Μεταπτυχιακό Δίπλωμα Ειδίκευσης (ΜΔΕ) στο Διεθνές και Ευρωπαϊκό Δίκαιο,
      Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών (ΕΚΠΑ)
2009  Πτυχίο Νομικής, Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης (ΑΠΘ)
2004  Απολυτήριο Γενικού Λυκείου, 2ο Γενικό Λύκειο Χαλανδρίου

ΞΕΝΕΣ ΓΛΩΣΣΕΣ

Αγγλικά: C2 (Certificate of Proficiency in English)
Γαλλικά: B2 (DELF B2)
Ιταλικά: βασικές γνώσεις

ΓΝΩΣΕΙΣ Η/Υ

MS Office, e-Procurement (ΕΣΗΔΗΣ), SAP MM

ΛΟΙΠΑ
Μέλος του Δικηγορικού Συλλόγου Αθηνών (από το 2011).
Δίπλωμα οδήγησης Β' κατηγορίας.
""")
    write_label(cv_label(f, "Ευαγγελία Καραμανλή", "e.karamanli@example.gr", "+30 697 412 3380", "Greece",
        [("master", "Διεθνές και Ευρωπαϊκό Δίκαιο", "Εθνικό και Καποδιστριακό Πανεπιστήμιο Αθηνών (ΕΚΠΑ)", 2011),
         ("bachelor", "Νομικής", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης (ΑΠΘ)", 2009),
         ("secondary", None, "2ο Γενικό Λύκειο Χαλανδρίου", 2004)],
        False,
        [("Προϊσταμένη Τμήματος Διεθνών Συμβάσεων", "Γενική Διεύθυνση Αμυντικών Εξοπλισμών και Επενδύσεων (ΓΔΑΕΕ)", "2021-06", None),
         ("Νομική Σύμβουλος", "Ελληνική Αεροπορική Βιομηχανία Α.Ε. (ΕΑΒ)", "2015-09", "2021-05"),
         ("Δικηγόρος", "Δικηγορική Εταιρεία Παπαδόπουλος & Συνεργάτες", "2012-01", "2015-08")],
        [("English", "VI", None), ("French", "IV", None), ("Italian", None, None)],
        [], ["MS Office", "e-Procurement (ΕΣΗΔΗΣ)", "SAP MM"]))


def t77():
    f = "cv_t77_no_militaer_norsk_pt_stabsskolen_nordby.txt"
    write_text(f, """CURRICULUM VITAE

Oberstløytnant Kari Elisabeth Nordby
Født: 02.11.1979 i Harstad        Statsborgerskap: norsk
Mobil: +47 952 04 118             E-post: kari.nordby@example.no
Sikkerhetsklarering: NATO SECRET (gyldig til 2029)

TJENESTE (nyeste først)
--------------------------------------------------------------------------
08.2021 – p.t.     Sjef planavdeling (J5)
                   Forsvarets operative hovedkvarter (FOH), Reitan
08.2018 – 07.2021  Stabsoffiser, NATO-seksjonen
                   Forsvarsstaben, Oslo
08.2015 – 07.2018  Bataljonssjef
                   Brigade Nord, 2. bataljon, Setermoen
01.2012 – 07.2015  Kompanisjef
                   Brigade Nord, Panserbataljonen
--------------------------------------------------------------------------
Utenlandstjeneste: ISAF, Mazar-e-Sharif 2009 (6 mnd.) – ikke egen stilling.

UTDANNING
2017–2018  Forsvarets stabsskole (FSS), stabsutdanning – gjennomført
           (ikke gradsgivende)
2011       Master i statsvitenskap, Universitetet i Tromsø – Norges arktiske
           universitet (UiT)
2005       Bachelor i militære studier (ledelse og landmakt), Krigsskolen
1998       Vitnemål videregående opplæring, Harstad videregående skole

SPRÅK
Norsk      morsmål
Engelsk    STANAG 6001 SLP 3333 (2019)
Fransk     STANAG 6001 SLP 2-2-1-1
Svensk     forstår godt

KURS
NATO Operational Planning Course (NATO School Oberammergau), 2020
""")
    write_label(cv_label(f, "Kari Elisabeth Nordby", "kari.nordby@example.no", "+47 952 04 118", "Norway",
        [("master", "statsvitenskap", "Universitetet i Tromsø – Norges arktiske universitet (UiT)", 2011),
         ("bachelor", "militære studier (ledelse og landmakt)", "Krigsskolen", 2005),
         ("secondary", None, "Harstad videregående skole", 1998)],
        True,
        [("Sjef planavdeling (J5)", "Forsvarets operative hovedkvarter (FOH)", "2021-08", None),
         ("Stabsoffiser, NATO-seksjonen", "Forsvarsstaben", "2018-08", "2021-07"),
         ("Bataljonssjef", "Brigade Nord", "2015-08", "2018-07"),
         ("Kompanisjef", "Brigade Nord", "2012-01", "2015-07")],
        [("Norwegian", None, None), ("English", None, "3333"), ("French", None, "2211"), ("Swedish", None, None)],
        [], []))


def t78():
    f = "cv_t78_lu_sidebyside_fr_de_columns_depuis_seit_hoffmann.txt"
    L = [
        ("CURRICULUM VITAE", "LEBENSLAUF"),
        ("", ""),
        ("Marc HOFFMANN", "Marc HOFFMANN"),
        ("12, rue de la Gare, L-3236 Bettembourg", "12, rue de la Gare, L-3236 Bettembourg"),
        ("Tél. : +352 621 448 903", "Tel.: +352 621 448 903"),
        ("Courriel : marc.hoffmann@example.lu", "E-Mail: marc.hoffmann@example.lu"),
        ("Nationalité : luxembourgeoise", "Staatsangehörigkeit: luxemburgisch"),
        ("", ""),
        ("EXPÉRIENCE PROFESSIONNELLE", "BERUFSERFAHRUNG"),
        ("depuis 10/2019", "seit 10/2019"),
        ("  Chef de service Logistique", "  Leiter Logistikdienst"),
        ("  Direction de la Défense", "  Direction de la Défense"),
        ("  (ministère des Affaires étrangères)", "  (Außenministerium)"),
        ("04/2014 – 09/2019", "04/2014 – 09/2019"),
        ("  Responsable achats", "  Einkaufsleiter"),
        ("  Cargolux Airlines International S.A.", "  Cargolux Airlines International S.A."),
        ("09/2010 – 03/2014", "09/2010 – 03/2014"),
        ("  Officier de logistique", "  Logistikoffizier"),
        ("  Armée luxembourgeoise", "  Luxemburger Armee"),
        ("", ""),
        ("FORMATION", "AUSBILDUNG"),
        ("2010 Master en gestion de la", "2010 Master in Supply-Chain-"),
        ("  chaîne logistique,", "  Management,"),
        ("  Université du Luxembourg", "  Universität Luxemburg"),
        ("2008 Bachelor en gestion,", "2008 Bachelor in BWL,"),
        ("  Université du Luxembourg", "  Universität Luxemburg"),
        ("2005 Diplôme de fin d'études", "2005 Abschlussdiplom der"),
        ("  secondaires classiques,", "  klassischen Sekundarschule,"),
        ("  Lycée classique de Diekirch", "  Lycée classique de Diekirch"),
        ("", ""),
        ("LANGUES", "SPRACHEN"),
        ("Luxembourgeois : langue maternelle", "Luxemburgisch: Muttersprache"),
        ("Français : C2", "Französisch: C2"),
        ("Allemand : C2", "Deutsch: C2"),
        ("Anglais : niveau OTAN V (avancé)", "Englisch: NATO-Stufe V"),
        ("Portugais : notions", "Portugiesisch: Grundkenntnisse"),
        ("", ""),
        ("INFORMATIQUE", "EDV"),
        ("SAP MM, Excel, Power BI", "SAP MM, Excel, Power BI"),
    ]
    body = "\n".join((a.ljust(40) + "| " + b).rstrip() for a, b in L) + "\n"
    write_text(f, body)
    write_label(cv_label(f, "Marc Hoffmann", "marc.hoffmann@example.lu", "+352 621 448 903", "Luxembourg",
        [("master", "gestion de la chaîne logistique", "Université du Luxembourg", 2010),
         ("bachelor", "gestion", "Université du Luxembourg", 2008),
         ("secondary", None, "Lycée classique de Diekirch", 2005)],
        False,
        [("Chef de service Logistique", "Direction de la Défense", "2019-10", None),
         ("Responsable achats", "Cargolux Airlines International S.A.", "2014-04", "2019-09"),
         ("Officier de logistique", "Armée luxembourgeoise", "2010-09", "2014-03")],
        [("Luxembourgish", None, None), ("French", "VI", None), ("German", "VI", None), ("English", "V", None),
         ("Portuguese", None, None)],
        [], ["SAP MM", "Excel", "Power BI"]))


def t79():
    f = "cv_t79_al_shqip_bracketdates_derimesot_lleshi.txt"
    write_text(f, """JETËSHKRIMI (CV)

Emri dhe mbiemri: Arta Lleshi
Adresa: Rr. Myslym Shyri, Nr. 44, Tiranë
Tel: +355 69 208 4417
Email: arta.lleshi@example.al
Shtetësia: shqiptare
Data e lindjes: 21.07.1988

PËRVOJA E PUNËS

Specialiste e Lartë për Integrimin Euroatlantik, Ministria e Mbrojtjes (shtator 2019 – deri më sot)
  Përgatitja e dokumenteve për Planin e Partneritetit dhe NDPP.
Analiste Politike, Instituti për Demokraci dhe Ndërmjetësim (IDM) (mars 2015 – gusht 2019)
  Projekte mbi reformën e sektorit të sigurisë.
Asistente Projekti, Misioni i OSBE-së në Shqipëri (janar 2013 – shkurt 2015)

ARSIMI

Diplomë Master Shkencor në Marrëdhënie Ndërkombëtare – Universiteti i Tiranës (2012)
Diplomë Bachelor në Shkenca Politike – Universiteti i Tiranës (2010)
Kursi "Security Sector Governance", Geneva Centre for Security Sector Governance (DCAF), 2017 – certifikatë

GJUHËT E HUAJA

Anglisht – niveli NATO V ("Advanced")
Italisht – C1
Frëngjisht – STANAG 6001, SLP 2+/2/2/1+
Greqisht – bazë

KOMPETENCAT (NATO)
Iniciativa (Initiative): vepron deri në 2 muaj përpara
Ndërgjegjësimi organizativ (Organisational Awareness): kupton strukturën joformale
Puna në ekip (Teamwork): kërkon kontribute nga të tjerët

AFTËSI KOMPJUTERIKE
MS Office; SPSS; Canva
""")
    write_label(cv_label(f, "Arta Lleshi", "arta.lleshi@example.al", "+355 69 208 4417", "Albania",
        [("master", "Marrëdhënie Ndërkombëtare", "Universiteti i Tiranës", 2012),
         ("bachelor", "Shkenca Politike", "Universiteti i Tiranës", 2010)],
        False,
        [("Specialiste e Lartë për Integrimin Euroatlantik", "Ministria e Mbrojtjes", "2019-09", None),
         ("Analiste Politike", "Instituti për Demokraci dhe Ndërmjetësim (IDM)", "2015-03", "2019-08"),
         ("Asistente Projekti", "Misioni i OSBE-së në Shqipëri", "2013-01", "2015-02")],
        [("English", "V", None), ("Italian", "V", None), ("French", None, "2221"), ("Greek", None, None)],
        ["Initiative", "Organisational Awareness", "Teamwork"],
        ["MS Office", "SPSS", "Canva"]))


def build():
    for fn in (t74, t75, t76, t77, t78, t79):
        fn()

if __name__ == "__main__":
    build()
