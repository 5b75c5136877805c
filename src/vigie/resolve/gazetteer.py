"""Shared gazetteer helpers: lookup keys, tokens, alias indexes and the country table used by actors and places."""

from __future__ import annotations

import csv
import gettext
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

__all__ = [
    "ARTICLES",
    "DATA_DIR",
    "FUNCTION_WORDS",
    "AliasIndex",
    "Country",
    "CountryTable",
    "Hit",
    "Token",
    "add_length",
    "countries",
    "en_forms",
    "fold",
    "fr_forms",
    "norm",
    "read_rows",
    "split_list",
    "strip_articles",
    "tokenize",
    "words",
]

DATA_DIR = Path(__file__).with_name("data")
T = TypeVar("T")

_FOLD = str.maketrans(
    {
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'",
        "ʿ": "", "ʾ": "", "œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss", "ø": "o", "Ø": "O",
        "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ð": "d", "þ": "th",
    }
)  # fmt: skip
_W = (
    r"[\w\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"  # word chars and combining marks
)
_JOIN_DASH = re.compile(rf"(?<={_W})[-‐‑–—](?={_W})")
_TOKEN = re.compile(rf"{_W}+(?:['’ʼ.]{_W}+)*\.?|[^\w\s]")
_APOS = re.compile(r"([^'’ʼ]+)['’ʼ](.*)")
_ELISION = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu"})


def words(s: str) -> frozenset[str]:
    """The whitespace-separated words of `s` as a set (for readable word lists)."""
    return frozenset(s.split())


ARTICLES = frozenset({"le", "la", "les", "l'", "the", "des", "du", "de", "d'", "un", "une", "a", "an"})
# grammar words that open or link noun phrases (keys): never names, never gazetteer entries on their own
FUNCTION_WORDS = ARTICLES | words(
    """au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes tout tous toute toutes autre autres
    aucun chaque plusieurs certains certaines quelques nombreux nombreuses environ moins plus dont qui que et ou
    entre par pour sur sous dans en avec sans chez vers contre pres apres avant selon
    deux trois quatre cinq six sept huit neuf dix onze douze vingt cent cents mille dizaine dizaines centaine centaines
    millier milliers this that these those its their his her our your my other others all both each every any no some
    many several few of in on at by for with from to into against near about and or
    two three four five seven eight nine ten dozen dozens hundred hundreds thousand thousands"""
)


def fold(s: str) -> str:
    """Lower-case, accent-free form of `s` (NFKD, combining marks dropped, ligatures spelled out)."""
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    return "".join(ch for ch in s if not unicodedata.combining(ch)).translate(_FOLD).lower()


@dataclass(slots=True, frozen=True)
class Token:
    """One word or punctuation mark: raw text, lookup key and character offsets in the source string."""

    raw: str
    key: str
    start: int
    end: int

    @property
    def is_punct(self) -> bool:
        return not any(ch.isalnum() for ch in self.raw)

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter (names, acronyms, sentence starts)."""
        return self.raw[:1].isupper()


@lru_cache(maxsize=1 << 15)
def _key(raw: str) -> str:
    """A word's lookup key; cached, as a corpus repeats its words (every alias lookup keys every word)."""
    k = fold(raw)
    if k.endswith("'"):
        return k
    return k.replace(".", "").replace("'", "") if any(ch.isalnum() for ch in k) else k


def tokenize(text: str) -> list[Token]:
    """Split into tokens: hyphens between letters join nothing (dropped), elided articles (l', d') split off."""
    text = _JOIN_DASH.sub(" ", text)
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw, start = m.group(), m.start()
        el = _APOS.match(raw)
        if el:
            head, rest = el.group(1), el.group(2)
            if fold(head) in _ELISION and rest:
                out.append(Token(raw[: len(head) + 1], fold(head) + "'", start, start + len(head) + 1))
                raw, start = rest, start + len(head) + 1
            if raw[-2:].lower() in ("'s", "’s") and len(raw) > 2:
                out.append(Token(raw[:-2], _key(raw[:-2]), start, start + len(raw) - 2))
                out.append(Token(raw[-2:], "'s", start + len(raw) - 2, start + len(raw)))
                continue
        out.append(Token(raw, _key(raw), start, start + len(raw)))
    return out


def strip_articles(tokens: Sequence[Token], words: frozenset[str] = ARTICLES) -> list[Token]:
    """Tokens without surrounding punctuation and leading articles."""
    i, j = 0, len(tokens)
    while j > i and tokens[j - 1].is_punct:
        j -= 1
    while i < j and (tokens[i].is_punct or tokens[i].key in words):
        i += 1
    return list(tokens[i:j])


_SIMPLE = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def norm(s: str) -> str:
    """Lookup key of a phrase: folded, hyphens and dots dropped, leading articles and outer punctuation removed."""
    f = s.lower() if s.isascii() else fold(s)
    if _SIMPLE.fullmatch(f):  # fast path, same result, for the plain names that make most of GeoNames
        words = f.replace("-", " ").split(" ")
        i = 0
        while i < len(words) and words[i] in ARTICLES:
            i += 1
        return " ".join(words[i:])
    return " ".join(t.key for t in strip_articles(tokenize(s)))


