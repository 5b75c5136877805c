"""JSON Lines and JSON article records."""

from __future__ import annotations

import io
import json
import logging
from dataclasses import replace
from pathlib import Path

import pytest

from vigie.config import Settings
from vigie.ingest import iter_items
from vigie.types import Failure, RawItem

SETTINGS = Settings()
SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def read(path: Path, settings: Settings = SETTINGS, jsonl: bool = False) -> list[RawItem | Failure]:
    return list(iter_items([str(path)], jsonl=jsonl, settings=settings))


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_full_record(tmp_path: Path) -> None:
    record = {
        "id": "a1",
        "text": "Un.\r\nDeux.",
        "published": "2021-04-07",
        "url": "https://x.fr/a",
        "lang": "fr-FR",
    }
    [item] = read(write_lines(tmp_path / "in.jsonl", json.dumps(record)))
    assert isinstance(item, RawItem)
    assert (item.id, item.text, item.published, item.url, item.lang) == (
        "a1",
        "Un.\nDeux.",
        "2021-04-07",
        "https://x.fr/a",
        "fr",
    )
    assert item.origin == f"{tmp_path / 'in.jsonl'}:1"
    assert len(item.raw_sha256) == 64


def test_truncated_last_line_keeps_the_others(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "in.jsonl",
        '{"id": "a", "text": "Premier."}',
        "",
        '{"id": "b", "html": "<p>Deuxième.</p>"}',
        '{"id": "c", "text": "Troisième, coupé',
    )
    a, b, bad = read(path)
    assert isinstance(a, RawItem) and isinstance(b, RawItem)
    assert b.html == "<p>Deuxième.</p>" and b.text is None
    assert isinstance(bad, Failure)
    assert bad.item_id == f"{path}:4"
    assert bad.kind == "MalformedInput"
    assert bad.reason.startswith("invalid JSON (Unterminated string")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object (list)"),
        ('{"text": "Sans id."}', "missing 'id'"),
        ('{"id": ["x"], "text": "Id bizarre."}', "'id' must be a non-empty string, not ['x']"),
        ('{"id": "x"}', "article 'x': missing 'text' or 'html'"),
        ('{"id": "x", "text": "   "}', "article 'x': missing 'text' or 'html'"),
        ('{"id": "x", "text": 12}', "'text' must be a string, not int"),
    ],
)
def test_malformed_records(tmp_path: Path, line: str, reason: str) -> None:
    path = write_lines(tmp_path / "in.jsonl", line, '{"id": 7, "text": "Le suivant passe."}')
    bad, good = read(path)
    assert isinstance(bad, Failure)
    assert bad.message() == f"{path}:1: {reason}"
    assert isinstance(good, RawItem) and good.id == "7"


def test_invalid_published_is_dropped_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_lines(
        tmp_path / "in.jsonl",
        '{"id": "a", "text": "Un.", "published": "07/04/2021"}',
        '{"id": "b", "text": "Deux.", "published": "2021-02-30"}',
        '{"id": "c", "text": "Trois.", "published": "2021-04-07T10:30:00Z"}',
    )
    with caplog.at_level(logging.WARNING, logger="vigie.ingest"):
        a, b, c = read(path)
    assert isinstance(a, RawItem) and isinstance(b, RawItem) and isinstance(c, RawItem)
    assert (a.published, b.published, c.published) == (None, None, "2021-04-07")
    warned = [r.getMessage() for r in caplog.records if r.name == "vigie.ingest"]
    assert len(warned) == 2
    assert warned[0].startswith("a: ") and "07/04/2021" in warned[0]
    assert warned[1].startswith("b: ")


def test_jsonl_flag_applies_to_any_extension(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "articles.txt", '{"id": "a", "text": "Un."}')
    [item] = read(path, jsonl=True)
    assert isinstance(item, RawItem) and item.id == "a"
    [as_text] = read(path)
    assert isinstance(as_text, RawItem) and as_text.id == str(path)


def test_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Un."}\r\n{"id": "b", "text": "Deux."}\r\n')
    assert [i.id for i in read(path) if isinstance(i, RawItem)] == ["a", "b"]


def test_size_limits(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "in.jsonl", '{"id": "a", "text": "' + "x" * 200 + '"}')
    [f] = read(path, settings=replace(SETTINGS, max_bytes=100))
    assert isinstance(f, Failure) and f.item_id == str(path) and f.kind == "TooLarge"
    stream = io.BytesIO(b'{"id": "a", "text": "' + b"x" * 200 + b'"}\n{"id": "b", "text": "Court."}\n')
    big, small = iter_items([], jsonl=True, settings=replace(SETTINGS, max_bytes=100), stdin=stream)
    assert isinstance(big, Failure) and big.item_id == "<stdin>:1"
    assert big.reason.startswith("line is ")
    assert isinstance(small, RawItem) and small.id == "b"


def test_binary_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00compressed")
    [f] = read(path)
    assert isinstance(f, Failure) and f.reason == "binary data (gzip archive), not text"


def test_json_document(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text('{"id": "s", "text": "Seul."}', encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(
        '[{"id": "m1", "text": "Un."}, {"id": "m2"}, {"id": "m3", "html": "<p>Trois</p>"}]', "utf-8"
    )
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "b", "text": ', encoding="utf-8")
    [s] = read(single)
    assert isinstance(s, RawItem) and s.origin == str(single)
    m1, m2, m3 = read(many)
    assert isinstance(m1, RawItem) and isinstance(m3, RawItem) and m3.origin == f"{many}[2]"
    assert isinstance(m2, Failure) and m2.item_id == f"{many}[1]"
    [b] = read(broken)
    assert isinstance(b, Failure) and b.reason.startswith("invalid JSON")


def test_global_voices_sample() -> None:
    result = read(SHARED / "data" / "globalvoices_fr" / "articles.jsonl", jsonl=True)
    assert len(result) == 110
    assert all(isinstance(r, RawItem) and r.lang == "fr" and r.published and r.text for r in result)
    assert len({r.id for r in result if isinstance(r, RawItem)}) == 110
