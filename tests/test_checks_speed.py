"""What the checks do to go faster must change no result: the bisection that finds the
dates beside a weekday name gives the dates a pass over all of them gives, and the result
snapshots of ``benchmarks.checks`` tell two runs apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.checks import compare
from factcheck.checks import _extract
from factcheck.checks._reading import read
from factcheck.extract._spans import Text
from factcheck.models import Document

OWN = Path(__file__).parent / "fixtures" / "checks" / "own-cases.jsonl"
DOCS = [json.loads(line) for line in OWN.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("line", DOCS[:40], ids=[d["id"] for d in DOCS[:40]])
def test_dates_touching_is_a_pass_over_every_date(line):
    doc = Document(id=line["id"], text=line["text"], published=line["published"])
    text = Text(doc)
    r = read(doc, _extract(text), text=text)
    for start in range(0, len(doc.text), 7):
        for width in (1, 30, 80):
            end = start + width
            every = [d for d in r.dates if d.start < end and d.end > start]
            assert r.dates_touching(start, end) == every


def test_compare_names_what_changed(tmp_path):
    before, after = tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    before.write_text('["a", 1]\n["b", 2]\n', encoding="utf-8")
    after.write_text('["a", 1]\n["b", 3]\n', encoding="utf-8")
    assert compare(before, before) == []
    assert compare(before, after) == ['- ["b", 2]', '+ ["b", 3]']
