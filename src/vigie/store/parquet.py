"""Load the Parquet output of the Spark job (`vigie spark`) into the database, replacing those articles."""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError
from . import rows
from .db import _DELETE, _INSERT_ACTOR, _INSERT_ARTICLE, _INSERT_EVENT, _INSERT_QUOTE, Store

__all__ = ["SPARK_MANIFEST", "LoadCounts", "is_spark_output", "load_spark_output"]

SPARK_MANIFEST = "vigie-spark.json"
_DATASETS = (
    ("articles", rows.ARTICLE_COLUMNS, _INSERT_ARTICLE),
    ("events", rows.EVENT_COLUMNS, _INSERT_EVENT),
    ("actors", rows.ACTOR_COLUMNS, _INSERT_ACTOR),
    ("quotes", rows.QUOTE_COLUMNS, _INSERT_QUOTE),
)


@dataclass(slots=True)
class LoadCounts:
    articles: int = 0
    events: int = 0
    quotes: int = 0
    not_analysed: int = 0
    failures: list[tuple[str, str, str]] | None = None
    pipeline_version: str = ""


def is_spark_output(path: str | Path) -> bool:
    """True for a directory the Spark job finished writing (its manifest is written last)."""
    return os.path.isfile(os.path.join(path, SPARK_MANIFEST))


def _files(directory: Path, name: str) -> list[str]:
    return sorted(glob.glob(str(directory / name / "**" / "*.parquet"), recursive=True))


def _scan(files: Sequence[str], columns: Sequence[tuple[str, str]]) -> str:
    names = ", ".join(f'"{c}"' for c, _ in columns)
    listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"SELECT {names} FROM read_parquet([{listing}], hive_partitioning = true, union_by_name = true)"


def load_spark_output(store: Store, directory: str | Path, batch_articles: int = 512) -> LoadCounts:
    """Replace the stored records of every article in the job's output, `batch_articles` per transaction.

    Each transaction deletes then inserts whole articles, so an interrupted load leaves no article half
    written and a re-run converges to the same database.
    """
    directory = Path(directory)
    try:
        manifest = json.loads((directory / SPARK_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"{directory}: not a finished vigie spark output ({e})") from None
    counts = LoadCounts(failures=[], pipeline_version=str(manifest.get("pipeline_version") or ""))
    files = {name: _files(directory, name) for name, _, _ in _DATASETS}
    failure_files = _files(directory, "failures")
    store._check_writable(f"loading {directory}")
    with store._op(f"loading {directory}") as con:
        if failure_files:
            sql = _scan(failure_files, (("item_id", ""), ("reason", ""), ("kind", ""))) + " ORDER BY item_id"
            counts.failures = [(str(a), str(b), str(c)) for a, b, c in con.execute(sql).fetchall()]
        if not files["articles"]:
            return counts
        ids = [
            str(r[0])
            for r in con.execute(
                _scan(files["articles"], (("article_id", ""),)) + " ORDER BY article_id"
            ).fetchall()
        ]
        for start in range(0, len(ids), batch_articles):
            chunk = ids[start : start + batch_articles]
            steps: list[tuple[str, Sequence[Any], bool]] = [
                (d, [chunk] * d.count("?"), False) for d in _DELETE
            ]
            for name, columns, insert in _DATASETS:
                if not files[name]:
                    continue
                sql = f"{_scan(files[name], columns)} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
                if name == "articles":  # an article read twice (a URL crawled twice): one copy
                    sql += " QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY origin DESC) = 1"
                else:  # identical copies give identical rows
                    sql = sql.replace("SELECT ", "SELECT DISTINCT ", 1)
                if name in ("events", "quotes"):
                    sql += " ORDER BY article_id, seq"
                elif name == "actors":
                    sql += " ORDER BY article_id, event_id, role, position"
                found = con.execute(sql, [chunk]).fetchall()
                steps.append((insert, found, True))
                if name == "articles":
                    status = [c for c, _ in columns].index("status")
                    counts.articles += len(found)
                    counts.not_analysed += sum(1 for r in found if r[status] == "not_analysed")
                elif name in ("events", "quotes"):
                    setattr(counts, name, getattr(counts, name) + len(found))
            Store._in_transaction(con, steps)
    return counts
