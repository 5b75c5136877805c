"""Where and when an event is: a province named with its head noun, and dates that belong to other clauses."""

from __future__ import annotations


def test_a_province_named_with_its_head_noun_is_the_province(extract):
    """ "in Colombia's eastern Arauca province" is the province, not the town of the same name."""
    events, _ = extract(
        "en",
        "Gunmen attacked a police station in Colombia's eastern Arauca province.",
        """
        0   Gunmen    gunman    NOUN/NNS   nsubj      1   Number=Plur
        1   attacked  attack    VERB/VBD   ROOT       1   Tense=Past|VerbForm=Fin
        2   a         =         DET/DT     det        4   Definite=Ind|PronType=Art
        3   police    =         NOUN/NN    compound   4   Number=Sing
        4   station   =         NOUN/NN    dobj       1   Number=Sing
        5   in        =         ADP/IN     prep       1   _
        6   Colombia  =         PROPN/NNP  poss       10  Number=Sing B-GPE
        7   's        =         PART/POS   case       6   _
        8   eastern   =         ADJ/JJ     amod       10  Degree=Pos
        9   Arauca    =         PROPN/NNP  compound   10  Number=Sing B-GPE
        10  province  =         NOUN/NN    pobj       5   Number=Sing
        11  .         =         PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    place = events[0].location
    assert place is not None and place.country == "COL" and place.precision in ("admin1", "region")


def test_a_date_in_a_relative_clause_dates_that_clause(extract):
    """ "detained a presenter whose programme last Sunday criticised the army": the arrest is undated."""
    events, _ = extract(
        "en",
        "Police detained a presenter whose programme last Sunday criticised the army.",
        """
        0   Police      =          NOUN/NNS   nsubj      1   Number=Plur
        1   detained    detain     VERB/VBD   ROOT       1   Tense=Past|VerbForm=Fin
        2   a           =          DET/DT     det        3   Definite=Ind|PronType=Art
        3   presenter   =          NOUN/NN    dobj       1   Number=Sing
        4   whose       =          DET/WP$    poss       5   Poss=Yes
        5   programme   =          NOUN/NN    nsubj      8   Number=Sing
        6   last        =          ADJ/JJ     amod       7   Degree=Pos B-DATE
        7   Sunday      =          PROPN/NNP  npadvmod   8   Number=Sing I-DATE
        8   criticised  criticise  VERB/VBD   relcl      3   Tense=Past|VerbForm=Fin
        9   the         =          DET/DT     det        10  Definite=Def|PronType=Art
        10  army        =          NOUN/NN    dobj       8   Number=Sing
        11  .           =          PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    arrest = [e for e in events if e.event_type == "COERCE"]
    assert len(arrest) == 1 and arrest[0].date_text is None


def test_a_town_attacked_is_where_the_attack_happened(extract):
    """ "Gunmen attacked the town of Tame": the town is the target and the place."""
    events, _ = extract(
        "en",
        "Gunmen attacked the town of Tame overnight.",
        """
        0   Gunmen     gunman     NOUN/NNS   nsubj      1   Number=Plur
        1   attacked   attack     VERB/VBD   ROOT       1   Tense=Past|VerbForm=Fin
        2   the        =          DET/DT     det        3   Definite=Def|PronType=Art
        3   town       =          NOUN/NN    dobj       1   Number=Sing
        4   of         =          ADP/IN     prep       3   _
        5   Tame       =          PROPN/NNP  pobj       4   Number=Sing B-GPE
        6   overnight  =          ADV/RB     advmod     1   _
        7   .          =          PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    assert [e.event_type for e in events] == ["ASSAULT"]
    place = events[0].location
    assert place is not None and (place.name, place.country, place.precision) == ("Tame", "COL", "city")


def test_a_town_the_gazetteers_do_not_know_is_kept_by_name(extract):
    """ "in the coastal town of Cabaret": a place without coordinates or country, never a guess."""
    events, _ = extract(
        "en",
        "Gunmen killed 11 people in the coastal town of Cabaret overnight.",
        """
        0   Gunmen     gunman     NOUN/NNS   nsubj      1   Number=Plur
        1   killed     kill       VERB/VBD   ROOT       1   Tense=Past|VerbForm=Fin
        2   11         =          NUM/CD     nummod     3   NumType=Card B-CARDINAL
        3   people     =          NOUN/NNS   dobj       1   Number=Plur
        4   in         =          ADP/IN     prep       1   _
        5   the        =          DET/DT     det        7   Definite=Def|PronType=Art
        6   coastal    =          ADJ/JJ     amod       7   Degree=Pos
        7   town       =          NOUN/NN    pobj       4   Number=Sing
        8   of         =          ADP/IN     prep       7   _
        9   Cabaret    =          PROPN/NNP  pobj       8   Number=Sing
        10  overnight  =          ADV/RB     advmod     1   _ B-TIME
        11  .          =          PUNCT/.    punct      1   PunctType=Peri
        """,
    )
    assert [(e.event_type, e.dead) for e in events] == [("ASSAULT", 11)]
    place = events[0].location
    assert place is not None and place.name == "Cabaret"
    assert (place.country, place.lat, place.lon) == (None, None, None)
