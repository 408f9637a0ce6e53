"""What every extractor shares: the ``Text`` it reads and the way it makes a ``Claim``.

An extractor is a module with ``KIND`` and ``extract(text: Text) -> Iterator[Claim]``.
``Text`` wraps one ``Document`` and computes, lazily and once, what several
extractors need (sentence and paragraph boundaries), so adding a kind costs only its
own scan. Offsets are half-open Python ``str`` indices: ``text[start:end]``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from factcheck.extract._scan import lazy
from factcheck.models import Claim, Document, claim_id

if TYPE_CHECKING:
    from pydantic import BaseModel

    from factcheck.extract._entities import Entities
    from factcheck.extract._figures import Figures

# A sentence ends at . ! ? (and any closing quotes or brackets after it) followed by
# white space and an upper-case letter, a digit or an opening quote; or at a blank line.
# A full stop after a known abbreviation or a single capital ("U.S.", "J. Smith") does not end one.
# The scan starts at the punctuation mark (a pattern opening with a letter run would be
# tried at every letter); the word before it is read backwards only where one ends.
_SENTENCE_END = lazy(r"""[.!?][)"'’”\]]*\s+(?=[A-Z0-9"“‘'(\[£$€])|\n\s*\n""")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ABBREVIATIONS = frozenset(
    (
        "mr ms mrs dr st jr sr no vs mt co lt gov sen rep gen col inc ltd corp prof capt sgt rev "
        "fig est jan feb mar apr jun jul aug sep sept oct nov dec approx dept"
    ).split()
)
#: "i.e." and "e.g.", read as their last two letters and the stop between them.
_LATIN = frozenset(("i.e", "e.g"))
_PARAGRAPH_END = lazy(r"\n\s*\n")


class Text:
    """One document as the extractors read it."""

    __slots__ = ("__dict__", "doc", "published", "text")

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text: str = doc.text
        self.published: date | None = doc.published

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Offsets at which sentences start, ascending, beginning with 0."""
        text = self.text
        starts = [0]
        letters = _ASCII_LETTERS
        for m in _SENTENCE_END.finditer(text):
            p = m.start()
            if p and text[p - 1] in letters and text[p] != "\n":
                # The letters just before the mark: a single capital ("J. Smith") or a
                # known abbreviation ("Mr.") does not end a sentence. No abbreviation is
                # longer than six letters, so a longer run is a plain word.
                i = p - 1
                while i > 0 and p - i < 8 and text[i - 1] in letters:
                    i -= 1
                word = text[i:p]
                if (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS:
                    continue
                if text[max(i - 2, 0) : p].lower() in _LATIN:
                    continue  # "i.e. €944m", "e.g. Paris": the abbreviation goes on
            starts.append(m.end())
        return starts

    @cached_property
    def lowered(self) -> str | None:
        """``" " + text.lower()``, so offset ``i`` of the text is ``i + 1`` here and every
        offset has a character before it; None when lower-casing changes the length.

        Extractors that read the text case-blind share this one copy.
        """
        low = " " + self.text.lower()
        return low if len(low) == len(self.text) + 1 else None

    @cached_property
    def memo(self) -> dict[str, dict[Any, Any]]:
        """Per-document caches of the extractors' helpers, by helper name."""
        return {}

    @cached_property
    def figures(self) -> Figures:
        """The numbers as written, their hedges and last stated digits, the tokens and
        weekday names (``factcheck.extract._figures``), read once."""
        from factcheck.extract._figures import figures_of

        return figures_of(self)  # one reading, by sentence, shared with the checks

    @cached_property
    def entities(self) -> Entities:
        """The people and organisations of the text, their mentions and how they chain
        (``factcheck.extract._entities``), read once."""
        from factcheck.extract._entities import read_entities

        return read_entities(self.text, self.sentence_starts)

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Offsets at which paragraphs start, ascending, beginning with 0."""
        return [0, *(m.end() for m in _PARAGRAPH_END.finditer(self.text))]

    @cached_property
    def paragraph_ends(self) -> list[int]:
        """Where each paragraph of ``paragraph_starts`` ends, trimmed of white space."""
        text = self.text
        starts = self.paragraph_starts
        nexts = [*starts[1:], len(text)]
        return [_rstrip(text, a, b) for a, b in zip(starts, nexts, strict=True)]

    @cached_property
    def sentence_ends(self) -> list[int]:
        """Where each sentence of ``sentence_starts`` ends, trimmed of white space."""
        text = self.text
        starts = self.sentence_starts
        nexts = [*starts[1:], len(text)]
        return [_rstrip(text, a, b) for a, b in zip(starts, nexts, strict=True)]

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding ``pos``, trimmed of white space."""
        i = bisect_right(self.sentence_starts, pos) - 1
        return self.sentence_starts[i], self.sentence_ends[i]

    def paragraph_bounds(self, pos: int) -> tuple[int, int]:
        """The [start, end) of the paragraph holding ``pos``, trimmed of white space."""
        starts = self.paragraph_starts
        i = bisect_right(starts, pos) - 1
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, _rstrip(self.text, start, end)

    def claim(
        self,
        kind: str,
        start: int,
        end: int,
        value: Any,
        *,
        qualifier: str | None = None,
        pair: str | None = None,
    ) -> Claim:
        """A claim over ``text[start:end]`` with its sentence, built without re-validation.

        ``value`` is one of the value models of ``factcheck.models`` (or None for a
        span whose value could not be resolved).
        """
        s_start, s_end = self.sentence_bounds(start)
        if end > s_end:
            s_end = _rstrip(self.text, s_start, max(end, s_end))
        doc_id = self.doc.id
        # Extractors build thousands of claims per second from values they made
        # themselves, so skip pydantic's validation and even model_construct's
        # bookkeeping: set the instance state directly.
        claim = _new(Claim)
        _setattr(
            claim,
            "__dict__",
            {
                "id": claim_id(doc_id, kind, start, end),
                "document": doc_id,
                "kind": kind,
                "text": self.text[start:end],
                "start": start,
                "end": end,
                "value": value,
                "qualifier": qualifier,
                "sentence": self.text[s_start:s_end],
                "sentence_start": s_start,
                "pair": pair,
            },
        )
        _setattr(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS))
        _setattr(claim, "__pydantic_extra__", None)
        _setattr(claim, "__pydantic_private__", None)
        return claim


_new = object.__new__
_setattr = object.__setattr__
_CLAIM_FIELDS = frozenset(Claim.model_fields)

_Model = TypeVar("_Model", bound="BaseModel")
_DEFAULTS: dict[type[BaseModel], dict[str, Any]] = {}


def make_value(cls: type[_Model], /, **values: Any) -> _Model:
    """``cls.model_construct(**values)`` at a fraction of the cost, for the value models.

    The same instance state (defaults filled in, ``model_fields_set`` the given names)
    without pydantic's per-call bookkeeping: extractors make one per claim. ``values``
    must be fields of ``cls`` and include every required one.
    """
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        # Required fields hold a placeholder that ``values`` overwrites: the merged dict
        # then keeps the fields' declared order, as model_construct does.
        defaults = _DEFAULTS[cls] = {
            name: None if field.is_required() else field.default
            for name, field in cls.model_fields.items()
        }
    obj = _new(cls)
    _setattr(obj, "__dict__", {**defaults, **values})
    _setattr(obj, "__pydantic_fields_set__", set(values))
    _setattr(obj, "__pydantic_extra__", None)
    _setattr(obj, "__pydantic_private__", None)
    return obj


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


Extractor: TypeAlias = Callable[[Text], Iterator[Claim]]
