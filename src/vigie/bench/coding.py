"""`vigie bench coding`: run the pipeline on annotated articles and PLOVER GSR sentences, score and time it."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from .. import PIPELINE_VERSION
from ..config import Settings
from ..errors import MalformedInput
from ..ingest import iter_items
from ..pipeline import Pipeline
from ..types import Failure, RawItem
from .scoring import (
    SLOTS,
    ArticlesScore,
    PloverScore,
    ReliabilityBin,
    score_articles,
    score_plover,
    share_above,
)

__all__ = [
    "DEFAULT_GSR",
    "ArticleSetResult",
    "CodingReport",
    "Extraction",
    "GsrResult",
    "article_lines",
    "default_gsr",
    "extract",
    "format_report",
    "gsr_items",
    "load_gold",
    "load_gsr",
    "plover_lines",
    "run_coding",
    "seed_gold",
    "seed_items",
    "write_predictions",
]

# Where the PLOVER GSR file sits beside a checkout (it is CC BY-SA and not shipped with the package).
DEFAULT_GSR = Path("..") / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"
SEED_GOLD = "data/bench/seed_gold.json"
SEED_ARTICLES = "data/samples/seed.jsonl"
# Short texts run once per language before timing, so throughput leaves out model loading.
_WARM_UP = {
    "fr": "Le gouvernement a annoncé mardi des élections à Paris.",
    "en": "The government announced elections in London on Tuesday.",
}


# ------------------------------------------------------------------ inputs
def _read_json(path: Path) -> Any:
    """A JSON document, or MalformedInput naming the file."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise MalformedInput(str(path), f"cannot read it as JSON ({e})") from None


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Annotated articles from a gold file holding one article object or a list of them."""
    data = _read_json(path)
    golds = data if isinstance(data, list) else [data]
    for g in golds:
        if not isinstance(g, dict) or not isinstance(g.get("article"), dict) or "id" not in g["article"]:
            raise MalformedInput(str(path), "every gold article needs an 'article' object with an 'id'")
    return golds


def seed_gold() -> list[dict[str, Any]]:
    """The bundled annotation of the seed article."""
    data = json.loads((resources.files("vigie") / SEED_GOLD).read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def seed_items(settings: Settings) -> list[RawItem | Failure]:
    """The bundled seed article, read as `vigie extract --jsonl` reads it."""
    with resources.as_file(resources.files("vigie") / SEED_ARTICLES) as path:
        return list(iter_items([str(path)], jsonl=True, settings=settings))


def load_gsr(path: Path) -> list[dict[str, Any]]:
    """The PLOVER gold standard records of a GSR file."""
    data = _read_json(path)
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise MalformedInput(str(path), "a PLOVER GSR file is a JSON list of record objects")
    return data


def gsr_items(records: Iterable[dict[str, Any]]) -> list[RawItem]:
    """One item per GSR sentence (the DOCUMENT header left out), in English unless the record's `language` says
    otherwise, as the project's own labelled sets in the GSR shape do."""
    return [
        RawItem(id=str(r["id"]), text=r["text"], lang=str(r.get("language") or "en"), origin=f"gsr:{r['id']}")
        for r in records
        if r.get("event") != "DOCUMENT" and isinstance(r.get("text"), str) and r["text"].strip()
    ]


def default_gsr(cwd: Path | None = None) -> Path | None:
    """The GSR file beside the checkout, relative to `cwd` (default: the current directory), when it exists."""
    path = (cwd or Path()) / DEFAULT_GSR
    return path if path.is_file() else None


# ------------------------------------------------------------------ extraction
@dataclass(slots=True)
class Extraction:
    """The records the pipeline produced for one benchmark set, and how long that took."""

    items: int
    seconds: float
    records: list[dict[str, Any]] = field(default_factory=list)  # as `vigie extract` prints them
    cleaned: list[dict[str, Any]] = field(default_factory=list)  # as `vigie clean` prints them
    failures: list[Failure] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        """Items processed per second of wall time."""
        return self.items / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """JSON form of the timing."""
        return {
            "items": self.items,
            "seconds": round(self.seconds, 3),
            "per_second": round(self.per_second, 2),
        }


