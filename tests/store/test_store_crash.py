"""kill -9 during ingest leaves every article fully old, fully new or absent; a rerun completes the set."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_records import records
from store_records import stored as as_stored

from vigie.store import Store

N_ARTICLES = 40

CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from store_records import records
from vigie.store import Store

db, progress, version, n = sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
with Store.open(db) as store, open(progress, "a", encoding="utf-8") as log:
    for i in range(n):
        article, events, quotes = records(i, version)
        if store.needs_processing(article.id, article.text_sha256, version):
            store.write_article(article, events, quotes, version)
            log.write(article.id + "\\n")
            log.flush()
"""


def ingest(tmp_path: Path, db: Path, version: str, kill_after: int | None) -> tuple[int, list[str]]:
    """Run the child ingest; SIGKILL it once it has committed `kill_after` articles. Return (status, written)."""
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    progress = tmp_path / f"progress-{time.monotonic_ns()}.txt"
    progress.touch()
    args = [sys.executable, str(script), str(Path(__file__).parent), str(db), str(progress), version]
    child = subprocess.Popen([*args, str(N_ARTICLES)])
    try:
        if kill_after is None:
            child.wait(timeout=60)
        else:
            deadline = time.monotonic() + 30
            while child.poll() is None and time.monotonic() < deadline:
                if len(progress.read_text(encoding="utf-8").split()) >= kill_after:
                    time.sleep(random.uniform(0, 0.02))  # land anywhere in the next write
                    os.kill(child.pid, signal.SIGKILL)
                    break
                time.sleep(0.002)
            child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child.returncode, progress.read_text(encoding="utf-8").split()


def check_consistent(db: Path) -> dict[str, str]:
    """Assert every stored article holds exactly the records of its version; return id -> version."""
    with Store.open(db) as s:
        con = s._con
        assert con is not None
        orphans = con.execute(
            "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)),"
            " (SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT event_id FROM events)),"
            " (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT article_id FROM articles))"
        ).fetchone()
        assert orphans == (0, 0, 0)
        stored = {}
        for row in s.articles():
            version = row["pipeline_version"]
            article, events, quotes = records(int(row["article_id"].split("-")[1]), version)
            assert row["n_events"] == len(events)
            assert row["text_sha256"] == article.text_sha256
            assert s.events(article=article.id) == [as_stored(e) for e in events]
            got = [{k: v for k, v in q.items() if k != "quote_id"} for q in s.quotes(article=article.id)]
            assert got == [q.to_dict() for q in quotes]
            stored[article.id] = version
        return stored


@pytest.mark.slow
def test_killed_ingest_never_leaves_a_partial_article(tmp_path: Path) -> None:
    db = tmp_path / "crash.duckdb"
    for version in ("v1", "v2"):
        for _ in range(2):
            status, written = ingest(tmp_path, db, version, kill_after=3)
            assert status == -signal.SIGKILL, "the child finished before it could be killed"
            assert len(written) >= 3
            stored = check_consistent(db)
            assert set(written) <= {a for a, v in stored.items() if v == version}
            assert len(stored) < N_ARTICLES or version == "v2"
        before = {a for a, v in check_consistent(db).items() if v == version}
        status, written = ingest(tmp_path, db, version, kill_after=None)
        assert status == 0
        assert sorted(written) == sorted(set(written))
        assert set(written) == {f"art-{i:03d}" for i in range(N_ARTICLES)} - before  # each written once
        stored = check_consistent(db)
        assert stored == {f"art-{i:03d}": version for i in range(N_ARTICLES)}
