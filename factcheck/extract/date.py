"""Date claims: "January 16, 2025", "16 January 2025", "Jan. 16", "2025-01-16", "1/16/2025",
"February 13", "Sunday", "until at least 2030", "a 1761 work", "last March", "mid-2007",
"late June", "the end of March", "spring of 2015", "yesterday", "last year",
"three years ago", "1988-2006", "2008-9".

Values are ISO dates at day, month or year granularity. Expressions without a year
resolve against the document's publication date: partial dates and weekdays take the
most recent reading on or before it, unless the words just before them speak of the
future ("will", "would … on Wednesday", "next"). Without a publication date such
expressions get no value.

Not dates here: times of day, decades ("the 1930s"), seasons without a year, weeks
("last week"), ordinals, ages, identifiers ("Vision 2030" after a name, "No. 2020").

Finding and resolving are separate: each ``_Form`` pairs a pattern with the function
that resolves its match. ``find`` scans the lower-cased text once for trigger words (a
digit, a month or weekday name, "ago", "today", "year", a holiday), tries the forms that
suit the trigger's kind where the trigger starts and where the words before it that may
open a date start ("the first Friday of", "nearly three years"), and keeps the longest
of overlapping candidates, leaving out datelines, "Posted:" stamps and author bios.
Regexes are only ever *matched* at those offsets, which keeps the extractor fast.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction
from typing import Literal, NamedTuple

from factcheck.extract._date_starts import DEAD_STARTS
from factcheck.extract._numbers import TENS, UNITS, parse_number
from factcheck.extract._scan import (
    TRIGGER_BOUNDARY,
    FirstCharScan,
    any_of,
    candidate_starts,
    dead_words,
    first_of,
    lazy,
    longest_first,
    trie,
)
from factcheck.extract._spans import Text, make_value
from factcheck.extract.duration import FIGURE, HEDGE, HEDGES
from factcheck.models import Claim, DateValue

KIND = "date"

# --- vocabulary -------------------------------------------------------------------------

_MONTH_NAMES = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]  # fmt: skip
MONTHS: dict[str, int] = {name: i + 1 for i, name in enumerate(_MONTH_NAMES)}
MONTHS.update({name[:3]: i + 1 for i, name in enumerate(_MONTH_NAMES)})
MONTHS["sept"] = 9
WEEKDAYS: dict[str, int] = {}
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
for _i, _name in enumerate(_WEEKDAY_NAMES):
    WEEKDAYS[_name] = _i
    WEEKDAYS[_name[:3]] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
# Abbreviations that are also common English words: only a date next to a date.
_WORDLIKE_WEEKDAYS = frozenset({"mon", "wed", "sat", "sun"})
_ORDINAL_WORDS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
for _i, _w in enumerate(_ORDINAL_WORDS[:9]):
    ORDINALS[f"twenty {_w}"] = 21 + _i
    ORDINALS[f"twenty-{_w}"] = 21 + _i
ORDINALS.update({"thirtieth": 30, "thirty first": 31, "thirty-first": 31})
# Fixed-date holidays: (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "xmas": (12, 25), "ides of march": (3, 15),
    "boxing day": (12, 26), "new year's eve": (12, 31), "new year's day": (1, 1),
    "halloween": (10, 31), "valentine's day": (2, 14), "independence day": (7, 4),
    "international workers' day": (5, 1), "may day": (5, 1), "juneteenth": (6, 19),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "bastille day": (7, 14),
    "armistice day": (11, 11), "veterans day": (11, 11), "remembrance day": (11, 11),
    "guy fawkes night": (11, 5), "all saints' day": (11, 1),
}  # fmt: skip

_MON = (
    r"(?:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?![a-z])|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?![a-z]))"
)
_WD = (
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
    r"|(?:mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)\.?(?![a-z]))"
)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_ORD_RE = "|".join(
    re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", "[-\\s]")
    for w in sorted(ORDINALS, key=len, reverse=True)
)
_DAY = rf"(?:{_DAYNUM}|(?:{_ORD_RE})(?![\w-]))"
_YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"


def _easter(year: int) -> date:
    """Easter Sunday (Gregorian), by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth(nth: int, wd: int, month: int) -> Callable[[int], date]:
    def on(year: int) -> date:
        d = _nth_weekday(year, month, wd, nth)
        assert d is not None
        return d

    return on


# Holidays whose date moves: year → date (US customs where they differ).
MOVABLE: dict[str, Callable[[int], date]] = {
    "thanksgiving": _nth(4, 3, 11), "thanksgiving day": _nth(4, 3, 11),
    "black friday": lambda y: _nth(4, 3, 11)(y) + timedelta(days=1),
    "cyber monday": lambda y: _nth(4, 3, 11)(y) + timedelta(days=4),
    "memorial day": _nth(-1, 0, 5), "labor day": _nth(1, 0, 9), "labour day": _nth(1, 0, 9),
    "mother's day": _nth(2, 6, 5), "father's day": _nth(3, 6, 6),
    "martin luther king jr. day": _nth(3, 0, 1), "martin luther king day": _nth(3, 0, 1),
    "mlk day": _nth(3, 0, 1), "presidents' day": _nth(3, 0, 2), "presidents day": _nth(3, 0, 2),
    "columbus day": _nth(2, 0, 10),
    "easter": _easter, "easter sunday": _easter, "easter day": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "palm sunday": lambda y: _easter(y) - timedelta(days=7),
    "maundy thursday": lambda y: _easter(y) - timedelta(days=3),
    "holy saturday": lambda y: _easter(y) - timedelta(days=1),
    "ash wednesday": lambda y: _easter(y) - timedelta(days=46),
}  # fmt: skip
_HOLIDAY_RE = "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]?")
    for h in sorted([*HOLIDAYS, *MOVABLE], key=len, reverse=True)
)
_FLAGS = re.IGNORECASE | re.VERBOSE


# --- candidates -------------------------------------------------------------------------


