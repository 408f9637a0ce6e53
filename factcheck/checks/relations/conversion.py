"""Conversion: a money figure and its converted twin, against the ECB rate of the day.

"£3 billion ($3.7 billion)", "2 billion yuan (about $280 million)", "€500m, or £420m",
"RM50 million, equivalent to $11 million", "$3.7 billion (£3 billion)": two money claims
of different currencies, the second after a bracket, "or", "equivalent to" or "worth"
(a rate word such as "a year" or "each" may sit between), or linked by the money
extractor as a pair. The rate day is the publication date, or the last earlier day with
ECB rates; cross rates go through the euro. A currency the ECB did not quote that day
makes the pair inconclusive: no interpolation, no borrowed rate.

* consistent: within 2% (the spread of same-day rates), or within one unit of the
  converted figure's last stated digit while no more than 8% off;
* inconsistent: anything else (the explanation names a factor of ten or a thousand,
  parity, or a rate applied the wrong way round when the numbers show it).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace

from factcheck.checks._judge import fmt
from factcheck.checks._reading import Operand, Reading, cues, ends_with, starts_with
from factcheck.checks.relations import Finding, References
from factcheck.errors import NoRate
from factcheck.extract._figures import currency_named
from factcheck.extract.money import shared_currencies
from factcheck.models import Evidence

NAME = "conversion"
CHECK = "conversion"

#: What stands between an amount and its conversion (the converted figure's hedge, such as
#: "about", belongs to the figure).
CUES = cues(
    "(", ", or", "or", ", equivalent to", "equivalent to", "( equivalent to", ", worth",
    ", i . e .", ", ie", "i . e .",
    "worth", "( or", ", i.e.", "/", ", roughly", ", around", ", which is", ", or some",
    "( worth", ", the equivalent of", "the equivalent of", "( the equivalent of", ", converted",
    ", or an equivalent of", "—", "–", "-", "[", ", at the time", ", or around",
    "was worth", "is worth", "were worth", "are worth", "is equivalent to", "was equivalent to",
    "- worth", "— worth", ", valued at",
)  # fmt: skip
#: Cues that may follow a short phrase that ends the amount's noun ("a zł450 million contract
#: for 40 trams, worth about €100m"; "a ₪900 million loan ($288 million)"): set off by a
#: bracket, a dash or a comma, and explicit about restating the amount.
_AFTER_PHRASE = cues("(", "—", "–", ", i . e .", ", ie", ", worth", "- worth", "— worth", "– worth",
                     ", equivalent to",
                     ", the equivalent of", "( about", "( roughly", "( some", "( or",
                     ", or about", ", or roughly", ", or some", ", or around", ", or",
                     "was equivalent to", "is equivalent to", "was worth", "is worth",
                     "the equivalent of")  # fmt: skip
#: Cues explicit enough to end a relative clause about the amount: "$999, which the
#: company said was equivalent to £999".
_RESTATES = cues("was equivalent to", "is equivalent to", "was worth", "is worth",
                 "the equivalent of")  # fmt: skip
_RELATIVE = frozenset(("which", "that"))
#: The words before a conversion stated in the next sentence, which say it restates the
#: amount before: "That is equivalent to about $258 million", "In sterling that comes to
#: roughly £56 million", "At today's rate that is €2.7 billion".
_RESTATING = frozenset("equivalent equal equals converts converted sterling dollars euros "
                       "pounds yen rate rates exchange terms".split())  # fmt: skip
#: Words of a clause after a semicolon that say it converts the amount before it.
_CONVERTING = _RESTATING | frozenset(("comes", "came", "works", "worked", "translates"))
#: Verbs of a valuation that restates the price told before: "The deal values it at …".
_VALUES = frozenset(("values", "valued", "valuing", "prices", "priced"))
_DEICTIC = frozenset(("that", "this", "it", "which", "that's", "it's"))
_COPULA = frozenset(("is", "was", "'s", "’s", "comes", "came", "amounts", "amounted", "worth"))
#: Nouns that name an amount of money stated before: "The penalty, about £790m, …",
#: "the prize is worth about €1.15m".
_AMOUNT_NOUNS = frozenset("amount sum figure prize payment payout penalty fine award bill total "
                          "fund package loan deal spending investment settlement grant budget "
                          "cost price fee jackpot bonus compensation donation subsidy "
                          "contract offer bid takeover".split())  # fmt: skip
#: A rate word between the amount and its conversion: "£250 a month (€290)".
_PER = cues(
    "a year", "per year", "a month", "per month", "a week", "per week", "a day", "per day",
    "each", "apiece", "a head", "per head", "per person", "annually", "a share", "per share",
    "an hour", "per hour", "per annum", "a tonne", "per tonne", "a barrel", "per barrel",
)  # fmt: skip

#: Same-day rates differ by up to about 2% between sources and banks.
SPREAD = 0.02
#: Beyond this a conversion is wrong whatever the precision.
FAR = 0.08


def _linked(r: Reading, a: Operand, b: Operand) -> bool:
    # another sentence: only the next one ("kr. 900 million (…)" is one sentence split at
    # an abbreviation, so a short gap without a full stop is read as within it)
    if r.sentence(a.start) != r.sentence(b.start) and (
        b.start - a.end > 60 or "." in r.between(a.end, b.begin)
    ):
        return _restated_next(r, a, b)
    words = r.between(a.end, b.begin)
    if ";" in words:
        clause = words[len(words) - words[::-1].index(";") :]
        told_in = clause[:1] == ["in"] and clause[-1:] == [","] and len(clause) <= 4
        if told_in or (set(clause) & _CONVERTING and _restating_lead(clause, b)):
            return True  # a clause after a semicolon that converts: "...; that comes to"
    cue = ends_with(words, _AFTER_PHRASE)
    if cue is None and words[-1:] == [","] and b.hedge == "about":
        cue = (",",)  # "4 billion reais of notes, about €610 million"
    if cue is not None and 0 < len(words) - len(cue) <= 8:
        tail = words[: len(words) - len(cue)]
        if cue in _RESTATES and tail[:1] == [","] and tail[1:2] and tail[1] in _RELATIVE:
            tail = tail[2:] or ["which"]  # a relative clause about the amount
        spaced = " - " in r.text.text[a.end : b.begin]  # "low-floor" is one word, " - " a dash
        if not {",", ";", "(", ")", "—", "–", "or", "and"} & set(tail) and not (
            spaced and "-" in tail
        ):
            return True  # "a ₪900 million loan ($288 million)"
    if words[:1] in ([")"], ["]"]):
        words = words[1:]  # "500 million rand (R500m), or about $28 million"
    per = starts_with(words, _PER)
    if per:
        words = words[len(per) :]
    # "£3 billion, roughly $3.78 billion": a comma, when the second figure is hedged
    if tuple(words) in CUES or (words == [","] and b.hedge == "about"):
        return True
    return _set_beside(r, a, b, r.between(a.end, b.begin))


#: Words that say the amount after them restates the one before, whatever precedes them
#: in the sentence: ", which works out at", "; that is", "at current exchange rates",
#: ", roughly equal to", ", a sum that works out at".
EQUIVALENT = cues(
    "or", "equivalent to", "worth", "the equivalent of", "i.e.", "that is", "which is",
    "this is", "works out at", "which works out at", "that works out at", "worked out at",
    "which worked out at", "work out at", "equal to", "roughly equal to", "about equal to",
    "approximately equal to", "equals", "which equals", "roughly", "around", "about",
    "at current exchange rates", "at today's exchange rate", "at today ' s exchange rate",
    "at today’s exchange rate", "at today ’ s exchange rate", "at current rates",
    "at the current exchange rate", "at today's rates", "at today ' s rates",
    "converted", "which converts to", "converts to", "which comes to", "comes to",
    "which amounts to", "amounting to", "a sum that works out at", "a sum equal to",
    "a sum of", "a sum worth", "an amount equal to", "a figure equal to",
    "which is equivalent to", "which is worth", "which was worth", "valued at",
    "in other words", "that is about", "that is roughly",
)  # fmt: skip
#: What sets one amount beside another: a comma, a semicolon, a dash, a bracket.
_SEPARATORS = frozenset((",", ";", ":", "-", "–", "—", "(", "["))
_ASIDES = frozenset(("-", "–", "—", "(", "["))
#: Words that join two amounts as two things, not one restated: "€5m and $3m", "£2m while
#: $1m", "£4m, of which $2m".
_JOINING = frozenset("and or while whereas plus but than against versus vs compared "
                     "which whom whose including excluding besides".split())  # fmt: skip
#: What may close an aside that holds the converted amount.
_CLOSING = frozenset(("-", "–", "—", ")", "]", ".", "!", "?"))


def _restates_after(r: Reading, b: Operand) -> tuple[bool, bool]:
    """Whether the amount ends its aside (a dash, a bracket or the sentence's end after it,
    or an "in euros" / "at today's exchange rate" phrase of restating words first), and
    whether such a phrase is there."""
    tail = r.after(b.end, 6)
    if not tail:
        return True, False
    restating = False
    if tail[0] in ("in", "at"):
        k = next((i for i, w in enumerate(tail) if w in _CLOSING or w in (",", ";")), len(tail))
        if 1 < k <= 5 and _RESTATING & set(tail[1:k]):
            tail, restating = tail[k:], True
    # a restating phrase may close on a comma too: "€41m in today's terms, a clerk said"
    return (not tail or tail[0] in _CLOSING or (restating and tail[0] == ",")), restating


def _set_beside(r: Reading, a: Operand, b: Operand, words: list[str]) -> bool:
    """Two amounts of different currencies with no other amount between them, joined by an
    equivalence cue or set beside each other by punctuation alone, after a short phrase
    that ends the first amount's noun: "a RM85 million order for buses - roughly US$18m -",
    "NOK 500 million, which works out at about €43 million", "2.5 billion lira for four
    ferries; at current exchange rates $73 million", "R2.2 billion; €110 million in euros",
    "S$450 million - the sum in Hong Kong dollars was HK$2.6 billion -". Words that join
    two things ("and", "while", "plus", "of which") never bind."""
    cue = _rate_phrase(words) or ends_with(words, EQUIVALENT) or ()
    rest, told_in = _told_in(words[: len(words) - len(cue)])
    seps: list[str] = []
    while rest and rest[-1] in _SEPARATORS:
        seps.append(rest[-1])
        rest = rest[:-1]
    closed, restating = _restates_after(r, b)
    restating = restating or told_in
    if not seps and rest and rest[0] in _ASIDES and not cue:
        # "- the sum in Hong Kong dollars was HK$2.6 billion -": an aside that names the
        # amount again in another currency
        aside = rest[1:]
        return (
            0 < len(aside) <= 8
            and aside[-1] in _COPULA
            and bool((_RESTATING | _AMOUNT_NOUNS) & set(aside))
            and not (_JOINING & set(aside) or _SEPARATORS & set(aside))
            and closed
        )
    if cue in _APPOSED_CUES and _names_the_amount(rest):
        return True  # "NOK 2.4 billion, a deal worth about £174m"
    if len(rest) > 8 or _JOINING & set(rest) or _SEPARATORS & set(rest):
        return False
    if cue and cue not in ((",",), ("roughly",), ("around",), ("about",)):
        return bool(seps) or not rest
    if not seps:
        return False
    if set(seps) & _ASIDES:
        return closed  # "€250 million to a lab - some $223 million - for research"
    return restating and closed  # "R1.8 billion; €92 million in euros."


#: Words of a phrase naming the money an amount is restated in: "in local money".
_IN_MONEY = _RESTATING | frozenset(("local", "money", "currency", "terms"))
#: Words in such a phrase after "in" at most.
_IN_MONEY_WORDS = 3


def _told_in(rest: list[str]) -> tuple[list[str], bool]:
    """ "; in local money that is R2 billion", "; in dollar terms, $40m": a separator and a
    phrase naming the money the amount after it is told in; the phrase is left out (it
    restates) and said to be there."""
    if len(rest) < 3 or rest[0] not in _SEPARATORS or rest[1] != "in":
        return rest, False
    phrase = rest[2:-1] if rest[-1] == "," else rest[2:]
    if (
        0 < len(phrase) <= _IN_MONEY_WORDS
        and all(w.isalpha() for w in phrase)
        and not _IN_MONEY.isdisjoint(phrase)
        and _JOINING.isdisjoint(phrase)
    ):
        return rest[:1], True
    return rest, False


#: Cues after a noun in apposition that restate the amount: ", a deal worth £174m".
_APPOSED_CUES = cues("worth", "valued at", "equivalent to", "the equivalent of", "equal to")
_DETERMINERS = frozenset(("a", "an", "the", "some"))
#: Words of an apposition naming the amount: ", a takeover deal worth".
_APPOSITION_WORDS = 4


def _names_the_amount(rest: list[str]) -> bool:
    """Whether ``rest`` is an apposition that names the amount before it: ", a deal", ", the
    whole package", ", an investment"."""
    return (
        rest[:1] == [","]
        and rest[1:2] != []
        and rest[1] in _DETERMINERS
        and 2 < len(rest) <= 1 + _APPOSITION_WORDS
        and rest[-1] in _AMOUNT_NOUNS
        and not (_JOINING | _SEPARATORS) & set(rest[1:])
    )


