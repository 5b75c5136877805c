"""Offline actor resolution: noun phrases in French or English -> canonical actors (id, kind, country)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path

from ..types import Actor
from .gazetteer import (
    ARTICLES,
    FUNCTION_WORDS,
    AliasIndex,
    CountryTable,
    Hit,
    Token,
    add_length,
    countries,
    norm,
    read_rows,
    split_list,
    strip_articles,
    tokenize,
    words,
)

__all__ = ["ActorEntry", "ActorResolver", "KINDS"]

KINDS = words("state government military police militia rebel party igo ngo media civilians person other")
_ID_KINDS = ("government", "military", "police")  # generic actors of a country that get a stable id
_HONORIFICS = words("m mme mlle mr mrs ms dr sir pr lt col maj sgt cpl adm capt gen brig gal")
_PARTICLES = words("al el ben bin ibn abu abou bou ould de van von der den da di le la")
_OF = frozenset({"de", "d'", "du", "des", "of"})
_LINK_AFTER_PATRON = frozenset({"par", "a", "au", "aux", "de", "du", "d'", "des", "by", "with", "to"})
_LOCATIVE = words(
    "in at near inside outside throughout across à dans en près"
)  # capitalised words after: a place
_MEMBER = words("member members membre membres")  # "NATO-member Norway", "la Norvège, membre de l'OTAN"
_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?\.?")  # "F.W.": initials of a name, not an abbreviated title
_NO_STEM = words(
    "news times corps gas pays fois mois gens fils bras press virus bus campus status focus consensus crisis basis analysis"
)


def stem(key: str) -> str:
    """Crude singular of a folded French or English word (forces -> force, journaux -> journal, gunmen -> gunman)."""
    if key in _NO_STEM or len(key) <= 3:
        return key
    if key == "children":
        return "child"
    if key.endswith("aux") and len(key) > 4:
        return key[:-3] + "al"
    if key.endswith("ies") and len(key) > 4:
        return key[:-3] + "y"
    if key.endswith("men") and len(key) > 4:
        return key[:-3] + "man"
    if key.endswith(("s", "x")) and not key.endswith("ss"):
        return key[:-1]
    return key


def _deletions(key: str) -> set[str]:
    return {key[:n] + key[n + 1 :] for n in range(len(key))}


def _near(a: str, b: str) -> bool:
    """Whether two folded words differ by at most one inserted, deleted or replaced letter."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    return a in _deletions(b) or b in _deletions(a) or bool(_deletions(a) & _deletions(b))


def _compact(keys: Sequence[str]) -> list[tuple[int, str]]:
    """(position, stem) of content words: the form descriptor terms are matched on."""
    return [(i, stem(k)) for i, k in enumerate(keys) if k not in ARTICLES and k not in ("of", "'s")]


@dataclass(slots=True, frozen=True)
class ActorEntry:
    """A gazetteer actor: stable id, canonical name, kind, ISO3 country, role and aliases."""

    id: str
    name: str
    kind: str
    country: str | None = None
    role: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(slots=True, frozen=True)
class _Term:
    role: str
    kind: str
    label: str
    i: int  # first token
    j: int  # one past the last token


class _Lexicon:
    """Generic actor words from descriptors.csv, keyed by role, language and compact stem string."""

    def __init__(self, rows: Sequence[dict[str, str]]) -> None:
        self.terms: dict[tuple[str, str, str], tuple[str, str]] = {}
        self.words: set[str] = set()  # every stem of every term, for "is this a known word"
        self.lengths: dict[str, list[int]] = {}  # first stem -> lengths of the terms it opens, longest first
        self.max_len = 1
        for r in rows:
            stems = [s for _, s in _compact([t.key for t in tokenize(r["term"])])]
            if not stems:
                continue
            self.terms.setdefault((r["role"], r["lang"], " ".join(stems)), (r["kind"], r["label"]))
            self.words.update(stems)
            self.max_len = max(self.max_len, len(stems))
            add_length(self.lengths, stems)

    def get(self, role: str, lang: str, key: str) -> tuple[str, str] | None:
        for lg in (lang, "*") if lang in ("fr", "en") else ("fr", "en", "*"):
            hit = self.terms.get((role, lg, key))
            if hit is not None:
                return hit
        return None

    def scan(
        self, keys: Sequence[str], lang: str, roles: Sequence[str], skip: AbstractSet[int] = frozenset()
    ) -> list[_Term]:
        """Terms of the given roles in text order, longest at each position, not overlapping `skip`."""
        comp = [(i, s) for i, s in _compact(keys) if i not in skip]
        out: list[_Term] = []
        n = 0
        while n < len(comp):
            found = None
            for size in self.lengths.get(comp[n][1], ()):
                if size > len(comp) - n:
                    continue
                key = " ".join(s for _, s in comp[n : n + size])
                for role in roles:
                    hit = self.get(role, lang, key)
                    if hit is not None:
                        found = _Term(role, hit[0], hit[1], comp[n][0], comp[n + size - 1][0] + 1)
                        break
                if found:
                    break
            if found:
                out.append(found)
                n += max(1, sum(1 for i, _ in comp if found.i <= i < found.j))
            else:
                n += 1
        return out

    def has(self, key: str, lang: str, *roles: str) -> bool:
        return any(self.get(role, lang, stem(key)) is not None for role in roles)


