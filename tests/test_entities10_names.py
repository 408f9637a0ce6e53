"""Where a person's name begins and ends, in our own sentences: a role or condition
opening a sentence before a full name is her title ("Tenant Rosa Lind"), a lower-case
verb after a name is no part of it ("Ada Mertz trains in …"), and a name right after
"a claim" or "a forecast" is the subject of the clause that follows. Near misses: a
body whose name opens with such a word, a product after "a", a body's head noun."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, THING, Entities
from factcheck.models import Document


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in _read(text)}


# ---------------------------------------------------------------- a role or condition first


@pytest.mark.parametrize(
    "text,name,role",
    [
        ("Tenant Rosa Lindqvar said the boiler had failed twice.", "Rosa Lindqvar", "tenant"),
        ("Pensioner Edwin Harrop, 79, said he had waited all day.", "Edwin Harrop", "pensioner"),
        ("Neighbour Kasia Brenn heard the alarm at dawn.", "Kasia Brenn", "neighbour"),
        ("Schoolgirl Nell Ardway won the county prize.", "Nell Ardway", "schoolgirl"),
        ("Commuter Tobias Fenn said trains were late again.", "Tobias Fenn", "commuter"),
        ("Volunteer Imre Sallow said the food bank was empty.", "Imre Sallow", "volunteer"),
    ],
)
def test_a_role_or_condition_opening_a_sentence_is_the_title_of_the_name(
    text: str, name: str, role: str
) -> None:
    entities = {e.name: e for e in _read(text)}
    assert name in entities, entities
    assert entities[name].kind == PERSON
    assert role in entities[name].roles


@pytest.mark.parametrize(
    "text,name",
    [
        # a body's name opening with such a word keeps it
        ("Student Loans Office said repayments would rise.", "Student Loans Office"),
        # not at a sentence's start: the word may be a surname's part
        ("The report by Orla Tenant was published on Friday.", "Orla Tenant"),
    ],
)
def test_a_role_word_inside_a_body_or_mid_sentence_stays_in_the_name(text: str, name: str) -> None:
    assert name in _kinds(text)


# ---------------------------------------------------------------- a verb after the name


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ada Mertzger trains in the hills before work.", "Ada Mertzger"),
        ("Rolf Danemark models for a Paris label.", "Rolf Danemark"),
        ("Saskia Vornholt reserves the hall every winter.", "Saskia Vornholt"),
    ],
)
def test_a_lower_case_verb_after_a_name_is_no_part_of_it(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == PERSON, kinds
    assert not any(n.startswith(name + " ") for n in kinds), kinds


@pytest.mark.parametrize(
    "text,body",
    [
        ("The Welsh government said the plan was sound.", "Welsh government"),
        ("Staff at a Dunmore hospital said beds were full.", "Dunmore hospital"),
    ],
)
def test_a_body_head_noun_after_a_name_still_extends_it(text: str, body: str) -> None:
    assert _kinds(text).get(body) == ORGANISATION


# ---------------------------------------------------------------- "a claim X described as"


@pytest.mark.parametrize(
    "text,name",
    [
        ("It was a claim Wilma Treharne described as absurd.", "Wilma Treharne"),
        ("They quoted a forecast Piet Lammers made last spring.", "Piet Lammers"),
        ("He disputed a figure Ottilie Brask had given the panel.", "Ottilie Brask"),
        ("She repeated a warning Casimir Odell issued in March.", "Casimir Odell"),
    ],
)
def test_a_name_after_a_saying_noun_is_the_subject_of_its_clause(text: str, name: str) -> None:
    assert _kinds(text).get(name) == PERSON


@pytest.mark.parametrize(
    "text,name",
    [
        ("Buyers picked a cheaper Velto Spark instead.", "Velto Spark"),
        # a saying noun, but no verb follows the name: the name is what the claim is about
        ("Nobody made a claim Hollis Grange.", "Hollis Grange"),
    ],
)
def test_a_name_after_a_and_a_noun_without_a_verb_is_still_a_thing(text: str, name: str) -> None:
    assert _kinds(text).get(name) == THING
