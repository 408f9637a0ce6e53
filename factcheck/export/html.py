"""HTML report for an editor: one self-contained file, readable on a phone and printable.

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
from collections.abc import Sequence
from html import escape as _escape
from typing import TextIO

from factcheck._terminal import sanitise
from factcheck.check_lines import NO_EVIDENCE, raised_reasons
from factcheck.check_lines import flagged as check_flag
from factcheck.documents import is_web_url
from factcheck.export._report import (
    ExportOptions,
    ExportResult,
    Report,
    highlight_events,
    in_text_order,
    placed,
    shown,
    summary,
)
from factcheck.models import ClaimRecord, Document, Evidence

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
@media (max-width: 36rem) {
  body { font-size: 15px; padding: .6rem; }
  .facts { grid-template-columns: 1fr; }
  .facts dt { margin-top: .3rem; }
}
@media print {
  body { max-width: none; font-size: 11pt; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-before: page; }
  section.doc:first-of-type h2 { break-before: avoid; }
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


def export_html(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The report as one HTML page."""
    org = options.config.organization
    generated = options.generated.strftime("%Y-%m-%d %H:%M UTC")
    documents = list(report)
    title = "Fact-check report"
    if len(documents) == 1 and documents[0][0].title:
        title = f"Fact-check report: {documents[0][0].title}"
    out.write(
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(_one_line(title))}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header>\n<h1>Fact-check report</h1>\n"
        f'<p class="meta">{esc(org.name)} · generated {esc(generated)}</p>\n</header>\n'
    )
    count = 0
    for index, (document, records) in enumerate(documents, start=1):
        count += _document(index, document, records, out, options)
    if count == 0:
        out.write("<p>No claims matched.</p>\n")
    out.write("</body>\n</html>\n")
    return ExportResult(count)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _link(url: str, text: str | None = None) -> str:
    label = esc(text or url)
    if is_web_url(url):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{label}</a>'
    return label


def _document(
    index: int,
    document: Document,
    records: Sequence[ClaimRecord],
    out: TextIO,
    options: ExportOptions,
) -> int:
    config = options.config
    ordered = in_text_order(records)
    prefix = f"d{index}"
    title = document.title or (ordered[0].document_title if ordered else None) or document.id
    meta = []
    if document.published:
        meta.append(f"Published {esc(document.published.isoformat())}")
    if document.url:
        meta.append(_link(document.url))
    if document.source:
        meta.append(esc(_one_line(document.source)))
    meta.append(f"document <code>{esc(document.id)}</code>")
    out.write(
        f'<section class="doc" id="{prefix}">\n<h2>{esc(_one_line(title))}</h2>\n'
        f'<p class="meta">{" · ".join(meta)}</p>\n'
    )
    out.write(
        '<h3>Summary</h3>\n<table class="summary">\n<tr><th>Verdict</th><th>Claims</th></tr>\n'
    )
    for label, tone, n in summary(ordered, config):
        out.write(
            f'<tr class="t-{tone}"><td><span class="swatch"></span>{esc(label)}</td>'
            f'<td class="n">{n}</td></tr>\n'
        )
    out.write(f'<tr><th>Total</th><td class="n">{len(ordered)}</td></tr>\n</table>\n')

    out.write('<h3>Article</h3>\n<div class="article">')
    numbered = placed(document.text, ordered)
    out.write(_article(prefix, document.text, numbered, options))
    out.write('</div>\n<h3>Claims</h3>\n<ol class="claims">\n')
    for number, record in enumerate(ordered, start=1):
        out.write(_claim(prefix, number, record, options))
    out.write("</ol>\n</section>\n")
    return len(ordered)


def _article(
    prefix: str, text: str, numbered: Sequence[tuple[int, ClaimRecord]], options: ExportOptions
) -> str:
    shows = {n: shown(r, options.config) for n, r in numbered}
    parts: list[str] = []
    for event in highlight_events(text, numbered):
        n = event.number
        if event.what == "text":
            parts.append(esc(event.text))
        elif event.what == "open":
            s = shows[n]
            parts.append(f'<mark class="t-{s.tone}" data-claim="{n}" title="{esc(s.label)}">')
        elif event.what == "close":
            parts.append("</mark>")
        else:
            s = shows[n]
            parts.append(
                f'<a class="tag t-{s.tone}" href="#{prefix}-c{n}" data-claim="{n}">'
                f"[{n} · {esc(s.label)}]</a>"
            )
    return "".join(parts)


def _claim(prefix: str, number: int, record: ClaimRecord, options: ExportOptions) -> str:
    claim = record.claim
    s = shown(record, options.config)
    rows: list[tuple[str, str]] = [("Verdict", esc(s.label))]
    if record.status != "final":
        rows.append(("Status", esc(record.status)))
    if claim.sentence and claim.sentence != claim.text:
        rows.append(("In context", esc(_one_line(claim.sentence))))
    verdict = record.verdict
    if verdict:
        if verdict.note:
            rows.append(("Note", esc(verdict.note)))
        when = verdict.created.strftime("%Y-%m-%d %H:%M")
        rows.append(
            (
                "Reviewer",
                f'{esc(verdict.reviewer)}, <time datetime="{esc(verdict.created.isoformat())}">'
                f"{esc(when)}</time>",
            )
        )
        if verdict.signed_off_by:
            at = verdict.signed_off_at.strftime(", %Y-%m-%d %H:%M") if verdict.signed_off_at else ""
            rows.append(("Signed off", esc(verdict.signed_off_by + at)))
        if verdict.sources:
            items = "".join(f"<li>{_link(src.url, src.title)}</li>" for src in verdict.sources)
            rows.append(("Sources", f"<ul>{items}</ul>"))
        if verdict.adopted_from:
            rows.append(("Adopted", esc(f"the earlier verdict on claim {verdict.adopted_from}")))
        if verdict.evidence:
            items = "".join(f"<li>{_attached(e)}</li>" for e in verdict.evidence)
            rows.append(("Evidence", f"<ul>{items}</ul>"))
    for reason in raised_reasons(record):
        rows.append(("Priority raised", esc(reason)))
    for check in record.checks:
        evidence = "; ".join(_evidence(e) for e in check.evidence) or esc(NO_EVIDENCE)
        rows.append(
            (
                f"Automatic check ({esc(check.check)}, {esc(check.status)})",
                f"{esc(check.explanation)} <small>Evidence: {evidence}</small>",
            )
        )
    facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    flag = check_flag(record)
    flag = f' <span class="flag">· ⚠ {esc(flag)}</span>' if flag else ""
    return (
        f'<li id="{prefix}-c{number}" class="t-{s.tone}">'
        f"<h4>{number}. [{esc(s.label)}] {esc(claim.kind)}: {esc(_quoted(claim.text))}{flag}</h4>"
        f'<dl class="facts">{facts}</dl></li>\n'
    )


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
