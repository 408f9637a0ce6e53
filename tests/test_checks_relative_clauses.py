"""Conversions and weekdays set off by a phrase or a relative clause (families the fourth
set found uncovered): "€80 million from the ministry, or 406 million lei", "$1,250, which
the retailer said was equivalent to £925". Sentences are our own; rates are the offline ECB
ones."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def status(text: str, span: str) -> str | None:
    doc = Document(id="d", text=text, published=date(2025, 9, 3))
    start = text.index(span)
    for r in check_document(doc):
        if r.check == "conversion" and r.start <= start < r.end:
            return r.status
    return None


@pytest.mark.parametrize(
    "text,span,want",
    [
        ("The orchestra is to receive €80 million from the ministry, or 406 million lei, its "
         "director said.", "406 million lei", "consistent"),
        ("The orchestra is to receive €80 million from the ministry, or 46 million lei, its "
         "director said.", "46 million lei", "inconsistent"),
        ("Across the Atlantic the headset sells for $1,250, which the retailer said was "
         "equivalent to £925 in Britain.", "£925", "consistent"),
        ("Across the Atlantic the headset sells for $1,250, which the retailer said was "
         "equivalent to £1,250 in Britain.", "£1,250", "inconsistent"),
    ],
)  # fmt: skip
def test_a_conversion_after_a_phrase_or_a_relative_clause(text: str, span: str, want: str) -> None:
    assert status(text, span) == want


def test_an_alternative_with_and_is_no_conversion() -> None:
    # "or" after a phrase holding "and": two amounts of a choice, not one amount restated
    text = "Buyers pay €40 for adults and children, or £30 for a family ticket in London."
    assert status(text, "£30") is None


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "The exhibition stays open until 28 November, which falls on a Friday this year.",
            "consistent",
        ),
        (
            "The exhibition stays open until 28 November, which falls on a Monday this year.",
            "inconsistent",
        ),
        ("The hearing is set for 12 November, which will be a Wednesday.", "consistent"),
    ],
)
def test_a_weekday_named_in_a_relative_clause_after_the_date(text: str, want: str) -> None:
    doc = Document(id="d", text=text, published=date(2025, 10, 20))
    got = [r.status for r in check_document(doc) if r.check == "weekday"]
    assert got == [want]
