"""A speech verb joined to its clause's first verb by 'and'/'but' with a sequencing word
('and then admitted', 'but later said') has that clause's subject as its speaker, not a
body named after it. Names and sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "joined", ["and then admitted", "but then conceded", "and later said", "and also said"]
)
def test_the_clause_subject_speaks_for_the_joined_verb(joined: str) -> None:
    text = (
        "Swimmer of the year\n\nKira Vossberg won the 400m title on the last night of the "
        f"county championships in Dunmore, {joined} she had “no plan at all”.\n\n"
        "Vossberg, who swims for Dunmore Otters, touched in 4:21."
    )
    assert speakers(text) == ["Kira Vossberg"]


def test_a_new_subject_after_and_then_speaks_itself() -> None:
    text = (
        "Kira Vossberg won the 400m title in Dunmore, and then her coach Ada Brill said "
        "it was “a blur”."
    )
    assert speakers(text) == ["Ada Brill"]
