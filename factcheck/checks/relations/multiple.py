"""Multiples and fractional changes: "doubled to £40m from £20m", "nearly double the 650",
"three times as many, 9 million against 3 million", "fell by a fifth to 80,000 from
100,000", "halved", "fourfold", "twice the". The factor the figures show against the one
stated: within 10% consistent, beyond 15% inconsistent (a hedge sets its own rule).
A multiple with no pair of figures to test ("won three times") makes no check.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, contains, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import (
    FALL,
    RISE,
    clause_break,
    dated_before,
    dated_pair,
    honest,
    lead,
    nearest,
    role,
)
from factcheck.checks.relations.change import earlier_beside, earlier_than

NAME = "multiple"
CHECK = "arithmetic"
#: Words that put the figure a multiple compares with right after it: "double the 650".
_OF = cues("the", "that of", "that", "what", "its", "their", "as many as", "as much as",
           "as high as", "as large as", "as big as", "the level of", "as many", "as much",
           "as high", "as large", "the number of", "the amount of")  # fmt: skip
_AGAINST = cues("against", "compared with", "compared to", "versus", "vs", "vs .", "from",
                "up from", "to", "than", "over")  # fmt: skip
#: What follows "three times" or "twice" when it states a multiple ("won three times" does not).
_ASSERT = cues("as many", "as much", "more", "higher", "larger", "bigger", "greater", "the",
               "that of", "what", "its", "their", "as high", "as large", "as big", "as fast",
               "faster", "as long", "longer", "as expensive", "as likely", "the size of",
               "the level of", "that", "his", "her", "our", "as", "over", "the number",
               "the amount", "as often")  # fmt: skip
CUES = _OF | _AGAINST | _ASSERT


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for m in r.operands:
        factor = _factor(r, m)
        if factor is None:
            continue
        old, new = _operands(r, m)
        if old is None and new is None:
            old, new = _compared_pair(r, m)
        if old is None and new is None and _is_change(r, m):
            old, new = _next_pair(r, m)
        if old is None and new is None and (_is_change(r, m) or m.kind == "multiple"):
            old, new = _pair_before(r, m)
        if old is None and new is None and (_is_change(r, m) or _as_many(r, m)):
            old, new = _told_before(r, m)
        if old is None and new is None and m.kind == "multiple":
            old, new = _restated_as_many(r, m)
        if old is None and _is_change(r, m):
            later = [o for o in r.in_sentence(m.start) if o.start > m.end and role(r, o) == "new"
                     and not _counts_another_noun(r, m, o)]  # fmt: skip
            earlier = [o for o in r.in_sentence(m.start) if role(r, o) == "old"]
            alone = len(later) == 1 and not earlier
            beside = earlier_beside(r, later[0], factor, by_date=True) if alone else None
            if beside is not None:
                old, new = beside, later[0]  # "halved to 410. In 2021 there were 980"
            elif alone:
                # "has risen by a third, to £2.6m": the later figure, and no earlier one
                why = f"{m.text} to {later[0].text}: the text gives no earlier figure to compare"
                yield Finding(CHECK, m.begin, m.end, "inconclusive", why, (later[0],), m)
                continue
        if old is None and new is None and (m.kind == "multiple" or _as_many(r, m)):
            pair = _set_off_after(r, m)
            if pair is not None:
                yield _test_pair(m, factor, *pair)
                continue
        if old is None and new is None and m.kind == "multiple":
            unmatched = _unmatched(r, m)
            if unmatched is not None:
                yield unmatched
                continue
        if (
            old is None
            and new is None
            and m.kind == "fraction"
            and not _as_many(r, m)
            and lead(r, m, 1) == ["by"]
            and set(lead(r, m, 6)) & (RISE | FALL) - _COMPARATIVE_WORDS
            and not _figures_in_clause(r, m)
        ):
            # "the library's grant grew by a third this year, and it now opens …": no level of
            # what changed is told
            why = f"{m.text}: the text gives no figures for what changed"
            yield Finding(CHECK, m.begin, m.end, "inconclusive", why, (), m)
            continue
        found = _finding(r, m, factor, old, new)
        if found is not None:
            yield found
    yield from _told_the_sentence_before(r)


def _told_the_sentence_before(r: Reading) -> Iterator[Finding]:
    """ "Wind capacity grew fivefold in a decade. It stood at 40 megawatts in 2015 and
    reached 210 megawatts this year.": a multiple told as a change in a sentence with no
    claim and no other figure, over the one pair of levels (``_pair_in``) of the next
    sentence, when that one goes on about the same thing ("It …")."""
    seen: set[int] = set()
    for o in r.operands:
        if o.claim is None:
            continue
        span = r.sentence(o.start)
        if span[0] in seen:
            continue
        seen.add(span[0])
        # the cheap tests first: a sentence before with no operand, then its bare figures
        prev = r.previous_sentence(o.start)
        if prev is None or r.in_sentence(prev[0]):
            continue
        bare = r.bare_before(o.start)
        if len(bare) != 1 or bare[0].kind != "multiple":
            continue
        m = bare[0]
        factor = _factor(r, m)
        if factor is None or not _is_change(r, m):
            continue
        if starts_with(r.figs.after(span[0], 1, ceiling=span[1]), _BACK) is None:
            continue
        old, new = _pair_in(r, span)
        found = _finding(r, m, factor, old, new)
        if found is not None:
            yield found


#: Marks that set a multiple off after the figure it describes: "men 590 - twice as many -".
_SET_OFF = frozenset(("-", "–", "—", ",", "("))
#: What may close such a multiple: the mark that opened it, the end of the sentence.
_CLOSE = frozenset(("-", "–", "—", ",", ")", ".", ";"))
#: What joins the two groups set side by side before it: "412 women and 590 men".
_SIDE_BY_SIDE = frozenset(("and", "while", "whereas", ",", "but"))


def _set_off_after(r: Reading, m: Operand) -> tuple[Operand, Operand] | None:
    """ "Women made up 412 of the entrants and men 590 - twice as many -": a multiple set off
    right after a figure, "as many"/"as much" and nothing more, over the figure before it of
    the same kind, the two set side by side ("and", "while"); as (the base, the multiple)."""
    tail = r.after(m.end, 3)
    if starts_with(tail, _AS_MANY) is None or (tail[2:3] and tail[2] not in _CLOSE):
        return None
    before = [o for o in r.in_sentence(m.start) if o.end <= m.begin
              and o.kind in ("count", "money") and o.value_max is None]  # fmt: skip
    if len(before) < 2:
        return None
    lead = r.between(before[-1].end, m.begin)  # "1,300 in person - twice as many -"
    if not lead or lead[-1] not in _SET_OFF or len(lead) > 4 or not _plain(lead[:-1]):
        return None
    base, new = before[-2], before[-1]
    gap = r.between(base.end, new.begin)
    if not base.comparable(new) or len(gap) > 8 or not _SIDE_BY_SIDE & set(gap) or ";" in gap:
        return None
    return (base, new) if base.value > 0 else None


#: Words of the change families that are no verbs of their own ("break up for", "more").
_COMPARATIVE_WORDS = frozenset("up down more less fewer higher lower".split())


def _plain(words: list[str]) -> bool:
    """Whether ``words`` are a few plain words ("in person"), no marks and no joining word."""
    return all(w.isalpha() and w not in ("and", "or", "but", "than", "as") for w in words)


def _figures_in_clause(r: Reading, m: Operand) -> bool:
    """Whether a count, money or percentage stands in the clause of ``m``: between the
    commas (or semicolons) round it in its sentence."""
    for o in r.in_sentence(m.start):
        if o is m or o.kind not in ("count", "money", "percent", "points"):
            continue
        words = r.between(o.end, m.begin) if o.end <= m.begin else r.between(m.end, o.begin)
        if not {",", ";", "—", "–"} & set(words):
            return True
    return False


def _test_pair(m: Operand, factor: float, base: Operand, new: Operand) -> Finding:
    computed = new.value / base.value
    status, rule = _judge.multiple(factor, computed, m.hedge)
    line = f"{new.text} / {base.text} = {computed:.3g} times; the text says {m.text} ({rule})"
    return Finding(CHECK, m.begin, m.end, status, line, (base, new), m)


def _finding(
    r: Reading, m: Operand, factor: float, old: Operand | None, new: Operand | None
) -> Finding | None:
    """The multiple ``m`` (of ``factor``) held to its two levels."""
    if old is None or new is None or not old.comparable(new) or old.value == 0:
        return None
    if _nouns_differ(old, new):
        return None  # "600 patients at 20 hospitals": two things counted, not one changed
    if set(r.before(m.begin, 1)) & _PROJECTED and max(old.end, new.end) <= m.begin:
        return None  # "… climbed to 41,000 from 32,000, and it expects output to double"
    computed = new.value / old.value
    status, rule = _judge.multiple(factor, computed, m.hedge)
    line = f"{new.text} / {old.text} = {computed:.3g} times; the text says {m.text} ({rule})"
    if m.kind == "fraction" and factor != m.value:
        # "up by a fifth, from £450 to £520": the fraction states the change, so the
        # change is what is held to it (0.156 against 0.2), not the ratio (1.16 against 1.2)
        change = abs(computed - 1)
        status, rule = _judge.multiple(m.value, change, m.hedge)
        line = (f"{new.text} / {old.text} − 1 = {computed - 1:+.3g}; the text says "
                f"{m.text} ({rule})")  # fmt: skip
    return Finding(CHECK, m.begin, m.end, status, line, (old, new), m)


#: Words before a multiple that make it a projection or a goal, not a change the figures
#: show: "expects output to double again by 2025", "could triple", "aims to halve".
_PROJECTED = frozenset("to will would could might may should must can shall aims plans "
                       "expects hopes wants".split())  # fmt: skip


#: The cues of a pair after a multiple that may follow a short time phrase ("this year
#: against"), and the words of that phrase.
_PAIRED = cues("against", "compared with", "compared to", "versus", "vs")
_WHEN = frozenset("this last next year season month week the in".split())


_AS_MANY = cues("as many", "as much", "the number", "the size")


def _as_many(r: Reading, m: Operand) -> bool:
    """ "It now has 460, a quarter as many": a fraction stated as a multiple."""
    return m.kind == "fraction" and starts_with(r.after(m.end, 2), _AS_MANY) is not None


#: Words that tell a sentence's figure as the present one against the sentence before.
_NOW = cues("now", "this year", "today", "currently", "so far this year", "this season")


def _told_before(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """ "… rehomed 84 cats last year. This year it has rehomed 130, so rehoming has doubled";
    "… had 2,400 crossings a month in 2016. It now has 600, a quarter as many": the figure set
    off before the multiple in its sentence against the one figure of its kind in the
    sentence before, when the sentences tell them as earlier and later."""
    before = [o for o in r.in_sentence(m.start) if o.end <= m.begin
              and o.kind in ("count", "money") and o.value_max is None]  # fmt: skip
    prev = r.previous_sentence(m.start)
    if len(before) != 1 or prev is None or "," not in r.between(before[0].end, m.begin):
        return None, None
    new = before[0]
    olds = [o for o in r.in_sentence(prev[0]) if o.kind == new.kind and o.comparable(new)
            and o.value_max is None]  # fmt: skip
    if len(olds) != 1:
        return None, None
    old = olds[0]
    if dated_before(r, new, old) and not dated_before(r, old, new):
        # "… sold 41,000 tickets last year. In 2018 it sold 58,000, so sales have fallen":
        # the sentence of the multiple told as the earlier one by its date
        return new, old
    later = contains(r.figs.words(*r.sentence(new.start)), _NOW)
    if not (later or earlier_than(r, old, new) or dated_before(r, old, new)):
        return None, None
    if earlier_than(r, new, old):
        return None, None
    return old, new


#: How a sentence opens that restates the figure of the sentence before as a multiple:
#: "That is four times as many as …".
_THAT_IS = cues("that is", "this is", "it is", "that was", "this was", "it was", "that's")
_AS_MANY_AFTER = cues("as many as", "as much as", "more than", "the size of", "as big as",
                      "as large as", "as high as")  # fmt: skip
CUES = CUES | _THAT_IS | _AS_MANY_AFTER


def _restated_as_many(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """ "The new depot holds 1,200 buses. That is three times as many as the old one, which
    held 400": the one figure of the sentence before, restated by "That is …", against the
    one figure of its kind after "as many as" in the multiple's sentence."""
    s0, _ = r.sentence(m.start)
    if (
        starts_with(r.figs.words(s0, m.begin), _THAT_IS) is None
        or len(r.figs.words(s0, m.begin)) > 3
    ):
        return None, None
    if starts_with(r.after(m.end, 3), _AS_MANY_AFTER) is None:
        return None, None
    prev = r.previous_sentence(m.start)
    if prev is None:
        return None, None
    news = [o for o in r.in_sentence(prev[0]) if o.kind in ("count", "money")
            and o.value_max is None]  # fmt: skip
    if len(news) != 1:
        return None, None
    new = news[0]
    olds = [o for o in r.in_sentence(m.start) if o is not m and o.kind == new.kind
            and o.comparable(new) and o.value_max is None]  # fmt: skip
    if len(olds) != 1 or olds[0].start < m.end or _nouns_differ(olds[0], new):
        return None, None
    return olds[0], new


