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


@pytest.mark.parametrize(
    "text,want",
    [
        # the next paragraph names the person the lead described
        (
            "Pensioner tells court she was 'never paid'\n\nA retired nurse accused of "
            "forging her late husband's will told a jury on Monday that she had been "
            "“kept in the dark” by the family's solicitor.\n\nGlenys Moorhouse, 71, denies "
            "two counts of fraud at Exeter Crown Court.",
            ["Glenys Moorhouse", "Glenys Moorhouse"],
        ),
        # the role's holder, named in apposition later
        (
            "Judge warns of 'sham' tenancies\n\nCARDIFF, May 2 — A judge has warned "
            "landlords that “sham” tenancies will be struck down.\n\nThe case was brought "
            "by three tenants. The judge, Mererid Pask, said the contracts were void.",
            ["Mererid Pask", "Mererid Pask"],
        ),
    ],
)
def test_the_person_a_lead_describes_before_naming(text: str, want: list[str]) -> None:
    # stories written for this test; the headline's words are the lead's
    assert speakers(text) == want


def test_a_lead_about_two_people_is_not_one_of_them() -> None:
    text = (
        "A retired couple who have fought a quarry for years said the decision was “a "
        "relief”.\n\nAnwen and Gareth Lloyd live beside the site."
    )
    assert speakers(text) != ["Anwen Lloyd"]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nNot everyone agrees. Senior analyst Odile Varenne of the Centre for "
            "Monetary Studies said: “March looks early to me.”",
            "Odile Varenne",
        ),
        (
            "Head\n\nThe decision was welcomed. Families for Safer Roads, which represents "
            "400 relatives, said the ruling was “long overdue”.",
            "Families for Safer Roads",
        ),
    ],
)
def test_links_inside_an_organisations_name(text: str, want: str) -> None:
    # sentences written for this test
    assert speakers(text) == [want]


def test_the_leader_of_a_body_is_a_person_not_the_body() -> None:
    # written for this test
    text = (
        "Council defends cuts\n\nHALBURY, Mar 3 — The leader of Halbury Borough Council has "
        "defended the cuts, telling councillors that there were “no easy choices left”.\n\n"
        "Councillor Nerys Fairclough, who leads the ruling group, said the gap was £9 million."
    )
    assert speakers(text) == ["Nerys Fairclough"]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nHer co-author, Professor Anselm Rijkaard from Delft University, said the "
            "result mattered. “It is a lower bound,” he said.",
            "Anselm Rijkaard",
        ),
        (
            "Head\n\nThe National Weather Bureau issued a red warning on Friday. “Stay away "
            "from the sea front,” the forecaster said.",
            "National Weather Bureau",
        ),
        (
            "Head\n\nThe appeal was started by two sisters, Ama Boateng and Efua Boateng. “We "
            "never gave up,” the sisters said.",
            "Ama Boateng and Efua Boateng",
        ),
    ],
)
def test_descriptions_of_people_and_bodies(text: str, want: str) -> None:
    # sentences written for this test
    assert speakers(text)[-1] == want


