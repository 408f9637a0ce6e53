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
        ("Staff at Harnell Bright said the depot had closed. Harnell Bright said sorry.",
         "Harnell Bright"),
        ("Workers at Quenlow Mill were sent home. Quenlow Mill said power had failed.",
         "Quenlow Mill"),
        ("Shareholders in Ombrey Cassow voted against the pay deal.", "Ombrey Cassow"),
        ("Employees of Tresk Hollerby were told by email.", "Tresk Hollerby"),
        # what a body owns after its possessive
        ("Marlo Penwyn's chief executive, Ada Vesk, resigned on Monday.", "Marlo Penwyn"),
        ("Dorrit Vanne's shares fell 12% in early trading.", "Dorrit Vanne"),
        ("Ostrey Green's headquarters will move to Leeds.", "Ostrey Green"),
        ("Kestlow Brook's annual report showed a loss.", "Kestlow Brook"),
        # a career joined
        ("Ada Vesk joined Corrib Leigh in 2017 after a decade abroad.", "Corrib Leigh"),
        ("Tam Orde joined Fenholt Haleby as its finance director.", "Fenholt Haleby"),
        ("Rui Sallane joined Abbot Lenning straight from school.", "Abbot Lenning"),
        # a statement issued, a spokesperson, "which"
        ("Penmore Ash said in a statement that no data was lost.", "Penmore Ash"),
        ("A spokesperson for Gilvane Rowle said the claims were false.", "Gilvane Rowle"),
        ("Brisk Meadow, which runs 12 nurseries, cut its fees.", "Brisk Meadow"),
        ("Hollery Weir has shut its last two branches.", "Hollery Weir"),
    ],
)  # fmt: skip
def test_an_unfamiliar_name_is_a_body_by_the_evidence_around_it(text: str, name: str) -> None:
    assert _kind(text, name) == ORGANISATION


@pytest.mark.parametrize(
    "text,name",
    [
        # one mention with evidence makes the entity a body, wherever it stands
        ('Millrigg Aid said stocks were low. "We need tins," Millrigg Aid said. Volunteers '
         "at Millrigg Aid work six days a week.", "Millrigg Aid"),
        ('"Nothing is left," Corrib Dene said. Staff at Corrib Dene had warned of this.',
         "Corrib Dene"),
        ("Ves Aundle is chairman. Ludd Parry's board met on Friday. Ludd Parry said no.",
         "Ludd Parry"),
    ],
)  # fmt: skip
def test_evidence_at_one_mention_makes_the_whole_entity_a_body(text: str, name: str) -> None:
    assert _kind(text, name) == ORGANISATION


