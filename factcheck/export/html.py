"""HTML report for an editor: one self-contained file, readable on a phone and printable.

The page opens with an **overview** drawn as inline SVG (``factcheck.export._svg``):
verdicts per article as stacked bars, claims by kind and status, the automatic checks and
the figures they flagged, and progress over time (claims rated and final, by day). Each
bar's numbers are written on it and in a legend, so the picture reads on a phone, in
print and to a screen reader, and can be checked against the tables below.
``export_overview`` writes the overview alone (``factcheck stats --format html``).

Per document: a summary of claims per verdict, the article with each claim highlighted
(a colour for the verdict and a text label such as ``[2 · False]``, so it reads in
black and white) and a card per claim with its verdict, note, reviewer, time, sources
and the automatic checks' explanations.

Everything from the data is escaped. The page carries a Content-Security-Policy that
allows no scripts, no network fetches and only its own stylesheet (by hash), so even a
mistake in escaping could not run a script or load a tracker.
"""

from __future__ import annotations

import base64
import hashlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape as _escape
from pathlib import Path
from typing import Any, TextIO

from factcheck._terminal import sanitise
from factcheck.check_lines import NO_EVIDENCE
from factcheck.check_lines import flagged as check_flag
from factcheck.config import Config
from factcheck.db.rows import OverviewRows, day_of
from factcheck.documents import is_web_url
from factcheck.export._atomic import atomic_write
from factcheck.export._report import (
    CLOSE,
    OPEN,
    TEXT,
    ExportOptions,
    ExportResult,
    Report,
    Shown,
    ShownCache,
    Tone,
    article_source,
    count_labels,
    event_tuples,
    in_text_order,
    memo,
    ordered_summary,
    page,
    rating_shown,
    summary,
)
from factcheck.export._svg import Bar, Segment, Series, progress_line, stacked_bars, swatch
from factcheck.models import Claim, ClaimRecord, Document, Evidence
from factcheck.priority import is_check_reason

CSS = """
:root { --good: #1a7f37; --good-bg: #d8f5de; --mid: #9a5b00; --mid-bg: #ffe8b3;
  --bad: #b3261e; --bad-bg: #ffd9d6; --na: #555; --na-bg: #e6e6e6;
  --pending: #6639ba; --pending-bg: #eadcff; --none: #1f5fa8; --none-bg: #dbe9fb; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fff;
  margin: 0 auto; max-width: 46rem; padding: 1rem; }
h1, h2, h3, h4, .tag, table, .meta, .facts { font-family: system-ui, -apple-system, "Segoe UI",
  Roboto, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .2rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 .3rem; border-top: 3px solid #1b1b1b; padding-top: .6rem; }
h3 { font-size: 1.05rem; text-transform: uppercase; letter-spacing: .04em; margin: 1.4rem 0 .4rem; }
.meta { color: #555; font-size: .9rem; margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: .95rem; }
th, td { text-align: left; padding: .25rem .8rem .25rem 0; border-bottom: 1px solid #ddd; }
td.n { text-align: right; }
.article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; padding: 0 .1em; border-bottom: 2px solid; border-radius: 2px;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark mark { border-bottom-style: double; border-bottom-width: 4px; }
.tag { display: inline-block; font-size: .72rem; font-weight: 700; line-height: 1.3;
  padding: 0 .35em; margin: 0 .15em; border: 1px solid; border-radius: .3em;
  text-decoration: none; white-space: nowrap; vertical-align: .1em; }
.t-good { --c: var(--good); --bg: var(--good-bg); }
.t-mid { --c: var(--mid); --bg: var(--mid-bg); }
.t-bad { --c: var(--bad); --bg: var(--bad-bg); }
.t-na { --c: var(--na); --bg: var(--na-bg); }
.t-pending { --c: var(--pending); --bg: var(--pending-bg); }
.t-none { --c: var(--none); --bg: var(--none-bg); }
mark[class], .tag, .swatch { background: var(--bg); border-color: var(--c); }
.tag { color: var(--c); }
.swatch { display: inline-block; width: .8em; height: .8em; border: 2px solid var(--c);
  margin-right: .4em; vertical-align: -.05em; }
ol.claims { list-style: none; padding: 0; }
ol.claims > li { border-left: 6px solid var(--c); background: #fafafa; padding: .6rem .9rem;
  margin: .8rem 0; break-inside: avoid; }
ol.claims h4 { margin: 0 0 .3rem; font-size: 1rem; }
.facts { margin: 0; font-size: .92rem; display: grid; grid-template-columns: max-content 1fr;
  gap: .15rem .8rem; }
.facts dt { font-weight: 600; color: #444; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.facts ul { margin: 0; padding-left: 1.1rem; }
a { color: #1f5fa8; }
.overview figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
.overview figcaption { font-weight: 600; margin: 0 0 .35rem; }
.overview .totals { font-size: 1rem; margin: .2rem 0 0; }
svg.chart { display: block; width: 100%; max-width: 34rem; height: auto; overflow: visible; }
ul.legend { list-style: none; padding: 0; margin: .35rem 0 0; display: flex; flex-wrap: wrap;
  gap: .15rem 1.1rem; font-size: .9rem; }
ul.legend svg.sw { vertical-align: -.05em; margin-right: .35em; }
.overview figure, .overview .totals, ul.legend { font-family: system-ui, -apple-system,
  "Segoe UI", Roboto, Arial, sans-serif; }
@media (max-width: 36rem) {
  body { font-size: 15px; padding: .6rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dt { margin-top: .3rem; }
}
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-before: page; }
  .overview h2 { break-before: avoid; }
  svg.chart { max-width: 16cm; }
  a { color: inherit; text-decoration: none; }
  .facts a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; }
}
""".strip()

_CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")

CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src 'none'; "
    "script-src 'none'; base-uri 'none'; form-action 'none'"
)


def esc(text: str) -> str:
    """Text escaped for HTML content and quoted attributes, control characters dropped
    (HTML forbids them; a terminal showing the file would obey them)."""
    return _escape(sanitise(text), quote=True)


def _head(out: TextIO, title: str, heading: str, options: ExportOptions) -> None:
    org = options.config.organization
    generated = options.generated.strftime("%Y-%m-%d %H:%M UTC")
    out.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(_one_line(title))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>{esc(heading)}</h1>\n"
        f'<p class="meta">{esc(org.name)} · generated {esc(generated)}</p>\n</header>\n'
    )


def export_html(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The report as one HTML page: the overview, then each document.

    Two passes: the overview's counts first, then the documents, one at a time, so a
    report that can be iterated again (a list, ``Reread`` of the database) is never held
    whole; a one-shot iterator is held to be read twice.
    """
    if isinstance(report, Iterator):
        report = list(report)
    counts = getattr(report, "counts", None)
    if counts is not None:  # grouped by the database: no pass over the rows
        counted = overview_from_rows(counts(), options.config)
    else:
        counted = overview_counts(report, options.config)
    title = "Fact-check report"
    if counted.documents == 1 and counted.first_title:
        title = f"Fact-check report: {counted.first_title}"
    _head(out, title, "Fact-check report", options)
    if counted.claims:
        out.write(overview_section(counted, options))
    count = 0
    render = _Render(options)
    for index, (document, records) in enumerate(report, start=1):
        count += _document(index, document, records, out, options, render)
    if count == 0:
        out.write("<p>No claims matched.</p>\n")
    out.write("</body>\n</html>\n")
    return ExportResult(count)


def export_overview(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The overview alone, as one HTML page (``factcheck stats --format html``); the
    report is read once, keeping only the counts."""
    counted = overview_counts(report, options.config)
    _head(out, "Fact-check desk: overview", "Fact-check desk", options)
    out.write(overview_section(counted, options))
    out.write("</body>\n</html>\n")
    return ExportResult(counted.claims)


def write_overview(
    report: Report,
    output: str | os.PathLike[str] | None,
    *,
    config: Config,
    out: TextIO | None = None,
) -> ExportResult:
    """The overview page to the file ``output`` (atomically), or to ``out`` (standard
    output) when ``output`` is None or "-"."""
    options = ExportOptions(config=config)
    if output is None or str(output) == "-":
        return export_overview(report, out or sys.stdout, options)
    with atomic_write(Path(output)) as stream:
        result = export_overview(report, stream, options)
    written = Path(output)
    result.path = written.resolve() if written.is_file() else written
    return result


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- the overview

#: Fills from the false end of the scale to the true end; ratings take them by rank.
_SCALE_FILLS = ("#b3261e", "#d84315", "#ef8f00", "#e8c100", "#9ccc65", "#43a047", "#1a7f37")
_DARK = {"#b3261e", "#d84315", "#1a7f37", "#43a047", "#6639ba", "#555555"}
_TONE_FILLS = {"na": "#9e9e9e", "pending": "#9575cd", "none": "#90b4e0"}
STATUS_FILLS = {"open": "#90b4e0", "leased": "#e8c100", "decided": "#9575cd", "final": "#43a047"}
CHECK_FILLS = {"inconsistent": "#b3261e", "inconclusive": "#bdbdbd", "consistent": "#9ccc65"}
CHECK_LABELS = {
    "inconsistent": "flagged (inconsistent)",
    "inconclusive": "inconclusive",
    "consistent": "consistent",
}


@dataclass
class Overview:
    """The counts the overview draws, from one pass over a report (no claim is kept)."""

    articles: list[tuple[str, str, list[tuple[str, str, int]]]] = field(default_factory=list)
    """Per document: its bar's label and key (title or id, id) and (verdict label, fill,
    claims) in the summary table's order."""
    totals: dict[str, tuple[Tone, int]] = field(default_factory=dict)
    """Claims per verdict label over all documents (``count_labels``)."""
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)
    checks: dict[str, dict[str, int]] = field(default_factory=dict)
    rated: dict[date, int] = field(default_factory=dict)
    final: dict[date, int] = field(default_factory=dict)
    claims: int = 0
    documents: int = 0
    first_title: str | None = None
    """The first document's title (the page's title when it is the only one)."""