#: Words that may stand between "at" and "rate" in a phrase naming the rate of the day:
#: "at the day's rate", "at today's exchange rate", "at current market rates".
_RATE_DAY = frozenset("the today's today’s day's day’s that current prevailing exchange market "
                      "official spot latest present yesterday's yesterday’s".split())  # fmt: skip
_RATE_NOUNS = frozenset(("rate", "rates"))
#: Words between "at" and "rate" that ``_rate_phrase`` allows.
_RATE_DAY_WORDS = 3


def _rate_phrase(words: list[str]) -> tuple[str, ...] | None:
    """The phrase naming the day's exchange rate that ``words`` end with, its comma after
    it included: "; at the day's rate ,", ", at today's rate ,"; None without one."""
    k = len(words) - (words[-1:] == [","])
    if k < 2 or words[k - 1] not in _RATE_NOUNS:
        return None
    i = k - 2
    while i >= 0 and words[i] in _RATE_DAY and k - 1 - i <= _RATE_DAY_WORDS:
        i -= 1
    return tuple(words[i:]) if i >= 0 and words[i] == "at" else None


def _restated_next(r: Reading, a: Operand, b: Operand) -> bool:
    """A conversion in the next sentence of the paragraph: ``a`` the last money of its
    sentence, ``b`` the first of the next, opened by words that restate the amount."""
    prev = r.previous_sentence(b.start)
    if prev is None or r.sentence(a.start) != r.sentence(prev[0]):
        return False
    mine = [o for o in r.in_sentence(b.start) if o.kind == "money"]
    theirs = [o for o in r.in_sentence(a.start) if o.kind == "money"]
    if not mine or mine[0] is not b or theirs[-1] is not a:
        return False
    s0, _ = r.sentence(b.start)
    lead = r.figs.words(s0, b.begin)
    # the clause of the amount: "…; the jackpot is worth about €2.38m at today's prices"
    lead = lead[max((i + 1 for i, w in enumerate(lead) if w in (":", ";")), default=0) :]
    if r.figs.inside(s0, b.begin):
        return False
    return _restating_lead(lead, b)


