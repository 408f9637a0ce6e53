"""Shares and fractions: "412 of the 650 seats, or 63%", "1,500 jobs, or 12% of its 12,000
staff", "40% of the 1,200 homes, or 480", "212,000 patients, 38,000 of them from overseas,
or 18%", "Of the 650 seats, Labour won 412, or 63%", "three-quarters of the 800 members,
or 600", "one in five of the 2,000 staff, or 400". A stated percentage is a ratio (within
one unit); a stated part is a product (within half a unit of its last digit).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References, _bind
from factcheck.checks.relations._bind import honest, told_as_past

NAME = "share"
CHECK = "arithmetic"

#: Before a percentage that restates a part as a share.
RESTATE = cues(", or", "(", ", that is", "—", "-", "–", ", i.e.", ", some", ", about", ", or about",
               ", or some", ", or around", ", or nearly", ", or almost", ", or roughly",
               ", or just over", ", or just under", ", or more than", ", or less than",
               ", representing", "representing", ", or a", ", a", ", which is", ", equal to",
               ", accounting for", "accounting for", ", making up", "making up", ", amounting to",
               ", or a share of", ", a share of", ", equivalent to", ", or one in",
               "rate of", "a share of", "a proportion of", "proportion of", "a turnout of",
               "share of", "- or", "– or", "— or", "( or", "- or about", "– or about",
               "— or about", "- or some", "– or some", "— or some")  # fmt: skip
OF = cues("of", "of the", "of its", "of their", "of all", "of a total of", "out of", "out of the",
          "of his", "of her", "of our", "of these", "of those")  # fmt: skip
OF_THEM = cues("of them", "of those", "of these", "of which", "of whom")
#: Verbs that state a part as a share of a whole: "The 1,150 jobs to be cut represent 18% of
#: the 8,400-strong workforce".
SHARE_VERBS = cues("represent", "represents", "represented", "account for", "accounts for",
                   "accounted for", "make up", "makes up", "made up", "amount to",
                   "amounts to", "amounted to", "constitute", "constitutes", "comprise",
                   "comprises")  # fmt: skip
#: After a share: the whole is the one named just before ("23 of the 60 seats, 38% of the
#: total").
OF_TOTAL = cues("of the total", "of the whole", "of all", "of them all", "of the seats",
                "of those", "of the places")  # fmt: skip
CUES = RESTATE | OF | OF_THEM | SHARE_VERBS | OF_TOTAL


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for p in r.operands:
        if p.kind == "percent" and p.value_max is None:
            found = _copula_share(r, p) or _percent(r, p)
        elif p.kind in ("fraction", "ratio"):
            found = _copula_share(r, p) or _fraction(r, p)
        else:
            continue
        if found is None:
            found = _closing(r, p)
        if found is not None:
            yield found


#: A copula between a part and its share: "The £8m deficit is a tenth of its £80m budget".
COPULA = frozenset(("is", "was", "are", "were", "equals", "equalled", "equaled", "amounts",
                    "represents", "represented"))  # fmt: skip


def _copula_share(r: Reading, p: Operand) -> Finding | None:
    """ "The council's £8m deficit is a tenth of its £80m budget", "The 120 late trains were
    15% of the 800 that ran": the part, at most two words and a copula, the share, then "of"
    a short noun phrase and the whole: the only figures of the sentence."""
    sent = [o for o in r.in_sentence(p.start) if o is not p]
    if len(sent) != 2 or p.value_max is not None:
        return None
    part, whole = sent
    if not (part.end <= p.begin and whole.start >= p.end):
        return None
    lead = r.between(part.end, p.begin)
    if not 1 <= len(lead) <= 3 or lead[-1] not in COPULA or not all(w.isalpha() for w in lead):
        return None
    if not _of_lead(r.between(p.end, whole.begin)) or whole.value <= part.value:
        return None
    if part.value_max is not None or whole.value_max is not None:
        return None
    if not (part.comparable(whole) or "count" in (part.kind, whole.kind)):
        return None
    return _ratio(p, part, whole) if p.kind == "percent" else _share(p, part, whole)


def _percent_of_unstated(r: Reading, p: Operand) -> Finding | None:
    """ "420 of the students receive free meals, 18% of the roll": a part restated as a
    percentage of a whole the text does not state, so nothing to divide by."""
    if p.kind != "percent" or p.value_max is not None or starts_with(r.after(p.end, 3), OF) is None:
        return None
    sent = r.in_sentence(p.start)
    before = [o for o in sent if o.end <= p.begin]
    if len(before) != 1 or before[0].kind != "count" or before[0].value_max is not None:
        return None
    if any(o.start >= p.end for o in sent):
        return None  # a whole after it ("18% of its 2,300 pupils") is another relation's
    why = f"{p.text} of a whole the text does not state: nothing to divide {before[0].text} by"
    return Finding(CHECK, p.start, p.end, "inconclusive", why, (before[0],), p)


def _closing(r: Reading, p: Operand) -> Finding | None:
    """ "Inspectors passed 47 of the 312 boilers they tested, some 15%", "Just 9 of the 47
    members are under 40, about a fifth": a share set off by a comma at the end of its
    sentence restates the one "part of the whole" pair the sentence gives before it, whatever
    clause comes between. With no such pair, or two, nothing is bound."""
    mark = r.before(p.begin, 1)
    if mark not in ([","], [":"], ["-"], ["–"], ["—"]):
        if not _set_off_share(r.before(p.begin, 7)):
            return None
        mark = [","]  # ", or 13%", ", a pass rate of 87%": set off by its comma
    if not _closes(r, p, mark[0]):
        return _percent_of_unstated(r, p) if mark == [","] else None
    before = [o for o in r.in_sentence(p.start) if o.end <= p.begin]
    if any(o.kind in ("percent", "fraction", "ratio", "multiple") for o in before):
        return None  # another share in the sentence: which one it restates is not clear
    counts = _counts(before)
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(counts)
        if _linked_of(r, a, b) and a.value < b.value and (a.comparable(b) or a.kind == "count")
    ]
    if not pairs:
        pairs = _opened_of(r, p, counts)
    if not pairs:
        pairs = _sampled(r, counts)
    if not pairs:
        pairs = _across_semicolon(r, p, counts) or _whole_before(r, p, before)
        if len(pairs) == 1:
            return _ratio(p, *pairs[0]) if p.kind == "percent" else _share(p, *pairs[0])
    if len(pairs) != 1:
        return None
    part, whole = pairs[0]
    if ";" in r.between(whole.end, p.begin):
        return None
    return _ratio(p, part, whole) if p.kind == "percent" else _share(p, part, whole)


#: Nouns that name a stated share: "a failure rate of 25%", "a pass rate of", "a
#: share of", "a take-up of".
SHARE_NOUNS = frozenset(("rate", "share", "proportion", "fraction", "percentage", "turnout",
                         "take-up", "uptake", "ratio", "occupancy"))  # fmt: skip
#: Words before a share after its comma that keep it a restatement: ", or 13%", ", some 13%".
_SOFT_LEAD = cues("or", "or about", "or some", "or nearly", "or almost", "or roughly",
                  "or around", "or just over", "or just under", "some", "about", "roughly",
                  "around", "nearly", "almost", "just over", "just under")  # fmt: skip


def _set_off_share(lead: list[str]) -> bool:
    """Whether the words before a share, from its comma, restate what came before: ", or",
    ", some", ", a pass rate of" (an article, at most two words, a noun of the
    ``SHARE_NOUNS`` table and "of"); not ", a rise of" or ", up"."""
    if "," not in lead:
        return False
    tail = lead[len(lead) - lead[::-1].index(",") :]
    if tuple(tail) in _SOFT_LEAD:
        return True
    return (
        2 <= len(tail) <= 5
        and tail[0] in ("a", "an", "the")
        and tail[-1] == "of"
        and tail[-2] in SHARE_NOUNS
        and all(w.isalpha() or "-" in w for w in tail)
        and not _NOT_SHARE_RATES & set(tail)
    )


#: Rates that are no part over its whole: "a growth rate of 25%", "an interest rate of 4%".
_NOT_SHARE_RATES = frozenset(("growth", "interest", "tax", "inflation", "exchange", "mortgage",
                              "discount", "wage", "pay", "birth", "death", "crime", "annual",
                              "yearly", "monthly", "increase", "decline", "fall", "rise",
                              "unemployment", "jobless"))  # fmt: skip
#: After a part: "200 more", "200 new": a figure added to the whole, not a part of it.
_ADDED = frozenset(("more", "fewer", "extra", "new", "additional", "less", "others"))


#: Nouns of a sample whose members a part counts: "a survey of 1,500 adults found 870 …".
SAMPLES = frozenset(("survey", "poll", "sample", "study", "census", "panel", "ballot",
                     "questionnaire", "consultation", "canvass", "audit", "review"))  # fmt: skip
#: Verbs that report the part a sample found: "… found 870 backed the plan".
_FOUND = frozenset(("found", "finds", "showed", "shows", "revealed", "reveals", "suggested",
                    "suggests", "said", "says", "reported", "reports"))  # fmt: skip


def _sampled(r: Reading, counts: list[Operand]) -> list[tuple[Operand, Operand]]:
    """ "A survey of 1,500 adults found 870 backed the plan, or 58%": the whole after "<a
    sample noun> of" and the part right after a verb of finding, the only two figures."""
    if len(counts) != 2 or counts[1].value >= counts[0].value:
        return []
    whole, part = counts
    lead = r.before(whole.begin, 3)
    if lead[-1:] != ["of"] or len(lead) < 2 or lead[-2] not in SAMPLES:
        return []
    gap = r.between(whole.end, part.begin)
    if not 1 <= len(gap) <= 3 or gap[-1] not in _FOUND or {",", ";", "and"} & set(gap):
        return []
    if _ADDED & set(r.after(part.end, 2)):
        return []  # "found 870 more …": a change, no part
    return [(part, whole)]


