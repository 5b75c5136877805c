"""Counts: digits, number words and vague quantities in French and English."""

from __future__ import annotations

import dataclasses

import pytest

from vigie.resolve.numbers import Count, find_counts, parse_count

NBSP, NNBSP = "\u00a0", "\u202f"


def found(text: str, lang: str, include_articles: bool = False) -> list[tuple[str, int, bool]]:
    return [(c.text, c.value, c.approximate) for _, _, c in find_counts(text, lang, include_articles)]


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("5 200", 5200, False),
        (f"5{NBSP}200", 5200, False),
        (f"5{NNBSP}200", 5200, False),
        ("1 000 000", 1_000_000, False),
        ("5.200", 5200, False),
        ("2500", 2500, False),
        ("2,500", 2500, False),
        ("1,5 million", 1_500_000, False),
        ("3 millions", 3_000_000, False),
        ("2,5 milliards", 2_500_000_000, False),
        ("deux", 2, False),
        ("vingt-trois", 23, False),
        ("vingt et un", 21, False),
        ("quatre-vingt-dix", 90, False),
        ("cinq mille deux cents", 5200, False),
        ("deux millions", 2_000_000, False),
        ("un", 1, False),
        ("une", 1, False),
        ("zéro", 0, False),
        ("une dizaine", 10, True),
        ("une douzaine", 12, True),
        ("une quinzaine", 15, True),
        ("une vingtaine", 20, True),
        ("une cinquantaine", 50, True),
        ("une centaine", 100, True),
        ("un millier", 1000, True),
        ("deux dizaines", 20, True),
        ("des dizaines", 12, True),
        ("plusieurs dizaines", 12, True),
        ("des centaines", 100, True),
        ("plusieurs centaines", 100, True),
        ("des milliers", 1000, True),
        ("des dizaines de milliers", 10_000, True),
        ("des centaines de milliers", 100_000, True),
        ("des millions", 1_000_000, True),
        ("au moins 20", 20, True),
        ("plus de 300", 300, True),
        ("près de 300", 300, True),
        ("près d'une centaine", 100, True),
        ("environ 300", 300, True),
        ("d'environ 5 200", 5200, True),
        ("quelque 300", 300, True),
        ("jusqu'à 2 000", 2000, True),
        ("300 environ", 300, True),
        ("plus d’un", 1, True),
        ("entre 20 et 30", 20, True),
        ("20 à 30", 20, True),
        ("20-30", 20, True),
        ("deux ou trois", 2, True),
    ],
)
def test_parse_count_fr(text: str, value: int, approximate: bool) -> None:
    assert parse_count(text, "fr") == Count(value, approximate, text)


