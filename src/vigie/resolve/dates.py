"""Date expressions in French and English news: find them, then resolve them to EDTF with honest precision.

Relative expressions resolve against the publication date; chained ones ("ten days later") against an
anchor, the previous dated event. Span kinds: date, range, month, year, decade, season, weekday,
deictic, week, ago, chained.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

__all__ = [
    "DateSpan",
    "ResolvedDate",
    "edtf_from_interval",
    "edtf_interval",
    "find_dates",
    "fold",
    "resolve_date",
]


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A date expression found in a text; offsets are relative to the string searched."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """One expression resolved to EDTF; ``edtf`` is None when the text and context do not fix a date."""

    edtf: str | None
    text: str
    start: date | None
    end: date | None
    relative: bool


# ---------------------------------------------------------------- lexical tables (folded: lower case, no accents)

_FOLD_TABLE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
    }
)

MONTHS: dict[str, dict[str, int]] = {
    "fr": {
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    },
    "en": {
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    },
}  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, dict[str, int]] = {
    "fr": {"janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
    "en": {
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    },
}  # fmt: skip
# Month names that are also common words: need a day, a year, a preposition or a capital letter.
AMBIGUOUS_MONTHS = {"fr": {"mars", "mai"}, "en": {"march", "may", "august", "mar", "aug"}}
WEEKDAYS: dict[str, dict[str, int]] = {
    "fr": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6},
    "en": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6},
}
SEASONS: dict[str, dict[str, int]] = {
    "fr": {"printemps": 21, "ete": 22, "automne": 23, "hiver": 24},
    "en": {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24},
}
UNITS: dict[str, dict[str, str]] = {
    "fr": {
        "jour": "day", "jours": "day", "journee": "day", "journees": "day", "semaine": "week",
        "semaines": "week", "mois": "month", "an": "year", "ans": "year", "annee": "year",
        "annees": "year", "heure": "hour", "heures": "hour", "minute": "minute", "minutes": "minute",
    },
    "en": {
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
        "months": "month", "year": "year", "years": "year", "hour": "hour", "hours": "hour",
        "minute": "minute", "minutes": "minute",
    },
}  # fmt: skip
# Vague counts in relative expressions ("a few days later"): a range of units.
FEW: dict[str, tuple[str, ...]] = {
    "fr": ("quelques", "plusieurs", "des"),
    "en": ("a few", "a couple of", "a couple", "several", "few", "some"),
}
FEW_RANGE = (2, 6)
# A day written without its year may lie this many days after publication (an announced date); beyond, the past.
UPCOMING_DAYS = 7

_FR_UNIT_WORDS = ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                  "douze", "treize", "quatorze", "quinze", "seize")  # fmt: skip
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_EN_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                  "nineteen")  # fmt: skip
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}  # fmt: skip


def _number_words(lang: str) -> dict[str, int]:
    """Number words up to the sixties or nineties, the range relative date expressions use."""
    if lang == "fr":
        words = {w: i for i, w in enumerate(_FR_UNIT_WORDS, 1)}
        words |= {"une": 1, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "soixante-douze": 72, "cent": 100}
        for tens, value in _FR_TENS.items():
            words[tens] = value
            for form in (f"{tens}-et-un", f"{tens} et un", f"{tens}-et-une", f"{tens} et une"):
                words[form] = value + 1
            for i, unit in enumerate(_FR_UNIT_WORDS[1:9], 2):
                words[f"{tens}-{unit}"] = value + i
        return words
    words = {w: i for i, w in enumerate(_EN_UNIT_WORDS, 1)}
    words |= {"a": 1, "an": 1, "a hundred": 100, "one hundred": 100}
    for tens, value in _EN_TENS.items():
        words[tens] = value
        for i, unit in enumerate(_EN_UNIT_WORDS[:9], 1):
            words[f"{tens}-{unit}"] = value + i
    return words


NUMBER_WORDS = {lang: _number_words(lang) for lang in ("fr", "en")}

# Prepositions and modifiers before a month or a year, mapped to the part of the period they select.
_FR_PARTS = {
    "debut": "early", "au debut": "early", "en debut": "early", "des le debut": "early",
    "fin": "late", "a la fin": "late", "en fin": "late", "vers la fin": "late", "d'ici la fin": "late",
    "mi-": "mid", "a la mi-": "mid", "au milieu": "mid", "en milieu": "mid",
    "courant": None, "dans le courant": None, "au cours": None,
}  # fmt: skip
PRE: dict[str, dict[str, str | None]] = {
    "fr": {
        **_FR_PARTS,
        **{f"{p} de": c for p, c in _FR_PARTS.items() if not p.endswith("-")},
        **{f"{p} du mois de": c for p, c in _FR_PARTS.items() if not p.endswith("-")},
        **{f"{p} de l'annee": c for p, c in _FR_PARTS.items() if not p.endswith("-")},
        "en": None, "depuis": "since", "jusqu'en": None, "jusqu'a": None, "pendant": None,
        "durant": None, "au mois de": None, "le mois de": None, "du mois de": None, "en l'an": None,
        "l'annee": None, "de l'annee": None, "en l'annee": None, "pour": None, "d'ici": None,
        "d'ici a": None,
    },
    "en": {
        "in": None, "since": "since", "until": None, "during": None, "throughout": None, "by": None,
        "from": None, "the year": None, "in the year": None,
        "early": "early", "in early": "early", "the beginning of": "early", "at the beginning of": "early",
        "the start of": "early", "at the start of": "early",
        "late": "late", "in late": "late", "the end of": "late", "at the end of": "late",
        "by the end of": "late", "towards the end of": "late", "toward the end of": "late",
        "mid": "mid", "mid-": "mid", "in mid": "mid", "in mid-": "mid", "the middle of": "mid",
        "in the middle of": "mid",
    },
}  # fmt: skip
# Modifiers before "this week", "cette année"...: also "earlier"/"later" (bounded by the publication date).
PERIOD_PARTS: dict[str, dict[str, str | None]] = {
    "fr": {**_FR_PARTS, "plus tot": "earlier", "plus tard": "later", "depuis le debut": "earlier"},
    "en": {
        **{p: c for p, c in PRE["en"].items() if c not in (None, "since")},
        "earlier": "earlier", "later": "later", "earlier in": "earlier", "later in": "later",
    },
}  # fmt: skip
PERIOD_DETERMINERS: dict[str, dict[str, str]] = {
    "fr": {"le": "the", "la": "the", "l'": "the", "ce": "this", "cet": "this", "cette": "this"},
    "en": {
        "this": "this", "the current": "this", "last": "last", "this past": "last", "next": "next",
        "the coming": "next", "this coming": "next", "coming": "next", "the past": "rolling",
        "the last": "rolling", "past": "rolling", "the": "the", "over the": "the",
    },
}  # fmt: skip
PERIOD_WORDS: dict[str, dict[str, str]] = {
    "fr": {"week-end": "weekend", "weekend": "weekend", "week end": "weekend", "semaine": "week",
           "mois": "month", "annee": "year", "an": "year"},
    "en": {"weekend": "weekend", "week": "week", "month": "month", "year": "year"},
}  # fmt: skip
RELATIVE_WORDS: dict[str, dict[str, str]] = {
    "fr": {"dernier": "last", "derniere": "last", "passe": "last", "passee": "last", "prochain": "next",
           "prochaine": "next", "en cours": "this", "ecoule": "rolling", "ecoulee": "rolling"},
    "en": {"last": "last", "this past": "last", "past": "last", "next": "next", "this coming": "next",
           "coming": "next", "this": "this"},
}  # fmt: skip
# Words tied to the publication date: (first, last) day offsets.
DEICTIC: dict[str, dict[str, tuple[int, int]]] = {
    "fr": {
        "aujourd'hui": (0, 0), "ce matin": (0, 0), "ce soir": (0, 0), "cet apres-midi": (0, 0),
        "ce midi": (0, 0), "hier": (-1, -1), "hier matin": (-1, -1), "hier soir": (-1, -1),
        "hier apres-midi": (-1, -1), "hier midi": (-1, -1), "avant-hier": (-2, -2), "avant hier": (-2, -2),
        "demain": (1, 1), "demain matin": (1, 1), "demain soir": (1, 1), "apres-demain": (2, 2),
        "apres demain": (2, 2), "cette nuit": (-1, 0), "la nuit derniere": (-1, 0), "la nuit passee": (-1, 0),
    },
    "en": {
        "today": (0, 0), "earlier today": (0, 0), "later today": (0, 0), "this morning": (0, 0),
        "this afternoon": (0, 0), "this evening": (0, 0), "tonight": (0, 0), "yesterday": (-1, -1),
        "yesterday morning": (-1, -1), "yesterday afternoon": (-1, -1), "yesterday evening": (-1, -1),
        "the day before yesterday": (-2, -2), "tomorrow": (1, 1), "tomorrow morning": (1, 1),
        "the day after tomorrow": (2, 2), "last night": (-1, 0), "overnight": (-1, 0),
    },
}  # fmt: skip
# Expressions chained to the previous dated event: (unit, offset).
CHAINED: dict[str, dict[str, tuple[str, int]]] = {
    "fr": {
        "le lendemain": ("day", 1), "le lendemain matin": ("day", 1), "le lendemain soir": ("day", 1),
        "des le lendemain": ("day", 1), "au lendemain": ("day", 1), "le jour suivant": ("day", 1),
        "le jour d'apres": ("day", 1), "le surlendemain": ("day", 2), "la veille": ("day", -1),
        "la veille au soir": ("day", -1), "le jour precedent": ("day", -1), "l'avant-veille": ("day", -2),
        "le jour meme": ("day", 0), "le meme jour": ("day", 0), "ce jour-la": ("day", 0),
        "ce meme jour": ("day", 0), "plus tard dans la journee": ("day", 0), "cette nuit-la": ("day", 0),
        "plus tard dans la soiree": ("day", 0), "la semaine suivante": ("week", 1),
        "la semaine d'apres": ("week", 1), "la semaine precedente": ("week", -1),
        "la semaine d'avant": ("week", -1), "cette semaine-la": ("week", 0), "la meme semaine": ("week", 0),
        "le mois suivant": ("month", 1), "le mois d'apres": ("month", 1), "le mois precedent": ("month", -1),
        "le mois d'avant": ("month", -1), "ce mois-la": ("month", 0), "le meme mois": ("month", 0),
        "l'annee suivante": ("year", 1), "l'annee d'apres": ("year", 1), "l'an d'apres": ("year", 1),
        "l'annee precedente": ("year", -1), "l'annee d'avant": ("year", -1), "cette annee-la": ("year", 0),
        "la meme annee": ("year", 0),
    },
    "en": {
        "the next day": ("day", 1), "the following day": ("day", 1), "the day after": ("day", 1),
        "the next morning": ("day", 1), "the following morning": ("day", 1), "the day before": ("day", -1),
        "the previous day": ("day", -1), "the eve": ("day", -1), "the same day": ("day", 0),
        "that same day": ("day", 0), "that day": ("day", 0), "later that day": ("day", 0),
        "earlier that day": ("day", 0), "that night": ("day", 0), "that evening": ("day", 0),
        "the next week": ("week", 1), "the following week": ("week", 1), "the week after": ("week", 1),
        "the previous week": ("week", -1), "the week before": ("week", -1), "that week": ("week", 0),
        "the same week": ("week", 0), "the next month": ("month", 1), "the following month": ("month", 1),
        "the month after": ("month", 1), "the previous month": ("month", -1),
        "the month before": ("month", -1), "that month": ("month", 0), "the same month": ("month", 0),
        "the next year": ("year", 1), "the following year": ("year", 1), "the year after": ("year", 1),
        "the previous year": ("year", -1), "the year before": ("year", -1), "that year": ("year", 0),
        "the same year": ("year", 0),
    },
}  # fmt: skip
CHAIN_DIRECTIONS: dict[str, dict[str, int]] = {
    "fr": {"plus tard": 1, "apres": 1, "plus loin": 1, "plus tot": -1, "auparavant": -1, "avant": -1},
    "en": {"later": 1, "after": 1, "afterwards": 1, "afterward": 1, "on": 1, "earlier": -1, "before": -1,
           "prior": -1},
}  # fmt: skip
# Words after a season that make it a name, not a date ("le printemps arabe").
SEASON_NAMES = re.compile(r"\s+(?:arabes?|de\s+prague|indien)\b")
# "the last week of March" is no relative week; "for days on end" is no date.
_OF_AFTER = re.compile(r"\s+of\b")
_END_AFTER = re.compile(r"\s+end\b")

# ---------------------------------------------------------------- patterns

_SHARED_TOKENS = {
    "B": r"(?<![\w-])",
    "E": r"(?![\w-]|[.,]\d)",
    "YEAR": r"(?:1[89]\d\d|20\d\d)",
}


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation, longest first, any run of spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def _tokens(lang: str) -> dict[str, str]:
    day = (
        r"(?:1er|premier|3[01]|[12]\d|0?[1-9])"
        if lang == "fr"
        else r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    )
    abbr = _alternation(MONTH_ABBREVIATIONS[lang])
    return _SHARED_TOKENS | {
        "DAY": day,
        "MONTH": _alternation(MONTHS[lang]),
        "MONTHA": rf"(?:{_alternation(MONTHS[lang])}|(?:{abbr})\.?)",
        "ABBR": abbr,
        "WD": _alternation(WEEKDAYS[lang]),
        "SEASON": _alternation(SEASONS[lang]),
        "UNIT": _alternation(UNITS[lang]),
        "NUM": rf"(?:\d{{1,3}}|{_alternation(NUMBER_WORDS[lang])})",
        "FEW": _alternation(FEW[lang]),
        "PRE": _alternation(PRE[lang]),
        "PART": _alternation(PERIOD_PARTS[lang]),
        "DET": _alternation(PERIOD_DETERMINERS[lang]),
        "PERIOD": _alternation(PERIOD_WORDS[lang]),
        "REL": _alternation(RELATIVE_WORDS[lang]),
        "DEICTIC": _alternation(DEICTIC[lang]),
        "CHAINED": _alternation(CHAINED[lang]),
        "DIR": _alternation(CHAIN_DIRECTIONS[lang]),
    }


_TOKEN = re.compile(r"@([A-Z]+)@")


def _compile(template: str, lang: str) -> re.Pattern[str]:
    tokens = _tokens(lang)
    return re.compile(_TOKEN.sub(lambda m: tokens[m.group(1)], template))


# One table per language: (span kind, rule name, template); resolvers and checks are looked up by rule name.
_ISO = r"(?<![\w-])(?P<y>@YEAR@)-(?P<mo>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])@E@"
_NUMERIC = (
    r"(?<![\w./-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|(?<=/)\d{2})(?![\w/-]|[.,]\d)"
)
_PRE = r"(?:(?P<pre>@PRE@)(?:\s+|(?<=-)))"
TEMPLATES: dict[str, list[tuple[str, str, str]]] = {
    "fr": [
        ("date", "iso", _ISO),
        ("date", "numeric", _NUMERIC),
        ("date", "day_month",
         r"@B@(?:(?:le|ce)\s+)?(?:(?P<wd>@WD@)\s+)?(?P<d>@DAY@)\s+(?P<mo>@MONTHA@)"
         r"(?:\s+(?P<y>@YEAR@)|\s+(?P<rel>dernier|passe|prochain))?@E@"),
        ("range", "day_range",
         r"@B@(?:du|entre\s+le)\s+(?:(?:@WD@)\s+)?(?P<d1>@DAY@)(?:\s+(?P<mo1>@MONTHA@))?(?:\s+(?P<y1>@YEAR@))?"
         r"\s+(?:au|et\s+le)\s+(?:(?:@WD@)\s+)?(?P<d>@DAY@)\s+(?P<mo>@MONTHA@)(?:\s+(?P<y>@YEAR@))?@E@"),
        ("range", "day_range",
         r"@B@(?P<d1>@DAY@)\s*(?:-|au|et)\s*(?P<d>@DAY@)\s+(?P<mo>@MONTHA@)(?:\s+(?P<y>@YEAR@))?@E@"),
        ("month", "month_year", rf"@B@{_PRE}?(?P<mo>@MONTH@|(?:@ABBR@)\.)\s+(?P<y>@YEAR@)@E@"),
        ("month", "month", rf"@B@{_PRE}?(?P<mo>@MONTH@)@E@"),
        ("month", "month_rel", rf"@B@{_PRE}?(?P<mo>@MONTH@)\s+(?P<rel>dernier|passe|prochain)@E@"),
        ("year", "year", rf"@B@{_PRE}(?P<y>@YEAR@)@E@"),
        ("year", "year_range",
         r"@B@(?:de|entre|depuis)\s+(?P<y1>@YEAR@)\s+(?:a|et|jusqu'en|jusqu'a)\s+(?P<y>@YEAR@)@E@"),
        ("year", "year_range",
         r"@B@(?:(?:en|de|pendant|durant|entre)\s+)?(?P<y1>@YEAR@)\s*-\s*(?P<y>@YEAR@|\d\d)@E@"),
        ("decade", "decade",
         r"@B@(?:(?:dans|pendant|durant|depuis)\s+)?(?:les|des)\s+annees\s+(?P<c>19|20)?(?P<dec>\d)0@E@"),
        ("season", "season_year",
         r"@B@(?:(?:au|a\s+l'|l'|le|en|durant\s+l'|pendant\s+l'|depuis\s+l'|cet|ce)\s*)?(?P<s>@SEASON@)"
         r"\s+(?:de\s+|d')?(?:l'annee\s+)?(?P<y>@YEAR@)(?:\s*[-/]\s*(?:@YEAR@|\d\d))?@E@"),
        ("season", "season_rel",
         r"@B@(?:(?P<pre>au|a\s+l'|l'|le|en|durant\s+l'|pendant\s+l'|depuis\s+l'|cet|ce)\s*)?(?P<s>@SEASON@)"
         r"(?:\s+(?P<rel>dernier|passe|prochain))?@E@"),
        ("weekday", "weekday",
         r"@B@(?:(?P<pre>le|ce|depuis|des|jusqu'a|dans\s+la\s+nuit\s+de|dans\s+la\s+nuit\s+du)\s+)?"
         r"(?P<wd>@WD@)(?:\s+(?P<rel>dernier|passe|prochain))?(?:\s+(?:soir|matin|apres-midi|midi))?"
         r"(?:\s+(?P<rel2>dernier|passe|prochain))?@E@"),
        ("weekday", "night",
         r"@B@(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd1>@WD@)\s+(?:a|au)\s+(?P<wd>@WD@)@E@"),
        ("deictic", "deictic", r"@B@(?P<w>@DEICTIC@)@E@"),
        ("week", "period",
         r"@B@(?:(?P<part>@PART@)(?:\s+(?:de|du|d')|(?<=-))?\s*)?(?:(?P<det>le|la|l'|ce|cet|cette)\s*)?"
         r"(?P<w>@PERIOD@)(?:-ci)?(?:\s+(?P<rel>@REL@))?@E@"),
        ("chained", "chained", r"@B@(?P<w>@CHAINED@)@E@"),
        ("chained", "chained_count",
         r"@B@(?:(?P<n>@NUM@)|(?P<few>@FEW@))\s+(?P<u>@UNIT@)\s+(?P<dir>@DIR@)@E@"),
        ("chained", "chained_count",
         r"@B@au\s+bout\s+d(?:e\s+|')(?:(?P<n>@NUM@)|(?P<few>@FEW@))\s+(?P<u>@UNIT@)@E@"),
        ("ago", "ago", r"@B@il\s+y\s+a\s+(?:(?P<n>@NUM@)|(?P<few>@FEW@))\s+(?P<u>@UNIT@)@E@"),
    ],
    "en": [
        ("date", "iso", _ISO),
        ("date", "numeric", _NUMERIC),
        ("date", "day_month",
         r"@B@(?:on\s+)?(?:(?P<wd>@WD@),?\s+)?(?:the\s+)?(?P<d>@DAY@)\s+(?:of\s+)?(?P<mo>@MONTHA@)"
         r"(?:,?\s+(?P<y>@YEAR@))?@E@"),
        ("date", "day_month",
         r"@B@(?:on\s+)?(?:(?P<wd>@WD@),?\s+)?(?P<mo>@MONTHA@)\s+(?:the\s+)?(?P<d>@DAY@)(?:,?\s+(?P<y>@YEAR@))?@E@"),
        ("range", "day_range",
         r"@B@(?:from\s+|between\s+)?(?:(?:@WD@),?\s+)?(?:the\s+)?(?P<d1>@DAY@)\s*(?:-|to|and|through|until)\s*"
         r"(?:(?:@WD@),?\s+)?(?:the\s+)?(?P<d>@DAY@)\s+(?:of\s+)?"
         r"(?P<mo>@MONTHA@)(?:,?\s+(?P<y>@YEAR@))?@E@"),
        ("range", "day_range",
         r"@B@(?:from\s+|between\s+)?(?P<mo1>@MONTHA@)\s+(?P<d1>@DAY@)\s*(?:-|to|and|through|until)\s*"
         r"(?:(?P<mo>@MONTHA@)\s+)?(?P<d>@DAY@)(?:,?\s+(?P<y>@YEAR@))?@E@"),
        ("month", "month_year", rf"@B@{_PRE}?(?P<mo>@MONTHA@)(?:,|\s+of)?\s+(?P<y>@YEAR@)@E@"),
        ("month", "month", rf"@B@{_PRE}?(?P<mo>@MONTH@)@E@"),
        ("month", "month_rel", r"@B@(?P<rel>last|next|this\s+past|this\s+coming)\s+(?P<mo>@MONTH@)@E@"),
        ("year", "year", rf"@B@{_PRE}(?P<y>@YEAR@)@E@"),
        ("year", "year_range",
         r"@B@(?:from|between)\s+(?P<y1>@YEAR@)\s+(?:to|and|until|through)\s+(?P<y>@YEAR@)@E@"),
        ("year", "year_range",
         r"@B@(?:(?:in|during|from|between)\s+)?(?P<y1>@YEAR@)\s*-\s*(?P<y>@YEAR@|\d\d)@E@"),
        ("decade", "decade",
         r"@B@(?:(?:in|during|since|throughout)\s+)?(?:the\s+)?(?:(?P<c>19|20)(?P<dec>\d)0|'(?P<dec2>\d)0)s@E@"),
        ("season", "season_year",
         r"@B@(?:(?P<pre>in|during|since|by|the|in\s+the|during\s+the|since\s+the)\s+)?(?P<s>@SEASON@)"
         r"(?:\s+of)?\s+(?P<y>@YEAR@)(?:\s*[-/]\s*(?:@YEAR@|\d\d))?@E@"),
        ("season", "season_rel",
         r"@B@(?:(?P<rel>last|this|next|this\s+past|this\s+coming|past|coming)\s+|"
         r"(?P<pre>in|during|since|by|over|throughout)\s+(?P<the>the\s+)?)(?P<s>@SEASON@)@E@"),
        ("weekday", "weekday",
         r"@B@(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+|(?:on|since|by|until|early|late)\s+)?"
         r"(?P<wd>@WD@)(?:\s+(?:morning|afternoon|evening|night))?@E@"),
        ("deictic", "deictic", r"@B@(?P<w>@DEICTIC@)@E@"),
        ("week", "period",
         r"@B@(?:(?P<part>@PART@)(?:\s+|(?<=-)))?(?:(?:of|in)\s+)?(?P<det>@DET@)\s+(?P<w>@PERIOD@)@E@"),
        ("chained", "chained", r"@B@(?P<w>@CHAINED@)@E@"),
        ("chained", "chained_count",
         r"@B@(?:(?:(?P<n>@NUM@)|(?P<few>@FEW@))\s+)?(?P<u>@UNIT@)\s+(?P<dir>@DIR@)@E@"),
        ("ago", "ago", r"@B@(?:(?:(?P<n>@NUM@)|(?P<few>@FEW@))\s+)?(?P<u>@UNIT@)\s+ago@E@"),
    ],
}  # fmt: skip


# ---------------------------------------------------------------- folding


def fold(text: str) -> str:
    """Lower-case, strip accents, unify apostrophes, dashes and spaces; one output character per input one."""
    text = text.translate(_FOLD_TABLE)
    if text.isascii():
        return text.lower()
    for ch in set(text).difference(_FOLDED_SEEN):  # each distinct character is worked out once per process
        base = unicodedata.normalize("NFD", ch)[0].lower() if ord(ch) > 127 else ch.lower()
        _FOLDED[ord(ch)] = base if len(base) == 1 else ch
        _FOLDED_SEEN.add(ch)
    return text.translate(_FOLDED)


_FOLDED: dict[int, str] = {}  # character -> its folded form (fold's cache)
_FOLDED_SEEN: set[str] = set()


def _squash(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- calendar helpers


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, n: int) -> date:
    y, m0 = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _season_bounds(year: int, season: int) -> tuple[date, date]:
    first = {21: 3, 22: 6, 23: 9, 24: 12}[season]
    last = _add_months(date(year, first, 1), 2)
    return date(year, first, 1), _month_bounds(last.year, last.month)[1]


def _iso_week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _recent_year(month: int, pub: date, *, strict: bool = False) -> int:
    """Year of the most recent such month not after (strict: before) the publication month."""
    return pub.year if month < pub.month or (month == pub.month and not strict) else pub.year - 1


def _weekday(pub: date, wd: int, mode: str) -> date:
    """past: same day allowed (news convention); last: strictly before; next: strictly after."""
    if mode == "next":
        return pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
    back = (pub.weekday() - wd) % 7
    if mode == "last" and back == 0:
        back = 7
    return pub - timedelta(days=back)


def _apply_part(a: date, b: date, part: str | None, pub: date | None) -> tuple[date, date]:
    """Narrow an interval to its early/mid/late part (quarters of a year, thirds of a month or other span)."""
    if part in (None, "since"):
        return a, b
    if part == "earlier":
        return (a, min(b, pub)) if pub and a <= pub else (a, b)
    if part == "later":
        return (max(a, pub), b) if pub and pub <= b else (a, b)
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        lo, hi = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}[part]
        return date(a.year, lo, 1), _month_bounds(a.year, hi)[1]
    if a.day == 1 and (a.year, a.month) == (b.year, b.month) and b == _month_bounds(a.year, a.month)[1]:
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, b.day)}[part]
        return a.replace(day=lo), a.replace(day=hi)
    third = -(-((b - a).days + 1) // 3)
    if part == "early":
        return a, a + timedelta(days=third - 1)
    if part == "late":
        return b - timedelta(days=third - 1), b
    return a + timedelta(days=third), b - timedelta(days=third)


def _shift(a: date, b: date, unit: str, lo: int, hi: int) -> tuple[date, date]:
    """Move an interval by lo..hi units; "three months"/"a year later" give no finer than a month."""
    if unit == "minute":
        lo, hi, unit = (lo + 720) // 1440, (hi + 720) // 1440, "day"
    if unit == "hour":
        lo, hi, unit = (lo + 12) // 24, (hi + 12) // 24, "day"
    if unit in ("day", "week"):
        k = 7 if unit == "week" else 1
        return a + timedelta(days=k * lo), b + timedelta(days=k * hi)
    k = 12 if unit == "year" else 1
    s, e = _add_months(a, k * lo), _add_months(b, k * hi)
    return s.replace(day=1), _month_bounds(e.year, e.month)[1]


# ---------------------------------------------------------------- EDTF


_EDTF_PART = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _edtf_bounds(part: str) -> tuple[date, date] | None:
    m = _EDTF_PART.fullmatch(part.strip().rstrip("~?%"))
    if not m:
        return None
    year = int(m.group(1))
    if m.group(2) is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(m.group(2))
    if 21 <= month <= 24:
        return _season_bounds(year, month)
    if not 1 <= month <= 12:
        return None
    if m.group(3) is None:
        return _month_bounds(year, month)
    day = _safe_date(year, month, int(m.group(3)))
    return (day, day) if day else None


def edtf_interval(edtf: str | None) -> tuple[date, date] | None:
    """First and last day an EDTF value covers (day, month, year, season, interval), as the scorer reads it."""
    if not edtf or not isinstance(edtf, str):
        return None
    if "/" not in edtf:
        return _edtf_bounds(edtf)
    a, b = edtf.split("/", 1)
    lo, hi = _edtf_bounds(a), _edtf_bounds(b)
    return (lo[0], hi[1]) if lo and hi and lo[0] <= hi[1] else None


def edtf_from_interval(start: date, end: date) -> str:
    """Shortest EDTF for a day interval: a day, a whole month or year, or month, year or day bounds."""
    if start > end:
        start, end = end, start
    if start == end:
        return start.isoformat()
    starts_month = start.day == 1
    ends_month = end == _month_bounds(end.year, end.month)[1]
    if starts_month and ends_month:
        if start.month == 1 and end.month == 12:
            return str(start.year) if start.year == end.year else f"{start.year}/{end.year}"
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.year}-{start.month:02d}"
        return f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
    return f"{start.isoformat()}/{end.isoformat()}"


# ---------------------------------------------------------------- resolvers


@dataclass(frozen=True, slots=True)
class _Ctx:
    lang: str
    published: date | None
    anchor: ResolvedDate | None


Resolver = Callable[[re.Match[str], _Ctx], str | None]


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when absent from the pattern or unmatched."""
    return m.groupdict().get(name)


