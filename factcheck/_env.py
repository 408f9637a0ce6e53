"""Environment variables, each read in one place and validated: a bad value is one line.

FACTCHECK_DATABASE_URL     the queue (factcheck.cli._common)
FACTCHECK_REVIEWER         who you are (factcheck.cli._common)
FACTCHECK_BUSY_TIMEOUT     seconds to wait for another process's lock: a number >= 0
FACTCHECK_MAX_ARTICLE_MB   the size limit of one article: a number > 0
FACTCHECK_GOOGLE_API_KEY   Fact Check Tools (factcheck.lookup.factchecktools)
FACTCHECK_CACHE_DIR        where commands keep compiled patterns (factcheck._re_cache)
HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY   the lookups' proxy (factcheck.lookup._http)
"""

from __future__ import annotations

import math
import os
from contextvars import ContextVar

from factcheck.errors import BadOption

may_create: ContextVar[bool | None] = ContextVar("may_create", default=None)
"""Whether a SQLite file named by ``--db`` may be created. None (a library caller): yes.
The command line sets it for one run from ``--create`` (see factcheck.db.engine)."""


def env_number(name: str, default: float, *, minimum: float, inclusive: bool = True) -> float:
    """The number in environment variable ``name``, else ``default``; ``BadOption`` when it is
    not a finite number at least ``minimum`` (above it, with ``inclusive=False``)."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = float(raw.strip())
    except ValueError:
        value = math.nan
    low_ok = value >= minimum if inclusive else value > minimum
    if not math.isfinite(value) or not low_ok:
        bound = f"of at least {minimum:g}" if inclusive else f"greater than {minimum:g}"
        raise BadOption(
            f'{name} is "{raw}", not a number {bound}; set it to e.g. {default:g} or unset it'
        )
    return value
