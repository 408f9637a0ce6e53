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

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from operator import sub
from typing import TYPE_CHECKING

from factcheck.extract import _units
from factcheck.extract._numbers import TENS, UNITS
from factcheck.extract._scan import lazy

if TYPE_CHECKING:
    from factcheck.extract._spans import Text

__all__ = [
    "HEDGES",
    "Figure",
    "Figures",
    "Sentence",
    "Tokens",
    "currency_named",
    "figures_of",
    "read_figures",
    "tokenize",
]

_TOKEN_BODY = r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|\S"
_TOKEN = lazy(_TOKEN_BODY)
#: A token with the white space before it: every character that is no white space opens a
#: token, so the text is these pieces end to end (and trailing white space), and the
#: offsets are the running sum of their lengths.
_SPACED_TOKEN = lazy(rf"\s*(?:{_TOKEN_BODY})")


@dataclass(slots=True)
class Tokens:
    """The words of a text as three parallel lists: start and end offsets, lower-cased word.

    A word is a run of digits (with "," and "." between groups), a run of letters (with
    apostrophes inside), or one mark."""

    starts: list[int]
    ends: list[int]
    words: list[str]

    def __len__(self) -> int:
        return len(self.words)

    def kind(self, i: int) -> str:
        """ "num", "word" or "mark"."""
        c = self.words[i][0]
        return "num" if c.isdecimal() else "word" if c.isalpha() else "mark"

    def glued(self, i: int, j: int) -> bool:
        """Token ``j`` starts where token ``i`` ends."""
        return self.ends[i] == self.starts[j]


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
_HEDGE_LAST = frozenset(k[-1] for k in HEDGES)

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
#: The same phrases by their first word, in the same order (the first that matches wins).
_PERCENT_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _kind in _PERCENT_WORDS.items():
    _PERCENT_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _kind))
del _phrase, _kind
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
#: Ordinals in words ("the tenth anniversary", "its twenty-fifth year"); "a tenth" is a
#: fraction (read first).
_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
#: The words that can follow a number and belong to it: scales, percent signs and words,
#: time units, "times", "-fold" (any other next word leaves the number as it is).
_FOLLOWERS = frozenset(
    [*_SCALES, "%", *(k[0] for k in _PERCENT_WORDS), *_TIME_UNITS, "-", "times", "fold"]
)
#: The words a figure or a weekday name can start with: every other word is skipped at once.
_STARTERS = frozenset(
    [
        *_NUMBER_WORDS,
        *_MULTIPLE_WORDS,
        *_FRACTIONS,
        *_WEEKDAYS,
        *_ORDINALS,
        "a",
        "an",
        "one",
        "dozen",
        "half",
    ]
)


@dataclass(slots=True)
class Figure:
    """A number as written, at full scale ("£2m" → 2,000,000)."""

    start: int
    end: int
    text: str
    value: float
    kind: str = "number"  # number, percent, points, bp, fraction, multiple, ratio, ordinal
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


