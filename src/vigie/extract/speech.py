"""Reported speech: direct quotes in «», “”, "" and indirect speech ("a déclaré que", "said that", "selon"), with speakers."""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..types import Actor, Article, Quote
from .syntax import PRONOUNS, ancestors_in, antecedent, evidence_of, objects, prep_objects, subjects

if TYPE_CHECKING:
    from .events import EventExtractor

__all__ = ["SpeechContext", "find_quotes"]

# Opening and closing marks; straight double quotes pair with each other.
QUOTE_RE = re.compile(r"«\s*(?P<a>[^«»]{2,}?)\s*»|“(?P<b>[^“”]{2,}?)”|\"(?P<c>[^\"\n]{2,}?)\"")
ACCORDING = frozenset({"selon", "according", "d'après", "d’après"})
SPEECH_NOUNS = frozenset({"déclaration", "communiqué", "statement", "interview", "entretien", "conférence"})
MIN_INDIRECT_CHARS = 12


class SpeechContext:
    """Per-article view of who speaks where: direct-quote spans, speech verbs and the named speakers so far."""

    def __init__(self, extractor: EventExtractor, article: Article, doc: Doc) -> None:
        self.x = extractor
        self.article = article
        self.doc = doc
        self.direct: list[tuple[int, int]] = []  # char spans of direct quotes (inner text)
        self.quotes: list[Quote] = []
        self._named: list[tuple[int, Actor]] = []  # (char offset, speaker) for named speakers, in text order
        self._spans: list[tuple[int, int, Quote]] = []  # where each quote's words lie

    # ------------------------------------------------------------ lookups used by the event extractor
    def in_direct_quote(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.direct)

    def quote_at(self, char: int) -> Quote | None:
        for a, b, q in self._spans:
            if a <= char < b:
                return q
        return None

    def speaker_at(self, char: int) -> Actor | None:
        q = self.quote_at(char)
        return q.speaker if q else None

    def speaker_of(self, verb: Token) -> Actor | None:
        """The speaker of a reporting verb: its subject, resolved through pronouns to the last named speaker."""
        subj = subjects(verb) or [
            c for c in verb.children if c.dep_ == "expl:subj" and c.lower_.strip("-") != "t"
        ]
        if not subj and any(a < verb.idx for a, _ in self.direct if verb.sent.start_char <= a):
            subj = [o for o in objects(verb) if o.i > verb.i]  # inverted: «...», a déclaré l'agence Mehr
        if not subj:
            for dep, anc in ancestors_in(verb, verb.sent):
                if dep in ("xcomp", "advcl", "conj") and subjects(anc):
                    subj = subjects(anc)
                    break
        for s in subj:
            ante = antecedent(s)
            if ante is not None:
                s = ante
            if s.lower_.strip("-") in PRONOUNS or s.pos_ == "PRON":
                return self.last_named(verb.idx)
            return self.x._actor(s)
        return None

    def last_named(self, char: int) -> Actor | None:
        offsets = [o for o, _ in self._named]
        i = bisect_right(offsets, char)
        return self._named[i - 1][1] if i else None

    def remember(self, char: int, actor: Actor | None) -> None:
        if actor is not None and (actor.kind != "other" or actor.name[:1].isupper()):
            insort(self._named, (char, actor), key=lambda x: x[0])


def _speech_verbs(sent: Span, ctx: SpeechContext) -> list[Token]:
    out = []
    for t in sent:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        entries = ctx.x.lex.lookup("V", t.lemma_.lower()) or ctx.x.lex.lookup("V", t.lower_)
        if any(e.role == "speech" or e.type in ("THREATEN", "ACCUSE", "REQUEST") for e in entries):
            out.append(t)
    return out


def _according_to(sent: Span, ctx: SpeechContext) -> tuple[Token, Actor] | None:
    for t in sent:
        if t.lower_ in ACCORDING:
            for cand in [t.head, *t.children, *(c for c in t.head.children)]:
                if cand.i == t.i or cand.pos_ not in ("PROPN", "NOUN"):
                    continue
                if cand.i > t.i and not ctx.in_direct_quote(cand.idx):
                    return t, ctx.x._actor(cand)
            if t.lower_ == "according":
                for _, obj in prep_objects(t):
                    return t, ctx.x._actor(obj)
                for c in t.children:
                    for _, obj in prep_objects(c):
                        return t, ctx.x._actor(obj)
    return None


