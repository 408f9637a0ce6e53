"""Quantity extraction: data-driven cases from fixtures/quantity.jsonl plus targeted checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import Text, quantity
from factcheck.models import Document

FIXTURES = Path(__file__).parent / "fixtures" / "quantity.jsonl"
CASES = [json.loads(line) for line in FIXTURES.read_text("utf-8").splitlines() if line.strip()]


def _run(text: str) -> list[Any]:
    return list(quantity.extract(Text(Document(id="t", text=text))))


@pytest.mark.parametrize("case", CASES, ids=[f"line{i + 1}" for i in range(len(CASES))])
def test_fixture(case: dict[str, Any]) -> None:
    claims = _run(case["text"])
    assert [c.text for c in claims] == [e["text"] for e in case["claims"]]
    for claim, expected in zip(claims, case["claims"], strict=True):
        assert claim.text == case["text"][claim.start : claim.end]
        got = claim.value.model_dump(exclude_none=True, exclude={"kind"})
        for key, want in expected["value"].items():
            if isinstance(want, float | int) and not isinstance(want, bool):
                assert got.get(key) == pytest.approx(want), (key, got)
            else:
                assert got.get(key) == want, (key, got)
        if "unit" not in expected["value"]:
            assert claim.value.unit is None


@pytest.mark.parametrize("text", ["120 buses", "15 watches", "7 cities", "40 boxes"])
def test_units_are_singular(text: str) -> None:
    (claim,) = _run(f"They counted {text} there.")
    assert (
        claim.value.unit == {"120": "bus", "15": "watch", "7": "city", "40": "box"}[text.split()[0]]
    )


def test_money_and_percent_figures_are_not_quantities() -> None:
    assert _run("Costs hit £4 billion, up 6 per cent, or 100 mln stg.") == []
