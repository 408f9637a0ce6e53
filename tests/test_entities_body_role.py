"""A role written with no determiner between a body's name and a person's ("Harbury
Town coach Pavel Strom") is the person's role, so "the coach said" is theirs and not
that of someone the article gives the role later. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_body_role_name_gives_the_role() -> None:
    text = "Harbury Town coach Pavel Strom praised his defence on Sunday.\n\n"
    ents = Text(Document(id="d", text=text)).entities
    m = ents.named("Pavel Strom")
    assert m is not None and "coach" in m.roles


def test_the_role_is_its_holder_named_before_not_one_named_later() -> None:
    text = (
        "Coach backs defence\n\n"
        "Harbury Town coach Pavel Strom praised his defence on Sunday.\n\n"
        "“They were magnificent,” the coach said.\n\n"
        "Next week Harbury meet Dunmore, whose coach, Ilse Varga, has won six in a row.\n\n"
    )
    assert speakers(text) == ["Pavel Strom"]


def test_an_occupation_after_a_place_is_a_role_too() -> None:
    text = "Ollerby baker Hugh Tamsett opened early on Monday.\n\n"
    ents = Text(Document(id="d", text=text)).entities
    m = ents.named("Hugh Tamsett")
    assert m is not None and "baker" in m.roles


def test_a_role_in_capitals_before_a_name_is_its_holder_s() -> None:
    text = (
        "Council meeting ends early\n\n"
        "The Lord Mayor, Edwin Catterall, opened the meeting. Hilda Marsh spoke next.\n\n"
        "“We will adjourn,” the Lord Mayor said.\n\n"
    )
    assert speakers(text) == ["Edwin Catterall"]


def test_she_after_a_man_named_alone_is_not_his_gender() -> None:
    text = (
        "Minister questioned on wards\n\n"
        "The health minister, Dame Ann Lee, took questions from members.\n\n"
        "A second member, Conrad Pell, asked whether other wards would be included. She said "
        "they would. “One rule for every ward,” she said. He was not satisfied. “We have "
        "heard that before,” he said.\n\n"
    )
    assert speakers(text) == ["Ann Lee", "Conrad Pell"]
