"""What every extractor shares: the ``Text`` it reads and the way it makes a ``Claim``.

An extractor is a module with ``KIND`` and ``extract(text: Text) -> Iterator[Claim]``.
``Text`` wraps one ``Document`` and computes, lazily and once, what several
extractors need (sentence and paragraph boundaries), so adding a kind costs only its
own scan. Offsets are half-open Python ``str`` indices: ``text[start:end]``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import date
from functools import cached_property
from typing import Any, TypeAlias

from factcheck.models import Claim, Document, claim_id

# A sentence ends at . ! ? (and any closing quotes or brackets after it) followed by
# white space and an upper-case letter, a digit or an opening quote; or at a blank line.
# A full stop after a known abbreviation or a single capital ("U.S.", "J. Smith") does not end one.
_SENTENCE_END = re.compile(r"""([A-Za-z]*)[.!?][)"'’”\]]*\s+(?=[A-Z0-9"“‘'(\[£$€])|\n\s*\n""")
_ABBREVIATIONS = frozenset(
    (
        "mr ms mrs dr st jr sr no vs mt co lt gov sen rep gen col inc ltd corp prof capt sgt rev "
        "fig est jan feb mar apr jun jul aug sep sept oct nov dec approx dept"
    ).split()
)
_PARAGRAPH_END = re.compile(r"\n\s*\n")


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
        starts = [0]
        for m in _SENTENCE_END.finditer(self.text):
            word = m.group(1)
            if word and ((len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATIONS):
                continue
            starts.append(m.end())
        return starts

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Offsets at which paragraphs start, ascending, beginning with 0."""
        return [0, *(m.end() for m in _PARAGRAPH_END.finditer(self.text))]

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding ``pos``, trimmed of white space."""
        starts = self.sentence_starts
        i = bisect_right(starts, pos) - 1
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return start, _rstrip(self.text, start, end)

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


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


Extractor: TypeAlias = Callable[[Text], Iterator[Claim]]
