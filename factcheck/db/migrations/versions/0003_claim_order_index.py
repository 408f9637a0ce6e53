"""Index the claims' article order (unique)

Ingest numbers a document's claims after the highest ``ord`` so far; without an index
``MAX(ord)`` read the whole table once per document. Unique, because two claims never
share a place in the queue's article order.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 23:25:00
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index("ix_claims_ord", ["ord"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_ord")
