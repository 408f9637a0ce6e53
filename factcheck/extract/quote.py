"""Quote claims: quoted words and who said them.

    Britain is "ready and willing" to help, Sir Keir Starmer said.   → speaker "Keir Starmer"
    “We will not back down,” she added.                              → the last named speaker
    According to the ministry, the plan is ‘on track’.               → speaker "ministry"
    ‘We remain at the table,’ a UEC spokesman said.                  → speaker "UEC"

Finding spans: straight and curly double marks are paired within a paragraph; a
paragraph left open runs from its opening mark to the paragraph's end and is one claim
(the next paragraph re-opens it). Single marks (‘…’ and '…') count outside double
quotes, told apart from apostrophes (don't, Kyiv's, '90s, the players' union) by what
stands either side; in texts that quote with single marks (British style) they may hold
double ones. Quoted titles ("Super Mario Run"), nicknames (Jack "the Hammer" Smith),
words mentioned as words, labels ("the so-called 'gig economy'", a "green levy" plan)
and short terms in sentences where nobody says or judges anything are left out.

Resolving the speaker: an attribution verb next to the quote ("…,” he said",
"Hegseth said:", "according to …", "said UCSU general secretary Marion Hale"), else one
elsewhere in the sentence, else the speaker of the quote before it in the paragraph or
of the rest of a multi-paragraph quote, else the last named speaker. Pronouns and
definite descriptions ("the prime minister") take the last named speaker; indefinite
ones ("an official") give no speaker. Organisations speak for themselves ("the
Scottish government"), through spokespeople ("a spokeswoman" → the organisation last
heard from) or as "the company" (the business last named). A headline quote takes the
speaker of the same words in the story. A surname is given as the fullest name the
article uses for it ("Starmer" → "Keir Starmer"), without titles.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extract._entities import (
    _FEMALE_ROLES,
    _MALE_ROLES,
    ORG_WORDS,
    TITLES,
    VOICES,
    Entities,
    Entity,
    Mention,
    _is_acronym,
    _LazyEntity,
    is_a,
)
from factcheck.extract._spans import Text
from factcheck.models import Claim, QuoteValue

KIND = "quote"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- finding spans

_DOUBLE = re.compile(r'["“”]')
_HAS_MARK = re.compile(r"""["“”‘']|(?<=\s)’""")
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*[\"“‘'])")
# A single-quoted stretch: the opening mark is not inside a word, the closing mark is
# not followed by a letter, and neither touches white space on its inner side.
# Inside, an apostrophe between letters (won't) is no closing mark, nor is one after a
# plural s when more words and a closing mark follow ('students' futures').
_SINGLE = re.compile(
    r"['‘](?<![\w'’‘]['‘])(?!\d0s\b|em\b|tis\b|n['’]\s)"
    r"([^\s'‘’\"“”\n](?:[^'‘\"“”\n]|(?<=\w)'(?=\w)|(?<=s)['’](?=\s[a-z])|[\"“”])"
    r"{0,300}?(?<=[^\s'‘]))['’](?![\w])"
    r"(?!(?<=s['’])\s[a-z](?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w)){0,150}['’](?!\w))"
)
_OPENER_BEFORE = frozenset(" \t\n([{—–-/:;")
_WORD_AFTER = re.compile(r"[\w‘'(\[$£€¥.…]")

# ---------------------------------------------------------------- speakers

# Verbs of characterising another's claim, read as speech only with "as" after them ("a
# claim Lee rejected as “…”", "which the union waved away as “…”"); "described" and
# "dismissed" are speech verbs on their own.
_CHARACTERISING_AS = tuple(
    f"{verb.replace('_', ' ')} as"
    for verb in """rejected rejects branded brands waved_away waves_away derided derides mocked
    mocks ridiculed ridicules scorned scorns brushed_aside brushes_aside brushed_off brushes_off
    laughed_off laughs_off slammed slams lambasted lambasts decried decries disputed
    disputes""".split()
)
_VERBS = (
    r"said|says|say|added|adds|wrote|writes|told|tells|continued|continues|explained|explains|"
    r"noted|notes|stated|states|argued|argues|asked|asks|replied|replies|insisted|insists|"
    r"warned|warns|declared|declares|announced|announces|stressed|stresses|recalled|recalls|"
    r"posted|tweeted|urged|urges|acknowledged|acknowledges|conceded|concedes|claimed|claims|"
    r"remarked|suggested|suggests|concluded|admitted|admits|observed|commented|predicted|"
    r"promised|promises|pledged|vowed|vows|cautioned|responded|countered|emphasized|"
    r"emphasised|testified|reads|read|wrote|quipped|agreed|agrees|conceded|told|recounted|"
    r"maintained|maintains|contended|contends|described|describes|called|calls|"
    r"characterized|characterised|Says|Said|Warns|Tells|Writes|Adds|Insists|Claims|Vows|"
    r"accused|accuses|praised|praises|hailed|hails|criticised|criticized|condemned|"
    r"dismissed|denounced|saying|warning|adding|telling|arguing|noting|insisting|writing|"
    r"stating|claiming|accusing|describing|pressed|presses|answered|answers|interjected|"
    r"retorted|demanded|demands|reminded|reminds|" + "|".join(_CHARACTERISING_AS)
)


