"""Conversion families left after the seventh blind set, in our own words: a phrase naming
the day's rate between the amounts, the converted figure told first ("… is what X buys"),
a shared currency name set off by dashes with its currency named after it, and a
conversion in the next sentence opened by "That works out at"."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document

#: ECB 2025-02-11: 1 EUR = 157.28 JPY, 11.2525 SEK, 7.4582 DKK; 1 IDR = 6.1099e-05 USD;
#: 1 GBP = 1.1312 CHF; 1 SGD = 3.2975 MYR; 1 ZAR = 0.052385 EUR; 1 PLN = 0.19949 GBP.
DAY = "2025-02-11"


def _conversions(text: str) -> list[tuple[str, str]]:
    doc = Document(id="c8", text=text, published=DAY)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["conversion"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase naming the day's rate, set off by commas, before the converted figure
        (
            "The port borrowed Rp 9 trillion for cranes; at the day's rate, about US$550 million.",
            [("US$550 million", "consistent")],
        ),
        (
            "The port borrowed Rp 9 trillion for cranes; at the day's rate, about US$740 million.",
            [("US$740 million", "inconsistent")],
        ),
        (
            "The airline's €2.5 billion order is, at today's rate, about ¥393 billion.",
            [("¥393 billion", "consistent")],
        ),
        (
            "The airline's €2.5 billion order is, at today's rate, about ¥250 billion.",
            [("¥250 billion", "inconsistent")],
        ),
        (
            "A £60 million stadium loan, at current market rates CHF 67.9 million, was signed.",
            [("CHF 67.9 million", "consistent")],
        ),
    ],
)
def test_a_rate_phrase_between_the_amounts(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the converted figure first, the original after "what" and before "buys"
        (
            "RM33 million - that is what S$10 million buys at today's rate - will pay for a ferry.",
            [("RM33 million", "consistent")],
        ),
        (
            "RM3.3 million - that is what S$10 million buys - will pay for a ferry.",
            [("RM3.3 million", "inconsistent")],
        ),
        (
            "The charity will get £8.0m, which is what zł40 million would fetch.",
            [("£8.0m", "consistent")],
        ),
    ],
)
def test_the_converted_figure_told_first(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shared name "kr", between dashes after another currency: its currency is the
        # one named after it, whatever places the story names
        (
            "Christmas takings were €150 million - kr 1.69 billion in Swedish crowns - across "
            "its Danish and Norwegian stores.",
            [("kr 1.69 billion", "consistent")],
        ),
        (
            "Christmas takings were €150 million - kr 1.69 billion in Danish crowns - across "
            "its Swedish and Norwegian stores.",
            [("kr 1.69 billion", "inconsistent")],
        ),
        # named by no currency: every reading is tried, and one fits
        (
            "Christmas takings were €150 million - kr 1.69 billion - across its Danish and "
            "Swedish stores.",
            [("kr 1.69 billion", "consistent")],
        ),
        # "in Danish stores" names a place, not the currency
        (
            "Takings were €150 million - kr 1.69 billion in Danish stores and Swedish ones.",
            [("kr 1.69 billion", "consistent")],
        ),
    ],
)
def test_a_shared_name_between_dashes(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The miner set aside R900 million for closure costs. That works out at about "
            "€47 million, the regulator said.",
            [("€47 million", "consistent")],
        ),
        (
            "The miner set aside R900 million for closure costs. That works out at about "
            "€470 million, the regulator said.",
            [("€470 million", "inconsistent")],
        ),
    ],
)
def test_that_works_out_at_in_the_next_sentence(text, expected):
    assert _conversions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two things, not one amount restated
        "The council paid £60 million for a site and, at the day's rate, CHF 12 million for fees.",
        # a rate that is no exchange rate of the day
        "The bank lent £60 million at a fixed rate, CHF 30 million at a floating one.",
        # "what" without a verb of buying
        "RM33 million is what S$10 million of bonds paid out in interest.",
        # the next sentence leaves, it does not restate
        "The miner set aside R900 million for closure costs. That leaves €47 million for a shaft.",
        # one range in one currency stays a range
        "Bids for the depot ran €150 million - €170 million, the agency said.",
    ],
)
def test_near_misses_make_no_conversion(text):
    assert _conversions(text) == []
