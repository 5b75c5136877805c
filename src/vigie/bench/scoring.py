"""The benchmark rules of EVENT_RECORD.md: event matching per article, PLOVER GSR coding, reliability."""

from __future__ import annotations

import calendar
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Any

from ..types import PLOVER_TYPES

__all__ = [
    "CONFIDENCE_EDGES",
    "CROSSWALK",
    "SLOTS",
    "ArticleScore",
    "ArticlesScore",
    "CleaningCheck",
    "Confusion",
    "GoldMatch",
    "PloverScore",
    "QuoteCheck",
    "ReliabilityBin",
    "TypeScore",
    "actor_strings",
    "aliases_match",
    "date_agrees",
    "edtf_interval",
    "gold_type",
    "group_by_article",
    "norm",
    "number_agrees",
    "place_agrees",
    "reliability",
    "share_above",
    "score_article",
    "score_articles",
    "score_cleaning",
    "score_plover",
    "slot_votes",
    "type_accepted",
]

Record = Mapping[str, Any]
Interval = tuple[date, date]

# PLOVER 0.5 labels of the 2016 gold standard records -> the 16 current types.
CROSSWALK = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# Slots scored on matched pairs, in report order; `type_exact` says whether the gold type itself was predicted.
SLOTS = ("date", "location", "source", "target", "dead", "injured", "size", "type_exact")
# Lower edges of the reliability buckets above 0: [0, .5), [.5, .6), ..., [.9, 1].
CONFIDENCE_EDGES = (0.5, 0.6, 0.7, 0.8, 0.9)
# Gold place names that stand for a whole country: for those a predicted place in the same country agrees.
COUNTRY_PLACE_NAMES = frozenset({"irak", "iraq", "syrie", "syria"})
# A prediction must agree with a gold event on at least this many of date, location, source, target, evidence.
MIN_AGREEMENTS = 2
# A predicted date interval may be at most this much wider than the gold one (factor, then days).
DATE_WIDTH_FACTOR, DATE_WIDTH_SLACK = 1.1, 1

_EDTF_PART = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 14)}  # month 13-14: next January-February
_SPACES = re.compile(r"\s+")


# ------------------------------------------------------------------ text, dates, actors, places
def norm(text: str | None) -> str:
    """Lower case, accents and extra spaces removed, typographic apostrophe made straight."""
    if not text:
        return ""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _SPACES.sub(" ", bare.replace("’", "'").lower()).strip()


def _month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _part_interval(part: str) -> Interval | None:
    """Inclusive bounds of one EDTF date, month, year or season (qualifiers ~ ? % ignored)."""
    m = _EDTF_PART.fullmatch(part.strip().rstrip("~?%"))
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(2) is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(m.group(2))
    if month in _SEASON_MONTHS:
        first, last = _SEASON_MONTHS[month]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return date(year, first, 1), _month_end(end_year, end_month)
    if not 1 <= month <= 12:
        return None
    if m.group(3) is None:
        return date(year, month, 1), _month_end(year, month)
    day = date(year, month, int(m.group(3)))
    return day, day


def edtf_interval(value: object) -> Interval | None:
    """Inclusive bounds of an EDTF value as the benchmark reads it (`a/b` intervals too); None if unreadable."""
    if not value or not isinstance(value, str):
        return None
    try:
        if "/" not in value:
            return _part_interval(value)
        left, right = value.split("/", 1)
        lo, hi = _part_interval(left), _part_interval(right)
        return (lo[0], hi[1]) if lo and hi else None
    except ValueError:  # a day that is not in its month
        return None


def date_agrees(predicted: object, gold: object) -> bool:
    """The intervals overlap and the prediction is not coarser than the gold date."""
    p, g = edtf_interval(predicted), edtf_interval(gold)
    if p is None or g is None:
        return False
    width_p, width_g = (p[1] - p[0]).days + 1, (g[1] - g[0]).days + 1
    return p[0] <= g[1] and g[0] <= p[1] and width_p <= width_g * DATE_WIDTH_FACTOR + DATE_WIDTH_SLACK


