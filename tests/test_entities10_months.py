"""Given names that are also months, in our own sentences: "April", "May", "June",
"August" before a surname open a person's name, and a surname later in the article
chains to it. Near misses: a month after a word of time ("in June", "by May", "last
April") stays a date, and a month before a body's word or a day number is no name."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import PERSON
from factcheck.models import Document


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in Text(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    "text,name",
    [
        ("June Halloran, who chairs the board, said costs had doubled.", "June Halloran"),
        ("“It will hold,” said April Skerrit, a surveyor.", "April Skerrit"),
        ("May Brodwyn told the inquiry she had not been consulted.", "May Brodwyn"),
        ("Organiser August Velde said tickets had sold out.", "August Velde"),
    ],
)
def test_a_month_before_a_surname_is_a_given_name(text: str, name: str) -> None:
    assert _kinds(text).get(name) == PERSON


def test_the_surname_alone_later_chains_to_the_month_named_person() -> None:
    text = "June Halloran chairs the board. Halloran said the budget was final."
    people = [e.name for e in Text(Document(id="t", text=text)).entities if e.kind == PERSON]
    assert people == ["June Halloran"]


@pytest.mark.parametrize(
    "text",
    [
        "In June Parliament rose for the summer.",
        "By May Harcastle had already resigned.",
        "Last April Grenwood won the seat.",
        "The vote is due on June 14, and a second in May 2027.",
        "The June Council meeting was cancelled.",
    ],
)
def test_a_month_after_a_word_of_time_or_before_a_body_is_no_given_name(text: str) -> None:
    kinds = _kinds(text)
    assert not any(n.split()[0] in ("June", "May", "April") for n in kinds), kinds
