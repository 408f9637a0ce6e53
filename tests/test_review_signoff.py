"""The review loop for a desk: ``review --signoff`` walks what awaits sign-off, ``a`` adopts
an earlier verdict, ``e`` attaches evidence, filters narrow the claims offered; and in a
real terminal the loop says when a lease runs out before any key is pressed."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.db.store import open_store
from factcheck.models import Claim, Document, MoneyValue, QuoteValue

TEXT = (
    "The bridge cost £40 million.\n\nRepairs added £3 million.\n\n"
    "The toll brings in £2 million a year."
)


def _money(doc: Document, figure: str, amount: float) -> Claim:
    start = doc.text.index(figure)
    return Claim(
        document=doc.id, kind="money", text=figure, start=start, end=start + len(figure),
        value=MoneyValue(amount=amount, currency="GBP"), sentence=figure, sentence_start=start,
    )  # fmt: skip


def _queue(url: str) -> list[Claim]:
    doc = Document(text=TEXT, title="Bridge")
    claims = [
        _money(doc, f, a)
        for f, a in (("£40 million", 4e7), ("£3 million", 3e6), ("£2 million", 2e6))
    ]
    with open_store(url) as store:
        store.add_document(doc, claims, actor="desk")
    return claims


def _url() -> str:
    return os.environ["FACTCHECK_DATABASE_URL"]


def review(runner: CliRunner, keys: str, *args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["review", *args], input=keys)


def test_signoff_walk_approves_sends_back_and_passes(
    runner: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", db_url)  # SQLite and PostgreSQL
    claims = _queue(_url())
    assert runner.invoke(app, ["team", "set", "two_person_rule", "true"]).exit_code == 0
    with open_store(_url()) as store:
        for c in claims:
            store.record_verdict(c.id, rating="false", reviewer="ana")
    # Nobody signs off their own verdicts: ana has nothing to walk.
    own = review(runner, "a", "--signoff", "-r", "ana")
    assert own.exit_code == 0 and "No verdicts await your sign-off" in own.stdout
    walked = review(
        runner, "ab" + "the ONS figure is for England only\n" + "s", "--signoff", "-r", "bo"
    )
    assert walked.exit_code == 0, walked.output
    out = walked.stdout
    assert f"Signed off claim {claims[0].id}: false by ana" in out
    assert (
        f"Sent claim {claims[1].id} back to ana: "
        "Sent back by bo: the ONS figure is for England only" in out
    )
    assert out.rstrip().endswith("1 signed off, 1 sent back, 1 passed")
    with open_store(_url()) as store:
        first, second, third = (store.get_claim(c.id) for c in claims)
    assert first.status == "final" and first.verdict.signed_off_by == "bo"  # type: ignore[union-attr]
    assert second.status == "open" and second.assignee == "ana" and second.verdict is None
    assert third.status == "decided"
    # The sent-back claim comes to ana with the note on its card.
    back = review(runner, "q", "-r", "ana")
    assert "returned  Sent back by bo: the ONS figure is for England only" in back.stdout


def test_signoff_walk_with_a_roster_is_for_editors(runner: CliRunner) -> None:
    claims = _queue(_url())
    for args in (
        ["team", "add", "ed", "--role", "editor", "-r", "ed"],
        ["team", "add", "ana", "--role", "reviewer", "-r", "ed"],
        ["team", "add", "bo", "--role", "reviewer", "-r", "ed"],
        ["team", "set", "two_person_rule", "true", "-r", "ed"],
    ):
        assert runner.invoke(app, args).exit_code == 0, args
    with open_store(_url()) as store:
        store.record_verdict(claims[0].id, rating="true", reviewer="ana")
    refused = review(runner, "a", "--signoff", "-r", "bo")
    assert refused.exit_code == 1
    assert refused.stderr == (
        'Error: "bo" is a reviewer; only an editor signs off or sends back '
        "(factcheck team add NAME --role editor)\n"
    )
    ok = review(runner, "a", "--signoff", "-r", "ed")
    assert ok.exit_code == 0 and f"Signed off claim {claims[0].id}: true by ana" in ok.stdout


def test_signoff_walk_takes_an_editors_ruling_on_a_disagreement(
    runner: CliRunner, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_DATABASE_URL", db_url)
    claims = _queue(_url())
    assert runner.invoke(app, ["team", "set", "double_review", "true"]).exit_code == 0
    with open_store(_url()) as store:
        for who, rating in (("ana", "false"), ("bo", "true")):
            assert store.next_claim(who).claim.id == claims[0].id  # type: ignore[union-attr]
            store.record_verdict(claims[0].id, rating=rating, reviewer=who)
    # "a" cannot approve a disagreement: the editor rules with a rating key.
    walked = review(runner, "am", "--signoff", "-r", "cy")
    assert walked.exit_code == 0, walked.output
    assert "give your ruling with a rating key" in walked.stdout
    assert f"Ruled claim {claims[0].id} mostly-true (the double review disagreed)" in walked.stdout
    with open_store(_url()) as store:
        record = store.get_claim(claims[0].id)
    assert record.status == "final" and record.verdict.rating == "mostly-true"  # type: ignore[union-attr]


def test_review_filters_like_next(runner: CliRunner) -> None:
    claims = _queue(_url())
    other = Document(text='"We will build it," said Ana Smith.', title="Quote")
    quote = Claim(
        document=other.id, kind="quote", text='"We will build it,"', start=0, end=19,
        value=QuoteValue(quote="We will build it,", speaker="Ana Smith"),
        sentence=other.text, sentence_start=0,
    )  # fmt: skip
    with open_store(_url()) as store:
        store.add_document(other, [quote], actor="desk")
        store.assign([claims[2].id], to="bo", actor="desk")
    by_speaker = review(runner, "t", "--speaker", "smith", "-r", "bo")
    assert by_speaker.exit_code == 0 and f"Rated claim {quote.id} true" in by_speaker.stdout
    assert "1 verdict, 0 skipped" in by_speaker.stdout
    mine = review(runner, "tt", "--mine", "-r", "bo")
    assert f"Rated claim {claims[2].id} true" in mine.stdout and "1 verdict," in mine.stdout
    in_doc = review(runner, "f", "--document", claims[0].document, "--kind", "money", "-r", "cy")
    assert f"Rated claim {claims[0].id} false" in in_doc.stdout
    unknown = review(runner, "t", "--document", "nosuchdoc", "-r", "cy")
    assert unknown.exit_code == 1 and unknown.stderr.startswith("Error: ")
    assert unknown.stderr.count("\n") == 1


BRIDGE = "The council says the new bridge will cost £3 billion a year to maintain."
TAY = "Maintaining the Tay bridge will cost the council £3bn a year, officials said."


def test_adopt_and_evidence_keys(runner: CliRunner) -> None:
    d1, d2 = Document(text=BRIDGE, title="Council"), Document(text=TAY, title="Tay")
    c1, c2 = (
        Claim(
            document=d.id,
            kind="money",
            text=f,
            start=d.text.index(f),
            end=d.text.index(f) + len(f),
            value=MoneyValue(amount=3e9, currency="GBP", per="year"),
            sentence=d.text,
            sentence_start=0,
        )
        for d, f in ((d1, "£3 billion"), (d2, "£3bn"))
    )
    now = datetime.now(UTC)
    with open_store(_url()) as store:
        store.add_document(d1, [c1], actor="desk")
        store.add_document(d2, [c2], actor="desk")
        store.record_verdict(c1.id, rating="mostly-false", reviewer="ana",
                             sources=["https://council.example/budget"])  # fmt: skip
        store.save_lookup(source="frankfurter", key="GBP-USD-2025-02-17",
                          url="https://api.frankfurter.dev/v1/2025-02-17", body="{}",
                          content_hash="ab" * 32, retrieved=now)  # fmt: skip
    keys = "e" + "lookup:frankfurter:nope lookup:frankfurter:GBP-USD-2025-02-17\n" + "a"
    result = review(runner, keys, "-r", "bo")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "earlier 1 mostly-false by ana" in out  # shown on the card
    assert 'No check or cached lookup "lookup:frankfurter:nope"' in out
    assert "evidence  lookup:frankfurter:GBP-USD-2025-02-17 (goes with your verdict)" in out
    assert (
        f"Rated claim {c2.id} mostly-false, adopting the earlier verdict on claim {c1.id}, "
        "with 1 piece of evidence"
    ) in out
    with open_store(_url()) as store:
        v = store.get_claim(c2.id).verdict
    assert v is not None and v.adopted_from == c1.id and v.reviewer == "bo"
    assert [s.url for s in v.sources] == ["https://council.example/budget"]
    assert v.evidence[0].url == "https://api.frankfurter.dev/v1/2025-02-17"
    assert v.evidence[0].content_hash == "ab" * 32
    # A claim without an earlier verdict: a one-line notice, the claim stays.
    _queue(_url())
    nothing = review(runner, "aq", "-r", "cy")
    assert "No earlier verdict on this claim to adopt" in nothing.stdout


def test_the_lease_running_out_is_said_before_any_key(tmp_path: Path) -> None:
    from test_review_pty import _spawn as spawn  # the pty helpers, as review -r ana
    from test_review_pty import _until as until

    url = str(tmp_path / "q.db")
    claims = _queue(url)
    proc, master = spawn(url, "--lease-minutes", "0.02")
    seen: list[str] = []
    until(master, "q quit", seen)
    started = time.monotonic()
    until(master, f"Your lease on claim {claims[0].id} ran out at", seen, timeout=15)
    assert time.monotonic() - started < 10  # said when it happened, no key pressed
    os.write(master, b"t")  # nobody took it meanwhile: the rating still counts
    until(master, f"Rated claim {claims[0].id} true", seen)
    os.write(master, b"q")
    until(master, "1 verdict, 0 skipped", seen)
    assert proc.wait(timeout=30) == 0
    os.close(master)
