"""The CV reader on styles of the eighth blind corpus (issue 15), one cause each, on small CVs written for
the test and read through ``read_cv`` as an upload is: dates written as Polish prose, Hungarian dates with a
space after the year's dot, an officer record's YYYYMMDD dates, bodies and posts named in Polish, Hungarian,
Romanian and Greek."""

from __future__ import annotations

from candidates.cv import read_cv


def _posts(text: str) -> list[tuple[str, str, str, str | None]]:
    proposal = read_cv(text.encode(), filename="cv.txt")
    return [(e.title, e.organisation, e.start, e.end) for e in proposal.experience]


def test_polish_prose_dates_and_dashed_posts():
    cv = (
        "Anna Nowak\nanna.nowak@example.pl\n\nDOŚWIADCZENIE ZAWODOWE\n\n"
        "Od kwietnia 2021 r. do chwili obecnej\n"
        "Starszy specjalista – Ministerstwo Spraw Zagranicznych\n"
        "Koordynacja stanowisk na posiedzenia NATO.\n\n"
        "Od stycznia 2016 r. do marca 2021 r.\n"
        "Asystent – Akademia Sztuki Wojennej\n"
        "Organizacja konferencji naukowych.\n"
    )
    assert _posts(cv) == [
        ("Starszy specjalista", "Ministerstwo Spraw Zagranicznych", "2021-04", None),
        ("Asystent", "Akademia Sztuki Wojennej", "2016-01", "2021-03"),
    ]


def test_hungarian_dates_with_a_space_after_the_years_dot():
    cv = (
        "Kiss Péter\nkiss.peter@example.hu\n\nSZAKMAI TAPASZTALAT\n"
        "2020. 05. – jelenleg\n    Honvéd Vezérkar\n    Tervezési referens\n\n"
        "2016. 10. – 2020. 04.\n    Stratégiai Védelmi Kutatóintézet\n    Tudományos munkatárs\n"
    )
    assert [(start, end) for *_, start, end in _posts(cv)] == [("2020-05", None), ("2016-10", "2020-04")]
    assert _posts(cv)[1][0] == "Tudományos munkatárs"


def test_an_officer_records_yyyymmdd_dates():
    cv = (
        "OFFICER RECORD\nNAME | PETROV, Ivan | RANK | MAJ\nEMAIL | i.petrov@example.bg\n"
        "ASSIGNMENT HISTORY\nFROM | TO | DUTY TITLE | UNIT\n"
        "20220301 | CURRENT | Staff Officer Plans | Joint Forces Command, Sofia\n"
        "20180901 | 20220228 | Company Commander | 2nd Mechanised Brigade, Stara Zagora\n"
    )
    assert _posts(cv) == [
        ("Staff Officer Plans", "Joint Forces Command", "2022-03", None),
        ("Company Commander", "2nd Mechanised Brigade", "2018-09", "2022-02"),
    ]


def test_an_eight_digit_number_that_is_no_date_makes_no_period():
    cv = "Jan Kowalski\njan@example.pl\n\nEXPERIENCE\nReference 20221345 – 20231399\n"
    assert _posts(cv) == []


def test_title_comma_body_in_greek_over_a_sentence_ending_in_an_acronym():
    cv = (
        "Νίκος Γεωργίου\nnikos@example.gr\n\nWORK EXPERIENCE\n"
        "Οκτώβριος 2020 – Σήμερα\n"
        "Σύμβουλος Ασφαλείας, Υπουργείο Εξωτερικών (ΥΠΕΞ)\n"
        "Προετοιμασία εθνικών θέσεων για τις συνεδριάσεις της Συμμαχίας και του ΝΑΤΟ.\n\n"
        "Μάρτιος 2015 – Σεπτέμβριος 2020\n"
        "Ερευνητής, Ίδρυμα Αμυντικών Μελετών (ΙΑΜ)\n"
        "Μελέτες για την ασφάλεια στην περιοχή της Μεσογείου και των Βαλκανίων.\n"
    )
    assert [(title, body) for title, body, *_ in _posts(cv)] == [
        ("Σύμβουλος Ασφαλείας", "Υπουργείο Εξωτερικών (ΥΠΕΞ)"),
        ("Ερευνητής", "Ίδρυμα Αμυντικών Μελετών (ΙΑΜ)"),
    ]


def test_a_bracket_that_says_the_hours_is_no_part_of_the_title():
    cv = (
        "Eva Lang\neva.lang@example.de\n\nBerufserfahrung\n"
        "10/2020 – heute | Lehrbeauftragte (nebenberuflich), Universität Potsdam\n"
        "09/2016 – 08/2020 | Research Assistant (part-time, 0.5 FTE), Hertie School\n"
    )
    assert [title for title, *_ in _posts(cv)] == ["Lehrbeauftragte", "Research Assistant"]


