"""Shares of a vote: "passed by 240 votes to 95, more than the two-thirds it needed", "won
by 1,210 to 640, over 60% of those voting", "backed 300 to 210, short of the three-fifths
required". The share is the first side of the "N to M" split over both sides; a share stated
as a threshold ("more than", "short of") holds when the split is on its side of it (the
tolerance of ``_judge.hedged``), a plain one ("two-thirds of those voting") when it is
about the split's share.

A fraction or percentage after a vote split is a share of the vote, never a multiple of
one side by the other ("212 to 98, more than two-thirds" is no factor of 98 / 212).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import honest

NAME = "majority"
CHECK = "arithmetic"
#: Between the two sides of a vote: "240 votes to 95", "1,210 to 640", "300 against 210".
SPLIT = cues("to", "votes to", "against", "votes against", "in favour to", "for to",
             "for and", "in favour and")  # fmt: skip
#: Before the share: the side of the threshold the split is on.
ABOVE = cues("more than", "more than the", "over", "over the", "above", "above the",
             "beyond the", "clearing the", "clear of the", "comfortably over", "well over",
             "well above", "at least", "at least the", "exceeding the", "surpassing the",
             "comfortably more than", "well over the", "comfortably above the")  # fmt: skip
BELOW = cues("less than", "less than the", "short of", "short of the", "under", "under the",
             "below", "below the", "falling short of the", "just short of the",
             "fewer than", "just under", "just below the", "just under the")  # fmt: skip
#: A share stated plainly: "- two-thirds of those voting", ", or 65% of the vote".
PLAIN = cues("or", "or about", "or some", "about", "roughly", "some", "or roughly", "nearly",
             "or nearly", "almost", "or almost", "with")  # fmt: skip
#: After "N of the M …" and a comma: a share stated as a word ("290 of the 610 nurses, a
#: clear majority, …"): more than half, or less.
MAJORITY = cues("a majority", "a clear majority", "a narrow majority", "a slim majority",
                "a small majority", "a bare majority", "a large majority", "a big majority",
                "an overwhelming majority", "a comfortable majority", "the majority")  # fmt: skip
MINORITY = cues("a minority", "a small minority", "a large minority", "a sizeable minority",
                "a sizable minority", "a tiny minority", "the minority")  # fmt: skip
#: Between the part and its whole: "275 of the 520 staff".
OF = cues("of", "of the", "of its", "of their", "out of", "out of the")
CUES = SPLIT | ABOVE | BELOW | PLAIN | MAJORITY | MINORITY | OF
_WORD_GATE = gate(MAJORITY | MINORITY)

_PLAIN_HEDGE = {
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "roughly": "about",
    "some": "about",
}
_PUNCT = frozenset((",", "-", "–", "—", "(", ";"))


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    ops = r.operands
    for i, m in enumerate(ops):
        if m.kind not in ("fraction", "percent") or m.value_max is not None or i < 2:
            continue
        if ops[i - 1].kind != "count" or ops[i - 2].kind != "count":
            continue  # the two figures right before it must be the split's (read in text order)
        share = m.value / 100 if m.kind == "percent" else m.value
        if not 0 < share < 1:
            continue
        found = _vote_share(r, m, share)
        if found is not None:
            yield found
    for m in ops:
        if m.kind in ("fraction", "percent") and m.value_max is None:
            found = _share_after_split(r, m)
            if found is not None:
                yield found
    text = r.doc.text
    if "ajority" not in text and "inority" not in text:
        return  # every cue of a share in words holds "majority" or "minority"
    held = r.gated(_WORD_GATE)
    for a, b in itertools.pairwise(held):
        found = _majority_word(r, a, b) or _majority_of_sides(r, a, b)
        if found is not None:
            yield found
    for a, b in itertools.pairwise(r.operands):
        nxt = r.next_sentence(b.start)
        if nxt is not None and r.sentence(a.start) == r.sentence(b.start):
            found = _majority_of_sides(r, a, b, nxt)
            if found is not None:
                yield found


#: Between the two sides of a vote named for and against: "1,150 votes for and 960
#: against", "54 shares in favour and 61 against".
SIDES = cues("for and", "in favour and", "in favor and", "votes for and", "shares for and",
             "votes in favour and", "shares in favour and")  # fmt: skip
#: After "a majority": the side it is of. "a clear majority backed the plan" is the side for.
BACKED = cues("backed", "supported", "voted for", "approved", "favoured", "favored",
              "were in favour", "was in favour", "voted in favour", "endorsed")  # fmt: skip
OPPOSED = cues("opposed", "rejected", "voted against", "were against", "was against",
               "voted down", "turned down")  # fmt: skip
CUES = CUES | SIDES | BACKED | OPPOSED


def _majority_of_sides(
    r: Reading, a: Operand, b: Operand, nxt: tuple[int, int] | None = None
) -> Finding | None:
    """ "Tenants cast 1,150 votes for and 960 against; a clear majority backed the transfer":
    "a majority" (or "a minority") with a verb of backing or opposing, in the split's
    sentence after ";" or "," or opening the next sentence (``nxt``), against the share of
    the side that verb names."""
    if a.kind != "count" or b.kind != "count" or a.value_max is not None or b.value_max is not None:
        return None
    if tuple(r.between(a.end, b.begin)) not in SIDES or r.after(b.end, 1) != ["against"]:
        return None
    if nxt is None:
        s1 = r.sentence(b.start)[1]
        words, starts = r.figs.words(b.end, s1), r.figs.starts(b.end, s1)
        mark = next((i for i, w in enumerate(words[:4]) if w in (";", ",")), None)
        if mark is None:
            return None
        at = mark + 1
    else:
        words, starts = r.figs.words(*nxt), r.figs.starts(*nxt)
        at = 0
    if any(o.start >= starts[at] for o in r.in_sentence(starts[at])) if at < len(starts) else True:
        return None  # another figure in the clause: the majority may be of it
    rest = [w.lower() for w in words[at : at + 8]]
    cue = starts_with(rest, MAJORITY)
    more = cue is not None
    cue = cue or starts_with(rest, MINORITY)
    if cue is None:
        return None
    tail = rest[len(cue) :]
    if starts_with(tail, BACKED) is not None:
        side, other = a, b
    elif starts_with(tail, OPPOSED) is not None:
        side, other = b, a
    else:
        return None
    if side.value + other.value == 0:
        return None
    start, end = starts[at], starts[at + len(cue) - 1] + len(words[at + len(cue) - 1])
    computed = side.value / (side.value + other.value)
    ok = computed > 0.5 if more else computed < 0.5
    said = " ".join(cue)
    line = (f"{side.text} / ({a.text} + {b.text}) = {computed:.1%}; the text says {said} "
            f"({'more' if more else 'less'} than half)")  # fmt: skip
    return Finding(CHECK, start, end, "consistent" if ok else "inconsistent", line, (a, b), None)


def _majority_word(r: Reading, a: Operand, b: Operand) -> Finding | None:
    """ "275 of the 520 staff, a clear majority, backed the deal": the part over the whole
    against more than half ("a majority") or less ("a minority")."""
    if a.kind != "count" or b.kind != "count" or b.value <= a.value or a.value_max is not None:
        return None
    if tuple(r.between(a.end, b.begin)) not in OF or r.sentence(a.start) != r.sentence(b.start):
        return None
    s1 = r.sentence(b.start)[1]
    words, starts = r.figs.words(b.end, s1)[:8], r.figs.starts(b.end, s1)[:8]
    comma = next((i for i, w in enumerate(words) if w in (",", "-", "–", "—", "(")), None)
    if comma is None or comma > 4 or any(o.start > b.end and o.end <= starts[comma]
                                         for o in r.in_sentence(b.start)):  # fmt: skip
        return None
    rest = words[comma + 1 :]
    cue = starts_with(rest, MAJORITY)
    more = cue is not None
    cue = cue or starts_with(rest, MINORITY)
    if not cue or rest[len(cue) : len(cue) + 1] not in ([","], ["-"], ["–"], ["—"], [")"], ["."]):
        return None  # an apposition ("…, a clear majority, voted"), not "a majority said"
    at = comma + 1
    start, end = starts[at], starts[at + len(cue) - 1] + len(words[at + len(cue) - 1])
    computed = a.value / b.value
    ok = computed > 0.5 if more else computed < 0.5
    said = " ".join(cue)
    line = (f"{a.text} / {b.text} = {computed:.1%}; the text says {said} "
            f"({'more' if more else 'less'} than half)")  # fmt: skip
    status = "consistent" if ok else "inconsistent"
    return Finding(CHECK, start, end, status, line, (a, b), None)


#: Between the votes for and all the votes: "310 votes in favour out of 450".
PART_OF = cues("out of", "out of the", "votes out of", "in favour out of", "for out of",
               "votes in favour out of", "votes for out of", "of the", "of its")  # fmt: skip
CUES = CUES | PART_OF


def _split(r: Reading, m: Operand) -> tuple[Operand, Operand, bool] | None:
    """The "N to M" vote split right before the share: the two counts last before it, and
    whether the second is all the votes ("310 votes in favour out of 450")."""
    before = [o for o in r.in_sentence(m.start) if o.end <= m.begin and o is not m]
    if len(before) < 2:
        return None
    a, b = before[-2], before[-1]
    if a.kind != "count" or b.kind != "count" or a.value_max is not None:
        return None
    if b.value_max is not None:
        return None
    between = tuple(r.between(a.end, b.begin))
    if between in SPLIT:
        return a, b, False
    if between in PART_OF and b.value > a.value:
        return a, b, True
    return None


#: What opens a sentence that sets a share against the vote of the sentence before.
_THAT_WAS = cues("that was", "this was", "it was", "that is", "this is", "that gave it",
                 "that gave them", "that gave him", "that gave her")  # fmt: skip


def _share_after_split(r: Reading, m: Operand) -> Finding | None:
    """ "Councillors backed the plan by 31 votes to 17. That was more than the two-thirds it
    needed.": a threshold opening the next sentence after "That was" against the first
    side of the one "N to M" split of the sentence before (its claims, or its bare figures
    through ``Reading.bare_before``)."""
    share = m.value / 100 if m.kind == "percent" else m.value
    if not 0 < share < 1 or len(r.in_sentence(m.start)) > 1:
        return None
    s0, _ = r.sentence(m.start)
    lead = [w.lower() for w in r.figs.after(s0, 8, ceiling=m.begin)]
    opener = starts_with(lead, _THAT_WAS)
    if opener is None:
        return None
    words = lead[len(opener) :]
    if ends_with(words, ABOVE) == tuple(words) and words:
        side = "more than" if words[:2] != ["at", "least"] else "at least"
    elif ends_with(words, BELOW) == tuple(words) and words:
        side = "less than"
    else:
        return None
    prev = r.previous_sentence(m.start)
    if prev is None:
        return None
    figures = [o for o in r.in_sentence(prev[0]) if o.kind == "count"] or [
        o for o in r.bare_before(m.start) if o.kind == "count"
    ]
    pairs = [(a, b) for a, b in itertools.pairwise(figures)
             if tuple(r.between(a.end, b.begin)) in SPLIT and a.value_max is None
             and b.value_max is None]  # fmt: skip
    if len(pairs) != 1 or len(figures) != 2:
        return None
    a, b = pairs[0]
    if a.value + b.value == 0:
        return None
    computed = a.value / (a.value + b.value)
    if m.kind == "percent":
        status, rule = _judge.ratio(m.value, m.place, computed * 100, side)
        said = f"{computed * 100:.3g}%"
    else:
        status, rule = _judge.hedged(side, share, computed) or ("consistent", "")
        said = f"{computed:.3g}"
    line = (f"{a.text} / ({a.text} + {b.text}) = {said} of the vote; the text says "
            f"{m.text} ({rule})")  # fmt: skip
    return Finding(CHECK, m.start, m.end, status, line, (a, b), m)


def _vote_share(r: Reading, m: Operand, share: float) -> Finding | None:
    pair = _split(r, m)
    if pair is None:
        return None
    a, b, of_all = pair
    words = r.between(b.end, m.begin)
    if not words or words[0] not in _PUNCT:
        return None  # the share must be set beside the split: "…, more than two-thirds"
    words = [w for w in words[1:] if w not in _PUNCT]
    side = m.hedge
    if of_all and not words:
        return None  # "300 of the 450, two-thirds": a plain share, the share relation's
    if words:
        if ends_with(words, ABOVE) == tuple(words):
            side = "more than" if words[:2] != ["at", "least"] else "at least"
        elif ends_with(words, BELOW) == tuple(words):
            side = "less than"
        elif ends_with(words, PLAIN) == tuple(words) and not of_all:
            side = side or _PLAIN_HEDGE.get(words[-1])
        else:
            return None
    if a.value + b.value == 0:
        return None
    # a part of all the votes is over them; a side of a split over both sides
    computed = a.value / b.value if of_all else a.value / (a.value + b.value)
    if m.kind == "percent":
        status, rule = _judge.ratio(m.value, m.place, computed * 100, side)
        said = f"{computed * 100:.3g}%"
    else:
        status, rule = _judge.hedged(side or "about", share, computed) or ("consistent", "")
        said = f"{computed:.3g}"
    over = b.text if of_all else f"({a.text} + {b.text})"
    line = f"{a.text} / {over} = {said} of the vote; the text says {m.text} ({rule})"
    return Finding(CHECK, m.start, m.end, status, line, (a, b), m)
