"""The ingest entry point: paths and standard input -> RawItem or Failure, in input order."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from ..config import Settings
from ..types import Failure, RawItem
from .files import iter_path, iter_stdin

__all__ = ["iter_items"]


def iter_items(
    paths: Sequence[str],
    *,
    jsonl: bool = False,
    settings: Settings,
    stdin: BinaryIO | None = None,
) -> Iterator[RawItem | Failure]:
    """Yield one RawItem per article, or a Failure naming a bad item; never raises for bad input.

    `paths` are files or directories (walked recursively, sorted, hidden names skipped); `-` or no path reads
    `stdin` (default: the process's standard input, as bytes). With `jsonl` every input except `.json` files
    is read as JSON Lines, one article per line.
    """
    for path in paths or ["-"]:
        if path == "-":
            yield from iter_stdin(stdin if stdin is not None else sys.stdin.buffer, settings, jsonl=jsonl)
        else:
            yield from iter_path(path, settings, jsonl=jsonl)
