"""Words read out for their writer by someone else are the writer's, not the reader's
(``_read_out``). Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_a_statement_read_to_the_court_by_an_officer_is_the_writer_s() -> None:
    text = (
        "Burglar jailed\n\n"
        "The shop's owner, Miriam Achebe, wrote a statement that was read to the court by "
        "her neighbour Owen Tull.\n\n"
        "“I opened that shop with my savings. I do not feel safe in it now.\n\n"
        "“I hope nobody else goes through this.”\n\n"
    )
    assert speakers(text) == ["Miriam Achebe", "Miriam Achebe"]


def test_a_quote_with_its_own_attribution_after_a_reading_is_left_to_it() -> None:
    text = (
        "Burglar jailed\n\n"
        "Miriam Achebe's letter was read aloud by a family friend, Owen Tull.\n\n"
        "“It was a hard letter to read,” Tull said afterwards.\n\n"
    )
    assert speakers(text) == ["Owen Tull"]


def test_said_two_people_joined_after_the_verb_is_both() -> None:
    text = (
        "Band reunites\n\n"
        "The duo Tinder Lane announced a tour on Monday.\n\n"
        "“We missed each other,” said Ruth Ames and Colm Byrne in a statement. “It is time.”\n\n"
    )
    assert speakers(text) == ["Ruth Ames and Colm Byrne"] * 2


def test_a_noun_given_a_body_in_apposition_speaks_for_it() -> None:
    text = (
        "Band reunites\n\n"
        "The duo split in 2016.\n\n"
        "Their label, Marlow Records, said the album would be out in March. “It sounds "
        "like them,” the label said.\n\n"
    )
    assert speakers(text) == ["Marlow Records"]
