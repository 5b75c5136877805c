"""The lead type model: fitting, loading, the eventless sentences, the packaged weights, and what it adds to the
rules on held-out sentences."""

from __future__ import annotations

import json

import pytest

from vigie.bench.confidence import labelled_files
from vigie.bench.typemodel import eventless_files, format_types, load_eventless, train_types
from vigie.config import Settings
from vigie.errors import ConfigError, MalformedInput
from vigie.extract.typemodel import NONE, fit_types, load_type_model


def test_fit_learns_which_words_mean_which_type():
    rows = [(["w:en:shell", "lex:ASSAULT"], "ASSAULT")] * 20 + [
        (["w:en:rally", "lex:PROTEST"], "PROTEST")
    ] * 20
    rows += [(["w:en:inflation"], NONE)] * 20
    model = fit_types(rows)
    assert max(model.probabilities(["w:en:shell"]).items(), key=lambda kv: kv[1])[0] == "ASSAULT"
    assert model.probabilities(["w:en:rally", "lex:PROTEST"])["PROTEST"] > 0.8
    assert model.probabilities(["w:en:inflation"])[NONE] > 0.8
    assert sum(model.probabilities(["never-seen"]).values()) == pytest.approx(1.0)


def test_weights_round_trip_through_json(tmp_path):
    model = fit_types([(["a"], "AID"), (["a"], "AID"), (["b"], NONE), (["b"], NONE)])
    path = tmp_path / "w.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_type_model(str(path))
    assert again is not None and again.classes == model.classes
    assert again.probabilities(["a"])["AID"] == pytest.approx(model.probabilities(["a"])["AID"], abs=1e-2)


@pytest.mark.parametrize(
    "text",
    ["{not json", json.dumps({"classes": ["AID"], "bias": [0.0, 1.0], "weights": {}})],
)
def test_a_broken_weights_file_is_a_config_error(tmp_path, text):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="event type model"):
        load_type_model(str(path))


def test_eventless_sentences_are_well_formed():
    rows = load_eventless(eventless_files())
    assert len(rows) >= 500
    assert len({r["id"] for r in rows}) == len(rows)
    assert {r["language"] for r in rows} == {"en", "fr"}
    assert {r["event"] for r in rows} == {NONE}


def test_a_labelled_line_in_the_eventless_set_names_its_place(tmp_path):
    path = tmp_path / "none.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Rebels shell the town", "event": "ASSAULT"}) + "\n")
    with pytest.raises(MalformedInput, match="none.jsonl:1"):
        load_eventless([path])


def test_the_packaged_model_is_shipped_and_documented():
    model = load_type_model()
    assert model is not None
    assert NONE in model.classes and len(model.classes) == 17
    files = [p.name for p in labelled_files()] + [f"eventless/{p.name}" for p in eventless_files()]
    assert model.about["trained_on"] == files
    assert model.about["held_out_top_type_helped"] >= model.about["held_out_top_type_rules"]


@pytest.mark.slow
def test_the_model_adds_to_the_rules_on_sentences_it_was_not_trained_on():
    report, _ = train_types(Settings(), ship=False)
    events = [s for s in report.sets if not s.name.startswith("eventless")]
    sentences = sum(s.sentences for s in events)
    rules = sum(s.rules for s in events) / sentences
    helped = sum(s.helped for s in events) / sentences
    assert helped >= rules + 0.005, (rules, helped)  # measured 0.869 against 0.879
    eventless = [s for s in report.sets if s.name.startswith("eventless")]
    added = sum(s.helped - s.rules for s in eventless) / sum(s.sentences for s in eventless)
    assert added <= 0.05, added  # measured 5 of 188 held-out eventless sentences
    assert "held-out top-type accuracy" in format_types(report)
