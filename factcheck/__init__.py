"""factcheck: find checkable claims in news articles, queue them, check them, report.

>>> from factcheck import extract
>>> claims = extract("The UK spends £3 billion a year.", published="2025-02-17")

The names below load on first use, so that commands which never extract (``factcheck
next``, ``--help``) do not pay for compiling the extractors' patterns.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factcheck.errors import FactcheckError
    from factcheck.extract import EXTRACTORS
    from factcheck.models import KINDS, Claim, Document
    from factcheck.pipeline import extract, extract_documents

_LAZY = {
    "extract": "factcheck.pipeline",
    "extract_documents": "factcheck.pipeline",
    "EXTRACTORS": "factcheck.extract",
    "KINDS": "factcheck.models",
    "Claim": "factcheck.models",
    "Document": "factcheck.models",
    "FactcheckError": "factcheck.errors",
}

__all__ = [
    "EXTRACTORS",
    "KINDS",
    "Claim",
    "Document",
    "FactcheckError",
    "__version__",
    "extract",
    "extract_documents",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


class _Package(types.ModuleType):
    """``factcheck.extract`` is the function, loaded on first use, whatever imports what.

    The name also belongs to the subpackage of extractors, and importing a subpackage
    binds it on its parent: this property keeps the function there, so ``import
    factcheck`` need not load the extractors first to win the name.
    """

    @property
    def extract(self) -> Any:
        return importlib.import_module("factcheck.pipeline").extract

    @extract.setter
    def extract(self, value: Any) -> None:
        del value  # the subpackage stays reachable through sys.modules and its own imports


sys.modules[__name__].__class__ = _Package
