"""Per head and per unit: "£2 million among 400 families, or £5,000 each", "works out at
£2,000 for each of the 6,000 farms", "£12m for 3,000 pupils, £4,000 a pupil", "a cost of
£600 per household". A per-unit figure is a ratio: consistent within one unit of its last
written digit, inconsistent more than two units and 10% off.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import _judge
from factcheck.checks._reading import Operand, Reading, cues, ends_with, gate, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.checks.relations._bind import (
    MEASURES,
    change_verb,
    honest,
    noun_forms,
    role,
    run,
    same_noun,
)
from factcheck.checks.relations.average import AVERAGE

NAME = "per_unit"
CHECK = "arithmetic"
EACH = cues("each", "apiece", "a head", "per head", "per person", "a person", "per capita",
            "per household", "per home", "per family", "per pupil", "per student", "per patient",
            "per resident", "per worker", "per employee", "for each", "a household", "a home",
            "a family", "a pupil", "a student", "a patient", "a resident", "a worker",
            "per member", "a member", "per farm", "a farm", "per child", "a child", "per user",
            "a user", "per customer", "a customer", "per employee", "an employee", "per team",
            "a team", "per club", "a club", "per school", "a school", "per village",
            "per inhabitant", "per citizen", "per adult", "per passenger", "a passenger",
            "per recipient", "per applicant", "per victim", "per claimant",
            "for every one of", "to every one of", "at each", "in each", "to each",
            "at each one", "in each one")  # fmt: skip
LEAD = cues(", or", "(", ", about", ", roughly", ", nearly", ", an average of", "works out at",
            "work out at", "worked out at", "amounts to", "amount to", "comes to", "came to",
            ", or about", ", or roughly", ", or nearly", ", or around", ", around",
            ", or some", "—", "-", ", that is", "equivalent to", ", equivalent to", "or",
            ", averaging", "averaging", ", giving", "giving", ", so", "so", "meaning",
            ", meaning", "of", ", i.e.", "at", ",")  # fmt: skip
CUES = EACH | LEAD
_FOR_EACH_OF = cues("for each of the", "for each of", "each of the", "for every one of the",
                    "to each of the", "for each of its", "for each of their",
                    "for every one of", "to every one of", "to every one of the",
                    "for every one of its", "for every one of their")  # fmt: skip

#: Before a figure per one: "shared among 40 teams, giving each €65,000", "each receiving".
EACH_BEFORE = cues(", giving each", "giving each", ", each receiving", ", each getting",
                   ", with each receiving", ", with each getting", ", so each gets",
                   ", so each receives", ", each gets", ", each receives", ", or each",
                   ", leaving each with", ", leaving each", "gives each", ", gives each",
                   "give each", ", give each", "gave each", ", gave each", "leaves each",
                   ", leaves each", "left each", ", left each")  # fmt: skip
CUES = CUES | EACH_BEFORE
_GATE = gate(EACH)  # a word of each per-unit cue


#: Per one of a counted noun: "£320 per tonne for the 300 tonnes", "35 for every place".
PER_NOUN = cues("per", "a", "an", "for every", "for each")
#: A sentence that restates the one before per unit: "… for £42,000. That is £45 a tonne".
THAT_IS = cues("that is", "this is", "that works out at", "this works out at", "that comes to",
               "that equals", "this equals", "that means")  # fmt: skip
#: Per-head cues that need a count of people the text may not give: "£85 a head".
_HEADS = cues("a head", "per head", "per person", "a person", "per capita", "per resident",
              "per household", "a household")  # fmt: skip
_TIME = frozenset(("year", "month", "week", "day", "hour", "night", "annum", "season"))
CUES = CUES | PER_NOUN | THAT_IS | _HEADS


def _noun_after(r: Reading, each: Operand) -> str | None:
    """The noun a figure is per: the money extractor's ``per`` ("£320 per tonne"), or the
    word after "per", "a", "for every" ("35 for every place")."""
    if each.per and each.per not in _TIME and each.per != "unit":
        return _singular(each.per)
    tail = r.after(each.end, 4)
    cue = starts_with(tail, PER_NOUN)
    if cue is None or len(tail) <= len(cue):
        return None
    word = tail[len(cue)]
    if word in _TIME or word in _NO_NOUN or not word.isalpha():
        return None  # "for each of the 6,000 farms": the noun is the count's, after it
    return _singular(word)


#: Words after a cue of "per" that name no noun: "for each of", "for every one of".
_NO_NOUN = frozenset(("of", "one", "the", "its", "their", "his", "her", "our", "those"))


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("es") and w[:-2].endswith(("ch", "sh", "ss", "x")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _word_of(o: Operand) -> str | None:
    """The last word of the noun a count counts, as written ("buses"), for ``same_noun``."""
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    return unit.split()[-1].lower() if isinstance(unit, str) and unit else None


def _unit_of(o: Operand) -> str | None:
    v = o.claim.value if o.claim is not None else None
    unit = getattr(v, "unit", None)
    return _singular(unit.split()[-1]) if isinstance(unit, str) and unit else None


def _per_noun(r: Reading, each: Operand) -> Finding | None:
    """ "paid £54,000 …, or £180 per tonne for the 300 tonnes it bought"; "960 applicants
    for 40 training places, 24 for every place"; "sold 800 tonnes of sand for £24,000.
    That is £30 a tonne": the total over the count of the noun the figure is per."""
    noun = _noun_after(r, each)
    if noun is None:
        return None
    pool = [o for o in r.in_sentence(each.start) if o is not each and o.value_max is None]
    s0, _ = r.sentence(each.start)
    prev = r.previous_sentence(each.start)
    before = [o for o in pool if o.end <= each.begin]
    led = bool(before) and ends_with(r.between(before[-1].end, each.begin)[-5:], LEAD) is not None
    if starts_with(r.figs.after(s0, 4, ceiling=each.begin), THAT_IS) and prev is not None:
        pool = [o for o in r.in_sentence(prev[0]) if o.value_max is None] + pool
        led = not before
    if not led:
        # "Care costs £420 per resident. The council's grant is £1.68m for 4,000
        # residents": the sentence after, which states the total over the count of the noun
        return _stated_after(r, each, noun) if not before else None
    if any(
        (role(r, o) is not None or _changed(r, o))
        and not (o.kind == "count" and _unit_of(o) == noun)  # "… per visitor, from 82,000 visitors"
        for o in pool
    ):
        return None  # figures of a change ("up from £1.30") are no total and count
    counts = [o for o in pool if o.kind == "count" and same_noun(_word_of(o), noun)]
    if not counts:
        return _another_noun(each, noun, pool)
    if len(counts) != 1:
        return None
    count = counts[0]
    totals = [o for o in pool if o is not count and o.kind == each.kind and o.comparable(each)
              and o.per is None and not same_noun(_word_of(o), noun)
              and o.start < max(each.start, count.start)
              and not (each.kind == "count" and _unit_of(o) is None)]  # fmt: skip
    if len(totals) != 1 or count.value == 0:
        return None
    return _over_count(each, totals[0], count)


