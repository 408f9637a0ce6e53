"""Money extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import Text, money
from factcheck.models import Document, claim_id


def _run(text: str) -> list[Any]:
    return list(money.extract(Text(Document(id="t", text=text))))


def test_parenthetical_conversion_is_a_linked_pair() -> None:
    first, second = _run("Aid rose to £2 billion ($2.5 billion) this year.")
    assert first.pair == claim_id("t", "money", second.start, second.end) == second.id
    assert second.pair == first.id


def test_unrelated_figures_are_not_paired() -> None:
    claims = _run("It cost £2 billion. Later ($3 billion) was spent.")
    assert [c.pair for c in claims] == [None, None]


def test_qualifier_stays_outside_the_span() -> None:
    (claim,) = _run("They lost more than $40 million.")
    assert claim.text == "$40 million"
    assert claim.qualifier == "more than"


@pytest.mark.parametrize(
    ("text", "amount"),
    [("£5m", 5e6), ("$7bn", 7e9), ("$3 mln", 3e6), ("€2tn", 2e12), ("$9.5 thousand", 9500)],
)
def test_scale_abbreviations(text: str, amount: float) -> None:
    (claim,) = _run(f"The deal was {text} in total.")
    assert claim.value.amount == pytest.approx(amount)


def test_pounds_as_money_in_context() -> None:
    (claim,) = _run("She paid 300 pounds for the ticket.")
    assert claim.value.currency == "GBP"
