"""Reported speech: direct and indirect quotes and who said them."""

from __future__ import annotations

QAANI_THREAT = """
0  Le         le         DET   det       1 Gender=Masc|Number=Sing
1  général    général    NOUN  nsubj     5 Gender=Masc|Number=Sing
2  Esmaïl     Esmaïl     PROPN appos     1 Gender=Masc|Number=Sing B-PER
3  Qaani      Qaani      PROPN flat:name 2 _ I-PER
4  a          avoir      AUX   aux:tense 5 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
5  menacé     menacer    VERB  ROOT      5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
6  les        le         DET   det       7 Number=Plur
7  États-Unis États-Unis PROPN obj       5 Gender=Masc|Number=Plur B-LOC
8  .          .          PUNCT punct     5
"""
QAANI_TEXT = (
    "Le général Esmaïl Qaani a menacé les États-Unis. « Nous vengerons nos martyrs », a-t-il déclaré."
)


def test_direct_quote_speaker_through_pronoun(extract):
    """In "« ... », a-t-il déclaré" the speaker "il" is the last named speaker."""
    _, quotes = extract(
        "fr",
        QAANI_TEXT,
        QAANI_THREAT
        + """
        9  «         «        PUNCT punct     11
        10 Nous      nous     PRON  nsubj     11 Number=Plur|Person=1
        11 vengerons venger   VERB  ROOT      11 Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin
        12 nos       notre    DET   det       13 Number=Plur|Poss=Yes
        13 martyrs   martyr   NOUN  obj       11 Gender=Masc|Number=Plur
        14 »         »        PUNCT punct     11
        15 ,         ,        PUNCT punct     19
        16 a         avoir    AUX   aux:tense 19 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        17 -t        -t       PRON  expl:subj 19 Person=3
        18 -il       il       PRON  nsubj     19 Gender=Masc|Number=Sing|Person=3
        19 déclaré   déclarer VERB  parataxis 11 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        20 .         .        PUNCT punct     11
        """,
    )
    assert [(q.text, q.direct) for q in quotes] == [("Nous vengerons nos martyrs", True)]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Esmail Qaani"


