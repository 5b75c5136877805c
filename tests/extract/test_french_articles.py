"""French article bodies and titles: participle headlines, verbs the tagger read as nouns, objects hung on the
wrong word, results that are no concession, willingness, negative objects, riots, ultimatums, figurative
offensives, and the shaky-event features the confidence model reads."""

from __future__ import annotations

from docs import article, build

from vigie.extract.syntax import is_negated


def _types(events):
    return [e.event_type for e in events]


def test_headline_participle_is_the_event(extract):
    """ "Nigeria : des élèves enlevés par des hommes armés": a title's participle tells what happened."""
    events, _ = extract(
        "fr",
        "Nigeria : des élèves enlevés par des hommes armés",
        """
        0  Nigeria  Nigeria  PROPN/PROPN ROOT      0 _ B-LOC
        1  :        :        PUNCT/PUNCT punct     0
        2  des      un       DET/DET     det       3
        3  élèves   élève    NOUN/NOUN   nmod      0 Number=Plur
        4  enlevés  enlever  VERB/VERB   acl       3 Tense=Past|VerbForm=Part
        5  par      par      ADP/ADP     case      7
        6  des      un       DET/DET     det       7
        7  hommes   homme    NOUN/NOUN   obl:agent 4 Number=Plur
        8  armés    armé     ADJ/ADJ     amod      7 Number=Plur
        """,
    )
    assert _types(events) == ["ASSAULT"]
    assert [a.text for a in events[0].target] == ["des élèves"]


def test_participle_in_a_sentence_only_describes(extract):
    """With a finite verb the participle describes its noun ("des élèves enlevés ... ont été libérés")."""
    events, _ = extract(
        "fr",
        "Des élèves enlevés ont parlé.",
        """
        0  Des      un       DET/DET     det       1
        1  élèves   élève    NOUN/NOUN   nsubj     4 Number=Plur
        2  enlevés  enlever  VERB/VERB   acl       1 Tense=Past|VerbForm=Part
        3  ont      avoir    AUX/AUX     aux:tense 4 Mood=Ind|VerbForm=Fin
        4  parlé    parler   VERB/VERB   ROOT      4 Tense=Past|VerbForm=Part
        5  .        .        PUNCT/PUNCT punct     4
        """,
    )
    assert "ASSAULT" not in _types(events)


def test_verb_read_as_noun_after_a_subject_pronoun(extract):
    """ "qu'ils boycotteraient les législatives": a pronoun subject only goes with a verb."""
    events, _ = extract(
        "fr",
        "Les partis ont annoncé qu'ils boycotteraient les élections.",
        """
        0  Les            le             DET/DET     det       1
        1  partis         parti          NOUN/NOUN   nsubj     3 Number=Plur
        2  ont            avoir          AUX/AUX     aux:tense 3 Mood=Ind|VerbForm=Fin
        3  annoncé        annoncer       VERB/VERB   ROOT      3 Tense=Past|VerbForm=Part
        4  qu'            que            SCONJ/SCONJ mark      6
        5  ils            il             PRON/PRON   nsubj     6
        6  boycotteraient boycotteraient NOUN/NOUN   ccomp     3 Number=Sing
        7  les            le             DET/DET     det       8
        8  élections      élection       NOUN/NOUN   dep       6 Number=Plur
        9  .              .              PUNCT/PUNCT punct     3
        """,
    )
    assert _types(events) == ["PROTEST"]
    assert events[0].mode == "boycott"


def test_object_hung_on_the_indirect_object(extract):
    """ "a remis aux autorités un suspect": the parser hung the object on "autorités"; a handover is cooperation."""
    events, _ = extract(
        "fr",
        "Le Kenya a remis aux autorités un suspect.",
        """
        0  Le        le        DET/DET     det       1
        1  Kenya     Kenya     PROPN/PROPN nsubj     3 _ B-LOC
        2  a         avoir     AUX/AUX     aux:tense 3 Mood=Ind|VerbForm=Fin
        3  remis     remettre  VERB/VERB   ROOT      3 Tense=Past|VerbForm=Part
        4  aux       à         ADP/ADP     case      5
        5  autorités autorité  NOUN/NOUN   obl:arg   3 Number=Plur
        6  un        un        DET/DET     det       7
        7  suspect   suspect   NOUN/NOUN   nmod      5 Number=Sing
        8  .         .         PUNCT/PUNCT punct     3
        """,
    )
    assert _types(events) == ["COOPERATE"]


