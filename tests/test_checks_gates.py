"""Relations gated on their own cue words per sentence: the gate is derived from the cue
table, and a gated relation finds exactly what it found over every operand."""

from __future__ import annotations

import pytest

from factcheck.checks import _extract, check_document
from factcheck.checks._reading import cues, gate, read
from factcheck.checks.relations import References, average, difference, per_unit, poll
from factcheck.extract._spans import Text
from factcheck.models import Document

_TEXTS = [
    "The 300 staff shared £1.2m, an average of £4,000 each. A poll put Labour on 41%, the "
    "Tories on 33% and others on 26%.",
    "She won with 12,907 votes to 11,200, a majority of 1,707. The fund paid £2m to 500 "
    "households, or £4,000 per household.",
    "Turnout averaged 62% across the 40 wards, 3% more than the 59% of 2019.",
    "The plant employs 1,200 people and made 40,000 cars last year.",
]


def test_every_cue_of_a_table_holds_a_word_of_its_gate() -> None:
    tables = [
        (average, average.AVERAGE),
        (per_unit, per_unit.EACH),
        (poll, poll.CUES),
        (difference, difference.STATED | difference.MORE),
    ]
    for module, table in tables:
        g = module._GATE
        assert all(set(cue) & g for cue in table), module.NAME


def test_a_gate_takes_a_word_of_each_cue_and_refuses_the_empty_cue() -> None:
    assert gate(cues("an average of", "mean")) == {"average", "mean"}
    with pytest.raises(ValueError):
        gate(frozenset({(), ("each",)}))


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_relations_find_what_they_found_over_every_operand(text: str) -> None:
    doc = Document(id="g", text=text, published="2025-03-05")
    t = Text(doc)
    claims = _extract(t)
    refs = References(rates=lambda a, b, d: None)  # no conversion here
    for module in (average, per_unit, poll, difference):
        gated = [(f.start, f.end, f.status) for f in module.find(read(doc, claims, text=t), refs)]
        r = read(doc, claims, text=t)
        r.memo["gated"] = {id(module._GATE): (module._GATE, list(r.operands))}
        whole = [(f.start, f.end, f.status) for f in module.find(r, refs)]
        assert gated == whole, module.NAME


def test_the_gated_relations_still_report() -> None:
    doc = Document(id="g", text=_TEXTS[0] + " " + _TEXTS[1], published="2025-03-05")
    found = {r.text for r in check_document(doc) if r.check == "arithmetic"}
    assert {"£4,000", "26%", "1,707"} <= found
