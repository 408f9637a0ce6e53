"""Families of wording from the fifth blind set's misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _arith(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    doc = Document(id="a", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["arithmetic"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # two parts, then the total set off by a comma, its own noun before "in all"/"in total"
        ("The charity planted 420 oaks in Hexley and 310 in Marrow End, 730 trees in all.",
         "730 trees", "consistent"),
        ("The charity planted 420 oaks in Hexley and 310 in Marrow End, 790 trees in all.",
         "790 trees", "inconsistent"),
        ("The firm is hiring 120 staff in Derby and 85 in Crewe, 205 jobs in total.",
         "205 jobs", "consistent"),
        ("The firm is hiring 120 staff in Derby and 85 in Crewe, 245 jobs in total.",
         "245 jobs", "inconsistent"),
        ("The fair raised £4,300 on Saturday and £2,950 on Sunday, £7,250 in all.",
         "£7,250", "consistent"),
        # "take(s)/bring(s) the total to": a total after its parts
        ("Gifts of £5,200 from parents and £1,900 from local firms take the total to £7,100.",
         "£7,100", "consistent"),
        ("Gifts of £5,200 from parents and £1,900 from local firms bring the total to £8,100.",
         "£8,100", "inconsistent"),
    ],
)  # fmt: skip
def test_total_after_two_parts(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_total_in_all_needs_smaller_parts():
    """A figure larger than the "total" is no part of it: no verdict of a sum."""
    got = _arith("The club sold 900 tickets on Friday and 60 on Saturday, 300 seats in all.")
    assert ("300 seats", "inconsistent") not in got
    assert all(f != "300 seats" for f, _ in got)


def _elapsed(text: str, published: str) -> list[tuple[str, str]]:
    doc = Document(id="e", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["elapsed"])]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N before <day and month>, which is now": the date is still to come this year
        ("The regatta is set for 25 May, and entries will open about twelve weeks before "
         "the race, which means this week.", "about twelve weeks", "consistent"),
        ("The regatta is set for 25 May, and entries will open about four weeks before "
         "the race, which means this week.", "about four weeks", "inconsistent"),
    ],
)  # fmt: skip
def test_before_a_coming_date_counts_back_to_now(text, figure, expected):
    assert (figure, expected) in _elapsed(text, "2026-03-02")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share restated between dashes after "or": "N of the M - or P% -"
        ("Of the 1,200 flats surveyed, 300 - or 25% - had damp.", "25%", "consistent"),
        ("Of the 1,200 flats surveyed, 300 - or 40% - had damp.", "40%", "inconsistent"),
        ("Of the 1,200 flats surveyed, 300 – or about 25% – had damp.", "25%", "consistent"),
    ],
)  # fmt: skip
def test_share_restated_between_dashes(text, figure, expected):
    assert (figure, expected) in _arith(text)


def _durations(text: str) -> list[str]:
    from factcheck.extract import duration
    from factcheck.extract._spans import Text

    doc = Document(id="d", text=text, published="2025-06-02")
    return [c.text for c in duration.extract(Text(doc))]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a fraction in words, hyphened, is a share figure, not a duration of quarters
        ("Nurses fill 42 of the ward's 56 posts, or nearly three-quarters.",
         "nearly three-quarters", "consistent"),
        ("Nurses fill 21 of the ward's 56 posts, or nearly three-quarters.",
         "nearly three-quarters", "inconsistent"),
        ("Volunteers run 60 of the 90 stalls, or two-thirds.", "two-thirds", "consistent"),
    ],
)  # fmt: skip
def test_fraction_in_words_is_a_share(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_hyphened_fraction_in_words_is_no_duration():
    assert _durations("Turnout was nearly three-quarters.") == []
    assert _durations("Sales fell for three quarters in a row.") == ["three quarters"]
    assert "three-quarters of an hour" in _durations("The talk ran three-quarters of an hour.")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share closing its sentence after a comma restates the one "N of the M" pair
        ("Assessors failed 30 of the 240 bridges they inspected, some 12%.", "12%", "consistent"),
        ("Assessors failed 30 of the 240 bridges they inspected, some 20%.", "20%", "inconsistent"),
        ("Only 50 of the 410 saplings set out in 2021 took root, barely an eighth.",
         "barely an eighth", "consistent"),
        ("Just 12 of the 36 trustees are over 70, about a third.", "about a third", "consistent"),
        ("Just 4 of the 36 trustees are over 70, about a third.", "about a third", "inconsistent"),
    ],
)  # fmt: skip
def test_share_closing_the_sentence(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_closing_share_needs_one_pair():
    # two "N of the M" pairs: which one the share restates is not clear
    text = "Rangers won 8 of the 20 games at home and 3 of the 19 away, about 40%."
    assert ("40%", "inconsistent") not in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # price × quantity with the product named in an apposition ("a haul of", "an outlay of")
        ("The mint sold 1,500 medals at £40 apiece, a haul of £60,000.", "£60,000", "consistent"),
        ("The mint sold 1,500 medals at £40 apiece, a haul of £75,000.", "£75,000",
         "inconsistent"),
        ("The council has ordered 12 gritters at £95,000 each, an outlay of £1.14m.", "£1.14m",
         "consistent"),
        # "Each of the N … will be charged £P. … expects to collect £T": the total next
        ("Each of the 40 market stall holders will be charged £120 a month. The trust "
         "expects to collect £4,800 in fees.", "£4,800", "consistent"),
        ("Each of the 40 market stall holders will be charged £120 a month. The trust "
         "expects to collect £5,600 in fees.", "£5,600", "inconsistent"),
    ],
)  # fmt: skip
def test_price_times_quantity_named_total(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_saving_is_no_product():
    assert _arith("They sold 300 tickets at £20 each, a saving of £1,000.") == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N <pieces> of A, B and C": a list counted as it is introduced is the breakdown
        ("The 150 school places will come in three intakes of 40, 50 and 60.",
         "150 school places", "consistent"),
        ("The 170 school places will come in three intakes of 40, 50 and 60.",
         "170 school places", "inconsistent"),
        # a total over the period its parts cover: one part per year, the halves of a year
        ("The shelter rehomed 310 dogs in 2022 and 280 in 2023, 590 in two years.", "590",
         "consistent"),
        ("The shelter rehomed 310 dogs in 2022 and 280 in 2023, 650 in two years.", "650",
         "inconsistent"),
        ("The club lost £1.2m in the first half and £0.9m in the second, £2.1m for the year.",
         "£2.1m", "consistent"),
        ("The club lost £1.2m in the first half and £0.9m in the second, £2.6m for the year.",
         "£2.6m", "inconsistent"),
        # the next sentence sums the list: "Together that is …"
        ("The trust gave £250,000 to parks and £150,000 to libraries. Together that is "
         "£400,000.", "£400,000", "consistent"),
        ("The trust gave £250,000 to parks and £150,000 to libraries. Together that is "
         "£450,000.", "£450,000", "inconsistent"),
    ],
)  # fmt: skip
def test_list_totals(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_year_total_needs_the_whole_year():
    # two months are not the year: no sum is tested
    assert _arith("Sales were £2m in May and £3m in June, £30m for the year.") == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a multiple whose pair follows it, after a colon or a possessive
        ("Calls to the helpline have tripled: it took 6,300 calls this year against 2,100 "
         "last year.", "tripled", "consistent"),
        ("Calls to the helpline have tripled: it took 4,300 calls this year against 2,100 "
         "last year.", "tripled", "inconsistent"),
        ("Parking fines were three times last year's total, at 9,150 against 3,020.",
         "three times", "consistent"),
        ("Parking fines were three times last year's total, at 5,150 against 3,020.",
         "three times", "inconsistent"),
    ],
)  # fmt: skip
def test_multiple_with_its_pair_after(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # rate × period against a total "over the life/term of" the deal
        ("The club will pay the council £30,000 a year for 15 years, £450,000 over the life "
         "of the lease.", "£450,000", "consistent"),
        ("The club will pay the council £30,000 a year for 15 years, £540,000 over the life "
         "of the lease.", "£540,000", "inconsistent"),
        ("Tenants will pay £1,200 a month for two years, £28,800 over the term of the deal.",
         "£28,800", "consistent"),
    ],
)  # fmt: skip
def test_rate_times_period_over_the_life_of(text, figure, expected):
    assert (figure, expected) in _arith(text)
