"""TXT CVs of corpus 8 (t50-t55). Each document is followed by its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t50: German "tabellarischer Lebenslauf" in German,
# "04/2021 – bis heute", "seit 10/2022" (concurrent part-time post), Elternzeit (career break), signature line
F = "cv_t50_de_tabellarisch_bisheute_elternzeit_lorenz.txt"
add(F, """TABELLARISCHER LEBENSLAUF

Persönliche Daten
Name:                  Dr. Katharina Lorenz
Anschrift:             Adenauerallee 17, 53113 Bonn
Telefon:               +49 171 5550382
E-Mail:                k.lorenz@example.de
Geburtsdatum/-ort:     14.05.1985 in Koblenz
Staatsangehörigkeit:   deutsch
Familienstand:         verheiratet, zwei Kinder

Berufserfahrung
04/2021 – bis heute    Referentin Rüstungskontrolle
                       Bundesministerium der Verteidigung (BMVg), Referat Pol II 3, Berlin
                       – Vorbereitung deutscher Positionen für die NATO-Gremien zu Rüstungskontrolle
                       – Mitarbeit im Verifikationszentrum der Bundeswehr bei Inspektionen (Wiener Dokument)
seit 10/2022           Lehrbeauftragte (nebenberuflich)
                       Rheinische Friedrich-Wilhelms-Universität Bonn, Institut für Politische Wissenschaft
                       Seminar "Sicherheitspolitik der NATO", 2 SWS
09/2019 – 03/2021      Elternzeit
01/2015 – 08/2019      Wissenschaftliche Mitarbeiterin
                       Stiftung Wissenschaft und Politik (SWP), Berlin
                       Forschungsgruppe Sicherheitspolitik; Studien zu nuklearer Teilhabe und Abrüstung
10/2011 – 12/2014      Referentin (Teilzeit, parallel zur Promotion)
                       Deutsche Gesellschaft für Auswärtige Politik (DGAP), Berlin

Ausbildung
2011 – 2015            Promotion (Dr. phil.) in Politikwissenschaft
                       Rheinische Friedrich-Wilhelms-Universität Bonn
                       Dissertation: "Vertrauensbildung durch Verifikation"
2005 – 2011            Magister Artium (M.A.), Politikwissenschaft und Geschichte
                       Universität zu Köln
2004                   Abitur, Görres-Gymnasium Koblenz

Weiterbildung
2022                   Lehrgang "Sicherheitspolitik" der Bundesakademie für Sicherheitspolitik (BAKS)

Sprachkenntnisse
Deutsch                Muttersprache
Englisch               verhandlungssicher (C1)
Französisch            gute Kenntnisse (B2)
Russisch               Grundkenntnisse

EDV-Kenntnisse
MS Office, Citavi, SPSS, Stata

Sonstiges
Führerschein Klasse B; Ehrenamt: Schöffin am Landgericht Bonn seit 2020

Bonn, 10. Januar 2027
Katharina Lorenz
""", cv_label(
    F, "Katharina Lorenz", "k.lorenz@example.de", "+49 171 5550382", "Germany",
    [("doctorate", "Politikwissenschaft", "Rheinische Friedrich-Wilhelms-Universität Bonn", 2015),
     ("master", "Politikwissenschaft und Geschichte", "Universität zu Köln", 2011),
     ("secondary", None, "Görres-Gymnasium Koblenz", 2004)],
    False,
    [("Referentin Rüstungskontrolle", "Bundesministerium der Verteidigung (BMVg)", "2021-04", None),
     ("Lehrbeauftragte", "Rheinische Friedrich-Wilhelms-Universität Bonn", "2022-10", None),
     ("Wissenschaftliche Mitarbeiterin", "Stiftung Wissenschaft und Politik (SWP)", "2015-01", "2019-08"),
     ("Referentin", "Deutsche Gesellschaft für Auswärtige Politik (DGAP)", "2011-10", "2014-12")],
    [("German", None, None), ("English", "V", None), ("French", "IV", None), ("Russian", None, None)],
    [],
    ["MS Office", "Citavi", "SPSS", "Stata"]))


# ------------------------------------------------------------------ t51: UK CV, personal statement, "March 2020 to
# date", two roles under one employer heading, a concurrent part-time Army Reserve post
F = "cv_t51_uk_personalstatement_todate_reserve_forsyth.txt"
add(F, """JAMES ALISTAIR FORSYTH
14 Cathedral Road, Cardiff CF11 9LJ  |  07700 900461  |  j.forsyth@example.co.uk
British citizen  |  Full UK driving licence

PERSONAL STATEMENT
I am a logistics professional with twelve years' experience of defence supply chains, in a government
agency and in the Army Reserve. I enjoy turning complicated movement plans into something a depot can
execute, and I am now looking to bring that experience to the NATO Support and Procurement Agency, where I
would like to work on multinational fuel and ammunition support.

