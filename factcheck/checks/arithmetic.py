"""Arithmetic check: figures in one sentence that must agree with each other.

* percentage changes: "rose 20% from $10m to $12m", "186,000 cars, up 32% from 151,000";
* percentage points: "up 3 percentage points from 12% to 15%";
* multiples: "doubled to 2,300 from 900", "nearly triple ... to 890,000 from 300,000";
* parts and their stated total: "the £48m cost was met by a £30m grant and £18m in
  donations", "Of the 4.5 million, 3.1 million ... and 1.4 million ...";
* a yearly amount times years against a stated total: "£3bn a year from 2025 until 2030,
  a total of £18bn" (both the inclusive and the exclusive count of years are tried);
* shares: "120 of the 400 seats, or 30%";
* differences: "by 312 votes to 290, a majority of 22";
* per-head figures and averages: "£2m for 400 homes, or £5,000 each".

Tolerances (see docs/checks.md): sums, differences and products are consistent within
half a unit of the stated figure's last digit and inconsistent at least one unit and 3%
off; percentages, ratios and averages are consistent within one unit and inconsistent
more than two units and 10% off; "about" and multiples are consistent within 10% and
inconsistent beyond 15%; "nearly" allows up to 15% below (inconsistent more than 3%
above or 20% below); "more than" needs the computed value above the figure
(inconsistent more than 3% below). A change with no earlier figure is inconclusive.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.checks._figures import Figure, find_figures, fmt, sentence_bounds
from factcheck.models import CheckResult, Claim, Document

NAME = "arithmetic"

_RISE = (
    r"rose|rise|risen|rising|up|increased|increase|increasing|grew|grow|grown|growth|"
    r"jumped|jump|climbed|climb|gained|gain|surged|surge|soared|higher|more|advanced"
)
_FALL = (
    r"fell|fall|fallen|falling|down|dropped|drop|declined|decline|decreased|decrease|slid|"
    r"slumped|slump|plunged|plunge|lost|cut|cuts|reduction|lower|less|fewer|shrank|shrunk|"
    r"tumbled|sank|slipped|dip|dipped|contracted|contraction"
)
_HEDGE = r"nearly|almost|about|around|roughly|some|approximately|more\s+than|over|just\s+over|just\s+under|less\s+than|under|at\s+least|close\s+to"  # noqa: E501
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<verb>{_RISE}|{_FALL})(?:\s+(?:by|of))?(?:\s+(?:a|an)\s+\w+\s+of)?\s+(?:(?P<hedge>{_HEDGE})\s+)?$",
    re.IGNORECASE,
)
#: "cut output at the country's mines by 9%": a verb, a few words of object, then "by".
_CHANGE_BEFORE_FAR = re.compile(
    rf"\b(?P<verb>{_RISE}|{_FALL})(?<!\bup)(?<!\bdown)(?<!\bmore)(?<!\bless)(?<!\bfewer)"
    rf"(?<!\bhigher)(?<!\blower)(?:\s+[A-Za-z'’-]+){{1,6}}\s+by\s+(?:(?P<hedge>{_HEDGE})\s+)?$",
    re.IGNORECASE,
)
_CHANGE_NOUN = re.compile(
    rf"\b(?:a|an)\s+(?P<verb>{_RISE}|{_FALL})\s+of\s+(?:(?P<hedge>{_HEDGE})\s+)?$", re.IGNORECASE
)
_CHANGE_AFTER = re.compile(
    rf"^[\s-]+(?:(?:year-on-year|year-over-year|annual|yearly|monthly|quarterly)\s+)?"
    rf"(?P<verb>{_RISE}|{_FALL})\b",
    re.IGNORECASE,
)
_MULTIPLE = re.compile(
    rf"""\b(?:(?P<hedge>{_HEDGE})\s+)?
    (?:(?P<verb>doubled|doubles|double|doubling|tripled|triples|triple|tripling|trebled|trebles|treble|quadrupled|
       quadruples|quadruple|halved|halves|halve|halving|(?:cut|fell|fallen|dropped)\s+in\s+half)\b
      |(?P<times>two|three|four|five|six|seven|eight|nine|ten|\d+(?:\.\d+)?)
         (?:[\s-]*fold\b|\s+times\b(?=\s+(?:as\s+\w+|more|higher|larger|bigger|greater|
         the|that\s+of|what|its|their)\b))
      |(?P<twice>twice)\b(?=\s+(?:as\s+\w+|the|that\s+of|what|its|their)\b)
      |(?P<fverb>rose|risen|grew|grown|increased|climbed|jumped|fell|fallen|dropped|declined|
         decreased|shrank|shrunk|cut|slumped|plunged|lost)\s+(?:by\s+)?(?:(?P<fhedge>nearly|almost|about|around|roughly|some|more\s+than|over)\s+)?
         (?P<frac>half|a\s+half|a\s+third|a\s+quarter|a\s+fifth|two[\s-]thirds|three[\s-]quarters)\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_FACTORS = {
    "doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "halv": 0.5, "double": 2.0,
    "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5,
}  # fmt: skip
_FRACTIONS = {
    "half": 0.5, "a half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "a fifth": 0.2,
    "two thirds": 2 / 3, "three quarters": 0.75,
}  # fmt: skip
_WORD_N = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_PARTS_AFTER_TOTAL = re.compile(
    r"\b(?:paid\s+for\s+by|funded\s+by|financed\s+by|met\s+by|made\s+up\s+of|consist(?:s|ing|ed)\s+of|"
    r"compris(?:es|ing|ed)|(?:split|shared)\s+(?:between|into|among)|divided\s+(?:between|into)|broken\s+down\s+into|"
    r"came\s+from|comes\s+from|come\s+from|coming\s+from)\b",
    re.IGNORECASE,
)
#: "5,200 people: 3,100 in Germany, ...", "The 250 staff on the ward - 140 nurses, ...".
_LIST_OPENER = re.compile(
    r"^(?:\s+[A-Za-z'’-]+){0,4}\s*(?::|\s[-–—]\s|[–—])\s*(?=\S*\d)", re.IGNORECASE
)
_INCLUDES = re.compile(r"\b(?:includ(?:e|es|ing|ed)|among\s+them|such\s+as)\b", re.IGNORECASE)
_TOTAL_AFTER_PARTS = re.compile(
    r"(?:,|\band\b)?\s*(?:a\s+total\s+of|in\s+total|totall?ing|total(?:led|ed)?|altogether|"
    r"combined|together|in\s+all|for\s+a\s+total\s+of|making|bringing\s+the\s+total\s+to)\s*$",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"^\s*(?:(?:a|per|each|every)\s+(?P<unit>year|month|week|day)\b"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily)\b)",
    re.IGNORECASE,
)
_ADVERB_UNIT = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
                "daily": "day"}  # fmt: skip
