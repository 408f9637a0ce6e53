"""Light read-only records for exports: what ``ClaimStore.iter_export`` yields.

A 100,000-verdict export built four pydantic models per claim (``ClaimRecord``, ``Claim``,
``Verdict``, ``CheckResult``) only to read their attributes once. These classes have the
same attribute names, in the models' field order (``__slots__``, checked against the
models by a test), and are filled straight from the database's row tuples; the values
inside them that are models already (a claim's ``value``, a verdict's ``sources`` and
``evidence``) stay models. An exporter reads either kind alike.

``RecordRow.model_dump_json()`` writes the bytes ``ClaimRecord.model_dump_json()`` writes
for the same record (pydantic-core serialises the plain dict of ``json_dict()`` with the
same rules), so the JSON exports need no models either.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic_core import to_json

__all__ = ["CheckRow", "ClaimRow", "RecordRow", "VerdictRow", "is_row"]


class ClaimRow:
    """A claim as ``Claim`` has it."""

    __slots__ = (  # noqa: RUF023 - the model's field order
        "id",
        "document",
        "kind",
        "text",
        "start",
        "end",
        "value",
        "qualifier",
        "sentence",
        "sentence_start",
        "pair",
    )

    def __init__(
        self,
        id: str,
        document: str,
        kind: str,
        text: str,
        start: int,
        end: int,
        value: Any,
        qualifier: str | None,
        sentence: str,
        sentence_start: int,
        pair: str | None,
    ) -> None:
        self.id = id
        self.document = document
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.qualifier = qualifier
        self.sentence = sentence
        self.sentence_start = sentence_start
        self.pair = pair

    def json_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "document": self.document,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "qualifier": self.qualifier,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "pair": self.pair,
        }


class VerdictRow:
    """A verdict as ``Verdict`` has it (``sources`` and ``evidence`` are models)."""

    __slots__ = (  # noqa: RUF023 - the model's field order
        "claim_id",
        "rating",
        "note",
        "sources",
        "reviewer",
        "created",
        "final",
        "signed_off_by",
        "signed_off_at",
        "evidence",
        "adopted_from",
    )

    def __init__(
        self,
        claim_id: str,
        rating: str,
        note: str | None,
        sources: list[Any],
        reviewer: str,
        created: datetime,
        final: bool,
        signed_off_by: str | None,
        signed_off_at: datetime | None,
        evidence: list[Any],
        adopted_from: str | None,
    ) -> None:
        self.claim_id = claim_id
        self.rating = rating
        self.note = note
        self.sources = sources
        self.reviewer = reviewer
        self.created = created
        self.final = final
        self.signed_off_by = signed_off_by
        self.signed_off_at = signed_off_at
        self.evidence = evidence
        self.adopted_from = adopted_from

    def json_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "rating": self.rating,
            "note": self.note,
            "sources": self.sources,
            "reviewer": self.reviewer,
            "created": self.created,
            "final": self.final,
            "signed_off_by": self.signed_off_by,
            "signed_off_at": self.signed_off_at,
            "evidence": self.evidence,
            "adopted_from": self.adopted_from,
        }


class CheckRow:
    """An automatic check's result as ``CheckResult`` has it."""

    __slots__ = (  # noqa: RUF023 - the model's field order
        "claim_id",
        "document",
        "check",
        "status",
        "start",
        "end",
        "text",
        "explanation",
        "related",
        "evidence",
        "created",
    )

    def __init__(
        self,
        claim_id: str | None,
        document: str,
        check: str,
        status: str,
        start: int,
        end: int,
        text: str,
        explanation: str,
        related: list[str],
        evidence: list[Any],
        created: datetime | None,
    ) -> None:
        self.claim_id = claim_id
        self.document = document
        self.check = check
        self.status = status
        self.start = start
        self.end = end
        self.text = text
        self.explanation = explanation
        self.related = related
        self.evidence = evidence
        self.created = created

    def json_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "document": self.document,
            "check": self.check,
            "status": self.status,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "explanation": self.explanation,
            "related": self.related,
            "evidence": self.evidence,
            "created": self.created,
        }


class RecordRow:
    """A queued claim with its review state, as ``ClaimRecord`` has it."""

    __slots__ = (  # noqa: RUF023 - the model's field order
        "claim",
        "document_title",
        "document_url",
        "document_published",
        "page",
        "status",
        "priority",
        "priority_reasons",
        "lease_holder",
        "lease_expires",
        "verdict",
        "checks",
        "assignee",
        "review_note",
    )

    def __init__(
        self,
        claim: ClaimRow,
        document_title: str | None,
        document_url: str | None,
        document_published: date | None,
        page: int | None,
        status: str,
        priority: float,
        priority_reasons: list[str],
        lease_holder: str | None,
        lease_expires: datetime | None,
        verdict: VerdictRow | None,
        checks: list[CheckRow],
        assignee: str | None,
        review_note: str | None,
    ) -> None:
        self.claim = claim
        self.document_title = document_title
        self.document_url = document_url
        self.document_published = document_published
        self.page = page
        self.status = status
        self.priority = priority
        self.priority_reasons = priority_reasons
        self.lease_holder = lease_holder
        self.lease_expires = lease_expires
        self.verdict = verdict
        self.checks = checks
        self.assignee = assignee
        self.review_note = review_note

    def json_dict(self) -> dict[str, Any]:
        """The record as plain data (models inside kept), in ``ClaimRecord``'s field order."""
        verdict = self.verdict
        return {
            "claim": self.claim.json_dict(),
            "document_title": self.document_title,
            "document_url": self.document_url,
            "document_published": self.document_published,
            "page": self.page,
            "status": self.status,
            "priority": self.priority,
            "priority_reasons": self.priority_reasons,
            "lease_holder": self.lease_holder,
            "lease_expires": self.lease_expires,
            "verdict": None if verdict is None else verdict.json_dict(),
            "checks": [c.json_dict() for c in self.checks],
            "assignee": self.assignee,
            "review_note": self.review_note,
        }

    def model_dump_json(self) -> str:
        """``ClaimRecord.model_dump_json()`` of the same record: the same text."""
        return to_json(self.json_dict()).decode("utf-8")

    def model_copy(self, *, update: dict[str, Any]) -> RecordRow:
        """A copy with the attributes in ``update`` replaced, as a model's ``model_copy``."""
        copy = RecordRow.__new__(RecordRow)
        for name in RecordRow.__slots__:
            setattr(copy, name, update[name] if name in update else getattr(self, name))
        return copy


def is_row(record: object) -> bool:
    """Whether ``record`` is a ``RecordRow`` (else a ``ClaimRecord`` model)."""
    return record.__class__ is RecordRow