class Figures:
    """The tokens, figures and weekday names of one text, read a sentence at a time.

    Nothing is read until asked for: a caller that asks about one place reads the tokens
    and figures of the sentence (or stretch between ``breaks``) that holds it, once. The
    offsets callers pass and get back are offsets of the whole text."""

    __slots__ = ("_chunks", "_starts", "low", "text")

    def __init__(self, text: str, breaks: Sequence[int] = (0,)) -> None:
        self.text = text
        low = text.lower()
        self.low = low if len(low) == len(text) else None  # None: lower-case per token
        self._starts = list(breaks) if breaks and breaks[0] == 0 else [0, *breaks]
        self._chunks: dict[int, _Chunk] = {}

    # ------------------------------------------------------------ the chunks

    def _index(self, pos: int) -> int:
        k = bisect_right(self._starts, pos) - 1
        return k if k > 0 else 0

    def _chunk(self, k: int) -> _Chunk:
        found = self._chunks.get(k)
        if found is None:
            end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self.text)
            found = self._chunks[k] = _read_chunk(self.text, self.low, self._starts[k], end)
        return found

    def _span(self, start: int, end: int) -> range:
        return range(self._index(start), self._index(max(end - 1, start)) + 1)

    @property
    def breaks(self) -> list[int]:
        """Where each sentence (stretch read at once) starts, beginning with 0."""
        return self._starts

    # ------------------------------------------------------------ what callers ask

    @property
    def numbers(self) -> list[Figure]:
        """Every figure of the text (reads all of it)."""
        return self.numbers_in(0, len(self.text))

    @property
    def weekdays(self) -> list[tuple[int, int, int]]:
        """Every weekday name of the text (reads all of it): start, end, weekday."""
        return self.weekdays_in(0, len(self.text))

    def numbers_in(self, start: int, end: int) -> list[Figure]:
        """The figures that start inside ``[start, end)``."""
        k = self._index(start)
        if k == self._index(max(end - 1, start)):  # one sentence: bisect its figures
            c = self._chunk(k)
            return c.numbers[bisect_left(c.starts, start) : bisect_left(c.starts, end)]
        out: list[Figure] = []
        for k in self._span(start, end):
            out += [f for f in self._chunk(k).numbers if start <= f.start < end]
        return out

    def weekdays_in(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The weekday names that start inside ``[start, end)``."""
        out: list[tuple[int, int, int]] = []
        for k in self._span(start, end):
            out += [w for w in self._chunk(k).weekdays if start <= w[0] < end]
        return out

    def token_after(self, pos: int) -> tuple[str, int] | None:
        """The first token that starts at or after ``pos`` in its sentence, and its end."""
        t = self._chunk(self._index(pos)).tokens
        i = bisect_left(t.starts, pos)
        return (t.words[i], t.ends[i]) if i < len(t) else None

    def words(self, start: int, end: int) -> list[str]:
        """The tokens wholly inside ``[start, end)``, lower-cased."""
        breaks = self._starts
        k = bisect_right(breaks, start) - 1
        if k < 0:
            k = 0
        if k + 1 >= len(breaks) or breaks[k + 1] > max(end - 1, start):
            # one sentence: two bisections
            found = self._chunks.get(k)
            t = (found or self._chunk(k)).tokens
            i = bisect_left(t.starts, start)
            return t.words[i : bisect_right(t.ends, end, lo=i)]
        return [w for t, i, j in self._inside(start, end) for w in t.words[i:j]]

    def starts(self, start: int, end: int) -> list[int]:
        """Where the tokens wholly inside ``[start, end)`` start (beside ``words``)."""
        return [s for t, i, j in self._inside(start, end) for s in t.starts[i:j]]

    def _inside(self, start: int, end: int) -> Iterator[tuple[Tokens, int, int]]:
        """Each sentence's tokens and the index range of those wholly inside the span."""
        for k in self._span(start, end):
            t = self._chunk(k).tokens
            i = bisect_left(t.starts, start)
            yield t, i, bisect_right(t.ends, end, lo=i)

    def tokens_at(self, pos: int) -> Tokens:
        """The tokens of the sentence (stretch between ``breaks``) holding ``pos``."""
        k = bisect_right(self._starts, pos) - 1
        found = self._chunks.get(k if k > 0 else 0)
        return (found or self._chunk(k if k > 0 else 0)).tokens

    def before(self, pos: int, n: int, *, floor: int = 0) -> list[str]:
        """Up to ``n`` tokens ending at or before ``pos`` (and starting at or after ``floor``)."""
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            k = 0
        found = self._chunks.get(k)
        t = (found or self._chunk(k)).tokens
        i = bisect_left(t.starts, pos)
        j = max(i - n, bisect_left(t.starts, floor, hi=i), 0)
        if j > 0 or self._starts[k] <= floor or n <= 0:
            return t.words[j:i]  # within one sentence: the common case, without the walk
        out: list[str] = []
        while k >= 0 and len(out) < n:
            t = self._chunk(k).tokens
            i = bisect_left(t.starts, pos)
            j = max(i - (n - len(out)), bisect_left(t.starts, floor, hi=i), 0)
            out[:0] = t.words[j:i]
            if j > 0 or self._starts[k] <= floor:
                break
            k -= 1
        return out

    def after(self, pos: int, n: int, *, ceiling: int | None = None) -> list[str]:
        """Up to ``n`` tokens starting at or after ``pos`` (and ending by ``ceiling``)."""
        stop = len(self.text) if ceiling is None else ceiling
        breaks = self._starts
        k = bisect_right(breaks, pos) - 1
        if k < 0:
            k = 0
        found = self._chunks.get(k)
        t = (found or self._chunk(k)).tokens
        i = bisect_left(t.starts, pos)
        size = len(t.words)
        j = i + n if i + n < size else size
        j = max(i, bisect_right(t.ends, stop, lo=i, hi=j))
        if j < size or k + 1 >= len(breaks) or breaks[k + 1] >= stop or n <= 0:
            # within one sentence: the common case, without the walk
            return t.words[i:j] if breaks[k] < stop else []
        out: list[str] = []
        while k < len(breaks) and len(out) < n and breaks[k] < stop:
            t = self._chunk(k).tokens
            i = bisect_left(t.starts, pos)
            j = min(i + n - len(out), len(t))
            j = max(i, bisect_right(t.ends, stop, lo=i, hi=j))
            out += t.words[i:j]
            if j < len(t):
                break
            k += 1
        return out

    def inside(self, start: int, end: int) -> list[Figure]:
        """The figures that lie inside ``[start, end)``."""
        return [f for f in self.numbers_in(start, end) if f.end <= end]

    def sentences(self, positions: Sequence[int]) -> list[tuple[int, Sentence]]:
        """The sentence (stretch between ``breaks``) holding each of ``positions``, which
        must be ascending, as (index, sentence): one walk, each sentence read once."""
        starts = self._starts
        n = len(starts)
        out: list[tuple[int, Sentence]] = []
        k = self._index(positions[0]) if positions else 0
        for pos in positions:
            while k + 1 < n and starts[k + 1] <= pos:
                k += 1
            out.append((k, self._chunk(k)))
        return out

    def sentence(self, k: int) -> Sentence:
        """The ``k``-th sentence (stretch between ``breaks``)."""
        return self._chunk(k)

    def hedge_before(self, pos: int, *, floor: int = 0) -> tuple[str, int] | None:
        """The hedge that ends right before ``pos`` and where it starts, or None."""
        t = self._chunk(self._index(pos)).tokens
        return _hedge_before(t, bisect_left(t.starts, pos), floor)


@dataclass(slots=True)
class _Chunk:
    """The tokens, figures and weekday names of one sentence, read once."""

    tokens: Tokens
    numbers: list[Figure]
    weekdays: list[tuple[int, int, int]]
    starts: list[int] = field(default_factory=list)  # where each figure starts

    def __post_init__(self) -> None:
        self.starts = [f.start for f in self.numbers]

    def numbers_in(self, start: int, end: int) -> list[Figure]:
        """The figures of the sentence that start inside ``[start, end)``."""
        starts = self.starts
        return self.numbers[bisect_left(starts, start) : bisect_left(starts, end)]

    def inside(self, start: int, end: int) -> list[Figure]:
        """The figures of the sentence that lie inside ``[start, end)``."""
        starts = self.starts
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, lo=i)
        return [f for f in self.numbers[i:j] if f.end <= end]

    def hedge_before(self, pos: int) -> tuple[str, int] | None:
        """The hedge that ends right before ``pos`` and where it starts, or None."""
        t = self.tokens
        return _hedge_before(t, bisect_left(t.starts, pos))


