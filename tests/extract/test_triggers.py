"""Triggers: lexicon hits on verbs and nouns, reflexive and multiword entries, modes, words naming no event."""

from __future__ import annotations

from docs import build

from vigie.extract.events import EventExtractor


def _types(events) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.mode) for e in events]


def _trigger(extractor: EventExtractor, lang: str, text: str, table: str, word: str):
    doc = build(lang, text, table)
    found = [t for sent in doc.sents for t in extractor.triggers(sent) if t.tok.text == word]
    assert len(found) == 1, found
    return found[0]


def test_verb_trigger(extract):
    """A verb listed in the lexicon names an event."""
    events, _ = extract(
        "fr",
        "Les rebelles ont attaqué la base.",
        """
        0 Les      le        DET   det       1 Number=Plur
        1 rebelles rebelle   NOUN  nsubj     3 Number=Plur
        2 ont      avoir     AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 attaqué  attaquer  VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 la       le        DET   det       5 Gender=Fem|Number=Sing
        5 base     base      NOUN  obj       3 Gender=Fem|Number=Sing
        6 .        .         PUNCT punct     3
        """,
    )
    assert _types(events) == [("ASSAULT", None)]
    assert events[0].trigger == "attaqué"
    assert events[0].status == "occurred"


def test_noun_trigger(extract):
    """A noun listed in the lexicon names an event when the sentence gives it an actor."""
    events, _ = extract(
        "fr",
        "Une manifestation contre le gouvernement a eu lieu à Alger.",
        """
        0  Une           un            DET   det       1 Gender=Fem|Number=Sing
        1  manifestation manifestation NOUN  nsubj     6 Gender=Fem|Number=Sing
        2  contre        contre        ADP   case      4
        3  le            le            DET   det       4 Gender=Masc|Number=Sing
        4  gouvernement  gouvernement  NOUN  nmod      1 Gender=Masc|Number=Sing
        5  a             avoir         AUX   aux:tense 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        6  eu            avoir         VERB  ROOT      6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        7  lieu          lieu          NOUN  obj       6 Gender=Masc|Number=Sing
        8  à             à             ADP   case      9
        9  Alger         Alger         PROPN obl:mod   6 Gender=Masc|Number=Sing B-LOC
        10 .             .             PUNCT punct     6
        """,
    )
    assert _types(events) == [("PROTEST", "demo")]
    assert events[0].trigger == "manifestation"
    assert [a.kind for a in events[0].target] == ["government"]
    assert events[0].location is not None and events[0].location.country == "DZA"


RETIRER_REFLEXIVE = """
0 Les         le          DET   det        1 Number=Plur
1 troupes     troupe      NOUN  nsubj:pass 5 Gender=Fem|Number=Plur
2 américaines américain   ADJ   amod       1 Gender=Fem|Number=Plur
3 se          se          PRON  expl:comp  5 Person=3|Reflex=Yes
4 sont        être        AUX   aux:tense  5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
5 retirées    retirer     VERB  ROOT       5 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
6 de          de          ADP   case       8
7 la          le          DET   det        8 Gender=Fem|Number=Sing
8 province    province    NOUN  obl:arg    5 Gender=Fem|Number=Sing
9 .           .           PUNCT punct      5
"""


def test_reflexive_entry(extractors, extract):
    """The reflexive entry "se retirer" matches when the verb has its reflexive pronoun."""
    text = "Les troupes américaines se sont retirées de la province."
    trig = _trigger(extractors["fr"], "fr", text, RETIRER_REFLEXIVE, "retirées")
    assert trig.entry.reflexive and trig.entry.term == "retirer"
    assert (trig.type, trig.mode) == ("RETREAT", "withdraw")
    events, _ = extract("fr", text, RETIRER_REFLEXIVE)
    assert _types(events) == [("RETREAT", "withdraw")]


def test_plain_verb_does_not_match_reflexive_entry(extractors):
    """A plain "retirer" without "se" matches the plain entry."""
    trig = _trigger(
        extractors["fr"],
        "fr",
        "L'armée a retiré ses troupes de la province.",
        """
        0 L'       le       DET   det       1 Number=Sing
        1 armée    armée    NOUN  nsubj     3 Gender=Fem|Number=Sing
        2 a        avoir    AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 retiré   retirer  VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 ses      son      DET   det       5 Number=Plur|Poss=Yes
        5 troupes  troupe   NOUN  obj       3 Gender=Fem|Number=Plur
        6 de       de       ADP   case      8
        7 la       le       DET   det       8 Gender=Fem|Number=Sing
        8 province province NOUN  obl:arg   3 Gender=Fem|Number=Sing
        9 .        .        PUNCT punct     3
        """,
        "retiré",
    )
    assert not trig.entry.reflexive
    assert (trig.type, trig.mode) == ("RETREAT", "withdraw")


