"""Predicates and readers over tokens, clauses and drafts that the sections of the event extractor share:
the shapes of verbs and headlines, the words of objects and phrases, what governs what."""

from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..resolve.places import QUARTER_NOUNS
from ..types import Actor
from .drafts import Draft
from .headline import headline
from .lexicon import Entry
from .mentions import same_actor
from .syntax import (
    FINITE_ENDINGS_FR,
    ancestors_in,
    antecedent,
    case_words,
    has_reflexive,
    is_negated,
    is_passive,
    objects,
    passive_agents,
    passive_subjects,
    prep_objects,
    preposition,
    subjects,
    verb_class,
)
from .words import (
    AID_GOODS,
    ARRIVAL_VERBS,
    BACKGROUND_MARKS,
    CARE_VERBS,
    CARRIER_NOUNS,
    COERCE_THREAT_MODE,
    CONDITION_MARKS,
    CONSEQUENCE_ADVERBS,
    CONTAINER_NOUNS,
    COUNTING_NOUNS,
    CROWD_COUNTS,
    CROWD_MOTION_VERBS,
    DECISION_VERBS,
    FIRE_WORDS,
    FIRING_WORDS,
    FORMING_VERBS,
    FUTURE_AUX,
    GATHER_VERBS,
    HELPER_WORDS,
    JOINT_NOUNS,
    JOINT_WORDS,
    LEAD_SENTENCES,
    LOADING_VERBS,
    MARCH_NOUNS,
    MILITIA_WORDS,
    MISHAP_WORDS,
    MODAL_AUX,
    MODAL_VERBS,
    NON_AGENTS,
    OF_PREPOSITIONS,
    PATIENT_MODES,
    PRESSURE_WORDS,
    PROTESTER_NOUNS,
    PUBLIC_WORDS,
    PURPOSE_MARKS,
    SCORE,
    SPAN_NOUNS,
    SPORT_VERBS,
    SPORT_WORDS,
    STRUCK_HEADS,
    SUBJECT_PRONOUNS_FR,
    THREAT_MODE,
    TOGETHER_WORDS,
    TOLL_DEAD,
    TOLL_INJURED,
    UNDERGO_VERBS,
    YIELDING_WORDS,
)

__all__ = [
    "_participle",
    "_shaky",
    "_struck",
    "acronym",
    "active_participle",
    "after_particles",
    "any_word",
    "background",
    "cared_for",
    "carries_aid",
    "child_starts",
    "clause_head",
    "compound_of",
    "consequence",
    "container_of",
    "crowd_moves",
    "decided",
    "dedupe_actors",
    "elliptic_passive",
    "finite_indicative",
    "fixed_children",
    "governed_draft",
    "has_condition",
    "has_modal",
    "headline_predicate",
    "headline_to",
    "headline_verb",
    "helpers_arrive",
    "heuristic_confidence",
    "inside_relative",
    "is_future",
    "is_money",
    "joint",
    "lead",
    "lemma_in",
    "locative_case",
    "looks_like_year",
    "main_clause_noun",
    "militia_forms",
    "mishap",
    "names_actor",
    "names_quarter",
    "nobody_acts",
    "not_ruled_out",
    "obliges",
    "of_case",
    "out_of_question",
    "paragraph",
    "parse_day",
    "past_participle",
    "patient_noun",
    "place_texts",
    "prepositional",
    "pronoun_subject_of_noun",
    "protesters",
    "purpose_marked",
    "span_of",
    "speaks_for",
    "stray_objects",
    "subject_heads",
    "subordinate",
    "threat_mode",
    "together",
    "under",
    "under_modal",
    "under_pressure",
    "verb_forms",
    "verb_host",
    "victim_kind",
    "words_from",
]


LOCATIVE_CASES = frozenset(["en", "à", "au", "aux", "dans", "près", "in", "at", "near", "inside", "outside"])


def nobody_acts(d: Draft) -> bool:
    """An act done by weather, a disaster, pests or a market figure ("Floods kill 12", "the lira hits a record
    low", "an invasion of locusts"), or a sports result told in the words of war ("Swiatek beats Sabalenka")."""
    tok = d.trig.tok
    doers = passive_agents(tok) + ([] if is_passive(tok) else subjects(tok))  # "Afghans hit by drought"
    if verb_class(tok) == "N":
        doers = doers + [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.i != tok.i]
        doers += [o for p, o in prep_objects(tok) if p in ("of", "de", "d'", "des", "du")]
    doers = [antecedent(x) or x for x in doers]  # "the earthquake, which struck at a depth of 10 km"
    if d.type == "CONSULT" and any(lemma_in(o, PUBLIC_WORDS) for o in objects(tok) + passive_subjects(tok)):
        return True  # "Morocco received 14.5 million tourists"
    # the doer itself, its compound ("locust swarm") or what it is made of ("une invasion de criquets")
    told = [
        w
        for x in doers
        for w in (x, *(c for c in x.children if c.dep_ == "compound" or c.dep_ == "nmod" and of_case(c)))
    ]
    told += [o for x in doers for p, o in prep_objects(x) if p == "of"]
    if any(lemma_in(w, NON_AGENTS) for w in told) or any(_blaze(x) for x in doers):
        return True
    return (tok.lemma_.lower() in SPORT_VERBS or d.trig.entry.term in SPORT_VERBS) and _sporting(d.sent)


