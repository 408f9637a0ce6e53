"""A verb of characterising another's claim ('a claim X rejected as “…”') introduces the
quote after it, as 'described' and 'dismissed' do; without 'as' it is no speech verb.
Names and sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "verb", ["derided", "brushed aside", "mocked", "scorned", "laughed off", "disputed"]
)
def test_a_claim_the_rival_characterised_as_is_the_rivals(verb: str) -> None:
    text = (
        "Councillor Aled Pryce said the new depot would be “open by spring”, a forecast "
        f"his rival Orla Venn {verb} as “pure invention”."
    )
    assert speakers(text) == ["Aled Pryce", "Orla Venn"]


def test_the_present_tense_reads_the_same() -> None:
    text = (
        "The landlord, Bexton Homes, says the flats are “fully compliant”, an assurance "
        "which the tenant Ruth Amsel rejects as “simply untrue”."
    )
    assert speakers(text) == ["Bexton Homes", "Ruth Amsel"]


def test_a_surname_after_a_claim_reads_the_same() -> None:
    text = (
        "Aled Pryce said the depot would be “open by spring”. Orla Venn spoke next. "
        "Pryce’s forecast was “a fantasy”, a claim Venn waved away as “misreporting”."
    )
    assert speakers(text)[-1] == "Orla Venn"


def test_without_as_the_verb_introduces_nothing() -> None:
    text = (
        "Inspector Dev Malhotra said the tunnel was “sound”. Petra Lune rejected the "
        "report on Monday. “We will check it ourselves,” Malhotra added."
    )
    assert speakers(text) == ["Dev Malhotra", "Dev Malhotra"]
