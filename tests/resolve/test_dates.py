"""Date expressions: finding them in French and English sentences and resolving them to EDTF."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import date
from pathlib import Path

import pytest

from vigie.resolve.dates import (
    DateSpan,
    ResolvedDate,
    edtf_from_interval,
    edtf_interval,
    find_dates,
    resolve_date,
)

PUB = date(2021, 4, 8)  # a Thursday
SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_events.py"


def texts(sentence: str, lang: str) -> list[str]:
    return [span.text for span in find_dates(sentence, lang)]


def resolved(expr: str, lang: str, published: date | None = PUB, anchor: str | None = None) -> str | None:
    base = resolve_date(anchor, lang, published) if anchor else None
    return resolve_date(expr, lang, published, base).edtf


# ---------------------------------------------------------------- find_dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le 25 février 2021, des roquettes sont tombées.", ["Le 25 février 2021"]),
        ("Il est arrivé le 3 mars à Bagdad.", ["le 3 mars"]),
        ("Le 1er mai 2020, rien.", ["Le 1er mai 2020"]),
        ("Publié le 2021-02-25 et modifié le 25/02/2021.", ["2021-02-25", "25/02/2021"]),
        ("en janvier 2020, puis janvier 2021", ["en janvier 2020", "janvier 2021"]),
        ("Elle a voyagé en mars et en mai.", ["en mars", "en mai"]),
        ("Les forces sont parties en 2011, mais en 2014 elles sont revenues.", ["en 2011", "en 2014"]),
        ("victoire déclarée à la fin de 2017", ["à la fin de 2017"]),
        ("fin 2017 et début 2020", ["fin 2017", "début 2020"]),
        ("présentes depuis 2014", ["depuis 2014"]),
        ("Mardi, le commandant a parlé.", ["Mardi"]),
        ("Le communiqué publié mardi soir", ["mardi soir"]),
        ("mercredi dernier, ils ont tiré", ["mercredi dernier"]),
        ("hier, avant-hier, aujourd'hui et demain", ["hier", "avant-hier", "aujourd'hui", "demain"]),
        ("aujourd’hui, avec une apostrophe courbe", ["aujourd’hui"]),
        (
            "ce matin, cette semaine, la semaine dernière",
            ["ce matin", "cette semaine", "la semaine dernière"],
        ),
        ("le mois dernier et le mois prochain", ["le mois dernier", "le mois prochain"]),
        ("en février dernier, un entrepreneur a été tué", ["en février dernier"]),
        ("fevrier dernier sans accent", ["fevrier dernier"]),
        (
            "l'automne dernier, l'été dernier et cet hiver",
            ["l'automne dernier", "l'été dernier", "cet hiver"],
        ),
        ("l’année dernière, l'an dernier, cette année", ["l’année dernière", "l'an dernier", "cette année"]),
        ("Dix jours plus tard, le président a ordonné", ["Dix jours plus tard"]),
        ("deux jours plus tard puis trois semaines après", ["deux jours plus tard", "trois semaines après"]),
        ("le lendemain et la veille", ["le lendemain", "la veille"]),
        ("il y a trois jours", ["il y a trois jours"]),
        ("vingt-deux jours plus tard", ["vingt-deux jours plus tard"]),
        ("12 jours plus tôt", ["12 jours plus tôt"]),
        ("du 15 au 28 février 2021", ["du 15 au 28 février 2021"]),
        ("dans la nuit de mardi à mercredi", ["dans la nuit de mardi à mercredi"]),
        ("début mars, mi-mars et fin mars", ["début mars", "mi-mars", "fin mars"]),
        ("au printemps 2020 et dans les années 1990", ["au printemps 2020", "dans les années 1990"]),
        ("le mois de mars a été dur", ["le mois de mars"]),
        ("plus tôt cette année", ["plus tôt cette année"]),
        ("fin de l'année dernière", ["fin de l'année dernière"]),
        ("ce week-end et le week-end dernier", ["ce week-end", "le week-end dernier"]),
        ("cette année-là, la situation", ["cette année-là"]),
        ("Mars, en capitale au milieu de la phrase", ["Mars"]),
    ],
)
def test_find_dates_fr(sentence: str, expected: list[str]) -> None:
    assert texts(sentence, "fr") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On February 25, 2021 rockets hit the base.", ["On February 25, 2021"]),
        ("It happened 25 Feb 2021 and 3 March 2021.", ["25 Feb 2021", "3 March 2021"]),
        ("the 3rd of March 2021", ["the 3rd of March 2021"]),
        ("dated 2021-02-25", ["2021-02-25"]),
        ("in January 2020 and March 2020", ["in January 2020", "March 2020"]),
        ("They met in March.", ["in March"]),
        (
            "in 2014, late 2017, early 2020 and since 2014",
            ["in 2014", "late 2017", "early 2020", "since 2014"],
        ),
        ("The talks ended on Tuesday.", ["on Tuesday"]),
        ("Tuesday's attack", ["Tuesday"]),
        ("last Friday and next Monday", ["last Friday", "next Monday"]),
        ("yesterday, today and tomorrow", ["yesterday", "today", "tomorrow"]),
        ("this morning, this week and last week", ["this morning", "this week", "last week"]),
        ("last month and next month", ["last month", "next month"]),
        ("last February", ["last February"]),
        ("last autumn, last fall, this spring", ["last autumn", "last fall", "this spring"]),
        ("last year and this year", ["last year", "this year"]),
        ("two days later, a week later", ["two days later", "a week later"]),
        ("the next day and the day before", ["the next day", "the day before"]),
        ("three days ago", ["three days ago"]),
        ("five days earlier", ["five days earlier"]),
        ("May 2021 and May 3", ["May 2021", "May 3"]),
        ("earlier this week", ["earlier this week"]),
        ("late last year", ["late last year"]),
        ("over the weekend", ["over the weekend"]),
        ("February 15-28, 2021", ["February 15-28, 2021"]),
        ("the day before yesterday", ["the day before yesterday"]),
        ("a year ago", ["a year ago"]),
        ("in the spring of 2020", ["in the spring of 2020"]),
        ("between 2011 and 2014", ["between 2011 and 2014"]),
        ("in the 1990s", ["in the 1990s"]),
        ("mid-March", ["mid-March"]),
        ("Days later, the militia struck.", ["Days later"]),
        ("Protesters will March on Sunday", ["March", "on Sunday"]),
    ],
)
def test_find_dates_en(sentence: str, expected: list[str]) -> None:
    assert texts(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("They may attack the base again.", "en"),
        ("Officials said the group may 3D print weapons.", "en"),
        ("may 3 people be hurt", "en"),
        ("they march to the capital", "en"),
        ("an august institution", "en"),
        ("prices fall 2020 points", "en"),
        ("the Arab Spring", "en"),
        ("for days on end", "en"),
        ("the week was long", "en"),
        ("la planète mars est rouge", "fr"),
        ("il peut mai pas", "fr"),
        ("le printemps arabe", "fr"),
        ("Le Printemps arabe a commencé", "fr"),
        ("il a été tué", "fr"),
        ("aucun soldat, chacun des civils", "fr"),
        ("la semaine de travail", "fr"),
        ("trois mois de prison", "fr"),
        ("2 000 soldats", "fr"),
        ("le score de 45/78/2020", "fr"),
    ],
)
def test_find_dates_false_positives(sentence: str, lang: str) -> None:
    assert find_dates(sentence, lang) == []


def test_find_dates_offsets_and_kinds() -> None:
    sentence = "Le 25 février 2021, puis mercredi dernier et l'automne dernier, dix jours plus tard."
    spans = find_dates(sentence, "fr")
    assert all(sentence[s.start : s.end] == s.text for s in spans)
    assert [s.kind for s in spans] == ["date", "weekday", "season", "chained"]
    assert isinstance(spans[0], DateSpan)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("la semaine dernière, le mois dernier, l'année dernière", ["week", "month", "year"]),
        ("hier, il y a trois jours, en mars 2020, en 2011", ["deictic", "ago", "month", "year"]),
        ("du 15 au 28 février, dans les années 1990", ["range", "decade"]),
    ],
)
def test_find_dates_kinds(sentence: str, kinds: list[str]) -> None:
    assert [s.kind for s in find_dates(sentence, "fr")] == kinds


def test_find_dates_longest_wins() -> None:
    assert texts("le mardi 3 mars 2021", "fr") == ["le mardi 3 mars 2021"]
    assert texts("the day before yesterday", "en") == ["the day before yesterday"]


# ---------------------------------------------------------------- resolve_date against the publication date


@pytest.mark.parametrize(
    ("expr", "edtf"),
    [
        ("25 février 2021", "2021-02-25"),
        ("le 25 fevrier 2021", "2021-02-25"),
        ("le 3 mars", "2021-03-03"),
        ("le 1er mai 2020", "2020-05-01"),
        ("2021-02-25", "2021-02-25"),
        ("25/02/2021", "2021-02-25"),
        ("25.02.2021", "2021-02-25"),
        ("03/02/2021", "2021-02-03"),
        ("06/13/2012", "2012-06-13"),
        ("22/08/11", "2011-08-22"),
        ("en janvier 2020", "2020-01"),
        ("janvier 2020", "2020-01"),
        ("en mars", "2021-03"),
        ("en avril", "2021-04"),
        ("en mai", "2020-05"),
        ("février dernier", "2021-02"),
        ("en février dernier", "2021-02"),
        ("avril dernier", "2020-04"),
        ("mai prochain", "2021-05"),
        ("le mois dernier", "2021-03"),
        ("le mois prochain", "2021-05"),
        ("ce mois-ci", "2021-04"),
        ("mardi", "2021-04-06"),
        ("Mardi", "2021-04-06"),
        ("mercredi", "2021-04-07"),
        ("jeudi", "2021-04-08"),
        ("vendredi", "2021-04-02"),
        ("mercredi dernier", "2021-04-07"),
        ("jeudi dernier", "2021-04-01"),
        ("mardi prochain", "2021-04-13"),
        ("mardi soir", "2021-04-06"),
        ("hier", "2021-04-07"),
        ("hier soir", "2021-04-07"),
        ("avant-hier", "2021-04-06"),
        ("aujourd'hui", "2021-04-08"),
        ("aujourd’hui", "2021-04-08"),
        ("demain", "2021-04-09"),
        ("ce matin", "2021-04-08"),
        ("cette semaine", "2021-04-05/2021-04-11"),
        ("la semaine dernière", "2021-03-29/2021-04-04"),
        ("la semaine prochaine", "2021-04-12/2021-04-18"),
        ("plus tôt cette semaine", "2021-04-05/2021-04-08"),
        ("ce week-end", "2021-04-10/2021-04-11"),
        ("le week-end dernier", "2021-04-03/2021-04-04"),
        ("l'automne dernier", "2020-23"),
        ("l'été dernier", "2020-22"),
        ("l'hiver dernier", "2020-24"),
        ("cet hiver", "2020-24"),
        ("cet été", "2021-22"),
        ("au printemps", "2021-21"),
        ("au printemps 2020", "2020-21"),
        ("l'hiver 2019-2020", "2019-24"),
        ("l'année dernière", "2020"),
        ("l'an dernier", "2020"),
        ("l'an passé", "2020"),
        ("cette année", "2021"),
        ("l'année prochaine", "2022"),
        ("fin de l'année dernière", "2020-10/2020-12"),
        ("début de l'année", "2021-01/2021-03"),
        ("en 2011", "2011"),
        ("depuis 2014", "2014"),
        ("fin 2017", "2017-10/2017-12"),
        ("à la fin de 2017", "2017-10/2017-12"),
        ("début 2020", "2020-01/2020-03"),
        ("mi-2020", "2020-05/2020-08"),
        ("début mars", "2021-03-01/2021-03-10"),
        ("mi-mars 2020", "2020-03-11/2020-03-20"),
        ("fin février 2021", "2021-02-21/2021-02-28"),
        ("il y a trois jours", "2021-04-05"),
        ("il y a une semaine", "2021-04-01"),
        ("il y a deux mois", "2021-02"),
        ("il y a un an", "2020"),
        ("il y a quelques jours", "2021-04-02/2021-04-06"),
        ("du 15 au 28 février 2021", "2021-02-15/2021-02-28"),
        ("du 28 février au 3 mars", "2021-02-28/2021-03-03"),
        ("dans la nuit de mardi à mercredi", "2021-04-06/2021-04-07"),
        ("de 2011 à 2014", "2011/2014"),
        ("les années 1990", "1990/1999"),
        ("les années 90", "1990/1999"),
    ],
)
def test_resolve_fr(expr: str, edtf: str) -> None:
    assert resolved(expr, "fr") == edtf


@pytest.mark.parametrize(
    ("expr", "edtf"),
    [
        ("February 25, 2021", "2021-02-25"),
        ("Feb. 25, 2021", "2021-02-25"),
        ("25 Feb 2021", "2021-02-25"),
        ("the 3rd of March 2021", "2021-03-03"),
        ("Thursday, February 25, 2021", "2021-02-25"),
        ("2/25/2021", "2021-02-25"),
        ("25/02/2021", "2021-02-25"),
        ("03/02/2021", "2021-03-02"),
        ("in January 2020", "2020-01"),
        ("March 2020", "2020-03"),
        ("in March", "2021-03"),
        ("in May", "2020-05"),
        ("May 3", "2020-05-03"),
        ("last February", "2021-02"),
        ("last April", "2020-04"),
        ("next May", "2021-05"),
        ("last month", "2021-03"),
        ("next month", "2021-05"),
        ("earlier this month", "2021-04-01/2021-04-08"),
        ("on Tuesday", "2021-04-06"),
        ("Tuesday", "2021-04-06"),
        ("on Thursday", "2021-04-08"),
        ("last Wednesday", "2021-04-07"),
        ("last Thursday", "2021-04-01"),
        ("next Tuesday", "2021-04-13"),
        ("Tuesday night", "2021-04-06"),
        ("yesterday", "2021-04-07"),
        ("the day before yesterday", "2021-04-06"),
        ("today", "2021-04-08"),
        ("tomorrow", "2021-04-09"),
        ("this morning", "2021-04-08"),
        ("last night", "2021-04-07/2021-04-08"),
        ("this week", "2021-04-05/2021-04-11"),
        ("last week", "2021-03-29/2021-04-04"),
        ("earlier this week", "2021-04-05/2021-04-08"),
        ("over the weekend", "2021-04-03/2021-04-04"),
        ("last autumn", "2020-23"),
        ("last fall", "2020-23"),
        ("last summer", "2020-22"),
        ("this spring", "2021-21"),
        ("this winter", "2020-24"),
        ("in the spring of 2020", "2020-21"),
        ("last year", "2020"),
        ("this year", "2021"),
        ("next year", "2022"),
        ("late last year", "2020-10/2020-12"),
        ("the end of the year", "2021-10/2021-12"),
        ("in 2014", "2014"),
        ("since 2014", "2014"),
        ("late 2017", "2017-10/2017-12"),
        ("early 2020", "2020-01/2020-03"),
        ("mid-2020", "2020-05/2020-08"),
        ("mid-March", "2021-03-11/2021-03-20"),
        ("three days ago", "2021-04-05"),
        ("a week ago", "2021-04-01"),
        ("two years ago", "2019"),
        ("February 15-28, 2021", "2021-02-15/2021-02-28"),
        ("15-28 February 2021", "2021-02-15/2021-02-28"),
        ("between 2011 and 2014", "2011/2014"),
        ("the 1990s", "1990/1999"),
    ],
)
def test_resolve_en(expr: str, edtf: str) -> None:
    assert resolved(expr, "en") == edtf


@pytest.mark.parametrize(
    ("expr", "lang", "published", "edtf"),
    [
        ("cet hiver", "fr", date(2021, 2, 10), "2020-24"),
        ("this winter", "en", date(2021, 2, 10), "2020-24"),
        ("cet hiver", "fr", date(2020, 12, 20), "2020-24"),
        ("cet hiver", "fr", date(2021, 1, 5), "2020-24"),
        ("cet hiver", "fr", date(2021, 11, 15), "2021-24"),
        ("l'hiver dernier", "fr", date(2021, 2, 10), "2019-24"),
        ("l'hiver dernier", "fr", date(2021, 1, 5), "2019-24"),
        ("last winter", "en", date(2021, 3, 2), "2020-24"),
        ("l'automne dernier", "fr", date(2021, 1, 5), "2020-23"),
        ("l'automne dernier", "fr", date(2020, 10, 15), "2019-23"),
        ("last fall", "en", date(2020, 12, 1), "2020-23"),
        ("l'été dernier", "fr", date(2021, 9, 2), "2021-22"),
        ("cet été", "fr", date(2021, 9, 10), "2021-22"),
        ("cet automne", "fr", date(2021, 4, 8), "2021-23"),
        ("next winter", "en", date(2021, 1, 15), "2021-24"),
        ("le printemps prochain", "fr", date(2021, 4, 8), "2022-21"),
        ("l'année dernière", "fr", date(2021, 1, 1), "2020"),
        ("décembre dernier", "fr", date(2021, 1, 10), "2020-12"),
        ("en décembre", "fr", date(2021, 1, 10), "2020-12"),
        ("le mois dernier", "fr", date(2021, 1, 10), "2020-12"),
        ("la semaine dernière", "fr", date(2021, 1, 6), "2020-12-28/2021-01-03"),
        ("hier", "fr", date(2021, 1, 1), "2020-12-31"),
        ("le 30 décembre", "fr", date(2021, 1, 3), "2020-12-30"),
        ("dimanche", "fr", date(2021, 1, 1), "2020-12-27"),
        ("il y a deux mois", "fr", date(2021, 1, 15), "2020-11"),
    ],
)
def test_resolve_across_year_boundary(expr: str, lang: str, published: date, edtf: str) -> None:
    assert resolved(expr, lang, published) == edtf


def test_weekday_with_day_picks_the_matching_year() -> None:
    assert resolved("mardi 6 avril", "fr") == "2021-04-06"
    assert resolved("Friday, April 10", "en") == "2020-04-10"


# ---------------------------------------------------------------- no publication date


@pytest.mark.parametrize(
    ("expr", "lang"),
    [
        ("mardi", "fr"),
        ("hier", "fr"),
        ("le mois dernier", "fr"),
        ("l'automne dernier", "fr"),
        ("en mars", "fr"),
        ("le 3 mars", "fr"),
        ("il y a trois jours", "fr"),
        ("cette semaine", "fr"),
        ("last Friday", "en"),
        ("this winter", "en"),
        ("last year", "en"),
        ("three days ago", "en"),
    ],
)
def test_relative_without_publication_stays_unresolved(expr: str, lang: str) -> None:
    r = resolve_date(expr, lang, None)
    assert r == ResolvedDate(None, expr, None, None, True)


@pytest.mark.parametrize(
    ("expr", "lang", "edtf"),
    [
        ("le 25 février 2021", "fr", "2021-02-25"),
        ("en janvier 2020", "fr", "2020-01"),
        ("fin 2017", "fr", "2017-10/2017-12"),
        ("au printemps 2020", "fr", "2020-21"),
        ("February 25, 2021", "en", "2021-02-25"),
        ("in 2014", "en", "2014"),
    ],
)
def test_absolute_without_publication_resolves(expr: str, lang: str, edtf: str) -> None:
    r = resolve_date(expr, lang, None)
    assert (r.edtf, r.relative) == (edtf, False)


# ---------------------------------------------------------------- chained to an anchor


@pytest.mark.parametrize(
    ("expr", "lang", "anchor", "edtf"),
    [
        ("dix jours plus tard", "fr", "en février 2021", "2021-02-11/2021-03-10"),
        ("Dix jours plus tard", "fr", "février dernier", "2021-02-11/2021-03-10"),
        ("dix jours plus tard", "fr", "le 25 février 2021", "2021-03-07"),
        ("deux jours plus tard", "fr", "le 25 février 2021", "2021-02-27"),
        ("trois semaines après", "fr", "le 25 février 2021", "2021-03-18"),
        ("le lendemain", "fr", "le 25 février 2021", "2021-02-26"),
        ("la veille", "fr", "le 1er mars 2021", "2021-02-28"),
        ("le surlendemain", "fr", "le 25 février 2021", "2021-02-27"),
        ("deux jours avant", "fr", "le 25 février 2021", "2021-02-23"),
        ("au bout de trois jours", "fr", "le 25 février 2021", "2021-02-28"),
        ("quelques jours plus tard", "fr", "le 25 février 2021", "2021-02-27/2021-03-03"),
        ("trois mois plus tard", "fr", "le 25 février 2021", "2021-05"),
        ("un an plus tard", "fr", "en mars 2020", "2021-03"),
        ("un an plus tard", "fr", "le 25 février 2020", "2021-02"),
        ("deux ans après", "fr", "en 2011", "2013"),
        ("quarante-huit heures plus tard", "fr", "le 25 février 2021", "2021-02-27"),
        ("la semaine suivante", "fr", "le 25 février 2021", "2021-03-01/2021-03-07"),
        ("le mois suivant", "fr", "le 25 février 2021", "2021-03"),
        ("cette année-là", "fr", "le 25 février 2021", "2021"),
        ("le jour même", "fr", "l'automne dernier", "2020-23"),
        ("two days later", "en", "February 25, 2021", "2021-02-27"),
        ("a week later", "en", "February 25, 2021", "2021-03-04"),
        ("the next day", "en", "February 25, 2021", "2021-02-26"),
        ("the day before", "en", "March 1, 2021", "2021-02-28"),
        ("five days earlier", "en", "March 1, 2021", "2021-02-24"),
        ("ten days later", "en", "last February", "2021-02-11/2021-03-10"),
        ("the following year", "en", "in 2014", "2015"),
        ("days later", "en", "February 25, 2021", "2021-02-27/2021-03-03"),
    ],
)
def test_chained_to_anchor(expr: str, lang: str, anchor: str, edtf: str) -> None:
    assert resolved(expr, lang, PUB, anchor) == edtf


def test_chained_ignores_publication() -> None:
    anchor = resolve_date("le 25 février 2021", "fr", None)
    r = resolve_date("le lendemain", "fr", None, anchor)
    assert (r.edtf, r.relative) == ("2021-02-26", True)
    assert resolved("le lendemain", "fr", date(2030, 1, 1), "le 25 février 2021") == "2021-02-26"


@pytest.mark.parametrize(
    ("expr", "lang"),
    [("dix jours plus tard", "fr"), ("le lendemain", "fr"), ("two days later", "en"), ("the next day", "en")],
)
def test_chained_without_anchor_stays_unresolved(expr: str, lang: str) -> None:
    assert resolve_date(expr, lang, PUB) == ResolvedDate(None, expr, None, None, True)
    unresolved_anchor = resolve_date("mardi", "fr", None)
    assert resolve_date(expr, lang, PUB, unresolved_anchor).edtf is None


# ---------------------------------------------------------------- precision, fallback, objects


def test_never_more_precise_than_the_text() -> None:
    assert resolved("en mars 2020", "fr") == "2020-03"
    assert resolved("l'automne dernier", "fr") == "2020-23"
    assert resolved("en 2011", "fr") == "2011"
    assert resolved("il y a deux mois", "fr") == "2021-02"
    assert resolved("trois mois plus tard", "fr", PUB, "le 25 février 2021") == "2021-05"


def test_resolved_bounds_match_edtf() -> None:
    r = resolve_date("la semaine dernière", "fr", PUB)
    assert (r.start, r.end) == (date(2021, 3, 29), date(2021, 4, 4))
    r = resolve_date("l'automne dernier", "fr", PUB)
    assert (r.start, r.end, r.relative) == (date(2020, 9, 1), date(2020, 11, 30), True)


def test_resolve_keeps_text_and_accepts_surrounding_words() -> None:
    r = resolve_date("vers 14h le 25 février 2021", "fr", None)
    assert (r.edtf, r.text) == ("2021-02-25", "vers 14h le 25 février 2021")


def test_dateparser_fallback_for_explicit_dates() -> None:
    assert resolved("Thursday 25th February 2021 at noon", "en", None) == "2021-02-25"
    assert resolved("pas une date", "fr") is None


def test_records_are_frozen_and_slotted() -> None:
    r = resolve_date("hier", "fr", PUB)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.edtf = "2020"  # type: ignore[misc]
    assert not hasattr(r, "__dict__")
    assert not hasattr(DateSpan(0, 1, "x", "date"), "__dict__")


def test_unsupported_language() -> None:
    with pytest.raises(ValueError):
        find_dates("gestern", "de")
    with pytest.raises(ValueError):
        resolve_date("gestern", "de", PUB)


# ---------------------------------------------------------------- EDTF helpers


@pytest.mark.parametrize(
    ("edtf", "bounds"),
    [
        ("2021-02-25", (date(2021, 2, 25), date(2021, 2, 25))),
        ("2021-02", (date(2021, 2, 1), date(2021, 2, 28))),
        ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
        ("2021", (date(2021, 1, 1), date(2021, 12, 31))),
        ("2020-21", (date(2020, 3, 1), date(2020, 5, 31))),
        ("2020-22", (date(2020, 6, 1), date(2020, 8, 31))),
        ("2020-23", (date(2020, 9, 1), date(2020, 11, 30))),
        ("2020-24", (date(2020, 12, 1), date(2021, 2, 28))),
        ("2021-02-15/2021-02-28", (date(2021, 2, 15), date(2021, 2, 28))),
        ("2017-10/2017-12", (date(2017, 10, 1), date(2017, 12, 31))),
        ("2011/2014", (date(2011, 1, 1), date(2014, 12, 31))),
        ("2021-02~", (date(2021, 2, 1), date(2021, 2, 28))),
        ("2021-13", None),
        ("2021-02-30", None),
        ("février", None),
        ("", None),
        (None, None),
    ],
)
def test_edtf_interval(edtf: str | None, bounds: tuple[date, date] | None) -> None:
    assert edtf_interval(edtf) == bounds


@pytest.mark.parametrize(
    ("start", "end", "edtf"),
    [
        (date(2021, 2, 25), date(2021, 2, 25), "2021-02-25"),
        (date(2021, 2, 1), date(2021, 2, 28), "2021-02"),
        (date(2021, 1, 1), date(2021, 12, 31), "2021"),
        (date(2021, 2, 11), date(2021, 3, 10), "2021-02-11/2021-03-10"),
        (date(2017, 10, 1), date(2017, 12, 31), "2017-10/2017-12"),
        (date(2011, 1, 1), date(2014, 12, 31), "2011/2014"),
        (date(2021, 4, 11), date(2021, 4, 5), "2021-04-05/2021-04-11"),
    ],
)
def test_edtf_from_interval(start: date, end: date, edtf: str) -> None:
    assert edtf_from_interval(start, end) == edtf
    assert edtf_interval(edtf) == (min(start, end), max(start, end))


@pytest.mark.skipif(not SCORER.exists(), reason="reference scorer not beside the checkout")
@pytest.mark.parametrize(
    "edtf",
    ["2021-02-25", "2021-02", "2021", "2020-21", "2020-24", "2021-02-15/2021-02-28", "2017-10/2017-12",
     "2011/2014", "2021-13", "2021-02~", "nonsense"],
)  # fmt: skip
def test_edtf_interval_agrees_with_scorer(edtf: str) -> None:
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert edtf_interval(edtf) == scorer.interval(edtf)


def test_chained_interval_matches_gold_under_scorer_rule() -> None:
    """ "Dix jours plus tard" after "février dernier" overlaps the analyst's 2021-02/2021-03 and is not coarser."""
    got = resolved("Dix jours plus tard", "fr", PUB, "février dernier")
    p, g = edtf_interval(got), edtf_interval("2021-02/2021-03")
    assert p and g and p[0] <= g[1] and g[0] <= p[1]
    assert (p[1] - p[0]).days <= (g[1] - g[0]).days


