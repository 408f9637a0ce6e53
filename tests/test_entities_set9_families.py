"""Who is in the article, by family, in our own sentences: a surname joined by an Arabic
article or kin word with a hyphen ("Karim al-Zahrani", "Mr el-Sayed"); a name of one word
in apposition to a body's description ("Tolland, the company, said"); a word read as an
organisation joins a body whose name opens with it, never a person of that surname; a
trade's word ending a body's name ("X Pharma", "the Y Chronicle"); a given name or a
weekday that is also a word, alone, with a name's evidence after it ("Hope, who …,
said", "Sunday said"). Near misses keep their reading."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, Entities, given_name_gender
from factcheck.extract.quote import extract
from factcheck.models import Document


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in _read(text)}


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


# ---------------------------------------------------------------- hyphenated particles


@pytest.mark.parametrize(
    "text,name",
    [
        ("The striker, Karim al-Zahrani, scored twice on Saturday.", "Karim al-Zahrani"),
        ("Leila el-Sayed, a surgeon at the clinic, said she was tired.", "Leila el-Sayed"),
        ("Its founder, Omar bin-Rashid, sold the firm in 2019.", "Omar bin-Rashid"),
        ("The inquiry heard from Yusuf abu-Bakr on Monday.", "Yusuf abu-Bakr"),
    ],
)
def test_a_hyphenated_particle_is_part_of_the_surname(text: str, name: str) -> None:
    assert _kinds(text).get(name) == PERSON


def test_the_surname_with_its_particle_and_honorific_is_the_same_person() -> None:
    text = (
        "The councillor, Nabil al-Faraj, opposed the plan. Later Tamsin Orde spoke. "
        "“It is far too late,” Mr al-Faraj said."
    )
    assert speakers(text) == ["Nabil al-Faraj"]


def test_the_surname_capitalised_opening_a_sentence_is_the_same_person() -> None:
    text = (
        "The coach, Hamza el-Amin, was sent to the stands. His captain, Rory Dent, argued. "
        "El-Amin said later: “I will accept whatever they decide.”"
    )
    assert speakers(text) == ["Hamza el-Amin"]
    e = _read(text).named("Hamza el-Amin")
    assert e is not None and len(e.mentions) == 2


def test_a_hyphenated_prefix_that_is_no_particle_is_no_part_of_the_name() -> None:
    kinds = _kinds("Her rival Dora Flint pre-Budget talks began on Monday.")
    assert not any("pre-Budget" in name for name in kinds)


# ---------------------------------------------------------------- a body in apposition


@pytest.mark.parametrize(
    "text,name",
    [
        ("Tolland, the company, said it would appeal.", "Tolland"),
        ("Pressgrove, the regional heritage body, said the wall was listed.", "Pressgrove"),
        ("Marrick, the record label, said the album was delayed.", "Marrick"),
        ("Ashgill, the charity, said demand had doubled.", "Ashgill"),
    ],
)
def test_a_name_in_apposition_to_a_body_is_an_organisation(text: str, name: str) -> None:
    assert _kinds(text).get(name) == ORGANISATION


def test_a_body_in_apposition_joins_the_body_not_the_person_of_that_surname() -> None:
    text = (
        "Corvath Mills agreed to be bought on Monday. Its chair, Edith Corvath, wept. "
        "Corvath, the company, said in a filing that the price was “fair to all”."
    )
    assert speakers(text) == ["Corvath Mills"]


def test_a_council_before_a_person_in_apposition_is_not_her_kind() -> None:
    # "Counsel for the council, X Y,": the person who speaks for the council
    text = "Counsel for the council, Ines Marwood, opened the case."
    assert _kinds(text).get("Ines Marwood") == PERSON


def test_a_person_in_apposition_to_a_role_stays_a_person() -> None:
    assert _kinds("Halbrook, the coach, said the side was tired.").get("Halbrook") != ORGANISATION


# ---------------------------------------------------------------- a body's word, no surname


def test_a_body_named_by_its_surname_word_does_not_become_the_person() -> None:
    text = (
        "The toymaker Wrenfield posted a loss on Friday, and Martin Wrenfield, a son of "
        "its founder, called for a new board.\n\n"
        "“Demand has been weak,” Wrenfield said in a statement.\n\n"
        "Martin said the results were “a warning”."
    )
    ents = _read(text)
    person = ents.named("Martin Wrenfield")
    assert person is not None and person.kind == PERSON
    assert speakers(text)[1] == "Martin Wrenfield"


def test_a_spokesman_for_the_short_name_is_the_body_not_its_founder() -> None:
    text = (
        "Ostrava Pharma said its pill worked. Ostrava, founded by the chemist Lena "
        "Ostrava in 1981, is based in Leeds. A spokesman for Ostrava said the data would "
        "be published “in full”."
    )
    assert speakers(text)[-1] == "Ostrava Pharma"


# ---------------------------------------------------------------- a trade's word ends a body


@pytest.mark.parametrize(
    "text,name",
    [
        ("Calder Pharma said the trial had ended.", "Calder Pharma"),
        ("The Westbay Chronicle said it stood by the story.", "Westbay Chronicle"),
        ("A reporter for the Hollin Courier asked the first question.", "Hollin Courier"),
        ("The Dunmore Examiner published the minutes.", "Dunmore Examiner"),
        ("Harbour Partnerships said the scheme was ready.", "Harbour Partnerships"),
    ],
)
def test_a_trade_or_paper_word_ends_a_body(text: str, name: str) -> None:
    assert _kinds(text).get(name) == ORGANISATION


def test_the_company_is_the_pharma_firm_not_the_charity() -> None:
    text = (
        "Brenlow Pharma said its drug halved attacks. “These results are strong,” the "
        "company said. The charity Head First North was more cautious."
    )
    assert speakers(text) == ["Brenlow Pharma"]


# ---------------------------------------------------------------- a word alone as a name


def test_a_given_name_that_is_a_word_alone_with_who_after_it() -> None:
    text = (
        "The minister, Hope Carradine, visited the depot. Staff said they had no hope of a "
        "new line.\n\nHope, who grew up in the town, said the line mattered to her. "
        "“My father drove these trains,” she said."
    )
    assert speakers(text) == ["Hope Carradine"]


def test_a_weekday_that_is_a_surname_alone_before_a_speech_verb() -> None:
    text = (
        "The home manager, Dale Sunday, was furious. “We were robbed,” he said.\n\n"
        "On Monday, Sunday said the club would not appeal. “It is done,” he said."
    )
    assert speakers(text) == ["Dale Sunday", "Dale Sunday"]


def test_a_weekday_with_no_such_name_stays_a_day() -> None:
    kinds = _kinds("Friday said nothing to anyone. Jo Pike said it rained.")
    assert "Friday" not in kinds
    text = "Ann Vale spoke first. On Monday, Tuesday said goodbye. “Fine,” she said."
    assert "Tuesday" not in _kinds(text)


# ---------------------------------------------------------------- places, crafts, roles


@pytest.mark.parametrize(
    "text,name",
    [
        ("Sewage was found in the River Lode on Tuesday.", "River Lode"),
        ("Walkers were rescued from Mount Askel overnight.", "Mount Askel"),
        ("The ferry crossed Loch Tarrow at dawn.", "Loch Tarrow"),
    ],
)
def test_a_place_word_opening_a_name_of_two_words_is_a_place(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "place"


def test_a_river_named_last_is_not_the_speaker_of_a_bare_quote() -> None:
    text = (
        "Odile Farrant walked the bank of the River Lode on Tuesday.\n\n"
        "“Nobody was watching the outflow. Nobody.”"
    )
    assert speakers(text) == ["Odile Farrant"]


@pytest.mark.parametrize(
    "text,name,noun_kind",
    [
        ("The probe, called Wren, was built in Leeds. “It worked,” she said.", "Wren", "thing"),
        ("The rover, named Pathmark, stalled on Monday.", "Pathmark", "thing"),
        ("She set up a charity called Open Hands in 2010.", "Open Hands", ORGANISATION),
    ],
)
def test_the_noun_before_called_tells_the_kind(text: str, name: str, noun_kind: str) -> None:
    assert _kinds(text).get(name) == noun_kind


def test_a_person_called_so_stays_a_person() -> None:
    assert _kinds("A man called Ivo Renner, 58, said the road flooded.").get("Ivo Renner") == (
        PERSON
    )


@pytest.mark.parametrize(
    "text,name,role",
    [
        (
            "The vicar of Hollin, the Rev Anselm Tarry, led the service.",
            "Anselm Tarry",
            "vicar",
        ),
        (
            "Ivo Renner faced the committee, whose chair, Sabine Oduya, spoke first.",
            "Sabine Oduya",
            "chair",
        ),
        (
            "The rector of Wenlow, the Reverend Maud Pettifer, said prayers.",
            "Maud Pettifer",
            "rector",
        ),
    ],
)
def test_a_role_in_apposition_reaches_a_titled_name_and_whose(
    text: str, name: str, role: str
) -> None:
    e = _read(text).named(name)
    assert e is not None and role in e.roles


def test_the_vicar_said_is_the_titled_name_given_that_role() -> None:
    text = (
        "The vicar of Hollin, the Rev Anselm Tarry, remembered her. Hollin Parish Council "
        "said it would plant a tree. “She never missed a Sunday,” the vicar said."
    )
    assert speakers(text) == ["Anselm Tarry"]


# ---------------------------------------------------------------- live blogs and trades


@pytest.mark.parametrize(
    "text,name,role",
    [
        (
            "10:15 — Forecaster Ines Pardo said the rain would ease.",
            "Ines Pardo",
            "forecaster",
        ),
        (
            "9.40am – Pilot Rhys Callow said the runway was closed.",
            "Rhys Callow",
            "pilot",
        ),
        ("Ranger Tove Lindahl said the path had gone.", "Tove Lindahl", "ranger"),
    ],
)
def test_an_occupation_opening_a_time_stamped_entry_is_a_title(
    text: str, name: str, role: str
) -> None:
    e = _read(text).named(name)
    assert e is not None and e.kind == PERSON and role in e.roles


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Ferries were cancelled. Operator Skerry Lines said sailings would resume.",
            "Skerry Lines",
        ),
        ("Retailer Penhallow Stores said sales fell.", "Penhallow Stores"),
        ("Lender Oakmere Capital said arrears had risen.", "Oakmere Capital"),
    ],
)
def test_a_trade_noun_opening_a_sentence_classes_the_body_after_it(text: str, name: str) -> None:
    assert _kinds(text).get(name) == ORGANISATION


def test_a_trade_word_that_opens_a_bodys_name_stays_in_it() -> None:
    # no trade noun of the table opens it: "Union" and "Group" are names' words
    assert _kinds("Union Pacific said freight rose.").get("Union Pacific") == ORGANISATION


@pytest.mark.parametrize(
    "text,name,kind",
    [
        ("Boats to the Skellig Isles were cancelled.", "Skellig Isles", "place"),
        (
            "Harwick Coastguard said two people were rescued.",
            "Harwick Coastguard",
            ORGANISATION,
        ),
        (
            "Wessex Downs Archaeology said the dig would resume.",
            "Wessex Downs Archaeology",
            ORGANISATION,
        ),
    ],
)
def test_table_words_of_places_and_bodies(text: str, name: str, kind: str) -> None:
    assert _kinds(text).get(name) == kind


# ---------------------------------------------------------------- given names tell gender


@pytest.mark.parametrize(
    "name,gender",
    [
        ("Harriet Voss", "f"),
        ("Lucía Ferrandez", "f"),  # accents folded
        ("Gareth Pryce", "m"),
        ("Tariq Mansour", "m"),
        ("Alex Brennan", None),  # given to either
        ("Voss", None),  # a surname alone tells nothing
    ],
)
def test_a_given_name_tells_a_gender(name: str, gender: str | None) -> None:
    assert given_name_gender(name) == gender


def test_the_entity_gender_stays_what_the_article_tells() -> None:
    # the given name is the attribution's last resort, no fact of the model
    e = _read("Harriet Voss and Gareth Pryce met. “No,” he said.").named("Harriet Voss")
    assert e is not None and e.gender is None
    e = _read("Mrs Hilary Dunn, 61, arrived at noon.").named("Hilary Dunn")
    assert e is not None and e.gender == "f"


def test_he_said_is_the_man_of_two_named_in_the_paragraph() -> None:
    text = (
        "Martin Hale and Priya Lund ran the shop for a decade. “We never closed on a "
        "Sunday,” he said."
    )
    assert speakers(text) == ["Martin Hale"]