#: Nouns per one of which any count of people or things may be shared: "£800 a head"
#: over "48 singers", "€28,000 apiece" over "14 players".
_ANY_HEAD = frozenset(("head", "person", "capita", "piece", "one", "individual"))


def _another_noun(each: Operand, noun: str, pool: list[Operand]) -> Finding | None:
    """ "£2m across 80 clubs. That is £500 a player": money per one of a noun, over a total
    and one count of another noun (players are no clubs), so there is nothing of its noun to
    divide by: inconclusive, never a test against the wrong count."""
    counts = [o for o in pool if o.kind == "count" and _unit_of(o) is not None]
    totals = [o for o in pool if o.kind == "money" and o.comparable(each) and o.per is None]
    if each.kind != "money" or len(counts) != 1 or len(totals) != 1 or noun in _ANY_HEAD:
        return None
    if {noun, *noun_forms(_word_of(counts[0]) or "")} & MEASURES.keys():
        return None  # "2.5 tonnes at £3 a kilo": measures, scaled by price
    why = (f"{each.text} per {noun}: the text counts {counts[0].text}, not a {noun}, so "
           f"{totals[0].text} cannot be divided per {noun}")  # fmt: skip
    return Finding(CHECK, each.start, each.end, "inconclusive", why, (totals[0],), each)


