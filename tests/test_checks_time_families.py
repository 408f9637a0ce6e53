"""Time and conversion families, in wordings of our own: a length told after the dates of
the sentences before it, "marks N years on …", an age in a sentence of its own after the
birth and death dates, "for N before …", a countdown "have N to …" to a day and month still
to come, a present perfect told with a contraction ("we've been … for N years"), a weekday
of a possessive "last Saturday's …", a conversion set in apposition ("…, a deal worth about
$X") and a currency mark the money extractor does not read in full ("E£")."""

from __future__ import annotations

import pytest

from factcheck.checks import check_document
from factcheck.models import Document


def _checked(text: str, day: str | None, check: str) -> list[tuple[str, str]]:
    doc = Document(id="tf", text=text, published=day)
    return [(r.text, r.status) for r in check_document(doc, None, checks=[check])]


def _elapsed(text: str, day: str | None = "2025-06-10") -> list[tuple[str, str]]:
    return _checked(text, day, "elapsed")


# ------------------------------------------------ a length after the dates told before it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The canal lock was drained on 2 March 2023. Boats used it again from 14 May 2024."
            " The repair took about 14 months.",
            [("about 14 months", "consistent")],
        ),
        (
            "The canal lock was drained on 2 March 2023. Boats used it again from 14 May 2024."
            " The repair took nearly three years.",
            [("nearly three years", "inconsistent")],
        ),
        (
            "Ferries stopped on 9 January and started again on 30 January. The suspension"
            " lasted three weeks.",
            [("three weeks", "consistent")],
        ),
        (
            "Ferries stopped on 9 January and started again on 30 January. The suspension"
            " lasted more than a month.",
            [("more than a month", "inconsistent")],
        ),
        (
            "Under the deal the operator runs the buses from 1 July 2026 to 30 June 2031."
            " That is a concession of about five years.",
            [("about five years", "consistent")],
        ),
        (
            "Under the deal the operator runs the buses from 1 July 2026 to 30 June 2031."
            " That is a concession of about eight years.",
            [("about eight years", "inconsistent")],
        ),
    ],
)
def test_a_length_runs_between_the_dates_told_before_it(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person's own span: not the stretch between the two dates told before it
        "The school opened on 4 September 1961 and its hall on 2 May 1964. Its caretaker"
        " worked there for 30 years.",
        # three dates before it: which two the length runs between is not told
        "The quay shut on 3 March 2020, partly reopened on 8 June 2021 and fully on 2 May"
        " 2022. The closure lasted two years.",
        # its own sentence gives a date: the dates before belong to another event
        "The quay shut on 3 March 2020 and reopened on 8 June 2021. The dredging, which"
        " started on 1 May 2024, lasted two years.",
    ],
)
def test_a_length_is_not_bound_to_dates_of_other_things(text):
    assert all(status != "inconsistent" for _, status in _elapsed(text))


# ------------------------------------------------ "marks N years on …"


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The lending library celebrates 60 years on the high street this week. It opened"
            " its doors on 9 June 1965.",
            "2025-06-12",
            [("60 years", "consistent")],
        ),
        (
            "The lending library celebrates 50 years on the high street this week. It opened"
            " its doors on 9 June 1965.",
            "2025-06-12",
            [("50 years", "inconsistent")],
        ),
        (
            "The choir first sang in public in May 1985 and marks 40 years on the road with a"
            " tour.",
            "2025-06-10",
            [("40 years", "consistent")],
        ),
        (
            "The choir first sang in public in May 1985 and marks 45 years on the road with a"
            " tour.",
            "2025-06-10",
            [("45 years", "inconsistent")],
        ),
        (
            "The ferry company marks 90 years on the crossing this summer.",
            "2025-06-10",
            [("90 years", "inconclusive")],
        ),
        (
            "The town marks 30 years since the flood of 1995 with a service.",
            "2025-06-10",
            [("30 years", "consistent")],
        ),
    ],
)
def test_marks_n_years_counts_from_the_start_it_gives(text, day, expected):
    assert _elapsed(text, day) == expected


def test_marks_n_years_with_dates_on_both_sides_is_not_guessed():
    text = (
        "The pool was built in 1972. The club marks 40 years on the site this month. It"
        " moved there in 1985."
    )
    assert all(status != "inconsistent" for _, status in _elapsed(text))


