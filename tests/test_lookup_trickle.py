"""Lookups against real sockets on the loopback: a server that trickles bytes, proxies.

MockTransport cannot show these: the read timeout is per read, so a server that sends one
byte now and then never trips it, and httpx ignores the proxy variables once a transport is
given. Each server here listens on 127.0.0.1 and is stopped when its test ends.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import date

import pytest

import factcheck.lookup.frankfurter as frankfurter
from factcheck.config import Config, LookupSettings
from factcheck.errors import SourceUnavailable
from factcheck.lookup import lookup_claim
from factcheck.lookup._http import fetch, make_client
from factcheck.models import Claim, MoneyValue

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

RATES = b'{"amount": 1.0, "base": "GBP", "date": "2025-02-17", "rates": {"USD": 1.2598}}'


@contextmanager
def serve(handle: Callable[[socket.socket, bytes], None]) -> Iterator[tuple[int, list[bytes]]]:
    """A loopback server: each connection's request head goes to ``handle`` and the list."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(5)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    head += chunk
                seen.append(head)
                with suppress(OSError):  # the client hung up: what a deadline does
                    handle(conn, head)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1], seen
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def trickle(sent: list[int], every: float = 0.05) -> Callable[[socket.socket, bytes], None]:
    def handle(conn: socket.socket, head: bytes) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
        conn.sendall(b"Content-Length: 100000\r\n\r\n")
        for _ in range(2000):  # 100 s at this pace, if nothing cut it off
            conn.sendall(b" ")
            sent[0] += 1
            time.sleep(every)

    return handle


def test_a_trickling_server_is_cut_off_at_the_total_deadline() -> None:
    sent = [0]
    with serve(trickle(sent)) as (port, _):
        # A byte every 0.05 s: the 0.5 s read timeout alone would wait for ever.
        config = Config(lookup=LookupSettings(timeout_seconds=0.5))
        client = make_client(config, deadline=1.0)
        started = time.monotonic()
        with client, pytest.raises(SourceUnavailable) as caught:
            fetch(client, source="x", name="Slow", url=f"http://127.0.0.1:{port}/rates")
        took = time.monotonic() - started
    assert str(caught.value) == (
        "Slow (127.0.0.1) did not finish answering within 1 s in all; "
        "try again later or use --offline"
    )
    assert 0.9 < took < 3.0
    assert sent[0] >= 5  # bytes kept coming: only the total deadline stopped it


def test_a_server_trickling_its_headers_is_cut_off_too() -> None:
    sent = [0]

    def headers(conn: socket.socket, head: bytes) -> None:
        for ch in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 2000:
            conn.sendall(bytes([ch]))
            sent[0] += 1
            time.sleep(0.05)

    with serve(headers) as (port, _):
        config = Config(lookup=LookupSettings(timeout_seconds=0.5))
        client = make_client(config, deadline=1.0)
        started = time.monotonic()
        with client, pytest.raises(SourceUnavailable) as caught:
            fetch(client, source="x", name="Slow", url=f"http://127.0.0.1:{port}/rates")
        took = time.monotonic() - started
    assert "did not finish answering within 1 s in all" in str(caught.value)
    assert 0.9 < took < 3.0 and sent[0] >= 5


def test_a_trickling_rate_source_fails_alone_and_the_ecb_file_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sent = [0]
    claim = Claim(
        document="d", kind="money", text="£3 billion", start=0, end=10,
        value=MoneyValue(amount=3e9, currency="GBP"),
    )  # fmt: skip
    with serve(trickle(sent)) as (port, _):
        monkeypatch.setattr(frankfurter, "BASE_URL", f"http://127.0.0.1:{port}/v1")
        client = make_client(deadline=1.0)
        with client:
            results = lookup_claim(claim, client=client, published=date(2025, 2, 17))
    by_source = {r.source: r for r in results}
    assert by_source["frankfurter"].status == "skipped"
    assert "did not finish answering within 1 s" in by_source["frankfurter"].summary
    assert by_source["ecb"].status == "ok"
    assert by_source["ecb"].data["rate"]["rate"] == pytest.approx(1.2598, abs=1e-4)
    assert by_source["ecb"].summary.endswith("(offline fallback: Frankfurter did not answer)")


def _answer(body: bytes) -> Callable[[socket.socket, bytes], None]:
    def handle(conn: socket.socket, head: bytes) -> None:
        if head.startswith(b"CONNECT "):
            conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )

    return handle


def test_http_proxy_and_no_proxy_are_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with (
        serve(_answer(RATES)) as (proxy, via),
        serve(_answer(b'{"direct": true}')) as (port, direct),
    ):
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy}")
        with make_client() as client:
            # rates.invalid does not resolve: only the proxy can have answered.
            got = fetch(client, source="x", name="Rates", url="http://rates.invalid/v1/latest")
        assert got.body == RATES.decode()
        assert via[0].startswith(b"GET http://rates.invalid/v1/latest HTTP/1.1")
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        with make_client() as client:
            got = fetch(client, source="x", name="Direct", url=f"http://127.0.0.1:{port}/d")
        assert got.body == '{"direct": true}' and len(via) == 1 and len(direct) == 1


def test_https_proxy_is_asked_to_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with serve(_answer(b"")) as (proxy, via):
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy}")
        with make_client(retries=0) as client, pytest.raises(SourceUnavailable) as caught:
            fetch(client, source="x", name="Frankfurter", url="https://api.frankfurter.dev/v1/x")
    assert via and via[0].startswith(b"CONNECT api.frankfurter.dev:443 HTTP/1.1")
    assert str(caught.value).startswith("Frankfurter (api.frankfurter.dev) broke off")
    # A proxy variable that is not a URL is one line naming it.
    monkeypatch.setenv("HTTPS_PROXY", "http://[::1")
    with pytest.raises(SourceUnavailable, match=r'^HTTPS_PROXY is "http://\[::1", not a proxy URL'):
        make_client()
