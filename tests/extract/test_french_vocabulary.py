"""French reporter vocabulary of the trigger lexicon: phrases with fixed words ("déclarer persona non grata",
"refuser de s'alimenter"), fixed objects that change what a common verb names ("armer des volontaires",
"reconnaître sa défaite") and single words of agency copy ("endosser", "mutualiser", "refouler")."""

from __future__ import annotations


def _types(events):
    return [(e.event_type, e.mode) for e in events]


def test_compromise_reached_is_an_agreement(extract):
    """« parvenir à un compromis »: the support verb carries the noun's agreement."""
    events, _ = extract(
        "fr",
        "Les deux camps sont parvenus à un compromis sur la date du scrutin.",
        """
        0 Les le DET det 2 Definite=Def|Number=Plur|PronType=Art _
        1 deux = NUM nummod 2 NumType=Card _
        2 camps camp NOUN nsubj 4 Gender=Masc|Number=Plur _
        3 sont être AUX aux:tense 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        4 parvenus parvenir VERB ROOT 4 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part _
        5 à = ADP case 7 _ _
        6 un = DET det 7 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        7 compromis = NOUN obl:arg 4 Gender=Masc|Number=Sing _
        8 sur = ADP case 10 _ _
        9 la le DET det 10 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        10 date = NOUN obl:mod 4 Gender=Fem|Number=Sing _
        11 du de ADP case 12 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        12 scrutin = NOUN nmod 10 Gender=Masc|Number=Sing _
        13 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("AGREE", None)]


def test_endorsing_a_plan_is_support(extract):
    """« endosser » un plan: to back it."""
    events, _ = extract(
        "fr",
        "Le Parlement a endossé la feuille de route du gouvernement.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Parlement parlement NOUN nsubj 3 Gender=Masc|Number=Sing B-ORG
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 endossé endosser VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 la le DET det 5 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        5 feuille = NOUN obj 3 Gender=Fem|Number=Sing _
        6 de = ADP case 7 _ _
        7 route = NOUN nmod 5 Gender=Fem|Number=Sing _
        8 du de ADP case 9 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        9 gouvernement = NOUN nmod 7 Gender=Masc|Number=Sing _
        10 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("SUPPORT", None)]


def test_pooling_means_is_cooperation(extract):
    """« mutualiser leurs moyens »: two states pooling their forces cooperate."""
    events, _ = extract(
        "fr",
        "Le Mali et le Niger mutualisent leurs moyens de surveillance.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Mali = PROPN nsubj 5 Gender=Masc|Number=Sing B-LOC
        2 et = CCONJ cc 4 _ _
        3 le = DET det 4 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        4 Niger = PROPN conj 1 Gender=Masc|Number=Sing B-LOC
        5 mutualisent mutualiser VERB ROOT 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        6 leurs leur DET det 7 Number=Plur|Poss=Yes _
        7 moyens moyen NOUN obj 5 Gender=Masc|Number=Plur _
        8 de = ADP case 9 _ _
        9 surveillance = NOUN nmod 7 Gender=Fem|Number=Sing _
        10 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_exchanging_intelligence_is_cooperation(extract):
    """« échanger des renseignements », with « des » parsed as a preposition before the fixed noun."""
    events, _ = extract(
        "fr",
        "Le Maroc et l'Espagne échangent régulièrement des renseignements sur les passeurs.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Maroc = PROPN nsubj 5 Gender=Masc|Number=Sing B-LOC
        2 et = CCONJ cc 4 _ _
        3 l' le DET det 4 Definite=Def|Number=Sing|PronType=Art _
        4 Espagne = PROPN conj 1 Gender=Fem|Number=Sing B-LOC
        5 échangent échanger VERB ROOT 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        6 régulièrement = ADV advmod 5 _ _
        7 des de ADP case 8 Definite=Def|Number=Plur|PronType=Art _
        8 renseignements renseignement NOUN obl:arg 5 Gender=Masc|Number=Plur _
        9 sur = ADP case 11 _ _
        10 les le DET det 11 Definite=Def|Number=Plur|PronType=Art _
        11 passeurs passeur NOUN obl:arg 5 Gender=Masc|Number=Plur _
        12 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("COOPERATE", None)]


def test_persona_non_grata_is_an_expulsion(extract):
    """« déclarer persona non grata » a diplomat: a sanction, not a speech verb."""
    events, _ = extract(
        "fr",
        "Le Niger a déclaré persona non grata l'ambassadeur de France.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Niger = PROPN nsubj 3 Gender=Masc|Number=Sing B-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 déclaré déclarer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 persona = ADV advmod 3 _ _
        5 non = ADV advmod 6 _ _
        6 grata = ADJ xcomp 4 Number=Sing _
        7 l' le DET det 8 Definite=Def|Number=Sing|PronType=Art _
        8 ambassadeur = NOUN obj 3 Gender=Masc|Number=Sing _
        9 de = ADP case 10 _ B-LOC
        10 France = PROPN nmod 8 Gender=Fem|Number=Sing I-LOC
        11 . = PUNCT punct 8 _ _
        """,
    )
    assert _types(events) == [("SANCTION", "expel")]


