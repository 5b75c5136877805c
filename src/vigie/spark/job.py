"""The Spark job: inputs -> (file, shard) tasks -> the cached pipeline per Python worker -> Parquet by month.

Each task reads one input file (any format `vigie ingest` reads) and keeps every n-th item of it, so large
archives spread over all cores while no article bytes travel through the driver. Each task also writes its
own rows as Parquet files (through DuckDB, in the Python worker), so rows never cross into the JVM and only
counts come back. Rows are the database's own rows (vigie.store.rows), so `vigie ingest OUT` loads them
unchanged, and DuckDB or Spark can query them.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import PIPELINE_VERSION
from ..config import Settings, load_settings
from ..ingest import iter_items
from ..ingest.files import walk
from ..pipeline import Outcome
from ..store import rows
from ..types import Failure, RawItem
from ..workers import CHUNK_SIZE, process_chunk

__all__ = [
    "MANIFEST",
    "TABLES",
    "SparkOptions",
    "SparkSummary",
    "main",
    "month_of",
    "outcome_rows",
    "run_job",
]

log = logging.getLogger("vigie.spark")

TASKS_PER_CORE = 4
MANIFEST = "vigie-spark.json"  # written last: its presence means the output is complete
FAILURE_COLUMNS = (("item_id", "VARCHAR"), ("reason", "VARCHAR"), ("kind", "VARCHAR"))
# Parquet dataset name -> the database table's columns (plus `month`, except for failures)
TABLES: dict[str, Sequence[tuple[str, str]]] = {
    "articles": rows.ARTICLE_COLUMNS,
    "events": rows.EVENT_COLUMNS,
    "actors": rows.ACTOR_COLUMNS,
    "quotes": rows.QUOTE_COLUMNS,
    "failures": FAILURE_COLUMNS,
}
LOG4J = """status = error
rootLogger.level = error
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = spark: %p %c{1}: %m%n
"""


@dataclass(frozen=True, slots=True)
class SparkOptions:
    """What one job reads and where it writes; `shards` is tasks per input file (default: fill the cores)."""

    inputs: tuple[str, ...]
    out: str
    master: str | None = None
    jsonl: bool = False
    lang: str = "auto"
    published: str | None = None
    shards: int | None = None
    settings: Settings = field(default_factory=Settings)
    warm_up: bool = False  # load the models in every Python worker before the timed job (benchmarks)


@dataclass(slots=True)
class SparkSummary:
    """Counts of one run, and its wall times (session start excluded from `seconds`)."""

    articles: int = 0
    events: int = 0
    quotes: int = 0
    failed: int = 0
    not_analysed: int = 0
    months: list[str] = field(default_factory=list)
    tasks: int = 0
    master: str = ""
    startup_seconds: float = 0.0
    warm_up_seconds: float = 0.0
    warmed_workers: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# ------------------------------------------------------------------ executor side
def month_of(published: str | None) -> str:
    """The partition of an article: YYYY-MM of its publication date, or 'unknown'."""
    if published and len(published) >= 7 and published[:4].isdigit() and published[5:7].isdigit():
        return published[:7]
    return "unknown"


def _caster(kind: str) -> Any:
    return {"DOUBLE": float, "BIGINT": int, "INTEGER": int}.get(kind)


_CASTS = {
    name: [(i, c) for i, (_, kind) in enumerate(cols) if (c := _caster(kind))]
    for name, cols in TABLES.items()
}


def _typed(table: str, row: tuple[Any, ...]) -> tuple[Any, ...]:
    """Numbers as the exact Python type of their column (an int 1 in a DOUBLE column becomes 1.0)."""
    casts = _CASTS[table]
    if not casts:
        return row
    out = list(row)
    for i, cast in casts:
        if out[i] is not None:
            out[i] = cast(out[i])
    return tuple(out)


def outcome_rows(
    outcome: Outcome, pipeline_version: str, now: datetime
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(dataset, row) pairs of one outcome: the rows `Store.write_many` would insert, plus the month."""
    if isinstance(outcome, Failure):
        yield "failures", (outcome.item_id, outcome.reason, outcome.kind)
        return
    article = outcome.article
    month = month_of(article.published)
    events, seen = [], set()
    for event in outcome.events:
        if event.event_id in seen:
            log.warning("%s: event id %s appears twice; keeping the first", article.id, event.event_id)
            continue
        seen.add(event.event_id)
        events.append(event)
    yield (
        "articles",
        (*_typed("articles", rows.article_row(article, len(events), pipeline_version, now)), month),
    )
    for seq, event in enumerate(events):
        yield "events", (*_typed("events", rows.event_row(event, seq)), month)
        for actor in rows.actor_rows(event):
            yield "actors", (*_typed("actors", actor), month)
    quote_ids: set[str] = set()
    for seq, quote in enumerate(outcome.quotes):
        qid = rows.quote_id(quote)
        if qid not in quote_ids:
            quote_ids.add(qid)
            yield "quotes", (*_typed("quotes", rows.quote_row(quote, seq)), month)


