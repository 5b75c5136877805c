"""How reporters name events: nouns told as happening, headline verbs, phrasal verbs with objects, objects that
say what a verb means, joint acts, refusals in the future tense, support verbs and background clauses."""

from __future__ import annotations

from docs import article, build


def _types(events):
    return [e.event_type for e in events]


def test_noun_event_told_as_happening_is_kept(extract):
    """ "Fighting erupted": a noun event with no actor, but the clause says it took place."""
    events, _ = extract(
        "en",
        "Fierce fighting erupted on Friday.",
        """
        0  Fierce   fierce   ADJ/JJ    amod  1
        1  fighting =        NOUN/NN   nsubj 2 Number=Sing
        2  erupted  erupt    VERB/VBD  ROOT  2 Tense=Past|VerbForm=Fin
        3  on       =        ADP/IN    prep  2
        4  Friday   =        PROPN/NNP pobj  3 Number=Sing B-DATE
        5  .        =        PUNCT/.   punct 2
        """,
    )
    assert _types(events) == ["ASSAULT"]


def test_noun_event_that_should_happen_is_not_told_as_happening(extract):
    """ "Talks must lead to a deal" says what talks should do, not that they took place."""
    events, _ = extract(
        "en",
        "Talks must lead to a deal.",
        """
        0  Talks =    NOUN/NNS nsubj 2 Number=Plur
        1  must  =    AUX/MD   aux   2 VerbForm=Fin
        2  lead  =    VERB/VB  ROOT  2 VerbForm=Inf
        3  to    =    ADP/IN   prep  2
        4  a     =    DET/DT   det   5
        5  deal  =    NOUN/NN  pobj  3 Number=Sing
        6  .     =    PUNCT/.  punct 2
        """,
    )
    assert "CONSULT" not in _types(events)


def test_headline_verb_tagged_as_noun(extract):
    """ "Moscow court sentences Navalny": the tagger read the headline's verb as a plural noun."""
    events, _ = extract(
        "en",
        "Moscow court sentences Navalny to prison",
        """
        0  Moscow    =        PROPN/NNP compound 2 Number=Sing B-GPE
        1  court     =        NOUN/NN   compound 2 Number=Sing
        2  sentences sentence NOUN/NNS  nsubj    3 Number=Plur
        3  Navalny   =        PROPN/NNP ROOT     3 Number=Sing B-PERSON
        4  to        =        ADP/IN    prep     3
        5  prison    =        NOUN/NN   pobj     4 Number=Sing
        """,
    )
    assert _types(events) == ["SANCTION"]


