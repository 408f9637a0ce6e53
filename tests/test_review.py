"""``factcheck review`` driven with keys through CliRunner, checked against the store."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.cli.review import ReviewSession
from factcheck.db.store import ClaimStore, open_store
from factcheck.models import Claim, Document, MoneyValue

TEXT = (
    "The bridge cost £40 million.\n\nRepairs added £3 million.\n\n"
    "The toll brings in £2 million a year."
)


def _claims(doc: Document) -> list[Claim]:
    out = []
    for amount in ("£40 million", "£3 million", "£2 million"):
        start = doc.text.index(amount)
        number = float(amount[1:].split()[0]) * 1e6
        out.append(
            Claim(
                document=doc.id,
                kind="money",
                text=amount,
                start=start,
                end=start + len(amount),
                value=MoneyValue(amount=number, currency="GBP"),
                sentence=amount,
                sentence_start=start,
            )
        )
    return out


@pytest.fixture
def queued(tmp_path: Path) -> tuple[str, list[Claim]]:
    url = str(tmp_path / "test.db")  # the conftest points FACTCHECK_DATABASE_URL here
    doc = Document(text=TEXT, title="Bridge")
    claims = _claims(doc)
    with open_store(url) as store:
        store.add_document(doc, claims, actor="desk")
    return url, claims


def _store(url: str) -> ClaimStore:
    return open_store(url)


def test_one_key_per_verdict_then_quit(runner: CliRunner, queued: tuple[str, list[Claim]]) -> None:
    url, claims = queued
    result = runner.invoke(app, ["review", "-r", "ana"], input="tfq")
    assert result.exit_code == 0, result.output
    assert result.stdout.endswith("2 verdicts, 0 skipped\n")
    assert "Repairs added £3 million." in result.stdout  # the claim shown in its paragraph
    with _store(url) as store:
        ratings = {
            r.claim.text: (r.status, r.verdict.rating if r.verdict else None)
            for r in store.claims()
        }
        assert ratings == {
            "£40 million": ("final", "true"),
            "£3 million": ("final", "false"),
            "£2 million": ("open", None),  # quitting gives the claim on screen back
        }
        assert store.history(claims[2].id)[-1].action == "release"


def test_note_skip_undo(runner: CliRunner, queued: tuple[str, list[Claim]]) -> None:
    url, claims = queued
    # note then rate the first; skip the second; rate the third, undo it, rate it again
    keys = "cfrom the annual accounts\nm" + "s" + "h" + "z" + "o" + "q"
    result = runner.invoke(app, ["review", "-r", "ana"], input=keys)
    assert result.exit_code == 0, result.output
    assert "No open claims left in the queue" in result.stdout
    assert result.stdout.endswith("2 verdicts, 1 skipped\n")
    with _store(url) as store:
        first = store.get_claim(claims[0].id)
        assert first.verdict is not None and first.verdict.rating == "mostly-true"
        assert first.verdict.note == "from the annual accounts"
        assert store.get_claim(claims[1].id).status == "open"
        third = store.get_claim(claims[2].id)
        assert third.verdict is not None and third.verdict.rating == "mostly-false"
        assert [e.action for e in store.history(claims[2].id)][-4:] == [
            "lease",
            "verdict",
            "undo",
            "verdict",
        ]


def test_unknown_key_and_empty_queue(runner: CliRunner, queued: tuple[str, list[Claim]]) -> None:
    result = runner.invoke(app, ["review", "-r", "ana"], input="x?ttt")
    assert result.exit_code == 0, result.output
    assert 'Unknown key "x"' in result.stdout
    assert "No open claims left in the queue" in result.stdout
    assert result.stdout.endswith("3 verdicts, 0 skipped\n")


def test_rating_key_that_clashes_with_a_command(
    runner: CliRunner, queued: tuple[str, list[Claim]], tmp_path: Path
) -> None:
    (tmp_path / "factcheck.toml").write_text(
        '[[ratings]]\nname = "sound"\nvalue = 2\nlabel = "Sound"\nkey = "s"\n'
        '[[ratings]]\nname = "unsound"\nvalue = 1\nlabel = "Unsound"\nkey = "u"\n',
        encoding="utf-8",
    )
    loaded = runner.invoke(app, ["team", "load", "factcheck.toml"])  # the scale is the team's
    assert loaded.exit_code == 0, loaded.output
    result = runner.invoke(app, ["review"], input="q")
    assert result.exit_code == 1
    assert (
        result.stderr == 'Error: Rating key "s" of "sound" clashes with skip; '
        "pick another key in the rating scale (factcheck team load FILE)\n"
    )


def test_verdict_to_next_claim_is_fast(queued: tuple[str, list[Claim]], tmp_path: Path) -> None:
    url, _ = queued
    with open_store(url) as store:
        doc = Document(text="x " * 50)
        many = [
            Claim(document=doc.id, kind="money", text="x", start=i * 2, end=i * 2 + 1, sentence="x")
            for i in range(50)
        ]
        store.add_document(doc, many, actor="desk")
        session = ReviewSession(store, "ana")
        session.advance()
        timings = []
        for _ in range(30):
            t0 = time.perf_counter()
            session.rate("true")
            timings.append(time.perf_counter() - t0)
        timings.sort()
        # the issue asks for under 20 ms on screen; the store's share must be well under that
        assert timings[len(timings) // 2] < 0.020, timings


def test_review_in_a_real_terminal(queued: tuple[str, list[Claim]]) -> None:
    """Keys typed into a pseudo-terminal, as a reviewer would: rate, skip, undo, quit."""
    import os
    import select
    import sys

    pty = pytest.importorskip("pty")
    url, claims = queued
    exe = str(Path(sys.executable).with_name("factcheck"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command itself
        os.execv(exe, [exe, "--db", url, "review", "-r", "ana"])
    seen = b""

    def until(marker: bytes, times: int = 1, timeout: float = 30.0) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while seen.count(marker) < times and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:  # the child closed the terminal
                    break
        assert seen.count(marker) >= times, seen.decode(errors="replace")[-2000:]

    legend = b"? help"
    until(legend)
    for key in (b"f", b"s", b"z"):  # each key brings a claim, and the legend, on screen
        shown = seen.count(legend)
        os.write(fd, key)
        until(legend, shown + 1)
    os.write(fd, b"q")
    until(b"skipped")
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"0 verdicts, 1 skipped" in seen  # f then s, then z undid the f
    with _store(url) as store:
        first = store.get_claim(claims[0].id)
        assert first.status == "open" and first.verdict is None  # undone, then given back on quit
        assert [e.action for e in store.history(claims[0].id)][-3:] == [
            "verdict",
            "undo",
            "release",
        ]