def _blaze(tok: Token) -> bool:
    """A fire as a doer that no one is said to have opened ("Building fire kills 14", "un feu de cuisine")."""
    if not lemma_in(tok, FIRE_WORDS):
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss", "nmod:poss")]
    return not any(lemma_in(c, FIRING_WORDS) or c.ent_type_ in ("NORP", "ORG", "GPE") for c in mods)


def lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lemma_.lower() in words or tok.lower_ in words


def _sporting(sent: Span) -> bool:
    """A sentence about a game: a score ("52-6") or a sport's words."""
    return bool(SCORE.search(sent.text)) or any(lemma_in(w, SPORT_WORDS) for w in sent)


def mishap(sent: Span) -> bool:
    """A sentence that names a disaster or an accident."""
    return any(lemma_in(w, MISHAP_WORDS) for w in sent)


def lead(doc: Doc) -> list[Span]:
    """The first sentences with words: a title and the lead's first sentence."""
    return [s for s in doc.sents if any(t.is_alpha for t in s)][:LEAD_SENTENCES]


def locative_case(tok: Token) -> bool:
    """ "en Irak", "in Baghdad": the preposition says where."""
    return preposition(tok).split(" ")[0] in LOCATIVE_CASES


def names_actor(ent: Span) -> bool:
    """A country named as an agent or a word, not a place: "parrainées par l'Iran", "by Iran", "le mot «Iran»"."""
    root = ent.root
    if preposition(root) in ("par", "by") or root.dep_ in ("obl:agent", "agent"):
        return True
    doc = ent.doc
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return before in ("«", "“", '"') and after in ("»", "”", '"')


def heuristic_confidence(d: Draft) -> float:
    """The rules' own guess, used when no confidence model is shipped: verbs and nouns that a clause is about
    ("staged a sit-in", "fighting erupted") and filled slots count; what a relative or participial clause or a
    time clause tells is background to the sentence's news."""
    tok = d.trig.tok
    core = verb_class(tok) == "V" or (tok.dep_ in CORE_NOUN_DEPS and verb_class(tok.head) == "V")
    confidence = 0.45 + (0.1 if core else 0.0)
    if subordinate(tok, d.sent):
        confidence -= 0.15
    confidence += 0.15 if d.source else 0.0
    confidence += 0.1 if d.target else 0.0
    confidence += 0.05 if d.date and d.date.edtf else 0.0
    confidence += 0.05 if d.location else 0.0
    if d.status == "hypothetical":
        confidence -= 0.25
    return confidence


def names_quarter(ent: Span) -> bool:
    """A name given as part of a town: "la commune de la Gombe", "the Gombe district"."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.root.head.lemma_.lower() in QUARTER_NOUNS or (
        after is not None and after.lemma_.lower() in QUARTER_NOUNS
    )


def acronym(text: str) -> bool:
    """ "MONUSCO", "UNPC", "ANR": three or more capitals."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def under(tok: Token, head: Token, sent: Span) -> bool:
    """Whether `head` is an ancestor of `tok` in the sentence."""
    return any(anc.i == head.i for _, anc in ancestors_in(tok, sent))


CORE_NOUN_DEPS = frozenset({"dobj", "obj", "nsubj"})


SUBORDINATE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})


def subordinate(tok: Token, sent: Span) -> bool:
    """An event told in a relative clause ("gunmen who kidnapped him"), a participle that describes or adds to
    another act ("a team investigating abuses", "..., accusing him of"), or as the time of another."""
    ups = list(ancestors_in(tok, sent))
    if background(tok, ups):
        return True
    node = tok
    for dep, anc in ups:
        if dep in SUBORDINATE_DEPS or (dep == "advcl" and _present_participle(node)):
            return True
        node = anc
    return False


def _present_participle(tok: Token) -> bool:
    """ "demanding", "accusant": a participle clause hung on the main verb."""
    return tok.tag_ == "VBG" or (
        "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
    )


def background(tok: Token, ups: list[tuple[str, Token]]) -> bool:
    """An event told as the time of another ("following the shooting", "after talks", "lorsque ...")."""
    chain = [tok, *(anc for _, anc in ups[:2])]
    for x in chain:
        for c in x.children:
            if c.dep_ in ("mark", "case", "prep") and c.lower_ in BACKGROUND_MARKS:
                return True
        if x.dep_ in ("pobj", "obl", "nmod") and x.head.lower_ in BACKGROUND_MARKS:
            return True
    return False


