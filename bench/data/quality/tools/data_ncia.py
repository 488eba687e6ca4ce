from common import Cand as C, X

SLUG = "ncia-cyber-security-engineer"
# Tags: cis = design/implementation/operation of secure CIS; lead = leading a team of engineers/technicians
ESSENTIALS = [
    ("Nationality: national of a NATO member nation", True),
    ("University degree in electrical engineering, computer science or a closely related discipline", True),
    ("At least 5 years' experience in the design, implementation or operation of secure CIS, with 2 years leading a team of engineers or technicians", True),
    ("Demonstrable experience in configuring and hardening network security devices (firewalls, IDS/IPS, cross-domain solutions)", True),
    ("Knowledge of security accreditation processes for classified CIS", True),
    ("Ability to explain complex technical issues clearly to non-technical audiences", False),
    ("English: STANAG 6001 SLP 3333", True),
]
CANDS = [
C(1, "Pieter Janssen", "Netherlands", ["master|Computer Science|Delft University of Technology|2012"], False, [
    X("Network security engineer", "Defence Joint IT Command (JIVC), Ministry of Defence (NL)", "2012-09", "2018-12",
      "Designed and hardened firewall and IDS/IPS configurations for the classified defence network; integrated a cross-domain guard.", "cis"),
    X("Team lead, Secure Networks", "Defence Joint IT Command (JIVC), Ministry of Defence (NL)", "2019-01", None,
      "Leads 6 engineers operating boundary protection for NATO SECRET-level national systems; prepares accreditation files for the national security authority.", "cis,lead"),
 ], "Dutch:VI, English:V:3333", "Analytical Thinking=4; Leadership=Acts to make the team effective",
 ["firewalls", "IDS/IPS", "cross-domain", "accreditation", "CISSP"], "Secure network engineer and team lead, CISSP.",
 3, True, "MMMMMTM", "MSc CS; 13+ y secure CIS incl. 7 y team lead; boundary protection and accreditation; SLP 3333"),
C(2, "Radu Ionescu", "Romania", ["bachelor|Electrical Engineering|Politehnica University of Bucharest|2010", "master|Cyber Security|Military Technical Academy|2013"], False, [
    X("Security engineer", "Special Telecommunications Service (Romania)", "2011-02", "2019-03",
      "Operation and hardening of classified government networks; firewall, IDS and crypto device configuration.", "cis"),
    X("Cyber security team lead (contractor to NCIA)", "Thales", "2019-04", None,
      "Leads a 5-person team integrating boundary protection and cross-domain solutions for NATO mission networks; drafts SSRS and SecOPs for accreditation.", "cis,lead"),
 ], "Romanian:VI, English:V:3434, French:II", "Teamwork=3; Initiative=3",
 ["cross-domain", "SSRS", "SecOPs", "FMN", "GIAC GCIA"], "Cyber security team lead on NATO projects.",
 3, True, "MMMMMTM", "EE + MSc cyber; 15 y secure CIS, 7 y leading a team on NATO networks; SSRS/SecOPs; SLP 3434"),
C(3, "Giulia Romano", "Italy", ["master|Philosophy|Università di Bologna|2011"], False, [
    X("Network security engineer", "Telecom Italia", "2012-01", "2018-06", "Firewall and IDS operations for enterprise customers.", "cis"),
    X("Security operations team lead", "Leonardo Cyber Security", "2018-07", None, "Leads 8 analysts; hardening of customer perimeter devices; support to accreditation of a classified defence network.", "cis,lead"),
 ], "Italian:VI, English:V:3333", "Leadership=4",
 ["CISSP", "firewalls", "IDS/IPS"], "Experienced security engineer with a philosophy degree.",
 0, False, "MNMMMTM", "Strong career, but the degree (philosophy) is not in the required EE/CS or closely related field"),
C(4, "Tomás García", "Spain", ["bachelor|Telecommunications Engineering|Universidad Politécnica de Madrid|2014"], False, [
    X("Cyber security engineer", "Indra", "2014-09", "2020-01", "Design of secure networks for defence customers; firewall hardening.", "cis"),
    X("Team leader, Network Defence", "Joint Cyberspace Command (Spain)", "2020-02", None, "Leads 5 technicians; boundary protection of the classified military network; accreditation support.", "cis,lead"),
 ], "Spanish:VI, English::3332, French:II", "",
 ["network defence", "firewalls"], "Spanish military network defence team lead.",
 0, False, "MMMMMTN", "Telecoms engineering accepted as closely related; 11+ y incl. team lead; but SLP 3332 (writing 2) below 3333"),
C(5, "Sofie Andersen", "Denmark", ["master|Mathematics|University of Copenhagen|2013"], False, [
    X("CIS security engineer", "Danish Defence Acquisition and Logistics Organisation", "2014-03", "2021-02", "Secure network design; firewall and IDS configuration; crypto.", "cis"),
    X("Team lead, Classified Networks", "Danish Defence Acquisition and Logistics Organisation", "2021-03", None, "Leads 4 engineers; accreditation files for national classified systems.", "cis,lead"),
 ], "Danish:VI, English:V:3333", "",
 ["cryptography", "firewalls", "accreditation"], "Mathematician working as CIS security engineer.",
 2, None, "MTMMMTM", "Strong secure-CIS record; whether mathematics is 'closely related' to CS is a judgement (to assess)"),
C(6, "Lukáš Novák", "Slovakia", ["bachelor|Computer Science|Slovak University of Technology|2021"], False, [
    X("SOC analyst", "National Security Authority (Slovakia)", "2022-01", None, "Monitoring of government networks, IDS alert triage.", "cis"),
 ], "Slovak:VI, English:V:3333", "",
 ["SIEM", "IDS"], "Junior SOC analyst.",
 0, False, "MMNTTTM", "About 4 y 5 m of experience (<5) and no team leadership"),
C(7, "Kaspars Ozols", "Latvia", ["master|Electrical Engineering|Riga Technical University|2012"], False, [
    X("Network security engineer", "Ministry of Defence (Latvia), CIS Directorate", "2013-02", None,
      "Individual contributor with no supervisory responsibilities: firewall and IDS/IPS hardening, cross-domain gateway configuration, accreditation documentation.", "cis"),
 ], "Latvian:VI, English:V:3333, Russian:V", "",
 ["firewalls", "cross-domain", "accreditation"], "Senior individual-contributor network security engineer.",
 0, False, "MMNMMTM", "13 y secure CIS but explicitly no team leadership: fails the '2 years leading a team' condition"),
C(8, "Nicolas Girard", "France", ["bachelor|Computer Science|Université de Lille|2015"], False, [
    X("IT helpdesk technician", "Regional hospital", "2016-01", None, "User support, password resets, PC imaging."),
 ], "French:VI, English:V:3333", "",
 ["firewalls", "IDS/IPS", "cross-domain solutions", "accreditation", "secure CIS", "SLP 3333", "ITIL", "FMN", "team leadership", "CISSP"],
 "Helpdesk technician whose skills list mirrors the notice.",
 0, False, "MMNTTTM", "Keyword stuffer: 10 y helpdesk, no secure CIS design/operation or team lead behind the listed skills"),
C(9, "Oleksandr Bondarenko", "Ukraine", ["master|Computer Science|Kyiv Polytechnic Institute|2009"], False, [
    X("Head of network security", "State Service of Special Communications (Ukraine)", "2012-01", None, "Leads 20 engineers; protection of classified government networks.", "cis,lead"),
 ], "Ukrainian:VI, English:V:3333", "Leadership=5",
 ["network security", "incident response"], "Ukrainian government network security head.",
 0, False, "NMMMMTM", "Ukrainian national: NCIA posts are open to nationals of NATO member nations only"),
C(10, "Piotr Zieliński", "Poland", ["master|Electrical Engineering|Warsaw University of Technology|2009"], False, [
    X("Security engineer", "NASK (national research institute)", "2009-10", "2016-12", "Secure network design for government customers; firewalls, IDS.", "cis"),
    X("Team leader, Secure Infrastructure", "Cyberspace Defence Forces Component Command (Poland)", "2017-01", None, "Leads 6 engineers; hardening of classified military network boundaries; accreditation documentation.", "cis,lead"),
 ], "Polish:VI, English:V, German:III", "",
 ["firewalls", "IDS", "accreditation"], "Polish military cyber team leader; English given as NATO level V only.",
 2, True, "MMMMMTM", "Meets all; English V with no SLP stated, taken as meeting 3333 (C1 ~ SLP 3333, approximate); no NATO experience"),
C(11, "Jean-Baptiste Leroy", "France", ["master|Telecommunications Engineering (diplôme d'ingénieur)|Télécom Paris|2011"], False, [
    X("Security auditor", "ANSSI", "2011-09", "2018-08", "Audits and accreditation (homologation) of classified government systems.", "cis"),
    X("Head of network security cell", "DIRISI (French defence CIS directorate)", "2018-09", None, "Leads 7 technicians; firewall and cross-domain gateway hardening.", "cis,lead"),
 ], "French:VI, English:IV", "",
 ["homologation", "cross-domain"], "French defence network security cell head; English IV, no SLP.",
 2, None, "MMMMMTT", "Excellent technical fit but English IV without an SLP: whether it reaches 3333 must be checked (to assess)"),
C(12, "Prof. Dr. Stefan Keller", "Germany", ["doctorate|Computer Science (Machine Learning)|Karlsruhe Institute of Technology|2008"], False, [
    X("Professor of Machine Learning", "Technical University of Darmstadt", "2012-04", None, "Research on deep learning; leads a group of 12 PhD students.", "lead"),
 ], "German:VI, English:VI", "Conceptual Thinking=5",
 ["machine learning", "deep learning"], "Machine learning professor.",
 0, False, "MMNTTTM", "Over-qualified but off-topic: academic ML research, no secure CIS operation"),
C(13, "Mark Davies", "United Kingdom", ["bachelor|Electronic Engineering|University of Southampton|2008"], False, [
    X("Network security engineer", "BT Global Services", "2008-09", "2016-03", "Firewall and IPS design and hardening for corporate and public-sector customers.", "cis"),
    X("Team lead, Managed Security Services", "Commercial MSSP (London)", "2016-04", None, "Leads 6 engineers operating customer firewalls and IDS.", "cis,lead"),
 ], "English:VI", "Leadership=3",
 ["firewalls", "IPS", "managed security"], "Commercial network security team lead, native English speaker.",
 2, None, "MMMMTTM", "Strong engineering and leadership; nothing on accreditation of classified CIS (to assess)"),
C(14, "Émilie Tremblay", "Canada", ["bachelor|Computer Engineering|Université Laval|2012"], False, [
    X("Signals officer, network security", "Canadian Armed Forces", "2012-06", "2019-05", "Secured deployed CIS; firewall and IDS configuration; accreditation packages.", "cis"),
    X("Team lead, Boundary Protection", "Shared Services Canada", "2019-06", "2022-08", "Led 5 engineers on government boundary protection.", "cis,lead"),
    X("Senior security engineer (contractor)", "NCIA Mons via CGI", "2022-09", None, "Cross-domain solutions and FMN security on NATO networks; leads 3 technicians.", "cis,lead"),
 ], "French:VI, English:V:3333", "Initiative=3",
 ["FMN", "cross-domain", "accreditation"], "Canadian network security engineer on NCIA projects.",
 3, True, "MMMMMTM", "Computer engineering; 14 y secure CIS incl. ~7 y team lead and NATO/FMN work; SLP 3333"),
C(15, "Arbër Gashi", "Albania", ["bachelor|Computer Science|Polytechnic University of Tirana|2018"], False, [
    X("CIS engineer", "Albanian Armed Forces, CIS Support Battalion", "2020-09", "2023-12", "Operation of the military network; configured firewalls and IDS.", "cis"),
    X("Team lead, Network Security", "Albanian Armed Forces, CIS Support Battalion", "2024-01", None, "Leads 4 technicians; supported accreditation of the national classified network.", "cis,lead"),
 ], "Albanian:VI, English:V:3333, Italian:IV", "",
 ["firewalls", "IDS"], "Albanian military CIS team lead.",
 2, True, "MMMMMTM", "Meets minimums (5 y 9 m, 2 y 5 m team lead), classified network and accreditation exposure; still fairly junior"),
C(16, "Georgi Ivanov", "Bulgaria", ["bachelor|Electrical Engineering|Technical University of Sofia|2008"], False, [
    X("IT manager", "Municipality of Plovdiv", "2010-03", None, "Leads 4 staff; operation of the municipal network including firewall administration and backups.", "cis,lead"),
 ], "Bulgarian:VI, English:V:3333", "",
 ["network administration", "firewalls"], "Municipal IT manager.",
 1, None, "MMMTTTM", "EE; 16 y running a municipal network with a team, but hardening depth and any classified-system accreditation not shown"),
C(17, "Ole Haugen", "Norway", ["secondary|Vocational IT certificate|Bergen technical school|2003"], False, [
    X("Network security specialist, later section lead", "Norwegian Cyber Defence Force", "2004-01", None, "Firewall, IDS and crypto operations; leads 6 technicians since 2015; accreditation support.", "cis,lead"),
 ], "Norwegian:VI, English:V:3333", "",
 ["firewalls", "crypto"], "Senior NCO network security specialist without a university degree.",
 0, False, "MNMMMTM", "No university degree and the notice offers no alternative"),
C(18, "Eleni Georgiou", "Greece", ["master|Electrical and Computer Engineering|National Technical University of Athens|2014"], False, [
    X("CIS security engineer", "Hellenic Army, Signals", "2015-01", "2025-01", "Firewall and IDS hardening; secure network design; accreditation documentation.", "cis"),
    X("Team lead, network security", "Hellenic Army, Signals", "2025-02", None, "Leads 3 engineers.", "cis,lead"),
 ], "Greek:VI, English:V:3333", "",
 ["firewalls", "accreditation"], "Army CIS engineer recently promoted to team lead.",
 0, False, "MMNMMTM", "11 y secure CIS but only 1 y 4 m leading a team (<2 y)"),
C(19, "Murat Kaya", "Türkiye", ["bachelor|Computer Science|Hacettepe University|2010"], False, [
    X("Cyber defence engineer, later team leader", "Turkish Armed Forces, Cyber Defence Command", "2010-09", None, "Boundary protection of classified networks; leads 8 engineers since 2016; accreditation.", "cis,lead"),
 ], "Turkish:VI, English::2222", "",
 ["boundary protection", "accreditation"], "Turkish military cyber team leader.",
 0, False, "MMMMMTN", "Technically strong but English SLP 2222 is well below 3333"),
C(20, "Robert Miller", "United States", ["bachelor|Computer Science|Virginia Tech|2006"], False, [
    X("Signal officer", "U.S. Army Signal Corps", "2006-06", "2014-05", "Tactical and strategic network security; cross-domain solutions.", "cis"),
    X("Branch chief, Cross-Domain Engineering", "Defense Information Systems Agency (DISA)", "2014-06", None, "Leads 10 engineers; RMF accreditation of classified systems; firewall and IDS hardening.", "cis,lead"),
 ], "English:VI, French:I", "Leadership=4; Analytical Thinking=4",
 ["cross-domain", "RMF", "CISSP"], "DISA cross-domain branch chief, native English speaker.",
 3, True, "MMMMMTM", "CS; 20 y secure CIS, 12 y leading engineers, cross-domain and RMF accreditation; native English"),
]
