"""One binder for the plain relations the worded relations do not bind.

The relation modules before this one each read their operands in the places their cue
phrases name ("from X to Y", "a total of"). A sentence worded any other way ("1,900 more
than the west stand at 6,500", "a three-goal victory", "outnumber doctors 6 to 1: 3,000
nurses, 500 doctors") falls through them. This module binds by algebra instead of by place:

1. a *licence*: what the stated figure R is (its kind: a percent, a fraction, a multiple,
   percentage points, "N to 1") or a cue word of a relation class next to it ("more",
   "fewer", "a gap of", "each", "on average", "in all") names the law it is the result of;
2. the *candidates*: the figures of R's sentence that the law can take as operands (one
   currency, like things counted, percents for points), or, when the sentence holds none,
   those of the sentence before or after it in the paragraph;
3. the *bindings*: every choice of operands the law's algebra allows (a difference is
   smaller than the larger figure, a part smaller than its whole);
4. the *verdict*: a binding that gives R is consistent; with exactly one binding, its
   verdict stands (CHECKS.md's tolerance for the law); with several and none giving R,
   the result is inconclusive, since the text does not say which figures are meant; a
   licensed relation with no operands in reach is inconclusive too.

It runs last and reports only on figures no other relation has reported on.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import (
    CLAUSE_CONJ,
    FALL,
    FROM,
    MEASURES,
    RISE,
    classed,
    honest,
    noun_forms,
    run,
    same_noun,
)
from factcheck.models import QuantityValue

NAME = "algebra"
CHECK = "arithmetic"

# ---------------------------------------------------------------- licences (cue classes)

#: Right after the stated figure (or its unit): R is the difference of two figures.
DIFF_AFTER = cues(
    *"""more less fewer higher lower above below ahead behind taller shorter
    longer bigger smaller larger greater cheaper dearer extra heavier lighter older younger
    faster slower deeper shallower wider narrower farther further clear short""".split()
)
#: A noun naming a difference anywhere before R in its sentence: "a gap of", "the surplus
#: ... came to".
DIFF_NOUNS = frozenset(
    """gap difference margin lead surplus deficit shortfall majority
    cushion advantage headroom retreat saving savings overspend underspend excess""".split()
)
#: Verbs that state a count's change as the difference itself: "shed 60 jobs".
DIFF_VERBS = frozenset(
    """cut cuts shed sheds lost loses lose axed axes added adds gained
    gains created creates removed trimmed slashed""".split()
)
#: Just before R: "down by 40", "by £2m".
BY = cues("by", "by just", "by only", "by some", "by about", "by nearly", "by almost",
          "by roughly", "by around", "by more than")  # fmt: skip
#: Units of a sporting or voting margin, and the nouns after "N-point": "a seven-point win".
MARGIN_UNITS = frozenset("point points goal goals run runs seat seats vote votes stroke strokes "
                         "length lengths try tries shot shots wicket wickets".split())  # fmt: skip
MARGIN_NOUNS = frozenset("victory win lead margin defeat gap advantage majority cushion "
                         "loss swing deficit".split())  # fmt: skip
#: Before R: R is the sum of the parts the sentence lists ("a total of", "in all").
SUM_BEFORE = cues("total", "a total of", "total of", "totals", "totalled", "totaled",
                  "totalling", "came to", "add up to", "adds up to", "added up to",
                  "altogether", "combined", "together", "in all", "in total", "overall",
                  "all told", "between them")  # fmt: skip
SUM_AFTER = cues("in all", "in total", "altogether", "all told", "between them", "combined",
                 "together", "overall")  # fmt: skip
#: Just before R: what a price times a count comes to ("raised", "took in", "a bill of").
TAKINGS = cues("raised", "took in", "grossed", "brought in", "netted", "a bill of",
               "bill of", "takings of", "receipts of", "earned", "generated", "collected",
               "the club took in", "took")  # fmt: skip
#: After R: the parts follow, set off ("2,000 people voted — 1,150 for and 850 against").
LIST_AFTER = cues(":", "-", "—", "–")
#: After R: R is a multiple of one figure by another ("40 times as much as").
TIMES_AFTER = cues("times", "times as", "times more", "times the", "-fold", "fold")
#: After R: R to one ("6 to 1", "5:1").
TO_ONE = cues("to 1", "to one", ": 1", "for every one")
#: After a percent: R is a relative change ("30% less"), and which way it goes.
CHANGE_DOWN = frozenset("less lower fewer down cheaper smaller below fall drop decline cut "
                        "reduction decrease shorter lighter slower".split())  # fmt: skip
CHANGE_UP = frozenset("more higher up dearer bigger larger above rise increase jump gain "
                      "longer heavier faster greater".split())  # fmt: skip
#: After a percent: R is a share of a whole ("75% of the 8,000").
OF = cues("of", "of the", "of its", "of their", "of all", "of his", "of her", "of our",
          "of those", "of these")  # fmt: skip
SHARE_BEFORE = frozenset("share proportion accounted account accounts made makes make "
                         "comprise comprises comprised represent represents represented "
                         "fraction".split())  # fmt: skip

CUES = DIFF_AFTER | BY | SUM_BEFORE | SUM_AFTER | LIST_AFTER | TIMES_AFTER | TO_ONE | OF


# ---------------------------------------------------------------- the laws


@dataclass(frozen=True, eq=False)  # a law is itself: two laws of one algebra differ in scope
class Law:
    """A relation's algebra: how many operands, which figures may be operands of the stated
    one, what they give, and the tolerance CHECKS.md sets for it."""

    name: str
    arity: int  # 0: every candidate (a sum of parts)
    takes: Callable[[Operand, Operand], bool]  # (stated, candidate)
    compute: Callable[[Operand, Sequence[Operand]], tuple[float, str] | None]
    judge: Callable[[Operand, float], tuple[str, str]]


def _alike(a: Operand, b: Operand) -> bool:
    """Whether two figures measure the same thing: one currency, percents, or counts and
    durations of one unit (a bare number takes its neighbour's unit: "40 minutes ..., 21 now")."""
    if a.kind == "money" or b.kind == "money":
        return a.kind == b.kind == "money" and a.comparable(b)
    if a.kind == "percent" or b.kind == "percent":
        return a.kind == b.kind
    if a.kind not in ("count", "duration") or b.kind not in ("count", "duration"):
        return False
    if a.kind == b.kind == "duration":
        return a.time_unit == b.time_unit
    ua, ub = _unit(a), _unit(b)
    if a.kind != b.kind:  # a duration and a count: only a bare count listed with it takes
        count = a if a.kind == "count" else b  # its unit ("40 minutes last spring, 21 now")
        return count.claim is None and (ua is None if count is a else ub is None)
    return ua is None or ub is None or _same_unit(ua, ub)


def _same_unit(a: str, b: str) -> bool:
    """One unit in two spellings ("metres", "m"), or two nouns of one class ("pupils",
    "students")."""
    ma, mb = MEASURES.get(a), MEASURES.get(b)
    if ma is not None or mb is not None:
        return ma == mb
    return a == b or same_noun(a, b)


def _unit(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    return v.unit.lower() if isinstance(v, QuantityValue) and v.unit else None


def _plain(o: Operand) -> bool:
    return o.value_max is None and o.value > 0 and o.kind not in ("ordinal",)


def _total_judge(stated: Operand, computed: float) -> tuple[str, str]:
    return _judge.total(stated.value, stated.place, computed, stated.hedge)


def _ratio_judge(stated: Operand, computed: float) -> tuple[str, str]:
    return _judge.ratio(stated.value, stated.place, computed, stated.hedge)


def _multiple_judge(stated: Operand, computed: float) -> tuple[str, str]:
    return _judge.multiple(stated.value, computed, stated.hedge)


def _difference(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    big, small = sorted(ops, key=lambda o: -o.value)
    if big.value == small.value or stated.value >= big.value:
        return None  # a difference is smaller than the larger figure
    return big.value - small.value, f"{big.text} − {small.text}"


def _sum(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    if len(ops) == 2 and _alike(stated, ops[0]) and not _alike(stated, ops[1]):
        price, count = ops  # a price times a count: "24 trams at €3.8m, €91.2m in all"
        if count.kind != "count" or count.value < 2 or price.value >= stated.value:
            return None
        return price.value * count.value, f"{count.text} × {price.text}"
    if len(ops) < 2 or any(o.value >= stated.value for o in ops):
        return None  # every part is smaller than the whole
    return sum(o.value for o in ops), " + ".join(o.text for o in ops)


#: Days in each time unit a rate or a period is told in.
_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 365.2425 / 12,
         "year": 365.2425, "hour": 1 / 24, "minute": 1 / 1440}  # fmt: skip
_TIME_NOUNS = {"day": "day", "days": "day", "week": "week", "weeks": "week",
               "fortnight": "fortnight", "month": "month", "months": "month", "year": "year",
               "years": "year", "hour": "hour", "hours": "hour", "minute": "minute",
               "minutes": "minute", "night": "day", "nights": "day"}  # fmt: skip


def _rate_of(r: Reading, o: Operand) -> str | None:
    """The time unit a figure is told per: "£1.8m a month", "30 metres a day"."""
    if o.per in _DAYS:
        return o.per
    words = r.after(o.end, 2)
    if len(words) == 2 and words[0] in ("a", "an", "per", "each", "every"):
        return _TIME_NOUNS.get(words[1])
    return None


def _longer_rate(r: Reading, op: Operand, rates: list[Operand]) -> bool:
    """Whether a figure is no rate, or a rate per a longer time than a rate beside it could
    be ("8 crossings a day, 2,900 a year")."""
    own = _rate_of(r, op)
    units = [_rate_of(r, o) for o in rates]
    return own is None or any(_DAYS[own] > _DAYS[u] for u in units if u)


def _rates(r: Reading, op: Operand) -> list[Operand]:
    """The figures of op's kind told per a time unit in its sentence (or, with none there,
    the sentence before it), smaller than it."""

    def found(ops: Sequence[Operand]) -> list[Operand]:
        return [o for o in ops if o is not op and _alike(op, o) and not o.hedge
                and o.value < op.value]  # fmt: skip

    own = found(_told_per_time(r, op.start))
    if own:
        return own
    prev = r.previous_sentence(op.start)
    return found(_told_per_time(r, prev[0])) if prev is not None else []


def _told_per_time(r: Reading, pos: int) -> list[Operand]:
    """The figures of the sentence holding ``pos`` told per a time unit, read once a
    sentence: most sentences hold none, and then no figure of theirs is a total of a rate."""
    memo = r.memo.setdefault("algebra.rates", {})
    s0 = r.sentence(pos)[0]
    found = memo.get(s0)
    if found is None:
        found = memo[s0] = [o for o in r.in_sentence(pos) if _rate_of(r, o) is not None]
    return found  # type: ignore[return-value]


def _period_of(r: Reading, op: Operand, rate: Operand) -> tuple[float, str] | None:
    """How long the stated total runs, in days, and its words: a duration of its sentence
    ("over the 12 weeks", "in a fortnight"), else its own "a year", else "over the year"."""
    unit = _rate_of(r, rate)
    stretches: list[tuple[float, str]] = []
    for o in r.in_sentence(op.start):
        if o.kind != "duration" or o.time_unit is None or o is rate:
            continue
        if o.end == rate.end or (o.start >= rate.end and not r.between(rate.end, o.begin)):
            continue  # the rate's own "a day"
        if r.after(o.end, 1) in (["ago"], ["earlier"], ["later"], ["old"], ["before"]):
            continue  # "opened 5 years ago": when, not how long
        gap = (
            r.between(rate.end, o.begin) + o.text.lower().split()[:1] if o.start >= rate.end else []
        )
        if 0 < len(gap) <= 5 and {"over", "for"} & set(gap):
            continue  # "averaged 30cm a month over four months: ...": the rate's own period
        days = o.value * _DAYS.get(o.time_unit, 0)
        if days and (o.time_unit != unit or o.value != 1):
            stretches.append((days, o.text))
    if stretches:
        # two stretches ("the 10-hour closure and the 6-hour diversion"): which is not told
        return stretches[0] if len(stretches) == 1 else None
    own = _rate_of(r, op)
    if own is not None and own != unit:
        return _DAYS[own], f"a {own}"
    words = r.before(op.begin, 6) + r.after(op.end, 4)
    for i, w in enumerate(words[:-1]):
        noun = _TIME_NOUNS.get(words[i + 1])
        if w in ("the", "a", "an") and noun is not None and noun != unit:
            return _DAYS[noun], f"{w} {words[i + 1]}"
    return None


def _rate_law(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    raise NotImplementedError  # bound by ``_rate_binding``, which has the reading


def _quotient(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    whole, count = ops
    if count.value < 2 or whole.value <= stated.value or _period(whole) != _period(stated):
        return None  # a whole of more than one, told over the same period as each one's
    return whole.value / count.value, f"{whole.text} / {count.text}"


def _period(o: Operand) -> str | None:
    """The period a figure is told per ("£40,000 a year"), not the unit ("£5,000 a head")."""
    return o.per if o.per in ("day", "week", "month", "year") else None


def _ratio(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    big, small = sorted(ops, key=lambda o: -o.value)
    if big.value == small.value:
        return None
    return big.value / small.value, f"{big.text} / {small.text}"


def _multiple(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    found = _ratio(stated, ops)
    if found is None:
        return None
    value, working = found
    if stated.value < 1:  # "halved": the smaller over the larger
        big, small = sorted(ops, key=lambda o: -o.value)
        return small.value / big.value, f"{small.text} / {big.text}"
    return value, working


def _share(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    part, whole = ops
    if part.value >= whole.value:
        return None
    scale = 100.0 if stated.kind == "percent" else 1.0
    tail = " × 100" if scale == 100 else ""
    return part.value / whole.value * scale, f"{part.text} / {whole.text}{tail}"


def _change(down: bool | None) -> Callable[[Operand, Sequence[Operand]], tuple[float, str] | None]:
    def compute(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
        big, small = sorted(ops, key=lambda o: -o.value)
        if big.value == small.value or down is None:
            return None
        base = big if down else small  # a fall is measured on the larger, a rise on the smaller
        value = (big.value - small.value) / base.value * 100
        return value, f"({big.text} − {small.text}) / {base.text} × 100"

    return compute


def _remainder(ops: Sequence[Operand]) -> tuple[float, str] | None:
    rest = 100 - sum(o.value for o in ops)
    if not ops or rest <= 0:
        return None
    return rest, "100% − " + " − ".join(o.text for o in ops)


def _mean(ops: Sequence[Operand]) -> tuple[float, str] | None:
    if len(ops) < 3:
        return None
    return sum(o.value for o in ops) / len(ops), f"({' + '.join(o.text for o in ops)}) / {len(ops)}"


def _points(stated: Operand, ops: Sequence[Operand]) -> tuple[float, str] | None:
    found = _difference(stated, ops)
    return None if found is None else (found[0], f"{found[1]} (points)")


def _same(stated: Operand, o: Operand) -> bool:
    """An operand of the stated figure's kind: one currency, or things counted (what R counts
    may be named apart from its operands: "shed 60 jobs" of "1,450" staff)."""
    if stated.kind == "money" or o.kind == "money":
        return _alike(stated, o)
    return stated.kind in ("count", "duration") and o.kind in ("count", "duration")


def _percent(stated: Operand, o: Operand) -> bool:
    return o.kind == "percent"


def _counted(stated: Operand, o: Operand) -> bool:
    return o.kind in ("count", "money", "duration")


DIFFERENCE = Law("difference", 2, _same, _difference, _total_judge)
#: What is left of 100%: "40% ..., 35% ... and the remaining 25%".
REMAINDER = Law("remainder of 100%", 0, _percent, lambda s, ops: _remainder(ops), _ratio_judge)
#: The mean of a list: "averaged 21 points; she scored 18, 25, 14, 30 and 22".
MEAN = Law("average", 0, _same, lambda s, ops: _mean(ops), _ratio_judge)
#: A part per N of a whole: "2,760 cases among 230,000 people, 12 per 10,000".
PER_N = Law("rate per N", 2, _counted, _share, _ratio_judge)
#: A difference told "by N": its two figures may stand in the sentence before or after it,
#: or one in its own and one in the sentence before ("spent $1.26m. Her rival, who spent
#: $740,000, trailed her by $520,000").
BY_DIFFERENCE = Law("difference", 2, _same, _difference, _total_judge)
#: A rate times a period: "£1.8m a month ... £25m over the year".
RATE = Law("rate × period", 1, _same, _rate_law, _total_judge)
SUM = Law("sum of parts", 0, lambda s, o: _same(s, o) or o.kind == "count", _sum, _total_judge)
#: The parts listed after the whole, set off by a colon, a dash or a bracket.
LISTED = Law("sum of the parts listed", 0, _same, _sum, _total_judge)
RATIO = Law("ratio", 2, lambda s, o: o.kind == "count", _ratio, _ratio_judge)
TIMES = Law("multiple", 2, _counted, _multiple, _multiple_judge)
POINTS = Law("percentage points", 2, _percent, _points, _total_judge)
SHARE = Law("share", 2, _counted, _share, _ratio_judge)
FRACTION = Law("share", 2, _counted, _share, _multiple_judge)


#: What each one of a count gets: the one whole of the stated figure's kind over the one
#: count of the clause ("£1.2m shared by 40 players, or £30,000 each").
PER_UNIT = Law("per unit", 2, _counted, _quotient, _ratio_judge)

#: Laws a bare figure's own kind states ("halved", "half the ...", "6 to 1", "40 times").
_SAY_SO = (TIMES, FRACTION, RATIO, PER_N)

#: Laws whose result names what it is taken from, so that a text without those figures
#: leaves it untested, said so: "up 5 points", "a ratio of four to one".
_NAMES_ITS_OPERANDS = (POINTS, RATIO, SHARE, PER_UNIT)

# ---------------------------------------------------------------- the binder


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for op in r.operands:
        if not _plain(op) or _reported(r, op):
            continue
        licensed = _licence(r, op)
        if licensed is None or (op.claim is None and licensed[0] not in _SAY_SO):
            continue  # a bare number is a stated result only when its kind says so
        law, pinned = licensed
        found = _bind(r, op, law, pinned)
        if found is not None:
            yield found


def _reported(r: Reading, op: Operand) -> bool:
    """Whether a relation before this one reported an arithmetic check on the figure."""
    return any(s < op.end and op.start < e for s, e in r.reported.get(CHECK, ()))


def _number_end(r: Reading, op: Operand) -> int:
    """Where the number of a figure ends ("a dozen" of "a dozen more attempts")."""
    if op.claim is None:
        return op.end  # a bare figure is its number
    nums = r.figs.numbers_in(op.start, op.end)
    return nums[0].end if nums else op.end


def _after(r: Reading, op: Operand, n: int = 5) -> list[str]:
    return r.after(_number_end(r, op), n)


def _licence(r: Reading, op: Operand) -> tuple[Law, Operand | None] | None:
    """The law a figure is stated as the result of, and an operand its cue pins ("75% of
    the 8,000": the whole), or None when nothing licenses one."""
    head = r.before(op.begin, 12)
    near = head[-4:]
    tail = _after(r, op, 5)
    if op.kind == "multiple":
        if "again" in r.after(op.end, 4):
            return None  # "twice as many again": a multiple of what is not said
        return TIMES, None
    if op.kind == "fraction":
        if starts_with(r.after(op.end, 2), DIFF_AFTER) is not None or (
            near and (near[-1] in RISE or near[-1] in FALL or near[-1] in ("up", "down"))
        ):
            return None  # "a fifth higher than forecast", "up a quarter on": a change
        return FRACTION, _of_whole(r, op)
    if op.kind == "points":
        return None if "error" in head else (POINTS, None)  # not "a margin of error of 2"
    if op.kind == "percent":
        if _REST & set(near):
            return REMAINDER, None  # "the remaining 25%", "the rest, 12%"
        down = _direction(r, op, tail, near)
        if down is not None:
            law = Law("relative change", 2, _counted, _change(down), _ratio_judge)
            end = _level_after(r, op)
            return (law, end) if end is not None or not _to_after(r, op) else None
        if starts_with(r.after(op.end, 3), OF) or SHARE_BEFORE & set(near):
            return SHARE, _of_whole(r, op)
        if _split_after(r, op):
            return SPLIT, None  # "78% in favour: 4,620 yes against 2,310 no"
        return None
    if op.kind not in ("money", "count"):
        return None
    if starts_with(tail, TO_ONE) and op.kind == "count":
        return RATIO, None
    if near[-2:] in (["one", "to"], ["1", "to"]) and op.kind == "count":
        return RATIO, None  # "a ratio of one to 7.8"
    if tail[:1] == ["per"] and len(tail) > 1 and tail[1] in _PER_N_WORDS:
        return PER_N, None  # "12 per 10,000"
    if ends_with(near, AVERAGED) is not None and _listed_after(r, op):
        return MEAN, None
    if near and near[-1] in _LEVEL and _named_difference(r.before(op.begin, 24)):
        return DIFFERENCE, None  # "the deficit (...) came to £1.5m"
    level = bool(near) and near[-1] in ("to", "from")  # "could rise to £400": a level
    rates = [] if level else _rates(r, op)
    if rates and _longer_rate(r, op, rates):
        return RATE, None  # "30 metres a day; in a fortnight it covered 420 metres"
    bare = near[:-1] if near[-1:] == [","] else near  # "In all, 59 people"
    if ends_with(bare, SUM_BEFORE) is not None or starts_with(tail, SUM_AFTER) is not None:
        return SUM, None
    if ends_with(near, TAKINGS) is not None:
        return SUM, None  # "the gala raised £9,000": the takings of a price and a count
    if starts_with(tail, TIMES_AFTER):
        return TIMES, None
    skip = 1 if tail and tail[0].isalpha() and starts_with(tail, DIFF_AFTER) is None else 0
    if starts_with(tail[skip:], DIFF_AFTER) is not None and _than_or_set(tail[skip:]):
        if tail[skip + 1 : skip + 2] in (["than"], ["of"]) or tail[skip] in _AGAINST:
            against = _compared_with(r, op)  # "€110 less than for the house (€1,050)"
            return (DIFFERENCE, against) if against is not None else None
        return DIFFERENCE, None
    unit = _unit(op)
    if unit in MARGIN_UNITS and (set(tail[:4]) & MARGIN_NOUNS):
        return DIFFERENCE, None
    if ends_with(near, BY) is not None:
        return BY_DIFFERENCE, None  # "grew by 3,200", "trailed her by $520,000"
    if near and near[-1] in DIFF_VERBS:
        return DIFFERENCE, None
    if DIFF_NOUNS & set(near) or (near and near[-1] in _LEVEL
                                  and _named_difference(r.before(op.begin, 24))):  # fmt: skip
        return DIFFERENCE, None  # "a gap of 40", "the deficit (...) came to £1.5m"
    if _each(r, op, near, tail):
        return PER_UNIT, None
    if _set_off(r, op):
        return LISTED, None
    return None


#: Before a percent: it is what is left of 100%.
_REST = frozenset(("remaining", "rest", "remainder", "other"))
#: After "per": the round number a rate is told per.
_PER_N_WORDS = {"100": 100.0, "1,000": 1e3, "10,000": 1e4, "100,000": 1e5, "1,000,000": 1e6,
                "thousand": 1e3, "million": 1e6, "hundred": 100.0}  # fmt: skip
#: Before a figure: it is the mean of a list the sentence gives.
AVERAGED = cues("averaged", "averages", "averaging", "an average of", "average of",
                "a mean of", "mean of", "on average")  # fmt: skip


def _listed_after(r: Reading, op: Operand) -> bool:
    pool = [o for o in _candidates(r, op, MEAN, r.in_sentence(op.start)) if _alike(op, o)]
    return len(_run_after(op, pool, r)) >= 3


def _split_after(r: Reading, op: Operand) -> bool:
    """Whether a percent is followed, after a colon or a dash, by the two sides it is a share
    of: "78% in favour: 4,620 yes against 2,310 no"."""
    words = r.after(op.end, 5)
    return any(w in (":", "—", "–") for w in words[:4])


#: Words that set two sides against each other: "1,800 for and 1,200 against".
_SIDES = frozenset(("against", "to", "and", "versus", "vs"))
#: A share of the first of two sides in both.
SPLIT = Law("share of a split", 2, _counted, lambda s, ops: _split(ops), _ratio_judge)


def _split(ops: Sequence[Operand]) -> tuple[float, str] | None:
    a, b = ops
    return a.value / (a.value + b.value) * 100, f"{a.text} / ({a.text} + {b.text}) × 100"


#: Next to a figure: it is what each one of a count gets, pays or weighs.
EACH_BEFORE = cues("each", "apiece", "on average", "an average of", "averaging", "a head",
                   "per head", "each one", "per person")  # fmt: skip
EACH_AFTER = cues("each", "apiece", "a head", "per head", "per person", "a person",
                  "per capita", "on average")  # fmt: skip
_PRICED = frozenset(("at", "for", "costing", "priced", "of"))
#: Before a figure: it is what a whole works out at, not a price given.
_WORKS_OUT = cues("works out at", "worked out at", "comes to", "came to", "equivalent to",
                  "equates to", "amounts to")  # fmt: skip
_TIME_WORDS = frozenset("day week month year season term night hour quarter".split())


def _each(r: Reading, op: Operand, near: list[str], tail: list[str]) -> bool:
    """Whether a figure is stated per one of a count: "each" or "on average" next to it, or
    a clause that opens on "each" and a noun ("each ticket costs the club about £40"), not
    "each year" (a period)."""
    if near and near[-1] in _PRICED and ends_with(near, _WORKS_OUT) is None:
        return False  # "300 tickets at £20 each": a price given, not a result
    if len(tail) >= 2 and tail[0] == "per" and classed(tail[1]):
        return True  # "works out at £60 per household"
    if ends_with(near, EACH_BEFORE) is not None or starts_with(tail, EACH_AFTER) is not None:
        return True
    if len(tail) >= 2 and tail[0] in ("a", "an", "per") and _counted_noun(r, op, tail[1]):
        return True  # "£1.5bn, or £30m a kilometre" beside a "50km" of the sentence
    clause = r.before(op.begin, 10)
    cut = max((i for i, w in enumerate(clause) if w in (",", ";", ":")), default=-1)
    clause = clause[cut + 1 :]
    return len(clause) >= 2 and clause[0] == "each" and clause[1] not in _TIME_WORDS | {"of"}


def _counted_noun(r: Reading, op: Operand, noun: str) -> bool:
    """Whether another figure of the sentence counts ``noun`` ("50km" for "a kilometre",
    "400 pupils" for "a pupil")."""
    measure = MEASURES.get(noun)
    for o in r.in_sentence(op.start):
        unit = _unit(o) if o is not op and o.kind == "count" else None
        if unit is None:
            continue
        if _same_unit(unit, noun) or (measure is not None and MEASURES.get(unit) == measure):
            return True
    return False


def _to_after(r: Reading, op: Operand) -> bool:
    return r.after(op.end, 1) in (["to"], ["at"])


def _level_after(r: Reading, op: Operand) -> Operand | None:
    """The level a change ends at, right after "to" ("rose 3% to $80")."""
    if not _to_after(r, op):
        return None
    later = [o for o in r.in_sentence(op.start) if o.start >= op.end]
    return later[0] if later and len(r.between(op.end, later[0].begin)) == 1 else None


def _set_off(r: Reading, op: Operand) -> bool:
    """Whether a list of parts follows the figure, set off within a few words of it by a
    colon or a spaced dash ("2,000 people voted — 1,150 ..."; not the hyphen of "a
    500-metre-wide dish")."""
    words = r.after(op.end, 4)
    k = next((i for i, w in enumerate(words) if w in (":", "-", "—", "–")), None)
    if k is None or any(not w.isalpha() for w in words[:k]):
        return False
    at = r.doc.text.find(words[k], op.end)
    return at >= 0 and (words[k] != "-" or r.doc.text[at - 1 : at] == " ")


#: The last word before a percent that makes it a level, not a change: "fell to 4.5%".
_LEVEL_OF = frozenset(("to", "from", "at", "of", "than", "was", "is", "were", "stood"))
#: The last word before a figure a noun before it is said to amount to: "the gap ... was £2".
_LEVEL = frozenset(("to", "at", "was", "is", "of", "were", "stood", "stands", "reached"))


#: Comparatives that name what they compare with: "405 metres above the pass".
_AGAINST = frozenset(("above", "below", "behind", "ahead", "short"))


def _compared_with(r: Reading, op: Operand) -> Operand | None:
    """The figure a comparative names as what it compares with, within a few words after
    it ("more than the west stand at 6,500"), or None ("more than last year's plan")."""
    later = [o for o in r.in_sentence(op.start) if o.start >= op.end]
    if not later:
        return None
    gap = r.between(op.end, later[0].begin)
    return later[0] if len(gap) <= 8 and not {",", ";", "."} & set(gap) else None


def _named_difference(head: list[str]) -> bool:
    """Whether the words before a figure name it a difference from afar: a noun of
    difference, then only words without figures (bracketed ones aside) up to a verb of
    amounting ("the deficit (costs of £9.6m against income of £8.1m) came to £1.5m"), not
    "a gap of 40 metres, beside a harbour of 200 moorings"."""
    if not head or head[-1] not in _LEVEL or ";" in head:
        return False
    at = max((i for i, w in enumerate(head) if w in DIFF_NOUNS), default=None)
    if at is None:
        return False
    depth = 0
    for w in head[at + 1 :]:
        depth += (w == "(") - (w == ")")
        if depth == 0 and w[:1].isdigit():
            return False
    return depth == 0  # and the figure itself is not inside the brackets


def _than_or_set(words: Sequence[str]) -> bool:
    """A comparative that compares with a figure or stands alone ("€110 less than ...",
    "nine more corners"), not the hedge of the next figure ("more than 40")."""
    return not (len(words) > 2 and words[1] == "than" and words[2][:1].isdigit())


def _direction(r: Reading, op: Operand, tail: list[str], near: list[str]) -> bool | None:
    """Whether a percent states a fall (True), a rise (False), or no change (None): a
    percent after "to", "from" or "at" is a level ("fell to 4.5%"), not the change."""
    if near and near[-1] in _LEVEL_OF:
        return None
    after = r.after(op.end, 2)
    for w in after[:1]:
        if w in CHANGE_DOWN:
            return True
        if w in CHANGE_UP:
            return False
    for w in reversed(near):
        if w in FALL or w in CHANGE_DOWN - {"less", "fewer", "below"}:
            return True
        if w in RISE or w in ("up", "higher", "increase", "rise"):
            return False
    return None


#: Words around a duration that make it a period of time, not a quantity measured in time.
_PERIOD_BEFORE = frozenset("in over within for since during after before across spread".split())
_PERIOD_AFTER = frozenset("ago earlier later before after since on from".split())


def _a_period(r: Reading, o: Operand) -> bool:
    """Whether a duration tells when or over what stretch ("in ten years", "a week ago",
    "a year") rather than an amount of time measured ("waits of 40 minutes")."""
    if o.words and o.value == 1:
        return True  # "a year", "a decade"
    before, after = r.before(o.begin, 1), r.after(o.end, 1)
    return bool(before and before[0] in _PERIOD_BEFORE) or bool(after and after[0] in
                                                                 _PERIOD_AFTER)  # fmt: skip


def _of_whole(r: Reading, op: Operand) -> Operand | None:
    """The figure right after "of (the)" a share names as its whole: "75% of the 8,000"."""
    cue = starts_with(r.after(op.end, 3), OF)
    if cue is None:
        return None
    rest = [o for o in r.in_sentence(op.start) if o.start >= op.end]
    if not rest:
        return None
    first = rest[0]
    if len(r.between(op.end, first.begin)) <= len(cue) + 2:
        return first
    return None


#: Laws whose second operand may be the one figure of the sentence before.
_ONE_BEFORE = (TIMES, BY_DIFFERENCE)


def _opens(r: Reading, op: Operand) -> bool:
    """Whether a total opens its sentence with its word of summing: "In all, 59 people",
    "Altogether, 5,850 hectares", "The remaining 26 per cent"."""
    s0, _ = r.sentence(op.start)
    lead = r.figs.words(s0, op.begin)
    return 0 < len(lead) <= 4 and (
        lead[0] in ("in", "altogether", "together", "overall", "all", "combined", "the")
    )


def _before_in_paragraph(r: Reading, op: Operand, law: Law) -> list[Operand]:
    """The figures of the law's kind in the one or two sentences before op's in its
    paragraph, when op's own sentence holds no other."""
    found: list[Operand] = []
    pos = op.start
    for _ in range(2):
        prev = r.previous_sentence(pos)
        if prev is None:
            break
        there = r.in_sentence(prev[0]) or r.bare_before(pos)  # figures of no claim too
        found = _candidates(r, op, law, there, near=False) + found
        pos = prev[0]
    return [o for o in found if _alike(op, o)]


#: Laws whose operands are read in the stated figure's sentence only.
_OWN_SENTENCE = (TIMES, DIFFERENCE, SUM, LISTED, PER_UNIT, REMAINDER, MEAN, SPLIT, PER_N)


def _pool(r: Reading, op: Operand, law: Law, pinned: Operand | None) -> list[Operand]:
    """The figures the law may take: those of the stated figure's sentence; when the
    sentence holds no other figure at all, the stated one is unhedged and the law binds two
    operands of a change, a ratio, points or a share, the two of the sentence before it in
    the paragraph, else the two of the sentence after it ("Visits fell 20%. The museum had
    5,000 in May and 4,000 in June."). A share's part and whole are read across sentences
    only when "of" names the whole."""
    sent = r.in_sentence(op.start)
    own = _candidates(r, op, law, sent)
    if law is SUM and not [o for o in own if _alike(op, o)] and _opens(r, op):
        return _before_in_paragraph(r, op, law)  # "... and 17 to the clinic. In all, 59 ..."
    if len(own) == 1 and law in _ONE_BEFORE and not op.hedge:
        prev = r.previous_sentence(op.start)  # "... drew 12,000. This summer it attracted
        if prev is not None:  # 61,000, a fivefold increase."
            back = [o for o in _candidates(r, op, law, r.in_sentence(prev[0]), near=False)
                    if _alike(o, own[0])]  # fmt: skip
            if len(back) == 1:
                return back + own
    if own or any(o is not op for o in sent) or op.hedge or law in _OWN_SENTENCE:
        return own  # "added 3 tonnes" after a sentence of two parts: no difference of them
    if law in (SHARE, FRACTION) and pinned is None:
        return []
    for span in (r.previous_sentence(op.start), r.next_sentence(op.start)):
        if span is not None:
            found = _candidates(r, op, law, r.in_sentence(span[0]), near=False)
            if found:
                return found if len(found) == 2 else []
    return []


def _candidates(
    r: Reading, op: Operand, law: Law, ops: Sequence[Operand], near: bool = True
) -> list[Operand]:
    """The figures of ``ops`` the law may take as operands of ``op``: plain (no range, no
    hedge, not a clock time), of a kind the law takes, and (in ``op``'s own sentence) in
    its clause: no ";" or ", while" between them."""
    out = []
    text = r.doc.text
    for o in ops:
        if o is op or not _plain(o) or (o.start < op.end and op.start < o.end):
            continue
        if o.hedge and not (o.kind == "duration" and r.doc.text[o.begin : o.begin + 5].lower()
                            in ("over ", "acros")):  # fmt: skip
            continue  # a hedged figure is no exact operand; "over five years" is a period
        if o.claim is None and (text[o.start - 1 : o.start] == ":" or text[o.end : o.end + 1]
                                == ":" or (o.text[:1] == "0" and len(o.text) > 1)):  # fmt: skip
            continue  # "10:45": a clock time, not two numbers
        if o.kind == "duration" and op.kind != "duration" and law not in (TIMES, RATIO):
            continue  # "by 300 over the next six months": the period is no operand
        if o.kind == "duration" and _a_period(r, o):
            continue  # "in ten years", "a week ago": when, not how much
        if o.claim is None and law.name in ("relative change", "share"):
            continue  # a bare number ("voted 7-2") is no level or whole of a change or share
        if _level_of_another(r, op, o):
            continue  # "... and the Nasdaq added 2.65% to 7,527.12": another change's level
        if near:
            lo, hi = (op.end, o.begin) if o.start >= op.end else (o.end, op.begin)
            if _clause_break(r.between(lo, hi), law):
                continue
        if law is RATIO and o.start >= op.end and len(r.between(op.end, o.begin)) <= 2 \
                and o.value == 1:  # fmt: skip
            continue  # the "1" of "22 to 1"
        if law.takes(op, o):
            out.append(o)
    return out


def _level_of_another(r: Reading, op: Operand, o: Operand) -> bool:
    """Whether ``o`` is the level another change of the sentence ends at ("added 2.65% to
    7,527.12"): right after "to" or "at" that follows a percent or points other than ``op``."""
    before = r.before(o.begin, 1)
    if not before or before[0] not in ("to", "at"):
        return False
    prev = [x for x in r.in_sentence(o.start) if x.end <= o.begin]
    return bool(prev) and prev[-1] is not op and prev[-1].kind in ("percent", "points") \
        and len(r.between(prev[-1].end, o.begin)) == 1  # fmt: skip


#: Words that open a clause about the same thing as the one before: "...; it now employs".
_GOES_ON = frozenset("it its they their this that these those he she his her we our which".split())


#: After a comma, words that open a clause about something else: ", when a rival sold 900",
#: ", which has 240 staff", ", with 30 games played".
_OTHER_CLAUSE = CLAUSE_CONJ | frozenset(("when", "which", "who", "where", "with", "as"))


_OPENS = frozenset(("with", "when", "which", "while", "whereas", "who"))


def _clause_break(words: Sequence[str], law: Law) -> bool:
    """A break between clauses of different relations: ", while", ", when", ", which",
    ", with" (but a sum's parts may follow "with"), ", and" before a share's or multiple's
    operand, or a ";" whose clause does not go on about the same thing (a pronoun in its
    first words)."""
    if _OPENS & set(words) and law.arity != 0:
        return True  # "4 points clear at the top with 30 games played"
    if "," in words:
        opening = _OTHER_CLAUSE - ({"with"} if law.arity == 0 else set())
        if law in (SHARE, FRACTION, TIMES):
            opening = opening | {"and", "but"}
        if any(w in opening for w in words):
            return True
    if ";" in words:
        rest = words[len(words) - words[::-1].index(";") :]
        return not (_GOES_ON & set(rest[:4]))
    return False


def _rate_binding(r: Reading, op: Operand) -> Finding | None:
    """A total against the one rate of its kind beside it times the period it runs over."""
    rates = _rates(r, op)
    if len(rates) != 1:
        return None
    rate = rates[0]
    period = _period_of(r, op, rate)
    unit = _rate_of(r, rate)
    if period is None or unit is None:
        return None
    days, words = period
    factor = days / _DAYS[unit]
    if factor <= 1 or (_DAYS[unit] < 1 <= days):
        return None  # nor an hour's rate over a day: how many hours a day is not told
    value = rate.value * factor
    status, rule = _total_judge(op, value)
    line = (f"{rate.text} a {unit} × {_judge.fmt(factor)} ({words}) = {_judge.fmt(value)}; "
            f"the text says {op.text} ({RATE.name}: {rule})")  # fmt: skip
    return Finding(CHECK, op.start, op.end, status, line, (rate,), op)


def _bind(r: Reading, op: Operand, law: Law, pinned: Operand | None) -> Finding | None:
    if law is RATE:
        return _rate_binding(r, op)
    pool = _pool(r, op, law, pinned)
    if law is DIFFERENCE and op.kind == "count":
        pool = [o for o in pool if o.kind != "duration" or _unit(op) is None]
    if not pool:
        if (law not in _NAMES_ITS_OPERANDS and law.name != "relative change") or op.claim is None:
            return None
        return Finding(CHECK, op.start, op.end, "inconclusive",
                       f"{op.text}: the text gives no figures to test its {law.name} against",
                       (), op)  # fmt: skip
    bindings = _bindings(op, law, pool, pinned, r)
    if not bindings:
        return None
    judged = []
    scale = _per_n(r, op) if law is PER_N else None
    for ops in bindings:
        found = law.compute(op, ops)
        if found is not None and scale is not None:
            found = found[0] * scale, f"{found[1]} × {_judge.fmt(scale)}"
        if found is None:
            continue
        value, working = found
        status, rule = law.judge(op, value)
        judged.append((status, rule, value, working, ops))
    if len(judged) != 1:
        return None  # none, or which figures it is taken from the text does not say
    status, rule, value, working, ops = judged[0]
    name = "price × count" if law is SUM and "×" in working else law.name
    line = f"{working} = {_judge.fmt(value)}; the text says {op.text} ({name}: {rule})"
    return Finding(CHECK, op.start, op.end, status, line, tuple(ops), op)


def _groups(r: Reading, op: Operand, a: Operand, b: Operand) -> bool:
    """Whether two counts are the two groups a ratio sets against each other: alike, or
    each counting a noun the sentence names before the ratio ("Nurses outnumber
    doctors 6 to 1: 3,000 nurses, 500 doctors")."""
    if _alike(a, b):
        return True
    ua, ub = _unit(a), _unit(b)
    words = {w.lower() for w in r.before(op.begin, 12)}
    return (
        ua is not None
        and ub is not None
        and all(any(u in noun_forms(w) for w in words) for u in (ua, ub))
    )


_JOINS = frozenset((",", "and", ";", "plus", "with"))


def _run_after(op: Operand, pool: list[Operand], r: Reading) -> list[Operand]:
    """The list of figures right after ``op`` ("she scored 18, 25, 14, 30 and 22"): the
    first within a few words, each next one right after a comma or "and"."""
    after = [o for o in pool if o.start >= op.end]
    if not after or len(r.between(op.end, after[0].begin)) > 4:
        return []
    return run(r, after, limit=4)


def _per_n(r: Reading, op: Operand) -> float | None:
    tail = _after(r, op, 2)
    return _PER_N_WORDS.get(tail[1]) if len(tail) > 1 and tail[0] == "per" else None


def _listed(op: Operand, pool: list[Operand], r: Reading) -> list[Operand]:
    """The parts a list after ``op`` gives: unhedged figures after it, the first within a
    few words of the mark, each joined to the one before by "and" or a comma."""
    after = [o for o in pool if o.start >= op.end]
    if not after or len(r.between(op.end, after[0].begin)) > 4:
        return []
    parts = [after[0]]
    for o in after[1:]:
        gap = r.between(parts[-1].end, o.begin)
        if gap and gap[-1] in _JOINS:
            parts.append(o)  # an item opens right after "and" or a comma
        elif gap and gap[-1] in ("the", "a", "an"):
            continue  # "in the 10k": a name, inside an item
        else:
            break
    return [] if any(p.hedge for p in parts) else parts


def _bindings(
    op: Operand, law: Law, pool: list[Operand], pinned: Operand | None, r: Reading
) -> list[Sequence[Operand]]:
    if law is LISTED:
        parts = _listed(op, pool, r)
        return [parts] if len(parts) >= 2 else []
    if law is REMAINDER:
        return [pool] if pool else []
    if law is MEAN:
        items = _run_after(op, [o for o in pool if _alike(op, o)], r)
        return [items] if len(items) >= 3 else []
    if law is SPLIT:
        after = [o for o in pool if o.start > op.end and o.kind == "count"]
        if len(after) != 2 or not _alike(*after):
            return []
        gap = set(r.between(after[0].end, after[1].begin))
        # two sides set against each other, not a part "of" its whole ("14,220 of 60,000")
        return [tuple(after)] if gap & _SIDES and not gap & {"of", "out"} else []
    if law is PER_N:
        # not the N itself, right after "per"
        rest = [o for o in pool if not (o.start >= op.end and len(r.between(op.end, o.begin)) <= 1)]
        per_n: list[Sequence[Operand]] = [
            (a, b) for a, b in itertools.permutations(rest, 2) if a.value < b.value
        ]
        return per_n if len(rest) == 2 else []
    if law is SUM:
        alike = [o for o in pool if _alike(op, o)]
        counts = [o for o in pool if o.kind == "count" and not _alike(op, o)]
        if len(alike) == 1 and len(counts) == 1:
            return [(alike[0], counts[0])]  # a price and a count
        return [alike] if len(alike) >= 2 else []
    if law.arity == 0:
        return [pool] if len(pool) >= 2 else []
    if len(pool) < 2:
        return []
    if law.name == "relative change" and pinned is not None:
        return [(a, pinned) for a in pool if a is not pinned and _alike(a, pinned)
                and ends_with(r.before(a.begin, 3), FROM) is not None]  # fmt: skip
    if law is PER_UNIT:
        wholes = [o for o in pool if _alike(op, o) and o.kind != "duration" and o.end <= op.begin]
        counts = [o for o in pool if o.kind == "count" and not _alike(op, o)]
        return [(wholes[0], counts[0])] if len(wholes) == len(counts) == 1 else []
    if law is SHARE or law is FRACTION:
        pairs = [(a, b) for a, b in itertools.permutations(pool, 2) if _alike(a, b)]
        if pinned is not None:
            pairs = [p for p in pairs if p[1] is pinned]
        return list(pairs)
    if law is DIFFERENCE and pinned is not None:
        return [p for p in itertools.combinations(pool, 2) if _alike(*p) and pinned in p]
    if law is RATIO:  # two groups set against each other: "3,000 nurses, 500 doctors"
        return [p for p in itertools.combinations(pool, 2) if _groups(r, op, *p)]
    return [p for p in itertools.combinations(pool, 2) if _alike(*p)]
