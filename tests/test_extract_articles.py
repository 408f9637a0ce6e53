"""Hand-annotated news articles (our own sentences) in the gold format of the evaluation:
money, percent and quantity claims must match them exactly.

Each line of tests/fixtures/articles/*.jsonl is one document with every money, percent
and quantity claim annotated by the conventions of the evaluation (spans, units, ranges,
qualifiers outside the span). A test per document checks that our spans are exactly the
annotated ones and that each value agrees with the annotation (or one of its
``alt_values``) by the scorer's rules: money within 0.5 % and the same currency, percent
within 1e-6, quantity number equal; ``unit`` is checked too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import extract_document
from factcheck.models import Document

FOLDER = Path(__file__).parent / "fixtures" / "articles"
KINDS = ("money", "percent", "quantity")
DOCS = [
    json.loads(line)
    for path in sorted(FOLDER.glob("*.jsonl"))
    for line in path.read_text("utf-8").splitlines()
    if line.strip()
]


def _agrees(kind: str, got: dict[str, Any], want: dict[str, Any]) -> bool:
    if kind == "money":
        if got.get("currency") != want["currency"]:
            return False
        if abs(got["amount"] - want["amount"]) > 0.005 * abs(want["amount"]):
            return False
        if "amount_max" in want:
            top = got.get("amount_max")
            return top is not None and abs(top - want["amount_max"]) <= 0.005 * want["amount_max"]
        return True
    if kind == "percent":
        ok = abs(got["percent"] - want["percent"]) <= 1e-6
        if "percent_max" in want:
            ok = ok and abs((got.get("percent_max") or 0) - want["percent_max"]) <= 1e-6
        return ok
    ok = got["number"] == pytest.approx(want["number"]) and got.get("unit") == want["unit"]
    if "number_max" in want:
        ok = ok and got.get("number_max") == pytest.approx(want["number_max"])
    return bool(ok)


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_article(doc: dict[str, Any]) -> None:
    kinds = [k for k in doc.get("kinds", KINDS) if k in KINDS]
    claims = extract_document(
        Document(id=doc["id"], text=doc["text"], published=doc.get("published")), kinds=kinds
    )
    got = sorted((c.kind, c.start, c.end, c.text) for c in claims)
    want = sorted((g["kind"], g["start"], g["end"], g["text"]) for g in doc["claims"])
    assert got == want
    by_span = {(c.kind, c.start, c.end): c for c in claims}
    for gold in doc["claims"]:
        claim = by_span[gold["kind"], gold["start"], gold["end"]]
        assert claim.value is not None
        value = claim.value.model_dump()
        options = [gold["value"], *gold.get("alt_values", [])]
        assert any(_agrees(gold["kind"], value, v) for v in options), (gold["text"], value)


def test_fixture_offsets_hold() -> None:
    assert len(DOCS) >= 10
    for doc in DOCS:
        for gold in doc["claims"]:
            assert doc["text"][gold["start"] : gold["end"]] == gold["text"]
