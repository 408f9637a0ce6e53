"""Families of wording from the fourth blind set's arithmetic misses, in our own words."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _arith(text: str, published: str = "2025-06-02") -> list[tuple[str, str]]:
    doc = Document(id="a", text=text, published=published)
    return [(r.text, r.status) for r in check_document(doc, None, checks=["arithmetic"])]


def _statuses(text: str) -> set[str]:
    return {status for _, status in _arith(text)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the list of shares goes on after its "and" with ", with …"
        ("The survey has the Greens on 30%, Labour on 25% and the Tories on 20%, with "
         "independents on 15% and others on 10%.", "10%", "consistent"),
        ("The survey has the Greens on 30%, Labour on 25% and the Tories on 20%, with "
         "independents on 15% and others on 20%.", "20%", "inconsistent"),
    ],
)  # fmt: skip
def test_poll_list_carried_on_past_its_and(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_poll_rest_in_another_clause_does_not_make_a_short_list_complete():
    """Shares below 100% are only inconsistent when the list itself names the rest."""
    got = _arith("In the vote Ames got 40%, Bell 25% and Cole 20%; others were not counted.")
    assert "inconsistent" not in {s for _, s in got}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a whole, a run of its parts, and what is left of it across a ";"
        ("The ship had 500 crew, of whom 300 were Filipino and 150 Indian; the other 50 came "
         "from Europe.", "50", "consistent"),
        ("The ship had 500 crew, of whom 300 were Filipino and 150 Indian; the other 80 came "
         "from Europe.", "80", "inconsistent"),
        # shares and what is left of 100%
        ("Asked about the bridge, 61% said yes and 30% said no; the remaining 9% had no view.",
         "9%", "consistent"),
        ("Asked about the bridge, 61% said yes and 30% said no; the remaining 19% had no view.",
         "19%", "inconsistent"),
    ],
)  # fmt: skip
def test_what_is_left_after_a_run_of_parts(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_whole_its_parts_and_the_rest_make_no_false_alarm_on_the_whole():
    got = _arith("The ship had 500 crew, of whom 300 were Filipino and 150 Indian; the other 50 "
                 "came from Europe.")  # fmt: skip
    assert "inconsistent" not in {s for _, s in got}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a section tag before the "Of the …" opener
        ("HOUSING - Of the 250 flats on the estate, 50 - 20% - are let to key workers.", "20%",
         "consistent"),
        ("HOUSING - Of the 250 flats on the estate, 50 - 30% - are let to key workers.", "30%",
         "inconsistent"),
        # "of which" puts the part after the whole
        ("Sales came to £600m, of which £150m - 25% - were online.", "25%", "consistent"),
        ("Sales came to £600m, of which £150m - 40% - were online.", "40%", "inconsistent"),
    ],
)  # fmt: skip
def test_share_set_off_by_dashes(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a hedge that says which side the share lies on is tested on the share
        ("More than a third of the 600 pupils - 180 - walk to school.", "More than a third",
         "inconsistent"),
        ("More than a third of the 600 pupils - 230 - walk to school.", "More than a third",
         "consistent"),
        ("Nearly 30% of the 2,000 members - 560 people - voted.", "Nearly 30%", "consistent"),
        # "half the" takes its whole without "of"
        ("Half the 40 trustees - 14 in all - resigned.", "14", "inconsistent"),
        ("Half the 40 trustees - 20 in all - resigned.", "20", "consistent"),
    ],
)  # fmt: skip
def test_fraction_of_a_whole_with_the_part_set_off(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_number_glued_to_a_word_is_a_label_not_a_part():
    """ "under-16s" names an age group: its 16 is no figure to compare."""
    got = _arith("Almost 50% of the club's 400 under-16s - 190 players - are girls.")
    assert all(text != "16" for text, _ in got)
    assert "inconsistent" not in {s for _, s in got}


def test_fraction_of_an_unstated_whole_is_inconclusive():
    got = _arith("A quarter of staff at the depot - 60 people - will retire.")
    assert ("A quarter", "inconclusive") in got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the whole in the sentence before, pointed back to by "of them", "of those jobs"
        ("The council got 400 complaints in May. It upheld 60 of them, 15% of the total.", "15%",
         "consistent"),
        ("The council got 400 complaints in May. It upheld 60 of them, 25% of the total.", "25%",
         "inconsistent"),
        ("The mill employs 1,200 people on two sites and made 9,000 tonnes of paper. It will cut "
         "400 of those jobs, a third of the workforce, next year.", "a third", "consistent"),
        ("The mill employs 1,200 people on two sites and made 9,000 tonnes of paper. It will cut "
         "200 of those jobs, a third of the workforce, next year.", "a third", "inconsistent"),
        ("The reserve covers 90 hectares. Two-thirds of it, 60 hectares, is woodland.",
         "60 hectares", "consistent"),
    ],
)  # fmt: skip
def test_share_of_a_whole_in_the_sentence_before(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a difference that ends its clause, after two figures compared
        ("The library lent 5,400 books this spring compared with 6,000 a year before, 600 "
         "fewer.", "600", "consistent"),
        ("The library lent 5,400 books this spring compared with 6,000 a year before, 400 "
         "fewer.", "400", "inconsistent"),
        # an overall majority is over all the others together
        ("The Greens won 31 of the 55 seats, an overall majority of seven.", "seven",
         "consistent"),
        ("The Greens won 31 of the 55 seats, an overall majority of nine.", "nine",
         "inconsistent"),
        # a gap to a rival whose figure comes after "on"
        ("Rovers have 48 points with six games to play, 5 behind the leaders, United, on 53.",
         "5", "consistent"),
        ("Rovers have 48 points with six games to play, 7 behind the leaders, United, on 53.",
         "7", "inconsistent"),
        # a change in the figures' own units after "to" and "from"
        ("Exclusions rose to 940 this term, up from 800 last term - a rise of 140.", "140",
         "consistent"),
        ("Exclusions rose to 940 this term, up from 800 last term - a rise of 240.", "240",
         "inconsistent"),
    ],
)  # fmt: skip
def test_differences_of_a_compared_pair(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "on last year's" introduces the earlier figure
        ("The catch, 5.5 million tonnes, was 10% up on last year's 5 million.", "10%",
         "consistent"),
        ("The catch, 5.5 million tonnes, was 20% up on last year's 5 million.", "20%",
         "inconsistent"),
        # "by X a month, to Y, from Z": the rate's period between the change and its figure
        ("The fare is up by £6 a month, to £66, from £60 last spring.", "£66", "consistent"),
        ("The fare is up by £6 a month, to £70, from £60 last spring.", "£70", "inconsistent"),
        # a fraction states the change, not the ratio
        ("Parking permits rise by a quarter in April, from £80 to £100.", "a quarter",
         "consistent"),
        ("Parking permits rise by a quarter in April, from £80 to £92.", "a quarter",
         "inconsistent"),
        # points with only the later share: nothing to test
        ("Support for the plan is up 4 points to 38%, the survey found.", "4 points",
         "inconclusive"),
    ],
)  # fmt: skip
def test_changes_with_their_earlier_figure(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # per one of the noun another figure counts
        ("The school spent £7,500 on laptops, or £250 per laptop for the 30 laptops it bought.",
         "£250", "consistent"),
        ("The school spent £7,500 on laptops, or £350 per laptop for the 30 laptops it bought.",
         "£350", "inconsistent"),
        ("There were 900 bids for 60 allotments, 15 for every allotment.", "15", "consistent"),
        ("There were 900 bids for 60 allotments, 25 for every allotment.", "25", "inconsistent"),
        # restated per unit in the next sentence
        ("The quarry sold 800 tonnes of sand for £24,000. That is £30 a tonne.", "£30",
         "consistent"),
        ("The quarry sold 800 tonnes of sand for £24,000. That is £40 a tonne.", "£40",
         "inconsistent"),
        # no count of heads to divide by
        ("The £5m parking levy works out at £120 a head, the council said.", "£120",
         "inconclusive"),
    ],
)  # fmt: skip
def test_per_unit_of_a_counted_noun(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_per_unit_price_beside_a_change_is_no_per_unit_check():
    got = _arith("Diesel costs £1.50 a litre, up from £1.35, and the van used 40 litres.")
    assert all(text != "£1.50" or status != "inconsistent" for text, status in got)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an average "each" over the one count of the sentence
        ("The 80 stallholders paid £16,000, an average of £200 each.", "£200", "consistent"),
        ("The 80 stallholders paid £16,000, an average of £250 each.", "£250", "inconsistent"),
        # an average per a noun the text does not count
        ("The pickers gathered 900 kilos of apples, an average of 45 kilos a tree.", "45 kilos",
         "inconclusive"),
        # what each gets, and the total set off after it
        ("The 8 finalists each receive £5,000, £40,000 in grants.", "£40,000", "consistent"),
        ("The 8 finalists each receive £5,000, £45,000 in grants.", "£45,000", "inconsistent"),
        # a rate over "the decade"
        ("The club pays £20,000 a year over the decade, £200,000 in all.", "£200,000",
         "consistent"),
        ("The club pays £20,000 a year over the decade, £150,000 in all.", "£150,000",
         "inconsistent"),
        # a multiple of a figure the text does not give
        ("The museum drew 40,000 visitors in May, three times as many as the gallery.",
         "three times", "inconclusive"),
    ],
)  # fmt: skip
def test_averages_products_and_periods(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the rest, named beside it, closes a poll list across ";"
        ("The poll gives Ames 45%, Bell 30% and Cole 15%; 10% are undecided.", "10%",
         "consistent"),
        ("The poll gives Ames 45%, Bell 30% and Cole 15%; 20% are undecided.", "20%",
         "inconsistent"),
        # a list joined only by "and", then its total after a comma
        ("She paid £400 and was charged a £50 fee and £30 interest, £480 in all.", "£480",
         "consistent"),
        ("She paid £400 and was charged a £50 fee and £30 interest, £520 in all.", "£520",
         "inconsistent"),
        # what is left after "leaving … of"
        ("Sales reached £90m and costs £70m, leaving a profit of £20m.", "£20m", "consistent"),
        ("Sales reached £90m and costs £70m, leaving a profit of £25m.", "£25m", "inconsistent"),
        # counts of named kinds set off after the total: a sum that misses is only inconclusive
        ("The choir has 64 singers this year, 40 women and 24 men, the most yet.", "64 singers",
         "consistent"),
        ("The choir has 64 singers this year, 40 women and 20 men, the most yet.", "64 singers",
         "inconclusive"),
    ],
)  # fmt: skip
def test_totals_and_what_is_left(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_counts_in_dated_clauses_after_a_total_are_no_breakdown():
    got = _arith("The club sold 900 season tickets, 500 adults in 2023 and 300 children in 2024.")
    assert "inconsistent" not in {s for _, s in got}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the earlier figure in the next sentence, dated a year before
        ("Visits to the castle rose 10% to 55,000 last year. In 2023 it had 50,000 visitors.",
         "10%", "consistent"),
        ("Visits to the castle rose 20% to 55,000 last year. In 2023 it had 50,000 visitors.",
         "20%", "inconsistent"),
        # "N% more than" with no earlier figure
        ("The fair took £80,000 at the gate this summer, 15% more than before the rebuild.",
         "15%", "inconclusive"),
    ],
)  # fmt: skip
def test_changes_against_a_neighbouring_or_missing_figure(text, figure, expected):
    assert (figure, expected) in _arith(text, published="2025-02-10")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share in words between spaced dashes, of a whole named before "of them"
        ("The inspectors checked 1,500 lorries and 300 of them - one in five - were overweight.",
         "one in five", "consistent"),
        ("The inspectors checked 1,500 lorries and 150 of them - one in five - were overweight.",
         "one in five", "inconsistent"),
        # a part, a short clause, and "by"/"from" the whole's owner before the whole
        ("1,300 votes were cast by the club's 2,000 members - about 65%.", "65%", "consistent"),
        ("1,300 votes were cast by the club's 2,000 members - about 80%.", "80%",
         "inconsistent"),
    ],
)  # fmt: skip
def test_shares_of_a_whole_named_before(text, figure, expected):
    assert any(t.endswith(figure) and s == expected for t, s in _arith(text))


def test_one_in_five_year_is_no_share():
    """A hyphen glued to the last word makes a compound ("one in five-year"), not a share."""
    got = _arith("Of the 300 loans, 60 - one in five-year terms - were repaid early.")
    assert all("one in" not in t for t, _ in got)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a figure after a dash glued to the same symbol as the money before it is money
        ("The trust shared out £2.4m - £1m for roofs, £800,000 for heating and £600,000 for "
         "windows.", "£2.4m", "consistent"),
        ("The trust shared out £2.6m - £1m for roofs, £800,000 for heating and £600,000 for "
         "windows.", "£2.6m", "inconsistent"),
        ("The 2.5-mile tunnel cost £50m - £20m a mile.", "£20m", "consistent"),
        ("The 2.5-mile tunnel cost £50m - £30m a mile.", "£30m", "inconsistent"),
        # the total of a sale in the next sentence, after a verb of grossing
        ("At the show 300 ewes sold at an average of £150. The sale grossed £45,000.",
         "£45,000", "consistent"),
        ("At the show 300 ewes sold at an average of £150. The sale grossed £54,000.",
         "£54,000", "inconsistent"),
    ],
)  # fmt: skip
def test_money_after_a_dash_and_sales_told_in_two_sentences(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share of a capacity the figure's own words state
        ("The crowd was 18,000 in the 24,000-capacity arena, or 75% of capacity.", "75%",
         "consistent"),
        ("The crowd was 18,000 in the 24,000-capacity arena, or 60% of capacity.", "60%",
         "inconsistent"),
        # a rate times a count of its periods
        ("The ferry carries 300 cars a day on 250 sailing days, 75,000 a year.", "75,000",
         "consistent"),
        ("The ferry carries 300 cars a day on 250 sailing days, 95,000 a year.", "95,000",
         "inconsistent"),
    ],
)  # fmt: skip
def test_capacity_shares_and_counted_periods(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a total, ", with" and its parts: a sum that misses is only inconclusive
        ("The fete drew 3,000 people, with 1,800 in the afternoon and 1,200 in the evening.",
         "3,000 people", "consistent"),
        ("The fete drew 3,000 people, with 1,800 in the afternoon and 700 in the evening.",
         "3,000 people", "inconclusive"),
        # a change told without figures, and the next sentence's pair "from" … "to"
        ('"We have doubled our fleet," the operator said. It has gone from 40 buses to 80.',
         "doubled", "consistent"),
        ('"We have tripled our fleet," the operator said. It has gone from 40 buses to 80.',
         "tripled", "inconsistent"),
        ('"We cut our water use by a third," she said. It fell from 900 litres to 600 litres.',
         "a third", "consistent"),
        # an average named as the subject's own, of the list in the sentence before
        ("He ran 10, 12 and 14 miles on his three outings. His average, 12, was a record.",
         "12", "consistent"),
        ("He ran 10, 12 and 14 miles on his three outings. His average, 15, was a record.",
         "15", "inconsistent"),
        # a majority with no two figures to subtract
        ("The coalition held on with a majority of 12 in the 120-seat assembly.", "12",
         "inconclusive"),
    ],
)  # fmt: skip
def test_parts_changes_and_averages_across_clauses(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_a_list_after_a_total_is_no_breakdown():
    """ "pays for 30 nurses, two ambulances and 12 beds" lists things; it breaks nothing down."""
    got = _arith("The £9m plan pays for 30 nurses, two ambulances and repairs to 12 wards.")
    assert all(text != "30 nurses" for text, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        # what is left counts another noun than the whole
        "The coach carried 52 pupils, of whom 30 were girls; the other 4 staff sat at the front.",
        # "leaving" a sum that is no remainder of the two before
        "Sales reached £90m and costs £70m, leaving the group with debts of £35m.",
        # the year of the earlier figure is not the year before
        "Visits rose 10% to 55,000 last year. In 2015 the castle had 40,000 visitors.",
        # a share of another whole than the one pointed back to
        "The inspectors checked 1,500 lorries and 150 of them - one in five of the foreign "
        "lorries - were overweight.",
        # a sale of other goods in the next sentence
        "At the show 300 ewes sold at an average of £150. The sale of rams grossed £20,000.",
        # a change told without figures, and another quantity's change in the next sentence
        '"We have tripled our output," she said. Prices have gone from £140 to £290.',
        # a fraction of one change, and another item's prices in another clause
        "Season tickets go up by a fifth next year, while day tickets rise from £45 to £50.",
        # a rate on a count of its periods, then a difference, not their product
        "The mill grinds 500 tonnes a day on 280 working days, 15 more than last year.",
        # a figure of another order in the next sentence is another quantity
        "Fares rose 4% to £260 last year. In 2023 a season ticket cost £2,500.",
        # "300 of them" is a part of the figure before, not its later value
        "The fund got 900 bids. It backed 300 of them, 30% more than last year.",
        # "half of them" is of the part just named, not of the whole before
        "The plant employs 800 people. It will cut 200 of those jobs, half of them in Hull.",
        # a value after costs is no plain product
        "Tin fetched $30,000 a tonne, and the 200-tonne stockpile is worth $5m after costs.",
        # a breakdown that goes on past its "and": the last part after ", with"
        "Of the 120 councillors, 70 voted for the plan and 40 against, with 10 absent.",
        # a breakdown short of its total while more figures of its kind follow
        "Of the 120 councillors, 70 voted for the plan and 40 against; 10 were absent.",
        # a change restated in money and percent: the money is no later level
        "Sales were £50m, up from £40m - a rise of £10m, or 25%.",
        # the number of an index's name is no figure
        "The FTSE 100 rose 1.2% to 8,250 and the S&P 500 gained 0.8% to 5,400.",
        # a bare number of a dateline is no later level of a change
        "LONDON, Jan 22 - Output fell 2.5% in December to an annual rate of 1.95 million "
        "from 2 million.",
        # an earlier level after "up from" is no part of the whole ("Of the 20 clubs, …")
        "Of the 24 councils in the region, 15 have a woman leader, up from 8 in 2019.",
        # two counts of different things are no pair of a fractional change
        "The six-month trial, with 900 pupils at 30 schools, cut absences by a quarter.",
        # "of the total - and" is no whole after a share
        "The 1,000-home scheme will include 300 social homes - 30% of the total - and a park.",
        # "undecided" is not everyone else: the other parties may be unlisted
        "Of the 2,000 voters asked, 38% backed the Greens and 30% Labour, with 12% undecided.",
        # a part set off by dashes after a fraction is the share's, no breakdown's first part
        "A quarter of the 80 trains - 20 - ran late, and a further 4 were cancelled.",
        # an average with several figures that could be its total and none named as it
        "The choir sang 30 concerts in 8 cities, to a total audience of 24,000, an average of "
        "800 a night.",
    ],
)
def test_no_false_alarm_on_look_alikes(text):
    assert "inconsistent" not in _statuses(text), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a price per one of a noun times the figure that counts it
        ("Copper fetched $9,000 a tonne, putting the 500-tonne shipment's value at $4.5 "
         "million.", "$4.5 million", "consistent"),
        ("Copper fetched $9,000 a tonne, putting the 500-tonne shipment's value at $5.5 "
         "million.", "$5.5 million", "inconsistent"),
        ("At £15 an hour, a 40-hour week earns a porter £600.", "£600", "consistent"),
        ("At £15 an hour, a 40-hour week earns a porter £680.", "£680", "inconsistent"),
        # a poll list that goes on into the next sentence, which names the rest
        ("Ames leads on 45%, with Bell on 30%. Cole has 15% and 10% are undecided.", "10%",
         "consistent"),
        ("Ames leads on 45%, with Bell on 30%. Cole has 15% and 20% are undecided.", "20%",
         "inconsistent"),
    ],
)  # fmt: skip
def test_per_unit_products_and_polls_across_sentences(text, figure, expected):
    assert (figure, expected) in _arith(text)


@pytest.mark.parametrize(
    "text",
    [
        # a whole list, then another group's share in the next sentence
        "Labour has 40%, the Tories 35% and the Greens 25%. Among the young, 60% are undecided.",
        # a list that names its own rest, then a list of another poll
        "Ames has 50%, Bell 30% and others 20%. In the suburbs Cole has 40% and 10% are unsure.",
    ],
)
def test_no_poll_sum_across_sentences_of_two_lists(text):
    assert "inconsistent" not in _statuses(text), _arith(text)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "That is a rise of N%" about the figures of the sentences before
        ("The depot sent 20,000 parcels last year. It now sends 25,000. That is a rise of 25%.",
         "25%", "consistent"),
        ("The depot sent 20,000 parcels last year. It now sends 25,000. That is a rise of 40%.",
         "40%", "inconsistent"),
        ("The school had 300 pupils in 2020 and has 360 now. That is an increase of 20%.",
         "20%", "consistent"),
    ],
)  # fmt: skip
def test_change_stated_in_a_sentence_of_its_own(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_change_of_two_different_things_is_no_change():
    got = _arith("The school had 300 pupils in 2020 and 40 teachers. That is a rise of 20%.")
    assert "inconsistent" not in {s for _, s in got}


def test_share_with_neither_part_nor_whole_is_inconclusive():
    got = _arith("Ticket sales made up 35% of the theatre's income last year, its director said.")
    assert ("35%", "inconclusive") in got


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "each of" a count, a verb, the price, and the total after it
        ("Each of the 6 villages gets £3,000, £18,000 altogether.", "£18,000", "consistent"),
        ("Each of the 6 villages gets £3,000, £24,000 altogether.", "£24,000", "inconsistent"),
        # a monthly rate over the decade
        ("The lease costs £2,000 a month over the decade, £240,000 in all.", "£240,000",
         "consistent"),
        ("The lease costs £2,000 a month over the decade, £200,000 in all.", "£200,000",
         "inconsistent"),
        # parts by the day after ", with"
        ("The show drew 9,000 people, with 5,000 on Friday and 4,000 on Saturday.",
         "9,000 people", "consistent"),
    ],
)  # fmt: skip
def test_each_of_monthly_decades_and_parts_by_day(text, figure, expected):
    assert (figure, expected) in _arith(text)


def test_average_of_a_list_beside_a_count_of_what_it_is_over():
    """ "scored 18, 24 and 27 in the three games, averaging 26": the mean of the list, not the
    first figure over the count."""
    got = _arith("She scored 10, 14 and 18 goals in the three seasons, averaging 17 a season.")
    assert ("17", "inconsistent") in got
    got = _arith("She scored 10, 14 and 18 goals in the three seasons, averaging 14 a season.")
    assert ("14", "consistent") in got


def test_part_of_one_of_two_wholes_before_is_inconclusive():
    got = _arith("The clinic saw 3,000 patients in 2023 and 3,600 in 2024. About 900 of them came "
                 "from abroad, some 30%.")  # fmt: skip
    assert ("30%", "inconclusive") in got
    got = _arith("The fund got 500 bids. It backed 50 of them, 10%.")
    assert ("10%", "consistent") in got
