"""Dependency-parse helpers shared by the extractors; they work on both UD (French) and ClearNLP (English) labels."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from ..types import Evidence

__all__ = [
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "antecedent",
    "ancestors_in",
    "case_words",
    "conjuncts",
    "dateline_end",
    "evidence_of",
    "has_reflexive",
    "index_sentences",
    "is_negated",
    "is_passive",
    "lemma_candidates",
    "nominal_span",
    "objects",
    "passive_agents",
    "prep_objects",
    "preposition",
    "subjects",
    "verb_class",
]


class _Sentences:
    """The sentence of each token, looked up instead of scanned: spaCy finds `tok.sent` by walking the sentence
    boundaries and building a new Span every time, the extractors' most repeated query."""

    def __init__(self, doc: Doc) -> None:
        self.spans = list(doc.sents)
        self.of = [s for s in self.spans for _ in range(len(s))]

    def sents(self, doc: Doc) -> Iterator[Span]:
        return iter(self.spans)

    def token(self, tok: Token) -> Span:
        return self.of[tok.i]

    def span(self, span: Span) -> Span:
        first, last = self.of[span.start], self.of[max(span.start, span.end - 1)]
        return first if first is last else span.doc[first.start : last.end]


# a wire dateline opening the text or its first paragraph after the title: a place in capitals with a date or an
# agency ("KHARTOUM, May 3 (Reuters) -", "BAMAKO (AFP) —"), or any place before an agency ("Paris, 3 mars (AFP) -")
AGENCIES = (
    r"Reuters|AP|AFP|Xinhua|dpa|DPA|EFE|ANSA|Belga|ATS|APS|MAP|PTI|IANS|ANI|Bernama|Yonhap|Kyodo|UPI|Anadolu"
)
DATELINE = re.compile(
    r"(?:^|\n)[ \t]*(?:"
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.-]+)*"  # a place in capitals, then
    rf"(?:,[^\n()—–]{{1,40}}?\s*\((?:{AGENCIES})\)"  # a date and an agency,
    r"|,[^\n()—–-]{1,40}?"  # a date alone,
    rf"|\s*\((?:{AGENCIES})\))"  # or an agency alone
    rf"|[^\n()—–]{{1,50}}?\s*\((?:{AGENCIES})\)"
    r")\s*[—–-]{1,2}\s+"
)


def dateline_end(doc: Doc) -> int:
    """The first token after a wire dateline that opens the document, 0 without one: the parser joins the place and
    agency to the first clause, and they must not become its subject ("OUAGADOUGOU, Sept 16 (Reuters) - Burkina
    Faso's rulers said")."""
    end = doc.user_data.get("vigie_dateline")
    if end is None:
        m = DATELINE.search(doc.text[:400])
        end = next((t.i for t in doc if t.idx >= m.end()), len(doc)) if m else 0
        doc.user_data["vigie_dateline"] = end
    return end


def index_sentences(doc: Doc) -> None:
    """Give `doc` constant-time `sents`, `Token.sent` and `Span.sent` (same spans as spaCy's own)."""
    if "sent" in doc.user_token_hooks or not len(doc):
        return
    index = _Sentences(doc)
    doc.user_hooks["sents"] = index.sents
    doc.user_token_hooks["sent"] = index.token
    doc.user_span_hooks["sent"] = index.span


RELATIVE_PRONOUNS = frozenset(
    [
        "qui",
        "que",
        "qu'",
        "lequel",
        "laquelle",
        "lesquels",
        "lesquelles",
        "dont",
        "which",
        "who",
        "whom",
        "that",
    ]
)
PRONOUNS = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "j'",
        "tu",
        "lui",
        "leur",
        "eux",
        "celui",
        "celle",
        "ceux",
        "celles",
        "ce",
        "c'",
        "cela",
        "ça",
        "he",
        "she",
        "they",
        "it",
        "we",
        "you",
        "i",
        "him",
        "her",
        "them",
        "us",
        "this",
        "these",
        "those",
    ]
)
NEGATORS = frozenset({"pas", "jamais", "not", "n't", "never", "guère", "nullement", "aucunement"})
NEGATIVE_SUBJECTS = frozenset({"personne", "rien", "aucun", "aucune", "nobody", "nothing", "none"})
NEGATIVE_DETERMINERS = frozenset({"no", "aucun", "aucune", "nul", "nulle", "neither"})
SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubj:pass", "nsubjpass", "csubj:pass", "csubjpass")
OBJ = ("obj", "dobj", "iobj", "dative")
# Dependents that end a noun phrase when an actor or a place is read off the parse.
CUT_DEPS = frozenset(
    {
        "acl:relcl",
        "relcl",
        "acl",
        "advcl",
        "punct",
        "cc",
        "conj",
        "ccomp",
        "xcomp",
        "parataxis",
        "dep",
        "mark",
    }
)


