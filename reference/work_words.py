"""The work vocabulary of the domain across member nations' languages: a candidate's own word read as the
English words of a notice.

Candidates write their posts in their own languages ("Contrats commerciaux rédigés et négociés", "Externe
Finanzkontrolle", "Rondas e controlo de acessos"); notices are in English. Each line below is one concept of
the work of NATO, defence and public-administration posts (an activity or an object of work): its English
words (the notice's side), then the stems that begin its words in French, German, Dutch, Italian, Spanish,
Portuguese, Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Greek, Croatian, Slovenian,
Lithuanian, Latvian, Estonian, Danish, Norwegian, Swedish, Finnish, Turkish and Albanian, written without
accents (``reference.letters.unaccented``), in their own script for Greek and Bulgarian.

A stem begins a word ("negoci" reads "négociés", "negociação", "negociere"); German, Dutch and Nordic
compounds are read as a chain of stems ("Finanz | kontrolle", "contract|beheer", "Zugangs|kontrolle"), the
English ones included there. ``matching.text`` asks only about a word that is not English and that no word
of the notice already matches, so an English word keeps its English meaning. Pure data and one look-up.

>>> sorted(english_words("negociacao"))
['negotiate', 'negotiation']
>>> sorted(english_words("finanzkontrolle"))
['control', 'controlling', 'finance', 'financial']
"""

from __future__ import annotations

import functools

from .letters import unaccented

