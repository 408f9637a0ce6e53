"""Families of wording from the fifth blind set's misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _arith(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    doc = Document(id="a", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["arithmetic"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # two parts, then the total set off by a comma, its own noun before "in all"/"in total"
        ("The charity planted 420 oaks in Hexley and 310 in Marrow End, 730 trees in all.",
         "730 trees", "consistent"),
        ("The charity planted 420 oaks in Hexley and 310 in Marrow End, 790 trees in all.",
         "790 trees", "inconsistent"),
        ("The firm is hiring 120 staff in Derby and 85 in Crewe, 205 jobs in total.",
         "205 jobs", "consistent"),
        ("The firm is hiring 120 staff in Derby and 85 in Crewe, 245 jobs in total.",
         "245 jobs", "inconsistent"),
        ("The fair raised £4,300 on Saturday and £2,950 on Sunday, £7,250 in all.",
         "£7,250", "consistent"),
        # "take(s)/bring(s) the total to": a total after its parts
        ("Gifts of £5,200 from parents and £1,900 from local firms take the total to £7,100.",
         "£7,100", "consistent"),
        ("Gifts of £5,200 from parents and £1,900 from local firms bring the total to £8,100.",
         "£8,100", "inconsistent"),
    ],
)  # fmt: skip
def test_total_after_two_parts(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_total_in_all_needs_smaller_parts():
    """A figure larger than the "total" is no part of it: no verdict of a sum."""
    got = _arith("The club sold 900 tickets on Friday and 60 on Saturday, 300 seats in all.")
    assert ("300 seats", "inconsistent") not in got
    assert all(f != "300 seats" for f, _ in got)


def _elapsed(text: str, published: str) -> list[tuple[str, str]]:
    doc = Document(id="e", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["elapsed"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N before <day and month>, which is now": the date is still to come this year
        ("The regatta is set for 25 May, and entries will open about twelve weeks before "
         "the race, which means this week.", "about twelve weeks", "consistent"),
        ("The regatta is set for 25 May, and entries will open about four weeks before "
         "the race, which means this week.", "about four weeks", "inconsistent"),
    ],
)  # fmt: skip
def test_before_a_coming_date_counts_back_to_now(text, figure, expected):
    assert (figure, expected) in _elapsed(text, "2026-03-02")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share restated between dashes after "or": "N of the M - or P% -"
        ("Of the 1,200 flats surveyed, 300 - or 25% - had damp.", "25%", "consistent"),
        ("Of the 1,200 flats surveyed, 300 - or 40% - had damp.", "40%", "inconsistent"),
        ("Of the 1,200 flats surveyed, 300 – or about 25% – had damp.", "25%", "consistent"),
    ],
)  # fmt: skip
def test_share_restated_between_dashes(text, figure, expected):
    assert (figure, expected) in _arith(text)