def actor_strings(actors: Iterable[Any] | None) -> list[str]:
    """Normalised name, words and country code of each predicted actor (plain strings taken as they are)."""
    found: list[str] = []
    for actor in actors or []:
        if isinstance(actor, Mapping):
            found.extend(norm(actor.get(key)) for key in ("name", "text", "country"))
        elif isinstance(actor, str):
            found.append(norm(actor))
    return [s for s in found if s]


def aliases_match(aliases: Iterable[Any] | None, strings: Sequence[str]) -> bool:
    """Some alias equals a string, or (4+ characters) contains or lies in one of 3+ characters."""
    for alias in (norm(a) for a in aliases or [] if a):
        for s in strings:
            if alias == s:
                return True
            if len(alias) >= 4 and len(s) >= 3 and (alias in s or s in alias):
                return True
    return False


def place_agrees(predicted: Record | None, gold: Record | None) -> bool:
    """Name alias agreement, or the same country when the gold place is a whole country."""
    if not predicted or not gold:
        return False
    names = gold.get("name") or []
    codes = gold.get("country")
    countries = [codes] if isinstance(codes, str) else list(codes or [])
    words = [s for s in (norm(predicted.get("name")), norm(predicted.get("text"))) if s]
    if aliases_match(names, words):
        return True
    whole_country = not names or all(norm(n) in COUNTRY_PLACE_NAMES for n in names)
    return whole_country and norm(predicted.get("country")) in {norm(c) for c in countries}


def number_agrees(predicted: object, gold: object) -> bool | None:
    """The predicted number is (one of) the gold number(s); None when the gold gives none."""
    if gold is None:
        return None
    return predicted in (gold if isinstance(gold, list) else [gold])


# ------------------------------------------------------------------ article benchmark
def type_accepted(predicted: Record, gold: Record) -> bool:
    """The predicted type is the gold type or one of its `accept_types`."""
    kind = predicted.get("event_type")
    return kind == gold["event_type"] or kind in (gold.get("accept_types") or [])


def slot_votes(predicted: Record, gold: Record) -> dict[str, bool]:
    """Agreement on each of date, location, source, target, evidence that the gold event fills."""
    votes: dict[str, bool] = {}
    if gold.get("date"):
        votes["date"] = date_agrees(predicted.get("date"), gold["date"])
    if gold.get("location"):
        votes["location"] = place_agrees(predicted.get("location"), gold["location"])
    for role in ("source", "target"):
        if gold.get(role):
            votes[role] = aliases_match(gold[role], actor_strings(predicted.get(role)))
    if gold.get("evidence_contains"):
        sentence = (predicted.get("evidence") or {}).get("text") or ""
        votes["evidence"] = norm(gold["evidence_contains"]) in norm(sentence)
    return votes


@dataclass(slots=True)
class GoldMatch:
    """One gold event and the prediction it matched, if any, with the slot verdicts on the pair."""

    gold_id: str
    required: bool
    event_type: str
    prediction: int | None = None  # index among the article's predicted events
    slots: dict[str, bool | None] = field(default_factory=dict)
    predicted: dict[str, Any] | None = None

    @property
    def matched(self) -> bool:
        """Whether some prediction matched this gold event."""
        return self.prediction is not None

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "id": self.gold_id,
            "required": self.required,
            "type": self.event_type,
            "matched": self.matched,
            "slots": dict(self.slots),
            "predicted": self.predicted,
        }


@dataclass(slots=True)
class QuoteCheck:
    """One gold quote: found among the predicted quotes, and its speaker right."""

    contains: str
    required: bool
    found: bool
    speaker_right: bool

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "contains": self.contains,
            "required": self.required,
            "found": self.found,
            "speaker_right": self.speaker_right,
        }


