"""Feed downloads: retries with backoff, Retry-After, user agent, conditional requests (mock and real server)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from vigie import __version__
from vigie.config import Settings
from vigie.ingest.fetch import Fetcher, FetchResult, user_agent
from vigie.types import Failure, RawItem

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><language>fr</language>
<item><guid>f-1</guid><title>Des roquettes sur Erbil</title><description>Trois roquettes.</description></item>
</channel></rss>"""


def settings(tmp_path: Path, **kw: object) -> Settings:
    return Settings(
        fetch_cache=str(tmp_path / "cache" / "fetch.json"), contact_url="https://example.org/me", **kw
    )  # type: ignore[arg-type]


def test_user_agent_names_vigie_version_and_contact(tmp_path: Path) -> None:
    assert user_agent(settings(tmp_path)) == f"vigie/{__version__} (+https://example.org/me)"


def test_retries_5xx_and_429_with_backoff_and_retry_after(tmp_path: Path) -> None:
    answers = [
        httpx.Response(503),
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(200, content=FEED),
    ]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers[len(seen) - 1]

    waits: list[float] = []
    with Fetcher(
        settings(tmp_path), transport=httpx.MockTransport(handler), backoff=0.5, sleep=waits.append
    ) as f:
        result = f.fetch("https://example.org/feed.rss")
    assert (result.status, result.attempts, result.content) == ("ok", 3, FEED)
    assert waits == [0.5, 7.0]  # backoff first, then what the server asked for
    assert seen[0].headers["User-Agent"].startswith("vigie/")


def test_connect_errors_give_up_after_retries(tmp_path: Path) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ConnectError("connection refused", request=request)

    waits: list[float] = []
    with Fetcher(
        settings(tmp_path, fetch_retries=2), transport=httpx.MockTransport(handler), sleep=waits.append
    ) as f:
        result = f.fetch("https://example.org/feed.rss")
    assert result.status == "failed" and calls == 3 and waits == [1.0, 2.0]
    assert result.error == "ConnectError: connection refused after 3 attempts"


def test_404_is_not_retried(tmp_path: Path) -> None:
    with Fetcher(
        settings(tmp_path), transport=httpx.MockTransport(lambda r: httpx.Response(404)), sleep=pytest.fail
    ) as f:
        result = f.fetch("https://example.org/x")
    assert (result.status, result.http_status, result.attempts) == ("failed", 404, 1)


def test_conditional_request_uses_the_cache_file(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(
            200, content=FEED, headers={"ETag": '"v1"', "Last-Modified": "Mon, 05 Jun 2023 01:00:00 GMT"}
        )

    transport = httpx.MockTransport(handler)
    with Fetcher(settings(tmp_path), transport=transport) as f:
        assert f.fetch("https://example.org/feed").status == "ok"
    with Fetcher(settings(tmp_path), transport=transport) as f:  # a new run reads the cache file
        assert f.fetch("https://example.org/feed").status == "unchanged"
    assert seen[1].headers["If-Modified-Since"] == "Mon, 05 Jun 2023 01:00:00 GMT"
    assert (tmp_path / "cache" / "fetch.json").is_file()


class _FeedHandler(BaseHTTPRequestHandler):
    hits: list[tuple[str, str | None]] = []
    fail_first = True

    def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
        type(self).hits.append((self.path, self.headers.get("User-Agent")))
        if self.path == "/flaky" and type(self).fail_first:
            type(self).fail_first = False
            self.send_response(500)
            self.end_headers()
            return
        if self.headers.get("If-None-Match") == '"abc"':
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"abc"')
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _FeedHandler.hits = []
    _FeedHandler.fail_first = True
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _FeedHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_real_local_server(tmp_path: Path, server: str) -> None:
    with Fetcher(settings(tmp_path), backoff=0.01) as f:
        out = list(f.items([f"{server}/flaky", f"{server}/feed"]))
    assert [type(x).__name__ for x in out] == ["FetchResult", "RawItem", "FetchResult", "RawItem"]
    first = out[0]
    assert isinstance(first, FetchResult) and first.attempts == 2
    item = out[1]
    assert isinstance(item, RawItem) and item.id == "f-1" and item.lang == "fr"
    assert all(ua and ua.startswith(f"vigie/{__version__}") for _, ua in _FeedHandler.hits)
    with Fetcher(settings(tmp_path)) as f:  # second run: 304, nothing downloaded, no items
        again = list(f.items([f"{server}/feed"]))
    assert [x.status for x in again if isinstance(x, FetchResult)] == ["unchanged"]
    assert not [x for x in again if isinstance(x, RawItem | Failure)]


def test_unreachable_server_fails_cleanly(tmp_path: Path) -> None:
    with Fetcher(settings(tmp_path, fetch_retries=1, fetch_timeout=2.0), backoff=0.01) as f:
        result = f.fetch("http://127.0.0.1:9/feed")  # the discard port: nothing listens
    assert result.status == "failed" and result.attempts == 2 and "ConnectError" in (result.error or "")


def test_cli_fetch_print_then_unchanged(tmp_path: Path, server: str) -> None:
    from click.testing import CliRunner

    from vigie.cli import cli

    env = {"VIGIE_FETCH_CACHE": str(tmp_path / "fetch.json"), "VIGIE_CONTACT_URL": "https://example.org/ops"}
    runner = CliRunner()
    first = runner.invoke(cli, ["fetch", "--print", f"{server}/feed"], env=env)
    assert first.exit_code == 0, first.output
    [line] = [x for x in first.stdout.splitlines() if x.strip()]
    assert json.loads(line) == {
        "id": "f-1",
        "text": "Des roquettes sur Erbil\n\nTrois roquettes.",
        "lang": "fr",
    }
    second = runner.invoke(cli, ["fetch", "--print", f"{server}/feed"], env=env)
    assert second.exit_code == 0 and second.stdout.strip() == ""
    assert "unchanged since the last fetch" in second.stderr
    assert _FeedHandler.hits[-1][1] == f"vigie/{__version__} (+https://example.org/ops)"
    config = tmp_path / "config.toml"
    config.write_text(f'fetch_retries = 0\nfetch_cache = "{tmp_path / "x.json"}"\n', encoding="utf-8")
    broken = runner.invoke(cli, ["--config", str(config), "fetch", "--print", "http://127.0.0.1:9/feed"])
    assert broken.exit_code == 1 and "http://127.0.0.1:9/feed: ConnectError" in broken.stderr
