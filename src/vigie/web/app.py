"""The desk's ASGI application: a read-only JSON API over the store, and the page that draws it.

Every HTML view (`/events/ID`, `/articles/ID`, ...) has its JSON twin under `/api` at the same path. The page
is static (no inline script, a strict Content-Security-Policy) and builds its DOM from the JSON with
textContent only, so article text can never run as code. On a read-only store, answers are cached by query.
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import StoreError
from ..store import EventQuery, Store, edtf_bounds
from ..store.analytics import QUAD_CLASSES
from ..types import PLOVER_TYPES, STATUSES

__all__ = ["SECURITY_HEADERS", "app_from_environment", "create_app", "is_loopback"]

if TYPE_CHECKING:
    TypeName = str
    StatusName = str
else:
    TypeName = Literal[PLOVER_TYPES]
    StatusName = Literal[STATUSES]

STATIC = resources.files("vigie.web") / "static"
SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
}
_TEXT = r"^[^\u0000-\u001f\u007f]*$"  # free text: printable, no control characters
_HTML_VIEWS = ("/", "/events", "/events/{item}", "/articles", "/articles/{item}", "/incidents",
               "/incidents/{item}", "/quotes", "/actors", "/mentions")  # fmt: skip


def is_loopback(host: str) -> bool:
    """Whether `host` names this machine only (127.0.0.0/8, ::1, localhost)."""
    if host.strip().lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# ------------------------------------------------------------------ parameters

_PATTERN_BOUND = r"^\d{4}(-\d{2}(-\d{2})?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD
Text = Annotated[str | None, Query(max_length=200, pattern=_TEXT)]
Bound = Annotated[
    str | None,
    Query(pattern=_PATTERN_BOUND, description="YYYY, YYYY-MM or YYYY-MM-DD"),
]


TextValue = Annotated[str, StringConstraints(max_length=200, pattern=_TEXT)] | None
BoundValue = Annotated[str, StringConstraints(pattern=_PATTERN_BOUND)] | None


class FilterParams(BaseModel):
    """The filters of `vigie events` as query parameters: one model, so a request is checked in one pass."""

    model_config = ConfigDict(extra="ignore")

    type: list[TypeName] | None = Field(None, description="PLOVER event type (repeatable)")
    actor: TextValue = Field(None, description="Source or target whose name or words contain this text")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="ISO3 of an actor or the place")
    place: TextValue = Field(None, description="Place whose name contains this text")
    since: BoundValue = Field(
        None, description="Events overlapping this date or later (YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    until: BoundValue = Field(
        None, description="Events overlapping this date or earlier (YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    article: TextValue = Field(None, description="Only this article id")
    search: TextValue = Field(None, description="Text to find in the evidence sentence")
    status: StatusName | None = Field(None, description="Only events with this status")

    @field_validator("since", "until")
    @classmethod
    def _calendar(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None and not _is_calendar_date(value):
            raise ValueError(_not_a_date(info.field_name or "date", value))
        return value

    def query(self, **paging: Any) -> EventQuery:
        """The `EventQuery` these filters name (with `limit`/`offset` when given)."""
        return EventQuery(
            types=tuple(self.type or ()),
            actor=self.actor or None,
            country=self.country.upper() if self.country else None,
            place=self.place or None,
            date_from=self.since,
            date_to=self.until,
            article=self.article,
            text=self.search or None,
            status=self.status,
            **paging,
        )


class EventsParams(FilterParams):
    limit: int = Field(50, ge=1, le=500)
    offset: int = Field(0, ge=0, le=10_000_000)
    sort: Literal["date", "-date", "type", "confidence", "dead", "article"] = "date"
    view: Literal["full", "table"] = Field(
        "full", description="full: event records as `vigie events --format jsonl`; table: the table's rows"
    )


class TimelineParams(FilterParams):
    bucket: Literal["day", "week", "month", "year"] = "month"
    group: Literal["type", "quad"] = "type"


class PlacesParams(FilterParams):
    limit: int = Field(1000, ge=1, le=5000)


class NetworkParams(FilterParams):
    limit: int = Field(120, ge=1, le=1000)
    min_events: int = Field(1, ge=1, le=1_000_000)


class ActorsParams(FilterParams):
    name: TextValue = Field(None, description="Actor whose name contains this text")
    limit: int = Field(100, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=1_000_000)


def _is_calendar_date(value: str) -> bool:
    parts = [int(x) for x in value.split("-")] + [1, 1]
    try:
        return parts[0] >= 1 and bool(date(parts[0], parts[1], parts[2]))
    except ValueError:
        return False


def _not_a_date(name: str, value: str) -> str:
    return f"{name}: {value!r} is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD)"


def _check_bound(value: str, name: str) -> None:
    if not _is_calendar_date(value):
        raise HTTPException(422, _not_a_date(name, value))


# ------------------------------------------------------------------ caching
HEALTH = "/api/health"  # never cached: it reports the cache's own figures


class _Cache:
    """Encoded answers by query, least recently used dropped first."""

    def __init__(self, size: int = 4096) -> None:
        self._items: OrderedDict[str, bytes] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: str) -> bytes | None:
        with self._lock:
            body = self._items.get(key)
            if body is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return body

    def put(self, key: str, body: bytes) -> None:
        with self._lock:
            self._items[key] = body
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_ORJSON = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def _encode(data: Any) -> bytes:
    """Compact UTF-8 JSON; values JSON has no type for (dates, paths) as their text."""
    return orjson.dumps(data, default=str, option=_ORJSON)


def _key(scope: Scope) -> str:
    """The request's path and sorted query (without any token): equal questions share one cache entry."""
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k != "token")
    return f"{scope['path']}?{urlencode(pairs)}"


