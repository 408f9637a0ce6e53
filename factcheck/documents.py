"""Reading articles: plain text, Markdown with front matter, HTML, and JSON Lines batches.

A sample article in ``claims/`` looks like this::

    ---
    title: Britain ready to send troops to Ukraine, Starmer says
    published: 2025-02-17
    source: factcheck sample, retold from Newsweek
    url: https://example.org/uk-troops
    ---
    The United Kingdom is "ready and willing" ...

Front matter is optional; ``--published`` and friends override it. HTML pages go
through trafilatura, which also gives the title and publication date.

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
from typing import IO, Any

from urllib.parse import urlsplit

from pydantic import ValidationError

from factcheck._env import env_number
from factcheck._terminal import neutralise
from factcheck.errors import BadDocument, BadOption
from factcheck.models import Document, content_hash

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}
"""What a folder ingest reads; other files are listed as skipped. A file named on the
command line is read whatever its name (binary content is refused)."""
_META_KEYS = {"title", "published", "source", "url", "date", "id"}

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
    if not url or any(c.isspace() or ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in url):
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
        source=_clean(meta.get("source") or name),
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
        meta = {"title": info.title, "published": info.date, "url": page_url}
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
    """One document from a byte stream (standard input)."""
    limit = max_article_bytes()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_big(name, len(data) + len(stream.read()), limit)
    return document_from_text(decode(data, name=name), name=name, **options)


def read_jsonl(lines: Iterable[str | bytes], *, name: str = "standard input") -> Iterator[Document]:
    """Documents from JSON Lines: ``{"id", "text", "published"}`` per line (FORMAT.md).

    Each line must be UTF-8 JSON with a "text" string; two lines may not give the same
    "id" (their claims would share ids); a "url" must be http(s). ``BadDocument`` names the
    line and what is wrong.
    """
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
        for key in ("text", "title", "source"):
            if isinstance(obj.get(key), str):
                obj[key] = neutralise(obj[key])
        if isinstance(obj.get("url"), str) and obj["url"]:
            try:
                obj["url"] = check_url(obj["url"], what=f'Line {n} of {name}: field "url"')
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
