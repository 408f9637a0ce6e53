"""Differences, majorities and margins: "by 320 votes to 280, a majority of 40", "54% of the
vote to 46%, a lead of 8 points", "a gap of £2m between the £5m and £3m bids", "1,200
applications, 300 more than the 900 last year". Differences are consistent within half a
unit of the stated figure's last digit, inconsistent at least one unit and 3% off.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import (
    Operand,
    Reading,
    contains,
    cues,
    ends_with,
    gate,
    starts_with,
)
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import (
    CHANGE,
    change_verb,
    clause_break,
    honest,
    minor_unit,
    of_one_currency,
    role,
    set_off_after,
    stated_against,
)

NAME = "difference"
CHECK = "arithmetic"
STATED = cues("majority of", "margin of", "difference of", "gap of", "lead of", "shortfall of",
              "deficit of", "surplus of", "winning margin of", "a majority of", "a margin of",
              "a lead of", "a gap of", "a difference of", "by a margin of", "a swing of",
              "an advantage of", "ahead by", "won by", "a shortfall of", "a deficit of",
              "a surplus of")  # fmt: skip
VERSUS = cues("to", "against", "versus", "vs", "vs .", "-", "–", "over", "compared with",
              "compared to", "votes to", "of the vote to", "of the votes to", "seats to",
              "and", "with")  # fmt: skip
MORE = cues("more than", "fewer than", "less than", "higher than", "lower than", "above",
            "below", "more than the", "fewer than the", "less than the", "short of",
            "up on", "down on", "ahead of", "behind")  # fmt: skip
#: A margin told by the change that reached it: "the lead widened to 8 points", "extended
#: its lead to 6 points", "cut the gap to £2m": a noun of margin, a verb of change, "to".
_MARGIN_NOUNS = ("lead", "gap", "margin", "majority", "deficit", "shortfall", "surplus")
_MARGIN_VERBS = ("widened", "narrowed", "grew", "shrank", "rose", "fell", "increased",
                 "stretched", "extended", "slipped", "dropped", "closed", "cut")  # fmt: skip
REACHED_MARGIN = cues(*(f"{n} {v} to" for n in _MARGIN_NOUNS for v in _MARGIN_VERBS),
                      *(f"{d} {n} to" for n in _MARGIN_NOUNS
                        for d in ("its", "their", "his", "her", "the")))  # fmt: skip
STATED = STATED | REACHED_MARGIN
#: After the figure: "an 8.4-point margin", "a 27-seat majority".
STATED_AFTER = cues("margin", "lead", "gap", "majority", "advantage", "difference", "deficit",
                    "shortfall", "surplus", "- point margin", "- point lead", "- seat majority",
                    "- vote majority", "- vote margin", "- point gap")  # fmt: skip
#: Verbs a margin follows with "by": "won the seat by 1,412 votes", "leads the poll by 6 points".
WIN = frozenset("won win wins winning leads lead led leading beat beats beaten trails trailed "
                "trailing lost lose loses losing ahead took held retained".split())  # fmt: skip
#: "a majority of 27 over all other parties": over everyone else, not over the runner-up.
OVER_ALL = cues("over all other parties", "over all others", "over all the others",
                "over all other", "over the rest", "over all other members",
                "over all opposition parties", "over the opposition")  # fmt: skip
#: Comparatives of measure, after a difference in the figures' own unit: "£18.70 cheaper
#: than the peak fare of £61.20", "38 metres taller than the 174-metre spire".
_COMPARATIVES = ("cheaper", "dearer", "bigger", "larger", "smaller", "taller", "shorter",
                 "longer", "heavier", "lighter", "older", "younger", "greater", "faster",
                 "slower", "warmer", "colder", "deeper", "wider", "costlier")  # fmt: skip
MORE = MORE | cues(*(f"{w} than" for w in _COMPARATIVES),
                   *(f"{w} than the" for w in _COMPARATIVES))  # fmt: skip
CUES = STATED | VERSUS | MORE | STATED_AFTER | OVER_ALL


#: A stated change in the figure's own units, after a pair of figures "from" and "to": "fell
#: to 2,860 from 3,300 - a fall of 440".
CHANGE_NOUN = cues("a fall of", "a drop of", "a rise of", "an increase of", "a decrease of",
                   "a reduction of", "a decline of", "a jump of", "a gain of", "a loss of",
                   "an improvement of", "a cut of", "a fall in", "an extra",
                   "a further", "a recovery of", "a rebound of", "a climb of",
                   "a slide of", "a shrinkage of")  # fmt: skip
#: After a figure that ends its clause: "1,420 cases compared with 1,610 last year, 190 fewer".
COMPARED_AFTER = cues("fewer", "more", "less", "higher", "lower", "up", "down", "extra")
#: "a majority of four" told as over all others: "an overall majority of", "a working majority".
OVERALL = cues(
    "an overall majority of",
    "overall majority of",
    "a working majority of",
    "working majority of",
    "an absolute majority of",
    "absolute majority of",
)
#: Between two figures that a later difference compares: "1,420 this year compared with 1,610".
COMPARED = cues("compared with", "compared to", "against", "versus", "vs", "from", "than")
#: "11 behind the leaders, Oakhurst, on 70": the other figure after "on" or "with".
_ON = cues("on", "with", "who have", "who has", "at")
CUES = CUES | CHANGE_NOUN | COMPARED_AFTER | OVERALL | COMPARED | _ON

#: A comparative that ends the sentence of a difference told after both figures:
#: "The new block is 22 metres taller."
#: The words a difference that refers back to the sentence before opens with.
_REFERS_BACK = frozenset("the that this a an their its his her".split())
TALLER = cues("taller", "longer", "higher", "bigger", "larger", "heavier", "older", "younger",
              "wider", "deeper", "shorter", "lower", "smaller", "lighter", "faster", "slower",
              "cheaper", "dearer")  # fmt: skip
CUES = CUES | TALLER
#: After a margin that a tally following it states: "6 points clear of Dale, 81 to 75".
_CLEAR = cues("clear of", "ahead of", "clear", "ahead", "behind")
CUES = CUES | _CLEAR
_GATE = gate(STATED | MORE | STATED_AFTER | CHANGE_NOUN | COMPARED_AFTER | OVERALL | TALLER
             | _CLEAR | cues(*sorted(WIN)))  # fmt: skip


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for d in r.gated(CHANGE):  # "up 0.3 million on the 2.6 million" (change's own gate)
        if d.kind in ("count", "money") and d.value_max is None:
            found = _changed_by(r, d)
            if found is not None:
                yield found
    for d in r.gated(_GATE):
        if d.kind not in ("count", "money", "points", "percent") or d.value_max is not None:
            continue
        found = (
            _in_minor_units(r, d)
            or _overall(r, d)
            or _stated(r, d)
            or _more(r, d)
            or _behind(r, d)
            or _clear_of(r, d)
            or _compared_after(r, d)
            or _change_noun(r, d)
            or _compared_across(r, d)
            or _short(r, d)
        )
        if found is not None:
            yield found


def _changed_by(r: Reading, d: Operand) -> Finding | None:
    """A change told in the figures' own units between its two ends: "grew by 126, from
    1,874 to 2,000"; "2.9 million parcels, up 0.3 million on the 2.6 million": the one
    earlier figure ("from", "on the") and the one later ("to", or the figure the change is
    set off after), all in one clause."""
    head = r.before(d.begin, 2)
    if head[-1:] != ["by"] and not (CHANGE & set(head)):
        return None  # the verb of change stands right before the figure ("up 0.4 million")
    verb = change_verb(r, d)
    if verb is None or verb in ("more", "less", "fewer", "higher", "lower"):
        return None
    same = [o for o in r.in_sentence(d.start) if o is not d and o.kind == d.kind
            and o.comparable(d) and o.value_max is None
            and not clause_break(r.between(*sorted((d.end, o.begin))))]  # fmt: skip
    # a figure across a clause break (", while turnover was flat at £44m") is another's
    olds = [o for o in same if role(r, o) == "old"]
    news = [o for o in same if role(r, o) == "new"]
    if not news:
        before = [o for o in same if o.end <= d.begin]
        set_off = before and set_off_after(r.between(before[-1].end, d.begin))
        news = before[-1:] if set_off and role(r, before[-1]) is None else []
    if len(olds) != 1 or len(news) != 1 or len(same) != 2:
        return None
    old, new = olds[0], news[0]
    lo, hi = min(old.begin, new.begin, d.begin), max(old.end, new.end, d.end)
    if clause_break(r.between(lo, hi)) or d.value >= max(old.value, new.value):
        return None
    return _test(d, *sorted((old, new), key=lambda o: -o.value))


#: Comparatives after a price difference in a minor unit: "15 cents less", "8p dearer".
_CHEAPER = cues("less", "more", "cheaper", "dearer", "higher", "lower", "extra")


def _in_minor_units(r: Reading, d: Operand) -> Finding | None:
    """ "sells at €2.35 in town but €2.10 at the farm gate, 25 cents less"; "€3.40 for oat
    milk and €3.05 for soya; oat costs 35 cents more": a difference in a minor unit after the
    sentence's only two prices in the major unit of its currency."""
    if not minor_unit(d):
        return None
    if starts_with(r.after(d.end, 1), _CHEAPER) is not None:
        tail = r.after(d.end, 3)[1:2]
    elif ends_with(r.before(d.begin, 4), STATED) is not None:
        tail = r.after(d.end, 1)  # "…, a gap of 18 cents."
    else:
        return None
    if tail not in ([], ["."], [","], [";"]):
        return None
    money = [o for o in r.in_sentence(d.start) if o is not d and o.kind == "money"]
    if len(money) != 2 or any(o.start > d.start or not of_one_currency(d, o) for o in money):
        return None
    a, b = money
    if a.currency != b.currency or a.value_max is not None or b.value_max is not None:
        return None
    return _test(d, a, b)


