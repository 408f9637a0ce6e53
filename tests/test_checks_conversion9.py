"""Conversion families after the eighth blind set, in our own words: a letter symbol with
diacritics typed without them ("zl" for "zł", "Kc" for "Kč") is the same currency, in
front of the figure or after it, and its conversion is checked like the symbol's."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.extract import extract_document
from factcheck.extract.money import find_money
from factcheck.models import Document, MoneyValue

DAY = "2024-05-02"


def _conversions(text: str) -> list[tuple[str, str]]:
    doc = Document(id="c9", text=text, published=DAY)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["conversion"])]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The insurer paid zl 2.4 billion in claims.", "PLN"),
        ("A tram ticket costs 4.60 zl in the old town.", "PLN"),
        ("A studio flat costs 3.5 million Kc in the centre.", "CZK"),
        ("The insurer paid zł 2.4 billion in claims.", "PLN"),
    ],
)
def test_symbols_typed_without_diacritics(text, code):
    found = [f.value for f in find_money(text) if isinstance(f.value, MoneyValue)]
    assert [v.currency for v in found] == [code]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The insurer paid zl 2.4 billion (€560 million) in claims.",
            [("€560 million", "consistent")],
        ),
        (
            "The insurer paid zl 2.4 billion (€900 million) in claims.",
            [("€900 million", "inconsistent")],
        ),
        (
            "A studio flat in the centre costs 3.5 million Kc, or about €140,000.",
            [("€140,000", "consistent")],
        ),
        (
            "A studio flat in the centre costs 3.5 million Kc, or about €14,000.",
            [("€14,000", "inconsistent")],
        ),
    ],
)
def test_conversions_from_plain_typed_symbols(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The file ends in .zl and opens in 2 seconds.",
        "Route ZL 12 runs every 15 minutes.",
    ],
)
def test_near_misses_are_no_money(text):
    assert not [f for f in find_money(text) if isinstance(f.value, MoneyValue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fund raised £40 million, $50 million in dollar terms, its manager said.",
            [("$50 million", "consistent")],
        ),
        (
            "The fund raised £40 million, $80 million in dollar terms, its manager said.",
            [("$80 million", "inconsistent")],
        ),
        (
            "The estate changed hands for HRK 75 million, €10 million in today's terms, in 2024.",
            [("€10 million", "inconclusive")],
        ),
    ],
)
def test_a_restating_phrase_closed_by_a_comma(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fund raised £40 million, $50.9 million in its first round, last year.",
        "The fund raised £40 million, $90 million in new pledges, and more.",
    ],
)
def test_a_comma_after_words_that_restate_nothing_binds_nothing(text):
    assert _conversions(text) == []


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "The tunnel will cost €160 million - kr 1.8 billion - to dig near Bergen in Norway.",
            [(160e6, None, "EUR"), (1.8e9, None, "NOK")],
        ),
        (
            "A Stockholm firm bid €40 million - kr 450 million - for the ferries.",
            [(40e6, None, "EUR"), (450e6, None, "SEK")],
        ),
        ("Tickets in Oslo cost kr 50 - kr 70 a seat.", [(50.0, 70.0, "NOK")]),
        ("Day passes cost €12 - €15 at the gate.", [(12.0, 15.0, "EUR")]),
    ],
)
def test_a_second_currency_mark_ends_a_range(text, amounts):
    doc = Document(id="r9", text=text, published=DAY)
    got = [
        (c.value.amount, c.value.amount_max, c.value.currency)
        for c in extract_document(doc)
        if isinstance(c.value, MoneyValue)
    ]
    assert got == amounts


@pytest.mark.parametrize(
    ("figure", "status"), [("kr 1.89 billion", "consistent"), ("kr 2.6 billion", "inconsistent")]
)
def test_a_range_over_two_currencies_is_checked_as_a_conversion(figure, status):
    text = f"The tunnel will cost €160 million - {figure} - to dig near Bergen in Norway."
    assert _conversions(text) == [(figure, status)]
