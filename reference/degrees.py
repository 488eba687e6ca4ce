"""Degree names as CVs write them, in the member nations' systems, with the level each one is.

Plain data for the CV reader: (level, words read in any case, abbreviations read as written), highest
level first, so that "Master of Military Studies" is a master's and a "Doctor of Philosophy" a doctorate.
A Québec or French "baccalauréat" is a school-leaving diploma in France and Belgium but a bachelor's
degree at a Québec university: the CV reader decides by the institution (``UNIVERSITY_WORDS``).
"""

from __future__ import annotations

DEGREE_NAMES: tuple[tuple[str, str, str], ...] = (
    (
        "doctorate",
        r"doktor(?:ica)? znanosti|doktor nauk|doctorate|doctoral degree|doctor of [a-z]+|doctorat|doktorat|doutoramento|doutorado|doctorado"
        r"|dottorato(?: di ricerca)?|promotion \(dr\. ?[a-z]+\.?\)|doktor(?:grad|at)?|doktora|tohtori"
        r"|philosophiae doctor|dr\.? inż\.?|candidate of sciences|доктор|διδακτορικό"
        r"|doktori fokozat|daktaras|doktorikraad|filosofie doktorsexamen|tohtorin tutkinto",
        r"Ph\.?\s?D\.?|DPhil|D\.Phil\.|Dr\. ?(?:phil|rer|jur|iur|med|oec)\.?|CSc\.|DrSc\.",
    ),
    (
        "master",
        r"master (?:shkencor|profesional)|magistrica znanosti|magist(?:er|ar|ra) (?:znanosti|nauka)|(?<!scrum )(?<!quarter)(?<!head)(?<!jump)(?<!jump )(?<!post)(?<!pay)(?<!harbour )(?<!harbor )(?<!web)(?<!band)(?<!drill )(?<!grand )(?<!station )(?<!certified )master(?!\s?class|\s+(?:sergeant|chief|trainer|gunner|diver|mariner|plan|data|file|copy|parachutist|rigger|badge|craftsman|chef|key|mechanic|electrician|instructor|navigator|aviator|pilot|driver|marksman|sniper|of ceremonies|'s licen[cs]e|licen[cs]e))"
        r"['’]?s?(?: degree)?(?: [12](?!\d))?(?: universitaire)?|maîtrise|magister(?: artium)?"
        r"|máster(?: universitario| oficial)?|mestrado(?: integrado)?"
        r"|laurea (?:magistrale|specialistica)|diplom-[a-zäöüß]+(?!\s?\(fh\))"
        r"|mgr(?! inż)|diplôme d'ingénieur|engineering diploma|magisterium|magistr|mag\. ?[a-z]+\."
        r"|mgr\.? inż\.?|magisterexamen|masterexamen|civilingenjör(?:sexamen)?|maisteri|diplomi-insinööri"
        r"|maģistrs|magistras|magistar|magistrs|yüksek lisans|candidatus (?!magisterii)[a-z]+"
        r"|staatsexamen|second-cycle degree|cand\.(?! ?mag\.)(?: ?[a-z]+\.)+|magistrica|magistra|magistar struke|magisterij"
        r"|магистър|магистер|магистр|μεταπτυχιακό(?: δίπλωμα)?|magistrikraad|magistrantūra|magistro laipsnis|maģistra grāds"
        r"|mesterképzés|mesterfokozat|doctoraal(?: examen)?|diplomă de master"
        # The Nordic "-grad" (degree) words: Norwegian and Danish "mastergrad", Danish "kandidatgrad".
        r"|mastergrad(?:en)?|kandidatgrad(?:en)?"
        # Swedish professional degrees of the second cycle ("Juristexamen (jur.kand.)", "Civilekonomexamen").
        r"|juristexamen|jur\. ?kand\.?|civilekonomexamen|läkarexamen|psykologexamen|arkitektexamen|apotekarexamen"
        # The Bologna process's second cycle, as the nations that name degrees by it write it ("2. bolonjska
        # stopnja", "studia II stopnia", "drugi ciklus", "antroji pakopa", "second Bologna cycle"). Not a
        # French "deuxième cycle" nor a Czech "2. stupeň", which also name other things than a degree.
        r"|(?:2\.|2nd|second|druga|drugi|drugiego|ii|antroji) ?(?:bolonjska |bolonjski |bologna )?"
        r"(?:stopnja|stopnje|stopnia|stupanj|stupnja|pakopa|ciklus|cikel)|(?:2nd|second) bologna cycle",
        r"M\.?Sc\.?|M\.A\.|MA|M\.S\.|MBA|LL\.?M\.?|MPhil|MPA|MEng|MRes|DEA|DESS|Dipl\.-(?:Ing|Kfm|Vw|Inform|Kffr|Pol|Math|Phys|Volksw)\.?"
        r"|Ing\.|Mgr\.|drs\.|M\.B\.A\.|M\.P\.A\.|M\.Eng\.|M\.Phil\.|M\.Litt\.|MLitt|MSt|M\.St\.|MSSc|MIA"
        r"|MPP|M\.P\.P\.|MALD|MSSI|mag\. ?ing\.?|univ\. ?mag\.?|ir\.",
    ),
    (
        "bachelor",
        r"bachelor['’]?s?(?: degree)?|(?<!driving )(?<!pilot's )(?<!pilot )licence(?! to)|licenciatura"
        r"|licenciado|licenciada|laurea(?: triennale)?|licencjat|licen[țt][ăa]|bachelier|ptychio[n]?"
        r"|baccalaureus|grado en|grado(?=\s*[,(·]|\s*$)|graduad[oa] en|inż\.|inżynier|kandidatexamen|kandidaatti|bakalaureus"
        r"|bakalaurs|bakalauras|bakalář|bakalár|prvostupni(?:k|ca)|lisans|first-cycle degree|бакалавър|бакалавр"
        r"|πτυχίο|bakalaureusekraad|bakalauro laipsnis|bakalaura grāds|alapképzés|alapfokozat"
        r"|diplomirani|diplomirana|diplomă de licență|diploma de licenta|дипломиран[аи]?"
        # Swedish professional degrees of the first cycle.
        r"|officersexamen|socionomexamen|sjuksköterskeexamen|bachelorgrad(?:en)?"
        # The Bologna process's first cycle (as the second, above).
        r"|(?:1\.|1st|first|prva|prvi|pierwszego|i|pirmoji) ?(?:bolonjska |bolonjski |bologna )?"
        r"(?:stopnja|stopnje|stopnia|stupanj|stupnja|pakopa|ciklus|cikel)|(?:1st|first) bologna cycle"
        # A German Diplom of a university of applied sciences is a bachelor's; Norway's cand.mag. too.
        r"|diplom-[a-zäöüß]+\s?\(fh\)|cand\. ?mag\.|candidatus magisterii|lic\.",
        r"B\.?Sc\.?|B\.A\.|BA|B\.S\.|BEng|B\.Eng\.|LL\.?B\.?|BBA|B\.B\.A\.|Bc\.|BSSc|B\.Sc\.|univ\. ?bacc\.?",
    ),
    (
        "secondary",
        r"baccalaur[ée]at|a[- ]levels?|high school|secondary (?:school|education)|abitur|matura|maturità"
        r"|maturita|maturitní zkouška|maturitná skúška|matúra|bachillerato|cess|diplôme de fin d'études secondaires"
        r"|allgemeine hochschulreife|studentexamen|ylioppilastutkinto|érettségi|bacalaureat|lise diploması"
        r"|ensino secundário|diploma di maturità|voortgezet onderwijs|vwo|havo|atheneum|diploma de bacalaureat"
        r"|diplomă de bacalaureat|gimnazija|lycée diploma|lisesi|videregående skole|videregående opplæring"
        r"|upper secondary(?: school| education)?|apolytirio|απολυτήριο|gymnasieexamen|studentereksamen"
        r"|средно образование|диплома за средно|државна матура|državna matura|svjedodžba o (?:državnoj )?maturi"
        r"|matura shtetërore|keskharidus|gümnaasium|vidurinis išsilavinimas|brandos atestatas"
        r"|vidējā izglītība|srednja škola|srednja šola|gimnazjum|liceum|świadectwo dojrzałości"
        # Danish upper-secondary exams ("Student (stx)"), the Icelandic stúdentspróf.
        r"|student \((?:stx|hhx|htx|hf)\)|stúdentspróf",
        r"",
    ),
)

# "Master of Arts in X": the words between a degree's name and its field that name the degree further.
DEGREE_KINDS = (
    r"arts|science|sciences|business administration|laws|engineering|philosophy|public administration"
    r"|fine arts|education|research|studies"
)

# A "baccalauréat" awarded by one of these is a university bachelor's (Québec).
UNIVERSITY_WORDS = r"universit[éey]|université"
