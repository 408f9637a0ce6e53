"""Quantity claims: counts and measures with their head noun as unit — "40,000 troops" →
troop, "16 million metric tons" → metric ton, "500-metre" → metre, "Six opposition
parties" → party, "5 feet 11 inches" → 71 inch, and bare statistics ("88.8", "192 of").

Not quantities (left to other kinds or to nobody): money, percents, dates and years, times
of day, durations, ages ("Kim, 63", "in his 20s", "80-year-old"), ordinals ("10th"),
identifiers ("Article 5", "COVID-19", "No 10"), phone numbers, street numbers, scores
("10-2"), rate denominators ("per 100,000 people"), multipliers ("100 times"), vague
amounts ("thousands of"), and the words "one" and "a".

Figures in digits are tried only where a digit run starts (``digit_runs``, shared with the
other kinds); number words only when the text holds one ("three", "forty-two", "dozen").
Hedges ("nearly", "more than") stay outside the span and go to ``qualifier``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from factcheck.extract._numbers import (
    FROM_BEFORE,
    NUM,
    SCALE_ABBREV,
    SCALES,
    TENS,
    UNITS,
    change_before,
    digit_runs,
    is_token,
    lower_text,
    parse_number,
    qualifier_before,
    text_words,
)
from factcheck.extract._scan import lazy
from factcheck.extract._spans import Text, make_value
from factcheck.models import Claim, QuantityValue

KIND = "quantity"

_SCALE = r"(?:\s(?:thousand|million|billion|trillion)|\s?(?:mln|bln|bn|mn)\b)"
# A number, an optional range, then what follows it.
_HEAD = lazy(
    rf"(?P<n1>{NUM})(?P<s1>{_SCALE})?"
    rf"(?:(?P<sep>\s?[-–]\s?|\s+to\s+|\s+and\s+)(?P<n2>{NUM})(?P<s2>{_SCALE})?)?"
)
# Up to five words after a number, each possibly hyphenated ("active-duty").
_WORD = lazy(r"[ \t]+([A-Za-z][A-Za-z'’]*(?:[-/][A-Za-z]+)*)")
_NUMBER_WORDS = frozenset([*UNITS, *TENS, "dozen"]) - {"zero", "one"}

_STOP = frozenset(
    "of in to from for at on and or with by that which who whom whose the a an than as per "
    "each is are was were be been being have has had will would could should can may might "
    "said says say but if so while when where since until after before over under into onto "
    "about around between among during against through its their his her our your my this "
    "these those it they he she we you i not no also more less most just only up down out "
    "off last next this every all some any such another".split()
)
#: Words after a number that mean it is not a quantity of its own.
_NOT_UNITS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "decade decades century centuries yr yrs hrs mins secs times time percent pct per cent "
    "percentage am pm a.m p.m o'clock block dollar dollars cents pence pounds-sterling euros "
    "euro yen yuan stg sterling rupees bn mn mln bln dlr dlrs cts franc francs marks peso pesos "
    "crore crores lakh lakhs".split()
)
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH_BEFORE = lazy(r"(?i)\b(?:" + "|".join(_MONTHS) + r")\.?\s+$")
_MONTH_AFTER = lazy(r"(?i)\s*(?:" + "|".join(_MONTHS) + r")\b")
_IRREGULAR = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "police": "police", "cattle": "cattle",
    "staff": "staff", "personnel": "personnel", "data": "data", "media": "media",
    "criteria": "criterion", "species": "species", "series": "series", "sheep": "sheep",
    "fish": "fish", "deer": "deer", "aircraft": "aircraft", "spectra": "spectrum",
    "bacteria": "bacterium", "phenomena": "phenomenon", "indices": "index", "larvae": "larva",
    "fungi": "fungus", "nuclei": "nucleus", "alumni": "alumnus", "crises": "crisis",
    "analyses": "analysis", "lice": "louse", "dice": "die",
}  # fmt: skip
#: Measures written singular or abbreviated after a number: "5 km", "22mm", "85 dB".
_MEASURES = frozenset(
    "mm cm km m kg g mg lb lbs oz ft in mi mph kph km/h kmh mw gw kw kwh mwh gwh tw hz khz "
    "mhz ghz db l ml gb mb tb kb sq acre hectare ha metre meter kilometre kilometer "
    "centimetre centimeter millimetre millimeter mile yard foot inch pound ounce ton tonne "
    "gallon litre liter degree kilogram gram barrel calorie volt watt megawatt gigawatt "
    "kilowatt decibel point kv".split()
)
_MEASURE_MODIFIERS = frozenset("metric square cubic nautical light short long basis".split())
# Words that make the number after them a name or an identifier: "Article 5", "No 10".
_ID_WORD_BEFORE = lazy(
    r"(?:\b(?:No|no|Nos|Number|Art|Article|Vol|Volume|Ch|Chapter|Fig|Figure|Section|Rule|Level"
    r"|Grade|Phase|Stage|Route|Highway|Interstate|I|Flight|Room|Suite|Apt|Unit|Box|Gate|Pier"
    r"|Proposition|Prop|Bill|Amendment|Act|Title|Form|Model|Version|Windows|Series|Class"
    r"|Category|Camp|Lot|District|Ward|Precinct|Division|Platform|Channel|Line|Bus|Apollo"
    r"|Boeing|Airbus|Under|Top|Fortune|Forbes|S&P|FTSE|Nikkei|Dow)\.?\s|#\s?)$"
)
# Any other capitalised word right before a number, inside a sentence: "FRB 121102".
_BEFORE_ID = lazy(r"\b[A-Z][A-Za-z&]*\.?\s$")
_AGE_AFTER_NAME = lazy(r"[A-Za-z]+,\s$")
_CURRENCY_BEFORE = frozenset("$£€¥₹₩₽")
_TIME_AFTER = lazy(r"(?i)\s?(?:[ap]\.?m\b|o['’]clock)|:\d")
# A second figure that shares a money or percent unit with this one: "1,000 and 5,000 stg".
_SHARED_UNIT_AHEAD = lazy(
    r"\s*(?:to|-|–|and|or)\s*(?:[\d.,/-]+|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s(?:thousand|million|billion)|\s?(?:mln|bln|bn))?\s?(?:[A-Z][a-z]+\s)?"
    r"(?:%|(?i:pct|percent|per\s?cent|stg|dollars|dlrs|euros|pounds|yen|yuan|cents|cts|pence"
    r"|francs|marks|rupees|bn|mln|billion|million)\b)"
)
_BETWEEN_BEFORE = lazy(r"(?i)\bbetween\s+$")
_ACRONYM_PLURAL = lazy(r"[A-Z]{2,}s")
_MAGNITUDE_BEFORE = lazy(r"(?i)\bmagnitude[\s-]$")
_MORE = frozenset(["more", "fewer", "other", "additional", "extra"])
#: Verbs that follow a count whose noun is elided: "171 rose and 48 fell".
_VERBS = frozenset(
    "rose fell won lost came went left died got took made saw gave ran grew sank say said "
    "remain remains voted declined advanced gained fled hurt die dead".split()
)
_WORD_SCALE = lazy(r"(?i)\s+(thousand|million|billion|trillion)\b")


def _hundreds_tail() -> str:
    """What a number word may run on with to name hundreds ("four hundred", "two hundred
    and ten", "six hundred and forty-one"), from the number tables."""
    tens = "|".join(sorted(TENS, key=len, reverse=True))
    units = "|".join(sorted(UNITS, key=len, reverse=True))
    return (
        rf"(?i)\s+hundred(?![a-z])(?:\s+(?:and\s+)?(?:(?:{tens})(?:[-\s](?:{units}))?|{units})"
        r"(?![a-z-]))?"
    )


_HUNDREDS = lazy(_hundreds_tail())
# Words before a year-like figure that make it a year: "in 1998", "the 2019 election".
_YEAR_CUE_BEFORE = lazy(
    r"(?i)(?:\b(?:in|since|by|until|till|from|of|during|before|after|through|to|the|its|their"
    r"|his|her|our|this|that|a|an|year|fiscal|and|or|mid|early|late|circa|c\.)\s+|[-–/'’(])$"
)
# Words that rule out the number after them: a rate denominator ("per 100,000"), an age
# ("aged 19"), a number to call ("called 911", "dial 999").
_WORD_BEFORE_EXCLUDES = lazy(
    r"(?i)\b(?:per|aged|age|ages|call|called|calling|calls|dial|dialled|dialed|dialing|text"
    r"|texted)\s+$"
)
_FEET_INCHES = lazy(r"\s+(\d{1,2})\s+inch(?:es)?\b")
# Compiled once: these run on a few characters after nearly every figure.
_LETTERS_OR_SLASH = lazy(r"[A-Za-z/]+")
_HYPHEN_WORD = lazy(r"-([A-Za-z]+)")
_LETTERS = lazy(r"[A-Za-z]+")


def extract(text: Text) -> Iterator[Claim]:
    """Every quantity claim in the text, in order."""
    for start, end, value in find_quantities(text.text, lowered=text.lowered):
        yield text.claim(KIND, start, end, value, qualifier=value.qualifier)


def find_quantities(s: str, *, lowered: str | None = None) -> list[tuple[int, int, QuantityValue]]:
    """Quantity spans of a string with their values, in text order (``lowered`` is
    ``Text.lowered`` of ``s`` when the caller has it)."""
    found: list[tuple[int, int, QuantityValue]] = []
    last = 0
    for a in digit_runs(s):
        if a < last:
            continue
        got = _digits_at(s, a)
        if isinstance(got, int):
            last = got  # a tally or a list of ages: skip its second figure too
        elif got is not None:
            found.append(got)
            last = got[1]
    words = _number_words(s, lowered)
    if words:
        found = _merge(found, words)
    return found


def _digits_at(s: str, a: int) -> tuple[int, int, QuantityValue] | int | None:
    """The quantity starting at ``s[a]``; or None; or, for figures that rule out the one
    after them too ("52 to 48", "aged 19 and 24"), the offset to resume the scan at."""
    before = s[a - 1] if a else " "
    if before.isalnum() or before in "._-/:#+" or before in _CURRENCY_BEFORE:
        return None
    m = _HEAD.match(s, a)
    if m is None:
        return None
    end = m.end()
    nxt = s[end : end + 1]
    if (
        (nxt and (nxt.isalnum() and not _attached_measure(s, end)))
        or nxt in "%$€£:/"
        or (nxt in "-–" and s[end + 1 : end + 2].isdigit())
    ):
        return None  # "20s", "10th", "5%", "3:15", "734-794", "10-2"
    raw = m.group("n1")
    n1 = parse_number(raw)
    if n1 is None:
        return None
    n2_raw = m.group("n2")
    sep = (m.group("sep") or "").strip()
    if n2_raw is not None and (
        (sep == "and" and not _BETWEEN_BEFORE.search(s, max(0, a - 10), a))
        or (sep == "to" and (change_before(s, a) or _falling_from(s, a, m)))
    ):
        # "192 and 300 seats", "rose 4,000 to 235,000", "fell by a fifth, from 500 to 400":
        # two figures; this one ends at its own number.
        n2_raw = None
        end = m.end("s1") if m.group("s1") else m.end("n1")
    if m.group("s1") is None and (
        (_is_year(raw) and not _counted_year_like(s, a, end)) or _is_identifier(raw)
    ):
        return None
    if n2_raw is not None and _is_year(n2_raw):
        return None
    head: tuple[int, str | None] | None = None
    if m.group("n2") is None:
        # One figure: no head noun rules it out whatever its context says, and that
        # is the cheaper test ("rose 12 percent", "the 2 years").
        head = _head_after(s, a, end, scaled=bool(m.group("s1")))
        if head is None:
            return None
    if _excluded_context(s, a, end):
        if m.group("n2") is not None and not m.group("s2") and _bare_after(s, m.end()):
            return m.end()  # "aged 19 and 24", "March 5 and 6": the second is excluded too
        return None
    scale1 = _scale(m.group("s1"))
    number_max = None
    if n2_raw is not None:
        n2 = parse_number(n2_raw)
        if n2 is None or (sep in ("-", "–") and not (m.group("s1") or m.group("s2"))):
            return None  # "10-2": a score or an identifier
        scale2 = _scale(m.group("s2"))
        if not m.group("s1"):
            scale1 = scale2
        number_max = n2 * scale2
        if number_max < n1 * scale1:
            return m.end()  # "52 to 48": a tally, not a range, and neither is a quantity
    number = n1 * scale1
    if head is None:
        head = _head_after(s, a, end, scaled=bool(m.group("s1") or m.group("s2")))
        if head is None:
            return None
    unit_end, unit = head
    if unit == "foot":
        fi = _FEET_INCHES.match(s, unit_end)
        if fi is not None:
            number, unit, unit_end = number * 12 + int(fi.group(1)), "inch", fi.end()
    return a, unit_end, _value(s, a, number, unit, number_max)


def _falling_from(s: str, a: int, m: re.Match[str]) -> bool:
    """ "shrank by a fifth, from 500 to 400": a pair after "from" whose second figure is
    the lower, the level before and the level after, for no range runs downwards (a rising
    pair there reads as a range, which the checks take as its two ends)."""
    if FROM_BEFORE.search(s, max(0, a - 8), a) is None:
        return False
    n1, n2 = parse_number(m.group("n1")), parse_number(m.group("n2"))
    if n1 is None or n2 is None:
        return False
    scale2 = _scale(m.group("s2"))
    scale1 = _scale(m.group("s1")) if m.group("s1") else scale2
    return n2 * scale2 < n1 * scale1


def _head_after(s: str, a: int, end: int, *, scaled: bool) -> tuple[int, str | None] | None:
    """``_head`` of the figure at ``s[a:end]``; "a magnitude 6.1 earthquake" has none."""
    if _MAGNITUDE_BEFORE.search(s, max(0, a - 12), a):
        return end, None
    return _head(s, end, scaled=scaled)


def _bare_after(s: str, end: int) -> bool:
    """No word follows the figure ending at ``end``: it ends a clause or the sentence."""
    return end >= len(s) or s[end] in ".,;:)!?\n" or s.startswith((" and ", " or "), end)


def _counted_year_like(s: str, a: int, end: int) -> bool:
    """A year-like figure that counts: "1500 troops", but not "in 1998 troops" or
    "the 2019 elections"."""
    wm = _WORD.match(s, end)
    if wm is None:
        return False
    w = wm.group(1)
    low = w.lower()
    if w[0].isupper() or low in _STOP or _unit_of(low, first=True) is None:
        return False
    return _YEAR_CUE_BEFORE.search(s, max(0, a - 16), a) is None


def _attached_measure(s: str, end: int) -> bool:
    m = _LETTERS_OR_SLASH.match(s[end : end + 6])
    return m is not None and m.group().lower() in _MEASURES and m.group().lower() != "m"


def _is_year(raw: str) -> bool:
    return len(raw) == 4 and raw.isdigit() and 1100 <= int(raw) <= 2099


def _is_identifier(raw: str) -> bool:
    return raw.isdigit() and len(raw) >= 5 and raw[0] != "0" and "," not in raw


# Every word the look-behind patterns of ``_excluded_context`` name, lower-cased (with
# some letters of their syntax: a superset only sends more figures down the slow path).
_CONTEXT_WORDS = frozenset(
    w.lower()
    for p in (_MONTH_BEFORE, _WORD_BEFORE_EXCLUDES, _ID_WORD_BEFORE)
    for w in re.findall(r"[A-Za-z]+", p.pattern)
)
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | _LOWER_ASCII


def _plain_word_before(window: str) -> bool:
    """Whether ``window`` ends, before any white space, in a lower-case ASCII word that
    none of the look-behind patterns names, after a character that joins no word.

    Then none of them can match: each needs the last word to be a name it lists, a
    capitalised word, or the last mark to be "," or "#". Most figures follow such a word
    ("rose 4,000"), so this skips five searches of the window for them.
    """
    w = window.rstrip()
    i = len(w)
    if not i or w[i - 1] not in _LOWER_ASCII:
        return False
    while i and w[i - 1] in _LOWER_ASCII:
        i -= 1
    if i:
        c = w[i - 1]
        if c in _ASCII_LETTERS or c == "&" or c == "_" or c.isalnum():
            return False
    return w[i:] not in _CONTEXT_WORDS


def _excluded_context(s: str, a: int, end: int) -> bool:
    window = s[max(0, a - 24) : a]
    if _plain_word_before(window):
        return bool(_MONTH_AFTER.match(s, end) or _TIME_AFTER.match(s, end))
    if _MONTH_BEFORE.search(window) or _MONTH_AFTER.match(s, end):
        return True  # part of a date
    if _TIME_AFTER.match(s, end):
        return True
    if _WORD_BEFORE_EXCLUDES.search(window):
        return True  # "per 100,000", "aged 19", "called 911"
    if _AGE_AFTER_NAME.search(window) and s.startswith(",", end) and end - a <= 3:
        return True  # "Kim, 63, said", "her husband, 47, said"
    if _ID_WORD_BEFORE.search(window):
        return True  # "Article 5", "Interstate 95", "No 10"
    # "FRB 121102", but not "In 2018" or "About 300" at a sentence's start
    return bool(_BEFORE_ID.search(window)) and not _sentence_start(window)


def _sentence_start(window: str) -> bool:
    w = window.rstrip()
    if not w:
        return True
    # The capital word before the number starts a sentence: "In 2018", "About 300".
    i = len(w)
    while i > 0 and not w[i - 1].isspace():
        i -= 1
    before = w[:i].rstrip()
    return not before or before[-1] in '.!?\n"“”'


def _head(s: str, end: int, *, scaled: bool = False) -> tuple[int, str | None] | None:
    """Where the quantity's span ends and its unit: the head noun after the number.

    Returns None when the number is followed by a word that rules it out (a duration,
    a currency, a multiplier) or by words with no head noun among them.
    """
    if s.startswith("-", end):
        # "500-metre", "three-page", "12-member"
        hm = _HYPHEN_WORD.match(s[end : end + 24])
        if hm is None:
            return None
        w = hm.group(1).lower()
        if w in _NOT_UNITS or s.startswith("-old", end + hm.end()) or w.endswith("s"):
            return None
        return end + hm.end(), w
    attached = _LETTERS_OR_SLASH.match(s[end : end + 6])
    if attached is not None:
        return end + attached.end(), attached.group().lower()
    # Up to five words after the number, read as the loop reaches them (one ahead, which
    # it looks at): most figures are settled by their first word.
    words: list[tuple[int, str]] = []
    wm = _WORD.match(s, end)
    if wm is not None:
        words.append((wm.end(), wm.group(1)))
    i = -1
    while i + 1 < len(words):
        i += 1
        if i + 1 == len(words) < 5:
            wm = _WORD.match(s, words[i][0])
            if wm is not None:
                words.append((wm.end(), wm.group(1)))
        w_end, w = words[i]
        low = w.lower()
        if low in _NOT_UNITS or low.split("-")[0] in _NOT_UNITS:
            if low in ("year", "years") and i and words[i - 1][1].lower() == "light":
                return w_end, "light year"  # "26 light years": a distance
            return None
        if low in _MORE and i + 1 < len(words) and words[i + 1][1].lower() != "than":
            continue  # "420 billion more tonnes", "five other sites"
        if low in _STOP or low in _NUMBER_WORDS or low in ("million", "billion", "thousand"):
            break
        unit = _unit_of(low, first=i == 0)
        if unit is not None:
            if i > 0 and words[i - 1][1].lower() in _MEASURE_MODIFIERS:
                unit = f"{words[i - 1][1].lower()} {unit}"
            if _IRREGULAR.get(low) == low and i + 1 < len(words):
                # "three staff members", "30 police officers": the head is the last noun
                nxt = words[i + 1][1]
                nxt_unit = _unit_of(nxt.lower(), first=False) if nxt.islower() else None
                if nxt_unit is not None and nxt.lower() not in _STOP | _NOT_UNITS:
                    return words[i + 1][0], nxt_unit
            return w_end, unit
        if _ACRONYM_PLURAL.fullmatch(w):
            return w_end, w[:-1].lower()  # "121 MPs", "40 SUVs"
        if i == 0 and w[0].isupper() and not _adjective_like(w):
            return None  # "2015 Washtenaw Avenue": an address or a name
    if _SHARED_UNIT_AHEAD.match(s, end):
        return None  # "1,000 and 5,000 stg", "8-3/4 to nine pct": money or percent
    if not words or words[0][1].lower() in _STOP or _punctuation_next(s, end):
        return end, None  # "192 of the seats", "rose to 88.8."
    # "the 1.5 billion average", "171 rose and 48 fell", "the 268,000 forecast": numerals
    # count even when their noun is elided.
    return end, None


def _verb_like(w: str) -> bool:
    low = w.lower()
    return w.islower() and (
        low in _VERBS or (low.endswith("ed") and len(low) > 4 and not low.endswith("eed"))
    )


def _punctuation_next(s: str, end: int) -> bool:
    return end >= len(s) or s[end] in ".,;:)!?\n"


def _adjective_like(w: str) -> bool:
    return w.endswith(("an", "ese", "ish", "ic", "i")) or "-" in w


def _unit_of(low: str, *, first: bool) -> str | None:
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if low in _MEASURES:
        return low
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")):
        return _singular(low)
    return None


def _singular(w: str) -> str:
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return w[:-2]
    if w.endswith("uses") and w[-5] not in "aeiou" and w not in ("excuses", "abuses"):
        return w[:-2]  # "buses", "viruses", "bonuses"
    if w.endswith("oes") and w not in ("shoes", "canoes"):
        return w[:-2]
    return w[:-1]


def _number_word_hits(s: str, lowered: str | None) -> list[tuple[int, int, bool]]:
    """The number words of ``s`` as (start, end, hyphen after): every one after no ASCII
    letter, of the words that stand somewhere in the text as a token of their own
    (``text_words``); "forty-two" is one. One scan of ``Text.lowered`` for all of them."""
    if lowered is None or len(lowered) != len(s) + 1:
        present = _NUMBER_WORDS.intersection(text_words(s))
        if not present:
            return []
        return [
            (m.start(), m.end("w"), m.group("hy") is not None)
            for m in _word_pattern(frozenset(present)).finditer(lower_text(s))
        ]
    hits: list[tuple[int, int, str]] = []
    tokens: set[str] = set()
    for m in _NUMBER_WORD_SCAN.finditer(lowered):
        a, e = m.start(), m.end() - 1
        head, dash, tail = m.group(1).partition("-")  # "forty-two": both are words
        if head not in tokens and is_token(lowered, a, a + len(head)):
            tokens.add(head)
        if dash and tail not in tokens and is_token(lowered, e - len(tail), e):
            tokens.add(tail)
        hits.append((a, e, head))
    return [(a, e, lowered[e + 1 : e + 2] == "-") for a, e, head in hits if head in tokens]


def _number_words(s: str, lowered: str | None = None) -> list[tuple[int, int, QuantityValue]]:
    found: list[tuple[int, int, QuantityValue]] = []
    read_to = 0  # the end of the last number read: "ten" of "four hundred and ten" is in it
    for a, w_end0, hyphen in _number_word_hits(s, lowered):
        if a < read_to or (a and s[a - 1] in "-"):
            continue  # "father-of-three"
        w = s[a:w_end0]
        if hyphen:
            end = w_end0 + 1
            # "three-page" counts; "two-thirds", "Five-hundred-meter Aperture" do not.
            if w[0].isupper() and not _sentence_start(s[max(0, a - 24) : a]):
                continue
            nxt = _LETTERS.match(s[end : end + 20])
            if nxt is None:
                continue
            unit = nxt.group().lower()
            if (
                unit in _NOT_UNITS
                or unit in _NUMBER_WORDS
                or unit.startswith(("third", "quarter", "fifth", "half", "hundred", "thousand"))
                or s.startswith("-", end + nxt.end())
                or unit.endswith("s")
            ):
                continue
            n = parse_number(w)
            if n is not None:
                found.append((a, end + nxt.end(), _value(s, a, n, unit, None)))
            continue
        w_end = w_end0
        hm = _HUNDREDS.match(s, w_end) if w.lower() not in TENS else None
        if hm is not None:
            w_end = read_to = hm.end()  # "four hundred and ten volunteers"
        sm = _WORD_SCALE.match(s, w_end)
        if sm is not None:
            w_end = sm.end()  # "four million votes"
        head = _head(s, w_end)
        if head is not None and head[0] == w_end and sm is None:
            # "Three hurt in crash", "two were arrested": a count whose noun is elided
            wm = _WORD.match(s, w_end)
            if wm is None or not _verb_like(wm.group(1)):
                continue
        elif head is None or head[1] is None or head[0] == w_end:
            continue
        if s.startswith((" of ", " or "), w_end):
            continue
        if w.lower() == "dozen" and s[max(0, a - 2) : a].lower() == "a ":
            a -= 2  # "a dozen teams"
        n = parse_number(s[a:w_end])
        if n is None:
            continue
        found.append((a, head[0], _value(s, a, n, head[1], None)))
    return found


def _word_alternatives(words: frozenset[str]) -> str:
    """Number words, in lower case: "forty-two" (a ten and any unit), "three"; longest
    first, then in alphabetical order, so the pattern's text is the same on every run
    (its compiled form is kept between runs)."""

    def order(w: str) -> tuple[int, str]:
        return -len(w), w

    tens = sorted(words & TENS.keys(), key=order)
    units = "|".join(sorted(UNITS, key=order))
    alts = [f"(?:{t})(?:-(?:{units}))?" for t in tens]
    alts += sorted(words - TENS.keys(), key=order)
    return "|".join(alts)


@lru_cache(maxsize=512)
def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """Number words limited to those a text holds (where lower-casing changes its length)."""
    return re.compile(r"(?<![a-z])(?P<w>" + _word_alternatives(words) + r")(?![a-z])(?P<hy>-)?")


#: Every number word in one scan of ``Text.lowered``: the character before a word opens
#: the match, so the engine steps to those (a pattern opening with a look-behind is
#: tried at every offset).
_NUMBER_WORD_SCAN = lazy(r"[^a-z](" + _word_alternatives(_NUMBER_WORDS) + r")(?![a-z])")


def _merge(
    a: list[tuple[int, int, QuantityValue]], b: list[tuple[int, int, QuantityValue]]
) -> list[tuple[int, int, QuantityValue]]:
    out: list[tuple[int, int, QuantityValue]] = []
    for f in sorted([*a, *b], key=lambda f: (f[0], -f[1])):
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    w = raw.strip().lower()
    return SCALES.get(w) or SCALE_ABBREV.get(w) or 1.0


def _value(
    s: str, start: int, number: float, unit: str | None, number_max: float | None
) -> QuantityValue:
    return make_value(
        QuantityValue,
        number=_clean(number),
        unit=unit,
        number_max=_clean(number_max) if number_max is not None else None,
        qualifier=qualifier_before(s, start),
    )


def _clean(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r
