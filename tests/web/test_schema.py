"""Schemathesis against the served OpenAPI description: no generated request may get a 5xx answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import BaseSchema, GenerationMode

from vigie.store import Store
from vigie.web import create_app

from .conftest import _fill


@pytest.fixture(scope="module")
def desk_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    path = tmp_path_factory.mktemp("schema") / "desk.duckdb"
    with Store.open(path) as s:
        _fill(s)
    with Store.open(path, read_only=True) as s:
        yield create_app(s)


@pytest.fixture(scope="module")
def desk_schema(desk_app: object) -> BaseSchema:
    return schemathesis.openapi.from_asgi("/api/openapi.json", desk_app)


def test_the_description_covers_the_api(desk_app: object) -> None:
    loaded = schemathesis.openapi.from_asgi("/api/openapi.json", desk_app)
    paths = set(loaded.raw_schema["paths"])
    assert {"/api/events", "/api/timeline", "/api/places", "/api/network", "/api/mentions", "/api/actors",
            "/api/articles/{article_id}", "/api/incidents/{incident_id}", "/api/quotes"} <= paths  # fmt: skip


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_gets_a_server_error(desk_schema: BaseSchema, mode: GenerationMode) -> None:
    """Valid and invalid requests to every operation: answers may be 2xx or 4xx, never 5xx."""
    seen: list[str] = []
    for result in desk_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def run(case: schemathesis.Case) -> None:
            response = case.call()
            seen.append(f"{case.method} {case.path}")
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} {case.query}: {response.text[:300]}"
            )

        try:
            run()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE  # an operation without parameters has no invalid request
    assert len(set(seen)) >= (15 if mode is GenerationMode.POSITIVE else 8)  # every operation with parameters