def _trie(words: list[str]) -> str:
    """One regex alternation for many words, shaped as a trie so each position is cheap."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


_VERB_BODY = rf"(?:{_trie(sorted(set(_VERBS.split('|'))))}|[Aa]ccording to)\b"
_VERB = re.compile(rf"\b{_VERB_BODY}")
# For scanning a whole text: the character before the verb is consumed rather than
# tested with \b, which lets the regex engine skip ahead to the next space or mark.
_VERB_SCAN = re.compile(rf"[\s“”\"‘’(—–-]{_VERB_BODY}")
# A capitalised word ("Amazon.com", "Jae-myung") or an abbreviation ("U.S.", "J.", "Inc.").
_NAME_TOKEN = (
    r"(?:(?:[A-Z]\.){1,3}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Gov|Sen|Rep|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\."
    r"|[A-ZÀ-ÖØ-ÞĀ-ž][\w’'&-]*(?:\.[\w’'&-]+)*)"
)  # capitals of Latin-1 and Latin Extended-A too: "Álvaro Medina", "Łukasz Nowak"
_PARTICLE = r"(?:de|van|von|der|den|da|del|della|bin|al|ibn|dos|du|le|la|ter)"
_NAME = rf"{_NAME_TOKEN}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?{_NAME_TOKEN}){{0,6}}"
_FULL_NAME = re.compile(
    rf"{_NAME_TOKEN}(?:[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?{_NAME_TOKEN}){{1,4}}"
)
_PRONOUNS = _words("he she they we i it")
_ADVERBS = (
    r"(?:(?:also|later|then|previously|earlier|once|has|had|have|would|will|further|again)\s+)*"
    r"(?:[a-z]+ly\s+)?"
)
# What stands before a speech verb: a name (maybe with an appositive), a pronoun or a
# description ("the prime minister", "an official"), then perhaps adverbs. Read
# backwards word by word from the verb (see ``_subject``).
_TOKEN = re.compile(_NAME_TOKEN)
_PARTICLES = _words("de van von der den da del della bin al ibn dos du le la ter")
_SUBJECT_ADVERBS = _words(
    "also later then previously earlier once has had have would will further again often"
    " always never even first still now just already"
)
_DETERMINERS = _words("the a an one another its his her their")
_PRONOUN_WORDS = _words("he she they we i it")
_APPOSITIVE_STOP = frozenset(';:“”"()')
# Words naming a role; a name is what follows the last of them ("U.S. Defense Secretary
# Pete Hegseth" → "Pete Hegseth"). Words that only qualify a role (State, Defense, U.S.)
# need no entry: they stand before it.
_TITLES = TITLES  # the roles the entity reader strips from names: one table
_LOWER_TITLE = "|".join(
    # longest first, then by text: the same pattern text in every run (the command line
    # keeps compiled patterns by their text, factcheck._re_cache)
    sorted((re.escape(t) for t in _TITLES if t.isalpha() or "-" in t), key=lambda t: (-len(t), t))
)
# After an inverted verb ("…,” said Jane Doe" / "says the minister"). An organisation
# and a role may stand before the name: "said UCSU general secretary Marion Hale".
_INVERTED = re.compile(
    rf"\s+(?:(?P<name>{_NAME}(?:(?:[ \t]+(?:{_LOWER_TITLE})\b){{1,3}}[ \t]+{_NAME})?)"
    r"|(?P<pron>(?:he|she|they|we|I|it)\b)"
    # (not ended before the last word of a description in apposition: "said the campaign
    # manager, Tariq Oyelowo")
    r"|(?P<desc>(?:the|a|an|one|another|his|her|their|its|both)\s+(?:[\w.’'-]+\s+){0,4}?[a-z][\w-]*(?![\w’'-])"
    r"(?![ \t]+[a-z][\w-]*,[ \t]+[A-Z])"
    # "said the pair of companies": the plural after a word that counts two
    r"(?:(?:(?<=pair)|(?<=couple)|(?<=duo))[ \t]+of[ \t]+[a-z][\w-]*s\b)?"
    rf"(?:\s+(?:for|from|of|at)\s+(?:the\s+)?(?P<org>{_NAME}))?)"
    rf"(?:,[ \t]+(?P<app>{_NAME})(?=[,.;]|$))?"
    # "said campaigner Sam Okoro", "said former mayor Ann Lee"
    r"|(?:(?!(?:on|in|at|by|to|of|for|with|from|after|before|during|that|this|last|and|but)\b)"
    rf"[a-z][\w-]*[ \t]+){{1,3}}(?P<role_name>{_NAME}))"
)
_JUNK = _words(
    """earlier later today the in on at but and or so when while after before as meanwhile
    speaking writing
    also according yet still then if though although because since until says said
    writes wrote adds added tells told asked a an this that these those there here it
    its his her their our we they he she i mr"""
)
_CALENDAR = _words(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday
    tonight tomorrow jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug.
    sep sep. sept sept. oct oct. nov nov. dec dec."""
)
_INDEFINITE = _words("a an one another")
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:so-called|so called|dubbed|termed|nicknamed|labell?ed|branded|"
    r"known\s+as|referred\s+to\s+as|headlined|(?:en)?titled|captioned|"
    r"the\s+(?:term|phrase|words?|label|name|slogan|hashtag|motto|title|headline|caption))"
    r"|\bcalled)"
    r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?$",
    re.IGNORECASE,
)
# Words one of which ends what stands before a label (a cheap test before the regex).
_LABEL_CUES = _words(
    """so-called called dubbed termed nicknamed labelled labeled branded as headlined titled
    entitled term phrase word words label name slogan hashtag motto title headline caption
    captioned"""
)
# "what the union called 'a betrayal'": the words are the union's, not a label.
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?:[\w.’'-]+\s+){1,4}(?:called|termed|dubbed|described\s+as)\s+$", re.IGNORECASE
)
_LABEL_AFTER = re.compile(
    r"^\s*(?:means|meant|refers\s+to|referred\s+to|is\s+(?:a|the)\s+(?:term|word|phrase)|was\s+coined|stands\s+for)\b"
)
_NICKNAME = re.compile(r"(?<![.!?]\s)\b[A-Z][\w.’'-]*[ \t]$")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w’'-]*)")
# Words that can follow a quoted phrase without it being a noun's modifier.
_FUNCTION_WORDS = _words(
    """and or but nor so yet to in on at for of with by from as into onto about over under
    after before than that which who whom whose where when while because if though although
    unless until since is are was were be been being will would shall should can could may
    might must has have had do does did not he she it they we you i his her their its our
    said says say told tells added adds wrote writes according this these those the a an
    there here then also even just only still too again now instead rather is isn’t wasn’t
    against among between through during without within across toward towards upon"""
)
# Verbs of saying, judging and feeling, for telling a short quote from a term.
_ATTITUDE = re.compile(
    r"\b(?:sa(?:id|ys|y|ying)|told|tell(?:s|ing)?|call(?:ed|s|ing)?|describ(?:e|ed|es|ing)|"
    r"reaffirm(?:ed|s)?|reiterat(?:ed|es)|pledg(?:ed|es)|promis(?:ed|es)|vow(?:ed|s)|"
    r"warn(?:ed|s|ing)?|urg(?:ed|es)|accus(?:ed|es|ing)|prais(?:ed|es)|criticis(?:ed|es)|"
    r"criticiz(?:ed|es)|condemn(?:ed|s)|brand(?:ed|s)|hail(?:ed|s)|dismiss(?:ed|es)|"
    r"den(?:ied|ies)|admit(?:ted|s)|acknowledg(?:ed|es)|insist(?:ed|s)|argu(?:ed|es)|"
    r"claim(?:ed|s)|complain(?:ed|s)|deem(?:ed|s)|according|wr(?:ote|ites|iting)|"
    r"post(?:ed)|tweet(?:ed)|add(?:ed|s)|not(?:ed|es)|stat(?:ed|es)|declar(?:ed|es)|"
    r"announc(?:ed|es)|ask(?:ed|s)|repl(?:ied|ies)|quot(?:ed|es)|cit(?:ed|es|ing)|found|"
    r"finds|conclud(?:ed|es)|report(?:ed|s)|recall(?:ed|s)|express(?:ed|es)|voic(?:ed|es)|"
    r"welcom(?:ed|es)|suggest(?:ed|s)|predict(?:ed|s)|fear(?:ed|s)|hope(?:d|s)|"
    r"believ(?:ed|es)|think|thinks|thought|agree(?:d|s)|want(?:ed|s)|blam(?:ed|es)|"
    r"spoke|speaking|statement|interview|letter|memo|report|study|paper|view|words|"
    r"opinion|put\s+it)\b",
    re.IGNORECASE,
)
_SMALL_WORDS = _words("of the and a an in on for to at by with or de du la le & from vs")
_VERB_BEFORE = re.compile(rf"\b(?:{_VERBS})\b[^.]{{0,40}}[:,]\s*$", re.IGNORECASE)
_NAME_VERB_AFTER = re.compile(
    rf"\s*[,—–-]?\s*(?:{_NAME}|he|she|they|I|we)\s+{_ADVERBS}(?:{_VERBS})\b"
)
_ROLE_OPENING = re.compile(r"The[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)(,|[ \t]+[a-z])")


def _verb_like(word: str) -> bool:
    """Whether a word after a role can be its verb ("rejected", "says", "was")."""
    return word.endswith(("ed", "es")) or word in _FINITE or word in _SPEECH


# A lead that describes its subject before naming it: a dateline, then "A coroner",
# "A former health minister", "The prime minister", up to the first verb-like word.
_LEAD_DESCRIPTION = re.compile(
    r"(?:[A-Z][A-Z .’'-]+,[^—–\n]{0,20}[—–-][ \t]*)?(?:A|An|The)[ \t]+"
    r"(?P<desc>(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*)"
    r"(?:[ \t]+(?:of|at|for|from)[ \t]+(?:(?:a|an|the)[ \t]+|(?=[A-Z]))[^,.;:“”\"\n]{1,50}?)?"
    # "The skipper of the trawler X, which sank on Sunday, has said"
    r"(?:,[ \t]+(?:which|who)[ \t][^,.;:“”\"\n]{1,120},)?"
    r"(?=[ \t]+(?:has|had|have|was|is|told|said|says|warned|warns|accused|defended|"
    r"admitted|denied|called|urged|insisted|claimed|who|accused[ \t]+of)\b)"
)
# What may open a paragraph before the person it names: a title or nothing.
_OPENS_PARAGRAPH = re.compile(r"(?:[A-Z][\w.]*[ \t]+){0,2}")
_PRONOUN_OPENING = re.compile(r"(She|He)[ \t]+[a-z]")
_ASKED_BY = re.compile(r"\b[Aa]sked[ \t]+(?:[a-z]+[ \t]+)?by[ \t]+")
_QUESTIONED_PASSIVE = re.compile(
    r"\b(?:was|were|is|being|been)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:questioned|cross-examined|"
    r"examined|quizzed|grilled)\b[^.“”\"\n]{0,60}?\bby[ \t]+"
)
_ROLE_AT = re.compile(r"(?:the|her|his|their)[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w-]*)")
# A sentence that introduces an exchange of questions and answers by naming its two
# parties: the one who asks after "by" at the sentence's start ("Questioned by A, B
# said", "Under cross-examination by A, B conceded", "Pressed by the presenter, A, on
# …, he struggled"), or as the subject of a verb of questioning whose object answers
# ("A pressed her on …", "Counsel, A, took him through the document").
_EXCHANGE_BY = re.compile(
    r"[ \t]*(?:(?:Under|In|During)[ \t]+(?:[a-z]+[ \t]+)?(?:cross-examination|questioning|"
    r"examination|questions)[ \t]+(?:by|from)|(?:Questioned|Pressed|Cross-examined|Quizzed|"
    r"Grilled|Challenged|Interviewed|Examined)(?:[ \t]+(?:again|later|closely|hard|[a-z]+ly))?"
    r"[ \t]+by)[ \t]+"
)
_EXCHANGE_VERB = re.compile(
    r"[ \t]+(?:pressed|questioned|cross-examined|quizzed|grilled|challenged|interviewed|"
    r"took(?=[ \t]+(?:her|him|[A-Z][\w’'-]*)(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+through\b))"
    r"[ \t]+(?:(?P<pron>her|him)\b|(?=[A-Z]))"
)
_ANSWER_PRONOUN = re.compile(r"\b(?:(?P<he>he|He)|(?P<she>she|She))\b")
# The verbs of a question put to someone: "asked whether", "pressed", "suggested that".
_ASKING = re.compile(r"(?:asked|asks|pressed|presses|suggested|suggests|put it to)\b")
_HEADLINE_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)


@dataclass
class _Quote:
    start: int  # the opening mark
    end: int  # after the closing mark, or the paragraph's end when left open
    inner_start: int
    inner_end: int
    open_para: bool  # left open at the paragraph's end
    continues: bool  # re-opens a quote left open in the previous paragraph


@dataclass
class _Attribution:
    pos: int  # the verb's offset
    end: int
    kind: str  # "name", "pron", "desc"
    name: str | None
    definite: bool = False


def extract(text: Text) -> Iterator[Claim]:
    """Every quote claim in the text, in order."""
    s = text.text
    if _HAS_MARK.search(s) is None:
        return
    quotes = _find_quotes(s, text.sentence_starts)
    if not quotes:
        return
    resolver = _Speakers(text, quotes)
    for q, speaker in resolver.resolve():
        if speaker is not None and not _a_mention(text, speaker):
            speaker = None  # a speaker is an entity of the article or nobody, never a guess
        if speaker is not None and speaker.kind == "organisation":
            speaker = _verb_trimmed(s, speaker)
        yield text.claim(KIND, q.start, q.end, _value(_quote_value(s, q), speaker))


def _a_mention(text: Text, speaker: _Speaker) -> bool:
    """Whether the speaker's offsets hold a mention of the article's model, from its first
    word to its last ("a Leeds property developer" read whole is none: only "Leeds" is)."""
    model = text.entities
    first = model.covering(speaker.start) or model.at(speaker.start, speaker.end)
    return first is not None and model.covering(speaker.end - 1) is not None


