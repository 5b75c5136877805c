"""RawItem -> Article: main text (HTML or plain), text cleaning, title, language and metadata."""

from __future__ import annotations

import hashlib
from typing import Literal

from ..config import Settings
from ..errors import EmptyInput, UnsupportedLanguage
from ..types import Article, RawItem
from .html import extract_html
from .language import detect_language
from .text import clean_text, comparison_key, guess_title

__all__ = ["check_supported", "clean_item"]


def _language(item: RawItem, text: str, settings: Settings) -> tuple[str, float]:
    """The declared language when vigie analyses it (score 1.0), else the detected one."""
    declared = (item.lang or "").strip().lower()
    if declared in settings.languages:
        return declared, 1.0
    return detect_language(text)


def clean_item(item: RawItem, settings: Settings) -> Article:
    """Clean one item into the Article every evidence offset points into.

    Plain `text` is used when present, else `html` goes through trafilatura first; both then pass the text
    cleaner. Raises EmptyInput when nothing is left and MalformedInput for HTML without extractable text.
    Title: the page title for HTML (prepended to the text unless the text opens with it), else a headline-like
    first paragraph, which stays in the text since offsets point into it and headlines carry events.
    A language outside `settings.languages` does not raise: the Article comes back with
    status "not_analysed" so callers can still store it; use `check_supported` to turn that into an error.
    """
    title = author = page_published = page_url = None
    source_format: Literal["text", "html"]
    if item.text and item.text.strip():
        source_format, body = "text", item.text
    elif item.html and item.html.strip():
        page = extract_html(item.html, item.id)
        source_format, body = "html", page.text
        title, author, page_published, page_url = page.title, page.author, page.published, page.url
    else:
        raise EmptyInput(item.id, "no text")
    cleaned = clean_text(body)
    if not cleaned.paragraphs:
        raise EmptyInput(item.id, "nothing left after cleaning")
    paragraphs = cleaned.paragraphs
    if source_format == "html" and title:
        if not comparison_key(paragraphs[0]).startswith(comparison_key(title)):
            paragraphs = [title, *paragraphs]
    else:
        title = guess_title(paragraphs)
    text = "\n\n".join(paragraphs)
    language, score = _language(item, text, settings)
    return Article(
        id=item.id,
        text=text,
        language=language,
        title=title,
        published=item.published or page_published,
        url=item.url or page_url,
        author=author,
        removed=cleaned.removed,
        status="ok" if language in settings.languages else "not_analysed",
        language_score=score,
        source_format=source_format,
        raw_sha256=item.raw_sha256,
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        origin=item.origin,
    )


def check_supported(article: Article, settings: Settings) -> Article:
    """Return the article when its language is analysed, else raise UnsupportedLanguage."""
    if article.language not in settings.languages:
        raise UnsupportedLanguage(article.id, article.language or "unknown")
    return article
