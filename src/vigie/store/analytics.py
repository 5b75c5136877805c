"""Read queries of the analyst's desk: paged events, timeline buckets, places, actor network, mentions.

Each thread gets its own cursor on the store's connection so that concurrent web requests run in parallel
inside DuckDB; every filter is the `EventQuery` of `vigie events`, so the desk and the CLI agree.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import duckdb
import numpy as np

from ..errors import StoreError
from . import rows
from .cube import MAX_EDGES, Edges, rank_edges
from .queries import _ACTOR_STRUCT, _EVENT_FIELDS, EventQuery, where_clause
from .snapshot import NUMPY_SORTS, Snapshot, build_snapshot, handles

__all__ = ["BUCKETS", "GROUPS", "QUAD_CLASSES", "SORTS", "Analytics", "table_row"]

# PLOVER quad classes: verbal/material cooperation and conflict
QUAD_CLASSES = {
    "verbal-cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material-cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal-conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material-conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}
BUCKETS = ("day", "week", "month", "year")
GROUPS = ("type", "quad")
# table sorts: name -> ORDER BY over `events e` (the last keys make the order total, so pages never overlap)
SORTS = {
    "date": "e.date_start DESC NULLS LAST, e.rowid",
    "-date": "e.date_start ASC NULLS LAST, e.rowid",
    "type": "e.event_type, e.date_start DESC NULLS LAST, e.rowid",
    "confidence": "e.confidence DESC, e.rowid",
    "dead": "e.dead DESC NULLS LAST, e.date_start DESC NULLS LAST, e.rowid",
    "article": "e.article_id, e.seq",
}
# every column of a `vigie events` record, for the events whose ids are the list parameter
_RECORDS = f"""
WITH page AS (SELECT {_EVENT_FIELDS} FROM events e WHERE e.event_id IN (SELECT unnest(?::VARCHAR[]))),
act AS (SELECT a.event_id,
               list({_ACTOR_STRUCT} ORDER BY a.position) FILTER (WHERE a.role = 'source') AS src,
               list({_ACTOR_STRUCT} ORDER BY a.position) FILTER (WHERE a.role = 'target') AS tgt
        FROM event_actors a WHERE a.event_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY a.event_id),
inc AS (SELECT event_id, incident_id FROM incident_reports WHERE event_id IN (SELECT unnest(?::VARCHAR[])))
SELECT e.*, act.src AS source, act.tgt AS target, inc.incident_id FROM page e
LEFT JOIN act ON act.event_id = e.event_id LEFT JOIN inc ON inc.event_id = e.event_id"""
_QUAD_CASE = (
    "CASE "
    + " ".join(
        f"WHEN e.event_type IN ({', '.join(repr(t) for t in types)}) THEN '{name}'"
        for name, types in QUAD_CLASSES.items()
    )
    + " ELSE 'other' END"
)
_ACTOR_KEY = "coalesce(a.actor_id, 'name:' || lower(coalesce(nullif(a.name, ''), a.text)))"
_ACTOR_LABEL = "coalesce(nullif(a.name, ''), a.text)"


def table_row(record: dict[str, Any]) -> dict[str, Any]:
    """The event table's row of a full event record."""

    def names(actors: list[dict[str, Any]]) -> str:
        return ", ".join(a.get("name") or a.get("text") or "" for a in actors)

    return {
        "event_id": record["event_id"],
        "article_id": record["article_id"],
        "event_type": record["event_type"],
        "mode": record["mode"],
        "status": record["status"],
        "date": record["date"],
        "source": names(record["source"]),
        "target": names(record["target"]),
        "place": (record["location"] or {}).get("name"),
        "dead": record["dead"],
        "injured": record["injured"],
        "evidence": record["evidence"]["text"],
        "confidence": record["confidence"],
    }


