"""The tolerances of CHECKS.md, in one place: how close a stated figure must be.

Each judge returns "consistent" or "inconsistent" and the rule it applied, in words.
Between the consistent and the inconsistent bound a judge says consistent: the checks
flag only clear errors.
"""

from __future__ import annotations

import math

EPS = 1e-9


def off(stated: float, computed: float) -> float:
    """(computed − stated) / |stated|, infinity when the stated figure is zero."""
    if stated == 0:
        return 0.0 if computed == 0 else math.inf
    return (computed - stated) / abs(stated)


def hedged(hedge: str | None, stated: float, computed: float) -> tuple[str, str] | None:
    """The verdict a hedge sets on a computed value, or None for no hedge (or "exactly")."""
    if not hedge or hedge == "exactly" or stated == 0:
        return None
    d = off(stated, computed)
    if hedge == "about":
        return ("inconsistent" if abs(d) > 0.15 else "consistent"), "about (within 10%)"
    if hedge == "nearly":
        bad = d > 0.03 or d < -0.20
        return ("inconsistent" if bad else "consistent"), "nearly (up to 15% below)"
    if hedge == "more than":
        return ("inconsistent" if d < -0.03 else "consistent"), "more than"
    if hedge in ("less than", "within", "at most"):
        return ("inconsistent" if d > 0.03 else "consistent"), hedge
    if hedge == "at least":
        return ("inconsistent" if d < -0.03 else "consistent"), "at least"
    return None


def total(stated: float, unit: float, computed: float, hedge: str | None) -> tuple[str, str]:
    """Sums, differences and products: within half a unit of the last written digit;
    inconsistent at least one unit and 3% off."""
    h = hedged(hedge, stated, computed)
    if h is not None:
        return h
    diff = abs(stated - computed)
    if diff <= unit / 2 * (1 + 1e-6):
        return "consistent", "within half a unit of its last digit"
    if diff >= unit * (1 - 1e-6) and computed and diff / abs(computed) >= 0.03:
        return "inconsistent", "at least a unit and 3% off"
    return "consistent", "within 3%"


def ratio(stated: float, unit: float, computed: float, hedge: str | None) -> tuple[str, str]:
    """Percentages, ratios and averages: within one unit; inconsistent more than two
    units and 10% off."""
    h = hedged(hedge, stated, computed)
    if h is not None:
        return h
    diff = abs(stated - computed)
    if diff <= unit * (1 + 1e-6):
        return "consistent", "within one unit of its last digit"
    base = abs(computed) or 1.0
    if diff > 2 * unit and diff / base > 0.10:
        return "inconsistent", "more than two units and 10% off"
    return "consistent", "within 10%"


def multiple(stated: float, computed: float, hedge: str | None) -> tuple[str, str]:
    """Multiples ("doubled", "three times"): within 10%; inconsistent beyond 15%."""
    if hedge in ("nearly", "more than", "less than", "at least", "within", "at most"):
        h = hedged(hedge, stated, computed)
        if h is not None:
            return h
    d = abs(off(stated, computed))
    return ("inconsistent" if d > 0.15 else "consistent"), "a multiple (within 10%)"


def span_fits(hedge: str | None, n: float, lo: float, hi: float) -> tuple[bool, str]:
    """Whether some gap in ``[lo, hi]`` satisfies the elapsed-time rule for the stated ``n``."""
    rules = {
        "nearly": (0.85 * n, n - EPS, "nearly {n} (just under)"),
        "about": (0.9 * n, 1.1 * n, "about {n} (within 10%)"),
        "more than": (n + EPS, math.inf, "more than {n}"),
        "less than": (-math.inf, n - EPS, "less than {n}"),
        "at least": (n, math.inf, "at least {n}"),
        "within": (-math.inf, n, "within {n}"),
        "at most": (-math.inf, n, "at most {n}"),
    }
    # no hedge: the whole units completed or the gap rounded, so a gap of exactly n + 1
    # units is n + 1, not n (the bound stays exclusive under the tolerance below)
    a, b, rule = rules.get(hedge or "", (n - 0.5, n + 1 - 2 * EPS, "{n} (whole units or rounded)"))
    return hi >= a - EPS and lo <= b + EPS, rule


def fmt(value: float) -> str:
    """A figure for explanations: "3.779 billion", "21,000", "23.18"."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if v >= size:
            return f"{sign}{v / size:.4g} {name}"
    if v >= 1000 or float(v).is_integer():
        return f"{sign}{v:,.0f}"
    return f"{sign}{v:.4g}"
