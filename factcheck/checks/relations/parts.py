"""Totals and parts: "the £10m budget is made up of £6m, £3m and £1m", "employs 5,200
people: 3,100 in …, 1,400 in … and 700 in …", "The 250 staff - 140 nurses, 70 doctors
and 30 porters -", "Of the 2.4 million, 1.5 million … and 0.9 million …", "£30m and
£18m, a total of £48m". Parts introduced by "includes" or "such as" need not make up the
total: inconclusive. Sums are consistent within half a unit of the total's last written
digit and inconsistent at least one unit and 3% off.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import (
    DateRef,
    Operand,
    Reading,
    contains,
    cues,
    ends_with,
    gate,
    starts_with,
)
from factcheck.checks.relations import Finding, References, average, difference, poll
from factcheck.checks.relations._bind import change_verb, honest, opening, role, run, stated_against

NAME = "parts"
CHECK = "arithmetic"

#: After the total, before its parts.
PARTS_AFTER = cues("paid for by", "funded by", "financed by", "met by", "made up of",
                   "consists of", "consisting of", "consisted of", "comprises", "comprising",
                   "comprised", "split between", "shared between", "split into", "shared among",
                   "divided between", "divided into", "divided among", "broken down into",
                   "came from", "comes from", "come from", "coming from", ":", "-", "–", "—",
                   "(", "split", "of which", "of whom", "spread across", "spread between",
                   "allocated to", "split as", "break down as", "broke down as",
                   "are made up of", "is made up of", "were", "was", "splits into",
                   "splits between", "splits among", "divides into", "breaks down into",
                   "breaks down as", "comprise", "consist of", "are split into",
                   "are divided into", "break down into")  # fmt: skip
INCLUDES = cues("includes", "including", "include", "included", "among them", "such as",
                "among which", "notably")  # fmt: skip
#: Before the total, after its parts.
TOTAL_AFTER = cues("a total of", "in total", "totalling", "totaling", "total", "totalled",
                   "totaled", "altogether", "combined", "together", "in all", "for a total of",
                   "making", "bringing the total to", "making a total of", "a combined",
                   "adding up to", "add up to", "adds up to", "or", "for a combined",
                   "giving a total of", "to make", "to a total of", "summing to", "sum of",
                   "taking the total to", "a grand total of", "overall", "take the total to",
                   "takes the total to", "took the total to", "bring the total to",
                   "brings the total to", "brought the total to", "bringing it to",
                   "taking it to")  # fmt: skip
#: After a total set off by a comma after its parts: "…, £895 in all".
IN_ALL = cues("in all", "in total", "altogether", "all told", "between them", "combined")
OF_THE = cues("of the", "of its", "of their", "of these", "of those", "out of the", "of all")
CUES = PARTS_AFTER | INCLUDES | TOTAL_AFTER | OF_THE | IN_ALL
_PART_KINDS = ("money", "count", "percent")


#: Before a figure that is what is left of a whole after a part: "the remaining 34".
REST = cues("the remaining", "remaining", "the other", "the rest ,", "the rest -",
            "the remainder ,", "leaving", "leaving the other")  # fmt: skip
#: What is left told as what follows from the part: "so only 34", "leaving just 12", and
#: the same before a hedge the figure scanner reads ("only" of "so only 34").
_SO = ("so", "leaving", "leaves", "left")
REST = REST | cues(*(f"{a} {b}" for a in _SO for b in ("only", "just", "merely")))
CUES = CUES | REST


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for f in _find(r):
        if not any(_told_as_difference(r, o) for o in (f.target, *f.operands)):
            yield f


_TOLD = difference.STATED | difference.OVERALL


def _told_as_difference(r: Reading, o: Operand | DateRef | None) -> bool:
    """A figure told as a difference ("a majority of 5", "a gap of £570"): no part and no
    total of a sum, whatever figures stand around it (the cues are difference's). Asked of
    the figures of a finding only, so no sentence is read for it otherwise."""
    return isinstance(o, Operand) and ends_with(r.before(o.begin, 5), _TOLD) is not None


def _find(r: Reading) -> Iterator[Finding]:
    for rest in r.operands:
        if rest.kind in ("count", "money") and (_rest_cue(r, rest) or _leaving(r, rest)):
            found = _remainder(r, rest)
            if found is not None:
                yield found
        elif rest.kind == "percent" and ends_with(r.before(rest.begin, 3), REST):
            found = _rest_of_hundred(r, rest)
            if found is not None:
                yield found
    summing = {id(o) for o in r.gated(_SUMS_GATE)}  # the sentences with a word of summing
    made_up = {id(o) for o in r.gated(_MAKE_UP_GATE)}  # … with a verb of making up
    for total in r.operands:
        if total.kind not in _PART_KINDS or total.value_max is not None:
            continue
        found = (
            _after_total(r, total)
            or _before_total(r, total)
            or _next_sentence(r, total, made_up)
            or (_summed_back(r, total) if id(total) in summing else None)
        )
        if found is not None:
            yield found


def _later(r: Reading, total: Operand) -> list[Operand]:
    """The figures of the total's kind after it in its sentence (the sentence's figures are
    in text order, so those after it are a tail of them, found by bisection)."""
    sent = r.in_sentence(total.start)
    memo = r.memo.setdefault("parts_starts", {})
    key = id(sent)
    starts = memo.get(key)
    if starts is None or starts[0] is not sent:  # type: ignore[index]
        starts = memo[key] = (sent, [o.start for o in sent])
    tail = sent[bisect_left(starts[1], total.end) :]  # type: ignore[index]
    return [o for o in tail if o.comparable(total) and o.kind in _PART_KINDS]


def _after_total(r: Reading, total: Operand) -> Finding | None:
    if ends_with(r.before(total.begin, 4), average.AVERAGE) is not None:
        return None  # "averaged 30cm a month: 25cm in …, 40cm in …": the list's mean, no sum
    later = _later(r, total)
    if len(later) == 1:
        return _one_included(r, total, later[0])
    if len(later) < 2:
        return None
    gap = r.between(total.end, later[0].begin)
    lead = opening(r, total.begin)
    # "Of the 2,140 ballots, …": the total inside the opener; not "Of that, €30m goes to …",
    # where the first figure after the opener is the first part
    opener = tuple(lead) in OF_THE or (len(lead) <= 3 and lead[:1] == ["of"] and lead[-1] != ",")
    if len(gap) > 14:
        return None
    if opener and not {",", ":", "-", "–", "—"} & set(gap):
        return None  # "Of the 2,000 entrants and 900 runners, …": a second whole, no part
    if contains(gap, INCLUDES):
        why = f"{total.text}: the parts are introduced by an inclusive word, not a breakdown"
        return Finding(CHECK, total.start, total.end, "inconclusive", why, later, total)
    if not (opener or _breaks_down(r, total, later[0], gap)):
        return _counted_parts(r, total, later) or _apposed_parts(r, total, later, gap)
    pieces = _pieces_first(r, total, later)
    if pieces is not None:  # "split between three sites: 610 at …, 395 at … and 235 at …"
        later = later[1:]
    parts = run(r, later, forward=True)
    if pieces is not None and len(parts) != pieces.value:
        return None  # the list is not the pieces counted
    changed = next((i for i, p in enumerate(parts) if i and role(r, p) == "old"), None)
    if changed is not None:
        parts = parts[:changed]  # "14 have a female director, up from 9 in 2020": an earlier level
    if len(parts) < 2 or max(p.value for p in parts) > total.value >= 0:
        return None  # a part larger than the total: no breakdown of it
    rest = _rest_after(r, parts, later)
    if rest is not None:  # "…, of whom 150 were members and 70 friends; the other 20 …"
        parts = [*parts, rest]
    parts = _goes_on(r, parts, later)
    if any(ends_with(r.before(p.begin, 3), REST) and _other_kind(r, total, p) for p in parts[1:]):
        return None  # "…, of whom 198 were British; the other 10 crew members …"
    found = _test(total, parts)
    left = [o for o in later if o.start > parts[-1].end and o.claim is not None]
    if found.status == "inconsistent" and left and sum(p.value for p in parts) < total.value:
        # more figures of its kind follow: the list may not be all of the total
        found.status = "inconclusive"
        found.explanation += f"; {left[0].text} after the list may be a part too"
    return found


def _pieces_first(r: Reading, total: Operand, later: list[Operand]) -> Operand | None:
    """The count of pieces a breakdown names before its list ("split between three sites:
    610 at …"): a small whole count, a word or two, then a breakdown mark."""
    if len(later) < 3:
        return None
    n = later[0]
    if n.kind != "count" or n.value != int(n.value) or not 2 <= n.value <= 12:
        return None
    gap = r.between(n.end, later[1].begin)
    return n if 1 <= len(gap) <= 3 and gap[-1] in (":", "-", "–", "—") else None


def _one_included(r: Reading, total: Operand, part: Operand) -> Finding | None:
    """ "The library's 9,400 books include 1,200 large-print titles": one part after an inclusive
    word says nothing of the others, so the sum cannot be tested."""
    gap = r.between(total.end, part.begin)
    if len(gap) > 4 or not contains(gap, INCLUDES) or part.value >= total.value:
        return None
    why = f"{total.text}: {part.text} is one part it includes; the text gives no others"
    return Finding(CHECK, total.start, total.end, "inconclusive", why, (part,), total)


#: Words that carry a list of parts on past its "and": "400 voted for - 61.5% - and 200
#: against, with 50 absent".
_GOES_ON = cues(", with", ", plus", ", while", ", and")


def _goes_on(r: Reading, parts: list[Operand], later: list[Operand]) -> list[Operand]:
    """The parts, carried on past the run's "and" by ", with", ", plus" and the figure after."""
    i = later.index(parts[-1]) + 1
    if i >= len(later):
        return parts
    nxt = later[i]
    gap = r.between(parts[-1].end, nxt.begin)
    if len(gap) > 6 or "." in gap or ";" in gap:
        return parts
    if not any(starts_with(gap[j:], _GOES_ON) for j in range(min(len(gap), 3))):
        return parts
    return [*parts, nxt]


def _rest_after(r: Reading, parts: list[Operand], later: list[Operand]) -> Operand | None:
    """The figure after a run of parts that names what is left ("the other 10", "the
    remaining 34"): the last part of the breakdown, even across ";"."""
    i = later.index(parts[-1]) + 1
    if i >= len(later):
        return None
    nxt = later[i]
    gap = r.between(parts[-1].end, nxt.begin)
    if len(gap) > 6 or "." in gap or ends_with(gap, REST) is None:
        return None
    return nxt


def _other_kind(r: Reading, whole: Operand, rest: Operand) -> bool:
    """Whether what is left counts something else than the whole: its own noun right after
    the number ("312 passengers …; the other 10 crew members"), not a verb ("the other 10
    held other passports")."""
    unit, own = _noun(rest), _noun(whole)
    if unit is None or own is None or unit == own:
        return False
    end = rest.figure.end if rest.figure is not None else rest.start
    near = r.figs.after(end, 2, ceiling=r.sentence(rest.start)[1])
    return any(w == unit or w.rstrip("s") == unit for w in near)


def _counted_parts(r: Reading, total: Operand, later: list[Operand]) -> Finding | None:
    """ "The 240 flats will be built in three blocks of 70, 80 and 90"; "500 posts will go
    as four branches close - 200 at …, 150 at …, 100 at … and 50 at …": after the total, a
    count of pieces "of" a list, or before the list's breakdown mark, with exactly that
    many figures is its breakdown."""
    for i, n in enumerate(later[:-2]):
        if (
            n.kind != "count"
            or n.value != int(n.value)
            or not 2 <= n.value <= 12
            or not _lists_pieces(r, total, n, later[i + 1])
        ):
            continue
        if {";", "."} & set(r.between(total.end, n.begin)):
            return None
        parts = run(r, later[i + 1 :], forward=True)
        if len(parts) != n.value or len(parts) != len(later) - i - 1:
            return None  # the list is not the pieces counted, or more figures follow
        if max(p.value for p in parts) >= total.value:
            return None
        return _test(total, parts)
    return None


def _lists_pieces(r: Reading, total: Operand, pieces: Operand, first: Operand) -> bool:
    """Whether the words between a count of pieces and the next figure lead to its list:
    "of" ("three blocks of 70, …"), or a breakdown mark after a few words ("three mills
    close - 1,400 at …")."""
    gap = r.between(pieces.end, first.begin)
    return gap == ["of"] or (len(gap) <= 4 and _breaks_down(r, total, first, gap))


def _apposed_parts(
    r: Reading, total: Operand, later: list[Operand], gap: list[str]
) -> Finding | None:
    """ "9,870 runners finished the marathon, 6,115 men and 3,755 women, a record": counts
    of named kinds set off by commas after the total's clause. Nothing says they are its
    breakdown, so a sum that misses is only inconclusive."""
    later = [o for o in later if o.claim is not None]  # not a bare "10k" of the clause
    if not later:
        return None
    gap = r.between(total.end, later[0].begin)
    with_ = gap[-2:] == [",", "with"]  # "drew upwards of 10,000, with 6,200 on … and 4,150 on …"
    if with_:
        gap = gap[:-1]
    if gap[-1:] != [","] or ";" in gap or gap.count(",") > 1 or total.kind != "count":
        return None
    if len(gap) < 2 and not with_:
        return None  # "pays for 30 new police officers, two fire engines and …": one list
    parts = run(r, later, forward=True)
    if len(parts) < 2 or max(p.value for p in parts) > total.value >= 0:
        return None  # a part larger than the total ("5:1, with 144 men"): no breakdown of it
    placed = not with_ and _noun(total) is not None and _placed_all(r, parts)
    if (
        not with_
        and not placed
        and (
            any(_noun(p) is None for p in (total, *parts))
            or len({_noun(p) for p in parts}) < len(parts)
        )
    ):
        return None  # each part a kind of its own ("men", "women"), or of its own place
    if "and" not in r.between(parts[-2].end, parts[-1].begin):
        return None
    tail = r.after(parts[-1].end, 6)
    stop = next((i for i, w in enumerate(tail) if w in (",", ".", ";")), len(tail))
    if stop > 4 or (stop == len(tail) and len(tail) == 6):
        return None  # the last part's clause ends within a few words ("on the second.")
    if any(d.granularity != "day" for d in r.dates_in(parts[0].start, parts[-1].end)):
        return None  # figures by year or month are a series ("500 in 2023 and 300 in 2024")
    found = _test(total, parts)
    if found.status == "inconsistent" and not (placed and _ends_clause(r, parts[-1])):
        found.status = "inconclusive"
        found.explanation += "; the figures after the comma may not be its breakdown"
    return found


#: After a part of a breakdown by place: "180 in Hollin", "95 at Sedge Green".
_AT_PLACE = frozenset(("in", "at"))


def _placed(r: Reading, p: Operand) -> bool:
    """ "…, 180 in Hollin and 230 in Marsh End": a bare figure (no noun of its own) followed
    by "in"/"at" and a capitalised name."""
    s1 = r.sentence(p.start)[1]
    after, starts = r.figs.words(p.end, s1)[:2], r.figs.starts(p.end, s1)[:2]
    return (
        _noun(p) is None
        and len(after) == 2
        and after[0] in _AT_PLACE
        and after[1].isalpha()
        and r.doc.text[starts[1]].isupper()
    )


#: Prepositions that give each bare part its agent or destination: "1,400 by private
#: firms and 900 by councils", "700 to Leeds and 500 to York".
_BY = frozenset(("by", "to", "from", "for"))


def _placed_all(r: Reading, parts: list[Operand]) -> bool:
    """Whether each part is a bare figure of one breakdown: each "in"/"at" a capitalised
    place, or each after the same preposition of ``_BY`` and a word ("by councils")."""
    if all(_placed(r, p) for p in parts):
        return True
    s1 = r.sentence(parts[0].start)[1]
    heads = [r.figs.words(p.end, s1)[:2] for p in parts]
    return (
        all(_noun(p) is None for p in parts)
        and all(len(h) == 2 and h[1].isalpha() for h in heads)
        and len({h[0] for h in heads}) == 1
        and heads[0][0] in _BY
    )


def _ends_clause(r: Reading, last: Operand) -> bool:
    """Whether the list ends its sentence after the last part's place ("… and 230 in Marsh
    End."), a reporting clause allowed ("…, the agency said.")."""
    s1 = r.sentence(last.start)[1]
    words, starts = r.figs.words(last.end, s1)[1:9], r.figs.starts(last.end, s1)[1:9]
    named = 0
    while words[:1] and words[0].isalpha() and named < 3:
        words, starts, named = words[1:], starts[1:], named + 1  # "Pell Bridge", "councils"
    if words[:1] in ([], ["."]):
        return True
    return words[:1] == [","] and told_by(words[1:])


_SAID = frozenset(("said", "says", "reported", "confirmed", "announced", "added", "estimated"))


def told_by(words: list[str]) -> bool:
    """ "the agency said.", "officials said on Monday.": a reporting clause closing the list."""
    return any(w in _SAID for w in words[:4])


def _noun(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    return unit if isinstance(unit, str) and unit else None


#: Cues of a breakdown that are a single mark or a copula: they must stand right before
#: the first part ("employs 5,200 people: 3,100 in …"; "The 250 staff were 140 nurses, …").
_WEAK = cues(":", "-", "–", "—", "(", "were", "was", "split")
_STRONG = PARTS_AFTER - _WEAK


def _breaks_down(r: Reading, total: Operand, first: Operand, gap: list[str]) -> bool:
    """Whether the words after a total introduce its parts: a breakdown cue ("made up of",
    "split between") anywhere in the gap, or a mark right before the first part that is no
    list item's bracket ("Halvorsen (£14.2m), Tarrant (£9.8m)") or a tally's hyphen ("61-39")."""
    if contains(gap, _STRONG):
        return True
    cue = ends_with(gap, _WEAK)
    if cue is None or ")" in gap:
        return False
    if cue in (("-",), ("–",), ("—",)) and r.after(first.end, 1)[:1] in (["-"], ["–"], ["—"]):
        return False  # "A third of the 60 flights - 20 - were delayed": the part of a share
    if cue in (("-",), ("–",)):
        stretch = r.text.text[total.end : first.begin]
        dash = max(stretch.rfind("-"), stretch.rfind("–"))
        return dash > 0 and stretch[dash - 1].isspace()  # a spaced dash, not "61-39"
    return True


#: Words that make the noun phrase before a total's "of" a total: "a combined operating
#: profit of", "total sales of".
_TOTAL_WORDS = frozenset(("combined", "total", "overall", "aggregate", "joint"))


def _before_total(r: Reading, total: Operand) -> Finding | None:
    words = r.before(total.begin, 6)
    set_off = words[-1:] in (
        [","],
        ["-"],
        ["–"],
        ["—"],
        [":"],
    )  # "…, 424 in all", "… - 1,400 in two months", "…: 90mm in three days"
    pieces = _tail_pieces(r, total) if set_off else None
    tailed = set_off and (_tail_in_all(r, total) or pieces is not None)
    if (
        ends_with(words, TOTAL_AFTER) is None
        and not _running(words)
        and not (words[-1:] == ["of"] and _TOTAL_WORDS & set(words[-5:-1]))
        and not tailed
    ):
        return None
    if words[-1:] == ["or"] and len(words) > 1 and words[-2] != ",":
        pass
    if starts_with(r.after(total.end, 3), _PER_ONE) is not None:
        return None  # "£400, £500 and £600, or £500 each (on average)": one part's share
    earlier = [o for o in r.in_sentence(total.start) if o.end <= total.begin and o.comparable(total)
               and o.kind in _PART_KINDS]  # fmt: skip
    if tailed and total.kind == "count":
        # "130 oaks, 95 ashes and 40 limes, 265 trees in all": a total that names its own
        # noun sums counts of other nouns
        earlier = [o for o in r.in_sentence(total.start) if o.end <= total.begin
                   and o.kind == "count" and o.value_max is None]  # fmt: skip
    parts = run(r, earlier, forward=False, polysyndeton=tailed)
    if len(parts) == 1 and _running(words):
        parts = _with_sentence_before(r, total, parts)
    if len(parts) < 2:
        return None
    if tailed and (len(parts) < 2 or any(p.value >= total.value for p in parts)):
        return None  # ", £895 in all" after a list of smaller figures
    if pieces is not None and not pieces(parts):
        return None  # "£2m in May and £3m in June, £30m for the year": not all of the year
    if (
        ends_with(words, cues("or", ", or"))
        and not contains(
            r.between(parts[-1].end, total.begin), cues("a total of", "in total", "in all")
        )
        and "and" not in r.between(parts[0].end, parts[-1].begin)
    ):
        return None
    return _test(total, parts)


#: After a figure that is per one of the parts, not their sum: "or £500 each", "a head".
_PER_ONE = cues("each", "apiece", "a head", "per head", "per person", "on average", "a piece",
                "each on average", "per item", "a time")  # fmt: skip
CUES = CUES | _PER_ONE


#: After a total, the period it sums over: "…, 395 in two years", "…, £4.48m for the year".
_OVER = cues("in", "over", "across", "in the", "over the", "across the")
_WHOLE_YEAR = cues("for the year", "for the full year", "for the whole year", "over the year",
                   "in the year", "for the season", "over the season")  # fmt: skip
_SPLITS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
CUES = CUES | _OVER | _WHOLE_YEAR


def _tail_pieces(r: Reading, total: Operand) -> Callable[[list[Operand]], bool] | None:
    """A total set off by a comma after its parts and followed by the period it covers:
    "in two years" (then one part per year: as many parts as the duration counts), "for the
    year" (then the parts must be its halves or quarters, as many as the year has)."""
    tail = r.after(total.end, 4)
    if starts_with(tail, _WHOLE_YEAR) is not None:

        def split(parts: list[Operand]) -> bool:
            words = r.between(parts[0].begin, parts[-1].end) + r.after(parts[-1].end, 4)
            n = {_SPLITS[w] for w in words if w in _SPLITS}
            return len(n) == 1 and n.pop() == len(parts)

        return split
    cue = starts_with(tail, _OVER)
    if cue is None:
        return None
    span = next(
        (o for o in r.in_sentence(total.start) if o.start > total.end and o.kind == "duration"),
        None,
    )
    if span is None or span.time_unit not in ("year", "month", "day"):
        return None
    if r.between(total.end, span.begin) != list(cue):
        return None
    # each part is of one year (month, day): as many years (months, days: "on Monday")
    # named in the list as parts
    return lambda parts: (
        span.value
        == len(parts)
        == len(
            [d for d in r.dates_in(parts[0].start, total.begin) if d.granularity == span.time_unit]
        )
    )


def _tail_in_all(r: Reading, total: Operand) -> bool:
    """Whether "in all", "in total" … follows the total (its noun is part of its span):
    ", £895 in all", ", 555 posts in total"."""
    tail = r.after(total.end, 3)
    if starts_with(tail, IN_ALL) is not None:
        return True
    # "…, 424 fruit in all": a noun the quantity extractor left out of the total's span
    return (
        bool(tail)
        and tail[0].isalpha()
        and tail[0] not in _NOT_NOUNS
        and starts_with(tail[1:], IN_ALL) is not None
    )


_NOT_NOUNS = frozenset("were was are is had have has be been sold went came".split())


#: How the sentence after a total opens when it breaks the total down: "It sets aside …".
_BACK = cues("it", "they", "this", "these", "that", "of this", "of that", "of these", "of it",
             "of the money", "the money", "the sum", "the total", "of those", "of them",
             "of whom")  # fmt: skip
#: Openers of the sentence after a total that take their parts from it: two parts after
#: them are a breakdown ("Of those, 60 were … and 25 …"), inconclusive when short of it.
_OF_BACK = cues("of this", "of that", "of these", "of those", "of them", "of it", "of whom")


#: How a sentence opens when its figure sums the list of the sentence before: "Together
#: that is £1.2m", "In all, the two grants come to £900,000".
_SUMS_BACK = cues("together", "in all", "in total", "altogether", "all told", "between them",
                  "combined", "that makes", "this makes", "that brings", "that takes")  # fmt: skip
CUES = CUES | _SUMS_BACK
_SUMS_GATE = gate(_SUMS_BACK)


_DETERMINERS = frozenset(("the", "their", "its", "a", "this", "that"))


#: What links a noun phrase of summing to its figure: "The combined loss, about …", "Their
#: combined haul of …", "The combined bill was …".
_SUM_LINKS = frozenset((",", "of", "is", "was", "came", "to", "reached", "totalled", "stood", "at"))


def _opens_on_sum(words: list[str], opening: str) -> bool:
    """Whether a sentence's opening words are a word of summing ("Together that is", "In
    all, the two …") or a short noun phrase led by one and linked to the figure ("The
    combined loss,", "Their combined haul of"), "combined" in lower case: "The Combined
    Authority" is a name."""
    if starts_with(words[:3], _SUMS_BACK) is not None:
        return True
    return (
        len(words) <= 5
        and words[:1] != []
        and words[0] in _DETERMINERS
        and words[1:2] == ["combined"]
        and words[-1] in _SUM_LINKS
        and " combined " in opening
    )


def _clause_of(r: Reading, op: Operand) -> list[Operand]:
    """The operands of ``op``'s sentence up to the first ";" after it: a clause after the
    semicolon ("…; a year ago the figure was 7,000") tells of something else."""
    sent = r.in_sentence(op.start)
    later = [o for o in sent if o.start >= op.end]
    cut = next((o for o in later if ";" in r.between(op.end, o.begin)), None)
    return sent if cut is None else [o for o in sent if o.start < cut.start]


def _summed_back(r: Reading, total: Operand) -> Finding | None:
    """ "The fund gave £300,000 to parks and £200,000 to libraries. Together that is £500,000":
    a sentence opening on a word of summing, with one figure of the list's kind, sums every
    figure of that kind in the sentence before, when they are one run."""
    s0, _ = r.sentence(total.start)
    opener = r.figs.words(s0, total.begin)
    if len(opener) > 6 or not _opens_on_sum(opener, r.text.text[s0 : total.begin]):
        return None
    same = [o for o in _clause_of(r, total) if o.comparable(total) and o.kind == total.kind]
    # "In all, £9,300 came in, short of the £12,000 goal": a figure of a clause after the
    # total's is about the total, not a second one
    same = [o for o in same if o.start <= total.start or "," not in r.between(total.end, o.begin)]
    prev = r.previous_sentence(total.start)
    if same != [total] or prev is None:
        return None
    earlier = [o for o in r.in_sentence(prev[0]) if o.comparable(total) and o.kind == total.kind]
    if len(earlier) == 1:
        earlier = _one_a_sentence(r, total, prev, earlier)
    parts = run(r, earlier, forward=True) if len(earlier) > 1 else []
    if len(earlier) > 1 and parts != earlier and all(len(_same(r, total, o)) == 1 for o in earlier):
        parts = earlier  # one part a sentence ("3.1 tonnes on Friday. On Saturday … 2.2 tonnes")
    if len(parts) < 2 or parts != earlier or any(p.value >= total.value for p in parts):
        return None
    return _test(total, parts)


#: A total that the last part brings the list to: "…, bringing the total to 79".
_RUNNING_TOTAL = cues("bringing the total to", "taking the total to", "brings the total to",
                      "takes the total to", "brought the total to", "took the total to",
                      "bringing it to", "taking it to")  # fmt: skip


#: The verbs that bring a running total to a figure: "bringing the weekend total to".
_BRINGING = frozenset("bringing bring brings brought taking take takes took pushing pushed "
                      "lifting lifted raising raised".split())  # fmt: skip


def _running(words: list[str]) -> bool:
    """Whether the words before a figure bring a running total to it: a cue of
    ``_RUNNING_TOTAL``, or a verb of ``_BRINGING`` and "total to" with up to two words
    naming the total between them ("taking the season's total to", "bringing the weekend
    total to")."""
    if words[-1:] != ["to"]:
        return False  # every running total's cue ends in "to"
    if ends_with(words, _RUNNING_TOTAL) is not None:
        return True
    if words[-2:] != ["total", "to"]:
        return False
    head = words[-6:-2]
    verb = next((i for i in range(len(head) - 1, -1, -1) if head[i] in _BRINGING), None)
    return verb is not None and not ({",", ";"} & set(head[verb:]))


def _with_sentence_before(r: Reading, total: Operand, parts: list[Operand]) -> list[Operand]:
    """ "… has 44 day places and 31 evening ones. Its holiday club adds 12, bringing the
    total to 87": the one part of the sentence after the whole list of the sentence before."""
    prev = r.previous_sentence(total.start)
    if prev is None:
        return parts
    earlier = [o for o in r.in_sentence(prev[0]) if o.kind == total.kind and o.value_max is None
               and (o.comparable(total) or o.kind == "count")]  # fmt: skip
    listed = run(r, earlier, forward=True)
    if not listed or listed != earlier or any(o.value >= total.value for o in listed):
        return parts  # a figure of the sentence before as large as the total is no part
    return [*listed, *parts]


def _same(r: Reading, total: Operand, o: Operand) -> list[Operand]:
    return [x for x in r.in_sentence(o.start) if x.comparable(total) and x.kind == total.kind]


def _one_a_sentence(
    r: Reading, total: Operand, prev: tuple[int, int], earlier: list[Operand]
) -> list[Operand]:
    """ "Stewards gathered 3.1 tonnes on Friday. On Saturday they added 2.2 tonnes. That
    makes 5.3 tonnes": one part in each sentence before the sum, back to the paragraph's
    start or a sentence with none of the kind; a sentence with two makes it no list."""
    found = list(earlier)
    span: tuple[int, int] | None = prev
    p0 = r.paragraph(prev[0])[0]
    for _ in range(3):
        assert span is not None
        back = r.previous_sentence(span[0])
        if back is None or back[0] < p0:
            break
        same = [o for o in r.in_sentence(back[0]) if o.comparable(total) and o.kind == total.kind]
        if len(same) > 1:
            return earlier  # "… 2.4 and 1.9 tonnes. … 0.6 tonnes": not one part a sentence
        if not same:
            break
        found.insert(0, same[0])
        span = back
    else:
        return earlier  # a longer chain than a short list
    return found


def _next_sentence(r: Reading, total: Operand, made_up: set[int]) -> Finding | None:
    """ "… a capital budget of £48m. It sets aside £20m for …, £15m for … and £11m for …":
    the last figure of a sentence and the full list of its kind in the next one, which
    opens by pointing back ("It", "Of this") or holds a verb of making up (its figures'
    ids in ``made_up``, read once through the gate of those verbs)."""
    s0, s1 = r.sentence(total.start)
    if s1 + 1 >= len(r.text.text):
        return None
    n0, n1 = r.sentence(s1 + 1)
    if n0 <= s1 or r.paragraph(n0)[0] > s0:
        return None
    following = r.in_sentence(n0)
    if not following:
        return None  # no figure to be a part
    back = starts_with(r.figs.after(n0, 3, ceiling=n1), _BACK) is not None
    made_of = not back and id(following[0]) in made_up and contains(r.figs.words(n0, n1), _MAKE_UP)
    if not (back or made_of):
        return None
    if any(o.start >= total.end and o.comparable(total) for o in r.in_sentence(total.start)):
        return None
    later = [o for o in following if o.comparable(total) and o.kind == total.kind
             and not _qualifies(r, o)]  # fmt: skip
    cut = next((i for i, o in enumerate(later) if i and ";" in r.between(later[0].end, o.begin)),
               None)  # fmt: skip
    if cut is not None:
        later = later[:cut]  # "…; temperatures peaked at 36C": a clause of something else
    parts = run(r, later, forward=True)
    # "Of that, £52,000 came from … and £30,000 from …": two parts do, with a verb of making up
    made_verb = made_of or (back and contains(r.figs.words(n0, n1), _MAKE_UP))
    made_verb = made_verb or starts_with(r.figs.after(n0, 3, ceiling=n1), _OF_BACK) is not None
    if len(parts) < (2 if made_verb else 3) or len(parts) != len(later):
        return None
    if any(p.value >= total.value for p in parts):
        return None
    if made_of and not _same_noun(total, parts):
        return None
    if contains(r.figs.words(n0, n1), INCLUDES):
        why = f"{total.text}: the parts are introduced by an inclusive word, not a breakdown"
        return Finding(CHECK, total.start, total.end, "inconclusive", why, parts, total)
    found = _test(total, parts)
    if made_verb and found.status == "inconsistent" and sum(p.value for p in parts) < total.value:
        found.status = "inconclusive"  # "Wheat made up …": the parts named may not be all
        found.explanation += "; the sentence after may name only some of the parts"
    return found


#: Words before a bounded figure that are no noun it could qualify ("were over 500").
_NOT_QUALIFIED = frozenset("and or but of with to by for from were was are is be been had has "
                           "have than the a an at in on rose fell reached numbered totalled "
                           "totaled stood".split())  # fmt: skip


def _qualifies(r: Reading, o: Operand) -> bool:
    """Whether a bounded figure right after a noun qualifies that noun rather than counting
    a part: "patients over 80", "children under 5"."""
    if o.hedge not in ("more than", "less than"):
        return False
    word = r.before(o.begin, 1)
    return bool(word) and word[0].isalpha() and word[0].islower() and word[0] not in _NOT_QUALIFIED


#: Verbs of the sentence after a total that name its parts: "Wheat made up 2,000 tonnes and
#: oats 900 tonnes", "Grants accounted for £3m and loans £1m".
_MAKE_UP = cues("made up", "make up", "makes up", "accounted for", "account for",
                "accounts for", "came from", "come from", "comes from", "consisted of",
                "comprised")  # fmt: skip
CUES = CUES | _MAKE_UP
_MAKE_UP_GATE = gate(_MAKE_UP)


def _same_noun(total: Operand, parts: list[Operand]) -> bool:
    """Whether the total and its parts count one noun, where they name one ("tonnes"): a
    part without a noun of its own takes the total's."""
    own = _noun(total)
    return own is None or all(_noun(p) in (None, own) for p in parts)


#: What is left of a sum, named after "leaving": "leaving an operating profit of £290m".
LEFT_NOUNS = frozenset("profit surplus balance shortfall deficit gap margin loss remainder "
                       "difference".split())  # fmt: skip


def _rest_cue(r: Reading, rest: Operand) -> bool:
    """Whether a cue of what is left stands right before the figure, or before the words
    of its hedge ("so only 34": "only" is read as the figure's hedge), and no comparative
    follows it ("so only 300 more": an addition, not what is left)."""
    if r.after(rest.end, 1) in (["more"], ["fewer"], ["less"], ["extra"], ["additional"]):
        return False
    if ends_with(r.before(rest.begin, 3), REST):
        return True
    return rest.begin < rest.start and ends_with(r.before(rest.start, 3), REST) is not None


def _leaving(r: Reading, rest: Operand) -> bool:
    """ "Revenue came to £820m and costs to £510m, leaving an operating profit of £290m": what
    is left named by a short noun phrase between "leaving" and "of"."""
    words = r.before(rest.begin, 7)
    if words[-1:] != ["of"] or "leaving" not in words:
        return False
    tail = words[words.index("leaving") + 1 : -1]
    return (
        len(tail) <= 4
        and not ({",", ";", "-", "(", ")"} & set(tail))
        and tail[-1:] != []
        and tail[-1] in LEFT_NOUNS
    )


def _remainder(r: Reading, rest: Operand) -> Finding | None:
    """ "Of the 86 homes, 52 will be sold. The remaining 34 are for rent": what is left of the
    whole after the part, with the two in its sentence or the sentence before."""
    pool = [o for o in r.in_sentence(rest.start) if o.end <= rest.begin and o.comparable(rest)]
    prev = r.previous_sentence(rest.start)
    if len(pool) < 2 and prev is not None:
        pool = [o for o in r.in_sentence(prev[0]) if o.comparable(rest)] + pool
    if len(pool) == 2:
        part, whole = sorted(pool, key=lambda o: o.value)
        taken = [part]
        if _other_kind(r, whole, rest):
            return None
    elif len(pool) > 2 and (
        run(r, pool[1:], forward=True) == pool[1:] or _opens_of(r, pool[0], len(pool))
    ):
        # "240 guests, of whom 150 were members and 70 friends; the other 20 …": the
        # whole first, then the run of its parts
        whole, taken = pool[0], pool[1:]
        if max(p.value for p in taken) >= whole.value or _other_kind(r, whole, rest):
            return None
    else:
        return None
    computed = whole.value - sum(p.value for p in taken)
    if computed <= 0:
        return None
    return stated_against(
        rest, computed, f"{whole.text} − {' − '.join(p.text for p in taken)}", (whole, *taken)
    )


def _opens_of(r: Reading, whole: Operand, n: int) -> bool:
    """Whether ``whole`` opens its sentence as the whole of what follows ("Of the 86 homes,
    52 …. Another 20 … and the remaining 14 …"), with at most four figures in all, so that
    every later figure of its kind up to what is left is one of its parts."""
    lead = opening(r, whole.begin)
    return 3 <= n <= 4 and (tuple(lead) in OF_THE or (len(lead) <= 3 and lead[:1] == ["of"]))


def _rest_of_hundred(r: Reading, rest: Operand) -> Finding | None:
    """ "61% backed the levy and 33% opposed it; the remaining 6% had no view": the shares listed
    before what is left of the whole, 100%. Not when a share is of something else ("40%
    of the homes") or a change ("up 3%")."""
    pool = [o for o in r.before_in_sentence(rest) if o.kind == "percent"] or _shares_before(r, rest)
    if not pool or any(o.value_max is not None for o in pool):
        return None
    if not (run(r, pool, forward=True) == pool or _split(r, pool)):
        return None
    if any(change_verb(r, o) for o in pool):
        return None
    if any(poll.of_a_whole(r, o) for o in pool[1:]) or (
        poll.of_a_whole(r, pool[0]) and not _of_people(r, pool[0])
    ):
        # "40% of the homes", not "52% of voters": a share of something else; the first
        # share alone of a group of people ("46% of members …, 30% …") is the split of that
        # group, which the others share
        return None
    computed = 100 - sum(o.value for o in pool)
    if computed <= 0:
        return None
    # each share is rounded: the rest may miss by half a unit of each
    slack = sum(o.unit for o in pool) / 2
    nearest = min(max(rest.value, computed - slack), computed + slack)
    status, rule = _judge.total(rest.value, rest.place, nearest, rest.hedge)
    line = (f"100% − {' − '.join(o.text for o in pool)} = {computed:g}%; the text says "
            f"{rest.text} ({rule})")  # fmt: skip
    return Finding(CHECK, rest.start, rest.end, status, line, pool, rest)


#: The people a split is of: "46% of members backed it, 39% opposed it".
_PEOPLE = frozenset(
    "members residents people voters adults respondents staff workers parents pupils students "
    "customers readers tenants users fans".split()
)


def _of_people(r: Reading, o: Operand) -> bool:
    """Whether a share is "of" a group of people named in a word or two ("of residents",
    "of the members"), then a verb: the split of that group."""
    tail = r.after(o.end, 3)
    tail = tail[1:] if tail[:1] == ["of"] else []
    tail = tail[1:] if tail[:1] in (["the"], ["its"], ["their"]) else tail
    return bool(tail) and tail[0] in _PEOPLE


#: What sets two shares of one split against each other: "46% against 39%", "55% to 45%".
_VERSUS = frozenset(("against", "to", "versus", "vs"))


def _split(r: Reading, pool: list[Operand]) -> bool:
    """Whether two shares are the sides of one split ("led with 46% against 39% for No"),
    not the ends of a change ("from 40% to 46%")."""
    if len(pool) != 2 or role(r, pool[0]) is not None:
        return False
    gap = r.between(pool[0].end, pool[1].begin)
    return len(gap) <= 3 and bool(_VERSUS & set(gap)) and not ({",", ";"} & set(gap))


def _shares_before(r: Reading, rest: Operand) -> list[Operand]:
    """ "52% said yes and 41% no. The rest, 7%, did not know": when what is left opens its
    sentence, the shares of the sentence before, if they are all its figures."""
    s0, _ = r.sentence(rest.start)
    if len(r.figs.words(s0, rest.begin)) > 3:
        return []
    prev = r.previous_sentence(rest.start)
    if prev is None:
        return []
    figures = r.in_sentence(prev[0])
    shares = [o for o in figures if o.kind == "percent"]
    return shares if len(shares) >= 2 and len(shares) == len(figures) else []


def _test(total: Operand, parts: list[Operand]) -> Finding:
    computed = sum(p.value for p in parts)
    status, rule = _judge.total(total.value, total.place, computed, total.hedge)
    summed = " + ".join(p.text for p in parts)
    line = f"{summed} = {_judge.fmt(computed)}; the text says {total.text} ({rule})"
    return Finding(CHECK, total.start, total.end, status, line, parts, total)
