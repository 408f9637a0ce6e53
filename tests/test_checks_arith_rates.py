"""Rate × period families, in our own words: a stretch told as an adjective ("the 10-hour
closure", "a 40-minute sale"), a sum with no cue of a total, a year's total set off by a
dash or told as the year to a month."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.checks._reading import read
from factcheck.checks.relations import References, find_all
from factcheck.extract import extract_document
from factcheck.lookup.ecb import ecb_rate
from factcheck.models import Document
from tests.test_checks_total_families import _arithmetic, _statuses


def _by(relation: str, text: str) -> list[str]:
    """The statuses one relation gives on ``text``."""
    doc = Document(id="ar", text=text, published="2025-06-01")
    reading = read(doc, extract_document(doc))
    found = find_all(reading, References(rates=ecb_rate), ["arithmetic"])
    assert check_document(doc) is not None
    return [f.status for f in found if f.relation == relation]


def test_a_rate_over_a_stretch_told_as_an_adjective_with_no_cue_of_a_total() -> None:
    text = "At 90 lorries an hour, the 10-hour closure will send {} lorries through the town."
    assert _arithmetic(text.format("900")) == [("900 lorries", "consistent")]
    assert _arithmetic(text.format("1,400")) == [("1,400 lorries", "inconsistent")]
    text = "The wells yield 40 megalitres a day; over the 20-day trial that is {} megalitres."
    assert _arithmetic(text.format("800")) == [("800 megalitres", "consistent")]
    assert _arithmetic(text.format("650")) == [("650 megalitres", "inconsistent")]


def test_a_span_written_with_a_hyphen_after_a_bare_count() -> None:
    text = "Seats sold at 120 a minute during the 30-minute window, {} in total."
    assert _arithmetic(text.format("3,600")) == [("3,600", "consistent")]
    assert _arithmetic(text.format("4,100")) == [("4,100", "inconsistent")]


def test_no_sum_is_bound_without_the_rate_s_noun_or_with_two_stretches() -> None:
    # another noun: residents are no lorries
    text = "At 90 lorries an hour, the 10-hour closure will affect 2,000 residents."
    assert _statuses(text) == set()
    # a span told per a longer period is another rate, not the stretch of the sum
    text = "A porter earns £14 an hour for a 38-hour week and pays rent of £700."
    assert _by("rate_period", text) == []
    # two stretches: which one the sum runs over is not told
    text = "At 90 lorries an hour, the 10-hour closure and the 6-hour diversion move 900 lorries."
    assert "inconsistent" not in _statuses(text)


def test_a_year_s_total_set_off_by_a_dash_or_told_as_the_year_to_a_month() -> None:
    text = "The pantry gave out 10,400 meals in the year to June — about {} a week."
    assert _arithmetic(text.format("200")) == [("200", "consistent")]
    assert _arithmetic(text.format("350")) == [("350", "inconsistent")]
    text = "The pantry gave out 10,400 meals last year - about {} a week."
    assert _arithmetic(text.format("200")) == [("200", "consistent")]
