"""Change families by mechanism, in our own words: a possessive between a cue and its
level ("than Monday's"), a level set off by a time phrase before its change, a change
after its verb without "by" and the earlier level in the clause after ";"."""

from __future__ import annotations

from tests.test_checks_total_families import _arithmetic


def test_a_possessive_after_the_cue_of_the_earlier_level() -> None:
    text = "The fund closed at 840, 5% higher than Monday's {}."
    assert _arithmetic(text.format("800")) == [("5%", "consistent")]
    assert _arithmetic(text.format("700")) == [("5%", "inconsistent")]
    text = "Takings reached £6,000, up 20% on the previous summer's {}."
    assert _arithmetic(text.format("£5,000")) == [("20%", "consistent")]
    text = "Takings reached £6,000, up 20% on the year before's {}."
    assert _arithmetic(text.format("£5,000")) == [("20%", "consistent")]


def test_a_level_and_a_time_phrase_before_the_change_in_its_own_units() -> None:
    text = "Thefts on the line came to 58 this winter, down {} from 80."
    assert _arithmetic(text.format("22")) == [("22", "consistent")]
    assert _arithmetic(text.format("30")) == [("30", "inconsistent")]


def test_a_change_without_by_and_its_earlier_level_after_a_semicolon() -> None:
    text = "Revenue fell £6m to £40m; a year earlier it had been {}."
    assert ("£40m", "consistent") in _arithmetic(text.format("£46m"))
    assert ("£40m", "inconsistent") in _arithmetic(text.format("£52m"))
    text = "The fee goes up by £300 to £2,100; it was {}."
    assert ("£2,100", "consistent") in _arithmetic(text.format("£1,800"))
    assert ("£2,100", "inconsistent") in _arithmetic(text.format("£1,500"))


def test_a_change_and_its_later_level_alone_is_inconclusive() -> None:
    text = "Entries rose by 1,200 to 8,400, the organisers said."
    assert _arithmetic(text) == [("1,200", "inconclusive")]