def verb_class(tok: Token) -> str | None:
    """ "V" for verbs and verbal participles, "N" for nouns, else None."""
    pos = tok.pos_
    if pos in ("NOUN", "PROPN"):
        return "N"
    if pos == "VERB" or (pos in ("ADJ", "AUX") and "Part" in tok.morph.get("VerbForm", [])):
        return "V"
    if pos == "ADJ" and any(c.dep_ in ("cop", "aux:pass", "auxpass", "aux:tense") for c in tok.children):
        return "V"  # a predicative participle tagged as an adjective: "serait réduit", "a gelé"
    return None


# French past participles back to the infinitive the lexicon lists ("réduit" -> "réduire", "tués" -> "tuer").
_PARTICIPLE_ENDINGS = (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ites", "ire"), ("its", "ire"),
                       ("ite", "ire"), ("it", "ire"), ("ies", "ir"), ("is", "ir"), ("ie", "ir"), ("i", "ir"))  # fmt: skip


# endings of French finite verbs (conditional, future, imperfect, present) back to their infinitive
FINITE_ENDINGS_FR = (("eraient", "er"), ("erait", "er"), ("eront", "er"), ("era", "er"), ("aient", "er"),
                      ("ait", "er"), ("ent", "er"), ("e", "er"), ("iraient", "ir"), ("irait", "ir"),
                      ("iront", "ir"), ("ira", "ir"), ("issent", "ir"), ("it", "ir"))  # fmt: skip


def lemma_candidates(tok: Token) -> list[str]:
    """The lemma, then the lower-case form, then infinitives guessed from a participle or a finite form."""
    out = [tok.lemma_.lower(), tok.lower_]
    if tok.lang_ == "fr" and tok.pos_ == "ADJ":
        for end, inf in _PARTICIPLE_ENDINGS:
            if tok.lower_.endswith(end):
                out.append(tok.lower_[: -len(end)] + inf)
                break
    elif (
        tok.lang_ == "fr"
        and tok.pos_ == "VERB"
        and (
            not tok.lemma_.endswith(("er", "ir", "re"))
            or tok.lemma_.lower() == tok.lower_
            and "Fin" in tok.morph.get("VerbForm", [])
        )
    ):
        # the lemmatizer left a finite form as it was ("entame", "tire"): guess the infinitive
        out += [tok.lower_[: -len(end)] + inf for end, inf in FINITE_ENDINGS_FR if tok.lower_.endswith(end)]
    elif tok.lang_ == "en" and tok.tag_ in ("VBD", "VBN", "VBG", "VBZ"):
        out += _english_bases(
            tok.lower_
        )  # the tagger is right more often than the lemmatizer: "staged" -> "stag"
    return out


def _english_bases(form: str) -> list[str]:
    """Base forms an inflected English verb may come from ("staged" -> "stage", "stopped" -> "stop")."""
    out = []
    for end in ("ing", "ed", "es", "s", "d"):
        if form.endswith(end) and len(form) > len(end) + 2:
            stem = form[: -len(end)]
            out += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "stopped" -> "stop"
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")  # "carried" -> "carry"
    return out


def is_passive(tok: Token) -> bool:
    """True for passive verbs; a pronominal verb ("se sont retirées") is active whatever its morphology says."""
    if is_pronominal(tok):
        return False
    if "Pass" in tok.morph.get("Voice", []):
        return True
    return any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in tok.children)


def is_pronominal(tok: Token) -> bool:
    return has_reflexive(tok) and not any(c.dep_ in ("aux:pass", "auxpass") for c in tok.children)


def has_reflexive(tok: Token) -> bool:
    return any(
        c.lower_ in ("se", "s'", "s’") or "Yes" in c.morph.get("Reflex", [])
        for c in tok.children
        if c.dep_.startswith(("expl", "obj", "iobj"))
    )


def is_negated(tok: Token) -> bool:
    kids = list(tok.children)
    for aux in [c for c in kids if c.dep_.startswith("aux")]:
        kids.extend(aux.children)
    if any(c.lower_ in NEGATORS or c.dep_ == "neg" for c in kids):
        return True
    # "n'accepterait aucune médiation", "will accept no mediation", "ne permettra en aucun cas": a negative
    # object or adverbial
    if any(
        (c.dep_ in OBJ or c.dep_ in ("obl", "obl:mod", "npadvmod"))
        and any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS for d in c.children)
        for c in tok.children
    ):
        return True
    # "Personne ne t'accuse", "nobody attacked", "no group claimed", "aucun groupe n'a revendiqué": a negative subject
    return any(
        c.dep_.startswith("nsubj")
        and (
            c.lower_ in NEGATIVE_SUBJECTS
            or any(d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS for d in c.children)
        )
        for c in tok.children
    )


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A et B", "A, B and C")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


CLOSING_QUOTES = frozenset({"»", "”", '"'})


def _raw_subjects(tok: Token) -> list[Token]:
    pronominal = is_pronominal(tok)
    start = dateline_end(tok.doc)
    return [
        c
        for c in tok.children
        if (c.dep_ in SUBJ or c.dep_.startswith("nsubj") and (c.dep_ not in PASS_SUBJ or pronominal))
        and (c.i >= start or tok.i < start)
    ]


