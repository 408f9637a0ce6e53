"""Shares and ratios by mechanism, in our own words: a part "of them" with its fraction set
off after it, a ratio told after a verb of outnumbering some words back, "N:1" with the
groups after it, "N to one" over groups set against each other by "for", "a ratio of N
times" between two sums."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic, _statuses


def test_a_part_of_them_and_its_fraction_set_off_after_it() -> None:
    text = "The club has 240 members, and {} of them, a quarter, live abroad."
    assert _arithmetic(text.format("60")) == [("a quarter", "consistent")]
    assert _arithmetic(text.format("90")) == [("a quarter", "inconsistent")]
    text = "The port handled 8 million tonnes in May; {} million of them, a half, was grain."
    assert _arithmetic(text.format("4")) == [("a half", "consistent")]


def test_a_ratio_after_a_verb_of_outnumbering_with_the_groups_after_it() -> None:
    text = "Girls outnumber boys in the choir 3:1, with {} girls and 40 boys singing."
    assert ("3", "consistent") in _arithmetic(text.format("120"))
    assert ("3", "inconsistent") in _arithmetic(text.format("60"))
    assert "inconsistent" not in _statuses(text.format("120"))


def test_n_to_one_over_groups_set_against_each_other_by_for() -> None:
    text = "Bidders outnumber plots by {} to one: 900 bid for 150 plots."
    assert _arithmetic(text.format("six")) == [("six", "consistent")]
    assert _arithmetic(text.format("nine")) == [("nine", "inconsistent")]


def test_a_ratio_of_n_times_between_two_sums() -> None:
    text = "Debts of £9m against income of £3m give a ratio of {} times."
    assert _arithmetic(text.format("3")) == [("3 times", "consistent")]
    assert _arithmetic(text.format("5")) == [("5 times", "inconsistent")]