def overview_counts(documents: Report, config: Config) -> Overview:
    """What the overview shows, counted in one pass over the report."""
    fills = _label_fills(config)
    o = Overview()
    for document, records in documents:
        if o.documents == 0:
            o.first_title = document.title
        o.documents += 1
        rows = [(label, fills(label, tone), n) for label, tone, n in summary(records, config)]
        o.articles.append((document.title or document.id, document.id, rows))
        count_labels(records, config, o.totals)
        for record in records:
            o.claims += 1
            kind = o.kinds.setdefault(record.claim.kind, {})
            kind[record.status] = kind.get(record.status, 0) + 1
            for check in record.checks:
                per = o.checks.setdefault(check.check, {})
                per[check.status] = per.get(check.status, 0) + 1
            verdict = record.verdict
            if verdict is not None:
                day = verdict.created.date()
                o.rated[day] = o.rated.get(day, 0) + 1
                if record.status == "final" and verdict.final:
                    done = (verdict.signed_off_at or verdict.created).date()
                    o.final[done] = o.final.get(done, 0) + 1
    return o


def overview_from_rows(rows: OverviewRows, config: Config) -> Overview:
    """``overview_counts`` of a report from the database's groups of its claims
    (``factcheck.db.rows.read_overview``): the same counts, labels and first tones, each
    document's groups taken in the order of their first claim."""
    fills = _label_fills(config)
    o = Overview()
    groups: dict[str, list[tuple[Any, ...]]] = {}
    for g in rows.claims:
        groups.setdefault(str(g[0]), []).append(g)
    labels: dict[tuple[str | None, bool], Shown] = {}
    for doc_id, title in rows.documents:
        if o.documents == 0:
            o.first_title = title
        o.documents += 1
        counts: dict[str, tuple[Tone, int]] = {}
        for _, kind, status, rating, final, rated, done, n, _ in sorted(
            groups.pop(doc_id, ()), key=lambda g: g[8]
        ):
            n = int(n)
            decided = rating is not None and status in ("decided", "final")
            is_final = decided and status == "final" and bool(final)
            key = (rating if decided else None, is_final)
            s = labels.get(key)
            if s is None:
                s = labels[key] = rating_shown(key[0], is_final, config)
            for table in (counts, o.totals):
                tone, seen = table.get(s.label, (s.tone, 0))
                table[s.label] = (tone, seen + n)
            o.claims += n
            per_kind = o.kinds.setdefault(kind, {})
            per_kind[status] = per_kind.get(status, 0) + n
            if decided:
                day = day_of(rated)
                o.rated[day] = o.rated.get(day, 0) + n
                if is_final:
                    day = day_of(done)
                    o.final[day] = o.final.get(day, 0) + n
        rows_ = [
            (label, fills(label, tone), n) for label, tone, n in ordered_summary(counts, config)
        ]
        o.articles.append((title or doc_id, doc_id, rows_))
    for check, status, n in rows.checks:
        per = o.checks.setdefault(check, {})
        per[status] = per.get(status, 0) + n
    return o