# ------------------------------------------------ "She was 93." after the dates of a life


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The sculptor Ada Mertens was born on 3 April 1929 and died on 1 June 2025. She"
            " was 96.",
            [("96", "consistent")],
        ),
        (
            "The sculptor Ada Mertens was born on 3 April 1929 and died on 1 June 2025. She"
            " was 94.",
            [("94", "inconsistent")],
        ),
        (
            "The trawlerman Piet Laan was born on 30 December 1940 and died on 2 May 2025. He"
            " was 84.",
            [("84", "consistent")],
        ),
    ],
)
def test_an_age_of_its_own_sentence_runs_from_the_birth_before_it(text, expected):
    assert _elapsed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another person's age
        "The sculptor Ada Mertens was born on 3 April 1929 and died on 1 June 2025. Her"
        " grandson was 12.",
        # no second date: the age at what is not told
        "The sculptor Ada Mertens was born on 3 April 1929. She was 40.",
    ],
)
def test_an_age_of_its_own_sentence_needs_the_same_life(text):
    assert all(status != "inconsistent" for _, status in _elapsed(text))


# ------------------------------------------------ "for N before …", "for N until …"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The beacon was tended for nearly three centuries before the keepers left.",
            [("nearly three centuries", "inconclusive")],
        ),
        (
            "The signal box, built in 1911, was manned for 80 years until it closed in 1991.",
            [("80 years", "consistent")],
        ),
        (
            "The signal box, built in 1911, was manned for 70 years until it closed in 1991.",
            [("70 years", "inconsistent")],
        ),
    ],
)
def test_for_n_before_or_until_is_a_span(text, expected):
    assert _elapsed(text) == expected


# ------------------------------------------------ "have N to …" to a day still to come


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "Tenants have less than two months to register objections, with the deadline"
            " set for 20 January.",
            "2025-12-01",
            [("less than two months", "consistent")],
        ),
        (
            "Tenants have less than a month to register objections, with the deadline"
            " set for 20 January.",
            "2025-12-01",
            [("less than a month", "inconsistent")],
        ),
        (
            "Growers have about three weeks to register, with the scheme closing on 30 June.",
            "2025-06-10",
            [("about three weeks", "consistent")],
        ),
    ],
)
def test_time_left_to_act_counts_to_the_coming_date(text, day, expected):
    assert _elapsed(text, day) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Firms have 90 days to comply.",
        "Residents had 28 days to object before the consultation closed on 20 May.",
    ],
)
def test_time_to_act_without_a_coming_date_makes_no_check(text):
    assert _elapsed(text, "2025-06-10") == []


# ------------------------------------------------ "we've been … for N years"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forge, a landmark since it opened in 1990, closes next month. \"We've been"
            ' shoeing horses here for 35 years," said its owner.',
            [("35 years", "consistent")],
        ),
        (
            "The forge, a landmark since it opened in 1990, closes next month. \"We've been"
            ' shoeing horses here for more than 40 years," said its owner.',
            [("more than 40 years", "inconsistent")],
        ),
        (
            "The forge opened in 1990. “They’ve run it for nearly 36 years,” a neighbour said.",
            [("nearly 36 years", "consistent")],
        ),
    ],
)
def test_a_contracted_present_perfect_runs_to_publication(text, expected):
    assert _elapsed(text) == expected


# ------------------------------------------------ weekday of "last Saturday's …"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Queues at last Saturday's harvest fair (2 August) stretched for a mile.",
            [("Saturday", "consistent")],
        ),
        (
            "Queues at last Friday's harvest fair (2 August) stretched for a mile.",
            [("Friday", "inconsistent")],
        ),
        (
            "Rain spoiled Sunday’s river parade (3 August), the organisers said.",
            [("Sunday", "consistent")],
        ),
    ],
)
def test_a_weekday_owning_its_event_is_checked_against_the_date_after_it(text, expected):
    assert _checked(text, "2025-08-12", "weekday") == expected


def test_a_weekday_owning_a_long_phrase_is_not_paired_with_a_far_date():
    text = "Last Saturday's long-delayed and much argued-over vote (held on 2 August) passed."
    assert all(s != "inconsistent" for _, s in _checked(text, "2025-08-12", "weekday"))


# ------------------------------------------------ conversions in apposition, unread marks

