"""Pairs and lists bound by what each figure is told of, in our own words: two levels each
told of its own year after a multiple's colon, a list of days summed after a colon with
its span, a price per one of a measure over the quantity of the sentence before."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic, _statuses


def test_a_multiple_over_two_levels_each_told_of_its_own_year() -> None:
    text = "Sales of e-bikes rose fourfold: the shop sold 150 in 2022 and {} in 2024."
    assert _arithmetic(text.format("600")) == [("fourfold", "consistent")]
    assert _arithmetic(text.format("1,100")) == [("fourfold", "inconsistent")]
    # the later year first: the order is the years', not the text's
    text = "Sales of e-bikes rose fourfold: the shop sold {} in 2024 and 150 in 2022."
    assert _arithmetic(text.format("600")) == [("fourfold", "consistent")]


def test_a_list_of_days_summed_after_a_colon_with_its_span() -> None:
    text = ("The weir carried 20cm on Friday, 35cm on Saturday and 15cm on Sunday: "
            "{} in three days.")  # fmt: skip
    assert _arithmetic(text.format("70cm")) == [("70cm", "consistent")]
    assert _arithmetic(text.format("95cm")) == [("95cm", "inconsistent")]
    text = ("The weir carried 20cm on Friday, 35cm on Saturday and 15cm on Sunday: "
            "more than {} in three days.")  # fmt: skip
    assert _arithmetic(text.format("60cm")) == [("60cm", "consistent")]


def test_a_price_per_one_of_a_measure_over_the_quantity_of_the_sentence_before() -> None:
    text = "The dairy sold 1.5 tonnes of butter at the show. At $8 a kilo, that earned it {}."
    assert _arithmetic(text.format("$12,000")) == [("$12,000", "consistent")]
    assert _arithmetic(text.format("$15,000")) == [("$15,000", "inconsistent")]
    # another dimension: no product, never a verdict
    text = "The dairy sold 1.5 tonnes of butter at the show. At $8 a litre, that earned $12,000."
    assert "inconsistent" not in _statuses(text)
