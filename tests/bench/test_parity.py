"""The project's scoring gives the reference scorer's figures, on real predictions and on edge cases."""

from __future__ import annotations

import contextlib
import copy
import io
import json
import random
from argparse import Namespace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import GSR, SEED_GOLD
from vigie.bench import scoring
from vigie.bench.coding import article_lines, plover_lines
from vigie.types import PLOVER_TYPES

SLOT_KEYS = ("date", "location", "source", "target", "dead", "injured", "size", "type_exact")


# ------------------------------------------------------------------ helpers
def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Records of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def printed(fn, **args: Any) -> list[str]:
    """Lines a reference scorer command prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(Namespace(**args))
    return out.getvalue().splitlines()


def reference_view(result: dict[str, Any]) -> dict[str, Any]:
    """The figures of a reference `score_article` result."""
    return {
        "rows": [
            {"id": r["id"], "required": bool(r["required"]), "matched": r["matched"]}
            | ({k: r.get(k) for k in SLOT_KEYS} if r["matched"] else {})
            for r in result["rows"]
        ],
        "n_pred": result["n_pred"],
        "n_matched_pred": result["n_matched_pred"],
        "recall_required": result["recall_required"],
        "precision": result["precision"],
        "quotes": [
            (q["contains"], bool(q["required"]), q["found"], bool(q["speaker"])) for q in result["quotes"]
        ],
    }


def project_view(score: scoring.ArticleScore) -> dict[str, Any]:
    """The same figures from the project's ArticleScore."""
    return {
        "rows": [
            {"id": m.gold_id, "required": m.required, "matched": m.matched}
            | ({k: m.slots.get(k) for k in SLOT_KEYS} if m.matched else {})
            for m in score.matches
        ],
        "n_pred": score.predicted,
        "n_matched_pred": score.matched_predicted,
        "recall_required": score.recall_required,
        "precision": score.precision,
        "quotes": [(q.contains[:40], q.required, q.found, q.speaker_right) for q in score.quotes],
    }


def same_article(
    scorer: ModuleType, gold: dict[str, Any], preds: list[dict[str, Any]]
) -> scoring.ArticleScore:
    """Score one article both ways, assert identical figures, return the project's score."""
    mine = scoring.score_article(gold, preds)
    assert project_view(mine) == reference_view(scorer.score_article(gold, preds))
    return mine


