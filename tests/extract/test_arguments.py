"""Arguments: who acts (source) and on whom (target), read off the parse."""

from __future__ import annotations

import pytest


def _only(events, event_type: str):
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger) for e in events]
    return found[0]


def test_active_subject_and_object(extract):
    """The subject of an active verb is the source, its object the target."""
    events, _ = extract(
        "fr",
        "Les talibans ont attaqué la police afghane.",
        """
        0 Les      le       DET   det       1 Number=Plur
        1 talibans taliban  NOUN  nsubj     3 Gender=Masc|Number=Plur
        2 ont      avoir    AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 attaqué  attaquer VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 la       le       DET   det       5 Gender=Fem|Number=Sing
        5 police   police   NOUN  obj       3 Gender=Fem|Number=Sing
        6 afghane  afghan   ADJ   amod      5 Gender=Fem|Number=Sing
        7 .        .        PUNCT punct     3
        """,
    )
    e = _only(events, "ASSAULT")
    assert [a.name for a in e.source] == ["Taliban"]
    assert [(a.kind, a.country) for a in e.target] == [("police", "AFG")]


def test_passive_with_agent(extract):
    """Passive "attaquée par des rebelles": the agent is the source, the passive subject the target."""
    events, _ = extract(
        "fr",
        "La base a été attaquée par des rebelles.",
        """
        0 La       le       DET   det        1 Gender=Fem|Number=Sing
        1 base     base     NOUN  nsubj:pass 4 Gender=Fem|Number=Sing
        2 a        avoir    AUX   aux:tense  4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été      être     AUX   aux:pass   4 Tense=Past|VerbForm=Part
        4 attaquée attaquer VERB  ROOT       4 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        5 par      par      ADP   case       7
        6 des      un       DET   det        7 Number=Plur
        7 rebelles rebelle  NOUN  obl:agent  4 Gender=Fem|Number=Plur
        8 .        .        PUNCT punct      4
        """,
    )
    e = _only(events, "ASSAULT")
    assert [a.kind for a in e.source] == ["rebel"]
    assert [a.text for a in e.target] == ["La base"]


def test_passive_casualty_verb_with_agent(extract):
    """Passive casualty verb "tués par des rebelles": the rebels are the source, the soldiers the target."""
    events, _ = extract(
        "fr",
        "Trois soldats ont été tués par des rebelles.",
        """
        0 Trois    trois   NUM   nummod     1 NumType=Card
        1 soldats  soldat  NOUN  nsubj:pass 4 Gender=Masc|Number=Plur
        2 ont      avoir   AUX   aux:tense  4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 été      être    AUX   aux:pass   4 Tense=Past|VerbForm=Part
        4 tués     tuer    VERB  ROOT       4 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        5 par      par     ADP   case       7
        6 des      un      DET   det        7 Number=Plur
        7 rebelles rebelle NOUN  obl:agent  4 Gender=Fem|Number=Plur
        8 .        .       PUNCT punct      4
        """,
    )
    e = _only(events, "ASSAULT")
    assert [a.kind for a in e.source] == ["rebel"]
    assert [a.text for a in e.target] == ["Trois soldats"]
    assert e.dead == 3


def test_target_via_contre(extract):
    """In "manifester contre le gouvernement" the government is the target."""
    events, _ = extract(
        "fr",
        "Les étudiants ont manifesté contre le gouvernement.",
        """
        0 Les          le           DET   det       1 Number=Plur
        1 étudiants    étudiant     NOUN  nsubj     3 Gender=Masc|Number=Plur
        2 ont          avoir        AUX   aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 manifesté    manifester   VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 contre       contre       ADP   case      6
        5 le           le           DET   det       6 Gender=Masc|Number=Sing
        6 gouvernement gouvernement NOUN  obl:arg   3 Gender=Masc|Number=Sing
        7 .            .            PUNCT punct     3
        """,
    )
    e = _only(events, "PROTEST")
    assert e.mode == "demo"
    assert [a.text for a in e.source] == ["Les étudiants"]
    assert [a.kind for a in e.target] == ["government"]


