"""The `vigie` command over bad inputs: each failure is named, the good articles still come out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
from click.testing import CliRunner

import vigie
from vigie.cli import cli

pytestmark = pytest.mark.slow

VIGIE = Path(sys.executable).with_name("vigie")
SEED_JSONL = Path(vigie.__file__).parent / "data" / "samples" / "seed.jsonl"

LATIN1_SENTENCE = "Des soldats ont été tués lors d'une attaque à la roquette contre une base militaire près de Bagdad mardi."
ENGLISH_SENTENCE = "Rebels attacked a police station in Kabul on Monday, killing three officers."
JSONL_GOOD = {
    "id": "batch-jsonl-1",
    "published": "2021-03-02",
    "text": "Des manifestants ont incendié un commissariat à Bamako lundi, blessant deux policiers.",
}
ARABIC_ARTICLE = (
    "أعلنت وزارة الداخلية العراقية يوم الثلاثاء مقتل ثلاثة جنود وإصابة خمسة آخرين في هجوم صاروخي "
    "استهدف قاعدة عسكرية قرب بغداد. وقال المتحدث باسم الوزارة إن قوات الأمن فتحت تحقيقا في الحادث "
    "وإنها تلاحق المهاجمين. ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.\n"
)
MB = 1024 * 1024


def vigie_cmd(*args: object, stdin: str | None = None, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed `vigie` script with a settings directory of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env["XDG_CONFIG_HOME"] = str(home)
    return subprocess.run(
        [str(VIGIE), *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )


def records(stdout: str) -> list[dict]:
    """Every stdout line as JSON (fails on anything that is not a JSON object)."""
    out = []
    for line in stdout.splitlines():
        record = json.loads(line)
        assert isinstance(record, dict), line
        out.append(record)
    return out


def events_of(stdout: str, article_id: str) -> list[dict]:
    return [r for r in records(stdout) if r["record"] == "event" and r["article_id"] == article_id]


def make_batch(folder: Path) -> SimpleNamespace:
    """A folder of one good and one bad input of every kind, named so the walk visits them in this order."""
    folder.mkdir()
    p = SimpleNamespace(
        empty=folder / "1-empty.txt",
        png=folder / "2-image.txt",
        latin1=folder / "3-latin1.txt",
        huge=folder / "4-huge.txt",
        jsonl=folder / "5-articles.jsonl",
        arabic=folder / "6-arabic.txt",
        english=folder / "7-english.txt",
    )
    p.empty.write_bytes(b"")
    p.png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    p.latin1.write_bytes((LATIN1_SENTENCE + "\n").encode("latin-1"))
    block = ("Rebels attacked a police station in Kabul on Monday.\n" * 20000).encode("ascii")
    with p.huge.open("wb") as f:
        while f.tell() < 25 * MB:
            f.write(block)
    truncated = '{"id": "batch-jsonl-2", "text": "Des soldats ont'
    p.jsonl.write_text(json.dumps(JSONL_GOOD, ensure_ascii=False) + "\n" + truncated, encoding="utf-8")
    p.arabic.write_text(ARABIC_ARTICLE, encoding="utf-8")
    p.english.write_text(ENGLISH_SENTENCE + "\n", encoding="utf-8")
    return p


# Each bad input, the id it is reported under (relative to the batch folder) and words of its reason.
BAD = [
    ("empty", "1-empty.txt", "empty file"),
    ("png", "2-image.txt", "binary data (PNG image)"),
    ("size", "4-huge.txt", "over the 20.0 MB limit"),
    ("truncated-json", "5-articles.jsonl:2", "invalid JSON"),
    ("arabic", "6-arabic.txt", "language 'ar' is not analysed"),
]


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    home = root / "config"
    home.mkdir()
    return root, home, make_batch(root / "in")


@pytest.fixture(scope="module")
def extracted(batch):
    root, home, paths = batch
    return vigie_cmd("extract", root / "in", home=home), paths


@pytest.fixture(scope="module")
def ingested(batch):
    """Two identical ingests of the batch, with the database read after each."""
    root, home, paths = batch
    db = root / "batch.duckdb"

    def snapshot() -> dict:
        with duckdb.connect(str(db), read_only=True) as con:
            return {
                "articles": con.execute(
                    "SELECT article_id, status, language, n_events, text_sha256, ingested_at "
                    "FROM articles ORDER BY article_id"
                ).fetchall(),
                "events": con.execute("SELECT article_id, event_id FROM events ORDER BY event_id").fetchall(),
                "quotes": con.execute("SELECT count(*) FROM quotes").fetchone()[0],
            }

    def stats() -> dict:
        done = CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"])
        assert done.exit_code == 0, done.output
        return json.loads(done.stdout)

    first = vigie_cmd("ingest", "--db", db, root / "in", home=home)
    after_first = snapshot(), stats()
    second = vigie_cmd("ingest", "--db", db, root / "in", home=home)
    after_second = snapshot(), stats()
    return SimpleNamespace(
        paths=paths, first=first, second=second, after_first=after_first, after_second=after_second
    )


# ------------------------------------------------------------------ vigie extract over the batch
def test_extract_batch_exits_1(extracted):
    """Some inputs fail, so the run exits 1 after processing everything."""
    done, _ = extracted
    assert done.returncode == 1, done.stderr


@pytest.mark.parametrize(("name", "item", "reason"), BAD, ids=[b[0] for b in BAD])
def test_extract_batch_names_each_bad_input(extracted, name, item, reason):
    """Standard error names every bad input with its reason."""
    done, paths = extracted
    folder = paths.empty.parent
    prefix = f"vigie: {folder / item}: "
    lines = [line for line in done.stderr.splitlines() if line.startswith(prefix)]
    assert len(lines) == 1, done.stderr
    assert reason in lines[0], lines[0]


def test_extract_batch_reports_no_good_input(extracted):
    """Only the bad inputs appear on standard error."""
    done, paths = extracted
    for good in (str(paths.latin1), str(paths.english), f"{paths.jsonl}:1", JSONL_GOOD["id"]):
        assert f"vigie: {good}:" not in done.stderr


def test_extract_batch_truncated_json_reason_reads_cleanly(extracted):
    """The reason for a broken JSON line is one readable phrase (no stuttered words)."""
    done, paths = extracted
    line = next(line for line in done.stderr.splitlines() if f"{paths.jsonl}:2:" in line)
    assert " at at " not in line, line


def test_extract_batch_stdout_is_only_records(extracted):
    """Standard output holds JSON event or quote records and nothing else."""
    done, _ = extracted
    assert done.stdout.strip(), done.stderr
    assert all(r["record"] in ("event", "quote") for r in records(done.stdout))


def test_extract_batch_keeps_input_order(extracted):
    """The good articles' records come out in input order."""
    done, paths = extracted
    seen: list[str] = []
    for r in records(done.stdout):
        if r["article_id"] not in seen:
            seen.append(r["article_id"])
    assert seen == [str(paths.latin1), JSONL_GOOD["id"], str(paths.english)]


