"""The HTML report in headless Chromium: highlights and labels show, on a desk and a phone,
in print, with no network fetch; an article holding script runs none of it.

Needs Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it) and the
``playwright`` package of the dev extra; Playwright drives the system browser, so no
browser download is needed.
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from factcheck.documents import read_path
from factcheck.export import ExportOptions, export_report
from factcheck.extract import extract_document
from factcheck.models import Claim, ClaimRecord, Document, Source, Verdict

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SAMPLE = Path(__file__).resolve().parent.parent / "claims" / "uk-troops-ukraine.md"
WHEN = datetime(2025, 2, 18, 10, 30, tzinfo=UTC)
TRANSPARENT = {"rgba(0, 0, 0, 0)", "transparent"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Chromium is missing: apt-get install chromium (.ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    pg = context.new_page()
    pg.requests = []  # type: ignore[attr-defined]
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def html_report(document: Document, records: list[ClaimRecord]) -> str:
    out = io.StringIO()
    export_report([(document, records)], out, format="html", options=ExportOptions(generated=WHEN))
    return out.getvalue()


def open_html(page: Any, tmp_path: Path, html: str) -> str:
    path = tmp_path / "report.html"
    path.write_text(html, encoding="utf-8")
    url = path.as_uri()
    page.goto(url)
    return url


def rated(claim: Claim, rating: str, *, final: bool = True, note: str | None = None) -> ClaimRecord:
    verdict = Verdict(
        claim_id=claim.id,
        rating=rating,
        reviewer="lena",
        created=WHEN,
        final=final,
        note=note,
        sources=[Source(url="https://www.gov.uk/example", title="Spending plans")],
    )
    return ClaimRecord(claim=claim, status="final" if final else "decided", verdict=verdict)


@pytest.fixture
def sample() -> tuple[Document, list[ClaimRecord]]:
    """The sample article: money figures false and misleading, one quote true, one pending."""
    [doc] = read_path(str(SAMPLE))
    claims = extract_document(doc)
    money = [c for c in claims if c.kind == "money"]
    quotes = [c for c in claims if c.kind == "quote"]
    assert len(money) >= 2 and len(quotes) >= 2, [(c.kind, c.text) for c in claims]
    chosen = {
        money[0].id: rated(money[0], "false", note="The pledge is £3 billion a year until 2030"),
        money[1].id: rated(money[1], "misleading"),
        quotes[0].id: rated(quotes[0], "true"),
        quotes[1].id: rated(quotes[1], "mostly-true", final=False),
    }
    return doc, [chosen.get(c.id) or ClaimRecord(claim=c) for c in claims]


def visible_box(page: Any, selector: str) -> list[dict[str, Any]]:
    """Each matching element's box, text and the styles that make it readable."""
    return page.eval_on_selector_all(  # type: ignore[no-any-return]
        selector,
        """els => els.map(e => {
            const r = e.getBoundingClientRect(), s = getComputedStyle(e);
            return {x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent,
                    cls: e.className, claim: e.dataset.claim, bg: s.backgroundColor,
                    color: s.color, display: s.display, visibility: s.visibility,
                    opacity: s.opacity, border: s.borderBottomWidth + ' ' + s.borderBottomStyle};
        })""",
    )


def test_sample_report_shows_highlights_and_labels(
    page: Any, tmp_path: Path, sample: tuple[Document, list[ClaimRecord]]
) -> None:
    doc, records = sample
    url = open_html(page, tmp_path, html_report(doc, records))
    marks = visible_box(page, ".article mark")
    tags = visible_box(page, ".article a.tag")
    assert len(tags) == len(records) and len(marks) >= len(records)
    for m in marks:
        assert m["w"] > 0 and m["h"] > 0, m
        assert m["display"] != "none" and m["visibility"] == "visible" and m["opacity"] == "1"
        assert m["bg"] not in TRANSPARENT, m
        assert m["border"].endswith(("solid", "double")), m
    for t in tags:
        assert t["w"] > 0 and t["h"] > 0 and t["visibility"] == "visible", t
        assert t["text"].startswith(f"[{t['claim']} · ") and t["text"].endswith("]")
        assert t["color"] != t["bg"]
    by_label = {t["text"].split(" · ", 1)[1].rstrip("]"): t for t in tags}
    assert {
        "False",
        "Misleading",
        "True",
        "Mostly true (awaiting sign-off)",
        "Not yet rated",
    } <= set(by_label)
    # The verdicts are told apart by colour as well as by their words.
    colours = {by_label[k]["bg"] for k in ("False", "Misleading", "True", "Not yet rated")}
    assert len(colours) == 4
    # Each label sits just after its highlight: on the same line or the next one.
    first_mark = {m["claim"]: m for m in reversed(marks)}
    for t in tags:
        m = first_mark[t["claim"]]
        assert t["y"] >= m["y"] - 2
    # The claim cards are reachable from the labels.
    false_tag = page.locator(".article a.tag", has_text="· False]").first
    href = false_tag.get_attribute("href")
    assert page.locator(href).is_visible()
    assert "The pledge is £3 billion a year until 2030" in page.locator(href).inner_text()
    # One file, nothing fetched.
    assert page.requests == [url]


