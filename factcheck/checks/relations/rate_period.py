"""Rate × period = total: "£3 billion a year for three years, £9 billion in all", "£250 a
month for a year, or £4,000 in total", "£3bn a year from 2025 until 2030, a total of
£18bn" (both the five- and the six-year reading are tried; one that fits is enough). A
year is 12 months, 52 weeks or 365 days. With no period in the sentence: inconclusive.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Cue, Operand, Reading, contains, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References, _bind
from factcheck.checks.relations._bind import honest, role, stated_against

NAME = "rate_period"
CHECK = "arithmetic"

PER = {
    ("a", "year"): "year", ("per", "year"): "year", ("each", "year"): "year",
    ("every", "year"): "year", ("annually",): "year", ("yearly",): "year", ("a", "month"): "month",
    ("per", "month"): "month", ("each", "month"): "month", ("monthly",): "month",
    ("a", "week"): "week", ("per", "week"): "week", ("weekly",): "week", ("each", "week"): "week",
    ("a", "day"): "day", ("per", "day"): "day", ("daily",): "day", ("per", "annum"): "year",
    ("a", "season"): "season", ("per", "season"): "season",
    ("an", "hour"): "hour", ("per", "hour"): "hour", ("each", "hour"): "hour", ("hourly",): "hour",
    ("every", "hour"): "hour", ("a", "minute"): "minute", ("per", "minute"): "minute",
    ("every", "minute"): "minute", ("a", "second"): "second", ("per", "second"): "second",
    ("every", "second"): "second", ("a", "night"): "night", ("per", "night"): "night",
    ("each", "night"): "night", ("nightly",): "night",
}  # fmt: skip
#: Units of a period read as a word that is also an ordinal ("a second"): a rate only when
#: no noun follows ("30 litres a second for two hours", not "a second time").
_ORDINAL_UNITS = frozenset(("second",))
_AFTER_ORDINAL_UNIT = frozenset(("for", "over", "during", "in", "and", "or", "through",
                                 "throughout", "across", "at", "until", "from", "on", "when",
                                 "while", "since", "to", "by", "with"))  # fmt: skip
#: Time nouns after a bare count that make it a span in units the duration extractor does
#: not read ("for 90 minutes", "over 45 seconds").
_SPAN_NOUNS = {w + s: w for w in ("second", "minute", "hour", "night") for s in ("", "s")}
TOTAL_BEFORE = cues("a total of", "in total", "totalling", "totaling", "total of", "altogether",
                    "in all", "overall", "for a total of", "bringing the total to", "making",
                    "or", ", or", "worth", "costing", "amounting to", "adding up to",
                    "adds up to", "add up to", "amounts to", "comes to", "come to",
                    "a combined", "some", "total", "a cumulative")  # fmt: skip
TOTAL_AFTER = cues("in all", "in total", "altogether", "overall", "in total over", "over",
                   "across", "during", "in", "combined", "over the life of",
                   "over the lifetime of", "over the term of", "over the course of",
                   "over the length of", "for the life of", "over the whole of")  # fmt: skip
_PER_CUES = frozenset(PER)
#: A period of ten years named without a figure: "£3.5m a year over the decade".
DECADE = cues("over the decade", "over a decade", "for a decade", "for the decade",
              "over the next decade", "across the decade", "throughout the decade",
              "over the coming decade", "for the next decade")  # fmt: skip
CUES = _PER_CUES | TOTAL_BEFORE | TOTAL_AFTER | DECADE
#: How many of the rate's unit make one of the period's unit.
UNITS_IN = {
    ("year", "year"): 1.0, ("month", "month"): 1.0, ("week", "week"): 1.0, ("day", "day"): 1.0,
    ("month", "year"): 12.0, ("week", "year"): 52.0, ("day", "year"): 365.0, ("day", "week"): 7.0,
    ("hour", "hour"): 1.0, ("minute", "minute"): 1.0, ("second", "second"): 1.0,
    ("night", "night"): 1.0, ("night", "day"): 1.0, ("night", "week"): 7.0,
    ("second", "minute"): 60.0, ("second", "hour"): 3600.0, ("minute", "hour"): 60.0,
}  # fmt: skip
# No hours in a day: a day's rate against an hour's may count working hours ("900 bags a
# day, or 40 an hour"), so the two stay apart unless the text states the hours a day.
_PER_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "second", "night"))


def _a(unit: str) -> str:
    """ "a day", "an hour"."""
    return f"an {unit}" if unit == "hour" else f"a {unit}"


def per_of(r: Reading, o: Operand) -> str | None:
    """The period a figure is told per ("£40 a month", "900 kg of coal a day"), or None."""
    if o.per in _PER_UNITS:
        return o.per
    found = _per_cue(r.after(o.end, 5), o.kind == "count")
    return PER[found[1]] if found else None


def _per_cue(after: list[str], counted: bool) -> tuple[int, Cue] | None:
    """The words of a period at the start of ``after`` (the words after a figure) and how
    many words come before them: none ("a day"), or, after a count, "of" and the thing it
    counts, one or two words ("1,200 tonnes of waste a day", "80 litres of heating oil a
    week")."""
    for skip in (0, 2, 3) if counted and after[:1] == ["of"] else (0,):
        if not all(w.isalpha() for w in after[1:skip]):
            return None
        found = starts_with(after[skip:], _PER_CUES)
        if found is not None:
            if found[-1] in _ORDINAL_UNITS:
                nxt = after[skip + len(found) : skip + len(found) + 1]
                if nxt and nxt[0].isalpha() and nxt[0] not in _AFTER_ORDINAL_UNIT:
                    return None  # "a second time", "a second term"
            return skip, found
    return None


#: Verbs of paying that state a sum with an object of their own between: "the lease will
#: cost the trust £3.1m", "will pay the firm £2m".
COST_VERBS = frozenset(("cost", "costs", "pay", "pays", "costing", "paying"))
_OBJECT_WORDS = frozenset(("the", "its", "their", "his", "her", "our", "taxpayers", "tenants",
                           "residents", "council", "trust", "charity", "club", "firm", "city",
                           "town", "state", "school", "operator", "owner", "owners",
                           "government", "ministry", "company", "district", "county",
                           "authority", "board", "hospital", "university", "each", "them",
                           "him", "her", "us", "buyers", "members", "families", "drivers",
                           "farmers", "savers", "it"))  # fmt: skip


def costed(r: Reading, o: Operand) -> bool:
    """ "… will cost the trust £3.1m": a money figure after a verb of paying and an object
    of at most three words of the ``_OBJECT_WORDS`` table (nothing that could be a count)."""
    if o.kind != "money":
        return False
    before = [w.lower() for w in r.before(o.begin, 4)]
    for i in range(len(before) - 1, -1, -1):
        if before[i] in COST_VERBS:
            obj = before[i + 1 :]
            return 1 <= len(obj) <= 3 and all(w in _OBJECT_WORDS for w in obj)
    return False


def _is_total(r: Reading, o: Operand) -> bool:
    """Whether ``o`` is told as a total: "a total of £9bn", "adds up to €20m" (read through
    the figure's hedge, which "up to" may have been taken for), "£9bn in all", "will cost
    the trust £3.1m"."""
    if ends_with(r.before(o.begin, 4), TOTAL_BEFORE) or (
        o.begin < o.start and ends_with(r.before(o.start, 4), TOTAL_BEFORE)
    ):
        return True
    if costed(r, o):
        return True
    cue = starts_with(r.after(o.end, 4), TOTAL_AFTER)
    if cue is None or role(r, o) == "new":
        return False  # "could rise to £400 over two years": a new level, not a sum
    if len(cue) > 1 or cue == ("altogether",) or cue == ("overall",) or cue == ("combined",):
        return True
    # "£9 billion over three years"
    return any(x.kind == "duration" and 0 <= x.start - o.end < 30 for x in r.in_sentence(o.start))


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for rate in r.operands:
        if rate.kind not in ("money", "count"):
            continue
        unit = per_of(r, rate)
        if unit is None:
            continue
        sent = r.in_sentence(rate.start)
        restated = _restated(r, rate, unit, sent) or _yearly_before(r, rate, unit, sent)
        if restated is not None:
            yield restated
            continue
        counted = _counted_periods(r, rate, unit, sent) or _compounded(r, rate, unit, sent)
        if counted is not None:
            yield counted
            continue
        totals = [o for o in sent if o is not rate and o.comparable(rate) and per_of(r, o) is None
                  and _is_total(r, o)]  # fmt: skip
        if not totals:
            found = _spanned(r, rate, unit, sent) or _total_next(r, rate, unit, sent)
            if found is not None:
                yield found
            continue
        total = min(totals, key=lambda o: abs(o.start - rate.start))
        periods = _periods(r, rate, unit, sent)
        if periods is None:
            continue
        if not periods:
            why = f"{rate.text} {_a(unit)} against {total.text}: the text gives no period"
            yield Finding(CHECK, total.start, total.end, "inconclusive", why, (rate,), total)
            continue
        tries = [(p, _judge.total(total.value, total.place, rate.value * p, total.hedge))
                 for p in periods]  # fmt: skip
        ok = [t for t in tries if t[1][0] == "consistent"]
        status = "consistent" if ok else "inconsistent"
        line = "; ".join(f"{rate.text} × {p:g} {unit}s = {_judge.fmt(rate.value * p)}"
                         for p, _ in tries)  # fmt: skip
        yield Finding(CHECK, total.start, total.end, status, f"{line}; the text says {total.text}",
                      (rate, total), total)  # fmt: skip


#: Between a rate and the same rate over another period: "£40 a month, or £480 a year".
_RESTATE = cues(", or", "or", "(", ", or about", ", or some", ", or roughly", ", equivalent to",
                "—", "–", ", which is", ", that is", ", or around")  # fmt: skip


_FOR_EACH = cues("for each of its", "for each of the", "for each of their", "for each of",
                 "on each of its", "on each of the", "for every one of its")  # fmt: skip
CUES = CUES | _FOR_EACH


def _to_each(words: list[str]) -> list[str]:
    """The words after a rate's period without the one each is paid to ("to each carer",
    "for every household"), which states the rate, not a second figure."""
    if words[:1] in (["to"], ["for"], ["per"]) and words[1:2] in (["each"], ["every"]):
        named = 0
        while named < 3 and len(words) > 2 + named and words[2 + named].isalpha():
            named += 1  # "to each unpaid carer"
        if named:
            return words[2 + named :]
    return words


def _restated(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    later = [o for o in sent if o.start >= rate.end and o.comparable(rate)]
    if not later:
        return None
    other = later[0]
    other_unit = per_of(r, other)
    if other_unit is None or other_unit == unit:
        return None
    words = r.between(rate.end, other.begin)
    found = _per_cue(words, rate.kind == "count")
    if found is not None:
        words = words[found[0] :]  # "900 kg of coal a day, or …": from the period on
    per = found[1] if found else None
    each: Operand | None = None
    if per is not None and starts_with(words[len(per) :], _FOR_EACH) is not None:
        # "£1,150 a month for each of its 14 vans, or £193,200 a year": rate × count × period
        counts = [o for o in sent if rate.end <= o.start and o.end <= other.begin
                  and not _rate_period(r, o)]  # fmt: skip
        if len(counts) != 1 or counts[0].kind != "count" or counts[0].value_max is not None:
            return None
        each = counts[0]
        words = [*per, *r.between(each.end, other.begin)]
    if per is not None and tuple(words[len(per) :]) not in _RESTATE:
        words = [*per, *_to_each(words[len(per) :])]  # "£60 a week to each carer, or …"
    if per is None or tuple(words[len(per) :]) not in _RESTATE:
        return None
    factor = UNITS_IN.get((unit, other_unit))
    if factor is None:
        inverse = UNITS_IN.get((other_unit, unit))
        if inverse is None:
            return None
        factor = 1 / inverse
    if each is not None:
        computed = rate.value * factor * each.value
        return stated_against(
            other,
            computed,
            f"{rate.text} {_a(unit)} × {factor:g} × {each.text}",
            (rate, each),
            f" a {other_unit}",
        )
    computed = rate.value * factor
    return stated_against(
        other, computed, f"{rate.text} {_a(unit)} × {factor:g}", (rate,), f" {_a(other_unit)}"
    )


#: After a figure that is a year's total: "2.1 million visitors last year", "£3m a year".
_A_YEAR = cues("last year", "a year", "each year", "every year", "per year",
               "annually", "in a year", "over the year", "that year")  # fmt: skip
_SET_OFF = cues(",", ", or", ", about", ", some", ", roughly", ", around", ", nearly",
                ", almost", ", or about", ", or some", ", or roughly", ", or around",
                ", or nearly", ", just over", ", just under", ", more than", ", over")  # fmt: skip
CUES = CUES | _A_YEAR | _SET_OFF
#: The marks that set a figure off after another: a comma or a dash.
_MARKS = frozenset((",", "-", "–", "—"))
#: Before the month a year's total runs to: "in the year to March", "in the 12 months to June".
_YEAR_TO = cues("in the year to", "in the year up to", "the year to", "in the 12 months to",
                "in the twelve months to", "over the year to")  # fmt: skip


def _yearly_before(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    """ "The port handled 2.1 million passengers last year, about 5,750 a day": a year's
    total set off right before a figure per day, week or month, which is the total over
    the year's days, weeks or months (365, 52, 12)."""
    factor = UNITS_IN.get((unit, "year"))
    if factor is None or factor == 1.0:
        return None
    before = [o for o in sent if o.end <= rate.begin]
    if not before:
        return _yearly_sentence_before(r, rate, unit, factor)
    total = before[-1]
    if not total.comparable(rate) or total.value_max is not None or total.value <= rate.value:
        return None
    if per_of(r, total) not in (None, "year") or role(r, total) is not None:
        return None
    if _bind.change_verb(r, total):
        return None  # "Costs rose by £2.4m last year, …": a change, no year's total
    gap = r.between(total.end, rate.begin)
    marks = [i for i, w in enumerate(gap) if w in _MARKS]
    if not marks:
        return None
    cut = marks[-1]
    head, rest = gap[:cut], [",", *gap[cut + 1 :]]  # a dash sets off as a comma does
    if tuple(rest) not in _SET_OFF or not _a_years(r, total, head, rate.begin):
        return None
    return _a_year_over(rate, total, unit, factor)


#: What opens a sentence that restates the figure of the one before: "That is about …".
_THAT_IS = cues("that is", "this is", "that works out at", "this works out at", "that comes to",
                "that is about", "that is some", "that is roughly", "that is around",
                "that is nearly", "that is almost", "or")  # fmt: skip
CUES = CUES | _THAT_IS


def _yearly_sentence_before(r: Reading, rate: Operand, unit: str, factor: float) -> Finding | None:
    """ "The line carried 1.2 million passengers last year. That is about 3,300 a day.": a
    sentence opening "That is" with its one figure per day, week or month, against the one
    figure of the sentence before when that is told as a year's."""
    s0, _ = r.sentence(rate.start)
    lead = r.figs.after(s0, 6, ceiling=rate.start)
    if tuple(w.lower() for w in lead) not in _THAT_IS or len(r.in_sentence(rate.start)) > 2:
        return None
    prev = r.previous_sentence(rate.start)
    if prev is None:
        return None
    there = r.in_sentence(prev[0])
    if len(there) != 1 or not there[0].comparable(rate):
        return None
    total = there[0]
    if total.value_max is not None or total.value <= rate.value or role(r, total) is not None:
        return None
    if per_of(r, total) not in (None, "year") or _bind.change_verb(r, total):
        return None
    tail = r.figs.words(total.end, prev[1])
    tail = tail[:-1] if tail[-1:] == ["."] else tail
    if not _a_years(r, total, tail, prev[1]):
        return None
    return _a_year_over(rate, total, unit, factor)


def _a_years(r: Reading, total: Operand, head: list[str], end: int) -> bool:
    """Whether the words after a total tell it as one year's: its own period ("a year"),
    or a short noun phrase (at most four words) and "last year", "annually" or "in" a past
    year ("spent £2.4m on agency nurses last year", "handed out 9,360 parcels in 2024")."""
    if per_of(r, total) == "year":
        found = _per_cue(head, total.kind == "count")
        return found is not None and len(head) == found[0] + len(found[1])
    cue = ends_with(head, _A_YEAR)
    month = [d for d in r.dates_in(total.end, end) if d.granularity in ("month", "day")]
    to = ends_with(head[:-1], _YEAR_TO) if len(month) == 1 and head[-1:] != ["year"] else None
    if cue is not None:
        lead = head[: len(head) - len(cue)]
    elif to is not None and r.figs.words(month[0].start, month[0].end)[-1:] == head[-1:]:
        lead = head[: len(head) - 1 - len(to)]  # "in the year to March": twelve months
    else:
        years = [d for d in r.dates_in(total.end, end) if d.granularity == "year"]
        pub = r.published
        if len(years) != 1 or head[-2:-1] != ["in"] or pub is None or years[0].lo.year >= pub.year:
            return False  # "in 2025" of a year still running is no whole year
        lead = head[:-2]
    return len(lead) <= 4 and all(w.isalpha() for w in lead) and not set(lead) & _bind.CHANGE


#: Before a count of the rate's periods: "420 meals a day on 190 school days".
_ON = frozenset(("on", "for", "over", "across", "in"))


def _counted_periods(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    """ "bakes 300 loaves a day on 250 working days, 75,000 a year": the rate times a count of
    its periods (named by the rate's unit within two words after the count), against the
    figure set off right after them."""
    later = [o for o in sent if o.start >= rate.end and o.kind != "duration"]
    if len(later) < 2:
        return None
    count, total = later[0], later[1]
    if (
        count.kind != "count"
        or count.value_max is not None
        or r.before(count.begin, 1)[:1] not in ([w] for w in _ON)
    ):
        return None
    if unit + "s" not in r.after(count.end, 2) or not total.comparable(rate):
        return None
    gap = r.between(count.end, total.begin)
    if gap[-1:] != [","] or len(gap) > 4 or total.value_max is not None:
        return None
    if total.value <= rate.value or not (
        per_of(r, total) not in (None, unit)
        or _is_total(r, total)
        or r.after(total.end, 1) == ["."]
    ):
        return None  # "…, 20 more than last year" is no total of the periods
    computed = rate.value * count.value
    return stated_against(
        total, computed, f"{rate.text} {_a(unit)} × {count.text} {unit}s", (rate, count)
    )


def _span(r: Reading, o: Operand) -> tuple[float, str] | None:
    """A stretch of time and its unit: a duration ("six hours", "a 37-hour"), or a bare
    count before a time noun the duration extractor does not read ("90 minutes")."""
    if o.kind == "duration" and o.time_unit:
        return o.value, o.time_unit
    if o.kind == "count" and o.value_max is None:
        noun = r.after(o.end, 2)
        noun = noun[1:] if noun[:1] == ["-"] else noun[:1]  # "a 45-minute presale"
        if noun and noun[0].lower() in _SPAN_NOUNS and o.text.split()[-1:] != noun:
            return o.value, _SPAN_NOUNS[noun[0].lower()]
        last = o.text.split()[-1].lower() if " " in o.text else ""
        if last in _SPAN_NOUNS:
            return o.value, _SPAN_NOUNS[last]
    return None


def _told_per(r: Reading, o: Operand, unit: str) -> bool:
    """Whether ``o`` is told per ``unit``, its period within three words after it, with no
    comma between: "£455 a week", "4,200 loaves per oven daily"."""
    if per_of(r, o) == unit:
        return True
    words = r.after(o.end, 4)
    for i in range(3):
        if words[i : i + 1] in ([","], [";"], ["."]):
            return False
        for k in (1, 2):
            if PER.get(tuple(words[i : i + k])) == unit:
                return True
    return False


#: Between a compounded rate's span and its product: "…14 hours a day: 4,200 loaves".
_COMPOUND_LEAD = cues(":", ", or", ", so", "so", ", making", ", or about", ", about", "-", "–",
                      "—", ", that is", ", which is", ", some", ", giving")  # fmt: skip
CUES = CUES | _COMPOUND_LEAD


def _compounded(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    """ "bakes 300 loaves an hour, and the bakery runs 14 hours a day: 4,200 loaves daily";
    "£13 an hour for a 35-hour week, or £455 a week": a rate per one unit times a span of
    those units that is itself told per a longer period, against the figure set off right
    after it that is told per that longer period."""
    later = _one_per_span([o for o in sent if o.start >= rate.end])
    for i, d in enumerate(later):
        span = _span(r, d)
        if span is None or _own_period(r, rate, d) or _rate_period(r, d):
            continue
        factor = UNITS_IN.get((unit, span[1]))
        if factor is None or span[0] * factor <= 1:
            return None
        tail = r.after(d.end, 3)
        found = starts_with(tail, _PER_CUES)
        if found is not None:
            longer, rest = PER[found], len(found)
        elif "-" in r.figs.words(d.start, d.end) and tail[:1] and tail[0] in ("day", "week"):
            longer, rest = tail[0], 1  # "a 37-hour week"
        else:
            return None
        rest_ops = [o for o in later[i + 1 :] if not _rate_period(r, o)]
        if not rest_ops or not rest_ops[0].comparable(rate) or rest_ops[0].value_max is not None:
            return None
        total = rest_ops[0]
        lead = r.between(d.end, total.begin)[rest:]
        if tuple(lead) not in _COMPOUND_LEAD or not _told_per(r, total, longer):
            return None
        computed = rate.value * span[0] * factor
        return stated_against(
            total, computed, f"{rate.text} {_a(unit)} × {d.text}", (rate, d), f" {_a(longer)}"
        )
    return None


#: Before a total stated in the sentence after its rate: "that is £962,000", "is worth £12.4m".
_TOTAL_NEXT = cues("that is", "this is", "is worth", "was worth", "worth", "that comes to",
                   "comes to", "that makes", "a total of", "totalling", "adds up to",
                   "amounts to", "would pay", "will pay", "would cost", "will cost",
                   "that would be")  # fmt: skip
_OVER = ("over", "for", "across", "during", "throughout")
CUES = CUES | _TOTAL_NEXT


def _rate_period(r: Reading, o: Operand) -> bool:
    return o.kind == "duration" and r.figs.words(o.start, o.end)[:1] in (["a"], ["an"], ["per"])


def _over_one(r: Reading, o: Operand) -> bool:
    """ "Over an hour", "in a day": one period that a total runs over, after a word of
    ``_OVER`` (or "in") that opens its sentence or follows a comma."""
    before = r.before(o.begin, 2)
    if o.begin < o.start:  # "Over an hour" read as a bound: its word is the hedge's
        before = [*before, *(w.lower() for w in r.figs.words(o.begin, o.start))][-2:]
    return before[-1:] in ([w] for w in (*_OVER, "in")) and (len(before) < 2 or before[0] == ",")


def _total_next(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    """ "The car park takes £9,000 a week. Over a 52-week year that is £468,000"; "… pays its
    caterer £150,000 a month. The trust says the four-year contract is worth £7.2m": the
    rate, the only one of its sentence, times the one period of the next sentence, against
    that sentence's one figure of its kind (larger than the rate, with no period of its own)."""
    if len(sent) > 3 or rate.kind not in ("money", "count"):
        return None  # the rate (and its period) alone in its sentence, or nearly
    nxt = r.next_sentence(rate.start)
    if nxt is None:
        return None
    there = _one_per_span(r.in_sentence(nxt[0]))
    if not 2 <= len(there) <= 3 or not contains(r.figs.words(*nxt), _TOTAL_NEXT):
        return None
    if any(o is not rate and o.comparable(rate) for o in sent):
        return None
    # "a year" in "220 working days a year" is the period of a rate, not a span
    # ("Over an hour that is …": one of the period the total runs over)
    there = [o for o in there if not _rate_period(r, o) or _over_one(r, o)]
    figures = [o for o in there if o.comparable(rate)]
    spans = [o for o in there if o.kind == "duration" and o.time_unit]
    if not spans:
        # "… pay $4 a day. A driver who comes in on 230 working days a year would pay
        # $920": a count of the rate's periods, named by the unit right after it
        spans = [o for o in there if o.kind == "count" and o.value_max is None
                 and unit + "s" in r.after(o.end, 2)]  # fmt: skip
    if len(figures) != 1 or len(spans) != 1 or len(there) != 2:
        return None
    total, span = figures[0], spans[0]
    if per_of(r, total) is not None or total.value <= rate.value or total.value_max is not None:
        return None
    if rate.kind == "count" and _noun(total) not in (None, _noun(rate)):
        return None  # "makes 400 cars a day. … that comes to 100,000": of the rate's noun
    if ends_with(r.before(total.begin, 3), _TOTAL_NEXT) is None:
        return None  # the figure must be stated as the sum ("that is", "is worth")
    if not (_spans_over(r, span) or _over_one(r, span)):
        return None  # "opened five years ago": an age, not the period of the total
    factor = 1.0 if span.kind == "count" else UNITS_IN.get((unit, span.time_unit or ""))
    if factor is None:
        return None
    computed = rate.value * span.value * factor
    return stated_against(total, computed, f"{rate.text} {_a(unit)} × {span.text}", (rate, span))


def _noun(o: Operand) -> str | None:
    """The noun a count counts, as the quantity extractor gives it ("cars"), or None."""
    unit = getattr(o.claim.value if o.claim is not None else None, "unit", None)
    return unit.lower().split()[-1] if isinstance(unit, str) and unit else None


def _one_per_span(ops: list[Operand]) -> list[Operand]:
    """The operands with one reading per span: "14 nights" is read both as a duration and
    as a count; the duration is kept."""
    kept: dict[tuple[int, int], Operand] = {}
    for o in ops:
        held = kept.get((o.start, o.end))
        if held is None or (o.kind == "duration" and held.kind != "duration"):
            kept[(o.start, o.end)] = o
    return sorted(kept.values(), key=lambda o: o.start)


def _own_period(r: Reading, rate: Operand, d: Operand) -> bool:
    """Whether the duration ``d`` is the period the rate is told per ("a day" of "900 kg a
    day" or of "900 kg of coal a day"), not a span it runs over ("for a year")."""
    if 0 <= d.start - rate.end <= 2:
        return True
    found = _per_cue(r.after(rate.end, 5), rate.kind == "count")
    return (
        found is not None and d.start > rate.end and len(r.between(rate.end, d.start)) == found[0]
    )


def _spans_over(r: Reading, span: Operand) -> bool:
    """Whether a duration is told as the stretch a total runs over: "a 52-week year", "over
    a year" (the preposition before the figure or, at a sentence's start, its first word)."""
    words = r.figs.words(span.start, span.end)
    opening = [w.lower() for w in (r.before(span.begin, 1) or words[:1])]
    if opening and opening[0] in _DETERMINERS:
        opening = [w.lower() for w in r.before(span.begin, 2)[:1]]  # "staying the 14 nights"
    return "-" in words or opening in ([w] for w in (*_OVER, "on", *_STAYING))


#: A determiner before a span, and verbs that spend it: "staying the 14 nights of …".
_DETERMINERS = frozenset(("the", "its", "their", "all"))
_STAYING = frozenset(("staying", "stays", "stay", "spending", "spends", "spend", "spent"))


def _periods(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> list[float] | None:
    for d in sent:
        stretch = _span(r, d) if d is not rate else None
        if stretch is not None and not _own_period(r, rate, d):
            factor = UNITS_IN.get((unit, stretch[1]))
            if factor is None:
                return None  # "£5 a day for three months": no exact count of days
            return [stretch[0] * factor]
    s0, s1 = r.sentence(rate.start)
    if (unit, "year") in UNITS_IN and contains(r.figs.words(s0, s1), DECADE):
        return [10.0 * UNITS_IN[(unit, "year")]]  # "£45,000 a year over the decade"
    if (unit, "year") in UNITS_IN:
        years = sorted({d.lo.year for d in r.dates_in(s0, s1) if d.granularity == "year"})
        if len(years) >= 2:  # "£38,000 a month from 2026 until 2030": 4 or 5 years of months
            span, per_year = years[-1] - years[0], UNITS_IN[(unit, "year")]
            return [span * per_year, (span + 1) * per_year]
    return []


def _a_year_over(rate: Operand, total: Operand, unit: str, factor: float) -> Finding:
    """The rate against a year's total divided by the periods of a year (factor)."""
    computed = total.value / factor
    status, rule = _judge.ratio(rate.value, rate.place, computed, rate.hedge)
    line = (f"{total.text} a year / {factor:g} = {_judge.fmt(computed)} {_a(unit)}; the text "
            f"says {rate.text} ({rule})")  # fmt: skip
    return Finding(CHECK, rate.start, rate.end, status, line, (total,), rate)


def _spanned(r: Reading, rate: Operand, unit: str, sent: list[Operand]) -> Finding | None:
    """A rate, one stretch of time it runs over and one figure of the rate's own kind, the
    sum, in one sentence with no cue of a total: "At 90 cars an hour, the 10-hour closure
    will divert 900 cars"; "paying £800 a month face a bill of £9,600 over the year".
    The stretch is told as one ("the 10-hour closure", "over the 12-week term"); the sum
    counts the rate's noun (or is money of its currency), is larger than the rate, and is
    no rate, level or change of its own. Anything else (two stretches, two sums, a second
    rate) binds nothing."""
    if any(o is not rate and per_of(r, o) is not None for o in sent if o.kind != "duration"):
        return None
    spans = [(d, sp) for d in _one_per_span(sent) if d is not rate
             and not _own_period(r, rate, d) and not _rate_period(r, d)
             and (sp := _span(r, d)) is not None and _spans_over(r, d)]  # fmt: skip
    if len(spans) != 1 or UNITS_IN.get((unit, spans[0][1][1])) is None:
        return None
    span, (length, span_unit) = spans[0]
    after = r.after(span.end, 3)
    if starts_with(after, _PER_CUES) is not None or after[:1] in ([u] for u in _PER_UNITS):
        return None  # "a 37-hour week": a span told per a longer period, another rate
    sums = [o for o in sent if o is not rate and o is not span and o.comparable(rate)
            and o.kind in ("money", "count") and _span(r, o) is None]  # fmt: skip
    if len(sums) != 1:
        return None
    total = sums[0]
    if (
        total.value_max is not None
        or total.value <= rate.value
        or per_of(r, total) is not None
        or role(r, total) is not None
        or _bind.change_verb(r, total)
        or (rate.kind == "count" and (_noun(rate) is None or _noun(total) != _noun(rate)))
    ):
        return None
    factor = UNITS_IN[(unit, span_unit)]
    computed = rate.value * length * factor
    return stated_against(total, computed, f"{rate.text} {_a(unit)} × {span.text}", (rate, span))
