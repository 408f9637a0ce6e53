"""Fetching an article's page: the lookups' client, a size cap, and the bytes as evidence.

    client = make_client(load_config())
    page = fetch_page(client, "https://news.example/budget")
    page.final_url, page.fetched_at, page.sha256, page.media_type

The client is ``factcheck.lookup.make_client`` (timeouts, retries on 429 and 5xx,
redirects followed, the newsroom's User-Agent); this module only asks for pages instead
of JSON, reads the body under a cap and turns every httpx failure into one
``SourceUnavailable`` line that names the address and the fix::

    https://news.example/gone answered HTTP 404 Not Found; check the address
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx  # noqa: TID251 -- pages are fetched with the lookups' client (make_client)

from factcheck.documents import is_web_url, max_article_bytes
from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import READ_TIMEOUT, redact

PAGE_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8"
"""What an article fetch asks for (the lookups' client asks for JSON by default)."""
FEED_ACCEPT = (
    "application/atom+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
TEXT_TYPES = frozenset({"text/plain"})
ARTICLE_TYPES = HTML_TYPES | PDF_TYPES | TEXT_TYPES


@dataclass(frozen=True)
class Page:
    """One fetched body: where it was asked for, where it came from, when, and its SHA-256."""

    url: str
    final_url: str
    fetched_at: datetime
    sha256: str
    media_type: str
    charset: str | None
    body: bytes


def check_address(url: str) -> str:
    """``url`` stripped, when it is an absolute http(s) address; ``BadOption`` otherwise."""
    value = url.strip()
    if not is_web_url(value):
        raise BadOption(
            f'"{url}" is not an http(s) address; give one such as https://example.org/article'
        )
    return value


def fetch_page(
    client: httpx.Client,
    url: str,
    *,
    accept: str = PAGE_ACCEPT,
    max_bytes: int | None = None,
) -> Page:
    """GET ``url`` and return its body with where, when and what it was.

    The body is read under ``max_bytes`` (default: the article size limit,
    ``FACTCHECK_MAX_ARTICLE_MB``); a larger one, an error status (after the client's
    retries), a timeout, a refused connection or a redirect loop raise
    ``SourceUnavailable`` with one line naming the address. Nothing is cached: a page is
    fetched once, when it is ingested, and its hash is kept with the document.
    """
    address = check_address(url)
    limit = max_article_bytes() if max_bytes is None else max_bytes
    shown = redact(address)
    try:
        with client.stream("GET", address, headers={"Accept": accept}) as response:
            final = redact(str(response.url))
            if response.status_code >= 400:
                phrase = f"HTTP {response.status_code} {response.reason_phrase}".rstrip()
                raise SourceUnavailable(f"{shown} answered {phrase}; {_status_fix(response)}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_big(shown, limit)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise _too_big(shown, limit)
                chunks.append(chunk)
            media, charset = _content_type(response.headers.get("content-type", ""))
    except httpx.HTTPError as exc:
        raise _fetch_error(shown, exc) from None
    body = b"".join(chunks)
    return Page(
        url=address,
        final_url=final,
        fetched_at=datetime.now(UTC),
        sha256=hashlib.sha256(body).hexdigest(),
        media_type=media or _sniff(body),
        charset=charset,
        body=body,
    )


def _content_type(value: str) -> tuple[str, str | None]:
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset


def _sniff(body: bytes) -> str:
    """A media type for a body served without one: PDF, HTML or else unknown."""
    head = body[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "application/pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return "application/octet-stream"


def _status_fix(response: httpx.Response) -> str:
    code = response.status_code
    if code in (404, 410):
        return "check the address"
    if code in (401, 403):
        return "the site refuses us; save the page from a browser and ingest the file"
    if code == 429 or code >= 500:
        return "the site is failing or busy (also on retry); try again later"
    return "check the address"


def _too_big(shown: str, limit: int) -> SourceUnavailable:
    return SourceUnavailable(
        f"{shown} is over the {limit / 1_000_000:g} MB limit for one article; refusing to read "
        "it (raise FACTCHECK_MAX_ARTICLE_MB if the page is right)"
    )


def _fetch_error(shown: str, exc: httpx.HTTPError) -> SourceUnavailable:
    if isinstance(exc, httpx.ConnectTimeout):
        return SourceUnavailable(
            f"{shown} could not be reached in time; check the address and your connection"
        )
    if isinstance(exc, httpx.TimeoutException):
        return SourceUnavailable(
            f"{shown} did not answer within {_read_timeout(exc):g} s; try again later, or raise "
            "[lookup] timeout_seconds in factcheck.toml"
        )
    if isinstance(exc, httpx.TooManyRedirects):
        return SourceUnavailable(
            f"{shown} redirects in a loop (more than 20 redirects); open it in a browser and "
            "ingest the address it ends at"
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return SourceUnavailable(f"{shown} redirects to an address that is not http(s)")
    if isinstance(exc, httpx.ConnectError):
        return SourceUnavailable(
            f"Cannot connect to {shown}: {_reason(exc)}; check the address and your connection"
        )
    return SourceUnavailable(f"Fetching {shown} failed: {_reason(exc)}; try again later")


def _read_timeout(exc: httpx.HTTPError) -> float:
    try:
        timeouts = exc.request.extensions.get("timeout") or {}
    except RuntimeError:  # an httpx error raised without a request attached
        return READ_TIMEOUT
    return float(timeouts.get("read") or READ_TIMEOUT)


def _reason(exc: Exception) -> str:
    return redact(str(exc)).replace("\n", " ") or type(exc).__name__