#: Words of a sentence that binds a per-unit figure to the total after it: "grant".
_TOTAL_NOUNS = frozenset(("budget", "bill", "cost", "costs", "spending", "spend", "fund",
                          "total", "income", "grant", "allocation", "outlay",
                          "funding"))  # fmt: skip


#: Verbs of change that, before money, tell funds collected: "the shops raised £3.6m".
_RAISED = frozenset(("raised", "raises", "raise", "raising"))


def _changed(r: Reading, o: Operand) -> bool:
    """Whether a verb of change governs ``o``; "raised £3.6m" is money collected, no change."""
    verb = change_verb(r, o)
    raised = o.kind == "money" and r.before(o.begin, 1)[:1] in ([w] for w in _RAISED)
    return bool(verb) and not raised


def _stated_after(r: Reading, each: Operand, noun: str) -> Finding | None:
    """A figure per one of a noun, alone in its sentence with no figure of the noun, against
    the next sentence's one total of its kind "for" the one count of that noun, in a sentence
    that names the total by a noun of spending (``_TOTAL_NOUNS``) and tells no change."""
    if each.kind != "money" or len(r.in_sentence(each.start)) != 1:
        return None
    nxt = r.next_sentence(each.start)
    if nxt is None:
        return None
    there = [o for o in r.in_sentence(nxt[0]) if o.value_max is None]
    if any(role(r, o) is not None or change_verb(r, o) for o in there):
        return None
    counts = [o for o in there if o.kind == "count" and _unit_of(o) == noun]
    totals = [o for o in there if o.kind == "money" and o.comparable(each) and o.per is None]
    if len(counts) != 1 or len(totals) != 1 or counts[0].value == 0:
        return None
    total, count = totals[0], counts[0]
    if total.end > count.begin or r.between(total.end, count.begin) != ["for"]:
        return None
    if not _TOTAL_NOUNS & {w.lower() for w in r.figs.words(nxt[0], total.begin)}:
        return None
    computed = total.value / count.value
    status, rule = _judge.ratio(each.value, each.place, computed, each.hedge)
    line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says "
            f"{each.text} ({rule})")  # fmt: skip
    return Finding(CHECK, each.start, each.end, status, line, (total, count), each)


#: A noun of the act of a verb that counts its objects: "shut 12 branches. Each closure …".
ACTS = {"closure": ("closed", "shut", "closes", "close", "closing"),
        "opening": ("opened", "opens", "open", "opening"),
        "sale": ("sold", "sells", "sell", "selling"),
        "hire": ("hired", "hires", "hire", "hiring"),
        "signing": ("signed", "signs", "sign", "signing"),
        "merger": ("merged", "merges", "merge"),
        "order": ("ordered", "orders", "order"),
        "visit": ("visited", "visits", "made"),
        "trip": ("made", "ran", "runs", "run"),
        "flight": ("flew", "flies", "ran", "operated"),
        "sailing": ("ran", "operated", "runs"),
        "launch": ("launched", "launches"),
        "transfer": ("made", "completed")}  # fmt: skip
#: The verb after "Each <noun>" that states what one of them came to.
_EACH_VERBS = frozenset(("cost", "costs", "meant", "means", "brought", "brings", "added",
                         "adds", "created", "creates", "saved", "saves", "lost", "loses",
                         "took", "takes", "raised", "raises", "earned", "earns", "drew",
                         "draws", "carried", "carries", "used", "uses", "needed", "needs",
                         "got", "gets", "received", "receives", "averaged"))  # fmt: skip