def test_report_fits_a_phone_and_prints(
    page: Any, tmp_path: Path, sample: tuple[Document, list[ClaimRecord]]
) -> None:
    doc, records = sample
    open_html(page, tmp_path, html_report(doc, records))
    page.set_viewport_size({"width": 360, "height": 740})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"horizontal scrolling on a phone: {width}px"
    for t in visible_box(page, ".article a.tag"):
        assert t["x"] >= 0 and t["x"] + t["w"] <= 360 + 1, t
    page.emulate_media(media="print")
    tags = visible_box(page, ".article a.tag")
    assert tags and all(t["w"] > 0 and t["visibility"] == "visible" for t in tags)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_article_with_script_runs_none_of_it(page: Any, tmp_path: Path) -> None:
    text = (
        "Officials said the scheme cost £40 million.\n\n"
        "<script>window.__pwned = 1; document.title = 'pwned'; alert('script')</script>\n"
        "<img src=x onerror=\"window.__pwned = 2; document.title = 'pwned'; alert('img')\">\n"
        '<svg onload="window.__pwned = 3">\n'
        "The contractor <b onmouseover=alert(1)>denied</b> it."
    )
    doc = Document(text=text, title="<script>window.__pwned=4</script>Scheme costs")
    # Only the money figure is highlighted, so the script text stays intact: were it not
    # escaped, it would run (see the mutation check in docs/export.md).
    claims = [c for c in extract_document(doc) if c.kind == "money"]
    assert [c.text for c in claims] == ["£40 million"]
    records = [rated(c, "false", note="<img src=x onerror=alert('note')>") for c in claims]
    open_html(page, tmp_path, html_report(doc, records))
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title() != "pwned"
    assert page.dialogs == []
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    # The markup reads as text instead.
    article = page.locator(".article").inner_text()
    assert "<script>window.__pwned = 1;" in article
    assert "<img src=x onerror=" in article
    assert all(not u.endswith("/x") for u in page.requests)


def test_the_harness_would_see_a_script_run(page: Any, tmp_path: Path) -> None:
    """A control: the same checks fail on a page that does run a script."""
    open_html(
        page,
        tmp_path,
        "<!DOCTYPE html><title>t</title><script>window.__pwned = 1; alert('x')</script>",
    )
    assert page.evaluate("typeof window.__pwned") == "number"
    assert page.dialogs == ["x"]


# ---------------------------------------------------------------- the overview (inline SVG)


@pytest.fixture
def checked(
    sample: tuple[Document, list[ClaimRecord]],
) -> tuple[Document, list[ClaimRecord]]:
    """The sample with its automatic checks' results on the claims, as ingest stores them."""
    from factcheck.checks import check_document

    doc, records = sample
    results = check_document(doc, [r.claim for r in records], offline=True)
    by_claim: dict[str, list[Any]] = {}
    for result in results:
        by_claim.setdefault(result.claim_id or "", []).append(result)
    out = [r.model_copy(update={"checks": by_claim.get(r.claim.id, [])}) for r in records]
    assert any(r.checks for r in out)
    return doc, out


OVERVIEW_DOM = """() => {
    const charts = [...document.querySelectorAll('svg.chart')].map(svg => {
        const bars = [...svg.querySelectorAll('g.bar')].map(g => ({
            bar: g.dataset.bar, total: Number(g.dataset.total),
            shown_total: Number(g.querySelector('.bar-total').textContent),
            rects: [...g.querySelectorAll('rect[data-n]')].map(r => {
                r.scrollIntoView({block: 'center', inline: 'nearest'});
                const b = r.getBoundingClientRect();
                const hit = document.elementFromPoint(b.x + b.width / 2, b.y + b.height / 2);
                return {label: r.dataset.label, n: Number(r.dataset.n), w: b.width,
                        seen: hit === r || (hit && hit.closest('g.bar') === g)};
            }),
            written: [...g.querySelectorAll('text.seg-n')].map(
                t => [t.dataset.label, Number(t.textContent)]),
        }));
        window.scrollTo(0, 0);
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map(t => {
            const b = t.getBoundingClientRect();
            return {text: t.textContent, x: b.x, r: b.right, h: b.height};
        });
        return {kind: svg.dataset.chart, x: box.x, r: box.right, w: box.width, h: box.height,
                bars, texts};
    });
    const tables = [...document.querySelectorAll('section.doc')].map(s => ({
        rows: [...s.querySelectorAll('table.summary tr')].slice(1, -1).map(
            tr => [tr.cells[0].textContent, Number(tr.cells[1].textContent)]),
    }));
    const first_doc = document.querySelector('section.doc').getBoundingClientRect().y;
    const overview = document.querySelector('section.overview').getBoundingClientRect().y;
    return {charts, tables, first_doc, overview};
}"""


