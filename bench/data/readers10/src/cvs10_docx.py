"""DOCX CVs of corpus 10 (d69-d75). Each builder writes its document; the label beside it is hand-written.

Several documents use Word features written as raw WordprocessingML: a VML text box (d69), tracked changes
(d70), content controls (d72), hyperlinks (d74) and a two-column section with a column break (d75).
"""
import os

from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, size=None, deleted=False):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + "</w:rPr>"
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def body_append(d, el):
    """Append a block element to the body, before the final section properties."""
    sp = d.element.body.find(qn("w:sectPr"))
    if sp is not None:
        sp.addprevious(el)
    else:
        d.element.body.append(el)


def para_xml(runs):
    return f"<w:p {W}>" + "".join(runs) + "</w:p>"


# ------------------------------------------------------------------ d69: German Lebenslauf, name and contact only in
# a floating VML TEXT BOX at the top right; tab-aligned dates "seit 04/2021", "01/2015 bis 03/2021"; Diplom-Politologin
F = "cv_d69_de_lebenslauf_textbox_seit_bis_weissenfels.docx"


@doc(F, cv_label(
    F, "Johanna Weißenfels", "j.weissenfels@example.de", "+49 228 555 8841", "Germany",
    [("master", "Politikwissenschaft", "Freie Universität Berlin", 2012),
     ("secondary", None, "Rhein-Gymnasium Sinzig", 2006)],
    False,
    [("Referentin für Fähigkeitsplanung",
      "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)", "2021-04", None),
     ("Wissenschaftliche Mitarbeiterin", "Stiftung Wissenschaft und Politik (SWP)", "2015-01", "2021-03"),
     ("Junior-Beraterin", "IABG mbH", "2012-10", "2014-12")],
    [("German", None, None), ("English", None, "3332"), ("French", "V", None), ("Polish", None, None)],
    [],
    ["MS Office", "SAP SRM", "MindManager"]))
def d69(path):
    d = new_docx(10.5)
    box = [("Johanna Weißenfels", True, 14), ("Adenauerallee 99, 53113 Bonn", False, None),
           ("Tel.: +49 228 555 8841", False, None), ("E-Mail: j.weissenfels@example.de", False, None),
           ("Staatsangehörigkeit: deutsch", False, None), ("geboren am 21.07.1986 in Remagen", False, None)]
    inner = "".join(f"<w:p>{run_xml(t, b, s)}</w:p>" for t, b, s in box)
    pict = (f'<w:r {W} {VML}><w:pict><v:shape id="Kontakt" o:spid="_x0000_s1026" '
            'style="position:absolute;margin-left:270pt;margin-top:0;width:200pt;height:96pt;z-index:251659264;'
            'mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
            'fillcolor="#eef2f7" strokecolor="#9fb3c8"><v:textbox><w:txbxContent>'
            + inner + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(pict))
    r = p.add_run("Lebenslauf")
    r.bold = True
    r.font.size = Pt(22)
    for _ in range(4):
        d.add_paragraph()

    def head(t):
        h = d.add_paragraph()
        rr = h.add_run(t.upper())
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x2E, 0x4A, 0x6B)

    def entry(dates, title, where, note=None):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
        p.add_run(dates + "\t")
        p.add_run(title).bold = True
        p2 = d.add_paragraph("\t" + where)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
        if note:
            p3 = d.add_paragraph("\t" + note)
            p3.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))

    head("Beruflicher Werdegang")
    entry("seit 04/2021", "Referentin für Fähigkeitsplanung",
          "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw), Koblenz",
          "Abteilung Planung; Schnittstelle zum NATO-Verteidigungsplanungsprozess (NDPP)")
    entry("01/2015 bis 03/2021", "Wissenschaftliche Mitarbeiterin", "Stiftung Wissenschaft und Politik (SWP), Berlin",
          "Forschungsgruppe Sicherheitspolitik; Studien zu Rüstungskooperation in Europa")
    entry("10/2012 bis 12/2014", "Junior-Beraterin", "IABG mbH, Ottobrunn",
          "Geschäftsfeld Verteidigung und Sicherheit")
    head("Ausbildung")
    entry("10/2006 bis 09/2012", "Studium der Politikwissenschaft, Abschluss: Diplom-Politologin",
          "Freie Universität Berlin (Otto-Suhr-Institut)")
    entry("06/2006", "Abitur", "Rhein-Gymnasium Sinzig")
    head("Weiterbildung")
    entry("11/2020", "Zertifikat Projektmanagement (IPMA Level D)", "GPM Deutsche Gesellschaft für Projektmanagement")
    head("Sprachen")
    for t in ["Deutsch – Muttersprache", "Englisch – SLP 3332 (Hören/Sprechen/Lesen/Schreiben), verhandlungssicher",
              "Französisch – GER C1", "Polnisch – Grundkenntnisse"]:
        d.add_paragraph(t, style="List Bullet")
    head("EDV-Kenntnisse")
    d.add_paragraph("MS Office, SAP SRM, MindManager")
    d.add_paragraph()
    d.add_paragraph("Bonn, 10.01.2027")
    d.save(path)


