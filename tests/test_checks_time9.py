"""Elapsed families after the eighth blind set, in our own words: a span of whole calendar
years or months between two dates is counted as the calendar counts it, so a bound such as
"at least three years" holds from a day to the same day three years on (1,095 or 1,096
days, under three years of 365.24 days), while a few days short still breaks it."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import check_document
from factcheck.checks.relations.elapsed import _units_between
from factcheck.models import Document

DAY = "2025-02-11"


def _elapsed(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t9", text=text, published=DAY)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["elapsed"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the lease signed on 15 August 2022, the depot is let until 15 August 2025,"
            " at least three years.",
            [("at least three years", "consistent")],
        ),
        (
            "The permit issued on 31 January 2024 ran until 30 April 2024, at least three months.",
            [("at least three months", "consistent")],
        ),
        (
            "The museum closed on 3 May 2021 and reopened on 3 May 2023, at least two years later.",
            [("at least two years later", "consistent")],
        ),
        (
            "The trial opened on 6 June 2022 and the verdict came on 6 December 2022,"
            " at least six months later.",
            [("at least six months later", "consistent")],
        ),
    ],
)
def test_whole_calendar_units_meet_a_lower_bound(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under the lease signed on 15 August 2022, the depot is let until 10 August 2025,"
            " at least three years.",
            [("at least three years", "inconsistent")],
        ),
        (
            "The permit issued on 31 January 2024 ran until 20 April 2024, at least three months.",
            [("at least three months", "inconsistent")],
        ),
    ],
)
def test_days_short_of_the_bound_still_break_it(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    ("start", "end", "unit", "units"),
    [
        (date(2024, 3, 1), date(2027, 3, 1), "year", 3.0),
        (date(2024, 1, 31), date(2024, 2, 29), "month", 1.0),
        (date(2020, 2, 29), date(2021, 2, 28), "year", 1.0),
        (date(2024, 5, 1), date(2024, 5, 15), "week", 2.0),
        (date(2024, 5, 15), date(2024, 5, 1), "day", 0.0),
    ],
)
def test_units_between_counts_calendar_months(start, end, unit, units):
    assert _units_between(start, end, unit) == pytest.approx(units)


#: A Monday in early February: dates in May and June lie beyond the plain 45-day window.
SPRING = "2020-02-03"


def _weekday(text: str) -> list[tuple[str, str]]:
    doc = Document(id="w9", text=text, published=SPRING)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["weekday"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The choir sings its farewell programme on Saturday, 30 May, in the cathedral.",
            [("Saturday", "consistent")],
        ),
        (
            "The two clubs meet in the final on Sunday, 17 May, at the national stadium.",
            [("Sunday", "consistent")],
        ),
        (
            "The festival takes place on Thursday, 12 June, on the riverbank.",
            [("Thursday", "inconsistent")],
        ),
        (
            "The quartet performs its last recital of the season on Monday, 20 June.",
            [("Monday", "inconsistent")],
        ),
    ],
)
def test_a_programme_told_in_the_present_looks_ahead(text, expected):
    assert _weekday(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The choir sang its farewell programme on Saturday, 30 May, in the cathedral.",
        "The quartet gave its last recital of the season on Monday, 22 June.",
    ],
)
def test_the_same_programme_told_as_past_stays_unfixed(text):
    assert [s for _, s in _weekday(text)] == ["inconclusive"]


def test_a_programme_verb_in_a_past_sentence_does_not_look_ahead():
    text = "The quartet, which performs in the hall, was heard on Monday, 22 June, by few."
    assert [s for _, s in _weekday(text)] == ["inconclusive"]


#: A Monday in March: "last year" is 2024, in which 20 November was a Wednesday.
MARCH = "2025-03-10"


def _checked(text: str, check: str) -> list[tuple[str, str]]:
    doc = Document(id="y9", text=text, published=MARCH)
    return [(r.text, r.status) for r in check_document(doc, None, checks=[check])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plant shut on 20 November last year; about 16 weeks on, the staff are unpaid.",
            [("about 16 weeks on", "consistent")],
        ),
        (
            "The plant shut on 20 November last year; about 10 weeks on, the staff are unpaid.",
            [("about 10 weeks on", "inconsistent")],
        ),
        (
            "The inquiry opened on 9 December, last year. Some 13 weeks later it has yet to sit.",
            [("Some 13 weeks later", "consistent")],
        ),
    ],
)
def test_a_day_takes_the_year_named_after_it(text, expected):
    assert _checked(text, "elapsed") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant shut on Wednesday, 20 November last year.", [("Wednesday", "consistent")]),
        ("The plant shut on Tuesday, 20 November last year.", [("Tuesday", "inconsistent")]),
        # near miss: a weekday before "this year" is no day to give a year to
        (
            "The count is on 14 March - a Friday this year - at noon.",
            [("Friday", "consistent")],
        ),
    ],
)
def test_the_weekday_of_a_day_with_its_year_in_words(text, expected):
    assert _checked(text, "weekday") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The road closed on 4 November last year remains shut, 18 weeks on.",
            [("18 weeks on", "consistent")],
        ),
        (
            "The road closed on 4 November last year remains shut, 25 weeks on.",
            [("25 weeks on", "inconsistent")],
        ),
        (
            "The tenants evicted on 1 March 2020 have yet to be rehoused, five years on.",
            [("five years on", "consistent")],
        ),
        # near miss: a clause told as past measures no span to publication
        ("The tenants evicted on 1 March 2020 were still waiting, two years on.", []),
    ],
)
def test_n_on_after_a_clause_still_going_on(text, expected):
    assert _checked(text, "elapsed") == expected