def _restating_lead(lead: list[str], b: Operand) -> bool:
    """Whether the words opening a sentence (or a clause after a semicolon) up to an amount
    say it restates the amount before: "That is equivalent to about", "In sterling that
    comes to roughly", "in pesos,"."""
    if len(lead) > 10:
        return False
    if lead[:1] == ["in"] and lead[-1:] == [","] and len(lead) <= 4:
        return True  # "in złoty, zł 3.4m": the amount told in another currency
    words = set(lead)
    if words & _RESTATING:
        return True  # "That is equivalent to about …", "In sterling that comes to …"
    if lead[-1:] == ["at"] and words & _VALUES and words & _AMOUNT_NOUNS:
        return True  # "The offer values the biscuit maker at £71.5m"
    if words & _DEICTIC and (words & _COPULA or len(ends_with(lead, EQUIVALENT) or ()) > 1):
        return True  # "That is about $1.1 billion", "That works out at about €39 million"
    # "The penalty, about £790m, …"; "the prize is worth about €1.15m"
    return (
        b.hedge is not None
        and bool(words & _AMOUNT_NOUNS)
        and (lead[-1:] == [","] or lead[-1:] == ["worth"])
    )


#: What opens a clause naming the original of the figure before it: "RM29 million - that
#: is what S$9 million buys -", "€40m, which is what $43m fetched".
_WHAT = cues("- that is what", "— that is what", "– that is what", ", which is what",
             ", that is what", "- what", "— what", "– what", ", what", "( what",
             "( that is what", "is what", "was what")  # fmt: skip
