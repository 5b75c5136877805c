"""A synthetic store for load benchmarks: many events with news-like distributions, generated in SQL.

Types are skewed as in news (talks and violence dominate), articles arrive in publication order over ten
years (more of them lately) and report events of the days before, actors and places are drawn with Zipf-like
(log-uniform rank) popularity, four events per article whose evidence offsets point into the article text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from ..errors import StoreError
from .db import Store

__all__ = ["TYPE_WEIGHTS", "build_synthetic"]

# share (per cent) of each PLOVER type in the generated store
TYPE_WEIGHTS = (
    ("CONSULT", 20), ("ASSAULT", 18), ("ACCUSE", 10), ("REQUEST", 8), ("SUPPORT", 7), ("AGREE", 6),
    ("COERCE", 6), ("PROTEST", 5), ("THREATEN", 4), ("MOBILIZE", 3), ("AID", 3), ("COOPERATE", 3),
    ("REJECT", 2), ("SANCTION", 2), ("RETREAT", 2), ("CONCEDE", 1),
)  # fmt: skip

Actor = tuple[str, str, str | None, str]  # name, id, country, kind
Place = tuple[str, str, float, float]  # name, country, lat, lon

_PER_ARTICLE = 4


def _rank(n: int, column: str) -> str:
    """SQL for a log-uniform rank in [0, n) from a random column: rank r is drawn about 1/(r+1) often."""
    return f"least({n - 1}, CAST(floor(exp({column} * ln({n + 1}))) - 1 AS INTEGER))"


def build_synthetic(
    path: str, n_events: int, actors: Sequence[Actor], places: Sequence[Place], seed: float = 0.42
) -> int:
    """Create a store at `path` holding `n_events` generated events; return the number written."""
    if n_events <= 0 or not actors or not places:
        raise StoreError("a synthetic store needs a positive number of events, actors and places")
    n_articles = -(-n_events // _PER_ARTICLE)  # published in turn over ten years, busier lately
    cumulative, acc = [], 0
    for name, weight in TYPE_WEIGHTS:
        acc += weight
        cumulative.append((name, acc / 100))
    type_case = " ".join(f"WHEN u_type < {c} THEN '{t}'" for t, c in cumulative[:-1])
    now = datetime.now(UTC).replace(tzinfo=None)
    with Store.open(path) as store, store._op("building a synthetic store") as con:
        con.execute("SET enable_progress_bar = false")
        con.execute("SELECT setseed(?)", [seed])
        con.execute(
            "CREATE TEMP TABLE syn_actors AS SELECT unnest(?::VARCHAR[]) AS name, unnest(?::VARCHAR[]) AS id, "
            "unnest(?::VARCHAR[]) AS country, unnest(?::VARCHAR[]) AS kind, "
            "CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS k",
            [[a[0] for a in actors], [a[1] for a in actors], [a[2] for a in actors], [a[3] for a in actors],
             [a[0] for a in actors]],
        )  # fmt: skip
        con.execute(
            "CREATE TEMP TABLE syn_places AS SELECT unnest(?::VARCHAR[]) AS name, unnest(?::VARCHAR[]) AS country, "
            "unnest(?::DOUBLE[]) AS lat, unnest(?::DOUBLE[]) AS lon, "
            "CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS k",
            [[p[0] for p in places], [p[1] for p in places], [p[2] for p in places], [p[3] for p in places],
             [p[0] for p in places]],
        )  # fmt: skip
        con.execute(
            f"""CREATE TEMP TABLE syn_events AS
            WITH r AS (
                SELECT i, random() AS u_type, random() AS u_src, random() AS u_tgt, random() AS u_place,
                       random() AS u_date, random() AS u_dead, random() AS u_has
                FROM range({n_events}) t(i)),
            typed AS (
                SELECT *, CASE {type_case} ELSE '{cumulative[-1][0]}' END AS event_type,
                       {_rank(len(actors), "u_src")} AS src_k, {_rank(len(actors), "u_tgt")} AS tgt_k,
                       {_rank(len(places), "u_place")} AS place_k FROM r)
            SELECT t.i, 'syn-' || lpad(CAST(t.i // {_PER_ARTICLE} AS VARCHAR), 8, '0') AS article_id,
                   CAST(t.i % {_PER_ARTICLE} AS INTEGER) AS seq, md5(CAST(t.i AS VARCHAR))[:16] AS event_id, t.src_k, t.tgt_k,
                   t.event_type, s.name AS src_name, s.id AS src_id, s.country AS src_country, s.kind AS src_kind,
                   g.name AS tgt_name, g.id AS tgt_id, g.country AS tgt_country, g.kind AS tgt_kind,
                   CASE WHEN u_has < 0.8 THEN p.name END AS place_name,
                   CASE WHEN u_has < 0.8 THEN p.country END AS place_country,
                   CASE WHEN u_has < 0.8 THEN p.lat END AS lat, CASE WHEN u_has < 0.8 THEN p.lon END AS lon,
                   CASE WHEN u_has < 0.95 THEN DATE '2015-01-01' + CAST(floor(sqrt((t.i // {_PER_ARTICLE}) / {n_articles}) * 3652) - floor(pow(u_date, 4) * 30) AS INTEGER) END
                       AS day,
                   CASE WHEN t.event_type = 'ASSAULT' AND u_dead < 0.6 THEN CAST(floor(pow(u_dead, 3) * 60) AS BIGINT)
                   END AS dead,
                   s.name || ' ' || lower(t.event_type) || 's ' || g.name ||
                       CASE WHEN u_has < 0.8 THEN ' in ' || p.name ELSE '' END || ', officials said.' AS sentence
            FROM typed t JOIN syn_actors s ON s.k = t.src_k JOIN syn_actors g ON g.k = t.tgt_k
            JOIN syn_places p ON p.k = t.place_k"""
        )
        con.execute(
            "CREATE TEMP TABLE syn_offsets AS SELECT i, coalesce(sum(length(sentence) + 1) OVER "
            "(PARTITION BY article_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start "
            "FROM syn_events"
        )
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "INSERT INTO articles (article_id, url, title, author, published, language, language_score, status, "
            "source_format, raw_sha256, text_sha256, text, removed, pipeline_version, origin, n_events, ingested_at) "
            "SELECT article_id, 'https://news.invalid/' || article_id, first(sentence ORDER BY seq), NULL, "
            "max(day), 'en', 1.0, 'ok', 'synthetic', md5(article_id), md5(article_id), "
            "string_agg(sentence, ' ' ORDER BY seq), '[]', 'synthetic', 'bench', count(*), ? "
            "FROM syn_events GROUP BY article_id",
            [now],
        )
        con.execute(
            "INSERT INTO events (event_id, article_id, seq, event_type, mode, status, date, date_start, date_end, "
            "date_text, place_text, place_name, place_country, place_admin1, lat, lon, place_precision, dead, "
            "injured, size, approximate, evidence_text, evidence_start, evidence_end, language, confidence, "
            "trigger, mentions) "
            "SELECT e.event_id, e.article_id, e.seq, e.event_type, NULL, 'occurred', CAST(e.day AS VARCHAR), "
            "e.day, e.day, NULL, e.place_name, e.place_name, e.place_country, NULL, e.lat, e.lon, "
            "CASE WHEN e.place_name IS NULL THEN NULL ELSE 'city' END, e.dead, NULL, NULL, false, e.sentence, "
            "o.start, o.start + length(e.sentence), 'en', 0.5 + (e.i % 50) / 100.0, lower(e.event_type), '[]' "
            "FROM syn_events e JOIN syn_offsets o ON o.i = e.i ORDER BY e.i"
        )
        con.execute(
            "INSERT INTO event_actors (event_id, article_id, role, position, text, name, actor_id, country, kind, "
            "char_start, char_end) "
            "SELECT event_id, article_id, 'source', 0, src_name, src_name, src_id, src_country, src_kind, NULL, "
            "NULL FROM syn_events UNION ALL "
            "SELECT event_id, article_id, 'target', 0, tgt_name, tgt_name, tgt_id, tgt_country, tgt_kind, NULL, "
            "NULL FROM syn_events WHERE src_k <> tgt_k"
        )
        con.execute("COMMIT")
        for table in ("syn_events", "syn_offsets", "syn_actors", "syn_places"):
            con.execute(f"DROP TABLE {table}")
        con.execute("CHECKPOINT")
    return n_events