@dataclass(frozen=True, slots=True)
class _Task:
    path: str
    shard: int
    shards: int
    jsonl: bool
    lang: str
    published: str | None
    settings: Settings


class _SkipFilter(logging.Filter):
    """Mutes ingest warnings about items another shard owns, so each bad item is reported once."""

    muted = False

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.muted


def _task_items(task: _Task) -> Iterator[RawItem | Failure]:
    """This task's share of one input: every `shards`-th item, input defaults applied."""
    quiet = _SkipFilter()
    ingest_log = logging.getLogger("vigie.ingest")
    ingest_log.addFilter(quiet)
    try:
        items = iter_items([task.path], jsonl=task.jsonl, settings=task.settings)
        index = 0
        while True:
            quiet.muted = index % task.shards != task.shard
            item = next(items, None)
            if item is None:
                return
            index += 1
            if quiet.muted:
                continue
            quiet.muted = False
            if isinstance(item, RawItem):
                if task.lang != "auto" and not item.lang:
                    item.lang = task.lang
                if task.published and not item.published:
                    item.published = task.published
            yield item
    finally:
        ingest_log.removeFilter(quiet)


def _task_rows(tasks: Iterable[_Task]) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(dataset, row) pairs of the tasks' items; the pipeline is built once per Python worker and reused."""
    now = datetime.now(UTC).replace(tzinfo=None)
    for task in tasks:
        chunk: list[RawItem | Failure] = []
        for item in _task_items(task):
            chunk.append(item)
            if len(chunk) >= CHUNK_SIZE:
                for outcome in process_chunk(task.settings, chunk):
                    yield from outcome_rows(outcome, PIPELINE_VERSION, now)
                chunk = []
        for outcome in process_chunk(task.settings, chunk):
            yield from outcome_rows(outcome, PIPELINE_VERSION, now)


FLUSH_ROWS = 50_000  # rows a task holds before writing them out: bounded memory on archives of any size


@functools.cache
def _writer() -> Any:
    """This Python worker's in-memory DuckDB connection, which turns rows into Parquet files."""
    import duckdb

    return duckdb.connect()


def _parquet(out: str, name: str, month: str | None, part: str, rows_: list[tuple[Any, ...]]) -> None:
    """Write rows of one dataset (and month) as one Parquet file, under a temporary name then renamed, so a
    reader never sees half a file and a retried task replaces its own files."""
    con = _writer()
    folder = Path(out) / name / (f"month={month}" if month is not None else "")
    folder.mkdir(parents=True, exist_ok=True)
    columns = TABLES[name]
    width = len(columns)
    values = [[r[i] for r in rows_] for i in range(width)]
    select = ", ".join(f'unnest(?::{kind}[]) AS "{col}"' for col, kind in columns)
    final = folder / f"{part}.parquet"
    partial = folder / f".{part}.parquet.tmp"
    con.execute(f"CREATE OR REPLACE TEMP TABLE vigie_rows AS SELECT {select}", values)
    con.execute(f"COPY vigie_rows TO '{_quoted(str(partial))}' (FORMAT parquet)")
    con.execute("DROP TABLE vigie_rows")
    os.replace(partial, final)


