"""How likely a coded event is right: a logistic model over what the rules saw when they coded it.

The rules propose events; this model scores each one from its features (type, trigger word and part of speech,
where the trigger sits in the sentence, which arguments were found, what else the sentence holds). It is trained
on the project's own labelled sentences (data/coding, see its README) and ships as a small JSON file of weights.
Without weights, the rules' own heuristic confidence is used.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..errors import ConfigError

__all__ = ["ConfidenceModel", "feature_matrix", "fit", "held_out", "load_model", "MODEL_FILE", "read_weights"]

MODEL_FILE = "confidence.json"
HELD_OUT_SHARE = 3  # of every 10 labelled sentences, chosen by a hash of their id


def held_out(sentence_id: str) -> bool:
    """True for the sentences kept out of training (30%, stable across runs and machines)."""
    return int(hashlib.sha1(sentence_id.encode()).hexdigest()[:8], 16) % 10 < HELD_OUT_SHARE


@dataclass(frozen=True)
class ConfidenceModel:
    """Weights of a binary logistic model over named features."""

    weights: dict[str, float]
    bias: float
    about: dict[str, object]

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        weights = {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4}
        return json.dumps({"about": self.about, "bias": round(self.bias, 5), "weights": weights}, indent=1)


def feature_matrix(
    rows: Sequence[Sequence[str]], min_count: int, dtype: type = np.float64
) -> tuple[dict[str, int], np.ndarray]:
    """Column of each feature seen in at least `min_count` rows (sorted by name), and the rows' 0/1 matrix."""
    counts: dict[str, int] = {}
    for feats in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    x: np.ndarray = np.zeros((len(rows), len(index)), dtype=dtype)
    for r, feats in enumerate(rows):
        for f in feats:
            if f in index:
                x[r, index[f]] = 1.0
    return index, x


def fit(
    rows: Sequence[tuple[Sequence[str], bool]], l2: float = 1.0, steps: int = 400, min_count: int = 2
) -> ConfidenceModel:
    """Logistic regression by full-batch gradient descent (Adam) with an L2 penalty; features seen once are dropped."""
    index, x = feature_matrix([feats for feats, _ in rows], min_count, np.float64)
    y = np.array([1.0 if ok else 0.0 for _, ok in rows])
    w = np.zeros(len(index))
    b = 0.0
    m = np.zeros(len(index) + 1)
    v = np.zeros(len(index) + 1)
    lr, beta1, beta2 = 0.05, 0.9, 0.999
    n = max(1, len(rows))
    for t in range(1, steps + 1):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = np.append(x.T @ (p - y) / n + l2 * w / n, float(np.sum(p - y)) / n)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        step = lr * (m / (1 - beta1**t)) / (np.sqrt(v / (1 - beta2**t)) + 1e-8)
        w -= step[:-1]
        b -= float(step[-1])
    return ConfidenceModel({f: float(w[i]) for f, i in index.items()}, b, {"examples": len(rows)})


def read_weights(name: str, path: str | None) -> str | None:
    """The text of the packaged weights file `name` (or of the file at `path`); None when none is packaged."""
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    res = resources.files("vigie") / "data" / "models" / name
    return res.read_text(encoding="utf-8") if res.is_file() else None


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> ConfidenceModel | None:
    """The packaged model (or the one at `path`); None when no weights are shipped."""
    try:
        text = read_weights(MODEL_FILE, path)
        if text is None:
            return None
        data = json.loads(text)
        return ConfidenceModel(
            {str(k): float(v) for k, v in data["weights"].items()},
            float(data["bias"]),
            dict(data.get("about", {})),
        )
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"confidence model {path or MODEL_FILE}: {e}") from None
