"""What the commands call: extraction over documents, as a library.

Library functions take keyword-only options so the command line and tests call them
the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from factcheck.extract import extract_document, resolve_kinds
from factcheck.models import Claim, Document


def extract_documents(
    docs: Iterable[Document], *, kinds: Sequence[str] | None = None
) -> Iterator[Claim]:
    """Every claim of the given kinds (all by default) in each document, in text order."""
    chosen = resolve_kinds(kinds)
    for doc in docs:
        yield from extract_document(doc, kinds=chosen)


def extract(
    text: str,
    *,
    published: date | str | None = None,
    kinds: Sequence[str] | None = None,
    id: str = "",
) -> list[Claim]:
    """The claims in one article's text.

    >>> [c.text for c in extract("It cost £3 billion.", published="2025-02-17", kinds=["money"])]
    ['£3 billion']
    """
    doc = Document(id=id, text=text, published=published)
    return extract_document(doc, kinds=kinds)
