"""Bad database files and locks surface as StoreError with a plain message, never a raw duckdb error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vigie.errors import StoreError
from vigie.store import Store, schema


def test_garbage_file_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "corrupt.duckdb"
    bad.write_bytes(b"\x00\xffnot a database\n" * 500)
    with pytest.raises(StoreError, match="is not a DuckDB database file") as info:
        Store.open(bad)
    assert str(bad) in str(info.value)


def test_tiny_text_file_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "notes.duckdb"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        Store.open(bad)


@pytest.mark.slow
def test_locked_by_another_process(db_path: Path) -> None:
    Store.open(db_path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom vigie.store import Store\ns = Store.open(sys.argv[1])\n"
            "print('ready', flush=True)\ntime.sleep(30)\n",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="locked by another process"):
            Store.open(db_path)
        with pytest.raises(StoreError, match="locked by another process"):
            Store.open(db_path, read_only=True)
    finally:
        holder.kill()
        holder.wait(timeout=10)
    with Store.open(db_path) as s:  # free again once the holder is gone
        assert s.schema_version() == schema.available()[-1].name


def test_directory_and_missing_parent(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "no" / "such" / "dir.duckdb")


def test_read_only_needs_an_existing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as ro, pytest.raises(StoreError, match="read-only"):
        ro.delete_article("x")


def test_export_into_missing_directory(store: Store, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "parquet"):
        with pytest.raises(StoreError, match="does not exist"):
            store.export(fmt, tmp_path / "missing" / f"out.{fmt}")
