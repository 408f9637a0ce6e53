"""Duration claims: lengths of time, "three years", "52-week", "5-1/2 year", "half a decade",
"two and a half years", "another year", "over two minutes", "within 48 hours".

A hedge written right before the figure is part of the span and becomes the value's
``qualifier`` ("almost" → nearly, "around" → about, "over" → more than, "within" → at
most). Adjectival forms count ("a five-year plan"); ages ("80-year-old"), frequencies
("five days a week", "once a year"), financial instruments ("the 10-year Treasury note")
and vague lengths ("for years", "a few days") do not.

Finding and resolving are separate: ``find`` matches ``_ATOM`` (one figure with its
unit) where a unit word starts and where the words before it that may open the claim
start, drops the excluded readings and joins compounds ("2 years and 3 months");
``resolve`` turns the parts into an ISO 8601 duration. The anchoring helpers come from
``_scan``; the figure and hedge fragments are shared with ``date.py`` ("nearly three
years ago").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache
from typing import NamedTuple

from factcheck.extract._numbers import (
    AND_FRACTION,
    FRACTION_DENOMINATORS,
    TENS,
    UNITS,
    VULGAR,
    VULGAR_FRACTIONS,
    and_fraction,
    parse_number,
)
from factcheck.extract._scan import TRIGGER_BOUNDARY, candidate_starts, lazy, longest_first, trie
from factcheck.extract._spans import Text, make_value
from factcheck.models import Claim, DurationValue

KIND = "duration"

# Hedges, longest first, and the qualifier each stands for.
HEDGES: dict[str, str] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just shy of": "nearly",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "approx.": "about", "approx": "about",
    "some": "about", "an estimated": "about", "circa": "about",
    "over": "more than", "more than": "more than", "upwards of": "more than",
    "longer than": "more than", "in excess of": "more than", "well over": "more than",
    "less than": "less than", "under": "less than", "fewer than": "less than",
    "shorter than": "less than", "not even": "less than",
    "at least": "at least", "no less than": "at least", "a minimum of": "at least",
    "at most": "at most", "up to": "at most", "within": "at most", "no more than": "at most",
    "a maximum of": "at most", "not more than": "at most",
}  # fmt: skip


def _alternatives(hedges: dict[str, str]) -> str:
    return (
        "(?:"
        + "|".join(
            re.escape(h).replace(r"\ ", r"\s+") for h in sorted(hedges, key=len, reverse=True)
        )
        + ")"
    )


HEDGE = _alternatives(HEDGES)
#: Hedges read before a length only ("the best part of two years", "not quite a year"); the
#: date extractor's relative dates ("nearly three years ago") keep ``HEDGES``.
SPAN_HEDGES: dict[str, str] = {
    **HEDGES,
    "not quite": "nearly", "the best part of": "nearly", "the better part of": "nearly",
    "nigh on": "nearly", "getting on for": "nearly", "more or less": "about",
    # "a little over three months", "a shade under two years"
    "a little over": "more than", "a little more than": "more than", "a shade over": "more than",
    "a little under": "less than", "a little less than": "less than", "a shade under": "less than",
}  # fmt: skip
_SPAN_HEDGE = _alternatives(SPAN_HEDGES)

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_WORDS = "|".join(TENS)
_WORD = (
    rf"(?:(?:{_TENS_WORDS})(?:[-\s](?:{_UNIT_WORDS})|\s+and\s+(?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
)
_WORD_NUMBER = (
    rf"(?:{_WORD}(?:[-\s]+hundred(?:\s+(?:and\s+)?{_WORD})?)?|(?:a\s+)?(?:hundred|thousand)"
    r"|a\s+dozen|dozen)"
)
_DIGITS = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:(?:-|\s)\d/\d{1,2}|\s?" + VULGAR + r")?"
    r"|\d/\d{1,2}|" + VULGAR + ")"
)
_FRACTION_TAIL = AND_FRACTION  # "two and a half", "five and three-quarter", "2-and-a-half"
#: Scales after digits: "1.3 million years", "4.5 billion years".
_DIGIT_SCALE = r"(?:\s+(?:thousand|million|billion))"
#: A figure: "3", "15.5", "5-1/2", "three", "twenty-five", "two and a half", "a", "half a",
#: "four-and-a-half", "1.3 million", "three-quarters of an", "a quarter" (-hour).
FIGURE = (
    rf"(?:{_DIGITS}{_DIGIT_SCALE}(?=\s)|(?:{_DIGITS}|{_WORD_NUMBER}){_FRACTION_TAIL}?"
    r"|(?:an?|one|three)[\s-]+quarters?\s+of\s+an?|(?:an?|one|three)[\s-]+quarters?(?=-hour)"
    rf"|{VULGAR}\s+(?:of\s+)?an?(?=\s)"  # "¾ of an hour", "½ an hour"
    r"|half\s+an?|a\s+half|half|an?|another)"
)

# Unit spellings → (ISO letter, multiplier). Letters: Y M W D h m s (lower case: time part).
_UNITS: dict[str, tuple[str, int | Fraction]] = {
    "year": ("Y", 1), "years": ("Y", 1), "yr": ("Y", 1), "yrs": ("Y", 1),
    "decade": ("Y", 10), "decades": ("Y", 10), "century": ("Y", 100), "centuries": ("Y", 100),
    "month": ("M", 1), "months": ("M", 1), "mo": ("M", 1), "mos": ("M", 1),
    "week": ("W", 1), "weeks": ("W", 1), "wk": ("W", 1), "wks": ("W", 1),
    "fortnight": ("W", 2), "fortnights": ("W", 2),
    "day": ("D", 1), "days": ("D", 1), "night": ("D", 1), "nights": ("D", 1),
    "hour": ("h", 1), "hours": ("h", 1), "hr": ("h", 1), "hrs": ("h", 1), "h": ("h", 1),
    "minute": ("m", 1), "minutes": ("m", 1), "min": ("m", 1), "mins": ("m", 1),
    "quarter": ("M", 3), "quarters": ("M", 3), "w": ("W", 1),
    "y": ("Y", 1), "second": ("s", 1), "seconds": ("s", 1), "sec": ("s", 1), "secs": ("s", 1),
    "millennium": ("Y", 1000), "millennia": ("Y", 1000), "millenniums": ("Y", 1000),
    "millisecond": ("s", Fraction(1, 1000)), "milliseconds": ("s", Fraction(1, 1000)),
    "microsecond": ("s", Fraction(1, 10**6)), "microseconds": ("s", Fraction(1, 10**6)),
    "d": ("D", 1), "m": ("m", 1), "s": ("s", 1),
}  # fmt: skip
#: Single letters after digits ("3h", "10d", "4m 32s"), read only where the grammar says.
_LETTER_UNITS = frozenset("hywdms")
_ORDER = "YMWDhms"
UNIT = (
    r"(?:years?|yrs?|decades?|century|centuries|millenni(?:um|ums|a)|months?|mos?|weeks?|wks?"
    r"|fortnights?|days?|nights?|hours?|hrs?|minutes?|mins?|milliseconds?|microseconds?"
    r"|seconds?|secs?)"
)

#: One figure with its unit: "nearly three years", "2 extra minutes", "52-week", "3-min",
#: "a year and a half", "3 h", "3Y".
_ATOM = lazy(
    rf"""
    (?<![\w$£€¥.,/-])
    (?:(?P<hedge>{_SPAN_HEDGE})\s+)?
    (?:
        (?:(?P<between>between)\s+)?
        (?P<fig>{FIGURE})
        (?:(?P<rsep>\s?[-–]\s?|\s+to\s+|\s+or\s+|(?(between)\s+and\s+|(?!)))(?P<fig2>{FIGURE}))?
        (?:\s+of)?
        (?P<sep>\s+(?:more|additional|extra|further|consecutive|straight|successive|full
            |whole)\s+|\s*-\s*|\s+|(?<=\d))
        (?P<unit>{UNIT}|quarters?(?!\s+of\b)|h(?=\d\d(?!\d))|[hywdms])
        (?P<tail>{AND_FRACTION})?
      | (?P<last>(?:the\s+)?(?:last|past|previous|next|coming)\s+decade)
      | (?P<past>the\s+past\s+(?:year|month|week|decade|century))
      | (?P<long>(?:year|month|week|day|hour|decade|century|minute|night))(?=-long\b)
    )
    (?:(?<=h)(?=\d\d(?!\d))|(?!\w|-(?!long\b)))
    """,
    re.IGNORECASE | re.VERBOSE,
)

# What makes a match not a duration.
_AFTER_EXCLUDE = lazy(
    r"""\s*(?:-\s*old\b|\s+old\b|\s+of\s+age\b)
    | \s+from\s+(?:today|now|yesterday|tomorrow)\b
    | \s+like\b
    | \s+(?:a|an|per|each|every)\s+(?:year|month|week|day|night|hour|minute|second)\b
    | \s+(?:U\.?S\.?\s+)?(?:treasury|treasuries|t-notes?|notes?|bonds?|bills?|yields?|gilts?|
          bunds?|paper|securities|swaps?|benchmarks?|issues?|jgbs?|debentures?)\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A bare "a year"/"an hour" after a figure or money is a rate: "$3.7 billion a year".
