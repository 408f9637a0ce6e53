"""Poll shares that must sum to about 100: "Labour 41%, the Conservatives 30%, the Liberal
Democrats 20% and others 14%" (105%: inconsistent). Three or more shares listed in one
sentence, none of them a change, in a sentence about a poll, a vote or a split. Each share
is rounded, so the sum may miss 100 by half a unit per share; a sum below 100 is tested
only when the list names the rest ("others", "undecided").
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks._reading import Operand, Reading, contains, cues, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import change_verb, honest, run

NAME = "poll"
CHECK = "arithmetic"
CUES = cues("poll", "polls", "survey", "surveyed", "voted", "vote", "votes", "backed", "support",
            "supported", "respondents", "share", "shares", "split", "ballot", "referendum",
            "favour", "favor", "against", "opposed", "undecided", "said", "say", "prefer",
            "preferred", "chose", "picked", "won", "took", "got", "result", "results",
            "turnout", "final results", "tally",
            "pollster", "pollsters")  # fmt: skip
REST = cues("others", "other", "undecided", "don't know", "don ' t know", "the rest", "rest",
            "remaining", "remainder", "no opinion", "unsure", "neither", "abstained")  # fmt: skip

#: The two sides of a vote, named right after (or before) each share: "58% in favour and
#: 42% against", "yes 52%, no 48%".
FOR_SIDE = cues("in favour", "in favor", "for", "yes", "in support", "backing", "for it")
AGAINST_SIDE = cues("against", "no", "opposed", "against it")
#: Words that make a sentence one about a vote: no side words ("for", "against") among them.
_VOTED = cues("voted", "vote", "votes", "ballot", "balloted", "referendum", "poll", "polled",
              "survey", "surveyed", "split", "motion", "plebiscite", "show of hands")  # fmt: skip
#: Verbs of voting right before "by A% to B%" (or before "A% to B%").
VOTE_VERBS = frozenset(("voted", "backed", "approved", "rejected", "endorsed", "supported",
                        "opposed", "split", "passed", "defeated", "carried", "won", "lost",
                        "chose", "elected", "favoured", "favored"))  # fmt: skip
#: (not in ``CUES``, whose words make a sentence one about a poll for a list of three)
_GATE = gate(
    CUES | REST | _VOTED | frozenset((v,) for v in VOTE_VERBS)
)  # a word of each poll cue (or of the rest: "The rest, 9%, …")


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    done: set[int] = set()
    tested: set[int] = set()  # the shares of a list already summed
    for p in r.gated(_GATE):  # a poll word in the sentence, or no test
        if p.kind != "percent" or id(p) in done:
            continue
        sent = [o for o in r.in_sentence(p.start) if o.kind == "percent" and o.start >= p.start]
        shares = _listed(r, sent)
        done.update(id(o) for o in shares)
        if shares and shares[0] is sent[0] and id(shares[0]) not in tested:
            across = _across(r, shares[0])  # the list began in the sentence before
            if across is not None:
                tested.update(id(o) for o in across.operands)
                yield across
                continue
        if len(sent) == 2 and _split_by(r, sent[0], sent[1]):
            # "Members backed the deal by 62% to 38%": the two sides of one vote
            tested.update(id(o) for o in sent)
            yield _test(r, sent, False)
            continue
        if len(shares) == 2 and len(sent) == 2 and _two_sided(r, shares):
            # "the ballot split 58.2% in favour and 41.8% against": the two sides of one vote
            tested.update(id(o) for o in shares)
            yield _test(r, shares, False)
            continue
        if len(shares) < 3 or any(change_verb(r, o) for o in shares):
            continue
        if any(o.value_max is not None or of_a_whole(r, o) for o in shares):
            continue
        s0, s1 = r.sentence(p.start)
        words = r.figs.words(s0, s1)
        if not contains(words, CUES):
            continue
        # the rest must be named inside the list ("… and others 14%"), not in another clause
        yield _test(r, shares, _all_named(r, shares))
    for p in r.gated(_GATE):
        if p.kind == "percent" and id(p) not in tested:
            found = _across(r, p)
            if found is not None:
                tested.update(id(o) for o in found.operands)
                yield found


def _split_by(r: Reading, a: Operand, b: Operand) -> bool:
    """ "Voters backed the plan by 62% to 38%", "Members voted 71% to 29% to accept": two
    shares joined by "to" after "by" or a verb of voting (a few words of object between),
    the only shares of a sentence with no change told of them."""
    if r.between(a.end, b.begin) != ["to"] or a.value_max is not None or b.value_max is not None:
        return False
    if any(change_verb(r, o) or of_a_whole(r, o) for o in (a, b)):
        return False
    lead = [w.lower() for w in r.before(a.begin, 6)]
    if lead[-1:] == ["by"]:
        lead = lead[:-1]
    verbs = [i for i, w in enumerate(lead) if w in VOTE_VERBS]
    if not verbs:
        return False
    between = lead[verbs[-1] + 1 :]
    return len(between) <= 3 and all(w.isalpha() for w in between) and "from" not in between


def _two_sided(r: Reading, shares: list[Operand]) -> bool:
    """Whether two shares are the two sides of one vote: the first named for it, the second
    against, each by the word right after it or right before it; neither a change nor a
    share of another whole."""
    if any(change_verb(r, o) or of_a_whole(r, o) or o.value_max is not None for o in shares):
        return False

    def side(o: Operand, table: frozenset[tuple[str, ...]]) -> bool:
        after = r.after(o.end, 4)
        if starts_with(after, table) is not None:
            # "64% for the council vote": a share of the vote itself, not a side
            return not contains(after[1:], _VOTED)
        return r.before(o.begin, 1)[:1] in ([w[0]] for w in table if len(w) == 1)

    s0, s1 = r.sentence(shares[0].start)
    words = r.figs.words(s0, s1)
    voted = contains(words, _VOTED) and "turnout" not in (w.lower() for w in words)
    return voted and side(shares[0], FOR_SIDE) and side(shares[1], AGAINST_SIDE)


def _figures(r: Reading, span: tuple[int, int]) -> list[Operand]:
    return [o for o in r.in_sentence(span[0]) if o.kind in ("percent", "points", "count", "money")]


def _across(r: Reading, p: Operand) -> Finding | None:
    """ "Ferris leads on 41%, with Dunmore on 29%. Third-placed Hale has 17% and 13% are
    undecided": a list of shares that goes on into the next sentence, which names the rest.
    Both sentences hold only those shares, and each runs as one list."""
    here = r.sentence(p.start)
    prev = r.previous_sentence(p.start)
    if prev is None:
        return None
    first, second = _figures(r, prev), _figures(r, here)
    if not first or second[:1] != [p] or len(first) + len(second) < 3:
        return None
    for part in (first, second):
        if any(o.kind != "percent" or o.value_max is not None for o in part):
            return None
        if _listed(r, part) != part or any(change_verb(r, o) or of_a_whole(r, o) for o in part):
            return None
    words = r.figs.words(here[0], second[-1].end)
    if not (contains(words, REST) or _names_rest(r, second[-1])):
        return None
    if contains(r.figs.words(*prev), REST) or sum(o.value for o in first) >= 95:
        return None  # the first list is whole by itself: the next sentence tells of another
    return _test(r, [*first, *second], _all_named(r, [*first, *second]))


#: Words that carry a list of shares on past an "and": "…, the Blue party on 22% and the
#: Orange party on 11%, with the Greens on 7% and others on 3%".
_GOES_ON = cues(", with", "with", ", plus", ", and", "while")


def _listed(r: Reading, sent: list[Operand]) -> list[Operand]:
    """The run of shares from the first, carried on past "and" by ", with", ", plus"."""
    shares = run(r, sent, forward=True, limit=10)
    while shares and len(shares) < len(sent):
        nxt = sent[len(shares)]
        gap = r.between(shares[-1].end, nxt.begin)
        if (
            len(gap) > 10
            or "." in gap
            or ";" in gap
            or not any(starts_with(gap[i:], _GOES_ON) for i in range(len(gap)))
        ):
            break
        more = run(r, sent[len(shares) :], forward=True, limit=10)
        shares = [*shares, *more]
    if len(shares) >= 2 and len(shares) < len(sent):
        # "…, Ada Pike 33% and Joel Marr 21%; 9% are undecided": the rest, named right
        # beside it, closes the list even across ";"
        nxt = sent[len(shares)]
        gap = r.between(shares[-1].end, nxt.begin)
        if len(gap) <= 3 and "." not in gap and _names_rest(r, nxt):
            shares = [*shares, nxt]
    return shares


def _names_rest(r: Reading, o: Operand) -> bool:
    """Whether the words right beside a share name it as the rest: "12% are undecided",
    "others 5%", "the remaining 4%"."""
    after = r.after(o.end, 3)
    after = after[1:] if after[:1] in (["are"], ["is"], ["were"], ["was"], ["said"]) else after
    return contains(r.before(o.begin, 2), REST) or starts_with(after, REST) is not None


def of_a_whole(r: Reading, o: Operand) -> bool:
    """ "40% of the 1,200 homes": a share of something else; "41% of the vote" is the poll's."""
    tail = r.after(o.end, 3)
    return tail[:1] == ["of"] and not contains(tail[1:], _POLLED)


