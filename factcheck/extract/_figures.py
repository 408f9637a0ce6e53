"""Figures as written: the one shared reading of the numbers in a text and the words round them.

The claim extractors read amounts, percentages, dates and durations into value models;
what a reader that relates figures to each other needs beyond them is read here, once per
document, and exposed as ``Text.figures``:

* the words of the text as tokens (``Token``: lower-cased word, number or mark, with its
  offsets), so that callers compare words with cue phrases instead of scanning text;
* every number as written (``Figure``): digits ("1,250.5", "£2m" → 2 million), number
  words ("twenty-five", "two and a half", "a dozen"), fractions in words ("a third",
  "two-thirds", "one in five"), multiples ("doubled", "three times", "fourfold", "halved"),
  with its percent sign or "points", the hedge written before it ("about", "nearly",
  "more than", ...), the time unit after it ("years", "weeks") and the unit of its last
  stated digit (``unit``; ``place`` counts trailing zeros as stated);
* weekday names ("Sunday", "Fri.").

Offsets are half-open Python ``str`` indices.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.extract._numbers import TENS, UNITS

__all__ = ["HEDGES", "Figure", "Figures", "Token", "read_figures"]

_TOKEN = re.compile(r"(\d+(?:[.,]\d+)*)|([^\W\d_]+(?:['’][^\W\d_]+)*)|(\S)")
_KINDS = (None, "num", "word", "mark")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    word: str  # lower-cased
    kind: str  # "num", "word" or "mark"


#: Hedges written before a figure, longest first within each opening word, and the rule
#: each stands for (CHECKS.md): nearly, about, more than, less than, at least, within, at most.
HEDGES: dict[tuple[str, ...], str] = {
    tuple(k.split()): v
    for k, v in {
        "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
        "just shy of": "nearly", "approaching": "nearly", "not quite": "nearly",
        "about": "about", "around": "about", "roughly": "about", "approximately": "about",
        "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
        "approx": "about", "c": "about", "or so": "about", "getting on for": "nearly",
        "more than": "more than", "over": "more than", "just over": "more than",
        "upwards of": "more than", "in excess of": "more than", "above": "more than",
        "well over": "more than", "longer than": "more than", "north of": "more than",
        "less than": "less than", "under": "less than", "fewer than": "less than",
        "below": "less than", "shorter than": "less than", "just": "exactly",
        "at least": "at least", "no less than": "at least", "no fewer than": "at least",
        "a minimum of": "at least", "within": "within", "at most": "at most",
        "no more than": "at most", "up to": "at most", "exactly": "exactly",
        "precisely": "exactly", "only": "exactly", "barely": "exactly",
    }.items()
}  # fmt: skip
_HEDGE_LONGEST = max(len(k) for k in HEDGES)

_SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7,
    "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "mio": 1e6, "k": 1e3, "m": 1e6, "b": 1e9,
}  # fmt: skip
_GLUED_ONLY = frozenset({"k", "m", "b"})  # "£2m" but not "5 m"
_PERCENT_WORDS = {("per", "cent"): "percent", ("percent",): "percent", ("pct",): "percent",
                  ("percentage", "points"): "points", ("percentage", "point"): "points",
                  ("points",): "points", ("point",): "points", ("pts",): "points",
                  ("pp",): "points", ("basis", "points"): "bp"}  # fmt: skip
_FRACTIONS: dict[str, tuple[float, bool]] = {
    # word: (value, plural form)
    "half": (1 / 2, False), "halves": (1 / 2, True), "third": (1 / 3, False),
    "thirds": (1 / 3, True), "quarter": (1 / 4, False), "quarters": (1 / 4, True),
    "fifth": (1 / 5, False), "fifths": (1 / 5, True), "sixth": (1 / 6, False),
    "sixths": (1 / 6, True), "eighth": (1 / 8, False), "eighths": (1 / 8, True),
    "tenth": (1 / 10, False), "tenths": (1 / 10, True),
}  # fmt: skip
_MULTIPLE_WORDS: dict[str, float] = {
    "doubled": 2, "double": 2, "doubles": 2, "doubling": 2, "twice": 2, "tripled": 3,
    "triple": 3, "triples": 3, "tripling": 3, "trebled": 3, "treble": 3, "trebles": 3,
    "thrice": 3, "quadrupled": 4, "quadruple": 4, "quadruples": 4, "quintupled": 5,
    "halved": 0.5, "halve": 0.5, "halves": 0.5, "halving": 0.5, "twofold": 2,
    "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "tenfold": 10,
}  # fmt: skip
_TIME_UNITS: dict[str, tuple[str, float]] = {
    "day": ("day", 1), "days": ("day", 1), "week": ("week", 1), "weeks": ("week", 1),
    "fortnight": ("week", 2), "fortnights": ("week", 2), "month": ("month", 1),
    "months": ("month", 1), "year": ("year", 1), "years": ("year", 1),
    "decade": ("year", 10), "decades": ("year", 10), "century": ("year", 100),
    "centuries": ("year", 100), "hour": ("hour", 1), "hours": ("hour", 1),
}  # fmt: skip
_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3,
    "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_NUMBER_WORDS = {**UNITS, **TENS}
#: The words a figure or a weekday name can start with: every other word is skipped at once.
_STARTERS = frozenset(
    [*_NUMBER_WORDS, *_MULTIPLE_WORDS, *_FRACTIONS, *_WEEKDAYS, "a", "an", "one", "dozen", "half"]
)


@dataclass(slots=True)
class Figure:
    """A number as written, at full scale ("£2m" → 2,000,000)."""

    start: int
    end: int
    text: str
    value: float
    kind: str = "number"  # number, percent, points, bp, fraction, multiple, ratio
    unit: float = 1.0  # one unit of the last stated digit, trailing zeros not stated
    place: float = 1.0  # one unit of the last written digit, trailing zeros included
    words: bool = False  # written in words
    hedge: str | None = None
    hedge_start: int | None = None
    time_unit: str | None = None  # "year", "month", ... when a time unit follows
    time_factor: float = 1.0  # "two decades": 2 × 10 years
    first: int = 0  # index of the first token
    last: int = 0  # index of the last token

    @property
    def span_start(self) -> int:
        """Where the figure starts with its hedge."""
        return self.hedge_start if self.hedge_start is not None else self.start


@dataclass(slots=True)
class Figures:
    """The tokens, figures and weekday names of one text."""

    text: str
    tokens: list[Token]
    numbers: list[Figure]
    weekdays: list[tuple[int, int, int]] = field(default_factory=list)  # start, end, weekday
    _token_starts: list[int] = field(default_factory=list)
    _figure_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._token_starts = [t.start for t in self.tokens]
        self._figure_starts = [f.start for f in self.numbers]

    def token_index(self, pos: int) -> int:
        """The index of the first token that starts at or after ``pos``."""
        return bisect_left(self._token_starts, pos)

    def words(self, start: int, end: int) -> list[str]:
        """The tokens wholly inside ``[start, end)``, lower-cased."""
        i = self.token_index(start)
        out: list[str] = []
        toks = self.tokens
        while i < len(toks) and toks[i].end <= end:
            out.append(toks[i].word)
            i += 1
        return out

    def before(self, pos: int, n: int, *, floor: int = 0) -> list[str]:
        """Up to ``n`` tokens ending at or before ``pos`` (and starting at or after ``floor``)."""
        i = self.token_index(pos)
        j = i
        toks = self.tokens
        while j > 0 and i - j < n and toks[j - 1].start >= floor:
            j -= 1
        return [t.word for t in toks[j:i]]

    def after(self, pos: int, n: int, *, ceiling: int | None = None) -> list[str]:
        """Up to ``n`` tokens starting at or after ``pos`` (and ending by ``ceiling``)."""
        i = self.token_index(pos)
        toks = self.tokens
        stop = len(self.text) if ceiling is None else ceiling
        out: list[str] = []
        while i < len(toks) and len(out) < n and toks[i].end <= stop:
            out.append(toks[i].word)
            i += 1
        return out

    def inside(self, start: int, end: int) -> list[Figure]:
        """The figures that lie inside ``[start, end)``."""
        i = bisect_left(self._figure_starts, start)
        out: list[Figure] = []
        while i < len(self.numbers) and self.numbers[i].start < end:
            if self.numbers[i].end <= end:
                out.append(self.numbers[i])
            i += 1
        return out

    def hedge_before(self, pos: int, *, floor: int = 0) -> tuple[str, int] | None:
        """The hedge that ends right before ``pos`` and where it starts, or None."""
        return _hedge_before(self.tokens, self.token_index(pos), floor)


def _hedge_before(tokens: Sequence[Token], i: int, floor: int = 0) -> tuple[str, int] | None:
    for n in range(min(_HEDGE_LONGEST, i), 0, -1):
        words = tuple(t.word for t in tokens[i - n : i])
        name = HEDGES.get(words)
        if name is not None and tokens[i - n].start >= floor:
            if name == "exactly" and words == ("just",):
                return None  # "just 40%" is emphasis, not a rule
            return name, tokens[i - n].start
    return None


def read_figures(text: str) -> Figures:
    """Tokens, figures and weekday names of ``text``."""
    low = text.lower()
    kinds = _KINDS
    same = len(low) == len(text)
    source = low if same else text
    tokens = [
        Token(m.start(), m.end(), m.group() if same else m.group().lower(), kinds[m.lastindex or 3])
        for m in _TOKEN.finditer(source)
    ]
    numbers: list[Figure] = []
    weekdays: list[tuple[int, int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        fig: Figure | None = None
        if t.kind == "num":
            fig = _digits(text, tokens, i)
        elif t.kind == "word" and t.word in _STARTERS:
            wd = _WEEKDAYS.get(t.word)
            if wd is not None and len(t.word) > 4:
                weekdays.append((t.start, t.end, wd))
            elif wd is not None and _abbreviated(text, tokens, i):
                weekdays.append((t.start, tokens[i + 1].end, wd))  # "Fri."
            else:
                fig = _worded(text, tokens, i)
        if fig is None:
            i += 1
            continue
        _finish(text, tokens, fig)
        numbers.append(fig)
        i = fig.last + 1
    return Figures(text, tokens, numbers, weekdays)


def _abbreviated(text: str, tokens: list[Token], i: int) -> bool:
    # "Fri." and "Sun." are weekdays only as abbreviations with a full stop and a capital.
    t = tokens[i]
    return text[t.start].isupper() and i + 1 < len(tokens) and tokens[i + 1].word == "."


def _glued(a: Token, b: Token) -> bool:
    return a.end == b.start


def _digits(text: str, tokens: list[Token], i: int) -> Figure | None:
    t = tokens[i]
    raw = t.word
    if i > 0 and tokens[i - 1].word in (".", ",") and _glued(tokens[i - 1], t):
        if i > 1 and tokens[i - 2].kind == "num":
            return None  # the tail of "1.2.3"
    s = raw.replace(",", "")
    if "," in raw and not _grouped(raw):
        return None  # "3,4": not a number as news writes them
    try:
        value = float(s)
    except ValueError:
        return None
    unit, place = _stated_unit(s)
    last = i
    # "4-1/4", "3 1/2", "1/2"
    if last + 2 < len(tokens) and tokens[last + 1].word == "/" and tokens[last + 2].kind == "num":
        den = tokens[last + 2].word
        if den.isdigit() and int(den) and _glued(tokens[last], tokens[last + 1]):
            value = value / int(den)
            unit = place = 1.0 / int(den)
            last += 2
    fig = Figure(t.start, tokens[last].end, "", value, unit=unit, place=place, first=i, last=last)
    return fig


def _grouped(raw: str) -> bool:
    head, _, tail = raw.partition(".")
    parts = head.split(",")
    if "," in tail:
        return False
    return all(len(p) == 3 for p in parts[1:]) or all(len(p) == 2 for p in parts[1:-1])


def _stated_unit(s: str) -> tuple[float, float]:
    if "." in s:
        u = 10.0 ** -len(s.split(".", 1)[1])
        return u, u
    stripped = s.rstrip("0")
    return (10.0 ** (len(s) - len(stripped)) if stripped else 1.0), 1.0


def _worded(text: str, tokens: list[Token], i: int) -> Figure | None:
    t = tokens[i]
    w = t.word
    n = len(tokens)
    mult = _MULTIPLE_WORDS.get(w)
    if mult is not None:
        return Figure(t.start, t.end, "", mult, kind="multiple", words=True, first=i, last=i)
    # "one in five", "one in every four"
    if w in ("one", "1") and i + 2 < n and tokens[i + 1].word == "in":
        j = i + 2
        if tokens[j].word == "every" and j + 1 < n:
            j += 1
        den = _word_value(tokens, j)
        if den is not None and den[0] > 1:
            return Figure(t.start, tokens[den[1]].end, "", 1 / den[0], kind="ratio", words=True,
                          first=i, last=den[1])  # fmt: skip
    # fractions: "a third", "two-thirds", "three quarters", "half"
    frac = _fraction(tokens, i)
    if frac is not None:
        value, last = frac
        return Figure(t.start, tokens[last].end, "", value, kind="fraction", words=True,
                      first=i, last=last)  # fmt: skip
    found = _word_value(tokens, i)
    if found is None:
        return None
    value, last = found
    if w in ("a", "an") and (last == i or tokens[i + 1].word not in ("hundred", "dozen")):
        if last == i and i + 1 < n and tokens[i + 1].word in _TIME_UNITS:
            pass  # "for a year", "a decade ago": one of the unit
        elif not (last > i and tokens[last].word in _SCALES):
            return None
    if w == "one" and last == i and not _counted(tokens, i):
        return None  # "one of the", "no one": a pronoun, mostly
    unit = place = 1.0
    return Figure(t.start, tokens[last].end, "", value, unit=unit, place=place, words=True,
                  first=i, last=last)  # fmt: skip


def _counted(tokens: list[Token], i: int) -> bool:
    nxt = tokens[i + 1].word if i + 1 < len(tokens) else ""
    return nxt in _TIME_UNITS or nxt in ("in", "%", "per", "percent", "million", "billion")


def _fraction(tokens: list[Token], i: int) -> tuple[float, int] | None:
    n = len(tokens)
    w = tokens[i].word
    if w in ("half",):
        return 0.5, i
    count: float | None = None
    j = i
    if w in ("a", "an", "one"):
        count, j = 1, i + 1
    elif w in UNITS and UNITS[w] >= 2:
        count, j = UNITS[w], i + 1
    if count is None or j >= n:
        return None
    if tokens[j].word == "-" and j + 1 < n and _glued(tokens[j - 1], tokens[j]):
        j += 1
    frac = _FRACTIONS.get(tokens[j].word)
    if frac is None:
        return None
    value, plural = frac
    if count > 1 and not plural and tokens[j].word != "half":
        return None
    if count == 1 and plural:
        return None
    if w in ("a", "an") and tokens[j].word == "half" and i > 0 and tokens[i - 1].word == "and":
        return None  # "two and a half" is read as one number
    return count * value, j


def _word_value(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """A number in words from token ``i``: "twenty-five", "two hundred and five", "a dozen"."""
    n = len(tokens)
    w = tokens[i].word
    if tokens[i].kind == "num":
        try:
            return float(w.replace(",", "")), i
        except ValueError:
            return None
    if w in ("a", "an"):
        value, last = 1.0, i
    elif w in _NUMBER_WORDS:
        value, last = float(_NUMBER_WORDS[w]), i
        if (
            w in TENS
            and last + 2 < n
            and tokens[last + 1].word == "-"
            and tokens[last + 2].word in UNITS
        ):
            value += UNITS[tokens[last + 2].word]
            last += 2
        elif (
            w in TENS
            and last + 1 < n
            and tokens[last + 1].word in UNITS
            and UNITS[tokens[last + 1].word] < 10
        ):
            value += UNITS[tokens[last + 1].word]
            last += 1
    elif w == "dozen":
        return 12.0, i
    else:
        return None
    if last + 1 < n and tokens[last + 1].word == "dozen":
        value *= 12
        last += 1
    elif last + 1 < n and tokens[last + 1].word == "hundred":
        value *= 100
        last += 1
        if (
            last + 2 < n
            and tokens[last + 1].word == "and"
            and tokens[last + 2].word in _NUMBER_WORDS
        ):
            rest = _word_value(tokens, last + 2)
            if rest is not None and rest[0] < 100:
                value += rest[0]
                last = rest[1]
    # "two and a half"
    if (
        last + 3 < n
        and tokens[last + 1].word == "and"
        and tokens[last + 2].word in ("a", "one")
        and tokens[last + 3].word == "half"
    ):
        value += 0.5
        last += 3
    return value, last


def _finish(text: str, tokens: list[Token], fig: Figure) -> None:
    """Scale word, percent sign, hedge and time unit round a figure; its text."""
    n = len(tokens)
    j = fig.last + 1
    if fig.kind == "number" and j < n:
        word = tokens[j].word
        scale = _SCALES.get(word)
        if scale is not None and (word not in _GLUED_ONLY or _glued(tokens[j - 1], tokens[j])):
            if not (word in _GLUED_ONLY and j + 1 < n and tokens[j + 1].word in ("'", "’")):
                fig.value *= scale
                fig.unit *= scale
                fig.place *= scale
                fig.last = j
                j += 1
                if j < n and tokens[j].word in _SCALES and tokens[j].word not in _GLUED_ONLY:
                    more = _SCALES[tokens[j].word]  # "1.2 lakh crore"
                    fig.value *= more
                    fig.unit *= more
                    fig.place *= more
                    fig.last = j
                    j += 1
        if j < n and tokens[j].word == "%":
            fig.kind = "percent"
            fig.last = j
        else:
            for words, kind in _PERCENT_WORDS.items():
                k = len(words)
                if tuple(t.word for t in tokens[j : j + k]) == words:
                    fig.kind = kind
                    fig.last = j + k - 1
                    break
        j = fig.last + 1
        if fig.kind == "number" and j < n:
            k = j + 1 if tokens[j].word == "-" and _glued(tokens[j - 1], tokens[j]) else j
            unit = _TIME_UNITS.get(tokens[k].word) if k < n else None
            if unit is not None:
                fig.time_unit, fig.time_factor = unit
    # "three times", "4-fold"
    if fig.kind == "number" and j < n:
        nxt = tokens[j].word
        if nxt == "times" or (nxt == "-" and j + 1 < n and tokens[j + 1].word == "fold"):
            fig.kind = "multiple"
            fig.last = j if nxt == "times" else j + 1
        elif nxt == "fold" and _glued(tokens[j - 1], tokens[j]):
            fig.kind = "multiple"
            fig.last = j
    fig.end = tokens[fig.last].end
    fig.text = text[fig.start : fig.end]
    hedge = _hedge_before(tokens, fig.first)
    if hedge is not None:
        fig.hedge, fig.hedge_start = hedge
