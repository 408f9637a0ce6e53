"""Answers in questioning (testimony, committees, earnings calls, press conferences):
nobody answers the question they have just been named asking. A pronoun or a role that
would give the answer to the asker names the other party instead, whether the question
was quoted ("“…?” Mr Ode asked") or reported ("Ode asked whether …"). Sentences written
for these tests."""

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
        # a quoted question, answered by "the witness" in the same paragraph
        (
            "Head\n\nTomasz Wieczorek, the site foreman, gave evidence on Monday. "
            "Counsel for the family, Abigail Frane, pressed him on the rota.\n\n"
            "“Who checked the scaffold that morning?” Ms Frane asked. “Nobody, as far as I "
            "know,” the witness said.",
            ["Who checked the scaffold that morning?", "Nobody, as far as I know"],
        ),
        # a quoted question, answered by a pronoun in the next paragraph
        (
            "Head\n\nCouncillor Marek Doyle faced the scrutiny panel on Tuesday.\n\n"
            "“Why were the figures late?” Councillor Ines Pardo asked.\n\n"
            "“Because the auditors asked for more time,” he said.",
            None,
        ),
        # a reported question, answered by a role
        (
            "Head\n\nThe chief executive, Rosalind Achebe-Lunn, appeared before MPs. "
            "Labour MP Dev Sarkar asked whether she would give up her bonus. "
            "“That is for the board,” the chief executive replied.",
            None,
        ),
    ],
)
def test_the_answer_is_not_the_askers(text: str, want: object) -> None:
    got = speakers(text)
    assert got[-1] not in ("Abigail Frane", "Ines Pardo", "Dev Sarkar"), got
    if want is not None:
        assert got[0] == "Abigail Frane"


def test_answer_after_quoted_question_goes_to_the_other_party() -> None:
    text = (
        "Head\n\nThe finance director, Halvard Brekke, took questions from analysts. "
        "“Will you cut the dividend?” asked Lucia Ferrandi of Corbel Securities.\n\n"
        "“No. The dividend is the last thing we would touch,” he said."
    )
    assert speakers(text) == ["Lucia Ferrandi", "Halvard Brekke"]


def test_reported_question_answered_by_a_role() -> None:
    text = (
        "Head\n\nThe chief executive, Rosalind Achebe-Lunn, appeared before MPs. "
        "Labour MP Dev Sarkar asked whether she would give up her bonus. "
        "“That is for the board,” the chief executive replied."
    )
    assert speakers(text) == ["Rosalind Achebe-Lunn"]


def test_a_speaker_answering_their_own_question_under_a_pronoun_is_kept() -> None:
    # the question's asker was given by a pronoun, not named: no turn is assumed
    text = (
        "Head\n\nMayor Joan Ellery defended the levy at a public meeting. "
        "“Who pays for the roads?” she asked. “We all do,” she said."
    )
    assert speakers(text) == ["Joan Ellery", "Joan Ellery"]


def test_a_named_speaker_after_the_question_is_kept() -> None:
    text = (
        "Head\n\nThe panel questioned Pieter Gruber. “Did you read the report?” asked "
        "Nadia Okafor. “I did,” Okafor said, turning to the chair."
    )
    assert speakers(text) == ["Nadia Okafor", "Nadia Okafor"]


@pytest.mark.parametrize(
    "text,want",
    [
        (
            "Head\n\nThe court also heard from night porter Caspar Lindqvist, who said the "
            "alarm had been “silent for a month.”",
            "Caspar Lindqvist",
        ),
        (
            "Head\n\nThe hospitals are run by the Eastmoor Health Trust, which said it was "
            "“reviewing every rota” after the report.",
            "Eastmoor Health Trust",
        ),
        (
            "Head\n\nThe findings were welcomed by Priya Anand, who later said the study was "
            "“long overdue”.",
            "Priya Anand",
        ),
    ],
)
def test_who_or_which_said_is_its_antecedents(text: str, want: str) -> None:
    # sentences written for this test
    assert speakers(text) == [want]


def test_reported_question_and_answer_set_the_turns_that_follow() -> None:
    text = (
        "Head\n\nThe accountant Miriam Sallow denies theft. Under cross-examination the "
        "prosecutor, Conrad Yeats, asked her who had approved the payments.\n\n"
        "“The director did,” she replied.\n\n"
        "“And you never checked?”\n\n"
        "“I was not asked to check.”"
    )
    assert speakers(text) == ["Miriam Sallow", "Conrad Yeats", "Miriam Sallow"]


