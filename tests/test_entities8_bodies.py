"""Organisations of an article that their names alone do not give away, in our own
sentences: a name classed by the noun before it ("rail operator Tavistrand"), a team
named after its town, a body whose name ends in a title ("Food Standards Executive"),
and the descriptions ("the club", "the charity") that chain back to them. Near misses:
a person named after a role noun stays a person, a town with a singular verb a place."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, PLACE, Entities, is_a
from factcheck.extract.quote import extract
from factcheck.models import Document


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in _read(text)}


def _speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


# ---------------------------------------------------------------- a classing noun first


@pytest.mark.parametrize(
    "text,body,not_names",
    [
        ("Rail operator Tavistrand said the line would reopen.", "Tavistrand", ["Rail"]),
        (
            "Water company Aquinor said the pipe had burst overnight.",
            "Aquinor",
            ["Water", "Water company"],
        ),
        (
            "Network supplier Quellink said 400 homes were affected.",
            "Quellink",
            ["Network", "Network supplier"],
        ),
        (
            "Housing charity Open Hearth said demand had doubled.",
            "Open Hearth",
            ["Housing", "Housing charity"],
        ),
    ],
)
def test_a_word_capitalised_before_a_classing_noun_is_no_name(
    text: str, body: str, not_names: list[str]
) -> None:
    kinds = _kinds(text)
    assert kinds.get(body) == ORGANISATION, kinds
    for word in not_names:
        assert word not in kinds, kinds


def test_a_person_after_a_role_noun_stays_a_person() -> None:
    kinds = _kinds("Chief executive Ann Lowe said the results were strong.")
    assert kinds.get("Ann Lowe") == PERSON, kinds
    kinds = _kinds("Network Rail said the signals had failed at dawn.")
    assert kinds.get("Network Rail") == ORGANISATION, kinds  # a name of two words stays


def test_the_classing_noun_speaks_for_the_body_it_classed() -> None:
    text = (
        "Rail operator Tavistrand said trains would run again by noon. “We are sorry for "
        "the delays,” the operator said."
    )
    assert _speakers(text) == ["Tavistrand"]


# ---------------------------------------------------------------- a team named after a town


@pytest.mark.parametrize(
    "text",
    [
        "Hallowmere Town have signed the goalkeeper on a two-year deal.",
        "Brackley County were beaten 3-0 at home on Saturday.",
        "Ostwick City are top of the table after six games.",
    ],
)
def test_a_town_with_a_plural_verb_is_a_team(text: str) -> None:
    name = " ".join(text.split()[:2])
    assert _kinds(text).get(name) == ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        "Hallowmere Town has a population of 9,000.",
        "The bus to Ostwick City was late again.",
    ],
)
def test_a_town_with_a_singular_verb_or_after_a_preposition_is_a_place(text: str) -> None:
    kinds = _kinds(text)
    assert ORGANISATION not in kinds.values(), kinds
    assert PLACE in kinds.values(), kinds


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Hallowmere Town have rejected a bid from Corbell Rovers for their captain, "
            "Iwan Price.\n\nThe club said: “Iwan is going nowhere.”",
            "Hallowmere Town",
        ),
        (
            "Brackley County were furious with Dunsford United after the match.\n\nIn a "
            "statement, the club said: “We will complain to the league.”",
            "Brackley County",
        ),
    ],
)
def test_the_club_is_the_team_that_opened_the_sentence_not_its_object(text: str, want: str) -> None:
    assert _speakers(text) == [want]


# ---------------------------------------------------------------- descriptions by kind


def test_a_description_reads_the_kind_of_body_a_name_ends_in() -> None:
    ents = _read("Corbell Rovers and the Lanterns Trust ran the day together. Calder Foods paid.")
    rovers = next(e for e in ents if e.name == "Corbell Rovers")
    trust = next(e for e in ents if e.name == "Lanterns Trust")
    foods = next(e for e in ents if e.name == "Calder Foods")
    assert is_a(rovers, "club") and not is_a(rovers, "charity")
    assert is_a(trust, "charity") and not is_a(trust, "club")
    assert not is_a(foods, "club") and not is_a(foods, "charity")


def test_a_body_classed_by_a_noun_is_what_the_noun_says() -> None:
    ents = _read("The youth charity Brightpath said it would open in May.")
    body = next(e for e in ents if e.name == "Brightpath")
    assert body.kind == ORGANISATION and is_a(body, "charity")


def test_a_generic_head_reads_no_kind() -> None:
    # "the firm" may be any business: being classed so earlier does not outrank the
    # body named last
    text = (
        "The software firm Kellaway said sales rose. Analysts at Brightmoor Research said "
        "the market was small. “Growth is slow,” the firm said."
    )
    assert _speakers(text) == ["Brightmoor Research"]


# --------------------------------------------------------------- a body's name that ends in a title


def test_a_body_named_executive_and_its_acronym_are_one_entity() -> None:
    ents = _read(
        "The Food Standards Executive, which inspected the plant, said it was unsafe. "
        "Later the FSE said the owners had been warned."
    )
    body = next(e for e in ents if e.name == "Food Standards Executive")
    assert body.kind == ORGANISATION
    assert "FSE" in body.aliases
    named = ents.named("FSE")
    assert named is not None and named.name == "Food Standards Executive"


def test_a_chief_executive_is_no_body() -> None:
    kinds = _kinds("Chief Executive Mariam Stoke said the chief executive post was new.")
    assert kinds.get("Mariam Stoke") == PERSON, kinds
    assert ORGANISATION not in kinds.values(), kinds


@pytest.mark.parametrize(
    "text,name",
    [
        ("Staff at Larchmont Homes said they were not consulted.", "Larchmont Homes"),
        (
            "Volunteers from Pellow Valley Ambulance said 12 people were treated.",
            "Pellow Valley Ambulance",
        ),
    ],
)
def test_homes_and_ambulance_end_the_names_of_bodies(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == ORGANISATION, kinds


# ---------------------------------------------------------------- descriptions chain by kind


def _described_as(ents: Entities, head: str) -> str:
    m = next(m for m in ents.mentions if m.described and m.name == head)
    return ents.entity(m).name


def test_the_charity_chains_to_a_body_whose_name_ends_in_a_charity_word() -> None:
    ents = _read(
        "Pellow Valley Ambulance says it treated 30 people at the show. Later the charity "
        "said the heat had been the main cause."
    )
    assert _described_as(ents, "charity") == "Pellow Valley Ambulance"


def test_the_party_is_the_newest_party_though_only_its_name_tells_its_kind() -> None:
    ents = _read(
        "The Corland Green Party held two seats. The Tories have issued a statement. Later "
        "the party said it would govern alone."
    )
    assert _described_as(ents, "party") == "Tories"


def test_an_office_is_no_ministry() -> None:
    ents = _read(
        "The Varonian transport ministry was blamed. The Foreign Office urged calm. Later "
        "the ministry said it had done nothing wrong."
    )
    assert _described_as(ents, "ministry") == "Varonian transport ministry"


# ---------------------------------------------------------------- works, parts and venues


@pytest.mark.parametrize(
    "text,word",
    [
        ("His memoir, Still Standing Tall, is published in May.", "Standing Tall"),
        ("Her debut novel, Second Helen Morrow, sold 9,000 copies.", "Helen Morrow"),
        ("Critics loved her Ophelia at the Lyceum last winter.", "Ophelia"),
        ("The director praised your Lady Bracknell in the revival.", "Bracknell"),
        ("Audiences still talk about his Richard Crookback.", "Richard Crookback"),
    ],
)
def test_a_work_or_a_part_played_is_no_person(text: str, word: str) -> None:
    kinds = _kinds(text)
    assert all(kind != PERSON for name, kind in kinds.items() if word in name), kinds


@pytest.mark.parametrize(
    "text,person",
    [
        ("She thanked her husband Tom Bright for his patience.", "Tom Bright"),
        ("Her son, Ravi Anand, said the family was relieved.", "Ravi Anand"),
        ("The play's director, Ines Mallory, said it would tour.", "Ines Mallory"),
    ],
)
def test_a_person_after_a_possessive_noun_stays_a_person(text: str, person: str) -> None:
    assert _kinds(text).get(person) == PERSON


@pytest.mark.parametrize(
    "text,venue",
    [
        ("The Crooked Inn reopened on Friday after a fire.", "Crooked Inn"),
        ("Regulars at the Lantern Tavern raised £8,000.", "Lantern Tavern"),
    ],
)
def test_an_inn_or_a_tavern_is_no_person(text: str, venue: str) -> None:
    assert _kinds(text).get(venue) == ORGANISATION


# ---------------------------------------------------------------- described before named


def test_a_description_before_the_name_chains_to_the_body_named_soon_after() -> None:
    ents = _read(
        "On Monday a spokesman for the ministry said the canal would reopen. The Ministry "
        "of Waterways also published its repair schedule."
    )
    assert _described_as(ents, "ministry") == "Ministry of Waterways"


def test_a_body_named_much_later_or_of_another_head_is_not_the_description() -> None:
    filler = "The rain did not stop all week and the roads stayed shut. " * 12
    ents = _read(f"The union said the ballot was fair. {filler}Members of the Harbour Union met.")
    assert _described_as(ents, "union") == "union"
    ents = _read("The ministry said little. The Canal Trust published its schedule.")
    assert _described_as(ents, "ministry") == "ministry"


def test_a_spokeswoman_for_a_ministry_named_after_her_speaks_for_it() -> None:
    text = (
        "Later, a spokeswoman for the ministry said the target stood. “It will be met,” the "
        "spokeswoman said.\n\nThe Ministry of Waterways also published new figures."
    )
    assert _speakers(text) == ["Ministry of Waterways"]


# ---------------------------------------------------------------- ships and parties


@pytest.mark.parametrize(
    "text,vessel",
    [
        ("The crew of the MV Harbour Lark said the engine failed.", "MV Harbour Lark"),
        ("HMS Calloway Bay left port on Tuesday.", "HMS Calloway Bay"),
        ("Scientists aboard the RV Tern Island said the ice had thinned.", "RV Tern Island"),
    ],
)
def test_a_vessel_is_a_thing_that_never_speaks(text: str, vessel: str) -> None:
    ents = _read(text)
    ship = next(e for e in ents if e.name == vessel)
    assert not ship.speaks


def test_a_quote_after_a_ship_named_in_the_sentence_is_not_the_ship_s() -> None:
    text = "The captain of the MV Harbour Lark said the swell was “worse than forecast”."
    assert _speakers(text) != ["MV Harbour Lark"]


@pytest.mark.parametrize("party", ["Tories", "Greens", "Democrats", "Liberals"])
def test_a_party_named_in_the_plural_is_an_organisation(party: str) -> None:
    text = f"The {party} have issued a statement. “We won,” the party said."
    assert _kinds(text).get(party) == ORGANISATION
    assert _speakers(text) == [party]


# ---------------------------------------------------------------- occupations as titles


@pytest.mark.parametrize(
    "text,person,role",
    [
        ("Singer Maya Okoro said the crowd had been wonderful.", "Maya Okoro", "singer"),
        ("Novelist Ivo Brandt won the prize on Tuesday.", "Ivo Brandt", "novelist"),
        ("Farmer Ann Lee-Dunmore lost 40 sheep in the snow.", "Ann Lee-Dunmore", "farmer"),
    ],
)
def test_an_occupation_before_a_full_name_is_its_title(text: str, person: str, role: str) -> None:
    ents = _read(text)
    e = next(e for e in ents if e.name == person)
    assert e.kind == PERSON and role in e.roles


def test_an_occupation_word_as_a_surname_stays_in_the_name() -> None:
    kinds = _kinds("Paul Farmer said the rules were unclear. Ella Singer agreed.")
    assert kinds.get("Paul Farmer") == PERSON and kinds.get("Ella Singer") == PERSON, kinds
