"""Same happening or not: the pairwise test between two reported events, and incidents as its connected parts.

Two events from different articles are linked when nothing contradicts (type, status, dates, places, actors,
casualty counts) and enough independent evidence agrees; the score is a sum of that evidence:

==========================================  =====
evidence                                    score
==========================================  =====
same day stated by both reports             2
stated dates overlap (within 31 days)       1
dates only from publication windows         0.5
places within reach (point/city)            2
one's town is the other's target, by name   2
same first-level division                   1
same country only                           0.5
shared named actor or group, per role       1.5
compatible generic actor, per role          0.5
same death or injury toll                   1.5
compatible tolls                            0.5
same mode                                   0.5
==========================================  =====

A link needs a score of at least ``THRESHOLD`` (``VERBAL_THRESHOLD`` for statements, calls, accusations, which
also need the same named speaker); generic actors alone ("gunmen") need the same town. Incidents grow from the
strongest links down and never hold two reports of one article (its own step merged its mentions of one
happening already). The result does not depend on the order in which articles arrive, so an incremental
update and a full rebuild agree.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from statistics import median

from ..resolve.dates import fold
from .links import _skeleton

Day = date  # the type, where a field named `date` hides it

__all__ = [
    "THRESHOLD",
    "ActorKey",
    "IncidentSummary",
    "Match",
    "PlaceKey",
    "Report",
    "incident_id",
    "evidence",
    "group",
    "match",
    "summarise",
    "threshold",
    "window",
]

THRESHOLD = 3.5
VERBAL_THRESHOLD = (
    3.0  # a statement: the same named speaker in the same days and country, or about the same target
)
RELATED_THRESHOLD = 2.5  # the two articles already share a happening: their other reports need less
COPY_THRESHOLD = 1.0  # one article copies or translates the other: what agrees is the same report
SLACK = timedelta(days=1)  # time zones and "yesterday" seen from another day
LOOK_BACK_DAYS = 14  # how far apart in publication a copy and its original are looked for
SPREAD = timedelta(days=2)  # how far apart the days of one incident's reports may be
PUBLISHED_WINDOW = timedelta(days=7)  # an undated event happened in the week before publication
MAX_WIDTH = 31  # a season or a year is too loose to say two reports describe one happening
REACH_KM = {"point": 30.0, "city": 40.0, "admin1": 250.0}
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
STATUS_GROUP = {
    "occurred": "real",
    "claimed": "real",
    "denied": "real",
    "announced": "plan",
    "threatened": "plan",
}
STRICT_MODES = frozenset(
    {"COERCE", "CONSULT", "SANCTION", "RETREAT", "ACCUSE", "REQUEST", "REJECT", "THREATEN"}
)  # a mode there names another act
STATE_KINDS = frozenset({"state", "government"})
STATE_SIDES = STATE_KINDS | {"military"}
PLAIN_GROUPS = frozenset(
    {"civilians", "protesters", "people", "residents", "demonstrators", "crowd", "police", "military", "gunmen",
     "militants", "rebels", "government"}
)  # fmt: skip
_PLAIN_HEADS = frozenset(
    {"persons", "personnes", "men", "women", "hommes", "femmes", "individuals", "individus", "forces",
     "security", "authorities", "officials", "group", "groups", "members", "attackers", "assailants", "others"}
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]{3,}")
# function words and the counts of a crowd: "plusieurs milliers d'enseignants" and "plusieurs centaines
# d'agriculteurs" share no one
_STOP = frozenset(
    {"the", "des", "les", "and", "with", "from", "une", "for", "par", "pour", "dans", "plusieurs", "quelques",
     "centaines", "milliers", "dizaines", "millions", "several", "some", "many", "hundreds", "thousands",
     "dozens", "tens", "more", "than", "plus", "moins", "environ", "about", "nearly", "près"}
)  # fmt: skip


@dataclass(slots=True, frozen=True)
class ActorKey:
    """An actor as the matcher compares it."""

    name: str
    text: str = ""
    id: str | None = None
    country: str | None = None
    kind: str = "other"


@dataclass(slots=True, frozen=True)
class PlaceKey:
    """A place as the matcher compares it."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"


