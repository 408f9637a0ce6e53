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
from bisect import bisect_right
from itertools import chain
from typing import TYPE_CHECKING

from factcheck.extract._entities import TITLES
from factcheck.extract.quote._marks import _is_question
from factcheck.extract.quote._names import _possessive
from factcheck.extract.quote._parts import _mentions_in, _Pick, _Speaker
from factcheck.extract.quote._tables import (
    _ANSWER_PRONOUN,
    _BY_AFTER,
    _BY_AGENT,
    _CLAUSE_END,
    _FIRST_PERSON_WORD,
    _FLOOR_QUESTIONS,
    _FROM_AFTER,
    _GIVING_EVIDENCE,
    _JOURNALIST_ROLES,
    _MET_WITH,
    _NAME_LABEL,
    _OBJECT_PRONOUN_AFTER,
    _OUR_BEFORE,
    _PASSIVE_BEFORE,
    _PREPOSITION_BEFORE,
    _QUESTIONING,
    _REPORTED_QUESTION,
    _SECOND_PERSON,
    _SPOKE_TO,
    _TOOK_QUESTIONS,
    _TRANSCRIPT,
    _WITH_PRONOUN,
)

if TYPE_CHECKING:
    from factcheck.extract._entities import Mention
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
    """A bare turn of an exchange: its speaker by the turn model (see the module's
    docstring); a quote with no attribution right after the sentence that introduces
    the exchange ("Lee turned to Cole. “Mr Cole, the same to you.”") is the asker's
    when it asks or addresses, the answerer's when it does not."""
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
    if asker is None or (answerer is not None and asker.name == answerer.name):
        return None
    if answerer is None and not any(_addressee(r, t[0]) for t in (*turns, (q, None, False))):
        if not turns and asker is not _UNNAMED and _is_question(r.s, q):
            # "A asked whether …": the question the run opens with is A's, whoever answers
            return _Pick(asker.name, asker.start, _SIEVE, resolved=asker)
        return None  # nobody answers, nobody is addressed: no exchange the model reads
    if asker is not _UNNAMED and answerer is not None:
        c.turns.asker, c.turns.answerer = asker, answerer  # the turns after read them
    r.exchange = (asker, answerer, q.end)
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
    return (
        r._read_exchange(c.para_start, c.q.start) is not None
        or _model_exchange(r, r._sentence_start(c.q.start - 1), c.q.start) is not None
    )


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
    intro_end = min(r._line(run[0])[1], run[1])
    asker, answerer, resumed = _introduced(r, run[0], intro_end)
    if asker is not None and answerer is None and not resumed:
        answerer = _other(_witness(r, run[0], intro_end), asker)
    # a question the introduction reports; not when it resumes an exchange broken off
    last_question = asker is not None and asker is not _UNNAMED and not resumed
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
        elif sp is not None and last_question and asker is _UNNAMED and not question:
            answerer = answerer or sp  # the one who answers questions from the floor
        last_question = question
    return asker, answerer


def _introduced(
    r: _Speakers, start: int, end: int
) -> tuple[_Speaker | None, _Speaker | None, bool]:
    """The parties the introduction names: a sentence of questioning ("A asked him
    about …", "Questioned by A, B said", "B was cross-examined by A"), read by its cue
    tables and else over the entity model (``_model_exchange``); one who takes questions
    from people not named ("B took questions"), questions from the floor; a question it
    reports ("A asked whether …"); else the asker of the exchange whose turns end right
    before it (a line of narration between turns: "B interrupted."), and whether it
    resumes so."""
    found = r._read_exchange(start, end)
    if found is not None:
        return found[0], found[1], False
    model = _model_exchange(r, start, end)
    if model is not None:
        return (*model, False)
    took = _TOOK_QUESTIONS.search(r.s, start, end)
    if took is not None:
        person = _subject_person(r, r._sentence_start(took.start()), took.start())
        if person is not None:
            # "B faced questions from the chair, A": A asks; from reporters, nobody named
            by = _FROM_AFTER.match(r.s, took.end())
            asker = _object_person(r, by.end(), end) if by is not None else None
            if asker is not None and asker.name != person.name:
                return asker, person, False
            return _UNNAMED, person, False
    if _FLOOR_QUESTIONS.search(r.s, start, end):
        return _UNNAMED, None, False
    reported = _reported_asker(r, start, end)
    if reported is not None:
        return reported, None, False
    interview = _interview(r, start, end)
    if interview is not None:
        return (*interview, False)
    resumed = _resumed(r, start)
    return (*resumed, True) if resumed is not None else (None, None, False)


