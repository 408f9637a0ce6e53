"""Per head and per unit: "£2 million among 400 families, or £5,000 each", "works out at
£2,000 for each of the 6,000 farms", "£12m for 3,000 pupils, £4,000 a pupil", "a cost of
£600 per household". A per-unit figure is a ratio: consistent within one unit of its last
written digit, inconsistent more than two units and 10% off.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Reading, cues, ends_with, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations.average import AVERAGE

NAME = "per_unit"
CHECK = "arithmetic"
EACH = cues("each", "apiece", "a head", "per head", "per person", "a person", "per capita",
            "per household", "per home", "per family", "per pupil", "per student", "per patient",
            "per resident", "per worker", "per employee", "for each", "a household", "a home",
            "a family", "a pupil", "a student", "a patient", "a resident", "a worker",
            "per member", "a member", "per farm", "a farm", "per child", "a child", "per user",
            "a user", "per customer", "a customer", "per employee", "an employee", "per team",
            "a team", "per club", "a club", "per school", "a school", "per village",
            "per inhabitant", "per citizen", "per adult", "per passenger", "a passenger",
            "per recipient", "per applicant", "per victim", "per claimant")  # fmt: skip
LEAD = cues(", or", "(", ", about", ", roughly", ", nearly", ", an average of", "works out at",
            "work out at", "worked out at", "amounts to", "amount to", "comes to", "came to",
            ", or about", ", or roughly", ", or nearly", ", or around", ", around",
            ", or some", "—", "-", ", that is", "equivalent to", ", equivalent to", "or",
            ", averaging", "averaging", ", giving", "giving", ", so", "so", "meaning",
            ", meaning", "of", ", i.e.", "at", ",")  # fmt: skip
CUES = EACH | LEAD
_FOR_EACH_OF = cues("for each of the", "for each of", "each of the", "for every one of the",
                    "to each of the", "for each of its", "for each of their")  # fmt: skip

_GATE = gate(EACH)  # a word of each per-unit cue


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for each in r.gated(_GATE):  # "each", "per head", ... right after the figure, or nothing
        if each.kind not in ("money", "count") or each.value_max is not None:
            continue
        tail = r.after(each.end, 6)
        if starts_with(tail, EACH) is None:
            continue
        if ends_with(r.before(each.begin, 4), AVERAGE) is not None:
            continue  # "an average of £1.2m each": the average relation reads it
        sent = r.in_sentence(each.start)
        before = [o for o in sent if o.end <= each.begin]
        led = bool(before) and ends_with(r.between(before[-1].end, each.begin)[-5:], LEAD)
        if not led and not starts_with(tail, _FOR_EACH_OF):
            continue
        totals = [o for o in before if o.comparable(each) and o.kind == each.kind]
        counts = [o for o in before if o.kind == "count" and o is not each]
        of = starts_with(tail, _FOR_EACH_OF)
        after = [o for o in sent if o.start >= each.end]
        if of and after and after[0].kind == "count":
            counts = [after[0]]
        if each.kind == "count":
            totals = [o for o in totals if o not in counts[-1:]]
        if not totals or not counts or counts[-1].value == 0:
            continue
        total, count = totals[-1], counts[-1]
        if total is count:
            continue
        computed = total.value / count.value
        status, rule = _judge.ratio(each.value, each.place, computed, each.hedge)
        line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says "
                f"{each.text} ({rule})")  # fmt: skip
        yield Finding(CHECK, each.start, each.end, status, line, (total, count), each)
