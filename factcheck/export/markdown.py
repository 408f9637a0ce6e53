"""Markdown report for an editor: per document, a summary, the marked-up article and each claim.

Each claim in the article is set in bold and followed by its number, a coloured circle
and its verdict in words, so the report reads the same without colour::

    He promised **£3 billion** _(#2 🔴 False)_ per year …

Article text is escaped, so Markdown or HTML in an article shows as text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TextIO

from factcheck._terminal import sanitise
from factcheck.check_lines import NO_EVIDENCE, flagged
from factcheck.documents import is_web_url
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
    event_tuples,
    in_text_order,
    memo,
    ordered_summary,
    page,
)
from factcheck.models import CheckResult, Claim, ClaimRecord, Document, Evidence
from factcheck.priority import is_check_reason

DOT: dict[Tone, str] = {
    "good": "🟢",
    "mid": "🟠",
    "bad": "🔴",
    "na": "⚪",
    "pending": "🟣",
    "none": "⚪",
}

# Characters with a meaning somewhere in Markdown (CommonMark allows escaping any ASCII
# punctuation with a backslash), plus "<" and "&" so no HTML passes through. The backslash
# comes first: the backslashes put in for the others are not escaped again.
_SPECIALS = "\\`*_[]{}<>|~#!&"
_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])", re.MULTILINE)
_FIRST_START = re.compile(r"(\s*)([-+=>]|\d+[.)])")
#: What a line that ``_LINE_START`` matches can begin with (white space aside).
_STARTS = frozenset("-+=>0123456789")
#: Between the pieces ``escape_all`` escapes in one call; a piece holding it is escaped alone.
_SEP = "\ue000"


def escape(text: str) -> str:
    """``text`` as literal Markdown: no emphasis, links, headings, lists or HTML, and no
    control characters (a report is read with ``cat`` too)."""
    return _line_starts(_specials(sanitise(text)))


def escape_all(pieces: Sequence[str]) -> list[str]:
    """``[escape(p) for p in pieces]``, the text of all of them sanitised and escaped in one
    pass (joined by a character none of them holds), each piece's line starts after."""
    joined = _SEP.join(pieces)
    if len(pieces) < 2 or joined.count(_SEP) != len(pieces) - 1:
        return [escape(p) for p in pieces]
    return [_line_starts(p) for p in _specials(sanitise(joined)).split(_SEP)]


def _specials(text: str) -> str:
    # str.replace per character present, not str.translate: translate reads a text that is
    # not ASCII ("£") through a dictionary, character by character, 400 times slower.
    for char in _SPECIALS:
        if char in text:
            text = text.replace(char, "\\" + char)
    return text


def _line_starts(text: str) -> str:
    """A list marker, quote or heading underline at the start of a line escaped."""
    if "\n" in text:
        return _LINE_START.sub(_start, text)
    # One line: only its start can be one.
    first = text[:1]
    if first in _STARTS or first.isspace():
        m = _FIRST_START.match(text)
        if m is not None:
            return m.group(1) + _escape_start(m.group(2)) + text[m.end() :]
    return text


def _start(m: re.Match[str]) -> str:
    return m.group(1) + _escape_start(m.group(2))


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
    render = _Render(options)
    for document, records in report:
        count += _document(document, records, out, render)
    if count == 0:
        out.write("\nNo claims matched.\n")
    return ExportResult(count)


class _Shown:
    """A verdict's ``Shown`` with what the report prints of it, escaped once."""

    __slots__ = ("dot", "label", "shown", "tag")

    def __init__(self, s: Shown) -> None:
        self.shown = s
        self.label = escape(s.label)
        self.dot = DOT[s.tone]
        self.tag = f"{self.dot} {self.label}"


class _Render:
    """One export's rendering of the values its claims repeat (verdict labels, reviewers,
    notes, sources), each escaped once; the claim's own text is escaped per claim."""

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self.config = options.config
        self.editorial = options.editorial
        self.esc = memo(escape)
        self.line = memo(lambda text: escape(_one_line(text)))
        self.link = memo(lambda url: f"<{url}>" if _safe_url(url) else escape(url))
        self.raised = memo(lambda r: escape(r) if is_check_reason(r) else "")
        self.shown = ShownCache(options.config, _Shown)


def _document(
    document: Document, records: Sequence[ClaimRecord], out: TextIO, render: _Render
) -> int:
    config = render.config
    ordered = in_text_order(records)
    shows = [render.shown(r) for r in ordered]
    title = document.title or ordered[0].document_title if ordered else document.title
    head = [f"\n## {escape(_one_line(title or document.id))}\n\n"]
    meta = []
    if document.published:
        meta.append(f"Published {document.published.isoformat()}")
    if document.url:
        meta.append(f"<{document.url}>" if _safe_url(document.url) else escape(document.url))
    source = article_source(document)
    if source:
        meta.append(escape(source))
    meta.append(f"document {escape(document.id)}")
    head.append(" · ".join(meta) + "\n\n")

    head.append("### Summary\n\n| Verdict | Claims |\n| --- | ---: |\n")
    counts: dict[str, tuple[Tone, int]] = {}
    for s in shows:  # count_labels, from the labels already looked up
        tone, n = counts.get(s.shown.label, (s.shown.tone, 0))
        counts[s.shown.label] = (tone, n + 1)
    for label, tone, n in ordered_summary(counts, config):
        head.append(f"| {DOT[tone]} {escape(label)} | {n} |\n")
    head.append(f"| **Total** | **{len(ordered)}** |\n\n")

    head.append("### Article\n\n")
    text = document.text
    size = len(text)
    numbered = [
        (n, r) for n, r in enumerate(ordered, start=1) if 0 <= r.claim.start < r.claim.end <= size
    ]  # placed(): ``ordered`` is in text order already
    head.append(_article(text, numbered, shows))
    head.append("\n\n### Claims\n")
    out.write("".join(head))
    pages = document.pages
    # The claims' own texts and sentences escaped together, one call per document.
    quoted = escape_all([_quoted(r.claim.text) for r in ordered])
    contexts = escape_all([_context(r.claim) for r in ordered])
    cards = [
        _claim(
            n, r, shows[n - 1], render, page(document, r) if pages else None, quoted[n - 1],
            contexts[n - 1],
        )
        for n, r in enumerate(ordered, start=1)
    ]  # fmt: skip
    out.write("".join(cards))
    return len(ordered)


