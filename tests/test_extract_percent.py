"""Percent extraction: data-driven cases from fixtures/percent.jsonl plus targeted checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import Text, percent
from factcheck.models import Document

FIXTURES = Path(__file__).parent / "fixtures" / "percent.jsonl"
CASES = [json.loads(line) for line in FIXTURES.read_text("utf-8").splitlines() if line.strip()]


def _run(text: str) -> list[Any]:
    return list(percent.extract(Text(Document(id="t", text=text))))


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


def test_qualifier_stays_outside_the_span() -> None:
    (claim,) = _run("Profits fell by more than 20 per cent.")
    assert claim.text == "20 per cent"
    assert claim.qualifier == "more than"


def test_percent_sign_glued_to_next_digits_is_not_a_percent() -> None:
    assert _run("token=30%25") == []