def _check_overview(dom: dict[str, Any], viewport: int) -> None:
    charts = {c["kind"]: c for c in dom["charts"]}
    assert set(charts) == {"verdicts", "kinds", "checks", "progress"}
    assert dom["overview"] < dom["first_doc"]  # the report opens with the pictures
    for chart in charts.values():
        assert chart["w"] > 250 and chart["h"] > 40, chart["kind"]
        assert chart["x"] >= 0 and chart["r"] <= viewport + 1, chart["kind"]
        for t in chart["texts"]:
            # inside the page and tall enough to read (a 9px line or more)
            assert t["x"] >= -1 and t["r"] <= viewport + 1, (chart["kind"], t)
            assert t["h"] >= 9, (chart["kind"], t)
        for bar in chart["bars"]:
            assert bar["total"] == bar["shown_total"] == sum(r["n"] for r in bar["rects"])
            assert sorted(bar["written"]) == sorted([r["label"], r["n"]] for r in bar["rects"])
            for r in bar["rects"]:
                assert r["w"] > 0 and r["seen"], (chart["kind"], r)
    # The article's bar says what its summary table says.
    [table] = dom["tables"]
    [bar] = charts["verdicts"]["bars"]
    assert sorted([r["label"], r["n"]] for r in bar["rects"]) == sorted(table["rows"])


@pytest.mark.parametrize(("width", "name"), [(1100, "desk"), (360, "phone")])
def test_overview_shows_labelled_bars_on_a_desk_and_a_phone(
    page: Any, tmp_path: Path, checked: tuple[Document, list[ClaimRecord]], width: int, name: str
) -> None:
    doc, records = checked
    url = open_html(page, tmp_path, html_report(doc, records))
    page.set_viewport_size({"width": width, "height": 900})
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    _check_overview(page.evaluate(OVERVIEW_DOM), width)
    shot = page.locator("section.overview").screenshot(path=str(tmp_path / f"overview-{name}.png"))
    assert shot.startswith(b"\x89PNG") and len(shot) > 5_000
    assert page.requests == [url]  # the pictures are in the page: nothing fetched


def test_overview_prints(
    page: Any, tmp_path: Path, checked: tuple[Document, list[ClaimRecord]]
) -> None:
    doc, records = checked
    open_html(page, tmp_path, html_report(doc, records))
    page.emulate_media(media="print")
    _check_overview(page.evaluate(OVERVIEW_DOM), 1100)
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


PAYLOAD = (
    "<script>window.__pwned=1;alert('s')</script><img src=x onerror=\"window.__pwned=2;"
    'alert(\'i\')"><svg onload="window.__pwned=3"></svg>'
)


def test_script_and_handlers_anywhere_run_nothing_and_javascript_urls_are_not_links(
    page: Any, tmp_path: Path
) -> None:
    text = f"Officials said the scheme cost £40 million. {PAYLOAD} It rose 5% in May."
    doc = Document(
        text=text,
        title=f"{PAYLOAD} Scheme costs",
        url="javascript:window.__pwned=4",
        source=PAYLOAD,
    )
    claims = [c for c in extract_document(doc) if c.kind in ("money", "percent")]
    assert len(claims) == 2
    records = []
    for c in claims:
        verdict = Verdict(
            claim_id=c.id,
            rating="false",
            reviewer=f"lena {PAYLOAD}",
            created=WHEN,
            note=f"See {PAYLOAD}",
            signed_off_by=PAYLOAD,
            signed_off_at=WHEN,
            sources=[
                Source(url="javascript:window.__pwned=5", title=PAYLOAD),
                Source(url="https://www.gov.uk/ok", title="Fine"),
            ],
        )
        records.append(
            ClaimRecord(claim=c, status="final", verdict=verdict, document_title=PAYLOAD)
        )
    url = open_html(page, tmp_path, html_report(doc, records))
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.dialogs == []
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    assert page.locator("svg[onload]").count() == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.getAttribute('href'))")
    assert hrefs and not [h for h in hrefs if not h.startswith(("#", "https://"))]
    assert page.locator('a[href="https://www.gov.uk/ok"]').count() == 2  # good links stay
    # In the chart the title is text too, and the bar still counts the claims.
    bar_title = page.locator("svg.chart[data-chart=verdicts] g.bar > text > title").first
    assert bar_title.text_content() == doc.title
    assert (
        page.locator("svg.chart[data-chart=verdicts] rect[data-n]").get_attribute("data-n") == "2"
    )
    assert all(not u.endswith("/x") for u in page.requests) and page.requests[0] == url