CAREER HISTORY

Defence Equipment & Support (DE&S), Ministry of Defence, Abbey Wood, Bristol

  Senior Logistics Manager                                   March 2020 to date
  - Manage the land equipment spares pipeline (value £140m a year) for deployed UK forces in Estonia.
  - Led the 2023 redesign of the Baltic resupply route, cutting average lead times from 21 to 12 days.

  Logistics Manager                                          June 2016 to February 2020
  - Planned sea and rail movements for exercises in Poland and Norway.

Army Reserve, 157 (Welsh) Regiment RLC (part-time, alongside my civilian employment)

  Troop Commander                                            September 2014 to date
  - Command a 30-strong transport troop as a Captain; mobilised for Operation CABRIT in 2019.

Wincanton plc, Chepstow

  Transport Planner                                          August 2012 to May 2016
  - Daily route planning for a fleet of 80 vehicles.

EDUCATION
MSc Logistics and Supply Chain Management, Cranfield University, 2018
BA (Hons) Geography, Cardiff University, 2012

PROFESSIONAL MEMBERSHIP
Chartered Member of the Chartered Institute of Logistics and Transport (MCILT), 2019

LANGUAGES
English (native); French - B2 (DELF B2, 2019); Welsh - conversational

KEY SKILLS
Supply chain planning; inventory management; SAP; MS Excel (advanced); stakeholder management

REFERENCES
Available on request.
""", cv_label(
    F, "James Alistair Forsyth", "j.forsyth@example.co.uk", "07700 900461", "United Kingdom",
    [("master", "Logistics and Supply Chain Management", "Cranfield University", 2018),
     ("bachelor", "Geography", "Cardiff University", 2012)],
    False,
    [("Senior Logistics Manager", "Defence Equipment & Support (DE&S)", "2020-03", None),
     ("Logistics Manager", "Defence Equipment & Support (DE&S)", "2016-06", "2020-02"),
     ("Troop Commander", "Army Reserve", "2014-09", None),
     ("Transport Planner", "Wincanton plc", "2012-08", "2016-05")],
    [("English", None, None), ("French", "IV", None), ("Welsh", None, None)],
    [],
    ["Supply chain planning", "inventory management", "SAP", "MS Excel (advanced)", "stakeholder management"]))


# ------------------------------------------------------------------ t52: Hungarian CV in Hungarian, dates "2019. 03. –
# jelenleg" (spaces after the dots), surname-first name, employer line above the title
F = "cv_t52_hu_magyar_spaceddates_varga.txt"
add(F, """ÖNÉLETRAJZ

SZEMÉLYES ADATOK
Név:                  Varga Eszter
Születési hely, idő:  Debrecen, 1988. 07. 12.
Állampolgárság:       magyar
Lakcím:               1114 Budapest, Bartók Béla út 61.
Telefon:              +36 30 555 7142
E-mail:               varga.eszter@example.hu

SZAKMAI TAPASZTALAT
2019. 03. – jelenleg
    Honvédelmi Minisztérium, Védelempolitikai Főosztály
    Védelempolitikai referens
    NATO védelmi tervezési folyamat (NDPP) nemzeti koordinációja; felkészítő anyagok a
    védelmi tervezési bizottság üléseire.

2015. 09. – 2019. 02.
    Külügyi és Külgazdasági Intézet (KKI)
    Kutató
    Euroatlanti biztonságpolitikai elemzések, konferenciaszervezés.

2013. 07. – 2015. 08.
    Nemzeti Közszolgálati Egyetem (NKE)
    Tudományos segédmunkatárs

TANULMÁNYOK
2013    Nemzeti Közszolgálati Egyetem, nemzetközi biztonság- és védelempolitika mesterszak (MA)
2011    Debreceni Egyetem, nemzetközi tanulmányok alapszak (BA)
2007    Érettségi, Debreceni Fazekas Mihály Gimnázium

NYELVISMERET
magyar     anyanyelv
angol      C1 (felsőfokú ECL nyelvvizsga)
francia    B2 (középfokú nyelvvizsga)
német      alapfok

INFORMATIKAI ISMERETEK
MS Office, SPSS, ArcGIS

