"""Objects that say what kind of act a verb names: outlets suspended, trade banned, vetoes dropped, rescuers sent,
and the press's fixed words for riots."""

from __future__ import annotations


def _types(events):
    return [(e.event_type, e.mode) for e in events]


def test_a_suspended_broadcaster_is_censorship(extract):
    """ "ordered the suspension of French broadcaster TV5Monde": a silenced outlet."""
    events, _ = extract(
        "en",
        "The junta in Burkina Faso has ordered the suspension of French broadcaster TV5Monde for two weeks.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 junta = NOUN/NN nsubj 6 Number=Sing _
        2 in = ADP/IN prep 1 _ _
        3 Burkina = PROPN/NNP compound 4 Number=Sing B-GPE
        4 Faso = PROPN/NNP pobj 2 Number=Sing I-GPE
        5 has have AUX/VBZ aux 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        6 ordered order VERB/VBN ROOT 6 Aspect=Perf|Tense=Past|VerbForm=Part _
        7 the = DET/DT det 8 Definite=Def|PronType=Art _
        8 suspension = NOUN/NN dobj 6 Number=Sing _
        9 of = ADP/IN prep 8 _ _
        10 French french ADJ/JJ amod 11 Degree=Pos B-NORP
        11 broadcaster = NOUN/NN compound 12 Number=Sing _
        12 TV5Monde = PROPN/NNP pobj 9 Number=Sing _
        13 for = ADP/IN prep 6 _ _
        14 two = NUM/CD nummod 15 NumType=Card B-DATE
        15 weeks week NOUN/NNS pobj 13 Number=Plur I-DATE
        16 . = PUNCT/. punct 6 PunctType=Peri _
        """,
    )
    assert _types(events)[-1:] == [("COERCE", "censor")]


def test_suspended_access_online_is_censorship(extract):
    """ "suspended access to social media platforms": access online cut."""
    events, _ = extract(
        "en",
        "Authorities in Gabon suspended access to social media platforms on Wednesday.",
        """
        0 Authorities authority NOUN/NNS nsubj 3 Number=Plur _
        1 in = ADP/IN prep 0 _ _
        2 Gabon = PROPN/NNP pobj 1 Number=Sing B-GPE
        3 suspended suspend VERB/VBD ROOT 3 Tense=Past|VerbForm=Fin _
        4 access = NOUN/NN dobj 3 Number=Sing _
        5 to = ADP/IN prep 4 _ _
        6 social = ADJ/JJ amod 8 Degree=Pos _
        7 media medium NOUN/NNS compound 8 Number=Plur _
        8 platforms platform NOUN/NNS pobj 5 Number=Plur _
        9 on = ADP/IN prep 4 _ _
        10 Wednesday = PROPN/NNP pobj 9 Number=Sing B-DATE
        11 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("COERCE", "censor")]


def test_an_import_ban_is_an_embargo(extract):
    """ "EU bans imports of Russian LNG": a trade ban is a sanction."""
    events, _ = extract(
        "en",
        "EU bans imports of Russian LNG",
        """
        0 EU = PROPN/NNP nsubj 1 Number=Sing B-ORG
        1 bans ban VERB/VBZ ROOT 1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 imports import NOUN/NNS dobj 1 Number=Plur _
        3 of = ADP/IN prep 2 _ _
        4 Russian = PROPN/NNP compound 5 Number=Sing B-NORP
        5 LNG = PROPN/NNP pobj 3 Number=Sing B-ORG
        """,
    )
    assert _types(events) == [("SANCTION", None)]


