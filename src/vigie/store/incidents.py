"""Store queries and writes of the dedupe step: pending reports, candidates, incidents and article links."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

import duckdb

from ..dedupe.incidents import LOOK_BACK_DAYS, ActorKey, IncidentSummary, PlaceKey, Report

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["IncidentQueries", "ReportRow"]

# event, article, incident, type, window start and end, the place's country (for blocking), why
ReportRow = tuple[str, str, str, str, date | None, date | None, str | None, str]


# where things happen tells what an article is about; statements are often made far away (UN headquarters)
_MATERIAL = ", ".join(
    f"'{t}'" for t in ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "SANCTION", "AID", "RETREAT", "COOPERATE")
)


def _report_select(where: str) -> str:
    """Reports of the events that `where` (over `events e`) selects, with their actors and their article's
    main country (where its material events happen, else whose actors it names most); every join is limited to the selected events and their articles, never the whole store."""
    actor = "{'name': a.name, 'text': a.text, 'id': a.actor_id, 'country': a.country, 'kind': a.kind}"
    return f"""
WITH sel AS (SELECT e.* FROM events e WHERE {where}),
arts AS (SELECT DISTINCT article_id FROM sel),
acts AS (SELECT a.* FROM event_actors a WHERE a.article_id IN (SELECT article_id FROM arts)),
roles AS (SELECT event_id,
                 list({actor} ORDER BY a.position) FILTER (WHERE a.role = 'source') AS source,
                 list({actor} ORDER BY a.position) FILTER (WHERE a.role = 'target') AS target
          FROM acts a WHERE a.event_id IN (SELECT event_id FROM sel) GROUP BY event_id),
place_ctx AS (SELECT article_id, first(place_country ORDER BY n DESC, place_country) AS country FROM
              (SELECT article_id, place_country, count(*) AS n FROM events
               WHERE article_id IN (SELECT article_id FROM arts) AND place_country IS NOT NULL
               AND event_type IN ({_MATERIAL}) GROUP BY ALL)
              GROUP BY article_id),
actor_ctx AS (SELECT article_id, first(country ORDER BY n DESC, country) AS country FROM
              (SELECT article_id, country, count(*) AS n FROM acts WHERE country IS NOT NULL GROUP BY ALL)
              GROUP BY article_id),
named AS (SELECT article_id, list(DISTINCT country ORDER BY country) AS countries FROM
          (SELECT article_id, place_country AS country FROM events
           WHERE article_id IN (SELECT article_id FROM arts) AND place_country IS NOT NULL
           UNION ALL SELECT article_id, country FROM acts WHERE country IS NOT NULL)
          GROUP BY article_id)
SELECT e.event_id, e.article_id, e.event_type, e.status, e.mode, e.date, e.date_start, e.date_end,
       ar.published, e.place_name, e.place_country, e.place_admin1, e.lat, e.lon, e.place_precision,
       e.dead, e.injured, e.size, e.language, e.confidence, e.evidence_text, r.source, r.target,
       coalesce(pc.country, ac.country), nm.countries
