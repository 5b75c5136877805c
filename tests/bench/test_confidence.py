"""The confidence model: fitting, loading, the packaged weights, and its gain over the rules on held-out sentences."""

from __future__ import annotations

import json

import pytest

from vigie.bench.confidence import format_confidence, labelled_files, load_labelled, train_confidence
from vigie.config import Settings
from vigie.errors import ConfigError, MalformedInput
from vigie.extract.confidence import fit, held_out, load_model
from vigie.types import PLOVER_TYPES


def test_fit_learns_which_features_mean_right():
    rows = [(["type=ASSAULT", "src=True"], True)] * 30 + [(["type=ASSAULT", "src=False"], False)] * 30
    rows += [(["type=ASSAULT", "src=False"], True)] * 5
    model = fit(rows)
    assert model.probability(["type=ASSAULT", "src=True"]) > 0.8
    assert model.probability(["type=ASSAULT", "src=False"]) < 0.3
    assert 0.0 < model.probability(["never-seen"]) < 1.0


def test_weights_round_trip_through_json(tmp_path):
    model = fit([(["a"], True), (["a"], True), (["b"], False), (["b"], False)])
    path = tmp_path / "w.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(str(path))
    assert again is not None
    assert again.probability(["a"]) == pytest.approx(model.probability(["a"]), abs=1e-3)


def test_a_broken_weights_file_is_a_config_error(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="confidence model"):
        load_model(str(path))


def test_the_held_out_split_is_stable_and_about_thirty_percent():
    ids = [f"S-{i:04d}" for i in range(1000)]
    share = sum(held_out(i) for i in ids) / len(ids)
    assert 0.25 < share < 0.35
    assert [held_out(i) for i in ids] == [held_out(i) for i in ids]


def test_the_packaged_model_is_shipped_and_documented():
    model = load_model()
    assert model is not None
    assert model.about["trained_on"] == [p.name for p in labelled_files()]
    assert model.about["held_out_top_type_model"] >= model.about["held_out_top_type_rules"]


def test_labelled_sentences_are_well_formed():
    rows = load_labelled(labelled_files())
    assert len(rows) >= 800
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["language"] for r in rows} == {"en", "fr"}
    for r in rows:
        assert r["event"] in PLOVER_TYPES and set(r["also"]) <= set(PLOVER_TYPES), r["id"]
        for actor in r["source"] + r["target"]:
            assert actor["actorText"] in r["text"], r["id"]


def test_a_bad_labelled_line_names_its_place(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "x", "event": "FIGHTING"}) + "\n", encoding="utf-8")
    with pytest.raises(MalformedInput, match="mine.jsonl:1"):
        load_labelled([path])


@pytest.mark.slow
def test_the_model_beats_the_rules_on_sentences_it_was_not_trained_on():
    report = train_confidence(Settings())
    sentences = sum(s.sentences for s in report.sets)
    rules = sum(s.rules_top for s in report.sets) / sentences
    model = sum(s.model_top for s in report.sets) / sentences
    assert model >= rules
    right = {}
    for name, bins in (("rules", report.rules_bins), ("model", report.model_bins)):
        above = [b for b in bins if b.low >= 0.5]
        right[name] = sum(b.correct for b in above) / sum(b.events for b in above)
    assert right["model"] >= right["rules"] + 0.04, right  # measured 0.80 against 0.72
    assert "held-out top-type accuracy" in format_confidence(report)
