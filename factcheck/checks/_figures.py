"""Figures and dates as the checks read them: "£3 billion", "Rs 2,000 crore", "32%",
"186,000", "24 February 2022", "March 4", "in 2017".

The claim extractors (``factcheck.extract``) find claims for the review queue; the checks
need a little more about every figure — its currency, the unit of its last stated digit,
the words just before it — so they scan the text once more here. Offsets are half-open
``str`` indices.
"""

from __future__ import annotations

import calendar
import math
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from factcheck.extract._numbers import NUM, WORDNUM, parse_number

# ------------------------------------------------------------------ currencies

#: Symbols and prefixes written before the amount.
_PREFIX: dict[str, str | None] = {
    "us$": "USD", "u.s.$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
    "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "mx$": "MXN", "$": "USD",
    "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₦": "NGN", "₽": "RUB", "₩": "KRW",
    "₺": "TRY", "₪": "ILS", "zł": "PLN", "rs.": "INR", "rs": "INR", "inr": "INR",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY",
    "rmb": "CNY", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "cad": "CAD", "aud": "AUD",
    "nzd": "NZD", "hkd": "HKD", "sgd": "SGD", "krw": "KRW", "zar": "ZAR", "brl": "BRL",
    "mxn": "MXN", "pln": "PLN", "czk": "CZK", "huf": "HUF", "try": "TRY", "rub": "RUB",
    "ils": "ILS", "thb": "THB", "idr": "IDR", "myr": "MYR", "php": "PHP", "ngn": "NGN",
    "ron": "RON", "bgn": "BGN", "isk": "ISK", "sfr": "CHF", "sfr.": "CHF", "fr.": "CHF",
    "nt$": "TWD", "₱": "PHP", "฿": "THB", "₫": "VND", "e£": "EGP", "₴": "UAH",
    "twd": "TWD", "vnd": "VND", "egp": "EGP", "uah": "UAH", "ars": "ARS", "kes": "KES",
    "pkr": "PKR", "sar": "SAR", "aed": "AED", "qar": "QAR", "clp": "CLP", "cop": "COP",
}  # fmt: skip

#: Words written after the amount ("2 billion yuan", "100 mln stg"). None: ambiguous.
_SUFFIX: dict[str, str | None] = {
    "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "stg": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "swiss francs": "CHF", "francs": "CHF",
    "rupees": "INR", "indian rupees": "INR", "naira": "NGN", "roubles": "RUB", "rubles": "RUB",
    "won": "KRW", "rand": "ZAR", "zloty": "PLN", "zlotys": "PLN", "lira": "TRY", "liras": "TRY",
    "reais": "BRL", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "shekels": "ILS", "forints": "HUF", "forint": "HUF", "koruna": "CZK", "czech crowns": "CZK",
    "lei": "RON", "leva": "BGN", "kronor": "SEK", "swedish kronor": "SEK", "krona": "SEK",
    "norwegian kroner": "NOK", "danish kroner": "DKK", "kroner": None, "crowns": None,
    "pesos": None, "mexican pesos": "MXN", "philippine pesos": "PHP", "hong kong dollars": "HKD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "singapore dollars": "SGD",
    "new zealand dollars": "NZD", "dinars": None, "dirhams": None, "riyals": None,
    "pence": "GBX", "cents": "CENT", "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF",
    "jpy": "JPY", "cny": "CNY", "sek": "SEK", "nok": "NOK", "dkk": "DKK",
    "norwegian crowns": "NOK", "swedish crowns": "SEK", "danish crowns": "DKK",
    "hryvnias": "UAH", "hryvnia": "UAH", "shillings": None,
    "egyptian pounds": "EGP", "turkish lira": "TRY", "argentine pesos": "ARS",
    "south african rand": "ZAR", "japanese yen": "JPY", "chinese yuan": "CNY",
    "icelandic kronur": "ISK", "kronur": "ISK",
}  # fmt: skip

#: Scale words after the number; "crore" and "lakh" are Indian units.
SCALE: dict[str, float] = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}  # fmt: skip


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_SYMBOL_PREFIX = [p for p in _PREFIX if not p.isalpha() and p not in ("rs.", "sfr.", "fr.")]
_WORD_PREFIX = [p for p in _PREFIX if p not in _SYMBOL_PREFIX]

