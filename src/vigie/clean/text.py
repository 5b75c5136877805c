"""Text-level cleaner for scraped articles (French and English): repeated paragraphs, end-of-page trailers, spacing.

Trailers are cut only as a block that runs to the end of the article: it starts at a paragraph matching a
TRAILER_PATTERNS category and every paragraph after it must be trailer-like too (a pattern, a TAIL_PATTERNS
credit line or short junk). A paragraph that merely mentions a newsletter mid-article is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..types import Removal

__all__ = [
    "HEADER_CATEGORIES",
    "TAIL_PATTERNS",
    "TRAILER_PATTERNS",
    "CleanText",
    "clean_text",
    "comparison_key",
    "guess_title",
    "split_paragraphs",
]

# Trailer categories (reason "trailer: <category>") and their patterns, French then English. Matched,
# case-insensitively, against a paragraph whose apostrophes are straightened (’ -> ').
TRAILER_PATTERNS: dict[str, tuple[str, ...]] = {
    "share": (
        r"\bpartagez[- ](le|la|les|cet|ce|cette)\b",
        r"\b(aime[rz]|avez aimé|appréciez|apprécier) (cet|cette|ce) (article|billet|texte|post)\b",
        r"\bpartage[rz] (cet|cette|ce) (article|billet|post|publication)\b",
        r"^\W*(partager|partagez|share)( (sur|on|via|this))?\s*:",
        r"\bshare (this|the) (article|story|post|page)\b",
        r"\b(like|liked|enjoy|enjoyed|love|loved) (this|the) (article|story|post)\s*\?",
        r"\bshare (it )?with (a|your) friends?\b",
    ),
    "newsletter": (
        r"\b(inscrivez|abonnez)[- ]vous\b.{0,80}\b(newsletter|infolettre|lettre d'information)",
        r"\b(newsletter|infolettre|lettre d'information)\b.{0,80}\b(inscrivez|abonnez)[- ]vous\b",
        r"\b(vous|tu) (vous |t')?(inscri\w*|abonn\w*)\b.{0,60}\b(newsletter|infolettre|lettre d'information)",
        r"\b(ma|notre) (newsletter|infolettre|lettre d'information)\b",
        r"\b(subscribe|sign up|signup|register)\b.{0,60}\b(newsletter|mailing list)\b",
        r"\b(our|my) (free |daily |weekly )?(newsletter|mailing list)\b",
    ),
    "donation": (
        r"\b(faire|faites|fais) un don\b",
        r"\bsoutenez[- ]nous\b",
        r"\bsoutenir (notre|ce|mon) (site|travail|média|journal|blog)\b",
        r"\bvotre soutien\b.{0,60}\b(essentiel|indispensable|précieux|nécessaire|compte)\b",
        r"\b(votre|vos) (contribution|dons?|donations?)\b",
        r"\b(notre|our) (site|média|journal|blog|website)\b.{0,40}\b(en vie|alive|survivre|survive)\b",
        r"\bdonate\b",
        r"\bmake a (donation|contribution)\b",
        r"\bsupport (us|our (work|journalism|reporting|site|website))\b",
        r"\byour support\b.{0,60}\b(essential|crucial|vital|matters|helps)\b",
        r"^(?=.*\b(vous|votre|vos|you|your)\b).*\b(paypal|tipeee|patreon|liberapay|ko-fi|utip)\b",  # anchored: linear
    ),
    "subscription": (
        r"\babonnez[- ]vous\b",
        r"\b(devenez|become) (a |an )?(abonnée?|membre|member|subscriber|patron)\b",
        r"\b(déjà abonné|réservée? aux abonnés|already a subscriber|subscribers only)\b",
        r"\bsubscribe (to|now|today)\b",
    ),
    "original-link": (
        r"\b(lire|lisez|voir|consulter|retrouvez|retrouver) l'article (original|d'origine|source|complet)\b",
        r"\bl'article (original|d'origine)\s*(ici|:)",
        r"\b(cet|cette|l') (article|billet|tribune) (a été )?(initialement|d'abord|originellement) (publiée?|paru)",
        r"\bread (the )?(original|full) (article|story|post|version)\b",
        r"\b(this|the) (article|story|post) (was )?(originally|first) (published|appeared)\b",
        r"^(source|sources)\s*:\s*\S+",
    ),
    "social": (
        r"\b(suivez|rejoignez|retrouvez)[- ]nous sur\b",
        r"\b(follow|join|find) us on\b",
        r"\blike us on facebook\b",
    ),
    "series": (
        r"^(ce|cet|cette) (billet|article|post|reportage|texte|tribune) fait partie (de|du|des)\b",
        r"\bfait partie de notre (dossier|couverture|série)\b",
        r"\b(suivez|continuez à suivre)\b.{0,80}\b(notre|nos) dossiers?\b",
        r"^this (post|article|story|piece) is part of\b",
        r"\bpart of our (special )?(coverage|series)\b",
    ),
    "translation": (r"^(traduit|traduction|translated|translation)\b.{0,60}\b(par|by|de l'|from)\b",),
    "copyright": (
        r"\btous droits réservés\b",
        r"\ball rights reserved\b",
        r"\breproduction (strictement )?interdite\b",
        r"^(©|\(c\)|copyright)\s*\S",
    ),
    "embed": (
        r"\bplay in (a )?new window\b",
        r"^\{\s*\w+\s*:.*\}\s*,?$",
        r"\b(autoPlay|autoBuffering|videoFile|flashvars)\s*:",
    ),
}

# Lines cut only inside a trailer block: photo and illustration credits, which may be real captions elsewhere.
TAIL_PATTERNS: dict[str, tuple[str, ...]] = {
    "credit": (
        r"^(photos?|images?|illustrations?|vignette|image de la vignette|photo en médaillon|crédits?( photos?)?|"
        r"credits?|photo credit)\b.{0,120}(©|\bcopyright\b|\bcc[ -]by|\bcreative commons\b|\blicen[cs]e\b|\bflickr\b|"
        r"\bdemotix\b|\bgetty\b|\bafp\b|\breuters\b|\bap photo\b|\bshutterstock\b|\bwikimedia\b|permission\b)",
        r"^(photo|image|crédit photo|photo credit)\s*:",
    ),
}

# Categories also cut when they open the article (the same boilerplate often sits at both ends).
HEADER_CATEGORIES: tuple[str, ...] = ("series",)

MAX_TRAILER_CHARS = 500  # a trailer paragraph is a short call to action, never a long one
JUNK_CHARS = 40  # inside a trailer block, any paragraph this short is junk ("ICI", "| Download")
JUNK_LINK_CHARS = 100  # ... and so is an unpunctuated line this short (link titles, site names)
MIN_DUPLICATE_WORDS = 10  # shorter repeats (tweet signatures, list items) are kept unless adjacent
TITLE_MAX_CHARS = 200

_COMPILED = {
    name: tuple(re.compile(p, re.I | re.S) for p in patterns)
    for name, patterns in (TRAILER_PATTERNS | TAIL_PATTERNS).items()
}
# one alternation per category: a single scan of the paragraph instead of one per pattern
_COMBINED = {
    name: re.compile("|".join(f"(?:{p.pattern})" for p in compiled), re.I | re.S)
    for name, compiled in _COMPILED.items()
}
_SPACES = re.compile(r"[^\S\n]+")
_INVISIBLE = re.compile("[\u200b\ufeff]")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class CleanText:
    """Paragraphs that survived cleaning and what was cut, in document order."""

    paragraphs: list[str]
    removed: list[Removal] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def _tidy(paragraph: str) -> str:
    """Collapse runs of spaces (tabs, no-break spaces) in each line, drop blank lines, strip."""
    lines = (_SPACES.sub(" ", line).strip() for line in _INVISIBLE.sub("", paragraph).split("\n"))
    return "\n".join(line for line in lines if line)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs split on blank lines, or on lines when the text has no blank line; tidied, empties dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [p for p in map(_tidy, parts) if p]


def comparison_key(paragraph: str) -> str:
    """Comparison form: case, apostrophes and spacing ignored."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", paragraph).replace("’", "'")).casefold().strip()