_RATE_BEFORE = lazy(
    rf"(?:(?<![\w.,])\d[\d,.]*(?:[\s-]+[%\w]+){{0,3}}|(?<![\w.,]){_WORD_NUMBER}(?:[\s-]+\w+)?"
    r"|\b(?:once|twice|thrice|times))\s+$",
    re.IGNORECASE,
)
_NEXT_ATOM_GAP = lazy(r"\s*,\s*|\s+and\s+|\s+")
_RELATIVE_AFTER = lazy(r"\s+(?:earlier|later|ago|before|after|into|on|from)\b", re.IGNORECASE)
_TRAILING_MINUTES = lazy(
    r"(?:\s+(?:and\s+)?|(?<=h))(\d{1,2}|ten|fifteen|twenty|thirty|forty|forty-five|fifty)(?=\s*(?:[.,;!?]|$))",
    re.IGNORECASE,
)


class Span(NamedTuple):
    """A found duration: span, its parts as (ISO letter, amount), and the hedge."""

    start: int
    end: int
    parts: tuple[tuple[str, Fraction], ...]
    qualifier: str | None


def extract(text: Text) -> Iterator[Claim]:
    """Every duration claim in the text, in order."""
    for span in find(text.text, lowered=text.lowered):
        value = resolve(span.parts, span.qualifier)
        yield text.claim(KIND, span.start, span.end, value, qualifier=span.qualifier)