def victim_kind(tok: Token) -> str | None:
    """ "dead" or "injured" for a word that names victims or their state ("morts", "lives", "injured")."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & TOLL_DEAD:
        return "dead"
    if words & TOLL_INJURED:
        return "injured"
    return None


def elliptic_passive(tok: Token) -> bool:
    """A past participle coordinated without its auxiliary: "left nine dead and dozens *wounded*"."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and not objects(tok)
        and not any(c.dep_.startswith("aux") for c in tok.children)
    )


def consequence(tok: Token) -> bool:
    """A participle clause of consequence: "permettant ainsi ...", "thereby allowing ..."."""
    participle = tok.tag_ == "VBG" or "Part" in tok.morph.get("VerbForm", [])
    return participle and any(c.dep_ == "advmod" and c.lower_ in CONSEQUENCE_ADVERBS for c in tok.children)


def past_participle(tok: Token) -> bool:
    """ "soutenues", "backed": describes; a present participle ("demanding", "visant") still acts."""
    if tok.tag_ == "VBN":
        return True
    return (
        "Part" in tok.morph.get("VerbForm", [])
        and "Pres" not in tok.morph.get("Tense", [])
        and tok.tag_ != "VBG"
    )


def words_from(doc: Doc, i: int) -> str:
    """Lower-case text from token `i` on, apostrophes joined to the next word ("d' accord" -> "d'accord")."""
    cache = doc.user_data.setdefault("vigie_words_from", {})
    if i not in cache:
        text = doc[i : i + 16].text[:60] if i < len(doc) else ""  # Doc.text would join the whole document
        cache[i] = re.sub(r"\s+", " ", text.lower().replace("’", "'").replace("' ", "'"))
    return cache[i]


CURRENCY = re.compile(
    r"\s*(?:\(?[A-Z]{3}\)?\s)?(?:millions?\s|milliards?\s|billions?\s|de\s)*"
    r"(?:dollars?|euros?|pounds?|francs?|yuan|yen|rupees?|shillings?|dinars?|rials?|riyals?|roubles?|rubles?"
    r"|livres?|nairas?|pesos?|[$€£¥]|usd|eur|fcfa|cfa)\b",
    re.IGNORECASE,
)


CURRENCY_BEFORE = re.compile(r"[$€£¥]\s*$|\b(?:US|USD|EUR)\s*$")


def is_money(text: str, start: int, end: int) -> bool:
    """ "20 million dollars", "$5m", "580 millions de shillings": an amount of money is not a crowd or a force."""
    return bool(CURRENCY_BEFORE.search(text[max(0, start - 4) : start])) or bool(CURRENCY.match(text, end))


def fixed_children(tok: Token, entry: Entry) -> list[Token]:
    """The dependents of a verb that are part of its lexicon entry ("stopped *work*", "rompre *les relations*")."""
    if entry.pos != "V" or not entry.rest:
        return []
    rests = [" ".join(entry.rest), *after_particles(tok, " ".join(entry.rest))]
    return [
        c
        for c in tok.children
        if c.i > tok.i and c.pos_ in ("NOUN", "PROPN") and any(_object_starts(c, r) for r in rests)
    ]


def _object_words(obj: Token, bare: bool = False) -> str:
    """An object's words without its determiners ("restored its diplomatic ties" -> "diplomatic ties");
    ``bare`` also drops the adjectives before it ("cancelled a planned visit" -> "visit")."""
    cache = obj.doc.user_data.setdefault("vigie_object_words", {})  # every multiword entry of a verb asks
    key = 2 * obj.i + bare
    if key not in cache:
        cache[key] = _read_object_words(obj, bare)
    return cache[key]


def _read_object_words(obj: Token, bare: bool) -> str:
    skip = (
        ("det", "poss", "det:poss", "predet", "amod", "nummod")
        if bare
        else ("det", "poss", "det:poss", "predet")
    )
    dropped = {
        w.i
        for c in obj.children
        if c.i < obj.i
        and (
            c.dep_ in skip
            or bare
            and c.dep_ == "compound"
            and any(x.like_num for x in c.subtree)
            # a partitive article the parser took for a preposition: "envoie *des* renforts"
            or c.dep_ == "case"
            and obj.dep_ == "obj"
            and c.lower_ in ("des", "du", "de", "d'", "d’")
        )
        for w in c.subtree
    }  # bare, a duration before the noun goes too: "went on a 24-hour strike"
    words = [
        w
        for w in obj.subtree
        if w.i >= obj.i or w.i not in dropped and w.dep_ not in skip and not (bare and w.head.dep_ == "amod")
    ]
    return " ".join(w.lower_ for w in words[:6]) + " "


def not_ruled_out(tok: Token) -> bool:
    """ "N'exclut pas de recourir à la force", "refused to rule out strikes": keeping an act open is a threat."""
    lemma = tok.lemma_.lower()
    ruling_out = lemma == "exclure" or (
        lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    )
    refused = tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("refuse", "refuser", "decline")
    return (
        ruling_out
        and (is_negated(tok) or refused)
        and any(c.dep_ in ("xcomp", "obj", "dobj", "ccomp") for c in tok.children)
    )


