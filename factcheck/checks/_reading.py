"""What the relations read: the document's claims as operands, its dates, its words.

``Reading`` is built once per document from the extracted claims (amounts, percentages,
quantities, durations and dates come from ``Claim.value``) and the shared text model
(``Text``: sentences, paragraphs, and ``Text.figures`` for the tokens, bare numbers, hedges
and the unit of each figure's last stated digit). Nothing here scans the article text:
relations compare token lists with their cue phrases.
"""

from __future__ import annotations

import calendar
import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache
from itertools import accumulate
from operator import itemgetter

from factcheck.extract._figures import Figure, Figures, Sentence, figures_of
from factcheck.extract._spans import Text
from factcheck.models import (
    Claim,
    DateValue,
    Document,
    DurationValue,
    MoneyValue,
    PercentValue,
    QuantityValue,
)

Cue = tuple[str, ...]

#: Duration units the relations count in, and their length in days.
DAYS_PER: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 365.2425 / 12, "year": 365.2425}
_ISO_UNITS = {"Y": ("year", 1.0), "M": ("month", 1.0), "W": ("week", 1.0), "D": ("day", 1.0)}


@dataclass(slots=True, eq=False)
class Operand:
    """One figure a relation may use: a claim's value, or a bare number of the text."""

    start: int
    end: int
    text: str
    kind: str  # money, percent, points, count, fraction, multiple, ratio, duration, ordinal
    value: float
    unit: float = 1.0  # one unit of the last stated digit
    place: float = 1.0  # one unit of the last written digit (trailing zeros count)
    currency: str | None = None
    hedge: str | None = None
    per: str | None = None
    value_max: float | None = None
    time_unit: str | None = None  # duration: "year", "month", "week", "day"
    claim: Claim | None = None
    figure: Figure | None = None
    words: bool = False
    begin: int = -1  # where the figure starts with its hedge ("about $2 billion")

    def __post_init__(self) -> None:
        if self.begin < 0 or self.begin > self.start:
            self.begin = self.start

    @property
    def family(self) -> tuple[str, str]:
        """What it can be added to: money of one currency, percents, points, counts."""
        if self.kind == "money":
            return ("money", self.currency or "?")
        return (self.kind, "")

    def comparable(self, other: Operand) -> bool:
        a, b = self.family, other.family
        return a == b or (a[0] == b[0] == "money" and "?" in (a[1], b[1]))


@dataclass(slots=True, eq=False)
class DateRef:
    """A date claim: the first and last day it can stand for."""

    start: int
    end: int
    text: str
    lo: date
    hi: date
    granularity: str
    year_stated: bool
    relative: bool  # "last Friday", "two years ago": read from the publication date
    claim: Claim
    month: int | None = None
    day: int | None = None
    resolved: bool = True  # False: a date claim without a value ("March 4" with no year known)


#: The token window round a position that ``Reading.before`` and ``after`` keep.
_WINDOW = 12


