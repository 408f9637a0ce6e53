"""The Reading's bare figures of the sentence before a claim (``Reading.bare_before``), the
counterpart of the next sentence's figures that ``read`` keeps: a tally told without a
claim of its own, then a claim about it."""

from __future__ import annotations

from factcheck.checks._reading import read
from factcheck.extract import extract_document
from factcheck.models import Document


def _reading(text: str):
    doc = Document(id="r9", text=text, published="2025-01-01")
    return doc, read(doc, extract_document(doc))


def _values_before(text: str, anchor: str) -> list[float]:
    _, r = _reading(text)
    return [o.value for o in r.bare_before(text.index(anchor))]


def test_a_tally_before_a_claim_is_offered():
    text = "The board backed the merger 412 to 377. Its margin of 35 votes cost £2 million."
    assert _values_before(text, "Its margin") == [412, 377]


def test_the_first_sentence_has_nothing_before_it():
    text = "The board backed the merger 412 to 377. Its margin of 35 votes cost £2 million."
    assert _values_before(text, "The board") == []


def test_another_paragraph_is_not_read():
    text = "The board backed the merger 412 to 377.\n\nIts margin of 35 votes cost £2 million."
    assert _values_before(text, "Its margin") == []


def test_claims_of_the_sentence_before_are_not_bare():
    text = "The depot spent £412,000 on 377 vans. Its margin of 35 votes cost £2 million."
    values = _values_before(text, "Its margin")
    assert 412_000 not in values


def test_offering_them_leaves_the_operands_as_they_were():
    text = "The board backed the merger 412 to 377. Its margin of 35 votes cost £2 million."
    _, r = _reading(text)
    before = [(o.start, o.end) for o in r.operands]
    r.bare_before(text.index("Its margin"))
    assert [(o.start, o.end) for o in r.operands] == before