def _overall(r: Reading, d: Operand) -> Finding | None:
    """ "took 22 of the 40 seats, an overall majority of four", "Of the 61 seats, the party
    holds 33, a majority of 5": a majority after a part of a whole is the part less all
    the others (an "overall" majority is so told even without the whole's "of")."""
    cue = ends_with(r.before(d.begin, 5), STATED | OVERALL)
    if cue is None or "majority" not in cue or d.kind != "count":
        return None
    earlier = [o for o in r.in_sentence(d.start) if o.end <= d.begin and o.kind == "count"]
    if len(earlier) < 2:
        return None
    pair = part_of_whole(r, earlier[-2], earlier[-1])
    if pair is None:
        return None
    return _over_all(r, d, *pair)


_OF_THE = cues("of the", "out of the", "out of")


def part_of_whole(r: Reading, a: Operand, b: Operand) -> tuple[Operand, Operand] | None:
    """Two figures in text order told as a part and its whole, as (part, whole): "22 of the
    40 seats", or the whole first, opening its clause: "Of the 61 seats, the party holds 33"."""
    if r.between(a.end, b.begin)[:1] == ["of"] and b.value > a.value:
        return a, b
    head = r.before(a.begin, 3)
    opens = head[-1:] == ["of"] and (len(head) < 2 or head[-2] in (",", ";", ":", "-", "—"))
    if (opens or ends_with(head, _OF_THE)) and a.value > b.value:
        return b, a  # not "a throw of 67.42 metres beat 64.95": "of" after a noun
    if _body_size(a) and a.value > b.value:
        return b, a  # "in the 120-seat chamber, the party's 64 members"
    return None