# ------------------------------------------------------------------ d70: Greek naval officer, English CV with TRACKED
# CHANGES left in (a new current post inserted, "present" of the old post deleted and "07/2025" inserted, old phone
# deleted, "(in progress)" of the MBA deleted and "2024" inserted); ΑΔΙΣΠΟ staff college
F = "cv_d70_gr_navy_trackedchanges_mavromatis.docx"


@doc(F, cv_label(
    F, "Konstantinos Mavromatis", "k.mavromatis@example.gr", "+30 694 555 2871", "Greece",
    [("master", "Business Administration", "University of Piraeus", 2024),
     ("master", "Operations Research", "Naval Postgraduate School", 2012),
     ("bachelor", "Naval Science", "Hellenic Naval Academy (Σχολή Ναυτικών Δοκίμων)", 2008)],
    True,
    [("Head of Plans Branch (N5)", "Hellenic Fleet Headquarters", "2025-08", None),
     ("Staff Officer, NATO and International Relations", "Hellenic Navy General Staff (HNGS)", "2019-07", "2025-07"),
     ("Executive Officer, HS Kanaris (F-464)", "Hellenic Navy", "2016-08", "2018-12"),
     ("Operations Officer, Fast Patrol Boat Squadron", "Hellenic Navy", "2012-09", "2016-07")],
    [("Greek", None, None), ("English", None, "3332"), ("French", "IV", None), ("Italian", None, None)],
    [],
    ["MS Office", "MATLAB", "MARVIS"]))