class Value(NamedTuple):
    """A resolved date, light to build; ``DateValue`` is made only for claims kept."""

    date: str
    granularity: Literal["day", "month", "year"]
    date_end: str | None = None
    from_context: bool = False  # the year comes from the passage, not the publication date

    def model(self) -> DateValue:
        if self.from_context:
            return make_value(
                DateValue, date=self.date, granularity=self.granularity, year_from_context=True
            )
        if self.date_end is None:
            return make_value(DateValue, date=self.date, granularity=self.granularity)
        return make_value(
            DateValue, date=self.date, granularity=self.granularity, date_end=self.date_end
        )


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate date: span and value (None when it cannot be resolved)."""

    start: int
    end: int
    value: Value | None
    qualifier: str | None = None


Resolver = Callable[[re.Match[str], Text], "list[Found]"]


@dataclass(frozen=True, slots=True)
class _Form:
    pattern: re.Pattern[str]
    resolve: Resolver


def _day_value(d: date | None) -> Value | None:
    return None if d is None else Value(d.isoformat(), "day")


def _month_value(year: int, month: int) -> Value:
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return Value(f"{year:04d}-{month:02d}", "month")


def _year_value(year: int, end: int | None = None) -> Value:
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return Value(f"{year:04d}", "year", None if end is None else f"{end:04d}")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(yy: int, published: date | None) -> int:
    pivot = (published.year if published else 2000) + 20
    year = 2000 + yy
    return year if year <= pivot else year - 100


def _day_number(token: str) -> int | None:
    t = " ".join(token.lower().replace("-", " ").split())
    if t in ORDINALS:
        return ORDINALS[t]
    t2 = t.replace(" ", "-")
    if t2 in ORDINALS:
        return ORDINALS[t2]
    digits = t.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    value = parse_number(t)  # "twenty one of May"
    return int(value) if value is not None and value.is_integer() else None


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


# --- resolution against the publication date --------------------------------------------

# Shaped as a trie so each position tries a few branches; case-sensitive, it runs on the
# lower-cased text (``_FUTURE_ANY_CASE`` where lower-casing is not exact).
_FUTURE_WORDS = (
    r"\b(?:w(?:ill|ould)|s(?:hall|cheduled|et\s+to|tarts)|going\s+to|u(?:pcoming|ntil)"
    r"|ex(?:pected\s+to|pires?)|due\s+to|plan(?:s?\s+to|ned\s+for)"
    r"|t(?:akes?\s+(?:effect|place)|o\s+be\s+held)|c(?:omes?\s+into\s+force|loses)|is\s+due"
    r"|a(?:re\s+due|head\s+of)|begins?|opens|launches|re(?:sumes|turns|convenes)|meets|next)\b"
    r"|['’]ll\b"
)
_FUTURE = lazy(_FUTURE_WORDS)
_FUTURE_ANY_CASE = lazy(_FUTURE_WORDS, re.IGNORECASE)


def _is_future(text: Text, start: int) -> bool:
    """Whether the words just before ``start``, in its clause, speak of the future.

    "would come back to it on Wednesday" is future; "forecasters said Thursday" is not,
    whatever the clause before the comma says. Several forms ask about the same start,
    so the answers are kept per document.
    """
    memo = text.memo.get("date.future")
    if memo is None:
        memo = text.memo["date.future"] = {}
    future = memo.get(start)
    if future is None:
        future = memo[start] = _future_before(text, start)
    return future


def _future_before(text: Text, start: int) -> bool:
    s = text.text
    lo = max(0, start - 60)
    clause = _CLAUSE_START.match(s, lo, start)
    if clause is not None:
        lo = clause.end()
        if _APPOSED.fullmatch(s, lo, start) and s[lo - 2 : lo - 1] == ",":
            # "Next month's vote, on 18 November, ...": a date set off after the noun it
            # dates takes that noun's tense, so the clause before the comma is read too
            wider = _CLAUSE_START.match(s, max(0, lo - 62), lo - 2)
            lo = wider.end() if wider is not None else max(0, lo - 62)
    if _reported(s, lo, start):
        return False
    low = text.lowered
    if low is not None and s[lo - 1 if lo else 0 : start].isascii():
        # For ASCII, case-blind matching is matching the lower-cased text (whose offsets
        # are one on); \b at ``lo`` reads the character before, so that one is ASCII too.
        return _FUTURE.search(low, lo + 1, start + 1) is not None
    return _FUTURE_ANY_CASE.search(s, lo, start) is not None


_CLAUSE_START = lazy(r".*(?:[,;:—–.!?]\s|\n)\s*|.*\s[-–—]\s", re.DOTALL)
#: A clause that is only the preposition of the date after it: ", on 18 May".
_APPOSED = lazy(r"(?:on|in|at|from|for)?\s*", re.IGNORECASE)
_REPORTED = lazy(
    r"(?s:.*)\b(?:said|says|told|announced|reported|confirmed|added|wrote|stated|tweeted|posted)"
    r"(?:\s+(?:on|late|early))?\s*$",
    re.IGNORECASE,
)
# The words ``_REPORTED`` can end with: most clauses end otherwise, and this says so at once.
_REPORTED_LAST_WORDS = (
    "said", "says", "told", "announced", "reported", "confirmed", "added", "wrote", "stated",
    "tweeted", "posted", "on", "late", "early",
)  # fmt: skip


def _reported(s: str, lo: int, start: int) -> bool:
    """Whether ``s[lo:start]`` ends with a reporting verb ("forecasters said")."""
    last = s[lo:start].rstrip()[-9:]
    # Case-blind matching equals lower-casing for ASCII only ("ſaid" matches too).
    if last.isascii() and not last.lower().endswith(_REPORTED_LAST_WORDS):
        return False
    return _REPORTED.match(s, lo, start) is not None


def _month_day(published: date, month: int, day: int, future: bool) -> date | None:
    """The most recent month/day on or before ``published`` (or the next one on or after)."""
    step = 1 if future else -1
    year = published.year
    for _ in range(9):  # 29 February recurs within 8 years
        d = _safe_date(year, month, day)
        if d is not None and (d >= published if future else d <= published):
            return d
        year += step
    return None


def _month_only(published: date, month: int, future: bool) -> tuple[int, int]:
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return year, month


def _weekday(published: date, wd: int, future: bool) -> date:
    delta = (wd - published.weekday()) % 7
    if future:
        return published + timedelta(days=delta)
    return published - timedelta(days=(published.weekday() - wd) % 7)


def _week_weekday(published: date, wd: int, weeks: int) -> date:
    """Weekday ``wd`` of the week ``weeks`` away from the publication's (weeks start Monday)."""
    monday = published - timedelta(days=published.weekday())
    return monday + timedelta(days=7 * weeks + wd)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _nth_weekday(year: int, month: int, wd: int, nth: int) -> date | None:
    if nth == -1:
        last = calendar.monthrange(year, month)[1]
        d = date(year, month, last)
        return d - timedelta(days=(d.weekday() - wd) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == month else None


# --- forms ------------------------------------------------------------------------------


def _full_numeric(m: re.Match[str], text: Text) -> list[Found]:
    g = m.groupdict()
    if g.get("iy"):
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g.get("cy"):
        y, mo, d = int(g["cy"]), int(g["cm"]), int(g["cd"])
    else:
        a, b, yraw = int(g["na"]), int(g["nb"]), g["ny"]
        y = int(yraw) if len(yraw) == 4 else _two_digit_year(int(yraw), text.published)
        mo, d = (a, b) if a <= 12 else (b, a)
    value = _day_value(_safe_date(y, mo, d))
    if value is None:
        return []
    return [Found(m.start(), m.end(), value)]


_NUMERIC = lazy(
    r"""(?:
        (?<![\w./:,])(?P<iy>1[89]\d\d|20\d\d)(?P<isep>[-.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)
        (?![\d.:-]?\d)
      | (?<![\w./:,-])(?P<iy2>1[89]\d\d|20\d\d)/(?P<im2>[01]?\d)/(?P<id2>[0-3]?\d)(?![\d/]|\.\d)
      | (?<![\w.,])(?P<cy>19\d\d|20\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?!\d)
      | (?<![\w./:,-])(?P<na>[0-3]?\d)(?P<sep>[/.-])(?P<nb>[0-3]?\d)(?:(?P=sep)|,\s*(?=\d{4}))
        (?P<ny>\d{4}|\d{2})(?![\d/.-]?\d)
    )""",
    re.VERBOSE,
)


def _numeric(m: re.Match[str], text: Text) -> list[Found]:
    if m.group("iy2"):
        value = _day_value(_safe_date(int(m["iy2"]), int(m["im2"]), int(m["id2"])))
        return [Found(m.start(), m.end(), value)] if value else []
    return _full_numeric(m, text)


def _month_name_date(m: re.Match[str], text: Text) -> list[Found]:
    mon = m.group("mon")
    if mon == "may" and m.group("day").isdigit() and not m.group("year"):
        return []  # "may 3": the verb
    if mon.islower() and m.group("day")[:1].isalpha() and m.start("mon") == m.end("day") + 1:
        return []  # "a second march": the noun, not "the second of March"
    month = _month_number(mon)
    day = _day_number(m.group("day"))
    if day is None or day > 31:
        return []
    yraw = m.group("year")
    if yraw:
        yraw = yraw.lstrip("'’")
        year = int(yraw) if len(yraw) == 4 else _two_digit_year(int(yraw), text.published)
        return _one(m, _day_value(_safe_date(year, month, day)))
    if _safe_date(2000, month, day) is None:
        return []
    pub = text.published
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    wd_token = m.groupdict().get("wd") or m.groupdict().get("wd_after")
    if wd_token:  # "Monday, April 1": the year in which April 1 is a Monday
        wd = _weekday_token(wd_token)
        for y in sorted(range(pub.year - 3, pub.year + 4), key=lambda y: abs(y - pub.year)):
            d = _safe_date(y, month, day)
            if d is not None and d.weekday() == wd and abs((d - pub).days) < 200:
                return _one(m, _day_value(d))
    d = _month_day(pub, month, day, _is_future(text, m.start()))
    return _one(m, _day_value(d))


def _one(m: re.Match[str], value: Value | None, start: int | None = None) -> list[Found]:
    if value is None:
        return []
    return [Found(m.start() if start is None else start, m.end(), value)]


_MONTH_DAY = lazy(
    rf"""(?<![\w.])(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s*[,/-]?\s*(?:the\s+)?
    (?P<day>{_DAY})(?!\w|[:,]\d|\.\d|\s*(?:%|percent|per\s+cent|pct|[ap]\.?m\b))
    (?:(?:\s*,\s*|\s+|-|\s+(?:of|in)\s+)(?P<year>{_YEAR4}|['’]\d\d(?!\d)))?
    (?:,\s*(?P<wd_after>{_WD})(?![\w'’]))?""",
    _FLAGS,
)
_DAY_MONTH = lazy(
    rf"""(?<![\w.,$£€/-])(?:(?P<wd>{_WD}),?\s+)?(?:the\s+)?
    (?P<day>{_DAY}|(?:twenty|thirty)[-\s](?:one|two|three|four|five|six|seven|eight|nine)(?=\s+of\s))
    \s*(?:of\s+|-|\.|/|\s)?\s*(?P<mon>{_MON})
    (?:(?:\s*,\s*|\s+|-|/|\s+(?:of|in)\s+)(?P<year>{_YEAR4}|['’]?\d\d(?![\d:]|\s*(?:%|[a-z]))))?""",
    _FLAGS,
)


def _month_year(m: re.Match[str], text: Text) -> list[Found]:
    g = m.groupdict()
    mon = g.get("mon") or g.get("mon2")
    if mon is not None:
        if mon == "may" or mon == "march":
            return []
        month = _month_number(mon)
        yraw = (g.get("year") or g.get("year2") or "").lstrip("'’")
        if not yraw:
            return []
        year = int(yraw) if len(yraw) == 4 else _two_digit_year(int(yraw), text.published)
        return _one(m, _month_value(year, month))
    year = int(g.get("ny") or g.get("dy") or g["dy2"])
    month = int(g.get("nm") or g.get("nm2") or g.get("dm") or g["dm2"])
    if not 1 <= month <= 12:
        return []
    if g.get("ny") and month == (year + 1) % 100:
        return []  # "2010/11": a financial year
    return _one(m, _month_value(year, month))


_MONTH_YEAR = lazy(
    rf"""(?<![\w.])(?:
        (?P<mon>{_MON})\s*(?:,\s*|-\s*|/\s*|of\s+|in\s+)?(?P<year>{_YEAR4}|['’]\d\d(?!\d)|(?:3[2-9]|[4-9]\d)(?!\d))
      | (?P<year2>{_YEAR4})\s*,?\s*(?P<mon2>{_MON})(?!\s*\d)
      | (?P<ny>1[89]\d\d|20\d\d)(?:\s*/\s*(?P<nm>[01]?\d)|-(?P<nm2>0[1-9]|1[0-2]))(?![\d/-]|\.\d)
      | (?P<dm>[01]?\d)(?:-|\s*/\s*)(?P<dy>1[89]\d\d|20\d\d)(?![\d/-])
      | (?P<dm2>0[1-9]|1[0-2])\.(?P<dy2>1[89]\d\d|20\d\d)(?![\d/-]|[.,]\d)
      | (?P<py>(?:1[89]|20)\d\d)\.(?P<pm>[1-9]|1[0-2])(?![\d.])
    )""",
    _FLAGS,
)


def _month_year_dispatch(m: re.Match[str], text: Text) -> list[Found]:
    if m.group("py"):
        return _one(m, _month_value(int(m["py"]), int(m["pm"])))
    return _month_year(m, text)


def _named_ymd(m: re.Match[str], text: Text) -> list[Found]:
    year = int(m.group("ay") or m.group("by"))
    month = _month_number(m.group("amon") or m.group("bmon"))
    day = int(m.group("ad") or m.group("bd"))
    return _one(m, _day_value(_safe_date(year, month, day)))


_NAMED_YMD = lazy(
    rf"""(?<![\w./-])(?:
        (?P<ay>{_YEAR4})(?:\s*[/.-]\s*|\s+(?=[a-z]{{3,}}\s))(?P<amon>{_MON})\s*[/.-]?\s*
        (?P<ad>[0-3]?\d)(?!\d|\s+[a-z]|\s*%)
      | (?P<by>{_YEAR4})\s*[/.-]\s*(?P<bd>[0-3]?\d)\s*[/.-]\s*(?P<bmon>{_MON})
    )""",
    _FLAGS,
)


def _weekday_token(token: str) -> int:
    return WEEKDAYS[token.lower().rstrip(".")]


def _weekday_forms(m: re.Match[str], text: Text) -> list[Found]:
    g = m.groupdict()
    pub = text.published
    if g.get("ord") or g.get("ordl"):
        return _ordinal_weekday(m, text)
    wd_token = g.get("wd") or g.get("wd2")
    assert wd_token is not None
    wd = _weekday_token(wd_token)
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    if g.get("dnum"):  # "Tuesday the 19th", "Monday 21"
        day = _day_number(g["dnum"])
        if day is None:
            return []
        return _one(m, _day_value(_weekday_day(pub, wd, day)))
    if g.get("nmo"):  # "friday 5/12"
        mo, d = int(g["nmo"]), int(g["nda"])
        if mo > 12:
            mo, d = d, mo
        if _safe_date(2000, mo, d) is None:
            return []
        future = _is_future(text, m.start())
        return _one(m, _day_value(_month_day(pub, mo, d, future)))
    rel = " ".join((g.get("rel") or g.get("rel2") or "").lower().split())
    week = " ".join((g.get("week") or "").lower().split())
    if g.get("after_next"):  # "friday after next": a week after the coming one
        coming = pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        return _one(m, _day_value(coming + timedelta(days=7)))
    if week:
        offset = -1 if ("last" in week or "previous" in week) else (0 if "this" in week else 1)
        return _one(m, _day_value(_week_weekday(pub, wd, offset)))
    if rel in ("last", "previous", "the previous"):
        return _one(m, _day_value(_week_weekday(pub, wd, -1)))
    if rel == "next" or g.get("wd_next"):  # "next Monday", "Monday next"
        return _one(m, _day_value(_week_weekday(pub, wd, 1)))
    if rel == "this":
        return _one(m, _day_value(_week_weekday(pub, wd, 0)))
    if rel in ("coming", "this coming", "upcoming") or rel.endswith(
        "following"
    ):  # "the following Tuesday"
        return _one(m, _day_value(pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)))
    token = wd_token.lower().rstrip(".")
    if token in _WORDLIKE_WEEKDAYS and not (_alone(text, m) or _ON_ABBREVIATION(text, m)):
        return []
    if _EVERY_MONTH.match(text.text, m.end()) or _EVERY_BEFORE.search(
        text.text, max(0, m.start() - 6), m.start()
    ):
        return []  # "the first Tuesday of every month", "Friday of each week", "every Monday"
    if not rel and _NAMED_DAY_BEFORE.search(text.text, max(0, m.start() - 8), m.start()):
        return []  # "Black Monday", "Super Tuesday": names
    if (
        not rel
        and _NAMED_DAY_AROUND.match(text.text, m.end())
        and _THE_BEFORE.search(text.text, max(0, m.start() - 5), m.start())
    ):
        return []  # "the Sunday Times"
    start = m.start("wd") if g.get("wd") else m.start()
    return _one(m, _day_value(_weekday(pub, wd, _is_future(text, start))), start)