def test_restrictive_measures_are_sanctions(extract):
    """« mesures restrictives », the EU's word for sanctions, after the support verb « adopter »."""
    events, _ = extract(
        "fr",
        "Le Conseil a adopté de nouvelles mesures restrictives contre Minsk.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 Conseil conseil NOUN nsubj 3 Gender=Masc|Number=Sing B-ORG
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 adopté adopter VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 de = DET det 6 Definite=Ind|Number=Plur|PronType=Art _
        5 nouvelles nouveau ADJ amod 6 Gender=Fem|Number=Plur _
        6 mesures mesure NOUN obj 3 Gender=Fem|Number=Plur _
        7 restrictives restrictif ADJ amod 6 Gender=Fem|Number=Plur _
        8 contre = ADP case 9 _ _
        9 Minsk = PROPN nmod 6 Gender=Fem|Number=Sing B-LOC
        10 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("SANCTION", None)]


def test_sentence_inflicted_is_a_conviction(extract):
    """« infliger une peine », with an adjective before the fixed noun."""
    events, _ = extract(
        "fr",
        "Le tribunal a infligé une lourde peine à l'ancien ministre.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 tribunal = NOUN nsubj 3 Gender=Masc|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 infligé infliger VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 une un DET det 6 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        5 lourde lourd ADJ amod 6 Number=Sing _
        6 peine = NOUN obj 3 Gender=Fem|Number=Sing _
        7 à = ADP case 10 _ _
        8 l' le DET det 10 Definite=Def|Number=Sing|PronType=Art _
        9 ancien = ADJ amod 10 Gender=Masc|Number=Sing _
        10 ministre = NOUN nmod 6 Gender=Masc|Number=Sing _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("SANCTION", "convict")]


def test_migrants_turned_back_are_deported(extract):
    """« refouler » des migrants (passive): a deportation by the agent."""
    events, _ = extract(
        "fr",
        "Des centaines de migrants ont été refoulés par la police algérienne.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 centaines centaine NOUN nsubj:pass 6 Gender=Fem|Number=Plur _
        2 de = ADP case 3 _ _
        3 migrants migrant NOUN nmod 1 Gender=Masc|Number=Plur _
        4 ont avoir AUX aux:tense 6 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        5 été être AUX aux:pass 6 Tense=Past|VerbForm=Part _
        6 refoulés refouler VERB ROOT 6 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass _
        7 par = ADP case 9 _ _
        8 la le DET det 9 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        9 police = NOUN obl:agent 6 Gender=Fem|Number=Sing _
        10 algérienne algérien ADJ amod 9 Gender=Fem|Number=Sing _
        11 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("COERCE", "deport")]


def test_refusing_food_is_a_hunger_strike(extract):
    """« refuser de s'alimenter »: a hunger strike, not a refusal."""
    events, _ = extract(
        "fr",
        "Le militant refuse de s'alimenter depuis dix jours.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 militant = NOUN nsubj 2 Gender=Masc|Number=Sing _
        2 refuse refuser VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 de = ADP mark 5 _ _
        4 s' se PRON expl:comp 5 Person=3|Reflex=Yes _
        5 alimenter = VERB xcomp 2 VerbForm=Inf _
        6 depuis = ADP case 8 _ _
        7 dix = NUM nummod 8 NumType=Card _
        8 jours jour NOUN obl:mod 5 Gender=Masc|Number=Plur _
        9 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("PROTEST", "hunger")]


def test_admitting_defeat_concedes(extract):
    """« reconnaître sa défaite »: a concession, where « reconnaître » alone is recognition."""
    events, _ = extract(
        "fr",
        "Le candidat sortant a reconnu sa défaite.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 candidat = NOUN nsubj 4 Gender=Masc|Number=Sing _
        2 sortant = ADJ amod 1 Gender=Masc|Number=Sing _
        3 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        4 reconnu reconnaître VERB ROOT 4 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        5 sa son DET det 6 Gender=Fem|Number=Sing|Poss=Yes _
        6 défaite = NOUN obj 4 Gender=Fem|Number=Sing _
        7 . = PUNCT punct 4 _ _
        """,
    )
    assert _types(events) == [("CONCEDE", None)]


def test_positioning_missiles_mobilizes(extract):
    """« positionner des missiles »: weapons moved into place."""
    events, _ = extract(
        "fr",
        "Moscou a positionné des missiles près de la frontière.",
        """
        0 Moscou = PROPN nsubj 2 Gender=Masc|Number=Sing B-LOC
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 positionné positionner VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 des un DET det 4 Definite=Ind|Number=Plur|PronType=Art _
        4 missiles missile NOUN obj 2 Gender=Masc|Number=Plur _
        5 près = ADV advmod 8 _ _
        6 de = ADP case 8 _ _
        7 la le DET det 8 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        8 frontière = NOUN amod 4 Gender=Fem|Number=Sing _
        9 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "weapons")]


