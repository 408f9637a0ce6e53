"""The sieves, most precise first: each reads one quote's context and names a
speaker (a pick) or passes; ``SIEVES`` is their order."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from factcheck.extract.quote._marks import _is_question
from factcheck.extract.quote._names import _calendar, _clean_name, _near, _possessive
from factcheck.extract.quote._parts import _mentions_in, _Pick
from factcheck.extract.quote._tables import (
    _ADDRESS,
    _AND_THE,
    _BODY_LEAD,
    _BODY_VERB,
    _CAP_RUN,
    _CLAUSE_BREAK,
    _HAS_MARK,
    _MEDIUM_BEFORE,
    _NAME_LABEL,
    _NEW_CLAUSE,
    _OWNED_AFTER,
    _QUESTIONED_BY,
    _READ_BY,
    _REPORTING,
    _ROLE_SUBJECT,
    _SENTENCE_SUBJECT,
    _THEIR_WORDS,
    _TRANSCRIPT,
)
from factcheck.extract.quote._turns import _exchange_run, _within_turn

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcheck.extract.quote._marks import _Quote
    from factcheck.extract.quote._parts import _Attribution, _Context
    from factcheck.extract.quote._speakers import _Speakers


# ---------------------------------------------------------------- the sieves
# Each reads one quote's context and names a speaker (a pick), or passes. The first
# that names a person or organisation of the article decides; a pick naming nothing
# the article knows as one (an adverb, a place, a product) is passed over.


def _transcript_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """A transcript: 'Q: “…”' is the interviewer's (named only in the byline, so
    nobody), 'A: “…”' the interviewee's, the person the article names most."""
    label = _TRANSCRIPT.match(r.s, c.para_start)
    if label is None or label.end() != c.q.start:
        return _labelled_turn(r, c)
    if label.group(1) in "QqIi":
        # the questioner, when the article names who put the questions ("under
        # cross-examination by Plaice's barrister, Oliver Dunmore KC"); else nobody
        ents = r.text.entities
        for m in ents.before(c.q.start):
            if m.start < c.q.start - 3000:
                break
            if (
                ents.entity(m).kind == "person"
                and not r._quoted(m.start)
                and not _possessive(r.s, m)  # "by Plaice's barrister, Oliver Dunmore KC"
                and _QUESTIONED_BY.search(r.s, max(0, m.start - 60), m.start)
            ):
                return _Pick(m.name, m.start, "transcript_turn")
        return _Pick(None, c.q.start, "transcript_turn")
    e = r.text.entities.most_named(("person",), before=c.q.start)
    return _Pick(e.name, e.mentions[0].start, "transcript_turn") if e else None


def _labelled_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """A transcript laid out by names: 'STRAND: “…”', 'Fallon: “…”': the person of
    the article the label names (by surname, or as written)."""
    label = _NAME_LABEL.match(r.s, c.para_start)
    if label is None or label.end() != c.q.start:
        return None
    name = label.group(1)
    if name.isupper():
        name = name.title()  # "STRAND" -> "Strand", "O'NEILL" -> "O'Neill"
    ents = r.text.entities
    e = ents.named(name)
    if e is None or e.kind != "person":
        # the surname of a person named before in full ("The moderator was Gemma Strand")
        last = name.split()[-1].lower()
        people = (ents.entity(m) for m in ents.before(c.q.start))
        e = next(
            (p for p in people if p.kind == "person" and p.name.split()[-1].lower() == last), None
        )
        if e is None:
            return None
    before = [m for m in e.mentions if m.start < c.q.start]
    m = before[-1] if before else e.mentions[0]
    return _Pick(m.name, m.start, "transcript_turn")


