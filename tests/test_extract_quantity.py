"""Quantity extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import Text, quantity
from factcheck.models import Document


def _run(text: str) -> list[Any]:
    return list(quantity.extract(Text(Document(id="t", text=text))))


@pytest.mark.parametrize("text", ["120 buses", "15 watches", "7 cities", "40 boxes"])
def test_units_are_singular(text: str) -> None:
    (claim,) = _run(f"They counted {text} there.")
    assert (
        claim.value.unit == {"120": "bus", "15": "watch", "7": "city", "40": "box"}[text.split()[0]]
    )


def test_money_and_percent_figures_are_not_quantities() -> None:
    assert _run("Costs hit £4 billion, up 6 per cent, or 100 mln stg.") == []