def test_direct_quote_speaker_when_the_reporting_clause_is_its_own_sentence(extract):
    """The parser may cut ", a-t-il déclaré." off the quote it follows; the quote still gets its speaker."""
    _, quotes = extract(
        "fr",
        QAANI_TEXT,
        QAANI_THREAT
        + """
        9  «         «        PUNCT punct     11
        10 Nous      nous     PRON  nsubj     11 Number=Plur|Person=1
        11 vengerons venger   VERB  ROOT      11 Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin
        12 nos       notre    DET   det       13 Number=Plur|Poss=Yes
        13 martyrs   martyr   NOUN  obj       11 Gender=Masc|Number=Plur
        14 »         »        PUNCT punct     11
        15 ,         ,        PUNCT punct     19
        16 a         avoir    AUX   aux:tense 19 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        17 -t        -t       PRON  expl:subj 19 Gender=Masc|Number=Sing|Person=3
        18 -il       il       PRON  expl:subj 19 Gender=Masc|Number=Sing|Person=3
        19 déclaré   déclarer VERB  ROOT      19 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        20 .         .        PUNCT punct     19
        """,
    )
    assert [q.text for q in quotes] == ["Nous vengerons nos martyrs"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Esmail Qaani"


def test_selon_gives_an_indirect_quote(extract):
    """After "Selon l'agence Tasnim," the rest of the sentence is reported by the agency."""
    events, quotes = extract(
        "fr",
        "Selon l'agence Tasnim, trois soldats ont été tués.",
        """
        0  Selon   selon  ADP   case       2
        1  l'      le     DET   det        2 Number=Sing
        2  agence  agence NOUN  obl:mod    9 Gender=Fem|Number=Sing
        3  Tasnim  Tasnim PROPN nmod       2 _ B-ORG
        4  ,       ,      PUNCT punct      9
        5  trois   trois  NUM   nummod     6 NumType=Card
        6  soldats soldat NOUN  nsubj:pass 9 Gender=Masc|Number=Plur
        7  ont     avoir  AUX   aux:tense  9 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        8  été     être   AUX   aux:pass   9 Tense=Past|VerbForm=Part
        9  tués    tuer   VERB  ROOT       9 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        10 .       .      PUNCT punct      9
        """,
    )
    assert [(q.text, q.direct) for q in quotes] == [("trois soldats ont été tués.", False)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "l'agence Tasnim"
    e = events[0]
    assert (e.event_type, e.dead, e.source) == ("ASSAULT", 3, [])
    assert e.quote is not None and e.quote.speaker is not None and e.quote.speaker.text == "l'agence Tasnim"


def test_said_that_gives_an_indirect_quote(extract):
    """In "The Pentagon said that ..." the clause is a quote of the Pentagon, and the event carries it."""
    events, quotes = extract(
        "en",
        "The Pentagon said that the militias attacked the base.",
        """
        0 The      the      DET/DT    det   1
        1 Pentagon Pentagon PROPN/NNP nsubj 2 Number=Sing B-ORG
        2 said     say      VERB/VBD  ROOT  2 Tense=Past|VerbForm=Fin
        3 that     that     SCONJ/IN  mark  6
        4 the      the      DET/DT    det   5
        5 militias militia  NOUN/NNS  nsubj 6 Number=Plur
        6 attacked attack   VERB/VBD  ccomp 2 Tense=Past|VerbForm=Fin
        7 the      the      DET/DT    det   8
        8 base     base     NOUN/NN   dobj  6 Number=Sing
        9 .        .        PUNCT/.   punct 2
        """,
    )
    assert [(q.text, q.direct) for q in quotes] == [("the militias attacked the base", False)]
    assert quotes[0].speaker is not None and quotes[0].speaker.text == "The Pentagon"
    assert [(e.event_type, e.status) for e in events] == [("ASSAULT", "occurred")]
    e = events[0]
    assert [a.text for a in e.source] == ["the militias"]
    assert e.quote is not None and e.quote.speaker is not None and e.quote.speaker.text == "The Pentagon"


def test_pull_quote_takes_the_speaker_of_the_quote_it_repeats(extract):
    """A quote shown alone, repeated later with a speaker, takes that speaker."""
    _, quotes = extract(
        "fr",
        "« Nous ne partirons pas. » Le ministre Fouad Hussein a déclaré : "
        "« Nous ne partirons pas tant que les milices menacent nos villes. »",
        """
        0  «         «        PUNCT punct     3
        1  Nous      nous     PRON  nsubj     3 Number=Plur|Person=1
        2  ne        ne       ADV   advmod    3 Polarity=Neg
        3  partirons partir   VERB  ROOT      3 Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin
        4  pas       pas      ADV   advmod    3 Polarity=Neg
        5  .         .        PUNCT punct     3
        6  »         »        PUNCT punct     3
        7  Le        le       DET   det       8 Gender=Masc|Number=Sing
        8  ministre  ministre NOUN  nsubj     12 Gender=Masc|Number=Sing
        9  Fouad     Fouad    PROPN appos     8 _ B-PER
        10 Hussein   Hussein  PROPN flat:name 9 Gender=Masc|Number=Sing I-PER
        11 a         avoir    AUX   aux:tense 12 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        12 déclaré   déclarer VERB  ROOT      12 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        13 :         :        PUNCT punct     12
        14 «         «        PUNCT punct     17
        15 Nous      nous     PRON  nsubj     17 Number=Plur|Person=1
        16 ne        ne       ADV   advmod    17 Polarity=Neg
        17 partirons partir   VERB  ccomp     12 Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin
        18 pas       pas      ADV   advmod    17 Polarity=Neg
        19 tant      tant     ADV   mark      23
        20 que       que      SCONJ fixed     19
        21 les       le       DET   det       22 Number=Plur
        22 milices   milice   NOUN  nsubj     23 Gender=Fem|Number=Plur
        23 menacent  menacer  VERB  advcl     17 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        24 nos       notre    DET   det       25 Number=Plur|Poss=Yes
        25 villes    ville    NOUN  obj       23 Gender=Fem|Number=Plur
        26 .         .        PUNCT punct     17
        27 »         »        PUNCT punct     17
        """,
    )
    assert [q.text for q in quotes] == [
        "Nous ne partirons pas.",
        "Nous ne partirons pas tant que les milices menacent nos villes.",
    ]
    speakers = [q.speaker for q in quotes]
    assert all(s is not None for s in speakers)
    assert speakers[0].text == speakers[1].text == "Le ministre Fouad Hussein"
