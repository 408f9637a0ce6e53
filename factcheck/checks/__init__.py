"""Automatic consistency checks: suggestions with their arithmetic, never verdicts.

``CHECKS`` maps each check's name to its module, in the order they run:

* ``conversion``: "£3 billion ($3.7 billion)" against the ECB rate of the day;
* ``elapsed``: "nearly three years", "two years ago" against the dates they span;
* ``weekday``: "Sunday, February 16" against the calendar;
* ``arithmetic``: percentage changes, parts and totals, rate × period, shares, multiples.

``check_document`` runs them all on one document and returns ``CheckResult`` objects
(status consistent / inconsistent / inconclusive, an explanation with the numbers, and
the evidence), each tied to the extracted claim whose span it overlaps, if any::

    >>> doc = Document(id="d", text="It costs £3 billion ($3.7 billion).", published="2025-02-17")
    >>> [r.status for r in check_document(doc, [])]
    ['consistent']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from types import ModuleType

from factcheck.checks import arithmetic, conversion, elapsed, weekday
from factcheck.checks._figures import find_dates, find_figures
from factcheck.checks.conversion import RateSource
from factcheck.errors import BadOption, SourceUnavailable
from factcheck.extract import extract_document
from factcheck.lookup.ecb import ecb_rate
from factcheck.models import CheckResult, Claim, Document

CHECKS: dict[str, ModuleType] = {m.NAME: m for m in (conversion, elapsed, weekday, arithmetic)}

__all__ = [
    "CHECKS",
    "RateSource",
    "check_batch",
    "check_document",
    "check_queue",
    "resolve_checks",
]


def resolve_checks(names: Iterable[str] | None) -> list[str]:
    """The checks to run, in registry order; ``BadOption`` for a name we lack."""
    if names is None:
        return list(CHECKS)
    wanted = [n.strip().lower() for n in names if n.strip()]
    for n in wanted:
        if n not in CHECKS:
            raise BadOption(f'Unknown check "{n}"; choose from {", ".join(CHECKS)}')
    return [n for n in CHECKS if n in wanted]


def check_document(
    doc: Document,
    claims: Sequence[Claim],
    *,
    rates: RateSource | None = None,
    event_dates: Mapping[str, date] | None = None,
    offline: bool = True,
    checks: Sequence[str] | None = None,
) -> list[CheckResult]:
    """Every automatic check that applies to one document, in text order.

    ``claims`` are the document's extracted claims; a result is tied (``claim_id``) to the
    claim its span overlaps most, and ``related`` lists the other claims in that span's
    sentence it compared. ``rates`` gives exchange rates (default: the offline ECB history;
    ``offline`` only records that no network source may be used). ``event_dates`` maps a
    label (a Wikidata QID, or "--event-date") to the date an elapsed phrase without its
    own date is measured from.
    """
    del offline  # the default rate source never uses the network
    chosen = resolve_checks(checks)
    claim_list = [c for c in claims if c.document in ("", doc.id)]
    figures = find_figures(doc.text)
    dates = find_dates(doc.text, doc.published)
    results: list[CheckResult] = []
    for name in chosen:
        if name == "conversion":
            results += conversion.check(doc, claim_list, rates=rates or ecb_rate, figures=figures)
        elif name == "elapsed":
            results += elapsed.check(doc, claim_list, event_dates=event_dates, dates=dates)
        elif name == "weekday":
            results += weekday.check(doc, claim_list, dates=dates)
        else:
            results += arithmetic.check(doc, claim_list, figures=figures)
    for r in results:
        _link(r, claim_list)
    results.sort(key=lambda r: (r.start, r.end, r.check))
    return results


#: The claim kinds a check's result belongs to, best first.
_KINDS: dict[str, tuple[str, ...]] = {
    "conversion": ("money",),
    "elapsed": ("duration", "date"),
    "weekday": ("date",),
    "arithmetic": ("percent", "money", "quantity", "duration"),
}


def _link(result: CheckResult, claims: list[Claim]) -> None:
    kinds = _KINDS[result.check]
    best: tuple[int, int, Claim] | None = None
    for c in claims:
        overlap = min(c.end, result.end) - max(c.start, result.start)
        if overlap <= 0:
            continue
        rank = kinds.index(c.kind) if c.kind in kinds else len(kinds)
        if best is None or (-rank, overlap) > (-best[0], best[1]):
            best = (rank, overlap, c)
    if best is not None:
        chosen = best[2]
        result.claim_id = chosen.id
        result.related = [
            c.id
            for c in claims
            if c.id != chosen.id and (c.pair == chosen.id or chosen.pair == c.id)
        ]


def check_batch(
    docs: Iterable[Document],
    *,
    event_dates: Mapping[str, date] | None = None,
    offline: bool = True,
    checks: Sequence[str] | None = None,
) -> Iterator[CheckResult]:
    """Extract each document's claims and check it: no queue, no network."""
    for doc in docs:
        yield from check_document(
            doc, extract_document(doc), event_dates=event_dates, offline=offline, checks=checks
        )


def check_queue(
    url: str,
    *,
    ids: Sequence[str] = (),
    event_dates: Mapping[str, date] | None = None,
    event: str | None = None,
    offline: bool = False,
    checks: Sequence[str] | None = None,
) -> list[CheckResult]:
    """Check queued documents (all, or those of the claims ``ids``) and store the results.

    With ``ids`` only the results tied to those claims are kept. ``event`` is a Wikidata
    item whose start (else point in time, else inception) date elapsed phrases without a
    date of their own count from; it is read through the store's lookup cache, so it
    works offline once fetched. A failed lookup raises before anything is stored.
    """
    from factcheck.db.store import open_store

    events = dict(event_dates or {})
    with open_store(url) as store:
        if event:
            events[event] = _event_date(event, store, offline=offline)
        if ids:
            wanted = {store.get_claim(i).claim.id for i in ids}
            doc_ids = list(dict.fromkeys(store.get_claim(i).claim.document for i in ids))
        else:
            wanted = set()
            doc_ids = [d.id for d in store.documents()]
        results: list[CheckResult] = []
        for doc_id in doc_ids:
            doc = store.get_document(doc_id)
            found = check_document(
                doc,
                store.document_claims(doc_id),
                event_dates=events,
                offline=offline,
                checks=checks,
            )
            results += [r for r in found if not wanted or r.claim_id in wanted]
        store.save_checks(results)
    return results


def _event_date(qid: str, store: object, *, offline: bool) -> date:
    from factcheck.config import load_config
    from factcheck.lookup import make_client, wikidata

    client = None if offline else make_client(load_config())
    try:
        found = wikidata.event_dates(client, qid, cache=store, offline=offline)  # type: ignore[arg-type]
    finally:
        if client is not None:
            client.close()
    ref = found.reference
    if ref is None:
        raise SourceUnavailable(
            f'Wikidata item "{qid}" has no start, point-in-time or inception date; '
            "give --event-date instead"
        )
    return ref.date
