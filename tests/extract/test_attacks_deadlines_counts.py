"""Fresh reporter usage: verbal attacks, deadlines, counted objects, fixed phrases over object retyping, outlets
blocked, decisions taken and refusals with "won't"."""

from __future__ import annotations


def _types(events):
    return [(e.event_type, e.mode) for e in events]


def test_a_leader_attacking_an_official_over_a_decision_attacks_with_words(extract):
    """ "Trump attacks Fed chair over rate decision": a known leader, an official and a reason given with "over"."""
    events, _ = extract(
        "en",
        "Trump attacks Fed chair over rate decision",
        """
        0 Trump trump NOUN/NN compound 1 Number=Sing _
        1 attacks attack NOUN/NNS ROOT 1 Number=Plur _
        2 Fed = PROPN/NNP compound 3 Number=Sing B-ORG
        3 chair = NOUN/NN appos 1 Number=Sing _
        4 over = ADP/IN prep 3 _ _
        5 rate = NOUN/NN compound 6 Number=Sing _
        6 decision = NOUN/NN pobj 4 Number=Sing _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_an_attack_on_a_leader_over_a_policy_is_verbal(extract):
    """ "launches fresh attack on Netanyahu over Gaza": one leader on another."""
    events, _ = extract(
        "en",
        "Erdogan launches fresh attack on Netanyahu over Gaza",
        """
        0 Erdogan = PROPN/NNP nsubj 1 Number=Sing B-PERSON
        1 launches launch VERB/VBZ ROOT 1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 fresh = ADJ/JJ amod 3 Degree=Pos _
        3 attack = NOUN/NN dobj 1 Number=Sing _
        4 on = ADP/IN prep 3 _ _
        5 Netanyahu = PROPN/NNP pobj 4 Number=Sing B-PERSON
        6 over = ADP/IN prep 3 _ _
        7 Gaza = PROPN/NNP pobj 6 Number=Sing B-GPE
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_gunmen_attacking_over_the_weekend_still_attack(extract):
    """ "over the weekend" is a time, and gunmen are no known leader."""
    events, _ = extract(
        "en",
        "Gunmen attacked the mayor over the weekend",
        """
        0 Gunmen gunman NOUN/NNS nsubj 1 Number=Plur _
        1 attacked attack VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 the = DET/DT det 3 Definite=Def|PronType=Art _
        3 mayor = NOUN/NN dobj 1 Number=Sing _
        4 over = ADP/IN prep 1 _ _
        5 the = DET/DT det 6 Definite=Def|PronType=Art B-DATE
        6 weekend = NOUN/NN pobj 4 Number=Sing I-DATE
        """,
    )
    assert _types(events)[0][0] == "ASSAULT"


def test_attacked_while_accusing_is_a_verbal_attack(extract):
    """ "a vivement attaqué son homologue, l'accusant de mentir": the accusation says how he attacked."""
    events, _ = extract(
        "fr",
        "Le président rwandais Paul Kagame a vivement attaqué son homologue congolais, l'accusant de mentir à son peuple.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 président = NOUN nsubj 7 Gender=Masc|Number=Sing _
        2 rwandais = ADJ amod 1 Gender=Masc _
        3 Paul = PROPN appos 1 Gender=Masc|Number=Sing B-PER
        4 Kagame = PROPN flat:name 3 Gender=Masc|Number=Sing I-PER
        5 a avoir AUX aux:tense 7 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        6 vivement = ADV advmod 7 _ _
        7 attaqué attaquer VERB ROOT 7 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        8 son = DET det 9 Number=Sing|Poss=Yes _
        9 homologue = NOUN obj 7 Gender=Masc|Number=Sing _
        10 congolais = ADJ amod 9 Gender=Masc _
        11 , = PUNCT punct 7 _ _
        12 l' le PRON obj 13 Number=Sing|Person=3 _
        13 accusant accuser VERB xcomp 7 Tense=Pres|VerbForm=Part _
        14 de = ADP mark 15 _ _
        15 mentir = VERB xcomp 13 VerbForm=Inf _
        16 à = ADP case 18 _ _
        17 son = DET det 18 Number=Sing|Poss=Yes _
        18 peuple = NOUN obl:arg 15 Gender=Masc|Number=Sing _
        19 . = PUNCT punct 7 _ _
        """,
    )
    assert _types(events)[0] == ("ACCUSE", "disapprove")


def test_hours_given_are_an_ultimatum_even_with_the_lemma_left_finite(extract):
    """ "donne quarante-huit heures aux groupes armés pour déposer les armes": the lemmatizer leaves "donne", the lexicon's "donner" still gives a deadline."""
    events, _ = extract(
        "fr",
        "Le gouvernement donne quarante-huit heures aux groupes armés pour déposer les armes.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 gouvernement = NOUN nsubj 2 Gender=Masc|Number=Sing _
        2 donne = VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 quarante = NUM nummod 6 NumType=Card _
        4 - = NUM nummod 6 NumType=Card _
        5 huit = NUM nummod 6 NumType=Card _
        6 heures heure NOUN obj 2 Gender=Fem|Number=Plur _
        7 aux à ADP case 8 Definite=Def|Number=Plur|PronType=Art _
        8 groupes groupe NOUN obl:arg 2 Gender=Masc|Number=Plur _
        9 armés armer VERB acl 8 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part _
        10 pour = ADP mark 11 _ _
        11 déposer = VERB advcl 2 VerbForm=Inf _
        12 les le DET det 13 Definite=Def|Number=Plur|PronType=Art _
        13 armes arme NOUN obj 11 Gender=Fem|Number=Plur _
        14 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("THREATEN", None)]
    assert [a.text.split()[0] for a in events[0].target] == ["groupes"]  # who must act


def test_reservists_counted_in_tens_of_thousands_are_recalled(extract):
    """ "a rappelé des dizaines de milliers de réservistes": the fixed object is what the count counts."""
    events, _ = extract(
        "fr",
        "Israël a rappelé des dizaines de milliers de réservistes.",
        """
        0 Israël = PROPN nsubj 2 _ B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 rappelé rappeler VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 des un DET det 4 Definite=Ind|Number=Plur|PronType=Art _
        4 dizaines dizaine NOUN obj 2 Gender=Fem|Number=Plur _
        5 de = ADP case 6 _ _
        6 milliers millier NOUN nmod 4 Gender=Masc|Number=Plur _
        7 de = ADP case 8 _ _
        8 réservistes réserviste NOUN nmod 6 Gender=Fem|Number=Plur _
        9 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "troops")]


def test_detainees_set_free_are_released_not_handed_over(extract):
    """ "a remis en liberté une cinquantaine de détenus": the fixed phrase names a release, not a handover of suspects."""
    events, _ = extract(
        "fr",
        "La junte a remis en liberté une cinquantaine de détenus politiques.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 junte = NOUN nsubj 3 Gender=Fem|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 remis remettre VERB ROOT 3 Gender=Masc|Tense=Past|VerbForm=Part _
        4 en = ADP case 5 _ _
        5 liberté = NOUN obl:arg 3 Gender=Fem|Number=Sing _
        6 une un DET det 7 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        7 cinquantaine = NOUN obj 3 Gender=Fem|Number=Sing _
        8 de = ADP case 9 _ _
        9 détenus détenu NOUN nmod 7 Gender=Masc|Number=Plur _
        10 politiques politique ADJ amod 9 Number=Plur _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("RETREAT", "release")]


def test_a_mobster_handed_over_is_cooperation(extract):
    """ "hands fugitive Italian mobster over to Rome": a fugitive handed to another state."""
    events, _ = extract(
        "en",
        "Brazil hands fugitive Italian mobster over to Rome",
        """
        0 Brazil = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 hands hand VERB/VBZ ROOT 1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 fugitive = ADJ/JJ amod 4 Degree=Pos _
        3 Italian italian ADJ/JJ amod 4 Degree=Pos B-NORP
        4 mobster = NOUN/NN dobj 1 Number=Sing _
        5 over = ADP/RP prt 1 _ _
        6 to = ADP/IN prep 1 _ _
        7 Rome = PROPN/NNP pobj 6 Number=Sing B-GPE
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_channels_blocked_are_censorship(extract):
    """ "blocks Telegram channels": outlets blocked, not a road."""
    events, _ = extract(
        "en",
        "Russian watchdog blocks Telegram channels of exiled opposition",
        """
        0 Russian russian ADJ/JJ amod 1 Degree=Pos B-NORP
        1 watchdog = NOUN/NN nsubj 2 Number=Sing _
        2 blocks block VERB/VBZ ROOT 2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 Telegram = PROPN/NNP compound 4 Number=Sing B-ORG
        4 channels channel NOUN/NNS dobj 2 Number=Plur _
        5 of = ADP/IN prep 4 _ _
        6 exiled exile VERB/VBN amod 7 Aspect=Perf|Tense=Past|VerbForm=Part _
        7 opposition = NOUN/NN pobj 5 Number=Sing _
        """,
    )
    assert _types(events) == [("COERCE", "censor")]


def test_a_decision_taken_is_the_act_not_a_threat(extract):
    """ "a décidé de rompre ses relations": the sanction is decided, announced, not threatened."""
    events, _ = extract(
        "fr",
        "Bamako a décidé de rompre ses relations diplomatiques avec Kiev.",
        """
        0 Bamako = PROPN nsubj 2 Gender=Masc|Number=Sing B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 décidé décider VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 de = ADP mark 4 _ _
        4 rompre = VERB xcomp 2 VerbForm=Inf _
        5 ses son DET det 6 Number=Plur|Poss=Yes _
        6 relations relation NOUN obj 4 Gender=Fem|Number=Plur _
        7 diplomatiques diplomatique ADJ amod 6 Number=Plur _
        8 avec = ADP case 9 _ _
        9 Kiev = PROPN obl:mod 4 Gender=Fem|Number=Sing B-LOC
        10 . = PUNCT punct 2 _ _
        """,
    )
    assert [(e.event_type, e.status) for e in events] == [("SANCTION", "announced")]


def test_wont_meet_is_a_refusal(extract):
    """ "Putin won't meet Zelensky": "wo" is the will of "won't"."""
    events, _ = extract(
        "en",
        "Putin won't meet Zelensky at this stage",
        """
        0 Putin = PROPN/NNP nsubj 3 Number=Sing B-PERSON
        1 wo will AUX/MD aux 3 VerbType=Mod _
        2 n't not PART/RB neg 3 Polarity=Neg _
        3 meet = VERB/VB ROOT 3 VerbForm=Inf _
        4 Zelensky = PROPN/NNP dobj 3 Number=Sing B-PERSON
        5 at = ADP/IN prep 3 _ _
        6 this = DET/DT det 7 Number=Sing|PronType=Dem _
        7 stage = NOUN/NN pobj 5 Number=Sing _
        """,
    )
    assert [(e.event_type, e.status) for e in events] == [("REJECT", "occurred")]


def test_parties_activities_suspended_are_a_ban(extract):
    """ "suspended the activities of all political parties": others stopped from acting."""
    events, _ = extract(
        "en",
        "Niger's military rulers have suspended the activities of all political parties until further notice.",
        """
        0 Niger = PROPN/NNP poss 3 Number=Sing B-ORG
        1 's = PART/POS case 0 _ _
        2 military = ADJ/JJ amod 3 Degree=Pos _
        3 rulers ruler NOUN/NNS nsubj 5 Number=Plur _
        4 have = AUX/VBP aux 5 Mood=Ind|Tense=Pres|VerbForm=Fin _
        5 suspended suspend VERB/VBN ROOT 5 Aspect=Perf|Tense=Past|VerbForm=Part _
        6 the = DET/DT det 7 Definite=Def|PronType=Art _
        7 activities activity NOUN/NNS dobj 5 Number=Plur _
        8 of = ADP/IN prep 7 _ _
        9 all = DET/DT det 11 _ _
        10 political = ADJ/JJ amod 11 Degree=Pos _
        11 parties party NOUN/NNS pobj 8 Number=Plur _
        12 until = ADP/IN prep 5 _ _
        13 further = ADJ/JJ amod 14 Degree=Pos _
        14 notice = NOUN/NN pobj 12 Number=Sing _
        15 . = PUNCT/. punct 5 PunctType=Peri _
        """,
    )
    assert _types(events) == [("COERCE", "ban")]


def test_an_aid_worker_released_is_a_release_not_aid(extract):
    """ "released a German aid worker": the worker is a person, not aid."""
    events, _ = extract(
        "en",
        "Islamist militants have released a German aid worker held for 14 months.",
        """
        0 Islamist islamist ADJ/JJ amod 1 Degree=Pos B-NORP
        1 militants militant NOUN/NNS nsubj 3 Number=Plur _
        2 have = AUX/VBP aux 3 Mood=Ind|Tense=Pres|VerbForm=Fin _
        3 released release VERB/VBN ROOT 3 Aspect=Perf|Tense=Past|VerbForm=Part _
        4 a = DET/DT det 7 Definite=Ind|PronType=Art _
        5 German german ADJ/JJ amod 7 Degree=Pos B-NORP
        6 aid = NOUN/NN compound 7 Number=Sing _
        7 worker = NOUN/NN dobj 3 Number=Sing _
        8 held hold VERB/VBN acl 7 Aspect=Perf|Tense=Past|VerbForm=Part _
        9 for = ADP/IN prep 8 _ _
        10 14 = NUM/CD nummod 11 NumType=Card B-DATE
        11 months month NOUN/NNS pobj 9 Number=Plur I-DATE
        12 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "release")]


def test_time_given_until_a_date_is_an_ultimatum(extract):
    """ "gave foreign mining companies until the end of the month to submit plans": a deadline set."""
    events, _ = extract(
        "en",
        "Guinea's military government gave foreign mining companies until the end of the month to submit plans.",
        """
        0 Guinea = PROPN/NNP poss 3 Number=Sing B-GPE
        1 's = PART/POS case 0 _ _
        2 military = ADJ/JJ amod 3 Degree=Pos _
        3 government = NOUN/NN nsubj 4 Number=Sing _
        4 gave give VERB/VBD ROOT 4 Tense=Past|VerbForm=Fin _
        5 foreign = ADJ/JJ amod 7 Degree=Pos _
        6 mining = NOUN/NN compound 7 Number=Sing _
        7 companies company NOUN/NNS dobj 4 Number=Plur _
        8 until = ADP/IN prep 4 _ _
        9 the = DET/DT det 10 Definite=Def|PronType=Art B-DATE
        10 end = NOUN/NN pobj 8 Number=Sing I-DATE
        11 of = ADP/IN prep 10 _ I-DATE
        12 the = DET/DT det 13 Definite=Def|PronType=Art I-DATE
        13 month = NOUN/NN pobj 11 Number=Sing I-DATE
        14 to = PART/TO aux 15 _ _
        15 submit = VERB/VB acl 10 VerbForm=Inf _
        16 plans plan NOUN/NNS dobj 15 Number=Plur _
        17 . = PUNCT/. punct 4 PunctType=Peri _
        """,
    )
    assert _types(events) == [("THREATEN", None)]


def test_a_declared_truce_is_a_ceasefire(extract):
    """ "declared a unilateral three-day truce": PLOVER's RETREAT, as the gold standard codes "declared ceasefire"."""
    events, _ = extract(
        "en",
        "Yemen's Houthi rebels declared a unilateral three-day truce in Marib province.",
        """
        0 Yemen = PROPN/NNP poss 3 Number=Sing B-GPE
        1 's = PART/POS case 0 _ _
        2 Houthi = PROPN/NNP compound 3 Number=Sing B-ORG
        3 rebels rebel NOUN/NNS nsubj 4 Number=Plur _
        4 declared declare VERB/VBD ROOT 4 Tense=Past|VerbForm=Fin _
        5 a = DET/DT det 10 Definite=Ind|PronType=Art _
        6 unilateral = ADJ/JJ amod 10 Degree=Pos _
        7 three = NUM/CD nummod 9 NumType=Card B-DATE
        8 - = PUNCT/HYPH punct 9 PunctType=Dash I-DATE
        9 day = NOUN/NN compound 10 Number=Sing I-DATE
        10 truce = NOUN/NN dobj 4 Number=Sing _
        11 in = ADP/IN prep 10 _ _
        12 Marib = PROPN/NNP compound 13 Number=Sing B-GPE
        13 province = NOUN/NN pobj 11 Number=Sing I-GPE
        14 . = PUNCT/. punct 4 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "ceasefire")]
