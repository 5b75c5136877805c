"""Casualties: victims of "tuer"/"blesser"/"kill" counted and added to the attack they belong to."""

from __future__ import annotations


def test_coordinated_victims_are_summed(extract):
    """Coordinated victims add up: "deux soldats ... et un soldat ... ont été tués" is one attack, 3 dead."""
    events, _ = extract(
        "fr",
        "Deux soldats américains et un soldat britannique ont été tués.",
        """
        0  Deux        deux        NUM   nummod     1 NumType=Card
        1  soldats     soldat      NOUN  nsubj:pass 9 Gender=Masc|Number=Plur
        2  américains  américain   ADJ   amod       1 Gender=Masc|Number=Plur
        3  et          et          CCONJ cc         5
        4  un          un          DET   det        5 Gender=Masc|Number=Sing
        5  soldat      soldat      NOUN  conj       1 Gender=Masc|Number=Sing
        6  britannique britannique ADJ   amod       5 Number=Sing
        7  ont         avoir       AUX   aux:tense  9 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        8  été         être        AUX   aux:pass   9 Tense=Past|VerbForm=Part
        9  tués        tuer        VERB  ROOT       9 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        10 .           .           PUNCT punct      9
        """,
    )
    assert [(e.event_type, e.dead, e.injured) for e in events] == [("ASSAULT", 3, None)]
    assert events[0].source == []


def test_dead_and_injured_merge_onto_the_attack_noun(extract):
    """Victims killed and wounded "dans une attaque" go to that attack: one ASSAULT, 1 dead, 1 injured."""
    events, _ = extract(
        "fr",
        "Un entrepreneur civil a été tué et un membre du personnel américain blessé "
        "dans une attaque contre l'aéroport d'Erbil.",
        """
        0  Un           un           DET   det        1 Gender=Masc|Number=Sing
        1  entrepreneur entrepreneur NOUN  nsubj:pass 5 Gender=Masc|Number=Sing
        2  civil        civil        ADJ   amod       1 Gender=Masc|Number=Sing
        3  a            avoir        AUX   aux:tense  5 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        4  été          être         AUX   aux:pass   5 Tense=Past|VerbForm=Part
        5  tué          tuer         VERB  ROOT       5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        6  et           et           CCONJ cc         12
        7  un           un           DET   det        8 Gender=Masc|Number=Sing
        8  membre       membre       NOUN  nsubj:pass 12 Gender=Masc|Number=Sing
        9  du           de           ADP   case       10
        10 personnel    personnel    NOUN  nmod       8 Gender=Masc|Number=Sing
        11 américain    américain    ADJ   amod       10 Gender=Masc|Number=Sing
        12 blessé       blesser      VERB  conj       5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        13 dans         dans         ADP   case       15
        14 une          un           DET   det        15 Gender=Fem|Number=Sing
        15 attaque      attaque      NOUN  obl:mod    12 Gender=Fem|Number=Sing
        16 contre       contre       ADP   case       18
        17 l'           le           DET   det        18 Number=Sing
        18 aéroport     aéroport     NOUN  nmod       15 Gender=Masc|Number=Sing B-LOC
        19 d'           de           ADP   case       20 _ I-LOC
        20 Erbil        Erbil        PROPN nmod       18 Gender=Masc|Number=Sing I-LOC
        21 .            .            PUNCT punct      5
        """,
    )
    assert [(e.event_type, e.trigger, e.dead, e.injured) for e in events] == [("ASSAULT", "attaque", 1, 1)]
    assert events[0].location is not None and events[0].location.country == "IRQ"


def test_casualty_nouns_after_faire(extract):
    """Casualty nouns: "L'attentat a fait deux morts et cinq blessés" gives 2 dead and 5 injured."""
    events, _ = extract(
        "fr",
        "L'attentat a fait deux morts et cinq blessés.",
        """
        0 L'       le       DET   det       1 Number=Sing
        1 attentat attentat NOUN  nsubj     3 Gender=Masc|Number=Sing
        2 a        avoir    AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 fait     faire    VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 deux     deux     NUM   nummod    5 NumType=Card
        5 morts    mort     NOUN  obj       3 Gender=Masc|Number=Plur
        6 et       et       CCONJ cc        8
        7 cinq     cinq     NUM   nummod    8 NumType=Card
        8 blessés  blessé   NOUN  conj      5 Gender=Masc|Number=Plur
        9 .        .        PUNCT punct     3
        """,
    )
    assert [(e.event_type, e.mode, e.dead, e.injured) for e in events] == [("ASSAULT", "explosives", 2, 5)]


def test_killing_clause_adds_dead_to_the_attack(extract):
    """A "killing three officers" clause adds three dead to the attack it follows."""
    events, _ = extract(
        "en",
        "Militants attacked a checkpoint, killing three officers.",
        """
        0 Militants  militant   NOUN/NNS nsubj  1 Number=Plur
        1 attacked   attack     VERB/VBD ROOT   1 Tense=Past|VerbForm=Fin
        2 a          a          DET/DT   det    3
        3 checkpoint checkpoint NOUN/NN  dobj   1 Number=Sing
        4 ,          ,          PUNCT/,  punct  1
        5 killing    kill       VERB/VBG advcl  1 Aspect=Prog|Tense=Pres|VerbForm=Part
        6 three      three      NUM/CD   nummod 7 NumType=Card
        7 officers   officer    NOUN/NNS dobj   5 Number=Plur
        8 .          .          PUNCT/.  punct  1
        """,
    )
    assert [(e.event_type, e.trigger, e.dead) for e in events] == [("ASSAULT", "attacked", 3)]
    assert [a.text for a in events[0].source] == ["Militants"]


def test_passive_kill_in_english(extract):
    """English passive: "Three officers were killed" is an ASSAULT with three dead and no named attacker."""
    events, _ = extract(
        "en",
        "Three officers were killed.",
        """
        0 Three    three   NUM/CD   nummod    1 NumType=Card
        1 officers officer NOUN/NNS nsubjpass 3 Number=Plur
        2 were     be      AUX/VBD  auxpass   3 Mood=Ind|Tense=Past|VerbForm=Fin
        3 killed   kill    VERB/VBN ROOT      3 Aspect=Perf|Tense=Past|VerbForm=Part
        4 .        .       PUNCT/.  punct     3
        """,
    )
    assert [(e.event_type, e.dead, e.injured) for e in events] == [("ASSAULT", 3, None)]
    assert events[0].source == []
    assert [a.text for a in events[0].target] == ["Three officers"]
