"""WARC archives -> RawItems for HTML responses with status 200, with their URL and date."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from vigie.config import Settings
from vigie.ingest import iter_items
from vigie.ingest.warc import write_warc
from vigie.types import Failure, RawItem

SETTINGS = Settings()
PAGE = (
    "<html><head><title>{0}</title></head><body><article><p>{0}: des roquettes.</p></article></body></html>"
)


def _record(
    writer: WARCWriter, url: str, body: bytes, status: str, ctype: str, kind: str = "response"
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    rec = writer.create_warc_record(
        url,
        kind,
        payload=BytesIO(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": "2021-04-08T10:00:00Z"},
    )
    writer.write_record(rec)


@pytest.mark.parametrize("gzip", [True, False])
def test_html_200_responses_only(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    with open(path, "wb") as out:
        w = WARCWriter(out, gzip=gzip)
        _record(
            w, "https://example.org/a", PAGE.format("Erbil").encode(), "200 OK", "text/html; charset=utf-8"
        )
        _record(w, "https://example.org/img.png", b"\x89PNG\r\n\x1a\n", "200 OK", "image/png")
        _record(w, "https://example.org/gone", b"<html>404</html>", "404 Not Found", "text/html")
        _record(w, "https://example.org/moved", b"", "301 Moved Permanently", "text/html")
        _record(
            w,
            "https://example.org/b",
            PAGE.format("Bagdad").encode("cp1252"),
            "200 OK",
            "application/xhtml+xml",
        )
        _record(w, "https://example.org/c", b"\x00\x01binary", "200 OK", "text/html")
    results = list(iter_items([str(path)], settings=SETTINGS))
    assert [type(r).__name__ for r in results] == ["RawItem", "RawItem", "Failure"]
    a, b, c = results
    assert isinstance(a, RawItem) and isinstance(b, RawItem) and isinstance(c, Failure)
    assert (a.id, a.url, a.published) == ("https://example.org/a", "https://example.org/a", "2021-04-08")
    assert a.html is not None and "Erbil: des roquettes" in a.html and a.text is None
    assert a.origin.startswith(f"{path}@<urn:uuid:")
    assert b.html is not None and "Bagdad" in b.html
    assert c.item_id == "https://example.org/c" and "binary data" in c.reason


def test_write_warc_round_trip_and_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "small.warc.gz"
    pages = [
        (
            f"https://example.org/{i}",
            PAGE.format(f"Article {i}") + " " * 200 * i,
            f"2020-01-0{i + 1}T00:00:00Z",
        )
        for i in range(3)
    ]
    assert write_warc(str(path), pages) == 3
    ids = [r.id for r in iter_items([str(path)], settings=SETTINGS)]
    assert ids == [p[0] for p in pages]
    small = Settings(max_bytes=250)
    results = list(iter_items([str(path)], settings=small))
    assert isinstance(results[0], RawItem)
    assert all(isinstance(r, Failure) and "over the" in r.reason for r in results[1:])


def test_truncated_or_bogus_archive_is_named(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    write_warc(
        str(path), [(f"https://example.org/{i}", PAGE.format(i), "2020-01-01T00:00:00Z") for i in range(3)]
    )
    raw = path.read_bytes()
    for cut in (40,):  # inside the last payload
        path.write_bytes(raw[: len(raw) - cut])
        results = list(iter_items([str(path)], settings=SETTINGS))
        ids = [r.id for r in results if isinstance(r, RawItem)]
        assert ids[:2] == ["https://example.org/0", "https://example.org/1"], cut
        assert isinstance(results[-1], Failure), cut
    bogus = tmp_path / "bogus.warc"
    bogus.write_text("this is not an archive\n", encoding="utf-8")
    [f] = iter_items([str(bogus)], settings=SETTINGS)
    assert isinstance(f, Failure) and f.item_id == str(bogus) and "unreadable WARC archive" in f.reason


def test_large_archive_file_is_not_refused_by_size(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    write_warc(
        str(path),
        [(f"https://example.org/{i}", PAGE.format(i) * 5, "2020-01-01T00:00:00Z") for i in range(20)],
        gzip=False,
    )
    assert path.stat().st_size > 2000
    results = list(iter_items([str(path)], settings=Settings(max_bytes=2000)))
    assert len(results) == 20 and all(isinstance(r, RawItem) for r in results)