_EVERY_MONTH = lazy(r"\s+(?:of|in)\s+(?:every|each)\b", re.IGNORECASE)
_EVERY_BEFORE = lazy(r"\b(?:every|each)\s+$", re.IGNORECASE)
_NAMED_DAY_BEFORE = lazy(
    r"\b(?:Black|Cyber|Super|Good|Ash|Holy|Maundy|Shrove|Bloody|Palm|Manic|Casual)\s+$"
)
# "the Sunday Times", "the Monday Night Football": a weekday in a name.
_NAMED_DAY_AROUND = lazy(r"\s+[A-Z][a-z]+")
_THE_BEFORE = lazy(r"\b[Tt]he\s+$")


def _ON_ABBREVIATION(text: Text, m: re.Match[str]) -> bool:
    """ "on Wed," / "on Sat.": a capitalised abbreviation after "on", ending a phrase."""
    s = text.text
    return (
        s[m.start()].isupper()
        and s[max(0, m.start() - 3) : m.start()] == "on "
        and (m.end() == len(s) or s[m.end()] in ".,;:!?)" or s[m.end() - 1] == ".")
    )


def _alone(text: Text, m: re.Match[str]) -> bool:
    """Whether the match is all the text there is ("sat." as a whole entry)."""
    return text.text[: m.start()].strip() == "" and text.text[m.end() :].strip() in ("", ".")


def _weekday_day(published: date, wd: int, day: int) -> date | None:
    """The day-of-month ``day`` falling on weekday ``wd`` nearest to ``published``."""
    best: date | None = None
    for k in range(-14, 15):
        year, month = _add_months(published.year, published.month, k)
        d = _safe_date(year, month, day)
        if (
            d is not None
            and d.weekday() == wd
            and (best is None or abs((d - published).days) < abs((best - published).days))
        ):
            best = d
    return best


def _ordinal_weekday(m: re.Match[str], text: Text) -> list[Found]:
    g = m.groupdict()
    ord_token = (g.get("ord") or g["ordl"]).lower()
    nth = -1 if ord_token == "last" else _day_number(ord_token)
    if nth is None or nth > 5:
        return []
    if _EVERY_MONTH.match(text.text, m.end()):
        return []  # "meets on the first Tuesday of every month": a frequency
    wd = _weekday_token(g.get("owd") or g["owdl"])
    pub = text.published
    omon = g.get("omon") or g.get("omonl")
    if omon:
        month = _month_number(omon)
        oyear = g.get("oyear") or g.get("oyearl")
        if oyear:
            year = int(oyear)
        elif pub is not None:
            year = pub.year
        else:
            return [Found(m.start(), m.end(), None)]
    elif pub is None:
        return [Found(m.start(), m.end(), None)]
    else:
        rel = (g.get("orel") or g.get("orell") or "this").lower()
        year, month = _add_months(pub.year, pub.month, {"last": -1, "next": 1}.get(rel, 0))
    return _one(m, _day_value(_nth_weekday(year, month, wd, nth)))


_WEEKDAY = lazy(
    rf"""(?<![\w.'’-])(?:
        (?:the\s+)?(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+
        (?P<owd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
        (?:\s+(?:of|in)\s+(?:(?P<omon>{_MON})(?:\s+(?P<oyear>{_YEAR4}))?|(?P<orel>this|next|last|the)\s+month))?
      | (?:the\s+)?(?P<ordl>last)\s+
        (?P<owdl>monday|tuesday|wednesday|thursday|friday|saturday|sunday)
        \s+(?:of|in)\s+(?:(?P<omonl>{_MON})(?:\s+(?P<oyearl>{_YEAR4}))?|(?P<orell>this|next|last|the)\s+month)
      | (?P<rel2>this|next|last|previous)\s+week(?:['’]s)?\s+(?:on\s+)?(?P<wd2>{_WD})
      | (?:(?P<rel>last|next|(?:this\s+)?coming|this|upcoming|(?:the\s+)?previous
            |(?:the\s+)?following)\s+)?
        (?P<wd>{_WD})
        (?:
            ,?\s+(?:the\s+)?(?P<dnum>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|(?:{_ORD_RE})(?![\w-])
                |(?:[12]\d|3[01]|0?[1-9])(?=\s*(?:[!?,;]|\.(?!\d)|$)))
          | ,?\s+(?P<nmo>[01]?\d)[./-](?P<nda>[0-3]?\d)(?![\d./-])
          | \s+(?:of\s+|from\s+)?
            (?P<week>(?:this|next|last|the\s+following|the\s+previous|the\s+next)\s+week)
          | \s+(?P<after_next>after\s+next|week)\b(?!['’-])
          | \s+(?P<wd_next>next)\b(?!\s+(?:week|month|year)\b)
        )?
    )""",
    _FLAGS,
)


def _relative(m: re.Match[str], text: Text) -> list[Found]:
    pub = text.published
    word = " ".join(m.group(0).lower().split())
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    if word == "today" and not _names_the_day(text, m.start(), m.end()):
        return []
    days = {
        "yesterday": -1,
        "today": 0,
        "tomorrow": 1,
        "the day after tomorrow": 2,
        "the day before yesterday": -2,
    }
    if word in days:
        return _one(m, _day_value(pub + timedelta(days=days[word])))
    if word.endswith(" day"):  # "the next day", "last day": the day after or before
        step = -1 if word.split()[-2] in ("last", "previous") else 1
        return _one(m, _day_value(pub + timedelta(days=step)))
    if word.endswith(("before last", "after next")):  # "the year before last"
        unit = word.split()[-3]
        shift = -2 if word.endswith("last") else 2
        if unit == "year":
            return _one(m, _year_value(pub.year + shift))
        return _one(m, _month_value(*_add_months(pub.year, pub.month, shift)))
    rel, _, unit = word.rpartition(" ")
    if word in ("year to date", "year-to-date"):
        return _one(m, _year_value(pub.year))
    shift = {"last": -1, "this": 0, "next": 1, "previous": -1, "the": 0}.get(rel.split()[-1], 0)
    if unit in ("year", "yr"):
        return _one(m, _year_value(pub.year + shift))
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, shift)
        return _one(m, _month_value(year, month))
    return []


_TODAY_NOT_A_DAY = lazy(
    r"(?:\bexists?|\bexisted|\bof|\bthe\s+\w+(?:\s+\w+)?|\beven|\bstill|\bworld|\bsociety)\s+$",
    re.IGNORECASE,
)


