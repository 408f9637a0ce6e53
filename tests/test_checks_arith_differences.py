"""Differences and remainders by mechanism, in our own words: a margin named with words
between its noun and its figure, a change in points or units told after a pair ("four
points lower", "300 more" after "from … to …"), a comparative whose earlier figure is the
subject's own measure, a shortfall in the sentence after its two figures, what is left
after "so only", parts of a whole opened by "Of the" across two sentences."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic, _statuses


def test_a_margin_named_with_words_between_its_noun_and_its_figure() -> None:
    text = "Ashby beat Ferris 64-52, their biggest winning margin of the year at {} points."
    assert _arithmetic(text.format("12")) == [("12 points", "consistent")]
    assert _arithmetic(text.format("18")) == [("18 points", "inconsistent")]


def test_a_change_in_points_or_units_after_a_pair() -> None:
    text = "Trust in the council stood at 38% in June against 44% in March, {} points lower."
    assert _arithmetic(text.format("six")) == [("six points", "consistent")]
    assert _arithmetic(text.format("nine")) == [("nine points", "inconsistent")]
    text = "Ferry crossings went from 4.1 million to 4.6 million, {} million more, last year."
    assert ("0.5 million", "consistent") in _arithmetic(text.format("0.5"))
    assert ("0.9 million", "inconsistent") in _arithmetic(text.format("0.9"))


def test_a_comparative_whose_earlier_figure_is_the_subject_s_own_measure() -> None:
    text = "At 95 metres the new bridge runs {} metres longer than the 80-metre span it replaces."
    assert _arithmetic(text.format("15")) == [("15 metres", "consistent")]
    assert _arithmetic(text.format("25")) == [("25 metres", "inconsistent")]


def test_a_shortfall_in_the_sentence_after_its_two_figures() -> None:
    text = "The school needs 60 teachers but has 48. That leaves it {} short, inspectors said."
    assert _arithmetic(text.format("12")) == [("12", "consistent")]
    assert _arithmetic(text.format("21")) == [("21", "inconsistent")]


def test_what_is_left_after_so_only_and_never_an_addition() -> None:
    text = "The depot holds 9,000 tyres; 6,500 are on order, so only {} are in stock."
    assert _arithmetic(text.format("2,500")) == [("2,500", "consistent")]
    assert _arithmetic(text.format("3,500")) == [("3,500", "inconsistent")]
    text = "The hall has 900 seats; 700 were sold, so only 300 more went on sale today."
    assert "inconsistent" not in _statuses(text)


def test_parts_of_a_whole_opened_by_of_the_across_two_sentences() -> None:
    text = ("Of the estate's 5,000 acres, 2,800 are woodland. Pasture covers 1,500 and "
            "heath the remaining {}.")  # fmt: skip
    assert _arithmetic(text.format("700")) == [("700", "consistent")]
    assert _arithmetic(text.format("900")) == [("900", "inconsistent")]


def test_a_margin_of_error_is_no_margin_between_the_shares() -> None:
    text = "The survey, with a margin of error of two points, found 55% in favour and 41% against."
    assert "inconsistent" not in _statuses(text)