@dataclass(slots=True, frozen=True)
class Report:
    """One stored event as one report of a happening."""

    event_id: str
    article_id: str
    event_type: str
    status: str
    mode: str | None = None
    date: str | None = None  # EDTF as extracted
    start: Day | None = None  # bounds of `date`
    end: Day | None = None
    published: Day | None = None
    place: PlaceKey | None = None
    source: tuple[ActorKey, ...] = ()
    target: tuple[ActorKey, ...] = ()
    dead: int | None = None
    injured: int | None = None
    size: int | None = None
    language: str | None = None
    confidence: float = 0.0
    evidence: str = ""
    context: str | None = None  # the country the article is mostly about
    countries: frozenset[str] = (
        frozenset()
    )  # every country the article places an event in or names an actor of


@dataclass(slots=True, frozen=True)
class Match:
    """Why two reports are one happening: the score and the agreeing evidence in words."""

    score: float
    reasons: tuple[str, ...]
    unheard: bool = (
        False  # a statement whose speaker one report does not name: linked only between related articles
    )

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)


@dataclass(slots=True)
class IncidentSummary:
    """An incident's best-filled slots and its counts, from its reports."""

    incident_id: str
    event_type: str
    mode: str | None
    status: str
    date: str | None
    start: Day | None
    end: Day | None
    place: PlaceKey | None
    source: list[ActorKey]
    target: list[ActorKey]
    dead: int | None
    injured: int | None
    size: int | None
    n_reports: int
    n_articles: int
    corroboration: int
    languages: list[str]
    first_report: Day | None
    last_report: Day | None
    best_event_id: str
    why: str
    members: list[str] = field(default_factory=list)


def _stated(r: Report) -> bool:
    """The report's own date is narrow enough to compare."""
    return r.start is not None and r.end is not None and (r.end - r.start).days <= MAX_WIDTH


def window(r: Report) -> tuple[date, date] | None:
    """When the happening may have taken place: its stated date, else the days before publication."""
    if _stated(r):
        assert r.start is not None and r.end is not None
        return r.start, r.end
    if r.start is not None or r.end is not None:
        return None  # "in 2021", "last spring": background, not a happening to merge
    if r.published is not None:
        return r.published - PUBLISHED_WINDOW, r.published
    return None


def _km(a: PlaceKey, b: PlaceKey) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_RANK = {"point": 0, "city": 1, "admin1": 2, "country": 3, "region": 4}


def _places(a: PlaceKey, b: PlaceKey) -> tuple[float, str] | None:
    """(score, reason) for two places, or None when they cannot be the same spot."""
    if a.country and b.country and a.country != b.country:
        return None
    coarse = max(_RANK.get(a.precision, 3), _RANK.get(b.precision, 3))
    label = a.name if _RANK.get(a.precision, 3) <= _RANK.get(b.precision, 3) else b.name
    if coarse <= 1:
        km = _km(a, b)
        if km is None:  # a town the gazetteers do not know is kept by its name alone
            if _skeleton(fold(a.name)) == _skeleton(fold(b.name)):
                return 2.0, f"both in {label}"
            return 0.0, ""  # two names, one without a map position: cannot tell
        if km > REACH_KM["city" if coarse == 1 else "point"]:
            return None
        return 2.0, f"places {km:.0f} km apart ({label})"
    if coarse == 2:
        if a.admin1 and b.admin1 and fold(a.admin1) != fold(b.admin1):
            km = _km(a, b)
            if km is None or km > REACH_KM["admin1"]:
                return None
        return 1.0, f"same region ({label})"
    if a.country and a.country == b.country:
        return 0.5, f"same country ({a.country})"
    return 0.0, ""


def _aimed_at(a: Report, b: Report) -> str:
    """The name of `a`'s place when `b`, placed nowhere, has that place as its target ("the attack on
    Cabaret" / "the attack in Cabaret"), else ""."""
    if a.place is None or b.place is not None or not a.place.name:
        return ""
    key = _skeleton(fold(a.place.name.split()[-1]))
    hit = key and any(key in _proper_names(t) for t in b.target)
    return a.place.name if hit else ""


