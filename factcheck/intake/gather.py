"""Gather every input of an ingest as documents before any is queued.

    gathered = gather(Inputs(paths=["a.md", "https://news.example/x"], feeds=["feed.xml"]),
                      known=lambda url: False)
    gathered.documents   # read and validated, none queued yet
    gathered.present     # addresses skipped: a document from there is already queued
    gathered.failed      # [Failure("https://news.example/gone", "... answered HTTP 404 ...")]

The order is the promise the docs make (docs/intake.md):

1. Every input is checked for what it is before anything is read: an address must be
   http(s), a file must exist, a ``.jsonl`` batch must come through ``--documents``,
   standard input may be read once.
2. Local inputs (files, folders, standard input, a JSON Lines batch, a feed file) are read
   and validated in full. One that cannot be read raises ``BadDocument`` naming it (and
   for a batch, its line): the ingest stops and nothing is queued. You can fix a file.
3. Addresses (given, or a feed's entries) are fetched. An address already queued is not
   fetched again. One that fails (an HTTP error, a timeout, a redirect loop, a page over
   the size limit, a body that is not an article) is a ``Failure`` with its one-line reason
   and the others go on: you cannot fix someone else's server, and a rerun fetches only
   what is still missing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from factcheck._terminal import neutralise
from factcheck.errors import BadDocument, BadOption, FactcheckError
from factcheck.models import Document

if TYPE_CHECKING:
    import httpx  # noqa: TID251 -- a type only

    from factcheck.intake.feed import FeedEntry

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested and the one line that says why."""

    input: str
    why: str


@dataclass
class Inputs:
    """What one ingest was asked to read."""

    paths: Sequence[str | Path] = ()
    """Article files, ``-`` for standard input, or http(s) addresses (folders expanded already)."""
    feeds: Sequence[str] = ()
    """RSS or Atom feeds: files or http(s) addresses."""
    documents: str | None = None
    """A JSON Lines batch (the one ``extract --documents`` reads), or ``-``."""
    published: date | None = None
    title: str | None = None
    url: str | None = None


@dataclass
class Gathered:
    """Documents ready to queue, addresses already queued, and inputs that failed."""

    documents: list[Document] = field(default_factory=list)
    present: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


class Progress:
    """What ``gather`` tells a progress bar: more work expected, one piece done."""

    def expect(self, n: int) -> None:
        """``n`` more inputs will be read or fetched."""

    def done(self, what: str) -> None:
        """One input was read or fetched (or failed)."""