def _region_index(table: CountryTable) -> AliasIndex[str]:
    """Region names -> ISO3: the regions column of countries.csv and the one-country regions of features.csv."""
    index: AliasIndex[str] = AliasIndex()
    for r in read_rows("countries.csv"):
        for name in split_list(r.get("regions")):
            index.add(name, r["iso3"])
    for r in read_rows("features.csv"):
        if r.get("kind") == "region" and r.get("country") in table.by_iso3:
            for name in (r["name"], *split_list(r.get("aliases"))):
                index.add(name, r["country"])
    return index


def _read_entries(path: str | Path) -> list[ActorEntry]:
    out = []
    for r in read_rows(path):
        kind = r.get("kind") or "other"
        if kind not in KINDS:
            raise ValueError(f"{path}: actor {r.get('id')!r} has unknown kind {kind!r}")
        out.append(
            ActorEntry(
                id=r["id"],
                name=r["name"],
                kind=kind,
                country=r.get("country") or None,
                role=r.get("role", ""),
                aliases=tuple(split_list(r.get("aliases"))),
            )
        )
    return out


@dataclass(slots=True)
class _Parse:
    """What a phrase contains: tokens, gazetteer hits, generic words and country mentions."""

    text: str
    toks: list[Token]
    hits: list[Hit[str]]
    desc: _Term | None
    qualifier: str | None
    nations: list[str]  # nationality countries, in order (compounds give several)
    patron: str | None
    region: str | None  # country of a region named in the phrase ("Darfur rebels")
    covered: set[int]  # token positions explained by hits, lexicon words or country mentions
    anchors: set[int]  # positions after which a capitalised name is an apposition: titles, hits, countries


