"""Elapsed-time check: "nearly three years", "two years ago", "more than a decade after",
"19 days later", "is now more than three years old", "the nearly three-year war".

The gap runs from a date stated in the sentence (or an event date given with
``--event-date`` / looked up from Wikidata) to another stated date or the publication
date; it is end minus start, not an inclusive count of days. A date given only as a
year or a month is counted at that granularity: the check is inconsistent only when no
exact day within it would fit. The hedge sets how the stated figure N relates to the
gap (see docs/checks.md):

    nearly, almost      0.85 N ≤ gap < N       more than, over    gap > N
    about, around       within 10% of N         less than, under   gap < N
    at least            gap ≥ N                 within             gap ≤ N
    no hedge            N is the whole units completed or the gap rounded to the unit
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from factcheck.checks._figures import DateMention, find_dates, sentence_bounds
from factcheck.extract._numbers import NUM, WORDNUM, parse_number
from factcheck.models import CheckResult, Claim, Document, Evidence

NAME = "elapsed"

DAYS_PER: dict[str, float] = {
    "day": 1.0,
    "week": 7.0,
    "month": 365.2425 / 12,
    "year": 365.2425,
}

_HEDGES = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "approaching": "nearly", "about": "about", "around": "about", "roughly": "about",
    "some": "about", "approximately": "about", "more than": "more", "over": "more",
    "just over": "more", "upwards of": "more", "less than": "less", "under": "less",
    "fewer than": "less", "at least": "least", "within": "within", "exactly": "exact",
    "only": "exact", "barely": "exact", "just": "exact",
}  # fmt: skip
_HEDGE_ALT = "|".join(
    re.escape(h).replace(r"\ ", r"\s+") for h in sorted(_HEDGES, key=len, reverse=True)
)
#: "the nearly three-year war": things that run until now, measured from their start.
_NOUNS = (
    "war|conflict|invasion|occupation|siege|crisis|standoff|stand-off|blockade|insurgency|"
    "civil\\s+war|presidency|tenure|reign|rule|dispute|drought|lockdown|shutdown|strike"
)
_PHRASE = re.compile(
    rf"""
    (?<![\w-])
    (?:(?P<hedge>{_HEDGE_ALT})\s+)?
    (?P<num>half\s+a|a\s+quarter\s+of\s+a|(?:{NUM}|{WORDNUM})(?:\s+and\s+a\s+half)?)
    (?P<sep>\s+|-)
    (?P<unit>years?|months?|weeks?|days?|decades?|centur(?:y|ies))
    (?P<tail>\s+ago\b|\s+on\b(?!\s+(?:the\s+)?\d|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|\s+later\b|\s+after\b|\s+earlier\b|\s+before\b|[\s-]old\b|,?\s+since\b
      |(?:\s+long)?\s+(?:{_NOUNS})\b)?
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: "N years later, the site is still empty" runs to publication; "N years later it closed" does not.
_PRESENT = re.compile(r"\b(?:is|are|has|have|remains?|still|now|today|continues?)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


@dataclass
class _Span:
    lo: float
    hi: float


def check(
    doc: Document,
    claims: list[Claim],
    *,
    event_dates: Mapping[str, date] | None = None,
    dates: list[DateMention] | None = None,
) -> list[CheckResult]:
    """One result per anchored duration phrase ("ago", "later", "after", "old", "since")."""
    text = doc.text
    mentions = dates if dates is not None else find_dates(text, doc.published)
    out: list[CheckResult] = []
    for m in _PHRASE.finditer(text):
        if not m.group("tail"):
            continue
        if _ended(text, m) or re.match(r"\s+than\b", text[m.end() :]):
            continue  # "six weeks earlier than planned" compares with a plan, not a date
        stated = _stated(m)
        if stated is None:
            continue
        found = _check_one(doc, m, stated, mentions, event_dates or {})
        if found is not None:
            out.append(found)
    return out


def _ended(text: str, m: re.Match[str]) -> bool:
    """ "after a four-year war", "ended a two-year strike": not running until now."""
    tail = m.group("tail") or ""
    if re.match(r"[\s,-]*(?:ago|on|later|after|earlier|before|old|since)\b", tail, re.IGNORECASE):
        return False
    before = text[max(0, m.start() - 30) : m.start()].lower()
    return bool(
        re.search(
            r"\b(?:after|before|following|ended|ending|end|since|until|of)\s+(?:a|an|the|its|their)?\s*$",
            before,
        )
    )


def _stated(m: re.Match[str]) -> tuple[float, str] | None:
    raw = re.sub(r"\s+", " ", m.group("num").lower())
    n = {"half a": 0.5, "a quarter of a": 0.25}.get(raw)
    half = raw.endswith(" and a half")
    if half:
        raw = raw.removesuffix(" and a half")
    if n is None:
        n = parse_number(raw)
        if n is not None and half:
            n += 0.5
    if n is None or n <= 0:
        return None
    unit = m.group("unit").lower().rstrip("s")
    if unit == "centurie" or unit == "century":
        return n * 100, "year"
    if unit == "decade":
        return n * 10, "year"
    return n, unit


def _check_one(
    doc: Document,
    m: re.Match[str],
    stated: tuple[float, str],
    mentions: list[DateMention],
    events: Mapping[str, date],
) -> CheckResult | None:
    n, unit = stated
    tail = re.sub(r"[\s,-]+", " ", (m.group("tail") or "")).strip().lower()
    kind = tail.split()[0] if tail else ""
    if kind == "on":
        kind = "ago"  # "ten years on, the town has recovered"
    if kind not in ("ago", "later", "after", "earlier", "before", "old", "since"):
        kind = "old"  # "the nearly three-year war": from its start to publication
    end_of_span = m.end() if kind in ("ago", "later", "earlier") else m.end("unit")
    phrase = doc.text[m.start() : end_of_span]
    hedge = _HEDGES.get(re.sub(r"\s+", " ", (m.group("hedge") or "").lower()), "none")

    def result(
        status: str, explanation: str, evidence: list[Evidence] | None = None
    ) -> CheckResult:
        return CheckResult(
            document=doc.id,
            check=NAME,
            status=status,
            start=m.start(),
            end=end_of_span,
            text=phrase,
            explanation=explanation,
            evidence=evidence or [],
        )

    s0, s1 = sentence_bounds(doc.text, m.start())
    in_sentence = [
        d
        for d in mentions
        if s0 <= d.start and d.end <= s1 and not (m.start() <= d.start < m.end())
    ]
    before = [d for d in in_sentence if d.end <= m.start()]
    after = [d for d in in_sentence if d.start >= m.end()]
    start: tuple[date, date] | None = None
    end: tuple[date, date] | None = None
    start_text = end_text = ""
    pub = (doc.published, doc.published) if doc.published else None

    def nearest(cands: list[DateMention], *, past: bool = False) -> DateMention | None:
        usable = [d for d in cands if d.bounds() is not None]
        if past and doc.published is not None:
            usable = [d for d in usable if d.bounds()[0] <= doc.published]  # type: ignore[index]
        if not usable:
            return None
        return min(usable, key=lambda d: min(abs(d.start - m.end()), abs(m.start() - d.end)))

    event = next(iter(events.items()), None)
    if kind in ("ago", "old", "since"):
        cands = after if kind == "since" else in_sentence
        d = nearest(cands, past=True)
        if d is not None:
            start, start_text = d.bounds(), f'"{d.text}"'
        elif event is not None and kind != "since":
            start, start_text = (event[1], event[1]), f"{event[1]} ({event[0]})"
        end, end_text = pub, f"publication {doc.published}"
    elif kind in ("after", "earlier"):
        d_start, d_end = nearest(after), nearest(before)
        if d_start is not None:
            start, start_text = d_start.bounds(), f'"{d_start.text}"'
        if d_end is not None:
            end, end_text = d_end.bounds(), f'"{d_end.text}"'
        elif kind == "after":
            end, end_text = pub, f"publication {doc.published}"
    else:  # later, before
        d_start, d_end = nearest(before), nearest(after)
        if d_end is None and kind == "later" and len(before) >= 2:
            # "approved in 2012 and opened in 2020, eight years later"
            d_end = nearest(before)
            d_start = nearest([d for d in before if d is not d_end])
        if d_start is not None:
            start, start_text = d_start.bounds(), f'"{d_start.text}"'
        if d_end is not None:
            end, end_text = d_end.bounds(), f'"{d_end.text}"'

    lead_in = tail.split()[0] if tail else ""
    if (
        start is None
        and not in_sentence
        and lead_in in ("on", "later")
        and not doc.text[s0 : m.start()].strip(" \"'“‘(")
        and s0 > 0
    ):
        # "The plant closed on 14 March 2020. Almost five years on, the site is empty."
        p0, p1 = sentence_bounds(doc.text, s0 - 1)
        prev = [d for d in mentions if p0 <= d.start and d.end <= p1]
        d = nearest(prev, past=True)
        if d is not None:
            start, start_text = d.bounds(), f'"{d.text}" (the sentence before)'
            rest = doc.text[m.end() : s1]
            if end is None and _PRESENT.search(rest) and not _PAST.search(rest):
                end, end_text = pub, f"publication {doc.published}"
    if (
        kind == "earlier"
        and start is None
        and end is not None
        and not after
        and s0 > 0
        and end[1] < _last_day(doc, mentions, s0)
    ):
        # "The second vote was on 14 March. The first was on 1 February, six weeks earlier."
        p0, _ = sentence_bounds(doc.text, s0 - 1)
        prev = [d for d in mentions if p0 <= d.start and d.end <= s0 and d.bounds()]
        later = prev[-1]
        start, start_text = end, end_text
        end, end_text = later.bounds(), f'"{later.text}" (the sentence before)'
    if start is None or end is None:
        age = m.group("sep") == "-" and tail == "old"
        if not in_sentence and (kind not in ("ago", "old", "since") or age):
            # "a day after the vote", "an 80-year-old man": nothing dated to compare
            return None
        missing = "start" if start is None else "end"
        return result(
            "inconclusive",
            f'The text gives no {missing} date to measure "{phrase}" from'
            + ("" if missing == "end" else "; give --event-date or --event"),
        )
    span = _gap(start, end, unit)
    lo_days, hi_days = (end[0] - start[1]).days, (end[1] - start[0]).days
    ok, rule = _fits(hedge, n, span)
    n_text = f"{n:g} {unit}s"
    gap_text = (
        f"{lo_days} days = {span.lo:.2f} {unit}s"
        if lo_days == hi_days
        else f"between {span.lo:.2f} and {span.hi:.2f} {unit}s"
    )
    explanation = f"{start_text} → {end_text}: {gap_text}; stated {rule.format(n=n_text)}"
    evidence = []
    if event is not None and start_text.startswith(str(event[1])):
        evidence.append(
            Evidence(source=event[0], description=f"event date {event[1]}", value=str(event[1]))
        )
    if ok:
        return result("consistent", explanation, evidence)
    return result("inconsistent", explanation, evidence)


def _last_day(doc: Document, mentions: list[DateMention], s0: int) -> date:
    """The first day of the last dated mention in the sentence before ``s0`` (else date.min)."""
    p0, _ = sentence_bounds(doc.text, s0 - 1)
    prev = [d.bounds() for d in mentions if p0 <= d.start and d.end <= s0]
    days = [b[0] for b in prev if b is not None]
    return days[-1] if days else date.min


def _gap(start: tuple[date, date], end: tuple[date, date], unit: str) -> _Span:
    per = DAYS_PER[unit]
    lo = max(0, (end[0] - start[1]).days) / per
    hi = max(0, (end[1] - start[0]).days) / per
    return _Span(lo, hi)


def _fits(hedge: str, n: float, gap: _Span) -> tuple[bool, str]:
    """Whether some gap in the span satisfies the hedge, and the rule in words."""
    eps = 1e-9
    lo, hi, rule = {
        "nearly": (0.85 * n, n - eps, "nearly {n} (just under)"),
        "about": (0.9 * n, 1.1 * n, "about {n} (within 10%)"),
        "more": (n + eps, math.inf, "more than {n}"),
        "less": (-math.inf, n - eps, "less than {n}"),
        "least": (n, math.inf, "at least {n}"),
        "within": (-math.inf, n, "within {n}"),
    }.get(hedge, (n - 0.5, n + 1 - eps, "{n} (whole units completed or rounded)"))
    return gap.hi >= lo - eps and gap.lo <= hi + eps, rule