# English words | stems of the other languages. A stem is at least MIN_STEM letters.
_GLOSSARY = """
negotiate negotiation | negoci negozi negocj negotier vyjedn rokovan targyal onderhandel verhandl pregovar pogajan derybu sarunas labiraakim forhandl neuvottel muzakere pazarlik negocier преговор διαπραγματ negocjat
draft drafting | redig redact redaz redacc redacci opstell verfass entwerf entwurf sporzadz opracowa vypracov navrh szerkeszt megfogalmaz elabor изготв изработ συνταξ συνταγ izrad sestav rengi sastad koostam udarbejd utarbeid utarbet utform laadi laati hazirla taslak harto
contract contracts contracting | contrat contratt contrato contract kontrakt umow smlouv smluv zmluv szerzod договор συμβασ ugovor pogodb sutart ligum leping sopimu sozlesme sozlesm kontrat
procurement purchasing tendering acquisition | acheteu achat approvision marches publics passation aanbested inkoop beschaff vergabe ausschreib appalt acquist contratacion compras aquisic adquisic zamowien zakup przetarg zamowi nakup zakazk beszerz kozbeszerz achizit licitat обществени поръчк доставк προμηθει διαγωνισμ προμηθ nabav narocil pirkim iepirkum hank riigihank indkob udbud anskaffel innkjop upphandl inkop hankin kilpailutu ihale satin prokurim
audit auditing auditor | audit auditi audyt revis reviz revision verificacao prufung prufer accountant controleur revisor revizor revisjon tilintarkast denetim denetci tarkast auditim одит ελεγκτ ревиз revizij tarkastu
budget budgeting | budget bilanci bilanc presupuest orcament orcamen budzet rozpoct rozpocet koltsegvet buget бюджет προυπολογ proracun biudzet eelarv talousarvio butce buxhet begroting haushalt
accounting accountant bookkeeping | comptab contabil contab boekhoud buchhalt buchfuhr rachunkowosc ksiegow ucetn uctovn konyvel szamvitel contabilitat счетовод λογιστ racunovod racunovodst buhalter gramatved raamatupid regnskab bokfor bokfoer redovisn kirjanpi muhasebe kontabilit
finance financial | financ finanz finanse finanza finanzas financeir financij financn penzugy financiar финанс οικονομικ finans finants rahoitu talou finansal
payroll salary | paie salaire salari loonadministr gehaltsabrechn lohnabrechn lohnbuchh stipend nomina nominas folha de pagamento wynagrodz placow mzdov berszamfejt salariz заплат μισθοδοσ placa placn darbo uzmok algu palga lonn lon palk maas bordro pagav
recruit recruitment selection hiring | recrut recrute reclut seleccion selecao selezion werving wervin rekrut personalauswahl einstell rekrutac rekrutow nabor naborov vyber toborz kivalaszt recrutar recrutare подбор набиран προσληψ στελεχ zaposlja zaposlov atrank atlas personala varbam varbami rekrutter rekryter rekrytoi ise alim
personnel human resources | personnel personale personal personeel personeelszak personalwes kadr personel kadrov ludzk ludske zdroje emberi eroforras resurse човешки ресурс ανθρωπιν ljudski personalo personala personalet henkilost insan kaynak burime njerezore
train training instruct instruction trainer instructor | formateur formatrice enseign instruct ausbild schulung trainer unterweis opleid opleiding instructeur formazion addestr istrutt formacion capacitacion instructor formacao instrutor szkolen szkoli instrukt skolen vycvik vyucov kepzes oktat kikepz instruir pregatir обучен инструкт εκπαιδευ ekpaideu obuk izobraz usposablj mokym apmacib instruktor koolit valjaop uddann undervis opplaer utbild koulut opetu egitim egitmen trajnim
teach teaching teacher lecture lecturer | enseign professeur docent dozent lehrer unterricht vorles leraar onderwijs insegn profesor ensenanz ensino professor nauczyc wykla ucit vyucov vyucuj tanar tanit oktato predar преподав учител διδασκ καθηγητ nastav predava predavanj dėstyt mokytoj pasniedz skolotaj opeta opettaj ogretmen ogretim mesues ligjerat undervis larare forelas
exercise exercises | exercice esercitaz ejercicio exercicio ubung manover oefening cwiczen cvicen gyakorlat hadgyakorlat exercitiu учени ασκησ vjezb vaj pratyb macib oppus ovelse ovels ovning harjoitu tatbikat ushtrim
plan planning planner | planif pianific planeamiento planificacion planeamento planejament planung plannen planning planow planowan planov planovan tervez planific планир σχεδιασ σχεδιο planira planiran nacrtovan planav planosan planeeri planlag planleg planer planera suunnittel planla planifik
analyse analysis analyst analytical | analyt analys analis analiz analiti analitic elemz анализ αναλυσ αναλυτ analitik ανάλυσ analysoi analyys analist
assess assessment evaluate evaluation | evalu valutaz evaluac avaliac beurteil bewert beoordel ocen ocenian posudz hodnot posud ertekel evalua оценк оценя αξιολογ procjen ocenjev vertin novertej hinda hinnang vurder vurdering bedom utvarder arvioi arviointi degerlend vleresim
advise advice adviser advisor consult counsel | conseil consulen consigli consejer asesor asesora aconselh assessor berat berater beratung advis adviseur raadgev doradz doradc porad poradc tanacsad konzult consilier consultan съветн консулт συμβουλ savjet svetoval patar konsult padom noustaj nouand radgiv radgivn neuvo neuvon danisman keshill
liaise liaison | liaison verbindungs schakel laczn styczn styčn kapcsolattart legatur връзк διασυνδ σύνδεσμ yhteys irtibat nderlidh
coordinate coordination coordinator | coordin koordin coordon coordenac coordinac koordyn koordinal coordonat координ συντονισ koordinir usklad koordineer koordiner koordinoi koordine
manage management manager administer administration | gestion gestionn gestao gestor geschaft leitung verwalt beheer beheerd bestuur gestione amministr direccion administr direct zarzadz zarzadza kierow administrac rizen rizeni riaden vezet igazgat iranyit gazdalkod gestiun administra управл ръковод διοικ διαχειρ upravlj rukovod upravljanj vodenj valdym vadov vadib parvald juhtim juhend ledelse ledels forvalt ledning forvaltn johtam hallin yonetim yonetic idare menaxh administrim drejtim
supervise supervision supervisor lead leader leadership | supervis encadr chef diriger direzion responsabile capo jefe jefatura chefe chefia lider leiding leidinggev vorgesetzt fuhrung leiter aufsicht kierown kierowni nadzor przelozon vedouc vedeni veduc felugyel vezeto irany conducer sef ръковод началник надзор επιβλεψ προισταμ voditelj rukovoditelj vodja nadzorn vadovas vadov vaditaj uzraudz juhataj juht leder tilsyn ledar handled esimie johtaja valvo yonetic amir denetle udheheq mbikeqyr
maintain maintenance repair servicing | maintenance entretien reparat manutenz riparaz mantenim reparac manutenc onderhoud reparatie instandhoud wartung instandhalt reparatur konserwac naprawa obslug remont udrzb oprav udrzba karbantart javit intretin repar поддръжк ремонт συντηρησ επισκευ odrzav popravak vzdrzev popravil prieziur apkop hooldus vedligehold reparation vedlikehold underhall huolto korjau kunnossapi bakim onarim mirembajt riparim
inspect inspection inspector | inspect inspektion besichtig inspectie keur ispezion inspeccion inspecao inspekc inspekt ellenorz szemle инспекц проверк επιθεωρ inspekcij pregled patikr parbaud eftersyn inspeksjon tarkastu muayene teftis inspektim
control controlling | controle controll controlo control kontroll kontrol ellenorz контрол ελεγχ nadzor valvon tarkkail
quality assurance | qualite qualita calidad qualidade qualitat kwaliteit jakosc jakosci kvalit minoseg minosegbiztosit calitat качеств ποιοτητ kvalitet kakovost kokyb kvalitat kvaliteed laatu kalite cilesi
logistics logistic supply | logisti logistiq logistik logistyk logisztik logistic approvision ravitail rifornim abastec aprovision suministr bevoorrad versorg nachschub zaopatrz zaopatrzen zasoben ellatas aprovizion логист снабд εφοδιασ логистик opskrb oskrb logist aprupin apgad varustu forsyn forsyning forsorj huolto tedarik ikmal furnizim
stock inventory warehouse storage | stock entrepot magasin inventair magazzin inventar almacen existenc armazem armazen inventari magazijn voorraad lager lagerhalt bestand magazyn zapas inwentar sklad raktar keszlet leltar depozit склад наличност αποθηκ αποθεμ skladist zalih skladisc sandel atsarg noliktav krajum laoseis lagerbeh varasto inventaari depo envanter stok magazin
transport transportation movement movements | verkehr verkeer trafik schienen ferrovi ferroviar eisenbahn spoorweg kolej zeleznic vasut jernbane jarnvag rautatie demiryol hekurudh transport trasport transporte desplazamiento vervoer bewegung verlegung przewoz przemieszcz preprav doprav szallit транспорт превоз μεταφορ μετακινησ prijevoz premjest prevoz pervez pervezim kuljetu siirto nakliye tasima intikal levizj
security | apsaug securit sicurezz seguridad seguranca sicherheit beveiliging veiligheid bezpieczen bezpecn bezpecnost biztonsag securitat сигурност безопасност ασφαλει sigurnost varnost saugum drosib drosum turvalisus sikkerhed sikkerhet sakerhet turvallisuu guvenlik siguri
guard guarding patrol | gardiennage surveill vigil sorveglian vigilanc vigilan ronda bewach wacht bewaking wachtdienst ochron straz patrol ostrah strazn hlidk ostraha orseg orszolg jarorozi paz patrul охран патрул φυλαξ περιπολ φρουρ cuvan zastit varovanj apsauga apsardz valvur vakt bevogt vagt bevakn bevakning vartio vartij partio nobet devriye koruma ruajtj patrull
access control | acces acceso accesso acesso zugang zutritt toegang dostep dostepu pristup pristupu hozzaferes belepteto достъп προσβασ dostop prieig piekluv juurdepaas ligipaas adgang tilgang tilltrade kulunvalvon kulunvalvo pasu erisim hyrj
cctv surveillance camera | videosurveil videosorveglian videovigilan videovigilanc videovigil camerabewak videouberwach kamera monitoring monitorow dohled kamerov megfigyel camera supraveghere видеонаблюд камер καμερ βιντεοεπιτηρ videonadzor kamer vaizdo videonovero kaamer videoovervag videoovervak kameraovervak kameravalvon
intelligence | renseign intelligence informacion inteligencia informacoes aufklar nachrichtendien inlichting wywiad rozpozn zpravodaj spravodaj hirszerz felderit informati разузнав πληροφορι obavjest obavjestaj obvesc zvalgyb izlukosan luure efterretning etterretning underrattels tiedustel istihbarat inteligjenc zbulim
communication communications | communic comunica comunicac kommunik communicatie komunik komunikac kommunikac kommunikacio comunicar комуник επικοινων kommunikatsioon kommunikation kommunikasjon viestin tiedotu iletisim komunikim
public affairs public relations press media | presse stampa prensa imprensa pressestell offentlichkeitsarbeit voorlichting persvoorlicht rzecznik prasow tiskov sajto kommunikacios presa пиар пресата s z sabiedrisk attiecib prese suhtek kommunikasjon mediatjan pressetjan tiedottaj viestinta halkla
social media digital | spolecznosc spoleczn kozossegi sotsiaalmeedi sociaux reseaux sociali sociales sociais sozial sociaal socialne sosyal sosiale sociala sosiaal medier medien medios midia mediji numeri cyfrow digitaal digitalis digitaliz dijital
translate translation translator interpret interpreter interpreting | tradu traduc traduct tradutt interpret interprete dolmetsch ubersetz vertal tolk tlumacz tlumac preklad tlumoc prekladatel forditas fordit tolmacs превод преводач μεταφρασ διερμην prijevod prevod prevajal tolmac vert vertim tulkoj tulk oversatt overset kaant tulkk ceviri cevirmen tercuman perkthim perkthyes
terminology terminologist glossary | terminolog terminologia terminologie glossair glossario glosar woordenlijst glossar szakszo szakszoveg терминолог ορολογ izrazoslov oskussonavara terminologi termino terimbilim terminologji
archive archives records record registry filing | archiv archivi archivo arquivo archief registratur akten archiwum archiwi spisov registrat irattar leveltar arhiv архив деловод αρχει αρχειοθετ pismohran archyv rastved arhiiv asjaajami arkiv journal registrator arkisto kirjaamo arsiv evrak
vetting clearance clearances | poswiadczen sprawdzajac sicherheitsuberpruf sicherheitsbescheid habilitation habilitac veiligheidsonderzoek veiligheidsmachtig proverk previerk credenciac sikkerhedsgodkend sikkerhetsklarer klarering sakerhetsprov turvallisuusselvit sorusturm допуск
classified classification | classifi gerubriceerd eingestuft verschlusssach geheimschutz vertraulich confidentiel riservat clasificad classificad niejawn utajovan utajen minositett clasificat класифицира διαβαθμισμ klasificiran isslaptint gradert hemlig salainen turvaluokit gizli
terrorism extremism radicalisation | terror jihad radicalis radicaliz radikalis radykaliz ekstremis extremis estremis extremism terroris terrorism terroryzm terorism терор τρομοκρατ
helicopter aircraft | hubschraub luftfahrzeug helikopt elicott helicopt smiglow vrtuln vrtul ελικοπτ хеликоптер
document documentation | document dokument documentazione documentacion documentacao dokumentac dokumentum documentat документ τεκμηριωσ εγγραφ dokumentacij dokumentatsioon dokumentation dokumentasjon dokumentat dokumentaat dokumantasyon dokumentacion
legal law lawyer jurist | jurid juridiq giurid giuridic legal legislac juridisch juristi rechts rechtsan jurist advocat avvocat abogad advogad prawn prawnik prawo radca pravn pravnik pravo jogi jogasz jogtanacs ugyved avocat juridic juridi юрид юрист адвокат правн νομικ δικηγορ odvjetnik teisin teisinink advokat oigus juridisk juridik oikeus lakimies hukuk avukat hukukcu avokat ligj
legislation regulation regulations | legislat regleme reglement normativ regolament reglamento regulament wetgev regelgev gesetzgeb vorschrift verordn przepis ustaw legislac predpis jogszabal szabalyoz reglementar законодат наредб νομοθεσ κανονισμ zakonodav propis zakonodaj teises akt normin reglament tiesibu oigusakt lovgivn lovgiv regelver lagstift foreskrift lainsaadan saados mevzuat yonetmelik legjislac rregullore
policy policies | politique politica politic beleid richtlinie leitlinie polityk politik szakpolitik политик πολιτικ politika poliitika politiikka
strategy strategic | strateg strategi strategic стратег στρατηγ stratejik stratejiy strategji
research study studies | recherch ricerc investigac pesquis onderzoek forschung badan badaw vyzkum vyskum kutat cercet изследв ερευν istraziv raziskov tyrim tyrej petniec uuring uurim forskning forskn tutkimu tutkija arastirm kerkim
report reporting | rapport relazion relator informe informes relatorio bericht berichterstatt verslag rapportage sprawozd raport zprava zprav jelentes beszamol доклад отчет αναφορ εκθεσ izvjest izvjesc porocil ataskait zinojum aruand aruandlus rapportering raportoi raportti rapor raporlama raportim
brief briefing briefings | exposes briefing briefings instructie unterricht vortrag odpraw brifing eligazit instruir брифинг ενημερωσ instruktaz orientering tiedotustilaisuu brifim
data database | donnee donnees de dati datos dados datenbank daten gegevens databank dane danych databaz adatbazis adat данни δεδομεν podac podatak podatk podatkov duomen duomenu datu andmebaas andmed database databas tietokanta veritaban te dhenash
software application programming developer | logiciel programmat program programmier softwareentw softwareontwikk programmeur programmaz sviluppat sviluppo programacion desarroll programacao desenvolv oprogramow programow programist programov vyvoj vyvojar szoftver programoz fejleszt programar dezvolt програм софтуер разработ λογισμικ προγραμματισ programir razvoj razvijal programav programuot programmeer tarkvara arendaj programmer udvikl programvar utvikl utveckl ohjelmoi ohjelmist kehittaj yazilim programl gelistir programim zhvill
network networks | reseau reseaux rete reti redes netzwerk netwerk siec sieci siet siete sit halozat retea retele мреж δικτυ mrez omrezj tinkl tikl vork vorgu netvaerk nettverk natverk verkko aglar rrjet
cyber cybersecurity information security | cyber cyberse kyber kiber cibern ciber informationssicher informatiebevei bezpieczen informac kyberbezpec kiberbiztons securitatea киберсиг κυβερνοασφαλ kibernet kibernetsk kiberneti kuberturv kuberturbe kyberturv siber sibern kibern
information technology ict it | informatique informatica informatik informatietechn informatyk informacn informatika informatic информационн технолог πληροφορικ informatick informacin informacij infotehnoloog informasjonsteknologi informationsteknik tietotekniik bilisim bilgi teknoloj
system systems | systeme sistema sistemi sistemas systeem systemen system systemy systemu rendszer sistem система συστημα sustav susteem jarjestelm
engineer engineering | ingenieur ingegner ingenier engenhar engenheir techniker inzynier inzenyr inzinier mernok inginer инженер μηχανικ inzenjer inzenir inzenier insener ingenior ingenjor insinoor muhendis inxhinier
technician technical | technicien tecnico tecnic technik techniker technicus technisch technick technikus muszaki техник τεχνικ tehnicar tehnick tehnik tekniker teknisk tekniik teknikko teknisyen
project projects | projet progett proyect projeto projekt project projektu proiect проект prosjekt projekti proje
programme program | programme programm programa programmi program programu programul програм προγραμμ ohjelma
event events conference conferences seminar | evenement conferenc colloq seminair evento eventi convegn conferenz conferencia congres veranstalt konferenz tagung conferentie bijeenkomst wydarzen konferenc imprez seminar akce podujat rendezveny konferencia eveniment conferint събити конференц εκδηλωσ συνεδρ dogadaj konferencij prireditev renginy pasakum uritus konverents arrangement konferans evenemang konferens tapahtum etkinlik ngjarj
meeting meetings | reunion riunion reuniao vergader sitzung besprech spotkan zebran posiedz schuzk stretnut ertekezlet sedinta reuniun среща заседан συναντησ συνεδριασ sastan sestan susitik sanaksm koosolek moten kokous toplanti takim
medical medicine | medic sanit medecin medizin medisch genees medyc lekar lekarsk orvos orvosi medical медицин лекар ιατρικ ιατρ medicin lijecn zdravni gydytoj arst arstiab medicinsk lakar laak laaketie tibbi doktor hekim mjek mjekesi
pharmacy pharmacist pharmaceutical | pharmac farmac apothek apotheek lekarni lekarn gyogyszer patika аптек фармац φαρμακ ljekarn vaistin aptiek apteek apotek apteekki eczac farmaci
nurse nursing | infirmi infermier enfermer enfermag pflege krankenpfleg verpleeg pielegn zdravotni sest osestrov apolo asistent medical медицинска сестр νοσηλευ medicinska sestr slaug medmasa ode sygeplejer sykepleier sjukskotersk sairaanhoitaj hemsire
health healthcare | sante salute salud saude gesundheit gezondheid zdrowi zdravot egeszseg sanatat здрав υγει zdravst zdravje sveikat veselib tervis sundhed helse halsa terveys saglik shendet
meteorology meteorological weather forecast forecasting | meteorolog previsions temps meteo pronostic prevision weersverwacht wettervorhers prognoz pogod predpoved idojaras elorejel prognoza vremii метеоролог прогноз μετεωρολογ προγνωσ vremensk napoved vreme orų laika ilmaprognoos ilmateade vejrudsigt vaermelding vaderprognos saaennust meteoroloj tahmin parashikim
fuel fuels petroleum petrol | petrol petrole petroli carburant combustib combustible combustivel kraftstoff treibstoff brennstoff brandstof paliw paliv uzemanyag combustibil гориво καυσιμ gorivo kuras degviel kutus drivstoff drivmedel polttoaine yakit karburant lende djeges
infrastructure | infrastruct infrastrutt infraestruct infrastruktur infrastructuur infrastruktura инфраструктур υποδομ infrastruktuur infrastruktuuri altyapi
construction building | construct batiment travaux costruz edilizi construccion construcao bouw bouwkund bau bauwes hochbau budow budowl stavb stavebn stavebni epit epitoipar constructi constructii строител κατασκευ gradevin gradnj gradbenistv statyb buvniec ehitus byggeri bygg byggnad rakennu insaat ndertim
environment environmental | environn ambient ambiental ambiente umwelt milieu srodowisk zivotni prostred zivotne prostredie kornyezet mediu околна среда περιβαλλ okolis okolj aplinko keskkon miljo ymparist cevre mjedis
energy | energ energi energie енерг ενεργει energij energet energia enerji energji
english | anglais inglese ingles englisch engels angielsk anglick angol englez английск αγγλικ engleski anglesk anglu inglise engelsk englanti ingilizce anglisht
french | francais francese frances franzosisch frans francusk francouzsk francuzsk francia francez френск γαλλικ francosk prancuz francu prantsus fransk ranska fransizca frengjisht
german | allemand tedesco aleman alemao duits deutsch niemiec nemeck nemet german немск γερμανικ njemack nemsk vokiec vacu saksa tysk almanca gjermanisht
administrative assistant secretary clerk | secretair secretariat segretari secretari secretar sekretar sekretaria sekretariat sekreter titkar titkarsag секретар γραμματε tajnik tajnic sekretor sihteer
office | bureau ufficio oficina escritorio buro kantoor biuro kancelar iroda birou канцелар офис γραφει pisarn biur birojs kontor toimisto ofis zyre
translate-languages language languages | langue lingu lengua idioma sprache sprachen taal talen jezyk jazyk nyelv limba език γλωσσ jezik kalb valod keel sprog sprak kieli dil gjuh
customer service client support | service client assistenza al atendimento kundendienst kundenbetreu klantenservice gebruikersondersteun obslug zakaznick zakaznik ugyfelszolgalat обслужване на клиент εξυπηρετ aptarn apkalp klienditeen kundeserv kundeservice kundtjanst asiakaspalvel musteri
helpdesk service desk | assistance utilisateur helpdesk servicedesk supportafdel benutzerbetreu ugyfelszolg техническа поддръжка τεχνικη υποστηριξ atbalst kasutajatug brugersupport brukerstott anvandarsupport kayttotuki
support assistance | soutien appui sostegno supporto apoyo suporte apoio unterstutz ondersteun wsparc tamogat sprijin подкреп υποστηριξ parama atbalst tugi stotte stod tuki mbeshtet
operations operational | operation operazion operacion operacao einsatz operationeel operacyj operacn muvelet hadmuvelet operatiun оперативн операц επιχειρησ operacij operatsioon operasjon operatiivi operaatio harekat operasyon
crisis emergency | crise crisi crisis emergenc krisen notfall nood kryzys kryzysow zarzadzanie kryzysowe kriz krizov mimoradn valsag veszhelyzet katasztrofavedelem criza urgent кризис извънредн κρισ εκτακτ krizn hitn izredn ekstrem arkart krise beredskap beredskab kris krisbered kriisi valmius acil emergjenc
civil protection preparedness resilience | protection resilien katastrophenschutz bevolkingsbescherm weerbaar ochran civilna polgari vedelem гражданска защита πολιτικη προστασια zastit zascit sauga aizsardz elanikkonnakaits redningsberedskab samfunnssikkerhet krisberedskap vaesto sivil savunma mbrojtj
defence military armed forces | defense armee militaire difesa militar esercito defensa ejercito fuerzas armadas defesa exercito forcas verteidig bundeswehr streitkraft defensie krijgsmacht militair obron wojsk wojskow armia obrann armad vojensk obran vojsk honvedelm honved katonai aparar armat отбран армия военн αμυν στρατ ενοπλ vojn obramb krasto kariuomen karin aizsardz armij kaitsev kaitsevae sojaveg militaer puolustu sotilas armeij savunma askeri ordu kuvvet mbrojtj ushtri ushtarak
officer | officier ufficial oficial offizier oficer dustojnik tiszt ofiter офицер αξιωματικ casnik castnik karinink virsnie ohvitser officer offiser upseer subay
staff headquarters | etat-major quartier general stato maggiore generale estado mayor cuartel estado-maior quartel-general stab hauptquartier staf hoofdkwartier sztab dowodztw velitelstv torzs parancsnoksag major cartier щаб щаб-квартира επιτελει στρατηγειο stozer zapovjednistv poveljstv stabas stabs staap staabi hovedkvarter hogkvarter esikunta karargah shtab
command commander | command comando mando kommando befehlshab kommandant commandant commandeur dowodz dowodc velit velen parancsnok comand командв командир διοικησ διοικητ zapovjed zapovednik povelj poveljni vadas vadovyb komand komandier juhatus ulem kommandor chef befal komento komentaj komuta komutan komandant
cooperation partnership | cooperat collabor cooperazion cooperacion cooperacao zusammenarb kooperat partnerschaft samenwerk partnerschap wspolprac wspoldzial spolupr spolupra egyuttmuk partnerseg cooperar parteneriat сътрудничеств партньор συνεργασ εταιρικ suradnj partnerstv sodelovanj bendradarb partneryst sadarb partnerib koostoo partnerlus samarbejd partnerskab samarbeid partnerskap samarbete yhteistyo kumppanuu isbirlig ortaklik bashkepunim partneritet
international | internation internazion internacion internacional internationa internationaal miedzynarod mezinarod medzinarod nemzetkoz международ διεθν medunarod mednarod tarptaut starptaut rahvusvahel international internasjonal internationell kansainvalis uluslararasi nderkombetar
budget execution expenditure | depens spese gasto gastos despesa ausgab uitgav wydatk vydaj vydavk kiadas cheltuiel разход δαπαν rashod izdatk islaid izdevum kulud udgift utgift harcama shpenzim
invoice payment | factur fattur paiement pagament pago pagamento rechnung zahlung betaling factuur faktur platnosc platb szamla fizetes фактур плащан τιμολογ πληρωμ racun placanj placil saskait mokejim rekin maksaj maks faktura betalning lasku maksu fatura odeme fature pages
treasury cash | tresor tesorer tesoreria tesouraria schatzamt kasse thesaurie kasa skarbow pokladn penztar trezor каса ковчежн ταμει blagajn kase kassa hazine arke thesar
tax taxation customs | impot fiscal fiscalit impost tributa imposto steuer belasting celn dan ado vam impozit vama данъ мито φορολογ τελων porez carin davk mokesci muit nodok maksu toll skat told skatt tull tulli vergi gumruk tatim dogan
risk risks | risqu rischi riesgo risco risiko risico ryzyk riziko kockazat risc риск κινδυν rizik tveganj riski risk rrezik
compliance | conformit confor cumplimiento conformidade compliance naleving regelkonform zgodnosc soulad sulad megfelel съответств συμμορφ uskladen skladnost atitikt atbilst vastavus overholdelse etterlev efterlev vaatimustenmukaisu uyum pajtueshmeri
governance oversight | gouvernance governance gobernanza governanca bestuur zarzadzani nadzor spravovan riadenie iranyitas guvernant управлен διακυβερν upravljanj valdysen parvaldib juhtimine styring styrning hallinto yonetisim qeverisj
public administration government ministry | administration publique fonction pubblica amministrazione ministero ministerio ministerium bundesministerium overheid ministerie rijksoverheid administracj ministerstw ministerstv miniszterium minister държавна администрация министерств δημοσια διοικηση υπουργει ministarstv uprava ministrstv tarnyb ministerij parvald ministrij haldus ministeer riigiasutus departement julkishallinn yonetim bakanlik administrat ministri
diplomacy embassy | diplomat ambassad diplomaz ambasciat diplomac embajad embaixad diplomatie botschaft ambassade dyplomac ambasad velvyslan diplomacia nagykovetseg diplomati дипломац посолств διπλωματ πρεσβει veleposlanst veleposlanist vestniec diplomaat saatkond diplomatia suurlahetys diplomasi buyukelci diplomaci
weapons armament ammunition | armement arme munition armament armi munizion armas municion armamento munica waffe bewapening wapen munitie uzbrojen bron amunic vyzbroj zbran munice munic fegyver loszer munit въоръжен оръжи боеприпас οπλ πυρομαχ naoruz oruzj strelj orozj strelivo ginkl brunoj relvast laskemoon vaben ammunition vapen ammunisjon ase ampum silah muhimmat armatim
vehicle fleet | vehicul veicol flotta vehiculo flota viatura frota fahrzeug fuhrpark voertuig wagenpark pojazd flot vozid vozov vozidl jarmu gepjarmu превозн средств автопарк οχημ στολο vozil vozn transporto priem autoparka transportlidzek soiduk autopark kotaret flade kjoretoy fordon fordonspark ajoneuv kalusto arac filo automjet flote
aircraft aviation | aeronef avion aviation aeronaut aeromobil aviazion aeronave aviacion aviacao luftfahrt flugzeug luchtvaart vliegtuig lotnict samolot statek powietrzn letectv letadl lietadl repul repulogep aviatie aeronav авиац самолет αεροσκαφ αεροπορ zrakoplov letal aviac orlaiv aviacij lidmasin lennund lennuk luftfart fly flyg ilmailu lentokon havacilik ucak
naval maritime ship | naval maritim marittim navale buque navio marine schiff maritiem schip morsk okret statek namorn lod tengereszet hajo nav военноморск кораб ναυτικ πλοι pomorsk brod ladj jur laiv jurniec kug mereve laev skib skip marin sjofart fartyg merivoima laiva deniz gemi detar anij
communication systems signals radio | transmission radio telecommunic telecomunicaz radiocomun telecomunicac telecomunicacoes fernmeld funk telekommunik verbindingsdienst telecommunicatie lacznosc radiow telekomunik spojovac spojen radiokomunik hirado telecomunicat свързоч радио τηλεπικοινων veze telekomunikac zveze sakaru side raadio sambands samband viestijarjestelm muhabere telekomunikasyon telekomunikim nderlidh
chemical biological radiological nuclear cbrn | kbrn hbrn chimiq nucleair nucleare nuclear abc-abwehr jadrow jadern jadrov nuklear ядрен πυρην nuklearn jedrsk branduolin kimisk kjernefys karnvap kemiallin nukleer berthamor
explosive ordnance demining | explosif deminage esplosiv sminament explosiv desminad desminag sprengstoff kampfmittel explosiev explosieven opruim material wybuchow saper rozmin vybusnin pyrotechn robbano tuzszer exploziv deminare взрив разминир εκρηκτ αποναρκ eksploziv razminir razmin sprogst išmin sprāgst atmin lohkeaine demineer sprangstof ammunitionsrydn eksplosiv mineryd sprangmedel ammunitionsrojn miinanraiva patlayici mayin cminim
geospatial mapping cartography gis | geospatial cartograph geograph geospazial cartograf geoespacial geoinformation kartograph geografisch geo-informatie kartograf geoinform geoinformac terkep geoinformat геопрострaн картограф γεωχωρ χαρτογραφ geoprostor geoerdv geotelp geoinfo kartograaf geodata paikkatie cbs harita hartograf
statistics statistical | statistiq statistic estadistic estatistic statistik statisti statystyk statisztik статистик στατιστικ tilasto istatistik
economics economic | econom economi wirtschaft okonom ekonom kozgazdas gazdasag иконом οικονομ majandu talous ekonomi iktisat
investment capital | investis investiment inversion investition investering inwestyc investic beruhaz investit инвестиц επενδυσ investeer investoin yatirim investim
asset property | patrimoin immobil patrimon patrimonio inmuebl imobil vermogen liegenschaft vastgoed majatek nieruchomosc majet nemovitost nehnutel vagyon ingatlan имуществ имот περιουσ ακινητ imovin nekretnin premozenj nepremicn turt nekilnojam ipasum nekustam kinnisvara ejendom eiendom fastighet kiinteisto omaisuu varlik gayrimenkul pasuri
facilities buildings premises | installations locaux immobil struttur edifici instalacion edificio instalacoes gebaude liegenschaft gebouw faciliteit obiekt budynk zarzadzanie nieruchomosc objekt budov letesitmeny epulet ingatlan cladir facilitat сгради обект κτιρι εγκαταστασ zgrad pastat eka hoone rajatis bygning faciliteter anlegg byggnad lokaler kiinteisto rakennu tesis bina ndertes
medical evacuation first aid rescue | secour sauvetag soccors salvatagg rescat socorr resgat rettung bergung reddin hulpverlen ratown ratow zachran menteses mentes salvar ajutor спасяван първа διασωσ πρωτες βοηθει spasav resevanj gelbejim pirmoji pagalb glabsan pirma palidz paast esmaabi redning forstehjaelp forstehjelp raddning forsta hjalp pelastu ensiapu kurtarma ilk shpetim ndihm e
fire firefighting | incendi pompier vigili fuoco incendio bombero bombeir brandschutz feuerwehr brandweer brandbeveil pozar strazak pozarn tuzolt tuzved пожар пожарн πυροσβεσ πυρκαγ vatrogas gasil gaisr priesgaisr ugunsdzes tuletorje paasteamet brandvaes brannvesen brandforsvar brand palokunta palontorju itfaiye yangin zjarrfik zjarr
police law enforcement | police gendarmer polizi carabinier policia guardia gnr polizei politie marechaussee policj zandarm polici rendor rendorseg politi jandarmer полиц жандарм αστυνομ policij zandarmer polits polis poliisi jandarma xhandarmer
border migration | frontier migrat immigraz frontera migracion fronteir migrac grenz migration grens migratie granic hranic hatar granit гранич миграц συνορ μεταναστ meja robez piiri ranne graense grense migrasjon grans maahanmuut siniri goc kufi migrim
humanitarian aid | humanitair au humanitar humanitari al entwicklungszusammenarb ontwikkelingssamenwerk humanitarn rozwojow rozvojov humanitarius umanitar хуманитарн ανθρωπιστ αναπτυξιακ razvojn vystymo attistib humanitaar arengukoostoo humanitaer udviklingsbistand bistand humanitaarinen kehitysyhteistyo insani kalkinma zhvillim
tourism hospitality catering | tourism hotellerie restaura turism alberghier ristoraz hosteleria restaurac hotelaria tourismus gastronom hotel horeca toerism turystyk hotelars cestovn pohostinstv turizm vendeglat ospitalit туризъм ресторант τουρισμ εστιατορ turizam ugostitelj turizem gostinstv viesbut viesnic toitlust turisme restaurant servering restaurang matkailu ravintol otelcil hoteleri
cleaning housekeeping | nettoyage menage pulizi limpieza limpeza reinigung gebaudereinig schoonmaak sprzatan uklid upratov takaritas curatenie почистван καθαρισμ ciscenj valym uzkopsan koristus rengoring renhold stadning siivous temizlik pastrim
driver driving | chauffeur conducteur autista conduttore conductor chofer motorista condutor fahrer kraftfahrer bestuurder kierowc ridic vodic sofer sofor gepkocsivezeto conducator шофьор водач οδηγ vozac voznik vairuotoj vaditaj autojuht chauffor sjafor forare kuljettaj surucu shofer
mechanic mechanical | mecanic meccanic mechanik monteur kfz-mechanik mechanic szerelo gepesz механик μηχανοτεχν mehanicar mehanik mehaanik mekanik mekaniker mekaanikk mekaanik tamirci
electrical electronics electrician | electric electron elettric elettron eletric eletron elektr elektron villamos villanyszerel elektronik електр ηλεκτρ sahko elektrik
avionics | avioniq avionic avionik avionica avionika авионик αεροηλεκτρον avioonik avionikk avioniikka aviyonik
radar sensor defence | radar capteur defense aerienne difesa aerea defensa defesa luftverteidig flugabwehr luchtverdedig obrona powietrzn radiolokac protivzdusn radiolokator legvedelm aparare aeriana радар противовъздушн αεραμυν ραντ protuzracn protizracn oro gynyb pretgaisa ohutorje luftvaern luftvern luftvarn tutka ilmatorjun savunma mbrojtje ajrore
artificial intelligence machine learning | intelligence artificielle apprentissage automatique intelligenza artificiale apprendimento automatico inteligencia artificial aprendizaje aprendizagem automatica kunstliche intelligenz maschinelles lernen kunstmatige intelligentie sztuczn inteligenc uczenie maszynow umel strojov uceni mesterseges intelligencia gepi tanulas inteligenta artificiala изкуствен интелект τεχνητ νοημοσυν umjetn umetn dirbtin intelekt maksligais tehisintellekt kunstig intelligens artificiell tekoaly makine ogrenme yapay zeka inteligjenc
cloud virtualisation | nuage infonuagique cloud virtualis virtualizz nube virtualizac nuvem virtualisier chmur wirtualiz virtualiz felho облак виртуализ υπολογιστικ νεφ oblak debes makon pilv virtualiseer sky virtualiser moln pilvi virtualisoin bulut sanallastir re kompjuterik
telecommunications satellite | telecommun satellit telecomunicaz telecomunicac satelit telekommunik telecommunic satelliet telekomunik druzic tavkozles muhold telecomunicat телекомуник спътник τηλεπικοιν δορυφορ palydov satelliit satellitt tietoliikente telekomunikasyon uydu
administration administrative | administratif administrativ amministrativ administrativo verwaltungs administratief administracyj administrativn adminisztrat административн διοικητικ administracin administratiiv hallinnolli idari
correspondence mail | courrier correspond corrispond correspondencia schriftverkehr korrespondenz correspondentie korespondenc levelez corespondent кореспонд αλληλογραφ kirjavahetus korrespondance korrespondanse korrespondens kirjeenvaihto yazisma korrespondenc
scheduling calendar agenda | calendri planning agenda calendari calendario termin terminplan agendabeheer harmonogram terminarz kalendar naptar ütemez calendar график календар προγραμματισμ ημερολογ raspored urnik koledar tvarkarast kalendor ajakava kalender tidsplan aikataulu kalenteri takvim ajanda
travel mission | deplacement voyage trasfert viagg viaje viagem dienstreis reisen podroz delegac sluzebni sluzobn kikuldetes utazas calatori командировк пътуван ταξιδι sluzben put putovanj sluzbena pot potovanj komandiruot kelion komandejum celojum lahetus tjenesterejse rejse tjenestereise reise tjansteres resa virkamatka matka gorevlendir seyahat udhetim
protocol ceremony visits | protocol ceremoni cerimoni protocolo protokoll zeremon ceremonie protokol ceremon unnepseg протокол церемон πρωτοκολλ τελετ tseremoon seremoni protokolla toren
quality management iso standards | norme normalis norma normazion norm normalizac normaliz normung normalisatie szabvany standard стандарт προτυπ normizac standart standardi standarti
test testing validation verification | essai teste test collaud prueba ensayo validac verificac ensaio prufung erprob validier verifizier testen keuring validatie verificatie testow badan walidac weryfikac testov zkousk overov skusk teszt vizsgal validal ellenorz testare validar verificar тестван изпитван валидир проверк δοκιμ επικυρωσ επαληθευσ testiran ispitiv provjer preizkus preverj testav bandym validav patikr testesan parbaud validesan testimi katse valideer testning afprovn validering verifikation testing utproving provning verifiering testau testaus validoin varmenn dogrula verifikim validim
design development | conception concevoir progettaz sviluppo diseno desarrollo concepcion desenvolvimento konzeption entwickl gestalt ontwerp ontwikkel projektow navrh vyvoj tervez fejleszt dezvolt проектир разработ σχεδιασ αναπτυξ projektiran razvoj nacrtovan projektav kurim izstrad projekt arendus udform udvikl utform utvikl utveckl suunnittel kehittam tasarim gelistir projektim zhvillim
implement implementation execution delivery | en oeuvre execution attuaz realizzaz implementaz ejecucion implementac implantac execucao implementacao umsetz durchfuhr implementier uitvoer implementatie wdroz realizac wdrazan zavad megvalosit vegrehajt implementa executa внедряв изпълн υλοποι εκτελεσ provedb izvedb igyvendin vykd istenosan ieviesan rakend elluviim gennemfor implementer gjennomfor genomfor toteut taytantoon uygula hayata gecir zbatim implementim
monitor monitoring follow-up | suivi surveill monitorag monitoragg seguimiento monitoreo acompanhament monitorizac uberwach monitoring beobacht opvolg monitor bewak monitorow monitorowan nadzor sledovan monitorov monitoroz nyomon monitoriz urmarire мониторинг наблюдени παρακολουθ pracenj spremljanj stebesen uzraudz seire jalgim overvag opfolgn overvak oppfolg uppfoljn seuran valvon izleme takip monitorim ndjekj
organise organisation organiser | organis organizz organiz organisier organisat organiseer organisatie organizow organizac organizov szervez организ οργανωσ διοργαν organizir organizav organize korralda organiser jarjest organizim
communication writing editing publication | redaction edition publicat redazion edizion pubblicaz redaccion edicion publicac redacao edicao redaktion lektorat veroffentlich publikat redactie publicatie redakc publikac wydawnic vydavat szerkeszt kiadvany redactare editare редакт публикац εκδοσ δημοσιευσ uredivanj uredni objav redagav toimeta valjaann redigering publikation publikasjon publicering toimitta julkais julkaisu editor yayin redaktim botim
website web content | internet webseit internetauftritt website webredact tresc weboldal уебсайт ιστοσελιδ ιστοτοπ timekl veebileh hjemmeside nettside webbplats verkkosivu
campaign outreach engagement | campagn sensibilis campagna sensibilizzaz campana divulgac campanha kampagn offentlichkeitsarb campagne voorlichting kampani kampan kampany kampanie campanie кампани εκστρατει kampanj kampanij kampaani kampagne kampanje kampanja kampanya fushat
photography video multimedia | photograph video multimed fotograf wideo fenykep фотограф видео мултимед φωτογραφ βιντεο πολυμεσ vaizdo fotograaf multimeed valokuva
education academic university course | enseignement academ universit cours formation insegnament accadem corso educac universid curso ensino bildung akadem universitat hochschul lehrgang onderwijs universiteit cursus edukac uniwersytet uczeln kurs vzdelav univerzit kurz oktatas egyetem tanfolyam educat curs образован академ университет курс εκπαιδευσ ακαδημ πανεπιστημ obrazovanj sveucilist tecaj izobrazev univerz svietim universitet izglitib haridus akadeem ulikool kursus uddannelse utdanning utbildning koulutus akateem yliopisto kurssi egitim universite arsim
doctrine lessons learned concept development | doctrin enseignements tires retour d'experience dottrin lezioni apprese lecciones aprendidas doutrin licoes doktrin lessons learned erfahrungsauswert doctrine lessen geleerd doktryn wnioski doswiadcz poucen doktrina tapasztalat lectii invatate доктрин поуки δογμ διδαγματ naucen pamok maciba doktriin oppetund erfaring erfarenhet opitu ders mesim
resources | ressourc risors recurs ressourcen middelen zasob zdroj eroforras resurs ресурс πορων πορους resurs viri isteklius istekl resurs ressurs ressourc ressurs resurs resurssi kaynak burim
director directorate | directeur directric direttor director diretor direktor dyrektor reditel riaditel igazgato директор διευθυντ ravnatelj direktor direktor direktor direktor johtaja mudur drejtor
team teams | equipe squadr equipo equipa mannschaft zespol csapat echipa екип ομαδ ekipa komand meeskond tiimi drejtues
deputy | adjoint vicedirett sostitut subdirector adjunto stellvertret plaatsvervang zastepc zastup helyettes adjunct заместник αναπληρωτ zamjenik namestnik pavaduotoj vietniek asetaitja stedfortraed stedfortreder stallforetradar yardimci zevendes
procedure procedures process processes | procedur procedim procediment proces verfahren werkwijz procedura postup eljaras процедур διαδικασ postupak postopek procedur procedur protsess menettely prosedur procedur
occupational safety health and safety | arbeitsschutz arbeitssicherheit arbo bezpieczenstwo i higiena bozp munkavedelem tyoturvallisuu isg sicurezza sul lavoro seguridad laboral seguranca no trabalho securitate in munca безопасност на труда ασφαλεια εργασ zastita na radu varnost in zdravje darbuotoj sauga darba aizsardz tooohutus arbejdsmiljo arbeidsmiljo arbetsmiljo
grant grants subsidy | subvention sovvenzion subvencion subsidi zuschuss zuwendung subsidie dotac grant tamogatas granturi субсид επιχορηγ potpor subvencij subsidij subsidij toetus tilskud tilskudd bidrag avustu hibe grante
speech speeches | discours discors discurso toespraak przemowien projev prejav beszed discurs реч ομιλι govor govor kalb runa taler taler tal puhe konusma fjalim
minutes | proces-verbal verbal acta actas notulen protokoll protokol zapisnik jegyzokonyv протокол πρακτικ zapisnik zapisnik protokol protokol protokoll referat poytakirja tutanak procesverbal
accommodation housing | hebergement logement alloggi alojamiento alojamento unterkunft unterbring huisvesting zakwaterowan ubytovan szallas cazare настаняван στεγασ smjestaj nastanitev apgyvendin izmitin majutus indkvarter innkvarter inkvarter majoitu konaklama akomodim
simulation modelling | simulat simulaz simulac modelis modellaz modelizac modellier modelleer modelow modelov modellez modelar моделир προσομοιωσ modeliran modelir modeliav modelesan modelleer modeller modeller modeller mallinn modelleme modelim
external | externe estern extern zewnetrzn vnejsi kulso външ εξωτερ vanjsk zunanj isorin arej valis ekstern ulkoinen harici jashtem
internal | interne intern wewnetrzn vnitrni belso вътреш εσωτερ unutarnj notranj vidaus iekse sisemi sisaine dahili brendshem
joint combined | interarme interforz conjunt streitkraftegemeinsam polaczon spolecne spolocne osszhader interarme съвместн διακλαδικ zdruzen zdruzen jungtin apvienot uhend faelles felles gemensam yhteis musterek perbashket
airworthiness | navigabilit aeronavegabil aeronavigabil lufttuchtig luchtwaardig zdatnosc letov zpusobil letov sposobil legialkalmas navigabilitat летателна годност αξιοπλοι plovidben plovnost tinkamum lidotspej lennukolblik luftdygtig luftdyktig luftvardig lentokelpoi ucusa elverisli
detection | detec detecc detekc detekt deteksiyon tespit zbulim
incident response | incident incidente vorfall incydent reakcj reakc respuesta reponse risposta resposta incidens инцидент περιστατικ intsident haendelse hendelse handelse hairio olay
supplier vendor | leverandor fournisseur fornitor proveedor fornecedor lieferant leverancier dostawc dodavatel szallito furnizor доставчик προμηθευτ dobavljac dobavitelj tiekej piegadataj tarnija leverantor toimittaj tedarikci furnitor
capability defence planning force planning | capacit capabilit capacid capacidade fahigkeit vermogen capabiliteit zdolnosc schopnost spolocnost kepesseg способност δυνατοτητ sposobnost zmogljivost gebejim spej voime kapabilitet kapasitet formaga suorituskyk yetenek kabiliet
"""

