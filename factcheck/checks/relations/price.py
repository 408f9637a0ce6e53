"""Price × quantity: "500 tickets at £20 each raised £10,000", "sold 2 million shares at
£3.50 a share, for £7 million", "3,000 homes at an average of £250,000, or £750m". The
stated total is a product: consistent within half a unit of its last written digit,
inconsistent at least one unit and 3% off.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import MEASURES, honest, stated_against
from factcheck.checks.relations.per_unit import EACH
from factcheck.checks.relations.rate_period import costed as _costed

NAME = "price"
CHECK = "arithmetic"
AT = cues("at", "at a price of", "priced at", "costing", "for", "at an average of",
          "at a cost of", "at just", "at only", "at about", "at around")  # fmt: skip
TOTAL = cues("raised", "raising", "for", ", for", "for a total of", "a total of", "totalling",
             "worth", "bringing in", "generating", "earning", ", or", "or", "making", "netting",
             "costing", "cost", "in total", "in all", "came to", "coming to", "amounting to",
             "to raise", "brought in", "yielding", "for a combined", "total")  # fmt: skip
CUES = AT | TOTAL | EACH


#: Nouns that name the product itself in an apposition ", a haul of £9,000" (not a change
#: or a part of it: "a saving of", "a profit of" are left alone).
TOTAL_NOUNS = frozenset("haul outlay bill total sum spend takings tab intake".split())

_AT_ALONE = cues("at", "priced at", "at an average of", "at a price of")


def _total_lead(words: list[str]) -> bool:
    """ "raising", "for a total of", "a total outlay of", "at a total cost of"; an
    "-ing" verb of getting right after a comma (", taking", ", fetching"); the product set
    off as an apposition (", a $95,500 stake")."""
    if ends_with(words, TOTAL) is not None or (words[-1:] == ["of"] and "total" in words[-4:]):
        return True
    if words[-4:-2] in ([",", "a"], [",", "an"]) and words[-1:] == ["of"]:
        return words[-2] in TOTAL_NOUNS  # ", a haul of £9,000", ", an outlay of £2m"
    tail = words[-2:]
    return (
        len(tail) == 2
        and tail[0] in (",", "-", "—", "–")
        and (tail[1] in ("a", "an") or (len(tail[1]) > 5 and tail[1].endswith("ing")))
    )


#: After a total set off right after what each gets: "each get £25,000, £300,000 in prize
#: money", "£2,000 each, £500,000 altogether".
_APPOSED_TAIL = cues("in", "altogether", "in all", "in total", "between them", "overall",
                     "across", "for all", "over all", "for the whole")  # fmt: skip
CUES = CUES | _APPOSED_TAIL


def _noun_each(r: Reading, price: Operand) -> bool:
    """ "… will get a £500 bonus each": one noun between the amount and "each"."""
    after = r.after(price.end, 3)
    return len(after) >= 2 and after[0].isalpha() and after[1] == "each" and after[0] != "and"


def _each_of(r: Reading, price: Operand) -> bool:
    """ "Each of the 8 branches gets £4,000": "each of" a count, then a verb, then the price."""
    words = r.before(price.begin, 10)
    if "each" not in words:
        return False
    tail = words[words.index("each") + 1 :]
    return tail[:1] == ["of"] and any(w[:1].isdigit() for w in tail) and len(tail) <= 9


def _apposed_total(r: Reading, price: Operand, o: Operand) -> bool:
    """A total set off by a comma right after what each gets, larger than it and followed by
    "in …", "altogether", "between them"."""
    gap = r.between(price.end, o.begin)
    return (
        _set_off(gap)
        and o.value > price.value
        and starts_with(r.after(o.end, 2), _APPOSED_TAIL) is not None
    )


def _set_off(gap: list[str]) -> bool:
    """Whether the words between what each gets and a total end the first's clause with a
    comma: "£26,000 a year to train, £364,000 across …" (up to five words of its own)."""
    return gap[-1:] == [","] and len(gap) <= 6 and not ({",", ";", "and", "but"} & set(gap[:-1]))


#: Verbs of a sale's total in the sentence after its price: "The sale grossed £66,900".
GROSSED = cues("grossed", "raised", "fetched", "realised", "realized", "totalled", "totaled",
               "brought in", "took", "made", "came to", "earned", "netted",
               "generated", "collect", "collected", "collects", "to collect", "fetch",
               "raise", "gross", "bring in", "earn", "make")  # fmt: skip
CUES = CUES | GROSSED


#: Words of expecting before a verb of grossing: not part of the sentence's subject.
_HOPES = frozenset("expects expect expected hopes hope will would could might aims plans "
                   "to".split())  # fmt: skip


def _next_total(r: Reading, price: Operand) -> Operand | None:
    """The total of a sale told in the next sentence of the paragraph: its one money figure
    of the price's currency, right after a verb of grossing and with no count of its own."""
    if any(o.start > price.end and o.kind == "money" for o in r.in_sentence(price.start)):
        return None
    nxt = r.next_sentence(price.start)
    if nxt is None:
        return None
    ops = r.in_sentence(nxt[0])
    money = [o for o in ops if o.kind == "money"]
    if len(money) != 1 or any(o.kind == "count" for o in ops) or not money[0].comparable(price):
        return None
    total = money[0]
    lead = r.figs.words(nxt[0], total.begin)
    if total.value <= price.value:
        return None
    if starts_with(lead, _SUMMED) is not None and len(lead) <= 8:
        return total  # "Together they are on sale for €20.4 million"
    if "," in lead[:5]:
        lead = lead[lead.index(",") + 1 :]  # "Sold out, the block would fetch …": a short opener
    return total if _grosses(lead) else None


