"""Verdict reports and exports, one module per family of formats.

``EXPORTERS`` maps each format to its ``export(report, out, options) -> ExportResult``;
``factcheck export --format`` takes its choices from the keys. A report is a list of
``(Document, [ClaimRecord])`` pairs, as ``ClaimStore.report()`` returns it::

    from factcheck.export import ExportOptions, export_report
    result = export_report(report, sys.stdout, format="csv")        # to a stream
    result = write_report(report, "out/report.html", format="html")  # atomically to a file

``result.count`` is the number of claims (rows, ClaimReviews) written and ``result.notes``
what a person should hear about, such as claims skipped by ClaimReview.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from factcheck.config import Config
from factcheck.errors import BadOption, ClaimNotFound
from factcheck.export import claimreview, csv, html, jsonl, markdown
from factcheck.export._atomic import atomic_write
from factcheck.export._report import Exporter, ExportOptions, ExportResult, Report, Reread
from factcheck.models import ClaimRecord, Document

EXPORTERS: dict[str, Exporter] = {
    "markdown": markdown.export_markdown,
    "html": html.export_html,
    "json": jsonl.export_json,
    "jsonl": jsonl.export_jsonl,
    "csv": csv.export_csv,
    "claimreview": claimreview.export_claimreview,
}

SUFFIXES: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "json": ".json",
    "jsonl": ".jsonl",
    "csv": ".csv",
    "claimreview": ".jsonld",
}

__all__ = [
    "EXPORTERS",
    "SUFFIXES",
    "ExportOptions",
    "ExportResult",
    "Exporter",
    "Report",
    "atomic_write",
    "export_database",
    "export_report",
    "only_claims",
    "resolve_format",
    "write_report",
]


def resolve_format(name: str) -> str:
    """The format called ``name`` ("md" is accepted for markdown), or ``BadOption``."""
    wanted = name.strip().lower()
    if wanted == "md":
        wanted = "markdown"
    if wanted not in EXPORTERS:
        raise BadOption(f'Unknown format "{name}"; choose from {", ".join(EXPORTERS)}')
    return wanted


def export_report(
    report: Report,
    out: TextIO,
    *,
    format: str,
    config: Config | None = None,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Write ``report`` to the stream ``out`` in ``format``."""
    exporter = EXPORTERS[resolve_format(format)]
    if options is None:
        options = ExportOptions(config=config or Config())
    return exporter(report, out, options)


def write_report(
    report: Report,
    path: str | os.PathLike[str],
    *,
    format: str,
    config: Config | None = None,
    options: ExportOptions | None = None,
) -> ExportResult:
    """Write ``report`` to the file ``path`` atomically: complete, or not at all.

    The report is rendered into a temporary file beside ``path``, synced, then renamed
    over it; if anything fails the temporary file is removed and ``path`` is untouched.
    """
    chosen = resolve_format(format)
    with atomic_write(Path(path)) as out:
        return export_report(report, out, format=chosen, config=config, options=options)


def only_claims(
    report: Report, claim_ids: Sequence[str]
) -> list[tuple[Document, list[ClaimRecord]]]:
    """The part of ``report`` about the given claims; ``ClaimNotFound`` names a missing one."""
    wanted = set(claim_ids)
    out: list[tuple[Document, list[ClaimRecord]]] = []
    found: set[str] = set()
    for document, records in report:
        kept = [r for r in records if r.claim.id in wanted]
        found.update(r.claim.id for r in kept)
        if kept:
            out.append((document, kept))
    missing = [c for c in claim_ids if c not in found]
    if missing:
        raise ClaimNotFound(
            f'Claim "{missing[0]}" is not in the report; check the id with factcheck queue '
            "or widen --document/--status"
        )
    return out


def export_database(
    url: str,
    *,
    format: str,
    out: TextIO,
    output: str | os.PathLike[str] | None = None,
    document: str | None = None,
    status: str | None = None,
    claims: Sequence[str] = (),
    config: Config | None = None,
) -> ExportResult:
    """Export the claims of the queue at ``url`` to ``output`` (atomically) or else to ``out``.

    ``output`` "-" is ``out`` too; a FIFO or device at ``output`` is written straight through.

    ``document`` and ``status`` narrow the report as ``ClaimStore.report`` does; ``claims``
    keeps only the claims with those ids, and then an exporter that cannot render one of
    them (ClaimReview without a final verdict) raises ``ExportError`` instead of skipping it.
    """
    from factcheck.db.rows import read_export, read_overview
    from factcheck.db.store import open_store

    chosen = resolve_format(format)
    config = config or Config()
    with open_store(url, config=config) as store:
        # Streamed: one document's claims at a time go from the database to the output;
        # read again from the start by an exporter that counts first (html's overview).
        # Light records (factcheck.db.rows), not models: the exporters read either alike.
        # The HTML overview's counts come grouped from the database (no first pass).
        report: Report = Reread(
            lambda: read_export(store, document=document, status=status),  # type: ignore[arg-type,return-value]
            counts=lambda: read_overview(store, document=document, status=status),
        )
        config = store.config  # the team's organisation and rating scale, from the database
        # The editor's wording: published by ClaimReview, shown on the reports' claim cards.
        editorial = store.editorial() if chosen in ("claimreview", "markdown", "html") else {}
        pages = store.page_urls() if chosen == "claimreview" else {}
        if claims:
            report = only_claims(report, claims)  # a few claims: checked before writing
        options = ExportOptions(
            config=config, strict=bool(claims), editorial=editorial, pages=pages
        )
        if output is None or str(output) == "-":
            return export_report(report, out, format=chosen, options=options)
        result = write_report(report, output, format=chosen, options=options)
    written = Path(output)
    # A pipe or device is named as given: "/dev/stdout", not "/proc/1234/fd/pipe:[5678]".
    result.path = written.resolve() if written.is_file() else written
    return result
