"""The weekday check: a stated weekday against its date."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document

CASES = [
    ("2025-02-18", "The minister spoke on Sunday, February 16.", "Sunday", "consistent"),
    ("2025-02-18", "The minister spoke on Saturday, February 16.", "Saturday", "inconsistent"),
    (
        "2025-02-18",
        "The minister spoke on Sunday, 16 February 2025, in London.",
        "Sunday",
        "consistent",
    ),
    ("2019-05-01", "The vote is on Thursday 23 May 2019.", "Thursday", "consistent"),
    ("2019-05-01", "The vote is on Tuesday, May 21st.", "Tuesday", "consistent"),
    ("2019-05-01", "The vote, on May 23 (a Friday), will be close.", "Friday", "inconsistent"),
    # told as past, a date without a year cannot fall after publication: its year is unknown
    ("2019-05-01", "The vote, on May 23 (a Friday), was close.", "Friday", "inconclusive"),
    ("2019-05-01", "The vote on April 26 (a Friday) was close.", "Friday", "consistent"),
    ("2025-06-01", "Results are due on Wed 4 June.", "Wed", "consistent"),
    ("2025-06-01", "Results are due on Tue 4 June.", "Tue", "inconsistent"),
    ("2019-05-01", "Markets fell on Fri., April 26, and recovered.", "Fri.", "consistent"),
    ("2024-11-20", "Fans gathered on Saturday night, 9 November.", "Saturday", "consistent"),
    ("2024-11-20", "Fans gathered on Friday night, 9 November.", "Friday", "inconsistent"),
    ("2019-05-01", "The deal was signed last Friday (April 25).", "Friday", "inconsistent"),
    # a January date written in late December belongs to the next year
    ("2024-12-30", "The law takes effect on Wednesday, January 1.", "Wednesday", "consistent"),
    # no year and no publication date
    (None, "The fair opens on Monday, June 2.", "Monday", "inconclusive"),
    # no year, and far from the publication date: a past event whose year we lack
    (
        "2025-02-18",
        "The bridge fell on Saturday, August 14, killing two.",
        "Saturday",
        "inconclusive",
    ),
]


@pytest.mark.parametrize(("published", "text", "weekday", "expected"), CASES)
def test_weekday_cases(published, text, weekday, expected):
    doc = Document(id="t", text=text, published=published)
    results = check_document(doc, None, checks=["weekday"])
    assert len(results) == 1, results
    r = results[0]
    assert r.status == expected, r.explanation
    assert text[r.start : r.end] == weekday


def test_last_weekday_is_explained():
    doc = Document(
        id="l", text="It was first seen last Friday (February 13).", published="2025-02-17"
    )
    (r,) = check_document(doc, None, checks=["weekday"])
    assert r.status == "inconsistent"
    assert "2025-02-13" in r.explanation and "Thursday" in r.explanation
    assert "'last Friday' from Monday 2025-02-17 is 2025-02-14" in r.explanation


def test_weekday_without_a_date_is_not_checked():
    doc = Document(id="n", text="The minister spoke on Sunday in London.", published="2025-02-18")
    assert check_document(doc, None, checks=["weekday"]) == []
