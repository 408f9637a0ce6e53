"""A short quote inside reported speech belongs to the subject who reports it, also when
the subject is a person 'of the <kind of body> Name' or carries an age and a relative
clause in apposition ('X, 71, whose …, said'). Names and sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["broker", "think tank", "law firm"])
def test_a_person_of_a_classed_body_speaks(kind: str) -> None:
    text = (
        "Markets were calm. Ilse Brannock of the "
        f"{kind} Fenmoor Partners said the offer was “generous but late”."
    )
    assert speakers(text) == ["Ilse Brannock"]


@pytest.mark.parametrize(
    "apposition", ["71, whose sister sang in the choir", "71, who has lived there since 1980"]
)
def test_an_age_and_a_relative_clause_in_apposition(apposition: str) -> None:
    text = (
        "The hall reopened on Friday. Isak Thorne sang first.\n\nAudience member Wilma "
        f"Oyelaran, {apposition}, said the night was “better than the old days”."
    )
    assert speakers(text) == ["Wilma Oyelaran"]


def test_the_body_itself_still_speaks_when_no_person_precedes_it() -> None:
    text = "Markets were calm. The broker Fenmoor Partners said the offer was “generous”."
    assert speakers(text) == ["Fenmoor Partners"]
