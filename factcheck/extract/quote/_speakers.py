"""Who is speaking: the attributions of a text and what each description, pronoun
and name stands for, read over the article's entity model."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from factcheck.extract._entities import (
    Mention,
    _is_acronym,
    given_name_gender,
    is_a,
    named_by_head,
)
from factcheck.extract.quote._marks import _is_headline, _is_question, _quote_value
from factcheck.extract.quote._names import (
    _calendar,
    _clause_subject,
    _clean_name,
    _fullest,
    _is_person,
    _joint_bodies_name,
    _kin_gender,
    _one_of_joint,
    _org_head,
    _org_words,
    _people_noun,
    _possessive,
    _singular,
    _subject,
    _unnamed_np,
)
from factcheck.extract.quote._parts import (
    _REJECTED,
    _Attribution,
    _Context,
    _mentions_in,
    _Pick,
    _Speaker,
    _Turns,
)
from factcheck.extract.quote._sieves import _OWN_SIEVES, SIEVES, _is_prompt
from factcheck.extract.quote._tables import (
    _ACRONYM_IN_NAME,
    _AGE,
    _AND_BEFORE,
    _ANONYMOUS,
    _ANSWER_PRONOUN,
    _ASKED_AFTER,
    _ASKED_BY,
    _ASKER_BEFORE,
    _ASKER_ROLES,
    _ASKING,
    _BODY_PARTS,
    _BUSINESS,
    _CAPITAL,
    _CLAUSE_BREAK,
    _CONJOINED_END,
    _COUNTED_PAIR,
    _DATELINE,
    _DATELINE_AFTER,
    _DETERMINERS,
    _DOCUMENTS,
    _EXCHANGE_BY,
    _EXCHANGE_VERB,
    _FOR_BODY,
    _FOR_BODY_CUE,
    _FOR_BODY_REST,
    _FULL_NAME,
    _HEADLINE_AFTER_QUOTE,
    _HEADLINE_OPENER,
    _HEADLINE_ROLE,
    _HEADLINE_SUBJECT_AFTER,
    _HOLDER_BEFORE,
    _INDEFINITE,
    _INSTITUTIONS,
    _INVERTED,
    _JOINED_AFTER_APPOSITION,
    _JOINED_BY_RELATION,
    _JOINT_APPOSITION,
    _JOURNALIST_ROLES,
    _LEAD_DESCRIPTION,
    _LINE_BREAK,
    _LOOK_BACK,
    _LOWER_WORD,
    _NAMED_PERSON,
    _NICK_IN_NAME,
    _NOT_INTRODUCING,
    _OBJECT_BEFORE,
    _OBJECT_PRONOUN,
    _OF_BODY_BEFORE,
    _OPENING_POSSESSOR,
    _OPENS_PARAGRAPH,
    _ORG_HEADS,
    _ORG_WORDS,
    _PAIR_WORDS,
    _PLACED,
    _PLURAL_BODIES,
    _PLURAL_PEOPLE_OPENING,
    _PLURAL_SUBJECT,
    _POSS,
    _POSSESSIVES,
    _PRONOUN_OPENING,
    _QUESTIONED_PASSIVE,
    _RELATIVE_BEFORE,
    _REPORTED_PRONOUN,
    _ROLE_AFTER,
    _ROLE_AT,
    _ROLE_OPENING,
    _ROLE_QUALIFIERS,
    _SENDERS,
    _SENTENCE_SUBJECT,
    _SHARED_SURNAME,
    _SPOKES,
    _SUBJECT_LEAD,
    _SUCCESSION,
    _TOKEN,
    _TRANSCRIPT,
    _UNNAMED_AFTER,
    _UNSET,
    _VERB,
    _VERB_SCAN,
    _VOCATIVE,
    _verb_like,
    _words,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from factcheck.extract._entities import Entity, _LazyEntity
    from factcheck.extract._spans import Text
    from factcheck.extract.quote._marks import _Quote


# ---------------------------------------------------------------- speakers


# the kinds a relative pronoun's antecedent speaks as ("X, which said", "Y, who said")
_NAMED_BODY_OR_PERSON = frozenset(("person", "organisation"))


class _Speakers:
    def __init__(self, text: Text, quotes: list[_Quote]) -> None:
        self.text = text
        self.s = text.text
        self.quotes = quotes
        self.roles: dict[str, str] = {}
        self._full: dict[str, str] = {}
        self._people: set[str] = set()  # one-word names known to be people
        self._first: tuple[int, str | None] | None = None  # the story's first person
        self._breaks: list[int] | None = None
        # Who has been named so far: (name, named as a speaker, offset). Checked lazily,
        # newest first, because telling a person from a place costs a look through the text.
        self.timeline: list[tuple[str, bool, int, _Speaker | None]] = []
        self._spokes: set[int] = set()  # attributions to "a spokeswoman for X"
        self._said_gender: dict[str, str] = {}  # "he said" / "she said" given to a name
        # an interview's asker and subject, read once (for bare turns, for a transcript)
        self._parties: dict[bool, object] = {}
        # the parties of the exchange the turn model read last, and where its last turn ends
        self.exchange: tuple[_Speaker, _Speaker | None, int] | None = None
        self._qstarts = [q.inner_start for q in quotes]
        self.attributions = self._attributions()
        self._apos = [a.pos for a in self.attributions]
        self.pos = 0  # the start of the quote being attributed
        self.turns = _Turns()  # who asked the last question, who answered
        # the quotes attributed so far: (quote, speaker, decided by a sieve of its own)
        self.results: list[tuple[_Quote, _Speaker | None, bool]] = []
        self.question = False  # whether the quote being attributed asks
        self.picked_kind = ""  # the kind of the attribution ``pick`` read last
        self._lead: object = _UNSET  # the person the lead describes (``lead_person``)
        self._lead_span = (-1, -1)
        self._lead_desc = ""  # the lead's description of its person ("prime minister")

    # -- attributions in the text, in order
    def _attributions(self) -> list[_Attribution]:
        s = self.s
        quoted = [(q.inner_start, q.inner_end) for q in self.quotes]
        qstarts = [a for a, _ in quoted]
        out: list[_Attribution] = []
        # Nothing after the paragraph of the last quote can name a speaker (unless a
        # quote stands in the headline, before anyone is named).
        limit = s.find("\n", self.quotes[-1].end)
        if "\n" not in s[: self.quotes[0].start]:
            limit = -1
        first = _VERB.match(s)
        hits = [(0, first.end())] if first else []
        hits.extend(
            (m.start() + 1, m.end())
            for m in _VERB_SCAN.finditer(s, 0, len(s) if limit < 0 else limit)
        )
        for v, v_end in hits:
            k = bisect_right(qstarts, v) - 1
            if k >= 0 and quoted[k][1] > v:
                continue  # a verb inside quoted words
            if s[v] in "Aa" and s.startswith("ccording", v + 1):
                im = _INVERTED.match(s, v_end)
                if im:
                    out.append(
                        self._make(
                            v,
                            v_end,
                            im.group("name") or im.group("role_name"),
                            im.group("pron"),
                            im.group("desc"),
                            im.group("app"),
                            org=im.group("org"),
                        )
                    )
                continue
            lo = max(0, v - 160)
            if k >= 0 and quoted[k][1] > lo:
                lo = min(v, quoted[k][1] + 1)
            lo = max(lo, s.rfind("\n", lo, v) + 1)
            window = s[lo:v]
            if "“" in window or '"' in window or "‘" in window:
                window = _NICK_IN_NAME.sub(r"\1", window)  # Eddie “Fast Eddie” Clarke
            spoken_for = self._spoken_for(lo, v)
            if spoken_for is not None and _ANONYMOUS.search(s, lo, v):
                # "A former engineer at X, who spoke on condition of anonymity, said":
                # someone unnamed at the body, not the body speaking
                spoken_for = None if self._unnamed_source(lo, v, v_end) else spoken_for
            if spoken_for is not None:
                out.append(_Attribution(v, v_end, "name", spoken_for))
                self._spokes.add(v)
                continue
            if self._unnamed_source(lo, v, v_end):
                # "one passenger said", "said a woman who runs the café", "the driver,
                # who was not named, told", "A sign read:": nobody the article names;
                # final, the later sieves do not guess
                out.append(_Attribution(v, v_end, "desc", None))
                continue
            if s.startswith("ing", v_end - 3) and window.rstrip().endswith(","):
                # "…, telling reporters": the subject of the main clause
                subject = _clause_subject(s[self._sentence_start(v) : v])
            else:
                subject = _subject(window)
            if subject is None and "(" in window:
                # "the bakers' union, the X Union (XU), said": the brackets read as none
                subject = _subject(_ACRONYM_IN_NAME.sub("", window))
            if subject is None and _CONJOINED_END.search(window):
                # "The union welcomed the fine but said …", "… and then admitted": the
                # clause's subject
                subject = _clause_subject(s[self._sentence_start(v) : v])
            if subject:
                body = self._body_named(subject[0], lo, v) if subject[0] else None
                out.append(
                    _Attribution(v, v_end, "name", body) if body else self._make(v, v_end, *subject)
                )
                continue
            tail = window.rstrip()
            if not tail or tail[-1] in ",”\"’'":
                im = _INVERTED.match(s, v_end)
                if im and not (im.group("name") and _calendar(im.group("name"))):
                    out.append(
                        self._make(
                            v,
                            v_end,
                            im.group("name") or im.group("role_name"),
                            im.group("pron"),
                            im.group("desc"),
                            im.group("app"),
                            org=im.group("org"),
                        )
                    )
        return out

    def _unnamed_source(self, lo: int, v: int, v_end: int) -> bool:
        """Whether the subject of the speech verb at ``v`` is nobody the article names:
        an indefinite description of a person ("one mother", "a man who lives above the
        shop", "another traveller"), a description said to be unnamed ("the driver, who
        was not named,"), or a document or object ("the memo", "a banner on the
        railings", "One, from 2023, read:"); written before the verb, or after it
        right after the quote ("…,” said one commuter"). Not when a person is named in
        it ("A farmer, Ann Lee, said") or it speaks for a body ("a spokesman for X")."""
        s = self.s
        start = max(lo, self._sentence_start(v))
        clause = s[start:v]
        k = len(clause) - len(clause.lstrip(" \t,”\"’'—–-"))
        start += k
        clause = clause[k:]
        if clause.strip():
            if _REPORTED_PRONOUN.search(clause):
                return False  # "A friend said she had called it “…”": hers, not the friend's
            rel = _RELATIVE_BEFORE.search(s, start, v)
            if rel is not None:
                ante = self.text.entities.covering(rel.start() - 1)
                if (
                    ante is not None
                    and self.text.entities.entity(ante).kind in _NAMED_BODY_OR_PERSON
                ):
                    return False  # "The report was funded by X, which said": X speaks
            end = v
            found = _unnamed_np(clause)
            if found is None or (found[0] == "doc" and self._sent_by(found[1], start)):
                return False
            np = (start + found[2], start + found[3])
            if s.startswith(",", np[1]) and self._body_before_apposition(np[0]):
                return False  # "X Trust, a heritage charity, said": the body named speaks
            if self._apposed_body(np[1]) is not None:
                # "Their label, Marlow Records, said", "A trade body, Orrin Guild, said":
                # the body named in apposition speaks
                return False
        else:
            # inverted, right after the quote: "…,” said one commuter, who …"
            m = _UNNAMED_AFTER.match(s, v_end)
            if m is None:
                return False
            start = v_end
            end = self._sentence_end(v_end)
            if end - start > 200:
                end = start + 200
            after = s[v_end:end]
            found = _unnamed_np(after.lstrip())
            if found is None or found[0] != "person":
                return False
            lead = v_end + len(after) - len(after.lstrip())
            np = (lead + found[2], lead + found[3])
        if _SPOKES & _words(s[start:end].lower().replace(",", " ")):
            return False  # "a spokeswoman for the trust said": the body (``_spoken_for``)
        return not self._person_in(start, end, np)

    def _person_in(self, start: int, end: int, np: tuple[int, int]) -> bool:
        """Whether a person of the article is named between the offsets, outside quotes
        and outside the description's own words ``np``: a person, or a name of no known
        kind that no preposition places ("who gave her name only as Pauline,")."""
        return self._named_in(start, end, _NAMED_PERSON, np)

    def _named_in(
        self,
        start: int,
        end: int,
        kinds: frozenset[str],
        np: tuple[int, int] = (0, 0),
        placed: bool = False,
    ) -> bool:
        """Whether a name of one of ``kinds`` stands between the offsets, outside quotes
        and ``np`` (and, unless ``placed``, not after a preposition: "from Wrexham", "at
        the Ministry"). Read word by word from the capitals, so that the
        model is asked only about them."""
        s = self.s
        ents = self.text.entities
        for w in _CAPITAL.finditer(s, start, end):
            i = w.start()
            if np[0] <= i < np[1] or self._quoted(i):
                continue
            if not placed and _PLACED.search(s, max(0, i - 12), i):
                continue
            m = ents.covering(i)
            if m is None:
                continue
            if m.start < i and not placed and _PLACED.search(s, max(0, m.start - 12), m.start):
                continue  # a later word of a name placed so ("outside the Town Hall")
            kind = ents.entity(m).kind
            if kind in kinds and (kind != "unknown" or i > start):
                return True  # (a capital that opens the sentence: "Outside the depot,")
        return False

    def unnamed_opening(self, start: int, end: int) -> bool:
        """Whether the sentence from ``start`` to a quote at ``end`` opens with an unnamed
        source (``_unnamed_np``) and names no person."""
        if start >= end or self._quoted(start):
            return False
        found = _unnamed_np(self.s[start:end])
        if found is None or (found[0] == "doc" and self._sent_by(found[1], start)):
            return False
        if self._apposed_body(start + found[3]) is not None:
            return False  # "A trade body, Orrin Guild, called it …": the body named
        return not self._person_in(start, end, (start + found[2], start + found[3]))

    def _sent_by(self, head: str, pos: int) -> bool:
        """Whether a document named by ``head`` ("the letter", "the post") was one a
        person or body of the article was said to send, earlier in the paragraph
        ("Lee sent a letter to staff. … the letter read"): then it speaks for them."""
        para = self._line(pos)[0]
        i = self.s[para:pos].lower().rfind(head)
        if i < 0 or self._quoted(para + i):
            return False
        i += para
        return self._named_in(self._sentence_start(i), i, _SENDERS) or (
            self._apposed_body(i + len(head)) is not None
        )

    def _apposed_body(self, end: int) -> Mention | None:
        """The organisation named in apposition right after a noun ending at ``end``
        ("Their label, Marlow Records, said"): the noun is that body then."""
        if not self.s.startswith(", ", end):
            return None
        ents = self.text.entities
        m = ents.at(end + 2, end + 80)
        if m is None or m.start != end + 2 or ents.entity(m).kind != "organisation":
            return None
        return m

    def _body_before_apposition(self, np_start: int) -> bool:
        """Whether a named organisation stands right before a description in apposition
        that starts at ``np_start`` ("X Watch, a conservation charity, said")."""
        i = np_start - 1
        while i > 0 and self.s[i] in " \t":
            i -= 1
        if i <= 0 or self.s[i] != ",":
            return False
        ents = self.text.entities
        m = ents.covering(i - 1)
        return m is not None and m.end == i and ents.entity(m).kind == "organisation"

    def _body_apposed_to(self, head: str, pos: int) -> Mention | None:
        """The organisation the article named in apposition to a noun ``head`` before
        ``pos`` ("Their label, Marlow Records, …. “…,” the label said")."""
        lo = max(0, pos - 1500)
        i = self.s[lo:pos].lower().rfind(f"{head}, ")
        if i < 0 or self._quoted(lo + i):
            return None
        return self._apposed_body(lo + i + len(head))

    def _unnamed_antecedent(self, pos: int, it: bool, head: str = "") -> bool:
        """Whether a pronoun at ``pos`` ("she said", "it said"), or a definite description
        with the head noun ``head`` ("the officer said"), stands for an unnamed source: the
        newest sentence of its paragraph that names a person or opens with a description
        is one ("One passenger, who asked not to be named, described the landing. “…,”
        she said"; "The report was blunt. “…,” it said")."""
        s = self.s
        starts = self.text.sentence_starts
        para = self._line(pos)[0]
        k = bisect_right(starts, pos) - 1
        looked = 0
        while k >= 0 and looked < 4:
            st = max(starts[k], para)
            end = min(pos, starts[k + 1]) if k + 1 < len(starts) else pos
            if end == pos and not it and _REPORTED_PRONOUN.search(s, st, pos):
                pass  # "A friend said she had called it …": she is not the friend
            elif st < end and not self._quoted(st):
                found = _unnamed_np(s[st:end])
                if found is not None and not (found[0] == "doc" and not it):
                    return (
                        (found[0] == "doc") == it
                        and (not head or head in found[1].split())
                        and not self._person_in(st, end, (st + found[2], st + found[3]))
                    )
                if self._named_in(st, end, _SENDERS, placed=True):
                    return False  # a sentence that names someone: the usual reading
            if st <= para:
                break
            k -= 1
            looked += 1
        return False

    def _body_named(self, name: str, lo: int, v: int) -> str | None:
        """The organisation whose mention holds a subject read off the words before a
        verb ("Bereaved Families for Justice, which represents …, said": the subject
        reads "Justice", a title; the mention is the organisation's whole name)."""
        last = name.split()[-1]
        i = self.s.rfind(last, lo, v)
        if i < 0:
            return None
        ents = self.text.entities
        m = ents.covering(i)
        if m is None or m.described or len(m.name) < len(name):
            return None
        e = ents.entity(m)
        if e.kind != "organisation":
            return None
        return m.name if _is_acronym(m.name) else e.name

    def _spoken_for(self, lo: int, v: int) -> str | None:
        """'A spokesman for the Friends of Ollerby Park, a residents' group, said',
        'Analysts at Whitmore Securities said', 'A WHO spokesman in Geneva said': the
        organisation the subject speaks for, read off the article's mentions."""
        s = self.s
        if _FOR_BODY_CUE.search(s, lo, v) is None:
            return None  # the cheap test before the pattern
        hits = list(_FOR_BODY.finditer(s, lo, v))
        hit = hits[-1] if hits else None
        if hit is None:
            return None
        ents = self.text.entities
        if hit.group("after") or hit.group("after2"):
            m = ents.at(hit.end(), v)
            if m is None or m.start - hit.end() > 4:
                return None
            rest = s[m.end : v]
        else:
            m = ents.covering(hit.start("before")) if hit.group("before") else None
            if m is None:
                return None
            rest = s[hit.end() : v]
        e = ents.entity(m)
        if e.kind not in ("organisation", "unknown") or not e.speaks:
            return None
        if not e.named:  # "a spokesperson for the union": the organisation last named
            named = self._last_org(m.start, None if m.name in _INSTITUTIONS else m.name)
            # "a spokeswoman for the agency": the article's own body of that kind first
            named = named or ents.org_by_head(m.start, m.name) or self._last_org(m.start)
            if named is None or not ents.entity(named).named:
                return None
            m, e = named, ents.entity(named)
        # what stands between the body and the verb: an apposition or a place at most
        if not _FOR_BODY_REST.fullmatch(rest):
            return None
        inner = ents.at(v - len(rest), v) if rest.strip() else None
        if inner is not None and ents.entity(inner).kind == "person":
            return None  # "an economist at X, Dr Ann Roos, told": the person in apposition
        return m.name if _is_acronym(m.name) else e.name  # as written: "A UEC spokesman"

    def _make(
        self,
        pos: int,
        end: int,
        name_text: str | None,
        pron: str | None,
        desc: str | None,
        app: str | None = None,
        org: str | None = None,
    ) -> _Attribution:
        if org and not name_text:
            name_text = org  # "a statement from the ministry", "a spokesman for Acme"
        if name_text:
            name = _clean_name(name_text, self.roles)
            if name:
                return _Attribution(pos, end, "name", name)
            # "the Speaker said", "the Chancellor told": a title alone is a role the
            # article may have given someone ("the Speaker, Ifeoma Castellane,")
            role = name_text.strip() if name_text.strip()[:1].isupper() else None
            return _Attribution(pos, end, "desc", role and f"the {role}", definite=True)
        if pron:
            return _Attribution(pos, end, "pron", pron.lower())
        desc = desc or ""
        if app and _FULL_NAME.fullmatch(app.strip()):
            return _Attribution(
                pos, end, "name", _clean_name(app.strip(), self.roles) or app.strip()
            )
        if (
            app
            and desc
            and desc.split()[-1].lower() in _ORG_WORDS
            and _TOKEN.fullmatch(app.strip())
        ):
            # "The regulator, Ofwat, said": the body's own name in apposition
            return _Attribution(pos, end, "name", app.strip())
        both = _JOINT_APPOSITION.fullmatch(app.strip()) if app else None
        if both:
            # "the chief executives, Ann Lee and Bo Dahl, said": the second name, which
            # the joint reading joins to the first
            second = both.group(1)
            return _Attribution(pos, end, "name", _clean_name(second, self.roles) or second)
        first = desc.split()[0].lower()
        return _Attribution(pos, end, "desc", desc, definite=first not in _INDEFINITE)

    # -- per quote
    def _mentions(self) -> list[tuple[int, str]]:
        """Sentences whose subject is a name ("Li hopes …"), as (offset, name)."""
        s = self.s
        out: list[tuple[int, str]] = []
        for st in self.text.sentence_starts:
            if not "A" <= s[st : st + 1] <= "Z":
                continue  # the pattern opens with a capital
            m = _SENTENCE_SUBJECT.match(s, st)
            if m is None:
                continue
            name = _clean_name(m.group("name"), None)
            if name and not _calendar(name):
                out.append((st, name))
                lead = m.group("lead")
                if (
                    (lead and lead.split()[0].lower() in _POSSESSIVES)
                    or _AGE.match(s, m.end())
                    or _ROLE_AFTER.match(s, m.end())
                ):
                    self._people.add(name)  # "Her son, Tunde, …", "Sato, 44, …", "Lee, an MP, …"
        return out

    def _person(self, name: str) -> bool:
        e = self.text.entities.named(name)
        if e is not None and e.kind in ("place", "thing", "organisation"):
            return False  # "Nova X2 Pro", "Historic England": the model knows better
        return name in self._people or _is_person(self._expand(name))

    def resolve(self) -> Iterator[tuple[_Quote, _Speaker | None]]:
        """Each quote with its speaker: the first sieve of ``SIEVES`` that names one."""
        attrs = self.attributions
        apos = [a.pos for a in attrs]
        events: list[tuple[int, str, bool]] = [
            (a.pos, a.name, True) for a in attrs if a.kind == "name" and a.name
        ]
        events.extend((pos, name, False) for pos, name in self._mentions())
        events.sort(key=lambda e: e[0])
        ei = 0
        chain: list[int] = []  # indices of quotes in the current multi-paragraph chain
        chain_speaker: _Speaker | None = None
        results = self.results = []
        turns = self.turns
        for idx, q in enumerate(self.quotes):
            while ei < len(events) and events[ei][0] < q.start:
                self.timeline.append((events[ei][1], events[ei][2], events[ei][0], None))
                ei += 1
            if not q.continues:
                chain = []
                chain_speaker = None
            self.pos = q.start
            self.question = _is_question(self.s, q)
            self.picked_kind = ""
            ctx = self._context(q, idx, attrs, apos, results, chain_speaker, turns)
            speaker: _Speaker | None = None
            found = False
            for sieve in SIEVES:
                pick = sieve(self, ctx)
                if pick is None:
                    continue
                speaker = self._entity(pick)
                if speaker is _REJECTED:
                    speaker = None
                    continue  # not a person or organisation of the article: read on
                found = sieve in _OWN_SIEVES
                break
            if found and speaker:
                self.timeline.append((speaker.name, True, speaker.start, speaker))
            if q.continues or q.open_para:
                chain.append(idx)
                if found and chain_speaker is None:
                    chain_speaker = speaker
                    for j in chain[:-1]:
                        pq, _, pf = results[j]
                        if not pf:
                            results[j] = (pq, speaker and speaker.moved("continued_quote"), False)
            turns.note(self.s, q, speaker, found, self.picked_kind == "name")
            if found and speaker and not self.question:
                # "The prosecutor, Ann Lee, asked her who … “…,” she replied", "Asked by
                # Ann Lee whether …, Cole said: “…”": a reported question and its answer
                # make the two parties of the turns that follow
                asker = self._asked_by() or (
                    self._reported_asker() if self.picked_kind != "name" else None
                )
                if asker is not None and asker.name != speaker.name:
                    turns.asker, turns.answerer = asker, speaker
            results.append((q, speaker, found))
        head_end = self.s.find("\n")
        for q, speaker, _found in results:
            if q.start < head_end:
                # a headline quoting words the story quotes again: their speaker
                words = _quote_value(self.s, q).rstrip(".!?").lower()
                for other, who, _ in results:
                    if other.start > head_end and who and words in self._inner_lower(other):
                        speaker = who.moved("headline")
                        break
                else:
                    if (
                        speaker is None
                        or speaker.sieve == "salience"
                        or self._headline_only(speaker, head_end)
                    ):
                        # "‘…’: chef Ann Lee on …", "Coroner warns of 'deadly' junction":
                        # the person the headline names, the person the story's lead
                        # describes ("A coroner has warned …"), the holder of the role
                        # the headline opens with
                        better = (
                            self._headline_person(q, head_end)
                            or self.lead_person()
                            or self._headline_role_holder(q, head_end)
                        )
                        speaker = better.moved("headline") if better else speaker
                    elif speaker.sieve == "sentence_subject":
                        # "Bank holds rates as governor warns …": the subject of the
                        # headline's speech verb, not of its first clause
                        better = self._headline_role_holder(q, head_end)
                        speaker = better.moved("headline") if better else speaker
            yield q, speaker

    def _headline_person(self, q: _Quote, head_end: int) -> _Speaker | None:
        """The person a headline names as the one who speaks, whom the story names too:
        right after its quote ("‘…’: chef Ann Lee on her first year", "‘…’, says Ann
        Lee") or opening it before a verb or a colon ("Ann Lee: ‘…’", "Lee says …")."""
        s = self.s
        ents = self.text.entities
        for m in _mentions_in(ents, 0, head_end):
            if self._quoted(m.start) or q.start <= m.start < q.end:
                continue
            e = ents.entity(m)
            if e.kind != "person" or all(x.start < head_end for x in e.mentions):
                continue
            if m.start >= q.end:
                ok = _HEADLINE_AFTER_QUOTE.fullmatch(s, q.end, m.start) is not None
            else:
                ok = (
                    _HEADLINE_OPENER.fullmatch(s, 0, m.start) is not None
                    and _HEADLINE_SUBJECT_AFTER.match(s, m.end, q.start) is not None
                )
            if ok:
                return _Speaker(e.name, "person", "headline", m.start, m.end)
        return None

    def _headline_role_holder(self, q: _Quote, head_end: int) -> _Speaker | None:
        """ "Former minister tells inquiry she was 'kept in the dark'", "… as governor
        warns …": the one person the story gives the role that is the subject of the
        headline's verb (its longest form first: "harbour master", then "master")."""
        line = self.s[:head_end]
        hit = _HEADLINE_ROLE.search(line, 0, q.start)
        if hit is None:
            return None
        words = [w for w in hit.group("role").lower().split() if w not in _ROLE_QUALIFIERS]
        for k in range(len(words)):
            role = " ".join(words[k:])
            m = self._sole_holder(role) or self.text.entities.with_role(role, head_end)
            if m is not None:
                e = self.text.entities.entity(m)
                if e.kind == "person":
                    return _Speaker(e.name, "person", "headline", m.start, m.end)
        return None

    def _context(
        self,
        q: _Quote,
        idx: int,
        attrs: list[_Attribution],
        apos: list[int],
        results: list[tuple[_Quote, _Speaker | None, bool]],
        chain_speaker: _Speaker | None,
        turns: _Turns,
    ) -> _Context:
        s = self.s
        nxt = self.quotes[idx + 1].start if idx + 1 < len(self.quotes) else len(s)
        prv = self.quotes[idx - 1].end if idx else 0
        para_start, para_end = self._line(q.start)
        if q.end > para_end:
            para_end = self._line(q.end)[1]
        sent_start = max(para_start, prv, self._sentence_start(q.start))
        sent_end = min(nxt, para_end, self._sentence_end(q.end))
        lo = bisect_right(apos, q.end - 1)
        after = [] if q.open_para else attrs[lo : bisect_left(apos, sent_end, lo)]
        if not after and not q.open_para and sent_end <= q.end + 1:
            # '"…, weren't you?" Ms Lakeland asked.': the quote's own marks end the
            # sentence, and its attribution stands in the next one, on the same line
            nxt_end = min(nxt, para_end, self._sentence_end(sent_end + 1))
            after = attrs[lo : bisect_left(apos, nxt_end, lo)]
            after = [a for a in after if a.kind != "desc"][:1]
        hi = bisect_right(apos, q.start)
        before = [a for a in attrs[bisect_left(apos, sent_start, 0, hi) : hi] if a.end <= q.start]
        prev = results[-1] if results else None
        return _Context(
            q, para_start, para_end, sent_start, sent_end, after, before, attrs, apos,
            prev, chain_speaker, turns,
        )  # fmt: skip

    def _line(self, pos: int) -> tuple[int, int]:
        """The line holding ``pos``: [start, end), by the text's line breaks."""
        breaks = self.breaks
        i = bisect_right(breaks, pos - 1)
        start = breaks[i - 1] + 1 if i else 0
        end = breaks[i] if i < len(breaks) else len(self.s)
        return start, end

    @property
    def breaks(self) -> list[int]:
        if self._breaks is None:
            self._breaks = [m.start() for m in _LINE_BREAK.finditer(self.s)]
        return self._breaks

    def last(self, mode: str, gender: str | None = None) -> _Pick | None:
        """The newest name: any speaker or person ("any"), a person ("person"), or a
        speaker that is not a person ("org", else the newest speaker). With ``gender``,
        a person whose gender is known to be the other one is passed over."""
        timeline = self.timeline
        for name, speech, pos, sp in reversed(timeline[-_LOOK_BACK:]):
            if mode.startswith("org"):
                # a spokesperson speaks for an organisation that spoke; "the company"
                # may be one only mentioned ("Acme Corp reported a loss")
                if (speech or mode == "org-named") and not self._person(name):
                    return _Pick(name, pos, "salience", resolved=sp)
            elif (speech and mode == "any") or self._person(name):
                if gender and self._gender(name, pos) not in (None, gender):
                    continue
                named = self._last_person(pos, gender) if mode == "person" else None
                if named is not None:  # a person named since, outside quotes
                    return named
                return _Pick(name, pos, "salience", resolved=sp)
        if mode == "person":
            return self._last_person(-1, gender)
        if mode == "org":  # a spokesperson: at least the newest speaker
            for name, speech, pos, sp in reversed(timeline[-_LOOK_BACK:]):
                if speech:
                    return _Pick(name, pos, "salience", resolved=sp)
        return None

    def _spokesperson(self) -> _Pick | None:
        """'A spokeswoman for X said … “…,” she said': when the newest speaker is one who
        speaks for an organisation, and nobody has been named since, it is X."""
        for name, speech, pos, sp in reversed(self.timeline[-3:]):
            if not speech:
                continue
            if pos in self._spokes and self._last_person(pos, None) is None:
                return _Pick(name, pos, "salience", resolved=sp)
            return None
        return None

    def interview_parties(
        self, pos: int, transcript: bool = False
    ) -> tuple[_Speaker, _Speaker] | None:
        """The two people of an interview before ``pos``: the one who asks (the asker
        of an attributed question, else the last person named, other than the
        subject, before the first quote) and its subject (the person named most)."""
        if self._parties.get(transcript, _UNSET) is not _UNSET:
            return self._parties[transcript]  # type: ignore[return-value]
        self._parties[transcript] = None
        first_q = self._introduction_end(pos, transcript)
        seen = self._people_before(first_q)
        if len(seen) < 2:
            return None
        found = self._asker_and_subject(first_q, seen)
        if found is None:
            return None

        def speaker(e: Entity | _LazyEntity) -> _Speaker:
            m = e.mentions[0]
            return _Speaker(e.name, "person", "conversation_turns", m.start, m.end)

        parties = self._parties[transcript] = (speaker(found[0]), speaker(found[1]))
        return parties

    def _introduction_end(self, pos: int, transcript: bool) -> int:
        """Where an interview's headline and introduction end: at its first quote after
        the headline (a transcript's: its first labelled turn), or at the start of the
        printed question that holds that quote."""
        head = self.s.find("\n")  # a headline's quote comes before the introduction
        first_q = next((q.start for q in self.quotes if q.start > head), pos) if head >= 0 else pos
        if transcript:
            first_q = next(
                (q.start for q in self.quotes
                 if q.start > head and _TRANSCRIPT.match(self.s, self._line(q.start)[0])),
                pos,
            )  # fmt: skip
        line_start, line_end = self._line(first_q)
        if _is_prompt(self.s[line_start:line_end].strip()):
            return line_start  # the first quote stands in a printed question
        return first_q

    def _people_before(self, end: int) -> dict[str, tuple[int, int, Entity | _LazyEntity]]:
        """The people named before ``end`` outside quotes: name -> (how often, where
        first named, the entity)."""
        ents = self.text.entities
        seen: dict[str, tuple[int, int, Entity | _LazyEntity]] = {}
        for m in ents.before(end):
            e = ents.entity(m)
            if e.kind == "person" and not self._quoted(m.start):
                n, _, _ = seen.get(e.name, (0, 0, e))
                seen[e.name] = (n + 1, m.start, e)
        return seen

    def _asker_and_subject(
        self, first_q: int, seen: dict[str, tuple[int, int, Entity | _LazyEntity]]
    ) -> tuple[Entity | _LazyEntity, Entity | _LazyEntity] | None:
        """An interview's asker and subject among the people of its introduction: by
        the roles the introduction gives (``_interview_roles``), else the subject is the
        one named most (None on a tie) and the asker the first other person."""
        ents = self.text.entities
        roles = self._interview_roles(first_q, seen)
        askers = [n for n, r in roles.items() if r == "asker"]
        subjects = [n for n, r in roles.items() if r == "subject"]
        ranked = sorted(seen.values(), key=lambda x: (-x[0], x[1]))
        asker = None
        if len(askers) == 1 or len(subjects) == 1:
            by_role = [x[2] for x in ranked]
            if len(subjects) == 1:
                subject = next(e for e in by_role if e.name == subjects[0])
            else:
                subject = next(e for e in by_role if e.name != askers[0])
            if askers and askers[0] != subject.name:
                asker = next(e for e in by_role if e.name == askers[0])
        else:
            subject = ranked[0][2]
            if ranked[0][0] < 2 or ranked[0][0] == ranked[1][0]:
                return None  # nobody stands out as the one interviewed
        if asker is None:
            for m in ents.before(first_q):
                e = ents.entity(m)
                if e.kind == "person" and e.name != subject.name and not self._quoted(m.start):
                    asker = e
                    break
        return (asker, subject) if asker is not None else None

    def _interview_roles(
        self, first_q: int, seen: dict[str, tuple[int, int, Entity | _LazyEntity]]
    ) -> dict[str, str]:
        """Who the introduction says puts the questions ("with presenter Gareth Huxley")
        and who answers them ("Teodora Blaine, was pressed on Tuesday"): sure cues over
        the count of names. Name -> "asker" or "subject"."""
        ents = self.text.entities
        roles: dict[str, str] = {}
        for m in ents.before(first_q):
            e = ents.entity(m)
            if e.name not in seen:
                continue
            if _ASKER_BEFORE.search(self.s, max(0, m.start - 40), m.start) or (
                e.roles & _ASKER_ROLES
            ):
                roles.setdefault(e.name, "asker")
            elif _ASKED_AFTER.match(self.s, m.end):
                roles.setdefault(e.name, "subject")
        return roles

    def _subject_before(self, gender: str | None, at: int) -> _Pick | None:
        """ "The prosecutor, Ann Lee, asked Cole why … “…?” she asked": a pronoun points
        back to the newest sentence of the quote's paragraph that names a person (outside
        quotes, not as a possessor, not the pronoun's own sentence at ``at``): to its
        subject, when the sentence opens with it ("Earlier, the prosecutor, Ann Lee,
        asked"), else to the one other person there whose gender is the pronoun's.
        None when that sentence says neither (the other sieves decide)."""
        starts = self.text.sentence_starts
        k, para, sentence = self._newest_naming("person", starts[bisect_right(starts, at) - 1])
        if not sentence:
            return None
        # the subject: the first not after a preposition or a verb ("the mayor of
        # Castro Verde, Ilda Romeiro,", "asked Cole")
        first = next(
            (m for m in sentence
             if not _OBJECT_BEFORE.search(self.s, max(k, m.start - 12), m.start)),
            sentence[0],
        )  # fmt: skip
        subject = (
            _SUBJECT_LEAD.fullmatch(self.s, max(k, para), self._title_start(first)) is not None
        )
        obj = _OBJECT_PRONOUN.match(self.s, first.end) if subject and gender else None
        if obj is not None and {"him": "m", "her": "f"}[obj.group(1)] == gender:
            # "Lee pressed him: …? “…,” he said": the one pressed, not Lee, whom the
            # sentence's own pronoun rules out: the newest other person of that gender
            other = self._other_person(first, gender, k)
            return other or _Pick(None, first.start, "salience")
        if subject and self._agrees(first, gender):
            return _Pick(first.name, first.start, "salience")
        # entities compared by name: a mention read lazily may carry no entity id
        ents = self.text.entities
        own_name = ents.entity(first).name
        others = [m for m in sentence if ents.entity(m).name != own_name]
        if gender is not None and len({ents.entity(m).name for m in others}) == 1:
            # "the prosecutor, Anton Reiss, asked Delphine Achterberg why … she said": the
            # one other person named there, of the pronoun's gender; of unknown gender too
            # when the subject is known to be the other one
            other_gender = "m" if gender == "f" else "f"
            ruled_out = subject and self._agrees(first, other_gender, known=True)
            if self._agrees(others[0], gender, known=not ruled_out):
                return _Pick(others[0].name, others[0].start, "salience")
        return None

    def _title_start(self, m: Mention) -> int:
        """Where ``m`` begins with the title written before it ("Detective Constable Ann
        Lee": at "Detective"), so what leads to the title is what leads to the name."""
        n = len(m.title)
        lead = m.start - n - 1
        if n and lead >= 0 and self.s[lead : m.start - 1].lower() == m.title:
            return lead
        return m.start

    def _other_person(self, m: Mention, gender: str, before: int) -> _Pick | None:
        """The newest person named before ``before`` (outside quotes, no possessor) other
        than ``m``'s, whose gender may be ``gender``; first, the possessor named before
        ``m`` in its own sentence ("Lee's counsel, Ann Cole, pressed him")."""
        x = self._client_of(m, gender, before) or self._newest_other(m, gender, before)
        return None if x is None else _Pick(self.text.entities.entity(x).name, x.start, "salience")

    def _newest_other(self, m: Mention, gender: str, before: int) -> Mention | None:
        """The mention of the newest person named within 3,000 characters before ``before``,
        outside quotes and not as a possessor, other than ``m``'s, of gender ``gender``."""
        ents = self.text.entities
        own = ents.entity(m).name
        for x in ents.before(before):
            if x.start < before - 3000:
                break
            e = ents.entity(x)
            if e.kind != "person" or e.name == own or not e.named or self._quoted(x.start):
                continue
            if _possessive(self.s, x) or not self._agrees(x, gender):
                continue
            return self._sentence_subject_over(x, own, gender)
        return None

    def _sentence_subject_over(self, x: Mention, own: str, gender: str) -> Mention:
        """ "Ann Lee, 58, was giving evidence at the trial of Tom Cole. Questioned by …,
        she said": the person who opens the sentence of ``x`` (its subject, the one the
        sentence is about) rather than ``x`` named later in it, when of the gender too."""
        ents = self.text.entities
        st = self._sentence_start(x.start)
        first = ents.at(st, x.start)
        if first is None or first.start == x.start or self.s[st : first.start].strip():
            return x
        e = ents.entity(first)
        if e.kind != "person" or e.name == own or _possessive(self.s, first):
            return x
        return first if self._agrees(first, gender) else x

    def _newest_naming(self, kind: str, skip: int = -1) -> tuple[int, int, list[Mention]]:
        """The newest sentence before the quote, in its paragraph, that names an entity
        of ``kind`` (outside quotes, not as a possessor; not the sentence at ``skip``): its
        start, the paragraph's start and those mentions in text order."""
        pos = self.pos
        para = self._line(pos)[0]
        starts = self.text.sentence_starts
        ents = self.text.entities
        sentence: list[Mention] = []
        k = -1
        for m in ents.before(pos):
            if m.start < para:
                break
            if m.described and kind == "person":
                continue
            if self._quoted(m.start) or _possessive(self.s, m) or self.in_dateline(m):
                continue
            sk = starts[bisect_right(starts, m.start) - 1]
            e = ents.entity(m)
            if sk == skip or e.kind != kind or not e.named:
                continue
            if k >= 0 and sk != k:
                break  # only the newest sentence that names one
            k = sk
            sentence.insert(0, m)
        return k, para, sentence

    def _org_subject(self, head: str) -> Mention | None:
        """ "The port operator, Calder Terminals, said … “…,” the company said": a
        description of a body points back to the organisation that is the subject of the
        newest sentence of the paragraph naming one (as a pronoun does to a person), when
        its name has the description's head word or the head is a generic one."""
        ents = self.text.entities
        k, para, sentence = self._newest_naming("organisation")
        if not sentence:
            return None
        first = sentence[0]
        if _OBJECT_BEFORE.search(self.s, max(k, first.start - 12), first.start):
            return None
        if not _SUBJECT_LEAD.fullmatch(self.s, max(k, para), first.start):
            return None
        e = ents.entity(first)
        generic = head in _BUSINESS or head in _ORG_HEADS
        starts = self.text.sentence_starts
        just_before = bisect_right(starts, k) == bisect_right(starts, self.pos) - 1
        if not (generic or just_before or is_a(e, head)):
            # "the regulator" for the body the sentence right before opened with; further
            # back, only a generic noun or one the body is ("the ministry", "the club")
            return None
        return Mention(first.start, first.end, e.name, e.kind, first.entity)

    def _agrees(self, m: Mention, gender: str | None, known: bool = False) -> bool:
        """Whether a person's gender (from titles and pronouns, or from a pronoun this
        article's quotes were already given to) is ``gender``; unknown agrees unless
        ``known``."""
        if gender is None:
            return True
        e = self.text.entities.entity(m)
        g = (
            e.gender
            or given_name_gender(e.name)
            or self._said_gender.get(e.name)
            or _kin_gender(self.s, m)
        )
        return g == gender if known else g in (None, gender)

    def _last_person(self, after: int, gender: str | None) -> _Pick | None:
        """The person last named after ``after`` and before the current quote, outside
        quoted words ("However, defending champion Giulia Ferraro lost …")."""
        ents = self.text.entities
        for m in ents.before(self.pos):
            if m.start <= after:
                return None
            e = ents.entity(m)
            if (
                e.kind == "person"
                and e.named
                and (len(e.mentions) > 1 or e.roles or e.gender or given_name_gender(e.name))
                and not self._quoted(m.start)
                and not _possessive(self.s, m)  # "said Yoon’s …": no subject
                and (
                    gender is None
                    or (e.gender or given_name_gender(e.name) or self._said_gender.get(e.name))
                    in (None, gender)
                )
            ):
                return _Pick(m.name, m.start, "salience")
        return None

    def _quoted(self, pos: int) -> bool:
        k = bisect_right(self._qstarts, pos) - 1
        return k >= 0 and self.quotes[k].inner_end > pos

    def _gender(self, name: str, pos: int) -> str | None:
        m = self.text.entities.find(name, pos)
        if m is None:
            return self._said_gender.get(name)
        e = self.text.entities.entity(m)
        return (
            e.gender
            or given_name_gender(e.name)
            or self._said_gender.get(e.name)
            or _kin_gender(self.s, m)
        )

    def nested_speaker(self, a: _Attribution, outer: _Attribution, sent_start: int) -> bool:
        """Whether the pronoun of ``a`` speaks in nested speech, not its reporter
        ``outer``: it opens the clause the reporter's verb reports ("A friend said she
        had called it …", "Ann Lee said he once told staff …") and the reporter is
        unnamed or of the other gender."""
        gender = {"he": "m", "she": "f"}.get(a.name or "")
        if gender is None or outer is a or outer.pos >= a.pos:
            return False
        if not _REPORTED_PRONOUN.search(self.s, max(sent_start, outer.pos), a.pos):
            return False
        if self.pos > a.end and _NOT_INTRODUCING.search(self.s, a.end, self.pos):
            return False  # "A neighbour said she had called police after hearing “…”"
        if outer.kind == "desc" and outer.name is None:
            return True  # an unnamed source reporting someone's words
        if outer.kind != "name" or not outer.name:
            return False
        known = self._gender(outer.name, outer.pos)
        return known is not None and known != gender

    def _inner_lower(self, q: _Quote) -> str:
        return self.s[q.inner_start : q.inner_end].lower()

    def _sentence_start(self, i: int) -> int:
        starts = self.text.sentence_starts
        return starts[bisect_right(starts, i) - 1]

    def _sentence_end(self, i: int) -> int:
        starts = self.text.sentence_starts
        k = bisect_right(starts, i - 1)
        return starts[k] if k < len(starts) else len(self.s)

    def pick(self, a: _Attribution, sieve: str) -> _Pick | None:
        """The speaker an attribution names, as a pick for ``sieve``; a pronoun or a
        description that answers a named person's question is the answerer's (see
        ``_answering``)."""
        self.picked_kind = a.kind
        if a.kind == "name":
            return _Pick(a.name, a.pos, sieve)
        p = self._pick_unnamed(a, sieve)
        if p is not None and not self.question and a.kind == "pron":
            p = self._replying(p, a)
        if p is not None and not self.question:
            asker = (
                self.turns.asker
                if self.turns.named_question or self.turns.turn_question
                else self._reported_asker(questions_only=a.kind == "pron")
            ) or self._asked_by()  # "Asked by Judge Ann Lee whether …, she said": not Lee
            if asker is not None:
                p = self._answering(p, a, asker)
        return p

    def verb_of_next(self, a: _Attribution) -> bool:
        """Whether the speech verb ``a`` introduces the quote that follows it closely in
        its sentence ("… Lomax described as “…”", "Lee called the pledge “…”")."""
        k = bisect_right(self._qstarts, a.end)
        if k >= len(self.quotes):
            return False
        nxt = self.quotes[k].start
        between = self.s[a.end : nxt]
        return between.count(" ") <= 4 and not _CLAUSE_BREAK.search(between)

    def _replying(self, p: _Pick, a: _Attribution) -> _Pick:
        """'“Isn't it true …?” he asked. ¶ “That is true,” she replied.': a pronoun that
        answers the question just put is the exchange's answerer, when the exchange has
        one other than the one who asked it and the pronoun's gender agrees (or is not
        known, when the pronoun would otherwise give the answer to the one who asked)."""
        t = self.turns
        gender = {"he": "m", "she": "f"}.get(a.name or "")
        if gender is None or not t.last_question or t.questioner is None:
            return p
        other = t.answerer
        if other is None:
            # an interview's bare turns: the one it is put to is the interviewee
            parties = self.interview_parties(self.pos)
            if parties is not None and parties[0].name == t.questioner.name:
                other = parties[1]
        if other is None or other.name in (t.questioner.name, p.name):
            return p
        picked = self._entity(p)
        to_asker = picked is not None and picked.name == t.questioner.name
        if self._gender(other.name, other.start) not in ((None, gender) if to_asker else (gender,)):
            return p
        return _Pick(other.name, other.start, p.sieve, resolved=other)

    def _headline_only(self, speaker: _Speaker, head_end: int) -> bool:
        """Whether a speaker is a word of the headline the story never names again
        ("Pensioner tells court …")."""
        if speaker.start >= head_end:
            return False
        ents = self.text.entities
        m = ents.covering(speaker.start)
        return m is not None and all(x.start < head_end for x in ents.entity(m).mentions)

    def lead_person(self) -> _Speaker | None:
        """The person a story's lead describes without naming ("A coroner has warned …",
        "The prime minister accused …", "A bookkeeper accused of fraud told a jury …"),
        named later: the holder of that role when the article gives it, else the person
        who opens the next paragraph ("Marian Oduya denies fraud …"). Read once."""
        if self._lead is not _UNSET:
            return self._lead  # type: ignore[return-value]
        self._lead = None
        s = self.s
        ents = self.text.entities
        pos = 0
        while pos < len(s):  # the lead: the first line of prose, after any headline
            end = s.find("\n", pos)
            end = len(s) if end < 0 else end
            line = s[pos:end]
            if len(line) >= 80 and not line.startswith("By ") and not _is_headline(s, pos):
                break
            pos = end + 1
        else:
            return None
        lead = _LEAD_DESCRIPTION.match(s, pos)
        if lead is None:
            return None
        words = lead.group("desc").split()
        head = words[-1].lower() if words else ""
        if not head or head in _ORG_WORDS or head in _BUSINESS or head in _PAIR_WORDS:
            return None  # "The company has warned": a body; "A retired couple": two people
        sent_end = self._sentence_end(lead.end())
        self._lead_span = (pos, sent_end)
        self._lead_desc = " ".join(words).lower()
        holder = ents.with_role("the " + " ".join(words), sent_end)
        person: Mention | None = holder
        if person is None:
            nxt = s.find("\n", pos)  # the next paragraph's first words
            while 0 <= nxt < len(s) - 1 and s[nxt + 1] == "\n":
                nxt += 1
            if nxt < 0:
                return None
            start = nxt + 1
            m = ents.at(start, start + 40)
            if (
                m is None
                or ents.entity(m).kind != "person"
                or not _OPENS_PARAGRAPH.fullmatch(s, start, m.start)
            ):
                return None
            person = m
        e = ents.entity(person)
        if e.kind != "person":
            return None
        self._lead = _Speaker(e.name, "person", "salience", person.start, person.end)
        return self._lead

    def _sentence_before(self, at: int) -> int | None:
        """Where the sentence before ``at``'s starts, when it is in the same paragraph and
        not inside quoted words."""
        starts = self.text.sentence_starts
        k = bisect_right(starts, at) - 1
        if k < 1:
            return None
        st = starts[k - 1]
        if st < self._line(at)[0] or self._quoted(st):
            return None
        return st

    def _possessor_before(self, gender: str | None, at: int) -> _Pick | None:
        """'Lee's own verdict was brief. “…,” she said.': a pronoun after a sentence of
        its paragraph that opens with a person's possessive names that person (of the
        pronoun's gender)."""
        st = self._sentence_before(at)
        if st is None:
            return None
        opening = _OPENING_POSSESSOR.match(self.s, st)
        if opening is None:
            return None
        ents = self.text.entities
        m = ents.covering(opening.end("name") - 1)
        if m is None or ents.entity(m).kind != "person" or not self._agrees(m, gender):
            return None
        return _Pick(ents.entity(m).name, m.start, "salience")

    def _role_before(self, at: int) -> _Pick | None:
        """'The harbour master, who …, spoke without notes. She said:': a pronoun after a
        sentence of its paragraph that opens with a role names the role's holder."""
        st = self._sentence_before(at)
        if st is None:
            return None
        m = _ROLE_OPENING.match(self.s, st)
        if m is None:
            return None
        words = m.group(1).split()
        if m.group(2) != ",":
            # "The judge rejected that.": the role is the words before the verb
            j = next((j for j in range(1, len(words)) if _verb_like(words[j])), 0)
            words = words[:j]
        if not words or words[-1].endswith("s"):
            return None  # no role, or many holders ("the three dissenting justices")
        holder = self.text.entities.with_role("the " + " ".join(words), at)
        return _Pick(holder.name, holder.start, "salience") if holder else None

    def _person_at(self, start: int, end: int) -> _Speaker | None:
        """The person named between ``start`` and ``end`` ("by the lawyer for the panel, Ruth
        Callan KC"), else the holder of the role written there ("by the coroner")."""
        ents = self.text.entities
        m = ents.at(start, end)
        if m is not None and ents.entity(m).kind == "person":
            e = ents.entity(m)
            return _Speaker(e.name, "person", "conversation_turns", m.start, m.end)
        role = _ROLE_AT.match(self.s, start)
        words = role.group(1).split() if role else []
        for k in range(1, len(words) + 1):  # "the coroner why it …": the shortest role
            holder = ents.with_role("the " + " ".join(words[:k]), start)
            if holder is not None:
                return _Speaker(
                    holder.name, "person", "conversation_turns", holder.start, holder.end
                )
        return None

    def _asked_by(self) -> _Speaker | None:
        """'Asked by the family's solicitor, Ann Lee, whether …, Cole said: “…”': the one
        who put the question the quote's sentence answers."""
        st = self._sentence_start(self.pos)
        m = _ASKED_BY.search(self.s, st, self.pos)
        return self._person_at(m.end(), min(self.pos, m.end() + 60)) if m else None

    def narration_before(self, pos: int, most: int) -> tuple[int, int] | None:
        """The newest paragraph before the one holding ``pos`` that does not open with a
        quote, read back over at most ``most`` paragraphs: the narration that introduces
        a run of quote paragraphs. None at the text's start or past ``most``."""
        s = self.s
        ps = self._line(pos)[0]
        for _ in range(most):
            i = ps - 1
            while i >= 0 and s[i].isspace():
                i -= 1
            if i < 0:
                return None
            ps, pe = self._line(i)
            if s[ps : ps + 1] not in ("“", '"'):
                return ps, pe
        return None

    def _read_exchange(self, ps: int, pe: int) -> tuple[_Speaker, _Speaker, int] | None:
        s = self.s
        starts = self.text.sentence_starts
        ents = self.text.entities
        k = bisect_right(starts, pe - 1) - 1
        while k >= 0 and starts[k] >= ps:  # the paragraph's sentences, the last first
            st, en = starts[k], min(pe, starts[k + 1] if k + 1 < len(starts) else pe)
            k -= 1
            if self._quoted(st):
                continue
            by = _EXCHANGE_BY.match(s, st)
            if by is None and _EXCHANGE_VERB.search(s, st, en) is None:
                continue  # no words of questioning: the sentence's people are not read
            people = [
                m for m in ents.between(st, en)
                if self._is_party(m) and not self._quoted(m.start) and not _possessive(s, m)
            ]  # fmt: skip
            if by is not None:
                asker_m = next((m for m in people if m.start >= by.end()), None)
                if asker_m is None:
                    continue
                rest = [m for m in people if m.start > asker_m.start]
                rest = [m for m in rest if ents.entity(m).name != ents.entity(asker_m).name]
                pron = _ANSWER_PRONOUN.search(s, asker_m.end, en)
                if rest and (pron is None or rest[0].start < pron.start()):
                    return self._party(asker_m), self._party(rest[0]), en
                if pron is None:
                    continue
                answerer = self._referent(pron, st, asker_m)
                return (self._party(asker_m), answerer, en) if answerer else None
            for v in _EXCHANGE_VERB.finditer(s, st, en):
                subject = [m for m in people if m.end <= v.start()]
                if not subject or self._quoted(v.start()):
                    continue
                asker_m = subject[-1]
                if v.group("pron"):
                    answerer = self._referent(v, st, asker_m, "pron")
                else:
                    obj = ents.at(v.end(), v.end() + 40)
                    if obj is None or obj.start != v.end() or ents.entity(obj).kind != "person":
                        continue
                    answerer = self._party(obj)
                if answerer is not None and answerer.name != ents.entity(asker_m).name:
                    return self._party(asker_m), answerer, en
        return None

    def _party(self, m: Mention) -> _Speaker:
        e = self.text.entities.entity(m)
        if e.kind != "person":
            got = self._entity(_Pick(m.name, m.start, "conversation_turns"))
            if got is not None and got is not _REJECTED and got.kind == "person":
                return _Speaker(got.name, "person", "conversation_turns", m.start, m.end)
        return _Speaker(e.name, "person", "conversation_turns", m.start, m.end)

    def _is_party(self, m: Mention) -> bool:
        """Whether a mention names a person: of a person's entity, or a word the model
        leaves unknown that names a person of the article ("Lee" after "Ann Lee")."""
        kind = self.text.entities.entity(m).kind
        if kind != "unknown":
            return kind == "person"
        got = self._entity(_Pick(m.name, m.start, "conversation_turns"))
        return got is not None and got is not _REJECTED and got.kind == "person"

    def _referent(
        self, pron: re.Match[str], st: int, asker: Mention, group: str | None = None
    ) -> _Speaker | None:
        """The person a pronoun of an exchange's introduction names: the newest person
        named before its sentence, other than the asker, of the pronoun's gender."""
        word = (pron.group(group) if group else pron.group()).strip().lower()
        gender = "f" if word in ("she", "her") else "m"
        m = self._client_of(asker, gender, st) or self._newest_other(asker, gender, st)
        if m is None:
            return None
        # "Questioned by A, she said": the person's gender is now known
        self._said_gender.setdefault(self.text.entities.entity(m).name, gender)
        return self._party(m)

    def _client_of(self, asker: Mention, gender: str, st: int) -> Mention | None:
        """'Lee's counsel, Ann Cole, asked him …': the person whose counsel (or other
        agent) asks, named as the possessor before the asker in the sentence, is the one
        the pronoun names, when of its gender."""
        ents = self.text.entities
        for m in _mentions_in(ents, st, asker.start):
            e = ents.entity(m)
            if (
                e.kind == "person"
                and _possessive(self.s, m)
                and e.name != ents.entity(asker).name
                and self._agrees(m, gender)
            ):
                return m
        return None

    def questioned_by(self) -> tuple[_Speaker, _Speaker] | None:
        """'Pell … was questioned all afternoon by the lawyer for the panel, Ruth
        Callan KC.': the two parties (asker, answerer) the paragraphs before the quote name
        in a sentence of questioning put in the passive."""
        ents = self.text.entities
        lo = self.pos
        for _ in range(3):  # the quote's paragraph and the two before it
            lo = self._line(max(0, lo - 2))[0] if lo > 0 else 0
        for m in _QUESTIONED_PASSIVE.finditer(self.s, lo, self.pos):
            st = self._sentence_start(m.start())
            asker = self._person_at(m.end(), min(self.pos, m.end() + 60))
            people = []  # the sentence's first person before the verb: its subject
            for x in ents.before(m.start()):
                if x.start < st:
                    break
                if ents.entity(x).kind == "person":
                    people.append(x)
            if asker is None or not people:
                continue
            subject = people[-1]
            e = ents.entity(subject)
            if e.name != asker.name:
                answerer = _Speaker(
                    e.name, "person", "conversation_turns", subject.start, subject.end
                )
                return asker, answerer
        return None

    def pronoun_subject_before(self) -> _Pick | None:
        """'She found his ledgers in a trunk. ¶ “There was nothing personal in them”': a
        quote nobody is named for, after a sentence whose subject is "he" or "she", is
        that pronoun's person (the newest person of its gender)."""
        starts = self.text.sentence_starts
        k = bisect_right(starts, self.pos) - 1
        if k < 1:
            return None
        st = starts[k - 1] if starts[k] == self.pos else starts[k]
        if st >= self.pos or self._quoted(st) or self.s.count("\n", st, self.pos) > 2:
            return None
        m = _PRONOUN_OPENING.match(self.s, st)
        if m is None:
            return None
        return self.last("person", "f" if m.group(1) == "She" else "m")

    def _reported_asker(self, questions_only: bool = False) -> _Speaker | None:
        """'Labour MP Ann Lee asked whether Cole would resign. “…,” the chief executive
        replied': the person named asking in the sentence before the quote's, a question
        reported rather than quoted (no quote between them). With ``questions_only``, a
        question only ("asked"), not a challenge ("suggested", "pressed"), which the one
        who made it may go on to explain ("Lee suggested …. “…,” he told her")."""
        starts = self.text.sentence_starts
        k = bisect_right(starts, self.pos) - 1
        if k < 1:
            return None
        lo, hi = starts[k - 1], starts[k]
        if "\n\n" in self.s[lo : self.pos].strip() or self._quoted(lo):
            return None
        i = bisect_right(self._qstarts, self.pos) - 1  # the quote before this one
        if i >= 0 and self.quotes[i].end > lo:
            return None
        attrs = self.attributions
        for j in range(bisect_left(self._apos, lo), bisect_left(self._apos, hi)):
            a = attrs[j]
            if (
                a.kind == "name"
                and a.name
                and _ASKING.match(self.s, a.pos)
                and not (questions_only and self.s[a.pos] not in "aA")
            ):
                got = self._entity(_Pick(a.name, a.pos, "speech_verb"))
                if got is not None and got is not _REJECTED and got.kind == "person":
                    return got
        return None

    def _answering(self, p: _Pick, a: _Attribution, asker: _Speaker) -> _Pick:
        """'“How did you hear?” Mr Haines asked. “My phone rang,” the defendant said':
        nobody answers the question they have just been named asking. When a pronoun or
        a description would give the answer to the asker, it is the other party's: the
        one who answered the asker before, else the person last named before the asker
        (of the pronoun's gender)."""
        got = self._entity(p)
        if got is None or got is _REJECTED or got.name != asker.name:
            return p
        if a.kind == "desc" and self._holds_role(a, asker):
            return p  # "X's barrister, Ann Lee, suggested …. “…,” the barrister said"
        gender = {"he": "m", "she": "f"}.get(a.name or "") if a.kind == "pron" else None
        if a.kind == "pron" and a.name not in ("he", "she"):
            return p
        other = self.turns.answerer
        if (
            other is not None
            and other.name != asker.name
            and (gender is None or self._gender(other.name, other.start) in (None, gender))
        ):
            return _Pick(other.name, other.start, p.sieve, resolved=other)
        for name, _speech, pos, sp in reversed(self.timeline[-_LOOK_BACK:]):
            if pos >= asker.start or not self._person(name):
                continue
            who = self._entity(_Pick(name, pos, p.sieve, resolved=sp))
            if who is None or who is _REJECTED or who.name == asker.name:
                continue
            if gender is not None and self._gender(name, pos) not in (None, gender):
                continue
            return _Pick(who.name, who.start, p.sieve, resolved=who)
        ents = self.text.entities
        for m in ents.before(asker.start):  # the person the article named before the asker
            if m.start < asker.start - 3000:
                break
            e = ents.entity(m)
            if e.kind != "person" or not e.named or e.name == asker.name or self._quoted(m.start):
                continue
            if gender is not None and (e.gender or given_name_gender(e.name)) not in (None, gender):
                continue
            return _Pick(e.name, m.start, p.sieve)
        return p

    def _holds_role(self, a: _Attribution, who: _Speaker) -> bool:
        """Whether the description ``a`` ("the barrister") is a role the article gives
        ``who`` (a title or an apposition), so it names that person whatever the turns."""
        if not a.name:
            return False
        desc = a.name.lower().removeprefix("the ")
        ents = self.text.entities
        holder = ents.with_role(desc, a.pos)
        return holder is not None and ents.entity(holder).name == who.name

    def _pick_unnamed(self, a: _Attribution, sieve: str) -> _Pick | None:
        if a.kind == "pron":
            if a.name in {"he", "she", "it"} and self._unnamed_antecedent(a.pos, a.name == "it"):
                return _Pick(None, a.pos, sieve)  # the unnamed source it stands for
            if a.name == "it" and self.s.startswith("read", a.pos):
                return _Pick(None, a.pos, sieve)  # "It read:": what is read is a document
            if a.name in {"he", "she", "i"}:
                gender = {"he": "m", "she": "f"}.get(a.name)
                p = (
                    (self._subject_before(gender, a.pos) if a.name != "i" else None)
                    or (self._possessor_before(gender, a.pos) if a.name != "i" else None)
                    or (self._role_before(a.pos) if a.name != "i" else None)
                    or (self._spokesperson_before(a.pos) if a.name != "i" else None)
                    or self._spokesperson()
                    or self.last("person", gender)
                    or self.last("any")
                )
                if p is not None and gender is not None and p.name:
                    self._said_gender.setdefault(p.name, gender)
                    # by the entity's name too ("he asked" read "Pritchard", known as
                    # "Owain Pritchard"): what the gender tests look up
                    m = self.text.entities.find(p.name, p.pos)
                    if m is not None:
                        self._said_gender.setdefault(self.text.entities.entity(m).name, gender)
            else:
                pair = None
                if a.name == "they":
                    # "The two scientists plan …. “…,” they said": the pair last named
                    # together, though one of them was named alone since
                    pair = self._last_pair(a.pos, loose=self._plural_subject_before(a.pos))
                if a.name == "it":
                    # "The authority said more cases may follow. “…,” it said": the body
                    # that opened the sentence right before, else the newest body
                    m = self._org_subject("")
                    p = _Pick(m.name, m.start, sieve) if m else self.last("org")
                else:
                    p = pair or self.last("any")
            return p and p.via(sieve)
        return self._described_pick(a, sieve)

    def _described_pick(self, a: _Attribution, sieve: str) -> _Pick:
        """The pick for a description (``_described``); nobody when it names no one."""
        got = self._described(a)
        if isinstance(got, _Pick):
            return got.via(sieve)
        return _Pick(got, a.pos, sieve, described=True) if got else _Pick(None, a.pos, sieve)

    def _spokesperson_before(self, at: int) -> _Pick | None:
        """'A council spokesman said volunteers could help. “…,” he said', 'A spokeswoman
        for X declined to comment on the figures. “…,” she said': a pronoun after a
        sentence of its paragraph whose subject is a spokesperson described (not named)
        stands for that spokesperson: the body spoken for."""
        st = self._sentence_before(at)
        if st is None:
            return None
        starts = self.text.sentence_starts
        own = starts[bisect_right(starts, at) - 1]
        for i in range(bisect_left(self._apos, st), bisect_left(self._apos, own)):
            a = self.attributions[i]
            if a.kind == "desc" and a.name and a.name.split()[-1].lower() in _SPOKES:
                p = self._described_pick(a, "salience")
                return p if p.name else None
        hit = _FOR_BODY.match(self.s, st, own)
        if hit is None:
            return None
        # the body the opening speaks for, read up to its verb ("rejected", "declined")
        for w in _LOWER_WORD.finditer(self.s, hit.end(), min(own, hit.end() + 120)):
            if _verb_like(w.group(1)):
                body = self._spoken_for(st, w.start(1))
                return _Pick(body, st, "salience") if body else None
        return None

    def _described(self, a: _Attribution) -> _Pick | str | None:
        """Who a description speaks for: "a UEC spokesman" for UEC, "the company" for the
        business last named, "the prime minister" for the one the article named so. Read
        in steps: the lead's own person, a part of a body ("the party's campaign"), a
        spokesperson, a body by its head noun, then a definite description's holder."""
        lead = self.lead_person()
        if lead is not None and self._lead_span[0] <= a.pos < self._lead_span[1]:
            return _Pick(lead.name, lead.start, "", resolved=lead)
        words = (a.name or "").split()
        body = words[1:] if words and words[0].lower() in _DETERMINERS else words
        owner = self._owner_of_part(a, body)
        if owner is not None:
            return owner
        if body and body[-1].lower() in _SPOKES:
            return self._spokesperson_of(a, body)
        head = _org_head(body)
        if head:
            return self._body_by_head(a, body, head)
        if not a.definite:
            return None
        own = self._org_by_own_head(a, body)
        return own or self._holder_of(a, words, body, lead)

    def _org_by_own_head(self, a: _Attribution, body: list[str]) -> _Pick | None:
        """'the hospice said' after "Wrenmoor Hospice", 'the consultancy said' after
        "the retail consultancy Kestle Partners": a definite description whose head noun
        is one of the article's own words for an organisation it names stands for it."""
        if not body or not body[-1].isalpha() or not body[-1].islower():
            return None
        ents = self.text.entities
        if ents.with_role("the " + body[-1], a.pos) is not None:
            return None  # a role the article gives a person: "the coroner", "the chair"
        m = ents.org_by_head(a.pos, body[-1])
        if m is None:
            m = self._org_by_head_after(a.pos, body[-1])
        if m is None or self.in_dateline(m):
            return None
        return _Pick(m.name, m.start, "")

    def _org_by_head_after(self, pos: int, head: str) -> Mention | None:
        """'The diocese said …, though the Diocese of X gave no details': the article
        naming no body of the head noun before, the one its sentence names after it."""
        ents = self.text.entities
        for x in _mentions_in(ents, pos, self._sentence_end(pos)):
            e = ents.entity(x)
            if (
                e.kind == "organisation"
                and e.named
                and not self._quoted(x.start)
                and named_by_head(e, head)
            ):
                return Mention(x.start, x.end, e.name, e.kind, x.entity)
        return None

    def _owner_of_part(self, a: _Attribution, body: list[str]) -> _Pick | None:
        """'the Liberal Party’s campaign said': the organisation that owns it."""
        if len(body) < 2 or body[-1].lower() not in _BODY_PARTS or body[-2][-2:] not in _POSS:
            return None
        ents = self.text.entities
        at = self.s.rfind(body[-2], max(0, a.pos - 80), a.pos)
        m = ents.covering(at) if at >= 0 else None
        if m is None or m.kind != "organisation":
            return None
        return _Pick(ents.entity(m).name, m.start, "")

    def _spokesperson_of(self, a: _Attribution, body: list[str]) -> _Pick | str | None:
        """'a UEC spokesman' speaks for UEC, 'a council spokesman' for the council, 'a
        spokeswoman' for the organisation last named."""
        caps = [w for w in body if w[:1].isupper()]
        if caps:
            return " ".join(caps)
        ents = self.text.entities
        orgs = [w for w in body[:-1] if w.lower() in _ORG_WORDS]
        if orgs:
            head = orgs[-1].lower()
            # "a company spokesperson" after "Corvane said …": the body the paragraph's
            # newest sentence naming one opened with, else the one last named so
            m = self._org_subject(head) if head in _BUSINESS else None
            if m is not None and not is_a(ents.entity(m), head):
                m = None  # "Tarrow Council fined X. … a company spokesman": not the council
            m = m or self._last_org(a.pos, orgs[-1])
            if m is None and head in _BUSINESS:
                m = self._last_org(a.pos)
            return _Pick(m.name, m.start, "") if m else " ".join(orgs)
        # "The Arts Council, which funded the Tramshed, paid tribute. “…,” said a
        # spokesperson": the body that opened the sentence before, not the last named
        m = self._org_subject("") or self._last_org(a.pos)
        return _Pick(m.name, m.start, "") if m else self.last("org")

    def _body_by_head(self, a: _Attribution, body: list[str], head: str) -> _Pick | str | None:
        """A description with an organisation's head noun: 'the RMT union' as its
        acronym, 'the Scottish government' as written, 'the ministry' or 'the company'
        for the organisation last named so (or last named at all), 'the government' for
        itself."""
        caps = [w for w in body if w[:1].isupper()]
        acronyms = [w for w in caps if len(w) > 2 and w.isalpha() and w.isupper()]
        if acronyms:
            return " ".join(acronyms)  # "the RMT union"
        if caps or len(body) >= 3:  # "the Scottish government", "the ministry of health"
            return " ".join(body)
        if not a.definite:
            return None
        m = self._org_subject(head) or self._last_org(a.pos, head)
        if m is None:
            m = self.text.entities.org_by_head(a.pos, head)  # "the force": "X Police"
        if m is None and len(body) == 2 and body[0].isalpha() and body[0].islower():
            # "the survey team" after "the Harrow Sky Survey": the body its modifier names
            m = self.text.entities.org_by_head(a.pos, body[0])
        if m is None and (head in _BUSINESS or head in _ORG_HEADS):
            m = self._last_org(a.pos)
        if m is not None:
            one = _one_of_joint(self.s[m.start : m.end], m.name)
            if one != m.name:  # "Ormond said …. “…,” the company said": Ormond Foods
                sp = _Speaker(one, "organisation", "", m.start, m.end)
                return _Pick(one, m.start, "", resolved=sp)
            return _Pick(m.name, m.start, "")
        return " ".join(body) if head in _INSTITUTIONS else None

    def _holder_of(
        self, a: _Attribution, words: list[str], body: list[str], lead: _Speaker | None
    ) -> _Pick | str | None:
        """Who a definite description of a person stands for: the pair for 'the pair',
        the joined bodies for 'the companies', nobody for a description the article left
        unnamed, the successor for 'the new …', the holder of the role, the lead's person,
        a body whose name ends in the plural, else the newest speaker."""
        ents = self.text.entities
        desc = " ".join(words).lower()
        counted = bool(body) and body[0].lower() in _COUNTED_PAIR
        if body and body[-1].lower() in _PLURAL_BODIES:
            if counted:  # "the two firms": the two bodies named, or nobody
                return self._two_bodies(a.pos, body[-1].lower())
            bodies = self._joint_bodies(a.pos)  # "the companies said", "the retailers said"
            if bodies is not None:
                return bodies
        if body and (body[-1].lower() in _PAIR_WORDS or counted):
            # "the pair said", "the two senators wrote": past one named alone since
            pair = self._last_pair(a.pos, loose=True)
            if pair is None and counted and _people_noun(body[-1].lower()):
                pair = self._two_people(a.pos)  # "A met B in Geneva. … the two said"
            if pair is not None:
                return pair
        if body and self._unnamed_antecedent(a.pos, False, body[-1].lower()):
            # "The range officer, who is not named, cleared it. “…,” the officer said"
            return None
        successor = self._successor(desc, a.pos)
        if successor is not None:
            return successor
        holder = ents.with_role(desc, a.pos) or (
            ents.with_role(desc.split(" of ")[0], a.pos) if " of " in desc else None
        )  # "the leader of the council": the holder of "leader"
        if holder is None and body:
            head = body[-1].lower()
            holder = self._named_after(head, a.pos) or (
                None if head.endswith("s") else self._body_apposed_to(head, a.pos)
            )  # "the label said" after "Their label, Marlow Records,"; not a plural
        if holder is None and len(body) >= 2 and words[0].lower() in _POSSESSIVES | {"its"}:
            holder = self._sole_holder(" ".join(body).lower())  # "what its chief executive called"
        if holder is not None:
            return _Pick(holder.name, holder.start, "")
        if lead is not None and " ".join(body).lower() == self._lead_desc:
            # "The prime minister accused …" in the lead, "Daniel Harcourt told MPs …"
            # after it, and no one given the role: "the prime minister replied" is that one
            return _Pick(lead.name, lead.start, "", resolved=lead)
        if body and len(body[-1]) > 3 and body[-1].endswith("s"):
            # "the commissioners said": the body whose name ends so ("Porthkennack
            # Harbour Commissioners")
            m = self._last_org(a.pos, body[-1])
            if m is not None and m.name.lower().endswith(body[-1].lower()):
                return _Pick(m.name, m.start, "")
        for role, who in self.roles.items():
            if desc.endswith(role):
                return _Pick(who, a.pos, "")
        head = " ".join(body).lower().split(" of ")[0].rsplit(" ", 1)[-1] if body else ""
        at = self.s.rfind(a.name or "", max(0, a.pos - 80), a.pos + 1)
        of_before = at > 0 and self.s.endswith("of ", 0, at)  # "the chair of the judges"
        owned_doc = head in _DOCUMENTS and any(w.endswith(("’s", "'s")) for w in body[:-1])
        if (
            owned_doc
            or (not of_before and head in _JOURNALIST_ROLES)
            or (
                not of_before
                and len(head) > 3
                and head.endswith("s")
                and head not in _PAIR_WORDS
                and _people_noun(head)
            )
        ):
            # "the inquiry's report states", "the reporter asked", "the inspectors said":
            # a document (CONVENTIONS: null), or a journalist or people counted as
            # several that the article gives no name, is nobody it names
            return None
        return self.last("any")

    def _sole_holder(self, role: str) -> Mention | None:
        """The one person the article gives ``role`` anywhere outside quotes: "X, who
        took over as chief executive in 2024,", "X, its chief executive,", "chief
        executive X"; None when it gives the role to nobody or to two."""
        ents = self.text.entities
        s = self.s
        low = s.lower()
        found: dict[str, Mention] = {}
        i = low.find(role)
        while i >= 0:
            end = i + len(role)
            lead = _HOLDER_BEFORE.search(s, max(0, i - 60), i)
            at = lead.start() if lead is not None else end + 1 if s[end : end + 1] == " " else -1
            m = ents.covering(at) if at >= 0 and not self._quoted(i) else None
            e = ents.entity(m) if m is not None else None
            if m is not None and e is not None and e.kind == "person":
                found[e.name] = Mention(m.start, m.end, e.name, e.kind, m.entity)
            i = low.find(role, end)
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_after(self, head: str, pos: int) -> Mention | None:
        """ "Winger Ali Moss scored … “…,” the winger said", "club captain Ali Moss":
        the newest person before ``pos`` whose name follows the description's head
        noun, as an occupation written before a name, with the person's fullest name."""
        ents = self.text.entities
        s = self.s
        for k, m in enumerate(ents.before(pos)):
            if k >= _LOOK_BACK:
                break
            lead = m.start - len(head) - 1
            if (
                lead >= 0
                and s[m.start - 1] == " "
                and s[lead : m.start - 1].lower() == head
                and (lead == 0 or not s[lead - 1].isalpha())
                and not self._quoted(m.start)
            ):
                e = ents.entity(m)
                if e.kind == "person":
                    return Mention(m.start, m.end, e.name, e.kind, m.entity)
        return None

    def _joint_bodies(self, pos: int) -> _Pick | None:
        """ "Harwell Foods and Pennine Dairies have agreed … the companies said": the
        organisations last named together before ``pos``, as the article joins them:
        two mentions joined by "and" (``_joined_bodies``), or one mention whose name
        holds the pair. One body's name with "and" inside ("Competition and Markets
        Authority") is no pair: a joint has a name of several words before "and", or the
        name after it stands alone elsewhere in the text."""
        ents = self.text.entities
        s = self.s
        for k, m in enumerate(ents.before(pos)):
            if k >= _LOOK_BACK:
                break
            if self._quoted(m.start):
                continue
            joined = self._joined_bodies(m)
            if joined is not None:
                return joined
            if ents.entity(m).kind != "organisation":
                continue
            name = m.name
            cut = max(name.rfind(" and "), name.rfind(" & "))
            if cut <= 0:
                continue
            left = name[:cut].split(", ")[-1]
            right = name[cut:].split(maxsplit=1)[-1]
            first = right.split()[0]
            alone = (
                s.find(first, 0, m.start) >= 0
                or s.find(first, m.end, min(len(s), m.end + 5000)) >= 0
            )
            if " " in left or "," in name or alone:
                return _Pick(m.name, m.start, "")
        return None

    def _two_bodies(self, pos: int, plural: str) -> _Pick | None:
        """ "X agreed to buy Y. … the two companies said": the two organisations of the
        plural's kind the article names before ``pos``, as it joins them where it does
        ("A and the B", one of them maybe read as no body), else in the order it first
        names them; nobody when it names more."""
        kind = _singular(plural)
        kind = "company" if kind in _BUSINESS else kind
        ents = self.text.entities
        seen: dict[str, Mention] = {}  # by name: a lazy model's ids differ by mention
        for m in ents.before(pos):
            e = ents.entity(m)
            if e.kind == "organisation" and is_a(e, kind) and self._in_body_text(m):
                seen[e.name] = Mention(m.start, m.end, e.name, e.kind, m.entity)
        # a name of two joined bodies ("A Foods and B Dairies") counts as two
        count = sum(2 if _joint_bodies_name(m.name) else 1 for m in seen.values())
        joined = self._joint_bodies(pos) if count <= 2 else None
        if joined is not None or count != 2:
            return joined  # "A and the B": as the article joins them
        first, second = sorted(seen.values(), key=lambda m: m.start)
        name = f"{ents.entity(first).name} and {ents.entity(second).name}"
        sp = _Speaker(name, "organisation", "", first.start, second.end)
        return _Pick(name, first.start, "", resolved=sp)

    def in_dateline(self, m: Mention) -> bool:
        """Whether a mention lies in the dateline that opens its line ("VARNA, May 4 —",
        "NAIROBI (AP) —", "Oslo, 3 March 2026 –"): a place and a wire, nobody who speaks."""
        ls = self._line(m.start)[0]
        if m.start - ls > 40:
            return False
        hit = _DATELINE.match(self.s, ls)
        return hit is not None and m.end <= hit.end()

    def _last_org(self, pos: int, head: str | None = None) -> Mention | None:
        """``last_org`` of the entity model, past a dateline: where the sentence it finds
        opens with one ("VARNA, May 4 — The Grain Forum agreed …"), the first body of
        that sentence after it."""
        ents = self.text.entities
        m = ents.last_org(pos, head)
        while m is not None and self._quoted(m.start) and not ents.entity(m).named:
            # "“… we urge the union to accept it,” the operator said": a body the quoted
            # words describe, unnamed, is none the narration can speak for
            m = ents.last_org(m.start, head, reach=max(0, 2500 - (pos - m.start)))
        if m is None or not self.in_dateline(m):
            if (
                m is None
                or not m.name.isupper()
                or not all(self.in_dateline(x) for x in ents.entity(m).mentions if not x.described)
            ):
                return m
            return None  # "the company" chained to a dateline's place: no body named
        end = min(pos, self._sentence_end(m.end))
        for x in _mentions_in(ents, m.end, end):
            e = ents.entity(x)
            if (
                e.kind == "organisation"
                and e.named
                and not self.in_dateline(x)
                and not self._quoted(x.start)
                and (head is None or is_a(e, head.lower()))
            ):
                return Mention(x.start, x.end, e.name, e.kind, x.entity)
        return None

    def _in_body_text(self, m: Mention) -> bool:
        """Whether a mention names something in the article's own sentences: not inside a
        quote, a headline or a dateline ("Place, 1 July 2026 – …" names a place)."""
        s = self.s
        dateline = (m.start == 0 or s[m.start - 1] == "\n") and _DATELINE_AFTER.match(s, m.end)
        return not (dateline or self._quoted(m.start) or _is_headline(s, m.start))

    def _joined_bodies(self, m: Mention) -> _Pick | None:
        """ "Ormond Foods and the Kellmoor Group": the mention ``m`` and the one "and"
        joins before it, as one joint speaker written as the article joins them (the two
        names and what stands between), when one of the two is an organisation (a plural
        of bodies speaks for both: the other is one too) and neither is the body a person
        is "of"."""
        s = self.s
        gap = _AND_BEFORE.search(s, max(0, m.start - 12), m.start)
        if gap is None:
            return None
        ents = self.text.entities
        prev = ents.covering(gap.start() - 1)
        if prev is None:
            return None
        first, second = ents.entity(prev), ents.entity(m)
        kinds = {first.kind, second.kind}
        if first.name == second.name or "organisation" not in kinds:
            return None
        if not kinds <= {"organisation", "person", "unknown"}:
            return None
        if _OF_BODY_BEFORE.search(s, max(0, prev.start - 12), prev.start):
            return None  # "Ann Lee of Ormond and Bo Dahl": a body someone is of, no pair
        # the first as the entity's fullest name when the mention ends it ("Ormond" of
        # "Ormond Foods" stays as written), then the rest as the article writes it
        lead = first.name if first.name.endswith(prev.name) else prev.name
        name = f"{lead}{s[prev.end : m.end]}"
        sp = _Speaker(name, "organisation", "", prev.start, m.end)
        return _Pick(name, prev.start, "", resolved=sp)

    def addressed(self, q: _Quote) -> tuple[_Speaker, _Speaker] | None:
        """A question that names whom it is put to ("…, Mr Fairbairn?", "Ms Lee, did
        you …?"): (the asker, the one addressed), the asker being the person last named
        before the quote other than the one addressed; None when it names nobody so."""
        inner = self.s[q.inner_start : q.inner_end]
        voc = _VOCATIVE.search(inner)
        if voc is None:
            return None
        ents = self.text.entities
        m = ents.find(voc.group("name"), q.start)
        if m is None or ents.entity(m).kind != "person":
            return None
        e = ents.entity(m)
        asker = self.turns.questioner
        if asker is not None and asker.kind == "person" and asker.name != e.name:
            # "Ms Brandt, how many …?" then "Mr Tallis, where …?": the one who put the
            # last question goes on asking; the one addressed is not the speaker
            answerer = _Speaker(e.name, "person", "conversation_turns", m.start, m.end)
            return asker, answerer
        for k, other in enumerate(ents.before(q.start)):
            if k >= _LOOK_BACK:
                break
            o = ents.entity(other)
            if o.kind != "person" or o.id == e.id or self._quoted(other.start):
                continue
            asker = _Speaker(o.name, "person", "conversation_turns", other.start, other.end)
            answerer = _Speaker(e.name, "person", "conversation_turns", m.start, m.end)
            return asker, answerer
        return None

    def _successor(self, desc: str, pos: int) -> _Pick | None:
        """ "the new harbour master said", when the article gave the role to someone
        ("the harbour master, Winifred Trelawny-Osei"): the one taking it over, the person
        last named before ``pos`` other than the holder; None for a role nobody held, or
        one the article gave with the same word ("the new landlady, Ann Lee": her)."""
        words = desc.split()
        if len(words) < 3 or words[1] not in _SUCCESSION:
            return None
        ents = self.text.entities
        holder = ents.with_role(" ".join([words[0], *words[2:]]), pos)
        if holder is None or " ".join(words[1:]) in ents.entity(holder).roles:
            return None
        for k, m in enumerate(ents.before(pos)):
            if k >= _LOOK_BACK:
                break
            e = ents.entity(m)
            if e.kind == "person" and e.id != holder.entity and not self._quoted(m.start):
                return _Pick(e.name, m.start, "")
        return None

    def _entity(self, pick: _Pick) -> _Speaker | None:
        """The article's entity a pick names, as a speaker; None when the pick names
        nobody, ``_REJECTED`` when what it names is no person or organisation."""
        if pick.resolved is not None:
            return pick.resolved.moved(pick.sieve)
        if pick.name is None:
            return None
        ents = self.text.entities
        m = ents.find(pick.name, pick.pos)
        if m is None and not pick.described:
            m = self._named_elsewhere(pick.name, pick.pos)
        if m is not None and pick.name.endswith(" " + m.name) and m.title:
            # "Backbencher Ann Lee interrupted": the words before the name are its title
            lead = pick.name[: -len(m.name)].strip().lower()
            if lead and m.title.endswith(lead):
                return self._speaker_of(m, pick)
        if m is not None and ents.entity(m).name.endswith(" " + pick.name):
            return self._speaker_of(m, pick)  # "said Cllr bin Hassan": Tariq bin Hassan's
        if m is None or (len(pick.name) > len(m.name) and " " in pick.name):
            # a description that names its organisation ("the union", "ministry of
            # health"), or a name over several mentions ("Compassion in World Farming")
            i = self.s.find(pick.name, max(0, pick.pos - 300), pick.pos + 300)
            if i < 0:
                return _REJECTED if m is None else self._speaker_of(m, pick)
            first = ents.covering(i) or ents.at(i, i + len(pick.name))
            if first is None or not ents.entity(first).speaks:
                return None if pick.described else _REJECTED
            kind = "organisation" if pick.described or " " in pick.name else "person"
            return _Speaker(pick.name, kind, pick.sieve, i, i + len(pick.name))
        return self._speaker_of(m, pick)

    def _named_elsewhere(self, name: str, pos: int) -> Mention | None:
        """ "On Thursday Tolliver said", the model reading no mention there and the
        article naming Graham Tolliver far before: the mention of the entity the article
        calls ``name`` (its whole name or its surname, or a person's given name: "On
        Friday Graham told") nearest to ``pos``."""
        ents = self.text.entities
        m = ents.find(name, pos, len(self.s))
        if m is None:
            return None
        e = ents.entity(m)
        words = e.name.split()
        given = e.kind == "person" and len(words) > 1 and name == words[0]
        return m if given or name in (m.name, e.name, words[-1]) else None

    def _speaker_of(self, m: Mention, pick: _Pick) -> _Speaker | None:
        ents = self.text.entities
        e = ents.entity(m)
        if not e.speaks:
            return _REJECTED
        if not e.named and e.name.split()[0] not in _INSTITUTIONS:
            return None  # "the agency said", and the article names no agency
        if (
            e.kind == "unknown"
            and len(e.mentions) == 1
            and " " not in e.name
            and self.s.endswith("the ", 0, m.start)
        ):
            family = self._family(e.name, m.start)
            if family is not None:
                return family.moved(pick.sieve)
            # "the Italian said", "the Swede told": a word for the person last named
            p = self.last("person")
            return self._entity(p.via(pick.sieve)) if p else None
        name = e.name
        if e.kind == "organisation" and m.name != name and _is_acronym(m.name):
            name = m.name  # an organisation as written where it speaks: "UCEA said"
        elif e.kind == "organisation":
            # "Brightwater said", the article having named "Brightwater Foods and Kellmoor
            # Brands" together: the one body, not the pair
            name = _one_of_joint(m.name, name)
        if len(name.split()) == 1 and e.kind != "organisation" and not name.isupper():
            name = self._expand(name)
        kind = "organisation" if e.kind == "organisation" or _org_words(name) else "person"
        # "Ann Lee and her husband, Bob Lee, said": a relation joins them where the
        # second closes the subject of the verb itself
        subject = m.end <= pick.pos <= m.end + 2 and not self.s[m.end : pick.pos].strip(", ")
        bodies = self._joined_bodies(m) if subject else None
        if bodies is not None and bodies.resolved is not None:
            return bodies.resolved.moved(pick.sieve)  # "X and the Y said in a statement"
        joint = self._joint(m, related=subject)
        if joint is not None:
            other, start = joint
            return _Speaker(f"{other} and {name}", kind, pick.sieve, start, m.end)
        joined = self._joined_after_verb(m, pick.pos) if kind == "person" else None
        if joined is not None:
            other, end = joined
            return _Speaker(f"{name} and {other}", kind, pick.sieve, m.start, end)
        return _Speaker(name, kind, pick.sieve, m.start, m.end)

    def _joined_after_verb(self, m: Mention, verb: int) -> tuple[str, int] | None:
        """'“…,” said Ann Lee and Tom Cole in a statement': the person joined by "and"
        to the name right after the speech verb (inverted), and where that name ends."""
        s = self.s
        if not (verb < m.start <= verb + 12) or s[verb : m.start].strip().count(" "):
            return None  # not the name right after the verb
        if not s.startswith(" and ", m.end):
            return None
        ents = self.text.entities
        second = ents.at(m.end + 5, m.end + 70)
        if second is None or second.start != m.end + 5:
            return None
        e, first = ents.entity(second), ents.entity(m)
        if e.kind not in ("person", "unknown") or e.name == first.name or " " not in e.name:
            return None
        return e.name, second.end

    def _family(self, plural: str, pos: int) -> _Speaker | None:
        """ "the Penrose-Hydes said", "the Joneses wrote": the people last named together
        under that surname ("Gwendolyn and Alistair Penrose-Hyde"), else the person last
        named by it; None when no person of the article bears the surname."""
        stems = [plural[:-2], plural[:-1]] if plural.endswith("es") else [plural[:-1]]
        if not plural.endswith("s") or len(plural) < 4:
            return None
        ents = self.text.entities
        for k, m in enumerate(ents.before(pos)):
            if k >= _LOOK_BACK:
                break
            e = ents.entity(m)
            if e.kind != "person" or e.name.split()[-1] not in stems:
                continue
            pair = self._last_pair(pos, loose=True)
            joint = pair.resolved if pair is not None else None
            if joint is not None and joint.name.endswith(e.name.split()[-1]):
                return joint
            return _Speaker(e.name, "person", "", m.start, m.end)
        return None

    def _plural_subject_before(self, at: int) -> bool:
        """Whether the sentence before the one holding ``at`` (in its paragraph) opens
        with a plural that stands for two people: "The two scientists", "Both ministers",
        "The pair", "The study's authors"."""
        starts = self.text.sentence_starts
        k = bisect_right(starts, self.pos) - 1
        if k <= 0:
            return False
        s0 = starts[k - 1]
        if s0 < self._line(self.pos)[0]:
            return False
        if _PLURAL_SUBJECT.match(self.s, s0) is not None:
            return True
        plural = _PLURAL_PEOPLE_OPENING.match(self.s, s0)  # "The paper's authors"
        return plural is not None and _people_noun(plural.group("noun"))

    def _last_pair(self, pos: int, loose: bool = False) -> _Pick | None:
        """'Chen and Okafor wrote … the pair said': the two people last named together,
        joined as the article joins them, if nobody else was named since."""
        ents = self.text.entities
        i = bisect_left(ents._starts, pos) - 1
        # a plural subject just before ("the sisters posted …") reaches further back
        reach = 4000 if loose else 1500
        while i > 0 and ents.mentions[i].start > pos - reach:
            m = ents.mentions[i]
            e = ents.entity(m)
            if e.kind == "person" and not self._quoted(m.start):
                joint = self._joint(m, related=True)
                if joint is None:
                    if loose:
                        i -= 1
                        continue
                    return None  # a single person named since
                name = e.name if " " in e.name else self._expand(e.name)
                both = f"{joint[0]} and {name}"
                written = self.s[joint[1] : m.end]
                if _SHARED_SURNAME.fullmatch(written) and joint[0].split()[-1] == name.split()[-1]:
                    both = written  # "Hannah and Beth Greenhalgh", as the article joins them
                return _Pick(
                    both, joint[1], "", resolved=_Speaker(both, "person", "", joint[1], m.end)
                )
            i -= 1
        return None

    def _two_people(self, pos: int, reach: int = 600) -> _Pick | None:
        """ "Ann Lee met Bo Dahl in Oslo. “…,” the two said": a description that counts
        two ("the two", "both", "the pair") stands for the two people last named within
        ``reach`` before it when they were not joined by "and", in the order the article
        names them; nobody when it names only one there."""
        ents = self.text.entities
        found: dict[str, Mention] = {}  # by the entity's name, the oldest mention read
        for k, m in enumerate(ents.before(pos)):
            if k >= _LOOK_BACK or m.start < pos - reach:
                break
            if self._quoted(m.start):
                continue
            e = ents.entity(m)
            if e.kind != "person":
                continue
            if e.name not in found and len(found) == 2:
                oldest = min(x.start for x in found.values())
                if self._sentence_start(m.start) == self._sentence_start(oldest):
                    return None  # "A met B, C's deputy": three in the sentence, no pair
                break
            found[e.name] = Mention(m.start, m.end, e.name, e.kind, m.entity)
        if len(found) != 2:
            return None
        first, second = sorted(found.values(), key=lambda m: m.start)
        name = f"{first.name} and {second.name}"
        sp = _Speaker(name, "person", "", first.start, second.end)
        return _Pick(name, first.start, "", resolved=sp)

    def _joint(self, m: Mention, related: bool = False) -> tuple[str, int] | None:
        """ "Ann Lee and Bob Cole wrote": the name joined to ``m`` by "and" before it;
        with ``related``, also across the relation that introduces the second ("Ann Lee
        and her husband, Bob Lee"), read only where a plural stands for the two."""
        s = self.s
        k = self._title_start(m)  # "Dr Ann Lee and Dr Bob Cole": from the title
        ents = self.text.entities
        if s.startswith(" and ", k - 5) or s.startswith(" & ", k - 3):
            prev = ents.covering(k - 6 if s[k - 2] == "d" else k - 4)
        else:
            # "Sen. Dora Pike, a Republican, and Sen. Hal Munro"
            gap = _JOINED_AFTER_APPOSITION.search(s, max(0, k - 60), k)
            if gap is None and related:
                gap = _JOINED_BY_RELATION.search(s, max(0, k - 40), k)
            prev = ents.covering(gap.start() - 1) if gap else None
        if prev is not None:
            # "Ishla Varn of Corrow University and Tam Beddoe": the person whose body the
            # name before "and" is, not the body
            of = _OF_BODY_BEFORE.search(s, max(0, prev.start - 12), prev.start)
            owner = ents.covering(of.start() - 1) if of else None
            if owner is not None and ents.entity(owner).kind == "person":
                prev = owner
        if prev is None or ents.entity(prev).kind not in ("person", "unknown"):
            return None
        first, second = ents.entity(prev), ents.entity(m)
        if second.kind not in ("person", "unknown") or first.name == second.name:
            # one entity twice; compared by fullest name, since mentions read before the
            # whole model carry no entity id of their own
            return None
        name = first.name
        if len(name.split()) == 1:
            name = self._expand(name)
        return name, prev.start

    def _first_named(self, before: int) -> _Pick | None:
        """The first person named in the story before ``before``, headline aside: an
        interview that opens with its subject ("doctors told Leah Ashworth …")."""
        if self._first is None:
            self._first = (len(self.s), None)
            for m in self.text.entities.after(self.s.find("\n")):
                if " " in m.name and m.kind == "person":
                    self._first = (m.start, m.name)
                    break
        pos, name = self._first
        return _Pick(name, pos, "salience") if name and pos < before else None

    def _first_speaker(self) -> _Pick | None:
        """For a quote before anyone is named (a headline): the first named speaker."""
        for a in self.attributions:
            if a.kind == "name" and a.name:
                return _Pick(a.name, a.pos, "salience")
        return None

    def _expand(self, name: str) -> str:
        """The fullest name the text gives a one-word name, read around its mentions."""
        if " " in name or name.isupper():
            return name  # already full, or an acronym ("UCEA")
        hit = self._full.get(name)
        if hit is None:
            hit = self._full[name] = _fullest(self.s, name)
        return hit
