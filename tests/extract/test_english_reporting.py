"""English reporter phrasing: reprisals and dismissals, raids on premises, envoys ordered out, weapons that rip
through a place, verbal attacks, prison terms, demands on states, headline verbs tagged otherwise, walkouts and
other fixed phrases."""

from __future__ import annotations


def _types(events):
    return [e.event_type for e in events]


def test_vow_to_retaliate_is_a_threat(extract):
    """ "Vowed to retaliate": a reprisal promised is a threat of force."""
    events, _ = extract(
        "en",
        "Iran vowed to retaliate.",
        """
        0 Iran      =   PROPN/NNP nsubj 1 Number=Sing             B-GPE
        1 vowed     vow VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2 to        =   PART/TO   aux   3 _
        3 retaliate =   VERB/VB   xcomp 1 VerbForm=Inf
        4 .         =   PUNCT/.   punct 1 PunctType=Peri
        """,
    )
    assert _types(events) == ["THREATEN"]


def test_firing_an_official_is_a_dismissal(extract):
    """ "Fired the head of government": removing an official is coercion, not a shooting."""
    events, _ = extract(
        "en",
        "The president fired the head of government on Wednesday.",
        """
        0 The        the  DET/DT    det   1 Definite=Def|PronType=Art
        1 president  =    NOUN/NN   nsubj 2 Number=Sing
        2 fired      fire VERB/VBD  ROOT  2 Tense=Past|VerbForm=Fin
        3 the        =    DET/DT    det   4 Definite=Def|PronType=Art
        4 head       =    NOUN/NN   dobj  2 Number=Sing
        5 of         =    ADP/IN    prep  4 _
        6 government =    NOUN/NN   pobj  5 Number=Sing
        7 on         =    ADP/IN    prep  2 _
        8 Wednesday  =    PROPN/NNP pobj  7 Number=Sing               B-DATE
        9 .          =    PUNCT/.   punct 2 PunctType=Peri
        """,
    )
    assert _types(events) == ["COERCE"]


def test_firing_on_a_convoy_is_still_a_shooting(extract):
    """ "Fired on the convoy": a shot at someone stays an assault, whatever the date."""
    events, _ = extract(
        "en",
        "Soldiers fired on the convoy on Monday.",
        """
        0 Soldiers soldier NOUN/NNS  nsubj 1 Number=Plur
        1 fired    fire    VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2 on       =       ADP/IN    prep  1 _
        3 the      =       DET/DT    det   4 Definite=Def|PronType=Art
        4 convoy   =       NOUN/NN   pobj  2 Number=Sing
        5 on       =       ADP/IN    prep  1 _
        6 Monday   =       PROPN/NNP pobj  5 Number=Sing               B-DATE
        7 .        =       PUNCT/.   punct 1 PunctType=Peri
        """,
    )
    assert _types(events) == ["ASSAULT"]


