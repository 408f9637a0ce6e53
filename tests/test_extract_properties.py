"""Properties every extractor keeps on any input (hypothesis).

On arbitrary Unicode and on texts assembled from claim-like fragments (numbers,
currency symbols, month names, quote marks), ``factcheck.extract`` never raises, every
claim's text is ``document[start:end]``, claims of one kind never overlap, ids are unique
and the same input always gives the same output.
"""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import extract
from factcheck.extract import EXTRACTORS
from factcheck.models import Claim

FRAGMENTS = [
    "£3 billion",
    "($3.7 billion)",
    "$",
    "€",
    "¥",
    "₹",
    "US$",
    "C$",
    "HK$",
    "USD",
    "GBP",
    "stg",
    "yuan",
    "euros",
    "pounds",
    "1,000",
    "5,000",
    "12",
    "0.5",
    "4-1/4",
    "3.5bn",
    "2-3",
    "k",
    "mn",
    "million",
    "billion",
    "trillion",
    "three",
    "a half",
    "dozen",
    "%",
    "per cent",
    "pct",
    "percentage points",
    "January",
    "Feb.",
    "March 3",
    "16 January 2025",
    "2025-01-16",
    "2030",
    "mid-2007",
    "late June",
    "last year",
    "yesterday",
    "Sunday",
    "on Monday",
    "three years ago",
    "nearly",
    "more than",
    "about",
    "at least",
    "within",
    "years",
    "months",
    "52-week",
    "a decade",
    "two and a half",
    "troops",
    "people",
    "km",
    "feet",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "said",
    "he said",
    "Keir Starmer said",
    "according to",
    "Sir",
    "President",
    ",",
    ".",
    ":",
    "-",
    "–",
    "—",
    "(",
    ")",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "don't",
    "Kyiv's",
    "'90s",
    "10-2",
    "No 10",
    "COVID-19",
    "and",
    "between",
    "to",
    "a year",
    "per year",
    "annually",
]

claimish = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
anything = st.text(max_size=400)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(text: str) -> list[Claim]:
    claims = extract(text, published="2025-02-17")
    for c in claims:
        assert c.text == text[c.start : c.end], c
        assert 0 <= c.start < c.end <= len(text), c
        assert c.kind in EXTRACTORS
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for kind in EXTRACTORS:
        spans = sorted((c.start, c.end) for c in claims if c.kind == kind)
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, f"{kind} claims overlap in {text!r}: {spans}"
    return claims


def _dump(claims: list[Claim]) -> list[dict[str, object]]:
    return [c.model_dump() for c in claims]


@SETTINGS
@given(anything)
def test_any_unicode(text: str) -> None:
    first = _check(text)
    assert _dump(first) == _dump(extract(text, published="2025-02-17"))


@SETTINGS
@given(claimish)
def test_claim_like_fragments(text: str) -> None:
    first = _check(text)
    assert _dump(first) == _dump(extract(text, published="2025-02-17"))


@SETTINGS
@given(claimish, st.sampled_from(sorted(EXTRACTORS)))
def test_each_kind_alone_is_a_subset(text: str, kind: str) -> None:
    alone = _dump(extract(text, published="2025-02-17", kinds=[kind]))
    together = [c for c in _dump(extract(text, published="2025-02-17")) if c["kind"] == kind]
    assert alone == together


@SETTINGS
@given(st.lists(st.sampled_from([*FRAGMENTS, "Ana Ruiz", "Ruiz", "we", "win"]), max_size=30))
def test_quote_marks_in_any_order(parts: list[str]) -> None:
    text = " ".join(parts)
    for c in _check(text):
        if c.kind == "quote":
            assert c.text[0] in "\"“”‘'"
