"""Files, directories and standard input -> RawItem or Failure, in a deterministic order."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Settings
from ..errors import InputError
from ..types import Failure, RawItem
from .decode import check_bytes, check_size, looks_like_html, text_from_bytes
from .feeds import is_feed, iter_feed
from .jsonl import iter_json_document, iter_json_lines
from .warc import iter_warc

__all__ = ["FORMATS", "STDIN_ID", "UNSUPPORTED", "iter_path", "iter_stdin", "walk"]

log = logging.getLogger("vigie.ingest")

STDIN_ID = "<stdin>"

# File name endings and how their content is read; anything else is sniffed.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}

# Inputs the contract names but this reader does not handle yet: a clear Failure beats a garbled article.
UNSUPPORTED: dict[str, str] = {}

# Archives are streamed record by record: the size limit applies to each record, not to the file.
ARCHIVES = (".warc", ".warc.gz")


def _failure(error: InputError) -> Failure:
    return Failure(error.item_id, error.reason, type(error).__name__)


def _suffix(path: str) -> str:
    """Lower-case file ending, two-part for .warc.gz."""
    name = os.path.basename(path).lower()
    return ".warc.gz" if name.endswith(".warc.gz") else os.path.splitext(name)[1]


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _sniff_json(text: str) -> str | None:
    """'json' or 'jsonl' when undeclared content is article records, else None."""
    head = text.lstrip()
    if not head.startswith(("{", "[")):
        return None
    try:
        data = json.loads(head)
    except json.JSONDecodeError:
        first = head.split("\n", 1)[0]
        try:
            return "jsonl" if isinstance(json.loads(first), dict) else None
        except json.JSONDecodeError:
            return None
    records = data if isinstance(data, list) else [data]
    return "json" if records and all(isinstance(r, dict) and "id" in r for r in records) else None


def _document(item_id: str, raw: bytes, text: str, fmt: str | None) -> RawItem:
    """One article from a whole file; `fmt` 'html', 'text' or None, and text that looks like markup is HTML."""
    is_html = fmt == "html" or looks_like_html(text)
    return RawItem(
        id=item_id,
        text=None if is_html else text,
        html=text if is_html else None,
        origin=item_id,
        raw_sha256=_sha(raw),
    )


def _lines(raw: bytes) -> Iterator[tuple[int, bytes]]:
    yield from enumerate(raw.split(b"\n"), start=1)


def _read_bytes(
    source: str, raw: bytes, fmt: str | None, settings: Settings, what: str = "file"
) -> Iterator[RawItem | Failure]:
    """Items from one input's bytes, already known to be within the size limit."""
    try:
        if fmt == "feed":
            yield from iter_feed(source, raw)
            return
        if fmt == "jsonl":
            check_bytes(source, raw, what)
            yield from iter_json_lines(_lines(raw), source, settings.max_bytes)
            return
        text = text_from_bytes(source, raw, what)
        if fmt is None:
            fmt = _sniff_json(text)
            if fmt == "jsonl":
                yield from iter_json_lines(_lines(raw), source, settings.max_bytes)
                return
        if fmt == "json":
            yield from iter_json_document(text, source)
            return
        if fmt is None and text.lstrip().startswith(("<?xml", "<rss", "<feed", "<rdf:RDF")) and is_feed(raw):
            yield from iter_feed(source, raw)
            return
        yield _document(source, raw, text, fmt)
    except InputError as e:
        yield _failure(e)


def walk(root: str) -> tuple[list[str], list[Failure]]:
    """Non-hidden files under `root`, sorted by path components; unreadable folders become Failures."""
    found: list[tuple[tuple[str, ...], str]] = []
    errors: list[Failure] = []

    def on_error(error: OSError) -> None:
        errors.append(Failure(str(error.filename), error.strerror or str(error), "InputError"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if not name.startswith("."):
                path = os.path.join(dirpath, name)
                found.append((tuple(os.path.relpath(path, root).split(os.sep)), path))
    return [path for _, path in sorted(found)], errors


def iter_path(path: str, settings: Settings, *, jsonl: bool = False) -> Iterator[RawItem | Failure]:
    """Items from a file or a directory tree; the id of a file's article is its path as given."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield Failure(path, "no such file or directory", "InputError")
        return
    except OSError as e:
        yield Failure(path, e.strerror or str(e), "InputError")
        return
    if stat.S_ISDIR(info.st_mode):
        files, errors = walk(path)
        if not files and not errors:
            log.warning("%s: no input files in this directory", path)
        yield from errors
        for file in files:
            yield from iter_path(file, settings, jsonl=jsonl)
        return
    suffix = _suffix(path)
    if suffix in ARCHIVES:
        yield from iter_warc(path, settings.max_bytes)
        return
    if suffix in UNSUPPORTED:
        yield Failure(path, f"{UNSUPPORTED[suffix]} input is not supported yet", "MalformedInput")
        return
    fmt = FORMATS.get(suffix)
    if jsonl and fmt not in ("json", "feed"):
        fmt = "jsonl"
    try:
        check_size(path, info.st_size, settings.max_bytes)
        with open(path, "rb") as f:
            raw = f.read(settings.max_bytes + 1)
        check_size(path, len(raw), settings.max_bytes)  # the file grew, or stat could not tell (pipes)
    except InputError as e:
        yield _failure(e)
        return
    except OSError as e:
        yield Failure(path, e.strerror or str(e), "InputError")
        return
    yield from _read_bytes(path, raw, fmt, settings)


def _stream_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes]]:
    """Numbered lines of a stream; a line over `limit` bytes is cut at limit + 1 so the size check fails it."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield number, line


def iter_stdin(stream: BinaryIO, settings: Settings, *, jsonl: bool = False) -> Iterator[RawItem | Failure]:
    """Items from standard input: JSON Lines streamed line by line, else one document (sniffed)."""
    if jsonl:
        seen = False
        for item in iter_json_lines(_stream_lines(stream, settings.max_bytes), STDIN_ID, settings.max_bytes):
            seen = True
            yield item
        if not seen:
            yield Failure(STDIN_ID, "empty standard input", "EmptyInput")
        return
    raw = stream.read(settings.max_bytes + 1)
    try:
        check_size(STDIN_ID, len(raw), settings.max_bytes, what="standard input")
    except InputError as e:
        yield _failure(e)
        return
    yield from _read_bytes(STDIN_ID, raw, None, settings, what="standard input")
