"""clean stage: RawItem -> Article (HTML main text, text cleaner, language, metadata)."""

from .article import check_supported, clean_item
from .html import PageText, extract_html
from .language import detect_language
from .text import CleanText, clean_text, guess_title, split_paragraphs

__all__ = [
    "CleanText",
    "PageText",
    "check_supported",
    "clean_item",
    "clean_text",
    "detect_language",
    "extract_html",
    "guess_title",
    "split_paragraphs",
]
