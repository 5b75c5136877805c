"""The incremental incident step over a real store, with hand-made events (no model needed)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from vigie.dedupe.update import rebuild, update
from vigie.store import Store
from vigie.types import Actor, Article, Event, Evidence, Place

GAO = Place("Gao", "Gao", "MLI", "Gao", 16.27, -0.04, "city")
MOPTI = Place("Mopti", "Mopti", "MLI", "Mopti", 14.49, -4.19, "city")
ARMY = Actor("l'armée malienne", "Malian army", "MLI_MIL", "MLI", "military")


def article(aid: str, published: str, lang: str = "en") -> Article:
    text = f"Report {aid}: something happened, according to officials quoted by the {aid} desk."
    return Article(aid, text, lang, published=published, text_sha256=aid)


def attack(
    aid: str, n: int, day: str | None, place: Place | None = GAO, dead: int | None = 12, **kw: object
) -> Event:
    sentence = f"Attack number {n} reported in {aid}."
    base = Event(
        article_id=aid, event_id=f"{aid}-e{n}", event_type="ASSAULT", mode=None, status="occurred", source=[ARMY],
        target=[], date=day, date_text=day, location=place, dead=dead, injured=None, size=None, quote=None,
        evidence=Evidence(sentence, 0, len(sentence)), language="en", confidence=0.9,
    )  # fmt: skip
    return replace(base, **kw)  # type: ignore[arg-type]


def state(store: Store) -> list[tuple[str, tuple[str, ...], int, int]]:
    """Incidents as (id, member events, reports, corroboration), order-free."""
    out = []
    for inc in store.incidents(limit=None):
        full = store.incident(inc["incident_id"])
        assert full is not None
        members = tuple(sorted(r["event_id"] for r in full["reports"]))
        out.append((inc["incident_id"], members, inc["n_reports"], inc["corroboration"]))
    return sorted(out)


def write(store: Store, *records: tuple[Article, list[Event]]) -> None:
    store.write_many([(a, e, []) for a, e in records], "test")


def test_reports_of_one_attack_merge_and_a_later_one_stays_apart() -> None:
    with Store.open(":memory:") as store:
        write(store, (article("a1", "2024-03-12"), [attack("a1", 0, "2024-03-12")]))
        update(store)
        write(
            store,
            (article("a2", "2024-03-13"), [attack("a2", 0, "2024-03-12", dead=14)]),
            (article("a3", "2024-03-20"), [attack("a3", 0, "2024-03-19")]),
        )
        update(store)
        incidents = store.incidents(limit=None)
        assert sorted(i["n_reports"] for i in incidents) == [1, 2]
        merged = next(i for i in incidents if i["n_reports"] == 2)
        assert merged["dead"] == 14 and merged["first_report"] == "2024-03-12"
        assert merged["location"]["name"] == "Gao" and merged["source"][0]["id"] == "MLI_MIL"
        shown = store.incident(merged["incident_id"])
        assert shown is not None and [r["article_id"] for r in shown["reports"]] == ["a1", "a2"]
        assert "same day 2024-03-12" in shown["reports"][1]["why"]
        # the stored event records carry their incident id
        assert {e["incident_id"] for e in store.events(article="a2")} == {merged["incident_id"]}


def test_incremental_equals_rebuild_whatever_the_order() -> None:
    day = date(2024, 3, 12)
    records = []
    for i in range(12):
        d = (day + timedelta(days=i % 3 * 8)).isoformat()
        place = GAO if i % 2 else MOPTI
        records.append(
            (article(f"a{i:02d}", d), [attack(f"a{i:02d}", 0, d, place), attack(f"a{i:02d}", 1, None)])
        )
    with Store.open(":memory:") as one, Store.open(":memory:") as other:
        for r in records:
            write(one, r)
            update(one)
        for r in reversed(records):
            write(other, r)
        update(other)
        assert state(one) == state(other)
        before = state(one)
        rebuild(one)
        assert state(one) == before
        assert len(before) < 24  # something merged


def test_rewriting_an_article_recomputes_its_incident() -> None:
    with Store.open(":memory:") as store:
        write(
            store,
            (article("a1", "2024-03-12"), [attack("a1", 0, "2024-03-12")]),
            (article("a2", "2024-03-12"), [attack("a2", 0, "2024-03-12")]),
            (article("a3", "2024-03-13"), [attack("a3", 0, "2024-03-12")]),
        )
        update(store)
        assert [i["n_reports"] for i in store.incidents(limit=None)] == [3]
        # a2 corrected: the attack was in Mopti; it leaves the incident, the other two stay together
        write(store, (article("a2", "2024-03-12"), [attack("a2", 0, "2024-03-12", MOPTI)]))
        assert store.incident_counts()["pending_events"] == 1
        update(store)
        assert sorted(i["n_reports"] for i in store.incidents(limit=None)) == [1, 2]
        assert store.incident_counts()["pending_events"] == 0
        # deleting an article leaves no report of it
        store.delete_article("a3")
        update(store)
        assert sorted(i["n_reports"] for i in store.incidents(limit=None)) == [1, 1]


def test_nothing_pending_does_nothing() -> None:
    with Store.open(":memory:") as store:
        result = update(store)
        assert (result.events, result.incidents) == (0, 0)


def test_an_interrupted_republication_step_leaves_its_articles_pending(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A crash after the candidates are found but before the links are written loses no link: the articles
    are still waiting, and the next update links them as an uninterrupted one does."""
    from tests.dedupe.test_links import COPY_EN, WIRE_EN
    from vigie.dedupe import links

    def records() -> list[tuple[Article, list[Event]]]:
        return [
            (Article(aid, text, "en", published="2024-03-12", text_sha256=aid), [])
            for aid, text in (("wire", WIRE_EN), ("copy", COPY_EN))
        ]

    with Store.open(":memory:") as whole, Store.open(":memory:") as broken:
        write(whole, *records())
        update(whole)
        assert [(x["a"], x["b"], x["kind"]) for x in whole.article_links()] == [("copy", "wire", "copy")]

        write(broken, *records())
        compare = links.compare

        def crash(*args: object, **kwargs: object) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(links, "compare", crash)
        with pytest.raises(KeyboardInterrupt):
            update(broken)
        monkeypatch.setattr(links, "compare", compare)
        assert broken.article_links() == []
        update(broken)
        assert broken.article_links() == whole.article_links()


def test_daily_attacks_linked_day_to_day_do_not_chain_into_one_incident() -> None:
    """Reports of one place's attacks on ten consecutive days, each a day off its neighbours: every incident's
    reports stay within two days of each other instead of spanning the ten days."""
    start = date(2024, 3, 1)
    with Store.open(":memory:") as store:
        for i in range(10):
            for copy in ("x", "y"):
                day = (start + timedelta(days=i + (copy == "y"))).isoformat()
                write(store, (article(f"{copy}{i}", day), [attack(f"{copy}{i}", 0, day)]))
        update(store)
        spans = [
            date.fromisoformat(i["last_report"]) - date.fromisoformat(i["first_report"])
            for i in store.incidents(limit=None)
        ]
        assert max(spans) <= timedelta(days=2)
        assert any(n > 1 for n in (i["n_reports"] for i in store.incidents(limit=None)))
