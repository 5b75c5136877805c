"""The DuckDB store: open/migrate, idempotent article writes, event queries, stats and exports."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import duckdb

from ..errors import StoreError
from ..types import Article, Event, Quote, Removal
from . import rows, schema
from .analytics import Analytics
from .incidents import IncidentQueries
from .queries import EventQuery, flat_select, record_select, where_clause

__all__ = ["EXPORT_FORMATS", "Store"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
Batch = Sequence[tuple[Article, Sequence[Event], Sequence[Quote]]]

_ARTICLE_FIELDS = (
    "article_id", "url", "title", "author", "published", "language", "language_score", "status",
    "source_format", "raw_sha256", "text_sha256", "pipeline_version", "origin", "n_events", "ingested_at",
)  # fmt: skip


def _insert_sql(table: str, columns: Sequence[tuple[str, str]]) -> str:
    """Column-wise bulk INSERT: one typed list parameter per column, zipped back into rows by unnest."""
    names = ", ".join(name for name, _ in columns)
    lists = ", ".join(f"unnest(?::{kind}[])" for _, kind in columns)
    return f"INSERT INTO {table} ({names}) SELECT {lists}"


_INSERT_ARTICLE = _insert_sql("articles", rows.ARTICLE_COLUMNS)
_INSERT_EVENT = _insert_sql("events", rows.EVENT_COLUMNS)
_INSERT_ACTOR = _insert_sql("event_actors", rows.ACTOR_COLUMNS)
_INSERT_QUOTE = _insert_sql("quotes", rows.QUOTE_COLUMNS)
_IDS = "(SELECT unnest(?::VARCHAR[]))"
_DELETE = (
    # incidents holding a report of a rewritten article are recomputed by the next dedupe update
    f"UPDATE incidents SET stale = true WHERE incident_id IN "
    f"(SELECT incident_id FROM incident_reports WHERE article_id IN {_IDS})",
    f"DELETE FROM event_links WHERE article_a IN {_IDS} OR article_b IN {_IDS}",
    f"DELETE FROM article_links WHERE a IN {_IDS} OR b IN {_IDS}",
    *(
        f"DELETE FROM {table} WHERE article_id IN {_IDS}"
        for table in ("incident_reports", "article_keys", "event_actors", "events", "quotes", "articles")
    ),
)


def _open_error(path: str, read_only: bool, e: duckdb.Error) -> StoreError:
    """A StoreError saying in plain words why a database could not be opened."""
    msg = str(e)
    if "Could not set lock" in msg or "Conflicting lock" in msg:
        holder = msg.split("Conflicting lock is held in", 1)[-1].split(". See also", 1)[0].strip()
        why = f"database {path} is locked by another process ({holder}); wait for it to finish or use another file"
    elif "not a valid DuckDB database file" in msg:
        why = f"{path} is not a DuckDB database file (corrupt, or some other kind of file)"
    elif read_only and "does not exist" in msg:
        why = f"database {path} does not exist (it cannot be created in read-only mode)"
    elif "different configuration" in msg:
        why = f"database {path} is already open in this process with a different read-only setting"
    elif "version number" in msg or "incompatible" in msg.lower():
        why = f"database {path} was written by an incompatible DuckDB version: {msg}"
    else:
        why = f"cannot open database {path}: {msg}"
    return StoreError(why)


def _iso(value: Any) -> Any:
    """ISO text for dates and timestamps, other values unchanged."""
    return value.isoformat() if isinstance(value, date | datetime) else value


def _check_ids(article: Article, events: Sequence[Event], quotes: Sequence[Quote]) -> None:
    """Refuse events or quotes that belong to another article."""
    for other in {r.article_id for r in events} | {q.article_id for q in quotes}:
        if other != article.id:
            raise StoreError(f"cannot write article {article.id}: it carries a record of article {other}")


REOPEN_ARTICLES = 4096  # articles written between two `Store.reopen` calls


def _connect(where: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection to the database at `where`, its schema brought up to date."""
    try:
        con = duckdb.connect(where, read_only=read_only)
        con.execute("SET enable_progress_bar = false")  # standard error is for vigie's own messages
    except duckdb.Error as e:
        raise _open_error(where, read_only, e) from e
    try:
        schema.apply_pending(con, read_only=read_only)
    except duckdb.Error as e:
        con.close()
        raise StoreError(f"cannot read the schema of {where}: {e}") from e
    except BaseException:
        con.close()
        raise
    return con


