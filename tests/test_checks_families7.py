"""Families of the seventh blind check set, in our own sentences."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="f7", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def test_a_share_given_to_each_by_a_form_of_give_or_leave() -> None:
    # "giving each" was read; "gives/gave/leaves each" are the same relation
    assert _arithmetic("The £1.2m pot split between 30 choirs gives each £40,000.") == [
        ("£40,000", "consistent")
    ]
    assert _arithmetic("The £1.2m pot, split between 30 choirs, gave each £48,000.") == [
        ("£48,000", "inconsistent")
    ]
    assert _arithmetic("The £1.2m pot, split between 30 choirs, leaves each £40,000.") == [
        ("£40,000", "consistent")
    ]
