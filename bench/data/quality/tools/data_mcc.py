from common import Cand as C, X

SLUG = "nato-mcc-programme-officer"
# Tags: rel = relevant experience (capability development, armaments cooperation, defence planning); intl = international work environment
ESSENTIALS = [
    ("Nationality: national of a NATO member country", True),
    ("University degree, or an equivalent level of qualification, from an institute of recognised standing", True),
    ("At least 2 years of relevant experience and a good knowledge of international capability development activities", True),
    ("Good knowledge of NATO's methods and structures to develop requirements and related planning processes, and of NATO's organisational structure and political-military priorities", True),
    ("Excellent analytical and communication skills; able to draft quickly, clearly and concisely", False),
    ("Output-focused mindset and can-do attitude; able to operate independently", False),
    ("Ability to advocate for multinational capability cooperation efforts amongst a diverse set of stakeholders", False),
    ("Experience working in an international work environment", True),
    ("NATO official languages: V (Advanced) in one; I (Beginner) in the other", True),
]
CANDS = [
C(1, "Anders Berg", "Norway", ["master|Security Policy|University of Oslo|2016"], False, [
    X("Adviser, International Armaments Cooperation", "Ministry of Defence (Norway), Department of Defence Materiel", "2017-01", "2021-12",
      "Multinational procurement and armaments cooperation; supported the National Armaments Director in CNAD; Nordic (NORDEFCO) capability projects.", "rel,intl"),
    X("Defence Investment Adviser", "Permanent Delegation of Norway to NATO", "2022-01", None,
      "Follows NDPP step 4 and High Visibility Projects; negotiated Letters of Intent for two multinational HVPs; CNAD and its main groups.", "rel,intl"),
 ], "Norwegian:VI, English:V, French:II", "Impact and Influence=Takes multiple actions to persuade; Flexibility=3",
 ["armaments cooperation", "HVP", "CNAD", "NDPP"], "Armaments cooperation adviser at the Norwegian delegation to NATO.",
 3, True, "MMMMMTMMM", "9 y armaments cooperation incl. NDPP step 4/HVPs at NATO delegation; MA; EN V/FR II"),
C(2, "Claire Dupont", "France", ["master|International Affairs|Sciences Po Paris|2015"], False, [
    X("International cooperation officer", "Direction générale de l'armement (DGA), International Development Directorate", "2016-01", "2020-02",
      "Bilateral and multinational armament cooperation programmes; EDA and OCCAR projects.", "rel,intl"),
    X("Project Officer, Capability Development", "European Defence Agency", "2020-03", None,
      "Manages collaborative capability projects; CDP/NDPP coherence work with NATO Defence Investment Division and ACT.", "rel,intl"),
 ], "French:VI, English:V, German:III", "Analytical Thinking=4",
 ["capability development", "EDA", "OCCAR", "CDP"], "EDA capability project officer.",
 3, True, "MMMMMTMMM", "10 y armaments/capability cooperation incl. EDA with NATO coherence work; Sciences Po master"),
C(3, "Tina Kovač", "Slovenia", ["master|Defence Studies|University of Ljubljana|2019"], False, [
    X("Defence planner", "Ministry of Defence (Slovenia), Defence Planning Directorate", "2020-03", None,
      "National input to the NDPP, capability targets implementation, participation in NATO Smart Defence and multinational projects; attends NATO Defence Policy and Planning Committee meetings.", "rel,intl"),
 ], "Slovenian:VI, English:V, French:I", "Teamwork=3",
 ["NDPP", "capability targets", "multinational projects"], "Slovenian MoD defence planner.",
 2, True, "MMMMTTTMM", "6 y MoD NDPP/multinational projects; meets all; no armaments cooperation depth (desirable)"),
C(4, "Katarzyna Zielińska", "Poland", [], False, [
    X("Specialist, International Cooperation", "Armament Agency (Poland)", "2018-05", None,
      "Multinational procurement projects with NSPA and partner nations; Polish participation in NATO HVPs (multinational munitions, rotary wing).", "rel,intl"),
 ], "Polish:VI, English:V, French:II", "",
 ["multinational procurement", "NSPA", "HVP"], "Armament Agency international cooperation specialist; no education given.",
 2, None, "MTMTTTMMM", "Relevant 8 y in multinational procurement/HVPs, but the profile states no degree or equivalent (to assess); NATO methods knowledge only implied"),
C(5, "Bart Peeters", "Belgium", ["secondary|General education|Sint-Jozefscollege|1998"], True, [
    X("Officer, Belgian Land Component", "Belgian Defence", "2002-09", "2017-12", "Company command, operations staff.", ""),
    X("Capability planner", "Belgian Defence Staff, ACOS Strategy", "2018-01", None,
      "National capability planning and NDPP targets; Belgian representative in the multinational munitions HVP and the European multinational MRTT fleet steering committee.", "rel,intl"),
 ], "Dutch:VI, French:VI, English:V", "Initiative=3; Flexibility=Adapts to unforeseen situations",
 ["capability planning", "NDPP", "HVP"], "Lieutenant-colonel, senior staff course graduate, capability planner.",
 3, True, "MMMMTTMMM", "High-level military education (staff college) = equivalent qualification; 8 y capability planning incl. HVP representation"),
C(6, "Emma Schmidt", "Germany", ["master|International Relations|Freie Universität Berlin|2024"], False, [
    X("Intern, Defence Investment Division", "NATO International Staff", "2024-09", "2025-02", "Research on multinational cooperation.", "rel,intl"),
    X("Research assistant", "Stiftung Wissenschaft und Politik", "2025-03", None, "Research on European defence-industrial cooperation.", "rel"),
 ], "German:VI, English:V, French:III", "",
 ["research", "multinational cooperation"], "Early-career researcher.",
 0, False, "MMNMTTTMM", "About 1 y 9 m of relevant experience incl. internship: below 2 years"),
C(7, "Marco Rossi", "Italy", ["bachelor|Marketing|Università Bocconi|2015"], False, [
    X("Social media manager", "Fashion brand (Milan)", "2015-09", None, "Campaigns and influencer partnerships."),
 ], "Italian:VI, English:V, French:II", "Achievement=3",
 ["NDPP", "High Visibility Projects", "multinational capability cooperation", "DOTMLPFI", "CNAD", "STRATCOM", "capability delivery"],
 "Marketing professional whose skills echo the notice.",
 0, False, "MMNTTTTTM", "Keyword stuffer: 10 y social media marketing, no relevant experience behind the NDPP/HVP skills"),
C(8, "Lukas Meier", "Switzerland", ["master|Mechanical Engineering|ETH Zürich|2012"], False, [
    X("Head of International Cooperation", "armasuisse", "2014-01", None, "Armaments cooperation with European partners; PfP interoperability projects.", "rel,intl"),
 ], "German:VI, French:V, English:V", "",
 ["armaments cooperation", "PfP"], "Swiss armaments cooperation lead.",
 0, False, "NMMTTTMMM", "Swiss national: only nationals of NATO member countries can apply"),
C(9, "Kateřina Dvořáková", "Czechia", ["master|Economics|Charles University|2013"], False, [
    X("Capability development officer", "Ministry of Defence (Czech Republic), Armaments Division", "2014-02", None,
      "Multinational capability projects, NSPA support partnerships, NDPP step 4 follow-up.", "rel,intl"),
 ], "Czech:VI, English:IV, French:I", "",
 ["capability development", "NSPA"], "Czech MoD capability officer.",
 0, False, "MMMMTTMMN", "English IV and French I: neither official language at V"),
C(10, "Dr. Tomasz Wilk", "Poland", ["doctorate|Medicine|Medical University of Warsaw|2001"], False, [
    X("Hospital director", "Military Institute of Medicine (Warsaw)", "2010-01", None, "Management of a 1,000-bed hospital; budget and staff."),
 ], "Polish:VI, English:V, French:II", "Leadership=5",
 ["hospital management", "leadership"], "Senior physician and hospital director.",
 0, False, "MMNTTTTTM", "Over-qualified but off-topic: hospital management, no capability development experience"),
C(11, "Vasileios Karalis", "Greece", ["master|Defence Systems Engineering|Naval Postgraduate School|1998"], True, [
    X("Officer, Hellenic Air Force", "Hellenic Air Force", "1990-09", "2015-06", "Fighter pilot, then armaments programmes.", "rel"),
    X("Deputy National Armaments Director", "Hellenic Ministry of National Defence, General Directorate for Defence Investments and Armaments", "2015-07", "2024-06",
      "Deputy NAD in CNAD; multinational programmes; Greek participation in HVPs.", "rel,intl"),
    X("Independent consultant", "Self-employed", "2024-09", None, "Defence-industrial advisory.", ""),
 ], "Greek:VI, English:V, French:III", "Impact and Influence=6; Leadership=5",
 ["CNAD", "armaments", "HVP"], "Retired general officer, former deputy NAD.",
 2, True, "MMMMTTMMM", "Fully on-topic (deputy NAD, CNAD) but heavily over-qualified for a 2-year A-grade officer post"),
C(12, "Aylin Demir", "Türkiye", ["bachelor|Industrial Engineering|Middle East Technical University|2014"], False, [
    X("Specialist, International Cooperation Department", "Presidency of Defence Industries (SSB)", "2016-02", None,
      "Multinational projects with NSPA and NATO; represents SSB in CNAD subgroups on capability cooperation; drafting of MoUs.", "rel,intl"),
 ], "Turkish:VI, English:V, French:I", "Teamwork=Co-operates",
 ["MoU drafting", "CNAD", "capability cooperation"], "Defence procurement cooperation specialist.",
 2, True, "MMMMTTMMM", "10 y international defence-industrial cooperation incl. CNAD subgroups; all essentials met"),
C(13, "Jonas Petraitis", "Lithuania", ["bachelor|Economics|Vilnius University|2019"], False, [
    X("Procurement officer", "Defence Materiel Agency (Lithuania)", "2020-01", None, "National tenders for clothing and field equipment.", "rel"),
 ], "Lithuanian:VI, English:V, French:I", "",
 ["public procurement"], "National procurement officer.",
 1, None, "MMTTTTTTM", "6 y national procurement; international capability development, NATO knowledge and international environment not shown"),
C(14, "Sarah Collins", "United Kingdom", ["bachelor|History|University of Oxford|2017"], False, [
    X("International Cooperation Manager", "Ministry of Defence (UK), Defence Equipment & Support", "2018-09", None,
      "UK lead on multinational capability cooperation projects under NATO HVPs and PESCO; coordinated LoIs at ministerial level; liaison with NATO DI and ACT.", "rel,intl"),
 ], "English:VI, French:II", "Initiative=Is decisive in a time-sensitive situation; Impact and Influence=3",
 ["HVP", "LoI", "multinational cooperation"], "UK DE&S international cooperation manager, native English speaker.",
 3, True, "MMMMMTMMM", "Native English, FR II; 7+ y leading UK HVP/multinational cooperation work with NATO DI/ACT"),
C(15, "Pierre Lambert", "Belgium", ["master|Translation (English, Dutch)|Université libre de Bruxelles|2012"], False, [
    X("Translator (L grade)", "NATO International Staff", "2013-01", None, "Translation of committee documents into French.", "intl"),
 ], "French:VI, English:VI, Dutch:V", "",
 ["translation", "NATO terminology"], "NATO translator.",
 0, False, "MMNTTTTMM", "13 y at NATO but as translator: no relevant capability development experience"),
C(16, "Daniel Fischer", "Germany", ["master|Aerospace Engineering|TU München|2010"], False, [
    X("Programme manager", "Airbus Defence and Space", "2011-01", None,
      "Manages the interfaces of a multinational programme with OCCAR, NSPA and customer nations; requirement negotiations.", "rel,intl"),
 ], "German:VI, English:V, French:II", "",
 ["programme management", "OCCAR", "NSPA"], "Industry programme manager on multinational programmes.",
 2, None, "MMMTTTMMM", "15 y multinational programmes from the industry side; knowledge of NATO methods/structures not evidenced (to assess)"),
C(17, "Ana Costa", "Portugal", ["bachelor|International Relations|Universidade do Minho|2020"], False, [
    X("Technical officer", "Ministry of National Defence (Portugal), Directorate-General for Defence Resources", "2021-10", None,
      "Administrative support to international cooperation projects; minutes for NATO capability panels; updates to the NDPP tracking database.", "rel,intl"),
 ], "Portuguese:VI, English:V, French:II", "",
 ["minutes", "NDPP database"], "Junior MoD officer.",
 1, True, "MMMMTTTMM", "4 y 8 m, meets the minimums but in a thin administrative support role"),
C(18, "Rasmus Holm", "Denmark", ["secondary|Higher Preparatory Examination (HF)|VUC Aarhus|1996"], False, [
    X("Senior adviser, International Cooperation", "Danish Ministry of Defence Acquisition and Logistics Organisation (DALO)", "2004-03", None,
      "Multinational acquisitions, Nordic and NATO capability cooperation; NSPA partnerships.", "rel,intl"),
 ], "Danish:VI, English:V, French:I", "",
 ["multinational acquisition", "NORDEFCO"], "Long-serving DALO cooperation adviser without a degree.",
 1, None, "MTMMTTMMM", "22 y relevant experience but no degree; 'equivalent level of qualification' does not obviously cover experience alone (to assess)"),
C(19, "Ivan Horvat", "Croatia", ["master|Mechanical Engineering|University of Zagreb|2010"], False, [
    X("Design engineer", "Shipyard (Rijeka)", "2010-09", "2024-10", "Ship hull and propulsion design."),
    X("Officer, Capability Development Section", "Ministry of Defence (Croatia)", "2024-11", None, "Capability development projects, NDPP step 4.", "rel"),
 ], "Croatian:VI, English:V, French:I", "",
 ["ship design", "capability development"], "Engineer newly in MoD capability development.",
 0, False, "MMNMTTTMM", "Only 1 y 7 m relevant experience (shipyard years unrelated)"),
C(20, "Ermal Hoxha", "Albania", ["master|Security Studies|University of Tirana|2013"], False, [
    X("Defence policy officer", "Ministry of Defence (Albania)", "2014-01", "2018-08", "NDPP inputs, defence planning, NATO integration.", "rel"),
    X("Consultant, Strategy Directorate", "NATO International Staff, Defence Investment Division", "2018-09", None,
      "Supports NDPP step 4 work and the initiation of High Visibility Projects; prepares CNAD papers.", "rel,intl"),
 ], "Albanian:VI, English:V, French:II, Italian:IV", "Analytical Thinking=3; Organisational Awareness=3",
 ["NDPP", "HVP", "CNAD"], "Consultant in NATO DI after MoD defence policy post.",
 3, True, "MMMMMTMMM", "12 y incl. 7+ y in NATO DI on NDPP step 4/HVPs; master's; EN V/FR II"),
]