def test_target_via_against(extract):
    """In "rallied against the government" the government is the target."""
    events, _ = extract(
        "en",
        "Protesters rallied against the government.",
        """
        0 Protesters protester  NOUN/NNS nsubj 1 Number=Plur
        1 rallied    rally      VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2 against    against    ADP/IN   prep  1
        3 the        the        DET/DT   det   4
        4 government government NOUN/NN  pobj  2 Number=Sing
        5 .          .          PUNCT/.  punct 1
        """,
    )
    e = _only(events, "PROTEST")
    assert [a.text for a in e.source] == ["Protesters"]
    assert [a.kind for a in e.target] == ["government"]


def test_light_verb_order(extract):
    """Light verb: "le président a ordonné des frappes contre les milices" is an ASSAULT by the president."""
    events, _ = extract(
        "fr",
        "Le président a ordonné des frappes contre les milices.",
        """
        0 Le        le        DET   det       1 Gender=Masc|Number=Sing
        1 président président NOUN  nsubj     3 Gender=Masc|Number=Sing
        2 a         avoir     AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 ordonné   ordonner  VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 des       un        DET   det       5 Number=Plur
        5 frappes   frappe    NOUN  obj       3 Gender=Fem|Number=Plur
        6 contre    contre    ADP   case      8
        7 les       le        DET   det       8 Number=Plur
        8 milices   milice    NOUN  obl:arg   3 Gender=Fem|Number=Plur
        9 .         .         PUNCT punct     3
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    e = events[0]
    assert e.trigger == "frappes"
    assert [a.text for a in e.source] == ["Le président"]
    assert [a.kind for a in e.target] == ["militia"]


def test_relative_pronoun_takes_its_antecedent(extract):
    """A relative pronoun stands for its antecedent: "les milices, qui ont attaqué la base" were the attackers."""
    events, _ = extract(
        "fr",
        "Washington a sanctionné les milices, qui ont attaqué la base.",
        """
        0  Washington Washington  PROPN nsubj     2 _ B-LOC
        1  a          avoir       AUX   aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2  sanctionné sanctionner VERB  ROOT      2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        3  les        le          DET   det       4 Number=Plur
        4  milices    milice      NOUN  obj       2 Gender=Fem|Number=Plur
        5  ,          ,           PUNCT punct     8
        6  qui        qui         PRON  nsubj     8 PronType=Rel
        7  ont        avoir       AUX   aux:tense 8 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        8  attaqué    attaquer    VERB  acl:relcl 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        9  la         le          DET   det       10 Gender=Fem|Number=Sing
        10 base       base        NOUN  obj       8 Gender=Fem|Number=Sing
        11 .          .           PUNCT punct     2
        """,
    )
    assault = _only(events, "ASSAULT")
    assert [a.text for a in assault.source] == ["les milices"]
    assert [a.text for a in assault.target] == ["la base"]
    sanction = _only(events, "SANCTION")
    assert [a.country for a in sanction.source] == ["USA"]
    assert [a.text for a in sanction.target] == ["les milices"]


def test_coordinated_subjects_are_two_actors(extract):
    """Coordinated subjects ("Les États-Unis et la France ont frappé") are two sources."""
    events, _ = extract(
        "fr",
        "Les États-Unis et la France ont frappé les rebelles houthis.",
        """
        0  Les        le         DET   det       1 Number=Plur
        1  États-Unis États-Unis PROPN nsubj     6 Gender=Masc|Number=Plur B-LOC
        2  et         et         CCONJ cc        4
        3  la         le         DET   det       4 Gender=Fem|Number=Sing B-LOC
        4  France     France     PROPN conj      1 Gender=Fem|Number=Sing I-LOC
        5  ont        avoir      AUX   aux:tense 6 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        6  frappé     frapper    VERB  ROOT      6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        7  les        le         DET   det       8 Number=Plur
        8  rebelles   rebelle    NOUN  obj       6 Gender=Fem|Number=Plur
        9  houthis    houthi     ADJ   amod      8 Gender=Masc|Number=Plur
        10 .          .          PUNCT punct     6
        """,
    )
    e = _only(events, "ASSAULT")
    assert [a.country for a in e.source] == ["USA", "FRA"]
    assert [a.text for a in e.source] == ["Les États-Unis", "la France"]
    assert len(e.target) == 1


PRONOMINAL = {
    "se_entendre": (
        "Les deux pays se sont entendus sur un cessez-le-feu.",
        """
        0 Les           le            DET   det       2 Number=Plur
        1 deux          deux          NUM   nummod    2 NumType=Card
        2 pays          pays          NOUN  nsubj     5 Gender=Masc|Number=Plur
        3 se            se            PRON  expl:comp 5 Person=3|Reflex=Yes
        4 sont          être          AUX   aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        5 entendus      entendre      VERB  ROOT      5 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        6 sur           sur           ADP   case      8
        7 un            un            DET   det       8 Gender=Masc|Number=Sing
        8 cessez-le-feu cessez-le-feu NOUN  obl:arg   5 Gender=Masc|Number=Sing
        9 .             .             PUNCT punct     5
        """,
        "AGREE",
        "Les deux pays",
    ),
    "se_retirer": (
        "Les troupes américaines se sont retirées de la province.",
        """
        0 Les         le        DET   det        1 Number=Plur
        1 troupes     troupe    NOUN  nsubj:pass 5 Gender=Fem|Number=Plur
        2 américaines américain ADJ   amod       1 Gender=Fem|Number=Plur
        3 se          se        PRON  expl:comp  5 Person=3|Reflex=Yes
        4 sont        être      AUX   aux:tense  5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        5 retirées    retirer   VERB  ROOT       5 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        6 de          de        ADP   case       8
        7 la          le        DET   det        8 Gender=Fem|Number=Sing
        8 province    province  NOUN  obl:arg    5 Gender=Fem|Number=Sing
        9 .           .         PUNCT punct      5
        """,
        "RETREAT",
        "Les troupes américaines",
    ),
}


@pytest.mark.parametrize("case", sorted(PRONOMINAL))
def test_pronominal_verb_subject_is_the_source(extract, case):
    """The subject of a pronominal verb ("se sont entendus", "se sont retirées") is its source, not its target."""
    text, table, event_type, subject = PRONOMINAL[case]
    events, _ = extract("fr", text, table)
    e = _only(events, event_type)
    assert [a.text for a in e.source] == [subject]
    assert subject not in [a.text for a in e.target]


def test_no_attacker_named_keeps_source_empty(extract):
    """In "Une base américaine a été attaquée" nobody is named as attacker, so the source stays empty."""
    events, _ = extract(
        "fr",
        "Une base américaine a été attaquée dimanche à Erbil.",
        """
        0 Une        un        DET   det        1 Gender=Fem|Number=Sing
        1 base       base      NOUN  nsubj:pass 5 Gender=Fem|Number=Sing
        2 américaine américain ADJ   amod       1 Gender=Fem|Number=Sing
        3 a          avoir     AUX   aux:tense  5 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        4 été        être      AUX   aux:pass   5 Tense=Past|VerbForm=Part
        5 attaquée   attaquer  VERB  ROOT       5 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        6 dimanche   dimanche  NOUN  obl:mod    5 Gender=Masc|Number=Sing
        7 à          à         ADP   case       8
        8 Erbil      Erbil     PROPN obl:mod    5 Gender=Masc|Number=Sing B-LOC
        9 .          .         PUNCT punct      5
        """,
    )
    e = _only(events, "ASSAULT")
    assert e.source == []
    assert [a.text for a in e.target] == ["Une base américaine"]
    assert e.location is not None and e.location.country == "IRQ"
    assert e.date == "2021-04-04"


def test_weapon_with_a_country_is_that_countrys_military(extract):
    """ "British aircraft killed four people": the aircraft stand for the British military."""
    events, _ = extract(
        "en",
        "British aircraft killed four people.",
        """
        0 British  british  ADJ/JJ   amod  1
        1 aircraft aircraft NOUN/NN  nsubj 2 Number=Sing
        2 killed   kill     VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3 four     four     NUM/CD   nummod 4
        4 people   people   NOUN/NNS dobj  2 Number=Plur
        5 .        .        PUNCT/.  punct 2
        """,
    )
    assert [(e.event_type, e.dead) for e in events] == [("ASSAULT", 4)]
    assert [(a.kind, a.country) for a in events[0].source] == [("military", "GBR")]


def test_weapon_alone_is_no_actor(extract):
    """ "A rocket struck the base": a weapon with no owner named is no source."""
    events, _ = extract(
        "en",
        "A rocket struck the base.",
        """
        0 A      a      DET/DT   det   1
        1 rocket rocket NOUN/NN  nsubj 2 Number=Sing
        2 struck strike VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3 the    the    DET/DT   det   4
        4 base   base   NOUN/NN  dobj  2 Number=Sing
        5 .      .      PUNCT/.  punct 2
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].source == []


