from common import Cand as C, X

SLUG = "nspa-logistics-planner"
# Tags: mlog = military logistics; lead = leading a team (within military logistics)
ESSENTIALS = [
    ("Nationality: national of one of the 32 NATO member states", True),
    ("University degree in logistics, supply chain management, engineering, business administration or a related discipline, or an equivalent level of qualification (such as a high-level military education)", True),
    ("At least 4 years' experience in military logistics, with 2 years leading a team", True),
    ("Proven experience in logistics planning for deployed forces", True),
    ("Good knowledge of NATO logistics doctrine and of the principles of multinational logistic support", True),
    ("NATO official languages: IV (Upper Intermediate) in one; II (Elementary) in the other", True),
]
CANDS = [
C(1, "Wim Claes", "Belgium", ["master|Logistics Management|University of Antwerp|2009"], False, [
    X("Logistics officer (movement control)", "Belgian Defence", "2009-09", "2015-08", "Movement control; deployed to EUTM Mali as logistics officer.", "mlog"),
    X("Head, Joint Logistics Planning Cell", "Belgian Defence, Joint Logistics Staff", "2015-09", "2021-08", "Led 8 planners; logistic support plans for Belgian forces deployed in Lithuania (eFP) and Mali; multinational logistics arrangements under AJP-4.", "mlog,lead"),
    X("Logistics plans officer", "Joint Support and Enabling Command (Ulm)", "2021-09", None, "NATO multinational logistics planning, JLSG concepts, reception-staging-onward movement.", "mlog"),
 ], "Dutch:VI, French:V, English:V", "Leadership=Leads the team to results; Clarity and Accuracy=3",
 ["AJP-4", "LOGFAS", "PRINCE2", "JLSG"], "Logistics planner, former head of a joint logistics planning cell, PRINCE2.",
 3, True, "MMMMMM", "MSc logistics; 16+ y military logistics incl. 6 y leading a planning cell for deployed forces; JSEC NATO logistics"),
C(2, "Agnieszka Lewandowska", "Poland", ["master|Supply Chain Management|Military University of Technology|2012"], False, [
    X("Logistics planner", "Armed Forces Support Inspectorate (Poland)", "2012-10", "2018-06", "Logistic support planning for Polish contingents in Afghanistan and Iraq.", "mlog"),
    X("Head of planning section", "Armed Forces Support Inspectorate (Poland)", "2018-07", "2022-06", "Leads 5 planners; sustainment plans for deployed forces.", "mlog,lead"),
    X("Staff officer (secondment)", "Multinational Logistics Coordination Centre (Prague)", "2022-07", None, "Multinational logistic support arrangements under NATO doctrine; LOGFAS.", "mlog"),
 ], "Polish:VI, English:V, French:II", "Teamwork=Builds the team and resolves conflicts",
 ["LOGFAS", "SAP", "MLCC"], "Polish logistics planner seconded to MLCC.",
 3, True, "MMMMMM", "MSc SCM; 13+ y military logistics planning for deployed contingents, 4 y section head, MLCC secondment"),
C(3, "Matteo Greco", "Italy", ["bachelor|Logistics Engineering|Politecnico di Torino|2015"], False, [
    X("Logistics planning staff officer", "Italian Joint Operations Headquarters (COVI)", "2016-01", None, "Logistic support planning for Italian forces deployed in Lebanon, Iraq and Latvia; staff officer with no supervisory responsibilities.", "mlog"),
 ], "Italian:VI, English:V, French:II", "",
 ["LOGFAS", "deployed logistics"], "Italian joint logistics planner (individual contributor).",
 0, False, "MMNMMM", "10 y deployed-forces logistics planning but no team leadership (explicitly no supervisory role): fails the 2-year condition"),
C(4, "Nikolay Georgiev", "Bulgaria", ["secondary|Logistics (Senior NCO Academy course)|Vasil Levski National Military University - NCO College|2006"], False, [
    X("Logistics sergeant, later sergeant major", "Bulgarian Land Forces", "2007-01", None, "Leads a supply platoon (25 soldiers) since 2014; logistics planning for Bulgarian contingents in ISAF and Resolute Support; NATO logistics courses.", "mlog,lead"),
 ], "Bulgarian:VI, English:IV:3322, French:II", "",
 ["supply", "deployed logistics"], "Sergeant major, senior NCO logistician.",
 2, None, "MTMMMM", "Strong practitioner; no degree, and whether the Senior NCO Academy counts as a 'high-level military education' must be judged (to assess)"),
C(5, "Konstantinos Papas", "Greece", ["bachelor|History|University of Athens|2003"], True, [
    X("Logistics officer", "Hellenic Army", "2004-09", "2015-06", "Battalion and brigade logistics.", "mlog"),
    X("Logistics battalion commander", "Hellenic Army", "2015-07", "2018-06", "Command of a 400-strong logistics battalion.", "mlog,lead"),
    X("Logistics plans officer", "Hellenic National Defence General Staff, J4", "2018-07", None, "Logistic support planning for Greek forces deployed with KFOR and EUFOR; multinational logistics agreements; NATO logistics doctrine.", "mlog"),
 ], "Greek:VI, English:V, French:III", "Leadership=4",
 ["KFOR", "AJP-4"], "Lieutenant-colonel with a history degree and staff college.",
 3, True, "MMMMMM", "History degree not in a listed field, but staff college is the accepted alternative; 21 y military logistics, battalion command, deployed planning"),
C(6, "Laura Schmitt", "Luxembourg", ["bachelor|English Literature|University of Luxembourg|2010"], False, [
    X("Logistics coordinator (civilian)", "Luxembourg Army", "2012-02", None, "Leads a team of 4; logistic support planning for the Luxembourg contingents in KFOR and eFP Lithuania.", "mlog,lead"),
 ], "Luxembourgish:VI, French:VI, English:V, German:VI", "",
 ["logistics", "KFOR"], "Civilian logistics coordinator with a literature degree.",
 0, False, "MNMMTM", "Degree (English literature) is not in a listed or related field and no military education: required-field essential not met"),
C(7, "Ondřej Král", "Czechia", ["bachelor|Economics|Prague University of Economics and Business|2015"], False, [
    X("Logistics officer (platoon leader, company XO)", "Czech Armed Forces", "2016-01", "2021-06", "Led a supply platoon of 30; logistics for the Czech eFP contingent in Lithuania.", "mlog,lead"),
    X("Staff officer", "Multinational Logistics Coordination Centre (Prague)", "2021-07", None, "Multinational logistic support planning for deployed NATO forces.", "mlog"),
 ], "Czech:VI, English:V, French:II", "",
 ["MLCC", "deployed logistics"], "Czech logistics officer at MLCC.",
 2, True, "MMMMMM", "Economics accepted as related to business administration; 10 y military logistics, 5 y platoon lead, MLCC"),
C(8, "Frank Weber", "Germany", ["master|Business Administration (MBA)|WHU Otto Beisheim School of Management|2008"], False, [
    X("Supply chain manager", "DHL Supply Chain", "2008-09", "2016-12", "Contract logistics for automotive customers.", ""),
    X("Head of European distribution", "Consumer goods company", "2017-01", None, "Leads 30 staff; network planning and distribution.", "lead"),
 ], "German:VI, English:V, French:III", "Leadership=5",
 ["supply chain", "SAP", "lean"], "Senior commercial supply chain manager.",
 0, False, "MMNNTM", "Strong commercial logistics, but no military logistics and no deployed-forces planning"),
C(9, "Marta Sousa", "Portugal", ["master|Management|Universidade Nova de Lisboa|2011"], False, [
    X("Depot manager", "Portuguese Army, General Support Depot", "2012-03", None, "Leads 20 staff; warehouse management, stock control and national distribution.", "mlog,lead"),
 ], "Portuguese:VI, English:V, French:III", "",
 ["warehouse management", "stock control"], "Army depot manager.",
 1, None, "MMMTTM", "14 y military logistics with team lead, but garrison depot work only: deployed-forces planning and NATO doctrine not shown"),
C(10, "Pablo Ruiz", "Spain", ["master|Industrial Engineering|Universidad Politécnica de Madrid|2010"], False, [
    X("Logistics officer, later head of supply section", "Spanish Army, Logistics Force", "2010-09", None, "Head of section (6 staff) since 2016; logistic support plans for UNIFIL Lebanon and eFP Latvia rotations; NATO logistics courses.", "mlog,lead"),
 ], "Spanish:VI, English:IV, French:II", "",
 ["deployed logistics"], "Spanish logistics officer; English IV.",
 2, True, "MMMMMM", "Engineering; 15 y military logistics, 10 y leading, deployed planning; EN IV/FR II meets exactly"),
C(11, "Serkan Aydın", "Türkiye", ["bachelor|Logistics Management|National Defence University|2009"], False, [
    X("Logistics officer", "Turkish Land Forces", "2009-08", None, "Company command; logistics planning for the Turkish KFOR contingent.", "mlog,lead"),
 ], "Turkish:VI, English:III, French:I", "",
 ["logistics"], "Turkish logistics officer.",
 0, False, "MMMMTN", "Languages: English III and French I, neither reaches IV"),
C(12, "Marc Lefèvre", "France", ["master|Logistics (Master logistique)|Université Paris-Saclay|2008"], False, [
    X("Officier logisticien", "Armée de Terre", "2008-09", "2016-08", "Logistics for Opération Serval/Barkhane.", "mlog"),
    X("Chef de bureau planification", "Centre du soutien des opérations et des acheminements (CSOA)", "2016-09", None, "Leads 6 planners; sustainment plans for forces deployed in the Sahel and Romania (Mission Aigle); NATO logistics doctrine.", "mlog,lead"),
 ], "French:VI, English:II", "",
 ["sustainment planning", "strategic lift"], "French logistics planner; French native, English II.",
 2, True, "MMMMMM", "Excellent substance; FR VI / EN II satisfies 'IV in one, II in the other' though English is weak for daily work"),
C(13, "Kevin Maes", "Belgium", ["bachelor|Business Administration|Vives University College|2019"], False, [
    X("Warehouse shift supervisor", "E-commerce fulfilment centre", "2019-09", None, "Supervises 12 pickers."),
 ], "Dutch:VI, French:III, English:IV", "",
 ["LOGFAS", "PRINCE2", "deployed forces", "NATO logistics doctrine", "AJP-4", "JLSG", "multinational logistic support", "military logistics"],
 "Warehouse supervisor whose skills list copies the notice.",
 0, False, "MMNNTM", "Keyword stuffer: commercial warehouse work, no military logistics or deployed planning behind the skills"),
C(14, "Liis Kask", "Estonia", ["bachelor|Logistics|Estonian Military Academy|2022"], False, [
    X("Logistics platoon commander", "Estonian Defence Forces, Logistics Battalion", "2023-01", None, "Leads a 25-soldier platoon; resupply planning for exercises and for the eFP battlegroup.", "mlog,lead"),
 ], "Estonian:VI, English:V, French:II", "",
 ["resupply"], "Junior logistics officer.",
 0, False, "MMNMTM", "Only 3 y 5 m of military logistics (<4 y)"),
C(15, "Dr. Friedrich Bauer", "Germany", ["doctorate|Mechanical Engineering|RWTH Aachen|1999"], False, [
    X("Chief Technology Officer", "Automotive supplier", "2010-01", None, "Leads R&D (600 engineers).", "lead"),
 ], "German:VI, English:V", "Leadership=5",
 ["R&D", "innovation"], "Automotive CTO.",
 0, False, "MMNNTN", "Over-qualified but off-topic: no military logistics; also no French declared"),
C(16, "Seán Murphy", "Ireland", ["master|Logistics and Supply Chain Management|Technological University Dublin|2010"], False, [
    X("Logistics officer, later company commander", "Irish Defence Forces", "2008-09", None, "Logistics planning for UNIFIL and UNDOF deployments; leads a transport company.", "mlog,lead"),
 ], "English:VI, Irish:IV, French:II", "",
 ["UN logistics"], "Irish Defence Forces logistician.",
 0, False, "NMMMTM", "Irish national: Ireland is not a NATO member state"),
C(17, "Henrik Dahl", "Norway", ["bachelor|Logistics|Molde University College|2019"], False, [
    X("Supply officer", "Norwegian Army, Logistics Battalion", "2021-09", "2024-01", "Supply management; planned resupply for the Norwegian contingent of the eFP battlegroup in Lithuania (2023 rotation).", "mlog"),
    X("Logistics team leader", "Norwegian Army, Logistics Battalion", "2024-02", None, "Leads 6 soldiers; completed the NATO Logistics Officers Course (Oberammergau).", "mlog,lead"),
 ], "Norwegian:VI, English:V, French:II", "",
 ["supply", "eFP"], "Junior logistics officer meeting the minimum.",
 1, True, "MMMMMM", "Meets minimums narrowly (4 y 9 m military logistics, 2 y 4 m leading), one deployed rotation; junior"),
C(18, "Aleksandar Stojanovski", "North Macedonia", ["bachelor|Mechanical Engineering|Military Academy 'General Mihailo Apostolski'|2008"], False, [
    X("Logistics officer, later logistics company commander", "Army of North Macedonia", "2008-09", None, "Logistics planning for contingents in ISAF and Resolute Support; company command since 2017; NATO logistics courses.", "mlog,lead"),
 ], "Macedonian:VI, English:V:3333, French:II", "",
 ["deployed logistics", "ISAF"], "Macedonian logistics officer.",
 2, True, "MMMMMM", "Engineering; 17 y military logistics incl. deployed planning and company command"),
C(19, "Zsófia Kiss", "Hungary", ["master|Logistics|Budapest Business School|2014"], False, [
    X("Logistics planner", "Hungarian Defence Forces, Joint Force Logistics Command", "2014-09", None, "Logistic support planning for Hungarian forces deployed with KFOR; multinational logistics under NATO doctrine.", "mlog"),
 ], "Hungarian:VI, English:V, French:II", "",
 ["KFOR", "logistics planning"], "Hungarian logistics planner; nothing on supervision.",
 2, None, "MMTMMM", "11+ y deployed logistics planning, but the profile says nothing about leading a team (to assess)"),
C(20, "James Walker", "United States", ["bachelor|Business Administration|Texas A&M University|2002", "master|Logistics Management|Air Force Institute of Technology|2010"], False, [
    X("Logistics officer, later battalion commander", "U.S. Army", "2002-06", "2016-05", "Sustainment planning for deployed forces in Iraq and Afghanistan; commanded a combat sustainment support battalion.", "mlog,lead"),
    X("Chief of plans, G4", "21st Theater Sustainment Command (Kaiserslautern)", "2016-06", "2022-05", "Theatre sustainment plans for US and NATO forces in Europe; multinational logistics.", "mlog,lead"),
    X("Logistics consultant", "NSPA contractor", "2022-06", None, "Support to NSPA Operations Support programme.", "mlog"),
 ], "English:VI, French:I", "Leadership=4; Initiative=4",
 ["PMP", "LOGFAS", "sustainment planning"], "Retired US Army logistician, PMP.",
 0, False, "MMMMMN", "Excellent substance, but French I is below the II needed in the other language"),
]
