"""The desk: team settings, people and roles, assignment, send-back notes, verdict evidence

``team_settings`` holds the rules every client follows (organisation, rating scale,
two-person rule, double review, lease length), so they no longer come from each client's
working directory. ``people`` maps a normalised name to the name as first written and a
role (``reviewer``, ``editor``; none outside the roster). Claims get an ``assignee`` and
the note of the last send-back; verdicts their evidence, the earlier verdict they adopted,
and whether they are still blind (double review, the second verdict not in yet).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "team_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "people",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("added", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignee", sa.String(), nullable=True))
        batch_op.add_column(sa.Column("review_note", sa.Text(), nullable=True))
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evidence", sa.Text(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("adopted_from", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("blind", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("verdicts", schema=None) as batch_op:
        batch_op.drop_column("blind")
        batch_op.drop_column("adopted_from")
        batch_op.drop_column("evidence")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("review_note")
        batch_op.drop_column("assignee")
    op.drop_table("people")
    op.drop_table("team_settings")