@pytest.mark.parametrize(
    "intro",
    [
        # the one who answers is named once, the presenter twice: the roles decide
        "The transport secretary, Leonie Carver, was questioned on Monday about rail fares "
        "in an interview with presenter Tobias Wren on the Evening Hour. Wren opened with "
        "the cost of a season ticket.",
        "Leonie Carver, the transport secretary, spoke to the host, Tobias Wren, on the "
        "Evening Hour. Wren opened with the cost of a season ticket. Wren then moved on.",
    ],
)
def test_an_interviews_asker_is_told_by_role_not_by_count(intro: str) -> None:
    text = (
        "Head\n\n" + intro + "\n\n"
        "“Secretary, why should anyone pay four thousand pounds to stand?”\n\n"
        "“Nobody should, and from May fewer people will.”\n\n"
        "“How many fewer?”\n\n"
        "“Enough that you will notice.”"
    )
    assert speakers(text) == ["Tobias Wren", "Leonie Carver", "Tobias Wren", "Leonie Carver"]


def test_asked_by_sets_the_parties_of_the_bare_turns() -> None:
    text = (
        "Head\n\nThe signal engineer, Piers Aldwych, gave evidence. Asked by the coroner, "
        "Rhiannon Teague, why the fault was not urgent, he said: “The system graded it "
        "amber.”\n\n"
        "“Who sets the grades?”\n\n"
        "“A computer, on rules written long ago.”"
    )
    assert speakers(text) == ["Piers Aldwych", "Rhiannon Teague", "Piers Aldwych"]


def test_questioning_in_the_passive_names_both_parties() -> None:
    text = (
        "Head\n\nThe surveyor Idris Fenwick was questioned for much of the afternoon by counsel "
        "to the inquiry, Harriet Oyelowo KC.\n\n"
        "“Mr Fenwick, did you go up into the roof?”\n\n"
        "“I did not. The hatch was sealed.”"
    )
    assert speakers(text) == ["Harriet Oyelowo", "Idris Fenwick"]


def test_a_bare_turn_after_one_partys_statement_is_the_others() -> None:
    text = (
        "Head\n\nAsked by the family's barrister, Ines Calloway, whether he had braked, "
        "Rory Pelham said: “I thought I had.”\n\n"
        "“The tracker says fifty miles an hour,” Ms Calloway said.\n\n"
        "“Then I was wrong.”"
    )
    assert speakers(text) == ["Rory Pelham", "Ines Calloway", "Rory Pelham"]


def test_a_question_put_to_someone_by_name_opens_two_party_turns() -> None:
    """A bare question that names whom it is put to ("…, Ms Lindqvist?") is the last
    person named's; the bare turns after it alternate between the two."""
    text = (
        "Head\n\nThe chief executive of Dunmere Rail, Petra Lindqvist, appeared before the "
        "transport committee on Monday.\n\nThe committee's chair, Oswin Tarrant, read from a "
        "leaked memo.\n\n“Did you write this memo, Ms Lindqvist?”\n\n“I write a great many "
        "memos.”\n\n“That is not an answer.”\n\n“Then yes, I wrote it.”"
    )
    assert speakers(text) == ["Oswin Tarrant", "Petra Lindqvist"] * 2


def test_verbs_of_pressing_and_answering_attribute() -> None:
    """ "Wren pressed", "she answered": speech verbs of an exchange, each naming its turn."""
    text = (
        "Head\n\nAnalyst Tobias Wren of Hallam Capital asked whether the firm would cut "
        "jobs.\n\n“Not this year,” chief executive Marta Solberg said.\n\n“And next year?” "
        "Wren pressed.\n\n“Ask me then,” she answered."
    )
    assert speakers(text) == ["Marta Solberg", "Tobias Wren", "Marta Solberg"]


def test_the_one_asked_answers_not_the_asker_named_in_the_sentence() -> None:
    """ "Asked by Judge Miriam Holt whether …, she said": the witness, not the judge."""
    text = (
        "Head\n\nGrace Ibbotson, 44, is giving evidence at Leeds Crown Court.\n\nThe defence "
        "barrister, Rupert Vance KC, asked about the ledgers. “I never touched them,” "
        "Ibbotson replied.\n\nAsked by Judge Miriam Holt whether the ledgers were kept "
        "locked, she said: “Always. The key stayed in the office safe.”"
    )
    assert speakers(text) == ["Grace Ibbotson", "Grace Ibbotson"]


def test_a_question_after_the_sentence_naming_its_asker_is_theirs() -> None:
    """ "Next, Ruth Quayle … asked about the plant. “Are you closing it?”": the new asker,
    not the one who asked before."""
    text = (
        "Head\n\nThe first question came from Ian Pask of Fenwick Securities, who asked about "
        "costs. “Can you hold prices?” Pask asked.\n\n“We can,” chief executive Mara Ilves "
        "replied.\n\nNext, Ruth Quayle from Sandover Bank asked about the plant in Hull. "
        "“Are you closing it?”"
    )
    assert speakers(text) == ["Ian Pask", "Mara Ilves", "Ruth Quayle"]


