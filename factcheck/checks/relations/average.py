"""Averages and per-period figures: "£50 million over five years, an average of £10 million
a year", "averaged 42,000 a game across 19 home matches, a total of 798,000" (any value the
rounded average can stand for may fit), "a mean of 4.2 goals in 10 games". An average is a
ratio (within one unit of its last digit); a total from an average is a product.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import honest, run
from factcheck.checks.relations.rate_period import TOTAL_BEFORE

NAME = "average"
CHECK = "arithmetic"
#: An average named as the subject's own, set off by commas: "Her average, 79, was …".
_OWN_AVERAGE = cues("her average ,", "his average ,", "their average ,", "its average ,",
                    "the average ,", "the mean ,")  # fmt: skip
AVERAGE = cues("an average of", "on average", "averaging", "averaged", "average of", "a mean of",
               "average ,", "mean ,",
               "average", "an average", "the average", "averages", "mean of")  # fmt: skip
COUNTED = cues("over", "in", "across", "for", "during", "from", "over the", "across the",
               "among", "between", "among the", "between the", "among its", "between its",
               "in the", "for the", "during the", "over the past", "over the last",
               "in the past", "in the last", "across its", "over its", "in its",
               "from its")  # fmt: skip
CUES = AVERAGE | COUNTED | _OWN_AVERAGE

_GATE = gate(AVERAGE)  # a word of each average cue


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for avg in r.gated(_GATE):  # an average cue right before the figure, or nothing
        if avg.kind not in ("money", "count", "percent") or avg.value_max is not None:
            continue
        by_noun = _average_of_noun(r, avg)
        if by_noun is not None:
            yield by_noun  # "… for £2.4m, an average price of £50"
            continue
        if ends_with(r.before(avg.begin, 4), AVERAGE) is None and not _average_subject(r, avg):
            if _own_named(r, avg) and not ends_with(r.before(avg.begin, 3), _OWN_AVERAGE):
                listed = _listed(r, avg, r.in_sentence(avg.start))  # "The two-month average,
                if listed is not None:  # at 99mm, …"
                    yield listed
            elif _average_after(r, avg):
                # "sold 310, 290 and 330 tickets - 310 a night on average"
                listed = _listed(r, avg, r.in_sentence(avg.start))
                if listed is not None:
                    yield listed
            continue
        sent = r.in_sentence(avg.start)
        count = _count(r, avg, sent)
        after = _listed_after(r, avg, sent, count)
        if after is not None:
            yield after  # "averaged 30cm a month over the winter: 25cm in …, 40cm in …"
            continue
        if count is None:
            per = _per_item(r, avg, sent)
            if isinstance(per, Finding):
                yield per
                continue
            count = per
        if count is None or count.value == 0:
            listed = _listed(r, avg, sent)
            if listed is not None:
                yield listed
            continue
        others = [o for o in sent if o is not avg and o is not count and o.comparable(avg)]
        stated = next((o for o in others if o.start > avg.end
                       and ends_with(r.before(o.begin, 4), TOTAL_BEFORE)), None)  # fmt: skip
        n = count.value
        if stated is not None:
            lo, hi = (avg.value - avg.place / 2) * n, (avg.value + avg.place / 2) * n
            nearest = min(max(stated.value, lo), hi)
            status, rule = _judge.total(stated.value, stated.place, nearest, stated.hedge)
            line = (f"{avg.text} × {count.text} = {_judge.fmt(avg.value * n)} ({_judge.fmt(lo)} "
                    f"to {_judge.fmt(hi)} for the average's rounding); the text says "
                    f"{stated.text} ({rule})")  # fmt: skip
            yield Finding(CHECK, stated.start, stated.end, status, line, (avg, count), stated)
            continue
        if not others:
            continue
        total = others[0]
        if len(others) > 1:
            # "played 40 shows in 12 countries, to a total audience of 400,000, an average of
            # 10,000 a night": several figures could be the total; only a named one is
            named = [o for o in others if o.end <= avg.begin and _named_total(r, o)]
            if len(named) != 1:
                listed = _listed(r, avg, [o for o in sent if o is not count], joined=True)
                # "ran 11, 14 and 17 laps in the three heats, averaging 14"
                if listed is not None:
                    yield listed
                continue
            total = named[0]
            if (
                count.kind == "count"
                and len([o for o in sent if o.kind == "count" and o is not avg and o is not total])
                > 1
            ):
                continue  # and several counts it could be over
        computed = total.value / n
        status, rule = _judge.ratio(avg.value, avg.place, computed, avg.hedge)
        line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says {avg.text} "
                f"({rule})")  # fmt: skip
        yield Finding(CHECK, avg.start, avg.end, status, line, (total, count), avg)


#: After an average of each item: "an average of £420 each", "62 tonnes a boat".
_EACH = cues("each", "apiece", "a head", "per head", "per person", "a person")
_PER = cues("a", "an", "per", "for each", "for every")
_TIME = frozenset(("year", "month", "week", "day", "hour", "night", "season", "game", "match"))
CUES = CUES | _EACH | _PER


def _per_item(r: Reading, avg: Operand, sent: list[Operand]) -> Operand | Finding | None:
    """The count an average "each" or "a boat" is over, when no "over"/"across" names it:
    "The 90 cyclists raised £27,000, an average of £300 each" (the one count of the
    sentence); "landed 1,860 tonnes, an average of 62 tonnes a boat" gives no count of boats
    (inconclusive)."""
    tail = r.after(avg.end, 3)
    totals = [o for o in sent if o is not avg and o.end <= avg.begin and o.comparable(avg)
              and o.kind == avg.kind and o.value_max is None]  # fmt: skip
    if starts_with(tail, _EACH) and avg.kind == "count" and len(totals) == 2:
        # "The 12 crews landed a combined 3,600 tonnes, an average of 300 each": two counts,
        # the one told as a sum is the total and the other the count it is shared over
        named = [o for o in totals if _named_total(r, o)]
        if len(named) == 1:
            return next(o for o in totals if o is not named[0])
        return None
    if len(totals) != 1:
        return None  # none, or a list whose mean it may be ("£1.2m, £0.9m and £1.5m")
    if starts_with(tail, _EACH) and avg.kind == "money":
        counts = [o for o in sent if o.kind == "count" and o.end <= avg.begin
                  and o.value_max is None]  # fmt: skip
        return counts[0] if len(counts) == 1 else None
    cue = starts_with(tail, _PER)
    if cue is None and avg.kind == "money" and tail[:1] in ([], ["."], [","]):
        # "paid out £9m to 300 winners, an average of £30,000": the one count the total
        # went to, right after it
        counts = [o for o in sent if o.kind == "count" and o.end <= avg.begin]
        if len(counts) == 1 and r.between(totals[0].end, counts[0].begin) in _TO:
            return counts[0]
        return None
    if cue is None or len(tail) <= len(cue) or not tail[len(cue)].isalpha():
        return None
    noun = tail[len(cue)]
    if noun in _TIME or noun in ("total", "share", "rate", "cost"):
        return None
    named = [o for o in sent if o.kind == "count" and o is not avg and _named(o, noun)]
    if len(named) == 1:
        return named[0]
    if not named:
        why = (
            f"{avg.text} a {noun}: the text gives no count of {noun}s to divide {totals[0].text} by"
        )
        return Finding(CHECK, avg.start, avg.end, "inconclusive", why, totals, avg)
    return None


#: Between a total and the count it was shared out to: "£9m to 300 winners".
_TO = (["to"], ["to", "its"], ["to", "their"], ["to", "the"], ["among"], ["among", "its"],
       ["among", "the"], ["between"], ["between", "the"], ["between", "its"], ["across"],
       ["across", "the"], ["across", "its"])  # fmt: skip


#: Nouns of money between "an average" and "of": "an average price of £50".
AVERAGE_NOUNS = frozenset(("price", "cost", "fare", "rent", "bill", "payment", "award", "grant",
                           "salary", "wage", "fee", "value", "spend", "payout", "sum"))  # fmt: skip


def _average_of_noun(r: Reading, avg: Operand) -> Finding | None:
    """ "The firm sold 48,000 units for £2.4m, an average price of £50": "an average <noun of
    money> of" a money figure, against the sentence's one money total before it over its one
    count (no other figure in the sentence, no period on the total)."""
    lead = r.before(avg.begin, 4)
    if avg.kind != "money" or len(lead) < 4 or lead[-1] != "of" or lead[-2] not in AVERAGE_NOUNS:
        return None
    if lead[-4:-2] not in (["an", "average"], [",", "average"]) and lead[-3] != "average":
        return None
    sent = [o for o in r.in_sentence(avg.start) if o is not avg and o.kind != "duration"]
    totals = [o for o in sent if o.kind == "money" and o.end <= avg.begin]
    counts = [o for o in sent if o.kind == "count"]
    if len(totals) != 1 or len(counts) != 1 or len(sent) != 2:
        return None
    total, count = totals[0], counts[0]
    if not total.comparable(avg) or total.per is not None or count.value <= 0:
        return None
    if total.value_max is not None or count.value_max is not None or total.value <= avg.value:
        return None
    computed = total.value / count.value
    status, rule = _judge.ratio(avg.value, avg.place, computed, avg.hedge)
    line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says {avg.text} "
            f"({rule})")  # fmt: skip
    return Finding(CHECK, avg.start, avg.end, status, line, (total, count), avg)


def _named(o: Operand, noun: str) -> bool:
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    if not isinstance(unit, str) or not unit:
        return False
    u = unit.lower().split()[-1]
    return u == noun or u.rstrip("s") == noun.rstrip("s")


#: After an average and before "on average": its period or unit ("2,400 a day on average").
_RATE_WORDS = frozenset(("a", "an", "per", "each"))
_ON_AVERAGE = cues("on average")


_OWNERS = frozenset(("the", "its", "their", "her", "his", "our"))


def _own_named(r: Reading, avg: Operand) -> bool:
    """ "Her average, 79, …", "The two-month average, at 99mm, …": an average named by a
    determiner, at most four words of modifiers and "average" or "mean", set off by a comma
    (and "at") right before the figure."""
    words = r.before(avg.begin, 9)
    if words[-1:] == ["at"]:
        words = words[:-1]
    if words[-1:] != [","] or words[-2:-1] not in (["average"], ["mean"]):
        return False
    head = words[:-2]
    for i in range(len(head) - 1, max(len(head) - 6, -1), -1):
        if head[i] in _OWNERS:
            return True
        if not (head[i].isalpha() or head[i] == "-"):
            return False
    return False


def _average_subject(r: Reading, avg: Operand) -> bool:
    """ "the average store took €1.4m", "the average household pays £90": the figure right
    after a subject that is "the average" of a noun and its verb (no mark between)."""
    words = r.before(avg.begin, 5)
    if "average" not in words[:-1]:
        return False
    i = len(words) - 1 - words[::-1].index("average")
    head, rest = words[:i], words[i + 1 :]
    return (
        head[-1:] in (["the"], ["an"], ["its"], ["their"])
        and 2 <= len(rest) <= 3
        and all(w.isalpha() and w not in ("of", "and", "or") for w in rest)
    )


def _average_after(r: Reading, avg: Operand) -> bool:
    """ "2,400 a day on average", "2,400 each on average", "2,400 on average"."""
    tail = r.after(avg.end, 4)
    if tail[:1] and tail[0] in _RATE_WORDS:
        tail = tail[1:] if tail[0] == "each" else tail[2:]
    elif tail[:1] and tail[0].isalpha() and _named_before(r, avg, tail[0]):
        tail = tail[1:]  # "41, 38 and 47 minutes …, about 42 minutes on average"
    return starts_with(tail, _ON_AVERAGE) is not None


def _named_before(r: Reading, avg: Operand, noun: str) -> bool:
    """Whether ``noun`` follows a figure of the average's kind before it in its sentence:
    the unit the figures it is the mean of are told in."""
    return any(r.after(o.end, 1) == [noun] for o in r.in_sentence(avg.start)
               if o.end <= avg.begin and o.kind == avg.kind)  # fmt: skip


def _listed(
    r: Reading, avg: Operand, sent: list[Operand], *, joined: bool = False
) -> Finding | None:
    """ "earned £2.1m, £1.8m and £2.4m in the three quarters, an average of £2.1m each": the mean of
    the list of figures right before the average."""
    earlier = [o for o in sent if o.end <= avg.begin and o.comparable(avg) and o.kind == avg.kind]
    if not earlier and _own_named(r, avg):
        # "marked 55, 64 and 73 on the three tests. Her average, 64, …": the list before
        prev = r.previous_sentence(avg.start)
        if prev is not None:
            before = [o for o in r.in_sentence(prev[0]) if o.comparable(avg) and o.kind == avg.kind]
            values = run(r, before, forward=True)
            whole = len(values) == len(before) == 2  # "112mm in May and 86mm in June"
            if (len(values) >= 3 or whole) and values[0] is before[0]:
                return _mean(avg, values)
        return None
    values = run(r, earlier, forward=False)
    if len(values) < 2 or len(r.between(values[-1].end, avg.begin)) > (14 if joined else 10):
        return None
    if joined and "and" not in r.between(values[-2].end, values[-1].begin):
        return None  # only a list closed by "and" ("18, 24 and 27"), when other figures vie
    return _mean(avg, values)


#: Marks after an average that open the list of what it is the mean of.
_LIST_MARKS = frozenset((":", "-", "–", "—"))


def _listed_after(
    r: Reading, avg: Operand, sent: list[Operand], count: Operand | None
) -> Finding | None:
    """ "Rainfall averaged 30cm a month over the winter: 25cm in December, 40cm in January
    and 25cm in February": the mean of the list after a colon or dash that closes the
    average's clause, when the list is every later figure of its kind in the sentence (and
    as many as a count of periods says, when one is given)."""
    later = [o for o in sent if o.start >= avg.end and o.kind == avg.kind and o.comparable(avg)]
    if len(later) < 2:
        return None
    gap = r.between(avg.end, later[0].begin)
    if not gap or gap[-1] not in _LIST_MARKS or len(gap) > 8 or {",", ";", "."} & set(gap):
        return None
    values = run(r, later, forward=True)
    if values != later:
        return None
    if count is not None and count.start < later[0].start and count.value != len(values):
        return None  # "over four weeks: …" with another number of figures
    return _mean(avg, values)


def _mean(avg: Operand, values: list[Operand]) -> Finding:
    computed = sum(o.value for o in values) / len(values)
    status, rule = _judge.ratio(avg.value, avg.place, computed, avg.hedge)
    listed = ", ".join(o.text for o in values)
    line = f"({listed}) / {len(values)} = {_judge.fmt(computed)}; the text says {avg.text} ({rule})"
    return Finding(CHECK, avg.start, avg.end, status, line, values, avg)


def _named_total(r: Reading, o: Operand) -> bool:
    """ "a total of 400,000", "a total audience of 400,000", "400,000 in all"."""
    words = r.before(o.begin, 5)
    return ends_with(words, TOTAL_BEFORE) is not None or (
        words[-1:] == ["of"] and "total" in words[-4:]
    )


def _figure_start(o: Operand) -> int:
    # "over four years": the duration extractor reads "over" as a hedge; here it counts
    return o.figure.start if o.figure is not None and o.figure.start >= o.start else o.begin


def _count(r: Reading, avg: Operand, sent: list[Operand]) -> Operand | None:
    for o in sent:
        if o is avg or o.kind not in ("duration", "count") or o.value_max is not None:
            continue
        if ends_with(r.before(_figure_start(o), 4), COUNTED) is not None:
            return o
    return None
