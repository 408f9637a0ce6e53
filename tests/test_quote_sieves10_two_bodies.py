"""A plural description that counts two bodies ("the two companies", "the pair of
charities", "the two councils") names the two organisations of its kind that the article
named, as it joins them, even when it never joined them by "and" (one agreed to buy the
other); with three of that kind named it names nobody. A dateline's place and a headline
are no bodies counted. Names and figures are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


DEAL = "Marrick Foods has agreed to buy Tolland Dairies for £40 million. The deal closes in June. "


@pytest.mark.parametrize(
    "tail",
    [
        "“We will grow together,” the two companies said in a joint statement.",
        "“We will grow together,” the two firms said.",
        "The two companies said in a joint statement: “We will grow together.”",
    ],
)
def test_the_two_companies_after_a_purchase(tail: str) -> None:
    assert speakers(DEAL + tail) == ["Marrick Foods and Tolland Dairies"]


def test_a_dateline_place_and_the_headline_are_not_counted() -> None:
    text = (
        "Marrick Foods to buy Tolland Dairies\n\n"
        "Ashby Mills, 3 March 2026 – Marrick Foods has agreed to buy Tolland Dairies for "
        "£40 million. “We will grow together,” the two companies said."
    )
    assert speakers(text) == ["Marrick Foods and Tolland Dairies"]


def test_the_two_councils_joined_by_and() -> None:
    text = (
        "Tarrow Borough Council and Wexley District Council will share a chief executive. "
        "“It saves money,” the two councils said."
    )
    assert speakers(text) == ["Tarrow Borough Council and Wexley District Council"]


@pytest.mark.parametrize(
    "lead",
    [
        "Marrick Foods, Tolland Dairies and Brennan Mills have agreed to merge.",
        "Marrick Foods will buy Tolland Dairies, beating Brennan Mills to the deal.",
        "Marrick Foods will buy Tolland Dairies. Brennan Mills had also bid.",
    ],
)
def test_three_companies_named_is_nobody(lead: str) -> None:
    assert speakers(f"{lead} “We will grow together,” the two companies said.") == [None]
