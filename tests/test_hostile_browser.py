"""ClaimReview JSON-LD embedded as docs/export.md says, in headless Chromium (issue 14, item 2).

A newsroom pastes the export into ``<script type="application/ld+json">`` on its own page,
which runs scripts of its own (no Content-Security-Policy of ours protects it). Payloads in
every field must fire no dialog; the control page, the same data written by plain
``json.dumps`` as before, shows that the test catches one.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_report_browser import browser, page  # noqa: F401  (the fixtures)

from factcheck.config import Config, Organization
from factcheck.export import ExportOptions, export_report
from factcheck.models import Claim, ClaimRecord, Document, QuoteValue, Source, Verdict

pytestmark = pytest.mark.browser

WHEN = datetime(2025, 2, 18, 10, 30, tzinfo=UTC)
BREAK = "</script><script>alert('{}')</script>"
COMMENT = "<!--<script>alert('{}')//"  # the script-data double-escape state
IMG = "</script><img src=x onerror=alert('{}')>"


def payload(field: str) -> str:
    return f"{BREAK.format(field)} {COMMENT.format(field)} {IMG.format(field)} &amp; &lt;"


def hostile_report() -> tuple[list[tuple[Document, list[ClaimRecord]]], Config]:
    text = f'"{payload("quote")}," said {payload("speaker")}.'
    doc = Document(
        id="doc-1",
        text=text,
        title=payload("title"),
        url="javascript:alert('url')",
        source=payload("source"),
        published="2025-02-17",
    )
    claim = Claim(
        document=doc.id,
        kind="quote",
        text=text[: text.index(",") + 2],
        start=0,
        end=text.index(",") + 2,
        value=QuoteValue(quote=payload("quote"), speaker=payload("speaker")),
        sentence=text,
        sentence_start=0,
    )
    verdict = Verdict(
        claim_id=claim.id,
        rating="false",
        reviewer=payload("reviewer"),
        created=WHEN,
        note=payload("note"),
        sources=[Source(url="javascript:alert('source')", title=payload("source title"))],
    )
    record = ClaimRecord(
        claim=claim,
        status="final",
        verdict=verdict,
        document_title=payload("title"),
        document_url="javascript:alert('url')",
    )
    config = Config(
        organization=Organization(name=payload("organization"), url="https://checks.example")
    )
    return [(doc, [record])], config


def embedding_page(jsonld: str) -> str:
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Fact-check</title>\n"
        f'<script type="application/ld+json">{jsonld}</script>\n'
        "<script>window.pageScriptRan = true;</script>\n"
        "</head><body><p>Our fact-check</p></body></html>"
    )


def open_page(tab: Any, tmp_path: Path, html: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    tab.goto(path.as_uri())
    tab.wait_for_timeout(300)


def test_claimreview_in_a_script_element_runs_nothing(page: Any, tmp_path: Path) -> None:  # noqa: F811
    report, config = hostile_report()
    out = io.StringIO()
    result = export_report(
        report, out, format="claimreview", options=ExportOptions(config=config, generated=WHEN)
    )
    assert result.count == 1
    jsonld = out.getvalue()
    open_page(page, tmp_path, embedding_page(jsonld))
    assert page.dialogs == []
    assert page.evaluate("window.pageScriptRan") is True  # the page's own script still runs
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
    assert len(scripts) == 2  # no element was injected
    [review] = json.loads(scripts[0])
    assert review == json.loads(jsonld)[0]
    assert review["claimReviewed"].startswith(payload("speaker")[:40])
    assert review["author"]["name"] == payload("organization")
    # A javascript: address is never emitted as a URL.
    assert "appearance" not in review["itemReviewed"]
    assert "javascript:" not in jsonld


def test_the_control_page_shows_the_test_catches_a_dialog(page: Any, tmp_path: Path) -> None:  # noqa: F811
    """The same data as json.dumps wrote it before (no \\u003c): the payload fires."""
    report, config = hostile_report()
    out = io.StringIO()
    export_report(
        report, out, format="claimreview", options=ExportOptions(config=config, generated=WHEN)
    )
    plain = json.dumps(json.loads(out.getvalue()), ensure_ascii=False, indent=2)
    open_page(page, tmp_path, embedding_page(plain))
    assert page.dialogs, "the control page should have fired a dialog"