#: How many of the rate's unit make one of the period's unit, where that is exact enough.
_UNITS_IN = {
    ("year", "year"): 1.0, ("month", "month"): 1.0, ("week", "week"): 1.0, ("day", "day"): 1.0,
    ("month", "year"): 12.0, ("week", "year"): 52.0, ("day", "year"): 365.0, ("day", "week"): 7.0,
}  # fmt: skip
_PERIOD = re.compile(
    r"\b(?:for|over|across|during|in)\s+(?:the\s+(?:next|following|past|last|first)\s+)?"
    r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<unit>year|month|week|day)s?\b",
    re.IGNORECASE,
)
_TOTAL_WORD = re.compile(
    r"(?:a\s+total\s+of|in\s+total|totall?ing|total\s+of|altogether|in\s+all|overall)\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|overall)\b", re.IGNORECASE)
_OVER_YEARS = re.compile(
    r"\s+(?:over|across|during|in)\s+(?:the\s+(?:next|following)\s+)?(?:\d+|\w+)\s+years\b",
    re.IGNORECASE,
)
_PER_HEAD = re.compile(
    r"^\s*(?:each|apiece|a\s+head|per\s+head|per\s+person|a\s+person|per\s+capita|"
    r"per\s+(?:household|home|family|pupil|student|patient|resident|worker|employee)|"
    r"for\s+each|a\s+(?:household|home|family|pupil|student|patient|resident|worker))\b",
    re.IGNORECASE,
)


@dataclass
class _Ctx:
    doc: Document
    figures: list[Figure]

    @property
    def text(self) -> str:
        return self.doc.text

    def sentence(self, pos: int) -> tuple[int, int]:
        return sentence_bounds(self.text, pos)

    def in_sentence(self, pos: int) -> list[Figure]:
        s, e = self.sentence(pos)
        return [f for f in self.figures if s <= f.start and f.end <= e]


def _key(f: Figure) -> tuple[str, str]:
    if f.percent:
        return ("points", "") if f.points else ("pct", "")
    if f.is_money:
        return ("money", f.currency or "?")
    return ("num", "")


def check(
    doc: Document, claims: list[Claim], *, figures: list[Figure] | None = None
) -> list[CheckResult]:
    """Every arithmetic relation found in the document's sentences, one result each."""
    ctx = _Ctx(doc, figures if figures is not None else find_figures(doc.text))
    out: list[CheckResult] = []
    seen: set[tuple[int, int]] = set()
    for rule in _RULES:
        for r in rule(ctx):
            if (r.start, r.end) in seen:
                continue
            seen.add((r.start, r.end))
            out.append(r)
    out.sort(key=lambda r: r.start)
    return out


def _result(ctx: _Ctx, start: int, end: int, status: str, explanation: str) -> CheckResult:
    return CheckResult(
        document=ctx.doc.id,
        check=NAME,
        status=status,
        start=start,
        end=end,
        text=ctx.text[start:end],
        explanation=explanation,
    )


# ------------------------------------------------------------------ judging


def _hedge_word(ctx: _Ctx, start: int) -> str:
    m = re.search(rf"\b({_HEDGE})\s+$", ctx.text[max(0, start - 16) : start], re.IGNORECASE)
    if not m:
        return ""
    h = re.sub(r"\s+", " ", m.group(1).lower())
    if h in ("almost", "close to", "just under"):
        return "nearly"
    if h in ("around", "roughly", "some", "approximately"):
        return "about"
    if h in ("over", "just over"):
        return "more than"
    if h == "under":
        return "less than"
    return h


