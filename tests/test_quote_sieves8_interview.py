"""Interviews printed as prompt and answer: the interviewer's question (or words put to
the interviewee) stands as plain text on its own line, the answer as a quoted paragraph
after it. The answer is the interviewee's, the person the introduction presents, and never
a name or a title of a work the prompt mentions. Articles written for these tests."""

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


_INTRO = (
    "Harbour lights: Ottilie Brande on sixty years of sailing\n\n"
    "The yachtswoman Ottilie Brande, 78, has crossed the Atlantic eleven times. Her new "
    "book, Salt Roads, is out on Thursday. She talked to Piers Anwell.\n\n"
)


def test_answers_after_printed_questions_are_the_interviewees() -> None:
    text = _INTRO + (
        "When did you first go to sea?\n"
        "“At nine, in my uncle’s dinghy. I was sick the whole way and loved it.”\n\n"
        "Was it your uncle, Magnus Brande, who taught you to navigate?\n"
        "“He taught me to be frightened of the weather, which is the same thing.”\n"
    )
    assert speakers(text) == ["Ottilie Brande", "Ottilie Brande"]


def test_a_prompt_that_addresses_the_interviewee_without_asking() -> None:
    text = _INTRO + (
        "You write warmly about your first skipper, Dorothea Vance.\n"
        "“She was slow and she leaked, and I have never loved anything more.”\n"
    )
    assert speakers(text) == ["Ottilie Brande"]


def test_a_work_quoted_in_the_question_is_not_the_answerer() -> None:
    text = _INTRO + (
        "One reviewer called Salt Roads “a logbook with ambitions”. Did that sting?\n"
        "“Not at all. A logbook is an honest thing.”\n"
    )
    assert speakers(text)[-1] == "Ottilie Brande"


def test_prompts_separated_by_blank_lines() -> None:
    text = _INTRO + (
        "What would you tell a young sailor?\n\n"
        "“Learn to read the sky before you learn to read the charts.”\n"
    )
    assert speakers(text) == ["Ottilie Brande"]


def test_a_narrative_line_before_a_quote_is_no_prompt() -> None:
    # a plain line of the story (neither asking nor addressing her) does not make the
    # bare quote after it an answer of the interview: no turn of it decides
    text = _INTRO + (
        "Her navigator for twenty years was Rufus Okafor-Lind.\n\n"
        "“I could smell a squall an hour away. She never believed me.”\n"
    )
    assert sieves(text) != ["conversation_turns"]


def test_no_interviewee_no_answer_by_prompt() -> None:
    # a question line in an ordinary report, with nobody introduced as interviewed:
    # the prompt rule has nobody to give the answer to, and gives it to nobody new
    text = (
        "Ferry fares to rise\n\n"
        "Ferry fares will rise by 6% in April, the operator said.\n\n"
        "Will passengers pay?\n"
        "“Most have no other way to reach the mainland.”\n"
    )
    assert "Ottilie Brande" not in speakers(text)
