"""The arguments and size sections of the event extractor, as a mixin: who acted on whom, and how many."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..resolve.dates import find_dates
from ..resolve.numbers import find_counts
from ..types import Actor
from .clauses import (
    _struck,
    acronym,
    active_participle,
    any_word,
    dedupe_actors,
    fixed_children,
    headline_predicate,
    headline_to,
    is_money,
    lemma_in,
    looks_like_year,
    of_case,
    past_participle,
    patient_noun,
    prepositional,
    protesters,
    purpose_marked,
    span_of,
    stray_objects,
    subject_heads,
    together,
    under_pressure,
    verb_host,
)
from .drafts import Draft, Trigger
from .headline import linear_verb, object_phrases, object_words, subject_phrases
from .mentions import same_actor
from .placedate import PlaceDateMixin
from .syntax import (
    PRONOUNS,
    antecedent,
    conjuncts,
    is_negated,
    is_passive,
    lemma_candidates,
    nominal_span,
    objects,
    passive_agents,
    passive_subjects,
    prep_objects,
    preposition,
    subjects,
    verb_class,
)
from .words import (
    ABSTRACT_TARGETS,
    AID_WORDS,
    ARMED_BLOCKADE,
    ARTIFACTS,
    ATTRIBUTION_VERBS,
    AUTHORITY_WORDS,
    BLOCKING_VERBS,
    BODY_WORDS,
    CAPTIVE_MARKS,
    CAPTOR_WORDS,
    CASUALTY_STATES,
    CONDUCT_WORDS,
    COURT_WORDS,
    CROWD_KILLING,
    CROWD_WEAPONS,
    CROWD_WORDS,
    DEMAND_VERBS,
    DEPARTURE_VERBS,
    DISMISS_VERBS,
    DISPERSE_VERBS,
    ENVOY_WORDS,
    FEATURE_HEADS,
    FRACTION_NOUNS,
    GENERIC_EVENT_HEADS,
    GRIEVANCES,
    HANDOVER_VERBS,
    IRREGULARS,
    JAIL_VERBS,
    JUSTICE_WORDS,
    LEAVING_VERBS,
    LODGE_VERBS,
    OF_PREPOSITIONS,
    OFFICE_WORDS,
    ONLINE_WORDS,
    ORDER_VERBS,
    ORG_KINDS,
    PARTITIVE_NOUNS,
    PASSAGE_WORDS,
    PEACEKEEPING_WORDS,
    PENALTY_WORDS,
    PEOPLE_AT_WORK,
    PREMISES_WORDS,
    PROTEST_VERBS,
    QUANTITY_NOUNS,
    RETYPE_BY_OBJECT,
    RETYPE_BY_VERB_AND_OBJECT,
    SEIZING_VERBS,
    SENTENCING_WORDS,
    SETTLEMENT_WORDS,
    SHIP_WORDS,
    SIGNING_VERBS,
    SIZE_TYPES,
    SUSPECTED_WORDS,
    SUSPENDING_VERBS,
    TARGET_PREPS,
    TARGETING_VERBS,
    TERM_WORDS,
    VERBAL_ATTACK_NOUNS,
    VERBAL_ATTACK_VERBS,
    VERBAL_ATTACK_WORDS,
    VERBAL_CONFLICT,
    WORKER_WORDS,
)

__all__ = ["ArgumentMixin"]


class ArgumentMixin(PlaceDateMixin):
    """Who acted on whom in an event, and the size of the crowd or force it involved."""

    # ---------------------------------------------------------------- arguments
    def _arguments(self, d: Draft, by_tok: dict[int, Trigger]) -> None:
        tok = d.trig.tok
        objs = objects(tok) + passive_subjects(tok)
        objs += [o for x in objs if x.lemma_.lower() in PARTITIVE_NOUNS for _, o in prep_objects(x)]
        for words, retyped in RETYPE_BY_OBJECT.get((d.type, d.mode or ""), []):
            if any(o.lemma_.lower() in words or o.lower_ in words for o in objs):
                d.type, d.mode = retyped
                break
        if (
            d.type == "RETREAT"
            and tok.lemma_.lower() in ("leave", "laisser")
            and any(
                w.lower_ in CASUALTY_STATES
                for o in [*objs, *(c for c in tok.children if c.dep_ in ("xcomp", "oprd", "acomp", "advcl"))]
                for w in o.subtree
            )
        ):
            d.type, d.mode = (
                "ASSAULT",
                None,
            )  # "left nine people dead": the toll of an attack, not a departure
        if (
            (d.type, d.mode) == ("CONSULT", "visit")
            and tok.lemma_.lower() == "rendre"
            and any(o.lemma_.lower() in CAPTOR_WORDS for p, o in prep_objects(tok) if p in ("à", "au", "aux"))
        ):
            d.type, d.mode = (
                "RETREAT",
                None,
            )  # "se sont rendus aux forces gouvernementales": a surrender, no visit
        if (d.type, d.mode) == ("PROTEST", "obstruct") and any(
            c.lemma_.lower() in ARMED_BLOCKADE for c in tok.children if c.dep_ in ("amod", "compound", "nmod")
        ):
            d.type, d.mode = "COERCE", "restrict"  # a naval or military blockade is no street protest
        lemma = tok.lemma_.lower()
        told = (
            objs + [o for p, o in prep_objects(tok) if p in OF_PREPOSITIONS]
            if verb_class(tok) == "N"
            else objs + stray_objects(tok)
        )
        if d.trig.linear:
            told += object_words(tok)
        # "hands over two suspects": the particle parsed as a preposition holds the object
        told += [
            o for c in tok.children if c.lower_ in d.trig.entry.rest for o in c.children if o.dep_ == "pobj"
        ]
        # and what the object is made of: "une brigade de médecins", its kind: "a peace accord", or what it is
        # suspected of being: "un chef présumé du gang"
        told += [
            w
            for o in told
            for w in o.children
            if w.dep_ == "nmod"
            and of_case(w)
            # "an aid worker" is a person, not aid
            or w.dep_ == "compound"
            and not (o.lemma_.lower() in PEOPLE_AT_WORK and w.lemma_.lower() in AID_WORDS)
            or w.lemma_.lower() in SUSPECTED_WORDS | CAPTIVE_MARKS
        ]
        if (lemma in SUSPENDING_VERBS or d.trig.entry.term in SUSPENDING_VERBS) and any(
            o.lemma_.lower() in ("activity", "activité")
            and any(p in OF_PREPOSITIONS for p, _ in prep_objects(o))
            for o in told
        ):
            d.type, d.mode = "COERCE", "ban"  # "suspended the activities of all political parties"
        if (lemma in SIGNING_VERBS or d.trig.entry.term in SIGNING_VERBS) and any(
            w.lemma_.lower() in SETTLEMENT_WORDS
            for w in [*tok.subtree, *(x for o in told for x in o.subtree)]
        ):
            d.type, d.mode = (
                "AGREE",
                None,
            )  # "signed a deal ending the war", "un protocole qui met fin à la grève"
        if (lemma in DISPERSE_VERBS or d.trig.entry.term in DISPERSE_VERBS) and any(
            w.lemma_.lower() in CROWD_WEAPONS or w.lower_ in CROWD_WEAPONS for w in tok.subtree
        ):
            d.type, d.mode = "ASSAULT", "crowd-control"
        for verbs, words, retyped in RETYPE_BY_VERB_AND_OBJECT:
            # a fixed phrase says what it names ("remettre en liberté des détenus" is no handover)
            if (d.trig.entry.term in verbs or lemma in verbs and not d.trig.entry.rest) and any(
                o.lemma_.lower() in words or o.lower_ in words for o in told
            ):
                d.type, d.mode = retyped
                break
        if (
            lemma in BLOCKING_VERBS
            and (d.type, d.mode) != ("COERCE", "censor")
            and any(o.lemma_.lower() in ("access", "accès") for o in told)
            and any(
                w.lower_ in ONLINE_WORDS or w.pos_ == "PROPN" and w.ent_type_ not in ("GPE", "LOC", "FAC", "")
                for o in told
                for w in o.subtree
            )
        ):
            d.type, d.mode = "COERCE", "censor"  # "a restreint l'accès à internet": access to the net only
        if (
            lemma in ("reconnaître", "admit", "acknowledge", "concede")
            and d.type != "CONCEDE"
            and any(
                w.lemma_.lower() in ("erreur", "faute", "tort", "mistake", "error", "wrongdoing")
                for c in tok.children
                if c.dep_ in ("ccomp", "obj", "dobj")
                for w in c.subtree
            )
        ):
            d.type, d.mode = "CONCEDE", None  # "a reconnu que l'armée avait commis des erreurs"
        if (
            lemma in SEIZING_VERBS
            and any(o.lemma_.lower() in SHIP_WORDS for o in told)
            and any(w.lemma_.lower() in IRREGULARS for s in subjects(tok) for w in (s, *s.children))
        ):
            d.type, d.mode = (
                "ASSAULT",
                None,
            )  # "Somali pirates seize a bulk carrier": a hijacking, not a seizure
        if (
            (lemma in HANDOVER_VERBS or d.trig.entry.term in HANDOVER_VERBS)
            and d.type in ("AID", "COERCE")
            and any(
                o.lemma_.lower() in JUSTICE_WORDS
                for p, o in prep_objects(tok)
                if p in ("à", "au", "aux", "to")
            )
        ):
            d.type, d.mode = "COOPERATE", None  # "a remis à la justice gambienne l'ancien chef des Junglers"
        if (
            d.type == "ASSAULT"
            and lemma in VERBAL_ATTACK_NOUNS
            and any(
                o.lemma_.lower() in ABSTRACT_TARGETS
                for p, o in prep_objects(tok)
                if p in ("contre", "against", "on")
            )
        ):
            d.type, d.mode = "ACCUSE", "disapprove"  # "une violente attaque contre la gestion de la crise"
        if d.type == "RETREAT" and any(
            c.lemma_.lower() in ("signe", "sign")
            and any(n.lemma_.lower() in ("protestation", "protest") for n in c.subtree if n.i != c.i)
            for c in tok.children
            if c.dep_.startswith(("obl", "nmod", "prep", "advcl"))
        ):
            d.type, d.mode = "PROTEST", None  # "ont quitté l'hémicycle en signe de protestation": a walkout
        if (
            d.type == "PROTEST"
            and verb_class(tok) == "N"
            and tok.dep_ in ("obj", "dobj")
            and (tok.head.lemma_.lower() in LODGE_VERBS)
        ):
            d.type, d.mode = (
                "ACCUSE",
                "disapprove",
            )  # "lodged a strong protest with Islamabad": a formal complaint
        if (
            (d.type, d.mode) == ("COERCE", "arrest")
            and verb_class(tok) == "V"
            and any(s.lemma_.lower() in COURT_WORDS for s in subjects(tok))
        ):
            d.type, d.mode = "SANCTION", "convict"  # "Hong Kong court jails 14 democrats": a sentence
        if (
            d.type == "ASSAULT"
            and lemma != "strike"
            and not (d.dead or d.injured)
            and any(
                w.lower_ in ("over", "about") and any(c.lemma_.lower() in GRIEVANCES for c in w.children)
                for x in [
                    tok,
                    *objects(tok),
                    *(o for p, o in prep_objects(tok) if p in ("on", "at", "against")),
                ]
                for w in x.children
            )
        ):
            d.type, d.mode = "ACCUSE", "disapprove"  # "opens fire on the president over fuel queues": words
        if (
            (d.type, lemma) == ("REQUEST", "call")
            and verb_class(tok) == "V"
            and not any(c.dep_ in ("prt", "xcomp", "ccomp", "oprd") for c in tok.children)
            and not any(
                p in ("for", "off") or p == "on" and o.ent_type_ not in ("DATE", "TIME")
                for p, o in prep_objects(tok)
            )
            and any(o.ent_type_ in ("PERSON", "GPE", "NORP") for o in objects(tok))
        ):
            d.type, d.mode = "CONSULT", "phone"  # "Blinken calls Netanyahu": a telephone call
        if d.type in ("AGREE", "RETREAT") and d.mode not in ("ceasefire", "resign") and under_pressure(tok):
            d.type, d.mode = (
                "CONCEDE",
                None,
            )  # "cédant à la pression de la rue, il a accepté de retirer le texte"
        if (d.type, d.mode) == ("RETREAT", "withdraw") and any(
            o.lemma_.lower() in BODY_WORDS or o.lower_ in BODY_WORDS or o.ent_type_ == "ORG"
            for p, o in [
                *prep_objects(tok),
                *(po for c in tok.children if c.lower_ == "out" for po in prep_objects(c)),
            ]
            if p in ("de", "d'", "d’", "du", "from", "of")
        ):
            d.type, d.mode = "SANCTION", "discontinue"  # "le premier pays à se retirer de la CPI"
        if lemma in LEAVING_VERBS and any(lemma_in(o, BODY_WORDS) for o in objs):
            d.type, d.mode = "SANCTION", "withdraw"  # "three juntas quit ECOWAS": a relation cut
        if lemma == "reculer" and any(p in ("sur", "devant", "face") for p, _ in prep_objects(tok)):
            d.type, d.mode = "CONCEDE", None  # "le président recule sur le report": he gives way
        if (
            d.type == "ASSAULT"
            and d.mode in (None, "destroy")
            and verb_class(tok) == "V"
            and not is_passive(tok)
            and any(protesters(s) for s in subjects(tok))
        ):
            d.type, d.mode = (
                "PROTEST",
                "riot",
            )  # "des émeutiers ont pillé et incendié", "protesters torched cars"
        if d.type in ("COERCE", "ASSAULT", "MOBILIZE") and (
            verb_class(tok) == "V" and together(tok) or verb_class(tok) == "N" and together(tok.head)
        ):
            d.type, d.mode = "COOPERATE", None  # "la police et son homologue belge ont démantelé ensemble"
        if (
            lemma == "exclure"
            and not is_negated(tok)
            and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm", []) for c in tok.children)
        ):
            d.type, d.mode = "REJECT", None  # "exclut de démissionner": refusing to do it
        if (d.type, lemma) == ("ASSAULT", "strike") and any(
            w.lemma_.lower() in WORKER_WORDS
            for o in [
                *subjects(tok),
                *([tok.head] if tok.dep_ == "xcomp" and tok.lang_ == "en" else []),
                *(subjects(tok.head) if tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i else []),
            ]
            for w in (o, *o.children)
        ):
            d.type, d.mode = "PROTEST", "strike"  # "unions strike over pensions", "judges launch a strike"
        if d.type == "MOBILIZE" and any(
            w.lemma_.lower() in PEACEKEEPING_WORDS for o in [tok, *objs] for w in o.subtree
        ):
            d.type, d.mode = "AID", None  # deploying peacekeepers is military protection, PLOVER's AID
        if (
            d.type == "ACCUSE"
            and (lemma in SENTENCING_WORDS or d.trig.entry.term in SENTENCING_WORDS)
            and any(
                w.lemma_.lower() in PENALTY_WORDS and any(c.lower_ in ("à", "to") for c in w.children)
                for w in tok.subtree
            )
        ):
            d.type, d.mode = "SANCTION", "convict"
        if verb_class(tok) == "V":
            if is_passive(tok):
                d.source = self._actors_of(passive_agents(tok))
                d.target = self._actors_of(passive_subjects(tok)) or self._actors_of(objects(tok))
            else:
                subj = subjects(tok)
                if subj and subj[0].lemma_.lower() in QUANTITY_NOUNS:
                    d.target = self._actors_of(
                        [n for _, n in prep_objects(subj[0])]
                    )  # "le nombre de soldats"
                else:
                    d.source = self._actors_of(subj)
                    d.target = self._actors_of(objects(tok))
            if tok.dep_ in ("acl", "amod") and active_participle(tok, d.trig.entry):
                d.source, d.target = self._actors_of([tok.head]), [*d.target, *self._actors_of(objects(tok))]
            elif tok.dep_ in ("acl", "amod") and is_passive(tok) and not d.target:
                d.target = self._actors_of([tok.head])
            if headline_predicate(tok):  # "des élèves enlevés par des hommes armés"
                d.source = d.source or self._actors_of(passive_agents(tok))
                d.target = d.target or self._actors_of([tok.head])
            elif tok.dep_ in ("acl", "amod") and past_participle(tok) and not d.source:
                d.source = self._actors_of(passive_agents(tok))  # "des villages incendiés par les rebelles"
                if d.source and d.type == "ASSAULT":
                    d.target = d.target or self._actors_of([tok.head])
            for prep, obj in prep_objects(tok):
                if (
                    prep in TARGET_PREPS
                    or prep.startswith(("contre", "against"))
                    or prep in ("à", "to", "with", "avec")
                    and d.type in VERBAL_CONFLICT | {"AGREE", "CONSULT", "AID"}
                    or prep in ("de", "d'", "of", "from")
                    and d.type == "REQUEST"
                    and not d.target
                ):
                    d.target += self._actors_of([obj])
            fixed = fixed_children(tok, d.trig.entry)
            if fixed:  # "restored diplomatic relations with Kigali": the fixed words are no actor, Kigali is
                spans = [(f.left_edge.idx, f.right_edge.idx + len(f.right_edge)) for f in fixed]
                d.target = [a for a in d.target if not any(lo <= (a.start or -1) < hi for lo, hi in spans)]
                d.target += [a for f in fixed for prep, o in prep_objects(f) for a in self._actors_of([o])]
            cur = tok
            for level in range(3):
                # control: "X semble menacer" -> X; "une affiche semblant menacer" -> the poster('s author);
                # "Italy is ready to send troops" -> Italy
                allowed = ("xcomp", "acomp", "advcl") if level == 0 else ("xcomp", "acomp")
                if d.source or cur.head.i == cur.i or cur.dep_ not in allowed:
                    break
                cur = cur.head
                d.source = self._actors_of(subjects(cur) or ([cur.head] if cur.dep_ == "acl" else []))
        else:
            # "une frappe américaine", "une déclaration conjointe américano-irakienne": the demonym says who
            following = []
            for x in tok.doc[tok.i + 1 : min(tok.i + 4, tok.sent.end)]:
                if x.pos_ != "ADJ":
                    break
                following.append(x)
            for c in [*(c for c in tok.children if c.dep_ == "amod"), *following]:
                if c.pos_ == "ADJ" and any(
                    (hit := self.actors.lookup(part)) is not None and hit.country
                    for part in c.text.replace("–", "-").split("-")
                ):
                    d.source += self._demonym_actors(c)
            for c in tok.children:
                if c.dep_ == "poss":
                    d.source += self._actors_of([c])
            if d.trig.entry.pos == "V":  # a headline verb: the words before it act, those after it undergo
                d.source += self._actors_of(
                    [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "nsubj")]
                )
                d.target += self._actors_of(
                    [c for c in tok.children if c.i > tok.i and c.dep_ in ("appos", "dobj")]
                )
                if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1:
                    d.target += self._actors_of([tok.head])
            mode_words = [o for _, o in prep_objects(tok) if self._is_weapon(o)]
            for prep, obj in [*prep_objects(tok), *(po for m in mode_words for po in prep_objects(m))]:
                if prep in TARGET_PREPS or prep.startswith(("contre", "against")):
                    d.target += self._actors_of([obj])
                elif prep in ("between", "entre") and not d.source:
                    d.source += self._actors_of([obj])  # "fighting between X and Y", "accord entre X et Y"
                elif prep in ("de", "d'", "du", "des", "of", "by", "par") and not d.source:
                    if self._is_weapon(obj) or self._is_time(obj):
                        continue
                    if self._looks_like_actor(obj):
                        if patient_noun(d) and prep not in ("by", "par"):
                            d.target += self._actors_of([obj])  # "l'arrestation de X": X is arrested
                        else:
                            d.source += self._actors_of([obj])
            for c in tok.subtree:  # "une attaque à la roquette visant l'ambassade", "an attack targeting ..."
                if c.dep_ in ("acl", "acl:relcl", "relcl") and c.lemma_ in TARGETING_VERBS:
                    d.target += self._actors_of(objects(c))
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ATTRIBUTION_VERBS and not d.source:
                    d.source = self._actors_of(
                        [o for p, o in prep_objects(c) if p in ("à", "au", "aux", "to", "on")]
                    )
            carrier = tok.head if tok.head.lemma_.lower() in GENERIC_EVENT_HEADS else tok
            head = carrier.head
            support = head.i in by_tok and by_tok[head.i].role in ("light", "speech")
            if (
                support
                and not d.source
                and (carrier.dep_ in ("obj", "dobj") or carrier.dep_.startswith("obl"))
            ):
                d.source = self._agents(head)  # "X launched an attack", "X declared a ceasefire"
            elif (
                not d.source
                and carrier.dep_ == "pobj"
                and head.head.i in by_tok
                and by_tok[head.head.i].role in ("light", "speech")
            ):
                d.source = self._agents(head.head)  # "X arrived on a visit"
            elif (
                not d.source
                and carrier.dep_ in ("pobj", "obl", "obl:mod")
                and preposition(carrier) in ("for", "pour")
                and (
                    verb_class(mover := head.head if carrier.dep_ == "pobj" else head) == "V"
                    or linear_verb(mover, any_word)  # a headline's "Blinken lands in Riyadh for talks"
                )
                and mover.i not in by_tok
            ):
                d.source = self._agents(mover)  # "negotiators return to Geneva for talks"
            elif not d.source and (span := span_of(carrier)) is not None and verb_class(span.head) == "V":
                d.source = self._agents(span.head)  # "enters the fourth week of a hunger strike"
            elif (
                not d.source
                and carrier.dep_ == "pobj"
                and carrier.lang_ == "en"
                and preposition(carrier) == "on"
                and head.head.lemma_.lower() in ("be", "remain", "stay")
            ):
                d.source = self._actors_of(subjects(head.head))  # "the blogger has been on hunger strike"
            struck = _struck(tok)
            if struck is not None:
                d.target = d.target or self._actors_of([struck])
                d.source = [  # "X a fait l'objet de menaces": X undergoes them
                    a
                    for a in d.source
                    if a.start is None or a.end is None or not a.start <= struck.idx < a.end
                ]
        if tok.lang_ == "en":
            self._reporter_retype(d)
        if d.type == "ACCUSE" and tok.lemma_.lower() in PROTEST_VERBS:
            self._protest_act(d, by_tok)
        elif d.type == "PROTEST" and not d.source and tok.head.i != tok.i and purpose_marked(tok):
            host = verb_host(tok)  # "ont tenté d'entrer au volant de leurs tracteurs pour protester"
            d.source = self._agents(host) if host is not None else []
        if (
            d.type == "ASSAULT"
            and (verb_class(tok) == "V" or d.trig.linear)
            and any(
                w.lemma_.lower() in CROWD_WORDS
                for w in (
                    [span[-1] for span in subject_phrases(tok)] if d.trig.linear else subject_heads(tok)
                )
            )
            and tok.lemma_.lower() not in CROWD_KILLING  # "a mob lynched two men": an assault
        ):
            # "des émeutiers ont pillé et incendié", "rioters torched cars"
            d.type, d.mode = "PROTEST", "riot"
        if d.type == "RETREAT" and tok.lemma_.lower() == "rendre" and not d.target:
            d.target = self._actors_of([o for p, o in prep_objects(tok) if o.lemma_.lower() in CAPTOR_WORDS])
        if d.trig.linear:  # "Blinken phones Saudi crown prince": the words before the verb act
            d.source = self._phrase_actors(subject_phrases(tok))
            told_phrases = [p for p in object_phrases(tok) if p[-1].lower_ not in d.trig.entry.rest]
            d.target = self._phrase_actors(told_phrases) or [
                a for a in d.target if a.start is None or a.end is None or not a.start <= tok.idx < a.end
            ]
        d.source = dedupe_actors(d.source)
        d.target = [a for a in dedupe_actors(d.target) if all(a.name != s.name for s in d.source)]
        self._size(d)

    def _phrase_actors(self, spans: list[Span]) -> list[Actor]:
        """Actors named by noun phrases read from word order, each resolved on its last word."""
        out = []
        for span in spans:
            if self._is_weapon(span[-1]) or self._is_time(span[-1]):
                continue
            mods = [w.lemma_.lower() for w in span[:-1]]
            out.append(
                self.actors.resolve(
                    span.text,
                    self.lang,
                    head=span[-1].lemma_.lower(),
                    modifiers=mods,
                    start=span.start_char,
                    end=span.end_char,
                )
            )
        return out

    def _reporter_retype(self, d: Draft) -> None:
        """English constructions whose words say what kind of act a verb or noun names: a dismissal, a search of
        premises, a prison term, an envoy ordered out, a verbal attack."""
        tok = d.trig.tok
        lemma, head = tok.lemma_.lower(), d.trig.entry.term.split()[0]
        verb = verb_class(tok) == "V" or d.trig.entry.pos == "V"
        objs = objects(tok) + passive_subjects(tok)
        named = [w for o in objs for w in (o, *(c for c in o.children if c.dep_ in ("compound", "amod")))]
        preps = list(prep_objects(tok))
        if (
            verb
            and head in DISMISS_VERBS
            and any(w.lemma_.lower() in OFFICE_WORDS or w.ent_type_ == "PERSON" for w in named)
            and not any(p in ("on", "upon", "at") and not self._is_time(o) for p, o in preps)
        ):
            d.type, d.mode = "COERCE", None  # "fired the head of government", "sacks army chief"
        elif (
            d.type == "ASSAULT"
            and lemma == "raid"
            and any(o.lemma_.lower() in PREMISES_WORDS for o in [*objs, *(o for p, o in preps if p == "on")])
            and (
                any(a.kind in ("police", "government") for a in d.source)
                or any(
                    w.lemma_.lower() in AUTHORITY_WORDS
                    for w in [
                        *subject_heads(tok),
                        *(c for c in tok.children if c.dep_ in ("compound", "amod")),
                    ]
                )
            )
        ):
            d.type, d.mode = "COERCE", "seize"  # "police raided the offices of the newspaper"
        elif (
            (d.type, d.mode) == ("COERCE", "arrest")
            and lemma in JAIL_VERBS
            and any(p == "for" and o.lemma_.lower() in TERM_WORDS for p, o in preps)
        ):
            d.type, d.mode = "SANCTION", "convict"  # "jailed for 20 years", "imprisoned for life"
        elif (
            d.type == "RETREAT"
            and lemma in DEPARTURE_VERBS
            and tok.dep_ == "xcomp"
            and tok.head.lemma_.lower() in ORDER_VERBS
            and (envoys := [o for o in objects(tok.head) if o.lemma_.lower() in ENVOY_WORDS])
        ):
            d.type, d.mode = "SANCTION", "expel"  # "ordered the French ambassador to leave the country"
            d.target = self._actors_of(envoys)
        elif d.type != "REQUEST" and (told := self._ordered_state(tok)):
            # "the Security Council ordered Iraq to withdraw", "Washington wants Manila to probe": a demand on a
            # state, not the act itself
            d.type, d.mode = "REQUEST", "yield" if d.type in ("RETREAT", "CONCEDE") else None
            d.source, d.target = self._agents(tok.head), told
        elif d.type == "ASSAULT" and lemma in VERBAL_ATTACK_VERBS and self._verbal_attack(tok, objs):
            d.type, d.mode = "ACCUSE", "disapprove"

    def _ordered_state(self, tok: Token) -> list[Actor]:
        """The state or government a verb of ordering or wanting tells to do what `tok` says ("ordered Iraq to
        withdraw", "wants Manila to probe"), when it is not the one who orders."""
        head = tok.head
        if head.i == tok.i or head.lemma_.lower() not in DEMAND_VERBS:
            return []
        if tok.dep_ == "xcomp":
            told = objects(head)
        elif tok.dep_ == "ccomp" and any(c.lower_ == "to" for c in tok.children if c.dep_ == "aux"):
            told = subjects(tok)  # "wants Manila to probe", parsed as a clause with its own subject
        else:
            return []
        actors = [a for a in self._actors_of(told) if a.kind in ("state", "government", "igo")]
        ordering = self._agents(head)
        return [a for a in actors if not any(same_actor(a, o) for o in ordering)]

    def _verbal_attack(self, tok: Token, objs: list[Token]) -> bool:
        """ "a blistering attack on the prime minister", "attacked the government's handling of the economy",
        "attacks government over bread prices": an attack made of words."""
        if any(c.lower_ in VERBAL_ATTACK_WORDS for c in tok.children if c.dep_ == "amod"):
            return True
        preps = list(prep_objects(tok))
        aimed = [*objs, *(o for p, o in preps if p in ("on", "against"))]
        if any(o.lemma_.lower() in CONDUCT_WORDS for o in aimed):
            return True
        return any(
            p == "over"
            and o.pos_ == "NOUN"
            and o.ent_type_ not in ("DATE", "TIME")
            and not self._is_time(o)
            and o.lemma_.lower() not in FEATURE_HEADS | PASSAGE_WORDS
            and self._place_at(o, []) is None
            for p, o in preps
        ) and not any(self._place_at(o, []) is not None for o in aimed)

    def _protest_act(self, d: Draft, by_tok: dict[int, Trigger]) -> None:
        """ "protest" is a street protest when crowds do it or an act is done to protest; else verbal disapproval."""
        tok = d.trig.tok
        purpose = tok.head.i != tok.i and purpose_marked(tok)
        host = verb_host(tok) if purpose else None
        if host is not None and host.i not in by_tok:
            d.source = d.source or self._agents(host)  # "workers shunned work to protest"
        elif tok.dep_ == "acl" and not d.source:
            d.source = self._actors_of([tok.head])  # "demonstrators protesting election results"
            if not any(a.kind == "civilians" for a in d.source):
                return
        elif not any(a.kind == "civilians" for a in d.source):
            return
        d.type, d.mode = "PROTEST", "demo"

    def _is_weapon(self, tok: Token) -> bool:
        """A word that sets an attack's mode ("roquette", "drone") is never an actor."""
        return self.lex.modes.get(tok.lemma_.lower(), ("", ""))[0] == "ASSAULT"

    def _weapon_owner(self, tok: Token) -> Actor | None:
        """The military of the country a weapon belongs to, when the words say it ("British aircraft")."""
        for c in tok.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i != tok.i:
                hit = self.actors.lookup(c.text)
                if hit is not None and hit.country:
                    span = nominal_span(tok)
                    head = "armée" if self.lang == "fr" else "military"
                    owner = self.actors.resolve(
                        span.text,
                        self.lang,
                        head=head,
                        modifiers=[c.lemma_.lower()],
                        start=span.start_char,
                        end=span.end_char,
                    )
                    if owner.kind == "military" and owner.country == hit.country:
                        return owner
        return None

    def _is_time(self, tok: Token) -> bool:
        return bool(find_dates(tok.text, self.lang)) or tok.like_num

    def _looks_like_actor(self, tok: Token) -> bool:
        if tok.ent_type_ in ("PER", "PERSON", "ORG", "NORP", "GPE"):
            return True
        span = nominal_span(tok)
        return self.actors.lookup(span.text) is not None or self.actors.resolve(
            span.text, self.lang, head=tok.lemma_.lower()
        ).kind not in ("other",)

    def _actors_of(self, toks: list[Token]) -> list[Actor]:
        out: list[Actor] = []
        for head in toks:
            for tok in conjuncts(head):
                if tok.i != head.i and head.pos_ in ("NOUN", "PROPN") and prepositional(tok, head):
                    continue  # "des agriculteurs venus d'Île-de-France, de la Beauce": places, no second actor
                ante = antecedent(tok)
                if ante is not None:
                    tok = ante
                if tok.lemma_.lower() in FRACTION_NOUNS:
                    # "a third of primary school teachers", "la moitié des médecins": the group they are part of
                    whole = [o for p, o in prep_objects(tok) if p in ("of", "de", "des", "du", "d'")]
                    tok = whole[0] if whole else tok
                low = tok.lower_
                if low in PRONOUNS or tok.pos_ == "PRON" or tok.like_num and tok.pos_ == "NUM":
                    continue
                if not any(ch.isalpha() for ch in tok.text):
                    continue  # a hyphen the tokenizer cut out of "centre-ville" names no one
                if self._is_weapon(tok) and (owner := self._weapon_owner(tok)) is not None:
                    out.append(owner)  # "Israeli tanks fired", "des avions russes ont bombardé"
                    continue
                if self._is_weapon(tok) or tok.ent_type_ in ("DATE", "TIME") or self._is_time(tok):
                    continue
                if verb_class(tok) == "N" and any(
                    e.role == "event" and self._fits(e, tok) for e in self.lex.lookup("N", tok.lemma_.lower())
                ):
                    # an event noun is no actor: "menacer d'attaques à l'intérieur des États-Unis" -> the US
                    out += self._actors_of([o for _, o in prep_objects(tok) if self._looks_like_actor(o)])
                    continue
                if tok.lemma_.lower() in ARTIFACTS and (author := self._author(tok)):
                    out += author  # "une affiche ... menace": whoever put the poster out threatens
                    continue
                out.append(self._actor(tok))
        return out

    def _author(self, tok: Token) -> list[Actor]:
        """Who issued a poster, statement or video: "mise en ligne par X", or the subject of "X a publié"."""
        for c in tok.children:
            if c.dep_ in ("acl", "acl:relcl") and (agents := passive_agents(c)):
                return self._actors_of(agents)
        if tok.dep_ in ("obj", "dobj") and tok.head.i != tok.i:
            return self._actors_of(subjects(tok.head))
        return []

    def _actor(self, tok: Token) -> Actor:
        """The actor a word names; resolved once per word of a document (events and speakers share words), each
        caller getting its own copy to change."""
        cache = tok.doc.user_data.setdefault("vigie_actors", {})  # emptied as each extraction starts
        if tok.i not in cache:
            cache[tok.i] = self._read_actor(tok)
        return replace(cache[tok.i])

    def _read_actor(self, tok: Token) -> Actor:
        span = nominal_span(tok)
        named = next(
            (
                c
                for x in conjuncts(tok)
                for c in x.children
                if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PER", "PERSON", "ORG"))
            ),
            None,
        )
        if named is None and tok.pos_ != "PROPN":
            # "the U.N. peacekeeping mission in Congo, MONUSCO": an organisation's acronym the parse hung on the
            # place that ends the description
            for _, o in prep_objects(tok):
                for c in o.children:
                    hit = self.actors.lookup(c.text) if c.dep_ == "appos" and acronym(c.text) else None
                    if hit is not None and hit.kind in ORG_KINDS:
                        actor = self.actors.resolve(
                            c.text, self.lang, start=span.start_char, end=span.end_char
                        )
                        actor.text = span.text
                        return actor
        if named is not None and tok.pos_ != "PROPN":
            # "le porte-parole du ministère, Ahmed al-Sahaf": the apposed name is who acts
            name_span = nominal_span(named)
            actor = self.actors.resolve(name_span.text, self.lang, start=span.start_char, end=span.end_char)
            if actor.kind == "other":
                actor.kind = "person"
            actor.text = span.text
            return actor
        # "connue sous le nom de X" / "known as X": X is the actor's name
        text = span.text
        mods = [c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "nmod", "compound", "appos")]
        actor = self.actors.resolve(
            text, self.lang, head=tok.lemma_.lower(), modifiers=mods, start=span.start_char, end=span.end_char
        )
        for c in tok.children:
            if c.dep_ in ("acl", "acl:relcl") and c.lemma_.lower() in (
                "connaître",
                "know",
                "appeler",
                "call",
                "nommer",
            ):
                for _, named in prep_objects(c):
                    for n in [named, *[x for x in named.children if x.dep_.startswith("nmod")]]:
                        if n.pos_ == "PROPN":
                            known = nominal_span(n)
                            actor.name = known.text
                            hit = self.actors.lookup(known.text)
                            if hit is not None:
                                actor.name, actor.id, actor.country = hit.name, hit.id, hit.country
                            break
        return actor

    def _demonym_actors(self, tok: Token) -> list[Actor]:
        """Countries named by a demonym modifier, one actor each ("américano-irakienne" -> USA, IRQ)."""
        out = []
        for part in tok.text.replace("–", "-").split("-"):
            hit = self.actors.lookup(part)
            if hit is not None and hit.country:
                hit.text = tok.text
                hit.start, hit.end = tok.idx, tok.idx + len(tok.text)
                out.append(hit)
        return out or [self.actors.resolve(tok.text, self.lang)]

    def _agents(self, tok: Token, depth: int = 0) -> list[Actor]:
        if is_passive(tok):  # "X a été impliqué dans des attaques": with no agent, the passive subject acts
            # ("il est arrivé": "être" of a verb of motion, parsed as a passive auxiliary, keeps its subject)
            found = self._actors_of(passive_agents(tok) or passive_subjects(tok) or subjects(tok))
        else:
            found = self._actors_of(subjects(tok))
        if not found and depth < 3 and tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
            return self._agents(
                tok.head, depth + 1
            )  # "qui continuent d'être impliquées" -> qui -> the militias
        if not found and headline_to(tok) and tok.head.i != tok.i:
            return self._actors_of([tok.head])  # "Lula to make first state visit": the headline's subject
        return found

    # ---------------------------------------------------------------- size
    def _size(self, d: Draft) -> None:
        if d.type not in SIZE_TYPES:
            return
        tok = d.trig.tok
        span = (
            tok.doc[tok.left_edge.i : tok.right_edge.i + 1] if verb_class(tok) == "V" else nominal_span(tok)
        )
        text = span.text
        counts = [
            c
            for start, end, c in find_counts(text, self.lang)
            if not looks_like_year(c.value, c.text) and not is_money(text, start, end)
        ]
        if not counts:
            return
        if set(lemma_candidates(tok)) & {"réduire", "reduce", "cut", "diminuer", "ramener", "lower"}:
            chosen = counts[-1]
        else:
            chosen = max(counts, key=lambda c: c.value)
        d.size, d.approximate = chosen.value, d.approximate or chosen.approximate
