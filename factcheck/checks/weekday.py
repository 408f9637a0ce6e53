"""Weekday check: a stated weekday against its date in the Gregorian calendar.

"Sunday, February 16", "on Tuesday, 29 April 2025", "last Friday (February 13)",
"on 3 May (a Saturday)". A date without a year takes the year that puts it nearest the
publication date; with no year and no publication date the check is inconclusive.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.checks._figures import (
    WEEKDAYS,
    DateMention,
    find_dates,
    last_weekday_before,
    sentence_bounds,
)
from factcheck.models import CheckResult, Claim, Document, Evidence

NAME = "weekday"

_ABBREVIATED = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
                "Fri": 4, "Sat": 5, "Sun": 6}  # fmt: skip
_WEEKDAY = re.compile(
    r"\b(?:(" + "|".join(WEEKDAYS) + r")\b|(" + "|".join(_ABBREVIATED) + r")\.(?=,?\s))"
)
_AFTER_WEEKDAY = re.compile(
    r"^(?:\s+(?:night|morning|afternoon|evening))?(?:,\s*|\s+|\s*\(\s*|,?\s+the\s+|,?\s+on\s+)$"
)
_BEFORE_WEEKDAY = re.compile(
    r"^(?:\s*\(\s*(?:a\s+)?|,\s+(?:a|which\s+was\s+a|that\s+was\s+a|being\s+a)\s+)$"
)
#: A date written without its year is taken to be near the publication date: up to this
#: many days before it, or after it (further ahead when the sentence looks forward:
#: "will", "is due"). Outside these windows it is an event whose year we lack.
PAST_WINDOW = 92
FUTURE_WINDOW = 45
FUTURE_WINDOW_AHEAD = 300
_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+due|are\s+due|is\s+set|are\s+set|is\s+scheduled|are\s+scheduled|"
    r"is\s+expected|are\s+expected|to\s+be\s+held|plans?\s+to|next|upcoming|opens|begins|starts)\b",
    re.IGNORECASE,
)


def check(
    doc: Document, claims: list[Claim], *, dates: list[DateMention] | None = None
) -> list[CheckResult]:
    """One result per weekday written next to a date."""
    text = doc.text
    mentions = dates if dates is not None else find_dates(text, doc.published)
    out: list[CheckResult] = []
    for m in _WEEKDAY.finditer(text):
        mention = _date_for(text, m.start(), m.end(), mentions)
        if mention is None:
            continue
        out.append(_check_one(doc, m, mention))
    return out


def _date_for(text: str, start: int, end: int, mentions: list[DateMention]) -> DateMention | None:
    for d in mentions:
        if d.day is None:
            continue
        if 0 <= d.start - end <= 18 and _AFTER_WEEKDAY.match(text[end : d.start]):
            return d
        if 0 <= start - d.end <= 20 and _BEFORE_WEEKDAY.match(text[d.end : start]):
            return d
    return None


def _check_one(doc: Document, m: re.Match[str], mention: DateMention) -> CheckResult:
    stated = m.group(1) or WEEKDAYS[_ABBREVIATED[m.group(2)]]

    def result(
        status: str, explanation: str, evidence: list[Evidence] | None = None
    ) -> CheckResult:
        return CheckResult(
            document=doc.id,
            check=NAME,
            status=status,
            start=m.start(),
            end=m.end(),
            text=m.group(0),
            explanation=explanation,
            evidence=evidence or [],
        )

    if mention.year is None:
        return result(
            "inconclusive",
            f'"{mention.text}" has no year and the article no publication date, '
            f"so the weekday cannot be fixed",
        )
    if not mention.year_given and doc.published is not None:
        year = _year_near(doc, mention)
        if year is None:
            return result(
                "inconclusive",
                f'"{mention.text}" has no year and is far from the publication date '
                f"{doc.published}, so the weekday cannot be fixed",
            )
        mention = DateMention(
            mention.start, mention.end, mention.text, year, mention.month, mention.day, False
        )
    bounds = mention.bounds()
    if bounds is None:
        return result("inconclusive", f'"{mention.text}" is not a calendar date')
    day = bounds[0]
    actual = WEEKDAYS[day.weekday()]
    year_note = "" if mention.year_given else " (the year nearest the publication date)"
    evidence = [
        Evidence(
            source="Gregorian calendar",
            description=f"{day.isoformat()} was a {actual}",
            value=actual,
        )
    ]
    note = _relative_note(doc, m, day)
    if actual == stated:
        return result("consistent", f"{day.isoformat()}{year_note} was a {actual}{note}", evidence)
    return result(
        "inconsistent",
        f"{day.isoformat()}{year_note} was a {actual}, not a {stated}{note}",
        evidence,
    )


def _year_near(doc: Document, mention: DateMention) -> int | None:
    """The year that puts a day and month inside the windows around publication."""
    assert doc.published is not None and mention.month and mention.day
    s0, s1 = sentence_bounds(doc.text, mention.start)
    ahead = FUTURE_WINDOW_AHEAD if _LOOKS_AHEAD.search(doc.text[s0:s1]) else FUTURE_WINDOW
    best: tuple[int, int] | None = None
    for year in (doc.published.year - 1, doc.published.year, doc.published.year + 1):
        try:
            gap = (date(year, mention.month, mention.day) - doc.published).days
        except ValueError:
            continue
        if -PAST_WINDOW <= gap <= ahead and (best is None or abs(gap) < best[0]):
            best = (abs(gap), year)
    return best[1] if best else None


def _relative_note(doc: Document, m: re.Match[str], day: date) -> str:
    before = doc.text[max(0, m.start() - 5) : m.start()].lower()
    if not before.endswith("last ") or doc.published is None:
        return ""
    stated = m.group(1) or WEEKDAYS[_ABBREVIATED[m.group(2)]]
    wanted = last_weekday_before(doc.published, WEEKDAYS.index(stated))
    if wanted == day:
        return ""
    return (
        f"; 'last {stated}' from {WEEKDAYS[doc.published.weekday()]} "
        f"{doc.published.isoformat()} is {wanted.isoformat()}"
    )
