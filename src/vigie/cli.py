"""The `vigie` command: a thin click layer over the pipeline and the store."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TextIO, TypeVar

import click

from . import PIPELINE_VERSION, __version__
from .config import Settings, load_settings
from .errors import VigieError
from .ingest import iter_items
from .pipeline import Pipeline, Processed
from .types import PLOVER_TYPES, Failure

__all__ = ["main"]

F = TypeVar("F", bound=Callable[..., Any])
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


# ------------------------------------------------------------------ shared options
def _settings(ctx: click.Context, **overrides: Any) -> Settings:
    obj = ctx.find_root().obj or {}
    return load_settings(obj.get("config"), **{k: v for k, v in overrides.items() if v is not None})


def input_options(f: F) -> F:
    """The inputs every reading command takes (EVENT_RECORD.md)."""
    f = click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))(f)
    f = click.option(
        "--jsonl", is_flag=True, help="Read each input line as one JSON article {id, text|html, ...}."
    )(f)
    f = click.option(
        "--lang",
        type=click.Choice(["auto", "fr", "en"]),
        default="auto",
        show_default=True,
        help="Language of the articles; auto identifies each one.",
    )(f)
    f = click.option(
        "--published",
        metavar="YYYY-MM-DD",
        callback=_check_day,
        help="Publication date for inputs that do not give one.",
    )(f)
    f = click.option(
        "--max-bytes",
        type=int,
        default=None,
        help="Refuse inputs larger than this many bytes (default 20 MB).",
    )(f)
    return f


def _check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A full calendar date, or a usage error (exit 2)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _check_bound(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD filter bound, or a usage error."""
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise click.BadParameter(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a calendar date") from None
    return value


def db_option(f: F) -> F:
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="DuckDB database file (default ./vigie.duckdb, or VIGIE_DB).",
    )(f)


def workers_option(f: F) -> F:
    """`--workers N`: processes that clean, parse and extract (default: the number of cores)."""
    return click.option(
        "--workers",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes, each loading the models once (default: the number of cores; 1 runs here).",
    )(f)


def _workers(value: int | None) -> int:
    from .workers import default_workers

    return value or default_workers()


def _read(
    ctx: click.Context,
    paths: tuple[str, ...],
    jsonl: bool,
    lang: str,
    published: str | None,
    max_bytes: int | None,
):
    settings = _settings(ctx, max_bytes=max_bytes)
    stdin = sys.stdin.buffer if not paths or "-" in paths else None
    items = iter_items(list(paths) or ["-"], jsonl=jsonl, settings=settings, stdin=stdin)
    return settings, _defaults(items, lang, published)


def _defaults(items: Iterable[Any], lang: str, published: str | None) -> Iterator[Any]:
    for item in items:
        if not isinstance(item, Failure):
            if lang != "auto" and not item.lang:
                item.lang = lang
            if published and not item.published:
                item.published = published
        yield item


def _report(failure: Failure) -> None:
    click.echo(f"vigie: {failure.message()}", err=True)


def _progress(items: Iterable[Any], label: str) -> Iterator[Any]:
    """A progress counter on standard error, shown only on a terminal."""
    if not sys.stderr.isatty():
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True) as bar:
        yield from bar


def _emit(out: TextIO, record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


# ------------------------------------------------------------------ group
@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(
    __version__, prog_name="vigie", message=f"%(prog)s %(version)s (pipeline {PIPELINE_VERSION})"
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False),
    help="Settings file (TOML) instead of ~/.config/vigie/config.toml.",
)
@click.option("-v", "--verbose", count=True, help="More messages on standard error (-vv for debug).")
@click.pass_context
def cli(ctx: click.Context, config: str | None, verbose: int) -> None:
    """vigie turns French and English news into source-linked PLOVER event records.

    Read articles with `extract` (events as JSON lines) or `ingest` (into the DuckDB database), then explore
    them with `events`, `stats` and `export`. `vigie demo` runs it all on the bundled sample articles.
    """
    logging.basicConfig(
        level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)], format="vigie: %(message)s"
    )
    ctx.obj = {"config": config}


# ------------------------------------------------------------------ clean / extract
@cli.command()
@input_options
@click.pass_context
def clean(ctx: click.Context, paths, jsonl, lang, published, max_bytes) -> None:
    """Print each article's cleaned text and what was removed, one JSON line per article.

    PATHS are files (.txt, .html, .jsonl, .json), directories (walked recursively) or - for standard input.
    """
    settings, items = _read(ctx, paths, jsonl, lang, published, max_bytes)
    failed = 0
    for result in Pipeline(settings).clean(items):
        if isinstance(result, Failure):
            _report(result)
            failed += 1
        else:
            _emit(sys.stdout, result.clean_record())
    ctx.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@cli.command()
