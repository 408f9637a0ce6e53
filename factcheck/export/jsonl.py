"""JSON and JSON Lines exports: the models as they are, for jq and other programs.

``jsonl``: one ``ClaimRecord`` per line, every key present (``null`` when empty)::

    {"claim": {"id": "…", "document": "…", "kind": "money", "text": "£3 billion", …},
     "document_title": "…", "status": "final", "verdict": {"rating": "false", …}, "checks": [...]}

``json``: one object holding the report's documents, each with its full text and its
claims; ``schema`` names the version of this layout (see docs/export.md)::

    {"schema": "factcheck-report/1", "generated": "…", "organization": {...},
     "ratings": [...], "documents": [{"document": {...}, "claims": [ClaimRecord, ...]}]}

Both load back with ``Document.model_validate`` and ``ClaimRecord.model_validate``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from factcheck.export._report import ExportOptions, ExportResult, Report, in_text_order

SCHEMA = "factcheck-report/1"


def export_jsonl(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """One ClaimRecord per line, documents in report order, claims in text order."""
    count = 0
    write = out.write
    for _document, records in report:
        for record in in_text_order(records):
            write(record.model_dump_json())
            write("\n")
            count += 1
    return ExportResult(count)


def export_json(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The whole report as one indented JSON object."""
    documents: list[dict[str, Any]] = []
    count = 0
    for document, records in report:
        ordered = in_text_order(records)
        documents.append(
            {
                "document": document.model_dump(mode="json"),
                "claims": [r.model_dump(mode="json") for r in ordered],
            }
        )
        count += len(ordered)
    config = options.config
    data = {
        "schema": SCHEMA,
        "generated": options.generated.isoformat(),
        "organization": config.organization.model_dump(mode="json"),
        "ratings": [r.model_dump(mode="json", exclude={"key"}) for r in config.ratings],
        "documents": documents,
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return ExportResult(count)