def split_list(cell: str | None) -> list[str]:
    """Items of a `|`-separated data cell."""
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def read_rows(path: str | Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 CSV data file (shipped name or path); lines starting with `#` are comments."""
    p = Path(path)
    if not p.is_absolute() and not p.exists():
        p = DATA_DIR / p
    with p.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if line.strip() and not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)]


def add_length(lengths: dict[str, list[int]], words: Sequence[str]) -> None:
    """Record that a phrase of these words opens with its first word: lookups at a word then try only the lengths
    of the phrases it opens, longest first, instead of every length up to the longest phrase."""
    known = lengths.setdefault(words[0], [])
    if len(words) not in known:
        known.append(len(words))
        known.sort(reverse=True)


@dataclass(slots=True, frozen=True)
class Hit(Generic[T]):
    """An alias found in a token list: tokens [i, j) and the value it points to."""

    i: int
    j: int
    value: T


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 3


class AliasIndex(Generic[T]):
    """Alias -> value map over token keys; short all-caps aliases (US, EI, KH) match only in capitals."""

    def __init__(self) -> None:
        self._ci: dict[str, list[tuple[str | None, T]]] = {}
        self._cs: dict[str, list[tuple[str | None, T]]] = {}
        # first word of a key -> lengths of the keys it opens, longest first
        self._lengths: dict[str, list[int]] = {}

    def add(self, alias: str, value: T, lang: str | None = None) -> None:
        """Register `alias` (first registration of a key and language wins); `lang` limits it to fr or en."""
        if alias[:3].lower() in ("fr:", "en:"):
            lang, alias = alias[:2].lower(), alias[3:].strip()
        if _is_acronym(alias.strip()):
            table, key = self._cs, alias.strip().replace(".", "")
        else:
            key = norm(alias)
            table = self._ci
        if not key:
            return
        if table is self._ci:
            add_length(self._lengths, key.split(" "))
        slot = table.setdefault(key, [])
        if all(lg != lang for lg, _ in slot):
            slot.append((lang, value))

    @staticmethod
    def _pick(slot: list[tuple[str | None, T]] | None, lang: str | None) -> T | None:
        for lg, v in slot or ():
            if lg is None or not lang or lg == lang:
                return v
        return None

    def get(self, text: str, lang: str | None = None) -> T | None:
        """Value of the whole phrase (articles and outer punctuation ignored)."""
        toks = strip_articles(tokenize(text))
        if len(toks) == 1 and _is_acronym(toks[0].raw):
            hit = self._pick(self._cs.get(toks[0].raw.replace(".", "")), lang)
            if hit is not None:
                return hit
        return self._pick(self._ci.get(" ".join(t.key for t in toks)), lang)

    def at(self, tokens: Sequence[Token], i: int, lang: str | None = None) -> Iterator[Hit[T]]:
        """Aliases starting at token i, longest first."""
        for n in self._lengths.get(tokens[i].key, ()):
            if n > len(tokens) - i:
                continue
            v = self._pick(self._ci.get(" ".join(t.key for t in tokens[i : i + n])), lang)
            if v is not None:
                yield Hit(i, i + n, v)
        raw = tokens[i].raw.replace(".", "")
        if raw.isupper() and raw in self._cs:
            v = self._pick(self._cs[raw], lang)
            if v is not None:
                yield Hit(i, i + 1, v)

    def find(self, tokens: Sequence[Token], lang: str | None = None) -> list[Hit[T]]:
        """Non-overlapping alias hits, longest first, in text order."""
        cands = [h for i in range(len(tokens)) for h in self.at(tokens, i, lang)]
        cands.sort(key=lambda h: (h.i - h.j, h.i))
        taken: set[int] = set()
        out: list[Hit[T]] = []
        for h in cands:
            if not taken.intersection(range(h.i, h.j)):
                taken.update(range(h.i, h.j))
                out.append(h)
        return sorted(out, key=lambda h: h.i)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.get(text) is not None


# --- French and English demonym inflection -------------------------------------------------------------


def _fr_plural(w: str) -> str:
    return w if w.endswith(("s", "x", "z")) else w + "s"


def fr_forms(base: str) -> list[str]:
    """All gender/number forms of a French demonym given as `masc` or `masc/fem` (irakien -> irakienne, irakiens...)."""
    if "/" in base:
        masc, fem = (p.strip() for p in base.split("/", 1))
    else:
        masc = base
        if masc.endswith("e"):
            fem = masc
        elif masc.endswith(("ien", "éen", "on")):
            fem = masc + "ne"
        elif masc.endswith("è"):
            fem = masc
        else:
            fem = masc + "e"
    return list(dict.fromkeys([masc, fem, _fr_plural(masc), _fr_plural(fem)]))


def en_forms(base: str) -> list[str]:
    """Singular and plural of an English demonym noun (Iraqi -> Iraqis; British stays British)."""
    if base.endswith(("ese", "ish", "ch", "sh", "s", "x", "z", "men", "ss")):
        return [base]
    if base.endswith("man"):
        return [base, base[:-3] + "men"]
    return [base, base + "s"]


# --- countries ------------------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Country:
    """A country or territory: canonical English short name, names, capital and demonyms."""

    iso3: str
    name: str
    adjective: str
    member: bool  # UN member or one of the five usually treated as states (PSE, XKX, TWN, ESH, VAT)
    iso2: str | None = None
    names: tuple[str, ...] = ()
    capital: str | None = None
    capital_names: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()  # other cities named for the government (Abidjan, The Hague)
    demonyms_en: tuple[str, ...] = ()
    demonyms_fr: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


@dataclass(slots=True)
class CountryTable:
    """Countries by ISO3 with alias indexes for their names, capitals, demonyms and compound prefixes."""

    by_iso3: dict[str, Country] = field(default_factory=dict)
    names: AliasIndex[str] = field(default_factory=AliasIndex)
    capitals: AliasIndex[str] = field(default_factory=AliasIndex)
    demonyms: AliasIndex[str] = field(default_factory=AliasIndex)
    en_demonyms: set[str] = field(default_factory=set)  # keys that are English-only (need a capital letter)
    prefixes: dict[str, str] = field(default_factory=dict)  # irako -> IRQ

    def mentions(self, tokens: Sequence[Token]) -> list[tuple[int, int, str, str]]:
        """Country mentions in text order: (i, j, iso3, how) with how in name|capital|demonym|prefix."""
        out: list[tuple[int, int, str, str]] = []
        taken: set[int] = set()
        for how, index in (("name", self.names), ("demonym", self.demonyms)):
            for h in index.find(tokens):
                if taken.intersection(range(h.i, h.j)):
                    continue
                key = " ".join(t.key for t in tokens[h.i : h.j])
                if how == "demonym" and key in self.en_demonyms and not tokens[h.i].is_cap:
                    continue
                taken.update(range(h.i, h.j))
                out.append((h.i, h.j, h.value, how))
        for i, t in enumerate(tokens):
            if i not in taken and t.key in self.prefixes and i + 1 < len(tokens):
                out.append((i, i + 1, self.prefixes[t.key], "prefix"))
        return sorted(out)


def _pycountry_names() -> Iterable[tuple[str, str, str, list[str]]]:
    """(iso3, iso2, English name, [other English and French names]) for every ISO 3166-1 entry."""
    import pycountry

    fr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for c in pycountry.countries:
        en = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [n for n in en if n]
        names += [fr.gettext(n) for n in list(names)]
        names = [n for n in names if "," not in n and "(" not in n]
        yield c.alpha_3, c.alpha_2, (getattr(c, "common_name", None) or c.name), names


@lru_cache(maxsize=1)
def countries() -> CountryTable:
    """The country table: shipped countries.csv (UN members and five more) plus pycountry names and territories."""
    table = CountryTable()
    rows = read_rows("countries.csv")
    py = {iso3: (iso2, name, names) for iso3, iso2, name, names in _pycountry_names()}
    for r in rows:
        iso3 = r["iso3"]
        iso2, _, pynames = py.get(iso3, (None, "", []))
        den = tuple(f for d in split_list(r["demonyms_en"]) for f in en_forms(d))
        dfr = tuple(f for d in split_list(r["demonyms_fr"]) for f in fr_forms(d))
        table.by_iso3[iso3] = Country(
            iso3=iso3,
            name=r["name"],
            adjective=r["adjective"] or (split_list(r["demonyms_en"]) or [r["name"]])[0],
            member=True,
            iso2=iso2,
            names=tuple(dict.fromkeys([r["name"], *split_list(r["aliases"]), *pynames])),
            capital=r["capital"] or None,
            capital_names=tuple(dict.fromkeys([r["capital"], *split_list(r["capital_aliases"])])),
            seats=tuple(split_list(r["seats"])),
            demonyms_en=den,
            demonyms_fr=dfr,
            prefixes=tuple(split_list(r["prefixes"])),
        )
    for iso3, (iso2, name, names) in py.items():
        if iso3 not in table.by_iso3:
            table.by_iso3[iso3] = Country(
                iso3=iso3, name=name, adjective=name, member=False, iso2=iso2, names=tuple(names)
            )
    # shipped names first (so "Congo" is the DRC, not pycountry's Republic of the Congo), then derived ones
    for r in rows:
        for n in [r["name"], *split_list(r["aliases"])]:
            table.names.add(n, r["iso3"])
    ordered = sorted(table.by_iso3.values(), key=lambda c: not c.member)
    for c in ordered:
        for n in c.names:
            table.names.add(n, c.iso3)
        for n in c.capital_names:
            table.capitals.add(n, c.iso3)
        for d in c.demonyms_fr:
            table.demonyms.add(d, c.iso3)
        for d in c.demonyms_en:
            table.demonyms.add(d, c.iso3)
        for p in c.prefixes:
            table.prefixes.setdefault(norm(p), c.iso3)
    fr_keys = {norm(d) for c in ordered for d in c.demonyms_fr}
    table.en_demonyms = {norm(d) for c in ordered for d in c.demonyms_en} - fr_keys
    return table
