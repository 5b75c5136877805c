"""Benchmarks: the scoring rules of EVENT_RECORD.md and the `vigie bench` runs built on them."""

from .scoring import ArticlesScore, PloverScore, score_articles, score_plover

__all__ = ["ArticlesScore", "PloverScore", "score_articles", "score_plover"]