def _names_the_day(text: Text, start: int, end: int) -> bool:
    """Whether "today" means the publication day rather than "nowadays"."""
    s = text.text
    if s[end : end + 2] in ("'s", "’s"):
        return True
    before = _previous_word(s, start)
    word = before.lower().strip(",")
    if not word or before[-1] in '.!?"“”:;':
        return True  # "Today, the council voted"
    if word in _BEFORE_TODAY_THE_DAY or word.endswith("ed") or _ING_VERB(word):
        return True  # "said today", "is today", "until today", "announced today", "announcing"
    if _TODAY_NOT_A_DAY.search(s, max(0, start - 30), start):
        return False  # "the system today", "exist today"
    if _VERB_AFTER_TODAY.match(s, end):
        return True  # "China today announced"
    # At the end of a clause: the day when the clause tells of an event ("the app went live
    # today"), not when it describes how things are ("people learn languages today").
    lo = max(0, start - 80)
    clause = _CLAUSE_START.match(s, lo, start)
    return _EVENT_VERB.search(s, clause.end() if clause else lo, start) is not None


def _ING_VERB(word: str) -> bool:
    """ "announcing today", "meeting today"; not "nothing today", "during today"."""
    return word.endswith("ing") and not word.endswith("thing") and word not in ("during", "king")


_EVENT_VERB = lazy(
    r"\b(?:\w+ed|went|said|told|made|took|gave|won|lost|sent|began|rose|fell|came|left|met|held"
    r"|saw|got|became|will|would|shall)\b|['’]ll\b",
    re.IGNORECASE,
)


_VERB_AFTER_TODAY = lazy(
    r"\s+(?:\w+ed|said|says|is|are|was|were|will|has|have|had|announces?|unveils?|launches?"
    r"|releases?|reports?|publishes?|begins?|starts?|opens?|closes?|votes?|meets?|signs?|holds?"
    r"|made|took|gave|told|won|lost|sent|put|set|cut|hit|saw|began|rose|fell)\b",
    re.IGNORECASE,
)


_BEFORE_TODAY_THE_DAY = frozenset(
    "is are was were be been said says announced told held begins begin starts start opens "
    "open closes close due scheduled expected set released published unveiled launched until "
    "from on by as later earlier here out filed reported confirmed revealed decided ruled back "
    "go leave come arrive return meet finish end vote sign launch publish release announce "
    "decide rule hold it's".split()
)


_RELATIVE = lazy(
    r"""(?<![\w-])(?:
        the\s+day\s+(?:after\s+tomorrow|before\s+yesterday)
      | yesterday | today | tomorrow
      | year[-\s]to[-\s]date
      | (?<!the\s)(?:last|this|next)\s+(?:year|yr|month)
      | (?:the\s+)?(?:next|following|last|previous)\s+day(?!\s+of\b)
      | (?:the\s+)?(?:year|month)\s+(?:before\s+last|after\s+next)
    )(?![\w-])""",
    _FLAGS,
)


def _ago(m: re.Match[str], text: Text) -> list[Found]:
    found = _ago_value(m, text)
    hedge = m.group("hedge")
    if not hedge or not found:
        return found
    qualifier = HEDGES[" ".join(hedge.lower().split())]  # "nearly three years ago"
    return [Found(f.start, f.end, f.value, qualifier) for f in found]


def _ago_value(m: re.Match[str], text: Text) -> list[Found]:
    pub = text.published
    fig = " ".join(m.group("fig").lower().split())
    unit = m.group("unit").lower().rstrip("s")
    amount = _figure_value(fig)
    if unit == "fortnight" and amount is not None:
        unit, amount = "day", amount * 14
    if amount is None or amount != int(amount):
        return []
    n = int(amount)
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    if not m.group("anchor") and _in_historical_quote(text, m.start(), pub.year):
        return []  # a letter of 1893 saying "600 years ago": only the duration counts
    if m.group("anchor"):  # "two days from today", "five years from now"
        anchor = m.group("anchor").lower()
        day = pub + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(anchor, 0))
        if unit in ("day", "week"):
            return _one(m, _day_value(day + timedelta(days=n * (7 if unit == "week" else 1))))
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        year, month = _add_months(day.year, day.month, months)
        if anchor != "now":  # "a year from today": that day
            last = calendar.monthrange(year, month)[1]
            return _one(m, _day_value(_safe_date(year, month, min(day.day, last))))
        if unit == "month":
            return _one(m, _month_value(year, month))
        return _one(m, _year_value(year))
    if unit == "year":
        return _one(m, _year_value(pub.year - n))
    if unit == "decade":
        return _one(m, _year_value(pub.year - 10 * n))
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, -n)
        return _one(m, _month_value(year, month))
    if unit == "week":
        return _one(m, _day_value(pub - timedelta(days=7 * n)))
    if unit == "day":
        return _one(m, _day_value(pub - timedelta(days=n)))
    return []


_PAST_YEAR = lazy(r"(?<![\w$£€.,-])(1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d)")


def _in_historical_quote(text: Text, pos: int, published_year: int) -> bool:
    """Whether ``pos`` is inside a quotation whose sentence dates it to an earlier year."""
    s = text.text
    p_start, _ = text.paragraph_bounds(pos)
    opening = max(s.rfind("“", p_start, pos), s.rfind('"', p_start, pos))
    if opening < 0 or s.rfind("”", opening, pos) >= 0:
        return False
    if s[opening] == '"' and s.count('"', p_start, pos) % 2 == 0:
        return False  # that straight mark closed a quotation
    lead = max(_sentence_start(s, opening), p_start)  # "In a letter written in 1893, ..."
    return any(int(y) < published_year - 1 for y in _PAST_YEAR.findall(s, lead, opening))


def _figure_value(fig: str) -> Fraction | None:
    if fig in ("a", "an", "another"):
        return Fraction(1)
    if fig.startswith("half") or fig == "a half":
        return Fraction(1, 2)
    v = parse_number(fig)
    return None if v is None else Fraction(v)


_AGO = lazy(
    rf"""(?<![\w$£€.,/-])(?:(?P<hedge>{HEDGE})\s+)?(?P<fig>{FIGURE})[\s-]+(?P<unit>years?|months?|weeks?|days?|decades?|fortnights?)
    \s+(?:ago\b|(?:from|after)\s+(?P<anchor>today|now|yesterday|tomorrow)\b)""",
    _FLAGS,
)


def _counted(m: re.Match[str], text: Text) -> list[Found]:
    """ "March in a year" (a year on); "three fridays from now"; "two thousand and ten"."""
    pub = text.published
    g = m.groupdict()
    if g.get("tyear"):
        value = parse_number(g["tyear"])
        if value is None or not 2000 <= value < 2100:
            return []
        return _one(m, _year_value(int(value)))
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    n = _figure_value(" ".join((g.get("cfig") or g.get("wfig") or "").lower().split()))
    if n is None or n != int(n) or n < 1:
        return []
    if g.get("cmon"):
        return _one(m, _month_value(pub.year + int(n), _month_number(g["cmon"])))
    wd = WEEKDAYS[(g.get("cwd") or "").lower()]
    first = pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
    return _one(m, _day_value(first + timedelta(days=7 * (int(n) - 1))))


_COUNTED_MONTH = lazy(
    rf"""(?<![\w-])(?P<cmon>january|february|march|april|may|june|july|august|september|october
    |november|december)\s+in\s+(?P<cfig>\d+|{FIGURE})\s+years?\b""",
    _FLAGS,
)
_COUNTED_WEEKDAYS = lazy(
    rf"""(?<![\w-])(?P<wfig>\d+|{FIGURE})\s+
    (?P<cwd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\s+from\s+now\b""",
    _FLAGS,
)
_UNIT_WORDS_1_9 = trie(w for w in UNITS if 0 < UNITS[w] < 10)
#: "in two thousand and three", "since two thousand nineteen": the words of a year after a
#: word that may open one, not followed by a noun ("in two thousand cases").
_COUNTED_YEAR = lazy(
    r"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
    r"(?P<tyear>two\s+thousand(?:\s+(?:and\s+)?(?:"
    rf"(?:{trie(TENS)})(?:[-\s](?:{_UNIT_WORDS_1_9}))?|{trie(w for w in UNITS if UNITS[w] > 0)}))?)"
    r"(?![\w-])(?!\s+(?!(?:by|and|or|but|when|while|after|before|in|on|at|to|the|a|an|as|with"
    r"|for|from|until|that|which|who|so|then|it|he|she|they|we|i)\b)[a-z])",
    re.IGNORECASE,
)


def _nth_day(m: re.Match[str], text: Text) -> list[Found]:
    """ "the third day of October", "the last day of October 2015", "first day of next month"."""
    g = m.groupdict()
    pub = text.published
    if g.get("nyear"):
        year, month = int(g["nyear"]), _month_number(g["nmon"])
    elif pub is None:
        return [Found(m.start(), m.end(), None)]
    elif g.get("nmon"):
        year, month = _month_only(pub, _month_number(g["nmon"]), _is_future(text, m.start()))
    else:
        rel = (g.get("nrel") or "this").lower()
        year, month = _add_months(pub.year, pub.month, {"last": -1, "next": 1}.get(rel, 0))
    token = g["nth"].lower()
    day = calendar.monthrange(year, month)[1] if token == "last" else _day_number(token)
    if day is None:
        return []
    return _one(m, _day_value(_safe_date(year, month, day)))


_NTH_DAY = lazy(
    rf"""(?<![\w-])(?:the\s+)?(?P<nth>last|{_ORD_RE}|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+
    day\s+of\s+(?:(?P<nmon>{_MON})(?:\s*,?\s*(?P<nyear>{_YEAR4}))?|(?P<nrel>this|next|last|the)\s+month)""",
    _FLAGS,
)


def _word_year(m: re.Match[str], text: Text) -> list[Found]:
    """ "nineteen eighty-four", "twenty twenty", "eighteen fifteen", "in ’97"."""
    if m.group("ay2"):
        return _one(m, _year_value(_two_digit_year(int(m["ay2"]), text.published)), m.start() - 1)
    hi = UNITS.get(m["hi"].lower()) or TENS[m["hi"].lower()]
    low = m["lo"].lower().replace("-", " ").split()
    if low[0] in ("oh", "o"):
        low = low[1:]
    lo = parse_number(" ".join(low))
    if lo is None or not 0 < lo < 100:
        return []
    return _one(m, _year_value(hi * 100 + int(lo)))