def _elsewhere(a: Report, b: Report) -> bool:
    """`a` is placed in a country that `b`'s article, which places `b` nowhere, never mentions."""
    country = a.place.country if a.place else None
    return bool(country and b.place is None and b.countries and country not in b.countries)


def _group(actor: ActorKey) -> str:
    """The group a generic actor's name ends on ("tens of thousands of teachers" -> "teachers"), unless it
    names nobody in particular ("people", "civilians", "the police")."""
    words = fold(actor.name).split()
    head = words[-1] if words else ""
    return "" if head in PLAIN_GROUPS or head in _PLAIN_HEADS else head


def _words(actor: ActorKey) -> set[str]:
    return {w for w in _WORD.findall(fold(f"{actor.name} {actor.text}")) if w not in _STOP}


def _specific(a: ActorKey) -> bool:
    """Names one actor (a gazetteer id, a state, a person), not a kind of actor ("gunmen", "the police")."""
    return bool(a.id) or a.kind == "person" or (a.kind in STATE_KINDS and bool(a.country))


def _proper_names(a: ActorKey) -> set[str]:
    """Spelling-tolerant keys of the capitalised words of an actor's text ("Odessa", "Odesa" -> "ads")."""
    return {_skeleton(fold(w)) for w in re.findall(r"\b[A-Z][\w'-]{2,}", a.text)} - {""}


def _same_actor(a: ActorKey, b: ActorKey, same_language: bool) -> str:
    """ "strong": one actor; "weak": compatible words; "conflict": two actors; "": cannot tell."""
    if a.kind in STATE_SIDES and b.kind in STATE_SIDES and a.country and b.country:
        return "strong" if a.country == b.country else "conflict"  # Russia and its army act as one side
    if (
        {a.kind, b.kind} & STATE_SIDES
        and "other" in (a.kind, b.kind)
        and a.country
        and a.country == b.country
    ):
        return "weak"  # "the Turkish side", "son homologue irakien": that state's people, loosely named
    if a.id and b.id:
        return "strong" if a.id == b.id else "conflict"
    if a.kind == "person" and b.kind == "person":
        sa, sb = fold(a.name).split(), fold(b.name).split()
        return "strong" if sa and sb and sa[-1] == sb[-1] else "conflict"
    if a.kind == "other" and b.kind == "other":
        return (
            "strong" if _proper_names(a) & _proper_names(b) else ""
        )  # "Odessa" and "the port city of Odesa"
    if a.kind != b.kind or a.kind == "other" or (a.country and b.country and a.country != b.country):
        return ""  # extraction often names a side loosely: "the attackers", "a village"
    if not _specific(a) and not _specific(b) and (head := _group(a)) and head == _group(b):
        return "strong"  # "teachers" and "tens of thousands of teachers": the same group, named as such
    if _specific(a) or _specific(b) or fold(a.name) == fold(b.name):
        return "weak"
    if a.name not in PLAIN_GROUPS and b.name not in PLAIN_GROUPS and not (_words(a) & _words(b)):
        return "conflict"  # "teachers" and "farmers" are two groups, in any language
    if same_language and not (_words(a) & _words(b)):
        return "conflict"
    return "weak"


def _actors(xs: Sequence[ActorKey], ys: Sequence[ActorKey], same_language: bool) -> str:
    """Best agreement between two actor lists (see `_same_actor`); "" when one side is silent."""
    if not xs or not ys:
        return ""
    found = {_same_actor(x, y, same_language) for x in xs for y in ys}
    for verdict in ("strong", "weak", ""):
        if verdict in found:
            return verdict
    return "conflict"


def _with_context(actors: Sequence[ActorKey], country: str | None) -> tuple[ActorKey, ...]:
    """ "the government", "the army" in an article about one country speak for that country."""
    if not country:
        return tuple(actors)
    return tuple(
        replace(a, country=country)
        if a.kind in ("state", "government", "military", "police") and not a.country
        else a
        for a in actors
    )


def _label(actors: Sequence[ActorKey]) -> str:
    return ", ".join(dict.fromkeys(a.name or a.text for a in actors))


