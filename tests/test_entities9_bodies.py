"""Bodies whose names end in the noun of their trade or ground (``BODY_HEADS``: a
playhouse, a sanctuary, a bus or electricity company), and a live blog's time stamp
that opens an entry, so the common word after it is no name. In our own sentences;
near misses: a person whose surname is no body head stays a person, a capitalised
word inside a sentence keeps its reading."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, Entities
from factcheck.extract.quote import extract
from factcheck.models import Document


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in _read(text)}


def _speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


# ---------------------------------------------------------------- a body's head noun


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Pellingham Playhouse said the roof repairs would take a month.", "Pellingham Playhouse"),
        ("Staff at Orrin Marsh Reserve counted 40 nesting pairs.", "Orrin Marsh Reserve"),
        ("Kestle Buses said fares would rise in April.", "Kestle Buses"),
        ("Volta Ridge Electricity has cut its standing charge.", "Volta Ridge Electricity"),
        ("The owners of Tamsworth Donkey Sanctuary thanked donors.", "Tamsworth Donkey Sanctuary"),
        ("Greyfen Analytics will hire 30 people next year.", "Greyfen Analytics"),
    ],
)
def test_a_name_ending_in_a_body_head_is_an_organisation(text: str, body: str) -> None:
    assert _kinds(text)[body] == ORGANISATION


def test_a_surname_that_is_no_body_head_keeps_its_person() -> None:
    kinds = _kinds("Marta Pellingham said the roof would take a month. Pellingham added more.")
    assert kinds["Marta Pellingham"] == PERSON


@pytest.mark.parametrize(
    "said",
    [
        "a spokesperson for the company said",
        "the company said in a statement",
        "the firm said",
    ],
)
def test_the_company_after_a_head_named_body_is_that_body(said: str) -> None:
    text = (
        "Kestle Buses said the evening service would end in June. “Too few people ride "
        f"it after seven to keep it going,” {said}."
    )
    assert _speakers(text) == ["Kestle Buses"]


def test_the_theatre_said_after_a_playhouse_is_the_playhouse() -> None:
    text = (
        "Pellingham Playhouse said the spring season had sold out. “We will add three "
        "matinees in June,” the theatre said."
    )
    assert _speakers(text) == ["Pellingham Playhouse"]


# ---------------------------------------------------------------- a live blog's entries


@pytest.mark.parametrize("stamp", ["09:20", "14.05", "8.40am", "11:15 pm"])
def test_a_common_word_after_a_time_stamp_is_no_name(stamp: str) -> None:
    text = (
        "Flood warnings across the valley as rivers rise\n\n"
        f"{stamp} Traffic is moving again on the bypass, though traffic on Mill Row is "
        "slow after the lorry that blocked it was towed."
    )
    assert "Traffic" not in _kinds(text)


def test_a_name_after_a_time_stamp_stays_a_name() -> None:
    text = "Storm updates\n\n16:30 Ilona Marsh, who runs the café, said the road was shut."
    assert _kinds(text)["Ilona Marsh"] == PERSON


def test_a_figure_before_a_word_inside_a_sentence_is_no_time_stamp() -> None:
    text = "The 3.50 Service from Orlby ran late, so service was cut. Service said sorry."
    # "3.50 Service" is not at a line's start: not read as a time-stamped entry opener
    ents = _read(text)
    assert any(m.name == "Service" for m in ents.mentions)


# ---------------------------------------------------------------- legal suffixes


@pytest.mark.parametrize(
    ("text", "short"),
    [
        (
            "Harnel Optics plc reported a loss. Harnel Optics said demand had slowed.",
            "Harnel Optics",
        ),
        (
            "Tollbridge Freight said it would cut 40 jobs, according to a filing by "
            "Tollbridge Freight Ltd.",
            "Tollbridge Freight",
        ),
        ("Verrow Mobility Inc. has bought a rival. Verrow Mobility said so.", "Verrow Mobility"),
        ("Sandvale Energie AG (Sandvale Energie) posted results.", "Sandvale Energie"),
    ],
)
def test_a_legal_suffix_is_dropped_where_the_article_uses_the_short_name(
    text: str, short: str
) -> None:
    bodies = [e for e in _read(text) if e.kind == ORGANISATION]
    assert [e.name for e in bodies if e.name.startswith(short)] == [short]


def test_a_legal_suffix_stays_when_the_article_never_drops_it() -> None:
    kinds = _kinds("Corve Timber Ltd said the mill would close. Corve Timber Ltd employs 60.")
    assert kinds.get("Corve Timber Ltd") == ORGANISATION


def test_the_company_speaks_under_its_short_name() -> None:
    text = (
        "Harnel Optics plc has agreed to buy a lens maker. Harnel Optics said the deal would "
        "close in May. “It doubles what we can make,” a company spokeswoman said."
    )
    assert _speakers(text)[-1] == "Harnel Optics"


# ---------------------------------------------------------------- "the company" is no council


@pytest.mark.parametrize(
    "said",
    [
        "the firm said in a statement",
        "a spokeswoman for the company said",
        "the company said",
    ],
)
def test_the_company_is_the_business_not_a_council_named_since(said: str) -> None:
    text = (
        "Orvane Mills will shut its plant in Pelsby, where Pelsby Town Council had lent "
        "it £2 million. Workers heard the news on Monday. “We thank our Pelsby staff "
        f"for 40 years of work,” {said}."
    )
    assert _speakers(text)[-1] == "Orvane Mills"


def test_the_council_still_speaks_as_the_council() -> None:
    text = (
        "Orvane Mills will shut its plant in Pelsby. Pelsby Town Council said it was "
        "shocked. “We were told nothing,” the council said."
    )
    assert _speakers(text)[-1] == "Pelsby Town Council"


def test_the_company_with_only_a_council_named_falls_back_to_it() -> None:
    text = "Pelsby Town Council runs the car park. “Charges will rise in May,” the firm said."
    assert _speakers(text)[-1] == "Pelsby Town Council"