_FIGURE = re.compile(
    rf"""
    (?<![\w$£€¥.,])
    (?:(?P<sym>{_alt(_SYMBOL_PREFIX)})\s?|(?P<wpre>{_alt(_WORD_PREFIX)})\s)?
    (?P<num>{NUM}|{WORDNUM})
    (?:(?:\s|-)?(?P<scale>{_alt(SCALE)})(?![\w]))?
    (?:\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b|percentage\s+points?\b|points?\b))?
    (?:\s(?P<suf>{_alt(_SUFFIX)})(?![\w]))?
    """,
    re.IGNORECASE | re.VERBOSE,
)

WEEKDAYS = list(calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DATE = re.compile(
    rf"""
    (?P<dmy>(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)
    |(?P<mdy>(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?!\d)(?:,?\s+(?P<y2>{_YEAR}))?)
    |(?P<my>(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR}))
    |(?P<y>(?<![\d,.$£€])(?P<y4>{_YEAR})(?![\d%]|\s*(?:%|per\s?cent)))
    """,
    re.VERBOSE,
)


@dataclass
class Figure:
    """A number as written: its value at full scale, its currency or percent sign."""

    start: int
    end: int
    text: str
    value: float
    digits: str
    scale: float = 1.0
    currency: str | None = None
    currency_known: bool = True
    percent: bool = False
    points: bool = False
    words: bool = False

    @property
    def is_money(self) -> bool:
        return self.currency is not None or not self.currency_known

    @cached_property
    def unit(self) -> float:
        """The value of one unit of the last stated digit ("3.7 billion" → 0.1 billion).

        Trailing zeros of a whole number are not stated digits ("20 billion" → 10 billion).
        """
        return stated_unit(self.digits, self.words) * self.scale


def stated_unit(digits: str, words: bool = False) -> float:
    """One unit of the last stated digit of a number written as ``digits``."""
    if words:
        return 1.0
    s = digits.replace(",", "").strip()
    if "." in s:
        return 10.0 ** -len(s.split(".", 1)[1])
    stripped = s.rstrip("0")
    return 10.0 ** (len(s) - len(stripped)) if stripped else 1.0


@dataclass
class DateMention:
    """A date as written, with the granularity it was given at."""

    start: int
    end: int
    text: str
    year: int | None
    month: int | None
    day: int | None
    year_given: bool = True
    weekday_ok: bool = True
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def granularity(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def bounds(self) -> tuple[date, date] | None:
        """The first and last day the mention can stand for, when its year is known."""
        if self.year is None:
            return None
        if self.day and self.month:
            try:
                d = date(self.year, self.month, self.day)
            except ValueError:
                return None
            return d, d
        if self.month:
            last = calendar.monthrange(self.year, self.month)[1]
            return date(self.year, self.month, 1), date(self.year, self.month, last)
        return date(self.year, 1, 1), date(self.year, 12, 31)


def find_figures(text: str) -> list[Figure]:
    """Every number in the text that is not part of a date, in order."""
    dates = find_dates(text, None)
    taken = [(d.start, d.end) for d in dates]
    out: list[Figure] = []
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        words = not num[0].isdigit() and num[0] != "."
        sym, wpre, scale_w, pct, suf = (m.group(g) for g in ("sym", "wpre", "scale", "pct", "suf"))
        if words and not (sym or wpre or scale_w or pct or suf):
            continue
        if words and num.lower() in ("a", "an") and not scale_w:
            continue
        start, end = m.start(), m.end()
        if any(s <= start < e or s < end <= e for s, e in taken) and not (sym or wpre or pct):
            continue
        value = parse_number(num)
        if value is None:
            continue
        scale = 1.0
        if scale_w:
            key = scale_w.lower()
            # "m" and "b" alone are scales only right after a digit ("£2m"), not "5 m".
            if key in ("m", "b", "k") and text[m.start("scale") - 1].isspace():
                end = m.end("num")
                scale_w = pct = suf = None
            else:
                scale = SCALE[key]
        currency: str | None = None
        known = True
        if sym:
            currency = _PREFIX[sym.lower()]
        elif wpre:
            if wpre.isupper() or wpre.lower() in ("rs", "rs.", "sfr", "sfr.", "fr."):
                currency = _PREFIX[wpre.lower()]
            else:
                start = m.start("num")
        if suf and currency is None:
            code = _SUFFIX[suf.lower()]
            if code is None:
                known = False
            elif code in ("GBX", "CENT"):
                end = m.end("pct") if pct else m.end("scale") if scale_w else m.end("num")
            else:
                currency = code
        elif suf:
            end = m.end("pct") if pct else m.end("scale") if scale_w else m.end("num")
        if currency and currency == "USD" and sym == "$":
            currency = "USD"
        is_pct = bool(pct)
        points = bool(pct and "point" in pct.lower())
        out.append(
            Figure(
                start=start,
                end=end,
                text=text[start:end],
                value=value * scale,
                digits=num,
                scale=scale,
                currency=currency,
                currency_known=known,
                percent=is_pct,
                points=points,
                words=words,
            )
        )
    return out


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date in the text; a day and month without a year take the publication's year.

    The year chosen for "March 4" is the one that puts the date nearest the publication
    date (a piece published on 30 December about "January 2" means the next year).
    """
    out: list[DateMention] = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        if g["dmy"] or g["mdy"]:
            day = int(re.sub(r"\D", "", g["d1"] or g["d2"]))
            month = MONTHS[(g["m1"] or g["m2"]).rstrip(".").lower()]
            ytxt = g["y1"] or g["y2"]
            if ytxt:
                out.append(DateMention(m.start(), m.end(), m.group(), int(ytxt), month, day))
                continue
            mention = DateMention(m.start(), m.end(), m.group(), None, month, day, False)
            if published is not None:
                mention.year = _nearest_year(published, month, day)
            out.append(mention)
        elif g["my"]:
            month = MONTHS[g["m3"].rstrip(".").lower()]
            out.append(DateMention(m.start(), m.end(), m.group(), int(g["y3"]), month, None))
        elif g["y"]:
            if _looks_like_count(text, m.start(), m.end()):
                continue
            out.append(DateMention(m.start(), m.end(), m.group(), int(g["y4"]), None, None))
    return out


def _looks_like_count(text: str, start: int, end: int) -> bool:
    # "2000 people", "1900 jobs" are counts, not years; "in 2000", "2000 election" are years.
    before = text[max(0, start - 12) : start].lower()
    if re.search(
        r"(?:in|since|from|until|till|to|by|of|and|or|early|late|mid|the|year)\s*-?$", before
    ):
        return False
    after = text[end : end + 12].lower()
    return bool(re.match(r"\s+(?:people|jobs|homes|cars|units|staff|workers|tonnes|troops)", after))


def _nearest_year(published: date, month: int, day: int) -> int | None:
    best: tuple[int, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        gap = abs((d - published).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def last_weekday_before(on: date, weekday: int) -> date:
    """The most recent day before ``on`` (not ``on`` itself) that falls on ``weekday``."""
    delta = (on.weekday() - weekday) % 7 or 7
    return on - timedelta(days=delta)


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence around ``pos``: split at . ! ? before a capital."""
    starts, ends = _sentences(text)
    i = bisect_right(starts, pos) - 1
    return starts[i], ends[i]


@lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[list[int], list[int]]:
    starts, ends = [0], []
    for m in _SENT_END.finditer(text):
        if _abbreviation(text, m.start()):
            continue
        ends.append(m.start() + 1)
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


_SENT_END = re.compile(r"[.!?][\"'’”)]*\s+(?=[A-Z\"“‘(£$€])|\n\s*\n|\n(?=[A-Z])")
_ABBR = re.compile(
    r"(?:\b[A-Z]|\bU\.S|\bU\.K|\bMr|\bMrs|\bMs|\bDr|\bSt|\bNo|\bvs|\bRs|\bmln|\bbn)$"
)


def _abbreviation(text: str, dot: int) -> bool:
    return text[dot] == "." and bool(_ABBR.search(text[max(0, dot - 4) : dot]))


def relative_gap(stated: float, true: float) -> float:
    """(stated − true) / true, or infinity when the true value is zero."""
    if true == 0:
        return 0.0 if stated == 0 else math.inf
    return (stated - true) / true


def fmt(value: float, *, money: str | None = None) -> str:
    """A figure for explanations: "$3.779 billion", "21,000", "23.18"."""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for name, size in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
        if v >= size:
            body = f"{v / size:.4g} {name}"
            break
    else:
        body = f"{v:,.0f}" if v >= 1000 or float(v).is_integer() else f"{v:.4g}"
    return f"{sign}{money or ''}{body}"


SYMBOL: dict[str, str] = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹"}


def money(value: float, currency: str) -> str:
    """An amount with its currency: "£3 billion", "SEK 1.1 billion"."""
    sym = SYMBOL.get(currency)
    return fmt(value, money=sym) if sym else f"{currency} {fmt(value)}"
