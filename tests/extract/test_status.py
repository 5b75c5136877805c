"""Status: threats in reported speech, negation, conditions and claims of responsibility."""

from __future__ import annotations


def _only(events, event_type: str):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


def test_conditional_in_speech_with_speaker_is_a_threat(extract):
    """A conditional attack reported from a named speaker is THREATEN/violence, threatened."""
    events, quotes = extract(
        "fr",
        "Le commandant a déclaré que ses forces attaqueraient les bases américaines.",
        """
        0  Le            le         DET   det       1 Gender=Masc|Number=Sing
        1  commandant    commandant NOUN  nsubj     3 Gender=Masc|Number=Sing
        2  a             avoir      AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3  déclaré       déclarer   VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  que           que        SCONJ mark      7
        5  ses           son        DET   det       6 Number=Plur|Poss=Yes
        6  forces        force      NOUN  nsubj     7 Gender=Fem|Number=Plur
        7  attaqueraient attaquer   VERB  ccomp     3 Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        8  les           le         DET   det       9 Number=Plur
        9  bases         base       NOUN  obj       7 Gender=Fem|Number=Plur
        10 américaines   américain  ADJ   amod      9 Gender=Fem|Number=Plur
        11 .             .          PUNCT punct     3
        """,
    )
    assert [e.event_type for e in events] == ["THREATEN"]
    e = events[0]
    assert (e.mode, e.status) == ("violence", "threatened")
    assert e.quote is not None and e.quote.speaker is not None
    assert e.quote.speaker.text == "Le commandant"
    assert [q.text for q in quotes] == ["ses forces attaqueraient les bases américaines"]


def test_future_in_speech_without_speaker_is_no_threat(extract):
    """The same reported by "il" with nobody named before is no threat: an announced ASSAULT."""
    events, _ = extract(
        "fr",
        "Il a déclaré que les milices attaqueraient les bases américaines.",
        """
        0  Il            il        PRON  nsubj     2 Gender=Masc|Number=Sing|Person=3
        1  a             avoir     AUX   aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2  déclaré       déclarer  VERB  ROOT      2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        3  que           que       SCONJ mark      6
        4  les           le        DET   det       5 Number=Plur
        5  milices       milice    NOUN  nsubj     6 Gender=Fem|Number=Plur
        6  attaqueraient attaquer  VERB  ccomp     2 Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        7  les           le        DET   det       8 Number=Plur
        8  bases         base      NOUN  obj       6 Gender=Fem|Number=Plur
        9  américaines   américain ADJ   amod      8 Gender=Fem|Number=Plur
        10 .             .         PUNCT punct     2
        """,
    )
    assert [(e.event_type, e.status) for e in events] == [("ASSAULT", "announced")]


def test_negation_is_hypothetical(extract):
    """A negated attack ("n'ont pas attaqué") did not happen: hypothetical."""
    events, _ = extract(
        "fr",
        "Les rebelles n'ont pas attaqué la base.",
        """
        0 Les      le       DET   det       1 Number=Plur
        1 rebelles rebelle  NOUN  nsubj     5 Number=Plur
        2 n'       ne       ADV   advmod    5 Polarity=Neg
        3 ont      avoir    AUX   aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        4 pas      pas      ADV   advmod    5 Polarity=Neg
        5 attaqué  attaquer VERB  ROOT      5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        6 la       le       DET   det       7 Gender=Fem|Number=Sing
        7 base     base     NOUN  obj       5 Gender=Fem|Number=Sing
        8 .        .        PUNCT punct     5
        """,
    )
    assert [(e.event_type, e.status) for e in events] == [("ASSAULT", "hypothetical")]


def test_if_clause_verb_is_hypothetical(extract):
    """A verb under "si" ("Si les milices attaquent la base, ...") is a condition: hypothetical."""
    events, _ = extract(
        "fr",
        "Si les milices attaquent la base, la situation deviendra dangereuse.",
        """
        0  Si         si        SCONJ mark   3
        1  les        le        DET   det    2 Number=Plur
        2  milices    milice    NOUN  nsubj  3 Gender=Fem|Number=Plur
        3  attaquent  attaquer  VERB  advcl  9 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        4  la         le        DET   det    5 Gender=Fem|Number=Sing
        5  base       base      NOUN  obj    3 Gender=Fem|Number=Sing
        6  ,          ,         PUNCT punct  9
        7  la         le        DET   det    8 Gender=Fem|Number=Sing
        8  situation  situation NOUN  nsubj  9 Gender=Fem|Number=Sing
        9  deviendra  devenir   VERB  ROOT   9 Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin
        10 dangereuse dangereux ADJ   xcomp  9 Gender=Fem|Number=Sing
        11 .          .         PUNCT punct  9
        """,
    )
    assert [(e.event_type, e.status) for e in events] == [("ASSAULT", "hypothetical")]