#: Units of a body's size written as a compound before its noun: "the 120-seat chamber".
_BODY_UNITS = frozenset(("seat", "member", "strong", "place", "bed"))


def _body_size(o: Operand) -> bool:
    """Whether a figure is a body's size told as a compound ("120-seat", "40-member")."""
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    return "-" in o.text and isinstance(unit, str) and unit.lower() in _BODY_UNITS


def _over_all(r: Reading, d: Operand, part: Operand, whole: Operand) -> Finding | None:
    computed = 2 * part.value - whole.value
    return stated_against(d, computed, f"{part.text} − ({whole.text} − {part.text})", (part, whole))


def _pair_before(r: Reading, d: Operand) -> tuple[Operand, Operand] | None:
    """The two figures of d's kind before it in its clause, compared by "compared with",
    "from", "than" between them: "1,420 cases this year compared with 1,610 last year"."""
    kind = "percent" if d.kind == "points" else d.kind  # "51% … against 47%, 4 points lower"
    earlier = [o for o in r.in_sentence(d.start) if o.end <= d.begin and o.kind == kind
               and (kind == "percent" or o.comparable(d)) and o.value_max is None]  # fmt: skip
    if len(earlier) < 2:
        return None
    a, b = earlier[-2], earlier[-1]
    words = r.between(a.end, b.begin)
    paired = contains(words, COMPARED) or (role(r, a), role(r, b)) == ("old", "new")
    if len(words) > 8 or ";" in words or not paired:  # "from 1,420 to 1,610, 190 more"
        return None
    if ";" in r.between(b.end, d.begin) or len(r.between(b.end, d.begin)) > 6:
        return None
    return a, b


