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

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic_core import to_json

from factcheck._records import json_fallback

if TYPE_CHECKING:
    from factcheck.db.store import ClaimStore
    from factcheck.models import Document

__all__ = ["CheckRow", "ClaimRow", "RecordRow", "VerdictRow", "is_row", "read_export"]


_UNREAD: Any = object()
"""A claim's value not parsed yet (``ClaimRow.value`` parses it when first read)."""


class ClaimRow:
    """A claim as ``Claim`` has it. ``value`` may be given as its stored JSON (``raw``):
    parsed when first read, so an export that never shows it (Markdown, HTML) never
    parses it."""

    FIELDS = (
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
    __slots__ = (*(f for f in FIELDS if f != "value"), "_value", "_raw")

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
        raw: str | None = None,
    ) -> None:
        self.id = id
        self.document = document
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self._value = _UNREAD if raw else value
        self._raw = raw
        self.qualifier = qualifier
        self.sentence = sentence
        self.sentence_start = sentence_start
        self.pair = pair

    @property
    def value(self) -> Any:
        value = self._value
        if value is _UNREAD:
            from factcheck.db import store as db

            value = self._value = db.validated_value(self.kind, self._raw)
        return value

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
        return to_json(self.json_dict(), fallback=json_fallback).decode("utf-8")

    def model_copy(self, *, update: dict[str, Any]) -> RecordRow:
        """A copy with the attributes in ``update`` replaced, as a model's ``model_copy``."""
        copy = RecordRow.__new__(RecordRow)
        for name in RecordRow.__slots__:
            setattr(copy, name, update[name] if name in update else getattr(self, name))
        return copy


def is_row(record: object) -> bool:
    """Whether ``record`` is a ``RecordRow`` (else a ``ClaimRecord`` model)."""
    return record.__class__ is RecordRow


# ---------------------------------------------------------------- reading
#
# One document's claims with their verdicts that are neither withdrawn nor blind, in one
# query: a claim's row carries a verdict's columns, or NULLs; a claim rated more than once
# has a row per verdict, in the order they were given (the last one is current).
_CLAIMS = """
SELECT c.id, c.document_id, c.kind, c.text, c.span_start, c.span_end, c.sentence,
       c.sentence_start, c.value, c.qualifier, c.pair, c.status, c.priority,
       c.priority_reasons, c.lease_holder, c.lease_expires, c.assignee, c.review_note,
       v.claim_id, v.rating, v.note, v.sources, v.reviewer, v.created, v.final,
       v.signed_off_by, v.signed_off_at, v.evidence,
       (SELECT a.claim_id FROM verdicts a WHERE a.id = v.adopted_from) AS adopted_claim
FROM claims c LEFT JOIN verdicts v
    ON v.claim_id = c.id AND v.withdrawn_at IS NULL AND NOT v.blind
WHERE c.document_id = :d"""

_CHOSEN = "SELECT id FROM claims WHERE document_id = :d"

_CHECKS = """
SELECT claim_id, document_id, check_name, status, span_start, span_end, text, explanation,
       related, evidence, created
FROM checks WHERE claim_id IN ({chosen}) OR (claim_id IS NULL AND document_id = :d)
ORDER BY id"""

_DOCUMENT = "SELECT * FROM documents WHERE id = :d"

#: Parsed JSON columns kept for reuse (sources cited again, the same priority reasons):
#: cleared when it holds this many, so memory stays flat whatever the export's size.
_CACHED = 4096


