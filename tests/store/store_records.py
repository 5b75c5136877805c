"""Hand-built articles, events and quotes for the store tests (also imported by the crash-test child)."""

from __future__ import annotations

import hashlib

from vigie.types import Actor, Article, Event, Evidence, Place, Quote, Removal

USA = Actor("États-Unis", "United States", "USA", "USA", "state", 4, 14)
IRAN = Actor("l'Iran", "Iran", "IRN", "IRN", "state")
MILITIA = Actor("Kataeb Hezbollah", "Kataib Hezbollah", "KH", "IRQ", "militia")
ODD = Actor('O\'Brien "le 100%_sûr"', 'O\'Brien "100%_sure"', None, None, "person")
BAGHDAD = Place("Bagdad", "Baghdad", "IRQ", "Baghdad", 33.3152, 44.3661, "city")
ERBIL = Place("à Erbil", "Erbil", "IRQ", "Erbil", 36.19, 44.01, "city")


def sha(text: str) -> str:
    """Hex SHA-256 of a text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article(article_id: str, text: str = "Texte de l'article.", **kw: object) -> Article:
    """An article with hashes filled in."""
    values: dict[str, object] = {
        "language": "fr",
        "title": f"Titre {article_id}",
        "published": "2021-02-25",
        "url": f"https://example.org/{article_id}",
        "author": "Rédaction",
        "removed": [Removal("share", "Partager sur Facebook"), Removal("duplicate", "Légende photo")],
        "language_score": 0.98,
        "source_format": "html",
        "raw_sha256": sha("raw:" + text),
        "text_sha256": sha(text),
        "origin": f"corpus/{article_id}.html",
    }
    values.update(kw)
    return Article(article_id, text, **values)  # type: ignore[arg-type]


def event(article_id: str, n: int, **kw: object) -> Event:
    """An event with every field set; override any with keywords."""
    evidence = Evidence(f"Phrase {n} : les États-Unis ont frappé Bagdad.", 10 * n, 10 * n + 40)
    values: dict[str, object] = {
        "article_id": article_id,
        "event_id": f"{article_id}#e{n}",
        "event_type": "ASSAULT",
        "mode": "aerial",
        "status": "occurred",
        "source": [USA],
        "target": [MILITIA, IRAN],
        "date": "2021-02-25",
        "date_text": "jeudi",
        "location": BAGHDAD,
        "dead": 3,
        "injured": 7,
        "size": None,
        "quote": None,
        "evidence": evidence,
        "language": "fr",
        "confidence": 0.81234,
        "trigger": "frappé",
        "approximate": False,
    }
    values.update(kw)
    return Event(**values)  # type: ignore[arg-type]


def quote(article_id: str, n: int, speaker: Actor | None = USA, direct: bool = True) -> Quote:
    """A quote whose offsets depend on `n`."""
    evidence = Evidence(f"« Nous répondrons {n} », a dit Washington.", 100 * n, 100 * n + 40)
    return Quote(
        article_id, f"Nous répondrons {n}", speaker, evidence, "fr", direct, 100 * n + 2, 100 * n + 20
    )


def stored(e: Event, incident_id: str | None = None) -> dict[str, object]:
    """The record the store gives back for an event: the extract record plus its incident id."""
    return e.to_dict() | {"incident_id": incident_id}


def records(i: int, version: str = "v1") -> tuple[Article, list[Event], list[Quote]]:
    """Deterministic article number `i` for a pipeline `version`: sizes and ids differ between versions."""
    aid = f"art-{i:03d}"
    n_events = 30 + (i % 7) if version == "v1" else 12 + (i % 5)
    quotes = [quote(aid, k, speaker=IRAN if k % 2 else None) for k in range(4 if version == "v1" else 2)]
    events = [
        event(
            aid,
            k,
            event_id=f"{aid}#{version}#e{k}",
            source=[USA, ODD][: 1 + k % 2],
            target=[MILITIA] * (k % 3),
            quote=quotes[k % len(quotes)] if k % 4 == 0 else None,
            date=f"2021-{1 + k % 12:02d}",
            trigger=version,
        )
        for k in range(n_events)
    ]
    text = f"{version} article {i} " + "texte " * 50
    return article(aid, text), events, quotes


def table_counts(store: object) -> dict[str, int]:
    """Row count of every data table, read through the store's own connection."""
    con = store._con  # type: ignore[attr-defined]
    tables = ("articles", "events", "event_actors", "quotes")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
