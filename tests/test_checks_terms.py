"""A term told between two dates of its sentence runs between them, also when it began in
the past and ends after publication (a warranty, a lease, a contract, a sentence)."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _elapsed(text: str, published: str = "2025-09-10") -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text, published=published)
    return [(r.text, r.status, r.explanation) for r in check_document(doc) if r.check == "elapsed"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Orla kettle, sold from 4 May 2024, carries a guarantee for three years, so cover "
         "runs out on 4 May 2027.", "consistent"),
        ("The Orla kettle, sold from 4 May 2024, carries a guarantee for five years, so cover "
         "runs out on 4 May 2027.", "inconsistent"),
        ("Hired on 1 February 2023, the coach signed for four years, to 1 February 2027.",
         "consistent"),
        ("Owners of the Tarn 2 scooter, sold from 3 April 2024, have breakdown cover for three "
         "years, so it ends 3 April 2027.", "consistent"),
        ("Tenants who moved in on 1 October 2024 have a tenancy for two years, so it ends on "
         "1 October 2026.", "consistent"),
    ],
)  # fmt: skip
def test_a_term_from_a_past_date_to_a_future_one_runs_between_them(text: str, status: str) -> None:
    ((_, got, why),) = _elapsed(text)
    assert got == status
    assert "publication" not in why  # measured between the two dates, not to today