def test_police_raid_on_offices_is_a_seizure(extract):
    """ "Police raided the offices of a newspaper": a search of premises by the authorities."""
    events, _ = extract(
        "en",
        "Police raided the offices of a newspaper.",
        """
        0 Police    =      NOUN/NNS nsubj 1 Number=Plur
        1 raided    raid   VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2 the       =      DET/DT   det   3 Definite=Def|PronType=Art
        3 offices   office NOUN/NNS dobj  1 Number=Plur
        4 of        =      ADP/IN   prep  3 _
        5 a         =      DET/DT   det   6 Definite=Ind|PronType=Art
        6 newspaper =      NOUN/NN  pobj  4 Number=Sing
        7 .         =      PUNCT/.  punct 1 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("COERCE", "seize")]


def test_gunmen_raid_is_an_assault(extract):
    """ "Gunmen raided a house": no authority, an armed raid."""
    events, _ = extract(
        "en",
        "Gunmen raided a house.",
        """
        0 Gunmen gunman NOUN/NNS nsubj 1 Number=Plur
        1 raided raid   VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2 a      =      DET/DT   det   3 Definite=Ind|PronType=Art
        3 house  =      NOUN/NN  dobj  1 Number=Sing
        4 .      =      PUNCT/.  punct 1 PunctType=Peri
        """,
    )
    assert _types(events) == ["ASSAULT"]


def test_envoy_ordered_to_leave_is_an_expulsion(extract):
    """ "Ordered the French ambassador to leave the country": an envoy expelled."""
    events, _ = extract(
        "en",
        "Niger ordered the French ambassador to leave the country.",
        """
        0 Niger      =      PROPN/NNP nsubj 1 Number=Sing
        1 ordered    order  VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2 the        =      DET/DT    det   4 Definite=Def|PronType=Art
        3 French     french ADJ/JJ    amod  4 Degree=Pos                B-NORP
        4 ambassador =      NOUN/NN   dobj  1 Number=Sing
        5 to         =      PART/TO   aux   6 _
        6 leave      =      VERB/VB   xcomp 1 VerbForm=Inf
        7 the        =      DET/DT    det   8 Definite=Def|PronType=Art
        8 country    =      NOUN/NN   dobj  6 Number=Sing
        9 .          =      PUNCT/.   punct 1 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "expel")]
    assert events[0].target and "ambassador" in events[0].target[0].text


def test_car_bomb_rips_through_a_market(extract):
    """ "A car bomb ripped through the market": a weapon does the impact, an attack."""
    events, _ = extract(
        "en",
        "A car bomb ripped through the market.",
        """
        0 A       a   DET/DT   det      2 Definite=Ind|PronType=Art
        1 car     =   NOUN/NN  compound 2 Number=Sing
        2 bomb    =   NOUN/NN  nsubj    3 Number=Sing
        3 ripped  rip VERB/VBD ROOT     3 Tense=Past|VerbForm=Fin
        4 through =   ADP/IN   prep     3 _
        5 the     =   DET/DT   det      6 Definite=Def|PronType=Art
        6 market  =   NOUN/NN  pobj     4 Number=Sing
        7 .       =   PUNCT/.  punct    3 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "explosives")]


def test_fire_rips_through_a_factory_is_no_attack(extract):
    """ "A fire ripped through the factory": no weapon, no attack."""
    events, _ = extract(
        "en",
        "A fire ripped through the factory.",
        """
        0 A       a   DET/DT   det   1 Definite=Ind|PronType=Art
        1 fire    =   NOUN/NN  nsubj 2 Number=Sing
        2 ripped  rip VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3 through =   ADP/IN   prep  2 _
        4 the     =   DET/DT   det   5 Definite=Def|PronType=Art
        5 factory =   NOUN/NN  pobj  3 Number=Sing
        6 .       =   PUNCT/.  punct 2 PunctType=Peri
        """,
    )
    assert events == []


def test_mob_lynching_is_an_assault(extract):
    """ "A mob lynched two men": a crowd that kills assaults, it does not riot."""
    events, _ = extract(
        "en",
        "A mob lynched two men.",
        """
        0 A       a     DET/DT   det    1 Definite=Ind|PronType=Art
        1 mob     =     NOUN/NN  nsubj  2 Number=Sing
        2 lynched lynch VERB/VBD ROOT   2 Tense=Past|VerbForm=Fin
        3 two     =     NUM/CD   nummod 4 NumType=Card              B-CARDINAL
        4 men     man   NOUN/NNS dobj   2 Number=Plur
        5 .       =     PUNCT/.  punct  2 PunctType=Peri
        """,
    )
    assert _types(events) == ["ASSAULT"]


def test_headline_verb_tagged_as_adjective(extract):
    """ "Gunmen free kidnapped miners": a word with a subject and an object is a verb."""
    events, _ = extract(
        "en",
        "Gunmen free kidnapped Chinese miners",
        """
        0 Gunmen    gunman  NOUN/NNS nsubj 1 Number=Plur
        1 free      =       ADJ/JJ   ROOT  1 Degree=Pos
        2 kidnapped kidnap  VERB/VBN amod  4 Aspect=Perf|Tense=Past|VerbForm=Part
        3 Chinese   chinese ADJ/JJ   amod  4 Degree=Pos                           B-NORP
        4 miners    miner   NOUN/NNS dobj  1 Number=Plur
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("RETREAT", "release")]
    assert events[0].source and events[0].source[0].text == "Gunmen"


