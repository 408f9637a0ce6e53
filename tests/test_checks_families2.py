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
