"""Six PDF CVs (p23-p28) made with reportlab, each written next to its label."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from common import CVS, comps, edu, job, label, lang

DOCS = []
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")

BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=12.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                    textColor=colors.HexColor("#1f3a5f"))
SIDE_H = ParagraphStyle("sideh", parent=H2, textColor=colors.white, fontSize=10)
SIDE = ParagraphStyle("side", parent=SMALL, textColor=colors.white)


def doc(fn):
    DOCS.append(fn)
    return fn


def P(text, style=BODY):
    return Paragraph(text, style)


def grid(data, widths, header=True):
    t = Table(data, colWidths=widths)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5ef"))]
    t.setStyle(TableStyle(cmds))
    return t


@doc
def p23():
    """Two columns: a dark sidebar on the left (contact, languages, skills, competencies), main column right."""
    name = "cv_p23_hr_twocol_juric.pdf"
    path = str(CVS / name)
    W, H = A4
    side_w = 6.2 * cm

    def bg(canvas, _doc):
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#233044"))
        canvas.rect(0, 0, side_w + 1.0 * cm, H, stroke=0, fill=1)
        canvas.restoreState()

    d = BaseDocTemplate(path, pagesize=A4, leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    side = Frame(0.6 * cm, 1.2 * cm, side_w, H - 2.4 * cm, id="side")
    main = Frame(side_w + 1.6 * cm, 1.2 * cm, W - side_w - 2.6 * cm, H - 2.4 * cm, id="main")
    d.addPageTemplates([PageTemplate(id="two", frames=[side, main], onPage=bg)])
    s = [
        P("MARKO JURIĆ", ParagraphStyle("sn", parent=SIDE_H, fontSize=15, leading=19)),
        P("Inženjer kibernetičke sigurnosti<br/>Cyber security engineer", SIDE),
        P("KONTAKT / CONTACT", SIDE_H),
        P("marko.juric@example.hr<br/>+385 91 555 2764<br/>Zagreb", SIDE),
        P("Državljanstvo: hrvatsko (Croatian)", SIDE),
        P("JEZICI / LANGUAGES", SIDE_H),
        P("hrvatski – materinski jezik<br/>engleski – C1<br/>njemački – B2<br/>talijanski – osnovno", SIDE),
        P("VJEŠTINE / SKILLS", SIDE_H),
        P("Network security<br/>Palo Alto firewalls<br/>Incident handling<br/>Linux<br/>ISO 27001", SIDE),
        P("KOMPETENCIJE / COMPETENCIES", SIDE_H),
        P("Initiative – is decisive in a time-sensitive situation<br/><br/>"
          "Flexibility – adapts to unforeseen situations", SIDE),
        FrameBreak(),
        P("PROFIL / PROFILE", H2),
        P("Cyber security engineer with thirteen years in network engineering and defence cyber "
          "operations; led the national team at Locked Shields 2023."),
        P("RADNO ISKUSTVO / WORK EXPERIENCE", H2),
        P("<b>od 2017.</b>"),
        P("<b>Voditelj Odsjeka za kibernetičku sigurnost / Head of Cyber Security Section</b>"),
        P("Ministarstvo obrane Republike Hrvatske (MORH), Zagreb"),
        P("Security operations for defence networks; national point of contact for NATO cyber exercises."),
        Spacer(1, 6),
        P("<b>2012. – 2016.</b>"),
        P("<b>Mrežni inženjer / Network Engineer</b>"),
        P("Hrvatski Telekom d.d., Zagreb"),
        P("Design and operation of MPLS backbone and enterprise VPNs."),
        P("OBRAZOVANJE / EDUCATION", H2),
        P("<b>2012.</b> Magistar inženjer informacijske i komunikacijske tehnologije (mag. ing. inf. et comm. techn.)"),
        P("Smjer / Field: Informacijska i komunikacijska tehnologija"),
        P("Fakultet elektrotehnike i računarstva (FER), Sveučilište u Zagrebu"),
        Spacer(1, 4),
        P("<b>2010.</b> Sveučilišni prvostupnik inženjer (univ. bacc. ing.)"),
        P("Smjer / Field: Elektrotehnika i informacijska tehnologija"),
        P("Fakultet elektrotehnike i računarstva (FER), Sveučilište u Zagrebu"),
        P("CERTIFIKATI / CERTIFICATES", H2),
        P("CISSP (2018); GIAC GCIA (2020); NATO CCD COE Locked Shields participant (2019–2023)"),
    ]
    d.build(s)
    return label(
        name, "Marko Jurić", "marko.juric@example.hr", "+385 91 555 2764", "Croatia",
        [
            edu("master", "Informacijska i komunikacijska tehnologija", "Fakultet elektrotehnike i računarstva (FER), Sveučilište u Zagrebu", 2012),
            edu("bachelor", "Elektrotehnika i informacijska tehnologija", "Fakultet elektrotehnike i računarstva (FER), Sveučilište u Zagrebu", 2010),
        ],
        False,
        [
            job("Voditelj Odsjeka za kibernetičku sigurnost / Head of Cyber Security Section", "Ministarstvo obrane Republike Hrvatske (MORH)", "2017-01", None),
            job("Mrežni inženjer / Network Engineer", "Hrvatski Telekom d.d.", "2012-01", "2016-12"),
        ],
        [lang("Croatian"), lang("English", "V"), lang("German", "IV"), lang("Italian")],
        comps("Initiative", "Flexibility"),
        ["Network security", "Palo Alto firewalls", "Incident handling", "Linux", "ISO 27001"],
    )


@doc
def p24():
    """Table layout: every section is a ruled table."""
    name = "cv_p24_bg_table_dimitrova.pdf"
    d = SimpleDocTemplate(str(CVS / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=1.8 * cm, bottomMargin=1.8 * cm)
    s = [P("CURRICULUM VITAE", H1)]
    s += [P("Personal data", H2), grid([
        ["Full name", "Desislava Petrova Dimitrova"],
        ["Nationality", "Bulgarian"],
        ["E-mail", "d.dimitrova@example.bg"],
        ["Phone", "+359 88 555 6120"],
        ["Address", "ul. Shipka 34, 1504 Sofia"],
    ], [4 * cm, 13 * cm], header=False)]
    s += [P("Work experience", H2), grid([
        ["Period", "Position", "Organisation"],
        ["10.2019 – present", P("Head of Budget Execution Section", SMALL), P("Ministry of Defence of the Republic of Bulgaria, Finance Directorate", SMALL)],
        ["03.2014 – 09.2019", P("Senior Auditor", SMALL), P("Bulgarian National Audit Office", SMALL)],
        ["09.2010 – 02.2014", P("Accountant", SMALL), P("Sofia Municipality", SMALL)],
    ], [3.6 * cm, 5.8 * cm, 7.6 * cm])]
    s += [P("Education", H2), grid([
        ["Year", "Degree", "Field", "Institution"],
        ["2012", P("Master (Магистър)", SMALL), P("Finance", SMALL), P("University of National and World Economy (UNWE)", SMALL)],
        ["2010", P("Bachelor (Бакалавър)", SMALL), P("Economics", SMALL), P("University of National and World Economy (UNWE)", SMALL)],
    ], [1.6 * cm, 4.2 * cm, 3.4 * cm, 7.8 * cm])]
    s += [P("Languages", H2), grid([
        ["Language", "Level"],
        ["Bulgarian", "mother tongue"],
        ["English", "STANAG 6001 – SLP 3-3-3-2 (2022)"],
        ["Russian", "CEFR C1"],
        ["French", "basic"],
    ], [4 * cm, 13 * cm])]
    s += [P("Skills", H2), grid([
        ["Professional", "IPSAS; budget planning; internal control; SAP FI/CO"],
        ["IT", "MS Excel (advanced); Power BI"],
    ], [4 * cm, 13 * cm], header=False)]
    d.build(s)
    return label(
        name, "Desislava Petrova Dimitrova", "d.dimitrova@example.bg", "+359 88 555 6120", "Bulgaria",
        [
            edu("master", "Finance", "University of National and World Economy (UNWE)", 2012),
            edu("bachelor", "Economics", "University of National and World Economy (UNWE)", 2010),
        ],
        False,
        [
            job("Head of Budget Execution Section", "Ministry of Defence of the Republic of Bulgaria", "2019-10", None),
            job("Senior Auditor", "Bulgarian National Audit Office", "2014-03", "2019-09"),
            job("Accountant", "Sofia Municipality", "2010-09", "2014-02"),
        ],
        [lang("Bulgarian"), lang("English", None, "3332"), lang("Russian", "V"), lang("French")],
        [],
        ["IPSAS", "budget planning", "internal control", "SAP FI/CO", "MS Excel (advanced)", "Power BI"],
    )


@doc
def p25():
    name = "cv_p25_tr_officer_aydin.pdf"
    d = SimpleDocTemplate(str(CVS / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm)
    s = [
        P("Lt Col Emre Aydın", H1),
        P("Turkish Army  ·  Staff Officer, Operations Planning"),
        P("emre.aydin@example.com.tr  ·  +90 532 555 7814  ·  Izmir"),
        P("Citizenship: Turkey  ·  Security clearance: NATO SECRET"),
        P("PROFESSIONAL EXPERIENCE", H2),
        P("<b>Aug 2021 – present</b> — Staff Officer, Operations Planning"),
        P("Allied Land Command (LANDCOM), Izmir"),
        P("Plans land component contributions to NATO Response Force certification; exercise design."),
        Spacer(1, 5),
        P("<b>Aug 2018 – Jul 2021</b> — Battalion Commander"),
        P("28th Mechanised Infantry Brigade, Ankara"),
        Spacer(1, 5),
        P("<b>Sep 2016 – Jul 2018</b> — Operations Officer (G3)"),
        P("Turkish Land Forces Command (Kara Kuvvetleri Komutanlığı), Ankara"),
        P("MILITARY EDUCATION", H2),
        P("2014 – 2016  Harp Akademileri – Kara Harp Akademisi (Army War College), Istanbul: "
          "Army Staff Officer Course"),
        P("2019  NATO Defence College, Rome – Senior Course module on crisis management (2 weeks)"),
        P("ACADEMIC EDUCATION", H2),
        P("2011  Yüksek Lisans (M.A.) in International Relations — Orta Doğu Teknik Üniversitesi (METU)"),
        P("2003  Lisans (B.Sc.) in Industrial Engineering — Kara Harp Okulu (Turkish Military Academy)"),
        P("LANGUAGES", H2),
        P("Turkish — native"),
        P("English — SLP 3+3+3+3 (STANAG 6001, 2021)"),
        P("French — SLP 2-1-2-1"),
    ]
    d.build(s)
    return label(
        name, "Emre Aydın", "emre.aydin@example.com.tr", "+90 532 555 7814", "Türkiye",
        [
            edu("master", "International Relations", "Orta Doğu Teknik Üniversitesi (METU)", 2011),
            edu("bachelor", "Industrial Engineering", "Kara Harp Okulu (Turkish Military Academy)", 2003),
        ],
        True,
        [
            job("Staff Officer, Operations Planning", "Allied Land Command (LANDCOM)", "2021-08", None),
            job("Battalion Commander", "28th Mechanised Infantry Brigade", "2018-08", "2021-07"),
            job("Operations Officer (G3)", "Turkish Land Forces Command (Kara Kuvvetleri Komutanlığı)", "2016-09", "2018-07"),
        ],
        [lang("Turkish"), lang("English", None, "3333"), lang("French", None, "2121")],
        [],
        [],
    )


@doc
def p26():
    """French-language CV whose name appears only in the page footer."""
    name = "cv_p26_lu_fr_footer_wagner.pdf"
    path = str(CVS / name)

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont("DV", 8)
        canvas.setFillColor(colors.grey)
        canvas.drawString(2 * cm, 1.1 * cm, "Claire WAGNER – Curriculum vitae")
        canvas.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "page %d" % d.page)
        canvas.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm)
    s = [
        P("CURRICULUM VITAE", H1),
        P("Juriste – droit international et européen"),
        P("c.wagner@example.lu  ·  +352 621 555 482  ·  Strassen"),
        P("Nationalité : luxembourgeoise"),
        P("EXPÉRIENCE PROFESSIONNELLE", H2),
        P("<b>depuis 2021</b>  Juriste principale"),
        P("Ministère des Affaires étrangères et européennes, Direction de la Défense, Luxembourg"),
        P("Accords de statut des forces, contrats avec la NSPA, conseil juridique sur les contributions "
          "luxembourgeoises aux capacités de l'OTAN."),
        Spacer(1, 5),
        P("<b>sept. 2016 – déc. 2020</b>  Juriste"),
        P("Arendt &amp; Medernach, Luxembourg"),
        P("Droit des marchés publics et des contrats internationaux."),
        P("FORMATION", H2),
        P("<b>2014 – 2016</b>  Master 2 Droit européen des affaires — Université Paris 1 Panthéon-Sorbonne"),
        P("<b>2011 – 2014</b>  Bachelor en droit — Université du Luxembourg"),
        P("<b>2011</b>  Diplôme de fin d'études secondaires classiques — Athénée de Luxembourg"),
        P("LANGUES", H2),
        P("Luxembourgeois : langue maternelle"),
        P("Français : C2  ·  Allemand : C2  ·  Anglais : C1"),
        P("Portugais : notions"),
        P("COMPÉTENCES", H2),
        P("Droit des marchés publics ; contrats internationaux ; rédaction juridique ; MS Office"),
    ]
    d.build(s, onFirstPage=footer, onLaterPages=footer)
    return label(
        name, "Claire Wagner", "c.wagner@example.lu", "+352 621 555 482", "Luxembourg",
        [
            edu("master", "Droit européen des affaires", "Université Paris 1 Panthéon-Sorbonne", 2016),
            edu("bachelor", "droit", "Université du Luxembourg", 2014),
            edu("secondary", None, "Athénée de Luxembourg", 2011),
        ],
        False,
        [
            job("Juriste principale", "Ministère des Affaires étrangères et européennes", "2021-01", None),
            job("Juriste", "Arendt & Medernach", "2016-09", "2020-12"),
        ],
        [lang("Luxembourgish"), lang("French", "VI"), lang("German", "VI"), lang("English", "V"), lang("Portuguese")],
        [],
        ["Droit des marchés publics", "contrats internationaux", "rédaction juridique", "MS Office"],
    )


@doc
def p27():
    """Canadian officer, bilingual FR/EN throughout."""
    name = "cv_p27_ca_bilingual_gagnon.pdf"
    d = SimpleDocTemplate(str(CVS / name), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm)
    s = [
        P("Lieutenant-colonel / Lieutenant-Colonel Julie Gagnon, CD", H1),
        P("Génie militaire / Military Engineering — Forces armées canadiennes / Canadian Armed Forces"),
        P("julie.gagnon@example.ca  |  613-555-0172  |  Edmonton (Alberta)"),
        P("Citoyenneté / Citizenship : canadienne / Canadian"),
        P("EXPÉRIENCE / EXPERIENCE", H2),
        P("<b>juin 2021 – ce jour / June 2021 – present</b>"),
        P("Commandante / Commanding Officer — 1er Régiment du génie de combat / 1 Combat Engineer Regiment"),
        P("Commande d'une unité de 650 militaires ; déploiement en Lettonie (eFP) / Command of a 650-strong "
          "unit; deployment to Latvia (eFP)."),
        Spacer(1, 5),
        P("<b>2018-07 – 2021-05</b>"),
        P("Officier d'état-major, infrastructure / Staff Officer, Infrastructure — Quartier général de la "
          "Défense nationale / National Defence Headquarters"),
        Spacer(1, 5),
        P("<b>2013-06 – 2017-06</b>"),
        P("Commandante d'escadron / Squadron Commander — 4e Régiment d'appui du génie / 4 Engineer Support Regiment"),
        P("FORMATION / EDUCATION", H2),
        P("2018  Maîtrise en études de la défense / Master of Defence Studies (MDS) — Collège militaire royal "
          "du Canada / Royal Military College of Canada"),
        P("2017 – 2018  Programme de commandement et d'état-major interarmées (PCEMI) / Joint Command and "
          "Staff Programme (JCSP) — Collège des Forces canadiennes / Canadian Forces College, Toronto"),
        P("2005  Baccalauréat en génie civil (B.Ing.) / Bachelor of Engineering, Civil Engineering — "
          "Collège militaire royal du Canada / Royal Military College of Canada"),
        P("LANGUES / LANGUAGES", H2),
        P("Français – langue maternelle / French – mother tongue"),
        P("Anglais / English – ELS/SLE : CBC"),
    ]
    d.build(s)
    return label(
        name, "Julie Gagnon", "julie.gagnon@example.ca", "613-555-0172", "Canada",
        [
            edu("master", "études de la défense", "Collège militaire royal du Canada / Royal Military College of Canada", 2018),
            edu("bachelor", "génie civil", "Collège militaire royal du Canada / Royal Military College of Canada", 2005),
        ],
        True,
        [
            job("Commandante / Commanding Officer", "1er Régiment du génie de combat / 1 Combat Engineer Regiment", "2021-06", None),
            job("Officier d'état-major, infrastructure / Staff Officer, Infrastructure", "Quartier général de la Défense nationale / National Defence Headquarters", "2018-07", "2021-05"),
            job("Commandante d'escadron / Squadron Commander", "4e Régiment d'appui du génie / 4 Engineer Support Regiment", "2013-06", "2017-06"),
        ],
        [lang("French"), lang("English")],
        [],
        [],
    )


@doc
def p28():
    """Slovenian researcher, academic title in lower case, 'danes (present)'."""
    name = "cv_p28_si_dr_zupan.pdf"
    d = SimpleDocTemplate(str(CVS / name), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm)
    s = [
        P("dr. Maja Zupan", H1),
        P("Defence policy researcher"),
        P("maja.zupan@example.si  ·  +386 40 555 913  ·  Ljubljana"),
        P("Nationality: Slovene"),
        P("EMPLOYMENT", H2),
        P("<b>2020/10 – danes (present)</b>   Senior Defence Policy Adviser"),
        P("Ministry of Defence of the Republic of Slovenia, Defence Policy Directorate"),
        P("<b>2016/10 – 2020/09</b>   Young Researcher (mlada raziskovalka)"),
        P("University of Ljubljana (Faculty of Social Sciences), Defence Research Centre"),
        P("<b>2012/11 – 2016/09</b>   Analyst"),
        P("General Staff of the Slovenian Armed Forces"),
        P("EDUCATION", H2),
        P("2020  Doctor of Science (doktorica znanosti), Defence Studies — University of Ljubljana, Faculty of Social Sciences"),
        P("2012  Master of Defence Studies (magistrica obramboslovja) — University of Ljubljana, Faculty of Social Sciences"),
        P("2010  Bachelor (1st Bologna cycle, UN) in Political Science – Defence Studies — University of Ljubljana, Faculty of Social Sciences"),
        P("COMPETENCIES", H2),
        P("Conceptual Thinking: creates new concepts for civil-military resilience planning"),
        P("Developing Others: gives specific feedback to junior researchers"),
        P("Self-Control: stays composed during crisis exercises"),
        P("LANGUAGES", H2),
        P("Slovenian – mother tongue; English – C2 (CEFR); German – NATO level IV; Croatian – very good"),
        P("RESEARCH SKILLS", H2),
        P("SPSS, NVivo, R, survey design"),
    ]
    d.build(s)
    return label(
        name, "Maja Zupan", "maja.zupan@example.si", "+386 40 555 913", "Slovenia",
        [
            edu("doctorate", "Defence Studies", "University of Ljubljana, Faculty of Social Sciences", 2020),
            edu("master", "Defence Studies", "University of Ljubljana, Faculty of Social Sciences", 2012),
            edu("bachelor", "Political Science – Defence Studies", "University of Ljubljana, Faculty of Social Sciences", 2010),
        ],
        False,
        [
            job("Senior Defence Policy Adviser", "Ministry of Defence of the Republic of Slovenia", "2020-10", None),
            job("Young Researcher (mlada raziskovalka)", "University of Ljubljana (Faculty of Social Sciences)", "2016-10", "2020-09"),
            job("Analyst", "General Staff of the Slovenian Armed Forces", "2012-11", "2016-09"),
        ],
        [lang("Slovenian"), lang("English", "VI"), lang("German", "IV"), lang("Croatian")],
        comps("Conceptual Thinking", "Developing Others", "Self-Control"),
        ["SPSS", "NVivo", "R", "survey design"],
    )
