"""`vigie incidents`: list and show incidents, update or rebuild them, list republication links."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

import click

from .cli import _check_bound, _clip, _emit, _store, db_option
from .store import edtf_bounds
from .types import PLOVER_TYPES

__all__ = ["incidents"]


def _bound(value: str | None, end: bool) -> date | None:
    if not value:
        return None
    lo, hi = edtf_bounds(value)
    return hi if end else lo


def _names(actors: list[dict[str, Any]]) -> str:
    return ", ".join(a.get("name") or a.get("text") or "?" for a in actors) or "-"


def format_incidents(rows: list[dict[str, Any]]) -> str:
    """Incidents as a fixed-width table."""
    head = ("INCIDENT", "TYPE", "DATE", "SOURCE -> TARGET", "PLACE", "DEAD", "REPORTS", "SOURCES", "LANG")
    lines = [
        (
            r["incident_id"],
            r["event_type"] + (f"/{r['mode']}" if r.get("mode") else ""),
            r.get("date") or (r.get("first_report") or "-"),
            _clip(f"{_names(r['source'])} -> {_names(r['target'])}", 44),
            _clip((r.get("location") or {}).get("name") or "-", 20),
            "-" if r.get("dead") is None else str(r["dead"]),
            str(r["n_reports"]),
            str(r["corroboration"]),
            ",".join(r["languages"]),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(x[i]) for x in lines)) if lines else len(h) for i, h in enumerate(head)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*head), *(fmt.format(*x) for x in lines)])


@click.group(invoke_without_command=True)
@click.pass_context
def incidents(ctx: click.Context) -> None:
    """Incidents: reports of one happening from many articles and languages, merged.

    Without a subcommand, lists the most corroborated incidents (same as `vigie incidents list`).
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(list_incidents)


@incidents.command("list")
@click.option("--type", "types", multiple=True, type=click.Choice(PLOVER_TYPES, case_sensitive=False))
@click.option("--country", help="ISO3 code of the incident's place.")
@click.option("--since", "date_from", metavar="DATE", callback=_check_bound, help="Incidents on or after.")
@click.option("--until", "date_to", metavar="DATE", callback=_check_bound, help="Incidents on or before.")
@click.option("--min-reports", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="0: all.")
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@db_option
@click.pass_context
def list_incidents(
    ctx: click.Context,
    types: tuple[str, ...] = (),
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    min_reports: int = 1,
    limit: int = 50,
    offset: int = 0,
    fmt: str = "table",
    db: str | None = None,
) -> None:
    """List incidents, most corroborated first."""
    with _store(ctx, db) as store:
        rows = store.incidents(
            types=types,
            country=country,
            date_from=_bound(date_from, end=False),
            date_to=_bound(date_to, end=True),
            min_reports=min_reports,
            limit=limit or None,
            offset=offset,
        )
        counts = store.incident_counts()
    if fmt == "jsonl":
        for r in rows:
            _emit(sys.stdout, r)
        return
    click.echo(format_incidents(rows))
    click.echo(
        f"{len(rows)} shown; {counts['incidents']} incidents, {counts['merged']} with several reports, "
        f"{counts['article_links']} republication links, {counts['pending_events']} events pending",
        err=True,
    )


@incidents.command()
@click.argument("incident_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
@click.pass_context
def show(ctx: click.Context, incident_id: str, fmt: str, db: str | None) -> None:
    """One incident with its reports: article, language, evidence and how each report joined."""
    with _store(ctx, db) as store:
        record = store.incident(incident_id)
    if record is None:
        raise click.ClickException(f"no incident {incident_id}")
    if fmt == "json":
        click.echo(json.dumps(record, ensure_ascii=False, indent=1, default=str))
        return
    place = record.get("location") or {}
    click.echo(
        f"{record['incident_id']}  {record['event_type']}" + (f"/{record['mode']}" if record["mode"] else "")
    )
    click.echo(
        f"  date:          {record.get('date') or '-'}  (reported {record['first_report']} to {record['last_report']})"
    )
    click.echo(f"  place:         {place.get('name') or '-'} {place.get('country') or ''}")
    click.echo(f"  source:        {_names(record['source'])}")
    click.echo(f"  target:        {_names(record['target'])}")
    click.echo(f"  dead/injured:  {record.get('dead') if record.get('dead') is not None else '-'}/"
               f"{record.get('injured') if record.get('injured') is not None else '-'}")  # fmt: skip
    click.echo(
        f"  reports:       {record['n_reports']} in {record['n_articles']} articles, "
        f"corroboration {record['corroboration']} ({', '.join(record['languages'])})"
    )
    click.echo(f"  why merged:    {record['why']}")
    for r in record["reports"]:
        click.echo(
            f"\n  [{r['article_id']}] {r.get('published') or '?'} {r['language']}  {r.get('title') or ''}"
        )
        click.echo(f"    {_clip(r['evidence_text'].replace(chr(10), ' '), 160)}")
        click.echo(f"    {r['why']}")
    for link in record["article_links"]:
        click.echo(f"\n  {link['b']} is a {link['kind']} of {link['a']} ({link['score']:.2f}): {link['why']}")


@incidents.command()
@db_option
@click.pass_context
def update(ctx: click.Context, db: str | None) -> None:
    """Place events not yet in an incident (after `vigie ingest --no-dedupe`, or an interrupted run)."""
    from .dedupe.update import update as run_update

    with _store(ctx, db, read_only=False) as store:
        result = run_update(store)
    click.echo(
        f"vigie: {result.events} events placed, {result.incidents} incidents written, "
        f"{result.article_links} republication links",
        err=True,
    )


@incidents.command()
@db_option
@click.pass_context
def rebuild(ctx: click.Context, db: str | None) -> None:
    """Forget all incidents and republication links and compute them again from the stored events."""
    from .dedupe.update import rebuild as run_rebuild

    with _store(ctx, db, read_only=False) as store:
        result = run_rebuild(store)
    click.echo(
        f"vigie: {result.events} events in {result.incidents} incidents, "
        f"{result.article_links} republication links",
        err=True,
    )


@incidents.command()
@click.argument("article", required=False)
@db_option
@click.pass_context
def links(ctx: click.Context, article: str | None, db: str | None) -> None:
    """Copies and translations found between stored articles (of one article if given)."""
    with _store(ctx, db) as store:
        rows = store.article_links(article)
    for r in rows:
        click.echo(f"{r['b']}\t{r['kind']}\tof {r['a']}\t{r['score']:.2f}\t{r['why']}")
    click.echo(f"{len(rows)} links", err=True)
