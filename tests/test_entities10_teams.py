"""Teams named by their town and a plural noun, in our own sentences: "Kelso Raiders",
"Ashby Falcons" are organisations, in a headline or a sentence, and "the club" after
them chains to them. Near misses: a surname that is also a plural word stays a person's,
and a lower-case plural after a name is no team."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, is_a
from factcheck.models import Document


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in Text(Document(id="t", text=text)).entities}


@pytest.mark.parametrize(
    "text,team",
    [
        ("Brackwater Kestrels sign teenage winger\n\nThe deal was agreed.", "Brackwater Kestrels"),
        ("Olvey Spartans lost 2-0 at home on Saturday.", "Olvey Spartans"),
        ("A late goal gave Tarnby Wanderers the points.", "Tarnby Wanderers"),
        ("Pellworth Rhinos have appointed a new coach.", "Pellworth Rhinos"),
    ],
)
def test_a_town_and_a_plural_noun_name_a_team(text: str, team: str) -> None:
    assert _kinds(text).get(team) == ORGANISATION


def test_the_club_chains_to_a_team_so_named() -> None:
    text = "Marlow Vale Hornets have signed a keeper. The club said he would start."
    entities = list(Text(Document(id="t", text=text)).entities)
    teams = [e for e in entities if e.name == "Marlow Vale Hornets"]
    assert teams and is_a(teams[0], "club")


@pytest.mark.parametrize(
    "text,person",
    [
        ("Lena Robins said the pitch was waterlogged.", "Lena Robins"),
        ("Coach Ivo Knights said: the squad is fit.", "Ivo Knights"),
    ],
)
def test_a_surname_that_is_also_a_plural_word_stays_a_person(text: str, person: str) -> None:
    assert _kinds(text).get(person) == PERSON


def test_a_lower_case_plural_after_a_name_is_no_team() -> None:
    kinds = _kinds("Dana Orrick said the eagles had returned to the valley.")
    assert kinds.get("Dana Orrick") == PERSON
    assert not any(n.endswith("eagles") for n in kinds), kinds