def test_a_dropped_veto_is_a_concession(extract):
    """ "Hungary dropped its veto": an objection given up."""
    events, _ = extract(
        "en",
        "Hungary dropped its veto of an EU statement on Georgia on Monday.",
        """
        0 Hungary = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 dropped drop VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 its = PRON/PRP$ poss 3 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs _
        3 veto = NOUN/NN dobj 1 Number=Sing _
        4 of = ADP/IN prep 3 _ _
        5 an = DET/DT det 7 Definite=Ind|PronType=Art _
        6 EU = PROPN/NNP compound 7 Number=Sing B-ORG
        7 statement = NOUN/NN pobj 4 Number=Sing _
        8 on = ADP/IN prep 7 _ _
        9 Georgia = PROPN/NNP pobj 8 Number=Sing B-GPE
        10 on = ADP/IN prep 1 _ _
        11 Monday = PROPN/NNP pobj 10 Number=Sing B-DATE
        12 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("CONCEDE", None)]


def test_une_equipe_de_sauvetage_depechee(extract):
    """ "a dépêché une équipe de sauvetage": rescuers sent abroad are aid."""
    events, _ = extract(
        "fr",
        "La Suisse a dépêché mardi au Népal une équipe de sauvetage de 80 personnes.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 Suisse = PROPN nsubj 3 Gender=Fem|Number=Sing B-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 dépêché dépêcher VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 mardi = NOUN obl:mod 3 Gender=Masc|Number=Sing _
        5 au = ADP case 6 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        6 Népal = PROPN obl:mod 3 Gender=Masc|Number=Sing B-LOC
        7 une un DET det 8 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        8 équipe = NOUN obj 3 Gender=Fem|Number=Sing _
        9 de = ADP case 10 _ _
        10 sauvetage = NOUN nmod 8 Gender=Masc|Number=Sing _
        11 de = ADP case 13 _ _
        12 80 = NUM nummod 13 NumType=Card _
        13 personnes personne NOUN nmod 8 Gender=Fem|Number=Plur _
        14 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("AID", None)]


def test_violences_urbaines(extract):
    """ "violences urbaines": the press's word for riots."""
    events, _ = extract(
        "fr",
        "La nuit a de nouveau été émaillée de violences urbaines à Nanterre.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 nuit = NOUN nsubj:pass 6 Gender=Fem|Number=Sing _
        2 a avoir AUX aux:tense 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 de = ADP advmod 6 _ _
        4 nouveau = ADJ fixed 3 Gender=Masc|Number=Sing _
        5 été être AUX aux:pass 6 Tense=Past|VerbForm=Part _
        6 émaillée émailler VERB ROOT 6 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass _
        7 de = ADP case 8 _ _
        8 violences violence NOUN obl:arg 6 Gender=Fem|Number=Plur _
        9 urbaines urbain ADJ amod 8 Gender=Fem|Number=Plur _
        10 à = ADP case 11 _ _
        11 Nanterre = PROPN nmod 8 Gender=Masc|Number=Sing B-LOC
        12 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("PROTEST", "riot")]


def test_leaving_a_regional_bloc_is_a_sanction(extract):
    """ "quit ECOWAS": leaving a body cuts a relation."""
    events, _ = extract(
        "en",
        "Niger, Mali, Burkina quit ECOWAS with immediate effect",
        """
        0 Niger = PROPN/NNP nsubj 5 Number=Sing B-PERSON
        1 , = PUNCT/, punct 0 PunctType=Comm _
        2 Mali = PROPN/NNP appos 0 Number=Sing B-PERSON
        3 , = PUNCT/, punct 0 PunctType=Comm _
        4 Burkina = PROPN/NNP appos 0 Number=Sing B-GPE
        5 quit = VERB/VBD ROOT 5 Tense=Past|VerbForm=Fin _
        6 ECOWAS ecowas NOUN/NN dobj 5 Number=Sing _
        7 with = ADP/IN prep 6 _ _
        8 immediate = ADJ/JJ amod 9 Degree=Pos _
        9 effect = NOUN/NN pobj 7 Number=Sing _
        """,
    )
    assert _types(events) == [("SANCTION", "withdraw")]


def test_quitting_the_government_is_a_resignation(extract):
    """ "quit the government": a minister leaving office resigns."""
    events, _ = extract(
        "en",
        "The minister quit the government on Monday.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 minister = NOUN/NN nsubj 2 Number=Sing _
        2 quit = VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 the = DET/DT det 4 Definite=Def|PronType=Art _
        4 government = NOUN/NN dobj 2 Number=Sing _
        5 on = ADP/IN prep 2 _ _
        6 Monday = PROPN/NNP pobj 5 Number=Sing B-DATE
        7 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "resign")]


def test_an_expelled_ambassador_is_a_sanction(extract):
    """ "expels ambassador": a diplomat sent home, not a deportation."""
    events, _ = extract(
        "en",
        "Somalia expels Ethiopian ambassador over port deal",
        """
        0 Somalia somalia NOUN/NN nsubj 1 Number=Sing B-GPE
        1 expels expel VERB/VBZ ROOT 1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 Ethiopian ethiopian ADJ/JJ amod 3 Degree=Pos B-NORP
        3 ambassador = NOUN/NN dobj 1 Number=Sing _
        4 over = ADP/IN prep 3 _ _
        5 port = NOUN/NN compound 6 Number=Sing _
        6 deal = NOUN/NN pobj 4 Number=Sing _
        """,
    )
    assert _types(events) == [("SANCTION", "expel")]