def test_arming_volunteers_mobilizes_a_militia(extract):
    """« armer des volontaires »: raising a militia, where « armer » an ally is aid."""
    events, _ = extract(
        "fr",
        "L'armée a armé des volontaires dans le nord.",
        """
        0 L' le DET det 1 Definite=Def|Number=Sing|PronType=Art _
        1 armée = NOUN nsubj 3 Gender=Fem|Number=Sing _
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 armé armer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 des un DET det 5 Definite=Ind|Number=Plur|PronType=Art _
        5 volontaires volontaire NOUN obj 3 Number=Plur _
        6 dans = ADP case 8 _ _
        7 le = DET det 8 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        8 nord = NOUN obl:mod 3 Gender=Masc|Number=Sing _
        9 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "militia")]


def test_reducing_to_ashes_is_destruction(extract):
    """« réduire en cendres » des maisons: destruction by force, where « réduire » alone names a drawdown."""
    events, _ = extract(
        "fr",
        "Des miliciens ont réduit en cendres un village du nord.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 miliciens milicien NOUN nsubj 3 Gender=Masc|Number=Plur _
        2 ont avoir AUX aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        3 réduit réduire VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 en = ADP case 5 _ _
        5 cendres cendre NOUN obl:arg 3 Gender=Masc|Number=Sing _
        6 un = DET det 7 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        7 village = NOUN obj 3 Gender=Masc|Number=Sing _
        8 du de ADP case 9 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        9 nord = NOUN nmod 7 Gender=Masc|Number=Sing _
        10 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("ASSAULT", "destroy")]


def test_suspecting_is_an_allegation(extract):
    """« soupçonner » quelqu'un d'un acte: an allegation against him."""
    events, _ = extract(
        "fr",
        "Le parquet soupçonne l'ancien ministre d'avoir détourné des fonds.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 parquet = NOUN nsubj 2 Gender=Masc|Number=Sing _
        2 soupçonne soupçonner VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art _
        4 ancien = ADJ amod 5 Gender=Masc|Number=Sing _
        5 ministre = NOUN obj 2 Gender=Masc|Number=Sing _
        6 d' de ADP mark 7 _ _
        7 avoir = AUX nmod 5 VerbForm=Inf _
        8 détourné détourner VERB xcomp 7 VerbForm=Inf _
        9 des un DET det 10 Definite=Ind|Number=Plur|PronType=Art _
        10 fonds = NOUN obj 8 Gender=Masc|Number=Plur _
        11 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("ACCUSE", "allege")]


def test_pounding_the_pavement_is_a_demonstration(extract):
    """« battre le pavé »: to march in the street."""
    events, _ = extract(
        "fr",
        "Des milliers d'enseignants ont battu le pavé à Lyon.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 milliers millier NOUN nsubj 5 Gender=Masc|Number=Plur _
        2 d' de ADP case 3 _ _
        3 enseignants enseignant NOUN nmod 1 Gender=Masc|Number=Plur _
        4 ont avoir AUX aux:tense 5 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        5 battu battre VERB ROOT 5 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        6 le = DET det 7 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        7 pavé = NOUN obj 5 Gender=Masc|Number=Sing _
        8 à = ADP case 9 _ _
        9 Lyon = PROPN nmod 7 Gender=Masc|Number=Sing B-LOC
        10 . = PUNCT punct 5 _ _
        """,
    )
    assert _types(events) == [("PROTEST", "demo")]


def test_escorting_to_the_border_is_deportation(extract):
    """« reconduire à la frontière »: the administrative word for a deportation."""
    events, _ = extract(
        "fr",
        "La Tunisie a reconduit à la frontière une centaine de migrants.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art B-LOC
        1 Tunisie = PROPN nsubj 3 Gender=Fem|Number=Sing I-LOC
        2 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 reconduit reconduire VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 à = ADP case 6 _ _
        5 la le DET det 6 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        6 frontière = NOUN obl:arg 3 Gender=Fem|Number=Sing _
        7 une un DET det 8 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        8 centaine = NOUN obj 3 Gender=Fem|Number=Sing _
        9 de = ADP case 10 _ _
        10 migrants migrant NOUN nmod 8 Gender=Masc|Number=Plur _
        11 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("COERCE", "deport")]