def find_quotes(ctx: SpeechContext) -> list[Quote]:
    """Every piece of reported speech in the article, in text order, with its speaker."""
    doc, text = ctx.doc, ctx.doc.text
    for m in QUOTE_RE.finditer(text):
        g = next(k for k in ("a", "b", "c") if m.group(k) is not None)
        ctx.direct.append((m.start(g), m.end(g)))
    for sent in doc.sents:
        in_sent = [(a, b) for a, b in ctx.direct if sent.start_char <= a < sent.end_char]
        verbs = [v for v in _speech_verbs(sent, ctx) if not ctx.in_direct_quote(v.idx)]
        according = _according_to(sent, ctx)
        speaker: Actor | None = None
        if verbs:
            speaker = ctx.speaker_of(verbs[0])
        elif according is not None:
            speaker = according[1]
        for v in verbs:
            named = ctx.speaker_of(v)
            if named is not None and not any(s.lower_ in PRONOUNS for s in subjects(v)):
                ctx.remember(v.idx, named)
        if according is not None:
            ctx.remember(according[0].idx, according[1])
        for a, b in in_sent:
            words = text[a:b].strip()
            if len(words.split()) < 2:
                continue  # a quoted single word ("le mot «Iran»") is a mention, not speech
            who = speaker if (verbs or according) else _speaker_before(ctx, sent) or _speaker_after(ctx, sent)
            _add(ctx, words, a, b, who, sent, direct=True)
        if in_sent:
            continue
        for v in verbs:
            comp = [c for c in v.children if c.dep_ in ("ccomp",)]  # "X said that ..." or "..., X said"
            for c in comp:
                span = doc[c.left_edge.i : c.right_edge.i + 1]
                while len(span) and span[0].dep_ == "mark":
                    span = span[1:]
                if len(span.text) >= MIN_INDIRECT_CHARS:
                    _add(
                        ctx, span.text, span.start_char, span.end_char, ctx.speaker_of(v), sent, direct=False
                    )
        if according is not None and not verbs:
            t, who = according
            head = t.head if t.head.i != t.i else t
            rest = _without(sent, head)
            if len(rest) >= MIN_INDIRECT_CHARS:
                _add(ctx, rest, sent.start_char, sent.end_char, who, sent, direct=False)
    _pull_quotes(ctx)
    ctx.quotes.sort(key=lambda q: q.start)
    ctx._spans.sort(key=lambda x: x[0])
    return ctx.quotes


def _speaker_before(ctx: SpeechContext, sent: Span) -> Actor | None:
    """A quote standing alone right after "X a déclaré :" belongs to X."""
    prev = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None and prev.text.rstrip().endswith(":"):
        verbs = _speech_verbs(prev, ctx)
        if verbs:
            return ctx.speaker_of(verbs[-1])
    return None


def _speaker_after(ctx: SpeechContext, sent: Span) -> Actor | None:
    """The parser sometimes cuts «...», a-t-il déclaré after the quote: the clause that follows is the source."""
    if sent.end >= len(sent.doc):
        return None
    nxt = sent.doc[sent.end].sent
    first = next((t for t in nxt if not t.is_space), None)
    if first is None or first.text not in (",", "–", "—"):
        return None
    verbs = _speech_verbs(nxt, ctx)
    return ctx.speaker_of(verbs[0]) if verbs else None


def _without(sent: Span, head: Token) -> str:
    sub = set(range(head.left_edge.i, head.right_edge.i + 1))
    return "".join(t.text_with_ws for t in sent if t.i not in sub).strip(" ,;")


def _add(ctx: SpeechContext, words: str, a: int, b: int, who: Actor | None, sent: Span, direct: bool) -> None:
    q = Quote(
        article_id=ctx.article.id,
        text=words,
        speaker=who,
        evidence=evidence_of(sent),
        language=ctx.x.lang,
        direct=direct,
        start=a,
        end=b,
    )
    ctx.quotes.append(q)
    ctx._spans.append((a, b, q))


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _pull_quotes(ctx: SpeechContext) -> None:
    """A quote shown alone (a pull quote or caption) takes the speaker of the attributed quote it repeats."""
    for q in ctx.quotes:
        if q.speaker is not None:
            continue
        key = _norm(q.text)
        for other in ctx.quotes:
            if other is not q and other.speaker is not None and key and key in _norm(other.text):
                q.speaker = other.speaker
                break
