"""Dates typed the way people write them: 2027-06-30, 30/06/2027, 30 juin 2027, 1er juillet,
June 30, 2027. French and English month names, full or abbreviated, with or without accents.

Numbers only: year first is ISO (year, month, day); otherwise day first, as in Québec
(30/06/2027), unless only month first makes a real date (06/30/2027 is June 30). Without a
year, the next such date from today."""
from __future__ import annotations

import datetime as _dt
import re

from .tabular import fold

_MONTHS = {
    1: ("janvier", "janv", "jan", "january"),
    2: ("fevrier", "fevr", "fev", "february", "feb"),
    3: ("mars", "mar", "march"),
    4: ("avril", "avr", "april", "apr"),
    5: ("mai", "may"),
    6: ("juin", "june", "jun"),
    7: ("juillet", "juil", "july", "jul"),
    8: ("aout", "august", "aug"),
    9: ("septembre", "sept", "sep", "september"),
    10: ("octobre", "oct", "october"),
    11: ("novembre", "nov", "november"),
    12: ("decembre", "dec", "december"),
}
MONTHS = {name: n for n, names in _MONTHS.items() for name in names}

# words that may surround a date and say nothing about it
_NOISE = {"le", "la", "l", "the", "on", "of", "de", "du", "lundi", "mardi", "mercredi", "jeudi",
          "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "lun", "mer", "jeu", "ven", "sam", "dim",
          "mon", "tue", "wed", "thu", "fri", "sat", "sun"}
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_ORDINAL = re.compile(r"^(\d{1,2})(er|re|e|st|nd|rd|th)$")


def _make(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int | None:
    if len(text) == 4:
        return int(text)
    if len(text) == 2:
        return 2000 + int(text)
    return None


def _without_year(month: int, day: int, today: _dt.date) -> _dt.date | None:
    this_year = _make(today.year, month, day)
    if this_year is not None and this_year >= today:
        return this_year
    return _make(today.year + 1, month, day) or this_year


def parse_date(text: str, today: _dt.date | None = None) -> _dt.date | None:
    """The date written in text, or None when it is not one (or not a real day)."""
    today = today or _dt.date.today()
    raw = fold(text or "").strip()
    if not raw:
        return None
    numeric = re.fullmatch(r"(\d{1,4})[-/. ](\d{1,2})[-/. ](\d{1,4})", raw)
    if numeric:
        a, b, c = numeric.groups()
        if len(a) == 4:
            return _make(int(a), int(b), int(c))
        year = _year(c)
        if year is None:
            return None
        first, second = int(a), int(b)
        if first <= 12 < second:    # 06/30/2027: month first (US)
            return _make(year, first, second)
        return _make(year, second, first)
    # words: a month name, a day, maybe a year, in any order (30 juin 2027, June 30, 2027)
    tokens = [t for t in _TOKEN.findall(raw.replace("1er", "1"))]
    month = None
    numbers: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            # « 1st », « 2nd »: digits followed by an ordinal suffix
            numbers.append(tok)
            continue
        if numbers and _ORDINAL.match(numbers[-1] + tok) and tokens[i - 1].isdigit():
            continue
        if tok in MONTHS and month is None:
            month = MONTHS[tok]
            continue
        if tok in _NOISE or tok.rstrip(".") in _NOISE:
            continue
        return None
    if month is None or not numbers or len(numbers) > 2:
        return None
    days = [n for n in numbers if len(n) <= 2]
    years = [n for n in numbers if len(n) == 4]
    if len(numbers) == 1:
        if not days:
            return None
        return _without_year(month, int(days[0]), today)
    if len(days) == 1 and len(years) == 1:
        return _make(int(years[0]), month, int(days[0]))
    if len(days) == 2:   # 30 juin 27
        return _make(2000 + int(numbers[1]), month, int(numbers[0]))
    return None
