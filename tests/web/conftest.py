"""Fixtures of the desk tests: a small hand-built store, its app, and a test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.store.store_records import BAGHDAD, ERBIL, IRAN, MILITIA, USA, article, event, quote
from vigie.store import Store
from vigie.types import Actor, Evidence, Place
from vigie.web import create_app

PARIS = Place("Paris", "Paris", "FRA", None, 48.85, 2.35, "city")
FRANCE = Actor("la France", "France", "FRA", "FRA", "state")
TEXT = "Texte. " * 40


def _fill(store: Store) -> None:
    """Three articles: two about Iraq (one never naming Iran), one about France; 7 events, 2 quotes."""
    a1 = article("a1", TEXT, published="2021-02-25")
    e1 = [
        event("a1", 1, date="2021-02-25"),
        event("a1", 2, event_type="ACCUSE", mode=None, date="2021-03-02", dead=None, injured=None),
        event("a1", 3, event_type="ASSAULT", date="2020-11", location=ERBIL, dead=1),
    ]
    a2 = article("a2", TEXT, published="2021-03-10")
    e2 = [
        event("a2", 1, event_type="CONSULT", mode=None, source=[USA], target=[MILITIA], date="2021-03-09",
              dead=None, injured=None),
        event("a2", 2, event_type="CONSULT", mode=None, source=[USA], target=[MILITIA], date=None,
              dead=None, injured=None, location=None),
    ]  # fmt: skip
    a3 = article("a3", TEXT, published="2022-05-01", language="en")
    e3 = [
        event("a3", 1, event_type="PROTEST", mode=None, source=[FRANCE], target=[USA], date="2022-04-30",
              location=PARIS, dead=None, injured=None, evidence=Evidence("Texte. Texte.", 7, 20)),
        event("a3", 2, event_type="SUPPORT", mode=None, source=[FRANCE], target=[IRAN], date="2022-05",
              location=BAGHDAD, dead=None, injured=None),
    ]  # fmt: skip
    store.write_many(
        [(a1, e1, [quote("a1", 1)]), (a2, e2, [quote("a2", 2, speaker=None)]), (a3, e3, [])], "test"
    )


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small store on disk, written once per session."""
    path = tmp_path_factory.mktemp("web") / "desk.duckdb"
    with Store.open(path) as s:
        _fill(s)
    return path


@pytest.fixture(scope="session")
def ro_store(web_db: Path) -> Iterator[Store]:
    """The small store opened read-only, as `vigie serve` opens it (answers are cached)."""
    with Store.open(web_db, read_only=True) as s:
        yield s


@pytest.fixture(scope="session")
def client(ro_store: Store) -> Iterator[TestClient]:
    with TestClient(create_app(ro_store)) as c:
        yield c