_PLAIN, _BOLD, _AS_IS = 0, 1, 2


def _article(
    text: str, numbered: Sequence[tuple[int, ClaimRecord]], shows: Sequence[_Shown]
) -> str:
    # The article as pieces: plain text and highlighted runs (both escaped afterwards, all
    # in one call) and labels (written as they are).
    pieces: list[tuple[int, str]] = []
    add = pieces.append
    run: list[str] = []  # highlighted text not yet written: one bold run until a label
    depth = 0
    for what, chunk, number in event_tuples(text, numbered):
        if what == TEXT:
            if depth:
                run.append(chunk)
            else:
                if run:
                    add((_BOLD, "".join(run)))
                    run.clear()
                add((_PLAIN, chunk))
        elif what == OPEN:
            # A claim that opens inside another one right after a mark or a word (a figure
            # at a quote's first quotation mark) continues the same bold run: two runs
            # side by side would print "**"****£3**". After a space the run may end there.
            if run and run[-1][-1:].isspace():
                add((_BOLD, "".join(run)))
                run.clear()
            depth += 1
        elif what == CLOSE:
            depth -= 1
        else:
            if run:
                add((_BOLD, "".join(run)))
                run.clear()
            add((_AS_IS, f" _(#{number} {shows[number - 1].tag})_"))
    if run:
        add((_BOLD, "".join(run)))
    raw = [p for kind, p in pieces if kind != _AS_IS]
    escaped = iter(escape_all(raw))
    parts = [
        p if kind == _AS_IS else (next(escaped) if kind == _PLAIN else _bold(next(escaped)))
        for kind, p in pieces
    ]
    return "".join(parts).strip()


def _marked(text: str) -> str:
    """A highlighted run in bold, paragraph by paragraph, white space outside the markers.

    The run is escaped first and measured after: a run that is empty once its control
    characters are gone (hostile text, "\x1b\x07") gets no markers, since an empty
    ``****`` is printed literally by every Markdown renderer."""
    return _bold(escape(text))


def _bold(escaped: str) -> str:
    """``_marked`` of a run already escaped."""
    if "\n" not in escaped:
        core = escaped.strip()
        if not core:
            return escaped
        if core is escaped:
            return f"**{core}**"
        lead = escaped[: len(escaped) - len(escaped.lstrip())]
        trail = escaped[len(escaped.rstrip()) :]
        return f"{lead}**{core}**{trail}"
    out = []
    for line in escaped.split("\n"):
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


def _minute(when: datetime) -> str:
    """``when.strftime("%Y-%m-%d %H:%M")``, from ``isoformat`` (half the cost)."""
    if when.year < 1000:  # strftime does not pad the year
        return when.strftime("%Y-%m-%d %H:%M")
    return when.isoformat(" ")[:16]


def _context(claim: Claim) -> str:
    """The claim's sentence on one line, when it says more than the claim ("" if not)."""
    return _one_line(claim.sentence) if claim.sentence and claim.sentence != claim.text else ""


def _claim(
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
    flag = flagged(record) if record.checks else None
    if quoted is None:
        quoted = escape(_quoted(claim.text))
    lines = [
        f"\n#### {number}. {s.tag}: {claim.kind} "
        f"{quoted}{f' · ⚠ {escape(flag)}' if flag else ''}\n\n"
        f"- **Verdict:** {s.label}"
    ]
    add = lines.append
    if record.status != "final":
        add(f"- **Status:** {record.status}")
    verdict = record.verdict
    if on_page is not None:
        add(f"- **Page:** p. {on_page}")
    if claim.sentence and claim.sentence != claim.text:
        add(f"- **In context:** {escape(_context(claim)) if context is None else context}")
    edits = render.editorial.get(claim.id) if render.editorial else None
    if edits:
        lines.extend(_wording(edits))
    if verdict:
        if verdict.note:
            add(f"- **Note:** {render.line(verdict.note)}")
        add(f"- **Reviewer:** {render.esc(verdict.reviewer)}, {_minute(verdict.created)}")
        if verdict.signed_off_by:
            at = verdict.signed_off_at.strftime(" %Y-%m-%d %H:%M") if verdict.signed_off_at else ""
            add(f"- **Signed off by:** {escape(verdict.signed_off_by)}{at}")
        for source in verdict.sources:
            title = render.line(source.title) if source.title else ""
            add(f"- **Source:** {title + ' ' if title else ''}{render.link(source.url)}")
        if verdict.adopted_from:
            adopted = escape(verdict.adopted_from)
            add(f"- **Adopted:** the earlier verdict on claim {adopted}")
        for attached in verdict.evidence:
            add(f"- **Evidence:** {_attached(attached)}")
    for reason in record.priority_reasons:  # raised_reasons(), each reason read once
        raised = render.raised(reason)
        if raised:
            add(f"- **Priority raised:** {raised}")
    for check in record.checks:
        add(
            f"- **Automatic check ({check.check}, {check.status}):** "
            f"{render.line(check.explanation)} _Evidence:_ {_evidence(check)}"
        )
    return "\n".join(lines) + "\n"


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
