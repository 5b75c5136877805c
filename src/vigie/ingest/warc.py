"""WARC and WARC.gz archives -> one RawItem per HTML response (status 200), streamed record by record."""

from __future__ import annotations

import hashlib
import logging
import zlib
from collections.abc import Iterable, Iterator
from io import BytesIO
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..errors import InputError, MalformedInput
from ..types import Failure, RawItem
from .decode import check_size, text_from_bytes
from .jsonl import parse_published

__all__ = ["HTML_TYPES", "iter_warc", "write_warc"]

log = logging.getLogger("vigie.ingest")

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _is_html_200(record: Any) -> bool:
    http = record.http_headers
    if http is None:
        return False
    if (http.get_statuscode() or "") != "200":
        return False
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return ctype in HTML_TYPES


def _record_item(record: Any, path: str, max_bytes: int) -> RawItem:
    url = (record.rec_headers.get_header("WARC-Target-URI") or "").strip()
    where = f"{path}@{record.rec_headers.get_header('WARC-Record-ID') or '?'}"
    item_id = url or where
    length = int(record.rec_headers.get_header("Content-Length") or 0)
    check_size(item_id, length, max_bytes, what="WARC record")
    raw = record.content_stream().read(max_bytes + 1)
    check_size(item_id, len(raw), max_bytes, what="WARC record")
    missing = getattr(record.raw_stream, "limit", 0)
    if isinstance(missing, int) and missing > 0:
        raise MalformedInput(item_id, f"truncated WARC record ({missing} bytes missing)")
    html = text_from_bytes(item_id, raw, what="HTML response")
    warc_date = record.rec_headers.get_header("WARC-Date")
    return RawItem(
        id=item_id,
        html=html,
        url=url or None,
        published=parse_published(warc_date, item_id) if warc_date else None,
        origin=where,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
    )


def iter_warc(path: str, max_bytes: int) -> Iterator[RawItem | Failure]:
    """HTML responses of a WARC file (gzipped or not) in archive order; the article id is the target URL.

    Other records (requests, metadata, redirects, images) are skipped silently; a bad record gives a
    Failure naming it and the next record is read; an unreadable archive gives one Failure naming the file.
    """
    seen = records = 0
    try:
        stream = open(path, "rb")  # noqa: SIM115  (closed below, after the generator's last record)
    except OSError as e:
        yield Failure(path, e.strerror or str(e), "InputError")
        return
    try:
        with stream:
            for record in ArchiveIterator(stream):
                if not str(record.format).startswith("warc"):
                    raise ValueError(f"a {record.format} record, not WARC")
                records += 1
                if record.rec_type != "response" or not _is_html_200(record):
                    continue
                seen += 1
                try:
                    yield _record_item(record, path, max_bytes)
                except InputError as e:
                    yield Failure(e.item_id, e.reason, type(e).__name__)
                except Exception as e:  # a broken payload (bad chunking, bad gzip) spoils only this record
                    url = record.rec_headers.get_header("WARC-Target-URI") or path
                    yield Failure(url, f"unreadable WARC record: {type(e).__name__}: {e}", "MalformedInput")
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, AttributeError, zlib.error) as e:
        # warcio gives no typed error for every kind of damage; whatever stops it ends this archive only
        # the reader's own exception text says where it tripped, not what is wrong with the file
        detail = "" if isinstance(e, AttributeError) else f" ({type(e).__name__}: {e})"
        yield Failure(
            path,
            f"unreadable WARC archive after {seen} HTML records: truncated or malformed record{detail}",
            "MalformedInput",
        )
        return
    if not records:
        yield Failure(path, "unreadable WARC archive (no WARC record found)", "MalformedInput")
    elif not seen:
        log.warning("%s: no HTML responses with status 200 in this archive", path)


def write_warc(
    path: str, pages: Iterable[tuple[str, str, str]], *, gzip: bool = True, content_type: str = "text/html"
) -> int:
    """Write (url, html, WARC-Date ISO timestamp) pages as request-less response records; returns the count.

    Handy to turn a few pages into an archive for trying the WARC reader or the Spark job.
    """
    n = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for url, html, when in pages:
            body = html.encode("utf-8")
            http = StatusAndHeaders(
                "200 OK", [("Content-Type", f"{content_type}; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": when},
            )
            writer.write_record(record)
            n += 1
    return n
