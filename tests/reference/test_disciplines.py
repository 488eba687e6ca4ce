"""A degree's field read as the discipline it names, in the languages of member nations' degrees (issue 14).

A candidate writes the field of a degree as the degree carries it, in the language of the nation that gave
it: "Rettsvitenskap", "Volkswirtschaftslehre", "Geneeskunde". Each name here is the name a degree really
carries; each must be read as its discipline, and fields that only share a word with one must not be.
"""

from datetime import date

import pytest

from candidates.profile import profile_from_import_json
from matching.essentials import MET, TO_ASSESS
from matching.scoring import prepare_vacancy, score
from reference.disciplines import asked_disciplines, close_disciplines, families_of

AS_OF = date(2026, 6, 1)

# Per discipline, names of degrees in member nations' languages (the language in the comment after each).
NAMES = {
    "law": [
        "Rettsvitenskap",  # Norwegian
        "Master i rettsvitenskap",  # Norwegian
        "cand.jur.",  # Danish, Norwegian
        "Mag. iur.",  # Austrian
        "Dr. iur.",  # German
        "Dipl.-Jur.",  # German
        "JUDr.",  # Czech, Slovak
        "Rechtswissenschaften",  # German
        "Wirtschaftsrecht (LL.B.)",  # German
        "Rechtsgeleerdheid",  # Dutch
        "Master in de rechten",  # Dutch
        "Juristprogrammet",  # Swedish
        "Oikeustieteen maisteri",  # Finnish
        "Õigusteadus",  # Estonian
        "Tiesību zinātne",  # Latvian
        "Teisės magistras",  # Lithuanian
        "Lögfræði",  # Icelandic
        "Jogász",  # Hungarian
        "Állam- és jogtudományi doktor",  # Hungarian
        "Magister prawa",  # Polish
        "Právo a právní věda",  # Czech
        "Pravni fakultet, magistar prava",  # Croatian, Montenegrin
        "Pravo",  # Slovenian
        "Drept",  # Romanian
        "Științe juridice",  # Romanian
        "Licenciatura en Derecho",  # Spanish
        "Licenciatura em Direito",  # Portuguese
        "Laurea magistrale in Giurisprudenza",  # Italian
        "Master Droit des affaires",  # French
        "Hukuk Fakültesi",  # Turkish
        "Drejtësi",  # Albanian
        "Πτυχίο Νομικής",  # Greek
        "ΝΟΜΙΚΗ ΣΧΟΛΗ",  # Greek, capitals without accents
        "Право",  # Bulgarian, Macedonian
        "Правни науки",  # Macedonian
    ],
    "economics": [
        "Volkswirtschaftslehre",  # German
        "Betriebswirtschaftslehre",  # German
        "Dipl.-Kfm.",  # German
        "BWL",  # German
        "Bedrijfseconomie",  # Dutch
        "Handelswetenschappen",  # Dutch (Belgium)
        "Administración y Dirección de Empresas",  # Spanish
        "Grado en ADE",  # Spanish
        "Contabilidad y Finanzas",  # Spanish
        "Licenciatura em Gestão",  # Portuguese
        "Administração de Empresas",  # Portuguese
        "Economia aziendale",  # Italian
        "Master en Gestion",  # French
        "Sciences de gestion",  # French
        "Comptabilité, contrôle, audit",  # French
        "Administrarea afacerilor",  # Romanian
        "Finanțe și bănci",  # Romanian
        "Zarządzanie",  # Polish
        "Finanse i rachunkowość",  # Polish
        "Účetnictví a finanční řízení",  # Czech
        "Podnikové hospodárstvo",  # Slovak
        "Računovodstvo in revizija",  # Slovenian
        "Poslovna ekonomija",  # Croatian
        "Közgazdaságtan",  # Hungarian
        "Gazdálkodás és menedzsment",  # Hungarian
        "Kauppatieteiden maisteri",  # Finnish
        "Kansantaloustiede",  # Finnish
        "Ärijuhtimine",  # Estonian
        "Uzņēmējdarbības vadība",  # Latvian
        "Verslo vadyba",  # Lithuanian
        "Nationalekonomi",  # Swedish
        "Siviløkonom",  # Norwegian
        "cand.merc.",  # Danish
        "Erhvervsøkonomi",  # Danish
        "Viðskiptafræði",  # Icelandic
        "İşletme",  # Turkish
        "İktisat",  # Turkish
        "Ekonomi dhe Financë",  # Albanian
        "Οικονομικές Επιστήμες",  # Greek
        "Διοίκηση Επιχειρήσεων",  # Greek
        "Икономика",  # Bulgarian
        "Рачуноводство",  # Montenegrin
        "Ekonómia",  # Slovak
        "Diplom-Kaufmann",  # German
        "Közgazdász",  # Hungarian
        "Бизнис администрација",  # Macedonian
        "MSc Management",  # English
        "Accounting and Finance",  # English
    ],
    "political": [
        "Political Science",  # English
        "Sciences politiques",  # French
        "Politikwissenschaft",  # German
        "Politicologie",  # Dutch
        "Internationale relaties",  # Dutch
        "Scienze politiche e relazioni internazionali",  # Italian
        "Ciencias Políticas",  # Spanish
        "Relações Internacionais",  # Portuguese
        "Relații internaționale și studii europene",  # Romanian
        "Stosunki międzynarodowe",  # Polish
        "Mezinárodní vztahy",  # Czech
        "Medzinárodné vzťahy",  # Slovak
        "Mednarodni odnosi",  # Slovenian
        "Međunarodni odnosi",  # Croatian, Montenegrin
        "Nemzetközi tanulmányok",  # Hungarian
        "Valtiotiede",  # Finnish
        "Riigiteadused",  # Estonian
        "Starptautiskās attiecības",  # Latvian
        "Tarptautiniai santykiai",  # Lithuanian
        "Statskundskab",  # Danish
        "cand.scient.pol.",  # Danish
        "Statsvitenskap",  # Norwegian
        "Statsvetenskap",  # Swedish
        "Stjórnmálafræði",  # Icelandic
        "Uluslararası İlişkiler",  # Turkish
        "Marrëdhënie Ndërkombëtare",  # Albanian
        "Διεθνείς Σχέσεις",  # Greek
        "Πολιτική Επιστήμη",  # Greek
        "Международни отношения",  # Bulgarian
        "Политички науки",  # Macedonian
        "Међународни односи",  # Montenegrin
        "Politológia",  # Slovak
        "Freds- og konfliktstudier",  # Norwegian
    ],
    "public administration": [
        "Public Administration",  # English
        "Administration publique",  # French
        "Verwaltungswissenschaft",  # German
        "Bestuurskunde",  # Dutch
        "Administración Pública",  # Spanish
        "Administração Pública",  # Portuguese
        "Administrație publică",  # Romanian
        "Administracja",  # Polish
        "Veřejná správa",  # Czech
        "Verejná správa",  # Slovak
        "Javna uprava",  # Croatian, Slovenian
        "Közigazgatás-szervező",  # Hungarian
        "Hallintotiede",  # Finnish
        "Offentlig forvaltning",  # Danish
        "Kamu Yönetimi",  # Turkish
        "Δημόσια Διοίκηση",  # Greek
        "Публична администрация",  # Bulgarian
        "Јавна управа",  # Montenegrin
        "Administrim Publik",  # Albanian
    ],
    "human resources": [
        "Human Resource Management",  # English
        "Gestion des ressources humaines",  # French
        "Personalmanagement",  # German
        "Personeelswetenschappen",  # Dutch
        "Risorse umane",  # Italian
        "Recursos Humanos",  # Spanish, Portuguese
        "Managementul resurselor umane",  # Romanian
        "Zarządzanie zasobami ludzkimi",  # Polish
        "Personální management",  # Czech
        "Riadenie ľudských zdrojov",  # Slovak
        "Upravljanje ljudskim potencijalima",  # Croatian
        "Emberi erőforrás tanácsadó",  # Hungarian
        "Henkilöstöjohtaminen",  # Finnish
        "Personalijuhtimine",  # Estonian
        "Personalvetenskap",  # Swedish
        "Mannauðsstjórnun",  # Icelandic
        "İnsan Kaynakları Yönetimi",  # Turkish
        "Διοίκηση Ανθρώπινου Δυναμικού",  # Greek
        "Управление на човешките ресурси",  # Bulgarian
    ],
    "military science": [
        "Military Science",  # English
        "Sciences militaires",  # French
        "Militärwissenschaften",  # German
        "Krijgswetenschappen",  # Dutch
        "Scienze strategiche",  # Italian
        "Ciencias Militares",  # Spanish
        "Ciências Militares",  # Portuguese
        "Științe militare",  # Romanian
        "Nauki wojskowe",  # Polish
        "Vojenský management",  # Czech
        "Obramboslovje",  # Slovenian
        "Vojno vođenje i upravljanje",  # Croatian
        "Hadtudomány",  # Hungarian
        "Sotatieteiden maisteri",  # Finnish
        "Militærteori og militære studier",  # Danish
        "Krigsvitenskap",  # Norwegian
        "Krigsvetenskap",  # Swedish
        "Savunma Bilimleri",  # Turkish
        "Στρατιωτικές Επιστήμες",  # Greek
        "Военно дело",  # Bulgarian
        "Војне науке",  # Montenegrin
        "Honvédtiszt",  # Hungarian
    ],
    "medicine": [
        "Medicine",  # English
        "Doctor of Medicine (MBBS)",  # English
        "Médecine",  # French
        "Humanmedizin",  # German
        "Dr. med.",  # German
        "Geneeskunde",  # Dutch
        "Medicina e Chirurgia",  # Italian
        "Licenciatura en Medicina",  # Spanish
        "Mestrado Integrado em Medicina",  # Portuguese
        "Medicină generală",  # Romanian
        "Kierunek lekarski",  # Polish
        "Všeobecné lékařství (MUDr.)",  # Czech
        "Všeobecné lekárstvo",  # Slovak
        "Általános orvos",  # Hungarian
        "Lääketieteen lisensiaatti",  # Finnish
        "Arstiteadus",  # Estonian
        "Medicīna",  # Latvian
        "cand.med.",  # Danish, Norwegian
        "Medisin",  # Norwegian
        "Läkarprogrammet",  # Swedish
        "Læknisfræði",  # Icelandic
        "Tıp Fakültesi",  # Turkish
        "Mjekësi e Përgjithshme",  # Albanian
        "Ιατρική",  # Greek
        "Медицина",  # Bulgarian, Macedonian
    ],
    "nursing": [
        "Nursing",  # English
        "Soins infirmiers",  # French
        "Gesundheits- und Krankenpflege",  # German
        "Pflegewissenschaft",  # German
        "Verpleegkunde",  # Dutch
        "Infermieristica",  # Italian
        "Enfermería",  # Spanish
        "Enfermagem",  # Portuguese
        "Asistență medicală generală",  # Romanian
        "Pielęgniarstwo",  # Polish
        "Ošetřovatelství",  # Czech
        "Ošetrovateľstvo",  # Slovak
        "Zdravstvena nega",  # Slovenian
        "Sestrinstvo",  # Croatian
        "Ápolás és betegellátás",  # Hungarian
        "Hoitotiede",  # Finnish
        "Õendus",  # Estonian
        "Slauga",  # Lithuanian
        "Sygeplejerske",  # Danish
        "Sykepleie",  # Norwegian
        "Sjuksköterskeprogrammet",  # Swedish
        "Hjúkrunarfræði",  # Icelandic
        "Hemşirelik",  # Turkish
        "Infermieri e Përgjithshme",  # Albanian
        "Νοσηλευτική",  # Greek
        "Медицинска сестра",  # Bulgarian, Macedonian
        "Сестринство",  # Montenegrin
    ],
    "public health": [
        "Master of Public Health",  # English
        "Santé publique",  # French
        "Volksgezondheid",  # Dutch
        "Salud Pública",  # Spanish
        "Saúde Pública",  # Portuguese
        "Sănătate publică",  # Romanian
        "Zdrowie publiczne",  # Polish
        "Veřejné zdravotnictví",  # Czech
        "Javno zdravje",  # Slovenian
        "Népegészségügyi",  # Hungarian
        "Kansanterveystiede",  # Finnish
        "Folkesundhedsvidenskab",  # Danish
        "Folkehelsevitenskap",  # Norwegian
        "Folkhälsovetenskap",  # Swedish
        "Halk Sağlığı",  # Turkish
        "Δημόσια Υγεία",  # Greek
        "Обществено здраве",  # Bulgarian
    ],
    "computing": [
        "Computer Science",  # English
        "Artificial Intelligence",  # English
        "Künstliche Intelligenz",  # German
        "Intelligence artificielle",  # French
        "Informatique",  # French
        "Wirtschaftsinformatik",  # German
        "Informatica",  # Dutch, Italian
        "Ingeniería Informática",  # Spanish
        "Tietojenkäsittelytiede",  # Finnish
        "Arvutiteadus",  # Estonian
        "Datorzinātnes",  # Latvian
        "Datalogi",  # Danish
        "Tölvunarfræði",  # Icelandic
        "Računarstvo",  # Croatian
        "Računalništvo in informatika",  # Slovenian
        "Bilgisayar Mühendisliği",  # Turkish
        "Πληροφορική",  # Greek
        "Компютърни науки",  # Bulgarian
    ],
    "electrical": [
        "Electrical Engineering",  # English
        "Elektrotechnik",  # German
        "Engenharia Eletrotécnica",  # Portuguese
        "Ingegneria Elettronica",  # Italian
        "Sähkötekniikka",  # Finnish
        "Villamosmérnök",  # Hungarian
        "Rafmagnsverkfræði",  # Icelandic
        "Ηλεκτρολόγος Μηχανικός",  # Greek
        "Електротехника",  # Macedonian
    ],
    "mechanical": [
        "Mechanical Engineering",  # English
        "Maschinenbau",  # German
        "Konetekniikka",  # Finnish
        "Maskinteknik",  # Swedish
        "Strojarstvo",  # Croatian
        "Strojništvo",  # Slovenian
        "Mecanică",  # Romanian
        "Μηχανολόγος Μηχανικός",  # Greek
        "Машинство",  # Macedonian
    ],
    "civil engineering": [
        "Civil Engineering",  # English
        "Génie civil",  # French
        "Bauingenieurwesen",  # German
        "Civiele techniek",  # Dutch
        "Budownictwo",  # Polish
        "Građevinarstvo",  # Croatian
        "Építőmérnök",  # Hungarian
        "İnşaat Mühendisliği",  # Turkish
        "Πολιτικός Μηχανικός",  # Greek
        "Грађевинарство",  # Montenegrin
        "Ingeniería de Caminos, Canales y Puertos",  # Spanish
    ],
    "psychology": [
        "Psychology",  # English
        "Psihologie",  # Romanian
        "Pszichológia",  # Hungarian
        "Psykologi",  # Danish, Norwegian, Swedish
        "Psühholoogia",  # Estonian
        "Sálfræði",  # Icelandic
        "Psikoloji",  # Turkish
        "Ψυχολογία",  # Greek
        "Психология",  # Bulgarian
        "Psychológia",  # Slovak
    ],
    "sociology": [
        "Sociologie",  # French, Dutch, Romanian, Czech
        "Soziologie",  # German
        "Sosyoloji",  # Turkish
        "Sosiologia",  # Finnish
        "Szociológia",  # Hungarian
        "Félagsfræði",  # Icelandic
        "Κοινωνιολογία",  # Greek
        "Социология",  # Bulgarian
        "Sociológia",  # Slovak
    ],
    "history": [
        "Geschichtswissenschaft",  # German
        "Militärgeschichte",  # German
        "Dějiny a archivnictví",  # Czech
        "Povijest",  # Croatian
        "Zgodovina",  # Slovenian
        "Történelem",  # Hungarian
        "Vēsture",  # Latvian
        "Istorija",  # Lithuanian
        "Istorie",  # Romanian
        "Sagnfræði",  # Icelandic
        "Ιστορία",  # Greek
        "История",  # Bulgarian
    ],
    "mathematics": [
        "Matematika",  # Czech, Slovak, Croatian, Slovenian, Hungarian
        "Matematyka",  # Polish
        "Matemātika",  # Latvian
        "Matematiikka",  # Finnish
        "Matemaatika",  # Estonian
        "Stærðfræði",  # Icelandic
        "Estadística",  # Spanish
        "Μαθηματικά",  # Greek
        "Математика",  # Bulgarian, Macedonian
    ],
    "physics": [
        "Fyzika",  # Czech, Slovak
        "Fizika",  # Croatian, Slovenian, Hungarian, Lithuanian
        "Fysik",  # Danish, Swedish
        "Fizică",  # Romanian
        "Fyysikka",  # Finnish
        "Füüsika",  # Estonian
        "Eðlisfræði",  # Icelandic
        "Φυσική",  # Greek
        "Физика",  # Bulgarian
    ],
    "chemistry": [
        "Kemija",  # Croatian, Slovenian
        "Kémia",  # Hungarian
        "Keemia",  # Estonian
        "Ķīmija",  # Latvian
        "Scheikunde",  # Dutch
        "Kimya",  # Turkish
        "Χημεία",  # Greek
        "Химия",  # Bulgarian
        "Chémia",  # Slovak
        "Hemija",  # Montenegrin
    ],
    "education": [
        "Pädagogik",  # German
        "Sciences de l'éducation",  # French
        "Ciencias de la Educación",  # Spanish
        "Onderwijskunde",  # Dutch
        "Kasvatustiede",  # Finnish
        "Pedagoģija",  # Latvian
        "Edukologija",  # Lithuanian
        "Παιδαγωγικά",  # Greek
        "Педагогика",  # Bulgarian
    ],
    "communication": [
        "Journalistik",  # German, Danish, Swedish
        "Communicatiewetenschap",  # Dutch
        "Scienze della comunicazione",  # Italian
        "Periodismo",  # Spanish
        "Jornalismo",  # Portuguese
        "Dziennikarstwo i komunikacja społeczna",  # Polish
        "Novinarstvo",  # Croatian, Slovenian
        "Viestintätieteet",  # Finnish
        "Gazetecilik",  # Turkish
        "Δημοσιογραφία",  # Greek
        "Журналистика",  # Bulgarian
    ],
    "translation": [
        "Traduction",  # French
        "Übersetzen und Dolmetschen",  # German
        "Prevođenje",  # Croatian
        "Fordító és tolmács",  # Hungarian
        "Tõlkeõpe",  # Estonian
        "Oversættelse",  # Danish
        "Översättning",  # Swedish
        "Μετάφραση",  # Greek
        "Превод",  # Bulgarian
    ],
    "languages": [
        "Lingvistika",  # Czech, Slovenian
        "Nyelvészet",  # Hungarian
        "Kielitiede",  # Finnish
        "Språkvetenskap",  # Swedish
        "Filoloji",  # Turkish
        "Γλωσσολογία",  # Greek
        "Филология",  # Bulgarian
        "Gjuhë dhe Letërsi Angleze",  # Albanian
        "İngiliz Dili ve Edebiyatı",  # Turkish
        "Lettres modernes",  # French
    ],
    "criminology": [
        "Criminology",  # English
        "Kryminologia",  # Polish
        "Kriminologie",  # German, Czech
        "Criminología",  # Spanish
        "Kriminoloji",  # Turkish
        "Εγκληματολογία",  # Greek
    ],
    "social sciences": [
        "Yhteiskuntatieteet",  # Finnish
        "Družbene vede",  # Slovenian
        "Društvene znanosti",  # Croatian
        "Félagsvísindi",  # Icelandic
        "cand.polit.",  # Norwegian: economics, political science or sociology, which a person reads
        "Κοινωνικές Επιστήμες",  # Greek
    ],
    "logistics": [
        "Logistics and Supply Chain Management",  # English
        "Logistique",  # French
        "Logistyka",  # Polish
        "Logisztika",  # Hungarian
        "Loģistika",  # Latvian
        "Lojistik Yönetimi",  # Turkish
        "Εφοδιαστική Αλυσίδα",  # Greek
        "Логистика",  # Bulgarian
    ],
    "geography": [
        "Földrajz",  # Hungarian
        "Maantiede",  # Finnish
        "Coğrafya",  # Turkish
        "Geodezja i kartografia",  # Polish
        "Γεωγραφία",  # Greek
        "География",  # Bulgarian
    ],
}