def _tolls(x: int | None, y: int | None, what: str) -> tuple[float, str] | None:
    """(score, reason) for two counts of the dead or injured; None when they cannot be one toll."""
    if x is None or y is None:
        return 0.0, ""
    lo, hi = min(x, y), max(x, y)
    if lo == hi:
        return (1.5 if lo >= 3 else 0.5), f"{what} {lo} in both"  # one or two dead coincide too often
    if hi > 3 * lo + 2:  # a toll may rise as reports come in, not tenfold
        return None
    return 0.5, f"{what} {lo} and {hi}"


def threshold(event_type: str) -> float:
    """The score two reports of this type need without help from the rest of their articles."""
    return VERBAL_THRESHOLD if event_type in VERBAL else THRESHOLD


def evidence(a: Report, b: Report) -> Match | None:
    """What agrees between `a` and `b`, scored; None when something rules out one happening."""
    if a.article_id == b.article_id or a.event_type != b.event_type:
        return None
    group_a, group_b = STATUS_GROUP.get(a.status), STATUS_GROUP.get(b.status)
    if group_a is None or group_b is None or (group_a != group_b and a.event_type != "THREATEN"):
        return None  # a threat made is the same threat, whether its words were coded as made or as future
    if a.event_type in STRICT_MODES and a.mode and b.mode and a.mode != b.mode:
        return None
    wa, wb = window(a), window(b)
    if wa is None or wb is None or wa[0] > wb[1] + SLACK or wb[0] > wa[1] + SLACK:
        return None
    reasons = [f"same {a.event_type.lower()}" + (f" ({a.mode})" if a.mode and a.mode == b.mode else "")]
    score = 0.5 if a.mode and a.mode == b.mode else 0.0
    if _stated(a) and _stated(b):
        assert a.start and b.start
        if a.start == a.end and b.start == b.end:
            if abs((a.start - b.start).days) > 1:
                return None
            same = a.start == b.start
            score += 2.0 if same else 0.5  # the next day: a night attack told twice, or the next day's attack
            reasons.append(f"same day {a.start}" if same else f"days {a.start} and {b.start}")
        elif a.date == b.date:
            score += 2.0
            reasons.append(f"same dates {a.date}")
        else:
            narrow = max((a.end - a.start).days, (b.end - b.start).days) <= 2  # type: ignore[operator]
            score += 1.5 if narrow else 1.0
            reasons.append(f"dates overlap ({a.date} / {b.date})")
    else:
        score += 0.5
        reasons.append("reported the same days")
    if a.place and b.place:
        found = _places(a.place, b.place)
        if found is None:
            return None
        score += found[0]
        if found[1]:
            reasons.append(found[1])
    else:
        ca = a.place.country if a.place and a.place.country else a.context
        cb = b.place.country if b.place and b.place.country else b.context
        if _elsewhere(a, b) or _elsewhere(b, a):
            return None  # a place named in one report, a country the other's whole article never names
        aimed = _aimed_at(a, b) or _aimed_at(b, a)
        if aimed:
            score += 2.0
            reasons.append(f"both in {aimed}")
        elif ca and ca == cb:
            score += 0.5
            reasons.append(f"both about {ca}")
    same_language = a.language == b.language
    speakers = ""
    for role, xs, ys in (("source", a.source, b.source), ("target", a.target, b.target)):
        agree = _actors(_with_context(xs, a.context), _with_context(ys, b.context), same_language)
        if role == "source":
            speakers = agree
        if agree == "conflict":
            return None
        if agree == "strong":
            score += 1.5
            reasons.append(f"same {role}: {_label(xs)}")
        elif agree == "weak":
            score += 0.5
            reasons.append(f"compatible {role}: {_label(xs)} / {_label(ys)}")
    for what, x, y in (("dead", a.dead, b.dead), ("injured", a.injured, b.injured)):
        toll = _tolls(x, y, what)
        if toll is None:
            return None
        score += toll[0]
        if toll[1]:
            reasons.append(toll[1])
    # a statement is one happening when the same speaker makes it, or when nothing else could have made it
    return Match(round(score, 2), tuple(reasons), unheard=a.event_type in VERBAL and not speakers)


