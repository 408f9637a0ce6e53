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

import itertools
from calendar import monthrange
from collections.abc import Callable, Iterator
from datetime import date, timedelta

from factcheck.checks._judge import span_fits
from factcheck.checks._reading import (
    DAYS_PER,
    Cue,
    DateRef,
    Operand,
    Reading,
    contains,
    cues,
    ends_with,
    starts_with,
)
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import told_as_past
from factcheck.models import Evidence

_End = tuple[date, date, str, "DateRef | None"]

NAME = "elapsed"
CHECK = "elapsed"

_AGO = cues("ago", "on", "back")
_LATER = cues("later", "afterwards", "on from")
_AFTER = cues("after", "earlier", "before")
_SINCE = cues("since", ", since", "have passed since", "has passed since", "have elapsed since",
              "has elapsed since", "have gone by since", "has gone by since", "went by since",
              "passed since", "after the", "from")  # fmt: skip
_COUNTDOWN_AFTER = cues("' s time", "’ s time", "'s time", "’s time", "time", "from now",
                        "away", "' time", "’ time", "hence", "to go until", "to go till",
                        "to go before", "to go ,", "to go .", "to go and", "left until",
                        "left before", "remaining until", "remaining before", "remain until",
                        "remain before", "to run until", "to run before", "left in",
                        "left on", "left to", "left :", "left ,", "left .", "remaining :",
                        "remaining ,", "remaining .", "left before the")  # fmt: skip
_COUNTDOWN_BEFORE = cues("in", "within", "in just", "in only", "in the next", "over the next")
_FUTURE = cues("will", "is due", "are due", "due", "is set", "are set", "scheduled", "expected",
               "deadline", "expires", "closes", "opens", "begins", "starts", "ends", "is to",
               "are to", "comes", "takes effect", "come into force", "to be")  # fmt: skip
_OLD = cues("old", "- old")
_AGE_BEFORE = cues("aged", "turns", "turned", "turn", "age", "at the age of", "celebrates",
                   "marks", "marked", "celebrated", "mark", "celebrate", "marking",
                   "celebrating")  # fmt: skip
#: "the nearly three-year war": things that run until now, measured from their start.
_RUNNING = cues("war", "conflict", "invasion", "occupation", "siege", "crisis", "standoff",
                "stand - off", "blockade", "insurgency", "civil war", "presidency", "tenure",
                "reign", "rule", "dispute", "drought", "lockdown", "shutdown", "strike",
                "campaign", "career", "marriage", "partnership", "relationship", "history",
                "wait", "closure", "ban", "freeze", "search", "investigation", "inquiry",
                "trial", "embargo", "feud", "run", "hiatus", "absence", "spell", "heatwave",
                "outage")  # fmt: skip
_ENDED_BEFORE = cues("after a", "after an", "after the", "before a", "before the", "following a",
                     "following the", "ended a", "ended the", "ending a", "end of a",
                     "end of the", "since a", "until a", "of a", "of the", "from a",
                     "during a", "during the", "into a", "into the", "in a", "in the",
                     "for a", "a", "an", "every", "each", "per", "first", "last",
                     "ended its", "ended their", "after its", "after their")  # fmt: skip
#: "has", "have" and their contractions ("we've been here for …").
_HAVE = frozenset("has have we've we’ve they've they’ve i've i’ve you've you’ve".split())
_PRESENT = cues("is", "are", "remains", "remain", "still", "now", "today", "continues",
                "continue", "stands", "stand", "lies", "lie", "sits", "sit", *_HAVE)  # fmt: skip
_ANNIVERSARY = cues("anniversary", "birthday", "jubilee")
#: A negated present perfect: "has not been tuned in 50 years" counts from the last time.
_NOT_SINCE = cues("has not", "have not", "hasn't", "haven't", "hasn’t", "haven’t", "has never",
                  "have never")  # fmt: skip
#: Verbs that mark a run of years up to now: "celebrates 60 years on the high street".
_MARKS = cues("marks", "mark", "marked", "marking", "celebrates", "celebrate", "celebrating")
#: What a countdown's holder has before the time left ("have 28 days to object").
_HAVE_LEFT = cues("have", "has", "get", "gets", "given", "with")
_SINCE_ONLY = cues("since")
#: After a duration told from a "since" before it: "Since …, a decade has passed".
_PASSED = cues("has passed", "have passed", "has elapsed", "have elapsed", "has gone by",
               "have gone by")  # fmt: skip
CUES = (_AGO | _LATER | _AFTER | _SINCE | _PASSED | _COUNTDOWN_AFTER | _COUNTDOWN_BEFORE
        | _FUTURE | _OLD | _AGE_BEFORE | _RUNNING | _ANNIVERSARY)  # fmt: skip


#: Words before a duration that say it ran until now or until the event of the sentence:
#: "has lasted 22 days", "has held for a month", "stood for 150 years until …", "after 40
#: years at its helm".
_SPAN_VERBS = frozenset("lasted held stood been remained run ran continued gone waited shut "
                        "spent spend spending closed served existed survived endured "
                        "persisted raged stayed lived waiting running living working "
                        "serving sitting standing lying empty vacant missing "
                        "worked operated stalled dragged open taken took".split())  # fmt: skip
#: Words that put the event of a sentence at the time of publication.
_NOW = cues("this week", "this month", "this year", "today", "yesterday", "this morning",
            "tonight", "now", "this weekend", "so far", "to date")  # fmt: skip
_TODAY = _NOW - cues("yesterday")
#: Words that open a relative clause after a comma.
_WHICH = frozenset(("which", "who", "whose", "where", "when"))
_UNTIL = cues("until", "till", "to", "in", "until it was", "before")
_BORN = cues("born", "was born", "born on", "born in")
#: The first words of a sentence after an age that tell the birth of the same person.
_BORN_OPENERS = (["she"], ["he"], ["born"])
#: Numbers that state an age ("aged 47", "turns 50", "at the age of 68", "retired at 68").
_AGE_LEAD = cues("aged", "turns", "turned", "turn", "turning", "age of", "at the age of", "at")


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for op in r.operands:
        found: Finding | None = None
        if op.kind == "duration" and _is_rate(r, op):
            continue  # "£3.5m a year": the period of a rate, not a span of time
        if op.kind == "duration" and op.time_unit in DAYS_PER and op.value > 0:
            found = _bind(r, refs, op, _mode(r, op) or _free(r, op))
        elif op.kind in ("count", "ordinal") and op.value_max is None:
            years = _years_of(r, op)
            if years is not None:
                found = _bind(r, refs, *years)
        if found is not None:
            yield found


#: The first letters of "a", "an", "per", "each", "every", either case.
_RATE_INITIALS = frozenset("aApPeE")


def _is_rate(r: Reading, op: Operand) -> bool:
    """ "£3.5m a year", "40 hours per week": a duration that is the period of the figure
    right before it."""
    if r.text.text[op.begin] not in _RATE_INITIALS:
        return False  # no word of a rate's period can open it: no tokens to read
    words = r.figs.words(op.begin, op.end)
    if words[:1] not in (["a"], ["an"], ["per"], ["each"], ["every"]):
        return False
    prev = [o for o in r.in_sentence(op.start) if o.end <= op.begin and o.kind != "duration"]
    return bool(prev) and not r.between(prev[-1].end, op.begin)


