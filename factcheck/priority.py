"""Check-worthiness: which claims a desk should look at first.

``score_claim`` weighs a claim by its kind (money, percentages and counted figures
first; quotes with a named speaker next; dates last), whether it carries a figure,
whether it is attributed, hedges ("nearly", "more than") and where it stands in the
article (the top of a story is read most). It returns the score and the reasons, for
example ``(7.0, ["money figure +3", "linked conversion +1", "in the first fifth +1", ...])``.
The queue calls it on ingest; it is a pure function and cheap enough for every claim.

An automatic check that finds a claim inconsistent raises it (``check_reason``): the reason
"inconsistent conversion check +10" joins the others, and its weight is more than any claim
scores without one, so ``next`` serves raised claims first. ``ClaimStore.save_checks`` adds
it and takes it away again when a re-check no longer finds the claim inconsistent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factcheck.models import (
    CheckResult,
    Claim,
    DateValue,
    DurationValue,
    MoneyValue,
    PercentValue,
    QuantityValue,
    QuoteValue,
)

__all__ = [
    "CHECK_WEIGHT",
    "KIND_WEIGHTS",
    "check_reason",
    "is_check_reason",
    "reason_weight",
    "score_claim",
]

KIND_WEIGHTS: dict[str, tuple[float, str]] = {
    "money": (3.0, "money figure"),
    "percent": (3.0, "percentage"),
    "quantity": (2.5, "quantity figure"),
    "quote": (1.5, "quote"),
    "duration": (1.5, "duration"),
    "date": (1.0, "date"),
}

_HEDGES = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|some|more than|over|less than|"
    r"under|at least|at most|up to|as many as|as much as|close to|just over|just under)\b",
    re.IGNORECASE,
)
_SUPERLATIVE = re.compile(
    r"\b(?:record|highest|lowest|largest|biggest|smallest|first|worst|best|most|least|"
    r"fastest|doubled|tripled|halved|never|ever)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")

#: What an inconsistent automatic check adds: more than the most any claim scores without one.
CHECK_WEIGHT = 10.0
_CHECK_REASON = re.compile(r"inconsistent [a-z]+(?: and [a-z]+)* checks? [+-]\d")


def score_claim(claim: Claim, *, position: float) -> tuple[float, list[str]]:
    """How urgently a claim needs checking (higher first), and why.

    ``position`` is ``claim.start / len(document text)``, from 0 (the top) to 1. Each
    reason names a feature and its weight, e.g. "hedged +1" or "in the first fifth +1".
    """
    reasons: list[tuple[str, float]] = []
    weight, label = KIND_WEIGHTS.get(claim.kind, (1.0, claim.kind))
    value = claim.value
    if isinstance(value, QuoteValue):
        if value.speaker:
            reasons.append(("quote with a named speaker", weight + 1.0))
        else:
            reasons.append(("quote without a named speaker", weight - 0.5))
        if _DIGIT.search(value.quote):
            reasons.append(("figure inside the quote", 1.0))
    else:
        reasons.append((label, weight))
    if isinstance(value, MoneyValue | PercentValue | QuantityValue):
        big = _magnitude(value)
        if big:
            reasons.append((big, 0.5))
        if value.qualifier or claim.qualifier:
            reasons.append(("hedged", 1.0))
        if getattr(value, "per", None):
            reasons.append(("rate", 0.5))
    elif isinstance(value, DurationValue) and value.qualifier:
        reasons.append(("hedged", 1.0))
    elif isinstance(value, DateValue) and value.granularity == "day":
        reasons.append(("exact day", 0.5))
    elif value is None and claim.kind != "quote":
        reasons.append(("value not resolved", -0.5))
    if not any(r[0] == "hedged" for r in reasons) and claim.kind != "quote":
        around = claim.sentence[
            max(0, claim.start - claim.sentence_start - 20) : claim.start - claim.sentence_start
        ]
        if _HEDGES.search(around):
            reasons.append(("hedged", 1.0))
    if claim.pair:
        reasons.append(("linked conversion", 1.0))
    if claim.kind != "quote" and _superlative(claim.sentence):
        reasons.append(("superlative or record", 0.5))
    position = min(max(position, 0.0), 1.0)
    if position < 0.2:
        reasons.append(("in the first fifth", 1.0))
    elif position < 0.5:
        reasons.append(("in the first half", 0.5))
    score = round(sum(w for _, w in reasons), 2)
    return score, [f"{name} {_signed(w)}" for name, w in reasons]


@lru_cache(maxsize=4096)
def _superlative(sentence: str) -> bool:
    """Whether a sentence holds a superlative: read once per sentence, which all of its
    claims share."""
    return _SUPERLATIVE.search(sentence) is not None


def check_reason(results: Iterable[CheckResult]) -> tuple[float, list[str]]:
    """What a claim's current check results add to its priority, and why: one reason naming
    the checks that found it inconsistent (``(10.0, ["inconsistent conversion check +10"])``),
    or ``(0.0, [])``."""
    names = sorted({r.check for r in results if r.status == "inconsistent"})
    if not names:
        return 0.0, []
    label = f"inconsistent {' and '.join(names)} check{'s' if len(names) > 1 else ''}"
    return CHECK_WEIGHT, [f"{label} {_signed(CHECK_WEIGHT)}"]


def is_check_reason(reason: str) -> bool:
    """Whether a priority reason is the one ``check_reason`` gives."""
    return _CHECK_REASON.match(reason) is not None


def reason_weight(reason: str) -> float:
    """The weight a reason ends with ("money figure +3" → 3.0; 0.0 when it has none)."""
    try:
        return float(reason.rsplit(" ", 1)[-1])
    except ValueError:
        return 0.0


def _magnitude(value: MoneyValue | PercentValue | QuantityValue) -> str | None:
    if isinstance(value, MoneyValue) and abs(value.amount) >= 1e9:
        return "billion-scale figure"
    if isinstance(value, QuantityValue) and abs(value.number) >= 1e6:
        return "million-scale figure"
    return None


def _signed(weight: float) -> str:
    text = f"{weight:+.1f}".rstrip("0").rstrip(".")
    return text