def _label_fills(config: Config) -> Callable[[str, str], str]:
    """A fill for each verdict label: by the rating's rank on the scale of truth."""
    values = sorted({r.value for r in config.ratings if r.checkable})
    by_label: dict[str, str] = {}
    for r in config.ratings:
        if r.checkable and values:
            rank = values.index(r.value)
            at = round(rank * (len(_SCALE_FILLS) - 1) / max(len(values) - 1, 1))
            by_label[r.label] = _SCALE_FILLS[at]

    def fill(label: str, tone: str) -> str:
        if tone in _TONE_FILLS:
            return _TONE_FILLS[tone]
        return by_label.get(label, _TONE_FILLS["na"])

    return fill


def _ink(fill: str) -> str:
    return "#fff" if fill in _DARK else "#111"


def _cumulative(per_day: dict[date, int], days: Sequence[date]) -> list[tuple[date, int]]:
    out, running = [], 0
    for day in days:
        running += per_day.get(day, 0)
        out.append((day, running))
    return out


def _n(n: int) -> str:
    return f"<strong>{n}</strong>"


def _legend(items: Sequence[tuple[str, str, int]]) -> str:
    rows = "".join(
        f'<li data-label="{esc(label)}" data-n="{n}">{swatch(fill)}{esc(label)} '
        f"<strong>{n}</strong></li>"
        for label, fill, n in items
    )
    return f'<ul class="legend">{rows}</ul>'


def overview(documents: Report, options: ExportOptions) -> str:
    """The overview section of ``documents``: four figures of inline SVG, legends in HTML."""
    return overview_section(overview_counts(documents, options.config), options)


