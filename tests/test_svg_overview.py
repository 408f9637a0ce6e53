"""The report's overview: inline SVG whose numbers are the report's own counts.

The HTML is read back with the standard library's parser into a small tree, and every
number the charts draw (a segment's ``data-n``, the number written on it, a bar's total,
the legends, the progress line's ends) is compared with what the rest of the report says:
the per-document summary tables, the claim cards' kinds, statuses and automatic checks.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.config import Config
from factcheck.export import ExportOptions, export_report
from factcheck.export._svg import Bar, Segment, Series, progress_line, stacked_bars
from factcheck.export.html import CSP, export_overview
from factcheck.models import CheckResult, Claim, ClaimRecord, Document, Verdict

DAY = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


# ---------------------------------------------------------------- a small tree of the page


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)  # type: ignore[misc]

    def all(self, tag: str | None = None, **attrs: str) -> list[Node]:
        """Descendants with this tag and these attribute values ("*" for present)."""
        out: list[Node] = []
        for c in self.children:
            if isinstance(c, Node):
                if (tag is None or c.tag == tag) and all(
                    (k in c.attrs) if v == "*" else c.attrs.get(k) == v for k, v in attrs.items()
                ):
                    out.append(c)
                out.extend(c.all(tag, **attrs))
        return out

    def has_class(self, name: str) -> bool:
        return name in self.attrs.get("class", "").split()


VOID = {"meta", "br", "img", "hr", "input", "link"}


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.at = self.root

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, parent=self.at)
        self.at.children.append(node)
        if tag not in VOID:
            self.at = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.at.children.append(Node(tag, {k: v or "" for k, v in attrs}, parent=self.at))

    def handle_endtag(self, tag: str) -> None:
        node: Node | None = self.at
        while node is not None and node.tag != tag:
            node = node.parent
        assert node is not None and node.parent is not None, f"stray </{tag}>"
        self.at = node.parent

    def handle_data(self, data: str) -> None:
        self.at.children.append(data)  # type: ignore[arg-type]


def parse(html: str) -> Node:
    b = _Builder()
    b.feed(html)
    b.close()
    assert b.at is b.root, f"unclosed <{b.at.tag}>"
    return b.root


# ---------------------------------------------------------------- a report with everything


def claim(doc: Document, text: str, kind: str) -> Claim:
    start = doc.text.index(text)
    return Claim(
        document=doc.id,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=start + len(text),
        sentence=doc.text,
        sentence_start=0,
    )


def rec(
    c: Claim,
    rating: str | None = None,
    *,
    status: str = "final",
    day: int = 0,
    signed: int | None = None,
    checks: tuple[str, ...] = (),
) -> ClaimRecord:
    verdict = None
    if rating:
        verdict = Verdict(
            claim_id=c.id,
            rating=rating,
            reviewer="lena",
            created=DAY + timedelta(days=day),
            final=status == "final",
            signed_off_by="ana" if signed is not None else None,
            signed_off_at=DAY + timedelta(days=signed) if signed is not None else None,
        )
    results = [
        CheckResult(
            claim_id=c.id,
            document=c.document,
            check=name.split(":")[0],  # type: ignore[arg-type]
            status=name.split(":")[1],  # type: ignore[arg-type]
            start=c.start,
            end=c.end,
            explanation=f"{name} explained",
        )
        for name in checks
    ]
    return ClaimRecord(claim=c, status=status, verdict=verdict, checks=results)  # type: ignore[arg-type]


def make_report() -> list[tuple[Document, list[ClaimRecord]]]:
    a = Document(
        text="The port paid £2.4 million, 15% more, on 3 March 2025, a Monday, for 2 cranes "
        "that took 6 weeks; 40 staff were hired and £300,000 was spent on training.",
        title="Port buys cranes",
        published=date(2025, 3, 3),
    )
    b = Document(
        text="Fares rose 4% in May and 7% in June, the operator said, costing £12 a week.",
        title="Fares rise again",
        published=date(2025, 6, 30),
    )
    ra = [
        rec(claim(a, "£2.4 million", "money"), "false", day=0, signed=1,
            checks=("arithmetic:inconsistent", "conversion:consistent")),
        rec(claim(a, "15%", "percent"), "false", day=0, checks=("arithmetic:inconsistent",)),
        rec(claim(a, "3 March 2025", "date"), "true", day=1, checks=("weekday:consistent",)),
        rec(claim(a, "6 weeks", "duration"), "misleading", status="decided", day=2),
        rec(claim(a, "40 staff", "quantity"), "unverifiable", day=2,
            checks=("elapsed:inconclusive",)),
        rec(claim(a, "£300,000", "money"), status="open"),
        rec(claim(a, "2 cranes", "quantity"), status="leased"),
    ]  # fmt: skip
    rb = [
        rec(claim(b, "4%", "percent"), "mostly-true", day=4, signed=5),
        rec(claim(b, "7%", "percent"), "half-true", day=5),
        rec(claim(b, "£12 a week", "money"), status="open", checks=("arithmetic:inconsistent",)),
    ]
    return [(a, ra), (b, rb)]


def html_of(report: list[tuple[Document, list[ClaimRecord]]]) -> str:
    out = io.StringIO()
    export_report(report, out, format="html", options=ExportOptions(generated=DAY))
    return out.getvalue()


def segments(bar: Node) -> tuple[Counter[str], Counter[str]]:
    """A bar's counts by label, from the shapes' data-n and from the numbers written."""
    shapes = Counter(
        {r.attrs["data-label"]: int(r.attrs["data-n"]) for r in bar.all("rect", **{"data-n": "*"})}
    )
    written = Counter(
        {t.attrs["data-label"]: int(t.text()) for t in bar.all("text") if t.has_class("seg-n")}
    )
    return shapes, written  # fmt: skip


def test_the_overview_draws_the_reports_own_numbers() -> None:
    report = make_report()
    root = parse(html_of(report))
    [overview] = [s for s in root.all("section") if s.has_class("overview")]
    docs = [s for s in root.all("section") if s.has_class("doc")]
    assert len(docs) == 2
    # The overview comes first.
    body = root.all("body")[0]
    sections = [n for n in body.children if isinstance(n, Node) and n.tag == "section"]
    assert sections[0] is overview

    # Verdicts per article: each bar against its document's summary table.
    [verdicts] = overview.all("svg", **{"data-chart": "verdicts"})
    bars = {g.attrs["data-bar"]: g for g in verdicts.all("g") if g.has_class("bar")}
    legend_total: Counter[str] = Counter()
    for (doc, _), section in zip(report, docs, strict=True):
        rows = section.all("table")[0].all("tr")[1:]
        table = Counter({r.all("td")[0].text(): int(r.all("td")[1].text()) for r in rows[:-1]})
        total = int(rows[-1].all("td")[0].text())
        shapes, written = segments(bars[doc.id])
        assert shapes == table and written == table
        assert int(bars[doc.id].attrs["data-total"]) == total == sum(table.values())
        [shown_total] = [t for t in bars[doc.id].all("text") if t.has_class("bar-total")]
        assert int(shown_total.text()) == total
        legend_total += table
    legend = overview.all("figure")[0].all("li")
    assert (
        Counter({li.attrs["data-label"]: int(li.attrs["data-n"]) for li in legend}) == legend_total
    )
    assert {li.text() for li in legend} == {f"{k} {v}" for k, v in legend_total.items()}
    assert [li.attrs["data-label"] for li in legend] == [  # the scale's order
        "True",
        "Mostly true",
        "Half true",
        "False",
        "Unverifiable",
        "Misleading (awaiting sign-off)",
        "Not yet rated",
    ]

    # Claims by kind and status, against the claim cards.
    cards = [li for s in docs for li in s.all("li") if li.attrs.get("id", "").startswith("d")]
    assert len(cards) == 10
    by_card: Counter[tuple[str, str]] = Counter()
    checks: Counter[tuple[str, str]] = Counter()
    for card in cards:
        kind = re.match(r"\d+\. \[[^\]]*\] (\w+):", card.all("h4")[0].text()).group(1)  # type: ignore[union-attr]
        terms = [
            (dt.text(), dd.text()) for dt, dd in zip(card.all("dt"), card.all("dd"), strict=True)
        ]
        status = dict(terms).get("Status", "final")
        by_card[(kind, status)] += 1
        for term, _ in terms:
            m = re.fullmatch(r"Automatic check \((\w+), (\w+)\)", term)
            if m:
                checks[(m.group(1), m.group(2))] += 1
    [kinds] = overview.all("svg", **{"data-chart": "kinds"})
    drawn: Counter[tuple[str, str]] = Counter()
    for g in kinds.all("g"):
        shapes, written = segments(g)
        assert shapes == written
        drawn.update({(g.attrs["data-bar"], k): v for k, v in shapes.items()})
    assert drawn == by_card

    # Automatic checks, against the cards' check rows; "flagged" is inconsistent.
    [chart] = overview.all("svg", **{"data-chart": "checks"})
    drawn = Counter()
    names = {
        "flagged (inconsistent)": "inconsistent",
        "inconclusive": "inconclusive",
        "consistent": "consistent",
    }
    for g in chart.all("g"):
        shapes, written = segments(g)
        assert shapes == written
        drawn.update({(g.attrs["data-bar"], names[k]): v for k, v in shapes.items()})
    assert drawn == checks
    assert drawn[("arithmetic", "inconsistent")] == 3

    # Progress: the lines end at the rated and final counts of the tables.
    final = sum(v for k, v in legend_total.items() if "awaiting" not in k and k != "Not yet rated")
    rated = sum(v for k, v in legend_total.items() if k != "Not yet rated")
    [progress] = overview.all("svg", **{"data-chart": "progress"})
    ends = {
        t.attrs["data-label"]: int(t.attrs["data-n"])
        for t in progress.all("text")
        if t.has_class("line-end")
    }
    assert (
        ends
        == {"claims": 10, "rated": rated, "final": final}
        == {"claims": 10, "rated": 7, "final": 6}
    )
    assert {t.text() for t in progress.all("text") if t.has_class("line-end")} == {
        "claims 10",
        "rated 7",
        "final 6",
    }
    # final by day: a sign-off counts on its day (the first claim: day 1, rated on day 0)
    points = [
        (c.attrs["data-day"], int(c.attrs["data-n"]))
        for c in progress.all("circle")
        if c.attrs["data-label"] == "final"
    ]
    assert points == [
        ("2025-03-03", 1),
        ("2025-03-04", 3),
        ("2025-03-05", 4),
        ("2025-03-07", 4),
        ("2025-03-08", 6),
    ]
    days = [t.text() for t in progress.all("text") if t.has_class("day")]
    assert days == ["2025-03-03", "2025-03-08"]
    totals = overview.all("p")[0]
    assert totals.attrs["data-claims"] == "10" and totals.attrs["data-flagged"] == "3"
    assert " ".join(totals.text().split()) == (
        "10 claims in 2 articles · 7 rated · 6 final · 3 figures flagged by the automatic checks"
    )  # fmt: skip


def test_the_counts_can_disagree() -> None:
    """The comparison is not vacuous: a report with one more claim draws other numbers."""
    report = make_report()
    before = parse(html_of(report)).all("svg", **{"data-chart": "verdicts"})[0]
    doc, records = report[1]
    extra = claim(doc, "the operator", "quote")
    report[1] = (doc, [*records, rec(extra, "false", day=6)])
    after = parse(html_of(report)).all("svg", **{"data-chart": "verdicts"})[0]
    bar = lambda svg: next(g for g in svg.all("g") if g.attrs["data-bar"] == doc.id)  # noqa: E731
    assert segments(bar(before))[0]["False"] == 0
    assert segments(bar(after))[0]["False"] == 1


def test_no_script_no_style_attribute_and_the_policy_stays_strict() -> None:
    html = html_of(make_report())
    assert "script-src 'none'" in CSP and "default-src 'none'" in CSP
    assert "<script" not in html.lower()
    assert " style=" not in html  # style attributes would need 'unsafe-inline'
    assert not re.search(r"\son[a-z]+=", html)
    root = parse(html)
    for svg in root.all("svg"):
        assert svg.attrs.get("viewbox") or svg.has_class("sw")  # the parser lowers names
        if svg.has_class("chart"):
            assert svg.attrs["role"] == "img" and svg.all("title") and svg.all("desc")


def test_hostile_text_in_the_charts_is_text() -> None:
    doc = Document(
        text="It cost £5.",
        title='</text></svg><script>alert(1)</script><svg onload="alert(2)">',
        id='x"><script>alert(3)</script>',
    )
    [r] = [rec(claim(doc, "£5", "money"), "false")]
    config = Config.model_validate(
        {
            "ratings": [
                {"name": "false", "value": 1, "label": "<img src=x onerror=alert(4)>", "key": "f"}
            ]
        }
    )
    out = io.StringIO()
    export_report(
        [(doc, [r])], out, format="html", options=ExportOptions(config=config, generated=DAY)
    )
    html = out.getvalue()
    assert "<script" not in html and "<img" not in html and "<svg onload" not in html
    root = parse(html)
    [verdicts] = root.all("svg", **{"data-chart": "verdicts"})
    [bar] = [g for g in verdicts.all("g") if g.has_class("bar")]
    assert bar.attrs["data-bar"] == doc.id
    assert bar.all("title")[0].text() == doc.title
    shapes, written = segments(bar)
    assert shapes == written == Counter({"<img src=x onerror=alert(4)>": 1})


def test_the_charts_themselves() -> None:
    svg = stacked_bars(
        [Bar("a", [Segment("x", 30, "#111"), Segment("y", 1, "#222")]), Bar("b", [])],
        title="T",
        kind="t",
    )
    root = parse(svg)
    bars = [g for g in root.all("g") if g.has_class("bar")]
    assert [b.attrs["data-total"] for b in bars] == [
        "0" if not b.all("rect", **{"data-n": "*"}) else "31" for b in bars
    ]
    # The narrow segment's number is written under the bar, not lost.
    written = {t.attrs["data-label"]: t.text() for t in bars[0].all("text") if t.has_class("seg-n")}
    assert written == {"x": "30", "y": "1"}
    assert bars[1].all("rect")[0].attrs["stroke-dasharray"] == "3 3"  # an empty bar is an outline
    line = parse(progress_line([Series("rated", "#000", [])], total=4, title="P", kind="p"))
    assert "No verdicts yet" in line.text()


def test_stats_html_writes_the_same_overview(runner: CliRunner, tmp_path: Path) -> None:
    from factcheck.cli import app
    from factcheck.db.store import open_store
    from factcheck.pipeline import extract

    text = "The port paid £2.4 million for 2 cranes, 15% more than in 2023."
    doc = Document(text=text, title="Port", published=date(2025, 3, 3))
    with open_store(os.environ["FACTCHECK_DATABASE_URL"]) as store:
        store.add_document(doc, extract(text, published=doc.published, id=doc.id), actor="t")
        ids = [c.id for c in store.document_claims(doc.id)]
        store.record_verdict(ids[0], rating="false", reviewer="lena", note="no")
        report = store.report()
        config = store.config
    result = runner.invoke(app, ["stats", "--format", "html", "-o", "desk.html"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Wrote the overview of {len(ids)} claims to {tmp_path / 'desk.html'}\n"
    page = (tmp_path / "desk.html").read_text(encoding="utf-8")
    out = io.StringIO()
    export_overview(report, out, ExportOptions(config=config, generated=DAY))
    overview = lambda h: re.search(r'<section class="overview".*?</section>', h, re.S).group(0)  # type: ignore[union-attr]  # noqa: E731
    assert overview(page) == overview(out.getvalue())
    assert overview(page) in html_of(report)  # the report opens with the same section
    assert page.startswith("<!DOCTYPE html>") and CSP in page
    to_stdout = runner.invoke(app, ["stats", "-f", "html"])
    assert to_stdout.exit_code == 0 and overview(to_stdout.stdout) == overview(page)
    bad = runner.invoke(app, ["stats", "-o", "x.html"])
    assert bad.exit_code == 1 and bad.stderr == "Error: -o goes with --format html\n"
    assert not (tmp_path / "x.html").exists()


@pytest.mark.parametrize("n", [0, 1])
def test_an_empty_or_tiny_report(n: int) -> None:
    report = make_report()[:n]
    html = html_of(report)
    if n == 0:
        assert 'class="overview"' not in html and "No claims matched." in html
    else:
        assert html.count('data-chart="') == 4
