"""Trigger and mode lexicons, loaded from the TSV data files (see data/lexicons/README.md)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ConfigError
from ..types import PLOVER_TYPES

__all__ = ["Entry", "Lexicon", "head_of", "load_lexicon"]

ROLES = frozenset({"event", "dead", "injured", "light", "speech", "claim", "deny", "modal", "toll"})


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line: a word that names an event or plays a role around one."""

    term: str
    pos: str  # "V" or "N"
    type: str | None
    mode: str | None
    role: str
    rest: tuple[str, ...] = ()  # words after the head: particle, fixed object, or noun modifier
    reflexive: bool = False


@dataclass(slots=True)
class Lexicon:
    """Entries indexed by (pos, head lemma), plus mode modifiers by lemma."""

    lang: str
    entries: dict[tuple[str, str], list[Entry]] = field(default_factory=lambda: defaultdict(list))
    modes: dict[str, tuple[str, str]] = field(default_factory=dict)  # lemma -> (type, mode)

    def lookup(self, pos: str, lemma: str) -> list[Entry]:
        return self.entries.get((pos, lemma), [])

    def add(self, entry: Entry) -> None:
        self.entries[(entry.pos, head_of(entry))].append(entry)


def head_of(entry: Entry) -> str:
    """The word an entry is looked up by: its first word ("carry" of "carry out")."""
    return entry.term.split()[0]


def _parse_term(term: str) -> tuple[str, tuple[str, ...], bool]:
    reflexive = term.startswith(("se ", "s'"))
    words = term.replace("s'", "se ", 1).split() if reflexive else term.split()
    if reflexive:
        words = words[1:]
    return words[0], tuple(words[1:]), reflexive


def _read_rows(path: Path | str, text: str) -> list[list[str]]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            raise ConfigError(f"{path}:{n}: expected tab-separated columns")
        rows.append([c.strip() for c in cols])
    return rows


def _entries(path: Path | str, text: str) -> list[Entry]:
    out = []
    for cols in _read_rows(path, text):
        cols += [""] * (5 - len(cols))
        term, pos, typ, mode, role = cols[:5]
        role = role or "event"
        if pos not in {"V", "N"} or role not in ROLES or (typ not in PLOVER_TYPES and typ != "-"):
            raise ConfigError(f"{path}: bad lexicon line {cols!r}")
        head, rest, reflexive = _parse_term(term)
        out.append(
            Entry(
                term=" ".join((head, *rest)),
                pos=pos,
                type=None if typ == "-" else typ,
                mode=mode or None,
                role=role,
                rest=rest,
                reflexive=reflexive,
            )
        )
    return out


@lru_cache(maxsize=8)
def load_lexicon(lang: str, extra: tuple[str, ...] = ()) -> Lexicon:
    """The packaged lexicon for `lang`, extended by user TSV files of the same shape."""
    base = resources.files("vigie") / "data" / "lexicons"
    lex = Lexicon(lang)
    sources: list[tuple[str, str]] = [(f"{lang}.tsv", (base / f"{lang}.tsv").read_text(encoding="utf-8"))]
    for p in extra:
        try:
            sources.append((p, Path(p).read_text(encoding="utf-8")))
        except OSError as e:
            raise ConfigError(f"lexicon file {p}: {e}") from None
    for name, text in sources:
        for entry in _entries(name, text):
            lex.add(entry)
    modes_text = (base / f"modes_{lang}.tsv").read_text(encoding="utf-8")
    for cols in _read_rows(f"modes_{lang}.tsv", modes_text):
        if len(cols) >= 3:
            lex.modes[cols[0]] = (cols[1], cols[2])
    return lex
