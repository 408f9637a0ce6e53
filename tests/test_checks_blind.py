"""The blind check cases (tests/fixtures/checks_blind/cases.jsonl, written by a teammate who had
not read the checker): the engine must keep at least what it achieved on them, so that a
regression fails. First score (baseline engine): 130/197 covered, 48/80 inconsistent caught,
0/99 false alarms; the relation engine at 79c1570: 149/197, 54/80, 1/99; after the family
work (README, "After"): 197/197 covered, 194 right, 78/80 caught, 0/99 false alarms."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.checks import check_document
from factcheck.models import Document
from tests.test_checks_own_cases import _judge

FIXTURE = Path(__file__).parent / "fixtures" / "checks_blind" / "cases.jsonl"
LINES = [json.loads(x) for x in FIXTURE.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_blind_cases_keep_the_achieved_coverage_and_accuracy():
    judged = [pair for line in LINES for pair in _judge(line)]
    covered = [(c, r) for c, r in judged if r is not None]
    right = sum(1 for c, r in covered if r.status == c["expected"])
    incons = [(c, r) for c, r in judged if c["expected"] == "inconsistent"]
    caught = sum(1 for c, r in incons if r is not None and r.status == "inconsistent")
    alarms = sum(
        1 for c, r in judged if c["expected"] == "consistent" and r and r.status == "inconsistent"
    )
    assert len(judged) == 197
    assert len(covered) >= 197, f"{len(covered)}/197 covered"
    assert right >= 194, f"{right}/{len(covered)} right"
    assert caught >= 78, f"{caught}/{len(incons)} inconsistent caught"
    assert alarms == 0, f"{alarms} false alarms"


def test_blind_documents_check_without_error():
    for line in LINES:
        doc = Document(id=line["id"], text=line["text"], published=line.get("published"))
        assert all(r.explanation and r.document == doc.id for r in check_document(doc))
