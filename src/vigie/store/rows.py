"""Record types <-> table rows: flattening for inserts, and the contract dicts rebuilt from query rows."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ..types import Actor, Article, Event, Quote
from .dates import edtf_bounds

__all__ = [
    "ACTOR_COLUMNS",
    "ARTICLE_COLUMNS",
    "EVENT_COLUMNS",
    "QUOTE_COLUMNS",
    "actor_rows",
    "article_row",
    "event_dict",
    "event_row",
    "quote_dict",
    "quote_id",
    "quote_row",
]

# (column, DuckDB type) in row order; the types drive the typed column-wise bulk insert.
ARTICLE_COLUMNS = (
    ("article_id", "VARCHAR"), ("url", "VARCHAR"), ("title", "VARCHAR"), ("author", "VARCHAR"),
    ("published", "DATE"), ("language", "VARCHAR"), ("language_score", "DOUBLE"), ("status", "VARCHAR"),
    ("source_format", "VARCHAR"), ("raw_sha256", "VARCHAR"), ("text_sha256", "VARCHAR"), ("text", "VARCHAR"),
    ("removed", "VARCHAR"), ("pipeline_version", "VARCHAR"), ("origin", "VARCHAR"), ("n_events", "INTEGER"),
    ("ingested_at", "TIMESTAMP"),
)  # fmt: skip
EVENT_COLUMNS = (
    ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("event_type", "VARCHAR"),
    ("mode", "VARCHAR"), ("status", "VARCHAR"), ("date", "VARCHAR"), ("date_start", "DATE"),
    ("date_end", "DATE"), ("date_text", "VARCHAR"), ("place_text", "VARCHAR"), ("place_name", "VARCHAR"),
    ("place_country", "VARCHAR"), ("place_admin1", "VARCHAR"), ("lat", "DOUBLE"), ("lon", "DOUBLE"),
    ("place_precision", "VARCHAR"), ("dead", "BIGINT"), ("injured", "BIGINT"), ("size", "BIGINT"),
    ("approximate", "BOOLEAN"), ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"), ("language", "VARCHAR"), ("confidence", "DOUBLE"), ("trigger", "VARCHAR"),
    ("quote_id", "VARCHAR"), ("quote_text", "VARCHAR"), ("quote_speaker", "VARCHAR"), ("mentions", "VARCHAR"),
)  # fmt: skip
ACTOR_COLUMNS = (
    ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("role", "VARCHAR"), ("position", "INTEGER"),
    ("text", "VARCHAR"), ("name", "VARCHAR"), ("actor_id", "VARCHAR"), ("country", "VARCHAR"),
    ("kind", "VARCHAR"), ("char_start", "INTEGER"), ("char_end", "INTEGER"),
)  # fmt: skip
QUOTE_COLUMNS = (
    ("quote_id", "VARCHAR"), ("article_id", "VARCHAR"), ("seq", "INTEGER"), ("text", "VARCHAR"),
    ("quote_start", "INTEGER"), ("quote_end", "INTEGER"), ("speaker_text", "VARCHAR"),
    ("speaker_name", "VARCHAR"), ("speaker_id", "VARCHAR"), ("speaker_country", "VARCHAR"),
    ("speaker_kind", "VARCHAR"), ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"),
    ("evidence_text", "VARCHAR"), ("evidence_start", "INTEGER"), ("evidence_end", "INTEGER"),
    ("language", "VARCHAR"), ("direct", "BOOLEAN"),
)  # fmt: skip

Row = tuple[Any, ...]


def _published(value: str | None) -> date | None:
    """The DATE stored for a publication date; None when it is not YYYY-MM-DD."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _quote_span(quote: Quote) -> tuple[int, int]:
    """Offsets identifying a quote: its own span, or its sentence's when the span was not set."""
    if quote.start or quote.end:
        return quote.start, quote.end
    return quote.evidence.start, quote.evidence.end


