"""Parallel workers: the pipeline in a process pool, one Pipeline (and its models) per worker, input order kept.

The calling process alone reads inputs and writes to the database; workers only clean, parse and extract.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict
from itertools import islice
from typing import Any

from .config import Settings
from .errors import VigieError
from .pipeline import Outcome, Pipeline
from .types import Article, Failure, RawItem

__all__ = ["CHUNK_SIZE", "cached_pipeline", "default_workers", "process_chunk", "run_pipeline"]

log = logging.getLogger("vigie.workers")

CHUNK_SIZE = 16  # items per task: large enough to amortise pickling, small enough to balance the tail
RECYCLE_CHUNKS = 250  # chunks per worker before the pool is replaced (about 4,000 articles each)
Item = RawItem | Failure | Article

_PIPELINES: dict[Settings, Pipeline] = {}


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the platform tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def cached_pipeline(settings: Settings) -> Pipeline:
    """This process's Pipeline for `settings`, built on first use: models load once per worker or executor."""
    pipe = _PIPELINES.get(settings)
    if pipe is None:
        pipe = _PIPELINES[settings] = Pipeline(settings)
    return pipe


def process_chunk(settings: Settings, chunk: Sequence[Item]) -> list[Outcome]:
    """Run one chunk through this process's cached pipeline (the unit of work of workers and Spark tasks)."""
    return list(cached_pipeline(settings).run(chunk))


PRELOAD_ENV = "VIGIE_WORKER_PRELOAD"


def _preload_from_env() -> None:
    """In the fork server only: load the models before any worker forks, so workers share their pages.

    The parent names itself in the variable, so no other process that inherits the environment loads them.
    """
    spec = os.environ.get(PRELOAD_ENV)
    if not spec:
        return
    try:
        data = json.loads(spec)
        if data.get("parent") != os.getppid():
            return
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in data["settings"].items()
        }
        settings = Settings(**values)
        from .annotate import get_nlp

        pipe = cached_pipeline(settings)
        for lang in data["languages"]:
            get_nlp(lang, settings)
            pipe.extractor(lang)
    except Exception as e:  # workers then load what they need themselves
        log.debug("fork server could not preload the models: %s", e)


def _languages(settings: Settings, chunks: Iterable[Sequence[Item]]) -> list[str]:
    """Analysed languages the first chunks need; all of them when some item's language is not known yet."""
    found: set[str] = set()
    for chunk in chunks:
        for item in chunk:
            if isinstance(item, Failure):
                continue
            lang = item.language if isinstance(item, Article) else item.lang
            if lang is None and isinstance(item, RawItem):
                return list(settings.languages)
            if lang in settings.languages:
                found.add(lang)
    return sorted(found)


def _init_worker(settings: Settings, log_level: int, parent: int) -> None:
    """Configure logging like the parent; the models load on the first article of their language."""
    logging.basicConfig(level=log_level, format="vigie: %(message)s")
    cached_pipeline(settings)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that submits work is gone (killed with -9, nothing else tells us:
    the worker is the fork server's child and holds both ends of its task queue)."""
    while True:
        time.sleep(1.0)
        if not _alive(parent):
            os._exit(1)


def _alive(pid: int) -> bool:
    """True while `pid` runs; a killed process its own parent has not reaped yet (a zombie) is not alive."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            state = f.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # the pid now belongs to another user's process
            return False
        return True


def _work(settings: Settings, chunk: list[Item]) -> list[Outcome]:
    return process_chunk(settings, chunk)


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_pipeline(
    settings: Settings,
    items: Iterable[Item],
    workers: int = 1,
    *,
    pipeline: Pipeline | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> Iterator[Outcome]:
    """Outcomes of `items` in input order, computed by `workers` processes (in this process when 1).

    The output is the same whatever the number of workers. Inputs that fit in one chunk are processed here,
    since starting workers and loading their models would cost more than it saves. At most two chunks per
    worker are in flight, so memory stays flat however long the input.
    """
    pipe = pipeline or cached_pipeline(settings)
    if workers <= 1:
        yield from pipe.run(items)
        return
    chunks = _chunks(items, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if second is None:
        yield from pipe.run(first)
        return
    yield from _pooled(settings, [first, second], chunks, workers)


def _pooled(
    settings: Settings, head: list[list[Item]], rest: Iterator[list[Item]], workers: int
) -> Iterator[Outcome]:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["vigie.workers"])
    spec = {"parent": os.getpid(), "settings": asdict(settings), "languages": _languages(settings, head)}
    os.environ[PRELOAD_ENV] = json.dumps(spec)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(settings, logging.getLogger().level, os.getpid()),
        )

    pool = new_pool()
    pending: deque[Future[list[Outcome]]] = deque()
    submitted = 0
    try:
        for chunk in _chain(head, rest):
            if submitted and submitted % (RECYCLE_CHUNKS * workers) == 0:
                # fresh workers forked from the fork server, which holds the loaded models: whatever a
                # worker's caches and allocator kept stays bounded over a run of any length
                while pending:
                    yield from pending.popleft().result()
                pool.shutdown(wait=True)
                pool = new_pool()
            pending.append(pool.submit(_work, settings, chunk))
            submitted += 1
            os.environ.pop(PRELOAD_ENV, None)  # the fork server has started: nobody else should read it
            while len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool as e:
        raise VigieError(f"a worker process died ({e}); run again with --workers 1 to see why") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _chain(head: list[list[Item]], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield from head
    yield from rest


_preload_from_env()  # a no-op except in the fork server (see the function)
