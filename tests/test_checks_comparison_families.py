"""Families of growth and comparison wordings (changes, differences, multiples, ratios), each
with cases in our own words: consistent, inconsistent, inconclusive and distractors that must
raise no alarm.

Each case gives a text and what the arithmetic check must say about it:

* ``consistent``: some arithmetic result is consistent, none inconsistent;
* ``inconsistent``: some arithmetic result is inconsistent;
* ``inconclusive``: some arithmetic result is inconclusive, none inconsistent;
* ``quiet``: no arithmetic result is inconsistent (a distractor: whatever else is said).
"""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _statuses(text: str) -> list[str]:
    doc = Document(id="cmp", text=text, published="2025-06-01")
    return [r.status for r in check_document(doc) if r.check == "arithmetic"]


def _holds(text: str, expected: str) -> None:
    got = _statuses(text)
    if expected == "quiet":
        assert "inconsistent" not in got, got
    elif expected == "inconsistent":
        assert "inconsistent" in got, got
    else:
        assert expected in got and "inconsistent" not in got, got


# A change told three ways (its size, its end and its start) must agree all three ways: an
# end a few per cent from the sum may leave the change itself far off.
THREE_WAYS = [
    ("Membership of the rowing club is up by 40, to 1,210. A year ago it stood at 1,190.",
     "inconsistent"),
    ("Membership of the rowing club is up by 40, to 1,210. A year ago it stood at 1,170.",
     "consistent"),
    ("Deliveries rose by 2,500 to 61,000 from 56,900 the year before.", "inconsistent"),
    ("Deliveries rose by 2,500 to 61,000 from 58,500 the year before.", "consistent"),
    # the rounding of three figures in thousands is no error
    ("The register grew by 1.3 million to 9.8 million from 8.5 million.", "consistent"),
    ("Crowds at the ground fell by 900 a match to 6,100. Last season they averaged 7,400.",
     "inconsistent"),
    ("Crowds at the ground fell by 900 a match to 6,100. Last season they averaged 7,000.",
     "consistent"),
    ("Fares went up by 12p a journey to £2.40. Last year a ride cost £2.28.", "consistent"),
    # no earlier level: nothing to test, and no alarm
    ("Fares went up by 12p a journey to £2.40, the operator said.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THREE_WAYS)
def test_a_change_told_three_ways_must_agree(text: str, expected: str) -> None:
    _holds(text, expected)


# The level a change runs from or to may be named by a noun before its figure: "from an
# average of", "to a peak of", "from a revised total of".
NAMED_LEVEL = [
    ("Bus fares have risen 11% since 2021, from an average of £1.80 to £2.00.", "consistent"),
    ("Bus fares have risen 25% since 2021, from an average of £1.80 to £2.00.", "inconsistent"),
    ("Visitor numbers fell 20% to 32,000 from a peak of 40,000.", "consistent"),
    ("Visitor numbers fell 10% to 32,000 from a peak of 40,000.", "inconsistent"),
    ("Output climbed 5% to a record high of 8,400 tonnes from 8,000 tonnes.", "consistent"),
    # "from the sale of": no level, so no earlier figure of the change
    ("The trust raised £2.1m, up 8%, from the sale of 40 flats.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_LEVEL)
def test_a_level_named_by_a_noun_keeps_its_role(text: str, expected: str) -> None:
    _holds(text, expected)


# A change measured against a time, whose level a "when" clause gives: "up 5% on a year ago,
# when it fetched £238,000".
AGAINST_A_TIME = [
    ("The house now sells for £250,000, up 5% on a year ago, when it fetched £238,000.",
     "consistent"),
    ("The house now sells for £250,000, up 9% on a year ago, when it fetched £238,000.",
     "inconsistent"),
    ("The flat now rents for £1,450, 12% more than in 2019, when it cost £1,300.",
     "consistent"),
    ("The flat now rents for £1,450, 12% more than in 2019, when it cost £1,100.",
     "inconsistent"),
    ("The bakery sells 2,400 loaves a week, 15% up on last year, when it sold 2,090.",
     "consistent"),
    # the "when" clause names no time of the change: no earlier level
    ("The bakery sells 2,400 loaves a week, up 15% on the same week, when a rival sold 900.",
     "inconclusive"),
    # the figure after "when" is another thing: a price is no level of a count, and a
    # clause about another subject gives no level of this one
    ("The bakery sold 2,400 loaves, up 15% on a year ago, when bread cost £1.20.",
     "inconclusive"),
    ("The house now sells for £250,000, up 5% on 2019, when the street's average was "
     "£180,000.", "quiet"),
    ("The house now sells for £250,000, up 5% on 2019, when a flat cost £180,000.", "quiet"),
    ("Rooms now cost £120 a night, up 20% on 2022, when they cost £100.", "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AGAINST_A_TIME)
def test_a_change_against_a_time_takes_the_level_of_its_when_clause(
    text: str, expected: str
) -> None:
    _holds(text, expected)


# A multiple of a figure named by a possessive: "three times last year's 14,000".
POSSESSIVE_BASE = [
    ("Sales of 42,000 bikes were three times last year's 14,000.", "consistent"),
    ("Sales of 42,000 bikes were three times last year’s 21,000.", "inconsistent"),
    ("Exports of 9,600 tonnes were twice the previous season's 4,700 tonnes.", "consistent"),
    ("The festival's 18,000 tickets went for four times Hallam's 3,000.", "inconsistent"),
    # a count of another thing after the possessive is no base
    ("The 52,000 runners were twice last year's field, and 300 volunteers helped.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_BASE)
def test_a_multiple_of_a_possessive_figure(text: str, expected: str) -> None:
    _holds(text, expected)


# A fraction that compares: "a quarter fewer than the 2,400", "a third more than", "less than
# half the usual 75mm", held against the figure it is set off after.
FRACTION_COMPARED = [
    ("Rain totalled 30mm, less than half the usual 75mm.", "consistent"),
    ("Rain totalled 45mm, less than half the usual 75mm.", "inconsistent"),
    ("Volunteers counted 1,800 swifts this summer, a quarter fewer than the 2,400 of last "
     "summer.", "consistent"),
    ("Volunteers counted 1,800 swifts this summer, a quarter fewer than the 3,600 of last "
     "summer.", "inconsistent"),
    ("The new hall seats 1,600, a third more than the 1,200 of the old one.", "consistent"),
    ("The new hall seats 1,600, a third more than the 1,500 of the old one.", "inconsistent"),
    ("She earns £30,000, half the £60,000 her manager earns.", "consistent"),
    # no figure set off before the fraction: nothing it states of another figure
    ("Half the 40 staff went home, and 12 stayed.", "quiet"),
    ("Sales reached 500, a fifth higher than forecast, with 420 units sold online.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRACTION_COMPARED)
def test_a_fraction_that_compares_two_figures(text: str, expected: str) -> None:
    _holds(text, expected)


# A margin told as a ratio in words, "by three to one", over the two counts set against each
# other in its sentence: held as the multiple it states.
BY_N_TO_ONE = [
    ("The farm's lamb outsells its beef by two to one: 4,800 joints against 2,400 last year.",
     "consistent"),
    ("The farm's lamb outsells its beef by two to one: 4,800 joints against 3,400 last year.",
     "inconsistent"),
    ("Women outnumber men on the course by 3 to 1: 240 against 80.", "consistent"),
    ("Women outnumber men on the course by 3 to 1: 240 against 120.", "inconsistent"),
    ("Cyclists outnumbered drivers by about four to one at the bridge: 1,210 cyclists "
     "against 290 drivers.", "consistent"),
    ("Cyclists outnumbered drivers by about four to one at the bridge: 1,210 cyclists "
     "against 610 drivers.", "inconsistent"),
    # two counts of different things, or across a clause break: no margin to test
    ("Women outnumber men by 3 to 1 at the college, which has 240 staff and 35 buildings.",
     "quiet"),
    ("Women outnumber men by 3 to 1, the college said; it has 240 staff and 80 tutors.",
     "quiet"),
    # "won by two to one" is a ratio, no margin of two over the tallies that follow
    ("It won by two to one in the first round, 40 votes to 20, and by 3 to 1 in the second, "
     "60 to 20.", "quiet"),
    ("The motion was carried by three to one: 300 votes to 100.", "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BY_N_TO_ONE)
def test_a_margin_told_as_n_to_one(text: str, expected: str) -> None:
    _holds(text, expected)


# A multiple of a span of time: the two spans after "from" and "to", of one time unit.
SPANS_OF_TIME = [
    ("Waiting times at the surgery have halved: from 8.2 hours in May to 4.0 hours now.",
     "consistent"),
    ("Waiting times at the surgery have halved: from 8.2 hours in May to 6.0 hours now.",
     "inconsistent"),
    ("Journeys on the line have doubled, from 40 minutes in 2019 to 85 minutes this year.",
     "consistent"),
    ("Journeys on the line have doubled, from 40 minutes in 2019 to 55 minutes this year.",
     "inconsistent"),
    # the time a change took is no end of it
    ("Waits at the surgery doubled in two years to 40 minutes, the trust said.", "quiet"),
    ("The walk takes 3 hours, and the ferry doubled its crossings from 6 to 12 a day.",
     "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPANS_OF_TIME)
def test_a_multiple_of_spans_of_time(text: str, expected: str) -> None:
    _holds(text, expected)


# A rate told as the compound of the rates listed before it.
COMPOUNDED = [
    ("Junior staff were offered 4.5% this year and 3% next, a rise worth 7.6% once compounded.",
     "consistent"),
    ("Junior staff were offered 4.5% this year and 3% next, a rise worth 10% once compounded.",
     "inconsistent"),
    ("Rents rose 10% in 2023 and 5% in 2024, a compound rise of 15.5% over the two years.",
     "consistent"),
    ("Rents rose 10% in 2023 and 5% in 2024, a compound rise of 18% over the two years.",
     "inconsistent"),
    ("Prices rose 2%, 3% and 4% in successive years, 9.3% compounded.", "consistent"),
    # shares summed are no compound; one rate alone is nothing to compound
    ("The two parties polled 20% and 25%, a combined 45% of the vote.", "quiet"),
    ("The fund returned 6% a year, compounded, on a 40% stake.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPOUNDED)
def test_a_rate_compounded_from_the_rates_before_it(text: str, expected: str) -> None:
    _holds(text, expected)


# A multiple and its levels in two sentences: the levels in the sentence after it ("It stood
# at 40 … and reached 210 …") or before one that restates them ("That is a rise of a third").
MULTIPLE_ACROSS = [
    ("Wind capacity on the coast grew fivefold in a decade. It stood at 40 megawatts in 2015 "
     "and reached 210 megawatts this year.", "consistent"),
    ("Wind capacity on the coast grew fivefold in a decade. It stood at 40 megawatts in 2015 "
     "and reached 120 megawatts this year.", "inconsistent"),
    ("Membership has tripled since the merger. The club had 150 members and now has 460.",
     "consistent"),
    ("Membership has tripled since the merger. The club had 150 members and now has 300.",
     "inconsistent"),
    ("Evening riders on the route grew from 600 to 800. That is a rise of a third, the "
     "operator said.", "consistent"),
    ("Evening riders on the route grew from 600 to 900. That is a rise of a third, the "
     "operator said.", "inconsistent"),
    # two counts of different nouns are no pair of levels
    ("The harbour's catch doubled last year. It has 12 boats and reached 30 crew.", "quiet"),
    ("Membership has tripled since the merger. It has 40 courts and 460 members.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MULTIPLE_ACROSS)
def test_a_multiple_and_its_levels_in_two_sentences(text: str, expected: str) -> None:
    _holds(text, expected)


# A change stated in a clause of its own about levels told before it: opening with its noun
# ("Growth of more than 20% has …") or after a semicolon ("…; that is an increase of 10.5%").
CHANGE_TOLD_AFTER = [
    ("The town had 38,000 residents in 2015. It now has 44,600. Growth of more than 20% has "
     "strained its one surgery.", "inconsistent"),
    ("The town had 38,000 residents in 2015. It now has 47,000. Growth of more than 20% has "
     "strained its one surgery.", "consistent"),
    ("The club has 900 members. It had 800 in 2022. A rise of 12.5% in two years is the best "
     "in the league.", "consistent"),
    ("The club has 900 members. It had 800 in 2022. A rise of 20% in two years is the best "
     "in the league.", "inconsistent"),
    ("Season tickets rise to £420. Last season a ticket cost £380; that is an increase of "
     "10.5%.", "consistent"),
    ("Season tickets rise to £420. Last season a ticket cost £380; that is an increase of 15%.",
     "inconsistent"),
    # a prospect, or two figures told in no order, bind nothing
    ("Wages are £400 a week. It paid £380 in 2023. A rise of 5% would add little.", "quiet"),
    ("The shop sold 300 bikes. Its rival sold 330. A rise of 25% came at the shop's expense.",
     "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGE_TOLD_AFTER)
def test_a_change_told_after_its_levels(text: str, expected: str) -> None:
    _holds(text, expected)


# A change in the minor unit of the later level's currency: "climbed 40 cents, or 8%, to
# €5.40" (the cents are the euro's, whatever currency the extractor guessed).
MINOR_UNIT_CHANGE = [
    ("A pint at the Crown climbed 40 cents, or 8%, to €5.40.", "consistent"),
    ("A pint at the Crown climbed 40 cents, or 12%, to €5.40.", "inconsistent"),
    ("A loaf at the market went up 15p, or 10%, to £1.65.", "consistent"),
    ("A loaf at the market went up 15p, or 20%, to £1.65.", "inconsistent"),
    ("Petrol costs €1.80 here but only €1.62 over the border, a gap of 18 cents.",
     "consistent"),
    ("Petrol costs €1.80 here but only €1.62 over the border, a gap of 28 cents.",
     "inconsistent"),
    # a price in cents that is no part of the change
    ("A pint at the Crown climbed 8% to €5.40, and crisps cost 90 cents.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MINOR_UNIT_CHANGE)
def test_a_change_in_a_minor_unit(text: str, expected: str) -> None:
    _holds(text, expected)


# A change of shares restated as a relative change: "from 50% to 60%, or 20% more people in
# relative terms".
RELATIVE_TERMS = [
    ("Take-up among pensioners rose from 50% to 60%, or 20% more people in relative terms.",
     "consistent"),
    ("Take-up among pensioners rose from 50% to 60%, or 10% more people in relative terms.",
     "inconsistent"),
    ("Take-up among pensioners fell from 60% to 45%, or 25% fewer people in relative terms.",
     "consistent"),
    ("Take-up among pensioners fell from 60% to 45%, or 40% fewer people in relative terms.",
     "inconsistent"),
    # no restatement of the levels: a share of something else
    ("Take-up rose from 50% to 60%, and 20% more people in relative terms live alone.",
     "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIVE_TERMS)
def test_a_change_of_shares_in_relative_terms(text: str, expected: str) -> None:
    _holds(text, expected)


# A margin whose tally follows it: "6 points clear of Dale, 81 to 75"; a count of another
# measure is no side of it.
MARGIN_BEFORE_TALLY = [
    ("Ashby finished 6 points clear of Dale, 81 to 75, to take the title.", "consistent"),
    ("Ashby finished 9 points clear of Dale, 81 to 75, to take the title.", "inconsistent"),
    ("The home side won 3 goals ahead of their rivals, 5-2, on Saturday.", "consistent"),
    ("The home side won 4 goals ahead of their rivals, 5-2, on Saturday.", "inconsistent"),
    ("Ashby finished 6 points clear of Dale and 81 ahead of the bottom side, with 75 games "
     "played.", "quiet"),
    ("Ashby are 4 points clear at the top with 30 games played and 12 to go.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MARGIN_BEFORE_TALLY)
def test_a_margin_before_its_tally(text: str, expected: str) -> None:
    _holds(text, expected)


# A rate per many units restating the two counts before it: "12 litres per 100 km".
PER_MANY = [
    ("The van used 60 litres of fuel over 500 km, or 12 litres per 100 km.", "consistent"),
    ("The van used 60 litres of fuel over 500 km, or 15 litres per 100 km.", "inconsistent"),
    ("The lorry burned 84 litres over 240 km - 35 litres per 100 km.", "consistent"),
    ("The lorry burned 84 litres over 240 km - 30 litres per 100 km.", "inconsistent"),
    ("The van used 60 litres of fuel on the 500 km trip and 14 litres per 100 km in town.",
     "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PER_MANY)
def test_a_rate_per_many_units(text: str, expected: str) -> None:
    _holds(text, expected)


# Verbs of change come from a table of families, each inflected by rule: "thinned",
# "dwindled", "plummeted" state a fall as "fell" does; plural nouns of the same spelling
# ("12 lifts", "40 sheds") state none.
VERB_FAMILIES = [
    ("The herd has thinned by 15% to 340 from 400.", "consistent"),
    ("The herd has thinned by 25% to 340 from 400.", "inconsistent"),
    ("Church rolls dwindled 20% to 1,200 from 1,500 over the decade.", "consistent"),
    ("Church rolls dwindled 30% to 1,200 from 1,500 over the decade.", "inconsistent"),
    ("Bookings plummeted 40% to 1,800 from 3,000 after the storm.", "consistent"),
    ("Fees ballooned 50% to £900 from £500 in three years.", "inconsistent"),
    ("The estate has 12 lifts and 40 sheds, up 5% from 2020.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERB_FAMILIES)
def test_verbs_of_change_come_from_families(text: str, expected: str) -> None:
    _holds(text, expected)


def test_the_families_inflect_regular_verbs_and_keep_irregular_forms() -> None:
    from factcheck.checks.relations._bind import FALL, RISE

    assert {"climb", "climbs", "climbed", "climbing"} <= RISE
    assert {"rose", "risen", "grew", "growth", "leapt"} <= RISE
    assert {"dwindled", "dwindling", "thinned", "slashed", "fell", "shrank"} <= FALL
    assert not {"lifts", "sheds", "sinks", "slides", "narrow", "thin", "slow"} & (RISE | FALL)
