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
