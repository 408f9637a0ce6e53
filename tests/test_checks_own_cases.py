"""Our own held-out-style consistency cases (tests/fixtures/checks/own-cases.jsonl).

Each line is a document in the gold format of the evaluation: ``cases`` give the figure a
check is about (``start``/``end``/``text``), the figures it is compared with
(``related``), the expected status and the arithmetic in ``truth``. A prediction covers a
case when it has the same check type and overlaps the case's figure or a related one.

Every inconsistent case must be caught, no consistent case may be flagged, and every
covered case must get its expected status. The share of cases covered is reported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.checks import check_document
from factcheck.extract import extract_document
from factcheck.models import CheckResult, Document

FIXTURE = Path(__file__).parent / "fixtures" / "checks" / "own-cases.jsonl"
DOCS: list[dict[str, Any]] = [
    json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line
]
#: Cases a check must cover (the rest count as "no check made", which is never wrong
#: for a consistent case but always is for an inconsistent one).
MIN_COVERED = 0.95


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _match(case: dict[str, Any], results: list[CheckResult], used: set[int]) -> CheckResult | None:
    spans = [(case["start"], case["end"])] + [(r["start"], r["end"]) for r in case["related"]]
    best: tuple[int, int, int] | None = None
    for i, r in enumerate(results):
        if i in used or r.check != case["check"]:
            continue
        if not any(_overlap((r.start, r.end), s) > 0 for s in spans):
            continue
        key = (_overlap((r.start, r.end), spans[0]), -abs(r.start - case["start"]), i)
        if best is None or key > best:
            best = key
    if best is None:
        return None
    used.add(best[2])
    return results[best[2]]


def _judge(line: dict[str, Any]) -> list[tuple[dict[str, Any], CheckResult | None]]:
    doc = Document(id=line["id"], text=line["text"], published=line["published"])
    results = check_document(doc, extract_document(doc))
    used: set[int] = set()
    # the case's own figure first, so a related figure does not steal another case's check
    return [(case, _match(case, results, used)) for case in line["cases"]]


def test_fixture_spans_match_their_text():
    for line in DOCS:
        for case in line["cases"]:
            for span in [case, *case["related"]]:
                assert line["text"][span["start"] : span["end"]] == span["text"], line["id"]


@pytest.mark.parametrize("line", DOCS, ids=[d["id"] for d in DOCS])
def test_own_case(line):
    for case, got in _judge(line):
        label = f"{case['check']} {case['text']!r}: {case['truth']}"
        status = got.status if got is not None else None
        if case["expected"] == "inconsistent":
            assert status == "inconsistent", f"missed {label}; got {got}"
        elif case["expected"] == "consistent":
            assert status != "inconsistent", f"false alarm on {label}; got {got}"
        if got is not None:
            assert status == case["expected"], f"{label}; got {got}"


def test_own_cases_are_covered(record_property):
    judged = [pair for line in DOCS for pair in _judge(line)]
    covered = sum(got is not None for _, got in judged)
    right = sum(got is not None and got.status == case["expected"] for case, got in judged)
    share = covered / len(judged)
    record_property("covered", f"{covered}/{len(judged)}")
    record_property("right", f"{right}/{len(judged)}")
    print(f"own cases: {covered}/{len(judged)} covered ({share:.0%}), {right} right")
    assert share >= MIN_COVERED, f"only {covered}/{len(judged)} cases covered"