def find(s: str, *, lowered: str | None = None) -> list[Span]:
    """The durations of ``s``, compounds joined, excluded readings dropped.

    ``lowered`` is ``Text.lowered`` of ``s`` when the caller has it.
    """
    atoms: list[Span] = []
    for pos, _ in candidate_starts(s, _TRIGGER, _PREFIX_WORDS, lowered=lowered):
        m = _ATOM.match(s, pos)
        if m is not None:
            atom = _atom(s, m)
            if atom is not None:
                atoms.append(atom)
    if ":" in s:
        atoms.extend(_clock_times(s))
    spans: list[Span] = []
    for atom in longest_first(atoms):
        if spans and _days_and_nights(s, spans[-1], atom):
            prev = spans[-1]  # "six days and six nights": one length, told twice
            spans[-1] = Span(prev.start, atom.end, prev.parts, prev.qualifier)
        elif spans and _joinable(s, spans[-1], atom):
            prev = spans[-1]
            spans[-1] = Span(prev.start, atom.end, prev.parts + atom.parts, prev.qualifier)
        else:
            spans.append(atom)
    return spans


_UNIT_TRIGGERS = [*_UNITS, "centur"]
_TRIGGER = lazy(
    TRIGGER_BOUNDARY
    # Every trigger starts with a digit or a unit's first letter: the look-ahead turns
    # away most boundaries (a space before any other word) before the alternatives.
    + rf"(?=[\d{''.join(sorted({w[0] for w in _UNIT_TRIGGERS}))}])"
    + r"(?:(\d(?!))|((?:\d[\d.]*\s?)?(?:"  # all triggers are words: a hedge may come before
    + trie(w for w in _UNIT_TRIGGERS if len(w) > 1)
    + r")|\d[\d.]*\s?[hywdms]))(?![a-z])"
)
_PREFIX_WORDS = frozenset(
    {w for h in SPAN_HEDGES for w in h.split()}
    | set(UNITS)
    | set(TENS)
    | {
        "a",
        "an",
        "and",
        "another",
        "hundred",
        "dozen",
        "of",
    }
    | {"more", "additional", "extra", "further", "the", "last", "past", "previous", "next"}
    | {"coming", "thousand", "million", "billion", "between", "or"}
    | {"consecutive", "straight", "successive", "full", "whole"}
    | set(VULGAR_FRACTIONS)
    | set(FRACTION_DENOMINATORS)  # "and two-thirds", "three-quarters of an hour"
)


