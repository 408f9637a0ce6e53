"""The conversion check: a money figure and its converted twin against the ECB rate."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import check_document
from factcheck.errors import NoRate
from factcheck.lookup.ecb import Rate
from factcheck.models import Document

CASES = [
    # (published, text, converted figure, expected status)
    ("2025-02-17", "He pledged £3 billion ($3.7 billion) a year.", "$3.7 billion", "consistent"),
    ("2025-02-17", "He pledged £3 billion ($3.8 billion) a year.", "$3.8 billion", "consistent"),
    ("2025-02-17", "He pledged £3 billion ($3 billion) a year.", "$3 billion", "inconsistent"),
    ("2025-02-17", "He pledged £3 billion ($3.7 million) a year.", "$3.7 million", "inconsistent"),
    ("2023-01-10", "Lenders put in €2.4bn, or about $2.6bn, last week.", "$2.6bn", "consistent"),
    (
        "2023-01-10",
        "Lenders put in 2.4 billion euros ($2.2 billion).",
        "$2.2 billion",
        "inconsistent",
    ),
    (
        "2021-07-01",
        "A budget of ₹500 crore (about $67 million) was set.",
        "$67 million",
        "consistent",
    ),
    (
        "2021-07-01",
        "A budget of Rs 500 crore ($6.7 million) was set.",
        "$6.7 million",
        "inconsistent",
    ),
    (
        "2018-02-01",
        "It paid 12 billion yen ($110 million) to settle.",
        "$110 million",
        "consistent",
    ),
    ("2024-05-02", "The deal is worth NOK 3 billion ($275 million).", "$275 million", "consistent"),
    (
        "2024-11-06",
        "It raised £3 billion a year ($3.8 billion) from the levy.",
        "$3.8 billion",
        "consistent",
    ),
    # Christmas Day: the rate of 24 December is used
    ("2024-12-25", "The gift of £1.5m (€1.8m) arrived today.", "€1.8m", "consistent"),
    # the ECB never published the naira, nor the rouble after 1 March 2022
    (
        "2024-07-10",
        "A fine of ₦50 billion ($32 million) was imposed.",
        "$32 million",
        "inconclusive",
    ),
    (
        "2022-06-15",
        "A fine of 500 million roubles ($9 million) was paid.",
        "$9 million",
        "inconclusive",
    ),
    # kroner: Danish or Norwegian?
    ("2024-05-02", "It raised 3 billion kroner ($280 million).", "$280 million", "inconclusive"),
    # no publication date: no rate day
    (None, "It raised £3 billion ($3.7 billion).", "$3.7 billion", "inconclusive"),
    # a bare comma links a pair when the second figure is hedged
    (
        "2025-02-17",
        "The deal is worth £3 billion, roughly $3.78 billion.",
        "$3.78 billion",
        "consistent",
    ),
    (
        "2025-02-17",
        "The deal is worth £3 billion, roughly $3 billion.",
        "$3 billion",
        "inconsistent",
    ),
    # the amount restated in brackets, then converted
    (
        "2025-06-01",
        "The budget is 500 million rand (R500m), or about $28 million.",
        "$28 million",
        "consistent",
    ),
    # notations the money grammar reads (issue 11): the checks take its currency
    ("2025-02-17", "It raised ₩1 trillion ($690 million).", "$690 million", "consistent"),
    ("2025-02-17", "It raised R$ 3 billion ($520 million).", "$520 million", "consistent"),
    ("2025-02-17", "It raised Rp 10 trillion ($612 million).", "$612 million", "consistent"),
    ("2025-02-17", "It raised Kč 10 billion (€398 million).", "€398 million", "consistent"),
    (
        "2025-02-17",
        "It raised 1.2 lakh crore rupees ($13.8 billion).",
        "$13.8 billion",
        "consistent",
    ),
]


@pytest.mark.parametrize(("published", "text", "figure", "expected"), CASES)
def test_conversion_cases(published, text, figure, expected):
    doc = Document(id="t", text=text, published=published)
    results = check_document(doc, None, checks=["conversion"])
    assert len(results) == 1, results
    r = results[0]
    assert r.status == expected, r.explanation
    assert text[r.start : r.end] == figure == r.text


def test_seed_pair_shows_the_arithmetic():
    doc = Document(
        id="seed", text="It gives £3 billion ($3.7 billion) a year.", published="2025-02-17"
    )
    (r,) = check_document(doc, None, checks=["conversion"])
    assert r.status == "consistent"
    assert "ECB 2025-02-17: 1 GBP = 1.2598 USD" in r.explanation
    assert "£3 billion = $3.779 billion" in r.explanation
    assert "-2.1%" in r.explanation and "last stated digit" in r.explanation
    assert r.evidence and float(r.evidence[0].value or 0) == pytest.approx(1.2598, abs=5e-5)


def test_weekend_explains_the_rate_day():
    doc = Document(id="w", text="It cost £250,000 (€292,000).", published="2024-03-30")
    (r,) = check_document(doc, None, checks=["conversion"])
    assert r.status == "consistent"
    assert "ECB 2024-03-28" in r.explanation and "last business day" in r.explanation


def test_same_currency_and_distant_figures_are_not_pairs():
    for text in ("It cost $3 billion ($3.5 billion with fees).",
                 "It cost £3 billion. Later, a further $2 billion was found."):  # fmt: skip
        doc = Document(id="p", text=text, published="2025-02-17")
        assert check_document(doc, checks=["conversion"]) == []


def test_rate_source_is_injectable():
    def fixed(base: str, quote: str, on: date) -> Rate:
        if quote == "XXX":
            raise NoRate("no XXX")
        return Rate(base=base, quote=quote, rate=2.0, date=on, source="test", description="x")

    doc = Document(id="r", text="It cost £10m ($20m).", published="2020-01-06")
    (r,) = check_document(doc, None, checks=["conversion"], rates=fixed)
    assert r.status == "consistent"
    doc = Document(id="r", text="It cost £10m ($25m).", published="2020-01-06")
    (r,) = check_document(doc, None, checks=["conversion"], rates=fixed)
    assert r.status == "inconsistent"


def test_pairs_linked_by_the_money_extractor_are_checked():
    from factcheck.extract import extract_document

    text = "The 2-billion-euro ($2.1 billion) plan starts soon."
    doc = Document(id="c", text=text, published="2024-11-06")
    assert check_document(doc, [], checks=["conversion"]) == []  # no claims, nothing to pair
    claims = extract_document(doc)
    (r,) = check_document(doc, claims, checks=["conversion"])
    assert (r.text, r.status) == ("$2.1 billion", "consistent")
    assert r.claim_id == next(c.id for c in claims if c.text == "$2.1 billion")
    assert r.related == [next(c.id for c in claims if c.text == "2-billion-euro")]
