"""Build each language's spaCy pipeline once per process and parse articles in batches."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from ..config import Settings
from ..errors import ConfigError
from ..extract.lexicon import load_lexicon
from . import components as _components  # noqa: F401  (registers the factories)

__all__ = ["get_nlp", "parse_articles"]

_CACHE: dict[str, Language] = {}
_LOCK = threading.Lock()
T = TypeVar("T")


def get_nlp(lang: str, settings: Settings) -> Language:
    """The pipeline for `lang`, loaded on first use with the configured model package."""
    model = settings.model_for(lang)
    with _LOCK:
        nlp = _CACHE.get(model)
        if nlp is None:
            try:
                nlp = spacy.load(model)
            except OSError as e:
                raise ConfigError(
                    f"spaCy model '{model}' for '{lang}' is not installed; install it with pip or set "
                    f"VIGIE_MODEL_{lang.upper()} to another package ({e})"
                ) from None
            if "parser" in nlp.pipe_names:
                nlp.add_pipe("vigie_sentence_boundaries", before="parser")
            _keep_hyphenated(nlp, lang, settings)
            _CACHE[model] = nlp
    return nlp


# hyphenated names the tokenizer would cut in three ("la Croix - Rouge")
WHOLE_NAMES = ("Croix-Rouge", "Croissant-Rouge", "Red-Crescent")


def _keep_hyphenated(nlp: Language, lang: str, settings: Settings) -> None:
    """Keep the lexicon's hyphenated event words ("sit-in", "build-up") and a few names in one token, so they
    are looked up and parsed as the nouns they are."""
    heads = {head for _, head in load_lexicon(lang, tuple(settings.lexicons)).entries}
    words = {w for w in heads if "-" in w.strip("-")} | set(WHOLE_NAMES)
    tokenizer: Tokenizer = nlp.tokenizer
    for word in words:
        for form in {word, word.capitalize(), word.upper()}:
            if len(tokenizer(form)) > 1:
                tokenizer.add_special_case(form, [{ORTH: form}])


def parse_articles(
    lang: str, texts: Iterable[tuple[str, T]], settings: Settings, batch_size: int = 16
) -> Iterator[tuple[Doc, T]]:
    """Parse (text, context) pairs with the language's pipeline, keeping each context beside its Doc."""
    nlp = get_nlp(lang, settings)
    yield from nlp.pipe(texts, as_tuples=True, batch_size=batch_size)
