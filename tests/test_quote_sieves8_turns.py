"""Conversation turns where the asker is unnamed or known only from the introduction:
questions from the floor of a press conference are nobody's the article names, the bare
answer after "one reporter asked" is the one taking the questions, and in an interview of
bare turns a pronoun after the interviewer's question is the interviewee's even when the
interviewer's gender is not known. Articles written for these tests."""

from __future__ import annotations

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


def test_bare_questions_from_the_floor_are_nobodys() -> None:
    text = (
        "Coach defiant after cup exit\n\n"
        "Tregenna Rovers coach Odalys Cadwallader-Lowe faced the press after the defeat.\n\n"
        "“Will you resign?”\n\n"
        "“No. I have a contract and a squad that is better than tonight.”\n\n"
        "“What did you say to the players?”\n\n"
        "“That nobody leaves the dressing room until they can look at each other.”\n"
    )
    got = speakers(text)
    assert got[0] is None and got[2] is None
    assert got[1] == got[3] == "Odalys Cadwallader-Lowe"


def test_the_answer_after_an_unnamed_reporters_question() -> None:
    # the person last named (the striker) is not the one answering: the manager, who
    # spoke before the question, takes the questions
    text = (
        "Manager backs keeper\n\n"
        "“We lost as a team,” Wenna Trethewey said after the match. Her striker, Fenton "
        "Quarrie, missed two chances.\n\n"
        "“Is the keeper still your first choice?” one reporter asked.\n\n"
        "“He is. One bad night does not change a season.”\n"
    )
    assert speakers(text) == ["Wenna Trethewey", None, "Wenna Trethewey"]


def test_a_reporters_question_answered_with_a_named_verb_keeps_the_name() -> None:
    text = (
        "Manager backs keeper\n\n"
        "“We lost as a team,” Wenna Trethewey said after the match.\n\n"
        "“Is the keeper still your first choice?” one reporter asked.\n\n"
        "“He is,” said her assistant, Emrys Talbot.\n"
    )
    assert speakers(text)[-1] == "Emrys Talbot"


def test_a_pronoun_after_an_interviewers_bare_question_is_the_interviewee() -> None:
    text = (
        "‘I was never fast’: Odile Thistlewood on her marathon win\n\n"
        "Odile Thistlewood won the city marathon on Sunday in her first attempt at the "
        "distance. Afterwards she talked to the presenter Jem Carraway for the race "
        "broadcast.\n\n"
        "“Odile, you were fortieth at halfway. What happened?” Carraway asked.\n\n"
        "“I was never fast. I was just the last one still running at the same speed.”\n\n"
        "“Will you run another?”\n\n"
        "“Ask me when my legs work,” she said.\n"
    )
    assert speakers(text)[-1] == "Odile Thistlewood"
