"""JSON Lines and JSON article records -> RawItem, one Failure per broken record."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from ..errors import InputError, MalformedInput
from ..types import Failure, RawItem
from .decode import check_size, normalise_newlines

__all__ = ["iter_json_document", "iter_json_lines", "parse_published", "record_to_item"]

log = logging.getLogger("vigie.ingest")

# A date, optionally followed by a time part that is dropped ("2021-04-07T10:00:00Z" -> "2021-04-07").
PUBLISHED = re.compile(r"\A(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z ]*)?\Z")
LANG_CODE = re.compile(r"\A([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*\Z")


def parse_published(value: object, item_id: str) -> str | None:
    """YYYY-MM-DD from a declared publication date; None with a warning when it is not a real date."""
    if value is None or value == "":
        return None
    match = PUBLISHED.match(value.strip()) if isinstance(value, str) else None
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            pass
    log.warning("%s: ignoring 'published' %r (not a YYYY-MM-DD date)", item_id, value)
    return None


def _lang(value: object) -> str | None:
    """Lower-case primary language subtag ("fr-FR" -> "fr"), None when absent or not a code."""
    if not isinstance(value, str):
        return None
    match = LANG_CODE.match(value.strip().lower())
    return match.group(1) if match else None


def _body(record: dict[str, Any], key: str, where: str) -> str | None:
    """The text/html field as LF-normalised text, None when absent or blank."""
    value = record.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MalformedInput(where, f"'{key}' must be a string, not {type(value).__name__}")
    return normalise_newlines(value) if value.strip() else None


def record_to_item(record: object, *, where: str, raw: bytes) -> RawItem:
    """Validate one decoded JSON record; `where` ("file:LINE") names it in errors and becomes its origin."""
    if not isinstance(record, dict):
        raise MalformedInput(where, f"not a JSON object ({type(record).__name__})")
    item_id = record.get("id")
    if isinstance(item_id, int) and not isinstance(item_id, bool):
        item_id = str(item_id)
    if item_id is None:
        raise MalformedInput(where, "missing 'id'")
    if not isinstance(item_id, str) or not item_id.strip():
        raise MalformedInput(where, f"'id' must be a non-empty string, not {item_id!r}")
    text, html = _body(record, "text", where), _body(record, "html", where)
    if text is None and html is None:
        raise MalformedInput(where, f"article '{item_id}': missing 'text' or 'html'")
    url = record.get("url")
    return RawItem(
        id=item_id,
        text=text,
        html=html,
        url=url if isinstance(url, str) and url.strip() else None,
        published=parse_published(record.get("published"), item_id),
        lang=_lang(record.get("lang")),
        origin=where,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
    )


def _failure(error: InputError) -> Failure:
    return Failure(error.item_id, error.reason, type(error).__name__)


def iter_json_lines(
    lines: Iterable[tuple[int, bytes]], source: str, max_bytes: int
) -> Iterator[RawItem | Failure]:
    """One item per non-empty (line number, bytes) pair; a broken line gives a Failure naming `source:LINE`."""
    for lineno, line in lines:
        where = f"{source}:{lineno}"
        if lineno == 1:
            line = line.removeprefix(b"\xef\xbb\xbf")
        line = line.rstrip(b"\r\n")
        if not line.strip():
            continue
        try:
            check_size(where, len(line), max_bytes, what="line")
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                raise MalformedInput(where, "line is not valid UTF-8") from None
            try:
                record = json.loads(text)
            except json.JSONDecodeError as e:
                raise MalformedInput(
                    where, f"invalid JSON ({e.msg.removesuffix(' at')}, column {e.colno})"
                ) from None
            yield record_to_item(record, where=where, raw=line)
        except InputError as e:
            yield _failure(e)


def iter_json_document(text: str, source: str) -> Iterator[RawItem | Failure]:
    """Items from a JSON document holding one article object or a list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        yield Failure(
            source,
            f"invalid JSON ({e.msg.removesuffix(' at')}, line {e.lineno}, column {e.colno})",
            "MalformedInput",
        )
        return
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records):
        where = f"{source}[{index}]" if isinstance(data, list) else source
        raw = json.dumps(record, ensure_ascii=False, sort_keys=True).encode("utf-8")
        try:
            yield record_to_item(record, where=where, raw=raw)
        except InputError as e:
            yield _failure(e)