#: The verb right after a bare part joined to its whole by "and": "… and 28 were occupied".
_PART_VERBS = frozenset(("were", "was", "are", "is", "had", "have", "did", "do", "will",
                         "would", "could", "can", "remain", "remained", "stayed"))  # fmt: skip


def _whole_before(r: Reading, p: Operand, before: list[Operand]) -> list[tuple[Operand, Operand]]:
    """ "The budget is £90m. Social care takes £54m, or 60%.": the one figure before a share
    closing its sentence is a part of the one larger figure of its kind in the sentence
    before (money of one currency; counts of one noun, or a bare part); no change told."""
    if len(before) != 1 or before[0].kind not in ("money", "count") or p.kind != "percent":
        return []
    part = before[0]
    prev = r.previous_sentence(p.start)
    if prev is None or part.value_max is not None:
        return []
    there = r.in_sentence(prev[0])
    if len(there) != 1 or there[0].kind != part.kind or not there[0].comparable(part):
        return []
    whole = there[0]
    if whole.value_max is not None or whole.value <= part.value:
        return []
    if any(_bind.change_verb(r, o) or _bind.role(r, o) is not None for o in (part, whole)):
        return []
    nouns = [_bind_noun(o) for o in (part, whole)]
    if part.kind == "count" and nouns[0] is not None and nouns[0] != nouns[1]:
        return []  # "… 90 staff. It hired 54 nurses, or 60%": another noun
    return [(part, whole)]