def out_of_question(tok: Token) -> bool:
    """ "Il n'est pas question de négocier", "il est hors de question de céder": refusing what the infinitive says."""
    if tok.lower_ != "question" or not any(
        c.dep_ in ("xcomp", "acl")
        and c.pos_ == "VERB"
        and any(m.lower_ in ("de", "d'", "d’") for m in c.children)
        for c in tok.children
    ):
        return False
    if case_words(tok) == "hors de":
        return True
    return any(c.dep_ == "cop" for c in tok.children) and any(
        c.lower_ in ("pas", "plus") and c.dep_ == "advmod" for c in tok.children
    )


def _struck(tok: Token) -> Token | None:
    """What a noun event hit when the clause tells it from the target's side: "le poste est visé par des tirs",
    "un camp a été la cible de tirs", "il a fait l'objet de menaces", "was hit by an airstrike"."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ == "pobj" and head.dep_ == "agent":
        head = head.head  # "was hit by an airstrike"
    elif (
        tok.dep_ == "obl:agent"
        or tok.dep_.startswith("obl")
        and case_words(tok) == "par"
        and is_passive(head)
    ):
        pass  # "est visé par des tirs", "a été touchée par une frappe"
    elif tok.dep_ in ("obj", "dobj") and head.lemma_.lower() in UNDERGO_VERBS:
        subj = subjects(head) or passive_subjects(head)
        return subj[0] if subj else None  # "le convoi a essuyé une embuscade", "detainees suffered torture"
    elif tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the target of an attack": of -> target
        if head.lemma_.lower() not in STRUCK_HEADS:
            return None
    elif (tok.dep_ == "nmod" or tok.dep_.startswith("obl")) and case_words(tok) in (
        "de",
        "d'",
        "d’",
        "du",
        "des",
    ):
        # "a fait l'objet de menaces", parsed with the complement on the verb
        if head.lemma_.lower() not in STRUCK_HEADS and (
            not tok.dep_.startswith("obl")
            or not any(c.dep_ in ("obj", "dobj") and c.lemma_.lower() in STRUCK_HEADS for c in head.children)
        ):
            return None
    else:
        return None
    if head.lemma_.lower() in STRUCK_HEADS and head.dep_ in ("obj", "dobj", "attr") and head.head.i != head.i:
        head = head.head  # "a fait l'objet de", "became the target of"
    subj = passive_subjects(head) or subjects(head)
    return subj[0] if subj else None


def parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def dedupe_actors(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[tuple[str, int | None]] = set()
    for a in actors:
        key = (a.id or a.name.lower(), a.start if not a.id else None)
        if key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def looks_like_year(value: int, text: str) -> bool:
    return 1800 <= value <= 2100 and text.strip().isdigit() and len(text.strip()) == 4


def speaks_for(speaker: Actor, actor: Actor) -> bool:
    """A spokesman or minister speaks for the state or group he belongs to."""
    if same_actor(speaker, actor):
        return True
    if speaker.country is None:
        return True  # "the defence minister said": an official of no stated country speaks for the one acting
    return speaker.country == actor.country


def has_condition(tok: Token) -> bool:
    """ "... unless the president agrees", "... si Paris refuse": a conditional clause on the act."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in tok.children
    )


def patient_noun(d: Draft) -> bool:
    """Nouns whose "of" complement undergoes the act: arrests, expulsions, abductions, releases."""
    return d.type == "COERCE" or (d.type, d.mode) in PATIENT_MODES


def is_future(tok: Token) -> bool:
    forms = [tok, *[c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]]
    if tok.lang_ == "fr" and any(
        c.dep_ == "aux:tense" and "Cnd" in c.morph.get("Mood", []) for c in tok.children
    ):
        return False  # "auraient été tués": the French conditional of hearsay, a past report, not a plan
    for f in forms:
        if "Fut" in f.morph.get("Tense", []) or "Cnd" in f.morph.get("Mood", []) or f.lower_ in FUTURE_AUX:
            return True
        if f.tag_ == "MD" and f.lower_ in FUTURE_AUX:
            return True
    head = tok.head
    if tok.dep_ == "xcomp" and head.lemma_.lower() in ("aller", "go") and head.i != tok.i:
        return True
    return headline_to(tok)


def headline_to(tok: Token) -> bool:
    """A headline's "to" + verb after its subject ("Lula to visit Vietnam", "Egypt, Turkey to restore
    ambassadors"): headline grammar for what will happen."""
    if tok.lang_ != "en" or not any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return False
    if not headline(tok.sent):
        return False
    head = tok.head
    return head.i == tok.i or (head.pos_ in ("NOUN", "PROPN") and head.i < tok.i and tok.dep_ != "xcomp")


def threat_mode(d: Draft) -> str | None:
    if d.type == "COERCE":
        return COERCE_THREAT_MODE.get(d.mode or "")
    return THREAT_MODE.get(d.type)


