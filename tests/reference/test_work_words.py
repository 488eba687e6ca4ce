"""The work vocabulary across member nations' languages (`reference.work_words`): its table and its reading
of a word as a chain of stems. Pure."""

from reference import work_words
from reference.work_words import MIN_STEM, concepts_of, english_words


def test_every_concept_has_english_words_and_every_stem_is_long_enough():
    assert len(work_words._WORDS) >= 140
    assert all(work_words._WORDS)
    assert min(map(len, work_words._FOREIGN)) >= MIN_STEM


def test_a_stem_reads_its_inflections_in_each_language():
    for word in ("auditoria", "audytu", "revizija", "tilintarkastaja", "denetim"):
        assert "audit" in english_words(word), word
    for word in ("logistika", "logisztika", "logistiikka", "λογιστικη"):
        assert english_words(word), word


def test_a_word_of_only_english_stems_is_not_read():
    # English words and their compounds are the notice's own words; the glossary reads other languages only.
    assert concepts_of("contractmanagement") == frozenset()
    assert concepts_of("budgetplanning") == frozenset()


def test_a_short_stem_needs_its_word_to_end_soon_after_it():
    assert english_words("kurs") and not english_words("kursivschrift")


def test_classified_material_vetting_and_social_media_are_read_in_member_nations_words():
    for word in ("gerubriceerde", "eingestufte", "niejawnych", "utajovane", "gradert", "hemliga"):
        assert "classified" in english_words(word), word
    for word in ("poswiadczenia", "sicherheitsuberprufung", "sikkerhetsklarering", "turvallisuusselvitys"):
        assert "vetting" in english_words(word), word
    for word in ("sosiale", "medier", "numerique", "cyfrowej", "spolecznosciowych"):
        assert "social" in english_words(word) or "digital" in english_words(word), word
    for word in ("hubschrauber", "helikopteren", "elicotteri"):
        assert {"helicopter", "aircraft"} <= english_words(word), word
    for word in ("verkehrsministerium", "trafikverket", "ferroviaria", "jernbaneverket"):
        assert "transport" in english_words(word), word


def test_words_that_only_begin_like_a_security_term_are_not_read_as_one():
    # "Nulla osta" is two words, each of which means something else alone; "certificat" is any certificate.
    for word in ("nulla", "osta", "certificat", "salaire"):
        assert "vetting" not in english_words(word) and "classified" not in english_words(word), word
