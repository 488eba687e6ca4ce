"""DOCX CVs of corpus 16 (d111-d117). Each builder writes its document; the label beside it is hand-written."""
import os

from docx.enum.text import WD_BREAK

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def paras(d, lines):
    for ln in lines:
        if ln.startswith("#"):
            d.add_heading(ln.lstrip("# "), level=2)
        else:
            d.add_paragraph(ln)


# ------------------------------------------------------------------ d111 Germany: Lebenslauf tabellarisch, two-column
# date table, "seit 04/2019", Diplom (FH), "verhandlungssicher"
F = "cv_d111_de_lebenslauf_tabellarisch_seit_diplomfh_verhandlungssicher_krueger.docx"


@doc(F, cv_label(F, "Jonas Krüger", "jonas.krueger@example.de", "+49 228 5550 417", "Germany",
                 [("master", "Logistikmanagement", "Hochschule Bremen", 2012),
                  ("bachelor", "Wirtschaftsingenieurwesen", "Fachhochschule Aachen", 2009),
                  ("secondary", None, "Kaiser-Karls-Gymnasium Aachen", 2005)],
                 False,
                 [("Referent Materialwirtschaft", "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der "
                   "Bundeswehr (BAAINBw)", "2019-04", None),
                  ("Projektleiter Ersatzteillogistik", "Airbus Defence and Space GmbH", "2012-10", "2019-03"),
                  ("Werkstudent Einkauf", "Deutsche Post DHL Group", "2010-01", "2012-06")],
                 [("German", None, None), ("English", None, None), ("French", None, None)],
                 [], ["SAP MM", "MS Project", "Power BI"]))
def d111(path):
    d = new_docx()
    d.add_heading("Lebenslauf", level=1)
    docx_table(d, [["Name", "Jonas Krüger"], ["Anschrift", "Poppelsdorfer Allee 20, 53115 Bonn"],
                   ["Telefon", "+49 228 5550 417"], ["E-Mail", "jonas.krueger@example.de"],
                   ["Geburtsdatum", "14.05.1986 in Aachen"], ["Staatsangehörigkeit", "deutsch"]], style=None)
    d.add_heading("Beruflicher Werdegang", level=2)
    docx_table(d, [["seit 04/2019", "Referent Materialwirtschaft\nBundesamt für Ausrüstung, Informationstechnik und "
                    "Nutzung der Bundeswehr (BAAINBw), Koblenz"],
                   ["10/2012 – 03/2019", "Projektleiter Ersatzteillogistik\nAirbus Defence and Space GmbH, Manching"],
                   ["01/2010 – 06/2012", "Werkstudent Einkauf (20 Std./Woche)\nDeutsche Post DHL Group, Bonn"]],
               style=None)
    d.add_heading("Ausbildung", level=2)
    docx_table(d, [["10/2010 – 09/2012", "Master of Science Logistikmanagement\nHochschule Bremen"],
                   ["10/2005 – 08/2009", "Diplom-Wirtschaftsingenieur (FH), Studiengang Wirtschaftsingenieurwesen\n"
                    "Fachhochschule Aachen"],
                   ["06/2005", "Abitur, Kaiser-Karls-Gymnasium Aachen"]], style=None)
    d.add_heading("Sprachkenntnisse", level=2)
    docx_table(d, [["Deutsch", "Muttersprache"], ["Englisch", "verhandlungssicher"],
                   ["Französisch", "gute Kenntnisse"]], style=None)
    d.add_heading("EDV-Kenntnisse", level=2)
    d.add_paragraph("SAP MM, MS Project, Power BI")
    d.add_paragraph("Bonn, im Januar 2027")
    d.save(path)


# ------------------------------------------------------------------ d112 France: CV français chronologique (newest first),
# grande école (Sciences Po), concurrent "chargée d'enseignement vacataire", "depuis septembre 2021", "courant"
F = "cv_d112_fr_cvchronologique_grandeecole_vacataire_depuis_courant_lefebvre.docx"


