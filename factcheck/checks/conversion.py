"""Conversion check: a money figure and its converted twin against the reference rate.

"£3 billion ($3.7 billion)", "2 billion yuan (about $280 million)", "€500m, or £420m":
the second figure should be the first at the ECB reference rate of the publication day
(or the last business day before it). The text's precision and the spread of same-day
rates (about 2%) set the tolerance:

* consistent: within 2% of the true conversion, or within one unit of the last stated
  digit while no more than 8% off ("$3.7 billion" for $3.779 billion is 2.1% low, but
  3.7 is as close as one decimal gets when the writer truncates);
* inconsistent: more than 8% off (a rate the wrong way round, million for billion, a
  rate years old, parity) — or between 2% and 8% off and outside the stated precision;
* inconclusive: no publication date, a currency the text leaves ambiguous ("kroner"),
  or no ECB rate for a currency on the rate day.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from datetime import date

from factcheck.checks._figures import Figure, find_figures, money, relative_gap
from factcheck.errors import NoRate
from factcheck.extract._numbers import NUM, WORDNUM, parse_number
from factcheck.lookup.ecb import Rate, ecb_rate
from factcheck.models import CheckResult, Claim, Document, Evidence, MoneyValue

NAME = "conversion"

#: Same-day rates differ by up to about 2% between sources and banks.
SPREAD = 0.02
#: Beyond this a conversion is wrong whatever the precision.
FAR = 0.08

RateSource = Callable[[str, str, date], Rate]

_BETWEEN = re.compile(
    r"""(?:\s+(?:a|per|each|every)\s+(?:year|month|week|day|head)|\s+annually|\s+apiece)?
    \s*(?:\(\s*|,\s*(?:or|equivalent\s+to|worth)\s+|\s+or\s+)
    (?:(?:about|around|roughly|some|approximately|approx\.|nearly|almost|just\s+over|
    just\s+under|more\s+than|over|less\s+than|under|c\.|circa|or|equivalent\s+to|worth)\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)


def pairs(text: str, figures: list[Figure] | None = None) -> Iterator[tuple[Figure, Figure]]:
    """(original, converted) money figures written side by side."""
    figs = [f for f in (figures if figures is not None else find_figures(text)) if f.is_money]
    for a, b in itertools.pairwise(figs):
        if a.percent or b.percent or b.start - a.end > 40:
            continue
        if a.currency is not None and a.currency == b.currency:
            continue
        if _BETWEEN.match(text[a.end : b.start]):
            yield a, b


def check(
    doc: Document,
    claims: list[Claim],
    *,
    rates: RateSource = ecb_rate,
    figures: list[Figure] | None = None,
) -> list[CheckResult]:
    """One result per money pair in the document.

    Pairs come from the figures written side by side, and from money claims whose
    ``pair`` links them (the money extractor's reading) where the two disagree on nothing.
    """
    found = list(pairs(doc.text, figures))
    taken = [(f.start, f.end) for pair in found for f in pair]
    by_id = {c.id: c for c in claims if c.kind == "money"}
    for c in by_id.values():
        twin = by_id.get(c.pair or "")
        if twin is None or twin.start < c.start:
            continue
        if any(
            s < e2 and s2 < e
            for s, e in taken
            for s2, e2 in ((c.start, c.end), (twin.start, twin.end))
        ):
            continue
        a, b = _figure_from_claim(c), _figure_from_claim(twin)
        if a is not None and b is not None and a.currency != b.currency:
            found.append((a, b))
            taken += [(a.start, a.end), (b.start, b.end)]
    return [_check_pair(doc, a, b, rates) for a, b in sorted(found, key=lambda p: p[0].start)]


def _figure_from_claim(claim: Claim) -> Figure | None:
    """A ``Figure`` for a money claim: its amount and currency, the digits as written."""
    value = claim.value
    if not isinstance(value, MoneyValue) or not value.currency or value.amount_max is not None:
        return None
    m = re.search(rf"{NUM}|{WORDNUM}", claim.text, re.IGNORECASE)
    number = parse_number(m.group()) if m else None
    if m is None or not number:
        return None
    digits = m.group()
    words = not digits[0].isdigit() and digits[0] != "."
    return Figure(
        start=claim.start,
        end=claim.end,
        text=claim.text,
        value=value.amount,
        digits=digits,
        scale=value.amount / number,
        currency=value.currency.upper(),
        words=words,
    )


def _check_pair(doc: Document, a: Figure, b: Figure, rates: RateSource) -> CheckResult:
    def result(
        status: str, explanation: str, evidence: list[Evidence] | None = None
    ) -> CheckResult:
        return CheckResult(
            document=doc.id,
            check=NAME,
            status=status,
            start=b.start,
            end=b.end,
            text=b.text,
            explanation=explanation,
            evidence=evidence or [],
        )

    if a.currency is None or b.currency is None:
        vague = a.text if a.currency is None else b.text
        return result("inconclusive", f'The currency of "{vague}" is ambiguous; name it to check')
    if doc.published is None:
        return result(
            "inconclusive", f"No publication date, so no rate day for {a.text} → {b.text}"
        )
    try:
        rate = rates(a.currency, b.currency, doc.published)
    except NoRate as exc:
        return result("inconclusive", f"{exc}: {a.text} → {b.text} cannot be checked offline")
    true = a.value * rate.rate
    off = relative_gap(b.value, true)
    within_unit = abs(b.value - true) <= b.unit * 1.0000001
    arithmetic = (
        f"ECB {rate.date}: 1 {a.currency} = {rate.rate:.5g} {b.currency}, so "
        f"{money(a.value, a.currency)} = {money(true, b.currency)}; "
        f"the text says {b.text} ({off:+.1%})"
    )
    if rate.date != doc.published:
        arithmetic += f"; no rates on {doc.published}, so the last business day before"
    evidence = [
        Evidence(
            source=rate.source,
            description=rate.description,
            url=rate.url,
            value=f"{rate.rate:.6g}",
        )
    ]
    if abs(off) <= SPREAD:
        return result(
            "consistent", f"{arithmetic}, within the 2% spread of same-day rates", evidence
        )
    if within_unit and abs(off) <= FAR:
        return result(
            "consistent", f"{arithmetic}, within one unit of its last stated digit", evidence
        )
    return result("inconsistent", f"{arithmetic}{_diagnosis(a, b, rate, true)}", evidence)


def _diagnosis(a: Figure, b: Figure, rate: Rate, true: float) -> str:
    ratio = b.value / true if true else 0.0
    if abs(ratio - 1000) / 1000 < 0.05 or abs(ratio - 0.001) / 0.001 < 0.05:
        return "; a factor of a thousand off (million for billion?)"
    if abs(ratio - 10) / 10 < 0.05 or abs(ratio - 0.1) / 0.1 < 0.05:
        return "; a factor of ten off"
    if a.value and abs(b.value - a.value) / a.value < 0.02:
        return "; converted at parity"
    inverse = a.value / rate.rate if rate.rate else 0.0
    if inverse and abs(b.value - inverse) / inverse < 0.02:
        return "; the rate applied the wrong way round"
    return ""