def d70(path):
    d = new_docx(10.5)
    n = [0]

    def ins(text, bold=False):
        n[0] += 1
        return (f'<w:ins w:id="{n[0]}" w:author="K. Mavromatis" w:date="2025-08-20T19:02:00Z">'
                + run_xml(text, bold) + "</w:ins>")

    def dele(text):
        n[0] += 1
        return (f'<w:del w:id="{n[0]}" w:author="K. Mavromatis" w:date="2025-08-20T19:02:00Z">'
                + run_xml(text, deleted=True) + "</w:del>")

    def raw(runs):
        body_append(d, parse_xml(para_xml(runs)))

    def inserted_para(text, bold=False):
        n[0] += 1
        ppr = (f'<w:pPr><w:rPr><w:ins w:id="{n[0]}" w:author="K. Mavromatis" '
               'w:date="2025-08-20T19:02:00Z"/></w:rPr></w:pPr>')
        body_append(d, parse_xml(f"<w:p {W}>" + ppr + ins(text, bold) + "</w:p>"))

    t = d.add_paragraph()
    r = t.add_run("CURRICULUM VITAE")
    r.bold = True
    r.font.size = Pt(16)
    raw([run_xml("Commander (HN) Konstantinos Mavromatis", True, 13)])
    raw([run_xml("Nationality: Greek  |  Born: 1986, Volos")])
    raw([run_xml("E-mail: k.mavromatis@example.gr  |  Mobile: "), dele("+30 210 555 1190"), ins("+30 694 555 2871")])
    d.add_heading("Professional experience", 2)
    inserted_para("08/2025 – present", True)
    inserted_para("Head of Plans Branch (N5), Hellenic Fleet Headquarters, Salamis")
    inserted_para("Fleet operational planning; NATO Maritime Command (MARCOM) exercise planning.")
    raw([run_xml("07/2019 – ", True), dele("present"), ins("07/2025", True)])
    raw([run_xml("Staff Officer, NATO and International Relations – Hellenic Navy General Staff (HNGS), Athens")])
    raw([run_xml("Navy input to NATO Defence Planning; liaison with MARCOM and the Greek Delegation to NATO.")])
    raw([run_xml("08/2016 – 12/2018", True)])
    raw([run_xml("Executive Officer, HS Kanaris (F-464) – Hellenic Navy")])
    raw([run_xml("Second-in-command of a frigate (190 crew); Operation Sea Guardian patrols 2017.")])
    raw([run_xml("09/2012 – 07/2016", True)])
    raw([run_xml("Operations Officer, Fast Patrol Boat Squadron – Hellenic Navy")])
    d.add_heading("Education and military education", 2)
    raw([run_xml("Master of Business Administration (Executive MBA), University of Piraeus, "), dele("(in progress)"),
         ins("2024")])
    raw([run_xml("Supreme Joint War College (Ανωτάτη Διακλαδική Σχολή Πολέμου, ΑΔΙΣΠΟ), Thessaloniki – joint "
                 "command and staff course, 01/2019 – 06/2019")])
    raw([run_xml("MSc in Operations Research, Naval Postgraduate School, Monterey, CA, 2012")])
    raw([run_xml("Bachelor's degree (Πτυχίο) in Naval Science, Hellenic Naval Academy (Σχολή Ναυτικών Δοκίμων), 2008")])
    d.add_heading("Languages", 2)
    raw([run_xml("Greek: native")])
    raw([run_xml("English: SLP 3+,3,3+,2+ (STANAG 6001, 2020)")])
    raw([run_xml("French: DELF B2")])
    raw([run_xml("Italian: basic")])
    d.add_heading("Computer skills", 2)
    raw([run_xml("MS Office, MATLAB, MARVIS")])
    d.save(path)


# ------------------------------------------------------------------ d71: UK civil servant, each post a 2-row table
# (row 1: title | organisation, row 2: dates | description); "June 2019 onwards"; Scottish MA (Hons) = first degree
# (bachelor level); NATO competencies under their alias names (Interpersonal Understanding, Concern for Order)
F = "cv_d71_uk_tworow_posttables_onwards_urquhart.docx"


@doc(F, cv_label(
    F, "Catriona Urquhart", "catriona.urquhart@example.co.uk", "07700 900733", "United Kingdom",
    [("master", "International Security", "King's College London", 2013),
     ("bachelor", "History and International Relations", "University of St Andrews", 2012),
     ("secondary", None, "Inverness Royal Academy", 2008)],
    False,
    [("Senior Policy Adviser, Euro-Atlantic Security", "Foreign, Commonwealth & Development Office (FCDO)", "2019-06",
      None),
     ("Policy Adviser, NATO Policy", "Ministry of Defence", "2015-09", "2019-05"),
     ("Graduate Analyst", "Defence Science and Technology Laboratory (Dstl)", "2013-08", "2015-08")],
    [("English", None, None), ("French", "V", None), ("German", None, None)],
    ["Empathy", "Clarity and Accuracy", "Impact and Influence"],
    ["drafting ministerial submissions", "negotiation", "Power BI"]))
