"""Families of arithmetic relations the eighth blind set showed, in our own words: the two
ends a multiple is held to."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.models import Document


def _arithmetic(text: str) -> list[tuple[str, str]]:
    doc = Document(id="f9", text=text, published="2025-06-01")
    return [(r.text, r.status) for r in check_document(doc) if r.check == "arithmetic"]


def _decided(text: str) -> list[tuple[str, str]]:
    """The arithmetic results that decide (not those left inconclusive)."""
    return [(t, s) for t, s in _arithmetic(text) if s != "inconclusive"]


def test_a_count_of_another_noun_is_no_end_of_a_multiple() -> None:
    # "the beds at 12 shelters": the shelters are where the beds are, not the beds before
    assert _arithmetic("The charity doubled the beds at 12 shelters to 480.") == [
        ("doubled", "inconclusive")
    ]
    assert _arithmetic("The council tripled the wardens in 6 parks to 90.") == [
        ("tripled", "inconclusive")
    ]
    # the count of another noun between the verb and the pair leaves the pair bound
    assert _arithmetic("The charity doubled the beds at 12 shelters from 240 to 480.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("The charity doubled the beds at 12 shelters from 240 to 400.") == [
        ("doubled", "inconsistent")
    ]


def test_a_count_of_the_changed_noun_stays_an_end() -> None:
    # the same noun on both ends, or a level after "to", is still the change
    assert _arithmetic("The library doubled its loans, to 900 books from 450 books.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("Membership doubled at the club to 300 from 150.") == [
        ("doubled", "consistent")
    ]
    assert _arithmetic("Membership doubled at the club to 300 from 100.") == [
        ("doubled", "inconsistent")
    ]


def test_a_bare_pair_after_a_multiple_runs_from_its_first_figure() -> None:
    # "tripled, 300 to 900": the figure before "to" is the earlier one
    assert _arithmetic("Ferry bookings tripled, 1,200 to 3,600, over the summer.") == [
        ("tripled", "consistent")
    ]
    assert _arithmetic("Ferry bookings tripled, 1,200 to 2,500, over the summer.") == [
        ("tripled", "inconsistent")
    ]
    # "against" still states the later figure first
    assert _arithmetic("Ferry bookings tripled this year, 3,600 against 1,200.") == [
        ("tripled", "consistent")
    ]


def test_a_rate_whose_period_follows_the_thing_counted() -> None:
    # "900 kilograms of wood a day": the period after "of" and the thing counted
    assert _arithmetic(
        "The kiln burns 900 kilograms of wood a day, or 328,500 kilograms a year."
    ) == [("328,500 kilograms", "consistent")]
    assert _arithmetic(
        "The kiln burns 900 kilograms of wood a day, or 400,000 kilograms a year."
    ) == [("400,000 kilograms", "inconsistent")]
    assert _arithmetic(
        "The works treats 30 million litres of waste water a day, about 11 billion litres over "
        "the 365-day year."
    ) == [("11 billion litres", "consistent")]
    # the rate's own period is no span of the total ("a day" against a figure an hour)
    assert _arithmetic("The mill sold 900 bags of flour a day, or 40 bags an hour.") == []


def test_a_total_over_a_period_told_in_the_next_sentence() -> None:
    # "Over a year that is …": the span opens its sentence
    assert _arithmetic(
        "The director's pay is £9,000 a week. Over a year that is more than £460,000."
    ) == [("£460,000", "consistent")]
    assert _arithmetic(
        "The director's pay is £9,000 a week. Over a year that is more than £560,000."
    ) == [("£560,000", "inconsistent")]


def test_a_total_that_adds_up() -> None:
    # "adds up to" is read through the hedge "up to" it contains
    assert _arithmetic(
        "The grant of £2.5m a year for the four-year scheme adds up to £10m, the board said."
    ) == [("£10m", "consistent")]
    assert _arithmetic(
        "The grant of £2.5m a year for the four-year scheme adds up to £12m, the board said."
    ) == [("£12m", "inconsistent")]
    assert _arithmetic("The fee of £300 a month over two years comes to £7,200.") == [
        ("£7,200", "consistent")
    ]


def test_a_rate_rising_to_a_new_level_over_a_period_is_no_total() -> None:
    # "could rise to £400 over two years": the rate's next level, not its sum
    assert _arithmetic("The fee of £300 a month could rise to £400 over two years.") == []
    assert _arithmetic("The toll of £6 a day is expected to climb to £9 over three years.") == []


def test_a_share_naming_its_whole_again_in_words() -> None:
    # "N of the M stalls …, P% of the market": the whole is named again, not given again
    assert _arithmetic("Nine of the 30 stalls are new, 30 per cent of the market.") == [
        ("30 per cent", "consistent")
    ]
    assert _arithmetic(
        "Fourteen of the forty seats went to the Greens, 45 per cent of the council."
    ) == [("45 per cent", "inconsistent")]
    # a second clause or a verb of change before the percentage is another figure
    # (the percentage may be left untested, inconclusive, but is never bound to them)
    assert (
        _decided("Nine of the 30 stalls are new; rents take 40 per cent of the traders' income.")
        == []
    )
    assert _decided("Nine of the 30 stalls are new, and rents rose 40 per cent of late.") == []


def test_a_part_pointing_back_restated_as_a_share() -> None:
    # "Twenty of them are tenors, or 25%": the whole is the sentence before's one larger count
    assert _arithmetic("The choir has 80 singers. Twenty of them are tenors, or 25%.") == [
        ("25%", "consistent")
    ]
    assert _arithmetic("The choir has 80 singers. Twenty of them are tenors, which is 30%.") == [
        ("30%", "inconsistent")
    ]
    # a percentage that compares with another year is no share of the whole
    assert _arithmetic(
        "The choir has 80 singers. Twenty of them joined this year, or 25% more than last year."
    ) != [("25%", "inconsistent")]


def test_a_sale_grossed_in_a_clause_after_its_price() -> None:
    # "With N sold at £P, the show grossed £T": the total opens its own clause
    assert _arithmetic("With 9,000 seats sold at £30, the show grossed £270,000.") == [
        ("£270,000", "consistent")
    ]
    assert _arithmetic("Having sold 2,400 hampers at £45 each, the shop took £120,000.") == [
        ("£120,000", "inconsistent")
    ]
    # a profit, a projection or a change after the price is no product
    assert (
        _arithmetic(
            "After 9,000 seats sold at £30, the theatre made £12,000 profit, after £258,000 "
            "of costs."
        )
        == []
    )
    assert (
        _arithmetic("With 9,000 seats sold at £30, the show expects to make £400,000 next year.")
        == []
    )
    assert (
        _arithmetic("With 9,000 seats sold at £30, the show made £40,000 more than in 2023.") == []
    )


def test_a_sum_per_one_for_every_one_of_a_count() -> None:
    # "£P for every one of the N residents", "to every one of its N members"
    assert _arithmetic(
        "The £12m scheme works out at £300 for every one of the town's 40,000 residents."
    ) == [("£300", "consistent")]
    assert _arithmetic(
        "The £12m scheme works out at £400 for every one of the town's 40,000 residents."
    ) == [("£400", "inconsistent")]
    assert _arithmetic("The fund pays out £6m, or £1,500 to every one of its 4,000 members.") == [
        ("£1,500", "consistent")
    ]
    # with no count of the ones there is nothing to divide by
    assert _arithmetic("The £12m scheme works out at £300 for every one of its residents.") == []


def test_a_difference_above_or_below_a_figure_named_before_it() -> None:
    # "D above the old record of B", "D below the council's estimate of B"
    assert _arithmetic(
        "The river peaked at 4.80 metres, 0.35 metres above the old record of 4.45 metres."
    ) == [("0.35 metres", "consistent")]
    assert _arithmetic(
        "The river peaked at 4.80 metres, 0.55 metres above the old record of 4.45 metres."
    ) == [("0.55 metres", "inconsistent")]
    assert _arithmetic(
        "The winning bid, £2.6m, was £600,000 below the council's estimate of £3m."
    ) == [("£600,000", "inconsistent")]
    # a count of another thing after the noun phrase is no figure compared with
    assert (
        _arithmetic("The river peaked at 4.80 metres, 0.35 metres above the height of 2 bridges.")
        == []
    )
