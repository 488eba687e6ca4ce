"""Posts in a CV (candidates.cv.experience), on small CVs written for the test: layouts where the title
and the employer stand in other places than the first corpus had them."""

from __future__ import annotations

from candidates.cv import propose_profile


def _posts(cv: str) -> list[tuple]:
    return [(p.title, p.organisation, p.start, p.end) for p in propose_profile(cv).experience]


def test_several_posts_under_one_employer_heading_each_get_that_employer():
    cv = (
        "EXPERIENCE\nLeidos, Inc. — San Diego, CA\nSenior Systems Engineer, Maritime C5ISR | Sept. 2020 – Present\n"
        "Lead requirements decomposition for a shipboard C2 modernization program.\nUnited States Navy\n"
        "Executive Officer, USS Momsen (DDG 92) | Jun 2017 – Aug 2020\n"
        "Second in command of a 300-person destroyer crew.\n"
        "Requirements Officer, OPNAV N96 (Surface Warfare) | Jul 2014 – May 2017\n"
        "Drafted capability requirements for surface combatants."
    )
    assert _posts(cv) == [
        # A ship or a unit after the comma stays in the title; a legal form stays in the employer's name.
        ("Senior Systems Engineer, Maritime C5ISR", "Leidos, Inc.", "2020-09", None),
        ("Executive Officer, USS Momsen (DDG 92)", "United States Navy", "2017-06", "2020-08"),
        ("Requirements Officer, OPNAV N96 (Surface Warfare)", "United States Navy", "2014-07", "2017-05"),
    ]


def test_under_an_employer_heading_a_post_that_names_its_own_body_keeps_it():
    cv = (
        "Experience\nUnited States Navy\nExecutive Officer, USS Momsen | Jun 2017 – Aug 2020\n"
        "Liaison Officer, NATO Maritime Command | Jul 2014 – May 2017"
    )
    assert _posts(cv)[1] == ("Liaison Officer", "NATO Maritime Command", "2014-07", "2017-05")


def test_it_reads_the_employer_on_the_dates_line_and_the_title_below_the_town():
    cv = (
        "WORK EXPERIENCE\nDefense Security Cooperation Agency (DSCA) | 05/2016 - Present\nArlington, VA\n"
        "Country Program Director (Europe)\nSeries/Grade: GS-0343-14 | Hours per week: 40\n"
        "- Manage a portfolio of FMS cases.\nDeloitte Consulting LLP | 06/2010 - 08/2012\nMcLean, VA\n"
        "Business Analyst\n- Supported acquisition reform projects."
    )
    assert _posts(cv) == [
        ("Country Program Director (Europe)", "Defense Security Cooperation Agency (DSCA)", "2016-05", None),
        ("Business Analyst", "Deloitte Consulting LLP", "2010-06", "2012-08"),
    ]


def test_it_reads_employer_then_title_on_one_line():
    cv = (
        "EXPERIENCE\nGeneral Dynamics Information Technology (GDIT) — Cyber Security Engineer III | Mar 2019 – Present\n"
        "• Engineer SIEM use cases."
    )
    assert _posts(cv) == [
        ("Cyber Security Engineer III", "General Dynamics Information Technology (GDIT)", "2019-03", None)
    ]


def test_a_company_name_ending_in_a_legal_form_is_a_whole_line():
    cv = "Experience\nMar. 2019 – actualidad / present\nJefa de proyecto / Project Lead — Indra Sistemas S.A."
    assert _posts(cv) == [("Jefa de proyecto / Project Lead", "Indra Sistemas S.A.", "2019-03", None)]


def test_a_legal_form_after_a_comma_stays_and_the_town_goes():
    cv = "Experience\n2012/02 – 2016/08 Research Engineer\nVOP Trenčín, š.p., Trenčín"
    assert _posts(cv) == [("Research Engineer", "VOP Trenčín, š.p.", "2012-02", "2016-08")]


def test_courses_and_degrees_with_dates_are_no_posts():
    cv = (
        "Werdegang\nZeitraum | Verwendung | Dienststelle\n10/2021 – heute | Dezernatsleiter Planung | Kommando Streitkräftebasis, Bonn\n"
        "10/2014 – 09/2016 | Lehrgang Generalstabsdienst National (LGAN) | Führungsakademie der Bundeswehr, Hamburg\n"
        "2000 – 2004 | Studium, Abschluss Diplom-Kaufmann (Univ.) | Universität der Bundeswehr München\n"
        "2016 – 2018 | Instructor, Command and Staff College | Führungsakademie der Bundeswehr"
    )
    assert _posts(cv) == [
        ("Dezernatsleiter Planung", "Kommando Streitkräftebasis", "2021-10", None),
        # Teaching at a staff college is a post.
        ("Instructor, Command and Staff College", "Führungsakademie der Bundeswehr", "2016-01", "2018-12"),
    ]


def test_it_reads_a_table_whose_header_names_its_columns_in_italian():
    cv = (
        "Esperienza professionale\nPeriodo | Incarico | Ente\n"
        "da settembre 2021 ad oggi | Capo Sezione Pianificazione | Comando Operativo di Vertice Interforze (COVI), Roma\n"
        "2013 – 2016 | Comandante di compagnia | 9° Reggimento Alpini, L'Aquila"
    )
    assert _posts(cv) == [
        ("Capo Sezione Pianificazione", "Comando Operativo di Vertice Interforze (COVI)", "2021-09", None),
        ("Comandante di compagnia", "9° Reggimento Alpini", "2013-01", "2016-12"),
    ]


