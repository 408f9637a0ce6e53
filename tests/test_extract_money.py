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


@pytest.mark.parametrize(
    ("text", "span", "amount", "amount_max", "currency"),
    [
        # ranges: the unit repeated, or written last
        ("Seats cost from 12 euros to 20 euros.", "12 euros to 20 euros", 12, 20, "EUR"),
        ("Melons go from €2 to €3 apiece.", "€2 to €3", 2, 3, "EUR"),
        ("Rents run at R9,000–R12,000 in Soweto.", "R9,000–R12,000", 9000, 12000, "ZAR"),
        ("Bids came in at £700,000 to £1.1m.", "£700,000 to £1.1m", 700000, 1100000, "GBP"),
        ("Tuition is KSh 20,000 to KSh 30,000.", "KSh 20,000 to KSh 30,000", 20000, 30000, "KES"),
        ("The stake may fetch $US3 billion.", "$US3 billion", 3e9, None, "USD"),
        # minor units and tails
        ("A bun costs 2 lei 40 bani.", "2 lei 40 bani", 2.4, None, "RON"),
        ("Gum was 45¢ a pack.", "45¢", 0.45, None, "USD"),
        ("Entry is three pounds twenty for children.", "three pounds twenty", 3.2, None, "GBP"),
        # number words
        ("He sold the lamp for a pound.", "a pound", 1, None, "GBP"),
        ("She kept a ten-dollar bill.", "ten-dollar", 10, None, "USD"),
        ("They raised three quarters of a million euros.", "three quarters of a million euros",
         750000, None, "EUR"),
        ("The fee is twelve thousand four hundred pounds.",
         "twelve thousand four hundred pounds", 12400, None, "GBP"),
        ("It cost two point five dollars.", "two point five dollars", 2.5, None, "USD"),
        # letters with a sign, codes and symbols of the table
        ("Earnings reached A $ 1.1 billion.", "A $ 1.1 billion", 1.1e9, None, "AUD"),
        ("The flat cost IR£60,000.", "IR£60,000", 60000, None, "IEP"),
        ("Fines reach Ft 90 billion.", "Ft 90 billion", 9e10, None, "HUF"),
        ("The grant is NIS 1.2 billion.", "NIS 1.2 billion", 1.2e9, None, "ILS"),
        ("The bridge costs TL 40 billion.", "TL 40 billion", 4e10, None, "TRY"),
        ("Prices rose to R1.8 billion.", "R1.8 billion", 1.8e9, None, "ZAR"),
        ("The plant costs RMB 300 million.", "RMB 300 million", 3e8, None, "CNY"),
        ("Bonds worth ₹3 lakh crore were sold.", "₹3 lakh crore", 3e12, None, "INR"),
        ("Un café coûte 2,40 €.", "2,40 €", 2.4, None, "EUR"),
        ("Rice costs 12,500 dong a kilo.", "12,500 dong", 12500, None, "VND"),
    ],
)  # fmt: skip
def test_grammar_forms(
    text: str, span: str, amount: float, amount_max: float | None, currency: str
) -> None:
    claims = _run(text)
    assert [c.text for c in claims] == [span]
    value = claims[0].value
    assert value.amount == pytest.approx(amount)
    assert value.currency == currency
    if amount_max is None:
        assert value.amount_max is None
    else:
        assert value.amount_max == pytest.approx(amount_max)


@pytest.mark.parametrize(
    "text",
    [
        "R2-D2 beeped twice.",
        "The Q3 figures are out.",
        "He bought a pound of flour.",
        "They opened a dollar store.",
        "Copper traded from $8,300 to $8,500.",  # a move: two amounts, not a range
    ],
)
def test_not_one_amount(text: str) -> None:
    claims = _run(text)
    assert all(c.value.amount_max is None for c in claims)
    assert all(c.value.currency != "ZAR" for c in claims)
    assert len(claims) in (0, 2)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("OSLO - The Norwegian group will invest kr 300 million.", "NOK"),
        ("The Copenhagen council spent kr 12 million.", "DKK"),
        ("Trade between Sweden and Norway reached kr 40 million.", None),  # two places
        ("Karachi's port earned Rs 9 billion.", "PKR"),
        ("A riad in Fez costs 900 dirhams a night.", "MAD"),
        ("In Delhi, a Kathmandu bus ticket costs 25 Nepali rupees.", "NPR"),  # says itself
    ],
)
def test_a_shared_name_takes_the_currency_of_the_place_named(
    text: str, currency: str | None
) -> None:
    (claim,) = _run(text)
    assert claim.value.currency == currency
