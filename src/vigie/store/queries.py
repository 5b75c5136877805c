"""Event filters and the SELECT statements built from them; values always travel as parameters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from .dates import edtf_bounds

__all__ = ["ORDERS", "EventQuery", "flat_select", "record_select", "where_clause"]

ORDERS = {
    "article": "e.article_id, e.seq",
    "date": "e.date_start DESC NULLS LAST, e.article_id, e.seq",
}


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to read, in which order and page; empty filters select everything."""

    types: Sequence[str] = ()
    actor: str | None = None
    country: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    article: str | None = None
    text: str | None = None
    status: str | None = None
    limit: int | None = None
    offset: int = 0
    order: str = "article"
    articles: Sequence[str] = ()  # any of these article ids

    @classmethod
    def of(cls, **kwargs: Any) -> EventQuery:
        """Build from keyword filters, naming any unknown one."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(
                f"unknown event filter(s): {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        return cls(**kwargs)


def _norm(expr: str) -> str:
    """SQL making `expr` lower case without accents, for accent-insensitive matching."""
    return f"strip_accents(lower({expr}))"


def _day(value: str, name: str, end: bool) -> date:
    """First (or last) day of a YYYY, YYYY-MM or YYYY-MM-DD filter bound."""
    bounds = edtf_bounds(value)
    day = bounds[1] if end else bounds[0]
    if day is None:
        raise ValueError(f"{name}: cannot read {value!r} as a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return day


def where_clause(q: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE text (over `events e`) and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if q.types:
        parts.append("list_contains(?::VARCHAR[], e.event_type)")
        params.append([t.upper() for t in q.types])
    if q.actor:
        parts.append(
            "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND "
            f"(contains({_norm('a.text')}, {_norm('?')}) OR contains({_norm('a.name')}, {_norm('?')})))"
        )
        params += [q.actor, q.actor]
    if q.country:
        parts.append(
            "(e.place_country = ? OR EXISTS "
            "(SELECT 1 FROM event_actors a WHERE a.event_id = e.event_id AND a.country = ?))"
        )
        params += [q.country.upper(), q.country.upper()]
    if q.place:
        parts.append(
            f"(contains({_norm('e.place_name')}, {_norm('?')}) OR contains({_norm('e.place_text')}, {_norm('?')}))"
        )
        params += [q.place, q.place]
    if q.date_from or q.date_to:
        parts.append("(e.date_start IS NOT NULL OR e.date_end IS NOT NULL)")
    if q.date_from:
        parts.append("COALESCE(e.date_end, DATE '9999-12-31') >= ?")
        params.append(_day(q.date_from, "date_from", end=False))
    if q.date_to:
        parts.append("COALESCE(e.date_start, DATE '0001-01-01') <= ?")
        params.append(_day(q.date_to, "date_to", end=True))
    if q.article is not None:
        parts.append("e.article_id = ?")
        params.append(q.article)
    if q.articles:
        parts.append("list_contains(?::VARCHAR[], e.article_id)")
        params.append(list(q.articles))
    if q.text:
        parts.append(f"contains({_norm('e.evidence_text')}, {_norm('?')})")
        params.append(q.text)
    if q.status:
        parts.append("e.status = ?")
        params.append(q.status.lower())
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _tail(q: EventQuery) -> tuple[str, list[Any]]:
    """ORDER BY / LIMIT / OFFSET text and parameters."""
    if q.order not in ORDERS:
        raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {q.order!r}")
    if q.limit is not None and q.limit < 0 or q.offset < 0:
        raise ValueError("limit and offset must not be negative")
    sql = f" ORDER BY {ORDERS[q.order]}"
    params: list[Any] = []
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(q.limit)
    if q.offset:
        sql += " OFFSET ?"
        params.append(q.offset)
    return sql, params


_ACTOR_STRUCT = "{'text': a.text, 'name': a.name, 'id': a.actor_id, 'country': a.country, 'kind': a.kind}"
_ACTOR_LABEL = "coalesce(nullif(a.name, ''), a.text) || CASE WHEN a.country IS NULL THEN '' ELSE ' (' || a.country || ')' END"
_EVENT_FIELDS = (
    "e.event_id, e.article_id, e.seq, e.event_type, e.mode, e.status, e.date, e.date_start, e.date_end, "
    "e.date_text, e.place_text, e.place_name, e.place_country, e.place_admin1, e.lat, e.lon, "
    "e.place_precision, e.dead, e.injured, e.size, e.approximate, e.evidence_text, e.evidence_start, "
    "e.evidence_end, e.language, e.confidence, e.trigger, e.quote_id, e.quote_text, e.quote_speaker, e.mentions"
)


def _paged(q: EventQuery, columns: str, actor_agg: str) -> tuple[str, list[Any]]:
    """Filter and page the events first, then aggregate the actors of that page only (as `src`/`tgt`)."""
    where, params = where_clause(q)
    tail, tail_params = _tail(q)
    sql = (
        f"WITH page AS (SELECT {_EVENT_FIELDS} FROM events e{where}{tail}), "
        f"act AS (SELECT a.event_id, {actor_agg.replace('{role}', 'source')} AS src, "
        f"{actor_agg.replace('{role}', 'target')} AS tgt FROM event_actors a "
        "WHERE a.event_id IN (SELECT event_id FROM page) GROUP BY a.event_id) "
        f"SELECT {columns} FROM page e LEFT JOIN act ON act.event_id = e.event_id "
        f"LEFT JOIN articles ar ON ar.article_id = e.article_id "
        f"LEFT JOIN incident_reports ir ON ir.event_id = e.event_id ORDER BY {ORDERS[q.order]}"
    )
    return sql, params + tail_params


def record_select(q: EventQuery) -> tuple[str, list[Any]]:
    """SELECT returning every event column plus `source`/`target` as lists of actor structs."""
    agg = f"list({_ACTOR_STRUCT} ORDER BY a.position) FILTER (WHERE a.role = '{{role}}')"
    return _paged(q, "e.*, act.src AS source, act.tgt AS target, ir.incident_id", agg)


def flat_select(q: EventQuery, *, json_actors: bool) -> tuple[str, list[Any]]:
    """SELECT of one flat row per event: actors as JSON text (`json_actors`) or as "name (ISO3); ..." labels."""
    if json_actors:
        agg = (
            f"to_json(list({_ACTOR_STRUCT} ORDER BY a.position) FILTER (WHERE a.role = '{{role}}'))::VARCHAR"
        )
        empty = "'[]'"
        speaker = "e.quote_speaker::VARCHAR"
    else:
        agg = f"string_agg({_ACTOR_LABEL}, '; ' ORDER BY a.position) FILTER (WHERE a.role = '{{role}}')"
        empty = "''"
        speaker = "coalesce(nullif(e.quote_speaker->>'name', ''), e.quote_speaker->>'text')"
    columns = (
        "e.article_id, e.event_id, e.event_type, e.mode, e.status, "
        f"coalesce(act.src, {empty}) AS source, coalesce(act.tgt, {empty}) AS target, "
        "e.date, e.date_start, e.date_end, e.date_text, e.place_text, e.place_name, e.place_country, "
        "e.place_admin1, e.lat, e.lon, e.place_precision, e.dead, e.injured, e.size, e.approximate, "
        f"e.quote_text, {speaker} AS quote_speaker, e.evidence_text, e.evidence_start, e.evidence_end, "
        "e.language, round(e.confidence, 3) AS confidence, e.trigger, ar.url, ar.published, ir.incident_id"
    )
    return _paged(q, columns, agg)
