"""`vigie bench resolve`: score the actor, place and date resolvers on the labelled mentions of data/resolve,
each resolved on its own with the context its line gives (publication date, anchor, article countries)."""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import MalformedInput
from ..resolve.actors import ActorResolver
from ..resolve.dates import ResolvedDate, edtf_interval, resolve_date
from ..resolve.places import PlaceResolver
from ..types import Actor, Place

__all__ = [
    "CATEGORIES",
    "TOLERANCE_KM",
    "CategoryScore",
    "ResolveError",
    "ResolveReport",
    "Tally",
    "actor_right",
    "date_right",
    "format_resolve",
    "haversine_km",
    "load_mentions",
    "mention_file",
    "place_right",
    "precision_class",
    "run_resolve",
]

CATEGORIES = ("actors", "places", "dates")
TOLERANCE_KM = 25.0  # a point or city is right within this distance of the expected coordinates
ACTOR_KINDS = frozenset(
    [
        "state",
        "government",
        "military",
        "police",
        "militia",
        "rebel",
        "party",
        "igo",
        "ngo",
        "media",
        "civilians",
        "person",
        "other",
    ]
)
PRECISIONS = ("point", "city", "admin1", "region", "country")
# precisions that may stand for one another: a point and a city, an admin1 area and a region
_PRECISION_CLASS = {
    "point": "local",
    "city": "local",
    "admin1": "area",
    "region": "area",
    "country": "country",
}
_ISO3 = re.compile(r"[A-Z]{3}")
_SOURCE = re.compile(r"seed|written|(?:gv|gsr):\S+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# ------------------------------------------------------------------ the labelled mentions
def mention_file(category: str) -> Path:
    """The packaged file of one category (actors, places or dates)."""
    return Path(str(resources.files("vigie") / "data" / "resolve" / f"{category}.jsonl"))


def _fail(where: str, reason: str) -> MalformedInput:
    return MalformedInput(where, reason)


def _check_iso3(where: str, value: Any, *, many: bool = False) -> None:
    values = value if many and isinstance(value, list) else [value]
    if many and isinstance(value, list) and not value:
        raise _fail(where, "an empty country list")
    for v in values:
        if v is not None and not (isinstance(v, str) and _ISO3.fullmatch(v)):
            raise _fail(where, f"country {v!r} is not an ISO 3166-1 alpha-3 code")


def _check_day(where: str, value: Any, what: str) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise _fail(where, f"{what} {value!r} is not YYYY-MM-DD")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _fail(where, f"{what} {value!r} is no calendar day") from None


def _check_edtf(where: str, value: Any, what: str) -> None:
    if value is not None and (not isinstance(value, str) or edtf_interval(value) is None):
        raise _fail(where, f"{what} {value!r} is not an EDTF day, month, season, year or interval")


def _check_actor(where: str, exp: Any) -> None:
    if not isinstance(exp, dict) or "id" not in exp:
        raise _fail(where, "an actor expectation is an object with an 'id' (null for generic actors)")
    if exp["id"] is not None and not (isinstance(exp["id"], str) and ":" in exp["id"]):
        raise _fail(where, f"actor id {exp['id']!r} is not scheme:name")
    if exp.get("kind") not in ACTOR_KINDS:
        raise _fail(where, f"actor kind {exp.get('kind')!r} is not one of EVENT_RECORD.md's kinds")
    _check_iso3(where, exp.get("country"))
    if exp.get("name") is not None and not isinstance(exp["name"], str):
        raise _fail(where, "an actor name is a string")


def _check_place(where: str, exp: Any) -> None:
    if exp is None:
        return
    if not isinstance(exp, dict) or exp.get("precision") not in PRECISIONS:
        raise _fail(where, f"a place expectation is null or an object with a precision in {PRECISIONS}")
    if not isinstance(exp.get("name"), str) or "country" not in exp:
        raise _fail(where, "a place expectation needs a name and a country (null when none)")
    _check_iso3(where, exp["country"], many=True)
    if exp["precision"] in ("point", "city"):
        lat, lon = exp.get("lat"), exp.get("lon")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            raise _fail(where, "a point or city needs lat and lon")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise _fail(where, f"coordinates ({lat}, {lon}) are off the globe")


def _check_line(category: str, where: str, row: Any) -> None:
    if not isinstance(row, dict):
        raise _fail(where, "each line is one JSON object")
    for key in ("id", "lang", "source", "text"):
        if not isinstance(row.get(key), str) or not row[key].strip():
            raise _fail(where, f"needs a non-empty string '{key}'")
    if row["lang"] not in ("fr", "en"):
        raise _fail(where, f"language {row['lang']!r} is not fr or en")
    if not _SOURCE.fullmatch(row["source"]):
        raise _fail(where, f"source {row['source']!r} is not seed, written, gv:<id> or gsr:<id>")
    if "expected" not in row:
        raise _fail(where, "needs an 'expected' answer (null where nothing should be found)")
    if category == "actors":
        _check_actor(where, row["expected"])
    elif category == "places":
        _check_place(where, row["expected"])
        if not isinstance(row.get("countries", []), list):
            raise _fail(where, "'countries' is a list of ISO3 codes")
        for c in row.get("countries", []):
            _check_iso3(where, c)
    else:
        _check_day(where, row.get("published"), "published")
        _check_edtf(where, row.get("anchor"), "anchor")
        _check_edtf(where, row["expected"], "expected")


def load_mentions(category: str, path: Path | None = None) -> list[dict[str, Any]]:
    """The labelled mentions of one category, checked line by line; MalformedInput names the bad line."""
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} (expected one of {CATEGORIES})")
    path = path or mention_file(category)
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise _fail(where, f"not JSON: {e.msg}") from None
        _check_line(category, where, row)
        if row["id"] in seen:
            raise _fail(where, f"duplicate id {row['id']!r}")
        seen.add(row["id"])
        rows.append(row)
    return rows


