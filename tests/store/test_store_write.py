"""Writes: every field round-trips, articles are stored once, rewrites replace, batches are atomic."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from store_records import BAGHDAD, IRAN, ODD, USA, article, event, quote, records, sha, stored, table_counts

from vigie.errors import StoreError
from vigie.store import Store


def test_events_round_trip_exactly(store: Store) -> None:
    a = article("a1")
    q1, q2 = quote("a1", 1), quote("a1", 2, speaker=None, direct=False)
    events = [
        event("a1", 0, quote=q1),
        event(
            "a1", 1, event_type="THREATEN", mode=None, status="threatened", source=[], target=[],
            date=None, date_text=None, location=None, dead=None, injured=None, size=5200,
            approximate=True, confidence=1.0, trigger="",
        ),
        event("a1", 2, source=[IRAN, ODD], date="2020-23", location=replace(BAGHDAD, lat=None, lon=None)),
    ]  # fmt: skip
    store.write_article(a, events, [q1, q2], "v1")
    assert store.events() == [stored(e) for e in events]
    assert store.events(article="a1", limit=1)[0] == stored(events[0])


def test_quotes_round_trip(store: Store) -> None:
    qs = [quote("a1", 1), quote("a1", 2, speaker=None, direct=False), quote("a1", 3, speaker=ODD)]
    store.write_article(article("a1"), [], qs, "v1")
    got = store.quotes()
    assert [{k: v for k, v in g.items() if k != "quote_id"} for g in got] == [q.to_dict() for q in qs]
    assert len({g["quote_id"] for g in got}) == 3
    assert store.quotes(article="nope") == []


def test_event_quote_links_to_its_quote_row(store: Store) -> None:
    q = quote("a1", 1)
    store.write_article(article("a1"), [event("a1", 0, quote=q)], [q], "v1")
    con = store._con
    assert con is not None
    linked = con.execute("SELECT e.quote_id = q.quote_id FROM events e, quotes q").fetchone()
    assert linked == (True,)


def test_article_round_trip(store: Store) -> None:
    a = article("a1", "Un texte « accentué » — avec 5 200 soldats.")
    store.write_article(a, [event("a1", 0)], [], "v1")
    rec = store.article("a1")
    assert rec is not None
    assert rec["text"] == a.text
    assert rec["removed"] == [{"reason": r.reason, "text": r.text} for r in a.removed]
    assert rec["published"] == "2021-02-25"
    assert rec["n_events"] == 1
    assert rec["pipeline_version"] == "v1"
    assert store.load_article("a1") == a
    listed = store.articles()
    assert len(listed) == 1 and "text" not in listed[0] and listed[0]["title"] == a.title
    assert store.article("missing") is None and store.load_article("missing") is None


def test_unparsable_publication_date_is_stored_as_null(store: Store) -> None:
    store.write_article(article("a1", published="jeudi dernier"), [], [], "v1")
    assert store.article("a1")["published"] is None  # type: ignore[index]


def test_not_analysed_article_without_events(store: Store) -> None:
    a = article("de1", "Ein deutscher Text.", language="de", status="not_analysed")
    store.write_article(a, [], [], "v1")
    assert store.article("de1")["status"] == "not_analysed"  # type: ignore[index]
    assert store.count_events() == 0


def test_same_article_twice_is_stored_once(store: Store) -> None:
    a, events, quotes = records(1)
    store.write_article(a, events, quotes, "v1")
    store.write_article(a, events, quotes, "v1")
    assert table_counts(store) == {
        "articles": 1,
        "events": len(events),
        "event_actors": sum(len(e.source) + len(e.target) for e in events),
        "quotes": len(quotes),
    }
    assert store.events() == [stored(e) for e in events]


def test_needs_processing(store: Store) -> None:
    a = article("a1")
    assert store.needs_processing("a1", a.text_sha256, "v1")
    store.write_article(a, [event("a1", 0)], [], "v1")
    assert not store.needs_processing("a1", a.text_sha256, "v1")
    assert store.needs_processing("a1", a.text_sha256, "v2")
    assert store.needs_processing("a1", sha("changed text"), "v1")
    assert store.needs_processing("a2", a.text_sha256, "v1")


def test_rewrite_with_new_version_leaves_no_old_rows(store: Store) -> None:
    old, new = records(3, "v1"), records(3, "v2")
    store.write_article(*old, pipeline_version="v1")
    store.write_article(*new, pipeline_version="v2")
    assert len(new[1]) < len(old[1])
    assert store.events() == [stored(e) for e in new[1]]
    counts = table_counts(store)
    assert counts["events"] == len(new[1]) and counts["quotes"] == len(new[2]) and counts["articles"] == 1
    assert counts["event_actors"] == sum(len(e.source) + len(e.target) for e in new[1])
    assert store.stats()["pipeline_versions"] == {"v2": 1}


def test_find_by_raw_hash(store: Store) -> None:
    a = article("a1")
    store.write_article(a, [], [], "v1")
    assert store.find_by_raw_hash(a.raw_sha256) == "a1"
    assert store.find_by_raw_hash(a.raw_sha256, pipeline_version="v1") == "a1"
    assert store.find_by_raw_hash(a.raw_sha256, pipeline_version="v2") is None
    assert store.find_by_raw_hash(sha("other")) is None
    assert store.find_by_raw_hash("") is None


def test_write_many_stores_all_and_last_copy_wins(store: Store) -> None:
    batch = [records(i) for i in range(5)]
    a0 = replace(batch[0][0], title="second copy")
    store.write_many([*batch, (a0, batch[0][1][:2], [])], "v1")
    assert table_counts(store)["articles"] == 5
    assert store.article("art-000")["title"] == "second copy"  # type: ignore[index]
    assert store.count_events(article="art-000") == 2
    assert store.count_events() == 2 + sum(len(b[1]) for b in batch[1:])


def test_failed_batch_changes_nothing(store: Store) -> None:
    store.write_many([records(0), records(1)], "v1")
    before = store.events()
    clash = event("other", 0, event_id=records(1)[1][0].event_id)  # id already stored for art-001
    with pytest.raises(StoreError, match="other"):
        store.write_many([records(0, "v2"), (article("other"), [clash], [])], "v2")
    assert store.events() == before
    assert store.article("other") is None
    assert store.article("art-000")["pipeline_version"] == "v1"  # type: ignore[index]


def test_duplicate_event_id_within_a_write_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="appears twice"):
        store.write_article(article("a1"), [event("a1", 0), event("a1", 0)], [], "v1")
    assert table_counts(store)["articles"] == 0


def test_records_of_another_article_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="a2"):
        store.write_article(article("a1"), [event("a2", 0)], [], "v1")


def test_identical_quotes_are_stored_once(store: Store) -> None:
    q = quote("a1", 1)
    store.write_article(article("a1"), [], [q, q], "v1")
    assert len(store.quotes()) == 1


def test_delete_article(store: Store) -> None:
    store.write_many([records(0), records(1)], "v1")
    assert store.delete_article("art-000")
    assert not store.delete_article("art-000")
    assert {a["article_id"] for a in store.articles()} == {"art-001"}
    assert table_counts(store)["events"] == len(records(1)[1])


def test_quotes_and_percent_signs_in_values(store: Store) -> None:
    odd_text = "Il a dit : 'c''est 100%_sûr' ; DROP TABLE events; --"
    a = article('it\'s "odd" 50%_', odd_text)
    e = event(a.id, 0, source=[ODD], evidence=replace(event(a.id, 0).evidence, text=odd_text))
    store.write_article(a, [e], [], "v1")
    assert store.events() == [stored(e)]
    assert store.article(a.id)["text"] == odd_text  # type: ignore[index]
    assert store.count_events(actor="100%_") == 1
    assert store.count_events(actor="1000") == 0
    assert store.count_events(text="'c''est") == 1
    assert store.count_events(article=a.id) == 1
    assert table_counts(store)["events"] == 1


def test_closed_store_raises_store_error(db_path: Path) -> None:
    s = Store.open(db_path)
    s.close()
    s.close()
    with pytest.raises(StoreError, match="closed"):
        s.events()


def test_usa_actor_offsets_are_kept(store: Store) -> None:
    store.write_article(article("a1"), [event("a1", 0)], [], "v1")
    con = store._con
    assert con is not None
    row = con.execute("SELECT char_start, char_end FROM event_actors WHERE role = 'source'").fetchone()
    assert row == (USA.start, USA.end)


def test_reopen_keeps_the_data_and_the_writes_go_on(tmp_path: Path) -> None:
    """A long ingest reopens its connection now and then: nothing stored is lost and writing continues."""
    path = tmp_path / "long.duckdb"
    with Store.open(path) as store:
        store.write_many([records(1)], "v1")
        store.reopen()
        store.write_many([records(2)], "v1")
        assert {a["article_id"] for a in store.articles()} == {"art-001", "art-002"}
        store.close()
        with pytest.raises(StoreError):
            store.reopen()
    with Store.open(":memory:") as memory:  # the data lives in the connection: reopening keeps it
        memory.write_many([records(3)], "v1")
        memory.reopen()
        assert [a["article_id"] for a in memory.articles()] == ["art-003"]


def test_write_many_reopens_the_connection_every_so_many_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vigie.store.db as db

    monkeypatch.setattr(db, "REOPEN_ARTICLES", 2)
    with Store.open(tmp_path / "long.duckdb") as store:
        first = store._con
        store.write_many([records(1)], "v1")
        assert store._con is first
        store.write_many([records(2)], "v1")
        assert store._con is not first  # reopened after the second article
        store.write_many([records(3)], "v1")
        assert {a["article_id"] for a in store.articles()} == {"art-001", "art-002", "art-003"}
