"""Check results travel: stored on the claim, replaced on re-checking, kept in its history.

Store tests run on SQLite and, with FACTCHECK_TEST_POSTGRES_URL, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from factcheck.config import Config
from factcheck.db.store import ClaimStore, open_store
from factcheck.models import CheckResult, Claim, Document, Evidence, MoneyValue

TEXT = "It costs £3 billion ($3.7 billion), and £2 billion plus £1 billion is £4 billion."


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _claims(doc: Document) -> list[Claim]:
    out = []
    for figure, amount, currency in (
        ("£3 billion", 3e9, "GBP"),
        ("$3.7 billion", 3.7e9, "USD"),
        ("£2 billion", 2e9, "GBP"),
        ("£1 billion", 1e9, "GBP"),
        ("£4 billion", 4e9, "GBP"),
    ):
        start = TEXT.index(figure)
        out.append(
            Claim(
                document=doc.id,
                kind="money",
                text=figure,
                start=start,
                end=start + len(figure),
                value=MoneyValue(amount=amount, currency=currency),
                sentence=TEXT,
            )
        )
    return out


@pytest.fixture
def queued(db_url: str) -> tuple[ClaimStore, Document, dict[str, Claim]]:
    store = open_store(db_url, clock=Clock(), config=Config())
    doc = Document(id="budget", text=TEXT, published="2025-02-17")
    claims = _claims(doc)
    store.add_document(doc, claims, actor="ana")
    yield store, doc, {c.text: c for c in claims}  # type: ignore[misc]
    store.close()


def _result(claim: Claim, check: str, status: str, why: str = "") -> CheckResult:
    return CheckResult(
        claim_id=claim.id,
        document=claim.document,
        check=check,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        start=claim.start,
        end=claim.end,
        text=claim.text,
        explanation=why or f"{check} says {status}",
        evidence=[Evidence(source="ECB", description="reference rate", value="1.2598")],
    )


def _check_events(store: ClaimStore, claim: Claim) -> list[dict[str, object]]:
    return [e.detail for e in store.history(claim.id) if e.action == "check"]


def test_rechecking_replaces_every_earlier_result_of_the_claim(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    total = c["£4 billion"]
    store.save_checks(
        [_result(total, "arithmetic", "inconsistent"), _result(total, "conversion", "consistent")],
        documents=[doc.id],
    )
    assert sorted(r.check for r in store.checks_for(total.id)) == ["arithmetic", "conversion"]
    # The relation that gave the conversion is gone in the new run: so is its result.
    changed = store.save_checks(
        [_result(total, "arithmetic", "consistent", "2 + 1 = 3, not 4")], documents=[doc.id]
    )
    assert changed == 1
    got = store.checks_for(total.id)
    assert [(r.check, r.status, r.explanation) for r in got] == [
        ("arithmetic", "consistent", "2 + 1 = 3, not 4")
    ]
    assert got[0].evidence[0].value == "1.2598"
    events = _check_events(store, total)
    assert events[0] == {
        "results": "arithmetic inconsistent: arithmetic says inconsistent; "
        "conversion consistent: conversion says consistent",
        "previous": "none",
        "priority": "3.5 -> 13.5",
    }
    assert events[1]["previous"] == events[0]["results"]
    assert events[1]["priority"] == "13.5 -> 3.5"
    assert events[1]["results"] == "arithmetic consistent: 2 + 1 = 3, not 4"


def test_the_same_results_again_keep_their_ids_and_add_no_event(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    usd = c["$3.7 billion"]
    results = [_result(usd, "conversion", "consistent")]
    assert store.save_checks(results, documents=[doc.id]) == 1
    refs = store.evidence_refs(usd.id)
    assert store.save_checks(results, documents=[doc.id]) == 0
    assert store.evidence_refs(usd.id) == refs
    assert len(_check_events(store, usd)) == 1


def test_a_document_run_clears_claims_that_lost_their_result(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    usd, total = c["$3.7 billion"], c["£4 billion"]
    store.save_checks(
        [_result(usd, "conversion", "consistent"), _result(total, "arithmetic", "inconsistent")],
        documents=[doc.id],
    )
    store.save_checks([_result(usd, "conversion", "consistent")], documents=[doc.id])
    assert store.checks_for(total.id) == []
    assert _check_events(store, total)[-1]["results"] == "none"
    assert [r.check for r in store.checks_for(usd.id)] == ["conversion"]


def test_a_run_of_some_checks_replaces_only_those(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    total = c["£4 billion"]
    store.save_checks(
        [_result(total, "arithmetic", "inconsistent"), _result(total, "elapsed", "inconclusive")],
        documents=[doc.id],
    )
    store.save_checks([], documents=[doc.id], checks=["elapsed"])
    assert [r.check for r in store.checks_for(total.id)] == ["arithmetic"]


def test_checking_one_claim_leaves_the_others_alone(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    usd, total = c["$3.7 billion"], c["£4 billion"]
    store.save_checks(
        [_result(usd, "conversion", "consistent"), _result(total, "arithmetic", "inconsistent")],
        documents=[doc.id],
    )
    store.save_checks([], claims=[total.id])
    assert store.checks_for(total.id) == []
    assert [r.check for r in store.checks_for(usd.id)] == ["conversion"]


def test_check_all_twice_stores_once_and_history_shows_it(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from factcheck.cli import app
    from tests.conftest import CLAIMS

    db = str(tmp_path / "q.db")
    assert runner.invoke(app, ["--db", db, "--create", "ingest", str(CLAIMS)]).exit_code == 0
    first = runner.invoke(app, ["--db", db, "check", "--all", "--offline", "--format", "json"])
    assert first.exit_code == 0, first.output
    rows = [r for r in json.loads(first.stdout) if r["claim_id"]]
    assert rows
    again = runner.invoke(app, ["--db", db, "check", "--all", "--offline", "--format", "json"])
    assert json.loads(again.stdout) == json.loads(first.stdout)
    with open_store(db) as store:
        for r in rows:
            stored = store.checks_for(r["claim_id"])
            assert (r["check"], r["status"]) in {(s.check, s.status) for s in stored}
            events = _check_events(store, store.get_claim(r["claim_id"]).claim)
            assert len(events) == 1 and r["explanation"] in str(events[0]["results"])
    shown = runner.invoke(app, ["--db", db, "history", rows[0]["claim_id"]])
    assert "check" in shown.stdout and rows[0]["check"] in shown.stdout


def test_ingest_checks_new_documents_offline(db_url: str) -> None:
    from factcheck.db.ingest import ingest_documents
    from factcheck.documents import read_path
    from tests.conftest import CLAIMS

    docs = read_path(str(CLAIMS / "harbourton-budget.md"))
    with open_store(db_url, config=Config()) as store:
        summary = ingest_documents(store, docs, actor="ana")
        stored = [c for r in store.claims() for c in r.checks]
        assert summary.checks and sum(summary.checks.values()) == len(stored)
        assert summary.to_record()["checks"] == summary.checks
        conversion = next(c for c in stored if c.check == "conversion")
        assert conversion.text == "£4.3 million" and "ECB 2024-03-08" in conversion.explanation
        history = store.history(conversion.claim_id or "")
        assert [e.actor for e in history if e.action == "check"] == ["factcheck"]
        again = ingest_documents(store, docs, actor="ana")  # nothing new: nothing checked
        assert again.checks == {} and again.unchanged == 1


def test_ingest_no_check_skips_the_checks(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from factcheck.cli import app
    from tests.conftest import CLAIMS

    db = str(tmp_path / "q.db")
    args = ["--db", db, "--create", "ingest", str(CLAIMS), "--no-check", "--format", "json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["checks"] == {}
    with open_store(db) as store:
        assert all(r.checks == [] for r in store.claims())
    other = str(tmp_path / "r.db")
    checked = runner.invoke(app, ["--db", other, "--create", "ingest", str(CLAIMS)])
    assert checked.exit_code == 0, checked.output
    with open_store(other) as store:
        statuses = [c.status for r in store.claims() for c in r.checks]
    found = ", ".join(f"{statuses.count(s)} {s}" for s in sorted(set(statuses)))
    assert statuses and f"Checked offline: {found} (factcheck show ID lists them)" in checked.stdout


def test_an_inconsistent_check_raises_the_claim_and_next_serves_it_first(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    total = c["£4 billion"]
    base = {r.claim.id: (r.priority, r.priority_reasons) for r in store.claims()}
    assert max(base.values())[0] > base[total.id][0]  # not first on its own score
    store.save_checks([_result(total, "arithmetic", "inconsistent")], documents=[doc.id])
    raised = store.get_claim(total.id)
    assert raised.priority == base[total.id][0] + 10
    assert raised.priority_reasons == [*base[total.id][1], "inconsistent arithmetic check +10"]
    assert store.claims()[0].claim.id == total.id
    assert (
        _check_events(store, total)[-1]["priority"]
        == f"{base[total.id][0]:g} -> {raised.priority:g}"
    )
    served = store.next_claim("bo")
    assert served is not None and served.claim.id == total.id
    # A second inconsistent check names both; the claim is raised once, not twice.
    store.save_checks(
        [
            _result(total, "arithmetic", "inconsistent"),
            _result(total, "conversion", "inconsistent"),
        ],
        documents=[doc.id],
    )
    both = store.get_claim(total.id)
    assert both.priority == raised.priority
    assert both.priority_reasons[-1] == "inconsistent arithmetic and conversion checks +10"
    # Re-checked and found consistent: the claim goes back to its own score, reasons and all.
    store.save_checks([_result(total, "arithmetic", "consistent")], documents=[doc.id])
    back = store.get_claim(total.id)
    assert (back.priority, back.priority_reasons) == base[total.id]


def test_a_check_run_of_other_checks_keeps_the_raise(queued) -> None:  # type: ignore[no-untyped-def]
    store, doc, c = queued
    total = c["£4 billion"]
    before = store.get_claim(total.id).priority
    store.save_checks([_result(total, "arithmetic", "inconsistent")], documents=[doc.id])
    store.save_checks(
        [_result(total, "weekday", "consistent")], documents=[doc.id], checks=["weekday"]
    )
    got = store.get_claim(total.id)
    assert got.priority == before + 10
    assert sorted(r.check for r in got.checks) == ["arithmetic", "weekday"]


WRONG = """---
title: Bridge costs
published: 2025-02-17
---
The mayor said the record new bridge will cost nearly £4 billion a year, a figure nobody disputes.

