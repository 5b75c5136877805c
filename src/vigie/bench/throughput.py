"""`vigie bench throughput` and `vigie bench endurance`: speed against the raw spaCy parse, scaling with
workers and Spark executors, peak memory of the whole process tree, and a long ingest with steady memory."""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from ..config import Settings
from ..types import Article, Failure, RawItem

__all__ = [
    "EnduranceReport",
    "RssSampler",
    "ThroughputReport",
    "format_endurance",
    "format_throughput",
    "replicated_records",
    "run_endurance",
    "run_throughput",
    "tree_rss",
    "write_corpus",
]

T = TypeVar("T")
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
FLOORS = {"pipeline_vs_parse": 0.70, "workers": 1.7, "spark": 1.6, "peak_mb": 2048.0}


# ------------------------------------------------------------------ corpus
def _sample_records() -> list[dict[str, Any]]:
    folder = resources.files("vigie") / "data" / "samples"
    out: list[dict[str, Any]] = []
    for name in ("globalvoices_fr.jsonl", "seed.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def replicated_records(n: int, *, start: int = 0) -> Iterator[dict[str, Any]]:
    """Records start..n-1 of the sample corpus (Global Voices + seed) repeated with distinct ids.

    Each copy after the first gets a short closing paragraph naming its copy number, so its cleaned text
    (and hash) differs and idempotent ingest does not skip it.
    """
    base = _sample_records()
    for i in range(start, n):
        record = dict(base[i % len(base)])
        copy = i // len(base)
        if copy:
            record["id"] = f"{record['id']}~{copy}"
            record["text"] = record["text"].rstrip() + f"\n\nRéf. {copy}."
        yield record


def write_corpus(path: str | Path, n: int) -> Path:
    """The replicated corpus of `n` records as JSON lines."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as f:
        for record in replicated_records(n):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def _items(n: int) -> list[RawItem | Failure]:
    from ..ingest.jsonl import record_to_item

    items: list[RawItem | Failure] = []
    for i, record in enumerate(replicated_records(n)):
        raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
        items.append(record_to_item(record, where=f"corpus:{i + 1}", raw=raw))
    return items


# ------------------------------------------------------------------ memory
def _children() -> dict[int, list[int]]:
    """ppid -> pids of every process, read from /proc."""
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        kids.setdefault(int(fields[1]), []).append(int(entry))
    return kids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size: pages shared between processes (forked workers) counted once overall."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            for line in f:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return _rss(pid)


def _tree(root: int | None) -> list[int]:
    root = os.getpid() if root is None else root
    if not os.path.isdir("/proc"):
        return []
    kids = _children()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(kids.get(pid, ()))
    return out


def tree_rss(root: int | None = None) -> int:
    """Resident bytes of a process and all its descendants (workers, JVM, Python executors), summed."""
    return sum(_rss(pid) for pid in _tree(root))


def tree_pss(root: int | None = None) -> int:
    """Like tree_rss, with shared pages divided between their processes: the tree's real memory use."""
    return sum(_pss(pid) for pid in _tree(root))


class RssSampler:
    """Samples the resident memory of a process tree (default: this one) in a thread; `peak` in bytes."""

    def __init__(self, interval: float = 0.25, root: int | None = None) -> None:
        self.interval = interval
        self.root = root
        self.peak = 0
        self.peak_pss = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        # PSS makes the kernel walk every page of every process: read it 8 times less often than RSS, so the
        # probe itself does not take CPU from the runs it measures
        n = 0
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.root))
            if n % 8 == 0:
                self.peak_pss = max(self.peak_pss, tree_pss(self.root))
            n += 1
            self._stop.wait(self.interval)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if self.root is None:
            self.peak = max(self.peak, tree_rss())


# ------------------------------------------------------------------ throughput
@dataclass(slots=True)
class Phase:
    name: str
    seconds: float
    articles: int
    peak_mb: float = 0.0  # summed RSS of the process tree (shared pages counted in every process)
    peak_pss_mb: float = 0.0  # summed PSS: shared pages divided, the memory the tree really holds
    note: str = ""
    steady: float = 0.0  # articles per second once started, when measured

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