def test_reflexive_only_entry_needs_the_pronoun(extract):
    """Only "s'entendre" is AGREE: "entendre" alone (a judge hearing witnesses) is nothing."""
    events, _ = extract(
        "fr",
        "Le juge a entendu les témoins.",
        """
        0 Le      le       DET   det       1 Gender=Masc|Number=Sing
        1 juge    juge     NOUN  nsubj     3 Gender=Masc|Number=Sing
        2 a       avoir    AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 entendu entendre VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 les     le       DET   det       5 Number=Plur
        5 témoins témoin   NOUN  obj       3 Gender=Masc|Number=Plur
        6 .       .        PUNCT punct     3
        """,
    )
    assert events == []


def test_particle_verb_carry_out(extractors, extract):
    """The particle verb "carry out" is a light verb: the strike it governs is the event, its subject the source."""
    text = "Israel carried out an air strike on Gaza."
    table = """
    0 Israel  Israel PROPN/NNP nsubj    1 Number=Sing B-GPE
    1 carried carry  VERB/VBD  ROOT     1 Tense=Past|VerbForm=Fin
    2 out     out    ADP/RP    prt      1
    3 an      an     DET/DT    det      5
    4 air     air    NOUN/NN   compound 5 Number=Sing
    5 strike  strike NOUN/NN   dobj     1 Number=Sing
    6 on      on     ADP/IN    prep     5
    7 Gaza    Gaza   PROPN/NNP pobj     6 Number=Sing B-GPE
    8 .       .      PUNCT/.   punct    1
    """
    trig = _trigger(extractors["en"], "en", text, table, "carried")
    assert (trig.entry.term, trig.role) == ("carry out", "light")
    events, _ = extract("en", text, table)
    assert _types(events) == [("ASSAULT", "aerial")]
    assert [a.country for a in events[0].source] == ["ISR"]


def test_fixed_words_passer_a_tabac(extract):
    """Fixed words after the verb: "passer à tabac" is ASSAULT/beat."""
    events, _ = extract(
        "fr",
        "Des policiers ont passé à tabac un manifestant.",
        """
        0 Des         un          DET   det       1 Number=Plur
        1 policiers   policier    NOUN  nsubj     3 Gender=Masc|Number=Plur
        2 ont         avoir       AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 passé       passer      VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 à           à           ADP   case      5
        5 tabac       tabac       NOUN  obl:arg   3 Gender=Masc|Number=Sing
        6 un          un          DET   det       7 Gender=Masc|Number=Sing
        7 manifestant manifestant NOUN  obj       3 Gender=Masc|Number=Sing
        8 .           .           PUNCT punct     3
        """,
    )
    assert _types(events) == [("ASSAULT", "beat")]
    assert [a.kind for a in events[0].source] == ["police"]


def test_fixed_words_mettre_en_garde(extract):
    """Fixed words after the verb: "mettre en garde" is THREATEN, the warned party its target."""
    events, _ = extract(
        "fr",
        "L'Iran a mis en garde les États-Unis.",
        """
        0 L'         le         DET   det       1 Number=Sing
        1 Iran       Iran       PROPN nsubj     3 Gender=Masc|Number=Sing B-LOC
        2 a          avoir      AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 mis        mettre     VERB  ROOT      3 Gender=Masc|Tense=Past|VerbForm=Part
        4 en         en         ADP   case      5
        5 garde      garde      NOUN  obl:arg   3 Number=Sing
        6 les        le         DET   det       7 Number=Plur
        7 États-Unis États-Unis PROPN obj       3 Gender=Masc|Number=Plur B-LOC
        8 .          .          PUNCT punct     3
        """,
    )
    assert _types(events) == [("THREATEN", None)]
    assert [a.country for a in events[0].source] == ["IRN"]
    assert [a.country for a in events[0].target] == ["USA"]


