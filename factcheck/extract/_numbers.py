"""Numbers as written in news text: "1,250.5", "3.7", "4-1/4", "three", "twenty-five",
"two and a half", "a half", "a dozen".

Shared by every extractor that reads figures. ``NUM`` and ``WORDNUM`` are regex fragments
(no capturing groups); ``parse_number`` turns a matched string into a float.
"""

from __future__ import annotations

from functools import lru_cache

from factcheck.extract._scan import lazy

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
#: Abbreviated scale words, as in "$3bn", "100 mln", "£2m", "$150K".
SCALE_ABBREV: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "t": 1e12, "tn": 1e12, "trillion": 1e12,
    "tr": 1e12, "trn": 1e12, "trln": 1e12, "tln": 1e12, "hundred": 1e2,
}  # fmt: skip
FRACTION_WORDS: dict[str, float] = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
#: Fractions after a whole number and "and": "and a half", "and three-quarters", "and
#: two thirds". The parts of ``AND_FRACTION``: numerator words and denominator words.
FRACTION_NUMERATORS: dict[str, int] = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3,
}  # fmt: skip
#: Fractions written as one character: "¼ hour", "2½ years".
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)

#: Digits: "1,234,567.89", "3.7", ".5", "4-1/4", "10-13/16", "1/2", "3 1/2", and the
#: Indian grouping "1,34,900" (lakh and crore places).
NUM = (
    r"(?:\d{1,2},(?:\d\d,)+\d{3}(?!\d|,\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|\.\d+)(?:-\d{1,2}/\d{1,2}|\s\d/\d{1,2})?"
)
#: Number words up to the hundreds: "three", "twenty-five", "a hundred", "two hundred and five".
WORDNUM = (
    rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT}|a|an)"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?(?:(?:{_TENS_ALT})(?:[-\s](?:{_UNIT_ALT}))?|{_UNIT_ALT}))?)?"
)

#: Decimals read out: "four point five", "one point three", "1 point 1".
_DIGIT_WORDS = "|".join(w for w in UNITS if UNITS[w] < 10)
WORDNUM_POINT = rf"(?:{WORDNUM}|\d+)\s+point(?:\s+(?:{_DIGIT_WORDS}|\d+))+(?![\w-])"

#: The fraction after a whole number, spaced or hyphenated: "4 and a half", "seven-and-a-half",
#: "two and three-quarters", "a billion and a half" (no groups; the whole number is the
#: caller's). Built from the tables above.
AND_FRACTION = (
    rf"(?:[\s-]+and[\s-]+(?:(?:{'|'.join(FRACTION_NUMERATORS)})[\s-]+)?"
    rf"(?:{'|'.join(sorted(FRACTION_DENOMINATORS, key=len, reverse=True))})(?!\w))"
)
_AND_FRACTION_END = lazy(
    rf"[\s-]+and[\s-]+(?:({'|'.join(FRACTION_NUMERATORS)})[\s-]+)?"
    rf"({'|'.join(FRACTION_DENOMINATORS)})$"
)

_FRACTION_TAIL = lazy(r"(?:-(\d{1,2})|\s(\d))/(\d{1,2})$")
_WORD_SPLIT = lazy(r"[-\s]+")