def _bind_noun(o: Operand) -> str | None:
    unit = getattr(o.claim.value if o.claim is not None else None, "unit", None)
    return unit.lower().split()[-1] if isinstance(unit, str) and unit else None


#: What may open the clause of a part after ";": "; of these, 312 …".
_PART_OPENERS = cues("of these ,", "of them ,", "of those ,", "of these", "of them", "of those")


def _across_semicolon(
    r: Reading, p: Operand, counts: list[Operand]
) -> list[tuple[Operand, Operand]]:
    """ "Inspectors checked 640 lifts; 160 failed, a failure rate of 25%": the one
    figure before ";" is the whole and the bare figure opening the clause after it (no noun
    of its own, or the whole's noun) the part, the only two figures before the share."""
    if len(counts) != 2:
        return []
    whole, part = counts
    gap = r.between(whole.end, part.begin)
    if part.value >= whole.value or not part.comparable(whole):
        return []
    if ";" not in gap:
        # "The ward has 32 beds and 28 were occupied, …": "and", a bare part and its verb
        if gap != ["and"] or r.after(part.end, 1)[:1] not in ([w] for w in _PART_VERBS):
            return []
        gap = [";"]
    opener = gap[gap.index(";") + 1 :]
    if opener and starts_with(opener, _PART_OPENERS) != tuple(opener):
        return []
    part_words = r.figs.words(part.start, part.end)
    whole_words = r.figs.words(whole.start, whole.end)
    if len(part_words) > 1 and part_words[1:] != whole_words[1:]:
        return []  # "…; 160 cranes …" after "640 lifts": another noun, another whole
    if _ADDED & set(r.after(part.end, 2)) or set(r.between(part.end, p.begin)) & _bind.CHANGE:
        return []  # "…; 160 more joined", "…; 160 left, a fall of": no part of the whole
    if any(w in (";", ".") for w in r.between(part.end, p.begin)):
        return []
    return [(part, whole)]


_APPOSED = frozenset((",", "-", "–", "—"))


def _closes(r: Reading, p: Operand, mark: str) -> bool:
    """Whether the share ends its sentence or an apposition ("…, nearly three-quarters,
    backed the plan"), "of them" allowed after it ("…, more than half of them.")."""
    tail = r.after(p.end, 3)
    if starts_with(tail, OF_THEM) is not None:
        tail = tail[2:]
    if tail in ([], ["."]) or tail[:1] == ["."]:
        return True
    return mark in _APPOSED and tail[:1] == [mark if mark != "," else ","]


