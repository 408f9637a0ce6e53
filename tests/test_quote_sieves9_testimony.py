"""Court testimony: the pronoun of 'Questioned by X, she said' is the person the sentence
before is about (its subject), not one named later in it; a pronoun after a sentence
that opens with a titled name is that person's; a description that is the challenger's
own role ('the barrister') stays the challenger's. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


TRIAL = (
    "Court hears of night at the depot\n\n"
    "Odile Varga, 61, who has managed the Kestle Lane depot since 2009, gave evidence at "
    "the trial of Bram Lyle and Tobias Fenwick, who deny arson.\n\n"
    "Questioned by the prosecutor, Henry Osei KC, she described the night of the fire.\n\n"
    "“What did you see?” Mr Osei asked.\n\n"
    "“Smoke first, then flames by the gate,” Mrs Varga replied.\n\n"
    "“What happened next?”\n\n"
    "“I rang the fire brigade and waited in the car park.”\n\n"
)


def test_the_answers_of_an_exchange_go_to_the_witness_the_sentence_is_about() -> None:
    got = speakers(TRIAL)
    assert got == ["Henry Osei", "Odile Varga", "Henry Osei", "Odile Varga"]


def test_a_pronoun_after_a_titled_subject_is_that_person() -> None:
    text = TRIAL + (
        "Earlier, Sergeant Wynn Caddick of Kestle Police told the court a can was found "
        "near a car linked to Fenwick. “It smelled of petrol,” he said."
    )
    assert speakers(text)[-1] == "Wynn Caddick"


def test_the_challengers_own_role_keeps_the_quote() -> None:
    text = TRIAL + (
        "Fenwick’s barrister, Celia Marr, suggested the gate had been open all week. "
        "“Anyone could have walked in,” the barrister said."
    )
    assert speakers(text)[-1] == "Celia Marr"


def test_a_description_that_is_no_role_of_the_challenger_still_answers() -> None:
    text = (
        "Tobias Fenwick, 44, denies arson. Fenwick’s barrister, Celia Marr, suggested "
        "the witness was mistaken. “I know what I saw,” the witness said."
    )
    assert speakers(text)[-1] != "Celia Marr"
