"""Claim extractors, one module per kind, in the order they run.

``EXTRACTORS`` maps each kind to its ``extract(text) -> Iterator[Claim]``. Membership and
order are visible here (``KIND_MODULES``) and nothing depends on import side effects;
``--kinds`` choices come from its keys.

The kind modules compile their patterns when imported, which takes a quarter of a second,
so the registry loads them on first use: commands that never extract (``factcheck next``)
do not pay for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from factcheck.errors import UnknownKind
from factcheck.extract._spans import Extractor, Text
from factcheck.models import KINDS, Claim, Document

#: The kind modules, in the order they run.
KIND_MODULES: tuple[str, ...] = ("money", "percent", "date", "duration", "quantity", "quote")

if TYPE_CHECKING:
    EXTRACTORS: dict[str, Extractor]


def __getattr__(name: str) -> object:
    if name == "EXTRACTORS":
        return _registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_REGISTRY: dict[str, Extractor] = {}
_LOCK = threading.Lock()


def _registry() -> dict[str, Extractor]:
    # Threads (a Dask worker's) may ask at once: fill the registry whole or not at all.
    with _LOCK:
        if not _REGISTRY:
            loaded: dict[str, Extractor] = {}
            for name in KIND_MODULES:
                module = import_module(f"{__name__}.{name}")
                loaded[module.KIND] = module.extract
            _REGISTRY.update(loaded)
    return _REGISTRY


__all__ = ["EXTRACTORS", "Text", "extract_document", "extract_text", "resolve_kinds"]


def resolve_kinds(kinds: Iterable[str] | None) -> list[str]:
    """The kinds to run, in registry order; raises ``UnknownKind`` for a name we lack."""
    if kinds is None:
        return list(KIND_MODULES)
    wanted = [k.strip().lower() for k in kinds if k.strip()]
    for k in wanted:
        if k not in KINDS:
            raise UnknownKind(f'Unknown kind "{k}"; choose from {", ".join(sorted(KINDS))}')
    return [k for k in KIND_MODULES if k in wanted]


def extract_document(doc: Document, *, kinds: Sequence[str] | None = None) -> list[Claim]:
    """Every claim of the given kinds in one document, ordered by start offset then kind."""
    return extract_text(Text(doc), kinds=kinds)


def extract_text(text: Text, *, kinds: Sequence[str] | None = None) -> list[Claim]:
    """``extract_document`` on a ``Text`` already made (the checks read the same one)."""
    registry = _REGISTRY or _registry()
    claims: list[Claim] = []
    for kind in resolve_kinds(kinds):
        claims.extend(registry[kind](text))
    claims.sort(key=_order)
    return claims


def _order(claim: Claim) -> tuple[int, int]:
    return claim.start, -claim.end
