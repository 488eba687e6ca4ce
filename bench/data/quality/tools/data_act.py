from common import Cand as C, X

SLUG = "act-programme-assistant"
# Tags: adm = administrative or financial support to projects/programmes; intl = military or international environment
ESSENTIALS = [
    ("Nationality: national of a NATO member nation", True),
    ("Good general education at least to higher secondary level", True),
    ("At least three years' experience in administrative or financial support to projects or programmes", True),
    ("Experience working in a military or international environment", True),
    ("Advanced user of Microsoft Office, in particular Excel and SharePoint", True),
    ("Able to work accurately under time pressure", False),
    ("English: SLP 3232 (Listening, Speaking, Reading, Writing)", True),
]
CANDS = [
C(1, "Tanya Brooks", "United States", ["bachelor|Business Administration|Old Dominion University|2012"], False, [
    X("Yeoman (administrative specialist)", "U.S. Navy", "2005-06", "2013-05", "Administrative support to a fleet staff; travel and budget records.", "adm,intl"),
    X("Programme assistant (contractor)", "HQ SACT, Capability Development", "2013-09", None, "Schedules, action trackers, SharePoint site owner, purchase requisitions in the HQ ERP; advanced Excel.", "adm,intl"),
 ], "English:VI", "Clarity and Accuracy=3",
 ["Excel", "SharePoint", "SAP", "PRINCE2 Foundation"], "Programme assistant at HQ SACT, former Navy yeoman.",
 3, True, "MMMMMMM", "20 y admin support in military settings incl. 12 y at ACT itself; Excel/SharePoint/ERP; degree exceeds the requirement"),
C(2, "Rita Ferreira", "Portugal", ["secondary|Secretarial and administration (vocational upper secondary)|Escola Secundária de Oeiras|2004"], False, [
    X("Programme assistant", "NATO Joint Analysis and Lessons Learned Centre (Lisbon)", "2014-02", None, "Project administration and budget follow-up; SharePoint site management; Excel reporting.", "adm,intl"),
 ], "Portuguese:VI, English:V:3333, French:III", "",
 ["Excel", "SharePoint"], "NATO programme assistant.",
 3, True, "MMMMMMM", "12 y programme assistant in a NATO body; Excel/SharePoint; SLP 3333"),
C(3, "Marek Dvořák", "Czechia", ["bachelor|Economics|Mendel University|2018"], False, [
    X("Administrative officer, project office", "Ministry of Defence (Czech Republic), Armaments Division", "2021-09", None, "Project files, budget tracking in Excel, meeting organisation.", "adm,intl"),
 ], "Czech:VI, English::3333", "",
 ["Excel"], "Czech MoD project administrator; nothing on SharePoint.",
 2, None, "MMMMTMM", "4 y 9 m project administration in the MoD; Excel shown, SharePoint not (to assess)"),
C(4, "Jimmy Dawson", "United States", ["none|Compulsory schooling (no high school diploma)|Norfolk public schools|1995"], False, [
    X("Administrative clerk", "Naval Station Norfolk (civilian)", "2008-03", None, "Project files and purchase orders; Excel and SharePoint.", "adm,intl"),
 ], "English:VI", "",
 ["Excel", "SharePoint"], "Base clerk without a high school diploma.",
 0, False, "MNMMMMM", "No higher secondary education (no high school diploma)"),
C(5, "Dr. Ingeborg Lund", "Norway", ["doctorate|Astrophysics|University of Oslo|2010"], False, [
    X("Researcher", "University of Oslo", "2010-09", None, "Research on galaxy formation.", ""),
 ], "Norwegian:VI, English:V:4444", "",
 ["Python", "data analysis"], "Astrophysicist.",
 0, False, "MMNNTMM", "Over-qualified but off-topic: research career, no administrative support or military/international environment"),
C(6, "Kelly Nguyen", "United States", ["secondary|High school diploma|Kempsville High School|2016"], False, [
    X("Retail associate", "Department store", "2016-06", "2023-11", "Sales.", ""),
    X("Administrative assistant", "Joint Staff J7 (contractor), Suffolk VA", "2023-12", None, "Project trackers, SharePoint and Excel.", "adm,intl"),
 ], "English:VI", "",
 ["Excel", "SharePoint"], "Administrative assistant in a joint staff contractor team.",
 0, False, "MMNMMMM", "Only 2 y 6 m of administrative support to projects (<3 y)"),
C(7, "Laura Hernández", "Spain", ["secondary|Bachillerato|IES Cervantes|2008"], False, [
    X("Administrative assistant", "Town council of Alcalá (local government)", "2012-01", None, "Administrative support to municipal projects; Excel and SharePoint.", "adm"),
 ], "Spanish:VI, English:V:3333", "",
 ["Excel", "SharePoint"], "Municipal administrative assistant.",
 0, False, "MMMNMMM", "14 y project administration, but only in a local council: no military or international environment"),
C(8, "Gökhan Arslan", "Türkiye", ["secondary|High school diploma|Ankara Atatürk Lisesi|2005"], False, [
    X("Project assistant", "Turkish General Staff (civilian)", "2009-01", None, "Project administration; Excel and SharePoint.", "adm,intl"),
 ], "Turkish:VI, English::2222", "",
 ["Excel", "SharePoint"], "General staff project assistant.",
 0, False, "MMMMMMN", "English SLP 2222: listening and reading below the 3 required"),
C(9, "Sophie Brandt", "Germany", ["secondary|Abitur|Gymnasium Bad Godesberg|2010"], False, [
    X("Project assistant", "NATO Communications and Information Agency (The Hague)", "2015-05", None, "Project administration and financial follow-up; Excel, SharePoint.", "adm,intl"),
 ], "German:VI, English:V, French:II", "",
 ["Excel", "SharePoint", "SAP"], "NCIA project assistant; English V without SLP.",
 2, True, "MMMMMMM", "11 y NATO agency project support; English V taken as meeting SLP 3232 (approximate)"),
C(10, "Danny Walsh", "United Kingdom", ["secondary|GCSEs and A-levels|Sheffield College|2012"], False, [
    X("Bartender", "Pub chain", "2012-09", None, "Bar service."),
 ], "English:VI", "",
 ["SharePoint", "Excel", "PRINCE2", "NATO capability development", "NDPP", "SLP 3232", "programme support", "ERP"],
 "Bartender whose skills list copies the notice.",
 0, False, "MMNNTMM", "Keyword stuffer: hospitality career, no programme support or military/international environment"),
C(11, "Ana Paula Souza", "Brazil", ["bachelor|Business Administration|Universidade de São Paulo|2011"], False, [
    X("Programme assistant", "United Nations Development Programme (Brasília)", "2012-03", None, "Project administration; Excel; SharePoint.", "adm,intl"),
 ], "Portuguese:VI, English:V:3333, Spanish:V", "",
 ["Excel", "SharePoint"], "UNDP programme assistant.",
 0, False, "NMMMMMM", "Brazilian national: not a NATO member nation"),
C(12, "Brandon Carter", "United States", ["secondary|High school diploma|Granby High School|2015"], False, [
    X("Administrative assistant (civilian)", "U.S. Army Garrison, Fort Eustis", "2023-02", None, "Supports a project office: schedules, Excel trackers, SharePoint library.", "adm,intl"),
 ], "English:VI", "",
 ["Excel", "SharePoint"], "Garrison administrative assistant.",
 1, True, "MMMMMMM", "Meets minimums narrowly (3 y 4 m in a military project office); junior"),
C(13, "Malin Olsen", "Denmark", ["secondary|Studentereksamen (upper secondary)|Aarhus Katedralskole|2007"], False, [
    X("Programme assistant", "NATO Support and Procurement Agency", "2013-06", None, "Programme administration and financial follow-up for customer nations.", "adm,intl"),
 ], "Danish:VI, English:V:3333", "",
 ["programme administration"], "NSPA programme assistant; no IT tools mentioned.",
 2, None, "MMMMTMM", "13 y NATO programme support; Excel/SharePoint proficiency not stated (to assess)"),
C(14, "Jessica Ramirez", "United States", ["secondary|High school diploma|Ramstein American High School|2006"], False, [
    X("Family readiness coordinator", "U.S. Army Europe (Wiesbaden)", "2009-01", "2015-12", "Event and volunteer coordination.", "intl"),
    X("Administrative specialist", "U.S. European Command J5 (Stuttgart)", "2016-01", None, "Budget requests, travel claims and project trackers; Excel and SharePoint power user.", "adm,intl"),
 ], "English:VI, German:III", "",
 ["Excel", "SharePoint", "DTS"], "Military spouse, EUCOM administrative specialist.",
 2, True, "MMMMMMM", "10 y admin support in a US joint staff, Excel/SharePoint; meets all"),
C(15, "Goran Petrović", "Montenegro", [], False, [
    X("Administrative assistant", "Ministry of Defence (Montenegro)", "2015-03", None, "Project administration; Excel; SharePoint.", "adm,intl"),
 ], "Montenegrin:VI, English::3333", "",
 ["Excel", "SharePoint"], "MoD administrative assistant; education not given.",
 1, None, "MTMMMMM", "11 y MoD project admin, but the profile states no education (to assess)"),
C(16, "Hannah Price", "United Kingdom", ["secondary|A-levels|Lincoln Christ's Hospital School|2010"], False, [
    X("Administrator", "Royal Air Force, Air Command", "2011-09", "2018-08", "Programme office administration; budget tracking.", "adm,intl"),
    X("Programme support officer", "NATO Airborne Early Warning & Control Force (Geilenkirchen)", "2018-09", None, "Programme schedules, SharePoint site, Excel dashboards, ERP commitments.", "adm,intl"),
 ], "English:VI, German:II", "Clarity and Accuracy=4",
 ["SharePoint", "Excel", "SAP", "PRINCE2 Foundation"], "Programme support officer at NAEW&C Force, native English.",
 3, True, "MMMMMMM", "14+ y programme support in RAF and NATO; SharePoint/Excel/ERP; PRINCE2"),
C(17, "Olga Nowak", "Poland", ["secondary|Matura|Liceum Ogólnokształcące nr 5|2009"], False, [
    X("Office assistant", "Multinational Corps Northeast (Szczecin)", "2014-04", None, "Administrative support to the J7 exercise programme; Excel and SharePoint.", "adm,intl"),
 ], "Polish:VI, English::3332", "",
 ["Excel", "SharePoint"], "Corps HQ office assistant.",
 2, True, "MMMMMMM", "12 y admin support in a NATO corps HQ; SLP 3332 meets 3232"),
C(18, "Richard Hale", "United States", ["master|Public Administration|George Mason University|2004"], False, [
    X("Programme manager", "Defense Logistics Agency", "2004-09", None, "Manages logistics IT programmes with budgets of USD 40 million.", "adm,intl"),
 ], "English:VI", "Leadership=4",
 ["programme management", "PMP"], "Senior programme manager applying for an assistant post.",
 2, None, "MMMMTMM", "Meets the hard criteria, but heavily over-qualified for a B-grade assistant post; Office skills implied only"),
C(19, "Elena Marinescu", "Romania", ["secondary|Baccalaureate|Colegiul Național Mihai Viteazul|2006"], False, [
    X("Finance assistant", "NATO Force Integration Unit Romania (Bucharest)", "2017-03", None, "Financial support to exercises and projects: commitments, invoices, Excel reports, SharePoint records.", "adm,intl"),
 ], "Romanian:VI, English:V:3333, French:III", "",
 ["Excel", "SharePoint", "SAP"], "NFIU finance assistant.",
 2, True, "MMMMMMM", "9 y financial support to projects in a NATO unit; Excel/SharePoint/SAP"),
C(20, "Klaus Hofer", "Germany", ["secondary|Abitur|Gymnasium Ulm|2003"], False, [
    X("Administrative assistant", "Bundeswehr Joint Support and Enabling Service", "2006-01", None, "Project files; Excel and SharePoint.", "adm,intl"),
 ], "German:VI, English::3323", "",
 ["Excel", "SharePoint"], "Bundeswehr administrative assistant.",
 0, False, "MMMMMMN", "English SLP 3323: reading 2 is below the 3 required"),
]
