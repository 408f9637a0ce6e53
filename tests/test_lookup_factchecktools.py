"""Google Fact Check Tools claims:search, replayed from cassettes of real bodies."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest

from factcheck.errors import SourceUnavailable
from factcheck.lookup._http import make_client
from factcheck.lookup.factchecktools import KEY_ENV, search_claims

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes" / "test_lookup_factchecktools"


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> str:
    value = os.environ.get("PYTEST_GOOGLE_FACTCHECK_KEY") or "dummy"
    monkeypatch.setenv(KEY_ENV, value)
    return value


@pytest.mark.vcr
def test_search_returns_claims_and_reviews(key: str) -> None:
    with make_client() as client:
        found = search_claims(client, "Trump  town hall\nhealth care")
    assert found.query == "Trump town hall health care"
    assert len(found.claims) == 2
    first = found.claims[0]
    assert first.claimant == "@dwebbKHN"
    assert first.reviews[0].publisher == "Misbar"
    assert first.reviews[0].rating == "Fake"
    assert found.claims[1].reviews[0].rating == "Mostly False"
    assert found.claims[1].reviews[0].site == "cbsnews.com"
    assert "key=REDACTED" in found.fetched.url and key not in found.fetched.url.replace(
        "REDACTED", ""
    )


@pytest.mark.vcr
def test_reviews_missing_title_or_date(key: str) -> None:
    with make_client() as client:
        found = search_claims(client, "Trump reinstated president")
    assert [c.reviews[0].rating for c in found.claims] == ["Pants on Fire", "Missing context"]
    assert found.claims[0].reviews[0].date is None
    assert found.claims[1].reviews[0].title is None


def test_missing_key_is_a_clear_error_before_any_request() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, json={})

    with pytest.raises(SourceUnavailable) as info:
        search_claims(make_client(transport=httpx.MockTransport(handler)), "troops")
    assert calls == []
    assert str(info.value) == (
        "Google Fact Check Tools needs an API key; set FACTCHECK_GOOGLE_API_KEY (a Google Cloud "
        "key with the Fact Check Tools API enabled) or choose another --source"
    )


def test_empty_answer_means_no_claims(key: str) -> None:
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    assert search_claims(client, "nothing like this").claims == []


def test_bad_key_is_refused_without_showing_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, "AIza-not-a-real-key")
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(400)))
    with pytest.raises(SourceUnavailable) as info:
        search_claims(client, "troops")
    assert "AIza-not-a-real-key" not in str(info.value)
    assert "key=REDACTED" in str(info.value)


def test_cassettes_hold_no_key() -> None:
    for path in CASSETTES.glob("*.yaml"):
        text = path.read_text()
        assert "key=" not in text.replace("REDACTED", ""), path
        assert "AIza" not in text, path
