"""ingest stage: files, directories, standard input, JSON Lines, feeds, WARC -> RawItem (or a Failure)."""

from .decode import decode_bytes, looks_like_html
from .feeds import iter_feed
from .files import iter_path, iter_stdin
from .jsonl import parse_published, record_to_item
from .reader import iter_items
from .warc import iter_warc

__all__ = [
    "decode_bytes",
    "iter_feed",
    "iter_items",
    "iter_path",
    "iter_stdin",
    "iter_warc",
    "looks_like_html",
    "parse_published",
    "record_to_item",
]