def d71(path):
    d = new_docx(10.5)
    t = d.add_paragraph()
    r = t.add_run("Catriona Urquhart")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("London  |  07700 900733  |  catriona.urquhart@example.co.uk  |  Nationality: British")
    d.add_heading("Employment history", 2)
    posts = [
        ("Senior Policy Adviser, Euro-Atlantic Security", "Foreign, Commonwealth & Development Office (FCDO)",
         "June 2019 onwards", "UK policy on NATO adaptation and the Strategic Concept; drafts ministerial "
         "submissions and briefs the UK Delegation to NATO."),
        ("Policy Adviser, NATO Policy", "Ministry of Defence", "September 2015 to May 2019",
         "Defence Planning Process targets, summit deliverables (Brussels 2018)."),
        ("Graduate Analyst", "Defence Science and Technology Laboratory (Dstl)", "August 2013 to August 2015",
         "Operational analysis on the Graduate Development Scheme.")]
    for title, org, dates, desc in posts:
        tb = docx_table(d, [[title, org], [dates, desc]], style="Table Grid")
        tb.cell(0, 0).paragraphs[0].runs[0].bold = True
        tb.cell(0, 1).paragraphs[0].runs[0].italic = True
        d.add_paragraph()
    d.add_heading("Education", 2)
    d.add_paragraph("MSc International Security (Distinction), King's College London, 2013")
    d.add_paragraph("MA (Hons) History and International Relations, University of St Andrews, 2012")
    d.add_paragraph("Scottish Highers and Advanced Highers, Inverness Royal Academy, 2008")
    d.add_heading("Competencies (NATO framework)", 2)
    for c in ["Interpersonal Understanding – understands unexpressed meanings in negotiations with Allies",
              "Concern for Order – checks own and others' work before it goes to Ministers",
              "Impact and Influence – takes multiple actions to persuade"]:
        d.add_paragraph(c, style="List Bullet")
    d.add_heading("Languages", 2)
    d.add_paragraph("English (native); French – C1 (DALF C1, 2017); German – conversational")
    d.add_heading("Skills", 2)
    d.add_paragraph("drafting ministerial submissions; negotiation; Power BI")
    d.add_paragraph("References available on request.")
    d.save(path)


# ------------------------------------------------------------------ d72: Spanish CV in Spanish, a form template with
# CONTENT CONTROLS (values inside w:sdt, some block-level with whole entries), "2014 – actualidad", concurrent
# "Desde 2019", SLP given as "3.3.3.2 (CA-EO-CL-EE)"
F = "cv_d72_es_controlesdecontenido_actualidad_desde_ferrer.docx"


@doc(F, cv_label(
    F, "Lucía Ferrer Albarracín", "lucia.ferrer@example.es", "+34 655 555 819", "Spain",
    [("doctorate", "Ciencia Política", "Universidad Carlos III de Madrid", 2018),
     ("master", "Seguridad Internacional", "Instituto Universitario General Gutiérrez Mellado (UNED)", 2010),
     ("bachelor", "Ciencias Políticas y de la Administración", "Universidad Complutense de Madrid", 2008),
     ("secondary", None, "IES Ramiro de Maeztu", 2003)],
    False,
    [("Consejera Técnica", "Ministerio de Defensa", "2014-01", None),
     ("Profesora asociada", "Universidad Carlos III de Madrid", "2019-01", None),
     ("Analista", "Real Instituto Elcano", "2010-01", "2013-12")],
    [("Spanish", None, None), ("Catalan", None, None), ("English", None, "3332"), ("French", "IV", None)],
    [],
    ["Office 365", "SPSS", "Atlas.ti"]))
