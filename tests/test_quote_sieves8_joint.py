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
            "The appeal was started by Wendell Mossop and his business partner Rhys Gethin, "
            "who came here in 2015.",
            "the pair said",
            "Wendell Mossop and Rhys Gethin",
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


def test_a_relation_that_closes_the_subject_names_both() -> None:
    text = (
        "Border talks\n\nThe Latvian environment minister, Ilze Kalnina, and her Estonian "
        "counterpart, Rein Tamme, said the reserve would stay open. “Nothing changes for "
        "walkers,” they said.\n"
    )
    assert speakers(text) == ["Ilze Kalnina and Rein Tamme"]


def test_they_after_a_plural_subject_reaches_the_related_pair() -> None:
    text = (
        "Border talks\n\nEnvironment minister Ilze Kalnina and her Estonian counterpart, "
        "Rein Tamme, met on Friday.\n\n"
        "The reserve's warden, Maris Pold, told the meeting that visits had doubled.\n\n"
        "Later, the two ministers signed a pact on wolves. “Wolves do not read maps,” "
        "they said.\n"
    )
    assert speakers(text)[-1] == "Ilze Kalnina and Rein Tamme"


@pytest.mark.parametrize(
    "pair,plural",
    [
        ("Two regional bus firms, Corlow Coaches and the Brisley Group,", "the companies said"),
        ("The housing charities Hollin Trust and the Marsh Foundation", "the charities said"),
        (
            "Two of the county's oldest insurers, Brackwell Mutual and the Tenby Union,",
            "the firms said",
        ),
    ],
)
def test_two_bodies_joined_by_and_speak_together(pair: str, plural: str) -> None:
    names = pair.rstrip(",").split(", ")[-1].removeprefix("The housing charities ")
    text = (
        f"Merger agreed\n\n{pair} are to merge this year, citing rising costs.\n\n"
        f"“Together we can keep every route running,” {plural} in a joint statement.\n"
    )
    assert speakers(text) == [names]


def test_a_body_someone_is_of_is_no_half_of_a_pair() -> None:
    # the bosses of each firm named with their firm: "the companies" are not the one
    # firm and the other boss
    text = (
        "Merger agreed\n\nCorlow Coaches and Brisley Travel are to merge. Their bosses, "
        "Ada Quist of Corlow and Tobias Renn of Brisley, met staff on Monday.\n\n"
        "“No depot will close,” the companies said.\n"
    )
    got = speakers(text)[-1] or ""
    assert "Tobias Renn" not in got and "Ada Quist" not in got


@pytest.mark.parametrize(
    "opening",
    [
        "Corlow Coaches and the Brisley Group issued a joint statement:",
        "Corlow Coaches and the Brisley Group said in a joint statement:",
        "The Brisley Group and Corlow Coaches released a statement on Friday:",
    ],
)
def test_two_bodies_as_the_subject_speak_together(opening: str) -> None:
    text = f"Merger agreed\n\n{opening} “No route will be cut this year.”\n"
    first, second = (
        ("Brisley Group", "Corlow Coaches")
        if "The Brisley" in opening
        else ("Corlow Coaches", "the Brisley Group")
    )
    assert speakers(text) == [f"{first} and {second}"]


def test_a_body_after_of_is_no_half_of_a_subject_pair() -> None:
    text = (
        "Merger agreed\n\nBo Dahlgren of Corlow and the Brisley Group said in a joint "
        "statement: “No route will be cut this year.”\n"
    )
    assert "Corlow and" not in (speakers(text)[0] or "")