#: The whole a poll's share is of: "41% of the vote", "52% of voters", "30% of those asked".
_POLLED = cues("vote", "votes", "poll", "ballot", "voters", "respondents", "those asked",
               "those polled", "those surveyed", "those questioned")  # fmt: skip


#: The rest named as everyone else, which makes a list whole: "others 14%", "the rest". Not
#: "12% are undecided", which leaves other parties unlisted.
WHOLE_REST = cues("others", "other", "the rest", "rest", "remaining", "remainder",
                  "other parties", "other candidates", "all others")  # fmt: skip


def _all_named(r: Reading, shares: list[Operand]) -> bool:
    """Whether the list names everyone else ("… and others 14%"), so that it must be whole."""
    last = shares[-1]
    words = r.figs.words(r.sentence(last.start)[0], last.end)
    if r.sentence(shares[0].start) == r.sentence(last.start):
        words = r.figs.words(shares[0].begin, last.end)
    after = r.after(last.end, 3)
    after = after[1:] if after[:1] in (["are"], ["is"], ["were"], ["was"]) else after
    return contains(words, WHOLE_REST) or starts_with(after, WHOLE_REST) is not None


def _test(r: Reading, shares: list[Operand], exhaustive: bool) -> Finding:
    total = sum(o.value for o in shares)
    slack = max(sum(o.unit for o in shares) / 2, 1.0)
    last = shares[-1]
    line = f"{' + '.join(o.text for o in shares)} = {total:g}%"
    if abs(total - 100) <= slack:
        status, rule = "consistent", f"within {slack:g} points of 100% (rounding)"
    elif total > 100 or exhaustive:
        status, rule = "inconsistent", "shares of one whole must sum to about 100%"
    else:
        status, rule = "inconclusive", "below 100%: the rest may be unlisted"
    return Finding(CHECK, last.start, last.end, status, f"{line}; {rule}", shares, last)
