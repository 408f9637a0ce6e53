"""The claim queue: storage (SQLite or PostgreSQL), migrations and the store API.

``open_store(url)`` returns a ``ClaimStore``; see ``factcheck.db.store``. Importing this
package does not import SQLAlchemy, SQLModel or Alembic.
"""

from __future__ import annotations

from factcheck.db.store import ClaimStore, IngestResult, LookupRow, Stats, open_store

__all__ = ["ClaimStore", "IngestResult", "LookupRow", "Stats", "open_store"]
