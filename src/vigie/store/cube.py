"""Counts pre-aggregated per facet of the event snapshot, so the desk's timeline, map and network answer
without reading every event.

A facet is every event, one type, one status or one country (of place or of an actor): the filters analysts
set alone. For each, built once with the snapshot: events per (start day, type) and undated per type, per
place and per country of place, and the actor-pair edges ranked by weight with the per-type split of the
strongest. A date range within a facet is a contiguous slice of its single-day events sorted by day, plus its
spans and open-ended events tested one by one, so it costs what the range holds, not the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .snapshot import Snapshot

__all__ = ["MAX_EDGES", "Cube", "Edges", "Facet", "PlaceCounts", "bucket_days", "build_cube", "rank_edges"]

MAX_EDGES = 1000  # the most edges a network answer lists (the API's `limit` bound)


@dataclass
class PlaceCounts:
    """Events and dead per place, places ranked (most events first, then name), and events per country."""

    counts: np.ndarray
    dead: np.ndarray
    ranked: np.ndarray
    by_country: dict[str, int]


@dataclass
class Edges:
    """Actor-pair edges ranked by weight (ties by source then target), the per-type split of the first
    `MAX_EDGES`, and each actor's number of (source, target) pairs."""

    codes: np.ndarray
    weights: np.ndarray
    by_type: np.ndarray
    involved: np.ndarray


