"""The places and dates section of the event extractor, as a mixin: where and when an event happened."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..resolve.actors import ActorResolver
from ..resolve.dates import find_dates
from ..resolve.places import QUARTER_NOUNS, PlaceResolver, foreign_quarter
from ..types import Place
from .clauses import locative_case, names_actor, names_quarter, place_texts, under
from .drafts import Draft, Trigger
from .syntax import ancestors_in, nominal_span, prep_objects, verb_class
from .triggers import TriggerMixin
from .words import DIRECTIONS, FEATURE_HEADS, PLACE_PREPS, PLACE_TARGET_TYPES, SETTLEMENT_NOUNS

__all__ = ["PlaceDateMixin"]


class PlaceDateMixin(TriggerMixin):
    """Where and when an event happened: its place from the parse and the gazetteer, its date expression."""

    # set by `EventExtractor.__init__`
    lang: str
    actors: ActorResolver
    places: PlaceResolver

    # ---------------------------------------------------------------- places and dates
    def _target_place(self, d: Draft, countries: list[str]) -> Place | None:
        """A town or region attacked, besieged or sealed off is where the event happened ("the attack that
        targeted Cabaret", "a drone attack on the port city of Odesa"); a country is a side, not a place."""
        if d.type not in PLACE_TARGET_TYPES:
            return None
        for a in d.target:
            if a.kind != "other":
                continue
            place = self.places.resolve(a.text, self.lang, countries=countries)
            if place is not None and place.precision in ("point", "city", "admin1"):
                return place
            if a.start is None or a.end is None:
                continue
            words = d.sent.doc.char_span(a.start, a.end, alignment_mode="expand")
            town = self._unknown_town(words.root) if words is not None else None
            if town is not None:
                return town  # "contre la commune de Cabaret"
        return None

    def _article_countries(self, doc: Doc) -> list[str]:
        seen: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in ("LOC", "GPE"):
                if names_quarter(ent):
                    continue  # "la commune de la Gombe" says nothing of the country: a namesake city would
                place = self.places.resolve(ent.text, self.lang)
                if place is not None and place.country:
                    seen[place.country] = seen.get(place.country, 0) + 1
        return sorted(seen, key=lambda c: -seen[c])

    def _place_at(self, tok: Token, countries: list[str]) -> Place | None:
        """The place named by the nominal at `tok` (a city, a country, a base, "north of Baghdad")."""
        lem = tok.lemma_.lower()
        if lem in DIRECTIONS:
            for _, obj in prep_objects(tok):
                inner = self._place_at(obj, countries)
                if inner is not None:
                    return self.places.resolve_relative(DIRECTIONS[lem], inner)
        if lem in FEATURE_HEADS and tok.pos_ != "PROPN" and not tok.ent_type_:
            # "une base d'Erbil", "l'ambassade des États-Unis à Bagdad": a common noun is where its city is
            for prep, obj in prep_objects(tok):
                if prep in ("à", "au", "dans", "in", "at", "near", "près de") or (
                    prep in ("de", "d'", "d’") and obj.ent_type_ in ("LOC", "GPE") and lem != "ambassade"
                ):
                    inner = self._place_at(obj, countries)
                    if inner is not None and inner.precision != "country":
                        return inner
            for c in tok.children:  # "des bases irakiennes", "Iraqi airports": in that country
                hit = self.actors.lookup(c.text) if c.dep_ == "amod" and c.pos_ == "ADJ" else None
                if hit is not None and hit.id == f"state:{hit.country}":
                    where = self.places.resolve(hit.name, "en")
                    if where is not None:
                        return Place(c.text, where.name, where.country, None, where.lat, where.lon, "country")
        if tok.ent_type_ in ("LOC", "GPE", "FAC") or tok.pos_ == "PROPN" or lem in FEATURE_HEADS:
            if tok.ent_type_ in ("PER", "PERSON"):
                return None
            span = nominal_span(tok)
            # "la commune de la Gombe": the name is read with the part-of-town noun it belongs to
            frame = nominal_span(tok.head).text if tok.head.lemma_.lower() in QUARTER_NOUNS else span.text
            for text in place_texts(span, tok):
                place = self.places.resolve(text, self.lang, countries=countries)
                if place is not None:
                    return None if foreign_quarter(place, frame, countries) else place
            for c in tok.children:  # "une base d'Erbil", "the embassy in Baghdad"
                if c.dep_.startswith(("nmod", "flat", "compound")) or c.dep_ in ("appos",):
                    inner = self._place_at(c, countries)
                    if inner is not None:
                        return None if foreign_quarter(inner, span.text, countries) else inner
        elif tok.pos_ == "NOUN":
            for prep, obj in prep_objects(tok):
                if prep in ("de", "d'", "of", "in", "à", "dans"):
                    inner = self._place_at(obj, countries)
                    if inner is not None:
                        return None if foreign_quarter(inner, nominal_span(tok).text, countries) else inner
            return self._unknown_town(tok)
        return None

    @staticmethod
    def _unknown_town(tok: Token) -> Place | None:
        """ "the coastal town of Cabaret", "la commune de Cabaret": a settlement the gazetteers do not know is
        still a place, kept by its name without coordinates or country rather than dropped or guessed."""
        if tok.lemma_.lower() not in SETTLEMENT_NOUNS:
            return None
        for prep, obj in prep_objects(tok):
            if prep in ("de", "d'", "of") and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                name = nominal_span(obj)
                words = [t for t in name if t.pos_ == "PROPN" or t.text[:1].isupper()]
                label = " ".join(t.text for t in words) if words else obj.text
                return Place(nominal_span(tok).text, label, None, None, None, None, "city")
        return None

    def _locative(self, t: Trigger | Token, countries: list[str] | None = None) -> Place | None:
        tok = t.tok if isinstance(t, Trigger) else t
        for prep, obj in prep_objects(tok):
            if prep in PLACE_PREPS or prep.split(" ")[0] in ("à", "au", "dans", "près", "in", "at", "near"):
                place = self._place_at(obj, countries or [])
                if place is not None:
                    return place
        for c in tok.children:
            if c.dep_ == "advmod" and c.lemma_.lower() in DIRECTIONS:
                for _, obj in prep_objects(c):
                    inner = self._place_at(obj, countries or [])
                    if inner is not None:
                        return self.places.resolve_relative(DIRECTIONS[c.lemma_.lower()], inner)
        return None

    def _location(self, d: Draft, countries: list[str]) -> Place | None:
        tok = d.trig.tok
        place = self._locative(tok, countries)
        if place is not None:
            return place
        for i in sorted(d.tokens):
            place = self._locative(tok.doc[i], countries)
            if place is not None:
                return place
        # places inside the trigger's own arguments ("contre ... près de la frontière")
        actor_spans = [(a.start, a.end) for a in d.source + d.target if a.start is not None]
        for x in tok.subtree:
            if x.i == tok.i or x.lemma_.lower() not in FEATURE_HEADS | set(DIRECTIONS):
                continue
            place = self._place_at(x, countries)
            if place is not None:
                return place
        # else the place of the sentence nearest to the event's words that is no actor
        ents = [
            ent
            for ent in d.sent.ents
            if ent.label_ in ("LOC", "GPE", "FAC")
            and not names_actor(ent)
            and (
                locative_case(ent.root)  # "le nombre de soldats en Irak": where the actors are
                or not any(
                    s is not None and e is not None and s <= ent.start_char < e for s, e in actor_spans
                )
            )
        ]
        ents.sort(key=lambda ent: min(abs(ent.root.i - i) for i in d.tokens))
        for ent in ents:
            place = self._place_at(ent.root, countries)
            if place is not None:
                return place
        return None

    def _dates(self, sent: Span) -> list[tuple[int, str, Token]]:
        out = []
        for span in find_dates(sent.text, self.lang):
            start = sent.start_char + span.start
            char_span = sent.doc.char_span(start, sent.start_char + span.end, alignment_mode="expand")
            if char_span is None:
                continue
            out.append((start, span.text, char_span.root))
        return out

    def _date_for(self, d: Draft, dates: list[tuple[int, str, Token]]) -> str | None:
        if not dates:
            return None
        tok = d.trig.tok
        mine = {i for i in d.tokens}
        # a date attached to the trigger (or to a word it governs) wins, then one on its ancestors, then the nearest
        best: tuple[int, str] | None = None
        for _, text, root in dates:
            if self._in_other_clause(root, tok, d.sent):
                continue  # "a presenter whose programme last Sunday ...": that clause's date
            chain = [root.i] + [a.i for _, a in ancestors_in(root, d.sent)]
            for depth, i in enumerate(chain):
                if i in mine:
                    if best is None or depth < best[0]:
                        best = (depth, text)
                    break
        if best is not None:
            return best[1]
        # the day of a reporting clause ("ont indiqué lundi des sources") dates the statement, not what it reports
        told = [x for x in dates if not self._reporting(x[2].head)] or dates
        anc = [a.i for _, a in ancestors_in(tok, d.sent)]
        for i in anc:
            for _, text, root in told:
                if root.head.i == i or root.i == i:
                    return text
        # a date inside a relative clause that does not hold the trigger dates that clause ("a presenter whose
        # programme last Sunday ...")
        free = [x for x in told if not self._in_other_clause(x[2], tok, d.sent)]
        if not free:
            return None
        return min(free, key=lambda x: abs(x[2].i - tok.i))[1]

    @staticmethod
    def _in_other_clause(root: Token, tok: Token, sent: Span) -> bool:
        """`root` sits in a relative clause that `tok` is not part of and that does not describe `tok` itself
        ("l'attaque qui a eu lieu mardi" dates the attack)."""
        for anc in [root, *(a for _, a in ancestors_in(root, sent))]:
            if (
                anc.dep_ in ("relcl", "acl:relcl")
                and anc.head.i != tok.i
                and tok.i != anc.i
                and not under(tok, anc, sent)
            ):
                return True
        return False

    def _reporting(self, tok: Token) -> bool:
        """A verb of saying ("said", "a indiqué"): its date is the statement's."""
        return verb_class(tok) == "V" and any(
            e.role == "speech" and self._fits(e, tok) for e in self.lex.lookup("V", tok.lemma_.lower())
        )