def test_internet_restored_is_a_concession(extract):
    """ "a rétabli l'internet mobile": the net given back."""
    events, _ = extract(
        "fr",
        "Le gouvernement a rétabli l'internet mobile après une semaine de coupure.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 gouvernement = NOUN nsubj 3 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 rétabli rétablir VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        5 internet = NOUN obj 3 Gender=Masc|Number=Sing _
        6 mobile = ADJ amod 5 Number=Sing _
        7 après = ADP case 9 _ _
        8 une un DET det 9 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        9 semaine = NOUN obl:mod 3 Gender=Fem|Number=Sing _
        10 de = ADP case 11 _ _
        11 coupure = NOUN nmod 9 Gender=Fem|Number=Sing _
        12 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("CONCEDE", None)]


def test_gunmen_seizing_pupils_abduct_them(extract):
    """ "Gunmen seized 30 pupils": people carried off are abducted."""
    events, _ = extract(
        "en",
        "Gunmen seized at least 30 pupils from a boarding school on Thursday.",
        """
        0 Gunmen gunman NOUN/NNS nsubj 1 Number=Plur _
        1 seized seize VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 at = ADP/IN advmod 3 _ B-CARDINAL
        3 least = ADV/RBS advmod 4 Degree=Sup I-CARDINAL
        4 30 = NUM/CD nummod 5 NumType=Card I-CARDINAL
        5 pupils pupil NOUN/NNS dobj 1 Number=Plur _
        6 from = ADP/IN prep 1 _ _
        7 a = DET/DT det 9 Definite=Ind|PronType=Art _
        8 boarding = NOUN/NN compound 9 Number=Sing _
        9 school = NOUN/NN pobj 6 Number=Sing _
        10 on = ADP/IN prep 1 _ _
        11 Thursday = PROPN/NNP pobj 10 Number=Sing B-DATE
        12 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("ASSAULT", "abduct")]


def test_pulling_out_of_a_body_is_a_sanction(extract):
    """ "pulled out of the ICC": the phrase's preposition hangs on its particle."""
    events, _ = extract(
        "en",
        "Burundi pulled out of the ICC in 2017.",
        """
        0 Burundi = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 pulled pull VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 out = ADP/IN prep 1 _ _
        3 of = ADP/IN prep 2 _ _
        4 the = DET/DT det 5 Definite=Def|PronType=Art _
        5 ICC = PROPN/NNP pobj 3 Number=Sing B-ORG
        6 in = ADP/IN prep 1 _ _
        7 2017 = NUM/CD pobj 6 NumType=Card B-DATE
        8 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("SANCTION", "discontinue")]


def test_troops_pulled_out_of_a_town_withdraw(extract):
    """ "pulled its troops out of Kherson": a town is no body."""
    events, _ = extract(
        "en",
        "Russia pulled its troops out of Kherson.",
        """
        0 Russia = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 pulled pull VERB/VBD ROOT 1 Tense=Past|VerbForm=Fin _
        2 its = PRON/PRP$ poss 3 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs _
        3 troops troop NOUN/NNS dobj 1 Number=Plur _
        4 out = ADP/IN prep 1 _ _
        5 of = ADP/IN prep 4 _ _
        6 Kherson = PROPN/NNP pobj 5 Number=Sing B-PERSON
        7 . = PUNCT/. punct 1 PunctType=Peri _
        """,
    )
    assert _types(events) == [("RETREAT", "withdraw")]


def test_a_signed_treaty_is_support_as_the_gold_standard_codes_it(extract):
    """ "signed a treaty": the PLOVER gold standard codes a signature as SUPPORT."""
    events, _ = extract(
        "en",
        "Tajikistan and Kyrgyzstan signed a treaty on Thursday finalising the demarcation of their frontier.",
        """
        0 Tajikistan = PROPN/NNP nsubj 3 Number=Sing B-NORP
        1 and = CCONJ/CC cc 0 ConjType=Cmp _
        2 Kyrgyzstan = PROPN/NNP conj 0 Number=Sing B-GPE
        3 signed sign VERB/VBD ROOT 3 Tense=Past|VerbForm=Fin _
        4 a = DET/DT det 5 Definite=Ind|PronType=Art _
        5 treaty = NOUN/NN dobj 3 Number=Sing _
        6 on = ADP/IN prep 3 _ _
        7 Thursday = PROPN/NNP pobj 6 Number=Sing B-DATE
        8 finalising finalise VERB/VBG advcl 3 Aspect=Prog|Tense=Pres|VerbForm=Part _
        9 the = DET/DT det 10 Definite=Def|PronType=Art _
        10 demarcation = NOUN/NN dobj 8 Number=Sing _
        11 of = ADP/IN prep 10 _ _
        12 their = PRON/PRP$ poss 13 Number=Plur|Person=3|Poss=Yes|PronType=Prs _
        13 frontier = NOUN/NN pobj 11 Number=Sing _
        14 . = PUNCT/. punct 3 PunctType=Peri _
        """,
    )
    assert _types(events) == [("SUPPORT", None)]


def test_un_traite_signe_au_passif(extract):
    """ "Le traité a été signé": the fixed object is the passive subject."""
    events, _ = extract(
        "fr",
        "Le traité a été signé lundi à Lima par les deux ministres.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 traité = NOUN nsubj:pass 4 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part _
        4 signé signer VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass _
        5 lundi = NOUN xcomp 4 Gender=Masc|Number=Sing _
        6 à = ADP case 7 _ _
        7 Lima = PROPN obl:mod 4 Gender=Masc|Number=Sing B-LOC
        8 par = ADP case 11 _ _
        9 les le DET det 11 Definite=Def|Number=Plur|PronType=Art _
        10 deux = NUM nummod 11 NumType=Card _
        11 ministres ministre NOUN obl:agent 4 Gender=Masc|Number=Plur _
        12 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("AGREE", None)]


def test_a_fugitive_handed_over_is_cooperation(extract):
    """ "hands over wanted gangster to India": a fugitive handed to another state."""
    events, _ = extract(
        "en",
        "Dubai hands over wanted gangster to India",
        """
        0 Dubai = PROPN/NNP compound 1 Number=Sing B-GPE
        1 hands hand NOUN/NNS ROOT 1 Number=Plur _
        2 over = ADP/IN advmod 1 _ _
        3 wanted want VERB/VBD amod 4 Tense=Past|VerbForm=Fin _
        4 gangster = NOUN/NN dobj 1 Number=Sing _
        5 to = ADP/IN prep 4 _ _
        6 India = PROPN/NNP pobj 5 Number=Sing B-GPE
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_a_broadside_fired_is_words(extract):
    """ "fires broadside at Fed chief": a volley of words."""
    events, _ = extract(
        "en",
        "Trump fires broadside at Fed chief over rate cuts",
        """
        0 Trump trump NOUN/NN amod 1 Number=Sing _
        1 fires fire NOUN/NNS nsubj 2 Number=Plur _
        2 broadside = VERB/VBP ROOT 2 Tense=Pres|VerbForm=Fin _
        3 at = ADP/IN prep 2 _ _
        4 Fed = PROPN/NNP compound 5 Number=Sing B-ORG
        5 chief = NOUN/NN pobj 3 Number=Sing _
        6 over = ADP/IN prep 5 _ _
        7 rate = NOUN/NN compound 8 Number=Sing _
        8 cuts cut NOUN/NNS pobj 6 Number=Plur _
        """,
    )
    assert _types(events) == [("ACCUSE", "disapprove")]


def test_a_volley_of_shells_is_an_attack(extract):
    """ "fired a volley of shells": shells are no words."""
    events, _ = extract(
        "en",
        "The army fired a volley of shells at the village.",
        """
        0 The the DET/DT det 1 Definite=Def|PronType=Art _
        1 army = NOUN/NN nsubj 2 Number=Sing _
        2 fired fire VERB/VBD ROOT 2 Tense=Past|VerbForm=Fin _
        3 a = DET/DT det 4 Definite=Ind|PronType=Art _
        4 volley = NOUN/NN dobj 2 Number=Sing _
        5 of = ADP/IN prep 4 _ _
        6 shells shell NOUN/NNS pobj 5 Number=Plur _
        7 at = ADP/IN prep 2 _ _
        8 the = DET/DT det 9 Definite=Def|PronType=Art _
        9 village = NOUN/NN pobj 7 Number=Sing _
        10 . = PUNCT/. punct 2 PunctType=Peri _
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_duties_axed_are_a_concession(extract):
    """ "axes duties on Australian wine": a tax dropped gives way."""
    events, _ = extract(
        "en",
        "China axes duties on Australian wine as Canberra ties thaw",
        """
        0 China = PROPN/NNP nsubj 1 Number=Sing B-GPE
        1 axes axis NOUN/NNS ROOT 1 Number=Plur _
        2 duties duty NOUN/NNS dobj 1 Number=Plur _
        3 on = ADP/IN prep 2 _ _
        4 Australian australian ADJ/JJ amod 5 Degree=Pos B-NORP
        5 wine = NOUN/NN pobj 3 Number=Sing _
        6 as = SCONJ/IN mark 8 _ _
        7 Canberra = PROPN/NNP nsubj 8 Number=Sing B-GPE
        8 ties tie VERB/VBZ advcl 1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        9 thaw = NOUN/NN npadvmod 1 Number=Sing _
        """,
    )
    assert _types(events) == [("CONCEDE", None)]