#: One sentence as the scanner read it (``Figures.sentences``).
Sentence = _Chunk


def _hedge_before(t: Tokens, i: int, floor: int = 0) -> tuple[str, int] | None:
    if i == 0 or t.words[i - 1] not in _HEDGE_LAST:
        return None
    for n in range(min(_HEDGE_LONGEST, i), 0, -1):
        words = tuple(t.words[i - n : i])
        name = HEDGES.get(words)
        if name is not None and t.starts[i - n] >= floor:
            if name == "exactly" and words == ("just",):
                return None  # "just 40%" is emphasis, not a rule
            return name, t.starts[i - n]
    return None


def tokenize(text: str, low: str | None = None, start: int = 0, end: int | None = None) -> Tokens:
    """The words of ``text[start:end]`` (one pass of one pattern, no work per word in
    Python); ``low`` is the text lower-cased, when that keeps its length.

    ``findall`` gives each token with the white space before it as one string; the ends
    are the running sum of their lengths (``accumulate``), the words those strings without
    the white space and the starts each end less its word, so no match object is made."""
    end = len(text) if end is None else end
    pieces = _SPACED_TOKEN.findall(text if low is None else low, start, end)
    ends = list(accumulate(map(len, pieces), initial=start))
    del ends[0]
    words = list(map(str.lstrip, pieces))
    starts = list(map(sub, ends, map(len, words)))
    if low is None:
        words = list(map(str.lower, words))
    return Tokens(starts, ends, words)


