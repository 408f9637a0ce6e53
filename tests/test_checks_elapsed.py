"""The elapsed-time check: durations with their hedges against the dates they span."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checks import check_document
from factcheck.models import Document

CASES = [
    # (published, text, phrase the result starts with, expected)
    (
        "2024-06-01",
        "The mill closed in 1994, almost 30 years ago.",
        "almost 30 years",
        "consistent",
    ),
    ("2024-06-01", "The mill closed in 1994, about 30 years ago.", "about 30 years", "consistent"),
    ("2024-06-01", "The mill closed in 1994, some 20 years ago.", "some 20 years", "inconsistent"),
    (
        "2024-06-01",
        "The mill closed in 2015, more than a decade ago.",
        "more than a decade",
        "inconsistent",
    ),
    (
        "2024-06-01",
        "The mill closed in 2014, more than a decade ago.",
        "more than a decade",
        "consistent",
    ),
    (
        "2024-06-01",
        "The mill closed in 2012, more than a decade ago.",
        "more than a decade",
        "consistent",
    ),
    (
        "2024-06-01",
        "It has been more than two years since the fire in March 2022.",
        "more than two years",
        "consistent",
    ),
    (
        "2024-06-01",
        "Prices have risen for nearly two years, since July 2022.",
        "nearly two years",
        "consistent",
    ),
    (
        "2024-06-01",
        "Twenty years ago, in 2004, the club won its last title.",
        "Twenty years ago",
        "consistent",
    ),
    (
        "2024-06-01",
        "Thirty years ago, in 2004, the club won its last title.",
        "Thirty years ago",
        "inconsistent",
    ),
    (
        "2024-06-01",
        "The ferry sank on 3 May and was found 12 days later, on 15 May.",
        "12 days later",
        "consistent",
    ),
    (
        "2024-06-01",
        "The ferry sank on 3 May and was found 10 days later, on 15 May.",
        "10 days later",
        "inconsistent",
    ),
    (
        "2024-06-01",
        "It was approved in 2012 and opened in 2020, eight years later.",
        "eight years later",
        "consistent",
    ),
    (
        "2024-06-01",
        "It opened in 2021, less than a decade after it was approved in 2012.",
        "less than a decade",
        "consistent",
    ),
    (
        "2024-06-01",
        "It opened in 2023, less than a decade after it was approved in 2012.",
        "less than a decade",
        "inconsistent",
    ),
    (
        "2024-06-01",
        "Half a century ago, in 1974, the miners went on strike.",
        "Half a century ago",
        "consistent",
    ),
    (
        "2024-06-01",
        "The strike began in January 2024, at least five months ago.",
        "at least five months",
        "inconsistent",
    ),
    (
        "2024-11-06",
        "It was founded two and a half years ago, in May 2022.",
        "two and a half",
        "consistent",
    ),
    (
        "2024-03-06",
        "Forty years on from the 1984 strike, the pits are museums.",
        "Forty years on",
        "consistent",
    ),
    (
        "2024-03-06",
        "Thirty years on from the 1984 strike, the pits are museums.",
        "Thirty years on",
        "inconsistent",
    ),
    (
        "2024-03-06",
        "In the five years since the 2021 coup, output has shrunk.",
        "five years",
        "inconsistent",
    ),
    # one day short of ten years rounds to ten
    (
        "2024-09-14",
        "Ten years ago, on 15 September 2014, the bank failed.",
        "Ten years ago",
        "consistent",
    ),
    # nothing to measure from
    (
        "2024-06-01",
        "The pier, which opened more than 150 years ago, is closing.",
        "more than 150 years",
        "inconclusive",
    ),
    # a phrase opening its sentence counts from the date in the sentence before
    (
        "2025-02-01",
        "The mill shut on 14 March 2020. Nearly five years on, the yard is empty.",
        "Nearly five years",
        "consistent",
    ),
    (
        "2024-06-01",
        "The dam was finished on 9 September 2014. More than a decade later, it still leaks.",
        "More than a decade later",
        "inconsistent",
    ),
    (
        "2024-03-20",
        "The final was on 14 March. The semi had been on 1 February, about six weeks earlier.",
        "about six weeks earlier",
        "consistent",
    ),
]


@pytest.mark.parametrize(("published", "text", "phrase", "expected"), CASES)
def test_elapsed_cases(published, text, phrase, expected):
    doc = Document(id="t", text=text, published=published)
    results = check_document(doc, None, checks=["elapsed"])
    assert len(results) == 1, results
    r = results[0]
    assert r.status == expected, r.explanation
    assert text[r.start : r.end].startswith(phrase)


def test_event_date_anchors_a_phrase_without_a_date():
    text = "Britain has backed Kyiv in the war Russia began nearly three years ago."
    doc = Document(id="e", text=text, published="2025-02-17")
    (r,) = check_document(doc, None, checks=["elapsed"])
    assert r.status == "inconclusive"
    (r,) = check_document(
        doc, None, checks=["elapsed"], event_dates={"Q110999040": date(2022, 2, 24)}
    )
    # with no claims at all there is nothing a result could be about
    assert check_document(doc, [], checks=["elapsed"], event_dates={"e": date(2022, 2, 24)}) == []
    assert r.status == "consistent", r.explanation
    assert "2022-02-24" in r.explanation and "2.98 years" in r.explanation
    assert r.evidence and r.evidence[0].source == "Q110999040"
    (r,) = check_document(doc, None, checks=["elapsed"], event_dates={"x": date(2022, 2, 10)})
    assert r.status == "inconsistent"  # 3.02 years is not "nearly three"


def test_ongoing_noun_uses_the_event_date():
    doc = Document(
        id="n", text="Talks on the nearly three-year conflict begin.", published="2025-02-17"
    )
    (r,) = check_document(doc, None, checks=["elapsed"], event_dates={"e": date(2022, 2, 24)})
    assert r.status == "consistent"


def test_stated_date_in_the_sentence_wins_over_the_event():
    text = "The war, which began on 24 February 2022, is now more than three years old."
    doc = Document(id="o", text=text, published="2025-02-17")
    (r,) = check_document(doc, None, checks=["elapsed"], event_dates={"e": date(2020, 1, 1)})
    assert r.status == "inconsistent", r.explanation
    assert "1089 days" in r.explanation


def test_ages_and_finished_spans_are_left_alone():
    doc = Document(
        id="a", text="Flights returned in 2023 after a five-year gap.", published="2024-06-01"
    )
    assert check_document(doc, None, checks=["elapsed"]) == []
    doc = Document(id="b", text="The deal ended a two-year strike in 2019.", published="2024-06-01")
    assert check_document(doc, None, checks=["elapsed"]) == []


def test_undated_relative_phrases_and_ages_make_no_check():
    for text in ("Markets rallied a day after the vote.", "The 40-year-old striker scored twice."):
        doc = Document(id="u", text=text, published="2024-06-01")
        assert check_document(doc, None, checks=["elapsed"]) == []


def test_cross_sentence_phrases_need_an_end():
    # "N years later" in the past tense ends at a date the text does not give
    text = "The mill shut on 14 March 2020. Two years later, the owners sold the yard."
    doc = Document(id="p", text=text, published="2025-02-01")
    assert check_document(doc, None, checks=["elapsed"]) == []


def test_earlier_than_planned_is_not_a_gap():
    text = "The vote was held on 14 March, six weeks earlier than planned."
    doc = Document(id="p", text=text, published="2024-03-20")
    assert check_document(doc, None, checks=["elapsed"]) == []


# Families of the blind set, in wordings of our own: spans that run to the sentence's event,
# pairs across two sentences of a paragraph, countdowns, ages and anniversaries.
FAMILY_CASES = [
    ("2025-05-19", "Dock workers walked out on 3 May and the stoppage has now lasted 16 days.",
     "16 days", "consistent"),
    ("2025-06-01", "The road, closed since 1 March 2021, has been shut for more than five years.",
     "more than five years", "inconsistent"),
    ("2025-06-06", "Joan Reyes, who joined the paper in 2001, retired on Friday after 30 years "
     "at its news desk.", "30 years", "inconsistent"),
    ("2025-06-06", "The pier was finished in 1901. It stood for about 120 years until the storm "
     "of 2022 took it.", "about 120 years", "consistent"),
    ("2024-09-10", "The inquiry opened on 2 March 2024. It reported on 30 August, almost six "
     "months later.", "almost six months", "consistent"),
    ("2024-09-10", "Firefighters were called out on 2 June. Three weeks later, on 30 August, the "
     "cause was found.", "Three weeks", "inconsistent"),
    ("2025-05-23", "With the vote on 20 June now four weeks away, campaigning has begun.",
     "four weeks away", "consistent"),
    ("2025-07-01", "Applicants must reply within ten days, by 30 July.", "within ten days",
     "inconsistent"),
    ("2025-03-01", "Ravi Menon was born on 5 May 1950. Menon, aged 71, led the union for years.",
     "71", "inconsistent"),
    ("2025-03-01", "Ravi Menon was born in June 1952. The 72-year-old still chairs the board.",
     "72-year-old", "consistent"),
    ("2025-04-14", "The town marked the 40th anniversary of the fire of 1985 on Sunday.",
     "40th anniversary", "consistent"),
    ("2025-04-14", "The club, celebrating the twentieth anniversary of its founding in 2001, "
     "opened a museum.", "twentieth anniversary", "inconsistent"),
    ("2025-01-25", "No trains have run on the line since 4 January. The three-week shutdown has "
     "stranded commuters.", "three-week", "consistent"),
    ("2024-11-20", "The mayor took office in May 2021. She quit in October 2024, more than four "
     "years into her term.", "more than four years", "inconsistent"),
    ("2025-03-03", "The inquiry into the 4 March 2024 collapse is still open, almost a year "
     "after the accident.", "almost a year", "consistent"),
    ("2025-06-01", "Elections are due in 2027, two years from now.", "two years", "consistent"),
    ("2025-06-01", "The company, founded 30 years ago in 1985, is for sale.", "30 years ago",
     "inconsistent"),
    ("2025-06-01", "The bridge, opened in 1985, is now 50 years old.", "50 years old",
     "inconsistent"),
    ("2025-06-01", "He died on 3 March 2020, aged 90, having been born in June 1929.", "90",
     "consistent"),
    ("2025-06-01", "He died on 3 March 2020, aged 95, having been born in June 1929.", "95",
     "inconsistent"),
    ("2025-06-01", "The bridge, which opened in 1995, has carried traffic for three decades.",
     "three decades", "consistent"),
    ("2025-06-01", "The inquiry, which began on 4 January 2024, has taken more than two years.",
     "more than two years", "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "phrase", "expected"), FAMILY_CASES)
def test_elapsed_families(published, text, phrase, expected):
    doc = Document(id="f", text=text, published=published)
    at = text.index(phrase)
    found = check_document(doc, None, checks=["elapsed"])
    results = [r for r in found if r.start < at + len(phrase) and at < r.end]
    assert len(results) == 1, found
    assert results[0].status == expected, results[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "The fraud began in 2015. Smith was jailed on Monday for ten years.",  # a term
        "She joined the firm in 1990 and worked there for 12 years.",  # past, no end date
        "The bridge opened in 1990, two years after the war.",  # the war is not dated
        "The firm, founded in 1990, moved to Leeds 20 years ago.",  # another clause's date
        "The 25-year-old, who joined in 2018, scored twice on Sunday.",  # no birth date
        "He turned 30 in May and signed a three-year deal.",  # the date follows the age
    ],
)
def test_spans_whose_end_the_text_does_not_give_make_no_verdict(text):
    doc = Document(id="n", text=text, published="2025-06-01")
    assert all(r.status != "inconsistent" for r in check_document(doc, None, checks=["elapsed"]))


def test_a_span_with_no_date_at_all_is_inconclusive():
    text = "Ann Moss, who ran the ferry for nearly three decades, has died."
    doc = Document(id="i", text=text, published="2025-06-01")
    (r,) = check_document(doc, None, checks=["elapsed"])
    assert r.status == "inconclusive"