@lru_cache(maxsize=4096)
def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words, or None.

    "1,234.5" → 1234.5; "4-1/4" → 4.25; "1/2" → 0.5; "twenty-five" → 25;
    "two and a half" → 2.5; "a half" → 0.5; "a" → 1; "a dozen" → 12.
    """
    s = text.strip().lower()
    if not s:
        return None
    tail = and_fraction(s)
    if tail is not None:  # "4 and a half", "a billion and a half" (of the billion)
        base_text, frac = tail
        base = parse_number(base_text)
        if base is None:
            return None
        last = _WORD_SPLIT.split(base_text)[-1]
        return base + frac * (SCALES.get(last) or SCALE_ABBREV.get(last) or 1)
    if " point " in s:  # "four point five": the digits after "point" one by one
        whole, _, decimals = s.partition(" point ")
        base = parse_number(whole)
        digits = "".join(str(UNITS.get(w, w)) for w in decimals.split())
        if base is None or not digits.isdigit():
            return None
        return base + float("0." + digits)
    if s[-1] in VULGAR_FRACTIONS:  # "2½", "2 ½", "¼"
        whole = s[:-1].strip()
        base = parse_number(whole) if whole else 0.0
        return None if base is None else base + VULGAR_FRACTIONS[s[-1]]
    if s[0].isdigit() or s[0] == ".":
        frac = 0.0
        m = _FRACTION_TAIL.search(s)
        if m:
            den = int(m.group(3))
            top = int(m.group(1) or m.group(2))
            if den == 0 or top >= den:
                return None  # "4-5/4" is no mixed number
            frac = top / den
            s = s[: m.start()]
        elif "/" in s:
            num, _, den_s = s.partition("/")
            try:
                return float(num) / float(den_s)
            except (ValueError, ZeroDivisionError):
                return None
        try:
            return float(s.replace(",", "")) + frac
        except ValueError:
            return None
    return _parse_words(s)


def and_fraction(s: str) -> tuple[str, float] | None:
    """ "seven-and-a-half" → ("seven", 0.5); "two and three-quarters" → ("two", 0.75);
    None when ``s`` (lower case) does not end in a fraction after "and" or the fraction is
    not a proper one ("two and four thirds")."""
    m = _AND_FRACTION_END.search(s)
    if m is None or m.start() == 0:
        return None
    top = FRACTION_NUMERATORS[m.group(1)] if m.group(1) else 1
    den = FRACTION_DENOMINATORS[m.group(2)]
    if top >= den:
        return None
    return s[: m.start()], top / den


def _parse_words(s: str) -> float | None:
    words = [w for w in _WORD_SPLIT.split(s) if w and w != "and"]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for i, w in enumerate(words):
        if w in ("a", "an"):
            # "a half" / "a hundred" / "a dozen": a stands for one.
            if i + 1 < len(words) and words[i + 1] in FRACTION_WORDS:
                continue
            current += 1
            seen = True
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w in FRACTION_WORDS:
            current += FRACTION_WORDS[w] if (i == 0 or words[i - 1] in ("a", "an")) else 0
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def format_number(value: float) -> str:
    """A number for display: integers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else repr(value)


# ---------------------------------------------------------------- scale words and hedges
# Shared by money, percent and quantity.

