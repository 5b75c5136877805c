"""An in-memory column snapshot of the events, so the desk's busiest questions are answered on arrays.

Built once per state of the store (a few seconds for a million events): event type, status, dates, place,
actor countries, confidence and toll as numpy arrays, plus every (source, target) pair. The filters it
understands (type, country, dates, status) give exactly the rows `where_clause` gives; the others go to SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from typing import Any

import duckdb
import numpy as np

from .cube import Cube, Facet, bucket_days, build_cube, facet_key, place_counts
from .queries import EventQuery, _day

__all__ = ["NUMPY_SORTS", "Snapshot", "build_snapshot", "handles"]

_EPOCH = date(1970, 1, 1)
_FAR = 10**8  # days: later than any date_end, earlier (negated) than any date_start
NUMPY_SORTS = ("date", "-date", "type", "confidence", "dead")
_ACTOR_KEY = "coalesce(a.actor_id, 'name:' || lower(coalesce(nullif(a.name, ''), a.text)))"
_ACTOR_LABEL = "coalesce(nullif(a.name, ''), a.text)"


def handles(q: EventQuery) -> bool:
    """Whether the snapshot can select the events of `q` (type, country, dates and status only)."""
    return not (q.actor or q.place or q.text or q.article is not None or q.articles)


def _codes(cur: duckdb.DuckDBPyConnection, column: str, table: str = "events") -> list[str]:
    """The distinct non-null values of a column, sorted (their list index is their code)."""
    return [str(r[0]) for r in cur.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1").fetchall()]  # fmt: skip


@dataclass
class Snapshot:
    """Event columns in rowid order (position i is the i-th event by rowid)."""

    stamp: Any
    rowid: np.ndarray
    event_id: np.ndarray
    start: np.ndarray  # days since 1970-01-01; -_FAR when unknown
    end: np.ndarray  # days; _FAR when unknown
    start_null: np.ndarray
    has_date: np.ndarray
    typ: np.ndarray
    types: list[str]
    status: np.ndarray
    statuses: list[str]
    pcountry: np.ndarray  # -1 when the event has no place country
    countries: list[str]
    actor_country: dict[str, np.ndarray]  # ISO3 -> positions of events with an actor of that country
    confidence: np.ndarray
    dead: np.ndarray
    dead_null: np.ndarray
    place: np.ndarray  # -1 when the event has no coordinates
    places: list[tuple[Any, ...]]  # (name, country, lat, lon, precision)
    pair_pos: np.ndarray
    pair_src: np.ndarray
    pair_tgt: np.ndarray
    actor_keys: list[str]
    actor_info: list[dict[str, Any]]
    display: dict[str, np.ndarray]  # the columns of a table row (see `rows`), in position order
    _perms: dict[str, np.ndarray] = field(default_factory=dict)
    _ranks: dict[str, np.ndarray] = field(default_factory=dict)
    _buckets: dict[str, np.ndarray] = field(default_factory=dict)
    by_type: list[np.ndarray] = field(default_factory=list)  # sorted positions per type code
    by_status: list[np.ndarray] = field(default_factory=list)
    by_country: dict[str, np.ndarray] = field(default_factory=dict)  # ISO3 of place or of an actor
    dead0: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    single_day: np.ndarray = field(
        default_factory=lambda: np.zeros(0, dtype=bool)
    )  # start == end, both known
    place_name_rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    pair_start: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))  # pairs of position i
    pair_typ: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    pair_edge: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # code of its edge
    edge_src: np.ndarray = field(
        default_factory=lambda: np.zeros(0, dtype=np.int64)
    )  # edges by (source, target)
    edge_tgt: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    cube: Cube | None = None
    _place_fixed: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.rowid)

    def prepare(self) -> Snapshot:
        """Compute the sort orders, date buckets and per-value position lists once, up front."""
        for sort in NUMPY_SORTS:
            perm = self._perm(sort)
            rank = np.empty(self.n, dtype=np.int64)
            rank[perm] = np.arange(self.n)
            self._ranks[sort] = rank
        days = np.where(self.start_null, 0, self.start).astype("int64")
        for bucket in ("day", "week", "month", "year"):
            self._buckets[bucket] = bucket_days(days, bucket)
        self.by_type = _positions(self.typ, len(self.types))
        self.by_status = _positions(self.status, len(self.statuses))
        by_place = _positions(self.pcountry, len(self.countries))
        for c in set(self.countries) | set(self.actor_country):
            parts = [self.actor_country.get(c, np.zeros(0, dtype=np.int64))]
            if c in self.countries:
                parts.append(by_place[self.countries.index(c)])
            self.by_country[c] = np.unique(np.concatenate(parts))
        self.dead0 = np.where(self.dead_null, 0, self.dead)
        end_null = self.end >= _FAR
        self.single_day = ~self.start_null & ~end_null & (self.start == self.end)
        self._place_fixed = [
            (
                {"type": "Point", "coordinates": [lon, lat]},
                {"name": name, "country": country, "precision": prec},
            )
            for name, country, lat, lon, prec in self.places
        ]  # the parts of a place's GeoJSON feature that do not depend on the question
        names = np.array([str(p[0] or "") for p in self.places], dtype=object)
        self.place_name_rank = np.empty(len(self.places), dtype=np.int64)
        self.place_name_rank[np.argsort(names, kind="stable")] = np.arange(len(self.places))
        order = np.argsort(self.pair_pos, kind="stable")
        self.pair_pos, self.pair_src, self.pair_tgt = (
            self.pair_pos[order],
            self.pair_src[order],
            self.pair_tgt[order],
        )
        self.pair_start = np.searchsorted(self.pair_pos, np.arange(self.n + 1))
        self.pair_typ = self.typ[self.pair_pos]
        n_actors = max(1, len(self.actor_keys))
        codes, self.pair_edge = np.unique(self.pair_src * n_actors + self.pair_tgt, return_inverse=True)
        self.pair_edge = self.pair_edge.reshape(-1).astype(np.int64)
        self.edge_src, self.edge_tgt = codes // n_actors, codes % n_actors
        self.cube = build_cube(self)
        return self

    # -- selection ---------------------------------------------------------------------------------

    def facet(self, q: EventQuery) -> Facet | None:
        """The pre-aggregated facet holding exactly the events of `q` before its date range, if there is one."""
        key = facet_key(q.types, q.country, q.status)
        return None if key is None or self.cube is None else self.cube.facet(key)

    def whole_facet(self, q: EventQuery) -> Facet | None:
        """The facet whose pre-aggregated totals answer `q` as they are: one with no date range to apply."""
        return self.facet(q) if self.days_of(q) is None else None

    def days_of(self, q: EventQuery) -> tuple[int, int] | None:
        """The date range of `q` in days (open ends far out), or None without one."""
        if not (q.date_from or q.date_to):
            return None
        lo = (_day(q.date_from, "date_from", end=False) - _EPOCH).days if q.date_from else -_FAR - 1
        hi = (_day(q.date_to, "date_to", end=True) - _EPOCH).days if q.date_to else _FAR + 1
        return lo, hi

    def select(self, q: EventQuery) -> np.ndarray | None:
        """Positions of the events `q` matches (None: every event); ascending unless a facet's date range
        gave them."""
        days = self.days_of(q)
        facet = self.facet(q) if days is not None else None
        if facet is not None and days is not None:  # one slice of the facet's events by date
            return facet.in_range(self, *days)
        parts: list[np.ndarray] = []
        empty = np.zeros(0, dtype=np.int64)
        if q.types:
            wanted = sorted({self.types.index(t.upper()) for t in q.types if t.upper() in self.types})
            chosen = [self.by_type[k] for k in wanted]
            parts.append(
                np.sort(np.concatenate(chosen)) if len(chosen) > 1 else (chosen[0] if chosen else empty)
            )
        if q.country:
            parts.append(self.by_country.get(q.country.upper(), empty))
        if q.status:
            s = q.status.lower()
            parts.append(self.by_status[self.statuses.index(s)] if s in self.statuses else empty)
        if days is not None:  # open ends lie beyond every stored day, so they test true
            parts.append(np.flatnonzero(self.has_date & (self.end >= days[0]) & (self.start <= days[1])))
        if not parts:
            return None
        parts.sort(key=len)
        out = parts[0]
        for p in parts[1:]:
            if not len(out):
                break
            out = out[np.isin(out, p, assume_unique=True)]
        return out

    def rows(self, positions: np.ndarray) -> list[dict[str, Any]]:
        """Table rows of the events at these positions: what an event table shows, without a query."""
        d = self.display
        pos = np.asarray(positions, dtype=np.int64)
        dead = [
            None if null else v
            for v, null in zip(self.dead[pos].tolist(), self.dead_null[pos].tolist(), strict=True)
        ]
        columns = zip(
            self.event_id[pos].tolist(), d["article_id"][pos].tolist(), self.typ[pos].tolist(), d["mode"][pos].tolist(),
            d["status"][pos].tolist(), d["date"][pos].tolist(), d["source"][pos].tolist(), d["target"][pos].tolist(),
            d["place_name"][pos].tolist(), dead, d["injured"][pos].tolist(), d["evidence_text"][pos].tolist(),
            [round(c, 3) for c in self.confidence[pos].tolist()], strict=True,
        )  # fmt: skip
        return [
            {"event_id": eid, "article_id": aid, "event_type": self.types[t], "mode": mode, "status": status,
             "date": day, "source": src or "", "target": tgt or "", "place": place, "dead": dead_n,
             "injured": _int_or_none(injured), "evidence": evidence, "confidence": conf}
            for eid, aid, t, mode, status, day, src, tgt, place, dead_n, injured, evidence, conf in columns
        ]  # fmt: skip

    def count(self, sel: np.ndarray | None) -> int:
        return self.n if sel is None else len(sel)

    def page(self, sel: np.ndarray | None, sort: str, limit: int, offset: int) -> np.ndarray:
        """Positions of one page of events in a `NUMPY_SORTS` order (ties broken by rowid, as in SQL)."""
        if sel is None:
            chosen = self._perm(sort)[offset : offset + limit]
        else:
            k = min(len(sel), offset + limit)
            if k == 0 or offset >= len(sel):
                return np.zeros(0, dtype=np.int64)
            if len(sel) >= 20_000 and k * 50 < len(sel) and bool(np.all(sel[1:] > sel[:-1])):
                return self._walk(sel, sort, k)[offset:k]
            ranks = self._ranks[sort][sel]
            best = np.argpartition(ranks, k - 1)[:k] if k < len(sel) else np.arange(len(sel))
            best = best[np.argsort(ranks[best])]
            chosen = sel[best[offset:k]]
        return chosen

    def _walk(self, sel: np.ndarray, sort: str, k: int) -> np.ndarray:
        """The first `k` of the ascending positions `sel` in `sort` order, read off the whole store's order:
        a large selection's first page lies within the first few thousand events of that order."""
        order = self._perm(sort)
        m = min(self.n, int(k * self.n / len(sel) * 2) + 256)  # twice the expected stretch
        while True:
            chunk = order[:m]
            at = np.minimum(np.searchsorted(sel, chunk), len(sel) - 1)
            found = chunk[sel[at] == chunk]
            if len(found) >= k or m == self.n:
                return found[:k]
            m = min(self.n, m * 4)

    def _perm(self, sort: str) -> np.ndarray:
        if sort not in self._perms:
            pos = np.arange(self.n)
            startv = np.where(self.start_null, 0, self.start)
            deadv = np.where(self.dead_null, 0, self.dead)
            keys = {
                "date": (pos, -startv, self.start_null),
                "-date": (pos, startv, self.start_null),
                "type": (pos, -startv, self.start_null, self.typ),
                "confidence": (pos, -self.confidence),
                "dead": (pos, -startv, self.start_null, -deadv, self.dead_null),
            }[sort]
            self._perms[sort] = np.lexsort(keys)
        return self._perms[sort]

    # -- aggregates --------------------------------------------------------------------------------

    @staticmethod
    def _bucket_starts(bucket: str, idx: np.ndarray) -> list[str]:
        """ISO first days of buckets given by index (days, the Monday's day, months or years since 1970)."""
        unit = {"day": "D", "week": "D", "month": "M", "year": "Y"}[bucket]
        return np.datetime_as_string(idx.astype(f"datetime64[{unit}]").astype("datetime64[D]")).tolist()

    def timeline(
        self,
        sel: np.ndarray | None,
        bucket: str,
        names: list[str],
        group_of: np.ndarray,
        facet: Facet | None = None,
    ) -> dict[str, Any]:
        """Counts per (bucket, group) of the selected dated events, and per group of the undated ones.

        `group_of` maps each type code to an index of `names`. With `facet` (and `sel` None) the facet's
        pre-aggregated (day, type) counts are bucketed instead of its events.
        """
        if facet is not None:
            n_types = max(1, len(self.types))
            codes, weights_of = facet.bucketed(bucket, n_types)
            b, g = codes // n_types, group_of[codes % n_types]
            weights: np.ndarray | None = weights_of
            undated = np.bincount(group_of, weights=facet.undated[: len(group_of)], minlength=len(names))
        else:
            idx = self._buckets[bucket]
            if sel is None:
                group, undated_flag, b = group_of[self.typ], self.start_null, idx
            else:
                group, undated_flag, b = group_of[self.typ[sel]], self.start_null[sel], idx[sel]
            undated = np.bincount(group[undated_flag], minlength=len(names))
            dated = ~undated_flag
            b, g, weights = b[dated], group[dated], None
        undated = undated.astype(np.int64)
        buckets: list[dict[str, Any]] = []
        if len(b):
            lo = int(b.min())
            order = sorted(range(len(names)), key=lambda k: names[k])
            if (int(b.max()) - lo + 1) * len(names) <= 4_000_000:  # a dense grid of buckets
                flat = np.bincount(
                    (b - lo) * len(names) + g, weights=weights, minlength=(int(b.max()) - lo + 1) * len(names)
                ).astype(np.int64)
                grid = flat.reshape(-1, len(names))
                used = np.flatnonzero(grid.any(axis=1))
                values_of = grid[used][:, order]
            else:  # dates centuries apart: only the buckets that hold events
                used, inverse = np.unique(b - lo, return_inverse=True)
                values_of = np.zeros((len(used), len(names)), dtype=np.int64)
                np.add.at(values_of, (inverse.reshape(-1), g), 1 if weights is None else weights)
                values_of = values_of[:, order]
            in_order = [names[k] for k in order]
            starts = self._bucket_starts(bucket, lo + used)
            totals = values_of.sum(axis=1).tolist()
            present = np.flatnonzero(values_of.any(axis=0)).tolist()
            buckets = [
                {
                    "start": start,
                    "counts": dict(compress(zip(in_order, values, strict=True), values)),
                    "total": total,
                }
                for start, values, total in zip(starts, values_of.tolist(), totals, strict=True)
            ]
            seen = {in_order[k] for k in present}
        else:
            seen = set()
        keys = sorted(seen | {names[k] for k in np.flatnonzero(undated)})
        return {
            "bucket": bucket,
            "keys": keys,
            "buckets": buckets,
            "undated": {names[k]: int(undated[k]) for k in np.flatnonzero(undated)},
        }

    def place_features(
        self, sel: np.ndarray | None, limit: int, facet: Facet | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, int]]:
        """GeoJSON features of the selected events' places (most events first, then name) and the event count
        per country of place; with `facet`, from its pre-aggregated counts."""
        pc = facet.places if facet is not None else place_counts(self, sel)
        top = pc.ranked[:limit]
        fixed = self._place_fixed
        features = [
            {
                "type": "Feature",
                "geometry": fixed[i][0],
                "properties": {**fixed[i][1], "events": n, "dead": d},
            }
            for i, n, d in zip(top.tolist(), pc.counts[top].tolist(), pc.dead[top].tolist(), strict=True)
        ]
        return features, pc.by_country

    def pairs_of(self, sel: np.ndarray | None) -> np.ndarray:
        """Indexes of the actor pairs of the events at these positions (None: all pairs)."""
        if sel is None:
            return np.arange(len(self.pair_pos))
        first = self.pair_start[sel]
        count = self.pair_start[sel + 1] - first
        total = int(count.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64)
        shift = np.repeat(first - (np.cumsum(count) - count), count)
        return np.arange(total) + shift