def _years_of(r: Reading, op: Operand) -> tuple[Operand, str] | None:
    """An age ("aged 47", "turns 50") or an anniversary ("the 10th anniversary") as years."""
    if not (op.value.is_integer() and 0 < op.value <= 150):
        return None
    if op.kind == "ordinal":
        unit = _running_unit(r, op)
        if unit is not None:  # "now in its 13th week": 12 whole weeks gone, not yet 13
            return Operand(op.start, op.end, op.text, "duration", op.value - 1, 1.0, 1.0,
                           time_unit=unit, claim=op.claim, figure=op.figure,
                           begin=op.begin), "in_its"  # fmt: skip
        if starts_with(r.after(op.end, 2), _ANNIVERSARY) is None:
            return None
        mode = "anniversary"
    else:
        lead = ends_with(r.before(op.begin, 4), _AGE_LEAD)
        if lead is None and _born_is(r, op):
            mode = "born_is"
        elif lead is None or r.after(op.end, 1)[:1] in (["%"], ["-"], ["per"]):
            return None
        else:
            mode = "born" if lead == ("at",) else "age"
    years = Operand(op.start, op.end, op.text, "duration", op.value, 1.0, 1.0, hedge=op.hedge,
                    time_unit="year", claim=op.claim, figure=op.figure, begin=op.begin)  # fmt: skip
    return years, mode


def _running_unit(r: Reading, op: Operand) -> str | None:
    """The unit of "in its 13th week", "into their fourth year": an ordinal of a thing's
    own running time."""
    unit = r.after(op.end, 1)
    if r.before(op.begin, 2) not in (["in", "its"], ["in", "their"], ["into", "its"],
                                     ["into", "their"]) or not unit:  # fmt: skip
        return None
    return unit[0] if unit[0] in DAYS_PER and unit[0] != "decade" else None


#: After "born on …, is N": what may end the age ("is 70 today", "he was 86.").
_AGE_END = frozenset((".", ",", ";", "today", "now", "this", "when", "on", "and", "at"))


def _born_is(r: Reading, op: Operand) -> bool:
    """ "X, born on 15 May 1956, is 70 today"; "Born on 9 March 1931, she was 94": a bare
    number right after "is"/"was" in a sentence that gives a birth date before it."""
    if r.before(op.begin, 1) not in (["is"], ["was"]):
        return False
    tail = r.after(op.end, 1)
    if tail and tail[0] not in _AGE_END:
        return False
    return bool(_births(r, op))


def _births(r: Reading, op: Operand) -> list[DateRef]:
    """The birth dates an "is N" / "was N" age counts from: those before it in its
    sentence, else, when the sentence is only "She was 96.", those of the sentence before."""
    s0, _ = r.sentence(op.start)
    span: tuple[int, int] | None = (s0, op.begin)
    if r.figs.words(s0, op.begin)[:1] in _BORN_OPENERS and len(r.figs.words(s0, op.begin)) == 2:
        span = r.previous_sentence(s0) if not r.dates_in(s0, op.begin) else span
    if span is None:
        return []
    return [d for d in r.dates_in(*span) if contains(r.before(d.start, 4), _BORN)]


def _mode(r: Reading, op: Operand) -> str | None:
    """The anchor word's reading of a duration (read once per operand: the binders ask
    again)."""
    memo = r.memo.setdefault("elapsed_mode", {})
    found = memo.get(id(op))
    if found is None or found[0] is not op:  # type: ignore[index]
        # the operand is kept with its answer, so its id cannot be reused meanwhile
        found = memo[id(op)] = (op, _read_mode(r, op))
    return found[1]  # type: ignore[index,no-any-return]


#: Words round a duration that settle its reading before the word after it is read: a
#: test of (the words before it, the words after it) and the reading it gives (None: no
#: elapsed time at all), tried in order.
_LEADING: tuple[tuple[Callable[[list[str], list[str]], bool], str | None], ...] = (
    # "six weeks earlier than planned": against a plan, not a date
    (lambda h, t: t[:1] == ["than"] or t[1:2] == ["than"], None),
    # "is 50 years old", "died at 88 years of age"
    (lambda h, t: starts_with(t, _OLD) is not None or t[:2] == ["of", "age"], "age"),
    # "celebrates 60 years on the high street", "marks 40 years on the road"
    (lambda h, t: tuple(h[-1:]) in _MARKS, "marks"),
    # "two years on 3 May": not "two years on"
    (lambda h, t: t[:1] == ["on"] and len(t) > 1 and (t[1][0].isdigit() or t[1] == "the"), None),
    # "was tended for nearly three centuries before the keepers left"
    (lambda h, t: h[-1:] == ["for"] and t[:1] in (["before"], ["until"], ["till"]), "span"),
    # "have less than two months to register objections, with the deadline set for …"
    (lambda h, t: t[:1] == ["to"] and tuple(h[-1:]) in _HAVE_LEFT, "countdown"),
    # "a stoppage of nine weeks and counting": it runs to now
    (lambda h, t: t[:2] == ["and", "counting"], "running"),
    # "two years from now", not "two years from 2020"
    (lambda h, t: t[:2] == ["from", "now"], "countdown"),
)
#: The words right after a duration and the reading they give, tried in order ("into":
#: "less than two years into the job", from its start to the event).
_TAIL_MODES: tuple[tuple[frozenset[Cue], str], ...] = (
    (_AGO, "ago"), (_LATER, "later"), (cues("after"), "after"), (cues("earlier"), "earlier"),
    (cues("before"), "before"), (cues("into"), "later"), (_SINCE, "since"),
)  # fmt: skip
#: The words a cue of ``_TAIL_MODES`` opens with: a tail opening on another has none.
_TAIL_FIRSTS = frozenset(c[0] for cue_set, _ in _TAIL_MODES for c in cue_set if c)


def _read_mode(r: Reading, op: Operand) -> str | None:
    tail = r.after(op.end, 5)
    if tail[:3] == ["to", "the", "day"]:
        tail = r.after(op.end, 8)[3:]  # "50 years to the day after …": read the word after
    head = r.before(op.begin, 5)
    for test, leading in _LEADING:
        if test(head, tail):
            return leading
    mode = (
        next((m for cue, m in _TAIL_MODES if starts_with(tail, cue) is not None), None)
        if tail[:1] and tail[0] in _TAIL_FIRSTS
        else None
    )
    if mode is not None or _since_before(r, op, head, tail):
        return mode or "since"
    if _counts_down(r, op, head, tail):
        return "countdown"
    if starts_with(tail, _RUNNING) is not None or starts_with(tail[1:], _RUNNING) is not None:
        if ends_with(head, _ENDED_BEFORE) and head[-1] not in ("the", "its", "their", "this"):
            return None  # "after a four-year war": it ended
        return "running"
    if head[-1:] and (tuple(head[-1:]) in _AGE_BEFORE or tuple(head[-4:]) in _AGE_BEFORE):
        return "age"
    if op.kind == "duration" and op.claim is None:
        return None
    if head[-1:] == ["for"] and contains(r.after(op.end, 8), cues("since")):
        return "since"
    if head[-1:] and _threshold(op, head):
        return None  # "tenants waiting more than a year fell to 410": a group, not a span
    if head[-1:] in (["after"], ["for"]) or (head[-1:] and head[-1] in _SPAN_VERBS):
        return "span"
    return None


#: Words before a participle that make it a verb of the clause ("has been waiting", "after
#: spending"): only a noun before it names a group ("tenants waiting more than a year").
_AUXILIARIES = frozenset("is are was were be been being 's ’s has have had after before since "
                         "while when by from of in on without and but or then still "
                         "spent".split())  # fmt: skip


def _threshold(op: Operand, head: list[str]) -> bool:
    """ "tenants waiting more than a year", "people living under a year in the town": a
    participle with no auxiliary before a hedged length names a group by a bound."""
    return (
        head[-1].endswith("ing")
        and op.hedge in ("more than", "less than", "at least", "at most")
        and len(head) > 1
        and head[-2].isalpha()
        and head[-2] not in _AUXILIARIES
    )