def extract(pipeline: Pipeline, items: Sequence[RawItem | Failure]) -> Extraction:
    """Run the pipeline over `items` and keep event, quote and clean records in input order."""
    run = Extraction(items=len(items), seconds=0.0)
    start = time.perf_counter()
    for outcome in pipeline.run(items):
        if isinstance(outcome, Failure):
            run.failures.append(outcome)
            continue
        run.cleaned.append(outcome.article.clean_record())
        if outcome.note:
            run.failures.append(Failure(outcome.article.id, outcome.note, "NotAnalysed"))
            continue
        run.records += [e.to_dict() for e in outcome.events]
        run.records += [q.to_dict() for q in outcome.quotes]
    run.seconds = time.perf_counter() - start
    return run


def warm_up(pipeline: Pipeline, languages: Iterable[str]) -> float:
    """Load each language's models (and first-call caches) once; the seconds it took."""
    start = time.perf_counter()
    items = [
        RawItem(id=f"warm-up-{lang}-{declared}", text=_WARM_UP[lang], lang=declared)
        for lang in languages
        if lang in _WARM_UP
        for declared in (lang, None)  # undeclared: the language identifier loads too
    ]
    for _ in pipeline.run(items):
        pass
    return time.perf_counter() - start


# ------------------------------------------------------------------ the report
@dataclass(slots=True)
class ArticleSetResult:
    """An annotated article set: where its gold came from, the extraction and the score."""

    name: str
    gold: str
    run: Extraction
    score: ArticlesScore

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"name": self.name, "gold": self.gold, **self.score.to_dict()}


@dataclass(slots=True)
class GsrResult:
    """The PLOVER GSR sentences: the file, the extraction and the score."""

    path: str
    run: Extraction
    score: PloverScore

    def to_dict(self) -> dict[str, Any]:
        """JSON form."""
        return {"path": self.path, **self.score.to_dict()}


@dataclass(slots=True)
class CodingReport:
    """Everything `vigie bench coding` measured."""

    seed: ArticleSetResult
    articles: ArticleSetResult | None = None
    gsr: GsrResult | None = None
    models_seconds: float = 0.0
    wall_seconds: float = 0.0
    sample: Extraction | None = None  # the packaged Global Voices sample, timed only
    notes: list[str] = field(default_factory=list)

    @property
    def failures(self) -> list[Failure]:
        """Items that could not be processed, over every set."""
        runs = [self.seed.run, *(x.run for x in (self.articles, self.gsr) if x is not None)]
        return [f for r in runs for f in r.failures]

    def to_dict(self) -> dict[str, Any]:
        """One JSON object with every figure."""
        throughput: dict[str, Any] = {
            "models_seconds": round(self.models_seconds, 3),
            "wall_seconds": round(self.wall_seconds, 3),
            "seed": self.seed.run.to_dict(),
            "articles": self.articles.run.to_dict() if self.articles else None,
            "gsr": self.gsr.run.to_dict() if self.gsr else None,
            "globalvoices_sample": self.sample.to_dict() if self.sample else None,
        }
        return {
            "pipeline_version": PIPELINE_VERSION,
            "seed": self.seed.to_dict(),
            "articles": self.articles.to_dict() if self.articles else None,
            "plover_gsr": self.gsr.to_dict() if self.gsr else None,
            "throughput": throughput,
            "failures": [{"id": f.item_id, "reason": f.reason, "kind": f.kind} for f in self.failures],
            "notes": self.notes,
        }


def _score_set(
    pipeline: Pipeline,
    name: str,
    gold_name: str,
    golds: list[dict[str, Any]],
    items: Sequence[RawItem | Failure],
) -> ArticleSetResult:
    """Extract and score one annotated article set."""
    run = extract(pipeline, items)
    return ArticleSetResult(name, gold_name, run, score_articles(golds, run.records, run.cleaned))


