"""Money claims: "£3 billion", "$3.7bn", "US$171-million", "15 million euros", "100 mln stg",
"25 cents", "£2-3bn", "between $5 and $7 million", "three billion pounds", "a half a billion
dollars", "EUR 20", "20€".

The span holds the currency symbol or code, the number, the scale word and any currency
word; hedges ("nearly", "more than") and rates ("a year", "per barrel", "annually") stay
outside it and go to ``qualifier`` and ``per``. Amounts are in the currency's major unit
("25 cents" → 0.25 USD). An unqualified "$" is USD and "£" is GBP. A parenthetical
conversion — "£3 billion ($3.7 billion)" — is a linked pair: each claim's ``pair`` is the
other's id.

Finding a span (``_MONEY``, one ``finditer``) and resolving its value (``_resolve``) are
separate steps; values are resolved only for matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract import _units
from factcheck.extract._numbers import (
    AND_FRACTION,
    NUM,
    SCALE_ABBREV,
    SCALE_EXTRA,
    SCALES,
    WORDNUM,
    WORDNUM_POINT,
    change_or_from,
    digit_runs,
    is_token,
    lower_text,
    parse_number,
    qualifier_before,
    text_words,
)
from factcheck.extract._scan import FirstCharScan, TailSearch, lazy, trie
from factcheck.extract._spans import Text, make_value
from factcheck.models import Claim, MoneyValue, claim_id

KIND = "money"

# ---------------------------------------------------------------- currencies

# Every currency table here is built from ``_units`` (CLDR data through babel): a new
# currency, symbol or name is a row there, not a branch here.
_CW = _units.currency_words()


def _typed_plain(symbols: dict[str, str | None]) -> dict[str, str | None]:
    """The symbols, and each letter symbol with diacritics also as a keyboard without them
    types it ("zł" as "zl", "Kč" as "Kc"), where that spelling is no symbol already."""
    out = dict(symbols)
    for sym, code in symbols.items():
        plain = unicodedata.normalize("NFKD", sym.translate(_PLAIN_LETTERS))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        if plain != sym and plain.isascii() and plain.isalpha():
            out.setdefault(plain, code)
    return out


#: Letters that carry a stroke rather than an accent, so that NFKD leaves them whole.
_PLAIN_LETTERS = str.maketrans("łŁđĐøØ", "lLdDoO")
#: Symbols as written → currency ("€", "CA$", "zł", "Rp", "zl"); looked up lower-cased too.
_SYMBOLS: dict[str, str | None] = _typed_plain(_units.currency_symbols())
_PREFIX_SYMBOLS: dict[str, str | None] = {
    **{k.lower(): v for k, v in _SYMBOLS.items()},
    **{k.lower().replace(" ", ""): v for k, v in _SYMBOLS.items()},
}
_CODES = _units.currency_codes()
_LETTER_SIGNS = _units.LETTER_SIGNS
_LETTER_SIGN_ALT = trie(sorted(_LETTER_SIGNS))
#: Letters after a "$" ("$US2 billion", "$A5"), from the symbols written so.
_DOLLAR_AFTER_ALT = trie(
    sorted(k[1:].upper() for k in _SYMBOLS if k.startswith("$") and k[1:].isalpha())
)
_CODE_ALT = trie(sorted(_CODES))
#: One-character signs ("$", "€", "₦", "元"): the cheap first character of a scan.
_SIGNS = "".join(sorted(k for k in _SYMBOLS if len(k) == 1))
_SIGN_CLASS = "[" + re.escape(_SIGNS) + "]"
#: Symbols of letters, written before or after the number ("Rp 5,000", "50 zł", "30Rs").
#: Those ending in "$" are the letters before a "$" ("CA$", "NZ$"), read back from it.
_LETTER_SYMBOLS = sorted(k for k in _SYMBOLS if len(k) > 1 and not k.endswith("$"))
_LETTER_SYMBOL_ALT = trie(_LETTER_SYMBOLS)
#: The signs that letters may stand before ("US$", "C$", "IR£", "E£"), with those letters.
_LETTERS_OF_SIGN: dict[str, list[str]] = {}
for _k in _PREFIX_SYMBOLS:
    if (
        len(_k) > 1
        and _k[-1] in _SIGNS
        and _k[:-1].isascii()
        and _k[:-1].replace(".", "").isalpha()
    ):
        _LETTERS_OF_SIGN.setdefault(_k[-1], []).append(_k[:-1])
_DOLLAR_LETTERS = sorted(_LETTERS_OF_SIGN.get("$", []))
#: Currency head words after the number, singular and plural → default code.
_WORDS: dict[str, str | None] = {
    w: c for w, c in _CW.heads.items() if w not in ("real", "reals") or c is None
}
_WORDS.update({"real": "BRL", "reais": "BRL"})
_NEEDS_CONTEXT = _units.NEEDS_CONTEXT
#: Adjectives naming the country before a head word: "Canadian dollars", "Swiss francs".
_ADJECTIVES: dict[str, str] = _CW.adjective_alone
_ADJ_ALT = trie(sorted(_ADJECTIVES)).replace(r"\ ", r"\s")
_WORD_ALT = trie(sorted(_WORDS))
#: Minor units: a hundredth (or what the currency's digits say) of the major unit.
_SUB_WORDS: dict[str, str | None] = {
    k: v for k, v in _units.MINOR_UNITS.items() if len(k) > 1 or k in ("c", "p", "¢")
}
_CENT_WORDS = frozenset({"cent", "cents", "ct", "cts", "¢"})
_SUB_ALT = trie(sorted(k for k in _SUB_WORDS if len(k) > 2 or k == "ct"))

# A scale after a number: "3bn", "3 billion", "171-million", "2 mln", "10K".
_SCALE = (
    r"(?:[\s-]?(?:thousand|million|billion|trillion|crores?|lakhs?)"
    r"|\s?(?i:mln|mn|bln|bn|trln|trn|tln|tn|k|m|b)(?![\w%]))"
)
_SCALES = rf"(?:{_SCALE}(?:\s(?:thousand|million|billion|crores?))?)"
# A number written in words, with halves: "three", "two and a half", "a half", "half".
_WORDNUMX = (
    rf"(?:(?:{WORDNUM})\s+(?:thousand|million|billion|trillion){AND_FRACTION}"
    rf"|(?:{WORDNUM})\s+(?:thousand|million|billion)\s+(?:and\s+)?(?:{WORDNUM})(?=[\s-])"
    rf"|(?:{WORDNUM_POINT})"
    r"|(?:a|one|two|three)[\s-]+quarters?\s+of\s+an?(?=\s)"
    rf"|(?:{WORDNUM})(?:{AND_FRACTION})?"
    r"|(?:a\s+)?half(?:\s+an?(?=\s))?)"
)

# Symbols and codes that open an amount. Letters before a "$" ("US$", "C$", "HK$") are
# found by looking back from the "$" (``_LETTERS_BEFORE``), which keeps the scan's
# first character a cheap symbol, digit or capital.
_PREFIX_FAST = (
    rf"(?:\$(?:{_DOLLAR_AFTER_ALT})(?=\d)|{_SIGN_CLASS}|(?:{_LETTER_SYMBOL_ALT})\s?(?=\d)"
    rf"|[A-Z]{{3}}\s?(?=\d)|(?:{_LETTER_SIGN_ALT})(?=\d))"
)
_PREFIX = (
    rf"(?:\$(?:{_DOLLAR_AFTER_ALT})(?=\d)|{_SIGN_CLASS}"
    rf"|(?<![\w.])(?:{_LETTER_SIGN_ALT})(?=\d)"
    rf"|(?:\b(?i:{trie(_DOLLAR_LETTERS)})\s?\$)"
    rf"|\b(?:{_LETTER_SYMBOL_ALT})\s?(?=\d)"
    rf"|\b(?:{_CODE_ALT})\s?(?=\d))"
)


# Letters before a sign: several may stand apart ("NZ $ 4", "IR £5"), as may "c"
# ("c $ 1.34"); other single letters must be capitals ("A$5", "S $ 5"; "a $5 fee" is in
# dollars, and so is "A $5 fee" at the start of a sentence).
def _letters_before(letters: list[str]) -> re.Pattern[str]:
    many = [w for w in letters if len(w.rstrip(".")) > 1 or w == "c"]
    one = [w.upper() for w in letters if len(w.rstrip(".")) == 1]
    alts = [
        rf"({trie(many)})\s?" if many else "(?!)",
        rf"(?-i:({trie(one)}))(\s?)" if one else "(?!)()",
    ]
    return re.compile(r"(?<![\w'’.])(?:" + "|".join(alts) + ")$", re.IGNORECASE)


_LETTERS_BEFORE = {sign: _letters_before(ls) for sign, ls in _LETTERS_OF_SIGN.items()}
_SENTENCE_END = lazy(r"(?:^|[.!?:;\"“”]\s*)$")
# Annotations after a "$" amount that name its country: "$254-billion Canadian", "(U.S.)".
_POST = (
    r"(?:\s\((?:U\.S\.|US|Canadian|Cdn|Australian|Aust|HK|NZ|Singapore)\)"
    r"|\s(?:Canadian|Australian|U\.S\.|US)(?=[\s.,;:)]|$)(?![\s](?:[a-z]{3,}(?<!and)(?<!for)"
    r"(?<!the)(?<!per)(?<!in)(?<!to)(?<!from)(?<!last)(?<!this)(?<!next)(?<!each)(?<!over)"
    r"(?<!of)(?<!that)(?<!was)(?<!which)(?<!were)(?<!are)(?<!into)(?<!with)(?<!by)(?<!on))))"
)
#: What joins the two ends of a range ("£3-4bn", "5 to 6 million euros", "two or three
#: dollars"); the scan's test of the word after a number reads the same table.
_RANGE_DASHES = ("-", "–")
_RANGE_WORDS = ("to", "and", "or")
_RANGE_SEP = rf"\s?[{''.join(_RANGE_DASHES)}]\s?|" + "|".join(rf"\s+{w}\s+" for w in _RANGE_WORDS)
# Everything after the first number of a number-first amount: "... billion Canadian dollars".
_SUFFIX_REST = rf"""
      (?P<bs1>(?i:{_SCALES}))?
      (?:(?P<bsep>{_RANGE_SEP})(?P<bn2>{NUM}|(?i:{_WORDNUMX}))
         (?P<bs2>(?i:{_SCALES}))?)?
      (?:
        [\s-]+(?P<badj>[A-Za-z][A-Za-z.]+(?:\s[A-Za-z]+)?[\s-]?)??(?P<bword>(?i:{_WORD_ALT}))\b
        |[\s-]?(?P<bsym>{_SIGN_CLASS}|(?:{_LETTER_SYMBOL_ALT})(?!\w))(?!\s?\d)
        |\s?(?P<bcode>{_CODE_ALT})\b
        |[\s-]?(?P<bsub>(?i:{_SUB_ALT}))\b
        |(?P<bsubp>(?:c|p)\b(?![.'’]\w)|¢)
      )
      (?P<tail>
        (?:,?\s+and\s+|\s+)(?P<tn>\d{{1,2}}|(?i:{WORDNUM}))
        (?:[\s-]?(?P<tsub>(?i:{_SUB_ALT})|c\b)
          |(?=\s*(?:$|[.,;!?)"”]|\s+(?:and|to|for|in|at|a|an|each|per|or|is|was|on|from)\b))
        )
      )?
      (?P<rep>(?P<rsep>\s?[-–]\s?|\s+to\s+|\s+and\s+)(?P<rn>{NUM}|(?i:{_WORDNUMX}))
        (?P<rs>(?i:{_SCALES}))?[\s-]*(?i:(?P=bword)|(?P=bcode))\b)?
"""

#: Thousands grouped with dots, as Indonesia, Colombia or Germany write them: "Rp 85.000",
#: "COP 1.250.000" (read so for a currency without minor units, or with two groups or more).
_DOT_GROUPED = r"\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)"
#: Thousands grouped with spaces or apostrophes, as French, Swiss or SI style writes them:
#: "€1 250 000", "CHF 1'250", "4 500 €" (a plain space only with two groups or more, a thin
#: or no-break space or an apostrophe with one).
_SPACE_GROUPED = (
    r"\d{1,3}(?:(?:[\u00a0\u202f'’]\d{3})+|(?:\x20\d{3}){2,})(?:[.,]\d{1,2})?(?![\d'’]|[.,]\d)"
)
#: A decimal comma after the sign: "€4,20", "€2,5 million" (one or two digits: no thousands
#: group).
_COMMA_DECIMAL_AFTER = r"\d{1,3}(?:\.\d{3})*,\d\d?(?!\d|[.,]\d)"

# Two scans, each starting with a cheap character: a symbol or a code's capital, a digit.
_MONEY = lazy(
    rf"""
    (?P<pre>{_PREFIX_FAST})\s?(?P<n1>{_SPACE_GROUPED}|{_DOT_GROUPED}|{_COMMA_DECIMAL_AFTER}|{NUM})
      (?P<s1>{_SCALES})?
      (?:(?P<sep>\s?[-–]\s?|\s+to\s+|\s+and\s+)(?P<pre2>{_PREFIX})?\s?(?P<n2>{_DOT_GROUPED}|{_COMMA_DECIMAL_AFTER}|{NUM})
         (?!\d|[\s-]?(?i:{_SUB_ALT})\b|[cp]\b)(?P<s2>{_SCALES})?)?
      (?P<post>{_POST})?
      (?P<ptail>(?:,?\s+and\s+|\s+)(?P<ptn>\d{{1,2}})[\s-]?(?P<ptsub>(?i:{_SUB_ALT})|c|p)\b)?
    """,
    re.VERBOSE,
)
#: A decimal comma, as continental Europe writes prices before their sign or name: "14,90 €",
#: "3,50 euros" (two digits after the comma: no thousands group).
_COMMA_DECIMAL = rf"\d{{1,3}}(?:\.\d{{3}})*,\d\d?(?=\s?(?:{_SIGN_CLASS}|[^\W\d_]))"
_MONEY_NUMBER_FIRST = lazy(
    rf"(?P<bn1>{_SPACE_GROUPED}|{_COMMA_DECIMAL}|{NUM}){_SUFFIX_REST}", re.VERBOSE
)
_PREFIX_SCAN = FirstCharScan(
    rf"{_SIGN_CLASS}|[A-Z]{{3}}\s?\d|(?:{_LETTER_SYMBOL_ALT})\s?\d|(?:{_LETTER_SIGN_ALT})\d"
)
_NOT_BEFORE_NUMBER = frozenset(".,") | frozenset(_SIGNS)
_GLUED_AFTER = lazy(r"-?[^\W\d_]")
#: A number in groups of thousands ("17,002 lira", "40,000 dong"): an amount, not a count.
_GROUPED = lazy(r"\d{1,3}(?:,\d{3})+")
# The first word or sign after a number, and the ones that can start its currency: a scale,
# a range, a currency word or code, an adjective ("Canadian dollars") or a symbol.
_FOLLOWING = lazy(r"\d[\d,.]*(?:-\d{1,2}/\d{1,2})?[\s-]*([^\W\d_]+|[^\s\w])")
_FIRST_WORD = lazy(r"[^\W\d_]+|[^\s\w]")
_GATE = frozenset(
    [
        *SCALES, *SCALE_ABBREV, *SCALE_EXTRA, *_RANGE_WORDS, *_SUB_WORDS, *_WORDS,
        *(re.split(r"[^a-z]", w)[0] for w in _WORDS),
        *(re.split(r"[^a-z]", a)[0] for a in [*_ADJECTIVES, *(a for a, _ in _CW.adjectives)]),
        *(c.lower() for c in _CODES), *_RANGE_DASHES,
        *(_FIRST_WORD.match(k.lower()).group(0) for k in _SYMBOLS),  # type: ignore[union-attr]
        "/", ".",
    ]
)  # fmt: skip
# Amounts in words ("three billion pounds") are found from their currency word: the scan
# looks for the word, then back for where the number starts, then matches forward.
_MONEY_BEFORE = lazy(r"(?:\b[A-Z]{3}|[$£€¥₹])[ \t]?$")  # a code or sign of a first amount
_MONEY_WORDS = lazy(rf"(?P<bn1>(?i:{_WORDNUMX})){_SUFFIX_REST}", re.VERBOSE)
#: Currency words that follow amounts in words ("ten dollars", "three billion pounds").
#: A text is split into words once (C speed) and only the words it holds are searched.
_TRIGGER_WORDS = frozenset(w for w in [*_WORDS, *_SUB_WORDS] if len(w) > 2 and w.isalpha()) | {
    "ct",
    "cts",
}
#: What may stand after such a word between spaces: "dollars", "dollars.", "(euros)".
_TRIGGER_LEAD = "("
_TRIGGER_TRAILS = ("", ",", ".", ";", ":", ")", "!", "?", "'", '"', "”", "’", ").", "),")
#: The same words as they appear between spaces (where lower-casing changes the length).
_TRIGGER_TOKENS: dict[str, str] = {
    f"{lead}{w}{trail}": w
    for w in _TRIGGER_WORDS
    for lead in ("", _TRIGGER_LEAD)
    for trail in _TRIGGER_TRAILS
}
#: Every currency word in one scan of ``Text.lowered``: a word after any character that
#: is no letter (``_trigger_positions`` drops those after a letter beyond ASCII).
_TRIGGER_SCAN = lazy(r"[^a-z](" + trie(sorted(_TRIGGER_WORDS)) + r")(?![a-z])")
#: The shorter currency words that also end where a longer one goes on beyond ASCII's
#: letters ("lek" of "lekë"): the match of the shorter when the longer does not count.
_SHORTER_TRIGGERS: dict[str, tuple[str, ...]] = {
    w: shorter
    for w in _TRIGGER_WORDS
    if (
        shorter := tuple(
            sorted(
                (
                    v
                    for v in _TRIGGER_WORDS
                    if v != w and w.startswith(v) and not "a" <= w[len(v)] <= "z"
                ),
                key=len,
                reverse=True,
            )
        )
    )
}
_NUMWORD_BACK = TailSearch(
    rf"(?i)(?<![\w-])(?:{_WORDNUMX})"
    rf"(?:[\s-]+(?:(?:and|or|to)\s+)?(?:{_WORDNUMX}|hundred|thousand|million|billion|trillion|crores?|lakhs?))*"
    rf"(?:[\s-]+(?:{_ADJ_ALT}))?[\s-]+$"
)

_WORD_START = lazy(r"[\s-]+(?=\w)")

_RATE_AFTER = lazy(
    # "a week ago", "a year earlier" say when, not how often.
    r"(?:[\s-]*(?:\)\s*)?(?:(?:a|an|per|each)[\s-]+(?P<noun>[A-Za-z]+(?:-hour)?)"
    r"(?![\s-]+(?:ago|earlier|later|before)\b)"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily|hourly|per\s+annum|a\s+piece|apiece)))",
    re.IGNORECASE,
)
_RATE_NOUNS = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "night",
        "barrel",
        "share",
        "gallon",
        "litre",
        "liter",
        "ton",
        "tonne",
        "ounce",
        "kilo",
        "kilogram",
        "kg",
        "pound",
        "head",
        "person",
        "capita",
        "visit",
        "ticket",
        "unit",
        "piece",
        "seat",
        "mile",
        "kilowatt-hour",
        "megawatt-hour",
        "kwh",
        "mwh",
        "bushel",
        "word",
        "page",
        "student",
        "child",
        "household",
        "user",
        "subscriber",
        "employee",
        "worker",
        "game",
        "episode",
        "game",
        "trip",
        "meal",
        "bottle",
        "pack",
        "dose",
        "square",
        "acre",
        "hectare",
        "metre",
        "meter",
        "foot",
        "job",
        "month-long",
    ]
)
_RATE_ADVERBS = {
    "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "hourly": "hour", "per annum": "year", "a piece": "piece", "apiece": "piece",
}  # fmt: skip

#: Verbs that hand, find or owe money: "lent me a dollar", "spare a pound", "bet a euro".
_HANDING = (
    r"found|finds?|lent|lends?|owes?|owed|spare|bet|bets|gave|give|gives|handed|tipped|tips?"
    r"|donated|donates?|borrowed|borrows?|saved|collected|dropped\s+in|put\s+in"
)
_POUND_MONEY_CUES = lazy(
    r"(?i)\b(?:paid|pay|pays|paying|cost|costs|costing|price|priced|worth|fine|fined|spent|spend"
    r"|earn|earns|earned|salary|bought|sold|charge|charged|fee|fees|raise|raised|budget|fund"
    r"|funding|grant|loan|debt|invest|invested|bill|tax|profit|revenue|sales|wage|wages|sells?"
    r"|selling|fetch\w*|rents?|rented|quotes?|quoted|reduced|came\s+to|raised|raises|won|fare"
    r"|tickets?|note|bill|coin|for"
    rf"|{_HANDING})\b"
)
_WEIGHT_CUES = lazy(r"(?i)\b(?:weigh\w*|tall|heavy|lbs?|kilos?|stone|ounces?|overweight)\b")

_PAREN_OPEN = lazy(r"\s*\(\s*(?:about|around|roughly|approximately|some|or|~)?\s*")
_PAREN_CLOSE = lazy(r"\s*\)")
_BETWEEN_BEFORE = lazy(r"(?i)\b(?:between|from)\s+$")
_RATE_DIGITS = lazy(r"\.\d{3,}$")


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: MoneyValue
    qualifier: str | None = None


def extract(text: Text) -> Iterator[Claim]:
    """Every money claim in the text, in order."""
    found = list(find_money(text.text, lowered=text.lowered))
    if not found:
        return
    _by_place(text.text, found)
    pairs = _link_pairs(text.text, found)
    doc_id = text.doc.id
    for i, f in enumerate(found):
        j = pairs.get(i)
        pair = claim_id(doc_id, KIND, found[j].start, found[j].end) if j is not None else None
        yield text.claim(KIND, f.start, f.end, f.value, qualifier=f.qualifier, pair=pair)


def find_money(s: str, *, lowered: str | None = None) -> Iterator[_Found]:
    """Money spans of a string with their values, in order (the library behind ``extract``).

    ``lowered`` is ``Text.lowered`` of ``s`` when the caller has it.
    """
    found: list[_Found] = []
    last = 0
    for a in _PREFIX_SCAN.starts(s):
        if a < last:
            continue
        m = _MONEY.match(s, a)
        if m is not None:
            last = m.end()
            found.extend(_resolve_prefixed(s, m))
    number_first: list[_Found] = []
    last = 0
    for a in digit_runs(s):
        if a < last or (a and (s[a - 1].isalnum() or s[a - 1] in _NOT_BEFORE_NUMBER)):
            continue
        g = _FOLLOWING.match(s, a)
        if g is not None and g.group(1).lower() not in _GATE:
            continue  # cheap test: the word after the number cannot start a currency
        m = _MONEY_NUMBER_FIRST.match(s, a)
        if m is not None:
            last = m.end()
            number_first.extend(_resolve_suffixed(s, m))
    if number_first:
        found = _merge(found, number_first)
    words = list(_find_word_amounts(s, lowered))
    if words:
        found = _merge(found, words)
    return iter(found)


def _trigger_positions(s: str, lowered: str | None = None) -> list[int]:
    """Where the currency words of amounts in words start: every occurrence after no
    letter of a word that stands somewhere in the text as a token of its own
    (``text_words``, with a bracket before or a mark after it), from one scan."""
    if lowered is None or len(lowered) != len(s) + 1:
        return _trigger_positions_by_tokens(s)
    hits = [
        (m.start(), m.group(1))
        for m in _TRIGGER_SCAN.finditer(lowered)
        if not lowered[m.start()].isalpha()
    ]
    if not hits:
        return []
    present: set[str] = set()
    for a, w in hits:
        if w not in present and is_token(
            lowered, a, a + len(w), lead=_TRIGGER_LEAD, trails=_TRIGGER_TRAILS
        ):
            present.add(w)
    if not present:
        return []
    return [
        a
        for a, w in hits
        if w in present or any(v in present for v in _SHORTER_TRIGGERS.get(w, ()))
    ]


def _trigger_positions_by_tokens(s: str) -> list[int]:
    tokens = _TRIGGER_TOKENS.keys() & text_words(s)
    if not tokens:
        return []
    low = lower_text(s)
    present = frozenset(_TRIGGER_TOKENS[t] for t in tokens)
    return [
        m.start()
        for m in _trigger_pattern(present).finditer(low)
        if not (m.start() and low[m.start() - 1].isalpha())
    ]


@lru_cache(maxsize=256)
def _trigger_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(sorted(words, key=len, reverse=True)) + r"(?![a-z])")


def _find_word_amounts(s: str, lowered: str | None = None) -> Iterator[_Found]:
    last = 0
    for pos in _trigger_positions(s, lowered):
        if pos < last:
            continue
        back = _NUMWORD_BACK.search(s, max(0, pos - 60), pos)
        if back is None:
            continue
        # "a one-euro coin", "a five-dollar bill": the number may start at a later word
        starts = [back.start(), *(w.end() for w in _WORD_START.finditer(s, back.start() + 1, pos))]
        for a in starts:
            m = _MONEY_WORDS.match(s, a)
            if m is None or m.end() <= pos:
                continue
            got = list(_resolve_suffixed(s, m))
            if got:
                last = m.end()
                yield from got
                break


_SHARED_WORD = lazy(r"(?i)(?<![\w$])(" + trie(sorted(_units.SHARED_FORMS)) + r")(?![\w$£€])")


_LETTERS = lazy(r"[^\W\d_]+")
_SCALE_WORDS = frozenset([*SCALES, *SCALE_ABBREV, *SCALE_EXTRA])


def _by_place(s: str, found: list[_Found]) -> None:
    """A name several currencies share ("kr", "Rs", "dirhams") takes the currency of the one
    place the document names (``_units.SHARED_BY_PLACE``); else it keeps its default."""
    low: str | None = None
    chosen: dict[str, str | None] = {}
    for f in found:
        w = _SHARED_WORD.search(s, f.start, f.end)
        if w is None or any(
            word.lower() != w.group(1).lower().rstrip(".") and word.lower() not in _SCALE_WORDS
            for word in _LETTERS.findall(s, f.start, f.end)
        ):
            continue  # "25 Nepali rupees" says which itself
        name = _units.SHARED_FORMS[w.group(1).lower()]
        if name not in chosen:
            low = lower_text(s) if low is None else low
            named = [
                code
                for code, places in _units.SHARED_BY_PLACE[name].items()
                if any(re.search(rf"\b{re.escape(p)}\b", low) for p in places)
            ]
            chosen[name] = named[0] if len(named) == 1 else None
        code = chosen[name]
        if code is not None:
            f.value.currency = code


def shared_currencies(span: str) -> tuple[str, ...]:
    """The currencies a money span's shared name can stand for ("kr 310 million": NOK, SEK,
    DKK, ISK), from the table that resolves it by place; () when the span names no such."""
    w = _SHARED_WORD.search(span)
    if w is None:
        return ()
    return tuple(_units.SHARED_BY_PLACE[_units.SHARED_FORMS[w.group(1).lower()]])


def _merge(a: list[_Found], b: list[_Found]) -> list[_Found]:
    """Both lists in text order; of overlapping spans the earlier (then longer) one wins."""
    out: list[_Found] = []
    for f in sorted([*a, *b], key=lambda f: (f.start, -f.end)):
        if out and f.start < out[-1].end:
            continue
        out.append(f)
    return out


# ---------------------------------------------------------------- resolving values


def _resolve(s: str, m: re.Match[str]) -> Iterator[_Found]:
    if m.group("n1") is not None:
        yield from _resolve_prefixed(s, m)
    else:
        yield from _resolve_suffixed(s, m)


def _resolve_prefixed(s: str, m: re.Match[str]) -> Iterator[_Found]:
    pre = m.group("pre")
    start = m.start()
    if pre[0].isalpha() and (
        (start and s[start - 1].isalpha())
        or (pre[:3] not in _CODES and pre.rstrip() not in _SYMBOLS and pre not in _LETTER_SIGNS)
    ):
        return  # "XEUR 5", "ALL 5": not a currency code
    if pre in _LETTER_SIGNS and (
        (start and (s[start - 1].isalnum() or s[start - 1] in ".-"))
        or _GLUED_AFTER.match(s, m.end())
        or (_bare_figure(m) and _DESIGNATED_AFTER.match(s, m.end()))
        or (pre in _units.WEAK_LETTER_SIGNS and _bare_figure(m))
    ):
        return  # "AR15", "R2-D2", "the R7 bus", "an N95 mask": a name, not money
    if pre[0].isalpha() and pre not in _LETTER_SIGNS and _GLUED_LETTER.match(s, m.end()):
        return  # "S/4HANA", "ALL4ONE": letters glued after the figure make a name
    before = _LETTERS_BEFORE.get(pre)
    if before is not None:
        letters = before.search(s, max(0, start - 6), start)
        if letters is not None and not (
            letters.group(2) == "A"
            and letters.group(3)
            and _SENTENCE_END.search(s, max(0, letters.start() - 3), letters.start())
        ):
            pre = (letters.group(1) or letters.group(2)) + pre
            start = letters.start()
    currency = _prefix_currency(pre)
    post = m.group("post")
    if post:
        currency = _post_currency(post, currency)
    n1 = _grouped_number(m.group("n1"), currency)
    if n1 is None:
        return
    scale1 = _scale(m.group("s1"))
    end = m.end()
    if m.group("n2") is not None:
        n2 = _grouped_number(m.group("n2"), currency)
        scale2 = _scale(m.group("s2"))
        sep = m.group("sep").strip()
        if n2 is None:
            return
        if sep == "and" and not _BETWEEN_BEFORE.search(s, max(0, start - 12), start):
            # "$5 and $7": two amounts, not a range.
            first_end = m.end("s1") if m.group("s1") else m.end("n1")
            if m.group("pre2") is None:
                # "$5 and 7 others": only the first is money.
                yield _found(s, start, first_end, n1 * scale1, currency)
                return
            yield _found(s, start, first_end, n1 * scale1, currency)
            cur2 = _prefix_currency(m.group("pre2"))
            if post:
                cur2 = _post_currency(post, cur2)
            yield _found(s, m.start("pre2"), end, n2 * scale2, cur2)
            return
        cur2 = _prefix_currency(m.group("pre2")) if m.group("pre2") is not None else None
        if m.group("pre2") is not None and currency is not None and cur2 != currency:
            # "€278 million - zł1.2bn -", "R$6.2 billion - €977 million", "€182 million -
            # kr 2.1 billion": a second sign of another currency (a shared name such as "kr"
            # too, which the place resolves later) makes two amounts (an amount and its
            # conversion), no range
            yield _found(
                s, start, m.end("s1") if m.group("s1") else m.end("n1"), n1 * scale1, currency
            )
            if post:
                cur2 = _post_currency(post, cur2)
            yield _found(s, m.start("pre2"), end, n2 * scale2, cur2)
            return
        if m.group("pre2") is not None and sep == "to" and change_or_from(s, start):
            # "slipped $4 to $1,328.30", "from $5 to $7": a change and a level, two amounts.
            yield _found(
                s, start, m.end("s1") if m.group("s1") else m.end("n1"), n1 * scale1, currency
            )
            cur2 = _prefix_currency(m.group("pre2"))
            if post:
                cur2 = _post_currency(post, cur2)
            yield _found(s, m.start("pre2"), end, n2 * scale2, cur2)
            return
        if not m.group("s1") and n1 < n2:  # "$2-3bn"; not "£800,000 to £1.2m"
            scale1 = scale2
        lo, hi = n1 * scale1, n2 * scale2
        if hi < lo:  # "$5-3" is not a range we understand
            yield _found(s, start, m.end("s1") if m.group("s1") else m.end("n1"), lo, currency)
            return
        yield _found(s, start, end, lo, currency, amount_max=hi)
        return
    amount = n1 * scale1
    if m.group("ptail"):  # "€7 and 15c": the minor unit after the major one
        factor = _units.minor_factor(currency)
        tn = int(m.group("ptn"))
        if tn * factor >= 1:
            yield _found(s, start, m.start("ptail"), amount, currency)
            return
        amount += tn * factor
    yield _found(s, start, end, amount, currency)


#: A noun after a letter and its figure that makes them a name ("the R7 bus").
_DESIGNATED_AFTER = lazy(
    r"[\s-]+(?:" + trie(sorted(_units.DESIGNATED_NOUNS)) + r")\b", re.IGNORECASE
)
_GLUED_LETTER = lazy(r"[^\W\d_]")


def _bare_figure(m: re.Match[str]) -> bool:
    """Whether a prefixed amount is a bare whole number: no scale, decimals, range or tail."""
    return (
        m.group("n1").isdigit()
        and not m.group("s1")
        and m.group("n2") is None
        and not m.group("ptail")
    )


def _resolve_suffixed(s: str, m: re.Match[str]) -> Iterator[_Found]:
    currency, unit = _suffix_currency(m)
    if currency == "?":
        return
    word = (m.group("bword") or "").lower()
    if word.startswith("pound") and not _pounds_are_money(s, m):
        return
    n1 = _amount_number(m.group("bn1"), bool(m.group("bsym")), currency)
    if n1 is None:
        return
    raw1 = m.group("bn1").lower()
    has_scale = bool(m.group("bs1") or m.group("bs2"))
    if raw1 in ("a", "an") and not has_scale and not m.group("tail") and not _one_meant(s, m):
        # "a dollar store", "a euro zone": not an amount.
        return
    scale1 = _scale(m.group("bs1"))
    start, end = m.start(), m.end()
    amount_max: float | None = None
    if m.group("bn2") is not None:
        n2 = parse_number(_words(m.group("bn2")))
        if n2 is None:
            return
        scale2 = _scale(m.group("bs2"))
        sep = m.group("bsep").strip()
        if sep == "or" and _MONEY_BEFORE.search(s, max(0, start - 5), start):
            # "USD 75 or 70 GBP": the first figure is an amount of its own, the second
            # another; "8 or 10 Swiss francs" is one range
            second = _tail_amount(n2 * _scale(m.group("bs2")) * unit, m, currency)
            if second is not None:
                yield _found(s, m.start("bn2"), end, second, currency)
            return
        if sep == "and" and not _BETWEEN_BEFORE.search(s, max(0, start - 12), start):
            # "1,000 and 5,000 stg": two denominations sharing one currency word.
            first_end = m.end("bs1") if m.group("bs1") else m.end("bn1")
            if raw1[0].isdigit() or m.group("bs1"):
                yield _found(s, start, first_end, n1 * scale1 * unit, currency)
            second = _tail_amount(n2 * scale2 * unit, m, currency)
            if second is not None:
                yield _found(s, m.start("bn2"), end, second, currency)
            return
        if not m.group("bs1") and n1 < n2:
            scale1 = scale2
        amount_max = n2 * scale2 * unit
    amount = _tail_amount(n1 * scale1 * unit, m, currency)
    if amount is None:
        return
    if m.group("rn") is not None and amount_max is None:
        # The unit repeated: "from 5 euros to 8 euros", "between 3 and 4 EUR".
        n2 = parse_number(_words(m.group("rn")))
        if n2 is None:
            return
        second = n2 * _scale(m.group("rs") or m.group("bs1")) * unit
        sep = m.group("rsep").strip()
        if (
            (sep == "and" and not _BETWEEN_BEFORE.search(s, max(0, start - 12), start))
            or (sep == "to" and change_or_from(s, start))
            or second < amount
        ):
            # "5 euros and 8 euros", "rose 5 euros to 8 euros": two amounts.
            yield _found(s, start, m.start("rep"), amount, currency)
            yield _found(s, m.start("rn"), end, second, currency)
            return
        amount_max = second
    if amount_max is not None and amount_max < amount:
        return
    yield _found(s, start, end, amount, currency, amount_max=amount_max)


_COMMA_DECIMAL_RE = lazy(r"\d{1,3}(?:\.\d{3})*,\d\d?")


def _amount_number(raw: str, sign_after: bool, currency: str | None = None) -> float | None:
    """The number of an amount: "14,90" before a sign is 14.9; "15.000" in rupiah is 15000
    (``_grouped_number``); words and digits else."""
    if sign_after and _COMMA_DECIMAL_RE.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    if raw[:1].isdigit():
        return _grouped_number(raw, currency)
    return parse_number(_words(raw))


_DOT_GROUPED_RE = lazy(_DOT_GROUPED)
_SPACE_GROUPED_RE = lazy(_SPACE_GROUPED)


def _grouped_number(raw: str, currency: str | None) -> float | None:
    """Digits of an amount in its currency's notation: dots group thousands where the
    currency has no minor unit ("Rp 85.000", "¥1.200") or where there are two groups or
    more ("€1.250.000"); a comma before one or two final digits is a decimal comma ("€4,20")."""
    if _SPACE_GROUPED_RE.fullmatch(raw):  # "€1 250 000", "CHF 1'250"
        whole = re.sub(r"[ \u00a0\u202f'’]", "", raw)
        return float(whole.replace(",", "."))  # the decimal mark after the groups
    if _DOT_GROUPED_RE.fullmatch(raw) and (
        raw.count(".") > 1 or (currency is not None and _units.minor_digits(currency) == 0)
    ):
        return float(raw.replace(".", ""))
    if _COMMA_DECIMAL_RE.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    return parse_number(raw)


_A_AMOUNT_BEFORE = lazy(
    r"(?i)\b(?:(?:for|than|costs?|costing|only|just|not|pay|pays|paid|charges?|charged|earns?"
    r"|earned|under|over|about|nearly|almost|sells?|sold|to|from)"
    # verbs that hand money over, with the person between: "lent me a dollar"
    rf"|(?:{_HANDING})(?:\s+(?:me|him|her|us|them|you|it))?)\s+$"
)
_A_COMPOUND_AFTER = lazy(
    r"[\s-](?!(?:a|an|the|and|or|but|to|for|in|on|at|by|from|of|before|after|more|less|each"
    r"|apiece|per|back|then|now|this|that|these|those|with|into|over|under|if|when|so|as|is"
    r"|was|were|are|will|would|could|can|may|might|should|last|next|ago|every|inside|outside"
    r"|behind|near|beside|between|among|through|across|around|along|without|within|during"
    r"|while|since|until|towards?|off|out|up|down|away|here|there|today|yesterday|again|too"
    r"|instead|yet|still|just|only|or|nor|which|who|because|though|although|\w+ly)\b)[a-z]"
)
_A_AMOUNT_AFTER = lazy(r"\s*(?:$|[.,;:!?)\"”’]|\s(?:more|less|each|apiece)\b)")


def _one_meant(s: str, m: re.Match[str]) -> bool:
    """ "for a euro.", "less than a dollar a day", "not a penny more", "down from a euro
    before": "a" is one of it; not before a noun it modifies ("from a dollar store")."""
    if _A_COMPOUND_AFTER.match(s, m.end()):
        return False
    return (
        _A_AMOUNT_AFTER.match(s, m.end()) is not None
        or _rate_after(s, m.end()) is not None
        or _A_AMOUNT_BEFORE.search(s, max(0, m.start() - 12), m.start()) is not None
    )


def _tail_amount(amount: float, m: re.Match[str], currency: str | None) -> float | None:
    """Add a trailing subunit: "thirteen dollars forty-five cents", "20 ringgit and 43"."""
    if m.group("tail") is None:
        return amount
    if m.group("bsub") or m.group("bsubp"):
        return None  # "5 cents and 3": not a form we know
    tn = parse_number(_words(m.group("tn")))
    factor = _units.minor_factor(currency)
    if tn is None or tn * factor >= 1:
        return None
    return amount + tn * factor


def _found(
    s: str,
    start: int,
    end: int,
    amount: float,
    currency: str | None,
    *,
    amount_max: float | None = None,
) -> _Found:
    qualifier = qualifier_before(s, start)
    per = _rate_after(s, end)
    value = make_value(
        MoneyValue,
        amount=_clean(amount),
        currency=currency,
        amount_max=_clean(amount_max) if amount_max is not None else None,
        per=per,
        qualifier=qualifier,
    )
    return _Found(start, end, value, qualifier)


def _clean(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r.is_integer() else r


_QUARTERS_OF = lazy(r"(a|one|two|three)[\s-]+quarters?\s+of\s+an?$")


def _words(num: str) -> str:
    n = num.lower()
    q = _QUARTERS_OF.match(n)
    if q is not None:  # "three quarters of a" (billion): 0.75
        return str({"a": 1, "one": 1, "two": 2, "three": 3}[q.group(1)] / 4)
    # "a half a billion" reaches us as "a half a": the second "a" belongs to the scale.
    if n.endswith((" a", " an")) and "half" in n:
        n = n.rsplit(" ", 1)[0]
    return n


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    total = 1.0
    for part in re.split(r"[\s-]+", raw.strip(" -").lower()):
        if not part:
            continue
        factor = SCALES.get(part) or SCALE_ABBREV.get(part) or SCALE_EXTRA.get(part)
        if factor is None:
            return 1.0
        total *= factor
    return total


def _prefix_currency(pre: str) -> str | None:
    if pre in _LETTER_SIGNS:
        return _LETTER_SIGNS[pre]
    p = pre.replace(" ", "").lower()
    if p in _PREFIX_SYMBOLS:
        return _PREFIX_SYMBOLS[p]
    if p.upper() in _CODES:
        return p.upper()
    return _PREFIX_SYMBOLS.get(p.rstrip("."))


def _post_currency(post: str, default: str | None) -> str | None:
    p = post.strip(" ()").lower()
    return {
        "u.s.": "USD",
        "us": "USD",
        "canadian": "CAD",
        "cdn": "CAD",
        "australian": "AUD",
        "aust": "AUD",
        "hk": "HKD",
        "nz": "NZD",
        "singapore": "SGD",
    }.get(p, default)


def _suffix_currency(m: re.Match[str]) -> tuple[str | None, float]:
    """The currency of a number-first amount and the factor to its major unit.

    Returns ("?", 1) for a word that is not a currency here.
    """
    if m.group("bsym"):
        sym = m.group("bsym")
        return _SYMBOLS.get(sym, _PREFIX_SYMBOLS.get(sym.lower())), 1.0
    if m.group("bcode"):
        return m.group("bcode"), 1.0
    if m.group("bword"):
        word = m.group("bword").lower()
        if word not in _WORDS:
            return "?", 1.0
        currency = _WORDS[word]
        stem = _CW.singular.get(word, word)
        adj = m.group("badj")
        if adj:
            name = " ".join(adj.strip(" -").lower().split())
            code = _CW.adjectives.get((name, stem)) or _ADJECTIVES.get(name)
            if code is None:
                return "?", 1.0  # "5 big dollars", "3 more euros": not a currency name
            currency = code
        if (
            word in _NEEDS_CONTEXT
            and not (adj or m.group("bs1") or m.group("bs2") or m.group("tsub"))
            and not _GROUPED.match(m.group("bn1"))
            and not (stem == "mark" and _RATE_DIGITS.search(m.group("bn1")))
            and not (
                word not in _units.COUNTING_HEADS
                and _PRICE_BEFORE.search(m.string, _clause_start(m.string, m.start()), m.start())
            )
        ):
            # "they won 3", "12 marks", "5 real problems"; but "4.2 billion marks",
            # "1.8320 marks" (an exchange rate)
            return "?", 1.0
        return currency, 1.0
    sub = (m.group("bsub") or m.group("bsubp") or "").lower()
    if sub in ("c", "p") and m.group("bn1") and not m.group("bn1")[0].isdigit():
        return "?", 1.0
    code = _SUB_WORDS.get(sub)
    if code is None and sub in _CENT_WORDS:
        code = "USD"
    return code, _units.MINOR_FACTORS.get(sub) or _units.minor_factor(code)


#: Words of price earlier in the clause ("a coffee cost 6 francs"): a head that is
#: also an English word is money after them.
_PRICE_BEFORE = lazy(r"(?i)\b(?:" + trie(_units.PRICE_CUES) + r")\b")


def _clause_start(s: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts (at most 50 characters back)."""
    lo = max(0, pos - 50)
    return max(lo, *(s.rfind(c, lo, pos) + 1 for c in ".;:!?\n"))


#: Nouns after an amount that make it a note or coin: "a twenty-pound note", "a pound coin".
_DENOMINATION_AFTER = lazy(r"[\s-]+(?:bank)?(?:notes?|coins?|bills?)\b", re.IGNORECASE)


def _pounds_are_money(s: str, m: re.Match[str]) -> bool:
    """ "200 pounds" is a weight unless the context says money."""
    if m.group("badj") or m.group("tail") or (m.group("bs1") and not s.startswith(" of", m.end())):
        return True  # "two pounds fifty", "3 million pounds"
    if s.startswith(" of ", m.end()):
        return False  # "a pound of flour", "200 pounds of rice"
    if _DENOMINATION_AFTER.match(s, m.end()):
        return True  # "a fifty-pound note", "a two-pound coin"
    after = s[m.end() : m.end() + 12].lower()
    if after.startswith(" sterling"):
        return True
    lo = max(0, m.start() - 60, s.rfind(". ", 0, m.start()) + 1)  # this sentence only
    hi = s.find(". ", m.end(), m.end() + 30)
    window = s[lo : m.start()]
    # a money cue before it, or a sum in sterling already in the sentence ("£3 now, up from
    # a pound")
    return bool(_POUND_MONEY_CUES.search(window) or "£" in window) and not _WEIGHT_CUES.search(
        s[lo : hi if hi >= 0 else m.end() + 30]
    )


def _rate_after(s: str, end: int) -> str | None:
    m = _RATE_AFTER.match(s, end)
    if m is None:
        return None
    if m.group("adv"):
        return _RATE_ADVERBS[" ".join(m.group("adv").lower().split())]
    noun = m.group("noun").lower()
    if noun.endswith("s") and noun[:-1] in _RATE_NOUNS:
        noun = noun[:-1]
    return noun if noun in _RATE_NOUNS else None


def _link_pairs(s: str, found: list[_Found]) -> dict[int, int]:
    """Pair a figure with the conversion in brackets right after it: "£3bn ($3.7bn)"."""
    pairs: dict[int, int] = {}
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        o = _PAREN_OPEN.match(s, a.end)
        if o is None or o.end() != b.start or "(" not in s[a.end : b.start]:
            continue
        c = _PAREN_CLOSE.match(s, b.end)
        if c is None:
            continue
        a_cur, b_cur = a.value.currency, b.value.currency
        if a_cur is not None and a_cur == b_cur:
            continue
        pairs[i], pairs[i + 1] = i + 1, i
        # A rate after the brackets belongs to both: "£3bn ($3.7bn) per year".
        per = a.value.per or b.value.per or _rate_after(s, c.end())
        a.value.per = b.value.per = per
    return pairs
