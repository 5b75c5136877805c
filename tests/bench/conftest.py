"""One benchmark run per test session: the pipeline in-process on the seed and the PLOVER GSR sentences."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import GSR, SCORER


@dataclass(frozen=True)
class BenchRun:
    """The report of one `run_coding` call and the folder its predictions were written to."""

    report: object
    folder: Path


def load_scorer() -> ModuleType:
    """The reference scorer, imported from the shared tools folder."""
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def scorer() -> ModuleType:
    """The reference scorer module."""
    return load_scorer()


@pytest.fixture(scope="session")
def bench_run(settings, pipeline, tmp_path_factory) -> BenchRun:
    """Seed and GSR predictions, produced once and written as `vigie extract` would print them."""
    from vigie.bench.coding import run_coding, write_predictions

    report = run_coding(settings, gsr=GSR if GSR.is_file() else None, pipeline=pipeline)
    folder = tmp_path_factory.mktemp("bench")
    write_predictions(report, folder)
    return BenchRun(report, folder)