@dataclass(slots=True)
class CleaningCheck:
    """The gold cleaning block against the cleaned text: what is missing, left over or repeated."""

    missing: list[str]
    not_removed: list[str]
    not_once: list[str]

    @property
    def ok(self) -> bool:
        """Nothing missing, nothing left over, nothing repeated."""
        return not (self.missing or self.not_removed or self.not_once)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "ok": self.ok,
            "missing": self.missing,
            "not_removed": self.not_removed,
            "not_once": self.not_once,
        }


@dataclass(slots=True)
class ReliabilityBin:
    """Predicted events whose confidence falls in [low, high), and how many of them were correct."""

    low: float
    high: float
    events: int = 0
    correct: int = 0

    @property
    def share(self) -> float | None:
        """Share of correct events, None for an empty bucket."""
        return self.correct / self.events if self.events else None

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "low": self.low,
            "high": self.high,
            "events": self.events,
            "correct": self.correct,
            "share": self.share,
        }


def reliability(outcomes: Iterable[tuple[float, bool]]) -> list[ReliabilityBin]:
    """(confidence, correct) pairs counted into the confidence buckets; the last one includes 1.0."""
    edges = (0.0, *CONFIDENCE_EDGES, 1.0)
    bins = [ReliabilityBin(lo, hi) for lo, hi in pairwise(edges)]
    for confidence, correct in outcomes:
        b = bins[bisect_right(CONFIDENCE_EDGES, confidence)]
        b.events += 1
        b.correct += bool(correct)
    return bins


def share_above(bins: Iterable[ReliabilityBin], floor: float) -> tuple[int, int]:
    """(correct, events) over the buckets whose lower edge is at least `floor`."""
    chosen = [b for b in bins if b.low >= floor]
    return sum(b.correct for b in chosen), sum(b.events for b in chosen)


def _confidence(record: Record) -> float:
    """A record's confidence as a number (missing counts as 0)."""
    return float(record.get("confidence") or 0)


@dataclass(slots=True)
class ArticleScore:
    """One annotated article scored against the records predicted for it."""

    article_id: str
    matches: list[GoldMatch]
    quotes: list[QuoteCheck]
    predicted: int
    matched_predicted: int
    outcomes: list[tuple[float, bool]]  # (confidence, matched) per predicted event, in output order
    cleaning: CleaningCheck | None = None

    @property
    def required(self) -> list[GoldMatch]:
        """The gold events that must be found."""
        return [m for m in self.matches if m.required]

    @property
    def recall_required(self) -> float:
        """Matched required gold events over required gold events."""
        req = self.required
        return sum(m.matched for m in req) / max(1, len(req))

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return self.matched_predicted / max(1, self.predicted)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "article_id": self.article_id,
            "predicted": self.predicted,
            "matched_predicted": self.matched_predicted,
            "recall_required": self.recall_required,
            "precision": self.precision,
            "events": [m.to_dict() for m in self.matches],
            "quotes": [q.to_dict() for q in self.quotes],
            "cleaning": self.cleaning.to_dict() if self.cleaning else None,
        }


def _is_event(record: Record) -> bool:
    """Records without a `record` field count as events."""
    return record.get("record", "event") == "event"


def _pair_slots(predicted: Record, gold: Record) -> dict[str, bool | None]:
    """Slot verdicts on a matched pair (None where the gold says nothing)."""
    votes = slot_votes(predicted, gold)
    slots: dict[str, bool | None] = {k: votes.get(k) for k in ("date", "location", "source", "target")}
    for key in ("dead", "injured", "size"):
        slots[key] = number_agrees(predicted.get(key), gold.get(key))
    slots["type_exact"] = predicted.get("event_type") == gold["event_type"]
    return slots


