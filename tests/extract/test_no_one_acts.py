"""Acts no one does: weather, disasters, pests and market figures as doers, sports results told in the words of
war, and tolls of accidents are no events."""

from __future__ import annotations


def _types(events):
    return [(e.event_type, e.mode) for e in events]


def test_floods_that_kill_are_no_attack(extract):
    """ "Floods kill 12": weather does not attack."""
    events, _ = extract(
        "en",
        "Floods kill 12 in northern Bangladesh after days of monsoon rain",
        """
        0 Floods flood NOUN/NNS nsubj 1 Number=Plur _
        1 kill = VERB/VBP ROOT 1 Tense=Pres|VerbForm=Fin _
        2 12 = NUM/CD dobj 1 NumType=Card B-CARDINAL
        3 in = ADP/IN prep 1 _ _
        4 northern = ADJ/JJ amod 5 Degree=Pos _
        5 Bangladesh = PROPN/NNP pobj 3 Number=Sing B-GPE
        6 after = ADP/IN prep 1 _ _
        7 days day NOUN/NNS pobj 6 Number=Plur B-DATE
        8 of = ADP/IN prep 7 _ _
        9 monsoon = NOUN/NN compound 10 Number=Sing _
        10 rain = NOUN/NN pobj 8 Number=Sing _
        """,
    )
    assert _types(events) == []


def test_gunmen_who_kill_still_attack(extract):
    """The same verb with people as its doers stays an attack."""
    events, _ = extract(
        "en",
        "Gunmen kill 12 villagers in northern Nigeria",
        """
        0 Gunmen gunman NOUN/NNS nsubj 1 Number=Plur _
        1 kill = VERB/VB ROOT 1 VerbForm=Inf _
        2 12 = NUM/CD nummod 3 NumType=Card B-CARDINAL
        3 villagers villager NOUN/NNS dobj 1 Number=Plur _
        4 in = ADP/IN prep 3 _ _
        5 northern = ADJ/JJ amod 6 Degree=Pos _
        6 Nigeria = PROPN/NNP pobj 4 Number=Sing B-GPE
        """,
    )
    assert _types(events) == [("ASSAULT", None)]


def test_a_currency_that_hits_a_low_hits_nobody(extract):
    """ "The lira hits a record low": a market figure is no attacker."""
    events, _ = extract(
        "en",
        "Turkish lira hits fresh record low as inflation stays above 60%",
        """
        0 Turkish turkish ADJ/JJ amod 1 Degree=Pos B-NORP
        1 lira = NOUN/NN nsubj 2 Number=Sing _
        2 hits hit VERB/VBZ ROOT 2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 fresh = ADJ/JJ amod 5 Degree=Pos _
        4 record = NOUN/NN compound 5 Number=Sing _
        5 low = NOUN/NN dobj 2 Number=Sing _
        6 as = SCONJ/IN mark 8 _ _
        7 inflation = NOUN/NN nsubj 8 Number=Sing _
        8 stays stay VERB/VBZ advcl 2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        9 above = ADP/IN prep 8 _ _
        10 60 = NUM/CD nummod 11 NumType=Card B-PERCENT
        11 % = NOUN/NN pobj 9 Number=Sing I-PERCENT
        """,
    )
    assert _types(events) == []


def test_a_sports_rout_is_no_attack(extract):
    """ "All Blacks crush Wales 52-6": a score makes the war words a game's."""
    events, _ = extract(
        "en",
        "All Blacks crush Wales 52-6 in one-sided Cardiff rugby test",
        """
        0 All all DET/DT det 1 _ _
        1 Blacks = PROPN/NNPS nsubj 2 Number=Plur _
        2 crush = VERB/VBP ROOT 2 Tense=Pres|VerbForm=Fin _
        3 Wales = PROPN/NNP dobj 2 Number=Sing _
        4 52 = NUM/CD npadvmod 2 NumType=Card B-CARDINAL
        5 - = SYM/SYM punct 6 _ I-CARDINAL
        6 6 = NUM/CD prep 4 NumType=Card I-CARDINAL
        7 in = ADP/IN prep 2 _ _
        8 one = NUM/CD npadvmod 10 NumType=Card B-CARDINAL
        9 - = PUNCT/HYPH punct 10 PunctType=Dash _
        10 sided = ADJ/JJ amod 11 Degree=Pos _
        11 Cardiff = PROPN/NNP pobj 7 Number=Sing _
        12 rugby = NOUN/NN compound 13 Number=Sing _
        13 test = NOUN/NN dobj 2 Number=Sing _
        """,
    )
    assert _types(events) == []