def _witness(r: _Speakers, start: int, end: int) -> _Speaker | None:
    """The one the introduction has giving evidence ("B, 52, was giving evidence in the
    trial of C", "B took the stand"): the subject of the words of testimony, who
    answers whoever the introduction has asking."""
    for w in _GIVING_EVIDENCE.finditer(r.s, start, end):
        if not r._quoted(w.start()):
            person = _subject_person(r, r._sentence_start(w.start()), w.start())
            if person is not None:
                return person
    return None


def _resumed(r: _Speakers, start: int) -> tuple[_Speaker, _Speaker | None] | None:
    """The parties of the exchange whose turns reach the paragraph right before the
    narration at ``start`` (or past it): narration breaks the run, not the exchange."""
    if r.exchange is None:
        return None
    asker, answerer, end = r.exchange
    i = start - 1
    while i >= 0 and r.s[i].isspace():
        i -= 1
    return (asker, answerer) if i >= 0 and end >= r._line(i)[0] else None


def _model_exchange(r: _Speakers, start: int, end: int) -> tuple[_Speaker, _Speaker | None] | None:
    """The parties of a sentence of questioning as the entity model reads them: the
    asker is the verb's subject (the newest person named before it in the sentence: "A,
    who opened by asking …" too) or, in the passive, its by-agent ("was cross-examined by
    A", "chaired by A"); the answerer the first person named after the verb in its
    clause, the person a description there stands for ("pressed the finance director"),
    the object pronoun's, or the passive's subject. The one spoken to asks ("B talked
    to our correspondent A"). The answerer is None when the sentence names nobody
    ("asking the candidates"): the turns' vocatives name them. The last sentence first."""
    s = r.s
    starts = r.text.sentence_starts
    k = bisect_right(starts, end - 1) - 1
    while k >= 0:
        st = max(start, starts[k])
        en = min(end, starts[k + 1]) if k + 1 < len(starts) else end
        k -= 1
        if st >= en:
            continue
        for v in chain(_QUESTIONING.finditer(s, st, en), _SPOKE_TO.finditer(s, st, en)):
            if not r._quoted(v.start()):
                found = _verb_parties(r, v, st, en)
                if found is not None:
                    return found
        for v in _MET_WITH.finditer(s, st, en):
            if not r._quoted(v.start()):
                found = _met_parties(r, v, st, en)
                if found is not None:
                    return found
        if st <= start:
            break
    return None


def _verb_parties(
    r: _Speakers, v: re.Match[str], st: int, en: int
) -> tuple[_Speaker, _Speaker | None] | None:
    """``_model_exchange`` for one verb ``v`` of the sentence [st, en)."""
    s = r.s
    before = [
        p
        for p in _people(r, st, v.start())
        if not _PREPOSITION_BEFORE.search(s, max(st, p.start - 40), p.start)
    ]
    spoke = v.group().startswith(("spoke", "talk", "speak"))
    # "B was questioned for an hour by A"; "a debate chaired by A" (no subject answers)
    aux = not spoke and _PASSIVE_BEFORE.search(s, max(st, v.start() - 30), v.start())
    by = (
        None
        if spoke
        else _BY_AFTER.match(s, v.end()) or (_BY_AGENT.search(s, v.end(), en) if aux else None)
    )
    if aux and by is None:
        return None  # "B was questioned at length": nobody named asks
    if spoke or by is not None:
        asker = _object_person(r, by.end() if by is not None else v.end(), en)
        if asker is None:
            return None
        if not (spoke or aux):
            return asker, None
        answerer = before[-1] if before else _pronoun_subject(r, st, asker)
        if spoke and answerer is None:
            return None
        return asker, _other(answerer, asker)
    if not before:
        return None
    asker = before[-1]
    pron = _OBJECT_PRONOUN_AFTER.match(s, v.end())
    if pron is None:
        return asker, _other(_object_person(r, v.end(), en), asker)
    m = r.text.entities.at(asker.start, asker.end)
    return asker, _other(r._referent(pron, st, m) if m is not None else None, asker)


