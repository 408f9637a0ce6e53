"""What the reports' claim cards and meta lines cite (issue 12): a PDF claim's page, the
editor's ClaimReview wording, and never a file name as the article's source.

Everything goes through the CLI as a desk would: ``ingest`` a file, ``edit`` a claim,
``export`` in each format.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from test_intake_pdf import PAGE_ONE, PAGE_THREE, PAGE_TWO, make_pdf
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.models import Document
from factcheck.pipeline import extract

#: Claims of the PDF by (kind, text) and the page that holds them.
ON_PAGE = {
    ("percent", "4.5%"): 1,
    ("money", "300,000 pounds"): 2,
    ("percent", "61%"): 3,
}


def run(runner: CliRunner, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def export(runner: CliRunner, fmt: str, *more: str) -> str:
    return str(run(runner, "export", "--format", fmt, *more).stdout)


def md_cards(markdown: str) -> dict[str, str]:
    """Each Markdown claim card (from its #### heading to the next), by heading."""
    cards = re.split(r"^(?=#### )", markdown.split("### Claims", 1)[1], flags=re.MULTILINE)
    return {c.split("\n", 1)[0]: c for c in cards if c.startswith("#### ")}


class _Cards(HTMLParser):
    """The HTML claim cards: per card, its heading's text and its facts (dt -> dd text)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[tuple[str, dict[str, str]]] = []
        self.meta: list[str] = []
        self._in: str | None = None
        self._dt = ""
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = dict(attrs).get("class") or ""
        if tag == "p" and "meta" in classes.split():
            self._in, self._text = "meta", ""
        elif tag in ("h4", "dt", "dd"):
            self._in, self._text = tag, ""
            if tag == "h4":
                self.cards.append(("", {}))

    def handle_endtag(self, tag: str) -> None:
        if self._in == "meta" and tag == "p":
            self.meta.append(self._text)
        elif self._in == "h4" and tag == "h4":
            self.cards[-1] = (self._text, self.cards[-1][1])
        elif self._in == "dt" and tag == "dt":
            self._dt = self._text
        elif self._in == "dd" and tag == "dd":
            self.cards[-1][1][self._dt] = self._text
        else:
            return
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text += data


def html_cards(html: str) -> _Cards:
    parser = _Cards()
    parser.feed(html)
    return parser


def doc_meta(html: str) -> list[str]:
    """The documents' meta lines (published, address, source, id) of an HTML report."""
    return [m for m in html_cards(html).meta if "document " in m]


# ---------------------------------------------------------------- 1. the page of a PDF claim


@pytest.fixture
def pdf_and_text(tmp_path: Path, runner: CliRunner) -> Path:
    """A three-page PDF and a plain-text article, ingested through the CLI."""
    pdf = tmp_path / "council-budget.pdf"
    pdf.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO, PAGE_THREE], title="Council budget"))
    article = tmp_path / "ferry.txt"
    article.write_text("The ferry fare rose by 12% in 2024.\n", encoding="utf-8")
    run(runner, "ingest", str(pdf), str(article))
    return pdf


def _records(runner: CliRunner) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in export(runner, "jsonl").splitlines()]


def test_json_lines_and_json_give_each_pdf_claim_its_page(
    runner: CliRunner, pdf_and_text: Path
) -> None:
    records = _records(runner)
    pages = {(r["claim"]["kind"], r["claim"]["text"]): r["page"] for r in records}
    for key, page in ON_PAGE.items():
        assert pages[key] == page, key
    assert pages[("percent", "12%")] is None  # a text article has no pages
    report = json.loads(export(runner, "json"))
    from_json = {
        (c["claim"]["kind"], c["claim"]["text"]): c["page"]
        for entry in report["documents"]
        for c in entry["claims"]
    }
    assert from_json == pages


def test_csv_has_a_page_column(runner: CliRunner, pdf_and_text: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(runner, "csv"))))
    pages = {(r["kind"], r["text"]): r["page"] for r in rows}
    for key, page in ON_PAGE.items():
        assert pages[key] == str(page), key
    assert pages[("percent", "12%")] == ""