def _month(word: str, lang: str) -> int:
    word = word.rstrip(".")
    return MONTHS[lang].get(word) or MONTH_ABBREVIATIONS[lang][word]


def _day(word: str) -> int:
    if word in ("1er", "premier"):
        return 1
    return int(word.rstrip("stndrh"))


def _count(m: re.Match[str], lang: str) -> tuple[int, int] | None:
    """Low and high number of units in a relative expression: "trois" (3, 3), "a few" (2, 6)."""
    n = _g(m, "n")
    if n is not None:
        value = int(n) if n.isdigit() else NUMBER_WORDS[lang].get(_squash(n))
        return (value, value) if value is not None else None
    return FEW_RANGE


def _part(pre: str | None, lang: str) -> str | None:
    return PRE[lang].get(_squash(pre)) if pre else None


def _r_iso(m: re.Match[str], ctx: _Ctx) -> str | None:
    d = _safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    return d.isoformat() if d else None


def _numeric_date(m: re.Match[str], lang: str) -> date | None:
    """Day first in French and with dots; English slash dates month first; the other order when impossible."""
    a, b, y = int(m["a"]), int(m["b"]), m["y"]
    year = int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
    day, month = (b, a) if lang == "en" and m["sep"] == "/" else (a, b)
    return _safe_date(year, month, day) or _safe_date(year, day, month)