def test_phrasal_verb_with_fixed_object(extract):
    """ "handed over their last weapons" is disarmament: particle, then the object without its adjectives."""
    events, _ = extract(
        "en",
        "The rebels handed over their last weapons.",
        """
        0  The     =      DET/DT   det   1
        1  rebels  rebel  NOUN/NNS nsubj 2 Number=Plur
        2  handed  hand   VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3  over    =      ADP/RP   prt   2
        4  their   =      PRON/PRP$ poss 6
        5  last    =      ADJ/JJ   amod  6
        6  weapons weapon NOUN/NNS dobj  2 Number=Plur
        7  .       =      PUNCT/.  punct 2
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("RETREAT", "disarm")]


def test_fixed_preposition_and_adjective(extract):
    """ "put its army on high alert": the entry "put on alert" allows an adjective inside its object."""
    events, _ = extract(
        "en",
        "Serbia put its army on high alert.",
        """
        0  Serbia =    PROPN/NNP nsubj 1 Number=Sing B-GPE
        1  put    =    VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2  its    =    PRON/PRP$ poss  3
        3  army   =    NOUN/NN   dobj  1 Number=Sing
        4  on     =    ADP/IN    prep  1
        5  high   =    ADJ/JJ    amod  6
        6  alert  =    NOUN/NN   pobj  4 Number=Sing
        7  .      =    PUNCT/.   punct 1
        """,
    )
    assert _types(events) == ["MOBILIZE"]
    assert [a.country for a in events[0].source] == ["SRB"]


def test_frozen_assets_are_a_sanction(extract):
    """ "froze the bank accounts": freezing assets is a sanction, not a seizure."""
    events, _ = extract(
        "en",
        "Switzerland froze the bank accounts.",
        """
        0  Switzerland =       PROPN/NNP nsubj    1 Number=Sing B-GPE
        1  froze       freeze  VERB/VBD  ROOT     1 Tense=Past|VerbForm=Fin
        2  the         =       DET/DT    det      4
        3  bank        =       NOUN/NN   compound 4 Number=Sing
        4  accounts    account NOUN/NNS  dobj     1 Number=Plur
        5  .           =       PUNCT/.   punct    1
        """,
    )
    assert _types(events) == ["SANCTION"]


def test_joint_operation_is_cooperation(extract):
    """ "une opération conjointe": an act two forces do together."""
    events, _ = extract(
        "fr",
        "Les armées ont lancé une opération conjointe.",
        """
        0  Les       le        DET/DET   det       1
        1  armées    armée     NOUN/NOUN nsubj     3 Gender=Fem|Number=Plur
        2  ont       avoir     AUX/AUX   aux:tense 3
        3  lancé     lancer    VERB/VERB ROOT      3 Tense=Past|VerbForm=Part
        4  une       un        DET/DET   det       5
        5  opération opération NOUN/NOUN obj       3 Gender=Fem|Number=Sing
        6  conjointe conjoint  ADJ/ADJ   amod      5 Gender=Fem|Number=Sing
        7  .         .         PUNCT/PUNCT punct   3
        """,
    )
    assert _types(events) == ["COOPERATE"]


def test_will_not_negotiate_is_a_refusal(extract):
    """ "Nigeria will not negotiate with the gunmen": a stated refusal, not a hypothetical meeting."""
    events, _ = extract(
        "en",
        "Nigeria will not negotiate with the gunmen.",
        """
        0  Nigeria   =       PROPN/NNP nsubj 3 Number=Sing B-GPE
        1  will      =       AUX/MD    aux   3 VerbForm=Fin
        2  not       =       PART/RB   neg   3
        3  negotiate =       VERB/VB   ROOT  3 VerbForm=Inf
        4  with      =       ADP/IN    prep  3
        5  the       =       DET/DT    det   6
        6  gunmen    gunman  NOUN/NNS  pobj  4 Number=Plur
        7  .         =       PUNCT/.   punct 3
        """,
    )
    assert _types(events) == ["REJECT"]


def test_giving_an_ultimatum_is_the_ultimatum(extract):
    """ "gave the junta an ultimatum": the verb hands over what its object names."""
    events, _ = extract(
        "en",
        "Nigeria gave the junta an ultimatum.",
        """
        0  Nigeria   =     PROPN/NNP nsubj  1 Number=Sing B-GPE
        1  gave      give  VERB/VBD  ROOT   1 Tense=Past|VerbForm=Fin
        2  the       =     DET/DT    det    3
        3  junta     =     NOUN/NN   dative 1 Number=Sing
        4  an        =     DET/DT    det    5
        5  ultimatum =     NOUN/NN   dobj   1 Number=Sing
        6  .         =     PUNCT/.   punct  1
        """,
    )
    assert _types(events) == ["THREATEN"]
    assert [a.country for a in events[0].source] == ["NGA"]


def test_relative_clause_is_background(extractors):
    """ "Gunmen who kidnapped a priest released him": the release is the news, the kidnapping its background."""
    doc = build(
        "en",
        "Gunmen who kidnapped a priest released him.",
        """
        0  Gunmen    gunman  NOUN/NNS  nsubj 5 Number=Plur
        1  who       =       PRON/WP   nsubj 2
        2  kidnapped kidnap  VERB/VBD  relcl 0 Tense=Past|VerbForm=Fin
        3  a         =       DET/DT    det   4
        4  priest    =       NOUN/NN   dobj  2 Number=Sing
        5  released  release VERB/VBD  ROOT  5 Tense=Past|VerbForm=Fin
        6  him       he      PRON/PRP  dobj  5
        7  .         =       PUNCT/.   punct 5
        """,
    )
    ex = extractors["en"]
    ex.use_model = False
    try:
        events, _ = ex(article(doc, "en"), doc)
    finally:
        ex.use_model = True
    top = max(events, key=lambda e: e.confidence)
    assert sorted(_types(events)) == ["ASSAULT", "RETREAT"]
    assert top.event_type == "RETREAT"
