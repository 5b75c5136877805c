"""annotate stage: spaCy pipelines per language with the project's own components."""

from .pipeline import get_nlp, parse_articles

__all__ = ["get_nlp", "parse_articles"]