def test_extract_batch_latin1_article_is_decoded(extracted):
    """A latin-1 file gives its event with the accents of the original sentence."""
    done, paths = extracted
    found = events_of(done.stdout, str(paths.latin1))
    assert found, done.stdout
    for ev in found:
        assert ev["language"] == "fr"
        assert ev["evidence"]["text"] == LATIN1_SENTENCE
        assert "\ufffd" not in ev["evidence"]["text"] and "Ã" not in ev["evidence"]["text"]
    assert "ASSAULT" in {ev["event_type"] for ev in found}


def test_extract_batch_english_article_is_an_assault(extracted):
    """The English article gives an ASSAULT in Kabul with its three dead."""
    done, paths = extracted
    found = events_of(done.stdout, str(paths.english))
    assault = [ev for ev in found if ev["event_type"] == "ASSAULT"]
    assert len(assault) == 1, found
    assert assault[0]["language"] == "en"
    assert assault[0]["dead"] == 3
    assert (assault[0]["location"] or {}).get("name") == "Kabul"


def test_extract_batch_valid_jsonl_line_gives_its_event(extracted):
    """The valid first line of a JSONL file with a broken last line still gives its event."""
    done, _ = extracted
    found = events_of(done.stdout, JSONL_GOOD["id"])
    assert found, done.stdout
    assert all(ev["evidence"]["text"] == JSONL_GOOD["text"] for ev in found)


def test_extract_batch_arabic_article_gives_nothing(extracted):
    """The Arabic article is reported, not analysed: no record carries its id."""
    done, paths = extracted
    assert not [r for r in records(done.stdout) if r["article_id"] == str(paths.arabic)]


# ------------------------------------------------------------------ vigie ingest over the batch
def test_ingest_batch_exits_1_naming_failures(ingested):
    """Ingest exits 1 and names each bad input on standard error, printing nothing on standard output."""
    done = ingested.first
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    folder = ingested.paths.empty.parent
    for _, item, reason in BAD:
        assert any(
            line.startswith(f"vigie: {folder / item}: ") and reason in line
            for line in done.stderr.splitlines()
        ), (
            item,
            done.stderr,
        )


def test_ingest_batch_stores_good_articles(ingested):
    """The three good articles are stored with their events."""
    snapshot, stats = ingested.after_first
    p = ingested.paths
    articles = {row[0]: row for row in snapshot["articles"]}
    assert set(articles) == {str(p.latin1), str(p.english), JSONL_GOOD["id"], str(p.arabic)}
    for article_id in (str(p.latin1), str(p.english), JSONL_GOOD["id"]):
        _, status, _, n_events, _, _ = articles[article_id]
        assert status == "ok"
        assert n_events >= 1
        assert n_events == sum(1 for a, _ in snapshot["events"] if a == article_id)
    assert articles[str(p.latin1)][2] == "fr" and articles[str(p.english)][2] == "en"
    assert stats["articles"] == 4
    assert stats["events"] == len(snapshot["events"])


