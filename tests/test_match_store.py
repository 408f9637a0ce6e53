"""Earlier verdicts where reviewers work: matched by value and context, shown in show,
next and queue, adopted with a link to their source."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.models import Claim, Document, MoneyValue

BRIDGE = "The council says the new bridge will cost £3 billion a year to maintain."
TAY = "Maintaining the Tay bridge will cost the council £3bn a year, officials said."
NHS = "Social care in the NHS needs £3 billion a year more, the King's Fund says."


def _doc(text: str, figure: str) -> tuple[Document, list[Claim]]:
    doc = Document(text=text, title=text.split()[1])
    start = text.index(figure)
    claim = Claim(
        document=doc.id,
        kind="money",
        text=figure,
        start=start,
        end=start + len(figure),
        value=MoneyValue(amount=3e9, currency="GBP", per="year"),
        sentence=text,
        sentence_start=0,
    )
    return doc, [claim]


def test_earlier_verdicts_by_value_and_context(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = os.environ["FACTCHECK_DATABASE_URL"]
    (d1, (c1,)), (d2, (c2,)), (d3, (c3,)) = (
        _doc(BRIDGE, "£3 billion"),
        _doc(TAY, "£3bn"),
        _doc(NHS, "£3 billion"),
    )
    with open_store(url) as store:
        for d, c in ((d1, [c1]), (d2, [c2]), (d3, [c3])):
            store.add_document(d, c, actor="desk")
        store.record_verdict(
            c1.id, rating="false", reviewer="ana", sources=["https://council.example/budget"]
        )
        found = store.earlier_verdicts([c2.id, c3.id])
    assert [o.claim.id for o, _ in found[c2.id]] == [c1.id]
    assert found[c3.id] == []  # the same figure for the NHS is another claim
    shown = runner.invoke(app, ["show", c2.id])
    assert "earlier 1 false by ana" in shown.stdout and "why: the same money value" in shown.stdout
    data = json.loads(runner.invoke(app, ["show", c2.id, "-f", "json"]).stdout)
    assert (
        data["earlier_verdicts"][0]["claim_id"] == c1.id and data["earlier_verdicts"][0]["reasons"]
    )
    assert runner.invoke(app, ["skip", c3.id, "-r", "bo"]).exit_code == 0
    nxt = json.loads(runner.invoke(app, ["next", "-r", "bo", "-f", "json"]).stdout)
    assert (
        nxt["claim"]["id"] == c2.id and nxt["earlier_verdicts"][0]["verdict"]["rating"] == "false"
    )
    from factcheck.cli._common import console

    monkeypatch.setattr(console, "width", 250)  # the table, unwrapped
    wide = runner.invoke(app, ["queue"]).stdout
    assert "earlier: false" in wide and c1.id[:6] in wide
    adopted = runner.invoke(app, ["verdict", c2.id, "false", "--adopt", c1.id, "-r", "bo"])
    assert adopted.exit_code == 0, adopted.output
    record = json.loads(runner.invoke(app, ["show", c2.id, "-f", "json"]).stdout)
    assert record["verdict"]["adopted_from"] == c1.id
    assert record["verdict"]["sources"][0]["url"] == "https://council.example/budget"
    bad = runner.invoke(app, ["verdict", c3.id, "false", "--adopt", c3.id, "-r", "bo"])
    assert (
        bad.exit_code == 1 and bad.stderr.startswith("Error: Claim") and bad.stderr.count("\n") == 1
    )