#: The verbs of that clause: the amount after "what" buys the one before it.
_BUYS = cues("buys", "bought", "would buy", "will buy", "can buy", "could buy", "fetches",
             "fetched", "would fetch", "will fetch", "gets you", "got you")  # fmt: skip


def _bought(r: Reading, a: Operand, b: Operand) -> bool:
    """Whether ``a`` is the converted figure of ``b``, told first: "RM29.0 million - that is
    what S$9 million buys at today's rate -". The clause ends after its verb (a rate phrase
    may follow it) at a dash, a bracket, a comma or the sentence's end."""
    if (
        r.sentence(a.start) != r.sentence(b.start)
        or ends_with(r.between(a.end, b.begin), _WHAT) is None
    ):
        return False
    tail = r.after(b.end, 8)
    verb = starts_with(tail, _BUYS)
    if not verb:
        return False
    rest = tail[len(verb) :]
    if rest[:1] == ["at"]:
        k = next((i for i, w in enumerate(rest) if w in _RATE_NOUNS), None)
        rest = rest[k + 1 :] if k is not None and k <= _RATE_DAY_WORDS + 1 else rest
    return not rest or rest[0] in _CLOSING or rest[0] == ","


def find(r: Reading, refs: References) -> Iterator[Finding]:
    money = [o for o in r.operands if o.kind == "money" and o.value_max is None]
    taken: set[int] = set()
    for a, b in itertools.pairwise(money):
        same = r.sentence(a.start) == r.sentence(b.start)
        if id(a) in taken or (b.start - a.end > 60 and same):
            continue
        if a.currency is not None and a.currency == b.currency:
            continue
        if _bought(r, a, b):
            taken.add(id(b))
            yield _test(r, refs, b, a)  # the converted figure first: "RM29m is what S$9m buys"
            continue
        paired = (a.claim is not None and b.claim is not None and a.claim.pair == b.claim.id) or (
            a.claim is not None and b.claim is not None and b.claim.pair == a.claim.id
        )
        if not (_linked(r, a, b) or (paired and r.sentence(a.start) == r.sentence(b.start))):
            continue
        taken.add(id(b))
        yield _test(r, refs, a, b)