# ------------------------------------------------------------------ matching rules
def _fold(s: str) -> str:
    """Lower case, accents dropped, whitespace collapsed (names compare this way)."""
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(ch for ch in s if not unicodedata.combining(ch)).casefold().split())


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres on a sphere of the Earth's mean radius."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def precision_class(precision: str) -> str:
    """local (point, city), area (admin1, region) or country: precisions of one class stand for each other."""
    return _PRECISION_CLASS.get(precision, precision)


def actor_right(expected: dict[str, Any], got: Actor) -> bool:
    """Same id when one is expected; otherwise no id, same kind and country, and the same name when one is given."""
    if expected.get("id"):
        return bool(got.id == expected["id"])
    if got.id is not None or got.kind != expected["kind"] or got.country != expected.get("country"):
        return False
    name = expected.get("name")
    return name is None or _fold(name) == _fold(got.name)


def _countries(expected: dict[str, Any]) -> list[str | None]:
    c = expected.get("country")
    return list(c) if isinstance(c, list) else [c]


def place_distance(expected: dict[str, Any] | None, got: Place | None) -> float | None:
    """Kilometres between the expected and the predicted point, when both have coordinates."""
    if not expected or got is None or got.lat is None or got.lon is None or expected.get("lat") is None:
        return None
    return haversine_km(expected["lat"], expected["lon"], got.lat, got.lon)


def place_right(expected: dict[str, Any] | None, got: Place | None) -> bool:
    """None for None; else the country (one of them for a border), the precision class and, for a point or a
    city, coordinates within TOLERANCE_KM."""
    if expected is None or got is None:
        return expected is None and got is None
    if got.country not in _countries(expected):
        return False
    if precision_class(got.precision) != precision_class(expected["precision"]):
        return False
    if precision_class(expected["precision"]) != "local":
        return True
    km = place_distance(expected, got)
    return km is not None and km <= TOLERANCE_KM