def _geojson(found: list[dict[str, Any]], by_country: dict[str, int]) -> dict[str, Any]:
    """Places as a GeoJSON FeatureCollection, with the event count per country of place."""
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
            "properties": {
                "name": r["name"],
                "country": r["country"],
                "precision": r["precision"],
                "events": int(r["n"]),
                "dead": int(r["dead"]),
            },
        }
        for r in found
    ]
    return {"type": "FeatureCollection", "features": features, "countries": by_country}


def _network(snap: Snapshot, edges: Edges, limit: int, min_events: int) -> dict[str, Any]:
    """Nodes and edges of a network answer: the first `limit` ranked edges weighing `min_events` or more."""
    k = min(limit, MAX_EDGES, int(np.searchsorted(-edges.weights, -min_events, side="right")))
    codes = edges.codes[:k]
    srcs, tgts = snap.edge_src[codes].tolist(), snap.edge_tgt[codes].tolist()
    keys, types = snap.actor_keys, snap.types
    out = [
        {"source": keys[a], "target": keys[b], "weight": w,
         "by_type": {t: n for t, n in zip(types, split, strict=True) if n}}
        for a, b, w, split in zip(srcs, tgts, edges.weights[:k].tolist(), edges.by_type[:k].tolist(), strict=True)
    ]  # fmt: skip
    nodes = set(srcs) | set(tgts)
    involved = edges.involved
    node_list = [
        {**snap.actor_info[a], "id": keys[a], "events": int(involved[a])}
        for a in sorted(nodes, key=lambda a: (-int(involved[a]), keys[a]))
    ]
    return {"nodes": node_list, "edges": out}


def _plain(value: Any) -> Any:
    """ISO text for dates, other values unchanged."""
    return value.isoformat() if isinstance(value, date | datetime) else value