def place_texts(span: Span, tok: Token) -> list[str]:
    texts = [span.text]
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:  # "Colombia's eastern Arauca province": the name and its head noun, without the rest
        ent = next((e for e in tok.doc.ents if span.start <= e.start and e.end == tok.i), None)
        if ent is not None:
            texts.append(tok.doc[ent.start : tok.i + 1].text)
    if ent is not None and ent.text != span.text:
        texts.append(ent.text)
    if tok.text not in texts:
        texts.append(tok.text)
    return texts


def under_modal(verb: Token) -> bool:
    """A verb of obligation or possibility, or one it governs as auxiliary: "devaient aboutir", "could resume"."""
    return verb.lemma_.lower() in MODAL_VERBS or any(
        c.dep_.startswith("aux") and c.lemma_.lower() in MODAL_VERBS for c in verb.children
    )


def has_modal(tok: Token) -> bool:
    """An obligation auxiliary on the verb: "must", "should"."""
    return any(c.dep_.startswith("aux") and c.lower_ in MODAL_AUX for c in tok.children)


def _participle(tok: Token) -> bool:
    """A present participle or gerund clause: "demanding ...", "en réclamant ..."."""
    return (
        tok.tag_ == "VBG" or "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])
    )


def paragraph(breaks: list[int], doc: Doc, i: int) -> int:
    """Index of the paragraph (text between line breaks, whose offsets are ``breaks``) holding token ``i``."""
    return bisect.bisect_left(breaks, doc[i].idx)


def inside_relative(tok: Token, top: Token) -> bool:
    """Whether a relative clause lies on the path from ``tok`` up to ``top``."""
    if tok.i == top.i:
        return False
    for dep, anc in ancestors_in(tok, tok.sent):
        if dep in ("relcl", "acl:relcl"):
            return True
        if anc.i == top.i:
            break
    return False


def governed_draft(head: Token, drafts: dict[int, Draft]) -> Draft | None:
    """The event at ``head``, else the one its object names ("staged a rally", "blocked roads")."""
    if head.i in drafts:
        return drafts[head.i]
    return next((drafts[o.i] for o in objects(head) if o.i in drafts), None)


def purpose_marked(tok: Token) -> bool:
    """An infinitive of purpose: "to protest", "pour protester", "afin de"."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "to") or (c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS)
        for c in tok.children
    )


def obliges(tok: Token) -> bool:
    """A clause of obligation: "Y must V", "Y doit V", "il faut"."""
    return tok.lemma_.lower() in ("devoir", "falloir") or has_modal(tok)


def _said_of(pred: Token, obj: Token, rest: str) -> bool:
    """A participle or adjective after an object that says its state: "left 23 people *injured*", "a rendu le
    PKK *responsable*" (which the parser may hang on the object as an apposition)."""
    return (
        pred.dep_ in ("acl", "amod", "appos")
        and pred.i > obj.i
        and words_from(pred.doc, pred.i).startswith(rest)
    )


def _shaky(d: Draft, ups: list[tuple[str, Token]]) -> list[str]:
    """What makes a coded event doubtful even when its word is right: only a pronoun says who acts ("Il a
    ..."), it lies inside « » quotes or a conditional, it is a noun with no actor, or it only hangs on a
    reporting verb ("a déclaré que ...")."""
    tok = d.trig.tok
    out = []
    subj = subject_heads(tok) if verb_class(tok) == "V" else []
    if subj and all(s.pos_ == "PRON" for s in subj):
        out.append("pronoun")
    before = d.sent.doc[d.sent.start : tok.i].text
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        out.append("guillemets")
    if any(
        "Cnd" in w.morph.get("Mood", [])
        for w in (tok, *(c for c in tok.children if c.dep_.startswith("aux")))
    ):
        out.append("conditional")
    if verb_class(tok) == "N" and d.trig.entry.pos != "V" and not d.source and not d.target:
        out.append("bare-noun")
    if not d.source and ups and ups[0][0] in ("ccomp", "parataxis"):
        out.append("reported")
    return out


def stray_objects(tok: Token) -> list[Token]:
    """A verb's object the parser hung on the indirect object before it ("a transmis à ses homologues *des
    informations*", "a remis aux autorités *un suspect*"): a noun without a preposition (an article "des"
    aside) under that oblique."""
    return [
        n
        for c in tok.children
        if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and c.i > tok.i
        for n in c.children
        if n.dep_ == "nmod"
        and n.i > c.i
        and n.pos_ == "NOUN"
        and not any(x.dep_ == "case" and x.pos_ == "ADP" and x.lower_ != "des" for x in n.children)
    ]


def of_case(tok: Token) -> bool:
    """A noun introduced by "de"/"of": the people or things a collective noun is made of."""
    return any(
        x.dep_ in ("case", "prep") and x.lower_ in ("de", "d'", "d’", "des", "of") for x in tok.children
    )


def subject_heads(tok: Token) -> list[Token]:
    """Who does what a verb says, also for a verb coordinated with the one that carries the subject."""
    while not subjects(tok) and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return [antecedent(s) or s for s in subjects(tok)]