# A person's name with a verb of their trade and its object after it, read as a body
# named by its trade ("Ewan Rattray ferries tourists", "Mairi Tulloch trains horses").
_OBJECT_AFTER = re.compile(r"[ \t]+[a-z][a-z-]+\b")


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


def _verb_trimmed(s: str, speaker: _Speaker) -> _Speaker:
    """The person of a speaker read as an organisation whose last word is a verb: a
    lower-case -s word after a full name, followed by its object, is no part of the
    name ("Ewan Rattray ferries tourists to the island" → "Ewan Rattray")."""
    words = speaker.name.split()
    last = words[-1]
    if not (last.islower() and last.endswith("s") and len(words) >= 3):
        return speaker
    if not s.endswith(last, speaker.start, speaker.end):
        return speaker
    nxt = _OBJECT_AFTER.match(s, speaker.end)
    if nxt is None or nxt.group(0).strip() in _FUNCTION_WORDS:
        return speaker
    name = " ".join(words[:-1])
    if not _is_person(name) or not all(w[:1].isupper() for w in words[:-1]):
        return speaker
    end = speaker.end - len(last) - 1
    return _Speaker(name, "person", speaker.sieve, speaker.start, end)


_FIELDS = frozenset(QuoteValue.model_fields)


def _value(quote: str, speaker: _Speaker | None) -> QuoteValue:
    """A QuoteValue from checked parts, set directly: model_construct costs more than
    the rest of a claim."""
    value = object.__new__(QuoteValue)
    fields: dict[str, str | int | None]
    if speaker is None:
        fields = {"kind": KIND, "quote": quote, "speaker": None, "speaker_kind": None,
                  "sieve": None, "speaker_start": None, "speaker_end": None}  # fmt: skip
    else:
        fields = {"kind": KIND, "quote": quote, "speaker": speaker.name,
                  "speaker_kind": speaker.kind, "sieve": speaker.sieve,
                  "speaker_start": speaker.start, "speaker_end": speaker.end}  # fmt: skip
    object.__setattr__(value, "__dict__", fields)
    object.__setattr__(value, "__pydantic_fields_set__", set(_FIELDS))
    object.__setattr__(value, "__pydantic_extra__", None)
    object.__setattr__(value, "__pydantic_private__", None)
    return value


def _quote_value(s: str, q: _Quote) -> str:
    inner = s[q.inner_start : q.inner_end].strip()
    if inner.endswith(","):
        inner = inner[:-1].rstrip()
    return inner


# ---------------------------------------------------------------- spans


def _paragraphs(s: str) -> tuple[list[int], list[int]]:
    """Paragraph starts and ends: a blank line, or a new line that opens with a quote mark."""
    starts, ends = [0], []
    for m in _PARAGRAPH.finditer(s):
        ends.append(m.start())
        starts.append(m.end())
    ends.append(len(s))
    return starts, ends


def _find_quotes(s: str, sentences: list[int]) -> list[_Quote]:
    starts, ends = _paragraphs(s)
    spans = _pair_double(s, starts, ends)
    singles = _find_single(s, spans)  # drops doubles nested in single marks
    spans.extend(singles)
    spans.sort(key=lambda q: q.start)
    return [q for q in spans if _is_quote(s, q, spans, sentences)]


def _pair_double(s: str, starts: list[int], ends: list[int]) -> list[_Quote]:
    out: list[_Quote] = []
    open_at = -1
    open_para = -1
    open_cont = False
    left_open = -2  # the paragraph that ended inside a quote
    n = len(s)
    for m in _DOUBLE.finditer(s):
        i = m.start()
        p = bisect_right(ends, i)
        if open_at >= 0 and p != open_para:
            out.append(_open_paragraph(s, open_at, ends[open_para], open_cont))
            left_open = open_para
            open_at = -1
        ch = s[i]
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < n else " "
        if open_at < 0:
            if ch == "”" and not _WORD_AFTER.match(after):
                continue  # a stray closing mark
            if ch == '"' and before.isdigit():
                continue  # inches: 12" or 5'11"
            if ch == '"' and before not in _OPENER_BEFORE and not _WORD_AFTER.match(after):
                continue  # looks like a closer with nothing open
            open_at, open_para = i, p
            open_cont = left_open == p - 1 and not s[starts[p] : i].strip()
            continue
        if ch == "“" and _WORD_AFTER.match(after):
            # a second opening mark while one is open: the first was stray
            open_at = i
            open_cont = False
            continue
        out.append(_Quote(open_at, i + 1, open_at + 1, i, False, open_cont))
        open_at = -1
    if open_at >= 0:
        out.append(_open_paragraph(s, open_at, ends[open_para], open_cont))
    return out


def _open_paragraph(s: str, start: int, end: int, cont: bool) -> _Quote:
    while end > start + 1 and s[end - 1].isspace():
        end -= 1
    return _Quote(start, end, start + 1, end, True, cont)


def _find_single(s: str, doubles: list[_Quote]) -> list[_Quote]:
    if "'" not in s and "‘" not in s:
        return []
    plain: list[_Quote] = []
    holding: list[tuple[_Quote, range]] = []  # single quotes around double ones
    starts = [q.start for q in doubles]
    for m in _SINGLE.finditer(s):
        a, b = m.start(), m.end()
        k = bisect_right(starts, a) - 1
        if k >= 0 and doubles[k].end > a:
            continue  # nested inside a double quote
        inner = m.group(1)
        if len(inner) < 2 or not any(c.isalpha() for c in inner):
            continue
        j = k + 1
        while j < len(doubles) and doubles[j].end <= b and not doubles[j].open_para:
            j += 1
        if j < len(doubles) and doubles[j].start < b:
            continue  # crosses a double quote
        q = _Quote(a, b, a + 1, b - 1, False, False)
        if j > k + 1:
            holding.append((q, range(k + 1, j)))
        else:
            plain.append(q)
    # Single marks hold double ones only where single marks are the house style
    # (British); elsewhere such a stretch runs from an apostrophe ('burbs).
    if holding and len(plain) >= len(doubles) - sum(len(r) for _, r in holding):
        drop = {i for _, r in holding for i in r}
        doubles[:] = [q for i, q in enumerate(doubles) if i not in drop]
        plain.extend(q for q, _ in holding)
    return plain


# ---------------------------------------------------------------- quote or not


def _is_quote(s: str, q: _Quote, spans: list[_Quote], sentences: list[int]) -> bool:
    inner = s[q.inner_start : q.inner_end].strip()
    core = inner.rstrip(",.;:!?…").strip()
    if not core or not any(c.isalpha() for c in core):
        return False
    if q.open_para or q.continues:
        return True
    sent_start = max(
        s.rfind("\n", max(0, q.start - 400), q.start) + 1,
        sentences[bisect_right(sentences, q.start) - 1],
    )
    before = s[sent_start : q.start]
    after = s[q.end : q.end + 80]
    if (
        not _LABEL_CUES.isdisjoint(before[-40:].lower().split()[-4:])
        and _LABEL_BEFORE.search(before, max(0, len(before) - 40))
        and not _WHAT_CALLED.search(before, max(0, len(before) - 60))
    ) or _LABEL_AFTER.match(after):
        return False
    words = core.split()
    if _is_headline(s, q.start):
        return _headline_quote(s, q, spans, core)
    last = inner[-1:]
    if (
        len(words) <= 4
        and last not in ".!?,"
        and _NICKNAME.search(before[-40:])
        and after[:2].strip()[:1].isupper()
    ):
        return False  # Jack "the Hammer" Smith
    if (
        len(words) <= 6
        and (last not in ".!?" or (last == "." and len(words) > 1))
        and _title_case(words)
    ):
        return _adjacent_attribution(before, after)
    if (
        1 < len(words) <= 4
        and last not in ".!?,;:"
        and core[0].islower()
        and words[0] not in _DETERMINERS
        and not _WHAT_CALLED.search(before, max(0, len(before) - 60))
    ):
        m = _NEXT_WORD.match(after)
        if m and m.group(1) not in _FUNCTION_WORDS and not m.group(1).endswith("ly"):
            return False  # a quoted term before its noun: its "green levy" plan
        if before.endswith(("the ", "The ")) and _HEADLINE_VERB.search(before) is None:
            return False  # a term nobody is said to have said: drivers in the "gig economy"
    if (
        len(words) <= 3
        and last not in ".!?"
        and core[0].islower()
        and s.find("\n", 0, q.start) >= 0
    ):
        k = bisect_right(sentences, q.end)
        sent_end = sentences[k] if k < len(sentences) else len(s)
        if _ATTITUDE.search(before) is None and _ATTITUDE.search(s, q.end, sent_end) is None:
            # nobody in the sentence says, calls, vows or fears anything: a term or a
            # scare quote ("workers on 'atypical contracts'"), unless the paragraph quotes
            # someone at length
            para = s.rfind("\n", 0, q.start) + 1
            para_end = s.find("\n", q.end)
            para_end = len(s) if para_end < 0 else para_end
            lo = bisect_left(spans, para, key=_start)
            hi = bisect_left(spans, para_end, key=_start)
            if not any(
                o is not q and s.count(" ", o.inner_start, o.inner_end) >= 3 for o in spans[lo:hi]
            ):
                return False
    return True


def _start(q: _Quote) -> int:
    return q.start


def _title_case(words: list[str]) -> bool:
    if not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _adjacent_attribution(before: str, after: str) -> bool:
    m = _VERB.match(after.lstrip(" ,—–-"))
    if m:
        return True
    if _NAME_VERB_AFTER.match(after):
        return True
    return _VERB_BEFORE.search(before, max(0, len(before) - 60)) is not None


