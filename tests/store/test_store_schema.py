"""Named migrations: recorded, applied once, each atomic with its record."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from vigie.errors import StoreError
from vigie.store import Store, schema


def test_packaged_migrations_are_numbered_in_order() -> None:
    names = [m.name for m in schema.available()]
    assert names[0] == "0001_initial"
    assert names == sorted(names)
    assert all(m.sql.strip() for m in schema.available())


def test_fresh_database_records_every_migration(store: Store) -> None:
    names = [m["name"] for m in store.migrations()]
    assert names == [m.name for m in schema.available()]
    assert store.schema_version() == names[-1]
    tables = {r[0] for r in store._con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}  # type: ignore[union-attr]
    assert {"schema_migrations", "articles", "events", "event_actors", "quotes"} <= tables


def test_reopening_applies_nothing(db_path: Path) -> None:
    with Store.open(db_path) as first:
        before = first.migrations()
    with Store.open(db_path) as again:
        assert again.migrations() == before
        assert schema.apply_pending(again._con) == []  # type: ignore[arg-type]


def test_read_only_open_of_a_migrated_file(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as ro:
        assert ro.schema_version() == schema.available()[-1].name
        assert ro.events() == []


def test_read_only_open_of_an_unmigrated_file_says_so(db_path: Path) -> None:
    duckdb.connect(str(db_path)).close()
    with pytest.raises(StoreError, match="out of date"):
        Store.open(db_path, read_only=True)


def test_a_failing_migration_leaves_no_trace(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = schema.available()
    bad = schema.Migration("0002_broken", "CREATE TABLE half_done (x INTEGER); SELECT * FROM no_such_table;")
    monkeypatch.setattr(schema, "available", lambda: [*good, bad])
    with pytest.raises(StoreError, match="0002_broken"):
        Store.open(db_path)
    monkeypatch.undo()
    with Store.open(db_path) as s:
        assert [m["name"] for m in s.migrations()] == [m.name for m in schema.available()]
        tables = {r[0] for r in s._con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}  # type: ignore[union-attr]
        assert "half_done" not in tables


def test_unknown_recorded_migration_is_refused(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s._con.execute("INSERT INTO schema_migrations VALUES ('9999_future', now()::TIMESTAMP)")  # type: ignore[union-attr]
    with pytest.raises(StoreError, match="newer version"):
        Store.open(db_path)
