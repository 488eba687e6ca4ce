from common import Cand as C, X

SLUG = "shape-operations-planner"
# Tags: plan = military operations planning; ophq = time in an operational HQ (national or NATO, corps level or above)
ESSENTIALS = [
    ("Nationality: national of one of the 32 NATO member nations", True),
    ("At least 6 years' experience in military operations planning, including 3 in an operational headquarters (national or NATO, corps level or above)", True),
    ("Proven experience in the application of the NATO COPD or an equivalent national planning doctrine", True),
    ("Experience in drafting operational plans, orders and briefings for senior leadership", True),
    ("University degree, or an equivalent level of qualification such as a high-level military education (national or NATO military staff college)", True),
    ("English: SLP 3333 (Listening, Speaking, Reading, Writing)", True),
]
CANDS = [
C(1, "Jörg Hoffmann", "Germany", ["master|Political Science|Bundeswehr University Munich|2002"], True, [
    X("Battalion operations officer", "German Army", "2006-10", "2011-09", "Planning of battalion operations and exercises; ISAF deployment.", "plan"),
    X("Staff officer J5 Plans", "Allied Joint Force Command Brunssum", "2012-01", "2016-06", "COPD-based contingency planning; drafted OPLAN annexes and Commander's briefings.", "plan,ophq"),
    X("G3 Plans officer", "1 German-Netherlands Corps", "2016-07", "2020-09", "Corps-level operations planning for NRF rotations.", "plan,ophq"),
    X("Civilian planner", "Bundeswehr Joint Forces Operations Command", "2020-10", None, "Operational planning for national and NATO missions; drafts plans, orders and briefings for the commander.", "plan,ophq"),
 ], "German:VI, English:V:4443, French:II", "Analytical Thinking=5; Initiative=3",
 ["COPD", "OPLAN", "NRF"], "Retired lieutenant-colonel, operational planner at JFC, corps and joint operations command.",
 3, True, "MMMMMM", "19 y ops planning incl. ~14 y in operational HQs (JFC Brunssum, 1 GNC, joint ops command); COPD; SLP 4443"),
C(2, "Javier Morales Ortega", "Spain", ["bachelor|Naval Sciences|Escuela Naval Militar|2000"], True, [
    X("Operations officer", "Spanish Navy", "2000-07", "2010-06", "Ship and task-group operations.", ""),
    X("Planning officer", "Spanish Joint Operations Command (MOPS)", "2010-07", "2015-06", "Operational planning for national deployments; drafted operation orders.", "plan,ophq"),
    X("Plans officer", "NATO Rapid Deployable Corps - Spain (Valencia)", "2015-07", "2021-06", "COPD planning for NRF and exercises; Commander's decision briefings.", "plan,ophq"),
    X("Planning contractor", "SHAPE J5", "2021-07", None, "Supports regional plan development.", "plan,ophq"),
 ], "Spanish:VI, English:V:3333, French:III", "Flexibility=3",
 ["COPD", "NRF"], "Retired commander, naval and joint planner.",
 3, True, "MMMMMM", "16 y planning all in operational HQs incl. NRDC-ESP and SHAPE J5; staff college; SLP 3333"),
C(3, "Tom Wilson", "United Kingdom", ["bachelor|History|University of Durham|2006"], True, [
    X("Brigade plans officer", "16 Air Assault Brigade", "2008-09", "2016-08", "Brigade-level operations planning and orders.", "plan"),
    X("Staff officer, Military Strategic Effects", "Ministry of Defence (UK), Whitehall", "2016-09", "2021-08", "Policy and strategic effects coordination.", ""),
    X("Chief of plans", "4th Infantry Brigade", "2021-09", None, "Brigade operations planning and orders.", "plan"),
 ], "English:VI, French:II", "",
 ["orders", "brigade planning"], "British major, brigade planner.",
 0, False, "MNMMMM", "12+ y planning but all at brigade level or in the ministry: no operational HQ (corps or above) time"),
C(4, "Krzysztof Nowak", "Poland", ["master|Management|War Studies University|2010"], True, [
    X("Brigade S3 plans officer", "12th Mechanised Brigade", "2016-01", "2024-02", "Planning of brigade operations and exercises.", "plan"),
    X("Staff officer J5", "Multinational Corps Northeast (Szczecin)", "2024-03", None, "COPD-based planning; drafting of plans and briefings.", "plan,ophq"),
 ], "Polish:VI, English:V:3333", "",
 ["COPD"], "Polish officer at MNC NE.",
 0, False, "MNMMMM", "10 y planning but only 2 y 3 m in an operational HQ (MNC NE), <3 y"),
C(5, "Nikola Vuković", "Montenegro", ["secondary|General education|Gymnasium Slobodan Škerović|2003"], True, [
    X("Battalion S3 operations planning officer", "Armed Forces of Montenegro", "2012-01", "2016-12", "Battalion operations planning.", "plan"),
    X("Staff officer J5", "Allied Joint Force Command Naples", "2017-01", "2020-12", "COPD planning; OPLAN drafting; briefings to the Chief of Staff.", "plan,ophq"),
    X("Head of operations planning", "General Staff of the Armed Forces of Montenegro", "2021-01", None, "National operational planning.", "plan"),
 ], "Montenegrin:VI, English:V:3333", "",
 ["COPD", "OPLAN"], "Lieutenant-colonel, US Army CGSC graduate.",
 2, True, "MMMMMM", "Staff college replaces degree; 14 y planning incl. 4 y at JFC Naples; COPD; SLP 3333"),
C(6, "Pascal Girard", "France", ["secondary|Baccalauréat|Lycée militaire d'Autun|1996"], False, [
    X("Operations planning assistant (warrant officer)", "Corps de réaction rapide - France (Lille)", "2006-09", None, "Supports the plans cell: planning products, orders formatting, briefing slides.", "plan,ophq"),
 ], "French:VI, English:V:3333", "",
 ["orders", "briefings"], "Warrant officer, planning assistant in a NATO corps HQ.",
 0, False, "MMMMNM", "No university degree and no staff college (warrant officer courses are not a high-level military education)"),
C(7, "Chloé Martin", "Belgium", ["bachelor|Tourism Management|Haute École Ephec|2014"], False, [
    X("Event and conference planner", "Hotel chain (Brussels)", "2014-09", None, "Plans corporate events and conferences."),
 ], "French:VI, English:V, Dutch:III", "",
 ["COPD", "OPP", "operational headquarters", "JFC", "SHAPE", "NATO Force Model", "NDPP", "SLP 3333", "operations planning"],
 "Event planner whose skills list repeats the notice.",
 0, False, "MNNNMM", "Keyword stuffer: event planning only, no military operations planning"),
C(8, "Henrik Larsen", "Denmark", ["master|Law (LLM)|University of Copenhagen|1996"], True, [
    X("Legal adviser (LEGAD)", "Allied Joint Force Command Brunssum", "2014-08", "2020-07", "Operational law advice to the commander; rules of engagement.", "ophq"),
    X("Chief legal adviser", "Danish Defence Command", "2020-08", None, "Head of the legal branch.", ""),
 ], "Danish:VI, English:V:4444, French:III", "Conceptual Thinking=5",
 ["operational law", "ROE"], "Retired colonel, senior military lawyer.",
 0, False, "MNTTMM", "Over-qualified but off-topic: legal adviser in an operational HQ, not operations planning"),
C(9, "Gheorghe Marin", "Romania", ["master|Military Science|Carol I National Defence University|2009"], True, [
    X("Plans officer", "Romanian Joint Forces Command", "2013-01", None, "Joint operational planning; COPD; orders and commander's briefings.", "plan,ophq"),
 ], "Romanian:VI, English::3322, French:II", "",
 ["COPD"], "Romanian joint planner.",
 0, False, "MMMMMN", "13 y joint operational planning, but SLP 3322 (reading and writing 2) below 3333"),
C(10, "Mikael Nyström", "Sweden", ["master|Military Science|Swedish Defence University|2005"], True, [
    X("Operations planner", "Swedish Joint Forces Command (Joint HQ)", "2010-01", "2017-12", "Joint operational planning; applied COPD in Viking and Aurora exercises; drafted orders.", "plan,ophq"),
    X("Strategy officer", "Swedish Armed Forces Headquarters, Strategy Department", "2018-01", None, "Long-term strategy and force development.", ""),
 ], "Swedish:VI, English:V, German:III", "",
 ["COPD", "joint planning"], "Swedish joint planner, now in strategy; English given as V without SLP.",
 2, True, "MMMMMM", "8 y joint ops planning in the joint HQ with COPD; English V without SLP taken as meeting 3333 (approximate); last 8 y out of planning"),
C(11, "Oliver Grant", "United Kingdom", ["bachelor|Geography|University of Exeter|2009"], True, [
    X("Platoon commander, adjutant", "The Rifles", "2010-08", "2016-07", "Platoon command; battalion adjutant.", ""),
    X("Staff officer", "Headquarters Allied Rapid Reaction Corps", "2016-08", "2020-07", "", "ophq"),
    X("Staff officer", "Standing Joint Force Headquarters (UK)", "2020-08", None, "Staff duties.", "ophq"),
 ], "English:VI", "",
 [], "British officer with almost no detail in the profile.",
 1, None, "MTTTMM", "Almost 10 y in ARRC/SJFHQ, but the profile never says his role was operations planning; COPD and drafting not shown"),
C(12, "Ingrid Solberg", "Norway", ["master|Nautical Science|Royal Norwegian Naval Academy|2008"], True, [
    X("Maritime operations planner", "Norwegian Joint Headquarters (Bodø)", "2014-01", "2019-06", "Joint and maritime operational planning; national plans; orders.", "plan,ophq"),
    X("Plans officer", "NATO Allied Maritime Command (Northwood)", "2019-07", "2023-06", "COPD planning for standing maritime groups; briefings to the commander.", "plan,ophq"),
    X("Instructor, operational planning", "Royal Norwegian Naval Academy", "2023-07", None, "Teaches the COPD to staff students.", ""),
 ], "Norwegian:VI, English:V:3333", "",
 ["COPD", "maritime planning"], "Commander, maritime planner.",
 2, True, "MMMMMM", "9.5 y planning in joint/NATO maritime HQs with COPD; strong but maritime-centred"),
C(13, "Lucia Horváthová", "Slovakia", ["master|Security Studies|Armed Forces Academy of General M. R. Štefánik|2011"], True, [
    X("Company commander", "Slovak Armed Forces", "2012-01", "2020-12", "Command of a logistics company.", ""),
    X("Staff officer J5", "Multinational Corps Northeast (Szczecin)", "2021-03", None, "COPD planning; plan drafting.", "plan,ophq"),
 ], "Slovak:VI, English:V:3333", "",
 ["COPD"], "Slovak officer at MNC NE.",
 0, False, "MNMMMM", "Only 5 y 3 m of operations planning (all in MNC NE): below 6 y"),
C(14, "Eva Kranjc", "Slovenia", ["master|Strategic Studies|University of Ljubljana|2010"], False, [
    X("Defence analyst", "Ministry of Defence (Slovenia)", "2010-10", "2013-08", "Defence policy analysis.", ""),
    X("Operations planning officer (civilian, A-2)", "Allied Joint Force Command Naples, J5 Plans", "2013-09", None, "COPD-based contingency and regional planning; drafts OPLANs and Commander's briefings.", "plan,ophq"),
 ], "Slovenian:VI, English:V:3333, Italian:IV, French:II", "Analytical Thinking=4",
 ["COPD", "OPLAN"], "NATO civilian planner at JFC Naples.",
 3, True, "MMMMMM", "12+ y civilian ops planner in JFC Naples J5 (COPD, OPLANs); MA strategic studies; SLP 3333"),
C(15, "Luc Vandenberghe", "Belgium", ["master|Social and Military Sciences|Royal Military Academy|1988"], True, [
    X("Officer, various commands", "Belgian Defence", "1988-09", "2008-08", "Command and staff appointments.", ""),
    X("Chief of Staff", "Belgian Defence Operations Command (joint operational HQ)", "2008-09", "2016-08", "Directed the operational planning process; approved plans and orders.", "plan,ophq"),
    X("Deputy Chief of Staff Plans", "Allied Joint Force Command Brunssum", "2016-09", "2022-08", "Directed J5 planning for the JFC.", "plan,ophq"),
 ], "French:VI, Dutch:VI, English:V:4444", "Leadership=5",
 ["operational planning", "COPD"], "Retired brigadier general, former DCOS Plans at JFC Brunssum.",
 2, True, "MMMMMM", "Fully meets (14 y directing planning in op HQs) but heavily over-qualified for a G17 post and retired since 2022"),
C(16, "Arnas Kazlauskas", "Lithuania", ["bachelor|Management|General Jonas Žemaitis Military Academy|2010"], True, [
    X("Brigade S3 plans officer", "Mechanised Infantry Brigade 'Iron Wolf'", "2012-09", "2019-05", "Brigade operations planning.", "plan"),
    X("Staff officer J5", "KFOR Headquarters (Pristina)", "2019-06", "2020-06", "Theatre-level operational planning; COPD.", "plan,ophq"),
    X("Plans officer", "Lithuanian Joint Headquarters", "2020-07", "2022-12", "Joint operational planning; orders and briefings.", "plan,ophq"),
    X("Staff officer", "Lithuanian Defence Staff", "2023-01", None, "Operations planning at the defence staff.", "plan"),
 ], "Lithuanian:VI, English:V:3333, Russian:IV", "",
 ["COPD"], "Lithuanian major with brigade, KFOR and joint HQ planning.",
 2, True, "MMMMMM", "13+ y planning; op HQ time = KFOR HQ 12 m + LTU Joint HQ 29 m = ~3.5 y; COPD; SLP 3333"),
C(17, "Markus Gruber", "Austria", ["master|Military Leadership|Theresian Military Academy|2004"], True, [
    X("Plans officer", "EUFOR Althea Headquarters", "2012-01", "2016-12", "Operational planning.", "plan,ophq"),
    X("Head of plans", "Austrian Armed Forces Joint Forces Command", "2017-01", None, "Joint operational planning.", "plan,ophq"),
 ], "German:VI, English:V:3333", "",
 ["operational planning"], "Austrian colonel, joint planner.",
 0, False, "NMMMMM", "Austrian national: not a NATO member nation"),
C(18, "Ali Şahin", "Türkiye", ["bachelor|Systems Engineering|Turkish Military Academy|2008"], True, [
    X("Brigade plans officer", "Turkish Land Forces", "2016-01", "2019-08", "Brigade operations planning.", "plan"),
    X("G5 Plans officer", "NATO Rapid Deployable Corps - Türkiye (Istanbul)", "2019-09", "2023-03", "COPD planning for NRF; orders and briefings.", "plan,ophq"),
    X("Staff officer, training branch", "Turkish Land Forces Command", "2023-04", None, "Training programmes.", ""),
 ], "Turkish:VI, English:V:3333", "",
 ["COPD", "NRF"], "Turkish major with corps HQ planning.",
 2, True, "MMMMMM", "7 y planning incl. 3 y 6 m at NRDC-TUR; COPD; meets all, but out of planning since 2023"),
C(19, "Dimitrios Alexiou", "Greece", ["bachelor|Economics|Aristotle University of Thessaloniki|2010"], False, [
    X("Staff assistant J5 Plans (civilian)", "NATO Rapid Deployable Corps - Greece (Thessaloniki)", "2016-02", None, "Maintains planning documents; supports operational planning groups; formats OPLAN annexes and briefings.", "plan,ophq"),
 ], "Greek:VI, English:V:3333", "",
 ["planning support", "OPLAN annexes"], "Civilian planning assistant in a corps HQ.",
 1, True, "MMMMMM", "10 y in a corps HQ plans cell and degree; meets on paper, but an assistant, not a planner"),
C(20, "Jakub Svoboda", "Czechia", [], False, [
    X("Plans officer J5", "Czech Joint Force Command", "2015-01", "2020-06", "Joint operational planning; orders and briefings.", "plan,ophq"),
    X("Staff officer J5", "Multinational Corps Northeast (Szczecin)", "2020-07", None, "COPD planning for regional plans.", "plan,ophq"),
 ], "Czech:VI, English:V:3333", "",
 ["COPD"], "Czech lieutenant-colonel; education not given in the profile.",
 2, None, "MMMMTM", "11 y planning in op HQs with COPD, but no degree or staff college stated (to assess)"),
]