def _opened_of(r: Reading, p: Operand, counts: list[Operand]) -> list[tuple[Operand, Operand]]:
    """The pair of a sentence opened by its whole ("Of 3,500 new jobs at the port, 2,100 went
    to local people: two-fifths") or by "Of those," after a sentence that gives the whole
    ("Nearly 2,000 parents replied. Of those, 1,020 - nearly three-quarters - …"; also
    "… 410 had driven tractors, more than half of them")."""
    if len(counts) not in (1, 2):
        return []
    s0, _ = r.sentence(p.start)
    lead = r.figs.after(s0, 3, ceiling=p.begin)
    if len(counts) == 2 and lead[:1] == ["of"] and counts[0].value > counts[1].value:
        if "," in r.between(counts[0].end, counts[1].begin):
            return [(counts[1], counts[0])]
        return []
    back = starts_with(lead, OF_THEM) is not None or starts_with(r.after(p.end, 2), OF_THEM)
    prev = r.previous_sentence(p.start)
    if not back or len(counts) != 1 or prev is None:
        return []
    wholes = _counts(r.in_sentence(prev[0]))
    if len(wholes) != 1 or wholes[0].value <= counts[0].value:
        return []
    return [(counts[0], wholes[0])]


def _counts(ops: list[Operand]) -> list[Operand]:
    return [o for o in ops if o.kind in ("count", "money") and o.value_max is None]


def _linked_of(r: Reading, a: Operand, b: Operand) -> bool:
    """ "412 of the 650", "412 seats out of 650", "1,150 of the trust's 5,800"."""
    words = r.between(a.end, b.begin)
    if len(words) > 5 or "," in words:
        return False
    return any(tuple(words[i:]) in OF for i in range(len(words))) or words[:1] == ["of"]


def _percent(r: Reading, p: Operand) -> Finding | None:
    sent = r.in_sentence(p.start)
    before = _counts([o for o in sent if o.end <= p.begin])
    after = _counts([o for o in sent if o.start >= p.end])
    if len(after) >= 2 and _pair_set_off(r, p, after[0], after[1]):
        return _ratio(p, after[0], after[1])  # "Some 62% of members, 1,240 of 2,000, …"
    if len(after) >= 2 and _pair_with(r, p, after[0], after[1]):
        return _ratio(p, after[0], after[1])  # "Turnout was 58%, with 2,900 of the 5,000 …"
    lead = r.between(before[-1].end, p.begin) if before else []
    verb = ends_with(lead, SHARE_VERBS)
    if (
        not before
        and not after
        and ends_with(r.before(p.begin, 3), SHARE_VERBS)
        and r.after(p.end, 1) == ["of"]
    ):
        # "Ticket sales made up 35% of the theatre's revenue": neither part nor whole is given
        why = f"{p.text}: the text gives neither the part nor the whole"
        return Finding(CHECK, p.start, p.end, "inconclusive", why, (), p)
    if len(before) == 1 and not after and verb and len(lead) <= 8 and r.after(p.end, 1) == ["of"]:
        # "The 380 tenants on the scheme make up 12% of the estate": no whole to divide by
        why = f"{p.text}: the text gives no whole to divide {before[0].text} by"
        return Finding(CHECK, p.start, p.end, "inconclusive", why, before, p)
    if before and starts_with(r.after(p.end, 3), CAPACITY):
        # "the crowd was 12,400 in the 16,000-seat arena, or 78% of capacity"
        full = [o for o in before if _capacity(r, o)]
        used = [o for o in before if o not in full and o.kind == "count"]
        if len(full) == 1 and used and full[0].kind == "count" and ends_with(lead, RESTATE):
            return _ratio(p, used[-1], full[0])
    if (
        verb
        and before
        and after
        and len(lead) <= 6
        and "," not in lead
        and _of_lead(r.between(p.end, after[0].begin))
    ):
        return _ratio(p, before[-1], after[0])  # "1,150 jobs … represent 18% of its 8,400"
    if (
        len(before) >= 2
        and (starts_with(r.after(p.end, 3), OF_TOTAL) or _names_whole_again(r, p, lead, after))
        and _linked_of(r, before[-2], before[-1])
        and not (after and _of_lead(r.between(p.end, after[0].begin)))
    ):
        return _ratio(p, before[-2], before[-1])  # "23 of the 60 seats …, 38% of the total"
    if len(before) == 2 and ends_with(lead, RESTATE) and len(lead) <= 8:
        opener = _bind.opening(r, before[0].begin)
        if _of_lead(opener):  # "Of its 400 staff, 120 work part-time, or 30%"
            return _ratio(p, before[1], before[0])
    if (
        before
        and lead == [","]
        and starts_with(r.after(p.end, 3), OF_THEM)
        and after
        and _restates(r, p, after[0])
    ):  # "employs 900 people, 40% of them women, or 360"
        return _product(p, p.value / 100, before[-1], after[0])
    if (
        before
        and ends_with(lead, RESTATE)
        and (_restating(lead) or ends_with(lead, OF_THEM) or starts_with(lead, OF_THEM))
    ):
        # "1,500 jobs, or 12% of its 12,000 staff", "£2.4tn, or 96% of GDP of £2.5tn"
        if after and _of_lead(r.between(p.end, after[0].begin)):
            return _ratio(p, before[-1], after[0])
        if len(before) >= 2:
            part, whole = before[-2], before[-1]
            between = r.between(part.end, whole.begin)
            if ends_with(r.between(whole.end, p.begin), OF_THEM) or starts_with(
                r.between(whole.end, p.begin), OF_THEM
            ):
                part, whole = whole, part  # "212,000 patients, 38,000 of them …, or 18%"
                return _ratio(p, part, whole)
            if _linked_of(r, part, whole) and "," not in between:
                return _ratio(p, part, whole)
            if ends_with(between, OF_THEM):  # "£820m, of which £310m - 38% -"
                return _ratio(p, whole, part)
            if _from_whole(between) and part.value < whole.value and part.kind == whole.kind:
                # "1,340 forms were sent back by the club's 2,100 members - more than 60%"
                return _ratio(p, part, whole)
            opener = _bind.opening(r, before[0].begin)
            if len(before) == 2 and _of_lead(opener):
                return _ratio(p, whole, part)  # "Of the 650 seats, Labour won 412, or 63%"
        if len(before) >= 2 or after:
            return None  # one part alone may point back: "41 of them are tenors, or 25%"
    if len(before) == 1 and _back(lead) and _of_a_named_whole(r, p):
        back = _antecedent(r, before[0])  # "… 640 bids. It backed 96 of them, 15% of the total"
        if back is not None:
            return _ratio(p, before[0], back)
    if len(before) == 1 and _back(lead, 10) and not after and r.after(p.end, 1)[:1] in ([], ["."]):
        back = _antecedent(r, before[0])  # "… 640 bids. It backed 96 of them, 15%."
        if back is not None:
            return _ratio(p, before[0], back)
        if len(_wholes_before(r, before[0])) > 1:
            # "sold 3,600 tickets in its first week and 4,800 in its second. Some 1,100
            # of them went to pupils, about 25%": of which, or of both?
            why = f"{p.text}: the text gives more than one whole that {before[0].text} may be of"
            return Finding(CHECK, p.start, p.end, "inconclusive", why, (before[0],), p)
    # "40% of the 1,200 homes, or 480"
    if after and _of_lead(r.between(p.end, after[0].begin)) and len(after) >= 2:
        whole, part = after[0], after[1]
        if tuple(r.between(whole.end, part.begin))[-3:] and _restates(r, whole, part):
            return _product(p, p.value / 100, whole, part)
        if part.comparable(whole) or part.kind == "count":
            return _share(p, part, whole) if _apposed(r, whole, part) else None
    return None