def test_what_an_operation_permitted_is_no_concession(extract):
    """ "L'opération a permis de reprendre": a result, not an actor's concession."""
    events, _ = extract(
        "fr",
        "L'opération a permis de reprendre la ville.",
        """
        0  L'        le        DET/DET     det       1
        1  opération opération NOUN/NOUN   nsubj     3 Number=Sing
        2  a         avoir     AUX/AUX     aux:tense 3 Mood=Ind|VerbForm=Fin
        3  permis    permettre VERB/VERB   ROOT      3 Tense=Past|VerbForm=Part
        4  de        de        ADP/ADP     mark      5
        5  reprendre reprendre VERB/VERB   xcomp     3 VerbForm=Inf
        6  la        le        DET/DET     det       7
        7  ville     ville     NOUN/NOUN   obj       5 Number=Sing
        8  .         .         PUNCT/PUNCT punct     3
        """,
    )
    assert "CONCEDE" not in _types(events)


def test_willing_to_talk_is_an_offer(extract):
    """ "était disposé à reprendre les négociations": willingness to meet is PLOVER's AGREE."""
    events, _ = extract(
        "fr",
        "Le gouvernement était disposé à reprendre les négociations.",
        """
        0  Le           le          DET/DET   det       1
        1  gouvernement gouvernement NOUN/NOUN nsubj:pass 3 Number=Sing
        2  était        être        AUX/AUX   aux:pass  3 Mood=Ind|VerbForm=Fin
        3  disposé      disposer    VERB/VERB ROOT      3 Tense=Past|VerbForm=Part|Voice=Pass
        4  à            à           ADP/ADP   mark      5
        5  reprendre    reprendre   VERB/VERB xcomp     3 VerbForm=Inf
        6  les          le          DET/DET   det       7
        7  négociations négociation NOUN/NOUN obj       5 Number=Plur
        8  .            .           PUNCT/PUNCT punct   3
        """,
    )
    assert _types(events) == ["AGREE"]
    assert events[0].status == "announced"


def test_negative_object_or_adverbial_negates():
    """ "n'accepterait aucune médiation", "ne permettra en aucun cas": negation without "pas"."""
    doc = build(
        "fr",
        "Elle n'accepterait aucune médiation.",
        """
        0  Elle        il       PRON/PRON   nsubj  2
        1  n'          ne       ADV/ADV     advmod 2 Polarity=Neg
        2  accepterait accepter VERB/VERB   ROOT   2 Mood=Cnd|VerbForm=Fin
        3  aucune      aucun    DET/DET     det    4
        4  médiation   médiation NOUN/NOUN  obj    2 Number=Sing
        5  .           .        PUNCT/PUNCT punct  2
        """,
    )
    assert is_negated(doc[2])