def test_headline_verb_tagged_as_preposition(extract):
    """ "EU leaders back Moldova's membership bid": "back" with a subject and an object."""
    events, _ = extract(
        "en",
        "EU leaders back Moldova's membership bid",
        """
        0 EU         =      PROPN/NNP compound 1 Number=Sing B-ORG
        1 leaders    leader NOUN/NNS  nsubj    2 Number=Plur
        2 back       =      ADP/RP    ccomp    6 _
        3 Moldova    =      PROPN/NNP poss     5 Number=Sing B-ORG
        4 's         =      PART/POS  case     3 _
        5 membership =      NOUN/NN   dobj     2 Number=Sing
        6 bid        =      NOUN/NN   ROOT     6 Number=Sing
        """,
    )
    assert _types(events) == ["SUPPORT"]


def test_jailed_for_years_is_a_sentence(extract):
    """ "Jailed for 20 years": a prison term is a conviction, not an arrest."""
    events, _ = extract(
        "en",
        "Former Peruvian president jailed for 20 years",
        """
        0 Former    former   ADJ/JJ   amod   2 Degree=Pos
        1 Peruvian  peruvian ADJ/JJ   amod   2 Degree=Pos              B-NORP
        2 president =        NOUN/NN  nsubj  3 Number=Sing
        3 jailed    jail     VERB/VBD ROOT   3 Tense=Past|VerbForm=Fin
        4 for       =        ADP/IN   prep   3 _
        5 20        =        NUM/CD   nummod 6 NumType=Card            B-DATE
        6 years     year     NOUN/NNS pobj   4 Number=Plur             I-DATE
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "convict")]


def test_vow_to_respond_to_an_attack_is_a_threat(extract):
    """ "Vows to respond to any attack": answering an attack is a threat of force."""
    events, _ = extract(
        "en",
        "Niger junta vows to respond to any ECOWAS attack",
        """
        0 Niger   =      PROPN/NNP compound 1 Number=Sing                                  B-ORG
        1 junta   =      NOUN/NN   nsubj    2 Number=Sing
        2 vows    vow    VERB/VBZ  ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 to      =      PART/TO   aux      4 _
        4 respond =      VERB/VB   xcomp    2 VerbForm=Inf
        5 to      =      ADP/IN    prep     4 _
        6 any     =      DET/DT    det      8 _
        7 ECOWAS  ecowas NOUN/NN   compound 8 Number=Sing
        8 attack  =      NOUN/NN   pobj     5 Number=Sing
        """,
    )
    assert _types(events) == ["THREATEN"]


def test_court_throws_out_a_challenge(extract):
    """ "Court throws out opposition challenge": a rejection."""
    events, _ = extract(
        "en",
        "Kenyan court throws out opposition challenge",
        """
        0 Kenyan     kenyan ADJ/JJ   amod     1 Degree=Pos                                   B-NORP
        1 court      =      NOUN/NN  nsubj    2 Number=Sing
        2 throws     throw  VERB/VBZ ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 out        =      ADP/RP   prt      2 _
        4 opposition =      NOUN/NN  compound 5 Number=Sing
        5 challenge  =      NOUN/NN  dobj     2 Number=Sing
        """,
    )
    assert _types(events) == ["REJECT"]


def test_reaffirmed_backing_is_support(extract):
    """ "Reaffirmed its backing for the Philippines": support."""
    events, _ = extract(
        "en",
        "Washington reaffirmed its backing for the Philippines.",
        """
        0 Washington  =        PROPN/NNP  nsubj 1 Number=Sing                                            B-GPE
        1 reaffirmed  reaffirm VERB/VBD   ROOT  1 Tense=Past|VerbForm=Fin
        2 its         =        PRON/PRP$  poss  3 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
        3 backing     =        NOUN/NN    dobj  1 Number=Sing
        4 for         =        ADP/IN     prep  3 _
        5 the         =        DET/DT     det   6 Definite=Def|PronType=Art
        6 Philippines =        PROPN/NNPS pobj  4 Number=Plur                                            B-GPE
        7 .           =        PUNCT/.    punct 1 PunctType=Peri
        """,
    )
    assert _types(events) == ["SUPPORT"]


def test_blistering_attack_is_verbal(extract):
    """ "A blistering attack on the prime minister": words, not weapons."""
    events, _ = extract(
        "en",
        "The opposition leader launched a blistering attack on the prime minister.",
        """
        0  The        the    DET/DT   det      2  Definite=Def|PronType=Art
        1  opposition =      NOUN/NN  compound 2  Number=Sing
        2  leader     =      NOUN/NN  nsubj    3  Number=Sing
        3  launched   launch VERB/VBD ROOT     3  Tense=Past|VerbForm=Fin
        4  a          =      DET/DT   det      6  Definite=Ind|PronType=Art
        5  blistering =      ADJ/JJ   amod     6  Degree=Pos
        6  attack     =      NOUN/NN  dobj     3  Number=Sing
        7  on         =      ADP/IN   prep     6  _
        8  the        =      DET/DT   det      10 Definite=Def|PronType=Art
        9  prime      =      ADJ/JJ   amod     10 Degree=Pos
        10 minister   =      NOUN/NN  pobj     7  Number=Sing
        11 .          =      PUNCT/.  punct    3  PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("ACCUSE", "disapprove")]