_YEAR_HI = "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
_YEAR_LO_WORDS = [w for w in UNITS if UNITS[w] >= 10] + list(TENS)
_YEAR_WORDS_BEFORE = "in of by since until till from before after year circa".split()
_AFTER_YEAR_WORD = "|".join(rf"(?<=\b{w}\s)" for w in _YEAR_WORDS_BEFORE)
_AFTER_YEAR_WORD_MARK = "|".join(rf"(?<=\b{w}\s[’'])" for w in _YEAR_WORDS_BEFORE)
_WORD_YEAR = lazy(
    rf"""(?:
        (?:{_AFTER_YEAR_WORD})
        (?P<hi>{trie(_YEAR_HI.split())})\s+
        (?P<lo>(?:oh|o)\s+(?:{trie(w for w in UNITS if 0 < UNITS[w] < 10)})
          |(?:{trie(TENS)})(?:[-\s](?:{trie(w for w in UNITS if 0 < UNITS[w] < 10)}))?
          |{trie(w for w in UNITS if UNITS[w] >= 10)})(?![\w-])
      | (?:{_AFTER_YEAR_WORD_MARK})
        (?P<ay2>\d\d)(?![\w%’'-]|[.,]\d)
    )""",
    _FLAGS,
)


def _holiday(m: re.Match[str], text: Text) -> list[Found]:
    name = " ".join(m.group("hol").lower().replace("’", "'").split())
    if name not in HOLIDAYS and name not in MOVABLE:
        name = {n.replace("'", ""): n for n in [*HOLIDAYS, *MOVABLE]}.get(name.replace("'", ""), "")
    pub = text.published
    if name in MOVABLE:
        on = MOVABLE[name]
        if m.group("hyear"):
            return _one(m, _day_value(on(int(m["hyear"]))))
        if pub is None:
            return [Found(m.start(), m.end(), None)]
        future = _is_future(text, m.start())
        d = on(pub.year)
        if future and d < pub:
            d = on(pub.year + 1)
        elif not future and d > pub:
            d = on(pub.year - 1)
        return _one(m, _day_value(d))
    if name not in HOLIDAYS:
        return []
    month, day = HOLIDAYS[name]
    if m.group("hyear"):
        return _one(m, _day_value(date(int(m["hyear"]), month, day)))
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    return _one(m, _day_value(_month_day(pub, month, day, _is_future(text, m.start()))))


_HOLIDAY = lazy(
    rf"(?<![\w-])(?P<hol>{_HOLIDAY_RE})(?!\w)(?:\s+(?P<hyear>{_YEAR4}))?",
    re.IGNORECASE,
)


def _year_range(m: re.Match[str], text: Text) -> list[Found]:
    y1 = int(m["y1"])
    tail = m["y2"]
    if len(tail) == 4:
        y2 = int(tail)
        if y2 <= y1 or y2 - y1 > 200:
            return []
        return [
            Found(m.start(), m.start("y1") + 4, _year_value(y1)),
            Found(m.start("y2"), m.end(), _year_value(y2)),
        ]
    y2 = y1 - y1 % 10 ** len(tail) + int(tail)
    if y2 <= y1 or y2 - y1 > 9:
        return []
    if len(tail) == 2 and y2 == y1 + 1:
        return []  # "2011-12": an academic or financial year, not a span of calendar years
    return [Found(m.start(), m.end(), _year_value(y1, y2))]


_YEAR_RANGE = lazy(
    r"(?<![\w$£€.,/:-])(?P<y1>1[0-9]\d\d|20\d\d)\s*[-–]\s*(?P<y2>1[0-9]\d\d|20\d\d|\d{1,2})"
    r"(?![\w%]|[.,/:-]\d|\s+(?:season|school|academic|(?:financial|fiscal)\s+years?)\b)",
    re.IGNORECASE,
)


_NOT_BEFORE_A_YEAR = frozenset(
    "no nos number flight route room page pp chapter article section bill rule proposition prop "
    "model version unit block suite box code vol volume item exhibit form about nearly almost "
    "some than around approximately roughly only just over under $ £ € ¥ #".split()
)


def _previous_word(s: str, pos: int) -> str:
    """The word just before ``pos`` (skipping spaces), without opening quotes or brackets."""
    j = pos
    while j > 0 and s[j - 1] in " \t":
        j -= 1
    lo = max(0, j - 24)
    i = max(s.rfind(" ", lo, j), s.rfind("\n", lo, j), lo - 1) + 1
    return s[i:j].lstrip("\"'(“‘[")


# Capitalised words after which a number is still a year: "In 2019", "Since 2012".
_CAPITALISED_OK = frozenset([
    "in", "since", "by", "until", "from", "before", "after", "during", "of", "and", "the", "to",
    "through", "between", "for", "at", "on", "around", "circa", "early", "late", "mid", "end",
    "spring", "summer", "autumn", "fall", "winter", "year", "fiscal", "christmas", "until",
    "till", "while", "when", "as", "throughout", "within", "beyond", "past", "next", "last",
    "this", "that", "each", "every", "than",
])  # fmt: skip
_YEAR_NOT_A_DATE_AFTER = lazy(
    r"\s*(?:%|percent\b|per\s+cent\b|pct\b|[ap]\.?m\b|gmt\b|bst\b|utc\b|et\b|edt\b|est\b"
    r"|hrs\b|hours\b|local\s+time\b|km\b|kg\b|mw\b|ft\b|m\b|miles\b|feet\b|metres\b|meters\b"
    r"|tonnes\b|tons\b|points\b|pts\b|people\b|persons\b|troops\b|votes\b|shares\b|units\b"
    r"|of\s+(?:its|the|their|his|her|our|them|those|these|whom|which)\b"
    r"|(?:(?:new|more|extra|other|[a-z]{3,}(?:ed|al|ic|ous|ive|ary|ing|ful|able|ible))\s+)?"
    r"(?!(?:this|does|goes|says|plus|thus|less|unless|across|perhaps|always|whereas|news)\b)"
    r"[a-z]{3,}s\b(?<!ss\b))",
)
_YEAR_PREPOSITION = lazy(
    r"\b(?:the|in|since|by|of|from|until|till|to|through|between|and|for|after|before"
    r"|during|early|late|mid|'s|’s)\s*-?\s*$",
    re.IGNORECASE,
)


def _year(m: re.Match[str], text: Text) -> list[Found]:
    s = text.text
    start, end = m.span()
    year = int(m.group(0))
    if start >= 2 and s[start - 1] == " " and s[start - 2].isdigit():
        return []  # "5 2019": a list of numbers
    word = _previous_word(s, start)
    low = word.rstrip(".").lower()
    if low in _NOT_BEFORE_A_YEAR or (
        word[:1].isupper()
        and len(word) > 1
        and low not in _CAPITALISED_OK
        and not word.endswith(("'s", "’s"))
        and not (word.isupper() and _CAPS_AFTER.match(s, end))  # "SEES HIGHER 1987 EARNINGS"
    ):
        return []  # "No. 2020", "about 2000", "Vision 2030"
    after = _YEAR_NOT_A_DATE_AFTER.match(s, end)
    if after is not None:
        if (
            not _YEAR_PREPOSITION.search(s, max(0, start - 12), start)
            and low != "fiscal"
            and not _PERIOD_NOUN_AFTER.match(s, end)
        ):
            return []
        this_year = text.published.year if text.published else 2000
        if not 1900 <= year <= this_year + 50:
            return []  # "the 1500 troops": a count, though "the 2020 elections" is a year
    if year < 1500 and not _OLD_YEAR_BEFORE.search(s, max(0, start - 16), start):
        return []  # "1200 aircraft staff", though "between 1276 and 1299" are years
    return [Found(start, end, _year_value(year))]


# What a year may qualify without a preposition before it: "expects 1988 revenues".
_PERIOD_NOUN_AFTER = lazy(
    r"\s+(?:[a-z]+\s+)?(?:earnings|revenues?|results|sales|profits?|losses|figures|accounts"
    r"|elections?|olympics|games|budgets?|forecasts?|estimates?|targets?|dividends?|exports"
    r"|imports|shipments|deliveries|quotas?|crops?|harvests?|prices|levels|output|spending)\b"
)
# A headline in capitals goes on in capitals: "SEES HIGHER 1987 EARNINGS".
_CAPS_AFTER = lazy(r"\s+[A-Z][A-Z'’-]+\b(?![a-z])|\s*$", re.MULTILINE)
_OLD_YEAR_BEFORE = lazy(
    r"(?:\b(?:the|in|since|by|of|from|until|till|through|between|for|after|before|during"
    r"|early|late|mid|circa|'s|’s)|\d\d\d\s*(?:and|or|to|-|–))\s*-?\s*$",
    re.IGNORECASE,
)
# "2019's budget" is the year; "the 1990's", like "the 1990s", a decade.
_YEAR = lazy(
    r"(?<![\w$£€¥#/.,:@-])(?<!\d[-–])(?:1[0-9]|20)\d\d(?![\w%]|[.,/:-]\d|s\b|(?<=0)['’]s\b)"
)
_YEAR_MID = lazy(r"(?<=[A-Za-z]-)(?:1[0-9]|20)\d\d(?![\w%]|[.,/:-]\d)")


def _month_alone(m: re.Match[str], text: Text) -> list[Found]:
    s = text.text
    token = m.group("bmon")
    low = token.lower().rstrip(".")
    rel = (m.group("brel") or "").lower()
    # "May after next", "June before last" say they are months as "next May" does
    rel = rel or " ".join((m.group("bnext") or "").lower().split())
    if m.group("babbr") and not _MONTH_NAME_BEFORE.search(s[max(0, m.start() - 14) : m.start()]):
        return []  # "Mar", "Dec" alone: only "in Oct", "since Sept."
    if low in ("may", "march", "august") and token[0].islower():
        return []
    if (
        token[0].islower()
        and not rel
        and not _LOWER_MONTH_BEFORE.search(s[max(0, m.start() - 10) : m.start()])
    ):
        return []
    if not rel and low == "may" and not _MAY_BEFORE.search(s[max(0, m.start() - 14) : m.start()]):
        return []
    nxt = s[m.end() : m.end() + 30]
    if (
        not rel
        and _NAME_AFTER.match(nxt)
        and not _MONTH_NAME_BEFORE.search(s[max(0, m.start() - 14) : m.start()])
    ):
        return []  # "April Ryan", "June Smith": names
    if _MONTH_NOT_A_DATE_AFTER.match(s, m.end()):
        return []  # "March organisers", "May Day marchers"
    month = MONTHS[low]
    pub = text.published
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    if rel == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif rel == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif rel == "this":
        year = pub.year
    elif rel == "after next":  # "June after next": the June after the coming one
        year = (pub.year if month > pub.month else pub.year + 1) + 1
    elif rel == "before last":  # "June before last": the June before the last one
        year = (pub.year if month < pub.month else pub.year - 1) - 1
    else:
        year, month = _month_only(pub, month, _is_future(text, m.start()))
    return _one(m, _month_value(year, month))


