"""PDF CVs of corpus 16 (p114-p120). Each builder writes its document; the label beside it is hand-written."""
import os

from common import CVS, PDF, cv_label, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def sidebar_cv(path, side, main, fill=(38, 50, 72), side_w=62):
    """Online CV builder look: dark left sidebar (white text) and a main column on its right."""
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(*fill)
    pdf.rect(0, 0, side_w, 297, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(6, 14)
    for ln in side:
        bold = ln.startswith("*")
        pdf.set_x(6)
        pdf.set_font("DejaVu", "B" if bold else "", 10 if bold else 8.5)
        pdf.multi_cell(side_w - 12, 4.6, ln.lstrip("*"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(side_w + 8, 14)
    for ln in main:
        bold = ln.startswith("*")
        big = ln.startswith("**")
        pdf.set_x(side_w + 8)
        pdf.set_font("DejaVu", "B" if bold else "", 15 if big else (10.5 if bold else 9))
        pdf.multi_cell(210 - side_w - 16, 7 if big else 4.8, ln.lstrip("*"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def plain_cv(path, lines, font_size=10):
    pdf = PDF(format="A4")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    for ln in lines:
        if ln == "<PAGE>":
            pdf.add_page()
        elif ln.startswith("# "):
            pdf.heading(ln[2:], 11.5)
        elif ln.startswith("| "):
            left, right = ln[2:].split(" || ")
            pdf.left_right(left, right, font_size)
        elif ln.startswith("*"):
            pdf.para(ln[1:], font_size, "B")
        else:
            pdf.para(ln, font_size)
    pdf.output(path)


# ------------------------------------------------------------------ p114 Belgium: English CV from an online builder,
# dark left sidebar (contact, nationality, skills, languages as CEFR), main column with "Jan 2021 – Present",
# employer in Dublin
F = "cv_p114_be_cvbuilder_leftsidebar_cefr_dublin_present_vermeulen.pdf"


@doc(F, cv_label(F, "Elise Vermeulen", "elise.vermeulen@example.be", "+32 470 55 51 36", "Belgium",
                 [("master", "Public Administration", "KU Leuven", 2015),
                  ("bachelor", "Political Science", "Universiteit Gent", 2013)],
                 False,
                 [("Programme Manager", "European Union Agency for Cybersecurity (ENISA)", "2021-01", None),
                  ("Policy Officer", "Department of Foreign Affairs", "2017-03", "2020-12"),
                  ("Junior Consultant", "Deloitte Belgium", "2015-09", "2017-02")],
                 [("Dutch", None, None), ("French", "V", None), ("English", "VI", None), ("German", "IV", None)],
                 [], ["Jira", "Confluence", "MS Project", "Tableau"]))
def p114(path):
    sidebar_cv(path, [
        "*CONTACT", "elise.vermeulen@example.be", "+32 470 55 51 36", "Mechelen, Belgium", "",
        "*NATIONALITY", "Belgian", "",
        "*SKILLS", "Jira", "Confluence", "MS Project", "Tableau", "",
        "*LANGUAGES", "Dutch — Native", "French — C1", "English — C2", "German — B2", "",
        "*INTERESTS", "Cycling, chess"],
        ["**ELISE VERMEULEN", "Programme Manager | Cyber Policy", "",
         "*PROFILE", "Programme manager with nine years in cyber policy and EU programmes.", "",
         "*WORK EXPERIENCE",
         "*Programme Manager", "European Union Agency for Cybersecurity (ENISA) · Brussels office", "Jan 2021 – Present",
         "Runs the capacity-building programme for national CSIRTs.", "",
         "*Policy Officer", "Department of Foreign Affairs · Dublin, Ireland", "Mar 2017 – Dec 2020",
         "Irish Government cyber diplomacy desk, on a local contract.", "",
         "*Junior Consultant", "Deloitte Belgium · Zaventem", "Sep 2015 – Feb 2017", "",
         "*EDUCATION",
         "*Master of Public Administration", "KU Leuven · 2015", "",
         "*Bachelor of Political Science", "Universiteit Gent · 2013"])


# ------------------------------------------------------------------ p115 Poland: Europass 2024 export (English interface):
# "01/10/2019 – CURRENT", "City, Country" lines, language self-assessment grid all equal per row, magister
F = "cv_p115_pl_europass2024export_current_ddmmyyyy_grid_wisniewska.pdf"


@doc(F, cv_label(F, "Katarzyna Wiśniewska", "k.wisniewska@example.pl", "(+48) 601555738", "Poland",
                 [("master", "Bezpieczeństwo narodowe", "Akademia Sztuki Wojennej", 2014),
                  ("bachelor", "Stosunki międzynarodowe", "Uniwersytet Jagielloński", 2012)],
                 False,
                 [("Chief Specialist for Crisis Management", "Rządowe Centrum Bezpieczeństwa", "2019-10", None),
                  ("Analyst", "Polski Instytut Spraw Międzynarodowych", "2014-09", "2019-09")],
                 [("English", "V", None), ("Russian", "IV", None)],
                 [], ["ArcGIS", "MS Office"]))
def p115(path):
    pdf = PDF(format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Katarzyna Wiśniewska", new_x="LMARGIN", new_y="NEXT")
    pdf.para("Nationality: Polish   Date of birth: 12/06/1989   Gender: Female\n"
             "Phone number: (+48) 601555738 (Mobile)   Email address: k.wisniewska@example.pl\n"
             "Address: ul. Długa 5, 00-238, Warsaw, Poland (Home)", 8.5)
    pdf.heading("WORK EXPERIENCE", 11)
    pdf.para("RZĄDOWE CENTRUM BEZPIECZEŃSTWA – WARSAW, POLAND", 9)
    pdf.para("CHIEF SPECIALIST FOR CRISIS MANAGEMENT – 01/10/2019 – CURRENT", 9.5, "B")
    pdf.para("Coordination of the national crisis management plan; liaison with the NATO Civil Emergency Planning "
             "Committee.", 9)
    pdf.ln(2)
    pdf.para("POLSKI INSTYTUT SPRAW MIĘDZYNARODOWYCH – WARSAW, POLAND", 9)
    pdf.para("ANALYST – 15/09/2014 – 30/09/2019", 9.5, "B")
    pdf.heading("EDUCATION AND TRAINING", 11)
    pdf.para("01/10/2012 – 30/06/2014 Warsaw, Poland", 9)
    pdf.para("MAGISTER (MASTER'S DEGREE) Akademia Sztuki Wojennej", 9.5, "B")
    pdf.para("Field(s) of study: Bezpieczeństwo narodowe | Level in EQF: EQF level 7", 9)
    pdf.ln(2)
    pdf.para("01/10/2009 – 30/06/2012 Kraków, Poland", 9)
    pdf.para("LICENCJAT (BACHELOR'S DEGREE) Uniwersytet Jagielloński", 9.5, "B")
    pdf.para("Field(s) of study: Stosunki międzynarodowe | Level in EQF: EQF level 6", 9)
    pdf.heading("LANGUAGE SKILLS", 11)
    pdf.para("Mother tongue(s): POLISH", 9)
    pdf.para("Other language(s):", 9)
    pdf.set_font("DejaVu", "B", 8)
    for row in [("", "UNDERSTANDING", "", "SPEAKING", "", "WRITING"),
                ("", "Listening", "Reading", "Spoken production", "Spoken interaction", ""),
                ("ENGLISH", "C1", "C1", "C1", "C1", "C1"),
                ("RUSSIAN", "B2", "B2", "B2", "B2", "B2")]:
        for k, c in enumerate(row):
            pdf.cell(30, 6, c, border=1)
        pdf.ln(6)
        pdf.set_font("DejaVu", "", 8)
    pdf.para("Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user", 7.5)
    pdf.heading("DIGITAL SKILLS", 11)
    pdf.para("ArcGIS | MS Office", 9)
    pdf.output(path)


# ------------------------------------------------------------------ p116 Norway: CV in Norwegian, acting post
# ("konstituert") inside a permanent one, "2018 – d.d.", mastergrad, languages as words
F = "cv_p116_no_norsk_konstituert_dd_mastergrad_flytende_haugland.pdf"


@doc(F, cv_label(F, "Marit Haugland", "marit.haugland@example.no", "+47 555 12 784", "Norway",
                 [("master", "Statsvitenskap", "Universitetet i Oslo", 2011),
                  ("bachelor", "Samfunnsgeografi", "Universitetet i Bergen", 2009)],
                 False,
                 [("Seniorrådgiver", "Forsvarsdepartementet", "2018-01", None),
                  ("Konstituert avdelingsdirektør", "Forsvarsdepartementet", "2022-08", "2023-07"),
                  ("Rådgiver", "Direktoratet for samfunnssikkerhet og beredskap (DSB)", "2011-09", "2017-12")],
                 [("Norwegian", None, None), ("English", None, None), ("French", None, None)],
                 [], ["Public 360", "MS Office"]))
def p116(path):
    plain_cv(path, [
        "*Marit Haugland",
        "Kirkeveien 64, 0364 Oslo · marit.haugland@example.no · +47 555 12 784 · Statsborgerskap: norsk",
        "# Arbeidserfaring",
        "| Seniorrådgiver, Forsvarsdepartementet || 2018 – d.d.",
        "Sikkerhetspolitisk avdeling; norsk deltakelse i NATOs forsvarsplanlegging.",
        "| Konstituert avdelingsdirektør, Forsvarsdepartementet || aug. 2022 – jul. 2023",
        "Konstituert i stillingen i ett år under avdelingsdirektørens permisjon.",
        "| Rådgiver, Direktoratet for samfunnssikkerhet og beredskap (DSB) || sep. 2011 – des. 2017",
        "# Utdanning",
        "| Master i statsvitenskap, Universitetet i Oslo || 2011",
        "Masteroppgave: «Småstater i NATO etter 2004»",
        "| Bachelor i samfunnsgeografi, Universitetet i Bergen || 2009",
        "# Språk",
        "Norsk – morsmål; engelsk – flytende; fransk – godt muntlig og skriftlig",
        "# IT",
        "Public 360, MS Office",
        "Referanser oppgis på forespørsel."])


# ------------------------------------------------------------------ p117 Italy: Italian officer, English CV, ranks with OF
# codes, concurrent NATO double-hatting, ISSMI staff course, laurea magistrale, SLP 3333 and SLP 3+3+3+2+
F = "cv_p117_it_officer_english_of4_issmi_laureamagistrale_slp_deangelis.pdf"


@doc(F, cv_label(F, "Marco De Angelis", "marco.deangelis@example.it", "+39 335 555 8421", "Italy",
                 [("master", "Scienze Strategiche", "Università degli Studi di Torino", 2008),
                  ("bachelor", "Scienze Strategiche", "Università degli Studi di Torino", 2006)],
                 True,
                 [("Chief, Joint Training Branch", "Comando Operativo di Vertice Interforze (COVI)", "2022-09", None),
                  ("Deputy Chief of Staff (double-hatted)", "Multinational CIMIC Group", "2023-03", None),
                  ("Battalion Commander", "3rd Alpini Regiment", "2019-09", "2022-08"),
                  ("Staff Officer, G3 Plans", "NATO Rapid Deployable Corps – Italy", "2015-07", "2019-08")],
                 [("English", None, "3333"), ("French", None, "3332"), ("Italian", None, None)],
                 [], []))
def p117(path):
    plain_cv(path, [
        "*CURRICULUM VITAE – Lieutenant Colonel (OF-4) Marco De Angelis, Italian Army",
        "E-mail: marco.deangelis@example.it   Mobile: +39 335 555 8421   Nationality: Italian",
        "# Military career",
        "| Chief, Joint Training Branch – Comando Operativo di Vertice Interforze (COVI), Rome || Sep 2022 – present",
        "| Deputy Chief of Staff (double-hatted) – Multinational CIMIC Group, Motta di Livenza || Mar 2023 – present",
        "Concurrent appointment alongside the COVI post.",
        "| Battalion Commander – 3rd Alpini Regiment, Pinerolo || Sep 2019 – Aug 2022",
        "Promoted Lieutenant Colonel (OF-4) in January 2020.",
        "| Staff Officer, G3 Plans – NATO Rapid Deployable Corps – Italy, Solbiate Olona || Jul 2015 – Aug 2019",
        "Major (OF-3).",
        "# Education and military schooling",
        "2014   Corso Superiore di Stato Maggiore Interforze (ISSMI), Centro Alti Studi per la Difesa, Rome",
        "2008   Laurea magistrale in Scienze Strategiche, Università degli Studi di Torino",
        "2006   Laurea triennale in Scienze Strategiche, Università degli Studi di Torino",
        "2003   Accademia Militare di Modena (course, 185th class)",
        "# Languages",
        "English: SLP 3333 (STANAG 6001, 2021)",
        "French: SLP 3+3+3+2+ (2018)",
        "Italian: mother tongue"])


# ------------------------------------------------------------------ p118 UK: Royal Navy officer, two pages, OF codes,
# secondment to a NATO HQ as its own line, acting rank, ACSC, BSc (Hons) 2:1, "Apr 2022 – date"
F = "cv_p118_uk_royalnavy_of3_secondment_acsc_21honours_date_harcourt.pdf"


@doc(F, cv_label(F, "James Harcourt", "james.harcourt@example.co.uk", "07700 900735", "United Kingdom",
                 [("master", "Defence Studies", "King's College London", 2021),
                  ("bachelor", "Oceanography", "University of Southampton", 2008)],
                 True,
                 [("SO2 Maritime Operations", "Permanent Joint Headquarters", "2022-04", None),
                  ("Staff Officer, Maritime Plans", "Allied Maritime Command (MARCOM)", "2018-09", "2020-08"),
                  ("Principal Warfare Officer", "HMS Kent", "2015-06", "2018-08"),
                  ("Navigating Officer", "HMS Enterprise", "2011-01", "2015-05")],
                 [("English", None, None), ("Norwegian", None, "2211")],
                 [], ["MS Office", "NATO FAS"]))
def p118(path):
    plain_cv(path, [
        "*Lieutenant Commander James Harcourt Royal Navy",
        "james.harcourt@example.co.uk | 07700 900735 | British",
        "# Career summary",
        "| SO2 Maritime Operations, Permanent Joint Headquarters, Northwood || Apr 2022 – date",
        "Lieutenant Commander (OF-3). Acting Commander (OF-4) Jun – Dec 2023 while covering SO1 J3.",
        "| Staff Officer, Maritime Plans, Allied Maritime Command (MARCOM) || Sep 2018 – Aug 2020",
        "Seconded from the Royal Navy to the NATO peacetime establishment.",
        "| Advanced Command and Staff Course, Defence Academy, Shrivenham || Sep 2020 – Jul 2021",
        "Student (ACSC 24); awarded MA Defence Studies.",
        "| Principal Warfare Officer, HMS Kent || Jun 2015 – Aug 2018",
        "| Navigating Officer, HMS Enterprise || Jan 2011 – May 2015",
        "Sub-Lieutenant (OF-1) to Lieutenant (OF-2).",
        "<PAGE>",
        "# Education",
        "2021  MA Defence Studies, King's College London (via ACSC)",
        "2008  BSc (Hons) Oceanography, University of Southampton – Upper Second Class (2:1)",
        "2009  Initial Officer Training, Britannia Royal Naval College, Dartmouth",
        "# Languages",
        "English (mother tongue). Norwegian: SLP 2-2-1-1 (Forsvarets skole i etterretnings- og sikkerhetstjeneste, 2019)",
        "# IT",
        "MS Office, NATO FAS"])


# ------------------------------------------------------------------ p119 Portugal: CV in Portuguese, two-column builder
# with a light right-side block, "set. 2020 – presente", Licenciatura (post-Bologna) + Mestrado, "fluente"
F = "cv_p119_pt_portugues_presente_licenciatura_mestrado_fluente_rebelo.pdf"


@doc(F, cv_label(F, "Inês Rebelo", "ines.rebelo@example.pt", "+351 915 555 207", "Portugal",
                 [("master", "Gestão de Recursos Humanos", "ISCTE – Instituto Universitário de Lisboa", 2013),
                  ("bachelor", "Psicologia", "Universidade de Coimbra", 2011)],
                 False,
                 [("Técnica superior de recursos humanos", "Estado-Maior-General das Forças Armadas", "2020-09", None),
                  ("Consultora de recrutamento", "Randstad Portugal", "2013-10", "2020-08")],
                 [("Portuguese", None, None), ("English", None, None), ("Spanish", None, None), ("French", "IV", None)],
                 [], ["SAP SuccessFactors", "Excel"]))
def p119(path):
    plain_cv(path, [
        "*INÊS REBELO",
        "Lisboa · ines.rebelo@example.pt · +351 915 555 207 · Nacionalidade: portuguesa",
        "# Experiência profissional",
        "| Técnica superior de recursos humanos || set. 2020 – presente",
        "Estado-Maior-General das Forças Armadas, Lisboa",
        "Recrutamento de pessoal civil e gestão de candidaturas portuguesas a cargos internacionais.",
        "| Consultora de recrutamento || out. 2013 – ago. 2020",
        "Randstad Portugal, Lisboa",
        "# Formação académica",
        "| Mestrado em Gestão de Recursos Humanos, ISCTE – Instituto Universitário de Lisboa || 2013",
        "| Licenciatura em Psicologia, Universidade de Coimbra || 2011",
        "# Línguas",
        "Português: língua materna · Inglês: fluente · Espanhol: fluente · Francês: B2",
        "# Competências informáticas",
        "SAP SuccessFactors, Excel"])


# ------------------------------------------------------------------ p120 France: "Lettre de motivation" on page 1, CV on
# page 2, grande école (École polytechnique, diplôme d'ingénieur) + École nationale supérieure de techniques avancées,
# "depuis mars 2019", concurrent reserve post "réserviste opérationnel"
F = "cv_p120_fr_lettremotivation_page1_polytechnique_reserviste_depuis_girardmartin.pdf"


@doc(F, cv_label(F, "Antoine Girard-Martin", "antoine.girardmartin@example.fr", "07 55 55 61 09", "France",
                 [("master", None, "École polytechnique", 2012)],
                 False,
                 [("Architecte systèmes", "Direction générale de l'armement (DGA)", "2019-03", None),
                  ("Réserviste opérationnel", "Commandement de la cyberdéfense (COMCYBER)", "2020-01", None),
                  ("Ingénieur systèmes", "Thales Six GTS France", "2014-09", "2019-02")],
                 [("English", "V", None), ("German", None, None)],
                 [], ["MATLAB", "Python", "Capella"]))
def p120(path):
    plain_cv(path, [
        "Antoine Girard-Martin", "Versailles, le 4 janvier 2027", "",
        "*Objet : candidature au poste d'ingénieur principal (A-3) – NCIA",
        "Madame, Monsieur,",
        "Ingénieur diplômé de l'École polytechnique, je travaille depuis 2014 sur l'architecture des systèmes de "
        "communication militaires, d'abord chez Thales puis, depuis mars 2019, à la DGA. Réserviste au COMCYBER "
        "depuis 2020, je souhaite mettre cette double expérience au service de l'Agence.",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Antoine Girard-Martin",
        "<PAGE>",
        "*ANTOINE GIRARD-MARTIN",
        "antoine.girardmartin@example.fr – 07 55 55 61 09 – nationalité française",
        "# Expérience professionnelle",
        "| Architecte systèmes – Direction générale de l'armement (DGA), Bruz || depuis mars 2019",
        "| Réserviste opérationnel – Commandement de la cyberdéfense (COMCYBER) || depuis janvier 2020",
        "Lieutenant de réserve (OF-1), 20 jours par an.",
        "| Ingénieur systèmes – Thales Six GTS France, Gennevilliers || sept. 2014 – févr. 2019",
        "# Formation",
        "| Diplôme d'ingénieur de l'École polytechnique (X2008) || 2012",
        "| Classes préparatoires MP*, Lycée Hoche, Versailles || 2006 – 2008",
        "# Langues",
        "Anglais : C1 (TOEIC 960) – Allemand : intermédiaire",
        "# Outils",
        "MATLAB, Python, Capella"])


def build():
    out = []
    for file, fn, label in DOCS:
        fn(os.path.join(CVS, file))
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
