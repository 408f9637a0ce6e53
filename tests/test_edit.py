"""``factcheck edit``: an editor's ClaimReview wording and a document's page, logged."""

from __future__ import annotations

import json
import os
from datetime import date

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.models import Document
from factcheck.pipeline import extract

TEXT = (
    "The port authority said on Monday that it had paid £2.4 million for two new cranes.\n\n"
    'Its director, Tomas Berg, said: "We will need 40 more staff by the end of 2026."'
)


@pytest.fixture
def queued() -> tuple[Document, list[str]]:
    """One article, every claim rated final, under a named organisation."""
    doc = Document(
        text=TEXT,
        published=date(2025, 4, 14),
        title="Port buys cranes",
        url="https://port-news.example/cranes",
    )
    claims = extract(TEXT, published=doc.published, id=doc.id)
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, claims, actor="tester")
        ids = [c.id for c in store.document_claims(doc.id)]
        for cid in ids:
            store.record_verdict(cid, rating="false", reviewer="tester", note="Invoice: £2.1m")
        store.set_team("organization.name", "Port Checks", actor="tester")
        store.set_team("organization.url", "https://checks.port.example", actor="tester")
    return doc, ids


def run(runner: CliRunner, *args: str, code: int = 0):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def reviews(runner: CliRunner) -> dict[str, dict]:  # type: ignore[type-arg]
    out = json.loads(run(runner, "export", "-f", "claimreview").stdout)
    return {r["url"].rsplit("#", 1)[1]: r for r in out}


def test_edit_sets_wording_and_claimant_and_logs_it(
    runner: CliRunner, queued: tuple[Document, list[str]]
) -> None:
    _, ids = queued
    cid = ids[0]
    before = reviews(runner)[cid]
    assert "author" not in before["itemReviewed"]  # no speaker, byline or site name
    said = run(runner, "export", "-f", "claimreview").stderr.splitlines()
    [note] = [line for line in said if "no known claimant" in line]
    assert cid in note and note.endswith("name one with factcheck edit ID --claimant NAME")
    done = run(
        runner, "edit", cid[:6], "--claim-reviewed", "The port paid £2.4 million for two cranes",
        "--claimant", "Port Authority", "--claimant-type", "organization",
        "--claimant-url", "https://port.example/about",
    )  # fmt: skip
    assert done.stdout.startswith(f'Claim {cid}: claim_reviewed "The port paid £2.4 million')
    after = reviews(runner)[cid]
    assert after["claimReviewed"] == "The port paid £2.4 million for two cranes"
    assert after["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Port Authority",
        "sameAs": "https://port.example/about",
    }
    assert after["reviewRating"]["ratingExplanation"] == "Invoice: £2.1m"
    history = json.loads(run(runner, "history", cid, "-f", "json").stdout)
    edits = [
        e
        for e in (history["events"] if isinstance(history, dict) else history)
        if e["action"] == "edit"
    ]
    assert len(edits) == 1 and edits[0]["actor"] == "tester"
    assert edits[0]["detail"]["changed"]["claimant"] == {"from": None, "to": "Port Authority"}

    # An empty value clears a field: back to what the exporter derives.
    run(runner, "edit", cid, "--claimant", "", "--claimant-url", "")
    assert "author" not in reviews(runner)[cid]["itemReviewed"]
    assert reviews(runner)[cid]["claimReviewed"] == "The port paid £2.4 million for two cranes"