def _grosses(lead: list[str]) -> bool:
    """Whether the words before a total are a short subject and a verb of grossing: "the
    sale grossed", "the society expects to collect" (words of expecting aside)."""
    subject = [w for w in lead if w not in _HOPES]
    return len(subject) <= 4 and ends_with(lead, GROSSED) is not None


def _grossed_after_comma(r: Reading, price: Operand, o: Operand) -> bool:
    """ "With 9,000 seats sold at £30, the show grossed £270,000": a total after the clause
    of the price, in a clause of its own that opens with a short subject and a verb of
    grossing."""
    gap = r.between(price.end, o.begin)
    if "," not in gap or o.value <= price.value or not _plain_total(r, o):
        return False
    clause = gap[len(gap) - gap[::-1].index(",") :]
    return not _HOPES & set(clause) and _grosses(clause)  # "expects to make": a projection


def _plain_total(r: Reading, total: Operand) -> bool:
    """Whether nothing after a total in its clause makes it other than the plain product:
    "worth $6m after costs", "£12,000 profit", "£9,000 more than last year"."""
    tail = r.after(total.end, 6)
    tail = tail[: next((i for i, w in enumerate(tail) if w in (",", ";", ".")), len(tail))]
    return not _NOT_PLAIN & set(tail)


#: How a sentence opens that states the sum of the units priced before it.
_SUMMED = cues("together", "altogether", "in all", "in total", "combined", "between them")
CUES = CUES | _SUMMED


#: Before the product of a price per unit and a number of units: "putting the cargo's value
#: at $42.6m", "a 37.5-hour week earns £525".
VALUED = frozenset("at worth earns earn earned costs cost fetches fetched makes made brings "
                   "pays paid comes".split())  # fmt: skip
_PERIODS = frozenset(("year", "month", "week", "day", "annum", "season"))


#: Words after a total that make it a part or a change of the product, not the product.
_NOT_PLAIN = frozenset("after net less minus more than profit profits loss losses surplus "
                       "deficit".split())  # fmt: skip


