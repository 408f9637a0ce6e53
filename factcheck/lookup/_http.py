"""The one HTTP client every lookup source uses, and the one place httpx errors become ours.

``make_client(config)`` builds an ``httpx.Client`` with named timeouts, a User-Agent
that names the newsroom's contact (Wikimedia asks for one), retries with backoff on
429 and 5xx that honour ``Retry-After`` (capped), and redirects followed. ``fetch()``
reads a body under a size cap, records URL, retrieval time and SHA-256 content hash,
and serves and fills the lookup cache. Sources call ``fetch()`` and never see an httpx
exception: ``source_error()`` maps each one to ``SourceUnavailable`` with a message
that says what failed and how to fix it::

    Frankfurter did not answer within 10 s; check your connection or use --offline
"""

from __future__ import annotations

import contextvars
import email.utils
import hashlib
import json
import re
import time
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol

import httpcore
import httpx
from pydantic import BaseModel, ConfigDict

from factcheck import __version__
from factcheck.config import Config
from factcheck.errors import OfflineError, SourceUnavailable

CONNECT_TIMEOUT = 5.0
"""Seconds to open a connection."""
READ_TIMEOUT = 10.0
"""Seconds to wait for the server between bytes (overridden by ``[lookup] timeout_seconds``)."""
POOL_TIMEOUT = 5.0
MAX_RETRIES = 2
"""Extra attempts after a 429 or 5xx answer (so three tries in all)."""
BACKOFF_SECONDS = 0.5
"""First wait between tries; it doubles each time."""
MAX_RETRY_AFTER = 30.0
"""Longest wait we honour from a Retry-After header; a longer one fails at once."""
MAX_BODY_BYTES = 5_000_000
"""Largest response body we read (a Wikidata entity is well under 1 MB)."""
TOTAL_DEADLINE = 30.0
"""Seconds one request may take in all, retries and their waits included: a server that
trickles a byte now and then never trips the read timeout, and must not hang a lookup."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

Sleep = Callable[[float], None]


def user_agent(config: Config | None = None) -> str:
    """The User-Agent: the tool, its version and the newsroom's contact (``[lookup] contact``)."""
    contact = (config or Config()).lookup.contact
    return (
        f"factcheck/{__version__} (newsroom fact-check tool; contact: {contact}) "
        f"httpx/{httpx.__version__}"
    )


#: (end, total) of the request running in this thread: every socket read and write waits
#: at most what is left, so a server trickling its headers is cut off too.
_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "factcheck_lookup_deadline", default=None
)


def _left(timeout: float | None, error: type[Exception]) -> float | None:
    bound = _DEADLINE.get()
    if bound is None:
        return timeout
    end, total = bound
    left = end - time.monotonic()
    if left <= 0:
        raise error(f"total deadline of {total:g} s passed")
    return left if timeout is None else min(timeout, left)


