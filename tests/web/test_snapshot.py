"""The in-memory snapshot answers exactly as the SQL over `where_clause` (the filters of `vigie events`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vigie.bench.api import synthetic_actors, synthetic_places
from vigie.store import EventQuery, Store
from vigie.store.analytics import Analytics
from vigie.store.synthetic import TYPE_WEIGHTS, build_synthetic

QUERIES = [
    EventQuery(),
    EventQuery(types=("ASSAULT",)),
    EventQuery(types=("consult", "PROTEST")),
    EventQuery(country="IRQ"),
    EventQuery(country="usa", types=("ACCUSE",)),
    EventQuery(date_from="2019", date_to="2019-06"),
    EventQuery(date_from="2023-02-28"),
    EventQuery(date_to="2015-03"),
    EventQuery(status="occurred"),
    EventQuery(status="denied"),
    EventQuery(country="ZZZ"),
]


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Analytics]:
    path = tmp_path_factory.mktemp("snap") / "syn.duckdb"
    assert build_synthetic(str(path), 6000, synthetic_actors(), synthetic_places(200)) == 6000
    with Store.open(path, read_only=True) as store:
        yield store.analytics()


def test_synthetic_store_is_news_like(synthetic: Analytics) -> None:
    counts = synthetic.event_types()
    assert sum(counts.values()) == 6000 and set(counts) == {t for t, _ in TYPE_WEIGHTS}
    assert counts["CONSULT"] > counts["ASSAULT"] > counts["SANCTION"] > counts["CONCEDE"]
    years = synthetic.timeline(EventQuery(), "year")
    assert len(years["buckets"]) in (10, 11) and sum(years["undated"].values()) > 0
    totals = [b["total"] for b in years["buckets"]]
    assert totals[-1] > totals[0]  # more recent years denser
    places = synthetic.places(EventQuery(), limit=5000)
    assert len({f["properties"]["country"] for f in places["features"]}) > 40
    actors = synthetic.actors(EventQuery(), limit=1000)
    assert actors[0]["events"] > 10 * actors[len(actors) // 2]["events"]  # a few actors dominate


@pytest.mark.parametrize("q", QUERIES, ids=repr)
def test_snapshot_matches_sql(synthetic: Analytics, q: EventQuery) -> None:
    assert synthetic.count(q) == synthetic._count_sql(q)
    for sort in ("date", "-date", "type", "confidence", "dead"):
        for offset in (0, 50, 1000):
            page = EventQuery(**{**_filters(q), "limit": 50, "offset": offset})
            ids = [e["event_id"] for e in synthetic.events_page(page, sort)]
            assert ids == synthetic._page_ids_sql(page, sort), (sort, offset)
    for bucket in ("day", "week", "month", "year"):
        for group in ("type", "quad"):
            assert synthetic.timeline(q, bucket, group) == synthetic._timeline_sql(q, bucket, group)
    fast, slow = synthetic.places(q, 5000), synthetic._places_sql(q, 5000)
    assert fast["countries"] == slow["countries"]
    key = lambda f: (f["properties"]["name"], f["properties"]["country"], *f["geometry"]["coordinates"])  # noqa: E731
    assert sorted(
        (key(f), f["properties"]["events"], f["properties"]["dead"]) for f in fast["features"]
    ) == sorted((key(f), f["properties"]["events"], f["properties"]["dead"]) for f in slow["features"])


def test_network_on_sql_filters_matches_the_snapshot_filters(synthetic: Analytics) -> None:
    """An actor filter (SQL route) and the equivalent country filter (snapshot route) agree on one actor."""
    net = synthetic.network(EventQuery(), limit=20)
    assert net["edges"] == sorted(net["edges"], key=lambda e: -e["weight"])
    assert all(sum(e["by_type"].values()) == e["weight"] for e in net["edges"])
    by_type = synthetic.network(EventQuery(types=("AID",)), limit=5)
    assert all(set(e["by_type"]) == {"AID"} for e in by_type["edges"])
    sql_route = synthetic.network(EventQuery(actor="zzz-nobody"), limit=5)
    assert sql_route == {"nodes": [], "edges": []}


def test_a_writable_store_sees_new_events(tmp_path: Path) -> None:
    from tests.store.store_records import article, event

    with Store.open(tmp_path / "w.duckdb") as store:
        analytics = store.analytics()
        assert analytics.count(EventQuery()) == 0
        store.write_many([(article("x1"), [event("x1", 1)], [])], "test")
        assert analytics.count(EventQuery(types=("ASSAULT",))) == 1
        edges = analytics.network(EventQuery())["edges"]
        assert {(e["source"], e["target"], e["weight"]) for e in edges} == {
            ("USA", "KH", 1),
            ("USA", "IRN", 1),
        }


def _filters(q: EventQuery) -> dict[str, object]:
    return {k: getattr(q, k) for k in ("types", "country", "date_from", "date_to", "status")}


def test_timeline_over_centuries_stays_small(tmp_path: Path) -> None:
    """Dates a thousand years apart are counted per bucket that holds events, not on a dense grid."""
    from tests.store.store_records import article, event

    with Store.open(tmp_path / "c.duckdb") as store:
        store.write_many(
            [(article("c1"), [event("c1", 1, date="1021-02-03"), event("c1", 2, date="2021-02-03")], [])],
            "test",
        )
        days = store.analytics().timeline(EventQuery(), "day")
        assert [b["start"] for b in days["buckets"]] == ["1021-02-03", "2021-02-03"]
        assert days == store.analytics()._timeline_sql(EventQuery(), "day", "type")


_NETWORK_SQL = """
WITH a AS (SELECT event_id, role,
                  coalesce(actor_id, 'name:' || lower(coalesce(nullif(name, ''), text))) AS k FROM event_actors),
