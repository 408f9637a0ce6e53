"""Hostile text in check results: explanations and evidence quote the article, so every sink
that shows a check beside its claim escapes them (terminal, Markdown, HTML, CSV, JSON), and
the HTML report runs none of it in Chromium."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import app
from factcheck.config import Config
from factcheck.db.store import open_store
from factcheck.export import ExportOptions, export_report
from factcheck.models import CheckResult, Claim, Document, Evidence, MoneyValue

ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x1b]8;;http://evil.example\x1b\\x\x1b]8;;\x1b\\\x9b31m"
SCRIPT = "<script>window.__pwned = 1; alert('check')</script>"
IMG = "<img src=x onerror=\"window.__pwned = 2; alert('evidence')\">"
MARKDOWN = "**bold** [link](javascript:alert('md')) <b>html</b> | cell |"
TEXT = f"The bridge costs £3 billion ($5 billion) {SCRIPT} in all."


def _queue(url: str) -> tuple[str, Claim]:
    doc = Document(id="hostile", text=TEXT, published="2025-02-17", title="Bridge")
    start = TEXT.index("$5 billion")
    claim = Claim(
        document=doc.id,
        kind="money",
        text="$5 billion",
        start=start,
        end=start + len("$5 billion"),
        value=MoneyValue(amount=5e9, currency="USD"),
        sentence=TEXT,
    )
    result = CheckResult(
        claim_id=claim.id,
        document=doc.id,
        check="conversion",
        status="inconsistent",
        start=claim.start,
        end=claim.end,
        text=claim.text,
        explanation=f'=HYPERLINK("http://evil.example") {SCRIPT} {MARKDOWN} {ESCAPES}',
        evidence=[
            Evidence(
                source=f"ECB {IMG}",
                description=f"rate {MARKDOWN} {ESCAPES}",
                url="javascript:alert('url')",
                value="1.2598",
            )
        ],
    )
    with open_store(url, config=Config()) as store:
        store.add_document(doc, [claim], actor="desk")
        store.save_checks([result], documents=[doc.id])
    return url, claim


def _controls(text: str) -> list[str]:
    bad = [chr(c) for c in range(0x20) if chr(c) not in "\n\t"] + [
        chr(c) for c in range(0x7F, 0xA0)
    ]
    return [c for c in bad if c in text]


def _report(url: str, fmt: str) -> str:
    with open_store(url, config=Config()) as store:
        report = store.report()
    out = io.StringIO()
    export_report(report, out, format=fmt, options=ExportOptions())
    return out.getvalue()


def test_terminal_sinks_neutralise_escape_codes_in_checks(runner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, claim = _queue(str(tmp_path / "q.db"))
    for args in (["show", claim.id], ["queue"], ["history", claim.id], ["next", "-r", "bo"]):
        result = runner.invoke(app, ["--db", url, *args])
        assert result.exit_code == 0, (args, result.output)
        assert _controls(result.stdout) == [], (args, result.stdout)
    looped = runner.invoke(app, ["--db", url, "review", "-r", "bo"], input="q")
    assert _controls(looped.stdout) == []
    shown = runner.invoke(app, ["--db", url, "show", claim.id]).stdout
    assert "<script>window.__pwned = 1;" in " ".join(shown.split())  # shown as text, inert


def test_markdown_report_escapes_check_explanations_and_evidence(tmp_path: Path) -> None:
    url, _ = _queue(str(tmp_path / "q.db"))
    md = _report(url, "markdown")
    assert _controls(md) == []
    line = next(x for x in md.splitlines() if x.startswith("- **Automatic check"))
    # No raw HTML, link or autolink: every "<", "[" and "*" of the article is escaped.
    assert re.search(r"(?<!\\)[<\[]", line) is None
    assert re.search(r"(?<![\\*])\*(?!\*)", line) is None
    assert "\\*\\*bold\\*\\*" in line and "\\[link\\]" in line and "\\<script\\>" in line
    assert "javascript:alert('url')" in line  # the address as text, not as a link
    assert "⚠ inconsistent conversion check" in md


def test_html_report_escapes_check_explanations_and_evidence(tmp_path: Path) -> None:
    url, _ = _queue(str(tmp_path / "q.db"))
    html = _report(url, "html")
    assert _controls(html) == []
    assert "<script>window" not in html and "<img src=x" not in html and "<b>html" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;window.__pwned = 1;" in html
    assert "Evidence: ECB &lt;img src=x onerror=" in html


def test_csv_and_json_keep_check_fields_as_data(tmp_path: Path) -> None:
    url, claim = _queue(str(tmp_path / "q.db"))
    rows = list(csv.DictReader(io.StringIO(_report(url, "csv"))))
    row = next(r for r in rows if r["claim_id"] == claim.id)
    assert row["check_explanations"].startswith("'=HYPERLINK(")
    assert row["check_evidence"].startswith("ECB <img src=x")
    assert "javascript:alert('url')" in row["check_evidence"]
    records = [json.loads(x) for x in _report(url, "jsonl").splitlines()]
    check = records[0]["checks"][0]
    assert check["evidence"][0]["url"] == "javascript:alert('url')"
    assert records[0]["priority_reasons"][-1] == "inconsistent conversion check +10"
    assert "\x1b" not in _report(url, "jsonl")  # written as \u001b


@pytest.mark.browser
def test_html_report_with_hostile_checks_runs_nothing(tmp_path: Path) -> None:
    from test_report_browser import ARGS, CHROMIUM

    url, _ = _queue(str(tmp_path / "q.db"))
    path = tmp_path / "report.html"
    path.write_text(_report(url, "html"), encoding="utf-8")
    from playwright.sync_api import sync_playwright

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page: Any = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.as_uri())
            page.wait_for_timeout(200)
            assert page.evaluate("typeof window.__pwned") == "undefined"
            assert page.locator("script").count() == 0 and page.locator("img").count() == 0
            assert page.locator('a[href^="javascript"]').count() == 0
            card = page.locator("ol.claims").inner_text()
        finally:
            browser.close()
    assert dialogs == []
    assert "<script>window.__pwned = 1; alert('check')</script>" in card
    assert "Evidence: ECB <img src=x onerror=" in card
