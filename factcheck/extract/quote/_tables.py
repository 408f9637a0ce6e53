"""The words, names and patterns quote attribution reads: one table per family."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any, cast

from factcheck.extract._entities import ORG_WORDS, TITLES, VOICES
from factcheck.extract._scan import Lazy, lazy

KIND = "quote"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Every pattern here is compiled on its first use (``lazy``), so importing the quote
# reader compiles none: a text without quote marks never needs them. The few whose text
# is itself built from a table (a trie, a sorted alternation) build it on first use too.


class _Deferred(Lazy):
    """A ``Lazy`` pattern whose text, too, is made on first use, by ``text()``."""

    def __init__(self, text: Callable[[], str], flags: int = 0) -> None:
        self._text = text
        self.flags = flags | (0 if flags & re.ASCII else re.UNICODE)

    def __getattr__(self, name: str) -> Any:
        if name == "pattern":
            self.pattern = self._text()
            return self.pattern
        return super().__getattr__(name)


def _deferred(text: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """``lazy`` with the pattern's text made on first use; typed as the pattern it becomes."""
    return cast("re.Pattern[str]", _Deferred(text, flags))


# ---------------------------------------------------------------- finding spans

_DOUBLE = lazy(r'["“”]')
_HAS_MARK = lazy(r"""["“”‘']|(?<=\s)’""")
_PARAGRAPH = lazy(r"\n[ \t]*\n|\n(?=[ \t]*[\"“‘'])")
# A single-quoted stretch: the opening mark is not inside a word, the closing mark is
# not followed by a letter, and neither touches white space on its inner side.
# Inside, an apostrophe between letters (won't) is no closing mark, nor is one after a
# plural s when more words and a closing mark follow ('students' futures').
_SINGLE = lazy(
    r"['‘](?<![\w'’‘]['‘])(?!\d0s\b|em\b|tis\b|n['’]\s)"
    r"([^\s'‘’\"“”\n](?:[^'‘\"“”\n]|(?<=\w)'(?=\w)|(?<=s)['’](?=\s[a-z])|[\"“”])"
    r"{0,300}?(?<=[^\s'‘]))['’](?![\w])"
    r"(?!(?<=s['’])\s[a-z](?:[^'‘’\"“”\n]|(?<=\w)['’](?=\w)){0,150}['’](?!\w))"
)
_OPENER_BEFORE = frozenset(" \t\n([{—–-/:;")
_WORD_AFTER = lazy(r"[\w‘'(\[$£€¥.…]")

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
    r"retorted|demanded|demands|reminded|reminds|interrupted|interrupts|"
    r"snapped|joked|jokes|put to|puts to|put it to|puts it to|" + "|".join(_CHARACTERISING_AS)
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


@cache
def _verb_body() -> str:
    """The speech verbs as one trie-shaped alternation (made on first use)."""
    return rf"(?:{_trie(sorted(set(_VERBS.split('|'))))}|[Aa]ccording to)\b"


_VERB = _deferred(lambda: rf"\b{_verb_body()}")
# For scanning a whole text: the character before the verb is consumed rather than
# tested with \b, which lets the regex engine skip ahead to the next space or mark.
_VERB_SCAN = _deferred(lambda: rf"[\s“”\"‘’(—–-]{_verb_body()}")
# A capitalised word ("Amazon.com", "Jae-myung") or an abbreviation ("U.S.", "J.", "Inc.").
_NAME_TOKEN = (
    r"(?:(?:[A-Z]\.){1,3}|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd|Gov|Sen|Rep|Gen|Lt|Col|Prof|Rev|Sgt|Capt)\."
    r"|[A-ZÀ-ÖØ-ÞĀ-ž][\w’'&-]*(?:\.[\w’'&-]+)*)"
)  # capitals of Latin-1 and Latin Extended-A too: "Álvaro Medina", "Łukasz Nowak"
_PARTICLE = r"(?:de|van|von|der|den|da|del|della|bin|al|ibn|dos|du|le|la|ter)"
# a particle written apart ("van Dijk") or joined by a hyphen ("al-Faraj", "el-Amin")
_PARTICLE_BEFORE = rf"(?:{_PARTICLE}[ \t\u00a0]+|(?:al|el|ul)-)"
_NAME = rf"{_NAME_TOKEN}(?:[ \t\u00a0]+{_PARTICLE_BEFORE}?{_NAME_TOKEN}){{0,6}}"
_FULL_NAME = lazy(rf"{_NAME_TOKEN}(?:[ \t\u00a0]+{_PARTICLE_BEFORE}?{_NAME_TOKEN}){{1,4}}")
_PRONOUNS = _words("he she they we i it")
_ADVERBS = (
    r"(?:(?:also|later|then|previously|earlier|once|has|had|have|would|will|further|again)\s+)*"
    r"(?:[a-z]+ly\s+)?"
)
# What stands before a speech verb: a name (maybe with an appositive), a pronoun or a
# description ("the prime minister", "an official"), then perhaps adverbs. Read
# backwards word by word from the verb (see ``_subject``).
_TOKEN = lazy(_NAME_TOKEN)
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


