"""Earlier fact-checks from the Google Fact Check Tools API (``claims:search``).

``GET https://factchecktools.googleapis.com/v1alpha1/claims:search?query=...&key=...``
returns ``{"claims": [{"text", "claimant", "claimDate", "claimReview": [{"publisher":
{"name", "site"}, "url", "title", "reviewDate", "textualRating", "languageCode"}]}],
"nextPageToken"}``. Reviews often lack a title or a review date; an empty search answers
``{}``. The key comes from ``FACTCHECK_GOOGLE_API_KEY`` and never reaches a message, the
database or a cassette (the stored URL has ``key=REDACTED``).
"""

from __future__ import annotations

import os
from typing import Any

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import Fetched, LookupCache, fetch

KEY = "factchecktools"
NAME = "Google Fact Check Tools"
API_URL = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
KEY_ENV = "FACTCHECK_GOOGLE_API_KEY"


class Review(BaseModel):
    """One publisher's rating of a claim."""

    model_config = ConfigDict(frozen=True)

    publisher: str | None = None
    site: str | None = None
    url: str
    title: str | None = None
    rating: str | None = None
    date: str | None = None
    language: str | None = None


class FactCheck(BaseModel):
    """A claim someone already checked, with its reviews."""

    model_config = ConfigDict(frozen=True)

    text: str
    claimant: str | None = None
    claim_date: str | None = None
    reviews: list[Review]


class FactCheckSearch(BaseModel):
    """The answer to one search, with the response it came from."""

    model_config = ConfigDict(frozen=True)

    query: str
    claims: list[FactCheck]
    fetched: Fetched


def api_key(explicit: str | None = None) -> str:
    """The API key: given, else ``FACTCHECK_GOOGLE_API_KEY``; ``SourceUnavailable`` if neither."""
    key = explicit or os.environ.get(KEY_ENV, "")
    if not key.strip():
        raise SourceUnavailable(
            f"{NAME} needs an API key; set {KEY_ENV} (a Google Cloud key with the "
            "Fact Check Tools API enabled) or choose another --source"
        )
    return key.strip()


def search_claims(
    client: httpx.Client | None,
    query: str,
    *,
    key: str | None = None,
    language: str | None = None,
    max_age_days: int | None = None,
    page_size: int = 10,
    cache: LookupCache | None = None,
    offline: bool = False,
) -> FactCheckSearch:
    """Earlier fact-checks whose claim text matches ``query``, as Google ranks them.

    The cache is keyed by the search, not the key, so ``--offline`` can replay a search
    without one. A missing key raises ``SourceUnavailable`` naming the variable to set.
    """
    text = " ".join(query.split())
    if not text:
        raise BadOption('Give a search text for earlier fact-checks, e.g. --query "troops Ukraine"')
    params = {"query": text, "pageSize": str(page_size)}
    if language:
        params["languageCode"] = language
    if max_age_days is not None:
        params["maxAgeDays"] = str(max_age_days)
    cache_key = "&".join(f"{k}={v}" for k, v in sorted(params.items()))
    hit = cache.cached_lookup(KEY, cache_key) if cache is not None else None
    # Without a cached answer the key is needed before anything goes out.
    secret = api_key(key) if hit is None and not offline else None
    fetched = fetch(
        client,
        source=KEY,
        name=NAME,
        url=API_URL,
        params={**params, "key": secret} if secret else params,
        key=cache_key,
        cache=cache,
        offline=offline,
    )
    return FactCheckSearch(query=text, claims=parse_claims(fetched), fetched=fetched)


def parse_claims(fetched: Fetched) -> list[FactCheck]:
    """The claims of a ``claims:search`` body (``{}`` means none)."""
    data = fetched.parsed()
    if not isinstance(data, dict):
        raise SourceUnavailable(
            f'{NAME} answered "{fetched.url}" with a JSON {type(data).__name__}, not an object; '
            "try again later"
        )
    rows = data.get("claims", [])
    if not isinstance(rows, list):
        raise SourceUnavailable(f'{NAME} answered "{fetched.url}" with a malformed "claims" list')
    return [c for c in (_claim(row) for row in rows) if c is not None]


def _claim(row: Any) -> FactCheck | None:
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return None
    reviews = []
    for r in row.get("claimReview") or []:
        if not isinstance(r, dict) or not isinstance(r.get("url"), str):
            continue
        publisher = r.get("publisher")
        if not isinstance(publisher, dict):
            publisher = {}
        reviews.append(
            Review(
                publisher=publisher.get("name"),
                site=publisher.get("site"),
                url=r["url"],
                title=r.get("title"),
                rating=r.get("textualRating"),
                date=r.get("reviewDate"),
                language=r.get("languageCode"),
            )
        )
    return FactCheck(
        text=row["text"],
        claimant=row.get("claimant"),
        claim_date=row.get("claimDate"),
        reviews=reviews,
    )
