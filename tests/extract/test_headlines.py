"""English headlines whose verb the tagger read as a noun: the verb is found from word order, the words before it
act and the noun phrase after it undergoes; a noun stack whose words do not agree as subject and verb is left
alone."""

from __future__ import annotations

from docs import build

from vigie.extract.headline import headline


def _summary(events):
    return [(e.event_type, [a.text for a in e.source], [a.text for a in e.target]) for e in events]


def test_verb_tagged_as_plural_noun(extract):
    """ "Blinken phones Saudi crown prince": a name the tagger took for a verb acts, the prince is called."""
    events, _ = extract(
        "en",
        "Blinken phones Saudi crown prince over Yemen truce",
        """
        0 Blinken =     VERB/VBN  amod     1 Aspect=Perf|Tense=Past|VerbForm=Part B-GPE
        1 phones  phone NOUN/NNS  ROOT     1 Number=Plur                          _
        2 Saudi   saudi ADJ/JJ    amod     4 Degree=Pos                           B-NORP
        3 crown   =     NOUN/NN   compound 4 Number=Sing                          _
        4 prince  =     NOUN/NN   appos    1 Number=Sing                          _
        5 over    =     ADP/IN    prep     4 _                                    _
        6 Yemen   =     PROPN/NNP compound 7 Number=Sing                          B-GPE
        7 truce   =     NOUN/NN   pobj     5 Number=Sing                          _
        """,
    )
    assert _summary(events) == [("CONSULT", ["Blinken"], ["Saudi crown prince"])]
    assert events[0].mode == "phone"


def test_parsed_verb_after_headline_verb_is_its_object(extract):
    """ "Tehran snubs call for talks": the parse's verb "call" is what is refused, no phone call."""
    events, _ = extract(
        "en",
        "Tehran snubs call for nuclear talks",
        """
        0 Tehran  tehran NOUN/NN  compound 1 Number=Sing             B-GPE
        1 snubs   snub   NOUN/NNS nsubj    2 Number=Plur             _
        2 call    =      VERB/VBP ROOT     2 Tense=Pres|VerbForm=Fin _
        3 for     =      ADP/IN   prep     2 _                       _
        4 nuclear =      ADJ/JJ   amod     5 Degree=Pos              _
        5 talks   talk   NOUN/NNS pobj     3 Number=Plur             _
        """,
    )
    assert _summary(events) == [("REJECT", ["Tehran"], [])]


def test_coordinated_subject_signs_a_deal(extract):
    """ "Ethiopia and Eritrea sign deal ending ... war": both sign, and a deal ending a war is an agreement."""
    events, _ = extract(
        "en",
        "Ethiopia and Eritrea sign deal ending two-year border war",
        """
        0  Ethiopia =   PROPN/NNP  nmod     4  Number=Sing                          B-GPE
        1  and      =   CCONJ/CC   cc       0  ConjType=Cmp                         _
        2  Eritrea  =   PROPN/NNP  conj     0  Number=Sing                          B-GPE
        3  sign     =   NOUN/NN    compound 4  Number=Sing                          _
        4  deal     =   NOUN/NN    ROOT     4  Number=Sing                          _
        5  ending   end VERB/VBG   acl      4  Aspect=Prog|Tense=Pres|VerbForm=Part _
        6  two      =   NUM/CD     nummod   8  NumType=Card                         B-DATE
        7  -        =   PUNCT/HYPH punct    8  PunctType=Dash                       I-DATE
        8  year     =   NOUN/NN    compound 10 Number=Sing                          I-DATE
        9  border   =   NOUN/NN    compound 10 Number=Sing                          _
        10 war      =   NOUN/NN    dobj     5  Number=Sing                          _
        """,
    )
    top = max(events, key=lambda e: e.confidence)
    assert top.event_type == "AGREE"
    assert [a.country for a in top.source] == ["ETH", "ERI"]