def _is_headline(s: str, i: int) -> bool:
    line_start = s.rfind("\n", 0, i) + 1
    line_end = s.find("\n", i)
    if line_end < 0:
        line_end = len(s)
    line = s[line_start:line_end].rstrip()
    if not line or len(line) > 160 or line[-1] in '.!?"”’:':
        return False
    prev_blank = line_start == 0 or s[max(0, line_start - 2) : line_start] == "\n\n"
    next_blank = line_end == len(s) or s[line_end : line_end + 2] == "\n\n"
    if not (prev_blank and next_blank):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _headline_quote(s: str, q: _Quote, spans: list[_Quote], core: str) -> bool:
    line_start = s.rfind("\n", 0, q.start) + 1
    line_end = s.find("\n", q.end)
    line = s[line_start : line_end if line_end >= 0 else len(s)]
    if _HEADLINE_VERB.search(line.replace(s[q.start : q.end], " ")):
        return True
    low = core.lower()
    for other in spans:
        if other is q:
            continue
        inner = s[other.inner_start : other.inner_end].lower()
        if low in inner and not _title_case(s[other.inner_start : other.inner_end].split()):
            return True
    # the words appear lower-case in the body: a quoted phrase, not a title
    return (
        re.search(rf"(?<![\w]){re.escape(low)}(?![\w])", s[line_end if line_end > 0 else 0 :])
        is not None
    )