#: After a share of a capacity: "or 78% of capacity".
CAPACITY = cues("of capacity", "of its capacity", "of the capacity", "of full capacity",
                "of the stadium's capacity")  # fmt: skip
CUES = CUES | CAPACITY


def _capacity(r: Reading, o: Operand) -> bool:
    """A figure whose own words state a capacity: "31,000-capacity", "a capacity of 31,000",
    "31,000 capacity" ("31,000 seats" is not enough)."""
    before, after = r.before(o.begin, 2)[-2:], r.after(o.end, 2)[:2]
    return (
        o.text.lower().endswith("capacity")
        or before == ["capacity", "of"]
        or after in (["-", "capacity"], ["capacity"])
    )


#: Words that put the whole a part came from right before it: "returned by the union's".
_FROM_WORDS = frozenset(("by", "from", "among", "of"))


def _from_whole(words: list[str]) -> bool:
    """ "1,340 forms were sent back by the club's 2,100 members": the part, a short clause,
    and "by"/"from"/"among"/"of" a determiner or possessive right before the whole."""
    if len(words) > 8 or {",", ";", "-", "—", "–", "(", "and", "or"} & set(words):
        return False
    for i in range(max(len(words) - 3, 0), len(words)):
        if words[i] in _FROM_WORDS:
            tail = words[i + 1 :]
            return len(tail) <= 2 and all(
                w in ("the", "its", "their", "his", "her", "our", "all") or w.endswith(("'s", "’s"))
                for w in tail
            )
    return False


def _restates(r: Reading, whole: Operand, part: Operand) -> bool:
    words = r.between(whole.end, part.begin)
    if len(words) > 6 or words.count(",") > 1:
        return False
    return any(tuple(words[i:]) in RESTATE for i in range(len(words)))


