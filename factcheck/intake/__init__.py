"""Intake: articles from where they live, as documents ready to queue.

    fetch.py  fetch_page(): a page over HTTP with the lookups' client, as bytes with their
              address after redirects, fetch time and SHA-256
    feed.py   parse_feed(): the entries of an RSS or Atom feed (feedparser)
    pdf.py    read_pdf(): a PDF's text through pypdf and where each page starts; page_of()

``factcheck.documents.document_from_page`` turns a fetched page into a ``Document``;
``factcheck.db.ingest`` gathers every input before any is queued.
"""

from __future__ import annotations

from factcheck.intake.pdf import page_of

__all__ = ["page_of"]