def currency_named(words: Sequence[str]) -> str | None:
    """The currency that the opening words name in full, by the money extractor's names
    ("swedish crowns …" → SEK, "danish kroner" → DKK), longest name first; None when they
    name none."""
    names = _units.currency_words().names
    for n in range(min(len(words), _LONGEST_NAME), 0, -1):
        code = names.get(" ".join(words[:n]))
        if code is not None:
            return code
    return None


#: Words in the longest currency name looked for by ``currency_named``.
_LONGEST_NAME = 4


def read_figures(text: str, breaks: Sequence[int] = (0,)) -> Figures:
    """The figures of ``text``, read lazily between ``breaks`` (sentence starts)."""
    return Figures(text, breaks)


def figures_of(text: Text) -> Figures:
    """The figures of a ``Text``, read sentence by sentence on demand, kept on the Text."""
    memo = text.memo.setdefault("figures", {})
    found = memo.get(0)
    if found is None:
        found = memo[0] = read_figures(text.text, text.sentence_starts)
    return found


def _read_chunk(text: str, low: str | None, start: int, end: int) -> _Chunk:
    """Tokens, figures and weekday names of ``text[start:end]``.

    Only the tokens a figure or a weekday name can start with (digits, and the words of
    the tables above) are looked at one by one."""
    t = tokenize(text, low, start, end)
    words = t.words
    starters = _STARTERS
    candidates = [i for i, w in enumerate(words) if w in starters or w[0].isdecimal()]
    numbers: list[Figure] = []
    weekdays: list[tuple[int, int, int]] = []
    next_free = 0
    for i in candidates:
        if i < next_free:
            continue
        w = words[i]
        fig: Figure | None = None
        if w[0].isdecimal():
            fig = _digits(t, i)
        else:
            wd = _WEEKDAYS.get(w)
            if wd is not None and len(w) > 4:
                weekdays.append((t.starts[i], t.ends[i], wd))
            elif wd is not None and _abbreviated(text, t, i):
                dot = words[i + 1] == "."
                weekdays.append((t.starts[i], t.ends[i + 1 if dot else i], wd))  # "Fri.", "Wed"
            else:
                fig = _worded(t, i)
        if fig is None:
            continue
        _finish(text, t, fig)
        numbers.append(fig)
        next_free = fig.last + 1
    return _Chunk(t, numbers, weekdays)


def _abbreviated(text: str, t: Tokens, i: int) -> bool:
    # "Fri." and "Sun." are weekdays only as abbreviations with a capital and a full stop
    # (or a day number right after: "Wed 4 June").
    if not (text[t.starts[i]].isupper() and i + 1 < len(t)):
        return False
    nxt = t.words[i + 1]
    return nxt == "." or (nxt[0].isdecimal() and len(nxt) <= 2)


