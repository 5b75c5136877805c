"""kill -9 in the middle of `vigie ingest`, then a re-run: the same database as an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from vigie.bench.throughput import write_corpus

VIGIE = str(Path(sys.executable).with_name("vigie"))
ARTICLES = 120


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table, rows sorted, without the wall-clock columns (when each row was written)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        out = {}
        for table in tables:
            cols = [
                f'"{name}"'
                for name, kind in con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if not kind.startswith("TIMESTAMP")
            ]
            out[table] = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY ALL").fetchall()
        return out
    finally:
        con.close()


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.getpgid(int(entry)) == pgid:
                    alive.append(int(entry))
            except ProcessLookupError:
                pass
    return alive


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _count(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0
    finally:
        con.close()


@pytest.mark.slow
def test_kill_9_then_rerun_gives_the_same_database(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", ARTICLES)
    full, killed = tmp_path / "full.duckdb", tmp_path / "killed.duckdb"
    cmd = [VIGIE, "ingest", "--jsonl", str(corpus), "--workers", "2", "--db"]

    t0 = time.monotonic()
    done = subprocess.run([*cmd, str(full)], capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    duration = time.monotonic() - t0

    proc = subprocess.Popen(
        [*cmd, str(killed)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        wal = Path(str(killed) + ".wal")
        deadline = time.monotonic() + duration * 2
        while _size(wal) == 0 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the database is open, its schema written
        opened = _size(wal)
        while _size(wal) < opened + 20_000 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)  # the first batch is committed
        time.sleep(duration / 6)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 15
        while _group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _group_alive(proc.pid), "worker processes outlived their killed parent"
    finally:
        for pid in _group_alive(proc.pid):
            os.kill(pid, signal.SIGKILL)

    stored = _count(killed)
    assert 0 < stored < ARTICLES, f"killed with {stored} of {ARTICLES} articles stored: not in the middle"
    again = subprocess.run([*cmd, str(killed)], capture_output=True, text=True, timeout=600, check=False)
    assert again.returncode == 0, again.stderr[-3000:]
    assert f"{stored} already up to date" in again.stderr
    resumed, uninterrupted = _dump(killed), _dump(full)
    assert resumed.keys() == uninterrupted.keys()
    differ = {
        table: (
            [row for row in resumed[table] if row not in uninterrupted[table]][:3],
            [row for row in uninterrupted[table] if row not in resumed[table]][:3],
        )
        for table in resumed
        if resumed[table] != uninterrupted[table]
    }
    assert not differ, f"tables that differ (rows only after the re-run, rows only in the full run): {differ}"
