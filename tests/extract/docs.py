"""Parsed spaCy Docs built by hand from a compact table, to test extraction rules without a trained model.

One row per token, whitespace-separated:

    index  word  lemma  POS[/TAG]  dep  head  [morph]  [ent]

`head` is the absolute index of the head (a ROOT points to itself), `lemma` "=" repeats the word, `morph`
and `ent` are "_" when empty, `ent` is an IOB tag such as "B-ORG". The words must appear in `text` in order;
the spaces between them are read off the text, and sentences are the trees of the parse.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc

from vigie.types import Article

__all__ = ["article", "build"]


@cache
def _vocab(lang: str):
    return spacy.blank(lang).vocab


def build(lang: str, text: str, table: str) -> Doc:
    """A Doc whose text is `text`, with the tags and parse given by `table`."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words, lemmas, pos, tags, deps, heads, morphs, ents = [], [], [], [], [], [], [], []
    for n, cols in enumerate(rows):
        if len(cols) < 6:
            raise ValueError(f"row {n}: expected at least 6 columns, got {cols}")
        idx, word, lemma, tag, dep, head, *rest = cols
        if int(idx) != n:
            raise ValueError(f"row {n}: index column says {idx}")
        morph = rest[0] if rest else "_"
        ent = rest[1] if len(rest) > 1 else "_"
        p, _, t = tag.partition("/")
        words.append(word)
        lemmas.append(word if lemma == "=" else lemma)
        pos.append(p)
        tags.append(t or p)
        deps.append(dep)
        heads.append(int(head))
        morphs.append("" if morph == "_" else morph)
        ents.append("O" if ent == "_" else ent)
    spaces = _spaces(text, words)
    roots = [_root(i, heads) for i in range(len(words))]
    sent_starts = [i == 0 or roots[i] != roots[i - 1] for i in range(len(words))]
    doc = Doc(
        _vocab(lang),
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        deps=deps,
        heads=heads,
        morphs=morphs,
        sent_starts=sent_starts,
        ents=ents,
    )
    if doc.text != text:
        raise ValueError(f"table words do not rebuild the text: {doc.text!r}")
    return doc


def _spaces(text: str, words: list[str]) -> list[bool]:
    out, pos = [], 0
    for n, word in enumerate(words):
        if not text.startswith(word, pos):
            raise ValueError(f"word {n} {word!r} not found at offset {pos} of {text!r}")
        pos += len(word)
        gap = len(text) - pos - len(text[pos:].lstrip(" "))
        if gap > 1:
            raise ValueError(f"more than one space after word {n} {word!r}")
        out.append(gap == 1)
        pos += gap
    if pos != len(text):
        raise ValueError(f"text left over after the last word: {text[pos:]!r}")
    return out


def _root(i: int, heads: list[int]) -> int:
    seen = set()
    while heads[i] != i:
        if i in seen:
            raise ValueError(f"cycle in heads at token {i}")
        seen.add(i)
        i = heads[i]
    return i


def article(doc: Doc, lang: str, published: str = "2021-04-08") -> Article:
    """The article a hand-built Doc was parsed from."""
    return Article(id="t", text=doc.text, language=lang, published=published, text_sha256="x")