#: Comparatives after a fraction that state a multiple of the figure compared with: "a
#: quarter fewer than the 2,400" (0.75 times), "a third more than" (1.33 times).
_FRACTION_MORE = frozenset("more higher larger bigger greater longer heavier dearer".split())
_FRACTION_LESS = frozenset("fewer less lower smaller shorter lighter cheaper".split())


def _fraction_compared(r: Reading, m: Operand) -> float | None:
    """The factor of "a quarter fewer than", "a fifth more than", or of a fraction right
    before the figure's noun phrase ("half the usual 75mm", "a third its size"), else None."""
    if m.kind != "fraction" or not 0 < m.value < 1:
        return None
    tail = r.after(m.end, 2)
    if tail[1:] == ["than"] and tail[0] in _FRACTION_MORE:
        return 1 + m.value
    if tail[1:] == ["than"] and tail[0] in _FRACTION_LESS:
        return 1 - m.value
    if tail[:1] in (["the"], ["its"], ["their"]) or (
        tail[:1] and tail[0].endswith(("'s", "’s")) and len(tail[0]) > 2
    ):
        return m.value  # "half the usual 75mm", "a third last year's"
    return None


def _closing_comparative(r: Reading, m: Operand) -> float | None:
    """The factor of a fraction and a comparative closing its clause ("…, a quarter fewer.",
    "- a third more"): 0.75, 1.33."""
    if m.kind != "fraction" or not 0 < m.value < 1:
        return None
    tail = r.after(m.end, 2)
    if not tail or tail[1:2] not in ([], ["."], [","], [";"], ["-"], ["–"], ["—"]):
        return None
    if tail[0] in _FRACTION_MORE:
        return 1 + m.value
    if tail[0] in _FRACTION_LESS:
        return 1 - m.value
    return None


