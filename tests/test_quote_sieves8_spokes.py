"""A pronoun after a sentence whose subject is a spokesperson described, not named ("A
council spokesman said …", "A spokeswoman for X declined …"): the pronoun stands for the
spokesperson, so the quote is the body's, not the last person named. Articles written for
these tests."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


_LEAD = (
    "Bridge to stay shut\n\n"
    "Harlow Vale District Council has closed the Mill Lane bridge after an inspection. "
    "The council’s leader, Greta Mossberg, told members the repairs would cost "
    "“more than we have”.\n\n"
)


@pytest.mark.parametrize(
    "sentence,pronoun",
    [
        ("A council spokeswoman said the bridge would reopen in the spring.", "she"),
        ("A council spokesman said engineers were on site.", "he"),
        ("A spokesman for the council declined to give a date.", "he"),
        ("A spokeswoman for Harlow Vale District Council rejected the criticism.", "she"),
    ],
)
def test_a_pronoun_after_a_described_spokesperson_is_the_body(sentence: str, pronoun: str) -> None:
    text = _LEAD + f"{sentence} “Safety has to come first,” {pronoun} said.\n"
    assert speakers(text)[-1] == "Harlow Vale District Council"


def test_a_named_spokesperson_stays_the_person() -> None:
    text = _LEAD + (
        "A council spokeswoman, Ruth Alderney, said the bridge would reopen. "
        "“Safety has to come first,” she said.\n"
    )
    assert speakers(text)[-1] == "Ruth Alderney"


def test_a_person_named_in_between_is_the_pronouns() -> None:
    # the spokesperson's sentence is not the one right before the quote's
    text = _LEAD + (
        "A council spokesman said engineers were on site. Councillor Ivor Gethin said "
        "residents had waited long enough. “It is a disgrace,” he said.\n"
    )
    assert speakers(text)[-1] == "Ivor Gethin"