def _since_before(r: Reading, op: Operand, head: list[str], tail: list[str]) -> bool:
    """ "two years, since …"; "Since the mill closed in 2015, more than a decade has
    passed"; "has not been tuned in nearly 50 years": counted from a past date."""
    if starts_with(tail[1:], _SINCE_ONLY) is not None:
        return True
    if starts_with(tail, _PASSED) is not None and "since" in _clause_before(r, op):
        return True
    return head[-1:] == ["in"] and contains(r.before(op.begin, 8), _NOT_SINCE)


def _counts_down(r: Reading, op: Operand, head: list[str], tail: list[str]) -> bool:
    """ "in N days", "N weeks away", "with N days to go until …", "within 90 days, by …"."""
    if starts_with(tail, _COUNTDOWN_AFTER) is not None:
        return True
    if any(tuple(head[-k:]) in _COUNTDOWN_BEFORE for k in (1, 2, 3)):
        return True
    inner = r.between(op.start, op.figure.start) if op.figure is not None else []
    return inner[:1] == ["within"] or (op.hedge == "within" and not inner)


def _clause_before(r: Reading, op: Operand) -> list[str]:
    """The words of ``op``'s sentence before it."""
    return r.figs.words(r.sentence(op.start)[0], op.begin)


def _past(words: list[str]) -> bool:
    """``told_as_past`` with a present perfect's participles left out: "has stayed closed
    for", "have now been shut" tell no past."""
    kept: list[str] = []
    run = False
    for w in words:
        if run and w in _PERFECT_RUN:
            continue
        run = w in _HAVE or (run and w in _STILL_WORDS)
        kept.append(w)
    return told_as_past(kept)


_PERFECT_RUN = _SPAN_VERBS | {"been"}
_STILL_WORDS = frozenset(("now", "still", "not", "never", "long"))


def _held(sc: _Scene) -> bool:
    """ "has lasted …", "shut for …", "after …": a span that ran to the sentence's event."""
    head = sc.r.before(sc.op.begin, 4)
    if head[-1:] == ["after"] or (head[-1:] and head[-1] in _SPAN_VERBS):
        return True
    # "has carried traffic for three decades": a present perfect before "for"
    perfect = _HAVE | _SPAN_VERBS
    if head[-1:] == ["for"] and sc.r.figs.words(sc.s0, sc.op.begin) == ["for"]:
        return any(w in _HAVE for w in sc.r.after(sc.op.end, 3))  # "For 90 days it has …"
    return head[-1:] == ["for"] and any(w in perfect for w in sc.r.before(sc.op.begin, 8)[:-1])


class _Scene:
    """The dates round one duration: in its sentence (before and after it), the sentence
    before it, and the publication date."""

    def __init__(self, r: Reading, refs: References, op: Operand) -> None:
        self.r, self.op, self.refs = r, op, refs
        self.s0, self.s1 = r.sentence(op.start)
        dated = [
            d for d in r.dates_in(self.s0, self.s1) if not (d.start < op.end and op.start < d.end)
        ]
        self.anchors = [d for d in dated if not d.relative]
        self.relative = [d for d in dated if d.relative]  # "on Sunday": a day by publication
        self.before = [d for d in self.anchors if d.end <= op.start]
        self.after = [d for d in self.anchors if d.start >= op.end]
        self.pub = r.published
        self.event = next(iter(refs.events.items()), None)
        prev = r.previous_sentence(self.s0)
        self.prev_span = prev
        self.prev = [d for d in r.dates_in(*prev) if not d.relative] if prev else []
        nxt = r.next_sentence(self.s0)
        self.next_span = nxt
        self.next = [d for d in r.dates_in(*nxt) if not d.relative] if nxt else []

    def at(self, d: DateRef | None, note: str = "", *, ahead: bool = False) -> _End | None:
        """A date's first and last day; ``ahead``: a day and month without a year take the
        publication year (the date extractor reads them as past)."""
        if d is None:
            return None
        lo, hi = d.lo, d.hi
        if ahead and not d.year_stated and d.month is not None and self.pub is not None:
            lo, hi = _in_year(lo, self.pub.year), _in_year(hi, self.pub.year)
        return lo, hi, f'"{d.text}"{note}', d

    def publication(self) -> _End | None:
        return (self.pub, self.pub, f"publication {self.pub}", None) if self.pub else None

    def nearest(self, cands: list[DateRef], *, past: bool = False) -> DateRef | None:
        op, pub = self.op, self.pub
        usable = [d for d in cands if not past or pub is None or d.lo <= pub]
        if not usable:
            return None
        return min(usable, key=lambda d: min(abs(d.start - op.end), abs(op.start - d.end)))

    def previous(self, *, lead: frozenset[tuple[str, ...]] | None = None) -> _End | None:
        """The one past date of the sentence before (introduced by ``lead``, if given)."""
        return self._one_past(self.prev, self.prev_span, lead, " (the sentence before)")

    def born_after(self) -> _End | None:
        """The birth date told in the sentence after, about the same person: it opens on a
        pronoun or on "Born" ("died on Monday aged 91. She was born on 2 May 1933"; not
        "Her son was born on …")."""
        span = self.next_span
        if span is None or self.r.figs.words(span[0], span[1])[:1] not in _BORN_OPENERS:
            return None
        return self._one_past(self.next, span, _BORN, " (the sentence after)")

    def _one_past(
        self,
        dates: list[DateRef],
        span: tuple[int, int] | None,
        lead: frozenset[tuple[str, ...]] | None,
        note: str,
    ) -> _End | None:
        cands = [d for d in dates if self.pub is None or d.lo <= self.pub]
        if lead is not None and span is not None:
            floor = span[0]
            cands = [
                d for d in cands if contains(self.r.figs.before(d.start, 5, floor=floor), lead)
            ]
        return self.at(cands[-1], note) if len(cands) == 1 else None

    def now(self, *, previous: bool = False, whole: bool = False) -> bool:
        """The event of the sentence is at publication: present tense after the phrase (or
        anywhere in it, ``whole``), or a word such as "this week", or a weekday read from the
        publication date."""
        rest = self.r.figs.words(self.op.end, self.s1)
        if contains(rest, _PRESENT) and not _past(rest):
            return True
        if whole and contains(self.r.figs.words(self.s0, self.s1), _PRESENT):
            return True
        words = self.r.figs.words(self.s0, self.s1)
        if self.prev_span is not None and previous:
            words = self.r.figs.words(self.prev_span[0], self.prev_span[1]) + words
        return contains(words, _NOW) or bool(self.relative)

    def end_of_event(self) -> _End | None:
        """Where a span ends: a date after it ("until … 2021"), a day read from the
        publication date in the sentence ("stepped down on Sunday"), or publication when
        the sentence is in the present."""
        after = [d for d in self.after if contains(self.r.before(d.start, 4), _UNTIL)]
        if after:
            return self.at(after[0])
        if self.relative:
            return self.at(self.relative[-1])
        # "has been shut for …", "… has lasted": the verb before the span is in the present
        verb = self.r.before(self.op.begin, 6)
        present = contains(verb, _PRESENT) and not _past(verb)
        return self.publication() if present or self.now() else None