def test_third_person_verb_before_parsed_root(extract):
    """ "Korean rail union rejects pay offer as talks collapse": the union rejects the offer."""
    events, _ = extract(
        "en",
        "Korean rail union rejects pay offer as talks collapse",
        """
        0 Korean   korean ADJ/JJ   amod     2 Degree=Pos              B-NORP
        1 rail     =      NOUN/NN  compound 2 Number=Sing             _
        2 union    =      NOUN/NN  compound 3 Number=Sing             _
        3 rejects  reject NOUN/NNS nsubj    8 Number=Plur             _
        4 pay      =      VERB/VBP compound 5 Tense=Pres|VerbForm=Fin _
        5 offer    =      NOUN/NN  dobj     3 Number=Sing             _
        6 as       =      ADP/IN   prep     3 _                       _
        7 talks    talk   NOUN/NNS pobj     6 Number=Plur             _
        8 collapse =      VERB/VBP ROOT     8 Tense=Pres|VerbForm=Fin _
        """,
    )
    reject = [e for e in events if e.event_type == "REJECT"]
    assert [[a.text for a in e.source] for e in reject] == [["Korean rail union"]]


def test_noun_stack_is_no_clause(extract):
    """ "Rail strike talks collapse": "strike" after a singular noun does not agree as a verb, so no attack."""
    events, _ = extract(
        "en",
        "Rail strike talks collapse",
        """
        0 Rail     rail NOUN/NN  compound 1 Number=Sing _
        1 strike   =    NOUN/NN  compound 2 Number=Sing _
        2 talks    talk NOUN/NNS nsubj    3 Number=Plur _
        3 collapse =    NOUN/NN  ROOT     3 Number=Sing _
        """,
    )
    assert "ASSAULT" not in [e.event_type for e in events]


def test_title_has_no_closing_punctuation():
    """Only a sentence without closing punctuation is read as a headline."""
    table = """
        0 Rebels rebel NOUN/NNS nsubj 1 Number=Plur
        1 attack =     VERB/VBP ROOT  1 Tense=Pres|VerbForm=Fin
    """
    assert headline(next(build("en", "Rebels attack", table).sents))
    prose = table + "    2 .      =     PUNCT/.  punct 1 PunctType=Peri\n"
    assert not headline(next(build("en", "Rebels attack.", prose).sents))


def test_plural_name_tagged_otherwise_still_agrees(extract):
    """ "Houthis vow to hit US warships": a plural name the tagger made an interjection is the subject, and a
    vow to strike is a threat."""
    events, _ = extract(
        "en",
        "Houthis vow to hit US warships if bombing continues",
        """
        0 Houthis   houthis  INTJ/UH   intj     1 _                                            B-PERSON
        1 vow       =        NOUN/NN   ROOT     1 Number=Sing                                  _
        2 to        =        PART/TO   aux      3 _                                            _
        3 hit       =        VERB/VB   acl      1 VerbForm=Inf                                 _
        4 US        =        PROPN/NNP compound 5 Number=Sing                                  B-GPE
        5 warships  warship  NOUN/NNS  dobj     3 Number=Plur                                  _
        6 if        =        SCONJ/IN  mark     8 _                                            _
        7 bombing   =        NOUN/NN   nsubj    8 Number=Sing                                  _
        8 continues continue VERB/VBZ  advcl    3 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        """,
    )
    top = max(events, key=lambda e: e.confidence)
    assert (top.event_type, [a.text for a in top.source]) == ("THREATEN", ["Houthis"])


def test_headline_traveller_comes_for_talks(extract):
    """ "Blinken lands in Riyadh for talks": the verb of travel the tagger made a noun still carries who comes
    to talk."""
    events, _ = extract(
        "en",
        "Blinken lands in Riyadh for talks",
        """
        0 Blinken =    VERB/VBN  nsubj 1 Aspect=Perf|Tense=Past|VerbForm=Part B-PERSON
        1 lands   land NOUN/NNS  ROOT  1 Number=Plur                          _
        2 in      =    ADP/IN    prep  1 _                                    _
        3 Riyadh  =    PROPN/NNP pobj  2 Number=Sing                          B-GPE
        4 for     =    ADP/IN    prep  1 _                                    _
        5 talks   talk NOUN/NNS  pobj  4 Number=Plur                          _
        """,
    )
    assert _summary(events) == [("CONSULT", ["Blinken"], [])]


