"""The quick test of the word before a figure agrees with the five look-behind searches."""

from __future__ import annotations

import itertools
import random

from factcheck.extract import quantity as q


def _slow(s: str, a: int, end: int) -> bool:
    window = s[max(0, a - 24) : a]
    return bool(
        q._MONTH_BEFORE.search(window)
        or q._MONTH_AFTER.match(s, end)
        or q._TIME_AFTER.match(s, end)
        or q._WORD_BEFORE_EXCLUDES.search(window)
        or (q._AGE_AFTER_NAME.search(window) and s.startswith(",", end) and end - a <= 3)
        or q._ID_WORD_BEFORE.search(window)
        or (q._BEFORE_ID.search(window) and not q._sentence_start(window))
    )


WORDS = [
    "rose", "about", "per", "Per", "aged", "march", "Sept", "sept.", "no", "No", "Article",
    "S&P", "AT&t", "kim,", "FRB", "In", "x2y", "ſep", "caf\u00e9", "\u00e9t\u00e9", "under",
    "Under", "dec", "undec", "#", "the", "i", "I", "",
]  # fmt: skip
GAPS = [" ", "  ", "\n", " \n", "\t", ". ", ", ", "(", "\u00a0"]


def test_quick_word_check_agrees_with_the_searches() -> None:
    rng = random.Random(7)
    cases = 0
    for w1, w2, gap in itertools.product(WORDS, WORDS, GAPS):
        for lead in ("", "x" * rng.randint(0, 20)):
            s = f"{lead}{w1} {w2}{gap}12 people"
            a = s.index("12 people")
            assert q._excluded_context(s, a, a + 2) == _slow(s, a, a + 2), s
            cases += 1
    assert cases > 10_000