def _bind(r: Reading, refs: References, op: Operand, mode: str | None) -> Finding | None:
    if mode is None:
        return None
    sc = _Scene(r, refs, op)
    if mode == "countdown" and told_as_past(r.figs.words(sc.s0, op.begin)):
        mode = "free"  # "doubled in five years, from … in 2019 to … in 2024": no countdown
    ends = _ends(sc, mode)
    if ends is None and mode == "free" and sc.pub is None and _apposed_undated(sc):
        return _unmeasured(sc, mode, f'The text has no publication date to measure "{op.text}" to')
    if ends is None:
        return None
    start, end = ends
    if start is not None and end is not None and start[0] > end[1]:
        return None  # "a day after the bank holiday on 4 May", told before it: no span yet
    if start is None or end is None:
        if not sc.anchors and mode not in _UNDATED:
            return None  # "a day later": nothing dated to compare
        missing = "start" if start is None else "end"
        hint = "; give --event-date or --event" if missing == "start" else ""
        return _unmeasured(
            sc, mode, f'The text gives no {missing} date to measure "{op.text}" from{hint}'
        )
    found = _test(r, op, start, end, ordinal=mode == "in_its")
    found.end = _span_end(r, op, mode)
    event = sc.event
    if event is not None and start[3] is None and start[2].startswith(str(event[1])):
        found.evidence.append(Evidence(source=event[0], description=f"event date {event[1]}",
                                       value=str(event[1])))  # fmt: skip
    return found


#: Readings that say a span is measured even when the text gives no date for it: they are
#: inconclusive then ("which opened more than 150 years ago"); others make no check.
_UNDATED = frozenset(("ago", "running", "since", "span", "after", "marks"))


def _open(ends: _Ends) -> bool:
    return ends is None or None in ends


def _ends(sc: _Scene, mode: str) -> _Ends:
    """The span's two ends: its reading's binder, then the dates beside it (in the sentence,
    then across the paragraph), a present tense up to publication, the two dates told before
    it, and a date it is set in apposition to, each tried while an end is missing."""
    ends = _between(sc) if mode in ("span", "running", "free") else None
    if ends is None and mode != "free":
        ends = _BINDERS[mode](sc)
    if _open(ends) and mode in ("span", "running", "after", "countdown", "free"):
        ends = _between(sc, across=True) or ends
    if ends is None or ends[0] is None:
        ends = _to_now(sc, mode) or ends
    if _open(ends) and mode in ("span", "free"):
        ends = _preceding(sc) or ends
    if ends is None and mode == "free":
        ends = _apposed(sc)
    return ends


def _unmeasured(sc: _Scene, mode: str, why: str) -> Finding:
    op = sc.op
    return Finding(CHECK, op.begin, _span_end(sc.r, op, mode), "inconclusive", why, (), op)


_Ends = tuple["_End | None", "_End | None"] | None


def _ago(sc: _Scene) -> _Ends:
    """ "two years ago", "the nearly three-year war": from the date to publication."""
    near = [d for d in sc.anchors if _beside(sc, d)]
    start = sc.at(sc.nearest(near, past=True))
    at = start[3] if start is not None else None
    if start and at and sc.r.after(sc.op.end, 1) == ["on"] and at.end <= sc.op.start:
        on = _on_from_earlier(sc, start)
        if on is not None:
            return on
    if start is None and sc.anchors and _on_to_now(sc):
        # "opened on 2 June 1980, and reopened its doors this week, 45 years on": the
        # clause of "N on" is told at publication, the one past date of the sentence its start
        return sc.at(sc.anchors[0]), sc.publication()
    if start is None and [d for d in sc.anchors if sc.pub is None or d.lo <= sc.pub]:
        return None  # "founded in 1990, moved to Leeds 20 years ago": another event's date
    if start is None:
        start = _opening(sc)
    if start is None and sc.op.begin >= 0 and _is_running(sc):
        start = sc.previous(lead=cues("since"))  # "… since 26 June. … the eight-week drought"
    if start is None and sc.event is not None:
        day = sc.event[1]
        start = (day, day, f"{day} ({sc.event[0]})", None)
    return start, sc.publication()


def _on_to_now(sc: _Scene) -> bool:
    """ "…, and renewed their vows this week, 50 years on", "… are still waiting, 13 weeks
    on": "N on" after a clause told at publication ("this week", "today", "is still"), in a
    sentence of one past date."""
    if sc.r.after(sc.op.end, 1) != ["on"] or len(sc.anchors) != 1 or sc.pub is None:
        return False
    d = sc.anchors[0]
    if d.hi > sc.pub or d.end > sc.op.begin:
        return False
    if contains(sc.r.figs.words(d.end, sc.op.begin), _NOW | _STILL):
        return True
    # "…, completed on 1 May 2022; three years on, the savings stand at …": the clause the
    # "N on" opens is told in the present
    return sc.r.after(sc.op.end, 2) == ["on", ","] and sc.now()


#: A clause told as still going on at publication: "are still waiting, 13 weeks on".
_STILL = cues("is still", "are still", "remains", "remain", "has yet to", "have yet to",
              "is yet to", "are yet to", "still has", "still have")  # fmt: skip


def _on_from_earlier(sc: _Scene, date_of: _End) -> _Ends:
    """ "It opened on 16 January. It was filled on 6 March, seven weeks on": "N on" right
    after the date of its clause says that date is N after an earlier one (the earlier date
    of the sentence, else the one date of the sentence before), not N before publication."""
    d = date_of[3]
    if d is None:
        return None
    earlier = [e for e in sc.before if e is not d and e.hi <= d.lo]
    start = sc.at(earlier[-1]) if earlier else sc.previous()
    if start is None or start[1] > date_of[0]:
        return None
    return start, date_of


#: Words at most between an "ago" phrase and a date after it ("40 years ago, back in 1985").
_AGO_REACH = 5


def _beside(sc: _Scene, d: DateRef) -> bool:
    """A date that goes with an "ago" phrase: after it ("40 years ago in 1985"), or at most
    two words before it ("on 24 February 2022, more than three years ago"), or the phrase
    names a thing that runs ("the nearly three-year war that began in 2022"); not a date of
    an earlier clause ("founded in 1990, moved to Leeds 20 years ago")."""
    if _is_running(sc):
        return True
    if d.start >= sc.op.end:  # "40 years ago in 1985", not "a year ago, and … by December"
        words = sc.r.between(sc.op.end, d.start)
        figures = [o for o in sc.r.in_sentence(sc.op.start) if sc.op.end <= o.start < d.start]
        near = len([w for w in words if w.isalnum()]) <= _AGO_REACH  # not "…, the band is to …"
        return near and not figures and not {"and", "but", ";", "while", "whereas"} & set(words)
    return len([w for w in sc.r.between(d.end, sc.op.begin) if w.isalnum()]) <= 2


def _is_running(sc: _Scene) -> bool:
    return _mode(sc.r, sc.op) == "running"


def _since(sc: _Scene) -> _Ends:
    if sc.r.after(sc.op.end, 1) == ["from"]:
        found = _from_day(sc)
        if found is not None:
            return found
    d = sc.nearest(sc.after or sc.anchors, past=True)
    if d is None and not sc.anchors and sc.now():
        # "… without power since 8 April. It is now three weeks since the storm": the one
        # past date of the sentence before, when this one is told at publication
        prev = sc.previous()
        if prev is not None:
            return prev, sc.publication()
    return sc.at(d), sc.publication()


#: What "N weeks from …" counts from when it is no date: the publication day (or the day
#: after it), or the date told just before ("from that Monday", "from then").
_FROM_NOW: dict[tuple[str, ...], int] = {("today",): 0, ("now",): 0, ("tomorrow",): 1}
_FROM_BACK = cues("that", "then", "there")


