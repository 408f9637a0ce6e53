"""lookup_claim(): which sources run for which claim, and what a skipped source says."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.errors import BadOption, OfflineError
from factcheck.lookup import SOURCES, lookup_claim, resolve_sources
from factcheck.models import Claim, DurationValue, MoneyValue, QuoteValue


def money(amount: float, currency: str, text: str = "€5 million") -> Claim:
    return Claim(
        document="d",
        kind="money",
        text=text,
        start=0,
        end=len(text),
        value=MoneyValue(amount=amount, currency=currency),
        sentence=f"The town spent {text} on roads.",
    )


def test_registry_order_and_kinds() -> None:
    assert list(SOURCES) == ["frankfurter", "ecb", "wikidata", "factchecktools", "wikipedia"]
    assert [k for k, s in SOURCES.items() if s.offline] == ["ecb"]
    assert resolve_sources(["wikidata,ecb", "ECB"]) == ["wikidata", "ecb"]
    with pytest.raises(BadOption, match='Unknown source "fx"'):
        resolve_sources(["fx"])


def test_offline_money_defaults_to_usd_at_the_ecb_rate_of_the_day() -> None:
    results = lookup_claim(money(5e6, "EUR"), published=date(2025, 2, 15), offline=True)
    assert [(r.source, r.status) for r in results] == [
        ("ecb", "ok"),
        ("factchecktools", "skipped"),
        ("wikipedia", "skipped"),
    ]
    rate = results[0].data["rate"]
    # Saturday 2025-02-15: the ECB's Friday rate, EUR/USD 1.0478.
    assert (rate["quote"], rate["date"], rate["rate"]) == ("USD", "2025-02-14", 1.0478)
    assert results[0].data["converted"] == pytest.approx(5.239e6)
    assert results[0].evidence[0].value == "1.0478"
    assert results[1].summary == (
        "Needs the network and nothing is cached; run without --offline once"
    )


def test_dollar_figures_convert_to_euros_and_to_asks_for_another() -> None:
    usd = money(1e9, "USD", "$1 billion")
    [first, *_] = lookup_claim(usd, published=date(2025, 2, 17), offline=True)
    assert first.data["rate"]["quote"] == "EUR"
    [gbp] = lookup_claim(
        usd, published=date(2025, 2, 17), offline=True, sources=["ecb"], to_currency="gbp"
    )
    assert gbp.data["rate"]["quote"] == "GBP"


def test_no_publication_date_is_a_note_or_an_error() -> None:
    claim = money(5e6, "EUR")
    [note, *_] = lookup_claim(claim, offline=True)
    assert note.status == "skipped"
    assert note.summary.startswith("The article has no publication date")
    with pytest.raises(BadOption, match="no publication date"):
        lookup_claim(claim, offline=True, sources=["ecb"])


def test_wikidata_offline_with_an_entity_refuses_the_network() -> None:
    claim = Claim(
        document="d",
        kind="duration",
        text="two years",
        start=0,
        end=9,
        value=DurationValue(iso="P2Y"),
    )
    with pytest.raises(OfflineError, match=r"^Wikidata needs the network"):
        lookup_claim(claim, entity="Q110999040", offline=True)


def test_quote_runs_context_sources_only() -> None:
    claim = Claim(
        document="d",
        kind="quote",
        text='"we will"',
        start=0,
        end=9,
        value=QuoteValue(quote="we will", speaker="A. Speaker"),
    )
    results = lookup_claim(claim, offline=True)
    assert [r.source for r in results] == ["factchecktools", "wikipedia"]
    assert all(r.status == "skipped" for r in results)
