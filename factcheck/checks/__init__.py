"""Automatic consistency checks: suggestions with their arithmetic, never verdicts.

One engine. ``check_document`` reads a document's extracted claims into operands and
dates (``_reading``), hands them to every relation of the registry
(``factcheck.checks.relations``: conversion, elapsed time, weekday, changes, multiples,
parts and totals, shares, differences, rates × periods, per-unit figures, averages, poll
shares, price × quantity) and builds one ``CheckResult`` per tested relation. The four
check types a result reports as (``CHECKS``) are those of CHECKS.md:

* ``conversion``: "£3 billion ($3.7 billion)" against the ECB rate of the day;
* ``elapsed``: "nearly three years", "two years ago" against the dates they span;
* ``weekday``: "Sunday, February 16" against the calendar;
* ``arithmetic``: changes, parts and totals, rate × period, shares, multiples, ...

    >>> doc = Document(id="d", text="It costs £3 billion ($3.7 billion).", published="2025-02-17")
    >>> [r.status for r in check_document(doc)]
    ['consistent']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any

from factcheck.checks._reading import DateRef, Operand, read
from factcheck.checks.relations import RELATIONS, Finding, References, find_all
from factcheck.errors import BadOption, SourceUnavailable
from factcheck.extract._spans import Text
from factcheck.lookup.ecb import Rate, ecb_rate
from factcheck.models import CheckName, CheckResult, Claim, Document

RateSource = Callable[[str, str, date], Rate]

#: The check types, in the order they run, and the relations that report as each.
CHECKS: dict[str, list[str]] = {
    name: [m.NAME for m in RELATIONS if name == m.CHECK]
    for name in ("conversion", "elapsed", "weekday", "arithmetic")
}

__all__ = [
    "CHECKS",
    "RateSource",
    "check_and_store",
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
    claims: Sequence[Claim] | None = None,
    *,
    rates: RateSource | None = None,
    event_dates: Mapping[str, date] | None = None,
    offline: bool = True,
    checks: Sequence[str] | None = None,
    text: Text | None = None,
) -> list[CheckResult]:
    """Every automatic check that applies to one document, in text order.

    ``claims`` are the document's extracted claims (extracted here when None); each result
    names the claim it is about (``claim_id``) and the claims it compared (``related``).
    ``rates`` gives exchange rates (default: the offline ECB history; ``offline`` only
    records that no network source may be used). ``event_dates`` maps a label (a Wikidata
    QID, or "--event-date") to the date an elapsed phrase without its own date counts from.
    ``text`` is the ``Text`` the claims were extracted from, to reuse what it read.
    """
    del offline  # the default rate source never uses the network
    chosen = resolve_checks(checks)
    if claims is None:
        text = text if text is not None and text.doc is doc else Text(doc)
        claims = _extract(text)
    reading = read(doc, claims, text=text, events=event_dates)
    refs = References(rates=rates or ecb_rate, events=dict(event_dates or {}))
    results: list[CheckResult] = []
    seen: set[tuple[str, int, int]] = set()
    for finding in find_all(reading, refs, chosen):
        key = (finding.check, finding.start, finding.end)
        if key in seen:
            continue
        seen.add(key)
        results.append(_result(doc, finding))
    results.sort(key=lambda r: (r.start, r.end, r.check))
    return results


def _extract(text: Text) -> list[Claim]:
    from factcheck.extract import EXTRACTORS

    claims: list[Claim] = []
    for extractor in EXTRACTORS.values():
        claims.extend(extractor(text))
    claims.sort(key=lambda c: (c.start, -c.end))
    return claims


def _claim_of(x: Operand | DateRef | None) -> Claim | None:
    return None if x is None else x.claim


def _result(doc: Document, f: Finding) -> CheckResult:
    """The one result builder: a finding as a ``CheckResult`` tied to its claims."""
    target = _claim_of(f.target) or next(
        (c for c in map(_claim_of, f.operands) if c is not None), None
    )
    related = [
        c.id
        for c in (_claim_of(o) for o in f.operands)
        if c is not None and (target is None or c.id != target.id)
    ]
    status: Any = f.status
    check: CheckName = f.check  # type: ignore[assignment]
    return CheckResult(
        claim_id=target.id if target is not None else None,
        document=doc.id,
        check=check,
        status=status,
        start=f.start,
        end=f.end,
        text=doc.text[f.start : f.end],
        explanation=f.explanation,
        related=list(dict.fromkeys(related)),
        evidence=f.evidence,
    )


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
            doc, None, text=Text(doc), event_dates=event_dates, offline=offline, checks=checks
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

    The results replace the earlier ones of what was checked (``ClaimStore.save_checks``):
    with ``ids`` only the results tied to those claims are kept and replaced. ``event`` is a
    Wikidata item whose start (else point in time, else inception) date elapsed phrases without a
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
        # Re-checking replaces what was checked: the claims asked for, else whole documents.
        if ids:
            store.save_checks(results, claims=sorted(wanted), checks=checks)
        else:
            store.save_checks(results, documents=doc_ids, checks=checks)
    return results


def check_and_store(store: Any, doc: Document, claims: Sequence[Claim]) -> list[CheckResult]:
    """Check one queued document offline and store the results on its claims (ingest)."""
    results = check_document(doc, claims, offline=True)
    store.save_checks(results, documents=[doc.id])
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
