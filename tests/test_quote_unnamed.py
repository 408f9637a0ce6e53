"""Quotes whose source the article does not name: an indefinite or unnamed description of
a person ("one commuter", "a man who lives upstairs", "the driver, who was not named") or a
document or object ("the memo", "a sign on the gate"). The speaker is null (CONVENTIONS:
unnamed people and documents), the decision is final (salience and the quotes around it do
not put a name back), and a pronoun after such a description stands for it. Sentences are
our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document

OPENING = "Mayor Ann Keller opened the new depot on Monday. “It is a good day,” Keller said.\n\n"


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "para",
    [
        # an indefinite description as the speech verb's subject, before or after it
        "“We waited an hour in the rain,” one commuter said.",
        "“We waited an hour in the rain,” said one pensioner from Dunmow.",
        "“The buses are late again,” said a man who keeps the bakery across the road.",
        "“The buses are late again,” said one, who did not want to be named.",
        "Outside the depot, a driver on the early shift said the timetable was “fiction”.",
        "A second commuter, who declined to be identified, said: “Nobody told us anything.”",
        "One of the cleaners said the canteen had closed “without a word”.",
        # people in the plural who name nobody
        "Critics have called the depot “a monument to waste”.",
        "Two council sources said the plan was “dead in the water”.",
        # a definite description said to be unnamed
        "The site engineer, who cannot be named under council rules, said the roof was “sound”.",
        # documents and objects
        "A poster in the depot window read: “No more cuts.”",
        "The memo, seen by this newspaper, said: “Delay the opening until spring.”",
        "The audit, published by the Transport Board, found costs had risen “sharply”.",
        "The minutes of last month's committee said councillors were “alarmed by the delay”.",
        "The drivers were shown an email from March. It read: “Say nothing to the press.”",
    ],
)
def test_an_unnamed_source_is_nobody(para: str) -> None:
    got = speakers(OPENING + para)
    assert got[0] == "Ann Keller"
    assert len(got) > 1 and got[1:] == [None] * (len(got) - 1), got


@pytest.mark.parametrize(
    "para",
    [
        # a pronoun after the unnamed description stands for it
        "One resident, who asked not to be named, recalled the fire. “The smoke came under "
        "the door,” she said. “We ran for the stairs.”",
        "A shopkeeper who asked not to be named said trade was down. “It is the worst winter "
        "I remember,” he said.",
        "One Welsh ferryman on the slipway at Penrhos summed it up. “The tide does not wait,” "
        "he said.",
        # "it" after a document that opens the sentence before
        "The audit, published by the Transport Board, was blunt. “Costs rose sharply,” it "
        "said. “Nobody checked the invoices.”",
        # the same head noun as the unnamed description ("the former driver")
        "A former driver at Redline Coaches Ltd, who spoke on condition of anonymity, said "
        "the brakes were old. “Nobody listened to us,” the former driver said.",
        "A senior Ruritanian diplomat, speaking on condition of anonymity, said talks had "
        "stalled. “We are far apart,” the diplomat said.",
    ],
)
def test_what_points_back_to_an_unnamed_source_is_nobody(para: str) -> None:
    got = speakers(OPENING + para)
    assert got[0] == "Ann Keller"
    assert len(got) > 1 and got[1:] == [None] * (len(got) - 1), got


@pytest.mark.parametrize(
    "para",
    [
        # a person named in the description, before it or in apposition, speaks
        "Sir Tobias Grell, a former trustee who left the board in 2019, said the plan was "
        "“reckless”. “I warned them,” he said.",
        "A retired signalman, Dev Ostrowski, said: “The line was never safe.”",
        "One caller, who gave his name only as Rafe, asked why the depot was so far out. "
        "“I finish at midnight,” he said.",
        # a spokeswoman speaks for the body she is named for
        "A spokeswoman for Redline Coaches Ltd said the fleet was new. “Every coach passed "
        "its test,” she said.",
        # a document the article says someone sent speaks for them
        "Keller sent a letter to every resident. “The depot will be quiet at night,” the "
        "letter read.",
        # a name that opens the clause after an indefinite noun is the subject
        "The union called the depot “a triumph”, a claim Keller dismissed as “premature”.",
    ],
    ids=["named-before", "apposition", "first-name", "spokeswoman", "letter", "claim"],
)
def test_a_named_source_keeps_its_speaker(para: str) -> None:
    got = speakers(OPENING + para)
    assert got[0] == "Ann Keller"
    assert len(got) > 1 and None not in got[1:], got