def date_right(expected: str | None, got: str | None) -> bool:
    """The same EDTF string (both null counts as right)."""
    return expected == got


# ------------------------------------------------------------------ the report
@dataclass(slots=True)
class Tally:
    """Right answers out of scored mentions."""

    right: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok

    def __str__(self) -> str:
        return f"{self.right}/{self.total} = {self.share:.2f}"

    def to_dict(self) -> dict[str, Any]:
        return {"right": self.right, "total": self.total, "accuracy": round(self.share, 4)}


@dataclass(slots=True)
class CategoryScore:
    """Accuracy of one resolver, overall, by language and by source (seed, gv, gsr, written)."""

    name: str
    overall: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=dict)
    by_source: dict[str, Tally] = field(default_factory=dict)

    def add(self, row: dict[str, Any], ok: bool) -> None:
        self.overall.add(ok)
        self.by_lang.setdefault(row["lang"], Tally()).add(ok)
        self.by_source.setdefault(row["source"].split(":")[0], Tally()).add(ok)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.overall.to_dict(),
            "by_lang": {k: v.to_dict() for k, v in sorted(self.by_lang.items())},
            "by_source": {k: v.to_dict() for k, v in sorted(self.by_source.items())},
        }


@dataclass(slots=True)
class ResolveError:
    """One mention the resolver got wrong: what was expected and what came out."""

    category: str
    mention_id: str
    lang: str
    source: str
    text: str
    expected: Any
    predicted: Any
    context: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "id": self.mention_id,
            "lang": self.lang,
            "source": self.source,
            "text": self.text,
            "context": self.context,
            "expected": self.expected,
            "predicted": self.predicted,
        }


@dataclass(slots=True)
class ResolveReport:
    """Everything `vigie bench resolve` measured."""

    actors: CategoryScore
    places: CategoryScore
    dates: CategoryScore
    errors: list[ResolveError] = field(default_factory=list)

    @property
    def scores(self) -> tuple[CategoryScore, CategoryScore, CategoryScore]:
        return self.actors, self.places, self.dates

    def to_dict(self) -> dict[str, Any]:
        """One JSON object with every figure and every error."""
        return {
            **{s.name: s.to_dict() for s in self.scores},
            "tolerance_km": TOLERANCE_KM,
            "errors": [e.to_dict() for e in self.errors],
        }


# ------------------------------------------------------------------ running the resolvers
def _actor_dict(a: Actor) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country}


def _place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {"name": p.name, "country": p.country, "precision": p.precision, "lat": p.lat, "lon": p.lon}


def _score(
    name: str,
    rows: Sequence[dict[str, Any]],
    predict: Callable[[dict[str, Any]], Any],
    right: Callable[[Any, Any], bool],
    show: Callable[[Any], Any],
    context: Callable[[dict[str, Any]], dict[str, Any]],
    errors: list[ResolveError],
) -> CategoryScore:
    score = CategoryScore(name)
    for row in rows:
        got = predict(row)
        ok = right(row["expected"], got)
        score.add(row, ok)
        if not ok:
            errors.append(
                ResolveError(
                    name,
                    row["id"],
                    row["lang"],
                    row["source"],
                    row["text"],
                    row["expected"],
                    show(got),
                    context(row),
                )
            )
    return score


def _anchor(edtf: str | None) -> ResolvedDate | None:
    """A chained expression's anchor: the EDTF date of the event before, as the extractor passes it."""
    bounds = edtf_interval(edtf) if edtf else None
    if edtf is None or bounds is None:
        return None
    return ResolvedDate(edtf, edtf, bounds[0], bounds[1], False)


