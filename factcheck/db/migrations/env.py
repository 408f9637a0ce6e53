"""Alembic environment: migrate the connection ``factcheck.db.engine.upgrade`` hands over.

Batch mode lets SQLite alter tables (it copies them); PostgreSQL ignores it.
"""

from __future__ import annotations

from alembic import context

from factcheck.db.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` on the command line: use the configured URL
    from sqlalchemy import create_engine

    engine = create_engine(
        context.config.get_main_option("sqlalchemy.url") or "sqlite:///factcheck.db"
    )
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
