"""Families of forms the fourth blind grammar set showed missing (issue 11), in sentences
written for this file: ranges written "N or M" before a currency word or a percent unit
(as duration already read them), a first amount with its own code or sign staying apart,
and a vulgar fraction of "an hour" or "a day"."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import EXTRACTORS, Text
from factcheck.models import Document


def _run(kind: str, text: str) -> list[Any]:
    return list(EXTRACTORS[kind](Text(Document(id="t", text=text))))


@pytest.mark.parametrize(
    ("text", "span", "amount", "amount_max", "currency"),
    [
        ("A taxi to the port is 15 or 20 Swiss francs.", "15 or 20 Swiss francs", 15, 20, "CHF"),
        ("Tickets cost three or four euros at the door.", "three or four euros", 3, 4, "EUR"),
    ],
)
def test_money_ranges_with_or(
    text: str, span: str, amount: float, amount_max: float, currency: str
) -> None:
    (claim,) = _run("money", text)
    value = claim.value
    assert (claim.text, value.amount, value.amount_max, value.currency) == (
        span, amount, amount_max, currency,
    )  # fmt: skip


def test_an_amount_with_its_own_code_before_or_stays_apart() -> None:
    claims = _run("money", "The fee is EUR 40 or 35 GBP.")
    assert [(c.text, c.value.amount_max) for c in claims] == [("EUR 40", None), ("35 GBP", None)]


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Rents may rise by 4 or 5 percent next year.", "4 or 5 percent", 4, 5),
        ("Turnout fell 2 or 3 per cent short.", "2 or 3 per cent", 2, 3),
    ],
)
def test_percent_ranges_with_or(text: str, span: str, low: float, high: float) -> None:
    (claim,) = _run("percent", text)
    assert (claim.text, claim.value.percent, claim.value.percent_max) == (span, low, high)


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("Boil the stock for ¾ of an hour.", "¾ of an hour", "PT45M"),
        ("The ferry takes ½ an hour.", "½ an hour", "PT30M"),
        ("Leave the dough for ¼ of a day.", "¼ of a day", "PT6H"),
    ],
)
def test_a_vulgar_fraction_of_a_unit(text: str, span: str, iso: str) -> None:
    (claim,) = _run("duration", text)
    assert (claim.text, claim.value.iso) == (span, iso)