def test_markdown_cards_cite_the_page(runner: CliRunner, pdf_and_text: Path) -> None:
    cards = md_cards(export(runner, "markdown"))
    for (kind, text), page in ON_PAGE.items():
        (card,) = [c for h, c in cards.items() if f": {kind} “{text}”" in h]
        assert f"- **Page:** p. {page}\n" in card
    (ferry,) = [c for h, c in cards.items() if "“12%”" in h]
    assert "**Page:**" not in ferry


def test_html_cards_cite_the_page(runner: CliRunner, pdf_and_text: Path) -> None:
    cards = html_cards(export(runner, "html")).cards
    for (kind, text), page in ON_PAGE.items():
        (facts,) = [f for h, f in cards if f"{kind}: “{text}”" in h]
        assert facts["Page"] == f"p. {page}"
    (ferry,) = [f for h, f in cards if "“12%”" in h]
    assert "Page" not in ferry


def test_the_pdf_file_name_is_not_printed_as_its_source(
    runner: CliRunner, pdf_and_text: Path
) -> None:
    markdown = export(runner, "markdown")
    assert "council-budget" not in markdown
    meta = doc_meta(export(runner, "html"))
    assert len(meta) == 2 and not any("council-budget" in line for line in meta)


# ---------------------------------------------------------------- 2. the editor's wording

TEXT = (
    "The port authority said on Monday that it had paid £2.4 million for two new cranes.\n\n"
    'Its director, Tomas Berg, said: "We will need 40 more staff by the end of 2026."'
)


@pytest.fixture
def queued(runner: CliRunner) -> list[str]:
    doc = Document(text=TEXT, published=date(2025, 4, 14), title="Port buys cranes")
    claims = extract(TEXT, published=doc.published, id=doc.id)
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, claims, actor="tester")
        ids = [c.id for c in store.document_claims(doc.id)]
    return ids


def _money(ids: list[str], runner: CliRunner) -> str:
    (cid,) = [r["claim"]["id"] for r in _records(runner) if r["claim"]["kind"] == "money"]
    assert cid in ids
    return cid


def test_cards_show_the_editors_wording(runner: CliRunner, queued: list[str]) -> None:
    cid = _money(queued, runner)
    before_md, before_html = export(runner, "markdown"), export(runner, "html")
    assert "Claim reviewed" not in before_md and "Claimant" not in before_md
    assert "Claim reviewed" not in before_html and "Claimant" not in before_html
    run(
        runner,
        "edit",
        cid[:6],
        "--claim-reviewed",
        "The port paid £2.4m for two cranes",
        "--claimant",
        "Port of Lowmouth",
        "--claimant-url",
        "https://port.example/about",
    )
    cards = md_cards(export(runner, "markdown"))
    (card,) = [c for h, c in cards.items() if "“£2.4 million”" in h]
    assert "- **Claim reviewed:** The port paid £2.4m for two cranes\n" in card
    assert "- **Claimant:** Port of Lowmouth · <https://port.example/about>\n" in card
    others = [c for h, c in cards.items() if "“£2.4 million”" not in h]
    assert others and not any("Claim reviewed" in c or "Claimant" in c for c in others)

    html = export(runner, "html")
    (facts,) = [f for h, f in html_cards(html).cards if "“£2.4 million”" in h]
    assert facts["Claim reviewed"] == "The port paid £2.4m for two cranes"
    assert facts["Claimant"] == "Port of Lowmouth · https://port.example/about"
    assert '<a href="https://port.example/about" rel="noreferrer noopener">' in html

    # The latest edit wins; a cleared field goes from the card.
    run(runner, "edit", cid, "--claim-reviewed", "", "--claimant-url", "")
    (card,) = [c for h, c in md_cards(export(runner, "markdown")).items() if "“£2.4 million”" in h]
    assert "Claim reviewed" not in card
    assert "- **Claimant:** Port of Lowmouth\n" in card


HOSTILE_WORDING = "<script>alert(1)</script> **b** [x](javascript:alert(2)) &amp;"
HOSTILE_CLAIMANT = '<img src=x onerror=alert(3)> "q" `c` _i_ # \x1b[31m'
HOSTILE_URL = 'https://evil.example/"><script>alert(4)</script>'