def test_it_reads_a_table_of_posts_with_hungarian_dates():
    cv = (
        "Professional experience\nPeriod | Position | Employer\n"
        "2018.09. – jelenleg (present) | Senior Researcher, Cyber Defence | NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE), Tallinn\n"
        "2010.07. – 2015.01. | Network Security Engineer | Magyar Telekom Nyrt."
    )
    assert _posts(cv) == [
        (
            "Senior Researcher, Cyber Defence",
            "NATO Cooperative Cyber Defence Centre of Excellence (CCDCOE)",
            "2018-09",
            None,
        ),
        ("Network Security Engineer", "Magyar Telekom Nyrt.", "2010-07", "2015-01"),
    ]


def test_a_bilingual_period_leaves_no_word_for_a_title():
    cv = (
        "EXPÉRIENCE / EXPERIENCE\n2017-04 à ce jour / to date\nGestionnaire de projets TI / IT Project Manager\n"
        "Services partagés Canada / Shared Services Canada\n2012-09 à / to 2017-03\n"
        "Analyste principale / Senior Analyst\nCentre de la sécurité des télécommunications"
    )
    assert [(t, s, e) for t, _, s, e in _posts(cv)] == [
        ("Gestionnaire de projets TI / IT Project Manager", "2017-04", None),
        ("Analyste principale / Senior Analyst", "2012-09", "2017-03"),
    ]


def test_a_post_with_its_title_above_and_an_open_period_at_the_end_of_its_body_line():
    cv = (
        "EXPÉRIENCE PROFESSIONNELLE\nJuriste marchés publics\nAgence de l'innovation de défense, Service juridique, Paris\n"
        "depuis mars 2020\nAvocate collaboratrice\nCabinet Fidal, Lyon\njanvier 2016 – février 2020"
    )
    assert _posts(cv) == [
        ("Juriste marchés publics", "Agence de l'innovation de défense", "2020-03", None),
        ("Avocate collaboratrice", "Cabinet Fidal", "2016-01", "2020-02"),
    ]


def test_under_an_employer_heading_nato_in_a_desk_name_is_no_employer():
    cv = "EMPLOYMENT HISTORY\nMinistry of Defence, Whitehall\nDesk Officer, NATO Policy | Sep 2010 – Sep 2014"
    assert _posts(cv) == [("Desk Officer, NATO Policy", "Ministry of Defence", "2010-09", "2014-09")]


def test_it_knows_posts_and_bodies_in_more_member_languages_and_compound_words():
    cv = (
        "Tjenesteerfaring\n2019 – d.d.    Sjef for planavdelingen, Forsvarets operative hovedkvarter (FOH), Bodø\n"
        "2010 – 2015    Kompanisjef, Telemark bataljon\n"
        "Werkervaring\n2012 – 2017 | Analist, Instituut Clingendael\n"
        "Experiência profissional\nDesde março de 2018\nAssessor, Direção-Geral de Política de Defesa Nacional"
    )
    assert _posts(cv) == [
        ("Sjef for planavdelingen", "Forsvarets operative hovedkvarter (FOH)", "2019-01", None),
        ("Kompanisjef", "Telemark bataljon", "2010-01", "2015-12"),
        ("Analist", "Instituut Clingendael", "2012-01", "2017-12"),
        ("Assessor", "Direção-Geral de Política de Defesa Nacional", "2018-03", None),
    ]


def test_without_an_experience_heading_languages_and_degrees_are_no_posts():
    cv = (
        "Ola Nordmann\n2015 – 2019    Stabsoffiser J5, Joint Warfare Centre, Stavanger\n"
        "2010 – 2015    Kompanisjef, Telemark bataljon\nUtdanning\n2014 – 2015    Master i militære studier\n"
        "Språk\nNorsk: morsmål"
    )
    assert _posts(cv) == [
        ("Stabsoffiser J5", "Joint Warfare Centre", "2015-01", "2019-12"),
        ("Kompanisjef", "Telemark bataljon", "2010-01", "2015-12"),
    ]


def test_a_town_beside_the_dates_is_no_title():
    cv = (
        "WORK EXPERIENCE\n01/09/2016 – CURRENT – Brussels, Belgium\nPROGRAMME OFFICER – EUROPEAN DEFENCE AGENCY\n"
        "Coordination of collaborative capability projects."
    )
    assert _posts(cv) == [("PROGRAMME OFFICER", "EUROPEAN DEFENCE AGENCY", "2016-09", None)]


def test_being_a_student_at_a_war_college_is_no_post():
    cv = (
        "CAREER\n2018 – 2021 | Battalion Commander | 2nd Armoured Brigade\n"
        "2016 – 2018 | Student | Turkish Army War College, Istanbul"
    )
    assert _posts(cv) == [("Battalion Commander", "2nd Armoured Brigade", "2018-01", "2021-12")]


def test_a_body_in_a_country_beside_the_dates_is_no_town():
    cv = "Experience\n2019 – present | Policy Officer, NATO HQ, Belgium"
    assert _posts(cv) == [("Policy Officer", "NATO HQ", "2019-01", None)]


def test_it_reads_a_table_whose_header_names_its_columns_in_czech():
    cv = (
        "Pracovní zkušenosti\nOd | Do | Zaměstnavatel | Funkce\n"
        "09/2019 | dosud | Ministerstvo obrany ČR, Praha | Vedoucí oddělení plánování\n"
        "07/2014 | 08/2019 | Generální štáb AČR | Štábní důstojník"
    )
    assert _posts(cv) == [
        ("Vedoucí oddělení plánování", "Ministerstvo obrany ČR", "2019-09", None),
        ("Štábní důstojník", "Generální štáb AČR", "2014-07", "2019-08"),
    ]