def _digits(t: Tokens, i: int) -> Figure | None:
    words = t.words
    raw = words[i]
    if i > 1 and words[i - 1] in (".", ",") and t.glued(i - 1, i) and t.kind(i - 2) == "num":
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
    if (
        raw.isdigit()
        and i + 2 < len(words)
        and words[i + 1] == "in"
        and words[i + 2].isdigit()
        and 0 < value < int(words[i + 2]) <= 100
        and (i + 3 >= len(words) or words[i + 3] not in _FOLLOWERS)
    ):  # "1 in 10", "3 in 4"
        den = int(words[i + 2])
        return Figure(t.starts[i], t.ends[i + 2], "", value / den, kind="ratio",
                      first=i, last=i + 2)  # fmt: skip
    if (
        i + 1 < len(words)
        and words[i + 1] in _ORDINAL_SUFFIXES
        and t.glued(i, i + 1)
        and value.is_integer()
    ):  # "10th", "25th"
        return Figure(t.starts[i], t.ends[i + 1], "", value, kind="ordinal", first=i, last=i + 1)
    # "4-1/4", "3 1/2", "1/2"
    if last + 2 < len(words) and words[last + 1] == "/" and t.kind(last + 2) == "num":
        under = words[last + 2]
        if under.isdigit() and int(under) and t.glued(last, last + 1):
            value = value / int(under)
            unit = place = 1.0 / int(under)
            last += 2
    return Figure(t.starts[i], t.ends[last], "", value, unit=unit, place=place, first=i, last=last)


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


def _worded(t: Tokens, i: int) -> Figure | None:
    words = t.words
    w = words[i]
    n = len(words)
    start = t.starts[i]
    mult = _MULTIPLE_WORDS.get(w)
    if mult is not None:
        return Figure(start, t.ends[i], "", mult, kind="multiple", words=True, first=i, last=i)
    # "one in five", "one in every four", "two in five", "four out of five"
    num = UNITS.get(w)
    if num and i + 2 < n and (words[i + 1] == "in" or words[i + 1 : i + 3] == ["out", "of"]):
        j = i + 2 if words[i + 1] == "in" else i + 3
        if j < n and words[j] == "every" and j + 1 < n:
            j += 1
        den = _word_value(t, j) if j < n else None
        unit_next = den is not None and den[1] + 1 < n and words[den[1] + 1] in _FOLLOWERS
        if den is not None and num < den[0] <= 100 and not unit_next:
            return Figure(start, t.ends[den[1]], "", num / den[0], kind="ratio", words=True,
                          first=i, last=den[1])  # fmt: skip
    # fractions: "a third", "two-thirds", "three quarters", "half"
    frac = _fraction(t, i)
    if frac is not None:
        value, last = frac
        return Figure(start, t.ends[last], "", value, kind="fraction", words=True,
                      first=i, last=last)  # fmt: skip
    ordinal = _ordinal(t, i)
    if ordinal is not None:
        value, last = ordinal
        return Figure(start, t.ends[last], "", value, kind="ordinal", words=True,
                      first=i, last=last)  # fmt: skip
    found = _word_value(t, i)
    if found is None:
        return None
    value, last = found
    if w in ("a", "an") and (last == i or words[i + 1] not in ("hundred", "dozen")):
        if last == i and i + 1 < n and words[i + 1] in _TIME_UNITS:
            pass  # "for a year", "a decade ago": one of the unit
        elif not (last > i and words[last] in _SCALES):
            return None
    if w == "one" and last == i and not _counted(t, i):
        return None  # "one of the", "no one": a pronoun, mostly
    return Figure(start, t.ends[last], "", value, words=True, first=i, last=last)


def _ordinal(t: Tokens, i: int) -> tuple[float, int] | None:
    """ "tenth", "twenty-fifth"."""
    words = t.words
    w = words[i]
    if w in _ORDINALS:
        return float(_ORDINALS[w]), i
    if w in TENS and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2] in _ORDINALS:
        unit = _ORDINALS[words[i + 2]]
        if unit < 10:
            return float(TENS[w] + unit), i + 2
    return None


def _counted(t: Tokens, i: int) -> bool:
    nxt = t.words[i + 1] if i + 1 < len(t) else ""
    return nxt in _TIME_UNITS or nxt in ("in", "%", "per", "percent", "million", "billion")


def _fraction(t: Tokens, i: int) -> tuple[float, int] | None:
    words = t.words
    n = len(words)
    w = words[i]
    if w == "half":
        return 0.5, i
    count: float | None = None
    j = i
    if w in ("a", "an", "one"):
        count, j = 1, i + 1
    elif w in UNITS and UNITS[w] >= 2:
        count, j = UNITS[w], i + 1
    if count is None or j >= n:
        return None
    if words[j] == "-" and j + 1 < n and t.glued(j - 1, j):
        j += 1
    frac = _FRACTIONS.get(words[j])
    if frac is None:
        return None
    value, plural = frac
    if count > 1 and not plural and words[j] != "half":
        return None
    if count == 1 and plural:
        return None
    if w in ("a", "an") and words[j] == "half" and i > 0 and words[i - 1] == "and":
        return None  # "two and a half" is read as one number
    return count * value, j


