"""ingest stage: files, directories, standard input, JSON Lines -> RawItem (or a Failure naming the bad item)."""

from .decode import decode_bytes, looks_like_html
from .files import iter_path, iter_stdin
from .jsonl import parse_published, record_to_item
from .reader import iter_items

__all__ = [
    "decode_bytes",
    "iter_items",
    "iter_path",
    "iter_stdin",
    "looks_like_html",
    "parse_published",
    "record_to_item",
]
