"""Build the intake cassettes (pages, redirects, feeds) from pages of our own making.

    .venv/bin/python cassettes/build_intake_cassettes.py

Unlike build_cassettes.py, nothing here comes from a capture: the articles, the feed and
the failures are written below, on the made-up host news.example, for
tests/test_intake_fetch.py and tests/test_ingest_url.py. The request side is what our
code sends (GET, the page Accept header, our User-Agent with the default contact); the
response headers are the ones a news site's server typically sends. Re-running this
script rewrites the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_cassettes import interaction as _interaction  # noqa: E402
from build_cassettes import HERE, write  # noqa: E402

PAGE_ACCEPT = "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8"
FEED_ACCEPT = (
    "application/atom+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)
HOST = "news.example"
BASE = f"https://{HOST}"
HTML = {"content-type": "text/html; charset=utf-8", "server": "nginx", "cache-control": "max-age=60"}


def interaction(
    path: str,
    body: str | bytes,
    *,
    headers: dict[str, str],
    status: int = 200,
    message: str = "OK",
    accept: str = PAGE_ACCEPT,
) -> dict[str, Any]:
    """A GET of ``path`` on the made-up host, as build_cassettes.py writes one."""
    return _interaction(
        BASE + path, body, headers=headers, status=status, message=message, accept=accept
    )


# ---------------------------------------------------------------- the pages


def article(
    *, title: str, author: str, published: str, paragraphs: list[str], canonical: str
) -> str:
    body = "\n".join(f"      <p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | The Example Courier</title>
  <link rel="canonical" href="{canonical}">
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="The Example Courier">
  <meta name="author" content="{author}">
  <meta property="article:published_time" content="{published}T07:30:00+00:00">
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By {author}</p>
{body}
    </article>
  </main>
  <footer><p>Copyright The Example Courier. All rights reserved.</p></footer>
</body>
</html>
"""


BUDGET = article(
    title="Council sets a budget of £48m for next year",
    author="Maria Lopes",
    published="2025-02-17",
    canonical=f"{BASE}/politics/council-budget",
    paragraphs=[
        "The city council approved a budget of £48m on Monday evening, an increase of 4.5% "
        "on the year before, after a debate that lasted more than three hours.",
        "Of the total, £20m goes to schools and £15m to social care, the council said. "
        "The rest is split between roads, parks and the library service.",
        '"This is a budget for the people who use our services every day," the council '
        "leader, Ana Ferreira, told members before the vote.",
        "Opposition councillors said the rise in council tax, the third in three years, "
        "would hit households already paying more for energy and food.",
    ],
)

BRIDGE = article(
    title="Old river bridge to close for 18 months",
    author="Tom Hale",
    published="2025-03-03",
    canonical=f"{BASE}/local/bridge-closure",
    paragraphs=[
        "The old river bridge will close to traffic for 18 months from 1 April so that its "
        "steel frame can be replaced, the highways department said on Monday.",
        "About 12,000 vehicles cross the bridge every day. Buses will be sent on a diversion "
        "of 3 kilometres through the industrial estate.",
        '"We know this is a long closure, but the frame is 90 years old," said the head of '
        "highways, Joan Pike.",
    ],
)

LIBRARY = article(
    title="Library opening hours cut by a fifth",
    author="Maria Lopes",
    published="2025-03-10",
    canonical=f"{BASE}/local/library-hours",
    paragraphs=[
        "The central library will open for 40 hours a week from May, down from 50, after "
        "the council cut its budget by £300,000.",
        "Readers borrowed 210,000 books there last year, 8% more than in 2023, the library "
        "service said in its annual report.",
    ],
)

GONE = """<!DOCTYPE html>
<html><head><title>Page not found | The Example Courier</title></head>
<body><h1>Sorry, we could not find that page</h1><p>It may have moved.</p></body></html>
"""

