"""TXT CVs of corpus 15 (t92-t97). Each document text is written beside its hand-written label."""
from common import CVS, cv_label, write_label, write_text

DOCS = []


def add(file, text, label):
    DOCS.append((file, text, label))


# ------------------------------------------------------------------ t92 Iceland: CV wholly in Icelandic, Icelandic month
# abbreviations ("feb. 2019 – í dag", "ágú."), thesis title under the MA, stúdentspróf
F = "cv_t92_is_islenska_manadaskammstafanir_idag_gunnarsson.txt"
add(F, """FERILSKRÁ

Arnar Freyr Gunnarsson
Heimilisfang: Hringbraut 12, 101 Reykjavík
Netfang: arnar.gunnarsson@example.is
Sími: +354 555 7302
Ríkisfang: íslenskt
Fæðingarár: 1985

STARFSREYNSLA

feb. 2019 – í dag
    Sérfræðingur
    Utanríkisráðuneytið
    Varnarmálaskrifstofa: undirbúningur funda í varnarmálanefnd NATO, gistiríkjastuðningur.

sep. 2014 – jan. 2019
    Verkefnastjóri
    Landhelgisgæsla Íslands
    Umsjón með æfingunni Northern Viking og samstarfi við Atlantshafsbandalagið.

jún. 2011 – ágú. 2014
    Greinandi
    Hagstofa Íslands

MENNTUN

2011   MA – Alþjóðasamskipti, Háskóli Íslands
       Lokaritgerð: „Smáríki í loftrýmisgæslu: Ísland og NATO 2008–2010“
2009   BA – Stjórnmálafræði, Háskóli Íslands
2005   Stúdentspróf, Menntaskólinn í Reykjavík

TUNGUMÁL
íslenska – móðurmál
enska – C2
danska – B2
þýska – A2

TÖLVUKUNNÁTTA
MS Office, SharePoint, Python

Meðmælendur veittir sé þess óskað.
""", cv_label(F, "Arnar Freyr Gunnarsson", "arnar.gunnarsson@example.is", "+354 555 7302", "Iceland",
              [("master", "Alþjóðasamskipti", "Háskóli Íslands", 2011),
               ("bachelor", "Stjórnmálafræði", "Háskóli Íslands", 2009),
               ("secondary", None, "Menntaskólinn í Reykjavík", 2005)],
              False,
              [("Sérfræðingur", "Utanríkisráðuneytið", "2019-02", None),
               ("Verkefnastjóri", "Landhelgisgæsla Íslands", "2014-09", "2019-01"),
               ("Greinandi", "Hagstofa Íslands", "2011-06", "2014-08")],
              [("Icelandic", None, None), ("English", "VI", None), ("Danish", "IV", None), ("German", None, None)],
              [], ["MS Office", "SharePoint", "Python"]))