def test_a_romanian_europass_reads_its_headings_and_not_the_post_applied_for():
    cv = (
        "europass\nINFORMAȚII PERSONALE | Ionescu Mihai\nmihai.ionescu@example.ro\n"
        "Sexul Masculin | Data nașterii 12/05/1985 | Cetățenia română\n"
        "LOCUL DE MUNCĂ PENTRU CARE SE CANDIDEAZĂ | Analist (Analyst), NATO Communications and Information Agency\n"
        "\nEXPERIENȚA PROFESIONALĂ\n01/06/2018 – prezent\nConsilier\n"
        "Ministerul Afacerilor Interne, Direcția Generală, București (România)\n"
        "Analiza riscurilor pentru infrastructura critică națională și raportare către conducere.\n"
        "EDUCAȚIE ȘI FORMARE\n2006 – 2010 | Diplomă de licență – Relații internaționale\n"
    )
    assert _posts(cv) == [("Consilier", "Ministerul Afacerilor Interne", "2018-06", None)]


def test_duties_after_the_dates_leave_the_post_on_the_line_above():
    cv = (
        "Jonas Petraitis\njonas@example.lt\n\nEmployment\n"
        "Office Manager, Ministry of Foreign Affairs of the Republic of Lithuania\n"
        "since May 2019 — correspondence registry, travel orders, visits of NATO delegations.\n"
        "Assistant, Vilnius City Municipality\n"
        "March 2015 – April 2019 — front desk, meeting rooms and archives.\n"
    )
    assert _posts(cv) == [
        ("Office Manager", "Ministry of Foreign Affairs of the Republic of Lithuania", "2019-05", None),
        ("Assistant", "Vilnius City Municipality", "2015-03", "2019-04"),
    ]


def test_an_employer_with_its_own_dates_heads_its_posts_and_is_no_post():
    cv = (
        "Maya Singh\nmaya.singh@example.ca\n\nProfessional Experience\n"
        "Public Safety Canada, Ottawa\t2012 – present\n"
        "Senior Policy Analyst\tMay 2018 – present\n"
        "Policy Analyst\tJune 2012 – April 2018\n"
        "Canada Border Services, Ottawa\t2009 – 2012\n"
        "Programme Officer\tJuly 2009 – May 2012\n"
    )
    posts = _posts(cv)
    assert [(title, start, end) for title, _, start, end in posts] == [
        ("Senior Policy Analyst", "2018-05", None),
        ("Policy Analyst", "2012-06", "2018-04"),
        ("Programme Officer", "2009-07", "2012-05"),
    ]


def test_an_academic_chronology_holds_the_posts_among_degrees_and_papers():
    cv = (
        "JANE DOE, Ph.D.\njdoe@example.edu\n\nRESEARCH INTERESTS\nAlliance politics, deterrence.\n\n"
        "CHRONOLOGY (appointments, degrees and publications)\n"
        '2023          Article: "Allies and Burdens." Survival 65 (3).\n'
        "2020–present  Associate Professor of Government, Cornell University\n"
        "2018–present  Nonresident Fellow, Brookings Institution (part-time)\n"
        "2015          Ph.D. in Government, Harvard University\n"
    )
    assert _posts(cv) == [
        ("Associate Professor of Government", "Cornell University", "2020-01", None),
        ("Nonresident Fellow", "Brookings Institution", "2018-01", None),
    ]


def _nationality(text: str) -> str | None:
    return read_cv(text.encode(), filename="cv.txt").nationality


def test_a_nationality_in_two_languages_is_read_by_its_demonym():
    cv = "Marko Kranjc\nmarko@example.si\nDržavljanstvo / Citizenship: slovensko / Slovenian\n"
    assert _nationality(cv) == "Slovenia"


def test_the_romanian_europass_citizenship_label_with_its_article():
    cv = "Ionescu Mihai\nmihai@example.ro\nSexul Masculin | Data nașterii 12/05/1985 | Cetățenia română\n"
    assert _nationality(cv) == "Romania"


def test_a_hungarian_field_before_the_programme_word_and_the_degree_letters():
    cv = (
        "Nagy Anna\nnagy.anna@example.hu\n\nTANULMÁNYOK\n"
        "2014    Corvinus Egyetem, nemzetközi kapcsolatok mesterszak (MA)\n"
        "2012    Szegedi Tudományegyetem, politológia alapszak (BA)\n"
    )
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert [(e.level, e.field) for e in proposal.education] == [
        ("master", "nemzetközi kapcsolatok"),
        ("bachelor", "politológia"),
    ]


def test_a_field_glossed_in_the_national_language_after_a_slash_keeps_its_first_name():
    cv = (
        "Luka Novak\nluka@example.si\n\nEducation\n"
        "2015 | Magister (MA) in Security Studies / varnostne vede | University of Ljubljana\n"
    )
    proposal = read_cv(cv.encode(), filename="cv.txt")
    assert [(e.level, e.field) for e in proposal.education] == [("master", "Security Studies")]


def test_a_hotel_is_an_employer_after_the_titles_comma():
    cv = (
        "Ieva Kazlauskaitė\nieva@example.lt\n\nEmployment\n"
        "Receptionist, Grand Palace Hotel Riga\n"
        "June 2016 – February 2019 — front desk, group bookings for conferences.\n"
    )
    assert _posts(cv) == [("Receptionist", "Grand Palace Hotel Riga", "2016-06", "2019-02")]
