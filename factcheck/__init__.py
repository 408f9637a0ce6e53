"""factcheck: find checkable claims in news articles, queue them, check them, report.

>>> from factcheck import extract
>>> claims = extract("The UK spends £3 billion a year.", published="2025-02-17")
"""

from __future__ import annotations

from factcheck.errors import FactcheckError
from factcheck.extract import EXTRACTORS
from factcheck.models import KINDS, Claim, Document
from factcheck.pipeline import extract, extract_documents

__version__ = "0.1.0"

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
