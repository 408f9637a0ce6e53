"""A stated difference is taken between figures of its own measure: a count of another named
unit later in the sentence ("… in a district of 9,000 homes") is no operand of it."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="u", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def test_a_count_of_another_unit_after_the_difference_does_not_block_it() -> None:
    text = (
        "The east pier runs 412 metres and the west pier 365 metres, a difference of 47 "
        "metres, beside a marina of 300 berths."
    )
    assert _arithmetic(text) == [("47 metres", "consistent")]


def test_the_wrong_difference_is_still_caught_with_the_other_count_there() -> None:
    text = (
        "The east pier runs 412 metres and the west pier 365 metres, a difference of 57 "
        "metres, beside a marina of 300 berths."
    )
    assert _arithmetic(text) == [("57 metres", "inconsistent")]


def test_counts_of_the_same_unit_after_it_still_make_it_ambiguous() -> None:
    # a third length after the gap: which two it is between is not told
    text = (
        "The east pier runs 412 metres and the west pier 365 metres, a difference of 47 "
        "metres, and the breakwater 520 metres."
    )
    assert ("47 metres", "inconsistent") not in _arithmetic(text)