def test_condamner_a_is_a_sentence(extract):
    """A sentence ("condamner X à dix ans") is SANCTION/convict, not a condemnation."""
    events, _ = extract(
        "fr",
        "Le tribunal a condamné l'opposant à dix ans de prison.",
        """
        0  Le       le        DET   det       1 Gender=Masc|Number=Sing
        1  tribunal tribunal  NOUN  nsubj     3 Gender=Masc|Number=Sing
        2  a        avoir     AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3  condamné condamner VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  l'       le        DET   det       5 Number=Sing
        5  opposant opposant  NOUN  obj       3 Gender=Masc|Number=Sing
        6  à        à         ADP   case      8
        7  dix      dix       NUM   nummod    8 NumType=Card
        8  ans      an        NOUN  obl:arg   3 Gender=Masc|Number=Plur
        9  de       de        ADP   case      10
        10 prison   prison    NOUN  nmod      8 Gender=Fem|Number=Sing
        11 .        .         PUNCT punct     3
        """,
    )
    assert _types(events) == [("SANCTION", "convict")]


def test_condamner_with_a_place_is_a_condemnation(extract):
    """Condemning "l'attentat à Kaboul" is ACCUSE/disapprove: that "à" introduces a place, not a sentence."""
    events, _ = extract(
        "fr",
        "La France a condamné l'attentat à Kaboul.",
        """
        0 La       le        DET   det       1 Gender=Fem|Number=Sing B-LOC
        1 France   France    PROPN nsubj     3 Gender=Fem|Number=Sing I-LOC
        2 a        avoir     AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 condamné condamner VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 l'       le        DET   det       5 Number=Sing
        5 attentat attentat  NOUN  obj       3 Gender=Masc|Number=Sing
        6 à        à         ADP   case      7
        7 Kaboul   Kaboul    PROPN nmod      5 Gender=Fem|Number=Sing B-LOC
        8 .        .         PUNCT punct     3
        """,
    )
    assert ("ACCUSE", "disapprove") in _types(events)
    assert all(e.event_type != "SANCTION" for e in events)


def test_multiword_noun_greve_de_la_faim(extractors):
    """The multiword noun "grève de la faim" is PROTEST/hunger, not a plain strike."""
    trig = _trigger(
        extractors["fr"],
        "fr",
        "Des détenus ont entamé une grève de la faim.",
        """
        0 Des     un      DET   det       1 Number=Plur
        1 détenus détenu  NOUN  nsubj     3 Gender=Masc|Number=Plur
        2 ont     avoir   AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 entamé  entamer VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 une     un      DET   det       5 Gender=Fem|Number=Sing
        5 grève   grève   NOUN  obj       3 Gender=Fem|Number=Sing
        6 de      de      ADP   case      8
        7 la      le      DET   det       8 Gender=Fem|Number=Sing
        8 faim    faim    NOUN  nmod      5 Gender=Fem|Number=Sing
        9 .       .       PUNCT punct     3
        """,
        "grève",
    )
    assert (trig.type, trig.mode) == ("PROTEST", "hunger")


def test_mode_from_noun_modifier_drone(extract):
    """A noun modifier sets the mode: "une frappe de drone" is ASSAULT/drone, and the drone is no actor."""
    events, _ = extract(
        "fr",
        "Les États-Unis ont mené une frappe de drone contre une milice.",
        """
        0  Les        le         DET   det       1 Number=Plur
        1  États-Unis États-Unis PROPN nsubj     3 Gender=Masc|Number=Plur B-LOC
        2  ont        avoir      AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3  mené       mener      VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  une        un         DET   det       5 Gender=Fem|Number=Sing
        5  frappe     frappe     NOUN  obj       3 Gender=Fem|Number=Sing
        6  de         de         ADP   case      7
        7  drone      drone      NOUN  nmod      5 Gender=Masc|Number=Sing
        8  contre     contre     ADP   case      10
        9  une        un         DET   det       10 Gender=Fem|Number=Sing
        10 milice     milice     NOUN  obl:arg   3 Gender=Fem|Number=Sing
        11 .          .          PUNCT punct     3
        """,
    )
    assert _types(events) == [("ASSAULT", "drone")]
    assert [a.country for a in events[0].source] == ["USA"]
    assert [a.kind for a in events[0].target] == ["militia"]


