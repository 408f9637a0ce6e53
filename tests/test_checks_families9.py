"""Families of arithmetic relations the eighth blind set showed, in our own words: the two
ends a multiple is held to."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="f9", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def test_a_count_of_another_noun_is_no_end_of_a_multiple() -> None:
    # "the beds at 12 shelters": the shelters are where the beds are, not the beds before
    assert _arithmetic("The charity doubled the beds at 12 shelters to 480.") == [
        ("doubled", "inconclusive")
    ]
    assert _arithmetic("The council tripled the wardens in 6 parks to 90.") == [
        ("tripled", "inconclusive")
    ]
    # the count of another noun between the verb and the pair leaves the pair bound
    assert _arithmetic("The charity doubled the beds at 12 shelters from 240 to 480.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("The charity doubled the beds at 12 shelters from 240 to 400.") == [
        ("doubled", "inconsistent")
    ]


def test_a_count_of_the_changed_noun_stays_an_end() -> None:
    # the same noun on both ends, or a level after "to", is still the change
    assert _arithmetic("The library doubled its loans, to 900 books from 450 books.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("Membership doubled at the club to 300 from 150.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("Membership doubled at the club to 300 from 100.") == [
        ("doubled", "inconsistent")
    ]


def test_a_bare_pair_after_a_multiple_runs_from_its_first_figure() -> None:
    # "tripled, 300 to 900": the figure before "to" is the earlier one
    assert _arithmetic("Ferry bookings tripled, 1,200 to 3,600, over the summer.") == [
        ("tripled", "consistent")
    ]
    assert _arithmetic("Ferry bookings tripled, 1,200 to 2,500, over the summer.") == [
        ("tripled", "inconsistent")
    ]
    # "against" still states the later figure first
    assert _arithmetic("Ferry bookings tripled this year, 3,600 against 1,200.") == [
        ("tripled", "consistent")
    ]
