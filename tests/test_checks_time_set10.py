"""Time and conversion families found on blind set 10, in our own words and figures."""

from __future__ import annotations

from factcheck.checks import check_document
from factcheck.checks._reading import contains, cues, ends_with, starts_with
from factcheck.models import Document


def _statuses(text: str, published: str, check: str) -> list[str]:
    doc = Document(id="t", text=text, published=published)
    return [r.status for r in check_document(doc) if r.check == check]


# ---------------------------------------------------------------- decades counted as decades


def test_two_decades_is_the_gap_rounded_to_the_decade() -> None:
    text = "The observatory opened in 2001, two decades before today's solar eclipse."
    assert _statuses(text, "2025-05-09", "elapsed") == ["consistent"]


def test_a_decade_is_still_ten_years() -> None:
    text = "Now, a decade after the mill shut in 2008, the site is still empty."
    assert _statuses(text, "2025-02-01", "elapsed") == ["inconsistent"]


def test_three_decades_off_by_half_a_decade_stays_inconsistent() -> None:
    text = "The pact was sealed in 1990, three decades ago, and was never put to a vote."
    assert _statuses(text, "2025-06-18", "elapsed") == ["inconsistent"]


# ---------------------------------------------------------------- a stretch between two dates


def test_a_length_after_the_two_ends_of_a_stretch() -> None:
    text = "The bridge was shut between 3 May and 9 July, a closure of 67 days that beat 1998."
    assert _statuses(text, "2025-09-01", "elapsed") == ["consistent"]


def test_a_wrong_length_after_the_two_ends_of_a_stretch() -> None:
    text = "The bridge was shut from 3 May to 9 July, a closure of 40 days that beat 1998."
    assert _statuses(text, "2025-09-01", "elapsed") == ["inconsistent"]


# ---------------------------------------------------------------- a span with no start


def test_a_present_perfect_span_with_only_a_date_to_come_is_inconclusive() -> None:
    text = "The bakery, which has sold bread on the corner for nearly 70 years, will shut in 2027."
    assert _statuses(text, "2026-03-03", "elapsed") == ["inconclusive"]


# ---------------------------------------------------------------- "N on," before a present clause


def test_n_years_on_before_a_present_clause_runs_to_publication() -> None:
    text = "The depot, opened on 2 April 2022, was to cut delays; four years on, they stand at 9%."
    assert _statuses(text, "2026-04-20", "elapsed") == ["consistent"]


def test_n_years_on_told_wrong_before_a_present_clause() -> None:
    text = "The depot, opened on 2 April 2022, was to cut delays; two years on, delays are at 9%."
    assert _statuses(text, "2026-04-20", "elapsed") == ["inconsistent"]


def test_n_years_on_before_a_past_clause_measures_nothing() -> None:
    text = "The depot, opened on 2 April 2022, was to cut delays; two years on, delays rose."
    assert _statuses(text, "2026-04-20", "elapsed") == []


# ---------------------------------------------------------------- weekday of an unknown year


def test_a_weekday_of_a_year_the_text_does_not_know_is_inconclusive() -> None:
    text = "The old ledger says the mill burned on Tuesday 3 June of a year it does not give."
    assert _statuses(text, "2025-07-01", "weekday") == ["inconclusive"]


def test_a_weekday_in_the_annals_is_inconclusive() -> None:
    text = "The annals put the flood on Tuesday 3 June, when the river rose six feet."
    assert _statuses(text, "2025-07-01", "weekday") == ["inconclusive"]


# ---------------------------------------------------------------- conversion told in local money


def test_a_conversion_told_in_local_money_after_a_semicolon() -> None:
    text = "Repairs were put at roughly $96 million; in local currency that comes to R1.4bn."
    assert _statuses(text, "2025-07-22", "conversion") == ["inconsistent"]


def test_a_conversion_told_in_dollar_terms() -> None:
    text = "The refit cost £40m; in dollar terms, that is $54m."
    assert _statuses(text, "2025-07-22", "conversion") == ["consistent"]


def test_a_phrase_that_names_no_money_binds_nothing() -> None:
    text = "The refit cost £40m; in the end that is $54m of spending."
    assert _statuses(text, "2025-07-22", "conversion") == []


# ---------------------------------------------------------------- cue tries


_SET = cues("at", "at the age of", "age of", "the age", "of")


def test_ends_with_finds_the_longest_cue() -> None:
    assert ends_with("died at the age of".split(), _SET) == ("at", "the", "age", "of")
    assert ends_with("a list of".split(), _SET) == ("of",)
    assert ends_with("the age".split(), _SET) == ("the", "age")
    assert ends_with("nothing here".split(), _SET) is None
    assert ends_with([], _SET) is None


def test_starts_with_finds_the_longest_cue() -> None:
    assert starts_with("at the age of 90".split(), _SET) == ("at", "the", "age", "of")
    assert starts_with("at home".split(), _SET) == ("at",)
    assert starts_with("age of reason".split(), _SET) == ("age", "of")
    assert starts_with("home".split(), _SET) is None


def test_contains_and_the_empty_cue() -> None:
    assert contains("she was then at the age".split(), cues("at the age"))
    assert not contains("she was at home".split(), cues("at the age"))
    assert ends_with(["x"], frozenset({()})) == ()
    assert starts_with(["x"], frozenset({(), ("y",)})) == ()
