"""Changes: a stated percentage change (or percentage-point change) against the figures
before and after it.

"rose 20% from $10m to $12m", "12,000 tickets, up 20% from 10,000", "fell to 410,000
from 520,000, a drop of 27%", "40% more than the 2,000", "an increase of 50% on the
8,000", "up 7 points from 71% to 64%", "worth NOK 3.2 billion a year ago … jumped 45% to
NOK 4.64 billion". Each operand belongs to the change nearest to it. With no earlier
figure ("rose 12% to 4.5 million") the change cannot be tested: inconclusive.
Percentages are consistent within one unit of their last digit and inconsistent more
than two units and 10% off (``_judge.ratio``); a hedge sets its own rule.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, contains, cues, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import (
    CHANGE,
    CLAUSE_CONJ,
    EARLIER,
    FALL,
    FROM,
    TO,
    change_verb,
    clause_break,
    dated_before,
    honest,
    nearest,
    of_one_currency,
    own,
    restates,
    role,
    run,
)

#: Words that date a sentence's figures as the earlier ones of a change.
_EARLIER_SENTENCE = cues("the previous year", "the year before", "a year earlier", "a year before",
                         "the previous month", "a month earlier", "the previous quarter",
                         "the year earlier", "previously", "a decade earlier", "a year ago",
                         "a month ago", "a decade ago", "a year previously")  # fmt: skip
#: Words that date a sentence's figures as earlier only against a sentence told as now
#: ("this summer"), not against one dated by its year ("… in 2023. Last year it reached …").
_LAST = cues("last year", "last summer", "last winter", "last season", "last month",
             "last spring", "last autumn")  # fmt: skip

#: Comparatives say how two figures compare, not that one changed by the other.
_COMPARATIVE = frozenset(("more", "less", "fewer", "higher", "lower"))

NAME = "change"
CHECK = "arithmetic"
CUES = frozenset((w,) for w in CHANGE) | FROM | TO | EARLIER


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    # every binding below needs a word of change in the figure's sentence, but a change
    # told in relative terms after the levels and their change in points
    done: set[int] = set()
    for p in r.gated(CHANGE):
        if p.kind not in ("percent", "points") or p.value_max is not None:
            continue
        done.add(id(p))
        verb = change_verb(r, p) or _that_is_more(r, p) or _relative(r, p)
        if verb is None:
            continue
        found = bind(r, p, verb)
        if found is not None:
            yield found
    for p in r.gated(_RELATIVE_GATE):
        if p.kind == "percent" and id(p) not in done and _relative(r, p) == _UNSIGNED:
            found = bind(r, p, _UNSIGNED)
            if found is not None:
                yield found
    for p in r.gated(_COMPOUND_GATE):
        if p.kind == "percent" and p.value_max is None:
            found = _compounded(r, p)
            if found is not None:
                yield found
    for new in r.gated(CHANGE):
        if new.kind in ("count", "money") and new.value_max is None and role(r, new) == "new":
            found = _by_to(r, new)
            if found is not None:
                yield found


#: A rate told as the compound of the rates before it: after the figure ("7.6% once
#: compounded") or before it ("a compound rise of 15.5%"). Not "combined" or "cumulative",
#: which also sum shares ("20% and 25%, a combined 45%").
_COMPOUND_AFTER = cues("once compounded", "compounded", "when compounded", "in compound terms",
                       "compound")  # fmt: skip
_COMPOUND_BEFORE = frozenset(("compound", "compounded", "compounding"))
_COMPOUND_GATE = gate(_COMPOUND_AFTER | cues(*_COMPOUND_BEFORE))


def _compounded(r: Reading, p: Operand) -> Finding | None:
    """ "5% this year and 2% next, a deal worth 7.1% once compounded": the product of one
    plus each rate of the list right before the stated rate, less one. The list is the
    percentages run together by "," and "and" (``run``), at least two of them; a fall told
    by its verb counts as a negative rate."""
    after = starts_with(r.after(p.end, 4), _COMPOUND_AFTER) is not None
    before = bool(_COMPOUND_BEFORE & set(r.before(p.begin, 4)))
    if not (after or before):
        return None
    earlier = [o for o in r.in_sentence(p.start) if o.end <= p.begin]
    rates = [o for o in earlier if o.kind == "percent" and o.value_max is None]
    if len(rates) < 2 or earlier[-1] is not rates[-1]:
        return None  # the rates must be what the compound follows, not another figure
    listed = run(r, rates, forward=False)
    if len(listed) < 2 or clause_break(r.between(listed[-1].end, p.begin)):
        return None
    if len(r.between(listed[-1].end, p.begin)) > 8:
        return None
    product = 1.0
    for o in listed:
        product *= 1 + (-o.value if change_verb(r, o) in FALL else o.value) / 100
    computed = (product - 1) * 100
    stated = -p.value if change_verb(r, p) in FALL else p.value
    status, rule = _judge.ratio(stated, p.unit, computed, p.hedge)
    terms = " × ".join(f"(1 + {o.text})" for o in listed)
    line = f"{terms} − 1 = {computed:+.2f}%; the text says {p.text} compounded ({rule})"
    return Finding(CHECK, p.start, p.end, status, line, tuple(listed), p)


#: After a percentage that restates a change of shares as a change of their size: "rose
#: from 50% to 60%, or 20% more people in relative terms".
_RELATIVE = cues("in relative terms", "in proportional terms", "proportionally",
                 "relatively", "in relative")  # fmt: skip


def _relative(r: Reading, p: Operand) -> str | None:
    """The comparative of a percentage told as a relative change ("20% more people in
    relative terms"), set off after the levels it restates (", or"), else None."""
    if p.kind != "percent" or restates(r, p) is None:
        return None
    tail = r.after(p.end, 6)
    twin = restates(r, p)
    if starts_with(tail, _RELATIVE) is not None and twin is not None and twin.kind == "points":
        # "from 32% to 36%, four points, or 12.5% in relative terms": the levels tell the
        # direction, the figure only its size
        return _UNSIGNED
    if not tail or tail[0] not in CHANGE:
        return None
    if not any(starts_with(tail[i:], _RELATIVE) for i in range(1, len(tail))):
        return None
    return tail[0]


#: The verb of a change told without one, whose direction the levels give.
_UNSIGNED = "changed"
_RELATIVE_GATE = gate(_RELATIVE)


def _that_is_more(r: Reading, p: Operand) -> str | None:
    """ "That is 21% more.": a comparative that ends a sentence restating the figures told
    before it states their change (elsewhere "25% more staff" need not)."""
    if p.kind != "percent":
        return None
    tail = r.after(p.end, 2)
    ends = bool(tail) and tail[0] in _COMPARATIVE and tail[1:] in ([], ["."], ["!"])
    if not ends and r.before(p.begin, 1) != [","]:
        return None  # neither "… 21% more." nor "The rise, 31%"
    s0, _ = r.sentence(p.start)
    opening = starts_with(r.figs.after(s0, 4, ceiling=p.begin), _THAT)
    if (
        p.kind == "percent"
        and opening
        and opening[0] == "the"
        and opening[1] in CHANGE
        and len(r.figs.words(s0, p.begin)) == len(opening)
    ):
        return opening[1]  # "The rise, 31%, was the biggest on record"
    return tail[0] if ends and opening is not None else None


def _by_to(r: Reading, new: Operand) -> Finding | None:
    """ "rose by 1.3 million to 9.8 million … In the previous year it had handled 8.1
    million": the earlier figure plus the change against the later one."""
    sent = r.in_sentence(new.start)
    # the change right after its verb, with or without "by": "rose by 1.3 million to",
    # "fell €38m to"
    deltas = [o for o in sent if o.end <= new.begin and o.comparable(new)
              and o.kind == new.kind and _changes_by(r, o)]  # fmt: skip
    if len(deltas) != 1 or len(_bare(r.between(deltas[0].end, new.begin))) > 2:
        return None
    delta = deltas[0]
    olds = [o for o in sent if o is not delta and o is not new and role(r, o) == "old"
            and o.comparable(new) and not _across_clauses(r, o, new)]  # fmt: skip
    old = (olds[0] if len(olds) == 1 else None) or _earlier_nearby(r, new)
    old = old or _told_past_after(r, new, delta)
    if old is None:
        # no other level of a change in the sentence ("…, while lettings fell from 900")
        rest = [o for o in sent if o is not delta and o is not new and o.comparable(new)
                and (role(r, o) is not None or not _across_clauses(r, o, new))]  # fmt: skip
        rated = any(o.kind in ("percent", "points") for o in sent)  # "…, a cut of 12%"
        if r.before(delta.begin, 1) == ["by"] and not rest and not rated:
            # "rose by 3,400 to 19,800": the change and its later level, no earlier one
            why = f"{delta.text} to {new.text}: the text gives no earlier figure to test it"
            return Finding(CHECK, delta.start, delta.end, "inconclusive", why, (new,), delta)
        return None
    sign = -1 if set(r.before(delta.begin, 3)) & FALL else 1
    computed = old.value + sign * delta.value
    status, rule = _judge.total(new.value, new.place, computed, new.hedge)
    line = (f"{old.text} {'+' if sign > 0 else '−'} {delta.text} = {_judge.fmt(computed)}; "
            f"the text says {new.text} ({rule})")  # fmt: skip
    if status == "consistent" and not rule.startswith("within half"):
        # three statements of one change must all agree: a later level a few per cent from
        # the sum may still leave the change itself far off ("up by 90 to 1,000; a year ago
        # 930": 1,020 is 2% from 1,000, but 70 is 22% from 90)
        shown = sign * (new.value - old.value)
        slack = (new.place + old.place + delta.place) / 2  # the rounding of the three figures
        if abs(shown - delta.value) > slack * (1 + 1e-6):
            status, rule = _judge.total(delta.value, delta.place, shown, delta.hedge)
            line = (f"{new.text} − {old.text} = {_judge.fmt(new.value - old.value)}; "
                    f"the text says {delta.text} ({rule})")  # fmt: skip
    return Finding(CHECK, new.start, new.end, status, line, (old, delta), new)


def _changes_by(r: Reading, o: Operand) -> bool:
    """Whether ``o`` is the amount a verb of change right before it changed something by
    ("rose by 300", "fell €38m", "was cut by £2m"), not a level ("rose to 300")."""
    head = r.before(o.begin, 3)
    if head[-1:] == ["by"]:
        return bool(set(head) & CHANGE)
    return bool(head) and head[-1] in CHANGE and head[-1] not in _COMPARATIVE


#: What tells the clause after a change's ";" as the time before it: "; it was £78,000",
#: "; a year earlier it had been €164m".
_WAS = frozenset(("was", "were", "been", "stood"))


def _told_past_after(r: Reading, new: Operand, delta: Operand) -> Operand | None:
    """ "goes up by £450 to £8,250; it was £7,800": the one figure of the later level's kind
    in the clause after a ";" that closes the change, when that clause tells it as the
    earlier level ("it was", "had been", "a year earlier it stood at") and holds no other
    figure or change of its own."""
    _, s1 = r.sentence(new.start)
    semis = [x for x in _marks(r, new)[1] if x >= new.end]
    if len(semis) != 1 or r.between(new.end, semis[0]):
        return None  # the ";" right after the later level, and only one
    clause = [o for o in r.in_sentence(new.start) if o.start > semis[0]]
    clause = [o for o in clause if o.kind != "duration"]
    if len(clause) != 1 or not clause[0].comparable(new) or clause[0].kind != new.kind:
        return None
    old = clause[0]
    words = r.figs.words(semis[0] + 1, old.begin)
    if not _WAS & set(words) or CHANGE & set(words) or old.value_max is not None:
        return None
    if r.figs.words(old.end, s1)[:1] not in ([], ["."], [","]):
        return None  # "; it was £78,000 in a rival town" names another level
    return old


#: What may follow a bare number that takes the unit of the figure it is paired with.
_CLAUSE_END: tuple[list[str], ...] = ([], ["."], [","], [";"])


def _in_its_pair_s_unit(
    r: Reading, p: Operand, old: Operand | None, new: Operand | None, sent: list[Operand]
) -> tuple[Operand | None, Operand | None]:
    """ "rose to 19 weeks from 13": a bare number at one end of a change, with no noun and
    its clause ending right after it, is told in the unit of the figure at the other end,
    a span of time the change's candidates leave out. The two ends are the one figure
    after "from" and the one after "to" of the sentence, each in its own role."""
    bare = old or new
    if bare is None or bare.kind != "count" or bare.claim is None or bare.value_max is not None:
        return old, new
    if getattr(bare.claim.value, "unit", None) or r.after(bare.end, 1) not in _CLAUSE_END:
        return old, new
    want = "new" if new is None else "old"
    spans = [o for o in sent if o.kind == "duration" and o.value_max is None
             and role(r, o) == want and not _across_clauses(r, o, bare)]  # fmt: skip
    if len(spans) != 1 or r.figs.words(spans[0].start, spans[0].end)[:1] in (["a"], ["an"]):
        return old, new
    twin = Operand(bare.start, bare.end, bare.text, "duration", bare.value, bare.unit,
                   bare.place, hedge=bare.hedge, time_unit=spans[0].time_unit,
                   claim=bare.claim, figure=bare.figure, begin=bare.begin)  # fmt: skip
    return (twin, spans[0]) if new is None else (spans[0], twin)


def _across_clauses(r: Reading, a: Operand, b: Operand) -> bool:
    """Whether a clause break stands between two figures ("rose by 300 to 2,000, while
    exports fell from 900"): the earlier figure of another change."""
    first, second = sorted((a, b), key=lambda o: o.start)
    return clause_break(r.between(first.end, second.begin))


#: What opens the unit of a rate between a change and its later figure: "up by £85 a month,
#: to …", "fell by 900 a game to …", "up 12p per share to …"; "each" stands alone.
_RATE_HEAD = frozenset(("a", "an", "per"))


def _bare(words: list[str]) -> list[str]:
    """The words between a change and its later figure without a rate's unit after it
    ("a month", "a game", "per head", "each")."""
    if words[:1] == ["each"]:
        return words[1:]
    if len(words) >= 2 and words[0] in _RATE_HEAD and words[1].isalpha():
        return words[2:]
    return words


def _earlier_nearby(r: Reading, new: Operand) -> Operand | None:
    """The one figure of the same kind in the sentence before or after, when that sentence
    dates it as earlier ("In the previous year it had handled 8.1 million")."""
    s0, s1 = r.sentence(new.start)
    near = [r.previous_sentence(new.start)]
    if s1 + 1 < len(r.text.text):
        nxt = r.sentence(s1 + 1)
        if nxt[0] > s1 and r.paragraph(nxt[0])[0] <= s0:
            near.append(nxt)
    found: list[Operand] = []
    for span in near:
        if span is None:
            continue
        same = [o for o in r.in_sentence(span[0]) if o.comparable(new) and o.kind == new.kind
                and o.claim is not None]  # fmt: skip
        # dated as earlier ("In the previous year …"), or "Last season it averaged …"
        # against a sentence told as now
        found += [o for o in same if earlier_than(r, o, new)]
    return found[0] if len(found) == 1 else None


def bind(r: Reading, p: Operand, verb: str) -> Finding | None:
    sent = r.in_sentence(p.start)
    memo = r.memo.setdefault("changes", {})
    key = r.sentence(p.start)[0]
    if key not in memo:  # the changes of a sentence, read once for all its figures
        memo[key] = [o for o in sent if o.kind in ("percent", "points") and change_verb(r, o)]
    changes: list[Operand] = list(memo[key])  # type: ignore[call-overload]
    if p.kind == "percent":
        changes = [c for c in changes if _index_level(r, c) is None]  # the index's own move
    twin = restates(r, p) if p.kind == "percent" else None
    if twin is not None and twin.kind == "points" and twin in changes:
        changes.remove(twin)  # "up 8 points, or 25%": the same change in other units
    want = "percent" if p.kind == "points" else None
    cands = [
        o
        for o in own(r, p, changes, [o for o in sent if o is not p])
        if o.kind not in ("duration", "multiple", "fraction", "ratio")
        and (want is None or o.kind == want)
        and not (p.kind == "percent" and o.kind in ("percent", "points") and o in changes)
        and not _split(r, p, o)
    ]
    olds = [o for o in cands if role(r, o) == "old"]
    news = [o for o in cands if role(r, o) == "new"]
    old = nearest(olds, p.start)
    new = nearest([n for n in news if old is None or n.comparable(old)], p.start)
    if old is not None and new is None:
        # "12,000 tickets, up 20% from 10,000": the later figure before the change
        prior = [o for o in cands if o.end <= p.begin and o is not old and o.comparable(old)
                 and role(r, o) is None and o is not twin
                 and (o.claim is not None or _same_order(o, old))]  # fmt: skip
        new = prior[-1] if prior else None  # not the change it restates ("a rise of £8m, or 25%")
    if old is not None and new is None:
        new = _set_against(r, p, old, cands)
    if new is not None and old is None:
        # "climbed 40 cents, or 8%, to €5.40": the cents are the euro's
        deltas = [o for o in cands if o is not new and (o.comparable(new)
                  or of_one_currency(o, new))]  # fmt: skip
        # "ended up 312 points at 21,846": an index's points, right before its level
        deltas += [o for o in sent if _index_level(r, o) is new]
        old = _from_delta(r, new, deltas)
    if new is not None and old is None:
        dated = [o for o in cands if o is not new and o.comparable(new)
                 and starts_with(r.after(o.end, 4), EARLIER)]  # fmt: skip
        old = dated[0] if dated else None
    if new is not None and old is None:
        old = _dated_earlier(r, new) or earlier_beside(r, new)
    if old is None and new is None:
        # "Last year it treated 21,160, an increase of 15%": the later figure right before
        # the change, the earlier one the one figure of its kind in the sentence before
        prior = [o for o in cands if o.end <= p.begin and role(r, o) is None]
        if prior and len(r.between(prior[-1].end, p.begin)) <= 4:
            new = prior[-1]
            old = _when_earlier(r, p, new) or _previous(r, new)
        elif (
            prior
            and len(r.between(prior[-1].end, p.begin)) <= 8
            and earlier_than(r, p, _previous(r, prior[-1]))
        ):
            # "… reached 4.6 million. A year earlier they were 4 million, so footfall
            # grew by 15%": the sentence's figure is the earlier one, the later one before it
            old = prior[-1]
            new = _previous(r, old)
    if old is None and new is None and p.kind == "percent" and not cands:
        pair = _told_before(r, p)
        if pair is not None:  # "… billed 86,000 last year. It now bills 94,000. That is a
            old, new = pair  # rise of 9.3%"
    if old is None and new is None and p.kind == "percent" and verb in _COMPARATIVE:
        # "took £260,000 from parking last year, 30% more than before the new bays": the
        # later figure of the clause, and no earlier one
        than = r.after(p.end, 2)[1:] == ["than"]
        prior = [o for o in cands if than and o.end <= p.begin and role(r, o) is None
                 and o.kind in ("count", "money")]  # fmt: skip
        if prior and len(r.between(prior[-1].end, p.begin)) <= 8:
            why = f"{p.text}: the text gives no earlier figure to compare {prior[-1].text} with"
            return Finding(CHECK, p.start, p.end, "inconclusive", why, prior[-1:], p)
    if old is None and new is None and p.kind == "points":
        shares = [o for o in cands if o.kind == "percent" and o.end <= p.begin]
        if shares:  # "42% of the electricity, up 6 points": no earlier share to compare
            why = f"{p.text}: the text gives no earlier share to compare {shares[-1].text} with"
            return Finding(CHECK, p.start, p.end, "inconclusive", why, shares[-1:], p)
    if (old is None) != (new is None):
        old, new = _in_its_pair_s_unit(r, p, old, new, sent)
    if old is None or new is None or not old.comparable(new):
        either = old or new
        if either is not None and (p.kind == "percent" or either.kind == "percent"):
            # "up 12% to 4.5 million"; "up 3 points to 41%": one end of the change only
            why = f"{p.text}: the text gives no {'earlier' if old is None else 'later'} figure"
            return Finding(
                CHECK, p.start, p.end, "inconclusive", why, [o for o in (old, new) if o], p
            )
        return None
    return test(p, old, new, verb)


#: Between a change and the time it is measured against: "up 5% on a year ago", "down 8%
#: from the year before", "12% more than in 2019".
_AGAINST_TIME = cues("on", "from", "than", "than in", "compared with", "compared to", "against",
                     "over", "since")  # fmt: skip
#: The clause that gives the level of that time: ", when it fetched £238,000".
_WHEN = frozenset(("when", "whereas"))
#: The subjects of that clause that go on about the thing changed: "when it fetched", "when
#: they cost", "when there were"; "when a flat cost" names another thing.
_SAME_SUBJECT = frozenset("it they there this that these those".split())


def _when_earlier(r: Reading, p: Operand, new: Operand) -> Operand | None:
    """ "sells for £250,000, up 5% on a year ago, when it fetched £238,000": the figure of
    the clause after "when" that dates the time the change is measured against, when it is
    the first figure after the change and of the later figure's kind."""
    after = [o for o in r.in_sentence(p.start) if o.start >= p.end
             and o.kind not in ("duration", "percent", "points")]  # fmt: skip
    if not after or not (after[0].comparable(new) and after[0].kind == new.kind):
        return None
    words = r.between(p.end, after[0].begin)
    if not any(w in _WHEN for w in words):
        return None
    k = next(i for i, w in enumerate(words) if w in _WHEN)
    head, clause = words[:k], words[k + 1 :]
    if head[-1:] == [","]:
        head = head[:-1]
    if head[:1] and head[0] in _COMPARATIVE | CHANGE:
        head = head[1:]  # "12% more than in 2019", "5% up on"
    cue = starts_with(head, _AGAINST_TIME)
    if cue is None or len(clause) > 4 or {",", ";", "and", "but"} & set(clause):
        return None
    if not clause or clause[0] not in _SAME_SUBJECT or not _same_order(after[0], new):
        return None  # "…, when a flat cost £180,000": the level of another thing
    time = head[len(cue) :]
    dated = any(d.start >= p.end and d.end <= after[0].begin for d in r.dates)
    if tuple(time) not in EARLIER and not (dated and len(time) <= 3):
        return None  # "on a year ago", "than in 2019"; not "on the same road, when …"
    return after[0]


#: How a sentence opens that states the change of figures told before it: "That is a rise
#: of 9.3%", "This was an increase of 12%".
_THAT = cues("that is", "that was", "this is", "this was", "that's", "it is", "it was",
             "that represents", "this represents", "the rise ,", "the increase ,",
             "the fall ,", "the drop ,", "the decline ,", "the jump ,", "the rise was",
             "the increase was", "the fall was", "the drop was")  # fmt: skip


def earlier_than(r: Reading, o: Operand, other: Operand | None) -> bool:
    """Whether the sentence of ``o`` dates its figures as earlier than those of the
    sentence of ``other`` ("A year earlier …"; "Last summer it was …" against a sentence
    that gives no year)."""
    words = r.figs.words(*r.sentence(o.start))
    if contains(words, _EARLIER_SENTENCE):
        return True
    if other is None or not contains(words, _LAST):
        return False
    span = r.sentence(other.start)
    if contains(r.figs.words(*span), _LAST | _EARLIER_SENTENCE):
        return False
    return not any(d.year_stated for d in r.dates_in(*span))


#: How a sentence opens that names the change of the figures told before it by its noun:
#: "Growth of more than 20% has …", "A fall of 8% leaves …".
_CHANGE_OPENING = cues("growth of", "a rise of", "an increase of", "a fall of", "a drop of",
                       "a decline of", "a jump of", "the rise of", "the increase of",
                       "the fall of", "the drop of", "a decrease of",
                       "annual growth of")  # fmt: skip
#: Words that tell a sentence's figure as the present one: "It now has 44,600".
_NOW = cues("now", "today", "this year", "currently", "at present")
#: Words that make a change a prospect, not one the figures show: "A rise of 5% would …".
_PROJECTED = frozenset("would could will might may should if unless".split())


def _told_before(r: Reading, p: Operand) -> tuple[Operand, Operand] | None:
    """A change stated in a sentence of its own, opening "That is …", about figures told
    before it: the later the one figure of the sentence before, the earlier the one figure
    of the same kind in the sentence before that, or the two of the sentence before when it
    holds just two ("It billed 86,000 last year and now bills 94,000")."""
    s0, s1 = r.sentence(p.start)
    semis = [x for x in _marks(r, p)[1] if x < p.begin]
    c0 = semis[-1] + 1 if semis else s0  # "Last spring a ticket cost £14.00; that is a 25% …"
    opening = r.figs.after(c0, 3, ceiling=p.begin)
    named = starts_with(opening, _THAT) is None
    if named:
        told = starts_with(opening, _CHANGE_OPENING)
        if told is None or _PROJECTED & set(r.figs.words(s0, s1)):
            return None  # "Growth of more than 20% …", not "A rise of 5% would …"
    if semis:
        near = [o for o in r.in_sentence(p.start) if o.end <= c0]
    else:
        prev = r.previous_sentence(p.start)
        if prev is None:
            return None
        near = r.in_sentence(prev[0])
    near = [o for o in near if o.kind in ("count", "money")
            and o.claim is not None and o.value_max is None]  # fmt: skip
    if len(near) == 2 and near[0].comparable(near[1]) and near[0].kind == near[1].kind:
        units = [getattr(o.claim.value, "unit", None) if o.claim else None for o in near]
        # one thing counted twice ("40 staff in 2020 and 50 now"), not two ("and 60 contractors")
        same = units[1] in (None, units[0]) and _same_order(near[0], near[1])
        return (near[0], near[1]) if same else None
    if len(near) != 1:
        return None
    new = near[0]
    old = _previous(r, new)
    if old is None:
        return None
    if earlier_than(r, new, old) and not earlier_than(r, old, new):
        return new, old  # "… hit €26m this winter. Last winter it was €20m. The rise, 30%"
    if dated_before(r, new, old) and not dated_before(r, old, new):
        return new, old  # "The club has 900 members. It had 800 in 2022. …"
    if named and not (
        earlier_than(r, old, new)
        or dated_before(r, old, new)
        or contains(r.figs.words(*r.sentence(new.start)), _NOW)
    ):
        return None  # a change named by its noun binds only levels told in their order
    return old, new


def _dated_earlier(r: Reading, new: Operand) -> Operand | None:
    """ "… rose 5% to 1.47 million last year. In 2023 the port handled 1.4 million": the
    one figure of the same kind in the next or previous sentence of the paragraph, when that
    sentence's one date is the year before the one of the later figure's sentence."""
    s0, s1 = r.sentence(new.start)
    mine = [d for d in r.dates_in(s0, s1) if d.granularity == "year"]
    if len(mine) != 1:
        return None
    near = [r.previous_sentence(new.start), r.next_sentence(new.start)]
    found: list[Operand] = []
    for span in near:
        if span is None:
            continue
        dates = r.dates_in(*span)
        if len(dates) != 1 or dates[0].granularity != "year":
            continue
        if dates[0].lo.year != mine[0].lo.year - 1:
            continue  # the year before, as a change over a year is told
        found += [o for o in r.in_sentence(span[0]) if o.comparable(new) and o.kind == new.kind
                  and o.claim is not None and o.value_max is None]  # fmt: skip
    return found[0] if len(found) == 1 and _same_order(found[0], new) else None


def earlier_beside(
    r: Reading, new: Operand, factor: float = 1.0, *, by_date: bool = False
) -> Operand | None:
    """The earlier figure of a change told in the sentence after it ("… climbed 17% to
    £61m. A year earlier it was £52m"; "… halved to 230. In 2020 there were 470"): its
    one figure of the later figure's kind, when that sentence is dated as earlier ("a year
    earlier") or, ``by_date``, by a date before the later figure's, and the later sentence
    names no other figure of the kind after it. A multiple's ``factor`` scales the earlier
    figure before the two are held to one order. A percentage change is over a year unless
    told otherwise, so only a multiple ("halved", "doubled": over any span) told without a
    date of its own is bound ``by_date`` ("In 2015 the castle had 40,000" is no base of
    "rose 10% to 55,000", nor of "doubled to 8,200 last year")."""
    nxt = r.next_sentence(new.start)
    if nxt is None:
        return None
    if any(o.start > new.end and o.comparable(new) and o.kind == new.kind
           for o in r.in_sentence(new.start)):  # fmt: skip
        return None
    same = [o for o in r.in_sentence(nxt[0]) if o.comparable(new) and o.kind == new.kind
            and o.claim is not None and o.value_max is None]  # fmt: skip
    if len(same) != 1 or not _within_two(same[0].value * factor, new.value):
        return None
    old = same[0]
    if contains(r.figs.words(*nxt), _EARLIER_SENTENCE):
        return old
    if by_date and not r.dates_in(*r.sentence(new.start)) and dated_before(r, old, new):
        return old
    return None


def _previous(r: Reading, new: Operand) -> Operand | None:
    """The one figure of the same kind (and unit) in the sentence before, in the paragraph."""
    prev = r.previous_sentence(new.start)
    if prev is None:
        return None
    if starts_with(r.after(new.end, 3), _OF_THEM):
        return None  # "It accepted 300 of them": a part of the figure before, not its successor
    same = [o for o in r.in_sentence(prev[0]) if o.comparable(new) and o.kind == new.kind
            and o.claim is not None and o.value_max is None]  # fmt: skip
    return same[0] if len(same) == 1 and _same_order(same[0], new) else None


#: After a figure that is a part of the one before: "300 of them".
_OF_THEM = cues("of them", "of those", "of these", "of which", "of whom")


def _same_order(a: Operand, b: Operand) -> bool:
    """Whether two figures bound across sentences are of one order (within a factor of two):
    nothing in the words ties them, so figures of another order ("rose 4% to £250 … the
    average was £2,400") are taken as another quantity, not as a change to test."""
    return _within_two(a.value, b.value)


def _within_two(x: float, y: float) -> bool:
    lo, hi = sorted((abs(x), abs(y)))
    return lo > 0 and hi <= 2 * lo


def _from_delta(r: Reading, new: Operand, cands: list[Operand]) -> Operand | None:
    """ "rose by 2,400 to 14,400": the earlier figure is the later one less the change."""
    for o in cands:
        lead = r.before(o.begin, 3)
        verb = change_verb(r, o) if o.kind == new.kind or _index_points(o, new) else None
        if o.end <= new.begin and (
            (lead[-1:] == ["by"] and set(lead) & CHANGE) or verb in CHANGE - _COMPARATIVE
        ):  # "rose by 2,400 to 14,400"; "climbed 35 cents, or 20%, to €2.10"
            sign = -1 if set(lead) & FALL or verb in FALL else 1
            return Operand(o.start, o.end, f"({new.text} {'−' if sign > 0 else '+'} {o.text})",
                           new.kind, new.value - sign * o.value, new.unit, new.place,
                           new.currency, claim=o.claim, begin=o.begin)  # fmt: skip
    return None


def _index_level(r: Reading, o: Operand) -> Operand | None:
    """The level right after a change in points, "at" or "to" it, when it is a count: "the
    index ended up 84.2 points at 7,912.5" (an index's points, not percentage points)."""
    if o.kind != "points":
        return None
    after = [x for x in r.in_sentence(o.start) if x.start >= o.end]
    gap = r.between(o.end, after[0].begin) if after else []
    if after and _index_points(o, after[0]) and gap in (["at"], ["to"]):
        return after[0]
    return None


def _index_points(o: Operand, new: Operand) -> bool:
    """Whether ``o`` is a change in points of the level ``new`` is a count of: "the index
    ended up 84.2 points at 7,912.5" (an index's points, not percentage points)."""
    return o.kind == "points" and new.kind == "count" and new.claim is not None


#: Between the later and the earlier figure set against each other after a change: "up 9%,
#: with 1,526 cases against 1,400 in 2024".
_SET_AGAINST = cues("against", "compared with", "compared to", "versus", "vs", "vs .",
                    "against the", "compared with the")  # fmt: skip


def _set_against(r: Reading, p: Operand, old: Operand, cands: list[Operand]) -> Operand | None:
    """The later figure of a change told after it and set against its earlier one: "was up
    by 8% last year, with 918 burglaries against 850": the one figure of the earlier's kind
    between the change and the earlier figure, right before a cue of ``_SET_AGAINST``."""
    mid = [o for o in cands if p.end <= o.start and o.end <= old.begin and o.comparable(old)]
    if len(mid) != 1 or role(r, mid[0]) is not None:
        return None
    gap = r.between(mid[0].end, old.begin)
    if len(gap) > 3 or tuple(gap) not in _SET_AGAINST:
        return None
    lead = r.between(p.end, mid[0].begin)
    if len(lead) > 6 or clause_break(lead) or "with" not in lead:
        return None
    return mid[0]


def _split(r: Reading, p: Operand, o: Operand) -> bool:
    """Whether ``p`` and ``o`` belong to different changes: a verb of change after a figure
    between them ("jumped 15% to 230p after … profit rose to £40m from £35m"), or a clause
    break between them (``clause_break``). Read from the sentence's marks, found once."""
    a, b = (p, o) if p.end <= o.start else (o, p)
    marks = _marks(r, p)
    if a is p:
        sent = r.in_sentence(p.start)
        i = bisect_left([x.start for x in sent], p.end)
        if i < len(sent) and sent[i].end <= o.begin and _any_in(marks[0], sent[i].end, o.begin):
            return True
    if _any_in(marks[1], a.end, b.begin):
        return True  # ";"
    return _any_in(marks[2], a.end, b.begin) and _any_in(marks[3], a.end, b.begin)


def _marks(r: Reading, op: Operand) -> tuple[list[int], list[int], list[int], list[int]]:
    """Where the words of change, ";", "," and the conjunctions of ``clause_break`` start in
    the sentence holding ``op``."""
    memo = r.memo.setdefault("change_marks", {})
    s0, s1 = r.sentence(op.start)
    found = memo.get(s0)
    if found is None:
        words = r.figs.words(s0, s1)
        starts = r.figs.starts(s0, s1)
        found = memo[s0] = (
            [s for s, w in zip(starts, words, strict=True) if w in CHANGE],
            [s for s, w in zip(starts, words, strict=True) if w == ";"],
            [s for s, w in zip(starts, words, strict=True) if w == ","],
            [s for s, w in zip(starts, words, strict=True) if w in CLAUSE_CONJ],
        )
    return found  # type: ignore[return-value]


def _any_in(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def test(p: Operand, old: Operand, new: Operand, verb: str) -> Finding:
    if p.kind == "points":
        computed = new.value - old.value
        line = f"{new.text} − {old.text} = {computed:+.2f} points"
    else:
        if old.value == 0:
            return Finding(CHECK, p.start, p.end, "inconclusive",
                           f"{old.text} is zero: no percentage change", (old, new), p)  # fmt: skip
        computed = (new.value - old.value) / old.value * 100
        line = f"({new.text} − {old.text}) / {old.text} = {computed:+.2f}%"
    falling = verb in FALL
    stated = -p.value if falling and p.value > 0 else p.value
    if verb == _UNSIGNED:
        stated = -p.value if computed < 0 else p.value  # the direction is the levels' own
    judge = _judge.total if p.kind == "points" else _judge.ratio  # points: a difference
    status, rule = judge(abs(stated), p.unit, abs(computed), p.hedge)
    if computed and stated and (computed > 0) != (stated > 0) and abs(computed) > p.unit:
        status, rule = "inconsistent", f"the figures {'rise' if computed > 0 else 'fall'}"
    return Finding(CHECK, p.start, p.end, status, f"{line}; the text says {p.text} ({rule})",
                   (old, new), p)  # fmt: skip
