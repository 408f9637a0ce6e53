"""RSS and Atom feeds (factcheck.intake.feed) through feedparser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.errors import BadDocument
from factcheck.intake.feed import parse_feed, read_feed_file

FEEDS = Path(__file__).resolve().parent.parent / "cassettes" / "test_ingest_url"


def test_rss_entries_in_order_with_their_dates() -> None:
    data, name = read_feed_file(FEEDS / "local.rss")
    feed = parse_feed(data, name=name)
    assert feed.title == "The Example Courier: local news"
    assert [e.link for e in feed.entries] == [
        "https://news.example/politics/council-budget",
        "https://news.example/local/bridge-closure",
        "https://news.example/local/library-hours",
    ]
    assert [e.published for e in feed.entries] == [
        date(2025, 2, 17),
        date(2025, 3, 3),
        date(2025, 3, 10),
    ]
    assert feed.entries[1].title == "Old river bridge to close for 18 months"
    assert feed.unusable == []


def test_atom_entries_with_authors() -> None:
    data, name = read_feed_file(FEEDS / "politics.atom")
    feed = parse_feed(data, name=name)
    assert [(e.link, e.byline) for e in feed.entries] == [
        ("https://news.example/politics/council-budget", "Maria Lopes"),
        ("https://news.example/gone", None),
    ]


def test_entries_that_cannot_be_fetched_say_why() -> None:
    data = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Hostile</title>
<item><title>No link here</title></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
<item><title>Relative</title><link>/local/page</link></item>
<item><title>Twice</title><link>https://news.example/a</link></item>
<item><title>Twice again</title><link>https://news.example/a</link></item>
</channel></rss>"""
    feed = parse_feed(data, name="hostile.rss")
    assert [e.link for e in feed.entries] == ["https://news.example/a"]
    assert feed.unusable == [
        ('entry 1 ("No link here")', "it has no link"),
        ('entry 2 ("Script")', 'its link "javascript:alert(1)" is not an http(s) address'),
        ('entry 3 ("Relative")', 'its link "/local/page" is not an http(s) address'),
    ]


def test_a_page_that_is_not_a_feed_is_one_line() -> None:
    with pytest.raises(BadDocument) as exc:
        parse_feed(b"<!DOCTYPE html><html><body><p>Hello</p></body></html>", name="page.html")
    message = str(exc.value)
    assert message.startswith("page.html is not an RSS or Atom feed")
    assert "\n" not in message


def test_feed_bytes_are_never_taken_for_a_file_name(tmp_path: Path) -> None:
    # feedparser opens a str or bytes argument as a path if it can; we always pass a stream.
    (tmp_path / "secret").write_text('<rss version="2.0"><channel><title>x</title></channel></rss>')
    with pytest.raises(BadDocument):
        parse_feed(b"secret", name="feed")


def test_a_missing_feed_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BadDocument) as exc:
        read_feed_file(tmp_path / "nope.xml")
    assert str(exc.value) == (
        f"{tmp_path / 'nope.xml'} does not exist; give a feed file or its http(s) address"
    )
