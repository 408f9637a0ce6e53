"""The token-scanning toolkit every grammar in ``factcheck.extract`` shares.

* ``trie(words)``: a regex alternation shaped as a trie, so the engine reads each letter once.
* ``any_of(patterns)`` / ``first_of(match)``: one pattern that says whether, and which, of
  several anchored patterns matches at a position.
* ``candidate_starts``: the offsets where a claim may start, from one trigger scan over the
  lower-cased text plus the words before each trigger that may open the same claim.
* ``longest_first``: of overlapping candidates, the longest.

Fast paths are built from a grammar's own tables with these helpers (a trigger is the trie
of the grammar's first words), so they cannot drift from the grammar.
"""

from __future__ import annotations

import re
import re._parser as _re_parser  # type: ignore[import-not-found]
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any, Protocol, TypeVar, cast


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)


class Lazy:
    """A pattern compiled on first use, so importing a grammar costs no compilation.

    ``pattern`` and ``flags`` answer without compiling (``any_of`` composes from them);
    any other attribute compiles once and is then stored on the instance, so later calls
    (``p.match``) are plain attribute reads of the compiled pattern's methods.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags | (0 if flags & re.ASCII else re.UNICODE)

    def compiled(self) -> re.Pattern[str]:
        p = re.compile(self.pattern, self.flags)
        for name in ("match", "search", "finditer", "findall", "fullmatch", "sub", "subn", "split"):
            setattr(self, name, getattr(p, name))
        self.groupindex = p.groupindex
        self.groups = p.groups
        return p

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` deferred to the first use (see ``Lazy``); typed as the pattern it becomes."""
    return cast("re.Pattern[str]", Lazy(pattern, flags))


