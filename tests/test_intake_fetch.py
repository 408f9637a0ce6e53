"""Fetching pages (factcheck.intake.fetch) and reading them (documents.document_from_page).

Pages are replayed from cassettes/test_intake_fetch/ (built by
cassettes/build_intake_cassettes.py from pages of our own making); a timeout cannot be
recorded, so it comes from httpx.MockTransport.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import httpx
import pytest

from factcheck.config import Config
from factcheck.documents import document_from_page
from factcheck.errors import BadDocument, BadOption, SourceUnavailable
from factcheck.intake.fetch import Page, fetch_page
from factcheck.lookup import make_client

BUDGET = "https://news.example/politics/council-budget"


def _client(**kw) -> httpx.Client:
    return make_client(Config(), sleep=lambda _s: None, **kw)


@pytest.mark.vcr
def test_article_page_gives_text_title_byline_site_and_date() -> None:
    before = datetime.now(UTC)
    with _client() as client:
        page = fetch_page(client, BUDGET)
    assert page.media_type == "text/html" and page.charset == "utf-8"
    assert page.final_url == page.url == BUDGET
    assert before <= page.fetched_at <= datetime.now(UTC)
    assert page.sha256 == hashlib.sha256(page.body).hexdigest()
    doc = document_from_page(page)
    assert doc.title == "Council sets a budget of £48m for next year"
    assert doc.byline == "Maria Lopes"
    assert doc.site_name == "The Example Courier"
    assert doc.source == "The Example Courier"
    assert doc.published == date(2025, 2, 17)
    # The headline, then the article's paragraphs.
    assert doc.text.startswith(
        "Council sets a budget of £48m for next year\n"
        "The city council approved a budget of £48m on Monday evening"
    )
    assert "Ana Ferreira" in doc.text
    # Navigation and footer are not article text.
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text
    assert (doc.url, doc.fetched_url, doc.fetched_sha256) == (BUDGET, BUDGET, page.sha256)
    assert doc.fetched_at == page.fetched_at and doc.pages is None


@pytest.mark.vcr
def test_a_redirect_is_followed_and_both_addresses_kept() -> None:
    with _client() as client:
        page = fetch_page(client, "https://news.example/p/48m")
    assert page.url == "https://news.example/p/48m"
    assert page.final_url == BUDGET
    doc = document_from_page(page)
    assert doc.url == "https://news.example/p/48m" and doc.fetched_url == BUDGET


@pytest.mark.vcr
def test_http_404_is_one_line() -> None:
    with _client() as client, pytest.raises(SourceUnavailable) as exc:
        fetch_page(client, "https://news.example/gone")
    assert str(exc.value) == (
        "https://news.example/gone answered HTTP 404 Not Found; check the address"
    )


@pytest.mark.vcr
def test_a_picture_is_not_an_article() -> None:
    with _client() as client:
        page = fetch_page(client, "https://news.example/charts/budget.png")
    assert page.media_type == "image/png"
    with pytest.raises(BadDocument) as exc:
        document_from_page(page)
    assert str(exc.value) == (
        "https://news.example/charts/budget.png is image/png, not an HTML page or a PDF; "
        "give the address of the article itself"
    )


@pytest.mark.vcr
def test_an_oversize_page_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "0.001")
    with _client() as client, pytest.raises(SourceUnavailable) as exc:
        fetch_page(client, BUDGET)
    assert str(exc.value) == (
        f"{BUDGET} is over the 0.001 MB limit for one article; refusing to read it "
        "(raise FACTCHECK_MAX_ARTICLE_MB if the page is right)"
    )


@pytest.mark.vcr(allow_playback_repeats=True)
def test_a_redirect_loop_is_one_line() -> None:
    with _client() as client, pytest.raises(SourceUnavailable) as exc:
        fetch_page(client, "https://news.example/loop/a")
    assert str(exc.value) == (
        "https://news.example/loop/a redirects in a loop (more than 20 redirects); open it in "
        "a browser and ingest the address it ends at"
    )


def test_a_timeout_is_one_line() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with (
        _client(transport=httpx.MockTransport(slow)) as client,
        pytest.raises(SourceUnavailable) as exc,
    ):
        fetch_page(client, BUDGET)
    assert str(exc.value) == (
        f"{BUDGET} did not answer within 10 s; try again later, or raise "
        "[lookup] timeout_seconds in factcheck.toml"
    )


def test_a_server_error_is_retried_then_named() -> None:
    calls: list[str] = []

    def failing(request: httpx.Request) -> httpx.Response:
        calls.append(str(request.url))
        return httpx.Response(503, text="busy")

    with (
        _client(transport=httpx.MockTransport(failing)) as client,
        pytest.raises(SourceUnavailable) as exc,
    ):
        fetch_page(client, BUDGET)
    assert len(calls) == 3  # the client's retries
    assert str(exc.value) == (
        f"{BUDGET} answered HTTP 503 Service Unavailable; the site is failing or busy "
        "(also on retry); try again later"
    )


def test_the_request_asks_for_pages_and_names_us() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"40 hours a week.")

    with _client(transport=httpx.MockTransport(answer)) as client:
        page = fetch_page(client, BUDGET)
    assert seen[0].headers["accept"].startswith("text/html")
    assert seen[0].headers["user-agent"].startswith("factcheck/")
    assert page.media_type == "application/octet-stream"  # no type, and not a PDF or HTML


def test_a_declared_length_over_the_cap_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_MAX_ARTICLE_MB", "1")

    def big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "content-length": "50000000"},
            content=b"<html></html>",
        )

    with (
        _client(transport=httpx.MockTransport(big)) as client,
        pytest.raises(SourceUnavailable, match="over the 1 MB limit"),
    ):
        fetch_page(client, BUDGET)


@pytest.mark.parametrize("bad", ["javascript:alert(1)", "news.example/page", "ftp://x.example/a"])
def test_only_web_addresses_are_fetched(bad: str) -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200))
    with _client(transport=transport) as client, pytest.raises(BadOption) as exc:
        fetch_page(client, bad)
    assert str(exc.value) == (
        f'"{bad}" is not an http(s) address; give one such as https://example.org/article'
    )


def _page(body: bytes, media: str, charset: str | None = None) -> Page:
    return Page(
        url=BUDGET,
        final_url=BUDGET,
        fetched_at=datetime(2025, 2, 17, 9, 0, tzinfo=UTC),
        sha256=hashlib.sha256(body).hexdigest(),
        media_type=media,
        charset=charset,
        body=body,
    )


def test_a_latin1_page_is_read_by_its_charset() -> None:
    text = "Le budget atteint 48 millions d'euros, soit 4,5 % de plus qu'en 2024, a dit l'élue."
    body = text.encode("latin-1")
    doc = document_from_page(_page(body, "text/plain", "iso-8859-1"))
    assert "l'élue" in doc.text


def test_terminal_escapes_in_a_page_are_neutralised() -> None:
    body = b"The budget rose by 4.5%.\x1b]8;;https://evil.example\x07 It cost \x1b[31m$3bn."
    doc = document_from_page(_page(body, "text/plain"))
    assert "\x1b" not in doc.text and "\x07" not in doc.text
    assert doc.text.startswith("The budget rose by 4.5%.")


def test_an_html_page_without_article_text_is_one_line() -> None:
    body = b"<!DOCTYPE html><html><head><title>Menu</title></head><body></body></html>"
    with pytest.raises(BadDocument) as exc:
        document_from_page(_page(body, "text/html"))
    assert str(exc.value) == f"{BUDGET} is an HTML page with no article text that could be found"


def test_a_pdf_at_an_address_keeps_its_pages_and_hash() -> None:
    from tests.test_intake_pdf import make_pdf

    data = make_pdf([["Rents rose by 7% in 2023."], ["Wages rose by 3%."]], title="Rents")

    def serve(request: httpx.Request) -> httpx.Response:
        # Served as a download, as many sites do: the %PDF- header says what it is.
        return httpx.Response(200, content=data, headers={"content-type": "binary/octet-stream"})

    with _client(transport=httpx.MockTransport(serve)) as client:
        page = fetch_page(client, "https://news.example/rents.pdf")
    doc = document_from_page(page, published=date(2024, 1, 5))
    assert doc.title == "Rents" and doc.published == date(2024, 1, 5)
    assert doc.text == "Rents rose by 7% in 2023.\n\nWages rose by 3%."
    assert doc.pages == [0, len("Rents rose by 7% in 2023.") + 2]
    assert doc.fetched_sha256 == hashlib.sha256(data).hexdigest()
    assert doc.source == "news.example"  # no site name in a PDF: the host
