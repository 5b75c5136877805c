"""Offline actor resolution: noun phrases in French or English -> canonical actors (id, kind, country)."""

from __future__ import annotations

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
    countries,
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
        self.max_len = 1
        for r in rows:
            stems = [s for _, s in _compact([t.key for t in tokenize(r["term"])])]
            if not stems:
                continue
            self.terms.setdefault((r["role"], r["lang"], " ".join(stems)), (r["kind"], r["label"]))
            self.words.update(stems)
            self.max_len = max(self.max_len, len(stems))

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
            for size in range(min(self.max_len, len(comp) - n), 0, -1):
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
    covered: set[int]  # token positions explained by hits, lexicon words or country mentions
    anchors: set[int]  # positions after which a capitalised name is an apposition: titles, hits, countries


class ActorResolver:
    """Resolves actor noun phrases against the shipped gazetteer (plus user CSV files); built once, then O(1) lookups."""

    def __init__(
        self, entries: dict[str, ActorEntry], table: CountryTable, lexicon: _Lexicon, order: Sequence[str]
    ) -> None:
        self.entries = entries
        self.countries = table
        self.lexicon = lexicon
        self.aliases: AliasIndex[str] = AliasIndex()
        for eid in order:
            for alias in entries[eid].aliases:
                self.aliases.add(alias, eid)

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
        return cls(entries, table, _Lexicon(read_rows("descriptors.csv")), order)

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
        if len(toks) > 3 and toks[-1].raw == ")" and "(" in (t.raw for t in toks[1:]):
            # "États-Unis (Image: MEMRI)": a known actor before a trailing parenthesis wins
            cut = max(n for n, t in enumerate(toks) if t.raw == "(")
            inner = self._resolve(text[: toks[cut].start], lang, head, modifiers, start, end)
            if inner[0].id is not None:
                return [Actor(text, a.name, a.id, a.country, a.kind, start, end) for a in inner]

        def generic(kind: str, label: str, nations: Sequence[str | None]) -> list[Actor]:
            return [
                self._generic(text, kind, label, iso, p.qualifier, p.patron, start, end) for iso in nations
            ]

        nations: list[str | None] = list(p.nations) or [None]
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
            # "l'administration Biden", "les forces d'Assad", "l'envoyé de Poutine": the person's side, not the person
            if desc and (
                desc.role in ("head", "institution") or (desc.i < h.i and before and before[-1] in _OF)
            ):
                return generic(desc.kind, desc.label, [e.country])
            return [self._actor(e, text, start, end)]
        name = self._trailing_name(p)
        if orgs:
            e = self.entries[orgs[0].value]
            if name and name[0] >= orgs[0].j:
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
                return [Actor(text, self._clean(text, toks), None, nations[0], desc.kind, start, end)]
            return generic(desc.kind, desc.label, nations)
        if self._unknown_caps(p):
            return [self._unknown(text, p, head, nations[0], start, end)]
        if self._leftover(p):  # "North Korean hackers": a country's somebody the lexicon does not know
            return [Actor(text, self._clean(text, toks), None, iso, "other", start, end) for iso in nations]
        if places:
            return [self._actor(self.entries[places[0].value], text, start, end)]
        if p.nations:
            return [
                self._actor(self.entries[f"state:{iso}"], text, start, end)
                for iso in p.nations
                if f"state:{iso}" in self.entries
            ]
        return [self._unknown(text, p, head, nations[0], start, end)]

    # --- parsing ----------------------------------------------------------------------------------------

    def _parse(self, text: str, lang: str, head: str | None, modifiers: Sequence[str]) -> _Parse:
        toks = tokenize(text)
        keys = [t.key for t in toks]
        hits = [h for h in self.aliases.find(toks, lang) if self._plausible(h, toks, lang)]
        in_hits = {i for h in hits for i in range(h.i, h.j)}
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
        elif desc is not None:
            desc = next(
                (t for t in terms if t.kind == desc.kind and t.label == desc.label),
                _Term(desc.role, desc.kind, desc.label, len(toks), len(toks)),
            )
        quals = self.lexicon.scan(keys, lang, ("qualifier",), in_hits)
        mod_toks = [t for m in modifiers for t in tokenize(m)]
        quals += self.lexicon.scan([t.key for t in mod_toks], lang, ("qualifier",))
        covered = set(in_hits)
        for t in terms + self.lexicon.scan(keys, lang, ("qualifier", "patron", "ignore", "orgword"), in_hits):
            covered.update(range(t.i, t.j))
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
            text, toks, hits, desc, quals[0].label if quals else None, nations, patron, covered, anchors
        )

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
            return True
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
        )

    def _plausible(self, h: Hit[str], toks: Sequence[Token], lang: str) -> bool:
        """Reject a one-word alias that is part of a longer unknown name ("Jill Biden", "Jordan Bardella")."""
        return self._isolated(
            toks, h.i, h.j, lang, self.entries[h.value].kind in ("person", "state", "government")
        )

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
            if i - 1 in p.covered or t.key in _HONORIFICS:
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
        while part and (part[0].key in _HONORIFICS or (part[0].raw.endswith(".") and len(part[0].raw) <= 5)):
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