sel AS (SELECT e.event_id, e.event_type FROM events e{where}),
p AS (SELECT s.k AS src, t.k AS tgt, sel.event_type FROM sel JOIN a s ON s.event_id = sel.event_id
      JOIN a t ON t.event_id = sel.event_id WHERE s.role = 'source' AND t.role = 'target' AND s.k <> t.k)
SELECT src, tgt, count(*) AS w, list(event_type) AS types FROM p GROUP BY 1, 2
"""


def _network_sql(
    analytics: Analytics, q: EventQuery, limit: int, min_events: int
) -> list[tuple[object, ...]]:
    """Edges as SQL counts them: weight desc, then source and target key, with the per-type split."""
    from collections import Counter

    from vigie.store.queries import where_clause

    where, params = where_clause(q)
    found = analytics._rows("reference network", _NETWORK_SQL.format(where=where), params)
    ranked = sorted(found, key=lambda r: (-r["w"], r["src"], r["tgt"]))
    return [(r["src"], r["tgt"], r["w"], dict(Counter(r["types"]))) for r in ranked if r["w"] >= min_events][
        :limit
    ]


@pytest.mark.parametrize("q", QUERIES, ids=repr)
def test_network_matches_sql(synthetic: Analytics, q: EventQuery) -> None:
    """Pre-aggregated facets, date slices and combined filters all give the edges SQL counts."""
    for limit, min_events in ((20, 1), (1000, 1), (50, 3)):
        net = synthetic.network(q, limit=limit, min_events=min_events)
        got = [(e["source"], e["target"], e["weight"], e["by_type"]) for e in net["edges"]]
        assert got == _network_sql(synthetic, q, limit, min_events), (limit, min_events)
        ids = {n["id"] for n in net["nodes"]}
        assert ids == {e["source"] for e in net["edges"]} | {e["target"] for e in net["edges"]}


SPAN_QUERIES = [
    EventQuery(date_from="2024-03-15", date_to="2024-03-15"),
    EventQuery(date_from="2024-03-20"),
    EventQuery(date_to="2024-02-28"),
    EventQuery(date_from="2024-04", date_to="2024-04"),
    EventQuery(date_from="2024-03-01", date_to="2024-03-31", types=("ASSAULT",)),
    EventQuery(date_from="2023", date_to="2023", country="USA"),
    EventQuery(date_from="2024-03-10", status="occurred"),
]


@pytest.mark.parametrize("q", SPAN_QUERIES, ids=repr)
def test_date_ranges_over_spans_and_open_ends_match_sql(tmp_path: Path, q: EventQuery) -> None:
    """Months, intervals, open ends and unknown starts are in a date range exactly when SQL says so."""
    from tests.store.store_records import article, event

    dates = ["2024-03-15", "2024-03", "2024-03-10/2024-04-02", "2024-03-18/..", "../2024-03-12", "2024", None,
             "2024-02-28", "2024-04-01", "2023-12-31/2024-01-01"]  # fmt: skip
    with Store.open(tmp_path / "s.duckdb") as store:
        events = [
            event("s1", i + 1, date=d, **({"event_type": "PROTEST"} if i % 3 else {}))
            for i, d in enumerate(dates)
        ]
        store.write_many([(article("s1"), events, [])], "test")
        analytics = store.analytics()
        assert analytics.count(q) == analytics._count_sql(q)
        page = EventQuery(**{**_filters(q), "limit": 50, "offset": 0})
        assert [e["event_id"] for e in analytics.events_page(page, "date")] == analytics._page_ids_sql(
            page, "date"
        )
        for bucket in ("day", "month"):
            assert analytics.timeline(q, bucket) == analytics._timeline_sql(q, bucket, "type")
        fast, slow = analytics.places(q), analytics._places_sql(q, 1000)
        assert fast["countries"] == slow["countries"] and len(fast["features"]) == len(slow["features"])


@pytest.mark.parametrize("sort", ["date", "-date", "type", "confidence", "dead"])
def test_walking_the_store_order_gives_the_page_the_ranks_give(synthetic: Analytics, sort: str) -> None:
    """Large selections take their first pages off the store's whole order; same events, same order."""
    import numpy as np

    snap = synthetic.snapshot()
    for q in (EventQuery(types=("CONSULT",)), EventQuery(country="USA"), EventQuery(types=("CONCEDE",))):
        sel = snap.select(q)
        assert sel is not None and len(sel) and bool(np.all(sel[1:] > sel[:-1]))
        ranks = snap._ranks[sort][sel]
        for k in (1, 50, 550, len(sel)):
            expected = sel[np.argsort(ranks, kind="stable")[:k]]
            assert snap._walk(sel, sort, k).tolist() == expected.tolist(), (q, k)
