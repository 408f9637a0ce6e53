"""What every exporter shares: its options and result, rating labels and tones, highlights.

A report is what ``ClaimStore.report()`` returns: a list of ``(Document, [ClaimRecord])``
pairs. An exporter is ``export(report, out, options) -> ExportResult``: it writes to the
text stream it is given and returns how many items it wrote and any notes (claims it
skipped, and why) for the caller to show on stderr.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, Literal, TextIO, TypeAlias, TypeVar

from factcheck.config import Config, Rating
from factcheck.models import ClaimRecord, Document

Report: TypeAlias = Iterable[tuple[Document, Sequence[ClaimRecord]]]

Tone = Literal["good", "mid", "bad", "na", "pending", "none"]
"""How a highlight is coloured: good (true end of the scale), mid, bad (false end),
na (a rating outside the scale of truth, such as "unverifiable"), pending (a verdict
awaiting sign-off) and none (no verdict yet)."""


@dataclass(frozen=True)
class ExportOptions:
    """What an exporter needs besides the report: the newsroom config and the time of export.

    ``strict`` makes an exporter that cannot render an item raise ``ExportError`` instead
    of skipping it with a note (ClaimReview for a claim asked for by id).
    """

    config: Config = field(default_factory=Config)
    generated: datetime = field(default_factory=lambda: datetime.now(UTC))
    strict: bool = False
    editorial: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Per claim id, an editor's ClaimReview wording (``ClaimStore.editorial()``)."""
    pages: Mapping[str, str] = field(default_factory=dict)
    """Per document id, its published fact-check page (``ClaimStore.page_urls()``)."""


@dataclass
class ExportResult:
    """How many items (claims, rows, ClaimReviews) an export wrote, and notes for people."""

    count: int = 0
    notes: list[str] = field(default_factory=list)
    path: Path | None = None
    """The file written, when the export went to a file."""


Exporter: TypeAlias = Callable[[Report, TextIO, ExportOptions], ExportResult]


_W = TypeVar("_W")


@dataclass(frozen=True)
class Shown:
    """How a claim's review state reads in a report: label, tone and the rating behind it."""

    label: str
    tone: Tone
    rating: Rating | None


def shown(record: ClaimRecord, config: Config) -> Shown:
    """The label and tone of a claim's current verdict (or lack of one)."""
    verdict = record.verdict
    if verdict is None:
        return _UNRATED
    return rating_shown(verdict.rating, record.status == "final" and verdict.final, config)


def rating_shown(rating: str | None, final: bool, config: Config) -> Shown:
    """``shown`` of a claim whose current verdict is ``rating`` (None: no verdict), final
    (the claim's status and the verdict both) or awaiting sign-off."""
    if rating is None:
        return _UNRATED
    table = _scale(config)
    found = table.get(rating)
    if found is None:
        found = table.get(rating.strip().lower()) or Shown(rating, "na", None)
    if not final:
        return Shown(f"{found.label} (awaiting sign-off)", "pending", found.rating)
    return found


class ShownCache(Generic[_W]):
    """Each verdict's ``shown``, wrapped once for a format (``wrap``: its label escaped,
    its marks built) and kept by rating and finality, the few values a report repeats;
    forgotten at ``limit``, so memory stays flat."""

    def __init__(self, config: Config, wrap: Callable[[Shown], _W], limit: int = 256) -> None:
        self.config = config
        self.wrap = wrap
        self.limit = limit
        self._seen: dict[tuple[str, bool] | None, _W] = {}

    def __call__(self, record: ClaimRecord) -> _W:
        verdict = record.verdict
        final = verdict is not None and record.status == "final" and verdict.final
        key = None if verdict is None else (verdict.rating, final)
        hit = self._seen.get(key)
        if hit is None:
            if len(self._seen) >= self.limit:
                self._seen.clear()
            hit = self._seen[key] = self.wrap(shown(record, self.config))
        return hit


