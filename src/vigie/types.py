"""Record types passed between stages: RawItem -> Article -> Event/Quote. Slotted dataclasses, no logic."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

__all__ = [
    "PLOVER_TYPES",
    "STATUSES",
    "Actor",
    "Article",
    "Event",
    "Evidence",
    "Failure",
    "Place",
    "Quote",
    "RawItem",
    "Removal",
]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
STATUSES = ("occurred", "announced", "threatened", "claimed", "denied", "hypothetical")
ActorKind = Literal[
    "state", "government", "military", "police", "militia", "rebel", "party", "igo", "ngo",
    "media", "civilians", "person", "other",
]  # fmt: skip
Precision = Literal["point", "city", "admin1", "country", "region"]


@dataclass(slots=True)
class RawItem:
    """One input article as read from a file, a JSONL line or stdin, before cleaning."""

    id: str
    text: str | None = None  # plain text (already decoded)
    html: str | None = None  # HTML markup (already decoded)
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD when the input declares it
    lang: str | None = None  # declared language, if any
    origin: str = ""  # where it came from: a path, "path:line", "<stdin>"
    raw_sha256: str = ""  # hash of the bytes as read


@dataclass(slots=True, frozen=True)
class Failure:
    """An input item that could not be processed, with a message naming it."""

    item_id: str
    reason: str
    kind: str = "input"  # the error class name, e.g. "EmptyInput"

    def message(self) -> str:
        return f"{self.item_id}: {self.reason}"


@dataclass(slots=True)
class Removal:
    """A piece of text the cleaner cut, and why."""

    reason: str
    text: str


@dataclass(slots=True)
class Article:
    """Cleaned article: the text every evidence offset points into."""

    id: str
    text: str
    language: str | None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    removed: list[Removal] = field(default_factory=list)
    status: Literal["ok", "not_analysed"] = "ok"
    language_score: float = 0.0
    source_format: Literal["text", "html"] = "text"
    raw_sha256: str = ""
    text_sha256: str = ""
    origin: str = ""

    def clean_record(self) -> dict[str, Any]:
        """The `vigie clean` output line (EVENT_RECORD.md)."""
        return {
            "article_id": self.id,
            "language": self.language,
            "title": self.title,
            "published": self.published,
            "text": self.text,
            "removed": [{"reason": r.reason, "text": r.text} for r in self.removed],
        }


@dataclass(slots=True)
class Actor:
    """Who acts or is acted upon: words in the article plus their resolution."""

    text: str
    name: str
    id: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    kind: str = "other"
    start: int | None = None  # character offsets into Article.text (extension)
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "id": self.id,
            "country": self.country,
            "kind": self.kind,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Actor:
        return cls(
            d.get("text") or "", d.get("name") or "", d.get("id"), d.get("country"), d.get("kind") or "other"
        )


@dataclass(slots=True)
class Place:
    """Where: words in the article plus their geocoding."""

    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        keys = ("text", "name", "country", "admin1", "lat", "lon", "precision")
        return cls(**{k: d[k] for k in keys if d.get(k) is not None})


@dataclass(slots=True)
class Evidence:
    """The sentence that backs a record, with offsets into the cleaned text."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(d["text"], int(d["start"]), int(d["end"]))


@dataclass(slots=True)
class Quote:
    """A piece of reported speech, direct or indirect."""

    article_id: str
    text: str
    speaker: Actor | None
    evidence: Evidence
    language: str
    direct: bool = True
    start: int = 0  # offsets of the quoted words themselves
    end: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": "quote",
            "article_id": self.article_id,
            "text": self.text,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "evidence": self.evidence.to_dict(),
            "language": self.language,
            "direct": self.direct,
        }


@dataclass(slots=True)
class Event:
    """One PLOVER event record (EVENT_RECORD.md); `to_dict` gives the exact output contract."""

    article_id: str
    event_id: str
    event_type: str
    mode: str | None
    status: str
    source: list[Actor]
    target: list[Actor]
    date: str | None
    date_text: str | None
    location: Place | None
    dead: int | None
    injured: int | None
    size: int | None
    quote: Quote | None
    evidence: Evidence
    language: str
    confidence: float
    trigger: str = ""  # the words that named the event (extension)
    approximate: bool = False  # a magnitude came from vague words ("des dizaines")
    mentions: list[Evidence] = field(default_factory=list)  # other sentences naming the same incident

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": "event",
            "article_id": self.article_id,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "status": self.status,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "dead": self.dead,
            "injured": self.injured,
            "size": self.size,
            "quote": {
                "text": self.quote.text,
                "speaker": self.quote.speaker.to_dict() if self.quote.speaker else None,
            }
            if self.quote
            else None,
            "evidence": self.evidence.to_dict(),
            "language": self.language,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "approximate": self.approximate,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        """An event back from its record (quote offsets and actor offsets are not kept in records)."""
        evidence = Evidence.from_dict(d["evidence"])
        q = d.get("quote")
        speaker = Actor.from_dict(q["speaker"]) if q and q.get("speaker") else None
        quote = Quote(d["article_id"], q["text"], speaker, evidence, d.get("language") or "") if q else None
        return cls(
            article_id=d["article_id"],
            event_id=d["event_id"],
            event_type=d["event_type"],
            mode=d.get("mode"),
            status=d.get("status") or "occurred",
            source=[Actor.from_dict(a) for a in d.get("source") or ()],
            target=[Actor.from_dict(a) for a in d.get("target") or ()],
            date=d.get("date"),
            date_text=d.get("date_text"),
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            dead=d.get("dead"),
            injured=d.get("injured"),
            size=d.get("size"),
            quote=quote,
            evidence=evidence,
            language=d.get("language") or "",
            confidence=float(d.get("confidence") or 0.0),
            trigger=d.get("trigger") or "",
            approximate=bool(d.get("approximate")),
            mentions=[Evidence.from_dict(m) for m in d.get("mentions") or ()],
        )