def _r_numeric(m: re.Match[str], ctx: _Ctx) -> str | None:
    d = _numeric_date(m, ctx.lang)
    return d.isoformat() if d else None


def _day_without_year(
    month: int, day: int, pub: date, weekday: int | None, mode: str = "nearest"
) -> date | None:
    """Nearest such day: up to UPCOMING_DAYS ahead, else the latest one before; last/next: strictly before/after.

    A weekday given with it picks the year that fits."""
    if weekday is not None:
        fits = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
        fits = [d for d in fits if d.weekday() == weekday]
        if fits:
            return min(fits, key=lambda d: abs((d - pub).days))
    days = [d for y in range(pub.year - 4, pub.year + 2) if (d := _safe_date(y, month, day))]
    if mode == "next":
        return next((d for d in days if d > pub), None)
    ahead = [d for d in days if 0 < (d - pub).days <= UPCOMING_DAYS]
    if ahead and mode == "nearest":
        return ahead[0]
    past = [d for d in days if d < pub or (d == pub and mode != "last")]
    return past[-1] if past else None


def _r_day_month(m: re.Match[str], ctx: _Ctx) -> str | None:
    month, day = _month(m["mo"], ctx.lang), _day(m["d"])
    if m["y"]:
        d = _safe_date(int(m["y"]), month, day)
    elif ctx.published:
        wd = _g(m, "wd")
        rel = RELATIVE_WORDS[ctx.lang].get(_squash(_g(m, "rel") or ""), "nearest")
        d = _day_without_year(month, day, ctx.published, WEEKDAYS[ctx.lang][wd] if wd else None, rel)
    else:
        return None
    return d.isoformat() if d else None


