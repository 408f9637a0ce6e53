"""``factcheck export`` against a real queue, and atomic writes of reports."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.errors import ExportError
from factcheck.export import atomic_write, write_report
from factcheck.models import ClaimRecord, Document
from factcheck.pipeline import extract

TEXT = (
    "The port authority said on Monday that it had paid £2.4 million for two new cranes, "
    "up 15% on the last order.\n\n"
    'Its director, Tomas Berg, said: "We will need 40 more staff by the end of 2026."'
)


@pytest.fixture
def queued() -> tuple[str, Document, list[str]]:
    """A queue with one article: the first claim rated false, the second awaiting sign-off."""
    url = os.environ["FACTCHECK_DATABASE_URL"]
    doc = Document(
        text=TEXT,
        published=date(2025, 4, 14),
        title="Port buys cranes",
        url="https://port-news.example/cranes",
        source="Port News",
    )
    claims = extract(TEXT, published=doc.published, id=doc.id)
    assert len(claims) >= 3, [c.text for c in claims]
    with open_store(url) as store:
        store.add_document(doc, claims, actor="tester")
        ids = [c.id for c in store.document_claims(doc.id)]
        store.record_verdict(ids[0], rating="false", reviewer="tester", note="Invoice says £2.1m")
        store.record_verdict(ids[1], rating="true", reviewer="tester", final=False)
        # ClaimReview refuses the placeholder organisation: the desk names itself.
        store.set_team("organization.name", "Port Checks", actor="tester")
        store.set_team("organization.url", "https://checks.port.example", actor="tester")
    return url, doc, ids


def test_csv_to_stdout(runner: CliRunner, queued: tuple[str, Document, list[str]]) -> None:
    _, _doc, ids = queued
    result = runner.invoke(app, ["export", "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    assert [r["claim_id"] for r in rows] == ids
    assert rows[0]["rating"] == "false" and rows[0]["note"] == "Invoice says £2.1m"
    assert rows[0]["document_title"] == "Port buys cranes"
    assert result.stderr == ""


def test_status_filter(runner: CliRunner, queued: tuple[str, Document, list[str]]) -> None:
    _, _, ids = queued
    result = runner.invoke(app, ["export", "-f", "jsonl", "--status", "final"])
    assert result.exit_code == 0, result.output
    loaded = [ClaimRecord.model_validate_json(line) for line in result.stdout.splitlines()]
    assert [r.claim.id for r in loaded] == [ids[0]]
    assert loaded[0].verdict is not None and loaded[0].verdict.rating == "false"


def test_html_to_file_reports_where_it_is(
    runner: CliRunner, queued: tuple[str, Document, list[str]], tmp_path: Path
) -> None:
    _, doc, ids = queued
    result = runner.invoke(
        app, ["export", "--format", "html", "--document", doc.id, "-o", "out.html"]
    )
    assert result.exit_code == 0, result.output
    target = tmp_path / "out.html"
    assert result.stdout == ""
    assert result.stderr.strip() == f"Wrote {len(ids)} claims to {target}"
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>\n")
    assert "[1 · False]" in html and "(awaiting sign-off)" in html
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_claimreview_bulk_skips_with_notes_on_stderr(
    runner: CliRunner, queued: tuple[str, Document, list[str]]
) -> None:
    _, _, ids = queued
    result = runner.invoke(app, ["export", "--format", "claimreview"])
    assert result.exit_code == 0, result.output
    reviews = json.loads(result.stdout)
    assert len(reviews) == 1 and reviews[0]["reviewRating"]["alternateName"] == "False"
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"Skipped {len(ids) - 2} claim")
    assert lines[1] == f"Skipped 1 claim awaiting a final verdict: {ids[1]}"


def test_claimreview_of_an_explicit_claim_without_final_verdict_is_an_error(
    runner: CliRunner, queued: tuple[str, Document, list[str]]
) -> None:
    _, _, ids = queued
    result = runner.invoke(app, ["export", "-f", "claimreview", "--claim", ids[2]])
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f'Error: Claim "{ids[2]}" has no verdict yet; review it before exporting ClaimReview\n'
    )
    assert result.stdout == ""
    ok = runner.invoke(app, ["export", "-f", "claimreview", "--claim", ids[0]])
    assert ok.exit_code == 0, ok.output
    assert len(json.loads(ok.stdout)) == 1


def test_unknown_claim_id(runner: CliRunner, queued: tuple[str, Document, list[str]]) -> None:
    result = runner.invoke(app, ["export", "-f", "json", "--claim", "nope"])
    assert result.exit_code == 1, result.output
    assert result.stderr == 'Error: No claim with id "nope"; list the ids with factcheck queue\n'
    assert result.stdout == ""
    _, _, ids = queued
    filtered = runner.invoke(app, ["export", "-f", "json", "--status", "open", "--claim", ids[0]])
    assert filtered.exit_code == 1, filtered.output
    assert filtered.stderr == (
        f'Error: Claim "{ids[0]}" is not in the report; check the id with factcheck queue '
        "or widen --document/--status\n"
    )


def test_claim_ids_may_be_prefixes(
    runner: CliRunner, queued: tuple[str, Document, list[str]]
) -> None:
    # As in show, verdict and every other command: a unique prefix names the claim.
    _, _, ids = queued
    full = runner.invoke(app, ["export", "-f", "json", "--claim", ids[0], "--claim", ids[1]])
    short = runner.invoke(
        app, ["export", "-f", "json", "--claim", ids[0][:6], "--claim", ids[1][:8].upper()]
    )
    assert short.exit_code == 0, short.output
    assert full.exit_code == 0, full.output
    records, expected = json.loads(short.stdout), json.loads(full.stdout)
    records.pop("generated", None), expected.pop("generated", None)  # the time of the export
    assert records == expected
    assert ids[0] in short.stdout and ids[1] in short.stdout and ids[2] not in short.stdout
    review = runner.invoke(app, ["export", "-f", "claimreview", "--claim", ids[0][:6]])
    assert review.exit_code == 0, review.output
    assert len(json.loads(review.stdout)) == 1
    shared = next(
        (a[:n] for n in range(1, 16) for a in ids for b in ids if a != b and a[:n] == b[:n]),
        None,
    )
    if shared is not None:  # two claims that start alike: the prefix is ambiguous
        amb = runner.invoke(app, ["export", "-f", "json", "--claim", shared])
        assert amb.exit_code == 1
        assert amb.stderr.startswith(f'Error: Claim id "{shared}" is ambiguous (')


def test_unknown_format_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(app, ["export", "--format", "pdf"])
    assert result.exit_code == 2
    assert "markdown" in result.stderr and "claimreview" in result.stderr


def test_missing_folder_is_one_error_line(
    runner: CliRunner, queued: tuple[str, Document, list[str]]
) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "-o", "no/such/dir/r.csv"])
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        'Error: Folder "no/such/dir" does not exist; create it or choose another -o\n'
    )


# ---------------------------------------------------------------- atomic writes


def test_atomic_write_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write("half a rep")
        raise RuntimeError("renderer crashed")
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
    with atomic_write(target) as out:
        out.write("new report\n")
    assert target.read_text(encoding="utf-8") == "new report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)  # not mkstemp's private mode


def test_interrupted_export_leaves_no_half_report(tmp_path: Path) -> None:
    doc = Document(text="Tickets cost £4.")
    claims = extract(doc.text, id=doc.id)
    records = [ClaimRecord(claim=c) for c in claims]

    def report() -> Iterator[tuple[Document, list[ClaimRecord]]]:
        yield doc, records
        raise KeyboardInterrupt  # Ctrl-C while the second document is read

    target = tmp_path / "r.jsonl"
    with pytest.raises(KeyboardInterrupt):
        write_report(report(), target, format="jsonl")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_refuses_a_folder(tmp_path: Path) -> None:
    with (
        pytest.raises(ExportError, match="is a folder; give a file name to -o"),
        atomic_write(tmp_path),
    ):
        pass