def _units(o: Operand) -> str | None:
    """The noun an amount counts: a quantity's unit ("3,000-tonne"), a duration's unit."""
    if o.kind == "duration":
        return o.time_unit
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    return unit.lower().split()[-1] if isinstance(unit, str) and unit else None


def _per_product(r: Reading, price: Operand) -> Finding | None:
    """ "fetched $9,500 a tonne, putting the 2,000-tonne shipment's value at $19 million";
    "At £12.60 an hour, a 37.5-hour week earns £525": a price per one of a noun times the
    figure that counts that noun, against the money figure after a verb of value."""
    noun = price.per
    if not noun:
        after = r.after(price.end, 2)  # "£25 a plot": a noun the money extractor left out
        if after[:1] in (["a"], ["per"]) and len(after) == 2 and after[1].isalpha():
            found = _counted_before(r, price, after[1])
            if found is not None:
                return found
    if not noun or noun in _PERIODS or noun == "unit":
        return None
    later = [o for o in r.in_sentence(price.start) if o.start >= price.end]
    counts = [o for o in later if o.kind in ("count", "duration") and o.value_max is None
              and (_units(o) in (noun, noun + "s") or _any_head(noun, o))
              and o.value > 1]  # fmt: skip
    if not counts:
        return _counted_before(r, price, noun) or _measured_the_sentence_before(r, price, noun)
    if len(counts) != 1:
        return None
    count = counts[0]
    totals = [o for o in later if o.start > count.end and o.kind == "money"]
    if len(totals) != 1 or not totals[0].comparable(price) or totals[0].per is not None:
        return None
    total = totals[0]
    if not VALUED & set(r.between(count.end, total.begin)[-4:]) or total.value <= price.value:
        return None
    if not _plain_total(r, total):
        return None  # "worth $6m at today's prices after costs": not the plain product
    computed = count.value * price.value
    return stated_against(total, computed, f"{count.text} × {price.text}", (count, price))


#: Nouns a price may be per one of whatever the count counts: "£1,480 a head" of cattle.
_ANY_HEAD = frozenset(("head", "piece", "one"))


def _any_head(noun: str, o: Operand) -> bool:
    """Whether a price per ``noun`` is per one of what the count ``o`` counts: "a head" of
    any count that names its noun ("212 store cattle"), never of a span of time."""
    return noun in _ANY_HEAD and o.kind == "count" and _units(o) is not None


def _measured_the_sentence_before(r: Reading, price: Operand, noun: str) -> Finding | None:
    """ "The dairy sold 1.5 tonnes of butter at the show. At $8 a kilo, that earned it
    $12,000": a price per one of a measure in a sentence with no count of its own, over the
    one quantity of the sentence before told in a measure of the same dimension (scaled
    between the two), against the sentence's one sum after a verb of value."""
    if noun not in MEASURES:
        return None
    sent = r.in_sentence(price.start)
    if any(o.kind == "count" and o.claim is not None for o in sent):
        return None  # a count of its own (a bare "2024" counts nothing)
    prev = r.previous_sentence(price.start)
    there = [o for o in r.in_sentence(prev[0]) if o.value_max is None] if prev else []
    counts = [o for o in there if o.kind == "count" and _units(o) is not None]
    if len(counts) != 1 or any(o.kind == "money" for o in there):
        return None
    count = counts[0]
    scale = _scale(_units(count), noun)
    if scale is None or (_units(count) or "").rstrip("s") not in MEASURES:
        return None  # a count of a measure ("3.2 tonnes"), not of things
    totals = [o for o in sent if o.start > price.end and o.kind == "money"]
    if len(totals) != 1 or not totals[0].comparable(price) or totals[0].per is not None:
        return None
    total = totals[0]
    if not VALUED & set(r.between(price.end, total.begin)) or not _plain_total(r, total):
        return None
    computed = count.value * price.value * scale
    return stated_against(
        total, computed, f"{count.text} × {price.text} × {_judge.fmt(scale)}", (count, price)
    )