# A small PNG (1x1, one white pixel): what a chart link gives instead of an article.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4bb0000000049454e44ae426082"
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>The Example Courier: local news</title>
    <link>{BASE}/local</link>
    <description>Local news from the Example Courier</description>
    <item>
      <title>Council sets a budget of £48m for next year</title>
      <link>{BASE}/politics/council-budget</link>
      <pubDate>Mon, 17 Feb 2025 07:30:00 GMT</pubDate>
    </item>
    <item>
      <title>Old river bridge to close for 18 months</title>
      <link>{BASE}/local/bridge-closure</link>
      <pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Library opening hours cut by a fifth</title>
      <link>{BASE}/local/library-hours</link>
      <pubDate>Mon, 10 Mar 2025 09:15:00 GMT</pubDate>
    </item>
  </channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Example Courier: politics</title>
  <id>{BASE}/politics/feed</id>
  <updated>2025-02-17T07:30:00Z</updated>
  <entry>
    <title>Council sets a budget of £48m for next year</title>
    <id>tag:news.example,2025:council-budget</id>
    <link rel="alternate" href="{BASE}/politics/council-budget"/>
    <updated>2025-02-17T07:30:00Z</updated>
    <author><name>Maria Lopes</name></author>
  </entry>
  <entry>
    <title>A broken entry</title>
    <id>tag:news.example,2025:broken</id>
    <link rel="alternate" href="{BASE}/gone"/>
    <updated>2025-02-16T07:30:00Z</updated>
  </entry>
</feed>
"""


def page(path: str, body: str) -> dict[str, Any]:
    return interaction(path, body, headers=HTML)


def main() -> None:
    module = "test_intake_fetch"
    write(module, "test_article_page_gives_text_title_byline_site_and_date", page(
        "/politics/council-budget", BUDGET
    ))
    write(module, "test_a_redirect_is_followed_and_both_addresses_kept", interaction(
        "/p/48m", "", headers={"location": f"{BASE}/politics/council-budget", "server": "nginx"},
        status=301, message="Moved Permanently",
    ), page("/politics/council-budget", BUDGET))
    write(module, "test_http_404_is_one_line", interaction(
        "/gone", GONE, headers=HTML, status=404, message="Not Found"
    ))
    write(module, "test_a_picture_is_not_an_article", interaction(
        "/charts/budget.png", PNG, headers={"content-type": "image/png", "server": "nginx"}
    ))
    write(module, "test_an_oversize_page_is_refused", page("/politics/council-budget", BUDGET))
    write(module, "test_a_redirect_loop_is_one_line", interaction(
        "/loop/a", "", headers={"location": f"{BASE}/loop/b"}, status=302, message="Found"
    ), interaction(
        "/loop/b", "", headers={"location": f"{BASE}/loop/a"}, status=302, message="Found"
    ))

    module = "test_ingest_url"
    write(module, "test_ingest_a_url_queues_its_claims_with_where_and_when", page(
        "/politics/council-budget", BUDGET
    ))
    for test, interactions in {
        "test_a_failed_fetch_is_one_line_and_writes_nothing[404]": [
            interaction("/gone", GONE, headers=HTML, status=404, message="Not Found")
        ],
        "test_a_failed_fetch_is_one_line_and_writes_nothing[picture]": [
            interaction(
                "/charts/budget.png", PNG, headers={"content-type": "image/png", "server": "nginx"}
            )
        ],
        "test_a_failed_fetch_is_one_line_and_writes_nothing[loop]": [
            interaction("/loop/a", "", headers={"location": f"{BASE}/loop/b"}, status=302,
                        message="Found"),
            interaction("/loop/b", "", headers={"location": f"{BASE}/loop/a"}, status=302,
                        message="Found"),
        ],
        "test_a_failed_fetch_is_one_line_and_writes_nothing[oversize]": [
            page("/politics/council-budget", BUDGET)
        ],
    }.items():
        write(module, test, *interactions)
    write(module, "test_one_bad_url_among_good_ones_is_named_and_the_rest_queued",
          page("/politics/council-budget", BUDGET),
          interaction("/gone", GONE, headers=HTML, status=404, message="Not Found"),
          page("/local/bridge-closure", BRIDGE))
    feed_headers = {"content-type": "application/rss+xml; charset=utf-8", "server": "nginx"}
    write(module, "test_a_feed_fetches_new_entries_and_skips_ingested_ones",
          page("/politics/council-budget", BUDGET),
          interaction("/local/feed.xml", RSS, headers=feed_headers, accept=FEED_ACCEPT),
          page("/local/bridge-closure", BRIDGE),
          page("/local/library-hours", LIBRARY))
    write(module, "test_an_atom_feed_file_with_a_dead_entry",
          page("/politics/council-budget", BUDGET),
          interaction("/gone", GONE, headers=HTML, status=404, message="Not Found"))
    # The feeds as files too, for the tests that read a feed from disk.
    (HERE / module / "local.rss").write_text(RSS, encoding="utf-8")
    (HERE / module / "politics.atom").write_text(ATOM, encoding="utf-8")


if __name__ == "__main__":
    main()
