"""Elapsed spans in apposition to the one date of their sentence (a family the fourth
blind checks set found uncovered): "since <date> - <span> -" runs from the date to
publication, "until <date> - <span> -" from publication to the date; present-tense span
verbs ("has been waiting") and anniversary verbs ("mark", "celebrate"). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def status(text: str, span: str, published: date | None = date(2025, 9, 1)) -> str | None:
    doc = Document(id="d", text=text, published=published)
    start = text.index(span)
    for r in check_document(doc):
        if r.check == "elapsed" and r.start <= start < r.end:
            return r.status
    return None


@pytest.mark.parametrize(
    "text,span,want",
    [
        ("The pier has been closed since 2004 - over two decades - for want of repairs.",
         "over two decades", "consistent"),
        ("The pier has been closed since 2019 - over two decades - for want of repairs.",
         "over two decades", "inconsistent"),
        ("The depot has stood empty since 3 March, six months that neighbours call wasted.",
         "six months", "consistent"),
        ("The depot has stood empty since 3 June, six months that neighbours call wasted.",
         "six months", "inconsistent"),
        ("Savers have until 14 May 2026 - less than a year - to move their accounts.",
         "less than a year", "consistent"),
        ("Savers have until 14 May 2027 - less than a year - to move their accounts.",
         "less than a year", "inconsistent"),
    ],
)  # fmt: skip
def test_a_span_set_beside_since_or_until_a_date(text: str, span: str, want: str) -> None:
    assert status(text, span) == want


def test_a_date_with_no_since_or_until_binds_nothing() -> None:
    # the date and the span stand side by side, but nothing says the span runs from it
    text = "The review, published on 3 March, six months in the making, found no fault."
    assert status(text, "six months") != "inconsistent"


def test_present_span_verbs_and_anniversary_verbs() -> None:
    text = "Mr Ilves was put on the list on 2 August 2023 and has been waiting nearly two years."
    assert status(text, "nearly two years") == "inconsistent"  # two years and a month
    text = "The bridge opened in 1975; on Saturday walkers will mark half a century of it."
    assert status(text, "half a century") == "consistent"


def test_later_in_the_present_runs_to_publication() -> None:
    text = (
        "A footbridge was laid over the ford in April 2024 and is still in use about a "
        "year and a half later."
    )
    assert status(text, "about a year and a half", published=date(2025, 9, 1)) == "consistent"
    assert status(text, "about a year and a half", published=date(2026, 9, 1)) == "inconsistent"


def test_an_age_at_death_written_as_years_of_age() -> None:
    text = "Ada Vell was born on 2 May 1931 and died on 1 June 2024 at 95 years of age."
    assert status(text, "95 years") == "inconsistent"  # she was 93
    text = "Ada Vell was born on 2 May 1931 and died on 1 June 2024 at 93 years of age."
    assert status(text, "93 years") == "consistent"


def test_a_rule_beside_the_sentence_that_gives_two_dates() -> None:
    text = (
        "The council must answer requests within 20 days. The Gray request was made on "
        "3 February and answered on 4 March, the auditor found."
    )
    assert status(text, "within 20 days") == "inconsistent"  # 29 days


def test_an_undated_text_leaves_a_span_since_a_date_inconclusive() -> None:
    text = "The library has been closed since 9 June, nearly two months, while its roof is mended."
    assert status(text, "nearly two months", published=None) == "inconclusive"


def test_an_age_at_death_needs_a_birth_date_not_any_date() -> None:
    # "at the age of 91" is a person's age: the year she took a post is no birth date
    text = (
        "Ruth Penmor, who became the town's first woman mayor in 1971, has died at the age of 88."
    )
    assert status(text, "88", published=date(2025, 5, 1)) != "inconsistent"


def test_two_days_read_from_publication_do_not_bound_a_long_span() -> None:
    text = (
        "Dozens of colleagues packed the canteen on Friday for a send-off for Mira Dunlop, "
        "who leaves this month after 27 years as head cook."
    )
    assert status(text, "27 years", published=date(2026, 4, 15)) != "inconsistent"


def test_a_wait_in_a_quote_is_not_measured_between_the_sentence_befores_dates() -> None:
    text = (
        "Shares fell 4% on 20 April, their lowest since 1997. “We have waited five days "
        "for this,” Ruiz said."
    )
    assert status(text, "five days", published=date(2024, 9, 30)) != "inconsistent"
