"""A body's description ('the club', 'the charity') stands for the body that is the
subject of a sentence before it, when the body is of that kind, not for another body
named later in that sentence; two joined names are two people. Names are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize("club", ["Harrowby Athletic", "Harrowby Wanderers", "Harrowby FC"])
def test_the_club_is_the_subject_not_the_club_it_signed_from(club: str) -> None:
    text = (
        f"{club} signed a striker from Denford Rovers on Monday. Fans cheered at the "
        "news. “He is the player we wanted,” the club said."
    )
    assert speakers(text) == [club]


def test_the_charity_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Open Door Trust took over a kitchen from Millbrook Aid last week. Volunteers "
        "cooked all day. “Nobody should go hungry,” the charity said."
    )
    assert speakers(text) == ["Open Door Trust"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not move,” Hedda Strom and Piet Marlo wrote in a letter to the board.",
        "Hedda Strom and Piet Marlo wrote to the board. “We will not move,” they said.",
    ],
)
def test_two_people_joined_by_and_speak_together(text: str) -> None:
    assert speakers(text) == ["Hedda Strom and Piet Marlo"]


def test_one_person_named_twice_is_no_pair() -> None:
    text = "Hedda Strom met the board. “We will not move,” Strom and her lawyer said."
    assert speakers(text) != ["Hedda Strom and Hedda Strom"]
