"""Headline grammar read from word order when the tagger missed the verb (English headlines, French titles).

A headline drops articles and auxiliaries ("Blinken phones Saudi crown prince", "Ethiopia and Eritrea sign
deal"), and a small tagger trained on running prose often reads its verb as a noun and parses the title as one
long noun phrase. Headlines follow a fixed order, subject, verb, object, so the first word after the subject
that the lexicon knows as a verb is the verb; the words before it act, the noun phrase after it undergoes.
French titles after a kicker ("Niger : la junte ferme la porte à ...") are read the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

__all__ = ["headline", "linear_verb", "object_phrases", "object_words", "subject_phrases"]

# tags a headline verb gets when the tagger reads it as a noun or as a verb in a nominal role
VERB_LIKE_TAGS = frozenset({"NN", "NNS", "VBZ", "VBP", "VB"})
SUBJECT_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PUNCT", "CCONJ", "PART"})
SUBJECT_PUNCT = frozenset({",", "-", "–", "'", "’", "'s", "’s"})
JOINERS = frozenset({",", "and", "&", "et"})
# words that open a French object ("livre des blindés", "ferme la porte")
FR_OBJECT_OPENERS = frozenset(
    [
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
        "des",
        "du",
        "de",
        "d'",
        "d’",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "vers",
        "contre",
        "à",
        "au",
        "aux",
        "sur",
    ]
)
# words that head a quantity of people rather than the people ("thousands of riot police")
COLLECTIVE_PLURALS = frozenset({"police", "people", "clergy"})
QUANTITY_HEADS = frozenset(
    {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "crowds", "groups"}
)


CLOSERS = frozenset({"»", "”", '"', "'", "’", ")"})


def headline(sent: Span) -> bool:
    """A title: no closing punctuation."""
    last = sent[-1] if len(sent) else None
    # a closing quote ends a title as well as a sentence: « ... complot contre l'État »
    while last is not None and (last.is_space or last.text in CLOSERS) and last.i > sent.start:
        last = last.doc[last.i - 1]
    return last is not None and not last.is_punct


def _subject_start(sent: Span) -> int:
    """Where the headline's clause starts: after a kicker ("Mali: junta ...", "EXCLUSIVE - ...")."""
    start = sent.start
    for t in sent:
        if t.text in (":", "|") or (t.text in ("-", "–", "—") and t.whitespace_):
            start = t.i + 1
    return start


def _nominal(t: Token) -> bool:
    """A word that can end a headline's subject; a capitalised name the tagger took for a verb counts."""
    return t.pos_ in ("PROPN", "NOUN") or (t.is_title and t.pos_ in ("VERB", "ADJ", "INTJ", "X"))


def _subject_word(t: Token) -> bool:
    if t.lower_ == "of" or t.text in SUBJECT_PUNCT or t.lower_ in JOINERS:
        return True
    if t.pos_ == "PART":
        return t.tag_ == "POS"  # "Guinea's junta", never "to"
    if t.pos_ == "PUNCT":
        return False
    return t.pos_ in SUBJECT_POS or _nominal(t)


def linear_verb(tok: Token, is_verb: Callable[[Token], bool]) -> bool:
    """Whether `tok` is the verb of an English headline the parser read as a noun phrase: the first word after a
    subject of names and nouns that `is_verb` (the lexicon) knows as a verb, followed by its complement."""
    if tok.lang_ == "fr":
        return _linear_verb_fr(tok, is_verb)
    if tok.lang_ != "en" or tok.tag_ not in VERB_LIKE_TAGS or tok.dep_ == "ROOT" and tok.pos_ == "VERB":
        return False
    sent = tok.sent
    if not tok.is_lower or tok.i + 1 >= sent.end or not headline(sent):
        return False
    start = _subject_start(sent)
    if tok.i <= start or not _nominal(tok.doc[tok.i - 1]):
        return False
    third_person = tok.lower_.endswith("s") and not tok.lower_.endswith("ss")
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ == "of" or nxt.is_punct or nxt.pos_ == "AUX":
        return False  # "orders of ...": the word is the subject's noun
    if nxt.pos_ == "VERB" and nxt.dep_ == "ROOT" and not third_person:
        return False  # "ceasefire talks resume"
    words = tok.doc[start : tok.i]
    for t in words:
        if not _subject_word(t) or (t.i > start and _candidate(t) and is_verb(t)):
            return False  # a verb before it is the headline's verb, or the title is no plain clause
    if third_person == _plural(list(words)):
        return False  # "Rail strike talks": a verb agrees with its subject, a noun in a stack need not
    return is_verb(tok)


