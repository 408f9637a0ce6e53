"""Organisations as sources, in sentences written for these tests: a seat of government
speaks for it, "the force" for the police force named, "it said" for the body that opened
the sentence before, and a plural possessive that opens a name stays in it."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nThe chancellor, Ruth Ellingham, refused the move. A Downing Street "
            "spokeswoman said: “The chancellor is staying where she is.”",
            "Downing Street",
        ),
        (
            "Head\n\nMinisters met on Friday. After the talks, the Kremlin said the meeting "
            "had been “businesslike”.",
            "Kremlin",
        ),
        (
            "Head\n\nKestrel Valley Police arrested two men on Sunday. In a later update, "
            "the force said: “Both have been released on bail.”",
            "Kestrel Valley Police",
        ),
        (
            "Head\n\nThe Women's Rowing Federation backed the plan. “It is overdue,” the "
            "federation said.",
            "Women's Rowing Federation",
        ),
        (
            "Head\n\nThe retailers Brindle and Oakes, said they had cleared the shelves. "
            "The Food Safety Agency said more cases might follow. “We expect the number to "
            "rise,” it said.",
            "Food Safety Agency",
        ),
    ],
)
def test_bodies_that_speak(text: str, want: str) -> None:
    assert speakers(text)[-1] == want
