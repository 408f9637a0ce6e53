"""Index only the claims someone holds a lease on

On a big queue nearly every claim has no lease holder, so a full index on
``lease_holder`` told SQLite's planner it was useless and ``next`` scanned the table to
find the reviewer's own lease. The partial index holds just the leased rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 23:03:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    held = sa.text("lease_holder IS NOT NULL")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_lease_holder")
        batch_op.create_index(
            "ix_claims_lease_holder",
            ["lease_holder"],
            unique=False,
            sqlite_where=held,
            postgresql_where=held,
        )


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index("ix_claims_lease_holder")
        batch_op.create_index("ix_claims_lease_holder", ["lease_holder"], unique=False)
