"""Counts in French and English news: digits, number words and vague quantities, flagged when approximate.

Vague quantities take the lowest plausible figure, as ACLED does, with ``approximate=True``:

=============================================================  =========
expression                                                     value
=============================================================  =========
une dizaine, about ten                                         10
une douzaine, a dozen; two dozen                               12; 24
une quinzaine, une vingtaine ... une soixantaine; a score of   15, 20 ... 60; 20
une centaine; un millier                                       100; 1000
des / plusieurs / quelques dizaines, dozens                    12
scores of                                                      20
des centaines, hundreds, several hundred                       100
des milliers, thousands, a few thousand                        1000
des dizaines de milliers, tens of thousands                    10000
des centaines de milliers, hundreds of thousands               100000
des millions, millions                                         1000000
a couple of                                                    2
entre 20 et 30, 20 à 30, deux ou trois, between 20 and 30      lower bound
environ, près de, plus de, au moins, quelque, jusqu'à ...;
about, nearly, more than, at least, some, up to, or so ...     the number
=============================================================  =========

"plusieurs", "quelques", "several", "many", "some", "a few" alone give no count (too vague).
Numbers inside date expressions ("trois jours plus tard", "le 3 mars"), bare years ("de 2011 en
Syrie"), ordinals, times, decimals and percentages are not counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from .dates import find_dates, fold

__all__ = ["Count", "find_counts", "parse_count"]


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people or things as written; ``approximate`` when the text hedges or rounds."""

    value: int
    approximate: bool
    text: str


# ---------------------------------------------------------------- tables (folded text: lower case, no accents)

_B = r"(?<![\w-])"
_E = r"(?![\w-])"

SCALES: dict[str, dict[str, int]] = {
    "fr": {"mille": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9, "milliards": 10**9},
    "en": {"thousand": 1000, "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9},
}
NUMBER_WORDS: dict[str, tuple[str, ...]] = {
    "fr": (
        "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
        "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante",
        "cinquante", "soixante", "cent", "cents", "mille", "million", "millions", "milliard", "milliards",
    ),
    "en": (
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "million", "billion",
    ),
}  # fmt: skip
JOINERS = {"fr": r"(?:-et-|\s+et\s+|-|\s+)", "en": r"(?:\s+and\s+|-|\s+)"}
CONNECTOR_WORDS = {"fr": {"et"}, "en": {"and"}}
ARTICLES = {"fr": {"un", "une"}, "en": {"a", "an"}}
# Articles that start a vague phrase ("un peu", "a few"), not a count of one.
ARTICLE_NOT_COUNT = {
    "fr": re.compile(
        r"\s+(?:peu|certaine?|grand\s+nombre|nombre|poignee|partie|quart|tiers|demi|moitie|total|ensemble)\b"
    ),
    "en": re.compile(
        r"\s+(?:few|lot|lots|number|little|bit|handful|couple|total|majority|minority|series|range|variety"
        r"|quarter|half|third|fraction|percentage|great|good|dozen|score)\b"
    ),
}
# Approximate "-aine" nouns and other vague bases.
VAGUE_BASES: dict[str, dict[str, int]] = {
    "fr": {
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
        "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "million": 10**6,
        "milliard": 10**9,
    },
    "en": {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9},
}  # fmt: skip
# Quantifiers before a vague base: a number (multiplies) or a plural quantifier (lowest plausible value).
VAGUE_QUANTIFIERS: dict[str, dict[str, int | None]] = {
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "neuf": 9, "dix": 10, "des": None, "plusieurs": None, "quelques": None},
    "en": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "several": None, "a few": None, "few": None, "some": None,
           "many": None},
}  # fmt: skip
# Bases that a written number turns into an exact count ("deux millions", "two hundred").
EXACT_BASES = {"fr": {"million", "milliard"}, "en": {"hundred", "thousand", "million", "billion"}}
# "Des dizaines" is recorded as 12, like "dozens"; with "de milliers" the base stays 10.
PLURAL_DIZAINE = 12
EN_PLURALS: dict[str, int] = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 10**6,
                              "billions": 10**9, "tens": 10}  # fmt: skip
