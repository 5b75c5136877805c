"""Which event a news lead reports when the rules name none: a softmax classifier over the sentence's words.

A headline or lead sentence nearly always reports an event. When the rules find none in it (a verb the lexicons
do not know, a title the tagger read as a noun phrase), this model names the type from the sentence's lemmas,
entity labels and lexicon hits, or says NONE. It is trained on the project's labelled sentences (data/coding,
including eventless ones) and ships as a small JSON file of weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.tokens import Span

from ..errors import ConfigError
from .confidence import feature_matrix, read_weights
from .lexicon import Lexicon

__all__ = ["NONE", "TYPE_MODEL_FILE", "TypeModel", "fit_types", "load_type_model", "sentence_features"]

TYPE_MODEL_FILE = "event_type.json"
NONE = "NONE"  # the class of sentences that report no event
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "NUM"})
PAIR_POS = CONTENT_POS | {"ADP", "PART", "DET"}


def sentence_features(sent: Span, lex: Lexicon) -> list[str]:
    """Words (lemma and form), named-entity labels, the types the lexicon gives any of its words (by part of
    speech or not: a tagger's mistake should not hide "free" in "Kidnappers free 14 passengers"), the root and
    its part of speech, the kind of named subject, and pairs of neighbouring words."""
    lang = lex.lang
    out: set[str] = set()
    toks = [t for t in sent if not t.is_space]
    for tok in toks:
        lemma, low = tok.lemma_.lower(), tok.lower_
        if tok.pos_ in CONTENT_POS or (tok.pos_ == "PROPN" and not tok.ent_type_):
            out.add(f"w:{lang}:{lemma}")
            out.add(f"w:{lang}:{low}")
        if tok.ent_type_:
            out.add(f"ent:{tok.ent_type_}")
        root = tok.dep_ == "ROOT"
        if root:
            out.add(f"root:{lang}:{lemma}")
            out.add(f"rootpos:{tok.pos_}")
        if tok.dep_.startswith("nsubj") and tok.ent_type_:
            out.add(f"subj:{tok.ent_type_}")
        for pos in ("V", "N"):
            for word in {lemma, low}:
                for e in lex.lookup(pos, word):
                    if e.type and e.role == "event" and not e.rest:  # "take" alone is not "take aim"
                        out.add(f"lex:{e.type}")
                        if root:
                            out.add(f"rootlex:{e.type}")
    for a, b in zip(toks, toks[1:], strict=False):
        if a.pos_ in PAIR_POS and b.pos_ in PAIR_POS:
            out.add(f"bi:{lang}:{a.lemma_.lower()}_{b.lemma_.lower()}")
    if toks and not toks[-1].is_punct:
        out.add("headline")
    return sorted(out)


@dataclass(frozen=True)
class TypeModel:
    """Weights of a multinomial logistic model: one weight per (feature, class)."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    about: dict[str, object]

    def probabilities(self, features: Sequence[str]) -> dict[str, float]:
        """Class -> probability for a sentence's features."""
        z = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                z = [a + b for a, b in zip(z, w, strict=True)]
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def to_json(self) -> str:
        weights = {
            k: [round(x, 4) for x in v]
            for k, v in sorted(self.weights.items())
            if max(abs(x) for x in v) >= 1e-3
        }
        data = {"about": self.about, "classes": list(self.classes), "bias": [round(b, 4) for b in self.bias]}
        return json.dumps({**data, "weights": weights}, separators=(",", ":"), ensure_ascii=False)


def fit_types(
    rows: Sequence[tuple[Sequence[str], str]], l2: float = 1.0, steps: int = 300, min_count: int = 2
) -> TypeModel:
    """Softmax regression by full-batch gradient descent (Adam) with an L2 penalty; features seen once dropped."""
    classes = tuple(sorted({label for _, label in rows}))
    index, x = feature_matrix([feats for feats, _ in rows], min_count, np.float32)
    y = np.eye(len(classes), dtype=np.float32)[[classes.index(label) for _, label in rows]]
    w = np.zeros((len(index), len(classes)), dtype=np.float32)
    b = np.zeros(len(classes), dtype=np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2 = 0.1, 0.9, 0.999
    n = max(1, len(rows))
    for t in range(1, steps + 1):
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) / n
        gw, gb = x.T @ g + l2 * w / n, g.sum(axis=0)
        mw, mb = beta1 * mw + (1 - beta1) * gw, beta1 * mb + (1 - beta1) * gb
        vw, vb = beta2 * vw + (1 - beta2) * gw * gw, beta2 * vb + (1 - beta2) * gb * gb
        scale = lr / (1 - beta1**t)
        w -= scale * mw / (np.sqrt(vw / (1 - beta2**t)) + 1e-8)
        b -= scale * mb / (np.sqrt(vb / (1 - beta2**t)) + 1e-8)
    weights = {f: tuple(float(v) for v in w[i]) for f, i in index.items()}
    return TypeModel(classes, weights, tuple(float(v) for v in b), {"examples": len(rows), "l2": l2})


@lru_cache(maxsize=4)
def load_type_model(path: str | None = None) -> TypeModel | None:
    """The packaged model (or the one at `path`); None when no weights are shipped."""
    try:
        text = read_weights(TYPE_MODEL_FILE, path)
        if text is None:
            return None
        data = json.loads(text)
        classes = tuple(str(c) for c in data["classes"])
        weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
        if any(len(v) != len(classes) for v in weights.values()) or len(data["bias"]) != len(classes):
            raise ValueError("weights and classes differ in length")
        return TypeModel(classes, weights, tuple(float(b) for b in data["bias"]), dict(data.get("about", {})))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"event type model {path or TYPE_MODEL_FILE}: {e}") from None
