"""A majority after a part of a whole ("holds 33 of the 61 seats", "Of the 61 seats, … 33")
is the part less all the others; a figure told as a difference is no part and no total."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="m", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 75 seats on the assembly, the Moorland Party won 41, an overall majority of 7.",
         [("7", "consistent")]),
        ("Of the 75 seats on the assembly, the Moorland Party won 41, an overall majority of 11.",
         [("11", "inconsistent")]),
        ("Taking 29 of 50 seats gives the Alliance a majority of 8 on the board.",
         [("8", "consistent")]),
        ("Taking 29 of 50 seats gives the Alliance a majority of 6 on the board.",
         [("6", "inconsistent")]),
    ],
)  # fmt: skip
def test_a_majority_after_a_part_of_a_whole_is_over_all_the_others(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _arithmetic(text) == expected


def test_a_majority_between_two_tallies_is_still_their_difference() -> None:
    assert _arithmetic("The motion passed by 212 votes to 180, a majority of 32.") == [
        ("32", "consistent")
    ]


def test_a_stated_difference_is_never_a_part_of_the_whole_before_it() -> None:
    # without the rule the list read 41 and 7 as parts of 75 (and 7 as 75 + 41)
    found = _arithmetic("Of the 75 seats, the Moorland Party won 41, an overall majority of 7.")
    assert ("75 seats", "inconsistent") not in found and ("7", "inconsistent") not in found