SCALE_PLURALS: dict[str, int] = {"milliers": 1000, "millions": 10**6, "milliards": 10**9, "thousands": 1000}
APPROXIMATORS_BEFORE: dict[str, tuple[str, ...]] = {
    "fr": (
        "environ", "d'environ", "a environ", "pres de", "pres d'", "plus de", "plus d'", "un peu plus de",
        "un peu plus d'", "bien plus de", "bien plus d'", "au moins", "quelque", "quelques", "jusqu'a",
        "moins de", "moins d'", "un peu moins de", "un peu moins d'", "pas moins de", "pas moins d'",
        "autour de", "autour d'", "approximativement", "a peu pres", "presque", "quasiment", "pratiquement",
        "au bas mot", "au minimum", "au maximum", "une estimation de", "estime a", "estimes a", "estimee a",
        "estimees a", "plus ou moins", "grosso modo",
    ),
    "en": (
        "about", "around", "approximately", "approx.", "roughly", "nearly", "almost", "some", "at least",
        "more than", "over", "up to", "fewer than", "less than", "as many as", "an estimated", "estimated",
        "close to", "upwards of", "just over", "just under", "well over", "no fewer than", "no less than",
        "at most", "in excess of", "under", "circa", "as few as", "an approximate",
    ),
}  # fmt: skip
APPROXIMATORS_AFTER: dict[str, tuple[str, ...]] = {
    "fr": ("environ", "au moins", "ou plus", "ou davantage", "au bas mot", "a peu pres"),
    "en": ("or so", "or more", "at least", "odd"),
}
RANGE_OPENERS = {"fr": ("entre",), "en": ("between", "from")}
RANGE_CONNECTORS = {"fr": ("a", "au", "ou", "-", "et"), "en": ("to", "or", "-", "and")}
# Connectors that only make a range after "entre"/"between" ("deux soldats et un civil" is two counts).
RANGE_CONNECTORS_NEED_OPENER = {"et", "and"}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _digits_pattern(lang: str) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w.,/:])(?<![a-z]-)(?P<num>\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*)"
        rf"(?:\s*(?P<scale>{_alternation(SCALES[lang])}))?(?![\w]|-(?!\d|odd\b)|[.,:/]\d|\s*[%°])"
    )


def _words_pattern(lang: str) -> re.Pattern[str]:
    word = _alternation(NUMBER_WORDS[lang])
    lead = r"(?:an?\s+(?=hundred|thousand|million|billion))?" if lang == "en" else ""
    return re.compile(rf"{_B}{lead}(?:{word})(?:{JOINERS[lang]}(?:{word}))*{_E}")


def _vague_pattern(lang: str) -> re.Pattern[str]:
    q = _alternation(VAGUE_QUANTIFIERS[lang])
    base = _alternation(VAGUE_BASES[lang])
    scale = _alternation(SCALE_PLURALS)
    of = r"(?:\s+(?:de\s+|d')|\s+of\s+)"
    return re.compile(rf"{_B}(?P<q>{q})\s+(?P<base>{base})s?(?:{of}(?P<scale>{scale}))?{_E}")


DIGITS = {lang: _digits_pattern(lang) for lang in ("fr", "en")}
WORDS = {lang: _words_pattern(lang) for lang in ("fr", "en")}
VAGUE = {lang: _vague_pattern(lang) for lang in ("fr", "en")}
EN_PLURAL = re.compile(
    rf"{_B}(?P<pl>{_alternation(EN_PLURALS)})(?:\s+of\s+(?P<scale>{_alternation(SCALE_PLURALS)}))?{_E}"
)
COUPLE = re.compile(rf"{_B}a\s+couple\s+of{_E}")
ARTICLE_EN = re.compile(rf"{_B}an?{_E}")
WORD_TOKEN = re.compile(r"[a-z]+")
PREFIX = {
    lang: re.compile(rf"(?<![\w-])(?:{_alternation(APPROXIMATORS_BEFORE[lang])})\s*\Z")
    for lang in ("fr", "en")
}
SUFFIX = {
    lang: re.compile(rf"(?:\s*-\s*|\s+)(?:{_alternation(APPROXIMATORS_AFTER[lang])}){_E}")
    for lang in ("fr", "en")
}
OPENER = {
    lang: re.compile(rf"(?<![\w-])(?:{_alternation(RANGE_OPENERS[lang])})\s+\Z") for lang in ("fr", "en")
}
CONNECTOR = {
    lang: re.compile(rf"\s*(?P<c>{'|'.join(re.escape(c) for c in RANGE_CONNECTORS[lang])})\s*")
    for lang in ("fr", "en")
}
PERCENT = re.compile(r"\s*(?:%|pour\s*cent|per\s*cent|percent)")
# "tout neuf", "remis à neuf" are "new"; "pour cent", "no one", "one another" are not counts.
NOT_A_NUMBER_BEFORE = {
    "fr": {
        "neuf": re.compile(r"(?<![\w-])(?:tout|flambant|a|du)\s+\Z"),
        "cent": re.compile(r"(?<![\w-])pour\s*\Z"),
    },
    "en": {"one": re.compile(r"(?<![\w-])(?:no|any|every)\s+\Z")},
}
NOT_A_NUMBER_AFTER = {"fr": {}, "en": {"one": re.compile(r"\s+another\b")}}
WINDOW = 40
MAX_NUMBER_WORDS = 16  # longest run of words one written number needs; bounds the splitting work
# A bare year-like number ("de 2011 en Syrie", "in 2011.") is a year unless a noun follows it.
YEAR_LIKE = re.compile(r"(?:19|20)\d\d")
AFTER_YEAR = re.compile(
    r"\s*(?:[^\w\s]|\Z|(?:en|in|et|and|de|du|des|of|a|au|aux|la|le|les|the|pour|for|on|sur|par|by|"
    r"avec|with|contre|against|qui|which|que|that|,)(?![\w-]))"
)