def overview_section(o: Overview, options: ExportOptions) -> str:
    """The overview section drawn from counts already taken (``overview_counts``)."""
    rated = sum(o.rated.values())
    final = sum(o.final.values())
    flagged = sum(c.get("inconsistent", 0) for c in o.checks.values())
    noun = "article" if len(o.articles) == 1 else "articles"
    parts = [
        '<section class="overview" id="overview">\n<h2>Overview</h2>\n'
        f'<p class="totals" data-claims="{o.claims}" data-rated="{rated}" data-final="{final}" '
        f'data-flagged="{flagged}">{_n(o.claims)} claims in {_n(len(o.articles))} {noun} · '
        f"{_n(rated)} rated · {_n(final)} final · {_n(flagged)} figures flagged by the "
        "automatic checks</p>\n"
    ]

    # Verdicts per article
    bars = [
        Bar(
            label,
            [Segment(verdict, n, fill, _ink(fill)) for verdict, fill, n in rows],
            key=key,
        )
        for label, key, rows in o.articles
    ]
    # The legend in the scale's order, as the summary tables are.
    fills = _label_fills(options.config)
    totals = [
        (label, fills(label, tone), n)
        for label, tone, n in ordered_summary(o.totals, options.config)
    ]
    parts.append(
        '<figure class="fig-verdicts"><figcaption>Verdicts per article</figcaption>'
        + stacked_bars(bars, title="Verdicts per article", kind="verdicts")
        + _legend(totals)
        + "</figure>\n"
    )

    # Claims by kind and status
    statuses = [s for s in STATUS_FILLS if any(s in k for k in o.kinds.values())]
    bars = [
        Bar(
            kind,
            [
                Segment(s, counts.get(s, 0), STATUS_FILLS[s], _ink(STATUS_FILLS[s]))
                for s in statuses
            ],
        )
        for kind, counts in sorted(o.kinds.items())
    ]
    parts.append(
        '<figure class="fig-kinds"><figcaption>Claims by kind and status</figcaption>'
        + stacked_bars(bars, title="Claims by kind and status", kind="kinds")
        + _legend(
            [(s, STATUS_FILLS[s], sum(k.get(s, 0) for k in o.kinds.values())) for s in statuses]
        )
        + "</figure>\n"
    )

    # Automatic checks
    caption = "Automatic checks: figures flagged"
    if o.checks:
        results = [s for s in CHECK_FILLS if any(s in c for c in o.checks.values())]
        bars = [
            Bar(
                name,
                [
                    Segment(CHECK_LABELS[s], counts.get(s, 0), CHECK_FILLS[s], _ink(CHECK_FILLS[s]))
                    for s in results
                ],
            )
            for name, counts in sorted(o.checks.items())
        ]
        chart = stacked_bars(bars, title=caption, kind="checks") + _legend(
            [
                (CHECK_LABELS[s], CHECK_FILLS[s], sum(c.get(s, 0) for c in o.checks.values()))
                for s in results
            ]
        )
    else:
        chart = '<p class="meta">No automatic checks have run on these claims.</p>'
    parts.append(f'<figure class="fig-checks"><figcaption>{caption}</figcaption>{chart}</figure>\n')

    # Progress over time
    days = sorted(set(o.rated) | set(o.final))
    series = [
        Series("rated", "#1f5fa8", _cumulative(o.rated, days)),
        Series("final", "#1a7f37", _cumulative(o.final, days)),
    ]
    parts.append(
        '<figure class="fig-progress"><figcaption>Progress over time: claims rated and final, '
        "by day</figcaption>"
        + progress_line(series, total=o.claims, title="Progress over time", kind="progress")
        + "</figure>\n</section>\n"
    )
    return "".join(parts)


def _link(url: str, text: str | None = None) -> str:
    label = esc(text or url)
    if is_web_url(url):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{label}</a>'
    return label


class _Shown:
    """A verdict's ``Shown`` with what the page prints of it, escaped once."""

    __slots__ = ("label", "shown", "tone")

    def __init__(self, s: Shown) -> None:
        self.shown = s
        self.tone = s.tone
        self.label = esc(s.label)


class _Render:
    """One export's rendering of the values its claims repeat (verdict labels, reviewers,
    notes, sources, checks), each escaped once; a claim's own text is escaped per claim."""

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self.config = options.config
        self.editorial = options.editorial
        self.esc = memo(esc)
        self.links: dict[tuple[str, str | None], str] = {}
        self.raised = memo(lambda r: esc(r) if is_check_reason(r) else "")
        self.shown = ShownCache(options.config, _Shown)

    def link(self, url: str, text: str | None) -> str:
        key = (url, text)
        out = self.links.get(key)
        if out is None:
            if len(self.links) >= 4096:
                self.links.clear()
            out = self.links[key] = _link(url, text)
        return out


