"""Per-unit families by mechanism, in our own words: nouns of one class ("per vehicle" over
"buses", "per 1,000 residents" over "people"), a figure per one of a noun the text does not
count (inconclusive), "for each of" naming the noun after it."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic


def test_a_figure_per_one_of_a_noun_of_the_count_s_class() -> None:
    text = "The £9m order for 30 trams works out at {} per vehicle."
    assert _arithmetic(text.format("£300,000")) == [("£300,000", "consistent")]
    assert _arithmetic(text.format("£450,000")) == [("£450,000", "inconsistent")]


def test_a_figure_per_thousand_of_a_noun_of_the_count_s_class() -> None:
    text = "With 600 nurses for 400,000 people, the county has {} nurses per 1,000 residents."
    assert _arithmetic(text.format("1.5")) == [("1.5 nurses", "consistent")]
    assert _arithmetic(text.format("2.4")) == [("2.4 nurses", "inconsistent")]


def test_a_figure_per_one_of_a_noun_the_text_does_not_count_is_inconclusive() -> None:
    text = "The reading scheme cost £3m across 200 libraries. That is £50 a reader, officials said."
    assert _arithmetic(text) == [("£50", "inconclusive")]


def test_per_head_and_apiece_share_over_any_count() -> None:
    text = "The band's tour cost £24,000 for its 12 musicians, or {} a head."
    assert _arithmetic(text.format("£2,000")) == [("£2,000", "consistent")]
    text = "The 8 riders share a purse of €96,000, or {} apiece."
    assert _arithmetic(text.format("€12,000")) == [("€12,000", "consistent")]
    text = "The £6m fund works out at {} for each of the 3,000 farms."
    assert _arithmetic(text.format("£2,000")) == [("£2,000", "consistent")]