def test_page_url_overrides_the_template(
    runner: CliRunner, queued: tuple[Document, list[str]]
) -> None:
    doc, ids = queued
    run(runner, "team", "set", "organization.claimreview_url", "https://checks.port.example/{slug}")
    assert (
        reviews(runner)[ids[0]]["url"] == f"https://checks.port.example/port-buys-cranes#{ids[0]}"
    )
    run(
        runner, "edit", "--document", doc.id[:6], "--page-url", "https://checks.port.example/cranes"
    )
    urls = sorted(r["url"] for r in json.loads(run(runner, "export", "-f", "claimreview").stdout))
    assert urls == sorted(f"https://checks.port.example/cranes#{i}" for i in ids)
    logged = json.loads(run(runner, "log", "--action", "edit-page", "-f", "json").stdout)
    assert logged[0]["detail"]["page_url"] == "https://checks.port.example/cranes"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--claim-reviewed", "The port lied, which is false"), 'holds the rating word "false"'),
        (("--claim-reviewed", "x" * 80), "The claim reviewed is 80 characters"),
        (("--claimant-url", "javascript:alert(1)", "--claimant", "X"), "--claimant-url takes an"),
        (("--claimant-url", "https://a.example/",), "--claimant-url needs --claimant NAME"),
        (("--claimant-type", "robot", "--claimant", "X"), "--claimant-type takes person or"),
        (("--page-url", "data:text/html,hi"), "--page-url takes an http(s) URL"),
        ((), "Nothing to edit"),
    ],
)  # fmt: skip
def test_bad_edits_are_one_line_and_change_nothing(
    runner: CliRunner, queued: tuple[Document, list[str]], args: tuple[str, ...], message: str
) -> None:
    _, ids = queued
    before = reviews(runner)
    result = run(runner, "edit", ids[0], *args, code=1)
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert reviews(runner) == before


def test_team_set_claimreview_url_is_checked(runner: CliRunner) -> None:
    bad = run(
        runner, "team", "set", "organization.claimreview_url", "https://a.example/{title}", code=1
    )
    assert bad.stderr.startswith("Error: claimreview_url names {title}; it may name {document}")
    run(runner, "team", "set", "organization.claimreview_url", "https://a.example/{document}")
    shown = json.loads(run(runner, "team", "show", "-f", "json").stdout)
    assert shown["settings"]["organization.claimreview_url"] == "https://a.example/{document}"
    run(runner, "team", "set", "organization.claimreview_url", "")
    shown = json.loads(run(runner, "team", "show", "-f", "json").stdout)
    assert shown["settings"]["organization.claimreview_url"] is None


def test_only_an_editor_edits_once_there_is_a_roster(
    runner: CliRunner, queued: tuple[Document, list[str]]
) -> None:
    _, ids = queued
    run(runner, "team", "add", "ana", "--role", "editor", "-r", "ana")
    run(runner, "team", "add", "sam", "--role", "reviewer", "-r", "ana")
    refused = run(runner, "edit", ids[0], "--claimant", "Tomas Berg", "-r", "sam", code=1)
    assert refused.stderr == 'Error: "sam" is a reviewer; only an editor can edit a ClaimReview\n'
    run(runner, "edit", ids[0], "--claimant", "Tomas Berg", "-r", "ana")


def test_editorial_wording_on_both_backends(db_url: str) -> None:
    doc = Document(text=TEXT, published=date(2025, 4, 14), title="Port buys cranes")
    claims = extract(TEXT, published=doc.published, id=doc.id)
    with open_store(db_url) as store:
        store.add_document(doc, claims, actor="tester")
        cid = claims[0].id
        store.edit_claim(cid[:6], actor="ana", claimant="Port Authority", claim_reviewed="Paid")
        store.edit_claim(cid, actor="ana", claimant="", claimant_url=None)
        store.set_page_url(doc.id, "https://checks.port.example/cranes", actor="ana")
        store.set_page_url(doc.id[:5], "https://checks.port.example/cranes-2", actor="ana")
        assert store.editorial() == {cid: {"claim_reviewed": "Paid"}}
        assert store.page_urls() == {doc.id: "https://checks.port.example/cranes-2"}
        assert [e.action for e in store.log(claim=cid) if e.action == "edit"] == ["edit", "edit"]
        store.set_page_url(doc.id, "", actor="ana")
        assert store.page_urls() == {}