RATE_DAY = "2025-03-12"  # ECB: 1 JPY = 0.0061641 EUR, 1 NOK = 0.072428 GBP, 1 GBP = 1.1894 EUR


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norsk Havbruk sold its smolt unit for NOK 2.4 billion, a deal worth about £174m.",
            [("£174m", "consistent")],
        ),
        (
            "Norsk Havbruk sold its smolt unit for NOK 2.4 billion, a deal worth about £1.74bn.",
            [("£1.74bn", "inconsistent")],
        ),
        (
            "The robotics plant got ¥40 billion, a subsidy package worth roughly €247 million.",
            [("€247 million", "consistent")],
        ),
        (
            "The fjord ferries cost NOK 2.4 billion, an investment valued at £174 million.",
            [("£174 million", "consistent")],
        ),
    ],
)
def test_an_amount_in_apposition_naming_the_amount_is_its_conversion(text, expected):
    assert _checked(text, RATE_DAY, "conversion") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another amount, joined as another thing
        "The unit was sold for NOK 2.4 billion, a deal that includes £40m of debt.",
        # a noun that is not the amount
        "The unit was sold for NOK 2.4 billion, a manager worth about £2m to the group.",
    ],
)
def test_an_apposition_of_another_thing_is_no_conversion(text):
    assert _checked(text, RATE_DAY, "conversion") == []


@pytest.mark.parametrize(
    "text",
    [
        "A Cairo museum wing will cost E£640 million (about $13 million).",
        "The dam cost S£3 billion (about $1.2 million), the ministry said.",
    ],
)
def test_a_currency_mark_read_only_in_part_is_inconclusive(text):
    got = _checked(text, RATE_DAY, "conversion")
    assert [s for _, s in got] == ["inconclusive"]


# ------------------------------------------------ stretches still running at publication


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The harbour crane has stood idle since 7 April, a stoppage of nine weeks and"
            " counting.",
            [("nine weeks", "consistent")],
        ),
        (
            "The harbour crane has stood idle since 7 April, a stoppage of eleven weeks and"
            " counting.",
            [("eleven weeks", "inconsistent")],
        ),
        (
            "Ambulance calls have risen each day since 20 May. Doctors blame the three-week"
            " hot spell for most of them.",
            [("three-week", "consistent")],
        ),
        (
            "Ambulance calls have risen each day since 20 May. Doctors blame the five-week"
            " hot spell for most of them.",
            [("five-week", "inconsistent")],
        ),
        (
            "Bought in 1979, the chapel organ has not been tuned in nearly 50 years.",
            [("nearly 50 years", "consistent")],
        ),
        (
            "Bought in 1989, the chapel organ has not been tuned in nearly 50 years.",
            [("nearly 50 years", "inconsistent")],
        ),
        (
            "The chapel organ has not been tuned in nearly 50 years.",
            [("nearly 50 years", "inconclusive")],
        ),
    ],
)
def test_a_stretch_told_as_still_running_ends_at_publication(text, expected):
    assert _elapsed(text) == expected


def test_a_spell_that_ended_is_not_measured_to_publication():
    text = "Rain fell every day from 2 May. After a three-week wet spell, the fields dried out."
    assert all(s != "inconsistent" for _, s in _elapsed(text))


# ------------------------------------------------ a conversion in the next sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Leeds teacher has scooped £2m on the lottery. She means to keep working; the"
            " jackpot is worth about €2.38m at today's prices.",
            [("€2.38m", "consistent")],
        ),
        (
            "A Leeds teacher has scooped £2m on the lottery. She means to keep working; the"
            " jackpot is worth about €3.1m at today's prices.",
            [("€3.1m", "inconsistent")],
        ),
        (
            "Harlow Biscuits has agreed to a €85m takeover by a Lyon rival. The offer values"
            " the biscuit maker at £71.5m including its debts.",
            [("£71.5m", "consistent")],
        ),
        (
            "Harlow Biscuits has agreed to a €85m takeover by a Lyon rival. The offer values"
            " the biscuit maker at £101m including its debts.",
            [("£101m", "inconsistent")],
        ),
    ],
)
def test_the_next_sentence_restates_the_amount_in_its_own_clause(text, expected):
    assert _checked(text, RATE_DAY, "conversion") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's amount is another thing: no valuation, no amount noun
        "Harlow Biscuits has agreed to a €85m takeover by a Lyon rival. Its chairman earns"
        " £2m at the firm.",
        # a long clause before the amount: not read as restating it
        "She won £2m on the lottery. Trained as a vet in Dublin and Cork before moving to"
        " Leeds and then York, she says her new house is worth about €900,000.",
    ],
)
def test_the_next_sentence_with_another_amount_is_no_conversion(text):
    assert _checked(text, RATE_DAY, "conversion") == []


