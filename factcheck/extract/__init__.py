"""Claim extractors, one module per kind, in the order they run.

``EXTRACTORS`` maps each kind to its ``extract(text) -> Iterator[Claim]``. Membership and
order are visible here (``KIND_MODULES``) and nothing depends on import side effects;
``--kinds`` choices come from its keys.

The kind modules compile their patterns when imported, so the registry loads each kind on
its first use: commands that never extract (``factcheck next``) do not pay for any, and
``extract --kinds money`` loads the money extractor alone. ``EXTRACTORS`` loads them all.
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


_REGISTRY: dict[str, Extractor] = {}  # every kind, in KIND_MODULES order, once all are loaded
_LOADED: dict[str, Extractor] = {}  # each kind as it is first used
_LOCK = threading.RLock()


def _extractor(kind: str) -> Extractor:
    """The extractor of one kind (a name of ``KIND_MODULES``), its module loaded on first use."""
    found = _LOADED.get(kind)
    if found is None:
        # Threads (a Dask worker's) may ask at once: each kind's module is loaded once.
        with _LOCK:
            found = _LOADED.get(kind)
            if found is None:
                module = import_module(f"{__name__}.{kind}")
                found = _LOADED[kind] = module.extract  # KIND is the module's name
    return found


def _registry() -> dict[str, Extractor]:
    """Every kind's extractor, in registry order (all modules loaded)."""
    if not _REGISTRY:
        with _LOCK:
            if not _REGISTRY:
                # Filled whole or not at all: a reader never sees part of it.
                _REGISTRY.update({name: _extractor(name) for name in KIND_MODULES})
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
    loaded = _LOADED
    claims: list[Claim] = []
    for kind in resolve_kinds(kinds):
        claims.extend((loaded.get(kind) or _extractor(kind))(text))
    claims.sort(key=_order)
    return claims


def _order(claim: Claim) -> tuple[int, int]:
    return claim.start, -claim.end
