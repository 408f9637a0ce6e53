"""The shared scanning toolkit (``factcheck.extract._scan``): scans that step to the
characters a pattern can open with find what the pattern's own ``finditer`` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import money
from factcheck.extract._scan import FirstCharScan, first_chars

PATTERNS = [
    money._PREFIX_SCAN.pattern,
    r"[\$£€]|[A-Z]{3}\s?\d|(?:Rs|kr)\.?\s?\d",
    r"(?:ab)*c|\bd+",
    r"(?<![\w-])(?:x|y)z?\d",
    r"(?x) a b  # a comment",
    r"(a)\1|b",
]
ALPHABET = "aAbBcdxyzRsk rUSDGBP$£€.-12 3\n_"


def test_first_chars_reads_the_opening_characters() -> None:
    assert first_chars(r"[\$£]|[A-Z]{3}\d|(?:ab|c)\d") == r"[\$£A-Zac]"
    assert first_chars(r"(?:x?y)+") == "[xy]"
    assert first_chars(r"\bfoo") == "[f]"


@pytest.mark.parametrize(
    "pattern",
    [r"a*", r"(?i)ab", r"(?i:a)b", r".b", r"[^a]b", r"(a)\1", r"(?:a|)"],
)
def test_first_chars_gives_up_where_there_is_no_fixed_set(pattern: str) -> None:
    assert first_chars(pattern) is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=80))
def test_scan_starts_are_finditer_starts(pattern: str, s: str) -> None:
    expected = [m.start() for m in re.finditer(pattern, s)]
    assert FirstCharScan(pattern).starts(s) == expected


def test_scan_on_money_text() -> None:
    s = "It cost $5, then USD 7 and Rs 30, not ABCD 9 or EURUSD1; £2-£3 and kr.4."
    expected = [m.start() for m in re.finditer(money._PREFIX_SCAN.pattern, s)]
    assert money._PREFIX_SCAN.starts(s) == expected
    assert expected  # the text holds prefixes, so the comparison can fail


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PATTERNS),
    st.text(alphabet=ALPHABET, max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_scan_first_is_search_start(pattern: str, s: str, pos: int, endpos: int) -> None:
    found = re.compile(pattern).search(s, pos, endpos)
    assert FirstCharScan(pattern).first(s, pos, endpos) == (found.start() if found else None)


def test_first_on_a_bio_paragraph() -> None:
    from factcheck.extract import date

    s = "Ana Ruiz joined the Gazette in 2019. She previously worked at the Post."
    assert date._BIO.first(s, 0, len(s)) == 9
    assert date._BIO.first(s, 10, len(s)) == 41
    assert date._BIO.first(s, 10, 30) is None