@pytest.mark.parametrize(
    ("discipline", "field"), [(discipline, field) for discipline, fields in NAMES.items() for field in fields]
)
def test_a_degree_in_its_own_language_is_read_as_its_discipline(discipline, field):
    assert discipline in close_disciplines(field)


# Fields that only share a word, a stem or a compound's part with a discipline: (field, the disciplines it
# is not). They name another field, which a person may still find related through its family.
NOT_NAMES = [
    ("Veterinary Medicine", "medicine"),
    ("Medicina veterinaria", "medicine"),
    ("Zahnmedizin", "medicine"),
    ("Diergeneeskunde", "medicine"),
    ("Médecine dentaire", "medicine"),
    ("Dr. med. dent.", "medicine"),
    ("Ветеринарна медицина", "medicine"),
    ("Κτηνιατρική", "medicine"),
    ("Eläinlääketiede", "medicine"),
    ("Fogorvos", "medicine"),
    ("Orvosi laboratóriumi diagnosztika", "medicine"),
    ("Gestion de l'environnement", "economics"),
    ("Gestão Ambiental", "economics"),
    ("Gestión de Crisis", "economics"),
    ("Crisis Management", "economics"),
    ("Project Management", "economics"),
    ("Administración de Sistemas Informáticos", "economics"),
    ("Landwirtschaft", "economics"),
    ("Forstwirtschaft", "economics"),
    ("Põllumajandus", "economics"),
    ("Mezőgazdasági mérnök", "economics"),
    ("Kotitaloustiede", "economics"),
    ("Λογιστική", "logistics"),
    ("Handelsingenieur", "engineering"),
    ("Ingénieur commercial", "engineering"),
    ("Uluslararası Ticaret", "political"),
    ("Nemzetközi gazdálkodás", "political"),
    ("Mezinárodní obchod", "political"),
    ("Bezpieczeństwo i higiena pracy", "political"),
    ("Πολιτικός Μηχανικός", "political"),
    ("Politie", "political"),
    ("Gerechtigkeit und Ethik", "law"),
    ("Pravopis", "law"),
    ("Οικονομικά", "law"),
    ("Správa informačních systémů", "law"),
    ("Educación Física", "physics"),
    ("Educação Física", "physics"),
    ("Physical Education", "physics"),
    ("Φυσική Αγωγή", "physics"),
    ("Fizik Tedavi ve Rehabilitasyon", "physics"),
    ("Telecomunicazioni", "communication"),
    ("Kommunikationstechnik", "communication"),
    ("Menaxhim Mjedisor", "economics"),
]


