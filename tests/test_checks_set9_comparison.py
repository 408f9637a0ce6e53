"""Comparison families opened by the ninth blind set (changes, differences, ratios), each with
cases in our own words: consistent, inconsistent, inconclusive and distractors that must raise
no alarm.

* ``consistent``: some arithmetic result is consistent, none inconsistent;
* ``inconsistent``: some arithmetic result is inconsistent;
* ``inconclusive``: some arithmetic result is inconclusive, none inconsistent;
* ``quiet``: no arithmetic result is inconsistent (a distractor: whatever else is said).
"""

from __future__ import annotations

import pytest

from tests.test_checks_comparison_families import _holds

# "X is D less/more than the <noun phrase> of Y": the noun phrase after a cue that ends in
# its determiner ("less than the") still names the figure compared with.
LESS_THAN_NAMED = [
    ("The standard ticket, €27.40, is €9.60 less than the festival price of €37.00.",
     "consistent"),
    ("The standard ticket, €27.40, is €12.60 less than the festival price of €37.00.",
     "inconsistent"),
    ("Its new hull, 41.5 metres, is 6.5 metres more than the previous record of 35 metres.",
     "consistent"),
    ("Its new hull, 41.5 metres, is 9.5 metres more than the previous record of 35 metres.",
     "inconsistent"),
    # a figure of another measure after the noun phrase is no operand
    ("The bus, £3.10, is £1.20 less than the train, which carries 400 passengers.", "quiet"),
    # comparatives of measure, and a possessive naming the figure compared with
    ("The budget model, at $18.90, is $6.10 cheaper than the deluxe version of $25.00.",
     "consistent"),
    ("The budget model, at $18.90, is $9.10 cheaper than the deluxe version of $25.00.",
     "inconsistent"),
    ("The new mast, at 186 metres, is 27 metres taller than the old station's 159 metres.",
     "consistent"),
    ("The new mast, at 186 metres, is 37 metres taller than the old station's 159 metres.",
     "inconsistent"),
    # a percentage comparative is a change, not a difference
    ("The loaf, £1.40, is 30% cheaper than the £2 one.", "quiet"),
    # counts of other things are not subtracted
    ("Its 400 staff are 12 years older than the 28 managers.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LESS_THAN_NAMED)
def test_less_than_a_named_figure(text: str, expected: str) -> None:
    _holds(text, expected)


# "A beat B by D": the verb of winning may stand before the figure beaten.
BEAT_BY = [
    ("His leap of 8.31 metres beat the champion's 8.12 by 0.19 metres at the meeting.",
     "consistent"),
    ("His leap of 8.31 metres beat the champion's 8.12 by 0.29 metres at the meeting.",
     "inconsistent"),
    ("Her time of 61.84 seconds beat the local favourite's 63.10 by 1.26 seconds.",
     "consistent"),
    ("Her time of 61.84 seconds beat the local favourite's 63.10 by 2.26 seconds.",
     "inconsistent"),
    # "of" after a noun is no whole: "Of 61 seats, the party holds 33" still is
    ("Of 75 seats, the alliance holds 41, a majority of 7.", "consistent"),
    ("Of 75 seats, the alliance holds 41, a majority of 12.", "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BEAT_BY)
def test_beaten_by_a_margin(text: str, expected: str) -> None:
    _holds(text, expected)


# A stated difference closing an elaboration after a colon: the two figures after the colon,
# not a number before it ("split in two").
AFTER_COLON = [
    ("The county was cut in two overnight: Hexham saw 12 frosts while Alnwick had 3, a "
     "difference of 9 frosts.", "consistent"),
    ("The county was cut in two overnight: Hexham saw 12 frosts while Alnwick had 3, a "
     "difference of 5 frosts.", "inconsistent"),
    ("The league split in three this season: Carrow scored 71 while Pell managed 52, a gap "
     "of 19.", "consistent"),
    ("The league split in three this season: Carrow scored 71 while Pell managed 52, a gap "
     "of 29.", "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_COLON)
def test_a_difference_after_a_colon(text: str, expected: str) -> None:
    _holds(text, expected)


# A change in its own units between its two ends: a figure across a clause break
# (", while …") is another thing's and does not spoil the pair.
CHANGED_BY_CLAUSE = [
    ("The hospital's energy bill went up £1.3m, to £9.8m from £8.5m, while water costs "
     "stayed at £2m.", "consistent"),
    ("The hospital's energy bill went up £1.9m, to £9.8m from £8.5m, while water costs "
     "stayed at £2m.", "inconsistent"),
    ("Enrolment grew by 140, to 2,260 from 2,120, while staff numbers held at 310.",
     "consistent"),
    ("Enrolment grew by 240, to 2,260 from 2,120, while staff numbers held at 310.",
     "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHANGED_BY_CLAUSE)
def test_a_change_beside_another_clause(text: str, expected: str) -> None:
    _holds(text, expected)


# A margin told by the change that reached it: "the lead widened to 6 pts, with 44%
# against 38%".
MARGIN_REACHED = [
    ("The governing party's lead narrowed to 4 pts, with 36% against Labour's 32%, the "
     "pollster said.", "consistent"),
    ("The governing party's lead narrowed to 7 pts, with 36% against Labour's 32%, the "
     "pollster said.", "inconsistent"),
    ("The challenger extended her lead to 9 pts, with 52% against the mayor's 43%.",
     "consistent"),
    ("The challenger extended her lead to 3 pts, with 52% against the mayor's 43%.",
     "inconsistent"),
    # no pair of shares: nothing to test
    ("The challenger extended her lead to 9 pts in the latest survey.", "quiet"),
    # "could lead to" is no margin
    ("The closure could lead to 300 job losses, against 120 last year.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MARGIN_REACHED)
def test_a_margin_reached_by_a_change(text: str, expected: str) -> None:
    _holds(text, expected)


# A change in a measure's own unit after the one level of its sentence, against the one
# level of the sentence before: "a recovery of 1.2 metres".
LEVEL_BEFORE = [
    ("The lake stood 6.4 metres below its rim in May. By July it was 2.9 metres below, a "
     "recovery of 3.5 metres.", "consistent"),
    ("The lake stood 6.4 metres below its rim in May. By July it was 2.9 metres below, a "
     "recovery of 4.5 metres.", "inconsistent"),
    ("The glacier's snout was 310 metres from the hut in 2010. It is now 455 metres away, a "
     "retreat of 145 metres.", "quiet"),
    ("The fund held £4.2m in January. By March it held £3.1m, a fall of £1.1m.",
     "consistent"),
    ("The fund held £4.2m in January. By March it held £3.1m, a fall of £2.1m.",
     "inconsistent"),
    # counts of other things are no levels of one measure
    ("The fair drew 2,000 visitors in 2023. This year 400 stalls came, a rise of 150.",
     "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEVEL_BEFORE)
def test_a_change_against_the_level_before(text: str, expected: str) -> None:
    _holds(text, expected)


# An index's points: "ended up 84 points at 7,912, a gain of 1.1%".
INDEX_POINTS = [
    ("The blue-chip index closed up 96.2 points at 8,105.6, a gain of 1.2%.", "consistent"),
    ("The blue-chip index closed up 96.2 points at 8,105.6, a gain of 2.2%.", "inconsistent"),
    ("The Nikkei fell 612 points to 38,420, a drop of 1.6%.", "consistent"),
    ("The Nikkei fell 612 points to 38,420, a drop of 3.1%.", "inconsistent"),
    # percentage points of a share stay percentage points
    ("Support rose 3 points to 41%, the pollster said.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INDEX_POINTS)
def test_a_change_in_index_points(text: str, expected: str) -> None:
    _holds(text, expected)


# A change told before its two levels set against each other: "up 9%, with 1,526 against
# 1,400".
SET_AGAINST = [
    ("Burglaries in the district were down by 12% last year, with 880 reports against 1,000 "
     "in 2023.", "consistent"),
    ("Burglaries in the district were down by 20% last year, with 880 reports against 1,000 "
     "in 2023.", "inconsistent"),
    ("Passenger numbers rose 15% in the spring, with 46,000 journeys compared with 40,000 a "
     "year before.", "consistent"),
    ("Passenger numbers rose 25% in the spring, with 46,000 journeys compared with 40,000 a "
     "year before.", "inconsistent"),
    # the pair belongs to another clause: no alarm
    ("Fines rose 40% last year; with 880 reports against 1,000, thefts fell.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SET_AGAINST)
def test_a_change_with_its_levels_set_against(text: str, expected: str) -> None:
    _holds(text, expected)


# A change "by" a figure after an adjectival term ("its five-year rate by …"): the verb
# before the term governs it.
BY_PAST_TERM = [
    ("The lender lifted its five-year fixed rate by half a percentage point, to 5.1% from "
     "4.6%.", "consistent"),
    ("The lender lifted its five-year fixed rate by half a percentage point, to 7.6% from "
     "4.6%.", "inconsistent"),
    ("The bank cut its ten-year bond yield by 0.3 percentage points, to 3.9% from 4.2%.",
     "consistent"),
    ("The bank cut its ten-year bond yield by 0.3 percentage points, to 3.2% from 4.2%.",
     "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BY_PAST_TERM)
def test_a_change_by_points_after_a_term(text: str, expected: str) -> None:
    _holds(text, expected)


# Ratios: "N for every <unit>" with the two counts before it; "outnumber … N to one"; a ratio
# "stood at N:1" between two sums set against each other.
RATIOS = [
    ("The 3,600 entrants for 300 prizes mean 12 for every prize, the organisers said.",
     "consistent"),
    ("The 3,600 entrants for 300 prizes mean 18 for every prize, the organisers said.",
     "inconsistent"),
    ("Sheep outnumber residents three to one on the island: 2,700 sheep and 900 residents.",
     "consistent"),
    ("Sheep outnumber residents six to one on the island: 2,700 sheep and 900 residents.",
     "inconsistent"),
    ("With liabilities of €900,000 against assets of €300,000, the ratio stood at 3:1, the "
     "liquidator said.", "consistent"),
    ("With liabilities of €900,000 against assets of €300,000, the ratio stood at 7:1, the "
     "liquidator said.", "inconsistent"),
    # two sums joined by "and" are not set against each other
    ("It paid €900,000 in wages and €300,000 in rent; the ratio stood at 5:1 for staff.",
     "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RATIOS)
def test_ratios(text: str, expected: str) -> None:
    _holds(text, expected)


# A multiple set off right after the second of two groups set side by side: "girls 900 and
# boys 450 - half as many -"; the base is the figure before, whatever it counts.
SET_OFF_MULTIPLE = [
    ("Members cast 640 postal votes and 1,300 in person - twice as many - the club said.",
     "consistent"),
    ("Members cast 640 postal votes and 900 in person - twice as many - the club said.",
     "inconsistent"),
    ("The east stand sold 2,400 seats while the west sold 7,300, three times as many, on "
     "Saturday.", "consistent"),
    ("The east stand sold 2,400 seats while the west sold 4,300, three times as many, on "
     "Saturday.", "inconsistent"),
    ("Girls won 180 of the awards and boys 90, half as many, the board said.", "consistent"),
    ("Girls won 180 of the awards and boys 130, half as many, the board said.", "inconsistent"),
    # compared with another year: not the figure before it
    ("The ferry carried 3,100 cars and 1,550 vans, twice as many as in 2020.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SET_OFF_MULTIPLE)
def test_a_multiple_set_off_after_two_groups(text: str, expected: str) -> None:
    _holds(text, expected)


# A fractional change with no level of what changed in its clause: inconclusive, with the
# reason; with its levels it is tested as before.
FRACTION_WITHOUT_LEVELS = [
    ("The museum's grant fell by a third this year, and it still opens 300 days a year, its "
     "director said.", "inconclusive"),
    ("Rents in the district have risen by a quarter since 2021, and 2,000 families are on "
     "the waiting list.", "inconclusive"),
    ("Exports fell by a third, from 900 tonnes to 600 tonnes.", "consistent"),
    ("Exports fell by a third, from 900 tonnes to 450 tonnes.", "inconsistent"),
    # "half as many" is no change
    ("The school had 400 pupils, and half as many parents came to the fair.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FRACTION_WITHOUT_LEVELS)
def test_a_fractional_change_without_levels(text: str, expected: str) -> None:
    _holds(text, expected)


# A shortfall set off after the figure reached, against the one threshold after a word of
# need in its sentence or the sentence before.
SHORTFALL = [
    ("A bill needs 400 votes to pass. It won 362, 38 short, and was withdrawn.", "consistent"),
    ("A bill needs 400 votes to pass. It won 362, 48 short, and was withdrawn.",
     "inconsistent"),
    ("The lifeboat appeal had a target of £75,000 and raised £68,200, £6,800 short.",
     "consistent"),
    ("The lifeboat appeal had a target of £75,000 and raised £68,200, £9,800 short.",
     "inconsistent"),
    # two thresholds: which one is unclear, so no alarm
    ("The party needs 326 seats, or 300 with its partner. It won 290, 20 short.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHORTFALL)
def test_a_shortfall_against_the_threshold(text: str, expected: str) -> None:
    _holds(text, expected)


# A fraction and a comparative closing the clause after two figures set against each other:
# "1,200 finished, against 900 last year, a third more"; "half as many again" is 1.5 times.
CLOSING_FRACTION = [
    ("Only 270 boats entered the regatta, compared with 360 last year, a quarter fewer.",
     "consistent"),
    ("Only 270 boats entered the regatta, compared with 310 last year, a quarter fewer.",
     "inconsistent"),
    ("The choir now has 80 voices, against 60 in 2022 - a third more.", "consistent"),
    ("The choir now has 80 voices, against 70 in 2022 - a third more.", "inconsistent"),
    ("The depot handled 4,500 parcels on Monday against 3,000 on Friday, half as many again.",
     "consistent"),
    ("The depot handled 4,500 parcels on Monday against 3,000 on Friday, twice as many again.",
     "quiet"),
    # a comparative that goes on to its own figure is read by the rule for "than"
    ("The choir now has 80 voices, a third more than the 60 of 2022.", "consistent"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLOSING_FRACTION)
def test_a_fraction_closing_a_comparison(text: str, expected: str) -> None:
    _holds(text, expected)


# A multiple of a figure only named ("the national average"), then the pair after a colon:
# the noun phrase ends at the colon, so the pair is read in its own order ("X against Y").
NAMED_THEN_PAIR = [
    ("Rents in the old town are 2.5 times the regional average: £1,850 against £740.",
     "consistent"),
    ("Rents in the old town are 3.5 times the regional average: £1,850 against £740.",
     "inconsistent"),
    ("Fees at the academy are three times the county norm: €36,000 against €12,000.",
     "consistent"),
    ("Fees at the academy are five times the county norm: €36,000 against €12,000.",
     "inconsistent"),
    # a short noun phrase that runs on to its figure still names it
    ("Rainfall in May was nearly double the month's usual 60mm, at 114mm.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMED_THEN_PAIR)
def test_a_multiple_of_a_named_figure_then_its_pair(text: str, expected: str) -> None:
    _holds(text, expected)


# A change in its own units after a later level set off before "up from"/"down from" its
# earlier one: "£4.20, down from £4.80, a cut of 60p".
SET_OFF_LEVELS = [
    ("A season ticket now costs £612, up from £580, a rise of £32.", "consistent"),
    ("A season ticket now costs £612, up from £580, a rise of £42.", "inconsistent"),
    ("The bus fare is €2.65, down from €2.90, a cut of €0.25.", "consistent"),
    ("The bus fare is €2.65, down from €2.90, a cut of €0.35.", "inconsistent"),
    ("The flock is 1,460, up from 1,310, a rise of 150.", "consistent"),
    ("The flock is 1,460, up from 1,310, a rise of 250.", "inconsistent"),
    # a level of another thing before the pair is no end of it
    ("It employs 40 people and sells 1,460 sheep, up from 1,310, a rise of 150.", "quiet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SET_OFF_LEVELS)
def test_a_change_after_levels_set_off(text: str, expected: str) -> None:
    _holds(text, expected)