class ActorResolver:
    """Resolves actor noun phrases against the shipped gazetteer (plus user CSV files); built once, then O(1) lookups."""

    def __init__(
        self,
        entries: dict[str, ActorEntry],
        table: CountryTable,
        lexicon: _Lexicon,
        order: Sequence[str],
        regions: AliasIndex[str] | None = None,
    ) -> None:
        self.entries = entries
        self.countries = table
        self.lexicon = lexicon
        self.regions: AliasIndex[str] = regions or AliasIndex()
        self.aliases: AliasIndex[str] = AliasIndex()
        for eid in order:
            for alias in entries[eid].aliases:
                self.aliases.add(alias, eid)
        # single-word demonyms of six letters or more, and their one-letter deletions, for typos ("Egytien")
        self._demonyms = {
            k
            for c in table.by_iso3.values()
            for d in (*c.demonyms_en, *c.demonyms_fr)
            if len(k := norm(d)) >= 6 and " " not in k
        }
        self._demonym_dels = {d for k in self._demonyms for d in _deletions(k)}

    @classmethod
    def load(cls, user_paths: Sequence[str] = ()) -> ActorResolver:
        """Build from shipped data (countries, capitals, actors.csv, descriptors.csv); user CSVs override by id."""
        table = countries()
        entries: dict[str, ActorEntry] = {}
        states, capitals = [], []
        for c in table.by_iso3.values():
            if not c.member:
                continue
            states.append(ActorEntry(f"state:{c.iso3}", c.name, "state", c.iso3, "", c.names))
            caps = tuple(n for n in (*c.capital_names, *c.seats) if n)
            capitals.append(
                ActorEntry(
                    f"government:{c.iso3}", f"{c.adjective} government", "government", c.iso3, "", caps
                )
            )
        shipped = _read_entries("actors.csv")
        user = [e for p in user_paths for e in _read_entries(p)]
        for e in (*states, *capitals, *shipped, *user):
            entries[e.id] = e
        # alias priority: user rows, shipped actors, state names, capitals
        order = list(
            dict.fromkeys(
                [e.id for e in user]
                + [e.id for e in shipped]
                + [e.id for e in states]
                + [e.id for e in capitals]
            )
        )
        return cls(entries, table, _Lexicon(read_rows("descriptors.csv")), order, _region_index(table))

    # --- gazetteer only ---------------------------------------------------------------------------------

    def _lookup_id(self, text: str, lang: str | None) -> str | None:
        eid = self.aliases.get(text, lang)
        if eid is not None:
            return eid
        # a demonym or compound prefix on its own ("américains", "Iraqi", "irako") names its country
        toks = strip_articles(tokenize(text))
        key = " ".join(t.key for t in toks)
        iso = self.countries.demonyms.get(text)
        if iso is not None and key in self.countries.en_demonyms and not toks[0].is_cap:
            iso = None
        iso = iso or self.countries.prefixes.get(key)
        return f"state:{iso}" if iso and f"state:{iso}" in self.entries else None

    def lookup(self, text: str, lang: str | None = None) -> Actor | None:
        """The gazetteer actor named by the whole phrase (an alias, a country, a capital, a demonym), or None."""
        eid = self._lookup_id(text, lang)
        return self._actor(self.entries[eid], text) if eid else None

    def is_known(self, text: str, lang: str | None = None) -> bool:
        """Whether the whole phrase names a gazetteer actor."""
        return self._lookup_id(text, lang) is not None

    # --- full resolution --------------------------------------------------------------------------------

    def resolve(
        self,
        text: str,
        lang: str,
        *,
        head: str | None = None,
        modifiers: Sequence[str] = (),
        start: int | None = None,
        end: int | None = None,
    ) -> Actor:
        """Canonical actor for a noun phrase: gazetteer, countries and capitals, generic descriptors, then the name itself."""
        return self._resolve(text, lang, head, modifiers, start, end)[0]

    def resolve_all(
        self,
        text: str,
        lang: str,
        *,
        head: str | None = None,
        modifiers: Sequence[str] = (),
        start: int | None = None,
        end: int | None = None,
    ) -> list[Actor]:
        """Like `resolve`, with one actor per country for compound adjectives ("américano-irakien")."""
        return self._resolve(text, lang, head, modifiers, start, end)

    def _actor(self, e: ActorEntry, text: str, start: int | None = None, end: int | None = None) -> Actor:
        return Actor(text=text, name=e.name, id=e.id, country=e.country, kind=e.kind, start=start, end=end)

    def _resolve(
        self,
        text: str,
        lang: str,
        head: str | None,
        modifiers: Sequence[str],
        start: int | None,
        end: int | None,
    ) -> list[Actor]:
        lang = (lang or "").lower()[:2]
        eid = self.aliases.get(text, lang)
        if eid:
            return [self._actor(self.entries[eid], text, start, end)]
        p = self._parse(text, lang, head, modifiers)
        toks = p.toks
        known = self._parenthesised(toks, lang)
        if known is not None:  # "the peacekeeping force in Lebanon (UNIFIL)": the acronym names the actor
            return [self._actor(self.entries[known], text, start, end)]
        if len(toks) > 3 and toks[-1].raw == ")" and "(" in (t.raw for t in toks[1:]):
            # "États-Unis (Image: MEMRI)": a known actor before a trailing parenthesis wins
            cut = max(n for n, t in enumerate(toks) if t.raw == "(")
            inner = self._resolve(text[: toks[cut].start], lang, head, modifiers, start, end)
            if inner[0].id is not None:
                return [Actor(text, a.name, a.id, a.country, a.kind, start, end) for a in inner]

        def generic(kind: str, label: str, nations: Sequence[str | None]) -> list[Actor]:
            # a region's forces ("Tigray forces") are not the country's: its country, no country-level id
            if not p.nations and p.region is not None and list(nations) == [p.region] and kind in _ID_KINDS:
                return [Actor(text, self._clean(text, toks), None, p.region, kind, start, end)]
            return [
                self._generic(text, kind, label, iso, p.qualifier, p.patron, start, end) for iso in nations
            ]

        nations: list[str | None] = list(p.nations) or [p.region]
        people = [h for h in p.hits if self.entries[h.value].kind == "person"]
        orgs = [
            h
            for h in p.hits
            if self.entries[h.value].kind not in ("person", "state") and not h.value.startswith("government:")
        ]
        places = [h for h in p.hits if h not in people and h not in orgs]
        desc = p.desc

        if people:
            h = people[-1]
            e = self.entries[h.value]
            before = [t.key for t in toks[: h.i] if t.key not in ARTICLES or t.key in _OF]
            # "Assad's forces", "Soleimani's Quds Force": the possessor is not the actor
            possessive = h.j < len(toks) and toks[h.j].key == "'s"
            if possessive and orgs:
                return [self._actor(self.entries[orgs[-1].value], text, start, end)]
            owned = [t.key for t in toks[h.j + 1 :]] if possessive else []
            side = self.lexicon.scan(owned, lang, ("head", "institution"))
            if side:  # "Suharto's government": the person's side
                return generic(side[0].kind, side[0].label, [e.country])
            # "l'administration Biden", "les forces d'Assad", "l'envoyé de Poutine": the person's side, not the person
            if desc and (
                desc.role in ("head", "institution") or (desc.i < h.i and before and before[-1] in _OF)
            ):
                return generic(desc.kind, desc.label, [e.country])
            return [self._actor(e, text, start, end)]
        name = self._trailing_name(p)
        member = self._member_state(toks, orgs, places)
        if member is not None:  # "NATO-member Norway": the state, not its alliance
            return [self._actor(self.entries[member.value], text, start, end)]
        if orgs:
            org = self._head_org(toks, orgs, lang)
            e = self.entries[org.value]
            if name and name[0] >= org.j:
                return [self._person(text, toks, name, e.country, start, end)]
            return [self._actor(e, text, start, end)]
        if places and not p.nations:
            nations = [self.entries[places[0].value].country]
        if name and (desc is None or desc.role != "institution"):
            return [self._person(text, toks, name, nations[0], start, end)]
        if desc:
            named = self._unknown_caps(p)
            if named and desc.i < len(toks) and toks[desc.i].is_cap:  # the generic word is part of a name
                return [self._unknown(text, p, head, nations[0], start, end)]
            if desc.role == "head" and named:
                # "les forces de Zulfiqar": the forces of a group the gazetteer does not know are a militia
                of_name = desc.kind == "military" and any(
                    t.key in _OF for t in toks[desc.j : toks.index(named[0])]
                )
                kind = "militia" if of_name else desc.kind
                return [Actor(text, self._clean(text, toks), None, nations[0], kind, start, end)]
            return generic(desc.kind, desc.label, nations)
        if self._unknown_caps(p):
            return [self._unknown(text, p, head, nations[0], start, end)]
        state = self._state_head(p, places, lang)
        if state is not None:  # "les États-Unis criminels": a country named with an adjective
            return [self._actor(self.entries[state.value], text, start, end)]
        if self._leftover(p):  # "North Korean hackers": a country's somebody the lexicon does not know
            return [Actor(text, self._clean(text, toks), None, iso, "other", start, end) for iso in nations]
        if places:
            return [self._actor(self.entries[places[0].value], text, start, end)]
        if p.nations:
            # a territory with a code of its own but no state entry ("Hong Kong", "Puerto Rico") acts under its name
            return [
                self._actor(self.entries[f"state:{iso}"], text, start, end)
                if f"state:{iso}" in self.entries
                else Actor(text, self._clean(text, toks), None, iso, "state", start, end)
                for iso in p.nations
            ]
        return [self._unknown(text, p, head, nations[0], start, end)]

    # --- parsing ----------------------------------------------------------------------------------------

    def _parse(self, text: str, lang: str, head: str | None, modifiers: Sequence[str]) -> _Parse:
        toks = tokenize(text)
        keys = [t.key for t in toks]
        hits = [h for h in self.aliases.find(toks, lang) if self._plausible(h, toks, lang)]
        in_hits = {i for h in hits for i in range(h.i, h.j)}
        # "anti-Syria", "anti-NATO": the actor opposes the country or body, it is not of it ("anti-Kadhafi" rebels
        # are still of the leader's country)
        hits = [
            h
            for h in hits
            if not (h.i and toks[h.i - 1].key == "anti" and self.entries[h.value].kind != "person")
        ]
        # generic words: the caller's head first, then the phrase
        desc = None
        roles = ("head", "title", "institution")
        if head:
            extra = [t.key for m in (head, *modifiers) for t in tokenize(m)]
            terms = self.lexicon.scan(extra, lang, roles)
            desc = next((t for t in terms if t.i == 0), None)
        terms = self.lexicon.scan(keys, lang, roles, in_hits)
        if desc is None and terms:
            desc = terms[0]
            if (
                lang == "en" and desc.role == "title"
            ):  # "official Syrian newspaper": a title word as adjective
                desc = next((t for t in terms if t.role == "head" and self._modifies(toks, desc, t)), desc)
        elif desc is not None:
            desc = next(
                (t for t in terms if t.kind == desc.kind and t.label == desc.label),
                _Term(desc.role, desc.kind, desc.label, len(toks), len(toks)),
            )
        people = self.lexicon.scan(keys, lang, ("people",), in_hits)
        if desc is None and people:  # "Iraqi Kurds": an ethnic or religious group heads the phrase
            desc = people[0]
        quals = [
            q
            for q in self.lexicon.scan(keys, lang, ("qualifier",), in_hits)
            if desc is None or (q.i, q.j) != (desc.i, desc.j)
        ]
        mod_toks = [t for m in modifiers for t in tokenize(m)]
        quals += self.lexicon.scan([t.key for t in mod_toks], lang, ("qualifier",))
        covered = set(in_hits)
        for t in terms + self.lexicon.scan(keys, lang, ("qualifier", "patron", "ignore", "orgword"), in_hits):
            covered.update(range(t.i, t.j))
        region, places_named = self._region_of(toks, lang, covered | in_hits)
        covered |= places_named
        places = [h for h in hits if self._is_place(h.value)]
        in_orgs = {i for h in hits if not self._is_place(h.value) for i in range(h.i, h.j)}
        nations, patron, used = self._nations(toks, lang, in_orgs)
        covered |= used
        anchors = in_hits | used | {n for t in terms if t.role == "title" for n in range(t.i, t.j)}
        m_nations, m_patron, _ = self._nations(mod_toks, lang, set())
        nations += [n for n in m_nations if n not in nations]
        patron = patron or m_patron
        for h in places:  # a capital named in the phrase: nationality, or patron after "soutenu par" etc.
            iso = self.entries[h.value].country
            if iso and self._is_patron(toks, h.i, h.j, lang):
                patron = patron or iso
                hits.remove(h)
            elif iso and iso not in nations and h.value.startswith("government:"):
                nations.append(iso)
        return _Parse(
            text,
            toks,
            hits,
            desc,
            quals[0].label if quals else None,
            nations,
            patron,
            region,
            covered,
            anchors,
        )

    def _region_of(self, toks: Sequence[Token], lang: str, skip: set[int]) -> tuple[str | None, set[int]]:
        """Country of the first region named in the phrase, and the positions of place names: regions and
        capitalised words after a locative preposition ("police in Jericho")."""
        region = None
        places: set[int] = set()
        for h in self.regions.find(toks):
            span = set(range(h.i, h.j))
            if span & skip or not any(t.is_cap for t in toks[h.i : h.j]):
                continue
            if self._isolated(toks, h.i, h.j, lang, True):
                region = region or h.value
                places |= span
        for n, t in enumerate(toks[:-1]):
            if t.raw.lower() not in _LOCATIVE:
                continue
            k = n + 1
            while k < len(toks) and toks[k].key in ARTICLES - _OF:
                k += 1
            while (
                k < len(toks)
                and k not in skip
                and self._name_like(toks[k])
                and toks[k].key not in FUNCTION_WORDS
            ):
                places.add(k)
                k += 1
        return region, places

    def _modifies(self, toks: Sequence[Token], first: _Term, then: _Term) -> bool:
        """`first` stands before `then` with only adjectives between (no "of", possessive or punctuation)."""
        between = toks[first.j : then.i]
        return first.j <= then.i and not any(t.is_punct or t.key in _OF or t.key == "'s" for t in between)

    def _parenthesised(self, toks: Sequence[Token], lang: str) -> str | None:
        """Id of a known actor (not a country) named by an acronym in a closing parenthesis: "... (UNIFIL)"."""
        if len(toks) < 4 or toks[-1].raw != ")" or toks[-3].raw != "(":
            return None
        raw = toks[-2].raw.replace(".", "")
        if not (raw.isupper() and raw.isalnum()):
            return None
        eid = self.aliases.get(toks[-2].raw, lang)
        return eid if eid is not None and not self._is_place(eid) else None

    def _member_state(
        self, toks: Sequence[Token], orgs: Sequence[Hit[str]], places: Sequence[Hit[str]]
    ) -> Hit[str] | None:
        """A state linked to an organisation by "member" ("NATO-member Norway", "la Norvège, membre de l'OTAN")."""
        for s in places:
            if not s.value.startswith("state:"):
                continue
            for o in orgs:
                lo, hi = min(o.j, s.j), max(o.i, s.i)
                if any(t.key in _MEMBER for t in toks[lo:hi]):
                    return s
        return None

    def _head_org(self, toks: Sequence[Token], orgs: Sequence[Hit[str]], lang: str) -> Hit[str]:
        """The organisation a phrase names: an acronym in apposition at the end ("the UN refugee agency, UNHCR"),
        else in English the last of adjacent names ("UN refugee agency"), else the first."""
        end = len(toks)
        while end and toks[end - 1].is_punct:
            end -= 1
        last = orgs[-1]
        acronym = toks[last.i].raw.replace(".", "").isupper()
        if len(orgs) > 1 and acronym and last.j == end and last.i and toks[last.i - 1].raw in (",", ":"):
            return last
        first = orgs[0]
        if lang == "en":
            for o in orgs[1:]:
                if o.i != first.j:
                    break
                first = o
        return first

    def _state_head(self, p: _Parse, places: Sequence[Hit[str]], lang: str) -> Hit[str] | None:
        """A state named as the head of the phrase, next to lower-case adjectives and nothing else: "les
        États-Unis criminels", "war-torn Syria" (French adjectives follow the noun, English ones precede it)."""
        left = self._leftover(p)
        states = [h for h in places if h.value.startswith("state:")]
        if not left or len(states) != 1 or p.desc is not None or not all(t.raw.islower() for t in left):
            return None
        st = states[0]
        rest = [n for n, t in enumerate(p.toks) if not (st.i <= n < st.j) and t.key not in ARTICLES]
        if any(p.toks[n] not in left for n in rest) or rest != list(range(rest[0], rest[0] + len(rest))):
            return None
        if (lang == "fr" and rest[0] == st.j) or (lang == "en" and rest[-1] + 1 == st.i):
            return st
        return None

    def _is_place(self, eid: str) -> bool:
        return eid.startswith(("state:", "government:")) and self.entries[eid].kind in ("state", "government")

    def _nations(
        self, toks: Sequence[Token], lang: str, skip: set[int]
    ) -> tuple[list[str], str | None, set[int]]:
        """Nationality countries (compounds keep all parts) and a patron ("pro-iranien", "soutenu par l'Iran")."""
        nations: list[str] = []
        patron = None
        used: set[int] = set()
        for i, j, iso, how in self.countries.mentions(toks):
            if skip.intersection(range(i, j)) or (
                how == "name" and not self._isolated(toks, i, j, lang, True)
            ):
                continue
            used.update(range(i, j))
            prev = toks[i - 1].key if i else ""
            if prev == "anti":
                continue
            if prev == "pro" or self._is_patron(toks, i, j, lang):
                patron = patron or iso
                continue
            if iso not in nations:
                nations.append(iso)
        return nations, patron, used

    def _is_patron(self, toks: Sequence[Token], i: int, j: int, lang: str) -> bool:
        """Country at [i, j) backs the actor: "X-backed", "backed by X", "soutenu par X", "pro-X"."""
        if i and toks[i - 1].key == "pro":
            return True
        if j < len(toks) and self.lexicon.has(toks[j].key, "en", "patron") and lang != "fr":
            # "Iran-backed militias" is a patron; "Palestinian armed groups" is a nationality before "armed group"
            ahead = [t.key for t in toks[j : j + self.lexicon.max_len]]
            return not any(t.i == 0 for t in self.lexicon.scan(ahead, lang, ("head", "title", "institution")))
        k = i - 1
        while k >= 0 and toks[k].key in ARTICLES - _OF:
            k -= 1
        if k >= 1 and toks[k].key in _LINK_AFTER_PATRON:
            return self.lexicon.has(toks[k - 1].key, lang, "patron")
        return False

    def _known(self, t: Token, lang: str) -> bool:
        """A word that is not part of a proper name: grammar, titles, generic words, demonyms."""
        k = t.key
        return (
            t.is_punct
            or k in FUNCTION_WORDS
            or k in _HONORIFICS
            or stem(k) in self.lexicon.words
            or self.countries.demonyms.get(t.raw) is not None
            or self._near_demonym(k)
        )

    def _near_demonym(self, key: str) -> bool:
        """A demonym with one letter wrong, missing or extra ("Egytien"), six letters or more."""
        if len(key) < 6 or key in self._demonyms:
            return key in self._demonyms
        dels = _deletions(key)
        return key in self._demonym_dels or bool(dels & self._demonyms) or bool(dels & self._demonym_dels)

    def _plausible(self, h: Hit[str], toks: Sequence[Token], lang: str) -> bool:
        """Reject a one-word alias that is part of a longer unknown name ("Jill Biden", "Jordan Bardella"),
        unless the word before is the person's own given name misspelt ("Alik Khamenei")."""
        e = self.entries[h.value]
        if self._isolated(toks, h.i, h.j, lang, e.kind in ("person", "state", "government")):
            return True
        if e.kind != "person" or not h.i or len(toks[h.i - 1].key) < 3:
            return False
        own = {t.key for a in e.aliases for t in tokenize(a)[:-1] if len(t.key) >= 3}
        return any(_near(toks[h.i - 1].key, k) for k in own)

    def _isolated(self, toks: Sequence[Token], i: int, j: int, lang: str, check_next: bool) -> bool:
        """A one-word name at [i, j) is not glued to an unknown capitalised word before (or after) it."""
        if j - i > 1 or toks[i].raw.replace(".", "").isupper():
            return True
        prev = toks[i - 1] if i else None
        nxt = toks[j] if j < len(toks) else None
        if prev is not None and prev.is_cap and not self._known(prev, lang) and prev.end + 1 >= toks[i].start:
            return False
        return not (
            check_next
            and nxt is not None
            and nxt.is_cap
            and not self._known(nxt, lang)
            and self.aliases.get(nxt.raw) is None
            and nxt.start <= toks[i].end + 1
        )

    def _name_like(self, t: Token) -> bool:
        return t.is_cap and not t.is_punct and not t.raw.isdigit()

    def _trailing_name(self, p: _Parse) -> tuple[int, int] | None:
        """Token span of a person's name in apposition at the end ("le porte-parole, Ahmed al-Sahaf")."""
        toks = p.toks
        j = len(toks)
        if j and toks[-1].raw == ")" and any(t.raw == "(" for t in toks):
            j = max(n for n, t in enumerate(toks) if t.raw == "(")
        while j and toks[j - 1].is_punct:
            j -= 1
        i = j
        while i > 0:
            t = toks[i - 1]
            # "Defence Secretary Tom King": a title word closing a name is the surname
            surname = (
                i == j and i >= 2 and t.is_cap and self._name_like(toks[i - 2]) and i - 2 not in p.covered
            )
            if (i - 1 in p.covered and not surname) or t.key in _HONORIFICS:
                break
            name_word = self._name_like(t) and t.key not in FUNCTION_WORDS
            if name_word or (t.key in _PARTICLES and i < j and t.raw.islower()):
                i -= 1
            else:
                break
        while i < j and toks[i].key in _PARTICLES and toks[i].raw.islower():
            i += 1
        caps = [t for t in toks[i:j] if self._name_like(t)]
        if not caps or len(caps) > 4 or i == 0:
            return None
        if any(self.lexicon.has(t.key, "", "orgword") for t in toks[i:j]):
            return None
        prev = toks[i - 1]
        if prev.raw in (",", ":") or (i - 1) in p.anchors:
            return i, j
        if prev.key in _HONORIFICS or (prev.raw.endswith(".") and len(prev.raw) <= 6):
            return i, j
        return None

    def _leftover(self, p: _Parse) -> list[Token]:
        """Content words of the phrase that nothing explains ("hackers" in "North Korean hackers")."""
        return [
            t
            for n, t in enumerate(p.toks)
            if n not in p.covered
            and not t.is_punct
            and t.key not in FUNCTION_WORDS
            and t.key not in _HONORIFICS
        ]

    def _unknown_caps(self, p: _Parse) -> list[Token]:
        """Capitalised tokens of the phrase that no gazetteer or lexicon entry explains."""
        return [
            t
            for n, t in enumerate(p.toks)
            if n not in p.covered
            and self._name_like(t)
            and not self._known(t, "")
            and t.key not in _PARTICLES
        ]

    # --- building actors --------------------------------------------------------------------------------

    def _clean(self, text: str, toks: Sequence[Token], span: tuple[int, int] | None = None) -> str:
        """The phrase without leading determiners and titles, nor a trailing parenthesis; original spelling kept."""
        i, j = span or (0, len(toks))
        part = list(toks[i:j])
        if part and part[-1].raw == ")" and any(t.raw == "(" for t in part):
            part = part[: max(n for n, t in enumerate(part) if t.raw == "(")]
        part = strip_articles(part, FUNCTION_WORDS | _HONORIFICS)
        while part and (
            part[0].key in _HONORIFICS
            or (part[0].raw.endswith(".") and len(part[0].raw) <= 5 and not _INITIALS.fullmatch(part[0].raw))
        ):
            part = strip_articles(part[1:], FUNCTION_WORDS)
        if not part:
            return " ".join(t.raw for t in toks[i:j])
        return _source(text, part)

    def _person(
        self,
        text: str,
        toks: Sequence[Token],
        span: tuple[int, int],
        country: str | None,
        start: int | None,
        end: int | None,
    ) -> Actor:
        return Actor(text, self._clean(text, toks, span), None, country, "person", start, end)

    def _generic(
        self,
        text: str,
        kind: str,
        label: str,
        iso: str | None,
        qualifier: str | None,
        patron: str | None,
        start: int | None,
        end: int | None,
    ) -> Actor:
        c = self.countries.by_iso3.get(iso) if iso else None
        base = f"{qualifier} {label}" if qualifier and qualifier.lower() not in label.lower() else label
        name = f"{c.adjective} {base}" if c else base
        if patron and patron != iso:
            pc = self.countries.by_iso3.get(patron)
            name = f"{name} ({pc.name if pc else patron}-backed)"
        aid = f"{kind}:{iso}" if c and kind in _ID_KINDS and not qualifier and not patron else None
        return Actor(text, name, aid, iso, kind, start, end)

    def _unknown(
        self, text: str, p: _Parse, head: str | None, country: str | None, start: int | None, end: int | None
    ) -> Actor:
        """Step 6: a name the gazetteer does not know; a person when it looks like one, otherwise `other`."""
        toks = p.toks
        name = self._clean(text, toks)
        core = strip_articles(toks, FUNCTION_WORDS)
        if core and core[-1].raw == ")" and any(t.raw == "(" for t in core):
            core = core[: max(n for n, t in enumerate(core) if t.raw == "(")]
        content = [t for t in core if not t.is_punct and t.key not in _HONORIFICS]
        caps = [t for t in content if self._name_like(t)]
        orgword = next((t for t in content if self.lexicon.has(t.key, "", "orgword")), None)
        # a generic head noun ("forces", "groupe") makes it a group; a proper-noun head (a name's own lemma) does not
        generic_head = head is not None and any(
            self.lexicon.has(t.key, "", "head", "title", "institution") for t in tokenize(head)
        )
        person_like = (
            not generic_head
            and orgword is None
            and 2 <= len(caps) <= 4
            and all(self._name_like(t) or t.key in _PARTICLES for t in content)
            and not any(self._known(t, "") for t in caps)
        )
        if person_like:
            return Actor(text, name, None, country, "person", start, end)
        kind = "other"
        if orgword is not None and caps:
            # English-style title-case names end with their head word ("... Research Institute"); French ones start with it
            title_case = all(self._name_like(t) or t.key in FUNCTION_WORDS for t in content)
            if title_case:
                orgword = next(t for t in reversed(content) if self.lexicon.has(t.key, "", "orgword"))
            hit = self.lexicon.get("orgword", "", stem(orgword.key))
            kind = hit[0] if hit and hit[0] in KINDS else "other"
        if p.qualifier and not self._unknown_caps(p):
            name = f"{p.qualifier} group"
        return Actor(text, name, None, country, kind, start, end)


def _source(text: str, part: Sequence[Token]) -> str:
    """The original words of `part` (hyphens and spelling kept), whitespace collapsed."""
    return " ".join(text[part[0].start : part[-1].end].split())