def quote_id(quote: Quote) -> str:
    """Stable id of a quote: hash of article id, offsets and text."""
    start, end = _quote_span(quote)
    key = "\x1f".join((quote.article_id, str(start), str(end), quote.text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def article_row(article: Article, n_events: int, pipeline_version: str, now: datetime) -> Row:
    """The `articles` row of an article."""
    removed = json.dumps([{"reason": r.reason, "text": r.text} for r in article.removed], ensure_ascii=False)
    return (
        article.id, article.url, article.title, article.author, _published(article.published),
        article.language, article.language_score, article.status, article.source_format,
        article.raw_sha256, article.text_sha256, article.text, removed, pipeline_version, article.origin,
        n_events, now,
    )  # fmt: skip


def event_row(event: Event, seq: int) -> Row:
    """The `events` row of an event (place flattened, date bounds computed)."""
    start, end = edtf_bounds(event.date)
    place = event.location
    quote = event.quote
    speaker = json.dumps(quote.speaker.to_dict(), ensure_ascii=False) if quote and quote.speaker else None
    return (
        event.event_id, event.article_id, seq, event.event_type, event.mode, event.status, event.date,
        start, end, event.date_text,
        place.text if place else None, place.name if place else None, place.country if place else None,
        place.admin1 if place else None, place.lat if place else None, place.lon if place else None,
        place.precision if place else None,
        event.dead, event.injured, event.size, event.approximate,
        event.evidence.text, event.evidence.start, event.evidence.end, event.language, event.confidence,
        event.trigger, quote_id(quote) if quote else None, quote.text if quote else None, speaker,
        json.dumps([m.to_dict() for m in event.mentions], ensure_ascii=False),
    )  # fmt: skip


def actor_rows(event: Event) -> list[Row]:
    """The `event_actors` rows of an event, sources then targets, in their list order."""
    rows: list[Row] = []
    for role, actors in (("source", event.source), ("target", event.target)):
        for position, a in enumerate(actors):
            rows.append(
                (event.event_id, event.article_id, role, position, a.text, a.name, a.id, a.country, a.kind,
                 a.start, a.end)
            )  # fmt: skip
    return rows


def quote_row(quote: Quote, seq: int) -> Row:
    """The `quotes` row of a quote."""
    s: Actor | None = quote.speaker
    start, end = _quote_span(quote)
    return (
        quote_id(quote), quote.article_id, seq, quote.text, start, end,
        s.text if s else None, s.name if s else None, s.id if s else None, s.country if s else None,
        s.kind if s else None, s.start if s else None, s.end if s else None,
        quote.evidence.text, quote.evidence.start, quote.evidence.end, quote.language, quote.direct,
    )  # fmt: skip


def _actors(value: Sequence[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Actor dicts from a DuckDB list of structs (NULL when the event has none)."""
    return [dict(a) for a in value] if value else []


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The EVENT_RECORD.md event object from a query row (see `queries.RECORD_SELECT`)."""
    location = None
    if row["place_text"] is not None:
        location = {
            "text": row["place_text"],
            "name": row["place_name"],
            "country": row["place_country"],
            "admin1": row["place_admin1"],
            "lat": row["lat"],
            "lon": row["lon"],
            "precision": row["place_precision"],
        }
    quote = None
    if row["quote_text"] is not None:
        speaker = json.loads(row["quote_speaker"]) if row["quote_speaker"] is not None else None
        quote = {"text": row["quote_text"], "speaker": speaker}
    return {
        "record": "event",
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "event_type": row["event_type"],
        "mode": row["mode"],
        "status": row["status"],
        "source": _actors(row["source"]),
        "target": _actors(row["target"]),
        "date": row["date"],
        "date_text": row["date_text"],
        "location": location,
        "dead": row["dead"],
        "injured": row["injured"],
        "size": row["size"],
        "quote": quote,
        "evidence": {
            "text": row["evidence_text"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
        },
        "language": row["language"],
        "confidence": round(row["confidence"], 3),
        "trigger": row["trigger"],
        "approximate": row["approximate"],
        "mentions": json.loads(row["mentions"]) if row.get("mentions") else [],
        "incident_id": row.get("incident_id"),
    }


def quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The EVENT_RECORD.md quote object from a `quotes` row, plus its `quote_id`."""
    speaker = None
    if row["speaker_text"] is not None:
        speaker = {
            "text": row["speaker_text"],
            "name": row["speaker_name"],
            "id": row["speaker_id"],
            "country": row["speaker_country"],
            "kind": row["speaker_kind"],
        }
    return {
        "record": "quote",
        "article_id": row["article_id"],
        "text": row["text"],
        "speaker": speaker,
        "evidence": {
            "text": row["evidence_text"],
            "start": row["evidence_start"],
            "end": row["evidence_end"],
        },
        "language": row["language"],
        "direct": row["direct"],
        "quote_id": row["quote_id"],
    }
