"""A pronoun after a sentence naming two people, where a kin noun said of one of them
tells their gender ("X is his sister", "Y was her husband"): the pronoun goes to the one
whose gender it fits, not to the subject it rules out. Articles written for these tests."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


_LEAD = (
    "Bakery wins county prize\n\n"
    "The Brindle Street bakery is run by Tamsin Hale-Berry and Owen Berry, who opened it "
    "in 2016.\n\n"
)


@pytest.mark.parametrize(
    "sentence,pronoun,want",
    [
        ("Hale-Berry is his older sister; Owen had baked the winning loaf.", "he", "Owen Berry"),
        ("Hale-Berry is his sister-in-law, and Owen does the night shift.", "he", "Owen Berry"),
        ("Owen Berry is her husband; Tamsin runs the counter.", "she", "Tamsin Hale-Berry"),
    ],
)  # fmt: skip
def test_a_kin_noun_rules_out_the_subject(sentence: str, pronoun: str, want: str) -> None:
    text = _LEAD + f"{sentence} “We were up at three every day this month,” {pronoun} said.\n"
    assert speakers(text)[-1] == want


def test_a_kin_noun_of_the_pronouns_gender_keeps_the_subject() -> None:
    # "X is her brother" tells X is a man: "he" is X, the sentence's subject
    text = _LEAD + (
        "Berry is her younger brother; Tamsin taught him to knead. "
        "“She still says I do it wrong,” he said.\n"
    )
    assert speakers(text)[-1] == "Owen Berry"
