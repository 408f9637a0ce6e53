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