def _from_day(sc: _Scene) -> _Ends:
    """ "set for 25 November, seven weeks from Monday", "closes on 28 April, six weeks from
    that Monday", "seven weeks from 10 March": from the day after "from" to the other date
    of the sentence. A day and month without a year is the next one on or after the start
    (the date extractor reads it as past)."""
    r, op = sc.r, sc.op
    word = r.after(op.end, 2)[1:]
    start: _End | None = None
    used: DateRef | None = None
    if tuple(word) in _FROM_NOW and sc.pub is not None:
        day = sc.pub + timedelta(days=_FROM_NOW[tuple(word)])
        start = (day, day, f'"{word[0]}" ({day})', None)
    elif tuple(word) in _FROM_BACK:
        earlier = [d for d in sc.before if d.resolved]
        if len(earlier) >= 2:
            used = min(earlier, key=lambda d: d.lo)
            start = sc.at(used)
        else:
            start = sc.previous()
            used = start[3] if start is not None else None
    else:
        nxt = r.figs.token_after(op.end)
        at = nxt[1] if nxt is not None else op.end
        cands = [d for d in sc.anchors + sc.relative
                 if d.start >= at and not r.between(at, d.start)]  # fmt: skip
        if cands:
            used = cands[0]
            start = sc.at(used)
        elif op.time_unit in ("day", "week"):
            # the extractor reads the whole phrase as one date ("seven weeks from Monday"):
            # its day less the span is the day counted from
            phrase = [d for d in r.dates_in(sc.s0, sc.s1)
                      if d.relative and d.start <= op.start and op.end < d.end]  # fmt: skip
            if len(phrase) == 1 and phrase[0].lo == phrase[0].hi:
                day = phrase[0].lo - timedelta(days=op.value * DAYS_PER[op.time_unit])
                said = r.doc.text[at : phrase[0].end].strip()
                start = (day, day, f'"{said}" ({day})', None)
    if start is None:
        return None
    ends = [d for d in sc.anchors if d is not used and d.resolved]
    d = sc.nearest(ends)
    if d is None:
        return None
    end = sc.at(d)
    if end is not None and not d.year_stated and d.month is not None and end[0] < start[0]:
        end = _next_after(d, start[0])
    return start, end


def _next_after(d: DateRef, day: date) -> _End:
    """A day and month without a year as the first such day on or after ``day``."""
    lo, hi = _in_year(d.lo, day.year), _in_year(d.hi, day.year)
    if lo < day:
        lo, hi = _in_year(d.lo, day.year + 1), _in_year(d.hi, day.year + 1)
    return lo, hi, f'"{d.text}" (the next one)', d


def _age(sc: _Scene) -> _Ends:
    """ "aged 47", "the 38-year-old", "turns 50": from the birth (or opening) to publication.
    A person's age ("the 25-year-old", "aged 47") counts only from a birth date; the age of
    a thing ("is now 50 years old", "turns 50") from the date before it."""
    born = [d for d in sc.anchors if contains(sc.r.before(d.start, 4), _BORN)]
    # a person's age: "aged 91", "at the age of 91", "at 91 years of age"
    aged = (
        sc.r.before(sc.op.begin, 1) == ["aged"]
        or sc.r.before(sc.op.begin, 2) == ["age", "of"]
        or sc.r.after(sc.op.end, 2) == ["of", "age"]
    )
    person = aged or "-" in sc.r.figs.words(sc.op.start, sc.op.end + 2)
    cands = born if person else (born or sc.before)
    start = sc.at(sc.nearest(cands, past=True)) or sc.previous(lead=_BORN)
    if start is None and aged:
        start = sc.born_after()  # "died on Monday aged 91. She was born on …"
    if start is not None and aged:
        # "He died on 3 March 2020, aged 90, …born in June 1929": the age at the sentence's
        # event ("died on Monday aged 91": a day read from publication); a noun phrase
        # ("The 66-year-old, born on …, joined … in 1979") describes the person as they
        # are, at publication
        events = [d for d in sc.anchors if d is not start[3] and d not in born]
        if events:
            return start, sc.at(sc.nearest(events))
        if sc.relative:
            return start, sc.at(sc.relative[-1])
    if start is None and "now" in sc.r.before(sc.op.begin, 2):
        start = sc.previous()  # "approved on 12 March 2021 … the programme, now three years old"
    if start is None:
        return None  # "an 80-year-old man": nothing dated to compare
    return start, _birthday(sc) or sc.publication()


def _birthday(sc: _Scene) -> _End | None:
    """ "turns 90 on 14 July", "will be 100 years old on 1 August": an age still to come is
    reached on the date right after it (the next such day), not at publication."""
    tail = sc.r.after(sc.op.end, 2)
    if not (tail[:1] == ["on"] or tail == ["old", "on"]) or not sc.after:
        return None
    floor = max([sc.s0] + [d.end for d in sc.before])  # after "founded on …, "
    if _past(sc.r.figs.words(floor, sc.op.begin)):
        return None  # "turned 90 on 14 July": the day is told as past
    d = sc.after[0]
    return _coming(sc, d) if d.start - sc.op.end <= len(" years old on ") else None


def _born_is_ends(sc: _Scene) -> _Ends:
    """ "born on 15 May 1956, is 70 today": from the birth to publication; "… died on 2
    June. Born on 9 March 1931, she was 94": to the one date of the sentence before
    (or the other date of the sentence), when told in the past."""
    born = _births(sc.r, sc.op)
    if not born:
        return None
    start = sc.at(born[-1])
    if sc.r.before(sc.op.begin, 1) == ["is"]:
        return start, sc.publication()
    # the other dates of the sentence that gives the birth: "born on … and died on …"
    s0, s1 = sc.r.sentence(born[-1].start)
    others = [d for d in sc.r.dates_in(s0, s1) if d not in born and not d.relative]
    if s0 != sc.s0:
        return (start, sc.at(others[0])) if len(others) == 1 else None
    if len(others) == 1:
        return start, sc.at(others[0])
    return (start, sc.previous()) if not others else None


def _marks(sc: _Scene) -> _Ends:
    """ "first sang in public in May 1985 and marks 40 years on the road", "celebrates 60
    years on the high street this week. It opened its doors on 9 June 1965": from the past
    date before the
    phrase (after "since", the one after it, else any of the sentence), else the one past
    date of the sentences beside it, to publication."""
    cands = (sc.after or sc.anchors) if "since" in sc.r.after(sc.op.end, 3) else sc.before
    start = sc.at(sc.nearest(cands, past=True))
    if start is None and not sc.anchors:
        beside = [d for d in sc.prev + sc.next if sc.pub is None or d.hi <= sc.pub]
        start = sc.at(beside[0]) if len(beside) == 1 == len(sc.prev + sc.next) else None
    return start, sc.publication()


def _born(sc: _Scene) -> _Ends:
    """ "retired this week at 68": only with a birth date beside it."""
    born = [d for d in sc.before if contains(sc.r.before(d.start, 4), _BORN)]
    start = sc.at(born[-1]) if born else sc.previous(lead=_BORN)
    return None if start is None else (start, sc.publication())


def _anniversary(sc: _Scene) -> _Ends:
    """ "the 10th anniversary of the flood of 22 June 2016": from that date to publication."""
    d = sc.nearest(sc.after, past=True) or sc.nearest(sc.before, past=True)
    return None if d is None else (sc.at(d), sc.publication())


def _countdown(sc: _Scene) -> _Ends:
    def future(cands: list[DateRef]) -> list[DateRef]:
        return [d for d in cands if _coming(sc, d) is not None]

    d = sc.nearest(future(sc.after + sc.before))
    if d is None and "next" in sc.r.before(sc.op.begin, 3):
        return None  # "over the next four years": a period from now, no other sentence's date
    if d is None:  # "the cup final on 12 July … With the match less than a month away"
        ahead = future(sc.prev)
        return (sc.publication(), _coming(sc, ahead[0])) if len(ahead) == 1 else None
    return sc.publication(), _coming(sc, d)


def _coming(sc: _Scene, d: DateRef) -> _End | None:
    """A countdown's date, on or after publication: a day and month without a year is the
    next one ("closes on 20 January", published in December, is the January to come)."""
    end = sc.at(d, ahead=True)
    if end is None or sc.pub is None or end[1] >= sc.pub:
        return end
    if d.year_stated or d.month is None:
        return None
    lo, hi = _in_year(d.lo, sc.pub.year + 1), _in_year(d.hi, sc.pub.year + 1)
    return lo, hi, f'"{d.text}" (the next one)', d