@doc(F, cv_label(F, "Claire Lefebvre", "claire.lefebvre@example.fr", "06 55 55 28 71", "France",
                 [("master", "Affaires internationales", "Sciences Po Paris", 2014),
                  ("bachelor", "Histoire", "Université Paris 1 Panthéon-Sorbonne", 2011),
                  ("secondary", None, None, 2008)],
                 False,
                 [("Chargée de mission Alliance atlantique", "Direction générale des relations internationales et de "
                   "la stratégie (DGRIS)", "2021-09", None),
                  ("Chargée d'enseignement vacataire", "Sciences Po Paris", "2022-01", None),
                  ("Analyste politique", "Institut français des relations internationales (Ifri)", "2014-10",
                   "2021-08")],
                 [("English", None, None), ("German", None, None), ("Russian", None, None)],
                 [], ["Pack Office", "Zotero"]))
def d112(path):
    d = new_docx()
    d.add_heading("Claire LEFEBVRE", level=1)
    d.add_paragraph("12 rue de Vaugirard, 75006 Paris\n06 55 55 28 71 – claire.lefebvre@example.fr\n"
                    "Nationalité française – 35 ans")
    paras(d, ["# EXPÉRIENCE PROFESSIONNELLE",
              "Depuis septembre 2021 – Chargée de mission Alliance atlantique",
              "Direction générale des relations internationales et de la stratégie (DGRIS), Ministère des Armées",
              "Préparation des réunions des ministres de la Défense de l'OTAN ; suivi du processus de planification.",
              "Depuis janvier 2022 (en parallèle) – Chargée d'enseignement vacataire",
              "Sciences Po Paris – séminaire « Sécurité euro-atlantique » (24 h par semestre)",
              "Octobre 2014 – août 2021 – Analyste politique",
              "Institut français des relations internationales (Ifri)",
              "# FORMATION",
              "2014 – Master Affaires internationales, Sciences Po Paris (École des affaires internationales, PSIA)",
              "2011 – Licence d'Histoire, Université Paris 1 Panthéon-Sorbonne",
              "2008 – Baccalauréat série ES, mention très bien",
              "# LANGUES",
              "Anglais : courant (bilingue professionnel)",
              "Allemand : bon niveau",
              "Russe : notions",
              "# INFORMATIQUE",
              "Pack Office, Zotero",
              "# CENTRES D'INTÉRÊT",
              "Course à pied (semi-marathon de Paris 2025), piano."])
    d.save(path)


# ------------------------------------------------------------------ d113 Italy: curriculum vitae in formato europeo, the
# classic two-column table with "Date (da – a)", "Nome e indirizzo del datore di lavoro", laurea magistrale, "ad oggi"
F = "cv_d113_it_formatoeuropeo_tabella_dadaa_adoggi_laureamagistrale_ferraresi.docx"


@doc(F, cv_label(F, "Giulia Ferraresi", "giulia.ferraresi@example.it", "+39 347 555 2096", "Italy",
                 [("master", "Ingegneria delle Telecomunicazioni", "Politecnico di Milano", 2013),
                  ("bachelor", "Ingegneria delle Telecomunicazioni", "Politecnico di Milano", 2011)],
                 False,
                 [("Ingegnere di sistema", "Leonardo S.p.A. – Divisione Elettronica", "2018-06", None),
                  ("Ingegnere radiofrequenza", "Telespazio S.p.A.", "2013-11", "2018-05")],
                 [("English", "V", None), ("French", "IV", None)],
                 [], ["MATLAB", "Simulink", "STK", "DOORS"]))
