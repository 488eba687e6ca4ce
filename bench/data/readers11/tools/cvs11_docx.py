"""DOCX CVs of corpus 11 (d76-d82). Each builder writes its document; the label beside it is hand-written."""
import os
from xml.sax.saxutils import escape

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

from common import CVS, cv_label, docx_table, new_docx, write_label

DOCS = []


def doc(file, label):
    def deco(fn):
        DOCS.append((file, fn, label))
        return fn
    return deco


def h(d, text, size=12, color=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return p


def tabline(d, left, right, pos=4.2):
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    p.paragraph_format.left_indent = Cm(pos)
    p.paragraph_format.first_line_indent = Cm(-pos)
    p.add_run(left + "\t" + right)
    return p


# ------------------------------------------------------------------ d76 Germany: Lebenslauf with semester dates
F = "cv_d76_de_lebenslauf_semester_seitdem_reinhardt.docx"


@doc(F, cv_label(F, "Tobias Reinhardt", "tobias.reinhardt@example.de", "+49 171 5550384", "Germany",
                 [("master", "Luft- und Raumfahrttechnik", "Universität Stuttgart", 2015),
                  ("bachelor", "Luft- und Raumfahrttechnik", "Universität Stuttgart", 2013),
                  ("secondary", None, "Eichendorff-Gymnasium Koblenz", 2009)],
                 False,
                 [("Referent Rüstungskooperation",
                   "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr (BAAINBw)", "2020-07", None),
                  ("Systemingenieur", "Hensoldt Sensors GmbH", "2015-10", "2020-06"),
                  ("Wissenschaftliche Hilfskraft", "Universität Stuttgart", "2013-10", "2015-09")],
                 [("German", None, None), ("English", "V", None), ("French", None, None)],
                 [], ["MATLAB/Simulink", "IBM DOORS", "MS Project"]))
def d76(path):
    d = new_docx(10.5)
    h(d, "Lebenslauf", 18)
    h(d, "Persönliche Daten", 12)
    for a, b in [("Name:", "M.Sc. Tobias Reinhardt"),
                 ("Geburtsdatum:", "14. März 1989 in Koblenz"), ("Staatsangehörigkeit:", "deutsch"),
                 ("E-Mail:", "tobias.reinhardt@example.de"), ("Mobil:", "+49 171 5550384")]:
        tabline(d, a, b)
    h(d, "Berufserfahrung", 12)
    tabline(d, "seit dem 01.07.2020", "Referent Rüstungskooperation\nBundesamt für Ausrüstung, Informationstechnik und "
            "Nutzung der Bundeswehr (BAAINBw)\nKoblenz – Abteilung Internationale Kooperation")
    tabline(d, "01.10.2015 – 30.06.2020", "Systemingenieur\nHensoldt Sensors GmbH\nUlm – Radarsysteme (TRML-4D)")
    tabline(d, "WS 2013/14 – SS 2015", "Wissenschaftliche Hilfskraft — Universität Stuttgart\n(studienbegleitend, "
            "10 Std./Woche)")
    h(d, "Studium und Schule", 12)
    tabline(d, "WS 2013/14 – SS 2015", "Master of Science Luft- und Raumfahrttechnik, Universität Stuttgart")
    tabline(d, "WS 2009/10 – SS 2013", "Bachelor of Science Luft- und Raumfahrttechnik, Universität Stuttgart")
    tabline(d, "06/2009", "Abitur, Eichendorff-Gymnasium Koblenz")
    h(d, "Sprachen", 12)
    tabline(d, "Deutsch", "Muttersprache")
    tabline(d, "Englisch", "verhandlungssicher (C1)")
    tabline(d, "Französisch", "Grundkenntnisse")
    h(d, "EDV-Kenntnisse", 12)
    d.add_paragraph("MATLAB/Simulink, IBM DOORS, MS Project")
    d.add_paragraph()
    d.add_paragraph("Koblenz, 28. November 2026")
    d.add_paragraph("Tobias Reinhardt")
    d.save(path)


# ------------------------------------------------------------------ d77 Iceland: sidebar in a floating DrawingML text
# box (wps:txbx) anchored at the right page edge; main body in normal paragraphs
F = "cv_d77_is_wpstextbox_sidebar_present_jonsdottir.docx"


def wps_textbox(paras, x_cm=13.2, y_cm=1.5, w_cm=6.3, h_cm=24.0, fill="DCE6F0"):
    emu = 360000
    body = "".join(
        f'<w:p><w:r>{"<w:rPr><w:b/></w:rPr>" if b else ""}<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
        for t, b in paras)
    xml = f"""<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0"
 locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{int(x_cm * emu)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{int(y_cm * emu)}</wp:posOffset></wp:positionV>
<wp:extent cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>
<wp:docPr id="7" name="Sidebar"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(w_cm * emu)}" cy="{int(h_cm * emu)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440"/></wps:wsp>
</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml)


@doc(F, cv_label(F, "Hrafnhildur Jónsdóttir", "hrafnhildur.jons@example.is", "+354 855 0172", "Iceland",
                 [("master", "International Relations", "University of Iceland", 2014),
                  ("bachelor", "Political Science", "University of Iceland", 2012),
                  ("secondary", None, "Menntaskólinn í Reykjavík", 2009)],
                 False,
                 [("Defence and Security Analyst", "Icelandic Coast Guard (Landhelgisgæslan)", "2019-08", None),
                  ("Policy Officer", "Ministry for Foreign Affairs (Utanríkisráðuneytið)", "2015-01", "2019-07")],
                 [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None)],
                 [], ["ArcGIS", "QGIS", "Python", "MS Office"]))
def d77(path):
    d = new_docx(10.5)
    d.sections[0].right_margin = Cm(8.5)
    p = d.add_paragraph()
    p.add_run().font.size = Pt(2)
    p._p.append(wps_textbox([
        ("CONTACT", True), ("hrafnhildur.jons@example.is", False), ("+354 855 0172", False),
        ("Reykjavík, Iceland", False), ("Nationality: Icelandic", False), ("", False),
        ("LANGUAGES", True), ("Icelandic – native", False), ("English – C2", False), ("Danish – B2", False),
        ("", False), ("SKILLS", True), ("ArcGIS", False), ("QGIS", False), ("Python", False), ("MS Office", False)]))
    h(d, "HRAFNHILDUR JÓNSDÓTTIR", 20, (0x1F, 0x3A, 0x5F))
    d.add_paragraph("Maritime security and defence policy analyst")
    h(d, "Professional experience", 12, (0x1F, 0x3A, 0x5F))
    h(d, "Defence and Security Analyst", 10.5)
    d.add_paragraph("Icelandic Coast Guard (Landhelgisgæslan) | Aug 2019 – present")
    d.add_paragraph("Analyses North Atlantic maritime traffic for the Keflavík air and naval facilities; Iceland's "
                    "point of contact for NATO maritime situational awareness.")
    h(d, "Policy Officer", 10.5)
    d.add_paragraph("Ministry for Foreign Affairs (Utanríkisráðuneytið), Directorate of Defence | Jan 2015 – Jul 2019")
    d.add_paragraph("Host-nation support and air policing rotations; Icelandic delegation to NATO committees.")
    h(d, "Education", 12, (0x1F, 0x3A, 0x5F))
    d.add_paragraph("MA International Relations – University of Iceland, 2014")
    d.add_paragraph("BA Political Science – University of Iceland, 2012")
    d.add_paragraph("Stúdentspróf – Menntaskólinn í Reykjavík, 2009")
    d.save(path)


# ------------------------------------------------------------------ d78 Portugal: CV in Portuguese, name/contacts in a
# three-cell table inside the page header
F = "cv_d78_pt_cabecalho_tabela_desde_pinto.docx"


@doc(F, cv_label(F, "Ana Rita Gouveia Pinto", "ana.pinto@example.pt", "+351 912 555 704", "Portugal",
                 [("master", "Estudos Estratégicos", "Universidade de Lisboa (ISCSP)", 2015),
                  ("bachelor", "Relações Internacionais", "Universidade do Minho", 2013)],
                 False,
                 [("Técnica Superior de Relações Internacionais", "Direção-Geral de Política de Defesa Nacional (DGPDN)",
                   "2019-03", None),
                  ("Assessora", "Instituto da Defesa Nacional (IDN)", "2015-10", "2019-02"),
                  ("Estagiária", "Representação Permanente de Portugal junto da OTAN", "2014-07", "2014-12")],
                 [("Portuguese", None, None), ("English", "VI", None), ("French", "IV", None), ("Spanish", None, None)],
                 [], ["Microsoft Office", "SPSS", "NVivo"]))
def d78(path):
    d = new_docx(10.5)
    hdr = d.sections[0].header
    t = hdr.add_table(rows=1, cols=3, width=Cm(17))
    t.style = "Table Grid"
    vals = ["Ana Rita Gouveia Pinto\nCurriculum Vitae", "ana.pinto@example.pt\n+351 912 555 704",
            "Nacionalidade: Portuguesa\nLisboa"]
    for i, v in enumerate(vals):
        c = t.cell(0, i)
        c.text = ""
        for k, line in enumerate(v.split("\n")):
            pp = c.paragraphs[0] if k == 0 else c.add_paragraph()
            r = pp.add_run(line)
            r.bold = (i == 0 and k == 0)
    h(d, "EXPERIÊNCIA PROFISSIONAL")
    for when, what, desc in [
        ("Desde março de 2019", "Técnica Superior de Relações Internacionais, Direção-Geral de Política de Defesa "
         "Nacional (DGPDN), Ministério da Defesa Nacional", "Acompanhamento dos assuntos NATO e da PCSD."),
        ("Outubro de 2015 a fevereiro de 2019", "Assessora, Instituto da Defesa Nacional (IDN)",
         "Organização do Curso de Defesa Nacional e de seminários."),
        ("Julho a dezembro de 2014", "Estagiária, Representação Permanente de Portugal junto da OTAN, Bruxelas",
         "Estágio curricular.")]:
        p = d.add_paragraph()
        p.add_run(when).italic = True
        p2 = d.add_paragraph()
        p2.add_run(what).bold = True
        d.add_paragraph(desc)
    h(d, "FORMAÇÃO ACADÉMICA")
    d.add_paragraph("2015 — Mestrado em Estudos Estratégicos, Universidade de Lisboa (ISCSP)")
    d.add_paragraph("2013 — Licenciatura em Relações Internacionais, Universidade do Minho")
    d.add_paragraph("2018 — Curso de Defesa Nacional, IDN (formação não conferente de grau)")
    h(d, "LÍNGUAS")
    docx_table(d, [["Língua", "Nível"], ["Português", "língua materna"], ["Inglês", "C2"], ["Francês", "B2"],
                   ["Espanhol", "compreensão boa"]], bold_first_row=True)
    h(d, "COMPETÊNCIAS INFORMÁTICAS")
    d.add_paragraph("Microsoft Office; SPSS; NVivo")
    d.save(path)


# ------------------------------------------------------------------ d79 Finland: officer CV in Swedish, Finnish date
# style "1.8.2021–", student row at the National Defence University, GSOE
F = "cv_d79_fi_svenska_officer_oppetslut_lindroos.docx"


@doc(F, cv_label(F, "Johan Lindroos", "johan.lindroos@example.fi", "+358 40 555 0716", "Finland",
                 [("master", "krigsvetenskap", "Försvarshögskolan", 2008),
                  ("bachelor", "krigsvetenskap", "Försvarshögskolan", 2006),
                  ("secondary", None, "Borgå Gymnasium", 2002)],
                 True,
                 [("sektionschef, planeringsavdelningen", "Huvudstaben", "2021-08", None),
                  ("stabsofficer (J3)", "Nylands brigad", "2017-01", "2021-07"),
                  ("kompanichef", "Nylands brigad", "2008-08", "2014-07")],
                 [("Swedish", None, None), ("Finnish", "VI", None), ("English", None, "3333"), ("German", None, "2212")],
                 [], []))
def d79(path):
    d = new_docx(10.5)
    h(d, "MERITFÖRTECKNING", 16)
    d.add_paragraph("Överstelöjtnant Johan Lindroos")
    d.add_paragraph("Medborgarskap: finländsk")
    d.add_paragraph("E-post: johan.lindroos@example.fi   Tfn: +358 40 555 0716")
    h(d, "Tjänstgöring")
    docx_table(d, [["Tid", "Tjänstegrad", "Befattning", "Förband"],
                   ["1.8.2021–", "överstelöjtnant", "sektionschef, planeringsavdelningen", "Huvudstaben"],
                   ["1.1.2017–31.7.2021", "major", "stabsofficer (J3)", "Nylands brigad"],
                   ["1.8.2014–31.12.2016", "kapten", "studerande, generalstabsofficerskursen", "Försvarshögskolan"],
                   ["1.8.2008–31.7.2014", "löjtnant, kapten", "kompanichef", "Nylands brigad"]], bold_first_row=True)
    h(d, "Utbildning")
    d.add_paragraph("2016  Generalstabsofficersexamen (GSOE), Försvarshögskolan")
    d.add_paragraph("2008  Militärvetenskaplig magisterexamen (krigsvetenskap), Försvarshögskolan")
    d.add_paragraph("2006  Militärvetenskaplig kandidatexamen (krigsvetenskap), Försvarshögskolan")
    d.add_paragraph("2002  Studentexamen, Borgå Gymnasium")
    h(d, "Språkkunskaper")
    d.add_paragraph("svenska: modersmål\nfinska: utmärkt (C2)\nengelska: SLP 3333 (2019)\ntyska: SLP 2212")
    h(d, "Utlandstjänst")
    d.add_paragraph("2011–2012 UNIFIL, Libanon (plutonchef) – under tjänstgöringen vid Nylands brigad")
    d.save(path)


# ------------------------------------------------------------------ d80 United States: federal résumé in Word,
# supervisor names and phones (not the candidate's), hours per week, rank line
F = "cv_d80_us_federal_supervisorphones_halvorsen.docx"


@doc(F, cv_label(F, "Daniel R. Halvorsen", "daniel.halvorsen@example.com", "(757) 555-0148", "United States",
                 [("master", "Engineering Management", "Old Dominion University", 2012),
                  ("bachelor", "Economics", "United States Naval Academy", 2005)],
                 False,
                 [("Logistics Management Specialist",
                   "Naval Supply Systems Command (NAVSUP) Fleet Logistics Center Norfolk", "2018-05", None),
                  ("Associate", "Booz Allen Hamilton Inc.", "2013-08", "2018-04"),
                  ("Supply Officer", "United States Navy", "2005-06", "2013-07")],
                 [("English", None, None), ("Spanish", None, None)],
                 [], ["Navy ERP", "SAP S/4HANA", "Tableau"]))
def d80(path):
    d = new_docx(10)
    h(d, "DANIEL R. HALVORSEN", 15)
    d.add_paragraph("Virginia Beach, VA 23456 | (757) 555-0148 | daniel.halvorsen@example.com")
    d.add_paragraph("Citizenship: U.S. Citizen | Veterans' Preference: 5-point | Clearance: Secret (active)")
    h(d, "WORK EXPERIENCE")
    for emp, where, dates, hours, extra, title, sup, text in [
        ("Naval Supply Systems Command (NAVSUP) Fleet Logistics Center Norfolk", "Norfolk, VA United States",
         "05/2018 - Present", "40", "Series: 0346  Pay Plan: GS  Grade: 13", "Logistics Management Specialist",
         "Karen M. Mills, (757) 555-0193, Okay to contact: Yes",
         "Plans material support for surface ship maintenance availabilities; manages a $42M annual requisition "
         "portfolio; leads a team of 6 analysts."),
        ("Booz Allen Hamilton Inc.", "Arlington, VA United States", "08/2013 - 04/2018", "45", "Salary: on request",
         "Associate", "Robert Chen, (703) 555-0126, Okay to contact: Yes",
         "Supported NAVSEA life-cycle logistics; delivered supportability analyses for two ship classes."),
        ("United States Navy", "Norfolk, VA United States", "06/2005 - 07/2013", "60",
         "Rank: Lieutenant (O-3), honorably discharged", "Supply Officer",
         "CDR Alan P. Ruiz, (757) 555-0170, Okay to contact: No",
         "Supply officer of USS Mason (DDG 87); stock control, food service and disbursing.")]:
        p = d.add_paragraph()
        p.add_run(emp).bold = True
        d.add_paragraph(where)
        d.add_paragraph(dates)
        d.add_paragraph(f"Hours per week: {hours}")
        d.add_paragraph(extra)
        p = d.add_paragraph()
        p.add_run(title).bold = True
        d.add_paragraph("Duties, Accomplishments and Related Skills: " + text)
        d.add_paragraph("Supervisor: " + sup)
    h(d, "EDUCATION")
    d.add_paragraph("Old Dominion University  Norfolk, VA United States\nMaster's degree 12/2012\n"
                    "Major: Engineering Management")
    d.add_paragraph("United States Naval Academy  Annapolis, MD United States\nBachelor's degree 05/2005\n"
                    "Major: Economics  Minor: Spanish")
    h(d, "JOB RELATED TRAINING")
    d.add_paragraph("Navy Supply Corps School, Basic Qualification Course, 2005. DAWIA Life Cycle Logistics "
                    "Practitioner, 2019.")
    h(d, "LANGUAGE SKILLS")
    d.add_paragraph("Spanish: DLPT 2/2 (Listening/Reading), 2011")
    h(d, "ADDITIONAL INFORMATION")
    d.add_paragraph("Skills: Navy ERP; SAP S/4HANA; Tableau")
    d.save(path)


# ------------------------------------------------------------------ d81 Latvia: CV in Latvian, "kopš 2020. gada
# marta", genitive month ranges
F = "cv_d81_lv_latviski_kops_gadamenesis_kalnina.docx"


@doc(F, cv_label(F, "Ilze Kalniņa", "ilze.kalnina@example.lv", "+371 29 555 184", "Latvia",
                 [("master", "politoloģija", "Rīgas Stradiņa universitāte", 2014),
                  ("bachelor", "politoloģija", "Latvijas Universitāte", 2012)],
                 False,
                 [("Vecākā referente", "Aizsardzības ministrija", "2020-03", None),
                  ("Pētniece", "Latvijas Ārpolitikas institūts", "2014-09", "2020-02")],
                 [("Latvian", None, None), ("English", "V", None), ("Russian", "IV", None), ("French", None, None)],
                 [], ["MS Office", "SPSS", "QGIS"]))
def d81(path):
    d = new_docx(10.5)
    h(d, "DZĪVESGAITA (CV)", 16)
    docx_table(d, [["Vārds, uzvārds", "Ilze Kalniņa"], ["Pilsonība", "Latvijas Republikas pilsone"],
                   ["E-pasts", "ilze.kalnina@example.lv"], ["Tālrunis", "+371 29 555 184"]], style=None)
    h(d, "Darba pieredze")
    d.add_paragraph("kopš 2020. gada marta")
    d.add_paragraph().add_run("Vecākā referente, Aizsardzības ministrija, Starptautiskās sadarbības departaments").bold = True
    d.add_paragraph("NATO un ES drošības politikas jautājumi; Latvijas pozīciju sagatavošana.")
    d.add_paragraph("2014. gada septembris – 2020. gada februāris")
    d.add_paragraph().add_run("Pētniece, Latvijas Ārpolitikas institūts").bold = True
    d.add_paragraph("Pētījumi par Baltijas jūras reģiona drošību.")
    h(d, "Izglītība")
    d.add_paragraph("2012–2014  Rīgas Stradiņa universitāte, Sociālo zinātņu maģistra grāds (politoloģija)")
    d.add_paragraph("2009–2012  Latvijas Universitāte, Sociālo zinātņu bakalaura grāds (politoloģija)")
    h(d, "Valodas")
    d.add_paragraph("latviešu – dzimtā valoda; angļu – C1; krievu – B2; franču – pamatzināšanas")
    h(d, "Datorprasmes")
    d.add_paragraph("MS Office, SPSS, QGIS")
    d.save(path)


# ------------------------------------------------------------------ d82 North Macedonia: CV in Macedonian Cyrillic,
# Word heading styles, experience newest first but education oldest first, "од 2019 до денес"
F = "cv_d82_mk_makedonski_kirilica_denes_trajkovska.docx"


@doc(F, cv_label(F, "Марија Трајковска", "marija.trajkovska@example.mk", "+389 70 555 412", "North Macedonia",
                 [("bachelor", "политички науки", "Универзитет „Св. Кирил и Методиј“", 2012),
                  ("master", "политички науки", "Универзитет „Св. Кирил и Методиј“", 2015)],
                 False,
                 [("Советник за евроатлантска интеграција", "Министерство за одбрана", "2019-01", None),
                  ("Соработник", "Министерство за надворешни работи", "2013-01", "2018-12")],
                 [("Macedonian", None, None), ("English", None, "3332"), ("German", "IV", None)],
                 [], ["MS Office", "SharePoint"]))
def d82(path):
    d = new_docx(10.5)
    d.add_heading("Биографија", 0)
    d.add_paragraph("Име и презиме: Марија Трајковска")
    d.add_paragraph("Државјанство: македонско")
    d.add_paragraph("Е-пошта: marija.trajkovska@example.mk | Тел.: +389 70 555 412")
    d.add_heading("Работно искуство", 1)
    d.add_paragraph("од 2019 до денес — Советник за евроатлантска интеграција, Министерство за одбрана",
                    style="List Bullet")
    d.add_paragraph("2013 – 2018 — Соработник, Министерство за надворешни работи", style="List Bullet")
    d.add_heading("Образование", 1)
    d.add_paragraph("2012 — Дипломиран политиколог (политички науки), Универзитет „Св. Кирил и Методиј“ – Скопје, "
                    "Правен факултет „Јустинијан Први“", style="List Bullet")
    d.add_paragraph("2015 — Магистер по политички науки, Универзитет „Св. Кирил и Методиј“ – Скопје, "
                    "Правен факултет „Јустинијан Први“", style="List Bullet")
    d.add_heading("Јазици", 1)
    d.add_paragraph("македонски – мајчин јазик; англиски – SLP 3332 (2020); германски – B2")
    d.add_heading("Компјутерски вештини", 1)
    d.add_paragraph("MS Office, SharePoint")
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