def _quoted(path: str) -> str:
    return path.replace("'", "''")


def write_partition(index: int, tasks: Iterable[_Task], out: str) -> Iterator[tuple[str, str, int]]:
    """mapPartitionsWithIndex body: analyse this partition's tasks and write their rows as Parquet files named
    after the partition, by dataset and month; only counts go back to the driver: (dataset, key, n) where
    key is the article status and month for articles, empty otherwise."""
    buffers: dict[tuple[str, str | None], list[tuple[Any, ...]]] = {}
    held = flushes = 0
    counts: dict[tuple[str, str], int] = {}

    def flush() -> None:
        nonlocal held, flushes
        for (name, month), rows_ in sorted(buffers.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            _parquet(out, name, month, f"part-{index:05d}-{flushes:04d}", rows_)
        buffers.clear()
        held, flushes = 0, flushes + 1

    for name, row in _task_rows(tasks):
        month = None if name == "failures" else row[-1]
        buffers.setdefault((name, month), []).append(row if month is None else row[:-1])
        key = f"{row[7]}\t{month}" if name == "articles" else ""
        counts[(name, key)] = counts.get((name, key), 0) + 1
        held += 1
        if held >= FLUSH_ROWS:
            flush()
    if buffers:
        flush()
    for (name, key), n in sorted(counts.items()):
        yield name, key, n


# a short article per language: running it loads the parser, the lexicons and the gazetteers
WARM_UP_TEXTS = {
    "fr": "Des manifestants ont défilé lundi à Lyon contre le gouvernement.",
    "en": "Protesters marched in Leeds on Monday against the government.",
}


def warm_up_worker(settings: Settings) -> int:
    """Load this Python worker's pipeline by analysing one short article per language; returns its pid."""
    items: list[RawItem | Failure] = [
        RawItem(id=f"warm-up-{lang}", text=text, lang=lang, published="2020-01-06")
        for lang, text in WARM_UP_TEXTS.items()
        if lang in settings.languages
    ]
    process_chunk(settings, items)
    return os.getpid()


# ------------------------------------------------------------------ driver side
def _input_files(inputs: Iterable[str]) -> list[str]:
    """Files of the inputs, directories walked as `vigie ingest` walks them; missing paths kept (they fail)."""
    files: list[str] = []
    for path in inputs:
        if os.path.isdir(path):
            found, errors = walk(path)
            for e in errors:
                log.warning("%s", e.message())
            files.extend(found)
        else:
            files.append(path)
    return files


def spark_session(master: str | None, app_name: str = "vigie") -> Any:
    """A SparkSession quiet on the console; in local mode, sized for a small machine."""
    from pyspark.sql import SparkSession

    local = master is None or master.startswith("local")
    if local:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    log4j = Path(tempfile.gettempdir()) / "vigie-spark-log4j2.properties"
    if not log4j.exists():
        log4j.write_text(LOG4J, encoding="utf-8")
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    builder = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.driver.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}")
        .config("spark.executor.extraJavaOptions", f"-Dlog4j2.configurationFile=file:{log4j}")
    )
    if local:
        builder = builder.config("spark.driver.memory", "1g").config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_job(options: SparkOptions, spark: Any = None) -> SparkSummary:
    """Run the pipeline over the inputs on Spark and write OUT/{articles,events,actors,quotes}/month=*/."""
    started = time.perf_counter()
    own = spark is None
    if spark is None:
        spark = spark_session(options.master)
    sc = spark.sparkContext
    summary = SparkSummary(master=sc.master, startup_seconds=time.perf_counter() - started)
    try:
        if options.warm_up:  # one concurrent task per slot, so every Python worker loads its models now
            slots, settings, warming = sc.defaultParallelism, options.settings, time.perf_counter()
            warmed = sc.parallelize(range(slots), slots).map(lambda _: warm_up_worker(settings)).collect()
            summary.warmed_workers = len(set(warmed))
            summary.warm_up_seconds = time.perf_counter() - warming
        begun = time.perf_counter()
        files = _input_files(options.inputs)
        # several tasks per core, so the last ones to finish are short and no core waits long for them
        shards = options.shards or max(1, -(-TASKS_PER_CORE * sc.defaultParallelism // max(1, len(files))))
        tasks = [
            _Task(path, k, shards, options.jsonl, options.lang, options.published, options.settings)
            for path in files
            for k in range(shards)
        ]
        summary.tasks = len(tasks)
        out = Path(options.out)
        (out / MANIFEST).unlink(missing_ok=True)
        for name in TABLES:  # overwrite: nothing of an earlier run may mix with this one's files
            shutil.rmtree(out / name, ignore_errors=True)
        target = str(out.resolve())
        counted = (
            sc.parallelize(tasks, max(1, len(tasks)))
            .mapPartitionsWithIndex(lambda i, part: write_partition(i, part, target))
            .collect()
        )
    finally:
        if own:
            spark.stop()
    months: set[str] = set()
    for kind, key, n in counted:
        if kind == "articles":
            status, month = key.split("\t")
            months.add(month)
            summary.articles += n
            if status == "not_analysed":
                summary.not_analysed += n
        elif kind in ("events", "quotes"):
            setattr(summary, kind, getattr(summary, kind) + n)
        elif kind == "failures":
            summary.failed += n
    summary.months = sorted(months)
    summary.seconds = time.perf_counter() - begun
    manifest = {
        "pipeline_version": PIPELINE_VERSION,
        "inputs": list(options.inputs),
        "tables": list(TABLES),
        "summary": summary.to_dict(),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    (Path(options.out) / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return summary


def format_summary(summary: SparkSummary, out: str) -> str:
    warmed = (
        f", +{summary.warm_up_seconds:.1f} s loading models in {summary.warmed_workers} workers"
        if summary.warmed_workers
        else ""
    )
    return (
        f"vigie: spark ({summary.master}, {summary.tasks} tasks): {summary.articles} articles "
        f"({summary.events} events, {summary.quotes} quotes), {summary.failed} failed, "
        f"{summary.not_analysed} not analysed, months {', '.join(summary.months) or '-'}; "
        f"{summary.seconds:.1f} s (+{summary.startup_seconds:.1f} s start{warmed}); written to {out}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for `python -m vigie.spark` and spark-submit; `vigie spark` is the same with click."""
    parser = argparse.ArgumentParser(prog="vigie.spark", description=__doc__)
    parser.add_argument("inputs", nargs="+", help="files or directories (any input `vigie ingest` reads)")
    parser.add_argument("--out", required=True, help="output directory (Parquet datasets, by month)")
    parser.add_argument(
        "--master", default=None, help="Spark master (default: spark-submit's, else local[*])"
    )
    parser.add_argument("--jsonl", action="store_true")
    parser.add_argument("--lang", choices=["auto", "fr", "en"], default="auto")
    parser.add_argument("--published", default=None)
    parser.add_argument("--shards", type=int, default=None, help="tasks per input file")
    parser.add_argument("--config", default=None, help="vigie settings file")
    parser.add_argument("--summary-json", action="store_true", help="print the summary as JSON on stdout")
    parser.add_argument(
        "--warm-up", action="store_true", help="load the models in every Python worker before timing the job"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="vigie: %(message)s")
    options = SparkOptions(
        tuple(args.inputs),
        args.out,
        args.master,
        args.jsonl,
        args.lang,
        args.published,
        args.shards,
        load_settings(args.config),
        args.warm_up,
    )
    summary = run_job(options)
    if args.summary_json:
        print(json.dumps(summary.to_dict()))
    print(format_summary(summary, args.out), file=sys.stderr)
    return 1 if summary.failed else 0