# Compiled once (``_month_alone`` runs for most month names): the words before a month
# name that make it a date even in lower case, before "May", or before a capitalised word.
_LOWER_MONTH_BEFORE = lazy(r"\b(?:in|the|of|since|until|by|from)\s+$", re.I)
_MAY_BEFORE = lazy(
    r"\b(?:in|of|since|until|by|from|early|late|mid|end|start|and|or|through|to|before|after"
    r"|during)\s*-?\s*$",
    re.I,
)
_NAME_AFTER = lazy(r"\s+[A-Z][a-z]")
_MONTH_NAME_BEFORE = lazy(
    r"\b(?:in|of|since|until|by|from|early|late|mid|during|before|after|through)\s*-?\s*$", re.I
)
# People who march or parade: the month name is the event, not a date.
_MONTH_NOT_A_DATE_AFTER = lazy(
    r"\s+(?:organi[sz]ers?|organi[sz]ation|participants?|marchers?|protesters?|demonstrators?"
    r"|stewards?|marshals?|route|organi[sz]ing\s+committee)\b",
    re.IGNORECASE,
)
_MONTH_ALONE = lazy(
    r"(?<![\w.'’])(?:(?<=mid-)|(?<=end-)|(?<!-))(?:(?P<brel>last|this|next)\s+)?"
    r"(?P<bmon>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|(?-i:(?P<babbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?)(?![\w'’-])"
    r"(?:\s+(?P<bnext>after\s+next|before\s+last)\b)?",
    re.IGNORECASE,
)


def _day_only(m: re.Match[str], text: Text) -> list[Found]:
    pub = text.published
    g = m.groupdict()
    if g.get("md_m"):
        mo, d = int(g["md_m"]), int(g["md_d"])
        if mo > 12:
            mo, d = d, mo
        if _safe_date(2000, mo, d) is None:
            return []
        if pub is None:
            return [Found(m.start("md"), m.end(), None)]
        future = _is_future(text, m.start())
        return _one(m, _day_value(_month_day(pub, mo, d, future)), m.start("md"))
    day = _day_number(g["dd"])
    if day is None or not 1 <= day <= 31:
        return []
    start = m.start("dd_start")
    if not g["dd_start"] and text.text[max(0, start - 4) : start].lower() == "the ":
        start -= 4  # "the 2nd of next month", found from its digit
    if pub is None:
        return [Found(start, m.end(), None)]
    if g.get("drel"):
        year, month = _add_months(pub.year, pub.month, 1 if g["drel"].lower() == "next" else -1)
        if g["drel"].lower() == "this":
            year, month = pub.year, pub.month
        return _one(m, _day_value(_safe_date(year, month, day)), start)
    future = _is_future(text, m.start())
    return _one(m, _day_value(_day_of_month(pub, day, future)), start)


def _day_of_month(published: date, day: int, future: bool) -> date | None:
    """The most recent "the 27th" on or before ``published`` (or the next on or after)."""
    for k in (0, 1, 2) if future else (0, -1, -2):
        year, month = _add_months(published.year, published.month, k)
        d = _safe_date(year, month, day)
        if d is not None and (d >= published if future else d <= published):
            return d
    return None


_DAY_ONLY = lazy(
    rf"""(?<![\w.])(?:
        (?P<dd_start>(?:the\s+)?)(?P<dd>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|{_ORD_RE})
            \s+of\s+(?P<drel>next|last|this)\s+month\b
      | (?<=\bthe\s)(?P<dd2>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w)|(?:{_ORD_RE})(?![\w-]))
            (?=\s*(?:[!?;:)]|[.,](?!\d)|$)|\s+(?:after|before|at|when|but|as)\b)
      | (?<=\bon\s)(?P<dd3>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?=\s*(?:[!?]|\.(?!\d)|$))
      | (?<=\b(?:on|in)\s)(?P<md>(?P<md_m>[01]?\d)\.(?P<md_d>[0-3]?\d))(?=\s*(?:[!?,;]|\.(?!\d)|$))
      | (?<![\d$£€/.,-])(?P<md2>(?P<md2_m>[0-3]?\d)/(?P<md2_d>[0-3]?\d))
            (?![\d/]|\.\d|\s*(?:%|pct\b|percent|per\b|of\b|cups?\b|inch|miles?\b|points?\b
                |pts\b|shares?\b|votes?\b|majority\b|basis|vote\b|split\b|service\b))
    )""",
    _FLAGS,
)


# "the 27" is a day of the month after these words (or alone), not after "around", "up".
_THE_DAY_AFTER = lazy(r"(?:^\s*|\b(?:on|for|by|until|till|before|after|from|since|to)\s+)$", re.I)


def _day_only_dispatch(m: re.Match[str], text: Text) -> list[Found]:
    g = m.groupdict()
    pub = text.published
    if g.get("dd2") or g.get("dd3"):
        token = g.get("dd2") or g["dd3"]
        day = _day_number(token)
        if day is None:
            return []
        start = m.start()
        if g.get("dd2"):
            start = m.start("dd2") - 4  # "the 27"
            if not _THE_DAY_AFTER.search(text.text, max(0, start - 12), start):
                return []
        if pub is None:
            return [Found(start, m.end(), None)]
        future = _is_future(text, start)
        return _one(m, _day_value(_day_of_month(pub, day, future)), start)
    if g.get("md2"):
        mo, dd = int(g["md2_m"]), int(g["md2_d"])
        on = text.text[max(0, m.start() - 3) : m.start()].lower() == "on "
        if (mo < 10 and dd < 10 and len(g["md2"]) == 3 and not on) or g["md2"] in (
            "24/7",
            "9/11",
            "7/7",
        ):
            return []  # "1/2", "3/4": fractions; "24/7"; "9/11" names an event
        if mo > 12:
            mo, dd = dd, mo
        if _safe_date(2000, mo, dd) is None:
            return []
        if pub is None:
            return [Found(m.start(), m.end(), None)]
        return _one(m, _day_value(_month_day(pub, mo, dd, _is_future(text, m.start()))))
    return _day_only(m, text)


def _season_or_period(m: re.Match[str], text: Text) -> list[Found]:
    pub = text.published
    if pub is None:
        return [Found(m.start(), m.end(), None)]
    unit = m.group("punit").lower()
    if unit == "year":
        return _one(m, _year_value(pub.year))
    return _one(m, _month_value(pub.year, pub.month))


_PERIOD = lazy(
    r"(?<![\w-])(?:the\s+)?(?:end|beginning|start|middle|turn|rest|remainder|first\s+half|second\s+half)"
    r"\s+of\s+the\s+(?P<punit>year|month)(?![\w-])",
    re.IGNORECASE,
)

# The forms to try at each kind of trigger word (and the words that may open its claim).
FORMS: dict[str, tuple[_Form, ...]] = {
    "d": (
        _Form(_NUMERIC, _numeric),
        _Form(_NAMED_YMD, _named_ymd),
        _Form(_MONTH_YEAR, _month_year_dispatch),
        _Form(_YEAR_RANGE, _year_range),
        _Form(_YEAR, _year),
        _Form(_YEAR_MID, _year),
        _Form(_DAY_ONLY, _day_only_dispatch),
        _Form(_WORD_YEAR, _word_year),
    ),
    "g": (_Form(_DAY_MONTH, _month_name_date),),  # a day glued to its month: "14april"
    "m": (
        _Form(_MONTH_DAY, _month_name_date),
        _Form(_DAY_MONTH, _month_name_date),
        _Form(_MONTH_YEAR, _month_year_dispatch),
        _Form(_MONTH_ALONE, _month_alone),
        _Form(_COUNTED_MONTH, _counted),
        _Form(_HOLIDAY, _holiday),
        _Form(_NTH_DAY, _nth_day),
    ),
    "w": (_Form(_WEEKDAY, _weekday_forms), _Form(_HOLIDAY, _holiday)),
    "wp": (_Form(_COUNTED_WEEKDAYS, _counted),),
    "r": (
        _Form(_RELATIVE, _relative),
        _Form(_PERIOD, _season_or_period),
        _Form(_HOLIDAY, _holiday),
        _Form(_NTH_DAY, _nth_day),
    ),
    "t": (_Form(_RELATIVE, _relative), _Form(_AGO, _ago)),
    "a": (_Form(_AGO, _ago),),
    "y": (_Form(_WORD_YEAR, _word_year),),
    "o": (_Form(_DAY_ONLY, _day_only_dispatch),),
    "h": (_Form(_HOLIDAY, _holiday), _Form(_COUNTED_YEAR, _counted)),
}
# The fast paths, both derived from the forms so that they cannot drift from them: the
# alternation of each kind's forms, and the words at which none of a kind's forms can open
# (generated into _date_starts.py by ``python -m factcheck.extract.date``).
_ANY_FORM = {kind: any_of(form.pattern for form in forms) for kind, forms in FORMS.items()}
_GLUED = lazy(r"\d{1,2}(?:st|nd|rd|th)?-?[a-z]{3}", re.IGNORECASE)

