"""Exports: jsonl equals the query dicts, csv and parquet read back with DuckDB."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pytest
from store_records import records, stored

from vigie.store import Store


@pytest.fixture
def filled(store: Store) -> Store:
    """Three articles with a few dozen events each."""
    store.write_many([records(i) for i in range(3)], "v1")
    return store


def read(path: Path, fmt: str) -> list[tuple[object, ...]]:
    """Rows of an exported file, as DuckDB reads them."""
    reader = {"csv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[fmt]
    return duckdb.connect().execute(f"SELECT * FROM {reader}(?)", [str(path)]).fetchall()


def test_jsonl_lines_equal_query_dicts(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    n = filled.export("jsonl", out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert n == len(lines) == filled.count_events()
    assert lines == filled.events()
    assert lines == [stored(e) for i in range(3) for e in records(i)[1]]
    assert len(read(out, "jsonl")) == n


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_flat_exports_read_back(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    n = filled.export(fmt, out)
    assert n == filled.count_events() == len(read(out, fmt))


def test_exports_take_filters(filled: Store, tmp_path: Path) -> None:
    expected = filled.count_events(article="art-001", actor="o'brien")
    assert 0 < expected < filled.count_events(article="art-001")
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"some.{fmt}"
        assert filled.export(fmt, out, article="art-001", actor="o'brien") == expected
        assert len(read(out, fmt)) == expected
    assert filled.export("csv", tmp_path / "two.csv", limit=2, order="date") == 2


def test_csv_flattens_actors_and_place(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    filled.export("csv", out, limit=2)
    con = duckdb.connect()
    rows = con.execute(
        "SELECT event_id, source, target, place_name, lat, quote_speaker FROM read_csv(?, all_varchar = true)",
        [str(out)],
    ).fetchall()
    assert rows[0] == ("art-000#v1#e0", "United States (USA)", None, "Baghdad", "33.3152", None)
    assert rows[1][1] == 'United States (USA); O\'Brien "100%_sure"'
    assert rows[1][2] == "Kataib Hezbollah (IRQ)"


def test_parquet_keeps_actors_as_json(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    filled.export("parquet", out)
    source, quote_speaker = duckdb.connect().execute(
        "SELECT source, quote_speaker FROM read_parquet(?) WHERE event_id = 'art-000#v1#e0'", [str(out)]
    ).fetchone() or (None, None)
    assert json.loads(str(source)) == filled.events(limit=1)[0]["source"]
    assert quote_speaker is None  # that quote has no speaker


def test_stream_exports(filled: Store, tmp_path: Path) -> None:
    buf = io.StringIO()
    assert filled.export_stream("jsonl", buf, limit=3) == 3
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == filled.events(limit=3)
    buf = io.StringIO()
    n = filled.export_stream("csv", buf)
    filled.export("csv", tmp_path / "file.csv")
    assert buf.getvalue() == (tmp_path / "file.csv").read_text(encoding="utf-8")
    assert n == filled.count_events()


def test_bad_export_requests(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="jsonl, csv, parquet"):
        filled.export("xml", tmp_path / "x.xml")
    with pytest.raises(ValueError, match="binary"):
        filled.export_stream("parquet", io.StringIO())
    with pytest.raises(TypeError, match="colour"):
        filled.export("csv", tmp_path / "x.csv", colour="red")
