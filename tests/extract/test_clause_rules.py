"""Clause-level rules: obligations in reported speech, protests by purpose, preparations, objects that retype."""

from __future__ import annotations


def _types(events):
    return [e.event_type for e in events]


def test_must_clause_in_speech_is_a_demand(extract):
    """ "X said that Y must V" is REQUEST from X on Y, whatever V is."""
    events, _ = extract(
        "en",
        "Russia said that Sudan must return the helicopter.",
        """
        0  Russia     =        PROPN/NNP nsubj 1 Number=Sing B-GPE
        1  said       say      VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2  that       =        SCONJ/IN  mark  5
        3  Sudan      =        PROPN/NNP nsubj 5 Number=Sing B-GPE
        4  must       =        AUX/MD    aux   5 VerbForm=Fin
        5  return     =        VERB/VB   ccomp 1 VerbForm=Inf
        6  the        =        DET/DT    det   7
        7  helicopter =        NOUN/NN   dobj  5 Number=Sing
        8  .          =        PUNCT/.   punct 1
        """,
    )
    assert _types(events) == ["REQUEST"]
    assert [a.country for a in events[0].source] == ["RUS"]
    assert [a.country for a in events[0].target] == ["SDN"]


def test_act_done_to_protest_is_a_protest(extract):
    """ "Workers shunned work to protest the law": the act is the protest, not verbal disapproval."""
    events, _ = extract(
        "en",
        "Workers shunned work on Monday to protest the law.",
        """
        0  Workers =       NOUN/NNS  nsubj 1 Number=Plur
        1  shunned shun    VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2  work    =       NOUN/NN   dobj  1 Number=Sing
        3  on      =       ADP/IN    prep  1
        4  Monday  =       PROPN/NNP pobj  3 Number=Sing B-DATE
        5  to      =       PART/TO   aux   6
        6  protest =       VERB/VB   advcl 1 VerbForm=Inf
        7  the     =       DET/DT    det   8
        8  law     =       NOUN/NN   dobj  6 Number=Sing
        9  .       =       PUNCT/.   punct 1
        """,
    )
    assert _types(events) == ["PROTEST"]
    assert events[0].mode == "strike" and events[0].source  # staying away from work is a stoppage


def test_demand_of_a_rally_is_the_rally(extract):
    """ "staged rallies, saying the leader must resign": one protest, its demand is what it is about."""
    events, _ = extract(
        "en",
        "Activists staged rallies, saying the leader must resign.",
        """
        0  Activists activist NOUN/NNS  nsubj 1 Number=Plur
        1  staged    stage    VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2  rallies   rally    NOUN/NNS  dobj  1 Number=Plur
        3  ,         =        PUNCT/,   punct 1
        4  saying    say      VERB/VBG  advcl 1 Aspect=Prog|Tense=Pres|VerbForm=Part
        5  the       =        DET/DT    det   6
        6  leader    =        NOUN/NN   nsubj 8 Number=Sing
        7  must      =        AUX/MD    aux   8 VerbForm=Fin
        8  resign    =        VERB/VB   ccomp 4 VerbForm=Inf
        9  .         =        PUNCT/.   punct 1
        """,
    )
    assert _types(events) == ["PROTEST"]


def test_preparing_an_attack_is_a_mobilisation(extract):
    """ "The army prepared to attack the town": forces getting ready, not a threat."""
    events, _ = extract(
        "en",
        "The army prepared to attack the town.",
        """
        0  The      the     DET/DT   det   1
        1  army     =       NOUN/NN  nsubj 2 Number=Sing
        2  prepared prepare VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3  to       =       PART/TO  aux   4
        4  attack   =       VERB/VB  xcomp 2 VerbForm=Inf
        5  the      =       DET/DT   det   6
        6  town     =       NOUN/NN  dobj  4 Number=Sing
        7  .        =       PUNCT/.  punct 2
        """,
    )
    assert [(e.event_type, e.mode, e.status) for e in events] == [("MOBILIZE", "troops", "occurred")]


def test_evacuating_the_wounded_is_aid_and_no_attack(extract):
    """The object decides: evacuating the wounded is humanitarian aid; "the wounded" alone reports no attack."""
    events, _ = extract(
        "en",
        "Helicopters evacuated the wounded.",
        """
        0  Helicopters helicopter NOUN/NNS nsubj 1 Number=Plur
        1  evacuated   evacuate   VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2  the         =          DET/DT   det   3
        3  wounded     =          ADJ/JJ   dobj  1 Degree=Pos
        4  .           =          PUNCT/.  punct 1
        """,
    )
    assert _types(events) == ["AID"]


def test_capturing_part_of_a_town_is_fighting(extract):
    """A partitive object ("part of the town") is looked through: taking ground is ASSAULT, not an arrest."""
    events, _ = extract(
        "en",
        "The army captured part of the town.",
        """
        0  The      the     DET/DT   det   1
        1  army     =       NOUN/NN  nsubj 2 Number=Sing
        2  captured capture VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3  part     =       NOUN/NN  dobj  2 Number=Sing
        4  of       =       ADP/IN   prep  3
        5  the      =       DET/DT   det   6
        6  town     =       NOUN/NN  pobj  4 Number=Sing
        7  .        =       PUNCT/.  punct 2
        """,
    )
    assert _types(events) == ["ASSAULT"]
