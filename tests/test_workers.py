"""Parallel workers give exactly the output of one worker, in input order, with failures in place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vigie.config import Settings
from vigie.types import Failure, RawItem
from vigie.workers import _chunks, default_workers, run_pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "vigie" / "data" / "samples"


def test_default_workers_is_the_core_count() -> None:
    assert 1 <= default_workers() <= 1024


def test_chunks_keep_order() -> None:
    items = [RawItem(id=str(i), text="x") for i in range(7)]
    assert [[i.id for i in c] for c in _chunks(items, 3)] == [["0", "1", "2"], ["3", "4", "5"], ["6"]]


def test_one_chunk_runs_in_process_without_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    import vigie.workers as w

    monkeypatch.setattr(w, "_pooled", lambda *a, **k: pytest.fail("no pool for one chunk"))
    bad = [Failure("a", "broken"), Failure("b", "broken")]
    assert list(run_pipeline(Settings(), bad, workers=4)) == bad


@pytest.mark.slow
def test_two_workers_match_one_worker() -> None:
    settings = Settings()
    lines = (SAMPLES / "globalvoices_fr.jsonl").read_text(encoding="utf-8").splitlines()[:9]
    items: list[RawItem | Failure] = []
    for n, line in enumerate(lines):
        rec = json.loads(line)
        items.append(
            RawItem(id=rec["id"], text=rec["text"], published=rec.get("published"), lang=rec.get("lang"))
        )
        if n == 4:
            items.append(Failure("broken.jsonl:3", "invalid JSON"))
            items.append(RawItem(id="empty", text="   "))
    one = list(run_pipeline(settings, items, workers=1))
    two = list(run_pipeline(settings, items, workers=2, chunk_size=2))  # many small chunks: order must hold
    assert [type(o).__name__ for o in one] == [type(o).__name__ for o in two]
    assert [getattr(o, "item_id", None) or o.article.id for o in two] == [  # type: ignore[union-attr]
        getattr(o, "item_id", None) or o.article.id
        for o in one  # type: ignore[union-attr]
    ]
    assert one == two
    assert sum(len(o.events) for o in two if not isinstance(o, Failure)) > 10


@pytest.mark.slow
def test_recycled_workers_keep_the_output_and_its_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long run replaces its worker pool now and then (bounded memory); nothing is lost or reordered."""
    import vigie.workers as w

    settings = Settings()
    lines = (SAMPLES / "globalvoices_fr.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    items: list[RawItem | Failure] = [
        RawItem(id=r["id"], text=r["text"], published=r.get("published"), lang=r.get("lang"))
        for r in map(json.loads, lines)
    ]
    one = list(run_pipeline(settings, items, workers=1))
    pools = []
    real = w.ProcessPoolExecutor

    def counted(*args: object, **kwargs: object) -> object:
        pools.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(w, "RECYCLE_CHUNKS", 1)
    monkeypatch.setattr(w, "ProcessPoolExecutor", counted)
    two = list(run_pipeline(settings, items, workers=2, chunk_size=1))
    assert len(pools) == 3  # six chunks, a new pool every two
    assert one == two


@pytest.mark.slow
def test_cli_extract_workers_output_is_identical(tmp_path: Path) -> None:
    vigie = str(Path(sys.executable).with_name("vigie"))
    args = [vigie, "extract", "--jsonl", str(SAMPLES / "globalvoices_fr.jsonl")]
    runs = [
        subprocess.run([*args, "--workers", n], capture_output=True, text=True, check=False)
        for n in ("1", "2")
    ]
    assert runs[0].returncode == runs[1].returncode == 0, runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and runs[0].stdout.count("\n") > 100


def test_a_killed_unreaped_parent_counts_as_gone() -> None:
    import time

    from vigie.workers import _alive

    assert _alive(os.getpid())
    child = subprocess.Popen(["sleep", "30"])
    try:
        assert _alive(child.pid)
        child.kill()
        time.sleep(0.3)  # dead but not yet reaped: a zombie, which workers must not wait for
        assert not _alive(child.pid)
    finally:
        child.wait()
    assert not _alive(child.pid)