def _compared_pair(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """ "312 pupils sat it this summer, compared with 364 last year, a quarter fewer": the
    two figures before a fraction and a comparative closing their clause, set against each
    other ("compared with", "against", after a short time phrase), as (earlier, later)."""
    if _closing_comparative(r, m) is None:
        return None, None
    before = [o for o in r.in_sentence(m.start) if o.end <= m.begin
              and o.kind in ("count", "money") and o.value_max is None]  # fmt: skip
    if len(before) < 2:
        return None, None
    new, old = before[-2], before[-1]
    gap = r.between(new.end, old.begin)
    cue = next((i for i in range(len(gap)) if tuple(gap[i:]) in _PAIRED), None)
    if cue is None or len(gap) > 10 or ";" in gap or not new.comparable(old):
        return None, None
    lead_in = r.between(old.end, m.begin)  # "364 last year, a quarter", "364 in 2024 -"
    if not lead_in or lead_in[-1] not in _SET_OFF or len(lead_in) > 4:
        return None, None
    if not all(w.isalnum() for w in lead_in[:-1]):
        return None, None
    return old, new


def _factor(r: Reading, m: Operand) -> float | None:
    again = r.after(m.end, 3)[2:3] == ["again"]
    if m.kind == "fraction" and _as_many(r, m):
        # "a quarter as many"; "half as many again" is one and a half times
        return 1 + m.value if again else m.value
    if again and m.kind == "multiple":
        return None  # "twice as many again": two or three times, as readers take it
    compared = _fraction_compared(r, m)
    if compared is not None and not set(lead(r, m, 3)) & (RISE | FALL):
        return compared
    closing = _closing_comparative(r, m)
    if closing is not None:
        return closing
    if m.kind == "multiple":
        last = m.text.split()[-1].lower()
        tail = r.after(m.end, 3)
        possessive = any(w.endswith(("'s", "’s")) for w in tail[:2])  # "four times last year's"
        if last in ("times", "twice", "thrice") and not (starts_with(tail, _ASSERT) or possessive):
            return None  # "won three times": a count of events, not a multiple
        return m.value
    if m.kind in ("fraction",) and m.value < 1:
        # "fell by a fifth", "rose by a third", "cut in half"
        before = lead(r, m, 3)
        if before[-1:] == ["by"]:
            before = lead(r, m, 6)  # "cut our emissions by a quarter"
        verb = next((w for w in reversed(before) if w in RISE or w in FALL), None)
        if verb is None:
            return None
        return 1 - m.value if verb in FALL else 1 + m.value
    return None


#: What a multiple compares with when the other figure is only named: "five times as many
#: as the walk-in clinic".
_AS_MANY_AS = cues("as many as", "as much as", "more than", "as many people as",
                   "as high as", "as large as", "the number at", "that of")  # fmt: skip
CUES = CUES | _AS_MANY_AS


def _unmatched(r: Reading, m: Operand) -> Finding | None:
    """ "treated 1,800 patients last week, four times as many as the night surgery": the figure
    compared with is not given, so nothing can be tested."""
    if starts_with(r.after(m.end, 4), _AS_MANY_AS) is None:
        return None
    sent = r.in_sentence(m.start)
    if any(o.start > m.end and o.kind in ("count", "money", "percent") for o in sent):
        return None
    before = [o for o in sent if o.end <= m.begin and o.kind in ("count", "money")
              and o.claim is not None]  # fmt: skip
    if len(before) != 1 or clause_break(r.between(before[0].end, m.begin)):
        return None
    why = f"{m.text} {before[0].text}: the text gives no figure for what it is compared with"
    return Finding(CHECK, m.begin, m.end, "inconclusive", why, before, m)


#: How a sentence that goes on about the one before opens: "It has gone from …", "The unit …".
_BACK = cues("it", "its", "the", "this", "that", "these", "those", "their", "they")
CUES = CUES | _BACK


def _next_pair(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """ "We have tripled capacity," said the director. The unit has gone from 140 beds to 290":
    a change told without figures, and the next sentence's one pair "from" … "to"."""
    if any(o.kind in ("count", "money", "percent") for o in r.in_sentence(m.start)):
        return None, None
    nxt = r.next_sentence(m.start)
    if nxt is None or starts_with(r.figs.after(nxt[0], 1, ceiling=nxt[1]), _BACK) is None:
        return None, None  # the next sentence must go on about the same thing ("It has …")
    return _pair_in(r, nxt)


#: Verbs that give the later of two levels joined by "and": "It stood at 38 megawatts in
#: 2014 and reached 196 megawatts this spring", "had 40 beds and now has 120".
REACHED = frozenset("reached reaches reaching hit hits topped tops passed passes now "
                    "touched".split())  # fmt: skip


def _pair_in(r: Reading, span: tuple[int, int]) -> tuple[Operand | None, Operand | None]:
    """The one pair of levels of a sentence: its only two figures (of one kind and noun), the
    earlier after "from" and the later after "to", or the later joined by "and" after a verb
    of reaching (``REACHED``)."""
    ops = [o for o in r.in_sentence(span[0]) if o.kind in ("count", "money", "percent")
           and o.claim is not None]  # fmt: skip
    if len(ops) != 2 or not ops[0].comparable(ops[1]) or _nouns_differ(ops[0], ops[1]):
        return None, None
    nouns = [_noun(o) for o in ops]
    if nouns[0] != nouns[1] and not all(_noun(o) or _bare_end(r, o) for o in ops):
        return None, None  # "12 boats and reached 30 crew": a count of another noun
    if any(o.value_max is not None for o in ops):
        return None, None
    roles = [role(r, o) for o in ops]
    if roles == ["old", "new"]:
        return ops[0], ops[1]
    words = r.between(ops[0].end, ops[1].begin)
    if (
        roles[0] != "old"
        and roles[1] != "old"
        and "and" in words
        and len(words) <= 8
        and REACHED & set(words[words.index("and") :])
        and not clause_break(words)
    ):
        return ops[0], ops[1]
    return None, None


#: What may follow a count that names no noun of its own and so takes the other's: "and now
#: has 460.", "460 this year".
_BARE_AFTER = frozenset(". , ; : this last in a by since now".split())


def _bare_end(r: Reading, o: Operand) -> bool:
    """Whether a count without a noun stands where none could follow (the end of a clause, a
    word of time), so that it counts the noun of the figure it is paired with."""
    after = r.after(o.end, 1)
    return not after or after[0] in _BARE_AFTER


def _pair_before(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """ "… grew from 820 to 1,090. That is a rise of a third": a multiple in a sentence that
    opens by restating the one before and holds no figure of its own, over the one pair of
    levels of that sentence."""
    s0, _ = r.sentence(m.start)
    if starts_with(r.figs.words(s0, m.begin), _THAT_IS) is None:
        return None, None
    if any(o.kind in ("count", "money", "percent")
           and (o.end <= m.begin or "," not in r.between(m.end, o.begin))
           for o in r.in_sentence(m.start)):  # fmt: skip
        return None, None  # a figure of its own ("That is a rise of a third, to 800")
    prev = r.previous_sentence(m.start)
    return _pair_in(r, prev) if prev is not None else (None, None)


def _ordered(a: Operand, b: Operand, between: list[str], factor: float) -> tuple[Operand, Operand]:
    """The earlier and later figure of a pair after a multiple: "300 to 900" runs from the
    first; "9 million against 3 million" and "900 from 300" state the later one first, as
    does a fall ("halved, 40 against 80"). Whether it is a fall is told by the factor, not
    by the figure of the multiple: "up by a fifth" is a factor of 1.2 though a fifth is 0.2."""
    if between[-1:] == ["to"]:
        return a, b
    return (a, b) if factor < 1 and a.value > b.value else (b, a)


def _noun(o: Operand) -> str | None:
    """The noun a count counts, as the extractor read it ("12 shelters": "shelter"), or None."""
    return getattr(o.claim.value, "unit", None) if o.claim is not None else None


def _nouns_differ(a: Operand, b: Operand) -> bool:
    """Whether two counts name different things ("600 patients", "20 hospitals")."""
    units = [_noun(o) for o in (a, b)]
    return a.kind == b.kind == "count" and None not in units and units[0] != units[1]


#: Prepositions that set a count of another thing inside the changed thing's noun phrase:
#: "the beds at 12 shelters", "the fleet across 12 depots", "the output of 3 mines".
_INSIDE = frozenset("at in across on among of over within".split())
_DETERMINERS = frozenset("the its their a an his her our this that these those".split())


def _counts_another_noun(r: Reading, m: Operand, o: Operand) -> bool:
    """Whether ``o``, after the multiple, counts a noun other than the one the multiple
    changes: in "doubled the beds at 12 shelters to 480" the beds changed and the 12 are
    shelters, so they are no end of the change. The changed noun is the one named between the
    multiple and a preposition right before ``o`` (an "at" after a noun sets a place,
    not the level a verb reaches as in "stood at 900")."""
    noun = _noun(o)
    if o.kind != "count" or noun is None or o.start < m.end:
        return False
    words = r.between(m.end, o.begin)
    if len(words) < 2 or words[-1] not in _INSIDE:
        return False
    named = [w for w in words[:-1] if w not in _DETERMINERS]
    return bool(named) and not any(w == noun or w.rstrip("s") == noun for w in named)


def _is_change(r: Reading, m: Operand) -> bool:
    """A multiple told as a change of one quantity: "doubled", "tripled", "rose by a third"."""
    verbs = ("doubled", "tripled", "trebled", "quadrupled", "halved", "doubling", "tripling")
    if m.kind == "fraction":
        return True  # _factor read a verb of change before it
    return m.text.lower().split()[-1] in verbs or bool(set(lead(r, m, 3)) & (RISE | FALL))


#: Words that end the noun phrase of what a multiple compares with: "double the usual 88mm"
#: runs on to its figure, "double the staff at 40 sites" does not.
_NOT_IN_PHRASE = frozenset([*",;:-–—()", *"and or but for in at on to from by with over "
                           "than since after before".split()])  # fmt: skip


def _of(words: list[str]) -> bool:
    while words and words[-1] in ("the", "its", "their", "a", "an", "his", "her", "our"):
        words = words[:-1]
    if words[:1] in (["the"], ["its"], ["their"]) and words[-1:] == ["of"] and len(words) <= 5:
        return True  # "twice the national average of £40,000"
    if 1 <= len(words) <= 4 and words[-1].endswith(("'s", "’s")) and len(words[-1]) > 2:
        # "three times last year's 14,000", "twice the county's 300": a possessive phrase
        return not (_NOT_IN_PHRASE & set(words))
    if words[:1] in (["the"], ["its"], ["their"]) and 2 <= len(words) <= 5:
        # "nearly double the month's usual 88mm": a short noun phrase runs on to the figure
        return not (_NOT_IN_PHRASE & set(words[1:]))
    return tuple(words) in _OF or not words


def _durations(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    """Two spans of time a multiple is told of: "have halved, from 9.6 hours in March to 4.9
    hours now" (one after "from", one after "to"), "52 hours, less than half the usual 120
    hours"; of one time unit, else none (a span is mostly the time a change took)."""
    spans = [o for o in r.in_sentence(m.start) if o.kind == "duration" and o.value_max is None]
    if len(spans) != 2 or spans[0].time_unit != spans[1].time_unit:
        return None, None
    a, b = spans
    if [role(r, a), role(r, b)] == ["old", "new"] and a.start > m.end:
        return a, b
    compared = _fraction_compared(r, m)
    if compared is not None and a.end <= m.begin < m.end <= b.start:
        words = r.between(a.end, m.begin)
        head = r.between(m.end, b.begin)
        if head[1:2] == ["than"]:
            head = head[2:]
        if words[-1:] == [","] and len(words) <= 3 and _of(head):
            return b, a
    return None, None


def _operands(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    old, new = _operands_of(r, m)
    if old is None and new is None:
        return _durations(r, m)
    return old, new


def _operands_of(r: Reading, m: Operand) -> tuple[Operand | None, Operand | None]:
    sent = [o for o in r.in_sentence(m.start) if o is not m and o.kind not in
            ("multiple", "duration", "fraction", "ratio")
            and not _counts_another_noun(r, m, o)]  # fmt: skip
    sent = [o for o in sent if not clause_break(r.between(*sorted((m.end, o.begin))))
            if o.start > m.end] + [o for o in sent if o.end <= m.begin
            and not clause_break(r.between(o.end, m.begin))]  # fmt: skip
    sent.sort(key=lambda o: o.start)
    olds = [o for o in sent if role(r, o) == "old"]
    news = [o for o in sent if role(r, o) == "new"]
    old, new = nearest(olds, m.start), nearest(news, m.start)
    if old is not None and new is not None:
        return old, new
    after = [o for o in sent if o.start > m.end]
    before = [o for o in sent if o.end <= m.begin]
    # "double the 650", "three times that of 3 million", "a quarter fewer than the 2,400"
    head = r.between(m.end, after[0].begin) if after else []
    if m.kind == "fraction" and head[1:2] == ["than"] and _fraction_compared(r, m) is not None:
        head = head[2:]
    if after and _of(head):
        base = after[0]
        if m.kind == "fraction" and _fraction_compared(r, m) is not None:
            # "1,800 swifts, a quarter fewer than the 2,400", "30mm, less than half the
            # usual 75mm": the figure the fraction is set off after, and no other
            set_off = [o for o in before[-1:] if o.comparable(base)
                       and r.between(o.end, m.begin)[-1:] == [","]
                       and len(r.between(o.end, m.begin)) <= 3]  # fmt: skip
            return base, (set_off[0] if set_off else None)
        other = new or next((o for o in reversed(before) if o.comparable(base)), None)
        if other is None:
            other = next((o for o in after[1:] if o.comparable(base)), None)
        return base, other
    # "grew fourfold in a decade: the yard built 15 boats in 2014 and 60 in 2024"
    if _is_change(r, m) and len(after) == 2 and r.between(m.end, after[0].begin).count(":") == 1:
        pair = dated_pair(r, *after)
        if pair is not None:
            return pair
    # "three times as many, 9 million against 3 million"
    for a, b in itertools.pairwise(after):
        between = r.between(a.end, b.begin)
        if (
            a.comparable(b)
            and (
                tuple(between) in _AGAINST
                # "9,840 parcels this year against 4,610": a short time phrase before the cue
                or (
                    len(between) <= 4
                    and (cue := ends_with(between, _PAIRED)) is not None
                    and set(between[: len(between) - len(cue)]) <= _WHEN
                )
            )
        ):
            return _ordered(a, b, between, _factor(r, m) or m.value)
    if old is not None:
        prior = [o for o in before if o.comparable(old) and o is not old]
        if prior:
            return old, prior[-1]
    if new is not None:
        prior = [o for o in before if o.comparable(new) and o is not new]
        if prior:
            return prior[-1], new
    # "tripled … at €14; … closed at €44.10": two prices in one currency after the verb
    # in the multiple's own sentence: "… says it has tripled output. Prices have gone from
    # £140 to £290" compares another quantity
    money = [o for o in r.in_sentence(m.start) if o.kind == "money" and o.start > m.end]
    if (
        m.kind == "multiple"
        and len(money) >= 2
        and money[0].comparable(money[1])
        and money[1].start - m.end < 200
        and all(w not in ("and", "or") for w in r.between(money[0].end, money[1].begin)[:1])
    ):
        return money[0], money[1]
    return None, None