# ------------------------------------------------------------------ t93 Estonia: CV wholly in Estonian, experience and
# education oldest first, year-only ranges, "2019 – praeguseni", pipe-separated lines
F = "cv_t93_ee_eesti_vanimadenne_aastad_praeguseni_lepp.txt"
add(F, """ELULOOKIRJELDUS

Nimi:          Kadri Lepp
E-post:        kadri.lepp@example.ee
Telefon:       +372 555 1946
Kodakondsus:   Eesti
Elukoht:       Tallinn

HARIDUS (ajalises järjekorras)
2004 – 2007 | Tartu Ülikool | bakalaureusekraad (BA), riigiteadused
2007 – 2009 | Tallinna Tehnikaülikool | magistrikraad (MA), avalik haldus
              Magistritöö: "Kaitsehangete tsentraliseerimine Balti riikides"

TÖÖKOGEMUS (ajalises järjekorras, viimane töökoht lõpus)
2009 – 2012 | Nooremspetsialist | Kaitseministeerium
2013 – 2018 | Hankespetsialist | Riigi Kaitseinvesteeringute Keskus
              Laskemoona ja isikuvarustuse hanked, NSPA raamlepingud.
2019 – praeguseni | Hankeosakonna juhataja | Riigi Kaitseinvesteeringute Keskus
              Juhin 14-liikmelist osakonda; aastane hankemaht ca 300 mln eurot.

KEELTEOSKUS
eesti keel – emakeel
inglise keel – C1
vene keel – B2
soome keel – B1

ARVUTIOSKUS
MS Office, SAP

MUU
Juhiload: B-kategooria. Eesti Reservohvitseride Kogu liige alates 2015.
""", cv_label(F, "Kadri Lepp", "kadri.lepp@example.ee", "+372 555 1946", "Estonia",
              [("bachelor", "riigiteadused", "Tartu Ülikool", 2007),
               ("master", "avalik haldus", "Tallinna Tehnikaülikool", 2009)],
              False,
              [("Nooremspetsialist", "Kaitseministeerium", "2009-01", "2012-12"),
               ("Hankespetsialist", "Riigi Kaitseinvesteeringute Keskus", "2013-01", "2018-12"),
               ("Hankeosakonna juhataja", "Riigi Kaitseinvesteeringute Keskus", "2019-01", None)],
              [("Estonian", None, None), ("English", "V", None), ("Russian", "IV", None), ("Finnish", None, None)],
              [], ["MS Office", "SAP"]))

# ------------------------------------------------------------------ t94 Hungary: CV in Hungarian, surname-first name,
# months as roman numerals "2019. IX. – jelenleg", mother tongue apart, CEFR + STANAG for English
F = "cv_t94_hu_magyar_romaiszamos_honapok_jelenleg_toth.txt"
add(F, """                                   ÖNÉLETRAJZ

SZEMÉLYES ADATOK
  Név:               Tóth Eszter
  Lakcím:            1113 Budapest, Bartók Béla út 41.
  Telefon:           +36 30 555 2718
  E-mail:            toth.eszter@example.hu
  Állampolgárság:    magyar

SZAKMAI TAPASZTALAT
  2019. IX. – jelenleg
      főosztályvezető-helyettes
      Honvédelmi Minisztérium
      (Nemzetközi Együttműködési Főosztály; NATO- és EU-ügyek koordinálása)

  2014. III. – 2019. VIII.
      biztonságpolitikai referens
      Külgazdasági és Külügyminisztérium

  2011. X. – 2014. II.
      kutató
      Stratégiai és Védelmi Kutatóközpont

TANULMÁNYOK
  2011   MA, biztonság- és védelempolitika – Nemzeti Közszolgálati Egyetem
  2009   BA, nemzetközi tanulmányok – Budapesti Corvinus Egyetem

NYELVISMERET
  Anyanyelv: magyar
  angol – C1 (felsőfok, STANAG 6001: 3333)
  német – B2 (középfok)
  francia – A2

SZÁMÍTÓGÉPES ISMERETEK
  MS Office, Lotus Notes, ECDL (2008)

Budapest, 2027. I. 14.
""", cv_label(F, "Tóth Eszter", "toth.eszter@example.hu", "+36 30 555 2718", "Hungary",
              [("master", "biztonság- és védelempolitika", "Nemzeti Közszolgálati Egyetem", 2011),
               ("bachelor", "nemzetközi tanulmányok", "Budapesti Corvinus Egyetem", 2009)],
              False,
              [("főosztályvezető-helyettes", "Honvédelmi Minisztérium", "2019-09", None),
               ("biztonságpolitikai referens", "Külgazdasági és Külügyminisztérium", "2014-03", "2019-08"),
               ("kutató", "Stratégiai és Védelmi Kutatóközpont", "2011-10", "2014-02")],
              [("English", "V", "3333"), ("German", "IV", None), ("French", None, None)],
              [], ["MS Office", "Lotus Notes"]))