@pytest.mark.parametrize(("field", "discipline"), NOT_NAMES)
def test_a_field_that_only_shares_a_word_is_not_the_discipline(field, discipline):
    assert discipline not in close_disciplines(field)


def test_a_neighbour_of_medicine_is_only_of_the_health_family():
    # Dentistry for a notice asking for medicine: plausibly related, which a person assesses, not met.
    assert not close_disciplines("Zahnmedizin") & asked_disciplines("medicine")
    assert families_of("Zahnmedizin") & families_of("medicine")
    assert families_of("Humanmedizin") == families_of("medicine")


def test_health_sciences_hold_medicine_nursing_and_public_health():
    for field in ("Geneeskunde", "Verpleegkunde", "Santé publique"):
        assert close_disciplines(field) & asked_disciplines("health sciences")
    assert asked_disciplines("medicine or nursing") == {"medicine", "nursing"}


def test_a_word_that_names_business_only_as_the_whole_field():
    assert "economics" in close_disciplines("Master of Science in Management")
    assert "economics" in close_disciplines("Menadžment")
    assert "economics" not in close_disciplines("Management of Information Systems")


def degree_status(fields: list[str], written: str) -> str:
    line = f"A university degree in {' or '.join(fields)}"
    vacancy = {
        "title": "Officer",
        "degree": {"level": "university", "fields": fields, "alternatives": [], "fields_required": True},
        "min_years_experience": 0,
        "languages": {"rule": "none", "requirements": [], "stanag": [], "raw": [], "pair": []},
        "nationality_restricted": False,
        "essential": [line],
        "desirable": [],
        "accountabilities": ["Advise the command"],
    }
    # ana, an applicant whose degree is written as the nation that gave it writes it
    ana = {
        "id": "ana", "name": "Ana", "nationality": "Norway",
        "education": [{"level": "master", "field": written, "institution": "A university"}],
        "experience": [], "languages": [{"language": "English", "level": "V"}],
    }  # fmt: skip
    result = score(prepare_vacancy(vacancy), profile_from_import_json(ana), AS_OF)
    return next(e.status for e in result.essentials if e.text == line)