def _met_parties(
    r: _Speakers, v: re.Match[str], st: int, en: int
) -> tuple[_Speaker, _Speaker] | None:
    """ "A sat down with B": the two people of the sentence around the verb; the one the
    article makes a journalist (a role such as "reporter", or "our …" before the name)
    asks, the other answers; None when neither or both are."""
    before = _people(r, st, v.start())
    after = _object_person(r, v.end(), en)
    if not before or after is None or before[-1].name == after.name:
        return None
    one, other = before[-1], after
    asks = [_journalist(r, one), _journalist(r, other)]
    if asks == [True, False]:
        return one, other
    if asks == [False, True]:
        return other, one
    return None


def _interview(r: _Speakers, start: int, end: int) -> tuple[_Speaker, _Speaker] | None:
    """ "B has rung the bells for years. Our reporter A climbed the tower with him.": an
    introduction that names one journalist of the article (``_journalist``) beside one
    other person (named, or the pronoun after "with" in the journalist's sentence) is an
    interview: the journalist asks, the other answers. None when it names more."""
    people = _people(r, start, end)
    askers = [p for p in people if _journalist(r, p)]
    if len({p.name for p in askers}) != 1:
        return None
    asker = askers[0]
    others = {p.name: p for p in people if p.name != asker.name}
    if len(others) == 1:
        return asker, next(iter(others.values()))
    if others:
        return None
    st = r._sentence_start(asker.start)
    en = min(end, r._sentence_end(asker.start))
    w = _WITH_PRONOUN.search(r.s, asker.end, en)
    m = r.text.entities.at(asker.start, asker.end)
    if w is None or m is None:
        return None
    other = r._referent(w, st, m, "pron")
    return (asker, other) if other is not None and other.name != asker.name else None


def _journalist(r: _Speakers, sp: _Speaker) -> bool:
    """Whether the article makes the person a journalist: "our" before the name or its
    role ("our arts editor, A", "the reporter A")."""
    m = r.text.entities.at(sp.start, sp.end)
    if m is None:
        return False
    lead = r._title_start(m)
    if _OUR_BEFORE.search(r.s, max(0, lead - 40), lead):
        return True
    roles = r.text.entities.entity(m).roles
    return any(role.split()[-1] in _JOURNALIST_ROLES for role in roles if role)


def _other(answerer: _Speaker | None, asker: _Speaker) -> _Speaker | None:
    return None if answerer is None or answerer.name == asker.name else answerer


def _people(r: _Speakers, st: int, end: int) -> list[_Speaker]:
    """The people named between ``st`` and ``end``, outside quotes, not as possessors."""
    return [
        r._party(m)
        for m in _mentions_in(r.text.entities, st, end)
        if _is_person(r, m) and not r._quoted(m.start) and not _possessive(r.s, m)
    ]


def _object_person(r: _Speakers, start: int, en: int) -> _Speaker | None:
    """The first person named in the clause from ``start`` (its object), or the person a
    description at its start stands for ("the chief executive", "the coroner")."""
    stop = _CLAUSE_END.search(r.s, start, en)
    end = stop.start() if stop is not None else en
    people = _people(r, start, end)
    if people:
        return people[0]
    i = start
    while i < end and r.s[i] in " \t":
        i += 1
    return r._person_at(i, end) if i < end else None


def _pronoun_subject(r: _Speakers, st: int, asker: _Speaker) -> _Speaker | None:
    """The person the pronoun that opens the sentence at ``st`` stands for ("He spoke to
    …"), other than the asker."""
    i = st
    while i < len(r.s) and r.s[i].isspace():
        i += 1
    pron = _ANSWER_PRONOUN.match(r.s, i)
    if pron is None:
        return None
    gender = "f" if pron.group().lower() == "she" else "m"
    ents = r.text.entities
    starts = r.text.sentence_starts
    k = bisect_right(starts, st - 1) - 1
    for _ in range(4):  # the newest sentence before that names such a person: its first
        if k < 0:
            return None
        lo = starts[k]
        people = [
            m
            for m in _mentions_in(ents, lo, st)
            if _is_person(r, m)
            and not r._quoted(m.start)
            and ents.entity(m).name != asker.name
            and r._agrees(m, gender)
        ]
        if people:
            return r._party(people[0])
        st, k = lo, k - 1
    return None


