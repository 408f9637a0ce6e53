"""A person's age as a noun phrase ("the 58-year-old") is their age at publication, even
when the sentence dates another event of theirs; "aged N" beside a dated event is the age
at that event."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _elapsed(text: str, published: str) -> list[str]:
    doc = Document(id="a", text=text, published=published)
    return [r.status for r in check_document(doc) if r.check == "elapsed"]


def test_a_noun_phrase_age_runs_to_publication() -> None:
    text = "The {}-year-old, born on 9 May 1966, became head teacher in 2001."
    assert _elapsed(text.format(58), "2024-11-20") == ["consistent"]
    assert _elapsed(text.format(35), "2024-11-20") == ["inconsistent"]  # 35 at 2001, not now


def test_aged_beside_a_dated_event_is_the_age_at_that_event() -> None:
    text = "She died on 4 April 2019, aged {}, having been born in August 1931."
    assert _elapsed(text.format(87), "2024-11-20") == ["consistent"]
