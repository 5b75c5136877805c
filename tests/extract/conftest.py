"""Shared fixtures for the extraction tests: the real gazetteers and one extractor per language."""

from __future__ import annotations

import pytest
from docs import article, build

from vigie.extract.events import EventExtractor
from vigie.resolve.actors import ActorResolver
from vigie.resolve.places import PlaceResolver


@pytest.fixture(scope="session")
def actors() -> ActorResolver:
    return ActorResolver.load()


@pytest.fixture(scope="session")
def places() -> PlaceResolver:
    return PlaceResolver.load()


@pytest.fixture(scope="session")
def extractors(actors, places) -> dict[str, EventExtractor]:
    """The rules alone: the type model's guesses are tested on their own (test_lead_guess.py)."""
    out = {lang: EventExtractor(lang, actors, places) for lang in ("fr", "en")}
    for ex in out.values():
        ex.type_model = False
    return out


@pytest.fixture(scope="session")
def extract(extractors):
    """Run the extractor on a hand-built Doc: extract(lang, text, table) -> (events, quotes)."""

    def run(lang: str, text: str, table: str):
        doc = build(lang, text, table)
        return extractors[lang](article(doc, lang), doc)

    return run