@dataclass
class Facet:
    """One facet's events by date, and its pre-aggregated totals."""

    single: np.ndarray  # positions of the single-day events, by start day
    single_day: np.ndarray  # their start days, ascending
    other: np.ndarray  # positions of the dated events that span days, have an open end or no start
    day_type: np.ndarray  # distinct start day * n_types + type of the events with a start, ascending
    day_type_n: np.ndarray  # events of each
    undated: np.ndarray  # events without a start, per type
    places: PlaceCounts
    edges: Edges
    _bucketed: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def bucketed(self, bucket: str, n_types: int) -> tuple[np.ndarray, np.ndarray]:
        """Distinct bucket * n_types + type of the events with a start, ascending, and events of each: the
        day counts rolled up once per bucket size, then reused."""
        if bucket == "day":
            return self.day_type, self.day_type_n
        if bucket not in self._bucketed:
            n = max(1, n_types)
            keys = bucket_days(self.day_type // n, bucket) * n + self.day_type % n
            uniq, inverse = np.unique(keys, return_inverse=True)
            self._bucketed[bucket] = (
                uniq,
                np.bincount(inverse.reshape(-1), weights=self.day_type_n).astype(np.int64),
            )
        return self._bucketed[bucket]

    def in_range(self, snap: Snapshot, lo: int, hi: int) -> np.ndarray:
        """Positions of the facet's events whose dates meet [lo, hi] (days), as `Snapshot.select` defines."""
        a, b = np.searchsorted(self.single_day, lo, "left"), np.searchsorted(self.single_day, hi, "right")
        o = self.other
        meets = (snap.end[o] >= lo) & (snap.start[o] <= hi)
        return np.concatenate([self.single[a:b], o[meets]])


class Cube:
    """The facets of one snapshot, looked up from an event query's filters."""

    def __init__(self, facets: dict[tuple[str, str], Facet]) -> None:
        self._facets = facets

    def facet(self, key: tuple[str, str]) -> Facet | None:
        return self._facets.get(key)


def bucket_days(days: np.ndarray, bucket: str) -> np.ndarray:
    """The bucket index of each day (days since 1970-01-01): itself, its week's Monday, its month or year."""
    days = np.asarray(days, dtype=np.int64)
    if bucket == "day":
        return days
    if bucket == "week":
        return days - (days + 3) % 7  # the Monday starting the week; 1970-01-01 was a Thursday
    unit = "datetime64[M]" if bucket == "month" else "datetime64[Y]"
    return days.astype("datetime64[D]").astype(unit).astype("int64")


def place_counts(snap: Snapshot, sel: np.ndarray | None) -> PlaceCounts:
    """Per-place and per-country counts of the selected events (None: all)."""
    place = snap.place if sel is None else snap.place[sel]
    pcountry = snap.pcountry if sel is None else snap.pcountry[sel]
    dead = snap.dead0 if sel is None else snap.dead0[sel]
    located = place >= 0
    n = len(snap.places)
    counts = np.bincount(place[located], minlength=n)
    killed = np.flatnonzero(located & (dead > 0))  # most events kill no one: weigh only those that do
    dead_sum = np.bincount(place[killed], weights=dead[killed], minlength=n).astype(np.int64)
    used = np.flatnonzero(counts)
    ranked = used[np.lexsort((snap.place_name_rank[used], -counts[used]))]
    by_c = np.bincount(pcountry[pcountry >= 0], minlength=len(snap.countries))
    nz = np.flatnonzero(by_c)
    by_country = dict(sorted(((snap.countries[i], int(by_c[i])) for i in nz), key=lambda x: (-x[1], x[0])))
    return PlaceCounts(counts, dead_sum, ranked, by_country)


def rank_edges(snap: Snapshot, sel: np.ndarray | None, keep: int = MAX_EDGES, min_weight: int = 1) -> Edges:
    """Edges of the selected events' actor pairs (None: all events): the `keep` strongest weighing at least
    `min_weight`, ranked, with the per-type split of the first `MAX_EDGES`."""
    pairs = snap.pairs_of(sel)
    edge = snap.pair_edge[pairs]
    n_edges = len(snap.edge_src)
    weight = np.bincount(edge, minlength=n_edges)
    involved = np.bincount(snap.edge_src, weights=weight, minlength=len(snap.actor_keys)) + np.bincount(
        snap.edge_tgt, weights=weight, minlength=len(snap.actor_keys)
    )
    cand = np.flatnonzero(weight >= max(1, min_weight))
    if keep <= 0:
        cand = cand[:0]
    elif keep < len(cand):  # the `keep` heaviest, ties broken by edge code (source, then target)
        cut = np.partition(weight[cand], len(cand) - keep)[len(cand) - keep]
        cand = cand[weight[cand] >= cut]
    ranked = cand[np.lexsort((cand, -weight[cand]))][:keep]
    slot = np.full(n_edges, -1, dtype=np.int64)
    shown = ranked[:MAX_EDGES]
    slot[shown] = np.arange(len(shown))
    row = slot[edge]
    inside = row >= 0
    n_types = max(1, len(snap.types))
    by_type = np.bincount(
        row[inside] * n_types + snap.pair_typ[pairs][inside], minlength=len(shown) * n_types
    ).reshape(len(shown), n_types)
    return Edges(ranked, weight[ranked], by_type, involved.astype(np.int64))


def _facet(snap: Snapshot, pos: np.ndarray | None) -> Facet:
    """Pre-aggregate the events at `pos` (sorted positions; None: every event)."""
    every = np.arange(snap.n) if pos is None else pos
    single = every[snap.single_day[every]]
    by_day = np.argsort(snap.start[single], kind="stable")
    other = every[snap.has_date[every] & ~snap.single_day[every]]
    start_null = snap.start_null[every]
    typ = snap.typ[every]
    n_types = max(1, len(snap.types))
    keys = snap.start[every][~start_null] * n_types + typ[~start_null]
    day_type, day_type_n = np.unique(keys, return_counts=True)
    return Facet(
        single=single[by_day],
        single_day=snap.start[single][by_day],
        other=other,
        day_type=day_type,
        day_type_n=day_type_n,
        undated=np.bincount(typ[start_null], minlength=n_types),
        places=place_counts(snap, pos),
        edges=rank_edges(snap, pos),  # no answer lists more than MAX_EDGES, so no more are ranked
    )


def build_cube(snap: Snapshot) -> Cube:
    """Every facet of the snapshot: all events, each type, each status, each country."""
    facets: dict[tuple[str, str], Facet] = {("all", ""): _facet(snap, None)}
    for k, t in enumerate(snap.types):
        facets[("type", t)] = _facet(snap, snap.by_type[k])
    for k, s in enumerate(snap.statuses):
        facets[("status", s)] = _facet(snap, snap.by_status[k])
    for c, pos in snap.by_country.items():
        facets[("country", c)] = _facet(snap, pos)
    return Cube(facets)


def facet_key(types: Any, country: str | None, status: str | None) -> tuple[str, str] | None:
    """The facet a query's type/country/status filters name, when they name at most one (else None)."""
    named = [x for x in (types, country, status) if x]
    if len(named) > 1 or (types and len(types) != 1):
        return None
    if types:
        return ("type", str(types[0]).upper())
    if country:
        return ("country", country.upper())
    if status:
        return ("status", status.lower())
    return ("all", "")
