"""PDF articles (factcheck.intake.pdf): text through pypdf, page starts kept with the document.

The PDFs are made here, byte by byte (``make_pdf``): one Helvetica line per string, so
what pypdf should read back is known exactly.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from factcheck.db.ingest import ingest_documents
from factcheck.db.store import open_store
from factcheck.documents import read_path
from factcheck.errors import BadDocument
from factcheck.intake.pdf import is_pdf, page_of, read_pdf
from factcheck.pipeline import extract_documents

PAGE_ONE = [
    "Council report on the budget for 2025.",
    "The budget rises by 4.5% to 48 million pounds.",
]
PAGE_TWO = ["On the second page: the library cost 300,000 pounds in 2023."]
PAGE_THREE = ["Turnout at the 2024 election was 61%."]


def make_pdf(pages: list[list[str]], *, title: str | None = None, author: str | None = None):
    """A PDF whose page n shows the lines pages[n - 1], with an Info title and author."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    tree = add(b"")  # the page tree, written once the pages exist
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({esc}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, content, font)
            )
        )
    refs = b" ".join(b"%d 0 R" % k for k in kids)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    fields = b""
    if title:
        fields += b"/Title (" + title.encode("cp1252") + b") "
    if author:
        fields += b"/Author (" + author.encode("cp1252") + b") "
    info = add(b"<< " + fields + b">>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\n" % (
        len(objects) + 1,
        catalog,
        info,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_text_and_page_starts() -> None:
    data = make_pdf([PAGE_ONE, PAGE_TWO, PAGE_THREE], title="Budget report", author="Ana Silva")
    assert is_pdf(data)
    pdf = read_pdf(data, name="report.pdf")
    one, two, three = "\n".join(PAGE_ONE), PAGE_TWO[0], PAGE_THREE[0]
    assert pdf.text == f"{one}\n\n{two}\n\n{three}"
    assert pdf.pages == [0, len(one) + 2, len(one) + 2 + len(two) + 2]
    assert (pdf.title, pdf.author) == ("Budget report", "Ana Silva")
    for n, start in enumerate(pdf.pages, 1):
        assert page_of(pdf.pages, start) == n
    assert page_of(pdf.pages, pdf.text.index("300,000")) == 2
    assert page_of(pdf.pages, len(pdf.text) - 1) == 3
    assert page_of(None, 10) is None


def test_a_pdf_file_becomes_a_document_whose_claims_name_their_page(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO, PAGE_THREE], title="Budget report"))
    (doc,) = read_path(path)
    assert doc.title == "Budget report" and doc.source is None  # never the file name
    assert doc.pages is not None and len(doc.pages) == 3
    claims = list(extract_documents([doc]))
    pages = {(c.kind, c.text): page_of(doc.pages, c.start) for c in claims}
    assert pages[("percent", "4.5%")] == 1
    assert pages[("money", "300,000 pounds")] == 2
    assert pages[("date", "2023")] == 2
    assert pages[("percent", "61%")] == 3


def test_pages_and_provenance_survive_the_queue(tmp_path: Path, db_url: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf([PAGE_ONE, PAGE_TWO], author="Ana Silva"))
    (doc,) = read_path(path)
    fetched = datetime(2025, 2, 17, 9, 30, 15, 123456, tzinfo=UTC)
    doc = doc.model_copy(
        update={
            "url": "https://news.example/report",
            "fetched_url": "https://cdn.news.example/report.pdf",
            "fetched_at": fetched,
            "fetched_sha256": "ab" * 32,
            "site_name": "The Example Courier",
        }
    )
    with open_store(db_url) as store:
        summary = ingest_documents(store, [doc], actor="tester", check=False)
        stored = store.get_document(summary.results[0].document_id)
    assert stored.pages == doc.pages and stored.byline == "Ana Silva"
    assert stored.text == doc.text
    assert (stored.fetched_url, stored.fetched_sha256, stored.site_name) == (
        "https://cdn.news.example/report.pdf",
        "ab" * 32,
        "The Example Courier",
    )
    assert stored.fetched_at == fetched


def test_a_damaged_pdf_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not really a PDF at all\n")
    with pytest.raises(BadDocument) as exc:
        read_path(path)
    message = str(exc.value)
    assert message.startswith(f"{path} is not a readable PDF (")
    assert "\n" not in message


def test_a_pdf_without_a_text_layer_says_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []]))
    with pytest.raises(BadDocument) as exc:
        read_path(path)
    assert str(exc.value) == (
        f"{path} has no text layer (a scanned PDF?); run it through OCR and ingest the result"
    )


def test_control_characters_in_a_pdf_are_neutralised() -> None:
    data = make_pdf([["Budget up 4.5%\x1b[31m in red\x07."]])
    pdf = read_pdf(data, name="x.pdf")
    assert "\x1b" not in pdf.text and "\x07" not in pdf.text
    assert pdf.text.startswith("Budget up 4.5%")
