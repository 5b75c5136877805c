"""Event extraction from parsed articles: triggers from the lexicons, arguments from the parse, then status."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from .. import PIPELINE_VERSION
from ..resolve.actors import ActorResolver
from ..resolve.dates import ResolvedDate, find_dates, resolve_date
from ..resolve.numbers import parse_count
from ..resolve.places import PlaceResolver
from ..types import Actor, Article, Event, Quote
from .arguments import ArgumentMixin
from .clauses import (
    _participle,
    _shaky,
    _struck,
    active_participle,
    background,
    cared_for,
    consequence,
    decided,
    dedupe_actors,
    elliptic_passive,
    finite_indicative,
    governed_draft,
    has_condition,
    has_modal,
    headline_predicate,
    heuristic_confidence,
    inside_relative,
    is_future,
    joint,
    lead,
    main_clause_noun,
    mishap,
    nobody_acts,
    obliges,
    paragraph,
    parse_day,
    past_participle,
    purpose_marked,
    span_of,
    speaks_for,
    subordinate,
    threat_mode,
    under,
    under_modal,
    verb_host,
    victim_kind,
)
from .confidence import load_model
from .drafts import Draft, Trigger
from .headline import object_words
from .lexicon import Entry, Lexicon, head_of, load_lexicon
from .mentions import merge_mentions, merge_same_type
from .speech import SpeechContext, find_quotes
from .syntax import (
    PRONOUNS,
    ancestors_in,
    antecedent,
    case_words,
    conjuncts,
    evidence_of,
    index_sentences,
    is_negated,
    is_passive,
    nominal_span,
    objects,
    passive_agents,
    passive_subjects,
    prep_objects,
    preposition,
    subjects,
    verb_class,
)
from .typemodel import NONE, TypeModel, load_type_model, sentence_features
from .words import (
    AGENT_TOLD_TYPES,
    CASUALTY_STATES,
    CONTINUE_VERBS,
    DEADLINE_WORDS,
    DEMAND_ENTRY,
    DOCUMENT_NOUNS,
    ENABLING_VERBS,
    FAILURE_WORDS,
    FIGURATIVE_WORDS,
    GATHERED_THINGS,
    GENERIC_EVENT_HEADS,
    GIVING_VERBS,
    HYPOTHETICAL_MARKS,
    IMPACT_VERBS,
    LIFE_WORDS,
    MODAL_VERBS,
    NOT_RULED_OUT_ENTRY,
    OFFERED_TYPES,
    OFFICE_WORDS,
    PASSAGE_WORDS,
    PEACEFUL_FOES,
    PLAN_WORDS,
    POSSIBILITY_AUX,
    PREPARE_VERBS,
    PROMISED_TYPES,
    PURPOSE_HEADS,
    PURPOSE_MARKS,
    QUANTITY_NOUNS,
    REFUSABLE_TYPES,
    REFUSAL_ENTRY,
    RESPONSE_VERBS,
    SELF_ANNOUNCED,
    STANDSTILL_VERBS,
    STRIKE_CALLS,
    TARGET_PREPS,
    TEMPORAL_PREPS,
    THREAT_TYPES,
    THREATENED_TYPES,
    TO_WORDS,
    UNTIL_WORDS,
    VERBAL_ATTACK_VERBS,
    VERBAL_CONFLICT,
    VERBAL_TYPES,
    VICTIM_NOUNS_DEAD,
    VICTIM_NOUNS_INJURED,
    VOW_VERBS,
    WILLING_WORDS,
    WRAPPING_TYPES,
)

__all__ = ["EventExtractor"]

GUESS_MIN = 0.5  # the type model's least probability for an event the rules did not find
GUESS_CONFIDENCE = 0.7  # its probability, scaled: a guessed event is less sure than a parsed one


class EventExtractor(ArgumentMixin):
    """Callable stage: (Article, Doc) -> (events, quotes). Built once per language; holds lexicon and resolvers."""

    def __init__(
        self, lang: str, actors: ActorResolver, places: PlaceResolver, lexicon: Lexicon | None = None
    ):
        self.lang = lang
        self.lex = lexicon or load_lexicon(lang)
        self.actors = actors
        self.places = places
        self.use_model = True  # False gives the rules' heuristic confidence (benchmarks compare both)
        self.confidence_model: str | None = None  # a weights file other than the packaged one
        self.type_model: TypeModel | None | bool = True  # True: the packaged one; None or False: rules only

    # ---------------------------------------------------------------- public
    def __call__(self, article: Article, doc: Doc) -> tuple[list[Event], list[Quote]]:
        scored, quotes = self.explain(article, doc)
        return [e for e, _ in scored], quotes

    def explain(self, article: Article, doc: Doc) -> tuple[list[tuple[Event, list[str]]], list[Quote]]:
        """Events with the features their confidence was computed from, and the quotes."""
        index_sentences(doc)
        doc.user_data["vigie_actors"] = {}  # this extractor's actors, by word (see `_actor`)
        published = parse_day(article.published)
        speech = SpeechContext(self, article, doc)
        quotes = find_quotes(speech)
        drafts: list[Draft] = []
        anchor: ResolvedDate | None = None
        countries = self._article_countries(doc)
        for sent in doc.sents:
            sent_drafts = self._sentence(sent, speech, countries)
            dates = self._dates(sent) if sent_drafts else []  # only events need them
            for d in sent_drafts:
                if d.absorbed:
                    continue
                anchor = self._situate(d, dates, published, anchor, countries, speech)
                if (
                    d.quote
                    and not d.source
                    and d.quote.speaker
                    and (d.type in VERBAL_CONFLICT or d.type in ("AGREE", "SUPPORT"))
                ):
                    d.source = [d.quote.speaker]
                drafts.append(d)
        guess = self._lead_guess(doc, drafts, speech, countries, published)
        if guess is not None:
            drafts.append(guess)
        self._document_dates(doc, drafts, published)
        merged = merge_mentions(drafts)
        by_sentence: dict[int, list[Draft]] = {}
        for d in merged:
            by_sentence.setdefault(d.sent.start, []).append(d)
        scored = []
        for d in merged:
            feats = self._features(d, by_sentence[d.sent.start])
            scored.append((self._finish(article, d, feats), feats))
        return scored, quotes

    def _situate(
        self,
        d: Draft,
        dates: list[tuple[int, str, Token]],
        published: date | None,
        anchor: ResolvedDate | None,
        countries: list[str],
        speech: SpeechContext,
    ) -> ResolvedDate | None:
        """Date, place and quote of an event; returns the date later relative dates count from."""
        expr = self._date_for(d, dates)
        if expr is not None:
            d.date = resolve_date(expr, self.lang, published, anchor)
            if d.date.edtf:
                anchor = d.date
        if d.location is None:
            d.location = self._location(d, countries) or self._target_place(d, countries)
        d.quote = speech.quote_at(d.trig.tok.idx)
        return anchor

    def _type_model(self) -> TypeModel | None:
        return load_type_model() if self.type_model is True else self.type_model or None

    def _lead_guess(
        self,
        doc: Doc,
        drafts: list[Draft],
        speech: SpeechContext,
        countries: list[str],
        published: date | None,
    ) -> Draft | None:
        """A title or lead sentence reports an event: when the rules found none in the whole article, the type
        model names the one its first two sentences most likely report, if it is sure enough that there is one.
        (When the rules found events further on, the lead's news is most often among them.)"""
        model = self._type_model()
        if model is None or drafts:
            return None
        best: tuple[float, str, Span] | None = None
        for sent in lead(doc):
            probs = model.probabilities(sentence_features(sent, self.lex))
            typ = max((c for c in probs if c != NONE), key=probs.__getitem__, default=None)
            if typ is None or probs[typ] < max(GUESS_MIN, probs.get(NONE, 0.0)):
                continue
            if best is None or probs[typ] > best[0]:
                best = (probs[typ], typ, sent)
        if best is None:
            return None
        prob, typ, sent = best
        return self._guessed(sent, typ, prob * GUESS_CONFIDENCE, speech, countries, published)

    def _guessed(
        self,
        sent: Span,
        typ: str,
        confidence: float,
        speech: SpeechContext,
        countries: list[str],
        published: date | None,
    ) -> Draft | None:
        """The event of type `typ` the model says `sent` reports, its trigger, arguments and status read from the
        parse as for a rule's event."""
        tok, mode = self._guess_trigger(sent, typ)
        entry = Entry(tok.lemma_.lower(), verb_class(tok) or "V", typ, mode, "event")
        d = Draft(Trigger(tok, entry, typ, mode), sent, typ, mode, tokens={tok.i}, guessed=confidence)
        self._arguments(d, {})
        d.type, d.mode = typ, mode  # the model's type stands; the rules only look for its arguments
        self._context(d, {}, {tok.i: d}, speech)
        if d.absorbed:
            return None
        d.type = typ
        self._situate(d, self._dates(sent), published, None, countries, speech)
        return d

    def _typed_word(self, sent: Span, typ: str) -> tuple[Token, str | None] | None:
        """The first word the lexicon gives type `typ` (whatever the tagger made of it), with its mode."""
        for tok in sent:
            for pos in ("V", "N"):
                for word in (tok.lemma_.lower(), tok.lower_):
                    hit = [e for e in self.lex.lookup(pos, word) if e.type == typ and e.role == "event"]
                    if hit:
                        return tok, hit[0].mode
        return None

    def _guess_trigger(self, sent: Span, typ: str) -> tuple[Token, str | None]:
        """The word the lexicon gives the guessed type, with its mode; else the sentence's root, with the mode
        a modifier gives."""
        found = self._typed_word(sent, typ)
        if found is not None:
            return found
        for tok in sent:
            mode = self.lex.modes.get(tok.lemma_.lower())
            if mode and mode[0] == typ:
                return sent.root, mode[1]
        return sent.root, None

    def _document_dates(self, doc: Doc, drafts: list[Draft], published: date | None) -> None:
        """What a dated statement says is dated by it: "le communiqué publié mercredi" dates the undated
        announcements and verbal events of the paragraphs that name the statement."""
        named = [t for t in doc if t.lemma_.lower() in DOCUMENT_NOUNS and verb_class(t) == "N"]
        dated: ResolvedDate | None = None
        for tok in named:
            sub = doc[tok.left_edge.i : tok.right_edge.i + 1]
            found = find_dates(sub.text, self.lang)
            if found:
                resolved = resolve_date(found[0].text, self.lang, published)
                if resolved.edtf:
                    dated = resolved
                    break
        if dated is None:
            return
        breaks = [m.start() for m in re.finditer("\n", doc.text)]
        paragraphs = {paragraph(breaks, doc, t.i) for t in named}
        for d in drafts:
            if d.date is not None and d.date.edtf:
                continue
            verbal = d.status in ("announced", "threatened") or d.type in VERBAL_TYPES
            if verbal and paragraph(breaks, doc, d.trig.tok.i) in paragraphs:
                d.date = dated

    # ---------------------------------------------------------------- sentence
    def _sentence(self, sent: Span, speech: SpeechContext, countries: list[str]) -> list[Draft]:
        trigs = self.triggers(sent)
        by_tok = {t.tok.i: t for t in trigs}
        drafts: dict[int, Draft] = {}
        casualties = [t for t in trigs if t.role in ("dead", "injured")]
        for t in trigs:
            if t.role != "event" or not self._names_event(t):
                continue
            d = Draft(t, sent, t.type, t.mode, tokens={t.tok.i})
            self._arguments(d, by_tok)
            drafts[t.tok.i] = d
        self._support_uses(drafts)
        for t in casualties:
            anchor = self._casualty_anchor(t, drafts, by_tok)
            if anchor is None and t.tok.head.i in drafts and t.tok.dep_ in ("dobj", "obj"):
                continue  # "evacuated the wounded": people named by their state, no attack reported here
            if anchor is None and cared_for(t.tok):
                continue  # "a field hospital treats thousands of wounded", "soigner les blessés"
            if anchor is None and mishap(sent):
                continue  # "Bus plunges into ravine, killing 19": a toll with no attack
            if anchor is None:
                d = Draft(t, sent, "ASSAULT", t.mode or self._killer_mode(t.tok), tokens={t.tok.i})
                self._arguments(d, by_tok)
                drafts[t.tok.i] = d
                anchor = d
            else:
                anchor.tokens.add(t.tok.i)
                anchor.target = dedupe_actors(anchor.target + self._victim_actors(t))
                if anchor.location is None:
                    anchor.location = self._locative(t, countries)
                if not anchor.source:
                    tok = t.tok
                    passive = is_passive(tok) or elliptic_passive(tok)
                    anchor.source = self._actors_of(passive_agents(tok) if passive else subjects(tok))
            count = self._victim_count(t)
            if count is not None:
                if t.role == "dead":
                    anchor.dead = (anchor.dead or 0) + count
                else:
                    anchor.injured = (anchor.injured or 0) + count
        for t in trigs:
            if t.role == "toll":
                self._toll(t, drafts, countries)
        for t in trigs:
            if t.role == "speech":
                self._demands(t, drafts, speech)
        for d in drafts.values():
            self._noun_casualties(d)
            self._context(d, by_tok, drafts, speech)
        kept = [d for d in drafts.values() if self._informative(d) and not nobody_acts(d)]
        if not any(not d.absorbed for d in kept):
            # "La grève des dockers paralyse le port": a sentence whose only act is a noun of its main clause
            # tells that act, even with no actor named
            told = [d for d in drafts.values() if not d.absorbed and d not in kept and main_clause_noun(d)]
            kept += told[:1]
        return merge_same_type(sorted(kept, key=lambda d: d.trig.tok.i))

    def _support_uses(self, drafts: dict[int, Draft]) -> None:
        """Verbs whose object names the act: "gave the junta an ultimatum", "a donné son feu vert" are the
        ultimatum and the approval; "attacked the opposition, accusing it of ..." is a verbal attack."""
        for d in list(drafts.values()):
            tok = d.trig.tok
            lemma = tok.lemma_.lower()
            if d.trig.linear and d.type in WRAPPING_TYPES:
                # "Tehran snubs call for talks", "la junte ferme la porte à une médiation": what is refused
                for w in (w for w in object_words(tok, into=TO_WORDS) if w.i in drafts):
                    drafts[w.i].absorbed = True
            if d.type == "REQUEST" and lemma in STRIKE_CALLS:
                # "unions call a general strike", "ont appelé au boycott": the call organises the protest
                for o in [
                    *objects(tok),
                    *(o for p, o in prep_objects(tok) if p in ("à", "au", "aux", "for")),
                ]:
                    if o.i in drafts and drafts[o.i].type == "PROTEST" and not d.absorbed:
                        drafts[o.i].source = drafts[o.i].source or d.source
                        d.absorbed = True
            if (d.type, d.mode) == ("RETREAT", "ceasefire"):
                for o in objects(tok):
                    if o.i in drafts and drafts[o.i].type == "ASSAULT":
                        drafts[o.i].absorbed = True  # "suspended their attacks": no attack happens
            if verb_class(tok) == "V" and lemma in CONTINUE_VERBS:
                # "Pékin poursuit son offensive (de charme)": the act goes on, no one is prosecuted
                acts = [
                    o
                    for o in objects(tok)
                    if any(e.role == "event" for e in self.lex.lookup("N", o.lemma_.lower()))
                ]
                if acts:
                    d.absorbed = True
                    for o in acts:
                        if o.i in drafts:
                            drafts[o.i].source = drafts[o.i].source or d.source
                    continue
            # the lexicon's word when the lemmatizer left a finite form ("donne" for "donner")
            head = head_of(d.trig.entry) if d.trig.entry.term else lemma
            if verb_class(tok) == "V" and GIVING_VERBS & {lemma, head} and not d.trig.entry.rest:
                given = [*objects(tok), *(c for c in tok.children if c.dep_ in ("npadvmod", "obl:mod"))]
                # "gave the firms until March to submit plans"
                until = [o for p, o in prep_objects(tok) if p in UNTIL_WORDS]
                if any(o.lemma_.lower() in DEADLINE_WORDS for o in given) or (
                    until
                    and given
                    and any(
                        c.dep_ in ("xcomp", "advcl", "acl") and c.pos_ == "VERB"
                        for h in (tok, *until)
                        for c in h.children
                    )
                ):
                    # "a donné 48 heures aux forces françaises pour quitter": an ultimatum, as "issue an ultimatum"
                    d.type, d.mode = "THREATEN", None
                    spans = [o for o in given if o.lemma_.lower() in DEADLINE_WORDS]
                    told = [o for o in given if o not in spans and self._looks_like_actor(o)]
                    told += [o for p, o in prep_objects(tok) if p in ("à", "au", "aux", "to")]
                    told += [o for w in spans for p, o in prep_objects(w) if p in ("à", "au", "aux", "to")]
                    d.target = self._actors_of(told) or d.target  # who must act before it runs out
                    continue
                named = [drafts[o.i] for o in objects(tok) if o.i in drafts and drafts[o.i].type != d.type]
                if named:
                    d.absorbed = True
                    named[0].source = named[0].source or d.source
                    named[0].target = named[0].target or d.target
            elif (
                d.type == "ASSAULT"
                and lemma in VERBAL_ATTACK_VERBS
                and any(
                    drafts[c.i].type == "ACCUSE"
                    for c in [*tok.children, *(w for o in objects(tok) for w in o.children)]
                    if c.i in drafts
                    and c.dep_
                    in ("advcl", "conj", "relcl", "acl:relcl", "acl", "ccomp", "parataxis", "xcomp")
                )
            ) or (d.type == "ASSAULT" and not d.mode and _verbal_attack(d)):
                d.type, d.mode = "ACCUSE", "disapprove"
            if (
                d.type == "AGREE"
                and lemma in VOW_VERBS
                and tok.lang_ == "en"
                and any(
                    x.dep_ == "xcomp"
                    and x.lemma_.lower() in RESPONSE_VERBS
                    and any(
                        o.lemma_.lower() == "aggression"
                        or any(e.type == "ASSAULT" for e in self.lex.lookup("N", o.lemma_.lower()))
                        for p, o in prep_objects(x)
                        if p in ("to", "against")
                    )
                    for x in tok.children
                )
            ):
                # "vowed to respond to any attack"
                d.type, d.mode, d.status = "THREATEN", "violence", "threatened"

    def _demands(self, t: Trigger, drafts: dict[int, Draft], speech: SpeechContext) -> None:
        """ "X said that Y must V" is a demand by X on Y even when V names no event of its own."""
        tok = t.tok
        if tok.dep_ == "advcl" and _participle(tok):
            host = governed_draft(tok.head, drafts)
            if host is not None and host.type == "PROTEST":
                return  # "staged rallies, saying he must resign": the demand is what the rallies are about
        for c in t.tok.children:
            if c.dep_ != "ccomp":
                continue
            must = obliges(c)
            direct = [c, *(x for x in c.children if x.dep_ in ("xcomp", "dobj", "obj"))]
            if not must or any(x.i in drafts for x in direct):
                continue  # "Y must withdraw", "must reach an agreement": the event's own rules make it the demand
            for x in c.subtree:
                # what the demand asks for, but not what a relative clause tells ("a helicopter that was captured")
                if x.i in drafts and not inside_relative(x, c):
                    drafts[x.i].absorbed = True
            d = Draft(
                Trigger(c, DEMAND_ENTRY, "REQUEST", None), t.tok.sent, "REQUEST", None, status="announced"
            )
            d.tokens = {c.i}
            speaker = speech.speaker_of(t.tok)
            d.source = [speaker] if speaker else []
            d.target = self._actors_of(subjects(c))
            drafts[c.i] = d

    def _names_event(self, t: Trigger) -> bool:
        """False for words that only describe ("milices soutenues par l'Iran", "forces de combat", "combat troops")."""
        tok = t.tok
        if (
            t.type == "ASSAULT"
            and t.entry.rest
            and t.entry.term.split()[0] in IMPACT_VERBS
            and not self._armed(tok)
        ):
            return False  # "a fire ripped through the factory", "a bus slammed into a truck": no attack
        if t.entry.term == "halt" and tok.head.lemma_.lower() in STANDSTILL_VERBS and tok.head.i != tok.i:
            return False  # "Paris transport grinds to a halt": a standstill, no one halts anything
        if t.type == "ASSAULT" and any(
            o.lemma_.lower() in PEACEFUL_FOES
            for o in [*objects(tok), *(o for p, o in prep_objects(tok) if p == "against")]
        ):
            return False  # "doctors arrive to fight coronavirus", "the battle against corruption"
        if t.linear:
            return True  # a headline's verb: its parse ("sign" as a compound of "deal") says nothing
        if verb_class(tok) == "V":
            if (
                tok.dep_ in ("acl", "amod")
                and past_participle(tok)
                and not headline_predicate(tok)
                and not active_participle(tok, t.entry)
            ):
                # "ces vivres, acheminés par la Croix-Rouge", "des villages incendiés par les rebelles": a material
                # act its doer is named for; "des milices soutenues par l'Iran" only describes
                return t.type in AGENT_TOLD_TYPES and bool(passive_agents(tok)) and tok.head.pos_ == "NOUN"
            if consequence(tok):
                return False  # "permettant ainsi le redéploiement", "thereby allowing": a consequence
            if tok.lemma_.lower() in ENABLING_VERBS and not self._actor_enables(tok):
                return False  # "l'opération a permis de reprendre", "permettant la reprise": a result
            if t.type == "CONSULT" and any(
                w.lemma_.lower() in GATHERED_THINGS
                for w in subjects(tok) + passive_subjects(tok) + objects(tok)
            ):
                return False  # "dès que les conditions seront réunies"
            if t.type == "CONSULT" and any(
                any(e.role == "event" for e in self.lex.lookup("N", w.lemma_.lower())) for w in subjects(tok)
            ):
                return False  # "toute violation recevra une réponse": an act does not receive visitors
            if tok.dep_ in ("relcl", "acl:relcl") and any(
                e.role == "event" and e.type and e.type != t.type
                for e in self.lex.lookup("N", tok.head.lemma_.lower())
            ):
                return False  # "a general strike that shut down the capital": what the strike did
            if tok.dep_ in ("xcomp", "obl:arg", "obl") and tok.head.lemma_.lower() in PURPOSE_HEADS:
                return False  # "sert uniquement à soutenir l'effort": a purpose, not an act
            if (
                (t.type, t.mode) == ("RETREAT", "access")
                and not t.entry.rest
                and not self._opens_passage(tok)
            ):
                return (
                    False  # "the market had been reopened", "schools reopened": no access granted to anyone
                )
            host = verb_host(tok)
            if (
                t.type == "PROTEST"
                and host is not None
                and not any(e.role == "event" and e.type for e in self.lex.lookup("V", host.lemma_.lower()))
            ):
                return True  # "ont occupé l'amphithéâtre pour protester": what they did is the protest
            return not any(c.dep_ == "mark" and c.lemma_.lower() in PURPOSE_MARKS for c in tok.children)
        if consequence(tok.head):
            return False
        if t.type == "ASSAULT" and any(
            w.lemma_.lower() in FIGURATIVE_WORDS or w.lower_ in FIGURATIVE_WORDS
            for c in tok.children
            for w in (c, *(x for x in c.children if x.dep_ in ("amod", "nmod")))
            if c.dep_ in ("amod", "nmod")
        ):
            return False  # "une offensive diplomatique", "son offensive de charme"
        if tok.head.lemma_.lower() in GENERIC_EVENT_HEADS and tok.head.i != tok.i:
            return True  # "launched a mediation effort", "une mission de médiation"
        if tok.dep_ == "compound":
            return False
        if _struck(tok) is not None or span_of(tok) is not None:
            return True  # "visé par des tirs", "leur troisième semaine de grève"
        bare = not any(c.dep_ == "det" for c in tok.children)
        if (
            tok.dep_.startswith("nmod")
            and bare
            and case_words(tok) in ("de", "d'", "d’")
            and tok.head.i != tok.i
        ):
            return False
        prep = preposition(tok)
        return prep not in TEMPORAL_PREPS

    def _armed(self, tok: Token) -> bool:
        """Whether what does a verb of impact is a weapon, an attacker or an attack ("a car bomb ripped through",
        "a suicide bomber tore through", "an explosion ripped through"); a headline's tagger may have made the
        verb a noun and its subject a modifier ("Car bomb rips through")."""
        doers = subjects(tok) if verb_class(tok) == "V" else []
        doers = doers or [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
        return any(
            self._weapon_mode(s) is not None
            or any(e.role == "event" and e.type == "ASSAULT" for e in self.lex.lookup("N", s.lemma_.lower()))
            for s in doers
        )

    def _actor_enables(self, tok: Token) -> bool:
        """Whether a verb of making possible is an actor's decision ("Israël a permis l'entrée de l'aide") rather
        than what an act or a piece of news made possible ("l'opération a permis de ...", "a rouvert le poste,
        permettant la reprise des convois", "des informations qui ont permis de ...")."""
        if _participle(tok):
            head = tok.head
            return not any(
                e.role == "event" for e in self.lex.lookup(verb_class(head) or "V", head.lemma_.lower())
            )
        for s in (antecedent(s) or s for s in subjects(tok)):
            if s.pos_ == "PRON":
                continue
            if joint(s) or any(e.role == "event" for e in self.lex.lookup("N", s.lemma_.lower())):
                return False
            if s.pos_ == "NOUN" and not self._looks_like_actor(s):
                return False
        return True

    def _opens_passage(self, tok: Token) -> bool:
        """Whether what a verb of opening opens is a way through (a border, a crossing, a road, airspace, a
        named place); True when the clause does not say what is opened."""
        opened = objects(tok) + passive_subjects(tok)
        if not opened and not is_passive(tok):
            opened = subjects(tok)  # "the crossing reopened on Monday"
        if not opened:
            return True
        for o in opened:
            words = [o, *(c for c in o.children if c.dep_ in ("compound", "amod", "nmod", "flat"))]
            if any(w.lemma_.lower() in PASSAGE_WORDS or w.lower_ in PASSAGE_WORDS for w in words):
                return True
            if o.ent_type_ in ("GPE", "LOC", "FAC") or self.places.resolve(o.text, self.lang) is not None:
                return True
        return False

    def _informative(self, d: Draft) -> bool:
        """A noun with no actor is kept only for material events that say where or when."""
        if d.absorbed or verb_class(d.trig.tok) == "V" or d.source or d.target or d.trig.entry.pos == "V":
            return True
        tok = d.trig.tok
        head = tok.head
        if tok.dep_ == "nsubj" and verb_class(head) == "V" and not self._reporting(head):
            # "fighting erupted", "talks resumed", "the strike shut the port": told as happening, not as what
            # talks should achieve ("les pourparlers devaient aboutir à ...")
            if d.type in THREAT_TYPES and any(self._reporting(a) for a in list(head.ancestors)[:2]):
                return True  # "a laissé entendre que des sanctions pourraient être prises": a warning
            return not under_modal(head) and not is_future(head)
        if self._done_by_someone(tok) or _struck(tok) is not None or d.trig.entry is REFUSAL_ENTRY:
            return True
        if d.type == "ASSAULT" and any(e.role == "claim" for e in self.lex.lookup("V", head.lemma_.lower())):
            return True  # "l'enlèvement n'a toujours pas été revendiqué": it happened, unclaimed
        if d.type in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT"):
            return bool(d.dead or d.injured or d.size)
        return False

    def _done_by_someone(self, tok: Token) -> bool:
        """Whether a noun event is told as done, though its doer is only a pronoun or unsaid, as article bodies
        tell them: the object of a support verb with a pronoun subject ("Ils ont entamé une grève de la faim",
        "Elle a rejoint le sit-in"), the subject of a passive support verb ("un couvre-feu a été instauré"), a
        state its subject is in ("les enseignants sont en grève")."""
        head = tok.head
        if any(
            c.dep_ in ("acl", "amod")
            and "Part" in c.morph.get("VerbForm", [])
            and any(e.role == "light" for e in self.lex.lookup("V", c.lemma_.lower()))
            for c in tok.children
        ):
            return True  # a title's "couvre-feu instauré à Nzérékoré", "enquête ouverte après ...": done
        if tok.dep_ == "ROOT":
            return any(c.dep_ == "cop" for c in tok.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children
            )
        if verb_class(head) != "V" or not any(
            e.role == "light" for e in self.lex.lookup("V", head.lemma_.lower())
        ):
            return False
        if is_future(head) or any(
            c.dep_.startswith("aux") and c.lemma_.lower() in MODAL_VERBS for c in head.children
        ):
            return False
        if tok.dep_ in ("nsubj:pass", "nsubjpass"):
            return True
        return tok.dep_ in ("obj", "dobj") and any(s.pos_ == "PRON" for s in subjects(head))

    # ---------------------------------------------------------------- casualties
    def _casualty_anchor(
        self, t: Trigger, drafts: dict[int, Draft], by_tok: dict[int, Trigger]
    ) -> Draft | None:
        tok = t.tok
        assaults = [d for d in drafts.values() if d.type == "ASSAULT"]
        if tok.dep_ in ("acl:relcl", "relcl", "acl") and tok.head.i in drafts:
            return drafts[tok.head.i]
        for _, obj in prep_objects(tok):
            for x in [obj, *obj.subtree]:
                if x.i in drafts and drafts[x.i].type == "ASSAULT":
                    return drafts[x.i]
        for c in tok.children:
            if c.i in drafts and drafts[c.i].type == "ASSAULT":
                return drafts[c.i]
        if tok.dep_ == "conj" and tok.head.i in by_tok and by_tok[tok.head.i].role in ("dead", "injured"):
            for d in drafts.values():
                if tok.head.i in d.tokens:
                    return d
        for _dep, anc in ancestors_in(tok, tok.sent):
            if anc.i in drafts and drafts[anc.i].type == "ASSAULT":
                return drafts[anc.i]
            for d in drafts.values():
                if anc.i in d.tokens and d.type == "ASSAULT":
                    return d
        return assaults[0] if len(assaults) == 1 else None

    def _toll(self, t: Trigger, drafts: dict[int, Draft], countries: list[str]) -> None:
        """ "A car bomb claimed nine lives", "l'attentat a fait neuf morts", "the blast left 23 people injured":
        the verb counts the victims of the attack it speaks of. The attack is the verb's subject (an attack
        noun, or a weapon: then the attack is told by the toll alone), or the attack the clause belongs to."""
        tok = t.tok
        dead, injured, victims = self._toll_counts(tok)
        carrier = tok
        subj = passive_agents(tok) if is_passive(tok) else subjects(tok)
        if not subj and tok.dep_ in ("advcl", "conj", "xcomp") and tok.head.i != tok.i:
            carrier = tok.head  # "a bomb exploded in the market, claiming nine lives"
            subj = subjects(carrier)
        anchor = next(
            (drafts[x.i] for s in subj for x in s.subtree if x.i in drafts and drafts[x.i].type == "ASSAULT"),
            None,
        )
        if anchor is None:
            anchor = next(
                (
                    d
                    for _dep, anc in ancestors_in(tok, tok.sent)
                    for d in drafts.values()
                    if d.type == "ASSAULT" and anc.i in d.tokens
                ),
                None,
            )
        assaults = [d for d in drafts.values() if d.type == "ASSAULT"]
        if (
            anchor is None
            and len(assaults) == 1
            and all(s.lower_ in PRONOUNS or s.pos_ == "PRON" for s in subj)
        ):
            anchor = assaults[0]  # "it left nine dead" after the attack the sentence names
        if anchor is None:
            mode = next((m for s in subj if (m := self._weapon_mode(s))), None)
            if mode is None:
                return  # "the earthquake claimed 300 lives", "floods left 20 dead": a toll, but of no attack
            anchor = Draft(Trigger(tok, t.entry, "ASSAULT", mode), tok.sent, "ASSAULT", mode, tokens={tok.i})
            anchor.source = [o for s in subj if (o := self._weapon_owner(s)) is not None]
            drafts[tok.i] = anchor
        anchor.tokens.add(tok.i)
        if anchor.location is None:
            anchor.location = self._locative(carrier, countries)
        if dead is not None and anchor.dead is None:
            anchor.dead = dead
        if injured is not None and anchor.injured is None:
            anchor.injured = injured
        if not anchor.target:
            anchor.target = self._actors_of(victims[:1])

    def _toll_counts(self, tok: Token) -> tuple[int | None, int | None, list[Token]]:
        """(dead, injured, who) a toll verb gives: "neuf morts et 23 blessés", "the lives of four soldiers",
        "23 people injured"; `who` are the victims when words other than the toll's own name them."""
        found: dict[str, int] = {}
        victims: list[Token] = []
        objs = objects(tok)
        heads = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass", "punct", "cc")]
        for head in heads:
            for x in conjuncts(head) if head.dep_ != "conj" else [head]:
                states = [x, *(c for c in x.children if c.dep_ in ("acl", "amod"))]
                kind = next((k for s in states if (k := victim_kind(s)) is not None), None)
                if kind is None or kind in found:
                    continue
                if x.lemma_.lower() in LIFE_WORDS or (x.pos_ == "NOUN" and self._number_of(x) is None):
                    # "the lives of four soldiers", "coûté la vie à neuf personnes"
                    owners = [
                        o for p, o in [*prep_objects(x), *prep_objects(tok)] if p in ("of", "de", "à", "to")
                    ]
                    n = next((c for o in owners if (c := self._number_of(o)) is not None), None)
                    n = n if n is not None else self._number_of(x)
                    victims += owners
                elif x.lower_ in CASUALTY_STATES and x.pos_ != "NOUN":
                    # "left nine people dead", "and dozens wounded": the people the state is said of
                    who = subjects(x) or ([x.head] if x.dep_ in ("acl", "amod") else objs)
                    n = next((c for o in who if (c := self._number_of(o)) is not None), None)
                    victims += who
                else:
                    n = self._number_of(x)
                    if victim_kind(x) is None:
                        victims.append(x)  # "23 people injured"
                if n is not None:
                    found[kind] = n
        return found.get("dead"), found.get("injured"), victims

    def _number_of(self, tok: Token) -> int | None:
        """The count a noun states in words ("neuf morts", "23 people", "un mort", "dozens"), not one guessed
        from its grammatical number."""
        if tok.pos_ == "NUM" or tok.like_num or tok.ent_type_ == "CARDINAL":
            own = parse_count(nominal_span(tok).text, self.lang) or parse_count(tok.text, self.lang)
            return own.value if own else None
        for c in tok.children:
            if c.dep_ in ("nummod", "amod", "det") and (c.like_num or c.pos_ == "NUM"):
                got = parse_count(tok.doc[c.left_edge.i : c.right_edge.i + 1].text, self.lang)
                if got is not None:
                    return got.value
        if any(
            c.lower_ in ("un", "une", "a", "an", "one") for c in tok.children if c.dep_ in ("det", "nummod")
        ):
            return 1
        return None

    def _killer_mode(self, tok: Token) -> str | None:
        """The attack mode a casualty verb gets from what killed: "a car bomb killed", "killed by a rocket"."""
        if is_passive(tok):
            agents = passive_agents(tok)
        elif tok.dep_ in ("acl", "amod") and objects(tok):
            agents = [tok.head]  # "a vehicle packed with explosives killed nine"
        else:
            agents = subjects(tok)
        return next((m for a in agents if (m := self._weapon_mode(a))), None)

    def _weapon_mode(self, tok: Token) -> str | None:
        """The attack mode of a weapon noun ("a car bomb", "une voiture piégée", "a rocket"), or None."""
        # the weapon may sit in a modifier: "a vehicle packed with explosives", "an explosives-laden car"
        words = [w for w in tok.subtree if w.dep_ not in ("relcl", "appos") and w.head.dep_ != "relcl"]
        for w in words:
            for key in (w.lemma_.lower(), w.lower_):
                hit = self.lex.modes.get(key)
                if hit is not None and hit[0] == "ASSAULT":
                    return hit[1]
        pair = f"{tok.lower_} {tok.nbor().lower_}" if tok.i + 1 < len(tok.doc) else ""
        hit = self.lex.modes.get(pair)
        return hit[1] if hit is not None and hit[0] == "ASSAULT" else None

    def _victims(self, t: Trigger) -> list[Token]:
        tok = t.tok
        reduced = tok.dep_ in ("acl", "amod") and not objects(tok)  # "a car killed nine people": active
        if is_passive(tok) or reduced or elliptic_passive(tok):
            heads = passive_subjects(tok) or (subjects(tok) if elliptic_passive(tok) else [])
            if not heads and tok.dep_ in ("acl", "amod") and tok.head.i != tok.i:
                heads = [tok.head]
        else:
            heads = objects(tok)
        if len(heads) > 1:  # a parse with two subjects: the one nearest the verb is the victim
            heads = [min(heads, key=lambda h: abs(h.i - tok.i))]
        out = []
        for h in heads:
            ante = antecedent(h)
            out.extend(conjuncts(ante if ante is not None else h))
        return out

    def _victim_actors(self, t: Trigger) -> list[Actor]:
        return self._actors_of(self._victims(t)[:1])

    def _victim_count(self, t: Trigger) -> int | None:
        total, known = 0, False
        for v in self._victims(t):
            n = self._count_of(v)
            if n is None:
                continue
            total, known = total + n, True
        return total if known else None

    def _count_of(self, tok: Token) -> int | None:
        if tok.pos_ == "NUM" or tok.like_num:
            own = parse_count(nominal_span(tok).text, self.lang)
            return own.value if own else None
        for c in tok.children:
            if c.dep_ == "nummod" or (c.dep_ == "det" and c.like_num):
                span = tok.doc[c.left_edge.i : c.right_edge.i + 1]
                got = parse_count(span.text, self.lang)
                if got:
                    return got.value
        number = tok.morph.get("Number", [])
        dets = [c for c in tok.children if c.dep_ == "det"]
        if any(d.lower_ in ("un", "une", "a", "an") for d in dets):
            return 1
        if tok.pos_ == "PROPN" or tok.ent_type_ in ("PER", "PERSON"):
            return 1
        if number == ["Sing"] and (dets or tok.tag_ in ("NN",)):
            return 1
        return None

    def _noun_casualties(self, d: Draft) -> None:
        """Counts such as "faisant 10 morts et 20 blessés" or "killing 10 people" in an attack's sentence."""
        if d.type != "ASSAULT":
            return
        for tok in d.sent:
            lem = tok.lemma_.lower()
            if lem in VICTIM_NOUNS_DEAD and d.dead is None:
                n = self._count_of(tok)
                if n is not None and any(c.dep_ == "nummod" for c in tok.children):
                    d.dead = n
            elif lem in VICTIM_NOUNS_INJURED and d.injured is None:
                n = self._count_of(tok)
                if n is not None and any(c.dep_ == "nummod" for c in tok.children):
                    d.injured = n

    # ---------------------------------------------------------------- context: status, wrappers
    def _context(
        self, d: Draft, by_tok: dict[int, Trigger], drafts: dict[int, Draft], speech: SpeechContext
    ) -> None:
        tok = d.trig.tok
        # "des sanctions pourraient être prises", "could be dissolved": what may come is a future act
        future = is_future(tok) or (
            tok.dep_ in ("nsubj", "nsubj:pass", "xcomp")
            and tok.head.lemma_.lower() == "pouvoir"
            and "Cnd" in tok.head.morph.get("Mood", [])
        )
        # the negation is the refusal, or the threat
        negated = is_negated(tok) and d.trig.entry not in (REFUSAL_ENTRY, NOT_RULED_OUT_ENTRY)
        hypothetical = (
            tok.sent.text.rstrip().endswith("?")
            or any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in tok.children)
            or any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in tok.children)
            or (tok.head.i != tok.i and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("pouvoir",))
        )
        modal = has_modal(tok)
        host = self._purpose_host(tok, drafts, by_tok)
        if host is not None and host is not d:
            d.absorbed = True  # "staged a rally to demand reforms": the demand is the rally's aim
            host.target = host.target or d.target
            if host.trig.tok.lemma_.lower() in VOW_VERBS and d.type in THREATENED_TYPES:
                host.type, host.status = "THREATEN", "threatened"  # "have sworn to fight"
            return
        speaker: Actor | None = None
        in_speech = ongoing = False
        # a headline verb read from word order governs its title: what the parse hung it under says nothing
        for dep, anc in [] if d.trig.linear else ancestors_in(tok, d.sent):
            if dep == "conj":
                continue
            if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in anc.children):
                hypothetical = True
            if anc.lemma_.lower() in PLAN_WORDS:
                future = True
            if (
                dep == "xcomp"
                and anc.i == tok.head.i
                and anc.lemma_.lower() in CONTINUE_VERBS
                and is_future(anc)
            ):
                # "will continue to provide", "continueront de fournir": no new promise
                future = ongoing = True
            if (
                d.type == "ASSAULT"
                and anc.lemma_.lower() in PREPARE_VERBS
                and anc.tag_ not in ("VBN", "JJ")
                and not negated
            ):
                # "the army prepared to resume shelling": forces get ready
                d.type, d.mode = "MOBILIZE", "troops"
                return
            if anc.lemma_.lower() in FAILURE_WORDS:
                negated = True
            trig = by_tok.get(anc.i)
            if dep in ("dobj", "obj") and anc.i == tok.head.i and has_modal(anc):
                modal = True  # "Sudan must return the helicopter", "must reach an agreement"
            if trig is None:
                continue
            if trig.role == "light":
                if not d.source and _struck(tok) is None:  # "X a fait l'objet de menaces": X undergoes
                    d.source = self._agents(anc)
                if not d.target:
                    d.target = [
                        a
                        for prep, obj in prep_objects(anc)
                        if prep in TARGET_PREPS or prep.startswith(("contre", "against"))
                        for a in self._actors_of([obj])
                    ]
                future = future or is_future(anc)
            elif trig.role == "claim":
                if (
                    is_negated(anc)
                    or has_condition(anc)
                    or any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in anc.children)
                ):
                    continue  # "no group claimed the attack", "n'a pas été revendiqué": no one claims it
                d.status = "claimed"
                claimant = self._actors_of([anc.head]) if anc.dep_ == "acl" else self._agents(anc)
                d.source = claimant or d.source
            elif trig.role == "deny":
                d.status = "denied"
            elif trig.role == "modal":
                modal = modal or not dep.startswith(("nsubj", "csubj"))
            elif trig.role == "speech":
                protest = self._purpose_host(anc, drafts, by_tok) if d.type != "PROTEST" else None
                if protest is not None and protest.type == "PROTEST":
                    d.absorbed = True  # "staged rallies, saying he must resign"
                    protest.target = protest.target or d.target
                    return
                in_speech = True
                speaker = speech.speaker_of(anc)
                break
            elif (
                trig.role == "event"
                and trig.type in WRAPPING_TYPES
                and anc.i in drafts
                # "poursuit son offensive, entamant une tournée": a verb of going on wraps nothing
                and not (drafts[anc.i].absorbed and anc.lemma_.lower() in CONTINUE_VERBS)
                # "le Russe, que les États-Unis réclamaient, a été extradé": a clause of its own wraps nothing
                and not (dep in ("advcl", "parataxis") and finite_indicative(tok))
                # "unions called a strike": the call only organised it
                and not (drafts[anc.i].absorbed and anc.lemma_.lower() in STRIKE_CALLS)
            ):
                wrapper = drafts[anc.i]
                if dep not in ("nsubj", "csubj"):  # "urged X to support", "agreed to provide aid": one event
                    d.absorbed = True
                    vow = anc.lemma_.lower() in VOW_VERBS
                    if vow and tok.head.i == anc.i and d.type in THREATENED_TYPES:
                        wrapper.type, wrapper.status = "THREATEN", "threatened"  # "vowed to fight on"
                    elif vow and d.type in ("REQUEST", "ACCUSE", "REJECT"):
                        wrapper.type, wrapper.mode = (
                            d.type,
                            d.mode,
                        )  # "a promis de continuer à faire pression"
                        wrapper.target = d.target or wrapper.target
                    if not wrapper.target:
                        wrapper.target = d.target or d.source
                    if wrapper.mode is None and wrapper.type == "THREATEN":
                        wrapper.mode = threat_mode(d)
                    if not wrapper.location:
                        wrapper.location = d.location
                    return
                break
        if speech.in_direct_quote(tok.idx):
            in_speech = True
            speaker = speaker or speech.speaker_at(tok.idx)
        if in_speech and modal and d.type not in VERBAL_CONFLICT:
            d.target = dedupe_actors(d.target + d.source)
            d.source = [speaker] if speaker else []
            d.type, d.mode, d.status = "REQUEST", "yield" if d.type == "RETREAT" else None, "announced"
            return
        if in_speech and (future or modal) and d.type in THREAT_TYPES and speaker is not None:
            d.mode = threat_mode(d)
            d.type, d.status = "THREATEN", "threatened"
            if speaker is not None and not d.source:
                d.source = [speaker]
            return
        if in_speech and future and not d.source and speaker is not None and d.type in SELF_ANNOUNCED:
            d.source = [speaker]  # "le Commandement a annoncé que les effectifs seraient réduits"
        own = self._own_subject(tok)
        if in_speech and own is not None and own.lower_ not in PRONOUNS and speaker is not None:
            # "X said that Y would attack" reports Y's plans; only X's own commitments are X's promises or threats
            spoken = self._actors_of([own])
            own = own if spoken and speaks_for(speaker, spoken[0]) else None
        elif in_speech and own is not None and own.lower_ not in PRONOUNS:
            own = None
        possible = any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in tok.children)
        if d.type in PROMISED_TYPES and not negated and self._willing(tok, d.sent):
            # "était disposé à reprendre les négociations", "s'est dit prêt à rencontrer": an offer, PLOVER's AGREE
            d.type, d.mode, d.status = "AGREE", None, "announced"
            return
        if (future or possible) and not negated and own is not None:
            conditional = has_condition(tok)
            if d.type in PROMISED_TYPES and future and not hypothetical and not conditional and not ongoing:
                d.type, d.mode, d.status = "AGREE", None, "announced"  # "Syria will release the prisoners"
                return
            if d.type in OFFERED_TYPES and conditional:
                # "willing to send material if it is attacked", "would meet the mediator if ...": an offer
                d.type, d.mode, d.status = "AGREE", None, "announced"
                return
            if (d.type, d.mode) == ("PROTEST", "boycott") and not conditional and decided(tok):
                d.status = "announced"  # "announced they would boycott the elections": the boycott is decided
                if not d.source and speaker is not None:
                    d.source = [speaker]
                return
            if d.type in THREATENED_TYPES and not conditional and _resolved_to(tok):
                d.status = "announced"  # "a décidé de rompre ses relations": the decision taken is the act
                return
            if d.type in THREATENED_TYPES or (d.type in PROMISED_TYPES and conditional):
                # "the farmers said they would blockade Paris", "will withdraw its force unless ..."
                d.mode = threat_mode(d)
                d.type, d.status = "THREATEN", "threatened"
                return
        if negated and (future or modal) and self._own_subject(tok) is not None and d.type in REFUSABLE_TYPES:
            d.type, d.mode, d.status = "REJECT", None, "occurred"  # "will not negotiate", "ne libérera pas"
            return
        if negated and d.type in ("AGREE", "CONCEDE"):
            d.type, d.status = "REJECT", "occurred"  # "will not accept", "failed to reach agreement"
            return
        if negated:
            d.status = "hypothetical" if d.status == "occurred" else d.status
        elif hypothetical:
            d.status = "hypothetical"
        elif future and d.status == "occurred":
            d.status = "threatened" if d.type == "THREATEN" else "announced"

    def _purpose_host(self, tok: Token, drafts: dict[int, Draft], by_tok: dict[int, Trigger]) -> Draft | None:
        """The event an infinitive of purpose belongs to ("a hunger strike to protest ...", "rallied to demand")."""
        if (
            tok.dep_ == "conj"
            and tok.head.i in drafts
            and drafts[tok.head.i].type == "PROTEST"
            and self._demand_like(tok, by_tok)
            and not subjects(tok)
        ):
            return drafts[tok.head.i]  # "protesters occupy airport, demand reforms": what the protest demands
        if tok.dep_ not in ("advcl", "acl", "relcl", "acl:relcl") or tok.head.i == tok.i:
            return None
        host = governed_draft(tok.head, drafts)
        if (
            host is not None
            and host.type == "PROTEST"
            and _participle(tok)
            and self._demand_like(tok, by_tok)
        ):
            return host  # "blocked roads demanding his return": the demand is what the protest is about
        if not purpose_marked(tok):
            return None
        head = tok.head
        if head.i not in drafts and head.i in by_tok and by_tok[head.i].role != "light":
            return None
        # the head's own event, or the one it governs: "staged a rally to demand", "continued their strike to protest"
        return governed_draft(head, drafts)

    def _demand_like(self, tok: Token, by_tok: dict[int, Trigger]) -> bool:
        """A demand verb, or a speech verb whose clause says what must happen ("saying he must resign")."""
        trig = by_tok.get(tok.i)
        if trig is not None and trig.type == "REQUEST":
            return True
        return (
            trig is not None
            and trig.role == "speech"
            and any(c.dep_ == "ccomp" and obliges(c) for c in tok.children)
        )

    @staticmethod
    def _willing(tok: Token, sent: Span) -> bool:
        """Whether the act hangs on a word of willingness ("prêt à", "disposé à", "willing to") that is not denied."""
        for _, anc in list(ancestors_in(tok, sent))[:3]:
            if anc.lower_ in WILLING_WORDS or anc.lemma_.lower() in WILLING_WORDS:
                return not is_negated(anc) and not any(is_negated(c) for c in anc.children if c.dep_ == "cop")
            if anc.dep_ not in ("xcomp", "obj", "dobj", "acomp", "advcl", "ccomp") and verb_class(anc) == "V":
                return False
        return False

    def _own_subject(self, tok: Token) -> Token | None:
        """Who will act, when the clause names it in the active voice: "X will withdraw", "X is ready to ..."."""
        if verb_class(tok) != "V" or is_passive(tok):
            return None
        cur = tok
        for _ in range(4):
            subj = subjects(cur)
            if subj:
                return subj[0] if subj[0].lemma_.lower() not in QUANTITY_NOUNS else None
            if cur.dep_ not in ("xcomp", "conj", "acomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        return None

    # ---------------------------------------------------------------- output
    def _features(self, d: Draft, siblings: list[Draft]) -> list[str]:
        """What the confidence model looks at: the type, the trigger, its place in the sentence, what was found."""
        tok, typ = d.trig.tok, d.type
        ups = list(ancestors_in(tok, d.sent))
        depth = len(ups)
        ranked = sorted(siblings, key=lambda o: -heuristic_confidence(o))
        shaky = _shaky(d, ups)
        last = d.sent[-1] if len(d.sent) else tok
        while last.is_space and last.i > d.sent.start:
            last = last.doc[last.i - 1]
        parts = {
            "lang": self.lang,
            "pos": verb_class(tok) or "?",
            "dep": "relcl" if tok.dep_ == "acl:relcl" else tok.dep_.split(":")[0],  # relative clauses apart
            "depth": str(min(depth, 3)),
            "src": str(bool(d.source)),
            "tgt": str(bool(d.target)),
            "status": d.status,
            "mode": str(d.mode is not None),
            "n": str(min(len(siblings), 3)),
            "rank": str(min(next(i for i, o in enumerate(ranked) if o is d), 2)),
            "quote": str(d.quote is not None),
            "wrapped": str(len(d.tokens) > 1),
            "headline": str(not last.is_punct),
            "fixed": str(bool(d.trig.entry.rest)),
            "ambiguous": str(
                len({e.type for p in ("V", "N") for e in self.lex.lookup(p, tok.lemma_.lower())}) > 1
            ),
            "retyped": str(d.type != d.trig.type),
            "root": str(tok.head.i == tok.i),
            "long": str(len(d.sent) > 30),
            "inside": str(any(o is not d and anc.i in o.tokens for _, anc in ups for o in siblings)),
            "governs": str(any(o is not d and under(o.trig.tok, tok, d.sent) for o in siblings)),
            "background": str(background(tok, ups)),
            "shaky": "+".join(shaky) or "no",
            "subordinate": str(subordinate(tok, d.sent)),
            # what a reporting verb governs is the news it reports ("X ont incendié ..., a affirmé Y")
            "said": str(bool(ups) and self._reporting(ups[0][1])),
        }
        feats = [f"type={typ}", f"lem={tok.lemma_.lower()}|{typ}", f"lemma={tok.lemma_.lower()}"]
        feats += [f"{k}={v}" for k, v in parts.items()]
        feats += [
            f"{typ}|{k}={v}"
            for k, v in parts.items()
            if k in ("lang", "pos", "dep", "depth", "src", "tgt", "n")
        ]
        feats += [f"with={o.type}" for o in siblings if o is not d]
        feats += [f"{typ}|with={o.type}" for o in siblings if o is not d]
        feats += ["casualties"] if d.dead or d.injured else []
        feats += ["guessed"] if d.guessed is not None else []
        feats += [f"shaky={w}" for w in shaky] + [f"{typ}|shaky={w}" for w in shaky]
        return feats

    def _finish(self, article: Article, d: Draft, feats: list[str]) -> Event:
        sent = d.sent
        key = f"{article.id}|{article.text_sha256}|{PIPELINE_VERSION}|{d.trig.tok.idx}|{d.type}"
        model = load_model(self.confidence_model) if self.use_model else None
        confidence = model.probability(feats) if model is not None else heuristic_confidence(d)
        if d.guessed is not None:
            confidence = d.guessed  # the type model's probability, scaled
        return Event(
            article_id=article.id,
            event_id=hashlib.sha1(key.encode()).hexdigest()[:16],
            event_type=d.type,
            mode=d.mode,
            status=d.status,
            source=d.source,
            target=d.target,
            date=d.date.edtf if d.date else None,
            date_text=d.date.text if d.date else None,
            location=d.location,
            dead=d.dead,
            injured=d.injured,
            size=d.size,
            quote=d.quote,
            evidence=evidence_of(sent),
            language=self.lang,
            confidence=max(0.05, min(0.99, confidence)),
            mentions=[evidence_of(s) for s in d.also],
            trigger=d.trig.tok.text,
            approximate=d.approximate,
        )


def _verbal_attack(d: Draft) -> bool:
    """A known leader attacking a person or an official "over" something attacks with words ("Erdogan launches
    fresh attack on Netanyahu over Gaza", "Trump attacks Fed chair over rate decision"); a mob attacking a man
    over a rumour does not."""
    tok = d.trig.tok
    if tok.lang_ != "en" or tok.lemma_.lower() != "attack" or not d.source:
        return False
    if any(a.kind != "person" or a.id is None for a in d.source):
        return False
    attacked = [*objects(tok), *(o for p, o in prep_objects(tok) if p == "on")]
    attacked += object_words(tok) if d.trig.linear else []  # a headline read from word order
    if not any(o.ent_type_ in ("PERSON", "PER") or o.lemma_.lower() in OFFICE_WORDS for o in attacked):
        return False
    return any(
        p == "over" and o.ent_type_ not in ("DATE", "TIME") and not o.like_num
        for h in [tok, *attacked]
        for p, o in prep_objects(h)
    )


def _resolved_to(tok: Token) -> bool:
    """An act that its doer has decided on, in the past ("a décidé de rompre", "decided to expel"): a decision
    taken, not a threat; "could decide to" or "will decide whether to" decide nothing yet."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() in ("décider", "decide")
        and not is_future(head)
        and not any(c.dep_.startswith("aux") and c.lower_ in POSSIBILITY_AUX for c in head.children)
    )
