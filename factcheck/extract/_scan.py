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
from bisect import bisect_left
from collections.abc import Iterable
from typing import Any, Protocol, TypeVar


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


def lazy(pattern: str, flags: int = 0) -> Any:
    """``re.compile`` deferred to the first use (see ``Lazy``); typed as the pattern it becomes."""
    return Lazy(pattern, flags)


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