def _judge_hedged(hedge: str, stated: float, computed: float) -> str | None:
    """The status a hedge sets, or None when the figure is unhedged."""
    if not hedge or stated == 0:
        return None
    off = (computed - stated) / abs(stated)
    if hedge == "about":
        return (
            "consistent"
            if abs(off) <= 0.10
            else "inconsistent"
            if abs(off) > 0.15
            else "consistent"
        )
    if hedge == "nearly":
        if -0.15 <= off <= 0.0 + 1e-9:
            return "consistent"
        return "inconsistent" if off > 0.03 or off < -0.20 else "consistent"
    if hedge == "more than":
        return "consistent" if off > 0 else "inconsistent" if off < -0.03 else "consistent"
    if hedge == "less than":
        return "consistent" if off < 0 else "inconsistent" if off > 0.03 else "consistent"
    if hedge == "at least":
        return "consistent" if off >= 0 else "inconsistent" if off < -0.03 else "consistent"
    return None


def _plain_unit(f: Figure) -> float:
    """One unit of the last written digit, trailing zeros included ("£10m" → £1m)."""
    if f.words:
        return f.scale
    s = f.digits.replace(",", "")
    return (10.0 ** -len(s.split(".", 1)[1]) if "." in s else 1.0) * f.scale


def _judge_sum(stated: Figure, computed: float, hedge: str = "") -> str:
    hedged = _judge_hedged(hedge, stated.value, computed)
    if hedged:
        return hedged
    diff = abs(stated.value - computed)
    unit = _plain_unit(stated)
    if diff <= unit / 2 * 1.000001:
        return "consistent"
    if diff >= unit * 0.999999 and computed and diff / abs(computed) >= 0.03:
        return "inconsistent"
    return "consistent"


def _pct_unit(f: Figure) -> float:
    s = f.digits.replace(",", "")
    return 10.0 ** -len(s.split(".", 1)[1]) if "." in s else 1.0


def _judge_ratio(stated: float, computed: float, unit: float, hedge: str = "") -> str:
    hedged = _judge_hedged(hedge, stated, computed)
    if hedged:
        return hedged
    diff = abs(stated - computed)
    if diff <= unit * 1.000001:
        return "consistent"
    base = abs(computed) or 1.0
    if diff > 2 * unit and diff / base > 0.10:
        return "inconsistent"
    return "consistent"


def _judge_multiple(hedge: str, stated: float, computed: float) -> str:
    if hedge in ("nearly", "more than", "less than", "at least"):
        return _judge_hedged(hedge, stated, computed) or "consistent"
    off = abs(computed - stated) / stated
    return "consistent" if off <= 0.10 else "inconsistent" if off > 0.15 else "consistent"


# ------------------------------------------------------------------ finding operands


_MODIFIER = (
    r"(?:(?:a|an|the)\s+)?(?:(?:record|revised|estimated|provisional|high\s+of|low\s+of|"
    r"about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?"
)
_FROM = re.compile(
    rf"\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?|on|than)\s+{_MODIFIER}$",
    re.IGNORECASE,
)
_TO = re.compile(rf"\b(?:to|reaching|hitting)\s+{_MODIFIER}$", re.IGNORECASE)


def _from_to(
    ctx: _Ctx, figs: list[Figure], anchor: Figure | None, *, at: int | None = None
) -> tuple[Figure | None, Figure | None]:
    """The figures after "from" and after "to" in the sentence nearest the anchor.

    ``at`` is a position to measure from when the anchor is a word, not a figure.
    """
    where = anchor.start if anchor is not None else at
    olds: list[Figure] = []
    news: list[Figure] = []
    for f in figs:
        if anchor is not None and f is anchor:
            continue
        before = ctx.text[max(0, f.start - 30) : f.start]
        if _FROM.search(before):
            olds.append(f)
        elif _TO.search(before):
            news.append(f)

    def nearest(cands: list[Figure]) -> Figure | None:
        if not cands:
            return None
        if where is None:
            return cands[0]
        return min(cands, key=lambda f: abs(f.start - where))

    old, new = nearest(olds), nearest(news)
    if old is not None and new is not None and not _comparable(old, new):
        same = [f for f in news if _comparable(f, old)]
        new = nearest(same)
    return old, new


def _comparable(a: Figure | None, b: Figure | None) -> bool:
    if a is None or b is None:
        return False
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    return ka[0] == kb[0] == "money" and "?" in (ka[1], kb[1])


# ------------------------------------------------------------------ rules


