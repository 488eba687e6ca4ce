"""Periods in the orders and words of the member nations' date formats (issue 15, cv15e), read through
``read_cv`` as an upload is, on small CVs written for the test: year-first dates with CLDR's literal words
(Latvian "gada", Lithuanian "m." and "d.", Hungarian dots), a year's CLDR ending ("2019.", "2019 г."), and an
open end in CLDR's words for "today" and "now", alone or after a preposition. Estonian, Icelandic and Bulgarian
periods were in no corpus: they show that the reading comes from the library data, not from lists."""

from __future__ import annotations

from candidates.cv import read_cv


def _dates(text: str) -> list[tuple[str, str | None]]:
    proposal = read_cv(text.encode(), filename="cv.txt")
    return [(e.start, e.end) for e in proposal.experience]


def test_latvian_year_gada_month_and_today():
    cv = (
        "Anna Bērziņa\nanna.berzina@example.lv\n\nDarba pieredze\n"
        "2020. gada marta – šodien\nVecākā referente, Aizsardzības ministrija\n"
        "2015. gada 1. septembris – 2020. gada 29. februāris\nPētniece, Latvijas Ārpolitikas institūts\n"
    )
    assert _dates(cv) == [("2020-03", None), ("2015-09", "2020-02")]


def test_lithuanian_year_m_month_day_d_and_until_now():
    cv = (
        "Rūta Petrauskienė\nruta@example.lt\n\nDARBO PATIRTIS\n"
        "2019 m. rugsėjo – iki dabar\nVyriausioji specialistė, Krašto apsaugos ministerija\n"
        "2014 m. spalio 1 d. – 2019 m. rugpjūčio 31 d.\nProjektų vadovė, AB Lietuvos geležinkeliai\n"
    )
    assert _dates(cv) == [("2019-09", None), ("2014-10", "2019-08")]


def test_hungarian_year_first_with_from_and_until_endings():
    cv = (
        "Szabó Gergely\ngergely.szabo@example.hu\n\nSzakmai tapasztalat\n"
        "2021. augusztus 1-től\nosztályvezető-helyettes, Magyar Honvédség Parancsnoksága\n"
        "2017. 08. 01. – 2021. 07. 31.\ntörzstiszt, MH 5. Bocskai István Lövészdandár\n"
    )
    assert _dates(cv) == [("2021-08", None), ("2017-08", "2021-07")]


def test_montenegrin_year_with_its_dot_and_danas():
    cv = (
        "Milica Vujović\nmilica@example.me\n\nRadno iskustvo\n"
        "sept. 2019. – danas\nSavjetnica za odbrambenu politiku, Ministarstvo odbrane Crne Gore\n"
        "mart 2015. – avg. 2019.\nIstraživačica, Atlantski savez Crne Gore\n"
    )
    assert _dates(cv) == [("2019-09", None), ("2015-03", "2019-08")]


def test_macedonian_cyrillic_od_do_denes():
    cv = (
        "Марија Трајковска\nmarija@example.mk\n\nРаботно искуство\n"
        "од 2019 до денес — Советник, Министерство за одбрана\n"
        "2013 – 2018 — Соработник, Министерство за надворешни работи\n"
    )
    assert _dates(cv) == [("2019-01", None), ("2013-01", "2018-12")]


def test_estonian_today_from_cldr():
    # "täna" (today) and "nüüd" (now) are in no hand list: CLDR's relative fields give them.
    cv = (
        "Kadri Tamm\nkadri.tamm@example.ee\n\nTöökogemus\n"
        "03.2020 – täna\nNõunik, Kaitseministeerium\n"
        "09.2015 – nüüd\nAnalüütik, Rahvusvahelise Kaitseuuringute Keskus\n"
    )
    assert _dates(cv) == [("2020-03", None), ("2015-09", None)]


def test_icelandic_now_and_bulgarian_year_ending():
    icelandic = (
        "Jón Jónsson\njon@example.is\n\nStarfsreynsla\nmars 2018 – núna\nSérfræðingur, Landhelgisgæslan\n"
    )
    bulgarian = (
        "Иван Петров\nivan.petrov@example.bg\n\nПрофесионален опит\n"
        "март 2017 г. – днес\nЭксперт, Министерство на отбраната\n"
        "септември 2012 г. – февруари 2017 г.\nАнализатор, Институт за сигурност\n"
    )
    assert _dates(icelandic) == [("2018-03", None)]
    assert _dates(bulgarian) == [("2017-03", None), ("2012-09", "2017-02")]


def test_a_year_first_date_inside_a_description_is_no_post():
    # A date written year first in a sentence starts no post: a period needs its end or an open word.
    cv = (
        "Ilze Kalniņa\nilze@example.lv\n\nDarba pieredze\n"
        "2014. gada septembris – 2020. gada februāris\nPētniece, Latvijas Ārpolitikas institūts\n"
        "Ziņojums publicēts 2019. gada 12. martā un atjaunināts 2020. gada maijā.\n"
        "2018. gada aprīlī – mācības NATO štābā Monsā.\n"
    )
    assert _dates(cv) == [("2014-09", "2020-02")]


def test_a_period_whose_end_wrapped_under_it_in_a_date_column():
    # A narrow date column wraps the end's month, or "now" after its preposition, onto the next line.
    cv = (
        "Rūta Jankauskienė\nruta@example.lt\n\nDARBO PATIRTIS\n"
        "nuo 2019 m. rugsėjo iki Vyriausioji specialistė, Krašto apsaugos\n"
        "dabar | ministerija, Gynybos politikos grupė\n"
        "2014 m. spalio – 2019 m. | Projektų vadovė, AB Lietuvos geležinkeliai\n"
        "rugpjūčio\n"
        "Karinio mobilumo projektai.\n"
    )
    proposal = read_cv(cv.encode(), filename="cv.txt")
    posts = [(e.title, e.start, e.end) for e in proposal.experience]
    assert posts == [("Vyriausioji specialistė", "2019-09", None), ("Projektų vadovė", "2014-10", "2019-08")]
