"""TXT CVs of corpus 13 (t80-t85). Each document is written next to its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t80 Czechia: CV in Czech, every heading in
# lower case (no capitals at all in headings), "od září 2019 dosud", "2015/09 – 2019/08" slash-months
F = "cv_t80_cz_cesky_malapismena_dosud_kratochvil.txt"
add(F, """tereza kratochvílová
analytička bezpečnostní politiky

kontakt
  e-mail: tereza.kratochvilova@example.cz
  telefon: +420 601 555 214
  státní občanství: česká republika
  bydliště: Praha 6 – Dejvice

o mně
  Analytička se zaměřením na obrannou politiku a spolupráci v rámci NATO. Osm let praxe ve státní správě,
  z toho čtyři roky na Stálé delegaci ČR při NATO v Bruselu.

pracovní zkušenosti

  od září 2019 dosud
  referentka pro obrannou politiku
  Stálá delegace České republiky při NATO, Brusel
  – příprava podkladů pro Výbor pro obrannou politiku a plánování (DPPC)
  – koordinace národních stanovisek k cílům schopností (NDPP)

  2015/09 – 2019/08
  odborná referentka, odbor obranné politiky a strategie
  Ministerstvo obrany České republiky, Praha
  – návrhy koncepčních dokumentů, Bílá kniha o obraně (spoluautorka kapitoly 4)

  2014/02 – 2015/08
  asistentka projektového týmu
  Asociace pro mezinárodní otázky (AMO), Praha

vzdělání

  2012 – 2014   Univerzita Karlova, Fakulta sociálních věd
                magisterský studijní program Bezpečnostní studia (Mgr.)
  2009 – 2012   Masarykova univerzita, Fakulta sociálních studií
                bakalářský studijní program Mezinárodní vztahy (Bc.)
  2005 – 2009   Gymnázium Jana Keplera, Praha (maturita)

jazyky
  čeština – rodilá mluvčí
  angličtina – úroveň C1 (zkouška STANAG 6001: 3-3-3-3, 2018)
  francouzština – B2
  němčina – základy

počítačové dovednosti
  MS Office, MS Project, SharePoint, ArcGIS

kompetence NATO
  analytické myšlení (Analytical Thinking), týmová práce (Teamwork), organizační povědomí (Organisational Awareness)

řidičský průkaz skupiny B

v Praze dne 3. 1. 2027
""", cv_label(F, "Tereza Kratochvílová", "tereza.kratochvilova@example.cz", "+420 601 555 214", "Czechia",
              [("master", "Bezpečnostní studia", "Univerzita Karlova", 2014),
               ("bachelor", "Mezinárodní vztahy", "Masarykova univerzita", 2012),
               ("secondary", None, "Gymnázium Jana Keplera", 2009)],
              False,
              [("referentka pro obrannou politiku", "Stálá delegace České republiky při NATO", "2019-09", None),
               ("odborná referentka, odbor obranné politiky a strategie", "Ministerstvo obrany České republiky",
                "2015-09", "2019-08"),
               ("asistentka projektového týmu", "Asociace pro mezinárodní otázky (AMO)", "2014-02", "2015-08")],
              [("Czech", None, None), ("English", "V", "3333"), ("French", "IV", None), ("German", None, None)],
              ["Analytical Thinking", "Teamwork", "Organisational Awareness"],
              ["MS Office", "MS Project", "SharePoint", "ArcGIS"]))


# ------------------------------------------------------------------ t81 Slovenia: application letter as a plain
# e-mail; the whole career is told as narrative paragraphs ("Since January 2021 I have served ...")
F = "cv_t81_si_emailletter_narrative_since_zupancic.txt"
add(F, """From: Matej Zupančič <matej.zupancic@example.si>
To: recruitment@jfcnaples.example.int
Cc: Petra Kos <petra.kos@mors.example.si>
Date: Tue, 5 Jan 2027 21:14:07 +0100
Subject: Application - Vacancy JFCNP 27/014 Plans Officer (CIMIC)

Dear Sir or Madam,

please accept my application for the post of Plans Officer (CIMIC) at Allied Joint Force Command Naples,
published with a closing date of 31 January 2027. As requested in the notice I give my career below in the
body of this message; my signed Personal History Form follows by post through the Slovenian national
delegation (point of contact: Ms Petra Kos, +386 1 555 0470, in copy).

