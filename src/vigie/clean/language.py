"""Offline language identification with py3langid (all its languages, normalised probabilities).

Articles quoting tweets or officials in another script (Arabic, Persian) fool a single whole-text guess, so
each paragraph votes with its length times its probability and the text takes the heaviest language.
"""

from __future__ import annotations

import threading
from collections import defaultdict

from py3langid.langid import MODEL_FILE, LanguageIdentifier

__all__ = ["UNDETERMINED", "detect_language"]

ANALYSED = frozenset({"fr", "en"})  # the languages with a pipeline (config.Settings.languages)
HESITATION = 0.2  # a second-ranked analysed language this probable is preferred to an unanalysed winner
# Languages with a large news output. A short English headline often scores highest as a creole, a regional
# language or Latin ("pcm", "bcl", "an", "la"); against those an analysed language needs only a little support.
MAJOR = frozenset(
    [
        "ar",
        "bg",
        "bn",
        "ca",
        "cs",
        "da",
        "de",
        "el",
        "es",
        "et",
        "fa",
        "fi",
        "he",
        "hi",
        "hr",
        "hu",
        "id",
        "it",
        "ja",
        "ko",
        "lt",
        "lv",
        "ms",
        "nl",
        "no",
        "pl",
        "pt",
        "ro",
        "ru",
        "sk",
        "sl",
        "sr",
        "sv",
        "sw",
        "th",
        "tr",
        "uk",
        "ur",
        "vi",
        "zh",
    ]
)
MINOR_FLOOR = 0.03
UNDETERMINED = "und"  # ISO 639-2 code for text without language features (digits, symbols, blanks)

_identifier: LanguageIdentifier | None = None
_lock = threading.Lock()


def _get_identifier() -> LanguageIdentifier:
    """Load the model once per process (about half a second), on first use."""
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _identifier


def _classify(chunk: str) -> tuple[str, float] | None:
    """Best language and probability of one chunk, None when it has no features (a flat distribution).

    When the identifier hesitates between a language vigie analyses and one it does not (English and Nigerian
    Pidgin on a sentence about Nigeria), the analysable one wins: real foreign text scores near 1.
    """
    ranked = _get_identifier().rank(chunk)
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1e-9):
        return None
    top, prob = str(ranked[0][0]), float(ranked[0][1])
    if top not in ANALYSED:
        floor = HESITATION if top in MAJOR else MINOR_FLOOR
        close = next(
            ((str(lang), float(p)) for lang, p in ranked[1:5] if lang in ANALYSED and p >= floor), None
        )
        if close is not None:
            return close
    return top, prob


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, or 639-3 where none exists; score 0..1), ('und', 0.0) for featureless text.

    One paragraph: the model's normalised probability. Several: the length-weighted probability mass of the
    winning language over the whole text.
    """
    chunks = [line for line in text.split("\n") if line.strip()]
    if len(chunks) <= 1:
        return _classify(text) or (UNDETERMINED, 0.0)
    weights: dict[str, float] = defaultdict(float)
    total = 0
    for chunk in chunks:
        result = _classify(chunk)
        if result is not None:
            weights[result[0]] += len(chunk) * result[1]
            total += len(chunk)
    if not weights:
        return UNDETERMINED, 0.0
    best = max(weights, key=lambda lang: weights[lang])
    return best, weights[best] / total