def _check_quotes(gold: Record, quotes: Sequence[Record]) -> list[QuoteCheck]:
    """Each gold quote against the first predicted quote that contains its words."""
    checks = []
    for wanted in gold.get("quotes") or []:
        words = norm(wanted["contains"])
        hit = next((q for q in quotes if words in norm(q.get("text"))), None)
        speaker = hit is not None and aliases_match(
            wanted.get("speaker"), actor_strings([hit.get("speaker")])
        )
        checks.append(
            QuoteCheck(wanted["contains"], bool(wanted.get("required", True)), hit is not None, speaker)
        )
    return checks


def score_article(gold: Record, records: Sequence[Record]) -> ArticleScore:
    """Match one article's predicted events to its gold events (required ones first) and check its quotes."""
    events = [r for r in records if _is_event(r)]
    quotes = [r for r in records if r.get("record") == "quote"]
    taken: set[int] = set()
    matches = []
    for g in sorted(gold.get("events") or [], key=lambda g: not g.get("required", True)):
        match = GoldMatch(str(g["id"]), bool(g.get("required", True)), g["event_type"])
        candidates = [
            (sum(slot_votes(p, g).values()), i)
            for i, p in enumerate(events)
            if i not in taken and type_accepted(p, g)
        ]
        candidates = [c for c in candidates if c[0] >= MIN_AGREEMENTS]
        if candidates:
            _, best = max(candidates, key=lambda c: c[0])  # the earliest prediction wins a tie
            taken.add(best)
            p = events[best]
            match.prediction = best
            match.slots = _pair_slots(p, g)
            match.predicted = {k: p.get(k) for k in ("event_type", "mode", "date", "dead", "injured", "size")}
        matches.append(match)
    return ArticleScore(
        article_id=str((gold.get("article") or {}).get("id")),
        matches=matches,
        quotes=_check_quotes(gold, quotes),
        predicted=len(events),
        matched_predicted=len(taken),
        outcomes=[(_confidence(p), i in taken) for i, p in enumerate(events)],
    )


def score_cleaning(gold: Record, clean: Record | None) -> CleaningCheck:
    """The gold `cleaning` block against a `vigie clean` record (none: an empty text)."""
    text = norm((clean or {}).get("text"))
    block = gold.get("cleaning") or {}
    return CleaningCheck(
        missing=[s for s in block.get("must_keep", []) if norm(s) not in text],
        not_removed=[s for s in block.get("must_drop", []) if norm(s) in text],
        not_once=[s for s in block.get("appears_once", []) if text.count(norm(s)) != 1],
    )


def group_by_article(records: Iterable[Record]) -> dict[str, list[Record]]:
    """Records keyed by their article id (as a string), in input order."""
    grouped: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        grouped[str(r.get("article_id"))].append(r)
    return dict(grouped)


