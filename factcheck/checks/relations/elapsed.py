"""Elapsed time: a stated duration against the dates it runs between.

The gap is end minus start (not an inclusive count). Where the ends come from, by the
word that anchors the duration:

* "N years ago", "N years on", "the N-year war", "is N years old": from the nearest
  earlier date in the sentence (else, when the phrase opens the sentence, in the sentence
  before; else the event date) to publication;
* "N years since …", "for N years, since …": from the date after "since" to publication;
* "N days later", "N days before": from the date before the phrase to the date after it
  (or the later of two before it);
* "N years after …", "N weeks earlier": from the date after the phrase to the date
  before it, else publication;
* countdowns ("in N days", "N weeks away", "in N weeks' time", "N days from now"): from
  publication to the date in the sentence;
* "aged N", "turns N", "its Nth anniversary": from the date in the sentence to publication.

Dates given only as a year or month count at that granularity: inconsistent only when no
exact day inside them fits. The hedge sets the rule (``_judge.span_fits``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.checks._judge import span_fits
from factcheck.checks._reading import (
    DAYS_PER,
    DateRef,
    Operand,
    Reading,
    contains,
    cues,
    ends_with,
    starts_with,
)
from factcheck.checks.relations import Finding, References
from factcheck.models import Evidence

_End = tuple[date, date, str, "DateRef | None"]

NAME = "elapsed"
CHECK = "elapsed"

_AGO = cues("ago", "on", "back")
_LATER = cues("later", "afterwards", "on from")
_AFTER = cues("after", "earlier", "before")
_SINCE = cues("since", ", since", "have passed since", "has passed since", "have elapsed since",
              "after the", "from")  # fmt: skip
_COUNTDOWN_AFTER = cues("' s time", "’ s time", "'s time", "’s time", "time", "from now",
                        "away", "' time", "’ time", "hence")  # fmt: skip
_COUNTDOWN_BEFORE = cues("in", "within", "in just", "in only", "in the next", "over the next")
_FUTURE = cues("will", "is due", "are due", "due", "is set", "are set", "scheduled", "expected",
               "deadline", "expires", "closes", "opens", "begins", "starts", "ends", "is to",
               "are to", "comes", "takes effect", "come into force", "to be")  # fmt: skip
_OLD = cues("old", "- old")
_AGE_BEFORE = cues("aged", "turns", "turned", "turn", "age", "at the age of", "celebrates",
                   "marks", "marked", "celebrated")  # fmt: skip
#: "the nearly three-year war": things that run until now, measured from their start.
_RUNNING = cues("war", "conflict", "invasion", "occupation", "siege", "crisis", "standoff",
                "stand - off", "blockade", "insurgency", "civil war", "presidency", "tenure",
                "reign", "rule", "dispute", "drought", "lockdown", "shutdown", "strike",
                "campaign", "career", "marriage", "partnership", "relationship", "history",
                "wait", "closure", "ban", "freeze", "search", "investigation", "inquiry",
                "trial", "embargo", "feud", "run", "hiatus", "absence")  # fmt: skip
_ENDED_BEFORE = cues("after a", "after an", "after the", "before a", "before the", "following a",
                     "following the", "ended a", "ended the", "ending a", "end of a",
                     "end of the", "since a", "until a", "of a", "of the", "from a",
                     "during a", "during the", "into a", "into the", "in a", "in the",
                     "for a", "a", "an", "every", "each", "per", "first", "last",
                     "ended its", "ended their", "after its", "after their")  # fmt: skip
_PRESENT = cues("is", "are", "has", "have", "remains", "remain", "still", "now", "today",
                "continues", "continue", "stands", "lies", "sits")  # fmt: skip
_PAST = cues("was", "were", "had", "did")
_ANNIVERSARY = cues("anniversary", "birthday", "jubilee")
CUES = (_AGO | _LATER | _AFTER | _SINCE | _COUNTDOWN_AFTER | _COUNTDOWN_BEFORE | _FUTURE | _OLD
        | _AGE_BEFORE | _RUNNING | _ANNIVERSARY)  # fmt: skip


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for op in r.operands:
        if op.kind == "duration" and op.time_unit in DAYS_PER and op.value > 0:
            found = _bind(r, refs, op)
            if found is not None:
                yield found


def _starts(words: list[str], cue_set: frozenset[tuple[str, ...]]) -> bool:
    return bool(starts_with(words, cue_set))


def _mode(r: Reading, op: Operand) -> str | None:
    tail = r.after(op.end, 5)
    head = r.before(op.begin, 5)
    if tail[:1] == ["than"] or tail[1:2] == ["than"]:
        return None  # "six weeks earlier than planned": against a plan, not a date
    if _starts(tail, _OLD):
        return "age"
    if tail[:1] == ["on"] and len(tail) > 1 and (tail[1][0].isdigit() or tail[1] == "the"):
        return None  # "two years on 3 May": not "two years on"
    if _starts(tail, _AGO):
        return "ago"
    if _starts(tail, _LATER):
        return "later"
    if tail[:1] in (["after"], ["earlier"], ["before"]):
        return tail[0]
    if _starts(tail, _SINCE) or _starts(tail[1:], cues("since")):
        return "since"
    if _starts(tail, _COUNTDOWN_AFTER) or tuple(head[-1:]) in _COUNTDOWN_BEFORE:
        return "countdown"
    if tuple(head[-3:]) in _COUNTDOWN_BEFORE or tuple(head[-2:]) in _COUNTDOWN_BEFORE:
        return "countdown"
    if _starts(tail, _RUNNING) or _starts(tail[1:], _RUNNING):
        if ends_with(head, _ENDED_BEFORE) and head[-1] not in ("the", "its", "their", "this"):
            return None  # "after a four-year war": it ended
        return "ago"
    if head[-1:] and (tuple(head[-1:]) in _AGE_BEFORE or tuple(head[-4:]) in _AGE_BEFORE):
        return "age"
    if op.kind == "duration" and op.claim is None:
        return None
    if head[-1:] == ["for"] and contains(r.after(op.end, 8), cues("since")):
        return "since"
    return None


def _bind(r: Reading, refs: References, op: Operand) -> Finding | None:
    mode = _mode(r, op)
    if mode is None:
        return None
    s0, s1 = r.sentence(op.start)
    anchors = [d for d in r.dates_in(s0, s1) if not (d.start < op.end and op.start < d.end)]
    anchors = [d for d in anchors if not _is_duration_date(r, d)]
    before = [d for d in anchors if d.end <= op.start]
    after = [d for d in anchors if d.start >= op.end]
    pub = r.published
    event = next(iter(refs.events.items()), None)

    def nearest(cands: list[DateRef], *, past: bool = False) -> DateRef | None:
        usable = [d for d in cands if not past or pub is None or d.lo <= pub]
        if not usable:
            return None
        return min(usable, key=lambda d: min(abs(d.start - op.end), abs(op.start - d.end)))

    start: _End | None = None
    end: _End | None = None
    pub_end: _End | None = (pub, pub, f"publication {pub}", None) if pub else None

    def at(d: DateRef | None, note: str = "") -> _End | None:
        return None if d is None else (d.lo, d.hi, f'"{d.text}"{note}', d)

    if mode in ("ago", "age", "since"):
        d = nearest(after if mode == "since" and after else anchors, past=True)
        start = at(d)
        if start is None and mode != "since":
            start = _previous(r, op, s0, nearest_past=True)
            if start is None and event is not None and mode == "ago":
                start = (event[1], event[1], f"{event[1]} ({event[0]})", None)
        end = pub_end
        if start is None and mode == "age":
            return None  # "an 80-year-old man": nothing dated to compare
    elif mode == "countdown":
        future = [d for d in after + before if pub is None or d.hi >= pub]
        d = nearest(future)
        if d is None:
            return None
        start, end = pub_end, at(d)
    elif mode in ("after", "earlier"):
        start, end = at(nearest(after)), at(nearest(before))
        if end is None and mode == "after":
            end = pub_end
        if mode == "earlier" and start is None and end is not None:
            prev = _previous(r, op, s0, nearest_past=False, last=True)
            if prev is not None and prev[0] > end[1]:
                start, end = end, prev
    else:  # later, before
        d_start, d_end = nearest(before), nearest(after)
        if d_end is None and mode == "later" and len(before) >= 2:
            d_end = nearest(before)
            d_start = nearest([d for d in before if d is not d_end])
        start, end = at(d_start), at(d_end)
        if start is None and not anchors and mode == "later":
            start = _previous(r, op, s0, nearest_past=True)
            rest = r.figs.words(op.end, s1)
            if start is not None and contains(rest, _PRESENT) and not contains(rest, _PAST):
                end = pub_end
            elif start is not None:
                return None
    if start is None or end is None:
        if not anchors and mode not in ("ago", "since"):
            return None  # "a day after the vote": nothing dated to compare
        missing = "start" if start is None else "end"
        hint = "; give --event-date or --event" if missing == "start" else ""
        why = f'The text gives no {missing} date to measure "{op.text}" from{hint}'
        return Finding(CHECK, op.begin, _span_end(r, op, mode), "inconclusive", why, (), op)
    found = _test(r, op, start, end)
    found.end = _span_end(r, op, mode)
    if event is not None and start[3] is None and start[2].startswith(str(event[1])):
        found.evidence.append(Evidence(source=event[0], description=f"event date {event[1]}",
                                       value=str(event[1])))  # fmt: skip
    return found


def _span_end(r: Reading, op: Operand, mode: str) -> int:
    """The phrase ends after its anchor word: "two years ago", "12 days later"."""
    if mode not in ("ago", "later", "earlier"):
        return op.end
    nxt = r.figs.token_after(op.end)
    if nxt is not None and nxt[0] in ("ago", "on", "later", "earlier", "back"):
        return nxt[1]
    return op.end


def _is_duration_date(r: Reading, d: DateRef) -> bool:
    """A date read from the publication date ("two years ago", "on Monday", "last week"):
    it cannot test a gap that the publication date ends."""
    return d.relative


def _previous(
    r: Reading, op: Operand, s0: int, *, nearest_past: bool, last: bool = False
) -> _End | None:
    """A date in the sentence before, when the phrase opens its sentence ("Five years on, …")."""
    if not last and r.before(op.begin, 3) not in ([], ['"'], ["“"], ["("], ["‘"]):
        return None
    prev = r.previous_sentence(s0)
    if prev is None:
        return None
    cands = [d for d in r.dates_in(*prev) if not _is_duration_date(r, d)]
    if nearest_past and r.published is not None:
        cands = [d for d in cands if d.lo <= r.published]
    if not cands:
        return None
    d = cands[-1]
    return d.lo, d.hi, f'"{d.text}" (the sentence before)', d


def _test(r: Reading, op: Operand, start: _End, end: _End) -> Finding:
    unit = op.time_unit or "year"
    per = DAYS_PER[unit]
    lo_days = max(0, (end[0] - start[1]).days)
    hi_days = max(0, (end[1] - start[0]).days)
    lo, hi = lo_days / per, hi_days / per
    ok, rule = span_fits(op.hedge, op.value, lo, hi)
    n_text = f"{op.value:g} {unit}s"
    gap = (f"{lo_days} days = {lo:.2f} {unit}s" if lo_days == hi_days
           else f"between {lo:.2f} and {hi:.2f} {unit}s")  # fmt: skip
    why = f"{start[2]} → {end[2]}: {gap}; stated {rule.format(n=n_text)}"
    dates = [d for d in (start[3], end[3]) if d is not None]
    return Finding(CHECK, op.begin, op.end, "consistent" if ok else "inconsistent", why, dates, op)
