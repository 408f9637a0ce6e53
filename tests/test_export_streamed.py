"""The HTML report and ClaimReview stream from the database (issue 13 item 5): the same
bytes as rendering the whole report held in memory, for a queue of several documents with
PDF pages, automatic checks, verdicts of every state, evidence, sources and an editor's
wording. HTML reads the database twice (the overview's counts, then the cards)."""

from __future__ import annotations

import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from test_intake_pdf import PAGE_ONE, PAGE_THREE, PAGE_TWO, make_pdf
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.export import ExportOptions, export_database, export_report
from factcheck.export._report import Reread, in_text_order
from factcheck.export.claimreview import Refused, claim_review, jsonld
from factcheck.models import Document
from factcheck.pipeline import extract

TEXT = (
    "The port paid £2.4 million for 2 cranes, 15% more than in 2023, the harbour board "
    'said on Monday. Its chair told reporters: "We will double the quay by 2030."\n\n'
    "Ticket sales rose by 12% to 340,000 last year, and the ferry took 45 minutes."
)
GENERATED = re.compile(r"generated \d{4}-\d\d-\d\d \d\d:\d\d UTC")


def run(runner: CliRunner, *args: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output


@pytest.fixture
def url(tmp_path: Path, runner: CliRunner) -> str:
    pdf = tmp_path / "council-budget.pdf"
    pdf.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO, PAGE_THREE], title="Council budget"))
    article = tmp_path / "ferry.txt"
    article.write_text("The ferry fare rose by 12% in 2024, to £4.50.\n", encoding="utf-8")
    run(runner, "team", "set", "organization.name", "The Daily Example")
    run(runner, "team", "set", "organization.url", "https://daily.example")
    run(runner, "ingest", str(pdf), str(article))
    url = os.environ["FACTCHECK_DATABASE_URL"]
    doc = Document(text=TEXT, published=date(2025, 4, 14), title="Port <b>buys</b> cranes")
    with open_store(url) as store:
        store.add_document(doc, extract(TEXT, published=doc.published, id=doc.id), actor="t")
        ids = [r.claim.id for _, records in store.report() for r in records]
    assert len(ids) >= 8
    ratings = ["false", "true", "misleading", "unverifiable"]
    with open_store(url) as store:
        for n, cid in enumerate(ids[:-2]):  # the last two stay unrated
            store.record_verdict(
                cid,
                rating=ratings[n % len(ratings)],
                reviewer="lena",
                note=f"note {n} <i>&</i>" if n % 2 else None,
                sources=["https://stats.example/t1"] if n % 3 == 0 else (),
                final=n % 5 != 4,  # some await sign-off
            )
    run(runner, "edit", ids[0], "--claim-reviewed", "The fare went up", "--claimant", "Ferry Co")
    run(runner, "edit", "--document", doc.id, "--page-url", "https://daily.example/port")
    return url


def _export(url: str, fmt: str) -> str:
    out = io.StringIO()
    export_database(url, format=fmt, out=out)
    return GENERATED.sub("generated T", out.getvalue())


def _in_memory(url: str, fmt: str) -> str:
    with open_store(url) as store:
        report = store.report()  # a list: the whole report held
        options = ExportOptions(
            config=store.config, editorial=store.editorial(), pages=store.page_urls()
        )
    out = io.StringIO()
    export_report(report, out, format=fmt, options=options)
    return GENERATED.sub("generated T", out.getvalue())


def test_html_streamed_is_the_in_memory_page(url: str) -> None:
    streamed = _export(url, "html")
    assert streamed == _in_memory(url, "html")
    assert streamed.count('<section class="doc"') == 3
    assert 'class="overview"' in streamed and "p. 2" in streamed
    assert "Automatic check (" in streamed and "The fare went up" in streamed


def test_claimreview_streamed_is_the_whole_array_dumped(url: str) -> None:
    streamed = _export(url, "claimreview")
    with open_store(url) as store:
        report, config = store.report(), store.config
        editorial, pages = store.editorial(), store.page_urls()
    reviews = []
    for document, records in report:
        for record in in_text_order(records):
            try:
                reviews.append(
                    claim_review(
                        document,
                        record,
                        config,
                        editorial=editorial.get(record.claim.id),
                        page_url=pages.get(document.id),
                    )
                )
            except Refused:
                continue
    assert len(reviews) >= 3
    assert streamed == jsonld(reviews) + "\n"  # today's bytes: the list dumped at once
    assert streamed == _in_memory(url, "claimreview")
    assert '"claimReviewed": "The fare went up"' in streamed
    assert "https://daily.example/port#" in streamed


def test_an_empty_claimreview_is_an_empty_array() -> None:
    out = io.StringIO()
    config_report: list = []  # type: ignore[type-arg]
    from factcheck.config import Config

    org = Config.model_validate({"organization": {"name": "D", "url": "https://d.example"}})
    export_report(config_report, out, format="claimreview", options=ExportOptions(config=org))
    assert out.getvalue() == "[]\n"


def test_html_reads_a_rereadable_report_twice_and_holds_a_one_shot_one(url: str) -> None:
    reads = []
    with open_store(url) as store:
        options = ExportOptions(config=store.config, editorial=store.editorial())

        def read():  # type: ignore[no-untyped-def]
            reads.append(1)
            return store.iter_report()

        twice, once = io.StringIO(), io.StringIO()
        export_report(Reread(read), twice, format="html", options=options)
        assert len(reads) == 2
        export_report(store.iter_report(), once, format="html", options=options)
    assert GENERATED.sub("", twice.getvalue()) == GENERATED.sub("", once.getvalue())


def test_jsonld_escapes_what_could_close_a_script_element() -> None:
    raw = jsonld([{"t": "</script><b>&amp;\u2028\u2029 plain"}])
    assert raw == (
        '[\n  {\n    "t": "\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\\u2028\\u2029 plain"'
        "\n  }\n]"
    )
    assert json.loads(raw) == [{"t": "</script><b>&amp;\u2028\u2029 plain"}]