def d113(path):
    d = new_docx(10)
    d.add_heading("FORMATO EUROPEO PER IL CURRICULUM VITAE", level=1)
    docx_table(d, [["INFORMAZIONI PERSONALI", ""], ["Nome", "FERRARESI, Giulia"],
                   ["Indirizzo", "Via Tiburtina 1231, 00131 Roma"], ["Telefono", "+39 347 555 2096"],
                   ["E-mail", "giulia.ferraresi@example.it"], ["Nazionalità", "Italiana"],
                   ["Data di nascita", "03/02/1988"]], style=None)
    d.add_paragraph()
    docx_table(d, [["ESPERIENZA LAVORATIVA", ""],
                   ["• Date (da – a)", "Giugno 2018 – ad oggi"],
                   ["• Nome e indirizzo del datore di lavoro", "Leonardo S.p.A. – Divisione Elettronica, Roma"],
                   ["• Tipo di azienda o settore", "Difesa e aerospazio"],
                   ["• Tipo di impiego", "Ingegnere di sistema"],
                   ["• Principali mansioni e responsabilità", "Integrazione di sistemi SATCOM per la NATO Communications "
                    "and Information Agency"],
                   ["• Date (da – a)", "Novembre 2013 – Maggio 2018"],
                   ["• Nome e indirizzo del datore di lavoro", "Telespazio S.p.A., Via Tiburtina 965, Roma"],
                   ["• Tipo di impiego", "Ingegnere radiofrequenza"]], style=None)
    d.add_paragraph()
    docx_table(d, [["ISTRUZIONE E FORMAZIONE", ""],
                   ["• Date (da – a)", "2011 – 2013"],
                   ["• Nome e tipo di istituto di istruzione o formazione", "Politecnico di Milano"],
                   ["• Qualifica conseguita", "Laurea magistrale in Ingegneria delle Telecomunicazioni (110/110 e lode)"],
                   ["• Date (da – a)", "2008 – 2011"],
                   ["• Nome e tipo di istituto di istruzione o formazione", "Politecnico di Milano"],
                   ["• Qualifica conseguita", "Laurea triennale in Ingegneria delle Telecomunicazioni"]], style=None)
    d.add_paragraph()
    docx_table(d, [["CAPACITÀ E COMPETENZE PERSONALI", ""], ["Madrelingua", "Italiano"],
                   ["Altre lingue", "Inglese – C1 (Capacità di lettura, scrittura ed espressione orale: C1)\n"
                    "Francese – B2"],
                   ["Capacità e competenze tecniche", "MATLAB, Simulink, STK, DOORS"],
                   ["Patente", "B"]], style=None)
    d.add_paragraph("Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (UE 2016/679).")
    d.save(path)


# ------------------------------------------------------------------ d114 Spain: officer CV in Spanish, table
# Fechas | Destino | Empleo, ranks with OF codes, Curso de Estado Mayor, Licenciatura, "actualidad", SLP
F = "cv_d114_es_oficial_tablafechas_of3_estadomayor_licenciatura_slp_navarrogil.docx"


@doc(F, cv_label(F, "Javier Navarro Gil", "javier.navarro@example.es", "+34 655 512 387", "Spain",
                 [("bachelor", "Derecho", "Universidad Nacional de Educación a Distancia (UNED)", 2015),
                  ("bachelor", "Ingeniería de Organización Industrial", "Academia General Militar", 2006)],
                 True,
                 [("Jefe de la Sección de Planes", "Mando de Operaciones", "2022-07", None),
                  ("Oficial de Estado Mayor", "Cuartel General del Cuerpo de Despliegue Rápido de la OTAN (NRDC-ESP)",
                   "2017-09", "2022-06"),
                  ("Oficial de enlace", "KFOR", "2019-03", "2019-09"),
                  ("Jefe de Compañía", "Regimiento de Infantería «Tercio Viejo de Sicilia» n.º 67", "2011-07",
                   "2017-08")],
                 [("English", None, "3333"), ("French", None, "2222")],
                 [], []))
def d114(path):
    d = new_docx()
    d.add_heading("CURRÍCULUM VÍTAE", level=1)
    d.add_paragraph("Comandante (OF-3) Javier Navarro Gil\nCorreo: javier.navarro@example.es · Móvil: +34 655 512 387\n"
                    "Nacionalidad: española")
    d.add_heading("Trayectoria profesional", level=2)
    docx_table(d, [["Fechas", "Destino", "Empleo / puesto"],
                   ["07/2022 – actualidad", "Mando de Operaciones, Madrid", "Comandante (OF-3) – Jefe de la Sección de Planes"],
                   ["09/2017 – 06/2022", "Cuartel General del Cuerpo de Despliegue Rápido de la OTAN (NRDC-ESP), Bétera",
                    "Capitán (OF-2) – Oficial de Estado Mayor"],
                   ["03/2019 – 09/2019", "KFOR, Pristina (comisión de servicio)", "Oficial de enlace (en comisión)"],
                   ["07/2011 – 08/2017", "Regimiento de Infantería «Tercio Viejo de Sicilia» n.º 67, San Sebastián",
                    "Teniente (OF-1) / Capitán (OF-2) – Jefe de Compañía"]], bold_first_row=True)
    d.add_heading("Formación", level=2)
    docx_table(d, [["Año", "Titulación", "Centro"],
                   ["2021", "Curso de Estado Mayor de las Fuerzas Armadas", "Escuela Superior de las Fuerzas Armadas (ESFAS)"],
                   ["2015", "Licenciatura en Derecho", "Universidad Nacional de Educación a Distancia (UNED)"],
                   ["2006", "Grado en Ingeniería de Organización Industrial (Despacho de Teniente)",
                    "Academia General Militar"]], bold_first_row=True)
    d.add_heading("Idiomas", level=2)
    d.add_paragraph("Inglés: SLP 3.3.3.3 (STANAG 6001)\nFrancés: SLP 2.2.2.2")
    d.save(path)


