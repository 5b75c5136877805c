"""`vigie ingest` and the commands that read the store: idempotence, filters, exports, versions, kill -9."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
from click.testing import CliRunner

import vigie
import vigie.extract.events
from vigie import cli as cli_module
from vigie.cli import cli
from vigie.ingest import iter_items
from vigie.store import Store
from vigie.store.dates import edtf_bounds

pytestmark = pytest.mark.slow

VIGIE = Path(sys.executable).with_name("vigie")
SAMPLES = Path(vigie.__file__).parent / "data" / "samples"
SEED_JSONL = SAMPLES / "seed.jsonl"
GLOBALVOICES = SAMPLES / "globalvoices_fr.jsonl"
COPIES = 6  # of the 20 Global Voices articles: 120 articles for the kill -9 test


def vigie_cmd(*args: object, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed `vigie` script to completion with a settings directory of its own."""
    return subprocess.run(
        [str(VIGIE), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=child_env(home),
        timeout=180,
    )


def child_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env["XDG_CONFIG_HOME"] = str(home)
    return env


def invoke(*args: object) -> SimpleNamespace:
    """Run a store-reading command in process; return exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return SimpleNamespace(code=result.exit_code, stdout=result.stdout, stderr=result.stderr)


def jsonl_records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# ------------------------------------------------------------------ the seed ingested twice
@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    """The packaged seed corpus ingested twice into one database, with `vigie events` after each run."""
    root = tmp_path_factory.mktemp("seed")
    db = root / "seed.duckdb"
    runs, listings = [], []
    for _ in range(2):
        runs.append(vigie_cmd("ingest", "--jsonl", SEED_JSONL, "--db", db, home=root))
        listing = invoke("events", "--db", db, "--format", "jsonl", "--limit", 0)
        assert listing.code == 0, listing.stderr
        listings.append(listing.stdout)
    return SimpleNamespace(root=root, db=db, runs=runs, listings=listings, events=jsonl_records(listings[0]))


def test_seed_ingest_twice_stores_one_article(seed):
    """Both runs exit 0; the second stores nothing and says the article is already up to date."""
    first, second = seed.runs
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "1 articles stored" in first.stderr
    assert "0 articles stored (0 events, 0 quotes), 1 already up to date" in second.stderr
    with duckdb.connect(str(seed.db), read_only=True) as con:
        assert con.execute("SELECT article_id FROM articles").fetchall() == [("seed-fr-0001",)]
        n_events = con.execute("SELECT n_events FROM articles").fetchone()[0]
        assert con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone() == (
            n_events,
            n_events,
        )
    assert n_events == len(seed.events) > 0


def test_seed_events_identical_between_runs(seed):
    """`vigie events --format jsonl` prints the same lines after the first and the second ingest."""
    assert seed.listings[0] == seed.listings[1]
    assert all(r["record"] == "event" and r["article_id"] == "seed-fr-0001" for r in seed.events)


def _countries(record: dict) -> set[str | None]:
    actors = record["source"] + record["target"]
    return {a["country"] for a in actors} | {(record["location"] or {}).get("country")}


def _since(record: dict, day: str) -> bool:
    _, end = edtf_bounds(record["date"])
    return end is not None and end.isoformat() >= day


FILTERS = {
    "type": (["--type", "ASSAULT"], lambda r: r["event_type"] == "ASSAULT"),
    "country": (["--country", "IRQ"], lambda r: "IRQ" in _countries(r)),
    "search": (["--search", "Erbil"], lambda r: "erbil" in r["evidence"]["text"].lower()),
    "since": (["--since", "2021-01-01"], lambda r: _since(r, "2021-01-01")),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_seed_events_filters_narrow(seed, name):
    """Each filter keeps exactly the events that satisfy it, fewer than all."""
    args, keep = FILTERS[name]
    got = invoke("events", "--db", seed.db, "--format", "jsonl", "--limit", 0, *args)
    assert got.code == 0, got.stderr
    found = [r["event_id"] for r in jsonl_records(got.stdout)]
    expected = [r["event_id"] for r in seed.events if keep(r)]
    assert sorted(found) == sorted(expected)
    assert 0 < len(found) < len(seed.events)


def test_seed_events_table(seed):
    """The default table lists the events and says how many are shown."""
    got = invoke("events", "--db", seed.db, "--type", "assault")
    assert got.code == 0, got.stderr
    assert got.stdout.splitlines()[0].split()[:3] == ["TYPE", "STATUS", "DATE"]
    n = sum(1 for r in seed.events if r["event_type"] == "ASSAULT")
    assert len(got.stdout.splitlines()) == n + 1
    assert f"{n} of {n} events shown" in got.stderr


def test_seed_events_csv_honours_limit_offset_and_sort(seed):
    """`vigie events --format csv` pages and sorts like the JSON lines output."""
    page = ["--limit", 3, "--offset", 2, "--sort", "date"]
    as_jsonl = invoke("events", "--db", seed.db, "--format", "jsonl", *page)
    as_csv = invoke("events", "--db", seed.db, "--format", "csv", *page)
    assert as_jsonl.code == 0 and as_csv.code == 0, as_csv.stderr
    expected = [r["event_id"] for r in jsonl_records(as_jsonl.stdout)]
    assert len(expected) == 3
    assert [row["event_id"] for row in csv.DictReader(io.StringIO(as_csv.stdout))] == expected


@pytest.mark.parametrize(
    "args",
    [["--since", "notadate"], ["--until", "2021-13"], ["--limit", "-1"]],
    ids=["since", "until", "limit"],
)
def test_bad_event_filter_is_usage_error(seed, args):
    """A malformed filter value exits 2 with a message, not a traceback."""
    done = vigie_cmd("events", "--db", seed.db, *args, home=seed.root)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_seed_export(seed, tmp_path, fmt):
    """`vigie export` writes every event to a .jsonl, .csv or .parquet file that reads back."""
    dest = tmp_path / f"events.{fmt}"
    got = invoke("export", "--db", seed.db, dest)
    assert got.code == 0, got.stderr
    n = len(seed.events)
    assert f"{n} events written to {dest} ({fmt})" in got.stderr
    ids = sorted(r["event_id"] for r in seed.events)
    if fmt == "jsonl":
        assert dest.read_text(encoding="utf-8") == seed.listings[0]
    elif fmt == "csv":
        with dest.open(encoding="utf-8", newline="") as f:
            assert sorted(row["event_id"] for row in csv.DictReader(f)) == ids
    else:
        with duckdb.connect() as con:
            rows = con.execute(
                "SELECT event_id, event_type FROM read_parquet(?) ORDER BY event_id", [str(dest)]
            ).fetchall()
        assert [r[0] for r in rows] == ids
        assert {r[1] for r in rows} == {r["event_type"] for r in seed.events}


def test_seed_stats_json(seed):
    """`vigie stats --json` prints one JSON object with the stored counts."""
    got = invoke("stats", "--db", seed.db, "--json")
    assert got.code == 0, got.stderr
    figures = json.loads(got.stdout)
    assert figures["articles"] == 1
    assert figures["articles_by_language"] == {"fr": 1}
    assert figures["events"] == len(seed.events)
    assert sum(figures["events_by_type"].values()) == len(seed.events)
    assert figures["pipeline_versions"] == {vigie.PIPELINE_VERSION: 1}


# ------------------------------------------------------------------ a newer pipeline version
def _stored(db: Path) -> SimpleNamespace:
    with duckdb.connect(str(db), read_only=True) as con:
        return SimpleNamespace(
            articles=con.execute("SELECT article_id, pipeline_version, n_events FROM articles").fetchall(),
            event_ids=[r[0] for r in con.execute("SELECT event_id FROM events ORDER BY event_id").fetchall()],
            orphan_actors=con.execute(
                "SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT event_id FROM events)"
            ).fetchone()[0],
        )


def test_newer_pipeline_version_re_extracts(tmp_path, monkeypatch, settings):
    """A stored article is re-extracted under a newer pipeline version, replacing its events."""
    db = tmp_path / "versions.duckdb"

    def ingest():
        return cli_module._ingest(
            settings, iter_items([str(SEED_JSONL)], jsonl=True, settings=settings), str(db)
        )

    first = ingest()
    assert (first["stored"], first["skipped"]) == (1, 0)
    before = _stored(db)
    assert before.articles[0][1] == vigie.PIPELINE_VERSION

    newer = vigie.PIPELINE_VERSION + ".1"
    monkeypatch.setattr(cli_module, "PIPELINE_VERSION", newer)
    monkeypatch.setattr(vigie.extract.events, "PIPELINE_VERSION", newer)  # event ids carry the version
    second = ingest()
    assert (second["stored"], second["skipped"]) == (1, 0)
    after = _stored(db)
    assert after.articles == [("seed-fr-0001", newer, len(before.event_ids))]
    assert len(after.event_ids) == len(set(after.event_ids)) == len(before.event_ids)
    assert not set(after.event_ids) & set(before.event_ids)  # the old events are gone, not kept beside
    assert after.orphan_actors == 0

    third = ingest()
    assert (third["stored"], third["skipped"]) == (0, 1)
    assert _stored(db) == after


# ------------------------------------------------------------------ kill -9 in the middle of an ingest
def _replicate(dest: Path, copies: int) -> int:
    """The Global Voices sample articles `copies` times over, each copy with its own ids."""
    records = [json.loads(line) for line in GLOBALVOICES.read_text(encoding="utf-8").splitlines() if line]
    with dest.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for r in records:
                f.write(json.dumps({**r, "id": f"{r['id']}-copy{k}"}, ensure_ascii=False) + "\n")
    return copies * len(records)


def _ingest_child(corpus: Path, db: Path, home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(VIGIE), "ingest", "--jsonl", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(home),
    )


def _finish(child: subprocess.Popen[str]) -> tuple[int, str]:
    try:
        _, err = child.communicate(timeout=180)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child.returncode, err


def _contents(db: Path) -> dict[str, list[tuple]]:
    """Everything a run stores that does not depend on when it ran, sorted."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            "articles": con.execute(
                "SELECT article_id, text_sha256, pipeline_version, status, n_events FROM articles ORDER BY ALL"
            ).fetchall(),
            "events": con.execute(
                "SELECT article_id, event_id, event_type, date FROM events ORDER BY ALL"
            ).fetchall(),
            "event_actors": con.execute(
                "SELECT article_id, event_id, role, position, name FROM event_actors ORDER BY ALL"
            ).fetchall(),
            "quotes": con.execute("SELECT article_id, quote_id, text FROM quotes ORDER BY ALL").fetchall(),
        }