@dataclass(slots=True)
class ThroughputReport:
    articles: int
    analysed: int
    events: int
    phases: list[Phase] = field(default_factory=list)
    ratios: dict[str, float] = field(default_factory=dict)
    machine: str = ""
    profile: str = ""

    def phase(self, name: str) -> Phase | None:
        return next((p for p in self.phases if p.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["floors"] = FLOORS
        return d


def _timed(fn: Callable[[], T]) -> tuple[T, float, float, float]:
    """Result, seconds and peak tree RSS and PSS (MB) of a call."""
    with RssSampler(1.0) as sampler:
        t0 = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - t0
    return result, seconds, sampler.peak / 2**20, sampler.peak_pss / 2**20


def _raw_parse(settings: Settings, articles: Sequence[Article], batch_size: int) -> int:
    """spaCy alone: the same cleaned texts, the same model package, no vigie component; returns tokens."""
    import spacy

    tokens = 0
    by_lang: dict[str, list[str]] = {}
    for a in articles:
        by_lang.setdefault(a.language or "", []).append(a.text)
    for lang, texts in by_lang.items():
        nlp = _plain_model(settings.model_for(lang), spacy)
        for doc in nlp.pipe(texts, batch_size=batch_size):
            tokens += len(doc)
    return tokens


_PLAIN: dict[str, Any] = {}


def _plain_model(name: str, spacy: Any) -> Any:
    if name not in _PLAIN:
        _PLAIN[name] = spacy.load(name)
    return _PLAIN[name]


def _clean(settings: Settings, items: Iterable[RawItem | Failure]) -> list[Article]:
    from ..pipeline import Pipeline

    return [a for a in Pipeline(settings).clean(items) if isinstance(a, Article)]


def _measured(cmd: list[str]) -> tuple[subprocess.CompletedProcess[str], float, float, float]:
    """Run a command; its result, wall seconds and the peak RSS and PSS (MB) of its whole process tree."""
    t0 = time.perf_counter()
    with (
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc,
        RssSampler(0.5, root=proc.pid) as sampler,
    ):
        out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    return done, seconds, sampler.peak / 2**20, sampler.peak_pss / 2**20


STEADY_SKIP = 32  # results left out of the steady rate: the first batch (1 worker) or first chunks (2)


def workers_child(corpus: str, workers: int) -> dict[str, Any]:
    """Run by the bench in a fresh process: the corpus through `run_pipeline` as `vigie extract` runs it.

    Returns the count, the seconds from here to the last outcome (models loaded inside), and the steady
    rate: articles per second after the first STEADY_SKIP outcomes, once every worker is up.
    """
    from ..config import load_settings
    from ..ingest import iter_items
    from ..workers import run_pipeline

    t0 = time.perf_counter()
    settings = load_settings()
    stamps = [
        time.perf_counter()
        for _ in run_pipeline(settings, iter_items([corpus], jsonl=True, settings=settings), workers)
    ]
    skip = min(STEADY_SKIP, max(0, len(stamps) - 2))
    window = stamps[-1] - stamps[skip - 1] if skip else stamps[-1] - t0
    return {
        "articles": len(stamps),
        "seconds": stamps[-1] - t0 if stamps else 0.0,
        "steady_rate": (len(stamps) - skip) / window if window > 0 else 0.0,
    }


def _workers_run(corpus: Path, workers: int) -> tuple[dict[str, Any], float, float, float]:
    """One fresh process running `workers_child`: its figures, wall seconds, peak RSS and PSS (MB)."""
    code = "import json, sys; from vigie.bench.throughput import workers_child; "
    code += "print(json.dumps(workers_child(sys.argv[1], int(sys.argv[2]))))"
    done, seconds, peak, pss = _measured([sys.executable, "-c", code, str(corpus), str(workers)])
    if done.returncode != 0:
        raise RuntimeError(f"run with {workers} workers failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1]), seconds, peak, pss


def _spark(corpus: Path, master: str) -> tuple[dict[str, Any], float, float]:
    """One Spark run in its own process (a JVM per master), its summary and the tree's peak RSS, PSS (MB)."""
    with tempfile.TemporaryDirectory(prefix="vigie-spark-bench-") as out:
        cmd = [sys.executable, "-m", "vigie.spark", str(corpus), "--jsonl", "--out", out]
        cmd += ["--master", master, "--summary-json", "--warm-up"]
        done, _, peak, pss = _measured(cmd)
        if done.returncode not in (0, 1) or not done.stdout.strip():
            raise RuntimeError(f"spark run failed ({master}): {done.stderr[-2000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1]), peak, pss


def _machine() -> str:
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at start"


def profile_pipeline(settings: Settings, items: list[RawItem | Failure], top: int = 30) -> str:
    """cProfile of the in-process pipeline over `items`: the functions with the most own time."""
    from ..pipeline import Pipeline

    pipe = Pipeline(settings)
    list(pipe.run(items[:4]))  # models and gazetteers loaded outside the profile
    prof = cProfile.Profile()
    prof.enable()
    for _ in pipe.run(items):
        pass
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
    return out.getvalue()


def run_throughput(
    settings: Settings,
    n: int = 500,
    *,
    workers: Sequence[int] = (1, 2),
    spark: bool = True,
    spark_masters: Sequence[str] = ("local[1]", "local[2]"),
    profile: bool = False,
    batch_size: int = 32,
    repeats: int = 2,
    progress: Callable[[str], None] | None = None,
) -> ThroughputReport:
    """All the figures of one run on the same `n` articles (see the module docstring)."""
    from ..pipeline import Pipeline, Processed

    say = progress or (lambda _msg: None)
    report = ThroughputReport(articles=n, analysed=0, events=0, machine=_machine())
    items = _items(n)
    say("cleaning")
    articles, seconds, peak, pss = _timed(lambda: _clean(settings, items))
    report.phases.append(Phase("clean (first, cold)", seconds, n, peak, pss))
    analysed = [a for a in articles if a.status == "ok"]
    report.analysed = len(analysed)

    # warm-up outside the timings: models, gazetteers and lexicons loaded for both (a) and (b)
    pipe = Pipeline(settings, batch_size=batch_size)
    list(pipe.run(items[:4]))
    _raw_parse(settings, analysed[:4], 8)
    best: dict[str, tuple[float, float, float]] = {}
    tokens = 0
    for round_ in range(max(1, repeats)):  # alternated, best of each: a passing load burst hurts both alike
        say(f"raw spaCy parse ({round_ + 1}/{repeats})")
        tokens, seconds, peak, pss = _timed(lambda: _raw_parse(settings, analysed, 8))
        best["a"] = min(best.get("a", (seconds, peak, pss)), (seconds, peak, pss))
        say(f"full pipeline ({round_ + 1}/{repeats})")
        outcomes, seconds, peak, pss = _timed(lambda: list(pipe.run(items)))
        best["b"] = min(best.get("b", (seconds, peak, pss)), (seconds, peak, pss))
        report.events = sum(len(o.events) for o in outcomes if isinstance(o, Processed))
        del outcomes
    a = Phase("(a) raw spaCy parse", best["a"][0], len(analysed), *best["a"][1:], f"{tokens} tokens")
    b = Phase("(b) full pipeline", best["b"][0], n, *best["b"][1:], f"{report.events} events, clean included")
    report.phases += [a, b]
    report.ratios["pipeline_vs_parse"] = (b.rate / a.rate) if a.rate else 0.0

    with tempfile.TemporaryDirectory(prefix="vigie-bench-") as tmp:
        corpus = write_corpus(Path(tmp) / "corpus.jsonl", n)
        for w in workers:
            say(f"{w} worker(s)")
            figures, seconds, peak, pss = _workers_run(corpus, w)
            report.phases.append(
                Phase(
                    f"workers={w}",
                    seconds,
                    figures["articles"],
                    peak,
                    pss,
                    f"whole process; steady {figures['steady_rate']:.2f} art/s after the first {STEADY_SKIP}",
                    figures["steady_rate"],
                )
            )
        one, two = report.phase("workers=1"), report.phase("workers=2")
        if one and two:
            report.ratios["workers_wall"] = one.seconds / two.seconds
            report.ratios["workers"] = two.steady / one.steady if one.steady else 0.0
            report.ratios["peak_mb_2_workers"] = two.peak_pss_mb
            report.ratios["peak_rss_mb_2_workers"] = two.peak_mb
        if spark:
            loading: dict[str, float] = {}
            for master in spark_masters:
                say(f"spark {master}")
                summary, peak, pss = _spark(corpus, master)
                report.phases.append(
                    Phase(
                        f"spark {master}",
                        summary["seconds"],
                        summary["articles"],
                        peak,
                        pss,
                        f"{summary['tasks']} tasks; JVM start {summary['startup_seconds']:.1f} s and models "
                        f"loaded in {summary['warmed_workers']} workers {summary['warm_up_seconds']:.1f} s not counted",
                    )
                )
                loading[f"spark {master}"] = summary["warm_up_seconds"]
            s1, s2 = report.phase(f"spark {spark_masters[0]}"), report.phase(f"spark {spark_masters[-1]}")
            if s1 and s2 and s1 is not s2:
                report.ratios["spark"] = s1.seconds / s2.seconds
                with_loading = (s1.seconds + loading[s1.name]) / (s2.seconds + loading[s2.name])
                report.ratios["spark_wall"] = with_loading
    if profile:
        say("profiling")
        report.profile = profile_pipeline(settings, items[: min(n, 100)])
    return report


def format_throughput(report: ThroughputReport) -> str:
    lines = [
        f"throughput on {report.articles} articles (Global Voices sample + seed, replicated; "
        f"{report.analysed} analysed, {report.events} events); {report.machine}",
        "",
        f"{'phase':<22} {'seconds':>8} {'art/s':>7} {'peak PSS MB':>12} {'peak RSS MB':>12}  note",
    ]
    for p in report.phases:
        lines.append(
            f"{p.name:<22} {p.seconds:>8.1f} {p.rate:>7.2f} {p.peak_pss_mb:>12.0f} {p.peak_mb:>12.0f}  {p.note}"
        )
    lines.append("")
    labels = {
        "pipeline_vs_parse": ("full pipeline / raw parse (throughput)", "pipeline_vs_parse", ">="),
        "workers": ("2 workers / 1 worker (steady speed-up)", "workers", ">="),
        "workers_wall": ("2 workers / 1 worker (wall, with start-up)", "workers", ">="),
        "spark": ("Spark local[2] / local[1] (models loaded)", "spark", ">="),
        "spark_wall": ("Spark local[2] / local[1] (with model loading)", "spark", ">="),
        "peak_mb_2_workers": ("peak PSS with 2 workers (MB)", "peak_mb", "<="),
        "peak_rss_mb_2_workers": ("peak RSS sum with 2 workers (MB)", "peak_mb", "<="),
    }
    for key, (label, floor_key, op) in labels.items():
        if key in report.ratios:
            value, floor = report.ratios[key], FLOORS[floor_key]
            ok = value >= floor if op == ">=" else value <= floor
            lines.append(
                f"{label:<48} {value:>8.2f}   target {op} {floor:g}  {'ok' if ok else 'BELOW TARGET'}"
            )
    if report.profile:
        lines += ["", "profile of the in-process pipeline (own time):", report.profile]
    return "\n".join(lines)


# ------------------------------------------------------------------ endurance
@dataclass(slots=True)
class EnduranceReport:
    target: int
    processed: int
    skipped: int
    seconds: float
    samples: list[tuple[int, float]] = field(default_factory=list)  # (articles seen, tree RSS MB)
    writer_mb: list[float] = field(default_factory=list)  # RSS of the writing process alone, same times
    baseline_after: int = 5000

    @property
    def baseline_mb(self) -> float | None:
        after = [mb for n, mb in self.samples if n >= self.baseline_after]
        return after[0] if after else None

    @property
    def max_after_mb(self) -> float | None:
        after = [mb for n, mb in self.samples if n >= self.baseline_after]
        return max(after) if after else None

    @property
    def growth(self) -> float | None:
        base, top = self.baseline_mb, self.max_after_mb
        return (top / base - 1.0) if base and top else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.update(baseline_mb=self.baseline_mb, max_after_mb=self.max_after_mb, growth=self.growth)
        return d


def run_endurance(
    settings: Settings,
    db_path: str,
    n: int = 100_000,
    *,
    workers: int = 2,
    every: int = 1000,
    baseline_after: int = 5000,
    dedupe: bool = False,
    progress: Callable[[str], None] | None = None,
) -> EnduranceReport:
    """Ingest the replicated corpus of `n` articles into `db_path` in one run, sampling RSS every `every`.

    Resumable: articles already stored are skipped (idempotent ingest), so a re-run after an interruption
    continues where the committed batches end.
    """
    from .. import PIPELINE_VERSION
    from ..ingest.jsonl import record_to_item
    from ..pipeline import Pipeline, Processed
    from ..store import Store
    from ..workers import run_pipeline

    say = progress or (lambda _msg: None)
    report = EnduranceReport(target=n, processed=0, skipped=0, seconds=0.0, baseline_after=baseline_after)
    pipe = Pipeline(settings)
    t0 = time.perf_counter()
    seen = 0
    with Store.open(db_path) as store:

        def raw() -> Iterator[RawItem | Failure]:
            for i, record in enumerate(replicated_records(n)):
                raw_bytes = json.dumps(record, ensure_ascii=False).encode("utf-8")
                yield record_to_item(record, where=f"endurance:{i + 1}", raw=raw_bytes)

        def fresh(articles: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
            nonlocal seen
            for a in articles:
                seen += 1
                if seen % every == 0:
                    mb = tree_rss() / 2**20
                    report.samples.append((seen, mb))
                    report.writer_mb.append(_rss(os.getpid()) / 2**20)
                    say(f"{seen} articles, {mb:.0f} MB (writer {report.writer_mb[-1]:.0f} MB)")
                if isinstance(a, Failure) or store.needs_processing(a.id, a.text_sha256, PIPELINE_VERSION):
                    yield a
                else:
                    report.skipped += 1

        batch: list[Any] = []
        for outcome in run_pipeline(settings, fresh(pipe.clean(raw())), workers, pipeline=pipe):
            if isinstance(outcome, Processed):
                batch.append((outcome.article, outcome.events, outcome.quotes))
                report.processed += 1
            if len(batch) >= 64:
                store.write_many(batch, PIPELINE_VERSION)
                batch = []
        if batch:
            store.write_many(batch, PIPELINE_VERSION)
        if dedupe:
            from ..dedupe.update import update

            update(store)
    report.samples.append((seen, tree_rss() / 2**20))  # workers gone: the writer alone
    report.writer_mb.append(_rss(os.getpid()) / 2**20)
    report.seconds = time.perf_counter() - t0
    return report


def format_endurance(report: EnduranceReport) -> str:
    lines = [
        f"endurance: {report.target} articles ({report.processed} processed now, {report.skipped} already "
        f"stored) in {report.seconds:.0f} s",
        "articles seen   tree RSS MB   writer RSS MB",
        *(
            f"{n:>13}   {mb:>11.0f}   {w:>13.0f}"
            for (n, mb), w in zip(
                report.samples, report.writer_mb or [0.0] * len(report.samples), strict=False
            )
        ),
    ]
    if report.baseline_mb is not None and report.growth is not None:
        lines.append(
            f"RSS after {report.baseline_after}: {report.baseline_mb:.0f} MB; max afterwards "
            f"{report.max_after_mb:.0f} MB ({report.growth:+.1%}; target within +20%)"
        )
    return "\n".join(lines)