# ------------------------------------------------ hedges of a stated length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after the best"
            " part of two years.",
            [("the best part of two years", "consistent")],
        ),
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after the best"
            " part of three years.",
            [("the best part of three years", "inconsistent")],
        ),
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after not quite"
            " two years.",
            [("not quite two years", "consistent")],
        ),
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after not quite"
            " a year.",
            [("not quite a year", "inconsistent")],
        ),
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after more or"
            " less two years.",
            [("more or less two years", "consistent")],
        ),
        (
            "The road closed on 3 March 2023 and reopened on 1 February 2025, after nigh on"
            " two years.",
            [("nigh on two years", "consistent")],
        ),
        (
            "Restoring the organ took the better part of a decade.",
            [("the better part of a decade", "inconclusive")],
        ),
    ],
)
def test_hedges_of_just_under_and_about_set_the_rule(text, expected):
    assert _elapsed(text) == expected


# ------------------------------------------------ no false alarms of other readings


@pytest.mark.parametrize(
    "text",
    [
        # a group named by a bound, not a span between the two dates
        "The number of tenants waiting more than a year fell to 410 in May, from 520 in February.",
        "Households living under a year in the district rose to 3,100 in June from 2,900 in March.",
        # a birth date in the next sentence starts a life, not the span
        "Ida Brannock, who kept the ferry inn for half a century, died on 2 June. Born on"
        " 9 March 1931, she was 94.",
    ],
)
def test_bounds_of_groups_and_births_are_no_ends_of_a_span(text):
    assert all(s != "inconsistent" for _, s in _elapsed(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ward has been waiting more than a year for its scanner, since 2 March 2024.",
            [("more than a year", "consistent")],
        ),
        (
            "The ward has been waiting more than two years for its scanner, since 2 March 2024.",
            [("more than two years", "inconsistent")],
        ),
    ],
)
def test_a_participle_after_an_auxiliary_is_still_a_span(text, expected):
    assert _elapsed(text) == expected


def test_a_participle_after_a_preposition_is_still_a_span():
    text = "Freed on 3 March 2025 after spending more than two years in jail since 1 May 2022."
    assert _elapsed(text) == [("more than two years", "consistent")]


# ------------------------------------------------ what cannot be fixed stays inconclusive


def test_a_possessive_weekday_far_from_publication_is_inconclusive():
    # a day and month half a year from publication: the year cannot be fixed
    text = "Queues at Saturday's harvest fair (2 August) stretched for a mile."
    assert _checked(text, "2025-02-01", "weekday") == [("Saturday", "inconclusive")]


def test_an_apposed_conversion_from_a_currency_the_ecb_never_quoted_is_inconclusive():
    text = "A Lagos bank was sold for ₦90 billion, a deal worth about $58m."
    assert _checked(text, RATE_DAY, "conversion") == [("$58m", "inconclusive")]


def test_time_left_to_act_without_a_publication_date_is_inconclusive():
    text = (
        "Tenants have less than a month to register objections, with the deadline set for"
        " 20 January 2026."
    )
    assert _elapsed(text, None) == [("less than a month", "inconclusive")]


# ------------------------------------------------ a day and month to come after a dated promise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council said on 12 February 2026 that the lido would reopen within six"
            " months, on 30 July.",
            [("within six months", "consistent")],
        ),
        (
            "The council said on 12 February 2026 that the lido would reopen within three"
            " months, on 30 July.",
            [("within three months", "inconsistent")],
        ),
        (
            "The operator pledged on 3 November 2025 that trains will run again in under two"
            " months, by 20 December.",
            [("under two months", "consistent")],
        ),
    ],
)
def test_a_day_and_month_told_as_to_come_follow_the_dated_promise(text, expected):
    assert _elapsed(text, "2026-02-20") == expected


def test_a_day_and_month_told_as_past_stay_before_the_dated_report():
    # no "would"/"will" between them: the yearless date keeps its past reading
    text = "An audit dated 12 February 2026 found the lido had shut on 30 July, six months before."
    assert all(s != "inconsistent" for _, s in _elapsed(text, "2026-02-20"))
