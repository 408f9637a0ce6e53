"""The entity model reads an unfamiliar name from the article's own evidence, in our own
sentences: what a name's surroundings say it is (a body: "staff at X", "X's chief
executive", "joined X in 2019", "X said in a statement"; a person: an age, "who"), and
each family's near misses. Each case is read twice, lazily (the mention and entity the
attribution asks for) and as the whole model, and both must agree."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract._entities import ORGANISATION, PERSON, Entities
from factcheck.models import Document, QuoteValue
from factcheck.pipeline import extract


def _read(text: str) -> Entities:
    return Text(Document(id="t", text=text)).entities


def _kind(text: str, name: str) -> str:
    """The kind of the entity called ``name``, asked lazily, then from the whole model
    (a fresh read of the text), which must agree."""
    lazy = _read(text).named(name)
    whole = {e.name: e.kind for e in _read(text)}
    assert lazy is not None and name in whole, whole
    assert lazy.kind == whole[name], (lazy.kind, whole)
    return lazy.kind


def _speakers(text: str) -> list[str | None]:
    return [
        c.value.speaker for c in extract(text, kinds=["quote"]) if isinstance(c.value, QuoteValue)
    ]


# ---------------------------------------------------------------- a body, by evidence


@pytest.mark.parametrize(
    "text,name",
    [
        # the people of a body before its name
        ("Staff at Harlow Bright said the depot had closed. Harlow Bright said sorry.",
         "Harlow Bright"),
        ("Workers at Quenby Mill were sent home. Quenby Mill said power had failed.",
         "Quenby Mill"),
        ("Shareholders in Ambry Castell voted against the pay deal.", "Ambry Castell"),
        ("Employees of Tresk Holloway were told by email.", "Tresk Holloway"),
        # what a body owns after its possessive
        ("Marlo Penrith's chief executive, Ada Vesk, resigned on Monday.", "Marlo Penrith"),
        ("Dorrit Vane's shares fell 12% in early trading.", "Dorrit Vane"),
        ("Ostler Green's headquarters will move to Leeds.", "Ostler Green"),
        ("Kestrel Brook's annual report showed a loss.", "Kestrel Brook"),
        # a career joined
        ("Ada Vesk joined Corran Leigh in 2017 after a decade abroad.", "Corran Leigh"),
        ("Tam Orde joined Fenwick Hale as its finance director.", "Fenwick Hale"),
        ("Rui Sallis joined Abbot Lenning straight from school.", "Abbot Lenning"),
        # a statement issued, a spokesperson, "which"
        ("Penmore Ash said in a statement that no data was lost.", "Penmore Ash"),
        ("A spokesperson for Gilvane Rowe said the claims were false.", "Gilvane Rowe"),
        ("Brisk Meadow, which runs 12 nurseries, cut its fees.", "Brisk Meadow"),
        ("Hollin Weir has shut its last two branches.", "Hollin Weir"),
    ],
)  # fmt: skip
def test_an_unfamiliar_name_is_a_body_by_the_evidence_around_it(text: str, name: str) -> None:
    assert _kind(text, name) == ORGANISATION


@pytest.mark.parametrize(
    "text,name",
    [
        # one mention with evidence makes the entity a body, wherever it stands
        ('Millfield Aid said stocks were low. "We need tins," Millfield Aid said. Volunteers '
         "at Millfield Aid work six days a week.", "Millfield Aid"),
        ('"Nothing is left," Carrow Dene said. Staff at Carrow Dene had warned of this.',
         "Carrow Dene"),
        ("Ves Anders is chairman. Ludd Parry's board met on Friday. Ludd Parry said no.",
         "Ludd Parry"),
    ],
)  # fmt: skip
def test_evidence_at_one_mention_makes_the_whole_entity_a_body(text: str, name: str) -> None:
    assert _kind(text, name) == ORGANISATION


@pytest.mark.parametrize(
    "text,name",
    [
        # the people around a person are no body's
        ("A friend of Nia Castell said she was kind.", "Nia Castell"),
        ("Tam Orde joined Ada Vesk on stage for the last song.", "Ada Vesk"),
        ("Ada Vesk's husband said she had been unwell.", "Ada Vesk"),
        ("Corin Bale, 54, said the bus had not come.", "Corin Bale"),
        ("Petra Loame, who runs the cafe, said trade was slow.", "Petra Loame"),
        ("Rhodri Venn said it was the worst winter he could remember.", "Rhodri Venn"),
        ("Mr Hollis Grange said in a statement that he would appeal.", "Hollis Grange"),
    ],
)  # fmt: skip
def test_a_person_stays_a_person_without_a_body_s_evidence(text: str, name: str) -> None:
    assert _kind(text, name) == PERSON


def test_a_description_of_a_business_joins_the_body_the_evidence_gave() -> None:
    text = (
        "Workers at Ferrow Kettle were told on Monday. Jo Bell, a union rep, was angry.\n"
        '"The plant will stay open," the company said.'
    )
    assert _speakers(text) == ["Ferrow Kettle"]


def test_the_charity_joins_the_body_whose_staff_spoke() -> None:
    text = (
        "Staff at Millfield Aid said the shelves were bare. Its director, Sara Penn, was "
        "away. Tom Avery, a driver, said he had seen it coming.\n"
        '"We have nothing left for Friday," the charity said.'
    )
    assert _speakers(text) == ["Millfield Aid"]