def test_mode_from_compound_rocket(extract):
    """A compound sets the mode: "a rocket attack" is ASSAULT/heavy-weapons."""
    events, _ = extract(
        "en",
        "Militants launched a rocket attack on the base.",
        """
        0 Militants militant NOUN/NNS nsubj    1 Number=Plur
        1 launched  launch   VERB/VBD ROOT     1 Tense=Past|VerbForm=Fin
        2 a         a        DET/DT   det      4
        3 rocket    rocket   NOUN/NN  compound 4 Number=Sing
        4 attack    attack   NOUN/NN  dobj     1 Number=Sing
        5 on        on       ADP/IN   prep     4
        6 the       the      DET/DT   det      7
        7 base      base     NOUN/NN  pobj     5 Number=Sing
        8 .         .        PUNCT/.  punct    1
        """,
    )
    assert _types(events) == [("ASSAULT", "heavy-weapons")]
    assert events[0].trigger == "attack"


def test_hunger_strike_is_a_protest(extract):
    """A "hunger strike" is PROTEST/hunger (while an "air strike" is ASSAULT/aerial)."""
    events, _ = extract(
        "en",
        "Palestinian prisoners launched a hunger strike.",
        """
        0 Palestinian palestinian ADJ/JJ   amod     1 Degree=Pos B-NORP
        1 prisoners   prisoner    NOUN/NNS nsubj    2 Number=Plur
        2 launched    launch      VERB/VBD ROOT     2 Tense=Past|VerbForm=Fin
        3 a           a           DET/DT   det      5
        4 hunger      hunger      NOUN/NN  compound 5 Number=Sing
        5 strike      strike      NOUN/NN  dobj     2 Number=Sing
        6 .           .           PUNCT/.  punct    2
        """,
    )
    assert _types(events) == [("PROTEST", "hunger")]
    assert events[0].source and events[0].source[0].text == "Palestinian prisoners"


def test_descriptive_participle_is_no_event(extract):
    """A descriptive participle is no event: "les milices soutenues par l'Iran" gives no SUPPORT."""
    events, _ = extract(
        "fr",
        "Les milices soutenues par l'Iran ont attaqué la base.",
        """
        0  Les       le       DET   det       1 Number=Plur
        1  milices   milice   NOUN  nsubj     7 Gender=Fem|Number=Plur
        2  soutenues soutenir VERB  acl       1 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part
        3  par       par      ADP   case      5
        4  l'        le       DET   det       5 Number=Sing
        5  Iran      Iran     PROPN obl:agent 2 Gender=Masc|Number=Sing B-LOC
        6  ont       avoir    AUX   aux:tense 7 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        7  attaqué   attaquer VERB  ROOT      7 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        8  la        le       DET   det       9 Gender=Fem|Number=Sing
        9  base      base     NOUN  obj       7 Gender=Fem|Number=Sing
        10 .         .        PUNCT punct     7
        """,
    )
    assert _types(events) == [("ASSAULT", None)]
    assert [a.text for a in events[0].source] == ["Les milices"]


def test_classifier_noun_is_no_event_fr(extract):
    """A classifier noun is no event: "les troupes de combat" gives no ASSAULT."""
    events, _ = extract(
        "fr",
        "Les troupes de combat sont restées en Irak.",
        """
        0 Les     le     DET   det       1 Number=Plur
        1 troupes troupe NOUN  nsubj     5 Gender=Fem|Number=Plur
        2 de      de     ADP   case      3
        3 combat  combat NOUN  nmod      1 Gender=Masc|Number=Sing
        4 sont    être   AUX   aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        5 restées rester VERB  ROOT      5 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part
        6 en      en     ADP   case      7
        7 Irak    Irak   PROPN obl:mod   5 Gender=Masc|Number=Sing B-LOC
        8 .       .      PUNCT punct     5
        """,
    )
    assert all(e.event_type != "ASSAULT" for e in events)


def test_classifier_noun_is_no_event_en(extract):
    """A classifier compound is no event: "US combat troops" gives no ASSAULT."""
    events, _ = extract(
        "en",
        "US combat troops remain in Iraq.",
        """
        0 US     US     PROPN/NNP compound 2 Number=Sing B-GPE
        1 combat combat NOUN/NN   compound 2 Number=Sing
        2 troops troop  NOUN/NNS  nsubj    3 Number=Plur
        3 remain remain VERB/VBP  ROOT     3 Tense=Pres|VerbForm=Fin
        4 in     in     ADP/IN    prep     3
        5 Iraq   Iraq   PROPN/NNP pobj     4 Number=Sing B-GPE
        6 .      .      PUNCT/.   punct    3
        """,
    )
    assert all(e.event_type != "ASSAULT" for e in events)