@input_options
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True, help="Output format."
)
@click.option("--no-quotes", is_flag=True, help="Leave out the quote records.")
@workers_option
@click.pass_context
def extract(ctx: click.Context, paths, jsonl, lang, published, max_bytes, fmt, no_quotes, workers) -> None:
    """Extract events and quotes and print them as JSON lines; stores nothing.

    One line per event ("record": "event") and per piece of reported speech ("record": "quote"), in input
    order. Exit status 0 when every article was processed, 1 when some failed (named on standard error).
    """
    from .workers import run_pipeline

    settings, items = _read(ctx, paths, jsonl, lang, published, max_bytes)
    failed = 0
    for outcome in _progress(run_pipeline(settings, items, _workers(workers)), "extracting"):
        if isinstance(outcome, Failure):
            _report(outcome)
            failed += 1
            continue
        if outcome.note:
            click.echo(f"vigie: {outcome.article.id}: {outcome.note}", err=True)
            failed += 1
            continue
        for ev in outcome.events:
            _emit(sys.stdout, ev.to_dict())
        if not no_quotes:
            for q in outcome.quotes:
                _emit(sys.stdout, q.to_dict())
    sys.stdout.flush()
    ctx.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


# ------------------------------------------------------------------ ingest
@cli.command()
@input_options
@db_option
@click.option("--force", is_flag=True, help="Re-extract articles already stored with this pipeline version.")
@click.option(
    "--no-dedupe",
    is_flag=True,
    help="Store only; leave incidents and republication links to a later `vigie incidents update`.",
)
@workers_option
@click.pass_context
def ingest(
    ctx: click.Context, paths, jsonl, lang, published, max_bytes, db, force, no_dedupe, workers
) -> None:
    """Extract events from articles and store them in the database.

    An article already stored with the same text and pipeline version is skipped; a newer pipeline version
    re-extracts it. Articles in languages vigie does not analyse are stored with status "not_analysed".
    """
    from .store.parquet import is_spark_output

    spark_dirs = [p for p in paths if p != "-" and is_spark_output(p)]
    paths = tuple(p for p in paths if p not in spark_dirs)
    settings, items = _read(ctx, paths, jsonl, lang, published, max_bytes)
    if spark_dirs and not paths:
        items = iter(())
    counts = _ingest(
        settings,
        items,
        db or settings.db_path,
        force,
        dedupe=not no_dedupe,
        workers=_workers(workers),
        spark_dirs=spark_dirs,
    )
    click.echo(
        f"vigie: {counts['stored']} articles stored ({counts['events']} events, {counts['quotes']} quotes), "
        f"{counts['skipped']} already up to date, {counts['failed']} failed, {counts['not_analysed']} not analysed",
        err=True,
    )
    if not no_dedupe:
        click.echo(
            f"vigie: incidents: {counts['placed']} events placed, {counts['article_links']} republication links",
            err=True,
        )
    ctx.exit(EXIT_SOME_FAILED if counts["failed"] or counts["not_analysed"] else EXIT_OK)


def _ingest(
    settings: Settings,
    items: Iterable[Any],
    db_path: str,
    force: bool = False,
    dedupe: bool = True,
    workers: int = 1,
    spark_dirs: Iterable[str] = (),
) -> Counter[str]:
    from .dedupe.update import update
    from .store import Store
    from .workers import run_pipeline

    pipe = Pipeline(settings)
    counts: Counter[str] = Counter(stored=0, events=0, quotes=0, skipped=0, failed=0, not_analysed=0)
    with Store.open(db_path) as store:
        if dedupe:  # first what an interrupted run left pending, alone, as the uninterrupted run placed it
            result = update(store)
            counts["placed"] += result.events
            counts["article_links"] += result.article_links
        for folder in spark_dirs:
            _load_spark(store, folder, counts)

        def write(batch: list[Any]) -> None:
            store.write_many(batch, PIPELINE_VERSION)
            if dedupe:  # each batch is placed at once: an interrupted run leaves nothing half-done
                result = update(store)
                counts["placed"] += result.events
                counts["article_links"] += result.article_links

        def fresh(articles: Iterable[Any]) -> Iterator[Any]:
            for a in articles:
                if (
                    isinstance(a, Failure)
                    or force
                    or store.needs_processing(a.id, a.text_sha256, PIPELINE_VERSION)
                ):
                    yield a
                else:
                    counts["skipped"] += 1

        batch: list[Any] = []
        outcomes = run_pipeline(settings, fresh(pipe.clean(items)), workers, pipeline=pipe)
        for outcome in _progress(outcomes, "ingesting"):
            if isinstance(outcome, Failure):
                _report(outcome)
                counts["failed"] += 1
                continue
            assert isinstance(outcome, Processed)
            if outcome.note:
                click.echo(f"vigie: {outcome.article.id}: {outcome.note}; stored without events", err=True)
                counts["not_analysed"] += 1
            else:
                counts["stored"] += 1
            counts["events"] += len(outcome.events)
            counts["quotes"] += len(outcome.quotes)
            batch.append((outcome.article, outcome.events, outcome.quotes))
            # batches end at the same input positions in a resumed run (the stored prefix is skipped), so
            # incidents are updated batch by batch exactly as in an uninterrupted run
            if (counts["skipped"] + counts["stored"] + counts["not_analysed"]) % 16 == 0 or len(batch) >= 64:
                write(batch)
                batch = []
        if batch:
            write(batch)
        if dedupe:  # also finishes what an interrupted run left pending
            result = update(store)
            counts["placed"] += result.events
            counts["article_links"] += result.article_links
    return counts


