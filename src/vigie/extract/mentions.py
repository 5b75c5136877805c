"""Merging the drafts that report one incident: in one sentence, then across the article."""

from __future__ import annotations

from ..types import Actor
from .drafts import Draft
from .words import VERBAL_TYPES

__all__ = ["merge_mentions", "merge_same_type", "same_actor"]


def merge_same_type(drafts: list[Draft]) -> list[Draft]:
    """Two mentions of one type in a sentence ("pourparlers ... dialogue") are one event unless their actors differ."""
    out: list[Draft] = []
    for d in drafts:
        twin = next(
            (o for o in out if o.type == d.type and not o.absorbed and not d.absorbed and _compatible(o, d)),
            None,
        )
        if twin is None:
            out.append(d)
            continue
        twin.tokens |= d.tokens
        twin.source = twin.source or d.source
        twin.target = twin.target or d.target
        twin.location = twin.location or d.location
        twin.mode = twin.mode or d.mode
        for slot in ("dead", "injured", "size"):
            if getattr(twin, slot) is None:
                setattr(twin, slot, getattr(d, slot))
    return out


AERIAL_MODES = frozenset({"aerial", "drone"})


def merge_mentions(drafts: list[Draft]) -> list[Draft]:
    """The same incident named again later in the article ("tués lors de la frappe de janvier 2020") is one event."""
    out: list[Draft] = []
    for d in drafts:
        alone = sum(1 for o in out if o.type == d.type) == 1
        first = next((o for o in out if _same_incident(o, d, alone)), None)
        if first is None:
            out.append(d)
            continue
        if _fill(d) > _fill(first):  # the better-described mention carries the event; the other fills gaps
            out[out.index(first)] = d
            first, d = d, first
        first.also = sorted(
            {s.start: s for s in [*first.also, d.sent, *d.also] if s.start != first.sent.start}.values(),
            key=lambda s: s.start,
        )
        first.source = first.source or d.source
        first.target = first.target or d.target
        first.location = first.location or d.location
        first.mode = first.mode or d.mode
        for slot in ("dead", "injured", "size"):
            mine, theirs = getattr(first, slot), getattr(d, slot)
            if theirs is not None and (mine is None or theirs > mine):
                setattr(first, slot, theirs)
    return out


def _fill(d: Draft) -> float:
    slots = [d.source, d.target, d.location, d.dead, d.injured, d.size]
    width = (d.date.end - d.date.start).days if d.date and d.date.start and d.date.end else 999
    return sum(1 for x in slots if x) + (1.0 / (1 + width) if d.date else 0.0)


def _same_incident(a: Draft, b: Draft, alone: bool = False) -> bool:
    if a.type != b.type:
        return False
    if alone and a.type == "ASSAULT" and a.date and not b.date and not b.source and _compatible(a, b):
        # "23 wounded were admitted", "the blast": an undated recall of the article's only attack so far
        return all(
            getattr(b, k) is None or getattr(a, k) in (None, getattr(b, k)) for k in ("dead", "injured")
        )
    if a.type == "AGREE" and len(a.source) > 1 and len(b.source) > 1 and not (a.date and b.date):
        # the same parties' agreement told twice ("une déclaration conjointe", "se sont mis d'accord")
        return all(any(same_actor(x, y) for y in b.source) for x in a.source) and _compatible(a, b)
    if a.type in VERBAL_TYPES and (not a.date or not b.date) and abs(a.sent.start - b.sent.start) < 120:
        # a statement, then the quote that spells it out: same speaker, within the next sentences
        return bool(a.source and b.source and _overlap(a.source, b.source)) and _compatible(a, b)
    if not (a.date and b.date and a.date.start and b.date.start and a.date.end and b.date.end):
        return False
    if a.date.start > b.date.end or b.date.start > a.date.end:
        return False
    if (a.date.end - a.date.start).days > 31 or (b.date.end - b.date.start).days > 31:
        return False  # a season or a year is too loose to say it is the same happening
    if (
        a.location
        and b.location
        and a.location.name != b.location.name
        and a.location.country != b.location.country
    ):
        return False
    if not _compatible(a, b):
        return False
    if a.mode and b.mode and a.mode != b.mode and not {a.mode, b.mode} <= AERIAL_MODES:
        return False
    shared = _overlap(a.source, b.source) or _overlap(a.target, b.target)
    return shared or (a.type == "ASSAULT" and a.date.edtf == b.date.edtf)


def _overlap(x: list[Actor], y: list[Actor]) -> bool:
    return any(same_actor(p, q) for p in x for q in y)


STATE_KINDS = frozenset({"state", "government"})


def same_actor(a: Actor, b: Actor) -> bool:
    if a.kind in STATE_KINDS and b.kind in STATE_KINDS and a.country:
        return a.country == b.country  # "Washington" and "les États-Unis" speak for one state
    if a.id and b.id:
        return a.id == b.id
    if a.kind == "person" or b.kind == "person":
        return a.name.lower() == b.name.lower()
    return a.kind == b.kind and (a.country == b.country or not a.country or not b.country)


def _compatible(a: Draft, b: Draft) -> bool:
    for x, y in ((a.source, b.source), (a.target, b.target)):
        if x and y and not any(same_actor(p, q) for p in x for q in y):
            return False
    return True
