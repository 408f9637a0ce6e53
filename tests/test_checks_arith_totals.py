"""Price × quantity and averages by mechanism, in our own words: a total set off by ", or"
after a price per one of the count's noun, a price "a head" of any counted noun, a price per
one with no count (inconclusive), an average "each" between two counts one of which is told
as a sum, the noun of a list repeated before "on average", an average named with its
modifiers and set off ("The three-day average, at …")."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic


def test_a_price_per_one_of_the_count_s_noun_and_a_total_set_off_by_or() -> None:
    text = "The 30-acre plot fetched £9,000 an acre, or {} in total."
    assert _arithmetic(text.format("£270,000")) == [("£270,000", "consistent")]
    assert _arithmetic(text.format("£300,000")) == [("£300,000", "inconsistent")]


def test_a_price_a_head_of_any_counted_noun() -> None:
    text = "At £900 a head, the 150 breeding ewes made {} at the mart."
    assert _arithmetic(text.format("£135,000")) == [("£135,000", "consistent")]
    assert _arithmetic(text.format("£120,000")) == [("£120,000", "inconsistent")]


def test_a_price_per_one_with_no_count_is_inconclusive() -> None:
    text = "The board bought tablets at £40 a pack, spending £2m in total over the winter."
    assert _arithmetic(text) == [("£2m", "inconclusive")]


def test_an_average_each_between_a_count_and_a_count_told_as_a_sum() -> None:
    text = "The 12 boats landed a combined 3,600 tonnes, an average of {} each."
    assert _arithmetic(text.format("300")) == [("300", "consistent")]
    assert _arithmetic(text.format("360")) == [("360", "inconsistent")]
    # no figure told as the sum: which is the total is not said
    assert _arithmetic("The 12 boats landed 3,600 tonnes, an average of 360 each.") == []


def test_the_noun_of_a_list_before_on_average() -> None:
    text = "Buses ran 12, 15 and 18 minutes late on the three days, about {} minutes on average."
    assert _arithmetic(text.format("15")) == [("15", "consistent")]
    assert _arithmetic(text.format("21")) == [("21", "inconsistent")]


def test_an_average_named_with_modifiers_and_set_off_in_the_next_sentence() -> None:
    text = ("Snow lay 40cm deep in January and 20cm in February. The two-month average, "
            "at {}, was low.")  # fmt: skip
    assert _arithmetic(text.format("30cm")) == [("30cm", "consistent")]
    assert _arithmetic(text.format("40cm")) == [("40cm", "inconsistent")]