@cache
def _lower_title() -> str:
    """The titles as one alternation (made on first use)."""
    return "|".join(
        # longest first, then by text: the same pattern text in every run (the command
        # line keeps compiled patterns by their text, factcheck._re_cache)
        sorted(
            (re.escape(t) for t in _TITLES if t.isalpha() or "-" in t), key=lambda t: (-len(t), t)
        )
    )


# After an inverted verb ("…,” said Jane Doe" / "says the minister"). An organisation
# and a role may stand before the name: "said UCSU general secretary Marion Hale".
_INVERTED = _deferred(
    lambda: (
        rf"\s+(?:(?P<name>{_NAME}(?:(?:[ \t]+(?:{_lower_title()})\b){{1,3}}[ \t]+{_NAME})?)"
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
_LABEL_BEFORE = lazy(
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
_WHAT_CALLED = lazy(
    r"\bwhat\s+(?:[\w.’'-]+\s+){1,4}(?:called|termed|dubbed|described\s+as)\s+$", re.IGNORECASE
)
_LABEL_AFTER = lazy(
    r"^\s*(?:means|meant|refers\s+to|referred\s+to|is\s+(?:a|the)\s+(?:term|word|phrase)|was\s+coined|stands\s+for)\b"
)
_NICKNAME = lazy(r"(?<![.!?]\s)\b[A-Z][\w.’'-]*[ \t]$")
_NEXT_WORD = lazy(r"[ \t]+([a-z][\w’'-]*)")
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
_ATTITUDE = lazy(
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
_VERB_BEFORE = lazy(rf"\b(?:{_VERBS})\b[^.]{{0,40}}[:,]\s*$", re.IGNORECASE)
_NAME_VERB_AFTER = lazy(rf"\s*[,—–-]?\s*(?:{_NAME}|he|she|they|I|we)\s+{_ADVERBS}(?:{_VERBS})\b")
_ROLE_OPENING = lazy(r"The[ \t]+((?:[a-z][\w-]*[ \t]+){0,3}[a-z][\w-]*)(,|[ \t]+[a-z])")


def _verb_like(word: str) -> bool:
    """Whether a word after a role can be its verb ("rejected", "says", "was")."""
    return word.endswith(("ed", "es")) or word in _FINITE or word in _SPEECH


# A lead that describes its subject before naming it: a dateline, then "A coroner",
# "A former health minister", "The prime minister", up to the first verb-like word.
_LEAD_DESCRIPTION = lazy(
    r"(?:[A-Z][A-Z .’'-]+,[^—–\n]{0,20}[—–-][ \t]*)?(?:A|An|The)[ \t]+"
    r"(?P<desc>(?:[a-z][\w-]*[ \t]+){0,3}?[a-z][\w-]*)"
    r"(?:[ \t]+(?:of|at|for|from)[ \t]+(?:(?:a|an|the)[ \t]+|(?=[A-Z]))[^,.;:“”\"\n]{1,50}?)?"
    # "The skipper of the trawler X, which sank on Sunday, has said"
    r"(?:,[ \t]+(?:which|who)[ \t][^,.;:“”\"\n]{1,120},)?"
    r"(?=[ \t]+(?:has|had|have|was|is|told|said|says|warned|warns|accused|defended|"
    r"admitted|denied|called|urged|insisted|claimed|who|accused[ \t]+of)\b)"
)
# What may open a paragraph before the person it names: a title or nothing.
_OPENS_PARAGRAPH = lazy(r"(?:[A-Z][\w.]*[ \t]+){0,2}")
_PRONOUN_OPENING = lazy(r"(She|He)[ \t]+[a-z]")
_ASKED_BY = lazy(r"\b[Aa]sked[ \t]+(?:[a-z]+[ \t]+)?by[ \t]+")
_QUESTIONED_PASSIVE = lazy(
    r"\b(?:was|were|is|being|been)[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:questioned|cross-examined|"
    r"examined|quizzed|grilled)\b[^.“”\"\n]{0,60}?\bby[ \t]+"
)
_ROLE_AT = lazy(r"(?:the|her|his|their)[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,2}[a-z][\w-]*)")
# A sentence that introduces an exchange of questions and answers by naming its two
# parties: the one who asks after "by" at the sentence's start ("Questioned by A, B
# said", "Under cross-examination by A, B conceded", "Pressed by the presenter, A, on
# …, he struggled"), or as the subject of a verb of questioning whose object answers
# ("A pressed her on …", "Counsel, A, took him through the document").
_EXCHANGE_BY = lazy(
    r"[ \t]*(?:(?:Under|In|During)[ \t]+(?:[a-z]+[ \t]+)?(?:cross-examination|questioning|"
    r"examination|questions)[ \t]+(?:by|from)|(?:Questioned|Pressed|Cross-examined|Quizzed|"
    r"Grilled|Challenged|Interviewed|Examined)(?:[ \t]+(?:again|later|closely|hard|[a-z]+ly))?"
    r"[ \t]+by)[ \t]+"
)
_EXCHANGE_VERB = lazy(
    r"[ \t]+(?:pressed|questioned|cross-examined|quizzed|grilled|challenged|interviewed|asked|"
    r"turned[ \t]+to(?:[ \t]+the[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}[a-z]+,)?|"
    r"took(?=[ \t]+(?:her|him|[A-Z][\w’'-]*)(?:[ \t]+[A-Z][\w’'-]*)?[ \t]+through\b))"
    r"[ \t]+(?:(?P<pron>her|him)\b|(?=[A-Z]))"
)
# Words read out for their writer by someone else ("a statement that was read to the
# court by X", "her letter, read aloud by X,", "which X read out"): the reader is not the
# one whose words they are.
_READ_BY = lazy(
    r"\bread[ \t]+(?:out[ \t]+|aloud[ \t]+)?(?:(?:to|in|at)[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+)?by\b"
)
# One who takes questions from people the article does not name ("took questions for
# an hour", "faced further questions from reporters", "fielded questions").
_TOOK_QUESTIONS = lazy(
    r"\b(?:took|takes|taking|faced|faces|facing|fielded|fields|answered|answers)[ \t]+"
    r"(?:[a-z]+[ \t]+)?questions\b"
)
# The words of a witness's testimony: their subject answers the exchange's asker ("B
# was giving evidence", "B took the stand", "B, in the witness box").
_GIVING_EVIDENCE = lazy(
    r"\b(?:giving|gave|give|gives|given)[ \t]+(?:[a-z]+[ \t]+)?evidence\b|"
    r"\b(?:took|takes|taking)[ \t]+the[ \t]+(?:witness[ \t]+)?stand\b|"
    r"\bin[ \t]+the[ \t]+witness[ \t]+box\b|\btestif(?:ied|ies|ying)\b"
)
_FROM_AFTER = lazy(r"[ \t]+(?:from|by)[ \t]+")
# A question reported, not quoted: "asked whether …", "asked her why …", "wanted to
# know if …".
_REPORTED_QUESTION = lazy(
    r"\b(?:asked|wanted[ \t]+to[ \t]+know)[ \t]+(?:(?:him|her|them)[ \t]+)?"
    r"(?:whether|if|why|what|how|when|where|who|which|about)\b"
)
_ANSWER_PRONOUN = lazy(r"\b(?:(?P<he>he|He)|(?P<she>she|She))\b")
# A verb of questioning in an exchange's introduction, whatever follows it: its subject
# (in the passive its by-agent) asks and its object answers, as the entity model finds
# the people around it ("A cross-examined the retired nurse B", "chaired by A, who
# opened by asking the candidates", "A took him through the accounts").
_QUESTIONING = lazy(
    r"\b(?:asked|asking|questioned|questioning|cross-examined|cross-examining|examined|"
    r"pressed|pressing|quizzed|quizzing|grilled|grilling|challenged|interviewed|"
    r"interviewing|interrogated|chaired|chairing|moderated|moderating|hosted|hosting|"
    r"took[ \t]+(?:him|her|them)[ \t]+through|turned[ \t]+to|"
    r"put[ \t]+(?:[a-z]+[ \t]+){0,3}?questions?[ \t]+to|puts?[ \t]+it[ \t]+to|"
    r"heard[ \t]+(?:evidence[ \t]+)?from)\b"
)
# "B talked to our correspondent A", "she spoke to A": the one spoken to asks.
_SPOKE_TO = lazy(
    r"\b(?:spoke|speaks|speaking|talked|talks|talking)[ \t]+(?:[a-z]+[ \t]+){0,2}?to\b"
)
# "A sat down with B", "B talked with our correspondent A": either may ask; the one the
# article gives a journalist's role (or calls "our") does
_MET_WITH = lazy(r"\b(?:sat[ \t]+down|spoke|talked|caught[ \t]+up)[ \t]+(?:[a-z]+[ \t]+)?with\b")
# the one a journalist of the article spends an interview with ("climbed the tower with
# him", "walked with her")
_WITH_PRONOUN = lazy(r"\bwith[ \t]+(?P<pron>him|her)\b")
_OUR_BEFORE = lazy(r"\b[Oo]ur[ \t]+(?:[a-z]+[ \t]+){0,2}$")
_JOURNALIST_ROLES = frozenset(
    (
        "reporter",
        "correspondent",
        "editor",
        "journalist",
        "writer",
        "critic",
        "columnist",
        "presenter",
        "interviewer",
    )
)
# A name governed by a preposition ("A, at the broker B, asked", "C of the Gazette"):
# no subject of the clause, whatever the entity model makes it.
_PREPOSITION_BEFORE = lazy(
    r"(?<![\w’'-])(?:at|of|for|from|with|in|on|by)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"(?:[a-z]+[ \t]+){0,2}$"
)
_PASSIVE_BEFORE = lazy(r"\b(?:was|were|is|are|being|been)[ \t]+(?:[a-z]+ly[ \t]+)?$")
# the by-agent of a passive verb of questioning, after what the clause says of it ("was
# questioned at length on Monday by …")
_BY_AFTER = lazy(r"[ \t]+(?:[a-z]+ly[ \t]+)?by[ \t]+")
_BY_AGENT = lazy(r"(?<![\w-])by[ \t]+")
# the first person of a turn's words: an answer that goes on ("I had …", "my kitchen")
_FIRST_PERSON_WORD = lazy(
    r"(?<![\w’'-])(?:I|I’[a-z]+|I'[a-z]+|[Mm]e|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)(?![\w’'-])"
)
_OBJECT_PRONOUN_AFTER = lazy(
    r"[ \t]+(?:(?P<he>him)|(?P<she>her))\b(?![ \t]+[a-z]+[ \t]+(?:was|is))"
)
# where a clause after a verb of questioning ends: the object is named before it
_CLAUSE_END = lazy(r"[;:.!?“\"(]|,[ \t]+(?:who|which|and|but|while|as)\b")
# words that put a turn to someone ("you", "your"): the one who answers is addressed
_SECOND_PERSON = lazy(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# Questions put by people the article does not name: "questions were taken from the
# floor", "questions from reporters", "took questions".
_FLOOR_QUESTIONS = lazy(
    r"\b[Qq]uestions[ \t]+(?:were[ \t]+)?(?:then[ \t]+)?(?:taken|came|followed|invited)?[ \t]*"
    r"(?:from|by)[ \t]+(?:the[ \t]+)?(?:floor|audience|reporters|journalists|press|room)\b"
)
# The verbs of a question put to someone: "asked whether", "pressed", "suggested that".
_ASKING = lazy(r"(?:asked|asks|pressed|presses|suggested|suggests|put it to)\b")
_HEADLINE_VERB = lazy(rf"\b(?:{_VERBS})\b", re.IGNORECASE)


# A person's name with a verb of their trade and its object after it, read as a body
# named by its trade ("Ewan Rattray ferries tourists", "Mairi Tulloch trains horses").
_OBJECT_AFTER = lazy(r"[ \t]+[a-z][a-z-]+\b")


# A headline's speaker named right after its quote ("‘…’: chef Ann Lee on …", "‘…’, says
# Ann Lee"), or opening it before its verb or a colon ("Ann Lee says …", "Ann Lee: ‘…’").
_HEADLINE_AFTER_QUOTE = lazy(
    r"[ \t]*[:,—–-][ \t]*(?:(?:says|said)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
)
_HEADLINE_OPENER = lazy(r"(?:[A-Z][\w.’'-]*[ \t]+){0,2}")
_HEADLINE_SUBJECT_AFTER = lazy(rf"(?:’s|'s)?[ \t]*(?::|[ \t](?:{_VERBS})\b)")
# The role that is the subject of a headline's speech verb: its first words, or the words
# after "as"/"while"/"after" ("Bank holds rates as governor warns …").
_HEADLINE_ROLE = lazy(
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
_CONJOINED_END = lazy(r"[ \t,](?:and|but)(?:[ \t]+(?:then|later|also|afterwards))?[ \t]*$")
_NEW_CLAUSE = lazy(r"[ \t,]*(?:while|whereas|but|and|although|though)[ \t]+(?!said\b|says\b)")


# A verb that reports speech and takes a clause: "Lee said the board had …"
_REPORTING = frozenset(("said", "says", "told", "claimed", "argued", "insisted", "added"))
# What ends the reported clause before a later verb: a new sentence, a clause of its own
_CLAUSE_BREAK = lazy(
    r"[.;:!?“”\"]|\b(?:while|whereas|but|although|though)\b|^[ \t]*[,—–-]|,[ \t]*and\b"
)


# What may open a sentence before a body as its subject: "Meanwhile, the …"
_BODY_LEAD = lazy(r"(?:[A-Z][^,“”\"\n]{0,40},[ \t]+)?(?:[Tt]he[ \t]+)?")
_CAP_RUN = lazy(r"[A-Z][\w’'&-]*(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)?[A-Z][\w’'&-]*)*")
_AND_THE = lazy(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?")
_BODY_VERB = lazy(
    r"(?:’s|'s)?[ \t]+(?:[a-z]+ly[ \t]+)?(?:has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b"
)


# Words put to an interviewee, printed as plain text before the quoted answer
_ADDRESS = lazy(r"(?:You|Your)\b")
_TRANSCRIPT = lazy(r"[ \t]*(Q|A|Question|Answer)[:.][ \t]*")
# A name as a transcript's turn label: "STRAND:", "Fallon:", "Dame Felicity:"
_NAME_LABEL = lazy(r"[ \t]*([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]*:[ \t]*")
# What may stand before a sentence's subject: an opening adverbial with its comma
# ("Earlier,", "Vondrak's coach,"), then a description in apposition ("the prosecutor,",
# "the mayor of Regua,", "the former doubles specialist").
# A word right before a name that makes it the object of a verb or a preposition.
_OBJECT_BEFORE = lazy(
    r"(?<![Aa]ccording )\b(?:of|for|in|at|from|with|by|to|on|asked|told|met|thanked|"
    r"questioned|called|named|and)[ \t]+$"
)
_SUBJECT_LEAD = lazy(
    r"\s*(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,5},[ \t]+)?(?:[Aa]ccording[ \t]+to[ \t]+)?"
    # a role written as a title, with the body it is held at: "Millbrook manager",
    # "defending champion", "Chief economist"
    r"(?:(?:[A-Z][\w’'-]*[ \t]+)?(?:[a-z][\w’'-]*[ \t]+){1,3}(?=[A-Z]|$))?"
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z]?[\w-]+(?:’s|'s))[ \t]+"
    r"(?:[a-z][\w’'-]*[ \t]+){0,4}?[a-z][\w’'-]*"
    r"(?:[ \t]+(?:of|for|at|in)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})?"
    r",?[ \t]+)?"
    r"(?:[Tt]he[ \t]+)?"  # "The Office for Product Safety and Standards said"
)
_LINE_BREAK = lazy(r"\n")


# "Lee is his sister-in-law", "Lee was her late husband": a kin noun said of a person
_KIN_PREDICATE = lazy(
    r"[ \t]+(?:is|was)[ \t]+(?:his|her|their)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)(?:-in-law)?\b"
)


# A kin noun in apposition before a name: "Her husband, Dennis,", "Lee's late wife, Ann,".
_KIN_BEFORE = lazy(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|’s|'s)[ \t]+(?:late[ \t]+|former[ \t]+)?([a-z]+),[ \t]+$"
)


# A sentence that opens with a name as its subject ("Earlier Saturday, Yoon apologized").
_SENTENCE_SUBJECT = lazy(
    rf"(?:(?P<lead>[A-Z][^,“”\"\n]{{0,40}}),\s+)?(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:[a-z]+ly\s+)?(?:last|this|on|has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)"
)
# The same after a role in lower case that follows a capitalised word ("Regular commuter
# Owen Pryce summed up …"): read for a quote's own sentence only, when the first fails.
_ROLE_SUBJECT = lazy(
    r"[A-Z][a-z]+[ \t]+(?:(?!(?:of|in|at|for|from|with|to|on|by|and|or|the|a|an)\b)"
    r"[a-z][\w-]*[ \t]+){1,2}(?=[A-Z])"
    rf"(?P<name>{_NAME})"
    r"(?=\s*,|\s+(?:[a-z]+ly\s+)?(?:last|this|on|has|have|had|is|was|will|would|[a-z]+ed|[a-z]+s)\b)"
)


# An unnamed source as a subject: an indefinite description of a person, one said to
# be unnamed, a document or an object with words on it (CONVENTIONS: documents are null).
_DOCUMENTS = _words(
    """sign signs banner banners note notice poster placard leaflet plaque memo memorandum
    letter email e-mail message messages text post tweet report paper study review minutes
    indictment decision judgment judgement ruling briefing document filing notebook diary audit
    page entry label caption inscription draft abstract assessment analysis"""
)
_ANONYMOUS = lazy(
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
_UNNAMED_LEAD = lazy(
    # opening adverbials with their commas ("Outside court,", "On Mill Road, outside
    # the hall,"), or one of place or time with none before an indefinite subject ("At
    # the final whistle a boy by the fence shouted")
    r"(?:(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4}|(?:at|on|in|outside|inside|near|by|beside|"
    r"behind|during|after|before)(?:[ \t]+[\w’'-]+){1,4}),[ \t]+){0,2}"
    r"(?:(?:At|On|In|Outside|Inside|Near|Behind|Beside|During|After|Before|Throughout)"
    r"(?:[ \t]+[\w’'-]+){1,5}?[ \t]+(?=(?:an?|one|another)[ \t]))?"
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
_REPORTED_PRONOUN = lazy(
    r"\b(?:said|says|told[ \t]+[a-z]+|recalled|recalls|remembered|remembers|believed|"
    r"added|explained|insisted|thought|knew)(?:[ \t]+that)?[ \t]+(?:he|she|they)[ \t]+"
    r"(?:(?:had|has|have|would|once|often|always|never|even|also|later|again|[a-z]+ly)[ \t]+)*$"
)
# What stands between a nested speaker's verb and a quote it does not introduce: a
# clause of its own ("had called police after hearing “…”").
_NOT_INTRODUCING = lazy(r"\b(?:after|when|because|before|while|since|until|if|to|and|but)\b|[,;:.]")
_UNNAMED_AFTER = lazy(r"[ \t]+(?:one|a|an|another)(?:[ \t]+[a-z]|,)")
_INDEF_PERSON = _words("a an one another")
_NAMED_PERSON = frozenset(("person", "unknown"))
_SENDERS = frozenset(("person", "organisation"))
_CAPITAL = lazy(r"(?<![\w’'-])[A-Z]")
_PLACED = lazy(r"\b(?i:from|in|at|of|near|on|for|with|outside)[ \t]+(?:the[ \t]+)?$")
_DEMONYM = ("an", "ese", "ish", "i")  # "a senior Vardish official"
# What ends the words of a subject's noun phrase.
_NP_STOP = _words(
    """who whose which that of on in at from to for by with near outside inside beside
    a an the and or but as"""
)


_WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
_TIME_LEADS = _words("on in by since until from last this next early late")


# How many names back a pronoun or "the company" may reach.
_LOOK_BACK = 40
_UNSET = object()
_THEIR_WORDS = lazy(
    r"\b(?:[Hh]is|[Hh]er)\s+(?:view|words|verdict|message|response|reply|answer|"
    r"assessment|advice|warning|opinion|description|assurance|promise)\b"
)
# A sentence after a quote that gives its words to someone: "That was the verdict of …",
# "The words came not from X but from …", "Such was the view of …".
_OWNED_AFTER = lazy(
    r"(?:That|This|Such|Those|These|The[ \t]+(?:words|remark|comment|verdict|warning))"
    r"[ \t]+(?:was|were|is|are|came|come|belong(?:ed|s)?)\b[^.;:“”\"\n]{0,80}?"
    r"\b(?:of|from)[ \t]+"
)
# the preposition before the document or medium words are put in ("wrote in a paper",
# "said on a podcast")
_MEDIUM_BEFORE = lazy(r"(?<![\w’'-])(?:in|on|via|through)[ \t]+$")
_ROLE_AFTER = _deferred(
    lambda: rf",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?i:{_lower_title()})\b"
)
_AGE = lazy(r",[ \t]+\d{1,3},")
# Plural nouns that open sentences like names do ("Officials said …") but name nobody.
_GENERIC = _words(
    """officials police critics analysts residents experts researchers scientists
    protesters witnesses investigators prosecutors lawmakers economists doctors
    teachers parents students workers authorities sources observers activists
    campaigners officers regulators"""
)
_POST_NOMINALS = _words("KC QC MP MEP MSP Jr Jr. Sr Sr. II III OBE MBE CBE PhD")
_POSSESSIVES = _words("his her their my our")
_PLAIN_WORD = lazy(r"[\w.’'-]+")
_OF = frozenset(("of", "at", "from"))
# an organisation's short name in brackets after its name: read as no part of the subject
_ACRONYM_IN_NAME = lazy(r"(?<=[\w’'])[ \t]+\([A-Z][A-Za-z&]{1,9}\)(?=,)")
_NICK_IN_NAME = lazy(r"\b([A-Z][\w’'.-]*)[ \t][“\"‘][^“”\"‘’\n]{1,30}[”\"’](?=[ \t][A-Z])")
_FINITE = _words("is was has had will would can could did does")
_SPEECH = frozenset(_VERBS.lower().split("|"))


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
_FOR_BODY = lazy(
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
_ASKER_BEFORE = lazy(
    rf"\b(?:{'|'.join(sorted(_ASKER_ROLES))})s?,?[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?$", re.IGNORECASE
)
_ASKED_AFTER = lazy(
    r"[ \t]*,?[ \t]*(?:was|is|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:pressed|questioned|interviewed|cross-examined|asked|grilled|quizzed|challenged)\b"
)
# Words that name who puts the questions of a transcript, right before that person
# (and the description in apposition): "cross-examination by X", "questions from X".
_QUESTIONED_BY = lazy(r"\b(?:by|from|with)[ \t]+(?:[\w’'-]+[ \t]+){0,4}?(?:[\w’'-]+,[ \t]+)?$")
_PLURAL_SUBJECT = lazy(
    # after an opening adverbial or clause: "Later,", "Asked what they would buy,"
    r"\s*(?:[A-Z][^,.;:“”\"‘’\n]{0,60},[ \t]+)?"
    r"(?:[Tt]he[ \t]+(?:two|pair|couple|duo|sisters|brothers|twins|siblings)\b|[Bb]oth[ \t]+[a-z]+|"
    r"[Tt]he[ \t]+[a-z]+[ \t]+(?:pair|duo)\b)"
)
# a relative pronoun right before a speech verb, after its antecedent's comma ("X, which
# said", "Y, who later told")
_RELATIVE_BEFORE = lazy(r",[ \t]+(?:which|who)[ \t]+(?:[a-z]+ly[ \t]+)?$")
# a sentence that opens with a plural of people, possessed ("The paper's authors",
# "Its researchers"): "they" after it is the two people last named together
_PLURAL_PEOPLE_OPENING = lazy(
    r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:[a-z]+(?:’s|'s)[ \t]+)?(?P<noun>[a-z]+s)\b"
)
_FROM_BODY = lazy(rf"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?{_NAME}$")
_TRAILING_NAME = lazy(rf"(?:^|[ \t])({_FULL_NAME.pattern})$")
# A verb of address and its object pronoun after a sentence's subject ("Lee pressed
# him", "the chair, Ann Lee, asked him").
_OBJECT_PRONOUN = lazy(
    r",?[ \t]+(?:[a-z]+ly[ \t]+)?(?:pressed|asked|told|questioned|challenged|urged|"
    r"interrupted|thanked|reminded|quizzed|grilled)[ \t]+(him|her)\b"
)
# A sentence that opens with a person's possessive: "Keeper Lyle's own verdict", "Ann
# Lee's answer".
_OPENING_POSSESSOR = lazy(r"(?P<name>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})(?:’s|'s)[ \t]+[a-z]")
_SHARED_SURNAME = lazy(r"[A-Z][\w’'-]+[ \t]+and[ \t]+[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")
_JOINT_APPOSITION = lazy(rf"{_NAME}[ \t]+(?:and|&)[ \t]+({_NAME})")
_OF_BODY_BEFORE = lazy(r"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?$")
_LOWER_WORD = lazy(r"[ \t]([a-z]+)\b")
# "and" between two names, with the article that may open the second ("X and the Y")
_AND_BEFORE = lazy(r"[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?$")
# "Ann Lee and her husband, Bob Lee", "Ann Lee and his business partner Bob Cole", "Ann
# Lee, and her Danish counterpart, Bo Dahl"
_JOINED_BY_RELATION = lazy(
    r",?[ \t]+and[ \t]+(?:her|his|their)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?[a-z][\w’'-]*,?[ \t]+$"
)
_JOINED_AFTER_APPOSITION = lazy(
    r",[ \t]+(?:a|an|the)[ \t][^,;.“”\"\n]{1,40},[ \t]+and[ \t]+(?:[A-Z][\w]*\.?[ \t]+)?$"
)
# A question's vocative: whom it is put to, by title and surname, at its end or start.
_VOCATIVE = lazy(
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
_DATELINE = lazy(
    r"[A-Z][A-Z .’'-]+(?:,[^,\n—–]{0,30})?(?:[ \t]*\([A-Za-z .]{1,20}\))?[ \t]*[—–-][ \t]"
)
_DATELINE_AFTER = lazy(r",[^,\n—–]{0,30}\d[^\n—–]{0,12}[ \t][—–-][ \t]")
# A name given a role after it: "X, who took over as ", "X, who became ", "X, its ".
_HOLDER_BEFORE = lazy(
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
_FOR_BODY_CUE = lazy("|".join(sorted({w[1:] for w in _BODY_VOICES + _BODY_GROUPS})))
_FOR_BODY_REST = lazy(r"(?:,[^,;:“”\"]{1,60},|[ \t]+in[ \t]+[A-Z][\w-]*)?[ \t]*")
# Heads of a description that stands for the organisation last named ("the body said").
_ORG_HEADS = _words(
    "body operator organisation organization charity centre center chain force forecaster"
)
# What an organisation's possessive owns and speaks through: "the party's campaign"
_BODY_PARTS = _words("campaign office headquarters leadership management press team")
_POSS = frozenset(("’s", "'s"))
_SPOKES = _words("spokesman spokeswoman spokesperson spokespeople representative statement")


# Calendar words that are also given names: before a surname-like word and a verb they
# open a person's name ("June Halloway said", "said May Ferrandi"), not a date.
_NAME_CALENDAR = _words("april may june august")
# Capitalised words after such a month that make it a date or an event, not a name.
_NOT_SURNAMES = _words("day days bank holiday holidays half term elections election budget")


_BEFORE_NAME = lazy(
    rf"(?:{_NAME_TOKEN}[ \t\u00a0]+(?:{_PARTICLE}[ \t\u00a0]+)?){{1,5}}"
    r"(?:[“\"‘][^“”\"‘’\n]{1,30}[”\"’][ \t])?$"
)
_AFTER_NAME = lazy(rf"(?:[ \t\u00a0]+{_NAME_TOKEN}){{1,2}}")
_CALENDAR_OR_JUNK = _CALENDAR | _JUNK
