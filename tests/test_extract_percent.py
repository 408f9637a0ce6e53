"""Percent extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from typing import Any

from factcheck.extract import Text, percent
from factcheck.models import Document


def _run(text: str) -> list[Any]:
    return list(percent.extract(Text(Document(id="t", text=text))))


def test_qualifier_stays_outside_the_span() -> None:
    (claim,) = _run("Profits fell by more than 20 per cent.")
    assert claim.text == "20 per cent"
    assert claim.qualifier == "more than"


def test_percent_sign_glued_to_next_digits_is_not_a_percent() -> None:
    assert _run("token=30%25") == []