I am a Slovenian citizen and an officer of the Slovenian Armed Forces. Since January 2021 I have served as
Staff Officer CIMIC at the Slovenian Armed Forces General Staff (GŠSV) in Ljubljana, where I write the CIMIC
annexes to national contingency plans and run the yearly civil-military exercise with the Administration
for Civil Protection and Disaster Relief.

Before that, from September 2016 to December 2020, I was Company Commander in the 1st Brigade (1. brigada
SV), responsible for 120 soldiers, and in 2018 I deployed for six months with KFOR as part of that
command (not a separate post). My first appointment, from July 2012 to August 2016, was Platoon Leader
at the 10th Motorised Battalion (10. motorizirani bataljon).

I hold a master's degree in Defence Studies (magister obramboslovja) from the University of Ljubljana,
Faculty of Social Sciences (2015), obtained part time, and a bachelor's degree in
Political Science - Defence Studies from the same faculty (2011). In 2020 I completed the Command and Staff School of the
Slovenian Armed Forces (Šola za poveljnike in štabne častnike).

My English is certified at STANAG 6001 SLP 3-3-3-2 (2022); I also speak Croatian well and have basic
Italian. Slovenian is my mother tongue. I use the NATO functional services TOPFAS and LOGFAS at user level
and the full MS Office suite.

I would be glad to give any further detail at an interview.

Kind regards,

Major Matej Zupančič
Slovenian Armed Forces
+386 41 555 902

--
This message was sent from a private address. Please do not reply to petra.kos@mors.example.si about
personal data.
""", cv_label(F, "Matej Zupančič", "matej.zupancic@example.si", "+386 41 555 902", "Slovenia",
              [("master", "Defence Studies", "University of Ljubljana", 2015),
               ("bachelor", "Political Science - Defence Studies", "University of Ljubljana", 2011)],
              True,
              [("Staff Officer CIMIC", "Slovenian Armed Forces General Staff (GŠSV)", "2021-01", None),
               ("Company Commander", "1st Brigade (1. brigada SV)", "2016-09", "2020-12"),
               ("Platoon Leader", "10th Motorised Battalion (10. motorizirani bataljon)", "2012-07", "2016-08")],
              [("English", None, "3332"), ("Croatian", None, None), ("Italian", None, None),
               ("Slovenian", None, None)],
              [], ["TOPFAS", "LOGFAS", "MS Office"]))


# ------------------------------------------------------------------ t82 Poland: record-of-service extract (sworn
# translation): numbered service entries with "Date of appointment / Date of release" columns, ranks, orders
F = "cv_t82_pl_recordofservice_extract_translation_kaminski.txt"
add(F, """[Sworn translation from Polish / Tłumaczenie przysięgłe z języka polskiego]
[Translator: Anna Wróbel, sworn translator of English, No. TP/1234/05, tel. +48 22 555 0198]

                 MINISTRY OF NATIONAL DEFENCE - REPUBLIC OF POLAND
                 EXTRACT FROM THE RECORD OF SERVICE (WYCIĄG Z PRZEBIEGU SŁUŻBY)
                 Issued for the purpose of: application for an international post
                 Ref.: WCR-Wrocław/KAD/0412/2026                Date of issue: 14.12.2026

PART A - PERSONAL DATA
  Surname ................. KAMIŃSKI
  First names ............. Paweł Jan
  Rank .................... major (Maj)
  Citizenship ............. Polish
  Service e-mail .......... p.kaminski@example.mil.pl
  Service telephone ....... +48 261 555 317

PART B - COURSE OF PROFESSIONAL SERVICE
  No. | Appointment (post)                    | Unit / institution                           | Appointed  | Released
  ----+---------------------------------------+----------------------------------------------+------------+-----------
   4  | Senior Specialist, J3 Operations      | Operational Command of the Polish Armed      | 2021-03-01 | ----------
      |                                       | Forces (DO RSZ)                              |            |
   3  | Chief of Staff - Deputy Commander     | 2nd Logistics Battalion (2 bat log)          | 2017-07-01 | 2021-02-28
   2  | Company Commander                     | 10th Logistics Brigade (10 BLog)             | 2013-08-01 | 2017-06-30
   1  | Platoon Commander                     | 10th Logistics Brigade (10 BLog)             | 2009-08-01 | 2013-07-31
  Note: "----------" in the column "Released" = appointment held on the date of issue.
  Promotions (not appointments): lieutenant 2009, captain 2013, major 2017.
  Missions: PKW Afganistan XIV zmiana, 2014 (within appointment No. 2).

