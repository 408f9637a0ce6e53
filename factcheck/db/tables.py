"""The claim queue's tables, as SQLModel rows: the schema Alembic migrates to.

These are storage rows, kept apart from the I/O models in ``factcheck.models``; the
store converts between the two. Timestamps are UTC. Values, sources, reasons
and details are JSON text, so SQLite and PostgreSQL store them the same way.

    documents  one article; ``content_hash`` makes ingesting it twice a no-op; a fetched page
               keeps its address, fetch time and SHA-256, a PDF where its pages start
    claims     one checkable span, its review state and its lease
    verdicts   one row per rating; a change is a new row and the latest unwithdrawn is current
    events     the append-only log: who did what to which claim, and when
    skips      which reviewer skipped which claim, so ``next`` does not offer it again
    checks     automatic consistency checks, one current row per (claim span, check)
    lookups    cached reference lookups (exchange rates, Wikidata) by (source, key)
    team_settings  the desk's rules (organisation, rating scale, two-person rule, ...), JSON
    people     a normalised name, the name as first written, and a role on the roster
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Index, Text
from sqlmodel import Field, SQLModel


class DocumentTable(SQLModel, table=True):
    __tablename__ = "documents"

    id: str = Field(primary_key=True, max_length=64)
    content_hash: str = Field(max_length=64, unique=True)
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    added: datetime
    byline: str | None = None
    site_name: str | None = None
    fetched_url: str | None = Field(default=None, sa_column=Column(Text))
    fetched_at: datetime | None = None
    fetched_sha256: str | None = Field(default=None, max_length=64)
    pages: str | None = Field(
        default=None, sa_column=Column(Text), description="JSON list of page start offsets"
    )


class ClaimTable(SQLModel, table=True):
    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_lease", "status", "lease_expires"),)

    id: str = Field(primary_key=True, max_length=32)
    document_id: str = Field(foreign_key="documents.id", index=True, max_length=64)
    ord: int = Field(
        description="global article order: documents in ingest order, claims by offset"
    )
    kind: str = Field(max_length=16, index=True)
    text: str = Field(sa_column=Column(Text, nullable=False))
    span_start: int
    span_end: int
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    sentence_start: int
    value: str | None = Field(default=None, sa_column=Column(Text))
    qualifier: str | None = None
    pair: str | None = Field(default=None, max_length=32)
    fingerprint: str = Field(max_length=32, index=True)
    status: str = Field(max_length=16)
    priority: float = 0.0
    priority_reasons: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    lease_holder: str | None = None
    lease_expires: datetime | None = None
    updated: datetime
    assignee: str | None = None
    review_note: str | None = Field(default=None, sa_column=Column(Text))


class VerdictTable(SQLModel, table=True):
    __tablename__ = "verdicts"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: str = Field(foreign_key="claims.id", index=True, max_length=32)
    rating: str = Field(max_length=64)
    note: str | None = Field(default=None, sa_column=Column(Text))
    sources: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    reviewer: str
    created: datetime
    final: bool = True
    signed_off_by: str | None = None
    signed_off_at: datetime | None = None
    withdrawn_at: datetime | None = None
    evidence: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    adopted_from: int | None = None
    blind: bool = False


class EventTable(SQLModel, table=True):
    __tablename__ = "events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    action: str = Field(max_length=32)
    actor: str
    claim_id: str | None = Field(default=None, index=True, max_length=32)
    document_id: str | None = Field(default=None, index=True, max_length=64)
    detail: str = Field(default="{}", sa_column=Column(Text, nullable=False))


class SkipTable(SQLModel, table=True):
    __tablename__ = "skips"

    claim_id: str = Field(primary_key=True, foreign_key="claims.id", max_length=32)
    reviewer: str = Field(primary_key=True)
    at: datetime


class CheckTable(SQLModel, table=True):
    __tablename__ = "checks"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: str | None = Field(default=None, index=True, max_length=32)
    document_id: str = Field(index=True, max_length=64)
    check_name: str = Field(max_length=32)
    status: str = Field(max_length=16)
    span_start: int
    span_end: int
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    explanation: str = Field(sa_column=Column(Text, nullable=False))
    related: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    evidence: str = Field(default="[]", sa_column=Column(Text, nullable=False))
    created: datetime


class LookupTable(SQLModel, table=True):
    __tablename__ = "lookups"

    source: str = Field(primary_key=True, max_length=64)
    key: str = Field(primary_key=True)
    url: str = Field(sa_column=Column(Text, nullable=False))
    body: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    retrieved: datetime


class TeamSettingTable(SQLModel, table=True):
    __tablename__ = "team_settings"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))
    updated: datetime


class PersonTable(SQLModel, table=True):
    __tablename__ = "people"

    key: str = Field(primary_key=True, description="the name case-folded and trimmed")
    name: str = Field(description="the name as first written")
    role: str | None = Field(default=None, max_length=16)
    added: datetime


# `next`: the highest-priority open claim, ties in article order, read straight off one index.
_claims: Any = SQLModel.metadata.tables["claims"]
Index("ix_claims_queue", _claims.c.status, _claims.c.priority.desc(), _claims.c.ord)
# Ingest numbers a document's claims after MAX(ord): an index answers that at once.
Index("ix_claims_ord", _claims.c.ord, unique=True)
# `next` first looks for the reviewer's own lease. Only held rows are indexed, so the index
# stays small and its statistics do not tell the planner that everyone is NULL.
_held = _claims.c.lease_holder.isnot(None)
Index("ix_claims_lease_holder", _claims.c.lease_holder, sqlite_where=_held, postgresql_where=_held)

metadata = SQLModel.metadata