def _each_opening(r: Reading, each: Operand) -> Finding | None:
    """ "The council built 40 homes and spent £8m. Each home cost about £200,000"; "The bank
    shut 12 branches, losing 240 posts. Each closure cost 20 posts": a sentence opening
    "Each <noun> <verb>" with one figure, against the sentence before's total of the
    figure's kind over its one count of that noun (or of the objects of the verb the noun
    names the act of: the ``ACTS`` table)."""
    s0, _ = r.sentence(each.start)
    lead = r.figs.after(s0, 4, ceiling=each.begin)
    if len(lead) == 2 and lead[0] == "each" and lead[1] in _EACH_VERBS:
        lead = [lead[0], "", lead[1]]  # "Each averaged £160,000": of the one count before
    if len(lead) != 3 or lead[0] != "each" or lead[2] not in _EACH_VERBS:
        return None
    if len(r.in_sentence(each.start)) != 1 or not (lead[1].isalpha() or not lead[1]):
        return None
    prev = r.previous_sentence(each.start)
    if prev is None:
        return None
    noun = _singular(lead[1])
    there = [o for o in r.in_sentence(prev[0]) if o.value_max is None]
    if len(there) != 2 or any(role(r, o) is not None for o in there):
        return None  # the total and the count alone ("cut 240 posts" is a count of posts)
    verbs = ACTS.get(noun, ())
    counts = [o for o in there if o.kind == "count" and (_unit_of(o) == noun or (
        verbs and r.before(o.begin, 1)[:1] in ([v] for v in verbs))
        or (not noun and _unit_of(o) is not None))]  # fmt: skip
    if len(counts) != 1 or counts[0].value == 0:
        return None
    count = counts[0]
    totals = [o for o in there if o is not count and o.kind == each.kind and o.comparable(each)
              and (each.kind == "money" or _unit_of(o) == _unit_of(each))]  # fmt: skip
    if len(totals) != 1 or totals[0].value <= each.value:
        return None
    return _over_count(each, totals[0], count)


def _per_many(r: Reading, each: Operand) -> Finding | None:
    """ "used 96 litres of fuel over 400 km, or 24 litres per 100 km": a figure per a stated
    number of a unit, restating the sentence's one figure of its kind over the one count of
    that unit before it."""
    tail = r.after(each.end, 3)
    if len(tail) < 3 or tail[0] != "per" or not tail[2].isalpha():
        return None
    sent = r.in_sentence(each.start)
    block = [o for o in sent if o.start > each.end and o.kind == "count" and o.claim is None]
    if not block or r.between(each.end, block[0].start) != ["per"]:
        return None
    many, unit = block[0], _singular(tail[2])
    before = [o for o in sent if o.end <= each.begin and o.value_max is None]
    if not before:
        return None
    led = ends_with(r.between(before[-1].end, each.begin)[-5:], LEAD) is not None
    counts = [o for o in before if o.kind == "count" and same_noun(_word_of(o), unit)]
    totals = [o for o in before if o not in counts and o.kind == each.kind and o.comparable(each)
              and _unit_of(o) == _unit_of(each)]  # fmt: skip
    if len(counts) != 1 or len(totals) != 1 or counts[0].value == 0:
        return None
    if not led and (_unit_of(each) is None or len(before) != 2):
        return None  # unled, only the two figures of the nouns it names bind it
    if any(role(r, o) is not None or change_verb(r, o) for o in before):
        return None
    total, count = totals[0], counts[0]
    computed = total.value / count.value * many.value
    status, rule = _judge.ratio(each.value, each.place, computed, each.hedge)
    line = (f"{total.text} / {count.text} × {many.text} = {_judge.fmt(computed)}; the text "
            f"says {each.text} ({rule})")  # fmt: skip
    return Finding(CHECK, each.start, each.end, status, line, (total, count), each)


def _for_count(r: Reading, each: Operand, count: Operand) -> bool:
    """ "£350 a head for the town's 12,000 residents": the count a per-head figure is shared
    over, after its cue and "for", with at most a determiner or a possessive name between
    (no mark, no other figure) and a noun of its own."""
    if count.kind != "count" or count.value_max is not None or _unit_of(count) is None:
        return False
    gap = r.between(each.end, count.begin)
    cue = starts_with(gap, EACH)
    if cue is None:
        return False
    rest = gap[len(cue) :]
    more = [o for o in r.in_sentence(count.start) if o.start > count.end and o.kind == "count"]
    if more and {"and", "plus", "or", "with"} & set(r.between(count.end, more[0].begin)[:3]):
        return False  # "for the 6,000 pupils and 200 teachers": not all of the heads
    return (
        rest[:1] == ["for"]
        and len(rest) <= 4
        and not {",", ";", ":", "(", "-", "."} & set(rest)
        and all(w.replace("'s", "").replace("’s", "").isalpha() for w in rest)
    )