# ------------------------------------------------------------------ d115 Czechia: CV in Czech, table Období | Zaměstnavatel |
# Pozice, "od 2020 do současnosti", Ing. -> master, "pokročilá" and CEFR
F = "cv_d115_cz_cesky_tabulkaobdobi_dosoucasnosti_ing_pokrocila_novotna.docx"


@doc(F, cv_label(F, "Lucie Novotná", "lucie.novotna@example.cz", "+420 605 555 129", "Czechia",
                 [("master", "Ekonomika a management", "Vysoká škola ekonomická v Praze", 2012),
                  ("bachelor", "Podniková ekonomika a management", "Vysoká škola ekonomická v Praze", 2010)],
                 False,
                 [("Vedoucí oddělení rozpočtu", "Ministerstvo obrany České republiky", "2020-02", None),
                  ("Finanční analytička", "Česká národní banka", "2014-09", "2020-01"),
                  ("Auditorka", "KPMG Česká republika", "2012-07", "2014-08")],
                 [("English", "V", None), ("German", None, None)],
                 [], ["SAP FI/CO", "MS Excel", "Power BI"]))
def d115(path):
    d = new_docx()
    d.add_heading("Životopis", level=1)
    d.add_paragraph("Ing. Lucie Novotná\nE-mail: lucie.novotna@example.cz | Tel.: +420 605 555 129\n"
                    "Státní občanství: ČR")
    d.add_heading("Pracovní zkušenosti", level=2)
    docx_table(d, [["Období", "Zaměstnavatel", "Pozice"],
                   ["02/2020 – do současnosti", "Ministerstvo obrany České republiky, Praha", "Vedoucí oddělení rozpočtu"],
                   ["09/2014 – 01/2020", "Česká národní banka, Praha", "Finanční analytička"],
                   ["01/2019 – 06/2019", "rodičovská dovolená", ""],
                   ["07/2012 – 08/2014", "KPMG Česká republika, Praha", "Auditorka"]], bold_first_row=True)
    d.add_heading("Vzdělání", level=2)
    docx_table(d, [["2010 – 2012", "Vysoká škola ekonomická v Praze", "Ing., obor Ekonomika a management"],
                   ["2007 – 2010", "Vysoká škola ekonomická v Praze", "Bc., obor Podniková ekonomika a management"]])
    d.add_heading("Jazykové znalosti", level=2)
    d.add_paragraph("Angličtina – pokročilá (C1)\nNěmčina – středně pokročilá")
    d.add_heading("Počítačové dovednosti", level=2)
    d.add_paragraph("SAP FI/CO, MS Excel, Power BI")
    d.save(path)


# ------------------------------------------------------------------ d116 Portugal: English CV with a cover letter on
# page 1 (page break), employers in Dublin (Ireland), "Jan 2021 – Present", honours-free licenciatura + MSc
F = "cv_d116_pt_english_coverletterpage1_dublin_present_licenciatura_carvalho.docx"


@doc(F, cv_label(F, "Tiago Carvalho", "tiago.carvalho@example.pt", "+351 912 555 604", "Portugal",
                 [("master", "Data Science", "University College Dublin", 2016),
                  ("bachelor", "Matemática Aplicada", "Universidade do Porto", 2014)],
                 False,
                 [("Lead Data Scientist", "Central Bank of Ireland", "2021-01", None),
                  ("Data Scientist", "Ryanair", "2016-09", "2020-12")],
                 [("Portuguese", None, None), ("English", "VI", None), ("Spanish", "IV", None),
                  ("French", None, None)],
                 [], ["Python", "R", "SQL", "Azure Databricks"]))
