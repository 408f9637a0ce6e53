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


def test_a_change_and_its_later_level_beside_a_count_of_another_clause() -> None:
    # the count after "helped by" is no level of the change: still no earlier figure
    text = "Entries rose by 500 to 4,500, the club said, helped by 3 new leagues."
    assert _arithmetic(text) == [("500", "inconclusive")]
    # the levels of another change after "while" leave the first one untested
    text = "Visits rose by 300 to 2,000, while lettings fell from 900 to 800."
    assert _arithmetic(text) == []


def test_a_change_with_its_rate_stated_is_no_untested_change() -> None:
    # the rate is tested against the change and the later level; the change is not flagged
    text = "Staff numbers fell by 200 to 3,800, a cut of 5%."
    assert ("200", "inconclusive") not in _arithmetic(text)
