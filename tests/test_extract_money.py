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


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("It cost between £3 and £4.", "£3 and £4", (3, "GBP", 4)),
        ("It costs 2-4 pounds sterling.", "2-4 pounds", (2, "GBP", 4)),
        ("A 3-5 crore rupees deal.", "3-5 crore rupees", (3e7, "INR", 5e7)),
        ("They pay between 5 euros and 8 euros.", "5 euros and 8 euros", (5, "EUR", 8)),
        ("He paid €7 and 15c.", "€7 and 15c", (7.15, "EUR", None)),
        ("It was 4 zloty 20 groszy.", "4 zloty 20 groszy", (4.2, "PLN", None)),
        ("Tickets are 5.50EUR here.", "5.50EUR", (5.5, "EUR", None)),
        ("They raised nz $ 4 million.", "nz $ 4 million", (4e6, "NZD", None)),
        ("The fine was 3,000 Kenyan shillings.", "3,000 Kenyan shillings", (3000, "KES", None)),
        ("A loaf is 50 zł now.", "50 zł", (50, "PLN", None)),
        ("It cost ₦500.", "₦500", (500, "NGN", None)),
        ("It cost 20 Deutschmarks.", "20 Deutschmarks", (20, "DEM", None)),
        ("It cost 10 French francs.", "10 French francs", (10, "FRF", None)),
    ],
)
def test_compositions_of_known_parts(text: str, span: str, value: tuple[Any, ...]) -> None:
    (claim,) = _run(text)
    assert claim.text == span
    assert (claim.value.amount, claim.value.currency, claim.value.amount_max) == pytest.approx(
        value
    )


def test_a_head_word_that_is_also_english_needs_a_scale_or_an_adjective() -> None:
    assert _run("They won 3 games and 5 real problems remained.") == []
    (claim,) = _run("The deal is worth 3 billion won.")
    assert claim.value.currency == "KRW"