def _span(sc: _Scene) -> _Ends:
    """ "has lasted 22 days", "shut for more than two years", "after 40 years at its helm":
    from the start of the thing (in the sentence, else the one date of the sentence before)
    to the end of the event of the sentence."""
    start = sc.at(sc.nearest(sc.before, past=True)) or sc.previous()
    if start is None:
        if not sc.anchors and not sc.prev:
            return None, None  # "kept the light for nearly four decades": nothing dated
        if not sc.before and not sc.prev and _held(sc):
            return None, None  # "has stood there for 60 years, will go in 2027": no start
        return None
    if not _held(sc):
        return None  # "was jailed on Monday for ten years": a term, not a span of the text
    end = sc.end_of_event()
    return None if end is None else (start, end)


def _main_clause_past(sc: _Scene, since: DateRef | None) -> bool:
    """Whether the clause an "N years after <date>" phrase belongs to is told in the past:
    the words before the phrase and after its date ("Two years after the flood of 2021, the
    town held an inquiry"), not the clause inside the phrase ("after the bridge collapsed")."""
    r = sc.r
    tail_from = since.end if since is not None else sc.op.end
    return told_as_past(r.figs.words(sc.s0, sc.op.begin)) or told_as_past(
        r.figs.words(tail_from, sc.s1)
    )


def _after(sc: _Scene) -> _Ends:
    """ "N years after …": from the date after the phrase to the date before it; across
    sentences, from the date of the sentence before; to publication in the present."""
    start, end = sc.at(sc.nearest(sc.after)), sc.at(sc.nearest(sc.before))
    if start is not None:
        if end is None and not _main_clause_past(sc, start[3]):
            end = sc.publication()  # "The deal comes almost five years after … June 2019"
        elif end is None and sc.relative:
            end = sc.at(sc.relative[-1])  # "laid wreaths on Monday, twenty years after …"
        elif end is None and contains(sc.r.figs.words(sc.s0, sc.op.begin), _TODAY):
            end = sc.publication()  # "Flags flew today, a century after …"
        return start, end
    prev = sc.previous()
    if end is not None:
        if prev is not None and prev[1] <= end[0]:
            return prev, end  # "launched on 9 October 2018. It reached … in June 2022, … after"
        if sc.now(whole=True):
            return end, sc.publication()  # "the 2024 crash … still waiting, a year after"
        return None, end
    if prev is not None and sc.now(whole=True):
        return prev, sc.publication()  # "signed in 1994. More than 30 years after it was signed"
    return None


def _earlier(sc: _Scene) -> _Ends:
    start, end = sc.at(sc.nearest(sc.after)), sc.at(sc.nearest(sc.before))
    if start is None and end is not None:
        prev = _opening(sc, last=True, past=False)
        if prev is not None and prev[0] > end[1]:
            start, end = end, prev
    return start, end


def _ahead_of_now(sc: _Scene, d: DateRef | None) -> _End | None:
    """A day and month without a year that an "N before" phrase counts back from to now, in
    a sentence not told in the past: the date still to come (the extractor reads it as past)."""
    if d is None or d.year_stated or sc.pub is None:
        return None
    if told_as_past(sc.r.figs.words(sc.s0, sc.s1)):
        return None
    ahead = sc.at(d, ahead=True)
    return ahead if ahead is not None and ahead[0] > sc.pub else None


def _later(sc: _Scene) -> _Ends:
    """ "N days later", "N months before", "N years into": from the date before the phrase to
    the date after it; a missing end from the sentence before or the publication."""
    d_start, d_end = sc.nearest(sc.before), sc.nearest(sc.after)
    if d_end is None and len(sc.before) >= 2:
        d_end = sc.nearest(sc.before)
        d_start = sc.nearest([d for d in sc.before if d is not d_end])
    start, end = sc.at(d_start), sc.at(d_end)
    later = _mode(sc.r, sc.op) == "later"
    if later and d_end is None and d_start is not None:
        prev = sc.previous()
        if prev is not None and prev[1] <= start[0]:  # type: ignore[index]
            return prev, start  # "opened on 4 February 2025. It ended on 19 September, … later"
    if later and start is None and end is not None:
        prev = sc.previous()
        if prev is not None and prev[1] <= end[0]:
            return prev, end  # "… on 3 August. Six weeks later, on 14 September, …"
    if not later and start is not None and end is None and sc.now(previous=True):
        ahead = _ahead_of_now(sc, d_start)
        if ahead is not None:  # "the final set for 19 April … ten weeks before kick-off, now"
            return sc.publication(), ahead
        return start, sc.publication()  # "in January 2025, 18 months before it reopened"
    if later and start is not None and end is None and d_start is not None:
        # "was put up in May 2023 and still stands there some two and a half years later":
        # the clause from the date to the span is told in the present
        clause = sc.r.figs.words(d_start.end, sc.op.begin)
        if contains(clause, _PRESENT) and not told_as_past(clause):
            return start, sc.publication()
    if start is None and not sc.anchors and later:
        start = _opening(sc)
        if start is None:
            return start, end
        return (start, sc.publication()) if sc.now() else None
    return start, end


def _opening(sc: _Scene, *, last: bool = False, past: bool = True) -> _End | None:
    """A date in the sentence before, when the phrase opens its sentence ("Five years on, …")."""
    if not last and sc.r.before(sc.op.begin, 3) not in ([], ['"'], ["“"], ["("], ["‘"]):
        return None
    cands = [d for d in sc.prev if not past or sc.pub is None or d.lo <= sc.pub]
    return sc.at(cands[-1], " (the sentence before)") if cands else None


#: Nouns an adjectival duration ("a 12-day voyage") names a stretch of time with; other
#: nouns make it a term ("a five-year deal", "a 90-day plan"), which no two dates measure.
_STRETCH = cues("voyage", "journey", "trip", "trek", "flight", "tour", "stay", "stint", "spell",
                "delay", "odyssey", "ordeal", "expedition", "crossing", "mission", "hunt",
                "manhunt", "standoff", "stand - off", "occupation", "battle", "fight",
                "struggle", "saga", "process", "build", "rebuild", "refit",
                "restoration", "renovation", "construction", "project", "sprint")  # fmt: skip


_NAMED_SPANS = _STRETCH | _RUNNING


def _free(r: Reading, op: Operand) -> str | None:
    """A duration no anchor word binds ("six weeks of evidence", "after a journey of more
    than seven years", "a 12-day voyage"): it may still run between the two dates beside it,
    unless it is a term ("a five-year deal", "90 days to comply", "10 years' experience")."""
    head = r.before(op.begin, 2)
    if op.claim is None or (head and _threshold(op, head)):
        return None  # "tenants waiting more than a year": a group named by a bound
    tail = r.after(op.end, 2)
    if tail[:1] in (["to"], ["'"], ["’"], ["%"], ["per"], ["a"], ["each"]):
        return None
    if "-" in r.figs.words(op.start, op.end) and starts_with(tail, _NAMED_SPANS) is None:
        return None  # "a five-year contract": a term, not the gap between two dates
    return "free"