@pytest.mark.parametrize(
    ("expr", "lang", "published", "edtf"),
    [
        ("le 17 février", "fr", date(2011, 2, 16), "2011-02-17"),  # the next day: upcoming
        ("le 22 février", "fr", date(2011, 2, 16), "2011-02-22"),  # within the upcoming window
        ("le 25 février", "fr", date(2011, 2, 16), "2010-02-25"),  # beyond it: the past
        ("le 10 février", "fr", date(2011, 2, 16), "2011-02-10"),
        ("le 16 février", "fr", date(2011, 2, 16), "2011-02-16"),
        ("on 3 January", "en", date(2020, 12, 30), "2021-01-03"),  # across the new year
    ],
)
def test_day_without_year_is_the_nearest(expr: str, lang: str, published: date, edtf: str) -> None:
    assert resolved(expr, lang, published) == edtf


@pytest.mark.parametrize(
    ("expr", "lang", "edtf"),
    [
        ("le 19 mars dernier", "fr", "2021-03-19"),  # the day is kept
        ("le 8 avril dernier", "fr", "2020-04-08"),  # "dernier": strictly before
        ("le 10 avril dernier", "fr", "2020-04-10"),
        ("le 19 mars prochain", "fr", "2022-03-19"),
        ("le 10 avril prochain", "fr", "2021-04-10"),
    ],
)
def test_day_month_with_dernier_or_prochain(expr: str, lang: str, edtf: str) -> None:
    assert resolved(expr, lang) == edtf