def _percent_changes(ctx: _Ctx) -> Iterator[CheckResult]:
    for p in ctx.figures:
        if not p.percent:
            continue
        before = ctx.text[max(0, p.start - 40) : p.start]
        s0, _ = ctx.sentence(p.start)
        m = (
            _CHANGE_BEFORE.search(before)
            or _CHANGE_NOUN.search(before)
            or _CHANGE_BEFORE_FAR.search(ctx.text[max(s0, p.start - 70) : p.start])
        )
        verb = m.group("verb").lower() if m else ""
        if not m:
            after = _CHANGE_AFTER.match(ctx.text[p.end : p.end + 20])
            if not after:
                continue
            verb = after.group("verb").lower()
        comparative = verb in ("more", "less", "fewer", "higher", "lower")
        if m is None and comparative and not re.search(r"\bthan\b", ctx.text[p.end : p.end + 30]):
            continue  # "20% more" needs a comparison: "20% more than ..."
        hedge = _hedge_word(ctx, p.start)
        rising = re.fullmatch(_RISE, verb, re.IGNORECASE) is not None
        sentence_figs = ctx.in_sentence(p.start)
        changes = [f for f in sentence_figs if f.percent and f is not p]
        # an operand belongs to the change it is nearest ("up 12% ..., and rose 3% to $8m")
        figs = [
            f
            for f in sentence_figs
            if f is not p
            and (
                f.percent or all(abs(f.start - p.start) <= abs(f.start - q.start) for q in changes)
            )
            and not _CLAUSE_BREAK.search(ctx.text[min(f.end, p.end) : max(f.start, p.start)])
        ]
        old, new = _from_to(ctx, figs, p)
        if old is not None and new is None:
            new = _figure_before_change(ctx, figs, p, old)
        if old is None and new is not None:
            old = _dated_earlier_figure(ctx, figs, p, new) or _base_from_delta(ctx, figs, new)
        if old is None or new is None or not _comparable(old, new):
            if new is not None and old is None and not p.points:
                yield _result(
                    ctx, p.start, p.end, "inconclusive",
                    f"{p.text} change to {new.text}: the text gives no earlier figure to compare",
                )  # fmt: skip
            continue
        if p.points:
            if not (old.percent and new.percent):
                continue
            computed = new.value - old.value if rising else old.value - new.value
            status = _judge_ratio(p.value, computed, _pct_unit(p), hedge)
            yield _result(
                ctx, p.start, p.end, status,
                f"{new.text} − {old.text} = {new.value - old.value:+.4g} points; "
                f"the text says {'up' if rising else 'down'} {p.text}",
            )  # fmt: skip
            continue
        if old.value == 0:
            continue
        change = (new.value - old.value) / old.value * 100
        computed = change if rising else -change
        status = _judge_ratio(p.value, computed, _pct_unit(p), hedge)
        sign = "rise" if change >= 0 else "fall"
        yield _result(
            ctx, p.start, p.end, status,
            f"({new.text} − {old.text}) / {old.text} × 100 = {change:+.2f}% (a {sign}); "
            f"the text says {'up' if rising else 'down'} {p.text}",
        )  # fmt: skip


#: Operands across these belong to another clause: "rise 12%, helped by prices that
#: have firmed to 1.62 from 1.48", "dropped to 1.24 mln from 1.31 mln, while ... rose 11.5%".
_CLAUSE_BREAK = re.compile(
    r";|,\s*(?:while|whereas|but|although|though|as|helped|hurt|driven|after|when|because)\b"
    r"|\b(?:that|which|who)\s+(?:have|has|had|is|are|was|were)\b",
    re.IGNORECASE,
)


def _figure_before_change(ctx: _Ctx, figs: list[Figure], p: Figure, old: Figure) -> Figure | None:
    """ "186,000 cars last year, up 32% from 151,000": the figure before the change."""
    cands = [f for f in figs if f.end <= p.start and _comparable(f, old) and f is not old]
    return cands[-1] if cands else None


_EARLIER_TIME = re.compile(
    r"^\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:the\s+)?(?:previous|prior)\s+year|last\s+year"
    r"|(?:in|at\s+the\s+end\s+of)\s+(?:19|20)\d\d|previously)\b",
    re.IGNORECASE,
)


def _dated_earlier_figure(ctx: _Ctx, figs: list[Figure], p: Figure, new: Figure) -> Figure | None:
    """ "worth NOK 3.2 billion a year ago, ... jumped 45% to NOK 4.64 billion": a figure
    before the change, comparable with the new one and dated as the earlier value."""
    cands = [
        f
        for f in figs
        if f.end <= p.start
        and f is not new
        and not f.percent
        and _comparable(f, new)
        and _EARLIER_TIME.match(ctx.text[f.end : f.end + 30])
    ]
    return cands[-1] if len(cands) == 1 else None


_BY_DELTA = re.compile(rf"\b(?P<verb>{_RISE}|{_FALL})\s+by\s+$", re.IGNORECASE)


def _base_from_delta(ctx: _Ctx, figs: list[Figure], new: Figure) -> Figure | None:
    """ "rose by 2,400 to 14,400": the earlier figure is 14,400 − 2,400."""
    for d in figs:
        if d.percent or d.end > new.start or not _comparable(d, new):
            continue
        m = _BY_DELTA.search(ctx.text[max(0, d.start - 20) : d.start])
        if m is None or not re.fullmatch(r"\s+to\s+", ctx.text[d.end : new.start]):
            continue
        rising = re.fullmatch(_RISE, m.group("verb"), re.IGNORECASE) is not None
        return Figure(
            start=d.start,
            end=d.end,
            text=f"({new.text} {'−' if rising else '+'} {d.text})",
            value=new.value - d.value if rising else new.value + d.value,
            digits=d.digits,
            scale=d.scale,
            currency=d.currency,
            currency_known=d.currency_known,
        )
    return None