# Modifiers spanned with the date they modify: "late June", "mid-2007", "spring of 2015".
_PREFIX = lazy(
    r"(?<![\w-])(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|turn|first\s+half"
    r"|second\s+half|spring|summer|autumn|fall|winter)\s+of|early|late|mid"
    r"|spring|summer|autumn|fall|winter|end-|start-)\s*-?\s*$",
    re.IGNORECASE,
)
_PREFIX_OK_GRANULARITY = frozenset({"month", "year"})
_PREFIX_LAST_WORDS = frozenset("of early late mid spring summer autumn fall winter".split())
_SEASON = lazy(r"spring|summer|autumn|fall|winter", re.IGNORECASE)

# Cheap triggers: where a date could be. The full forms run only around these.
_MONTH_WORDS = [*MONTHS]
_WEEKDAY_WORDS = [*WEEKDAYS, *(w + "s" for w in WEEKDAYS if len(w) > 4)]
_RELATIVE_WORDS = "yesterday today tomorrow day year years yr month months ago now".split()
_HOLIDAY_WORDS = (
    "christmas halloween valentine independence workers juneteenth patrick bastille armistice "
    "veterans remembrance boxing fawkes saints thousand xmas thanksgiving memorial labor labour "
    "mother mothers father fathers martin mlk presidents columbus easter"
).split()
_TRIGGER_KINDS: dict[str, str] = {
    **dict.fromkeys(_MONTH_WORDS, "m"),
    **{w: "wp" if w.endswith("days") else "w" for w in _WEEKDAY_WORDS},
    **dict.fromkeys(_RELATIVE_WORDS, "r"),
    **dict.fromkeys(_HOLIDAY_WORDS, "h"),
    **dict.fromkeys(("ago", "now"), "a"),
    **dict.fromkeys(_YEAR_HI.split(), "y"),
    **dict.fromkeys((w for w in ORDINALS if " " not in w), "o"),
    **dict.fromkeys(("today", "yesterday", "tomorrow"), "t"),
}
_TRIGGER = lazy(TRIGGER_BOUNDARY + rf"(?:(\d)|({trie(_TRIGGER_KINDS)})(?![a-z]))")
# Words that may open a date claim before its trigger word: "the first Friday of next month".
_PREFIX_WORDS = frozenset(
    {w for h in HEDGES for w in h.split()}
    | set(UNITS)
    | set(TENS)
    | {w for o in ORDINALS for w in o.replace("-", " ").split()}
    | set(WEEKDAYS)
    | set(
        "a an another half the last next this coming upcoming previous past of early late "
        "mid end start beginning middle day days week weeks month months year years decade "
        "decades after before from new international st all guy two thousand black cyber ides "
        "following "
        "palm ash holy maundy fortnight fortnights "
        "good".split()
    )
)


def dead_starts() -> dict[str, list[str]]:
    """For each kind of trigger, the words (before a space) that open none of its forms."""
    words = _PREFIX_WORDS | set(_TRIGGER_KINDS)
    return {kind: dead_words([f.pattern for f in forms], words) for kind, forms in FORMS.items()}


# Each kind's dead starts as a set, looked up with the word a candidate opens (up to the
# first space): one hash per candidate instead of a prefix test per dead word. No dead
# word holds a space (they are the words "before a space"), so the word up to the first
# space is the only one that can be followed by it.
_DEAD: dict[str, frozenset[str]] = {kind: frozenset(words) for kind, words in DEAD_STARTS.items()}
_DEAD_REACH = 2 + max(len(w) for words in DEAD_STARTS.values() for w in words)


def extract(text: Text) -> Iterator[Claim]:
    """Every date claim in the text, in order."""
    for f in find(text):
        value = None if f.value is None else f.value.model()
        yield text.claim(KIND, f.start, f.end, value, qualifier=f.qualifier)


def find(text: Text) -> list[Found]:
    """The date candidates of ``text`` that survive: the longest of overlapping ones."""
    s = text.text
    low = text.lowered
    found: list[Found] = []
    for pos, kind in candidate_starts(s, _TRIGGER, _PREFIX_WORDS, _TRIGGER_KINDS, lowered=low):
        if kind == "d" and _GLUED.match(s, pos):
            kind = "g"
        dead = _DEAD.get(kind)
        if dead is not None and low is not None:
            space = low.find(" ", pos + 1, pos + _DEAD_REACH)
            if space > 0 and low[pos + 1 : space] in dead:
                continue  # "in March", "three months": no form of the kind opens with the word
        # One call, built from the kind's own forms, says whether any form matches here
        # and which is the first: most candidates ("years", "40,000") match none.
        first = _ANY_FORM[kind].match(s, pos)
        if first is None:
            continue
        forms = FORMS[kind][first_of(first) :]
        for form in forms:
            m = form.pattern.match(s, pos)
            if m is not None:
                try:
                    found.extend(form.resolve(m, text))
                except (OverflowError, ValueError):
                    continue  # the date falls outside the calendar ("9999999 days ago")
    kept: list[Found] = []
    bios: dict[int, bool] = {}
    for f in longest_first(found):
        if _boilerplate(text, f, bios):
            continue
        f = _with_prefix(s, f)
        if kept and f.start < kept[-1].end:
            continue
        kept.append(f)
    if kept:
        kept = _with_offsets(s, kept, text.published)
    if text.published is not None and kept:
        kept = _with_context_years(text, kept, text.published)
    return kept


# The offset combinator: a day counted from a dated anchor, "the third Tuesday after
# Christmas 2014", "two days before March 3", "a week from Friday", "three days after today".
_OFFSET_BEFORE = lazy(
    rf"""(?<![\w-])(?:
        (?:the\s+)?(?P<ord>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?P<owd>{_WD})
      | (?P<fig>{FIGURE})[\s-]+(?P<unit>days?|weeks?|fortnights?)
    )\s+(?P<dir>after|before|from)\s+$""",
    _FLAGS,
)
_OFFSET_WORDS = ("after", "before", "from")  # the words ``_OFFSET_BEFORE`` ends with


_WEEK_OF_BEFORE = lazy(
    r"(?<![\w-])(?:the\s+)?(?P<wn>first|second|third|fourth|1st|2nd|3rd|4th)\s+week\s+of\s+$",
    re.IGNORECASE,
)
_WEEK_ON_BEFORE = lazy(r"\b(?P<rel>this|next|last|previous)\s+week\s+on\s+$", re.IGNORECASE)
_WD_ONLY = lazy(_WD, _FLAGS)
_WEEK_OF_GAP = lazy(r"\s*,?\s*(?:on\s+)?", re.IGNORECASE)


def _week_of(s: str, out: list[Found], f: Found) -> Found | None:
    """ "the 1st week of Oct. on Friday": the weekday ``f`` in that week of the month
    claim just before it."""
    prev = out[-1] if out else None
    if prev is None or prev.value is None or prev.value.granularity != "month":
        return None
    gap = _WEEK_OF_GAP.match(s, prev.end)
    m = _WEEK_OF_BEFORE.search(s, max(0, prev.start - 24), prev.start)
    if gap is None or gap.end() != f.start or m is None or f.value is None:
        return None
    year, month = (int(x) for x in prev.value.date.split("-"))
    first = date(year, month, 1 + 7 * ((_day_number(m.group("wn")) or 1) - 1))
    wd = date.fromisoformat(f.value.date).weekday()
    d = first + timedelta(days=(wd - first.weekday()) % 7)
    return Found(m.start(), f.end, _day_value(d) or f.value)


#: A day counted from the date before it: "counting starts on 2 April and results come
#: the following day", "pupils return on 7 January, exams start the following Tuesday"
#: (with "the": "or previous Friday" counts from publication).
_ANCHORED = lazy(
    rf"the\s+(?:(?P<dir>following|previous)\s+(?P<wd>{_WD})"
    rf"|(?P<ddir>following|next|previous)\s+day)",
    _FLAGS,
)
#: "a week on Monday", "a fortnight on Friday": that weekday a week (two) after the coming one.
_WEEKS_ON_BEFORE = lazy(
    r"(?<![\w-])(?P<n>a|one|two|three)\s+(?P<unit>weeks?|fortnights?)\s+on\s+$", re.IGNORECASE
)


def _anchored(s: str, out: list[Found], f: Found) -> Found | None:
    """``f`` ("the following day") counted from the day claim just before it in its
    paragraph, or None when it has no such anchor (it then counts from publication)."""
    m = _ANCHORED.fullmatch(s, f.start, f.end)
    prev = out[-1] if out else None
    if (
        m is None
        or prev is None
        or prev.value is None
        or prev.value.granularity != "day"
        or prev.value.date_end is not None
        or "\n" in s[prev.end : f.start]
        or f.start - prev.end > 160
    ):
        return None
    anchor = date.fromisoformat(prev.value.date)
    if m.group("ddir"):
        d = anchor + timedelta(days=-1 if m.group("ddir").lower() == "previous" else 1)
    else:
        wd = _weekday_token(m.group("wd"))
        if m.group("dir").lower() == "previous":
            d = anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
        else:
            d = anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
    return Found(f.start, f.end, _day_value(d) or f.value, f.qualifier)