PART C - EDUCATION
  Master's degree (magister inżynier), Logistics - General Tadeusz Kościuszko Military Academy of Land
  Forces (AWL), Wrocław, 2009
  Postgraduate studies (studia podyplomowe, no degree), Operational Art - War Studies University (ASzWoj),
  Warsaw, 2020
  Secondary school-leaving certificate (matura) - Liceum Ogólnokształcące nr 3, Opole, 2004

PART D - LANGUAGES (STANAG 6001)
  English  SLP 3332 (2019)
  Russian  SLP 2211 (2012)

PART E - MILITARY EDUCATION
  Career course for majors (kurs doskonalący), 2016 - no degree; not a staff college.

            Head of the Personnel Section                      [stamp] [illegible signature]
""", cv_label(F, "Paweł Jan Kamiński", "p.kaminski@example.mil.pl", "+48 261 555 317", "Poland",
              [("master", "Logistics", "General Tadeusz Kościuszko Military Academy of Land Forces (AWL)", 2009),
               ("secondary", None, "Liceum Ogólnokształcące nr 3", 2004)],
              False,
              [("Senior Specialist, J3 Operations",
                "Operational Command of the Polish Armed Forces (DO RSZ)", "2021-03", None),
               ("Chief of Staff - Deputy Commander", "2nd Logistics Battalion (2 bat log)", "2017-07", "2021-02"),
               ("Company Commander", "10th Logistics Brigade (10 BLog)", "2013-08", "2017-06"),
               ("Platoon Commander", "10th Logistics Brigade (10 BLog)", "2009-08", "2013-07")],
              [("English", None, "3332"), ("Russian", None, "2211")],
              [], []))


# ------------------------------------------------------------------ t83 Türkiye: CV wholly in Turkish, month names
# "Eylül 2019 – Günümüz", "Ekim 2014 – Ağustos 2019", Yüksek Lisans/Lisans/Lise, YDS and KPDS scores
F = "cv_t83_tr_turkce_gunumuz_aylar_ozdemir.txt"
add(F, """ÖZGEÇMİŞ

Ad Soyad        : Zeynep Özdemir
Doğum Yeri/Yılı : Eskişehir, 1989
Uyruk           : T.C. (Türkiye Cumhuriyeti)
E-posta         : zeynep.ozdemir@example.com.tr
Cep Telefonu    : +90 532 555 41 87
Adres           : Çankaya, Ankara

KARİYER HEDEFİ
NATO bünyesinde lojistik ve tedarik alanında sorumluluk almak.

İŞ DENEYİMİ
Eylül 2019 – Günümüz
  Tedarik Uzmanı — Savunma Sanayii Başkanlığı (SSB), Ankara
  Kara sistemleri projelerinde sözleşme yönetimi ve teklif değerlendirme.

Ekim 2014 – Ağustos 2019
  Satın Alma Sorumlusu — ASELSAN A.Ş., Ankara
  Yıllık 40 milyon TL'lik yedek parça alımlarının planlanması.

Haziran 2013 – Eylül 2013
  Stajyer — Türk Hava Yolları Teknik A.Ş. (yaz stajı)

EĞİTİM
2016 – 2018  Yüksek Lisans, Lojistik Yönetimi — Orta Doğu Teknik Üniversitesi (ODTÜ)
2009 – 2013  Lisans, İşletme — Ankara Üniversitesi, Siyasal Bilgiler Fakültesi
2005 – 2009  Lise — Eskişehir Anadolu Lisesi

YABANCI DİL
İngilizce : YDS 88 (C1 seviyesi), 2021
Almanca   : başlangıç seviyesi (A2)
Türkçe    : ana dil

BİLGİSAYAR BİLGİSİ
SAP MM, MS Excel (ileri), Power BI, EKAP (Elektronik Kamu Alımları Platformu)

SERTİFİKALAR
CIPS Level 4 Diploma in Procurement and Supply (2020)

