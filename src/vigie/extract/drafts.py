"""The trigger word and the draft event the extractor assembles, shared by the modules of its sections."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..resolve.dates import ResolvedDate
from ..types import Actor, Place, Quote
from .lexicon import Entry

__all__ = ["Draft", "Trigger"]


@dataclass(slots=True)
class Trigger:
    """A word that names an event, with the lexicon entry it matched."""

    tok: Token
    entry: Entry
    type: str
    mode: str | None
    linear: bool = False  # a headline verb found by word order, its parse unusable

    @property
    def role(self) -> str:
        return self.entry.role


@dataclass(slots=True)
class Draft:
    """An event being assembled before it becomes an `Event`."""

    trig: Trigger
    sent: Span
    type: str
    mode: str | None
    status: str = "occurred"
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    approximate: bool = False
    location: Place | None = None
    date: ResolvedDate | None = None
    quote: Quote | None = None
    absorbed: bool = False
    tokens: set[int] = field(default_factory=set)  # trigger tokens merged into this event
    also: list[Span] = field(default_factory=list)  # other sentences that name the same incident
    guessed: float | None = None  # the type model's probability, for an event the rules did not find