# ------------------------------------------------------------------ fetch
@cli.command()
@click.argument("urls", nargs=-1, required=True)
@db_option
@click.option(
    "--print",
    "print_items",
    is_flag=True,
    help="Print the entries as JSON article lines (for `vigie extract --jsonl -`) instead of storing them.",
)
@workers_option
@click.pass_context
def fetch(ctx: click.Context, urls, db, print_items, workers) -> None:
    """Download RSS/Atom feeds and ingest their entries (or print them with --print).

    Polite by default: a user agent naming vigie and `contact_url`, timeouts, retries with backoff on
    connection errors, 5xx and 429 (honouring Retry-After), and conditional requests: a feed unchanged since
    the last fetch (ETag / Last-Modified, kept in `fetch_cache`) is not downloaded again.
    """
    from .ingest.fetch import Fetcher, FetchResult

    settings = _settings(ctx)
    fetch_failed = 0

    def entries() -> Iterator[Any]:
        nonlocal fetch_failed
        with Fetcher(settings) as fetcher:
            for x in fetcher.items(list(urls)):
                if not isinstance(x, FetchResult):
                    yield x
                elif x.status == "failed":
                    _report(Failure(x.url, x.error or "download failed"))
                    fetch_failed += 1
                elif x.status == "unchanged":
                    click.echo(
                        f"vigie: {x.url}: unchanged since the last fetch, nothing downloaded", err=True
                    )
                else:
                    click.echo(f"vigie: {x.url}: {len(x.content or b'')} bytes", err=True)

    if print_items:
        failed = 0
        for item in entries():
            if isinstance(item, Failure):
                _report(item)
                failed += 1
                continue
            record = {"id": item.id, "text": item.text, "html": item.html, "url": item.url}
            record |= {"published": item.published, "lang": item.lang}
            _emit(sys.stdout, {k: v for k, v in record.items() if v is not None})
        ctx.exit(EXIT_SOME_FAILED if failed or fetch_failed else EXIT_OK)
    counts = _ingest(settings, entries(), db or settings.db_path, workers=_workers(workers))
    click.echo(
        f"vigie: {counts['stored']} articles stored ({counts['events']} events, {counts['quotes']} quotes), "
        f"{counts['skipped']} already up to date, {counts['failed']} failed, {counts['not_analysed']} not analysed",
        err=True,
    )
    ctx.exit(EXIT_SOME_FAILED if counts["failed"] or fetch_failed else EXIT_OK)


def _load_spark(store: Any, folder: str, counts: Counter[str]) -> None:
    """Load one `vigie spark` output folder (its Parquet rows replace those articles)."""
    from .store.parquet import load_spark_output

    loaded = load_spark_output(store, folder)
    for item_id, reason, _ in loaded.failures or ():
        _report(Failure(item_id, reason))
    counts["failed"] += len(loaded.failures or ())
    counts["stored"] += loaded.articles - loaded.not_analysed
    counts["not_analysed"] += loaded.not_analysed
    counts["events"] += loaded.events
    counts["quotes"] += loaded.quotes
    if loaded.pipeline_version != PIPELINE_VERSION:
        click.echo(
            f"vigie: {folder}: written by pipeline {loaded.pipeline_version}, this is {PIPELINE_VERSION}",
            err=True,
        )


