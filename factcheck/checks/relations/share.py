"""Shares and fractions: "412 of the 650 seats, or 63%", "1,500 jobs, or 12% of its 12,000
staff", "40% of the 1,200 homes, or 480", "212,000 patients, 38,000 of them from overseas,
or 18%", "Of the 650 seats, Labour won 412, or 63%", "three-quarters of the 800 members,
or 600", "one in five of the 2,000 staff, or 400". A stated percentage is a ratio (within
one unit); a stated part is a product (within half a unit of its last digit).
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References, _bind
from factcheck.checks.relations._bind import told_as_past

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
               "share of")  # fmt: skip
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


def find(r: Reading, refs: References) -> Iterator[Finding]:
    for p in r.operands:
        if p.kind == "percent" and p.value_max is None:
            found = _percent(r, p)
        elif p.kind in ("fraction", "ratio"):
            found = _fraction(r, p)
        else:
            continue
        if found is not None:
            yield found


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
    lead = r.between(before[-1].end, p.begin) if before else []
    s0, _ = r.sentence(p.start)
    verb = ends_with(lead, SHARE_VERBS)
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
        and starts_with(r.after(p.end, 3), OF_TOTAL)
        and _linked_of(r, before[-2], before[-1])
        and not (after and _of_lead(r.between(p.end, after[0].begin)))
    ):
        return _ratio(p, before[-2], before[-1])  # "23 of the 60 seats …, 38% of the total"
    if len(before) == 2 and ends_with(lead, RESTATE) and len(lead) <= 8:
        opener = r.figs.words(s0, before[0].begin)
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
            s0, _ = r.sentence(p.start)
            opener = r.figs.words(s0, before[0].begin)
            if len(before) == 2 and _of_lead(opener):
                return _ratio(p, whole, part)  # "Of the 650 seats, Labour won 412, or 63%"
        return None
    # "40% of the 1,200 homes, or 480"
    if after and _of_lead(r.between(p.end, after[0].begin)) and len(after) >= 2:
        whole, part = after[0], after[1]
        if tuple(r.between(whole.end, part.begin))[-3:] and _restates(r, whole, part):
            return _product(p, p.value / 100, whole, part)
        if part.comparable(whole) or part.kind == "count":
            return _share(p, part, whole) if _apposed(r, whole, part) else None
    return None


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
    if before and (ends_with(lead, RESTATE) or lead == [","]):
        # "1,150 of the 5,800 nurses, or one in five"; "Of the 2,400 tenants, 600 — a third —"
        if len(before) >= 2 and _linked_of(r, before[-2], before[-1]):
            return _share(f, before[-2], before[-1])
        s0, _ = r.sentence(f.start)
        if len(before) == 2 and tuple(r.figs.words(s0, before[0].begin)) in OF:
            return _share(f, before[1], before[0])
        if after and tuple(r.between(f.end, after[0].begin)) in OF:
            return None
        if starts_with(r.after(f.end, 3), OF):
            why = f"{f.text} of a whole the text does not state: nothing to divide by"
            return Finding(CHECK, f.start, f.end, "inconclusive", why, (before[-1],), f)
        return None
    if len(after) < 2 or not _of_lead(r.between(f.end, after[0].begin)):
        return None
    whole, part = after[0], after[1]
    if not (part.comparable(whole) or part.kind == "count"):
        return None
    if _restates(r, whole, part):
        return _product(f, f.value, whole, part)
    if _apposed(r, whole, part):
        return _share(f, part, whole)  # "About a quarter of the 6,000 seats, 1,480, are …"
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
    return tuple(words) in OF or (words[:1] == ["of"] and len(words) <= 5 and "," not in words)


def _apposed(r: Reading, whole: Operand, part: Operand) -> bool:
    """ "40% of the 850 households on the estate, 331, have no car": the part set off by
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


def _product(share: Operand, fraction: float, whole: Operand, part: Operand) -> Finding:
    computed = fraction * whole.value
    if share.hedge or (share.kind in ("fraction", "ratio") and part.hedge is None and share.hedge):
        status, rule = _judge.multiple(part.value, computed, "about")
    else:
        status, rule = _judge.total(part.value, part.place, computed, part.hedge)
    line = (
        f"{share.text} of {whole.text} = {_judge.fmt(computed)}; the text says {part.text} ({rule})"
    )
    return Finding(CHECK, part.start, part.end, status, line, (share, whole), part)