def _with_offsets(s: str, kept: list[Found], published: date | None) -> list[Found]:
    out: list[Found] = []
    for f in kept:
        v = f.value
        m = None
        anchored = _anchored(s, out, f) if v is not None else None
        if anchored is not None:
            out.append(anchored)
            continue
        weeks = None
        if v is not None and v.granularity == "day" and s[f.start - 3 : f.start].lower() == "on ":
            weeks = _WEEKS_ON_BEFORE.search(s, max(0, f.start - 24), f.start)
        if (
            weeks is not None
            and published is not None
            and v is not None
            and _WD_ONLY.fullmatch(s, f.start, f.end)
        ):  # "a week on Monday": the coming Monday and a week (a fortnight) more
            wd = date.fromisoformat(v.date).weekday()
            n = _figure_value(weeks.group("n").lower()) or 1
            per = 14 if weeks.group("unit").lower().startswith("fortnight") else 7
            coming = published + timedelta(days=(wd - published.weekday() - 1) % 7 + 1)
            d = coming + timedelta(days=int(n) * per)
            while out and out[-1].end > weeks.start():
                out.pop()
            out.append(Found(weeks.start(), f.end, _day_value(d) or v))
            continue
        week = _week_of(s, out, f) if v is not None and v.granularity == "day" else None
        if week is not None:
            out[-1] = week
            continue
        on = None
        if v is not None and s[f.start - 3 : f.start].lower() == "on ":
            on = _WEEK_ON_BEFORE.search(s, max(0, f.start - 20), f.start)
        if on is not None and v is not None and published is not None:  # "next week on Monday"
            wd = date.fromisoformat(v.date).weekday()
            step = {"this": 0, "next": 1}.get(on.group("rel").lower(), -1)
            d = _week_weekday(published, wd, step)
            out.append(Found(on.start(), f.end, _day_value(d) or v))
            continue
        if (
            v is not None
            and v.granularity == "day"
            and s[max(0, f.start - 8) : f.start].rstrip().lower().endswith(_OFFSET_WORDS)
        ):
            m = _OFFSET_BEFORE.search(s, max(0, f.start - 48), f.start)
        if m is not None and v is not None:
            anchor = date.fromisoformat(v.date)
            back = m.group("dir").lower() == "before"
            if m.group("ord"):
                nth = _day_number(m.group("ord"))
                wd = _weekday_token(m.group("owd"))
                if back:
                    d = anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
                else:
                    d = anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
                d += timedelta(days=(-7 if back else 7) * ((nth or 1) - 1))
            else:
                count = _figure_value(" ".join(m.group("fig").lower().split()))
                unit = m.group("unit").lower().rstrip("s")
                if (
                    count is None
                    or count != int(count)
                    or (back and m.group("dir").lower() == "from")
                ):
                    out.append(f)
                    continue
                days = int(count) * {"day": 1, "week": 7, "fortnight": 14}[unit]
                d = anchor + timedelta(days=-days if back else days)
            while out and out[-1].end > m.start():
                out.pop()  # "third tuesday" found alone, now part of the whole
            out.append(Found(m.start(), f.end, _day_value(d) or v))
            continue
        out.append(f)
    return out


# How a kept claim bears on the year of the partial dates after it.
_EXPLICIT_YEAR = lazy(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|['’]\d\d(?!\d)")
_PUBLISHED_RELATIVE = lazy(
    r"\b(?:ago|now|last|next|this|previous|coming|upcoming|year|month)\b", re.IGNORECASE
)
# The reporting frame ("said on Tuesday", "today") neither sets nor ends a context year.
_REPORTING_DAY = lazy(rf"^(?:{_WD}|yesterday|today|tomorrow)$", re.IGNORECASE)
_MONTH_OR_HOLIDAY = lazy(rf"(?<![\w.]){_MON}|{_HOLIDAY_RE}", re.IGNORECASE)
# A year that sets the time of what follows ("in 1986", "during 1986"), unlike one that
# starts a span or dates a founding ("since 1986", "founded in 1986").
_SETTING_BEFORE = lazy(r"(?:\b(?:in|during|throughout|of)|^|[.!?]\s+)\s*$", re.IGNORECASE)
_YEAR_WORDS_AFTER = lazy(
    r"\s+(?:of\s+)?(?:the\s+|that\s+)?(?:next|following|previous|same|that)?\s*year\b",
    re.IGNORECASE,
)
_SPAN_BEFORE = lazy(r"\b(?:since|until|till|by|before|after|from|through|to)\s*$", re.IGNORECASE)
_NOT_A_SETTING = lazy(
    r"\b(?:founded|established|born|built|formed|incorporated|set\s+up|created|opened)\b",
    re.IGNORECASE,
)


def _with_context_years(text: Text, kept: list[Found], published: date) -> list[Found]:
    """``kept`` with partial dates ("March 6", "late May") taking the year the passage set.

    A story published in 1988 about trades "in 1986" that says "on March 6" means 6 March
    1986. The year is set by an earlier year in a phrase that sets the time ("in 1986",
    "during 1986", a full date), in the same paragraph or the one before (each partial date
    that took it carries it on); a date read from the publication ("last October",
    "a year ago"), any other year, a future or recent partial date, or a paragraph without
    either ends it. Weekdays and "today" are the reporting frame and leave it be.
    """
    s = text.text
    starts = text.paragraph_starts
    year: int | None = None
    where = -2  # index of the paragraph that last carried the year
    out: list[Found] = []
    for f in kept:
        span = s[f.start : f.end]
        para = bisect_right(starts, f.start) - 1
        if year is not None and para > where + 1:
            year = None
        if f.value is None or f.value.date_end is not None or _REPORTING_DAY.match(span):
            out.append(f)
            continue
        if _EXPLICIT_YEAR.search(span):
            year = None
            y = int(f.value.date[:4])
            before = s[max(0, f.start - 16) : f.start]
            if (
                y < published.year
                and not _SPAN_BEFORE.search(before)
                and (f.value.granularity != "year" or _SETTING_BEFORE.search(before))
            ):
                lo = max(_sentence_start(s, f.start), starts[para])
                if not _NOT_A_SETTING.search(s, lo, f.start):
                    year, where = y, para
        elif _PUBLISHED_RELATIVE.search(span) or not _MONTH_OR_HOLIDAY.search(span):
            year = None
        elif _YEAR_WORDS_AFTER.match(s, f.end):
            year = None  # "late June of the next year": the words say which year
        elif year is not None and int(f.value.date[:4]) != year:
            near = 14 if para == where else 60  # a paragraph on: a recent date is news
            moved = None if _near(f.value, published, near) else _in_year(f.value, year)
            if moved is None or _is_future(text, f.start):
                year = None  # "the Jan. 15 deadline", "report back by August 1": now
            else:
                f = Found(f.start, f.end, moved, f.qualifier)
                where = para
        out.append(f)
    return out


def _sentence_start(s: str, pos: int) -> int:
    """The start of the sentence holding ``pos`` (at most 120 characters back)."""
    lo = max(0, pos - 120)
    return max(s.rfind(". ", lo, pos), s.rfind("\n", lo, pos), lo - 1) + 1


def _near(value: Value, published: date, days: int) -> bool:
    """Whether a date read from the publication date lies within ``days`` of it (a month
    by its first day)."""
    first = value.date if value.granularity == "day" else value.date + "-01"
    return abs((date.fromisoformat(first) - published).days) <= days


def _in_year(value: Value, year: int) -> Value | None:
    """``value`` (a day or a month) moved to ``year``, marked as taken from the context."""
    month = int(value.date[5:7])
    if value.granularity == "month":
        return Value(f"{year:04d}-{month:02d}", "month", None, True)
    d = _safe_date(year, month, int(value.date[8:10]))
    return None if d is None else Value(d.isoformat(), "day", None, True)


# A dateline opens a paragraph: "LONDON, March 2 - ...", "MUMBAI, Jan 5 (Reuters) -".
_DATELINE_BEFORE = lazy(r"[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?,\s*$")
_AGENCY_AFTER = lazy(r"\s*\([A-Z][\w ]*\)\s*[-–—]")
_STAMP = lazy(
    r"\s*(?:posted|updated|published|last\s+updated|first\s+published|last\s+modified)\b",
    re.IGNORECASE,
)
_DATELINE_AFTER = lazy(r"(?:\s*\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s*\d{4})?\s*(?:\(\w+\)\s*)?[-–—]")
# An author's bio: "Jane Doe joined the Paper in 2021 and previously worked at ...".
_BIO = FirstCharScan(
    r"\bjoined\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:in|as)\b|\bpreviously\s+worked"
    r"|\bis\s+an?\s+(?:[\w-]+\s+){0,3}(?:reporter|writer|correspondent|editor|journalist"
    r"|columnist)\s+(?:at|for|with)\b"
)
_ADDRESS_AFTER = lazy(
    r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln"
    r"|Way|Place|Pl|Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Crescent)\b"
)


def _boilerplate(text: Text, f: Found, bios: dict[int, bool]) -> bool:
    """Whether ``f`` sits in a dateline, an author bio or a street address.

    ``bios`` caches, per paragraph start, whether the paragraph is an author's bio.
    """
    s = text.text
    p_start, p_end = text.paragraph_bounds(f.start)
    if f.start - p_start <= 48:
        if _DATELINE_BEFORE.fullmatch(s, p_start, f.start) and _DATELINE_AFTER.match(s, f.end):
            return True
        if _AGENCY_AFTER.match(s, f.end) and not s[p_start : f.start].strip():
            return True  # "Feb 17 (Reuters) -"
        if p_end - p_start < 160 and _STAMP.match(s, p_start):
            return True  # "Posted: Jan. 5, 2020", "Updated 3:45 p.m. ET, March 2, 2020"
    if _ADDRESS_AFTER.match(s, f.end) and s[f.start : f.end].isdigit():
        return True
    if p_start not in bios:
        bios[p_start] = _BIO.first(s, p_start, p_end) is not None
    return bios[p_start]


def _with_prefix(s: str, f: Found) -> Found:
    """``f`` with a modifier before it ("late June", "mid-2007") taken into its span."""
    if f.value is not None and f.value.granularity not in _PREFIX_OK_GRANULARITY:
        return f
    word = _previous_word(s, f.start).lower()
    if word.rsplit("-", 1)[-1] not in _PREFIX_LAST_WORDS and not word.endswith("-"):
        return f
    m = _PREFIX.search(s, max(0, f.start - 32), f.start)
    if m is None:
        return f
    if _SEASON.match(m.group(0).lstrip()) and (f.value is None or f.value.granularity != "year"):
        return f  # a season goes only with a year: "spring of 2015"
    return Found(m.start(), f.end, f.value, f.qualifier)


if __name__ == "__main__":
    import sys

    lines = [
        '"""Dead starts of the date grammar. GENERATED from its forms: do not edit; regenerate',
        "with ``python -m factcheck.extract.date > factcheck/extract/_date_starts.py``.",
        "",
        "For each kind of trigger, the words before a space at which none of the kind's forms",
        "can open a match (``_scan.dead_words``); ``date.find`` skips candidates there.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "DEAD_STARTS: dict[str, list[str]] = {",
        *(f"    {kind!r}: {words!r}," for kind, words in dead_starts().items()),
        "}  # fmt: skip",
        "",
    ]
    sys.stdout.write("\n".join(lines))
