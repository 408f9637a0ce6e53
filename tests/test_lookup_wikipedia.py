"""Wikipedia page summaries, replayed from cassettes of real bodies."""

from __future__ import annotations

import httpx
import pytest

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import make_client
from factcheck.lookup.wikipedia import page_summary, summary_url


@pytest.mark.vcr
def test_summary_of_a_page() -> None:
    with make_client() as client:
        page = page_summary(client, "Moscow")
    assert page.title == "Moscow"
    assert page.description == "Capital and largest city of Russia"
    assert page.wikibase_item == "Q649"
    assert page.page == "https://en.wikipedia.org/wiki/Moscow"
    assert page.extract.startswith("Moscow")
    assert page.fetched.url == "https://en.wikipedia.org/api/rest_v1/page/summary/Moscow"


@pytest.mark.vcr
def test_older_summary_shape_without_content_urls() -> None:
    with make_client() as client:
        page = page_summary(client, "Douglas Adams")
    assert page.title == "Douglas Adams"
    assert page.page == "https://en.wikipedia.org/wiki/Douglas_Adams"
    assert "Hitchhiker" in page.extract


def test_title_is_encoded_for_the_url() -> None:
    assert summary_url("Fermat's Last Theorem") == (
        "https://en.wikipedia.org/api/rest_v1/page/summary/Fermat%27s_Last_Theorem"
    )
    assert summary_url("AC/DC", language="de") == (
        "https://de.wikipedia.org/api/rest_v1/page/summary/AC%2FDC"
    )


def test_missing_page() -> None:
    client = make_client(transport=httpx.MockTransport(lambda r: httpx.Response(404)))
    with pytest.raises(SourceUnavailable) as info:
        page_summary(client, "No such page here")
    assert str(info.value) == (
        'Wikipedia has nothing at "https://en.wikipedia.org/api/rest_v1/page/summary/'
        'No_such_page_here" (HTTP 404 Not Found)'
    )


def test_empty_title() -> None:
    with pytest.raises(BadOption):
        page_summary(None, "  ")
