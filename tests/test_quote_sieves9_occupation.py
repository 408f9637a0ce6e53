"""A description ('the goalkeeper', 'the captain') stands for the person whose name the
article wrote after that occupation ('Goalkeeper Ana Ruiz', 'club captain Ben Hale'),
not for the club or a person named since. Names and sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("intro", "desc", "want"),
    [
        ("Goalkeeper Ana Ruiz saved two penalties", "the goalkeeper", "Ana Ruiz"),
        ("The late goal came from club captain Ben Hale", "the captain", "Ben Hale"),
        ("Full-back Idris Penhallow cleared off the line", "the full-back", "Idris Penhallow"),
    ],
)
def test_the_occupation_before_a_name_is_that_person(intro: str, desc: str, want: str) -> None:
    text = (
        "Kestrel Vale Athletic beat Dunmore Harriers 2-1 on Saturday.\n\n"
        f"{intro} as the home side held on in front of 4,000 fans.\n\n"
        f"“We never stopped running,” {desc} said."
    )
    assert speakers(text) == [want]


def test_an_occupation_written_inside_quoted_words_is_not_read() -> None:
    text = (
        "Kestrel Vale Athletic beat Dunmore Harriers 2-1. Manager Tom Eyre was asked "
        "about the penalty. “I told goalkeeper Ana Ruiz to dive left,” Eyre said.\n\n"
        "“We never stopped running,” the goalkeeper said."
    )
    assert speakers(text)[-1] != "Ana Ruiz"


def test_without_the_occupation_written_the_description_is_not_read_so() -> None:
    text = (
        "Kestrel Vale Athletic beat Dunmore Harriers 2-1. Ana Ruiz saved two penalties "
        "and Ben Hale scored.\n\n“We never stopped running,” the goalkeeper said."
    )
    assert speakers(text) != ["Ben Hale"]
