"""The review loop in a real terminal (a pty): it survives losing its claim, to a forced
takeover or to an expired lease, says so in one line and keeps the typed note; without
any terminal or keys it stops with one line and exit status 2."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from factcheck.db.store import open_store
from factcheck.models import Claim, Document, MoneyValue

ROOT = Path(__file__).resolve().parent.parent
TEXT = "The bridge cost £40 million.\n\nRepairs added £3 million.\n\nThe toll brings in £2 million."


def _queue(url: str) -> list[Claim]:
    doc = Document(text=TEXT, title="Bridge")
    claims = []
    for amount in ("£40 million", "£3 million", "£2 million"):
        start = TEXT.index(amount)
        claims.append(
            Claim(
                document=doc.id,
                kind="money",
                text=amount,
                start=start,
                end=start + len(amount),
                value=MoneyValue(amount=1.0, currency="GBP"),
                sentence=amount,
                sentence_start=start,
            )
        )
    with open_store(url) as store:
        store.add_document(doc, claims, actor="desk")
    return claims


def _spawn(url: str, *args: str) -> tuple[subprocess.Popen[bytes], int]:
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200", FACTCHECK_DATABASE_URL=url)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "review", "-r", "ana", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    return proc, master


def _until(master: int, text: str, seen: list[str], timeout: float = 30) -> str:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in "".join(seen):
            return "".join(seen)
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                seen.append(os.read(master, 65536).decode("utf-8", "replace"))
            except OSError:
                break
    raise AssertionError(f"{text!r} never appeared in {''.join(seen)!r}")


def _finish(proc: subprocess.Popen[bytes], master: int, seen: list[str]) -> str:
    os.write(master, b"q")
    out = _until(master, "skipped", seen)
    assert proc.wait(timeout=30) == 0
    os.close(master)
    return out


def test_a_forced_takeover_is_survived(tmp_path: Path) -> None:
    url = str(tmp_path / "q.db")
    claims = _queue(url)
    proc, master = _spawn(url)
    seen: list[str] = []
    _until(master, "q quit", seen)
    os.write(master, b"c")
    _until(master, "Note", seen)
    os.write(master, b"from the annual accounts\n")
    _until(master, "goes with your verdict", seen)
    with open_store(url) as store:  # bo forces his verdict on ana's claim
        store.record_verdict(claims[0].id, rating="true", reviewer="bo", force=True)
    os.write(master, b"f")
    _until(
        master,
        f"Claim {claims[0].id} was decided by bo meanwhile; your false was not "
        "recorded; your note is kept for the next claim",
        seen,
    )
    _until(master, "from the annual accounts (goes with your verdict)", seen)
    os.write(master, b"f")
    _until(master, f"Rated claim {claims[1].id} false", seen)
    os.write(master, b"z")
    _until(master, f"Undid false on claim {claims[1].id}", seen)
    out = _finish(proc, master, seen)
    assert "Traceback" not in out
    with open_store(url) as store:
        assert store.get_claim(claims[0].id).verdict.reviewer == "bo"  # type: ignore[union-attr]
        assert store.get_claim(claims[1].id).verdict is None


def test_an_expired_lease_taken_by_another_is_survived(tmp_path: Path) -> None:
    url = str(tmp_path / "q.db")
    claims = _queue(url)
    proc, master = _spawn(url, "--lease-minutes", "0.02")
    seen: list[str] = []
    _until(master, "q quit", seen)
    time.sleep(2)  # the 1.2 s lease runs out; bo's next takes the claim
    with open_store(url) as store:
        taken = store.next_claim("bo")
        assert taken is not None and taken.claim.id == claims[0].id
    os.write(master, b"t")
    _until(master, f"Claim {claims[0].id} was taken over by bo; your true was not recorded", seen)
    out = _finish(proc, master, seen)
    assert "Traceback" not in out and "0 verdicts" in out


def test_keys_from_a_pipe_and_no_terminal_at_all(tmp_path: Path) -> None:
    url = str(tmp_path / "q.db")
    claims = _queue(url)
    env = dict(os.environ, PYTHONPATH=str(ROOT), FACTCHECK_DATABASE_URL=url)
    piped = subprocess.run(
        [sys.executable, "-m", "factcheck", "review", "-r", "ana"],
        input=b"tf",
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.decode().endswith("2 verdicts, 0 skipped\n")  # end of input quits
    with open(os.devnull, "rb") as nothing:
        none = subprocess.run(
            [sys.executable, "-m", "factcheck", "review", "-r", "ana"],
            stdin=nothing,
            capture_output=True,
            env=env,
            timeout=60,
        )
    assert none.returncode == 2
    assert none.stderr.decode().startswith("Error: factcheck review needs a terminal or keys")
    assert none.stderr.decode().count("\n") == 1
    with open_store(url) as store:
        assert store.get_claim(claims[2].id).status == "open"