def same_plover(
    scorer: ModuleType, tmp_path: Path, gsr: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> scoring.PloverScore:
    """Score GSR records both ways, assert the printed figures are identical, return the project's score."""
    gold_file, pred_file = tmp_path / "gsr.json", tmp_path / "pred.jsonl"
    gold_file.write_text(json.dumps(gsr), encoding="utf-8")
    pred_file.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    mine = scoring.score_plover(gsr, preds)
    assert plover_lines(mine) == printed(
        scorer.cmd_plover, gold=str(gold_file), pred=str(pred_file), json=False
    )
    return mine


def gold_article(*events: dict[str, Any], quotes: tuple[dict[str, Any], ...] = ()) -> dict[str, Any]:
    """A one-article gold annotation."""
    return {"article": {"id": "a1"}, "events": list(events), "quotes": list(quotes)}


def gold_event(gid: str = "G1", kind: str = "ASSAULT", **slots: Any) -> dict[str, Any]:
    """A gold event, required unless told otherwise."""
    return {"id": gid, "event_type": kind, "required": True, **slots}


def pred(kind: str = "ASSAULT", evidence: str = "", **slots: Any) -> dict[str, Any]:
    """A predicted event record with empty slots unless given."""
    record = {
        "record": "event",
        "article_id": "a1",
        "event_type": kind,
        "source": [],
        "target": [],
        "date": None,
        "location": None,
        "evidence": {"text": evidence, "start": 0, "end": len(evidence)},
        "confidence": 0.8,
    }
    return record | slots


def actor(text: str, name: str | None = None, country: str | None = None) -> dict[str, Any]:
    """A predicted actor."""
    return {"text": text, "name": name or text, "id": None, "country": country, "kind": "other"}


# ------------------------------------------------------------------ real predictions
def test_bundled_seed_gold_is_the_shared_one():
    from importlib import resources

    bundled = (resources.files("vigie") / "data" / "bench" / "seed_gold.json").read_bytes()
    assert bundled == SEED_GOLD.read_bytes()


@pytest.mark.slow
def test_seed_parity(bench_run, scorer):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    preds = read_jsonl(bench_run.folder / "seed_pred.jsonl")
    (clean,) = read_jsonl(bench_run.folder / "seed_clean.jsonl")
    mine = same_article(scorer, gold, preds)
    ref_clean = scorer.score_clean(gold, clean)
    check = scoring.score_cleaning(gold, clean)
    assert (check.ok, check.missing, check.not_removed, check.not_once) == (
        ref_clean["ok"],
        ref_clean["missing"],
        ref_clean["not_removed"],
        ref_clean["not_once"],
    )
    # the summary lines: slot accuracy, quotes, recall/precision/F1
    ref_lines = printed(
        scorer.cmd_articles,
        gold=str(SEED_GOLD),
        pred=str(bench_run.folder / "seed_pred.jsonl"),
        clean=str(bench_run.folder / "seed_clean.jsonl"),
        json=False,
    )
    from_files = scoring.score_articles([gold], preds, [clean])
    assert article_lines("seed", from_files)[-3:] == ref_lines[-3:]
    # the report the command prints scores the very records it wrote
    in_report = bench_run.report.seed.score
    assert article_lines("seed", in_report)[-3:] == ref_lines[-3:]
    assert project_view(in_report.articles[0]) == project_view(mine)
    assert in_report.cleaning_ok == ref_clean["ok"]


@pytest.mark.slow
@pytest.mark.skipif(not GSR.is_file(), reason="no PLOVER GSR file beside the checkout")
def test_gsr_parity(bench_run, scorer):
    gsr = json.loads(GSR.read_text(encoding="utf-8"))
    pred_file = bench_run.folder / "gsr_pred.jsonl"
    ref_lines = printed(scorer.cmd_plover, gold=str(GSR), pred=str(pred_file), json=False)
    mine = scoring.score_plover(gsr, read_jsonl(pred_file))
    assert plover_lines(mine) == ref_lines
    assert plover_lines(bench_run.report.gsr.score) == ref_lines
    assert mine.records == 322


@pytest.mark.slow
def test_predictions_are_what_vigie_extract_prints(bench_run, tmp_path):
    from click.testing import CliRunner

    from vigie.cli import cli

    seed_jsonl = Path(__file__).resolve().parents[2] / "src" / "vigie" / "data" / "samples" / "seed.jsonl"
    inputs = {"seed": seed_jsonl}
    if GSR.is_file():
        lines = tmp_path / "gsr.jsonl"
        records = [r for r in json.loads(GSR.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
        lines.write_text(
            "".join(json.dumps({"id": r["id"], "text": r["text"], "lang": "en"}) + "\n" for r in records)
        )
        inputs["gsr"] = lines
    for name, path in inputs.items():
        result = CliRunner().invoke(cli, ["extract", "--jsonl", str(path)])
        assert result.exit_code == 0, result.output
        assert result.stdout == (bench_run.folder / f"{name}_pred.jsonl").read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["clean", "--jsonl", str(seed_jsonl)])
    assert result.stdout == (bench_run.folder / "seed_clean.jsonl").read_text(encoding="utf-8")


def test_gsr_items_are_the_extract_inputs():
    from vigie.bench.coding import gsr_items

    records = [
        {"id": "DOC", "event": "DOCUMENT", "text": "header"},
        {"id": "R1", "event": "AGREE", "text": "They agreed."},
    ]
    (item,) = gsr_items(records)
    assert (item.id, item.text, item.lang) == ("R1", "They agreed.", "en")


# ------------------------------------------------------------------ randomised parity
DATES = [None, "2021", "2021-04", "2021-04-07", "2020-23", "2020-24", "2021-02-15", "2021-02/2021-03", "2021-13",
         "2021-02-30", "2021-04-07~", "2020/2021", "..", "2021-03-01/2021-03-10", "2020-01"]  # fmt: skip
PLACES = [None, {"text": "Bagdad", "name": "Baghdad", "country": "IRQ"}, {"text": "Erbil", "name": "Erbil"},
          {"text": "Mossoul", "name": "Mosul", "country": "IRQ"}, {"text": "Syrie", "name": "Syria", "country": "SYR"},
          {"text": "frontière", "name": "Iraq-Syria border", "country": "IRQ"}, {"text": "", "name": "", "country": None},
          {"text": "Raqqa", "name": "Raqqa", "country": "SYR"}]  # fmt: skip
ACTORS = [actor("Biden", "Joe Biden", "USA"), actor("les milices", "militia"), actor("Irak", "Iraq", "IRQ"),
          actor("Qaani", "Esmail Qaani", "IRN"), actor("Zulfiqar"), actor("KH", "Kata'ib Hezbollah"), actor("Etats")]  # fmt: skip


def mutate(rng: random.Random, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A perturbed copy of predicted records: dropped, reordered, retyped, with other slots."""
    out = []
    for r in copy.deepcopy(records):
        if rng.random() < 0.2:
            continue
        if r.get("record") == "quote":
            if rng.random() < 0.3:
                r["speaker"] = rng.choice([None, actor("Sahaf", "Ahmed al-Sahaf")])
            out.append(r)
            continue
        if rng.random() < 0.3:
            r["event_type"] = rng.choice(PLOVER_TYPES)
        if rng.random() < 0.4:
            r["date"] = rng.choice(DATES)
        if rng.random() < 0.3:
            r["location"] = rng.choice(PLACES)
        for role in ("source", "target"):
            if rng.random() < 0.3:
                r[role] = rng.sample(ACTORS, rng.randint(0, 2))
        for key in ("dead", "injured", "size"):
            if rng.random() < 0.2:
                r[key] = rng.choice([None, 1, 2, 3, 3000])
        if rng.random() < 0.1:
            r.pop("record")
        r["confidence"] = rng.choice([r.get("confidence"), round(rng.random(), 3), None])
        out.append(r)
    if rng.random() < 0.5:
        out += copy.deepcopy(rng.sample(out, min(3, len(out))))
    rng.shuffle(out)
    return out


@pytest.mark.slow
def test_randomised_article_parity(bench_run, scorer):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    preds = read_jsonl(bench_run.folder / "seed_pred.jsonl")
    rng = random.Random(20210408)
    for _ in range(150):
        variant = copy.deepcopy(gold)
        for g in variant["events"]:
            if rng.random() < 0.2:
                g["required"] = not g.get("required", True)
        same_article(scorer, variant, mutate(rng, preds))


@pytest.mark.slow
@pytest.mark.skipif(not GSR.is_file(), reason="no PLOVER GSR file beside the checkout")
def test_randomised_plover_parity(bench_run, scorer, tmp_path):
    gsr = json.loads(GSR.read_text(encoding="utf-8"))
    preds = read_jsonl(bench_run.folder / "gsr_pred.jsonl")
    rng = random.Random(2016)
    for _ in range(20):
        same_plover(scorer, tmp_path, gsr, mutate(rng, preds))


# ------------------------------------------------------------------ hand-made edge cases
def test_type_through_accept_types(scorer):
    gold = gold_article(
        gold_event("G1", "AGREE", accept_types=["CONCEDE"], date="2021-04-07", evidence_contains="accord")
    )
    score = same_article(scorer, gold, [pred("CONCEDE", "un accord", date="2021-04-07")])
    assert score.matches[0].matched and score.matches[0].slots["type_exact"] is False
    score = same_article(scorer, gold, [pred("REJECT", "un accord", date="2021-04-07")])
    assert not score.matches[0].matched and score.precision == 0


def test_date_coarser_than_gold_does_not_agree(scorer):
    gold = gold_article(gold_event(date="2021-02-25", evidence_contains="Erbil"))
    assert not same_article(scorer, gold, [pred(evidence="à Erbil", date="2021-02")]).matches[0].matched
    assert same_article(scorer, gold, [pred(evidence="à Erbil", date="2021-02-25")]).matches[0].matched
    pairs = [("2021-02", "2021-02-25"), ("2021-02-25", "2021-02"), ("2020-10", "2020-23"), ("2020-23", "2020-10"),
             ("2021-02-10", "2020-24"), ("2021-03-01", "2020-24"), ("2021-02-20/2021-02-28", "2021-02-25"),
             ("2021-02-24/2021-02-25", "2021-02-25"), ("2021-13", "2021"), ("2021-02-30", "2021"),
             ("2021-02~", "2021-02"), (None, "2021"), ("2021", None), ("2021-04-07/..", "2021-04"), ("2021", "2021")]  # fmt: skip
    for p, g in pairs:
        assert scoring.date_agrees(p, g) == scorer.date_ok(p, g), (p, g)
    assert scoring.date_agrees("2021-02-10", "2020-24")  # winter runs into February of the next year
    assert not scoring.date_agrees("2021-02-20/2021-02-28", "2021-02-25")


def test_country_only_place_rule(scorer):
    mosul = {"text": "Mossoul", "name": "Mosul", "country": "IRQ"}
    whole_country = gold_event(location={"name": ["Irak", "Iraq"], "country": "IRQ"}, evidence_contains="tir")
    a_city = gold_event(location={"name": ["Erbil"], "country": "IRQ"}, evidence_contains="tir")
    assert (
        same_article(scorer, gold_article(whole_country), [pred(evidence="un tir", location=mosul)])
        .matches[0]
        .matched
    )
    assert (
        not same_article(scorer, gold_article(a_city), [pred(evidence="un tir", location=mosul)])
        .matches[0]
        .matched
    )
    no_names = {"name": [], "country": ["SYR", "IRQ"]}
    syria = {"name": ["Syrie", "Syria"], "country": "SYR"}
    for place in PLACES:
        for g in (whole_country["location"], a_city["location"], no_names, syria, None):
            assert scoring.place_agrees(place, g) == scorer.place_ok(place, g), (place, g)


def test_actors_by_iso3_and_aliases(scorer):
    gold = gold_article(
        gold_event(source=["IRQ"], target=["Zulfiqar Forces", "Zulfiqar"], evidence_contains="x")
    )
    score = same_article(
        scorer,
        gold,
        [pred(source=[actor("les Irakiens", "Iraqi people", "IRQ")], target=[actor("Forces Zulfiqar")])],
    )
    assert score.matches[0].matched
    assert score.matches[0].slots["source"] and score.matches[0].slots["target"]
    assert scoring.aliases_match(["Kata'ib Hezbollah"], scoring.actor_strings([actor("Kata’ib Hezbollah")]))
    assert not scoring.aliases_match(
        ["USA"], scoring.actor_strings([actor("US")])
    )  # short aliases must be equal


def test_one_gold_matches_at_most_one_prediction(scorer):
    gold = gold_article(gold_event(date="2021-04", evidence_contains="frappe"))
    twin = pred(evidence="une frappe", date="2021-04-06")
    score = same_article(scorer, gold, [twin, copy.deepcopy(twin)])
    assert (score.matched_predicted, score.predicted, score.matches[0].prediction) == (1, 2, 0)
    # a later prediction with more agreement wins; required gold events choose first
    better = pred(evidence="une frappe", date="2021-04-06", source=[actor("Biden")])
    optional = gold_event("G0", source=["Biden"], date="2021-04", evidence_contains="frappe", required=False)
    required = gold_event("G1", source=["Biden"], date="2021-04", evidence_contains="frappe")
    score = same_article(scorer, gold_article(optional, required), [twin, better])
    assert [(m.gold_id, m.prediction) for m in score.matches] == [("G1", 1), ("G0", 0)]


def test_records_with_no_events(scorer, tmp_path):
    gold = gold_article(gold_event(), quotes=({"contains": "nous", "speaker": ["Amiri"]},))
    score = same_article(scorer, gold, [])
    assert (score.recall_required, score.precision, score.quotes[0].found) == (0.0, 0.0, False)
    quote = {"record": "quote", "article_id": "a1", "text": "Nous espérons", "speaker": None}
    score = same_article(scorer, gold, [quote])
    assert score.quotes[0].found and not score.quotes[0].speaker_right and score.predicted == 0
    no_record_key = pred(evidence="x")
    del no_record_key["record"]
    assert same_article(scorer, gold, [no_record_key]).predicted == 1
    gsr = [
        {"id": "D", "event": "DOCUMENT"},
        {"id": "R1", "event": "FIGHT", "source": [{"actorText": "rebels", "code": "REB"}], "target": "x"},
        {"id": "R2", "event": "DEMAND"},
        {"id": "R3", "event": "DISAPPROVE"},
        {"id": "R4", "event": "UNKNOWN"},
    ]
    preds = [
        {"record": "event", "article_id": "R1", "event_type": "REQUEST", "confidence": 0.9},
        {
            "record": "event",
            "article_id": "R1",
            "event_type": "ASSAULT",
            "confidence": 0.6,
            "source": [actor("Rebels")],
        },
        {"record": "event", "article_id": "R3", "event_type": "ACCUSE", "confidence": 0.95},
        {"record": "quote", "article_id": "R2", "event_type": "REQUEST", "confidence": 1.0},
    ]
    s = same_plover(scorer, tmp_path, gsr, preds)
    assert (s.records, s.top_right, s.any_right, s.source_right, s.source_scored, s.target_scored) == (
        3,
        1,
        2,
        1,
        1,
        0,
    )
    assert [(c.gold, c.predicted) for c in s.confusions] == [("REQUEST", "NONE"), ("ASSAULT", "REQUEST")]
    assert [b.events for b in s.reliability] == [0, 0, 1, 0, 0, 2]
    assert [b.correct for b in s.reliability] == [0, 0, 1, 0, 0, 1]


def test_reliability_buckets():
    bins = scoring.reliability([(0.0, True), (0.49, False), (0.5, True), (0.6, False), (0.7, True), (0.95, True),
                                (1.0, False), (0.899, True)])  # fmt: skip
    assert [(b.low, b.high, b.events, b.correct) for b in bins] == [
        (0.0, 0.5, 2, 1),
        (0.5, 0.6, 1, 1),
        (0.6, 0.7, 1, 0),
        (0.7, 0.8, 1, 1),
        (0.8, 0.9, 1, 1),
        (0.9, 1.0, 2, 1),
    ]
    assert bins[5].share == 0.5 and scoring.reliability([])[0].share is None


def test_article_reliability_counts_matched_predictions():
    gold = gold_article(gold_event(date="2021-04", evidence_contains="frappe"))
    right, wrong = (
        pred(evidence="une frappe", date="2021-04-06", confidence=0.85),
        pred("PROTEST", confidence=0.3),
    )
    score = scoring.score_articles([gold], [right, wrong])
    assert [(b.events, b.correct) for b in score.reliability] == [
        (1, 0),
        (0, 0),
        (0, 0),
        (0, 0),
        (1, 1),
        (0, 0),
    ]
