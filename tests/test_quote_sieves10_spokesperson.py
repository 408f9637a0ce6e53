"""A spokesperson described by a kind of body ("a company spokesman") speaks for the
body of that kind that the paragraph is about (the subject of its newest sentence naming
one), not for another body of that kind named later; a subject of another kind (a
council for "a company spokesman") is passed over. Names are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Marrick said no jobs would go.", "Marrick Foods"),
        ("Tolland said no jobs would go.", "Tolland Dairies"),
        ("Marrick told staff on Friday that the sites would stay open.", "Marrick Foods"),
    ],
)
def test_a_company_spokesman_is_the_subject_before(lead: str, expected: str) -> None:
    text = (
        "Marrick Foods has agreed to buy Tolland Dairies for £40 million. "
        f"{lead} “We want their skills,” a company spokesman said."
    )
    assert speakers(text) == [expected]


def test_a_firm_spokeswoman_across_sentences_of_the_paragraph() -> None:
    text = (
        "Pellow Energy will take over Harlan Grid next year.\n\n"
        "Pellow said the deal was good value. “This is a good fit,” a firm spokeswoman said."
    )
    assert speakers(text) == ["Pellow Energy"]


def test_a_council_subject_is_no_company() -> None:
    text = (
        "Tarrow Council said it had fined Gellick Haulage Ltd for dumping. "
        "“We accept the fine,” a company spokesman said."
    )
    assert speakers(text) == ["Gellick Haulage Ltd"]
