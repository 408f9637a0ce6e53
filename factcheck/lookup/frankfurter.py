"""Exchange rates online from Frankfurter (api.frankfurter.dev/v1, ECB reference rates).

``GET /v1/2025-02-17?base=GBP&symbols=USD`` answers
``{"amount":1.0,"base":"GBP","date":"2025-02-17","rates":{"USD":1.2598}}``. On a weekend
or a TARGET holiday Frankfurter answers with the last business day before, and its
``date`` says which: we keep that day in ``Rate.date``, so the evidence names the rate
actually used. The result is the same ``Rate`` model as the offline ``lookup.ecb``.
"""

from __future__ import annotations

import re
from datetime import date

import httpx
from pydantic import BaseModel, ConfigDict

from factcheck.errors import BadOption, SourceUnavailable
from factcheck.lookup._http import Fetched, LookupCache, fetch
from factcheck.lookup.ecb import Rate

KEY = "frankfurter"
NAME = "Frankfurter"
BASE_URL = "https://api.frankfurter.dev/v1"
SOURCE = "Frankfurter (ECB reference rates)"
_CODE = re.compile(r"[A-Z]{3}")


class RateLookup(BaseModel):
    """A rate and the response it was read from (URL, retrieval time, content hash)."""

    model_config = ConfigDict(frozen=True)

    rate: Rate
    fetched: Fetched


def rate_url(on: date) -> str:
    """The endpoint for the rates of one day."""
    return f"{BASE_URL}/{on.isoformat()}"


def lookup_rate(
    client: httpx.Client | None,
    base: str,
    quote: str,
    on: date,
    *,
    cache: LookupCache | None = None,
    offline: bool = False,
) -> RateLookup:
    """The ECB reference rate ``base``→``quote`` on ``on`` (or the last business day before).

    ``SourceUnavailable`` when Frankfurter fails or answers without the pair.
    """
    base, quote = base.strip().upper(), quote.strip().upper()
    for code in (base, quote):
        if not _CODE.fullmatch(code):
            raise BadOption(f'"{code}" is not a currency code; give an ISO 4217 code such as GBP')
    if base == quote:
        raise SourceUnavailable(f'Nothing to look up: "{base}" to "{quote}" is the same currency')
    fetched = fetch(
        client,
        source=KEY,
        name=NAME,
        url=rate_url(on),
        params={"base": base, "symbols": quote},
        cache=cache,
        offline=offline,
    )
    data = fetched.parsed()
    try:
        value = float(data["rates"][quote])
        day = date.fromisoformat(str(data["date"]))
        answered_base = str(data.get("base", base)).upper()
    except (KeyError, TypeError, ValueError) as exc:
        raise SourceUnavailable(
            f'Frankfurter has no {base}→{quote} rate for {on} in "{fetched.url}"; '
            "check the currency codes (ISO 4217, e.g. GBP, USD)"
        ) from exc
    if answered_base != base:
        raise SourceUnavailable(
            f'Frankfurter answered with base "{answered_base}" when asked for "{base}"; '
            "try again later"
        )
    text = f"Frankfurter {day}: 1 {base} = {value:g} {quote}"
    if day != on:
        text += f"; no rates on {on} ({on:%A}), so the last business day before"
    rate = Rate(
        base=base,
        quote=quote,
        rate=value,
        date=day,
        source=SOURCE,
        url=fetched.url,
        description=text,
    )
    return RateLookup(rate=rate, fetched=fetched)


def frankfurter_rate(
    client: httpx.Client | None,
    base: str,
    quote: str,
    on: date,
    *,
    cache: LookupCache | None = None,
    offline: bool = False,
) -> Rate:
    """Like ``ecb.ecb_rate`` but online: the ``Rate`` alone (see ``lookup_rate``)."""
    return lookup_rate(client, base, quote, on, cache=cache, offline=offline).rate
