"""Errors that factcheck shows to people.

Every error a user can cause, or a condition of the world we cannot control, is a
``FactcheckError``. The command line prints it as one ``Error: ...`` line on stderr and
exits with status 1; anything else is a bug and stays a traceback.

    FactcheckError
    ├── BadDocument          input that is not readable text (binary, bad encoding, folder, missing)
    ├── BadOption            a malformed option value (--published, --kinds, a rating word)
    │   └── UnknownKind
    ├── StoreError           the claim queue
    │   ├── ClaimNotFound
    │   ├── DocumentNotFound
    │   ├── DatabaseLocked
    │   ├── DatabaseUnavailable
    │   ├── LeaseConflict
    │   └── VerdictConflict
    ├── SourceUnavailable    a lookup that timed out, was refused or answered nonsense
    │   ├── OfflineError
    │   └── NoRate       no reference rate for that currency on that day
    └── ExportError
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class for errors shown to users as one line."""


class BadDocument(FactcheckError):
    """A document could not be read as text."""


class BadOption(FactcheckError):
    """An option or argument has a value we cannot use."""


class UnknownKind(BadOption):
    """A claim kind that no extractor handles."""


class StoreError(FactcheckError):
    """The claim queue could not do what was asked."""


class ClaimNotFound(StoreError):
    """No claim has the given id."""


class DocumentNotFound(StoreError):
    """No document has the given id."""


class DatabaseLocked(StoreError):
    """Another process holds the database lock for longer than we wait."""


class DatabaseUnavailable(StoreError):
    """The database cannot be opened or created."""


class LeaseConflict(StoreError):
    """Another reviewer holds the lease on the claim."""


class VerdictConflict(StoreError):
    """Another reviewer's verdict is already on the claim."""


class SourceUnavailable(FactcheckError):
    """A reference lookup failed: timeout, refusal, bad status or malformed body."""


class OfflineError(SourceUnavailable):
    """A lookup needs the network but --offline forbids it."""


class NoRate(SourceUnavailable):
    """No reference exchange rate for a currency on that day (never published, out of series)."""


class ExportError(FactcheckError):
    """A report could not be written."""
