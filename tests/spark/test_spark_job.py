"""The Spark job in local mode on a small WARC: Parquet by month, loaded back equal to a direct ingest."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from vigie.ingest.warc import write_warc
from vigie.pipeline import Processed
from vigie.spark.job import month_of, outcome_rows
from vigie.store import Store
from vigie.types import Article, Failure

SAMPLES = Path(__file__).resolve().parents[2] / "src" / "vigie" / "data" / "samples"
VIGIE = str(Path(sys.executable).with_name("vigie"))


def test_month_of() -> None:
    assert month_of("2021-04-08") == "2021-04"
    assert month_of(None) == month_of("") == month_of("sometime") == "unknown"


def test_outcome_rows_carry_the_month_and_typed_numbers() -> None:
    art = Article(id="a", text="x", language="fr", published="2020-02-03", language_score=1)  # type: ignore[arg-type]
    out = list(outcome_rows(Processed(art), "v", datetime(2020, 1, 1)))
    assert [name for name, _ in out] == ["articles"]
    row = out[0][1]
    assert row[-1] == "2020-02" and isinstance(row[6], float)
    assert list(outcome_rows(Failure("f", "broken", "MalformedInput"), "v", datetime(2020, 1, 1))) == [
        ("failures", ("f", "broken", "MalformedInput"))
    ]


def _warc(path: Path) -> list[str]:
    records = [
        json.loads(line) for line in (SAMPLES / "globalvoices_fr.jsonl").read_text("utf-8").splitlines()
    ][:4]
    pages = []
    for r in records:
        body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n") if p.strip())
        html = f"<html><head><title>{r['id']}</title></head><body><article>{body}</article></body></html>"
        pages.append((f"https://example.org/{r['id']}", html, f"{r['published']}T08:00:00Z"))
    pages.append(("https://example.org/undated", pages[0][1].replace("<p>", "<p>Copie. ", 1), "bad-date"))
    write_warc(str(path), pages)
    return [p[0] for p in pages]


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute(
                "SELECT article_id, text_sha256, published, n_events FROM articles ORDER BY 1"
            ).fetchall(),
            "events": con.execute("SELECT * EXCLUDE (seq) FROM events ORDER BY event_id").fetchall(),
            "actors": con.execute("SELECT * FROM event_actors ORDER BY ALL").fetchall(),
            "quotes": con.execute("SELECT * EXCLUDE (seq) FROM quotes ORDER BY quote_id").fetchall(),
        }
    finally:
        con.close()


@pytest.mark.slow
def test_spark_local_job_round_trip(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    urls = _warc(warc)
    out = tmp_path / "out"
    run = subprocess.run(
        [VIGIE, "spark", str(warc), "--out", str(out), "--master", "local[1]", "--json", "--warm-up"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    summary = json.loads(run.stdout)  # stdout holds the figures only: Spark's logs stay off it
    assert summary["articles"] == 5 and summary["events"] > 10 and summary["failed"] == 0
    # the warm-up loaded the one Python worker's models before the job; its article is not in the output
    assert summary["warmed_workers"] == 1 and summary["warm_up_seconds"] > 0
    assert (out / "vigie-spark.json").is_file()
    months = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert "month=2011-01" in months or "month=2011-02" in months

    # DuckDB reads the dataset directly, with the month as a column
    con = duckdb.connect()
    got = con.execute(
        f"SELECT count(*), count(DISTINCT month) FROM read_parquet('{out}/articles/*/*.parquet', hive_partitioning=true)"
    ).fetchone()
    con.close()
    assert got is not None and got[0] == 5

    # loaded back: the same rows as a direct ingest of the same archive
    via_spark, direct = tmp_path / "spark.duckdb", tmp_path / "direct.duckdb"
    for args in (
        ["ingest", str(out), "--db", str(via_spark)],
        ["ingest", str(warc), "--db", str(direct), "--workers", "1"],
    ):
        done = subprocess.run([VIGIE, *args], capture_output=True, text=True, timeout=240, check=False)
        assert done.returncode == 0, done.stderr[-3000:]
    a, b = _dump(via_spark), _dump(direct)
    assert [r[0] for r in a["articles"]] == sorted(urls)
    assert a == b
    with Store.open(via_spark, read_only=True) as store:  # loading twice changes nothing
        before = store.stats()["events"]
    again = subprocess.run(
        [VIGIE, "ingest", str(out), "--db", str(via_spark)], capture_output=True, text=True, check=False
    )
    assert again.returncode == 0
    with Store.open(via_spark, read_only=True) as store:
        assert store.stats()["events"] == before