def _atom(s: str, m: re.Match[str]) -> Span | None:
    start, end = m.span()
    if m.group("between") and m.group("fig2") is None:
        start = m.start("fig")  # "between two years and 2020": no range of lengths
    hedge = m.group("hedge")
    qualifier = SPAN_HEDGES[" ".join(hedge.lower().split())] if hedge else None
    if m.group("last"):
        start = m.start("last")
        if m.group("last")[:4].lower() == "the ":
            start += 4
        return Span(start, end, (("Y", Fraction(10)),), None)
    if m.group("past") or m.group("long"):  # "the past year", "month-long": one unit
        word = (m.group("past") or m.group("long")).split()[-1].lower()
        letter, mult = _UNITS[word]
        if m.group("long"):
            if _previous_word_lower(s, start) in ("a", "an", "one"):
                return None  # "a decade-long dispute": the figure's own atom, "a decade"
            start, end = m.start("long"), m.end() + len("-long")
        return Span(start, end, ((letter, Fraction(mult)),), qualifier)
    fig = " ".join(m.group("fig").lower().split())
    if " and" in fig or "-and-" in fig:
        fig = " ".join(fig.replace("-", " ").split())  # "four-and-a-half"
    unit = m.group("unit")
    if unit == "D" and fig in ("2", "3", "4"):
        return None  # "3D printing": dimensions
    if unit == "M" and m.group("sep") == "" and _terse_months(s, m):
        unit = "mo"  # "Warranty: 2Y. Returns: 1M.": months among terse ISO-like lengths
    unit = unit.lower()
    letter, mult = _UNITS[unit]
    if unit in ("m", "s") and not _letter_unit_ok(s, m, unit):
        return None  # "5m" is five million or five metres unless a compound says minutes
    fig0 = m.group("fig")[0]
    if _NAME_AFTER.match(s, end) and m.group("unit")[0].isupper() and not fig0.islower():
        return None  # "the Six-Day War", "the 24 Hours of Le Mans": names
    if m.group("sep").strip() == "-" and fig in (
        "a",
        "an",
        "another",
        "a half",
        "half a",
        "half an",
    ):
        return None  # "a-year" is no figure ("a half-hour show" is)
    if fig == "half" and unit == "year" and m.group("sep").strip() == "-":
        return None  # "half-year results": a reporting period
    if unit in _LETTER_UNITS and not fig[:1].isdigit():
        return None
    if unit == "w" and not (fig.isdigit() and int(fig) <= 52):
        return None  # "60W": watts
    if unit.startswith("quarter") and (
        fig in ("a", "an", "another", "half", "a half", "half a", "half an", "one")
        or s.startswith(" of", end)
        or (m.group("sep").strip() == "-" and not fig[:1].isdigit())
    ):
        # "a quarter of the vote", "nearly three-quarters" (hyphened, in words): a fraction
        # (a share figure), not three quarters of a year; "the quarter": a period
        return None
    if not hedge and _previous_word_lower(s, start) == "every":
        return None  # "held every four years": a frequency
    amount = _figure(fig)
    if amount is None or amount == 0:
        return None
    if fig in ("a", "an") and unit == "second":
        return None  # "a second term": an ordinal
    if (
        fig == "one"
        and unit == "day"
        and not hedge
        and m.group("sep") == " "
        and not _RELATIVE_AFTER.match(s, end)
        and _previous_word_lower(s, start).rstrip(",") in _SOMEDAY_BEFORE
    ):
        return None  # "One day, she hoped ...": some day
    tail = (
        and_fraction("1 " + " ".join(m.group("tail").lower().split())) if m.group("tail") else None
    )
    if tail is not None:  # "a year and a half", "an hour and three quarters"
        amount += Fraction(tail[1]).limit_denominator(12)
    excluded = _AFTER_EXCLUDE.match(s, end)
    if excluded is not None and not (_SCALED.fullmatch(fig) and "old" in excluded.group(0)):
        return None  # but "1.3 million years old" is no person's age
    if (
        fig in ("a", "an", "one")
        and not hedge
        and not _RELATIVE_AFTER.match(s, end)
        and _RATE_BEFORE.search(s, max(0, start - 40), start)
    ):
        return None
    if m.group("fig2") is not None and _figure(" ".join(m.group("fig2").lower().split())) is None:
        return None
    parts: tuple[tuple[str, Fraction], ...] = ((letter, amount * mult),)
    if letter in ("h", "m"):
        t = _TRAILING_MINUTES.match(s, end)
        if t:
            extra = _figure(t.group(1).lower())
            if extra:
                parts += (("m" if letter == "h" else "s", extra),)
                end = t.end()
    return Span(start, end, parts, qualifier)


