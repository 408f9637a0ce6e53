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
from pathlib import Path
from typing import TextIO

from factcheck.config import Config
from factcheck.errors import BadOption
from factcheck.export import claimreview, csv, html, jsonl, markdown
from factcheck.export._atomic import atomic_write
from factcheck.export._report import Exporter, ExportOptions, ExportResult, Report

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
    "export_report",
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