def test_dropping_bombs_is_an_air_strike(extract):
    """« larguer des bombes »: an air strike, where « larguer » des vivres is an airdrop."""
    events, _ = extract(
        "fr",
        "Des hélicoptères ont largué des bombes sur le marché.",
        """
        0 Des un DET det 1 Definite=Ind|Number=Plur|PronType=Art _
        1 hélicoptères hélicoptère NOUN nsubj 3 Gender=Masc|Number=Plur _
        2 ont avoir AUX aux:tense 3 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        3 largué larguer VERB ROOT 3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        4 des un DET det 5 Definite=Ind|Number=Plur|PronType=Art _
        5 bombes bombe NOUN obj 3 Gender=Fem|Number=Plur _
        6 sur = ADP case 8 _ _
        7 le = DET det 8 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        8 marché = NOUN nmod 5 Gender=Masc|Number=Sing _
        9 . = PUNCT punct 3 _ _
        """,
    )
    assert _types(events) == [("ASSAULT", "aerial")]


def test_common_ground_found_is_an_agreement(extract):
    """« trouver un terrain d'entente »: the parties agree."""
    events, _ = extract(
        "fr",
        "Le patronat et les syndicats ont trouvé un terrain d'entente sur les retraites.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 patronat = NOUN nsubj 6 Gender=Masc|Number=Sing _
        2 et = CCONJ cc 4 _ _
        3 les le DET det 4 Definite=Def|Number=Plur|PronType=Art _
        4 syndicats syndicat NOUN conj 1 Number=Plur _
        5 ont avoir AUX aux:tense 6 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin _
        6 trouvé trouver VERB ROOT 6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 un = DET det 8 Definite=Ind|Gender=Masc|Number=Sing|PronType=Art _
        8 terrain = NOUN obj 6 Gender=Masc|Number=Sing _
        9 d' de ADP case 10 _ _
        10 entente = NOUN nmod 8 Gender=Fem|Number=Sing _
        11 sur = ADP case 13 _ _
        12 les le DET det 13 Definite=Def|Number=Plur|PronType=Art _
        13 retraites retraite NOUN nmod 8 Gender=Fem|Number=Plur _
        14 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("AGREE", None)]


def test_police_criss_crossing_a_district_mobilizes(extract):
    """« quadriller » un quartier: police deployed across it."""
    events, _ = extract(
        "fr",
        "La police quadrille le quartier depuis samedi.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        1 police = NOUN nsubj 2 Gender=Fem|Number=Sing _
        2 quadrille quadriller VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        3 le = DET det 4 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        4 quartier = NOUN obj 2 Gender=Masc|Number=Sing _
        5 depuis = ADP case 6 _ _
        6 samedi = NOUN obl:mod 2 Gender=Masc|Number=Sing _
        7 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("MOBILIZE", "police")]


def test_conceding_defeat_is_a_concession(extract):
    """« concéder » sa défaite, une hausse: yielding."""
    events, _ = extract(
        "fr",
        "Le candidat de l'opposition a concédé sa défaite.",
        """
        0 Le le DET det 1 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        1 candidat = NOUN nsubj 6 Gender=Masc|Number=Sing _
        2 de = ADP case 4 _ _
        3 l' le DET det 4 Definite=Def|Number=Sing|PronType=Art _
        4 opposition = NOUN nmod 1 Gender=Fem|Number=Sing _
        5 a avoir AUX aux:tense 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        6 concédé concéder VERB ROOT 6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        7 sa son DET det 8 Gender=Fem|Number=Sing|Poss=Yes _
        8 défaite = NOUN obj 6 Gender=Fem|Number=Sing _
        9 . = PUNCT punct 6 _ _
        """,
    )
    assert _types(events) == [("CONCEDE", None)]


def test_revoking_visas_is_a_sanction(extract):
    """« révoquer les visas » de responsables étrangers: a sanction."""
    events, _ = extract(
        "fr",
        "Washington a révoqué les visas de plusieurs juges.",
        """
        0 Washington = PROPN nsubj 2 _ B-PER
        1 a avoir AUX aux:tense 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 révoqué révoquer VERB ROOT 2 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part _
        3 les le DET det 4 Definite=Def|Number=Plur|PronType=Art _
        4 visas visa NOUN obj 2 Gender=Masc|Number=Plur _
        5 de = ADP case 7 _ _
        6 plusieurs = DET det 7 Number=Plur _
        7 juges juge NOUN nmod 4 Gender=Masc|Number=Plur _
        8 . = PUNCT punct 2 _ _
        """,
    )
    assert _types(events) == [("SANCTION", None)]