EGYÉB
B kategóriás jogosítvány. Hobbi: futás, kórus.
""", cv_label(
    F, "Varga Eszter", "varga.eszter@example.hu", "+36 30 555 7142", "Hungary",
    [("master", "nemzetközi biztonság- és védelempolitika", "Nemzeti Közszolgálati Egyetem", 2013),
     ("bachelor", "nemzetközi tanulmányok", "Debreceni Egyetem", 2011),
     ("secondary", None, "Debreceni Fazekas Mihály Gimnázium", 2007)],
    False,
    [("Védelempolitikai referens", "Honvédelmi Minisztérium", "2019-03", None),
     ("Kutató", "Külügyi és Külgazdasági Intézet (KKI)", "2015-09", "2019-02"),
     ("Tudományos segédmunkatárs", "Nemzeti Közszolgálati Egyetem (NKE)", "2013-07", "2015-08")],
    [("Hungarian", None, None), ("English", "V", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["MS Office", "SPSS", "ArcGIS"]))


# ------------------------------------------------------------------ t53: Polish CV in Polish, dates in prose with
# genitive month names: "od marca 2020 r. do chwili obecnej", "od października 2015 r. do lutego 2020 r."
F = "cv_t53_pl_polski_prosedates_kwiatkowska.txt"
add(F, """ŻYCIORYS ZAWODOWY

Anna Maria Kwiatkowska
ul. Puławska 145/12, 02-715 Warszawa
tel. +48 601 555 218
e-mail: a.kwiatkowska@example.pl
Data urodzenia: 3 listopada 1989 r.
Obywatelstwo: polskie

DOŚWIADCZENIE ZAWODOWE

Od marca 2020 r. do chwili obecnej
Główny specjalista – Ministerstwo Obrony Narodowej, Departament Polityki Bezpieczeństwa
Przygotowywanie stanowisk na posiedzenia Komitetu Polityki i Planowania Obronnego NATO; udział
w pracach nad Celami Zdolności NATO dla Polski.

Od października 2015 r. do lutego 2020 r.
Analityk – Polski Instytut Spraw Międzynarodowych (PISM)
Analizy dotyczące wschodniej flanki NATO; redakcja Biuletynu PISM.

Od lipca 2013 r. do września 2015 r.
Asystent – Akademia Obrony Narodowej
Wsparcie organizacji studiów podyplomowych i konferencji naukowych.

WYKSZTAŁCENIE

2013 – magister, kierunek: bezpieczeństwo narodowe, Uniwersytet Warszawski
2011 – licencjat, kierunek: stosunki międzynarodowe, Uniwersytet Jagielloński

JĘZYKI OBCE
język ojczysty: polski
angielski – C1 (Certificate in Advanced English)
niemiecki – B2
rosyjski – podstawowy

UMIEJĘTNOŚCI
MS Office; analiza OSINT; redagowanie dokumentów strategicznych

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji.
""", cv_label(
    F, "Anna Maria Kwiatkowska", "a.kwiatkowska@example.pl", "+48 601 555 218", "Poland",
    [("master", "bezpieczeństwo narodowe", "Uniwersytet Warszawski", 2013),
     ("bachelor", "stosunki międzynarodowe", "Uniwersytet Jagielloński", 2011)],
    False,
    [("Główny specjalista", "Ministerstwo Obrony Narodowej", "2020-03", None),
     ("Analityk", "Polski Instytut Spraw Międzynarodowych (PISM)", "2015-10", "2020-02"),
     ("Asystent", "Akademia Obrony Narodowej", "2013-07", "2015-09")],
    [("Polish", None, None), ("English", "V", None), ("German", "IV", None), ("Russian", None, None)],
    [],
    ["MS Office", "analiza OSINT", "redagowanie dokumentów strategicznych"]))


# ------------------------------------------------------------------ t54: Greek CV in Greek script with English
# headings, Greek month names in the nominative ("Σεπτέμβριος 2019 – Σήμερα")
F = "cv_t54_gr_greekscript_englishheadings_papadimitriou.txt"
add(F, """CURRICULUM VITAE

NIKOLAOS PAPADIMITRIOU  /  Νικόλαος Παπαδημητρίου
Διεύθυνση: Λεωφόρος Μεσογείων 227, 15451 Αθήνα
Τηλέφωνο: +30 697 555 3120
E-mail: n.papadimitriou@example.gr
Υπηκοότητα: Ελληνική

PROFILE
Αναλυτής αμυντικής πολιτικής με δώδεκα χρόνια εμπειρίας στο ΥΠΕΘΑ και σε ερευνητικά ιδρύματα.

WORK EXPERIENCE
Σεπτέμβριος 2019 – Σήμερα
Σύμβουλος Αμυντικής Πολιτικής, Υπουργείο Εθνικής Άμυνας (ΥΠΕΘΑ)
Προετοιμασία εθνικών θέσεων για τις συνόδους των Υπουργών Άμυνας του ΝΑΤΟ.

Μάρτιος 2014 – Αύγουστος 2019
Ερευνητής, Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής (ΕΛΙΑΜΕΠ)
Μελέτες για την ασφάλεια στην Ανατολική Μεσόγειο.

