"""The incremental dedupe step over a store: link new articles to their originals, attach new events to incidents.

Only pending work is read: articles without blocking keys, events without an incident, incidents marked stale
because an article was rewritten. The cost follows the new articles and the incidents they touch, not the store;
running it on an empty incident table (`rebuild`) gives the same incidents.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..types import Event
from .incidents import (
    COPY_THRESHOLD,
    RELATED_THRESHOLD,
    SLACK,
    Match,
    Report,
    evidence,
    group,
    summarise,
    threshold,
    window,
)

if TYPE_CHECKING:
    from ..store import Store
    from .links import Embedder, Fingerprint

__all__ = ["UpdateResult", "rebuild", "update"]

log = logging.getLogger("vigie.dedupe")


@dataclass(slots=True)
class UpdateResult:
    """What one update did."""

    articles: int = 0  # articles compared for republication
    article_links: int = 0
    events: int = 0  # events placed
    event_links: int = 0
    incidents: int = 0  # incidents written (new or recomputed)


def update(
    store: Store, embedder: Embedder | None = None, progress: Callable[[str], None] | None = None
) -> UpdateResult:
    """Do every pending dedupe job of the store; safe to interrupt and run again."""
    result = UpdateResult()
    _link_articles(store, embedder, result)
    _place_events(store, result)
    if progress:
        progress(
            f"dedupe: {result.events} events placed in {result.incidents} incidents, "
            f"{result.article_links} republication links"
        )
    return result


def rebuild(store: Store, embedder: Embedder | None = None) -> UpdateResult:
    """Forget all incidents and links and compute them again from the stored events."""
    store.clear_incidents()
    return update(store, embedder)


# ------------------------------------------------------------------------------------ article links


def _fingerprints(store: Store, article_ids: Sequence[str], cache: dict[str, Fingerprint | None]) -> None:
    """Fingerprint the articles not yet in `cache`, reading their texts and events in two queries."""
    from .links import fingerprint

    todo = [a for a in dict.fromkeys(article_ids) if a not in cache]
    if not todo:
        return
    events: dict[str, list[Event]] = {}
    for record in store.iter_events(articles=todo):
        events.setdefault(record["article_id"], []).append(Event.from_dict(record))
    for article in store.load_articles(todo):
        cache[article.id] = fingerprint(article, events.get(article.id, []))
    for a in todo:
        cache.setdefault(a, None)


def _link_articles(store: Store, embedder: Embedder | None, result: UpdateResult) -> None:
    from .links import blocking_keys, compare

    pending = store.articles_without_keys()
    if not pending:
        return
    cache: dict[str, Fingerprint | None] = {}
    _fingerprints(store, pending, cache)
    keys = {a: blocking_keys(fp) if (fp := cache[a]) else [] for a in pending}
    result.articles += len(pending)
    pairs = store.article_candidates(keys)
    _fingerprints(store, [x for pair in pairs for x in pair], cache)
    links = []
    for a, b in pairs:
        fa, fb = cache[a], cache[b]
        if fa is not None and fb is not None and (link := compare(fa, fb, embedder)) is not None:
            links.append((link.a, link.b, link.kind, link.score, link.why))
    store.write_keys_and_links(keys, links)
    result.article_links += len(links)


# ------------------------------------------------------------------------------------ incidents


def _place_events(store: Store, result: UpdateResult) -> None:
    pending = store.pending_reports()
    stale = store.stale_incidents()
    if not pending and not stale:
        return
    windows = {r.event_id: window(r) for r in pending}
    rows = [
        (r.event_id, r.article_id, r.event_type, w[0], w[1], _country(r))
        for r in pending
        if (w := windows[r.event_id])
    ]
    pairs = store.candidate_pairs(rows, SLACK.days)
    reports = {r.event_id: r for r in pending}
    reports.update({r.event_id: r for r in store.reports([b for _, b in pairs if b not in reports])})
    new_links = _decide(pairs, reports, store)
    placed = store.incident_of([b for pair in new_links for b in pair if b not in windows])
    touched = sorted(set(placed.values()) | set(stale))
    members = store.incident_members(touched)
    # one hop further: an undated report chooses among all its links, so every incident it links to is redone
    hop = {x for a, b, _, _ in store.event_links(members) for x in (a, b)} - set(members)
    extra = set(store.incident_of(sorted(hop)).values()) - set(touched)
    if extra:
        touched = sorted(set(touched) | extra)
        members = store.incident_members(touched)
    nodes = sorted(set(members) | set(windows))
    missing = [e for e in nodes if e not in reports]
    reports.update({r.event_id: r for r in store.reports(missing)})
    nodes = [e for e in nodes if e in reports]  # an event deleted with its article is gone
    links = dict(new_links)
    for a, b, score, why in store.event_links(nodes):
        links.setdefault((min(a, b), max(a, b)), Match(score, (why,)))
    node_set = set(nodes)
    edges = [pair for pair in links if pair[0] in node_set and pair[1] in node_set]
    groups = _republication_groups(store, sorted({reports[e].article_id for e in nodes}))
    best: dict[str, tuple[float, str, str]] = {}  # event -> its strongest link (score, other event, why)
    for a, b in edges:
        m = links[(a, b)]
        for x, y in ((a, b), (b, a)):
            if x not in best or (m.score, y) > best[x][:2]:
                best[x] = (m.score, y, m.why)
    summaries, report_rows = [], []
    for comp in group(nodes, {pair: links[pair] for pair in edges}, reports):
        members_of = [reports[e] for e in comp]
        inside = {
            pair: links[pair]
            for e in comp
            if e in best
            for pair in [(min(e, best[e][1]), max(e, best[e][1]))]
        }
        summary = summarise(members_of, inside, groups)
        summaries.append(summary)
        for r in members_of:
            w = windows.get(r.event_id) or window(r)
            report_rows.append(
                (r.event_id, r.article_id, summary.incident_id, r.event_type,
                 w[0] if w else None, w[1] if w else None, _country(r), _joined(r, comp, best, reports))
            )  # fmt: skip
    link_rows = [
        (a, b, reports[a].article_id, reports[b].article_id, m.score, m.why)
        for (a, b), m in sorted(new_links.items())
    ]
    store.replace_incidents(touched, summaries, report_rows, link_rows)
    result.events += len(pending)
    result.event_links += len(link_rows)
    result.incidents += len(summaries)


def _decide(
    pairs: Sequence[tuple[str, str]], reports: dict[str, Report], store: Store
) -> dict[tuple[str, str], Match]:
    """Links among candidate pairs. Reports of two articles that already share a happening, or of an article
    and its copy or translation, need less evidence than reports of unrelated articles."""
    scored: dict[tuple[str, str], Match] = {}
    for a, b in pairs:
        if a in reports and b in reports and (found := evidence(reports[a], reports[b])) is not None:
            scored[(min(a, b), max(a, b))] = found

    def articles(pair: tuple[str, str]) -> tuple[str, str]:
        x, y = reports[pair[0]].article_id, reports[pair[1]].article_id
        return (x, y) if x < y else (y, x)

    sharing = {
        articles(p): p
        for p, m in sorted(scored.items())
        if m.score >= threshold(reports[p[0]].event_type) and not m.unheard
    }
    support: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for p, m in sorted(scored.items()):
        if m.score >= RELATED_THRESHOLD + 0.5:
            support.setdefault(articles(p), []).append(p)
    for arts, fair in support.items():  # two fair agreements between two articles also make them related
        if arts not in sharing and len({x for p in fair for x in p}) >= 4:
            sharing[arts] = fair[0]
    ids = sorted({x for p in scored for x in articles(p)})
    copies = {(min(x, y), max(x, y)) for x, y in store.article_links_among(ids)}
    counts = store.type_counts(ids)
    out: dict[tuple[str, str], Match] = {}
    for pair, m in scored.items():
        arts = articles(pair)
        if arts in copies and m.score >= COPY_THRESHOLD:
            out[pair] = Match(m.score, (*m.reasons, "one article copies or translates the other"))
        elif m.score >= threshold(reports[pair[0]].event_type) and not m.unheard:
            out[pair] = m
        elif (
            arts in sharing
            and not _two_speakers(m, reports[pair[0]], reports[pair[1]])
            and (
                m.score >= RELATED_THRESHOLD
                or m.score >= COPY_THRESHOLD
                and not m.unheard
                and all(counts.get((reports[e].article_id, reports[e].event_type)) == 1 for e in pair)
            )
        ):  # in two articles about one happening, the only curfew of each is one curfew
            other = reports[sharing[arts][0]]
            out[pair] = Match(
                m.score, (*m.reasons, f"the articles already share the {other.event_type.lower()}")
            )
    return out


def _two_speakers(m: Match, a: Report, b: Report) -> bool:
    """Two statements whose named speakers cannot be told to be one ("rights groups" urged, "the displaced"
    called on): related articles do not make them one statement."""
    return m.unheard and bool(a.source) and bool(b.source)


def _country(r: Report) -> str | None:
    """The country of the report's place: reports placed in two countries are never compared."""
    return r.place.country if r.place else None


def _republication_groups(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """Article id -> the first article of its copy/translation group."""
    parent = {a: a for a in article_ids}
    for a, b in store.article_links_among(article_ids):
        ra, rb = parent[a], parent[b]
        while parent[ra] != ra:
            ra = parent[ra]
        while parent[rb] != rb:
            rb = parent[rb]
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    out = {}
    for a in article_ids:
        r = a
        while parent[r] != r:
            r = parent[r]
        out[a] = r
    return out


def _joined(
    r: Report, comp: Sequence[str], best: dict[str, tuple[float, str, str]], reports: dict[str, Report]
) -> str:
    """How a report joined its incident: its strongest link to another report, or why it stands alone."""
    if r.event_id not in best:
        return "single report" if len(comp) == 1 else "linked through other reports"
    score, other, why = best[r.event_id]
    return f"with {reports[other].article_id} (score {score:g}): {why}"
