"""`vigie bench coding`: the command's options, its JSON output, and other annotated sets."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import GSR, ROOT, SEED_GOLD
from vigie.cli import cli

VIGIE = str(Path(sys.executable).with_name("vigie"))
SEED_JSONL = ROOT / "src" / "vigie" / "data" / "samples" / "seed.jsonl"


def test_bench_coding_help_is_complete():
    result = CliRunner().invoke(cli, ["bench", "coding", "--help"])
    assert result.exit_code == 0, result.output
    command = cli.commands["bench"].commands["coding"]
    assert command.help and len(command.help.split()) >= 5
    assert all(p.help for p in command.params if p.param_type_name == "option")


def test_articles_needs_input():
    result = CliRunner().invoke(cli, ["bench", "coding", "--articles", str(SEED_GOLD)])
    assert result.exit_code == 2 and "--input" in result.output


@pytest.mark.slow
def test_bench_coding_json():
    done = subprocess.run(
        [VIGIE, "bench", "coding", "--json"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    seed = figures["seed"]
    assert seed["required_total"] == 11 and 0 <= seed["recall_required"] <= 1
    assert seed["cleaning_ok"] is not None and len(seed["reliability"]) == 6
    assert figures["throughput"]["seed"]["items"] == 1
    if GSR.is_file():
        assert figures["plover_gsr"]["records"] == 322
        assert figures["throughput"]["gsr"]["items"] == 322
    else:
        assert figures["plover_gsr"] is None


@pytest.mark.slow
def test_other_annotated_set_scores_like_the_seed(settings, pipeline, tmp_path, bench_run):
    from vigie.bench.coding import format_report, run_coding, write_predictions

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([json.loads(SEED_GOLD.read_text(encoding="utf-8"))]), encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    shutil.copy(SEED_JSONL, articles)
    report = run_coding(settings, articles=(gold, articles), pipeline=pipeline)
    assert report.gsr is None and report.notes
    assert report.articles is not None
    assert report.articles.score.to_dict()["articles"] == report.seed.score.to_dict()["articles"]
    text = format_report(report)
    assert "gold (seed-fr-0001)" in text and "PLOVER GSR (" not in text
    seed_above = [b for b in report.seed.score.reliability if b.low >= 0.5]
    right, events = sum(b.correct for b in seed_above), sum(b.events for b in seed_above)
    assert f"events with confidence >= 0.5 right: seed {right}/{events} = " in text
    written = {p.name for p in write_predictions(report, tmp_path / "out")}
    assert {"seed_pred.jsonl", "seed_clean.jsonl", "seed_gold.json", "articles_pred.jsonl"} <= written


def test_bad_gold_file_is_named(tmp_path):
    from vigie.bench.coding import load_gold
    from vigie.errors import MalformedInput

    bad = tmp_path / "gold.json"
    bad.write_text("[{}]", encoding="utf-8")
    with pytest.raises(MalformedInput, match="gold.json"):
        load_gold(bad)
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(MalformedInput):
        load_gold(bad)