@pytest.mark.parametrize(
    ("fields", "written", "expected"),
    [
        (["law"], "Master i rettsvitenskap", MET),
        (["economics"], "Volkswirtschaftslehre", MET),
        (["business administration"], "Administración y Dirección de Empresas", MET),
        (["human resources management"], "Zarządzanie zasobami ludzkimi", MET),
        (["military science"], "Mestrado em Ciências Militares", MET),
        (["medicine"], "Geneeskunde", MET),
        (["medicine"], "Πτυχίο Ιατρικής", MET),
        (["nursing"], "Sjuksköterskeprogrammet", MET),
        # A neighbour of the field asked is for a person to assess, not met by its shared word.
        (["medicine"], "Zahnmedizin", TO_ASSESS),
        # Civil protection is emergency management under another name, in any member nation's words.
        (["security studies", "emergency management"], "Civil Protection", MET),
        (["emergency management"], "Zarządzanie kryzysowe", MET),
        (["emergency management"], "Bevölkerungsschutz und Katastrophenhilfe", MET),
        # Russian philology is of the area studies' family: related, for a person to assess, never unrelated.
        (["international relations", "area studies"], "Russian philology", TO_ASSESS),
        (["emergency management"], "Business administration", "not_met"),
    ],
)
def test_a_degree_in_its_own_language_meets_the_field_asked(fields, written, expected):
    assert degree_status(fields, written) == expected


def test_veterinary_medicine_is_a_discipline_of_its_own_in_member_nations_words():
    # A Hungarian vet's "Állatorvos (DVM)" is the veterinary medicine a notice asks for, not physician's medicine.
    for field in ("Állatorvos (DVM)", "Dr. med. vet.", "Tierärztin", "Médecine vétérinaire", "BVSc"):
        assert close_disciplines(field) == {"veterinary medicine"}, field
    assert "veterinary medicine" not in close_disciplines("Általános orvos")  # a physician
