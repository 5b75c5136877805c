"""The type model's guess for a lead the rules found nothing in: when it speaks, with what type, trigger, actors
and confidence, and when it keeps quiet. A small hand-made model keeps these tests independent of the shipped
weights."""

from __future__ import annotations

import pytest
from docs import article, build

from vigie.extract.events import GUESS_CONFIDENCE, GUESS_MIN, EventExtractor
from vigie.extract.typemodel import NONE, TypeModel, sentence_features

# "Kidnappers free 14 bus passengers": the tagger read "free" as an adjective, so no rule fires
KIDNAPPERS = """
0 Kidnappers kidnapper NOUN/NNS nsubj 4 Number=Plur _
1 free       =         ADJ/JJ   amod  4 Degree=Pos  _
2 14         =         NUM/CD   nummod 4 NumType=Card _
3 bus        =         NOUN/NN  compound 4 Number=Sing _
4 passengers passenger NOUN/NNS ROOT  4 Number=Plur _
"""
COPPER = """
0 Copper copper NOUN/NN  compound 1 Number=Sing _
1 output =      NOUN/NN  nsubj    2 Number=Sing _
2 grows  grow   VERB/VBZ ROOT     2 VerbForm=Fin _
3 in     =      ADP/IN   prep     2 _ _
4 July   =      PROPN/NNP pobj    3 Number=Sing B-DATE
"""


def _model(word: str, typ: str, strength: float = 4.0) -> TypeModel:
    """A model that says `typ` when `word` is in the sentence and NONE otherwise."""
    classes = (NONE, typ)
    return TypeModel(classes, {f"w:en:{word}": (0.0, strength)}, (1.0, -1.0), {})


@pytest.fixture()
def guessing(actors, places):
    def run(text: str, table: str, model: TypeModel | None):
        ex = EventExtractor("en", actors, places)
        ex.type_model = model
        doc = build("en", text, table)
        return ex.explain(article(doc, "en"), doc)[0]

    return run


def test_the_model_names_the_event_of_a_lead_the_rules_missed(guessing):
    scored = guessing("Kidnappers free 14 bus passengers", KIDNAPPERS, _model("kidnapper", "RETREAT"))
    assert [(e.event_type, f[-1]) for e, f in scored] == [("RETREAT", "guessed")]
    event = scored[0][0]
    # the word the lexicon gives that type is the trigger, with its mode, even though it was tagged an adjective
    assert (event.trigger, event.mode) == ("free", "release")
    probability = _model("kidnapper", "RETREAT").probabilities(["w:en:kidnapper"])["RETREAT"]
    assert event.confidence == pytest.approx(probability * GUESS_CONFIDENCE)
    assert event.evidence.text == "Kidnappers free 14 bus passengers"


def test_no_guess_when_the_model_sees_no_event(guessing):
    assert guessing("Copper output grows in July", COPPER, _model("kidnapper", "RETREAT")) == []


def test_no_guess_without_a_model(guessing):
    assert guessing("Kidnappers free 14 bus passengers", KIDNAPPERS, None) == []


def test_no_guess_below_the_least_probability(guessing):
    weak = _model("kidnapper", "RETREAT", strength=0.0)  # NONE at 0.88
    assert weak.probabilities(["w:en:kidnapper"])["RETREAT"] < GUESS_MIN
    assert guessing("Kidnappers free 14 bus passengers", KIDNAPPERS, weak) == []
    # three classes: the type beats NONE but stays under the floor
    split = TypeModel((NONE, "RETREAT", "AID"), {"w:en:kidnapper": (0.0, 2.0, 1.9)}, (0.0, 0.0, 0.0), {})
    probs = split.probabilities(["w:en:kidnapper"])
    assert probs[NONE] < probs["RETREAT"] < GUESS_MIN
    assert guessing("Kidnappers free 14 bus passengers", KIDNAPPERS, split) == []


def test_no_guess_when_the_rules_found_an_event_in_the_article(guessing):
    text = "Police arrested 12 protesters"
    table = """
    0 Police    police    NOUN/NNS nsubj 1 Number=Plur _
    1 arrested  arrest    VERB/VBD ROOT  1 VerbForm=Fin _
    2 12        =         NUM/CD   nummod 3 NumType=Card _
    3 protesters protester NOUN/NNS dobj 1 Number=Plur _
    """
    scored = guessing(text, table, _model("police", "ASSAULT", strength=9.0))
    assert [(e.event_type, "guessed" in f) for e, f in scored] == [("COERCE", False)]


def test_a_guessed_event_takes_its_actors_and_status_from_the_parse(guessing):
    """ "Rebels did not swamp the base": a verb the lexicon does not know; the model says ASSAULT, the parse
    gives the rebels, and the negation makes the event hypothetical, as for a rule's event."""
    table = """
    0 Rebels rebel  NOUN/NNS nsubj 3 Number=Plur _
    1 did    do     AUX/VBD  aux   3 VerbForm=Fin _
    2 not    =      PART/RB  neg   3 Polarity=Neg _
    3 swamp  =      VERB/VB  ROOT  3 VerbForm=Inf _
    4 the    =      DET/DT   det   5 _ _
    5 base   =      NOUN/NN  dobj  3 Number=Sing _
    """
    scored = guessing("Rebels did not swamp the base", table, _model("swamp", "ASSAULT"))
    assert len(scored) == 1
    event, feats = scored[0]
    assert (event.event_type, event.trigger, "guessed" in feats) == ("ASSAULT", "swamp", True)
    assert [a.text for a in event.source] == ["Rebels"]
    assert event.status == "hypothetical"


def test_sentence_features_hold_words_lexicon_types_and_headline_shape(extractors):
    doc = build("en", "Kidnappers free 14 bus passengers", KIDNAPPERS)
    feats = sentence_features(doc[:], extractors["en"].lex)
    assert {"w:en:kidnapper", "w:en:kidnappers", "root:en:passenger", "lex:RETREAT", "headline"} <= set(feats)
    assert "bi:en:kidnapper_free" in feats