class _BoundedStream(httpcore.NetworkStream):
    """A socket whose every read and write is bounded by the request's total deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, each wrapped in a ``_BoundedStream``."""

    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(
            self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        timeout = _left(timeout, httpcore.ConnectTimeout)
        return _BoundedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _bounded_transport(**kwargs: Any) -> httpx.HTTPTransport:
    """``httpx.HTTPTransport`` whose sockets keep the total deadline. httpx 0.28/0.29 takes
    no network backend, so it is set on the pool it built; should that attribute go away,
    the deadline still holds between body chunks (``_DeadlineStream``)."""
    transport = httpx.HTTPTransport(**kwargs)
    pool = getattr(transport, "_pool", None)
    if pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = _BoundedBackend()
    return transport


class DeadlineExceeded(httpx.TimeoutException):
    """A request that took longer than its total deadline (``TOTAL_DEADLINE``)."""

    def __init__(self, message: str, *, request: httpx.Request, seconds: float) -> None:
        super().__init__(message, request=request)
        self.seconds = seconds


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops with ``DeadlineExceeded`` once the deadline has passed."""

    def __init__(
        self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: float, total: float
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline
        self._total = total

    def __iter__(self) -> Iterator[bytes]:
        token = _DEADLINE.set((self._deadline, self._total))
        try:
            for chunk in self._inner:
                if time.monotonic() > self._deadline:
                    raise DeadlineExceeded(
                        f"no complete answer within {self._total:g} s",
                        request=self._request,
                        seconds=self._total,
                    )
                yield chunk
        except httpx.TimeoutException as exc:
            if time.monotonic() < self._deadline:
                raise
            raise DeadlineExceeded(str(exc), request=self._request, seconds=self._total) from exc
        finally:
            _DEADLINE.reset(token)

    def close(self) -> None:
        self._inner.close()


class _RetryTransport(httpx.BaseTransport):
    """Retry 429 and 5xx answers with exponential backoff, honouring Retry-After up to a cap,
    all within one total deadline per request: every read waits at most what is left of it,
    a retry that would end past it is not made, and a body still trickling in at the
    deadline is cut off (``DeadlineExceeded``)."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        *,
        retries: int,
        backoff: float,
        sleep: Sleep,
        deadline: float = TOTAL_DEADLINE,
    ) -> None:
        self._inner = inner
        self._retries = retries
        self._backoff = backoff
        self._sleep = sleep
        self._total = deadline

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        end = time.monotonic() + self._total
        attempt = 0
        while True:
            self._cap_timeouts(request, end)
            token = _DEADLINE.set((end, self._total))
            try:
                response = self._inner.handle_request(request)
            except httpx.TimeoutException as exc:
                if time.monotonic() < end:
                    raise
                raise DeadlineExceeded(str(exc), request=request, seconds=self._total) from exc
            finally:
                _DEADLINE.reset(token)
            if response.status_code not in RETRY_STATUSES or attempt >= self._retries:
                return self._bounded(response, request, end)
            wait = _retry_after(response.headers.get("retry-after"))
            if wait is None:
                wait = self._backoff * (2**attempt)
            elif wait > MAX_RETRY_AFTER:
                # The server wants us gone for longer than a reviewer should wait.
                return self._bounded(response, request, end)
            if time.monotonic() + wait >= end:
                return self._bounded(response, request, end)  # no time left to try again
            response.close()
            self._sleep(wait)
            attempt += 1

    def _cap_timeouts(self, request: httpx.Request, end: float) -> None:
        left = end - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded(
                f"no answer within {self._total:g} s", request=request, seconds=self._total
            )
        timeouts = dict(request.extensions.get("timeout") or {})
        for name in ("connect", "read", "write", "pool"):
            value = timeouts.get(name)
            timeouts[name] = left if value is None else min(float(value), left)
        request.extensions = {**request.extensions, "timeout": timeouts}

    def _bounded(
        self, response: httpx.Response, request: httpx.Request, end: float
    ) -> httpx.Response:
        stream = response.stream
        if not isinstance(stream, httpx.SyncByteStream):
            return response
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_DeadlineStream(stream, request, end, self._total),
            extensions=response.extensions,
            request=request,
        )

    def close(self) -> None:
        self._inner.close()


class _ProxyTransport(httpx.BaseTransport):
    """The standard proxy variables, which httpx ignores once a transport is given:
    ``HTTPS_PROXY`` / ``HTTP_PROXY`` (either case) per scheme, ``NO_PROXY`` hosts direct,
    as ``urllib.request`` reads them."""

    def __init__(self, proxies: Mapping[str, str]) -> None:
        self._direct = _bounded_transport()
        self._via = {
            scheme: _bounded_transport(proxy=url)
            for scheme, url in proxies.items()
            if scheme in ("http", "https") and url
        }

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        import urllib.request

        via = self._via.get(request.url.scheme)
        if via is None or urllib.request.proxy_bypass(request.url.host):
            return self._direct.handle_request(request)
        return via.handle_request(request)

    def close(self) -> None:
        self._direct.close()
        for t in self._via.values():
            t.close()