def match(a: Report, b: Report, needed: float | None = None) -> Match | None:
    """`evidence` when it reaches `needed` (by default the type's `threshold`), else None."""
    found = evidence(a, b)
    if (
        found is None
        or found.unheard
        or found.score < (threshold(a.event_type) if needed is None else needed)
    ):
        return None
    return found


def group(
    nodes: Sequence[str], links: dict[tuple[str, str], Match], reports: dict[str, Report]
) -> list[list[str]]:
    """Incidents from links: dated reports join through their links; an undated report joins the incident of
    its strongest link to a dated one, so that undated recalls never chain a week of attacks into one."""
    dated = [e for e in nodes if _stated(reports[e])]
    is_dated = set(dated)
    groups = _joined_apart(
        dated, {p: m for p, m in links.items() if p[0] in is_dated and p[1] in is_dated}, reports
    )
    home = {e: i for i, g in enumerate(groups) for e in g}
    arts = [{reports[e].article_id for e in g} for g in groups]
    options: dict[str, list[tuple[float, str]]] = {}
    for (a, b), m in links.items():
        for u, d in ((a, b), (b, a)):
            if u not in is_dated and d in home:
                options.setdefault(u, []).append((-m.score, d))
    placed = set()
    for u in sorted(options):
        for _, d in sorted(
            options[u]
        ):  # the strongest link whose incident has no other report of u's article
            if reports[u].article_id not in arts[home[d]]:
                groups[home[d]].append(u)
                arts[home[d]].add(reports[u].article_id)
                placed.add(u)
                break
    rest = [e for e in nodes if e not in is_dated and e not in placed]
    loose = set(rest)
    groups += _joined_apart(
        rest, {p: m for p, m in links.items() if p[0] in loose and p[1] in loose}, reports
    )
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])


def _joined_apart(
    nodes: Sequence[str], links: dict[tuple[str, str], Match], reports: dict[str, Report]
) -> list[list[str]]:
    """Connected groups built from the strongest links down, never joining two reports of one article: the
    article's own step already merged its mentions of one happening, so two of its events are two happenings."""
    parent: dict[str, str] = {n: n for n in nodes}
    arts: dict[str, set[str]] = {n: {reports[n].article_id} for n in nodes}
    # (latest start, earliest end) of each group's windows: a group's reports must share some days, so a
    # run of daily attacks linked day to day never chains into one incident
    spans: dict[str, tuple[date, date] | None] = {n: window(reports[n]) for n in nodes}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (a, b), _m in sorted(links.items(), key=lambda pm: (-pm[1].score, pm[0])):
        if a not in parent or b not in parent:
            continue
        ra, rb = root(a), root(b)
        if ra == rb or arts[ra] & arts[rb]:
            continue
        sa, sb = spans[ra], spans[rb]
        joint = (max(sa[0], sb[0]), min(sa[1], sb[1])) if sa and sb else sa or sb
        if joint and joint[0] - joint[1] > SPREAD:
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        parent[gone] = keep
        arts[keep] |= arts.pop(gone)
        spans[keep] = joint
    groups: dict[str, list[str]] = {}
    for n in parent:
        groups.setdefault(root(n), []).append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def _first_key(r: Report) -> tuple[date, str]:
    return (r.published or date.max, r.event_id)


def incident_id(reports: Sequence[Report]) -> str:
    """Stable id from the earliest report (publication date, then event id): new later reports keep it."""
    first = min(reports, key=_first_key)
    return "inc-" + hashlib.sha1(first.event_id.encode()).hexdigest()[:12]


def _richness(r: Report) -> float:
    slots = [r.source, r.target, r.place, r.dead, r.injured, r.size, r.mode]
    return sum(1 for s in slots if s) + (1.0 if _stated(r) else 0.0) + r.confidence


def _best_place(reports: Sequence[Report]) -> PlaceKey | None:
    places = [r.place for r in reports if r.place]
    if not places:
        return None
    count = Counter(fold(p.name) for p in places)
    return min(places, key=lambda p: (_RANK.get(p.precision, 3), -count[fold(p.name)], p.name))


