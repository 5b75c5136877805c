"""Named schema migrations: packaged `NNNN_name.sql` files applied in order, each recorded in the same transaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources

import duckdb

from ..errors import StoreError

__all__ = ["Migration", "apply_pending", "applied", "available"]

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
_TABLE = """CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"""


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: its name (file stem) and SQL text."""

    name: str
    sql: str


def available() -> list[Migration]:
    """The packaged migrations, sorted by their number."""
    folder = resources.files("vigie.store").joinpath("migrations")
    found = sorted(
        (entry.name for entry in folder.iterdir() if _NAME.match(entry.name)),
        key=lambda n: int(n[:4]),
    )
    numbers = [n[:4] for n in found]
    if len(set(numbers)) != len(numbers):
        raise StoreError(f"two packaged migrations share a number: {found}")
    return [Migration(n.removesuffix(".sql"), folder.joinpath(n).read_text(encoding="utf-8")) for n in found]


def _has_table(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the migration record table exists."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations' AND schema_name = 'main'"
    ).fetchone()
    return bool(row and row[0])


def applied(con: duckdb.DuckDBPyConnection) -> list[tuple[str, datetime]]:
    """Recorded migrations (name, applied_at), oldest first; empty for a fresh database."""
    if not _has_table(con):
        return []
    rows = con.execute("SELECT name, applied_at FROM schema_migrations ORDER BY name").fetchall()
    return [(str(name), at) for name, at in rows]


def apply_pending(con: duckdb.DuckDBPyConnection, *, read_only: bool = False) -> list[str]:
    """Apply every packaged migration not yet recorded, one transaction each; return the names applied."""
    done = {name for name, _ in applied(con)}
    pending = [m for m in available() if m.name not in done]
    unknown = done - {m.name for m in available()}
    if unknown and not read_only:
        raise StoreError(
            f"database has migrations this vigie does not know ({', '.join(sorted(unknown))}); "
            "it was written by a newer version"
        )
    if not pending:
        return []
    if read_only:
        raise StoreError(
            f"database schema is out of date (missing {', '.join(m.name for m in pending)}); "
            "open it once without read-only to migrate"
        )
    con.execute(_TABLE)
    names = []
    for migration in pending:
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                [migration.name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except duckdb.Error as e:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {migration.name} failed: {e}") from e
        names.append(migration.name)
    return names
