"""The throughput and endurance benchmarks: corpus, memory probes, report lines, and small real runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vigie.bench.throughput import (
    EnduranceReport,
    Phase,
    ThroughputReport,
    format_endurance,
    format_throughput,
    replicated_records,
    run_endurance,
    run_throughput,
    tree_pss,
    tree_rss,
    write_corpus,
)


def test_replicated_corpus_has_distinct_ids_and_texts(tmp_path: Path) -> None:
    records = list(replicated_records(50))
    assert len({r["id"] for r in records}) == 50
    assert len({r["text"] for r in records}) == 50  # copies differ, so idempotent ingest stores them all
    assert records[0]["id"] == "gv-fr-18-2011-01-25" or "~" not in records[0]["id"]
    assert records[21]["id"].endswith("~1") and records[21]["text"].endswith("Réf. 1.")
    assert list(replicated_records(50, start=45)) == records[45:]
    path = write_corpus(tmp_path / "c.jsonl", 7)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 7


def test_memory_probes_see_this_process() -> None:
    rss, pss = tree_rss(), tree_pss()
    assert 10 * 2**20 < rss < 64 * 2**30 and 0 < pss <= rss * 1.01
    assert tree_rss(os.getpid()) >= rss // 2


def test_report_lines_flag_targets() -> None:
    report = ThroughputReport(articles=500, analysed=500, events=4000)
    report.phases = [Phase("(a) raw spaCy parse", 50.0, 500), Phase("(b) full pipeline", 60.0, 500)]
    report.ratios = {"pipeline_vs_parse": 50 / 60, "workers": 1.5, "peak_mb_2_workers": 1500.0}
    text = format_throughput(report)
    assert "full pipeline / raw parse (throughput)" in text and "0.83" in text
    [line] = [x for x in text.splitlines() if x.startswith("2 workers / 1 worker (steady")]
    assert line.split()[-6:] == ["1.50", "target", ">=", "1.7", "BELOW", "TARGET"]
    assert "peak PSS with 2 workers (MB)" in text and "ok" in text
    endurance = EnduranceReport(target=100, processed=100, skipped=0, seconds=10.0, baseline_after=20)
    endurance.samples = [(10, 500.0), (20, 600.0), (50, 620.0), (100, 630.0)]
    assert endurance.baseline_mb == 600.0 and endurance.max_after_mb == 630.0
    assert "max afterwards 630 MB (+5.0%; target within +20%)" in format_endurance(endurance)


@pytest.mark.slow
def test_small_throughput_run(settings) -> None:
    report = run_throughput(settings, 12, workers=(), spark=False, repeats=1)
    a, b = report.phase("(a) raw spaCy parse"), report.phase("(b) full pipeline")
    assert a and b and a.articles == b.articles == 12 and report.events > 0
    assert 0.2 < report.ratios["pipeline_vs_parse"] < 2.0  # a generous floor: timings live in the bench


@pytest.mark.slow
def test_endurance_run_is_resumable(settings, tmp_path: Path) -> None:
    db = str(tmp_path / "e.duckdb")
    first = run_endurance(settings, db, 30, workers=1, every=10, baseline_after=10)
    assert (first.processed, first.skipped) == (30, 0)
    assert [n for n, _ in first.samples] == [10, 20, 30, 30]
    again = run_endurance(settings, db, 40, workers=1, every=10, baseline_after=10)
    assert (again.processed, again.skipped) == (10, 30)  # the stored 30 are skipped, the run continues
