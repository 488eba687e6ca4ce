"""CVs t13-t17: plain-text CVs, each written next to its label."""
from common import CVS, cv_label, write_cv_label, write_text

DOCS = []


def add(name, text, label):
    DOCS.append((name, text, label))


# t13: US federal résumé (USAJOBS style): employer line first, then city, then title; MM/YYYY dates;
# "Series/Grade" lines; ILR language level (not STANAG, not CEFR).
add("cv_t13_us_federal_alvarez.txt", """JESSICA M. ALVAREZ
Arlington, VA 22201 | (571) 555-0193 | jessica.alvarez@example.com
Citizenship: U.S. Citizen | Veterans' Preference: None | Clearance: Top Secret (active)

PROFESSIONAL SUMMARY
Program analyst with twelve years of experience in security cooperation, Foreign Military Sales
case management and budget execution for European partners. Experienced in working with NATO
agencies, U.S. combatant commands and foreign ministries of defense.

WORK EXPERIENCE

Defense Security Cooperation Agency (DSCA)                          05/2016 - Present
Arlington, VA
Country Program Director (Europe)
Series/Grade: GS-0343-14 | Hours per week: 40
- Manage a $2.1B portfolio of FMS cases for eleven NATO Allies.
- Lead the annual security cooperation program reviews with partner ministries of defense.
- Coordinate case development with NSPA and the U.S. Mission to NATO.

U.S. Army Security Assistance Command (USASAC)                      09/2012 - 04/2016
Redstone Arsenal, AL
Country Case Manager
Series/Grade: GS-0346-12 | Hours per week: 40
- Managed the life cycle of 60+ FMS cases from Letter of Request to case closure.
- Reconciled case financial data and resolved delivery discrepancies.

Deloitte Consulting LLP                                             06/2010 - 08/2012
McLean, VA
Business Analyst
- Supported acquisition reform projects for Department of Defense clients.

EDUCATION
Master of Public Administration (MPA), 2012 - George Washington University, Washington, DC
Bachelor of Arts, International Studies, 2010 - University of Texas at Austin, Austin, TX

LANGUAGES
Spanish - native proficiency (heritage speaker)
English - native
Portuguese - ILR 2 (limited working proficiency)

CERTIFICATIONS
DAWIA Program Management, Practitioner (2019)

SKILLS
Security cooperation; Foreign Military Sales (FMS); Budget execution; DSAMS; Stakeholder
engagement; Microsoft Power BI
""", cv_label(
    "cv_t13_us_federal_alvarez.txt",
    name="Jessica M. Alvarez", email="jessica.alvarez@example.com", phone="(571) 555-0193",
    nationality="United States",
    education=[("master", "Public Administration", "George Washington University", 2012),
               ("bachelor", "International Studies", "University of Texas at Austin", 2010)],
    military_staff_college=False,
    experience=[("Country Program Director (Europe)", "Defense Security Cooperation Agency (DSCA)",
                 "2016-05", None),
                ("Country Case Manager", "U.S. Army Security Assistance Command (USASAC)",
                 "2012-09", "2016-04"),
                ("Business Analyst", "Deloitte Consulting LLP", "2010-06", "2012-08")],
    languages=[("Spanish", None, None), ("English", None, None), ("Portuguese", None, None)],
    skills=["Security cooperation", "Foreign Military Sales (FMS)", "Budget execution", "DSAMS",
            "Stakeholder engagement", "Microsoft Power BI"]))


