"""Wikipedia page summaries for context (the REST ``page/summary`` endpoint).

``GET https://en.wikipedia.org/api/rest_v1/page/summary/Moscow`` returns the title, a
short description, the lead paragraph as plain text (``extract``), the Wikidata item and
the page URL. Redirects are followed; a missing page is ``SourceUnavailable``.
Extracts are CC BY-SA 4.0: cite the page URL when quoting them.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import Fetched, LookupCache, fetch

KEY = "wikipedia"
NAME = "Wikipedia"
SUMMARY_URL = "https://{language}.wikipedia.org/api/rest_v1/page/summary/{title}"


class PageSummary(BaseModel):
    """The lead of a Wikipedia page."""

    model_config = ConfigDict(frozen=True)

    title: str
    description: str | None = None
    extract: str
    page: str
    wikibase_item: str | None = None
    timestamp: str | None = None
    fetched: Fetched


def summary_url(title: str, *, language: str = "en") -> str:
    """The REST URL for a title: spaces become underscores, the rest is percent-encoded."""
    return SUMMARY_URL.format(
        language=language, title=quote(title.strip().replace(" ", "_"), safe="")
    )


def page_summary(
    client: httpx.Client | None,
    title: str,
    *,
    language: str = "en",
    cache: LookupCache | None = None,
    offline: bool = False,
) -> PageSummary:
    """The summary of the page called ``title`` in the ``language`` Wikipedia."""
    if not title.strip():
        raise BadOption('Give a Wikipedia page title, e.g. --query "Keir Starmer"')
    url = summary_url(title, language=language)
    fetched = fetch(client, source=KEY, name=NAME, url=url, cache=cache, offline=offline)
    data = fetched.parsed()
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        raise SourceUnavailable(
            f'Wikipedia answered "{fetched.url}" without a page title; the API may have changed'
        )
    page = f"https://{language}.wikipedia.org/wiki/{quote(data['title'].replace(' ', '_'))}"
    urls = data.get("content_urls")
    if isinstance(urls, dict) and isinstance(urls.get("desktop"), dict):
        page = str(urls["desktop"].get("page") or page)
    return PageSummary(
        title=data["title"],
        description=data.get("description"),
        extract=str(data.get("extract") or ""),
        page=page,
        wikibase_item=data.get("wikibase_item"),
        timestamp=data.get("timestamp"),
        fetched=fetched,
    )
