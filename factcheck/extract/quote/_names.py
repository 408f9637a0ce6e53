"""Reading names and subjects off the words before a speech verb, and giving a name
its fullest written form."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcheck.extract._entities import _FEMALE_ROLES, _MALE_ROLES
from factcheck.extract.quote._tables import (
    _AFTER_NAME,
    _ANONYMOUS,
    _APPOSITIVE_STOP,
    _BEFORE_NAME,
    _CALENDAR,
    _CALENDAR_OR_JUNK,
    _DEMONYM,
    _DETERMINERS,
    _DOCUMENTS,
    _FINITE,
    _FROM_BODY,
    _FULL_NAME,
    _GENERIC,
    _HELD_ROLES,
    _INDEF_PERSON,
    _JUNK,
    _KIN_BEFORE,
    _KIN_PREDICATE,
    _NAME_CALENDAR,
    _NICK_IN_NAME,
    _NOT_SURNAMES,
    _NP_STOP,
    _OF,
    _ORG_HEADS,
    _ORG_WORDS,
    _PAIR_WORDS,
    _PARTICLES,
    _PLAIN_WORD,
    _POST_NOMINALS,
    _PRONOUN_WORDS,
    _SMALL_WORDS,
    _SPEECH,
    _SPOKES,
    _SUBJECT_ADVERBS,
    _SUFFIX_STOPS,
    _TIME_LEADS,
    _TITLES,
    _TOKEN,
    _TRAILING_NAME,
    _UNNAMED_LEAD,
    _UNNAMED_PLURAL,
    _WEEKDAYS,
)

if TYPE_CHECKING:
    from factcheck.extract._entities import Mention
    from factcheck.extract.quote._parts import _Attribution


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


def _name_word(word: str) -> bool:
    """Whether a word can end a name: capitalised, or a surname with its particle
    joined by a hyphen ("al-Faraj", "el-Amin")."""
    if word[:3] in ("al-", "el-", "ul-"):
        word = word[3:]
    return word[:1].isupper() and _TOKEN.fullmatch(word) is not None


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
    if _name_word(word):
        if app and _FULL_NAME.fullmatch(app.strip()) and _clean_name(app.strip(), None):
            # "An economist at Brackley College, Dr Tamsin Orr, told":
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
            # "Kovac’s trainer, the one-time sprint champion Jan De Wit, said",
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