@pytest.mark.parametrize(
    ("expr", "lang", "edtf"),
    [
        ("entre le vendredi 18 et le lundi 21 février 2011", "fr", "2011-02-18/2011-02-21"),
        ("du lundi 1er au mardi 2 mars", "fr", "2021-03-01/2021-03-02"),
        ("between Friday 18 and Monday 21 February 2011", "en", "2011-02-18/2011-02-21"),
    ],
)
def test_ranges_with_weekdays(expr: str, lang: str, edtf: str) -> None:
    assert resolved(expr, lang) == edtf
    assert texts(f"Ils ont manifesté {expr}." if lang == "fr" else f"They marched {expr}.", lang) == [expr]


def test_pour_and_d_ici_a_year_but_not_a_count() -> None:
    assert resolved("pour 2013", "fr") == "2013"
    assert resolved("d'ici 2030", "fr") == "2030"
    assert texts("Des élections sont prévues pour 2013.", "fr") == ["pour 2013"]
    assert texts("Une salle pour 2000 personnes.", "fr") == []


@pytest.mark.parametrize(
    ("expr", "lang", "edtf"),
    [
        ("il y a quelques minutes", "fr", "2021-04-08"),
        ("il y a dix minutes", "fr", "2021-04-08"),
        ("il y a quelques heures", "fr", "2021-04-08"),
        ("ten minutes ago", "en", "2021-04-08"),
        ("il y a deux ans", "fr", "2019"),
        ("two years ago", "en", "2019"),
        ("a few years ago", "en", "2015/2019"),
        ("il y a six mois", "fr", "2020-10"),
    ],
)
def test_ago_is_no_finer_than_its_unit(expr: str, lang: str, edtf: str) -> None:
    assert resolved(expr, lang) == edtf


@pytest.mark.parametrize("expr", ["le printemps arabe", "du printemps arabe", "le printemps de Prague"])
def test_a_season_in_a_name_is_no_date(expr: str) -> None:
    assert resolved(expr, "fr") is None
