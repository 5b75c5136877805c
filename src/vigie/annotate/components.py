"""Project spaCy components, registered by name so pipelines can be rebuilt from config."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["TITLE_ABBREVIATIONS", "SentenceBoundaries"]

# Rank and civil titles that end in a full stop without ending the sentence ("Brig. Gen. Mohammad Hejazi").
TITLE_ABBREVIATIONS = frozenset(
    [
        "brig",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "prof",
        "pres",
        "sec",
        "amb",
        "lieut",
        "cdt",
    ]
)

OPENING_QUOTES = frozenset({"«", "“"})
CLOSING_QUOTES = frozenset({"»", "”"})
NEVER_FIRST = frozenset({",", ";", ":", ")", "]", "–", "—"})  # no sentence opens with these


class SentenceBoundaries:
    """Start a sentence at every paragraph and forbid one right after a title abbreviation ("Brig. Gen.").

    Runs before the parser, which respects preset boundaries.
    """

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for tok in doc:
            # the blank between paragraphs opens the next sentence; marking the word after it would make the
            # parser cut that word off on its own
            if tok.is_space and "\n" in tok.text and tok.i > 0:
                tok.is_sent_start = True
            if tok.text in CLOSING_QUOTES or tok.text in NEVER_FIRST:
                tok.is_sent_start = False
            if tok.text in OPENING_QUOTES and tok.i + 1 < n:
                doc[tok.i + 1].is_sent_start = False
        for tok in doc:
            low = tok.lower_.rstrip(".")
            if low not in TITLE_ABBREVIATIONS or not tok.text[:1].isupper():
                continue
            nxt = tok.i + 1
            if tok.text.endswith("."):
                pass
            elif nxt < n and doc[nxt].text == ".":
                nxt += 1
            else:
                continue
            # the abbreviation's own full stop and the word after it stay inside the sentence
            for j in range(tok.i + 1, min(nxt + 1, n)):
                doc[j].is_sent_start = False
        return doc


@Language.factory("vigie_sentence_boundaries")
def make_sentence_boundaries(nlp: Language, name: str) -> SentenceBoundaries:
    return SentenceBoundaries()