def _counted_before(r: Reading, price: Operand, noun: str) -> Finding | None:
    """ "Holders of its 1.5 million shares will get 8p a share, £120,000 in all": the one
    count of the noun the price is per, before it in the sentence, times the price, against
    a total set off right after the price and told as a sum (``_summed_after``)."""
    sent = r.in_sentence(price.start)
    counts = [o for o in sent if o.end <= price.begin and o.kind == "count"]
    if len(counts) != 1 or counts[0].value_max is not None or counts[0].value <= 1:
        return None
    count = counts[0]
    if noun in _PERIODS or _units(count) not in (noun, noun + "s"):
        return None
    later = [o for o in sent if o.start >= price.end and o.kind == "money"]
    if not later or not later[0].comparable(price) or later[0].per is not None:
        return None
    total = later[0]
    if not _summed_after(r, price, total) or not _plain_total(r, total):
        return None
    computed = count.value * price.value
    return stated_against(total, computed, f"{count.text} × {price.text}", (count, price))


#: After a total of amounts each: "…, 600 tonnes in all".
_SUM_AFTER = cues("in all", "in total", "altogether", "between them", "all told", "combined")
_EACH_ALONE = cues("each", "apiece")
CUES = CUES | _SUM_AFTER | _EACH_ALONE


def _each_product(r: Reading, each: Operand) -> Finding | None:
    """ "The 40 boats landed 15 tonnes each, 600 tonnes in all"; "The 600 volunteers worked
    12 hours each, a total of 7,200 hours": a count, an amount of another noun "each", and
    a total of that amount's own noun (or time unit) told as a sum."""
    if starts_with(r.after(each.end, 2), _EACH_ALONE) is None or each.value_max is not None:
        return None
    sent = r.in_sentence(each.start)
    counts = [o for o in sent if o.end <= each.begin and o.kind == "count"]
    if len(counts) != 1 or counts[0].value_max is not None:
        return None
    count = counts[0]
    noun = _units(each)
    if noun is None or _units(count) in (None, noun):
        return None  # the count must be of the holders ("40 boats"), not of the amount
    later = [o for o in sent if o.start > each.end]
    totals = [o for o in later if o.kind == each.kind and _units(o) == noun
              and o.value_max is None]  # fmt: skip
    if len(totals) != 1 or totals[0].value <= each.value or not _plain_total(r, totals[0]):
        return None
    total = totals[0]
    lead = r.before(total.begin, 5)
    if not (
        ends_with(lead, TOTAL) is not None
        or (lead[-1:] == ["of"] and "total" in lead[-4:])
        or starts_with(r.after(total.end, 2), _SUM_AFTER) is not None
    ):
        return None
    gap = r.between(each.end, total.begin)
    if len(gap) > 6 or gap[1:2] != [","] or {"and", "but", ";", "while"} & set(gap):
        return None  # the total set off right after "each": "15 tonnes each, 600 in all"
    if r.dates_in(each.end, total.end):
        return None  # "… each in 2023, 900 in all in 2024": another period
    computed = count.value * each.value
    return stated_against(total, computed, f"{count.text} × {each.text}", (count, each))


_MEASURES = MEASURES


def _scale(unit: str | None, per: str | None) -> float | None:
    """How many of the price's ``per`` one ``unit`` of the count is: 1 when they are one
    noun or either is not a measure ("shares" at "a share"), 1,000 for tonnes at a price
    per kilo; None when one is a measure the other cannot be told in (tonnes at a price per
    litre, or per hour)."""
    if not unit or not per:
        return 1.0
    u, p = unit.lower(), per.lower()
    if u == p or u in (p + "s", p + "es"):
        return 1.0
    a, b = _MEASURES.get(u), _MEASURES.get(p)
    if a is None and b is None:
        return 1.0
    if a is None or b is None or a[0] != b[0]:
        return None
    return a[1] / b[1]


