"""English noun phrases whose first word names the act ("relief convoy"), acts counted in days or weeks ("the
fourth week of a hunger strike"), casualties who are cared for, and ruling out."""

from __future__ import annotations


def _summary(events):
    return [(e.event_type, [a.text for a in e.source]) for e in events]


def test_compound_phrase_names_the_act(extract):
    """ "A relief convoy": the lexicon's two-word phrase, whose first word modifies the second, is aid."""
    events, _ = extract(
        "en",
        "A relief convoy reached the town.",
        """
        0 A       a     DET/DT   det      2 Definite=Ind|PronType=Art
        1 relief  =     NOUN/NN  compound 2 Number=Sing
        2 convoy  =     NOUN/NN  nsubj    3 Number=Sing
        3 reached reach VERB/VBD ROOT     3 Tense=Past|VerbForm=Fin
        4 the     =     DET/DT   det      5 Definite=Def|PronType=Art
        5 town    =     NOUN/NN  dobj     3 Number=Sing
        6 .       =     PUNCT/.  punct    3 PunctType=Peri
        """,
    )
    assert [e.event_type for e in events] == ["AID"]
    assert events[0].evidence.text.startswith("A relief convoy")


def test_week_of_a_strike_is_the_subjects_strike(extract):
    """ "The mother entered the fourth week of a hunger strike": she is on strike."""
    events, _ = extract(
        "en",
        "The mother entered the fourth week of a hunger strike.",
        """
        0  The     the   DET/DT   det      1 Definite=Def|PronType=Art
        1  mother  =     NOUN/NN  nsubj    2 Number=Sing
        2  entered enter VERB/VBD ROOT     2 Tense=Past|VerbForm=Fin
        3  the     =     DET/DT   det      5 Definite=Def|PronType=Art B-DATE
        4  fourth  =     ADJ/JJ   amod     5 Degree=Pos                I-DATE
        5  week    =     NOUN/NN  dobj     2 Number=Sing               I-DATE
        6  of      =     ADP/IN   prep     5 _                         _
        7  a       =     DET/DT   det      9 Definite=Ind|PronType=Art _
        8  hunger  =     NOUN/NN  compound 9 Number=Sing               _
        9  strike  =     NOUN/NN  pobj     6 Number=Sing               _
        10 .       =     PUNCT/.  punct    2 PunctType=Peri            _
        """,
    )
    assert _summary(events) == [("PROTEST", ["The mother"])]
    assert events[0].mode == "hunger"


def test_french_week_of_strike(extract):
    """ "entament leur troisième semaine de grève": a bare "de grève" under a span of time is the strike."""
    events, _ = extract(
        "fr",
        "Les enseignants entament leur troisième semaine de grève.",
        """
        0 Les         le         DET   det   1 Definite=Def|Number=Plur|PronType=Art
        1 enseignants enseignant NOUN  nsubj 2 Gender=Masc|Number=Plur
        2 entament    entamer    VERB  ROOT  2 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 leur        son        DET   det   5 Number=Sing|Poss=Yes
        4 troisième   =          ADJ   amod  5 NumType=Ord|Number=Sing
        5 semaine     =          NOUN  obj   2 Gender=Fem|Number=Sing
        6 de          =          ADP   case  7 _
        7 grève       =          NOUN  nmod  5 Gender=Fem|Number=Sing
        8 .           =          PUNCT punct 2 _
        """,
    )
    assert _summary(events) == [("PROTEST", ["Les enseignants"])]


def test_wounded_cared_for_are_no_attack(extract):
    """ "Field hospital treats thousands of Gaza wounded": people named by their state (the tagger made "wounded"
    a bare verb under "treats"), no attack reported."""
    events, _ = extract(
        "en",
        "Field hospital treats thousands of Gaza wounded",
        """
        0 Field     =        NOUN/NN   compound 1 Number=Sing
        1 hospital  =        NOUN/NN   nsubj    2 Number=Sing
        2 treats    treat    VERB/VBZ  ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 thousands thousand NOUN/NNS  dobj     2 Number=Plur                                  B-CARDINAL
        4 of        =        ADP/IN    prep     3 _                                            _
        5 Gaza      =        PROPN/NNP pobj     4 Number=Sing                                  B-GPE
        6 wounded   wound    VERB/VBD  advcl    2 Tense=Past|VerbForm=Fin                      _
        """,
    )
    assert "ASSAULT" not in [e.event_type for e in events]


def test_ruling_out_talks_is_a_refusal(extract):
    """ "Iran ruled out talks": a refusal, and the talks it refuses did not take place."""
    events, _ = extract(
        "en",
        "Iran ruled out talks with Washington.",
        """
        0 Iran       =    PROPN/NNP nsubj 1 Number=Sing             B-GPE
        1 ruled      rule VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin _
        2 out        =    ADP/RP    prt   1 _                       _
        3 talks      talk NOUN/NNS  dobj  1 Number=Plur             _
        4 with       =    ADP/IN    prep  3 _                       _
        5 Washington =    PROPN/NNP pobj  4 Number=Sing             B-GPE
        6 .          =    PUNCT/.   punct 1 PunctType=Peri          _
        """,
    )
    assert _summary(events)[0] == ("REJECT", ["Iran"])
    assert "CONSULT" not in [e.event_type for e in events if e.status == "occurred"]


def test_dropping_own_bill_is_a_concession(extract):
    """ "Ruto drops tax bill": a government giving up its own measure concedes."""
    events, _ = extract(
        "en",
        "Kenya's Ruto drops tax bill after deadly protests",
        """
        0 Kenya    =       PROPN/NNP poss     2 Number=Sing                                  B-GPE
        1 's       =       PART/POS  case     0 _                                            _
        2 Ruto     =       PROPN/NNP nsubj    3 Number=Sing                                  _
        3 drops    drop    VERB/VBZ  ROOT     3 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        4 tax      =       NOUN/NN   compound 5 Number=Sing                                  _
        5 bill     =       NOUN/NN   dobj     3 Number=Sing                                  _
        6 after    =       ADP/IN    prep     3 _                                            _
        7 deadly   =       ADJ/JJ    amod     8 Degree=Pos                                   _
        8 protests protest NOUN/NNS  pobj     6 Number=Plur                                  _
        """,
    )
    assert [e.event_type for e in events][0] == "CONCEDE"