def _r_day_range(m: re.Match[str], ctx: _Ctx) -> str | None:
    mo_end = _g(m, "mo") or _g(m, "mo1")
    mo_start = _g(m, "mo1") or mo_end
    assert mo_end and mo_start
    end_month, start_month = _month(mo_end, ctx.lang), _month(mo_start, ctx.lang)
    d1, d2 = _day(m["d1"]), _day(m["d"])
    if m["y"]:
        end_year = int(m["y"])
    elif ctx.published:
        end = _day_without_year(end_month, d2, ctx.published, None)
        if end is None:
            return None
        end_year = end.year
    else:
        return None
    y1 = _g(m, "y1")
    start_year = int(y1) if y1 else end_year - 1 if start_month > end_month else end_year
    a, b = _safe_date(start_year, start_month, d1), _safe_date(end_year, end_month, d2)
    if not a or not b or a >= b:
        return None
    return edtf_from_interval(a, b)


def _r_month_year(m: re.Match[str], ctx: _Ctx) -> str | None:
    a, b = _month_bounds(int(m["y"]), _month(m["mo"], ctx.lang))
    return edtf_from_interval(*_apply_part(a, b, _part(_g(m, "pre"), ctx.lang), ctx.published))


def _r_month(m: re.Match[str], ctx: _Ctx) -> str | None:
    if not ctx.published:
        return None
    month = _month(m["mo"], ctx.lang)
    rel = RELATIVE_WORDS[ctx.lang].get(_squash(_g(m, "rel") or ""))
    if rel == "next":
        year = ctx.published.year if month > ctx.published.month else ctx.published.year + 1
    else:
        year = _recent_year(month, ctx.published, strict=rel == "last")
    a, b = _month_bounds(year, month)
    return edtf_from_interval(*_apply_part(a, b, _part(_g(m, "pre"), ctx.lang), ctx.published))


