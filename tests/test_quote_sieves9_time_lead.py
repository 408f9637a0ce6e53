"""A time adverbial that opens a sentence before a surname ('On Friday Ames said', 'In
May Ames said') is no part of the speaker's name, and the surname stands for the person
the article named in full long before. Names and sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document

FILLER = (
    "The vote on the new harbour wall was delayed again after a survey found cracks in "
    "the older sections, which engineers said would need months of work before any new "
    "stone could be laid on top of them. "
) * 3


def speakers(text: str) -> list[str | None]:
    doc = Text(Document(id="d", text=text))
    return [c.value.speaker for c in extract(doc)]  # type: ignore[union-attr]


@pytest.mark.parametrize("lead", ["On Friday", "On Tuesday", "In May", "Last March", "Sunday"])
def test_a_time_lead_before_a_surname_is_cut_off(lead: str) -> None:
    text = (
        f"Councillor Ruth Ambridge-Hale chairs the harbour board.\n\n{FILLER}\n\n"
        f"{lead} Ambridge-Hale said the delay was “a failure of nerve”. “We should have "
        "started in spring,” she said."
    )
    assert speakers(text) == ["Ruth Ambridge-Hale", "Ruth Ambridge-Hale"]


def test_a_surname_the_article_never_gives_a_person_is_nobody() -> None:
    text = f"{FILLER}\n\nOn Friday Harbourside said the delay was “a failure of nerve”."
    assert speakers(text) == [None]
