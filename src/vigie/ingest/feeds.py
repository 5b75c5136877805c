"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> one RawItem per entry; a broken feed is one Failure naming it."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from email.utils import parsedate_to_datetime

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError, MalformedInput
from ..types import Failure, RawItem
from .decode import check_bytes
from .jsonl import parse_published

__all__ = ["feed_date", "fragment_text", "is_feed", "iter_feed"]

log = logging.getLogger("vigie.ingest")

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "article",
        "section",
        "table",
        "tr",
        "pre",
        "figure",
        "figcaption",
        "hr",
    ]
)
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


def _local(tag: object) -> str:
    """Tag name without its namespace ('' for comments and processing instructions)."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el if _local(c.tag) == name]


def _first_text(el: etree._Element, *names: str) -> str | None:
    """Text of the first non-blank child among `names`, tried in order (namespaces ignored)."""
    for name in names:
        for child in _children(el, name):
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def feed_date(value: str | None, where: str) -> str | None:
    """YYYY-MM-DD from an RFC 822 (RSS) or ISO 8601 (Atom) date as written; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value[:4].isdigit():
        return parse_published(value[:10], where)
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        log.warning("%s: ignoring date %r (neither RFC 822 nor ISO 8601)", where, value)
        return None


def fragment_text(markup: str) -> str:
    """Plain paragraphs from a feed's HTML fragment (or plain text): blocks become blank-line breaks."""
    if "<" not in markup:
        return "\n\n".join(p.strip() for p in re.split(r"\n\s*\n", markup) if p.strip())
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = ("\n\n" if el.tag.lower() != "br" else "") + (el.text or "")
    text = root.text_content()
    paragraphs = (SPACES.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _link(entry: etree._Element) -> str | None:
    """The entry's page: an Atom alternate link's href, else the RSS <link> text."""
    links = _children(entry, "link")
    for link in links:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return link.get("href").strip()
    for link in links:
        if link.get("href"):
            return link.get("href").strip()
    return _first_text(entry, "link")


def _body(entry: etree._Element) -> str | None:
    """The richest body: full content (content:encoded, Atom content) before the summary or description."""
    for name in ("encoded", "content", "description", "summary"):
        for child in _children(entry, name):
            if child.get("type") == "xhtml" and len(child):
                return "".join(etree.tostring(c, encoding="unicode") for c in child)
            text = "".join(child.itertext()).strip()
            if text:
                return text
    return None


def _entry_item(entry: etree._Element, source: str, index: int, lang: str | None) -> RawItem:
    where = f"{source}#{index}"
    link = _link(entry)
    item_id = _first_text(entry, "guid", "id") or link
    if not item_id:
        raise MalformedInput(where, "feed entry has neither id/guid nor link")
    title = _first_text(entry, "title")
    body = _body(entry)
    paragraphs = [fragment_text(title)] if title else []
    if body:
        text = fragment_text(body)
        if text and paragraphs and text.startswith(paragraphs[0]):
            paragraphs = []
        paragraphs.append(text)
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise MalformedInput(f"{where} ({item_id})", "feed entry has no title, content or summary")
    published = feed_date(_first_text(entry, "published", "pubDate", "date", "issued", "updated"), where)
    entry_lang = entry.get(XML_LANG) or lang
    return RawItem(
        id=item_id,
        text=text,
        url=link,
        published=published,
        lang=entry_lang.split("-")[0].strip().lower() if entry_lang else None,
        origin=where,
        raw_sha256=hashlib.sha256(etree.tostring(entry)).hexdigest(),
    )


def is_feed(raw: bytes) -> bool:
    """True when the bytes parse to an <rss>, Atom <feed> or RSS 1.0 <rdf:RDF> document."""
    try:
        root = _parse(raw)
    except ValueError:
        return False
    return _local(root.tag) in FEED_ROOTS


def _parse(raw: bytes) -> etree._Element:
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        raise ValueError(str(e)) from None
    if root is None:
        raise ValueError("no XML element")
    return root


def iter_feed(source: str, raw: bytes) -> Iterator[RawItem | Failure]:
    """One RawItem per feed entry (id: guid/id, else link), in feed order; bad entries are named and skipped."""
    try:
        check_bytes(source, raw, "feed")
        try:
            root = _parse(raw)
        except ValueError as e:
            raise MalformedInput(source, f"not a readable RSS/Atom feed ({e})") from None
        kind = _local(root.tag)
        if kind not in FEED_ROOTS:
            raise MalformedInput(source, f"not an RSS/Atom feed (root element <{kind or '?'}>)")
        channel = root
        if kind == "rss":
            found = _children(root, "channel")
            if not found:
                raise MalformedInput(source, "RSS feed without a <channel>")
            channel = found[0]
        lang = _first_text(channel, "language") or root.get(XML_LANG) or channel.get(XML_LANG)
        entries = [e for e in (channel if kind != "RDF" else root) if _local(e.tag) in ("item", "entry")]
        if not entries:
            raise MalformedInput(source, "feed has no entries")
    except InputError as e:
        yield Failure(e.item_id, e.reason, type(e).__name__)
        return
    for index, entry in enumerate(entries, start=1):
        try:
            yield _entry_item(entry, source, index, lang)
        except InputError as e:
            yield Failure(e.item_id, e.reason, type(e).__name__)