# ------------------------------------------------------------------ spark
@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option(
    "--out", required=True, type=click.Path(file_okay=False), help="Output folder (Parquet by month)."
)
@click.option(
    "--master",
    default="local[*]",
    show_default=True,
    help="Spark master: local[N], yarn, k8s://..., spark://...",
)
@click.option("--jsonl", is_flag=True, help="Read each input line as one JSON article.")
@click.option(
    "--lang",
    type=click.Choice(["auto", "fr", "en"]),
    default="auto",
    show_default=True,
    help="Language of the articles; auto identifies each one.",
)
@click.option("--published", metavar="YYYY-MM-DD", callback=_check_day, help="Date for inputs without one.")
@click.option(
    "--shards",
    type=click.IntRange(min=1),
    default=None,
    help="Tasks per input file (default: fill the cores).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run's figures as one JSON object.")
@click.option("--warm-up", is_flag=True, help="Load the models in every Python worker before timing the job.")
@click.pass_context
def spark(ctx: click.Context, paths, out, master, jsonl, lang, published, shards, as_json, warm_up) -> None:
    """Run the pipeline as a Spark job and write articles, events, actors and quotes as Parquet by month.

    Writes OUT/{articles,events,actors,quotes}/month=YYYY-MM/ (month=unknown without a date) and
    OUT/failures/. Load the result with `vigie ingest OUT`, or query it with DuckDB or Spark directly.
    Needs pyspark and Java; see the README for running it on a cluster with spark-submit.
    """
    try:
        from .spark.job import SparkOptions, format_summary, run_job
    except ImportError as e:
        raise click.ClickException(f"the Spark job needs pyspark ({e}); pip install 'vigie[spark]'") from None
    options = SparkOptions(tuple(paths), out, master, jsonl, lang, published, shards, _settings(ctx), warm_up)
    summary = run_job(options)
    if as_json:
        click.echo(json.dumps(summary.to_dict()))
    click.echo(format_summary(summary, out), err=True)
    ctx.exit(EXIT_SOME_FAILED if summary.failed else EXIT_OK)


# ------------------------------------------------------------------ events / export / stats
def filter_options(f: F) -> F:
    opts = [
        click.option(
            "--type",
            "types",
            multiple=True,
            type=click.Choice(PLOVER_TYPES, case_sensitive=False),
            help="Event type (repeatable).",
        ),
        click.option("--actor", help="Source or target whose name or words contain this text."),
        click.option("--country", help="ISO3 code of an actor or of the place."),
        click.option("--place", help="Place whose name contains this text."),
        click.option(
            "--since",
            "date_from",
            metavar="DATE",
            callback=_check_bound,
            help="Events overlapping this date or later (YYYY[-MM[-DD]]).",
        ),
        click.option(
            "--until",
            "date_to",
            metavar="DATE",
            callback=_check_bound,
            help="Events overlapping this date or earlier.",
        ),
        click.option("--article", help="Only this article id."),
        click.option("--search", "text", help="Text to find in the evidence sentence."),
        click.option(
            "--status",
            type=click.Choice(["occurred", "announced", "threatened", "claimed", "denied", "hypothetical"]),
            help="Only events with this status.",
        ),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


def _filters(kw: dict[str, Any]) -> dict[str, Any]:
    out = {
        k: kw.pop(k)
        for k in ("types", "actor", "country", "place", "date_from", "date_to", "article", "text", "status")
    }
    out["types"] = tuple(t.upper() for t in out["types"])
    if out["country"]:
        out["country"] = out["country"].upper()
    return out


@contextlib.contextmanager
def _store(ctx: click.Context, db: str | None, read_only: bool = True) -> Iterator[Any]:
    from .store import Store

    path = db or _settings(ctx).db_path
    if read_only and not Path(path).exists():
        raise click.ClickException(f"no database at {path}; run `vigie ingest` (or `vigie demo`) first")
    with Store.open(path, read_only=read_only) as store:
        yield store


@cli.command()
@filter_options
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0),
    default=50,
    show_default=True,
    help="At most this many events (0: all).",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many events first.")
@click.option(
    "--sort",
    "order",
    type=click.Choice(["article", "date"]),
    default="article",
    show_default=True,
    help="Order of the events.",
)
@click.pass_context
def events(ctx: click.Context, db, fmt, limit, offset, order, **kw) -> None:
    """Query stored events, with filters, as a table, JSON lines or CSV."""
    filters = _filters(kw)
    with _store(ctx, db) as store:
        if fmt == "csv":
            store.export_stream("csv", sys.stdout, **filters, limit=limit or None, offset=offset, order=order)
            return
        rows = store.events(**filters, limit=limit or None, offset=offset, order=order)
        if fmt == "jsonl":
            for r in rows:
                _emit(sys.stdout, r)
            return
        total = store.count_events(**filters)
    click.echo(format_table(rows))
    click.echo(f"{len(rows)} of {total} events shown", err=True)