def _compared_after(r: Reading, d: Operand) -> Finding | None:
    """ "… 2,730 planning appeals this year compared with 2,980 last year, 250 fewer.";
    "rose from 1,420 to 1,610, 190 more"; "44% against 40% a year ago, four points higher"."""
    if d.kind not in ("count", "money", "points"):
        return None
    tail = r.after(d.end, 2)
    if not tail or (tail[0],) not in COMPARED_AFTER or tail[1:2] not in ([], ["."], [","], [";"]):
        return None
    if r.before(d.begin, 1) != [","]:
        return None
    pair = _pair_before(r, d)
    return _test(d, *pair) if pair is not None else None


def _compared_across(r: Reading, d: Operand) -> Finding | None:
    """ "The mill chimney is 61 metres tall. The church spire beside it rises 48 metres. The
    chimney is 13 metres taller.": a difference ending its sentence, the only figure of it,
    against the one figure of its kind in each of the two sentences before."""
    tail = r.after(d.end, 2)
    if not tail or (tail[0],) not in TALLER or tail[1:] not in ([], ["."]):
        return None
    if len(r.in_sentence(d.start)) != 1 or (d.kind == "count" and _unit(d) is None):
        return None
    prev = r.previous_sentence(d.start)
    before = r.previous_sentence(prev[0]) if prev is not None else None
    if prev is None or before is None:
        return None
    pair = []
    for span in (before, prev):
        same = [o for o in r.in_sentence(span[0]) if o.kind == d.kind and o.comparable(d)]
        if len(same) != 1 or (d.kind == "count" and _unit(same[0]) != _unit(d)):
            return None  # one figure of the same measure ("52 metres", not "52 rooms")
        pair.append(same[0])
    return _test(d, pair[0], pair[1])


def _change_noun(r: Reading, d: Operand) -> Finding | None:
    """ "fell to 4,150 in June, down from 4,600 in March - a fall of 350": the change in
    the figures' own units, against the figures after "from" and "to"."""
    if d.kind not in ("count", "money") or ends_with(r.before(d.begin, 4), CHANGE_NOUN) is None:
        return None
    earlier = [o for o in r.in_sentence(d.start) if o.end <= d.begin and o.comparable(d)
               and o.kind == d.kind and o.value_max is None]  # fmt: skip
    olds = [o for o in earlier if role(r, o) == "old"]
    news = [o for o in earlier if role(r, o) == "new"]
    if len(earlier) == 1 and not olds and not news and ends_with(r.before(d.begin, 4), _MOVES):
        return _level_before(r, d, earlier[0])
    if len(earlier) == 2 and len(olds) == 1 and not news and earlier[0] is not olds[0]:
        # "The fare is £4.20, down from £4.80, a cut of 60p": the later level set off
        # before "down from" or "up from" its earlier one
        gap = r.between(earlier[0].end, olds[0].begin)
        if gap[:1] == [","] and gap[1:] in (["down", "from"], ["up", "from"]):
            news = earlier[:1]
    if len(olds) != 1 or len(news) != 1 or len(earlier) != 2:
        return None
    if ";" in r.figs.words(earlier[0].end, d.begin):
        return None
    return _test(d, olds[0], news[0])


#: The nouns of change that move a level (not "a further" or "an extra", which add one).
_MOVES = cues("a fall of", "a drop of", "a rise of", "an increase of", "a decrease of",
              "a reduction of", "a decline of", "a jump of", "a gain of", "a loss of",
              "a recovery of", "a rebound of", "a climb of", "a slide of")  # fmt: skip


def _level_before(r: Reading, d: Operand, new: Operand) -> Finding | None:
    """ "The lake stood 3.1 metres below its rim on 1 May. By June it was 1.9 metres below, a
    recovery of 1.2 metres": a change in a measure's own unit, after the one level of its
    sentence, against the one level of the sentence before in the paragraph. Both levels
    and the change name one unit ("metres"), or are money of one currency."""
    cue = ends_with(r.before(d.begin, 4), _MOVES) or ()
    lead = r.between(new.end, d.begin)[: -len(cue) or None]  # "2.9 metres below, a rise of"
    later = [o for o in r.in_sentence(d.start) if o.start >= d.end and o.kind == d.kind]
    if lead[-1:] != [","] or len(lead) > 6 or ";" in lead or any(o.comparable(d) for o in later):
        return None
    prev = r.previous_sentence(d.start)
    if prev is None or r.paragraph(prev[0]) != r.paragraph(d.start):
        return None
    olds = [o for o in r.in_sentence(prev[0]) if o.kind == d.kind and o.comparable(d)
            and o.value_max is None]  # fmt: skip
    if len(olds) != 1:
        return None
    units = {_unit(o) for o in (olds[0], new, d)}
    if d.kind == "count" and (len(units) != 1 or None in units):
        return None  # "2,000 visitors … 400 staff": counts of other things
    return _test(d, olds[0], new)


