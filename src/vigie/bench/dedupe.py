"""`vigie bench dedupe`: incidents and republication links scored on the labelled set of data/bench/dedupe,
plus the incremental-update timing (new articles into a large store against the same into a small one)."""

from __future__ import annotations

import json
import random
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from .. import PIPELINE_VERSION
from ..config import Settings
from ..dedupe.incidents import LOOK_BACK_DAYS
from ..errors import MalformedInput
from ..ingest import iter_items
from ..pipeline import Pipeline, Processed
from ..types import Actor, Article, Event, Evidence, Failure, Place

__all__ = [
    "DedupeReport",
    "Pairwise",
    "ScaleReport",
    "format_dedupe",
    "format_scale",
    "load_gold",
    "run_dedupe",
    "run_scale",
    "score_incidents",
]


def _folder() -> Path:
    return Path(str(resources.files("vigie") / "data" / "bench" / "dedupe"))


def _lines(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise MalformedInput(f"{path}:{n}", f"not JSON ({e.msg})") from e
    return out


def load_gold(folder: Path | None = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(gold events, gold article links) of the labelled set."""
    where = folder or _folder()
    return _lines(where / "gold.jsonl"), _lines(where / "links.jsonl")


@dataclass(slots=True)
class Pairwise:
    """Pairwise precision and recall of a clustering against gold groups."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"pairwise precision {self.tp}/{self.tp + self.fp} = {self.precision:.3f}, "
            f"recall {self.tp}/{self.tp + self.fn} = {self.recall:.3f}, F1 {self.f1:.3f}"
        )


@dataclass(slots=True)
class DedupeReport:
    """Figures of one benchmark run."""

    articles: int = 0
    gold_events: int = 0
    gold_incidents: int = 0
    found: int = 0  # gold events matched by a predicted event
    found_pairs: Pairwise = field(default_factory=Pairwise)  # over found gold events
    all_pairs: Pairwise = field(default_factory=Pairwise)  # missed gold events count as split off
    split: int = 0  # multi-report gold incidents whose found reports sit in several predicted incidents
    merged: int = 0  # gold incidents whose predicted incident also holds another gold incident's report
    scored_incidents: int = 0  # gold incidents with at least one found report
    links: Pairwise = field(default_factory=Pairwise)
    link_kind_right: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def pw(p: Pairwise) -> dict[str, Any]:
            return {
                "tp": p.tp,
                "fp": p.fp,
                "fn": p.fn,
                "precision": p.precision,
                "recall": p.recall,
                "f1": p.f1,
            }

        return {
            "articles": self.articles,
            "gold_events": self.gold_events,
            "gold_incidents": self.gold_incidents,
            "found": self.found,
            "pairwise_found": pw(self.found_pairs),
            "pairwise_all": pw(self.all_pairs),
            "split": self.split,
            "merged": self.merged,
            "scored_incidents": self.scored_incidents,
            "links": pw(self.links),
            "link_kind_right": self.link_kind_right,
            "seconds": self.seconds,
        }


def _matches(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    types = {gold["event_type"], *gold.get("accept_types", ())}
    if event["event_type"] not in types:
        return False
    texts = [event["evidence"]["text"], *(m["text"] for m in event.get("mentions") or ())]
    return any(gold["evidence_contains"] in t for t in texts)


def assign(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Gold event id -> the predicted event it matches (each used once; the gold type preferred)."""
    by_article: dict[str, list[dict[str, Any]]] = {}
    for e in predicted:
        by_article.setdefault(e["article_id"], []).append(e)
    out: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for exact in (True, False):
        for g in gold:
            if g["id"] in out:
                continue
            for e in by_article.get(g["article_id"], ()):
                if e["event_id"] in used or not _matches(g, e):
                    continue
                if exact and e["event_type"] != g["event_type"]:
                    continue
                out[g["id"]] = e
                used.add(e["event_id"])
                break
    return out


def score_incidents(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], report: DedupeReport | None = None
) -> DedupeReport:
    """Pairwise scores of predicted incident ids (`incident_id` on each event) against gold incident labels."""
    rep = report or DedupeReport()
    found = assign(gold, predicted)
    rep.gold_events, rep.found = len(gold), len(found)
    rep.gold_incidents = len({g["incident"] for g in gold})
    inc = {gid: e.get("incident_id") or e["event_id"] for gid, e in found.items()}
    for g1, g2 in combinations(gold, 2):
        same_gold = g1["incident"] == g2["incident"]
        both = g1["id"] in inc and g2["id"] in inc
        same_pred = both and inc[g1["id"]] == inc[g2["id"]]
        for pw, counted in ((rep.found_pairs, both), (rep.all_pairs, True)):
            if not counted:
                continue
            if same_gold and same_pred:
                pw.tp += 1
            elif same_pred:
                pw.fp += 1
            elif same_gold:
                pw.fn += 1
        if same_pred and not same_gold:
            rep.errors.append(
                f"merged wrongly: {g1['id']} ({g1['incident']}) with {g2['id']} ({g2['incident']})"
            )
        elif same_gold and both and not same_pred:
            rep.errors.append(f"split: {g1['id']} and {g2['id']} ({g1['incident']})")
    by_gold: dict[str, set[str]] = {}
    by_pred: dict[str, set[str]] = {}
    for g in gold:
        if g["id"] in inc:
            by_gold.setdefault(g["incident"], set()).add(inc[g["id"]])
            by_pred.setdefault(inc[g["id"]], set()).add(g["incident"])
    rep.scored_incidents = len(by_gold)
    rep.split = sum(1 for preds in by_gold.values() if len(preds) > 1)
    rep.merged = sum(1 for label, preds in by_gold.items() if any(len(by_pred[p]) > 1 for p in preds))
    return rep


def score_links(
    gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]], rep: DedupeReport
) -> None:
    """Pairwise scores of the republication links (unordered pairs), and how many have the right kind."""
    want = {frozenset((g["a"], g["b"])): g["kind"] for g in gold}
    got = {frozenset((p["a"], p["b"])): p["kind"] for p in predicted}
    rep.links.tp = len(want.keys() & got.keys())
    rep.links.fp = len(got.keys() - want.keys())
    rep.links.fn = len(want.keys() - got.keys())
    rep.link_kind_right = sum(1 for k in want.keys() & got.keys() if want[k] == got[k])
    for k in sorted(got.keys() - want.keys(), key=sorted):
        rep.errors.append(f"wrong link: {' '.join(sorted(k))} ({got[k]})")
    for k in sorted(want.keys() - got.keys(), key=sorted):
        rep.errors.append(f"missed link: {' '.join(sorted(k))} ({want[k]})")


def run_dedupe(settings: Settings, folder: Path | None = None, db: str | None = None) -> DedupeReport:
    """Ingest the labelled articles into a fresh store, place their events in incidents, score both steps."""
    from ..dedupe.update import update
    from ..store import Store

    where = folder or _folder()
    gold, gold_links = load_gold(where)
    rep = DedupeReport()
    started = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="vigie-dedupe-") as tmp,
        Store.open(db or str(Path(tmp) / "bench.duckdb")) as store,
    ):
        pipe = Pipeline(settings)
        batch = []
        for outcome in pipe.run(iter_items([str(where / "articles.jsonl")], jsonl=True, settings=settings)):
            if isinstance(outcome, Failure):
                rep.failures.append(outcome)
                continue
            assert isinstance(outcome, Processed)
            batch.append((outcome.article, outcome.events, outcome.quotes))
            rep.articles += 1
        store.write_many(batch, PIPELINE_VERSION)
        update(store)
        predicted = list(store.iter_events())
        links = store.article_links()
    rep.seconds = time.perf_counter() - started
    score_incidents(gold, predicted, rep)
    score_links(gold_links, links, rep)
    return rep


def format_dedupe(rep: DedupeReport, errors: bool = False) -> str:
    """The figures as printed by `vigie bench dedupe`."""
    lines = [
        f"dedupe set: {rep.articles} articles, {rep.gold_events} gold events in {rep.gold_incidents} incidents; "
        f"{rep.found}/{rep.gold_events} gold events found by extraction",
        f"incidents on found events: {rep.found_pairs.line()}",
        f"incidents, missed events counted as split: {rep.all_pairs.line()}",
        f"gold incidents split {rep.split}/{rep.scored_incidents} = {rep.split / max(1, rep.scored_incidents):.2f}, "
        f"merged wrongly {rep.merged}/{rep.scored_incidents} = {rep.merged / max(1, rep.scored_incidents):.2f}",
        f"republication links: {rep.links.line()}; kind right {rep.link_kind_right}/{rep.links.tp}",
        f"time {rep.seconds:.1f} s",
    ]
    if errors:
        lines += ["", *rep.errors]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------ scaling

PLACES = [
    ("Gao", "MLI", 16.27, -0.04), ("Mopti", "MLI", 14.49, -4.19), ("Kidal", "MLI", 18.44, 1.41),
    ("Maiduguri", "NGA", 11.85, 13.16), ("Kano", "NGA", 12.0, 8.52), ("Goma", "COD", -1.68, 29.23),
    ("Mogadishu", "SOM", 2.04, 45.34), ("Aden", "YEM", 12.78, 45.04), ("Khartoum", "SDN", 15.5, 32.56),
    ("Kharkiv", "UKR", 49.99, 36.23), ("Baghdad", "IRQ", 33.32, 44.37), ("Idlib", "SYR", 35.93, 36.63),
    ("Port-au-Prince", "HTI", 18.54, -72.34), ("Ouagadougou", "BFA", 12.37, -1.52), ("Niamey", "NER", 13.51, 2.11),
    ("Beirut", "LBN", 33.89, 35.5), ("Bogota", "COL", 4.71, -74.07), ("Paris", "FRA", 48.86, 2.35),
]  # fmt: skip
TYPES = [("ASSAULT", 30), ("PROTEST", 12), ("COERCE", 10), ("ACCUSE", 10), ("CONSULT", 10), ("REQUEST", 8),
         ("MOBILIZE", 5), ("AGREE", 5), ("THREATEN", 4), ("AID", 3), ("SANCTION", 3)]  # fmt: skip
GROUPS = [("gunmen", None, None, "rebel"), ("police", None, None, "police"), ("protesters", None, None, "civilians"),
          ("army", None, None, "military")]  # fmt: skip


def _name(rnd: random.Random) -> str:
    """A made-up proper name (two of about 8,000 syllable pairs), as discriminating as real names are."""
    syllables = [c + v for c in "bdgklmnrstvz" for v in "aeiou"]
    return " ".join(
        rnd.choice(syllables).title() + rnd.choice(syllables) + rnd.choice(syllables) for _ in range(2)
    )


def _synthetic(
    n_articles: int, seed: int, start: date, days: int, prefix: str
) -> list[tuple[Article, list[Event]]]:
    """Articles of 3-7 events with realistic type, place, date and actor spread; some stories reported twice."""
    rnd = random.Random(seed)
    kinds, weights = zip(*TYPES, strict=True)
    out = []
    for i in range(n_articles):
        aid = f"{prefix}-{i:06d}"
        published = start + timedelta(days=rnd.randrange(days))
        text_parts: list[str] = []
        events: list[Event] = []
        for j in range(rnd.randint(3, 7)):
            typ = rnd.choices(kinds, weights)[0]
            name, country, lat, lon = rnd.choice(PLACES)
            day = published - timedelta(days=rnd.randrange(3))
            state = Actor(country, country, country, country, "state")
            g = rnd.choice(GROUPS)
            source = (
                [state]
                if typ not in ("ASSAULT", "PROTEST") or rnd.random() < 0.3
                else [Actor(g[0], g[0], kind=g[3])]
            )
            who, n = _name(rnd), rnd.randint(2, 5000)
            sentence = f"{who} told reporters that {n} people in {name} were affected on {day:%d %B %Y}."
            offset = sum(len(t) + 1 for t in text_parts)
            text_parts.append(sentence)
            events.append(
                Event(
                    article_id=aid, event_id=f"{aid}-e{j}", event_type=typ, mode=None, status="occurred",
                    source=source, target=[], date=day.isoformat() if rnd.random() < 0.7 else None, date_text=None,
                    location=Place(name, name, country, None, lat, lon, "city") if rnd.random() < 0.8 else None,
                    dead=rnd.choice([None, None, 1, 2, 3, 5, 8, 12]) if typ == "ASSAULT" else None,
                    injured=None, size=None, quote=None, evidence=Evidence(sentence, offset, offset + len(sentence)),
                    language=rnd.choice(["en", "fr"]), confidence=0.8,
                )
            )  # fmt: skip
        text = " ".join(text_parts)
        article = Article(
            aid, text, "en", title=f"Article {aid}", published=published.isoformat(), text_sha256=aid
        )
        out.append((article, events))
    return out


@dataclass(slots=True)
class ScaleReport:
    """Seconds the incremental update of `new` articles takes into stores of several sizes."""

    new: int
    seconds: dict[int, float]  # store size -> seconds
    rebuild_seconds: float

    @property
    def large(self) -> int:
        return max(self.seconds)

    def ratio(self, size: int) -> float:
        """Time into the largest store over time into a store of `size` (1.00: independent of the store)."""
        return self.seconds[self.large] / self.seconds[size] if self.seconds.get(size) else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "seconds": {str(k): v for k, v in sorted(self.seconds.items())},
            "ratios": {f"{self.large}/{k}": self.ratio(k) for k in sorted(self.seconds) if k != self.large},
            "rebuild_seconds": self.rebuild_seconds,
        }


def _timed_update(store: Any, batch: list[tuple[Article, list[Event]]], chunk: int) -> float:
    from ..dedupe.update import update

    total = 0.0
    for i in range(0, len(batch), chunk):
        part: list[tuple[Article, list[Event], list[Any]]] = [(a, e, []) for a, e in batch[i : i + chunk]]
        store.write_many(part, PIPELINE_VERSION)
        t = time.perf_counter()
        update(store)
        total += time.perf_counter() - t
    return total


PER_DAY = 100  # articles a day in the scaling store (a busy regional desk; GDELT is thousands)


def run_scale(new: int = 1000, sizes: Sequence[int] = (1000, 2000, 10000), chunk: int = 100) -> ScaleReport:
    """Seconds the incident step takes for `new` articles ingested in batches of `chunk` into stores of
    each size, and for building the largest store's incidents from scratch."""
    from ..dedupe.update import update
    from ..store import Store

    now = date(2025, 1, 1)
    timings: dict[int, float] = {}
    rebuild_seconds = 0.0
    fresh = _synthetic(new, 8, now, max(1, new // PER_DAY), "new")
    with tempfile.TemporaryDirectory(prefix="vigie-scale-") as tmp:
        for size in sorted(set(sizes)):
            # an archive grows by days at a steady volume: the store holds the days before `now`, the new
            # articles are the next days', so a larger store is a longer past, not a denser present
            days = max(1, size // PER_DAY)
            base = _synthetic(size, 7, now - timedelta(days=days), days, "base")
            with Store.open(str(Path(tmp) / f"s{size}.duckdb")) as store:
                for i in range(0, len(base), 1000):
                    store.write_many([(a, e, []) for a, e in base[i : i + 1000]], PIPELINE_VERSION)
                t = time.perf_counter()
                update(store)  # on an empty incident table: what `rebuild` does
                if size == max(sizes):
                    rebuild_seconds = time.perf_counter() - t
                timings[size] = _timed_update(store, fresh, chunk)
    return ScaleReport(new, timings, rebuild_seconds)


def format_scale(rep: ScaleReport) -> str:
    """The scaling figures as printed."""
    sizes = sorted(rep.seconds)
    short = [k for k in sizes if k // PER_DAY < LOOK_BACK_DAYS]
    lines = [
        f"incremental incident update, {rep.new} new articles ({PER_DAY} a day) in batches: "
        + ", ".join(f"into {k} stored {rep.seconds[k]:.2f} s" for k in sizes),
        *(
            f"ratio {rep.large}/{k} stored: {rep.ratio(k):.2f} (1.00 = independent of the store)"
            + (
                f"; {k} stored hold {k // PER_DAY} day{'s' if k // PER_DAY != 1 else ''}, less than the {LOOK_BACK_DAYS}-day look-back, "
                "so the new articles find fewer candidates in it"
                if k in short
                else ""
            )
            for k in sizes
            if k != rep.large
        ),
        f"incidents of the {rep.large}-article store built from scratch (as `rebuild` does): "
        f"{rep.rebuild_seconds:.2f} s",
    ]
    return "\n".join(lines)