Ιανουάριος 2012 – Φεβρουάριος 2014
Βοηθός Έρευνας, Πάντειο Πανεπιστήμιο

EDUCATION
2013  Μεταπτυχιακό Δίπλωμα (MSc) στις Διεθνείς Σχέσεις, London School of Economics and Political Science (LSE)
2011  Πτυχίο Πολιτικής Επιστήμης και Ιστορίας, Πάντειο Πανεπιστήμιο

LANGUAGES
Ελληνικά: μητρική γλώσσα
Αγγλικά: C2 (Certificate of Proficiency in English)
Γαλλικά: B2 (DELF B2)

SKILLS
MS Office, Stata, ανάλυση δεδομένων

MILITARY SERVICE
Εκπληρωμένες στρατιωτικές υποχρεώσεις (2011–2012).
""", cv_label(
    F, "Nikolaos Papadimitriou", "n.papadimitriou@example.gr", "+30 697 555 3120", "Greece",
    [("master", "Διεθνείς Σχέσεις", "London School of Economics and Political Science (LSE)", 2013),
     ("bachelor", "Πολιτικής Επιστήμης και Ιστορίας", "Πάντειο Πανεπιστήμιο", 2011)],
    False,
    [("Σύμβουλος Αμυντικής Πολιτικής", "Υπουργείο Εθνικής Άμυνας (ΥΠΕΘΑ)", "2019-09", None),
     ("Ερευνητής", "Ελληνικό Ίδρυμα Ευρωπαϊκής και Εξωτερικής Πολιτικής (ΕΛΙΑΜΕΠ)", "2014-03", "2019-08"),
     ("Βοηθός Έρευνας", "Πάντειο Πανεπιστήμιο", "2012-01", "2014-02")],
    [("Greek", None, None), ("English", "VI", None), ("French", "IV", None)],
    [],
    ["MS Office", "Stata", "ανάλυση δεδομένων"]))


# ------------------------------------------------------------------ t55: US academic CV, ONE chronology with positions,
# degrees and publications interleaved (newest first), year-only "2022–present", a concurrent part-time fellowship
F = "cv_t55_us_academic_interleaved_chronology_hollister.txt"
add(F, """REBECCA L. HOLLISTER, Ph.D.
Edmund A. Walsh School of Foreign Service, Georgetown University, Washington, DC 20057
rhollister@example.edu  |  (202) 555-0187  |  U.S. citizen

RESEARCH INTERESTS
Alliance politics, burden sharing, NATO force posture, deterrence in the Baltic region.

CHRONOLOGY (appointments, degrees and selected publications, newest first)

2024          Article: "Burden Sharing after Madrid." Survival 66 (2): 45-68.
2022–present  Associate Professor of Security Studies, Georgetown University, Edmund A. Walsh School of Foreign Service
2022          Article (with T. Okonkwo): "Forward Presence and Reassurance." Security Studies 31 (4).
2021–present  Nonresident Senior Fellow, Atlantic Council (part-time)
2019          Book: Alliances under Strain. Oxford University Press.
2016–2022     Assistant Professor of Political Science, University of Pittsburgh
2016          Article: "Who Pays for Collective Defense?" International Security 41 (1).
2014–2016     Postdoctoral Fellow, Belfer Center for Science and International Affairs, Harvard Kennedy School
2014          Ph.D. in Political Science, University of Chicago
2011          Article: "Small States in Big Alliances." Journal of Strategic Studies 34 (5).
2009          M.A. in International Relations, Johns Hopkins University SAIS
2007          B.A. in History, Williams College

GRANTS AND AWARDS
2020  Minerva Research Initiative grant (co-PI), $450,000
2015  Fulbright-Schuman Fellowship, Brussels

TEACHING
NATO and Transatlantic Security (graduate); Theories of Alliances (undergraduate)

LANGUAGES
English (native); French (ILR 3); German (reading knowledge)

SERVICE
Editorial board, Journal of Strategic Studies (2021–present); reviewer for International Organization.
""", cv_label(
    F, "Rebecca L. Hollister", "rhollister@example.edu", "(202) 555-0187", "United States",
    [("doctorate", "Political Science", "University of Chicago", 2014),
     ("master", "International Relations", "Johns Hopkins University SAIS", 2009),
     ("bachelor", "History", "Williams College", 2007)],
    False,
    [("Associate Professor of Security Studies", "Georgetown University", "2022-01", None),
     ("Nonresident Senior Fellow", "Atlantic Council", "2021-01", None),
     ("Assistant Professor of Political Science", "University of Pittsburgh", "2016-01", "2022-12"),
     ("Postdoctoral Fellow", "Belfer Center for Science and International Affairs", "2014-01", "2016-12")],
    [("English", None, None), ("French", None, None), ("German", None, None)],
    [],
    []))


def build():
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print(build())