def memo(fn: Callable[[str], str], limit: int = 4096) -> Callable[[str], str]:
    """``fn`` remembering its answers for the strings a report repeats (labels, reviewers,
    sources): forgets them all at ``limit``, so memory stays flat."""
    seen: dict[str, str] = {}

    def remembered(text: str) -> str:
        out = seen.get(text)
        if out is None:
            if len(seen) >= limit:
                seen.clear()
            out = seen[text] = fn(text)
        return out

    return remembered


_UNRATED = Shown("Not yet rated", "none", None)
_SCALES: dict[int, tuple[Config, dict[str, Shown]]] = {}


def _scale(config: Config) -> dict[str, Shown]:
    """Each rating name's final ``Shown``, computed once per config (exports call this a lot)."""
    cached = _SCALES.get(id(config))
    if cached is not None and cached[0] is config:
        return cached[1]
    table = {r.name: Shown(r.label, _tone(r, config), r) for r in config.ratings}
    if len(_SCALES) > 16:
        _SCALES.clear()
    _SCALES[id(config)] = (config, table)
    return table


def _tone(rating: Rating, config: Config) -> Tone:
    if not rating.checkable:
        return "na"
    values = [r.value for r in config.ratings if r.checkable]
    best, worst = max(values), min(values)
    if best == worst:
        return "mid"
    position = (rating.value - worst) / (best - worst)
    if position >= 0.75:
        return "good"
    if position <= 0.25:
        return "bad"
    return "mid"


def page(document: Document, record: ClaimRecord) -> int | None:
    """The PDF page (from 1) that holds the claim, or None for a document without pages."""
    if not document.pages:
        return None
    from factcheck.intake import page_of

    return page_of(document.pages, record.claim.start)


def with_pages(document: Document, records: Sequence[ClaimRecord]) -> Sequence[ClaimRecord]:
    """``records`` with ``page`` filled in from the document's pages (unchanged without)."""
    if not document.pages:
        return records
    return [
        r if r.page is not None else r.model_copy(update={"page": page(document, r)})
        for r in records
    ]


def article_source(document: Document) -> str | None:
    """The document's source (else the site name of a fetched page) as a report prints it,
    or None: a file's name or path (older ingests stored it as the source), "-" or an
    address is no publication."""
    from factcheck.export.claimreview import is_file_name

    source = " ".join((document.source or document.site_name or "").split())
    if not source or is_file_name(source):
        return None
    if " " not in source and ("/" in source or "\\" in source):
        return None  # a relative path without a suffix: "articles/budget"
    return source


def in_text_order(records: Sequence[ClaimRecord]) -> list[ClaimRecord]:
    """Records ordered as their claims appear in the text: start, then the longer span first."""
    return sorted(records, key=lambda r: (r.claim.start, -r.claim.end, r.claim.kind, r.claim.id))


def summary(records: Sequence[ClaimRecord], config: Config) -> list[tuple[str, Tone, int]]:
    """Claims per verdict label: the scale's order first, then pending and unrated ones."""
    return ordered_summary(count_labels(records, config), config)


def count_labels(
    records: Iterable[ClaimRecord],
    config: Config,
    counts: dict[str, tuple[Tone, int]] | None = None,
) -> dict[str, tuple[Tone, int]]:
    """``counts`` (a new dict when None) with the claims of ``records`` added per verdict
    label, each label keeping the tone it was first seen with: ``summary`` of several
    documents, counted one document at a time."""
    counts = {} if counts is None else counts
    for record in records:
        s = shown(record, config)
        tone, n = counts.get(s.label, (s.tone, 0))
        counts[s.label] = (tone, n + 1)
    return counts


def ordered_summary(
    counts: Mapping[str, tuple[Tone, int]], config: Config
) -> list[tuple[str, Tone, int]]:
    """``count_labels``'s counts in ``summary``'s order."""
    order = {r.label: i for i, r in enumerate(config.ratings)}

    def rank(label: str) -> tuple[int, int, str]:
        tone = counts[label][0]
        if tone == "none":
            return (3, 0, label)
        if tone == "pending":
            return (2, 0, label)
        return (0, order[label], label) if label in order else (1, 0, label)

    return [(label, *counts[label]) for label in sorted(counts, key=rank)]


