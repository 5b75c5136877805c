"""Hyphenated event words stay one token ("sit-in"), including those of a user's lexicon file, so the lexicon
finds them; the user's file also reaches the extractor."""

from __future__ import annotations

import spacy

from vigie.annotate.pipeline import _keep_hyphenated
from vigie.config import Settings
from vigie.pipeline import Pipeline


def _words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.tokenizer(text)]


def test_lexicon_hyphenated_words_are_one_token():
    nlp = spacy.blank("fr")
    assert "sit-in" not in _words(nlp, "Un sit-in devant la Croix-Rouge.")  # the plain tokenizer cuts them
    _keep_hyphenated(nlp, "fr", Settings())
    words = _words(nlp, "Un sit-in devant la Croix-Rouge, puis un Sit-in.")
    assert {"sit-in", "Sit-in", "Croix-Rouge"} <= set(words)
    assert _words(nlp, "Le cessez-le-feu tient.") == ["Le", "cessez-le-feu", "tient", "."]


def test_user_lexicon_words_are_kept_and_looked_up(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("die-in\tN\tPROTEST\tdemo\n", encoding="utf-8")
    settings = Settings(lexicons=(str(extra),))
    nlp = spacy.blank("en")
    _keep_hyphenated(nlp, "en", settings)
    assert "die-in" in _words(nlp, "Activists staged a die-in outside the ministry.")
    entries = Pipeline(settings).extractor("en").lex.lookup("N", "die-in")
    assert [(e.type, e.mode) for e in entries] == [("PROTEST", "demo")]
