"""Shared fixtures: paths to the shared data beside the checkout, and one pipeline per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_TEXT = SHARED / "data" / "seed" / "article_fr.txt"
SEED_GOLD = SHARED / "data" / "seed" / "gold.json"
SCORER = SHARED / "tools" / "score_events.py"
GSR = SHARED / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.json"


@pytest.fixture(scope="session")
def settings():
    from vigie.config import Settings

    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings):
    from vigie.pipeline import Pipeline

    return Pipeline(settings)
