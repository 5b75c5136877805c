"""`vigie bench api` end to end, tiny: a generated store, a served desk, concurrent clients, the figures."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from vigie.cli import cli

pytestmark = pytest.mark.slow


def test_bench_api_runs_tiny() -> None:
    result = CliRunner().invoke(
        cli, ["bench", "api", "--events", "3000", "--clients", "4", "--seconds", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["events"] == 3000 and figures["clients"] == 4
    by_name = {f["name"]: f for f in figures["endpoints"]}
    assert set(by_name) == {"timeline", "map", "table", "network"}
    for f in by_name.values():
        assert f["requests"] > 0 and f["errors"] == 0 and set(f["statuses"]) == {"200"}
        assert 0 < f["p50_ms"] <= f["p95_ms"] <= f["p99_ms"]
    assert figures["cache"] and figures["cache_hits"] + figures["cache_misses"] >= sum(
        f["requests"] for f in by_name.values()
    )


def test_bench_api_without_the_cache() -> None:
    result = CliRunner().invoke(
        cli, ["bench", "api", "--events", "2000", "--clients", "2", "--seconds", "1", "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert "answer cache off" in result.output