def pronoun_subject_of_noun(tok: Token) -> bool:
    """A French verb the tagger read as a noun ("qu'ils *boycotteraient*"): it has a personal pronoun subject."""
    return tok.lang_ == "fr" and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in SUBJECT_PRONOUNS_FR and c.i < tok.i
        for c in tok.children
    )


def headline_predicate(tok: Token) -> bool:
    """A title's participle that tells what happened to the noun before it ("Nigeria : des élèves *enlevés* par
    des hommes armés", "le journal *privé* de sa licence"): no finite verb in the title."""
    sent = tok.sent
    if tok.lang_ != "fr" or tok.dep_ != "acl" or not headline(sent):
        return False
    return not any(
        "Fin" in w.morph.get("VerbForm", []) or w.tag_ in ("VBZ", "VBP", "VBD") for w in sent if w.i != tok.i
    )


def headline_verb(tok: Token) -> bool:
    """A headline's verb tagged as a noun ("court *sentences* Navalny", "Taliban *vow* to attack"): a bare noun
    right after the noun that names the actor, heading the title or its subject when no verb governs it."""
    if tok.pos_ != "NOUN" or tok.lang_ != "en" or tok.i == 0:
        return False
    if tok.dep_ != "ROOT" and not (tok.dep_ == "nsubj" and tok.head.pos_ != "VERB"):
        return False
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.tag_ == "POS" or prev.is_sent_end:
        return False
    if any(c.dep_ in ("det", "poss", "case", "nummod") for c in tok.children):
        return False
    return headline(tok.sent)


def verb_forms(tok: Token) -> list[str]:
    """Base forms of a verb the tagger read as a noun: a headline's "sentences", "axes" -> "axe", "phones"; a French
    finite verb "boycotteraient" -> "boycotter"."""
    form = tok.lower_
    out = [form, tok.lemma_.lower()]
    if tok.lang_ == "fr":
        return out + [form[: -len(end)] + inf for end, inf in FINITE_ENDINGS_FR if form.endswith(end)]
    if form.endswith("es"):
        out += [form[:-1], form[:-2]]
    elif form.endswith("s"):
        out.append(form[:-1])
    return out


def any_word(tok: Token) -> bool:
    return True


def crowd_moves(tok: Token) -> bool:
    """Protesters moving in on a place ("les manifestants investissent le centre", "protesters occupy the
    airport", "thousands throng the avenue against the bill"), or a march gathering them ("le cortège a rassemblé
    200 000 manifestants"): their act is the demonstration, whatever the verb."""
    lemma = tok.lemma_.lower()
    if lemma not in GATHER_VERBS and lemma not in CROWD_MOTION_VERBS and lemma != "take" or is_passive(tok):
        return False
    if lemma in GATHER_VERBS:
        return any(protesters(o) for o in objects(tok)) or any(
            s.lemma_.lower() in MARCH_NOUNS for s in subjects(tok)
        )
    if lemma == "take" and any(p == "to" and o.lemma_.lower() == "street" for p, o in prep_objects(tok)):
        return True  # "huge crowds take to Valencia streets"
    if lemma not in CROWD_MOTION_VERBS:
        return False
    if any(protesters(s) for s in subjects(tok)):
        return True
    # "thousands throng the avenue against the bill": a crowd moving against something
    return any(s.lower_ in CROWD_COUNTS for s in subjects(tok)) and any(
        p in ("against", "contre") for p, _ in prep_objects(tok)
    )


def protesters(s: Token) -> bool:
    return any(
        w.lemma_.lower() in PROTESTER_NOUNS or w.lower_.rstrip("s") in PROTESTER_NOUNS
        for w in (s, *(c for c in s.children if c.dep_ == "nmod"), *(o for _, o in prep_objects(s)))
    )


def decided(tok: Token) -> bool:
    """An act a verb of decision announces ("announced they would boycott", "a décidé de boycotter")."""
    return any(a.lemma_.lower() in DECISION_VERBS for a in list(tok.ancestors)[:2])


def span_of(tok: Token) -> Token | None:
    """The stretch of time an act is counted in: "the fourth *week* of a hunger strike", "le dixième *jour* de
    grève"."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "on", "into"):
        span = tok.head.head  # "the fourth week of a hunger strike", "marks 100 days on hunger strike"
    elif tok.dep_ == "nmod" and case_words(tok) in ("de", "d'", "d’", "en"):
        span = tok.head
    else:
        return None
    return span if span.lemma_.lower() in SPAN_NOUNS and span.head.i != span.i else None


def cared_for(tok: Token) -> bool:
    """A casualty noun that care is given to ("treats the wounded", "des milliers de blessés soignés"): the
    people, not an attack."""
    if verb_class(tok) != "N" and any(c.dep_ not in ("punct", "det", "amod") for c in tok.children):
        return False  # a participle with arguments of its own wounds someone: "wounded 40 people"
    head = tok
    for _ in range(3):  # "treats thousands of Gaza wounded": through the quantity and its "of"
        if head.head.i == head.i:
            break
        head = head.head
        if head.lemma_.lower() in CARE_VERBS:
            return True
    return any(c.lemma_.lower() in CARE_VERBS for c in tok.children if c.dep_ in ("acl", "amod"))


def container_of(tok: Token) -> Token | None:
    """The noun that counts an act out in batches ("une *vague* d'arrestations", "a *package* of aid"): it takes
    the act's place in the clause."""
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok.head
    if head.i == tok.i or head.lemma_.lower() not in CONTAINER_NOUNS:
        return None
    if tok.lang_ == "fr" and not (tok.dep_ == "nmod" and case_words(tok) in ("de", "d'", "d’")):
        return None
    return head