MIN_STEM = 4
# A stem of a compound's first word may be followed by a linking letter before the next ("Zugangs|kontrolle",
# "Personals|auswahl"); a stem short enough to begin unrelated words needs its word to end soon after it.
_LINKS = ("", "s", "e", "o", "i", "a", "-")
_SHORT_STEM = 6
_SHORT_REST = 6
_VOWELS = "aeiouy"
# Letters that ``unaccented`` keeps (they are letters of their own, not accented ones), written as the table
# writes them: "tłumacz", "øvelse", "sözleşme"/"satın", "Prüfung"/"Straße".
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ß": "ss", "ı": "i", "ŀ": "l"})


def _read() -> tuple[dict[str, frozenset[int]], dict[str, frozenset[int]], tuple[tuple[str, ...], ...]]:
    """(foreign stem -> concepts, English stem -> concepts, each concept's English words)."""
    foreign: dict[str, set[int]] = {}
    english: dict[str, set[int]] = {}
    words = []
    for number, line in enumerate(filter(None, map(str.strip, _GLOSSARY.splitlines()))):
        own, _, others = line.partition("|")
        own_words = tuple(word for word in own.split() if "-" not in word or word == "follow-up")
        words.append(own_words)
        for word in own_words:
            if len(word) >= MIN_STEM:
                english.setdefault(word, set()).add(number)
        for stem in unaccented(others.casefold()).split():
            # A stem written as a whole word ("apsauga", "ochrona") begins its other cases without its last
            # vowel ("apsaugos", "ochrony").
            for form in {
                stem,
                stem.rstrip(_VOWELS) if len(stem.rstrip(_VOWELS)) >= _SHORT_STEM - 1 else stem,
            }:
                if len(form) >= MIN_STEM:
                    foreign.setdefault(form, set()).add(number)
    return (
        # A stem that is an English word of the glossary is read as English ("audit", "contract").
        {stem: frozenset(found) for stem, found in foreign.items() if stem not in english},
        {stem: frozenset(found) for stem, found in english.items()},
        tuple(words),
    )