def test_an_introduction_naming_the_asker_after_by_sets_the_bare_turns() -> None:
    """ "Questioned by X, she said …": the bare turns after it alternate between X (the
    questions) and the one questioned, named before as the pronoun's person."""
    text = (
        "Head\n\nThe second witness was the site manager, Priya Vantongeren. Questioned by "
        "the coroner, Alun Mabbott, she said the alarm had sounded twice.\n\n"
        "“Did anyone leave the building the first time?”\n\n"
        "“Only the kitchen staff. The rest of us thought it was a test.”\n\n"
        "“Who told you it was a test?”\n\n"
        "“Nobody told me. We had simply heard it so often.”"
    )
    assert speakers(text) == [
        "Alun Mabbott", "Priya Vantongeren", "Alun Mabbott", "Priya Vantongeren",
    ]  # fmt: skip


def test_an_introduction_with_a_verb_of_questioning_sets_the_bare_turns() -> None:
    """ "Counsel, X, took him through the contract": X asks, the one taken through it
    answers, also after an attributed question and a turn that does not ask."""
    text = (
        "Head\n\nThe former buyer, Oskar Lindahl, gave evidence on Thursday. Counsel for the "
        "council, Beatrice Okonjo, took him through the contract clause by clause.\n\n"
        "“Did you read this page before you signed it?” Okonjo asked.\n\n"
        "“I read the summary.”\n\n"
        "“The summary leaves out the penalty.”\n\n"
        "“Then the summary was badly written.”"
    )
    assert speakers(text) == [
        "Beatrice Okonjo", "Oskar Lindahl", "Beatrice Okonjo", "Oskar Lindahl",
    ]  # fmt: skip


def test_pressed_by_names_the_asker_and_the_sentences_subject_the_answerer() -> None:
    text = (
        "Head\n\nThe water company's chief engineer, Declan Moorhouse, faced the scrutiny "
        "panel. Its chair, Ewan Pollitt, said the hearing was overdue. “Residents deserve "
        "answers,” Pollitt said.\n\n"
        "Pressed by a councillor, Fenella Ruddock, on the burst main, Moorhouse hesitated.\n\n"
        "“Two days without water. Who is to blame?”\n\n"
        "“The pipe was laid in 1911, and it failed.”"
    )
    assert speakers(text) == ["Ewan Pollitt", "Fenella Ruddock", "Declan Moorhouse"]


def test_a_question_naming_whom_it_is_put_to_is_the_last_askers() -> None:
    """ "Mr Y, where …?": not Y's (Y is addressed) and not the last person named: the
    one who put the last question, and Y answers."""
    text = (
        "Head\n\nThe debate was chaired by Roisin Galbraith.\n\n"
        "Galbraith began with schools. “Ms Tanaka, you promised ten new schools. Where are "
        "they?”\n\n"
        "“Four are open and six are being built,” the council leader, Emi Tanaka, said.\n\n"
        "Her opponent, Victor Osgood, shook his head. “Six are on paper,” he said.\n\n"
        "“Mr Osgood, your own plan has no budget at all. Why?”\n\n"
        "“Because the budget is hers to publish.”"
    )
    got = speakers(text)
    assert got[-2:] == ["Roisin Galbraith", "Victor Osgood"]


def test_a_pronoun_replying_to_a_question_is_the_exchanges_answerer() -> None:
    """ "“…?” he asked. ¶ “…,” she replied": the woman answering the exchange, not the
    last woman named who spoke."""
    text = (
        "Head\n\nThe prosecutor, Harriet Quill, opened the case. “The money was taken over "
        "four years,” Quill said.\n\n"
        "The first witness was the company's founder, Maeve Corrigan. Questioned by Quill, "
        "she described the audit.\n\n"
        "“When did you first suspect?”\n\n"
        "“In the spring, when the bank called.”\n\n"
        "In cross-examination, the defence barrister, Silas Brandt, suggested the audit was "
        "rushed. “Wasn't it done in a week?” he asked.\n\n"
        "“It was done properly,” she replied."
    )
    assert speakers(text)[-1] == "Maeve Corrigan"


def test_a_pronoun_the_sentence_before_made_its_object_is_not_that_sentences_subject() -> None:
    """ "Ruth Pask pressed him: …? “…,” he said": he is the man pressed (named before),
    not Pask, whatever is known of her gender."""
    text = (
        "Head\n\nThe treasurer, Gideon Lowrie, said the reserves were healthy. “We are "
        "fine,” said Lowrie.\n\n"
        "Next, Ruth Pask of Corbel Bank asked about the loan. “Will you repay it early?”\n\n"
        "Pask pressed him: would that mean a new bond? “It means we will decide in June,” he "
        "said."
    )
    assert speakers(text)[-1] == "Gideon Lowrie"
