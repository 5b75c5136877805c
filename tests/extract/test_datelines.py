"""A wire dateline opening an article is no part of its first clause's actors."""

from __future__ import annotations

import pytest
from docs import build

from vigie.extract.syntax import DATELINE, dateline_end, nominal_span, subjects

# the parse the English model gives: the place hangs on the subject, the agency on the place
TEXT = "BERLIN, Dec 9 (Reuters) - Germany pledged aid."
TABLE = """
0 BERLIN = PROPN/NNP nmod 8
1 , = PUNCT/, punct 0
2 Dec = PROPN/NNP nmod 5
3 9 = NUM/CD nummod 2
4 ( = PUNCT/-LRB- punct 5
5 Reuters = PROPN/NNP prep 1
6 ) = PUNCT/-RRB- punct 5
7 - = PUNCT/: punct 0
8 Germany = PROPN/NNP nsubj 9
9 pledged pledge VERB/VBD ROOT 9
10 aid = NOUN/NN dobj 9
11 . = PUNCT/. punct 9
"""

# the parser may also take the place for a second subject of the verb
TEXT2 = "OUAGADOUGOU (Reuters) - The rulers said it."
TABLE2 = """
0 OUAGADOUGOU = PROPN/NNP nsubj 6
1 ( = PUNCT/-LRB- punct 2
2 Reuters = PROPN/NNP appos 0
3 ) = PUNCT/-RRB- punct 2
4 - = PUNCT/: punct 2
5 The the DET/DT det 6
6 rulers ruler NOUN/NNS nsubj 7
7 said say VERB/VBD ROOT 7
8 it = PRON/PRP dobj 7
9 . = PUNCT/. punct 7
"""


def test_the_subject_phrase_starts_after_the_dateline():
    doc = build("en", TEXT, TABLE)
    assert dateline_end(doc) == 8
    assert nominal_span(doc[8]).text == "Germany"


def test_a_dateline_place_is_never_a_subject():
    doc = build("en", TEXT2, TABLE2)
    assert [t.text for t in subjects(doc[7])] == ["rulers"]


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("KHARTOUM, May 3 (Reuters) - The army said", "KHARTOUM, May 3 (Reuters) - "),
        ("BAMAKO (AFP) — La junte a", "BAMAKO (AFP) — "),
        ("Paris, 3 mars (AFP) - Le gouvernement", "Paris, 3 mars (AFP) - "),
        ("Sudan army retakes Omdurman\nKHARTOUM, May 3 - The army said", "\nKHARTOUM, May 3 - "),
        ("NATO - Russia council meets", None),  # a headline's names, not a dateline
        ("EXCLUSIVE-Sudan army retakes town", None),
        ("Mali : la junte dissout les partis", None),
    ],
)
def test_datelines(text, dateline):
    m = DATELINE.search(text)
    assert (m.group(0) if m else None) == dateline


def test_no_dateline_leaves_the_phrase_whole():
    doc = build(
        "en",
        "Germany pledged aid.",
        "0 Germany = PROPN/NNP nsubj 1\n1 pledged pledge VERB/VBD ROOT 1\n2 aid = NOUN/NN dobj 1\n3 . = PUNCT/. punct 1",
    )
    assert dateline_end(doc) == 0 and [t.text for t in subjects(doc[1])] == ["Germany"]
