"""Every extractor is linear in the length of the text: a generated 5 M character text
takes about ten times as long as 0.5 M of it, never the hundred times a scan back to the
start before each match would cost.

The one timing test of the suite (speed itself is measured by ``make bench``): CPU time of
this process with the garbage collector held off (its full collections land by chance in
one run or the other), each text best of two, and a generous bound (25x for 10x the text)
so a loaded machine does not fail it while a quadratic extractor does.
"""

from __future__ import annotations

import gc
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
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        found = list(EXTRACTORS[kind](Text(doc)))
        return time.process_time() - t0, len(found)
    finally:
        gc.enable()


@pytest.mark.parametrize("kind", KIND_MODULES)
def test_ten_times_the_text_takes_about_ten_times_as_long(
    kind: str, texts: tuple[Document, Document]
) -> None:
    small, big = texts
    small_s = min(_cpu(kind, small)[0] for _ in range(2))
    big_s, found = min(_cpu(kind, big) for _ in range(2))
    assert found > 100, "the generated text must give this extractor work"
    ratio = big_s / max(small_s, 0.005)
    assert ratio <= BOUND, f"{kind}: {big_s:.2f} s on 5 M chars, {small_s:.2f} s on 0.5 M"


# ---------------------------------------------------------------- one scan, same words
# The kinds find their trigger words with one scan of ``Text.lowered`` and keep those the
# text also holds as tokens of their own; these compare that with splitting the text.


def _generated(words: list[str], seed: int, count: int = 4000) -> list[str]:
    import random

    rng = random.Random(seed)
    gaps = [" ", "  ", "-", "(", ")", ",", ".", "),", '"', "”", "'", "é", "a", "\n", "/", "5"]
    gaps += ["$", "½", "_", "“", " (", "—", " - "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 10)):
            w = rng.choice(words)
            parts.append(rng.choice(gaps) + (w.upper() if rng.random() < 0.1 else w))
        out.append("".join(parts) + rng.choice(gaps))
    return out


def test_currency_words_from_one_scan_are_those_the_tokens_give() -> None:
    import re

    from factcheck.extract import money
    from factcheck.extract._numbers import text_words

    words = [*sorted(money._TRIGGER_WORDS), "lekë", "xlek", "dollar", "the", "three"]
    assert money._SHORTER_TRIGGERS.get("lekë") == ("lek",)
    for s in _generated(words, seed=3):
        tokens = money._TRIGGER_TOKENS.keys() & text_words(s)
        present = sorted({money._TRIGGER_TOKENS[t] for t in tokens}, key=len, reverse=True)
        low = s.lower()
        expected = []
        if present:
            scan = re.compile("(?:" + "|".join(present) + r")(?![a-z])")
            expected = [
                m.start()
                for m in scan.finditer(low)
                if not low[m.start() - 1 : m.start()].isalpha()
            ]
        assert money._trigger_positions(s, " " + low) == expected, s


def test_number_words_from_one_scan_are_those_the_tokens_give() -> None:
    from factcheck.extract import quantity

    words = [*sorted(quantity._NUMBER_WORDS), "one", "twenty-one", "sixty-zero", "tens", "people"]
    for s in _generated(words, seed=4):
        by_tokens = quantity._number_word_hits(s, None)
        by_scan = quantity._number_word_hits(s, " " + s.lower())
        # A word after a hyphen is never a quantity's start: the scan may leave it out.
        assert [h for h in by_scan if s[h[0] - 1 : h[0]] != "-"] == [
            h for h in by_tokens if s[h[0] - 1 : h[0]] != "-"
        ], s


def test_dead_date_starts_are_single_words() -> None:
    from factcheck.extract import date

    # ``date.find`` looks a candidate's word up to the first space in the set of dead starts.
    assert not any(" " in w for words in date._DEAD.values() for w in words)
