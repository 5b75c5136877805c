"""Per-document caches: the sentence index gives spaCy's own sentences; actors resolved once per word stay separate
objects for each caller."""

from __future__ import annotations

from docs import article, build

from vigie.extract.syntax import index_sentences

TEXT = "Rebels attacked Goma. The army fled. Talks resumed."
TABLE = """
0 Rebels rebel NOUN/NNS nsubj 1
1 attacked attack VERB/VBD ROOT 1
2 Goma = PROPN/NNP dobj 1
3 . = PUNCT/. punct 1
4 The the DET/DT det 5
5 army = NOUN/NN nsubj 6
6 fled flee VERB/VBD ROOT 6
7 . = PUNCT/. punct 6
8 Talks talk NOUN/NNS nsubj 9
9 resumed resume VERB/VBD ROOT 9
10 . = PUNCT/. punct 9
"""


def _bounds(span):
    return span.start, span.end


def test_same_sentences_as_spacy():
    plain, indexed = build("en", TEXT, TABLE), build("en", TEXT, TABLE)
    index_sentences(indexed)
    assert (
        [_bounds(s) for s in indexed.sents] == [_bounds(s) for s in plain.sents] == [(0, 4), (4, 8), (8, 11)]
    )
    assert [_bounds(t.sent) for t in indexed] == [_bounds(t.sent) for t in plain]
    assert "sent" in indexed.user_token_hooks and "sent" not in plain.user_token_hooks


def test_span_sentence_covers_every_sentence_it_touches():
    doc = build("en", TEXT, TABLE)
    index_sentences(doc)
    assert _bounds(doc[5:6].sent) == (4, 8)
    assert _bounds(doc[2:6].sent) == (0, 8)  # as spaCy: from the first sentence's start to the last one's end
    assert _bounds(doc[4:4].sent) == (4, 8)


def test_indexing_twice_keeps_the_first_index():
    doc = build("en", TEXT, TABLE)
    index_sentences(doc)
    hook = doc.user_token_hooks["sent"]
    index_sentences(doc)
    assert doc.user_token_hooks["sent"] is hook


def test_each_caller_gets_its_own_copy_of_a_cached_actor(extractors):
    doc = build("en", TEXT, TABLE)
    ex = extractors["en"]
    ex(article(doc, "en"), doc)  # starts a fresh actor cache
    first = ex._actor(doc[0])
    first.name = "changed by one caller"
    second = ex._actor(doc[0])
    assert second is not first and second.text == "Rebels" and second.name != "changed by one caller"


def test_the_actor_cache_starts_empty_for_each_extraction(extractors):
    doc = build("en", TEXT, TABLE)
    ex = extractors["en"]
    doc.user_data["vigie_actors"] = {0: "left by another extractor"}
    events, _ = ex(article(doc, "en"), doc)
    assert [e.source[0].text for e in events if e.source] == ["Rebels"]