def _word_value(t: Tokens, i: int) -> tuple[float, int] | None:
    """A number in words from token ``i``: "twenty-five", "two hundred and five", "a dozen"."""
    words = t.words
    n = len(words)
    w = words[i]
    if t.kind(i) == "num":
        try:
            return float(w.replace(",", "")), i
        except ValueError:
            return None
    if w in ("a", "an"):
        value, last = 1.0, i
    elif w in _NUMBER_WORDS:
        value, last = float(_NUMBER_WORDS[w]), i
        if w in TENS and last + 2 < n and words[last + 1] == "-" and words[last + 2] in UNITS:
            value += UNITS[words[last + 2]]
            last += 2
        elif (
            w in TENS and last + 1 < n and words[last + 1] in UNITS and UNITS[words[last + 1]] < 10
        ):
            value += UNITS[words[last + 1]]
            last += 1
    elif w == "dozen":
        return 12.0, i
    else:
        return None
    if last + 1 < n and words[last + 1] == "dozen":
        value *= 12
        last += 1
    elif last + 1 < n and words[last + 1] == "hundred":
        value *= 100
        last += 1
        if last + 2 < n and words[last + 1] == "and" and words[last + 2] in _NUMBER_WORDS:
            rest = _word_value(t, last + 2)
            if rest is not None and rest[0] < 100:
                value += rest[0]
                last = rest[1]
    # "two and a half"
    if (
        last + 3 < n
        and words[last + 1] == "and"
        and words[last + 2] in ("a", "one")
        and words[last + 3] == "half"
    ):
        value += 0.5
        last += 3
    return value, last


def _finish(text: str, t: Tokens, fig: Figure) -> None:
    """Scale word, percent sign, hedge and time unit round a figure; its text."""
    words = t.words
    n = len(words)
    j = fig.last + 1
    if fig.kind == "number" and j < n and words[j] in _FOLLOWERS:
        word = words[j]
        scale = _SCALES.get(word)
        glued_only = word in _GLUED_ONLY
        if (
            scale is not None
            and (not glued_only or t.glued(j - 1, j))
            and not (glued_only and j + 1 < n and words[j + 1] in ("'", "’"))  # "2m'"
        ):
            fig.value *= scale
            fig.unit *= scale
            fig.place *= scale
            fig.last = j
            j += 1
            if j < n and words[j] in _SCALES and words[j] not in _GLUED_ONLY:
                more = _SCALES[words[j]]  # "1.2 lakh crore"
                fig.value *= more
                fig.unit *= more
                fig.place *= more
                fig.last = j
                j += 1
        if j < n and words[j] == "%":
            fig.kind = "percent"
            fig.last = j
        elif j < n:
            for phrase, kind in _PERCENT_BY_FIRST.get(words[j], ()):
                k = len(phrase)
                if tuple(words[j : j + k]) == phrase:
                    fig.kind = kind
                    fig.last = j + k - 1
                    break
        j = fig.last + 1
        if fig.kind == "number" and j < n:
            k = j + 1 if words[j] == "-" and t.glued(j - 1, j) else j
            unit = _TIME_UNITS.get(words[k]) if k < n else None
            if unit is not None:
                fig.time_unit, fig.time_factor = unit
    # "three times", "4-fold"
    if fig.kind == "number" and j < n and words[j] in _FOLLOWERS:
        nxt = words[j]
        if nxt == "times" or (nxt == "-" and j + 1 < n and words[j + 1] == "fold"):
            fig.kind = "multiple"
            fig.last = j if nxt == "times" else j + 1
        elif nxt == "fold" and t.glued(j - 1, j):
            fig.kind = "multiple"
            fig.last = j
    fig.end = t.ends[fig.last]
    fig.text = text[fig.start : fig.end]
    hedge = _hedge_before(t, fig.first)
    if hedge is not None:
        fig.hedge, fig.hedge_start = hedge