def _multiples(ctx: _Ctx) -> Iterator[CheckResult]:
    for m in _MULTIPLE.finditer(ctx.text):
        if m.group("frac"):
            fraction = _FRACTIONS[re.sub(r"[\s-]+", " ", m.group("frac").lower())]
            falling = re.fullmatch(_FALL, m.group("fverb"), re.IGNORECASE) is not None
            factor = 1 - fraction if falling else 1 + fraction
        elif m.group("twice"):
            factor = 2.0
        elif m.group("verb"):
            v = m.group("verb").lower()
            factor = (
                0.5
                if v.endswith("half")
                else _FACTORS[next(k for k in _FACTORS if v.startswith(k))]
            )
        else:
            t = m.group("times").lower()
            factor = float(_WORD_N.get(t, 0) or t)
        if factor <= 0:
            continue
        hedge = re.sub(r"\s+", " ", (m.group("hedge") or m.group("fhedge") or "").lower())
        hedge = {"almost": "nearly", "close to": "nearly", "over": "more than"}.get(hedge, hedge)
        figs = [f for f in ctx.in_sentence(m.start()) if not f.points]
        old, new = _multiple_operands(ctx, figs, m)
        if (
            old is None
            or new is None
            or not _comparable(old, new)
            or old.value == 0
            or new.value == 0
        ):
            continue
        ratio = new.value / old.value
        if (factor < 1 < ratio) or (ratio < 1 <= factor):
            ratio = 1 / ratio
        status = _judge_multiple(hedge, factor, ratio)
        yield _result(
            ctx, m.start(), m.end(), status,
            f"{new.text} / {old.text} = {ratio:.3g}; the text says {m.group(0)} (× {factor:g})",
        )  # fmt: skip


def _multiple_operands(
    ctx: _Ctx, figs: list[Figure], m: re.Match[str]
) -> tuple[Figure | None, Figure | None]:
    """(earlier, later) figures of "doubled to X from Y", "X, nearly double the Y", ..."""
    old, new = _from_to(ctx, figs, None, at=m.end())
    if old is not None and new is None:
        others = [f for f in figs if f is not old and _comparable(f, old)]
        new = min(others, key=lambda f: abs(f.start - m.start())) if others else None
    if old is not None and new is not None:
        return old, new
    # "1,200 pupils, nearly double the 650": the figure right after is the base
    right = [f for f in figs if 0 <= f.start - m.end() <= 24]
    if right and re.fullmatch(
        r"\s*(?:(?:as\s+(?:many|much|large|high)\s+as|the|that\s+of|its|their)\s*)*\s*",
        ctx.text[m.end() : right[0].start],
        re.IGNORECASE,
    ):
        left = [f for f in figs if f.end <= m.start() and _comparable(f, right[0])]
        if left:
            return right[0], left[-1]
    if m.group("verb") is None:
        return None, None
    # "tripled since it listed at €14; they closed at €44.10": two prices, not a list
    later = [f for f in figs if f.start >= m.end()]
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(later)
        if _key(a)[0] == "money"
        and _key(a) == _key(b)
        and not re.fullmatch(r"\s*(?:,|and|or|plus|to|-|–)\s*", ctx.text[a.end : b.start])
    ]
    return pairs[0] if pairs else (None, None)


def _parts_and_totals(ctx: _Ctx) -> Iterator[CheckResult]:
    for total in ctx.figures:
        if total.percent:
            continue
        figs = ctx.in_sentence(total.start)
        s, e = ctx.sentence(total.start)
        lead = ctx.text[s : total.start]
        after = ctx.text[total.end : e]
        parts: list[Figure] = []
        how = ""
        if re.fullmatch(
            r"\s*(?:of|out\s+of)\s+(?:the|this|that|those|these)\s*", lead, re.IGNORECASE
        ):
            parts = [f for f in figs if f.start > total.end and _key(f) == _key(total)]
            how = "of"
        else:
            m = _PARTS_AFTER_TOTAL.search(after[:60]) or _LIST_OPENER.match(after)
            if m and not _INCLUDES.search(after[: m.start()]):
                start = total.end + m.end()
                parts = [f for f in figs if f.start >= start and _key(f) == _key(total)]
                how = "by"
            else:
                tm = _TOTAL_AFTER_PARTS.search(ctx.text[s : total.start])
                if tm:
                    parts = [f for f in figs if f.end <= total.start and _key(f) == _key(total)]
                    # only the run of figures joined by "and" / "," / "plus" just before
                    parts = _joined_run(ctx, parts)
                    how = "sum"
        if len(parts) < 2:
            inc = _INCLUDES.search(after[:40])
            following = [f for f in figs if f.start > total.end + (inc.end() if inc else 0)]
            if inc and sum(_key(f) == _key(total) for f in following) >= 2:
                yield _result(
                    ctx, total.start, total.end, "inconclusive",
                    f"{total.text} includes the figures that follow, which need not be all of it",
                )  # fmt: skip
            continue
        if how in ("of", "by"):
            parts = _joined_run(ctx, parts, forward=True)
            if len(parts) < 2:
                continue
        computed = sum(f.value for f in parts)
        status = _judge_sum(total, computed)
        yield _result(
            ctx, total.start, total.end, status,
            f"{' + '.join(f.text for f in parts)} = {fmt(computed)}; the text says {total.text}",
        )  # fmt: skip


