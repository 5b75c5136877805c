"""Bytes to text: size limit, binary sniffing, encoding detection and HTML sniffing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge

__all__ = [
    "BINARY_SIGNATURES",
    "check_bytes",
    "check_size",
    "decode_bytes",
    "format_size",
    "looks_like_html",
    "normalise_newlines",
    "sniff_binary",
    "text_from_bytes",
]

# Leading bytes of common non-text formats, and the name shown in the error.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
)

# Byte order marks that make NUL bytes legitimate, with their codec (UTF-32 first: its LE mark extends UTF-16's).
UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Non-ASCII characters expected in Western European single-byte text (cp1252); anything else means another codepage.
WESTERN_CHARS = frozenset(
    "àâäáãåæçéèêëíìîïñóòôöõøœùúûüýÿßÀÂÄÁÃÅÆÇÉÈÊËÍÌÎÏÑÓÒÔÖÕØŒÙÚÛÜÝŸ«»‹›‘’‚“”„–—…•·°©®™€£§¶ªº¿¡²³¹½¼¾×\u00a0"
)
MAX_WESTERN_SHARE = 0.3  # at most this share of letters may be non-ASCII in Western text

HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S
)
HTML_BODY = re.compile(r"<body[\s>]", re.I)
HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|article|section|span|a|table|tr|td)\b[^<>]*>", re.I)
HTML_MIN_TAGS = 3  # block tags needed before a text without <html>/<body> counts as markup


def format_size(size: int) -> str:
    """Human size for limit messages: "25.0 MB" (MiB), "12.5 KB" or "80 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} bytes"


def check_size(item_id: str, size: int, limit: int, what: str = "file") -> None:
    """Raise TooLarge when `size` bytes exceed the configured limit."""
    if size > limit:
        raise TooLarge(
            item_id, f"{what} is {format_size(size)}, over the {format_size(limit)} limit (max_bytes)"
        )


def sniff_binary(raw: bytes) -> str | None:
    """Name the binary format of `raw`, or None when it may be text."""
    for magic, name in BINARY_SIGNATURES:
        if raw.startswith(magic):
            return name
    if b"\x00" in raw and not any(raw.startswith(bom) for bom, _ in UNICODE_BOMS):
        return "NUL bytes"
    return None


def _as_western(raw: bytes) -> str | None:
    """Decode as cp1252 when the result reads like Western European text (charset guessing misjudges short French)."""
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() for ch in text)
    unusual = [ch for ch in text if ord(ch) > 127]
    if not unusual or any(ch not in WESTERN_CHARS for ch in unusual):
        return None
    return text if len(unusual) <= MAX_WESTERN_SHARE * max(letters, 1) else None


def decode_bytes(item_id: str, raw: bytes) -> str:
    """Decode: UTF-8 (BOM or not), then UTF-16/32 with BOM, then Western cp1252, then charset-normalizer's guess."""
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError:
            raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for bom, codec in UNICODE_BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise EncodingProblem(item_id, f"cannot decode text (bad {codec.upper()})") from None
    western = _as_western(raw)
    if western is not None:
        return western
    best = from_bytes(raw).best()
    if best is None:
        raise EncodingProblem(item_id, "cannot decode text")
    return str(best)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM character goes."""
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def looks_like_html(text: str) -> bool:
    """True for a page (<!doctype html>, <html>, <body>) or text dense with block tags."""
    head = text[:4096]
    if HTML_START.match(head) or HTML_BODY.search(head):
        return True
    return len(HTML_BLOCK_TAG.findall(text[:65536])) >= HTML_MIN_TAGS and "</" in text


def check_bytes(item_id: str, raw: bytes, what: str = "file") -> None:
    """Raise EmptyInput for blank bytes, BinaryInput for a known binary format or NUL bytes."""
    if not raw.strip():
        raise EmptyInput(item_id, f"empty {what}")
    binary = sniff_binary(raw)
    if binary:
        raise BinaryInput(item_id, f"binary data ({binary}), not text")


def text_from_bytes(item_id: str, raw: bytes, what: str = "file") -> str:
    """Checks in order (empty, binary, encoding) then decoded text with LF newlines; raises InputError subclasses."""
    check_bytes(item_id, raw, what)
    text = normalise_newlines(decode_bytes(item_id, raw))
    if not text.strip():
        raise EmptyInput(item_id, f"empty {what}")
    return text