def test_a_share_of_a_group_acts_for_the_group(extract):
    """ "La moitié des enseignants ont fait grève": the strikers are teachers, not "la moitié"."""
    events, _ = extract(
        "fr",
        "La moitié des enseignants ont fait grève jeudi.",
        """
        0   La           le          DET        det        1   Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        1   moitié       =           NOUN       nsubj      5   Gender=Fem|Number=Sing
        2   des          de          ADP        case       3   Definite=Def|Number=Plur|PronType=Art
        3   enseignants  enseignant  NOUN       nmod       1   Gender=Masc|Number=Plur
        4   ont          avoir       AUX        aux:tense  5   Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        5   fait         faire       VERB       ROOT       5   Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        6   grève        =           NOUN       obj        5   Gender=Fem|Number=Sing
        7   jeudi        =           NOUN       obl:mod    5   Gender=Masc|Number=Sing
        8   .            =           PUNCT      punct      5   _
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "strike")]
    assert [a.name for a in events[0].source] == ["teachers"]


def test_an_acronym_hung_on_the_place_names_the_organisation(extract):
    """ "The U.N. peacekeeping mission in Congo, MONUSCO, condemned": MONUSCO speaks, not the whole UN."""
    events, _ = extract(
        "en",
        "The U.N. peacekeeping mission in Congo, MONUSCO, condemned the attack.",
        """
        0   The           the           DET/DT     det        3   Definite=Def|PronType=Art
        1   U.N.          =             PROPN/NNP  compound   3   Number=Sing B-ORG
        2   peacekeeping  =             NOUN/NN    compound   3   Number=Sing
        3   mission       =             NOUN/NN    nsubj      9   Number=Sing
        4   in            =             ADP/IN     prep       3   _
        5   Congo         =             PROPN/NNP  pobj       4   Number=Sing B-GPE
        6   ,             =             PUNCT/,    punct      5   PunctType=Comm
        7   MONUSCO       =             PROPN/NNP  appos      5   Number=Sing
        8   ,             =             PUNCT/,    punct      5   PunctType=Comm
        9   condemned     condemn       VERB/VBD   ROOT       9   Tense=Past|VerbForm=Fin
        10  the           =             DET/DT     det        11  Definite=Def|PronType=Art
        11  attack        =             NOUN/NN    dobj       9   Number=Sing
        12  .             =             PUNCT/.    punct      9   PunctType=Peri
        """,
    )
    accuse = [e for e in events if e.event_type == "ACCUSE"]
    assert len(accuse) == 1 and [a.id for a in accuse[0].source] == ["org:monusco"]