def _fraction(r: Reading, f: Operand) -> Finding | None:
    sent = r.in_sentence(f.start)
    after = _counts([o for o in sent if o.start >= f.end])
    before = _counts([o for o in sent if o.end <= f.begin])
    lead = r.between(before[-1].end, f.begin) if before else []
    if _of_a_named_whole(r, f) and len(before) == 1 and _back(lead):
        whole = _antecedent(r, before[0])  # "… employs 2,300 people. It will cut 460 of
        if whole is not None:  # those jobs, a quarter of the workforce"
            return _share(f, before[0], whole)
    if len(before) == 1 and _back(lead) and r.after(f.end, 1)[:1] in ([","], ["."], ["-"], ["—"]):
        whole = _antecedent(r, before[0])  # "… treated 9,600 patients. Some 2,400 of them,
        if whole is not None:  # a quarter, came from …"
            return _share(f, before[0], whole)
    them = starts_with(lead, OF_THEM)
    set_off = them is not None and lead[len(them) :] in ([","], ["-"], ["–"], ["—"], ["("])
    # "61 of them, three-quarters": the part, "of them" and its share set off after it
    if before and (ends_with(lead, RESTATE) or lead == [","] or set_off):
        # "1,150 of the 5,800 nurses, or one in five"; "Of the 2,400 tenants, 600 — a third —"
        if len(before) >= 2 and _linked_of(r, before[-2], before[-1]):
            return _share(f, before[-2], before[-1])
        if (
            len(before) >= 2
            and _of_whom(r, before[-2], before[-1])
            and before[-2].value > before[-1].value
        ):
            return _share(f, before[-1], before[-2])  # "1,240 pupils, of whom 310, or a quarter"
        if (
            len(before) >= 2
            and starts_with(lead, OF_THEM)
            and before[-2].value > before[-1].value
            and r.after(f.end, 1) != ["of"]  # not "one in five of the young drivers"
        ):
            return _share(f, before[-1], before[-2])  # "2,400 drivers … 312 of them - one in five"
        if len(before) == 2 and tuple(_bind.opening(r, before[0].begin)) in OF:
            return _share(f, before[1], before[0])
        if after and tuple(r.between(f.end, after[0].begin)) in OF:
            return None
        if starts_with(r.after(f.end, 3), OF):
            why = f"{f.text} of a whole the text does not state: nothing to divide by"
            return Finding(CHECK, f.start, f.end, "inconclusive", why, (before[-1],), f)
        return None
    if after and r.between(f.end, after[0].begin)[:3] in _OF_IT:
        # "… 96 km of cycle lane. Three-quarters of it, 72 km, …": the whole is the
        # one figure of its kind in the sentence before
        prev = r.previous_sentence(f.start)
        cands = (
            []
            if prev is None
            else [
                o
                for o in r.in_sentence(prev[0])
                if o.comparable(after[0]) and o.value > after[0].value
            ]
        )
        if len(cands) == 1 and r.after(after[0].end, 1) in ([","], ["-"], ["—"], ["–"]):
            return _product(f, f.value, cands[0], after[0])
        return None
    if len(after) >= 2 and _pair_set_off(r, f, after[0], after[1]):
        return _share(f, after[0], after[1])  # "Two-thirds of members, 412 of 618, …"
    if len(after) == 1 and _unstated_whole(r, f, after[0]):
        # "A third of the crew on the ferry - 45 people - will leave": no whole to test
        why = f"{f.text} of a whole the text does not state: nothing to divide by"
        return Finding(CHECK, f.begin, f.end, "inconclusive", why, (after[0],), f)
    if (
        len(after) >= 2
        and tuple(r.between(f.end, after[0].begin)) in _HALF_THE
        and (f.text.lower().endswith("half"))
    ):
        whole, part = after[0], after[1]  # "Half the 36 councillors - 15 in all -"
        if _restates(r, whole, part) or _apposed(r, whole, part):
            return _product(f, f.value, whole, part)
    if len(after) < 2 or not _of_lead(r.between(f.end, after[0].begin)):
        return None
    whole, part = after[0], after[1]
    if not (part.comparable(whole) or part.kind == "count"):
        return None
    if _restates(r, whole, part):
        return _product(f, f.value, whole, part)
    if _apposed(r, whole, part):
        return _share(f, part, whole)  # "About a quarter of the 8,000 tickets, 2,020, are …"
    return None


#: A fraction of a whole named in the sentence before: "Three-quarters of it, 180 miles".
_OF_IT = [["of", w, ","] for w in ("it", "them", "this", "that", "these", "those")]
#: "Half the 36 councillors": "half" takes its whole without "of".
_HALF_THE = cues("the", "its", "their")
#: Nouns of a workforce, and the verbs that state one: "employs 2,300 people", "a quarter
#: of the workforce".
_STAFF = frozenset("workforce staff jobs employees workers posts roles people".split())
_EMPLOYS = frozenset("employs employ employed employing workforce staff".split())