def _r_year(m: re.Match[str], ctx: _Ctx) -> str | None:
    year = int(m["y"])
    return edtf_from_interval(
        *_apply_part(date(year, 1, 1), date(year, 12, 31), _part(m["pre"], ctx.lang), ctx.published)
    )


def _full_year(y1: int, y: str) -> int:
    return int(y) if len(y) == 4 else y1 // 100 * 100 + int(y)


def _r_year_range(m: re.Match[str], ctx: _Ctx) -> str | None:
    y1 = int(m["y1"])
    y2 = _full_year(y1, m["y"])
    return f"{y1}/{y2}" if y1 < y2 else None


def _r_decade(m: re.Match[str], ctx: _Ctx) -> str | None:
    dec = _g(m, "dec") or _g(m, "dec2")
    assert dec is not None
    first = int(_g(m, "c") or "19") * 100 + int(dec) * 10
    return f"{first}/{first + 9}"


def _r_season_year(m: re.Match[str], ctx: _Ctx) -> str | None:
    return f"{m['y']}-{SEASONS[ctx.lang][m['s']]}"


def _season_mode(m: re.Match[str], lang: str) -> str:
    rel = _squash(_g(m, "rel") or "")
    if rel:
        return RELATIVE_WORDS[lang].get(rel, "this")
    return "this" if _g(m, "pre") in ("ce", "cet") else "recent"


