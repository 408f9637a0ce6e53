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
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from factcheck.errors import BadDocument, BadOption
from factcheck.models import Document, content_hash

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm", ""}
_META_KEYS = {"title", "published", "source", "url", "date", "id"}


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
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
    return Document(
        id=meta.get("id") or content_hash(text)[:16],
        text=text,
        published=doc_published,
        title=title or meta.get("title"),
        url=url or meta.get("url"),
        source=meta.get("source") or name,
    )


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
        meta = {"title": info.title, "published": info.date, "url": info.url}
    return {k: v for k, v in meta.items() if v}, text


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
    try:
        data = p.read_bytes()
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
    return document_from_text(decode(stream.read(), name=name), name=name, **options)


def read_jsonl(lines: Iterable[str | bytes], *, name: str = "standard input") -> Iterator[Document]:
    """Documents from JSON Lines: ``{"id", "text", "published"}`` per line (FORMAT.md)."""
    for n, raw in enumerate(lines, 1):
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadDocument(f"Line {n} of {name} is not valid JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise BadDocument(
                f'Line {n} of {name} has no "text" string; '
                'each line needs {"id", "text", "published"}'
            )
        try:
            yield Document.model_validate(obj)
        except ValidationError as exc:
            err = exc.errors()[0]
            field = ".".join(str(x) for x in err["loc"])
            raise BadDocument(f'Line {n} of {name}: field "{field}" {err["msg"].lower()}') from None
