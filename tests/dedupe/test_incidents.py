"""The pairwise same-happening test, components and incident summaries, on hand-made reports."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from vigie.dedupe.incidents import (
    ActorKey,
    Match,
    PlaceKey,
    Report,
    evidence,
    group,
    incident_id,
    match,
    summarise,
    window,
)

GAO = PlaceKey("Gao", "MLI", "Gao", 16.27, -0.04, "city")
GAO_CAMP = PlaceKey("Gao airport", "MLI", "Gao", 16.25, -0.005, "point")
MOPTI = PlaceKey("Mopti", "MLI", "Mopti", 14.49, -4.19, "city")
MALI = PlaceKey("Mali", "MLI", None, 17.0, -4.0, "country")
NIGER = PlaceKey("Niger", "NER", None, 17.0, 9.0, "country")
ARMY = ActorKey("Malian army", "l'armée malienne", "MLI_MIL", "MLI", "military")
GUNMEN = ActorKey("gunmen", "gunmen", None, None, "rebel")
FRANCE = ActorKey("France", "France", "FRA", "FRA", "state")
PARIS = ActorKey("France", "Paris", "FRA", "FRA", "government")


def report(event_id: str, article: str, day: str | None = "2024-03-12", **kw: object) -> Report:
    d = date.fromisoformat(day) if day else None
    base = Report(
        event_id, article, "ASSAULT", "occurred", date=day, start=d, end=d, published=date(2024, 3, 13),
        place=GAO, source=(GUNMEN,), dead=12, language="en",
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def test_same_attack_same_day_same_town_is_one_happening() -> None:
    m = match(report("a", "x"), report("b", "y", language="fr", place=GAO_CAMP))
    assert m is not None and m.score >= 4
    assert "same day 2024-03-12" in m.why and "Gao" in m.why and "dead 12 in both" in m.why


def test_events_of_one_article_are_never_linked_here() -> None:
    assert match(report("a", "x"), report("b", "x")) is None


def test_a_week_apart_in_the_same_town_are_two() -> None:
    assert match(report("a", "x"), report("b", "y", day="2024-03-19", published=date(2024, 3, 20))) is None


def test_different_towns_or_countries_are_two() -> None:
    assert match(report("a", "x"), report("b", "y", place=MOPTI)) is None
    assert match(report("a", "x", place=MALI), report("b", "y", place=NIGER)) is None


def test_tolls_far_apart_are_two_but_a_rising_toll_is_one() -> None:
    assert match(report("a", "x"), report("b", "y", dead=80)) is None
    assert match(report("a", "x"), report("b", "y", dead=17)) is not None


def test_other_type_or_plan_versus_fact_are_two() -> None:
    assert match(report("a", "x"), report("b", "y", event_type="PROTEST")) is None
    assert match(report("a", "x"), report("b", "y", status="announced")) is None
    assert match(report("a", "x"), report("b", "y", status="hypothetical")) is None


def test_generic_actors_need_the_same_town() -> None:
    # "gunmen" somewhere in Mali on the same day: too little to say it is one attack
    a, b = report("a", "x", place=MALI, dead=None), report("b", "y", place=MALI, dead=None)
    assert match(a, b) is None
    # a named actor and the country are enough
    assert match(replace(a, source=(ARMY,)), replace(b, source=(ARMY,), dead=None)) is not None


def test_groups_named_differently_in_one_language_are_two() -> None:
    teachers = ActorKey("teachers", "teachers", None, "MLI", "civilians")
    farmers = ActorKey("farmers", "farmers", None, "MLI", "civilians")
    a = report("a", "x", event_type="PROTEST", source=(teachers,), dead=None, mode="demo")
    assert match(a, replace(a, event_id="b", article_id="y", source=(farmers,))) is None
    assert match(a, replace(a, event_id="b", article_id="y")) is not None


def test_statements_need_the_same_speaker() -> None:
    a = report("a", "x", event_type="ACCUSE", source=(FRANCE,), place=None, dead=None)
    assert match(a, replace(a, event_id="b", article_id="y", source=(PARIS,))) is not None
    assert match(a, replace(a, event_id="b", article_id="y", source=(GUNMEN,))) is None
    assert match(a, replace(a, event_id="b", article_id="y", source=())) is None


def test_undated_reports_use_the_days_before_publication() -> None:
    a = report("a", "x", day=None)
    assert window(a) == (date(2024, 3, 6), date(2024, 3, 13))
    assert match(a, report("b", "y")) is not None
    assert match(a, report("b", "y", day="2024-02-01", published=date(2024, 2, 2))) is None
    background = replace(a, date="2024", start=date(2024, 1, 1), end=date(2024, 12, 31))  # "in 2024"
    assert window(background) is None and match(background, report("b", "y")) is None
    assert window(report("c", "z", day=None, published=None)) is None


def test_incidents_do_not_depend_on_order() -> None:
    reports = {e: report(e, f"art-{e}") for e in "abcde"}
    links = {("c", "d"): Match(5.0, ("",)), ("a", "b"): Match(5.0, ("",)), ("b", "c"): Match(5.0, ("",))}
    assert group(["e", "d", "c", "b", "a"], links, reports) == [["a", "b", "c", "d"], ["e"]]
    reordered = dict(reversed(list(links.items())))
    assert group(["a", "b", "c", "d", "e"], reordered, reports) == [["a", "b", "c", "d"], ["e"]]


def test_summary_takes_the_best_slots_and_counts_independent_sources() -> None:
    early = report("a", "x", published=date(2024, 3, 12), dead=9, place=MALI, source=())
    late = report("b", "y", published=date(2024, 3, 14), dead=14, place=GAO_CAMP, source=(ARMY,))
    copy = report("c", "z", published=date(2024, 3, 14), dead=14, place=GAO_CAMP, source=(ARMY,))
    links = {("a", "b"): match(early, late), ("b", "c"): match(late, copy)}
    s = summarise([late, copy, early], {k: v for k, v in links.items() if v}, {"x": "x", "y": "y", "z": "y"})
    assert s.incident_id == incident_id([early]) and s.incident_id.startswith("inc-")
    assert s.dead == 14 and s.place == GAO_CAMP and s.source == [ARMY]
    assert (s.n_reports, s.n_articles, s.corroboration) == (3, 3, 2)
    assert (s.first_report, s.last_report) == (date(2024, 3, 12), date(2024, 3, 14))
    assert s.why.startswith("3 reports in 3 articles (2 independent")
    assert s.members == ["a", "b", "c"]


def test_an_incident_never_holds_two_reports_of_one_article() -> None:
    """Two attacks of article y both look like article x's attack: only the stronger link is kept."""
    reports = {r.event_id: r for r in (report("a", "x"), report("b", "y"), report("c", "y", dead=9))}
    links = {("a", "b"): Match(6.0, ("strong",)), ("a", "c"): Match(4.0, ("weaker",))}
    assert group(sorted(reports), links, reports) == [["a", "b"], ["c"]]