class Reread:
    """A report read afresh each time it is iterated (``read()`` is called again): an
    exporter that needs two passes, counts first, can stream it twice instead of holding it.
    """

    def __init__(self, read: Callable[[], Report], counts: Callable[[], Any] | None = None) -> None:
        self._read = read
        self.counts = counts
        """What the report's overview counts, grouped by the database
        (``factcheck.db.rows.read_overview``), when the reader can tell without reading
        every row: the HTML report's first pass."""

    def __iter__(self) -> Iterator[tuple[Document, Sequence[ClaimRecord]]]:
        return iter(self._read())


# ---------------------------------------------------------------- highlights
#
# Claims may nest (a money figure inside a quote) or, rarely, cross. The article is
# rendered as a stream of events: text runs, a claim opening, a claim closing and the
# claim's label just after its end. A claim that crosses another is closed and reopened
# around the other's boundary, so the markup stays well nested.


@dataclass(frozen=True)
class Event:
    what: Literal["text", "open", "close", "label"]
    text: str = ""
    number: int = 0


def placed(text: str, records: Sequence[ClaimRecord]) -> list[tuple[int, ClaimRecord]]:
    """The numbered records (1-based, in text order) whose span fits in ``text``."""
    out: list[tuple[int, ClaimRecord]] = []
    for number, record in enumerate(in_text_order(records), start=1):
        c = record.claim
        if 0 <= c.start < c.end <= len(text):
            out.append((number, record))
    return out


TEXT, OPEN, CLOSE, LABEL = 0, 1, 2, 3
"""``event_tuples``' kinds of event: ``Event.what`` as a small int."""

_WHAT: tuple[Literal["text", "open", "close", "label"], ...] = ("text", "open", "close", "label")


def highlight_events(text: str, numbered: Sequence[tuple[int, ClaimRecord]]) -> Iterator[Event]:
    """The article as text runs and open/close/label events for each numbered claim."""
    for what, run, number in event_tuples(text, numbered):
        yield Event(_WHAT[what], run, number)


def event_tuples(
    text: str, numbered: Sequence[tuple[int, ClaimRecord]]
) -> list[tuple[int, str, int]]:
    """``highlight_events`` as ``(kind, text, number)`` tuples, kind ``TEXT``, ``OPEN``,
    ``CLOSE`` or ``LABEL``: what the exporters walk (an ``Event`` object per event was a
    tenth of a report's time). Claims that neither nest nor cross, the usual article, are
    laid out in one pass; the others take the general walk."""
    out: list[tuple[int, str, int]] = []
    append = out.append
    previous = 0
    for n, r in numbered:
        c = r.claim
        start = c.start
        if start < previous:  # nested or crossing: the general walk
            return list(_general_events(text, numbered))
        if start > previous:
            append((TEXT, text[previous:start], 0))
        previous = c.end
        append((OPEN, "", n))
        append((TEXT, text[start:previous], 0))
        append((CLOSE, "", n))
        append((LABEL, "", n))
    if len(text) > previous:
        append((TEXT, text[previous:], 0))
    return out


def _general_events(
    text: str, numbered: Sequence[tuple[int, ClaimRecord]]
) -> Iterator[tuple[int, str, int]]:
    spans = {n: (r.claim.start, r.claim.end) for n, r in numbered}
    starts: dict[int, list[int]] = {}
    for n, (start, _) in spans.items():
        starts.setdefault(start, []).append(n)
    bounds = sorted(
        {0, len(text), *(s for s, _ in spans.values()), *(e for _, e in spans.values())}
    )
    stack: list[int] = []
    previous = 0
    for pos in bounds:
        if pos > previous:
            yield (TEXT, text[previous:pos], 0)
            previous = pos
        if any(spans[n][1] == pos for n in stack):
            reopen: list[int] = []
            while any(spans[n][1] == pos for n in stack):
                top = stack.pop()
                yield (CLOSE, "", top)
                if spans[top][1] == pos:
                    yield (LABEL, "", top)
                else:
                    reopen.append(top)
            for n in reversed(reopen):
                yield (OPEN, "", n)
                stack.append(n)
        for n in sorted(starts.get(pos, []), key=lambda n: (-spans[n][1], n)):
            yield (OPEN, "", n)
            stack.append(n)
