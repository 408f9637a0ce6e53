"""Date extraction: targeted checks (the data-driven cases are in test_extract_fixtures.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck.extract import Text
from factcheck.extract import date as date_extractor
from factcheck.models import Document


def _run(text: str, published: str | None = "2024-05-10") -> list[Any]:
    doc = Document(
        id="t", text=text, published=date.fromisoformat(published) if published else None
    )
    return list(date_extractor.extract(Text(doc)))


def test_partial_dates_without_a_publication_date_have_no_value() -> None:
    (claim,) = _run("The vote is on Friday.", None)
    assert claim.text == "Friday"
    assert claim.value is None


def test_full_dates_need_no_publication_date() -> None:
    (claim,) = _run("It began on 12 March 2003.", None)
    assert claim.value.date == "2003-03-12"


def test_weekday_on_the_publication_day_is_that_day() -> None:
    (claim,) = _run("Markets closed higher on Friday.")  # 2024-05-10 was a Friday
    assert claim.value.date == "2024-05-10"


def test_day_month_year_orders() -> None:
    texts = [
        "on 2023-06-05.",
        "on June 5, 2023.",
        "on 5 June 2023.",
        "on 6/5/2023.",
        "on Jun. 5, 2023.",
    ]
    for text in texts:
        (claim,) = _run(text)
        assert claim.value.date == "2023-06-05", text


def test_author_bio_years_are_left_out() -> None:
    text = (
        "The port reopened in 2019.\n\n"
        "Sam Reed joined the Gazette in 2015 and previously worked at a radio station."
    )
    assert [c.text for c in _run(text)] == ["2019"]


@pytest.mark.parametrize(
    "text", ["It began 999999999 days ago.", "Easter 29", "in 3 years ago", "2 fridays from now"]
)
def test_dates_beyond_the_calendar_do_not_raise(text: str) -> None:
    doc = Document(id="t", text=text, published=date(1, 1, 1))
    for claim in date_extractor.extract(Text(doc)):
        assert claim.text == text[claim.start : claim.end]


def test_a_hedged_ago_date_keeps_its_hedge_as_qualifier() -> None:
    (claim,) = _run("The war began nearly three years ago.")
    assert (claim.text, claim.value.date, claim.qualifier) == (
        "nearly three years ago",
        "2021",
        "nearly",
    )