def _r_season(m: re.Match[str], ctx: _Ctx) -> str | None:
    """last: latest ended; next: first not begun; this: current, else just ended (2 months) or coming."""
    pub = ctx.published
    if not pub:
        return None
    season = SEASONS[ctx.lang][m["s"]]
    mode = _season_mode(m, ctx.lang)
    occ = [(y, *_season_bounds(y, season)) for y in range(pub.year - 2, pub.year + 2)]
    past = [(y, a, b) for y, a, b in occ if b < pub]
    coming = [(y, a, b) for y, a, b in occ if a > pub]
    current = [(y, a, b) for y, a, b in occ if a <= pub <= b]
    if mode == "last":
        pick = past[-1]
    elif mode == "next":
        pick = coming[0]
    elif current:
        pick = current[0]
    elif mode == "recent" or (pub - past[-1][2]).days <= 62:
        pick = past[-1]
    else:
        pick = coming[0]
    return f"{pick[0]}-{season}"


def _weekday_mode(m: re.Match[str], lang: str) -> str:
    rel = RELATIVE_WORDS[lang].get(_squash(_g(m, "rel") or _g(m, "rel2") or ""), "past")
    return {"this": "past", "rolling": "last"}.get(rel, rel)


def _r_weekday(m: re.Match[str], ctx: _Ctx) -> str | None:
    if not ctx.published:
        return None
    return _weekday(ctx.published, WEEKDAYS[ctx.lang][m["wd"]], _weekday_mode(m, ctx.lang)).isoformat()


def _r_night(m: re.Match[str], ctx: _Ctx) -> str | None:
    if not ctx.published:
        return None
    end = _weekday(ctx.published, WEEKDAYS[ctx.lang][m["wd"]], "past")
    return edtf_from_interval(end - timedelta(days=1), end)


def _r_deictic(m: re.Match[str], ctx: _Ctx) -> str | None:
    if not ctx.published:
        return None
    lo, hi = DEICTIC[ctx.lang][_squash(m["w"])]
    return edtf_from_interval(ctx.published + timedelta(days=lo), ctx.published + timedelta(days=hi))


def _weekend(pub: date, mode: str) -> tuple[date, date]:
    """Saturday and Sunday: this (just past early in the week), last, next, or the most recent one."""
    monday = _iso_week(pub)[0]
    this = (monday + timedelta(days=5), monday + timedelta(days=6))
    before = (monday - timedelta(days=2), monday - timedelta(days=1))
    if mode == "last":
        return before
    if mode == "next":
        return this if pub.weekday() < 5 else (this[0] + timedelta(days=7), this[1] + timedelta(days=7))
    if mode == "this":
        return before if pub.weekday() <= 1 else this
    return this if pub.weekday() >= 5 else before


def _period_mode(m: re.Match[str], lang: str) -> str:
    rel = _g(m, "rel")
    if rel:
        return RELATIVE_WORDS[lang][_squash(rel)]
    return PERIOD_DETERMINERS[lang].get(_squash(_g(m, "det") or ""), "this")


