"""Reading articles: plain text, Markdown with front matter, HTML, PDF and JSON Lines batches.

A sample article in ``claims/`` looks like this::

    ---
    title: Britain ready to send troops to Ukraine, Starmer says
    published: 2025-02-17
    source: factcheck sample, retold from Newsweek
    url: https://example.org/uk-troops
    ---
    The United Kingdom is "ready and willing" ...

Front matter is optional; ``--published`` and friends override it. HTML pages go
through trafilatura, which also gives the title, byline, site name and publication date.
PDFs go through pypdf (``factcheck.intake.pdf``), which keeps where each page starts.
Pages fetched from the web (``factcheck.intake``) become documents in ``document_from_page``.

Article text is hostile. Every reader here neutralises terminal escape sequences and
control characters (``factcheck._terminal.neutralise``: spaces, same length), refuses an
article over the size limit (``FACTCHECK_MAX_ARTICLE_MB``, default 5 MB of text) and keeps
only http(s) URLs (``check_url``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urlsplit

from factcheck._env import env_number
from factcheck._terminal import neutralise
from factcheck.errors import BadDocument, BadOption
from factcheck.models import Document, content_hash

if TYPE_CHECKING:
    from factcheck.intake.fetch import Page

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".pdf"}
"""What a folder ingest reads; other files are listed as skipped. A file named on the
command line is read whatever its name (binary content other than a PDF is refused)."""
_META_KEYS = {
    "title",
    "published",
    "source",
    "url",
    "date",
    "id",
    "byline",
    "author",
    "site_name",
    "site",
}

MAX_ARTICLE_MB = 5.0
"""The default size limit of one article, in megabytes of text (``FACTCHECK_MAX_ARTICLE_MB``)."""


def max_article_bytes() -> int:
    """The size limit of one article in bytes: ``FACTCHECK_MAX_ARTICLE_MB``, else 5 MB."""
    mb = env_number("FACTCHECK_MAX_ARTICLE_MB", MAX_ARTICLE_MB, minimum=0, inclusive=False)
    return int(mb * 1_000_000)


def _too_big(name: str, size: int, limit: int) -> BadDocument:
    return BadDocument(
        f"{name} is {size / 1_000_000:.1f} MB, over the {limit / 1_000_000:g} MB limit for one "
        "article; split it, or raise FACTCHECK_MAX_ARTICLE_MB"
    )


def check_url(url: str, *, what: str) -> str:
    """``url`` when it is an absolute http(s) URL, else ``BadOption`` saying so.

    ``javascript:``, ``data:``, ``vbscript:``, relative paths and text with spaces or
    control characters are refused: exports make links of these.
    """
    value = url.strip()
    if is_web_url(value):
        return value
    raise BadOption(
        f'{what} "{url}" is not an http(s) URL; give an address such as https://example.org/page'
    )


def is_web_url(url: str) -> bool:
    """Whether ``url`` is an absolute http(s) URL with a host and no white space or controls."""
    if not url:
        return False
    # Fast path: a printable string holds no control character and no white space but
    # the space itself (checked over every code point); others are read char by char.
    if not (url.isprintable() and " " not in url) and any(
        c.isspace() or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in url
    ):
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:  # a malformed port or IPv6 address
        return False


def parse_date(value: str, *, what: str = "--published") -> date:
    """An ISO date (YYYY-MM-DD), or ``BadOption`` saying what was wrong."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadOption(
            f'{what} "{value}" is not a date; write it as YYYY-MM-DD, e.g. 2025-02-17'
        ) from None