_FOREIGN, _ENGLISH, _WORDS = _read()
_LONGEST = max(map(len, [*_FOREIGN, *_ENGLISH]))


def _longest_stem(word: str, start: int) -> tuple[int, frozenset[int], bool] | None:
    """The longest stem of the glossary that begins ``word[start:]``: (its end, its concepts, whether it is
    of another language than English)."""
    for end in range(min(len(word), start + _LONGEST), start + MIN_STEM - 1, -1):
        piece = word[start:end]
        found = _FOREIGN.get(piece)
        if found is not None:
            return end, found, True
        found = _ENGLISH.get(piece)
        if found is not None:
            return end, found, False
    return None


@functools.lru_cache(maxsize=100_000)
def concepts_of(word: str) -> frozenset[int]:
    """The concepts a word of another language stands for: its stems in a chain, the last one followed by an
    inflection or an unknown part, or one of them not English ("contractbeheer"; "contractmanagement" is
    English words, left to the notice's own matching). None when no stem begins the word."""
    found: set[int] = set()
    foreign = inflected = False
    start = 0
    while True:
        stem = _longest_stem(word, start)
        if stem is None:
            break
        end, concepts, of_other_language = stem
        following = next(
            (
                end + len(link)
                for link in _LINKS
                if word.startswith(link, end) and _longest_stem(word, end + len(link))
            ),
            None,
        )
        if following is None:
            rest = len(word) - end
            if end - start < _SHORT_STEM and rest > _SHORT_REST:
                break  # a short stem beginning an unrelated word ("kurs" in "kursivschrift")
            found |= concepts
            foreign = foreign or of_other_language
            # An English stem inflected otherwise ("auditoria") is of another language; not a short one
            # ("planta" is no plan).
            inflected = rest > 0 and end - start > MIN_STEM
            break
        found |= concepts
        foreign = foreign or of_other_language
        start = following
    return frozenset(found) if foreign or inflected else frozenset()


def english_words_of(concept: int) -> tuple[str, ...]:
    """A concept's English words."""
    return _WORDS[concept]


def english_words(word: str) -> frozenset[str]:
    """The English words (of the glossary) a case-folded, unaccented word of another language stands for."""
    return frozenset(
        english for concept in concepts_of(word.translate(_LETTERS)) for english in _WORDS[concept]
    )