def _r_period(m: re.Match[str], ctx: _Ctx) -> str | None:
    pub = ctx.published
    if not pub:
        return None
    unit = PERIOD_WORDS[ctx.lang][_squash(m["w"])]
    mode = _period_mode(m, ctx.lang)
    step = {"last": -1, "next": 1}.get(mode, 0)
    if unit == "weekend":
        a, b = _weekend(pub, mode)
    elif mode == "rolling":
        a, b = pub - timedelta(days={"week": 7, "month": 30, "year": 365}[unit]), pub
    elif unit == "week":
        a, b = _iso_week(pub + timedelta(days=7 * step))
    elif unit == "month":
        shifted = _add_months(pub, step)
        a, b = _month_bounds(shifted.year, shifted.month)
    else:
        a, b = date(pub.year + step, 1, 1), date(pub.year + step, 12, 31)
    part = PERIOD_PARTS[ctx.lang].get(_squash(_g(m, "part") or ""))
    return edtf_from_interval(*_apply_part(a, b, part, pub))


def _anchor(ctx: _Ctx) -> tuple[date, date] | None:
    a = ctx.anchor
    return (a.start, a.end) if a and a.start and a.end else None


def _r_chained(m: re.Match[str], ctx: _Ctx) -> str | None:
    bounds = _anchor(ctx)
    if not bounds:
        return None
    a, b = bounds
    unit, n = CHAINED[ctx.lang][_squash(m["w"])]
    if unit == "day" and n == 0:
        return ctx.anchor.edtf if ctx.anchor and ctx.anchor.edtf else edtf_from_interval(a, b)
    if unit == "week" and a == b:
        return edtf_from_interval(*_iso_week(a + timedelta(days=7 * n)))
    if unit == "year":  # "l'année suivante", "that year": calendar years
        return edtf_from_interval(date(a.year + n, 1, 1), date(b.year + n, 12, 31))
    return edtf_from_interval(*_shift(a, b, unit, n, n))


def _r_chained_count(m: re.Match[str], ctx: _Ctx) -> str | None:
    bounds, count = _anchor(ctx), _count(m, ctx.lang)
    if not bounds or not count:
        return None
    lo, hi = count
    direction = CHAIN_DIRECTIONS[ctx.lang].get(_squash(_g(m, "dir") or ""), 1)
    if direction < 0:
        lo, hi = -hi, -lo
    return edtf_from_interval(*_shift(*bounds, UNITS[ctx.lang][m["u"]], lo, hi))


def _r_ago(m: re.Match[str], ctx: _Ctx) -> str | None:
    count = _count(m, ctx.lang)
    if not ctx.published or not count:
        return None
    lo, hi = count
    pub = ctx.published
    unit = UNITS[ctx.lang][m["u"]]
    if unit == "year":  # "il y a deux ans": the calendar year, no finer than the text
        return edtf_from_interval(date(pub.year - hi, 1, 1), date(pub.year - lo, 12, 31))
    return edtf_from_interval(*_shift(pub, pub, unit, -hi, -lo))


# ---------------------------------------------------------------- context checks for find_dates

Check = Callable[[re.Match[str], str], bool]


def _capitalised(m: re.Match[str], text: str, group: str) -> bool:
    return text[m.start(group)].isupper()


def _check_day_month(m: re.Match[str], text: str) -> bool:
    """English "May 3" needs its capital when no year follows ("they may 3...")."""
    mo = m["mo"].rstrip(".")
    return m["y"] is not None or mo not in AMBIGUOUS_MONTHS["en"] or _capitalised(m, text, "mo")


def _check_numeric(m: re.Match[str], text: str) -> bool:
    return _numeric_date(m, "fr") is not None


def _check_range(m: re.Match[str], text: str) -> bool:
    for group in ("mo", "mo1"):
        mo = _g(m, group)
        if (
            mo
            and m["y"] is None
            and mo.rstrip(".") in AMBIGUOUS_MONTHS["en"]
            and not _capitalised(m, text, group)
        ):
            return False
    return True


def _check_month_fr(m: re.Match[str], text: str) -> bool:
    """Bare "mars"/"mai" only after en, début, fin, mi-, de, or capitalised."""
    if m["mo"] not in AMBIGUOUS_MONTHS["fr"] or _g(m, "pre") or _g(m, "rel"):
        return True
    before = m.string[max(0, m.start() - 3) : m.start()]
    return before.endswith(("de ", "d'")) or _capitalised(m, text, "mo")


def _check_month_en(m: re.Match[str], text: str) -> bool:
    """Bare "May" needs a preposition; "March" and "August" need a capital or a preposition."""
    mo = m["mo"]
    if mo == "may":
        return bool(_g(m, "pre")) and _capitalised(m, text, "mo")
    if mo in AMBIGUOUS_MONTHS["en"]:
        return _capitalised(m, text, "mo")
    return True


def _check_month_rel_en(m: re.Match[str], text: str) -> bool:
    return m["mo"] not in AMBIGUOUS_MONTHS["en"] or _capitalised(m, text, "mo")


_WORD_AFTER = re.compile(r"\s+[^\W\d]")


def _check_year_fr(m: re.Match[str], text: str) -> bool:
    """ "pour 2013" is a year, "pour 2000 manifestants" a count."""
    return _squash(m["pre"]) not in ("pour", "d'ici") or not _WORD_AFTER.match(m.string, m.end())


def _check_year_range(m: re.Match[str], text: str) -> bool:
    return int(m["y1"]) < _full_year(int(m["y1"]), m["y"])


def _check_season_fr(m: re.Match[str], text: str) -> bool:
    if SEASON_NAMES.match(m.string, m.end()):
        return False
    return bool(_g(m, "pre") or _g(m, "rel"))


def _check_season_en(m: re.Match[str], text: str) -> bool:
    if m["s"] == "fall":
        return bool(_g(m, "rel") or _g(m, "the"))
    return True


def _check_season_year_en(m: re.Match[str], text: str) -> bool:
    return m["s"] != "fall" or bool(_g(m, "pre"))


def _check_period(m: re.Match[str], text: str) -> bool:
    """A determiner or a modifier is needed; "le/la/l'/the" also need "dernier", "last"... or a modifier."""
    det, rel, part = _g(m, "det"), _g(m, "rel"), _g(m, "part")
    word = _squash(m["w"])
    if not det:
        return bool(part) and (word != "an" or bool(rel))
    det = _squash(det)
    if det in ("le", "la", "l'", "the", "over the"):
        if word in ("week-end", "weekend", "week end"):
            return True
        return bool(rel or part) and det != "over the"
    if det in ("the last", "the past") and _OF_AFTER.match(m.string, m.end()):
        return False
    return word != "an" or bool(rel)


def _check_chained_count(m: re.Match[str], text: str) -> bool:
    """Without a number the unit must be plural ("days later"), and "days on end" is no date."""
    if _g(m, "dir") == "on" and _END_AFTER.match(m.string, m.end()):
        return False
    return bool(_g(m, "n") or _g(m, "few")) or m["u"].endswith("s")


