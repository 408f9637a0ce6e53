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


def test_the_dead_start_table_is_what_the_forms_give() -> None:
    """_date_starts.py is generated from the forms (``python -m factcheck.extract.date``)."""
    from factcheck.extract._date_starts import DEAD_STARTS

    assert date_extractor.dead_starts() == DEAD_STARTS


def test_a_dead_start_really_opens_nothing() -> None:
    # "in March": the candidate at "in" is skipped, the one at "March" is found.
    (claim,) = _run("Prices rose in March.")
    assert claim.text == "March"
    assert "in" in date_extractor.DEAD_STARTS["m"]
    assert "year" not in date_extractor.DEAD_STARTS["r"]  # "year to date" opens a form


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        # parts split or ordered unusually
        ("It opened on 7. Apr. 2011 in Graz.", "2020-01-01", "7. Apr. 2011", "2011-04-07"),
        ("Filed 3/Feb/2020 in the morning.", "2021-01-01", "3/Feb/2020", "2020-02-03"),
        ("He retired on June 3rd of 1999.", "2020-01-01", "June 3rd of 1999", "1999-06-03"),
        ("They wed on 2 July in 2004.", "2020-01-01", "2 July in 2004", "2004-07-02"),
        ("The ledger for Feb/2022 is lost.", "2023-01-01", "Feb/2022", "2022-02"),
        ("Figures for 2018-11 were revised.", "2023-01-01", "2018-11", "2018-11"),
        ("Statement for 11 / 2017 attached.", "2023-01-01", "11 / 2017", "2017-11"),
        ("The deed is dated 2011 June 9.", "2023-01-01", "2011 June 9", "2011-06-09"),
        # relative anchors, resolved against the publication day (2024-05-10, a Friday)
        ("The board meets the month after next.", "2024-05-10", "the month after next", "2024-07"),
        ("It was built the year before last.", "2024-05-10", "the year before last", "2022"),
        ("She flew home the next day.", "2024-05-10", "the next day", "2024-05-11"),
        ("Talks resume next week on Tuesday.", "2024-05-10", "next week on Tuesday", "2024-05-14"),
        ("Schools open Tuesday next.", "2024-05-10", "Tuesday next", "2024-05-14"),
        ("The verdict is due Monday week.", "2024-05-10", "Monday week", "2024-05-20"),
        ("Bills are due the 2nd of next month.", "2024-05-10", "the 2nd of next month",
         "2024-06-02"),
        ("Rent is due on the twentieth.", "2024-05-10", "the twentieth", None),
        ("The fair returns in May after next.", "2024-05-10", "May after next", "2026-05"),
        ("It ends four days after today.", "2024-05-10", "four days after today", "2024-05-14"),
        ("It opens ten years from now.", "2024-05-10", "ten years from now", "2034"),
        ("The deal lapses a month from today.", "2024-05-10", "a month from today", "2024-06-10"),
        ("He quit a fortnight ago.", "2024-05-10", "a fortnight ago", "2024-04-26"),
        ("Polls close the second Friday after Easter 2025.", "2024-05-10",
         "the second Friday after Easter 2025", "2025-05-02"),
        ("Pay day is two days before March 3, 2025.", "2024-05-10",
         "two days before March 3, 2025", "2025-03-01"),
        ("Tickets sell out the 2nd week of June on Friday.", "2024-05-10",
         "the 2nd week of June on Friday", None),
        # number-word and apostrophe years, abbreviations
        ("The band split in nineteen seventy-two.", "2024-05-10", "nineteen seventy-two", "1972"),
        ("The plan runs until twenty forty.", "2024-05-10", "twenty forty", "2040"),
        ("The firm was sold in ’88.", "2024-05-10", "’88", "1988"),
        ("Exports fell in Nov, the agency said.", "2024-05-10", "Nov", "2023-11"),
        ("The ferry sank on Sat.", "2024-05-10", "Sat.", "2024-05-04"),
        ('"We are launching today our new plan," she said.', "2024-05-10", "today", "2024-05-10"),
    ],
)  # fmt: skip
def test_grammar_forms(text: str, published: str, span: str, value: str | None) -> None:
    claims = _run(text, published)
    spans = [c.text for c in claims]
    assert span in spans, spans
    if value is not None:
        (claim,) = [c for c in claims if c.text == span]
        assert claim.value.date == value


def test_frequencies_and_months_in_words_are_not_dates() -> None:
    assert _run("The recycling van calls every Thursday.") == []
    assert _run("Our choir rehearses each Tuesday evening.") == []
    assert _run("She gave him a second march to lead.") == []


@pytest.mark.xfail(
    strict=True,
    reason="frequencies: only 'every/each <day>' is read as a frequency; 'every other <day>' "
    "and a second day joined by 'and' are still taken as dates",
)
@pytest.mark.parametrize(
    "text", ["Bins go out every other Wednesday.", "The ferry sails every Friday and Sunday."]
)
def test_frequencies_with_other_or_two_days_are_not_dates(text: str) -> None:
    assert _run(text) == []