def test_attack_over_an_issue_is_verbal(extract):
    """ "Attacks government over bread prices": an attack over an issue is criticism."""
    events, _ = extract(
        "en",
        "Opposition leader attacks government over soaring bread prices",
        """
        0 Opposition opposition NOUN/NN  compound 1 Number=Sing
        1 leader     =          NOUN/NN  nsubj    2 Number=Sing
        2 attacks    attack     VERB/VBZ ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 government =          NOUN/NN  dobj     2 Number=Sing
        4 over       =          ADP/IN   prep     2 _
        5 soaring    soar       VERB/VBG amod     7 Aspect=Prog|Tense=Pres|VerbForm=Part
        6 bread      =          NOUN/NN  compound 7 Number=Sing
        7 prices     price      NOUN/NNS pobj     4 Number=Plur
        """,
    )
    assert _types(events) == ["ACCUSE"]


def test_attack_over_the_weekend_is_an_assault(extract):
    """ "Attacked the town over the weekend": "over" a time says when, not why."""
    events, _ = extract(
        "en",
        "Rebels attacked the town over the weekend.",
        """
        0 Rebels   rebel  NOUN/NNS nsubj 1 Number=Plur
        1 attacked attack VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2 the      =      DET/DT   det   3 Definite=Def|PronType=Art
        3 town     =      NOUN/NN  dobj  1 Number=Sing
        4 over     =      ADP/IN   prep  1 _
        5 the      =      DET/DT   det   6 Definite=Def|PronType=Art B-DATE
        6 weekend  =      NOUN/NN  pobj  4 Number=Sing               I-DATE
        7 .        =      PUNCT/.  punct 1 PunctType=Peri
        """,
    )
    assert _types(events) == ["ASSAULT"]