def network_transport() -> httpx.BaseTransport:
    """The transport to the network: through the proxy the environment names, if any."""
    import urllib.request

    proxies = {k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https")}
    for scheme, url in proxies.items():
        try:
            httpx.URL(url)
        except httpx.InvalidURL:
            raise SourceUnavailable(
                f'{scheme.upper()}_PROXY is "{url}", not a proxy URL; set it to e.g. '
                "http://proxy.example:3128 or unset it"
            ) from None
    return _ProxyTransport(proxies) if proxies else _bounded_transport()


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def make_client(
    config: Config | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    sleep: Sleep = time.sleep,
    retries: int = MAX_RETRIES,
    deadline: float = TOTAL_DEADLINE,
) -> httpx.Client:
    """An ``httpx.Client`` for the lookup sources.

    ``transport`` replaces the network (tests pass ``httpx.MockTransport``); ``sleep``
    replaces ``time.sleep`` between retries so tests don't wait. The read timeout comes
    from ``[lookup] timeout_seconds`` in the config; ``deadline`` bounds each request in
    all. Without a ``transport`` the standard proxy variables are followed.
    """
    cfg = config or Config()
    inner = transport if transport is not None else network_transport()
    read = cfg.lookup.timeout_seconds or READ_TIMEOUT
    retry = _RetryTransport(
        inner, retries=retries, backoff=BACKOFF_SECONDS, sleep=sleep, deadline=deadline
    )
    return httpx.Client(
        transport=retry,
        timeout=httpx.Timeout(read, connect=CONNECT_TIMEOUT, pool=POOL_TIMEOUT),
        headers={"User-Agent": user_agent(cfg), "Accept": "application/json"},
        follow_redirects=True,
    )


# ---------------------------------------------------------------- errors

_SECRET_PARAM = re.compile(r"([?&](?:key|api_key)=)[^&#\s]*", re.IGNORECASE)


def redact(url: str) -> str:
    """The URL with API keys blanked, fit for messages, the database and cassettes."""
    return _SECRET_PARAM.sub(r"\1REDACTED", url)


def _timeout_of(request: httpx.Request | None) -> float:
    if request is None:
        return READ_TIMEOUT
    timeouts = request.extensions.get("timeout") or {}
    value = timeouts.get("read") or timeouts.get("connect")
    return round(float(value), 1) if value else READ_TIMEOUT


def source_error(source: str, exc: httpx.HTTPError) -> SourceUnavailable:
    """Our ``SourceUnavailable`` for an httpx error, with a message that names the fix.

    Use as ``raise source_error("Wikidata", exc) from exc``.
    """
    request: httpx.Request | None
    try:
        request = exc.request
    except RuntimeError:  # an httpx error raised without a request attached
        request = None
    host = request.url.host if request is not None else "the server"
    if isinstance(exc, DeadlineExceeded):
        return SourceUnavailable(
            f"{source} ({host}) did not finish answering within {exc.seconds:g} s in all; "
            "try again later or use --offline"
        )
    if isinstance(exc, httpx.TimeoutException):
        if isinstance(exc, httpx.ConnectTimeout):
            return SourceUnavailable(
                f"{source} ({host}) could not be reached within {CONNECT_TIMEOUT:g} s; "
                "check your connection or use --offline"
            )
        return SourceUnavailable(
            f"{source} did not answer within {_timeout_of(request):g} s; "
            "check your connection or use --offline"
        )
    if isinstance(exc, httpx.ConnectError):
        return SourceUnavailable(
            f"Cannot connect to {source} ({host}): {_reason(exc)}; "
            "check your connection or use --offline"
        )
    if isinstance(exc, httpx.HTTPStatusError):
        return status_error(source, exc.response)
    if isinstance(exc, httpx.TooManyRedirects):
        return SourceUnavailable(f"{source} redirected too many times; try again later")
    if isinstance(exc, httpx.TransportError):
        return SourceUnavailable(
            f"{source} ({host}) broke off the connection: {_reason(exc)}; "
            "try again or use --offline"
        )
    return SourceUnavailable(f"{source} request failed: {_reason(exc)}; try again or use --offline")


def _reason(exc: Exception) -> str:
    return redact(str(exc)) or type(exc).__name__


def status_error(source: str, response: httpx.Response) -> SourceUnavailable:
    """``SourceUnavailable`` for an HTTP error status, after any retries."""
    code = response.status_code
    phrase = f"HTTP {code} {response.reason_phrase}".rstrip()
    url = redact(str(response.request.url))
    if code == 429:
        after = response.headers.get("retry-after")
        when = f" (it asks us to wait {after} s)" if after else ""
        return SourceUnavailable(
            f"{source} refused further requests for now: {phrase}{when}; "
            "wait and try again, or use --offline"
        )
    if code >= 500:
        return SourceUnavailable(
            f"{source} is failing ({phrase}, also on retry); try again later or use --offline"
        )
    if code in (401, 403):
        return SourceUnavailable(f"{source} refused access: {phrase} for {url}; check the API key")
    if code == 404:
        return SourceUnavailable(f'{source} has nothing at "{url}" ({phrase})')
    return SourceUnavailable(f'{source} rejected the request "{url}": {phrase}')


# ---------------------------------------------------------------- fetching and the cache


class Fetched(BaseModel):
    """One response body as evidence: where it came from, when, and its SHA-256."""

    model_config = ConfigDict(frozen=True)

    source: str
    name: str
    key: str
    url: str
    body: str
    content_hash: str
    retrieved: datetime
    cached: bool = False

    def parsed(self) -> Any:
        """The body parsed as JSON; ``SourceUnavailable`` if it is not JSON."""
        try:
            return json.loads(self.body)
        except json.JSONDecodeError as exc:
            raise SourceUnavailable(
                f'{self.name} answered "{self.url}" with something that is not JSON '
                f"({exc.msg} at character {exc.pos}); try again later"
            ) from exc


class CachedBody(Protocol):
    """What the cache gives back (``factcheck.db`` ``LookupRow`` has these fields)."""

    @property
    def url(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def retrieved(self) -> datetime: ...


class LookupCache(Protocol):
    """Where fetched bodies are kept: ``ClaimStore`` in production, a dict in tests."""

    def cached_lookup(self, source: str, key: str) -> CachedBody | None: ...

    def save_lookup(
        self,
        *,
        source: str,
        key: str,
        url: str,
        body: str,
        content_hash: str,
        retrieved: datetime,
    ) -> object: ...


def body_hash(body: str) -> str:
    """SHA-256 of the body as UTF-8, hex."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def fetch(
    client: httpx.Client | None,
    *,
    source: str,
    name: str,
    url: str,
    params: Mapping[str, str] | None = None,
    key: str | None = None,
    cache: LookupCache | None = None,
    offline: bool = False,
    max_bytes: int = MAX_BODY_BYTES,
) -> Fetched:
    """GET ``url`` and return its body as evidence, from the cache when it has it.

    ``source`` is the registry key (the cache's namespace), ``name`` the human name used
    in messages. ``key`` identifies the question in the cache (default: the redacted URL
    with its query). With ``offline`` (or no client) only the cache can answer; otherwise
    ``OfflineError``. A body over ``max_bytes``, an error status, a timeout or a refused
    connection raise ``SourceUnavailable``.
    """
    full = httpx.URL(url, params=params or {})
    shown = redact(str(full))
    cache_key = key or shown
    if cache is not None:
        hit = cache.cached_lookup(source, cache_key)
        if hit is not None:
            return Fetched(
                source=source,
                name=name,
                key=cache_key,
                url=hit.url,
                body=hit.body,
                content_hash=hit.content_hash,
                retrieved=hit.retrieved,
                cached=True,
            )
    if offline or client is None:
        raise OfflineError(
            f"{name} needs the network but --offline is set and nothing is cached for "
            f'"{cache_key}"; run the lookup once without --offline'
        )
    body = _get(client, name, full, max_bytes)
    fetched = Fetched(
        source=source,
        name=name,
        key=cache_key,
        url=shown,
        body=body,
        content_hash=body_hash(body),
        retrieved=datetime.now(UTC),
    )
    if cache is not None:
        cache.save_lookup(
            source=source,
            key=cache_key,
            url=fetched.url,
            body=fetched.body,
            content_hash=fetched.content_hash,
            retrieved=fetched.retrieved,
        )
    return fetched


def _get(client: httpx.Client, name: str, url: httpx.URL, max_bytes: int) -> str:
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise status_error(name, response)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(name, url, max_bytes)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise _too_big(name, url, max_bytes)
                chunks.append(chunk)
            encoding = response.charset_encoding or "utf-8"
    except httpx.HTTPError as exc:
        raise source_error(name, exc) from exc
    raw = b"".join(chunks)
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise SourceUnavailable(
            f'{name} answered "{redact(str(url))}" with undecodable text ({exc}); try again later'
        ) from exc


def _too_big(name: str, url: httpx.URL, max_bytes: int) -> SourceUnavailable:
    return SourceUnavailable(
        f'{name} sent more than {max_bytes / 1_000_000:g} MB for "{redact(str(url))}"; '
        "refusing to read it (a wrong URL or a changed API?)"
    )
