"""DOCX CVs of corpus 5 (d33-d40). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def hdr(section, text, footer=None):
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = text
    if footer is not None:
        section.footer.is_linked_to_previous = False
        section.footer.paragraphs[0].text = footer


def bold_line(d, bold, rest=""):
    p = d.add_paragraph()
    p.add_run(bold).bold = True
    if rest:
        p.add_run(rest)
    return p


# ------------------------------------------------------------------ d33: Portuguese, CV in Portuguese, tables
F = "cv_d33_pt_portugues_tabelas_carvalho.docx"


@doc(F, cv_label(
    F, "Ana Rita Carvalho", "anarita.carvalho@example.pt", "+351 912 555 377", "Portugal",
    [("bachelor", "Relações Internacionais", "Universidade do Minho", 2007),
     ("master", "Ciência Política", "ISCTE – Instituto Universitário de Lisboa", 2009)],
    False,
    [("Técnica Superior – Assessora de Relações Internacionais",
      "Direção-Geral de Política de Defesa Nacional (DGPDN)", "2018-02", None),
     ("Investigadora", "Instituto da Defesa Nacional (IDN)", "2009-09", "2018-01")],
    [("Portuguese", None, None), ("English", "V", None), ("French", "IV", None), ("Spanish", None, None)],
    [],
    ["Microsoft Office", "SPSS", "NVivo"]))
def d33(path):
    d = new_docx()
    d.add_heading("Ana Rita Carvalho", 0)
    d.add_paragraph("Assessora de relações internacionais – Defesa")
    docx_table(d, [["Morada", "Rua Castilho 41, 1250-068 Lisboa"],
                   ["Telemóvel", "+351 912 555 377"],
                   ["Correio eletrónico", "anarita.carvalho@example.pt"],
                   ["Data de nascimento", "22/11/1985"],
                   ["Nacionalidade", "Portuguesa"]])
    d.add_heading("Experiência profissional", 1)
    docx_table(d, [["Período", "Função", "Entidade empregadora"],
                   ["desde fev. 2018", "Técnica Superior – Assessora de Relações Internacionais",
                    "Direção-Geral de Política de Defesa Nacional (DGPDN), Lisboa"],
                   ["set. 2009 – jan. 2018", "Investigadora", "Instituto da Defesa Nacional (IDN), Lisboa"]],
               bold_first_row=True)
    d.add_paragraph("Acompanhamento das reuniões do Comité de Planeamento de Defesa da NATO; trabalhei com "
                    "homólogos espanhóis e franceses na Iniciativa 5+5 Defesa.")
    d.add_heading("Formação académica", 1)
    docx_table(d, [["Ano", "Grau", "Área", "Instituição"],
                   ["2007", "Licenciatura", "Relações Internacionais", "Universidade do Minho, Braga"],
                   ["2009", "Mestrado", "Ciência Política", "ISCTE – Instituto Universitário de Lisboa"],
                   ["2013", "Pós-Graduação (não conferente de grau)", "Gestão de Projetos",
                    "Universidade Católica Portuguesa"],
                   ["em curso", "Doutoramento (tese em elaboração)", "Relações Internacionais",
                    "Universidade NOVA de Lisboa"]],
               bold_first_row=True)
    d.add_heading("Formação complementar", 1)
    d.add_paragraph("Curso de Defesa Nacional (IDN, 2015) – curso de formação, sem atribuição de grau", style="List Bullet")
    d.add_paragraph("NATO Senior Executive Course on Gender (NATO School Oberammergau, 2020)", style="List Bullet")
    d.add_heading("Competências linguísticas", 1)
    d.add_paragraph("Língua materna: Português")
    d.add_paragraph("Inglês – C1 (compreensão, fala e escrita)")
    d.add_paragraph("Francês – B2")
    d.add_paragraph("Espanhol – utilizador independente")
    d.add_heading("Competências informáticas", 1)
    d.add_paragraph("Microsoft Office, SPSS, NVivo")
    d.add_heading("Voluntariado", 1)
    d.add_paragraph("2016–2020 – Voluntária na Cruz Vermelha Portuguesa (apoio a refugiados).")
    d.add_heading("Referências", 1)
    d.add_paragraph("Prof. Doutor Nuno Severiano – nuno.severiano@example.pt – +351 217 555 100")
    d.add_paragraph("Coronel Rui Mendes, IDN – rui.mendes@example.pt")
    d.save(path)


# ------------------------------------------------------------------ d34: Canadian bilingual FR/EN headings
F = "cv_d34_ca_bilingue_certificat_cote.docx"


@doc(F, cv_label(
    F, "Geneviève Côté", "genevieve.cote@example.ca", "613-555-0147", "Canada",
    [("master", "affaires publiques", "Université Laval", 2012),
     ("bachelor", "science politique", "Université Laval", 2010)],
    False,
    [("Analyste principale des politiques / Senior Policy Analyst",
      "Ministère de la Défense nationale / Department of National Defence (MDN/DND)", "2019-04", None),
     ("Agente des politiques / Policy Officer", "Affaires mondiales Canada / Global Affairs Canada",
      "2013-09", "2019-03"),
     ("Adjointe de recherche / Research Assistant",
      "Centre d'études sur la paix et la sécurité internationale (CEPSI)", "2012-05", "2013-08")],
    [("French", None, None), ("English", None, None), ("Spanish", None, None)],
    [],
    ["analyse des politiques / policy analysis", "GCdocs", "Power BI"]))
def d34(path):
    d = new_docx()
    hdr(d.sections[0], "Geneviève Côté — CV / Résumé")
    d.add_heading("Geneviève Côté", 0)
    d.add_paragraph("Ottawa (Ontario) · 613-555-0147 · genevieve.cote@example.ca")
    d.add_paragraph("Citoyenneté / Citizenship : canadienne / Canadian")
    d.add_paragraph("Cote de sécurité / Security clearance : Secret (niveau II / Level II)")
    d.add_heading("PROFIL | PROFILE", 1)
    d.add_paragraph("Analyste des politiques de défense, parfaitement à l'aise dans les deux langues officielles. "
                    "Policy analyst who has worked with U.S. and Mexican counterparts on continental defence "
                    "and with the NATO International Staff on burden-sharing reports.")
    d.add_heading("EXPÉRIENCE PROFESSIONNELLE | PROFESSIONAL EXPERIENCE", 1)
    bold_line(d, "2019-04 – présent / present")
    d.add_paragraph("Analyste principale des politiques / Senior Policy Analyst — Ministère de la Défense nationale / "
                    "Department of National Defence (MDN/DND), Ottawa")
    d.add_paragraph("Rédaction des notes au ministre sur l'OTAN et le NORAD.", style="List Bullet")
    bold_line(d, "2013-09 – 2019-03")
    d.add_paragraph("Agente des politiques / Policy Officer — Affaires mondiales Canada / Global Affairs Canada, Ottawa")
    bold_line(d, "2012-05 – 2013-08")
    d.add_paragraph("Adjointe de recherche / Research Assistant — Centre d'études sur la paix et la sécurité "
                    "internationale (CEPSI), Université de Montréal")
    d.add_heading("FORMATION | EDUCATION", 1)
    d.add_paragraph("Maîtrise en affaires publiques (M.A.P.) / Master of Public Affairs — Université Laval, 2012")
    d.add_paragraph("Baccalauréat en science politique / Bachelor of Political Science — Université Laval, 2010")
    d.add_paragraph("Certificat de premier cycle en gestion publique (30 crédits, sans grade) / Undergraduate "
                    "certificate in public management (not a degree) — École nationale d'administration publique "
                    "(ENAP), 2016")
    d.add_heading("LANGUES | LANGUAGES", 1)
    d.add_paragraph("Français : langue maternelle / mother tongue")
    d.add_paragraph("English: Second Language Evaluation (SLE) results CBC (reading C, writing B, oral C)")
    d.add_paragraph("Espagnol / Spanish : intermédiaire / intermediate")
    d.add_heading("COMPÉTENCES | SKILLS", 1)
    d.add_paragraph("analyse des politiques / policy analysis; GCdocs; Power BI")
    d.add_heading("BÉNÉVOLAT | VOLUNTEERING", 1)
    d.add_paragraph("Entraîneuse de soccer jeunesse / youth soccer coach, Gatineau (2015 – ).")
    d.add_paragraph("Références fournies sur demande / References available upon request.")
    d.save(path)


# ------------------------------------------------------------------ d35: German civil servant, German, no nationality
F = "cv_d35_de_lebenslauf_ohne_staatsang_vogel.docx"


@doc(F, cv_label(
    F, "Stefan Vogel", "stefan.vogel@example.de", "+49 30 555 18 20", None,
    [("master", "Politikwissenschaft", "Eberhard Karls Universität Tübingen", 2004),
     ("bachelor", "Allgemeine innere Verwaltung", "Hochschule des Bundes für öffentliche Verwaltung", 2000),
     ("secondary", None, "Eberhard-Ludwigs-Gymnasium", 1997)],
    False,
    [("Referent, Referat Pol II 3 (NATO-Grundsatzangelegenheiten)", "Bundesministerium der Verteidigung (BMVg)",
      "2019-04", None),
     ("Sachgebietsleiter Vertragswesen",
      "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)", "2010-10", "2019-03"),
     ("Wissenschaftlicher Mitarbeiter", "Stiftung Wissenschaft und Politik (SWP)", "2004-09", "2010-09")],
    [("German", None, None), ("English", None, "3332"), ("French", "IV", None), ("Italian", None, None)],
    [],
    ["MS Office", "SAP", "VS-IT"]))
def d35(path):
    d = new_docx()
    d.add_heading("Lebenslauf", 0)
    d.add_heading("Persönliche Daten", 1)
    docx_table(d, [["Name", "Stefan Vogel"],
                   ["Anschrift", "Torstraße 88, 10119 Berlin"],
                   ["Telefon", "+49 30 555 18 20"],
                   ["E-Mail", "stefan.vogel@example.de"],
                   ["Geboren", "14.02.1978 in Stuttgart"],
                   ["Familienstand", "verheiratet, zwei Kinder"]], style=None)
    d.add_heading("Berufserfahrung", 1)
    docx_table(d, [["seit 04/2019", "Referent, Referat Pol II 3 (NATO-Grundsatzangelegenheiten)\n"
                                    "Bundesministerium der Verteidigung (BMVg), Berlin"],
                   ["10/2010 – 03/2019", "Sachgebietsleiter Vertragswesen\nBundesamt für Ausrüstung, "
                                         "Informationstechnik und Nutzung der Bundeswehr (BAAINBw), Koblenz"],
                   ["09/2004 – 09/2010", "Wissenschaftlicher Mitarbeiter\nStiftung Wissenschaft und Politik (SWP), "
                                         "Berlin; Zusammenarbeit mit französischen und polnischen Partnerinstituten"]],
               style=None)
    d.add_heading("Ausbildung", 1)
    docx_table(d, [["2005 – 2008", "Promotionsstudium Politikwissenschaft, Universität Potsdam (abgebrochen, "
                                   "ohne Abschluss)"],
                   ["2000 – 2004", "Magister Artium (M.A.), Hauptfach Politikwissenschaft, Nebenfächer Neuere "
                                   "Geschichte und Romanistik\nEberhard Karls Universität Tübingen"],
                   ["1997 – 2000", "Diplom-Verwaltungswirt (FH), Studiengang Allgemeine innere Verwaltung\n"
                                   "Hochschule des Bundes für öffentliche Verwaltung, Brühl"],
                   ["1997", "Abitur, Eberhard-Ludwigs-Gymnasium, Stuttgart"]], style=None)
    d.add_heading("Weiterbildung", 1)
    d.add_paragraph("2017 Seminar für Sicherheitspolitik, Bundesakademie für Sicherheitspolitik (BAKS)",
                    style="List Bullet")
    d.add_paragraph("2015 NATO Defence Planning Course, NATO School Oberammergau", style="List Bullet")
    d.add_heading("Sprachen", 1)
    d.add_paragraph("Deutsch: Muttersprache")
    d.add_paragraph("Englisch: SLP 3332 (Bundessprachenamt, 2021)")
    d.add_paragraph("Französisch: GER-Niveau B2")
    d.add_paragraph("Italienisch: Grundkenntnisse")
    d.add_heading("EDV-Kenntnisse", 1)
    d.add_paragraph("MS Office, SAP, VS-IT")
    d.add_heading("Veröffentlichungen", 1)
    d.add_paragraph("Vogel, S. / Keller, S.: Die NATO-Fähigkeitsziele und der Bundeshaushalt, SWP-Aktuell 41, 2009.")
    d.add_heading("Ehrenamt", 1)
    d.add_paragraph("Schöffe am Landgericht Berlin (seit 2020); Vorstand des Fördervereins der Gesellschaft für "
                    "Sicherheitspolitik e.V.")
    d.add_heading("Referenzen", 1)
    d.add_paragraph("Dr. Sabine Keller, Stiftung Wissenschaft und Politik – sabine.keller@example.de")
    d.add_paragraph("Berlin, im Dezember 2026                                   Stefan Vogel")
    d.save(path)


# ------------------------------------------------------------------ d36: French academic CV in French
F = "cv_d36_fr_universitaire_hdr_lefevre.docx"


@doc(F, cv_label(
    F, "Camille Lefèvre", "camille.lefevre@example.fr", "+33 6 55 51 72 40", "France",
    [("doctorate", "science politique", "Sciences Po Paris", 2016),
     ("master", "Relations internationales", "Université Paris 1 Panthéon-Sorbonne", 2011),
     ("bachelor", "science politique", "Université Paris 1 Panthéon-Sorbonne", 2009),
     ("secondary", None, "Lycée Henri-IV", 2006)],
    False,
    [("Maîtresse de conférences en science politique", "Université Paris 1 Panthéon-Sorbonne", "2018-09", None),
     ("Chercheuse postdoctorale", "Institut de recherche stratégique de l'École militaire (IRSEM)", "2016-09",
      "2018-08"),
     ("Attachée temporaire d'enseignement et de recherche (ATER)", "Sciences Po Lyon", "2015-09", "2016-08")],
    [("French", None, None), ("English", "VI", None), ("German", "IV", None), ("Russian", None, None)],
    [],
    []))
def d36(path):
    d = new_docx(10)
    d.add_heading("Camille LEFÈVRE", 0)
    d.add_paragraph("Maîtresse de conférences en science politique – qualifiée CNU section 04")
    d.add_paragraph("Née le 8 mars 1988, de nationalité française")
    d.add_paragraph("camille.lefevre@example.fr – +33 6 55 51 72 40 – 12 rue Monge, 75005 Paris")
    d.add_heading("Postes occupés", 1)
    d.add_paragraph("Depuis septembre 2018 : Maîtresse de conférences en science politique, Université Paris 1 "
                    "Panthéon-Sorbonne, Paris")
    d.add_paragraph("Sept. 2016 – août 2018 : Chercheuse postdoctorale, Institut de recherche stratégique de l'École "
                    "militaire (IRSEM), Paris")
    d.add_paragraph("Sept. 2015 – août 2016 : Attachée temporaire d'enseignement et de recherche (ATER), Sciences Po Lyon")
    d.add_heading("Diplômes", 1)
    d.add_paragraph("En préparation : Habilitation à diriger des recherches (HDR), Université Paris 1 – soutenance "
                    "envisagée en 2027", style="List Bullet")
    d.add_paragraph("2017 : Qualification aux fonctions de maître de conférences, CNU section 04 (qualification, non "
                    "diplôme)", style="List Bullet")
    d.add_paragraph("2016 : Doctorat en science politique, Sciences Po Paris – thèse : « La dissuasion élargie à "
                    "l'épreuve de la guerre en Ukraine », soutenue le 2 décembre 2016", style="List Bullet")
    d.add_paragraph("2011 : Master 2 Recherche « Relations internationales », Université Paris 1 Panthéon-Sorbonne, "
                    "mention Très bien", style="List Bullet")
    d.add_paragraph("2009 : Licence de science politique, Université Paris 1 Panthéon-Sorbonne", style="List Bullet")
    d.add_paragraph("2006 : Baccalauréat ES, Lycée Henri-IV, Paris", style="List Bullet")
    d.add_heading("Publications choisies", 1)
    d.add_paragraph("Lefèvre C., Durand P., « L'OTAN et la dissuasion nucléaire après 2022 », Politique étrangère, "
                    "vol. 88, n° 3, 2023.")
    d.add_paragraph("Lefèvre C., Schmidt K., « Extended deterrence in the Baltic », Survival, 65(2), 2023.")
    d.add_heading("Communications", 1)
    d.add_paragraph("« La posture de défense de l'OTAN », colloque de l'IHEDN, Paris, 2024 ; conférence invitée au "
                    "NATO Defense College, Rome, 2023 (en anglais).")
    d.add_heading("Encadrement et responsabilités collectives", 1)
    d.add_paragraph("Co-direction de 2 thèses ; directrice du Master 2 « Sécurité internationale » depuis 2021 ; "
                    "terrains en Ukraine et en Pologne avec des collègues ukrainiens et polonais.")
    d.add_heading("Langues", 1)
    d.add_paragraph("Français : langue maternelle ; anglais : C2 ; allemand : B2 ; russe : notions")
    d.add_heading("Références", 1)
    d.add_paragraph("Pr Hélène Martin, Sciences Po – helene.martin@example.fr ; Dr Pierre Durand, IRSEM – "
                    "pierre.durand@example.fr")
    d.save(path)


# ------------------------------------------------------------------ d37: Danish officer, selected (not yet attended) for staff course
F = "cv_d37_dk_officer_selected_staff_kristensen.docx"


@doc(F, cv_label(
    F, "Mads Kristensen", "mads.kristensen@example.dk", "+45 28 55 60 14", "Denmark",
    [("master", "Political Science", "Aarhus University", 2021),
     ("bachelor", "Military Leadership", "Royal Danish Military Academy (Hærens Officersskole)", 2012)],
    False,
    [("Staff Officer, Capability Development", "Danish Defence Command (Værnsfælles Forsvarskommando)",
      "2022-08", None),
     ("Company Commander", "Guard Hussar Regiment (Gardehusarregimentet)", "2019-02", "2022-07"),
     ("Platoon Commander / Instructor", "Jutland Dragoon Regiment (Jydske Dragonregiment)", "2012-08", "2019-01")],
    [("Danish", None, None), ("English", None, "3333"), ("German", None, "2211")],
    ["Leadership", "Flexibility", "Initiative"],
    ["Operational planning (COPD)", "TOPFAS", "Danish defence budget process"]))
def d37(path):
    d = new_docx()
    hdr(d.sections[0], "CURRICULUM VITAE – MAJOR (OF-3) MADS KRISTENSEN, ROYAL DANISH ARMY")
    d.add_heading("Major Mads Kristensen", 0)
    docx_table(d, [["Nationality", "Danish"], ["Born", "1989, Viborg"],
                   ["E-mail", "mads.kristensen@example.dk"], ["Mobile", "+45 28 55 60 14"]])
    d.add_heading("Service record", 1)
    docx_table(d, [["Period", "Position", "Unit"],
                   ["Aug 2022 – present", "Staff Officer, Capability Development",
                    "Danish Defence Command (Værnsfælles Forsvarskommando), Copenhagen"],
                   ["Feb 2019 – Jul 2022", "Company Commander", "Guard Hussar Regiment (Gardehusarregimentet), Slagelse"],
                   ["Aug 2012 – Jan 2019", "Platoon Commander / Instructor",
                    "Jutland Dragoon Regiment (Jydske Dragonregiment), Holstebro"]], bold_first_row=True)
    d.add_paragraph("Deployed with the enhanced Forward Presence battlegroup in Estonia (2020), working daily with "
                    "British and French officers.")
    d.add_heading("Education", 1)
    d.add_paragraph("2021  MSc in Political Science (cand.scient.pol., part-time), Aarhus University")
    d.add_paragraph("2012  Bachelor in Military Leadership, Royal Danish Military Academy (Hærens Officersskole)")
    d.add_paragraph("Selected for the Joint Staff Course (Stabskursus), Royal Danish Defence College – course "
                    "starts August 2027 (not yet attended).")
    d.add_heading("Military courses", 1)
    d.add_paragraph("2023 Comprehensive Operations Planning Course, NATO School Oberammergau", style="List Bullet")
    d.add_paragraph("2018 Company Commander Course, Army Combat and Fire Support Centre", style="List Bullet")
    d.add_heading("Languages", 1)
    d.add_paragraph("Danish: native · English: SLP 3333 · German: SLP 2211")
    d.add_heading("Competencies (NATO framework)", 1)
    d.add_paragraph("Leadership – leads the team to results", style="List Bullet")
    d.add_paragraph("Flexibility – adapts strategy", style="List Bullet")
    d.add_paragraph("Initiative – acts 3-12 months ahead", style="List Bullet")
    d.add_heading("Skills", 1)
    d.add_paragraph("Operational planning (COPD); TOPFAS; Danish defence budget process")
    d.add_heading("References", 1)
    d.add_paragraph("Lieutenant Colonel Søren Holm, Danish Defence Command – soren.holm@example.dk – +45 72 55 00 00")
    d.save(path)


# ------------------------------------------------------------------ d38: US résumé, projects, publications, MBA candidate
F = "cv_d38_us_resume_projects_mbacand_park.docx"


@doc(F, cv_label(
    F, "Jessica M. Park", "jessica.park@example.com", "(703) 555-0162", "United States",
    [("bachelor", "Electrical Engineering", "Georgia Institute of Technology", 2009),
     ("master", "Electrical Engineering", "Georgia Institute of Technology", 2010)],
    False,
    [("Lead Systems Engineer", "MITRE Corporation", "2019-06", None),
     ("Senior Consultant", "Booz Allen Hamilton", "2014-08", "2019-05"),
     ("Surface Warfare Officer", "U.S. Navy", "2010-05", "2014-07")],
    [("Korean", None, None), ("Spanish", None, None)],
    [],
    ["MBSE (Cameo)", "SysML", "Python", "MATLAB", "Link 16"]))
def d38(path):
    d = new_docx(10.5)
    d.add_heading("JESSICA M. PARK", 0)
    d.add_paragraph("Arlington, VA | (703) 555-0162 | jessica.park@example.com | linkedin.com/in/jmpark-example")
    d.add_paragraph("Citizenship: American | Clearance: TS (inactive)")
    d.add_heading("SUMMARY", 1)
    d.add_paragraph("Systems engineer with 15 years in C2 and data links, from shipboard operations to JADC2 "
                    "prototyping; collaborated with Royal Navy and Japanese counterparts on coalition data links.")
    d.add_heading("PROFESSIONAL EXPERIENCE", 1)
    bold_line(d, "MITRE Corporation", " — McLean, VA")
    d.add_paragraph("Lead Systems Engineer | Jun 2019 – Present")
    d.add_paragraph("Architected the data-fabric reference model adopted by two Combatant Commands.", style="List Bullet")
    bold_line(d, "Booz Allen Hamilton", " — Arlington, VA")
    d.add_paragraph("Senior Consultant | Aug 2014 – May 2019")
    bold_line(d, "U.S. Navy", " — USS Gravely (DDG 107), Norfolk, VA")
    d.add_paragraph("Surface Warfare Officer | May 2010 – Jul 2014")
    d.add_heading("EDUCATION", 1)
    d.add_paragraph("MBA Candidate — Georgetown University, McDonough School of Business (expected May 2027)")
    d.add_paragraph("B.S. & M.S., Electrical Engineering — Georgia Institute of Technology (2009, 2010)")
    d.add_heading("PROJECTS", 1)
    d.add_paragraph("JADC2 Data Fabric Prototype (2023–2024) — led a 9-person team with DISA and Lockheed Martin.",
                    style="List Bullet")
    d.add_paragraph("Open-source Link 16 message parser (2021 – present) — maintainer.", style="List Bullet")
    d.add_heading("PUBLICATIONS", 1)
    d.add_paragraph("Park, J. M., & Liu, W. (2022). Federated data meshes for coalition C2. MILCOM 2022.")
    d.add_heading("CERTIFICATIONS", 1)
    d.add_paragraph("PMP (2018) · CompTIA Security+ (2015) · INCOSE ASEP (2012)")
    d.add_heading("TECHNICAL SKILLS", 1)
    d.add_paragraph("MBSE (Cameo), SysML, Python, MATLAB, Link 16")
    d.add_heading("LANGUAGES", 1)
    d.add_paragraph("Korean (heritage speaker, conversational); Spanish (DLPT 2/2)")
    d.add_paragraph("References available upon request.")
    d.save(path)


# ------------------------------------------------------------------ d39: Dutch, CV in Dutch, doctoraal (drs.)
F = "cv_d39_nl_nederlands_doctoraal_deboer.docx"


@doc(F, cv_label(
    F, "Sanne de Boer", "sanne.deboer@example.nl", "+31 6 5555 8210", "Netherlands",
    [("master", "Bestuurskunde", "Universiteit Leiden", 2003),
     ("secondary", None, "Stedelijk Gymnasium Leiden", 1997)],
    False,
    [("Senior beleidsmedewerker Internationale Samenwerking", "Ministerie van Defensie", "2020-01", None),
     ("Onderzoeker", "Nederlands Instituut voor Internationale Betrekkingen Clingendael", "2012-01", "2019-12"),
     ("Beleidsmedewerker", "Gemeente Den Haag", "2004-03", "2011-12")],
    [("Dutch", None, None), ("English", "VI", None), ("French", "IV", None), ("German", None, None)],
    [],
    ["Beleidsadvisering", "Stakeholdermanagement", "Projectmatig werken"]))
def d39(path):
    d = new_docx()
    d.add_heading("drs. Sanne de Boer", 0)
    d.add_paragraph("Laan van Meerdervoort 301, 2563 AC Den Haag")
    d.add_paragraph("Telefoon: +31 6 5555 8210   |   E-mail: sanne.deboer@example.nl")
    d.add_paragraph("Geboortedatum: 30-06-1979   |   Nationaliteit: Nederlandse")
    d.add_heading("Werkervaring", 1)
    bold_line(d, "sinds januari 2020", "   Senior beleidsmedewerker Internationale Samenwerking")
    d.add_paragraph("Ministerie van Defensie, Directie Internationale Zaken, Den Haag")
    d.add_paragraph("Voorbereiding van NAVO-ministeriële bijeenkomsten; overleg met Belgische en Duitse collega's.",
                    style="List Bullet")
    bold_line(d, "2012 – 2019", "   Onderzoeker")
    d.add_paragraph("Nederlands Instituut voor Internationale Betrekkingen Clingendael, Den Haag")
    bold_line(d, "maart 2004 – december 2011", "   Beleidsmedewerker")
    d.add_paragraph("Gemeente Den Haag")
    d.add_heading("Opleiding", 1)
    d.add_paragraph("1997 – 2003   Doctoraal Bestuurskunde (drs.), Universiteit Leiden")
    d.add_paragraph("1998            Propedeuse Rechtsgeleerdheid, Universiteit Leiden (studie daarna niet voortgezet)")
    d.add_paragraph("2009            Leergang Internationale Veiligheid (certificaat), Clingendael Academie")
    d.add_paragraph("1991 – 1997   VWO (gymnasium), Stedelijk Gymnasium Leiden")
    d.add_heading("Talen", 1)
    d.add_paragraph("Nederlands: moedertaal  ·  Engels: C2  ·  Frans: B2  ·  Duits: redelijk")
    d.add_heading("Vaardigheden", 1)
    d.add_paragraph("Beleidsadvisering, Stakeholdermanagement, Projectmatig werken")
    d.add_heading("Nevenactiviteiten", 1)
    d.add_paragraph("Bestuurslid van de Atlantische Commissie (2018 – heden, onbezoldigd).")
    d.add_heading("Hobby's", 1)
    d.add_paragraph("Hockey, Franse literatuur, wandelen.")
    d.add_heading("Referenties", 1)
    d.add_paragraph("Mw. dr. Ingrid Smit, Clingendael – i.smit@example.nl")
    d.save(path)


# ------------------------------------------------------------------ d40: Norwegian, CV in Norwegian, cand.polit.
F = "cv_d40_no_norsk_candpolit_bakke.docx"


@doc(F, cv_label(
    F, "Henrik Bakke", "henrik.bakke@example.no", "+47 930 55 412", "Norway",
    [("master", "statsvitenskap", "Universitetet i Oslo", 2007),
     ("bachelor", None, "Universitetet i Oslo", 2004),
     ("secondary", None, "Oslo katedralskole", 1999)],
    False,
    [("Seniorrådgiver, Sikkerhetspolitisk avdeling", "Forsvarsdepartementet", "2018-01", None),
     ("Forsker", "Forsvarets forskningsinstitutt (FFI)", "2011-01", "2017-12"),
     ("Rådgiver", "Utenriksdepartementet", "2008-01", "2010-12")],
    [("Norwegian", None, None), ("English", None, None), ("Russian", "IV", None), ("Swedish", None, None)],
    [],
    []))
def d40(path):
    d = new_docx()
    d.add_heading("CV – Henrik Bakke", 0)
    docx_table(d, [["Fødselsdato", "03.10.1980"], ["Statsborgerskap", "norsk"],
                   ["Telefon", "+47 930 55 412"], ["E-post", "henrik.bakke@example.no"],
                   ["Adresse", "Thereses gate 12, 0168 Oslo"]], style=None)
    d.add_heading("Arbeidserfaring", 1)
    docx_table(d, [["2018 – d.d.", "Seniorrådgiver, Sikkerhetspolitisk avdeling – Forsvarsdepartementet"],
                   ["2011 – 2017", "Forsker – Forsvarets forskningsinstitutt (FFI), Kjeller"],
                   ["2008 – 2010", "Rådgiver – Utenriksdepartementet"]], style=None)
    d.add_paragraph("Samarbeidet tett med svenske og finske kolleger i NORDEFCO.")
    d.add_heading("Utdanning", 1)
    docx_table(d, [["2007", "cand.polit. (hovedfag statsvitenskap), Universitetet i Oslo"],
                   ["2005", "Årsstudium i russisk (60 studiepoeng), Universitetet i Bergen"],
                   ["2004", "cand.mag., Universitetet i Oslo"],
                   ["1999", "Videregående skole (studiespesialisering), Oslo katedralskole"]], style=None)
    d.add_heading("Språk", 1)
    d.add_paragraph("Norsk: morsmål. Engelsk: flytende. Russisk: B2. Svensk: forstår godt.")
    d.add_heading("Verv", 1)
    d.add_paragraph("Styremedlem i Den Norske Atlanterhavskomité (2019–2023).")
    d.add_heading("Fritid", 1)
    d.add_paragraph("Langrenn, jakt og friluftsliv.")
    d.add_paragraph("Referanser oppgis på forespørsel.")
    d.save(path)


def build():
    out = []
    for file, fn, label in DOCS:
        fn(os.path.join(CVS, file))
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
