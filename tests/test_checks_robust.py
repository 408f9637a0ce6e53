"""No text makes a check crash, and every result's offsets point at its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks import check_document
from factcheck.extract import extract_document
from factcheck.models import Claim, Document

TOKENS = (
    "£3 billion ( $3.7 billion ) , or about 20% from to $10m rose fell doubled nearly triple "
    "three times half a decade ago later after since 2022 1985 24 February 2022 March 4 "
    "Sunday, February 16 Friday (a 1,200 of the 650 seats majority of 40 votes an average of "
    "a year per head each £5,000 total of in all includes made up of and Rs 500 crore yuan "
    "kroner 2 billion a third by 0 0% 0.0 more than less than within at least 31 February 2023 "
    "29 February 2023 Feb. 30 . , ; - – years months days weeks century 1900 2100 9999 "
    "percentage points points 100 mln stg ¥ € $ US$ A$ NT$ 0 million from 0 to 0 zero times"
).split(" ")


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40),
    published=st.sampled_from([None, "2024-02-29", "1999-01-01", "2025-02-17", "1950-06-01"]),
)
def test_any_sequence_of_figures_is_checked_without_crashing(words, published):
    text = " ".join(words)
    doc = Document(id="f", text=text, published=published)
    for r in check_document(doc, extract_document(doc)):
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.text
        assert r.status in ("consistent", "inconsistent", "inconclusive")
        assert r.explanation


CLAIM_TEXTS = st.sampled_from(["£3 billion", "20%", "1,200", "nearly three years", "2022", "x"])


@settings(max_examples=150, deadline=None)
@given(
    words=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=30),
    published=st.sampled_from([None, "2024-02-29", "2025-02-17"]),
    junk=st.lists(st.tuples(CLAIM_TEXTS, st.integers(0, 300), st.integers(0, 40)), max_size=4),
)
def test_checking_is_total_deterministic_and_names_its_claim(words, published, junk):
    text = " ".join(words)
    doc = Document(id="p", text=text, published=published)
    claims = extract_document(doc)
    # claims whose spans do not match the text (stale or foreign) are ignored, never fatal
    claims += [
        Claim(document="p", kind="quantity", text=t, start=s, end=s + n, value=None)
        for t, s, n in junk
    ]
    first = check_document(doc, claims)
    assert first == check_document(doc, claims)
    ids = {c.id for c in claims}
    for r in first:
        assert r.claim_id in ids, r
        assert set(r.related) <= ids
        assert r.document == "p" and r.explanation and "\n" not in r.explanation


def test_a_relation_of_bare_numbers_only_makes_no_result():
    # "zero" and "doubled" are no claims, and "1,200" alone is not checked against them
    doc = Document(id="z", text="zero doubled 1,200", published="2025-02-17")
    claims = extract_document(doc)
    ids = {c.id for c in claims}
    assert all(r.claim_id in ids for r in check_document(doc, claims))
    assert all(r.claim_id in ids for r in check_document(doc, []))
