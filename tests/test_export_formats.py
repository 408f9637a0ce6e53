"""Markdown, HTML, JSON, JSON Lines and CSV exports of hand-built reports."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pytest

from factcheck.config import Config, Rating
from factcheck.errors import BadOption
from factcheck.export import EXPORTERS, ExportOptions, export_report, resolve_format
from factcheck.export._report import highlight_events, placed, summary
from factcheck.export.csv import COLUMNS, neutralise
from factcheck.export.markdown import escape
from factcheck.models import (
    CheckResult,
    Claim,
    ClaimRecord,
    Document,
    Evidence,
    MoneyValue,
    QuoteValue,
    Source,
    Verdict,
)

WHEN = datetime(2025, 3, 4, 9, 15, tzinfo=UTC)
OPTIONS = ExportOptions(generated=datetime(2025, 3, 5, 12, 0, tzinfo=UTC))

TEXT = (
    "Harbour Council approved a budget of €12.5 million on Tuesday.\n\n"
    'The mayor said "we will spend €4 million on the new ferry" at the meeting.'
)


def claim(doc: Document, kind: str, text: str, value: object = None, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Claim(
        document=doc.id,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=start + len(text),
        value=value,  # type: ignore[arg-type]
        sentence=text,
        sentence_start=start,
    )


def verdict(c: Claim, rating: str, **kw: object) -> Verdict:
    return Verdict(claim_id=c.id, rating=rating, reviewer="ines", created=WHEN, **kw)  # type: ignore[arg-type]


def make_report(lead: str = "") -> list[tuple[Document, list[ClaimRecord]]]:
    """Three claims: a budget figure, a quote and a money figure inside the quote."""
    doc = Document(
        text=lead + TEXT,
        title="Council budget <b>approved</b>",
        published=date(2025, 3, 4),
        url="https://news.example/council-budget",
        source="The Harbour Herald",
    )
    budget = claim(doc, "money", "€12.5 million", MoneyValue(amount=12.5e6, currency="EUR"))
    quote_text = '"we will spend €4 million on the new ferry"'
    quote = claim(
        doc, "quote", quote_text, QuoteValue(quote=quote_text[1:-1], speaker="Mayor Ana Ruiz")
    )
    ferry = claim(doc, "money", "€4 million", MoneyValue(amount=4e6, currency="EUR"))
    records = [
        ClaimRecord(
            claim=ferry,
            status="final",
            verdict=verdict(
                ferry,
                "false",
                note="The ferry budget line is €2.1 million",
                sources=[Source(url="https://harbour.example/budget.pdf", title="Budget 2025")],
            ),
            checks=[
                CheckResult(
                    claim_id=ferry.id,
                    document=doc.id,
                    check="arithmetic",
                    status="inconsistent",
                    start=ferry.start,
                    end=ferry.end,
                    explanation="€4 million is a third of €12.5 million, not a tenth",
                    evidence=[Evidence(source="article", description="the budget figure")],
                )
            ],
        ),
        ClaimRecord(claim=budget, status="final", verdict=verdict(budget, "true")),
        ClaimRecord(claim=quote, status="open"),
    ]
    return [(doc, records)]


def render(fmt: str, report: object = None, options: ExportOptions = OPTIONS) -> str:
    out = io.StringIO()
    export_report(report if report is not None else make_report(), out, format=fmt, options=options)
    return out.getvalue()


# ---------------------------------------------------------------- registry


def test_registry_lists_every_format_in_order() -> None:
    assert list(EXPORTERS) == ["markdown", "html", "json", "jsonl", "csv", "claimreview"]


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(BadOption) as exc:
        resolve_format("pdf")
    assert str(exc.value) == (
        'Unknown format "pdf"; choose from markdown, html, json, jsonl, csv, claimreview'
    )
    assert resolve_format(" MD ") == "markdown"


@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_every_format_handles_an_empty_report(fmt: str) -> None:
    out = io.StringIO()
    options = OPTIONS
    if fmt == "claimreview":  # which refuses the placeholder organisation, even with no claims
        named = {"organization": {"name": "The Daily Example", "url": "https://daily.example"}}
        options = ExportOptions(config=Config.model_validate(named), generated=OPTIONS.generated)
    result = export_report([], out, format=fmt, options=options)
    assert result.count == 0
    expected = {
        "markdown": "No claims matched.",
        "html": "<p>No claims matched.</p>",
        "json": '"documents": []',
        "jsonl": "",
        "csv": ",".join(COLUMNS),
        "claimreview": "[]",
    }[fmt]
    assert expected in out.getvalue()
    if fmt == "jsonl":
        assert out.getvalue() == ""


# ---------------------------------------------------------------- highlights


def test_nested_claims_open_and_close_in_order() -> None:
    ((doc, records),) = make_report()
    numbered = placed(doc.text, records)
    assert [n for n, _ in numbered] == [1, 2, 3]  # budget, quote, ferry in text order
    events = [(e.what, e.number) for e in highlight_events(doc.text, numbered) if e.what != "text"]
    assert events == [
        ("open", 1), ("close", 1), ("label", 1),
        ("open", 2), ("open", 3), ("close", 3), ("label", 3), ("close", 2), ("label", 2),
    ]  # fmt: skip
    text = "".join(e.text for e in highlight_events(doc.text, numbered) if e.what == "text")
    assert text == doc.text


def test_crossing_claims_are_split_and_stay_well_nested() -> None:
    doc = Document(text="alpha beta gamma delta")
    a = ClaimRecord(
        claim=Claim(document=doc.id, kind="quantity", text="alpha beta", start=0, end=10)
    )
    b = ClaimRecord(
        claim=Claim(document=doc.id, kind="quantity", text="beta gamma", start=6, end=16)
    )
    events = list(highlight_events(doc.text, placed(doc.text, [a, b])))
    stack: list[int] = []
    for e in events:
        if e.what == "open":
            stack.append(e.number)
        elif e.what == "close":
            assert stack.pop() == e.number
    assert not stack
    assert [(e.what, e.number) for e in events if e.what == "label"] == [("label", 1), ("label", 2)]
    assert "".join(e.text for e in events if e.what == "text") == doc.text


def test_claims_outside_the_text_are_listed_but_not_highlighted() -> None:
    doc = Document(text="short")
    stray = ClaimRecord(claim=Claim(document=doc.id, kind="money", text="£9", start=50, end=52))
    assert placed(doc.text, [stray]) == []
    md = render("markdown", [(doc, [stray])])
    assert "£9" in md.split("### Claims", 1)[1]


def test_summary_follows_the_scale_then_pending_then_unrated() -> None:
    ((_doc, records),) = make_report()
    pending = records[2].model_copy(
        update={"status": "decided", "verdict": verdict(records[2].claim, "true", final=False)}
    )
    rows = summary([*records[:2], pending, records[2]], Config())
    assert rows == [
        ("True", "good", 1),
        ("False", "bad", 1),
        ("True (awaiting sign-off)", "pending", 1),
        ("Not yet rated", "none", 1),
    ]


# ---------------------------------------------------------------- markdown


def test_markdown_labels_each_claim_and_summarises_verdicts() -> None:
    md = render("markdown")
    assert "**€12.5 million** _(#1 🟢 True)_" in md
    # The money figure inside the quote closes before the quote does.
    assert "**€4 million** _(#3 🔴 False)_" in md
    assert "_(#2 ⚪ Not yet rated)_" in md
    assert "| 🟢 True | 1 |" in md and "| 🔴 False | 1 |" in md and "| ⚪ Not yet rated | 1 |" in md
    assert "| **Total** | **3** |" in md
    assert "- **Note:** The ferry budget line is €2.1 million" in md
    assert "- **Reviewer:** ines, 2025-03-04 09:15" in md
    assert "- **Source:** Budget 2025 <https://harbour.example/budget.pdf>" in md
    assert (
        "- **Automatic check (arithmetic, inconsistent):** "
        "€4 million is a third of €12.5 million, not a tenth"
    ) in md


def test_markdown_escapes_article_markup() -> None:
    lead = "# Not a heading\n<script>alert(1)</script> costs *£5* [link](javascript:x)\n"
    md = render("markdown", make_report(lead))
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert "\\# Not a heading" in md
    assert "\\*£5\\*" in md and "\\[link\\]" in md
    assert "Council budget \\<b\\>approved\\</b\\>" in md


def test_markdown_escape_keeps_plain_text() -> None:
    assert escape("The mayor said 4.5% on 3 May") == "The mayor said 4.5% on 3 May"
    assert escape("1. first") == "1\\. first"
    assert escape("- item") == "\\- item"


# ---------------------------------------------------------------- HTML


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Collector:
    p = _Collector()
    p.feed(html)
    return p


def test_html_is_self_contained_with_a_strict_policy() -> None:
    html = render("html")
    tags = parse(html).tags
    names = {t for t, _ in tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed"}
    metas = [a for t, a in tags if t == "meta"]
    csp = next(a["content"] for a in metas if a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "script-src 'none'" in csp
    assert "unsafe-inline" not in csp
    assert any(a.get("name") == "viewport" for a in metas)
    assert "@media print" in html and "@media (max-width" in html
    assert not re.search(r"\burl\(|@import|https?://[^\"<>]*\.(css|js|woff2?)", html)
    assert not any("style" in a for _, a in tags)  # inline style attributes would break the CSP


def test_html_stylesheet_hash_matches_the_policy() -> None:
    import base64
    import hashlib

    html = render("html")
    css = re.search(r"<style>(.*?)</style>", html, re.S)
    assert css is not None
    digest = base64.b64encode(hashlib.sha256(css.group(1).encode()).digest()).decode()
    assert f"'sha256-{digest}'" in html


def test_html_highlights_with_colour_class_and_text_label() -> None:
    tags = parse(render("html")).tags
    marks = [a for t, a in tags if t == "mark"]
    assert [(m["class"], m["data-claim"]) for m in marks] == [
        ("t-good", "1"),
        ("t-none", "2"),
        ("t-bad", "3"),
    ]
    html = render("html")
    assert (
        '<mark class="t-bad" data-claim="3" title="False">€4 million</mark>'
        '<a class="tag t-bad" href="#d1-c3" data-claim="3">[3 · False]</a>'
        " on the new ferry&quot;</mark>"
    ) in html
    assert "[1 · True]" in html and "[2 · Not yet rated]" in html
    assert '<li id="d1-c3" class="t-bad">' in html


def test_html_lists_note_reviewer_sources_and_check() -> None:
    html = render("html")
    assert "<dt>Note</dt><dd>The ferry budget line is €2.1 million</dd>" in html
    assert '<time datetime="2025-03-04T09:15:00+00:00">2025-03-04 09:15</time>' in html
    assert (
        '<a href="https://harbour.example/budget.pdf" rel="noreferrer noopener">Budget 2025</a>'
        in html
    )
    assert "<dt>Automatic check (arithmetic, inconsistent)</dt>" in html


def test_html_escapes_everything_from_the_data() -> None:
    lead = 'Cost: £5 <script>window.__pwned=1</script><img src=x onerror="alert(1)"> end\n'
    report = make_report(lead)
    doc, records = report[0]
    evil = Claim(document=doc.id, kind="money", text="£5", start=6, end=8)
    records.append(
        ClaimRecord(
            claim=evil,
            status="final",
            verdict=verdict(
                evil,
                "false",
                note="<b onmouseover=x>",
                sources=[Source(url="javascript:alert(1)", title="<i>t</i>")],
            ),
        )
    )
    html = render("html", report)
    assert "<script>window" not in html and "<img" not in html and "<b onmouseover" not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    assert "Council budget &lt;b&gt;approved&lt;/b&gt;" in html
    names = {t for t, _ in parse(html).tags}
    assert not names & {"script", "img", "b", "i"}


def test_html_unknown_rating_reads_as_its_name() -> None:
    ((doc, records),) = make_report()
    odd = records[1].model_copy(update={"verdict": verdict(records[1].claim, "satire")})
    html = render("html", [(doc, [odd])])
    assert '<mark class="t-na"' in html and "[1 · satire]" in html


# ---------------------------------------------------------------- JSON and JSON Lines


def test_json_round_trips_through_the_models() -> None:
    report = make_report()
    data = json.loads(render("json", report))
    assert data["schema"] == "factcheck-report/1"
    assert data["organization"] == {
        "name": "factcheck desk",
        "url": "https://factcheck.example",
        "claimreview_url": None,
    }
    assert [r["name"] for r in data["ratings"]][:2] == ["true", "mostly-true"]
    ((doc, records),) = report
    [entry] = data["documents"]
    assert Document.model_validate(entry["document"]) == doc
    loaded = [ClaimRecord.model_validate(r) for r in entry["claims"]]
    assert sorted(loaded, key=lambda r: r.claim.id) == sorted(records, key=lambda r: r.claim.id)
    assert [r.claim.start for r in loaded] == sorted(r.claim.start for r in records)


def test_jsonl_is_one_claim_record_per_line() -> None:
    report = make_report()
    lines = render("jsonl", report).splitlines()
    assert len(lines) == 3
    loaded = [ClaimRecord.model_validate_json(line) for line in lines]
    assert {r.claim.id: r for r in loaded} == {r.claim.id: r for r in report[0][1]}
    first = json.loads(lines[0])
    # Every key is present, empty ones as null: the schema is stable for jq.
    assert set(first) == set(ClaimRecord.model_fields)
    assert first["claim"]["text"] == "€12.5 million"
    assert first["verdict"]["rating"] == "true"


# ---------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("cell", "safe"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("£3 billion", "£3 billion"),
        ("", ""),
    ],
)
def test_csv_neutralises_formula_cells(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe


def test_csv_rows_have_the_documented_columns_and_safe_cells() -> None:
    report = make_report()
    _doc, records = report[0]
    records[0].verdict.note = "=cmd|' /C calc'!A0"  # type: ignore[union-attr]
    rows = list(csv.DictReader(io.StringIO(render("csv", report), newline="")))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["text"] for r in rows] == ["€12.5 million", records[2].claim.text, "€4 million"]
    ferry = rows[2]
    assert ferry["note"] == "'=cmd|' /C calc'!A0"
    assert ferry["rating"] == "false" and ferry["rating_label"] == "False"
    assert ferry["rating_value"] == "1" and ferry["final"] == "true"
    assert ferry["sources"] == "https://harbour.example/budget.pdf"
    assert ferry["checks"] == "arithmetic: inconsistent"
    assert json.loads(ferry["value"]) == {"amount": 4000000.0, "currency": "EUR"}
    assert ferry["document_published"] == "2025-03-04"
    unrated = rows[1]
    assert unrated["rating"] == "" and unrated["status"] == "open" and unrated["final"] == ""


def test_csv_quotes_newlines_and_commas() -> None:
    report = make_report()
    report[0][1][0].verdict.note = 'line one,\nline "two"'  # type: ignore[union-attr]
    rows = list(csv.DictReader(io.StringIO(render("csv", report), newline="")))
    assert rows[2]["note"] == 'line one,\nline "two"'


def test_custom_scale_sets_tones_and_labels() -> None:
    config = Config(
        ratings=[
            Rating(name="correct", value=3, label="Correct", key="c"),
            Rating(name="partly", value=2, label="Partly correct", key="p"),
            Rating(name="wrong", value=1, label="Wrong", key="w"),
        ]
    )
    ((doc, records),) = make_report()
    records[0].verdict.rating = "wrong"  # type: ignore[union-attr]
    records[1].verdict.rating = "partly"  # type: ignore[union-attr]
    html = render("html", [(doc, records)], ExportOptions(config=config, generated=WHEN))
    assert '<mark class="t-mid" data-claim="1" title="Partly correct">' in html
    assert "[3 · Wrong]" in html


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_formats_write_c1_controls_as_escapes(fmt: str) -> None:
    # An 8-bit CSI (U+009B) and DEL reach the report through an old row or a lookup's text;
    # the JSON must stay the same data but hold nothing a terminal acts on.
    [(doc, records)] = make_report(lead="Intro \x9b31m red \x7f. ")
    rated = records[1]
    assert rated.verdict is not None
    note = rated.verdict.model_copy(update={"note": "checked \x9b31m \x7f"})
    report = [(doc, [records[0], rated.model_copy(update={"verdict": note}), records[2]])]
    out = render(fmt)  # the control report, without the controls
    text = render(fmt, report)
    assert not re.search("[\x7f-\x9f]", text)
    assert "\\u009b31m" in text and "\\u007f" in text
    docs = [json.loads(x) for x in text.splitlines()] if fmt == "jsonl" else [json.loads(text)]
    assert any("\x9b31m" in json.dumps(d, ensure_ascii=False) for d in docs)
    assert out != text


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_neutralises_every_cell_with_text_from_the_data(start: str) -> None:
    """Whatever field of a stored row starts like a formula (ids, names, kinds and statuses
    written by another program too), its cell does not: no cell of the file starts so."""
    from factcheck.db.rows import CheckRow, ClaimRow, RecordRow, VerdictRow
    from factcheck.models import Evidence, Source

    f = start + "cmd|' /C calc'!A0"
    doc = Document(id=f + "doc", text="x" * 40, title=f + "title", url=f + "url")
    evidence = [Evidence(source=f + "src", description=f + "what", url=f + "u")]
    verdict = VerdictRow(
        f + "claim", f + "rating", f + "note", [Source(url=f + "source")], f + "reviewer",
        datetime(2025, 3, 4, tzinfo=UTC), True, f + "signer", None, evidence, f + "adopted",
    )  # fmt: skip
    check = CheckRow(
        f + "claim", doc.id, f + "check", f + "status", 0, 5, f + "text", f + "explanation",
        [], evidence, None,
    )  # fmt: skip
    claim = ClaimRow(
        f + "claim", doc.id, f + "kind", f + "text", 0, 5, None, None, f + "s", 0, None
    )
    record = RecordRow(
        claim, f + "title", f + "url", None, None, f + "status", 1.0, [], None, None,
        verdict, [check], None, None,
    )  # fmt: skip
    text = render("csv", [(doc, [record])])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert len(rows) == 2
    cells = [c for c in rows[1] if c]
    assert len(cells) >= 20
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert sum(c.startswith("'" + start) for c in cells) >= 16