def test_call_on_parsed_as_a_participle(extract):
    """ "Rulers called on ECOWAS to lift its sanctions": the parser made "called" a reduced relative, but its
    preposition has an object, so it is the active verb: a demand, not a concession."""
    events, _ = extract(
        "en",
        "Niger's military rulers called on ECOWAS to lift its sanctions, saying they were hurting ordinary citizens.",
        """
        0  Niger     =        PROPN/NNP poss  3  Number=Sing                                            B-ORG
        1  's        =        PART/POS  case  0  _
        2  military  =        ADJ/JJ    amod  3  Degree=Pos
        3  rulers    ruler    NOUN/NNS  nsubj 12 Number=Plur
        4  called    call     VERB/VBN  acl   3  Aspect=Perf|Tense=Past|VerbForm=Part
        5  on        =        ADP/IN    prep  4  _
        6  ECOWAS    ecowa    NOUN/NNS  pobj  5  Number=Plur
        7  to        =        PART/TO   aux   8  _
        8  lift      =        VERB/VB   xcomp 4  VerbForm=Inf
        9  its       =        PRON/PRP$ poss  10 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
        10 sanctions sanction NOUN/NNS  dobj  8  Number=Plur
        11 ,         =        PUNCT/,   punct 3  PunctType=Comm
        12 saying    say      VERB/VBG  ROOT  12 Aspect=Prog|Tense=Pres|VerbForm=Part
        13 they      =        PRON/PRP  nsubj 15 Case=Nom|Number=Plur|Person=3|PronType=Prs
        14 were      be       AUX/VBD   aux   15 Mood=Ind|Tense=Past|VerbForm=Fin
        15 hurting   hurt     VERB/VBG  ccomp 12 Aspect=Prog|Tense=Pres|VerbForm=Part
        16 ordinary  =        ADJ/JJ    amod  17 Degree=Pos
        17 citizens  citizen  NOUN/NNS  dobj  15 Number=Plur
        18 .         =        PUNCT/.   punct 12 PunctType=Peri
        """,
    )
    assert _types(events)[0] == "REQUEST"
    assert "CONCEDE" not in _types(events)


def test_state_ordered_to_act_is_a_demand(extract):
    """ "The Security Council ordered Iraq to withdraw": a demand on a state, not its withdrawal."""
    events, _ = extract(
        "en",
        "The Security Council ordered Iraq to withdraw its forces from Kuwait.",
        """
        0  The      the   DET/DT    det      2 Definite=Def|PronType=Art                              B-ORG
        1  Security =     PROPN/NNP compound 2 Number=Sing                                            I-ORG
        2  Council  =     PROPN/NNP nsubj    3 Number=Sing                                            I-ORG
        3  ordered  order VERB/VBD  ROOT     3 Tense=Past|VerbForm=Fin
        4  Iraq     =     PROPN/NNP dobj     3 Number=Sing                                            B-GPE
        5  to       =     PART/TO   aux      6 _
        6  withdraw =     VERB/VB   xcomp    3 VerbForm=Inf
        7  its      =     PRON/PRP$ poss     8 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
        8  forces   force NOUN/NNS  dobj     6 Number=Plur
        9  from     =     ADP/IN    prep     6 _
        10 Kuwait   =     PROPN/NNP pobj     9 Number=Sing                                            B-GPE
        11 .        =     PUNCT/.   punct    3 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("REQUEST", "yield")]
    assert [a.country for a in events[0].target] == ["IRQ"]


def test_walk_off_the_job_is_a_strike(extract):
    """ "Walked off the job": a strike."""
    events, _ = extract(
        "en",
        "Dock workers walked off the job on Monday.",
        """
        0 Dock    =      PROPN/NNP compound 1 Number=Sing
        1 workers worker NOUN/NNS  nsubj    2 Number=Plur
        2 walked  walk   VERB/VBD  ROOT     2 Tense=Past|VerbForm=Fin
        3 off     =      ADP/IN    prep     2 _
        4 the     =      DET/DT    det      5 Definite=Def|PronType=Art
        5 job     =      NOUN/NN   pobj     3 Number=Sing
        6 on      =      ADP/IN    prep     2 _
        7 Monday  =      PROPN/NNP pobj     6 Number=Sing               B-DATE
        8 .       =      PUNCT/.   punct    2 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "strike")]


