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

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO

from pydantic import BaseModel, Field
from pydantic_core import to_json

from factcheck._records import json_fallback, to_twin
from factcheck._terminal import json_escaped
from factcheck.config import Organization
from factcheck.db.rows import is_row
from factcheck.export._atomic import utf8_writer
from factcheck.export._report import (
    ExportOptions,
    ExportResult,
    Report,
    in_text_order,
    with_pages,
)
from factcheck.models import ClaimRecord, Document

SCHEMA = "factcheck-report/1"


#: The C1 controls in UTF-8: U+0080-U+009F is the lead byte 0xC2 (never a continuation
#: byte) and 0x80-0x9F; DEL (U+007F) is the byte 0x7F. A pattern that opens with one
#: literal byte is searched for by that byte, ten times faster than an alternation.
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")


def json_escaped_utf8(data: bytes) -> str:
    """``json_escaped(data.decode())`` of UTF-8 JSON, looked for in the bytes: two byte
    searches (memchr) find nothing in most texts, where the character class of
    ``json_escaped`` reads every character (a tenth of the time)."""
    if _has_c1(data):
        return json_escaped(data.decode("utf-8"))
    return data.decode("utf-8")


def _has_c1(data: bytes) -> bool:
    return b"\x7f" in data or (b"\xc2" in data and _C1_UTF8.search(data) is not None)


def _json_writer(out: TextIO) -> Callable[[bytes], object]:
    """``out.write(json_escaped_utf8(data))``, the bytes written as they are when ``out``
    takes bytes and they hold no C1 control."""
    write = out.write
    raw = utf8_writer(out)
    if raw is None:
        return lambda data: write(json_escaped_utf8(data))

    def put(data: bytes) -> object:
        if _has_c1(data):
            return raw(json_escaped(data.decode("utf-8")).encode("utf-8"))
        return raw(data)

    return put


def export_jsonl(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """One ClaimRecord per line, documents in report order, claims in text order."""
    count = 0
    write = out.write
    put = _json_writer(out)
    for document, records in report:
        ordered = with_pages(document, in_text_order(records))
        if not ordered:
            continue
        if is_row(ordered[0]):  # light records (export_database): a document at a time
            lines = b"\n".join([to_json(r.json_dict(), fallback=json_fallback) for r in ordered])  # type: ignore[attr-defined]
            put(lines + b"\n")
        else:
            for record in ordered:
                write(json_escaped(record.model_dump_json()))
                write("\n")
        count += len(ordered)
    return ExportResult(count)


class _DocumentEntry(BaseModel):
    document: Document
    claims: list[ClaimRecord]


class _ReportFile(BaseModel):
    """The ``json`` format's top level (pydantic writes it: far faster than ``json.dump``)."""

    schema_: str = Field(serialization_alias="schema")
    generated: datetime
    organization: Organization
    ratings: list[dict[str, Any]]
    documents: list[_DocumentEntry]


def export_json(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The whole report as one indented JSON object, written one document at a time.

    The bytes are those of dumping the whole ``_ReportFile`` at once (pydantic, indent 2):
    the top level is dumped with no documents and each document's entry is dumped alone and
    indented to its place, so memory holds one document, not the report.
    """
    config = options.config
    head = _ReportFile.model_construct(
        schema_=SCHEMA,
        generated=options.generated,
        organization=config.organization,
        ratings=[r.model_dump(mode="json", exclude={"key"}) for r in config.ratings],
        documents=[],
    ).model_dump_json(indent=2, by_alias=True)
    # ``documents`` is the last field: its empty list closes the dump.
    closing = '"documents": []\n}'
    if not head.endswith(closing):  # pragma: no cover - a field added after "documents"
        raise AssertionError("the json report's documents must be its last field")
    count = 0
    write = out.write
    put = _json_writer(out)
    write(json_escaped(head[: -len(closing)]) + '"documents": [')
    first = True
    for document, records in report:
        claims = list(with_pages(document, in_text_order(records)))
        # JSON strings hold no raw newline, so indenting line by line is safe.
        if claims and is_row(claims[0]):  # light records (export_database): plain data
            data = {"document": to_twin(document), "claims": [r.json_dict() for r in claims]}  # type: ignore[attr-defined]
            put(
                (b"\n    " if first else b",\n    ")
                + to_json(data, indent=2, fallback=json_fallback).replace(b"\n", b"\n    ")
            )
        else:
            entry = _DocumentEntry.model_construct(
                document=to_twin(document), claims=[to_twin(c) for c in claims]
            )
            text = json_escaped(entry.model_dump_json(indent=2).replace("\n", "\n    "))
            write(("\n    " if first else ",\n    ") + text)
        first = False
        count += len(records)
    write("]\n}\n" if first else "\n  ]\n}\n")
    return ExportResult(count)
