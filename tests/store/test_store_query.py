"""Event filters, paging, ordering, counts and stats over a small hand-made corpus."""

from __future__ import annotations

from typing import Any

import pytest
from store_records import ERBIL, IRAN, MILITIA, ODD, USA, article, event, quote

from vigie.store import Store, schema
from vigie.types import Evidence


@pytest.fixture
def corpus(store: Store) -> Store:
    """Five events in three articles, covering dates, seasons, intervals, places and actors."""
    fr1 = [
        event("fr1", 0),  # ASSAULT, USA -> militia (IRQ) and Iran, Baghdad, 2021-02-25
        event(
            "fr1", 1, event_type="THREATEN", mode="violence", status="threatened", source=[IRAN],
            target=[USA], date="2020-23", date_text="l'automne dernier", location=None,
            evidence=Evidence("L'Iran menace les États-Unis.", 50, 79),
        ),
    ]  # fmt: skip
    en1 = [
        event(
            "en1", 0, event_type="PROTEST", mode="demo", source=[], target=[], location=ERBIL,
            date="2021-02-15/2021-02-28", language="en", dead=None, injured=None, size=3000,
            evidence=Evidence("Thousands protested in Erbil.", 0, 29),
        ),
        event(
            "en1", 1, event_type="CONSULT", mode="visit", status="announced", source=[ODD], target=[],
            date=None, location=None, language="en",
            evidence=Evidence("O'Brien will visit.", 30, 49),
        ),
    ]  # fmt: skip
    en2 = [
        event(
            "en2", 0, source=[MILITIA], target=[], location=None, date="2020-24", language="en",
            evidence=Evidence("Rockets hit the base.", 0, 21),
        ),
    ]  # fmt: skip
    store.write_many(
        [
            (article("fr1"), fr1, [quote("fr1", 1)]),
            (article("en1", language="en"), en1, [quote("en1", 1, speaker=None)]),
            (article("en2", language="en", published=None), en2, []),
        ],
        "v1",
    )
    return store


def ids(records: list[dict[str, Any]]) -> list[str]:
    """Event ids in order."""
    return [r["event_id"] for r in records]


ALL = ["en1#e0", "en1#e1", "en2#e0", "fr1#e0", "fr1#e1"]

CASES: list[tuple[dict[str, Any], list[str]]] = [
    ({}, ALL),
    ({"types": ["assault"]}, ["en2#e0", "fr1#e0"]),
    ({"types": ("PROTEST", "CONSULT")}, ["en1#e0", "en1#e1"]),
    ({"actor": "etats-unis"}, ["fr1#e0", "fr1#e1"]),
    ({"actor": "ÉTATS"}, ["fr1#e0", "fr1#e1"]),
    ({"actor": "united states"}, ["fr1#e0", "fr1#e1"]),
    ({"actor": "kataeb"}, ["en2#e0", "fr1#e0"]),
    ({"actor": "nobody"}, []),
    ({"country": "irq"}, ["en1#e0", "en2#e0", "fr1#e0"]),
    ({"country": "USA"}, ["fr1#e0", "fr1#e1"]),
    ({"place": "bagdad"}, ["fr1#e0"]),
    ({"place": "Baghdad"}, ["fr1#e0"]),
    ({"place": "a erbil"}, ["en1#e0"]),
    ({"date_from": "2021-01", "date_to": "2021-01"}, ["en2#e0"]),
    ({"date_from": "2021-02-20", "date_to": "2021-02-20"}, ["en1#e0", "en2#e0"]),
    ({"date_from": "2021-02-25"}, ["en1#e0", "en2#e0", "fr1#e0"]),  # winter 2020 ends in February
    ({"date_from": "2020-10-01", "date_to": "2020-10-31"}, ["fr1#e1"]),
    ({"date_to": "2020"}, ["en2#e0", "fr1#e1"]),
    ({"date_from": "2021-03"}, []),
    ({"article": "en1"}, ["en1#e0", "en1#e1"]),
    ({"text": "THOUSANDS"}, ["en1#e0"]),
    ({"text": "etats-unis ont"}, ["fr1#e0"]),
    ({"status": "threatened"}, ["fr1#e1"]),
    ({"types": ["ASSAULT"], "country": "IRQ", "date_from": "2021"}, ["en2#e0", "fr1#e0"]),
]


@pytest.mark.parametrize(("filters", "expected"), CASES)
def test_filters_and_counts(corpus: Store, filters: dict[str, Any], expected: list[str]) -> None:
    assert ids(corpus.events(**filters)) == expected
    assert corpus.count_events(**filters) == len(expected)
    assert ids(list(corpus.iter_events(**filters))) == expected


def test_paging_covers_everything_once(corpus: Store) -> None:
    pages = [corpus.events(limit=2, offset=k) for k in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert [r for p in pages for r in p] == corpus.events()
    assert corpus.events(limit=0) == []
    assert corpus.events(offset=10) == []


def test_order_by_date_puts_undated_last(corpus: Store) -> None:
    assert ids(corpus.events(order="date")) == ["fr1#e0", "en1#e0", "en2#e0", "fr1#e1", "en1#e1"]


@pytest.mark.parametrize(
    "bad",
    [{"order": "random"}, {"date_from": "last week"}, {"date_to": "2021-13"}, {"limit": -1}, {"offset": -2}],
)
def test_bad_arguments_raise_value_error(corpus: Store, bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        corpus.events(**bad)


def test_unknown_filter_is_named(corpus: Store) -> None:
    with pytest.raises(TypeError, match="colour"):
        list(corpus.iter_events(colour="red"))


def test_quotes_and_articles_listing(corpus: Store) -> None:
    assert [q["article_id"] for q in corpus.quotes()] == ["en1", "fr1"]
    assert corpus.quotes(article="en1")[0]["speaker"] is None
    assert len(corpus.quotes(limit=1)) == 1
    assert [a["article_id"] for a in corpus.articles()] == ["en1", "en2", "fr1"]
    assert [a["article_id"] for a in corpus.articles(limit=1, offset=1)] == ["en2"]


def test_stats(corpus: Store) -> None:
    s = corpus.stats()
    assert s["articles"] == 3
    assert s["articles_by_language"] == {"en": 2, "fr": 1}
    assert s["articles_by_status"] == {"ok": 3}
    assert s["events"] == 5
    assert s["events_by_type"] == {"ASSAULT": 2, "CONSULT": 1, "PROTEST": 1, "THREATEN": 1}
    assert s["events_by_status"] == {"occurred": 3, "announced": 1, "threatened": 1}
    assert s["quotes"] == 2
    assert s["date_range"] == {"start": "2020-09-01", "end": "2021-02-28"}
    assert s["pipeline_versions"] == {"v1": 3}
    assert s["schema_version"] == schema.available()[-1].name
    assert s["db_size"] > 0


def test_stats_of_empty_memory_store() -> None:
    with Store.open(":memory:") as s:
        stats = s.stats()
    assert stats["articles"] == 0 and stats["events_by_type"] == {} and stats["db_size"] is None
    assert stats["date_range"] == {"start": None, "end": None}