class FirstCharScan:
    """``pattern.finditer(s)``'s start offsets, found at C speed even when the pattern
    opens with an alternation: the characters that can open a match are read off the
    pattern itself (``first_chars``), and the scan steps only to those.

    Python's engine skips ahead by a leading character set, but not by the first
    characters of an alternation of sets and words; it then tries every alternative at
    every offset. The scan here opens with that set, and at each offset where it is met
    matches the pattern itself, unchanged, in a look-ahead: the offsets, and the ends that
    decide where the next match may start, are the pattern's own.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._scan: re.Pattern[str] | None = None
        self._whole = False

    def starts(self, s: str) -> list[int]:
        """The start of every match ``finditer`` would give, in order."""
        scan = self._scan or self._compile()
        if self._whole:
            return [m.start() for m in scan.finditer(s)]
        out: list[int] = []
        last = 0
        for m in scan.finditer(s):
            a = m.start()
            if a >= last:
                out.append(a)
                last = m.end(1)  # where the pattern's own match ends
        return out

    def first(self, s: str, pos: int = 0, endpos: int | None = None) -> int | None:
        """Where ``pattern.search(s, pos, endpos)`` would start its match, or None."""
        scan = self._scan or self._compile()
        m = scan.search(s, pos, len(s) if endpos is None else endpos)
        return None if m is None else m.start()

    def _compile(self) -> re.Pattern[str]:
        cls = first_chars(self.pattern, self.flags)
        scan = None
        if cls is not None:
            close = "\n" if self.flags & re.VERBOSE else ""  # past a trailing comment
            try:
                scan = re.compile(f"{cls}(?<=(?=({self.pattern}{close}))[\\s\\S])", self.flags)
            except re.error:  # inline global flags, which must open a pattern
                scan = None
        if scan is None:  # no fixed set of first characters: the pattern as it is
            scan = re.compile(self.pattern, self.flags)
            self._whole = True
        self._scan = scan
        return scan


class TailSearch:
    """``pattern.search(s, pos, endpos)`` for a pattern whose every match ends at
    ``endpos`` (it closes with ``$``: "the words right before this offset"), started
    past the last character in the window that none of its parts can read.

    Such a pattern is searched for at every offset of its window; a match reads only
    characters of its own alphabet (``alphabet``, read off the parsed pattern) and runs to
    the end, so it cannot start before a character outside it. The match is the
    pattern's own.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None

    def search(self, s: str, pos: int, endpos: int) -> re.Match[str] | None:
        p, outside = self._compiled or self._compile()
        end = min(endpos, len(s))
        if outside is not None and end > pos >= 0:
            # "$" also matches before a newline that ends the window
            last = outside.match(s, pos, end - 1 if s[end - 1] == "\n" else end)
            if last is not None:
                return p.search(s, last.end(), endpos)
        return p.search(s, pos, endpos)

    def _compile(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        p = re.compile(self.pattern, self.flags)
        outside = None
        cls = _ends_anchored_alphabet(self.pattern, self.flags)
        if cls is not None:
            outside = re.compile(f"(?s:.*)[^{cls[1:]}", p.flags)
        self._compiled = (p, outside)
        return self._compiled


def _ends_anchored_alphabet(pattern: str, flags: int) -> str | None:
    """The class of every character ``pattern`` can read, when each of its matches ends at
    the end of the string (its last node is ``$`` or ``\\Z``); else None."""
    parsed = _re_parser.parse(pattern, flags)
    data = list(parsed.data)
    if not data or str(data[-1][0]) != "AT" or str(data[-1][1]) not in ("AT_END", "AT_END_STRING"):
        return None
    items: list[str] = []
    if not _read_chars(data, items) or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def _read_chars(seq: Any, items: list[str]) -> bool:
    """Add the characters the nodes can read (not those they only look at) to ``items``;
    False for a node that can read any character or one outside a fixed set."""
    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            items.append(re.escape(chr(av)))
        elif name == "IN":
            if not _set_items(av, items):
                return False
        elif name == "BRANCH":
            if not all(_read_chars(alt, items) for alt in av[1]):
                return False
        elif name == "SUBPATTERN":
            if not _read_chars(av[3], items):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _read_chars(av[2], items):
                return False
        elif name == "ATOMIC_GROUP":
            if not _read_chars(av, items):
                return False
        elif name not in ("AT", "ASSERT", "ASSERT_NOT"):
            return False  # ".", a negated character, a back-reference, ...
    return True


def _set_items(av: Any, items: list[str]) -> bool:
    for iop, iav in av:
        iname = str(iop)
        if iname == "LITERAL":
            items.append(re.escape(chr(iav)))
        elif iname == "RANGE":
            items.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iname == "CATEGORY" and str(iav) in _CATEGORY_CLASSES:
            items.append(_CATEGORY_CLASSES[str(iav)])
        else:
            return False  # a negated set, and the like
    return True


_CATEGORY_CLASSES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class holding every character that can open a match of ``pattern``
    (read from its parsed form), or None when that is not a fixed set: the pattern can
    match the empty string, opens with "." or a negated set, ignores case or refers
    back to a group by number."""
    try:
        parsed = _re_parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE or _refers_back(parsed.data):
        return None
    items: list[str] = []
    if _first_of_sequence(parsed.data, items) != _DONE:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


# What reading the first characters of a sequence of nodes gives: its first characters
# are all known and it cannot match empty; or they are known but it can (what follows
# the sequence may open the match too); or a node has no fixed first characters.
_DONE, _EMPTY, _UNKNOWN = "done", "empty", "unknown"


def _first_of_sequence(seq: Any, items: list[str]) -> str:
    for op, av in seq:
        name = str(op)
        if name == "LITERAL":
            items.append(re.escape(chr(av)))
            return _DONE
        if name == "IN":
            return _DONE if _set_items(av, items) else _UNKNOWN
        if name == "BRANCH":
            read = [_first_of_sequence(alt, items) for alt in av[1]]
            if _UNKNOWN in read:
                return _UNKNOWN
            if _EMPTY in read:
                continue
            return _DONE
        if name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                return _UNKNOWN
            got = _first_of_sequence(av[3], items)
            if got != _EMPTY:
                return got
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            got = _first_of_sequence(av[2], items)
            if got == _UNKNOWN or (got == _DONE and av[0] >= 1):
                return got
            continue  # may be skipped: what follows may open the match too
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the character comes from what follows
        return _UNKNOWN
    return _EMPTY


def _refers_back(seq: Any) -> bool:
    """Whether parsed nodes hold a back-reference or a group-exists test."""
    for op, av in seq:
        if str(op).startswith("GROUPREF"):
            return True
        for sub in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(sub, list) and sub and isinstance(sub[0], tuple):
                if _refers_back(sub):
                    return True
            elif hasattr(sub, "data"):
                if _refers_back(sub.data):
                    return True
            elif isinstance(sub, list):
                for alt in sub:
                    if hasattr(alt, "data") and _refers_back(alt.data):
                        return True
    return False


def longest_first(found: Iterable[_S]) -> list[_S]:
    """The longest of overlapping candidates (the earliest among equals), in text order."""
    chosen: list[_S] = []
    # The spans taken so far, disjoint, so ordered alike by start and by end: the one
    # that starts last before a candidate ends is the only one that can overlap it.
    starts: list[int] = []
    ends: list[int] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        a, e = f.start, f.end
        if e <= a:
            continue
        i = bisect_left(starts, e)
        if i and ends[i - 1] > a:
            continue
        chosen.append(f)
        starts.insert(i, a)
        ends.insert(i, e)
    chosen.sort(key=lambda f: f.start)
    return chosen


def trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so the engine reads each letter once."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(root)


def _trie_node(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + _trie_node(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and len(alts[0]) == 1 else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


_GROUP_NAME = re.compile(r"\(\?P([<=])(\w+)")
_SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.VERBOSE, "x"))


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches wherever one of ``patterns`` would, in a single call.

    The group named ``_<i>`` holds the first of them that matches (``first_of`` reads
    it), so a caller that tries several anchored patterns at a position can skip the
    position when none would match, and start at the first that does. Group names are
    renamed apart; each pattern keeps its flags (only IGNORECASE and VERBOSE are supported).
    """
    alts = []
    for i, p in enumerate(patterns):
        src = _GROUP_NAME.sub(rf"(?P\1_{i}_\2", p.pattern)
        flags = "".join(ch for flag, ch in _SCOPED_FLAGS if p.flags & flag)
        if p.flags & ~(re.IGNORECASE | re.VERBOSE | re.UNICODE):
            raise ValueError(f"Unsupported flags in {p.pattern[:40]!r}")
        if flags:
            # A verbose pattern may end in a comment: close the scope on a new line.
            src = f"(?{flags}:{src}{chr(10) if 'x' in flags else ''})"
        alts.append(f"(?P<_{i}>{src})")
    return lazy("|".join(alts))


def first_of(m: re.Match[str]) -> int:
    """Which of the patterns given to ``any_of`` matched first, from its match."""
    return int((m.lastgroup or "_0")[1:])


def _without_lookbehinds(src: str) -> str:
    """A pattern's source with its lookbehinds taken out: it matches wherever the pattern
    could match in some context (used only to derive dead starts)."""
    out: list[str] = []
    i = 0
    while i < len(src):
        if src.startswith(("(?<=", "(?<!"), i):
            depth, j = 0, i
            while j < len(src):
                ch = src[j]
                if ch == "\\":
                    j += 2
                    continue
                depth += ch == "("
                depth -= ch == ")"
                if depth == 0:
                    break
                j += 1
            i = j + 1
            continue
        step = 2 if src[i] == "\\" else 1
        out.append(src[i : i + step])
        i += step
    return "".join(out)


def dead_words(patterns: Iterable[re.Pattern[str]], words: Iterable[str]) -> list[str]:
    """The words (followed by a space) at which none of ``patterns`` can start a match, in
    any context and with any continuation: a grammar's dead starts, derived from its forms.

    Uses the ``regex`` module's partial matching, which only the generators of the tables
    need (it comes with dateparser); the extractors read the generated tables.
    """
    import regex  # type: ignore[import-untyped]

    probes = [
        regex.compile(_without_lookbehinds(p.pattern), p.flags & (re.IGNORECASE | re.VERBOSE))
        for p in patterns
    ]
    return sorted(
        w
        for w in set(words)
        if not any(
            p.match(case + " ", partial=True) is not None
            for p in probes
            for case in (w, w.upper(), w.capitalize())
        )
    )


#: What a trigger word may follow. Triggers run on " " + text.lower(), so that a word at
#: offset 0 follows a boundary too; the match's start is then the word's offset in the text.
TRIGGER_BOUNDARY = r"[\s(\[\"'“‘’/|*_:;,-]"


def candidate_starts(
    s: str,
    trigger: re.Pattern[str],
    prefix_words: frozenset[str],
    kinds: dict[str, str] | None = None,
    *,
    lowered: str | None = None,
) -> list[tuple[int, str]]:
    """Offsets where a claim may start, each once per kind of trigger: every trigger, and
    the words right before a trigger word that could open the same claim ("nearly three"
    before "years").

    ``trigger`` runs on " " + ``s.lower()`` and must be ``TRIGGER_BOUNDARY`` followed by
    two groups: (1) a figure, which opens its own claim and is of kind "d", or (2) a word,
    whose kind ``kinds`` gives ("w" without ``kinds``); the words before it share its kind.
    ``lowered`` is that lower-cased copy when the caller has it (``Text.lowered``).
    """
    low = " " + s.lower() if lowered is None else lowered
    if len(low) != len(s) + 1:  # lower-casing changed the length: match case-blind instead
        return _candidate_starts_any_case(s, trigger, prefix_words, kinds)
    starts: list[tuple[int, str]] = []
    seen: set[tuple[int, str]] = set()
    for m in trigger.finditer(low):
        pos = m.start()  # the boundary's offset in low is the word's offset in s
        word = m.group(2)
        if word is None:
            key = (pos, "d")
            if key not in seen:
                seen.add(key)
                starts.append(key)
            continue
        kind = kinds.get(word, "w") if kinds is not None else "w"
        key = (pos, kind)
        if key in seen:
            continue
        seen.add(key)
        starts.append(key)
        # The words before, read on the lower-cased copy: s[i:j] is low[i + 1 : j + 1].
        j = pos
        for _ in range(5):
            while j > 0 and s[j - 1] in _GAP:
                j -= 1
            lo = j - 24 if j > 24 else 0
            i = max(
                low.rfind(" ", lo + 1, j + 1),
                low.rfind("\n", lo + 1, j + 1),
                low.rfind("-", lo + 1, j + 1),
                lo,
            )
            if i == j:
                break
            prev = low[i + 1 : j + 1]
            if prev[-1] in ".,;:'s’":
                prev = prev.rstrip(".,;:").removesuffix("'s").removesuffix("’s")
            if prev[:1] in "\"'(“‘[":
                i += 1
                prev = prev[1:]
            key = (i, kind)
            if not (prev in prefix_words or prev[:1].isdigit()) or key in seen:
                break
            seen.add(key)
            starts.append(key)
            j = i
    return starts


_GAP = frozenset(" \t\n-,")


def _candidate_starts_any_case(
    s: str,
    trigger: re.Pattern[str],
    prefix_words: frozenset[str],
    kinds: dict[str, str] | None,
) -> list[tuple[int, str]]:
    """``candidate_starts`` for a text whose lower-cased copy is longer ("İ" is two
    characters lower-cased): the trigger runs case-blind on the text itself."""
    low = " " + s
    trigger = re.compile(trigger.pattern, trigger.flags | re.IGNORECASE)
    starts: list[tuple[int, str]] = []
    seen: set[tuple[int, str]] = set()
    for m in trigger.finditer(low):
        pos = m.start()
        word = m.group(2)
        if word is None:
            if (pos, "d") not in seen:
                seen.add((pos, "d"))
                starts.append((pos, "d"))
            continue
        kind = kinds.get(word, "w") if kinds is not None else "w"
        if (pos, kind) in seen:
            continue
        seen.add((pos, kind))
        starts.append((pos, kind))
        q = pos
        for _ in range(5):
            j = q
            while j > 0 and s[j - 1] in " \t\n-,":
                j -= 1
            lo = max(0, j - 24)
            i = max(s.rfind(" ", lo, j), s.rfind("\n", lo, j), s.rfind("-", lo, j), lo - 1) + 1
            if i == j:
                break
            prev = s[i:j].lower().rstrip(".,;:").removesuffix("'s").removesuffix("’s")
            if prev[:1] in "\"'(“‘[":
                i += 1
                prev = prev[1:]
            if not (prev[:1].isdigit() or prev in prefix_words) or (i, kind) in seen:
                break
            seen.add((i, kind))
            starts.append((i, kind))
            q = i
    return starts