def _actor_names(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a.get("name") or a.get("text") or "?" for a in actors) or "-"


def format_table(rows: list[dict[str, Any]], width: int = 60) -> str:
    """Events as a fixed-width table: type, date, source -> target, place, dead/injured, evidence."""
    head = ("TYPE", "STATUS", "DATE", "SOURCE -> TARGET", "PLACE", "DEAD/INJ", "EVIDENCE")
    lines = []
    for r in rows:
        ev = (r.get("evidence") or {}).get("text", "").replace("\n", " ")
        place = (r.get("location") or {}).get("name") or "-"
        cas = f"{r['dead'] if r.get('dead') is not None else '-'}/{r['injured'] if r.get('injured') is not None else '-'}"
        lines.append(
            (
                r["event_type"] + (f"/{r['mode']}" if r.get("mode") else ""),
                r.get("status") or "",
                r.get("date") or "-",
                _clip(f"{_actor_names(r.get('source') or [])} -> {_actor_names(r.get('target') or [])}", 48),
                _clip(place, 22),
                cas,
                _clip(ev, width),
            )
        )
    widths = [max(len(h), *(len(row[i]) for row in lines)) if lines else len(h) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*head), *(fmt.format(*row) for row in lines)])


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


@cli.command()
@click.argument("dest", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default=None,
    help="Default: from DEST's extension.",
)
@filter_options
@db_option
@click.pass_context
def export(ctx: click.Context, dest, fmt, db, **kw) -> None:
    """Write stored events to DEST as JSON lines, CSV or Parquet (- for standard output)."""
    filters = _filters(kw)
    fmt = fmt or {".csv": "csv", ".parquet": "parquet"}.get(Path(dest).suffix.lower(), "jsonl")
    with _store(ctx, db) as store:
        if dest == "-":
            if fmt == "parquet":
                raise click.UsageError("parquet cannot be written to standard output")
            n = store.export_stream(fmt, sys.stdout, **filters)
        else:
            n = store.export(fmt, dest, **filters)
    click.echo(f"vigie: {n} events written to {dest} ({fmt})", err=True)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.pass_context
def stats(ctx: click.Context, db, as_json) -> None:
    """Counts of stored articles, events and quotes by language, type and status."""
    with _store(ctx, db) as store:
        figures = store.stats()
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, default=str, indent=1))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for k, v in sorted(
                value.items(), key=lambda kv: (-kv[1], kv[0]) if isinstance(kv[1], int) else (0, str(kv[0]))
            ):
                click.echo(f"  {k:<16} {v}")
        else:
            click.echo(f"{key}: {value}")


# ------------------------------------------------------------------ demo
@cli.command()
@db_option
@click.pass_context
def demo(ctx: click.Context, db) -> None:
    """Ingest the bundled sample articles and show what was found and how to look further."""
    settings = _settings(ctx)
    db_path = db or settings.db_path
    samples = resources.files("vigie") / "data" / "samples"
    with resources.as_file(samples) as folder:
        files = sorted(str(p) for p in Path(folder).glob("*.jsonl"))
        items = iter_items(files, jsonl=True, settings=settings)
        counts = _ingest(settings, items, db_path)
    click.echo(
        f"Ingested the sample corpus into {db_path}: {counts['stored']} articles processed now, "
        f"{counts['skipped']} already stored.\n"
    )
    with _store(ctx, db_path) as store:
        figures = store.stats()
        click.echo(
            "Articles by language: "
            + ", ".join(f"{k} {v}" for k, v in figures.get("articles_by_language", {}).items())
        )
        click.echo(
            "Events by type:       "
            + ", ".join(
                f"{k} {v}"
                for k, v in sorted(figures.get("events_by_type", {}).items(), key=lambda kv: -kv[1])
            )
        )
        seed = store.events(article="seed-fr-0001", limit=None)
    click.echo(f"\nThe seed article (seed-fr-0001), {len(seed)} events:\n")
    click.echo(format_table(seed, width=70))
    click.echo(f"""
Look further:
  vigie events --db {db_path} --type ASSAULT                 events of one type
  vigie events --db {db_path} --country IRQ --format jsonl   full records of events involving Iraq
  vigie events --db {db_path} --search Erbil                 events whose evidence mentions a word
  vigie stats --db {db_path}                                 counts by language, type and status
  vigie incidents list --db {db_path}                        reports of one happening merged, most corroborated first
  vigie export --db {db_path} events.parquet                 everything to Parquet (or .csv, .jsonl)
  vigie serve --db {db_path}                                 the desk in a browser: http://127.0.0.1:8765/
  vigie extract --published 2021-04-08 article.txt              events of any article as JSON lines""")