def _subject_person(r: _Speakers, st: int, end: int) -> _Speaker | None:
    """The last person named between ``st`` and ``end`` (a clause's subject)."""
    ents = r.text.entities
    people = [
        m
        for m in ents.between(st, end)
        if ents.entity(m).kind == "person"
        and not r._quoted(m.start)
        and not _possessive(r.s, m)
        and not _PREPOSITION_BEFORE.search(r.s, max(st, m.start - 40), m.start)
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
    m = _addressee(r, q)
    if m is None or r.text.entities.entity(m).name == asker.name:
        return None
    return r._party(m)


def _addressee(r: _Speakers, q: _Quote) -> Mention | None:
    """The mention of the person a turn is put to by name, as the entity model reads it:
    a person's name opening the quote before a comma ("Councillor Lee, you start.",
    "Ann, why …?") or closing it after one ("…, Mr Lee?"), with only titles the model
    knows written before it."""
    ents = r.text.entities
    s = r.s
    lo, hi = q.inner_start, q.inner_end
    m = ents.at(lo, min(hi, lo + 80))
    if m is not None and s.startswith(",", m.end) and _titles_only(s[lo : m.start]):
        return m if _is_person(r, m) else None
    comma = s.rfind(", ", lo, hi)
    if comma < 0 or hi - comma > 60:
        return None
    m = ents.at(comma + 2, hi)
    if m is None or s[m.end : hi].strip(" ?!.") or not _titles_only(s[comma + 2 : m.start]):
        return None
    return m if _is_person(r, m) else None


def _is_person(r: _Speakers, m: Mention) -> bool:
    """Whether the entity model makes ``m`` a person's mention ("Jarek" of "Jarek Wisz")."""
    return r.text.entities.entity(m).kind == "person"


def _titles_only(words: str) -> bool:
    """Whether the words before a name are titles, or none ("Councillor", "Mr")."""
    return all(w.lower() in TITLES or w.lower().rstrip(".") in TITLES for w in words.split())


def _next_turn(
    r: _Speakers, q: _Quote, turns: list[_Turn], asker: _Speaker, answerer: _Speaker | None
) -> _Speaker | None:
    """The speaker of the bare turn ``q``. A turn put to someone by name is the asker's
    (nobody's when the asker is unnamed), and the one addressed answers from then on; a
    question is the asker's; the turn after the asker's is the answerer's; after the
    answerer's the answer goes on, unless the turn puts something to them ("you"), when
    the asker speaks. None when unclear (a third speaker, a turn nobody could place),
    ``_UNNAMED`` for an asker nobody names."""
    ents = r.text.entities
    current = answerer
    for pq, _sp, _found in turns:
        m = _addressee(r, pq)
        if m is not None and ents.entity(m).name != asker.name:
            current = r._party(m)
    to = _addressee(r, q)
    if to is not None:
        return current if ents.entity(to).name == asker.name else asker
    if _is_question(r.s, q):
        return asker
    if not turns:
        return current
    pq, before, found = turns[-1]
    if before is None:
        # the turn before was nobody's: a question from the floor is answered
        asked = _is_question(r.s, pq) or _addressee(r, pq) is not None
        return current if asked and asker is _UNNAMED else None
    if current is None:
        return None
    if before.name == asker.name:
        return current
    if before.name == current.name:
        # a bare answer goes on in the first person ("I kept a log of it …"); a turn
        # that puts something to the answerer ("You never wrote it down …"), speaks of
        # neither ("That is no answer.") or follows an answer its own words attribute
        # ("“…,” Lee replied.") is the asker's
        if (
            not found
            and _SECOND_PERSON.search(r.s, q.inner_start, q.inner_end) is None
            and _FIRST_PERSON_WORD.search(r.s, q.inner_start, q.inner_end)
        ):
            return current
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