def _speech_verb_next(r: _Speakers, c: _Context) -> _Pick | None:
    """'…,” she said' / '…,” said Jane Doe': a speech verb right after the quote."""
    q, after = c.q, c.after
    if (
        after
        and r.s[q.end : after[0].pos].strip(" ,—–-").count(" ") <= 6
        and _near(r.s, q.end, after[0])
    ):
        if c.before and (_NEW_CLAUSE.match(r.s, q.end) or r.verb_of_next(after[0])):
            # 'Lee called the plan “too slow”, while Cole said …': the verb after the
            # conjunction opens a clause of its own; the quote is the earlier verb's.
            # 'Kerr said it was “shut,” a claim Lomax called “…”', 'Odell promised it
            # “soon.” Lee called that “…”': the later verb introduces the next quote
            return None
        return r.pick(after[0], "speech_verb")
    return None


def _speech_verb_before(r: _Speakers, c: _Context) -> _Pick | None:
    """'Jane Doe said: “…”' / 'She said it was “…”': a speech verb earlier in the sentence."""
    if not c.before:
        return None
    a = c.before[-1]
    if a.kind == "pron":
        # "The union said it faced what it called …": the sentence's own subject; not
        # in nested speech, where the pronoun is someone other than its reporter
        outer = next((b for b in c.before if b.kind != "pron"), a)
        if not r.nested_speaker(a, outer, c.sent_start):
            a = outer
    elif len(c.before) > 1:
        a = _reporter(r.s, c, a)
        if a.kind == "desc" and a.name and not a.definite:
            at = r.s.rfind(a.name, max(0, a.pos - 80), a.pos + 1)
            if at > 0 and _MEDIUM_BEFORE.search(r.s, max(0, at - 12), at):
                # "A and B wrote in a paper posted online that …": the document the
                # words are in is no subject of its verb; the speaker before it is
                a = c.before[-2]
    return r.pick(a, "speech_verb")


def _reporter(s: str, c: _Context, a: _Attribution) -> _Attribution:
    """'Lee said the council had promised “new money”': a short quote inside the clause
    a speech verb reports is the reporter's (the words are the one who reports them,
    quoting loosely), not the clause's subject's. Only for a quote in running text (not
    after a colon or a comma that introduces it) and a reporter named or a pronoun."""
    b = c.before[-2]
    if b.kind not in ("name", "pron") or s[b.pos : b.end] not in _REPORTING:
        return a
    if a.kind == "name" and a.name and b.kind == "name" and b.name == a.name:
        return a
    lead = s[c.sent_start : c.q.start].rstrip(" \t")
    if lead.endswith((":", ",")) or _CLAUSE_BREAK.search(s, b.end, a.pos):
        return a
    return b


def _speech_verb_later(r: _Speakers, c: _Context) -> _Pick | None:
    """A speech verb later in the quote's sentence."""
    return r.pick(c.after[0], "speech_verb") if c.after else None


def _sentence_subject(r: _Speakers, c: _Context) -> _Pick | None:
    """'Lee hopes the plan is “…”': the name that opens the sentence."""
    if c.q.continues:
        return None
    if r.unnamed_opening(c.sent_start, c.q.start):
        # "The study, published in X, found the effect was “…”": a document or
        # someone unnamed opens the sentence; nobody the article names
        return _Pick(None, c.q.start, "sentence_subject")
    subj = _SENTENCE_SUBJECT.match(r.s, c.sent_start, c.q.start) or _ROLE_SUBJECT.match(
        r.s, c.sent_start, c.q.start
    )
    if subj:
        name = _clean_name(subj.group("name"), None)
        if name and not _calendar(name):
            return _Pick(name, subj.start("name"), "sentence_subject")
    return _body_subject(r, c)