def _best_date(reports: Sequence[Report]) -> Report | None:
    dated = [r for r in reports if _stated(r)]
    if not dated:
        return None
    count = Counter(r.date for r in dated)
    return min(dated, key=lambda r: ((r.end - r.start).days, -count[r.date], r.date or ""))  # type: ignore[operator]


def _actors_of(reports: Sequence[Report], role: str) -> list[ActorKey]:
    """The role's actors as most reports give them (a headline's slip is outvoted), then with most ids."""
    lists: list[tuple[ActorKey, ...]] = [getattr(r, role) for r in reports if getattr(r, role)]
    if not lists:
        return []
    votes = Counter(a.id or a.country or fold(a.name) for xs in lists for a in dict.fromkeys(xs))

    def support(xs: tuple[ActorKey, ...]) -> tuple[float, int]:
        return (
            sum(votes[a.id or a.country or fold(a.name)] for a in xs) / len(xs),
            sum(1 for a in xs if a.id),
        )

    return list(lists[max(range(len(lists)), key=lambda i: support(lists[i]))])


def summarise(
    reports: Sequence[Report],
    matches: dict[tuple[str, str], Match],
    groups: dict[str, str] | None = None,
) -> IncidentSummary:
    """One incident from its reports: best-filled slots, counts and why its reports were merged.

    `groups` maps an article id to its republication group (copies and translations share one), so that
    corroboration counts independent sources only.
    """
    if not reports:
        raise ValueError("an incident needs at least one report")
    ordered = sorted(reports, key=_first_key)
    best = max(enumerate(ordered), key=lambda ir: (_richness(ir[1]), -ir[0]))[1]
    types = Counter(r.event_type for r in ordered)
    modes = Counter(r.mode for r in ordered if r.mode)
    statuses = Counter(r.status for r in ordered)
    dated = _best_date(ordered)
    sizes = [r.size for r in ordered if r.size is not None]
    articles = list(dict.fromkeys(r.article_id for r in ordered))
    sources = {(groups or {}).get(a, a) for a in articles}
    published: list[date] = [r.published for r in ordered if r.published]
    why = _why(ordered, matches, len(articles), len(sources))
    return IncidentSummary(
        incident_id=incident_id(ordered),
        event_type=types.most_common(1)[0][0],
        mode=modes.most_common(1)[0][0] if modes else None,
        status=statuses.most_common(1)[0][0],
        date=dated.date if dated else None,
        start=dated.start if dated else None,
        end=dated.end if dated else None,
        place=_best_place(ordered),
        source=_actors_of(ordered, "source"),
        target=_actors_of(ordered, "target"),
        dead=max(
            (r.dead for r in ordered if r.dead is not None), default=None
        ),  # tolls rise as news comes in
        injured=max((r.injured for r in ordered if r.injured is not None), default=None),
        size=int(median(sizes)) if sizes else None,  # crowd estimates differ: the middle one
        n_reports=len(ordered),
        n_articles=len(articles),
        corroboration=len(sources),
        languages=sorted({r.language for r in ordered if r.language}),
        first_report=min(published) if published else None,
        last_report=max(published) if published else None,
        best_event_id=best.event_id,
        why=why,
        members=[r.event_id for r in ordered],
    )


def _why(
    ordered: Sequence[Report], matches: dict[tuple[str, str], Match], n_articles: int, n_sources: int
) -> str:
    if len(ordered) == 1:
        return "single report"
    head = f"{len(ordered)} reports in {n_articles} articles"
    if n_sources != n_articles:
        head += f" ({n_sources} independent: the others are copies or translations)"
    ids = {r.event_id for r in ordered}
    inside = (
        [m for (x, y), m in matches.items() if x in ids and y in ids] if len(matches) < 4 * len(ids) else []
    )
    if not inside:  # given every link of the store: keep those of this incident only
        inside = [m for (x, y), m in matches.items() if x in ids and y in ids]
    if not inside:
        return head
    strongest = max(inside, key=lambda m: m.score)
    return f"{head}; strongest link: {strongest.why}"
