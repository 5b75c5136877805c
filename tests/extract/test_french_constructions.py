"""French constructions of article bodies: an event told from its target's side ("victime d'une attaque",
"touchée par une frappe"), participles whose doer is named ("incendiés par les rebelles"), refusals and veiled
threats said through negation ("il n'est pas question de", "n'exclut pas"), and a speaker after a quote whose
subject the parser found inside the quote."""

from __future__ import annotations


def _types(events):
    return [e.event_type for e in events]


def test_victim_of_an_attack_is_its_target(extract):
    """ "Ce village a été victime d'une attaque": the noun is the event, the subject what it hit."""
    events, _ = extract(
        "fr",
        "Ce village a été victime d'une attaque.",
        """
        0 Ce ce DET det 1 Gender=Masc|Number=Sing|PronType=Dem
        1 village = NOUN nsubj 4 Gender=Masc|Number=Sing
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été être AUX cop 4 Tense=Past|VerbForm=Part
        4 victime = ADJ ROOT 4 Gender=Fem|Number=Sing
        5 d' de ADP case 7 _
        6 une un DET det 7 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
        7 attaque = NOUN obl:arg 4 Gender=Fem|Number=Sing
        8 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["ASSAULT"]
    assert [a.text for a in events[0].target] == ["Ce village"]
    assert events[0].source == []


def test_passive_agent_noun_is_the_attack(extract):
    """ "La caserne a été touchée par une frappe de drone", with "par" parsed as a plain oblique."""
    events, _ = extract(
        "fr",
        "La caserne a été touchée par une frappe de drone.",
        """
        0 La le DET det 1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        1 caserne = NOUN nsubj:pass 4 Gender=Fem|Number=Sing
        2 a avoir AUX aux:tense 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 été être AUX aux:pass 4 Tense=Past|VerbForm=Part
        4 touchée toucher VERB ROOT 4 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        5 par = ADP case 7 _
        6 une un DET det 7 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art
        7 frappe = NOUN obl:mod 4 Gender=Fem|Number=Sing
        8 de = ADP case 9 _
        9 drone = NOUN nmod 7 Gender=Masc|Number=Sing
        10 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["ASSAULT"]
    assert events[0].mode == "drone"
    assert [a.text for a in events[0].target] == ["La caserne"]


def test_participle_with_named_doer_is_an_event(extract):
    """ "Les villages incendiés par les rebelles": the participle tells an attack and who did it."""
    events, _ = extract(
        "fr",
        "Les villages incendiés par les rebelles sont vides.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art
        1 villages village NOUN nsubj 7 Gender=Masc|Number=Plur
        2 incendiés incendier VERB acl 1 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part
        3 par = ADP case 5 _
        4 les le DET det 5 Definite=Def|Number=Plur|PronType=Art
        5 rebelles rebelle NOUN obl:agent 2 Number=Plur
        6 sont être AUX cop 7 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        7 vides vide ADJ ROOT 7 Number=Plur
        8 . = PUNCT punct 7 _
        """,
    )
    assert _types(events) == ["ASSAULT"]
    assert [a.text for a in events[0].source] == ["les rebelles"]
    assert [a.text for a in events[0].target] == ["Les villages"]


def test_participle_that_only_describes_is_no_event(extract):
    """ "Les milices soutenues par l'Iran": backing named as a description is not a support event."""
    events, _ = extract(
        "fr",
        "Les milices soutenues par l'Iran sont armées.",
        """
        0 Les le DET det 1 Definite=Def|Number=Plur|PronType=Art
        1 milices milice NOUN nsubj 7 Gender=Fem|Number=Plur
        2 soutenues soutenir VERB acl 1 Gender=Fem|Number=Plur|Tense=Past|VerbForm=Part
        3 par = ADP case 5 _
        4 l' le DET det 5 Definite=Def|Number=Sing|PronType=Art
        5 Iran = PROPN obl:agent 2 Gender=Masc|Number=Sing
        6 sont être AUX cop 7 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        7 armées armé ADJ ROOT 7 Gender=Fem|Number=Plur
        8 . = PUNCT punct 7 _
        """,
    )
    assert "SUPPORT" not in _types(events)


def test_out_of_the_question_is_a_refusal(extract):
    """ "Il n'est pas question de négocier": the negation is the refusal, not a hypothetical."""
    events, _ = extract(
        "fr",
        "Il n'est pas question de négocier avec les rebelles.",
        """
        0 Il il PRON expl:subj 4 Gender=Masc|Number=Sing|Person=3
        1 n' ne ADV advmod 4 Polarity=Neg
        2 est être AUX cop 4 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 pas = ADV advmod 4 Polarity=Neg
        4 question = NOUN ROOT 4 Gender=Fem|Number=Sing
        5 de = ADP mark 6 _
        6 négocier = VERB xcomp 4 VerbForm=Inf
        7 avec = ADP case 9 _
        8 les le DET det 9 Definite=Def|Number=Plur|PronType=Art
        9 rebelles rebelle NOUN obl:arg 6 Gender=Fem|Number=Plur
        10 . = PUNCT punct 4 _
        """,
    )
    assert _types(events) == ["REJECT"]
    assert events[0].status == "occurred"


def test_not_ruling_out_sanctions_is_a_threat(extract):
    """ "Paris n'exclut pas de nouvelles sanctions": keeping a penalty open threatens it."""
    events, _ = extract(
        "fr",
        "Paris n'exclut pas de nouvelles sanctions contre Moscou.",
        """
        0 Paris = PROPN nsubj 2 Gender=Masc|Number=Sing
        1 n' ne ADV advmod 2 Polarity=Neg
        2 exclut exclure VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 pas = ADV advmod 2 Polarity=Neg
        4 de = DET det 6 Definite=Ind|Number=Plur|PronType=Art
        5 nouvelles nouveau ADJ amod 6 Gender=Fem|Number=Plur
        6 sanctions sanction NOUN obj 2 Gender=Fem|Number=Plur
        7 contre = ADP case 8 _
        8 Moscou = PROPN nmod 6 Gender=Masc|Number=Sing
        9 . = PUNCT punct 2 _
        """,
    )
    assert _types(events) == ["THREATEN"]
    assert [a.country for a in events[0].source] == ["FRA"]


def test_excluded_member_is_a_sanction(extract):
    """ "Elle a été exclue de l'organisation": without negation, exclusion is an expulsion."""
    events, _ = extract(
        "fr",
        "Elle a été exclue de l'organisation.",
        """
        0 Elle il PRON nsubj:pass 3 Gender=Fem|Number=Sing|Person=3
        1 a avoir AUX aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2 été être AUX aux:pass 3 Tense=Past|VerbForm=Part
        3 exclue exclure VERB ROOT 3 Gender=Fem|Number=Sing|Tense=Past|VerbForm=Part|Voice=Pass
        4 de = ADP case 6 _
        5 l' le DET det 6 Definite=Def|Number=Sing|PronType=Art
        6 organisation = NOUN obl:arg 3 Gender=Fem|Number=Sing
        7 . = PUNCT punct 3 _
        """,
    )
    assert _types(events) == ["SANCTION"]
    assert events[0].mode == "expel"


def test_speaker_after_quote_whose_subject_sits_inside_it(extract):
    """ "« Nous riposterons », a prévenu le ministre", parsed with "Nous" as the subject of "prévenu": the
    minister speaks, and his quoted future retaliation is his threat."""
    events, quotes = extract(
        "fr",
        "« Nous riposterons », a prévenu le ministre.",
        """
        0 « = PUNCT punct 6 _
        1 Nous nous PRON nsubj 6 Number=Plur|Person=1
        2 riposterons riposter VERB ccomp 6 Mood=Ind|Number=Plur|Person=1|Tense=Fut|VerbForm=Fin
        3 » = PUNCT punct 6 _
        4 , = PUNCT punct 6 _
        5 a avoir AUX aux:tense 6 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        6 prévenu prévenir VERB ROOT 6 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        7 le = DET det 8 Definite=Def|Gender=Masc|Number=Sing|PronType=Art
        8 ministre = NOUN obj 6 Gender=Masc|Number=Sing
        9 . = PUNCT punct 6 _
        """,
    )
    assert _types(events) == ["THREATEN"]
    assert [a.text for a in events[0].source] == ["le ministre"]
    assert events[0].target == []
    assert [q.speaker.text for q in quotes if q.speaker] == ["le ministre"]


def test_surrender_to_forces_is_no_visit(extract):
    """ "se sont rendus aux forces gouvernementales": fighters surrender to the forces; "se rendre à Téhéran" would
    be a visit."""
    events, _ = extract(
        "fr",
        "Les rebelles se sont rendus aux forces gouvernementales.",
        """
        0 Les              le             DET   det       1 Definite=Def|Number=Plur|PronType=Art
        1 rebelles         rebelle        NOUN  nsubj     4 Gender=Fem|Number=Plur
        2 se               =              PRON  expl:comp 4 Person=3|Reflex=Yes
        3 sont             être           AUX   aux:tense 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        4 rendus           rendre         VERB  ROOT      4 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part
        5 aux              à              ADP   case      6 Definite=Def|Number=Plur|PronType=Art
        6 forces           force          NOUN  obl:arg   4 Gender=Fem|Number=Plur
        7 gouvernementales gouvernemental ADJ   amod      6 Gender=Fem|Number=Plur
        8 .                =              PUNCT punct     4 _
        """,
    )
    assert [(e.event_type, [a.text for a in e.target]) for e in events] == [
        ("RETREAT", ["forces gouvernementales"])
    ]


def test_accusing_of_torture_in_a_prison_is_no_sentence(extract):
    """ "accuse les policiers d'avoir torturé des détenus à la prison de X": an accusation; only a verb that
    sentences makes "à ... prison" a prison term."""
    events, _ = extract(
        "fr",
        "L'ONG accuse les policiers d'avoir torturé des détenus à la prison de Saydnaya.",
        """
        0  L'        le       DET   det       1  Definite=Def|Number=Sing|PronType=Art
        1  ONG       ong      NOUN  nsubj     2  Gender=Fem|Number=Sing
        2  accuse    accuser  VERB  ROOT      2  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3  les       le       DET   det       4  Definite=Def|Number=Plur|PronType=Art
        4  policiers policier NOUN  obj       2  Gender=Masc|Number=Plur
        5  d'        de       ADP   mark      7  _
        6  avoir     =        AUX   aux:tense 7  VerbForm=Inf
        7  torturé   torturer VERB  xcomp     2  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        8  des       un       DET   det       9  Definite=Ind|Number=Plur|PronType=Art
        9  détenus   détenu   NOUN  obj       7  Gender=Masc|Number=Plur
        10 à         =        ADP   case      12 _
        11 la        le       DET   det       12 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        12 prison    =        NOUN  obl:mod   7  Gender=Fem|Number=Sing
        13 de        =        ADP   case      14 _
        14 Saydnaya  =        PROPN nmod      12 _
        15 .         =        PUNCT punct     2  _
        """,
    )
    assert "SANCTION" not in [e.event_type for e in events]
    assert events[0].event_type == "ACCUSE"


def test_signing_what_ends_a_strike_is_an_agreement(extract):
    """ "ont signé un protocole qui met fin à la grève": signing what settles a dispute is an agreement."""
    events, _ = extract(
        "fr",
        "Les syndicats ont signé un protocole qui met fin à la grève.",
        """
        0  Les       le       DET   det       1  Definite=Def|Number=Plur|PronType=Art
        1  syndicats syndicat NOUN  nsubj     3  Number=Plur
        2  ont       avoir    AUX   aux:tense 3  Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3  signé     signer   VERB  ROOT      3  Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  un        =        DET   det       5  Definite=Ind|Gender=Masc|Number=Sing|PronType=Art
        5  protocole =        NOUN  obj       3  Gender=Masc|Number=Sing
        6  qui       =        PRON  nsubj     7  PronType=Rel
        7  met       mettre   VERB  acl:relcl 5  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        8  fin       =        NOUN  obj       7  Number=Sing
        9  à         =        ADP   case      11 _
        10 la        le       DET   det       11 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        11 grève     =        NOUN  obl:arg   7  Gender=Fem|Number=Sing
        12 .         =        PUNCT punct     3  _
        """,
    )
    assert events[0].event_type == "AGREE"


def test_dispersal_with_tear_gas_is_force(extract):
    """ "a dispersé les manifestants à coups de gaz lacrymogènes": force used on a crowd, mode crowd-control."""
    events, _ = extract(
        "fr",
        "La police a dispersé les manifestants à coups de gaz lacrymogènes.",
        """
        0  La           le          DET   det       1 Definite=Def|Gender=Fem|Number=Sing|PronType=Art
        1  police       =           NOUN  nsubj     3 Gender=Fem|Number=Sing
        2  a            avoir       AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3  dispersé     disperser   VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4  les          le          DET   det       5 Definite=Def|Number=Plur|PronType=Art
        5  manifestants manifestant NOUN  obj       3 Gender=Masc|Number=Plur
        6  à            =           ADP   case      7 _
        7  coups        coup        NOUN  nmod      5 Gender=Masc|Number=Plur
        8  de           =           ADP   case      9 _
        9  gaz          =           NOUN  nmod      7 Gender=Masc|Number=Sing
        10 lacrymogènes lacrymogène ADJ   amod      9 Gender=Masc|Number=Plur
        11 .            =           PUNCT punct     3 _
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]


def test_police_sent_is_a_police_deployment(extract):
    """ "Des gendarmes ont été acheminés": police moved in is a mobilisation, not aid."""
    events, _ = extract(
        "fr",
        "Des gendarmes ont été acheminés à Nouméa.",
        """
        0 Des       un        DET   det        1 Definite=Ind|Number=Plur|PronType=Art
        1 gendarmes gendarme  NOUN  nsubj:pass 4 Gender=Masc|Number=Plur
        2 ont       avoir     AUX   aux:tense  4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
        3 été       être      AUX   aux:pass   4 Tense=Past|VerbForm=Part
        4 acheminés acheminer VERB  ROOT       4 Gender=Masc|Number=Plur|Tense=Past|VerbForm=Part|Voice=Pass
        5 à         =         ADP   case       6 _
        6 Nouméa    =         PROPN obl:mod    4 _                                                           B-LOC
        7 .         =         PUNCT punct      4 _
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("MOBILIZE", "police")]


def test_arming_civilians_raises_a_militia(extract):
    """ "L'armée a armé des volontaires civils": arming civilians is a militia mobilisation, not aid."""
    events, _ = extract(
        "fr",
        "L'armée a armé des volontaires civils.",
        """
        0 L'          le         DET   det       1 Definite=Def|Number=Sing|PronType=Art
        1 armée       =          NOUN  nsubj     3 Gender=Fem|Number=Sing
        2 a           avoir      AUX   aux:tense 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 armé        armer      VERB  ROOT      3 Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part
        4 des         un         DET   det       5 Definite=Ind|Number=Plur|PronType=Art
        5 volontaires volontaire NOUN  obl:arg   3 Number=Plur
        6 civils      civil      ADJ   amod      5 Gender=Masc|Number=Plur
        7 .           =          PUNCT punct     3 _
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("MOBILIZE", "militia")]