FROM sel e JOIN articles ar ON ar.article_id = e.article_id
LEFT JOIN named nm ON nm.article_id = e.article_id
LEFT JOIN roles r ON r.event_id = e.event_id
LEFT JOIN place_ctx pc ON pc.article_id = e.article_id
LEFT JOIN actor_ctx ac ON ac.article_id = e.article_id
ORDER BY e.article_id, e.seq
"""


_INCIDENT_COLUMNS = (
    "incident_id", "event_type", "mode", "status", "date", "date_start", "date_end", "place_name",
    "place_country", "place_admin1", "lat", "lon", "place_precision", "source", "target", "dead", "injured",
    "size", "n_reports", "n_articles", "corroboration", "languages", "first_report", "last_report",
    "best_event_id", "why",
)  # fmt: skip


_INCIDENT_KINDS = (
    "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR", "VARCHAR",
    "DOUBLE", "DOUBLE", "VARCHAR", "VARCHAR", "VARCHAR", "BIGINT", "BIGINT", "BIGINT", "INTEGER", "INTEGER",
    "INTEGER", "VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR",
)  # fmt: skip
_REPORT_KINDS = ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DATE", "DATE", "VARCHAR", "VARCHAR")
_EVENT_LINK_KINDS = ("VARCHAR", "VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "VARCHAR")
_ARTICLE_LINK_KINDS = ("VARCHAR", "VARCHAR", "VARCHAR", "DOUBLE", "VARCHAR")


def _actor_keys(value: Sequence[dict[str, Any]] | None) -> tuple[ActorKey, ...]:
    return tuple(
        ActorKey(a["name"] or "", a["text"] or "", a["id"], a["country"], a["kind"] or "other")
        for a in value or ()
    )


def _report(r: tuple[Any, ...]) -> Report:
    (event_id, article_id, typ, status, mode, edtf, start, end, published, pname, pcountry, padmin1, lat, lon,
     precision, dead, injured, size, language, confidence, evidence, source, target, context, named) = r  # fmt: skip
    place = PlaceKey(pname or "", pcountry, padmin1, lat, lon, precision or "country") if pname else None
    return Report(
        event_id, article_id, typ, status, mode, edtf, start, end, published, place,
        _actor_keys(source), _actor_keys(target), dead, injured, size, language, confidence, evidence, context,
        frozenset(named or ()),
    )  # fmt: skip


def _actor_json(actors: Sequence[ActorKey]) -> str:
    return json.dumps(
        [{"text": a.text, "name": a.name, "id": a.id, "country": a.country, "kind": a.kind} for a in actors],
        ensure_ascii=False,
    )


def incident_row(s: IncidentSummary) -> tuple[Any, ...]:
    """The `incidents` row of a summary."""
    p = s.place
    return (
        s.incident_id, s.event_type, s.mode, s.status, s.date, s.start, s.end,
        p.name if p else None, p.country if p else None, p.admin1 if p else None, p.lat if p else None,
        p.lon if p else None, p.precision if p else None, _actor_json(s.source), _actor_json(s.target),
        s.dead, s.injured, s.size, s.n_reports, s.n_articles, s.corroboration, ",".join(s.languages),
        s.first_report, s.last_report, s.best_event_id, s.why,
    )  # fmt: skip


def _ids(values: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _insert_sql(table: str, kinds: Sequence[str], columns: Sequence[str] = ()) -> str:
    """An INSERT taking its rows as one typed list per column (a bulk step of `Store._in_transaction`)."""
    names = f" ({', '.join(columns)})" if columns else ""
    return f"INSERT INTO {table}{names} SELECT {', '.join(f'unnest(?::{k}[])' for k in kinds)}"


class IncidentQueries:
    """Mixed into `Store`: the reads and the one transactional write of the incident step."""

    _op: Callable[[str], AbstractContextManager[duckdb.DuckDBPyConnection]]
    _check_writable: Callable[[str], None]
    _in_transaction: Callable[[duckdb.DuckDBPyConnection, Sequence[tuple[str, Sequence[Any], bool]]], None]
    _dicts: Callable[..., list[dict[str, Any]]]

    # -- reading ---------------------------------------------------------------------------------

    def pending_reports(self) -> list[Report]:
        """Events of analysed articles that no incident holds yet, by article then order."""
        sql = _report_select("NOT EXISTS (SELECT 1 FROM incident_reports r WHERE r.event_id = e.event_id)")
        with self._op("reading events waiting for incidents") as con:
            return [_report(r) for r in con.execute(sql).fetchall()]

    def reports(self, event_ids: Sequence[str]) -> list[Report]:
        """Reports of these events (unknown ids are skipped)."""
        if not event_ids:
            return []
        sql = _report_select("e.event_id IN (SELECT unnest(?::VARCHAR[]))")
        with self._op("reading reports") as con:
            return [_report(r) for r in con.execute(sql, [_ids(event_ids)]).fetchall()]

    def candidate_pairs(
        self, pending: Sequence[tuple[str, str, str, date, date, str | None]], slack_days: int
    ) -> list[tuple[str, str]]:
        """(pending event, other event) of one type, other articles and overlapping windows.

        `pending` rows are (event_id, article_id, event_type, window start, window end, place country); the
        others are the
        events already placed in incidents and the pending ones themselves (each pair once).
        """
        if not pending:
            return []
        cols = list(zip(*pending, strict=True))
        with self._op("finding candidate reports") as con:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE vigie_pending AS SELECT unnest(?::VARCHAR[]) AS event_id, "
                "unnest(?::VARCHAR[]) AS article_id, unnest(?::VARCHAR[]) AS event_type, "
                "unnest(?::DATE[]) AS ws, unnest(?::DATE[]) AS we, unnest(?::VARCHAR[]) AS country",
                [list(c) for c in cols],
            )
            overlap = (
                "o.event_type = p.event_type AND o.article_id <> p.article_id "
                "AND (o.country IS NULL OR p.country IS NULL OR o.country = p.country) "
                f"AND o.ws <= p.we + INTERVAL {int(slack_days)} DAY AND p.ws <= o.we + INTERVAL {int(slack_days)} DAY"
            )
            rows = con.execute(
                "SELECT p.event_id, o.event_id FROM vigie_pending p JOIN "
                "(SELECT event_id, article_id, event_type, win_start AS ws, win_end AS we, country FROM incident_reports "
                "WHERE win_start IS NOT NULL) o "
                f"ON {overlap} "
                "UNION ALL SELECT p.event_id, o.event_id FROM vigie_pending p JOIN vigie_pending o "
                f"ON {overlap} AND p.event_id < o.event_id"
            ).fetchall()
            con.execute("DROP TABLE IF EXISTS vigie_pending")
        return [(str(a), str(b)) for a, b in rows]

    def type_counts(self, article_ids: Sequence[str]) -> dict[tuple[str, str], int]:
        """(article, event type) -> how many events of that type the article holds."""
        if not article_ids:
            return {}
        with self._op("counting event types") as con:
            rows = con.execute(
                "SELECT article_id, event_type, count(*) FROM events WHERE article_id IN "
                "(SELECT unnest(?::VARCHAR[])) GROUP BY ALL",
                [_ids(article_ids)],
            ).fetchall()
        return {(str(a), str(t)): int(n) for a, t, n in rows}

    def stale_incidents(self) -> list[str]:
        """Incidents whose reports changed since they were summarised."""
        with self._op("reading stale incidents") as con:
            return [
                str(r[0]) for r in con.execute("SELECT incident_id FROM incidents WHERE stale").fetchall()
            ]

    def incident_of(self, event_ids: Sequence[str]) -> dict[str, str]:
        """Event id -> incident id, for the events already placed."""
        if not event_ids:
            return {}
        with self._op("reading incident reports") as con:
            rows = con.execute(
                "SELECT event_id, incident_id FROM incident_reports WHERE event_id IN (SELECT unnest(?::VARCHAR[]))",
                [_ids(event_ids)],
            ).fetchall()
        return {str(e): str(i) for e, i in rows}

    def incident_members(self, incident_ids: Sequence[str]) -> list[str]:
        """Event ids of the reports of these incidents."""
        if not incident_ids:
            return []
        with self._op("reading incident members") as con:
            rows = con.execute(
                "SELECT event_id FROM incident_reports WHERE incident_id IN (SELECT unnest(?::VARCHAR[]))",
                [_ids(incident_ids)],
            ).fetchall()
        return [str(r[0]) for r in rows]

    def event_links(self, event_ids: Sequence[str]) -> list[tuple[str, str, float, str]]:
        """Stored links (a, b, score, why) touching these events."""
        if not event_ids:
            return []
        with self._op("reading event links") as con:
            rows = con.execute(
                "WITH ids AS (SELECT unnest(?::VARCHAR[]) AS id) "
                "SELECT a, b, score, why FROM event_links WHERE a IN (SELECT id FROM ids) "
                "UNION SELECT a, b, score, why FROM event_links WHERE b IN (SELECT id FROM ids)",
                [_ids(event_ids)],
            ).fetchall()
        return [(str(a), str(b), float(s), str(w)) for a, b, s, w in rows]

    def article_links_among(self, article_ids: Sequence[str]) -> list[tuple[str, str]]:
        """Copy and translation links between articles of this set."""
        if not article_ids:
            return []
        with self._op("reading article links") as con:
            rows = con.execute(
                "WITH ids AS (SELECT unnest(?::VARCHAR[]) AS id) SELECT a, b FROM article_links "
                "WHERE a IN (SELECT id FROM ids) AND b IN (SELECT id FROM ids)",
                [_ids(article_ids)],
            ).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    # -- article links ---------------------------------------------------------------------------

    def articles_without_keys(self) -> list[str]:
        """Analysed articles the republication step has not seen yet."""
        with self._op("reading articles waiting for links") as con:
            rows = con.execute(
                "SELECT article_id FROM articles ar WHERE status = 'ok' AND NOT EXISTS "
                "(SELECT 1 FROM article_keys k WHERE k.article_id = ar.article_id) ORDER BY article_id"
            ).fetchall()
        return [str(r[0]) for r in rows]

    def article_candidates(
        self, keys: Mapping[str, Sequence[str]], minimum: int = 2, days: int = LOOK_BACK_DAYS, limit: int = 50
    ) -> list[tuple[str, str]]:
        """(article, other) pairs, each once, where `keys` gives the blocking keys of new articles: pairs
        sharing at least `minimum` keys (with a stored article or another new one) and published within
        `days` (or undated); at most `limit` others per article, those sharing most first."""
        pairs = [(k, a) for a in keys for k in dict.fromkeys(keys[a]) if k]
        if not pairs:
            return []
        with self._op("finding republication candidates") as con:
            rows = con.execute(
                "WITH mine AS (SELECT unnest(?::VARCHAR[]) AS key, unnest(?::VARCHAR[]) AS article_id), "
                # only articles published near the new ones are read: the cost follows the new articles'
                # days, not the length of the archive
                "span AS (SELECT CASE WHEN count(*) = count(published) THEN min(published) END AS lo, "
                "max(published) AS hi FROM articles WHERE article_id IN (SELECT article_id FROM mine)), "
                "near_ids AS (SELECT a.article_id FROM articles a, span WHERE span.lo IS NULL "
                f"OR a.published IS NULL OR a.published BETWEEN span.lo - INTERVAL {int(days)} DAY "
                f"AND span.hi + INTERVAL {int(days)} DAY), "
                "every AS (SELECT key, article_id FROM article_keys WHERE key IN (SELECT key FROM mine) "
                "AND article_id IN (SELECT article_id FROM near_ids) "
                "UNION ALL SELECT key, article_id FROM mine), "
                "shared AS (SELECT m.article_id AS a, k.article_id AS b, count(DISTINCT k.key) AS n "
                "FROM mine m JOIN every k ON k.key = m.key AND k.article_id <> m.article_id "
                "GROUP BY ALL HAVING n >= ?), "
                "near AS (SELECT s.a, s.b, s.n FROM shared s JOIN articles x ON x.article_id = s.a "
                "JOIN articles y ON y.article_id = s.b WHERE x.published IS NULL OR y.published IS NULL "
                f"OR abs(date_diff('day', x.published, y.published)) <= {int(days)} "
                "QUALIFY row_number() OVER (PARTITION BY s.a ORDER BY s.n DESC, s.b) <= ?) "
                "SELECT DISTINCT least(a, b), greatest(a, b) FROM near ORDER BY 1, 2",
                [[k for k, _ in pairs], [a for _, a in pairs], minimum, limit],
            ).fetchall()
        return [(str(a), str(b)) for a, b in rows]

    def write_keys_and_links(
        self, keys: Mapping[str, Sequence[str]], links: Sequence[tuple[str, str, str, float, str]]
    ) -> None:
        """Record the blocking keys of new articles (an empty marker key for one with none) and the (a, b,
        kind, score, why) links found for them, replacing earlier verdicts on the same pairs, in one
        transaction: an interrupted step leaves the articles pending, never keyed but unlinked."""
        self._check_writable("writing article keys and links")
        ids = list(keys)
        pairs = [(k, a) for a in ids for k in (_ids([k for k in keys[a] if k]) or [""])]
        steps: list[tuple[str, Sequence[Any], bool]] = [
            ("DELETE FROM article_keys WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids], False),
            (_insert_sql("article_keys", ("VARCHAR", "VARCHAR")), pairs, True),
        ]
        if links:
            steps += [
                (
                    "DELETE FROM article_links WHERE (least(a, b), greatest(a, b)) IN "
                    "(SELECT (least(x, y), greatest(x, y)) FROM (SELECT unnest(?::VARCHAR[]) AS x, "
                    "unnest(?::VARCHAR[]) AS y))",
                    [[x[0] for x in links], [x[1] for x in links]],
                    False,
                ),
                (_insert_sql("article_links", _ARTICLE_LINK_KINDS), links, True),
            ]
        with self._op("writing article keys and links") as con:
            self._in_transaction(con, steps)

    # -- the incident write ----------------------------------------------------------------------

    def replace_incidents(
        self,
        old_incidents: Sequence[str],
        summaries: Sequence[IncidentSummary],
        report_rows: Sequence[ReportRow],
        new_links: Sequence[tuple[str, str, str, str, float, str]],
    ) -> None:
        """Swap old incidents for recomputed ones and record the new links, all in one transaction."""
        self._check_writable("writing incidents")
        members = [r[0] for r in report_rows]
        delete = "DELETE FROM {} WHERE {} IN (SELECT unnest(?::VARCHAR[]))"
        steps: list[tuple[str, Sequence[Any], bool]] = [
            (delete.format("incidents", "incident_id"), [_ids(old_incidents)], False),
            (delete.format("incidents", "incident_id"), [[s.incident_id for s in summaries]], False),
            (delete.format("incident_reports", "event_id"), [members], False),
            (_insert_sql("event_links", _EVENT_LINK_KINDS), new_links, True),
            (_insert_sql("incident_reports", _REPORT_KINDS), report_rows, True),
            (
                _insert_sql("incidents", _INCIDENT_KINDS, _INCIDENT_COLUMNS),
                [incident_row(s) for s in summaries],
                True,
            ),
        ]
        with self._op("writing incidents") as con:
            self._in_transaction(con, steps)

    def clear_incidents(self) -> None:
        """Forget every incident, event link and article link (they are derived data; `rebuild` redoes them)."""
        self._check_writable("clearing incidents")
        tables = ("incidents", "incident_reports", "event_links", "article_links", "article_keys")
        with self._op("clearing incidents") as con:
            self._in_transaction(con, [(f"DELETE FROM {t}", [], False) for t in tables])

    # -- queries for the CLI and the API ---------------------------------------------------------

    def incidents(
        self,
        *,
        types: Sequence[str] = (),
        country: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        min_reports: int = 1,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Incidents matching the filters, most corroborated first."""
        parts, params = ["n_reports >= ?"], [min_reports]  # type: list[str], list[Any]
        if types:
            parts.append("list_contains(?::VARCHAR[], event_type)")
            params.append([t.upper() for t in types])
        if country:
            parts.append("place_country = ?")
            params.append(country.upper())
        if date_from:
            parts.append("coalesce(date_end, last_report) >= ?")
            params.append(date_from)
        if date_to:
            parts.append("coalesce(date_start, first_report) <= ?")
            params.append(date_to)
        sql = (
            f"SELECT * EXCLUDE (stale) FROM incidents WHERE {' AND '.join(parts)} "
            "ORDER BY corroboration DESC, n_reports DESC, coalesce(date_start, first_report) DESC, incident_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if offset:
            sql += f" OFFSET {int(offset)}"
        with self._op("reading incidents") as con:
            return [_incident_dict(r) for r in self._dicts(con, sql, params)]

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident with its reports (article, language, evidence, how it joined)."""
        with self._op(f"reading incident {incident_id}") as con:
            found = self._dicts(
                con, "SELECT * EXCLUDE (stale) FROM incidents WHERE incident_id = ?", [incident_id]
            )
            if not found:
                return None
            reports = self._dicts(
                con,
                "SELECT r.event_id, r.article_id, ar.title, ar.url, ar.published, e.language, e.event_type, "
                "e.mode, e.status, e.date, e.place_name, e.dead, e.injured, e.size, e.evidence_text, "
                "e.evidence_start, e.evidence_end, e.confidence, r.why FROM incident_reports r "
                "JOIN events e ON e.event_id = r.event_id JOIN articles ar ON ar.article_id = r.article_id "
                "WHERE r.incident_id = ? ORDER BY ar.published NULLS LAST, r.article_id, e.seq",
                [incident_id],
            )
            links = self._dicts(
                con,
                "WITH arts AS (SELECT DISTINCT article_id FROM incident_reports WHERE incident_id = ?) "
                "SELECT a, b, kind, score, why FROM article_links WHERE a IN (SELECT * FROM arts) "
                "AND b IN (SELECT * FROM arts) ORDER BY a, b",
                [incident_id],
            )
        record = _incident_dict(found[0])
        record["reports"] = [_plain(r) for r in reports]
        record["article_links"] = [_plain(r) for r in links]
        return record

    def incident_ids(self, event_ids: Sequence[str]) -> dict[str, str]:
        """Event id -> incident id (public name of `incident_of`, for exports)."""
        return self.incident_of(event_ids)

    def article_links(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Copy and translation links, all or those of one article."""
        sql, params = "SELECT a, b, kind, score, why FROM article_links", []  # type: str, list[Any]
        if article_id is not None:
            sql += " WHERE a = ? OR b = ?"
            params = [article_id, article_id]
        with self._op("reading article links") as con:
            return [_plain(r) for r in self._dicts(con, sql + " ORDER BY a, b", params)]

    def incident_counts(self) -> dict[str, int]:
        """How many incidents, multi-report incidents and article links the store holds."""
        with self._op("counting incidents") as con:
            row = con.execute(
                "SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM incidents WHERE n_reports > 1), "
                "(SELECT count(*) FROM article_links), "
                "(SELECT count(*) FROM events e WHERE NOT EXISTS "
                "(SELECT 1 FROM incident_reports r WHERE r.event_id = e.event_id))"
            ).fetchone()
        assert row is not None
        return {"incidents": row[0], "merged": row[1], "article_links": row[2], "pending_events": row[3]}


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def _incident_dict(row: dict[str, Any]) -> dict[str, Any]:
    """An incident record: slots, place object, actor lists, counts."""
    r = _plain(row)
    place = None
    if r.pop("place_name") is not None:
        place = {
            "name": row["place_name"],
            "country": r.pop("place_country"),
            "admin1": r.pop("place_admin1"),
            "lat": r.pop("lat"),
            "lon": r.pop("lon"),
            "precision": r.pop("place_precision"),
        }
    else:
        for k in ("place_country", "place_admin1", "lat", "lon", "place_precision"):
            r.pop(k)
    r["location"] = place
    r["source"] = json.loads(row["source"])
    r["target"] = json.loads(row["target"])
    r["languages"] = [x for x in row["languages"].split(",") if x]
    return r


def iter_chunks(values: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    """Slices of at most `size` values."""
    for i in range(0, len(values), size):
        yield values[i : i + size]