class Store(IncidentQueries):
    """An open vigie database; every duckdb call of the project goes through here."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._written = 0  # articles written since the connection was opened
        self._lock = threading.RLock()
        self.path = path
        self.read_only = read_only

    # -- lifecycle ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Store:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        where = str(path) if str(path) == ":memory:" else str(Path(path).expanduser())
        if where != ":memory:":
            p = Path(where)
            if p.is_dir():
                raise StoreError(f"{where} is a directory, not a database file")
            if not p.parent.is_dir():
                raise StoreError(f"cannot open database {where}: directory {p.parent} does not exist")
        return cls(_connect(where, read_only), where, read_only)

    def close(self) -> None:
        """Close the connection; later calls raise StoreError. Closing twice is harmless."""
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    def reopen(self) -> None:
        """Close and reopen the connection to the same database. `write_many` does this every
        REOPEN_ARTICLES articles: DuckDB keeps memory per connection that grows with the database, and a
        fresh connection starts small."""
        with self._lock:
            if self._con is None:
                raise StoreError(f"{self.path} is closed")
            if self.path == ":memory:":
                return  # the data lives in the connection
            self._con.close()
            self._con = None
            self._con = _connect(self.path, self.read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}, read_only={self.read_only})"

    @contextmanager
    def _op(self, action: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """Serialise access and turn duckdb errors into StoreError naming `action`."""
        with self._lock:
            if self._con is None:
                raise StoreError(f"{action}: the store is closed")
            try:
                yield self._con
            except duckdb.Error as e:
                hint = ""
                if isinstance(e, duckdb.ConstraintException) and "Duplicate key" in str(e):
                    hint = " (an event or quote id is already stored for another article?)"
                raise StoreError(f"{action} failed: {e}{hint}") from e

    def _dicts(
        self, con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()
    ) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts keyed by column name."""
        cur = con.execute(sql, list(params))
        names = [d[0] for d in cur.description or ()]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def analytics(self) -> Analytics:
        """The desk's read queries (timeline, places, network, ...) with one cursor per thread."""
        if self._con is None:
            raise StoreError("reading: the store is closed")
        return Analytics(self._con, read_only=self.read_only)

    # -- schema ------------------------------------------------------------------------------------

    def migrations(self) -> list[dict[str, str]]:
        """Applied migrations, oldest first: [{"name", "applied_at"}]."""
        with self._op("reading migrations") as con:
            return [{"name": n, "applied_at": at.isoformat()} for n, at in schema.applied(con)]

    def schema_version(self) -> str | None:
        """Name of the last applied migration (e.g. "0001_initial")."""
        applied = self.migrations()
        return applied[-1]["name"] if applied else None

    # -- writes ------------------------------------------------------------------------------------

    def needs_processing(self, article_id: str, text_sha256: str, pipeline_version: str) -> bool:
        """False only when this article is stored with the same cleaned text and pipeline version."""
        with self._op(f"looking up article {article_id}") as con:
            row = con.execute(
                "SELECT text_sha256, pipeline_version FROM articles WHERE article_id = ?", [article_id]
            ).fetchone()
        return row is None or row[0] != text_sha256 or row[1] != pipeline_version

    def find_by_raw_hash(self, raw_sha256: str, pipeline_version: str | None = None) -> str | None:
        """Id of a stored article read from byte-identical input (and, if given, this pipeline version)."""
        if not raw_sha256:
            return None
        sql = "SELECT article_id FROM articles WHERE raw_sha256 = ?"
        params: list[Any] = [raw_sha256]
        if pipeline_version is not None:
            sql += " AND pipeline_version = ?"
            params.append(pipeline_version)
        with self._op("looking up a raw hash") as con:
            row = con.execute(sql + " ORDER BY article_id LIMIT 1", params).fetchone()
        return str(row[0]) if row else None

    def write_article(
        self, article: Article, events: Sequence[Event], quotes: Sequence[Quote], pipeline_version: str
    ) -> None:
        """Replace everything stored for this article by these records, atomically."""
        self.write_many([(article, events, quotes)], pipeline_version)

    def write_many(self, batch: Batch, pipeline_version: str) -> None:
        """Replace the stored records of every article in `batch` in one transaction (last copy of an id wins)."""
        latest: dict[str, tuple[Article, Sequence[Event], Sequence[Quote]]] = {}
        for article, events, quotes in batch:
            _check_ids(article, events, quotes)
            latest[article.id] = (article, events, quotes)
        if not latest:
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        article_rows, event_rows, actor_rows, quote_rows = [], [], [], []
        seen_events: set[str] = set()
        for article, events, quotes in latest.values():
            article_rows.append(rows.article_row(article, len(events), pipeline_version, now))
            for seq, event in enumerate(events):
                if event.event_id in seen_events:
                    raise StoreError(
                        f"cannot write article {article.id}: event id {event.event_id} appears twice"
                    )
                seen_events.add(event.event_id)
                event_rows.append(rows.event_row(event, seq))
                actor_rows.extend(rows.actor_rows(event))
            seen_quotes: set[str] = set()
            for seq, quote in enumerate(quotes):
                qid = rows.quote_id(quote)
                if qid not in seen_quotes:  # the same words at the same place are one quote
                    seen_quotes.add(qid)
                    quote_rows.append(rows.quote_row(quote, seq))
        ids = list(latest)
        label = f"article {ids[0]}" if len(ids) == 1 else f"{len(ids)} articles ({ids[0]}, ...)"
        self._check_writable(f"writing {label}")
        steps: list[tuple[str, Sequence[Any], bool]] = [(d, [ids] * d.count("?"), False) for d in _DELETE]
        steps += [
            (_INSERT_ARTICLE, article_rows, True),
            (_INSERT_EVENT, event_rows, True),
            (_INSERT_ACTOR, actor_rows, True),
            (_INSERT_QUOTE, quote_rows, True),
        ]
        with self._op(f"writing {label}") as con:
            self._in_transaction(con, steps)
        self._written += len(ids)
        if self._written >= REOPEN_ARTICLES:  # steady memory over long ingests
            self.reopen()
            self._written = 0

    def delete_article(self, article_id: str) -> bool:
        """Remove an article and all its records; True when it was stored."""
        self._check_writable(f"deleting article {article_id}")
        with self._op(f"deleting article {article_id}") as con:
            found = con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone()
            self._in_transaction(con, [(d, [[article_id]] * d.count("?"), False) for d in _DELETE])
        return found is not None

    def _check_writable(self, action: str) -> None:
        """Refuse writes on a read-only store before touching the database."""
        if self.read_only:
            raise StoreError(f"{action}: database {self.path} is open read-only")

    @staticmethod
    def _in_transaction(
        con: duckdb.DuckDBPyConnection, steps: Sequence[tuple[str, Sequence[Any], bool]]
    ) -> None:
        """Run (sql, params, bulk) steps all-or-nothing; `bulk` params are rows, sent as one list per column."""
        con.execute("BEGIN TRANSACTION")
        try:
            for sql, params, bulk in steps:
                if not bulk:
                    con.execute(sql, list(params))
                elif params:
                    con.execute(sql, [list(column) for column in zip(*params, strict=True)])
            con.execute("COMMIT")
        except BaseException:
            with suppress(duckdb.Error):  # nothing left to undo
                con.execute("ROLLBACK")
            raise

    # -- event queries -----------------------------------------------------------------------------

    def events(
        self,
        *,
        types: Sequence[str] = (),
        actor: str | None = None,
        country: str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        article: str | None = None,
        text: str | None = None,
        status: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        order: str = "article",
    ) -> list[dict[str, Any]]:
        """Events matching every given filter, as EVENT_RECORD.md event dicts."""
        q = EventQuery(
            types, actor, country, place, date_from, date_to, article, text, status, limit, offset, order
        )
        sql, params = record_select(q)
        with self._op("reading events") as con:
            return [rows.event_dict(r) for r in self._dicts(con, sql, params)]

    def count_events(
        self,
        *,
        types: Sequence[str] = (),
        actor: str | None = None,
        country: str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        article: str | None = None,
        text: str | None = None,
        status: str | None = None,
    ) -> int:
        """Number of events matching the same filters as `events`."""
        q = EventQuery(types, actor, country, place, date_from, date_to, article, text, status)
        where, params = where_clause(q)
        with self._op("counting events") as con:
            row = con.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()
        return int(row[0]) if row else 0

    def iter_events(self, batch_size: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stream matching event dicts without loading them all (own cursor, so other calls may interleave)."""
        sql, params = record_select(EventQuery.of(**filters))
        with self._op("opening a cursor") as con:
            cur = con.cursor()
        try:
            try:
                cur.execute(sql, params)
                names = [d[0] for d in cur.description or ()]
                while chunk := cur.fetchmany(batch_size):
                    for r in chunk:
                        yield rows.event_dict(dict(zip(names, r, strict=True)))
            except duckdb.Error as e:
                raise StoreError(f"reading events failed: {e}") from e
        finally:
            cur.close()

    # -- quotes and articles -----------------------------------------------------------------------

    def quotes(
        self, article: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Quote records (EVENT_RECORD.md, plus `quote_id`), by article then order in the article."""
        sql = "SELECT * FROM quotes"
        params: list[Any] = []
        if article is not None:
            sql += " WHERE article_id = ?"
            params.append(article)
        sql += " ORDER BY article_id, seq"
        sql, params = _page(sql, params, limit, offset)
        with self._op("reading quotes") as con:
            return [rows.quote_dict(r) for r in self._dicts(con, sql, params)]

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Stored articles without their text, by id."""
        sql, params = _page(
            f"SELECT {', '.join(_ARTICLE_FIELDS)} FROM articles ORDER BY article_id", [], limit, offset
        )
        with self._op("reading articles") as con:
            return [{k: _iso(v) for k, v in r.items()} for r in self._dicts(con, sql, params)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One stored article with its cleaned text and the list of removed pieces, or None."""
        with self._op(f"reading article {article_id}") as con:
            found = self._dicts(
                con,
                f"SELECT {', '.join(_ARTICLE_FIELDS)}, text, removed FROM articles WHERE article_id = ?",
                [article_id],
            )
        if not found:
            return None
        record = {k: _iso(v) for k, v in found[0].items()}
        record["removed"] = json.loads(record["removed"])
        return record

    def load_articles(self, article_ids: Sequence[str]) -> list[Article]:
        """Several stored articles as `Article`s, in one query (unknown ids are skipped)."""
        if not article_ids:
            return []
        with self._op("reading articles") as con:
            found = self._dicts(
                con,
                f"SELECT {', '.join(_ARTICLE_FIELDS)}, text, removed FROM articles "
                "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY article_id",
                [list(article_ids)],
            )
        return [
            _article({k: _iso(v) for k, v in r.items()} | {"removed": json.loads(r["removed"])})
            for r in found
        ]

    def load_article(self, article_id: str) -> Article | None:
        """The stored article as an `Article`, e.g. to re-extract it without the original input."""
        rec = self.article(article_id)
        return None if rec is None else _article(rec)

    # -- stats -------------------------------------------------------------------------------------

    def stats(self) -> dict[str, Any]:
        """Counts for `vigie stats`: articles, events, quotes, date range, versions, schema, file size."""

        def grouped(con: duckdb.DuckDBPyConnection, sql: str) -> dict[str, int]:
            return {("unknown" if k is None else str(k)): int(n) for k, n in con.execute(sql).fetchall()}

        with self._op("reading stats") as con:
            one = con.execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM quotes), (SELECT min(date_start) FROM events), "
                "(SELECT max(date_end) FROM events)"
            ).fetchone()
            assert one is not None
            n_articles, n_events, n_quotes, first, last = one
            by = "GROUP BY 1 ORDER BY 2 DESC, 1"
            result: dict[str, Any] = {
                "articles": int(n_articles),
                "articles_by_language": grouped(con, f"SELECT language, count(*) FROM articles {by}"),
                "articles_by_status": grouped(con, f"SELECT status, count(*) FROM articles {by}"),
                "events": int(n_events),
                "events_by_type": grouped(con, f"SELECT event_type, count(*) FROM events {by}"),
                "events_by_status": grouped(con, f"SELECT status, count(*) FROM events {by}"),
                "quotes": int(n_quotes),
                "date_range": {"start": _iso(first), "end": _iso(last)},
                "pipeline_versions": grouped(con, f"SELECT pipeline_version, count(*) FROM articles {by}"),
            }
        result["schema_version"] = self.schema_version()
        result["db_path"] = self.path
        result["db_size"] = self._file_size()
        return result

    def _file_size(self) -> int | None:
        """Bytes on disk of the database and its write-ahead log; None in memory."""
        if self.path == ":memory:":
            return None
        return sum(os.path.getsize(p) for p in (self.path, self.path + ".wal") if os.path.exists(p))

    # -- exports -----------------------------------------------------------------------------------

    def export(self, fmt: str, dest: str | Path, **filters: Any) -> int:
        """Write matching events to `dest` as jsonl, csv or parquet; return the number of events written."""
        fmt = _check_format(fmt)
        target = Path(dest).expanduser()
        if not target.parent.is_dir():
            raise StoreError(f"cannot export to {target}: directory {target.parent} does not exist")
        if fmt == "jsonl":
            try:
                with target.open("w", encoding="utf-8") as out:
                    return self._write_jsonl(out, filters)
            except OSError as e:
                raise StoreError(f"cannot export to {target}: {e}") from e
        sql, params = flat_select(EventQuery.of(**filters), json_actors=fmt == "parquet")
        options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
        with self._op(f"exporting {fmt} to {target}") as con:
            row = con.execute(f"COPY ({sql}) TO ? {options}", [*params, str(target)]).fetchone()
        return int(row[0]) if row else 0

    def export_stream(self, fmt: str, fileobj: IO[str], **filters: Any) -> int:
        """Write matching events as jsonl or csv to an open text stream (e.g. stdout); return the count."""
        fmt = _check_format(fmt)
        if fmt == "jsonl":
            return self._write_jsonl(fileobj, filters)
        if fmt == "parquet":
            raise ValueError("parquet is a binary format: export it to a file")
        with tempfile.TemporaryDirectory(prefix="vigie-export-") as tmp:
            path = Path(tmp) / "events.csv"
            n = self.export("csv", path, **filters)
            with path.open(encoding="utf-8", newline="") as src:
                shutil.copyfileobj(src, fileobj)
        return n

    def _write_jsonl(self, out: IO[str], filters: dict[str, Any]) -> int:
        """One event dict per line, as `vigie extract` prints them."""
        n = 0
        for record in self.iter_events(**filters):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n


def _article(rec: dict[str, Any]) -> Article:
    """An `Article` from a stored article record."""
    return Article(
        id=rec["article_id"],
        text=rec["text"],
        language=rec["language"],
        title=rec["title"],
        published=rec["published"],
        url=rec["url"],
        author=rec["author"],
        removed=[Removal(r["reason"], r["text"]) for r in rec["removed"]],
        status=rec["status"],
        language_score=rec["language_score"],
        source_format=rec["source_format"],
        raw_sha256=rec["raw_sha256"],
        text_sha256=rec["text_sha256"],
        origin=rec["origin"],
    )


def _check_format(fmt: str) -> str:
    """The export format in lower case, or a ValueError listing the known ones."""
    if fmt.lower() not in EXPORT_FORMATS:
        raise ValueError(f"export format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
    return fmt.lower()


def _page(sql: str, params: list[Any], limit: int | None, offset: int) -> tuple[str, list[Any]]:
    """Append LIMIT/OFFSET placeholders."""
    if limit is not None and limit < 0 or offset < 0:
        raise ValueError("limit and offset must not be negative")
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    if offset:
        sql += " OFFSET ?"
        params = [*params, offset]
    return sql, params
