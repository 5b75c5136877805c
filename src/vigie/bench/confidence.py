"""Train and check the confidence model on the project's labelled sentences (data/coding).

70% of the sentences train it, 30% (chosen by a hash of their id) are held out; the report compares, on the
held-out part, the top event chosen by the rules' heuristic with the top event chosen by the model, and how
often events above each confidence level are right.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import MalformedInput
from ..extract.confidence import ConfidenceModel, fit, held_out
from ..pipeline import Pipeline
from ..types import PLOVER_TYPES, Article, RawItem
from .scoring import ReliabilityBin, reliability, share_above

__all__ = [
    "ConfidenceReport",
    "format_confidence",
    "labelled_files",
    "load_labelled",
    "read_lines",
    "train_confidence",
]


def labelled_files(folder: str = "") -> list[Path]:
    """The packaged labelled sets, one JSON Lines file per language and style (in `folder` of data/coding)."""
    base = resources.files("vigie") / "data" / "coding"
    base = base / folder if folder else base
    if not base.is_dir():
        return []
    return sorted(Path(str(p)) for p in base.iterdir() if p.name.endswith(".jsonl"))


def read_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """(place, object) for each line of a JSON Lines file, the place "file:line" for messages."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise MalformedInput(f"{path.name}:{n}", f"not JSON: {e.msg}") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise MalformedInput(f"{path.name}:{n}", "needs an object with a text")
        yield f"{path.name}:{n}", row


def load_labelled(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """Sentences with their gold type (`event`), other types present (`also`) and language."""
    rows = []
    for path in paths:
        for place, row in read_lines(path):
            if row.get("event") not in PLOVER_TYPES:
                raise MalformedInput(place, "needs a text and a PLOVER event type")
            row["set"] = path.stem
            rows.append(row)
    return rows


@dataclass(slots=True)
class Candidate:
    """One event the rules proposed for a sentence."""

    sentence: str
    event_type: str
    heuristic: float
    features: list[str]
    correct: bool  # the type is the sentence's main event or another one it clearly states
    main: bool = False  # the type is the sentence's main event: what the model learns to predict


@dataclass(slots=True)
class SetResult:
    """Held-out top-type accuracy of one labelled set, by the heuristic and by the model."""

    name: str
    sentences: int = 0
    rules_top: int = 0
    model_top: int = 0


@dataclass(slots=True)
class ConfidenceReport:
    model: ConfidenceModel
    train_examples: int
    sets: list[SetResult] = field(default_factory=list)
    model_bins: list[ReliabilityBin] = field(default_factory=list)
    rules_bins: list[ReliabilityBin] = field(default_factory=list)


def candidates(pipeline: Pipeline, rows: Sequence[dict[str, Any]]) -> list[Candidate]:
    """Every event the rules propose for the labelled sentences, with the heuristic confidence and features."""
    items = [RawItem(id=r["id"], text=r["text"], lang=r.get("language")) for r in rows]
    gold = {r["id"]: {r["event"], *r.get("also", [])} for r in rows}
    main = {r["id"]: r["event"] for r in rows}
    articles = [
        a
        for a in pipeline.clean(items)
        if isinstance(a, Article) and a.status == "ok" and a.language in pipeline.settings.languages
    ]
    extractors = [pipeline.extractor(lang) for lang in sorted({a.language or "" for a in articles})]
    out: list[Candidate] = []
    try:
        for ex in extractors:
            ex.use_model = False  # the rules' heuristic confidence, to compare with the model's
            ex.type_model = False  # the rules' own events only: the type model's guesses carry their own
        for _, art, doc in pipeline.parsed(list(enumerate(articles))):
            scored, _ = pipeline.extractor(art.language or "").explain(art, doc)
            for event, feats in scored:
                ok = event.event_type in gold[art.id]
                is_main = event.event_type == main[art.id]
                out.append(Candidate(art.id, event.event_type, event.confidence, feats, ok, is_main))
    finally:
        for ex in extractors:
            ex.use_model = True
            ex.type_model = True
    return out


def _top(cands: list[Candidate], score: Callable[[Candidate], float]) -> str:
    return max(cands, key=score).event_type if cands else "NONE"


def train_confidence(settings: Settings, paths: Sequence[Path] | None = None) -> ConfidenceReport:
    """Fit the model on the training part and measure it and the heuristic on the held-out part."""
    rows = load_labelled(paths or labelled_files())
    cands = candidates(Pipeline(settings), rows)
    # the model learns which proposals a coder would record as the sentence's event: secondary and background
    # events get less confidence than the main one, as single-label gold standards judge them
    train = [(c.features, c.main) for c in cands if not held_out(c.sentence)]
    model = fit(train)
    by_sentence: dict[str, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    report = ConfidenceReport(model, len(train))
    sets: dict[str, SetResult] = {}
    test = [r for r in rows if held_out(r["id"])]
    for r in test:
        res = sets.setdefault(r["set"], SetResult(r["set"]))
        mine = by_sentence.get(r["id"], [])
        res.sentences += 1
        res.rules_top += _top(mine, lambda c: c.heuristic) == r["event"]
        res.model_top += _top(mine, lambda c: model.probability(c.features)) == r["event"]
    report.sets = [sets[k] for k in sorted(sets)]
    held = [c for c in cands if held_out(c.sentence)]
    report.model_bins = reliability((model.probability(c.features), c.correct) for c in held)
    report.rules_bins = reliability((c.heuristic, c.correct) for c in held)
    model.about.update(
        {
            "trained_on": [p.name for p in (paths or labelled_files())],
            "training_events": len(train),
            "held_out_sentences": len(test),
            "held_out_top_type_rules": round(sum(s.rules_top for s in report.sets) / max(1, len(test)), 3),
            "held_out_top_type_model": round(sum(s.model_top for s in report.sets) / max(1, len(test)), 3),
        }
    )
    return report


def format_confidence(report: ConfidenceReport) -> str:
    """Text report: held-out accuracy per set, reliability of both confidences."""
    lines = [f"confidence model: {report.train_examples} training events", "held-out top-type accuracy:"]
    total = [0, 0, 0]
    for s in report.sets:
        lines.append(
            f"  {s.name:14} {s.sentences:4} sentences  rules {s.rules_top / max(1, s.sentences):.2f}"
            f"  model {s.model_top / max(1, s.sentences):.2f}"
        )
        total = [total[0] + s.sentences, total[1] + s.rules_top, total[2] + s.model_top]
    lines.append(
        f"  {'all':14} {total[0]:4} sentences  rules {total[1] / max(1, total[0]):.2f}"
        f"  model {total[2] / max(1, total[0]):.2f}"
    )
    lines.append("held-out reliability (correct events / events):")
    lines.append(f"  confidence {'rules':>16} {'model':>16}")
    for rb, mb in zip(report.rules_bins, report.model_bins, strict=True):
        cells = [
            f"{b.correct}/{b.events}".rjust(10) + (f" {b.share:.2f}" if b.share is not None else "    -")
            for b in (rb, mb)
        ]
        lines.append(f"  {rb.low:.1f}-{rb.high:.1f}    " + " ".join(cells))
    for name, bins in (("rules", report.rules_bins), ("model", report.model_bins)):
        ok, n = share_above(bins, 0.5)
        lines.append(f"{name}: events with confidence >= 0.5 right {ok}/{n} = {ok / max(1, n):.2f}")
    return "\n".join(lines)