# ------------------------------------------------------------------ bench
@cli.group()
def bench() -> None:
    """Measure extraction against annotated gold files and report the figures."""


@bench.command()
@click.option(
    "--gsr",
    type=click.Path(dir_okay=False, exists=True),
    help="PLOVER GSR file (default ../shared/data/plover_gsr/PLOVER_GSR_CAMEO.json when it exists).",
)
@click.option(
    "--articles",
    "articles_gold",
    metavar="GOLD.json",
    type=click.Path(dir_okay=False, exists=True),
    help="Gold file of other annotated articles (the seed's format, one object or a list); needs --input.",
)
@click.option(
    "--input",
    "articles_input",
    metavar="ARTICLES.jsonl",
    type=click.Path(dir_okay=False, exists=True),
    help="The articles that --articles annotates, as JSON lines.",
)
@click.option("--json", "as_json", is_flag=True, help="Print every figure as one JSON object.")
@click.option(
    "--write-predictions",
    "predictions_dir",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Also write the predicted JSONL files there, for the reference scorer.",
)
@click.pass_context
def coding(ctx: click.Context, gsr, articles_gold, articles_input, as_json, predictions_dir) -> None:
    """Score event coding on the seed article and the PLOVER GSR sentences, with throughput.

    Runs the pipeline in this process, matches events as EVENT_RECORD.md describes and prints recall,
    precision, slot accuracy, quotes, cleaning, PLOVER type accuracy, a reliability table and speed.
    """
    from .bench.coding import default_gsr, format_report, run_coding, write_predictions

    if bool(articles_gold) != bool(articles_input):
        raise click.UsageError("--articles and --input go together")
    gsr_path = Path(gsr) if gsr else default_gsr()
    if gsr_path is None:
        click.echo("vigie: no PLOVER GSR file found (give --gsr PATH); reporting the seed only", err=True)
    articles = (Path(articles_gold), Path(articles_input)) if articles_gold else None
    report = run_coding(_settings(ctx), gsr=gsr_path, articles=articles)
    for failure in report.failures:
        _report(failure)
    if predictions_dir:
        written = write_predictions(report, Path(predictions_dir))
        click.echo(f"vigie: predictions written to {', '.join(map(str, written))}", err=True)
    click.echo(
        json.dumps(report.to_dict(), ensure_ascii=False, indent=1) if as_json else format_report(report)
    )
    ctx.exit(EXIT_SOME_FAILED if report.failures else EXIT_OK)


@bench.command()
@click.option("--errors", is_flag=True, help="Also list every wrong merge, split and link.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as one JSON object.")
@click.option(
    "--scale",
    is_flag=True,
    help="Instead, time the incident update of 1,000 new articles into stores of 1,000, 2,000 and 10,000.",
)
@click.pass_context
def dedupe(ctx: click.Context, errors: bool, as_json: bool, scale: bool) -> None:
    """Score incidents and republication links on the labelled dedupe set (data/bench/dedupe).

    Prints pairwise precision, recall and F1 of the incidents, the share of gold incidents split or merged
    wrongly, and the precision and recall of copy and translation links.
    """
    if scale:
        from .bench.dedupe import format_scale, run_scale

        scaled = run_scale()
        figures = scaled.to_dict()
        click.echo(json.dumps(figures, indent=1) if as_json else format_scale(scaled))
        return
    from .bench.dedupe import format_dedupe, run_dedupe

    report = run_dedupe(_settings(ctx))
    for failure in report.failures:
        _report(failure)
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else format_dedupe(report, errors))
    ctx.exit(EXIT_SOME_FAILED if report.failures else EXIT_OK)


@bench.command()
@click.option(
    "--write",
    "out",
    type=click.Path(dir_okay=False),
    help="Save the trained weights here (the packaged model is src/vigie/data/models/confidence.json).",
)
@click.pass_context
def confidence(ctx: click.Context, out: str | None) -> None:
    """Train the confidence model on 70% of the labelled sentences and compare it with the rules on the rest."""
    from .bench.confidence import format_confidence, train_confidence

    report = train_confidence(_settings(ctx))
    click.echo(format_confidence(report))
    if out:
        Path(out).write_text(report.model.to_json() + "\n", encoding="utf-8")
        click.echo(f"weights written to {out}")