def compound_of(tok: Token, rest: int) -> bool:
    """An English noun phrase whose first word modifies its last ("relief convoy", "asset freeze")."""
    return tok.dep_ == "compound" and tok.head.i == tok.i + rest


def joint(tok: Token) -> bool:
    """ "a joint patrol", "une opération conjointe", "coordinated patrols", "une opération menée de concert": an
    act two forces do together."""
    if tok.lemma_.lower() not in JOINT_NOUNS:
        return False
    if tok.dep_ in ("obj", "dobj") and tok.head.i != tok.i and tok.head.pos_ == "VERB":
        # "les Forces armées royales et l'armée américaine ont entamé leurs manœuvres": two forces, one exercise
        doers = subjects(tok.head)
        if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for s in doers for c in s.children):
            return True
    mods = [*tok.children, *(g for c in tok.children if c.dep_ == "compound" for g in c.children)]
    return any(
        c.dep_ in ("amod", "acl")
        and (c.lemma_.lower() in JOINT_WORDS or c.lower_.rstrip("s") in JOINT_WORDS or together(c))
        for c in mods
    )  # "joint air drills": the adjective may hang on the compound


def main_clause_noun(d: Draft) -> bool:
    """A noun event that is an argument of its sentence's main verb, told as a fact (a title's bare noun, "Kirkuk
    bombing: report 3", is a kicker, not a report)."""
    tok = d.trig.tok
    if d.status != "occurred" or verb_class(tok) != "N":
        return False
    root = tok.sent.root
    return (
        tok.head.i == root.i
        and verb_class(root) == "V"
        and not headline(tok.sent)
        and tok.dep_ in ("nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "obl:arg")
        and not is_negated(root)
        and not is_future(root)
        # "les pourparlers devaient aboutir à un accord": what an act should do is no report of it
        and not under_modal(root)
    )


def prepositional(conj: Token, head: Token) -> bool:
    """A conjunct with a preposition its head lacks: a phrase the parser joined to the wrong word."""
    cases = {c.lower_ for c in conj.children if c.dep_ == "case"}
    return bool(cases) and not cases & {c.lower_ for c in head.children if c.dep_ == "case"}


def under_pressure(tok: Token) -> bool:
    """An act its clause says was wrung out by pressure ("cédant à la pression de la rue", "sous la pression des
    agriculteurs", "under pressure from the unions"): a concession."""
    for w in tok.sent:
        if w.lemma_.lower() not in PRESSURE_WORDS:
            continue
        near = [w.head, *w.children, *(w.head.children if w.head.i != w.i else [])]
        if any(x.lemma_.lower() in YIELDING_WORDS or x.lower_ in YIELDING_WORDS for x in near):
            return True
    return False


def verb_host(tok: Token) -> Token | None:
    """The verb a purpose clause belongs to, past a noun the parser hung it on ("ont tenté d'entrer au volant de
    leurs tracteurs pour protester" -> entrer)."""
    head = tok.head
    for _ in range(3):
        if head.i == tok.i or verb_class(head) == "V":
            break
        if head.head.i == head.i:
            return None
        head = head.head
    return head if head.i != tok.i and verb_class(head) == "V" else None


def finite_indicative(tok: Token) -> bool:
    """A verb in a tense of its own ("a été extradé", "extradited"): a fact, not the complement of a demand."""
    for v in (tok, *(c for c in tok.children if c.dep_.startswith("aux"))):
        if "Ind" in v.morph.get("Mood", []) or v.tag_ in ("VBD", "VBZ", "VBP"):
            return True
    return False


def together(tok: Token) -> bool:
    """An act done together: "ont démantelé *ensemble*", "menée *de concert*", "*jointly* raided"."""
    return any(
        c.lower_ in TOGETHER_WORDS
        and (c.lower_ != "concert" or case_words(c) == "de")
        # "a dissous l'ensemble des partis": the whole of them, no one acting together
        and not any(x.dep_ in ("det", "nmod") for x in c.children)
        for c in tok.children
        if c.dep_ in ("advmod", "obl:mod", "obl", "obj", "npadvmod")
    )


def carries_aid(tok: Token) -> bool:
    """A convoy, truck or plane loaded with relief ("un convoi de l'Unicef chargé de kits d'hygiène", "trucks
    carrying food and medicine"): its arrival is aid delivered."""
    if tok.lemma_.lower() not in CARRIER_NOUNS and tok.lower_.rstrip("s") not in CARRIER_NOUNS:
        return False
    return any(
        c.dep_ in ("acl", "amod", "acl:relcl", "relcl")
        and c.lemma_.lower() in LOADING_VERBS
        and any(w.lemma_.lower() in AID_GOODS or w.lower_ in AID_GOODS for w in c.subtree if w.i != c.i)
        for c in tok.children
    )


def helpers_arrive(tok: Token) -> bool:
    """Doctors, firefighters or rescuers arriving somewhere ("Cuban doctors arrive in Italy", "des secouristes
    algériens ont débarqué"): help sent is aid."""
    return (
        tok.lemma_.lower() in ARRIVAL_VERBS
        and not is_passive(tok)
        and any(
            w.lemma_.lower() in HELPER_WORDS or w.lower_.rstrip("s") in HELPER_WORDS
            for s in subjects(tok)
            for w in (s, *(c for c in s.children if c.dep_ in ("compound", "nmod", "amod")))
        )
    )


def militia_forms(tok: Token) -> bool:
    """An armed group raised: "des milices d'autodéfense se sont constituées", "villagers set up vigilante
    groups"."""
    if tok.lemma_.lower() not in FORMING_VERBS and not (
        tok.lemma_.lower() == "set" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children)
    ):
        return False
    formed = passive_subjects(tok) + objects(tok) + (subjects(tok) if has_reflexive(tok) else [])
    return any(
        w.lemma_.lower() in MILITIA_WORDS or w.lower_ in MILITIA_WORDS
        for f in formed
        for w in (f, *(c for c in f.children if c.dep_ in ("nmod", "amod", "compound")))
    )


