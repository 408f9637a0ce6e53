"""The conversation-turn model: a run of quote paragraphs that form an exchange
(testimony, an inquest, a committee, an interview, a press conference, a debate).

A run is the paragraphs that open with a quote after the paragraph of narration that
introduces them. Its two participants, the asker and the answerer, are read from that
introduction ("The chair, Ann Lee, asked him about the budget", "Questioned by Ann
Lee, Cole said", "Cole took questions from reporters": an asker nobody names) and from
the run's own anchors (a turn that carries its attribution: '“…?” Lee asked', a
question that names whom it is put to, the answer given to a question). A bare turn
(a paragraph that is only a quote) is then the other party's of the turn before it;
the first bare turn is the asker's when it asks, the answerer's when it does not. When
the alternation is unclear (a third speaker in the run, a question after a question
from the same side, a turn after one nobody could place) the turn is nobody's: a guess
is worse than none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcheck.extract.quote._marks import _is_question
from factcheck.extract.quote._names import _possessive
from factcheck.extract.quote._parts import _mentions_in, _Pick, _Speaker
from factcheck.extract.quote._tables import (
    _NAME_LABEL,
    _REPORTED_QUESTION,
    _TOOK_QUESTIONS,
    _TRANSCRIPT,
    _VOCATIVE,
)

if TYPE_CHECKING:
    from factcheck.extract.quote._marks import _Quote
    from factcheck.extract.quote._parts import _Context
    from factcheck.extract.quote._speakers import _Speakers

_SIEVE = "conversation_turns"
# the speaker of a labelled turn as the subject of the words it quotes ("I tell them")
_FIRST_PERSON = re.compile(r"(?:^|(?<=[\s,]))(?:I|We|we)[ \t]+[a-z]")
# the asker of questions from the floor ("a reporter asked"): someone nobody names
_UNNAMED = _Speaker("", "unnamed", _SIEVE, -1, -1)
_MAX_RUN = 16  # paragraphs a run is read back over
# a turn as the run reads it: the quote, its speaker, whether a sieve of its own decided
_Turn = tuple["_Quote", "_Speaker | None", bool]


def _exchange_run(r: _Speakers, c: _Context) -> _Pick | None:
    """A bare turn of an exchange: the other party's of the turn before it (see the
    module's docstring); a quote with no attribution right after the sentence that
    introduces the exchange ("Lee turned to Cole. “Mr Cole, the same to you.”") is the
    asker's when it asks or addresses, the answerer's when it does not."""
    q = c.q
    if q.continues or c.before or c.after:
        return None
    bare = _bare(r, q)
    if not bare and not _opens_after_intro(r, c):
        return None
    run = _run(r, q) if bare else (c.para_start, q.start)
    if run is None:
        return None
    turns = _turns_between(r.results, run[0])
    if turns and not bare:
        return None  # quotes between the introduction and this one: not its first turn
    asker, answerer = _participants(r, run, turns)
    if asker is None or answerer is None or asker.name == answerer.name:
        return None
    if asker is not _UNNAMED:
        c.turns.asker, c.turns.answerer = asker, answerer  # the turns after read them
    sp = _next_turn(r, q, turns, asker, answerer)
    if sp is None or sp is _UNNAMED:
        return _Pick(None, q.start, _SIEVE) if sp is _UNNAMED or turns else None
    return _Pick(sp.name, sp.start, _SIEVE, resolved=sp)


def _turns_between(results: list[_Turn], start: int) -> list[_Turn]:
    """The quotes attributed so far (all before the current one) that start at or after
    ``start``, read back from the newest: a run is short, the article may be long."""
    k = len(results)
    while k > 0 and results[k - 1][0].start >= start:
        k -= 1
    return results[k:]


def _bare(r: _Speakers, q: _Quote) -> bool:
    """Whether the quote is a paragraph of its own (at most a full stop after it)."""
    start, _ = r._line(q.start)
    if r.s[start : q.start].strip():
        return False
    return q.open_para or not r.s[q.end : r._line(max(q.end - 1, q.start))[1]].strip(" .\t")


def _opens_after_intro(r: _Speakers, c: _Context) -> bool:
    """Whether the quote stands, with no attribution of its own, right after a sentence
    of its paragraph that introduces an exchange."""
    if c.q.start == c.para_start or c.q.end < c.para_end - 2:
        return False
    return r._read_exchange(c.para_start, c.q.start) is not None


def _run(r: _Speakers, q: _Quote) -> tuple[int, int] | None:
    """The run a bare turn belongs to: from the start of its introduction (the newest
    paragraph before it that does not open with a quote) to the quote."""
    intro = r.narration_before(q.start, _MAX_RUN)
    return None if intro is None else (intro[0], q.start)


def _participants(
    r: _Speakers, run: tuple[int, int], turns: list[_Turn]
) -> tuple[_Speaker | None, _Speaker | None]:
    """The asker and the answerer of a run: as its introduction names them, the rest
    from its anchored turns."""
    intro_end = r._line(run[0])[1]
    asker, answerer = _introduced(r, run[0], min(intro_end, run[1]))
    last_question = asker is not None and asker is not _UNNAMED  # a question it reports
    for q, sp, found in turns:
        question = _is_question(r.s, q)
        if found and question:
            if sp is None:
                asker = asker or _UNNAMED  # "“…?” a reporter asked"
            else:
                asker = asker or sp
                answerer = answerer or _addressed(r, q, sp)
        elif found and sp is not None and last_question and asker and sp.name != asker.name:
            answerer = answerer or sp  # the answer given to the question before
        last_question = question
    return asker, answerer


def _introduced(r: _Speakers, start: int, end: int) -> tuple[_Speaker | None, _Speaker | None]:
    """The parties the introduction names: a sentence of questioning ("A asked him
    about …", "Questioned by A, B said", "B was cross-examined by A"), one who takes
    questions from people not named ("B took questions"), a question it reports ("A
    asked whether …")."""
    found = r._read_exchange(start, end)
    if found is not None:
        return found[0], found[1]
    took = _TOOK_QUESTIONS.search(r.s, start, end)
    if took is not None:
        person = _subject_person(r, r._sentence_start(took.start()), took.start())
        if person is not None:
            return _UNNAMED, person
    return _reported_asker(r, start, end), None


def _subject_person(r: _Speakers, st: int, end: int) -> _Speaker | None:
    """The last person named between ``st`` and ``end`` (a clause's subject)."""
    ents = r.text.entities
    people = [
        m
        for m in ents.between(st, end)
        if ents.entity(m).kind == "person" and not r._quoted(m.start) and not _possessive(r.s, m)
    ]
    return r._party(people[-1]) if people else None


def _reported_asker(r: _Speakers, start: int, end: int) -> _Speaker | None:
    """'A, of the Gazette, asked whether the plant would close.': the person who opens
    the sentence of a question the introduction reports (not one it quotes)."""
    for v in _REPORTED_QUESTION.finditer(r.s, start, end):
        if not r._quoted(v.start()):
            person = _subject_person(r, r._sentence_start(v.start()), v.start())
            if person is not None:
                return person
    return None


def _addressed(r: _Speakers, q: _Quote, asker: _Speaker) -> _Speaker | None:
    """The person a question names as whom it is put to ("Ms Lee, where …?")."""
    voc = _VOCATIVE.search(r.s[q.inner_start : q.inner_end])
    if voc is None:
        return None
    ents = r.text.entities
    m = ents.find(voc.group("name"), q.start)
    if m is None or ents.entity(m).kind != "person" or ents.entity(m).name == asker.name:
        return None
    return r._party(m)


def _next_turn(
    r: _Speakers, q: _Quote, turns: list[_Turn], asker: _Speaker, answerer: _Speaker
) -> _Speaker | None:
    """The speaker of the bare turn ``q``: the other party's of the turn before it;
    the first turn the asker's when it asks, the answerer's when it does not. None
    when unclear, ``_UNNAMED`` for an asker nobody names."""
    question = _is_question(r.s, q)
    if not turns:
        return asker if question or _VOCATIVE.search(r.s[q.inner_start : q.inner_end]) else answerer
    pq, before, _found = turns[-1]
    asked = _is_question(r.s, pq)
    if before is None:
        # the turn before was nobody's: a question from the floor is answered
        return answerer if asked and asker is _UNNAMED else None
    if before.name == asker.name:
        return None if question and asked else answerer
    if before.name == answerer.name:
        return asker
    return None  # a third speaker: the alternation is broken


def _within_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """A quote inside a transcript's labelled turn ("A: … I always say, “…”", "Lee: …
    my husband said, “…”"): the label's speaker talks in the first person, so "I"
    (or "we") is the label's person (the interviewee for "A:", nobody for "Q:"), and
    words given to anyone else the line does not name are nobody's; a name the line
    gives is left to the sieves after."""
    label = _TRANSCRIPT.match(r.s, c.para_start) or _NAME_LABEL.match(r.s, c.para_start)
    if label is None or label.end() >= c.q.start or "\n" in r.s[label.end() : c.q.start]:
        return None
    atts = [*c.before[-1:], *c.after[:1]]
    if any(a.kind == "pron" and a.name in ("i", "we") for a in atts) or (
        not atts and _FIRST_PERSON.search(r.s, max(label.end(), c.sent_start), c.q.start)
    ):
        return _label_speaker(r, c, label.group(1))  # "I always say", "I tell them, “…”"
    if not atts:
        return None
    ents = r.text.entities
    for m in _mentions_in(ents, label.end(), c.q.start):
        if ents.entity(m).kind in ("person", "organisation"):
            return None  # someone the line names: the words may be theirs
    return _Pick(None, c.q.start, "transcript_turn")


def _label_speaker(r: _Speakers, c: _Context, label: str) -> _Pick | None:
    """The speaker a turn's label names: nobody for the interviewer's ("Q:"), the
    person the article names most for "A:", else the person the label names."""
    if label in ("Q", "Question"):
        return _Pick(None, c.q.start, "transcript_turn")
    if label in ("A", "Answer"):
        e = r.text.entities.most_named(("person",), before=c.q.start)
        if e is None:
            first = r._first_named(c.q.start)  # the one person the introduction names
            return first.via("transcript_turn") if first else None
        return _Pick(e.name, e.mentions[0].start, "transcript_turn")
    name = label.title() if label.isupper() else label
    m = r.text.entities.find(name, c.q.start)
    return _Pick(name, m.start if m else c.q.start, "transcript_turn")
