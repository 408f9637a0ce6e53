"""Markdown report for an editor: per document, a summary, the marked-up article and each claim.

Each claim in the article is set in bold and followed by its number, a coloured circle
and its verdict in words, so the report reads the same without colour::

    He promised **£3 billion** _(#2 🔴 False)_ per year …

Article text is escaped, so Markdown or HTML in an article shows as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TextIO

from factcheck._terminal import sanitise
from factcheck.check_lines import NO_EVIDENCE, flagged, raised_reasons
from factcheck.documents import is_web_url
from factcheck.export._report import (
    ExportOptions,
    ExportResult,
    Report,
    Tone,
    article_source,
    highlight_events,
    in_text_order,
    page,
    placed,
    shown,
    summary,
)
from factcheck.models import CheckResult, ClaimRecord, Document, Evidence

DOT: dict[Tone, str] = {
    "good": "🟢",
    "mid": "🟠",
    "bad": "🔴",
    "na": "⚪",
    "pending": "🟣",
    "none": "⚪",
}

# Characters with a meaning somewhere in Markdown (CommonMark allows escaping any ASCII
# punctuation with a backslash), plus "<" and "&" so no HTML passes through.
_INLINE_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]{}<>|~#!&"})
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)


def escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, links, headings, lists or HTML, and no
    control characters (a report is read with ``cat`` too)."""
    text = sanitise(text).translate(_INLINE_SPECIAL)
    return _LINE_START.sub(lambda m: m.group(1) + _escape_start(m.group(2)), text)


def _escape_start(marker: str) -> str:
    if marker[0].isdigit():
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def _one_line(text: str) -> str:
    return " ".join(text.split())


def export_markdown(report: Report, out: TextIO, options: ExportOptions) -> ExportResult:
    """The report as Markdown, one section per document."""
    config = options.config
    org = config.organization
    out.write("# Fact-check report\n\n")
    out.write(
        f"{escape(org.name)} · generated {options.generated.strftime('%Y-%m-%d %H:%M UTC')}\n"
    )
    count = 0
    for document, records in report:
        count += _document(document, records, out, options)
    if count == 0:
        out.write("\nNo claims matched.\n")
    return ExportResult(count)


def _document(
    document: Document, records: Sequence[ClaimRecord], out: TextIO, options: ExportOptions
) -> int:
    config = options.config
    ordered = in_text_order(records)
    title = document.title or ordered[0].document_title if ordered else document.title
    out.write(f"\n## {escape(_one_line(title or document.id))}\n\n")
    meta = []
    if document.published:
        meta.append(f"Published {document.published.isoformat()}")
    if document.url:
        meta.append(f"<{document.url}>" if _safe_url(document.url) else escape(document.url))
    source = article_source(document)
    if source:
        meta.append(escape(source))
    meta.append(f"document {escape(document.id)}")
    out.write(" · ".join(meta) + "\n\n")

    out.write("### Summary\n\n| Verdict | Claims |\n| --- | ---: |\n")
    for label, tone, n in summary(ordered, config):
        out.write(f"| {DOT[tone]} {escape(label)} | {n} |\n")
    out.write(f"| **Total** | **{len(ordered)}** |\n\n")

    out.write("### Article\n\n")
    numbered = placed(document.text, ordered)
    out.write(_article(document.text, numbered, options))
    out.write("\n\n### Claims\n")
    for number, record in enumerate(ordered, start=1):
        _claim(number, record, out, options, page(document, record))
    return len(ordered)


def _article(text: str, numbered: Sequence[tuple[int, ClaimRecord]], options: ExportOptions) -> str:
    records = dict(numbered)
    parts: list[str] = []
    run: list[str] = []  # highlighted text not yet written: one bold run until a label
    depth = 0
    for event in highlight_events(text, numbered):
        if event.what == "text":
            if depth:
                run.append(event.text)
            else:
                parts.append(_marked("".join(run)) + escape(event.text))
                run.clear()
        elif event.what == "open":
            # A claim that opens inside another one right after a mark or a word (a figure
            # at a quote's first quotation mark) continues the same bold run: two runs
            # side by side would print "**"****£3**". After a space the run may end there.
            if run and run[-1][-1:].isspace():
                parts.append(_marked("".join(run)))
                run.clear()
            depth += 1
        elif event.what == "close":
            depth -= 1
        else:
            parts.append(_marked("".join(run)))
            run.clear()
            s = shown(records[event.number], options.config)
            parts.append(f" _(#{event.number} {DOT[s.tone]} {escape(s.label)})_")
    parts.append(_marked("".join(run)))
    return "".join(parts).strip()