def _joined_run(ctx: _Ctx, parts: list[Figure], *, forward: bool = False) -> list[Figure]:
    """The longest run of figures linked by "and", ",", "plus" (with a few words between)."""
    if not parts:
        return parts
    seq = parts if forward else parts[::-1]
    run = [seq[0]]
    for f in seq[1:]:
        a, b = (run[-1], f) if forward else (f, run[-1])
        gap = ctx.text[a.end : b.start]
        if (
            len(gap) > 60
            or not re.search(r"(?:,|\band\b|\bplus\b|;)", gap)
            or re.search(r"[.!?]\s", gap)
        ):
            break
        run.append(f)
        if re.search(r"\band\b|\bplus\b", gap):
            break
    return run if forward else run[::-1]


def _rate_times_period(ctx: _Ctx) -> Iterator[CheckResult]:
    from factcheck.checks._figures import find_dates

    for rate in ctx.figures:
        per = _YEARLY.match(ctx.text[rate.end : rate.end + 14])
        if rate.percent or not per:
            continue
        rate_unit = (per.group("unit") or _ADVERB_UNIT[per.group("adv").lower()]).lower()
        figs = ctx.in_sentence(rate.start)
        totals = [
            f
            for f in figs
            if f is not rate
            and _key(f) == _key(rate)
            and (
                _TOTAL_WORD.search(ctx.text[max(0, f.start - 20) : f.start])
                or _TOTAL_AFTER.match(ctx.text[f.end : f.end + 20])
                or _OVER_YEARS.match(ctx.text[f.end : f.end + 40])
            )
        ]
        if not totals:
            continue
        total = totals[0]
        s, e = ctx.sentence(rate.start)
        sentence = ctx.text[s:e]
        periods: list[float] = []
        n = _PERIOD.search(sentence)
        if n:
            word = n.group("n").lower()
            count = 1 if word in ("a", "an", "one") else _WORD_N.get(word) or int(word)
            factor = _UNITS_IN.get((rate_unit, n.group("unit").lower()))
            if factor is None:
                continue  # "£5 a day for three months": no exact count of days
            periods = [count * factor]
        if not periods and rate_unit == "year":
            years = sorted({d.year for d in find_dates(sentence, None) if d.year and not d.month})
            if len(years) >= 2:
                span = years[-1] - years[0]
                periods = [span, span + 1]
        if not periods:
            yield _result(
                ctx, total.start, total.end, "inconclusive",
                f"{rate.text} a {rate_unit} against {total.text}: the text gives no period",
            )  # fmt: skip
            continue
        statuses = [(p, _judge_sum(total, rate.value * p)) for p in periods]
        status = "consistent" if any(st == "consistent" for _, st in statuses) else "inconsistent"
        readings = "; ".join(
            f"{rate.text} × {p:g} {rate_unit}s = {fmt(rate.value * p)}" for p in periods
        )
        yield _result(
            ctx, total.start, total.end, status, f"{readings}; the text says {total.text}"
        )


def _shares(ctx: _Ctx) -> Iterator[CheckResult]:
    for p in ctx.figures:
        if not p.percent or p.points:
            continue
        s, _ = ctx.sentence(p.start)
        before = ctx.text[max(s, p.start - 80) : p.start]
        m = re.search(
            r"(?:,\s*or|\(|,\s*that\s+is|—|-)\s*(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|more\s+than|less\s+than)\s+)?$",
            before,
            re.IGNORECASE,
        )
        if not m:
            continue
        figs = [f for f in ctx.in_sentence(p.start) if f.end <= p.start and not f.percent]
        if len(figs) < 2:
            continue
        part, whole = figs[-2], figs[-1]
        link = ctx.text[part.end : whole.start]
        if re.match(
            r"\s+(?:of|out\s+of)\s+(?:them|those|these|which|whom)\b",
            ctx.text[whole.end : p.start],
            re.IGNORECASE,
        ):
            # "212,000 patients last year, 38,000 of them from overseas, or 18%"
            part, whole = whole, part
        elif not re.fullmatch(
            r"\s*(?:\w+\s+){0,3}(?:of|out\s+of)\s+(?:the|its|their|all|a\s+total\s+of)?\s*|\s+in\s+",
            link,
            re.IGNORECASE,
        ):
            # "Of the 650 seats, Labour won 412, or 63%"
            lead = ctx.text[s : figs[0].start]
            if len(figs) != 2 or not re.fullmatch(
                r"\s*(?:of|out\s+of)\s+(?:the|its|their|all)?\s*", lead, re.IGNORECASE
            ):
                continue
            whole, part = figs
        if whole.value == 0 or (not _comparable(part, whole) and _key(part)[0] != "num"):
            continue
        computed = part.value / whole.value * 100
        status = _judge_ratio(p.value, computed, _pct_unit(p), _hedge_word(ctx, p.start))
        yield _result(
            ctx, p.start, p.end, status,
            f"{part.text} / {whole.text} × 100 = {computed:.2f}%; the text says {p.text}",
        )  # fmt: skip