# ------------------------------------------------------------------ token and headers


class _Guard:
    """Security headers on every answer; with a token, refuse any request that does not carry it."""

    def __init__(self, app: ASGIApp, token: str | None, cache: _Cache | None = None) -> None:
        self.app = app
        self.token = token
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.decode().lower() not in SECURITY_HEADERS
                ]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        if self.token is not None and not self._allowed(scope):
            await self._refuse(scope, receive, send_with_headers)
            return
        path = scope["path"]
        if (
            self.cache is not None
            and scope["method"] == "GET"
            and path.startswith("/api/")
            and path != HEALTH
        ):
            body = self.cache.get(_key(scope))  # answered before, so its parameters were valid
            if body is not None:
                await send_with_headers(
                    {"type": "http.response.start", "status": 200, "headers": [
                        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]}
                )  # fmt: skip
                await send_with_headers({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        """401, or a redirect setting the cookie when the link carries the right ?token=."""
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if self._same(query.get("token")):
            # a link carrying ?token= sets a cookie for the page's later requests
            rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
            location = scope["path"] + (f"?{rest}" if rest else "")
            response: Response = Response(status_code=303, headers={"location": location})
            response.set_cookie("vigie_token", str(self.token), httponly=True, samesite="strict")
        else:
            response = JSONResponse(
                {"detail": "this desk needs its token: Authorization: Bearer TOKEN, or ?token=TOKEN once"},
                status_code=401,
                headers={"www-authenticate": "Bearer"},
            )
        await response(scope, receive, send)

    def _same(self, given: str | None) -> bool:
        return (
            given is not None
            and self.token is not None
            and hmac.compare_digest(given.encode(), self.token.encode())
        )

    def _allowed(self, scope: Scope) -> bool:
        for name, value in scope.get("headers", []):
            key = name.decode("latin-1").lower()
            text = value.decode("latin-1")
            if key == "authorization" and text.lower().startswith("bearer ") and self._same(text[7:].strip()):
                return True
            if key == "cookie":
                for part in text.split(";"):
                    k, _, v = part.strip().partition("=")
                    if k == "vigie_token" and self._same(v):
                        return True
        return False


# ------------------------------------------------------------------ the application


def create_app(store: Store, token: str | None = None, cache_size: int = 4096) -> FastAPI:
    """The desk over an open store; answers are cached only when the store is read-only (nothing changes) and
    `cache_size` (answers kept) is above 0."""
    analytics = store.analytics()
    cache = _Cache(cache_size) if store.read_only and cache_size > 0 else None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(analytics.snapshot)  # the column snapshot is ready before the first request
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="vigie desk",
        version=__version__,
        description="Read-only JSON API over a vigie store: events, incidents, articles, quotes, actors, "
        "places (GeoJSON), timeline buckets, actor network and mentions. Every HTML view of the desk has its "
        "JSON twin under /api.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.cache = cache

    @app.exception_handler(ValueError)
    async def _bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": f"the database could not answer: {exc}"}, status_code=503)

    async def answer(request: Request, compute: Callable[[], Any], in_memory: bool = False) -> Response:
        """The JSON of `compute()`, kept for the next identical question (answered by `_Guard` before routing).

        Answers from the in-memory snapshot take a millisecond or two of Python: they run on the event loop,
        since a hop to a worker thread would cost more than the work under the GIL. Store queries go to threads.
        """
        key = _key(request.scope) if cache is not None else ""
        body = _encode(compute() if in_memory else await run_in_threadpool(compute))
        if cache is not None:
            cache.put(key, body)
        return Response(body, media_type="application/json")

    def found(value: Any, what: str) -> Any:
        if value is None:
            raise HTTPException(404, f"no {what}")
        return value

    json_doc: dict[int | str, dict[str, Any]] = {
        200: {"content": {"application/json": {"schema": {"type": "object"}}}, "description": "JSON"},
        422: {"description": "a query parameter is not valid; `detail` says which and why"},
    }
    item_doc = {**json_doc, 404: {"description": "no such item"}}

    # -- overview ------------------------------------------------------------------------------

    @app.get(HEALTH, responses=json_doc, tags=["desk"])
    async def health() -> Response:
        """The desk is up (with its cache figures when the store is read-only)."""
        figures: dict[str, Any] = {"status": "ok", "version": __version__, "pid": os.getpid()}
        if cache is not None:
            figures["cache"] = {"hits": cache.hits, "misses": cache.misses}
        return Response(_encode(figures), media_type="application/json")

    @app.get("/api/stats", responses=json_doc, tags=["desk"])
    async def stats(request: Request) -> Response:
        """Counts of articles, events and quotes by language, type and status (as `vigie stats --json`)."""
        return await answer(request, store.stats)

    @app.get("/api/types", responses=json_doc, tags=["desk"])
    async def types(request: Request) -> Response:
        """PLOVER types with their quad class and event counts."""

        def compute() -> dict[str, Any]:
            counts = analytics.event_types()
            quad = {t: q for q, ts in QUAD_CLASSES.items() for t in ts}
            return {"types": [{"type": t, "quad": quad[t], "events": counts.get(t, 0)} for t in PLOVER_TYPES]}

        return await answer(request, compute)

    # -- events --------------------------------------------------------------------------------

    @app.get("/api/events", responses=json_doc, tags=["events"])
    async def events(request: Request, p: Annotated[EventsParams, Query()]) -> Response:
        """One page of events matching the filters of `vigie events`, with the total."""
        q = p.query()
        limit, offset, sort, view = p.limit, p.offset, p.sort, p.view
        paged = p.query(limit=limit, offset=offset)

        def compute() -> dict[str, Any]:
            count_key = "count?" + repr(_fields(q))
            total = None
            if cache is not None and (hit := cache.get(count_key)) is not None:
                total = int(hit)
            if total is None:
                total = analytics.count(q)
                if cache is not None:
                    cache.put(count_key, str(total).encode())
            page = analytics.table_page if view == "table" else analytics.events_page
            rows = page(paged, sort) if offset < total else []
            return {
                "total": total,
                "limit": limit,
                "offset": offset,
                "sort": sort,
                "view": view,
                "events": rows,
            }

        return await answer(request, compute, view == "table" and analytics.in_memory(q, sort))

    @app.get("/api/events/{event_id}", responses=item_doc, tags=["events"])
    async def event(request: Request, event_id: str) -> Response:
        """One event record."""
        return await answer(request, lambda: found(analytics.event(event_id), f"event {event_id}"))

    @app.get("/api/timeline", responses=json_doc, tags=["aggregates"])
    async def timeline(request: Request, p: Annotated[TimelineParams, Query()]) -> Response:
        """Event counts per day, week, month or year of the event date, by type or quad class."""
        q = p.query()
        return await answer(request, lambda: analytics.timeline(q, p.bucket, p.group), analytics.in_memory(q))

    @app.get("/api/places", responses=json_doc, tags=["aggregates"])
    async def places(request: Request, p: Annotated[PlacesParams, Query()]) -> Response:
        """Places of the matching events as a GeoJSON FeatureCollection, with counts per country."""
        q = p.query()
        return await answer(request, lambda: analytics.places(q, p.limit), analytics.in_memory(q))

    @app.get("/api/network", responses=json_doc, tags=["aggregates"])
    async def network(request: Request, p: Annotated[NetworkParams, Query()]) -> Response:
        """Who acts on whom: source -> target edges weighted by event counts, split by type."""
        q = p.query()
        return await answer(
            request, lambda: analytics.network(q, p.limit, p.min_events), analytics.in_memory(q)
        )

    @app.get("/api/actors", responses=json_doc, tags=["aggregates"])
    async def actors(request: Request, p: Annotated[ActorsParams, Query()]) -> Response:
        """Actors of the matching events, with how often they act and are acted upon."""
        q = p.query()
        return await answer(request, lambda: {"actors": analytics.actors(q, p.name, p.limit, p.offset)})

    @app.get("/api/mentions", responses=json_doc, tags=["articles"])
    async def mentions(
        request: Request,
        about: Annotated[
            str, Query(min_length=1, max_length=200, pattern=_TEXT, description="Actor, place or ISO3")
        ],
        without: Annotated[Text, Query(description="...never naming this, in events or text")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> Response:
        """Articles about something, optionally never mentioning something else ("Iraq without Iran")."""
        return await answer(request, lambda: analytics.mentions(about, without or None, limit, offset))

    # -- articles, quotes, incidents -------------------------------------------------------------

    @app.get("/api/articles", responses=json_doc, tags=["articles"])
    async def articles(
        request: Request,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        """Stored articles (without their text), by id."""
        return await answer(request, lambda: {"articles": store.articles(limit=limit, offset=offset)})

    @app.get("/api/articles/{article_id}", responses=item_doc, tags=["articles"])
    async def article(request: Request, article_id: str) -> Response:
        """An article's cleaned text with its events (evidence offsets), quotes, entities and links."""

        def compute() -> dict[str, Any]:
            record = found(store.article(article_id), f"article {article_id}")
            ids = [e["event_id"] for e in store.events(article=article_id, limit=None)]
            record["events"] = analytics.records(ids)
            record["quotes"] = store.quotes(article=article_id)
            record["entities"] = analytics.article_entities(article_id)
            record["article_links"] = store.article_links(article_id)
            return record

        return await answer(request, compute)

    @app.get("/api/articles/{article_id}/entities", responses=item_doc, tags=["articles"])
    async def article_entities(request: Request, article_id: str) -> Response:
        """The actors and places an article's events name."""

        def compute() -> dict[str, Any]:
            found(store.article(article_id), f"article {article_id}")
            return analytics.article_entities(article_id)

        return await answer(request, compute)

    @app.get("/api/quotes", responses=json_doc, tags=["articles"])
    async def quotes(
        request: Request,
        article: Text = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        """Reported speech with its speakers, by article."""
        return await answer(
            request, lambda: {"quotes": store.quotes(article=article or None, limit=limit, offset=offset)}
        )

    @app.get("/api/incidents", responses=json_doc, tags=["incidents"])
    async def incidents(
        request: Request,
        type: Annotated[list[TypeName] | None, Query(description="PLOVER event type (repeatable)")] = None,
        country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
        since: Bound = None,
        until: Bound = None,
        min_reports: Annotated[int, Query(ge=1, le=100_000)] = 1,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> Response:
        """Incidents (reports of one happening merged), most corroborated first."""
        for value, name in ((since, "since"), (until, "until")):
            if value is not None:
                _check_bound(value, name)
        lo = edtf_bounds(since)[0] if since else None
        hi = edtf_bounds(until)[1] if until else None
        return await answer(
            request,
            lambda: {
                "incidents": store.incidents(
                    types=tuple(type or ()),
                    country=country,
                    date_from=lo,
                    date_to=hi,
                    min_reports=min_reports,
                    limit=limit,
                    offset=offset,
                )  # fmt: skip
            },
        )

    @app.get("/api/incidents/{incident_id}", responses=item_doc, tags=["incidents"])
    async def incident(request: Request, incident_id: str) -> Response:
        """One incident with every report (article, evidence, why it joined)."""
        return await answer(request, lambda: found(store.incident(incident_id), f"incident {incident_id}"))

    # -- the page --------------------------------------------------------------------------------

    index = STATIC / "index.html"

    async def page() -> FileResponse:
        return FileResponse(str(index), media_type="text/html; charset=utf-8")

    for path in _HTML_VIEWS:
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    app.add_middleware(_Guard, token=token, cache=cache)
    return app


def _fields(q: EventQuery) -> dict[str, Any]:
    return {
        "types": tuple(q.types), "actor": q.actor, "country": q.country, "place": q.place,
        "date_from": q.date_from, "date_to": q.date_to, "article": q.article, "text": q.text, "status": q.status,
    }  # fmt: skip


def app_from_environment() -> FastAPI:
    """The desk of a worker process started by `vigie serve --workers N`: the store named by VIGIE_DESK_DB,
    opened read-only for the life of the process, the token of VIGIE_DESK_TOKEN if any, and the cache size of
    VIGIE_DESK_CACHE."""
    store = Store.open(os.environ["VIGIE_DESK_DB"], read_only=True)
    cache_size = int(os.environ.get("VIGIE_DESK_CACHE", "4096"))
    return create_app(store, token=os.environ.get("VIGIE_DESK_TOKEN") or None, cache_size=cache_size)
