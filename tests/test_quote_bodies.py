"""Organisations as sources, in sentences written for these tests: a seat of government
speaks for it, "the force" for the police force named, "it said" for the body that opened
the sentence before, and a plural possessive that opens a name stays in it."""

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
            "Head\n\nThe chancellor, Ruth Ellingham, refused the move. A Downing Street "
            "spokeswoman said: “The chancellor is staying where she is.”",
            "Downing Street",
        ),
        (
            "Head\n\nMinisters met on Friday. After the talks, the Kremlin said the meeting "
            "had been “businesslike”.",
            "Kremlin",
        ),
        (
            "Head\n\nKestrel Valley Police arrested two men on Sunday. In a later update, "
            "the force said: “Both have been released on bail.”",
            "Kestrel Valley Police",
        ),
        (
            "Head\n\nThe Women's Rowing Federation backed the plan. “It is overdue,” the "
            "federation said.",
            "Women's Rowing Federation",
        ),
        (
            "Head\n\nThe retailers Brindle and Oakes, said they had cleared the shelves. "
            "The Food Safety Agency said more cases might follow. “We expect the number to "
            "rise,” it said.",
            "Food Safety Agency",
        ),
    ],
)
def test_bodies_that_speak(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a product's name before its noun or model number is no person: the pronoun
        # speaks for the person, the short name for the maker
        (
            "Head\n\nRiders of the Orvel Glide scooter say the brakes fail in rain.\n\nOrvel "
            "said in a statement that it had found “no fault in the design” and that most "
            "failures were caused by “riders”.",
            "Orvel",
        ),
        (
            "Head\n\nTamsin Rudd has switched boots. She said her new pair, the Stridex "
            "Aero 4, had “taken a second off my mile”. “Stridex told me it would take a "
            "month. It took a week,” she said.",
            "Tamsin Rudd",
        ),
        # "Surname of Body" after the person's full name is the person
        (
            "Head\n\nCorvane's chief executive, Odile Marchetti, announced the merger. "
            "“We are not selling,” Marchetti of Corvane told investors.",
            "Odile Marchetti",
        ),
    ],
)
def test_products_and_surnames_of_bodies(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_a_body_of_that_name_stays_a_body() -> None:
    """No person of that surname in the article: "Friends of …" stays one body."""
    text = (
        "Head\n\nFriends of Larkmoor Common opposed the road. “It will cut the common in "
        "two,” Friends of Larkmoor Common said."
    )
    assert speakers(text)[-1] == "Friends of Larkmoor Common"


def test_a_place_after_a_sentence_opening_word_stays_a_place() -> None:
    """ "Attendance in Marlow Vale" opens a sentence, but "the candidate in Marlow Vale" later
    shows the name is a place: the pronoun speaks for the person named after it."""
    text = (
        "Head\n\n10:02 - Attendance in Marlow Vale was 31 percent, the clerk has "
        "announced.\n\n10:20 - The Green candidate in Marlow Vale, Idony Carrick, has won "
        "the seat. “We will fix the buses first,” she said. “Then the library.”"
    )
    assert speakers(text) == ["Idony Carrick", "Idony Carrick"]


def test_a_family_by_its_plural_surname() -> None:
    """ "the Ashcrofts said": the couple last named together under that surname."""
    text = (
        "Head\n\nMirela and Owen Ashcroft, who farm below Callow Ridge, oppose the "
        "quarry.\n\n“We have nothing against jobs,” the Ashcrofts said."
    )
    got = speakers(text)[-1] or ""
    assert "Mirela" in got and "Owen Ashcroft" in got and " and " in got


def test_the_companies_are_the_bodies_named_together() -> None:
    """ "the companies said" after two firms named together and another body since: the
    two firms, joined as the article joins them."""
    text = (
        "Head\n\nTolver Mills and Brannock Bakeries have agreed to merge.\n\nAnalysts at "
        "Quarrie Securities said the deal was “overdue”.\n\nThe companies said shareholders "
        "had given “strong support” to the plan."
    )
    assert speakers(text) == ["Quarrie Securities", "Tolver Mills and Brannock Bakeries"]


def test_one_body_with_and_in_its_name_is_no_pair() -> None:
    text = (
        "Head\n\nThe Competition and Markets Authority opened an inquiry.\n\nThe companies "
        "said shareholders had given “strong support” to the plan."
    )
    assert speakers(text)[-1] != "Competition and Markets Authority"


def test_one_body_of_two_named_together_by_its_first_word() -> None:
    """ "Ormond said …, the company said" after "Ormond Foods and Telby Brands": Ormond
    Foods alone, not the pair."""
    text = (
        "Head\n\nOrmond Foods and Telby Brands agreed on Tuesday to combine.\n\nOrmond said "
        "the boards had approved the deal. “We expect it to add to earnings,” the company "
        "said."
    )
    assert speakers(text) == ["Ormond Foods"]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nIshla Varn of Corrow University and Tam Beddoe of the Fenland Trust said "
            "the shift was “larger than expected”.",
            "Ishla Varn and Tam Beddoe",
        ),
        (
            "Head\n\nThe chief executives, Tomas Erdelyi of Harwood and Signe Lund of "
            "Pennine, told reporters that no dairy would close. “We have both given that "
            "promise in writing,” they said.",
            "Tomas Erdelyi and Signe Lund",
        ),
    ],
)
def test_joint_speakers_each_with_their_body(text: str, want: str) -> None:
    """ "X of A and Y of B said": the two people, not Y alone nor "A and Y"."""
    assert speakers(text)[-1] == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a business by its suffix ("Therapeutics", "Zoo", "Space"), then "the company"
        (
            "Head\n\nOrvane Therapeutics said the trial had finished early. “The results speak "
            "for themselves,” the company said.",
            "Orvane Therapeutics",
        ),
        (
            "Head\n\nA sea lion escaped overnight from Tillbury Zoo, the zoo said.\n\n"
            "“She was found asleep on the car park ramp,” the zoo said in a statement.",
            "Tillbury Zoo",
        ),
        # "it said" after a body named as where a role is held, then as the subject
        (
            "Head\n\nThe sales director at Kestrel-Marr, Ottilie Brandt, left on Monday. "
            "“It was my decision,” Brandt said.\n\nKestrel-Marr later issued a brief "
            "statement. “We wish her well,” it said.",
            "Kestrel-Marr",
        ),
        # "a company spokesperson" after the body the sentence before opened with
        (
            "Head\n\nThe ferry operator Pelham Sealink cancelled six crossings. A harbour "
            "official, Ruari Venn, blamed the wind.\n\nPelham said the ships were safe. "
            "“Every vessel was inspected in March,” a company spokesperson said.",
            "Pelham Sealink",
        ),
        # "said a spokesperson" after the body that opened the sentence before, not the
        # one named after it
        (
            "Head\n\nThe Heritage Lottery Board, which funded the Corran Theatre for years, "
            "paid tribute. “She changed what a small stage could do,” said a spokesperson.",
            "Heritage Lottery Board",
        ),
    ],
)
def test_bodies_described_after_they_are_named(text: str, want: str) -> None:
    assert speakers(text)[-1] == want