_OF_WHOLE = re.compile(r"^\s+of\s+(?:the|its|their|all|a\s+total\s+of)?\s*$", re.IGNORECASE)
_OR_BEFORE = re.compile(
    r"(?:,\s*or|\()\s*(?:about|around|nearly|almost|some|roughly)?\s*$", re.IGNORECASE
)


def _shares_of(ctx: _Ctx) -> Iterator[CheckResult]:
    """ "1,500 jobs, or 12% of its 12,000 staff"; "40% of the 1,200 homes, or 480"."""
    for p in ctx.figures:
        if not p.percent or p.points:
            continue
        figs = ctx.in_sentence(p.start)
        whole = next((f for f in figs if f.start > p.end and not f.percent), None)
        if whole is None or not _OF_WHOLE.match(ctx.text[p.end : whole.start] + " "):
            continue
        if whole.start - p.end > 30 or whole.value == 0:
            continue
        before = [f for f in figs if f.end <= p.start and not f.percent]
        if before and _OR_BEFORE.search(ctx.text[before[-1].end : p.start]):
            part = before[-1]
            computed = part.value / whole.value * 100
            status = _judge_ratio(p.value, computed, _pct_unit(p), _hedge_word(ctx, p.start))
            yield _result(
                ctx, p.start, p.end, status,
                f"{part.text} / {whole.text} × 100 = {computed:.2f}%; the text says {p.text}",
            )  # fmt: skip
            continue
        after = [f for f in figs if f.start > whole.end and not f.percent]
        if after and _OR_BEFORE.search(ctx.text[max(0, after[0].start - 12) : after[0].start]):
            part = after[0]
            if ctx.text[whole.end : part.start].count(",") > 1:
                continue
            computed = p.value * whole.value / 100
            status = _judge_sum(part, computed, _hedge_word(ctx, p.start))
            yield _result(
                ctx, part.start, part.end, status,
                f"{p.text} of {whole.text} = {fmt(computed)}; the text says {part.text}",
            )  # fmt: skip


def _differences(ctx: _Ctx) -> Iterator[CheckResult]:
    for m in re.finditer(
        r"\b(?:a\s+)?(?:majority|margin|difference|gap|lead)\s+of\s+", ctx.text, re.IGNORECASE
    ):
        after = [f for f in ctx.figures if f.start == m.end()]
        if not after:
            continue
        stated = after[0]
        # "54% of the vote to 46%, a lead of 8 points" compares percentages
        figs = [
            f
            for f in ctx.in_sentence(m.start())
            if f.end <= m.start() and f.percent == stated.percent and not f.points
        ]
        pair = None
        for a, b in itertools.pairwise(figs):
            if re.fullmatch(
                r"\s*(?:of\s+the\s+(?:vote|votes|ballots?)\s+)?(?:votes?\s+)?"
                r"(?:to|against|versus|vs\.?)\s*|[-–]",
                ctx.text[a.end : b.start],
            ):
                pair = (a, b)
        if pair is None:
            continue
        a, b = pair
        computed = abs(a.value - b.value)
        status = _judge_sum(stated, computed)
        yield _result(
            ctx, stated.start, stated.end, status,
            f"{a.text} − {b.text} = {fmt(computed)}; the text says {stated.text}",
        )  # fmt: skip


def _per_head(ctx: _Ctx) -> Iterator[CheckResult]:
    for each in ctx.figures:
        if each.percent or not _PER_HEAD.match(ctx.text[each.end : each.end + 20]):
            continue
        s, _ = ctx.sentence(each.start)
        if not re.search(
            r"(?:,\s*or|\(|,\s*about|,\s*roughly|,\s*nearly|,\s*an\s+average\s+of"
            r"|\bworks?\s+out\s+at|\bamounts?\s+to|\bcomes?\s+to)\s*$",
            ctx.text[max(s, each.start - 30) : each.start],
            re.IGNORECASE,
        ):
            continue
        figs = [f for f in ctx.in_sentence(each.start) if f.end <= each.start and not f.percent]
        totals = [f for f in figs if _key(f) == _key(each)]
        counts = [f for f in figs if _key(f) == ("num", "")]
        # "works out at £2,000 for each of the 6,000 farms": the count follows
        of = re.match(
            r"\s*(?:for\s+)?each\s+of\s+(?:the|its|their)?\s*", ctx.text[each.end : each.end + 30]
        )
        after = [f for f in ctx.in_sentence(each.start) if of and f.start == each.end + of.end()]
        if after and _key(after[0]) == ("num", ""):
            counts = after
        if not totals or not counts:
            continue
        total, count = totals[-1], counts[-1]
        if count.value == 0:
            continue
        computed = total.value / count.value
        status = _judge_ratio(each.value, computed, _plain_unit(each), _hedge_word(ctx, each.start))
        yield _result(
            ctx, each.start, each.end, status,
            f"{total.text} / {count.text} = {fmt(computed)}; the text says {each.text}",
        )  # fmt: skip


