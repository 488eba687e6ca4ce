from common import Cand as C, X

SLUG = "mcuas-po-finance-officer"
# Tags: fin = financial management (any employer); gov = financial management in a government department or an international organisation
ESSENTIALS = [
    ("Nationality: national of a nation taking part in the programme (Belgium, Denmark, Norway, Poland)", True),
    ("University degree (preferably in economics, finance or accounting)", True),
    ("At least 6 years' experience in financial management, gained in a government department or an international organisation", True),
    ("Sound knowledge of budget preparation and execution, and of accrual-based accounting (IPSAS or equivalent)", True),
    ("Experience of working with an enterprise resource planning (ERP) system", True),
    ("Able to draft clear financial reports for senior management and national representatives", False),
]
CANDS = [
C(1, "Lars Kristensen", "Denmark", ["master|Economics|Aarhus University|2011"], False, [
    X("Budget officer", "Ministry of Finance (Denmark), Agency for Public Finance and Management", "2011-09", "2017-04", "State budget preparation and execution; Danish state accrual accounting; Navision Stat.", "fin,gov"),
    X("Finance officer", "NATO Support and Procurement Agency", "2017-05", None, "Programme budgets, customer funding and IPSAS financial statements; SAP FI/CO; reports to programme boards.", "fin,gov"),
 ], "Danish:VI, English:V, French:II", "Clarity and Accuracy=4; Analytical Thinking=4",
 ["IPSAS", "SAP FI/CO", "NFR", "budgeting"], "NSPA finance officer with a Danish finance ministry background.",
 3, True, "MMMMMM", "Danish; MSc economics; 14+ y public/IO finance incl. 9 y NSPA programme budgets under IPSAS and SAP"),
C(2, "Joanna Nowicka", "Poland", ["master|Finance and Accounting|Warsaw School of Economics|2010"], False, [
    X("Budget specialist", "Ministry of National Defence (Poland), Budget Department", "2010-10", "2018-03", "Defence budget planning and execution; accrual reporting.", "fin,gov"),
    X("Finance officer", "NATO Communications and Information Agency", "2018-04", None, "Customer funding, budget execution and IPSAS year-end closure in SAP; ACCA member.", "fin,gov"),
 ], "Polish:VI, English:V, French:II", "Clarity and Accuracy=Monitors and corrects existing systems",
 ["ACCA", "IPSAS", "SAP", "NATO Financial Regulations"], "NCIA finance officer, ACCA.",
 3, True, "MMMMMM", "Polish; MA finance; 15+ y MoD and NCIA finance, ACCA, IPSAS/SAP, NFR"),
C(3, "Katharina Braun", "Germany", ["master|Accounting|University of Mannheim|2009"], False, [
    X("Budget officer", "Federal Ministry of Finance (Germany)", "2009-10", "2016-12", "Federal budget.", "fin,gov"),
    X("Senior finance officer", "NATO International Staff, Financial Controller's Office", "2017-01", None, "IPSAS statements; common funding; SAP.", "fin,gov"),
 ], "German:VI, English:V, French:III", "",
 ["IPSAS", "common funding", "SAP"], "German NATO finance officer.",
 0, False, "NMMMMM", "German: a NATO member but not one of the participating nations named in the notice"),
C(4, "Ingrid Halvorsen", "Norway", ["master|History|University of Bergen|2008"], False, [
    X("Finance controller", "Norwegian Defence Estates Agency", "2012-01", None, "Budget preparation and execution for the estate portfolio; accrual accounting under the Norwegian state standards (SRS, IPSAS-based); Unit4 ERP.", "fin,gov"),
 ], "Norwegian:VI, English:V, French:I", "",
 ["budgeting", "SRS", "Unit4"], "Finance controller with a history degree.",
 2, True, "MMMMMT", "Degree field only preferred, so history is fine; 14 y government financial management with accrual and ERP"),
C(5, "Thomas Wouters", "Belgium", ["master|Accounting|KU Leuven|2012"], False, [
    X("Audit senior, later audit manager", "Big Four audit firm (Brussels)", "2012-09", None, "Audits of listed companies; IFRS; ACCA.", "fin"),
 ], "Dutch:VI, French:V, English:V", "",
 ["ACCA", "IFRS", "audit"], "Private-sector audit manager.",
 0, False, "MMNTTM", "13 y in private-sector audit: none of it in a government department or international organisation"),
C(6, "Michał Wójcik", "Poland", ["master|Finance|Poznań University of Economics|2011"], False, [
    X("Consultant", "Deloitte", "2012-01", "2017-05", "Financial advisory.", "fin"),
    X("Budget analyst", "Ministry of Finance (Poland)", "2017-06", "2021-05", "Budget execution monitoring; accrual reporting; SAP.", "fin,gov"),
    X("Financial controller", "Commercial bank", "2021-06", None, "Cost control.", "fin"),
 ], "Polish:VI, English:V", "",
 ["SAP", "controlling"], "Finance professional with 4 years in the finance ministry.",
 0, False, "MMNMMT", "Only 4 y of financial management in a government department (the rest private): below 6 y in context"),
C(7, "Nathalie Peeters", "Belgium", ["master|Economics|UCLouvain|2014"], False, [
    X("Budget attaché", "Federal Public Service Finance (Belgium)", "2015-01", "2018-12", "Budget preparation for the federal administration.", "fin,gov"),
    X("Financial officer", "General Secretariat of the Council of the EU", "2019-01", None, "Budget execution, commitments and accrual accounting (EU accounting rules, IPSAS-based); ABAC/SAP.", "fin,gov"),
 ], "French:VI, Dutch:V, English:V", "Analytical Thinking=3",
 ["EU budget", "ABAC", "SAP"], "Belgian EU Council financial officer.",
 2, True, "MMMMMT", "Belgian; 11 y government + IO finance with accrual and ERP; no NATO/programme exposure"),
C(8, "Tor Eriksen", "Norway", ["secondary|Bookkeeping diploma|Oslo commercial school|1995"], False, [
    X("Senior accountant", "Norwegian Armed Forces, Accounting Centre", "2004-02", None, "Accounting, budget follow-up; Unit4.", "fin,gov"),
 ], "Norwegian:VI, English:IV", "",
 ["accounting", "Unit4"], "Government accountant without a university degree.",
 0, False, "MNMTMT", "No university degree and the notice offers no alternative"),
C(9, "Mette Sørensen", "Denmark", ["bachelor|Marketing|Copenhagen Business School|2016"], False, [
    X("Account executive", "Event marketing agency", "2016-08", None, "Client events."),
 ], "Danish:VI, English:V", "",
 ["IPSAS", "NATO Financial Regulations", "SAP FI/CO", "budget execution", "common funding", "accrual accounting", "ERP"],
 "Marketing executive whose skills list copies the notice.",
 0, False, "MMNTTT", "Keyword stuffer: event marketing career, no financial management behind the listed skills"),
C(10, "Tomasz Kamiński", "Poland", ["master|Economics|University of Łódź|2013"], False, [
    X("Budget specialist", "Ministry of National Defence (Poland), Budget Department", "2015-01", None, "Defence budget preparation and execution; cash and accrual reporting under the Public Finance Act.", "fin,gov"),
 ], "Polish:VI, English:V, German:III", "",
 ["budgeting"], "Polish MoD budget specialist; no ERP mentioned.",
 2, None, "MMMMTT", "11 y MoD budget work with accrual reporting; ERP experience not stated (to assess)"),
C(11, "Koen Maes", "Belgium", ["bachelor|Public Administration|Ghent University|2012"], False, [
    X("Budget officer", "Flemish Government, Department of Finance and Budget", "2013-02", None, "Preparation and monitoring of departmental budgets; SAP.", "fin,gov"),
 ], "Dutch:VI, French:IV, English:IV", "",
 ["budget monitoring", "SAP"], "Flemish government budget officer.",
 1, None, "MMMTMT", "13 y government budgeting with SAP; no evidence of accrual-based accounting (to assess)"),
C(12, "Dr. Bjørn Aasen", "Norway", ["doctorate|Marine Biology|University of Tromsø|2002"], False, [
    X("Research director", "Institute of Marine Research (Norway)", "2005-01", None, "Directs fisheries research programmes.", ""),
 ], "Norwegian:VI, English:VI", "Conceptual Thinking=5",
 ["research management"], "Senior marine scientist.",
 0, False, "MMNTTT", "Over-qualified but off-topic: research director, no financial management"),
C(13, "Camilla Nielsen", "Denmark", ["bachelor|Business Administration|Aalborg University|2016"], False, [
    X("Accountant", "Agency for Public Finance and Management (Denmark)", "2018-03", None, "Financial accounting and budget follow-up for ministries; took part in annual budget preparation; Danish state accrual rules; Navision Stat.", "fin,gov"),
 ], "Danish:VI, English:V", "",
 ["accounting", "Navision"], "Danish government accountant.",
 1, True, "MMMMMT", "Meets all (8 y government accounting, accrual, ERP) but a transactional role with little budget responsibility"),
C(14, "Erik Lindholm", "Sweden", ["master|Finance|Stockholm School of Economics|2008"], False, [
    X("Financial controller", "Swedish Defence Materiel Administration (FMV)", "2010-01", None, "Programme budgets; accrual accounting; Agresso.", "fin,gov"),
 ], "Swedish:VI, English:V", "",
 ["programme finance"], "Swedish defence procurement controller.",
 0, False, "NMMMMT", "Sweden is a NATO member but not a participating nation of this programme"),
C(15, "Isabelle Renard", "Belgium", ["master|Accounting|HEC Liège|2009"], False, [
    X("Budget and finance officer", "SHAPE (NATO), Financial Controller's Office", "2012-03", None, "NSIP and military budget preparation and execution; IPSAS statements; SAP; NATO Financial Regulations; ACCA.", "fin,gov"),
 ], "French:VI, English:V, Dutch:III", "Clarity and Accuracy=4; Customer Service Orientation=2",
 ["ACCA", "IPSAS", "NFR", "SAP"], "SHAPE finance officer, ACCA.",
 3, True, "MMMMMM", "Belgian; 14 y NATO budget/finance, IPSAS, SAP, NFR, ACCA"),
C(16, "Paweł Lis", "Poland", ["master|Finance|Cracow University of Economics|2019"], False, [
    X("Budget specialist", "Ministry of Finance (Poland)", "2021-02", None, "State budget execution; accrual reporting; SAP.", "fin,gov"),
 ], "Polish:VI, English:V", "",
 ["budget execution", "SAP"], "Young finance ministry specialist.",
 0, False, "MMNMMT", "Only 5 y 4 m of government financial management (<6 y)"),
C(17, "Kari Nilsen", "Norway", ["master|Economics|Norwegian School of Economics|2009"], False, [
    X("Policy officer", "NATO International Staff, Defence Policy and Planning Division", "2012-01", "2018-08", "Defence planning policy.", ""),
    X("Senior adviser, Budget and Finance Department", "Ministry of Defence (Norway)", "2018-09", None, "Defence budget preparation and execution; accrual-based annual accounts (SRS, IPSAS-based); Unit4 ERP; reports to the ministry's leadership.", "fin,gov"),
 ], "Norwegian:VI, English:V, French:III", "Organisational Awareness=4",
 ["defence budgeting", "SRS/IPSAS", "Unit4"], "Norwegian MoD budget adviser, former NATO IS staff.",
 3, True, "MMMMMM", "Norwegian; 7 y 9 m MoD financial management (NATO policy years not counted), accrual and ERP, plus NATO insight"),
C(18, "Søren Mikkelsen", "Denmark", [], False, [
    X("Financial controller", "Danish Ministry of Defence", "2014-01", None, "Defence budget execution; accrual accounting; SAP; reports to the Permanent Secretary.", "fin,gov"),
 ], "Danish:VI, English:V", "",
 ["SAP", "budget execution"], "Danish MoD controller; education not given.",
 2, None, "MTMMMM", "Good fit (12 y MoD finance, accrual, SAP) but no education stated: degree to assess"),
C(19, "Aleksandra Zając", "Poland", ["master|Accounting|University of Economics in Katowice|2012"], False, [
    X("Budget specialist, Finance Department", "Kraków City Hall", "2013-03", None, "Municipal budget preparation and execution; accrual accounting; SAP.", "fin"),
 ], "Polish:VI, English:IV", "",
 ["municipal budget", "SAP"], "Municipal finance specialist.",
 1, None, "MMTMMT", "13 y municipal finance: whether a city administration counts as a 'government department' must be judged (to assess)"),
C(20, "Oksana Kovalenko", "Ukraine", ["master|Finance|Kyiv National Economic University|2008"], False, [
    X("Head of budget unit", "Ministry of Finance of Ukraine", "2009-01", None, "State budget; IPSAS reform; SAP.", "fin,gov"),
 ], "Ukrainian:VI, English:V", "",
 ["IPSAS", "SAP"], "Ukrainian finance ministry official.",
 0, False, "NMMMMT", "Ukrainian national: not a participating nation (nor a NATO member)"),
]