@dataclass
class Reading:
    """One document as the relations read it."""

    doc: Document
    text: Text
    operands: list[Operand]
    dates: list[DateRef]
    events: Mapping[str, date] = field(default_factory=dict)
    # what the relations ask again and again, read once: sentence bounds, token windows
    _heads: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _tails: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _at: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False)  # sentence(pos)
    _prev: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict, repr=False)
    _next: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict, repr=False)
    #: what a relation reads once per operand and asks again ("change_verb", …), by name
    memo: dict[str, dict[int, object]] = field(default_factory=dict, repr=False)
    #: the figures the relations have decided (not inconclusive) so far, and the claims
    #: they used as operands, by check (``find_all`` keeps it)
    reported: dict[str, list[tuple[int, int]]] = field(default_factory=dict, repr=False)

    @cached_property
    def figs(self) -> Figures:
        return figures_of(self.text)

    @property
    def published(self) -> date | None:
        return self.doc.published

    @cached_property
    def _sentences(self) -> dict[int, list[Operand]]:
        out: dict[int, list[Operand]] = {}
        starts = self.text.sentence_starts  # by the text's sentence (``Text.sentence_bounds``)
        for op in self.operands:
            out.setdefault(starts[bisect_right(starts, op.start) - 1], []).append(op)
        return out

    @cached_property
    def _sentence_words(self) -> dict[int, frozenset[str]]:
        """The words of each sentence that holds operands, by its start: read once, from
        the sentence's tokens as the scanner read them."""
        starts = sorted(self._sentences)
        return {
            s0: frozenset(sentence.tokens.words)
            for s0, (_, sentence) in zip(starts, self.figs.sentences(starts), strict=True)
        }

    def gated(self, gate: frozenset[str]) -> list[Operand]:
        """The operands, in text order, of the sentences holding a word of ``gate`` (made
        by ``gate`` from a relation's own cue table): what a relation that
        needs one of those words in the sentence need look at. Read once per gate."""
        memo = self.memo.setdefault("gated", {})
        found = memo.get(id(gate))
        if isinstance(found, tuple) and found[0] is gate:
            return found[1]  # type: ignore[no-any-return]
        words = self._sentence_words
        held = {s0 for s0, w in words.items() if not gate.isdisjoint(w)}
        ops = [o for s0, group in self._sentences.items() if s0 in held for o in group]
        memo[id(gate)] = (gate, ops)
        return ops

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos``, cut at the paragraph that holds it: a headline
        without a full stop runs into the next paragraph as one sentence, and no relation
        binds across a paragraph break. Looked up in ``_pieces`` (one bisection) the first
        time a position is asked, by the position itself after: relations ask the sentence
        of the same figures again and again."""
        found = self._at.get(pos)
        if found is not None:
            return found
        if pos < 0:
            return self._bounds_at(pos)
        starts, bounds = self._pieces
        found = self._at[pos] = bounds[bisect_right(starts, pos) - 1]
        return found

    def _bounds_at(self, pos: int) -> tuple[int, int]:
        s0, s1 = self.text.sentence_bounds(pos)
        p0, p1 = self.paragraph(pos)
        return max(s0, p0), min(s1, p1) if p1 > max(s0, p0) else s1

    def paragraph(self, pos: int) -> tuple[int, int]:
        """``Text.paragraph_bounds``, read once per paragraph."""
        if pos < 0:
            return self.text.paragraph_bounds(pos)
        starts, bounds = self._paragraphs
        return bounds[bisect_right(starts, pos) - 1]

    @cached_property
    def _paragraphs(self) -> tuple[list[int], list[tuple[int, int]]]:
        """Where each paragraph starts, and its bounds (``Text.paragraph_bounds``), all
        read in one pass."""
        starts = self.text.paragraph_starts
        return starts, list(zip(starts, self.text.paragraph_ends, strict=True))

    @cached_property
    def _pieces(self) -> tuple[list[int], list[tuple[int, int]]]:
        """Where a sentence or a paragraph starts, and ``sentence`` of each: between two
        such starts every position has the same sentence and paragraph, so the same
        bounds. All of them in one walk over the sentences and paragraphs together."""
        text = self.text
        sentences, ends = text.sentence_starts, text.sentence_ends
        paragraphs, (_, pbounds) = text.paragraph_starts, self._paragraphs
        starts = sorted({*sentences, *paragraphs})
        bounds: list[tuple[int, int]] = []
        si = pi = 0
        last_s, last_p = len(sentences) - 1, len(paragraphs) - 1
        for pos in starts:
            while si < last_s and sentences[si + 1] <= pos:
                si += 1
            while pi < last_p and paragraphs[pi + 1] <= pos:
                pi += 1
            s0, s1 = sentences[si], ends[si]
            p0, p1 = pbounds[pi]
            a = s0 if s0 > p0 else p0
            bounds.append((a, p1 if p1 < s1 and p1 > a else s1))
        return starts, bounds

    def in_sentence(self, pos: int) -> list[Operand]:
        """The operands of the sentence holding ``pos``, in text order."""
        return self._sentences.get(self.sentence(pos)[0], [])

    def before_in_sentence(self, op: Operand) -> list[Operand]:
        """The operands of ``op``'s sentence that end before it starts (with its hedge)."""
        sent = self.in_sentence(op.start)
        ends = self._ends_of(self.sentence(op.start)[0], sent)
        return (
            sent[: bisect_right(ends, op.begin)]
            if ends is not None
            else [o for o in sent if o.end <= op.begin]
        )

    def _ends_of(self, s0: int, sent: list[Operand]) -> list[int] | None:
        """The operands' ends, when they ascend with the starts (no operand inside another)."""
        memo = self.memo.setdefault("ends", {})
        if s0 not in memo:
            ends = [o.end for o in sent]
            memo[s0] = ends if all(a <= b for a, b in itertools.pairwise(ends)) else None
        return memo[s0]  # type: ignore[return-value]

    def previous_sentence(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one holding ``pos``, when it is in the same paragraph."""
        here = self.sentence(pos)
        memo = self._prev
        if here in memo:
            return memo[here]  # the answer depends on the sentence alone: read once each
        s0 = here[0]
        if s0 == 0:
            prev = None
        else:
            p0, _ = self.paragraph(pos)  # ``pos`` and ``s0`` share their paragraph
            prev = self.sentence(s0 - 1)
            prev = prev if prev[0] >= p0 else None
        memo[here] = prev
        return prev

    def bare_before(self, pos: int) -> list[Operand]:
        """The bare figures (no claim's) of the sentence before the one holding ``pos`` in
        its paragraph, the counterpart of the next sentence's that ``read`` keeps: "backed
        it 412 to 377. The margin of 35 …". A sentence that holds no claim and follows
        none is read here, on demand, once; [] when there is no such sentence."""
        prev = self.previous_sentence(pos)
        if prev is None:
            return []
        memo = self.memo.setdefault("bare_before", {})
        if prev[0] not in memo:
            held = self.in_sentence(prev[0])
            if held or self.dates_in(prev[0], prev[1]):
                bare = [o for o in held if o.claim is None]
            else:  # no claim there: every figure of it is bare
                k = bisect_right(self.figs.breaks, prev[0]) - 1
                none = _Spans(())
                bare = list(_bare_operands(self.figs.sentence(k), self.figs, none, none))
            memo[prev[0]] = bare
        return memo[prev[0]]  # type: ignore[return-value]

    def dates_in(self, start: int, end: int) -> list[DateRef]:
        """The resolved dates inside ``[start, end)``: those that start in it (one
        bisection of the dates, which are in text order) and end by its end."""
        starts = self._date_starts
        i = bisect_left(starts, start)
        return [d for d in self.dates[i : bisect_left(starts, end, lo=i)]
                if d.end <= end and d.resolved]  # fmt: skip

    @cached_property
    def _date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    def dates_touching(self, start: int, end: int) -> list[DateRef]:
        """Every date, resolved or not, that overlaps ``[start, end)``, in text order: one
        bisection (a date starting before ``start`` reaches at most ``longest_date`` past
        its start)."""
        starts = self._date_starts
        i = bisect_left(starts, start - self.longest_date)
        return [d for d in self.dates[i : bisect_left(starts, end, lo=i)] if d.end > start]

    @cached_property
    def longest_date(self) -> int:
        """The length in characters of the longest date."""
        return max((d.end - d.start for d in self.dates), default=0)

    def next_sentence(self, pos: int) -> tuple[int, int] | None:
        """The sentence after the one holding ``pos``, when it is in the same paragraph."""
        here = self.sentence(pos)
        memo = self._next
        if here in memo:
            return memo[here]  # the answer depends on the sentence alone: read once each
        memo[here] = found = self._next_of(here[1])
        return found

    def _next_of(self, s1: int) -> tuple[int, int] | None:
        n = len(self.doc.text)
        if s1 >= n:
            return None
        nxt = self.sentence(s1)
        if nxt[0] < s1:
            nxt = self.sentence(s1 + 1) if s1 + 1 < n else nxt
        if nxt[0] < s1 or self.paragraph(nxt[0])[0] > s1:
            return None
        return nxt

    def between(self, a_end: int, b_start: int) -> list[str]:
        """The tokens between two figures."""
        return self.figs.words(a_end, b_start)

    def before(self, pos: int, n: int = 6) -> list[str]:
        """Up to ``n`` tokens before ``pos`` in its sentence."""
        if n > _WINDOW:
            return self.figs.before(pos, n, floor=self.sentence(pos)[0])
        window = self._heads.get(pos)
        if window is None:
            window = self._heads[pos] = self._head(pos)
        return window[max(len(window) - n, 0) :]

    def _head(self, pos: int) -> list[str]:
        """The ``_WINDOW`` tokens before ``pos`` in its sentence, from the tokens of the
        sentence the scanner read (its sentence, cut at the paragraph, starts inside it)."""
        floor = self.sentence(pos)[0]
        if pos < 0:
            return self.figs.before(pos, _WINDOW, floor=floor)
        t = self.figs.tokens_at(pos)
        starts = t.starts
        i = bisect_left(starts, pos)
        j = bisect_left(starts, floor, 0, i)
        return t.words[max(j, i - _WINDOW) : i]

    def after(self, pos: int, n: int = 6) -> list[str]:
        """Up to ``n`` tokens after ``pos`` in its sentence."""
        if n > _WINDOW:
            return self.figs.after(pos, n, ceiling=self.sentence(max(pos - 1, 0))[1])
        window = self._tails.get(pos)
        if window is None:
            ceiling = self.sentence(max(pos - 1, 0))[1]
            window = self._tails[pos] = self.figs.after(pos, _WINDOW, ceiling=ceiling)
        return window[:n]


# ---------------------------------------------------------------- cue matching


#: A cue trie's node: the next word of a cue to its node, and ``_CUE`` to the cue that ends
#: there. No token is the empty string, so the key cannot clash with a word.
_Node = dict[str, "_Node | Cue"]
_CUE = ""


@dataclass(frozen=True, slots=True)
class _CueIndex:
    """A cue set as two tries of its words: read forwards from the first word and backwards
    from the last, so that a match walks only as many words as the cue it finds has (the
    longest cue is the last end met on the walk)."""

    forward: _Node
    backward: _Node
    empty: bool
    firsts: frozenset[str]  # the words a cue starts with


#: The index of each cue set, by the set itself (a frozenset keeps its hash, and the dict
#: compares the very object first: one lookup); cue sets are module constants, and ``cues``
#: returns one object per list of phrases.
_INDEXES: dict[object, _CueIndex] = {}


def _index(cue_set: Iterable[Cue]) -> _CueIndex:
    try:
        found = _INDEXES.get(cue_set)
    except TypeError:  # a list or another unhashable iterable of cues: indexed each time
        return _build_index(cue_set)
    if found is not None:
        return found
    if len(_INDEXES) > 4096:
        # a cue set built per call ("A | B" inline) would be indexed, and kept, every time:
        # cue sets must be module constants (test_checks_gates checks the relations' own)
        _INDEXES.clear()
    index = _INDEXES[cue_set] = _build_index(cue_set)
    return index


def _build_index(cue_set: Iterable[Cue]) -> _CueIndex:
    forward: _Node = {}
    backward: _Node = {}
    key = frozenset(cue_set)
    for cue in key:
        for root, words in ((forward, cue), (backward, cue[::-1])):
            node = root
            for w in words:
                node = node.setdefault(w, {})  # type: ignore[assignment]
            if words:
                node[_CUE] = cue
    return _CueIndex(forward, backward, () in key, frozenset(c[0] for c in key if c))


def _walk(node: _Node, words: Iterable[str]) -> Cue | None:
    """The longest cue the trie holds along ``words`` from its root."""
    found: Cue | None = None
    for w in words:
        nxt = node.get(w)
        if nxt is None:
            break
        node = nxt  # type: ignore[assignment]
        cue = node.get(_CUE)
        if cue is not None:
            found = cue  # type: ignore[assignment]
    return found


def ends_with(words: Sequence[str], cue_set: Iterable[Cue]) -> Cue | None:
    """The longest cue that ``words`` ends with, or None."""
    try:
        idx = _INDEXES[cue_set]  # the common case, without a call: a table indexed before
    except (KeyError, TypeError):
        idx = _index(cue_set)
    if words and words[-1] in idx.backward:
        found = _walk(idx.backward, reversed(words))
        if found is not None:
            return found
    return () if idx.empty else None


def starts_with(words: Sequence[str], cue_set: Iterable[Cue]) -> Cue | None:
    """The longest cue that ``words`` starts with, or None."""
    try:
        idx = _INDEXES[cue_set]  # the common case, without a call: a table indexed before
    except (KeyError, TypeError):
        idx = _index(cue_set)
    if words and words[0] in idx.forward:
        found = _walk(idx.forward, words)
        if found is not None:
            return found
    return () if idx.empty else None


def contains(words: Sequence[str], cue_set: Iterable[Cue]) -> bool:
    """Whether any cue occurs in ``words``."""
    try:
        idx = _INDEXES[cue_set]  # the common case, without a call: a table indexed before
    except (KeyError, TypeError):
        idx = _index(cue_set)
    if idx.empty:
        return True
    if idx.firsts.isdisjoint(words):
        return False  # no word a cue starts with: one set operation, no loop
    forward = idx.forward
    for i, w in enumerate(words):
        node = forward.get(w)
        if node is None:
            continue
        if _CUE in node or _walk(node, itertools.islice(words, i + 1, None)) is not None:  # type: ignore[arg-type]
            return True
    return False


def gate(cue_set: Iterable[Cue]) -> frozenset[str]:
    """Words of which a sentence must hold one for any cue of ``cue_set`` to occur in it:
    the longest (and so, mostly, the rarest) word of each cue ("average" of "an average
    of"). Derived from the table, so the gate cannot drift from it: a cue occurs only where
    all of its words do."""
    return frozenset(max(c, key=len) for c in _gateable(cue_set))


def _gateable(cue_set: Iterable[Cue]) -> list[Cue]:
    found = list(cue_set)
    if () in found:
        raise ValueError("a cue set with the empty cue matches every sentence: no gate")
    return found


@cache
def cues(*phrases: str) -> frozenset[Cue]:
    """Cue phrases as token tuples: "equivalent to" → ("equivalent", "to"); "( about" too."""
    return frozenset(tuple(p.split()) for p in phrases)


# ---------------------------------------------------------------- building the reading


def read(
    doc: Document,
    claims: Sequence[Claim],
    *,
    text: Text | None = None,
    events: Mapping[str, date] | None = None,
) -> Reading:
    """The operands and dates of one document from its claims and its figures.

    The claims are taken sentence by sentence: each sentence's figures are read once and
    every claim of it is matched against them (no claim reads its sentence again)."""
    text = text if text is not None and text.doc is doc else Text(doc)
    figs = figures_of(text)
    body, doc_id = doc.text, doc.id
    n_text = len(body)
    mine = [
        c
        for c in claims
        if c.document in ("", doc_id)
        and 0 <= c.start < c.end <= n_text
        and body[c.start : c.end] == c.text
    ]
    mine.sort(key=_start_of)
    # a count the quantity extractor read inside a money claim ("kr. 900 million") is the
    # same figure read twice: the money claim is the operand
    money = _Spans([(c.start, c.end) for c in mine if c.kind == "money"])
    mine = [c for c in mine if c.kind != "quantity" or not money.inside(c.start, c.end)]
    operands: list[Operand] = []
    dates: list[DateRef] = []
    covered: list[tuple[int, int]] = []
    bounds = [*figs.breaks[1:], n_text]
    held: set[int] = set()  # the sentences holding claims
    for c, (k, sentence) in zip(mine, figs.sentences([c.start for c in mine]), strict=True):
        held.add(k)
        view: Sentence | Figures = sentence if c.end <= bounds[k] else figs
        if c.value is None:
            if c.kind == "date":
                dates.append(DateRef(c.start, c.end, c.text, date.min, date.min, "day", False,
                                     False, c, resolved=False))  # fmt: skip
            continue
        if isinstance(c.value, DateValue):
            ref = _date_ref(c, c.value, view, doc.published)
            if ref is not None:
                dates.append(ref)
            continue
        share = _wider_share(c, view)
        if share is not None:  # "1 in 10": the claims "1" and "10" are one share
            if not any(o.figure is share for o in operands):
                piece = _figure_operand(share, figs)
                piece.claim = c
                operands.append(piece)
            covered.append((c.start, c.end))
            continue
        op = _claim_operand(c, view)
        if op is not None:
            operands.extend(_ends(op, view, doc.text))
            covered.append((c.start, c.end))
    claimed = _Spans(covered)
    dated = _Spans([(d.start, d.end) for d in dates])
    # the bare numbers ("doubled", "a third", "one in five") of the sentences with claims:
    # a relation needs at least one claim to report on, so no other sentence is read
    # (and the sentence after each, which relations may bind to the one before it)
    for k in sorted(_with_next(text, figs.breaks, held)):
        operands.extend(_bare_operands(figs.sentence(k), figs, claimed, dated))
    operands.sort(key=lambda o: (o.start, -o.end))
    operands = _spaced_ratios(operands, figs, doc.text)
    _symbol_money(operands, text)
    dates.sort(key=lambda d: d.start)
    return Reading(doc, text, operands, _with_year_named_after(dates, figs), dict(events or {}))


def _with_year_named_after(dates: list[DateRef], figs: Figures) -> list[DateRef]:
    """ "2 December last year", "on 4 May, next year": a day or month without its year,
    followed at once (a comma between at most) by a year told in words, is that day of that
    year, one date over both spans; the two are kept apart otherwise."""
    out: list[DateRef] = []
    for d in dates:
        prev = out[-1] if out else None
        if prev is not None and _takes_year_of(prev, d, figs):
            try:
                lo, hi = prev.lo.replace(year=d.lo.year), prev.hi.replace(year=d.lo.year)
            except ValueError:  # 29 February in a year without it
                out.append(d)
                continue
            text = prev.text + figs.text[prev.end : d.end]
            out[-1] = DateRef(prev.start, d.end, text, lo, hi, prev.granularity, True, False,
                              prev.claim, prev.month, prev.day)  # fmt: skip
            continue
        out.append(d)
    return out


def _takes_year_of(d: DateRef, year: DateRef, figs: Figures) -> bool:
    """Whether ``year``, a year named without digits, gives ``d`` (a day or month with no
    year of its own, right before it) its year."""
    return (
        d.resolved
        and year.resolved
        and not d.year_stated
        and not d.relative  # "on a Saturday this year" names a weekday, not a day
        and d.granularity in ("day", "month")
        and year.granularity == "year"
        and not any(ch.isdigit() for ch in year.text)
        and figs.words(d.end, year.start) in ([], [","])
    )


#: Marks that are no currency symbol before a bare number.
_NOT_SYMBOLS = frozenset(".,;:!?-–—()[]{}'\"‘’“”/%+*#&@<>=~|_")


def _start_of(c: Claim) -> int:
    return c.start


def _symbol_money(operands: list[Operand], text: Text) -> None:
    """ "grants totalling £1.55m - £600,000 for a lido": a bare number the money extractor
    left unread (it took the pair for a range), glued to the same symbol as a money claim of
    its sentence, is money of that claim's currency. No table of symbols: the claim's own
    first character is the symbol."""
    doc = text.doc.text
    for o in operands:
        if o.claim is not None or o.kind != "count" or o.start == 0 or o.words:
            continue
        ch = doc[o.start - 1]
        if ch.isalnum() or ch.isspace() or ch in _NOT_SYMBOLS:
            continue
        s0, s1 = text.sentence_bounds(o.start)
        twins = [m for m in operands if m.kind == "money" and m.claim is not None
                 and s0 <= m.start < s1 and m.text[:1] == ch and m.currency]  # fmt: skip
        if twins:
            o.kind, o.currency = "money", twins[0].currency
            o.begin = o.start = o.start - 1
            o.text = doc[o.start : o.end]


#: The words between the two numbers of a share in words: "one in five", "two out of three".
_RATIO_LINKS = (["in"], ["in", "every"], ["out", "of"])


def _spaced_ratios(operands: list[Operand], figs: Figures, text: str) -> list[Operand]:
    """ "312 of them - one in five - were over the limit": a share in words that the figure
    scanner leaves as two numbers because a dash follows it (a hyphen there would make
    "one in five-year"); with a space before the dash it is the share."""
    if not any(o.words and o.claim is None for o in operands):
        return operands  # no bare number in words: no such share
    out: list[Operand] = []
    i = 0
    while i < len(operands):
        a = operands[i]
        b = operands[i + 1] if i + 1 < len(operands) else None
        if (
            b is not None
            and a.claim is None
            and b.claim is None
            and a.kind == b.kind == "count"
            and a.words
            and 0 < a.value < b.value <= 100
            and float(a.value).is_integer()
            and float(b.value).is_integer()
            and figs.words(a.end, b.start) in _RATIO_LINKS
            and text[b.end : b.end + 1].isspace()
            and text[b.end + 1 : b.end + 2] in ("-", "–", "—")
        ):
            share = a.value / b.value
            out.append(Operand(a.start, b.end, text[a.start : b.end], "ratio", share,
                               hedge=a.hedge, figure=a.figure, words=True,
                               begin=a.begin))  # fmt: skip
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _label(f: Figure, text: str) -> bool:
    """Whether a bare number is part of a name: glued by a hyphen to the word before it
    ("over-65s", "Covid-19", "A-10"), or a whole number right after a word in capitals
    inside the sentence ("the S&P 500 gained", "the FTSE 100 rose", "the DAX 40")."""
    i = f.start
    if f.kind != "number" or f.words or i < 2:
        return False
    if text[i - 1] == "-" and text[i - 2].isalpha():
        return True
    if text[i - 1] != " " or not text[f.start : f.end].isdigit():
        return False
    j = i - 1
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j : i - 1]
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 2 or not (all(ch.isupper() for ch in letters) or "&" in word):
        return False  # an index or model name in capitals ("S&P", "FTSE", "DAX"), no other
    before = text[max(0, j - 2) : j]
    # not the sentence's first word ("Labour 40, …" after a full stop), nor a month's day
    return bool(before.strip()) and before.strip()[-1:] not in (".", "!", "?", ":", '"', "“")


def _wider_share(c: Claim, view: Sentence | Figures) -> Figure | None:
    """A share in figures ("1 in 10") that a count claim is only a piece of."""
    if not isinstance(c.value, QuantityValue) or c.value.unit is not None or len(c.text) > 4:
        return None  # only a bare small count ("1", "10") can be a piece of "1 in 10"
    for f in view.numbers_in(max(0, c.start - 12), c.end):
        if f.kind == "ratio" and not f.words and f.start <= c.start and c.end <= f.end:
            return f
    return None


def _bare_operands(
    sentence: Sentence, figs: Figures, claimed: _Spans, dated: _Spans
) -> Iterator[Operand]:
    """The figures of a sentence that no claim (``claimed``) or date (``dated``) holds and
    that are no part of a name, as operands."""
    for f in sentence.numbers:
        if claimed.overlaps(f.start, f.end):
            continue
        if f.kind == "number" and f.time_unit is None and dated.overlaps(f.start, f.start + 1):
            continue  # the day or year of a date (not "two years" of "two years from now")
        if _label(f, figs.text):
            continue  # "over-65s", "Covid-19", "F-35": part of a name, not a figure
        yield _figure_operand(f, figs)


def _with_next(text: Text, breaks: Sequence[int], held: set[int]) -> set[int]:
    """The sentences ``held`` and the sentence after each in the same paragraph."""
    out = set(held)
    paragraphs = text.paragraph_starts  # only where the next sentence's paragraph starts
    for k in held:
        if k + 1 < len(breaks):
            p0 = paragraphs[bisect_right(paragraphs, breaks[k + 1]) - 1]
            if p0 <= breaks[k]:
                out.add(k + 1)
    return out


_first, _second = itemgetter(0), itemgetter(1)


class _Spans:
    """Spans, to ask whether any overlaps ``[start, end)`` with one bisection."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = list(map(_first, ordered))
        # the furthest end of the spans up to each one
        self.reach: list[int] = list(accumulate(map(_second, ordered), max))

    def inside(self, start: int, end: int) -> bool:
        """Whether one span holds all of ``[start, end)``."""
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


def _main_figure(c: Claim, view: Sentence | Figures) -> Figure | None:
    """The first figure inside the claim that is no multiple."""
    end = c.end
    for f in view.numbers_in(c.start, end):
        if f.end <= end and f.kind != "multiple":
            return f
    return None


#: The values a claim's operand is read from (a quote's is none: nothing to look up for it).
_FIGURE_VALUES = (MoneyValue, PercentValue, QuantityValue, DurationValue)


def _claim_operand(c: Claim, view: Sentence | Figures) -> Operand | None:
    v = c.value
    if not isinstance(v, _FIGURE_VALUES):
        return None
    fig = _main_figure(c, view)
    unit = place = 1.0
    hedge = c.qualifier
    words = False
    begin = c.start
    if fig is not None:
        unit, place, words = fig.unit, fig.place, fig.words
        if fig.hedge and fig.hedge_start is not None:
            hedge, begin = hedge or fig.hedge, min(begin, fig.hedge_start)
    if fig is not None and fig.start == c.start:
        # the scanner read the hedge right before the figure already: the same tokens
        before = None if fig.hedge_start is None else (fig.hedge, fig.hedge_start)
    else:
        before = view.hedge_before(c.start)
    if before is not None:
        hedge, begin = hedge or before[0], min(begin, before[1])
    if isinstance(v, MoneyValue):
        if fig is not None and fig.value and v.amount:
            ratio = v.amount / fig.value
            unit, place = unit * ratio, place * ratio
        return Operand(c.start, c.end, c.text, "money", v.amount, unit, place,
                       currency=v.currency.upper() if v.currency else None, hedge=hedge,
                       per=v.per, value_max=v.amount_max, claim=c, figure=fig, words=words,
                       begin=begin)  # fmt: skip
    if isinstance(v, PercentValue) and _bare_count(fig, c):
        # "132 - 27.5%": a bare number the percentage extractor read as the first end of a
        # range is a count
        return Operand(c.start, c.end, c.text, "count", v.percent, unit, place, hedge=hedge,
                       claim=c, figure=fig, words=words, begin=begin)  # fmt: skip
    if isinstance(v, PercentValue):
        kind = "points" if v.percentage_points else "percent"
        if fig is not None and fig.kind == "bp":
            kind = "points"
        return Operand(c.start, c.end, c.text, kind, v.percent, place, place, hedge=hedge,
                       value_max=v.percent_max, claim=c, figure=fig, words=words,
                       begin=begin)  # fmt: skip
    if isinstance(v, QuantityValue):
        if fig is not None and fig.value and v.number and fig.kind == "number":
            ratio = v.number / fig.value
            unit, place = unit * ratio, place * ratio
        kind = "count"
        if fig is not None and fig.kind in ("fraction", "ratio", "multiple", "percent"):
            kind = fig.kind
        elif fig is not None and fig.kind == "points":
            kind = "points" if _among_percents(view, c) else "count"  # not "236 points scored"
        elif fig is not None and fig.kind == "bp":
            kind = "points"
        elif (v.unit or "").lower() in _POINT_UNITS and _among_percents(view, c):
            kind = "points"  # "54.2% … to 45.8%, an 8.4-point margin": percentage points
        return Operand(c.start, c.end, c.text, kind, v.number, unit, place, hedge=hedge,
                       per=v.per, value_max=v.number_max, claim=c, figure=fig, words=words,
                       begin=begin)  # fmt: skip
    if isinstance(v, DurationValue):
        parsed = parse_iso(v.iso)
        if parsed is None:
            return None
        n, tu = parsed
        return Operand(c.start, c.end, c.text, "duration", n, 1.0, 1.0, hedge=hedge,
                       time_unit=tu, claim=c, figure=fig, words=words, begin=begin)  # fmt: skip
    return None


def _bare_count(fig: Figure | None, c: Claim) -> bool:
    """Whether a percentage claim is only a bare number: its figure is a plain number and
    the claim holds nothing after it (no "%", "per cent", "points")."""
    return (
        fig is not None
        and fig.kind == "number"
        and not fig.words
        and fig.start == c.start
        and fig.end == c.end
        and c.value is not None
        and getattr(c.value, "percent_max", None) is None
    )


def _among_percents(view: Sentence | Figures, c: Claim) -> bool:
    """Whether "points" count percentage points: "percentage points" says so; a bare
    "8.4-point" only in a sentence that states percentages (not "236 points in 11 games")."""
    unit = c.value.unit.lower() if isinstance(c.value, QuantityValue) and c.value.unit else ""
    if unit.startswith("percentage"):
        return True
    if isinstance(view, Sentence):
        numbers = view.numbers
    else:
        numbers = view.numbers_in(max(0, c.start - 200), c.end)
    return any(f.kind == "percent" for f in numbers)


#: Quantity units that count percentage points.
_POINT_UNITS = frozenset(("point", "points", "percentage point", "percentage points", "pt", "pts"))


def _ends(op: Operand, view: Sentence | Figures, text: str) -> list[Operand]:
    """A range ("from 40,000 to 52,000", "3 to 4 million") as its two ends."""
    if op.value_max is None or op.kind == "duration":
        return [op]
    inside = [f for f in view.inside(op.start, op.end) if f.kind != "multiple"]
    if len(inside) != 2 or not inside[0].value or not inside[1].value:
        return [op]
    lo, hi = inside
    ratio_lo = op.value / lo.value
    ratio_hi = op.value_max / hi.value
    currencies, second = (op.currency, op.currency), hi.start
    a = Operand(op.start, lo.end, text[op.start : lo.end], op.kind, op.value,
                lo.unit * ratio_lo, lo.place * ratio_lo, currencies[0], op.hedge, op.per,
                claim=op.claim, figure=lo, words=lo.words, begin=op.begin)  # fmt: skip
    b = Operand(second, op.end, text[second : op.end], op.kind, op.value_max,
                hi.unit * ratio_hi, hi.place * ratio_hi, currencies[1], None, op.per,
                claim=op.claim, figure=hi, words=hi.words)  # fmt: skip
    return [a, b]


#: After a fraction in words: it counts percentage points ("half a point").
_OF_A_POINT = (("a", "percentage", "point"), ("of", "a", "percentage", "point"), ("a", "point"),
               ("of", "a", "point"))  # fmt: skip


def _signed(text: str, start: int) -> bool:
    """Whether a number is written with a minus sign: "-4" or "−4" after a space, a bracket
    or the start, not the hyphen of a range ("4-6") or of a word ("a pre-2020 plan")."""
    if start == 0 or text[start - 1] not in "-−":
        return False
    return start == 1 or text[start - 2] in " (\n\t"


def _figure_operand(f: Figure, figs: Figures) -> Operand:
    kind = {"number": "count", "bp": "points"}.get(f.kind, f.kind)
    end = f.end
    time_unit = None
    value = f.value
    if f.time_unit is not None and f.kind == "number":
        kind = "duration"
        time_unit = f.time_unit
        value = f.value * f.time_factor
        nxt = figs.token_after(f.end)
        if nxt is not None and nxt[0] == "-":
            nxt = figs.token_after(nxt[1])
        if nxt is not None:
            end = nxt[1]
    if kind == "points" and f.kind == "bp":
        value = f.value / 100
    if kind == "fraction":
        after = figs.after(f.end, 4)
        for cue in _OF_A_POINT:
            if after[: len(cue)] == list(cue):
                kind = "points"  # "half a point", "a quarter of a percentage point"
                for _ in cue:
                    nxt = figs.token_after(end)
                    end = nxt[1] if nxt is not None else end
                break
    start = f.start
    if kind == "count" and not f.words and _signed(figs.text, f.start):
        value, start = -value, f.start - 1  # "a low of -4C": below zero
    unit = f.place if kind in ("percent", "points") else f.unit
    place = f.place
    if kind == "points" and f.kind == "fraction":
        unit = place = min(value, 0.25)  # "half a point": told in quarter points
    return Operand(start, end, figs.text[start:end], kind, value, unit, place,
                   hedge=f.hedge, time_unit=time_unit, figure=f, words=f.words,
                   begin=f.span_start)  # fmt: skip


def parse_iso(iso: str) -> tuple[float, str] | None:
    """ "P3Y" → (3, "year"); "P1Y6M" → (18, "month"); "P2W" → (2, "week")."""
    if not iso.startswith("P") or "T" in iso:
        return None
    parts: list[tuple[float, str]] = []
    num = ""
    for ch in iso[1:]:
        if ch.isdigit() or ch == ".":
            num += ch
        elif ch in _ISO_UNITS and num:
            parts.append((float(num), _ISO_UNITS[ch][0]))
            num = ""
        else:
            return None
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    smallest = parts[-1][1]
    days = sum(n * DAYS_PER[u] for n, u in parts)
    return days / DAYS_PER[smallest], smallest


def _date_ref(
    c: Claim, v: DateValue, view: Sentence | Figures, published: date | None
) -> DateRef | None:
    lo, hi = _bounds(v.date, v.granularity)
    if lo is None or hi is None:
        return None
    if v.date_end:
        end = _bounds(v.date_end, v.granularity)[1]
        if end is not None:
            hi = end
    # the figures inside the date, looked at once: a year in digits, any digits, a time unit
    a_year = has_digits = timed = False
    for f in view.inside(c.start, c.end):
        if not f.words and f.kind in ("number", "ordinal"):
            has_digits = True
            if f.kind == "number" and 1000 <= f.value <= 2999:
                a_year = True
        if f.time_unit:
            timed = True
    year_stated = bool(v.year_from_context) or a_year
    if not year_stated and ("'" in c.text or "’" in c.text):
        year_stated = True  # "March '98"
    # "on Monday", "this month": read from the publication date (a bare "March" as well,
    # when the publication falls in it)
    relative = not has_digits and (
        v.granularity == "day" or (published is not None and lo <= published <= hi)
    )
    if timed:
        relative = True  # "two years ago"
    month = lo.month if v.granularity in ("day", "month") else None
    day = lo.day if v.granularity == "day" else None
    return DateRef(c.start, c.end, c.text, lo, hi, v.granularity, year_stated, relative, c,
                   month, day)  # fmt: skip


@lru_cache(maxsize=4096)
def _bounds(iso: str, granularity: str) -> tuple[date | None, date | None]:
    """The first and last day of an ISO date of the granularity (the same few dates recur
    in a document and across a batch: read once)."""
    try:
        parts = [int(p) for p in iso.split("-")]
        if granularity == "year" or len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if granularity == "month" or len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        d = date(parts[0], parts[1], parts[2])
        return d, d
    except (ValueError, IndexError):
        return None, None