@pytest.mark.parametrize(
    "text,name",
    [
        # the people around a person are no body's
        ("A friend of Nia Cassow said she was kind.", "Nia Cassow"),
        ("Tam Orde joined Ada Vesk on stage for the last song.", "Ada Vesk"),
        ("Ada Vesk's husband said she had been unwell.", "Ada Vesk"),
        ("Corin Bale, 54, said the bus had not come.", "Corin Bale"),
        ("Petra Loame, who runs the cafe, said trade was slow.", "Petra Loame"),
        ("Rhodri Vennick said it was the worst winter he could remember.", "Rhodri Vennick"),
        ("Mr Hollam Grange said in a statement that he would appeal.", "Hollam Grange"),
        # a person's statement speaks of its maker as a person
        ("Corin Holdane said in a statement that he would appeal the verdict.",
         "Corin Holdane"),
        ('Corin Holdane said in a statement: "I am innocent."', "Corin Holdane"),
        # the staff of what a person owns are not the person's
        ("Staff at Tom Hessle's bakery were told on Monday.", "Tom Hessle"),
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
        "Staff at Millrigg Aid said the shelves were bare. Its director, Sara Pennoch, was "
        "away. Tom Avery, a driver, said he had seen it coming.\n"
        '"We have nothing left for Friday," the charity said.'
    )
    assert _speakers(text) == ["Millrigg Aid"]


# ---------------------------------------------------------------- a role before a name


@pytest.mark.parametrize(
    "text,name,role",
    [
        # the table's occupations, opening a sentence
        ("Hairdresser Ola Brenvik said the street was quiet.", "Ola Brenvik", "hairdresser"),
        ("Barrister Imke Sorley said the ruling was wrong.", "Imke Sorley", "barrister"),
        ("Beekeeper Marit Olsson lost three hives.", "Marit Olsson", "beekeeper"),
        # a trade's word forms the table need not list
        ("Shopkeeper Devi Rallan, 61, said sales had halved.", "Devi Rallan", "shopkeeper"),
        ("Florist Bryony Cade said the roses came late.", "Bryony Cade", "florist"),
        ("Electrician Olu Banjo said the wiring was old.", "Olu Banjo", "electrician"),
        ("Craftsman Iestyn Mowle carved the new door.", "Iestyn Mowle", "craftsman"),
        ("Mother-of-four Kerys Dyfed said the bus never came.", "Kerys Dyfed", "mother-of-four"),
        ("Grandad-of-three Lyall Arno said he felt cheated.", "Lyall Arno", "grandad-of-three"),
        # mid-sentence, after a quote or a verb, a capitalised occupation is a title too
        ('"We heard a bang," Neighbour Tom Hessle said.', "Tom Hessle", "neighbour"),
        ("The report quoted Accountant Rhys Tallbrook, who checked the books.", "Rhys Tallbrook",
         "accountant"),
        ('"It was chaos," said Commuter Ines Parr.', "Ines Parr", "commuter"),
    ],
)  # fmt: skip
def test_an_occupation_before_a_full_name_is_its_title(text: str, name: str, role: str) -> None:
    entities = {e.name: e for e in _read(text)}
    assert name in entities, entities
    assert entities[name].kind == PERSON
    assert role in entities[name].roles


@pytest.mark.parametrize(
    "text,name,role",
    [
        # a first word the article leaves off the name elsewhere is no part of it
        ('Curator Ines Vellacott said the loan was agreed. "It took years," said Ines Vellacott.',
         "Ines Vellacott", "curator"),
        ("Groundsman Ade Pollit mowed at dawn. Later Ade Pollit marked the lines.",
         "Ade Pollit", "groundsman"),
        ("Steward Cal Rennaby said the gates opened late. Fans blamed Cal Rennaby.",
         "Cal Rennaby", "steward"),
    ],
)  # fmt: skip
def test_a_word_the_article_leaves_off_a_name_elsewhere_is_a_role(
    text: str, name: str, role: str
) -> None:
    entities = {e.name: e for e in _read(text)}
    assert name in entities, entities
    assert role in entities[name].roles


@pytest.mark.parametrize(
    "text,name",
    [
        # a particle or a given name second: one longer name
        ("Pieter Van Loon said the dyke held. Van Loon has farmed there for years.",
         "Pieter Van Loon"),
        ("Anna Maria Rossetti said the choir would sing.", "Anna Maria Rossetti"),
        # a religion's adjective, a body's name, a surname last
        ("Methodist Central Hall said the service would go ahead.", "Methodist Central Hall"),
        ("Student Finance Office said loans would rise.", "Student Finance Office"),
        ("The prize went to Ellis Farmer on Friday.", "Ellis Farmer"),
    ],
)  # fmt: skip
def test_a_first_word_that_is_no_role_stays_in_the_name(text: str, name: str) -> None:
    names = {e.name for e in _read(text)}
    assert name in names, names


# ---------------------------------------------------------------- a given name that is also a word


@pytest.mark.parametrize(
    "text,name",
    [
        # a common noun or verb as a given name, opening a sentence, with a name's evidence
        ("Rents rose again in spring. Rose Pellam, 58, said she could not pay.", "Rose Pellam"),
        ("There was no hope of rescue. Hope Adjei-Lamb said the search went on.",
         "Hope Adjei-Lamb"),
        ("The bill is due in May. Bill Tarrick said the depot would pay it.", "Bill Tarrick"),
        ("They said grace at noon. Grace Obuya, who runs the shelter, said beds were short.",
         "Grace Obuya"),
        ("Nobody would frank the letters. Frank Oseni said the post room was shut.",
         "Frank Oseni"),
        # a function word as a given name
        ("Will Drumlane said the side had lost its nerve.", "Will Drumlane"),
        ("The coach praised Will Orvel. Will Orvel scored twice.", "Will Orvel"),
        # a month as a given name after a word of time, written as a name elsewhere
        ("The study was led by June Hallvik. June Hallvik said it took years.",
         "June Hallvik"),
        ("A book by May Lindell came out. Critics praised May Lindell for it.",
         "May Lindell"),
    ],
)  # fmt: skip
def test_a_given_name_that_is_also_a_word_is_read_as_a_name_by_evidence(
    text: str, name: str
) -> None:
    assert _kind(text, name) == PERSON


@pytest.mark.parametrize(
    "text,wrong",
    [
        # a question's modal, a date, a place's name: no person
        ("Will Labour keep the seat? Nobody knows.", "Will Labour"),
        ("By June Parliament had risen for the summer.", "June Parliament"),
        ("In May Carlisle voted to close the baths.", "May Carlisle"),
        ("The rose garden was closed. Rose Garden is open again on Sunday.", "Rose Garden"),
    ],
)  # fmt: skip
def test_a_word_that_is_also_a_given_name_opens_no_name_without_evidence(
    text: str, wrong: str
) -> None:
    assert not any(e.name == wrong and e.kind == PERSON for e in _read(text))


def test_a_month_named_speaker_keeps_her_quote() -> None:
    text = 'June Hallvik said her cellar was full. "Twice this year," June Hallvik said.'
    assert _speakers(text) == ["June Hallvik"]


# ---------------------------------------------------------------- a legal suffix's full stop


@pytest.mark.parametrize(
    "text,name",
    [
        # the suffix's full stop ends the sentence: the next word is no part of the name
        ("The claim names Corvel Ltd. Its chairman, Ian Mossop, denied it.", "Corvel Ltd."),
        ("Ada Vesk sold her stake to Harbeck Tools Inc. The deal closed on Monday.",
         "Harbeck Tools Inc."),
        ("Ada Vesk joined Pellory & Co. Last year she left.", "Pellory & Co."),
        ("Tom Orde bought Marden Bros. Last year the yard flooded.", "Marden Bros."),
        # two suffixes, or a suffix of initials, are one name
        ("Shares in Tarnwood Kogyo Co. Ltd. rose on Friday.", "Tarnwood Kogyo Co. Ltd."),
        ("Hulden Pty. Ltd. said it had paid every invoice.", "Hulden Pty. Ltd."),
        ("The deal with Vossberg N.V. collapsed in talks.", "Vossberg N.V."),
    ],
)  # fmt: skip
def test_a_legal_suffix_with_a_full_stop_ends_the_body_s_name(text: str, name: str) -> None:
    entities = {e.name: e for e in _read(text)}
    assert name in entities, entities
    assert entities[name].kind == ORGANISATION


def test_the_word_after_a_suffix_s_full_stop_speaks_for_itself() -> None:
    text = (
        "Ada Vesk sold her stake to Harbeck Tools Inc. Harbeck said the price was fair.\n"
        '"It was a good deal," Harbeck said.'
    )
    assert _speakers(text) == ["Harbeck Tools Inc."]


# ---------------------------------------------------------------- a dateline's place


@pytest.mark.parametrize(
    "text,place",
    [
        ("LONDON — Jo Bell said the strike would go ahead.", "LONDON"),
        ("Harrowlin, Tuesday: Councillors voted to close the pool.", "Harrowlin"),
        ("ABERLADY, March 3 — The council said the road would shut.", "ABERLADY"),
        ("Kellford (Reuters) - Jo Bell said the deal was done.", "Kellford"),
        ("Port Eskett, 12 May — Ferries were cancelled again.", "Port Eskett"),
        ("Dunvarrow, Saturday — The count went on all night.", "Dunvarrow"),
    ],
)
def test_a_dateline_s_place_is_a_place(text: str, place: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(place) == "place", kinds
    assert "Reuters" not in kinds, kinds  # the agency's credit is nobody in the story


@pytest.mark.parametrize(
    "text,name",
    [
        # a transcript's turn, a name before a dash with no day or date: no dateline
        ('ALLEN: "We did everything we could."', "ALLEN"),
        ("Jo Bell — the last of the crew — said she would stay.", "Jo Bell"),
        ("Morvan Ash: the firm that never sleeps, said its advert.", "Morvan Ash"),
    ],
)
def test_a_name_opening_a_line_is_no_dateline_without_its_evidence(text: str, name: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(name) not in (None, "place"), kinds


def test_a_dateline_s_place_is_never_the_speaker() -> None:
    text = (
        "VELMORE, June 1 — Northgarth Energy agreed on Sunday to cut output.\n"
        '"The decision supports the market," the group said in a statement.'
    )
    assert _speakers(text) != ["VELMORE"]


# ---------------------------------------------------------------- a surname that is a body's word


@pytest.mark.parametrize(
    "text,name",
    [
        ("Jane Court, 52, said the lane had flooded. Court lives by the ford.", "Jane Court"),
        ("Ms Ellis Bank said the school had failed her son.", "Ellis Bank"),
        ("Dr Ade Guild led the study of the estuary.", "Ade Guild"),
        ("Tom House, who runs the garage, said trade was slow.", "Tom House"),
        ("Amira Post said she had waited two hours for a bus.", "Amira Post"),
        ("Ivo Mills told reporters he would not stand again.", "Ivo Mills"),
    ],
)
def test_a_surname_that_is_a_body_s_word_is_a_person_by_evidence(text: str, name: str) -> None:
    assert _kind(text, name) == PERSON


@pytest.mark.parametrize(
    "text,name",
    [
        # without a person's evidence, or with another body's word: a body
        ("Harbour Court said the flats would be repaired.", "Harbour Court"),
        ("Crown Court heard the case on Monday.", "Crown Court"),
        ("Mercia Bank said rates would rise.", "Mercia Bank"),
        ("Ladywell House, which holds the archive, closed.", "Ladywell House"),
    ],
)
def test_a_body_whose_name_ends_so_stays_a_body(text: str, name: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(name) == ORGANISATION, kinds


def test_the_surname_alone_joins_the_person() -> None:
    text = 'Jane Court, 52, said the lane had flooded. "It was knee-deep," Court said.'
    assert _speakers(text) == ["Jane Court"]
    assert [e.name for e in _read(text) if e.kind == PERSON] == ["Jane Court"]


# ---------------------------------------------------------------- more of a body's evidence


@pytest.mark.parametrize(
    "text,name",
    [
        # a role a body holds as well as a person tells no kind: the evidence does
        ("Tenants say the landlord, Brightmere Living, ignored the damp. Brightmere "
         "Living's chief executive apologised.", "Brightmere Living"),
        ("The owner, Corrick Vellacott, was fined. Staff at Corrick Vellacott were not paid.",
         "Corrick Vellacott"),
        ("The sponsor, Amberlin Rowle, pulled out. Amberlin Rowle's board met on Friday.",
         "Amberlin Rowle"),
        # a body's officers after its possessive
        ("Greyling Dairy's chairman, Ewan Tosh, disagreed.", "Greyling Dairy"),
        ("Oster Pykes's managing director said orders were up.", "Oster Pykes"),
        ("Tolley Marshcote's founder sold her stake in May.", "Tolley Marshcote"),
    ],
)  # fmt: skip
def test_more_of_a_body_s_evidence(text: str, name: str) -> None:
    assert _kind(text, name) == ORGANISATION


def test_a_role_either_may_hold_keeps_a_person_without_a_body_s_evidence() -> None:
    text = "The owner, Nell Garroch, said the dog was friendly. Nell Garroch, 40, was fined."
    assert _kind(text, "Nell Garroch") == PERSON


@pytest.mark.parametrize(
    "text,place",
    [
        ("Residents of Caddow Rise say the damp is getting worse.", "Caddow Rise"),
        ("Villagers in Low Hesket were cut off by the flood.", "Low Hesket"),
        ("The islanders of Inch Marra voted to keep the ferry.", "Inch Marra"),
    ],
)
def test_the_people_of_a_place_name_a_place(text: str, place: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(place) == "place", kinds


@pytest.mark.parametrize(
    "text,name",
    [
        # a word describing a name, opening a sentence, is no part of it
        ("Embattled Tom Hessle said he would not resign.", "Tom Hessle"),
        ("Grieving Ann Lowry said her son had been failed.", "Ann Lowry"),
        ("Local Ivy Marston said the road was dangerous.", "Ivy Marston"),
        ("Retired Teacher Ivy Marston said the school was cold.", "Ivy Marston"),
    ],
)
def test_a_describing_word_opening_a_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    names = {e.name for e in _read(text)}
    assert name in names, names


@pytest.mark.parametrize(
    "text,name",
    [
        ("Local Government Partners said the audit was late.", "Local Government Partners"),
        ("Young Growers Trust said the grant had been cut.", "Young Growers Trust"),
        ("Veteran Rowers Club said the river was too high.", "Veteran Rowers Club"),
    ],
)  # fmt: skip
def test_a_describing_word_opening_a_body_s_name_stays(text: str, name: str) -> None:
    names = {e.name for e in _read(text)}
    assert name in names, names


def test_a_trade_s_house_alone_is_no_body() -> None:
    kinds = {e.name: e.kind for e in _read("Dairy groups agree a merger. Oast Brewery said no.")}
    assert kinds.get("Oast Brewery") == ORGANISATION, kinds
    assert "Dairy" not in kinds or kinds["Dairy"] != ORGANISATION, kinds


@pytest.mark.parametrize(
    "text,wrong",
    [
        ('"Good news," the firm said of the figures.', "Good news"),
        ("Judicial review was refused on Friday.", "Judicial review"),
        ('"Fake news," Tom Hessle said of the report.', "Fake news"),
    ],
)
def test_a_phrase_ending_in_a_newspaper_s_word_is_no_body(text: str, wrong: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(wrong) != ORGANISATION, kinds


@pytest.mark.parametrize(
    "text,word",
    [
        ("Staff at Quiverly Rowle said the depot had shut.", "Staff"),
        ("Workers were told by email on Friday.", "Workers"),
        ("Villagers say the bridge is unsafe.", "Villagers"),
    ],
)
def test_the_people_of_a_body_or_place_opening_a_sentence_are_no_name(text: str, word: str) -> None:
    assert word not in {e.name for e in _read(text)}


@pytest.mark.parametrize(
    "text,name,kind",
    [
        # a storm or an operation is a thing, though a verb follows its name
        ("Storm Orlagh brought gusts of 80mph. The storm eased by night.", "Storm Orlagh",
         "thing"),
        ("When Hurricane Ysolde hit, Tom Haleby said he ran.", "Hurricane Ysolde", "thing"),
        ("Operation Kestlow began at dawn.", "Operation Kestlow", "thing"),
        # an industry's maker before a name classes a company; a trade's maker a person
        ("Steelmaker Vorna Ostrel said output fell.", "Vorna Ostrel", ORGANISATION),
        ("Shares in carmaker Brenvik Ostrel fell.", "Brenvik Ostrel", ORGANISATION),
        ("Dressmaker Ann Lowry said the order came late.", "Ann Lowry", PERSON),
        # a saint's name with its possessive is the hospital or school named after it
        ("Nurses at St Ebba's first walked out in June.", "St Ebba", ORGANISATION),
        ("Patients at St Ebba's were moved overnight.", "St Ebba", ORGANISATION),
    ],
)  # fmt: skip
def test_a_name_s_first_word_classes_it(text: str, name: str, kind: str) -> None:
    kinds = {e.name: e.kind for e in _read(text)}
    assert kinds.get(name) == kind, kinds