# ---------------------------------------------------------------- speakers


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
        # the exchanges introduced before bare turns, by the introduction's paragraph
        self._exchanges: dict[int, tuple[_Speaker, _Speaker, int] | None] = {}
        self._qstarts = [q.inner_start for q in quotes]
        self.attributions = self._attributions()
        self._apos = [a.pos for a in self.attributions]
        self.pos = 0  # the start of the quote being attributed
        self.turns = _Turns()  # who asked the last question, who answered
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
            end = v
            found = _unnamed_np(clause)
            if found is None or (found[0] == "doc" and self._sent_by(found[1], start)):
                return False
            np = (start + found[2], start + found[3])
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
        return self._named_in(self._sentence_start(i), i, _SENDERS)

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
        """'A spokeswoman for the Friends of Marsham Libraries, a volunteer group, said',
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
            named = named or self._last_org(m.start)
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
        results: list[tuple[_Quote, _Speaker | None, bool]] = []
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
        than ``m``'s, whose gender may be ``gender``."""
        x = self._newest_other(m, gender, before)
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
        g = e.gender or self._said_gender.get(e.name) or _kin_gender(self.s, m)
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
                and (len(e.mentions) > 1 or e.roles or e.gender)  # surely someone
                and not self._quoted(m.start)
                and not _possessive(self.s, m)  # "said Yoon’s …": no subject
                and (
                    gender is None or (e.gender or self._said_gender.get(e.name)) in (None, gender)
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
        return e.gender or self._said_gender.get(e.name) or _kin_gender(self.s, m)

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
                if self.turns.named_question
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
        """The person named between ``start`` and ``end`` ("by counsel to the inquiry, Imogen
        Stroud KC"), else the holder of the role written there ("by the coroner")."""
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

    def exchange_parties(self, q: _Quote) -> tuple[_Speaker, _Speaker, int] | None:
        """The asker and the answerer of the exchange a bare turn belongs to, and where
        its introduction ends: the newest paragraph before the quote that does not open
        with a quote, when a sentence of it names the two parties (``_EXCHANGE_BY``,
        ``_EXCHANGE_VERB``); None when it names no exchange."""
        s = self.s
        ps = self._line(q.start)[0]
        for _ in range(12):
            i = ps - 1
            while i >= 0 and s[i].isspace():
                i -= 1
            if i < 0:
                return None
            ps, pe = self._line(i)
            if s[ps : ps + 1] not in ("“", '"'):
                break
        else:
            return None
        if ps in self._exchanges:
            return self._exchanges[ps]
        found = self._exchanges[ps] = self._read_exchange(ps, pe)
        return found

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
            people = [
                m for m in ents.between(st, en)
                if ents.entity(m).kind == "person" and not self._quoted(m.start)
                and not _possessive(s, m)
            ]  # fmt: skip
            by = _EXCHANGE_BY.match(s, st)
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
        return _Speaker(e.name, "person", "conversation_turns", m.start, m.end)

    def _referent(
        self, pron: re.Match[str], st: int, asker: Mention, group: str | None = None
    ) -> _Speaker | None:
        """The person a pronoun of an exchange's introduction names: the newest person
        named before its sentence, other than the asker, of the pronoun's gender."""
        word = (pron.group(group) if group else pron.group()).lower()
        gender = "f" if word in ("she", "her") else "m"
        m = self._newest_other(asker, gender, st)
        if m is None:
            return None
        # "Questioned by A, she said": the person's gender is now known
        self._said_gender.setdefault(self.text.entities.entity(m).name, gender)
        return self._party(m)

    def questioned_by(self) -> tuple[_Speaker, _Speaker] | None:
        """'Ashdown … was questioned for most of the day by counsel to the inquiry, Imogen
        Stroud KC.': the two parties (asker, answerer) the paragraphs before the quote name
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
            if gender is not None and e.gender not in (None, gender):
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
        return self._holder_of(a, words, body, lead)

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
            pair = self._last_pair(a.pos)  # "the pair said", "the two senators wrote"
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
            holder = self._named_after(body[-1].lower(), a.pos)
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
        calls ``name`` (its whole name or its surname) nearest to ``pos``."""
        ents = self.text.entities
        m = ents.find(name, pos, len(self.s))
        if m is None:
            return None
        full = ents.entity(m).name
        return m if name in (m.name, full, full.split()[-1]) else None

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
        return _Speaker(name, kind, pick.sieve, m.start, m.end)

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
        "The pair"."""
        starts = self.text.sentence_starts
        k = bisect_right(starts, self.pos) - 1
        if k <= 0:
            return False
        s0 = starts[k - 1]
        if s0 < self._line(self.pos)[0]:
            return False
        return _PLURAL_SUBJECT.match(self.s, s0) is not None

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
        k = m.start
        ents = self.text.entities
        if s.startswith(" and ", k - 5) or s.startswith(" & ", k - 3):
            prev = ents.covering(k - 6 if s[k - 2] == "d" else k - 4)
        else:
            # "Sen. Elaine Cortez, a Democrat, and Sen. Mark Haverford"
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
        self.questioner: _Speaker | None = None  # who the last question was given to
        self.count = 0

    def note(
        self, s: str, q: _Quote, speaker: _Speaker | None, found: bool, named: bool = False
    ) -> None:
        question = _is_question(s, q)
        self.named_question = question and found and named and speaker is not None
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


def _is_question(s: str, q: _Quote) -> bool:
    inner = s[q.inner_start : q.inner_end].rstrip(" ,”\"’'")
    return inner.endswith("?")


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


# A headline's speaker named right after its quote ("‘…’: chef Ann Lee on …", "‘…’, says
# Ann Lee"), or opening it before its verb or a colon ("Ann Lee says …", "Ann Lee: ‘…’").
_HEADLINE_AFTER_QUOTE = re.compile(
    r"[ \t]*[:,—–-][ \t]*(?:(?:says|said)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
)
_HEADLINE_OPENER = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+){0,2}")
_HEADLINE_SUBJECT_AFTER = re.compile(rf"(?:’s|'s)?[ \t]*(?::|[ \t](?:{_VERBS})\b)")
# The role that is the subject of a headline's speech verb: its first words, or the words
# after "as"/"while"/"after" ("Bank holds rates as governor warns …").
_HEADLINE_ROLE = re.compile(
    r"(?:^|\b(?:as|while|after|and)[ \t]+)(?P<role>(?:[A-Za-z][a-z-]+[ \t]+){0,2}[A-Za-z][a-z-]+)"
    rf"[ \t]+(?i:{_VERBS}|admits|tells|warns|vows|insists|urges|defends|denies)\b"
)
# A company suffix with its full stop: before a capitalised word that is no other suffix
# it ends the sentence ("The bid was won by Carran Co. Ann Voss, its founder, said"), so
# no name runs across it.
_SUFFIX_STOPS = frozenset("Ltd. Co. Inc. Corp. Plc. plc. LLC. Llc.".split())
# Roles a person holds of a body, a vessel or a place, beside the titles of names: "The
# skipper of the trawler X said" is a person described, not X.
_HELD_ROLES = _words(
    """skipper master captain cox pilot owner owners head keeper landlord landlady
    headteacher headmaster headmistress founder manager director coroner"""
)
_ROLE_QUALIFIERS = _words("former ex new acting interim outgoing veteran the a")
# A second verb joined to its clause's first ("… and said", "… and then admitted").
_CONJOINED_END = re.compile(r"[ \t,](?:and|but)(?:[ \t]+(?:then|later|also|afterwards))?[ \t]*$")
_NEW_CLAUSE = re.compile(r"[ \t,]*(?:while|whereas|but|and|although|though)[ \t]+(?!said\b|says\b)")


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
    return r.pick(a, "speech_verb")


# A verb that reports speech and takes a clause: "Lee said the board had …"
_REPORTING = frozenset(("said", "says", "told", "claimed", "argued", "insisted", "added"))
# What ends the reported clause before a later verb: a new sentence, a clause of its own
_CLAUSE_BREAK = re.compile(
    r"[.;:!?“”\"]|\b(?:while|whereas|but|although|though)\b|^[ \t]*[,—–-]|,[ \t]*and\b"
)


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


# What may open a sentence before a body as its subject: "Meanwhile, the …"
_BODY_LEAD = re.compile(r"(?:[A-Z][^,“”\"\n]{0,40},[ \t]+)?(?:[Tt]he[ \t]+)?")
_CAP_RUN = re.compile(r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?[A-Z][\w’'&-]*)*")
_AND_THE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")
_BODY_VERB = re.compile(
    r"(?:’s|'s)?[ \t]+(?:[a-z]+ly[ \t]+)?(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b"
)


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


def _conversation_turns(r: _Speakers, c: _Context) -> _Pick | None:
    """Questions and answers alternate: an unattributed question is the asker's, the
    answer after a question the answerer's. In an interview laid out as bare turns (each
    quote a paragraph of its own), the turns alternate between the two parties, the
    interviewer (the asker, or the other person the introduction names) and the
    interviewee (the person the article names most)."""
    t = c.turns
    question = _is_question(r.s, c.q)
    partner = (
        _exchange_turn(r, c) or (question and _vocative_turn(r, c)) or _interview_partner(r, c)
    )
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


def _exchange_turn(r: _Speakers, c: _Context) -> _Pick | None:
    """A bare turn after a sentence that introduces an exchange by naming its two
    parties ("Questioned by A, she said …", "A pressed him on …"), with only paragraphs
    that open with a quote between: the turns alternate from the one before, and the
    first is the asker's when it asks, the answerer's when it does not."""
    q = c.q
    if not _is_bare(r, c):
        return None
    parties = r.exchange_parties(q)
    if parties is None:
        return None
    asker, answerer, intro = parties
    names = (asker.name, answerer.name)
    prev = c.prev
    before = prev[1] if prev is not None else None
    if (
        prev is not None
        and before is not None
        and prev[0].start > intro
        and _adjacent_paragraph(r, prev[0], q)
        and (q.continues or before.name in names)
    ):
        sp = before if q.continues else answerer if before.name == asker.name else asker
    else:
        sp = asker if _is_question(r.s, q) else answerer
    c.turns.asker, c.turns.answerer = asker, answerer
    return _Pick(sp.name, sp.start, "conversation_turns", resolved=sp)


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


# Words put to an interviewee, printed as plain text before the quoted answer
_ADDRESS = re.compile(r"(?:You|Your)\b")


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
    _speech_verb_next,
    _speech_verb_before,
    _speech_verb_later,
    _sentence_subject,
    _their_words,
    _paragraph_opening,
    _continued_quote,
    _conversation_turns,
    _floor_turn,
    _same_paragraph,
    _salience,
)
# The sieves that read the quote's own attribution; the rest carry a speaker over.
_OWN_SIEVES = frozenset(SIEVES[:7])
_TRANSCRIPT = re.compile(r"[ \t]*(Q|A|Question|Answer)[:.][ \t]*")
# A name as a transcript's turn label: "STRAND:", "Fallon:", "Dame Felicity:"
_NAME_LABEL = re.compile(r"[ \t]*([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]*:[ \t]*")
# What may stand before a sentence's subject: an opening adverbial with its comma
# ("Earlier,", "Vondrak's coach,"), then a description in apposition ("the prosecutor,",
# "the mayor of Regua,", "the former doubles specialist").
# A word right before a name that makes it the object of a verb or a preposition.
_OBJECT_BEFORE = re.compile(
    r"(?<![Aa]ccording )\b(?:of|for|in|at|from|with|by|to|on|asked|told|met|thanked|"
    r"questioned|called|named|and)[ \t]+$"
)
_SUBJECT_LEAD = re.compile(
    r"\s*(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,5},[ \t]+)?(?:[Aa]ccording[ \t]+to[ \t]+)?"
    # a role written as a title, with the body it is held at: "Millbrook manager",
    # "defending champion", "Chief economist"
    r"(?:(?:[A-Z][\w’'-]*[ \t]+)?(?:[a-z][\w’'-]*[ \t]+){1,3}(?=[A-Z]))?"
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z]?[\w-]+(?:’s|'s))[ \t]+"
    r"(?:[a-z][\w’'-]*[ \t]+){0,4}?[a-z][\w’'-]*"
    r"(?:[ \t]+(?:of|for|at|in)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})?"
    r",?[ \t]+)?"
    r"(?:[Tt]he[ \t]+)?"  # "The Office for Product Safety and Standards said"
)
_LINE_BREAK = re.compile(r"\n")


# "Lee is his sister-in-law", "Lee was her late husband": a kin noun said of a person
_KIN_PREDICATE = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:his|her|their)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)(?:-in-law)?\b"
)


# A kin noun in apposition before a name: "Her husband, Dennis,", "Lee's late wife, Ann,".
_KIN_BEFORE = re.compile(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|’s|'s)[ \t]+(?:late[ \t]+|former[ \t]+)?([a-z]+),[ \t]+$"
)


def _kin_gender(s: str, m: Mention) -> str | None:
    """The gender a kin noun said of the person at ``m`` tells ("X is his sister": f,
    "her husband, X,": m)."""
    kin = _KIN_PREDICATE.match(s, m.end) or _KIN_BEFORE.search(s, max(0, m.start - 30), m.start)
    if kin is None:
        return None
    word = kin.group(1)
    return "m" if word in _MALE_ROLES else "f" if word in _FEMALE_ROLES else None


def _org_head(body: list[str]) -> str:
    """A description's organisation head noun, last or before "of"/"for" ("the ministry
    of social affairs"), not a noun inside a clause ("a night that party leaders"); ""
    when it has none."""
    low = [w.lower() for w in body]
    for k, w in enumerate(low):
        if (w in _ORG_WORDS or w in _ORG_HEADS) and (
            k == len(low) - 1 or low[k + 1] in ("of", "for")
        ):
            return w
    return ""


def _possessive(s: str, m: Mention) -> bool:
    return s.endswith(("’s", "'s"), m.start, m.end) or s.startswith(("’s", "'s"), m.end)


def _org_words(name: str) -> bool:
    return any(w.lower() in _ORG_WORDS for w in name.split())


# A sentence that opens with a name as its subject ("Earlier Saturday, Yoon apologized").
_SENTENCE_SUBJECT = re.compile(
    rf"(?:(?P<lead>[A-Z][^,“”\"\n]{{0,40}}),\s+)?(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:[a-z]+ly\s+)?(?:last|this|on|has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)"
)
# The same after a role in lower case that follows a capitalised word ("Regular commuter
# Owen Pryce summed up …"): read for a quote's own sentence only, when the first fails.
_ROLE_SUBJECT = re.compile(
    r"[A-Z][a-z]+[ \t]+(?:(?!(?:of|in|at|for|from|with|to|on|by|and|or|the|a|an)\b)"
    r"[a-z][\w-]*[ \t]+){1,2}(?=[A-Z])"
    rf"(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:[a-z]+ly\s+)?(?:last|this|on|has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)"
)


def _subject(window: str) -> tuple[str | None, str | None, str | None, str | None] | None:
    """The subject standing right before a speech verb: (name, pronoun, description,
    appositive), or None. "Lee, the party leader," gives the name "Lee"; "the bank's
    governor, Maria Lopez," gives the description and the appositive name."""
    tokens = window.split()
    i = len(tokens) - 1
    while i >= 0 and (
        tokens[i] in _SUBJECT_ADVERBS
        or (
            len(tokens[i]) > 4
            and tokens[i].endswith("ly")
            and tokens[i].isalpha()
            and tokens[i].islower()
        )
    ):
        i -= 1
    if i < 0 or tokens[i] in ("and", "but"):
        return None
    if i >= 1 and tokens[i] in ("who", "which") and tokens[i - 1].endswith(","):
        # "payroll clerk Imran Qureshi, who said", "the trust, which said": the
        # relative pronoun's antecedent, the words before its comma
        return _subject(" ".join(tokens[:i])[:-1])
    app: str | None = None
    if tokens[i].endswith(","):
        j = i - 1
        while j >= 0 and i - j <= 20 and not tokens[j].endswith(","):
            if any(c in _APPOSITIVE_STOP for c in tokens[j]):
                return None
            j -= 1
        if j < 0 or i - j > 20:
            return None
        app = " ".join(tokens[j + 1 : i + 1])[:-1]
        if any(c in _APPOSITIVE_STOP for c in app):
            return None
        tokens = [*tokens[:j], tokens[j][:-1]]
        i = j
        if i >= 1 and tokens[i].isdigit() and tokens[i - 1].endswith(","):
            # "Ann Lee, 82, whose uncle …, said": the age in apposition too
            tokens = [*tokens[: i - 1], tokens[i - 1][:-1]]
            i -= 1
    word = tokens[i]
    if word.startswith("(") and word.endswith(")") and _TOKEN.fullmatch(word[1:-1]):
        return word[1:-1], None, None, None  # "The Staff Union (SU) said": the short name
    if word.lower() in _PRONOUN_WORDS and app is None:
        return None, word, None, None
    if word.lower() == "both" and app is None:
        return None, None, "both", None  # "Both said": the pair, as "the two said"
    if word[:1].isupper() and _TOKEN.fullmatch(word):
        if app and _FULL_NAME.fullmatch(app.strip()) and _clean_name(app.strip(), None):
            # "A political scientist at Westmarch University, Dr Farida Mensah, told":
            # the person in apposition speaks, not the body her description names
            return app.strip(), None, None, None
        k = i
        while k > 0 and i - k < 6:
            prev = tokens[k - 1]
            if _time_before_name(tokens, k - 1):
                break  # "On Thursday Tolliver said": the day is no part of the name
            if prev in _SUFFIX_STOPS and tokens[k] not in _SUFFIX_STOPS:
                break  # "won by Carran Co. Ann Voss, its founder, said": a sentence ended
            if _TOKEN.fullmatch(prev) or (prev in _PARTICLES and k - 1 > 0):
                k -= 1
            else:
                break
        if tokens[k] in _PARTICLES:
            k += 1
        while (
            k >= 2
            and tokens[k - 1] in ("for", "and", "&")
            and tokens[k - 2][:1].isupper()
            and _TOKEN.fullmatch(tokens[k - 2])
            and (tokens[k - 1] != "and" or any(w.lower() in _ORG_WORDS for w in tokens[k : i + 1]))
        ):
            # "the Institute for Fiscal Research", "the Schoolmasters and Lecturers Union":
            # a link inside an organisation's name
            k -= 2
            while (
                k > 0
                and i - k < 8
                and tokens[k - 1][:1].isupper()
                and _TOKEN.fullmatch(tokens[k - 1])
            ):
                k -= 1
        name = " ".join(tokens[k : i + 1])
        # "Helene Girard of the University of Montreal": the person, not the place;
        # "the Bank of England": the whole name
        while k >= 2:
            j = _past_descriptor(tokens, k - 1)
            if tokens[j].lower() == "the":
                j -= 1
            if j < 1 or tokens[j] not in _OF:
                break
            e = j
            while (
                j > 0
                and e - j < 4
                and tokens[j - 1][:1].isupper()
                and _TOKEN.fullmatch(tokens[j - 1])
            ):
                j -= 1
            if j == e:
                before = tokens[e - 1].lower() if e >= 1 else ""
                if (
                    (before in _TITLES or before in _HELD_ROLES)
                    and e >= 2
                    and tokens[e - 2].lower() in _DETERMINERS
                ):
                    # "The leader of Marsham District Council said": a person by a role
                    # the body gives, not the body
                    return None, None, " ".join(tokens[e - 2 : i + 1]), None
                break
            run = tokens[j:e]
            if not any(w.lower() in _ORG_WORDS for w in run):
                return " ".join(run), None, None, None
            name = " ".join(tokens[j : i + 1])
            k = j
        return name, None, None, None
    if word.replace("-", "").isalpha() and word[:1].islower():  # "the co-author"
        if app:  # "Professor Joris Van Aelst from KU Leuven": the person, not the body
            app = _FROM_BODY.sub("", app)
        named = _TRAILING_NAME.search(app) if app else None
        if named and _clean_name(named.group(1), None):
            # "Vondrak’s coach, the former doubles specialist Piet Van Aalst, said",
            # "whose sports director, Henrike Vollmer, said": the person in apposition
            return named.group(1), None, None, None
        for k in range(i - 1, max(-1, i - 6), -1):
            t = tokens[k]
            if (
                t.lower() in _DETERMINERS
                or t.lower() == "both"
                or (t[:1].isupper() and t.endswith(("’s", "'s")) and len(t) > 3)
            ):  # "the ministry", "Iraq’s oil ministry", "both companies"
                return None, None, " ".join(tokens[k : i + 1]), app
            if not _PLAIN_WORD.fullmatch(t):
                return None
    return None


