"""EDTF date strings -> inclusive (start, end) calendar bounds, so stored events can be range-queried."""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["edtf_bounds"]

Bounds = tuple[date | None, date | None]

_QUALIFIERS = re.compile(r"[?~%]")
_PART = re.compile(r"^(?P<y>[0-9X]{4})(?:-(?P<m>[0-9X]{2})(?:-(?P<d>[0-9X]{2}))?)?$")
# Season codes 21..24: spring, summer, autumn, winter (winter runs December to February of the next year).
_SEASONS = {21: ((3, 0), (5, 0)), 22: ((6, 0), (8, 0)), 23: ((9, 0), (11, 0)), 24: ((12, 0), (2, 1))}


def _month_end(year: int, month: int) -> date:
    """Last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _part_bounds(text: str) -> Bounds:
    """Bounds of one EDTF date (no interval); (None, None) when it cannot be read."""
    m = _PART.match(_QUALIFIERS.sub("", text.strip()).split("T", 1)[0])
    if not m:
        return None, None
    y, mo, d = m["y"], m["m"], m["d"]
    try:
        lo_year, hi_year = int(y.replace("X", "0")), int(y.replace("X", "9"))
        if lo_year < 1:
            return None, None
        if mo is None or mo == "XX" or "X" in y:
            return date(lo_year, 1, 1), date(hi_year, 12, 31)
        if "X" in mo:
            return None, None
        month = int(mo)
        if month in _SEASONS and d is None:
            (m1, dy1), (m2, dy2) = _SEASONS[month]
            return date(lo_year + dy1, m1, 1), _month_end(lo_year + dy2, m2)
        if not 1 <= month <= 12:
            return None, None
        if d is None or d == "XX":
            return date(lo_year, month, 1), _month_end(lo_year, month)
        day = date(lo_year, month, int(d))
        return day, day
    except ValueError:
        return None, None


def edtf_bounds(value: str | None) -> Bounds:
    """Inclusive bounds of an EDTF date, month, year, season or interval `a/b`; None where unknown or open."""
    if not value or not value.strip():
        return None, None
    if "/" in value:
        left, _, right = value.partition("/")
        start = None if left.strip() in ("", "..") else _part_bounds(left)[0]
        end = None if right.strip() in ("", "..") else _part_bounds(right)[1]
        if start and end and start > end:
            return None, None
        return start, end
    return _part_bounds(value)