@pytest.mark.parametrize(
    ("text", "value", "approximate"),
    [
        ("2,500", 2500, False),
        ("2500", 2500, False),
        ("5 200", 5200, False),
        ("1,000,000", 1_000_000, False),
        ("2.5 million", 2_500_000, False),
        ("5 million", 5_000_000, False),
        ("three", 3, False),
        ("twenty-one", 21, False),
        ("two hundred and fifty", 250, False),
        ("a hundred", 100, False),
        ("one thousand five hundred", 1500, False),
        ("one", 1, False),
        ("a", 1, False),
        ("an", 1, False),
        ("a dozen", 12, True),
        ("two dozen", 24, True),
        ("dozens", 12, True),
        ("about ten", 10, True),
        ("hundreds", 100, True),
        ("several hundred", 100, True),
        ("thousands", 1000, True),
        ("a few thousand", 1000, True),
        ("tens of thousands", 10_000, True),
        ("hundreds of thousands", 100_000, True),
        ("millions", 1_000_000, True),
        ("a couple of", 2, True),
        ("at least 20", 20, True),
        ("more than 300", 300, True),
        ("nearly 300", 300, True),
        ("around 300", 300, True),
        ("about 300", 300, True),
        ("some 300", 300, True),
        ("an estimated 5,000", 5000, True),
        ("up to 40", 40, True),
        ("300 or so", 300, True),
        ("300-odd", 300, True),
        ("between 20 and 30", 20, True),
        ("20 to 30", 20, True),
        ("two or three", 2, True),
    ],
)
def test_parse_count_en(text: str, value: int, approximate: bool) -> None:
    assert parse_count(text, "en") == Count(value, approximate, text)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("plusieurs", "fr"),
        ("quelques", "fr"),
        ("de nombreux", "fr"),
        ("aucun", "fr"),
        ("chacun", "fr"),
        ("un peu", "fr"),
        ("20 %", "fr"),
        ("vingt pour cent", "fr"),
        ("le 3e bataillon", "fr"),
        ("1er", "fr"),
        ("14h30", "fr"),
        ("2,5 km", "fr"),
        ("remis à neuf, tout neuf", "fr"),
        ("several", "en"),
        ("many", "en"),
        ("some", "en"),
        ("a few", "en"),
        ("a lot of", "en"),
        ("a number of", "en"),
        ("no one was hurt", "en"),
        ("one another", "en"),
        ("20%", "en"),
        ("20 percent", "en"),
        ("the 3rd battalion", "en"),
        ("10:30", "en"),
        ("F-16", "en"),
        ("COVID-19", "en"),
        ("test scores", "en"),
        ("they may attack", "en"),
    ],
)
def test_no_count(text: str, lang: str) -> None:
    assert parse_count(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "deux soldats américains et un soldat britannique",
            "fr",
            [("deux", 2, False), ("un", 1, False)],
        ),
        (
            "two American soldiers and one British soldier",
            "en",
            [("two", 2, False), ("one", 1, False)],
        ),
        ("un soldat et une infirmière", "fr", [("un", 1, False), ("une", 1, False)]),
        ("a soldier and an officer", "en", [("a", 1, False), ("an", 1, False)]),
    ],
)
def test_coordinated_counts(text: str, lang: str, expected: list[tuple[str, int, bool]]) -> None:
    assert found(text, lang, include_articles=True) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("deux soldats américains et un soldat britannique", "fr", [("deux", 2, False)]),
        ("L'un de ses dirigeants et une centaine de civils", "fr", [("une centaine", 100, True)]),
        ("a soldier and an estimated 5,000 civilians", "en", [("an estimated 5,000", 5000, True)]),
        ("one soldier and a civilian", "en", [("one", 1, False)]),
    ],
)
def test_articles_only_on_request(text: str, lang: str, expected: list[tuple[str, int, bool]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Le bilan s'élève à au moins 12 morts et 20 blessés.",
            "fr",
            [("au moins 12", 12, True), ("20", 20, False)],
        ),
        (
            "réduit d'environ 5 200 à 3 000 soldats",
            "fr",
            [("d'environ 5 200", 5200, True), ("3 000", 3000, False)],
        ),
        (
            "Le 3 mars, 12 morts; trois jours plus tard, 4 blessés.",
            "fr",
            [("12", 12, False), ("4", 4, False)],
        ),
        ("Il y a trois jours, des milliers de manifestants.", "fr", [("des milliers", 1000, True)]),
        ("les manifestations de 2011 en Syrie", "fr", []),
        ("il y avait 2000 soldats", "fr", [("2000", 2000, False)]),
        ("aucun mort, chacun des blessés", "fr", []),
        ("neuf soldats dans un véhicule flambant neuf", "fr", [("neuf", 9, False)]),
        ("On May 3, 2021, 12 people died.", "en", [("12", 12, False)]),
        (
            "In 2014 dozens were killed and hundreds wounded.",
            "en",
            [("dozens", 12, True), ("hundreds", 100, True)],
        ),
        ("1,230 words, scores of people", "en", [("1,230", 1230, False), ("scores", 20, True)]),
        ("CC BY-NC-SA 2.0", "en", []),
    ],
)
def test_find_counts_in_sentences(text: str, lang: str, expected: list[tuple[str, int, bool]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("un groupe de 300 personnes", "fr", 300),
        ("un soldat", "fr", 1),
        ("a group of 300 people", "en", 300),
        ("an officer", "en", 1),
    ],
)
def test_parse_count_prefers_numbers_to_articles(text: str, lang: str, value: int) -> None:
    count = parse_count(text, lang)
    assert count is not None and count.value == value


def test_offsets_point_into_the_original_text() -> None:
    text = f"Près d’une centaine de blessés, 5{NNBSP}200 manifestants et vingt-trois morts."
    spans = find_counts(text, "fr")
    assert [text[s:e] for s, e, _ in spans] == [c.text for _, _, c in spans]
    assert [c.value for _, _, c in spans] == [100, 5200, 23]


def test_count_is_frozen_and_slotted() -> None:
    count = Count(3, False, "trois")
    with pytest.raises(dataclasses.FrozenInstanceError):
        count.value = 4  # type: ignore[misc]
    assert not hasattr(count, "__dict__")


def test_unsupported_language() -> None:
    with pytest.raises(ValueError):
        find_counts("drei", "de")