# An unnamed source as a subject: an indefinite description of a person, one said to
# be unnamed, a document or an object with words on it (CONVENTIONS: documents are null).
_DOCUMENTS = _words(
    """sign signs banner banners note notice poster placard leaflet plaque memo memorandum
    letter email e-mail message messages text post tweet report paper study review minutes
    indictment decision judgment judgement ruling briefing document filing notebook diary audit
    page entry label caption inscription draft"""
)
_ANONYMOUS = re.compile(
    r"\b(?:who|which)[ \t]+(?:asked|did[ \t]+not[ \t]+want|declined|is[ \t]+not|was[ \t]+not|"
    r"cannot[ \t]+be|can(?:no|\W)t[ \t]+be|refused)\b[^.;:]{0,40}?\b(?:named|name|identified)\b"
    r"|\bon[ \t]+condition[ \t]+of[ \t]+anonymity\b|\bwho[ \t]+(?:is|was)[ \t]+not[ \t]+named\b"
)
_UNNAMED_PLURAL = _words(
    """critics campaigners residents experts protesters witnesses observers activists
    sources judges viewers fans locals neighbours villagers shoppers commuters passengers
    bystanders onlookers insiders"""
)
_plural_words = "|".join(sorted(_UNNAMED_PLURAL))
_UNNAMED_LEAD = re.compile(
    # an opening adverbial with its comma ("Outside court,")
    r"(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4},[ \t]+)?"
    r"(?:(?P<one>(?:[Oo]ne|[Aa]nother)"
    r"(?:[ \t]+of[ \t]+(?:them|those|these|the[ \t]+[a-z][\w’'-]*)(?![\w’'-])|,))"
    r"|(?P<some>[Ss]ome(?:one|body)\b)"
    r"|(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his)[ \t]+"
    r"(?P<np>(?:[\w’'-]+[ \t]*){1,5})"
    # people in the plural that name nobody ("Critics have called", "consumer
    # campaigners", "two government sources")
    rf"|(?:(?:[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]ost)[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+)?"
    rf"(?P<plural>(?i:{_plural_words}))(?=[ \t,]))"
)
# Nested speech: a pronoun that opens the clause a verb of saying or remembering reports,
# as the subject of the next speech verb ("A friend said she had called it …", "one
# neighbour recalled that he often told staff …"): the words are the pronoun's person's.
_REPORTED_PRONOUN = re.compile(
    r"\b(?:said|says|told[ \t]+[a-z]+|recalled|recalls|remembered|remembers|believed|"
    r"added|explained|insisted|thought|knew)(?:[ \t]+that)?[ \t]+(?:he|she|they)[ \t]+"
    r"(?:(?:had|has|have|would|once|often|always|never|even|also|later|again|[a-z]+ly)[ \t]+)*$"
)
# What stands between a nested speaker's verb and a quote it does not introduce: a
# clause of its own ("had called police after hearing “…”").
_NOT_INTRODUCING = re.compile(
    r"\b(?:after|when|because|before|while|since|until|if|to|and|but)\b|[,;:.]"
)
_UNNAMED_AFTER = re.compile(r"[ \t]+(?:one|a|an|another)(?:[ \t]+[a-z]|,)")
_INDEF_PERSON = _words("a an one another")
_NAMED_PERSON = frozenset(("person", "unknown"))
_SENDERS = frozenset(("person", "organisation"))
_CAPITAL = re.compile(r"(?<![\w’'-])[A-Z]")
_PLACED = re.compile(r"\b(?:from|in|at|of|near|on|for|with|outside)[ \t]+(?:the[ \t]+)?$")
_DEMONYM = ("an", "ese", "ish", "i")  # "a senior Vardish official"
# What ends the words of a subject's noun phrase.
_NP_STOP = _words(
    """who whose which that of on in at from to for by with near outside inside beside
    a an the and or but as"""
)


_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_LEADS = _words("on in by since until from last this next early late")


def _time_before_name(tokens: list[str], j: int) -> bool:
    """Whether ``tokens[j]`` ends a time adverbial that stands before a name ("On Monday
    Ruth Ames said", "In March Ames said"): a weekday, or a month after a preposition
    or 'last', so a first name such as "April" or "June" stays part of its name."""
    word = tokens[j].lower().rstrip(",")
    if word in _WEEKDAYS:
        return True
    return word in _CALENDAR and j > 0 and tokens[j - 1].lower() in _TIME_LEADS


def _past_descriptor(tokens: list[str], j: int) -> int:
    """Where "the" stands before the nouns that class a body ("of the stockbroker Gale
    Hart", "at the think tank Civitas"): its index when one or two such nouns end at
    ``j``, else ``j``."""
    d = j
    while d >= 0 and j - d < 2 and tokens[d].isalpha() and tokens[d].islower():
        if tokens[d] in _OF or tokens[d] == "the":
            break
        d -= 1
    return d if d < j and d >= 1 and tokens[d] == "the" and tokens[d - 1] in _OF else j


def _unnamed_np(text: str) -> tuple[str, str, int, int] | None:
    """What the subject that opens ``text`` is, with its head noun: ("doc", head) for a
    document or object ("The memo, shown to the inquiry,", "A council sign"), ("person",
    head) for an unnamed person ("one mother", "A man who lives upstairs", "the
    officer, who is not named,"), None otherwise. The caller rules out names of
    people inside it, outside the description's own words (the span returned last:
    "One Vardish deckhand" may be read as a name)."""
    m = _UNNAMED_LEAD.match(text)
    if m is None:
        return None
    if m.group("one") or m.group("some"):
        return ("person", "", m.start(), m.end())
    if m.group("plural") is not None:
        plural = m.group("plural").lower()
        span = (m.start("plural"), m.end())
        return ("person", plural, *span) if plural in _UNNAMED_PLURAL else None
    det = m.group("det").lower()
    words: list[str] = []
    for w in m.group("np").split():
        low = w.lower()
        if low in _NP_STOP or low in _FINITE or low in _SPEECH:
            break
        words.append(w)
    begin = m.start("det")
    end = m.start("np") + len(" ".join(words))
    if not words or any(w.lower() in _SPOKES for w in words):
        return None  # "a spokeswoman for X": the body it speaks for (``_spoken_for``)
    if any(w.lower() in _DOCUMENTS for w in words):
        return ("doc", next(w.lower() for w in words if w.lower() in _DOCUMENTS), begin, end)
    head = words[0]
    if det in _INDEF_PERSON:
        # "one mother", "A Vardish deckhand"; not "A Labour MP", "An Acme official"
        if head[:1].isupper() and (len(words) < 2 or not words[1].islower()):
            return None
        if any(w[:1].isupper() and not w.endswith(_DEMONYM) for w in words[1:]) or (
            len(words) > 1 and words[-1][:1].isupper()
        ):
            return None  # "a claim Labour dismissed": a name's clause, not a person
        return ("person", " ".join(words).lower(), begin, end)
    if words[-1].lower() in _UNNAMED_PLURAL:
        return ("person", words[-1].lower(), begin, end)  # "the residents", "the judges"
    # a definite description said to be unnamed ("The train driver, who was not named,")
    if _ANONYMOUS.search(text, m.end("det"), m.end() + 80):
        return ("person", " ".join(words).lower(), begin, end)
    return None