def test_rioters_looting_is_a_riot(extract):
    """ "des émeutiers ont pillé des magasins": crowds' violence is PLOVER's PROTEST (riot)."""
    events, _ = extract(
        "fr",
        "Des émeutiers ont incendié des véhicules.",
        """
        0  Des       un        DET/DET   det       1
        1  émeutiers émeutier  NOUN/NOUN nsubj     3 Number=Plur
        2  ont       avoir     AUX/AUX   aux:tense 3 Mood=Ind|VerbForm=Fin
        3  incendié  incendier VERB/VERB ROOT      3 Tense=Past|VerbForm=Part
        4  des       un        DET/DET   det       5
        5  véhicules véhicule  NOUN/NOUN obj       3 Number=Plur
        6  .         .         PUNCT/PUNCT punct   3
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "riot")]


def test_deadline_given_is_an_ultimatum(extract):
    """ "a donné 48 heures aux forces pour quitter": an ultimatum (a threat, as "issued an ultimatum"), not aid;
    the forces are who must act."""
    events, _ = extract(
        "fr",
        "La junte a donné 48 heures aux forces pour quitter le pays.",
        """
        0  La      le      DET/DET   det       1
        1  junte   junte   NOUN/NOUN nsubj     3 Number=Sing
        2  a       avoir   AUX/AUX   aux:tense 3 Mood=Ind|VerbForm=Fin
        3  donné   donner  VERB/VERB ROOT      3 Tense=Past|VerbForm=Part
        4  48      48      NUM/NUM   nummod    5
        5  heures  heure   NOUN/NOUN obj       3 Number=Plur
        6  aux     à       ADP/ADP   case      7
        7  forces  force   NOUN/NOUN obl:arg   3 Number=Plur
        8  pour    pour    ADP/ADP   mark      9
        9  quitter quitter VERB/VERB advcl     3 VerbForm=Inf
        10 le      le      DET/DET   det       11
        11 pays    pays    NOUN/NOUN obj       9 Number=Sing
        12 .       .       PUNCT/PUNCT punct   3
        """,
    )
    assert _types(events) == ["THREATEN"]
    assert [a.text for a in events[0].target] == ["forces"]


def test_charm_offensive_goes_on(extract):
    """ "Pékin poursuit son offensive de charme": no violence and no prosecution."""
    events, _ = extract(
        "fr",
        "Pékin poursuit son offensive de charme.",
        """
        0  Pékin     Pékin      PROPN/PROPN nsubj 1 _ B-LOC
        1  poursuit  poursuivre VERB/VERB   ROOT  1 Mood=Ind|Tense=Pres|VerbForm=Fin
        2  son       son        DET/DET     det   3
        3  offensive offensive  NOUN/NOUN   obj   1 Number=Sing
        4  de        de         ADP/ADP     case  5
        5  charme    charme     NOUN/NOUN   nmod  3 Number=Sing
        6  .         .          PUNCT/PUNCT punct 1
        """,
    )
    assert _types(events) == []


def test_shaky_feature_inside_quotes(extractors):
    """An event inside « » is a feature the confidence model reads."""
    text = "« Ils attaqueront », a dit le chef."
    doc = build(
        "fr",
        text,
        """
        0  «         «         PUNCT/PUNCT punct     2
        1  Ils       il        PRON/PRON   nsubj     2
        2  attaqueront attaquer VERB/VERB  ccomp     6 Mood=Ind|Tense=Fut|VerbForm=Fin
        3  »         »         PUNCT/PUNCT punct     2
        4  ,         ,         PUNCT/PUNCT punct     6
        5  a         avoir     AUX/AUX     aux:tense 6 Mood=Ind|VerbForm=Fin
        6  dit       dire      VERB/VERB   ROOT      6 Tense=Past|VerbForm=Part
        7  le        le        DET/DET     det       8
        8  chef      chef      NOUN/NOUN   nsubj     6 Number=Sing
        9  .         .         PUNCT/PUNCT punct     6
        """,
    )
    scored, _ = extractors["fr"].explain(article(doc, "fr"), doc)
    feats = [f for _, fs in scored for f in fs]
    assert "shaky=guillemets" in feats


def test_shaky_feature_for_pronoun_only_subject(extractors):
    """ "Ils ont attaqué le poste": only a pronoun says who acted."""
    text = "Ils ont attaqué le poste."
    doc = build(
        "fr",
        text,
        """
        0  Ils      il       PRON/PRON   nsubj     2
        1  ont      avoir    AUX/AUX     aux:tense 2 Mood=Ind|VerbForm=Fin
        2  attaqué  attaquer VERB/VERB   ROOT      2 Tense=Past|VerbForm=Part
        3  le       le       DET/DET     det       4
        4  poste    poste    NOUN/NOUN   obj       2 Number=Sing
        5  .        .        PUNCT/PUNCT punct     2
        """,
    )
    scored, _ = extractors["fr"].explain(article(doc, "fr"), doc)
    assert any("shaky=pronoun" in fs for _, fs in scored)


def test_a_measure_of_pardon_names_the_pardon(extract):
    """ "a décrété une mesure de grâce": "mesure" is a generic head, the act is what it is a measure of."""
    events, _ = extract(
        "fr",
        "Le président a décrété une mesure de grâce.",
        """
        0  Le        le        DET/DET     det       1
        1  président président NOUN/NOUN   nsubj     3 Number=Sing
        2  a         avoir     AUX/AUX     aux:tense 3 Mood=Ind|VerbForm=Fin
        3  décrété   décréter  VERB/VERB   ROOT      3 Tense=Past|VerbForm=Part
        4  une       un        DET/DET     det       5
        5  mesure    mesure    NOUN/NOUN   obj       3 Number=Sing
        6  de        de        ADP/ADP     case      7
        7  grâce     grâce     NOUN/NOUN   nmod      5 Number=Sing
        8  .         .         PUNCT/PUNCT punct     3
        """,
    )
    assert "CONCEDE" in _types(events)


def test_an_act_receives_no_visitors(extract):
    """ "Toute violation recevra une réponse": a verb of receiving whose subject is an act is no meeting."""
    events, _ = extract(
        "fr",
        "Toute attaque recevra une réponse.",
        """
        0  Toute    tout     DET/DET     det   1
        1  attaque  attaque  NOUN/NOUN   nsubj 2 Number=Sing
        2  recevra  recevoir VERB/VERB   ROOT  2 Mood=Ind|Tense=Fut|VerbForm=Fin
        3  une      un       DET/DET     det   4
        4  réponse  réponse  NOUN/NOUN   obj   2 Number=Sing
        5  .        .        PUNCT/PUNCT punct 2
        """,
    )
    assert "CONSULT" not in _types(events)
