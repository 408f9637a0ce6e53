"""Elapsed families left after the seventh blind set, in our own words: countdowns told as
time "to go" or "left until" a date, and an age at death whose birth date is told in the
sentence after it."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document

#: A Tuesday: the Sunday before is 9 February 2025, the Friday before 7 February.
DAY = "2025-02-11"


def _elapsed(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t8", text=text, published=DAY)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["elapsed"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With 30 days to go until the vote on 13 March, the polls are close.",
            [("30 days", "consistent")],
        ),
        (
            "With 50 days to go until the vote on 13 March, the polls are close.",
            [("50 days", "inconsistent")],
        ),
        (
            "Organisers have 12 weeks left until the fair opens on 6 May.",
            [("12 weeks", "consistent")],
        ),
        (
            "Organisers have only three weeks left until the fair opens on 6 May.",
            [("only three weeks", "inconsistent")],
        ),
        (
            "There are about two months remaining before the deadline of 14 April.",
            [("about two months", "consistent")],
        ),
        (
            "The final is on 4 March, and with three weeks to go, tickets are scarce.",
            [("three weeks", "consistent")],
        ),
    ],
)
def test_countdowns_to_go_and_left(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The poet Ilse Varga died on Sunday aged 88. She was born on 14 March 1936.",
            [("88", "consistent")],
        ),
        (
            "The poet Ilse Varga died on Sunday aged 86. She was born on 14 March 1936.",
            [("86", "inconsistent")],
        ),
        (
            "Tomas Hale died in hospital on Friday, aged 79. He had been born on 3 June 1945 "
            "in a village near Leeds.",
            [("79", "consistent")],
        ),
        (
            "The potter died on Sunday aged 88. Born on 14 March 1936 in Kraków, she trained "
            "in Vienna.",
            [("88", "consistent")],
        ),
    ],
)
def test_an_age_at_death_with_the_birth_after(text, expected):
    assert _elapsed(text) == expected  # the age's number is the figure reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the tannery shut in March 2019, nearly six years have passed.",
            [("nearly six years", "consistent")],
        ),
        (
            "Since the tannery shut in March 2019, more than eight years have passed.",
            [("more than eight years", "inconsistent")],
        ),
        (
            "Since the ferry last sailed in 2014, a decade has gone by and the pier is empty.",
            [("a decade", "consistent")],
        ),
    ],
)
def test_since_a_date_a_span_has_passed(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no "since": "has passed" alone says nothing of where the span starts
        "The tannery shut in March 2019 and nearly six years have passed.",
        # the sentence after tells another person's birth
        "The founder died on Sunday aged 88. Her son was born on 14 March 1966.",
        # a founding, no birth
        "The founder died on Sunday aged 88. The company was founded on 14 March 1936.",
        # "to go through": no countdown
        "Auditors were given 30 days to go through the files, which arrived on 2 January.",
    ],
)
def test_near_misses_make_no_elapsed_check(text):
    assert _elapsed(text) == []