# t14: French Air Force officer, in French; "depuis août 2022", "sept. 2019 – juil. 2022",
# "09/2016 – 06/2018", year-only ranges; École de guerre; PLS 3333; CECRL B2.
add("cv_t14_fr_officier_marchand.txt", """CURRICULUM VITAE

Lieutenant-colonel Julien MARCHAND
Armée de l'Air et de l'Espace
Né le 12 mars 1981 à Toulouse – Nationalité : française
Tél. : +33 6 12 34 56 78 – Courriel : julien.marchand@example.fr

PROFIL
Officier de défense aérienne, 18 ans d'expérience en planification opérationnelle, dont trois
ans en état-major OTAN. Habilitation Secret OTAN.

PARCOURS PROFESSIONNEL

depuis août 2022
    Chef du bureau plans
    Commandement de la défense aérienne et des opérations aériennes (CDAOA), Lyon Mont-Verdun

sept. 2019 – juil. 2022
    Officier d'état-major J5 (plans)
    Allied Air Command (AIRCOM), Ramstein (Allemagne)

09/2016 – 06/2018
    Commandant d'escadrille
    Escadron de défense sol-air 950, Avord

2011 – 2015
    Officier programmes, systèmes sol-air
    Direction générale de l'armement (DGA), Paris

2004 – 2010
    Contrôleur de défense aérienne
    Base aérienne 942, Lyon Mont-Verdun

FORMATION

2018 – 2019   École de guerre, Paris (scolarité complète)
2014          Master 2 Sécurité internationale – Sciences Po, Paris
2004          Diplôme d'ingénieur de l'École de l'air, Salon-de-Provence
1999          Baccalauréat scientifique – Lycée Pierre-de-Fermat, Toulouse

LANGUES

Français : langue maternelle
Anglais : PLS 3333 (2021)
Allemand : B2 (CECRL)

COMPÉTENCES TECHNIQUES

Planification opérationnelle (COPD) ; Défense aérienne intégrée ; Gestion de programmes
d'armement ; Rédaction d'état-major
""", cv_label(
    "cv_t14_fr_officier_marchand.txt",
    name="Julien Marchand", email="julien.marchand@example.fr", phone="+33 6 12 34 56 78",
    nationality="France",
    education=[("master", "Sécurité internationale", "Sciences Po", 2014),
               ("master", None, "École de l'air", 2004),
               ("secondary", None, "Lycée Pierre-de-Fermat", 1999)],
    military_staff_college=True,
    experience=[("Chef du bureau plans",
                 "Commandement de la défense aérienne et des opérations aériennes (CDAOA)",
                 "2022-08", None),
                ("Officier d'état-major J5 (plans)", "Allied Air Command (AIRCOM)",
                 "2019-09", "2022-07"),
                ("Commandant d'escadrille", "Escadron de défense sol-air 950", "2016-09", "2018-06"),
                ("Officier programmes, systèmes sol-air", "Direction générale de l'armement (DGA)",
                 "2011-01", "2015-12"),
                ("Contrôleur de défense aérienne", "Base aérienne 942", "2004-01", "2010-12")],
    languages=[("French", None, None), ("English", None, "3333"), ("German", "IV", None)],
    skills=["Planification opérationnelle (COPD)", "Défense aérienne intégrée",
            "Gestion de programmes d'armement", "Rédaction d'état-major"]))


