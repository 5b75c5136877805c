"""Fixtures of the store tests: a fresh database file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from vigie.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes."""
    return tmp_path / "vigie.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An open, migrated, empty store on disk."""
    with Store.open(db_path) as s:
        yield s
