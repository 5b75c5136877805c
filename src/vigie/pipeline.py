"""Chains the stages: RawItem -> Article -> Doc -> events and quotes, with a per-item error policy."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from spacy.tokens import Doc

from .annotate import parse_articles
from .clean import clean_item
from .config import Settings
from .errors import InputError, VigieError
from .extract.events import EventExtractor
from .extract.lexicon import load_lexicon
from .resolve.actors import ActorResolver
from .resolve.places import PlaceResolver
from .types import Article, Event, Failure, Quote, RawItem

__all__ = ["Pipeline", "Processed"]

log = logging.getLogger("vigie.pipeline")


@dataclass(slots=True)
class Processed:
    """One article through the whole pipeline. `note` says why nothing was extracted, if so."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    note: str | None = None


Outcome = Processed | Failure


class Pipeline:
    """Holds the loaded models, lexicons and gazetteers; process items in order, never stopping on a bad one."""

    def __init__(self, settings: Settings, batch_size: int = 32) -> None:
        self.settings = settings
        self.batch_size = batch_size
        self._actors: ActorResolver | None = None
        self._places: PlaceResolver | None = None
        self._extractors: dict[str, EventExtractor] = {}

    def extractor(self, lang: str) -> EventExtractor:
        if lang not in self._extractors:
            if self._actors is None:
                self._actors = ActorResolver.load(self.settings.user_gazetteers)
                self._places = PlaceResolver.load()
            assert self._places is not None
            lexicon = load_lexicon(lang, tuple(self.settings.lexicons))
            self._extractors[lang] = EventExtractor(lang, self._actors, self._places, lexicon)
        return self._extractors[lang]

    def clean(self, items: Iterable[RawItem | Failure]) -> Iterator[Article | Failure]:
        """Clean each item; a bad one becomes a Failure naming it."""
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield clean_item(item, self.settings)
            except InputError as e:
                yield Failure(item.id, e.reason, type(e).__name__)
            except VigieError as e:
                yield Failure(item.id, str(e), type(e).__name__)

    def run(self, items: Iterable[RawItem | Failure | Article]) -> Iterator[Outcome]:
        """Process items in input order, in batches so that spaCy can parse several texts at once."""
        it = iter(items)
        while True:
            chunk = list(islice(it, self.batch_size))
            if not chunk:
                return
            yield from self._batch(chunk)

    def _batch(self, chunk: list[RawItem | Failure | Article]) -> list[Outcome]:
        raw = [x for x in chunk if isinstance(x, RawItem)]
        cleaned = iter(list(self.clean(raw)))
        articles: list[Article | Failure] = [next(cleaned) if isinstance(x, RawItem) else x for x in chunk]
        results: list[Outcome | None] = [None] * len(articles)
        todo: list[tuple[int, Article]] = []
        for i, a in enumerate(articles):
            if isinstance(a, Failure):
                results[i] = a
            elif a.status != "ok" or a.language not in self.settings.languages:
                results[i] = Processed(a, note=f"language '{a.language}' is not analysed")
            else:
                todo.append((i, a))
        for i, art, doc in self.parsed(todo):
            results[i] = self._extract(self.extractor(art.language or ""), art, doc)
        return [r for r in results if r is not None]

    def parsed(self, articles: Sequence[tuple[int, Article]]) -> Iterator[tuple[int, Article, Doc]]:
        """Parse (index, article) pairs with one model per language; yields (index, article, doc)."""
        by_lang: dict[str, list[tuple[str, int]]] = {}
        for i, a in articles:
            by_lang.setdefault(a.language or "", []).append((a.text, i))
        lookup = dict(articles)
        for lang, pairs in by_lang.items():
            for doc, i in parse_articles(lang, pairs, self.settings, batch_size=8):
                yield i, lookup[i], doc

    @staticmethod
    def _extract(extractor: EventExtractor, article: Article, doc) -> Outcome:
        try:
            events, quotes = extractor(article, doc)
        except Exception as e:  # one article's unexpected failure must not stop the batch
            log.exception("extraction failed for %s", article.id)
            return Failure(article.id, f"extraction failed: {type(e).__name__}: {e}", "ExtractionError")
        return Processed(article, events, quotes)