def test_the_wording_is_escaped_in_both_reports(runner: CliRunner, queued: list[str]) -> None:
    cid = _money(queued, runner)
    printable = HOSTILE_CLAIMANT.replace(" \x1b[31m", "")
    run(runner, "edit", cid, "--claim-reviewed", HOSTILE_WORDING, "--claimant", printable)
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        assert store.editorial()[cid] == {"claim_reviewed": HOSTILE_WORDING, "claimant": printable}
        # What edit refuses (control characters, an address that is no http(s) URL) may
        # still be in an older database or a hand-edited log.
        now = {
            "claim_reviewed": HOSTILE_WORDING,
            "claimant": HOSTILE_CLAIMANT,
            "claimant_url": HOSTILE_URL,
        }
        with store._db.tx() as tx:
            tx.run(
                "UPDATE events SET detail = :d WHERE action = 'edit'",
                {"d": json.dumps({"now": now, "changed": {}})},
            )
        assert store.editorial()[cid]["claimant_url"] == HOSTILE_URL

    html = export(runner, "html")
    assert "<script" not in html and "<img" not in html and "\x1b" not in html
    # An http(s) address stays a link, its quotes and brackets escaped inside the attribute.
    assert 'href="https://evil.example/&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"' in html
    (facts,) = [f for h, f in html_cards(html).cards if "“£2.4 million”" in h]
    assert facts["Claim reviewed"] == HOSTILE_WORDING
    assert facts["Claimant"].startswith('<img src=x onerror=alert(3)> "q" `c` _i_ #')
    assert facts["Claimant"].endswith(HOSTILE_URL)

    markdown = export(runner, "markdown")
    assert "\x1b" not in markdown
    rendered = MarkdownIt().render(markdown)
    assert "<script" not in rendered and "<img" not in rendered
    assert not any(h.startswith("javascript:") for h in re.findall(r'href="([^"]*)"', rendered))
    assert "<strong>b</strong>" not in rendered and "<em>i</em>" not in rendered
    assert "<code>c</code>" not in rendered
    assert "alert(1)" in rendered and "alert(4)" in rendered  # shown as text


# ---------------------------------------------------------------- 3. no file name as a source


@pytest.mark.parametrize(
    "source",
    [
        "ferry.txt",
        "articles/ferry.md",
        "/home/desk/in/ferry.txt",
        "./ferry",
        "articles/ferry",
        "C:\\desk\\ferry.html",
        "-",
        "https://news.example/ferry",
    ],
)
def test_an_older_rows_file_name_is_not_printed_as_a_source(runner: CliRunner, source: str) -> None:
    """Before cff99d1, ingest stored the file's name or path (or a page's address) as the
    source when the front matter had none; such rows are still in desks' databases."""
    text = "The ferry fare rose by 12% in 2024."
    doc = Document(text=text, title="Ferry fares", source=source)
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, extract(text, id=doc.id), actor="tester")
    markdown = export(runner, "markdown")
    (meta,) = [line for line in markdown.splitlines() if line.endswith(f"document {doc.id}")]
    assert meta == f"document {doc.id}"
    assert doc_meta(export(runner, "html")) == [f"document {doc.id}"]


def test_a_publication_named_as_source_is_still_printed(runner: CliRunner) -> None:
    text = "The ferry fare rose by 12% in 2024."
    doc = Document(text=text, title="Ferry fares", source="The Lowmouth Courier")
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, extract(text, id=doc.id), actor="tester")
    assert f"The Lowmouth Courier · document {doc.id}" in export(runner, "markdown")
    assert doc_meta(export(runner, "html")) == [f"The Lowmouth Courier · document {doc.id}"]


def test_a_fetched_pages_site_name_is_its_source(runner: CliRunner) -> None:
    """Pages fetched since the source stopped defaulting keep the publication as site_name."""
    text = "The ferry fare rose by 12% in 2024."
    doc = Document(text=text, title="Ferry fares", site_name="The Lowmouth Courier")
    blank = Document(text=text + " Again.", title="Ferry fares", site_name="https://x.example/a")
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        for d in (doc, blank):
            store.add_document(d, extract(d.text, id=d.id), actor="tester")
    assert f"The Lowmouth Courier · document {doc.id}" in export(runner, "markdown")
    assert sorted(doc_meta(export(runner, "html"))) == sorted(
        [f"The Lowmouth Courier · document {doc.id}", f"document {blank.id}"]
    )
