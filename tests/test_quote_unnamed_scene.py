"""Words of people and things the article does not name, in a scene set by an
adverbial of place or time before the subject ("After the final whistle a boy by the
fence shouted", "On Mill Road, outside the Town Hall, a sign read"): nobody's, not the
person named last. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document

HEAD = (
    "Landlord jailed\n\n"
    "Tom Reed, 50, was jailed for fraud. “I am sorry,” Reed said. “I let them down,” he said.\n\n"
)


def last_speaker(text: str) -> str | None:
    doc = Text(Document(id="d", text=HEAD + text))
    return [c.value.speaker for c in extract(doc)][-1]  # type: ignore[union-attr]


def test_an_adverbial_without_a_comma_before_an_unnamed_person() -> None:
    assert (
        last_speaker("Outside court a woman holding a photo shouted “Never again, never”.\n\n")
        is None
    )
    assert (
        last_speaker(
            "After the count a woman near the door shouted “Count them all again!”, "
            "and the room laughed.\n\n"
        )
        is None
    )


def test_two_adverbials_with_commas_before_a_sign() -> None:
    text = "In Bank Street, outside the Town Hall, a sign on the door read “Back soon.”\n\n"
    assert last_speaker(text) is None


def test_an_adverbial_before_one_who_tells_a_companion() -> None:
    text = "At the interval a man in the front row told his wife: “I would have left by now.”\n\n"
    assert last_speaker(text) is None


def test_a_named_person_after_the_adverbial_still_speaks() -> None:
    text = "Outside court a neighbour, Ann Cole, said: “Justice at last.”\n\n"
    assert last_speaker(text) == "Ann Cole"