# t15: German civilian CV in German; "seit 01.2020", "04/2015 – 12/2019"; organisation name
# containing commas (BAAINBw); Abitur; CEFR in brackets after "verhandlungssicher".
add("cv_t15_de_hoffmann.txt", """LEBENSLAUF

Katrin Hoffmann, M.Sc.
Friedrichstraße 12, 53111 Bonn
Telefon: +49 228 555 1234 · E-Mail: k.hoffmann@example.de
Geburtsdatum: 03.07.1986 · Staatsangehörigkeit: deutsch

BERUFSERFAHRUNG

seit 01.2020        Referentin IT-Sicherheit
                    Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr
                    (BAAINBw), Koblenz
                    - Sicherheitskonzepte für Führungsinformationssysteme
                    - Akkreditierung von IT-Systemen nach VS-NfD und NATO RESTRICTED

04/2015 – 12/2019   IT-Projektleiterin
                    BWI GmbH, Meckenheim
                    - Leitung von Migrationsprojekten mit bis zu 12 Mitarbeitenden

10/2011 – 03/2015   Softwareentwicklerin
                    Fraunhofer FKIE, Wachtberg

AUSBILDUNG

2009 – 2011         Master of Science Wirtschaftsinformatik
                    Technische Universität München
2006 – 2009         Bachelor of Science Informatik
                    Hochschule Darmstadt
2006                Abitur
                    Goethe-Gymnasium, Frankfurt am Main

SPRACHEN

Deutsch – Muttersprache
Englisch – verhandlungssicher (C1)
Französisch – gute Kenntnisse (B2)

KENNTNISSE

ISO 27001, IT-Grundschutz, Python, SAP, Projektmanagement (PRINCE2)

Bonn, im Januar 2027
""", cv_label(
    "cv_t15_de_hoffmann.txt",
    name="Katrin Hoffmann", email="k.hoffmann@example.de", phone="+49 228 555 1234",
    nationality="Germany",
    education=[("master", "Wirtschaftsinformatik", "Technische Universität München", 2011),
               ("bachelor", "Informatik", "Hochschule Darmstadt", 2009),
               ("secondary", None, "Goethe-Gymnasium", 2006)],
    military_staff_college=False,
    experience=[("Referentin IT-Sicherheit",
                 "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)",
                 "2020-01", None),
                ("IT-Projektleiterin", "BWI GmbH", "2015-04", "2019-12"),
                ("Softwareentwicklerin", "Fraunhofer FKIE", "2011-10", "2015-03")],
    languages=[("German", None, None), ("English", "V", None), ("French", "IV", None)],
    skills=["ISO 27001", "IT-Grundschutz", "Python", "SAP", "Projektmanagement (PRINCE2)"]))


# t16: Dutch naval officer; "JUL 2021 - present", "2013-08 to 2016-07"; ships as units; SLP with
# "+" and 4-digit; competency profile with NATO names; staff course under its Dutch name too.
add("cv_t16_nl_navy_devries.txt", """CURRICULUM VITAE - CDR R.J. DE VRIES, ROYAL NETHERLANDS NAVY

PERSONAL DATA
Name:           Ruben Jan de Vries
Rank:           Commander (OF-4)
Nationality:    Dutch
Date of birth:  14 NOV 1980
E-mail:         rj.devries@example.nl
Mobile:         +31 6 5555 0172

CAREER (POSTINGS)
JUL 2021 - present      Branch Head Maritime Plans
                        Allied Maritime Command (MARCOM), Northwood (GBR)
JUL 2018 - JUN 2021     Commanding Officer
                        HNLMS Van Amstel (F831)
2013-08 to 2016-07      Staff Officer Operations (N3)
                        Netherlands Maritime Force, Den Helder
2009-09 to 2013-07      Principal Warfare Officer
                        HNLMS Evertsen (F805)
2003-09 to 2009-08      Navigation Officer / Officer of the Watch
                        Royal Netherlands Navy, frigate squadron (Den Helder)

MILITARY EDUCATION
AUG 2016 - JUN 2017     Advanced Command and Staff Course (Hogere Defensievorming, HDV),
                        Netherlands Defence Academy, The Hague
2009                    Principal Warfare Officer course, Den Helder

ACADEMIC EDUCATION
2017   MA Military Strategic Studies, Netherlands Defence Academy (awarded with the HDV)
2003   Bachelor of Science in Military Systems and Technology, Netherlands Defence Academy

LANGUAGES
Dutch     mother tongue
English   SLP 4444
German    SLP 2+2+2+2
French    SLP 2+1+2+1

COMPETENCY PROFILE (last appraisal, 2024)
- Leadership: Leads the team to results
- Initiative: Acts 3-12 months ahead
- Analytical Thinking: Makes complex plans or analyses
- Self-Control: Manages stress effectively
""", cv_label(
    "cv_t16_nl_navy_devries.txt",
    name="Ruben Jan de Vries", email="rj.devries@example.nl", phone="+31 6 5555 0172",
    nationality="Netherlands",
    education=[("master", "Military Strategic Studies", "Netherlands Defence Academy", 2017),
               ("bachelor", "Military Systems and Technology", "Netherlands Defence Academy", 2003)],
    military_staff_college=True,
    experience=[("Branch Head Maritime Plans", "Allied Maritime Command (MARCOM)", "2021-07", None),
                ("Commanding Officer", "HNLMS Van Amstel (F831)", "2018-07", "2021-06"),
                ("Staff Officer Operations (N3)", "Netherlands Maritime Force", "2013-08", "2016-07"),
                ("Principal Warfare Officer", "HNLMS Evertsen (F805)", "2009-09", "2013-07"),
                ("Navigation Officer / Officer of the Watch", "Royal Netherlands Navy",
                 "2003-09", "2009-08")],
    languages=[("Dutch", None, None), ("English", None, "4444"), ("German", None, "2222"),
               ("French", None, "2121")],
    competencies=["Leadership", "Initiative", "Analytical Thinking", "Self-Control"],
    skills=[]))