def run_resolve(
    actor_resolver: ActorResolver | None = None,
    place_resolver: PlaceResolver | None = None,
    files: dict[str, Path] | None = None,
) -> ResolveReport:
    """Resolve every labelled mention with the shipped resolvers (or the ones given) and score the answers."""
    files = files or {}
    actors = actor_resolver or ActorResolver.load()
    places = place_resolver or PlaceResolver.load()
    errors: list[ResolveError] = []

    def published(row: dict[str, Any]) -> date | None:
        return date.fromisoformat(row["published"]) if row.get("published") else None

    actor_score = _score(
        "actors",
        load_mentions("actors", files.get("actors")),
        lambda r: actors.resolve(r["text"], r["lang"]),
        actor_right,
        _actor_dict,
        lambda r: {},
        errors,
    )
    place_score = _score(
        "places",
        load_mentions("places", files.get("places")),
        lambda r: places.resolve(r["text"], r["lang"], countries=r.get("countries", [])),
        place_right,
        _place_dict,
        lambda r: {"countries": r.get("countries", [])},
        errors,
    )
    date_score = _score(
        "dates",
        load_mentions("dates", files.get("dates")),
        lambda r: resolve_date(r["text"], r["lang"], published(r), _anchor(r.get("anchor"))).edtf,
        date_right,
        lambda edtf: edtf,
        lambda r: {k: r.get(k) for k in ("published", "anchor")},
        errors,
    )
    return ResolveReport(actor_score, place_score, date_score, errors)


# ------------------------------------------------------------------ text report
def _show_actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "nothing"
    if a.get("id"):
        return str(a["id"])
    name = f' "{a["name"]}"' if a.get("name") else ""
    return f"{a['kind']} ({a.get('country') or 'no country'}){name}"


def _show_place(p: dict[str, Any] | None) -> str:
    if not p:
        return "nothing"
    country = p["country"]
    country = "/".join(c or "-" for c in country) if isinstance(country, list) else country or "no country"
    where = (
        f" ({p['lat']:.2f}, {p['lon']:.2f})" if p.get("lat") is not None and p.get("lon") is not None else ""
    )
    return f"{p['name']} {country} {p['precision']}{where}"


def _error_line(e: ResolveError) -> str:
    head = f"  {e.mention_id} {e.lang} {e.source} «{e.text}»"
    if e.category == "actors":
        return f"{head}: expected {_show_actor(e.expected)}, got {_show_actor(e.predicted)}"
    if e.category == "places":
        bias = ",".join(e.context.get("countries", []))
        line = f"{head}{f' [{bias}]' if bias else ''}: expected {_show_place(e.expected)}, got {_show_place(e.predicted)}"
        exp, got = e.expected, e.predicted
        if exp and got and exp.get("lat") is not None and got.get("lat") is not None:
            line += f", {haversine_km(exp['lat'], exp['lon'], got['lat'], got['lon']):.0f} km away"
        return line
    ctx = ", ".join(f"{k} {v}" for k, v in e.context.items() if v)
    return f"{head}{f' ({ctx})' if ctx else ''}: expected {e.expected or 'null'}, got {e.predicted or 'null'}"


def format_resolve(report: ResolveReport, errors: bool = False) -> str:
    """Accuracy per resolver, by language and by source; with `errors`, every wrong answer."""
    lines = ["vigie bench resolve: labelled mentions resolved one by one (data/resolve)"]
    for s in report.scores:
        langs = "  ".join(f"{k} {v}" for k, v in sorted(s.by_lang.items()))
        sources = ", ".join(f"{k} {v}" for k, v in sorted(s.by_source.items()))
        lines.append(f"{s.name:7} {s.overall}    {langs}")
        lines.append(f"        by source: {sources}")
    lines.append(f"(a point or city is right within {TOLERANCE_KM:.0f} km)")
    if errors:
        for s in report.scores:
            wrong = [e for e in report.errors if e.category == s.name]
            lines += ["", f"{s.name} errors ({len(wrong)}):", *(_error_line(e) for e in wrong)]
    return "\n".join(lines)
