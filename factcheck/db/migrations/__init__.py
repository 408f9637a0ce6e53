"""Alembic migrations of the claim queue: ``versions/0001_...``, numbered and never renamed."""