class Analytics:
    """Read-only aggregate and paged queries over an open store connection, one cursor per thread.

    The type, country, date and status filters are answered from an in-memory column snapshot; the others
    (actor, place, text, article) by SQL over the same `where_clause` as `vigie events`.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, read_only: bool = False) -> None:
        self._con = con
        self._lock = threading.Lock()
        self._local = threading.local()
        self._read_only = read_only  # then nothing can change while the store is open: one snapshot serves
        self._snap_lock = threading.Lock()
        self._snap: Snapshot | None = None

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None:
            with self._lock:
                cur = self._con.cursor()
            cur.execute("SET enable_progress_bar = false")
            self._local.cur = cur
        return cur

    def _rows(self, action: str, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a query on this thread's cursor; rows as dicts; duckdb errors become StoreError."""
        try:
            cur = self._cursor().execute(sql, list(params))
            names = [d[0] for d in cur.description or ()]
            return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        except duckdb.Error as e:
            raise StoreError(f"{action} failed: {e}") from e

    def snapshot(self) -> Snapshot:
        """The column snapshot of the store as it is now (rebuilt when events or actors changed)."""
        if self._read_only and self._snap is not None:
            return self._snap
        try:
            stamp = (
                self._cursor()
                .execute(
                    "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_actors), "
                    "(SELECT max(rowid) FROM events), (SELECT max(rowid) FROM event_actors)"
                )
                .fetchone()
            )
            with self._snap_lock:
                if self._snap is None or self._snap.stamp != stamp:
                    self._snap = build_snapshot(self._cursor(), stamp)
                return self._snap
        except duckdb.Error as e:
            raise StoreError(f"reading the event columns failed: {e}") from e

    def in_memory(self, q: EventQuery, sort: str | None = None) -> bool:
        """Whether `q` (and a table page in `sort` order) is answered from a snapshot that is built and cannot
        change: then it takes no store query and no rebuild."""
        return (
            self._read_only
            and self._snap is not None
            and handles(q)
            and (sort is None or sort in NUMPY_SORTS)
        )

    # -- events ------------------------------------------------------------------------------------

    def events_page(self, q: EventQuery, sort: str = "date") -> list[dict[str, Any]]:
        """One page of event records (as `vigie events` prints them) in one of the `SORTS` orders.

        The page's ids are chosen first (on the snapshot, or by a top-N over the events table alone), then
        only those events are read in full with their actors.
        """
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        if q.limit is None or q.limit < 0 or q.offset < 0:
            raise ValueError("a page needs a limit and a non-negative offset")
        if sort in NUMPY_SORTS and handles(q):
            snap = self.snapshot()
            return self._records_at(snap, snap.page(snap.select(q), sort, q.limit, q.offset))
        return self.records(self._page_ids_sql(q, sort))

    def _page_ids_sql(self, q: EventQuery, sort: str) -> list[str]:
        where, params = where_clause(q)
        ids = self._rows(
            "reading a page of events",
            f"SELECT e.event_id FROM events e{where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?",
            [*params, q.limit, q.offset],
        )
        return [r["event_id"] for r in ids]

    def records(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Full event records of these ids, in the order given (unknown ids are skipped)."""
        if not event_ids:
            return []
        ids = list(event_ids)
        found = {r["event_id"]: rows.event_dict(r) for r in self._rows("reading events", _RECORDS, [ids] * 3)}
        return [found[i] for i in ids if i in found]

    def table_page(self, q: EventQuery, sort: str = "date") -> list[dict[str, Any]]:
        """One page of event table rows (id, type, date, who, where, toll, evidence, confidence): from the
        snapshot's memory when it can select them, else made from the full records."""
        if sort in NUMPY_SORTS and handles(q) and q.limit is not None and q.limit >= 0 and q.offset >= 0:
            snap = self.snapshot()
            return snap.rows(snap.page(snap.select(q), sort, q.limit, q.offset))
        return [table_row(r) for r in self.events_page(q, sort)]

    def _records_at(self, snap: Snapshot, positions: np.ndarray) -> list[dict[str, Any]]:
        """Full records of the snapshot's events at these positions."""
        return self.records([str(x) for x in snap.event_id[positions]])

    def count(self, q: EventQuery) -> int:
        """How many events match the filters."""
        if handles(q):
            snap = self.snapshot()
            return snap.count(snap.select(q))
        return self._count_sql(q)

    def _count_sql(self, q: EventQuery) -> int:
        where, params = where_clause(q)
        found = self._rows("counting events", f"SELECT count(*) AS n FROM events e{where}", params)
        return int(found[0]["n"])

    # -- aggregates --------------------------------------------------------------------------------

    def timeline(self, q: EventQuery, bucket: str = "month", group: str = "type") -> dict[str, Any]:
        """Event counts per date bucket (of the event's start date) and type or quad class, plus undated."""
        if bucket not in BUCKETS:
            raise ValueError(f"bucket must be one of {', '.join(BUCKETS)}, not {bucket!r}")
        if group not in GROUPS:
            raise ValueError(f"group must be one of {', '.join(GROUPS)}, not {group!r}")
        if not handles(q):
            return self._timeline_sql(q, bucket, group)
        snap = self.snapshot()
        if group == "type":
            names, group_of = snap.types, np.arange(len(snap.types), dtype=np.int64)
        else:
            names = [*QUAD_CLASSES, "other"]
            quad = {t: names.index(c) for c, ts in QUAD_CLASSES.items() for t in ts}
            group_of = np.array([quad.get(t, len(names) - 1) for t in snap.types], dtype=np.int64)
        facet = snap.whole_facet(q)
        sel = None if facet is not None else snap.select(q)
        found = snap.timeline(sel, bucket, names, group_of, facet)
        return {"bucket": bucket, "group": group, **{k: v for k, v in found.items() if k != "bucket"}}

    def _timeline_sql(self, q: EventQuery, bucket: str, group: str) -> dict[str, Any]:
        where, params = where_clause(q)
        key = "e.event_type" if group == "type" else _QUAD_CASE
        found = self._rows(
            "reading the timeline",
            f"SELECT CAST(date_trunc('{bucket}', e.date_start) AS DATE) AS bucket, {key} AS key, count(*) AS n "
            f"FROM events e{where} GROUP BY ALL ORDER BY bucket NULLS LAST, key",
            params,
        )
        series: dict[str, dict[str, int]] = {}
        undated: dict[str, int] = {}
        for r in found:
            if r["bucket"] is None:
                undated[r["key"]] = int(r["n"])
            else:
                series.setdefault(_plain(r["bucket"]), {})[r["key"]] = int(r["n"])
        return {
            "bucket": bucket,
            "group": group,
            "keys": sorted({r["key"] for r in found}),
            "buckets": [{"start": s, "counts": c, "total": sum(c.values())} for s, c in series.items()],
            "undated": undated,
        }

    def places(self, q: EventQuery, limit: int = 1000) -> dict[str, Any]:
        """Geocoded places of the matching events as a GeoJSON FeatureCollection (most events first), with
        the event count per country of place."""
        if not handles(q):
            return self._places_sql(q, limit)
        snap = self.snapshot()
        facet = snap.whole_facet(q)
        features, by_country = snap.place_features(
            None if facet is not None else snap.select(q), limit, facet
        )
        return {"type": "FeatureCollection", "features": features, "countries": by_country}

    def _places_sql(self, q: EventQuery, limit: int) -> dict[str, Any]:
        where, params = where_clause(q)
        cond = (where + " AND" if where else " WHERE") + " e.lat IS NOT NULL AND e.lon IS NOT NULL"
        found = self._rows(
            "reading places",
            "SELECT e.place_name AS name, e.place_country AS country, round(e.lat, 4) AS lat, "
            "round(e.lon, 4) AS lon, any_value(e.place_precision) AS precision, count(*) AS n, "
            "sum(coalesce(e.dead, 0)) AS dead "
            f"FROM events e{cond} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, name LIMIT ?",
            [*params, limit],
        )
        countries = self._rows(
            "reading places",
            f"SELECT e.place_country AS country, count(*) AS n FROM events e{where} "
            "GROUP BY 1 HAVING country IS NOT NULL ORDER BY n DESC, country",
            params,
        )
        return _geojson(found, {r["country"]: int(r["n"]) for r in countries})

    def network(self, q: EventQuery, limit: int = 150, min_events: int = 1) -> dict[str, Any]:
        """Who acts on whom: source -> target edges weighted by event counts (per type), strongest first.

        Counted on the snapshot's (event, source, target) pairs; filters the snapshot cannot apply select
        the events in SQL first.
        """
        snap = self.snapshot()
        if handles(q):
            facet = snap.whole_facet(q)
            if facet is not None:
                return _network(snap, facet.edges, limit, min_events)
            sel = snap.select(q)
        else:
            where, params = where_clause(q)
            try:
                chosen = (
                    self._cursor().execute(f"SELECT e.rowid AS r FROM events e{where}", params).fetchnumpy()
                )
            except duckdb.Error as e:
                raise StoreError(f"reading the actor network failed: {e}") from e
            sel = np.searchsorted(snap.rowid, np.asarray(chosen["r"], dtype=np.int64))
        return _network(snap, rank_edges(snap, sel, keep=limit, min_weight=min_events), limit, min_events)

    def actors(
        self, q: EventQuery, search: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict]:
        """Actors of the matching events with their event counts as source and as target, most active first."""
        where, params = where_clause(q)
        cond = ""
        extra: list[Any] = []
        if search:
            cond = (
                f" WHERE contains(strip_accents(lower({_ACTOR_LABEL})), strip_accents(lower(?))) "
                "OR contains(strip_accents(lower(a.text)), strip_accents(lower(?)))"
            )
            extra = [search, search]
        sel = f"SELECT e.event_id FROM events e{where}"
        found = self._rows(
            "reading actors",
            f"SELECT {_ACTOR_KEY} AS id, mode({_ACTOR_LABEL}) AS label, mode(a.country) AS country, "
            "mode(a.kind) AS kind, count(*) FILTER (WHERE a.role = 'source') AS as_source, "
            "count(*) FILTER (WHERE a.role = 'target') AS as_target, count(DISTINCT a.event_id) AS events "
            f"FROM (SELECT a.* FROM event_actors a SEMI JOIN ({sel}) s ON s.event_id = a.event_id) a{cond} "
            "GROUP BY 1 ORDER BY events DESC, id LIMIT ? OFFSET ?",
            [*params, *extra, limit, offset],
        )
        return [{**r, "as_source": int(r["as_source"]), "as_target": int(r["as_target"]), "events": int(r["events"])}
                for r in found]  # fmt: skip

    def mentions(
        self,
        about: str,
        without: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> dict[str, Any]:
        """Articles whose events name `about` (an actor, a place or a country code), optionally only those
        never naming `without` anywhere in their events or text: "about Iraq, never mentioning Iran"."""
        hit = (
            "SELECT DISTINCT e.article_id FROM events e WHERE e.place_country = upper(?) "
            "OR contains(strip_accents(lower(e.place_name)), strip_accents(lower(?))) "
            "UNION SELECT DISTINCT a.article_id FROM event_actors a WHERE a.country = upper(?) "
            "OR contains(strip_accents(lower(a.name)), strip_accents(lower(?))) "
            "OR contains(strip_accents(lower(a.text)), strip_accents(lower(?)))"
        )
        params: list[Any] = [about] * 5
        sql = f"WITH hit AS ({hit})"
        filt = ""
        if without:
            sql += f", miss AS ({hit})"
            params += [without] * 5
            filt = (
                " AND ar.article_id NOT IN (SELECT article_id FROM miss) "
                "AND NOT contains(strip_accents(lower(ar.text)), strip_accents(lower(?)))"
            )
            params.append(without)
        base = f"{sql} SELECT {{cols}} FROM articles ar WHERE ar.article_id IN (SELECT article_id FROM hit){filt}"
        total = self._rows("reading mentions", base.format(cols="count(*) AS n"), params)[0]["n"]
        found = self._rows(
            "reading mentions",
            base.format(cols="ar.article_id, ar.title, ar.url, ar.published, ar.language, ar.n_events")
            + " ORDER BY ar.published DESC NULLS LAST, ar.article_id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return {
            "about": about,
            "without": without,
            "total": int(total),
            "articles": [{k: _plain(v) for k, v in r.items()} for r in found],
        }

    def article_entities(self, article_id: str) -> dict[str, Any]:
        """Who and where an article's events name: actors (with counts and roles) and places."""
        actors = self._rows(
            "reading article entities",
            f"SELECT {_ACTOR_KEY} AS id, mode({_ACTOR_LABEL}) AS label, mode(a.country) AS country, "
            "mode(a.kind) AS kind, count(*) AS mentions, list(DISTINCT a.role ORDER BY a.role) AS roles "
            "FROM event_actors a WHERE a.article_id = ? GROUP BY 1 ORDER BY mentions DESC, id",
            [article_id],
        )
        places = self._rows(
            "reading article entities",
            "SELECT e.place_name AS name, e.place_country AS country, any_value(e.lat) AS lat, "
            "any_value(e.lon) AS lon, count(*) AS mentions FROM events e WHERE e.article_id = ? "
            "AND e.place_name IS NOT NULL GROUP BY 1, 2 ORDER BY mentions DESC, name",
            [article_id],
        )
        return {
            "article_id": article_id,
            "actors": [{**a, "mentions": int(a["mentions"]), "roles": list(a["roles"])} for a in actors],
            "places": [{**p, "mentions": int(p["mentions"])} for p in places],
        }

    def event_types(self) -> dict[str, int]:
        """Events per type, most frequent first."""
        found = self._rows(
            "counting event types",
            "SELECT event_type, count(*) AS n FROM events GROUP BY 1 ORDER BY 2 DESC, 1",
        )
        return {r["event_type"]: int(r["n"]) for r in found}

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event record, or None."""
        found = self.records([event_id])
        return found[0] if found else None