def decode(data: bytes, *, name: str) -> str:
    """Bytes as UTF-8 text, or ``BadDocument`` naming the file and the problem."""
    if b"\x00" in data[:8192]:
        raise BadDocument(
            f"{name} is not a text file (it holds binary data); pass a .txt, .md or .html article"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadDocument(
            f"{name} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8, e.g. iconv -f latin1 -t utf-8"
        ) from None
    return neutralise(text.replace("\r\n", "\n").replace("\r", "\n"))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines between ``---`` fences at the top, and the text after them."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---", 4)
    if end < 0:
        return {}, text
    close = text.find("\n", end + 4)
    body = "" if close < 0 else text[close + 1 :]
    meta: dict[str, str] = {}
    for line in text[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _META_KEYS:
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, body.lstrip("\n")


def document_from_text(
    text: str,
    *,
    name: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    html: bool = False,
) -> Document:
    """A ``Document`` from an article's text; options override what the text says of itself."""
    meta: dict[str, Any] = {}
    if html or _looks_like_html(text):
        meta, text = _from_html(text, name=name)
    else:
        fm, text = split_front_matter(text)
        meta.update(fm)
    pub_raw = meta.get("published") or meta.get("date")
    doc_published = published
    if doc_published is None and pub_raw:
        doc_published = parse_date(str(pub_raw), what=f"The published date in {name}")
    if url is not None:
        url = check_url(url, what="--url")
    elif meta.get("url"):
        url = check_url(str(meta["url"]), what=f"The url in {name}")
    return Document(
        id=meta.get("id") or content_hash(text)[:16],
        text=text,
        published=doc_published,
        title=_clean(title or meta.get("title")),
        url=url,
        source=_clean(meta.get("source")),
        byline=_clean(meta.get("byline") or meta.get("author")),
        site_name=_clean(meta.get("site_name") or meta.get("site")),
    )


def _clean(value: str | None) -> str | None:
    return None if value is None else neutralise(value)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def _from_html(page: str, *, name: str) -> tuple[dict[str, Any], str]:
    import trafilatura  # lazy: costs a quarter-second to import

    text = trafilatura.extract(page, include_comments=False, include_tables=False)
    if not text:
        raise BadDocument(f"{name} is an HTML page with no article text that could be found")
    meta: dict[str, Any] = {}
    info = trafilatura.extract_metadata(page)
    if info is not None:
        # A page's own idea of its address (a canonical link) may be relative or hostile:
        # kept only when it is a web address.
        page_url = info.url if info.url and is_web_url(info.url) else None
        meta = {
            "title": info.title,
            "published": info.date,
            "url": page_url,
            "byline": info.author,
            "site_name": info.sitename,
        }
    return {k: v for k, v in meta.items() if v}, neutralise(text)


def read_path(
    path: str | os.PathLike[str],
    *,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    recurse: bool = False,
) -> list[Document]:
    """The documents at a path: one file, or with ``recurse`` every article in a folder."""
    p = Path(path)
    if p.is_dir():
        if not recurse:
            raise BadDocument(f"{p} is a folder; pass the article files in it, e.g. {p}/*.md")
        files = sorted(
            f
            for f in p.rglob("*")
            if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and not f.name.startswith(".")
        )
        return [read_path(f, published=published, title=title, url=url)[0] for f in files]
    if not p.exists():
        raise BadDocument(f"{p} does not exist; check the path")
    limit = max_article_bytes()
    try:
        with p.open("rb") as f:
            data = f.read(limit + 1)
            if len(data) > limit:
                size = os.fstat(f.fileno()).st_size
                raise _too_big(str(p), max(size, len(data)), limit)
    except OSError as exc:
        raise BadDocument(f"{p} cannot be read: {exc.strerror}") from None
    from factcheck.intake.pdf import is_pdf

    if is_pdf(data):
        return [_document_from_pdf(data, name=str(p), published=published, title=title, url=url)]
    text = decode(data, name=str(p))
    return [
        document_from_text(
            text,
            name=str(p),
            published=published,
            title=title,
            url=url,
            html=p.suffix.lower() in {".html", ".htm"},
        )
    ]


def read_stream(stream: IO[bytes], *, name: str = "standard input", **options: Any) -> Document:
    """One document from a byte stream (standard input): text, HTML or a PDF."""
    limit = max_article_bytes()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_big(name, len(data) + len(stream.read()), limit)
    from factcheck.intake.pdf import is_pdf

    if is_pdf(data):
        return _document_from_pdf(data, name=name, **options)
    return document_from_text(decode(data, name=name), name=name, **options)


def _document_from_pdf(
    data: bytes,
    *,
    name: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    from factcheck.intake.pdf import read_pdf

    pdf = read_pdf(data, name=name)
    _check_size(name, pdf.text)
    return Document(
        id=content_hash(pdf.text)[:16],
        text=pdf.text,
        published=published,
        title=_clean(title) or pdf.title,
        url=None if url is None else check_url(url, what="--url"),
        source=None,  # a file name is no publication: ClaimReview would name it
        byline=pdf.author,
        pages=pdf.pages,
    )


def _check_size(name: str, text: str) -> None:
    limit = max_article_bytes()
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        raise _too_big(name, size, limit)


def document_from_page(
    page: Page,
    *,
    title: str | None = None,
    published: date | None = None,
    byline: str | None = None,
) -> Document:
    """A ``Document`` from a fetched page: HTML through trafilatura, a PDF through pypdf.

    The page's own title, byline and date win; ``title``, ``published`` and ``byline``
    (a feed entry's) fill what the page does not say. The document keeps the address it
    was asked for (``url``), the one it came from after redirects (``fetched_url``), when
    (``fetched_at``) and the SHA-256 of the bytes (``fetched_sha256``). A body that is not
    HTML, a PDF or plain text raises ``BadDocument``.
    """
    from factcheck.intake.fetch import HTML_TYPES, PDF_TYPES, TEXT_TYPES
    from factcheck.intake.pdf import is_pdf

    name = page.url
    media = page.media_type
    if media in PDF_TYPES or (media not in HTML_TYPES | TEXT_TYPES and is_pdf(page.body)):
        doc = _document_from_pdf(page.body, name=name, published=published, title=title)
    elif media in HTML_TYPES or media in TEXT_TYPES:
        if b"\x00" in page.body[:8192]:
            raise BadDocument(f"{name} says it is {media} but holds binary data")
        text = _page_text(page)
        doc = document_from_text(text, name=name, html=media in HTML_TYPES)
        _check_size(name, doc.text)
        if doc.published is None and published is not None:
            doc = doc.model_copy(update={"published": published})
        if title and not doc.title:
            doc = doc.model_copy(update={"title": _clean(title)})
    else:
        raise BadDocument(
            f"{name} is {media or 'of no stated type'}, not an HTML page or a PDF; "
            "give the address of the article itself"
        )
    return doc.model_copy(
        update={
            "url": page.url,
            "source": doc.site_name or urlsplit(page.final_url).hostname or page.url,
            "byline": doc.byline or _clean(byline),
            "fetched_url": page.final_url,
            "fetched_at": page.fetched_at,
            "fetched_sha256": page.sha256,
        }
    )


def _page_text(page: Page) -> str:
    """The body as text: its declared charset, else UTF-8, else Windows-1252 (never fails)."""
    for encoding in (page.charset, "utf-8"):
        if not encoding:
            continue
        try:
            text = page.body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        break
    else:
        text = page.body.decode("cp1252", errors="replace")
    text = text.removeprefix("\ufeff")
    return neutralise(text.replace("\r\n", "\n").replace("\r", "\n"))


def read_jsonl(lines: Iterable[str | bytes], *, name: str = "standard input") -> Iterator[Document]:
    """Documents from JSON Lines: ``{"id", "text", "published"}`` per line (FORMAT.md).

    Each line must be UTF-8 JSON with a "text" string; two lines may not give the same
    "id" (their claims would share ids); a "url" must be http(s). ``BadDocument`` names the
    line and what is wrong.
    """
    from pydantic import ValidationError  # loaded by the validation below anyway

    limit = max_article_bytes()
    seen: dict[str, int] = {}
    for n, raw in enumerate(lines, 1):
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise BadDocument(
                    f"Line {n} of {name} is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at "
                    f"column {exc.start + 1}); re-save it as UTF-8"
                ) from None
        else:
            line = raw
        if not line.strip():
            continue
        if len(line) > limit:
            raise _too_big(f"Line {n} of {name}", len(line.encode("utf-8", "replace")), limit)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadDocument(f"Line {n} of {name} is not valid JSON: {exc.msg}") from None
        except RecursionError:
            raise BadDocument(f"Line {n} of {name} is nested too deeply to read") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise BadDocument(
                f'Line {n} of {name} has no "text" string; '
                'each line needs {"id", "text", "published"}'
            )
        for key in ("text", "title", "source", "byline", "site_name"):
            if isinstance(obj.get(key), str):
                obj[key] = neutralise(obj[key])
        for key in ("url", "fetched_url"):
            if isinstance(obj.get(key), str) and obj[key]:
                try:
                    obj[key] = check_url(obj[key], what=f'Line {n} of {name}: field "{key}"')
                except BadOption as exc:
                    raise BadDocument(str(exc)) from None
        try:
            doc = Document.model_validate(obj)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(x) for x in err["loc"])
            raise BadDocument(f'Line {n} of {name}: field "{field}" {err["msg"].lower()}') from None
        if doc.id in seen:
            raise BadDocument(
                f'Line {n} of {name} repeats the id "{doc.id}" of line {seen[doc.id]}; '
                "give each document its own id"
            )
        seen[doc.id] = n
        yield doc


def article_files(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The articles in ``folder`` and its subfolders, and the files skipped with why.

    Hidden files and folders (``.git``, ``.venv``) are not entered or listed; files without
    a known text extension (``TEXT_SUFFIXES``: ``README``, ``Makefile``, ``.py``) and empty
    files are skipped and listed.
    """
    found: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            f = Path(root) / name
            if not f.is_file():
                continue
            if f.suffix.lower() not in TEXT_SUFFIXES:
                skipped.append((f, "not a .txt, .md or .html article"))
            elif f.stat().st_size == 0:
                skipped.append((f, "empty"))
            else:
                found.append(f)
    return sorted(found), skipped
