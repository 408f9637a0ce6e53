# ruff: noqa: E501
"""Families of totals, shares, rates, averages, polls and prices worked after blind set 9, in
our own words: each with consistent, inconsistent and inconclusive variants and look-alikes
that must make no false alarm."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic, _decided, _statuses

# ------------------------------------------------ price per one measure, quantity in another


def test_a_price_per_kilo_times_tonnes_is_scaled() -> None:
    text = "The mill sold 2.5 tonnes of flour at £3 a kilo, earning {}."
    assert _arithmetic(text.format("£7,500")) == [("£7,500", "consistent")]
    assert _arithmetic(text.format("£750")) == [("£750", "inconsistent")]
    text = "The dairy sold 40 litres of cream at 90p per ml, making £{}."
    assert _arithmetic(text.format("36,000")) == [("£36,000", "consistent")]
    text = "A quarry shipped 800 kg of slate at $2 a gram, worth ${}."
    assert _arithmetic(text.format("1.6 million")) == [("$1.6 million", "consistent")]
    assert _arithmetic(text.format("1,600")) == [("$1,600", "inconsistent")]


def test_a_price_per_another_kind_of_measure_is_inconclusive() -> None:
    # tonnes at a price per litre: no product can be formed, so no verdict either way
    assert _statuses("The mill sold 2.5 tonnes of oil at £3 a litre, earning £7,500.") <= {
        "inconclusive"
    }
    assert _statuses("The farm sold 12 tonnes of hay at £9 a metre, making £108,000.") <= {
        "inconclusive"
    }


def test_a_price_per_its_own_noun_is_unscaled() -> None:
    assert _arithmetic("The firm bought 300 tonnes of sand at £40 a tonne, for £12,000.") == [
        ("£12,000", "consistent")
    ]


# ----------------------------------------- a product set off after the price, then "in total"


def test_a_product_after_its_price_then_a_word_of_summing() -> None:
    text = "The school bought 400 boxes of paper at £12 a box, {} in total, and has used most."
    assert _arithmetic(text.format("£4,800")) == [("£4,800", "consistent")]
    assert _arithmetic(text.format("£5,800")) == [("£5,800", "inconsistent")]
    text = "The council ordered 1,500 tonnes of salt at £52 a tonne, {} in all."
    assert _arithmetic(text.format("£78,000")) == [("£78,000", "consistent")]
    assert _arithmetic(text.format("£68,000")) == [("£68,000", "inconsistent")]
    text = "The museum sold 2,000 tickets at €15 each, {} altogether."
    assert _arithmetic(text.format("€30,000")) == [("€30,000", "consistent")]


def test_an_amount_after_a_price_that_is_no_sum() -> None:
    # "more than last year": a difference, not the product
    assert _statuses("The school bought 400 boxes at £12 a box, £4,800 more than in 2023.") == set()


# ----------------------------------------- a count of pieces before the breakdown's colon


def test_a_count_of_pieces_before_the_list() -> None:
    text = "The 860 members are split between three sites: 410 at Ashby, 260 at Brook and {} at Carlow."
    assert _arithmetic(text.format(190)) == [("860 members", "consistent")]
    assert _arithmetic(text.format(290)) == [("860 members", "inconsistent")]
    text = "The club's 75 boats are divided among four marinas: 30 at Ely, 20 at Soham, 15 at March and {} at Wisbech."
    assert _arithmetic(text.format(10)) == [("75 boats", "consistent")]
    assert _arithmetic(text.format(30)) == [("75 boats", "inconsistent")]


def test_a_count_of_pieces_that_the_list_does_not_match() -> None:
    # four marinas named, three figures: not the breakdown counted, so nothing is tested
    assert (
        _arithmetic(
            "The club's 75 boats are divided among four marinas: 30 at Ely, 20 at Soham and 15 at March."
        )
        == []
    )
    assert (
        _arithmetic(
            "The 500 staff work in two buildings: 300 in the north wing, 150 in the south and 50 at home."
        )
        == []
    )


# -------------------------------------- "Of those, A … and B …": two parts of the total before


def test_two_parts_after_of_those() -> None:
    text = "Calls to the helpline reached 930 last month. Of those, 510 were about rent and {} were about repairs."
    assert _arithmetic(text.format(420)) == [("930", "consistent")]
    # more than the whole: wrong whatever else there is
    assert _arithmetic(text.format(520)) == [("930", "inconsistent")]
    # short of it: the two named may not be all
    assert _arithmetic(text.format(200)) == [("930", "inconclusive")]
    text = "The shelter took in 240 dogs in 2024. Of them, 150 were rehomed and {} went back to owners."
    assert _arithmetic(text.format(90)) == [("240 dogs", "consistent")]
    assert _arithmetic(text.format(130)) == [("240 dogs", "inconsistent")]


def test_a_bound_after_a_noun_qualifies_it_and_is_no_part() -> None:
    text = "Falls seen by the ward rose to 640 last year. Of those, 410 were of patients over 80 and {} were younger."
    assert _arithmetic(text.format(230)) == [("640", "consistent")]
    assert _arithmetic(text.format(330)) == [("640", "inconsistent")]


def test_a_clause_after_a_semicolon_is_no_part() -> None:
    text = "The food bank fed 530 families in May. Of these, 300 had children and {} did not; it opened at 9."
    assert _arithmetic(text.format(230)) == [("530 families", "consistent")]
    assert "inconsistent" not in _statuses(text.format(200))


def test_one_part_after_of_those_says_nothing() -> None:
    assert _arithmetic("The trust has 640 members. Of those, 200 joined this year.") == []


# ------------------------------------- a sum opening the next sentence, a target after it


def test_a_sum_before_a_clause_of_its_target() -> None:
    text = "The library fair raised £12,400 from book sales in May and £6,100 from a raffle. In all, {} has been raised, short of the £20,000 goal."
    assert _arithmetic(text.format("£18,500")) == [("£18,500", "consistent")]
    assert _arithmetic(text.format("£19,500")) == [("£19,500", "inconsistent")]
    text = "Donors gave $3,000 in June and $4,500 in July. Altogether, {} came in, against $10,000 hoped for."
    assert _arithmetic(text.format("$7,500")) == [("$7,500", "consistent")]
    assert _arithmetic(text.format("$8,500")) == [("$8,500", "inconsistent")]


# ---------------------------------------------------------------- poll results and the rest


def test_results_listed_must_sum_to_a_hundred() -> None:
    text = "Results: Adams 41.2%, Brent 30.3%, Cole 18.1% and Dove {}%. Turnout fell."
    assert _arithmetic(text.format("10.4")) == [("10.4%", "consistent")]
    assert _arithmetic(text.format("16.4")) == [("16.4%", "inconsistent")]
    text = "Final results: Ortiz 48%, Kane 33% and Lund {}%, the returning officer said."
    assert _arithmetic(text.format(19)) == [("19%", "consistent")]
    assert _arithmetic(text.format(29)) == [("29%", "inconsistent")]


def test_results_short_of_a_hundred_are_inconclusive() -> None:
    assert _arithmetic("Results: Adams 41.2%, Brent 30.3% and Cole 18.1%. Turnout fell.") == [
        ("18.1%", "inconclusive")
    ]


def test_the_rest_of_a_group_of_people_in_the_next_sentence() -> None:
    text = "Fifty-two per cent of members backed the merger and 31 per cent opposed it. The remaining {} per cent were undecided."
    assert _arithmetic(text.format(17)) == [("17 per cent", "consistent")]
    assert _arithmetic(text.format(27)) == [("27 per cent", "inconsistent")]
    text = "In the survey 61% of tenants wanted a new lift and 24% did not. The remaining {}% had no view."
    assert _arithmetic(text.format(15)) == [("15%", "consistent")]
    assert _arithmetic(text.format(25)) == [("25%", "inconsistent")]


def test_shares_of_things_or_changes_are_no_split() -> None:
    # (a share or change with no figures of its own may be left untested, inconclusive)
    assert (
        _decided(
            "Some 40% of the homes have gardens and 35% of the flats have balconies. The remaining 25% have neither."
        )
        == []
    )
    assert (
        _decided(
            "Sales rose 52% in the north and 31% in the south. The remaining 17% came from exports."
        )
        == []
    )


# ------------------------------------------- a rate, then the total over one period next


def test_over_one_period_that_is_a_total() -> None:
    text = "The loom turns out 3 metres a minute. Over an hour that is {} metres of cloth."
    assert _arithmetic(text.format(180)) == [("180 metres", "consistent")]
    assert _arithmetic(text.format(240)) == [("240 metres", "inconsistent")]
    text = "The hose delivers 4 litres a second. Over an hour that comes to {} litres."
    assert _arithmetic(text.format("14,400")) == [("14,400 litres", "consistent")]
    assert _arithmetic(text.format("1,440")) == [("1,440 litres", "inconsistent")]


def test_one_period_that_is_no_span_of_the_total() -> None:
    # hours in a day are not known (opening hours): no verdict
    assert "inconsistent" not in _statuses(
        "The stall sells 40 cups of tea an hour. Over a day that comes to about 500 cups."
    )
    assert (
        _arithmetic(
            "The loom turns out 3 metres a minute. In an interview, its owner said that is 240 metres."
        )
        == []
    )


# ------------------------------------------- a rate to each recipient, restated per year


def test_a_rate_to_each_recipient_restated() -> None:
    text = "The grant pays £60 a week to each family, or {} a year."
    assert _arithmetic(text.format("£3,120")) == [("£3,120", "consistent")]
    assert _arithmetic(text.format("£2,800")) == [("£2,800", "inconsistent")]
    text = "The bursary gives €150 a month to every student, or {} a year."
    assert _arithmetic(text.format("€1,800")) == [("€1,800", "consistent")]
    assert _arithmetic(text.format("€1,500")) == [("€1,500", "inconsistent")]
    text = "The scheme pays $40 a day for each registered childminder, or ${} a week."
    assert _arithmetic(text.format("280")) == [("$280", "consistent")]


# ---------------------------------------------------------- an average, its list after a colon


def test_an_average_of_the_list_after_its_colon() -> None:
    text = "Snowfall averaged {}cm a month over the winter: 25cm in December, 40cm in January and 25cm in February."
    assert _arithmetic(text.format(30)) == [("30cm", "consistent")]
    assert _arithmetic(text.format(40)) == [("40cm", "inconsistent")]
    text = "Attendance averaged {} a night over the run - 1,100 on Friday, 1,250 on Saturday and 1,260 on Sunday."
    assert _arithmetic(text.format("1,200")) == [("1,200", "consistent")]
    assert _arithmetic(text.format("1,600")) == [("1,600", "inconsistent")]
    text = "Sales averaged {} units a week over the month: 400 in the first week, 450 in the second, 380 in the third and 450 in the fourth."
    assert _arithmetic(text.format(420)) == [("420 units", "consistent")]


def test_an_average_whose_list_goes_on_or_miscounts() -> None:
    # more figures after the list, or a count of periods the list does not match: no verdict
    assert "inconsistent" not in _statuses(
        "Attendance averaged 1,200 a night over the run: 1,100 on Friday and 1,250 on Saturday, with 2,000 more expected."
    )
    assert (
        _arithmetic(
            "Snowfall averaged 30cm a month over four months: 25cm in December, 40cm in January and 25cm in February."
        )
        == []
    )


# ------------------------------------------- a figure a head "for" the count it is shared over


def test_a_figure_a_head_for_the_count_after_it() -> None:
    text = "The £1.8m flood grant works out at {} a head for Marlow's 6,000 residents, the council said."
    assert _arithmetic(text.format("£300")) == [("£300", "consistent")]
    assert _arithmetic(text.format("£450")) == [("£450", "inconsistent")]
    text = "The $640,000 bonus pool works out at {} per worker for the plant's 800 staff."
    assert _arithmetic(text.format("$800")) == [("$800", "consistent")]
    assert _arithmetic(text.format("$1,000")) == [("$1,000", "inconsistent")]
    text = "The €3m scheme works out at {} a head for the 6,000 pupils."
    assert _arithmetic(text.format("€500")) == [("€500", "consistent")]


def test_a_figure_a_head_without_all_the_heads_is_inconclusive() -> None:
    # two groups after "for", or a count in another clause: no count to divide by
    assert _arithmetic(
        "The €3m scheme works out at €500 a head for the 6,000 pupils and 200 teachers."
    ) == [("€500", "inconclusive")]
    assert _arithmetic(
        "The £1.8m grant works out at £300 a head for 2026, when 6,000 residents move in."
    ) == [("£300", "inconclusive")]
    assert _arithmetic("The £1.8m levy works out at £85 a head, the council said.") == [
        ("£85", "inconclusive")
    ]


# ----------------------------------------- the count before a price per one of it, then a sum


def test_a_count_before_its_price_per_one_then_a_sum() -> None:
    text = "Holders of its 1.5 million shares will receive 8p a share, {} in all."
    assert _arithmetic(text.format("£120,000")) == [("£120,000", "consistent")]
    assert _arithmetic(text.format("£150,000")) == [("£150,000", "inconsistent")]
    text = "Owners of the 4,000 plots will be paid £25 a plot, {} in total, the board said."
    assert _arithmetic(text.format("£100,000")) == [("£100,000", "consistent")]
    assert _arithmetic(text.format("£140,000")) == [("£140,000", "inconsistent")]
    text = "The 250 tenants of the block will each get back $60 a flat, ${} altogether."
    assert "inconsistent" not in _statuses(text.format("15,000"))


def test_a_count_before_a_price_per_period_or_a_difference() -> None:
    assert (
        _arithmetic(
            "Owners of the 4,000 plots will be paid £25 a plot, £100,000 more than last year."
        )
        == []
    )
    # a price per month: the text gives no number of months
    assert _statuses("The 300 members pay £40 a month, £12,000 in all.") <= {"inconclusive"}


# ---------------------------------- "Each averaged N" over the one count of the sentence before


def test_each_without_a_noun_over_the_count_before() -> None:
    text = (
        "The 12 depots shipped £4.8m of goods between them in May. Each averaged {}, the firm said."
    )
    assert _arithmetic(text.format("£400,000")) == [("£400,000", "consistent")]
    assert _arithmetic(text.format("£500,000")) == [("£500,000", "inconsistent")]
    text = "The nine stalls took $27,000 over the fair. Each took {}."
    assert _arithmetic(text.format("$3,000")) == [("$3,000", "consistent")]
    assert _arithmetic(text.format("$4,000")) == [("$4,000", "inconsistent")]


def test_each_without_a_noun_and_no_one_count_before() -> None:
    assert _decided("The firm shipped £4.8m of goods in May, up 12. Each averaged £400,000.") == []
    assert "inconsistent" not in _statuses(
        "The 30 crews landed 900 tonnes in the season. Each averaged 30 tonnes."
    )
