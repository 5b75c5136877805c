"""Golden test: the seed article through `vigie extract` and `vigie clean`, scored by the reference scorer."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SCORER, SEED_GOLD, SEED_TEXT

# Floors only ever rise; they sit just under what the pipeline reaches.
FLOOR_RECALL_REQUIRED = 0.90  # measured 11/11
FLOOR_PRECISION = 0.76  # measured 17/21 = 0.81
FLOOR_QUOTES_FOUND = 6
FLOOR_SPEAKERS_RIGHT = 5
FLOOR_SLOT_RIGHT = {"date": 0.90, "location": 0.90}  # on matched events; measured 16/16 and 8/8
VIGIE = str(Path(sys.executable).with_name("vigie"))


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed")
    line = folder / "seed.jsonl"
    record = {"id": "seed-fr-0001", "text": SEED_TEXT.read_text(encoding="utf-8"), "published": "2021-04-08"}
    line.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    outputs = {}
    for command in ("extract", "clean"):
        done = subprocess.run(
            [VIGIE, command, "--jsonl", str(line)], capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        outputs[command] = [json.loads(x) for x in done.stdout.splitlines()]
    return outputs


def test_seed_events_meet_the_floors(seed_run):
    scorer = _scorer()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    result = scorer.score_article(gold, seed_run["extract"])
    assert result["recall_required"] >= FLOOR_RECALL_REQUIRED, result["rows"]
    assert result["precision"] >= FLOOR_PRECISION, (result["n_matched_pred"], result["n_pred"])
    required = [q for q in result["quotes"] if q["required"]]
    assert sum(q["found"] for q in required) >= FLOOR_QUOTES_FOUND
    assert sum(bool(q["speaker"]) for q in required) >= FLOOR_SPEAKERS_RIGHT


def test_seed_dates_and_places_meet_the_floors(seed_run):
    scorer = _scorer()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    rows = [r for r in scorer.score_article(gold, seed_run["extract"])["rows"] if r["matched"]]
    for slot, floor in FLOOR_SLOT_RIGHT.items():
        scored = [r for r in rows if r[slot] is not None]
        assert sum(bool(r[slot]) for r in scored) / len(scored) >= floor, [(r["id"], r[slot]) for r in scored]


def test_seed_cleaning_passes(seed_run):
    scorer = _scorer()
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    (clean,) = seed_run["clean"]
    verdict = scorer.score_clean(gold, clean)
    assert verdict["ok"], verdict


def test_seed_records_follow_the_contract(seed_run):
    text = seed_run["clean"][0]["text"]
    events = [r for r in seed_run["extract"] if r["record"] == "event"]
    assert events
    for ev in events:
        for key in ("article_id", "event_id", "event_type", "mode", "status", "source", "target", "date", "date_text",
                    "location", "dead", "injured", "size", "quote", "evidence", "language", "confidence"):  # fmt: skip
            assert key in ev
        span = ev["evidence"]
        assert text[span["start"] : span["end"]] == span["text"], (
            "evidence offsets point into the cleaned text"
        )
        assert 0 <= ev["confidence"] <= 1
    assert len({e["event_id"] for e in events}) == len(events)