def test_a_crash_toll_is_no_attack(extract):
    """ "Bus plunges into ravine, killing 19": a toll with no attacker, in an accident."""
    events, _ = extract(
        "en",
        "Bus plunges into ravine in Peru's Andes, killing at least 19 passengers",
        """
        0 Bus bus NOUN/NN compound 1 Number=Sing _
        1 plunges plunge NOUN/NNS ROOT 1 Number=Plur _
        2 into = ADP/IN prep 1 _ _
        3 ravine = NOUN/NN pobj 2 Number=Sing _
        4 in = ADP/IN prep 3 _ _
        5 Peru = PROPN/NNP poss 7 Number=Sing B-GPE
        6 's = PART/POS case 5 _ _
        7 Andes = PROPN/NNP pobj 4 Number=Sing B-LOC
        8 , = PUNCT/, punct 1 PunctType=Comm _
        9 killing kill VERB/VBG acl 1 Aspect=Prog|Tense=Pres|VerbForm=Part _
        10 at = ADV/RB advmod 11 _ B-CARDINAL
        11 least = ADV/RBS advmod 12 Degree=Sup I-CARDINAL
        12 19 = NUM/CD nummod 13 NumType=Card I-CARDINAL
        13 passengers passenger NOUN/NNS dobj 9 Number=Plur _
        """,
    )
    assert _types(events) == []