# ------------------------------------------------------------------ t95 United States: federal résumé with GS grades
# after the titles, "Highest Grade Held", temporary promotion line, supervisor lines, DLPT, prior Army service
F = "cv_t95_us_federal_gsgrades_tempPromotion_holloway.txt"
add(F, """JAMES R. HOLLOWAY
Wiesbaden, Germany (APO AE 09005)
Phone: (571) 555-0193 | Email: jr.holloway@example.com
Citizenship: U.S. Citizen
Veterans' Preference: 5-point (TP)
Federal Status: Current career federal employee
Highest Grade Held: GS-0343-13, Step 6 (05/2020 - present)
Security Clearance: Top Secret (active)

WORK EXPERIENCE

Supervisory Program Analyst, GS-0343-13
U.S. Army Europe and Africa - Wiesbaden, Germany
May 2020 - Present | 40 hours per week
Supervisor: Col. Mark Dunn, (314) 555-0110 | May contact: Yes
 - Lead a team of six analysts for the theater posture and resourcing review.
 - Prepare cost estimates for NATO common-funded capability packages.

Management Analyst, GS-0343-12
Defense Logistics Agency - Fort Belvoir, VA
Oct 2015 - Apr 2020 | 40 hours per week
Supervisor: Linda Marsh, (703) 555-0147 | May contact: Yes
 - Temporary promotion to GS-13, 06/2018 - 10/2018 (Acting Branch Chief).
 - Process-improvement studies (Lean Six Sigma Green Belt projects).

Logistics Management Specialist, GS-0346-09/11
U.S. Army Materiel Command - Redstone Arsenal, AL
Jul 2011 - Sep 2015 | 40 hours per week

Logistics Officer (Captain)
U.S. Army - Fort Hood, TX and Kandahar, Afghanistan
Jun 2006 - Jun 2011 | 50+ hours per week
 - Deployed with 4th Sustainment Brigade, 2009-2010.

EDUCATION
M.S., Logistics Management - Florida Institute of Technology, Melbourne, FL - 2014
B.A., Political Science - Pennsylvania State University, University Park, PA - 2006

TRAINING
Army Civilian Education System (CES) Advanced Course, 2019
Lean Six Sigma Green Belt, 2017

LANGUAGES
German - DLPT 2/2 (Listening/Reading)
Spanish - limited working proficiency

SKILLS
GFEBS, SAP, Tableau, Microsoft Power BI
""", cv_label(F, "James R. Holloway", "jr.holloway@example.com", "(571) 555-0193", "United States",
              [("master", "Logistics Management", "Florida Institute of Technology", 2014),
               ("bachelor", "Political Science", "Pennsylvania State University", 2006)],
              False,
              [("Supervisory Program Analyst", "U.S. Army Europe and Africa", "2020-05", None),
               ("Management Analyst", "Defense Logistics Agency", "2015-10", "2020-04"),
               ("Logistics Management Specialist", "U.S. Army Materiel Command", "2011-07", "2015-09"),
               ("Logistics Officer", "U.S. Army", "2006-06", "2011-06")],
              [("German", None, None), ("Spanish", None, None)],
              [], ["GFEBS", "SAP", "Tableau", "Microsoft Power BI"]))

# ------------------------------------------------------------------ t96 United Kingdom: reservist, civilian and reserve
# careers in two separate sections (concurrent posts), "2019 – date", mobilisation and commissioning lines
F = "cv_t96_uk_reservist_twotracks_yearsdate_ashworth.txt"
add(F, """HELEN ASHWORTH
Harrogate, North Yorkshire  *  07700 900418  *  helen.ashworth@example.co.uk
Nationality: British (UK passport holder)

PROFILE
Civil contingencies planner with ten years in local and central government, and an Army Reserve officer
(Captain) specialising in civil-military cooperation.

CIVILIAN EMPLOYMENT
2019 – date     Head of Resilience Planning, Cabinet Office
                National exercise programme; liaison with Local Resilience Forums.
2013 – 2018     Emergency Planning Officer, Leeds City Council

RESERVE SERVICE (concurrent with civilian employment)
2016 – date     Reserve Civil-Military Cooperation Officer, 77th Brigade
                Mobilised 2017 for six months (Op TOSCA, Cyprus) as liaison officer to UNFICYP.
2012 – 2016     Reserve Troop Commander, Royal Monmouthshire Royal Engineers (Militia)
2012            Army Reserve Commissioning Course, RMA Sandhurst

EDUCATION
MSc International Disaster Management, The University of Manchester, 2012
BA (Hons) Geography, University of Leeds, 2010

LANGUAGES
English (native); French – B2; German – A2

IT
ResilienceDirect, ArcGIS Pro, MS Office

Security: SC (current). Full UK driving licence.
""", cv_label(F, "Helen Ashworth", "helen.ashworth@example.co.uk", "07700 900418", "United Kingdom",
              [("master", "International Disaster Management", "The University of Manchester", 2012),
               ("bachelor", "Geography", "University of Leeds", 2010)],
              False,
              [("Head of Resilience Planning", "Cabinet Office", "2019-01", None),
               ("Emergency Planning Officer", "Leeds City Council", "2013-01", "2018-12"),
               ("Reserve Civil-Military Cooperation Officer", "77th Brigade", "2016-01", None),
               ("Reserve Troop Commander", "Royal Monmouthshire Royal Engineers (Militia)", "2012-01", "2016-12")],
              [("English", None, None), ("French", "IV", None), ("German", None, None)],
              [], ["ResilienceDirect", "ArcGIS Pro", "MS Office"]))

# ------------------------------------------------------------------ t97 Canada (Québec): CV in Canadian French,
# "avr. 2019 à aujourd'hui", group-level "(EC-06)" after titles, Québec baccalauréat = bachelor, ELS CBC, intérim
F = "cv_t97_ca_francaisquebec_aaujourdhui_baccalaureat_gagnonthibault.txt"
add(F, """CURRICULUM VITÆ

MARIE-ÈVE GAGNON-THIBAULT
Gatineau (Québec)  |  819 555-0142  |  me.gagnonthibault@example.ca
Citoyenneté : canadienne    Cote de sécurité : Très secret

EXPÉRIENCE PROFESSIONNELLE

Conseillère principale en politiques (EC-06) — Affaires mondiales Canada
avr. 2019 à aujourd'hui
• Coordination de la position canadienne pour les réunions des ministres de la Défense de l'OTAN.
• Affectation intérimaire comme directrice adjointe (EX-01), janv. à avr. 2023.

Analyste des politiques (EC-04) — Ministère de la Défense nationale
sept. 2014 à mars 2019
• Dossiers : présence avancée renforcée en Lettonie, partage du fardeau.

Agente de recherche — Statistique Canada
mai 2012 à août 2014

FORMATION

Maîtrise en science politique — Université Laval, 2012
    Mémoire : « La contribution canadienne à la présence avancée renforcée de l'OTAN en Lettonie »
Baccalauréat en relations internationales et droit international — Université du Québec à Montréal, 2010

LANGUES
Français : langue maternelle
Anglais : ELS CBC (lecture C, écrit B, interaction orale C)
Espagnol : intermédiaire

INFORMATIQUE
GCdocs, Microsoft 365, NVivo
""", cv_label(F, "Marie-Ève Gagnon-Thibault", "me.gagnonthibault@example.ca", "819 555-0142", "Canada",
              [("master", "science politique", "Université Laval", 2012),
               ("bachelor", "relations internationales et droit international",
                "Université du Québec à Montréal", 2010)],
              False,
              [("Conseillère principale en politiques", "Affaires mondiales Canada", "2019-04", None),
               ("Analyste des politiques", "Ministère de la Défense nationale", "2014-09", "2019-03"),
               ("Agente de recherche", "Statistique Canada", "2012-05", "2014-08")],
              [("French", None, None), ("English", None, None), ("Spanish", None, None)],
              [], ["GCdocs", "Microsoft 365", "NVivo"]))


def build():
    out = []
    for file, text, label in DOCS:
        write_text(CVS, file, text)
        write_label(CVS, label)
        out.append(file)
    return out


if __name__ == "__main__":
    print(build())
