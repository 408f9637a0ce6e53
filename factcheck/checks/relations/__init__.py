"""The relation registry: one module per kind of relation between figures.

A relation module has

* ``NAME``: the relation ("conversion", "change", "parts", ...);
* ``CHECK``: the output check type it reports as (conversion, elapsed, weekday, arithmetic);
* ``CUES``: the cue phrases, as token tuples, that assert the relation;
* ``find(reading, refs) -> Iterator[Finding]``: binds the relation's operands in the
  reading and tests them; a relation whose operands cannot be bound without ambiguity,
  or whose reference is missing, yields an ``inconclusive`` finding with the reason.

``RELATIONS`` lists them in the order they run: when two relations report on the same
figure with the same check, the first wins. Adding a relation is adding a module here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import ModuleType
from typing import Any

from factcheck.checks._reading import DateRef, Operand, Reading
from factcheck.models import Evidence

RateSource = Callable[[str, str, date], Any]


@dataclass
class References:
    """What the relations check against beyond the text: rates and event dates."""

    rates: RateSource
    events: dict[str, date] = field(default_factory=dict)


@dataclass
class Finding:
    """One tested relation: the figure it is about, the verdict and its one-line arithmetic."""

    check: str
    start: int
    end: int
    status: str
    explanation: str
    operands: Sequence[Operand | DateRef] = ()
    target: Operand | DateRef | None = None
    evidence: list[Evidence] = field(default_factory=list)
    relation: str = ""


def _modules() -> list[ModuleType]:
    from factcheck.checks.relations import (
        algebra,
        average,
        change,
        conversion,
        difference,
        elapsed,
        majority,
        multiple,
        parts,
        per_unit,
        poll,
        price,
        rate_period,
        ratio,
        share,
        weekday,
    )

    return [
        conversion,
        elapsed,
        weekday,
        change,
        majority,
        multiple,
        rate_period,
        parts,
        poll,
        share,
        difference,
        per_unit,
        average,
        price,
        ratio,
        algebra,
    ]


RELATIONS: list[ModuleType] = _modules()

__all__ = ["RELATIONS", "Finding", "RateSource", "Reading", "References", "find_all"]


def find_all(
    reading: Reading, refs: References, checks: Sequence[str] | None = None
) -> Iterator[Finding]:
    """Every finding of every relation whose check is among ``checks`` (all by default).

    A finding must be about one of the document's claims. One that relates bare numbers
    only ("halved ... from 80 to 52") is reported on the claim of its sentence nearest to
    it; with no claim in the sentence ("zero doubled 1,200") there is nothing to report
    on and it is dropped."""
    for module in RELATIONS:
        if checks is None or module.CHECK in checks:
            for f in module.find(reading, refs):
                if not _claimed(f):
                    host = _host(reading, f)
                    if host is None:
                        continue
                    f.operands = (*f.operands, host)
                f.relation = module.NAME
                if f.status != "inconclusive":  # what it decided, and the figures it used
                    spans = reading.reported.setdefault(f.check, [])
                    spans.append((f.start, f.end))
                    spans += [(o.start, o.end) for o in f.operands if o.claim is not None]
                yield f


def _claimed(f: Finding) -> bool:
    return any(x is not None and x.claim is not None for x in (f.target, *f.operands))


def _host(r: Reading, f: Finding) -> Operand | DateRef | None:
    """The claim of the finding's sentence nearest to it, if any."""
    s0, s1 = r.sentence(f.start)
    near: list[Operand | DateRef] = [o for o in r.in_sentence(f.start) if o.claim is not None]
    near += r.dates_in(s0, s1)
    if not near:
        return None
    return min(near, key=lambda x: (abs(x.start - f.start), x.start))
