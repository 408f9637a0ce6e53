"""A shared currency name the document does not resolve ("kr" without a Nordic place): the
conversion is tested under every currency the name can stand for (the extractor's own table)."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _conversion(text: str, published: str = "2024-05-02") -> tuple[str, str]:
    found = [
        r
        for r in check_document(Document(id="k", text=text, published=published))
        if r.check == "conversion"
    ]
    assert len(found) == 1, found
    return found[0].status, found[0].explanation


def test_wrong_under_every_reading_is_inconsistent() -> None:
    status, why = _conversion("The marina cost kr 310 million, roughly £4.3 billion, to build.")
    assert status == "inconsistent"
    assert "whichever currency" in why and "NOK" in why and "DKK" in why


def test_right_under_one_reading_is_consistent_and_says_which() -> None:
    # SEK 450m = £32.95m on 2 May 2024; NOK gives £32.5m, DKK £51.6m
    status, why = _conversion("The firm paid kr 450 million for two ferries, about £33.5 million.")
    assert status == "consistent"
    assert 'reading "kr 450 million" as SEK' in why


def test_a_place_still_decides_the_reading() -> None:
    status, why = _conversion("An Oslo firm paid kr 450 million for two ferries, about £33m.")
    assert status == "consistent"  # NOK: £32.5m, within one unit of the last digit
    assert "reading" not in why and "NOK" in why


def test_a_reading_without_a_rate_that_day_leaves_it_inconclusive() -> None:
    # the ECB published no krona rate for Iceland in 2010: that reading cannot be ruled out
    status, why = _conversion("The marina cost kr 310 million, roughly £4.3 billion.", "2010-05-03")
    assert status == "inconclusive"
    assert "ambiguous" in why