def _clear_of(r: Reading, d: Operand) -> Finding | None:
    """ "finished 6 points clear of Dale, 81 to 75": the margin against the tally that
    follows it in its clause, the two figures set against each other ("to", "-")."""
    if d.kind != "count" or starts_with(r.after(d.end, 2), _CLEAR) is None:
        return None
    later = [o for o in r.in_sentence(d.start) if o.start >= d.end and o.kind == d.kind
             and o.value_max is None and _same_measure(o, d)]  # fmt: skip
    if len(later) < 2 or clause_break(r.between(d.end, later[1].begin)):
        return None
    a, b = later[0], later[1]
    if len(r.between(d.end, a.begin)) > 6 or tuple(r.between(a.end, b.begin)) not in VERSUS:
        return None
    if tuple(r.between(a.end, b.begin)) in (("and",), ("with",)):
        return None  # "… clear of Dale, 81 and 75": two figures, no tally told
    return _test(d, a, b)


def _behind(r: Reading, d: Operand) -> Finding | None:
    """ "have 48 points with six games left, 9 behind the leaders, the Harriers, on 58": the
    gap between the figure before and the one after "on"."""
    tail = r.after(d.end, 2)
    if d.kind != "count" or tail[:1] not in (["behind"], ["ahead"], ["clear"]):
        return None
    sent = r.in_sentence(d.start)
    later = [o for o in sent if o.start >= d.end and o.kind == d.kind]
    if not later:
        return None
    b = later[0]
    gap = r.between(d.end, b.begin)
    if len(gap) > 8 or ";" in gap or ends_with(gap, _ON) is None:
        return None
    # the figure it trails: the last before it that says what it counts ("61 points"), not
    # one of an adjunct ("with eight games left")
    earlier = [o for o in sent if o.end <= d.begin and o.kind == d.kind
               and r.before(o.begin, 1) != ["with"]]  # fmt: skip
    if not earlier or _unit(earlier[-1]) is None or ";" in r.between(earlier[-1].end, d.begin):
        return None
    if not _same_measure(earlier[-1], b):
        return None  # "6 points clear … with 75 games played": points are no games
    return _test(d, earlier[-1], b)


def _same_measure(o: Operand, d: Operand) -> bool:
    """Whether ``o`` may be an operand of the difference ``d``: counts of two named units
    ("214 metres", "9,000 homes") measure different things and are never subtracted."""
    a, b = _unit(o), _unit(d)
    return a is None or b is None or a == b