def d116(path):
    d = new_docx()
    for ln in ["Tiago Carvalho", "Dublin 4, Ireland", "", "6 January 2027", "",
               "Recruitment Team, NATO Communications and Information Agency", "",
               "Dear Sir or Madam,",
               "I am writing to apply for the post of Data Scientist (A-3). For the last six years I have led "
               "analytics teams in Dublin, first at Ryanair (2016) and since 2021 at the Central Bank of Ireland, where "
               "I built the supervisory risk dashboards used by 200 analysts.",
               "As a Portuguese national I meet the nationality requirement. I would welcome the chance to discuss "
               "my application.",
               "Yours faithfully,", "Tiago Carvalho"]:
        d.add_paragraph(ln)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("TIAGO CARVALHO – CURRICULUM VITAE", level=1)
    d.add_paragraph("tiago.carvalho@example.pt | +351 912 555 604 | Nationality: Portuguese")
    d.add_heading("Experience", level=2)
    docx_table(d, [["Jan 2021 – Present", "Lead Data Scientist, Central Bank of Ireland, Dublin"],
                   ["Sep 2016 – Dec 2020", "Data Scientist, Ryanair, Swords, Co. Dublin"]], style=None)
    d.add_heading("Education", level=2)
    docx_table(d, [["2016", "MSc Data Science, University College Dublin – First Class Honours"],
                   ["2014", "Licenciatura em Matemática Aplicada, Universidade do Porto"]], style=None)
    d.add_heading("Languages", level=2)
    d.add_paragraph("Portuguese (native) · English (C2) · Spanish (B2) · French (A2)")
    d.add_heading("Technical", level=2)
    d.add_paragraph("Python, R, SQL, Azure Databricks")
    d.save(path)


# ------------------------------------------------------------------ d117 Netherlands: Dutch CV, table with dates, part-time
# post with fte, "sinds 2020 – heden", HBO bachelor, "vloeiend"
F = "cv_d117_nl_nederlands_tabel_parttimefte_heden_hbo_vloeiend_dekker.docx"


@doc(F, cv_label(F, "Maarten Dekker", "maarten.dekker@example.nl", "+31 6 5555 0932", "Netherlands",
                 [("master", "Supply Chain Management", "Erasmus Universiteit Rotterdam", 2014),
                  ("bachelor", "Logistiek en Economie", "Hogeschool Rotterdam", 2011)],
                 False,
                 [("Senior adviseur logistiek", "Defensie Materieel Organisatie", "2020-05", None),
                  ("Docent logistiek", "Hogeschool Rotterdam", "2020-09", None),
                  ("Supply chain analist", "Koninklijke Luchtmacht", "2014-08", "2020-04")],
                 [("Dutch", None, None), ("English", None, None), ("German", "IV", None)],
                 [], ["SAP", "Tableau", "Excel"]))
def d117(path):
    d = new_docx()
    d.add_heading("Curriculum Vitae – Maarten Dekker", level=1)
    docx_table(d, [["E-mail", "maarten.dekker@example.nl"], ["Telefoon", "+31 6 5555 0932"],
                   ["Woonplaats", "Breda"], ["Nationaliteit", "Nederlandse"]], style=None)
    d.add_heading("Werkervaring", level=2)
    docx_table(d, [["Periode", "Functie", "Organisatie"],
                   ["mei 2020 – heden", "Senior adviseur logistiek", "Defensie Materieel Organisatie, Utrecht"],
                   ["sep. 2020 – heden", "Docent logistiek (parttime, 0,2 fte)", "Hogeschool Rotterdam"],
                   ["aug. 2014 – apr. 2020", "Supply chain analist", "Koninklijke Luchtmacht, Woensdrecht"]],
               bold_first_row=True)
    d.add_heading("Opleiding", level=2)
    docx_table(d, [["2012 – 2014", "MSc Supply Chain Management", "Erasmus Universiteit Rotterdam"],
                   ["2007 – 2011", "Bachelor Logistiek en Economie (hbo)", "Hogeschool Rotterdam"]])
    d.add_heading("Talen", level=2)
    d.add_paragraph("Nederlands: moedertaal\nEngels: vloeiend\nDuits: goed (B2)")
    d.add_heading("Vaardigheden", level=2)
    d.add_paragraph("SAP, Tableau, Excel")
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