def test_if_clause_governing_verb_is_hypothetical(extract):
    """An attack governed by an "if" clause ("If the militias launch an attack ...") is hypothetical."""
    events, _ = extract(
        "en",
        "If the militias launch an attack on the base, the United States will respond.",
        """
        0  If       if      SCONJ/IN  mark     3
        1  the      the     DET/DT    det      2
        2  militias militia NOUN/NNS  nsubj    3 Number=Plur
        3  launch   launch  VERB/VBP  advcl    14 Tense=Pres|VerbForm=Fin
        4  an       an      DET/DT    det      5
        5  attack   attack  NOUN/NN   dobj     3 Number=Sing
        6  on       on      ADP/IN    prep     5
        7  the      the     DET/DT    det      8
        8  base     base    NOUN/NN   pobj     6 Number=Sing
        9  ,        ,       PUNCT/,   punct    14
        10 the      the     DET/DT    det      12 _ B-GPE
        11 United   United  PROPN/NNP compound 12 Number=Sing I-GPE
        12 States   States  PROPN/NNP nsubj    14 Number=Sing I-GPE
        13 will     will    AUX/MD    aux      14 VerbForm=Fin
        14 respond  respond VERB/VB   ROOT     14 VerbForm=Inf
        15 .        .       PUNCT/.   punct    14
        """,
    )
    e = _only(events, "ASSAULT")
    assert e.status == "hypothetical"
    assert [a.text for a in e.source] == ["the militias"]


def test_claim_of_an_attack_fr(extract):
    """Claim: "L'État islamique a revendiqué l'attaque" is an ASSAULT claimed by the Islamic State."""
    events, _ = extract(
        "fr",
        "L'État islamique a revendiqué l'attaque.",
        """
        0 L'          le          DET   det       1 Number=Sing
        1 État        État        PROPN nsubj     4 Gender=Masc|Number=Sing B-ORG
        2 islamique   islamique   ADJ   amod      1 Number=Sing I-ORG
        3 a           avoir       AUX   aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        4 revendiqué  revendiquer VERB  ROOT      4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        5 l'          le          DET   det       6 Number=Sing
        6 attaque     attaque     NOUN  obj       4 Gender=Fem|Number=Sing
        7 .           .           PUNCT punct     4
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    e = events[0]
    assert e.status == "claimed"
    assert [a.name for a in e.source] == ["Islamic State"]


def test_claim_of_responsibility_fr(extract):
    """Claim: "revendiquer la responsabilité de l'attaque" is an ASSAULT claimed by its subject."""
    events, _ = extract(
        "fr",
        "Le Hezbollah a revendiqué la responsabilité de l'attaque.",
        """
        0 Le             le             DET   det       1 Gender=Masc|Number=Sing
        1 Hezbollah      Hezbollah      PROPN nsubj     3 Gender=Masc|Number=Sing B-ORG
        2 a              avoir          AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 revendiqué     revendiquer    VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 la             le             DET   det       5 Gender=Fem|Number=Sing
        5 responsabilité responsabilité NOUN  obj       3 Gender=Fem|Number=Sing
        6 de             de             ADP   case      8
        7 l'             le             DET   det       8 Number=Sing
        8 attaque        attaque        NOUN  nmod      5 Gender=Fem|Number=Sing
        9 .              .              PUNCT punct     3
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    e = events[0]
    assert e.status == "claimed"
    assert [a.name for a in e.source] == ["Hezbollah"]


def test_claim_of_responsibility_en(extract):
    """Claim: "The Taliban claimed responsibility for the attack" is an ASSAULT claimed by the Taliban."""
    events, _ = extract(
        "en",
        "The Taliban claimed responsibility for the attack.",
        """
        0 The            the            DET/DT    det   1
        1 Taliban        Taliban        PROPN/NNP nsubj 2 Number=Sing B-ORG
        2 claimed        claim          VERB/VBD  ROOT  2 Tense=Past|VerbForm=Fin
        3 responsibility responsibility NOUN/NN   dobj  2 Number=Sing
        4 for            for            ADP/IN    prep  3
        5 the            the            DET/DT    det   6
        6 attack         attack         NOUN/NN   pobj  4 Number=Sing
        7 .              .              PUNCT/.   punct 2
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    e = events[0]
    assert e.status == "claimed"
    assert [a.name for a in e.source] == ["Taliban"]
