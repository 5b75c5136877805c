"""The alias index: whole-phrase lookups and hits in running text, longest alias first."""

from __future__ import annotations

from vigie.resolve.gazetteer import AliasIndex, tokenize


def _index() -> AliasIndex[str]:
    index: AliasIndex[str] = AliasIndex()
    index.add("Forces de soutien rapide", "rsf")
    index.add("Forces armées", "army")
    index.add("Forces", "forces")
    index.add("Union africaine", "au")
    index.add("en:African Union", "au")
    index.add("UA", "au")
    return index


def test_hits_are_longest_first_among_aliases_sharing_a_first_word():
    index = _index()
    toks = tokenize("Les Forces de soutien rapide et les Forces armées")
    assert [(h.i, h.j, h.value) for h in index.at(toks, 1)] == [(1, 5, "rsf"), (1, 2, "forces")]
    assert [(h.i, h.j, h.value) for h in index.find(toks)] == [(1, 5, "rsf"), (7, 9, "army")]


def test_an_alias_running_past_the_text_end_is_not_tried():
    toks = tokenize("les Forces de soutien")
    assert [h.value for h in _index().find(toks)] == ["forces"]


def test_whole_phrase_language_and_capitals():
    index = _index()
    assert index.get("l'Union africaine") == "au"
    assert index.get("the African Union", "en") == "au"
    assert index.get("the African Union", "fr") is None
    assert [h.value for h in index.find(tokenize("L'UA a condamné"))] == ["au"]
    assert index.find(tokenize("ua")) == []  # a short acronym matches only in capitals