def _unit(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    return getattr(v, "unit", None) or None


#: After a figure that is one side of a ratio or tally, not a margin: "won by two to one".
_TO_ONE = cues("to one", "to 1")


def _stated(r: Reading, d: Operand) -> Finding | None:
    if starts_with(r.after(d.end, 2), _TO_ONE) is not None:
        return None  # "carried by three to one": a ratio (see ratio), no margin of three
    head = r.before(d.begin, 5)
    won_by = head[-1:] == ["by"] and bool(WIN & set(_since_comma(r.before(d.begin, 9)[:-1])))
    tail = r.after(d.end, 3)
    named = ends_with(head, STATED) is not None or (
        head[-1:] != [] and head[-1] in _LINKS and _named_margin(r.before(d.begin, 8))
    )
    if not named and not won_by and starts_with(tail, STATED_AFTER) is None:
        return None
    points = d.kind in ("points", "percent") or (
        d.kind == "count" and r.after(d.end, 1) in (["pts"], ["pt"], ["points"])
    )
    want = "percent" if points else None
    sent = [o for o in r.in_sentence(d.start) if o is not d and _same_measure(o, d)
            and (o.kind == want if want else o.comparable(d))]  # fmt: skip
    earlier = _after_colon(r, [o for o in sent if o.end <= d.begin], d)
    later = [o for o in sent if o.start >= d.end]
    for a, b in [*reversed(list(itertools.pairwise(earlier))), *itertools.pairwise(later)]:
        if tuple(r.between(a.end, b.begin)) in VERSUS or _versus(r, a, b):
            return _test(d, a, b)
    if (
        len(earlier) == 2
        and not later
        and ";" not in r.between(earlier[0].end, d.begin)
        and part_of_whole(r, earlier[0], earlier[1]) is None  # "338 of the 649"
        and not starts_with(r.after(d.end, 5), OVER_ALL)
    ):
        # "pay €1,940 a month and its rival €2,260, a gap of €320": the only two
        # figures of the kind before the stated gap, however the clause joins them
        return _test(d, earlier[0], earlier[1])
    if won_by and not earlier and not later:
        # "won the seat by 515 votes. She polled 3,120, her nearest rival 2,605": the two
        # figures of the next sentence, when they are its only ones of the kind
        nxt = r.next_sentence(d.start)
        after = [o for o in r.in_sentence(nxt[0]) if o.comparable(d) and o.kind == d.kind
                 and o.value_max is None] if nxt is not None else []  # fmt: skip
        if len(after) == 2:
            return _test(d, after[0], after[1])
    prev = r.previous_sentence(d.start)
    if not earlier and not later and prev is not None:
        # "Members voted 412 to 377. The majority of 35 …": the tally of the sentence before
        tally = _tally(r, _tally_figures(r, prev, d), d, want)
        if tally is not None:
            return _test(d, *tally)
    if len(earlier) == 1 and not later and prev is not None and not won_by:
        # "The trust bid £2.6m. The buyer offered £3.1m, and the gap of £700,000 …"
        before = [o for o in r.in_sentence(prev[0])
                  if (o.kind == want if want else o.comparable(d))]  # fmt: skip
        if len(before) == 1:
            return _test(d, before[0], earlier[0])
    if (
        not won_by
        and d.kind == "count"
        and ends_with(head, STATED) is not None
        and len(earlier) + len(later) <= 1
        and not starts_with(r.after(d.end, 5), OVER_ALL)
        and (prev is None or len(earlier) == 0)
    ):
        # "carried the motion with a majority of 12 in the 90-seat assembly": no two figures whose
        # difference it is
        why = f"{d.text}: the text gives no two figures whose difference it is"
        return Finding(CHECK, d.start, d.end, "inconclusive", why, [*earlier, *later], d)
    if starts_with(r.after(d.end, 5), OVER_ALL) and len(earlier) >= 2:
        pair = part_of_whole(
            r, earlier[-2], earlier[-1]
        )  # "338 of the 649 seats, a majority of 27"
        if pair is not None:
            part, whole = pair
            computed = 2 * part.value - whole.value
            return stated_against(
                d, computed, f"{part.text} − ({whole.text} − {part.text})", (part, whole)
            )
    return None


#: Words that link a noun of margin to its figure: "margin … at 17", "lead was 6".
_LINKS = frozenset(("at", "of", "was", "is", "stood", "stands", "now", "just", "only"))


def _named_margin(words: list[str]) -> bool:
    """Whether the words before a figure name it as a margin with words between the noun
    and the figure: "their widest winning margin of the season at 17", "the lead they
    built was 6": a noun of ``_MARGIN_NOUNS``, at most five words with no mark, and a
    linking word of ``_LINKS`` right before the figure."""
    if not words or words[-1] not in _LINKS:
        return False
    for i in range(len(words) - 2, max(len(words) - 8, -1), -1):
        if words[i] in _MARGIN_NOUNS:
            # "a margin of error of three points" states a poll's precision, no margin
            return all(w.isalpha() for w in words[i + 1 :]) and "error" not in words[i + 1 :]
        if not words[i].isalpha():
            return False
    return False


def _since_comma(words: list[str]) -> list[str]:
    """The words after the last comma or semicolon of ``words``: the clause they end."""
    cut = max((i for i, w in enumerate(words) if w in (",", ";")), default=-1)
    return words[cut + 1 :]


def _after_colon(r: Reading, ops: list[Operand], d: Operand) -> list[Operand]:
    """The figures of ``ops`` after the last colon before ``d`` (the elaboration the
    difference closes: "split in two on Tuesday: one reached 41C while another 19C, a
    difference of 22 degrees"), or all of them when none stands between."""
    inside = [o for o in ops if ":" not in r.between(o.end, d.begin)]
    return inside if len(inside) < len(ops) and len(inside) == 2 else ops


def _tally_figures(r: Reading, prev: tuple[int, int], d: Operand) -> list[Operand]:
    """The figures of the sentence before the difference ``d`` that may hold its tally: its
    claims' figures, or, when it holds none, its bare ones ("backed it 412 to 377."), read
    only when ``d`` opens its sentence and so refers back to them ("The majority of 35 …",
    "Their 6-point margin …"), not a standing majority ("The party's majority of 40 …")."""
    held = r.in_sentence(prev[0])
    if held:
        return held
    return r.bare_before(d.start) if _opens_sentence(r, d) else []


def _opens_sentence(r: Reading, d: Operand) -> bool:
    """Whether the difference ``d`` opens its sentence: a determiner, then its cue or nothing."""
    head = [w.lower() for w in r.before(d.begin, 6)]
    if not head or head[0] not in _REFERS_BACK:
        return False
    rest = head[1:]
    return not rest or (ends_with(rest, STATED) or ()) == tuple(rest)


def _tally(
    r: Reading, figures: list[Operand], d: Operand, want: str | None
) -> tuple[Operand, Operand] | None:
    """The two sides of a vote or score among a sentence's ``figures`` ("backed it 412 to
    377"): its only two figures of the difference's measure, set against each other."""
    same = [o for o in figures if o.value_max is None and _same_measure(o, d)
            and (o.kind == want if want else o.comparable(d) and o.kind == d.kind)]  # fmt: skip
    if len(same) != 2:
        return None
    a, b = same
    gap = r.between(a.end, b.begin)
    if {"and", "with", ","} & set(gap):
        return None  # "1,046 members and 918 guests": two things counted, no tally
    return (a, b) if tuple(gap) in VERSUS or _versus(r, a, b) else None


def _versus(r: Reading, a: Operand, b: Operand) -> bool:
    words = r.between(a.end, b.begin)
    if len(words) > 8 or "," in words[:-1]:
        return False
    # "to 288", "votes to 288", "to her rival's 12,907", "of the vote to Berg's 47.5%"
    return (
        any(tuple(words[i:]) in VERSUS for i in range(len(words)))
        or (words[:1] in (["to"], ["against"], ["versus"]) and "and" not in words)
        or any(
            tuple(words[:i]) in VERSUS and len(words) - i <= 4 and "and" not in words[i:]
            for i in range(2, len(words))
        )
    )


def _more(r: Reading, d: Operand) -> Finding | None:
    tail = r.after(d.end, 4)
    cue = starts_with(tail, MORE)
    if cue is None or d.kind not in ("count", "money"):
        return None
    sent = r.in_sentence(d.start)
    later = [o for o in sent if o.start >= d.end and o.comparable(d)]
    earlier = [o for o in sent if o.end <= d.begin and o.comparable(d)]
    if not later:
        return None
    b = later[0]
    gap = r.between(d.end, b.begin)
    # "140 fewer than a year earlier, when it had 910": the figure compared with may
    # follow a time and "when"
    if (
        len(gap) > len(cue) + 2
        and not (len(gap) <= 10 and _WHEN & set(gap))
        and not (_named_of(gap[len(cue) - (cue[-1] in _THE) :]) and _same_measure(b, d))
    ):
        return None
    if not earlier:
        a = _restated_before(r, d)
        return None if a is None else _test(d, a, b)
    a = earlier[-1]
    lead = r.between(a.end, d.begin)
    # "412 pupils sat the test this summer, 96 fewer than the 508 of 2025": the figure set
    # off by a comma at the end of its clause
    set_off = (
        len(lead) <= 10
        and lead[-1:] == [","]
        and "," not in lead[:-1]
        and not ({"and", "but", "while", ";"} & set(lead))
    )
    # "At 95 metres the new bridge runs 15 metres longer than the 80-metre span": a figure
    # of the difference's own measure, the subject's, a few plain words before it
    measured = _unit(a) is not None and _unit(a) == _unit(d) and _same_measure(b, d)
    subject = measured and len(lead) <= 6 and all(w.isalpha() for w in lead)
    if len(lead) > 3 and not set_off and not subject:
        return None
    return _test(d, a, b)


_WHEN = frozenset(("when", "while", "where"))
_THE = frozenset(("the", "its", "their", "his", "her", "our", "this", "last", "a", "an"))


def _named_of(words: list[str]) -> bool:
    """ "the previous high of", "the council's estimate of": a short noun phrase that names
    the figure compared with, right before it."""
    return (
        2 <= len(words) <= 5
        and words[0] in _THE
        and (words[-1] == "of" or words[-1].endswith(("'s", "’s")))  # "the old holder's"
        and all(w.isalpha() or w in ("'s", "’s") or w.endswith(("'s", "’s")) for w in words)
    )


#: How a sentence that restates the one before opens: "That was 1,200 more than …".
_THAT_WAS = cues("that was", "that is", "this was", "this is", "it was", "it is", "that's",
                 "that ' s", "that’s", "that ’ s")  # fmt: skip


def _restated_before(r: Reading, d: Operand) -> Operand | None:
    """ "… logged 51,300 visits in May. That was 4,100 more than in April, when …":
    the one figure of the kind of the sentence before, when this one opens by restating it."""
    s0, _ = r.sentence(d.start)
    lead = r.figs.words(s0, d.begin)
    if len(lead) > 3 or starts_with(lead, _THAT_WAS) is None:
        return None
    prev = r.previous_sentence(d.start)
    if prev is None:
        return None
    before = [o for o in r.in_sentence(prev[0]) if o.comparable(d) and o.kind == d.kind
              and o.value_max is None]  # fmt: skip
    return before[0] if len(before) == 1 else None


#: Words that make the figure after them a threshold to reach: "needs 326 seats", "a target
#: of £50,000", "the 40 required".
_NEED = frozenset("need needs needed needing require requires required target threshold "
                  "quota".split())  # fmt: skip


def _short(r: Reading, d: Operand) -> Finding | None:
    """ "won 27, four short": a shortfall set off right after the figure it falls short by,
    against the one threshold of its sentence or the sentence before ("needs 31 of the 60
    seats for a majority"): a figure right after a word of need (``_NEED``)."""
    tail = r.after(d.end, 2)
    if d.kind not in ("count", "money") or tail[:1] != ["short"]:
        return None
    if tail[1:2] not in ([], [","], ["."], [";"]):
        return None  # "short of the 31": _more reads it
    sent = r.in_sentence(d.start)
    before = [o for o in sent if o.end <= d.begin and o.kind == d.kind]
    if not before and len(sent) == 1:
        return _short_of_the_sentence_before(r, d)
    if not before or r.between(before[-1].end, d.begin) != [","]:
        return None
    got = before[-1]
    spans = [r.sentence(d.start)]
    prev = r.previous_sentence(d.start)
    if prev is not None:
        spans.append(prev)
    needed = [o for span in spans for o in r.in_sentence(span[0]) if o is not got
              and o.kind == d.kind and o.comparable(got) and o.value_max is None
              and set(r.before(o.begin, 2)) & _NEED]  # fmt: skip
    if len(needed) != 1 or needed[0].value <= got.value:
        return None
    need = needed[0]
    rivals = [o for o in r.in_sentence(need.start) if o is not need and o is not got
              and o.kind == d.kind and o is not d and o.comparable(need)
              and r.between(need.end, o.begin) not in (["of", "the"], ["of"])]  # fmt: skip
    if rivals:
        # "needs 326 seats, or 300 with its partner": which threshold is meant is unclear
        why = f"{d.text} short: {need.text} and {rivals[0].text} may both be the threshold"
        return Finding(CHECK, d.start, d.end, "inconclusive", why, (need, got), d)
    return _test(d, need, got)


def _short_of_the_sentence_before(r: Reading, d: Operand) -> Finding | None:
    """ "The ward needs 40 nurses but has 31. That leaves it nine short.": a shortfall alone
    in its sentence, against the sentence before when that holds just two figures of its
    kind, one after a word of need (``_NEED``) and larger than the other."""
    prev = r.previous_sentence(d.start)
    if prev is None:
        return None
    there = [o for o in r.in_sentence(prev[0]) if o.kind == d.kind and o.comparable(d)]
    if len(there) != 2 or any(o.value_max is not None for o in there):
        return None
    needed = [o for o in there if set(r.before(o.begin, 2)) & _NEED]
    if len(needed) != 1:
        return None
    need = needed[0]
    got = there[1] if need is there[0] else there[0]
    if need.value <= got.value:
        return None
    return _test(d, need, got)


def _test(d: Operand, a: Operand, b: Operand) -> Finding:
    if a.value < b.value:
        a, b = b, a  # the larger first, so the working reads as it computes ("11 − -4")
    computed = a.value - b.value
    status, rule = _judge.total(d.value, d.place, computed, d.hedge)
    line = f"{a.text} − {b.text} = {_judge.fmt(computed)}; the text says {d.text} ({rule})"
    return Finding(CHECK, d.start, d.end, status, line, (a, b), d)