# "One day, she hoped ...", "that one day they will": "one day" meaning some day.
_SOMEDAY_BEFORE = frozenset(
    "'' and but that could would will might may can hope hopes hoped dream dreams dreamed "
    "perhaps maybe until".split()
)


# "1h 45m", "4m 32s", "12 min 30 s": a letter unit that continues a compound.
_MINUTES_BEFORE = lazy(r"\d\s?(?:h|hrs?|hours?)\s*$", re.IGNORECASE)
_SECONDS_BEFORE = lazy(r"\d\s?(?:m|mins?|minutes?)\s*$", re.IGNORECASE)
_SECONDS_AFTER = lazy(r"\s?\d{1,2}\s?s\b")
_END_AFTER = lazy(r"\s*(?:[.,;:)]|$)")
# "Six-Day War", "24 Hours of Le Mans": a capitalised duration inside a name.
_NAME_AFTER = lazy(r"['’]?(?:\s+of)?\s+[A-Z][a-z]")


def _letter_unit_ok(s: str, m: re.Match[str], unit: str) -> bool:
    start = m.start()
    if unit == "m":
        return bool(
            _MINUTES_BEFORE.search(s, max(0, start - 8), start) or _SECONDS_AFTER.match(s, m.end())
        )
    if _SECONDS_BEFORE.search(s, max(0, start - 10), start):
        return True
    return m.group("sep") == " " and _END_AFTER.match(s, m.end()) is not None  # "for 30 s."


#: A terse length in capitals elsewhere in the text: "3W", "1Y", "10D".
_TERSE_SIBLING = lazy(r"(?<![\w$£€¥.,/-])\d{1,3}[YWD](?![\w-])")
_TERSE_END = lazy(r"(?:\s*$|[.,;)](?!\d))")


def _terse_months(s: str, m: re.Match[str]) -> bool:
    """ "6M" is six months where it ends a phrase and the text writes other lengths so
    ("Warranty: 2Y. Returns: 1M."); elsewhere a capital M is millions."""
    return (
        m.group("fig").isdigit()
        and _TERSE_END.match(s, m.end()) is not None
        and _TERSE_SIBLING.search(s) is not None
    )


def _previous_word_lower(s: str, pos: int) -> str:
    j = pos
    while j > 0 and s[j - 1] == " ":
        j -= 1
    lo = max(0, j - 20)
    word = s[max(s.rfind(" ", lo, j), s.rfind("\n", lo, j), lo - 1) + 1 : j].lower()
    return "''" if not word or word[-1] in '.!?"“”' else word


#: A race or record time, hours:minutes:seconds or minutes:seconds with hundredths
#: ("in 2:19:46", "a time of 1:44.72"), after a word that times something; a time of day
#: ("at 10:30") is not a length.
_CLOCK = lazy(
    r"(?<![\w:.,])(?:(?P<h>\d{1,2}):(?=\d\d:))?(?P<m>\d{1,2}):(?P<s>[0-5]\d)"
    r"(?:\.(?P<f>\d{1,3}))?(?![\w:]|[.,]\d|\s*(?:[ap]\.?m\b|gmt|utc|bst|[ecmp][sd]?t\b))",
    re.IGNORECASE,
)
_CLOCK_BEFORE = lazy(
    r"\b(?:in|of|clocked|timed|ran|run|finished|took|record|best|time|winning)\s+$",
    re.IGNORECASE,
)


def _clock_times(s: str) -> Iterator[Span]:
    for m in _CLOCK.finditer(s):
        if m.group("h") is None and m.group("f") is None:
            continue  # "in 3:45" may be a time of day
        if m.group("h") is not None and int(m.group("m")) > 59:
            continue
        if not _CLOCK_BEFORE.search(s, max(0, m.start() - 12), m.start()):
            continue
        sec = Fraction(int(m.group("s")))
        if m.group("f"):
            sec += Fraction(int(m.group("f")), 10 ** len(m.group("f")))
        parts = [("h", Fraction(int(m.group("h") or 0))), ("m", Fraction(int(m.group("m"))))]
        parts.append(("s", sec))
        yield Span(m.start(), m.end(), tuple((k, v) for k, v in parts if v), None)


_DAYS_WORD = lazy(r"days?$", re.IGNORECASE)
_NIGHTS_WORD = lazy(r"nights?$", re.IGNORECASE)