@dataclass(slots=True)
class ArticlesScore:
    """A set of annotated articles: per-article scores and the totals the headline reports."""

    articles: list[ArticleScore]

    @property
    def required_matched(self) -> int:
        """Required gold events that were matched."""
        return sum(m.matched for a in self.articles for m in a.required)

    @property
    def required_total(self) -> int:
        """Required gold events."""
        return sum(len(a.required) for a in self.articles)

    @property
    def predicted(self) -> int:
        """Predicted events."""
        return sum(a.predicted for a in self.articles)

    @property
    def matched_predicted(self) -> int:
        """Predicted events that matched a gold event."""
        return sum(a.matched_predicted for a in self.articles)

    @property
    def recall_required(self) -> float:
        """Matched required gold events over required gold events."""
        return self.required_matched / max(1, self.required_total)

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return self.matched_predicted / max(1, self.predicted)

    @property
    def f1(self) -> float:
        """Harmonic mean of required recall and precision."""
        r, p = self.recall_required, self.precision
        return 2 * r * p / max(1e-9, r + p)

    @property
    def slot_accuracy(self) -> dict[str, tuple[int, int]]:
        """Slot -> (right, scored) over matched pairs, in order of first appearance."""
        tally: dict[str, list[int]] = {}
        for a in self.articles:
            for m in a.matches:
                if not m.matched:
                    continue
                for key in SLOTS:
                    verdict = m.slots.get(key)
                    if verdict is not None:
                        counts = tally.setdefault(key, [0, 0])
                        counts[0] += bool(verdict)
                        counts[1] += 1
        return {k: (right, n) for k, (right, n) in tally.items()}

    @property
    def required_quotes(self) -> list[QuoteCheck]:
        """The gold quotes that must be found."""
        return [q for a in self.articles for q in a.quotes if q.required]

    @property
    def quotes_found(self) -> int:
        """Required gold quotes found."""
        return sum(q.found for q in self.required_quotes)

    @property
    def speakers_right(self) -> int:
        """Required gold quotes found with the right speaker."""
        return sum(q.speaker_right for q in self.required_quotes)

    @property
    def cleaning_ok(self) -> bool | None:
        """Every article's cleaning check passed; None when cleaning was not checked."""
        checks = [a.cleaning for a in self.articles if a.cleaning is not None]
        return all(c.ok for c in checks) if checks else None

    @property
    def reliability(self) -> list[ReliabilityBin]:
        """Predicted events by confidence; correct means matched to a gold event."""
        return reliability(o for a in self.articles for o in a.outcomes)

    def to_dict(self) -> dict[str, Any]:
        """JSON form: totals, slot accuracy, reliability and the per-article detail."""
        return {
            "recall_required": self.recall_required,
            "required_matched": self.required_matched,
            "required_total": self.required_total,
            "precision": self.precision,
            "matched_predicted": self.matched_predicted,
            "predicted": self.predicted,
            "f1": self.f1,
            "slot_accuracy": {k: {"right": r, "scored": n} for k, (r, n) in self.slot_accuracy.items()},
            "quotes_required": len(self.required_quotes),
            "quotes_found": self.quotes_found,
            "speakers_right": self.speakers_right,
            "cleaning_ok": self.cleaning_ok,
            "reliability": [b.to_dict() for b in self.reliability],
            "articles": [a.to_dict() for a in self.articles],
        }


def score_articles(
    golds: Sequence[Record], records: Iterable[Record], cleans: Iterable[Record] | None = None
) -> ArticlesScore:
    """Score every annotated article against the records predicted for it (and its clean record, if given)."""
    by_article = group_by_article(records)
    clean_by_id = None if cleans is None else {str(c.get("article_id")): c for c in cleans}
    scores = []
    for gold in golds:
        article_id = str(gold["article"]["id"])
        score = score_article(gold, by_article.get(article_id, []))
        if clean_by_id is not None:
            score.cleaning = score_cleaning(gold, clean_by_id.get(article_id))
        scores.append(score)
    return ArticlesScore(scores)


# ------------------------------------------------------------------ PLOVER gold standard records
def gold_type(record: Record) -> str:
    """A GSR record's type under the 16 current PLOVER types (older labels crosswalked)."""
    label = str(record.get("event"))
    return CROSSWALK.get(label, label)


def _gsr_actors(actors: object) -> list[str]:
    """Words and codes of the GSR actors."""
    if not isinstance(actors, list):
        return []
    return [v for a in actors if isinstance(a, Mapping) for v in (a.get("actorText"), a.get("code")) if v]


@dataclass(slots=True)
class TypeScore:
    """Top-prediction precision, recall and F1 of one PLOVER type."""

    event_type: str
    true_pos: int
    false_neg: int
    false_pos: int

    @property
    def support(self) -> int:
        """Gold records of this type."""
        return self.true_pos + self.false_neg

    @property
    def precision(self) -> float:
        """Right top predictions of this type over top predictions of this type."""
        return self.true_pos / max(1, self.true_pos + self.false_pos)

    @property
    def recall(self) -> float:
        """Right top predictions over gold records of this type."""
        return self.true_pos / max(1, self.support)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / max(1e-9, p + r)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "type": self.event_type,
            "support": self.support,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True, frozen=True)
