"""The trigger section of the event extractor, as a mixin: the words of a sentence that name an event."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .clauses import (
    after_particles,
    carries_aid,
    child_starts,
    clause_head,
    compound_of,
    container_of,
    crowd_moves,
    headline_verb,
    helpers_arrive,
    joint,
    militia_forms,
    not_ruled_out,
    out_of_question,
    pronoun_subject_of_noun,
    stray_objects,
    verb_forms,
    words_from,
)
from .drafts import Trigger
from .headline import headline, linear_verb
from .lexicon import Entry, Lexicon
from .syntax import (
    case_words,
    has_reflexive,
    is_passive,
    lemma_candidates,
    objects,
    passive_subjects,
    verb_class,
)
from .words import (
    CARRIER_ENTRY,
    CLAIM_NOUNS,
    CROWD_ENTRY,
    JOINT_ENTRY,
    MILITIA_ENTRY,
    NOT_RULED_OUT_ENTRY,
    REFUSAL_ENTRY,
    WEAPON_ENTRY,
    WEAPON_HIT_VERBS,
)

__all__ = ["TriggerMixin"]


class TriggerMixin:
    """The words of a sentence that name an event, read from the lexicon and the parse."""

    # set by `EventExtractor.__init__`
    lex: Lexicon

    # ---------------------------------------------------------------- triggers
    def triggers(self, sent: Span) -> list[Trigger]:
        """Every lexicon match in the sentence, one entry per token (the most specific one)."""
        out = []
        linear_at = -1
        title = headline(sent)  # only a title's verb is read from word order
        for tok in sent:
            pos = verb_class(tok)
            if tok.i == linear_at + 1 and pos == "V" and tok.dep_ == "ROOT":
                pos = "N"  # "Tehran snubs call for talks": after the headline's verb, its object
            if (
                pos is None
                and title
                and linear_at < 0
                and tok.lang_ == "fr"
                and linear_verb(tok, self._lexical_verb)
            ):
                pos = "N"  # "Niger : la junte ferme la porte": a title's verb tagged as an adjective
            if pos is None and clause_head(tok):
                pos = "V"  # "Gunmen free kidnapped miners", "EU leaders back Moldova's bid": a verb tagged otherwise
            if pos is None:
                continue
            if pos == "N" and joint(tok):
                out.append(Trigger(tok, JOINT_ENTRY, "COOPERATE", None))
                continue
            if pos == "V" and crowd_moves(tok):
                out.append(Trigger(tok, CROWD_ENTRY, "PROTEST", "demo"))
                continue
            if pos == "N" and (weapon := self._weapon_hit(tok)) is not None:
                out.append(Trigger(tok, WEAPON_ENTRY, "ASSAULT", weapon))
                continue
            if pos == "V" and helpers_arrive(tok):
                out.append(Trigger(tok, CARRIER_ENTRY, "AID", None))
                continue
            if pos == "N" and carries_aid(tok):
                out.append(Trigger(tok, CARRIER_ENTRY, "AID", None))
                continue
            if pos == "V" and militia_forms(tok):
                out.append(Trigger(tok, MILITIA_ENTRY, "MOBILIZE", "militia"))
                continue
            if pos == "V" and not_ruled_out(tok):
                out.append(Trigger(tok, NOT_RULED_OUT_ENTRY, "THREATEN", None))
                continue
            if pos == "N" and out_of_question(tok):
                out.append(Trigger(tok, REFUSAL_ENTRY, "REJECT", None))
                continue
            linear = title and linear_at < 0 and pos in ("N", "V") and linear_verb(tok, self._lexical_verb)
            linear_at = tok.i if linear else linear_at
            if pos == "N" and (linear or headline_verb(tok)):
                pos = "V"  # "Moscow court sentences Navalny": the tagger took the headline's verb for a noun
            elif pos == "N" and pronoun_subject_of_noun(tok):
                pos = "V"  # "qu'ils boycotteraient": a pronoun subject only ever goes with a verb
            forms = lemma_candidates(tok) if pos == verb_class(tok) else verb_forms(tok)
            entries = next((hit for lem in forms if (hit := self.lex.lookup(pos, lem))), [])
            entries = [e for e in entries if self._fits(e, tok) or linear and self._fits_linearly(e, tok)]
            if not entries:
                continue
            entry = self._choose(entries, tok)
            if entry is None:
                continue
            mode = self._mode(tok, entry) or entry.mode
            if entry.pos == "N" and entry.rest and compound_of(tok, len(entry.rest)):
                tok = tok.head  # "a relief convoy", "an asset freeze": the phrase's head noun names the act
            elif entry.pos == "N" and (container := container_of(tok)) is not None:
                tok = container  # "une vague d'arrestations a visé", "a new package of aid": the batch is the act
            out.append(Trigger(tok, entry, entry.type or "", mode, linear))
        # one trigger a word: the multiword phrase that ends on it wins over the word alone ("hunger strike")
        best: dict[int, Trigger] = {}
        for t in out:
            if t.tok.i not in best or len(t.entry.rest) > len(best[t.tok.i].entry.rest):
                best[t.tok.i] = t
        return [t for t in out if best[t.tok.i] is t]

    def _weapon_hit(self, tok: Token) -> str | None:
        """The mode of a weapon that hit something, told from the target's side ("Kharkiv visée par des bombes
        planantes", "was hit by rockets"): the weapon names the attack."""
        typ, mode = self.lex.modes.get(tok.lemma_.lower()) or self.lex.modes.get(tok.lower_, ("", ""))
        if typ != "ASSAULT":
            return None
        head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "agent" else tok.head
        agent = (
            tok.dep_ == "obl:agent"
            or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
            or (tok.dep_.startswith("obl") and case_words(tok) == "par" and is_passive(head))
        )
        if not agent or head.i == tok.i or head.lemma_.lower() not in WEAPON_HIT_VERBS:
            return None
        return mode or None

    def _lexical_verb(self, tok: Token) -> bool:
        """Whether the lexicon knows a word as a verb naming an event (a headline verb the tagger missed)."""
        return any(e.type for form in verb_forms(tok) for e in self.lex.lookup("V", form))

    @staticmethod
    def _fits_linearly(e: Entry, tok: Token) -> bool:
        """A headline verb's fixed words read from word order: "strike deal", "pulls plug"."""
        words = re.sub(r"^(?:the|a|an|le|la|les|l'|un|une|des|du) ?", "", words_from(tok.doc, tok.i + 1))
        return bool(e.rest) and words.startswith(" ".join(e.rest))

    def _fits(self, e: Entry, tok: Token) -> bool:
        if e.reflexive and not has_reflexive(tok):
            return False
        if not e.rest:
            return True
        rest = " ".join(e.rest)
        if e.pos == "N":  # "déclaration conjointe", "grève de la faim": the words that follow the noun
            return words_from(tok.doc, tok.i + 1).startswith(rest)
        if len(e.rest) == 1 and any(s.lemma_.lower() == rest for s in passive_subjects(tok)):
            return True  # "le traité a été signé", "the veto was lifted": the fixed object is the passive subject
        # a verb's fixed words belong to the verb itself: its particle ("carry out"), or a dependent that opens
        # with them ("mettre en garde", "condamner X à dix ans"), never to a word of its object ("l'attentat à Kaboul")
        # "puts artillery units on combat alert": the phrase's preposition may hang on the object
        hung = [
            p
            for o in objects(tok)
            for p in o.children
            if p.i > o.i
            and (
                p.dep_ == "prep"
                and rest.startswith(p.lower_ + " ")
                # "placé ses systèmes en alerte"; never "condamné la visite à Taipei"
                or p.dep_ in ("nmod", "obl", "obl:mod")
                and rest.split()[0] == "en" == case_words(p)
            )
        ]
        return any(
            child_starts(c, rest) for c in [*tok.children, *stray_objects(tok), *hung] if c.i > tok.i
        ) or any(
            child_starts(c, after)
            for after in after_particles(tok, rest)
            for c in tok.children
            if c.i > tok.i
        )

    def _choose(self, entries: list[Entry], tok: Token) -> Entry | None:
        entries.sort(key=lambda e: (-len(e.rest), not e.reflexive))
        if entries[0].rest or entries[0].reflexive:
            return entries[0]
        roles = {e.role for e in entries}
        if "claim" in roles:
            near = {t.lemma_.lower() for t in tok.doc[max(0, tok.i - 2) : tok.i + 4]} | {
                c.lemma_.lower() for c in tok.children
            }
            claimed = any(
                e.type in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE")
                for o in objects(tok) + passive_subjects(tok)
                for e in self.lex.lookup("N", o.lemma_.lower())
            )  # "a revendiqué l'attaque"
            if near & CLAIM_NOUNS or claimed:
                return next(e for e in entries if e.role == "claim")
            entries = [e for e in entries if e.role != "claim"] or entries
        modes = self._modifier_modes(tok)
        for e in entries:
            if e.type and any(t == e.type for t, _ in modes):
                return e
        return entries[0]

    def _modifier_modes(self, tok: Token) -> list[tuple[str, str]]:
        found = []
        for c in tok.children:
            if c.dep_ in (
                "amod",
                "compound",
                "nmod",
                "obl",
                "obl:mod",
                "obl:arg",
                "prep",
                "npadvmod",
                "nummod",
                "poss",
            ):
                cand = [c] + [p for p in c.children if p.dep_ == "pobj"]
                for x in cand:
                    hit = self.lex.modes.get(x.lemma_.lower()) or self.lex.modes.get(x.lower_)
                    if hit:
                        found.append(hit)
        return found

    def _mode(self, tok: Token, entry: Entry) -> str | None:
        for typ, mode in self._modifier_modes(tok):
            if typ == entry.type:
                return mode
        return None