def _between(sc: _Scene, *, across: bool = False) -> _Ends:
    """From the earlier to the later of the two dates a span runs between: the only two of
    its sentence ("work began in April 2020 and ended in October 2023, over three
    years of roadworks"), or, ``across``, the one of its sentence and the one of the sentence
    before or after it in the paragraph ("reopened on 10 September after five years. It had
    closed on 14 March 2019"). Anything else is too loose to bind."""
    # a day read from publication ("on Wednesday") ends a span a cue anchors, not a free one
    free = _mode(sc.r, sc.op) is None
    ds = [d for d in (sc.anchors if free else sc.anchors + sc.relative) if d.resolved]
    if len(ds) != 2 and across and len(ds) == 1:
        # a birth beside it starts a life, not this span ("kept the inn for half a century,
        # died on 2 June. Born on 9 March 1931, …")
        near = [d for d in sc.prev + sc.next if (d.lo, d.hi) != (ds[0].lo, ds[0].hi)
                and not contains(sc.r.before(d.start, 4), _BORN)]  # fmt: skip
        if len(near) != 1:
            return None
        ds = [ds[0], near[0]]
    if not ds and across and sc.op.hedge in ("within", "at most"):
        # "must decide within 30 days. Hers was filed on 6 January and decided on 10
        # February": a rule stated beside the one sentence that gives two dates
        pairs = [p for p in (sc.prev, sc.next) if len([d for d in p if d.resolved]) == 2]
        if len(pairs) != 1:
            return None
        ds = [d for d in pairs[0] if d.resolved]
    if len(ds) > 2 and not across:
        # "between 3 May and 9 July, a spell of 67 days that beat the 1995 mark": more dates
        # than two, of which two are told as the ends of one stretch
        ranges = _ranges(sc.r, ds)
        ds = ranges[0] if len(ranges) == 1 else ds
    if len(ds) != 2:
        return None
    if all(d.relative for d in ds) and not free:
        # "on Saturday … who retires this month after 31 years": two days read from the
        # publication date are both its present, not the two ends of the span
        return None
    first, last = sorted(ds, key=lambda d: d.start)
    if _looks_ahead(sc, first, last):
        # "promised on 9 January 2026 that the ward would reopen … on 31 August": the day
        # and month told as to come after the dated promise are the next ones after it
        return sc.at(first), _next_after(last, first.lo)
    a, b = sorted(ds, key=lambda d: (d.lo, d.hi))
    if a.hi >= b.lo and (a.lo, a.hi) == (b.lo, b.hi):
        return None
    if sc.pub is not None and a.lo > sc.pub and not across:
        return None  # a future end: a countdown's business
    return sc.at(a), sc.at(b)


#: Words that open a stretch from one date to another, and the words joining the two.
_RANGE_OPENS = frozenset(("between", "from"))
_RANGE_JOINS = cues("and", "to", "until", "till", "through", "-", "–")


def _ranges(r: Reading, ds: list[DateRef]) -> list[list[DateRef]]:
    """The pairs of dates (in text order) told as the two ends of a stretch: "between 3 May
    and 9 July", "from June 2021 to March 2023"."""
    found = []
    for a, b in itertools.pairwise(sorted(ds, key=lambda d: d.start)):
        opens = r.before(a.start, 1)
        if opens and opens[0] in _RANGE_OPENS and tuple(r.between(a.end, b.start)) in _RANGE_JOINS:
            found.append([a, b])
    return found


#: Words that tell what follows a date as still to come from it: "… that it would reopen".
_AHEAD_OF = cues("would", "will", "is to", "are to", "was to", "were to", "is due", "was due")


def _looks_ahead(sc: _Scene, first: DateRef, last: DateRef) -> bool:
    """Whether ``last``, a day and month without a year told after the dated ``first`` in
    one sentence, is told as to come after it ("would", "will" between them)."""
    if last.year_stated or last.month is None or not first.year_stated or last.lo >= first.lo:
        return False
    if sc.r.sentence(first.start) != sc.r.sentence(last.start):
        return False
    return contains(sc.r.between(first.end, last.start), _AHEAD_OF)


#: What tells a stretch of time as the length of something told before: "The suspension
#: lasted …", "The repair took …", "had gone on for …", "That is a concession of …".
_LASTING = cues("lasted", "took", "dragged", "ran", "spanned", "endured", "persisted", "raged",
                "continued", "went on")  # fmt: skip
_RESTATING_OPENERS = cues("that is", "that was", "this is", "this was", "that's", "that’s",
                          "it was")  # fmt: skip


def _preceding(sc: _Scene) -> _Ends:
    """A length told in a sentence with no date of its own, after the two dates just before
    it in the paragraph (both in the sentence before, or one in each of the two before it):
    "… drained on 2 March 2023. Boats used it again from 14 May 2024. The repair took …";
    "… stopped on 9 January and started again on 30 January. The suspension lasted …"; "…
    from 1 July 2026 to 30 June 2031. That is a concession of …". Only a verb of lasting or
    a restating opener binds it."""
    r, s0 = sc.r, sc.s0
    head = r.figs.words(s0, sc.op.begin)
    if sc.anchors or sc.relative or sc.prev_span is None:
        return None
    if not (contains(head, _LASTING) or starts_with(head, _RESTATING_OPENERS)):
        return None
    near = r.dates_in(*sc.prev_span)
    if head[:2] in (["that", "is"], ["that", "was"], ["this", "is"]) and len(near) == 1:
        return _restated(sc)
    if len(near) == 1:
        before = r.previous_sentence(sc.prev_span[0])
        near = (r.dates_in(*before) if before else []) + near
    if len(near) != 2:
        return None
    a, b = sorted(near, key=lambda d: (d.lo, d.hi))
    if (a.lo, a.hi) == (b.lo, b.hi):
        return None
    return sc.at(a), sc.at(b)


def _restated(sc: _Scene) -> _Ends:
    """ "Built in 2019; five years on, it is still empty. That is five years of …": a length
    after a restating opener runs between the ends of the one length of the sentence before."""
    span = sc.prev_span
    assert span is not None
    ops = [o for o in sc.r.operands if o.kind == "duration" and span[0] <= o.start < span[1]]
    if len(ops) != 1 or ops[0].time_unit != sc.op.time_unit:
        return None
    mode = _mode(sc.r, ops[0]) or _free(sc.r, ops[0])
    ends = _ends(_Scene(sc.r, sc.refs, ops[0]), mode) if mode else None
    return None if _open(ends) else ends


def _to_now(sc: _Scene, mode: str) -> _Ends:
    """A span told in the present runs from the one past date beside it to publication:
    "which opened in 1931, has been a fixture for over a century"; "has served the village
    for 40 years this week. The shop opened on 2 May 1985"; "first chosen in 1999, retires
    tonight after two decades". The date is the only one of the sentence, else the only
    one of the sentences before and after it in the paragraph."""
    if sc.pub is None or mode not in ("span", "free", "after"):
        return None
    past = [d for d in sc.anchors if d.hi <= sc.pub]
    if len(sc.anchors) > 1 or (sc.anchors and not past):
        return None
    if not past:
        past = [d for d in sc.prev + sc.next if d.hi <= sc.pub]
        if len(past) != 1 or len(sc.prev + sc.next) != 1:
            return None
    # "…, which was ordered on 2 May": the relative clause tells the start, not the span
    rest = _main(sc.r.figs.words(sc.op.end, sc.s1))
    # the clause of the span: from the date (when it stands before the span) to the span
    floor = max([sc.s0] + [d.end for d in sc.anchors if d.end <= sc.op.begin])
    head = sc.r.figs.words(floor, sc.op.begin)
    present = (contains(head, _PRESENT) or contains(rest, _PRESENT)) and not (
        told_as_past(head) or told_as_past(rest)
    )
    if mode == "free" and not _held(sc):
        return None  # an unanchored span ("a week of free events"): only after "after", "for"
    if not (present or contains(head + rest, _NOW)):
        return None
    return sc.at(past[0]), sc.publication()


