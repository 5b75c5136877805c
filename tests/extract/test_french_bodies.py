"""French article bodies: noun events whose doer is a pronoun or unsaid (support verbs with a pronoun subject,
passive support verbs, states), participles the tagger reads as adjectives after the auxiliary, and what the
verb's object says about the act (refugees hosted, newspapers suspended, bills withdrawn, plans given up,
apologies)."""

from __future__ import annotations


def _types(events):
    return [e.event_type for e in events]


def test_support_verb_with_pronoun_subject_keeps_its_noun(extract):
    """ "Ils ont entamé une grève de la faim": the pronoun names no actor, but the strike is told as begun."""
    events, _ = extract(
        "fr",
        "Ils ont entamé une grève de la faim.",
        """
        0 Ils il PRON nsubj 2 Gender=Masc|Number=Plur|Person=3
        1 ont avoir AUX aux:tense 2 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        2 entamé entamer VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        3 une un DET det 4 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
        4 grève = NOUN obj 2 Gender=Fem|Number=Sing
        5 de = ADP case 7 _
        6 la le DET det 7 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        7 faim = NOUN nmod 4 Gender=Fem|Number=Sing
        8 . = PUNCT punct 2 _
        """,
    )
    assert _types(events) == ["PROTEST"]
    assert events[0].mode == "hunger"


def test_state_of_strike_is_a_protest(extract):
    """ "Les enseignants sont en grève": a state its subject is in is an event going on."""
    events, _ = extract(
        "fr",
        "Les enseignants sont en grève depuis lundi.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art
        1 enseignants enseignant NOUN nsubj 4 Gender=Masc|Number=Plur
        2 sont être AUX cop 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 en = ADP case 4 _
        4 grève = NOUN ROOT 4 Gender=Fem|Number=Sing
        5 depuis = ADP case 6 _
        6 lundi = NOUN obl:mod 4 Gender=Masc|Number=Sing
        7 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["PROTEST"]
    assert events[0].mode == "strike"


def test_passive_support_verb_keeps_its_noun(extract):
    """ "Un couvre-feu a été instauré": the passive of a support verb tells the curfew as imposed."""
    events, _ = extract(
        "fr",
        "Un couvre-feu a été instauré dans la capitale.",
        """
        0 Un un DET det 1 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
        1 couvre-feu = NOUN nsubj:pass 4 Gender=Masc|Number=Sing
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part
        4 instauré instaurer VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        5 dans = ADP case 7 _
        6 la le DET det 7 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        7 capitale = NOUN obl:mod 4 Gender=Fem|Number=Sing
        8 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["COERCE"]
    assert events[0].mode == "curfew"


def test_participle_tagged_adjective_after_auxiliary_is_a_verb(extract):
    """ "a gelé" read as an adjective by the tagger is still the verb: frozen assets are a sanction."""
    events, _ = extract(
        "fr",
        "Bruxelles a gelé les avoirs des oligarques.",
        """
        0 Bruxelles bruxelle NOUN nsubj 2 Gender=Masc|Number=Plur B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2 gelé = ADJ ROOT 2 Gender=Fem|Number=Sing
        3 les le DET det 4 Definite=Def|Number=Plur|PronType=Art
        4 avoirs avoir NOUN obj 2 Gender=Masc|Number=Plur
        5 des de ADP case 6 Definite=Def|Number=Plur|PronType=Art
        6 oligarques oligarque NOUN nmod 4 Gender=Masc|Number=Plur
        7 . = PUNCT punct 2 _
        """,
    )
    assert _types(events) == ["SANCTION"]


def test_hosting_refugees_is_aid(extract):
    """ "accueilli 2 000 réfugiés": hosting the displaced is aid, not a visit."""
    events, _ = extract(
        "fr",
        "Ils ont accueilli 2 000 réfugiés.",
        """
        0 Ils il PRON nsubj 2 Gender=Masc|Number=Plur|Person=3
        1 ont avoir AUX aux:tense 2 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        2 accueilli accueillir VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        3 2 = DET det 5 _
        4 000 = DET det 5 _
        5 réfugiés réfugié NOUN obj 2 Gender=Masc|Number=Plur
        6 . = PUNCT punct 2 _
        """,
    )
    assert _types(events) == ["AID"]


def test_suspending_a_newspaper_is_censorship(extract):
    """ "Le journal a été suspendu": silencing a newspaper is censorship, not a sanction."""
    events, _ = extract(
        "fr",
        "Le journal a été suspendu.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art
        1 journal = NOUN nsubj:pass 4 Gender=Masc|Number=Sing
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part
        4 suspendu suspendre VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        5 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["COERCE"]
    assert events[0].mode == "censor"


def test_withdrawing_a_bill_concedes(extract):
    """ "Le texte a été retiré": dropping a measure gives in to its opponents."""
    events, _ = extract(
        "fr",
        "Le texte a été retiré.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art
        1 texte = NOUN nsubj:pass 4 Gender=Masc|Number=Sing
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part
        4 retiré retirer VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        5 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["CONCEDE"]


def test_giving_up_a_plan_concedes(extract):
    """ "a renoncé à augmenter les prix": backing down on a plan is a concession, not a rejection."""
    events, _ = extract(
        "fr",
        "Le gouvernement a renoncé à augmenter les prix.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art
        1 gouvernement = NOUN nsubj 3 Gender=Masc|Number=Sing
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 renoncé renoncer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 à = ADP mark 5 _
        5 augmenter = VERB xcomp 3 VerbForm=Inf
        6 les le DET det 7 Definite=Def|Number=Plur|PronType=Art
        7 prix = NOUN obj 5 Gender=Masc|Number=Plur
        8 . = PUNCT punct 3 _
        """,
    )
    assert _types(events) == ["CONCEDE"]


def test_apologies_concede(extract):
    """ "a présenté des excuses": an apology is a concession."""
    events, _ = extract(
        "fr",
        "Il a présenté des excuses aux familles.",
        """
        0 Il il PRON nsubj 2 Gender=Masc|Number=Sing|Person=3
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2 présenté présenter VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        3 des un DET det 4 Definite=Ind|Number=Plur|PronType=Art
        4 excuses excuse NOUN obj 2 Gender=Fem|Number=Plur
        5 aux à ADP case 6 Definite=Def|Number=Plur|PronType=Art
        6 familles famille NOUN nmod 4 Gender=Fem|Number=Plur
        7 . = PUNCT punct 2 _
        """,
    )
    assert _types(events) == ["CONCEDE"]