def test_strike_of_some_hours_is_a_strike(extract):
    """ "Went on a 24-hour strike": the duration does not hide the fixed words."""
    events, _ = extract(
        "en",
        "Dock workers went on a 24-hour strike on Monday.",
        """
        0  Dock    =      PROPN/NNP  compound 1 Number=Sing
        1  workers worker NOUN/NNS   nsubj    2 Number=Plur
        2  went    go     VERB/VBD   ROOT     2 Tense=Past|VerbForm=Fin
        3  on      =      ADP/IN     prep     2 _
        4  a       =      DET/DT     det      8 Definite=Ind|PronType=Art
        5  24      =      NUM/CD     nummod   7 NumType=Card              B-TIME
        6  -       =      PUNCT/HYPH punct    7 PunctType=Dash            I-TIME
        7  hour    =      NOUN/NN    compound 8 Number=Sing               I-TIME
        8  strike  =      NOUN/NN    pobj     3 Number=Sing
        9  on      =      ADP/IN     prep     2 _
        10 Monday  =      PROPN/NNP  pobj     9 Number=Sing               B-DATE
        11 .       =      PUNCT/.    punct    2 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "strike")]


def test_grinding_to_a_halt_halts_nothing(extract):
    """ "Transport grinds to halt as unions strike": a standstill; the strike is the event."""
    events, _ = extract(
        "en",
        "Paris transport grinds to halt as unions strike over pensions",
        """
        0 Paris     =       PROPN/NNP compound 1 Number=Sing                                  B-GPE
        1 transport =       NOUN/NN   nsubj    2 Number=Sing
        2 grinds    grind   VERB/VBZ  ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 to        =       PART/TO   aux      4 _
        4 halt      =       VERB/VB   xcomp    2 VerbForm=Inf
        5 as        =       SCONJ/IN  mark     7 _
        6 unions    union   NOUN/NNS  nsubj    7 Number=Plur
        7 strike    =       VERB/VBP  advcl    4 Tense=Pres|VerbForm=Fin
        8 over      =       ADP/RP    prt      7 _
        9 pensions  pension NOUN/NNS  pobj     8 Number=Plur
        """,
    )
    assert _types(events) == ["PROTEST"]


def test_fighting_a_disease_is_no_assault(extract):
    """ "Doctors arrive to fight coronavirus": no violence."""
    events, _ = extract(
        "en",
        "Cuban doctors arrive in Italy to fight coronavirus",
        """
        0 Cuban       cuban  ADJ/JJ    amod  1 Degree=Pos              B-NORP
        1 doctors     doctor NOUN/NNS  nsubj 2 Number=Plur
        2 arrive      =      VERB/VBP  ROOT  2 Tense=Pres|VerbForm=Fin
        3 in          =      ADP/IN    prep  2 _
        4 Italy       =      PROPN/NNP pobj  3 Number=Sing             B-GPE
        5 to          =      PART/TO   aux   6 _
        6 fight       =      VERB/VB   advcl 2 VerbForm=Inf
        7 coronavirus =      NOUN/NN   dobj  6 Number=Sing
        """,
    )
    assert "ASSAULT" not in _types(events)


def test_fixed_object_with_modifiers(extract):
    """ "Shoots down opposition electoral reform bill": the fixed noun heads the object."""
    events, _ = extract(
        "en",
        "Malaysian government shoots down opposition electoral reform bill",
        """
        0 Malaysian  malaysian ADJ/JJ   amod     1 Degree=Pos                                   B-NORP
        1 government =         NOUN/NN  nsubj    2 Number=Sing
        2 shoots     shoot     VERB/VBZ ROOT     2 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        3 down       =         ADP/RP   prt      2 _
        4 opposition =         NOUN/NN  nmod     7 Number=Sing
        5 electoral  =         ADJ/JJ   amod     6 Degree=Pos
        6 reform     =         NOUN/NN  compound 7 Number=Sing
        7 bill       =         NOUN/NN  dobj     2 Number=Sing
        """,
    )
    assert _types(events) == ["REJECT"]


def test_on_hunger_strike_names_who_strikes(extract):
    """ "A jailed blogger has been on hunger strike": the subject of "be on" strikes."""
    events, _ = extract(
        "en",
        "A jailed blogger has been on hunger strike for 40 days.",
        """
        0  A       a    DET/DT   det      2  Definite=Ind|PronType=Art
        1  jailed  jail VERB/VBN amod     2  Aspect=Perf|Tense=Past|VerbForm=Part
        2  blogger =    NOUN/NN  nsubj    4  Number=Sing
        3  has     have AUX/VBZ  aux      4  Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        4  been    be   AUX/VBN  ROOT     4  Tense=Past|VerbForm=Part
        5  on      =    ADP/IN   prep     4  _
        6  hunger  =    NOUN/NN  compound 7  Number=Sing
        7  strike  =    NOUN/NN  pobj     5  Number=Sing
        8  for     =    ADP/IN   prep     4  _
        9  40      =    NUM/CD   nummod   10 NumType=Card                                          B-DATE
        10 days    day  NOUN/NNS pobj     8  Number=Plur                                           I-DATE
        11 .       =    PUNCT/.  punct    4  PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "hunger")]
    assert events[0].source


