"""Families of totals, shares and rates, in our own words: each with consistent,
inconsistent and inconclusive variants and near misses that must make no false alarm."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="tf", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def _decided(text: str) -> list[tuple[str, str]]:
    """The arithmetic results that decide (not those left inconclusive)."""
    return [(t, s) for t, s in _arithmetic(text) if s != "inconclusive"]


def _statuses(text: str) -> set[str]:
    return {status for _, status in _arithmetic(text)}


# ---------------------------------------------------------------- rates per second, hour, night


def test_a_rate_per_second_or_minute_times_a_span_of_hours() -> None:
    # 25 × 3,600 × 3 = 270,000
    text = "The cracked pipe leaked 25 litres a second for three hours, about {} litres in all."
    assert _arithmetic(text.format("270,000")) == [("270,000 litres", "consistent")]
    assert _arithmetic(text.format("90,000")) == [("90,000 litres", "inconsistent")]
    # 12 a minute for 45 minutes = 540
    text = "The line fills 12 bottles a minute for 45 minutes, {} bottles in total."
    assert _arithmetic(text.format("540")) == [("540 bottles", "consistent")]
    assert _arithmetic(text.format("620")) == [("620 bottles", "inconsistent")]


def test_a_rate_per_second_restated_per_hour() -> None:
    text = "The turbine draws 40 litres a second, or {} litres an hour."
    assert _arithmetic(text.format("144,000")) == [("144,000 litres", "consistent")]
    assert _arithmetic(text.format("14,400")) == [("14,400 litres", "inconsistent")]


def test_second_as_an_ordinal_is_no_period() -> None:
    # "a second term", "a second time": no rate, so no total is tested
    assert _statuses("She won 5,200 votes a second time in 2024, 9,800 votes in all.") <= {
        "inconclusive"
    }
    assert "inconsistent" not in _statuses(
        "The mayor, who won 12,400 votes a second term ago, polled 30,000 in total this year."
    )


def test_a_day_is_not_read_as_24_working_hours() -> None:
    assert _arithmetic("The bakery sells 480 rolls a day, or 30 rolls an hour.") == []
    assert _arithmetic("The depot ships 96 crates a day, or 4 crates an hour.") == []


def test_a_rate_per_night_times_the_nights_of_the_next_sentence() -> None:
    text = "Pitches cost £24 a night. A family staying the 10 nights of the fair will pay {}."
    assert _arithmetic(text.format("£240")) == [("£240", "consistent")]
    assert _arithmetic(text.format("£290")) == [("£290", "inconsistent")]
    # a count of people is no span of the nights
    assert "inconsistent" not in _statuses(
        "Pitches cost £24 a night. A family of 10 will pay £290 for the fair."
    )


def test_a_rate_times_a_span_that_is_itself_per_a_longer_period() -> None:
    text = (
        "Each oven bakes 300 loaves an hour, and the bakery runs 14 hours a day: {} loaves daily."
    )
    assert _arithmetic(text.format("4,200")) == [("4,200 loaves", "consistent")]
    assert _arithmetic(text.format("5,200")) == [("5,200 loaves", "inconsistent")]
    text = "Cleaners are paid £13 an hour for a 35-hour week, or {} a week."
    assert _arithmetic(text.format("£455")) == [("£455", "consistent")]
    assert _arithmetic(text.format("£555")) == [("£555", "inconsistent")]
    # a figure after the span told per no period is no product of them
    assert "inconsistent" not in _statuses(
        "Each oven bakes 300 loaves an hour, and runs 14 hours a day: 900 staff."
    )


def test_a_cost_with_its_own_object_over_a_span_of_years() -> None:
    text = "At £20,000 a month from 2025 until 2028, the contract will cost the council {}."
    # 36 or 48 months: £720,000 or £960,000
    assert _arithmetic(text.format("£960,000")) == [("£960,000", "consistent")]
    assert _arithmetic(text.format("£720,000")) == [("£720,000", "consistent")]
    assert _arithmetic(text.format("£1.5m")) == [("£1.5m", "inconsistent")]
    # no period given: inconclusive, never inconsistent
    assert _arithmetic("At £20,000 a month, the contract will cost the council £1.5m.") == [
        ("£1.5m", "inconclusive")
    ]


# ---------------------------------------------------------------- shares set off after a clause


def test_a_share_across_a_semicolon() -> None:
    text = "Inspectors checked 640 lifts; 160 failed the test, a failure rate of {}."
    assert _arithmetic(text.format("25%")) == [("25%", "consistent")]
    assert _arithmetic(text.format("40%")) == [("40%", "inconsistent")]
    text = "The lab tested 2,400 samples; of these, 312 failed, or {}."
    assert _arithmetic(text.format("13%")) == [("13%", "consistent")]
    assert _arithmetic(text.format("31%")) == [("31%", "inconsistent")]


def test_no_share_across_a_semicolon_of_another_noun_or_a_change() -> None:
    # another noun after the semicolon, a figure added, a rate of growth: no part of a whole
    assert (
        _arithmetic("Inspectors checked 640 lifts; 160 cranes failed, a failure rate of 40%.") == []
    )
    assert _arithmetic("The choir had 640 members; 160 more joined, a growth rate of 40%.") == []
    assert (
        _arithmetic("The choir had 640 members; 160 joined this year, a growth rate of 40%.") == []
    )
    assert "inconsistent" not in _statuses(
        "The fund lent 640 loans; 160 were repaid, an interest rate of 4%."
    )


def test_a_share_after_or_closing_a_clause_opened_by_its_whole() -> None:
    text = "Of the 2,000 entrants, 540 finished inside the qualifying time, or {}."
    assert _arithmetic(text.format("27%")) == [("27%", "consistent")]
    assert _arithmetic(text.format("37%")) == [("37%", "inconsistent")]
    text = "Of the 2,000 entrants, 540 finished inside the qualifying time, a success rate of {}."
    assert _arithmetic(text.format("27%")) == [("27%", "consistent")]
    # two wholes before the part: which one is not clear, so no verdict
    assert "inconsistent" not in _statuses(
        "Of the 2,000 entrants and 900 runners, 540 finished inside the time, or 37%."
    )


# ---------------------------------------------------------------- per unit


def test_a_figure_per_a_stated_number_of_a_unit() -> None:
    text = "The ferry burnt 360 litres of fuel over 1,200 km, or {} litres per 100 km."
    assert _arithmetic(text.format("30")) == [("30 litres", "consistent")]
    assert _arithmetic(text.format("40")) == [("40 litres", "inconsistent")]
    text = "The clinic saw 84 cases among 12,000 residents, or {} cases per 1,000 residents."
    assert _arithmetic(text.format("7")) == [("7 cases", "consistent")]
    assert _arithmetic(text.format("11")) == [("11 cases", "inconsistent")]


def test_no_figure_per_a_number_of_another_unit() -> None:
    # the count before is of another unit than the one after "per": nothing to divide by
    assert "inconsistent" not in _statuses(
        "The ferry burnt 360 litres of fuel over 9 hours, or 40 litres per 100 km."
    )


def test_a_figure_per_one_then_the_total_for_the_count_in_the_next_sentence() -> None:
    text = "Care costs £4,800 per resident. The county grant is {} for 1,500 residents."
    assert _arithmetic(text.format("£7.2m")) == [("£4,800", "consistent")]
    assert _arithmetic(text.format("£9.6m")) == [("£4,800", "inconsistent")]
    # a total of change, or a count of another noun: no verdict (at most "untested")
    assert (
        _decided(
            "Care costs £4,800 per resident. The county grant rose to £9.6m for 1,500 residents."
        )
        == []
    )
    assert (
        _decided("Care costs £4,800 per resident. The county grant is £9.6m for 1,500 staff.") == []
    )


# ---------------------------------------------------------------- the two sides of a vote


def test_the_two_sides_of_a_vote_sum_to_about_100() -> None:
    text = "Tenants voted {} in favour of the transfer and {} against."
    assert _arithmetic(text.format("64.5%", "35.5%")) == [("35.5%", "consistent")]
    assert _arithmetic(text.format("64%", "46%")) == [("46%", "inconsistent")]
    # below 100: some may have abstained or spoilt their papers, so no verdict
    assert _arithmetic(text.format("64%", "31%")) == [("31%", "inconclusive")]


def test_two_shares_that_are_no_sides_of_a_vote() -> None:
    # no vote in the sentence, a change, shares of other wholes: nothing summed
    assert _decided("Exports rose 64% for the year and 46% against forecasts.") == []
    assert "inconsistent" not in _statuses(
        "In the vote, 64% of members were for it and 46% of staff against."
    )
    assert "inconsistent" not in _statuses(
        "Turnout was 64% for the council vote and 46% against it."
    )


# ---------------------------------------------------------------- majorities of all the votes


def test_votes_out_of_all_against_the_threshold_needed() -> None:
    text = (
        "The motion passed with {} votes in favour out of 450, more than the two-thirds required."
    )
    assert _arithmetic(text.format("310")) == [("two-thirds", "consistent")]
    assert _arithmetic(text.format("270")) == [("two-thirds", "inconsistent")]
    text = "The plan won {} votes out of 450, short of the three-quarters it needed."
    assert _arithmetic(text.format("320")) == [("three-quarters", "consistent")]
    assert _arithmetic(text.format("400")) == [("three-quarters", "inconsistent")]


def test_a_plain_share_of_all_the_votes_stays_a_share() -> None:
    # no threshold word: the share relation reads it, with its own tolerance
    assert _arithmetic("The plan won 300 of the 450 votes, two-thirds of them.") == [
        ("two-thirds", "consistent")
    ]
    # a count after the votes that is no whole of them ("to 450"): a split, both sides
    assert _arithmetic("The plan won by 300 votes to 150, more than the two-thirds needed.") == [
        ("two-thirds", "consistent")
    ]


def test_a_majority_in_words_after_the_two_sides_of_a_vote() -> None:
    text = "Tenants cast {} votes for and 960 against; a clear majority backed the transfer."
    assert _arithmetic(text.format("1,150")) == [("a clear majority", "consistent")]
    assert _arithmetic(text.format("840")) == [("a clear majority", "inconsistent")]
    # the side named by the verb: a majority that opposed is of the votes against
    text = "Tenants cast {} votes for and 960 against. A majority rejected the transfer."
    assert _arithmetic(text.format("840")) == [("A majority", "consistent")]
    assert _arithmetic(text.format("1,150")) == [("A majority", "inconsistent")]


def test_a_majority_of_another_group_or_with_no_side_is_not_judged() -> None:
    assert (
        _arithmetic("Tenants cast 840 votes for and 960 against; a majority of staff backed it.")
        == []
    )
    assert _arithmetic("Tenants cast 840 votes for and 960 against; a majority turned out.") == []
    # a split with no sides named ("840 to 960"): which side backed is not told
    assert _arithmetic("Tenants voted 840 to 960; a clear majority backed the transfer.") == []


# ---------------------------------------------------------------- parts by place after a total


def test_parts_by_place_after_the_total_clause() -> None:
    text = "About 760 households lost water, 410 in Carrow and {} in Pell Bridge, the utility said."
    assert _arithmetic(text.format("350")) == [("760 households", "consistent")]
    assert _arithmetic(text.format("150")) == [("760 households", "inconsistent")]
    text = "More than 760 households lost water, 410 in Carrow and {} in Pell Bridge."
    assert _arithmetic(text.format("390")) == [("760 households", "consistent")]
    assert _arithmetic(text.format("150")) == [("760 households", "inconsistent")]


def test_parts_by_place_that_may_not_be_all_make_no_alarm() -> None:
    # the list goes on past the places, or the figures are a series of years
    for text in (
        "About 760 households lost water, 410 in Carrow and 150 in Pell Bridge by noon, with "
        "more expected.",
        "About 760 households lost water, 410 in 2023 and 150 in 2024.",
        "About 760 households lost water, including 410 in Carrow and 150 in Pell Bridge.",
    ):
        assert "inconsistent" not in _statuses(text), text


def test_each_one_opening_the_next_sentence() -> None:
    text = "The trust bought 25 minibuses and spent £1.5m. Each minibus cost about {}."
    assert _arithmetic(text.format("£60,000")) == [("£60,000", "consistent")]
    assert _arithmetic(text.format("£90,000")) == [("£90,000", "inconsistent")]
    # the noun names the act of the verb that counts: "shut 12 depots. Each closure …"
    text = "The carrier shut 12 depots and axed 300 posts. Each closure cost {} posts."
    assert _arithmetic(text.format("25")) == [("25 posts", "consistent")]
    assert _arithmetic(text.format("40")) == [("40 posts", "inconsistent")]


def test_each_one_with_more_figures_before_or_another_noun_makes_no_alarm() -> None:
    for text in (
        # the total may be of both the minibuses and the vans
        "The trust bought 25 minibuses and 10 vans and spent £1.5m. Each minibus cost £90,000.",
        # "Each year" is no minibus
        "The trust bought 25 minibuses and spent £1.5m. Each year the fleet needs £90,000.",
        # levels of a change are no total
        "Spending rose from £1m to £1.5m on 25 minibuses. Each minibus cost £90,000.",
    ):
        assert "inconsistent" not in _statuses(text), text


# ---------------------------------------------------------------- amounts each, averages, parts


def test_an_amount_each_times_the_count_of_holders() -> None:
    text = "The 25 trawlers landed 18 tonnes each, {} tonnes in all."
    assert _arithmetic(text.format("450")) == [("450 tonnes", "consistent")]
    assert _arithmetic(text.format("540")) == [("540 tonnes", "inconsistent")]
    text = "The 80 stewards worked 9 hours each, a total of {} hours."
    assert _arithmetic(text.format("720")) == [("720 hours", "consistent")]
    assert _arithmetic(text.format("810")) == [("810 hours", "inconsistent")]


def test_an_amount_each_against_a_figure_of_another_period_or_a_change() -> None:
    for text in (
        "The 25 trawlers landed 18 tonnes each in 2023 and 540 tonnes in all in 2024.",
        "The 25 trawlers landed 18 tonnes each, 540 tonnes more than last year.",
        "The 25 trawlers landed 18 tonnes each; the port handled 540 tonnes in all.",
    ):
        assert "inconsistent" not in _statuses(text), text


def test_an_average_over_the_count_a_total_went_to() -> None:
    text = "The fund paid out £4.8m to 160 growers, an average of {}."
    assert _arithmetic(text.format("£30,000")) == [("£30,000", "consistent")]
    assert _arithmetic(text.format("£40,000")) == [("£40,000", "inconsistent")]
    # two counts of growers, or an average per year: no count to divide by
    assert "inconsistent" not in _statuses(
        "The fund paid £4.8m to 160 growers in 2023 and 200 in 2024, an average of £40,000."
    )
    assert "inconsistent" not in _statuses(
        "The fund paid out £4.8m to 160 growers, an average of £40,000 a year."
    )


def test_parts_after_comprise() -> None:
    assert _arithmetic("The 64 new homes comprise 40 flats and 24 houses.") == [
        ("64 new homes", "consistent")
    ]
    assert _arithmetic("The 64 new homes comprise 40 flats and 14 houses.") == [
        ("64 new homes", "inconsistent")
    ]
    # parts that are only some of them
    assert _arithmetic("The 64 new homes include 40 flats and 14 houses.") != [
        ("64 new homes", "inconsistent")
    ]


def test_a_years_total_restated_per_day() -> None:
    text = "The museum drew 1.46 million visitors last year, about {} a day."
    assert _arithmetic(text.format("4,000")) == [("4,000", "consistent")]
    assert _arithmetic(text.format("6,000")) == [("6,000", "inconsistent")]
    # a change per day, or a year still running ("this year"), is no year's total over days
    assert _arithmetic("The museum drew 1.46 million visitors last year, up 6,000 a day.") == []
    assert _arithmetic("The museum drew 1.46 million visitors this year, about 6,000 a day.") == []


# ---------------------------------------------------------------- shares stated beside a pair


def test_a_share_of_a_sample_a_survey_found() -> None:
    text = "A poll of 2,400 voters found 1,020 backed the bypass, or {}."
    assert _arithmetic(text.format("42.5%")) == [("42.5%", "consistent")]
    assert _arithmetic(text.format("52.5%")) == [("52.5%", "inconsistent")]
    assert _arithmetic("A poll of 2,400 voters found 1,020 more backed it, or 52.5%.") == []


def test_a_share_then_its_pair_after_with() -> None:
    text = "Turnout was {}, with 4,350 of the 7,250 members taking part."
    assert _arithmetic(text.format("60%")) == [("60%", "consistent")]
    assert _arithmetic(text.format("70%")) == [("70%", "inconsistent")]
    # a change is no share of the pair after it
    assert "inconsistent" not in _statuses(
        "Sales were up 70%, with 4,350 of the 7,250 cars sold abroad."
    )


def test_a_fraction_after_of_whom() -> None:
    text = "The club has 1,800 members, of whom 450, or {}, are juniors."
    assert _arithmetic(text.format("a quarter")) == [("a quarter", "consistent")]
    assert _arithmetic(text.format("a third")) == [("a third", "inconsistent")]
    # the part larger than the figure before it is no part of it
    assert "inconsistent" not in _statuses(
        "The club has 180 coaches, of whom 450 members, or a third, are juniors."
    )


def test_a_past_years_total_with_its_noun_phrase_restated_per_week_or_month() -> None:
    text = "The pantry gave out 7,800 meals in 2024, or {} a week."
    assert _arithmetic(text.format("150")) == [("150", "consistent")]
    assert _arithmetic(text.format("250")) == [("250", "inconsistent")]
    text = "The council spent £1.8m on hotel rooms last year, {} a month."
    assert _arithmetic(text.format("£150,000")) == [("£150,000", "consistent")]
    assert _arithmetic(text.format("£250,000")) == [("£250,000", "inconsistent")]
    # the year still running, or a change over the year: no whole year's total
    assert "inconsistent" not in _statuses(
        "The pantry gave out 7,800 meals in 2025, or 250 a week."
    )
    assert "inconsistent" not in _statuses("Costs rose by £1.8m last year, £250,000 a month.")


def test_a_share_at_each_of_the_counted_places() -> None:
    text = "The 2,400 new homes will be spread over six sites, {} at each."
    assert _arithmetic(text.format("400")) == [("400", "consistent")]
    assert _arithmetic(text.format("600")) == [("600", "inconsistent")]


def test_the_two_sides_of_a_vote_after_by() -> None:
    assert _arithmetic("Tenants backed the transfer by 58% to 42%.") == [("42%", "consistent")]
    assert _arithmetic("Tenants backed the transfer by 58% to 52%.") == [("52%", "inconsistent")]
    assert _arithmetic("Members voted 64% to 36% to accept the offer.") == [("36%", "consistent")]
    # a change "by … to …" is no split of a vote; below 100 some may have abstained
    assert "inconsistent" not in _statuses("Support for the transfer fell by 58% to 52%.")
    assert _arithmetic("Tenants backed the transfer by 58% to 32%.") == [("32%", "inconclusive")]


def test_an_amount_each_with_its_noun_and_a_total_after_costing() -> None:
    text = "The council's 1,600 staff will get a £250 payment each, costing it {}."
    assert _arithmetic(text.format("£400,000")) == [("£400,000", "consistent")]
    assert _arithmetic(text.format("£600,000")) == [("£600,000", "inconsistent")]
    assert "inconsistent" not in _statuses(
        "The council's 1,600 staff will get a £250 payment each and £600,000 more in pensions."
    )


def test_two_parts_after_of_that_with_a_verb_of_making_up() -> None:
    text = "The festival raised £64,000. Of that, £40,000 came from sponsors and {} from tickets."
    assert _arithmetic(text.format("£24,000")) == [("£64,000", "consistent")]
    assert _arithmetic(text.format("£34,000")) == [("£64,000", "inconsistent")]
    # parts that fall short may be only some of them
    assert _arithmetic(text.format("£14,000")) == [("£64,000", "inconclusive")]


def test_a_fraction_in_apposition_after_a_part_pointing_back() -> None:
    text = "The clinic saw 9,600 patients. Some 2,400 of them, {}, came from other towns."
    assert _arithmetic(text.format("a quarter")) == [("a quarter", "consistent")]
    assert _arithmetic(text.format("a third")) == [("a third", "inconsistent")]
    text = (
        "The choir has 240 singers. Three-quarters of them, about {}, are sopranos, aged 20 to 60."
    )
    assert ("180", "consistent") in _arithmetic(text.format("180"))
    assert ("120", "inconsistent") in _arithmetic(text.format("120"))


def test_a_share_of_a_whole_and_a_bare_part_joined_by_and() -> None:
    text = "The hostel has 40 rooms and 34 were let on Saturday, an occupancy of {}."
    assert _arithmetic(text.format("85%")) == [("85%", "consistent")]
    assert _arithmetic(text.format("95%")) == [("95%", "inconsistent")]
    assert _arithmetic("The hostel has 40 rooms and 34 more were built, an occupancy of 95%.") == []


def test_money_raised_is_no_change_for_a_figure_per_one() -> None:
    text = "The club's 60 branches raised £1.5m this year, or {} a branch."
    assert _arithmetic(text.format("£25,000")) == [("£25,000", "consistent")]
    assert _arithmetic(text.format("£35,000")) == [("£35,000", "inconsistent")]


def test_an_average_named_by_a_noun_of_money() -> None:
    text = "The label sold 36,000 records for £540,000, an average price of {}."
    assert _arithmetic(text.format("£15")) == [("£15", "consistent")]
    assert _arithmetic(text.format("£25")) == [("£25", "inconsistent")]
    # two counts the total may be over: no verdict
    assert "inconsistent" not in _statuses(
        "The label sold 36,000 records and 9,000 tapes for £540,000, an average price of £25."
    )


def test_a_part_is_a_share_of_its_whole() -> None:
    text = "The charity's £3m reserve is {} of its £24m income."
    assert _arithmetic(text.format("an eighth")) == [("an eighth", "consistent")]
    assert _arithmetic(text.format("a quarter")) == [("a quarter", "inconsistent")]
    text = "The 90 cancelled flights were {} of the 1,200 scheduled."
    assert _arithmetic(text.format("7.5%")) == [("7.5%", "consistent")]
    assert _arithmetic(text.format("17.5%")) == [("17.5%", "inconsistent")]
    # a change "up a tenth on" is no share; a third figure leaves the pair unclear
    assert "inconsistent" not in _statuses("The £3m reserve is up a quarter on its £24m income.")
    assert "inconsistent" not in _statuses(
        "The £3m reserve is a quarter of its £24m income and £2m of its costs."
    )


def test_parts_after_the_same_preposition_after_a_total() -> None:
    text = "Some 1,800 trees were planted this winter, 1,100 by volunteers and {} by contractors."
    assert _arithmetic(text.format("700")) == [("1,800 trees", "consistent")]
    assert _arithmetic(text.format("300")) == [("1,800 trees", "inconsistent")]
    # parts dated by year, or parts after two different prepositions: no breakdown told
    assert "inconsistent" not in _statuses(
        "Some 1,800 trees were planted, 1,100 by 2023 and 300 by 2024."
    )
    assert "inconsistent" not in _statuses(
        "Some 1,800 trees were planted, 1,100 by volunteers and 300 in parks."
    )


def test_a_count_per_day_times_the_span_of_the_next_sentence() -> None:
    text = "The bakery bakes 900 loaves a day. Over a 300-day trading year that comes to {}."
    assert _arithmetic(text.format("270,000")) == [("270,000", "consistent")]
    assert _arithmetic(text.format("370,000")) == [("370,000", "inconsistent")]
    # a total of another noun is no product of the rate
    text = "The bakery bakes 900 loaves a day. Over a 300-day year that comes to 370,000 cakes."
    assert _arithmetic(text) == []


def test_a_years_total_restated_per_day_in_the_next_sentence() -> None:
    text = "The ferry carried 730,000 passengers last year. That is about {} a day."
    assert _arithmetic(text.format("2,000")) == [("2,000", "consistent")]
    assert _arithmetic(text.format("3,000")) == [("3,000", "inconsistent")]
    # a change over the year is no year's total
    assert _arithmetic("Fares rose by 730,000 last year. That is about 3,000 a day.") == []


def test_a_share_closing_its_sentence_of_the_one_whole_before() -> None:
    text = "The trust's budget is £40m. Wages take £26m, or {}."
    assert _arithmetic(text.format("65%")) == [("65%", "consistent")]
    assert _arithmetic(text.format("75%")) == [("75%", "inconsistent")]
    # another noun, or a whole told as a change: no verdict
    assert _arithmetic("The trust has 40 wards. It hired 26 nurses, or 75%.") == []
    assert "inconsistent" not in _statuses("The budget rose to £40m. Wages take £26m, or 75%.")


def test_a_threshold_in_the_sentence_after_the_split() -> None:
    text = (
        "The board backed the sale by {} votes to 14. That was more than the two-thirds required."
    )
    assert _arithmetic(text.format("34")) == [("two-thirds", "consistent")]
    assert _arithmetic(text.format("22")) == [("two-thirds", "inconsistent")]
    text = "The board backed the sale by 22 votes to 14. That was short of the two-thirds required."
    assert _arithmetic(text) == [("two-thirds", "consistent")]
    # a third count beside the split, or a share of another whole: no verdict
    assert "inconsistent" not in _statuses(
        "The board backed the sale by 22 votes to 14, with 9 abstentions. That was more than the "
        "two-thirds required."
    )
    assert "inconsistent" not in _statuses(
        "The board backed the sale by 22 votes to 14. That is more than half the 60 members."
    )