#: Scale words spelled out or abbreviated ("million", "mln", "bn", "k"), no groups.
SCALE_WORD = r"(?:thousand|million|billion|trillion|crores?|lakhs?|lakh)"
SCALE_ABBR = r"(?:mln|mn|bln|bn|trln|trn|tln|tn|tr|k|m|b)"
#: Crore and lakh, the South Asian scales.
SCALE_EXTRA: dict[str, float] = {"crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5}

_QUALIFIER_BEFORE = lazy(
    r"(?i)(?<![\w-])(nearly|almost|close\s+to|just\s+(?:under|shy\s+of)|about|around|approximately"
    r"|roughly|some|an\s+estimated|estimated|more\s+than|just\s+over|over|above|upwards\s+of"
    r"|in\s+excess\s+of|less\s+than|fewer\s+than|under|below|at\s+least|no\s+less\s+than"
    r"|at\s+most|no\s+more\s+than|up\s+to|as\s+(?:much|many|high)\s+as)\s+$"
)
_QUALIFIER_NAMES: dict[str, str] = {
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "just shy of": "nearly", "about": "about", "around": "about", "approximately": "about",
    "roughly": "about", "some": "about", "an estimated": "about", "estimated": "about",
    "more than": "more than", "just over": "more than", "over": "more than",
    "above": "more than", "upwards of": "more than", "in excess of": "more than",
    "less than": "less than", "fewer than": "less than", "under": "less than",
    "below": "less than", "at least": "at least", "no less than": "at least",
    "at most": "at most", "no more than": "at most", "up to": "up to",
    "as much as": "up to", "as many as": "up to", "as high as": "up to",
}  # fmt: skip


def qualifier_before(text: str, start: int) -> str | None:
    """The hedge written just before ``text[start:]`` ("nearly", "more than", ...), or None.

    Returns the normalised name: "almost" → "nearly", "over" → "more than",
    "below" → "less than", "around" → "about", "no more than" → "at most".
    """
    m = _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return None
    return _QUALIFIER_NAMES.get(" ".join(m.group(1).lower().split()))


_DIGIT_RUN = lazy(r"\d[\d,.]*")


@lru_cache(maxsize=16)
def digit_runs(text: str) -> tuple[int, ...]:
    """Offsets where a run of digits starts, ascending: one fast scan shared by every kind.

    Cached per text (the string's hash is computed once), so money, percent and quantity
    pay for the scan once and then try their anchored patterns only at these offsets.
    """
    return tuple(m.start() for m in _DIGIT_RUN.finditer(text))


@lru_cache(maxsize=16)
def lower_text(text: str) -> str:
    """``text.lower()``, made once per text for every kind that reads it case-blind."""
    return text.lower()


@lru_cache(maxsize=16)
def text_words(text: str) -> tuple[str, ...]:
    """The lower-cased text's tokens between white space, a hyphen read as a space: read
    once per text, and intersected with each kind's table of trigger words (currency
    words, number words) so that each searches only for the words the text holds."""
    return tuple(lower_text(text).replace("-", " ").split())


def _gap(ch: str) -> bool:
    return ch.isspace() or ch == "-"


def is_token(
    lowered: str, start: int, end: int, *, lead: str = "", trails: tuple[str, ...] = ("",)
) -> bool:
    """Whether the word at ``text[start:end]`` is one of ``text_words``' tokens, or one with
    ``lead`` before it or one of ``trails`` after it ("(dollars", "dollars),").

    ``lowered`` is ``Text.lowered`` (" " + the lower-cased text, so the word is at
    ``start + 1``): a kind that finds its words with one scan of it says with this which
    of them ``text_words`` would have found, without splitting the whole text.
    """
    if not (_gap(lowered[start]) or (lead and lowered[start] == lead and _gap(lowered[start - 1]))):
        return False
    n = len(lowered)
    after = end + 1
    for trail in trails:
        f = after + len(trail)
        if lowered.startswith(trail, after) and (f == n or _gap(lowered[f])):
            return True
    return False


# A verb of change right before "X to Y" makes it a change and a level ("slipped $4 to
# $1,328.30", "rose 2% to 5%"), two figures rather than a range.
_CHANGE_BEFORE = lazy(
    r"(?i)\b(?:rose|rise|rises|rising|fell|fall|falls|falling|gained|gains|gaining|added|adds"
    r"|lost|loses|losing|shed|sheds|climbed|climbs|jumped|jumps|dropped|drops|slipped|slips"
    r"|slid|eased|eases|edged\s+(?:up|down|higher|lower)|declined|declines|increased"
    r"|increases|decreased|decreases|cut|cuts|raised|raises|lowered|lowers|lifted|lifts"
    r"|advanced|advances|surged|surges|soared|soars|plunged|plunges|tumbled|tumbles|sank"
    r"|sinks|dipped|dips|grew|grows|shrank|shrinks|firmed|weakened|strengthened|up|down|by"
    r"|traded|trades|trading|moved|moves|went|swung|swings|changed|jumping|climbing|dropping)"
    r"(?:\s+(?:a\s+)?(?:further|another|nearly|almost|about|around|some|just|over|more\s+than"
    r"|less\s+than|only))?\s+$"
)


def change_before(text: str, start: int) -> bool:
    """True when a verb of change ("rose", "slipped", "cut", "by") ends just before ``start``."""
    return _CHANGE_BEFORE.search(text, max(0, start - 40), start) is not None


#: "from" just before a figure: the first of a change's two levels, or of a range.
FROM_BEFORE = lazy(r"(?i)\bfrom\s+$")
#: Words of change earlier in the clause: "rose 20% from $10m to $12m", "the rise, from".
_CHANGE_WORD = lazy(
    r"(?i)\b(?:rose|rise|rises|rising|fell|fall|falls|falling|jump\w*|climb\w*|drop\w*|increas\w*"
    r"|decreas\w*|grew|grow\w*|gain\w*|declin\w*|surg\w*|soar\w*|slump\w*|plung\w*"
    r"|tumbl\w*|slid|slip\w*|rais\w*|cut|cuts|lift\w*|boost\w*|doubl\w*|halv\w*|up|down)\b"
)


def change_or_from(text: str, start: int) -> bool:
    """ "rose $4 to $9", "jumped from 4% to 9%": a change and a level, two figures (but
    "from $4 to $9 a kilo" and "discounts vary from 20% to 35%" are ranges)."""
    if change_before(text, start):
        return True
    f = FROM_BEFORE.search(text, max(0, start - 8), start)
    if f is None:
        return False
    lo = max(0, f.start() - 60, text.rfind(". ", 0, f.start()) + 1)  # the clause before "from"
    return change_before(text, f.start()) or _CHANGE_WORD.search(text, lo, f.start()) is not None