def _pair_set_off(r: Reading, share: Operand, part: Operand, whole: Operand) -> bool:
    """ "Nearly two-thirds of members, 412 of 618, …"; "Fees make up a fifth of its income:
    €2m out of €10m": a share (a fraction or a percentage) "of" a noun phrase without a
    figure, then, set off by a comma, colon or dash, a part "of" ("out of") its whole."""
    words = r.between(share.end, part.begin)
    return (
        words[:1] == ["of"]
        and 2 <= len(words) <= 8
        and words[-1] in (",", ":", "-", "—", "–", "(")
        and not ({",", ":", ";", "-", "—", "–", "("} & set(words[:-1]))
        and _linked_of(r, part, whole)
        and whole.value > part.value
    )


#: Between a share and the pair that states it: "58%, with 2,900 of the 5,000 …".
_WITH = cues(", with", ", or", "-", "–", "—", "(", ", that is", ", i.e.")


def _pair_with(r: Reading, share: Operand, part: Operand, whole: Operand) -> bool:
    """ "Turnout was 58%, with 2,900 of the 5,000 members voting": a share closing its
    clause, then the one "A of the B" pair of the sentence after it, set off by ", with" or
    a dash; no other figure after the pair, and no "of" right after the share."""
    if tuple(r.between(share.end, part.begin)) not in _WITH or r.after(share.end, 1) == ["of"]:
        return False
    if _bind.change_verb(r, share) or _bind.role(r, share) is not None:
        return False  # "Sales were up 64%, with …": a change, no share
    rest = [o for o in r.in_sentence(share.start) if o.start > whole.end]
    return not rest and _linked_of(r, part, whole) and whole.value > part.value


def _of_whom(r: Reading, whole: Operand, part: Operand) -> bool:
    """ "1,240 pupils, of whom 310": a comma, then "of whom"/"of which"/"of them"."""
    words = r.between(whole.end, part.begin)
    return words[:1] == [","] and tuple(words[1:]) in OF_THEM


def _unstated_whole(r: Reading, f: Operand, part: Operand) -> bool:
    """ "A third of the crew on the ferry - 45 people -": a fraction "of" a noun phrase
    with no figure, the part set off by dashes or commas after it."""
    words = r.between(f.end, part.begin)
    marks = {",", "-", "—", "–", ";", "(", ")"}
    return (
        words[:1] == ["of"]
        and 2 <= len(words) <= 8
        and words[-1] in (",", "-", "—", "–")
        and not (marks & set(words[:-1]))
        and any(w in (",", "-", "—", "–") for w in r.after(part.end, 2))
    )


_OF_ANY = OF_TOTAL | OF


def _of_a_named_whole(r: Reading, f: Operand) -> bool:
    """ "a quarter of the workforce", "15% of the total": "of" a noun phrase, not "of them"
    (which is of the part just named: "cut 100 of those jobs, half of them in Leeds")."""
    tail = r.after(f.end, 3)
    return starts_with(tail, _OF_ANY) is not None and starts_with(tail, OF_THEM) is None


def _back(lead: list[str], longest: int = 5) -> bool:
    """ "96 of them, 15%", "460 of those jobs, a quarter", "41 of them are tenors, or 25%": a
    part that points back, set off from its share by a comma or a cue of restating."""
    set_off = lead[-1:] == [","] or ends_with(lead, RESTATE) is not None
    return set_off and len(lead) <= longest and starts_with(lead, OF_THEM) is not None


def _names_whole_again(r: Reading, p: Operand, lead: list[str], after: list[Operand]) -> bool:
    """ "12 of the 40 stalls are new, 30% of the market": a share set off by a comma right
    after its part and whole, naming the whole again in words (no figure after it), with no
    verb of change or second clause between."""
    return (
        not after
        and lead[-1:] == [","]
        and len(lead) <= 5
        and not ({";", "-", "—", "–", "("} & set(lead) or set(lead) & _bind.CHANGE)
        and _of_a_named_whole(r, p)
    )


def _wholes_before(r: Reading, part: Operand) -> list[Operand]:
    """The figures of the sentence before that a part pointing back ("1,300 of them") may be
    of: of its kind and larger."""
    prev = r.previous_sentence(part.start)
    if prev is None:
        return []
    return [o for o in r.in_sentence(prev[0]) if o.kind == part.kind and o.comparable(part)
            and o.value > part.value and o.value_max is None]  # fmt: skip


def _antecedent(r: Reading, part: Operand) -> Operand | None:
    """The whole a part points back to in the sentence before ("It backed 96 of them",
    "460 of those jobs"): the one larger count of that sentence, or among several the one
    a verb of employing states when the part counts jobs or staff."""
    tail = r.after(part.end, 3)
    if not starts_with(tail, OF_THEM):
        return None
    cands = _wholes_before(r, part)
    if len(cands) == 1:
        return cands[0]
    if _STAFF & set(r.after(part.end, 8)):
        staffed = [o for o in cands if _EMPLOYS & set(r.before(o.begin, 2))]
        if len(staffed) == 1:
            return staffed[0]
    return None