def test_an_undated_report_joins_the_best_incident_without_its_article() -> None:
    reports = {
        r.event_id: r
        for r in (
            report("a", "x"),
            report("b", "y"),
            report("c", "z", day="2024-03-14"),
            report("u", "y", day=None),
        )
    }
    links = {("a", "b"): Match(6.0, ("",)), ("a", "u"): Match(5.0, ("",)), ("c", "u"): Match(4.0, ("",))}
    assert group(sorted(reports), links, reports) == [["a", "b"], ["c", "u"]]


def test_a_threat_coded_as_made_or_as_future_is_one_threat() -> None:
    a = report("a", "x", event_type="THREATEN", status="occurred", dead=None)
    b = report("b", "y", event_type="THREATEN", status="threatened", dead=None)
    assert evidence(a, b) is not None


def test_an_unplaced_report_is_compared_when_its_article_names_the_country() -> None:
    """A report placed in Mali and one without a place in an article mostly about France that also names Mali."""
    a = report("a", "x", context="MLI", countries=frozenset({"MLI"}))
    b = report("b", "y", place=None, context="FRA", countries=frozenset({"FRA", "MLI"}))
    assert evidence(a, b) is not None
    assert evidence(a, replace(b, countries=frozenset({"FRA"}))) is None


def test_one_group_named_twice_is_one_side_and_another_is_not() -> None:
    teachers = ActorKey("teachers", "teachers", None, "FRA", "civilians")
    many = ActorKey("Tens of thousands of teachers", "Tens of thousands of teachers", None, None, "civilians")
    farmers = ActorKey("farmers", "farmers", None, "FRA", "civilians")
    a = report("a", "x", event_type="PROTEST", source=(teachers,), dead=None, place=MALI)
    b = replace(a, event_id="b", article_id="y", source=(many,))
    m = evidence(a, b)
    assert m is not None and "same source" in m.why
    assert evidence(a, replace(b, source=(farmers,))) is None


def test_two_crowds_counted_alike_are_still_two_groups() -> None:
    """ "plusieurs milliers d'enseignants" and "plusieurs centaines d'agriculteurs" share a count, not a side."""
    teachers = ActorKey("teachers", "Plusieurs milliers d'enseignants", None, None, "civilians")
    farmers = ActorKey("farmers", "Plusieurs centaines d'agriculteurs", None, None, "civilians")
    a = report("a", "x", event_type="PROTEST", source=(teachers,), dead=None, place=MALI)
    assert evidence(a, replace(a, event_id="b", article_id="y", source=(farmers,))) is None


def test_a_loosely_named_side_of_a_state_is_that_state() -> None:
    """ "the Turkish side" (no gazetteer kind) and the Turkish government are one speaker."""
    side = ActorKey("Turkish side", "la partie turque", None, "TUR", "other")
    government = ActorKey("Turkish government", "Ankara", "gov:TUR", "TUR", "government")
    a = report("a", "x", event_type="REQUEST", source=(government,), dead=None)
    m = evidence(a, replace(a, event_id="b", article_id="y", source=(side,)))
    assert m is not None and not m.unheard


def test_a_town_attacked_in_one_report_is_the_place_of_the_other() -> None:
    """ "the attack that targeted Cabaret" (no place) and "killed 11 in the town of Cabaret" (a town known by
    name only) are one place; an unknown name against a mapped town cannot tell either way."""
    cabaret = PlaceKey("Cabaret", None, None, None, None, "city")
    town = ActorKey("Cabaret", "Cabaret", None, None, "other")
    a = report("a", "x", place=cabaret, source=(), dead=11)
    b = report("b", "y", place=None, source=(), dead=19, target=(town,))
    m = evidence(a, b)
    assert m is not None and "both in Cabaret" in m.why
    c = evidence(a, replace(b, place=GAO, target=()))
    assert c is not None and "Cabaret" not in c.why