def _days_and_nights(s: str, prev: Span, atom: Span) -> bool:
    """ "six days and six nights", "three days and nights": the same length twice."""
    return (
        prev.parts == atom.parts
        and not atom.qualifier
        and s[prev.end : atom.start].lower() == " and "
        and _DAYS_WORD.search(s, prev.start, prev.end) is not None
        and _NIGHTS_WORD.search(s, atom.start, atom.end) is not None
    )


def _joinable(s: str, prev: Span, atom: Span) -> bool:
    """Whether ``atom`` continues ``prev`` as one compound: "2 years, 3 months"."""
    if atom.qualifier or atom.start - prev.end > 6:
        return False
    if not _NEXT_ATOM_GAP.fullmatch(s, prev.end, atom.start):
        return False
    return _ORDER.index(atom.parts[0][0]) > _ORDER.index(prev.parts[-1][0])


_VULGAR_OF = lazy(rf"({VULGAR})\s+(?:of\s+)?an?")
_QUARTERS = lazy(r"(an?|one|three)[\s-]+quarters?(?:\s+of\s+an?)?")
_SCALED = lazy(r"(\S+)\s+(thousand|million|billion)")


@lru_cache(maxsize=1024)
def _figure(fig: str) -> Fraction | None:
    """The amount of a figure as written: "two and a half" → 5/2, "half a" → 1/2."""
    if fig in ("a", "an", "another"):
        return Fraction(1)
    if fig.startswith("half") or fig == "a half":
        return Fraction(1, 2)
    v = _VULGAR_OF.fullmatch(fig)
    if v is not None:  # "¾ of an", "½ an"
        return Fraction(VULGAR_FRACTIONS[v.group(1)]).limit_denominator(12)
    q = _QUARTERS.fullmatch(fig)
    if q is not None:  # "three quarters of an", "a quarter" (-hour)
        return Fraction(3 if q.group(1) == "three" else 1, 4)
    sc = _SCALED.fullmatch(fig)
    if sc is not None:  # "1.3 million"
        value = parse_number(sc.group(1))
        if value is None:
            return None
        scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}[sc.group(2)]
        return Fraction(value).limit_denominator(1000) * scale
    tail = and_fraction(fig)  # "two and a half", "three and three quarters"
    base = tail[0] if tail is not None else fig.replace(" and ", " ")  # "twenty and four"
    extra = Fraction(tail[1]).limit_denominator(12) if tail is not None else Fraction(0)
    value = parse_number(base)
    if value is None:
        return None
    return Fraction(value).limit_denominator(1000) + extra


def resolve(parts: tuple[tuple[str, Fraction], ...], qualifier: str | None) -> DurationValue:
    """The ISO 8601 value of a duration's parts: (("Y", 2), ("M", 3)) → P2Y3M."""
    return make_value(DurationValue, iso=iso(parts), qualifier=qualifier)


@lru_cache(maxsize=4096)
def iso(parts: tuple[tuple[str, Fraction], ...]) -> str:
    """ISO 8601 text for duration parts; whole months replace fractional years (P2Y6M).

    Kept per parts: news repeats its lengths ("two years", "six months"), and the
    arithmetic is on fractions."""
    totals: dict[str, Fraction] = {}
    for letter, amount in parts:
        totals[letter] = totals.get(letter, Fraction(0)) + amount
    years = totals.get("Y")
    if years is not None and years.denominator != 1 and (years * 12).denominator == 1:
        months = int(years * 12)
        totals["Y"] = Fraction(months // 12)
        totals["M"] = totals.get("M", Fraction(0)) + months % 12
        if not totals["Y"]:
            del totals["Y"]
    for big, small, factor in (("D", "h", 24), ("h", "m", 60), ("m", "s", 60), ("W", "D", 7)):
        value = totals.get(big)
        if value is not None and value.denominator != 1 and (value * factor).denominator == 1:
            whole = int(value)
            if whole:
                totals[big] = Fraction(whole)
            else:
                del totals[big]
            totals[small] = totals.get(small, Fraction(0)) + (value - whole) * factor
    date_part = "".join(f"{_num(totals[k])}{k}" for k in "YMWD" if k in totals)
    time_part = "".join(f"{_num(totals[k])}{k.upper()}" for k in "hms" if k in totals)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _num(value: Fraction) -> str:
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.6f}".rstrip("0").rstrip(".")
