"""Counts in words that run on into the hundreds are one figure: "four hundred and ten
volunteers" is 410 volunteers, not "four" and "ten volunteers"."""

from __future__ import annotations

import pytest

from factcheck.models import QuantityValue
from factcheck.pipeline import extract


def _quantities(text: str) -> list[tuple[str, float, str | None]]:
    out = []
    for c in extract(text, kinds=["quantity"]):
        assert isinstance(c.value, QuantityValue)
        out.append((c.text, c.value.number, c.value.unit))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The shelter took in four hundred and ten dogs last year.",
            ("four hundred and ten dogs", 410, "dog"),
        ),
        (
            "Some two hundred residents signed the letter.",
            ("two hundred residents", 200, "resident"),
        ),
        (
            "Six hundred and forty-one cars were towed.",
            ("Six hundred and forty-one cars", 641, "car"),
        ),
        (
            "The club sold three hundred thousand tickets.",
            ("three hundred thousand tickets", 300_000, "ticket"),
        ),
        (
            "It planted nine hundred ninety-nine oaks.",
            ("nine hundred ninety-nine oaks", 999, "oak"),
        ),
    ],
)
def test_a_count_in_the_hundreds_is_one_figure(text: str, want: tuple[str, float, str]) -> None:
    assert _quantities(text) == [want]


def test_the_words_after_hundred_are_not_a_second_count() -> None:
    got = _quantities("Crews cleared four hundred and twelve trees and 30 cars.")
    assert [n for _, n, _ in got] == [412, 30]


def test_hundreds_as_a_plural_noun_are_no_count() -> None:
    assert _quantities("Hundreds of fans and two coaches waited.") == [("two coaches", 2, "coach")]