def d72(path):
    d = new_docx(10.5)
    sid = [100]

    def sdt_inline(value, tag):
        sid[0] += 1
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid[0]}"/>'
                '<w:text/></w:sdtPr><w:sdtContent>' + run_xml(value) + '</w:sdtContent></w:sdt>')

    def field_line(label, value, tag):
        body_append(d, parse_xml(f"<w:p {W}>" + run_xml(label + ": ", True) + sdt_inline(value, tag) + "</w:p>"))

    def sdt_block(lines, tag):
        sid[0] += 1
        paras = "".join("<w:p>" + run_xml(t, b) + "</w:p>" for t, b in lines)
        body_append(d, parse_xml(
            f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{sid[0]}"/>'
            '<w:richText/></w:sdtPr><w:sdtContent>' + paras + '</w:sdtContent></w:sdt>'))

    t = d.add_paragraph()
    r = t.add_run("CURRÍCULUM VÍTAE – Modelo normalizado de la unidad")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("Rellene los campos grises. No modifique el formato de la plantilla.").runs[0].italic = True
    d.add_heading("1. Datos personales", 2)
    field_line("Nombre y apellidos", "Lucía Ferrer Albarracín", "nombre")
    field_line("Nacionalidad", "española", "nacionalidad")
    field_line("Correo electrónico", "lucia.ferrer@example.es", "correo")
    field_line("Teléfono", "+34 655 555 819", "telefono")
    d.add_heading("2. Experiencia profesional (de la más reciente a la más antigua)", 2)
    sdt_block([("2014 – actualidad", True), ("Consejera Técnica", True),
               ("Ministerio de Defensa, Secretaría General de Política de Defensa (SEGENPOL)", False),
               ("Coordinación de la posición española en el Proceso de Planeamiento de la Defensa de la OTAN.", False)],
              "experiencia1")
    sdt_block([("Desde 2019 (compatible con el puesto anterior, tiempo parcial)", True), ("Profesora asociada", True),
               ("Universidad Carlos III de Madrid", False),
               ("Docencia en el Grado en Ciencias Políticas: Seguridad Internacional (6 ECTS).", False)],
              "experiencia2")
    sdt_block([("2010 – 2013", True), ("Analista", True), ("Real Instituto Elcano", False),
               ("Programa de Seguridad y Defensa.", False)], "experiencia3")
    d.add_heading("3. Formación académica", 2)
    sdt_block([("Doctorado en Ciencia Política, Universidad Carlos III de Madrid (2018). Tesis sobre el reparto de "
                "cargas en la OTAN.", False),
               ("Máster Universitario en Seguridad Internacional, Instituto Universitario General Gutiérrez Mellado "
                "(UNED) (2010).", False),
               ("Licenciatura en Ciencias Políticas y de la Administración, Universidad Complutense de Madrid (2008).",
                False),
               ("Bachillerato, IES Ramiro de Maeztu, Madrid (2003).", False)], "formacion")
    d.add_heading("4. Idiomas", 2)
    sdt_block([("Castellano: nativo", False), ("Catalán: nativo", False),
               ("Inglés: SLP 3.3.3.2 (CA-EO-CL-EE), prueba de 2022", False), ("Francés: B2 (DELF)", False)], "idiomas")
    d.add_heading("5. Informática", 2)
    sdt_block([("Office 365, SPSS, Atlas.ti", False)], "informatica")
    d.add_paragraph("Madrid, a 7 de enero de 2027")
    d.save(path)


# ------------------------------------------------------------------ d73: Czech officer, CV in Czech: service table with
# a RANK column ("Hodnost"), "od 2018 doposud", a course row ("posluchač Kurzu generálního štábu") that is no posting,
# "plk. gšt. Ing." before the name
F = "cv_d73_cz_dustojnik_hodnosti_oddoposud_stastny.docx"


@doc(F, cv_label(
    F, "Marek Šťastný", "marek.stastny@example.cz", "+420 973 555 214", "Czechia",
    [("master", "Ekonomika obrany státu", "Univerzita obrany", 2007),
     ("secondary", None, "Vojenské gymnázium Jana Rolečka", 2002)],
    True,
    [("náčelník oddělení plánování schopností", "Generální štáb Armády České republiky", "2018-01", None),
     ("štábní důstojník J3", "Velitelství společných sil", "2014-01", "2016-12"),
     ("zástupce velitele praporu", "41. mechanizovaný prapor", "2011-01", "2013-12"),
     ("velitel roty", "41. mechanizovaný prapor", "2007-01", "2010-12")],
    [("Czech", None, None), ("English", None, "3333"), ("German", None, "2221"), ("Russian", None, None)],
    [],
    []))
