"""Ratios between two counts of the sentence: "3,600 pupils and 240 teachers, a ratio of 15
to one", "1,350 pupils share 90 teachers, or 15 pupils per teacher", "a ratio of 3:1",
"18 beds for every nurse". The counts are bound by what they count (the unit the quantity
extractor read: "pupils", "teacher"), not by their place. A ratio is consistent within one
unit of its last digit and inconsistent more than two units and 10% off.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import honest
from factcheck.models import QuantityValue

NAME = "ratio"
CHECK = "arithmetic"
#: Before the stated ratio: "a ratio of 15 to one"; after its figure: "to one", ": 1".
STATED = cues("a ratio of", "ratio of", "a ratio of about", "in a ratio of", "at a ratio of",
              "ratio stood at", "ratio was", "ratio is", "ratio at", "ratio stands at",
              "ratio of about", "ratio was about")  # fmt: skip
TO_ONE = cues("to one", "to 1", ": 1", "- to - one", "for every one")
#: After "N pupils": the unit it is counted per.
PER = cues("per", "for every", "to each", "for each", "to every", "a")
#: Before N in "one doctor for every N people".
FOR_EVERY = cues("for every", "to every", "per every", "for each")
#: Before "N to one" told as a margin: "outsells it by three to one", "backed it by a margin
#: of four to one".
BY = cues("by", "by a margin of", "by a ratio of", "by almost", "by nearly", "by about",
          "by more than", "by roughly", "by some")  # fmt: skip
#: Between the two counts such a margin compares: "7,800 against 2,600", "1,500 for and 500
#: against", "480 to 160".
_SET_AGAINST = frozenset(("against", "to", "versus", "vs", "and", "compared", "for"))
#: Verbs that state a ratio of two groups without "by": "women outnumber men seven to one".
_OUT_VERBS = frozenset("outnumber outnumbers outnumbered outnumbering outsell outsells "
                       "outsold outselling outvoted outscored outweigh outweighs "
                       "outweighed".split())  # fmt: skip
CUES = STATED | TO_ONE | PER | FOR_EVERY | BY | cues(*sorted(_OUT_VERBS))


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for op in r.operands:
        if op.kind == "multiple" and op.value_max is None and op.value > 0:
            found = _to_one(r, op)  # "a ratio of 2.5 times"
            if found is not None:
                yield found
            continue
        if op.kind != "count" or op.value_max is not None or op.value <= 0:
            continue
        found = _to_one(r, op) or _per_unit(r, op) or _one_for_every(r, op) or _by_to_one(r, op)
        if found is not None:
            yield found


def _unit(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    return v.unit.lower() if isinstance(v, QuantityValue) and v.unit else None


def _to_one(r: Reading, op: Operand) -> Finding | None:
    """ "…, a ratio of 15 to one": the first count of the sentence over the second."""
    if ends_with(r.before(op.begin, 4), STATED) is None:
        return None
    if op.kind != "multiple" and not starts_with(r.after(op.end, 3), TO_ONE):
        return None  # "a ratio of 15 to one", "a ratio of 2.5 times"
    earlier = [o for o in r.in_sentence(op.start) if o.end <= op.begin]
    counts = [o for o in earlier if o.kind == "count" and _unit(o) is not None]
    money = [o for o in earlier if o.kind == "money" and o.value_max is None]
    if len(money) == 2 and not counts and money[0].comparable(money[1]) and money[1].value:
        # "debts of £420,000 against an income of £84,000, a ratio of 5:1": two sums of one
        # currency set against each other
        if _SET_AGAINST & set(r.between(money[0].end, money[1].begin)) - {"and"}:
            return _test(op, money[0], money[1])
        return None
    if op.kind == "multiple" or len(counts) != 2 or counts[1].value == 0:
        return None
    if _unit(counts[0]) == _unit(counts[1]):
        return None
    return _test(op, counts[0], counts[1])


def _by_to_one(r: Reading, op: Operand) -> Finding | None:
    """ "outsells its brie by four to one: 6,400 rounds against 1,600": the larger of the
    sentence's only two other counts over the smaller, when they are set against each other
    (a few words between, one of "against", "to", "and", "versus")."""
    out_verb = bool(_OUT_VERBS & set(r.before(op.begin, 7)))  # "outnumber women on the course"
    if (ends_with(r.before(op.begin, 4), BY) is None and not out_verb) or op.value < 1:
        return None
    cue = starts_with(r.after(op.end, 3), TO_ONE)
    if cue is None:
        return None
    sent = r.in_sentence(op.start)
    others = []
    for o in sent:
        if o is op or (o.start >= op.end and tuple(r.between(op.end, o.begin)) == cue[:-1]):
            continue  # the ratio itself, and the "1" of "3 to 1" or "3:1"
        if o.kind in ("percent", "points", "duration", "multiple", "fraction", "ratio"):
            continue
        others.append(o)
    if len(others) != 2 or not others[0].comparable(others[1]):
        return None
    a, b = others
    if a.value_max is not None or b.value_max is not None or min(a.value, b.value) <= 0:
        return None
    gap = r.between(a.end, b.begin)
    if len(gap) > 6 or not _SET_AGAINST & set(gap) or {";", "."} & set(gap):
        return None
    units = (_unit(a), _unit(b))
    if (
        None not in units
        and units[0] != units[1]
        and not (_SET_AGAINST - {"and"}) & set(gap)
        and not (out_verb and _named_before(r, op, units))  # "women outnumber men"
    ):
        return None  # "240 staff and 35 buildings": two things, not set against each other
    lo, hi = min(op.end, a.begin), max(op.begin, b.end)
    if ";" in r.between(lo, hi):
        return None
    big, small = sorted((a, b), key=lambda o: -o.value)
    # "by three to one" says what "three times as many" says: held as a multiple
    computed = big.value / small.value
    status, rule = _judge.multiple(op.value, computed, op.hedge)
    line = (f"{big.text} / {small.text} = {_judge.fmt(computed)} to one; the text says "
            f"{op.text} to one ({rule})")  # fmt: skip
    return Finding(CHECK, op.start, op.end, status, line, (big, small), op)


def _named_before(r: Reading, op: Operand, units: tuple[str | None, str | None]) -> bool:
    """Whether both nouns the counts count stand before the ratio as its two groups ("Women
    outnumber men seven to one: 1,800 women and 450 men")."""
    words = {w.lower() for w in r.before(op.begin, 8)}
    return all(u is not None and bool(_forms(u) & words) for u in units)


def _forms(noun: str) -> set[str]:
    """A noun the quantity extractor read (in the singular) and its regular and -man plurals
    ("woman": women; "city": cities; "sheep": sheep)."""
    forms = {noun, noun + "s", noun + "es", noun.rstrip("s")}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    if noun.endswith("man"):
        forms.add(noun[:-3] + "men")
    if noun == "person":
        forms.add("people")
    return forms


def _per_unit(r: Reading, op: Operand) -> Finding | None:
    """ "1,350 pupils share 90 teachers, or 15 pupils per teacher"."""
    mine = _unit(op)
    tail = r.after(op.end, 4)
    per = starts_with(tail, PER)
    if per is None or len(tail) <= len(per):
        return None
    unit = tail[len(per)]
    others = [o for o in r.in_sentence(op.start) if o is not op and o.kind == "count"]
    if mine is None and per in _EVERY:
        # "2,400 applicants for 150 places mean 16 for every place": the count named by
        # the unit after "for every", and the one other count with a noun before the ratio
        mine = _other_noun(op, others, unit)
    if mine is None:
        return None
    whole = [o for o in others if o.end <= op.begin and _unit(o) == mine]
    by = [o for o in others if o.end <= op.begin and _unit(o) in (unit, unit + "s")]
    if len(whole) != 1 or len(by) != 1 or by[0].value == 0 or unit == mine:
        return None
    return _test(op, whole[0], by[0])


_EVERY = cues("for every", "to every", "for each", "to each")


def _other_noun(op: Operand, others: list[Operand], unit: str) -> str | None:
    """The noun of the one count before ``op`` that is not of ``unit`` ("applicants"),
    when one count of ``unit`` ("places") is there too."""
    before = [o for o in others if o.end <= op.begin and _unit(o) is not None]
    by = [o for o in before if _unit(o) in (unit, unit + "s")]
    rest = [o for o in before if o not in by]
    return _unit(rest[0]) if len(by) == 1 and len(rest) == 1 else None


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
    if op.kind == "multiple":  # "a ratio of 2.5 times" is held as a multiple
        status, rule = _judge.multiple(op.value, computed, op.hedge)
    else:
        status, rule = _judge.ratio(op.value, op.place, computed, op.hedge)
    line = f"{a.text} / {b.text} = {_judge.fmt(computed)}; the text says {op.text} ({rule})"
    return Finding(CHECK, op.start, op.end, status, line, (a, b), op)