def _body_subject(r: _Speakers, c: _Context) -> _Pick | None:
    """'Meanwhile, the Drug Agency has listed it as “…”', 'The Chamber of Trade of X
    named it …, calling it “…”': an organisation of the article's model that opens the
    sentence as its subject (a name of several words the name pattern does not read);
    two joined by "and" ('X and the Y issued a joint statement: “…”') speak together."""
    s = r.s
    lead = _BODY_LEAD.match(s, c.sent_start, c.q.start)
    if lead is None:
        return None
    run = _CAP_RUN.match(s, lead.end(), c.q.start)
    if run is None:
        return None
    joined = _AND_THE.match(s, run.end(), c.q.start)
    end = run.end()
    if joined is not None:
        second = _CAP_RUN.match(s, joined.end(), c.q.start)
        end = second.end() if second is not None else end
    if not _BODY_VERB.match(s, end, c.q.start):
        return None  # no capitalised name right before a verb: nothing to look up
    ents = r.text.entities
    m = ents.covering(lead.end())
    if m is None or m.start != lead.end() or m.kind != "organisation" or m.described:
        return None
    if _BODY_VERB.match(s, m.end, c.q.start):
        return _Pick(ents.entity(m).name, m.start, "sentence_subject")
    if joined is None:
        return None
    last = ents.covering(end - 1)
    pair = r._joined_bodies(last) if last is not None and last.end == end else None
    if pair is None or pair.pos != m.start:
        return None
    return pair.via("sentence_subject")


def _their_words(r: _Speakers, c: _Context) -> _Pick | None:
    """'His verdict: “…”', 'in her view, “…”': the person last named."""
    if _THEIR_WORDS.search(r.s, c.sent_start, c.q.start):
        p = r.last("person") or r.last("any")
        return p and p.via("their_words")
    return None


def _owned_after(r: _Speakers, c: _Context) -> _Pick | None:
    """'“…” That was the verdict of the ward sister, Ann Lee.', '“…” The words came not
    from the club but from its captain, Bo Dahl.': a quote standing as its own sentence,
    the next sentence giving the words to someone ("of", "from"): the first person it
    names after that, as the entity model reads them."""
    q = c.q
    if c.before or c.after or q.continues:
        return None
    i = q.end
    while i < c.para_end and r.s[i] in " \t":
        i += 1
    if i == q.end or i >= c.para_end:
        return None
    m = _OWNED_AFTER.match(r.s, i)
    if m is None:
        return None
    end = min(c.para_end, r._sentence_end(i + 1))
    for x in _mentions_in(r.text.entities, m.end(), end):
        e = r.text.entities.entity(x)
        if e.kind == "person" and not _possessive(r.s, x) and not r._quoted(x.start):
            return _Pick(e.name, x.start, "owned_after")
    return None


def _paragraph_opening(r: _Speakers, c: _Context) -> _Pick | None:
    """'In a statement, the authority said:' and the quote that opens the next paragraph."""
    q, s = c.q, r.s
    if q.start != c.para_start:
        return None
    i = c.para_start - 1
    while i >= 0 and s[i].isspace():
        i -= 1
    if i < 0 or s[i] != ":":
        return None
    k = bisect_left(c.apos, c.para_start) - 1
    if k >= 0 and "\n" not in s[c.attrs[k].end : i]:
        return r.pick(c.attrs[k], "paragraph_opening")
    return None


def _continued_quote(r: _Speakers, c: _Context) -> _Pick | None:
    """A paragraph that carries on the quote left open before it: the same speaker."""
    if not c.q.continues:
        return None
    # the chain's attributed speaker, else whoever its opening paragraph was given to
    sp = c.chain_speaker or (c.prev[1] if c.prev else None)
    if sp:
        return _Pick(sp.name, sp.start, "continued_quote", resolved=sp)
    return None


def _read_out(r: _Speakers, c: _Context) -> _Pick | None:
    """'Ann Lee wrote a statement that was read to the court by Tom Cole. ¶ “…”': words
    read out for someone are the writer's, the person the sentence names before "read …
    by", not the reader's; the quote opens the paragraph right after, with no
    attribution of its own."""
    if c.q.start != c.para_start or c.q.continues or c.before or c.after:
        return None
    s = r.s
    i = c.para_start - 1
    while i >= 0 and s[i].isspace():
        i -= 1
    if i < 0:
        return None
    ps, pe = r._line(i)
    if s[ps : ps + 1] in ("“", '"'):
        return None  # the paragraph before is a quote's, not narration
    read = max(_READ_BY.finditer(s, ps, pe), key=lambda m: m.start(), default=None)
    if read is None or r._quoted(read.start()):
        return None
    ents = r.text.entities
    st = r._sentence_start(read.start())
    for m in _mentions_in(ents, st, read.start()):
        if ents.entity(m).kind == "person" and not r._quoted(m.start):
            return _Pick(ents.entity(m).name, m.start, "read_out")
    return None