def d73(path):
    d = new_docx(10)
    t = d.add_paragraph()
    r = t.add_run("ŽIVOTOPIS")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph().add_run("plk. gšt. Ing. Marek Šťastný").bold = True
    docx_table(d, [["Datum narození", "3. 5. 1983"], ["Státní občanství", "Česká republika"],
                   ["E-mail", "marek.stastny@example.cz"], ["Telefon", "+420 973 555 214"]], style="Table Grid")
    d.add_heading("PŘEHLED SLUŽEBNÍHO ZAŘAZENÍ", 2)
    docx_table(d, [["Období", "Hodnost", "Funkce", "Útvar / součást"],
                   ["od 2018 doposud", "plk.", "náčelník oddělení plánování schopností",
                    "Generální štáb Armády České republiky, Praha"],
                   ["2017", "pplk.", "posluchač Kurzu generálního štábu", "Univerzita obrany, Brno"],
                   ["2014 – 2016", "pplk.", "štábní důstojník J3", "Velitelství společných sil, Olomouc"],
                   ["2011 – 2013", "mjr.", "zástupce velitele praporu", "41. mechanizovaný prapor, Žatec"],
                   ["2007 – 2010", "kpt.", "velitel roty", "41. mechanizovaný prapor, Žatec"]],
               style="Table Grid", bold_first_row=True)
    d.add_paragraph("Zahraniční operace: ISAF (Afghánistán) 2012, eFP Litva 2016 (6 měsíců).")
    d.add_heading("VZDĚLÁNÍ", 2)
    docx_table(d, [["Rok", "Vzdělání", "Škola"],
                   ["2017", "Kurz generálního štábu (bez udělení titulu)", "Univerzita obrany"],
                   ["2007", "Ing., studijní obor Ekonomika obrany státu", "Univerzita obrany"],
                   ["2002", "maturita", "Vojenské gymnázium Jana Rolečka, Moravská Třebová"]],
               style="Table Grid", bold_first_row=True)
    d.add_heading("JAZYKOVÉ ZNALOSTI", 2)
    docx_table(d, [["Jazyk", "Úroveň"], ["čeština", "mateřský jazyk"],
                   ["angličtina", "STANAG 6001 – SLP 3333 (2016)"], ["němčina", "STANAG 6001 – SLP 2221"],
                   ["ruština", "pasivně"]], style="Table Grid", bold_first_row=True)
    d.add_paragraph()
    d.add_paragraph("V Praze dne 6. 1. 2027")
    d.save(path)


# ------------------------------------------------------------------ d74: Slovenian CV in Slovene, e-mail and phone
# as HYPERLINKS (w:hyperlink), posts as a numbered list, genitive month phrases "od oktobra 2018 dalje",
# "od marca 2014 do septembra 2018"
F = "cv_d74_si_slovensko_hyperlinks_dalje_potocnik.docx"


@doc(F, cv_label(
    F, "Nina Potočnik", "nina.potocnik@example.si", "+386 41 555 732", "Slovenia",
    [("master", "Obramboslovje", "Univerza v Ljubljani", 2014),
     ("bachelor", "Politologija", "Univerza v Ljubljani", 2012),
     ("secondary", None, "Gimnazija Bežigrad", 2008)],
    False,
    [("Višja svetovalka", "Ministrstvo za obrambo Republike Slovenije (MORS)", "2018-10", None),
     ("Raziskovalka", "Univerza v Ljubljani", "2014-03", "2018-09"),
     ("Pripravnica", "Urad vlade za komuniciranje (UKOM)", "2012-07", "2014-02")],
    [("Slovenian", None, None), ("English", "VI", None), ("German", "IV", None), ("Croatian", None, None)],
    [],
    ["MS Office", "Stata", "QGIS"]))
