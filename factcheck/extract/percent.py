"""Percent claims: "4.5%", "12 per cent", "12 percent", "4-1/4 pct", "1/2 pct", "33%of",
ranges ("four to 4-1/4 pct", "5-6%", "between 5 and 6 percent" → ``percent_max``) and
percentage points ("half a percentage point" → 0.5 with ``percentage_points``).

Fractions ("a third") and multipliers ("twice", "100 times") are not percents. Hedges
("nearly", "more than") stay outside the span and go to ``qualifier``.

Figures written in digits are tried only where a digit run starts (``digit_runs``, shared
with the other kinds); figures in words only before a percent word found in the
lower-cased text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from factcheck.extract._numbers import (
    AND_FRACTION,
    NUM,
    VULGAR,
    WORDNUM,
    WORDNUM_POINT,
    change_or_from,
    digit_runs,
    lower_text,
    parse_number,
    qualifier_before,
)
from factcheck.extract._scan import lazy
from factcheck.extract._spans import Text, make_value
from factcheck.models import Claim, PercentValue

KIND = "percent"

# "4 and a half", "1/2" alone, a decimal comma before "%" ("7,4 %"), "2½", then the general number.
_PNUM = (
    rf"(?:\d+{AND_FRACTION}|\d{{1,2}}/\d{{1,2}}(?![\d/])|\d{{1,3}},\d{{1,2}}(?=\s?%)"
    rf"|\d+\s?{VULGAR}|[.+]?{NUM})"
)
#: Fractions of one: "a quarter of a", "three-quarters of a", "a tenth of a", "half of one".
_FRACTION_OF = (
    r"(?:(?:an?|one|two|three)[\s-]+(?:quarters?|thirds?|tenths?|halfs?)|half)\s+of\s+(?:an?|one)"
)
_WORDS = (
    rf"(?:{_FRACTION_OF}|{WORDNUM_POINT}|a\s+full|{VULGAR}"
    rf"|(?:{WORDNUM})(?:{AND_FRACTION})?|(?:a\s+)?half(?:\s+an?(?=\s))?)"
)
_UNIT = (
    r"(?:%(?!\d)|(?i:per[\s-]?cent(?:age[\s-]+points?)?|percentage[\s-]+points?|percent(?:age)?"
    r"|pct|pc(?!s)|ppts?|pp)\b)"
)
_PERCENT = lazy(
    rf"""
    (?P<n1>{_PNUM}|(?i:{_WORDS}))
    (?P<u1>\s?%(?!\d)|[\s-]?{_UNIT}(?=\s*(?:-|–|to|and|or)\s*[\d.]))?
    (?:\s*(?P<sep>-|–|to|and|or(?=\s))\s*(?P<n2>{_PNUM}|(?i:{_WORDS})))?
    (?P<unit>[\s-]?(?:(?:higher|lower)\s)?{_UNIT})
    """,
    re.VERBOSE,
)
#: Every percent figure ends in a unit, and the unit is the grammar's own ``_UNIT``: the text is
#: searched for it once (C speed) and a number is tried only when a unit starts within
#: ``_REACH`` characters after it. A unit holds no digit, so no unit match can hide one that
#: starts after the number; ``_REACH`` is longer than any number, range and "higher"/"lower"
#: the grammar reads before its unit (tests/test_percent.py holds it to the unfiltered scan).
_UNIT_SCAN = lazy(_UNIT)
_REACH = 160
_NOT_BEFORE = frozenset(".,=%/&?#+^")
_WORD_TRIGGER = lazy(r"%|per\s?cent|pct|pc\b")
_WORD_BACK = lazy(
    rf"(?i)(?<![\w-])(?:{_WORDS})(?:\s+(?:to|and|-|–)\s+\S+)?(?:[\s-]+|(?<={VULGAR}))$"
)
_BETWEEN_BEFORE = lazy(r"(?i)\bbetween\s+$")
# "four to 4-1/4 pct": a range in words up to a figure in digits, which the word scan reads.
_WORD_TO_DIGITS = lazy(r"[a-z]\s+(?:to|-|–)\s+[\d./-]+$")
_BY_BEFORE = lazy(r"(?i)\bby\s+$")


def extract(text: Text) -> Iterator[Claim]:
    """Every percent claim in the text, in order."""
    for start, end, value in find_percents(text.text):
        yield text.claim(KIND, start, end, value, qualifier=value.qualifier)


def find_percents(s: str) -> list[tuple[int, int, PercentValue]]:
    """Percent spans of a string with their values, in text order."""
    found: list[tuple[int, int, PercentValue]] = []
    units = [m.start() for m in _UNIT_SCAN.finditer(s)]
    if units:
        _percents_before_units(s, units, found)
    words = list(_find_word_percents(s))
    if words:
        found = _merge(found, words)
    return found


def _percents_before_units(
    s: str, units: list[int], found: list[tuple[int, int, PercentValue]]
) -> None:
    """The figures in digits: each number with a unit close enough after it to be its own."""
    runs = digit_runs(s)
    last = k = 0
    for u in units:  # the numbers within reach before each unit, each number once
        k = max(k, bisect_left(runs, u - _REACH))
        while k < len(runs) and runs[k] < u:
            d = runs[k]
            k += 1
            a = d
            if d and s[d - 1] in "+." and (d == 1 or s[d - 2] in " \t\n(["):
                a = d - 1  # "+2.3%", ".5%"
            elif d < last or (d and (s[d - 1].isalnum() or s[d - 1] in _NOT_BEFORE)):
                continue
            if a < last:
                continue
            m = _PERCENT.match(s, a)
            if m is not None:
                last = m.end()
                found.extend(_resolve(s, m))


def spans(s: str) -> list[tuple[int, int]]:
    """The [start, end) of every percent figure: what quantity must leave alone."""
    return [(a, b) for a, b, _ in find_percents(s)]


def _find_word_percents(s: str) -> Iterator[tuple[int, int, PercentValue]]:
    low = lower_text(s)
    last = 0
    for t in _WORD_TRIGGER.finditer(low):
        pos = t.start()
        if pos < last:
            continue
        j = pos
        while j and low[j - 1] in " -":
            j -= 1
        if j and low[j - 1].isdigit() and not _WORD_TO_DIGITS.search(low, max(0, j - 24), j):
            continue  # "5 percent": a figure in digits, which the digit scan reads
        back = _WORD_BACK.search(s, max(0, pos - 50), pos)
        if back is None:
            continue
        m = _PERCENT.match(s, back.start())
        if m is None or m.end() <= pos:
            continue
        last = m.end()
        yield from _resolve(s, m)


def _merge(
    a: list[tuple[int, int, PercentValue]], b: list[tuple[int, int, PercentValue]]
) -> list[tuple[int, int, PercentValue]]:
    out: list[tuple[int, int, PercentValue]] = []
    for f in sorted([*a, *b], key=lambda f: (f[0], -f[1])):
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out


def _sign_before(s: str, start: int) -> int | None:
    """Where a minus sign before the figure at ``start`` begins ("-3%", "minus 3 percent",
    "negative 0.5 pct"), or None."""
    if start and s[start - 1] in "-−" and (start == 1 or s[start - 2] in " \t\n(["):
        return start - 1
    m = _NEGATIVE_BEFORE.search(s, max(0, start - 10), start)
    return m.start() if m else None


_NEGATIVE_BEFORE = lazy(r"(?i)(?<![\w-])(?:minus|negative)\s+$")


def _resolve(s: str, m: re.Match[str]) -> Iterator[tuple[int, int, PercentValue]]:
    n1 = _number(m.group("n1"))
    if n1 is None:
        return
    raw1 = m.group("n1").strip().lower()
    points = _points(m.group("unit"))
    start, end = m.start(), m.end()
    signed = _sign_before(s, start)
    if signed is not None:
        start, n1 = signed, -n1
    if points and m.group("unit").strip(" -").lower().startswith("pp") and abs(n1) >= 100:
        return  # "300pp": pages
    if m.group("n2") is None:
        if raw1 in ("a", "an") and "%" not in m.group("unit"):
            return  # "a percent": not a figure
        yield start, end, _value(s, start, n1, None, points)
        return
    n2 = _number(m.group("n2"))
    if n2 is None:
        return
    sep = m.group("sep")
    split = (
        (sep == "and" and not _BETWEEN_BEFORE.search(s, max(0, start - 12), start))
        # "by 0.5 percentage point to 4.75 per cent": a change in points and a level
        or (m.group("u1") is not None and _points(m.group("u1")) != points)
    ) or (
        m.group("u1") is not None
        and sep == "to"  # "rise 10%-15%": a range whatever the verb
        and change_or_from(s, start)  # "rose from 5% to 6%", not "vary from 20% to 35%"
        and not _BY_BEFORE.search(s, max(0, start - 4), start)  # "rise by 5% to 8%": a range
    )
    if split or n2 < n1:
        # "5 and 6 percent", "fell from 5% to 6%": two figures, not a range.
        first_end = m.end("u1") if m.group("u1") else m.end("n1")
        points1 = _points(m.group("u1")) if m.group("u1") else points
        if m.group("u1") or raw1[0].isdigit():
            yield start, first_end, _value(s, start, n1, None, points1)
        yield m.start("n2"), end, _value(s, m.start("n2"), n2, None, points)
        return
    yield start, end, _value(s, start, n1, n2, points)


def _points(unit: str) -> bool | None:
    """True for a unit of percentage points ("percentage points", "pp", "ppt")."""
    u = unit.strip(" -").lower()
    return "point" in u or u.startswith("pp") or None


def _value(s: str, start: int, n: float, n_max: float | None, points: bool | None) -> PercentValue:
    return make_value(
        PercentValue,
        percent=_clean(n),
        percent_max=_clean(n_max) if n_max is not None else None,
        percentage_points=points,
        qualifier=qualifier_before(s, start),
    )


_FRACTION_OF_RE = lazy(rf"(?i){_FRACTION_OF}")
_PARTS = {
    "quarter": 4,
    "quarters": 4,
    "third": 3,
    "thirds": 3,
    "tenth": 10,
    "tenths": 10,
    "half": 2,
    "halfs": 2,
}
_COMMA_DECIMAL = lazy(r"\d{1,3},\d{1,2}")


def _number(raw: str) -> float | None:
    n = raw.strip().lower().lstrip("+")
    if _FRACTION_OF_RE.fullmatch(n):  # "three-quarters of a" → 0.75
        words = n.replace("-", " ").split()
        if words[0] == "half":
            return 0.5
        top = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}[words[0]]
        return top / _PARTS[words[1]]
    if n == "a full":
        return 1.0
    if _COMMA_DECIMAL.fullmatch(n):  # "7,4 %"
        return float(n.replace(",", "."))
    if n.endswith((" a", " an")) and "half" in n:
        n = n.rsplit(" ", 1)[0]
    return parse_number(n)


def _clean(x: float) -> float:
    r = round(x, 9)
    return float(int(r)) if r.is_integer() else r
