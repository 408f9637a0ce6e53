"""Quote extraction is linear in the length of the text: ten times the text takes about
ten times as long, never the hundred times a scan back to the start of the text before
each quote would cost. Timed on generated articles of the shapes that used to be
quadratic (paragraphs that open with a quote after "X said:", one long paragraph with no
line break, a headline-like first line), with a generous bound for a loaded machine.
"""

from __future__ import annotations

import time

import pytest

from factcheck.extract import Text
from factcheck.extract.quote import extract
from factcheck.models import Document

UNIT = (
    'Maria Lopez, the finance minister, said on Monday: "We will not raise taxes this '
    'year." The opposition called the plan "a fantasy". "It cannot work," said Tom Reed of '
    "the Green Party.\n\n"
    '"Every family will pay," Reed added.\n\n'
    "In a statement, the ministry said:\n\n"
    '"The figures are sound."\n\n'
    'Q: "Will you resign?"\n\nA: "No."\n\n'
)
SHAPES = {
    "paragraphs": UNIT,
    "one line": UNIT.replace("\n", " "),
    "headline": 'Minister says budget "will hold"\n\n' + UNIT,
}


def _seconds(text: str) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(3):
        doc = Text(Document(id="long", text=text))
        t0 = time.process_time()  # CPU time: a busy machine preempts, it does not slow the CPU
        count = len(list(extract(doc)))
        best = min(best, time.process_time() - t0)
    return best, count


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_ten_times_the_text_takes_about_ten_times_as_long(shape: str) -> None:
    unit = SHAPES[shape]
    small, n_small = _seconds(unit * 30)
    large, n_large = _seconds(unit * 300)
    assert n_small > 200 and n_large >= 10 * n_small - 10
    # linear gives ~10; quadratic gave 60 and more. 30 leaves room for a busy machine.
    assert large < 30 * small, f"{shape}: {small:.3f}s -> {large:.3f}s ({large / small:.0f}x)"