# ---------------------------------------------------------------- rule table


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str
    name: str
    regex: re.Pattern[str]
    resolve: Resolver
    relative: Callable[[re.Match[str]], bool]
    check: Check | None


def _no_year(m: re.Match[str]) -> bool:
    return m["y"] is None


def _always(m: re.Match[str]) -> bool:
    return True


def _never(m: re.Match[str]) -> bool:
    return False


_RESOLVERS: dict[str, tuple[Resolver, Callable[[re.Match[str]], bool]]] = {
    "iso": (_r_iso, _never),
    "numeric": (_r_numeric, _never),
    "day_month": (_r_day_month, _no_year),
    "day_range": (_r_day_range, _no_year),
    "month_year": (_r_month_year, _never),
    "month": (_r_month, _always),
    "month_rel": (_r_month, _always),
    "year": (_r_year, _never),
    "year_range": (_r_year_range, _never),
    "decade": (_r_decade, _never),
    "season_year": (_r_season_year, _never),
    "season_rel": (_r_season, _always),
    "weekday": (_r_weekday, _always),
    "night": (_r_night, _always),
    "deictic": (_r_deictic, _always),
    "period": (_r_period, _always),
    "chained": (_r_chained, _always),
    "chained_count": (_r_chained_count, _always),
    "ago": (_r_ago, _always),
}
_CHECKS: dict[str, dict[str, Check]] = {
    "fr": {
        "numeric": _check_numeric,
        "month": _check_month_fr,
        "year": _check_year_fr,
        "year_range": _check_year_range,
        "season_rel": _check_season_fr,
        "period": _check_period,
    },
    "en": {
        "numeric": _check_numeric,
        "day_month": _check_day_month,
        "day_range": _check_range,
        "month": _check_month_en,
        "month_rel": _check_month_rel_en,
        "year_range": _check_year_range,
        "season_rel": _check_season_en,
        "season_year": _check_season_year_en,
        "period": _check_period,
        "chained_count": _check_chained_count,
        "ago": _check_chained_count,
    },
}


def _build_rules(lang: str) -> tuple[_Rule, ...]:
    rules = []
    for kind, name, template in TEMPLATES[lang]:
        resolve, relative = _RESOLVERS[name]
        rules.append(_Rule(kind, name, _compile(template, lang), resolve, relative, _CHECKS[lang].get(name)))
    return tuple(rules)


RULES: dict[str, tuple[_Rule, ...]] = {lang: _build_rules(lang) for lang in TEMPLATES}


def _language(lang: str) -> str:
    code = (lang or "").lower()[:2]
    if code not in RULES:
        raise ValueError(f"dates: unsupported language {lang!r} (expected one of {sorted(RULES)})")
    return code


# ---------------------------------------------------------------- public API


def _named(rule: _Rule, m: re.Match[str]) -> bool:
    """A season that is part of a name ("le printemps arabe", "Prague Spring"), not a date."""
    return rule.kind == "season" and bool(SEASON_NAMES.match(m.string, m.end()))


def _matches(text: str, lang: str, *, checked: bool) -> list[tuple[int, int, _Rule, re.Match[str]]]:
    """Longest non-overlapping rule matches over the folded text, in text order."""
    folded = fold(text)
    found = []
    for rule in RULES[lang]:
        for m in rule.regex.finditer(folded):
            if not checked or rule.check is None or rule.check(m, text):
                found.append((m.start(), m.end(), rule, m))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken = bytearray(len(text))
    chosen = []
    for f in found:
        if not any(taken[f[0] : f[1]]):
            taken[f[0] : f[1]] = b"\x01" * (f[1] - f[0])
            chosen.append(f)
    return sorted(chosen, key=lambda f: f[0])


def find_dates(text: str, lang: str) -> list[DateSpan]:
    """Date expressions in a sentence, longest first, non-overlapping, in text order."""
    lang = _language(lang)
    return [
        DateSpan(s, e, text[s:e], _kind(rule, m, lang))
        for s, e, rule, m in _matches(text, lang, checked=True)
    ]


def _kind(rule: _Rule, m: re.Match[str], lang: str) -> str:
    """Span kind; "this week", "le mois dernier", "last year" take the kind of their unit."""
    if rule.name != "period":
        return rule.kind
    unit = PERIOD_WORDS[lang][_squash(m["w"])]
    return "week" if unit == "weekend" else unit


@lru_cache(maxsize=4)
def _date_parser(lang: str) -> Any:
    """One dateparser parser per language, for explicit full dates the patterns miss."""
    from dateparser.date import DateDataParser

    settings = {
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "STRICT_PARSING": True,
    }
    return DateDataParser(languages=[lang], settings=settings)


def _fallback(expr: str, lang: str) -> str | None:
    """Explicit full dates only (day, month and year written), so no publication date is needed."""
    if len(expr) > 60 or not any(ch.isdigit() for ch in expr):
        return None
    try:
        data = _date_parser(lang).get_date_data(expr)
    except (ValueError, TypeError, OverflowError):
        return None
    if data and data.date_obj and data.period == "day":
        return datetime.date(data.date_obj).isoformat()
    return None


def _resolved(edtf: str | None, expr: str, relative: bool) -> ResolvedDate:
    bounds = edtf_interval(edtf)
    if bounds is None:
        return ResolvedDate(None, expr, None, None, relative)
    return ResolvedDate(edtf, expr, bounds[0], bounds[1], relative)


def resolve_date(
    expr: str, lang: str, published: date | None, anchor: ResolvedDate | None = None
) -> ResolvedDate:
    """Resolve one date expression: relative ones against ``published``, chained ones against ``anchor``."""
    lang = _language(lang)
    if isinstance(published, datetime):
        published = published.date()
    ctx = _Ctx(lang, published, anchor)
    stripped = expr.strip(' \t\r\n,;:()[]«»"')
    folded = fold(stripped)
    for rule in RULES[lang]:
        m = rule.regex.fullmatch(folded)
        if m:
            return _resolved(rule.resolve(m, ctx), expr, rule.relative(m))
    explicit = _fallback(stripped, lang)
    if explicit:
        return _resolved(explicit, expr, False)
    found = [f for f in _matches(stripped, lang, checked=False) if not _named(f[2], f[3])]
    if found:
        _, _, rule, m = max(found, key=lambda f: f[1] - f[0])
        return _resolved(rule.resolve(m, ctx), expr, rule.relative(m))
    return _resolved(None, expr, False)
