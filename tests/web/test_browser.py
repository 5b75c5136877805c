"""The desk in Debian's Chromium (Playwright): the page renders on the demo database, filters, opens an event
with its evidence highlighted, loads nothing from outside, and shows hostile article text as text."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import uvicorn
from click.testing import CliRunner

from tests.conftest import ROOT
from vigie.cli import cli
from vigie.store import Store
from vigie.web import create_app
from vigie.web.browser import launch_chromium

pytestmark = pytest.mark.slow
SHOTS = ROOT / "test-output" / "web"
HOSTILE = {
    "id": "xss-0001",
    "lang": "en",
    "published": "2021-05-03",
    "url": "javascript:window.__pwned=4",
    "text": (
        "Police arrested 40 protesters in Basra on Monday <script>window.__pwned=1</script> after clashes near "
        'the port.\n\nThe governor condemned the protesters <img src=x onerror="window.__pwned=2"> on Tuesday, '
        'officials said.\n\nActivists shared a link <a href="javascript:window.__pwned=3">javascript:window.'
        "__pwned=3</a> calling for a strike in Basra."
    ),
}


@pytest.fixture(scope="module")
def desk_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`vigie demo`'s database plus one hostile article, served read-only on loopback."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "demo.duckdb"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--db", str(db)]).exit_code == 0
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", "--jsonl", str(hostile), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with Store.open(db, read_only=True) as store:
        server = uvicorn.Server(  # asyncio's own loop: this server runs in a thread of the test process
            uvicorn.Config(
                create_app(store), host="127.0.0.1", port=port, log_level="warning", loop="asyncio"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(timeout=60)
        assert not thread.is_alive()  # stopped before its store closes: no query left running at exit


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as b:
        yield b


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A page that refuses and records every request leaving loopback, and records script errors."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.outside = []
    pg.errors = []

    def guard(route: Any) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            pg.outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("dialog", lambda d: (pg.errors.append("dialog: " + d.message), d.dismiss()))
    yield pg
    context.close()


def _shot(target: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    target.screenshot(path=str(SHOTS / name))


def test_overview_renders_filters_and_opens_an_event(page: Any, desk_url: str) -> None:
    page.goto(desk_url + "/")
    page.wait_for_selector("#timeline svg rect.bar")
    page.wait_for_selector("#map svg path.country")
    page.wait_for_selector("#network svg g.node")
    page.wait_for_selector("#table tr.event-row")
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map circle.place").count() > 5
    assert (
        page.evaluate("window.__vigieRendered") > 0
    )  # set once timeline and map are drawn (timed by the bench)
    _shot(page, "overview.png")
    _shot(page.locator("#timeline"), "timeline.png")
    _shot(page.locator("#map"), "map.png")
    _shot(page.locator("#network"), "network.png")

    page.select_option("#f-type", "ASSAULT")
    page.click("#f-apply")
    page.wait_for_url("**/?type=ASSAULT")
    page.wait_for_selector("#table tr.event-row")
    types = page.locator("#table .event-row .type-tag").all_inner_texts()
    assert types and set(types) == {"ASSAULT"}
    total = int(page.inner_text("#total").split()[0].replace(",", ""))
    assert total == page.request.get(desk_url + "/api/events?type=ASSAULT").json()["total"]
    assert set(page.locator("#timeline rect.bar").evaluate_all("rs => rs.map(r => r.dataset.key)")) == {
        "ASSAULT"
    }

    link = page.locator("#table .evidence-link").first
    event_id = link.get_attribute("href").rsplit("/", 1)[1]
    link.click()
    page.wait_for_selector(".article-text a.evidence.current")
    record = page.request.get(f"{desk_url}/api/events/{event_id}").json()
    marked = "".join(page.locator(".article-text a.evidence.current").all_inner_texts())
    assert record["evidence"]["text"] in marked
    assert page.locator(".event-card.current").count() == 1
    _shot(page, "reader.png")
    assert page.outside == [] and page.errors == []


def test_incident_and_quotes_views(page: Any, desk_url: str) -> None:
    seed = page.request.get(desk_url + "/api/events?article=seed-fr-0001&type=ASSAULT&limit=1").json()[
        "events"
    ]
    incident = page.request.get(f"{desk_url}/api/incidents/{seed[0]['incident_id']}").json()
    page.goto(f"{desk_url}/incidents/{incident['incident_id']}")
    page.wait_for_selector("h3:text('Reports')")
    assert page.locator("table tbody tr").count() == incident["n_reports"] == len(incident["reports"])
    _shot(page, "incident.png")
    page.goto(desk_url + "/quotes")
    page.wait_for_selector("blockquote.quote footer")
    _shot(page, "quotes.png")
    assert page.locator("blockquote.quote").count() == len(
        page.request.get(desk_url + "/api/quotes?limit=300").json()["quotes"]
    )
    assert page.outside == [] and page.errors == []


def test_hostile_article_text_shows_as_text(page: Any, desk_url: str) -> None:
    page.goto(desk_url + "/articles/xss-0001")
    page.wait_for_selector(".article-text a.evidence")
    text = page.inner_text(".article-text")
    assert "<script>window.__pwned=1</script>" in text
    assert 'onerror="window.__pwned=2"' in text and 'href="javascript:window.__pwned=3"' in text
    assert page.locator(".article-text script, .article-text img, main img, main script").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0  # the article's url is not made a link
    page.click(".article-text a.evidence >> nth=1")
    page.wait_for_selector(".article-text a.evidence.current")
    page.goto(desk_url + "/?country=IRQ")
    page.wait_for_selector("#network svg g.node")
    page.wait_for_selector("#table tr.event-row")
    page.goto(desk_url + "/events?search=pwned")
    page.wait_for_selector("tr.event-row")
    assert "<script>" in page.inner_text("table.events")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert page.errors == [] and page.outside == []
