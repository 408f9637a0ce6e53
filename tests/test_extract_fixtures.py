"""Data-driven extraction cases: tests/fixtures/<kind>.jsonl, one case per line.

Each line is ``{"text", "published"?, "claims": [{"text", "value"}]}`` in our own sentences.
A kind's extractor must find exactly the listed spans, in order, with exactly the listed
values (numbers compared to 1e-9 relative; keys whose value is null are left out).
Quotes have their own format and test (test_extract_quote.py).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.extract import EXTRACTORS, Text
from factcheck.models import Document

FIXTURES = Path(__file__).parent / "fixtures"
KINDS = ("money", "percent", "quantity", "date", "duration")
DEFAULT_PUBLISHED = "2024-05-10"


def _cases() -> list[Any]:
    params = []
    for kind in KINDS:
        lines = (FIXTURES / f"{kind}.jsonl").read_text("utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            if line.strip():
                params.append(pytest.param(kind, json.loads(line), id=f"{kind}-line{number}"))
    return params


@pytest.mark.parametrize(("kind", "case"), _cases())
def test_fixture(kind: str, case: dict[str, Any]) -> None:
    doc = Document(id="t", text=case["text"], published=case.get("published", DEFAULT_PUBLISHED))
    claims = list(EXTRACTORS[kind](Text(doc)))
    assert [c.text for c in claims] == [e["text"] for e in case["claims"]]
    for claim, expected in zip(claims, case["claims"], strict=True):
        assert claim.text == case["text"][claim.start : claim.end]
        assert claim.value is not None
        got = claim.value.model_dump(exclude_none=True, exclude={"kind"})
        want = expected["value"]
        assert _same(got, want), (claim.text, got, want)


def _same(got: dict[str, Any], want: dict[str, Any]) -> bool:
    if got.keys() != want.keys():
        return False
    for key, value in want.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            if got[key] != pytest.approx(value, rel=1e-9):
                return False
        elif got[key] != value:
            return False
    return True