def test_ingest_batch_stores_arabic_as_not_analysed(ingested):
    """The Arabic article is stored with status not_analysed and no events."""
    snapshot, stats = ingested.after_first
    arabic = str(ingested.paths.arabic)
    row = next(r for r in snapshot["articles"] if r[0] == arabic)
    assert row[1:4] == ("not_analysed", "ar", 0)
    assert not [e for e in snapshot["events"] if e[0] == arabic]
    assert stats["articles_by_status"] == {"ok": 3, "not_analysed": 1}
    assert f"vigie: {arabic}: language 'ar' is not analysed; stored without events" in ingested.first.stderr


def test_ingest_batch_summary_line(ingested):
    """The closing message counts stored, failed and not analysed articles."""
    assert "3 articles stored" in ingested.first.stderr
    assert "0 already up to date, 4 failed, 1 not analysed" in ingested.first.stderr


def test_ingest_batch_rerun_stores_nothing_twice(ingested):
    """Re-running the same ingest changes nothing and says the articles are already up to date."""
    done = ingested.second
    assert done.returncode == 1, done.stderr  # the bad inputs are still bad
    assert "0 articles stored (0 events, 0 quotes), 4 already up to date" in done.stderr
    snap1, stats1 = ingested.after_first
    snap2, stats2 = ingested.after_second
    assert snap2 == snap1  # same rows, not even rewritten (ingested_at unchanged)
    for key in ("articles", "events", "quotes", "articles_by_status", "events_by_type", "pipeline_versions"):
        assert stats2[key] == stats1[key], key


# ------------------------------------------------------------------ good inputs, flags, usage
def test_good_inputs_exit_0_and_published_resolves_weekdays(tmp_path):
    """With only good inputs the run exits 0; --published anchors "mardi" and "Monday" to that week."""
    home = tmp_path / "config"
    home.mkdir()
    fr = tmp_path / "fr.txt"
    en = tmp_path / "en.txt"
    fr.write_text(LATIN1_SENTENCE + "\n", encoding="utf-8")
    en.write_text(ENGLISH_SENTENCE + "\n", encoding="utf-8")
    done = vigie_cmd("extract", "--published", "2021-04-08", fr, en, home=home)
    assert done.returncode == 0, done.stderr
    assert "vigie:" not in done.stderr
    fr_events = [e for e in events_of(done.stdout, str(fr)) if e["date_text"] == "mardi"]
    assert fr_events and all(e["date"] == "2021-04-06" for e in fr_events), done.stdout
    en_events = [e for e in events_of(done.stdout, str(en)) if e["event_type"] == "ASSAULT"]
    assert en_events and en_events[0]["date"] == "2021-04-05", done.stdout


def test_stdin_with_lang(tmp_path):
    """`echo text | vigie extract --lang en -` reads standard input as one English article."""
    done = vigie_cmd("extract", "--lang", "en", "-", stdin=ENGLISH_SENTENCE + "\n", home=tmp_path)
    assert done.returncode == 0, done.stderr
    found = events_of(done.stdout, "<stdin>")
    assert [e["event_type"] for e in found] == ["ASSAULT"], done.stdout
    assert found[0]["language"] == "en"
    assert found[0]["evidence"]["text"] == ENGLISH_SENTENCE


def test_invalid_published_is_usage_error(tmp_path):
    """`--published` takes a real YYYY-MM-DD date; anything else is bad usage (exit 2), not silently dropped."""
    article = tmp_path / "fr.txt"
    article.write_text(LATIN1_SENTENCE + "\n", encoding="utf-8")
    for bad in ("2021-13-45", "yesterday"):
        done = vigie_cmd("clean", "--published", bad, article, home=tmp_path)
        assert done.returncode == 2, (bad, done.returncode, done.stdout)
        assert done.stdout == ""
        assert "--published" in done.stderr


def test_unknown_option_is_usage_error(tmp_path):
    """An unknown option exits 2 with a usage message and no output."""
    done = vigie_cmd("extract", "--bogus", home=tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "No such option" in done.stderr and "--bogus" in done.stderr


def test_clean_prints_one_record_for_the_seed(tmp_path):
    """`vigie clean --jsonl` on the seed prints one JSON line with the cleaned article and the removals."""
    done = vigie_cmd("clean", "--jsonl", SEED_JSONL, home=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert set(record) == {"article_id", "language", "title", "published", "text", "removed"}
    assert record["article_id"] == "seed-fr-0001"
    assert record["language"] == "fr"
    assert record["published"] == "2021-04-08"
    assert record["title"] and record["text"].startswith(record["title"])
    assert "Erbil" in record["text"]
    assert isinstance(record["removed"], list)
    assert all(set(r) == {"reason", "text"} and r["text"] for r in record["removed"])
