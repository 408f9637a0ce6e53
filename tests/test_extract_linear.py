"""Every extractor is linear in the length of the text: a generated 5 M character text
takes about ten times as long as 0.5 M of it, never the hundred times a scan back to the
start before each match would cost.

The one timing test of the suite (speed itself is measured by ``make bench``): CPU time of
this process, the small text best of two, and a generous bound (25x for 10x the text) so
a loaded machine does not fail it while a quadratic extractor does.
"""

from __future__ import annotations

import time

import pytest

from benchmarks.extract import synthetic_articles
from factcheck.extract import EXTRACTORS, KIND_MODULES, Text
from factcheck.models import Document

BOUND = 25.0


@pytest.fixture(scope="module")
def texts() -> tuple[Document, Document]:
    docs = synthetic_articles(400, seed=19, figures=0.3)
    unit = "\n\n".join(d.text for d in docs)
    big = (unit * (5_000_000 // len(unit) + 1))[:5_000_000]
    return (
        Document(id="small", text=big[:500_000], published="2025-01-01"),
        Document(id="big", text=big, published="2025-01-01"),
    )


def _cpu(kind: str, doc: Document) -> tuple[float, int]:
    t0 = time.process_time()
    found = list(EXTRACTORS[kind](Text(doc)))
    return time.process_time() - t0, len(found)


@pytest.mark.parametrize("kind", KIND_MODULES)
def test_ten_times_the_text_takes_about_ten_times_as_long(
    kind: str, texts: tuple[Document, Document]
) -> None:
    small, big = texts
    small_s = min(_cpu(kind, small)[0] for _ in range(2))
    big_s, found = _cpu(kind, big)
    assert found > 100, "the generated text must give this extractor work"
    ratio = big_s / max(small_s, 0.005)
    assert ratio <= BOUND, f"{kind}: {big_s:.2f} s on 5 M chars, {small_s:.2f} s on 0.5 M"
