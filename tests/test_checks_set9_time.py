"""Time families found after blind set 9, in wordings of our own: "N years to the day
after …", an "ago" with only a date still to come beside it, a present perfect span whose
start is told in a relative clause after it, a length restated by "That is …" after the one
span of the sentence before, "N have gone by since …", a thing "in its Nth week", and a
weekday pointing back to the date of the sentence before ("at 9am that Friday", "That day
is a Sunday")."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _checked(text: str, day: str | None, check: str) -> list[tuple[str, str]]:
    doc = Document(id="t9", text=text, published=day)
    return [(r.text, r.status) for r in check_document(doc, None, checks=[check])]


def _elapsed(text: str, day: str | None = "2026-06-10") -> list[tuple[str, str]]:
    return _checked(text, day, "elapsed")


def _weekday(text: str, day: str | None = "2026-06-10") -> list[tuple[str, str]]:
    return _checked(text, day, "weekday")


# ------------------------------------------------------------ "N years to the day after"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bells rang across the valley today, 80 years to the day after the dam burst on"
            " 10 June 1946.",
            [("80 years", "consistent")],
        ),
        (
            "Bells rang across the valley today, seventy years to the day after the dam burst"
            " on 10 June 1946.",
            [("seventy years", "inconsistent")],
        ),
        (
            "Thirty years to the day since the mill shut on 10 June 1996, its old hands met"
            " for lunch.",
            [("Thirty years", "consistent")],
        ),
        (
            "Exactly twelve years ago to the day, on 10 June 2016, the lifeboat was launched.",
            [("Exactly twelve years ago", "inconsistent")],
        ),
    ],
)
def test_to_the_day(text, expected):
    assert _elapsed(text) == expected


def test_to_the_day_in_a_past_clause_with_no_end_is_inconclusive():
    got = _elapsed("Bells rang across the valley, 80 years to the day after the dam burst in 1946.")
    assert got == [("80 years", "inconclusive")]


# ------------------------------------------- "ago" beside a date that is still to come


@pytest.mark.parametrize(
    "text",
    [
        "The cobbler's shop, opened more than 60 years ago, will shut in September.",
        "Set up almost a century ago, the brass band is to play its last concert on 2 August.",
        "The chapel, built some 150 years ago, reopens on 1 July 2027 after repairs.",
    ],
)
def test_ago_beside_a_future_date_only_is_unmeasured(text):
    # a day and month without a year is read as past by the date extractor: then no check
    got = _elapsed(text)
    assert [s for _, s in got] in (["inconclusive"], [])


def test_ago_beside_a_past_date_of_another_clause_still_makes_no_check():
    # the date may be another event's: no guess either way
    assert _elapsed("The club was founded in 1990 and moved to its ground 20 years ago.") == []


# --------------------------------------- present perfect, its start in a relative clause


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Commuters have been stuck in roadworks for about eight months on the bypass,"
            " which began on 6 October 2025 and is still not finished.",
            "2026-06-10",
            [("about eight months", "consistent")],
        ),
        (
            "Tenants have waited nearly two years for the lift, which broke on 3 March 2025"
            " and is still out of order.",
            "2026-06-10",
            [("nearly two years", "inconsistent")],
        ),
        (
            "The family has lived without heating for more than eight weeks, since the boiler,"
            " which failed on 20 April, is still not replaced.",
            "2026-06-10",
            [("more than eight weeks", "inconsistent")],
        ),
    ],
)
def test_present_perfect_before_a_relative_clause(text, day, expected):
    assert _elapsed(text, day) == expected


def test_a_past_span_before_a_relative_clause_makes_no_check():
    text = "Tenants waited nearly two years for the lift, which broke on 3 March 2025."
    assert [s for _, s in _elapsed(text)] in ([], ["inconclusive"])


# ---------------------------------------- "That is N of …" restating the span before


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The ring road was first mooted in 2019; seven years on, not a metre has been"
            " built. That is seven years of talk.",
            "2026-06-10",
            [("seven years on", "consistent"), ("seven years", "consistent")],
        ),
        (
            "The ring road was first mooted in 2019; seven years on, not a metre has been"
            " built. That is nine years of talk.",
            "2026-06-10",
            [("seven years on", "consistent"), ("nine years", "inconsistent")],
        ),
        (
            "The ferry last sailed on 1 March; three months on, the quay is still empty. This"
            " is three months of lost trade.",
            "2026-06-10",
            [("three months on", "consistent"), ("three months", "consistent")],
        ),
    ],
)
def test_that_is_restates_the_span_before(text, day, expected):
    assert _elapsed(text, day) == expected


def test_that_is_after_a_sentence_with_no_length_makes_no_check():
    # nothing told before it to restate: the one date alone does not bind it
    assert _elapsed("The mill shut in 2016 after a fire. That is ten years of silence.") == []


# ------------------------------------------------------------ "N have gone by since …"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some forty years have gone by since the pit was closed in 1986.",
            [("Some forty years", "consistent")],
        ),
        (
            "Fully fifteen years has gone by since the ferry was withdrawn in 2016.",
            [("fifteen years", "inconsistent")],
        ),
        (
            "Nearly six months has elapsed since the footbridge was shut on 2 January.",
            [("Nearly six months", "consistent")],
        ),
    ],
)
def test_gone_by_since(text, expected):
    assert _elapsed(text) == expected


# --------------------------------------------------------------------- "in its Nth week"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sit-in, which started on 18 March, is now in its 13th week.",
            [("13th week", "consistent")],
        ),
        (
            "The sit-in, which started on 18 March, is now in its 14th week.",
            [("14th week", "inconsistent")],
        ),
        (
            "The inquiry opened in September 2023. It is now in its third year.",
            [("third year", "consistent")],
        ),
        (
            "Now in its sixth year, the book fair was first held in 2022.",
            [("sixth year", "inconsistent")],
        ),
        ("Now in its sixth year, the book fair has no date of its own.", []),
    ],
)
def test_in_its_nth_unit(text, expected):
    assert _elapsed(text) == expected


def test_in_its_nth_unit_told_in_the_past_without_an_end_is_inconclusive():
    got = _elapsed("The sit-in, which started on 18 March 2025, was in its 12th week.")
    assert got == [("12th week", "inconclusive")]


def test_an_ordinal_of_a_place_is_no_span():
    assert _elapsed("Opened on 18 March 2025, the stall is in its third row of the market.") == []


# ----------------------------------------------- a weekday pointing back to a date before


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The regatta has been fixed for 17 October 2026. Boats launch at 8am that Saturday.",
            "2026-06-10",
            [("Saturday", "consistent")],
        ),
        (
            "The regatta has been fixed for 17 October 2026. Boats launch at 8am that Sunday.",
            "2026-06-10",
            [("Sunday", "inconsistent")],
        ),
        (
            "The sale opens on 3 July. That day is a Friday, so queues are expected.",
            "2026-06-10",
            [("Friday", "consistent")],
        ),
        (
            "The sale opens on 3 July. It is a Thursday, so queues are expected.",
            "2026-06-10",
            [("Thursday", "inconsistent")],
        ),
        (
            "The sale opens on 3 July. That day is a Friday.",
            None,
            [("Friday", "inconclusive")],
        ),
    ],
)
def test_weekday_pointing_back(text, day, expected):
    assert _weekday(text, day) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "that" opens a clause, not a pointer
        "The council said on 3 March 2026 that Saturday collections would resume.",
        # two dates before: which one is meant is not told
        "The fair runs on 3 July and 4 July. It is a Friday.",
        # a date in its own sentence before the pointer: "that Monday" may be either
        "Enrolment opened on Monday 6 April. It closes on 18 May, six weeks from that Monday.",
    ],
)
def test_weekday_pointing_back_makes_no_false_alarm(text):
    assert all(s != "inconsistent" for _, s in _weekday(text))


# ------------------- hedges "a little over"/"a shade under", a perfect "has stayed closed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lido closed on 1 March. It has now been shut for a little over three months.",
            [("a little over three months", "consistent")],
        ),
        (
            "The lido closed on 1 March. It has now been shut for a shade under three months.",
            [("a shade under three months", "inconsistent")],
        ),
        (
            "The lido was closed by its trust on 1 March and has stayed closed for upwards of"
            " sixteen weeks.",
            [("upwards of sixteen weeks", "inconsistent")],
        ),
        (
            "The lido was closed by its trust on 1 March and has stayed closed for upwards of"
            " fourteen weeks.",
            [("upwards of fourteen weeks", "consistent")],
        ),
    ],
)
def test_span_hedges_and_a_perfect_with_a_participle(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lido closed on 2 March. For a hundred days it has stood empty.",
            [("a hundred days", "consistent")],
        ),
        (
            "The lido closed on 1 March. For eighty days it has stood empty.",
            [("eighty days", "inconsistent")],
        ),
        # told in the past: the span ended at some day the text does not give
        ("The lido closed on 1 March. For eighty days it stood empty.", []),
    ],
)
def test_a_fronted_for_span_with_its_perfect_after_it(text, expected):
    assert _elapsed(text) == expected


# ------------------------------------------- an age still to come, reached on a date after


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published 10 June 2026: on 2 September she turns 80, not 79 (79.77 years today)
        (
            "Born on 2 September 1946, the poet turns eighty on 2 September.",
            [("eighty", "consistent")],
        ),
        (
            "Born on 2 September 1946, the poet turns seventy-nine on 2 September.",
            [("seventy-nine", "inconsistent")],
        ),
        (
            "The brass band, formed on 5 October 1926, will be a hundred years old on 5 October.",
            [("a hundred years", "consistent")],
        ),
        (
            "The brass band, formed on 5 October 1927, will be a hundred years old on 5 October.",
            [("a hundred years", "inconsistent")],
        ),
    ],
)
def test_an_age_reached_on_a_coming_date(text, expected):
    assert _elapsed(text) == expected


def test_an_age_told_as_past_on_a_day_is_measured_to_publication():
    # "turned" tells the day as past: the age is read as of now, no false alarm
    got = _elapsed("Born on 2 September 1946, the poet turned seventy-nine on 2 September.")
    assert all(s != "inconsistent" for _, s in got)