def is_address(value: str | Path) -> bool:
    """Whether an input names a web address rather than a file."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def gather(
    inputs: Inputs,
    *,
    known: Callable[[str], bool],
    stdin: IO[bytes] | None = None,
    client: Callable[[], httpx.Client] | None = None,
    progress: Progress | None = None,
) -> Gathered:
    """Read, fetch and validate every input; nothing is queued here.

    ``known(url)`` says whether a document from that address is queued already (its
    address, or the one it was fetched from). ``client`` makes the HTTP client when the
    first address needs one (default: the lookups' ``make_client`` with the local config).
    """
    from factcheck.documents import read_jsonl, read_path, read_stream
    from factcheck.intake.fetch import check_address

    tell = progress or Progress()
    _check(inputs)
    out = Gathered()
    addresses: list[FeedEntry | str] = []
    local = [p for p in inputs.paths if not is_address(p)]
    tell.expect(len(local) + (1 if inputs.documents else 0) + len(inputs.feeds))
    pub, title, url = inputs.published, inputs.title, inputs.url
    for p in inputs.paths:
        if is_address(p):
            addresses.append(check_address(str(p)))
        elif p == "-":
            out.documents.append(
                read_stream(stdin or sys.stdin.buffer, published=pub, title=title, url=url)
            )
            tell.done("standard input")
        else:
            out.documents.extend(read_path(p, published=pub, title=title, url=url))
            tell.done(str(p))
    if inputs.documents == "-":
        out.documents.extend(read_jsonl(stdin or sys.stdin.buffer))
        tell.done("standard input")
    elif inputs.documents:
        try:
            with open(inputs.documents, "rb") as f:
                out.documents.extend(read_jsonl(f, name=inputs.documents))
        except OSError as exc:
            raise BadDocument(f"{inputs.documents} cannot be read: {exc.strerror}") from None
        tell.done(inputs.documents)
    fetcher = _Fetcher(client)
    for source in inputs.feeds:
        entries = _feed_entries(source, fetcher, out)
        addresses.extend(entries)
        tell.done(source)
    tell.expect(len(addresses))
    seen: set[str] = set()
    for item in addresses:
        link = item if isinstance(item, str) else item.link
        if link in seen:
            tell.done(link)
            continue
        seen.add(link)
        if known(link):
            out.present.append(link)
        else:
            _fetch_article(item, fetcher, known, inputs, out)
        tell.done(link)
    fetcher.close()
    return out


def _check(inputs: Inputs) -> None:
    """Refuse inputs that cannot be right before anything is read or fetched."""
    from factcheck.intake.fetch import check_address

    stdin_uses = sum(1 for p in inputs.paths if p == "-") + (inputs.documents == "-")
    if stdin_uses > 1:
        raise BadOption("Standard input (-) can be read once; give the other inputs as files")
    for p in inputs.paths:
        if is_address(p):
            check_address(str(p))
            if inputs.url is not None:
                raise BadOption("--url is for an article file; a fetched page keeps its address")
        elif p != "-" and (str(p).lower().endswith(JSONL_SUFFIXES) or _looks_like_batch(p)):
            raise BadOption(f"{p} is a JSON Lines batch; ingest it with --documents {p}")
        elif p != "-" and not Path(p).exists():
            raise BadDocument(f"{p} does not exist; check the path")
    for source in inputs.feeds:
        if is_address(source):
            check_address(source)
        elif not Path(source).is_file():
            raise BadDocument(f"{source} does not exist; give a feed file or its http(s) address")
    if inputs.documents and inputs.documents != "-" and not Path(inputs.documents).is_file():
        raise BadDocument(f"{inputs.documents} does not exist; check the path")


def _looks_like_batch(path: str | Path) -> bool:
    """Whether a file, whatever its name, starts with a JSON Lines document line.

    Read as prose, such a file would queue quotes named "id" and "text".
    """
    import json

    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return False  # reading it later gives the error its own line
    first = head.lstrip().split(b"\n", 1)[0]
    if not first.startswith(b"{"):
        return False
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):
        return False
    return isinstance(obj, dict) and isinstance(obj.get("text"), str)


class _Fetcher:
    """The HTTP client, made when the first address needs it and closed at the end."""

    def __init__(self, make: Callable[[], httpx.Client] | None) -> None:
        self._make = make
        self._client: httpx.Client | None = None

    def get(self) -> httpx.Client:
        if self._client is None:
            if self._make is not None:
                self._client = self._make()
            else:
                from factcheck.config import load_config
                from factcheck.lookup import make_client

                self._client = make_client(load_config())
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def _feed_entries(source: str, fetcher: _Fetcher, out: Gathered) -> list[FeedEntry]:
    from factcheck.intake.feed import parse_feed, read_feed_file
    from factcheck.intake.fetch import FEED_ACCEPT, fetch_page

    if is_address(source):
        from factcheck.intake.feed import MAX_FEED_BYTES

        try:
            page = fetch_page(fetcher.get(), source, accept=FEED_ACCEPT, max_bytes=MAX_FEED_BYTES)
            feed = parse_feed(page.body, name=source)
        except FactcheckError as exc:
            out.failed.append(Failure(source, str(exc)))
            return []
    else:
        data, name = read_feed_file(source)
        feed = parse_feed(data, name=name)  # a broken feed file is fatal, like any local file
    for called, why in feed.unusable:
        out.failed.append(Failure(f"{source} {called}", f"{source}: {called} is skipped: {why}"))
    return feed.entries


def _fetch_article(
    item: FeedEntry | str,
    fetcher: _Fetcher,
    known: Callable[[str], bool],
    inputs: Inputs,
    out: Gathered,
) -> None:
    from factcheck.documents import document_from_page
    from factcheck.intake.fetch import fetch_page

    link = item if isinstance(item, str) else item.link
    try:
        page = fetch_page(fetcher.get(), link)
        if page.final_url != link and known(page.final_url):
            out.present.append(link)
            return
        if isinstance(item, str):
            doc = document_from_page(page)
        else:
            doc = document_from_page(
                page, title=item.title, published=item.published, byline=item.byline
            )
    except FactcheckError as exc:
        out.failed.append(Failure(link, str(exc)))
        return
    update: dict[str, object] = {}
    if inputs.published is not None:
        update["published"] = inputs.published
    if inputs.title:
        update["title"] = neutralise(inputs.title)
    out.documents.append(doc.model_copy(update=update) if update else doc)
