"""Trigger lexicons: packaged lines are well formed and use the record's vocabulary; user files extend them."""

from __future__ import annotations

from importlib import resources

import pytest

from vigie.errors import ConfigError
from vigie.extract.lexicon import ROLES, load_lexicon
from vigie.types import PLOVER_TYPES

# The mode vocabulary of each type, as listed for `mode` in EVENT_RECORD.md; types not listed take no mode.
_RECORD_MODE_LISTS = {
    "ASSAULT": "abduct aerial assassinate beat cleansing crowd-control destroy drone execute explosives firearms "
    "heavy-weapons massacre primitive sexual suicide-attack torture unconventional",
    "COERCE": "arrest ban censor curfew cyber deport misinformation restrict seize withhold",
    "PROTEST": "boycott demo hunger obstruct riot strike",
    "MOBILIZE": "militia police troops weapons",
    "THREATEN": "arrest ban expel relations restrict rights territory violence",
    "RETREAT": "access ceasefire disarm release resign return withdraw",
    "REQUEST": "assist change meet yield",
    "REJECT": "assist change meet yield",
    "ACCUSE": "allege disapprove investigate",
    "SANCTION": "convict discontinue expel withdraw",
    "CONSULT": "multilateral phone third-party visit",
}
RECORD_MODES = {typ: frozenset(words.split()) for typ, words in _RECORD_MODE_LISTS.items()}
ROLE_ONLY = ("light", "speech", "claim", "deny", "modal", "toll")
LANGS = ("fr", "en")


def _rows(name: str) -> list[tuple[int, list[str]]]:
    text = (resources.files("vigie") / "data" / "lexicons" / name).read_text(encoding="utf-8")
    return [
        (n, line.split("\t"))
        for n, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_packaged_lexicon_loads(lang):
    """The packaged lexicon parses and indexes every trigger line."""
    lex = load_lexicon(lang)
    loaded = sum(len(v) for v in lex.entries.values())
    assert loaded == len(_rows(f"{lang}.tsv"))
    assert lex.modes


@pytest.mark.parametrize("lang", LANGS)
def test_trigger_lines_use_the_record_vocabulary(lang):
    """Every trigger line has a known POS, role and PLOVER type, and a mode from its type's list."""
    bad = []
    for n, cols in _rows(f"{lang}.tsv"):
        cols = [c.strip() for c in cols] + [""] * (5 - len(cols))
        term, pos, typ, mode, role = cols[:5]
        role = role or "event"
        where = f"{lang}.tsv:{n} {term!r}"
        if len(cols) > 5 and any(cols[5:]):
            bad.append(f"{where}: extra columns")
        if not term or pos not in ("V", "N") or role not in ROLES:
            bad.append(f"{where}: pos {pos!r} role {role!r}")
        if role in ROLE_ONLY:
            if typ != "-" or mode:
                bad.append(f"{where}: a {role} word takes no type or mode")
            continue
        if typ not in PLOVER_TYPES:
            bad.append(f"{where}: type {typ!r}")
        elif mode and mode not in RECORD_MODES.get(typ, frozenset()):
            bad.append(f"{where}: mode {mode!r} is not a {typ} mode")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_mode_lines_use_the_record_vocabulary(lang):
    """Every modifier line names a PLOVER type and one of its modes."""
    bad = []
    for n, cols in _rows(f"modes_{lang}.tsv"):
        cols = [c.strip() for c in cols]
        if len(cols) != 3:
            bad.append(f"modes_{lang}.tsv:{n}: {cols}")
            continue
        word, typ, mode = cols
        if not word or typ not in PLOVER_TYPES or mode not in RECORD_MODES.get(typ, frozenset()):
            bad.append(f"modes_{lang}.tsv:{n}: {cols}")
    assert not bad, "\n".join(bad)


def test_user_file_extends_the_packaged_lexicon(tmp_path):
    """A user TSV adds entries and keeps the packaged ones."""
    path = tmp_path / "extra.tsv"
    path.write_text(
        "# term\tpos\ttype\tmode\trole\nrazzia\tN\tASSAULT\nse replier\tV\tRETREAT\twithdraw\n",
        encoding="utf-8",
    )
    lex = load_lexicon("fr", extra=(str(path),))
    [razzia] = lex.lookup("N", "razzia")
    assert (razzia.type, razzia.mode, razzia.role) == ("ASSAULT", None, "event")
    [replier] = lex.lookup("V", "replier")
    assert replier.reflexive and (replier.type, replier.mode) == ("RETREAT", "withdraw")
    assert lex.lookup("V", "attaquer") and lex.lookup("N", "attaque")
    assert not load_lexicon("fr").lookup("N", "razzia")


def test_user_file_with_a_bad_line_is_refused(tmp_path):
    """A user line with an unknown type is a configuration error naming the file."""
    path = tmp_path / "bad.tsv"
    path.write_text("razzia\tN\tPILLAGE\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.tsv"):
        load_lexicon("fr", extra=(str(path),))


def test_missing_user_file_is_refused(tmp_path):
    """A user lexicon that cannot be read is a configuration error."""
    with pytest.raises(ConfigError, match="missing.tsv"):
        load_lexicon("en", extra=(str(tmp_path / "missing.tsv"),))