def _conversation_turns(r: _Speakers, c: _Context) -> _Pick | None:
    """Questions and answers alternate: an unattributed question is the asker's, the
    answer after a question the answerer's. In an interview laid out as bare turns (each
    quote a paragraph of its own), the turns alternate between the two parties, the
    interviewer (the asker, or the other person the introduction names) and the
    interviewee (the person the article names most)."""
    t = c.turns
    question = _is_question(r.s, c.q)
    partner = (question and _vocative_turn(r, c)) or _interview_partner(r, c)
    if partner is not None:
        return partner
    if question and c.q.start > r._line(c.q.start)[0]:
        asker = r._reported_asker(questions_only=True)
        if asker is not None:
            # 'Next, Sophie Marchetti asked about the plant. “Are you closing it?”': the
            # question after the sentence that names its asker is the asker's
            t.asker = asker
            return _Pick(asker.name, asker.start, "conversation_turns", resolved=asker)
    if not (t.asker and t.answerer) and _is_bare(r, c):
        parties = r.questioned_by()
        if parties is not None:
            t.asker, t.answerer = parties
    if not (t.asker and t.answerer):
        return None
    prev = c.prev[1] if c.prev else None
    if (
        prev is not None
        and c.prev is not None
        and _is_bare(r, c)
        and _adjacent_paragraph(r, c.prev[0], c.q)
        and not _is_question(r.s, c.q)
        and prev.name in (t.asker.name, t.answerer.name)
    ):
        # '“The tracker says 48,” Ms Lee said. ¶ “Then I was wrong.”': in a two-party
        # exchange, a bare turn after one party's is the other's
        sp = t.answerer if prev.name == t.asker.name else t.asker
        return _Pick(sp.name, sp.start, "conversation_turns", resolved=sp)
    if _is_question(r.s, c.q):
        sp = t.asker
    elif t.last_question:
        sp = t.answerer
    else:
        return None
    return _Pick(sp.name, sp.start, "conversation_turns", resolved=sp)


def _floor_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """Questions from the floor. A bare question that no party of an exchange is known
    to put (the turns above read none) is asked by someone the article does not name, a
    reporter: nobody. A bare answer right after a question an unnamed source was said to
    ask ('“…?” one reporter asked.') is the one who spoke last before it, the one taking
    the questions."""
    if not _is_bare(r, c):
        return None
    if r.question:
        return _Pick(None, c.q.start, "conversation_turns")
    prev = c.prev
    if prev is None or prev[1] is not None or not prev[2] or not _is_question(r.s, prev[0]):
        return None
    last = c.turns.last
    if last is None or not _adjacent_paragraph(r, prev[0], c.q):
        return None
    return _Pick(last.name, last.start, "conversation_turns", resolved=last)


def _vocative_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """'“Did you receive this email, Mr Fairbairn?”', '“Ms Lee, where …?”': a bare
    question that names whom it is put to is not theirs: it is the asker's (the one who
    put the last question, else the person last named), and the one addressed answers
    the bare turns after it."""
    if not _is_bare(r, c):
        return None
    parties = r.addressed(c.q)
    if parties is None:
        return None
    t = c.turns
    t.asker, t.answerer = parties
    return _Pick(t.asker.name, t.asker.start, "conversation_turns", resolved=t.asker)


def _is_bare(r: _Speakers, c: _Context) -> bool:
    """``_bare_turn`` of the context's quote, read once."""
    if c.bare is None:
        c.bare = _bare_turn(r, c.q)
    return c.bare


def _bare_turn(r: _Speakers, q: _Quote) -> bool:
    """Whether the quote is a paragraph of its own (nothing before it on its line and at
    most a full stop after it)."""
    start = r._line(q.start)[0]
    return not r.s[start : q.start].strip() and (
        q.open_para or not r.s[q.end : r._line(max(q.end - 1, q.start))[1]].strip(" .\t")
    )


