"""Date claims. (Being written: finds nothing yet.)"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._spans import Text
from factcheck.models import Claim

KIND = "date"


def extract(text: Text) -> Iterator[Claim]:
    """Every date claim in the text, in order."""
    return iter(())