def _int_or_none(value: Any) -> int | None:
    return None if value is None or value is np.ma.masked or value != value else int(value)


def _objects(column: Any) -> np.ndarray:
    """A fetched column as an object array with None for NULL."""
    if isinstance(column, np.ma.MaskedArray):
        out = np.asarray(column.data, dtype=object)
        out[np.ma.getmaskarray(column)] = None
        return out
    return np.asarray(column, dtype=object)


def _positions(codes: np.ndarray, n: int) -> list[np.ndarray]:
    """For each code 0..n-1, the sorted positions holding it."""
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(n + 1))
    return [order[bounds[k] : bounds[k + 1]] for k in range(n)]


def build_snapshot(cur: duckdb.DuckDBPyConnection, stamp: Any) -> Snapshot:
    """Read the store's event columns and actor pairs into arrays (duckdb errors propagate)."""
    types = _codes(cur, "event_type")
    statuses = _codes(cur, "status")
    countries = _codes(cur, "place_country")
    located = "lat IS NOT NULL AND lon IS NOT NULL"
    places = [
        tuple(r)
        for r in cur.execute(
            f"SELECT place_name, place_country, round(lat, 4), round(lon, 4), any_value(place_precision) "
            f"FROM events WHERE {located} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
        ).fetchall()
    ]
    listed = "unnest(?::{t}[]) AS {v}"
    cols = cur.execute(
        f"""WITH t AS (SELECT {listed.format(t="VARCHAR", v="v")}, CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS k),
        s AS (SELECT {listed.format(t="VARCHAR", v="v")}, CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS k),
        c AS (SELECT {listed.format(t="VARCHAR", v="v")}, CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS k),
        pl AS (SELECT {listed.format(t="VARCHAR", v="name")}, {listed.format(t="VARCHAR", v="country")},
                      {listed.format(t="DOUBLE", v="lat")}, {listed.format(t="DOUBLE", v="lon")},
                      CAST(generate_subscripts(?::DOUBLE[], 1) - 1 AS INTEGER) AS k)
        SELECT e.rowid AS rowid, e.event_id,
               coalesce(CAST(e.date_start - DATE '1970-01-01' AS BIGINT), -{_FAR}) AS start,
               coalesce(CAST(e.date_end - DATE '1970-01-01' AS BIGINT), {_FAR}) AS end_,
               e.date_start IS NULL AS start_null, e.date_end IS NULL AS end_null,
               coalesce(t.k, -1) AS typ, coalesce(s.k, -1) AS status, coalesce(c.k, -1) AS pcountry,
               e.confidence, coalesce(e.dead, 0) AS dead, e.dead IS NULL AS dead_null, coalesce(pl.k, -1) AS place
        FROM events e LEFT JOIN t ON t.v = e.event_type LEFT JOIN s ON s.v = e.status
        LEFT JOIN c ON c.v = e.place_country
        LEFT JOIN pl ON e.lat IS NOT NULL AND e.lon IS NOT NULL AND pl.name IS NOT DISTINCT FROM e.place_name
             AND pl.country IS NOT DISTINCT FROM e.place_country AND pl.lat = round(e.lat, 4)
             AND pl.lon = round(e.lon, 4)
        ORDER BY e.rowid""",
        [types, types, statuses, statuses, countries, countries,
         [p[0] for p in places], [p[1] for p in places], [p[2] for p in places], [p[3] for p in places],
         [p[2] for p in places]],
    ).fetchnumpy()  # fmt: skip
    rowid = np.asarray(cols["rowid"], dtype=np.int64)
    start_null = np.asarray(cols["start_null"], dtype=bool)
    end_null = np.asarray(cols["end_null"], dtype=bool)
    by_actor = cur.execute(
        "SELECT a.country, e.rowid AS r FROM event_actors a JOIN events e ON e.event_id = a.event_id "
        "WHERE a.country IS NOT NULL"
    ).fetchnumpy()
    a_pos = np.searchsorted(rowid, np.asarray(by_actor["r"], dtype=np.int64))
    actor_country: dict[str, np.ndarray] = {}
    a_countries = np.asarray(by_actor["country"], dtype=object)
    if len(a_countries):
        order = np.argsort(a_countries, kind="stable")
        sorted_c = a_countries[order]
        cuts = np.flatnonzero(sorted_c[1:] != sorted_c[:-1]) + 1
        for chunk in np.split(order, cuts):
            actor_country[str(a_countries[chunk[0]])] = np.unique(a_pos[chunk])
    keyed = f"SELECT a.event_id, a.role, {_ACTOR_KEY} AS k, {_ACTOR_LABEL} AS label, a.country, a.kind FROM event_actors a"
    info = cur.execute(
        f"WITH a AS ({keyed}) SELECT k, mode(label), mode(country), mode(kind) FROM a GROUP BY k ORDER BY k"
    ).fetchall()
    keys = [str(r[0]) for r in info]
    pairs = cur.execute(
        f"""WITH a AS (SELECT event_id, role, k FROM ({keyed})),
        ids AS (SELECT unnest(?::VARCHAR[]) AS k, CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS kid),
        ak AS (SELECT a.event_id, a.role, ids.kid FROM a JOIN ids USING (k))
        SELECT e.rowid AS r, s.kid AS s, t.kid AS t
        FROM ak s JOIN ak t ON t.event_id = s.event_id AND s.role = 'source' AND t.role = 'target'
        JOIN events e ON e.event_id = s.event_id WHERE s.kid <> t.kid""",
        [keys, keys],
    ).fetchnumpy()
    shown = cur.execute(
        f"""WITH act AS (SELECT event_id,
                string_agg({_ACTOR_LABEL}, ', ' ORDER BY a.position) FILTER (WHERE a.role = 'source') AS source,
                string_agg({_ACTOR_LABEL}, ', ' ORDER BY a.position) FILTER (WHERE a.role = 'target') AS target
            FROM event_actors a GROUP BY event_id)
        SELECT e.article_id, e.mode, e.status, e.date, e.place_name, e.injured, e.evidence_text, act.source,
               act.target
        FROM events e LEFT JOIN act ON act.event_id = e.event_id ORDER BY e.rowid"""
    ).fetchnumpy()
    snap = Snapshot(
        stamp=stamp,
        display={k: _objects(v) for k, v in shown.items()},
        rowid=rowid,
        event_id=np.asarray(cols["event_id"], dtype=object),
        start=np.asarray(cols["start"], dtype=np.int64),
        end=np.asarray(cols["end_"], dtype=np.int64),
        start_null=start_null,
        has_date=~(start_null & end_null),
        typ=np.asarray(cols["typ"], dtype=np.int64),
        types=types,
        status=np.asarray(cols["status"], dtype=np.int64),
        statuses=statuses,
        pcountry=np.asarray(cols["pcountry"], dtype=np.int64),
        countries=countries,
        actor_country=actor_country,
        confidence=np.asarray(cols["confidence"], dtype=np.float64),
        dead=np.asarray(cols["dead"], dtype=np.int64),
        dead_null=np.asarray(cols["dead_null"], dtype=bool),
        place=np.asarray(cols["place"], dtype=np.int64),
        places=places,
        pair_pos=np.searchsorted(rowid, np.asarray(pairs["r"], dtype=np.int64)).astype(np.int64),
        pair_src=np.asarray(pairs["s"], dtype=np.int64),
        pair_tgt=np.asarray(pairs["t"], dtype=np.int64),
        actor_keys=keys,
        actor_info=[{"label": r[1], "country": r[2], "kind": r[3]} for r in info],
    )
    return snap.prepare()  # orders and lists now, rather than in the middle of a busy minute
