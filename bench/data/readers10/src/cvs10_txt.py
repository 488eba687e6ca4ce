"""TXT CVs of corpus 10 (t62-t67). Each document is followed by its hand-written label."""
import textwrap

from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t62: US federal résumé (USAJOBS resume-builder
# print): "From: 06/2015 To: Present", "Hours per week: 40", a concurrent Army Reserve post (8 h/week), ILE at CGSC
F = "cv_t62_us_federal_fromto_hoursperweek_kowalczyk.txt"
add(F, """DANIEL R. KOWALCZYK
1420 Ridge Road
Arlington, VA 22202 United States
Day phone: (703) 555-0148
Email: d.kowalczyk@example.com

Citizenship: United States of America
Veterans' Preference: 5-point preference based on active duty service (TP)
Federal status: Current Federal Employee (GS-0343-13)
Security clearance: Top Secret/SCI (last investigation 2024)
Availability: Job type: Permanent. Work schedule: Full-time.
Desired locations: Brussels, Belgium; Norfolk, VA

WORK EXPERIENCE

Defense Threat Reduction Agency (DTRA)
8725 John J. Kingman Road, Fort Belvoir, VA 22060 United States
From: 06/2015 To: Present
Hours per week: 40
Series: 0343   Pay Plan: GS   Grade: 13
Salary: 132,368 USD Per Year
Supervisor: Karen Li (571-555-0192)   Okay to contact this Supervisor: Yes
Management and Program Analyst
Duties, Accomplishments and Related Skills:
- Lead analyst for the agency's input to the Planning, Programming, Budgeting and Execution (PPBE) cycle for
  counter-WMD programs (USD 410M per year); prepare program objective memorandum (POM) issue papers.
- Coordinate DTRA positions for NATO Defence Planning Process (NDPP) capability targets with OSD Policy and the
  U.S. Mission to NATO; drafted 14 bilateral consultation packages (2019-2023).
- Received the DTRA Director's Award for Excellence (2021).

U.S. Army Reserve
353rd Civil Affairs Command, Staten Island, NY United States
From: 09/2012 To: Present
Hours per week: 8 (drill weekends and two weeks of annual training)
Rank: Major (O-4)
Civil Affairs Planning Officer
Duties, Accomplishments and Related Skills:
- Plans civil-military cooperation for EUCOM exercises (DEFENDER-Europe 2021, SABER STRIKE 2018).
- Deployed in support of Operation Atlantic Resolve, 06/2017 - 02/2018 (mobilized).

Booz Allen Hamilton Inc.
8283 Greensboro Drive, McLean, VA 22102 United States
From: 03/2012 To: 05/2015
Hours per week: 45
Salary: 78,000 USD Per Year
Supervisor: Thomas Green (703-555-0177)   Okay to contact this Supervisor: Contact me first
Program Analyst
Duties, Accomplishments and Related Skills:
- Supported the Joint Improvised-Threat Defeat Organization with cost and schedule analysis.

Center for Strategic and International Studies (CSIS)
1616 Rhode Island Avenue NW, Washington, DC 20036 United States
From: 09/2010 To: 02/2012
Hours per week: 20
Research Assistant
Duties, Accomplishments and Related Skills:
- Research support for the International Security Program (Russia and Eurasia).

EDUCATION

Georgetown University   Washington, DC United States
Master's degree 05/2011
Major: Security Studies
GPA: 3.8 out of 4.0
Credits Earned: 36 Semester hours
Relevant Coursework, Licensures and Certifications: Defense Budgeting; Nuclear Strategy; Intelligence and Policy

University of Wisconsin-Madison   Madison, WI United States
Bachelor's degree 05/2009
Major: Political Science   Minor: Russian
GPA: 3.6 out of 4.0
Credits Earned: 124 Semester hours

JOB RELATED TRAINING
U.S. Army Command and General Staff College, Intermediate Level Education (ILE) Common Core, completed 11/2019
(nonresident, distance learning).
Defense Acquisition University: DAWIA Level II Program Management (2018).

LANGUAGE SKILLS
Language: Polish     Spoken: Advanced       Written: Intermediate   Read: Advanced
Language: Russian    Spoken: Intermediate   Written: Intermediate   Read: Advanced
                     DLPT 5: Listening 2+, Reading 3 (2021)
Language: French     Spoken: Novice         Written: Novice         Read: Intermediate

AFFILIATIONS
Military Operations Research Society (MORS) - member since 2016

PROFESSIONAL PUBLICATIONS
"Burden sharing after Madrid", War on the Rocks, 2022.

ADDITIONAL INFORMATION
Technical skills: Tableau; SQL; Microsoft Project; SharePoint; Advana
References available upon request.
""", cv_label(
    F, "Daniel R. Kowalczyk", "d.kowalczyk@example.com", "(703) 555-0148", "United States",
    [("master", "Security Studies", "Georgetown University", 2011),
     ("bachelor", "Political Science", "University of Wisconsin-Madison", 2009)],
    True,
    [("Management and Program Analyst", "Defense Threat Reduction Agency (DTRA)", "2015-06", None),
     ("Civil Affairs Planning Officer", "U.S. Army Reserve", "2012-09", None),
     ("Program Analyst", "Booz Allen Hamilton Inc.", "2012-03", "2015-05"),
     ("Research Assistant", "Center for Strategic and International Studies (CSIS)", "2010-09", "2012-02")],
    [("Polish", None, None), ("Russian", None, None), ("French", None, None)],
    [],
    ["Tableau", "SQL", "Microsoft Project", "SharePoint", "Advana"]))


# ------------------------------------------------------------------ t63: Croatian, forwarded e-mail: a colleague's
# cover note (his name, title, phone) above the candidate's quoted ("> ") short CV with bullets "• 2016–2021: Title,
# Organisation" (year-only ranges, "2021–:" open)
F = "cv_t63_hr_forwarded_mail_bullets_yearonly_babichorvat.txt"
add(F, """From: Marko Šimić <marko.simic@example.hr>
Sent: Monday, 11 January 2027 09:02
To: recruitment.jfcbs@example.int
Subject: FW: my CV

Dear Anne,

as discussed at the logistics conference in Zagreb, below is the short CV of my former colleague Ivana, who
would like to be considered for the Logistics Planning Officer post (closing 28 January 2027). She asked me to
pass it on; please reply to her directly.

Best regards,
Marko Šimić
Head of Section for Logistics Standardisation
Ministry of Defence of the Republic of Croatia
tel. +385 1 555 7730

-----Original Message-----
From: Ivana Babić-Horvat <ivana.babic.horvat@example.hr>
Sent: Friday, 8 January 2027 21:14
To: Marko Šimić <marko.simic@example.hr>
Subject: my CV

> Dear Marko,
> thank you for offering to pass this on. Short version below, the full
> Europass follows if they want it.
>
> IVANA BABIĆ-HORVAT
> Croatian citizen, Zagreb | mob. +385 91 555 2384 | ivana.babic.horvat@example.hr
>
> Work:
> • 2021–: Head of Logistics Planning Section, Ministry of Defence of the Republic of Croatia
> • 2016–2021: Supply Chain Analyst, Podravka d.d.
> • 2012–2016: Procurement Specialist, KONČAR d.d.
> • 2011–2012: Trainee, Croatian Chamber of Economy
>
> Education:
> • 2011: Master of Economics (mag. oec.), University of Zagreb, Faculty of Economics and Business
> • 2009: Bachelor of Economics (univ. bacc. oec.), University of Zagreb, Faculty of Economics and Business
> • 2005: secondary school diploma, XV. gimnazija (MIOC), Zagreb
>
> Courses: NATO Logistics Course, NATO School Oberammergau (2022); CIPS Level 4 Diploma (2015)
>
> Languages: Croatian native; English C1 (Cambridge CAE); German B2; Italian basic
> IT: SAP MM, Excel (advanced), Power BI
>
> Thanks again, and say hello to everyone in the section!
> Ivana
""", cv_label(
    F, "Ivana Babić-Horvat", "ivana.babic.horvat@example.hr", "+385 91 555 2384", "Croatia",
    [("master", "Economics", "University of Zagreb", 2011),
     ("bachelor", "Economics", "University of Zagreb", 2009),
     ("secondary", None, "XV. gimnazija (MIOC)", 2005)],
    False,
    [("Head of Logistics Planning Section", "Ministry of Defence of the Republic of Croatia", "2021-01", None),
     ("Supply Chain Analyst", "Podravka d.d.", "2016-01", "2021-12"),
     ("Procurement Specialist", "KONČAR d.d.", "2012-01", "2016-12"),
     ("Trainee", "Croatian Chamber of Economy", "2011-01", "2012-12")],
    [("Croatian", None, None), ("English", "V", None), ("German", "IV", None), ("Italian", None, None)],
    [],
    ["SAP MM", "Excel (advanced)", "Power BI"]))


# ------------------------------------------------------------------ t64: Turkish CV in Turkish, "03.2017 - devam
# ediyor", a concurrent part-time lecturing post "2019 - devam ediyor", staj (internship), YDS with CEFR
F = "cv_t64_tr_turkce_devamediyor_celikkol.txt"
add(F, """ÖZGEÇMİŞ

Adı Soyadı      : Burak Çelikkol
Doğum Tarihi    : 14.03.1989
Vatandaşlık     : T.C. vatandaşı
Adres           : Çankaya / Ankara
Cep Telefonu    : +90 532 555 41 87
E-posta         : burak.celikkol@example.com.tr

KARİYER HEDEFİ
NATO bünyesinde hava ve füze savunması alanında sistem mühendisliği görevi.

İŞ DENEYİMİ

03.2017 - devam ediyor
    Kıdemli Sistem Mühendisi - ASELSAN A.Ş., Ankara
    Hava savunma sistemlerinin NATO ACCS ile birlikte çalışabilirlik gereksinimleri, Link 16 entegrasyonu.

2019 - devam ediyor
    Öğretim Görevlisi (yarı zamanlı) - TOBB Ekonomi ve Teknoloji Üniversitesi
    Lisans düzeyinde "Sistem Mühendisliğine Giriş" dersi (haftada 3 saat).

09.2012 - 02.2017
    Sistem Mühendisi - Türk Havacılık ve Uzay Sanayii A.Ş. (TUSAŞ), Ankara
    Gereksinim yönetimi ve doğrulama; HÜRJET ön tasarım ekibi.

07.2011 - 08.2011
    Stajyer Mühendis - ROKETSAN A.Ş.

EĞİTİM BİLGİLERİ

2012 - 2015   Yüksek Lisans, Elektrik-Elektronik Mühendisliği
              Orta Doğu Teknik Üniversitesi (ODTÜ)
2007 - 2012   Lisans, Elektrik-Elektronik Mühendisliği (1 yıl hazırlık dahil)
              Hacettepe Üniversitesi
2003 - 2007   Lise, Ankara Fen Lisesi

YABANCI DİL BİLGİSİ
Türkçe    : ana dil
İngilizce : YDS 88 puan (C1)
Almanca   : B2 (Goethe-Zertifikat B2)
Fransızca : başlangıç

BİLGİSAYAR BİLGİSİ
MATLAB, Simulink, IBM DOORS, C++

SERTİFİKALAR
INCOSE CSEP (2020); PMI PMP (2022)

ASKERLİK DURUMU
Tamamlandı (bedelli, 2019)

REFERANSLAR
İstenildiğinde verilecektir.
""", cv_label(
    F, "Burak Çelikkol", "burak.celikkol@example.com.tr", "+90 532 555 41 87", "Türkiye",
    [("master", "Elektrik-Elektronik Mühendisliği", "Orta Doğu Teknik Üniversitesi (ODTÜ)", 2015),
     ("bachelor", "Elektrik-Elektronik Mühendisliği", "Hacettepe Üniversitesi", 2012),
     ("secondary", None, "Ankara Fen Lisesi", 2007)],
    False,
    [("Kıdemli Sistem Mühendisi", "ASELSAN A.Ş.", "2017-03", None),
     ("Öğretim Görevlisi", "TOBB Ekonomi ve Teknoloji Üniversitesi", "2019-01", None),
     ("Sistem Mühendisi", "Türk Havacılık ve Uzay Sanayii A.Ş. (TUSAŞ)", "2012-09", "2017-02"),
     ("Stajyer Mühendis", "ROKETSAN A.Ş.", "2011-07", "2011-08")],
    [("Turkish", None, None), ("English", "V", None), ("German", "IV", None), ("French", None, None)],
    [],
    ["MATLAB", "Simulink", "IBM DOORS", "C++"]))


# ------------------------------------------------------------------ t65: Finnish, CV kept as a YAML source file
# (rendercv-like): ISO year-month dates, "end_date: present", DI / TkK / ylioppilastutkinto, competencies under
# their alias names (Achievement Orientation, Teamwork and Co-operation), skills as label/details pairs
F = "cv_t65_fi_yaml_source_isomonths_heikkinen.txt"
add(F, """# cv.yaml - source of my CV (rendered with rendercv); plain text sent as requested in the notice
cv:
  name: Mikko Heikkinen
  location: Espoo, Finland
  email: mikko.heikkinen@example.fi
  phone: "+358 40 555 7261"
  citizenship: Finnish
  social_networks:
    - network: GitHub
      username: mheikkinen-example
  sections:
    summary:
      - "Software engineer (C++/Rust) working on mission systems and NATO data links, looking for an NCIA post."
    experience:
      - company: Patria Aviation Oy
        position: Lead Software Engineer
        location: Tampere
        start_date: 2020-05
        end_date: present
        highlights:
          - "Technical lead, Link 16 gateway software (12 developers)"
          - "Introduced static analysis and MISRA C++ rules in 2021"
      - company: Finnish Defence Forces Logistics Command (Puolustusvoimien logistiikkalaitos)
        position: Software Engineer
        location: Tampere
        start_date: 2016-09
        end_date: 2020-04
        highlights:
          - "C2 systems integration; test lead for exercise ARROW 2019"
      - company: Nokia Oyj
        position: Software Developer Intern
        location: Espoo
        start_date: 2015-06
        end_date: 2015-08
    education:
      - institution: Aalto University
        area: Computer Science
        degree: "DI (diplomi-insinööri, M.Sc. (Tech.))"
        start_date: 2014-09
        end_date: 2016-06
      - institution: Aalto University
        area: Computer Science
        degree: "TkK (tekniikan kandidaatti, B.Sc. (Tech.))"
        start_date: 2011-09
        end_date: 2014-06
      - institution: Espoon yhteislyseo
        degree: ylioppilastutkinto (matriculation examination)
        date: 2011
    languages:
      - language: Finnish
        level: native
      - language: Swedish
        level: "B2 (virkamiesruotsi, good)"
      - language: English
        level: C2
      - language: German
        level: basics
    nato_competencies:
      - Analytical Thinking
      - Achievement Orientation
      - Teamwork and Co-operation
    skills:
      - label: Programming
        details: C++, Python, Rust
      - label: Tools
        details: Git, Jenkins, Docker
design:
  theme: classic
""", cv_label(
    F, "Mikko Heikkinen", "mikko.heikkinen@example.fi", "+358 40 555 7261", "Finland",
    [("master", "Computer Science", "Aalto University", 2016),
     ("bachelor", "Computer Science", "Aalto University", 2014),
     ("secondary", None, "Espoon yhteislyseo", 2011)],
    False,
    [("Lead Software Engineer", "Patria Aviation Oy", "2020-05", None),
     ("Software Engineer", "Finnish Defence Forces Logistics Command (Puolustusvoimien logistiikkalaitos)", "2016-09",
      "2020-04"),
     ("Software Developer Intern", "Nokia Oyj", "2015-06", "2015-08")],
    [("Finnish", None, None), ("Swedish", "IV", None), ("English", "VI", None), ("German", None, None)],
    ["Analytical Thinking", "Achievement", "Teamwork"],
    ["C++", "Python", "Rust", "Git", "Jenkins", "Docker"]))


# ------------------------------------------------------------------ t66: Norwegian, English CV in chronological
# order (current post LAST), "01.2016 – dags dato", a career break, a concurrent Home Guard reserve post,
# "SLP: L-2, S-2, R-2+, W-1+"
F = "cv_t66_no_chronological_dagsdato_break_reserve_kvam.txt"
add(F, """CURRICULUM VITAE
Sigrid Aune Kvam
Sandakerveien 12, 0473 Oslo  ·  +47 915 55 302  ·  sigrid.kvam@example.no
Citizenship: Norway   ·   Born 1984

(listed in chronological order, oldest first)

EDUCATION
2000 – 2003       Videregående skole (studiespesialisering), Trondheim katedralskole
2003 – 2006       Bachelor i statsvitenskap, Norges teknisk-naturvitenskapelige universitet (NTNU)
2007 – 2009       Master i statsvitenskap, Universitetet i Oslo
2012              Befalsskolen for Heimevernet (HV NCO course, 6 weeks)

EMPLOYMENT
08.2009 – 07.2011     Research Assistant, Norwegian Institute of International Affairs (NUPI), Oslo
08.2011 – 06.2014     Adviser, Norwegian Ministry of Defence (Forsvarsdepartementet), Oslo
03.2012 – dags dato   Reserve Platoon Commander, Norwegian Home Guard (Heimevernet), HV-02 Oslo og Akershus
                      (part-time, about three weeks a year, parallel to my civilian posts)
07.2014 – 07.2015     Career break: sabbatical year, volunteering with a mountain school project in Nepal
08.2015 – 12.2015     Senior Adviser, Norwegian Ministry of Defence (Forsvarsdepartementet), Oslo
01.2016 – dags dato   Head of Section, Norwegian Defence Materiel Agency (Forsvarsmateriell), Kjeller
                      Section for international materiel cooperation: NSPA partnerships, Nordic
                      (NORDEFCO) armaments cooperation, NATO Conference of National Armaments Directors.

LANGUAGES
Norwegian – mother tongue
English – C2
French – B2
Russian – SLP: L-2, S-2, R-2+, W-1+ (tested 2019)

DIGITAL
Excel, ArcGIS Pro, Power BI
""", cv_label(
    F, "Sigrid Aune Kvam", "sigrid.kvam@example.no", "+47 915 55 302", "Norway",
    [("secondary", None, "Trondheim katedralskole", 2003),
     ("bachelor", "statsvitenskap", "Norges teknisk-naturvitenskapelige universitet (NTNU)", 2006),
     ("master", "statsvitenskap", "Universitetet i Oslo", 2009)],
    False,
    [("Research Assistant", "Norwegian Institute of International Affairs (NUPI)", "2009-08", "2011-07"),
     ("Adviser", "Norwegian Ministry of Defence (Forsvarsdepartementet)", "2011-08", "2014-06"),
     ("Reserve Platoon Commander", "Norwegian Home Guard (Heimevernet)", "2012-03", None),
     ("Senior Adviser", "Norwegian Ministry of Defence (Forsvarsdepartementet)", "2015-08", "2015-12"),
     ("Head of Section", "Norwegian Defence Materiel Agency (Forsvarsmateriell)", "2016-01", None)],
    [("Norwegian", None, None), ("English", "VI", None), ("French", "IV", None), ("Russian", None, "2221")],
    [],
    ["Excel", "ArcGIS Pro", "Power BI"]))


# ------------------------------------------------------------------ t67: Portuguese CV in Portuguese written as
# plain-text GRID TABLES (+---+ borders, cells wrapped over several lines), "03/2018 – até ao presente"
def grid(rows, widths, head=True):
    """Render rows as a pandoc-style grid table; every cell is wrapped to its column width."""
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]
    for k, row in enumerate(rows):
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        n = max(len(c) for c in cells)
        for i in range(n):
            out.append("| " + " | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths))
                       + " |")
        out.append(hsep if (head and k == 0) else sep)
    return "\n".join(out)