REFERANSLAR
İstek üzerine verilecektir.
""", cv_label(F, "Zeynep Özdemir", "zeynep.ozdemir@example.com.tr", "+90 532 555 41 87", "Türkiye",
              [("master", "Lojistik Yönetimi", "Orta Doğu Teknik Üniversitesi (ODTÜ)", 2018),
               ("bachelor", "İşletme", "Ankara Üniversitesi", 2013),
               ("secondary", None, "Eskişehir Anadolu Lisesi", 2009)],
              False,
              [("Tedarik Uzmanı", "Savunma Sanayii Başkanlığı (SSB)", "2019-09", None),
               ("Satın Alma Sorumlusu", "ASELSAN A.Ş.", "2014-10", "2019-08")],
              [("English", "V", None), ("German", None, None), ("Turkish", None, None)],
              [], ["SAP MM", "MS Excel", "Power BI", "EKAP (Elektronik Kamu Alımları Platformu)"]))


# ------------------------------------------------------------------ t84 Italy: emoji/icon headings instead of words,
# quarters "Q3 2018 – Q1 2021", "Q2 2021 – now", org first then title after a pipe
F = "cv_t84_it_iconheadings_quarters_pipe_marchetti.txt"
add(F, """Giulia Marchetti
Cyber threat intelligence analyst · Rome, Italy

✉  giulia.marchetti@example.it
☎  +39 347 555 2280
🏳  Italian

💼
Agenzia per la Cybersicurezza Nazionale (ACN) | Threat Intelligence Analyst
Q2 2021 – now
• Tracks state-sponsored intrusion sets targeting Italian defence industry; writes weekly TLP:AMBER briefs.

Leonardo S.p.A. | SOC Analyst (Tier 2)
Q3 2018 – Q1 2021
• Triage and incident handling in the Leonardo Global Security Operation Centre, Chieti.

Reply S.p.A. | Junior Security Consultant
Q4 2016 – Q2 2018

🎓
Laurea Magistrale in Ingegneria Informatica — Sapienza Università di Roma, 2016
Laurea Triennale in Ingegneria Informatica — Sapienza Università di Roma, 2014
Diploma di liceo scientifico — Liceo Scientifico Talete, Roma, 2011

🗣
Italian — native
English — C2 (Cambridge CPE)
Spanish — B2

🛠
MISP, OpenCTI, Splunk, YARA, Python, MITRE ATT&CK

🏅
GIAC Cyber Threat Intelligence (GCTI), 2022 · OSCP, 2019
""", cv_label(F, "Giulia Marchetti", "giulia.marchetti@example.it", "+39 347 555 2280", "Italy",
              [("master", "Ingegneria Informatica", "Sapienza Università di Roma", 2016),
               ("bachelor", "Ingegneria Informatica", "Sapienza Università di Roma", 2014),
               ("secondary", None, "Liceo Scientifico Talete", 2011)],
              False,
              [("Threat Intelligence Analyst", "Agenzia per la Cybersicurezza Nazionale (ACN)", "2021-04", None),
               ("SOC Analyst (Tier 2)", "Leonardo S.p.A.", "2018-07", "2021-03"),
               ("Junior Security Consultant", "Reply S.p.A.", "2016-10", "2018-06")],
              [("Italian", None, None), ("English", "VI", None), ("Spanish", "IV", None)],
              [], ["MISP", "OpenCTI", "Splunk", "YARA", "Python", "MITRE ATT&CK"]))


# ------------------------------------------------------------------ t85 Netherlands: very short CV (a dozen lines),
# seasons "spring 2016 – autumn 2019", "since winter 2019/20"
F = "cv_t85_nl_veryshort_seasons_bakker.txt"
add(F, """SANNE BAKKER - Dutch - s.bakker@example.nl - +31 6 5555 0731

Work
since winter 2019/20  Logistics Planner, Defence Materiel Organisation (DMO), Utrecht
spring 2016 - autumn 2019  Warehouse Team Leader, Vanderlande Industries, Veghel

Study
BSc Logistics Engineering, Fontys University of Applied Sciences (2015)

Languages  Dutch (native), English (C1), German (B2)
Tools      SAP PM, Excel, Tableau
""", cv_label(F, "Sanne Bakker", "s.bakker@example.nl", "+31 6 5555 0731", "Netherlands",
              [("bachelor", "Logistics Engineering", "Fontys University of Applied Sciences", 2015)],
              False,
              [("Logistics Planner", "Defence Materiel Organisation (DMO)", "2019-12", None),
               ("Warehouse Team Leader", "Vanderlande Industries", "2016-03", "2019-11")],
              [("Dutch", None, None), ("English", "V", None), ("German", "IV", None)],
              [], ["SAP PM", "Excel", "Tableau"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