@honest
def find(r: Reading, refs: References) -> Iterator[Finding]:
    for each in r.operands:
        if each.kind == "count" and each.value_max is None and r.after(each.end, 1) == ["per"]:
            found = _per_many(r, each)
            if found is not None:
                yield found
                continue
        if each.kind in ("money", "count") and each.value_max is None:
            found = _per_noun(r, each) or _each_opening(r, each)
            if found is not None:
                yield found
    for each in r.gated(_GATE):  # "each", "per head", ... right after the figure, or nothing
        if each.kind not in ("money", "count") or each.value_max is not None:
            continue
        tail = r.after(each.end, 6)
        first = ends_with(r.before(each.begin, 4), EACH_BEFORE)  # "…, giving each €85,000"
        if starts_with(tail, EACH) is None and first is None:
            continue
        if ends_with(r.before(each.begin, 4), AVERAGE) is not None:
            continue  # "an average of £1.2m each": the average relation reads it
        sent = r.in_sentence(each.start)
        before = [o for o in sent if o.end <= each.begin]
        led = (
            bool(before) and ends_with(r.between(before[-1].end, each.begin)[-5:], LEAD) is not None
        )
        if first is not None:
            led = bool(before) and tuple(r.between(before[-1].end, each.begin)) in EACH_BEFORE
        if not led and not starts_with(tail, _FOR_EACH_OF):
            continue
        totals = [o for o in before if o.comparable(each) and o.kind == each.kind]
        counts = [o for o in before if o.kind == "count" and o is not each]
        of = starts_with(tail, _FOR_EACH_OF)
        after = [o for o in sent if o.start >= each.end]
        if of and after and after[0].kind == "count":
            counts = [after[0]]
        if not counts and after and _for_count(r, each, after[0]):
            counts = [after[0]]  # "£350 a head for the town's 12,000 residents"
        if each.kind == "count":
            totals = [o for o in totals if o not in counts[-1:]]
        if totals and not counts and starts_with(tail, _HEADS) and led:
            # "The £2m levy works out at £85 a head": no count of heads to divide by
            why = (f"{each.text} {' '.join(tail[:2])}: the text gives no count to divide "
                   f"{totals[-1].text} by")  # fmt: skip
            yield Finding(CHECK, each.start, each.end, "inconclusive", why, totals[-1:], each)
            continue
        if not totals or not counts or counts[-1].value == 0:
            continue
        total, count = totals[-1], counts[-1]
        if total is count:
            continue
        if len(run(r, [o for o in totals if o.kind == each.kind], forward=False)) > 1:
            continue  # "took £400, £500 and £600, or £500 each": a list, not one total
        if each.kind == "count" and total.value < each.value <= count.value:
            # "The 12 depots sent out 8,760 parcels, about 730 each": the count of units
            # comes first; a total is never smaller than its share per unit
            total, count = count, total
        computed = total.value / count.value
        status, rule = _judge.ratio(each.value, each.place, computed, each.hedge)
        line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says "
                f"{each.text} ({rule})")  # fmt: skip
        yield Finding(CHECK, each.start, each.end, status, line, (total, count), each)


def _over_count(each: Operand, total: Operand, count: Operand) -> Finding:
    """The figure each against the total shared over the count: total / count."""
    computed = total.value / count.value
    status, rule = _judge.ratio(each.value, each.place, computed, each.hedge)
    line = (f"{total.text} / {count.text} = {_judge.fmt(computed)}; the text says "
            f"{each.text} ({rule})")  # fmt: skip
    return Finding(CHECK, each.start, each.end, status, line, (total, count), each)
