"""Percent extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck.extract import Text, percent
from factcheck.models import Document


def _run(text: str) -> list[Any]:
    return list(percent.extract(Text(Document(id="t", text=text))))


def test_qualifier_stays_outside_the_span() -> None:
    (claim,) = _run("Profits fell by more than 20 per cent.")
    assert claim.text == "20 per cent"
    assert claim.qualifier == "more than"


def test_percent_sign_glued_to_next_digits_is_not_a_percent() -> None:
    assert _run("token=30%25") == []


@pytest.mark.parametrize(
    ("text", "span", "percent", "points"),
    [
        ("Exports grew +1.8% last month.", "+1.8%", 1.8, None),
        ("Prices rose .7% in May.", ".7%", 0.7, None),
        ("The bond pays 4½%.", "4½%", 4.5, None),
        ("Savers get ¾% a year.", "¾%", 0.75, None),
        ('"It is three point two percent," he said.', "three point two percent", 3.2, None),
        ("Fees fell a tenth of a percent.", "a tenth of a percent", 0.1, None),
        ("The tax is three-quarters of a percent.", "three-quarters of a percent", 0.75, None),
        ("Inflation reached 5,6 % in Italy.", "5,6 %", 5.6, None),
        ("Labour gained 4pp in the poll.", "4pp", 4, True),
        ("Its share fell 2 ppt.", "2 ppt", 2, True),
        ("Rates rose a full percentage point.", "a full percentage point", 1, True),
    ],
)
def test_grammar_forms(text: str, span: str, percent: float, points: bool | None) -> None:
    claims = _run(text)
    assert [c.text for c in claims] == [span]
    assert claims[0].value.percent == pytest.approx(percent)
    assert claims[0].value.percentage_points is points


def test_a_range_after_by_and_pages_are_not_points() -> None:
    (claim,) = _run("Fares will rise by 3% to 5% in June.")
    assert (claim.value.percent, claim.value.percent_max) == (3, 5)
    assert _run("The report runs to 240pp.") == []