@bench.command()
@click.option(
    "--write",
    "out",
    type=click.Path(dir_okay=False),
    help="Save weights fitted on every labelled sentence here (the packaged model is "
    "src/vigie/data/models/event_type.json).",
)
@click.pass_context
def types(ctx: click.Context, out: str | None) -> None:
    """Train the lead type model on 70% of the labelled sentences and measure what it adds to the rules on the
    rest: top-type accuracy, events invented in eventless sentences, reliability of its guesses."""
    from .bench.typemodel import format_types, train_types

    report, shipped = train_types(_settings(ctx), ship=bool(out))
    click.echo(format_types(report))
    if out and shipped is not None:
        Path(out).write_text(shipped.to_json() + "\n", encoding="utf-8")
        click.echo(f"weights written to {out}")


@bench.command()
@click.option("--errors", "show_errors", is_flag=True, help="Also list every mention resolved wrongly.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure and error as one JSON object.")
def resolve(show_errors: bool, as_json: bool) -> None:
    """Score actor, place and date resolution on the labelled mentions shipped in data/resolve.

    Prints the accuracy of each resolver, by language and by source (seed, Global Voices, PLOVER GSR, written).
    """
    from .bench.resolve import format_resolve, run_resolve

    report = run_resolve()
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_resolve(report, errors=show_errors))


@bench.command("api")
@click.option(
    "--events",
    "n_events",
    type=click.IntRange(min=1),
    default=1_000_000,
    show_default=True,
    help="Events in the generated store.",
)
@click.option(
    "--clients",
    type=click.IntRange(min=1, max=1000),
    default=50,
    show_default=True,
    help="Concurrent clients.",
)
@click.option(
    "--seconds",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="How long the clients keep asking.",
)
@click.option(
    "--render-db",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="Also time the page's first render in headless Chromium on this database (e.g. the demo's).",
)
@click.option(
    "--workers", type=click.IntRange(min=1, max=16), default=1, show_default=True, help="Server processes."
)
@click.option(
    "--no-cache", is_flag=True, help="Serve without the answer cache: every request queries the store."
)
@click.option("--json", "as_json", is_flag=True, help="Print every figure as one JSON object.")
def bench_api(
    n_events: int,
    clients: int,
    seconds: float,
    render_db: str | None,
    workers: int,
    no_cache: bool,
    as_json: bool,
) -> None:
    """Load the web desk: generate a store, serve it on loopback, and time the timeline, map, table and network.

    Prints per endpoint the number of requests, errors and the p50/p95/p99 latencies.
    """
    from .bench.api import format_api, run_api

    report = run_api(
        events=n_events,
        clients=clients,
        seconds=seconds,
        render_db=render_db,
        workers=workers,
        cache=not no_cache,
    )
    if as_json:
        figures = dataclasses.asdict(report)
        for f in figures["endpoints"]:
            lat = sorted(f.pop("latencies"))
            f["requests"] = len(lat)
            f.update(
                {
                    f"p{p}_ms": round(lat[min(len(lat) - 1, round(p / 100 * (len(lat) - 1)))] * 1000, 2)
                    if lat
                    else None
                    for p in (50, 95, 99)
                }
            )
        click.echo(json.dumps(figures, indent=1))
    else:
        click.echo(format_api(report))
    errors = sum(f.errors for f in report.endpoints)
    sys.exit(EXIT_SOME_FAILED if errors else EXIT_OK)


# ------------------------------------------------------------------ serve
@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8765, show_default=True, help="Port.")
@click.option(
    "--token",
    default=None,
    envvar="VIGIE_TOKEN",
    help="Secret every request must carry (Authorization: Bearer TOKEN); required off loopback.",
)
@click.option("--quiet", is_flag=True, help="Do not log each request.")
@click.option(
    "--workers",
    type=click.IntRange(min=1, max=64),
    default=1,
    show_default=True,
    help="Server processes (each holds its own read-only view of the store).",
)
@click.option(
    "--cache",
    "cache_size",
    type=click.IntRange(min=0),
    default=4096,
    show_default=True,
    help="API answers kept in memory per process, by query (0: none).",
)
@click.pass_context
def serve(
    ctx: click.Context,
    db,
    host: str,
    port: int,
    token: str | None,
    quiet: bool,
    workers: int,
    cache_size: int,
) -> None:
    """Serve the analyst's desk: the JSON API (/api, OpenAPI at /api/openapi.json) and its web page.

    The store is opened read-only. Listening on anything but loopback requires --token.
    """
    import uvicorn

    from .web import create_app, is_loopback

    if not is_loopback(host) and not token:
        raise click.UsageError(f"listening on {host} exposes the desk to the network: give --token SECRET")
    if token is not None and len(token) < 8:
        raise click.UsageError("--token must be at least 8 characters")
    click.echo(f"vigie desk on http://{host}:{port}/ (API: /api, OpenAPI: /api/openapi.json)", err=True)
    if workers > 1:
        import os

        path = db or _settings(ctx).db_path
        with _store(ctx, path):  # fail here, with a clear message, if the store cannot be read
            pass
        os.environ["VIGIE_DESK_DB"] = str(Path(path).resolve())
        os.environ["VIGIE_DESK_TOKEN"] = token or ""
        os.environ["VIGIE_DESK_CACHE"] = str(cache_size)
        from .web.serving import can_share_port, serve_workers

        if can_share_port():  # a socket per process, so the kernel spreads the connections over them
            ctx.exit(serve_workers(host, port, workers, access_log=not quiet))
        uvicorn.run(
            "vigie.web.app:app_from_environment",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level="warning",
            access_log=not quiet,
        )
        return
    with _store(ctx, db) as store:
        uvicorn.run(
            create_app(store, token=token, cache_size=cache_size),
            host=host,
            port=port,
            log_level="warning",
            access_log=not quiet,
        )


