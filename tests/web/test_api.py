"""The desk's JSON API over a small store: filters, paging, aggregates, twins, validation, security."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from vigie.cli import cli
from vigie.store import Store
from vigie.store.analytics import table_row
from vigie.web import create_app, is_loopback
from vigie.web.app import SECURITY_HEADERS


def test_events_filter_page_and_sort(client: TestClient) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert everything["total"] == 7 and len(everything["events"]) == 7
    dates = [e["date"] for e in everything["events"]]
    assert dates[0] == "2022-05" and dates[-1] is None  # newest first, undated last
    consult = client.get("/api/events", params={"type": "CONSULT"}).json()
    assert consult["total"] == 2 and {e["event_type"] for e in consult["events"]} == {"CONSULT"}
    two = client.get("/api/events", params=[("type", "CONSULT"), ("type", "PROTEST")]).json()
    assert two["total"] == 3
    pages = [client.get("/api/events", params={"limit": 3, "offset": o}).json()["events"] for o in (0, 3, 6)]
    ids = [e["event_id"] for page in pages for e in page]
    assert len(ids) == len(set(ids)) == 7  # pages never overlap nor skip
    france = client.get("/api/events", params={"country": "fra"}).json()
    assert france["total"] == 2  # actor or place in France
    assert client.get("/api/events", params={"since": "2022", "until": "2022-12-31"}).json()["total"] == 2
    assert client.get("/api/events", params={"actor": "kataib"}).json()["total"] == 5


def test_event_records_match_the_cli(client: TestClient, ro_store: Store) -> None:
    """The API gives the very records `vigie events` gives."""
    api = client.get("/api/events", params={"article": "a1", "sort": "article"}).json()["events"]
    assert api == ro_store.events(article="a1")
    one = client.get("/api/events/" + quote(api[0]["event_id"], safe="")).json()
    assert one == api[0]


def test_timeline_buckets_by_type_and_quad(client: TestClient) -> None:
    month = client.get("/api/timeline", params={"bucket": "month"}).json()
    starts = [b["start"] for b in month["buckets"]]
    assert starts == sorted(starts) and starts[0] == "2020-11-01"
    assert sum(b["total"] for b in month["buckets"]) == 6 and month["undated"] == {"CONSULT": 1}
    feb = next(b for b in month["buckets"] if b["start"] == "2021-02-01")
    assert feb["counts"] == {"ASSAULT": 1}
    quad = client.get("/api/timeline", params={"bucket": "year", "group": "quad"}).json()
    y2021 = next(b for b in quad["buckets"] if b["start"] == "2021-01-01")
    assert y2021["counts"] == {"material-conflict": 1, "verbal-conflict": 1, "verbal-cooperation": 1}


def test_places_are_geojson_with_country_counts(client: TestClient) -> None:
    geo = client.get("/api/places").json()
    assert geo["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in geo["features"]}
    assert by_name["Baghdad"]["properties"]["events"] == 4
    assert by_name["Baghdad"]["geometry"] == {"type": "Point", "coordinates": [44.3661, 33.3152]}
    assert geo["countries"] == {"IRQ": 5, "FRA": 1}
    only = client.get("/api/places", params={"type": "PROTEST"}).json()
    assert [f["properties"]["name"] for f in only["features"]] == ["Paris"]


def test_network_edges_weighted_by_type(client: TestClient) -> None:
    net = client.get("/api/network").json()
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    usa_kh = edges[("USA", "KH")]
    assert usa_kh["weight"] == 5 and usa_kh["by_type"] == {"ASSAULT": 2, "ACCUSE": 1, "CONSULT": 2}
    assert edges[("FRA", "USA")]["by_type"] == {"PROTEST": 1}
    assert net["edges"][0]["source"] == "USA" and net["edges"][0]["target"] == "KH"  # strongest first
    labels = {n["id"]: n["label"] for n in net["nodes"]}
    assert labels["KH"] == "Kataib Hezbollah"
    narrowed = client.get("/api/network", params={"type": "CONSULT"}).json()
    assert [(e["source"], e["target"], e["weight"]) for e in narrowed["edges"]] == [("USA", "KH", 2)]


def test_actors_and_mentions(client: TestClient) -> None:
    actors = {a["id"]: a for a in client.get("/api/actors").json()["actors"]}
    assert actors["USA"]["as_source"] == 5 and actors["USA"]["as_target"] == 1
    about = client.get("/api/mentions", params={"about": "IRQ"}).json()
    assert {a["article_id"] for a in about["articles"]} == {"a1", "a2", "a3"}
    without = client.get("/api/mentions", params={"about": "Kataib", "without": "Iran"}).json()
    assert [a["article_id"] for a in without["articles"]] == ["a2"] and without["total"] == 1


def test_article_twin_has_text_events_quotes_and_entities(client: TestClient) -> None:
    art = client.get("/api/articles/a1").json()
    assert art["text"].startswith("Texte.") and len(art["events"]) == 3 and len(art["quotes"]) == 1
    assert {e["evidence"]["start"] for e in art["events"]} == {10, 20, 30}
    assert {a["id"] for a in art["entities"]["actors"]} == {"USA", "KH", "IRN"}
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/incidents/nope").status_code == 404
    listed = client.get("/api/articles").json()["articles"]
    assert [a["article_id"] for a in listed] == ["a1", "a2", "a3"] and "text" not in listed[0]
    quotes = client.get("/api/quotes").json()["quotes"]
    assert [q["speaker"] and q["speaker"]["name"] for q in quotes] == ["United States", None]


@pytest.mark.parametrize(
    "query",
    [
        {"type": "FIGHT"},
        {"since": "2021-13"},
        {"since": "2021-02-30"},
        {"until": "0000"},
        {"since": "yesterday"},
        {"country": "IRAQ"},
        {"limit": 0},
        {"limit": 100000},
        {"offset": -1},
        {"sort": "random"},
        {"status": "maybe"},
        {"search": "a\x00b"},
        {"actor": "x" * 500},
    ],
)
def test_bad_parameters_give_422_with_a_message(client: TestClient, query: dict[str, object]) -> None:
    r = client.get("/api/events", params=query)
    assert r.status_code == 422, r.text
    assert r.json()["detail"]


def test_bad_aggregate_parameters(client: TestClient) -> None:
    assert client.get("/api/timeline", params={"bucket": "decade"}).status_code == 422
    assert client.get("/api/network", params={"limit": 0}).status_code == 422
    assert client.get("/api/mentions").status_code == 422
    assert client.get("/api/incidents", params={"since": "2021-99"}).status_code == 422


def test_every_html_view_has_a_json_twin(client: TestClient) -> None:
    for path in ("/", "/events", "/events/a1%23e1", "/articles/a1", "/incidents", "/quotes", "/actors"):
        page = client.get(path)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), path
        twin = "/api/stats" if path == "/" else "/api" + path
        assert client.get(twin).status_code == 200, twin


def test_security_headers_and_no_external_reference(client: TestClient) -> None:
    page = client.get("/")
    for name, value in SECURITY_HEADERS.items():
        assert page.headers[name] == value
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>" not in page.text  # no inline script: the page's code is a file
    for asset in ("/", "/static/desk.js", "/static/desk.css"):
        body = client.get(asset).text
        assert "http://" not in body.replace("http://www.w3.org/2000/svg", "") and "https://" not in body
    assert client.get("/api/openapi.json").json()["info"]["title"] == "vigie desk"


def test_answers_are_cached_only_on_a_read_only_store(client: TestClient, tmp_path: Path) -> None:
    client.get("/api/timeline")
    cache = client.app.state.cache  # type: ignore[attr-defined]
    hits = cache.hits
    client.get("/api/timeline")
    assert cache.hits == hits + 1
    with Store.open(tmp_path / "w.duckdb") as store:
        assert create_app(store).state.cache is None


def test_cache_size_zero_serves_without_a_cache(ro_store: Store) -> None:
    with TestClient(create_app(ro_store, cache_size=0)) as c:
        assert c.app.state.cache is None  # type: ignore[attr-defined]
        assert c.get("/api/timeline").status_code == 200
        assert "cache" not in c.get("/api/health").json()


def test_health_is_never_answered_from_the_cache(client: TestClient) -> None:
    first = client.get("/api/health").json()["cache"]
    client.get("/api/places")
    assert client.get("/api/health").json()["cache"] != first


def test_token_is_checked_on_every_request(ro_store: Store) -> None:
    with TestClient(create_app(ro_store, token="s3cret-token")) as c:
        assert c.get("/api/events").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/static/desk.js").status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer wrong-token"}).status_code == 401
        assert c.get("/api/events", headers={"Authorization": "Bearer s3cret-token"}).status_code == 200
        r = c.get("/?token=s3cret-token", follow_redirects=False)
        assert (
            r.status_code == 303 and r.headers["location"] == "/" and "vigie_token" in r.headers["set-cookie"]
        )
        c.cookies.set("vigie_token", "s3cret-token")
        assert c.get("/api/stats").status_code == 200


def test_serve_refuses_a_public_address_without_token(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    Store.open(db).close()
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--token" in result.output
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")


def test_table_view_rows_agree_with_the_records(client: TestClient) -> None:
    """The table's compact rows (from memory) say what the full records say, in the same order."""
    for params in ({}, {"type": "CONSULT"}, {"country": "FRA", "sort": "confidence"}, {"actor": "France"}):
        full = client.get("/api/events", params={**params, "limit": 10}).json()
        table = client.get("/api/events", params={**params, "limit": 10, "view": "table"}).json()
        assert table["total"] == full["total"] and table["view"] == "table"
        assert [r["event_id"] for r in table["events"]] == [e["event_id"] for e in full["events"]]
        for row, record in zip(table["events"], full["events"], strict=True):
            assert row == table_row(record)


def test_world_map_ships_inside_the_package(client: TestClient) -> None:
    world = client.get("/static/world.geojson").json()
    assert world["type"] == "FeatureCollection" and len(world["features"]) > 170
    codes = {f["properties"]["iso3"] for f in world["features"]}
    assert {"IRQ", "IRN", "FRA", "USA", "SYR"} <= codes
    assert "Natural Earth" in world["attribution"]
