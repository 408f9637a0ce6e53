"""Duration extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import Text, duration
from factcheck.models import Document


def _run(text: str) -> list[Any]:
    return list(duration.extract(Text(Document(id="t", text=text))))


@pytest.mark.parametrize(
    ("parts", "iso"),
    [
        ((("Y", 2), ("M", 3)), "P2Y3M"),
        ((("Y", 0.5),), "P6M"),
        ((("D", 0.5),), "PT12H"),
        ((("h", 2), ("m", 10)), "PT2H10M"),
        ((("s", 123.45),), "PT123.45S"),
        ((("W", 1),), "P1W"),
    ],
)
def test_iso(parts: tuple[tuple[str, float], ...], iso: str) -> None:
    from fractions import Fraction

    assert duration.iso(tuple((k, Fraction(v).limit_denominator(1000)) for k, v in parts)) == iso


def test_two_durations_in_a_list_are_not_joined() -> None:
    claims = _run("Sentences of 10 days, 2 years and 3 years were handed down.")
    assert [c.text for c in claims] == ["10 days", "2 years", "3 years"]


def test_span_at_the_very_start_of_the_text() -> None:
    (claim,) = _run("Six weeks passed.")
    assert (claim.start, claim.end, claim.value.iso) == (0, 9, "P6W")


def test_non_ascii_text_that_lower_cases_longer_still_gives_right_offsets() -> None:
    text = "İstanbul waited 3 years."
    (claim,) = _run(text)
    assert text[claim.start : claim.end] == "3 years"


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        # compact and compound forms
        ("Flight time: 2h15.", "2h15", "PT2H15M"),
        ("The film runs 2h 10m.", "2h 10m", "PT2H10M"),
        ("She ran it in 3m 05s.", "3m 05s", "PT3M5S"),
        ("Each set takes 8 min 20 s.", "8 min 20 s", "PT8M20S"),
        ("Settlement: 30d.", "30d", "P30D"),
        # fractions, adjectives, number words
        ("A three-and-a-half-hour hearing.", "three-and-a-half-hour", "PT3H30M"),
        ("The week-long strike ended.", "week-long", "P1W"),
        ("They talked for a quarter-hour.", "a quarter-hour", "PT15M"),
        ("It took three-quarters of an hour.", "three-quarters of an hour", "PT45M"),
        ("The empire lasted a thousand years.", "a thousand years", "P1000Y"),
        ("The abbey stood for a millennium.", "a millennium", "P1000Y"),
        ("Output fell for two straight quarters.", "two straight quarters", "P6M"),
        # ranges, scales, small units
        ("Refunds take 5-7 days.", "5-7 days", "P5D"),
        ("The rock is 2.1 billion years old.", "2.1 billion years", "P2100000000Y"),
        ("A blink lasts 150 milliseconds.", "150 milliseconds", "PT0.15S"),
        ("Rents doubled in the past year.", "the past year", "P1Y"),
    ],
)
def test_grammar_forms(text: str, span: str, iso: str) -> None:
    claims = _run(text)
    assert [c.text for c in claims] == [span]
    assert claims[0].value.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "The Seven Years' War reshaped Europe.",
        "The 12 Hours of Sebring is a race.",
        "He bought a 3D printer.",
        "Profits reached 5m last year.",
    ],
)
def test_names_and_letters_that_are_not_durations(text: str) -> None:
    assert _run(text) == []