def _test(r: Reading, refs: References, a: Operand, b: Operand) -> Finding:
    def out(status: str, why: str, evidence: list[Evidence] | None = None) -> Finding:
        return Finding(CHECK, b.start, b.end, status, why, (a, b), b, evidence or [])

    if r.published is None:
        return out("inconclusive", f"No publication date, so no rate day for {a.text} → {b.text}")
    glued = next((o for o in (a, b) if _glued_mark(r, o)), None)
    if glued is not None:
        mark = r.doc.text[glued.start - 1] + glued.text[:1]
        why = f'"{mark}" in "{mark}{glued.text[1:]}" is a currency mark not read in full'
        return out("inconclusive", f"{why}: {a.text} → {b.text} cannot be checked")
    if a.currency is None or b.currency is None:
        named = _named(r, a, b)
        if named is not None:
            return _test(r, refs, *named)
        return _test_readings(r, refs, a, b, out)
    try:
        rate = refs.rates(a.currency, b.currency, r.published)
    except NoRate as exc:
        return out("inconclusive", f"{exc}: {a.text} → {b.text} cannot be checked")
    true = a.value * rate.rate
    off = (b.value - true) / true if true else float("inf")
    line = (
        f"ECB {rate.date}: 1 {a.currency} = {rate.rate:.5g} {b.currency}, so {a.text} = "
        f"{_as_written(b, true)}; the text says {b.text} ({off:+.1%})"
    )
    if rate.date != r.published:
        line += f"; no rates on {r.published}, so the last business day before"
    evidence = [
        Evidence(
            source=rate.source, description=rate.description, url=rate.url, value=f"{rate.rate:.6g}"
        )
    ]
    if abs(off) <= SPREAD:
        return out("consistent", f"{line}, within the 2% spread of same-day rates", evidence)
    if abs(b.value - true) <= b.unit * 1.0000001 and abs(off) <= FAR:
        return out("consistent", f"{line}, within one unit of its last stated digit", evidence)
    return out("inconsistent", line + _diagnosis(a, b, rate.rate, true), evidence)


