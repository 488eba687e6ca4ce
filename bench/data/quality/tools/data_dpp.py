from common import Cand as C, X

SLUG = "is-dpp-capability-targets-officer"
# Tags: dp = defence or force planning; strat = defence/force planning at strategic level (ministry of defence or general staff)
ESSENTIALS = [
    ("Nationality: national of a NATO member country", True),
    ("University degree from an institute of recognised standing, or equivalent relevant professional experience", True),
    ("At least 7 years' experience in defence or force planning, including at least 2 years at the strategic level (ministry of defence or general staff)", True),
    ("Thorough knowledge of capability development across all lines of development (DOTMLPF-I)", True),
    ("Excellent drafting skills; able to present complex analyses concisely", False),
    ("NATO official languages: V (Advanced) in one; III (Intermediate) in the other", True),
    ("Available to travel", False),
]
CANDS = [
C(1, "Mikko Virtanen", "Finland", ["master|Operations Research|Aalto University|2008"], False, [
    X("Planning officer", "Defence Command Finland (general staff), Plans Division", "2009-01", "2015-12", "Force structure planning; capability analysis across DOTMLPF-I.", "dp,strat"),
    X("Senior adviser, capability planning", "Ministry of Defence (Finland)", "2016-01", "2023-03", "Long-term capability planning; led the ministry's input to Finland's NATO accession capability talks.", "dp,strat"),
    X("Defence Planning Counsellor", "Mission of Finland to NATO", "2023-04", None, "NDPP: capability target apportionment and Capability Review for Finland.", "dp,strat"),
 ], "Finnish:VI, Swedish:V, English:V, French:III", "Analytical Thinking=5; Conceptual Thinking=4",
 ["NDPP", "DOTMLPF-I", "operations research"], "Finnish defence planner, now at the NATO mission.",
 3, True, "MMMMMMT", "MSc OR; 17 y strategic-level defence planning incl. NDPP target apportionment at the NATO mission; EN V/FR III"),
C(2, "Stefano Gallo", "Italy", ["master|Strategic Sciences|Università di Torino|1996"], True, [
    X("Capability planning officer", "Italian Defence General Staff (SMD)", "2012-09", "2020-08", "Force and capability planning; NDPP national focal point team.", "dp,strat"),
    X("Staff officer, Capability Requirements", "Allied Command Transformation (Norfolk)", "2020-09", "2024-08", "Minimum Capability Requirements and DOTMLPF-I analysis.", "dp"),
    X("Defence planning consultant", "Self-employed", "2024-09", None, "Support to ministries on capability planning.", "dp"),
 ], "Italian:VI, English:V:3333, French:III", "Achievement=5",
 ["NDPP", "MCR", "DOTMLPF-I"], "Retired colonel, general staff and ACT capability planner.",
 3, True, "MMMMMMT", "13+ y planning incl. 8 y general staff and 4 y ACT MCR work; staff college; EN V/FR III"),
C(3, "Ruud Bakker", "Netherlands", ["secondary|HAVO|Stedelijk Lyceum|1999"], False, [
    X("Planning officer, later senior capability planner", "Defence Staff, Ministry of Defence (Netherlands)", "2004-02", None, "Capability planning across all lines of development; NDPP national submissions.", "dp,strat"),
 ], "Dutch:VI, English:V, French:III", "",
 ["capability planning", "NDPP"], "Long-serving Dutch defence staff planner without a degree.",
 2, None, "MTMMTMT", "No degree; 22 y strategic-level planning may be 'equivalent relevant professional experience', a call for the panel (to assess)"),
C(4, "Marc-André Gagnon", "Canada", ["bachelor|Civil Engineering|Royal Military College of Canada|2002"], True, [
    X("Force planning officer J5", "Canadian Joint Operations Command", "2014-06", "2020-07", "Force planning and force generation for operations.", "dp"),
    X("G5 Plans", "1st Canadian Division Headquarters", "2020-08", None, "Force generation and readiness planning.", "dp"),
 ], "French:VI, English:V", "",
 ["force generation"], "Canadian planner at operational commands.",
 0, False, "MMNTTMT", "12 y force planning but all at operational commands: no strategic-level (ministry/general staff) time"),
C(5, "Thomas Wright", "United Kingdom", ["master|War Studies|King's College London|2010"], False, [
    X("Capability planner", "Ministry of Defence (UK), Head Office", "2012-01", None, "Capability planning across DLODs (the UK equivalent of DOTMLPF-I); NDPP liaison.", "dp,strat"),
 ], "English:VI, French:II", "",
 ["DLODs", "NDPP"], "UK MOD capability planner; French II.",
 0, False, "MMMMTNT", "Strong fit but French II is below the III required in the other language"),
C(6, "Hélène Morel", "France", ["master|Public Policy|Sciences Po Paris|2009"], False, [
    X("Capability planning officer", "État-major des armées (French Joint Staff)", "2010-01", "2017-12", "Capability and force planning.", "dp,strat"),
    X("Capability architect", "Direction générale de l'armement (Ministry of the Armed Forces)", "2018-01", None, "Capability development across all lines of development.", "dp,strat"),
 ], "French:VI, English:III", "",
 ["capability planning"], "French capability planner; English III.",
 2, True, "MMMMTMT", "16 y strategic-level planning; FR VI/EN III meets 'V in one, III in the other' though English is only intermediate"),
C(7, "Kristina Petrova", "Bulgaria", ["master|Security Studies|Sofia University|2018"], False, [
    X("Defence planning expert", "Ministry of Defence (Bulgaria), Defence Policy and Planning Directorate", "2020-03", None, "National defence planning, capability targets.", "dp,strat"),
 ], "Bulgarian:VI, English:V, French:III", "",
 ["NDPP", "capability targets"], "Bulgarian MoD planner.",
 0, False, "MMNTTMT", "Only 6 y 3 m of defence planning (<7 y)"),
C(8, "Gareth Hughes", "United Kingdom", ["bachelor|Information Technology|Cardiff University|2009"], False, [
    X("IT project manager", "High-street bank", "2009-09", None, "Core banking migration projects; PRINCE2 Practitioner.", ""),
 ], "English:VI, French:III", "",
 ["NDPP", "DOTMLPF-I", "capability targets", "force planning", "PRINCE2", "MSP"],
 "Bank IT project manager; skills list copies the notice.",
 0, False, "MMNTTMT", "Keyword stuffer: banking IT projects, no defence planning behind the NDPP/DOTMLPF-I skills"),
C(9, "Dr. Jelena Radović", "Montenegro", ["doctorate|Medicine|University of Belgrade|1998"], False, [
    X("Deputy Minister of Health", "Ministry of Health (Montenegro)", "2016-01", "2020-12", "Health system reform.", ""),
    X("Consultant", "World Health Organization", "2021-01", None, "Health policy.", ""),
 ], "Montenegrin:VI, English:V, French:III", "Leadership=5",
 ["health policy"], "Former deputy health minister.",
 0, False, "MMNTTMT", "Over-qualified but off-topic: health policy, no defence planning"),
C(10, "Liam O'Connor", "Australia", ["master|Strategic Studies|Australian National University|2006"], False, [
    X("Force structure planner", "Department of Defence (Australia)", "2008-01", None, "Force structure and capability planning.", "dp,strat"),
 ], "English:VI, French:III", "",
 ["force structure"], "Australian defence planner.",
 0, False, "NMMMTMT", "Australian national: not a NATO member country"),
C(11, "Gintaras Jankauskas", "Lithuania", ["master|Economics|Vilnius University|2012"], False, [
    X("Defence programming officer", "Ministry of National Defence (Lithuania), Defence Planning and Programming Department", "2014-01", None, "Multi-year defence programme, budget allocation to capability programmes.", "dp,strat"),
 ], "Lithuanian:VI, English:V, French:III, Russian:IV", "",
 ["programming", "budgeting"], "MoD defence programming officer.",
 2, None, "MMMTTMT", "12 y strategic-level defence programming; thorough DOTMLPF-I capability knowledge not shown (to assess)"),
C(12, "Gábor Tóth", "Hungary", ["doctorate|Military Science|National University of Public Service|2014"], False, [
    X("Defence planner", "Ministry of Defence (Hungary), Defence Planning Department", "2015-01", "2021-06", "National defence planning and NDPP responses; capability development across DOTMLPF-I.", "dp,strat"),
    X("Staff officer J5", "Hungarian Defence Forces Command", "2021-07", None, "Force planning.", "dp"),
 ], "Hungarian:VI, English:V, French:III", "",
 ["NDPP", "DOTMLPF-I"], "Hungarian defence planner, PhD.",
 2, True, "MMMMTMT", "11 y planning incl. 6.5 y in the MoD; PhD; meets all"),
C(13, "Ioannis Nikolaou", "Greece", ["bachelor|Business Administration|University of Piraeus|2010"], False, [
    X("Materiel planning officer", "Hellenic Army Logistics Command", "2017-09", "2023-11", "Materiel requirements and capability planning; DOTMLPF-I analysis of capability proposals.", "dp"),
    X("Planning officer", "Hellenic National Defence General Staff", "2023-12", None, "Force planning inputs.", "dp,strat"),
 ], "Greek:VI, English:V, French:III", "",
 ["materiel planning"], "Greek materiel planner.",
 1, True, "MMMMTMT", "Meets the minimums (8 y 8 m planning, 2 y 6 m general staff) but mostly materiel-focused, little NATO exposure"),
C(14, "Karolína Němcová", "Czechia", ["master|Security Studies|Masaryk University|2011"], False, [
    X("Defence planner", "Ministry of Defence (Czech Republic), Defence Policy and Strategy Division", "2012-02", "2019-08", "Capability planning across DOTMLPF-I; NDPP national responses.", "dp,strat"),
    X("Defence planning adviser", "Permanent Delegation of the Czech Republic to NATO", "2019-09", None, "Capability target negotiations and Capability Review.", "dp,strat"),
 ], "Czech:VI, English:V, French:III", "Impact and Influence=4; Teamwork=5",
 ["NDPP", "capability targets", "DOTMLPF-I"], "Czech defence planner at the NATO delegation.",
 3, True, "MMMMMMT", "14 y strategic defence planning incl. capability target negotiations at the delegation; EN V/FR III"),
C(15, "Matej Novak", "Slovenia", ["bachelor|Defence Studies|University of Ljubljana|2008"], False, [
    X("Planning officer", "Slovenian Armed Forces", "2009-01", None, "Force planning.", "dp"),
 ], "Slovenian:VI, English:V, French:III", "",
 ["force planning"], "Slovenian planning officer; level of headquarters not stated.",
 1, None, "MMTTTMT", "17 y 'force planning' but the profile does not say at what level (strategic time to assess) and gives no capability detail"),
C(16, "Sarah Kim", "United States", ["doctorate|Public Policy|Harvard University|2009"], False, [
    X("Program analyst", "Office of the Secretary of Defense, Cost Assessment and Program Evaluation", "2010-01", "2017-06", "Force structure and capability analysis across DOTMLPF.", "dp,strat"),
    X("Defence Planning Adviser", "U.S. Mission to NATO", "2017-07", None, "NDPP, capability targets, Capability Review.", "dp,strat"),
 ], "English:VI, French:III, Korean:V", "Analytical Thinking=6",
 ["NDPP", "CAPE", "DOTMLPF"], "US defence planning adviser, PhD.",
 3, True, "MMMMMMT", "PhD; 16 y OSD CAPE and US Mission NDPP work; native English, FR III"),
C(17, "Espen Lie", "Norway", ["secondary|General education|Oslo Cathedral School|1994"], True, [
    X("Force planner, later head of section", "Norwegian Defence Staff", "2012-01", None, "Force and capability planning across all lines of development; NDPP.", "dp,strat"),
 ], "Norwegian:VI, English:V, French:III", "",
 ["force planning", "NDPP"], "Colonel, staff college, no university degree.",
 2, None, "MTMMTMT", "No degree; staff college is not a listed alternative here, but 14 y strategic planning may be equivalent experience (to assess)"),
C(18, "Sanne Vermeulen", "Netherlands", ["master|Musicology|University of Amsterdam|2009"], False, [
    X("Policy officer, later senior capability planner", "Ministry of Defence (Netherlands), Directorate of Plans", "2011-01", None, "Capability development across DOTMLPF-I; Dutch NDPP responses.", "dp,strat"),
 ], "Dutch:VI, English:V, French:III", "",
 ["capability planning", "NDPP"], "Dutch MoD capability planner with a musicology degree.",
 2, True, "MMMMTMT", "No field is required, so musicology is fine; 15 y MoD capability planning"),
C(19, "Einar Jónsson", "Iceland", ["master|International Relations|University of Iceland|2012"], False, [
    X("Defence planning officer", "Ministry for Foreign Affairs (Iceland), Directorate of Defence", "2014-01", None, "Iceland's NDPP submissions and host-nation support planning.", "dp,strat"),
 ], "Icelandic:VI, English:V, Danish:IV", "",
 ["NDPP", "host nation support"], "Icelandic defence planning officer; no French declared.",
 0, False, "MMMTTNT", "No French declared: V/III rule needs III in the other official language"),
C(20, "Blerina Muça", "Albania", ["master|International Relations|University of Tirana|2012"], False, [
    X("Defence planner", "Ministry of Defence (Albania), Defence Policy and Planning Directorate", "2013-01", None, "National defence planning, NDPP responses, capability development across DOTMLPF-I.", "dp,strat"),
 ], "Albanian:VI, English:V, French:III, Italian:V", "",
 ["NDPP", "DOTMLPF-I"], "Albanian MoD defence planner.",
 2, True, "MMMMTMT", "13 y MoD defence planning incl. NDPP; meets all"),
]
