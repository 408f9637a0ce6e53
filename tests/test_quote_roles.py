"""Roles and appositions, in sentences written for these tests: the person in
apposition after a description speaks ("X's coach, the former sprinter Ann Lee, said");
a body's own one-word name in apposition ("The regulator, Ofwat,") names it; a plural
head names the body whose name ends in it; a role before a title is the person's; a
pronoun after a sentence that opens with a role names the role's holder."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nOkafor won in straight sets. Okafor’s coach, the former sprinter Lotte "
            "Brandvold, said her player had been “fearless all week”.",
            "Lotte Brandvold",
        ),
        (
            "Head\n\nThe pair ride for Team Solvane, whose directeur sportif, Mathis Oberlin, "
            "said the plan had been “to wait for the last climb”.",
            "Mathis Oberlin",
        ),
        (
            "Head\n\nThe watchdog, Ofreg, said in written evidence that the firm had been "
            "“among the worst in the sector”.",
            "Ofreg",
        ),
        (
            "Head\n\nThe Lowmoor Harbour Commissioners met on Friday. The commissioners said "
            "in a statement that the wall was “beyond repair”.",
            "Lowmoor Harbour Commissioners",
        ),
        (
            "Head\n\nCrowds said goodbye to the lighthouse keeper, Captain Edith Marrack, on "
            "Sunday. The chairman, Idris Penrose, thanked her.\n\n"
            "The lighthouse keeper, who served for 40 years, spoke briefly. She said: “I will "
            "miss the stairs least of all.”",
            "Edith Marrack",
        ),
    ],
)
def test_roles_and_appositions(text: str, want: str) -> None:
    assert speakers(text)[-1] == want
