"""Families of wording from the sixth blind set's misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _run(text: str, published: str, check: str) -> list[tuple[str, str]]:
    doc = Document(id="f6", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=[check])]


def _elapsed(text: str, published: str) -> list[tuple[str, str]]:
    return _run(text, published, "elapsed")


@pytest.mark.parametrize(
    ("text", "published", "figure", "expected"),
    [
        # "N weeks from today/Monday": a yearless date is the next one, counted from that day
        ("The bridge reopens on 2 June, six weeks from today.", "2025-04-21",
         "six weeks", "consistent"),
        ("The bridge reopens on 2 June, ten weeks from today.", "2025-04-21",
         "ten weeks", "inconsistent"),
        ("The count is set for 9 December, five weeks from Monday.", "2026-11-04",
         "five weeks", "consistent"),
        ("The count is set for 9 December, two weeks from Monday.", "2026-11-04",
         "two weeks", "inconsistent"),
        # across the turn of the year: the next January, not the last one
        ("The rink opens on 12 January, four weeks from today.", "2026-12-15",
         "four weeks", "consistent"),
        # "from <date>" and "from that day": from that date to the other date of the sentence
        ("The canal closes on 30 May, eight weeks from 4 April.", "2025-03-01",
         "eight weeks", "inconsistent"),
        ("Bids opened on Tuesday 3 June. They close on 15 July, six weeks from that day.",
         "2025-06-04", "six weeks", "consistent"),
        ("Bids opened on Tuesday 3 June. They close on 15 July, four weeks from that day.",
         "2025-06-04", "four weeks", "inconsistent"),
    ],
)  # fmt: skip
def test_weeks_from_a_day(text, published, figure, expected):
    assert (figure, expected) in _elapsed(text, published)


def test_exact_next_unit_is_not_the_one_before():
    """A gap of exactly seven weeks is "seven weeks", not "six weeks" (whole units)."""
    got = _elapsed("The canal closes on 23 May, six weeks from 11 April.", "2025-03-01")
    assert ("six weeks", "inconsistent") in got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N on" right after the date of its clause: from the earlier date told before
        ("The well ran dry on 2 January. It was refilled on 13 February, six weeks on.",
         "six weeks on", "consistent"),
        ("The well ran dry on 2 January. It was refilled on 13 February, two weeks on.",
         "two weeks on", "inconsistent"),
        ("The well ran dry on 2 January and was refilled on 13 February, six weeks on.",
         "six weeks on", "consistent"),
    ],
)  # fmt: skip
def test_weeks_on_after_a_second_date(text, figure, expected):
    assert (figure, expected) in _elapsed(text, "2025-02-17")


def test_weeks_on_with_one_date_still_counts_to_publication():
    """No earlier date: "a week on" after a date still runs to publication."""
    got = _elapsed("The well ran dry on 10 February, a week on.", "2025-02-17")
    assert ("a week on", "consistent") in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The estate has had no heating since 3 March. It is now four weeks since the fault.",
            "consistent",
        ),
        (
            "The estate has had no heating since 3 March. It is now nine weeks since the fault.",
            "inconsistent",
        ),
    ],
)
def test_since_the_event_dated_in_the_sentence_before(text, expected):
    got = _elapsed(text, "2025-03-31")
    assert any(s == expected for _, s in got), got


def _arith(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    return _run(text, published, "arithmetic")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the count of units first, then the total: the total over the count, not the reverse
        ("The 15 depots sent out 9,000 parcels last week, about 600 each.", "600",
         "consistent"),
        ("The 15 depots sent out 9,000 parcels last week, about 800 each.", "800",
         "inconsistent"),
        # the total first still divides the same way
        ("The charity gave 9,000 meals to 15 shelters, 600 each.", "600", "consistent"),
    ],
)  # fmt: skip
def test_each_divides_the_total_by_the_count(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a fraction or percentage beside a vote split is a share of the vote
        ("The assembly carried the bill by 250 votes to 110, more than the two-thirds "
         "it required.", "two-thirds", "consistent"),
        ("Shareholders approved the deal by 1,150 to 780, more than two-thirds of those "
         "voting.", "two-thirds", "inconsistent"),
        ("The council backed the budget by 300 votes to 210, short of the three-fifths "
         "majority required.", "three-fifths", "consistent"),
        ("The council backed the budget by 340 votes to 160, short of the three-fifths "
         "majority required.", "three-fifths", "inconsistent"),
        ("Members voted by 5,200 to 4,800, or 52% of the vote, to strike.", "52%",
         "consistent"),
        ("Members voted by 5,200 to 4,800, or 58% of the vote, to strike.", "58%",
         "inconsistent"),
    ],
)  # fmt: skip
def test_share_of_a_vote_split(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_vote_share_is_no_multiple():
    """ "N to M, more than the two-thirds": never tested as M / N − 1."""
    got = _arith(
        "The board passed the motion by 180 votes to 80, more than the two-thirds it needed."
    )
    assert got == [("two-thirds", "consistent")]


def test_fraction_far_from_a_split_is_not_a_vote_share():
    """A fraction in another clause of the sentence is not set beside the split."""
    got = _arith("The club won 3 to 1 on Saturday and two-thirds of the fans stayed.")
    assert ("two-thirds", "inconsistent") not in got


def _conv(text: str, published: str = "2024-05-02") -> list[tuple[str, str]]:
    return _run(text, published, "conversion")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an aside between dashes after a phrase that ends the amount's noun
        ("Tarn Rail signed a €400 million deal for new trains - about $428 million - with a "
         "Spanish maker.", "$428 million", "consistent"),
        ("Tarn Rail signed a €400 million deal for new trains - about $528 million - with a "
         "Spanish maker.", "$528 million", "inconsistent"),
        ("The city sold its port stake for €400 million - $428 million.", "$428 million",
         "consistent"),
        # an equivalence cue after a comma or a semicolon, with or without a phrase before
        ("The ministry set aside €400 million, which works out at about $428 million, for "
         "flood walls.", "$428 million", "consistent"),
        ("The ministry set aside €400 million for flood walls, a sum that works out at "
         "$628 million.", "$628 million", "inconsistent"),
        ("The ministry set aside €400 million, roughly equal to $428 million.",
         "$428 million", "consistent"),
        ("The ministry will spend €400 million on flood walls; that is $428 million at "
         "today's exchange rate.", "$428 million", "consistent"),
        ("The ministry will spend €400 million on flood walls; at current exchange rates "
         "$428 million.", "$428 million", "consistent"),
        ("The ministry will spend €400 million on flood walls; $428 million in US dollars.",
         "$428 million", "consistent"),
        # the converted figure first, its original after it
        ("About $428 million - €400 million - went to flood walls.", "€400 million",
         "consistent"),
        ("$428 million - the price in euros was €400 million - bought the tower.",
         "€400 million", "consistent"),
    ],
)  # fmt: skip
def test_conversion_set_beside(text, figure, expected):
    assert (figure, expected) in _conv(text)


@pytest.mark.parametrize(
    "text",
    [
        # two sums of two things: joined by "and", "while", "plus", "of which", or a dash
        # that opens a clause of its own rather than an aside
        "The EU gave €400 million to the port and $90 million to the airport.",
        "The EU gave €400 million to the port, while $90 million went to the airport.",
        "The EU gave €400 million to the port, plus $90 million for roads.",
        "The fund holds €400 million, of which $90 million is in bonds.",
        "The EU gave €400 million to the port - $90 million went to the airport.",
        "The EU gave €400 million to the port; $90 million went to the airport.",
        "Spending was €400 million in 2023, against $90 million in 2022.",
    ],
)
def test_two_sums_are_no_conversion(text):
    assert _conv(text) == []


def test_range_of_two_currencies_is_two_amounts():
    """ "€400 million - zł1.7bn -": a second sign of another currency is no range end."""
    got = _conv("Some €400 million - zł1.7bn - will go to trams.")
    assert ("zł1.7bn", "consistent") in got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "a gap/lead of N" after the only two figures of its kind, however they are joined
        ("Median rent in Dunmore is £1,140, against £1,390 across the region - a gap of "
         "£250.", "£250", "consistent"),
        ("Nurses at Kells earn €2,150 a month and those at its rival €2,600, a gap of €350.",
         "€350", "inconsistent"),
        ("The Greens are on 31% and Labour on 27%, a lead of 6 points.", "6 points",
         "inconsistent"),
        ("The Greens are on 31% and Labour on 27%, a lead of 4 points.", "4 points",
         "consistent"),
        # "N more/fewer than …": the figure set off by a comma before it, the one after
        # "than" (also after a time and "when"), or the one of the sentence it restates
        ("Only 380 pupils sat the test this year, 45 fewer than the 425 of 2024.", "45",
         "consistent"),
        ("The shelter housed 910 people, 130 fewer than a year earlier, when it had 1,090.",
         "130", "inconsistent"),
        ("The path counted 41,200 trips in May. That was 3,100 more than in April, when "
         "sensors logged 38,100.", "3,100", "consistent"),
        ("The path counted 41,200 trips in May. That was 5,100 more than in April, when "
         "sensors logged 38,100.", "5,100", "inconsistent"),
        # a winning margin, the two tallies in the next sentence
        ("Ana Ruiz took the seat by 230 votes. She polled 4,310, her nearest rival 4,080.",
         "230 votes", "consistent"),
        ("Ana Ruiz took the seat by 330 votes. She polled 4,310, her nearest rival 4,080.",
         "330 votes", "inconsistent"),
    ],
)  # fmt: skip
def test_differences_bound_loosely(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    "text",
    [
        # two figures in the sentence restated: which one "that" is, is not known
        "The path counted 41,200 trips in May and 9,000 in June. That was 3,100 more than "
        "in April, when sensors logged 38,100.",
        # a part of a whole and a majority over all others is not a gap between the two
        "The coalition holds 342 of the 650 seats, a majority of 34 over all other parties.",
        # a figure of another clause ("and …"): not the one compared
        "Some 380 pupils sat the test and the hall was full to the doors, 45 fewer than "
        "the 425 of 2024.",
    ],
)
def test_differences_not_bound_on_look_alikes(text):
    assert all(s != "inconsistent" for _, s in _arith(text)), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # two shares and the rest named beside them across ";"
        ("The survey puts Tam Ruddock on 46% and Ola Berg on 37%; 17% are undecided.",
         "17%", "consistent"),
        ("The survey puts Tam Ruddock on 46% and Ola Berg on 41%; 19% are undecided.",
         "19%", "inconsistent"),
        # the list carried on by ", with" after the last share's own phrase
        ("Support stood at 35% for the Greens, 27% for Labour and 21% for the Liberals, "
         "with 25% for smaller parties.", "25%", "inconsistent"),
        ("Support stood at 35% for the Greens, 27% for Labour and 21% for the Liberals, "
         "with 17% for smaller parties.", "17%", "consistent"),
    ],
)  # fmt: skip
def test_poll_lists(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_poll_two_shares_and_undecided_below_100_is_no_alarm():
    """Two candidates and the undecided may leave others unlisted: below 100 is no error."""
    got = _arith("The survey puts Tam Ruddock on 46% and Ola Berg on 37%; 11% are undecided.")
    assert ("11%", "inconsistent") not in got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "up by N to M" with the earlier figure in the next sentence, dated "a year ago"
        ("Membership of the choir is up by 40 to 260. A year ago it stood at 220.", "260",
         "consistent"),
        ("Membership of the choir is up by 40 to 260. A year ago it stood at 200.", "260",
         "inconsistent"),
        # the sentence of the change dates its own figure as the earlier one
        ("Passengers at Kelby port reached 3.3 million. A year earlier they were 3 million, "
         "so traffic grew by 10%.", "10%", "consistent"),
        ("Passengers at Kelby port reached 3.3 million. A year earlier they were 3 million, "
         "so traffic grew by 20%.", "20%", "inconsistent"),
        # a change stated in a sentence of its own about the two sentences before
        ("Gifts to the Wendle choir came to £60,000 last year. This year they came to "
         "£75,000. That is 25% more.", "25%", "consistent"),
        ("Gifts to the Wendle choir came to £60,000 last year. This year they came to "
         "£75,000. That is 40% more.", "40%", "inconsistent"),
        ("Visitor spending in Arden hit €44m this summer. Last summer it was €40m. The rise, "
         "10%, was the biggest yet.", "10%", "consistent"),
        ("Visitor spending in Arden hit €44m this summer. Last summer it was €40m. The rise, "
         "20%, was the biggest yet.", "20%", "inconsistent"),
        # "last year" against a sentence dated by its year is the later one
        ("The Orrin museum sold 80,000 tickets in 2023. Last year the count climbed to "
         "100,000. That is a rise of 25%.", "25%", "consistent"),
    ],
)  # fmt: skip
def test_changes_across_sentences(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_more_without_restating_opening_is_no_change():
    """ "25% more staff" in a sentence of its own states no change of figures told before."""
    got = _arith(
        "The Penn Trust raised £72,000 last year. This year it raised £90,000. It hired 25% more."
    )
    assert ("25%", "inconsistent") not in got


@pytest.mark.parametrize(
    ("text", "published", "figure", "expected"),
    [
        # "born on <date>, is N": an age from the birth to publication
        ("The singer Ana Tell, born on 15 May 1956, is 70 today.", "2026-05-15", "70",
         "consistent"),
        ("The singer Ana Tell, born on 15 May 1956, is 72 today.", "2026-05-15", "72",
         "inconsistent"),
        # "… died on <date>. Born on <date>, he was N": to the date of the sentence before
        ("Tom Reyes, who ran the mill, died on 2 March. Born on 9 October 1941, he was 84.",
         "2026-05-15", "84", "consistent"),
        ("Tom Reyes, who ran the mill, died on 2 March. Born on 9 October 1941, he was 86.",
         "2026-05-15", "86", "inconsistent"),
        # "N on" after a clause told at publication: from the one past date to now
        ("Ada and Tom Vell married on 14 June 1975, and renewed their vows this week, "
         "50 years on.", "2025-06-20", "50 years on", "consistent"),
        ("Ada and Tom Vell married on 14 June 1975, and renewed their vows this week, "
         "40 years on.", "2025-06-20", "40 years on", "inconsistent"),
    ],
)  # fmt: skip
def test_ages_and_years_on(text, published, figure, expected):
    assert (figure, expected) in _elapsed(text, published)


def test_is_n_without_birth_date_is_no_age():
    """ "is 70" with no birth date in the sentence is no age to test."""
    assert _elapsed("The club, founded on 15 May 1956, is 70 strong.", "2026-05-15") == []


def _weekday(text: str, published: str) -> list[tuple[str, str]]:
    return _run(text, published, "weekday")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date as the subject, set off by commas, and "this year"
        ("Carnival day, 12 November, falls on a Wednesday this year.", "consistent"),
        ("Carnival day, 12 November, is a Friday this year.", "inconsistent"),
    ],
)
def test_weekday_of_a_date_as_subject(text, expected):
    got = _weekday(text, "2025-01-05")
    assert [s for _, s in got] == [expected]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N a day on average" after the list it is the mean of
        ("Over three days the chairlift carried 1,900, 2,100 and 2,300 skiers - 2,100 a day "
         "on average.", "2,100", "consistent"),
        ("Over three days the chairlift carried 1,900, 2,100 and 2,300 skiers - 2,500 a day "
         "on average.", "2,500", "inconsistent"),
    ],
)  # fmt: skip
def test_average_stated_after_its_figure(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_on_average_without_a_list_is_no_mean():
    got = _arith("The chairlift carried 2,500 skiers a day on average in March.")
    assert got == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "N of the M, a (clear) majority/minority": more or less than half
        ("Some 290 of the 610 nurses, a clear majority, backed the walkout.",
         "a clear majority", "inconsistent"),
        ("Some 330 of the 610 nurses, a clear majority, backed the walkout.",
         "a clear majority", "consistent"),
        ("In all 150 of the 640 workers - a minority - voted.", "a minority", "consistent"),
    ],
)  # fmt: skip
def test_majority_in_words(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_majority_said_is_no_share():
    """ "…, a clear majority said": who said it, not the share of the figures before."""
    got = _arith("Some 150 of the 640 workers voted to strike, a clear majority said.")
    assert all(f != "a clear majority" for f, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # a figure "each" after a list of parts is per one of them, not their total nor a
        # total over a count
        "The three stalls took £400, £500 and £600, or £500 each.",
        "The three stalls took £400, £500 and £600, or £500 each on average.",
    ],
)
def test_each_after_a_list_is_no_total(text):
    assert all(s != "inconsistent" for _, s in _arith(text)), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a total "in all" that names its own noun sums counts of other nouns
        ("Growers at the fair entered 230 apples, 150 pears and 70 plums, 450 fruit in all.",
         "450", "consistent"),
        ("Growers at the fair entered 230 apples, 150 pears and 70 plums, 480 fruit in all.",
         "480", "inconsistent"),
        ("The coaches carried 400 pupils and 30 teachers, 430 people in all.", "430 people",
         "consistent"),
    ],
)  # fmt: skip
def test_total_in_all_of_other_nouns(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_total_in_all_smaller_than_a_part_is_no_sum():
    got = _arith("The school has 12 teachers and 300 pupils, 45 classes in all.")
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share in apposition after "N of the M …", mid-sentence
        ("Some 1,240 of the 1,700 members who voted, nearly three-quarters, backed the plan.",
         "nearly three-quarters", "consistent"),
        ("Some 1,240 of the 1,700 members who voted, a third, backed the plan.",
         "a third", "inconsistent"),
        # the whole opening the sentence, the share after a colon
        ("Of 4,000 new jobs at the mill, 2,400 went to local people: two-fifths.",
         "two-fifths", "inconsistent"),
        ("Of 4,000 new jobs at the mill, 1,600 went to local people: two-fifths.",
         "two-fifths", "consistent"),
        # the whole in the sentence before: "Of those, N - share -", "…, share of them"
        ("Nearly 3,000 parents replied to the survey. Of those, 1,500 - nearly "
         "three-quarters - opposed the change.", "nearly three-quarters", "inconsistent"),
        ("Some 800 farmers joined the march. Organisers said 350 had driven tractors, more "
         "than half of them.", "more than half", "inconsistent"),
        ("Some 800 farmers joined the march. Organisers said 450 had driven tractors, more "
         "than half of them.", "more than half", "consistent"),
    ],
)  # fmt: skip
def test_shares_in_apposition(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_share_of_them_with_two_wholes_before_is_not_bound():
    """Two figures in the sentence before: which whole "of them" means is not known."""
    got = _arith(
        "Some 800 farmers and 90 lorries joined the march. Organisers said 350 had "
        "driven tractors, more than half of them."
    )
    assert all(s != "inconsistent" for _, s in got), got


def test_percent_of_an_unstated_whole_is_inconclusive():
    got = _arith("Some 380 of the pupils at Hale School receive free meals, 18% of the roll.")
    assert got == [("18%", "inconclusive")]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # one part in each sentence before a sentence that sums them
        ("Stewards collected 3.1 tonnes of glass at the festival on Friday. On Saturday they "
         "gathered 2.2 tonnes. That makes 5.3 tonnes over the two days.", "5.3 tonnes",
         "consistent"),
        ("Stewards collected 3.1 tonnes of glass at the festival on Friday. On Saturday they "
         "gathered 2.2 tonnes. That makes 6.3 tonnes over the two days.", "6.3 tonnes",
         "inconsistent"),
    ],
)  # fmt: skip
def test_total_of_one_part_a_sentence(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_total_after_a_sentence_of_two_parts_and_one_of_one_is_not_bound():
    got = _arith(
        "Crews cleared 2.4 tonnes and 0.8 tonnes on Saturday. On Sunday they added "
        "1.9 tonnes. That makes 5.1 tonnes over the weekend."
    )
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "…, bringing the total to N" after one part and the list of the sentence before
        ("The ward has 40 surgical beds and 25 medical ones. Its day unit adds 12, bringing "
         "the total to 77.", "77", "consistent"),
        ("The ward has 40 surgical beds and 25 medical ones. Its day unit adds 12, bringing "
         "the total to 87.", "87", "inconsistent"),
    ],
)  # fmt: skip
def test_running_total_across_sentences(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_running_total_ignores_a_larger_figure_before():
    got = _arith(
        "The hospital employs 900 staff. Its day unit adds 12 beds, bringing the total to 52."
    )
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council's budget of £52.5m splits into £24.1m for roads, £16.9m for schools "
         "and £11.5m for housing.", "consistent"),
        ("The council's budget of £52.5m splits into £24.1m for roads, £16.9m for schools "
         "and £13.5m for housing.", "inconsistent"),
    ],
)  # fmt: skip
def test_total_splits_into_parts(text, expected):
    assert ("£52.5m", expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "each" before the figure per one
        ("A £1.8 million grant pot will be split evenly among 30 clubs, giving each "
         "£60,000.", "consistent"),
        ("A £1.8 million grant pot will be split evenly among 30 clubs, with each "
         "receiving £80,000.", "inconsistent"),
    ],
)  # fmt: skip
def test_each_before_the_figure(text, expected):
    got = _arith(text)
    assert any(s == expected for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a rate, and its total over the one period of the next sentence
        ("The bridge toll raises £20,000 a week. Over a 52-week year that is £1.04m.",
         "£1.04m", "consistent"),
        ("The bridge toll raises £20,000 a week. Over a 52-week year that is £1.4m.",
         "£1.4m", "inconsistent"),
        ("The council pays its operator £200,000 a month. It says the five-year contract is "
         "worth £10m.", "£10m", "inconsistent"),
    ],
)  # fmt: skip
def test_rate_times_period_of_the_next_sentence(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_age_in_the_next_sentence_is_no_period():
    got = _arith("The toll raises £20,000 a week. The bridge, opened 5 years ago, cost £40m.")
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # count × price, the sum in the next sentence opened by "Together"
        ("Each of the 80 new flats is priced at €250,000. Together they are on sale for "
         "€20 million.", "€20 million", "consistent"),
        ("Each of the 80 new flats is priced at €250,000. Together they are on sale for "
         "€24 million.", "€24 million", "inconsistent"),
    ],
)  # fmt: skip
def test_price_times_count_summed_in_the_next_sentence(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a rate, and a count of its periods in the next sentence ("on 200 working days")
        ("Drivers will pay $4 a day to enter the centre. A commuter who drives in on 200 "
         "working days a year would pay $800.", "$800", "consistent"),
        ("Drivers will pay $4 a day to enter the centre. A commuter who drives in on 200 "
         "working days a year would pay $900.", "$900", "inconsistent"),
    ],
)  # fmt: skip
def test_rate_times_counted_periods_of_the_next_sentence(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a rate "for each of" a count, restated over a longer period
        ("The firm pays £1,000 a month for each of its 12 vans, or £144,000 a year.",
         "£144,000", "consistent"),
        ("The firm pays £1,000 a month for each of its 12 vans, or £124,000 a year.",
         "£124,000", "inconsistent"),
    ],
)  # fmt: skip
def test_rate_for_each_of_a_count(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a total over the months of its parts, set off by a dash
        ("Seal pups counted on the island: 800 in December, 650 in January - nearly 1,300 "
         "in two months.", "1,300", "inconsistent"),
        ("Seal pups counted on the island: 800 in December, 650 in January - 1,450 in two "
         "months.", "1,450", "consistent"),
    ],
)  # fmt: skip
def test_total_over_the_months_of_its_parts(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_total_over_months_with_other_periods_is_not_bound():
    """Three months named for a total "in two months": not one part a month."""
    got = _arith(
        "Seal pups counted: 800 in December, 650 in January and 90 in February - "
        "1,300 in two months."
    )
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a multiple of the figure before it against the one figure of the sentence before
        ("The rescue centre rehomed 84 cats last year. This year it has rehomed 130, so "
         "rehoming has doubled.", "doubled", "inconsistent"),
        ("The rescue centre rehomed 84 cats last year. This year it has rehomed 170, so "
         "rehoming has doubled.", "doubled", "consistent"),
        ("Carrow had 2,400 ferry crossings a month in 2016. It now has 600, a quarter as "
         "many.", "a quarter", "consistent"),
        ("Carrow had 2,400 ferry crossings a month in 2016. It now has 1,200, a quarter as "
         "many.", "a quarter", "inconsistent"),
    ],
)  # fmt: skip
def test_multiple_against_the_sentence_before(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_multiple_with_two_figures_before_is_not_bound():
    got = _arith(
        "The shelter took in 96 dogs and 40 cats last year. This year it has taken "
        "151, so intake has doubled."
    )
    assert all(s != "inconsistent" for _, s in got), got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a difference ending its sentence, against one figure in each of the two before
        ("The Ember flats are 74 metres tall. The older house next door stands 52 metres. "
         "The new block is 22 metres taller.", "22 metres", "consistent"),
        ("The Ember flats are 74 metres tall. The older house next door stands 52 metres. "
         "The new block is 32 metres taller.", "32 metres", "inconsistent"),
    ],
)  # fmt: skip
def test_difference_over_the_two_sentences_before(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_difference_across_sentences_of_other_units_is_not_bound():
    got = _arith(
        "The Ember flats are 74 metres tall. The house next door has 52 rooms. The "
        "new block is 32 metres taller."
    )
    assert all(s != "inconsistent" for _, s in got), got
