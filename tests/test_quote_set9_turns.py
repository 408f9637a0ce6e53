"""Quote speakers after blind set 9: a given name tells a person's gender where the
article's titles, kin words and pronouns tell nothing, so 'she asked' goes to the woman
of the exchange, not the man addressed. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_she_asked_goes_to_the_woman_questioner_not_the_man_addressed() -> None:
    text = (
        "Inquiry hears from depot manager\n\n"
        "Gareth Pollard was cross-examined by Imogen Steadall, counsel to the inquiry.\n\n"
        "“Who signed the rota that week, Mr Pollard?” she asked.\n\n"
        "“I did, as I always did,” he said.\n\n"
    )
    assert speakers(text) == ["Imogen Steadall", "Gareth Pollard"]


def test_he_said_goes_to_the_man_when_a_woman_was_named_last() -> None:
    text = (
        "Council backs new bridge\n\n"
        "Callum Dray, who chairs the transport committee, spoke after Sheila Morrow "
        "presented the survey.\n\n"
        "“The crossing will be open by spring,” he said.\n\n"
    )
    assert speakers(text) == ["Callum Dray"]


def test_she_said_goes_to_the_woman_when_a_man_was_named_last() -> None:
    text = (
        "Harbour plan delayed\n\n"
        "Morag Teale, the harbour's engineer, met Declan Orrin on the quay.\n\n"
        "“The wall needs another season of work,” she said.\n\n"
    )
    assert speakers(text) == ["Morag Teale"]


def test_a_name_the_tables_do_not_know_tells_no_gender() -> None:
    text = (
        "Festival returns\n\n"
        "Quillon Farr, the festival's director, announced the line-up.\n\n"
        "“We have never had so many acts,” she said.\n\n"
    )
    assert speakers(text) == ["Quillon Farr"]
