"""The records attribution passes around: attributions, picks, speakers, a quote's
context and the turns of an exchange."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.extract.quote._marks import _is_question

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.extract._entities import Entities, Mention
    from factcheck.extract.quote._marks import _Quote


@dataclass
class _Attribution:
    pos: int  # the verb's offset
    end: int
    kind: str  # "name", "pron", "desc"
    name: str | None
    definite: bool = False


def _mentions_in(ents: Entities, start: int, end: int) -> Iterator[Mention]:
    """The mentions lying within [start, end), in order, read as the lazy model reads
    one offset at a time (``between`` would build the whole model)."""
    pos = start
    while pos < end:
        m = ents.at(pos, end)
        if m is None:
            return
        yield m
        pos = max(m.end, pos + 1)


@dataclass(slots=True)
class _Pick:
    """A speaker as a sieve reads it: the name and where it stands."""

    name: str | None
    pos: int
    sieve: str
    described: bool = False  # an organisation named by a description ("the union")
    resolved: _Speaker | None = None  # a speaker already found, carried over

    def via(self, sieve: str) -> _Pick:
        return _Pick(self.name, self.pos, sieve, self.described, self.resolved)


@dataclass(slots=True)
class _Speaker:
    """A quote's speaker: the entity's fullest name, its kind, the deciding sieve and the
    mention the sieve read."""

    name: str
    kind: str
    sieve: str
    start: int
    end: int

    def moved(self, sieve: str) -> _Speaker:
        return _Speaker(self.name, self.kind, sieve, self.start, self.end)


_REJECTED = _Speaker("", "", "", -1, -1)


@dataclass(slots=True)
class _Context:
    """What the sieves read about one quote."""

    q: _Quote
    para_start: int
    para_end: int
    sent_start: int
    sent_end: int
    after: list[_Attribution]  # attributions after the quote, in its sentence
    before: list[_Attribution]  # attributions before it, in its sentence
    attrs: list[_Attribution]
    apos: list[int]
    prev: tuple[_Quote, _Speaker | None, bool] | None
    chain_speaker: _Speaker | None
    turns: _Turns
    bare: bool | None = None  # whether the quote is a paragraph of its own (``_is_bare``)


class _Turns:
    """Questions and answers: who asked the last question and who answered it."""

    def __init__(self) -> None:
        self.asker: _Speaker | None = None
        self.answerer: _Speaker | None = None
        self.last: _Speaker | None = None  # who the last attributed quote was given to
        self.last_question = False
        self.named_question = False  # the last quote asks, and its asker is named there
        self.turn_question = False  # the last quote asks, the asker's by the turn model
        self.questioner: _Speaker | None = None  # who the last question was given to
        self.count = 0

    def note(
        self, s: str, q: _Quote, speaker: _Speaker | None, found: bool, named: bool = False
    ) -> None:
        question = _is_question(s, q)
        self.named_question = question and found and named and speaker is not None
        # the last quote asks, a bare turn the turn model gave the exchange's asker
        self.turn_question = (
            question
            and not found
            and speaker is not None
            and speaker.sieve == "conversation_turns"
            and self.asker is not None
            and speaker.name == self.asker.name
        )
        if question and speaker is not None:
            self.questioner = speaker
        if speaker is not None and found:
            if question:
                if self.answerer and speaker.name == self.answerer.name:
                    self.answerer = self.asker
                elif self.last and self.last.name != speaker.name and self.answerer is None:
                    # '"…," Stroud replied. "All of it?" Arden asked.': the one who
                    # spoke before the question is the one it is put to
                    self.answerer = self.last
                self.asker = speaker
            elif self.last_question and self.asker and speaker.name != self.asker.name:
                self.answerer = speaker
        if speaker is not None and found:
            self.last = speaker
        self.last_question = question
