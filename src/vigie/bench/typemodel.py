"""Train and check the lead type model on the project's labelled sentences (data/coding and data/coding/eventless).

70% of the sentences train it, 30% (chosen by a hash of their id) are held out. On the held-out part the report
compares the rules alone with the rules helped by the model (which only speaks when the rules found nothing in a
lead), says how often the model invents an event in an eventless sentence, and how reliable its guesses are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import MalformedInput
from ..extract.confidence import held_out
from ..extract.typemodel import NONE, TypeModel, fit_types, sentence_features
from ..pipeline import Pipeline
from ..types import Article, RawItem
from .confidence import labelled_files, load_labelled, read_lines
from .scoring import ReliabilityBin, reliability, share_above

__all__ = ["TypeReport", "eventless_files", "format_types", "load_eventless", "train_types"]


def eventless_files() -> list[Path]:
    """The packaged sets of sentences that report no event."""
    return labelled_files("eventless")


def load_eventless(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Sentences labelled with no event (`"event": null`), given the class NONE."""
    rows = []
    for path in paths:
        for place, row in read_lines(path):
            if row.get("event") is not None:
                raise MalformedInput(place, "needs a text and a null event")
            rows.append({**row, "event": NONE, "also": [], "set": f"eventless_{path.stem}"})
    return rows


@dataclass(slots=True)
class SetResult:
    """Held-out figures of one labelled set: top-type accuracy (or, for eventless sets, sentences given an
    event) by the rules alone and with the model's guesses."""

    name: str
    sentences: int = 0
    rules: int = 0
    helped: int = 0
    model_alone: int = 0


@dataclass(slots=True)
class TypeReport:
    model: TypeModel
    train_sentences: int
    sets: list[SetResult] = field(default_factory=list)
    guesses: list[ReliabilityBin] = field(default_factory=list)


@dataclass(slots=True)
class _Parsed:
    row: dict[str, Any]
    features: list[str]
    article: Article
    doc: Any


def _parse(pipeline: Pipeline, rows: Sequence[dict[str, Any]]) -> list[_Parsed]:
    by_id = {r["id"]: r for r in rows}
    items = [RawItem(id=r["id"], text=r["text"], lang=r.get("language")) for r in rows]
    articles = [
        a
        for a in pipeline.clean(items)
        if isinstance(a, Article) and a.status == "ok" and a.language in pipeline.settings.languages
    ]
    out = []
    for _, art, doc in pipeline.parsed(list(enumerate(articles))):
        lex = pipeline.extractor(art.language or "").lex
        out.append(_Parsed(by_id[art.id], sentence_features(doc[:], lex), art, doc))
    return out


def train_types(
    settings: Settings, steps: int = 300, l2: float = 1.0, ship: bool = True
) -> tuple[TypeReport, TypeModel | None]:
    """Fit on the training part and measure on the held-out part; with `ship`, also fit on every sentence (the
    model to ship, returned second, with the figures of the split in its `about`)."""
    rows = load_labelled(labelled_files()) + load_eventless(eventless_files())
    pipeline = Pipeline(settings)
    parsed = _parse(pipeline, rows)
    train = [(p.features, p.row["event"]) for p in parsed if not held_out(p.row["id"])]
    model = fit_types(train, l2=l2, steps=steps)
    report = TypeReport(model, len(train))
    sets: dict[str, SetResult] = {}
    outcomes: list[tuple[float, bool]] = []
    extractors = {lang: pipeline.extractor(lang) for lang in settings.languages}
    try:
        for ex in extractors.values():
            ex.type_model = model
        for p in parsed:
            if not held_out(p.row["id"]):
                continue
            gold = p.row["event"]
            res = sets.setdefault(p.row["set"], SetResult(p.row["set"]))
            res.sentences += 1
            scored, _ = extractors[p.article.language or ""].explain(p.article, p.doc)
            ranked = sorted(scored, key=lambda s: -s[0].confidence)
            rules = next((e.event_type for e, f in ranked if "guessed" not in f), NONE)
            helped = ranked[0][0].event_type if ranked else NONE
            probs = model.probabilities(p.features)
            alone = max(probs, key=probs.__getitem__)
            if gold == NONE:  # count the sentences given an event
                res.rules, res.helped, res.model_alone = (
                    res.rules + (rules != NONE),
                    res.helped + (helped != NONE),
                    res.model_alone + (alone != NONE),
                )
            else:
                res.rules += rules == gold
                res.helped += helped == gold
                res.model_alone += alone == gold
            also = {gold, *p.row.get("also", [])}
            outcomes += [(e.confidence, e.event_type in also) for e, f in scored if "guessed" in f]
    finally:
        for ex in extractors.values():
            ex.type_model = True
    report.sets = [sets[k] for k in sorted(sets)]
    report.guesses = reliability(outcomes)
    if not ship:
        return report, None
    events = [s for s in report.sets if not s.name.startswith("eventless")]
    shipped = fit_types([(p.features, p.row["event"]) for p in parsed], l2=l2, steps=steps)
    shipped.about.update(
        {
            "trained_on": [p.name for p in labelled_files()]
            + [f"eventless/{p.name}" for p in eventless_files()],
            "held_out_sentences": sum(s.sentences for s in events),
            "held_out_top_type_rules": round(
                sum(s.rules for s in events) / max(1, sum(s.sentences for s in events)), 3
            ),
            "held_out_top_type_helped": round(
                sum(s.helped for s in events) / max(1, sum(s.sentences for s in events)), 3
            ),
        }
    )
    return report, shipped


def format_types(report: TypeReport) -> str:
    """Text report: held-out accuracy per set, eventless sentences given an event, reliability of the guesses."""
    lines = [
        f"type model: {report.train_sentences} training sentences, {len(report.model.weights)} features",
        "held-out top-type accuracy (rules alone / rules with the model's guesses in leads / model alone):",
    ]
    total = [0, 0, 0, 0]
    for s in report.sets:
        if s.name.startswith("eventless"):
            continue
        n = max(1, s.sentences)
        lines.append(
            f"  {s.name:14} {s.sentences:4} sentences  rules {s.rules / n:.3f}  helped {s.helped / n:.3f}"
            f"  model {s.model_alone / n:.3f}"
        )
        total = [total[0] + s.sentences, total[1] + s.rules, total[2] + s.helped, total[3] + s.model_alone]
    n = max(1, total[0])
    lines.append(
        f"  {'all':14} {total[0]:4} sentences  rules {total[1] / n:.3f}  helped {total[2] / n:.3f}"
        f"  model {total[3] / n:.3f}"
    )
    lines.append("held-out eventless sentences given an event (rules / helped / model alone):")
    for s in report.sets:
        if s.name.startswith("eventless"):
            lines.append(
                f"  {s.name:20} {s.sentences:4} sentences  {s.rules:4} {s.helped:4} {s.model_alone:4}"
            )
    lines.append("held-out reliability of the guessed events (correct / events):")
    for b in report.guesses:
        share = f" {b.share:.2f}" if b.share is not None else "    -"
        lines.append(f"  {b.low:.1f}-{b.high:.1f}  {b.correct:4}/{b.events:<4}{share}")
    ok, n = share_above(report.guesses, 0.5)
    lines.append(f"guessed events with confidence >= 0.5 right {ok}/{n} = {ok / max(1, n):.2f}")
    return "\n".join(lines)
