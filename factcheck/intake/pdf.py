"""PDF articles: the text of each page through pypdf, and where each page starts.

    pdf = read_pdf(data, name="report.pdf")
    pdf.text          # the pages' text, a blank line between pages
    pdf.pages         # [0, 1834, 3920]: page n starts at pdf.pages[n - 1]
    page_of(pdf.pages, 2000)   # 2

The page starts are kept with the document (``Document.pages``), so a claim's offset
names the page the report cites. Scanned PDFs without a text layer, encrypted ones and
files that are not PDFs are refused with one line.
"""

from __future__ import annotations

import io
import logging
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck._terminal import neutralise
from factcheck.errors import BadDocument

PAGE_BREAK = "\n\n"
"""What separates two pages' text: a paragraph break, so no sentence runs across pages."""


@dataclass(frozen=True)
class PdfText:
    """A PDF's text, the offset where each page starts, and its own title and author."""

    text: str
    pages: list[int]
    title: str | None = None
    author: str | None = None


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` starts like a PDF file (``%PDF-``, perhaps after white space)."""
    return data[:1024].lstrip().startswith(b"%PDF-")


def read_pdf(data: bytes, *, name: str) -> PdfText:
    """The text of every page of the PDF in ``data``; ``BadDocument`` naming ``name`` if none.

    Each page's text is stripped, its line ends made ``\\n``, and pages are joined with a
    blank line. Control characters are neutralised as in every other reader.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs recoverable damage as warnings; a damaged PDF that still reads is fine.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadDocument(f"{name} is an encrypted PDF; save an unprotected copy and ingest it")
        texts = [_page_text(page) for page in reader.pages]
        info = reader.metadata
    except BadDocument:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        reason = str(exc).replace("\n", " ") or type(exc).__name__
        raise BadDocument(f"{name} is not a readable PDF ({reason})") from None
    if not any(texts):
        raise BadDocument(
            f"{name} has no text layer (a scanned PDF?); run it through OCR and ingest the result"
        )
    pages: list[int] = []
    parts: list[str] = []
    offset = 0
    for i, text in enumerate(texts):
        if i:
            parts.append(PAGE_BREAK)
            offset += len(PAGE_BREAK)
        pages.append(offset)
        parts.append(text)
        offset += len(text)
    title = _meta(info, "title")
    author = _meta(info, "author")
    return PdfText(text="".join(parts), pages=pages, title=title, author=author)


def _page_text(page: object) -> str:
    text = page.extract_text() or ""  # type: ignore[attr-defined]
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    return neutralise(text)


def _meta(info: object, key: str) -> str | None:
    value = getattr(info, key, None) if info is not None else None
    if not isinstance(value, str) or not value.strip():
        return None
    return neutralise(value.strip())


def page_of(pages: Sequence[int] | None, offset: int) -> int | None:
    """The page (from 1) that holds ``offset``, or None for a document without pages."""
    if not pages:
        return None
    return max(1, bisect_right(pages, offset))