# How many names back a pronoun or "the company" may reach.
_LOOK_BACK = 40
_UNSET = object()
_THEIR_WORDS = re.compile(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:view|words|verdict|message|response|reply|answer|"
    r"assessment|advice|warning|opinion|description|assurance|promise)\b"
)
_ROLE_AFTER = re.compile(rf",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?i:{_LOWER_TITLE})\b")
_AGE = re.compile(r",[ \t]+\d{1,3},")
# Plural nouns that open sentences like names do ("Officials said …") but name nobody.
_GENERIC = _words(
    """officials police critics analysts residents experts researchers scientists
    protesters witnesses investigators prosecutors lawmakers economists doctors
    teachers parents students workers authorities sources observers activists
    campaigners officers regulators"""
)
_POST_NOMINALS = _words("KC QC MP MEP MSP Jr Jr. Sr Sr. II III OBE MBE CBE PhD")
_POSSESSIVES = _words("his her their my our")
_PLAIN_WORD = re.compile(r"[\w.’'-]+")
_OF = frozenset(("of", "at", "from"))
_NICK_IN_NAME = re.compile(r"\b([A-Z][\w’'.-]*)[ \t][“\"‘][^“”\"‘’\n]{1,30}[”\"’](?=[ \t][A-Z])")
_FINITE = _words("is was has had will would can could did does")
_SPEECH = frozenset(_VERBS.lower().split("|"))


def _clause_subject(
    clause: str,
) -> tuple[str | None, str | None, str | None, str | None] | None:
    """The subject of a sentence: what stands before its first verb-like word."""
    tokens = clause.split()
    for k in range(1, min(len(tokens), 12)):
        t = tokens[k]
        if not (t.isalpha() and t.islower()):
            continue
        prev = tokens[k - 1]
        after_name = (
            prev[:1].isupper() and prev.lower() not in _DETERMINERS and t not in _SMALL_WORDS
        )  # "The Bank of England held …"
        if after_name or t.endswith("ed") or t in _FINITE or t in _SPEECH:
            return _subject(" ".join(tokens[:k]))
    return None


def _near(s: str, end: int, a: _Attribution) -> bool:
    gap = s[end : a.pos]
    return len(gap) <= 80 and "." not in gap.replace("U.S.", "").replace("U.K.", "")[:1]


# Organisation words: the entity reader's one table.
_ORG_WORDS = ORG_WORDS
_BUSINESS = _words(
    """company firm group retailer maker manufacturer insurer lender operator developer
    startup publisher broadcaster airline bank carmaker chipmaker miner utility supplier
    carrier"""
)
_INSTITUTIONS = _words(
    """government ministry police council parliament army cabinet administration
    department union party court committee commission trust board authority regulator
    watchdog"""
)
# "a spokeswoman for X", "analysts at X", "an X spokesman": the subject speaks for X.
# One who speaks for a body, and the groups that do ("Economists at X wrote").
# (the entity reader's table of them: singular ones after "a"/"the", plural ones open)
_BODY_VOICES = tuple(sorted(w for w in VOICES if not w.endswith(("s", "people"))))
_BODY_GROUPS = tuple(sorted(w.capitalize() for w in VOICES if w.endswith(("s", "people"))))
_FOR_BODY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Oo]ne)[ \t]+(?:(?P<before>[A-Z][\w&.’'-]*)[ \t]+)?"
    rf"(?:senior[ \t]+|chief[ \t]+)?(?:{'|'.join(_BODY_VOICES)})"
    r"(?(before)|(?P<after>[ \t]+(?:for|at|from|of|with)[ \t]+(?:the[ \t]+)?))"
    rf"|\b(?:{'|'.join(_BODY_GROUPS)})[ \t]+(?P<after2>(?:at|for|from)[ \t]+(?:the[ \t]+)?)"
)
# An interview's introduction: the role of the one who asks, before the name ("with
# presenter Gareth Huxley", "the host, Ann Lee,"), and what is said of the one who
# answers, after it ("Teodora Blaine, was pressed on Tuesday").
_ASKER_ROLES = frozenset(
    ("presenter", "host", "interviewer", "anchor", "moderator", "questioner", "broadcaster")
)
_ASKER_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(_ASKER_ROLES))})s?,?[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?$", re.IGNORECASE
)
_ASKED_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:was|is|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:pressed|questioned|interviewed|cross-examined|asked|grilled|quizzed|challenged)\b"
)
# Words that name who puts the questions of a transcript, right before that person
# (and the description in apposition): "cross-examination by X", "questions from X".
_QUESTIONED_BY = re.compile(
    r"\b(?:by|from|with)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?(?:[\w’'-]+,[ \t]+)?$"
)
_PLURAL_SUBJECT = re.compile(
    # after an opening adverbial or clause: "Later,", "Asked what they would buy,"
    r"\s*(?:[A-Z][^,.;:“”\"‘’\n]{0,60},[ \t]+)?"
    r"(?:[Tt]he[ \t]+(?:two|pair|couple|duo|sisters|brothers|twins|siblings)\b|[Bb]oth[ \t]+[a-z]+|"
    r"[Tt]he[ \t]+[a-z]+[ \t]+(?:pair|duo)\b)"
)
_FROM_BODY = re.compile(rf"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?{_NAME}$")
_TRAILING_NAME = re.compile(rf"(?:^|[ \t])({_FULL_NAME.pattern})$")
# A verb of address and its object pronoun after a sentence's subject ("Lee pressed him").
_OBJECT_PRONOUN = re.compile(
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:pressed|asked|told|questioned|challenged|urged|"
    r"interrupted|thanked|reminded|quizzed|grilled)[ \t]+(him|her)\b"
)
# A sentence that opens with a person's possessive: "Keeper Lyle's own verdict", "Ann
# Lee's answer".
_OPENING_POSSESSOR = re.compile(
    r"(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})(?:’s|'s)[ \t]+[a-z]"
)
_SHARED_SURNAME = re.compile(r"[A-Z][\w’'-]+[ \t]+and[ \t]+[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")
_JOINT_APPOSITION = re.compile(rf"{_NAME}[ \t]+(?:and|&)[ \t]+({_NAME})")
_OF_BODY_BEFORE = re.compile(r"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?$")
_LOWER_WORD = re.compile(r"[ \t]([a-z]+)\b")
# "and" between two names, with the article that may open the second ("X and the Y")
_AND_BEFORE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?$")
# "Ann Lee and her husband, Bob Lee", "Ann Lee and his business partner Bob Cole", "Ann
# Lee, and her Danish counterpart, Bo Dahl"
_JOINED_BY_RELATION = re.compile(
    r",?[ \t]+and[ \t]+(?:her|his|their)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?[a-z][\w’'-]*,?[ \t]+$"
)
_JOINED_AFTER_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t][^,;.“”\"\n]{1,40},[ \t]+and[ \t]+(?:[A-Z][\w]*\.?[ \t]+)?$"
)
# A question's vocative: whom it is put to, by title and surname, at its end or start.
_VOCATIVE = re.compile(
    r"(?:,[ \t]+|^)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Professor|Judge)\.?[ \t]+"
    r"(?P<name>[A-Z][\w’'-]+)(?:[ \t]*[?!.]?[ \t]*$|,)"
)
# Plural heads of a description that stands for the organisations last named together.
_PLURAL_BODIES = _words(
    """companies firms groups retailers supermarkets chains banks lenders insurers airlines
    carmakers makers operators unions charities councils clubs organisations organizations
    businesses brands publishers broadcasters manufacturers suppliers"""
)
# What makes a role's description name the one who takes it over, not its holder.
_SUCCESSION = _words("new incoming")
# What follows a dateline's place: a date with a figure, then a dash.
# A dateline: a place in capitals, perhaps a date and a wire in brackets, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z .’'-]+(?:,[^,\n—–]{0,30})?(?:[ \t]*\([A-Za-z .]{1,20}\))?[ \t]*[—–-][ \t]"
)
_DATELINE_AFTER = re.compile(r",[^,\n—–]{0,30}\d[^\n—–]{0,12}[ \t][—–-][ \t]")
# A name given a role after it: "X, who took over as ", "X, who became ", "X, its ".
_HOLDER_BEFORE = re.compile(
    r"[A-Z][\w’'-]*(?=,[ \t]+(?:who[ \t]+(?:[a-z]+[ \t]+){1,3}?(?:as[ \t]+)?)?"
    r"(?:the[ \t]+|its[ \t]+|their[ \t]+|a[ \t]+|an[ \t]+)?(?:new[ \t]+)?$)"
)
# What makes a plural description count two: "the two firms", "both clubs", "the pair of".
_COUNTED_PAIR = _words("two both pair")
_PAIR_WORDS = _words(
    "pair couple duo both two senators authors researchers brothers sisters twins siblings"
)
# The cheap test before ``_FOR_BODY``, made from its own words (each without its first
# letter, whose case varies): one pattern looks for all of them at once, in place.
_FOR_BODY_CUE = re.compile("|".join(sorted({w[1:] for w in _BODY_VOICES + _BODY_GROUPS})))
_FOR_BODY_REST = re.compile(r"(?:,[^,;:“”\"]{1,60},|[ \t]+in[ \t]+[A-Z][\w-]*)?[ \t]*")
# Heads of a description that stands for the organisation last named ("the body said").
_ORG_HEADS = _words(
    "body operator organisation organization charity centre center chain force forecaster"
)
# What an organisation's possessive owns and speaks through: "the party's campaign"
_BODY_PARTS = _words("campaign office headquarters leadership management press team")
_POSS = frozenset(("’s", "'s"))
_SPOKES = _words("spokesman spokeswoman spokesperson spokespeople representative statement")