@pytest.mark.parametrize(
    "text,want",
    [
        # "the new X" is the one taking the role over, not the holder named so
        (
            "Head\n\nThe ferry master, Captain Ruaridh Penhale, retires this spring after 30 "
            "years. His deputy, Elspeth Mowbray, takes over in April. The new ferry master "
            "said she had “a hard act to follow”.",
            "Elspeth Mowbray",
        ),
        # without "new", the holder
        (
            "Head\n\nThe ferry master, Captain Ruaridh Penhale, retires this spring. The "
            "ferry master said he had “loved every crossing”.",
            "Ruaridh Penhale",
        ),
        # a capitalised adjective, a portfolio and a body of state: one organisation
        (
            "Head\n\nThe talks ended early. The Scottish health department said the "
            "figures were “provisional”.",
            "Scottish health department",
        ),
        (
            "Head\n\nThe envoys met in Graz. The Austrian interior ministry later said in a "
            "statement that the meeting had been “useful”.",
            "Austrian interior ministry",
        ),
        (
            "Head\n\nThe cartel agreed a cut. Not every member was pleased: Norway’s "
            "energy ministry said it would need “room to adjust”.",
            "Norway’s energy ministry",
        ),
    ],
)
def test_successors_and_portfolios(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_the_leads_description_later_is_the_person_named_after_the_lead() -> None:
    """The lead describes ("The health secretary defended …"), the next paragraph names
    ("Ruth Okonedo told …"), and nobody is given the role: the description later in the
    story is still that person, not the one quoted last."""
    text = (
        "Head\n\nThe health secretary defended the waiting-list figures as she faced "
        "questions from MPs on Tuesday about hospital delays.\n\nRuth Okonedo told the "
        "committee the backlog would fall by spring. “We are turning the corner,” she "
        "said.\n\nLabour MP Alan Brisk said the figures were “a fantasy”. “Nobody believes "
        "them,” he said.\n\n“The honourable member has not read the report,” the health "
        "secretary replied."
    )
    assert speakers(text) == ["Ruth Okonedo", "Alan Brisk", "Alan Brisk", "Ruth Okonedo"]


def test_reminded_is_a_speech_verb_after_an_opening_adverb() -> None:
    """ "Firmly, the council’s head of housing, Priya Kaul, reminded members …: “…”": the
    person in apposition, not the adverb or the person named before."""
    text = (
        "Head\n\nThe committee was split, and the chair, Dennis Orme, spoke first.\n\n"
        "Firmly, the council’s head of housing, Priya Kaul, reminded members of the rules: "
        "“If we refuse without reasons, we pay the costs.”"
    )
    assert speakers(text) == ["Priya Kaul"]


@pytest.mark.parametrize(
    "text,want",
    [
        # an inverted verb, a description, then the name in apposition
        (
            "Head\n\nAfterwards, Hale's agent claimed the result. “Doran won the room,” said "
            "the press officer, Wilma Achterberg.",
            "Wilma Achterberg",
        ),
        # a role given after "successor as": the holder of the longer role, not of "director"
        (
            "Head\n\nThe director Piet Janssens, who trained there, wept. “She taught me "
            "everything,” Janssens said.\n\nHer successor as musical director, Odile Ferrant, "
            "said she would keep the spring season. “Nothing will change in May,” the "
            "musical director said.",
            "Odile Ferrant",
        ),
        # a role in lower case after a capitalised word opens the sentence
        (
            "Head\n\nThe council leader, Aled Pryor, defended the closures. “They are "
            "temporary,” he said.\n\nLocal shopkeeper Nia Baptiste summed up the mood in a "
            "letter to the paper: “Temporary is how it always starts.”",
            "Nia Baptiste",
        ),
        # a pronoun after a sentence that opens with a person's possessive
        (
            "Head\n\nThe keeper, Maud Eskdale, found the bird. Two volunteers, Reuben Tolley "
            "and Ines Abara, had searched for hours. “We never gave up,” Tolley and Abara "
            "said.\n\nMs Eskdale's own view was short. “Once is enough,” she said.",
            "Maud Eskdale",
        ),
        # a quoted phrase after "X called …", before "while Y said": X's
        (
            "Head\n\nThe two candidates clashed on trams. Pell called Varga's plan “a fantasy "
            "on rails”, while Varga said his rival's was “a bus with ideas”.",
            None,
        ),
    ],
)
def test_descriptions_possessors_and_clauses_name_the_speaker(text: str, want: str) -> None:
    got = speakers(text)
    if want is None:  # the two clauses: each phrase its own clause's subject's
        assert got == ["Pell", "Varga"]
    else:
        assert got[-1] == want


def test_the_pair_a_plural_subject_stands_for_is_joined_as_the_article_joins_them() -> None:
    """ "the brothers … they wrote", long after "Tomas and Erik Lindqvist" were named and
    others since: the pair, as written."""
    text = (
        "Head\n\nThe climbers, two brothers from Orrin, were named as Tomas and Erik Lindqvist."
        " “We were lucky,” Tomas said.\n\nThe rescue leader, Gwen Halloran, praised them. "
        "“They did everything right,” Halloran said. Her deputy, Colm Furey, agreed. “Cool "
        "heads,” Furey said.\n\nLater, the brothers posted a photograph. “Thank you, "
        "Orrin,” they wrote."
    )
    assert speakers(text)[-1] == "Tomas and Erik Lindqvist"


def test_a_plural_subject_after_an_opening_clause_stands_for_the_pair() -> None:
    """ "Asked what they would buy, the pair answered …. “…,” they said": the pair named
    together, though one of them and a body were named since."""
    text = (
        "Head\n\nMoira and Dev Pattani, both 71, won the raffle. “We never win,” Moira "
        "Pattani said.\n\nThe prize was handed over by Carrow Lotteries. “A lovely couple,” "
        "the operator said.\n\nAsked what they would buy first, the pair answered at once. "
        "“A new shed,” they said."
    )
    assert speakers(text)[-1] == "Moira and Dev Pattani"
