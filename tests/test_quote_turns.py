"""The conversation-turn model (``quote/_turns.py``): a run of quote paragraphs after
the narration that introduces an exchange alternates between its two parties, read
from the introduction and from the run's anchored turns; where the alternation is
unclear the turn is nobody's. Names and sentences are our own."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def sieves(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.sieve for c in extract(doc)]  # type: ignore[union-attr]


HEARING = (
    "Parish clerk questioned over lost ledger\n\n"
    "The parish clerk, Desmond Arkle, gave evidence to the audit panel on Monday.\n\n"
    "The panel's chair, Rosalind Pike, asked him about the missing pages.\n\n"
    "“When did you last see the ledger?”\n\n"
    "“In March, on my desk.”\n\n"
    "“And nobody else had a key?”\n\n"
    "“Only the cleaner, as far as I know.”\n\n"
)


def test_bare_turns_alternate_after_an_asked_him_introduction() -> None:
    assert speakers(HEARING) == ["Rosalind Pike", "Desmond Arkle"] * 2
    assert set(sieves(HEARING)) == {"conversation_turns"}


def test_an_anchored_question_that_names_whom_it_is_put_to_sets_the_answerer() -> None:
    text = (
        "Candidates clash on parking\n\n"
        "The hustings was chaired by the broadcaster Nadia Quill, and the first to "
        "speak was the Liberal candidate, Oswin Farrant.\n\n"
        "“Mr Farrant, you promised free parking. Who pays?” Quill asked.\n\n"
        "“The council has reserves for exactly this.”\n\n"
        "“Those reserves are spent.”\n\n"
        "“Then we will find them again.”\n\n"
    )
    assert speakers(text) == ["Nadia Quill", "Oswin Farrant", "Nadia Quill", "Oswin Farrant"]


def test_the_quote_after_x_turned_to_y_is_x_s_and_the_next_turns_alternate() -> None:
    text = (
        "Candidates clash on parking\n\n"
        "“Mr Farrant, who pays?” Nadia Quill asked.\n\n"
        "“The council does,” said Oswin Farrant.\n\n"
        "Quill turned to the Green candidate, Bethan Moy. “Ms Moy, the same to you.”\n\n"
        "“Nobody, because we would charge for it.”\n\n"
        "“And the shops?”\n\n"
        "“They would be fine.”\n\n"
    )
    assert speakers(text) == [
        "Nadia Quill", "Oswin Farrant", "Nadia Quill", "Bethan Moy", "Nadia Quill", "Bethan Moy",
    ]  # fmt: skip


def test_questions_from_the_floor_are_nobody_s_and_the_answers_the_one_taking_them() -> None:
    text = (
        "Coach backs young striker\n\n"
        "The Harbury Town coach, Pavel Strom, took questions for half an hour on Friday.\n\n"
        "“Will Dunne start on Saturday?” a reporter asked.\n\n"
        "“He will, yes,” Strom said.\n\n"
        "“Have you spoken to the owner?”\n\n"
        "“Every day. We talk about everything.”\n\n"
    )
    assert speakers(text) == [None, "Pavel Strom", None, "Pavel Strom"]


def test_a_third_speaker_in_the_run_leaves_the_next_bare_turn_to_nobody() -> None:
    text = (
        "Parish clerk questioned over lost ledger\n\n"
        "The parish clerk, Desmond Arkle, gave evidence to the audit panel on Monday.\n\n"
        "The panel's chair, Rosalind Pike, asked him about the missing pages.\n\n"
        "“When did you last see the ledger?”\n\n"
        "“In March, on my desk,” Mr Arkle said.\n\n"
        "“That is not what the minutes say,” said the treasurer, Owen Blaine.\n\n"
        "“The minutes were wrong.”\n\n"
    )
    assert speakers(text) == ["Rosalind Pike", "Desmond Arkle", "Owen Blaine", None]


def test_a_reported_question_before_the_run_names_the_asker_of_its_bare_questions() -> None:
    text = (
        "Health chief defends clinic closures\n\n"
        "The health director, Dr Miriam Usher, answered reporters on Tuesday.\n\n"
        "Tobias Venn, of the Dunmore Gazette, asked whether clinics would close. "
        "“Two of them, for the summer,” Dr Usher said.\n\n"
        "“And after the summer?”\n\n"
        "“We will review it in September.”\n\n"
    )
    assert speakers(text) == ["Miriam Usher", "Tobias Venn", "Miriam Usher"]


def test_bare_quotes_after_narration_that_names_no_exchange_are_not_turns() -> None:
    text = (
        "Bakery to close\n\n"
        "Hilda Marsh, who has run the bakery for thirty years, said she would retire.\n\n"
        "“My hands are not what they were.”\n\n"
        "“I will miss the early mornings, though.”\n\n"
    )
    assert speakers(text) == ["Hilda Marsh", "Hilda Marsh"]


def test_he_after_counsel_asked_him_is_the_client_named_as_possessor() -> None:
    text = (
        "Builder denies cutting corners\n\n"
        "Tobias Pilling, 51, denies fraud.\n\n"
        "Judge Basil Crane told the jury to ignore the outburst.\n\n"
        "Earlier, Pilling’s counsel, Meredith Oakes, asked him why he had signed the "
        "certificate. “Because the inspector told me to,” he said.\n\n"
    )
    assert speakers(text) == ["Tobias Pilling"]


def test_she_asked_goes_to_the_woman_by_her_given_name() -> None:
    text = (
        "Builder denies cutting corners\n\n"
        "Tobias Pilling was questioned by his own counsel, Meredith Oakes, and then by "
        "Judge Basil Crane.\n\n"
        "“Did you read the report?” she asked.\n\n"
        "“I did not,” Pilling said.\n\n"
    )
    assert speakers(text) == ["Meredith Oakes", "Tobias Pilling"]


def test_interrupted_is_a_speech_verb_of_its_own_turn() -> None:
    text = (
        "Candidates clash on parking\n\n"
        "“Ms Moy, what would it cost?” Nadia Quill asked.\n\n"
        "“About two million,” Bethan Moy replied. “Money we do not have,” Oswin Farrant "
        "interrupted.\n\n"
    )
    assert speakers(text) == ["Nadia Quill", "Bethan Moy", "Oswin Farrant"]


TRANSCRIPT = (
    "Five minutes with a thatcher\n\n"
    "Gwen Arliss, 61, has thatched roofs in the county for thirty years.\n\n"
    "Q: What do you tell apprentices?\n\n"
    "A: Patience. I always say, “A roof is never finished in a week.”\n\n"
    "Q: Who taught you?\n\n"
    "A: A neighbour. She told me once, “Watch the straw, not the clock.”\n\n"
)


def test_i_inside_an_answer_turn_is_the_interviewee() -> None:
    doc = Text(Document(id="d", text=TRANSCRIPT))
    got = {c.value.quote: c.value.speaker for c in extract(doc)}  # type: ignore[union-attr]
    assert got["A roof is never finished in a week."] == "Gwen Arliss"


def test_words_given_to_someone_the_answer_turn_does_not_name_are_nobody_s() -> None:
    doc = Text(Document(id="d", text=TRANSCRIPT))
    got = {c.value.quote: c.value.speaker for c in extract(doc)}  # type: ignore[union-attr]
    assert got["Watch the straw, not the clock."] is None
