"""Families of arithmetic relations the blind sets showed, in our own words: a margin told
in the sentence after a bare tally, and a fall told as a share of a falling bare pair."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.extract import extract_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="f10", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def test_a_margin_after_a_bare_tally_is_its_difference() -> None:
    # the sentence before holds no claim, only the two sides of the vote or the score
    assert _arithmetic("The guild passed the motion 1,210 to 975. The majority of 235 held.") == [
        ("235", "consistent")
    ]
    assert _arithmetic("The guild passed the motion 1,210 to 975. The majority of 245 held.") == [
        ("245", "inconsistent")
    ]
    assert _arithmetic("Tarnside beat Orvell 88 to 71. The margin of 17 points was a record.") == [
        ("17 points", "consistent")
    ]
    assert _arithmetic("Tarnside beat Orvell 88 to 71. Their 14-point margin was a record.") == [
        ("14-point", "inconsistent")
    ]
    assert _arithmetic("Delegates rejected it 640 to 702. That winning margin of 62 stood.") == [
        ("62", "consistent")
    ]


def test_a_standing_majority_or_two_tallies_are_not_the_margin() -> None:
    # a majority that does not open its sentence is not told of the tally before it
    assert _arithmetic(
        "Members backed the bill 1,210 to 975. The party's majority of 40 in the chamber held."
    ) == [("40", "inconclusive")]
    assert _arithmetic("Members backed the bill 1,210 to 975. Labour has a majority of 40.") == [
        ("40", "inconclusive")
    ]
    # two tallies before it: which one the margin is of is not told
    assert _arithmetic(
        "The vote went 1,210 to 975 and 300 to 200 in the upper house. The majority of 235 held."
    ) == [("235", "inconclusive")]
    # two things counted, not two sides
    assert _arithmetic("The hall seats 1,210 people and 975 more. The majority of 235 held.") == [
        ("235", "inconclusive")
    ]


def _quantities(text: str) -> list[str]:
    doc = Document(id="f10", text=text, published="2025-06-01")
    return [c.text for c in extract_document(doc) if c.kind == "quantity"]


def test_a_fall_told_as_a_share_of_a_falling_bare_pair() -> None:
    # "by a quarter, from A to B": the levels before and after, in that order
    assert _arithmetic("Thefts from sheds dropped by a quarter, from 640 to 480.") == [
        ("a quarter", "consistent")
    ]
    assert _arithmetic("Thefts from sheds dropped by a quarter, from 640 to 520.") == [
        ("a quarter", "inconsistent")
    ]
    assert _arithmetic("Late trains on the Brindle line fell by a third, from 1,500 to 1,000.") == [
        ("a third", "consistent")
    ]
    # whatever the verb: no range runs downwards
    assert _arithmetic("The flock has shrunk by a fifth, from 900 to 720, since May.") == [
        ("a fifth", "consistent")
    ]
    assert _arithmetic("Hospital admissions halved, from 2,600 to 1,300, over the winter.") == [
        ("halved", "consistent")
    ]
    assert _arithmetic("Hospital admissions halved, from 2,600 to 1,900, over the winter.") == [
        ("halved", "inconsistent")
    ]


def test_a_tally_or_a_rising_range_is_no_pair_of_levels() -> None:
    # a vote's two sides, with no "from", are a tally, neither a quantity
    assert _quantities("The assembly backed the plan 52 to 48.") == []
    # a rising pair after "from" stays one range
    assert _quantities("Fees went up by a fifth, from 400 to 480.") == ["400 to 480"]
    assert _quantities("Fees went down by a fifth, from 480 to 384.") == ["480", "384"]