@bench.command()
@click.option("--articles", "n", type=click.IntRange(min=10), default=500, show_default=True)
@click.option("--skip-spark", is_flag=True, help="Leave out the Spark local[1] / local[2] runs.")
@click.option(
    "--workers",
    "workers",
    default="1,2",
    show_default=True,
    help="Worker counts to time, comma-separated.",
)
@click.option(
    "--profile", is_flag=True, help="Also print a cProfile of the in-process pipeline (100 articles)."
)
@click.option("--json", "as_json", is_flag=True, help="Print every figure as one JSON object.")
@click.pass_context
def throughput(
    ctx: click.Context, n: int, skip_spark: bool, workers: str, profile: bool, as_json: bool
) -> None:
    """Articles per second of the full pipeline against the raw spaCy parse, workers and Spark, peak memory.

    On one replicated corpus (the Global Voices sample and the seed, distinct ids): (a) spaCy alone over the
    cleaned texts, (b) the full pipeline, 1 vs 2 worker processes, Spark local[1] vs local[2], and the peak
    resident memory of the whole process tree. Take figures on an otherwise idle machine.
    """
    from .bench.throughput import format_throughput, run_throughput

    try:
        counts = [int(w) for w in workers.split(",") if w.strip()]
    except ValueError:
        raise click.BadParameter(f"{workers!r} is not a comma-separated list of numbers") from None
    report = run_throughput(
        _settings(ctx),
        n,
        workers=counts,
        spark=not skip_spark,
        profile=profile,
        progress=lambda msg: click.echo(f"vigie: bench: {msg}", err=True),
    )
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else format_throughput(report))


@bench.command()
@click.option("--articles", "n", type=click.IntRange(min=1), default=100_000, show_default=True)
@db_option
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Worker processes (default: cores)."
)
@click.option(
    "--every", type=click.IntRange(min=1), default=1000, show_default=True, help="Sample RSS every N."
)
@click.option("--dedupe", is_flag=True, help="Also run the incident update at the end.")
@click.pass_context
def endurance(
    ctx: click.Context, n: int, db: str | None, workers: int | None, every: int, dedupe: bool
) -> None:
    """Ingest N replicated articles in one run, sampling resident memory; a re-run resumes where it stopped.

    Prints the memory of the process tree every N articles, its level after 5,000 and the maximum afterwards.
    """
    from .bench.throughput import format_endurance, run_endurance

    report = run_endurance(
        _settings(ctx),
        db or "vigie-endurance.duckdb",
        n,
        workers=_workers(workers),
        every=every,
        dedupe=dedupe,
        progress=lambda msg: click.echo(f"vigie: endurance: {msg}", err=True),
    )
    click.echo(format_endurance(report))


def main() -> None:
    """Console entry point: translate vigie errors into messages and exit codes."""
    try:
        rc = cli.main(standalone_mode=False)
        sys.exit(rc if isinstance(rc, int) else EXIT_OK)
    except click.ClickException as e:
        e.show()
        sys.exit(EXIT_USAGE if isinstance(e, click.UsageError) else EXIT_SOME_FAILED)
    except click.exceptions.Abort:
        click.echo("vigie: interrupted", err=True)
        sys.exit(130)
    except VigieError as e:
        click.echo(f"vigie: {e}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(EXIT_OK)


from .cli_incidents import incidents  # noqa: E402  (registered last: it reuses the options above)

cli.add_command(incidents)