def _glued_mark(r: Reading, op: Operand) -> bool:
    """A currency symbol with a letter glued before it that the amount leaves out ("E£640
    million", "S£3m"): a mark the money extractor does not know, whose currency is not the
    symbol's own."""
    text = r.doc.text
    return (
        op.start > 0
        and op.text[:1] != ""
        and not op.text[0].isalnum()
        and text[op.start - 1].isalpha()
    )


def _test_readings(
    r: Reading, refs: References, a: Operand, b: Operand, out: Callable[..., Finding]
) -> Finding:
    """A shared currency name ("kr", which Norway, Sweden, Denmark and Iceland write) that
    the document does not resolve: the pair is tested under every currency the name can
    stand for that has a rate. The figure is wrong only when it is wrong under each of them;
    it is right under a reading when that reading fits (the explanation names it)."""
    vague = a if a.currency is None else b
    other = b if vague is a else a
    readings = [c for c in shared_currencies(vague.text) if c != other.currency]
    tried = []
    for code in readings:
        pair = (replace(a, currency=code), b) if vague is a else (a, replace(b, currency=code))
        f = _test(r, refs, *pair)
        if f.status == "inconclusive":
            continue
        if f.status == "consistent":
            return out(
                "consistent", f'reading "{vague.text}" as {code}: {f.explanation}', f.evidence
            )
        tried.append((code, f))
    if not tried or len(tried) < len(readings):
        return out("inconclusive", f'The currency of "{vague.text}" is ambiguous; name it to check')
    codes = ", ".join(c for c, _ in tried)
    first = tried[0][1]
    return out(
        "inconsistent",
        f'"{vague.text}" is wrong whichever currency it is ({codes}): {first.explanation}',
        [e for _, f in tried for e in f.evidence],
    )


def _named(r: Reading, a: Operand, b: Operand) -> tuple[Operand, Operand] | None:
    """The pair with a shared name resolved by the currency named in full right after
    it, when that is one of the name's readings: "kr 2.1 billion in Swedish crowns"."""
    vague = a if a.currency is None else b
    tail = r.after(vague.end, 1 + _NAME_WORDS)
    code = currency_named(tail[1:]) if tail[:1] == ["in"] else None
    if code is None or code not in shared_currencies(vague.text):
        return None
    named = replace(vague, currency=code)
    return (named, b) if vague is a else (a, named)


#: Words of a currency's full name after "in" that ``_named_after`` reads.
_NAME_WORDS = 3


def _as_written(b: Operand, value: float) -> str:
    """A value in the converted figure's own notation: "$3.779 billion", "NOK 2.9 billion"."""
    prefix = b.text[: b.figure.start - b.start] if b.figure is not None else ""
    if prefix and b.figure is not None and b.figure.start >= b.start:
        return f"{prefix}{fmt(value)}"
    return f"{b.currency} {fmt(value)}"


def _diagnosis(a: Operand, b: Operand, rate: float, true: float) -> str:
    ratio = b.value / true if true else 0.0
    for factor, name in ((1000, "a factor of a thousand off (million for billion?)"),
                         (10, "a factor of ten off")):  # fmt: skip
        if abs(ratio - factor) / factor < 0.05 or abs(ratio - 1 / factor) * factor < 0.05:
            return f"; {name}"
    if a.value and abs(b.value - a.value) / a.value < 0.02:
        return "; converted at parity"
    inverse = a.value / rate if rate else 0.0
    if inverse and abs(b.value - inverse) / inverse < 0.02:
        return "; the rate applied the wrong way round"
    return ""