class Confusion:
    """How often a gold type got another top prediction (NONE: no event)."""

    gold: str
    predicted: str
    count: int


@dataclass(slots=True)
class PloverScore:
    """PLOVER GSR coding: top-type accuracy, any-event recall, per-type scores, confusions, actors."""

    records: int
    top_right: int
    any_right: int
    types: list[TypeScore]  # types with support, alphabetical
    confusions: list[Confusion]  # most frequent first
    source_right: int
    source_scored: int
    target_right: int
    target_scored: int
    outcomes: list[tuple[float, bool]]  # (confidence, type right) per predicted event

    @property
    def top_accuracy(self) -> float:
        """Records whose highest-confidence event has the gold type."""
        return self.top_right / max(1, self.records)

    @property
    def any_recall(self) -> float:
        """Records with some event of the gold type."""
        return self.any_right / max(1, self.records)

    @property
    def macro_f1(self) -> float:
        """Mean F1 over the types with support."""
        return sum(t.f1 for t in self.types) / max(1, len(self.types))

    @property
    def reliability(self) -> list[ReliabilityBin]:
        """Predicted events by confidence; correct means of the record's gold type."""
        return reliability(self.outcomes)

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {
            "records": self.records,
            "top_right": self.top_right,
            "top_accuracy": self.top_accuracy,
            "any_right": self.any_right,
            "any_recall": self.any_recall,
            "macro_f1": self.macro_f1,
            "types": [t.to_dict() for t in self.types],
            "confusions": [
                {"gold": c.gold, "predicted": c.predicted, "count": c.count} for c in self.confusions
            ],
            "source_right": self.source_right,
            "source_scored": self.source_scored,
            "target_right": self.target_right,
            "target_scored": self.target_scored,
            "reliability": [b.to_dict() for b in self.reliability],
        }


def score_plover(gsr: Iterable[Record], records: Iterable[Record], confusions: int = 8) -> PloverScore:
    """Score predicted events against the GSR records (DOCUMENT headers and unknown types left out)."""
    by_record = group_by_article(r for r in records if _is_event(r))
    known = set(PLOVER_TYPES)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # true pos, false neg, false pos
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    n = top_right = any_right = 0
    actors = {"source": [0, 0], "target": [0, 0]}  # right, scored
    outcomes: list[tuple[float, bool]] = []
    for rec in gsr:
        if rec.get("event") == "DOCUMENT":
            continue
        want = gold_type(rec)
        if want not in known:
            continue
        n += 1
        predicted = by_record.get(str(rec.get("id")), [])
        outcomes += [(_confidence(p), p.get("event_type") == want) for p in predicted]
        ranked = sorted(predicted, key=lambda p: -_confidence(p))  # stable: output order breaks ties
        top = str(ranked[0]["event_type"]) if ranked else "NONE"
        pairs[(want, top)] += 1
        if top == want:
            top_right += 1
            tally[want][0] += 1
        else:
            tally[want][1] += 1
            if ranked:
                tally[top][2] += 1
        hit = next((p for p in ranked if p.get("event_type") == want), None)
        if hit is None:
            continue
        any_right += 1
        for role, counts in actors.items():
            expected = _gsr_actors(rec.get(role))
            if expected:
                counts[1] += 1
                counts[0] += aliases_match(expected, actor_strings(hit.get(role)))
    types = [TypeScore(t, *tally[t]) for t in sorted(known) if sum(tally.get(t, [0, 0, 0])[:2])]
    mistaken = sorted(
        ((count, g, p) for (g, p), count in pairs.items() if g != p),
        reverse=True,
    )[:confusions]
    return PloverScore(
        records=n,
        top_right=top_right,
        any_right=any_right,
        types=types,
        confusions=[Confusion(g, p, count) for count, g, p in mistaken],
        source_right=actors["source"][0],
        source_scored=actors["source"][1],
        target_right=actors["target"][0],
        target_scored=actors["target"][1],
        outcomes=outcomes,
    )
