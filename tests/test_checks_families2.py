"""Families of wording from the second blind set's misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The utility spent €500m - roughly £421m - on the grid link.", "consistent"),
        ("The utility spent €500m - some £600m - on the grid link.", "inconsistent"),
    ],
)
def test_conversion_set_off_by_spaced_hyphens(text, expected):
    """A spaced ASCII hyphen sets off a conversion as a dash or a bracket does."""
    doc = Document(id="d", text=text, published="2024-06-14")
    results = check_document(doc, None, checks=["conversion"])
    assert [r.status for r in results] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank on 7 March 2023 - a Tuesday - near the harbour.", "consistent"),
        ("The ferry sank on 7 March 2023 - a Sunday - near the harbour.", "inconsistent"),
    ],
)
def test_weekday_set_off_by_spaced_hyphens(text, expected):
    """A weekday in apposition between spaced hyphens names the date before it."""
    doc = Document(id="w", text=text, published="2024-01-10")
    results = check_document(doc, None, checks=["weekday"])
    assert [r.status for r in results] == [expected]


def _arith(text: str, published: str = "2025-03-03") -> list[tuple[str, str]]:
    doc = Document(id="a", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["arithmetic"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share restated after the part-of-whole and a short phrase ending the noun
        ("Farmers hold 30 of the 120 places on the board, or 25%.", "25%", "consistent"),
        ("Farmers hold 30 of the 120 places on the board, or 20%.", "20%", "inconsistent"),
        # the whole named first: "Of the shop's 800 members, 200, or 25%, ..."
        ("Of the union's 800 members, 200, or 25%, voted to strike.", "25%", "consistent"),
        ("Of the union's 800 members, 200, or 40%, voted to strike.", "40%", "inconsistent"),
    ],
)
def test_share_restated_after_a_short_tail(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a change in points restated as a relative change, after a spaced dash or a comma
        ("Turnout went from 40% to 50% - up 10 points, or 25% - in the city.", "25%", "consistent"),
        ("Turnout went from 40% to 50% - up 10 points, or 10% - in the city.", "10%",
         "inconsistent"),
        ("Its share sank from 20% to 15%, a drop of 5 points, or 25%.", "25%", "consistent"),
        # a change in money restated as a percentage: the earlier figure is the later less it
        ("A ticket rose £2, or 25%, to £10.", "25%", "consistent"),
        ("A ticket rose £2, or 10%, to £10.", "10%", "inconsistent"),
    ],
)  # fmt: skip
def test_restated_change_takes_the_verb_and_figures_of_its_twin(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_share_of_a_whole_after_a_cut_is_no_change():
    """ "cut 300 jobs, or 5% of its 6,000 staff" is a share, not a 5% change."""
    got = _arith("Last year the bank earned £9bn. It cut 300 jobs, or 5% of its 6,000 staff.")
    assert ("5%", "consistent") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She bought 400 shares at £12.50, a £5,000 holding.", "consistent"),
        ("She bought 400 shares at £12.50, a £6,000 holding.", "inconsistent"),
        ("The theatre sold 900 seats at £30 each, taking £27,000 on the night.", "consistent"),
        ("The theatre sold 900 seats at £30 each, taking £21,000 on the night.", "inconsistent"),
    ],
)
def test_price_times_quantity_with_an_apposed_or_gerund_total(text, expected):
    assert [s for _, s in _arith(text)] == [expected]