def run_coding(
    settings: Settings,
    *,
    gsr: Path | None = None,
    articles: tuple[Path, Path] | None = None,
    pipeline: Pipeline | None = None,
) -> CodingReport:
    """Run one pipeline on the seed, the optional (gold, articles JSONL) set and the GSR file, and score them."""
    start = time.perf_counter()
    pipe = pipeline or Pipeline(settings)
    gsr_records = load_gsr(gsr) if gsr else None
    extra_gold = load_gold(articles[0]) if articles else None
    languages = {"fr"} | {str(r.get("language") or "en") for r in gsr_records or ()}
    languages |= set(settings.languages) if articles else set()
    models = warm_up(pipe, sorted(languages))
    seed = _score_set(pipe, "seed", f"vigie/{SEED_GOLD}", seed_gold(), seed_items(settings))
    report = CodingReport(seed=seed, models_seconds=models)
    if articles:
        gold_path, input_path = articles
        items = list(iter_items([str(input_path)], jsonl=True, settings=settings))
        report.articles = _score_set(pipe, gold_path.stem, str(gold_path), extra_gold or [], items)
    if gsr and gsr_records is not None:
        run = extract(pipe, gsr_items(gsr_records))
        report.gsr = GsrResult(str(gsr), run, score_plover(gsr_records, run.records))
    else:
        report.notes.append("no PLOVER GSR file given: the GSR figures are left out")
    sample = resources.files("vigie") / "data" / "samples" / "globalvoices_fr.jsonl"
    report.sample = extract(pipe, list(iter_items([str(sample)], jsonl=True, settings=settings)))
    report.wall_seconds = time.perf_counter() - start
    return report


def _jsonl(path: Path, records: Iterable[dict[str, Any]]) -> Path:
    """Write records as JSON lines."""
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def write_predictions(report: CodingReport, folder: Path) -> list[Path]:
    """The predicted (and cleaned) JSONL files, and the seed gold, for the reference scorer."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        _jsonl(folder / "seed_pred.jsonl", report.seed.run.records),
        _jsonl(folder / "seed_clean.jsonl", report.seed.run.cleaned),
    ]
    gold = folder / "seed_gold.json"
    gold.write_bytes((resources.files("vigie") / SEED_GOLD).read_bytes())
    written.append(gold)
    if report.articles:
        written.append(_jsonl(folder / "articles_pred.jsonl", report.articles.run.records))
        written.append(_jsonl(folder / "articles_clean.jsonl", report.articles.run.cleaned))
    if report.gsr:
        written.append(_jsonl(folder / "gsr_pred.jsonl", report.gsr.run.records))
    return written


# ------------------------------------------------------------------ text report
def _flag(verdict: bool | None) -> str:
    """Y, n, or - where the gold says nothing."""
    return "-" if verdict is None else ("Y" if verdict else "n")


def article_lines(name: str, score: ArticlesScore) -> list[str]:
    """Per gold event ok/MISS with slot flags, quotes, cleaning, then the reference scorer's summary lines."""
    lines = []
    for art in score.articles:
        lines.append(f"{name} ({art.article_id}): {art.predicted} predicted events")
        for m in art.matches:
            flags = " ".join(f"{k}={_flag(m.slots.get(k))}" for k in SLOTS[:-1]) if m.matched else ""
            mark = "ok  " if m.matched else "MISS"
            lines.append(
                f"  {mark} {m.gold_id:4} {'req' if m.required else 'opt'} {m.event_type:9} {flags}".rstrip()
            )
        for q in art.quotes:
            lines.append(
                f"  quote {'ok  ' if q.found else 'MISS'} speaker={'Y' if q.speaker_right else 'n'}"
                f"{'' if q.required else ' (opt)'} «{q.contains[:40]}»"
            )
        if art.cleaning is not None:
            c = art.cleaning
            detail = "" if c.ok else f" missing={c.missing} not_removed={c.not_removed} not_once={c.not_once}"
            lines.append(f"  cleaning {'ok' if c.ok else 'FAIL'}{detail}")
    slots = ", ".join(f"{k} {right}/{n}" for k, (right, n) in score.slot_accuracy.items())
    n_quotes = len(score.required_quotes)
    lines += [
        f"slot accuracy on matched events: {slots}",
        f"quotes found {score.quotes_found}/{n_quotes}, speaker right {score.speakers_right}/{n_quotes}",
        f"events: recall(required) {score.required_matched}/{score.required_total} = {score.recall_required:.2f}, "
        f"precision {score.matched_predicted}/{score.predicted} = {score.precision:.2f}, F1 {score.f1:.2f}",
    ]
    return lines