def test_a_toll_with_no_mishap_is_still_an_attack(extract):
    """A toll alone, with no accident named, is still an attack's."""
    events, _ = extract(
        "en",
        "At least 19 passengers were killed on the road to Cusco",
        """
        0 At at ADV/RB advmod 1 _ B-CARDINAL
        1 least = ADJ/JJS advmod 2 Degree=Sup I-CARDINAL
        2 19 = NUM/CD nummod 3 NumType=Card I-CARDINAL
        3 passengers passenger NOUN/NNS nsubjpass 5 Number=Plur _
        4 were be AUX/VBD auxpass 5 Mood=Ind|Tense=Past|VerbForm=Fin _
        5 killed kill VERB/VBN ROOT 5 Aspect=Perf|Tense=Past|VerbForm=Part _
        6 on = ADP/IN prep 5 _ _
        7 the = DET/DT det 8 Definite=Def|PronType=Art _
        8 road = NOUN/NN pobj 6 Number=Sing _
        9 to = ADP/IN prep 8 _ _
        10 Cusco = PROPN/NNP pobj 9 Number=Sing B-GPE
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_une_invasion_de_criquets(extract):
    """ "une invasion de criquets menace les cultures": pests are no army."""
    events, _ = extract(
        "fr",
        "Une invasion de criquets menace les cultures du sud de l'île.",
        """
        0 Une un DET det 1 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        1 invasion = NOUN nsubj 4 Gender=Fem|Number=Sing _
        2 de = ADP case 3 _ _
        3 criquets criquet NOUN nmod 1 Gender=Masc|Number=Plur _
        4 menace menacer VERB ROOT 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        5 les le DET det 6 Definite=Def|Number=Plur|PronType=Art _
        6 cultures culture NOUN obj 4 Gender=Fem|Number=Plur _
        7 du de ADP case 8 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        8 sud = NOUN nmod 6 Gender=Masc|Number=Sing _
        9 de = ADP case 11 _ _
        10 l' le DET det 11 Definite=Def|Number=Sing|PronType=Art _
        11 île = PROPN nmod 8 Number=Sing _
        12 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == []


def test_des_pluies_diluviennes_qui_tuent(extract):
    """ "les pluies ont tué": the weather does not attack."""
    events, _ = extract(
        "fr",
        "Les pluies diluviennes ont tué au moins 30 personnes dans le nord du pays.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 pluies pluie NOUN nsubj 4 Gender=Fem|Number=Plur _
        2 diluviennes diluvien ADJ amod 1 Gender=Fem|Number=Plur _
        3 ont avoir AUX aux:tense 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        4 tué tuer VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        5 au = ADP advmod 8 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        6 moins = ADV fixed 5 _ _
        7 30 = NUM nummod 8 NumType=Card _
        8 personnes personne NOUN obj 4 Gender=Fem|Number=Plur _
        9 dans = ADP case 11 _ _
        10 le = DET det 11 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        11 nord = NOUN nmod 8 Gender=Masc|Number=Sing _
        12 du de ADP case 13 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        13 pays = NOUN nmod 11 Gender=Masc|Number=Sing _
        14 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == []


def test_a_building_fire_is_an_accident(extract):
    """ "Building fire kills 14": a fire nobody opened."""
    events, _ = extract(
        "en",
        "Building fire in Hanoi apartment block kills 14, firefighters say",
        """
        0 Building build VERB/VBG csubj 6 Aspect=Prog|Tense=Pres|VerbForm=Part _
        1 fire = NOUN/NN nsubj 6 Number=Sing _
        2 in = ADP/IN prep 1 _ _
        3 Hanoi = PROPN/NNP compound 5 Number=Sing B-GPE
        4 apartment = NOUN/NN compound 5 Number=Sing _
        5 block = NOUN/NN pobj 2 Number=Sing _
        6 kills kill VERB/VBZ ccomp 10 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        7 14 = NUM/CD dobj 6 NumType=Card B-CARDINAL
        8 , = PUNCT/, punct 10 PunctType=Comm _
        9 firefighters firefighter NOUN/NNS nsubj 10 Number=Plur _
        10 say = VERB/VBP ROOT 10 Tense=Pres|VerbForm=Fin _
        """,
    )
    assert _types(events) == []


def test_fire_that_an_army_opens_is_an_attack(extract):
    """ "Israeli fire killed five": fire with a shooter is an attack."""
    events, _ = extract(
        "en",
        "Israeli fire killed five Palestinians in Gaza on Tuesday.",
        """
        0 Israeli israeli ADJ/JJ amod 1 Degree=Pos B-NORP
        1 fire = NOUN/NN nsubj 2 Number=Sing _
        2 killed kill VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 five = NUM/CD nummod 4 NumType=Card B-CARDINAL
        4 Palestinians = PROPN/NNPS dobj 2 Number=Plur B-NORP
        5 in = ADP/IN prep 2 _ _
        6 Gaza = PROPN/NNP pobj 5 Number=Sing B-GPE
        7 on = ADP/IN prep 2 _ _
        8 Tuesday = PROPN/NNP pobj 7 Number=Sing B-DATE
        9 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ASSAULT", None)]


def test_an_animal_attacks_no_one_politically(extract):
    """ "A shark attacked a surfer": an animal is no attacker."""
    events, _ = extract(
        "en",
        "A shark attacked and injured a surfer off a beach on Tuesday morning.",
        """
        0 A a DET/DT det 1 Definite=Ind|PronType=Art _
        1 shark = NOUN/NN nsubj 2 Number=Sing _
        2 attacked attack VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 and = CCONJ/CC cc 2 ConjType=Cmp _
        4 injured injure VERB/VBD conj 2 Tense=Past|VerbForm=Fin _
        5 a = DET/DT det 6 Definite=Ind|PronType=Art _
        6 surfer = NOUN/NN dobj 4 Number=Sing _
        7 off = ADP/IN prep 4 _ _
        8 a = DET/DT det 9 Definite=Ind|PronType=Art _
        9 beach = NOUN/NN pobj 7 Number=Sing _
        10 on = ADP/IN prep 4 _ _
        11 Tuesday = PROPN/NNP compound 12 Number=Sing B-DATE
        12 morning = NOUN/NN pobj 10 Number=Sing B-TIME
        13 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == []


def test_a_relative_clause_doer_is_its_antecedent(extract):
    """ "The earthquake, which struck ...": the relative pronoun stands for the quake."""
    events, _ = extract(
        "en",
        "The earthquake, which struck at a depth of about 10 km, was felt as far away as the capital.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 earthquake = NOUN/NN nsubjpass 14 Number=Sing _
        2 , = PUNCT/, punct 1 PunctType=Comm _
        3 which = PRON/WDT nsubj 4 _ _
        4 struck strike VERB/VBD relcl 1 Tense=Past|VerbForm=Fin _
        5 at = ADP/IN prep 4 _ _
        6 a = DET/DT det 7 Definite=Ind|PronType=Art _
        7 depth = NOUN/NN pobj 5 Number=Sing _
        8 of = ADP/IN prep 7 _ _
        9 about = ADV/RB advmod 10 _ B-QUANTITY
        10 10 = NUM/CD nummod 11 NumType=Card I-QUANTITY
        11 km = NOUN/NNS pobj 8 Number=Plur I-QUANTITY
        12 , = PUNCT/, punct 1 PunctType=Comm _
        13 was be AUX/VBD auxpass 14 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin _
        14 felt feel VERB/VBN ROOT 14 Aspect=Perf|Tense=Past|VerbForm=Part _
        15 as = ADV/RB advmod 16 _ _
        16 far = ADV/RB advmod 17 _ _
        17 away = ADV/RB advmod 14 _ _
        18 as = ADP/IN prep 17 _ _
        19 the = DET/DT det 20 Definite=Def|PronType=Art _
        20 capital = NOUN/NN pobj 18 Number=Sing _
        21 . = PUNCT/. punct 14 PunctType=Peri _
        """,
    )
    assert _types(events) == []


def test_tourists_received_are_no_visit(extract):
    """ "received 14.5 million tourists": a public, not envoys."""
    events, _ = extract(
        "en",
        "Morocco received a record 14.5 million tourists in 2023.",
        """
        0 Morocco = PROPN/NNP nsubj 1 Number=Sing B-ORG
        1 received receive VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 a = DET/DT det 6 Definite=Ind|PronType=Art _
        3 record = NOUN/NN amod 6 Number=Sing _
        4 14.5 = NUM/CD compound 5 NumType=Card B-CARDINAL
        5 million = NUM/CD nummod 6 NumType=Card I-CARDINAL
        6 tourists tourist NOUN/NNS dobj 1 Number=Plur _
        7 in = ADP/IN prep 1 _ _
        8 2023 = NUM/CD pobj 7 NumType=Card B-DATE
        9 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == []


def test_un_feu_de_cuisine(extract):
    """ "Un feu parti de la cuisine a ravagé": an accident."""
    events, _ = extract(
        "fr",
        "Un feu parti de la cuisine d'un restaurant du Vieux-Lyon a ravagé l'établissement dans la nuit.",
        """
        0 Un un DET det 1 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        1 feu = NOUN nsubj 2 Gender=Masc|Number=Sing _
        2 parti partir VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 de = ADP case 5 _ _
        4 la le DET det 5 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        5 cuisine = NOUN obl:arg 2 Gender=Fem|Number=Sing _
        6 d' de ADP case 8 _ _
        7 un = DET det 8 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        8 restaurant = NOUN obl:mod 2 Gender=Masc|Number=Sing _
        9 du de ADP case 10 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        10 Vieux-Lyon = PROPN nmod 8 Gender=Masc|Number=Sing B-LOC
        11 a avoir AUX aux:tense 12 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        12 ravagé ravager VERB advcl 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        13 l' le DET det 14 Definite=Def|Number=Sing|PronType=Art _
        14 établissement = NOUN obj 12 Gender=Masc|Number=Sing _
        15 dans = ADP case 17 _ _
        16 la le DET det 17 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        17 nuit = NOUN obl:mod 12 Gender=Fem|Number=Sing _
        18 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == []
