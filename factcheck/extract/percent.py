"""Percent claims. (Being written: finds nothing yet.)"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.extract._spans import Text
from factcheck.models import Claim

KIND = "percent"


def extract(text: Text) -> Iterator[Claim]:
    """Every percent claim in the text, in order."""
    return iter(())