def test_envoy_withdrawn_is_a_sanction(extract):
    """ "Argentina withdraws ambassador": calling an envoy home is a diplomatic sanction, not a troop pull-out."""
    events, _ = extract(
        "en",
        "Argentina withdraws ambassador from Madrid",
        """
        0 Argentina  =        PROPN/NNP nsubj 1 Number=Sing                                  B-GPE
        1 withdraws  withdraw VERB/VBZ  ROOT  1 Number=Sing|Person=3|Tense=Pres|VerbForm=Fin _
        2 ambassador =        NOUN/NN   dobj  1 Number=Sing                                  _
        3 from       =        ADP/IN    prep  2 _                                            _
        4 Madrid     =        PROPN/NNP pobj  3 Number=Sing                                  B-GPE
        """,
    )
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "withdraw")]


def test_headline_to_is_future(extract):
    """ "Lula to make first state visit": headline "to" + verb announces what will happen, done by the
    headline's subject."""
    events, _ = extract(
        "en",
        "Lula to make first state visit to Vietnam",
        """
        0 Lula    lula NOUN/NN   ROOT     0 Number=Sing  _
        1 to      =    PART/TO   aux      2 _            _
        2 make    =    VERB/VB   advcl    0 VerbForm=Inf _
        3 first   =    ADJ/JJ    amod     5 Degree=Pos   B-ORDINAL
        4 state   =    NOUN/NN   compound 5 Number=Sing  _
        5 visit   =    NOUN/NN   dobj     2 Number=Sing  _
        6 to      =    ADP/IN    prep     5 _            _
        7 Vietnam =    PROPN/NNP pobj     6 Number=Sing  B-GPE
        """,
    )
    assert [(e.event_type, e.status, [a.text for a in e.source]) for e in events] == [
        ("CONSULT", "announced", ["Lula"])
    ]


def test_french_title_verb_tagged_as_adjective(extract):
    """ "Niger : la junte ferme la porte à une médiation": after the kicker, the subject, the verb the tagger made
    an adjective, then its object; the mediation is what is refused, not a meeting held."""
    events, _ = extract(
        "fr",
        "Niger : la junte ferme la porte à une médiation",
        """
        0 Niger     =  PROPN ROOT      0 Gender=Masc|Number=Sing                          B-LOC
        1 :         =  PUNCT punct     0 _                                                _
        2 la        le DET   det       3 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        3 junte     =  NOUN  nsubj     6 Gender=Fem|Number=Sing                           _
        4 ferme     =  ADJ   amod      3 Number=Sing                                      _
        5 la        le DET   obj       6 Definite=Def|Gender=Fem|Number=Sing|PronType=Art _
        6 porte     =  NOUN  parataxis 0 Gender=Fem|Number=Sing                           _
        7 à         =  ADP   case      9 _                                                _
        8 une       un DET   det       9 Definite=Ind|Gender=Fem|Number=Sing|PronType=Art _
        9 médiation =  NOUN  obl:arg   6 Gender=Fem|Number=Sing                           _
        """,
    )
    assert _summary(events) == [("REJECT", ["junte"], [])]


def test_french_title_verb_tagged_as_noun(extract):
    """ "Haïti : le Kenya livre des blindés à la police": "livre" is the verb "livrer", Kenya delivers."""
    events, _ = extract(
        "fr",
        "Haïti : le Kenya livre des blindés à la police",
        """
        0 Haïti   =      PROPN ROOT  0 Gender=Fem|Number=Sing                            B-LOC
        1 :       =      PUNCT punct 0 _                                                 _
        2 le      =      DET   det   3 Definite=Def|Gender=Masc|Number=Sing|PronType=Art _
        3 Kenya   =      PROPN nmod  0 Gender=Masc|Number=Sing                           B-LOC
        4 livre   =      NOUN  nmod  3 Number=Sing                                       _
        5 des     de     ADP   case  6 Definite=Def|Number=Plur|PronType=Art             _
        6 blindés blindé NOUN  nmod  4 Gender=Masc|Number=Plur                           _
        7 à       =      ADP   case  9 _                                                 _
        8 la      le     DET   det   9 Definite=Def|Gender=Fem|Number=Sing|PronType=Art  _
        9 police  =      NOUN  nmod  3 Gender=Fem|Number=Sing                            _
        """,
    )
    assert [(e.event_type, [a.text for a in e.source]) for e in events] == [("AID", ["Kenya"])]