def plover_lines(score: PloverScore) -> list[str]:
    """Per-type scores, confusions, actors and the GSR headline, worded as the reference scorer words them."""
    s = score
    lines = [
        f"  {t.event_type:10} support {t.support:3}  P {t.precision:.2f}  R {t.recall:.2f}  F1 {t.f1:.2f}"
        for t in s.types
    ]
    lines += [
        "most frequent confusions (gold -> top prediction): "
        + ", ".join(f"{c.gold}->{c.predicted} x{c.count}" for c in s.confusions),
        f"actors on records whose type was found: source {s.source_right}/{s.source_scored}, "
        f"target {s.target_right}/{s.target_scored}",
        f"PLOVER GSR: top-type accuracy {s.top_right}/{s.records} = {s.top_accuracy:.2f}, "
        f"any-event type recall {s.any_recall:.2f}, macro-F1 {s.macro_f1:.2f}",
    ]
    return lines


def _reliability_lines(columns: list[tuple[str, list[ReliabilityBin]]]) -> list[str]:
    """Share of correct events per confidence bucket, one column per set."""
    head = "  confidence " + "".join(f"{name:>18}" for name, _ in columns)
    lines = ["reliability (correct events / events by confidence):", head]
    for i, first in enumerate(columns[0][1]):
        cells = []
        for _, bins in columns:
            b = bins[i]
            share = f"{b.share:.2f}" if b.share is not None else "   -"
            cells.append(f"{f'{b.correct}/{b.events}':>12} {share:>5}")
        lines.append(f"  {first.low:.1f}-{first.high:.1f}    " + "".join(cells))
    above = []
    for name, bins in columns:
        ok, n = share_above(bins, 0.5)
        above.append(f"{name} {ok}/{n} = {ok / n:.2f}" if n else f"{name} -")
    lines.append("  events with confidence >= 0.5 right: " + ", ".join(above))
    return lines


def format_report(report: CodingReport) -> str:
    """The compact text report."""
    lines = [f"vigie bench coding (pipeline {PIPELINE_VERSION})", ""]
    lines += article_lines(report.seed.name, report.seed.score)
    if report.articles:
        lines += ["", *article_lines(report.articles.name, report.articles.score)]
    if report.gsr:
        lines += ["", f"PLOVER GSR ({report.gsr.path}): {report.gsr.score.records} records"]
        lines += plover_lines(report.gsr.score)
    columns = [(report.seed.name, report.seed.score.reliability)]
    if report.articles:
        columns.append((report.articles.name, report.articles.score.reliability))
    if report.gsr:
        columns.append(("GSR", report.gsr.score.reliability))
    lines += ["", *_reliability_lines(columns), ""]
    rates = [f"models loaded in {report.models_seconds:.1f} s"]
    for result in (report.seed, report.articles):
        if result:
            r = result.run
            count = f"{r.items} article{'s' if r.items != 1 else ''}"
            rates.append(f"{result.name} {count} in {r.seconds:.2f} s ({r.per_second:.2f} articles/s)")
    if report.gsr:
        r = report.gsr.run
        rates.append(f"GSR {r.items} sentences in {r.seconds:.2f} s ({r.per_second:.1f} sentences/s)")
    if report.sample:
        r = report.sample
        rates.append(
            f"Global Voices sample {r.items} articles in {r.seconds:.2f} s ({r.per_second:.2f} articles/s)"
        )
    lines.append("throughput: " + "; ".join(rates) + f"; wall time {report.wall_seconds:.1f} s")
    for f in report.failures:
        lines.append(f"failed: {f.message()}")
    lines += [f"note: {n}" for n in report.notes]
    return "\n".join(lines)