def _inverted(tok: Token, subj: list[Token]) -> list[Token]:
    """The real subject of a reporting verb after a quote ("« Nous riposterons », a prévenu le ministre"), when
    the parser took a word inside the quote (`subj`) for its subject and the speaker for its object."""
    if not subj or not all(
        s.i < tok.i and any(w.text in CLOSING_QUOTES for w in tok.doc[s.i + 1 : tok.i]) for s in subj
    ):
        return []
    return [c for c in tok.children if c.dep_ in OBJ and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")]


def subjects(tok: Token) -> list[Token]:
    """Grammatical subjects of an active verb (for a passive verb use `passive_agents`)."""
    subj = _raw_subjects(tok)
    return _inverted(tok, subj) or subj


def passive_subjects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in PASS_SUBJ]


def objects(tok: Token) -> list[Token]:
    objs = [c for c in tok.children if c.dep_ in OBJ]
    if objs and objs[-1].i > tok.i:
        inverted = _inverted(tok, _raw_subjects(tok))
        return [o for o in objs if o not in inverted]
    return objs


def case_words(tok: Token) -> str:
    """The preposition(s) marking a nominal: "contre", "près de", "à l'intérieur de"."""
    return " ".join(c.lower_ for c in tok.children if c.dep_ in ("case", "fixed") and c.i < tok.i)


def preposition(tok: Token) -> str:
    """The preposition of a nominal in either scheme: its case words (UD) or the word it hangs from (pobj)."""
    return case_words(tok) or (tok.head.lower_ if tok.dep_ == "pobj" else "")


def prep_objects(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, nominal) pairs governed by `tok` in either annotation scheme."""
    for c in tok.children:
        if c.dep_.startswith(("obl", "nmod")):
            yield case_words(c), c
        elif c.dep_ in ("prep", "agent"):
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c.lower_, p
                elif p.dep_ == "pcomp":
                    for q in p.children:
                        if q.dep_ == "pobj":
                            yield f"{c.lower_} {p.lower_}", q


def passive_agents(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ == "obl:agent"]
    out += [p for prep, p in prep_objects(tok) if prep in ("par", "by") and p not in out]
    return out


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("les milices, qui ..." -> milices)."""
    if tok.lower_ not in RELATIVE_PRONOUNS:
        return None
    verb = tok.head
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ in ("acl:relcl", "relcl", "acl") and verb.head.i != verb.i:
        return verb.head
    return None


def ancestors_in(tok: Token, sent: Span) -> Iterator[tuple[str, Token]]:
    """(relation, ancestor) pairs from `tok` up to the root of its sentence."""
    cur = tok
    while cur.head.i != cur.i and sent.start <= cur.head.i < sent.end:
        yield cur.dep_, cur.head
        cur = cur.head


def evidence_of(sent: Span) -> Evidence:
    """The sentence as evidence, without the paragraph break the sentence may open with."""
    text = sent.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return Evidence(body, sent.start_char + lead, sent.start_char + lead + len(body))


def nominal_span(tok: Token) -> Span:
    """The noun phrase headed by `tok`, cut before relative clauses, coordination and punctuation."""
    doc = tok.doc
    left, right = tok.i, tok.i
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in CUT_DEPS and (c.dep_ != "punct" or c.is_punct):
                continue
            stack.append(c)
            left, right = min(left, c.i), max(right, c.i)
    # never cross a cut dependent of the head itself
    for c in tok.children:
        if c.dep_ in CUT_DEPS and c.dep_ not in ("punct", "cc"):
            if c.i > tok.i:
                right = min(right, c.left_edge.i - 1)
            elif c.i < tok.i:
                left = max(left, c.right_edge.i + 1)
    # "KHARTOUM, May 3 (Reuters) - Sudan's army": the dateline is no part of the phrase
    if tok.i >= (start := dateline_end(doc)):
        left = max(left, start)
    while left < right and (doc[left].is_punct or doc[left].dep_ in ("case", "cc", "mark")):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].dep_ in ("case", "cc")):
        right -= 1
    # a comma inside the phrase ends it, unless it opens an apposition of the head
    for i in range(tok.i + 1, right + 1):
        if doc[i].text == "," and not any(c.dep_ == "appos" and c.i > i for c in tok.children):
            right = i - 1
            break
    i = tok.i - 1
    while i >= left:
        if (
            doc[i].text == ")"
        ):  # a parenthesis inside the phrase: "the Asia-Pacific Economic Cooperation (APEC) forum"
            opening = next((j for j in range(i - 1, left - 1, -1) if doc[j].text == "("), None)
            if opening is not None and opening > left:
                i = opening - 1
                continue
        if doc[i].text in (",", "(", ")"):
            left = i + 1
            break
        i -= 1
    return doc[left : right + 1]