def _document(
    index: int,
    document: Document,
    records: Sequence[ClaimRecord],
    out: TextIO,
    options: ExportOptions,
    render: _Render | None = None,
) -> int:
    render = render or _Render(options)
    config = options.config
    ordered = in_text_order(records)
    shows = [render.shown(r) for r in ordered]
    prefix = f"d{index}"
    title = document.title or (ordered[0].document_title if ordered else None) or document.id
    meta = []
    if document.published:
        meta.append(f"Published {esc(document.published.isoformat())}")
    if document.url:
        meta.append(_link(document.url))
    source = article_source(document)
    if source:
        meta.append(esc(source))
    meta.append(f"document <code>{esc(document.id)}</code>")
    parts = [
        f'<section class="doc" id="{prefix}">\n<h2>{esc(_one_line(title))}</h2>\n'
        f'<p class="meta">{" · ".join(meta)}</p>\n',
        '<h3>Summary</h3>\n<table class="summary">\n<tr><th>Verdict</th><th>Claims</th></tr>\n',
    ]
    counts: dict[str, tuple[Tone, int]] = {}
    for s in shows:  # count_labels, from the labels already looked up
        tone, n = counts.get(s.shown.label, (s.tone, 0))
        counts[s.shown.label] = (tone, n + 1)
    for label, tone, n in ordered_summary(counts, config):
        parts.append(
            f'<tr class="t-{tone}"><td><span class="swatch"></span>{esc(label)}</td>'
            f'<td class="n">{n}</td></tr>\n'
        )
    parts.append(f'<tr><th>Total</th><td class="n">{len(ordered)}</td></tr>\n</table>\n')

    parts.append('<h3>Article</h3>\n<div class="article">')
    text = document.text
    size = len(text)
    numbered = [
        (n, r) for n, r in enumerate(ordered, start=1) if 0 <= r.claim.start < r.claim.end <= size
    ]  # placed(): ``ordered`` is in text order already
    parts.append(_article(prefix, text, numbered, shows))
    parts.append('</div>\n<h3>Claims</h3>\n<ol class="claims">\n')
    pages = document.pages
    # The claims' own texts and sentences escaped together, one call per document.
    quoted = esc_all([_quoted(r.claim.text) for r in ordered])
    contexts = esc_all([_context(r.claim) for r in ordered])
    for number, record in enumerate(ordered, start=1):
        on_page = page(document, record) if pages else None
        parts.append(
            _claim(
                prefix, number, record, shows[number - 1], render, on_page,
                quoted[number - 1], contexts[number - 1],
            )
        )  # fmt: skip
    parts.append("</ol>\n</section>\n")
    out.write("".join(parts))
    return len(ordered)


#: Between the pieces ``esc_all`` escapes in one call; a piece holding it is escaped alone.
_SEP = "\ue000"


def esc_all(pieces: Sequence[str]) -> list[str]:
    """``[esc(p) for p in pieces]`` in one pass: joined by a character none of them holds
    (``esc`` changes each character alone, so the pieces split apart again)."""
    joined = _SEP.join(pieces)
    if len(pieces) < 2 or joined.count(_SEP) != len(pieces) - 1:
        return [esc(p) for p in pieces]
    return esc(joined).split(_SEP)


def _article(
    prefix: str, text: str, numbered: Sequence[tuple[int, ClaimRecord]], shows: Sequence[_Shown]
) -> str:
    events = event_tuples(text, numbered)
    escaped = iter(esc_all([chunk for what, chunk, _ in events if what == TEXT]))
    parts: list[str] = []
    add = parts.append
    for what, _, n in events:
        if what == TEXT:
            add(next(escaped))
        elif what == OPEN:
            s = shows[n - 1]
            add(f'<mark class="t-{s.tone}" data-claim="{n}" title="{s.label}">')
        elif what == CLOSE:
            add("</mark>")
        else:
            s = shows[n - 1]
            add(
                f'<a class="tag t-{s.tone}" href="#{prefix}-c{n}" data-claim="{n}">'
                f"[{n} · {s.label}]</a>"
            )
    return "".join(parts)


def _minute(when: datetime) -> str:
    """``when.strftime("%Y-%m-%d %H:%M")``, from ``isoformat`` (half the cost)."""
    if when.year < 1000:  # strftime does not pad the year
        return when.strftime("%Y-%m-%d %H:%M")
    return when.isoformat(" ")[:16]


_NO_EVIDENCE = esc(NO_EVIDENCE)


def _context(claim: Claim) -> str:
    """The claim's sentence on one line, when it says more than the claim ("" if not)."""
    return _one_line(claim.sentence) if claim.sentence and claim.sentence != claim.text else ""