def _category(paragraph: str) -> str | None:
    """The trailer or tail category a paragraph matches, or 'separator' for a line of symbols."""
    if len(paragraph) >= 3 and not any(ch.isalnum() for ch in paragraph):
        return "separator"
    if len(paragraph) > MAX_TRAILER_CHARS:
        return None
    probe = paragraph.replace("’", "'")
    for name, pattern in _COMBINED.items():
        if pattern.search(probe):
            return name
    return None


def _is_junk(paragraph: str) -> bool:
    return len(paragraph) <= JUNK_CHARS or (
        len(paragraph) <= JUNK_LINK_CHARS and not _SENTENCE_END.search(paragraph)
    )


class _Categories:
    """Paragraph categories computed on first use: only the paragraphs at both ends are ever looked at, and
    the trailer patterns are the costliest part of cleaning."""

    def __init__(self, paragraphs: list[str]) -> None:
        self._paragraphs = paragraphs
        self._found: dict[int, str | None] = {}

    def __getitem__(self, i: int) -> str | None:
        if i not in self._found:
            self._found[i] = _category(self._paragraphs[i])
        return self._found[i]


def _trailer_start(categories: _Categories, paragraphs: list[str]) -> int | None:
    """Index where the end-of-article trailer block starts, or None when the article ends with content."""
    start = len(paragraphs)
    while start > 1 and (categories[start - 1] is not None or _is_junk(paragraphs[start - 1])):
        start -= 1
    for i in range(start, len(paragraphs)):
        if categories[i] is not None and categories[i] not in TAIL_PATTERNS:
            return i
    return None


def clean_text(text: str) -> CleanText:
    """Clean one article's text: cut the trailer block, leading boilerplate and repeated paragraphs."""
    paragraphs = split_paragraphs(text)
    categories = _Categories(paragraphs)
    cut: dict[int, str] = {}
    start = _trailer_start(categories, paragraphs)
    if start is not None:
        for i in range(start, len(paragraphs)):
            cut[i] = f"trailer: {categories[i] or 'junk'}"
    i = 0
    while i < len(paragraphs) - 1 and i not in cut and categories[i] in HEADER_CATEGORIES:
        cut[i] = f"header: {categories[i]}"
        i += 1
    seen: set[str] = set()
    previous = ""
    for i, paragraph in enumerate(paragraphs):
        if i in cut:
            continue
        key = comparison_key(paragraph)
        if key in seen and (key == previous or len(_WORD.findall(paragraph)) >= MIN_DUPLICATE_WORDS):
            cut[i] = "duplicate paragraph"
            continue
        seen.add(key)
        previous = key
    kept = [p for i, p in enumerate(paragraphs) if i not in cut]
    removed = [Removal(reason, paragraphs[i]) for i, reason in sorted(cut.items())]
    return CleanText(kept, removed)


def guess_title(paragraphs: list[str]) -> str | None:
    """The first paragraph when it reads like a headline: one line, no final punctuation, short, not alone."""
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0]
    if "\n" in first or len(first) >= TITLE_MAX_CHARS or re.search(r"[.!?…:;,]\s*$", first):
        return None
    return first if len(_WORD.findall(first)) >= 2 else None
