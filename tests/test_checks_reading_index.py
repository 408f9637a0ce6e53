"""The Reading answers its questions from per-sentence indexes built once (sentence and
paragraph bounds in one walk, token windows from the scanner's sentence tokens): every
answer must be the one a plain pass over the whole text's tokens and bounds gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.checks import _extract
from factcheck.checks._reading import Reading, read
from factcheck.extract._figures import tokenize
from factcheck.extract._spans import Text
from factcheck.models import Document

OWN = Path(__file__).parent / "fixtures" / "checks" / "own-cases.jsonl"
CASES = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]

OUR_TEXTS = [
    # a headline without a full stop runs into the next paragraph as one sentence
    "Harbour fees up 12% to £3.4m\n\nThe port said fees rose from £3.0m. Mr. Hale agreed.",
    "Rents rose 4%. Wages rose 2.5%, about half as fast.\n\n\nIn 2023 the council spent "
    "£1.2 billion ($1.5 billion). Of the 840 staff, 500 work full time and 340 part time.",
    "  Leading space.\n\nTwo paragraphs, no stop\nthen a line break\n\nLast one ends here",
    "A.B. Smith, 64, was born on 3 May 1960. He retired aged 64 on Friday, 3 May 2024.",
    "",
    "12",
]


def _docs() -> list[Document]:
    docs = [
        Document(id=f"own-{i}", text=t, published="2025-03-01") for i, t in enumerate(OUR_TEXTS)
    ]
    docs += [Document(id=c["id"], text=c["text"], published=c["published"]) for c in CASES[:25]]
    return docs


def _reading(doc: Document) -> Reading:
    text = Text(doc)
    return read(doc, _extract(text), text=text)


def _plain_sentence(text: Text, pos: int) -> tuple[int, int]:
    s0, s1 = text.sentence_bounds(pos)
    p0, p1 = text.paragraph_bounds(pos)
    a = max(s0, p0)
    return a, min(s1, p1) if p1 > a else s1


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d.id)
def test_bounds_are_those_of_the_text(doc: Document) -> None:
    r = _reading(doc)
    for pos in range(len(doc.text) + 2):
        assert r.sentence(pos) == _plain_sentence(r.text, pos), pos
        assert r.paragraph(pos) == r.text.paragraph_bounds(pos), pos


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d.id)
def test_windows_and_words_are_those_of_the_whole_text(doc: Document) -> None:
    r = _reading(doc)
    t = tokenize(doc.text, doc.text.lower() if len(doc.text.lower()) == len(doc.text) else None)
    toks = list(zip(t.starts, t.ends, t.words, strict=True))
    n_text = len(doc.text)
    for pos in range(n_text + 1):
        floor = r.sentence(pos)[0]
        ceiling = r.sentence(max(pos - 1, 0))[1]
        head = [w for s, _, w in toks if floor <= s < pos]
        tail = [w for s, e, w in toks if s >= pos and e <= ceiling]
        for n in (0, 1, 3, 6, 12, 15):
            assert r.before(pos, n) == (head[-n:] if n else []), (pos, n)
            assert r.after(pos, n) == tail[:n], (pos, n)
        for width in (0, 1, 9, 40, 200):
            end = pos + width
            assert r.between(pos, end) == [w for s, e, w in toks if s >= pos and e <= end]


@pytest.mark.parametrize("doc", _docs(), ids=lambda d: d.id)
def test_operands_of_a_sentence_are_those_in_its_bounds(doc: Document) -> None:
    r = _reading(doc)
    for op in r.operands:
        s0 = r.text.sentence_bounds(op.start)[0]
        here = r.sentence(op.start)[0]
        # keyed by the text's sentence: a piece cut at a paragraph inside it holds none
        want = (
            [o for o in r.operands if r.text.sentence_bounds(o.start)[0] == s0]
            if here == s0
            else []
        )
        assert r.in_sentence(op.start) == want
        assert r.before_in_sentence(op) == [o for o in want if o.end <= op.begin]
