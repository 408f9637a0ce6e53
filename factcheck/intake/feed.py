"""RSS and Atom feeds through feedparser: the entries, each with the address of its article.

    feed = parse_feed(data, name="https://news.example/feed.xml")
    for entry in feed.entries:
        entry.link, entry.title, entry.published, entry.byline

Entries without a link, or with one that is not http(s) (``javascript:``, a relative
path), are kept in ``feed.unusable`` with the reason, so the summary can say why they
were not fetched. A body that is not a feed at all raises ``BadDocument``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck._terminal import neutralise
from factcheck.documents import is_web_url
from factcheck.errors import BadDocument

MAX_FEED_BYTES = 20_000_000
"""The largest feed file we read (a feed of full-text entries can be several MB)."""


@dataclass(frozen=True)
class FeedEntry:
    """One entry of a feed: its article's address and what the feed says of it."""

    link: str
    title: str | None = None
    published: date | None = None
    byline: str | None = None


@dataclass
class Feed:
    """A parsed feed: its title, the entries to fetch, and the entries that cannot be."""

    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)
    unusable: list[tuple[str, str]] = field(default_factory=list)
    """(what the entry is called, why it cannot be fetched)"""


def read_feed_file(path: str | Path) -> tuple[bytes, str]:
    """The bytes of a feed file and the name to show for it; ``BadDocument`` if unreadable."""
    p = Path(path)
    if not p.is_file():
        raise BadDocument(f"{p} does not exist; give a feed file or its http(s) address")
    try:
        with p.open("rb") as f:
            data = f.read(MAX_FEED_BYTES + 1)
    except OSError as exc:
        raise BadDocument(f"{p} cannot be read: {exc.strerror}") from None
    if len(data) > MAX_FEED_BYTES:
        raise BadDocument(f"{p} is over the {MAX_FEED_BYTES / 1_000_000:g} MB limit for a feed")
    return data, str(p)


def parse_feed(data: bytes, *, name: str) -> Feed:
    """The entries of an RSS or Atom feed, in the feed's order, each link once."""
    import feedparser

    # A stream, never bytes or a str: given those, feedparser tries them as a file name or URL.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        reason = parsed.get("bozo_exception")
        why = f" ({_one_line(str(reason))})" if reason else ""
        raise BadDocument(f"{name} is not an RSS or Atom feed{why}")
    feed = Feed(title=_text(parsed.feed.get("title")))
    seen: set[str] = set()
    for n, entry in enumerate(parsed.entries, 1):
        title = _text(entry.get("title"))
        called = f'entry {n} ("{title}")' if title else f"entry {n}"
        link = (entry.get("link") or "").strip()
        if not link:
            feed.unusable.append((called, "it has no link"))
            continue
        if not is_web_url(link):
            feed.unusable.append(
                (called, f'its link "{_one_line(link)}" is not an http(s) address')
            )
            continue
        if link in seen:
            continue
        seen.add(link)
        feed.entries.append(
            FeedEntry(
                link=link,
                title=title,
                published=_date(entry.get("published_parsed") or entry.get("updated_parsed")),
                byline=_text(entry.get("author")),
            )
        )
    return feed


def _text(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return neutralise(_one_line(value.strip()))


def _one_line(value: str) -> str:
    return " ".join(value.split())[:200]


def _date(value: object) -> date | None:
    # feedparser gives a time.struct_time in UTC, or None when it could not read the date.
    try:
        return date(value.tm_year, value.tm_mon, value.tm_mday)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None