# ---------------------------------------------------------------- atoms


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: int
    approximate: bool
    article: bool = False


def _digits_value(num: str, scale: str | None, lang: str) -> int | None:
    """Read "5 200", "5.200", "2,500", "1,5 million", "2.5 million"; None when not a whole number."""
    num = num.replace(" ", "")
    if "." in num and "," in num:
        decimal_sep = "." if num.rfind(".") > num.rfind(",") else ","
        thousands = "," if decimal_sep == "." else "."
        num = num.replace(thousands, "").replace(decimal_sep, ".")
    elif "." in num or "," in num:
        sep = "." if "." in num else ","
        groups = num.split(sep)
        grouped = all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3
        if len(groups) > 2 and grouped:
            num = num.replace(sep, "")
        elif len(groups) > 2:
            return None
        elif grouped and (sep == "," if lang == "en" else not scale):
            num = num.replace(sep, "")
        elif scale:
            num = num.replace(sep, ".")
        else:
            return None  # "2.0", "3,5": a measure or a version, not a count
    try:
        value = Decimal(num) * (SCALES[lang][scale] if scale else 1)
    except InvalidOperation:
        return None
    return int(value) if value == value.to_integral_value() else None


def _text2num(words: str, lang: str) -> int | None:
    if words == "zero":
        return 0
    try:
        return int(text2num(words, lang))
    except ValueError:
        return None


def _word_atoms(m: re.Match[str], lang: str) -> list[_Atom]:
    """Split a run of number words into the longest sequences text2num reads ("trois et quatre" -> 3, 4)."""
    folded = m.string
    tokens = [(t.start() + m.start(), t.end() + m.start()) for t in WORD_TOKEN.finditer(m.group())]
    atoms, i = [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + MAX_NUMBER_WORDS), i, -1):
            first, last = folded[tokens[i][0] : tokens[i][1]], folded[tokens[j - 1][0] : tokens[j - 1][1]]
            if first in CONNECTOR_WORDS[lang] or last in CONNECTOR_WORDS[lang]:
                continue
            words = folded[tokens[i][0] : tokens[j - 1][1]]
            if lang == "en" and first in ARTICLES["en"]:
                if j - i == 1:
                    continue
                words = "one" + words[len(first) :]
            value = _text2num(words, lang)
            if value is not None:
                article = j - i == 1 and first in ARTICLES[lang]
                atoms.append(_Atom(tokens[i][0], tokens[j - 1][1], value, False, article))
                i = j
                break
        else:
            i += 1
    return atoms


def _vague_atom(m: re.Match[str], lang: str) -> _Atom | None:
    q, base, scale = m["q"], m["base"], m["scale"]
    multiplier = VAGUE_QUANTIFIERS[lang][" ".join(q.split())]
    if multiplier is not None and base in EXACT_BASES[lang]:
        return None
    base_value = VAGUE_BASES[lang][base]
    if multiplier is not None:
        value = multiplier * base_value
    elif base == "dizaine" and not scale:
        value = PLURAL_DIZAINE
    else:
        value = base_value
    if scale:
        value *= SCALE_PLURALS[scale]
    return _Atom(m.start(), m.end(), value, True)


def _plural_atom(m: re.Match[str]) -> _Atom | None:
    pl, scale = m["pl"], m["scale"]
    if pl == "tens" and not scale:
        return None
    if pl == "scores" and not re.match(r"\s+of\b", m.string[m.end() :]):
        return None
    value = EN_PLURALS[pl] * (SCALE_PLURALS[scale] if scale else 1)
    return _Atom(m.start(), m.end(), value, True)