def _claim(
    prefix: str,
    number: int,
    record: ClaimRecord,
    s: _Shown,
    render: _Render,
    on_page: int | None = None,
    quoted: str | None = None,
    context: str | None = None,
) -> str:
    """A claim's card; ``quoted`` and ``context``: its text quoted and its ``_context``,
    escaped already (escaped here when None)."""
    claim = record.claim
    e = render.esc
    facts = [f"<dt>Verdict</dt><dd>{s.label}</dd>"]
    add = facts.append
    if record.status != "final":
        add(f"<dt>Status</dt><dd>{e(record.status)}</dd>")
    if on_page is not None:
        add(f"<dt>Page</dt><dd>p. {on_page}</dd>")
    if claim.sentence and claim.sentence != claim.text:
        add(f"<dt>In context</dt><dd>{esc(_context(claim)) if context is None else context}</dd>")
    edits = render.editorial.get(claim.id) if render.editorial else None
    if edits:
        facts.extend(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in _wording(edits))
    verdict = record.verdict
    if verdict:
        if verdict.note:
            add(f"<dt>Note</dt><dd>{e(verdict.note)}</dd>")
        created = verdict.created
        # An ISO timestamp holds nothing esc() changes.
        add(
            f"<dt>Reviewer</dt><dd>{e(verdict.reviewer)}, "
            f'<time datetime="{created.isoformat()}">{_minute(created)}</time></dd>'
        )
        if verdict.signed_off_by:
            at = verdict.signed_off_at.strftime(", %Y-%m-%d %H:%M") if verdict.signed_off_at else ""
            add(f"<dt>Signed off</dt><dd>{esc(verdict.signed_off_by + at)}</dd>")
        if verdict.sources:
            items = "".join(
                f"<li>{render.link(src.url, src.title)}</li>" for src in verdict.sources
            )
            add(f"<dt>Sources</dt><dd><ul>{items}</ul></dd>")
        if verdict.adopted_from:
            adopted = esc(f"the earlier verdict on claim {verdict.adopted_from}")
            add(f"<dt>Adopted</dt><dd>{adopted}</dd>")
        if verdict.evidence:
            items = "".join(f"<li>{_attached(x)}</li>" for x in verdict.evidence)
            add(f"<dt>Evidence</dt><dd><ul>{items}</ul></dd>")
    for reason in record.priority_reasons:  # raised_reasons(), each reason read once
        raised = render.raised(reason)
        if raised:
            add(f"<dt>Priority raised</dt><dd>{raised}</dd>")
    for check in record.checks:
        evidence = "; ".join(_evidence(x) for x in check.evidence) or _NO_EVIDENCE
        add(
            f"<dt>Automatic check ({e(check.check)}, {e(check.status)})</dt>"
            f"<dd>{e(check.explanation)} <small>Evidence: {evidence}</small></dd>"
        )
    flag = check_flag(record) if record.checks else None
    flag = f' <span class="flag">· ⚠ {esc(flag)}</span>' if flag else ""
    return (
        f'<li id="{prefix}-c{number}" class="t-{s.tone}">'
        f"<h4>{number}. [{s.label}] {e(claim.kind)}: "
        f"{esc(_quoted(claim.text)) if quoted is None else quoted}{flag}</h4>"
        f'<dl class="facts">{"".join(facts)}</dl></li>\n'
    )


def _wording(edits: Mapping[str, str] | None) -> list[tuple[str, str]]:
    """The editor's ClaimReview wording (``factcheck edit``): the claim as reviewed, the
    claimant and the page that says who they are."""
    if not edits:
        return []
    rows = []
    if edits.get("claim_reviewed"):
        rows.append(("Claim reviewed", esc(_one_line(edits["claim_reviewed"]))))
    name = _one_line(edits.get("claimant") or "")
    url = edits.get("claimant_url") or ""
    if name or url:
        parts = [esc(name)] if name else []
        if url:
            parts.append(_link(url))
        rows.append(("Claimant", " · ".join(parts)))
    return rows


def _evidence(e: Evidence) -> str:
    """One piece of a check's evidence: its source and description, its address as a link."""
    text = esc(f"{e.source}: {e.description}" if e.description else e.source)
    return f"{text} ({_link(e.url)})" if e.url else text


def _attached(e: Evidence) -> str:
    """Evidence attached to a verdict: as a check's, plus when retrieved and its hash."""
    out = _evidence(e)
    if e.retrieved:
        out += esc(f", retrieved {e.retrieved.strftime('%Y-%m-%d %H:%M UTC')}")
    if e.content_hash:
        out += f", SHA-256 <code>{esc(e.content_hash)}</code>"
    return out


def _quoted(text: str) -> str:
    """The claim's text in quotation marks, unless it brings its own (a quote claim)."""
    text = _one_line(text)
    return text if text[:1] in "\"'“‘«" else f"“{text}”"
