"""Features and profiles, in sentences written for these tests: a work's title in
apposition with its own article is no person; a quote nobody is named for, after a
sentence whose subject is "she" or "he", is that pronoun's person; the later paragraphs
of a quote carry its first paragraph's speaker; a publisher is an organisation."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


PROFILE = (
    "Head\n\nThe composer Ottoline Varga-Reyes has finished her fourth symphony, she says, "
    "two years late.\n\n"
    "Her agent at Marrow Books, Declan Fisk, is calm about it. “She always delivers,” he "
    "says.\n\n"
    "The new symphony, The Glass Orchard, began as a set of songs for her mother. She wrote the "
    "first bars on a train to Leeds.\n\n"
    "“I had no paper, so I wrote on a ticket.\n\n"
    "“The ticket is framed in the kitchen now.”\n\n"
    "“It was never meant to be a symphony,” she says."
)


def test_a_profiles_subject_keeps_her_words() -> None:
    assert speakers(PROFILE) == [
        "Declan Fisk",
        "Ottoline Varga-Reyes",
        "Ottoline Varga-Reyes",
        "Ottoline Varga-Reyes",
    ]


def test_a_title_with_its_article_and_a_publisher_are_no_people() -> None:
    ents = Text(Document(id="d", text=PROFILE)).entities
    kinds = {m.name: ents.entity(m).kind for m in ents.before(len(PROFILE))}
    assert kinds["Glass Orchard"] == "thing"
    assert kinds["Marrow Books"] == "organisation"