def _interview_partner(r: _Speakers, c: _Context) -> _Pick | None:
    """The speaker of a bare turn in an interview: the other party to the previous turn
    (the quote of the paragraph before); the first bare turn after an introduction is the
    interviewer's when it asks, the interviewee's when it answers."""
    q = c.q
    if not _is_bare(r, c):
        return None
    prev = c.prev
    parties = r.interview_parties(q.start)
    if parties is None:
        return None
    asker, subject = parties
    before = prev[1] if prev is not None else None
    if (
        prev is not None
        and before is not None
        and _adjacent_paragraph(r, prev[0], q)
        and (q.continues or before.name in (subject.name, asker.name))
    ):
        sp = before if q.continues else asker if before.name == subject.name else subject
    elif _is_question(r.s, q):
        sp = asker  # an interview opens, or resumes after someone else, with a question
    elif _after_printed_prompt(r, q):
        sp = subject
    else:
        return None
    return _Pick(sp.name, sp.start, "conversation_turns", resolved=sp)


def _after_printed_prompt(r: _Speakers, q: _Quote) -> bool:
    """Whether the line before the bare quote ``q`` is an interviewer's prompt printed
    without quote marks ("Why did you leave?" then "“Because …”"): prose of its own line
    that asks (a phrase it quotes may stand inside: "X called it “…”. Fair?"), or
    words that address the interviewee with no quote in them ("You grew up there.")."""
    start = r._line(q.start)[0]
    if start < 2:
        return False
    line_start, line_end = r._line(start - 1)
    if line_start == line_end:  # a blank line: the paragraph before it
        if line_start < 1:
            return False
        line_start, line_end = r._line(line_start - 1)
    return _is_prompt(r.s[line_start:line_end].strip())


def _is_prompt(line: str) -> bool:
    """Whether a line of its own is an interviewer's printed prompt (``_after_printed_prompt``)."""
    if not line or _HAS_MARK.match(line):
        return False
    return line.endswith("?") or (_ADDRESS.match(line) is not None and not _HAS_MARK.search(line))


def _adjacent_paragraph(r: _Speakers, a: _Quote, b: _Quote) -> bool:
    """Whether quote ``b`` opens the paragraph right after the one ``a`` ends in."""
    return r._line(b.start)[0] - r._line(max(a.end - 1, a.start))[1] in (1, 2) and (
        not r.s[r._line(max(a.end - 1, a.start))[1] : b.start].strip()
    )


def _same_paragraph(r: _Speakers, c: _Context) -> _Pick | None:
    """The paragraph goes on quoting: the speaker of the quote before it."""
    prev = c.prev
    if prev and "\n" not in r.s[prev[0].end : c.q.start]:
        if prev[1]:
            return _Pick(prev[1].name, prev[1].start, "same_paragraph", resolved=prev[1])
        if prev[2]:
            # the quote before was decided to be nobody's the article names: so is this
            return _Pick(None, c.q.start, "same_paragraph")
    return None


def _salience(r: _Speakers, c: _Context) -> _Pick | None:
    """Nobody named here: the person last named, else the last speaker, else the story's
    first person or first speaker."""
    p = (
        r.pronoun_subject_before()
        or r.last("person")
        or r.last("any")
        or r._first_named(c.q.start)
        or r._first_speaker()
    )
    return p and p.via("salience")


SIEVES: tuple[Callable[[_Speakers, _Context], _Pick | None], ...] = (
    _transcript_turn,
    _within_turn,
    _speech_verb_next,
    _speech_verb_before,
    _speech_verb_later,
    _sentence_subject,
    _their_words,
    _owned_after,
    _paragraph_opening,
    _continued_quote,
    _read_out,
    _exchange_run,
    _conversation_turns,
    _floor_turn,
    _same_paragraph,
    _salience,
)
# The sieves that read the quote's own attribution; the rest carry a speaker over.
_OWN_SIEVES = frozenset(SIEVES[: SIEVES.index(_paragraph_opening) + 1])
