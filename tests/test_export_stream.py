"""Exports stream from the database: one document at a time, and the same bytes as before.

``ClaimStore.iter_report`` yields what ``report()`` returns, document by document; the
records it builds without validation equal validated ones; ``export_database`` writes the
first document before the store has read the second; the streamed ``json`` format is
byte for byte the whole report dumped at once.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from factcheck.db import rows as rows_module
from factcheck.db import store as store_module
from factcheck.db.store import ClaimStore, open_store
from factcheck.export import ExportOptions, export_database
from factcheck.export._report import in_text_order
from factcheck.export.jsonl import SCHEMA, _DocumentEntry, _ReportFile, export_json
from factcheck.models import CheckResult, ClaimRecord, Document
from factcheck.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def url() -> str:
    """Three sample articles queued: verdicts (final, awaiting sign-off), checks, open claims."""
    url = os.environ["FACTCHECK_DATABASE_URL"]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "claims").glob("*.md"))]
    texts.append("The port paid £2.4 million on Monday, up 15% on 2024's order of 40 cranes.")
    with open_store(url) as store:
        for n, text in enumerate(texts):
            doc = Document(id=f"doc-{n}", text=text, published=date(2025, 2, 17), title=f"T{n}")
            claims = extract(text, published=doc.published, id=doc.id)
            store.add_document(doc, claims, actor="tester")
            ids = [c.id for c in store.document_claims(doc.id)]
            store.record_verdict(
                ids[0],
                rating="false",
                reviewer="tester",
                note="Invoice says otherwise",
                sources=["https://example.org/invoice"],
            )
            store.record_verdict(ids[1], rating="true", reviewer="tester", final=False)
            first = claims[0]
            store.save_checks(
                [
                    CheckResult(
                        claim_id=first.id,
                        document=doc.id,
                        check="arithmetic",
                        status="consistent",
                        start=first.start,
                        end=first.end,
                        text=first.text,
                        explanation="adds up",
                        related=[claims[1].id],
                    )
                ]
            )
    return url


def test_iter_report_is_report_one_document_at_a_time(url: str) -> None:
    with open_store(url) as store:
        whole = store.report()
        streamed = store.iter_report()
        first = next(streamed)
        assert first == whole[0]
        assert [first, *streamed] == whole
        assert list(store.iter_report(status="final")) == store.report(status="final")
        assert list(store.iter_report(document="doc-1")) == store.report(document="doc-1")
    assert len(whole) == 3
    records = [r for _, rs in whole for r in rs]
    assert sum(r.verdict is not None for r in records) == 6
    assert sum(bool(r.checks) for r in records) == 3


@pytest.mark.parametrize("status", [None, "final", "decided", "open"])
def test_iter_export_is_iter_report_as_light_records(url: str, status: str | None) -> None:
    """The exporters' light records hold what the models hold: the same JSON, attribute by
    attribute, in the same order, for each status asked for."""
    with open_store(url) as store:
        models = list(store.iter_report(status=status))
        rows = list(store.iter_export(status=status))
        read = list(rows_module.read_export(store, status=status))
    assert [d for d, _ in rows] == [d for d, _ in models] == [d for d, _ in read]
    # The exporters' reader (one query per document for claims and verdicts) reads the same.
    assert [r.model_dump_json() for _, rs in read for r in rs] == [
        m.model_dump_json() for _, ms in models for m in ms
    ]
    pairs = [
        (m, r)
        for (_, ms), (_, rs) in zip(models, rows, strict=True)
        for m, r in zip(ms, rs, strict=True)
    ]
    assert len(pairs) == sum(len(ms) for _, ms in models) > 0
    for m, r in pairs:
        assert r.model_dump_json() == m.model_dump_json()
        assert r.claim.value == m.claim.value
        assert (r.verdict is None) == (m.verdict is None)
    if status in (None, "final"):
        assert any(r.verdict is not None and r.verdict.sources for _, r in pairs)
        assert any(r.checks for _, r in pairs)


def test_iter_export_reads_the_same_on_both_backends(db_url: str) -> None:
    text = "The port paid £2.4 million on Monday, up 15% on 2024's order of 40 cranes."
    doc = Document(id="doc-pg", text=text, published=date(2025, 2, 17), title="T")
    claims = extract(text, published=doc.published, id=doc.id)
    with open_store(db_url) as store:
        store.add_document(doc, claims, actor="tester")
        ids = [c.id for c in store.document_claims(doc.id)]
        store.record_verdict(ids[0], rating="false", reviewer="t", sources=["https://a.example"])
        store.record_verdict(ids[1], rating="true", reviewer="t", final=False)
        store.save_checks(
            [
                CheckResult(
                    claim_id=None,
                    document=doc.id,
                    check="arithmetic",
                    status="consistent",
                    start=claims[0].start,
                    end=claims[0].end,
                    explanation="adds up",
                )
            ]
        )
        for status in (None, "final", "decided", "open"):
            models = [r for _, rs in store.iter_report(status=status) for r in rs]
            rows = [r for _, rs in store.iter_export(status=status) for r in rs]
            assert [r.model_dump_json() for r in rows] == [m.model_dump_json() for m in models]
            read = [r for _, rs in rows_module.read_export(store, status=status) for r in rs]
            assert [r.model_dump_json() for r in read] == [m.model_dump_json() for m in models]
        assert next(r for _, rs in store.iter_export() for r in rs).checks


def test_light_records_have_the_models_fields_in_order() -> None:
    from factcheck.db.rows import _UNREAD, CheckRow, ClaimRow, RecordRow, VerdictRow
    from factcheck.models import CheckResult, Claim, MoneyValue, Verdict

    for row, model in [
        (RecordRow, ClaimRecord),
        (ClaimRow, Claim),
        (VerdictRow, Verdict),
        (CheckRow, CheckResult),
    ]:
        # ClaimRow keeps its value's JSON until it is read: its FIELDS are the model's.
        fields = getattr(row, "FIELDS", row.__slots__)
        assert fields == tuple(model.model_fields), row.__name__
    claim = ClaimRow("c", "d", "money", "£3", 0, 2, None, None, "£3", 0, None, '{"amount": 3}')
    assert claim._value is _UNREAD
    assert claim.value == MoneyValue(amount=3.0) and claim._value is claim.value


def test_records_read_back_equal_validated_ones(url: str) -> None:
    with open_store(url) as store:
        records = [r for _, rs in store.iter_report() for r in rs]
    for r in records:
        again = ClaimRecord.model_validate(r.model_dump())
        assert again == r
        assert again.model_dump_json() == r.model_dump_json()
    rated = [r for r in records if r.verdict is not None and r.verdict.sources]
    assert rated and all(isinstance(r.verdict.created, datetime) for r in rated if r.verdict)
    assert all(
        r.verdict.sources[0].url == "https://example.org/invoice" for r in rated if r.verdict
    )


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "json", "markdown"])
def test_the_export_writes_before_it_has_read_everything(
    url: str, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    yielded: list[str] = []
    at_first_write: list[int] = []
    original = rows_module.read_export

    def counting(store: ClaimStore, **kw: object):  # type: ignore[no-untyped-def]
        for doc, records in original(store, **kw):  # type: ignore[arg-type]
            yielded.append(doc.id)
            yield doc, records

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            if not at_first_write and "doc-0" in self.getvalue() + s:
                at_first_write.append(len(yielded))
            return super().write(s)

    monkeypatch.setattr(rows_module, "read_export", counting)
    out = Out()
    result = export_database(url, format=fmt, out=out)
    assert result.count > 10
    assert len(yielded) == 3
    assert at_first_write == [1], "the first document was written after reading more"


def _whole(report: list[tuple[Document, list[ClaimRecord]]], options: ExportOptions) -> str:
    """The json format as one dump of the whole report (what the streamed writer replaced)."""
    config = options.config
    data = _ReportFile.model_construct(
        schema_=SCHEMA,
        generated=options.generated,
        organization=config.organization,
        ratings=[r.model_dump(mode="json", exclude={"key"}) for r in config.ratings],
        documents=[
            _DocumentEntry.model_construct(document=d, claims=in_text_order(rs)) for d, rs in report
        ],
    )
    return data.model_dump_json(indent=2, by_alias=True) + "\n"


def test_the_streamed_json_is_the_whole_dump(url: str) -> None:
    options = ExportOptions(generated=datetime(2025, 5, 1, 9, 30, tzinfo=UTC))
    with open_store(url) as store:
        report = store.report()
    # Hostile text: newlines, quotes, separators and escapes inside strings.
    report[0][1][0].claim.text = 'a\nb "c" \u2028 \\n \x1b[31m'
    for part in (report, report[:1], [], [(report[0][0], [])]):
        out = io.StringIO()
        export_json(part, out, options)
        assert out.getvalue() == _whole(part, options)


def test_build_fills_defaults_as_model_construct_does() -> None:
    built = store_module._build(CheckResult, document="d", check="weekday", status="consistent",
                                start=1, end=2, explanation="x")  # fmt: skip
    constructed = CheckResult.model_construct(
        document="d", check="weekday", status="consistent", start=1, end=2, explanation="x"
    )
    assert built == constructed
    assert built.model_fields_set == constructed.model_fields_set
    assert built.related == [] and built.related is not store_module._build(
        CheckResult, document="d", check="weekday", status="consistent", start=1, end=2,
        explanation="x",
    ).related  # fmt: skip


def test_read_export_takes_the_current_verdict_as_the_report_does(db_url: str) -> None:
    """The latest verdict that is neither withdrawn nor blind is the one exported; a verdict
    adopted from another claim names that claim; a claim still open shows no verdict."""
    text = "The port paid £2.4 million on Monday, up 15% on 2024's order of 40 cranes."
    doc = Document(id="doc-v", text=text, published=date(2025, 2, 17), title="T")
    claims = extract(text, published=doc.published, id=doc.id)
    with open_store(db_url) as store:
        store.add_document(doc, claims, actor="tester")
        ids = [c.id for c in store.document_claims(doc.id)]
        assert len(ids) >= 4
        store.record_verdict(ids[0], rating="false", reviewer="a", note="first")
        store.record_verdict(ids[0], rating="true", reviewer="a", note="second wins", force=True)
        store.record_verdict(ids[1], rating="misleading", reviewer="a")
        store.record_verdict(ids[2], rating="false", reviewer="a", final=False)
        spans = [(claims[0].start, claims[0].end), (0, 1)]  # a claim's span, and no claim's
        store.save_checks(
            [
                CheckResult(
                    claim_id=None,
                    document=doc.id,
                    check="arithmetic",
                    status=status,
                    start=start,
                    end=end,
                    explanation="by span",
                )
                for (start, end), status in zip(spans, ["inconsistent", "consistent"], strict=True)
            ]
        )
        with store._db.tx() as tx:
            first = tx.one("SELECT MIN(id) AS id FROM verdicts")
            assert first is not None
            cols = (
                "claim_id, rating, note, sources, reviewer, created, final, evidence, blind,"
                " withdrawn_at, adopted_from"
            )
            now = store._db.ts(datetime(2025, 3, 1, tzinfo=UTC))
            for claim_id, rating, blind, withdrawn, adopted in (
                (ids[1], "true", True, None, None),  # a blind second review: not current
                (ids[2], "true", False, now, None),  # withdrawn: not current
                (ids[3], "false", False, None, first["id"]),  # adopted from ids[0]'s first
            ):
                tx.run(
                    f"INSERT INTO verdicts ({cols}) VALUES (:c, :r, NULL, '[]', 'b', :at, TRUE,"
                    " '[]', :blind, :w, :a)",
                    {
                        "c": claim_id,
                        "r": rating,
                        "at": now,
                        "blind": blind,
                        "w": withdrawn,
                        "a": adopted,
                    },
                )
            tx.run("UPDATE claims SET status = 'final' WHERE id = :c", {"c": ids[3]})
        for status in (None, "final", "decided", "open"):
            models = [r for _, rs in store.iter_report(status=status) for r in rs]
            read = [r for _, rs in rows_module.read_export(store, status=status) for r in rs]
            assert [r.model_dump_json() for r in read] == [m.model_dump_json() for m in models]
            _same_overview(store, status=status)
        _same_overview(store, document="doc-v")
        read = {r.claim.id: r for _, rs in rows_module.read_export(store) for r in rs}
    first_claim, blind_claim, pending_claim, adopted_claim = (read[i] for i in ids[:4])
    assert first_claim.verdict is not None and first_claim.verdict.note == "second wins"
    assert blind_claim.verdict is not None and blind_claim.verdict.rating == "misleading"
    assert pending_claim.verdict is not None and pending_claim.verdict.rating == "false"
    assert adopted_claim.verdict is not None and adopted_claim.verdict.adopted_from == ids[0]


def _same_overview(store: ClaimStore, **kw: str | None) -> None:
    """The overview counted by the database is the one counted over the rows."""
    from factcheck.export.html import overview_counts, overview_from_rows

    counted = overview_counts(rows_module.read_export(store, **kw), store.config)
    grouped = overview_from_rows(rows_module.read_overview(store, **kw), store.config)
    assert grouped == counted
    assert grouped.claims == sum(n for per in counted.kinds.values() for n in per.values())


@pytest.mark.parametrize("status", [None, "final", "decided", "open"])
def test_the_overview_grouped_by_the_database_is_the_counted_one(
    url: str, status: str | None
) -> None:
    with open_store(url) as store:
        _same_overview(store, status=status)
        _same_overview(store, status=status, document="doc-1")
        counted = rows_module.read_overview(store, status=status)
    assert len(counted.documents) == 3
    if status is None:
        assert counted.checks and sum(g[7] for g in counted.claims) > 10