# t17: Belgian bilingual FR/EN civil servant; "03.2019 → présent / present", "01.03.2014 –
# 28.02.2019"; bilingual titles and organisations; key competencies written only as ladder
# behaviours (no competency names).
add("cv_t17_be_bilingual_claes.txt", """CV – Élodie CLAES

Rue de la Loi 100, 1040 Etterbeek (Bruxelles / Brussels)
elodie.claes@example.be · +32 2 555 01 44
Nationalité / Nationality : belge / Belgian

PROFIL / PROFILE
Spécialiste des politiques de défense et des relations OTAN-UE. / Defence policy specialist with
ten years of experience in NATO and EU affairs.

EXPÉRIENCE PROFESSIONNELLE / PROFESSIONAL EXPERIENCE

03.2019 → présent / present
  Attachée relations internationales / International Relations Attaché
  Ministère de la Défense / Ministry of Defence, Bruxelles
  Préparation des réunions ministérielles OTAN ; coordination interdépartementale.

01.03.2014 – 28.02.2019
  Conseillère politique / Political Adviser
  Délégation permanente de la Belgique auprès de l'OTAN / Permanent Delegation of Belgium to NATO
  Suivi du Comité des plans de défense ; rapports au ministère.

09/2010 – 02/2014
  Chargée de recherche / Research Fellow
  Institut royal supérieur de défense (IRSD)

FORMATION / EDUCATION
2010  Master en relations internationales – Université libre de Bruxelles (ULB)
2008  Bachelier en sciences politiques – ULB
2005  CESS – Athénée Royal d'Uccle 1

LANGUES / LANGUAGES
Français / French : langue maternelle / mother tongue
Néerlandais / Dutch : B2
English / Anglais : C2
Deutsch / Allemand : notions / basic

COMPÉTENCES CLÉS (référentiel OTAN) / KEY COMPETENCIES (NATO framework)
Sees multiple relationships · Creates own measures of excellence · Understands organisational
politics · Solicits inputs and encourages others
""", cv_label(
    "cv_t17_be_bilingual_claes.txt",
    name="Élodie Claes", email="elodie.claes@example.be", phone="+32 2 555 01 44",
    nationality="Belgium",
    education=[("master", "relations internationales", "Université libre de Bruxelles (ULB)", 2010),
               ("bachelor", "sciences politiques", "ULB", 2008),
               ("secondary", None, "Athénée Royal d'Uccle 1", 2005)],
    military_staff_college=False,
    experience=[("Attachée relations internationales / International Relations Attaché",
                 "Ministère de la Défense / Ministry of Defence", "2019-03", None),
                ("Conseillère politique / Political Adviser",
                 "Délégation permanente de la Belgique auprès de l'OTAN / Permanent Delegation of "
                 "Belgium to NATO", "2014-03", "2019-02"),
                ("Chargée de recherche / Research Fellow",
                 "Institut royal supérieur de défense (IRSD)", "2010-09", "2014-02")],
    languages=[("French", None, None), ("Dutch", "IV", None), ("English", "VI", None),
               ("German", None, None)],
    competencies=["Analytical Thinking", "Achievement", "Organisational Awareness", "Teamwork"],
    skills=[]))


def build():
    for name, text, label in DOCS:
        assert label["file"] == name
        write_text(CVS, name, text)
        write_cv_label(label)
    return [d[0] for d in DOCS]


if __name__ == "__main__":
    print("\n".join(build()))