def _measure_after(r: Reading, price: Operand) -> str | None:
    """ "at 90p per ml": a measure of ``_MEASURES`` named right after the price that the
    money extractor left out of its ``per``."""
    words = r.after(price.end, 2)
    if words[:1] in (["a"], ["per"]) and len(words) == 2 and words[1] in _MEASURES:
        return words[1]
    return None


def _ends_set_off(words: list[str]) -> bool:
    """Whether words end by setting a figure off: a comma, or a comma and "or"."""
    return words[-1:] == [","] or words[-2:] == [",", "or"]


def _summed_after(r: Reading, price: Operand, o: Operand) -> bool:
    """ "… at £12 a box, £4,800 in total": a larger amount set off by a comma right after
    the price and followed by a word of summing ("in total", "in all", "altogether")."""
    return (
        o.value > price.value
        and _ends_set_off(r.between(price.end, o.begin))
        and len(r.between(price.end, o.begin)) <= 5
        and starts_with(r.after(o.end, 2), _SUM_AFTER) is not None
    )


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for price in r.operands:
        if price.kind == "money" and price.value_max is None:
            found = _per_product(r, price)
            if found is not None:
                yield found
        elif price.kind in ("count", "duration"):
            found = _each_product(r, price)
            if found is not None:
                yield found
    for price in r.operands:
        if price.kind != "money" or price.value_max is not None:
            continue
        # "£30 each", "£19 a dose": a price per one of a noun, not per a period
        per = starts_with(r.after(price.end, 4), EACH) or price.per == "unit"
        per = per or (price.per is not None and price.per not in _PERIODS)
        at = ends_with(r.before(price.begin, 5), AT)
        # "250 employees will each receive £2,000"; "Each of the 8 branches gets £4,000"
        each_gets = "each" in r.before(price.begin, 3) or _each_of(r, price)
        each_gets = each_gets or _noun_each(r, price)  # "will get a £500 bonus each"
        if not (each_gets or (at and (per or at in _AT_ALONE))):
            continue
        sent = r.in_sentence(price.start)
        counts = [o for o in sent if o.kind == "count" and o.end <= price.begin]
        totals = [o for o in sent if o.start > price.end and o.comparable(price)
                  and o.value > price.value  # a product of a count is more than its price
                  and (_total_lead(r.before(o.begin, 5)) or _costed(r, o)
                       or _summed_after(r, price, o)
                       or (each_gets and _apposed_total(r, price, o))
                       or _grossed_after_comma(r, price, o))]  # fmt: skip
        if totals and not counts and each_gets is False and per:
            # "Tickets at £30 each raised £18,000": a product with no quantity to multiply
            total = totals[0]
            why = f"{price.text} each and {total.text}: the text gives no number sold"
            yield Finding(CHECK, total.start, total.end, "inconclusive", why, (price,), total)
            continue
        if counts and not totals and (at or each_gets):
            nxt = _next_total(r, price)  # "640 lambs sold at an average of £92. The sale
            if nxt is not None:  # grossed £66,900"
                totals = [nxt]
        if not counts or not totals:
            continue
        count, total = counts[-1], totals[0]
        measure = price.per or _measure_after(r, price)
        scale = _scale(_units(count), measure)
        if scale is None:  # "2.5 tonnes at £3 a litre": a price per another measure
            why = (f"{count.text} at {price.text}: the price is per {measure}, "
                   f"not per {_units(count)}")  # fmt: skip
            yield Finding(CHECK, total.start, total.end, "inconclusive", why, (count, price), total)
            continue
        computed = count.value * price.value * scale
        scaled = f" × {_judge.fmt(scale)} ({measure}s a {_units(count)})" if scale != 1 else ""
        yield stated_against(
            total, computed, f"{count.text} × {price.text}{scaled}", (count, price)
        )