def _linear_verb_fr(tok: Token, is_verb: Callable[[Token], bool]) -> bool:
    """A French title's verb tagged as a noun or an adjective ("Haïti : le Kenya *livre* des blindés", "Niger : la
    junte *ferme* la porte"): after the kicker, a subject of names and nouns, the verb, then its object."""
    sent, doc = tok.sent, tok.doc
    if (
        tok.pos_ not in ("NOUN", "ADJ", "ADV", "X")
        or not tok.is_lower
        or tok.i + 1 >= sent.end
        or not headline(sent)
    ):
        return False
    start = _subject_start(sent)
    kicker = start > sent.start or (
        sent.start > 0 and doc[sent.start - 1].text == ":"
    )  # a title split in two
    if not kicker or tok.i <= start or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False  # only titles with a kicker ("Pays : ..."), whose clause is a plain sentence
    words = list(doc[start : tok.i])
    if any(w.pos_ in ("VERB", "AUX", "PRON", "PUNCT", "SCONJ") for w in words):
        return False
    nxt = doc[tok.i + 1]
    if nxt.lower_ not in FR_OBJECT_OPENERS and nxt.pos_ not in ("PROPN", "NUM"):
        return False  # "la junte militaire": an adjective, not a verb with its object
    nouns = [w for w in words if w.pos_ in ("NOUN", "PROPN")]
    plural_subject = "Plur" in nouns[-1].morph.get("Number", []) or any(w.lower_ == "et" for w in words)
    if tok.lower_.endswith("ent") != plural_subject:
        return False  # the verb agrees with its subject
    return is_verb(tok)


def _candidate(t: Token) -> bool:
    return t.is_lower and t.tag_ in VERB_LIKE_TAGS and _nominal(t.doc[t.i - 1])


def _plural(words: list[Token]) -> bool:
    """Whether a headline's subject is plural: coordinated names or a plural noun at its end."""
    if any(w.lower_ in JOINERS for w in words):
        return True
    nouns = [w for w in words if _nominal(w)]
    last = nouns[-1] if nouns else None
    if last is None:
        return False
    # a plural the tagger did not tag as a noun ("Houthis" as an interjection) still ends in -s
    untagged = last.tag_ not in ("NN", "NNP") and last.lower_.endswith("s") and not last.lower_.endswith("ss")
    return last.tag_ in ("NNS", "NNPS") or last.lower_ in COLLECTIVE_PLURALS or untagged


def _phrases(tokens: list[Token]) -> list[Span]:
    """Noun phrases of a run of words split at commas and "and", articles and "of" quantities left out."""
    out: list[Span] = []
    run: list[Token] = []
    for t in [*tokens, None]:
        if t is None or t.lower_ in JOINERS:
            words = run
            while words and (words[0].pos_ == "DET" or words[0].is_punct):
                words = words[1:]
            if len(words) > 2 and words[0].lower_ in QUANTITY_HEADS and words[1].lower_ == "of":
                words = words[2:]
            if words and any(_nominal(w) or w.pos_ == "ADJ" for w in words):
                doc = words[0].doc
                out.append(doc[words[0].i : words[-1].i + 1])
            run = []
        else:
            run.append(t)
    return out


def subject_phrases(tok: Token) -> list[Span]:
    """The headline's subjects before its verb: "Colombia, FARC", "Thousands of riot police" -> "riot police"."""
    return _phrases(list(tok.doc[_subject_start(tok.sent) : tok.i]))


def object_words(tok: Token, into: frozenset[str] = frozenset()) -> list[Token]:
    """The words right after the verb, up to a preposition, "to", an adverb or another verb: "Saudi crown
    prince", "Putin, Poroshenko", "call" (the parse's verb right after a headline verb is its object)."""
    words: list[Token] = []
    after = tok.doc[tok.i + 1 : tok.sent.end]
    if tok.lang_ == "fr" and len(after) and after[0].lower_ in FR_OBJECT_OPENERS and after[0].pos_ == "ADP":
        after = after[1:]  # "livre des blindés": the article the parser took for a preposition
    for t in after:
        if t.lower_ in into and words:  # and the phrase the object opens onto ("la porte à une médiation")
            into = frozenset()
            words.append(t)
            continue
        nominal = t.dep_ == "compound" or t.i == tok.i + 1 and t.dep_ == "ROOT"
        if (
            t.pos_ in ("ADP", "SCONJ", "AUX", "ADV", "PRON")
            or t.lower_ == "to"
            or (t.pos_ == "VERB" and not nominal)
        ):
            break
        if t.is_punct and t.text not in (",", "-", "'"):
            break
        words.append(t)
    return words


def object_phrases(tok: Token) -> list[Span]:
    """The noun phrases of the headline's object."""
    return _phrases(object_words(tok))
