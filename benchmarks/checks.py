"""Checking against extraction: what the automatic checks add to extracting a corpus.

Extraction alone (``extract_document``) and extraction plus every check
(``check_document`` on the same ``Text``, so the checks reuse what extraction read), best
of three, on the dense and the news-like corpus of ``benchmarks.extract``. The budget is
that checking adds at most 25% to extraction time.
"""

from __future__ import annotations

import time

from benchmarks.extract import corpus, news_like_corpus
from factcheck.checks import check_document
from factcheck.extract import EXTRACTORS
from factcheck.extract._spans import Text
from factcheck.models import Document

BUDGET = 0.25


def _extract(doc: Document) -> None:
    text = Text(doc)
    for extractor in EXTRACTORS.values():
        list(extractor(text))


def _extract_and_check(doc: Document) -> None:
    check_document(doc, None, text=Text(doc))


def _best(fn, docs: list[Document], repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for d in docs:
            fn(d)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    print(f"{'corpus':<10} {'articles':>9} {'extract s':>10} {'+checks s':>10} {'added':>7}")
    for name, docs in (("dense", corpus()), ("news-like", news_like_corpus())):
        _extract_and_check(docs[0])  # warm the imports and the rate history
        base = _best(_extract, docs)
        both = _best(_extract_and_check, docs)
        added = both / base - 1 if base else 0.0
        mark = "ok" if added <= BUDGET else f"over the {BUDGET:.0%} budget"
        print(f"{name:<10} {len(docs):>9} {base:>10.3f} {both:>10.3f} {added:>6.1%} {mark}")