def _restating(lead: list[str]) -> bool:
    """ "…, or" right before the share, after at most a short phrase that ends the noun
    ("14 of the 40 seats on the council, or 35%"): no comma, dash or verb of its own."""
    cue = ends_with(lead, RESTATE)
    if cue is None:
        return False
    tail = lead[: len(lead) - len(cue)]
    return (
        len(tail) <= 4
        and not ({",", "-", "—", "–", ";", "("} & set(tail))
        and not (told_as_past(tail) or set(tail) & _bind.CHANGE)
    )


def _of_lead(words: list[str]) -> bool:
    """ "of the", "of its", "of the union's": what puts the whole after a share."""
    return tuple(words) in OF or (
        words[:1] == ["of"]
        and len(words) <= 5
        and not ({",", "—", "–", ";", "and", "or"} & set(words))
    )  # not "30% of the total - and two schools": the figure after is no whole


def _apposed(r: Reading, whole: Operand, part: Operand) -> bool:
    """ "30% of the 640 flats in the block, 190, have no lift": the part set off by
    commas (or a dash) right after the whole."""
    words = r.between(whole.end, part.begin)
    if len(words) > 6 or words[-1:] not in ([","], ["—"], ["–"], ["-"]) or words.count(",") > 1:
        return False
    nxt = r.after(part.end, 2)
    if nxt in (["in", "all"], ["in", "total"], ["altogether"]):
        return True  # "a third of the 96 councillors, 38 in all"
    nxt = nxt[:1]
    return nxt[:1] in ([","], ["—"], ["–"], ["-"], [")"]) or (
        bool(nxt) and nxt[0] not in ("and", "or", "of", "%", "per", "in", "to")
    )


def _share(share: Operand, part: Operand, whole: Operand) -> Finding | None:
    """The stated share against part / whole: a percentage as a ratio, a fraction ("a
    third", "one in five", "more than half") within 10%, its hedge setting the rule."""
    if whole.value == 0 or not (part.comparable(whole) or "count" in (part.kind, whole.kind)):
        return None
    computed = part.value / whole.value
    if share.kind == "percent":
        status, rule = _judge.ratio(share.value, share.unit, computed * 100, share.hedge)
        shown = f"{computed * 100:.2f}%"
    else:
        status, rule = _judge.multiple(share.value, computed, share.hedge)
        shown = f"{computed:.3f} (the share stated is {share.value:.3f})"
    line = f"{part.text} / {whole.text} = {shown}; the text says {share.text} ({rule})"
    return Finding(CHECK, share.begin, share.end, status, line, (part, whole), share)


def _ratio(p: Operand, part: Operand, whole: Operand) -> Finding | None:
    if whole.value == 0 or not (
        part.comparable(whole) or part.kind == "count" or whole.kind == "count"
    ):
        return None
    computed = part.value / whole.value * 100
    status, rule = _judge.ratio(p.value, p.unit, computed, p.hedge)
    line = f"{part.text} / {whole.text} × 100 = {computed:.2f}%; the text says {p.text} ({rule})"
    return Finding(CHECK, p.start, p.end, status, line, (part, whole), p)


#: Hedges that say which side of the share the true one lies: "more than a quarter of the
#: 880 beds - 198 -" is tested as 198 / 880 against "more than a quarter".
_DIRECTED = frozenset(("more than", "nearly", "less than", "at least", "at most", "within"))


def _product(share: Operand, fraction: float, whole: Operand, part: Operand) -> Finding:
    if share.hedge in _DIRECTED and part.hedge is None:
        found = _share(share, part, whole)
        if found is not None:
            return found
    if share.kind in ("fraction", "ratio") and part.hedge is None:
        # a share in words ("one in five", "a third") is the rounded figure: the exact part
        # and whole test it (within 10%), and the part is reported on
        found = _share(share, part, whole)
        if found is not None:
            found.start, found.end, found.target = part.start, part.end, part
            found.operands = (share, whole)
            return found
    computed = fraction * whole.value
    if share.hedge or (share.kind in ("fraction", "ratio") and part.hedge is None and share.hedge):
        status, rule = _judge.multiple(part.value, computed, "about")
    else:
        status, rule = _judge.total(part.value, part.place, computed, part.hedge)
    line = (
        f"{share.text} of {whole.text} = {_judge.fmt(computed)}; the text says {part.text} ({rule})"
    )
    return Finding(CHECK, part.start, part.end, status, line, (share, whole), part)
