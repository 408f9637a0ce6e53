"""Past tense read from a clause's finite verbs, not only from was/were/had/did.

An "N years after <date>" phrase with no date of its own at the other end runs to
publication only when its clause is told in the present; a clause in the past ("the
town held an inquiry") happened at some time the text does not give."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.checks.relations._bind import told_as_past
from factcheck.models import Document


def _statuses(text: str, published: str = "2025-06-01") -> list[str]:
    doc = Document(id="p", text=text, published=published)
    return [r.status for r in check_document(doc) if r.check == "elapsed"]


@pytest.mark.parametrize(
    "text",
    [
        "Two years after the flood of 2021, the town held an inquiry.",
        "Three years after the fire of 2019, residents moved back into the block.",
        "Five years after the merger of 2015 the firm opened a second plant.",
        "A decade after the 2003 strike, the union won a new contract.",
    ],
)
def test_a_clause_in_the_past_is_not_measured_to_publication(text: str) -> None:
    found = _statuses(text)
    assert "inconsistent" not in found
    assert found == ["inconclusive"]


def test_the_present_still_runs_to_publication() -> None:
    # 2021 to June 2025 is more than three years: "two years" is wrong
    assert _statuses("Two years after the flood of 2021, the town is still rebuilding.") == [
        "inconsistent"
    ]


def test_a_past_verb_inside_the_after_phrase_does_not_make_the_clause_past() -> None:
    text = "Four years after the bridge collapsed in 2021, the town is still rebuilding."
    assert _statuses(text) == ["consistent"]


def test_a_reporting_verb_does_not_set_the_tense() -> None:
    text = "Two years after the flood of 2021, the council said the town is still rebuilding."
    assert _statuses(text) == ["inconsistent"]


def test_a_past_clause_with_a_day_read_from_publication_runs_to_that_day() -> None:
    # published Wednesday 5 March 2025: "on Monday" is 3 March, ten years to the day
    text = "Mourners laid flowers on Monday, {} years after the crash of 3 March 2015."
    assert _statuses(text.format("ten"), "2025-03-05") == ["consistent"]
    assert _statuses(text.format("eight"), "2025-03-05") == ["inconsistent"]


@pytest.mark.parametrize(
    ("words", "past"),
    [
        ("the town held an inquiry", True),
        ("prices rose sharply", True),
        ("the plant reopened", True),
        ("the plant has reopened", False),
        ("the site is still fenced off", False),
        ("it has not appeared", False),
        ("the proposed bridge is ready", False),
        ("a hundred people live there", False),
        ("the minister said it is open", False),
        ("they were told", True),
        ("it will be rebuilt", False),
    ],
)
def test_told_as_past(words: str, past: bool) -> None:
    assert told_as_past(words.split()) is past
