"""Documents keep where they came from: byline, site name, fetched page and PDF pages

A page ingested from the web keeps the address it was fetched from after redirects, when
(UTC) and the SHA-256 of the bytes, so the desk can show what it read. trafilatura's byline
and site name are kept for ClaimReview's author and claimant. A PDF keeps where each of its
pages starts in the text (a JSON list of offsets), so a report can cite the page. All are
empty for documents ingested before.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-02 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("byline", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("site_name", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("fetched_url", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("fetched_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("pages", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_column("pages")
        batch_op.drop_column("fetched_sha256")
        batch_op.drop_column("fetched_at")
        batch_op.drop_column("fetched_url")
        batch_op.drop_column("site_name")
        batch_op.drop_column("byline")