def test_proposal_for_talks_is_a_request(extract):
    """ "Seoul's proposal for talks": a request by Seoul."""
    events, _ = extract(
        "en",
        "Pyongyang has not responded to Seoul's proposal for talks.",
        """
        0  Pyongyang =       PROPN/NNP nsubj 3 Number=Sing                                           B-GPE
        1  has       have    AUX/VBZ   aux   3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2  not       =       PART/RB   neg   3 Polarity=Neg
        3  responded respond VERB/VBN  ROOT  3 Aspect=Perf|Tense=Past|VerbForm=Part
        4  to        =       ADP/IN    prep  3 _
        5  Seoul     =       PROPN/NNP poss  7 Number=Sing                                           B-GPE
        6  's        =       PART/POS  case  5 _
        7  proposal  =       NOUN/NN   pobj  4 Number=Sing
        8  for       =       ADP/IN    prep  7 _
        9  talks     talk    NOUN/NNS  pobj  8 Number=Plur
        10 .         =       PUNCT/.   punct 3 PunctType=Peri
        """,
    )
    assert _types(events)[0] == "REQUEST"


def test_youths_setting_fire_riot(extract):
    """ "Youths set fire to cars": crowd violence, a riot."""
    events, _ = extract(
        "en",
        "Youths set fire to cars.",
        """
        0 Youths youth NOUN/NNS nsubj 1 Number=Plur
        1 set    =     VERB/VBD ROOT  1 Tense=Past|VerbForm=Fin
        2 fire   =     NOUN/NN  dobj  1 Number=Sing
        3 to     =     ADP/IN   prep  1 _
        4 cars   car   NOUN/NNS pobj  3 Number=Plur
        5 .      =     PUNCT/.  punct 1 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "riot")]


def test_workers_to_strike_in_a_headline(extract):
    """ "UK nurses to strike over pay": the tagger made "nurses" the verb; they strike."""
    events, _ = extract(
        "en",
        "UK nurses to strike over pay",
        """
        0 UK     =     PROPN/NNP compound 1 Number=Sing                                  B-GPE
        1 nurses nurse VERB/VBZ  ROOT     1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        2 to     =     PART/TO   aux      3 _
        3 strike =     VERB/VB   xcomp    1 VerbForm=Inf
        4 over   =     ADP/RP    prt      3 _
        5 pay    =     NOUN/NN   dobj     3 Number=Sing
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "strike")]