def _marked(text: str) -> str:
    """A highlighted run in bold, paragraph by paragraph, white space outside the markers.

    The run is escaped first and measured after: a run that is empty once its control
    characters are gone (hostile text, "\x1b\x07") gets no markers, since an empty
    ``****`` is printed literally by every Markdown renderer."""
    out = []
    for line in escape(text).split("\n"):
        core = line.strip()
        if not core:
            out.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        trail = line[len(line.rstrip()) :]
        out.append(f"{lead}**{core}**{trail}")
    return "\n".join(out)


def _safe_url(url: str) -> bool:
    """Whether ``url`` may be an autolink: http(s), a host, no white space, controls, <, >."""
    return is_web_url(url) and not re.search(r"[<>]", url)


def _claim(
    number: int,
    record: ClaimRecord,
    out: TextIO,
    options: ExportOptions,
    on_page: int | None = None,
) -> None:
    claim = record.claim
    s = shown(record, options.config)
    flag = flagged(record)
    out.write(
        f"\n#### {number}. {DOT[s.tone]} {escape(s.label)}: {claim.kind} "
        f"{escape(_quoted(claim.text))}{f' · ⚠ {escape(flag)}' if flag else ''}\n\n"
    )
    lines = [f"- **Verdict:** {escape(s.label)}"]
    if record.status != "final":
        lines.append(f"- **Status:** {record.status}")
    verdict = record.verdict
    if on_page is not None:
        lines.append(f"- **Page:** p. {on_page}")
    if claim.sentence and claim.sentence != claim.text:
        lines.append(f"- **In context:** {escape(_one_line(claim.sentence))}")
    lines.extend(_wording(options.editorial.get(claim.id)))
    if verdict:
        if verdict.note:
            lines.append(f"- **Note:** {escape(_one_line(verdict.note))}")
        when = verdict.created.strftime("%Y-%m-%d %H:%M")
        lines.append(f"- **Reviewer:** {escape(verdict.reviewer)}, {when}")
        if verdict.signed_off_by:
            at = verdict.signed_off_at.strftime(" %Y-%m-%d %H:%M") if verdict.signed_off_at else ""
            lines.append(f"- **Signed off by:** {escape(verdict.signed_off_by)}{at}")
        for source in verdict.sources:
            title = escape(_one_line(source.title)) if source.title else ""
            link = f"<{source.url}>" if _safe_url(source.url) else escape(source.url)
            lines.append(f"- **Source:** {title + ' ' if title else ''}{link}")
        if verdict.adopted_from:
            adopted = escape(verdict.adopted_from)
            lines.append(f"- **Adopted:** the earlier verdict on claim {adopted}")
        for attached in verdict.evidence:
            lines.append(f"- **Evidence:** {_attached(attached)}")
    for reason in raised_reasons(record):
        lines.append(f"- **Priority raised:** {escape(reason)}")
    for check in record.checks:
        lines.append(
            f"- **Automatic check ({check.check}, {check.status}):** "
            f"{escape(_one_line(check.explanation))} _Evidence:_ {_evidence(check)}"
        )
    out.write("\n".join(lines) + "\n")


def _wording(edits: Mapping[str, str] | None) -> list[str]:
    """The editor's ClaimReview wording (``factcheck edit``): the claim as reviewed, the
    claimant and the page that says who they are."""
    if not edits:
        return []
    lines = []
    if edits.get("claim_reviewed"):
        lines.append(f"- **Claim reviewed:** {escape(_one_line(edits['claim_reviewed']))}")
    name = _one_line(edits.get("claimant") or "")
    url = edits.get("claimant_url") or ""
    if name or url:
        parts = [escape(name)] if name else []
        if url:
            parts.append(f"<{url}>" if _safe_url(url) else escape(_one_line(url)))
        lines.append(f"- **Claimant:** {' · '.join(parts)}")
    return lines


def _evidence(check: CheckResult) -> str:
    """What a check relied on: each reference escaped, its address as an autolink."""
    if not check.evidence:
        return escape(NO_EVIDENCE)
    parts = []
    for e in check.evidence:
        text = escape(_one_line(f"{e.source}: {e.description}" if e.description else e.source))
        if e.url:
            text += f" <{e.url}>" if _safe_url(e.url) else f" {escape(e.url)}"
        parts.append(text)
    return "; ".join(parts)


def _attached(e: Evidence) -> str:
    """Evidence attached to a verdict: what it is, its address, when retrieved, its hash."""
    parts = [escape(_one_line(f"{e.source}: {e.description}" if e.description else e.source))]
    if e.url:
        parts.append(f"<{e.url}>" if _safe_url(e.url) else escape(e.url))
    if e.retrieved:
        parts.append(f"retrieved {e.retrieved.strftime('%Y-%m-%d %H:%M UTC')}")
    if e.content_hash:
        parts.append(f"SHA-256 {escape(e.content_hash)}")
    return " · ".join(parts)


def _quoted(text: str) -> str:
    """The claim's text in quotation marks, unless it brings its own (a quote claim)."""
    text = _one_line(text)
    return text if text[:1] in "\"'“‘«" else f"“{text}”"
