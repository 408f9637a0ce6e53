"""Joint speakers reached through a plural ("the couple said", "the pair wrote") when the
article introduced the second through a relation to the first ("Ann Lee and her husband,
Bob Lee"): both names, joined as the article joins them. And a description given whole
to a person ("the new landlady, Ann Lee") is that person when the article says it again.
Articles written for these tests."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "intro,plural,want",
    [
        (
            "The bakery was saved by Imogen Flett and her husband, Dario Flett, who moved "
            "here in 2019.",
            "the couple said",
            "Imogen Flett and Dario Flett",
        ),
        (
            "The appeal was started by Wendell Asante and his business partner Rhys Morrow, "
            "who came here in 2015.",
            "the pair said",
            "Wendell Asante and Rhys Morrow",
        ),
        (
            "The letter was signed by Priya Dhillon and her sister, Amrit Dhillon, who grew "
            "up in Leeds.",
            "the sisters wrote",
            "Priya Dhillon and Amrit Dhillon",
        ),
    ],
)
def test_a_plural_names_both_across_a_relation(intro: str, plural: str, want: str) -> None:
    text = f"Village news\n\n{intro} “We could not let it close,” {plural}.\n"
    assert speakers(text) == [want]


def test_one_of_the_related_pair_speaking_alone_is_one() -> None:
    # a singular pronoun after the relation: one of them, never both
    text = (
        "Village news\n\nThe bakery was saved by Imogen Flett and her husband, Dario Flett. "
        "“I still burn the first loaf every morning,” he said.\n"
    )
    got = speakers(text)
    assert got and " and " not in (got[0] or "")


def test_a_relation_without_a_plural_keeps_the_named_speaker() -> None:
    text = (
        "Village news\n\nImogen Flett and her husband, Dario Flett, bought the bakery. "
        "“We open at six,” Imogen Flett said.\n"
    )
    assert speakers(text) == ["Imogen Flett"]


@pytest.mark.parametrize("role", ["new landlady", "new head teacher", "new harbour master"])
def test_a_description_given_whole_is_its_holder(role: str) -> None:
    # another person named since (the owner) is no successor to a role given whole
    text = (
        f"Village news\n\nThe {role}, Constance Abara, will run the Anchor for its owner, "
        f"Hugh Penmore, from Friday. “I want the door open by nine,” the {role} said.\n"
    )
    assert speakers(text) == ["Constance Abara"]


def test_a_new_holder_of_a_role_given_before_is_still_the_successor() -> None:
    # the article gave the bare role to one person and names another since: "the new"
    # one is the successor, not the one who held it
    text = (
        "Village news\n\nThe harbour master, Winifred Osgood, retires this month after "
        "thirty years. Her deputy, Lionel Barraclough, takes over in March. "
        "“The tides do not care who holds the keys,” the new harbour master said.\n"
    )
    assert speakers(text) == ["Lionel Barraclough"]