def child_starts(c: Token, rest: str) -> bool:
    """Whether a dependent opens with an entry's fixed words: "carry *out*", "put on *high* alert" (a preposition
    and its object without adjectives), "stopped *work*", "left 23 people *injured*"."""
    if words_from(c.doc, c.left_edge.i).startswith(rest) or _object_starts(c, rest):
        return True
    if c.dep_ == "prep" and any(
        f"{c.lower_} {_object_words(p, bare=True)}".startswith(rest) for p in c.children if p.dep_ == "pobj"
    ):
        return True
    return c.dep_ in ("dobj", "obj") and any(_said_of(p, c, rest) for p in c.children)


def after_particles(tok: Token, rest: str) -> list[str]:
    """The fixed words left once the verb's particle is matched: "hand over *weapons*", "shoot down *bill*"."""
    return [
        rest[len(c.lower_) + 1 :]
        for c in tok.children
        if c.dep_ in ("prt", "compound:prt") and rest.startswith(c.lower_ + " ")
    ]


def _object_starts(obj: Token, rest: str) -> bool:
    """Whether an object opens with a lexicon entry's fixed words, with or without its adjectives; a count's
    words are those of what it counts ("a rappelé des dizaines de milliers de réservistes")."""
    if obj.lang_ == "en" and obj.pos_ == "NOUN" and rest.strip() == obj.lemma_.lower():
        return True  # the fixed noun heads the object, whatever modifies it: "shoots down opposition reform bill"
    if _object_words(obj).startswith(rest) or _object_words(obj, bare=True).startswith(rest):
        return True
    counted = counted_noun(obj)
    return counted is not obj and (
        words_from(obj.doc, counted.i).startswith(rest) or _object_starts(counted, rest)
    )


def counted_noun(tok: Token) -> Token:
    """What a count counts: "des dizaines de milliers de réservistes" -> réservistes, "dozens of prisoners" ->
    prisoners; any other word is itself."""
    seen = 0
    while tok.lemma_.lower() in COUNTING_NOUNS and seen < 3:
        nxt = next((o for p, o in prep_objects(tok) if p in OF_PREPOSITIONS and o.i > tok.i), None)
        if nxt is None:
            break
        tok, seen = nxt, seen + 1
    return tok


def active_participle(tok: Token, entry: Entry) -> bool:
    """An English verb the tagger read as a participle of a reduced relative though its preposition has its own
    object, as only the active verb has ("rulers *called on* ECOWAS to lift ...", against "the talks called for
    by the UN")."""
    return bool(entry.rest) and any(
        c.dep_ == "prep" and c.lower_ == entry.rest[0] and any(p.dep_ == "pobj" for p in c.children)
        for c in tok.children
    )


def clause_head(tok: Token) -> bool:
    """An English word tagged as an adjective, adverb or preposition that has a subject before it and an object
    after it, as only a verb has ("Gunmen *free* kidnapped miners", "EU leaders *back* Moldova's bid")."""
    return (
        tok.lang_ == "en"
        and tok.pos_ in ("ADJ", "ADV", "ADP")
        and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children)
        and any(c.dep_ in ("dobj", "pobj") and c.i > tok.i for c in tok.children)
    )  # "Nigerian doctors *down* tools": a preposition with a subject is a verb