def _longest_first(atoms: list[_Atom], size: int) -> list[_Atom]:
    """Keep the longest atoms that do not overlap a longer one, in text order."""
    taken = bytearray(size)
    chosen = []
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, a.start)):
        if not any(taken[atom.start : atom.end]):
            taken[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
            chosen.append(atom)
    return sorted(chosen, key=lambda a: a.start)


def _atoms(folded: str, lang: str) -> list[_Atom]:
    """Every number expression, longest first, non-overlapping, in text order."""
    found: list[_Atom] = []
    for m in DIGITS[lang].finditer(folded):
        value = _digits_value(m["num"], m["scale"], lang)
        if value is not None:
            found.append(_Atom(m.start(), m.end(), value, False))
    for m in WORDS[lang].finditer(folded):
        found.extend(_word_atoms(m, lang))
    for m in VAGUE[lang].finditer(folded):
        atom = _vague_atom(m, lang)
        if atom:
            found.append(atom)
    if lang == "en":
        for m in EN_PLURAL.finditer(folded):
            atom = _plural_atom(m)
            if atom:
                found.append(atom)
        found.extend(_Atom(m.start(), m.end(), 2, True) for m in COUPLE.finditer(folded))
        found.extend(_Atom(m.start(), m.end(), 1, False, True) for m in ARTICLE_EN.finditer(folded))
    return _longest_first(found, len(folded))


def _is_number(atom: _Atom, folded: str, lang: str) -> bool:
    """Drop percentages, bare years, "tout neuf", "no one", and articles that open a vague phrase."""
    if PERCENT.match(folded, atom.end):
        return False
    if YEAR_LIKE.fullmatch(folded, atom.start, atom.end) and AFTER_YEAR.match(folded, atom.end):
        return False
    word = folded[atom.start : atom.end]
    before = NOT_A_NUMBER_BEFORE[lang].get(word)
    if before and before.search(folded[max(0, atom.start - WINDOW) : atom.start]):
        return False
    after = NOT_A_NUMBER_AFTER[lang].get(word)
    if after and after.match(folded, atom.end):
        return False
    return not (atom.article and ARTICLE_NOT_COUNT[lang].match(folded, atom.end))


def _merge_ranges(atoms: list[_Atom], folded: str, lang: str) -> list[_Atom]:
    """ "20 à 30", "deux ou trois", "between 20 and 30" -> the lower bound, approximate."""
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = CONNECTOR[lang].fullmatch(folded, a.end, b.start)
            opener = OPENER[lang].search(folded[max(0, a.start - WINDOW) : a.start])
            if gap and b.value > a.value and (gap["c"] not in RANGE_CONNECTORS_NEED_OPENER or opener):
                start = a.start - len(opener.group()) if opener else a.start
                out.append(_Atom(start, b.end, a.value, True))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _hedge(atom: _Atom, folded: str, lang: str) -> _Atom:
    """Widen an atom over "environ", "about", "or so"... and mark it approximate."""
    prefix = PREFIX[lang].search(folded[max(0, atom.start - WINDOW) : atom.start])
    suffix = SUFFIX[lang].match(folded, atom.end)
    if not prefix and not suffix:
        return atom
    start = atom.start - len(prefix.group()) if prefix else atom.start
    end = suffix.end() if suffix else atom.end
    return _Atom(start, end, atom.value, True)


# ---------------------------------------------------------------- public API


def find_counts(text: str, lang: str, include_articles: bool = False) -> list[tuple[int, int, Count]]:
    """Quantity expressions as (start, end, Count), in text order; articles "un/une/a/an" only on request."""
    lang = (lang or "").lower()[:2]
    if lang not in DIGITS:
        raise ValueError(f"numbers: unsupported language {lang!r}")
    folded = fold(text)
    dates = [(d.start, d.end) for d in find_dates(text, lang)]
    atoms = [
        a
        for a in _atoms(folded, lang)
        if _is_number(a, folded, lang) and all(a.end <= s or a.start >= e for s, e in dates)
    ]
    hedged = []
    for atom in _merge_ranges(atoms, folded, lang):
        wide = _hedge(atom, folded, lang)
        if wide is not atom or not atom.article or include_articles:
            hedged.append(wide)
    # A hedge may swallow a neighbour ("an estimated 5,000"): the longer expression wins.
    kept = _longest_first(hedged, len(text))
    return [(a.start, a.end, Count(a.value, a.approximate, text[a.start : a.end])) for a in kept]


def parse_count(text: str, lang: str) -> Count | None:
    """The first count in a short expression ("5 200", "une dizaine", "about 300"), or None if too vague.

    An article counts as one only when the expression holds no other number ("un soldat" -> 1).
    """
    found = find_counts(text, lang) or find_counts(text, lang, include_articles=True)
    return found[0][2] if found else None
