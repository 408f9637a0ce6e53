"""The shared lookup client: timeouts, retries, size cap and error mapping, on MockTransport."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from factcheck.config import load_config
from factcheck.errors import OfflineError, SourceUnavailable
from factcheck.lookup._http import (
    MAX_RETRIES,
    MAX_RETRY_AFTER,
    body_hash,
    fetch,
    make_client,
    redact,
    user_agent,
)

URL = "https://api.example.test/v1/thing"


@dataclass
class Row:
    url: str
    body: str
    content_hash: str
    retrieved: datetime


class DictCache:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], Row] = {}

    def cached_lookup(self, source: str, key: str) -> Row | None:
        return self.rows.get((source, key))

    def save_lookup(self, *, source, key, url, body, content_hash, retrieved) -> None:
        self.rows[(source, key)] = Row(url, body, content_hash, retrieved)


def client_for(handler, sleeps: list[float] | None = None, **kw) -> httpx.Client:
    slept = sleeps if sleeps is not None else []
    return make_client(transport=httpx.MockTransport(handler), sleep=slept.append, **kw)


def get(client: httpx.Client, url: str = URL, **kw):
    return fetch(client, source="example", name="Example", url=url, **kw)


def test_user_agent_names_the_contact_from_the_config(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text('[lookup]\ncontact = "desk@daily.example"\n')
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, json={})

    with make_client(load_config(tmp_path), transport=httpx.MockTransport(handler)) as client:
        get(client)
    assert seen == [user_agent(load_config(tmp_path))]
    assert "desk@daily.example" in seen[0]
    assert seen[0].startswith("factcheck/")


def test_config_timeout_is_the_read_timeout(tmp_path: Path) -> None:
    (tmp_path / "factcheck.toml").write_text("[lookup]\ntimeout_seconds = 3\n")
    client = make_client(load_config(tmp_path))
    assert client.timeout.read == 3
    assert client.timeout.connect == 5


def test_fetch_returns_body_url_hash_and_time() -> None:
    client = client_for(lambda r: httpx.Response(200, text='{"a": 1}'))
    got = get(client, params={"x": "1"})
    assert got.body == '{"a": 1}'
    assert got.parsed() == {"a": 1}
    assert got.url == URL + "?x=1"
    assert got.content_hash == body_hash('{"a": 1}') != body_hash('{"a": 2}')
    assert (datetime.now(UTC) - got.retrieved).total_seconds() < 60
    assert got.cached is False


def test_read_timeout_is_one_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(SourceUnavailable) as info:
        get(client_for(handler))
    assert str(info.value) == (
        "Example did not answer within 10 s; check your connection or use --offline"
    )
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


def test_connect_timeout_names_the_host() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("timed out", request=request)

    with pytest.raises(SourceUnavailable, match=r"^Example \(api.example.test\) could not be"):
        get(client_for(handler))


def test_no_network_is_one_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution", request=request)

    with pytest.raises(SourceUnavailable) as info:
        get(client_for(handler))
    assert str(info.value) == (
        "Cannot connect to Example (api.example.test): [Errno -3] Temporary failure in name "
        "resolution; check your connection or use --offline"
    )
    assert "\n" not in str(info.value)


def test_429_honours_retry_after_then_succeeds() -> None:
    answers = [
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(200, json={"ok": True}),
    ]
    sleeps: list[float] = []
    got = get(client_for(lambda r: answers.pop(0), sleeps))
    assert got.parsed() == {"ok": True}
    assert sleeps == [7.0]


def test_429_with_a_retry_after_beyond_the_cap_fails_at_once() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(429, headers={"Retry-After": str(int(MAX_RETRY_AFTER) + 1)})

    sleeps: list[float] = []
    with pytest.raises(SourceUnavailable) as info:
        get(client_for(handler, sleeps))
    assert calls == [1]
    assert sleeps == []
    assert str(info.value) == (
        "Example refused further requests for now: HTTP 429 Too Many Requests "
        "(it asks us to wait 31 s); wait and try again, or use --offline"
    )


def test_500_retries_with_backoff_then_succeeds() -> None:
    answers = [httpx.Response(500), httpx.Response(503), httpx.Response(200, json=[1])]
    sleeps: list[float] = []
    assert get(client_for(lambda r: answers.pop(0), sleeps)).parsed() == [1]
    assert sleeps == [0.5, 1.0]


def test_500_every_time_gives_up_after_the_retries() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(500)

    sleeps: list[float] = []
    with pytest.raises(SourceUnavailable) as info:
        get(client_for(handler, sleeps))
    assert len(calls) == MAX_RETRIES + 1
    assert len(sleeps) == MAX_RETRIES
    assert str(info.value) == (
        "Example is failing (HTTP 500 Internal Server Error, also on retry); "
        "try again later or use --offline"
    )


def test_404_is_not_retried() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(404)

    with pytest.raises(SourceUnavailable, match=r"^Example has nothing at"):
        get(client_for(handler))
    assert calls == [1]


def test_malformed_json_is_one_clear_error() -> None:
    got = get(client_for(lambda r: httpx.Response(200, text="<html>busy</html>")))
    with pytest.raises(SourceUnavailable) as info:
        got.parsed()
    assert str(info.value) == (
        f'Example answered "{URL}" with something that is not JSON '
        "(Expecting value at character 0); try again later"
    )


def test_oversize_body_declared_in_content_length() -> None:
    client = client_for(lambda r: httpx.Response(200, content=b"x" * 2_000))
    with pytest.raises(SourceUnavailable) as info:
        get(client, max_bytes=1_000)
    assert str(info.value) == (
        f'Example sent more than 0.001 MB for "{URL}"; '
        "refusing to read it (a wrong URL or a changed API?)"
    )


def test_oversize_body_streamed_without_content_length() -> None:
    def chunks():
        for _ in range(100):
            yield b"y" * 100

    client = client_for(lambda r: httpx.Response(200, content=chunks()))
    with pytest.raises(SourceUnavailable, match="sent more than"):
        get(client, max_bytes=1_000)
    assert len(get(client, max_bytes=10_000).body) == 10_000


def test_keys_never_reach_messages_or_stored_urls() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403)

    with pytest.raises(SourceUnavailable) as info:
        get(client_for(handler), params={"query": "q", "key": "s3cr3t"})
    assert "s3cr3t" not in str(info.value)
    assert "key=REDACTED" in str(info.value)
    assert redact("https://x.test/?key=abc&q=1&api_key=def") == (
        "https://x.test/?key=REDACTED&q=1&api_key=REDACTED"
    )
    ok = get(client_for(lambda r: httpx.Response(200, json={})), params={"key": "s3cr3t"})
    assert "s3cr3t" not in ok.url


def test_cache_is_filled_then_answers_without_the_network() -> None:
    cache = DictCache()
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, json={"n": len(calls)})

    client = client_for(handler)
    first = get(client, cache=cache)
    second = get(client, cache=cache)
    offline = get(None, cache=cache, offline=True)
    assert calls == [1]
    assert first.cached is False and second.cached is True and offline.cached is True
    assert second.parsed() == offline.parsed() == {"n": 1}
    assert second.content_hash == first.content_hash
    assert second.retrieved == first.retrieved


def test_offline_without_cache_refuses_the_network() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, json={})

    with pytest.raises(OfflineError) as info:
        get(client_for(handler), offline=True, cache=DictCache())
    assert calls == []
    assert str(info.value) == (
        f'Example needs the network but --offline is set and nothing is cached for "{URL}"; '
        "run the lookup once without --offline"
    )


def test_retry_after_as_an_http_date() -> None:
    from datetime import timedelta
    from email.utils import format_datetime

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    answers = [httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json={})]
    sleeps: list[float] = []
    get(client_for(lambda r: answers.pop(0), sleeps))
    assert len(sleeps) == 1 and 15 <= sleeps[0] <= 20
