"""Weekday: a weekday written next to a date, against the Gregorian calendar.

"Sunday, February 16", "on Tuesday, 29 April 2025", "last Friday (February 13)",
"on 3 May (a Saturday)", "Fri., April 26". A date without its year takes the year that
puts it inside a window round the publication date (92 days before, 45 after, or 300
after when the sentence looks ahead: "will", "is due", "next", or tells a programme in
the present: "plays", "meet", "takes place"); outside the windows, or
with no publication date, the year cannot be fixed and the result is inconclusive.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.checks._reading import DateRef, Reading, contains, cues
from factcheck.checks.relations import Finding, References
from factcheck.models import Evidence

NAME = "weekday"
CHECK = "weekday"

#: Between a weekday and the date after it, and between a date and the weekday after it.
CUES_AFTER = cues(
    "", ",", "(", ", the", "the", "on", ", on", "night ,", "morning ,", "afternoon ,",
    "evening ,", "night", "morning", "evening", "afternoon", ", on the", "the", ",",
)  # fmt: skip
CUES_BEFORE = cues(
    "(", "( a", ", a", ", which was a", ", that was a", ", being a", "( which was a", "— a",
    ", also a", "( it was a", ", it was a", "– a", "- a",
    # a relative clause that names the day: "31 October, which falls on a Friday"
    ", which falls on a", ", which fell on a", ", which is a", ", which will be a",
    ", which this year falls on a", ", which falls on a", ", falling on a", ", a", "( a",
    # the date as the subject, set off by commas: "Polling day, 10 July, is a Thursday"
    ", is a", ", was a", ", will be a", ", falls on a", ", fell on a", ", will fall on a",
    ", is on a", ", was on a",
)  # fmt: skip
#: Words that put a date without a year in the publication year, whatever the windows.
THIS_YEAR = cues("this year", "this year ' s", "this year’s")
#: Words that put a date without a year ahead of the publication date.
LOOKS_AHEAD = cues(
    "will", "shall", "is due", "are due", "due", "is set", "are set", "scheduled",
    "is expected", "are expected", "to be held", "plans", "plan", "next", "upcoming",
    "opens", "begins", "starts", "coming", "planned", "deadline",
)  # fmt: skip
#: Verbs that tell a programme in the present ("the choir sings its last concert on
#: Friday, 9 May"): they look ahead unless the sentence is told as past.
PROGRAMME = cues(
    "plays", "performs", "perform", "sings", "hosts", "holds", "meets", "meet", "faces",
    "takes place", "take place", "kicks off", "kick off", "goes on sale", "go on sale",
    "premieres", "travels", "visits", "sits",
)  # fmt: skip
#: Words that tell the sentence's event as past: its date cannot lie after publication.
TOLD_AS_PAST = cues("was", "were", "had", "did")
#: Words that put a sentence's event generations or an unknown span back, so that a date
#: without its year cannot take the publication year: "her grandfather opened the shop on
#: a Friday, 12 May"; "signed on Monday 9 March, in the year the railway came"; "sealed on
#: Friday 4 May of a year no register gives"; "the annals put the flood on Tuesday 9 May".
DISTANT = cues("grandfather", "grandmother", "grandparents", "great - grandfather",
               "great - grandmother", "ancestor", "ancestors", "forebears", "founders",
               "founder", "the year the", "in the year", "the year is lost", "the year is unknown",
               "year unknown", "long ago", "generations", "a century ago", "centuries",
               "history", "in the early days", "back then", "in those days",
               # a year the text says it does not know
               "of a year", "in a year that", "an unknown year", "an unnamed year",
               "an unrecorded year", "a year not", "year not recorded", "year is not recorded",
               "year was not recorded", "year is not known", "year was not known",
               "year not known", "year not given", "year is not given",
               # the past of old records
               "chronicle", "chronicles", "chronicler", "annals", "records show",
               "archives")  # fmt: skip
#: Words before a weekday that point back to a date told earlier: "that Saturday".
_BACK = cues("that", "the same", "on that", "that same")
#: A sentence opening on the day told before: "The show is on 6 June. That day is a Saturday."
_THAT_DAY_IS = cues("that day is a", "that day was a", "that day will be a", "it is a",
                    "it was a", "it will be a", "it falls on a", "it fell on a", "that is a",
                    "that was a", "the day is a", "the day was a")  # fmt: skip
_THAT_DAY_LONGEST = max(map(len, _THAT_DAY_IS))
#: Words that may stand before such a pointer (the start of a sentence too): "at 7am that".
_BACK_LEADS = frozenset("on by until till from for of and , ; am pm a.m. p.m. noon midnight "
                        "morning evening night afternoon then".split())  # fmt: skip
CUES = (CUES_AFTER | CUES_BEFORE | LOOKS_AHEAD | PROGRAMME | TOLD_AS_PAST | DISTANT | THIS_YEAR
        | _BACK | _THAT_DAY_IS)  # fmt: skip

PAST_WINDOW = 92
FUTURE_WINDOW = 45
FUTURE_WINDOW_AHEAD = 300
_NAMES = list(calendar.day_name)


def find(r: Reading, refs: References) -> Iterator[Finding]:
    # a weekday name is checked against a date claim in its sentence: no other is read
    sentences = dict.fromkeys(r.sentence(d.start) for d in r.dates)
    named = [w for s0, s1 in sentences for w in r.figs.weekdays_in(s0, s1)]
    seen = {w[0] for w in named}
    named += sorted(w for w in map(_owning_weekday, r.dates) if w and w[0] not in seen)
    for start, end, wd in named:
        d = _date_for(r, start, end)
        if d is not None:
            yield _test(r, start, end, wd, d)


#: How far (in characters) a date may stand from the weekday named beside it.
_NEAR = 24


def _date_for(r: Reading, start: int, end: int) -> DateRef | None:
    # the dates that can hold the name or stand beside it (a date holding it reaches at
    # most the longest date's length past it): one bisection instead of a pass over all
    reach = _NEAR + r.longest_date
    near = r.dates_touching(start - reach, end + reach)
    own = next((d for d in near if d.start <= start < d.end), None)
    if own is not None and (not own.resolved or (own.day is not None and not own.relative)):
        return own
    # the weekday alone, or in a relative date ("last Friday"): the date beside it
    left = own.start if own is not None else start
    right = own.end if own is not None else end
    for d in near:
        if d is own or d.relative or (d.resolved and d.day is None):
            continue
        if 0 <= d.start - right <= _NEAR and tuple(r.between(right, d.start)) in CUES_AFTER:
            return d
        if 0 <= d.start - right <= _NEAR and _owned_aside(r, right, d.start):
            return d
        if 0 <= left - d.end <= _NEAR and tuple(r.between(d.end, left)) in CUES_BEFORE:
            return d
    return _pointed_back(r, left)


def _pointed_back(r: Reading, left: int) -> DateRef | None:
    """ "… set for 9 October 2026. Doors open at 8am that Friday": a weekday after a word
    pointing back names the one full date of the sentence before, when its own sentence
    holds no date before it (then "that Monday" may be any of them)."""
    s0 = r.sentence(left)[0]
    k = next((k for k in (1, 2) if tuple(r.before(left, k)) in _BACK), 0)
    lead = r.before(left, k + 1)[:-k] if k else []
    if not k and tuple(r.before(left, _THAT_DAY_LONGEST + 1)) not in _THAT_DAY_IS:
        return None  # the words from the sentence's start, when no longer than a cue
    if lead and lead[0] not in _BACK_LEADS and not lead[0].endswith(("am", "pm")):
        return None  # "announced on 3 March that Saturday collections …": "that" opens a clause
    prev = r.previous_sentence(s0)
    if prev is None or any(d.end <= left for d in r.dates_in(s0, left)):
        return None
    days = [d for d in r.dates_in(*prev) if not d.relative and d.resolved and d.day is not None]
    return days[0] if len(days) == 1 else None


_POSSESSIVE = ("'s", "’s")
_BY_NAME = {name.lower(): i for i, name in enumerate(_NAMES)}


def _owning_weekday(d: DateRef) -> tuple[int, int, int] | None:
    """The weekday name ending a relative date that owns a noun ("last Saturday's show"),
    which the scanner does not read as a name: its start, end and weekday."""
    last = d.text.rsplit(" ", 1)[-1].lower()
    if not d.relative or last not in _BY_NAME:
        return None
    return d.end - len(last), d.end, _BY_NAME[last]


#: Words of the noun a weekday owns before its date in brackets: "Saturday's village show (".
_OWNED_WORDS = 3


def _owned_aside(r: Reading, right: int, date_start: int) -> bool:
    """ "last Saturday's harvest fair (2 August)": a weekday's possessive, a short noun
    phrase and the date in brackets after it."""
    if r.doc.text[right : right + 2] not in _POSSESSIVE:
        return False
    words = r.between(right + 2, date_start)
    return (
        words[-1:] == ["("]
        and 0 < len(words) - 1 <= _OWNED_WORDS
        and all(w.isalpha() for w in words[:-1])
    )


def _test(r: Reading, start: int, end: int, wd: int, d: DateRef) -> Finding:
    stated = _NAMES[wd]

    def out(status: str, why: str, evidence: list[Evidence] | None = None) -> Finding:
        return Finding(CHECK, start, end, status, why, (d,), d, evidence or [])

    day = d.lo
    note = ""
    if not d.resolved:
        if r.published is None:
            return out("inconclusive", f'"{d.text}" has no year and the article no '
                       "publication date, so the weekday cannot be fixed")  # fmt: skip
        return out("inconclusive", f'"{d.text}" is not a date the calendar can place')
    if not d.year_stated:
        if r.published is None:
            return out("inconclusive", f'"{d.text}" has no year and the article no '
                       "publication date, so the weekday cannot be fixed")  # fmt: skip
        s0, s1 = r.sentence(d.start)
        if contains(r.figs.words(s0, s1), DISTANT):
            why = (f'"{d.text}" has no year and the text puts the event too far back to '
                   "take the publication year, so the weekday cannot be fixed")  # fmt: skip
            return out("inconclusive", why)
        year = _year_near(r, d)
        if year is None:
            why = (f'"{d.text}" has no year and is far from the publication date '
                   f"{r.published}, so the weekday cannot be fixed")  # fmt: skip
            return out("inconclusive", why)
        try:
            day = date(year, d.lo.month, d.lo.day)
        except ValueError:
            return out("inconclusive", f'"{d.text}" is not a calendar date in {year}')
        note = " (the year nearest the publication date)"
    actual = _NAMES[day.weekday()]
    evidence = [Evidence(source="Gregorian calendar", description=f"{day} was a {actual}",
                         value=actual)]  # fmt: skip
    last = _last_note(r, start, wd, day)
    if actual == stated:
        return out("consistent", f"{day}{note} was a {actual}{last}", evidence)
    return out("inconsistent", f"{day}{note} was a {actual}, not a {stated}{last}", evidence)


def _year_near(r: Reading, d: DateRef) -> int | None:
    pub = r.published
    assert pub is not None
    s0, s1 = r.sentence(d.start)
    words = r.figs.words(s0, s1)
    if contains(words, THIS_YEAR):
        return pub.year  # "10 July is a Thursday this year"
    past = contains(words, TOLD_AS_PAST)
    if contains(words, LOOKS_AHEAD) or (not past and contains(words, PROGRAMME)):
        ahead = FUTURE_WINDOW_AHEAD
    else:  # "the ship was launched on a Thursday, 14 May": not after publication
        ahead = 0 if past else FUTURE_WINDOW
    best: tuple[int, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            gap = (date(year, d.lo.month, d.lo.day) - pub).days
        except ValueError:
            continue
        if -PAST_WINDOW <= gap <= ahead and (best is None or abs(gap) < best[0]):
            best = (abs(gap), year)
    return best[1] if best else None


def _last_note(r: Reading, start: int, wd: int, day: date) -> str:
    if r.published is None or r.before(start, 1) != ["last"]:
        return ""
    delta = (r.published.weekday() - wd) % 7 or 7
    wanted = r.published - timedelta(days=delta)
    if wanted == day:
        return ""
    return f"; 'last {_NAMES[wd]}' from {_NAMES[r.published.weekday()]} {r.published} is {wanted}"
