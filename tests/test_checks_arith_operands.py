"""Arithmetic families by how their operands are bound, in our own words: figures read only
in part, pairs ordered by their cue, not by the size of the figure of the multiple."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic, _statuses

# ---------------------------------------------------------------- numbers read only in part


def test_a_number_in_words_read_in_part_is_never_a_false_alarm() -> None:
    # the claims hold "three" and "six" of "three hundred and five" / "six hundred and forty"
    text = ("The choir grew from three hundred and five to six hundred and forty members, "
            "a gain of 335.")  # fmt: skip
    assert "inconsistent" not in _statuses(text)
    text = "Entries rose from two hundred and twelve to four hundred, an increase of 188."
    assert "inconsistent" not in _statuses(text)


# ---------------------------------------------------------------- order of a compared pair


def test_a_fraction_told_as_a_rise_orders_its_pair_by_the_cue() -> None:
    text = "Up by a quarter on last year, visits to the gallery came to {} against 4,000."
    assert _arithmetic(text.format("5,000")) == [("a quarter", "consistent")]
    assert _arithmetic(text.format("7,000")) == [("a quarter", "inconsistent")]


def test_a_fraction_told_as_a_fall_orders_its_pair_by_the_cue() -> None:
    text = "Down by a quarter on last year, visits to the gallery came to {} against 4,000."
    assert _arithmetic(text.format("3,000")) == [("a quarter", "consistent")]