F = "cv_t67_pt_portugues_gridtables_ateaopresente_pires.txt"
add(F, "CURRICULUM VITAE\n\n" + grid([
    ["Dados pessoais", ""],
    ["Nome", "Rita Alexandra Gonçalves Pires"],
    ["Nacionalidade", "Portuguesa"],
    ["Correio eletrónico", "rita.pires@example.pt"],
    ["Telemóvel", "+351 912 555 406"],
    ["Morada", "Rua de São Bento 120, 1200-820 Lisboa"]], [20, 44]) + "\n\nEXPERIÊNCIA PROFISSIONAL\n\n" + grid([
    ["Período", "Função", "Entidade empregadora"],
    ["03/2018 – até ao presente", "Técnica Superior de Relações Internacionais",
     "Direção-Geral de Política de Defesa Nacional (DGPDN)"],
    ["10/2013 – 02/2018", "Assessora de investigação", "Instituto da Defesa Nacional (IDN)"],
    ["09/2012 – 09/2013", "Estagiária", "Representação Permanente de Portugal junto da OTAN"]], [17, 26, 28])
    + "\n\nEDUCAÇÃO E FORMAÇÃO\n\n" + grid([
    ["Ano", "Grau", "Área", "Instituição"],
    ["2012", "Mestrado", "Relações Internacionais", "Universidade Nova de Lisboa"],
    ["2010", "Licenciatura", "Ciência Política", "Instituto Superior de Ciências Sociais e Políticas (ISCSP)"],
    ["2007", "Ensino secundário (12.º ano)", "", "Escola Secundária de Camões"]], [6, 16, 16, 28])
    + "\n\nLÍNGUAS\n\n" + grid([
    ["Língua", "Nível"],
    ["Português", "língua materna"],
    ["Inglês", "C1 (IELTS 7.5)"],
    ["Francês", "B2"],
    ["Espanhol", "compreensão boa, expressão razoável"]], [12, 40])
    + "\n\nCOMPETÊNCIAS INFORMÁTICAS\n\nMicrosoft Office, SPSS, NVivo\n\nLisboa, 9 de janeiro de 2027\n",
    cv_label(
    F, "Rita Alexandra Gonçalves Pires", "rita.pires@example.pt", "+351 912 555 406", "Portugal",
    [("master", "Relações Internacionais", "Universidade Nova de Lisboa", 2012),
     ("bachelor", "Ciência Política", "Instituto Superior de Ciências Sociais e Políticas (ISCSP)", 2010),
     ("secondary", None, "Escola Secundária de Camões", 2007)],
    False,
    [("Técnica Superior de Relações Internacionais", "Direção-Geral de Política de Defesa Nacional (DGPDN)",
      "2018-03", None),
     ("Assessora de investigação", "Instituto da Defesa Nacional (IDN)", "2013-10", "2018-02"),
     ("Estagiária", "Representação Permanente de Portugal junto da OTAN", "2012-09", "2013-09")],
    [("Portuguese", None, None), ("English", "V", None), ("French", "IV", None), ("Spanish", None, None)],
    [],
    ["Microsoft Office", "SPSS", "NVivo"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
