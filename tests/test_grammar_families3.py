"""Families of forms the third blind grammar set showed missing (issue 11), each checked in
sentences written for this file: a number with a fraction after "and", dot-grouped
thousands and decimal commas after a sign, scale abbreviations, currency symbols and heads
from the unit tables, letters before a figure that make a name, percent ranges, and the
date forms anchored to an earlier date or to the month."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from factcheck.extract import EXTRACTORS, Text
from factcheck.extract._numbers import parse_number
from factcheck.models import Document


def _run(kind: str, text: str, published: date | None = date(2026, 3, 18)) -> list[Any]:
    return list(EXTRACTORS[kind](Text(Document(id="t", text=text, published=published))))


def _spans(kind: str, text: str, published: date | None = date(2026, 3, 18)) -> list[str]:
    return [c.text for c in _run(kind, text, published)]


# --- numbers: a whole number, "and", a fraction -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4 and a half", 4.5),
        ("seven-and-a-half", 7.5),
        ("two and three-quarters", 2.75),
        ("one and two thirds", 5 / 3),
        ("a billion and a half", 1.5e9),
        ("thirty and two", 32),
    ],
)
def test_and_fraction_numbers(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


def test_improper_fraction_after_and_is_no_number() -> None:
    assert parse_number("two and five quarters") is None


@pytest.mark.parametrize(
    ("text", "span", "percent"),
    [
        ("The levy stays at 4 and a half per cent.", "4 and a half per cent", 4.5),
        ("Mortgage rates hit seven-and-a-half percent.", "seven-and-a-half percent", 7.5),
        ("Growth was two and three-quarters per cent.", "two and three-quarters per cent", 2.75),
    ],
)
def test_percent_with_and_fraction(text: str, span: str, percent: float) -> None:
    (claim,) = _run("percent", text)
    assert (claim.text, claim.value.percent) == (span, pytest.approx(percent))


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("The climb took five and three-quarter hours.", "five and three-quarter hours", "PT5H45M"),
        ("Talks ran for one and two-thirds hours.", "one and two-thirds hours", "PT1H40M"),
        ("The refit lasted 2-and-a-half years.", "2-and-a-half years", "P2Y6M"),
    ],
)
def test_duration_with_and_fraction(text: str, span: str, iso: str) -> None:
    (claim,) = _run("duration", text)
    assert (claim.text, claim.value.iso) == (span, iso)


def test_money_scale_and_a_half() -> None:
    (claim,) = _run("money", "The appeal raised a billion and a half euros in a year.")
    assert claim.text == "a billion and a half euros"
    assert (claim.value.amount, claim.value.currency) == (1.5e9, "EUR")


# --- percent ranges -------------------------------------------------------------------------


def test_from_to_without_change_is_a_range() -> None:
    (claim,) = _run("percent", "Discounts vary from 20% to 35% across the store.")
    assert claim.text == "20% to 35%"
    assert (claim.value.percent, claim.value.percent_max) == (20, 35)


def test_from_to_after_change_is_two_figures() -> None:
    assert _spans("percent", "Turnout dropped from 61% to 54% this time.") == ["61%", "54%"]


@pytest.mark.parametrize("text", ["Bills will climb 8pc-12pc.", "Rents may jump 3 pct-5 pct."])
def test_hyphen_range_with_unit_repeated_after_a_verb(text: str) -> None:
    (claim,) = _run("percent", text)
    assert claim.value.percent_max is not None


# --- money: digits in the currency's notation -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("A taxi across Jakarta was Rp 85.000 last night.", 85000, "IDR"),
        ("Vendors in Cali ask COP 2.000 for an arepa.", 2000, "COP"),
        ("The ramen was ¥1.200 at the station.", 1200, "JPY"),
        ("The villa sold for €1.350.000 in May.", 1350000, "EUR"),
        ("A beer at the fair was €4,20 this year.", 4.2, "EUR"),
        ("Petrol is $3.459 a gallon again.", 3.459, "USD"),
    ],
)
def test_digit_notation_after_a_sign(text: str, amount: float, currency: str) -> None:
    (claim,) = _run("money", text)
    assert (claim.value.amount, claim.value.currency) == (pytest.approx(amount), currency)


def test_decimal_commas_in_a_range() -> None:
    (claim,) = _run("money", "Tickets cost between €3,50 and €4,80 each.")
    assert (claim.value.amount, claim.value.amount_max) == (3.5, 4.8)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Exports reached $2.4trn last year.", 2.4e12), ("The state owes ¥1,100 trn.", 1.1e15)],
)
def test_trn_scale(text: str, amount: float) -> None:
    (claim,) = _run("money", text)
    assert claim.value.amount == pytest.approx(amount)


# --- money: symbols, heads and names from the unit tables -------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        ("The ferry upgrade will cost Tk 120 crore.", "Tk 120 crore", "BDT"),
        ("A bus ride in Cusco is S/ 1.50 now.", "S/ 1.50", "PEN"),
        ("Fines of N250,000 were imposed on the drivers.", "N250,000", "NGN"),
        ("A loaf in Addis Ababa costs 45 birr.", "45 birr", "ETB"),
        ("The guide charged us 60 soles each.", "60 soles", "PEN"),
    ],
)
def test_currency_table_entries(text: str, span: str, currency: str) -> None:
    (claim,) = _run("money", text)
    assert (claim.text, claim.value.currency) == (span, currency)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("In Lyon in 1990 a coffee cost 6 francs.", "FRF"),
        ("A fondue in Zurich costs 38 francs.", "CHF"),
        ("A waffle in Brussels cost 40 francs in 1995.", "BEF"),
    ],
)
def test_franc_by_place(text: str, currency: str) -> None:
    (claim,) = _run("money", text)
    assert claim.value.currency == currency


def test_francs_without_price_or_place_are_not_money() -> None:
    assert _spans("money", "He scored 3 francs on the test, whatever that means.") == []


@pytest.mark.parametrize(
    "text",
    [
        "We caught the R7 bus to the beach.",
        "Traffic backed up along the N2 motorway.",
        "Nurses asked for N95 masks.",
        "The S/4HANA migration ran late.",
    ],
)
def test_letters_before_a_figure_that_name_things(text: str) -> None:
    assert _spans("money", text) == []


@pytest.mark.parametrize(
    "text",
    ["He was fined R800 for speeding.", "The rand deal was worth R3 billion.", "It cost N2.5bn."],
)
def test_letter_signs_still_money(text: str) -> None:
    assert len(_run("money", text)) == 1


# --- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "year"),
    [
        (
            "The bakery opened in two thousand and three on this street.",
            "two thousand and three",
            "2003",
        ),
        ("Nobody has won it since two thousand nineteen.", "two thousand nineteen", "2019"),
    ],
)
def test_number_word_years(text: str, span: str, year: str) -> None:
    (claim,) = _run("date", text)
    assert (claim.text, claim.value.date, claim.value.granularity) == (span, year, "year")


def test_two_thousand_before_a_noun_is_a_count() -> None:
    assert _spans("date", "The fund helped in two thousand households.") == []


def test_month_and_year_with_a_dot() -> None:
    (claim,) = _run("date", "The invoice is dated 11.2023 in the corner.")
    assert (claim.text, claim.value.date, claim.value.granularity) == (
        "11.2023",
        "2023-11",
        "month",
    )


def test_a_decimal_is_no_month() -> None:
    assert _spans("date", "The index closed at 3.2024 points.") == []


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        # published Wednesday 18 March 2026
        (
            "Entries close on the last Thursday of the month.",
            "the last Thursday of the month",
            "2026-03-26",
        ),
        (
            "Payment is due on the second Friday of the month.",
            "the second Friday of the month",
            "2026-03-13",
        ),
        ("The lease ends on the last day of the month.", "the last day of the month", "2026-03-31"),
    ],
)
def test_weekday_and_day_of_the_month(text: str, span: str, day: str) -> None:
    (claim,) = _run("date", text)
    assert (claim.text, claim.value.date) == (span, day)


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        (
            "The count begins on 2 April and results come the following day.",
            "the following day",
            "2026-04-03",
        ),
        (
            "Pupils return on 7 January and exams start the following Tuesday.",
            "the following Tuesday",
            "2026-01-13",
        ),
        (
            "The race was on 21 February; the previous Sunday he crashed.",
            "the previous Sunday",
            "2026-02-15",
        ),
    ],
)
def test_days_counted_from_the_date_before(text: str, span: str, day: str) -> None:
    claims = _run("date", text)
    assert (claims[-1].text, claims[-1].value.date) == (span, day)


def test_following_day_without_an_anchor_counts_from_publication() -> None:
    (claim,) = _run("date", "Crews said they would return the following day.")
    assert (claim.text, claim.value.date) == ("the following day", "2026-03-19")


def test_previous_weekday_without_the_counts_from_publication() -> None:
    claims = _run("date", "It was Monday or previous Friday, she said.")
    assert claims[-1].value.date == "2026-03-13"


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("The inquiry resumes a week on Monday.", "a week on Monday", "2026-03-30"),
        ("We will know a fortnight on Friday.", "a fortnight on Friday", "2026-04-03"),
    ],
)
def test_a_week_on_weekday(text: str, span: str, day: str) -> None:
    (claim,) = _run("date", text)
    assert (claim.text, claim.value.date) == (span, day)


# --- a unit's article, notes and coins; points then a level; race times; days and nights ---


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bus fares are £3 now, up from a pound in 2019.", "a pound"),
        ("The coin went down from a euro to 80 cents.", "a euro"),
        ("Collectors prize the twenty-pound note with Turner on it.", "twenty-pound"),
    ],
)
def test_one_unit_and_denominations(text: str, span: str) -> None:
    assert span in _spans("money", text)


def test_a_unit_before_the_noun_it_modifies_is_no_amount() -> None:
    assert _spans("money", "The chain grew from a dollar store in Ohio.") == []


def test_change_in_points_then_a_level_is_two_figures() -> None:
    claims = _run("percent", "The bank lifted its rate by 0.5 percentage point to 4.75 per cent.")
    assert [(c.text, c.value.percentage_points) for c in claims] == [
        ("0.5 percentage point", True),
        ("4.75 per cent", None),
    ]


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("She won the marathon in 2:19:46 on Sunday.", "2:19:46", "PT2H19M46S"),
        ("He ran 800 metres in 1:44.72 at the trials.", "1:44.72", "PT1M44.72S"),
    ],
)
def test_race_times(text: str, span: str, iso: str) -> None:
    (claim,) = _run("duration", text)
    assert (claim.text, claim.value.iso) == (span, iso)


@pytest.mark.parametrize(
    "text",
    ["The polls close at 10:00:00 tonight.", "The train left at 7:45.", "Kick-off was 3:00 pm."],
)
def test_times_of_day_are_no_durations(text: str) -> None:
    assert _spans("duration", text) == []


def test_days_and_nights_of_one_length() -> None:
    (claim,) = _run("duration", "The rescuers searched for six days and six nights.")
    assert (claim.text, claim.value.iso) == ("six days and six nights", "P6D")


def test_days_and_fewer_nights_stay_two() -> None:
    assert _spans("duration", "The trip was five days and four nights.") == [
        "five days",
        "four nights",
    ]


def test_decimal_comma_before_a_currency_word() -> None:
    (claim,) = _run("money", "A tram ticket is 2,90 euros in Vienna.")
    assert (claim.text, claim.value.amount) == ("2,90 euros", 2.9)


def test_older_sol_symbol() -> None:
    (claim,) = _run("money", "The ceviche was S/. 35 at the market.")
    assert (claim.value.amount, claim.value.currency) == (35, "PEN")


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("The crossing took an hour and three quarters.", "an hour and three quarters", "PT1H45M"),
        ("The siege lasted a day and a half.", "a day and a half", "P1DT12H"),
    ],
)
def test_unit_then_and_fraction(text: str, span: str, iso: str) -> None:
    (claim,) = _run("duration", text)
    assert claim.text == span
    assert claim.value.iso == iso


def test_word_fraction_range_of_percents() -> None:
    (claim,) = _run(
        "percent", "Pay rises of between four-and-a-half and five per cent were agreed."
    )
    assert (claim.value.percent, claim.value.percent_max) == (4.5, 5)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("A matatu ride in Nairobi costs 100 shillings.", "KES"),
        ("In Manila a jeepney fare is 13 pesos.", "PHP"),
        ("Maize meal in Lilongwe went up to 900 kwacha.", "MWK"),
        ("A melon at the Tashkent bazaar costs 15,000 som.", "UZS"),
    ],
)
def test_shared_names_by_place(text: str, currency: str) -> None:
    (claim,) = _run("money", text)
    assert claim.value.currency == currency


def test_shared_name_without_a_place_has_no_currency() -> None:
    (claim,) = _run("money", "The stall sold tacos for 40 pesos.")
    assert claim.value.currency is None


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Patties in Kingston now cost J$350.", "JMD"),
        ("Doubles in Port of Spain are TT$8.", "TTD"),
        ("A room in Antigua city was 300 quetzales.", "GTQ"),
        ("Rice in San José was 1,500 colones a kilo.", "CRC"),
    ],
)
def test_regional_symbols_and_plurals(text: str, currency: str) -> None:
    (claim,) = _run("money", text)
    assert claim.value.currency == currency


def test_punts_need_a_word_of_price() -> None:
    assert _spans("money", "The kicker had 6 punts in the first half.") == []
    assert _spans("money", "A pint cost 2 punts in Cork in 1995.") == ["2 punts"]


@pytest.mark.parametrize(
    ("text", "span", "month"),
    [
        ("The museum reopens in May after next.", "May after next", "2027-05"),
        ("It last flooded in October before last.", "October before last", "2024-10"),
        ("Exams were in January before last.", "January before last", "2025-01"),
    ],
)
def test_month_after_next_and_before_last(text: str, span: str, month: str) -> None:
    (claim,) = _run("date", text)
    assert (claim.text, claim.value.date) == (span, month)


def test_may_the_verb_before_after_next_is_no_month() -> None:
    assert all("may" not in c.lower() for c in _spans("date", "They may after next reconsider."))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The club spent €2,5 million on the striker.", 2.5e6),
        ("Grants of 1,2 million euros were paid.", 1.2e6),
        ("The fee in Pune is Rs 1,34,900 a year.", 134900),
    ],
)
def test_one_digit_decimal_comma_and_indian_grouping(text: str, amount: float) -> None:
    (claim,) = _run("money", text)
    assert claim.value.amount == pytest.approx(amount)


def test_thirds_of_a_percentage_point() -> None:
    (claim,) = _run("percent", "Yields slipped two-thirds of a percentage point overnight.")
    assert claim.value.percent == pytest.approx(2 / 3)
    assert claim.value.percentage_points is True


def test_thirds_of_people_are_no_percent() -> None:
    assert _spans("percent", "Two-thirds of tenants backed the strike.") == []


def test_terse_months_among_terse_lengths() -> None:
    assert _spans("duration", "Warranty: 2Y. Returns: 1M.") == ["2Y", "1M"]


@pytest.mark.parametrize(
    "text", ["Sales hit 6M.", "The firm raised 4M in 2W sprints for 3M clients."]
)
def test_capital_m_is_millions_elsewhere(text: str) -> None:
    assert all("M" not in span for span in _spans("duration", text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He picked up a leaflet and found a dollar inside it.", "a dollar"),
        ("She lent him a euro for the locker.", "a euro"),
        ("Could you spare a pound for the meter?", "a pound"),
    ],
)
def test_a_unit_handed_over(text: str, span: str) -> None:
    assert _spans("money", text) == [span]


@pytest.mark.parametrize(
    "text",
    ["She gave a pound of butter to the baker.", "She found she had put on a pound in weight."],
)
def test_a_pound_of_something_or_of_weight(text: str) -> None:
    assert _spans("money", text) == []


def test_possessive_year_is_a_year_but_a_decade_stays_out() -> None:
    assert _spans("date", "Officials revised 2023's deficit twice.") == ["2023"]
    assert _spans("date", "Music of the 1970's is back.") == []


def test_this_coming_weekday() -> None:
    (claim,) = _run("date", "The clinic opens this coming Monday.")
    assert (claim.text, claim.value.date) == ("this coming Monday", "2026-03-23")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The chalet was listed at CHF 2'450'000.", 2450000),
        ("The grant came to €3 400 000 in the end.", 3400000),
        ("Damages of 1 750 000 euros were awarded.", 1750000),
        ("A watch for CHF 1'299.50 sold out.", 1299.5),
    ],
)
def test_thousands_grouped_with_spaces_or_apostrophes(text: str, amount: float) -> None:
    (claim,) = _run("money", text)
    assert claim.value.amount == pytest.approx(amount)


def test_a_sum_then_a_count_is_not_grouped() -> None:
    (claim,) = _run("money", "They paid $5 100 times over the years.")
    assert claim.value.amount == 5


@pytest.mark.parametrize(
    ("text", "span", "iso"),
    [
        ("Repairs take between four and six weeks.", "between four and six weeks", "P4W"),
        ("Visas last between 90 and 180 days.", "between 90 and 180 days", "P90D"),
        ("Delivery takes two or three days.", "two or three days", "P2D"),
    ],
)
def test_duration_ranges_with_and_or(text: str, span: str, iso: str) -> None:
    (claim,) = _run("duration", text)
    assert (claim.text, claim.value.iso) == (span, iso)


def test_between_without_a_second_length() -> None:
    claims = _run("duration", "It happened between two years and a decade ago.")
    assert [c.text for c in claims] == ["two years", "a decade"]
