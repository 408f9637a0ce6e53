"""Differences, majorities and margins: "by 320 votes to 280, a majority of 40", "54% of the
vote to 46%, a lead of 8 points", "a gap of £2m between the £5m and £3m bids", "1,200
applications, 300 more than the 900 last year". Differences are consistent within half a
unit of the stated figure's last digit, inconsistent at least one unit and 3% off.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, gate, starts_with
from factcheck.checks.relations import Finding, References

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
#: After the figure: "an 8.4-point margin", "a 27-seat majority".
STATED_AFTER = cues("margin", "lead", "gap", "majority", "advantage", "difference", "deficit",
                    "shortfall", "surplus", "- point margin", "- point lead", "- seat majority",
                    "- vote majority", "- vote margin", "- point gap")  # fmt: skip
#: Verbs a margin follows with "by": "won the seat by 1,412 votes", "leads the poll by 6 points".
WIN = frozenset("won win wins winning leads lead led leading beat beats beaten trails trailed "
                "trailing lost lose loses losing ahead".split())  # fmt: skip
#: "a majority of 27 over all other parties": over everyone else, not over the runner-up.
OVER_ALL = cues("over all other parties", "over all others", "over all the others",
                "over all other", "over the rest", "over all other members",
                "over all opposition parties", "over the opposition")  # fmt: skip
CUES = STATED | VERSUS | MORE | STATED_AFTER | OVER_ALL


_GATE = gate(STATED | MORE | STATED_AFTER | cues(*sorted(WIN)))  # a word each binding needs


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for d in r.gated(_GATE):
        if d.kind not in ("count", "money", "points", "percent") or d.value_max is not None:
            continue
        found = _stated(r, d) or _more(r, d)
        if found is not None:
            yield found


def _stated(r: Reading, d: Operand) -> Finding | None:
    head = r.before(d.begin, 5)
    won_by = head[-1:] == ["by"] and bool(WIN & set(head[:-1]))
    tail = r.after(d.end, 3)
    if ends_with(head, STATED) is None and not won_by and starts_with(tail, STATED_AFTER) is None:
        return None
    want = "percent" if d.kind in ("points", "percent") else None
    sent = [o for o in r.in_sentence(d.start) if o is not d
            and (o.kind == want if want else o.comparable(d))]  # fmt: skip
    earlier = [o for o in sent if o.end <= d.begin]
    later = [o for o in sent if o.start >= d.end]
    for a, b in [*reversed(list(itertools.pairwise(earlier))), *itertools.pairwise(later)]:
        if tuple(r.between(a.end, b.begin)) in VERSUS or _versus(r, a, b):
            return _test(d, a, b)
    prev = r.previous_sentence(d.start)
    if len(earlier) == 1 and not later and prev is not None and not won_by:
        # "The council bid £3.4m. The developer offered £4.1m, and the gap of £900,000 …"
        before = [o for o in r.in_sentence(prev[0])
                  if (o.kind == want if want else o.comparable(d))]  # fmt: skip
        if len(before) == 1:
            return _test(d, before[0], earlier[0])
    if starts_with(r.after(d.end, 5), OVER_ALL) and len(earlier) >= 2:
        part, whole = earlier[-2], earlier[-1]  # "holds 338 of the 649 seats, a majority of 27"
        if r.between(part.end, whole.begin)[:1] == ["of"] and whole.value > part.value:
            computed = 2 * part.value - whole.value
            status, rule = _judge.total(d.value, d.place, computed, d.hedge)
            line = (f"{part.text} − ({whole.text} − {part.text}) = {_judge.fmt(computed)}; "
                    f"the text says {d.text} ({rule})")  # fmt: skip
            return Finding(CHECK, d.start, d.end, status, line, (part, whole), d)
    return None


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
    if not later or not earlier:
        return None
    b = later[0]
    if len(r.between(d.end, b.begin)) > len(cue) + 2:
        return None
    a = earlier[-1]
    if len(r.between(a.end, d.begin)) > 3:
        return None
    return _test(d, a, b)


def _test(d: Operand, a: Operand, b: Operand) -> Finding:
    computed = abs(a.value - b.value)
    status, rule = _judge.total(d.value, d.place, computed, d.hedge)
    line = f"{a.text} − {b.text} = {_judge.fmt(computed)}; the text says {d.text} ({rule})"
    return Finding(CHECK, d.start, d.end, status, line, (a, b), d)
