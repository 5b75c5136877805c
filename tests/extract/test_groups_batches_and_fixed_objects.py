"""Constructions that decide the type from around the trigger: groups raised, batches of acts, weapons told from the
target's side, acts done together, refusals and warnings, and fixed objects that change what a verb names."""

from __future__ import annotations


def _types(events):
    return [(e.event_type, e.mode) for e in events]


def test_militia_formed_by_a_reflexive_verb_is_mobilisation(extract):
    """« des brigades de vigilance se sont constituées »: an armed group raised is MOBILIZE/militia."""
    events, _ = extract(
        "fr",
        "Des brigades de vigilance se sont constituées dans plusieurs quartiers.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 brigades brigade NOUN nsubj 6 Gender=Fem|Number=Plur _
        2 de = ADP case 3 _ _
        3 vigilance = NOUN nmod 1 Gender=Fem|Number=Sing _
        4 se = PRON obj 6 Person=3|Reflex=Yes _
        5 sont être AUX aux:tense 6 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        6 constituées constituer VERB ROOT 6 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part _
        7 dans = ADP case 9 _ _
        8 plusieurs = DET det 9 Number=Plur _
        9 quartiers quartier NOUN obl:mod 6 Gender=Masc|Number=Plur _
        10 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "militia")]


def test_wave_of_arrests_takes_the_place_of_its_arrests(extract):
    """« une vague d'arrestations a visé des journalistes »: the batch noun stands for the arrests."""
    events, _ = extract(
        "fr",
        "Une vague d'arrestations a visé des journalistes à Tbilissi.",
        """
        0 Une un DET det 1 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        1 vague = NOUN nsubj 5 Gender=Fem|Number=Sing _
        2 d' de ADP case 3 _ _
        3 arrestations arrestation NOUN nmod 1 Gender=Fem|Number=Sing _
        4 a avoir AUX aux:tense 5 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        5 visé viser VERB ROOT 5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        6 des un DET det 7 Definite=Ind|Number=Plur|PronType=Art _
        7 journalistes journaliste NOUN obj 5 Gender=Masc|Number=Plur _
        8 à = ADP case 9 _ _
        9 Tbilissi = PROPN obl:mod 5 Gender=Masc|Number=Sing B-LOC
        10 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("COERCE", "arrest")]


def test_weapon_that_hit_a_town_names_the_attack(extract):
    """« Kharkiv visée par des bombes »: the weapon, told from the target's side, is the attack."""
    events, _ = extract(
        "fr",
        "La ville a été visée par des bombes planantes.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 ville = NOUN nsubj:pass 4 Gender=Fem|Number=Sing _
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part _
        4 visée viser VERB ROOT 4 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass _
        5 par = ADP case 7 _ _
        6 des un DET det 7 Definite=Ind|Number=Plur|PronType=Art _
        7 bombes bombe NOUN obl:mod 4 Gender=Fem|Number=Plur _
        8 planantes planante ADJ amod 7 Gender=Fem|Number=Plur _
        9 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("ASSAULT", "explosives")]
    assert [a.text for a in events[0].target] == ["La ville"]


def test_act_done_together_is_cooperation(extract):
    """« ont démantelé ensemble un réseau »: two police forces acting together cooperate."""
    events, _ = extract(
        "fr",
        "La police française et son homologue belge ont démantelé ensemble un réseau de trafiquants.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 police = NOUN nsubj 8 Gender=Fem|Number=Sing _
        2 française français ADJ amod 1 Gender=Fem|Number=Sing _
        3 et = CCONJ cc 5 _ _
        4 son = DET det 5 Number=Sing|Poss=Yes _
        5 homologue = NOUN conj 1 Gender=Masc|Number=Sing _
        6 belge = ADJ amod 5 Number=Sing _
        7 ont avoir AUX aux:tense 8 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        8 démantelé démanteler VERB ROOT 8 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        9 ensemble = NOUN obj 8 Gender=Masc|Number=Sing _
        10 un = DET det 11 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        11 réseau = NOUN obj 8 Gender=Masc|Number=Sing _
        12 de = ADP case 13 _ _
        13 trafiquants trafiquant NOUN nmod 11 Gender=Masc|Number=Plur _
        14 . = PUNCT punct 8 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["COOPERATE"]


def test_ruling_out_an_act_is_a_refusal(extract):
    """« exclut de démissionner »: ruling out what the infinitive says is REJECT."""
    events, _ = extract(
        "fr",
        "Le Premier ministre exclut de démissionner avant la fin de son mandat.",
        """
        0 Le le DET det 2 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Premier premier ADJ amod 2 Gender=Masc|NumType=Ord|Number=Sing B-MISC
        2 ministre = NOUN nsubj 3 Gender=Masc|Number=Sing I-MISC
        3 exclut exclure VERB ROOT 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        4 de = ADP mark 5 _ _
        5 démissionner = VERB xcomp 3 VerbForm=Inf _
        6 avant = ADP case 8 _ _
        7 la le DET det 8 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        8 fin = NOUN obl:mod 5 Gender=Fem|Number=Sing _
        9 de = ADP case 11 _ _
        10 son = DET det 11 Number=Sing|Poss=Yes _
        11 mandat = NOUN nmod 8 Gender=Masc|Number=Sing _
        12 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events)[0] == ("REJECT", None)


def test_hinted_sanctions_are_a_threat(extract):
    """« a laissé entendre que des sanctions pourraient être prises »: a warning of what may come."""
    events, _ = extract(
        "fr",
        "Le ministre a laissé entendre que de nouvelles sanctions pourraient être prises.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 ministre = NOUN nsubj 3 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 laissé laisser VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 entendre = VERB xcomp 3 VerbForm=Inf _
        5 que = SCONJ mark 9 _ _
        6 de = DET det 8 Definite=Ind|Number=Plur|PronType=Art _
        7 nouvelles nouveau ADJ amod 8 Gender=Fem|Number=Plur _
        8 sanctions sanction NOUN nsubj 9 Gender=Fem|Number=Plur _
        9 pourraient pouvoir VERB ccomp 4 Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        10 être = AUX aux:pass 11 VerbForm=Inf _
        11 prises prendre VERB xcomp 9 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass _
        12 . = PUNCT punct 3 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["THREATEN"]
    assert [a.text for a in events[0].source] == ["Le ministre"]


def test_vow_to_target_ships_is_a_threat(extract):
    """« ont promis de cibler tout navire »: a vow of force is THREATEN."""
    events, _ = extract(
        "fr",
        "Les rebelles ont promis de cibler tout navire lié à Israël.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 rebelles rebelle NOUN nsubj 3 Number=Plur _
        2 ont avoir AUX aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        3 promis promettre VERB ROOT 3 Gender=Masc|Tense=Past|VerbForm=Part _
        4 de = ADP mark 5 _ _
        5 cibler = VERB xcomp 3 VerbForm=Inf _
        6 tout = DET det 7 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        7 navire = NOUN obj 5 Gender=Masc|Number=Sing _
        8 lié lier VERB acl 7 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        9 à = ADP case 10 _ _
        10 Israël = PROPN obl:arg 8 _ B-LOC
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["THREATEN"]


def test_protest_as_the_purpose_of_an_occupation(extract):
    """« ont occupé l'amphithéâtre pour protester »: when the act is no event of its own, the protest is."""
    events, _ = extract(
        "fr",
        "Les étudiants ont occupé l'amphithéâtre pour protester contre la réforme.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 étudiants étudiant NOUN nsubj 3 Gender=Masc|Number=Plur _
        2 ont avoir AUX aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        3 occupé occuper VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        5 amphithéâtre = NOUN obj 3 Gender=Masc|Number=Sing _
        6 pour = ADP mark 7 _ _
        7 protester = VERB advcl 3 VerbForm=Inf _
        8 contre = ADP case 10 _ _
        9 la le DET det 10 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        10 réforme = NOUN obl:arg 7 Gender=Fem|Number=Sing _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("PROTEST", "demo")]
    assert [a.text for a in events[0].source] == ["Les étudiants"]


def test_backing_down_on_a_decision_is_a_concession(extract):
    """« le président recule sur le report »: giving way, not a withdrawal of troops."""
    events, _ = extract(
        "fr",
        "Le président recule sur le report de l'élection.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 président = NOUN nsubj 2 Gender=Masc|Number=Sing _
        2 recule reculer VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 sur = ADP case 5 _ _
        4 le = DET det 5 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        5 report = NOUN obl:mod 2 Gender=Masc|Number=Sing _
        6 de = ADP case 8 _ _
        7 l' le DET det 8 Definite=Def|Number=Sing|PronType=Art _
        8 élection = NOUN nmod 5 Gender=Fem|Number=Sing _
        9 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events)[0] == ("CONCEDE", None)


def test_troops_falling_back_is_a_retreat(extract):
    """« les troupes ont reculé »: forces pulling back."""
    events, _ = extract(
        "fr",
        "Les troupes indiennes ont reculé de plusieurs kilomètres.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 troupes troupe NOUN nsubj 4 Gender=Fem|Number=Plur _
        2 indiennes indien ADJ amod 1 Gender=Fem|Number=Plur _
        3 ont avoir AUX aux:tense 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        4 reculé reculer VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        5 de = ADP case 7 _ _
        6 plusieurs = DET det 7 Number=Plur _
        7 kilomètres kilomètre NOUN obl:arg 4 Gender=Masc|Number=Plur _
        8 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("RETREAT", "withdraw")]


def test_attack_on_a_policy_is_an_accusation(extract):
    """« une violente attaque contre la gestion de la crise »: words against a policy."""
    events, _ = extract(
        "fr",
        "Le chef de l'opposition a lancé une violente attaque contre la gestion de la crise.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 chef = NOUN nsubj 6 Gender=Masc|Number=Sing _
        2 de = ADP case 4 _ _
        3 l' le DET det 4 Definite=Def|Number=Sing|PronType=Art _
        4 opposition = NOUN nmod 1 Gender=Fem|Number=Sing _
        5 a avoir AUX aux:tense 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        6 lancé lancer VERB ROOT 6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 une un DET det 9 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        8 violente violent ADJ amod 9 Gender=Fem|Number=Sing _
        9 attaque = NOUN obj 6 Gender=Fem|Number=Sing _
        10 contre = ADP case 12 _ _
        11 la le DET det 12 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        12 gestion = NOUN nmod 9 Gender=Fem|Number=Sing _
        13 de = ADP case 15 _ _
        14 la le DET det 15 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        15 crise = NOUN nmod 12 Gender=Fem|Number=Sing _
        16 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_finite_form_left_by_the_lemmatizer_finds_its_phrase(extract):
    """« tire à boulets rouges sur »: the lemmatizer left « tire »; the infinitive is guessed."""
    events, _ = extract(
        "fr",
        "La Cour des comptes tire à boulets rouges sur la gestion des fonds.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 Cour cour NOUN nsubj 4 Gender=Fem|Number=Sing B-ORG
        2 des de ADP case 3 Definite=Def|Number=Plur|PronType=Art I-ORG
        3 comptes compte NOUN nmod 1 Gender=Masc|Number=Plur I-ORG
        4 tire = VERB ROOT 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        5 à = ADP case 6 _ _
        6 boulets boulet NOUN obl:arg 4 Gender=Masc|Number=Plur _
        7 rouges rouge ADJ amod 6 Number=Plur _
        8 sur = ADP case 10 _ _
        9 la le DET det 10 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        10 gestion = NOUN obl:arg 4 Gender=Fem|Number=Sing _
        11 des de ADP case 12 Definite=Def|Number=Plur|PronType=Art _
        12 fonds = NOUN nmod 10 Gender=Masc|Number=Plur _
        13 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_reservists_called_up_are_a_mobilisation(extract):
    """« a convoqué des milliers de réservistes »: a call-up, not a summons to talks."""
    events, _ = extract(
        "fr",
        "L'Estonie a convoqué plusieurs milliers de réservistes.",
        """
        0 L' le DET det 1 Definite=Def|Number=Sing|PronType=Art B-LOC
        1 Estonie estonie NOUN nsubj 3 Number=Sing I-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 convoqué convoquer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 plusieurs = DET det 5 Number=Plur _
        5 milliers millier NOUN obj 3 Gender=Masc|Number=Plur _
        6 de = ADP case 7 _ _
        7 réservistes réserviste NOUN nmod 5 Gender=Fem|Number=Plur _
        8 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "troops")]


def test_envoys_ordered_to_leave_are_expelled(extract):
    """« les diplomates ont été sommés de quitter le pays »: an expulsion."""
    events, _ = extract(
        "fr",
        "Les deux diplomates ont été sommés de quitter le pays.",
        """
        0 Les le DET det 2 Definite=Def|Number=Plur|PronType=Art _
        1 deux = NUM nummod 2 NumType=Card _
        2 diplomates diplomate NOUN nsubj:pass 5 Number=Plur _
        3 ont avoir AUX aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        4 été être AUX aux:pass 5 Tense=Past|VerbForm=Part _
        5 sommés sommer VERB ROOT 5 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass _
        6 de = ADP mark 7 _ _
        7 quitter = VERB xcomp 5 VerbForm=Inf _
        8 le = DET det 9 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        9 pays = NOUN obj 7 Gender=Masc|Number=Sing _
        10 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("SANCTION", "expel")]


def test_march_gathering_protesters_is_a_protest(extract):
    """« le cortège a rassemblé 200 000 manifestants »: the march is the protest."""
    events, _ = extract(
        "fr",
        "Le cortège a rassemblé plus de 200 000 manifestants à Belgrade.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 cortège = NOUN nsubj 3 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 rassemblé rassembler VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 plus = ADV advmod 3 _ _
        5 de = ADP case 8 _ _
        6 200 = DET det 8 _ _
        7 000 = DET det 8 _ _
        8 manifestants manifestant NOUN obl:arg 4 Gender=Masc|Number=Plur _
        9 à = ADP case 10 _ _
        10 Belgrade = PROPN obl:mod 3 _ B-LOC
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["PROTEST"]


def test_deal_struck_is_an_agreement(extract):
    """ "strike a deal": no blow is struck."""
    events, _ = extract(
        "en",
        "The two governments struck a deal on port access.",
        """
        0 The the DET/DT det 2 Definite=Def|PronType=Art _
        1 two = NUM/CD nummod 2 NumType=Card B-CARDINAL
        2 governments government NOUN/NNS nsubj 3 Number=Plur _
        3 struck strike VERB/VBD ROOT 3 Tense=Past|VerbForm=Fin _
        4 a = DET/DT det 5 Definite=Ind|PronType=Art _
        5 deal = NOUN/NN dobj 3 Number=Sing _
        6 on = ADP/IN prep 5 _ _
        7 port = NOUN/NN compound 8 Number=Sing _
        8 access = NOUN/NN pobj 6 Number=Sing _
        9 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("AGREE", None)]


def test_extradition_told_as_a_fact_is_not_the_demand(extract):
    """ "que les États-Unis réclamaient, a été extradé": a clause in a tense of its own is no complement of the demand."""
    events, _ = extract(
        "fr",
        "Le suspect, que les États-Unis réclamaient, a été extradé mercredi par la Corée du Sud.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 suspect = NOUN nsubj:pass 10 Gender=Masc|Number=Sing _
        2 , = PUNCT punct 10 _ _
        3 que = SCONJ mark 6 _ _
        4 les le DET det 5 Definite=Def|Number=Plur|PronType=Art _
        5 États-Unis = PROPN nsubj 6 Gender=Masc|Number=Plur B-LOC
        6 réclamaient réclamer AUX advcl 10 Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin _
        7 , = PUNCT punct 10 _ _
        8 a avoir AUX aux:tense 10 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        9 été être AUX aux:pass 10 Tense=Past|VerbForm=Part _
        10 extradé extrader VERB ROOT 10 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass _
        11 mercredi = NOUN obl:mod 10 Gender=Masc|Number=Sing _
        12 par = ADP case 14 _ _
        13 la le DET det 14 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        14 Corée = PROPN obl:agent 11 Gender=Fem|Number=Sing B-LOC
        15 du de ADP case 16 Definite=Def|Gender=Masc|Number=Sing|PronType=Art I-LOC
        16 Sud = PROPN nmod 14 _ I-LOC
        17 . = PUNCT punct 10 _ _
        """,
    )
    assert "COOPERATE" in [t for t, _ in _types(events)]


def test_the_whole_of_the_parties_is_no_joint_act(extract):
    """« a dissous l'ensemble des partis »: « l'ensemble » counts the parties, no one acts together."""
    events, _ = extract(
        "fr",
        "Le général a dissous par décret l'ensemble des partis politiques.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 général = NOUN nsubj 3 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 dissous dissoudre VERB ROOT 3 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part _
        4 par = ADP case 5 _ _
        5 décret = NOUN obl:mod 3 Gender=Masc|Number=Sing _
        6 l' le DET det 7 Definite=Def|Number=Sing|PronType=Art _
        7 ensemble = NOUN obj 3 Gender=Masc|Number=Sing _
        8 des de ADP case 9 Definite=Def|Number=Plur|PronType=Art _
        9 partis parti NOUN nmod 7 Gender=Masc|Number=Plur _
        10 politiques politique ADJ amod 9 Number=Plur _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("COERCE", "ban")]


def test_suspended_attacks_are_a_ceasefire_not_an_attack(extract):
    """ "suspended their attacks": a pause in the fighting, and no attack happens."""
    events, _ = extract(
        "en",
        "The rebels suspended their attacks on the capital on Sunday.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 rebels rebel NOUN/NNS nsubj 2 Number=Plur _
        2 suspended suspend VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 their = PRON/PRP$ poss 4 Number=Plur|Person=3|Poss=Yes|PronType=Prs _
        4 attacks attack NOUN/NNS dobj 2 Number=Plur _
        5 on = ADP/IN prep 4 _ _
        6 the = DET/DT det 7 Definite=Def|PronType=Art _
        7 capital = NOUN/NN pobj 5 Number=Sing _
        8 on = ADP/IN prep 2 _ _
        9 Sunday = PROPN/NNP pobj 8 Number=Sing B-DATE
        10 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "ceasefire")]


def test_partitive_read_as_a_preposition_keeps_the_fixed_object(extract):
    """« Juba envoie des renforts »: the parser took « des » for a preposition; the entry still fits."""
    events, _ = extract(
        "fr",
        "Soudan du Sud : Juba envoie des renforts dans le Haut-Nil",
        """
        0 Soudan = PROPN ROOT 0 Gender=Masc|Number=Sing B-LOC
        1 du de ADP case 2 Definite=Def|Gender=Masc|Number=Sing|PronType=Art I-LOC
        2 Sud = PROPN nmod 0 _ I-LOC
        3 : = PUNCT punct 0 _ _
        4 Juba = PROPN nsubj 5 _ B-LOC
        5 envoie envoyer VERB parataxis 0 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        6 des de ADP case 7 Definite=Def|Number=Plur|PronType=Art _
        7 renforts renfort NOUN obj 5 Gender=Masc|Number=Plur _
        8 dans = ADP case 10 _ _
        9 le = DET det 10 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        10 Haut-Nil haut-nil NOUN obl:mod 5 Gender=Masc|Number=Sing B-LOC
        """,
    )
    assert _types(events) == [("MOBILIZE", "troops")]
    assert [a.text for a in events[0].source] == ["Juba"]


def test_places_joined_to_a_crowd_are_no_actors(extract):
    """« des agriculteurs venus d'Île-de-France, de la Beauce et de la Marne »: phrases joined to the wrong word name no second actor."""
    events, _ = extract(
        "fr",
        "Plusieurs centaines d'agriculteurs venus de la Beauce et de la Marne ont manifesté jeudi à Paris.",
        """
        0 Plusieurs plusieurs DET det 1 Number=Plur _
        1 centaines centaine NOUN nsubj 13 Gender=Fem|Number=Plur _
        2 d' de ADP case 3 _ _
        3 agriculteurs agriculteur NOUN nmod 1 Gender=Masc|Number=Plur _
        4 venus venir VERB acl 3 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part _
        5 de = ADP case 7 _ _
        6 la le DET det 7 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        7 Beauce = PROPN obl:arg 4 Gender=Fem|Number=Sing B-LOC
        8 et = CCONJ cc 11 _ _
        9 de = ADP case 11 _ _
        10 la le DET det 11 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        11 Marne = PROPN conj 1 Gender=Fem|Number=Sing _
        12 ont avoir AUX aux:tense 13 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        13 manifesté manifester VERB ROOT 13 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        14 jeudi = NOUN obl:mod 13 Gender=Masc|Number=Sing _
        15 à = ADP case 16 _ _
        16 Paris = PROPN obl:mod 13 Gender=Masc|Number=Sing B-LOC
        17 . = PUNCT punct 13 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["PROTEST"]
    assert [a.text for a in events[0].source] == ["Plusieurs centaines d'agriculteurs"]


def test_shelling_told_from_the_target_side_in_english(extract):
    """ "was hit by rockets": the weapon names the attack."""
    events, _ = extract(
        "en",
        "The town was hit by rockets on Sunday.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 town = NOUN/NN nsubjpass 3 Number=Sing _
        2 was be AUX/VBD auxpass 3 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin _
        3 hit = VERB/VBN ROOT 3 Aspect=Perf|Tense=Past|VerbForm=Part _
        4 by = ADP/IN agent 3 _ _
        5 rockets rocket NOUN/NNS pobj 4 Number=Plur _
        6 on = ADP/IN prep 3 _ _
        7 Sunday = PROPN/NNP pobj 6 Number=Sing B-DATE
        8 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ASSAULT", "heavy-weapons")]


def test_act_a_main_clause_only_plans_is_not_told(extract):
    """« Les pourparlers devaient aboutir »: what talks should achieve is no report of talks."""
    events, _ = extract(
        "fr",
        "Les pourparlers devaient aboutir à un accord avant la fin du mois.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 pourparlers pourparler NOUN nsubj 2 Gender=Masc|Number=Plur _
        2 devaient devoir VERB ROOT 2 Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin _
        3 aboutir = VERB xcomp 2 VerbForm=Inf _
        4 à = ADP case 6 _ _
        5 un = DET det 6 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        6 accord = NOUN nmod 9 Gender=Masc|Number=Sing _
        7 avant = ADP case 9 _ _
        8 la le DET det 9 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        9 fin = NOUN obj 3 Gender=Fem|Number=Sing _
        10 du de ADP case 11 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        11 mois = NOUN nmod 9 Gender=Masc|Number=Sing _
        12 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == []


def test_sole_act_of_a_main_clause_is_told_without_actors(extract):
    """« Le port a connu une grève des dockers »: a sentence's only act, an argument of its main verb, is told though no actor is named."""
    events, _ = extract(
        "fr",
        "Le port d'Abidjan a connu lundi une grève des dockers.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 port = NOUN nsubj 5 Gender=Masc|Number=Sing _
        2 d' de ADP case 3 _ _
        3 Abidjan = PROPN nmod 1 Gender=Masc|Number=Sing B-LOC
        4 a avoir AUX aux:tense 5 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        5 connu connaître VERB ROOT 5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        6 lundi = NOUN obl:mod 5 Gender=Masc|Number=Sing _
        7 une un DET det 8 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        8 grève = NOUN obj 5 Gender=Fem|Number=Sing _
        9 des de ADP case 10 Definite=Def|Number=Plur|PronType=Art _
        10 dockers docker NOUN nmod 8 Gender=Masc|Number=Plur _
        11 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("PROTEST", "strike")]


def test_calling_a_strike_is_the_strike(extract):
    """ "unions called a general strike": the call organises the protest, whose source the unions are."""
    events, _ = extract(
        "en",
        "The unions called a general strike on Monday.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 unions union NOUN/NNS nsubj 2 Number=Plur _
        2 called call VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 a = DET/DT det 5 Definite=Ind|PronType=Art _
        4 general = ADJ/JJ amod 5 Degree=Pos _
        5 strike = NOUN/NN dobj 2 Number=Sing _
        6 on = ADP/IN prep 2 _ _
        7 Monday = PROPN/NNP pobj 6 Number=Sing B-DATE
        8 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("PROTEST", "strike")]
    assert [a.text for a in events[0].source] == ["The unions"]


def test_calling_a_leader_is_a_phone_call(extract):
    """ "Blinken called Netanyahu": a telephone call, no demand."""
    events, _ = extract(
        "en",
        "Blinken called Netanyahu on Sunday.",
        """
        0 Blinken = PROPN/NNP nsubj 1 Number=Sing B-PERSON
        1 called call VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 Netanyahu = PROPN/NNP dobj 1 Number=Sing B-PERSON
        3 on = ADP/IN prep 1 _ _
        4 Sunday = PROPN/NNP pobj 3 Number=Sing B-DATE
        5 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("CONSULT", "phone")]


def test_formal_protest_lodged_is_an_accusation(extract):
    """ "lodged a strong protest with Islamabad": a formal complaint, no street protest."""
    events, _ = extract(
        "en",
        "Delhi lodged a strong protest with Islamabad on Friday.",
        """
        0 Delhi = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 lodged lodge VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 a = DET/DT det 4 Definite=Ind|PronType=Art _
        3 strong = ADJ/JJ amod 4 Degree=Pos _
        4 protest = NOUN/NN dobj 1 Number=Sing _
        5 with = ADP/IN prep 4 _ _
        6 Islamabad = PROPN/NNP pobj 5 Number=Sing B-GPE
        7 on = ADP/IN prep 1 _ _
        8 Friday = PROPN/NNP pobj 7 Number=Sing B-DATE
        9 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_curfew_slapped_on_a_city_is_a_curfew(extract):
    """ "slapped a curfew on": the support verb leaves the curfew its own type."""
    events, _ = extract(
        "en",
        "The junta slapped a night curfew on the capital.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 junta = NOUN/NN nsubj 2 Number=Sing _
        2 slapped slap VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 a = DET/DT det 5 Definite=Ind|PronType=Art _
        4 night = NOUN/NN compound 5 Number=Sing B-TIME
        5 curfew = NOUN/NN dobj 2 Number=Sing _
        6 on = ADP/IN prep 2 _ _
        7 the = DET/DT det 8 Definite=Def|PronType=Art _
        8 capital = NOUN/NN pobj 6 Number=Sing _
        9 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("COERCE", "curfew")]


def test_fire_opened_over_a_policy_is_words(extract):
    """ "opened fire on the government over budget cuts": a verbal attack."""
    events, _ = extract(
        "en",
        "The army chief opened fire on the government over defence budget cuts.",
        """
        0 The the DET/DT det 2 Definite=Def|PronType=Art _
        1 army = NOUN/NN compound 2 Number=Sing _
        2 chief = NOUN/NN nsubj 3 Number=Sing _
        3 opened open VERB/VBD ROOT 3 Tense=Past|VerbForm=Fin _
        4 fire = NOUN/NN dobj 3 Number=Sing _
        5 on = ADP/IN prep 3 _ _
        6 the = DET/DT det 7 Definite=Def|PronType=Art _
        7 government = NOUN/NN pobj 5 Number=Sing _
        8 over = ADP/IN prep 3 _ _
        9 defence = NOUN/NN compound 10 Number=Sing _
        10 budget = NOUN/NN compound 11 Number=Sing _
        11 cuts cut NOUN/NNS pobj 8 Number=Plur _
        12 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_captives_handed_over_are_released(extract):
    """« des militaires capturés ont été remis au CICR »: captives set free."""
    events, _ = extract(
        "fr",
        "Vingt-trois militaires capturés lors des combats ont été remis à la Croix-Rouge.",
        """
        0 Vingt-trois = NUM nummod 1 NumType=Card _
        1 militaires militaire NOUN nsubj:pass 8 Gender=Masc|Number=Plur _
        2 capturés capturer VERB acl 1 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part _
        3 lors = ADV advmod 2 _ _
        4 des de ADP case 5 Definite=Def|Number=Plur|PronType=Art _
        5 combats combat NOUN obl:arg 3 Gender=Masc|Number=Plur _
        6 ont avoir AUX aux:tense 8 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        7 été être AUX aux:pass 8 Tense=Past|VerbForm=Part _
        8 remis remettre VERB ROOT 8 Gender=Masc|Tense=Past|VerbForm=Part|Voice=Pass _
        9 à = ADP case 11 _ _
        10 la le DET det 11 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        11 Croix-Rouge = PROPN obl:arg 8 Gender=Fem|Number=Sing B-ORG
        12 . = PUNCT punct 8 _ _
        """,
    )
    assert _types(events) == [("RETREAT", "release")]


def test_treaty_denounced_is_a_relation_cut(extract):
    """« a dénoncé l'accord de coopération militaire »: a treaty renounced."""
    events, _ = extract(
        "fr",
        "La junte a dénoncé l'accord de coopération militaire qui la liait aux États-Unis.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 junte = NOUN nsubj 3 Gender=Fem|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 dénoncé dénoncer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        5 accord = NOUN obj 3 Gender=Masc|Number=Sing _
        6 de = ADP case 7 _ _
        7 coopération = NOUN nmod 5 Gender=Fem|Number=Sing _
        8 militaire = ADJ amod 7 Number=Sing _
        9 qui = PRON nsubj 11 PronType=Rel _
        10 la le PRON obj 11 Gender=Fem|Number=Sing|Person=3 _
        11 liait lier VERB acl:relcl 5 Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin _
        12 aux à ADP case 13 Definite=Def|Number=Plur|PronType=Art _
        13 États-Unis = PROPN obl:arg 11 _ B-LOC
        14 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("SANCTION", "discontinue")]


def test_agreement_wrung_out_by_pressure_is_a_concession(extract):
    """« Cédant aux pressions de Washington, le cabinet a accepté de rouvrir »: a concession."""
    events, _ = extract(
        "fr",
        "Cédant aux pressions de Washington, le cabinet a accepté de rouvrir le point de passage.",
        """
        0 Cédant céder VERB advcl 9 Tense=Pres|VerbForm=Part _
        1 aux à ADP case 2 Definite=Def|Number=Plur|PronType=Art _
        2 pressions pression NOUN obl:arg 0 Gender=Fem|Number=Plur _
        3 de = ADP case 4 _ _
        4 Washington = PROPN nmod 2 _ B-LOC
        5 , = PUNCT punct 9 _ _
        6 le = DET det 7 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        7 cabinet = NOUN nsubj 9 Gender=Masc|Number=Sing _
        8 a avoir AUX aux:tense 9 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        9 accepté accepter VERB ROOT 9 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        10 de = ADP mark 11 _ _
        11 rouvrir = VERB xcomp 9 VerbForm=Inf _
        12 le = DET det 13 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        13 point = NOUN obj 11 Gender=Masc|Number=Sing _
        14 de = ADP case 15 _ _
        15 passage = NOUN nmod 13 Gender=Masc|Number=Sing _
        16 . = PUNCT punct 9 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["CONCEDE"]


def test_withdrawal_from_a_regional_body_is_a_relation_cut(extract):
    """« leur retrait de la Cédéao »: leaving a body cuts a relation, no troops pull back."""
    events, _ = extract(
        "fr",
        "Le Mali et le Niger ont officialisé leur retrait de la Cédéao.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Mali = PROPN nsubj 6 Gender=Masc|Number=Sing B-LOC
        2 et = CCONJ cc 4 _ _
        3 le = DET det 4 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        4 Niger = PROPN conj 1 Gender=Masc|Number=Sing B-LOC
        5 ont avoir AUX aux:tense 6 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        6 officialisé officialiser VERB ROOT 6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 leur son DET det 8 Number=Sing|Poss=Yes _
        8 retrait = NOUN obj 6 Gender=Masc|Number=Sing _
        9 de = ADP case 11 _ _
        10 la le DET det 11 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        11 Cédéao = PROPN nmod 8 Gender=Masc|Number=Sing B-ORG
        12 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("SANCTION", "discontinue")]


def test_joint_arrest_on_the_support_verb_is_cooperation(extract):
    """« ont procédé conjointement à l'interpellation »: the joint act is cooperation."""
    events, _ = extract(
        "fr",
        "La police française et les carabiniers italiens ont procédé conjointement à l'interpellation de onze suspects.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 police = NOUN nsubj 8 Gender=Fem|Number=Sing _
        2 française français ADJ amod 1 Gender=Fem|Number=Sing _
        3 et = CCONJ cc 5 _ _
        4 les le DET det 5 Definite=Def|Number=Plur|PronType=Art _
        5 carabiniers carabinier NOUN conj 1 Gender=Masc|Number=Plur _
        6 italiens italien ADJ amod 5 Gender=Masc|Number=Plur _
        7 ont avoir AUX aux:tense 8 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        8 procédé procéder VERB ROOT 8 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        9 conjointement = ADV advmod 8 _ _
        10 à = ADP case 12 _ _
        11 l' le DET det 12 Definite=Def|Number=Sing|PronType=Art _
        12 interpellation = NOUN obl:arg 8 Gender=Fem|Number=Sing _
        13 de = ADP case 15 _ _
        14 onze = NUM nummod 15 NumType=Card _
        15 suspects suspect NOUN nmod 12 Gender=Masc|Number=Plur _
        16 . = PUNCT punct 8 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["COOPERATE"]


def test_title_noun_with_its_support_participle_is_told(extract):
    """« couvre-feu nocturne instauré à Nzérékoré »: a title's noun and its support participle tell the act."""
    events, _ = extract(
        "fr",
        "Guinée : couvre-feu nocturne instauré à Nzérékoré après des violences",
        """
        0 Guinée guinée NOUN ROOT 0 Gender=Fem|Number=Sing B-LOC
        1 : = PUNCT punct 0 _ _
        2 couvre-feu = NOUN ROOT 2 Gender=Masc|Number=Sing _
        3 nocturne = ADJ amod 2 Number=Sing _
        4 instauré instaurer VERB acl 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        5 à = ADP case 6 _ _
        6 Nzérékoré = PROPN obl:arg 4 Gender=Fem|Number=Sing B-LOC
        7 après = ADP case 9 _ _
        8 des de ADP det 9 Definite=Def|Number=Plur|PronType=Art _
        9 violences violence NOUN obl:mod 4 Gender=Fem|Number=Plur _
        """,
    )
    assert _types(events) == [("COERCE", "curfew")]


def test_alert_phrase_hung_on_the_object_still_fits(extract):
    """ "puts artillery units on combat alert": the parser hung the phrase's preposition on the object."""
    events, _ = extract(
        "en",
        "North Korea puts frontline artillery units on combat alert",
        """
        0 North = PROPN/NNP compound 1 Number=Sing B-GPE
        1 Korea = PROPN/NNP nsubj 2 Number=Sing I-GPE
        2 puts put VERB/VBZ ROOT 2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 frontline = NOUN/NN compound 5 Number=Sing _
        4 artillery = NOUN/NN compound 5 Number=Sing _
        5 units unit NOUN/NNS dobj 2 Number=Plur _
        6 on = ADP/IN prep 5 _ _
        7 combat = NOUN/NN compound 8 Number=Sing _
        8 alert = NOUN/NN pobj 6 Number=Sing _
        """,
    )
    assert _types(events) == [("MOBILIZE", "troops")]


def test_preposition_with_a_subject_and_object_is_a_verb(extract):
    """ "Nigerian doctors down tools": a headline verb tagged as a preposition."""
    events, _ = extract(
        "en",
        "Nigerian doctors down tools over unpaid salaries",
        """
        0 Nigerian nigerian ADJ/JJ amod 1 Degree=Pos B-NORP
        1 doctors doctor NOUN/NNS nsubj 2 Number=Plur _
        2 down = ADP/IN ROOT 2 _ _
        3 tools tool NOUN/NNS pobj 2 Number=Plur _
        4 over = ADP/IN prep 3 _ _
        5 unpaid = ADJ/JJ amod 6 Degree=Pos _
        6 salaries salary NOUN/NNS pobj 4 Number=Plur _
        """,
    )
    assert _types(events) == [("PROTEST", "strike")]


def test_convoy_loaded_with_relief_is_aid(extract):
    """« un convoi chargé de kits d'hygiène et d'aliments »: relief delivered."""
    events, _ = extract(
        "fr",
        "Un premier convoi de l'Unicef chargé de kits d'hygiène et d'aliments est arrivé à El-Fasher.",
        """
        0 Un un DET det 2 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        1 premier = ADJ amod 2 Gender=Masc|NumType=Ord|Number=Sing _
        2 convoi = NOUN nsubj 15 Gender=Masc|Number=Sing _
        3 de = ADP case 5 _ _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        5 Unicef = PROPN nmod 2 Number=Sing B-ORG
        6 chargé charger VERB acl 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 de = ADP case 8 _ _
        8 kits kit NOUN obl:arg 6 Gender=Masc|Number=Plur _
        9 d' de ADP case 10 _ _
        10 hygiène = NOUN nmod 8 Gender=Fem|Number=Sing _
        11 et = CCONJ cc 13 _ _
        12 d' de ADP case 13 _ _
        13 aliments aliment NOUN conj 8 Gender=Masc|Number=Plur _
        14 est être AUX aux:tense 15 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        15 arrivé arriver VERB ROOT 15 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        16 à = ADP case 17 _ _
        17 El = PROPN obl:arg 15 _ B-LOC
        18 - = PROPN obl:mod 15 _ I-LOC
        19 Fasher = PROPN obl:mod 15 _ I-LOC
        20 . = PUNCT punct 15 _ _
        """,
    )
    assert _types(events) == [("AID", None)]


def test_suspect_handed_to_foreign_justice_is_cooperation(extract):
    """« a remis à la justice gambienne l'ancien chef »: one state's justice serving another's."""
    events, _ = extract(
        "fr",
        "Le Sénégal a remis à la justice gambienne l'ancien chef des Junglers.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Sénégal = PROPN nsubj 3 Gender=Masc|Number=Sing B-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 remis remettre VERB ROOT 3 Gender=Masc|Tense=Past|VerbForm=Part _
        4 à = ADP case 6 _ _
        5 la le DET det 6 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        6 justice = NOUN obl:arg 3 Gender=Fem|Number=Sing _
        7 gambienne gambien ADJ amod 6 Gender=Fem|Number=Sing _
        8 l' le DET det 10 Definite=Def|Number=Sing|PronType=Art _
        9 ancien = ADJ amod 10 Gender=Masc|Number=Sing _
        10 chef = NOUN appos 6 Number=Sing _
        11 des de ADP case 12 Definite=Def|Number=Plur|PronType=Art _
        12 Junglers = PROPN nmod 10 _ B-PER
        13 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_exercise_of_two_forces_is_cooperation(extract):
    """« Les Forces armées royales et l'armée américaine ont entamé leurs manœuvres »: one exercise of two forces."""
    events, _ = extract(
        "fr",
        "Les Forces armées royales et l'armée américaine ont entamé leurs manœuvres annuelles.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art _
        1 Forces force NOUN ROOT 1 Gender=Fem|Number=Plur B-ORG
        2 armées armée NOUN amod 1 Gender=Fem|Number=Plur I-ORG
        3 royales royal ADJ amod 2 Gender=Fem|Number=Plur I-ORG
        4 et = CCONJ cc 9 _ _
        5 l' le DET det 6 Definite=Def|Number=Sing|PronType=Art _
        6 armée = NOUN nsubj 9 Gender=Fem|Number=Sing _
        7 américaine américain ADJ amod 6 Gender=Fem|Number=Sing _
        8 ont avoir AUX aux:tense 9 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        9 entamé entamer VERB ROOT 9 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        10 leurs leur DET det 11 Number=Plur|Poss=Yes _
        11 manœuvres manœuvre NOUN obj 9 Gender=Fem|Number=Plur _
        12 annuelles annuel ADJ amod 11 Gender=Fem|Number=Plur _
        13 . = PUNCT punct 9 _ _
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_court_that_jails_sentences(extract):
    """ "court jails 14 democrats": a sentence, not an arrest."""
    events, _ = extract(
        "en",
        "A Hong Kong court jailed 14 democrats for subversion.",
        """
        0 A a DET/DT det 3 Definite=Ind|PronType=Art _
        1 Hong = PROPN/NNP compound 2 Number=Sing B-GPE
        2 Kong = PROPN/NNP compound 3 Number=Sing I-GPE
        3 court = NOUN/NN nsubj 4 Number=Sing _
        4 jailed jail VERB/VBD ROOT 4 Tense=Past|VerbForm=Fin _
        5 14 = NUM/CD nummod 6 NumType=Card B-CARDINAL
        6 democrats democrat NOUN/NNS dobj 4 Number=Plur B-NORP
        7 for = ADP/IN prep 4 _ _
        8 subversion = NOUN/NN pobj 7 Number=Sing _
        9 . = PUNCT/. punct 4 PunctType=Peri _
        """,
    )
    assert _types(events) == [("SANCTION", "convict")]


def test_envoy_summoned_is_a_diplomatic_protest(extract):
    """ "summoned the Chinese envoy": a complaint."""
    events, _ = extract(
        "en",
        "Manila summoned the Chinese envoy on Monday.",
        """
        0 Manila = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 summoned summon VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 the = DET/DT det 4 Definite=Def|PronType=Art _
        3 Chinese chinese ADJ/JJ amod 4 Degree=Pos B-NORP
        4 envoy = NOUN/NN dobj 1 Number=Sing _
        5 on = ADP/IN prep 1 _ _
        6 Monday = PROPN/NNP pobj 5 Number=Sing B-DATE
        7 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_judges_launching_a_strike_stop_work(extract):
    """ "judges launched a strike": a work stoppage, whoever governs the noun."""
    events, _ = extract(
        "en",
        "Tunisian judges launched a week-long strike over the sackings.",
        """
        0 Tunisian tunisian ADJ/JJ amod 1 Degree=Pos B-NORP
        1 judges judge NOUN/NNS nsubj 2 Number=Plur _
        2 launched launch VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 a = DET/DT det 7 Definite=Ind|PronType=Art _
        4 week = NOUN/NN npadvmod 6 Number=Sing B-DATE
        5 - = PUNCT/HYPH punct 6 PunctType=Dash I-DATE
        6 long = ADJ/JJ amod 7 Degree=Pos I-DATE
        7 strike = NOUN/NN dobj 2 Number=Sing _
        8 over = ADP/IN prep 7 _ _
        9 the = DET/DT det 10 Definite=Def|PronType=Art _
        10 sackings sacking NOUN/NNS pobj 8 Number=Plur _
        11 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("PROTEST", "strike")]


def test_prisoners_swapped_are_released(extract):
    """ "swapped 190 prisoners": a release on both sides."""
    events, _ = extract(
        "en",
        "Ukraine and Russia swapped 190 prisoners on Friday.",
        """
        0 Ukraine = PROPN/NNP nsubj 3 Number=Sing B-GPE
        1 and = CCONJ/CC cc 0 ConjType=Cmp _
        2 Russia = PROPN/NNP conj 0 Number=Sing B-GPE
        3 swapped swap VERB/VBD ROOT 3 Tense=Past|VerbForm=Fin _
        4 190 = NUM/CD nummod 5 NumType=Card B-CARDINAL
        5 prisoners prisoner NOUN/NNS dobj 3 Number=Plur _
        6 on = ADP/IN prep 3 _ _
        7 Friday = PROPN/NNP pobj 6 Number=Sing B-DATE
        8 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "release")]


def test_arms_sales_frozen_are_a_sanction(extract):
    """« Madrid gèle ses ventes d'armes à Israël »: a sanction, not a seizure."""
    events, _ = extract(
        "fr",
        "Madrid a gelé ses ventes d'armes à Israël.",
        """
        0 Madrid = PROPN ROOT 0 Gender=Masc|Number=Sing B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 gelé = ADJ ROOT 2 Gender=Fem|Number=Sing _
        3 ses son DET det 4 Number=Plur|Poss=Yes _
        4 ventes vente NOUN obj 2 Gender=Fem|Number=Plur _
        5 d' de ADP case 6 _ _
        6 armes arme NOUN nmod 4 Gender=Fem|Number=Plur _
        7 à = ADP case 8 _ _
        8 Israël = PROPN nmod 4 _ B-LOC
        9 . = PUNCT punct 2 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["SANCTION"]


def test_support_received_is_support(extract):
    """« a reçu le soutien de Londres »: no visit."""
    events, _ = extract(
        "fr",
        "Le Maroc a reçu le soutien appuyé de Londres.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Maroc = PROPN nsubj 3 Gender=Masc|Number=Sing B-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 reçu recevoir VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 le = DET det 5 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        5 soutien = NOUN obj 3 Gender=Masc|Number=Sing _
        6 appuyé appuyer VERB acl 5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 de = ADP case 8 _ _
        8 Londres = PROPN obl:arg 6 Gender=Masc|Number=Sing B-LOC
        9 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("SUPPORT", None)]


def test_ship_seized_by_pirates_is_an_attack(extract):
    """ "Somali pirates seize a bulk carrier": a hijacking; a state's seizure stays COERCE."""
    events, _ = extract(
        "en",
        "Somali pirates seized a bulk carrier off the coast.",
        """
        0 Somali somali ADJ/JJ amod 1 Degree=Pos _
        1 pirates pirate NOUN/NNS nsubj 2 Number=Plur _
        2 seized seize VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 a = DET/DT det 5 Definite=Ind|PronType=Art _
        4 bulk = ADJ/JJ amod 5 Degree=Pos _
        5 carrier = NOUN/NN dobj 2 Number=Sing _
        6 off = ADP/IN prep 2 _ _
        7 the = DET/DT det 8 Definite=Def|PronType=Art _
        8 coast = NOUN/NN pobj 6 Number=Sing _
        9 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ASSAULT", None)]


def test_title_ending_on_a_quote_is_still_a_title(extract):
    """« un ancien ministre écroué pour « complot » »: a closing quote ends the title, whose participle tells the act."""
    events, _ = extract(
        "fr",
        "Tunisie : un ancien ministre écroué pour « complot contre la sûreté de l'État »",
        """
        0 Tunisie = PROPN ROOT 0 Gender=Fem|Number=Sing B-LOC
        1 : = PUNCT punct 0 _ _
        2 un = DET det 4 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        3 ancien = ADJ amod 4 Gender=Masc|Number=Sing _
        4 ministre = NOUN appos 0 Gender=Masc|Number=Sing _
        5 écroué écrouer VERB acl 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        6 pour = ADP case 8 _ _
        7 « = PUNCT punct 8 _ _
        8 complot = NOUN obl:mod 5 Gender=Masc|Number=Sing _
        9 contre = ADP case 11 _ _
        10 la le DET det 11 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        11 sûreté = NOUN nmod 8 Gender=Fem|Number=Sing _
        12 de = ADP case 14 _ _
        13 l' le DET det 14 Definite=Def|Number=Sing|PronType=Art _
        14 État état NOUN nmod 8 Gender=Masc|Number=Sing _
        15 » = PUNCT punct 8 _ _
        """,
    )
    assert _types(events) == [("COERCE", "arrest")]


def test_unclaimed_abduction_still_happened(extract):
    """« L'enlèvement n'a toujours pas été revendiqué »: no one claims it, but it happened."""
    events, _ = extract(
        "fr",
        "L'enlèvement de quatre ressortissants chinois n'a toujours pas été revendiqué.",
        """
        0 L' le DET det 1 Definite=Def|Number=Sing|PronType=Art _
        1 enlèvement = NOUN nsubj:pass 11 Gender=Masc|Number=Sing _
        2 de = ADP case 4 _ _
        3 quatre = NUM nummod 4 NumType=Card _
        4 ressortissants ressortissant NOUN nmod 1 Gender=Masc|Number=Plur _
        5 chinois = ADJ amod 4 Gender=Masc _
        6 n' ne ADV advmod 11 Polarity=Neg _
        7 a avoir AUX aux:tense 11 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        8 toujours = ADV advmod 11 _ _
        9 pas = ADV advmod 11 Polarity=Neg _
        10 été être AUX aux:pass 11 Tense=Past|VerbForm=Part _
        11 revendiqué revendiquer VERB ROOT 11 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass _
        12 . = PUNCT punct 11 _ _
        """,
    )
    assert _types(events) == [("ASSAULT", "abduct")]


def test_doctors_arriving_to_help_are_aid(extract):
    """ "Cuban doctors arrive in Italy": help sent is aid."""
    events, _ = extract(
        "en",
        "Cuban doctors arrived in Italy on Sunday to fight the epidemic.",
        """
        0 Cuban cuban ADJ/JJ amod 1 Degree=Pos B-NORP
        1 doctors doctor NOUN/NNS nsubj 2 Number=Plur _
        2 arrived arrive VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 in = ADP/IN prep 2 _ _
        4 Italy = PROPN/NNP pobj 3 Number=Sing B-GPE
        5 on = ADP/IN prep 2 _ _
        6 Sunday = PROPN/NNP pobj 5 Number=Sing B-DATE
        7 to = PART/TO aux 8 _ _
        8 fight = VERB/VB advcl 2 VerbForm=Inf _
        9 the = DET/DT det 10 Definite=Def|PronType=Art _
        10 epidemic = NOUN/NN dobj 8 Number=Sing _
        11 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("AID", None)]


def test_crowds_taking_to_the_streets_protest(extract):
    """ "crowds take to the streets": a demonstration."""
    events, _ = extract(
        "en",
        "Huge crowds took to the streets of Valencia over the flood response.",
        """
        0 Huge huge ADJ/JJ amod 1 Degree=Pos _
        1 crowds crowd NOUN/NNS nsubj 2 Number=Plur _
        2 took take VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 to = ADP/IN prep 2 _ _
        4 the = DET/DT det 5 Definite=Def|PronType=Art _
        5 streets street NOUN/NNS pobj 3 Number=Plur _
        6 of = ADP/IN prep 5 _ _
        7 Valencia = PROPN/NNP pobj 6 Number=Sing B-PERSON
        8 over = ADP/IN prep 2 _ _
        9 the = DET/DT det 11 Definite=Def|PronType=Art _
        10 flood = NOUN/NN compound 11 Number=Sing _
        11 response = NOUN/NN pobj 8 Number=Sing _
        12 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("PROTEST", "demo")]


def test_field_hospital_is_aid(extract):
    """ "a Turkish field hospital treats the wounded": relief, no attack."""
    events, _ = extract(
        "en",
        "A Turkish field hospital treats thousands of wounded in Gaza.",
        """
        0 A a DET/DT det 3 Definite=Ind|PronType=Art _
        1 Turkish turkish ADJ/JJ amod 3 Degree=Pos B-NORP
        2 field = NOUN/NN compound 3 Number=Sing _
        3 hospital = NOUN/NN nsubj 4 Number=Sing _
        4 treats treat VERB/VBZ ROOT 4 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        5 thousands thousand NOUN/NNS dobj 4 Number=Plur B-CARDINAL
        6 of = ADP/IN prep 5 _ _
        7 wounded wound VERB/VBN pobj 6 Aspect=Perf|Tense=Past|VerbForm=Part _
        8 in = ADP/IN prep 4 _ _
        9 Gaza = PROPN/NNP pobj 8 Number=Sing B-GPE
        10 . = PUNCT/. punct 4 PunctType=Peri _
        """,
    )
    assert _types(events) == [("AID", None)]


def test_farmers_blocking_roads_obstruct(extract):
    """« ont bloqué les principaux accès à Varsovie »: access to a city is a road, no censorship."""
    events, _ = extract(
        "fr",
        "Des centaines de paysans ont bloqué avec leurs tracteurs les principaux accès à Varsovie.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 centaines centaine NOUN nsubj:pass 5 Gender=Fem|Number=Plur _
        2 de = ADP case 3 _ _
        3 paysans paysan NOUN nmod 1 Gender=Masc|Number=Plur _
        4 ont avoir AUX aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        5 bloqué bloquer VERB ROOT 5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        6 avec = ADP case 8 _ _
        7 leurs leur DET det 8 Number=Plur|Poss=Yes _
        8 tracteurs tracteur NOUN obl:mod 5 Gender=Masc|Number=Plur _
        9 les le DET det 11 Definite=Def|Number=Plur|PronType=Art _
        10 principaux principal ADJ amod 11 Gender=Masc|Number=Plur _
        11 accès = NOUN nmod 8 Gender=Masc|Number=Sing _
        12 à = ADP case 13 _ _
        13 Varsovie = PROPN nmod 11 _ B-LOC
        14 . = PUNCT punct 5 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["PROTEST"]


def test_access_to_a_platform_blocked_is_censorship(extract):
    """ "blocked access to Instagram and WhatsApp": censorship."""
    events, _ = extract(
        "en",
        "Iranian authorities have blocked access to Instagram and WhatsApp.",
        """
        0 Iranian iranian ADJ/JJ amod 1 Degree=Pos B-NORP
        1 authorities authority NOUN/NNS nsubj 3 Number=Plur _
        2 have = AUX/VBP aux 3 Mood=Ind|Tense=Pres|VerbForm=Fin _
        3 blocked block VERB/VBN ROOT 3 Aspect=Perf|Tense=Past|VerbForm=Part _
        4 access = NOUN/NN dobj 3 Number=Sing _
        5 to = ADP/IN prep 4 _ _
        6 Instagram = PROPN/NNP pobj 5 Number=Sing B-ORG
        7 and = CCONJ/CC cc 6 ConjType=Cmp _
        8 WhatsApp = PROPN/NNP conj 6 Number=Sing B-ORG
        9 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("COERCE", "censor")]


def test_owning_up_to_errors_in_a_clause_is_a_concession(extract):
    """« a reconnu que l'armée avait commis des erreurs »: a concession."""
    events, _ = extract(
        "fr",
        "Il a reconnu que l'armée avait commis des erreurs lors de la frappe.",
        """
        0 Il il PRON nsubj 2 Gender=Masc|Number=Sing|Person=3 _
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 reconnu reconnaître VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 que = SCONJ mark 7 _ _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        5 armée = NOUN nsubj 7 Gender=Fem|Number=Sing _
        6 avait avoir AUX aux:tense 7 Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin _
        7 commis commettre VERB ccomp 2 Gender=Masc|Tense=Past|VerbForm=Part _
        8 des un DET det 9 Definite=Ind|Number=Plur|PronType=Art _
        9 erreurs erreur NOUN obj 7 Gender=Fem|Number=Plur _
        10 lors = ADV amod 9 _ _
        11 de = ADP case 13 _ _
        12 la le DET det 13 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        13 frappe = NOUN obl:arg 10 Gender=Fem|Number=Sing _
        14 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events)[0] == ("CONCEDE", None)


def test_cooperation_frozen_is_a_sanction(extract):
    """« a gelé sa coopération militaire avec Kigali »: a relation cut."""
    events, _ = extract(
        "fr",
        "Londres a gelé sa coopération militaire avec Kigali.",
        """
        0 Londres = PROPN nsubj 2 Gender=Masc|Number=Sing B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 gelé = ADJ ROOT 2 Gender=Fem|Number=Sing _
        3 sa son DET det 4 Gender=Fem|Number=Sing|Poss=Yes _
        4 coopération = NOUN obj 2 Gender=Fem|Number=Sing _
        5 militaire = ADJ amod 4 Number=Sing _
        6 avec = ADP case 7 _ _
        7 Kigali = PROPN nmod 4 _ B-LOC
        8 . = PUNCT punct 2 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["SANCTION"]


def test_alert_phrase_hung_on_a_french_object(extract):
    """« placé ses systèmes de défense aérienne en alerte »: the phrase's « en » hangs on the object."""
    events, _ = extract(
        "fr",
        "L'Otan a placé ses systèmes de défense aérienne en alerte.",
        """
        0 L' le DET det 1 Definite=Def|Number=Sing|PronType=Art _
        1 Otan = PROPN nsubj 3 Gender=Fem|Number=Sing B-ORG
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 placé placer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 ses son DET det 5 Number=Plur|Poss=Yes _
        5 systèmes système NOUN obj 3 Gender=Masc|Number=Plur _
        6 de = ADP case 7 _ _
        7 défense = NOUN nmod 5 Gender=Fem|Number=Sing _
        8 aérienne aérien ADJ amod 7 Gender=Fem|Number=Sing _
        9 en = ADP case 10 _ _
        10 alerte = NOUN nmod 5 Gender=Fem|Number=Sing _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert [t for t, _ in _types(events)] == ["MOBILIZE"]


def test_condemning_a_visit_is_no_sentence(extract):
    """« a condamné la visite à Taipei »: « à » belongs to the visit, not to a prison term."""
    events, _ = extract(
        "fr",
        "Pékin a condamné la visite à Taipei de la présidente de la Chambre.",
        """
        0 Pékin = PROPN ROOT 0 Gender=Masc|Number=Sing B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 condamné condamner VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 la le DET det 4 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        4 visite = NOUN obj 2 Gender=Fem|Number=Sing _
        5 à = ADP case 6 _ _
        6 Taipei = PROPN nmod 4 Gender=Masc|Number=Sing B-LOC
        7 de = ADP case 9 _ _
        8 la le DET det 9 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        9 présidente président NOUN nmod 4 Gender=Fem|Number=Sing _
        10 de = ADP case 12 _ _
        11 la le DET det 12 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        12 Chambre chambre NOUN nmod 9 Gender=Fem|Number=Sing B-ORG
        13 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events)[0][0] == "ACCUSE"
