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


def test_every_unit_the_grammar_reads_is_found_after_a_number() -> None:
    # The scan for numbers starts from the grammar's own units, so no unit spelling can be
    # left out of a separate word list (a list once missed the plural "ppts").
    claims = _run("The lead narrowed by 5 ppts, then 3 PPT; turnout was 61 Pct.")
    assert [c.text for c in claims] == ["5 ppts", "3 PPT", "61 Pct"]
    assert [c.value.percentage_points for c in claims] == [True, True, None]


def test_a_long_range_before_its_unit_is_within_reach() -> None:
    (claim,) = _run("Yields moved between 2,125.375 and 3,250.875 percentage points.")
    assert claim.text == "2,125.375 and 3,250.875 percentage points"
    assert claim.value.percent_max == pytest.approx(3250.875)


def test_the_reach_of_a_unit_loses_no_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    import json
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    texts = [
        json.loads(line)["text"]
        for path in [*sorted((fixtures / "articles").glob("*.jsonl")), fixtures / "percent.jsonl"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    before = [percent.find_percents(t) for t in texts]
    monkeypatch.setattr(percent, "_REACH", 10**9)
    assert [percent.find_percents(t) for t in texts] == before
    assert sum(map(len, before)) > 60
