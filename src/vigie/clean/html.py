"""HTML page -> main text and metadata with trafilatura (boilerplate such as menus and footers left out)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document

from ..errors import MalformedInput

__all__ = ["PageText", "extract_html"]

DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}")


@dataclass(slots=True, frozen=True)
class PageText:
    """What trafilatura read from a page: the main text (one paragraph per line) and its metadata."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    author: str | None = None
    url: str | None = None


def _meta(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def extract_html(html: str, item_id: str) -> PageText:
    """Main text and metadata of a page; falls back to trafilatura's baseline for pages too small for
    the main extractor, and raises MalformedInput when neither finds any text."""
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            favor_precision=False,
            include_tables=True,
        )
        meta: dict[str, object] = doc.as_dict() if isinstance(doc, Document) else {}
        text = _meta(meta.get("text")) or ""
        if not text.strip():
            text = trafilatura.baseline(html)[1]
    except Exception as e:  # lxml and trafilatura raise many kinds of errors on hostile markup
        raise MalformedInput(item_id, f"cannot parse HTML ({type(e).__name__}: {e})") from None
    if not text or not text.strip():
        raise MalformedInput(item_id, "no text could be extracted from the HTML")
    date = _meta(meta.get("date"))
    return PageText(
        text=text,
        title=_meta(meta.get("title")),
        published=date[:10] if date and DATE.match(date) else None,
        author=_meta(meta.get("author")),
        url=_meta(meta.get("url")),
    )