_AVERAGE = re.compile(r"(?:an\s+average\s+of|on\s+average|averaging|averaged)\s+$", re.IGNORECASE)
_COUNT = re.compile(
    r"\b(?:over|in|across|for|during|from)\s+(?:the\s+)?(?:(?:past|last|next|first)\s+)?"
    r"(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?"
    r"(years|months|weeks|days|seasons|games|matches|races|events|nights|shows|concerts)\b",
    re.IGNORECASE,
)


def _averages(ctx: _Ctx) -> Iterator[CheckResult]:
    """ "£50 million over five years, an average of £10 million a year"; and the other way
    round, "averaged 42,000 a game across 19 matches, a total of 798,000"."""
    for avg in ctx.figures:
        if avg.percent or not _AVERAGE.search(ctx.text[max(0, avg.start - 20) : avg.start]):
            continue
        s, e = ctx.sentence(avg.start)
        n = _COUNT.search(ctx.text, s, e)
        if n is None:
            continue
        count = _WORD_N.get(n.group(1).lower()) or int(n.group(1))
        if count == 0:
            continue
        others = [
            f
            for f in ctx.in_sentence(avg.start)
            if f is not avg and _key(f) == _key(avg) and not n.start() <= f.start < n.end()
        ]
        stated = next(
            (
                f
                for f in others
                if f.start > avg.end
                and _TOTAL_WORD.search(ctx.text[max(0, f.start - 20) : f.start])
            ),
            None,
        )
        if stated is not None:
            # the average is rounded: any value it can stand for, times the count, may fit
            lo = (avg.value - avg.unit / 2) * count
            hi = (avg.value + avg.unit / 2) * count
            nearest = min(max(stated.value, lo), hi)
            status = _judge_sum(stated, nearest, _hedge_word(ctx, stated.start))
            yield _result(
                ctx, stated.start, stated.end, status,
                f"{avg.text} × {count} {n.group(2)} = {fmt(avg.value * count)} "
                f"({fmt(lo)} to {fmt(hi)} for the average's rounding); "
                f"the text says {stated.text}",
            )  # fmt: skip
            continue
        if not others:
            continue
        total = others[0]
        computed = total.value / count
        status = _judge_ratio(avg.value, computed, _plain_unit(avg), _hedge_word(ctx, avg.start))
        yield _result(
            ctx, avg.start, avg.end, status,
            f"{total.text} / {count} {n.group(2)} = {fmt(computed)}; the text says {avg.text}",
        )  # fmt: skip


_FRACTION_OF = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE})\s+)?(?P<frac>half|a\s+half|one[\s-]half|a\s+third|one[\s-]third|"
    r"two[\s-]thirds|a\s+quarter|one[\s-]quarter|three[\s-]quarters|a\s+fifth|one[\s-]fifth|"
    r"a\s+tenth|one[\s-]tenth)\s+of\s+(?:the|its|their|all|a\s+total\s+of)?\s*$",
    re.IGNORECASE,
)
_FRACTION_VALUE = {"half": 0.5, "third": 1 / 3, "thirds": 2 / 3, "quarter": 0.25,
                   "quarters": 0.75, "fifth": 0.2, "tenth": 0.1}  # fmt: skip


def _fraction_shares(ctx: _Ctx) -> Iterator[CheckResult]:
    """ "three-quarters of the 800 members, or 600": the fraction of the whole."""
    for whole in ctx.figures:
        if whole.percent or whole.value == 0:
            continue
        s, _ = ctx.sentence(whole.start)
        fm = _FRACTION_OF.search(ctx.text[max(s, whole.start - 40) : whole.start])
        if fm is None:
            continue
        later = [f for f in ctx.in_sentence(whole.start) if f.start > whole.end]
        if not later or (not _comparable(later[0], whole) and _key(later[0])[0] != "num"):
            continue
        part = later[0]
        gap = ctx.text[whole.end : part.start]
        if not re.fullmatch(
            r"(?:\s+[A-Za-z'’-]+){0,3}\s*(?:,\s*or|\(|,\s*that\s+is|[-–—])\s*"
            r"(?:(?:about|around|nearly|almost|some|roughly|just\s+over|just\s+under|"
            r"more\s+than|less\s+than)\s+)?",
            gap,
            re.IGNORECASE,
        ):
            continue
        word = re.split(r"[\s-]+", fm.group("frac").lower())[-1]
        fraction = _FRACTION_VALUE[word]
        computed = fraction * whole.value
        if fm.group("hedge"):
            status = _judge_multiple("about", part.value, computed)
        else:
            status = _judge_sum(part, computed, _hedge_word(ctx, part.start))
        yield _result(
            ctx, part.start, part.end, status,
            f"{fm.group('frac')} of {whole.text} = {fmt(computed)}; the text says {part.text}",
        )  # fmt: skip


_RULES: list[Callable[[_Ctx], Iterator[CheckResult]]] = [
    _percent_changes,
    _multiples,
    _rate_times_period,
    _parts_and_totals,
    _shares,
    _shares_of,
    _fraction_shares,
    _differences,
    _per_head,
    _averages,
]
