"""Tolls and weapons: verbs that count the victims of an attack ("claimed nine lives"), weapons named by their
modifiers, and clauses that name no attack at all."""

from __future__ import annotations


def test_a_toll_verb_counts_the_victims_of_the_weapon_it_names(extract):
    """ "A car bomb claimed nine lives": one bombing, nine dead, in Kirkuk, with no attacker named."""
    events, _ = extract(
        "en",
        "A car bomb claimed nine lives in Kirkuk on Tuesday.",
        """
        0   A        a        DET/DT     det        2   Definite=Ind|PronType=Art
        1   car      =        NOUN/NN    compound   2   Number=Sing
        2   bomb     =        NOUN/NN    nsubj      3   Number=Sing
        3   claimed  claim    VERB/VBD   ROOT       3   Tense=Past|VerbForm=Fin
        4   nine     =        NUM/CD     nummod     5   NumType=Card B-CARDINAL
        5   lives    life     NOUN/NNS   dobj       3   Number=Plur
        6   in       =        ADP/IN     prep       5   _
        7   Kirkuk   =        PROPN/NNP  pobj       6   Number=Sing B-GPE
        8   on       =        ADP/IN     prep       3   _
        9   Tuesday  =        PROPN/NNP  pobj       8   Number=Sing B-DATE
        10  .        =        PUNCT/.    punct      3   PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode, e.status, e.dead) for e in events] == [
        ("ASSAULT", "explosives", "occurred", 9)
    ]
    assert events[0].source == []
    assert events[0].location is not None and events[0].location.name == "Kirkuk"


def test_a_toll_of_no_weapon_is_no_attack(extract):
    """ "The earthquake claimed 300 lives": a toll, but nobody attacked."""
    events, _ = extract(
        "en",
        "The earthquake claimed 300 lives.",
        """
        0   The         the         DET/DT     det        1   Definite=Def|PronType=Art
        1   earthquake  =           NOUN/NN    nsubj      2   Number=Sing
        2   claimed     claim       VERB/VBD   ROOT       2   Tense=Past|VerbForm=Fin
        3   300         =           NUM/CD     nummod     4   NumType=Card B-CARDINAL
        4   lives       life        NOUN/NNS   dobj       2   Number=Plur
        5   .           =           PUNCT/.    punct      2   PunctType=Peri
        """,
    )
    assert events == []


def test_a_participle_with_an_object_is_active(extract):
    """A reduced clause with an object ("a vehicle packed with explosives killed nine civilians") counts its
    object as the victims, and the weapon in the subject's modifiers gives the mode."""
    events, _ = extract(
        "en",
        "A vehicle packed with explosives killed at least nine civilians in Kirkuk.",
        """
        0   A           a          DET/DT     det        1   Definite=Ind|PronType=Art
        1   vehicle     =          NOUN/NN    ROOT       1   Number=Sing
        2   packed      pack       VERB/VBN   acl        1   Aspect=Perf|Tense=Past|VerbForm=Part
        3   with        =          ADP/IN     prep       2   _
        4   explosives  explosive  NOUN/NNS   pobj       3   Number=Plur
        5   killed      kill       VERB/VBN   acl        4   Aspect=Perf|Tense=Past|VerbForm=Part
        6   at          =          ADP/IN     advmod     7   _ B-CARDINAL
        7   least       =          ADV/RBS    advmod     8   Degree=Sup I-CARDINAL
        8   nine        =          NUM/CD     nummod     9   NumType=Card I-CARDINAL
        9   civilians   civilian   NOUN/NNS   dobj       5   Number=Plur
        10  in          =          ADP/IN     prep       5   _
        11  Kirkuk      =          PROPN/NNP  pobj       10  Number=Sing B-GPE
        12  .           =          PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode, e.dead) for e in events] == [("ASSAULT", "explosives", 9)]
    assert [a.kind for a in events[0].target] == ["civilians"]


def test_no_group_claiming_is_no_claim(extract):
    """ "No group claimed the attack": the attack is reported, nobody claims it."""
    events, _ = extract(
        "en",
        "No group claimed the attack.",
        """
        0   No       no      DET/DT     det        1   _
        1   group    =       NOUN/NN    nsubj      2   Number=Sing
        2   claimed  claim   VERB/VBD   ROOT       2   Tense=Past|VerbForm=Fin
        3   the      =       DET/DT     det        4   Definite=Def|PronType=Art
        4   attack   =       NOUN/NN    dobj       2   Number=Sing
        5   .        =       PUNCT/.    punct      2   PunctType=Peri
        """,
    )
    assert all(e.status != "claimed" for e in events)


def test_sealing_off_an_area_is_a_restriction(extract):
    """ "Police sealed off the area": movement restricted (COERCE restrict), not a deal sealed."""
    events, _ = extract(
        "en",
        "Police sealed off the area.",
        """
        0   Police  =       NOUN/NNS   nsubj      1   Number=Plur
        1   sealed  seal    VERB/VBD   ROOT       1   Tense=Past|VerbForm=Fin
        2   off     =       ADP/RP     prt        1   _
        3   the     =       DET/DT     det        4   Definite=Def|PronType=Art
        4   area    =       NOUN/NN    dobj       1   Number=Sing
        5   .       =       PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("COERCE", "restrict")]
    assert [a.kind for a in events[0].source] == ["police"]


def test_faire_des_morts_counts_dead_and_wounded(extract):
    """ "Une voiture piégée a fait neuf morts et 23 blessés": one bombing with both counts."""
    events, _ = extract(
        "fr",
        "Une voiture piégée a fait neuf morts et 23 blessés à Kirkouk.",
        """
        0   Une      un       DET        det        1   Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
        1   voiture  =        NOUN       nsubj      4   Gender=Fem|Number=Sing
        2   piégée   piéger   VERB       acl        1   Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part
        3   a        avoir    AUX        aux:tense  4   Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        4   fait     faire    VERB       ROOT       4   Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        5   neuf     =        NUM        amod       6   NumType=Card
        6   morts    mort     NOUN       obj        4   Gender=Masc|Number=Plur
        7   et       =        CCONJ      cc         9   _
        8   23       =        NUM        nummod     9   NumType=Card
        9   blessés  blessé   NOUN       conj       4   Gender=Masc|Number=Plur
        10  à        =        ADP        case       11  _
        11  Kirkouk  =        PROPN      obl:mod    4   Gender=Masc|Number=Sing B-LOC
        12  .        =        PUNCT      punct      4   _
        """,
    )
    assert [(e.event_type, e.mode, e.dead, e.injured) for e in events] == [("ASSAULT", "explosives", 9, 23)]