def _one_of_joint(word: str, name: str) -> str:
    """The body a one-word mention ``word`` names when its entity's name is two bodies
    joined that start with it ("Brightwater" of "Brightwater Foods and Kellmoor Brands":
    "Brightwater Foods"); else ``name``."""
    if " " in word or not name.startswith(word + " ") or not _joint_bodies_name(name):
        return name
    cut = min(i for i in (name.find(" and "), name.find(" & ")) if i > 0)
    return name[:cut]


def _joint_bodies_name(name: str) -> bool:
    """Whether an organisation's name is two bodies joined ("Brightwater Foods and
    Kellmoor Brands"), not one body with "and" inside ("Competition and Markets
    Authority", "Marks and Spencer"): each side is a name of several words."""
    for gap in (" and ", " & "):
        if gap in name:
            left, right = name.split(gap, 1)
            return len(left.split()) >= 2 and len(right.split()) >= 2
    return False


def _people_noun(word: str) -> bool:
    """Whether the head of a description that counts two names people ("the two", "both",
    "the pair", "the two ministers"), not places or sides ("the two countries")."""
    return (
        word in _PAIR_WORDS
        or word in ("men", "women", "leaders", "people")
        or _singular(word) in _TITLES
    )


def _singular(plural: str) -> str:
    """The singular of a plural head noun of bodies: 'charities' -> 'charity'."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _is_person(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.lower() in _ORG_WORDS for w in words)


# Calendar words that are also given names: before a surname-like word and a verb they
# open a person's name ("June Halloway said", "said May Ferrandi"), not a date.
_NAME_CALENDAR = _words("april may june august")
# Capitalised words after such a month that make it a date or an event, not a name.
_NOT_SURNAMES = _words("day days bank holiday holidays half term elections election budget")


def _surname_like(token: str) -> bool:
    """Whether a token can be the surname after a given name ("Halloway", "O’Neill")."""
    word = token.rstrip(",")
    low = word.lower()
    return (
        len(word) > 1
        and word[:1].isupper()
        and not word.isupper()
        and _TOKEN.fullmatch(word) is not None
        and low not in _CALENDAR_OR_JUNK
        and low not in _TITLES
        and low not in _ORG_WORDS
        and low not in _NOT_SURNAMES
    )


def _time_words(tokens: list[str], after_time: bool = False) -> int:
    """How many of the leading ``tokens`` are words of time, not a name: weekdays and
    months ("Friday Alan Dowse" → 1, "Tuesday May Ferrandi" → 1), except a month that
    is a given name before a surname-like word ("June Halloway" → 0) unless a word of
    time stands before it (``after_time``: "in June Halloway ..." → 1)."""
    i = 0
    while i < len(tokens):
        word = tokens[i].lower().rstrip(",")
        if word not in _CALENDAR:
            break
        if (
            word in _NAME_CALENDAR
            and not (after_time and i == 0)
            and i + 1 < len(tokens)
            and _surname_like(tokens[i + 1])
        ):
            break
        i += 1
    return i


def _calendar(name: str) -> bool:
    """Whether a name is a word of time rather than a person ("Monday", "May", but not
    "June Halloway")."""
    tokens = name.split()
    return tokens[0].lower().rstrip(",") in _CALENDAR and _time_words(tokens) > 0


def _clean_name(raw: str, roles: dict[str, str] | None) -> str | None:
    """A name without titles and leading function words; None if nothing is left.
    With ``roles``, the titles it bore are noted there ("finance minister" → the name)."""
    name, titled = _cleaned(raw)
    if roles is not None:
        for role, who in titled:
            roles.setdefault(role, who)
    return name


@lru_cache(maxsize=8192)
def _cleaned(raw: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """``_clean_name`` without the roles: the name and the (role, name) pairs to note."""
    tokens = raw.split()
    after_time = False
    while tokens and tokens[0].lower().rstrip(",") in _JUNK:
        after_time = tokens.pop(0).lower().rstrip(",") in _TIME_LEADS
    timed = _time_words(tokens, after_time)
    if 0 < timed < len(tokens):
        del tokens[:timed]  # "On Friday Alan Dowse", "Tuesday May Ferrandi": the name after
    cut = 0
    for i, t in enumerate(tokens):
        if t.lower() in _TITLES:
            cut = i + 1
    name_tokens = tokens[cut:]
    if not name_tokens or (len(name_tokens) == 1 and name_tokens[0].lower() in _GENERIC):
        return None, ()
    titled: tuple[tuple[str, str], ...] = ()
    if cut:
        title = " ".join(
            t.lower() for t in tokens[:cut] if t.lower() not in {"sir", "dame", "lord", "lady"}
        )
        name = " ".join(name_tokens)
        words = title.split()
        titled = tuple((" ".join(words[-k:]), name) for k in range(1, min(3, len(words)) + 1))
    while len(name_tokens) > 1 and name_tokens[-1].rstrip(",") in _POST_NOMINALS:
        name_tokens.pop()  # "Alan Greaves KC"
    if name_tokens[0].lower() in _CALENDAR and _time_words(name_tokens) > 0:
        return None, titled
    last = name_tokens[-1]
    if last.endswith(("’s", "'s")) and len(name_tokens) > 1:
        name_tokens[-1] = last[:-2]  # "Emmanuel Macron’s office said": Macron speaks
    return " ".join(name_tokens), titled


_BEFORE_NAME = re.compile(
    rf"(?:{_NAME_TOKEN}[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?){{1,5}}"
    r"(?:[“\"‘][^“”\"‘’\n]{1,30}[”\"’][ \t])?$"
)
_AFTER_NAME = re.compile(rf"(?:[ \t\u00a0]+{_NAME_TOKEN}){{1,2}}")
_CALENDAR_OR_JUNK = _CALENDAR | _JUNK


@lru_cache(maxsize=4096)
def _word(token: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(token)}(?<![\w’'.-]{re.escape(token)})(?![\w-])")


def _fullest(s: str, token: str) -> str:
    """The fullest name the text uses for ``token``.

    "Prime Minister Sir Keir Starmer" gives "Starmer" → "Keir Starmer". Failing a longer
    name ending in the token, one starting with it: "President Yoon Suk Yeol" gives
    "Yoon" → "Yoon Suk Yeol", for names written family name first.
    """
    best, best_first = token, token
    for m in _word(token).finditer(s):
        i = m.start()
        am = _AFTER_NAME.match(s, m.end(), m.end() + 60)
        # followed by more name: not a surname here ("Rosa Delgado Pinto")
        inside = am is not None and am.group(0).split()[0].lower() not in _CALENDAR_OR_JUNK
        bm = _before_name(s, i)
        pre = bm.group(0).split()[-1].lower() if bm else ""
        if bm and not inside:
            raw = bm.group(0) + token
            if "“" in raw or '"' in raw or "‘" in raw:
                raw = _NICK_IN_NAME.sub(r"\1", raw)
            name = _clean_name(raw, None)
            if name and len(name.split()) > len(best.split()):
                best = name
        if am and (not pre or pre in _TITLES or pre in _JUNK):
            rest = [_strip_possessive(t) for t in am.group(0).split()]
            if any(
                t.lower() in _CALENDAR or t.lower() in _JUNK or t.lower() in _TITLES for t in rest
            ):
                continue
            if 1 + len(rest) > len(best_first.split()):
                best_first = " ".join([token, *rest])
    return best if best != token else best_first


def _before_name(s: str, i: int) -> re.Match[str] | None:
    """``_BEFORE_NAME.search(s, max(0, i - 80), i)``, started where a match can start.

    A match is name tokens (each with a capital) and particles, each followed by
    spaces, perhaps then a nickname in quote marks and a space. The tokens cannot reach
    back over a word with no capital that is no particle, nor over one ending in
    punctuation no token ends in: starting after that word, both with and without the
    nickname, spares the regex engine a try at every position before it.
    """
    lo = max(0, i - 80)
    if s[i - 1 : i] == "\n":
        return _BEFORE_NAME.search(s, lo, i)  # "$" also matches before a final line break
    start = _names_from(s, lo, i)
    if i - lo >= 4 and s[i - 1] in " \t" and s[i - 2] in '”"’':
        # a nickname would open at the nearest mark before its closing one
        o = i - 3
        while o >= lo and i - 3 - o <= 30 and s[o] not in '“”"‘’\n':
            o -= 1
        if o >= lo and o < i - 3 and s[o] in '“"‘':
            start = min(start, _names_from(s, lo, o))
    return _BEFORE_NAME.search(s, start, i)


def _names_from(s: str, lo: int, end: int) -> int:
    """The earliest offset from which name tokens and particles, each followed by
    spaces, can run up to ``end``."""
    window = s[lo:end]
    pos = len(window)
    after = ""
    for chunk in reversed(window.split()):
        if (chunk.islower() and chunk not in _PARTICLES) or chunk[-1] in ",;:!?)":
            break
        if chunk in _SUFFIX_STOPS and after and after not in _SUFFIX_STOPS:
            break  # "Carran Co. Ann Voss": the suffix ended a sentence
        pos = window.rfind(chunk, 0, pos)
        after = chunk
    return lo + pos


def _strip_possessive(token: str) -> str:
    return token[:-2] if token.endswith(("’s", "'s")) and len(token) > 3 else token
