"""Sentence boundaries: paragraphs open sentences; titles and quote marks neither end nor open them."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from vigie.annotate.components import SentenceBoundaries


def _doc(lang: str, words: list[str], spaces: list[bool]) -> Doc:
    return Doc(spacy.blank(lang).vocab, words=words, spaces=spaces)


def test_paragraph_break_starts_a_sentence():
    """The blank between two paragraphs is marked as the start of the next sentence."""
    doc = _doc(
        "fr",
        ["Il", "est", "parti", ".", "\n\n", "Elle", "reste", "."],
        [True, True, False, False, False, True, False, False],
    )
    assert doc.text == "Il est parti.\n\nElle reste."
    SentenceBoundaries()(doc)
    assert doc[4].is_sent_start is True
    assert doc[5].is_sent_start is not True  # the word after the break is not cut off on its own
    assert [s.text for s in doc.sents] == ["Il est parti.", "\n\nElle reste."]


def test_paragraph_break_without_full_stop_starts_a_sentence():
    """A title line with no full stop still ends at the paragraph break."""
    doc = _doc(
        "fr", ["Frappes", "en", "Irak", "\n\n", "Les", "milices"], [True, True, False, False, True, False]
    )
    SentenceBoundaries()(doc)
    assert doc[3].is_sent_start is True


def test_split_title_abbreviations_do_not_end_a_sentence():
    """Split titles ("Brig . Gen . Mohammad"): neither full stop nor the word after it opens a sentence."""
    words = ["Brig", ".", "Gen", ".", "Mohammad", "Hejazi", "said", "."]
    doc = _doc("en", words, [False, True, False, True, True, True, False, False])
    assert doc.text == "Brig. Gen. Mohammad Hejazi said."
    SentenceBoundaries()(doc)
    assert [doc[i].is_sent_start for i in (1, 2, 3, 4)] == [False, False, False, False]


def test_joined_title_abbreviations_do_not_end_a_sentence():
    """Titles as the English tokenizer splits them ("Brig . Gen. Mohammad"): no sentence start inside."""
    words = ["Brig", ".", "Gen.", "Mohammad", "Hejazi", "said", "."]
    doc = _doc("en", words, [False, True, True, True, True, False, False])
    assert [t.text for t in spacy.blank("en")(doc.text)] == words
    SentenceBoundaries()(doc)
    assert [doc[i].is_sent_start for i in (1, 2, 3)] == [False, False, False]


def test_lower_case_word_is_no_title():
    """Only a capitalised abbreviation is a title: "the gen." leaves the next word alone."""
    doc = _doc(
        "en", ["the", "next", "gen", ".", "It", "sold", "."], [True, True, False, True, True, False, False]
    )
    SentenceBoundaries()(doc)
    assert doc[4].is_sent_start is None


def test_quote_marks_and_commas_do_not_open_sentences():
    """No sentence opens on a closing quote or a comma, nor right after an opening quote."""
    words = ["«", "Nous", "partirons", "»", ",", "a", "-t", "-il", "déclaré", "."]
    doc = _doc("fr", words, [True, True, True, False, True, False, False, True, False, False])
    assert doc.text == "« Nous partirons », a-t-il déclaré."
    SentenceBoundaries()(doc)
    assert [doc[i].is_sent_start for i in (1, 3, 4)] == [False, False, False]


def test_registered_factory_runs_in_a_pipeline():
    """The component is registered as "vigie_sentence_boundaries" and runs inside a pipeline."""
    nlp = spacy.blank("en")
    nlp.add_pipe("vigie_sentence_boundaries")
    doc = nlp("Lt. Col. Smith left.\n\nHe came back.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert "\n\n" in starts
    assert not {"Col", "Col.", "Smith"} & set(starts)
