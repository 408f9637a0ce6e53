"""CSV export: one row per claim, for spreadsheets.

The columns are fixed (``COLUMNS``, documented in docs/export.md) and always present.
A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as
a formula (CSV injection): ``=HYPERLINK(…)`` becomes ``'=HYPERLINK(…)``. Numbers we
compute ourselves (offsets, priority, rating value) are written as numbers.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any, TextIO

from factcheck.check_lines import evidence_parts, evidence_text
from factcheck.export._report import (
    ExportOptions,
    ExportResult,
    Report,
    in_text_order,
    page,
    shown,
)
from factcheck.models import ClaimRecord, Document

COLUMNS: tuple[str, ...] = (
    "document_id",
    "document_title",
    "document_url",
    "document_published",
    "claim_id",
    "kind",
    "start",
    "end",
    "text",
    "sentence",
    "value",
    "status",
    "priority",
    "rating",
    "rating_label",
    "rating_value",
    "final",
    "note",
    "reviewer",
    "verdict_created",
    "signed_off_by",
    "signed_off_at",
    "sources",
    "checks",
    "check_explanations",
    "check_evidence",
    "verdict_evidence",
    "page",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` made safe for a spreadsheet: formula-like text gets a leading apostrophe."""
    if cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def export_csv(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """A header row, then one row per claim: documents in report order, claims in text order."""
    # Each document's rows go to a buffer and then out in one write.
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    labels = _Labels(options.config)
    formula = _FORMULA_START
    for document, records in report:
        head = _document_cells(document)
        rows = []
        for record in in_text_order(records):
            # Inlined neutralise(): this loop runs once per cell of 100,000-row exports.
            rows.append(
                [
                    ("'" + v if v and v.startswith(formula) else v) if v.__class__ is str else v
                    for v in _row(document, record, labels, head)
                ]
            )
        writer.writerows(rows)
        count += len(rows)
        out.write(buffer.getvalue())
        buffer.seek(0)
        buffer.truncate()
    out.write(buffer.getvalue())
    return ExportResult(count)


class _Labels:
    """The rating a verdict shows, per (rating, final): looked up once per export."""

    def __init__(self, config: Any) -> None:
        self.config = config
        self._seen: dict[tuple[str, bool], Any] = {}

    def rating(self, record: ClaimRecord) -> Any:
        verdict = record.verdict
        assert verdict is not None
        key = (verdict.rating, record.status == "final" and verdict.final)
        hit = self._seen.get(key, self)
        if hit is self:
            if len(self._seen) >= 256:
                self._seen.clear()
            hit = self._seen[key] = shown(record, self.config).rating
        return hit


def _document_cells(document: Document) -> tuple[Any, Any, Any]:
    """The document's title, address and publication day, the cells its claims fall back on."""
    published = document.published
    return document.title, document.url, published.isoformat() if published else None


def _row(
    document: Document,
    record: ClaimRecord,
    labels: _Labels,
    head: tuple[Any, Any, Any] | None = None,
) -> list[Any]:
    claim = record.claim
    verdict = record.verdict
    rating = labels.rating(record) if verdict else None
    value = (
        claim.value.model_dump_json(exclude_none=True, exclude={"kind"}) if claim.value else None
    )
    title, url, day = head or _document_cells(document)
    published = record.document_published
    checks = record.checks
    return [
        claim.document,
        record.document_title or title,
        record.document_url or url,
        published.isoformat() if published else day,
        claim.id,
        claim.kind,
        claim.start,
        claim.end,
        claim.text,
        claim.sentence,
        value,
        record.status,
        record.priority,
        verdict.rating if verdict else None,
        rating.label if rating else None,
        rating.value if rating else None,
        ("true" if verdict.final else "false") if verdict else None,
        verdict.note if verdict else None,
        verdict.reviewer if verdict else None,
        verdict.created.isoformat() if verdict else None,
        verdict.signed_off_by if verdict else None,
        verdict.signed_off_at.isoformat() if verdict and verdict.signed_off_at else None,
        "\n".join([s.url for s in verdict.sources]) if verdict else None,
        "\n".join([f"{c.check}: {c.status}" for c in checks]) or None if checks else None,
        "\n".join([c.explanation for c in checks]) or None if checks else None,
        "\n".join([evidence_text(c) for c in checks]) or None if checks else None,
        "\n".join(_attached(e) for e in verdict.evidence) if verdict and verdict.evidence else None,
        page(document, record) if document.pages else None,
    ]


def _attached(e: Any) -> str:
    """A piece of evidence attached to the verdict: what, where, when retrieved, SHA-256."""
    return " · ".join(evidence_parts(e, when=datetime.isoformat))