Later the council said the bridge costs £3 billion ($5 billion) in all.
"""


def test_queue_show_next_and_review_put_the_inconsistent_check_first(  # type: ignore[no-untyped-def]
    runner, tmp_path, monkeypatch, db_url
) -> None:
    import json

    from factcheck.cli import app
    from factcheck.cli._common import console

    monkeypatch.setattr(console, "width", 400)  # one line per line, unwrapped
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", db_url)  # SQLite, and PostgreSQL when there
    article = tmp_path / "wrong.md"
    article.write_text(WRONG, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    records = json.loads(runner.invoke(app, ["queue", "--format", "json"]).stdout)
    top, second = records[0], records[1]
    assert top["claim"]["text"] == "$5 billion" and second["claim"]["text"] == "£4 billion"
    assert top["priority_reasons"][-1] == "inconsistent conversion check +10"
    assert top["checks"][0]["status"] == "inconsistent"
    # Without the check the hedged, superlative £4 billion at the top would come first.
    assert top["priority"] - 10 < second["priority"] < top["priority"]

    table = runner.invoke(app, ["queue"]).stdout.splitlines()
    row = next(n for n, line in enumerate(table) if "$5 billion" in line)
    assert "inconsistent conversion check" in table[row + 1]
    assert f"{top['priority']:g}" in table[row]

    shown = runner.invoke(app, ["show", top["claim"]["id"]]).stdout
    assert f"priority  {top['priority']:g} (" in shown
    assert "inconsistent conversion check +10)" in shown
    line = next(x for x in shown.splitlines() if x.startswith("check"))
    assert line.startswith("check  !! conversion inconsistent: ECB 2025-02-17: 1 GBP = 1.2598 USD")
    assert "the text says $5 billion" in line
    assert "· evidence: ECB euro reference rates" in line and "https://www.ecb.europa.eu/" in line

    served = json.loads(runner.invoke(app, ["next", "-r", "ana", "--format", "json"]).stdout)
    assert served["claim"]["id"] == top["claim"]["id"]
    looped = runner.invoke(app, ["review", "-r", "ana"], input="q")
    assert "check  !! conversion inconsistent: ECB 2025-02-17" in looped.stdout
    assert "inconsistent conversion check +10" in looped.stdout


def test_every_report_shows_the_check_beside_the_claim(runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io
    import json

    from factcheck.cli import app

    article = tmp_path / "wrong.md"
    article.write_text(WRONG, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0

    def export(fmt: str) -> str:
        result = runner.invoke(app, ["export", "--format", fmt, "-o", "-"])
        assert result.exit_code == 0, result.output
        return result.stdout

    arithmetic = "ECB 2025-02-17: 1 GBP = 1.2598 USD, so £3 billion = $3.779 billion"
    md = export("markdown")
    heading = next(x for x in md.splitlines() if x.startswith("#### ") and "$5 billion" in x)
    assert heading.endswith("· ⚠ inconsistent conversion check")
    line = next(x for x in md.splitlines() if x.startswith("- **Automatic check"))
    assert line.startswith(f"- **Automatic check (conversion, inconsistent):** {arithmetic}")
    assert "_Evidence:_ ECB euro reference rates" in line
    assert "<https://www.ecb.europa.eu/" in line
    assert "- **Priority raised:** inconsistent conversion check +10" in md

    html = export("html")
    assert "<dt>Priority raised</dt><dd>inconsistent conversion check +10</dd>" in html
    assert f"<dt>Automatic check (conversion, inconsistent)</dt><dd>{arithmetic}" in html
    assert "<small>Evidence: ECB euro reference rates" in html
    assert '(<a href="https://www.ecb.europa.eu/' in html
    assert '<span class="flag">· ⚠ inconsistent conversion check</span></h4>' in html

    rows = list(csv.DictReader(io.StringIO(export("csv"))))
    row = next(r for r in rows if r["text"] == "$5 billion")
    assert row["checks"] == "conversion: inconsistent"
    assert row["check_explanations"].startswith(arithmetic)
    assert row["check_evidence"].startswith("ECB euro reference rates")
    assert [r["check_evidence"] for r in rows if r["text"] != "$5 billion"] == ["", ""]

    for record in map(json.loads, export("jsonl").splitlines()):
        if record["claim"]["text"] == "$5 billion":
            assert record["priority_reasons"][-1] == "inconsistent conversion check +10"
            assert record["checks"][0]["evidence"][0]["value"] == "1.25979"
    data = json.loads(export("json"))
    claims = [c for d in data["documents"] for c in d["claims"]]
    assert [c["checks"][0]["status"] for c in claims if c["checks"]] == ["inconsistent"]


def test_concurrent_check_runs_store_each_result_once(db_url: str) -> None:
    import threading

    doc = Document(id="budget", text=TEXT, published="2025-02-17")
    claims = _claims(doc)
    with open_store(db_url, config=Config()) as store:
        store.add_document(doc, claims, actor="ana")
    results = [_result(c, "arithmetic", "inconsistent") for c in claims]
    barrier = threading.Barrier(4)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            with open_store(db_url, config=Config()) as store:
                barrier.wait()
                store.save_checks(results, documents=[doc.id])
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(db_url, config=Config()) as store:
        for c in claims:
            record = store.get_claim(c.id)
            assert [r.check for r in record.checks] == ["arithmetic"]
            assert record.priority_reasons.count("inconsistent arithmetic check +10") == 1
            assert len(_check_events(store, c)) == 1