def test_guns_fall_silent_is_a_ceasefire(extract):
    """ "Guns fell silent": a ceasefire."""
    events, _ = extract(
        "en",
        "Guns fell silent across the region on Sunday.",
        """
        0 Guns   gun  NOUN/NNS  nsubj 1 Number=Plur
        1 fell   fall VERB/VBD  ROOT  1 Tense=Past|VerbForm=Fin
        2 silent =    ADJ/JJ    acomp 1 Degree=Pos
        3 across =    ADP/IN    prep  1 _
        4 the    =    DET/DT    det   5 Definite=Def|PronType=Art
        5 region =    NOUN/NN   pobj  3 Number=Sing
        6 on     =    ADP/IN    prep  1 _
        7 Sunday =    PROPN/NNP pobj  6 Number=Sing               B-DATE
        8 .      =    PUNCT/.   punct 1 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("RETREAT", "ceasefire")]


def test_weapons_beyond_use_is_disarmament(extract):
    """ "Put its weapons beyond use": disarmament."""
    events, _ = extract(
        "en",
        "The IRA put its weapons beyond use.",
        """
        0 The     the    DET/DT    det   1 Definite=Def|PronType=Art
        1 IRA     =      PROPN/NNP nsubj 2 Number=Sing                                            B-ORG
        2 put     =      VERB/VBD  ROOT  2 Tense=Past|VerbForm=Fin
        3 its     =      PRON/PRP$ poss  4 Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs
        4 weapons weapon NOUN/NNS  dobj  2 Number=Plur
        5 beyond  =      ADP/IN    prep  2 _
        6 use     =      NOUN/NN   pobj  5 Number=Sing
        7 .       =      PUNCT/.   punct 2 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("RETREAT", "disarm")]


def test_announced_boycott_is_decided(extract):
    """ "announced it would boycott the elections": a boycott decided, not a threat (a boycott "unless ..." or one
    merely said to be coming stays a threat)."""
    events, _ = extract(
        "en",
        "The opposition announced it would boycott the elections.",
        """
        0 The        the      DET/DT   det   1 Definite=Def|PronType=Art
        1 opposition =        NOUN/NN  nsubj 2 Number=Sing
        2 announced  announce VERB/VBD ROOT  2 Tense=Past|VerbForm=Fin
        3 it         =        PRON/PRP nsubj 5 Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs
        4 would      =        AUX/MD   aux   5 VerbForm=Fin
        5 boycott    =        VERB/VB  ccomp 2 VerbForm=Inf
        6 the        =        DET/DT   det   7 Definite=Def|PronType=Art
        7 elections  election NOUN/NNS dobj  5 Number=Plur
        8 .          =        PUNCT/.  punct 2 PunctType=Peri
        """,
    )
    assert [(e.event_type, e.mode, e.status) for e in events] == [("PROTEST", "boycott", "announced")]
    assert [a.text for a in events[0].source] == ["The opposition"]


def test_protesters_flooding_streets_demonstrate(extract):
    """ "Thousands of protesters flooded the streets": protesters moving in on a place are the demonstration,
    not a deployment (as "riot police flood the streets" would be)."""
    events, _ = extract(
        "en",
        "Thousands of protesters flooded the streets of Minsk.",
        """
        0 Thousands  thousand  NOUN/NNS  nsubj 3 Number=Plur               B-CARDINAL
        1 of         =         ADP/IN    prep  0 _                         _
        2 protesters protester NOUN/NNS  pobj  1 Number=Plur               _
        3 flooded    flood     VERB/VBD  ROOT  3 Tense=Past|VerbForm=Fin   _
        4 the        =         DET/DT    det   5 Definite=Def|PronType=Art _
        5 streets    street    NOUN/NNS  dobj  3 Number=Plur               _
        6 of         =         ADP/IN    prep  5 _                         _
        7 Minsk      =         PROPN/NNP pobj  6 Number=Sing               B-GPE
        8 .          =         PUNCT/.   punct 3 PunctType=Peri            _
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("PROTEST", "demo")]