#: What a date says it is the start or the end of a span to publication ("since 2003",
#: "until 30 June").
_SINCE_DATE = cues("since", "ever since")
_UNTIL_DATE = cues("until", "till", "by", "before")
#: Marks that set a span in apposition to the date before it ("since 2003 - over two
#: decades -", "since 15 January, six months that …").
_APPOSITION = frozenset(("-", "–", "—", ",", "(", ":"))


def _apposed_to(sc: _Scene, d: DateRef) -> str | None:
    """ "since" or "until" when the span stands in apposition right after the date ``d``
    that one of those words opens ("since 12 June - more than two months -")."""
    if d.end > sc.op.begin:
        return None
    between = sc.r.between(d.end, sc.op.begin)
    if not between or any(w not in _APPOSITION for w in between):
        return None
    lead = sc.r.before(d.start, 2)
    if ends_with(lead, _SINCE_DATE):
        return "since"
    return "until" if ends_with(lead, _UNTIL_DATE) else None


def _apposed(sc: _Scene) -> _Ends:
    """A span in apposition to the one date of its sentence, which says where it runs:
    "shut since 12 June - more than two months -" runs from the date to publication,
    "until 30 June 2026 - less than a year -" from publication to the date."""
    if len(sc.anchors) != 1:
        return None
    d = sc.anchors[0]
    side = _apposed_to(sc, d)
    if side == "since":
        return None if sc.pub is not None and d.hi > sc.pub else (sc.at(d), sc.publication())
    if side == "until":
        end = sc.at(d, ahead=True)
        if sc.pub is not None and end is not None and end[0] <= sc.pub:
            return None
        return sc.publication(), end
    return None


def _apposed_undated(sc: _Scene) -> bool:
    """ "shut since 12 June - more than two months -" in a text with no publication date:
    the span is set beside a "since" or "until" date that no year or publication fixes."""
    dates = [d for d in sc.r.dates if sc.s0 <= d.start and d.end <= sc.op.begin]
    return len(dates) == 1 and not dates[0].resolved and _apposed_to(sc, dates[0]) is not None


def _in_its(sc: _Scene) -> _Ends:
    """ "The strike, which began on 12 March, is now in its 13th week": from the one past
    date of the sentence (else of the sentence before) to publication, told in the present."""
    past = [d for d in sc.anchors if sc.pub is not None and d.hi <= sc.pub]
    if len(sc.anchors) > 1 or (sc.anchors and not past):
        return None
    start = sc.at(past[0]) if past else sc.previous()
    clause = sc.r.figs.words(sc.s0, sc.s1)
    now = contains(sc.r.before(sc.op.begin, 4), _PRESENT)  # "Now in its fifth year, …"
    if start is None or (not now and told_as_past(_main(clause))):
        return None if start is None and sc.anchors else (start, None)
    return start, sc.publication()


def _main(words: list[str]) -> list[str]:
    """A clause's words without a relative clause set off by commas ("…, which began on …,")."""
    out, skip = [], False
    for i, w in enumerate(words):
        if i and words[i - 1] == "," and w in _WHICH:
            skip = True
        elif skip and w == ",":
            skip = False
            continue
        if not skip:
            out.append(w)
    return out


_BINDERS = {
    "ago": _ago, "running": _ago, "age": _age, "born": _born, "since": _since, "marks": _marks,
    "anniversary": _anniversary, "born_is": _born_is_ends,
    "countdown": _countdown, "span": _span, "after": _after,
    "earlier": _earlier, "later": _later, "before": _later, "in_its": _in_its,
}  # fmt: skip


def _in_year(d: date, year: int) -> date:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


def _span_end(r: Reading, op: Operand, mode: str) -> int:
    """The phrase ends after its anchor word: "two years ago", "12 days later"."""
    if mode not in ("ago", "later", "earlier", "countdown", "anniversary", "in_its"):
        return op.end
    nxt = r.figs.token_after(op.end)
    if nxt is not None and nxt[0] in ("ago", "on", "later", "earlier", "back", "away"):
        return nxt[1]
    if nxt is not None and mode in ("anniversary", "in_its"):
        return nxt[1]  # "the 10th anniversary", "in its 13th week"
    return op.end


def _months_later(d: date, months: int) -> date:
    """The same day ``months`` calendar months after ``d`` (the month's last day if shorter)."""
    add_years, month0 = divmod(d.month - 1 + months, 12)
    year, month = d.year + add_years, month0 + 1
    return date(year, month, min(d.day, monthrange(year, month)[1]))


def _units_between(a: date, b: date, unit: str) -> float:
    """The gap from day ``a`` to day ``b`` in ``unit``: whole calendar months and years
    counted as the calendar counts them (1 March to 1 March three years on is 3.00 years,
    not 1,095 days over 365.24), the days left over as a fraction; days and weeks by the
    day. Ends known only to a month or year keep the plain day count over their range."""
    if b <= a:
        return 0.0
    if unit not in ("month", "year"):
        return (b - a).days / DAYS_PER[unit]
    months = (b.year - a.year) * 12 + b.month - a.month
    if _months_later(a, months) > b:
        months -= 1
    rest = (b - _months_later(a, months)).days / DAYS_PER["month"]
    return (months + rest) / (12 if unit == "year" else 1)


#: The units a length may be counted in that are a number of the relations' own units,
#: by (unit, how many of it): "two decades" is 20 years, and also 2 decades rounded.
_COUNTED_IN = {("year", 10.0): ("decade", "decades"), ("year", 100.0): ("century", "centuries"),
               ("week", 2.0): ("fortnight", "fortnights")}  # fmt: skip


def _counted(op: Operand, unit: str) -> tuple[float, tuple[str, str]] | None:
    """How many of ``unit`` the unit ``op`` is told in holds, and that unit's names."""
    fig = op.figure
    if fig is None or fig.time_unit != unit:
        return None
    names = _COUNTED_IN.get((unit, fig.time_factor))
    return None if names is None else (fig.time_factor, names)


def _test(r: Reading, op: Operand, start: _End, end: _End, *, ordinal: bool = False) -> Finding:
    unit = op.time_unit or "year"
    lo_days = max(0, (end[0] - start[1]).days)
    hi_days = max(0, (end[1] - start[0]).days)
    if start[0] == start[1] and end[0] == end[1]:  # two exact days: count the calendar
        lo = hi = _units_between(start[0], end[0], unit)
    else:
        lo, hi = lo_days / DAYS_PER[unit], hi_days / DAYS_PER[unit]
    ok, rule = span_fits(op.hedge, op.value, lo, hi)
    n_text = f"{op.value:g} {unit}s"
    counted = _counted(op, unit)
    if not ok and counted is not None and op.hedge is None and not ordinal:
        # "two decades", "three centuries": a count of the unit it is told in, so also the
        # gap rounded to that unit, when every day the ends allow rounds to it
        factor, names = counted
        n = op.value / factor
        if n >= 2 and n - 0.5 <= lo / factor and hi / factor < n + 0.5:
            ok, n_text = True, f"{n:g} {names[1]}"
            rule = f"{{n}} (the gap rounded to the {names[0]})"
    if ordinal:  # "in its 13th week": at least 12 whole weeks gone and fewer than 13
        ok, n_text = hi >= op.value and lo < op.value + 1, f"{op.value + 1:g}"
        rule = f"in its {{n}}th {unit} (at least {op.value:g} and under {n_text} {unit}s gone)"
    gap = (f"{lo_days} days = {lo:.2f} {unit}s" if lo_days == hi_days
           else f"between {lo:.2f} and {hi:.2f} {unit}s")  # fmt: skip
    why = f"{start[2]} → {end[2]}: {gap}; stated {rule.format(n=n_text)}"
    dates = [d for d in (start[3], end[3]) if d is not None]
    return Finding(CHECK, op.begin, op.end, "consistent" if ok else "inconsistent", why, dates, op)
