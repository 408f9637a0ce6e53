"""Frankfurter rates, replayed from cassettes built on real Frankfurter bodies."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup import ecb
from factcheck.lookup._http import make_client
from factcheck.lookup.frankfurter import frankfurter_rate, lookup_rate


@pytest.mark.vcr
def test_gbp_usd_on_the_publication_day() -> None:
    with make_client() as client:
        found = lookup_rate(client, "gbp", "USD", date(2025, 2, 17))
    rate = found.rate
    assert isinstance(rate, ecb.Rate)
    assert (rate.base, rate.quote, rate.rate, rate.date) == (
        "GBP",
        "USD",
        1.2598,
        date(2025, 2, 17),
    )
    assert rate.url == "https://api.frankfurter.dev/v1/2025-02-17?base=GBP&symbols=USD"
    assert rate.description == "Frankfurter 2025-02-17: 1 GBP = 1.2598 USD"
    assert len(found.fetched.content_hash) == 64
    # £3 billion at that rate is $3.779 billion, the figure the conversion check needs.
    assert round(3e9 * rate.rate / 1e9, 3) == 3.779


@pytest.mark.vcr
def test_a_sunday_takes_the_friday_rate() -> None:
    with make_client() as client:
        rate = frankfurter_rate(client, "GBP", "USD", date(2025, 2, 16))
    assert rate.date == date(2025, 2, 14)
    assert rate.rate == 1.2591
    assert "no rates on 2025-02-16 (Sunday), so the last business day before" in rate.description


def test_the_cassette_rate_agrees_with_the_offline_ecb_file() -> None:
    # The cassette's 1.2598 was derived from the ECB rows; the shipped file must agree.
    offline = ecb.ecb_rate("GBP", "USD", date(2025, 2, 17))
    assert offline.date == date(2025, 2, 17)
    assert round(offline.rate, 4) == 1.2598


def _mock(body: object) -> httpx.Client:
    return make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))


def test_an_answer_without_the_pair_is_a_clear_error() -> None:
    client = _mock({"amount": 1.0, "base": "GBP", "date": "2025-02-17", "rates": {}})
    with pytest.raises(SourceUnavailable) as info:
        frankfurter_rate(client, "GBP", "XYZ", date(2025, 2, 17))
    assert str(info.value) == (
        "Frankfurter has no GBP→XYZ rate for 2025-02-17 in "
        '"https://api.frankfurter.dev/v1/2025-02-17?base=GBP&symbols=XYZ"; '
        "check the currency codes (ISO 4217, e.g. GBP, USD)"
    )


def test_an_answer_for_another_base_is_refused() -> None:
    client = _mock({"amount": 1.0, "base": "EUR", "date": "2025-02-17", "rates": {"USD": 1.04}})
    with pytest.raises(SourceUnavailable, match='base "EUR" when asked for "GBP"'):
        frankfurter_rate(client, "GBP", "USD", date(2025, 2, 17))


def test_same_currency_needs_no_lookup() -> None:
    with pytest.raises(SourceUnavailable, match='"USD" to "USD" is the same currency'):
        frankfurter_rate(None, "USD", "usd", date(2025, 2, 17))


def test_a_malformed_currency_code_is_refused_before_any_request() -> None:
    with pytest.raises(BadOption) as info:
        frankfurter_rate(None, "pounds", "USD", date(2025, 2, 17))
    assert str(info.value) == '"POUNDS" is not a currency code; give an ISO 4217 code such as GBP'
