"""Files, directories and standard input -> RawItem / Failure."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

import pytest

from vigie.config import Settings
from vigie.ingest import iter_items
from vigie.types import Failure, RawItem

SETTINGS = Settings()
FRENCH = "Le président a été réélu à Noël ; « Ça déçoit », dit-elle à l'hôpital où l'œuvre est exposée.\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(32))


def items(
    *paths: Path | str, settings: Settings = SETTINGS, jsonl: bool = False, stdin: BinaryIO | None = None
) -> list[RawItem | Failure]:
    return list(iter_items([str(p) for p in paths], jsonl=jsonl, settings=settings, stdin=stdin))


def one(path: Path | str, settings: Settings = SETTINGS) -> RawItem | Failure:
    [result] = items(path, settings=settings)
    return result


def failure(path: Path | str, settings: Settings = SETTINGS) -> Failure:
    result = one(path, settings=settings)
    assert isinstance(result, Failure), result
    assert result.message().startswith(f"{result.item_id}: ")
    return result


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    raw = b"Titre\r\n\r\nPremier paragraphe.\rSecond."
    path.write_bytes(raw)
    item = one(path)
    assert isinstance(item, RawItem)
    assert item.id == item.origin == str(path)
    assert item.text == "Titre\n\nPremier paragraphe.\nSecond."
    assert item.html is None
    assert item.raw_sha256 == hashlib.sha256(raw).hexdigest()


def test_html_by_extension_and_by_sniffing(tmp_path: Path) -> None:
    (tmp_path / "page.htm").write_text("<p>Un paragraphe.</p>", encoding="utf-8")
    (tmp_path / "saved.txt").write_text(
        "<!DOCTYPE html><html><body><p>Texte</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "frag").write_text("<div><p>Un.</p><p>Deux.</p><p>Trois.</p></div>", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("Il a écrit <p> dans un message, sans plus.", encoding="utf-8")
    found = {Path(i.id).name: i for i in items(tmp_path) if isinstance(i, RawItem)}
    assert found["page.htm"].html and found["saved.txt"].html and found["frag"].html
    assert found["plain.txt"].text and found["plain.txt"].html is None


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n")
    for name in ("empty.txt", "blank.txt"):
        f = failure(tmp_path / name)
        assert (f.item_id, f.reason, f.kind) == (str(tmp_path / name), "empty file", "EmptyInput")


def test_png_renamed_txt(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    f = failure(path)
    assert f.kind == "BinaryInput"
    assert f.message() == f"{path}: binary data (PNG image), not text"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"%PDF-1.7\n...", "PDF document"),
        (b"\x1f\x8b\x08\x00abc", "gzip archive"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\xff\xd8\xff\xe0JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"plain start\x00then NUL", "NUL bytes"),
    ],
)
def test_binary_formats(tmp_path: Path, raw: bytes, name: str) -> None:
    path = tmp_path / "x.dat"
    path.write_bytes(raw)
    assert failure(path).reason == f"binary data ({name}), not text"


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_western_single_byte_french(tmp_path: Path, encoding: str) -> None:
    text = FRENCH.replace("œ", "oe") if encoding == "latin-1" else FRENCH
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode(encoding))
    item = one(path)
    assert isinstance(item, RawItem)
    assert item.text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_unicode_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.txt"
    raw = FRENCH.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    item = one(path)
    assert isinstance(item, RawItem)
    assert item.text == FRENCH


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(128, 256)) * 3)
    f = failure(path)
    assert (f.kind, f.reason) == ("EncodingProblem", "cannot decode text")


def test_over_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("mot " * 100, encoding="utf-8")
    f = failure(path, settings=replace(SETTINGS, max_bytes=100))
    assert f.kind == "TooLarge"
    assert f.message() == f"{path}: file is 400 bytes, over the 100 bytes limit (max_bytes)"


def test_over_default_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(25 * 1024 * 1024)  # sparse: nothing written, stat says 25 MB
    assert failure(path).reason == "file is 25.0 MB, over the 20.0 MB limit (max_bytes)"


def test_missing_path() -> None:
    f = failure("/no/such/article.txt")
    assert f.message() == "/no/such/article.txt: no such file or directory"


def test_feed_without_channel_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text("<rss></rss>", encoding="utf-8")
    assert failure(path).reason == "RSS feed without a <channel>"


def test_directory_walk_is_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a-b.txt",
        ".hidden.txt",
        ".git/x.txt",
        "c/.secret",
        "C.txt",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Texte de {rel}.", encoding="utf-8")
    ids = [i.id for i in items(tmp_path) if isinstance(i, RawItem)]
    rels = [str(Path(i).relative_to(tmp_path)) for i in ids]
    assert rels == ["C.txt", "a/b/c.txt", "a/z.txt", "a-b.txt", "b.txt"]
    assert ids == [i.id for i in items(tmp_path) if isinstance(i, RawItem)]


def test_bad_item_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("Premier article.", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(PNG)
    (tmp_path / "3.txt").write_text("Troisième article.", encoding="utf-8")
    kinds = [type(i).__name__ for i in items(tmp_path, tmp_path / "missing.txt")]
    assert kinds == ["RawItem", "Failure", "RawItem", "Failure"]


def test_stdin_text_bytes() -> None:
    raw = FRENCH.encode("cp1252")
    for paths in ([], ["-"]):
        [item] = items(*paths, stdin=io.BytesIO(raw))
        assert isinstance(item, RawItem)
        assert (item.id, item.origin, item.text) == ("<stdin>", "<stdin>", FRENCH)


def test_stdin_html_and_limits() -> None:
    [item] = items(stdin=io.BytesIO(b"<html><body><p>Texte</p></body></html>"))
    assert isinstance(item, RawItem) and item.html
    [f] = items(stdin=io.BytesIO(b"x" * 200), settings=replace(SETTINGS, max_bytes=100))
    assert isinstance(f, Failure)
    assert f.message().startswith("<stdin>: standard input is ")
    [f] = items(stdin=io.BytesIO(b""))
    assert isinstance(f, Failure) and f.reason == "empty standard input"


def test_stdin_jsonl() -> None:
    data = b'{"id": "a", "text": "Un."}\n\n{"id": "b", "html": "<p>Deux.</p>"}\n{"id": "c", "te'
    result = items(jsonl=True, stdin=io.BytesIO(data))
    assert [getattr(r, "id", None) for r in result[:2]] == ["a", "b"]
    assert isinstance(result[2], Failure) and result[2].item_id == "<stdin>:4"


def test_unknown_extension_json_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text(
        '{"id": "x1", "text": "Un article."}\n{"id": "x2", "text": "Un autre."}\n', encoding="utf-8"
    )
    assert [i.id for i in items(path) if isinstance(i, RawItem)] == ["x1", "x2"]
