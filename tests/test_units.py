"""The currency table is generated from babel's CLDR data, and the money grammar reads it."""

from __future__ import annotations

from factcheck.extract import _units


def test_the_generated_table_is_what_babel_gives() -> None:
    from factcheck.extract._currency_table import ROWS

    assert [tuple(r) for r in _units.generate()] == [tuple(r) for r in ROWS]


def test_names_symbols_and_plurals_come_from_the_table() -> None:
    words = _units.currency_words()
    assert words.heads["zlotys"] == "PLN"
    assert words.heads["naira"] == "NGN"
    assert words.heads["dollars"] == "USD"  # the policy for a word several currencies share
    assert words.heads["pesos"] is None
    assert words.adjectives[("mexican", "peso")] == "MXN"
    assert words.adjectives[("south african", "rand")] == "ZAR"
    assert words.names["swiss francs"] == "CHF"
    symbols = _units.currency_symbols()
    assert symbols["₦"] == "NGN"
    assert symbols["zł"] == "PLN"
    assert symbols["CA$"] == "CAD"
    assert symbols["$"] == "USD"
    assert symbols["kr"] is None  # Swedish, Danish or Norwegian: the text must say
    assert "KES" in _units.currency_codes()
    assert "ALL" not in _units.currency_codes()  # the English word in capitals


def test_minor_units_follow_the_currency_digits() -> None:
    assert _units.minor_factor("USD") == 0.01
    assert _units.minor_factor("KWD") == 0.001
    assert _units.minor_factor(None) == 0.01