def read_export(
    store: ClaimStore, *, document: str | None = None, status: str | None = None
) -> Iterator[tuple[Document, list[RecordRow]]]:
    """``ClaimStore.iter_report()`` as light records, for the exporters: the same
    documents, claims, verdicts and checks in the same order with the same values, read
    in one read transaction, one document at a time, by two queries per document (its
    claims joined to their verdicts, the latest kept, and its checks).

    The JSON columns go through the models' validators (a claim's value, a verdict's
    sources and evidence, the lists of strings); a text seen before in this export is
    parsed once (sources cited for every claim of an article, the same priority reasons).
    """
    from factcheck.db import store as db

    parsers = {name: db._adapter(name).validate_json for name in ("sources", "evidence", "strings")}
    cache: dict[tuple[str, str], Any] = {}

    def parsed(name: str, raw: str | None) -> Any:
        if not raw or raw == "[]":
            return []
        key = (name, raw)
        hit = cache.get(key)
        if hit is None:
            if len(cache) >= _CACHED:
                cache.clear()
            hit = cache[key] = parsers[name](raw)
        return hit

    dt: Callable[[Any], datetime | None] = db._dt
    fromiso = datetime.fromisoformat

    def stamp(value: Any) -> datetime:
        # ``_dt`` of a non-null column. SQLite's text form (``ts``: UTC, microseconds, no
        # offset) is read with its offset appended: a tenth of the cost of ``replace``.
        if value.__class__ is str and len(value) == 26 and value[19] == ".":
            return fromiso(value + "+00:00")
        out = dt(value)
        assert out is not None
        return out

    status_sql = " AND c.status || '' = :s" if status is not None else ""
    # ``status || ''``: read by the document's index, not by the status's (SQLite, without
    # statistics, took the status index: every final claim, per document).
    claims_sql = _CLAIMS + status_sql + " ORDER BY c.ord, v.id"
    chosen = _CHOSEN + (" AND status || '' = :s" if status is not None else "")
    checks_sql = _CHECKS.format(chosen=chosen)
    with store._db.tx(write=False) as tx:
        if document is not None:
            ids = [str(store._document_row(tx, document)["id"])]
        else:
            ids = [str(r["id"]) for r in tx.all(db._DOCUMENT_IDS_IN_ORDER)]
        for doc_id in ids:
            d = tx.one(_DOCUMENT, {"d": doc_id})
            if d is None:  # pragma: no cover - documents are never deleted
                continue
            doc = db._document(d)
            params: dict[str, Any] = {"d": doc_id}
            if status is not None:
                params["s"] = status
            rows = tx.tuples(claims_sql, params)
            if not rows:
                yield doc, []
                continue
            if len({r[0] for r in rows}) != len(rows):
                # A claim's rows in claim order, its last verdict kept: the current one.
                rows = list({r[0]: r for r in rows}.values())
            checks: dict[str, list[CheckRow]] = {}
            found = tx.tuples(checks_sql, params)
            if found:
                by_span: dict[tuple[str, int, int], str] | None = None
                for k in found:
                    if k[0] is not None:
                        cid: str | None = str(k[0])
                    else:  # a check on a span: the claim there, when one is
                        if by_span is None:
                            by_span = {(str(r[1]), int(r[4]), int(r[5])): str(r[0]) for r in rows}
                        cid = by_span.get((str(k[1]), int(k[4]), int(k[5])))
                    if cid is None:
                        continue
                    checks.setdefault(cid, []).append(
                        CheckRow(
                            k[0],
                            k[1],
                            k[2],
                            k[3],
                            k[4],
                            k[5],
                            k[6],
                            k[7],
                            parsed("strings", k[8]),
                            parsed("evidence", k[9]),
                            None if k[10] is None else stamp(k[10]),
                        )
                    )
            title, url, published = d["title"], d["url"], db._date(d["published"])
            records: list[RecordRow] = []
            append = records.append
            for r in rows:
                verdict = None
                if r[18] is not None and r[11] in ("decided", "final"):
                    raw = r[27]  # evidence: most verdicts have none
                    verdict = VerdictRow(
                        r[18],
                        r[19],
                        r[20],
                        parsed("sources", r[21]),
                        r[22],
                        stamp(r[23]),
                        bool(r[24]),
                        r[25],
                        None if r[26] is None else stamp(r[26]),
                        [] if raw == "[]" or not raw else parsed("evidence", raw),
                        r[28],
                    )
                append(
                    RecordRow(
                        ClaimRow(
                            r[0], r[1], r[2], r[3], r[4], r[5], None, r[9], r[6], r[7], r[10], r[8]
                        ),  # the value read from its JSON (r[8]) when first asked for
                        title,
                        url,
                        published,
                        None,
                        r[11],
                        float(r[12]),
                        parsed("strings", r[13]),
                        r[14],
                        None if r[15] is None else stamp(r[15]),
                        verdict,
                        checks.get(r[0], []) if checks else [],
                        r[16],
                        r[17],
                    )
                )
            yield doc, records