def d74(path):
    d = new_docx(11)
    t = d.add_paragraph()
    r = t.add_run("Življenjepis")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph().add_run("Nina Potočnik").bold = True
    d.add_paragraph("Državljanka Republike Slovenije, rojena 1989 v Celju")

    def link(p, url, text):
        rid = d.part.relate_to(url, RT.HYPERLINK, is_external=True)
        p._p.append(parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/>'
            f'</w:rPr><w:t>{esc(text)}</w:t></w:r></w:hyperlink>'))

    p = d.add_paragraph("E-pošta: ")
    link(p, "mailto:nina.potocnik@example.si", "nina.potocnik@example.si")
    p.add_run("   Telefon: ")
    link(p, "tel:+38641555732", "+386 41 555 732")
    d.add_heading("Delovne izkušnje", 2)
    for line in ["od oktobra 2018 dalje — Višja svetovalka, Ministrstvo za obrambo Republike Slovenije (MORS), "
                 "Direktorat za obrambno politiko",
                 "od marca 2014 do septembra 2018 — Raziskovalka, Univerza v Ljubljani, Fakulteta za družbene vede "
                 "(Obramboslovni raziskovalni center)",
                 "od julija 2012 do februarja 2014 — Pripravnica, Urad vlade za komuniciranje (UKOM)"]:
        d.add_paragraph(line, style="List Number")
    d.add_heading("Izobrazba", 2)
    for line in ["2014 — magistrica politologije (2. bolonjska stopnja), smer Obramboslovje, Univerza v Ljubljani, "
                 "Fakulteta za družbene vede",
                 "2012 — diplomirana politologinja (UN) (1. bolonjska stopnja), smer Politologija, Univerza v Ljubljani",
                 "2008 — splošna matura, Gimnazija Bežigrad, Ljubljana"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_heading("Jeziki", 2)
    d.add_paragraph("slovenščina – materni jezik; angleščina – C2; nemščina – B2; hrvaščina – dobro razumevanje")
    d.add_heading("Računalniška znanja", 2)
    d.add_paragraph("MS Office, Stata, QGIS")
    d.save(path)


# ------------------------------------------------------------------ d75: Luxembourg, CV with Luxembourgish headings
# in a TWO-COLUMN SECTION (w:cols, column break): personal data / languages / IT left, experience and education
# right; "zënter 09/2020"; languages named in Luxembourgish
F = "cv_d75_lu_letzebuergesch_sectioncolumns_zenter_reuter.docx"


@doc(F, cv_label(
    F, "Anne Reuter", "anne.reuter@example.lu", "+352 621 555 318", "Luxembourg",
    [("master", "droit européen", "Université du Luxembourg", 2014),
     ("bachelor", "droit", "Université de Strasbourg", 2012),
     ("secondary", None, "Lycée Michel-Rodange", 2009)],
    False,
    [("Attachée", "Ministère des Affaires étrangères et européennes", "2020-09", None),
     ("Juriste", "Banque européenne d'investissement (BEI)", "2016-01", "2020-08"),
     ("Stagiaire", "Cour de justice de l'Union européenne", "2014-09", "2015-12")],
    [("Luxembourgish", None, None), ("French", "VI", None), ("German", "VI", None), ("English", "V", None),
     ("Portuguese", None, None)],
    [],
    ["MS Office", "SharePoint", "Legilux"]))
def d75(path):
    d = new_docx(10)
    t = d.add_paragraph()
    r = t.add_run("Curriculum Vitae – Anne Reuter")
    r.bold = True
    r.font.size = Pt(18)
    # the title paragraph ends a one-column section; the rest of the body is a two-column section
    t._p.get_or_add_pPr().append(parse_xml(
        f'<w:sectPr {W}><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/>'
        '<w:cols w:space="708"/></w:sectPr>'))

    def head(txt):
        h = d.add_paragraph()
        rr = h.add_run(txt)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x00, 0x5A, 0x8C)

    head("Perséinlech Donnéeën")
    for line in ["Nationalitéit: lëtzebuergesch", "Gebuer: 1991 zu Esch-Uelzecht", "E-Mail: anne.reuter@example.lu",
                 "Tel.: +352 621 555 318"]:
        d.add_paragraph(line)
    head("Sproochen")
    for line in ["Lëtzebuergesch – Mammesprooch", "Franséisch – C2", "Däitsch – C2", "Englesch – C1",
                 "Portugisesch – Grondkenntnisser"]:
        d.add_paragraph(line)
    head("Informatik")
    d.add_paragraph("MS Office, SharePoint, Legilux")
    d.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    head("Beruffserfarung")
    for dates, title, org in [("zënter 09/2020", "Attachée",
                               "Ministère des Affaires étrangères et européennes, Direction de la défense"),
                              ("01/2016 – 08/2020", "Juriste", "Banque européenne d'investissement (BEI)"),
                              ("09/2014 – 12/2015", "Stagiaire", "Cour de justice de l'Union européenne")]:
        p = d.add_paragraph()
        p.add_run(dates).bold = True
        d.add_paragraph(title + ", " + org)
    head("Studien")
    for line in ["2014 – Master en droit européen (LL.M.), Université du Luxembourg",
                 "2012 – Bachelor en droit, Université de Strasbourg",
                 "2009 – Diplôme de fin d'études secondaires classiques, Lycée Michel-Rodange"]:
        d.add_paragraph(line)
    sect = d.element.body.find(qn("w:sectPr"))
    sect.find(qn("w:pgSz")).addprevious(parse_xml(f'<w:type {W} w:val="continuous"/>'))
    cols = sect.find(qn("w:cols"))
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
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
