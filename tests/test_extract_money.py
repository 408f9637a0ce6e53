"""Money extraction: data-driven cases from fixtures/money.jsonl plus targeted checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import Text, money
from factcheck.models import Document, claim_id

FIXTURES = Path(__file__).parent / "fixtures" / "money.jsonl"
CASES = [json.loads(line) for line in FIXTURES.read_text("utf-8").splitlines() if line.strip()]


def _run(text: str) -> list[Any]:
    return list(money.extract(Text(Document(id="t", text=text))))


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


def test_parenthetical_conversion_is_a_linked_pair() -> None:
    first, second = _run("Aid rose to £2 billion ($2.5 billion) this year.")
    assert first.pair == claim_id("t", "money", second.start, second.end) == second.id
    assert second.pair == first.id


def test_unrelated_figures_are_not_paired() -> None:
    claims = _run("It cost £2 billion. Later ($3 billion) was spent.")
    assert [c.pair for c in claims] == [None, None]


def test_qualifier_stays_outside_the_span() -> None:
    (claim,) = _run("They lost more than $40 million.")
    assert claim.text == "$40 million"
    assert claim.qualifier == "more than"


@pytest.mark.parametrize(
    ("text", "amount"),
    [("£5m", 5e6), ("$7bn", 7e9), ("$3 mln", 3e6), ("€2tn", 2e12), ("$9.5 thousand", 9500)],
)
def test_scale_abbreviations(text: str, amount: float) -> None:
    (claim,) = _run(f"The deal was {text} in total.")
    assert claim.value.amount == pytest.approx(amount)


def test_pounds_as_money_in_context() -> None:
    (claim,) = _run("She paid 300 pounds for the ticket.")
    assert claim.value.currency == "GBP"