# ---------------------------------------------------------------- the overview's counts
#
# The HTML report's overview counts every claim before the first document is written:
# counted by the database (claims grouped by what the overview tells apart), not by
# reading every row a first time.


class OverviewRows:
    """What the overview counts, grouped by the database (``read_overview``).

    ``documents``: every document of the report in its order, as (id, title).
    ``claims``: groups of claims as (document id, kind, status, rating, final, rated day,
    final day, claims, first claim's order), the verdict columns those of the current
    verdict (None without one; ignored unless the status is decided or final), a day a
    ``date`` or a timestamp as stored. ``checks``: (check, status, results) of the checks
    on those claims.
    """

    __slots__ = ("checks", "claims", "documents")

    def __init__(
        self,
        documents: list[tuple[str, str | None]],
        claims: list[tuple[Any, ...]],
        checks: list[tuple[str, str, int]],
    ) -> None:
        self.documents = documents
        self.claims = claims
        self.checks = checks


_OVERVIEW_CLAIMS = """
SELECT c.document_id, c.kind, c.status, v.rating, v.final, {day} AS rated, {done} AS done,
       COUNT(*) AS n, MIN(c.ord) AS first
FROM claims c LEFT JOIN verdicts v ON v.id = (
    SELECT MAX(w.id) FROM verdicts w
    WHERE w.claim_id = c.id AND w.withdrawn_at IS NULL AND NOT w.blind)
WHERE TRUE{where}
GROUP BY 1, 2, 3, 4, 5, 6, 7"""

_OVERVIEW_CHECKS = """
SELECT k.check_name, k.status, COUNT(*) FROM checks k
WHERE k.claim_id IN (SELECT c.id FROM claims c WHERE TRUE{where})
   OR (k.claim_id IS NULL AND EXISTS (
       SELECT 1 FROM claims c WHERE c.document_id = k.document_id
       AND c.span_start = k.span_start AND c.span_end = k.span_end{where}))
GROUP BY 1, 2"""

# The day of a timestamp in UTC, as ``_dt(value).date()`` reads it: SQLite's text form
# (``ts``) starts with it; any other text is returned whole and read in Python.
_SQLITE_DAY = (
    "CASE WHEN length({col}) = 26 AND substr({col}, 20, 1) = '.' THEN substr({col}, 1, 10)"
    " ELSE {col} END"
)
_PG_DAY = "(({col}) AT TIME ZONE 'UTC')::date"


def read_overview(
    store: ClaimStore, *, document: str | None = None, status: str | None = None
) -> OverviewRows:
    """The overview's counts of the report ``read_export`` reads with the same arguments,
    grouped by the database: a few thousand groups, whatever the number of claims."""
    from factcheck.db import store as db

    day = _PG_DAY if store._db.dialect == "postgresql" else _SQLITE_DAY
    where = ""
    params: dict[str, Any] = {}
    if document is not None:
        where += " AND c.document_id = :d"
    if status is not None:
        where += " AND c.status = :s"
        params["s"] = status
    with store._db.tx(write=False) as tx:
        if document is not None:
            row = store._document_row(tx, document)
            documents = [(str(row["id"]), row["title"])]
            params["d"] = documents[0][0]
        else:
            titles = {str(r["id"]): r["title"] for r in tx.all("SELECT id, title FROM documents")}
            documents = [
                (str(r["id"]), titles.get(str(r["id"]))) for r in tx.all(db._DOCUMENT_IDS_IN_ORDER)
            ]
        claims = tx.tuples(
            _OVERVIEW_CLAIMS.format(
                day=day.format(col="v.created"),
                done=day.format(col="COALESCE(v.signed_off_at, v.created)"),
                where=where,
            ),
            params,
        )
        checks = tx.tuples(_OVERVIEW_CHECKS.format(where=where), params)
    return OverviewRows(documents, claims, [(str(a), str(b), int(n)) for a, b, n in checks])


def day_of(value: Any) -> date:
    """A day ``read_overview`` grouped by, as a ``date``."""
    from factcheck.db import store as db

    if value.__class__ is date:
        return value
    if isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    stamp = db._dt(value)
    assert stamp is not None
    return stamp.date()
