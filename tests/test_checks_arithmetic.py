"""The arithmetic check: figures in one sentence that must agree."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document

PUB = "2024-06-01"
CASES = [
    # percentage changes, both ways round and with the result before the change
    ("Sales rose 20% from $10m to $12m.", "20%", "consistent"),
    ("Sales rose 25% from $10m to $12m.", "25%", "inconsistent"),
    ("Sales rose 20% to $12m from $10m.", "20%", "consistent"),
    ("Sales fell to $8m from $10m, a drop of 25%.", "25%", "inconsistent"),
    ("The club sold 12,000 tickets, up 20% from 10,000 a year earlier.", "20%", "consistent"),
    ("The club sold 12,000 tickets, up 30% from 10,000 a year earlier.", "30%", "inconsistent"),
    (
        "The club sold 12,000 tickets, an increase of 50% on the 8,000 sold in 2022.",
        "50%",
        "consistent",
    ),
    (
        "The firm employs 3,000 people, 40% more than the 2,000 it had in 2019.",
        "40%",
        "inconsistent",
    ),
    ("Exports rose 8% to £40 billion.", "8%", "inconclusive"),
    ("The 25% year-on-year rise, from $10m to $12m, surprised analysts.", "25%", "inconsistent"),
    # percentage points
    (
        "Unemployment rose to 5.2% from 4.1%, an increase of 1.1 percentage points.",
        "1.1 percentage points",
        "consistent",
    ),
    (
        "Unemployment rose to 9.2% from 4.1%, an increase of 1.1 percentage points.",
        "1.1 percentage points",
        "inconsistent",
    ),
    # multiples
    ("Profit doubled to £40m from £20m.", "doubled", "consistent"),
    ("Profit doubled to £30m from £20m.", "doubled", "inconsistent"),
    ("Profit halved to £10m from £20m.", "halved", "consistent"),
    (
        "The school has 1,200 pupils, nearly double the 650 it had in 2010.",
        "nearly double",
        "consistent",
    ),
    (
        "The school has 1,400 pupils, nearly double the 650 it had in 2010.",
        "nearly double",
        "inconsistent",
    ),
    (
        "It handles three times as many passengers, 9 million against 3 million in 2010.",
        "three times",
        "consistent",
    ),
    # parts and totals
    (
        "The £10m budget is made up of £6m from the state, £3m from the city and £1m in grants.",
        "£10m",
        "consistent",
    ),
    (
        "The £10m budget is made up of £6m from the state, £3m from the city and £2m in grants.",
        "£10m",
        "inconsistent",
    ),
    (
        "Of the 2.4 million visitors, 1.5 million came from abroad and 0.9 million from home.",
        "2.4 million",
        "consistent",
    ),
    (
        "Of the 2.4 million visitors, 1.6 million came from abroad and 0.9 million from home.",
        "2.4 million",
        "inconsistent",
    ),
    ("The £10m budget includes £6m from the state and £3m from the city.", "£10m", "inconclusive"),
    # rate times period, both counts of "from ... until"
    (
        "It will spend £12 million a year for five years, a total of £60 million.",
        "£60 million",
        "consistent",
    ),
    (
        "It will spend £12 million a year for five years, a total of £50 million.",
        "£50 million",
        "inconsistent",
    ),
    (
        "It will give £2 billion a year until 2030, a total of £12 billion from 2025.",
        "£12 billion",
        "consistent",
    ),
    (
        "It will give £2 billion a year until 2030, a total of £10 billion from 2025.",
        "£10 billion",
        "consistent",
    ),
    (
        "It will give £2 billion a year until 2030, a total of £16 billion from 2025.",
        "£16 billion",
        "inconsistent",
    ),
    (
        "It sets aside £3 million a year for three years, £9 million in all.",
        "£9 million",
        "consistent",
    ),
    (
        "It sets aside £3 million a year for three years, £12 million in all.",
        "£12 million",
        "inconsistent",
    ),
    ("The 2,400 staff include 350 in social care and 200 in housing.", "2,400", "inconclusive"),
    # each operand belongs to the change nearest it
    ("Revenue was $5.2bn, up 12% on the year, and profit rose 3% to $800m.", "3%", "inconclusive"),
    ("Turnout was 64%, down 7 points from 71% in 2019.", "7 points", "consistent"),
    ("Turnout was 64%, down 12 points from 71% in 2019.", "12 points", "inconsistent"),
    (
        "The plan costs $4.2 billion a year ($21 billion over five years).",
        "$21 billion",
        "consistent",
    ),
    (
        "The plan costs $4.2 billion a year ($25 billion over five years).",
        "$25 billion",
        "inconsistent",
    ),
    (
        "Its value has fallen by half, to $40 billion from $95 billion.",
        "fallen by half",
        "inconsistent",
    ),
    (
        "Output fell by a fifth to 80,000 tonnes from 100,000 tonnes.",
        "fell by a fifth",
        "consistent",
    ),
    ("The bill passed 61-38, a majority of 23.", "23", "consistent"),
    ("Of the 3,000 people asked, 1,740, or 64%, backed the plan.", "64%", "inconsistent"),
    # shares, differences, per head, averages
    ("The firm cut 1,500 jobs, or 12% of its 12,000 staff.", "12%", "consistent"),
    ("The firm cut 1,500 jobs, or 15% of its 12,000 staff.", "15%", "inconsistent"),
    ("About 40% of the 1,200 homes, or 480, will be affordable.", "480", "consistent"),
    ("About 40% of the 1,200 homes, or 400, will be affordable.", "400", "inconsistent"),
    ("Labour won 412 of the 650 seats, or 63%.", "63%", "consistent"),
    ("Labour won 412 of the 650 seats, or 72%.", "72%", "inconsistent"),
    ("Of the 650 seats, Labour won 412, or 72%.", "72%", "inconsistent"),
    ("The motion passed by 320 votes to 280, a majority of 40.", "40", "consistent"),
    ("The motion passed by 320 votes to 280, a majority of 60.", "60", "inconsistent"),
    (
        "The £2 million fund will be shared among 400 families, or £5,000 each.",
        "£5,000",
        "consistent",
    ),
    (
        "The £2 million fund will be shared among 400 families, or £4,000 each.",
        "£4,000",
        "inconsistent",
    ),
    (
        "Over the five years the fund paid out £50 million, an average of £10 million a year.",
        "£10 million",
        "consistent",
    ),
    (
        "Over the five years the fund paid out £50 million, an average of £15 million a year.",
        "£15 million",
        "inconsistent",
    ),
    # the earlier figure from a stated change or a dated figure before the change
    ("Claims rose by 1,500 to 9,000 last year, an increase of 20%.", "20%", "consistent"),
    ("Claims fell by 1,500 to 9,000 last year, a drop of 30%.", "30%", "inconsistent"),
    (
        "The fund held $2.5 billion a year ago, and its assets jumped 30% to $3.25 billion.",
        "30%",
        "consistent",
    ),
    # fractions of a whole, per head with the count after, lists after a colon or dash
    ("Two-thirds of the 900 members, or 600, backed the deal.", "600", "consistent"),
    ("A quarter of the 900 members, or 300, backed the deal.", "300", "inconsistent"),
    ("The £9m grant works out at £1,500 for each of the 6,000 homes.", "£1,500", "consistent"),
    (
        "The plant has 1,900 workers: 1,200 on the line, 500 in logistics and 200 in offices.",
        "1,900",
        "consistent",
    ),
    (
        "The 640 entrants - 400 men, 180 women and 20 juniors - set off at dawn.",
        "640",
        "inconsistent",
    ),
    # averages against a stated total, leads in percentage points, twice, cut in half
    (
        "The show averaged 2,500 visitors a night over 12 nights, a total of 40,000.",
        "40,000",
        "inconsistent",
    ),
    ("She took 58% of the vote to 42%, a lead of 16 points.", "16 points", "consistent"),
    (
        "The port handles 45 million tonnes, more than twice the 20 million it took.",
        "more than twice",
        "consistent",
    ),
    ("Fares were cut in half, to £3 from £8, in June.", "cut in half", "inconsistent"),
    # rate × period in months
    ("Tenants pay £800 a month for two years, or £19,200 in total.", "£19,200", "consistent"),
    ("Tenants pay £800 a month for a year, or £12,000 in total.", "£12,000", "inconsistent"),
]


@pytest.mark.parametrize(("text", "figure", "expected"), CASES)
def test_arithmetic_cases(text, figure, expected):
    # as the scorer matches: a result about the figure overlaps its span
    doc = Document(id="t", text=text, published=PUB)
    start = text.index(figure)
    end = start + len(figure)
    found = check_document(doc, None, checks=["arithmetic"])
    results = [r for r in found if r.start < end and start < r.end]
    assert len(results) == 1, found
    r = results[0]
    assert r.status == expected, r.explanation
    assert r.claim_id is not None


def test_explanation_shows_the_arithmetic():
    doc = Document(id="x", text="Sales rose 25% from $10m to $12m.", published=PUB)
    (r,) = check_document(doc, None, checks=["arithmetic"])
    assert r.explanation.startswith("($12m − $10m) / $10m = +20.00%; the text says 25%")


def test_unrelated_figures_are_not_checked():
    text = "The 40% stake cost €500m, and the farms power 900,000 homes."
    doc = Document(id="u", text=text, published=PUB)
    assert check_document(doc, None, checks=["arithmetic"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "She has won three times, beating 5,000 rivals and 3,000 others.",
        "Profits doubled, the firm said, as it sold 3,000 cars and 2,000 vans.",
        "The firm, which has 12,000 staff in 30 countries, or 40% of its workforce, grew.",
        "The index rose 2.5% to 7,500 points.",
        # operands in another clause belong to another change
        "Output should grow about 9%, helped by wheat that has climbed to $7.10 from $5.20.",
        "Car sales slid to 2.4 million from 2.9 million, while van sales rose 6% to 310,000.",
        "Revenue will rise 4%; costs fell to £30m from £45m.",
    ],
)
def test_figures_that_do_not_relate_are_left_alone(text):
    doc = Document(id="n", text=text, published=PUB)
    assert [
        r for r in check_document(doc, None, checks=["arithmetic"]) if r.status != "inconclusive"
    ] == []


# Families of the blind set, in wordings of our own: shares set off by commas or dashes,
# a share of a whole the text does not state, the mean of a list, majorities against a
# possessive, "a total <noun> of".
FAMILY_CASES = [
    ("Of the 1,600 staff polled, 400 — a third — said they would strike.", "a third",
     "inconsistent"),
    ("750 of the firm's 3,000 drivers, or one in four, work nights.", "one in four",
     "consistent"),
    ("Nearly half of the 1,200 pupils, 590, walk to school.", "Nearly half", "consistent"),
    ("More than a third of the 900 flats, 280, are empty.", "More than a third",
     "inconsistent"),
    ("About 30% of the 2,000 members on the roll, 610, voted.", "30%", "consistent"),
    ("The firm is shedding 250 jobs, about a fifth of its staff.", "a fifth", "inconclusive"),
    ("The three shops took £2.1m, £1.8m and £2.4m, an average of £2.1m each.", "£2.1m each",
     "consistent"),
    ("The four funds returned £10m, £14m, £9m and £11m, an average of £14m.", "£14m",
     "inconsistent"),
    ("She won 8,410 votes to her opponent's 7,950, a majority of 560.", "560", "inconsistent"),
    ("The city bought 30 trams at £2.5m apiece, a total bill of £90m.", "£90m", "inconsistent"),
    ("The clinic has 4,200 patients and 300 nurses, a ratio of 14 to one.", "14",
     "consistent"),
    ("At the sister clinic, 2,000 patients share 80 nurses, or 40 patients per nurse.",
     "40 patients", "inconsistent"),
    ("The port handled 52,000 containers in 2023. Last year it handled 57,200, a rise of 10%.",
     "10%", "consistent"),
    ("Wind supplied 31% of the grid's power last year, up 4 points.", "4 points",
     "inconclusive"),
    ("Visitor numbers fell by 200,000 to 1.9 million last year. In the previous year the park "
     "had 2.3 million visitors.", "1.9 million", "inconsistent"),
    ("The trust agreed a maintenance budget of £30m. It puts £12m into roofs, £10m into "
     "heating and £8m into lifts.", "£30m", "consistent"),
    ("The trust agreed a maintenance budget of £30m. It puts £12m into roofs, £9m into "
     "heating and £5m into lifts.", "£30m", "inconsistent"),
    ("Of its 400 staff, 120 work part-time, or 35%.", "35%", "inconsistent"),
    ("The company employs 900 people, 40% of them women, or 360.", "360", "consistent"),
    ("Two in five of the 1,000 voters, 400, backed the plan.", "Two in five", "consistent"),
    ("Four out of five of the 500 tenants, 300, want repairs.", "Four out of five",
     "inconsistent"),
    ("About 1 in 10 of the 5,000 pupils, 480, have special needs.", "1 in 10", "consistent"),
    ("He earned £80,000, twice the national average of £40,000.", "twice", "consistent"),
    ("He earned £60,000, twice the national average of £40,000.", "twice", "inconsistent"),
    ("In the vote, Greens took 41% of the vote, Reds 33%, Blues 14% and others 22%.", "22%",
     "inconsistent"),
    ("The firm's 250 employees will each receive £2,000, a total of £600,000.", "£600,000",
     "inconsistent"),
    ("The £600,000 bonus pot will be shared among 300 staff, an average of £2,000 each.",
     "£2,000", "consistent"),
    ("The club charges £40 a month, or £520 a year.", "£520", "inconsistent"),
    ("The gym charges £12 a week, or £624 a year.", "£624", "consistent"),
    ("Of the 1,200 applicants, 300 were accepted, an acceptance rate of 35%.", "35%",
     "inconsistent"),
    ("The debt stands at £2.4tn, or 96% of GDP of £2.5tn.", "96%", "consistent"),
]  # fmt: skip


def test_a_change_does_not_take_the_figures_of_the_next_change():
    text = "Shares jumped 15% to 230p after the company said profit rose to £40m from £35m."
    doc = Document(id="n", text=text, published="2025-06-01")
    assert all(r.status != "inconsistent" for r in check_document(doc, None))


@pytest.mark.parametrize(("text", "phrase", "expected"), FAMILY_CASES)
def test_arithmetic_families(text, phrase, expected):
    doc = Document(id="f", text=text, published="2025-06-01")
    at = text.rindex(phrase)
    found = check_document(doc, None, checks=["arithmetic"])
    results = [r for r in found if r.start < at + len(phrase) and at < r.end]
    assert len(results) == 1, found
    assert results[0].status == expected, results[0].explanation