def _check_whole_articles(db: Path) -> None:
    """Every stored article holds exactly its events; no event, actor or quote lacks its parent."""
    with duckdb.connect(str(db), read_only=True) as con:
        wrong = con.execute(
            "SELECT a.article_id, a.n_events, count(e.event_id) FROM articles a "
            "LEFT JOIN events e USING (article_id) GROUP BY ALL HAVING a.n_events != count(e.event_id)"
        ).fetchall()
        assert wrong == []
        orphans = con.execute(
            "SELECT (SELECT count(*) FROM events WHERE article_id NOT IN (SELECT article_id FROM articles)),"
            " (SELECT count(*) FROM event_actors WHERE event_id NOT IN (SELECT event_id FROM events)),"
            " (SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT article_id FROM articles))"
        ).fetchone()
        assert orphans == (0, 0, 0)


def test_kill_9_during_ingest_then_rerun_completes(tmp_path):
    """SIGKILL mid-ingest leaves only whole articles; re-running gives the database of one uninterrupted run."""
    corpus = tmp_path / "globalvoices.jsonl"
    n_articles = _replicate(corpus, COPIES)
    reference_db, db = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    Store.open(db).close()  # schema in place, so the write-ahead log only appears with the first articles
    wal = Path(f"{db}.wal")
    assert not wal.exists()

    reference = _ingest_child(corpus, reference_db, tmp_path)  # uninterrupted run, beside the killed one
    try:
        child = _ingest_child(corpus, db, tmp_path)
        # The writer holds the database lock, so watch its write-ahead log instead: kill as soon as it has
        # grown twice, i.e. once a batch of articles is committed and the next commit is under way.
        sizes: set[int] = set()
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline and len(sizes) < 2:
            if wal.exists() and (size := wal.stat().st_size):
                sizes.add(size)
            time.sleep(0.002)
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        status, _ = _finish(child)
        assert status == -signal.SIGKILL, f"the ingest ended before it was killed ({status})"

        _check_whole_articles(db)
        partial = _contents(db)
        n_stored = len(partial["articles"])
        assert 0 < n_stored < n_articles, n_stored

        status, err = _finish(_ingest_child(corpus, db, tmp_path))
        assert status == 0, err
        assert f"{n_articles - n_stored} articles stored" in err
        assert f"{n_stored} already up to date" in err
    finally:
        ref_status, ref_err = _finish(reference)
    assert ref_status == 0, ref_err
    assert f"{n_articles} articles stored" in ref_err

    _check_whole_articles(db)
    expected, final = _contents(reference_db), _contents(db)
    stored_ids = {row[0] for row in partial["articles"]}
    for table, rows in partial.items():  # what survived the kill is what an uninterrupted run stores
        assert rows == [row for row in expected[table] if row[0] in stored_ids], table
    assert {table: len(rows) for table, rows in final.items()} == {
        table: len(rows) for table, rows in expected.items()
    }
    assert len(final["articles"]) == n_articles
    for table in expected:
        assert final[table] == expected[table], table
