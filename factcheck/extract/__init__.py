"""Claim extractors, one module per kind, in the order they run.

``EXTRACTORS`` maps each kind to its ``extract(text) -> Iterator[Claim]``. Membership and
order are visible here and nothing depends on import side effects; ``--kinds`` choices
come from its keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from factcheck.errors import UnknownKind
from factcheck.extract import date, duration, money, percent, quantity, quote
from factcheck.extract._spans import Extractor, Text
from factcheck.models import Claim, Document

EXTRACTORS: dict[str, Extractor] = {
    m.KIND: m.extract for m in (money, percent, date, duration, quantity, quote)
}

__all__ = ["EXTRACTORS", "Text", "extract_document", "resolve_kinds"]


def resolve_kinds(kinds: Iterable[str] | None) -> list[str]:
    """The kinds to run, in registry order; raises ``UnknownKind`` for a name we lack."""
    if kinds is None:
        return list(EXTRACTORS)
    wanted = [k.strip().lower() for k in kinds if k.strip()]
    for k in wanted:
        if k not in EXTRACTORS:
            raise UnknownKind(f'Unknown kind "{k}"; choose from {", ".join(sorted(EXTRACTORS))}')
    return [k for k in EXTRACTORS if k in wanted]


def extract_document(doc: Document, *, kinds: Sequence[str] | None = None) -> list[Claim]:
    """Every claim of the given kinds in one document, ordered by start offset then kind."""
    text = Text(doc)
    claims: list[Claim] = []
    for kind in resolve_kinds(kinds):
        claims.extend(EXTRACTORS[kind](text))
    claims.sort(key=_order)
    return claims


def _order(claim: Claim) -> tuple[int, int]:
    return claim.start, -claim.end


def iter_claims(docs: Iterable[Document], *, kinds: Sequence[str] | None = None) -> Iterator[Claim]:
    """Claims of many documents, document by document."""
    chosen = resolve_kinds(kinds)
    for doc in docs:
        yield from extract_document(doc, kinds=chosen)
