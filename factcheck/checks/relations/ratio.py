"""Ratios between two counts of the sentence: "3,600 pupils and 240 teachers, a ratio of 15
to one", "1,120 pupils share 70 teachers, or 24 pupils per teacher", "a ratio of 3:1",
"18 beds for every nurse". The counts are bound by what they count (the unit the quantity
extractor read: "pupils", "teacher"), not by their place. A ratio is consistent within one
unit of its last digit and inconsistent more than two units and 10% off.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.models import QuantityValue

NAME = "ratio"
CHECK = "arithmetic"
#: Before the stated ratio: "a ratio of 15 to one"; after its figure: "to one", ": 1".
STATED = cues("a ratio of", "ratio of", "a ratio of about", "in a ratio of", "at a ratio of")
TO_ONE = cues("to one", "to 1", ": 1", "- to - one", "for every one")
#: After "N pupils": the unit it is counted per.
PER = cues("per", "for every", "to each", "for each", "to every", "a")
#: Before N in "one doctor for every N people".
FOR_EVERY = cues("for every", "to every", "per every", "for each")
CUES = STATED | TO_ONE | PER | FOR_EVERY


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for op in r.operands:
        if op.kind != "count" or op.value_max is not None or op.value <= 0:
            continue
        found = _to_one(r, op) or _per_unit(r, op) or _one_for_every(r, op)
        if found is not None:
            yield found


def _unit(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    return v.unit.lower() if isinstance(v, QuantityValue) and v.unit else None


def _to_one(r: Reading, op: Operand) -> Finding | None:
    """ "…, a ratio of 15 to one": the first count of the sentence over the second."""
    if ends_with(r.before(op.begin, 4), STATED) is None or not starts_with(
        r.after(op.end, 3), TO_ONE
    ):
        return None
    counts = [o for o in r.in_sentence(op.start) if o.end <= op.begin and o.kind == "count"
              and _unit(o) is not None]  # fmt: skip
    if len(counts) != 2 or counts[1].value == 0 or _unit(counts[0]) == _unit(counts[1]):
        return None
    return _test(op, counts[0], counts[1])


def _per_unit(r: Reading, op: Operand) -> Finding | None:
    """ "1,120 pupils share 70 teachers, or 24 pupils per teacher"."""
    mine = _unit(op)
    tail = r.after(op.end, 4)
    per = starts_with(tail, PER)
    if mine is None or per is None or len(tail) <= len(per):
        return None
    unit = tail[len(per)]
    others = [o for o in r.in_sentence(op.start) if o is not op and o.kind == "count"]
    whole = [o for o in others if o.end <= op.begin and _unit(o) == mine]
    by = [o for o in others if o.end <= op.begin and _unit(o) in (unit, unit + "s")]
    if len(whole) != 1 or len(by) != 1 or by[0].value == 0 or unit == mine:
        return None
    return _test(op, whole[0], by[0])


def _one_for_every(r: Reading, op: Operand) -> Finding | None:
    """ "96 GPs for 120,000 residents, … one doctor for every 1,250 people": N is the larger
    of the two other counts over the smaller; with no counts in the sentence, the two of the
    sentence before or after it in the paragraph ("one nurse for every 12 patients. The
    ward had 540 patients and 30 nurses")."""
    head = r.before(op.begin, 5)
    cue = ends_with(head, FOR_EVERY)
    if cue is None or "one" not in head[: len(head) - len(cue)][-3:]:
        return None
    pool = [o for o in r.in_sentence(op.start) if o is not op and o.kind == "count"]
    if not pool:
        for span in (r.previous_sentence(op.start), r.next_sentence(op.start)):
            if span is not None:
                pool += [o for o in r.in_sentence(span[0]) if o.kind == "count"]
    if len(pool) != 2 or min(o.value for o in pool) <= 0:
        return None
    small, big = sorted(pool, key=lambda o: o.value)
    return _test(op, big, small)


def _test(op: Operand, a: Operand, b: Operand) -> Finding:
    computed = a.value / b.value
    status, rule = _judge.ratio(op.value, op.place, computed, op.hedge)
    line = f"{a.text} / {b.text} = {_judge.fmt(computed)}; the text says {op.text} ({rule})"
    return Finding(CHECK, op.start, op.end, status, line, (a, b), op)
